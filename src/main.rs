//! The `claimdiff` command line: argument parsing, colours, output files and
//! exit codes. Everything else is the library.
#![allow(clippy::print_stderr)]

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, Parser, Subcommand, ValueEnum};
use indicatif::{ProgressBar, ProgressStyle};
use rayon::prelude::*;

use claimdiff::compare::FindingKind;
use claimdiff::config::Config;
use claimdiff::load::{DEFAULT_MAX_FILE_SIZE, InputFormat, LoadOptions, load_all};
use claimdiff::report::text::TextOptions;
use claimdiff::report::{Report, html, markdown, text};
use claimdiff::run::{Engine, group_by_story};

/// Exit status: the run finished and no finding reached `--fail-on`.
const EXIT_OK: u8 = 0;
/// Exit status: a finding at or above `--fail-on` was reported.
const EXIT_FINDINGS: u8 = 1;
/// Exit status: a usage error, or an input that could not be read.
const EXIT_ERROR: u8 = 2;

const AFTER_HELP: &str = "Exit status:
  0  the run finished and no finding reached --fail-on
  1  a finding at or above --fail-on was reported
  2  usage error, or an input could not be read (the others are still processed)

Environment: NO_COLOR turns colours off unless --color always is given.";

/// Check news claims across outlets: who says what, where reports agree,
/// contradict each other, or stand alone.
#[derive(Parser)]
#[command(name = "claimdiff", version, about, after_help = AFTER_HELP)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// List the claims of each article with their sources, numbers, dates and places.
    #[command(after_help = AFTER_HELP)]
    Extract {
        #[command(flatten)]
        common: Common,
    },
    /// Compare articles of one story: contradictions, differences, agreements, unique claims.
    #[command(after_help = AFTER_HELP)]
    Compare {
        #[command(flatten)]
        common: Common,
        /// Exit with status 1 when a finding at this level or above is reported.
        #[arg(long, value_enum, default_value_t = FailOn::Never)]
        fail_on: FailOn,
    },
}

#[derive(Args)]
struct Common {
    /// Articles: files, directories (their .txt, .md and .jsonl files) or - for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// When to use colours in text output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    color: Color,
    /// Configuration file with more outlets, place variants and thresholds (TOML).
    #[arg(long)]
    config: Option<PathBuf>,
    /// How to read inputs: by extension, standard input by its first line (auto); as articles (text); or as JSON Lines (jsonl).
    #[arg(long, value_enum, default_value_t = InputFmt::Auto)]
    input_format: InputFmt,
    /// Compare within each story of JSON Lines input (`story` key) instead of all together.
    #[arg(long, value_enum, default_value_t = GroupBy::None)]
    group_by: GroupBy,
    /// Worker threads (default: all cores).
    #[arg(short, long)]
    jobs: Option<usize>,
    /// Refuse files larger than this many bytes.
    #[arg(long, default_value_t = DEFAULT_MAX_FILE_SIZE)]
    max_file_size: u64,
    /// Write the output to this file (atomically) instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum Format {
    /// For people; coloured on a terminal.
    Text,
    /// The documented JSON contract.
    Json,
    /// For reviews and pull-request comments.
    Markdown,
    /// One self-contained review page (compare: findings and articles; extract: articles and claims).
    Html,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum InputFmt {
    Auto,
    Text,
    Jsonl,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum GroupBy {
    None,
    Story,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum FailOn {
    Contradiction,
    Difference,
    Never,
}

claimdiff::use_allocator!();

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::from(EXIT_OK);
            }
            eprintln!("claimdiff: {e:#}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> anyhow::Result<u8> {
    let (common, compare, fail_on) = match cli.cmd {
        Cmd::Extract { common } => (common, false, FailOn::Never),
        Cmd::Compare { common, fail_on } => (common, true, fail_on),
    };
    if common.format == Format::Html && common.group_by == GroupBy::Story {
        // A page is one story; several would be several pages in one file.
        anyhow::bail!(
            "--format html makes one page for one story: it cannot be combined with \
             --group-by story (compare each story on its own, or use --format json)"
        );
    }
    if let Some(n) = common.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("setting up worker threads")?;
    }
    let engine = match &common.config {
        Some(path) => Engine::with_config(&Config::load(path)?),
        None => Engine::default(),
    };
    let opts = LoadOptions {
        max_file_size: common.max_file_size,
        format: match common.input_format {
            InputFmt::Auto => InputFormat::Auto,
            InputFmt::Text => InputFormat::Text,
            InputFmt::Jsonl => InputFormat::Jsonl,
        },
    };
    if let Some(out) = &common.output {
        // Input files are never written: not one named, nor one a directory holds.
        if let Ok(out_abs) = std::fs::canonicalize(out) {
            let inputs = claimdiff::load::expand_paths(&common.paths);
            for p in inputs.iter().flatten() {
                if std::fs::canonicalize(p).is_ok_and(|p| p == out_abs) {
                    anyhow::bail!(
                        "{}: refusing to write the output over an input file",
                        out.display()
                    );
                }
            }
        }
    }
    let color = match common.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && common.output.is_none()
                && io::stdout().is_terminal()
        }
    };
    let text_opts = TextOptions {
        color: color && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            || common.color == Color::Always,
    };

    // Extracting to text needs no other document: stream file by file, so
    // memory stays that of the largest file however many there are.
    if !compare && common.format == Format::Text && common.group_by == GroupBy::None {
        return stream_extract(&common, &opts, &engine, text_opts);
    }
    let (docs, errors) = load_all(&common.paths, &opts, &engine.lexicon);
    for e in &errors {
        eprintln!("claimdiff: {e}");
    }
    let mut groups = if common.group_by == GroupBy::Story {
        group_by_story(docs)
    } else {
        vec![(None, docs)]
    };
    if groups.is_empty() {
        // Nothing loaded: still one (empty) report, so its errors are written.
        groups.push((None, Vec::new()));
    }
    let grouped = common.group_by == GroupBy::Story;

    let mut sink = Sink::open(common.output.as_deref())?;
    let mut worst = EXIT_OK;
    let progress = progress_bar(groups.len());
    // Stories are compared in parallel, a batch at a time, and written in input order.
    let batch = rayon::current_num_threads().max(1) * 4;
    let mut first = true;
    let mut rest = groups;
    while !rest.is_empty() {
        let tail = rest.split_off(batch.min(rest.len()));
        let reports: Vec<(Option<String>, Vec<claimdiff::load::Document>, Report)> = rest
            .into_par_iter()
            .map(|(story, docs)| {
                let report = engine.report(&docs, &[], compare);
                (story, docs, report)
            })
            .collect();
        for (story, docs, mut report) in reports {
            if first {
                // The run's input errors belong to the first report.
                report.errors = errors.iter().map(claimdiff::run::input_error).collect();
            }
            if compare && reaches(&report, fail_on) {
                worst = EXIT_FINDINGS;
            }
            let rendered = match common.format {
                Format::Json if grouped => report.to_json_line() + "\n",
                Format::Json => report.to_json() + "\n",
                Format::Text => {
                    let head = story
                        .as_ref()
                        .map(|s| format!("== story {s}\n"))
                        .unwrap_or_default();
                    let body = if compare {
                        text::render_compare(&report, &docs, text_opts)
                    } else {
                        text::render_extract(&report, &docs, text_opts)
                    };
                    head + &body + if grouped { "\n" } else { "" }
                }
                Format::Markdown => {
                    let head = story
                        .as_ref()
                        .map(|s| format!("<!-- story: {s} -->\n"))
                        .unwrap_or_default();
                    let body = if compare {
                        markdown::render(&report, &docs)
                    } else {
                        markdown::render_extract(&report, &docs)
                    };
                    head + &body
                }
                Format::Html => {
                    if compare {
                        html::render(&report, &docs)
                    } else {
                        html::render_extract(&report, &docs)
                    }
                }
            };
            sink.write(rendered.as_bytes())?;
            first = false;
            if let Some(p) = &progress {
                p.inc(1);
            }
        }
        rest = tail;
    }
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    sink.finish()?;
    Ok(if errors.is_empty() { worst } else { EXIT_ERROR })
}

/// `extract --format text`, one input at a time.
fn stream_extract(
    common: &Common,
    opts: &LoadOptions,
    engine: &Engine,
    text_opts: TextOptions,
) -> anyhow::Result<u8> {
    let mut sink = Sink::open(common.output.as_deref())?;
    let mut failed = false;
    let mut errors = Vec::new();
    let mut used = std::collections::HashSet::new();
    for path in claimdiff::load::expand_paths(&common.paths) {
        let (mut docs, errs) = match path {
            Ok(p) => load_all(std::slice::from_ref(&p), opts, &engine.lexicon),
            Err(e) => (Vec::new(), vec![e]),
        };
        for e in &errs {
            eprintln!("claimdiff: {e}");
        }
        failed |= !errs.is_empty();
        errors.extend(errs);
        if docs.is_empty() {
            continue;
        }
        // Ids stay unique across files, as in a run that holds them all.
        for d in &mut docs {
            let mut id = d.id.clone();
            let mut k = 1;
            while used.contains(&id) {
                k += 1;
                id = format!("{}-{k}", d.id);
            }
            used.insert(id.clone());
            d.id = id;
        }
        let report = engine.report(&docs, &[], false);
        sink.write(text::render_extract(&report, &docs, text_opts).as_bytes())?;
    }
    if !errors.is_empty() {
        let mut tail = String::from("\nErrors\n");
        for e in &errors {
            tail.push_str(&format!("  {}: {}\n", e.path.display(), e.kind));
        }
        sink.write(tail.as_bytes())?;
    }
    sink.finish()?;
    Ok(if failed { EXIT_ERROR } else { EXIT_OK })
}

/// True when a report holds a finding at or above the `--fail-on` level.
fn reaches(report: &Report, fail_on: FailOn) -> bool {
    report.findings.iter().any(|f| match fail_on {
        FailOn::Never => false,
        FailOn::Contradiction => f.kind == FindingKind::Contradiction,
        FailOn::Difference => {
            matches!(f.kind, FindingKind::Contradiction | FindingKind::Difference)
        }
    })
}

/// A progress bar on standard error, only on a terminal and for long runs.
fn progress_bar(groups: usize) -> Option<ProgressBar> {
    if groups < 20 || !io::stderr().is_terminal() {
        return None;
    }
    let p = ProgressBar::new(groups as u64);
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} stories {elapsed}") {
        p.set_style(style);
    }
    Some(p)
}

/// Where output goes: standard output, or a temporary file renamed over the
/// target when the run ends (so a reader never sees half a report).
enum Sink {
    Stdout(io::BufWriter<io::Stdout>),
    File {
        tmp: tempfile::NamedTempFile,
        target: PathBuf,
    },
}

impl Sink {
    fn open(path: Option<&Path>) -> anyhow::Result<Sink> {
        Ok(match path {
            None => Sink::Stdout(io::BufWriter::new(io::stdout())),
            Some(p) => {
                let dir = p
                    .parent()
                    .filter(|d| !d.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                let tmp = tempfile::NamedTempFile::new_in(dir).with_context(|| {
                    format!("{}: cannot create a temporary file", dir.display())
                })?;
                Sink::File {
                    tmp,
                    target: p.to_path_buf(),
                }
            }
        })
    }

    fn write(&mut self, bytes: &[u8]) -> anyhow::Result<()> {
        match self {
            Sink::Stdout(w) => {
                w.write_all(bytes)?;
                w.flush()?;
            }
            Sink::File { tmp, .. } => tmp.write_all(bytes)?,
        }
        Ok(())
    }

    fn finish(self) -> anyhow::Result<()> {
        match self {
            Sink::Stdout(mut w) => w.flush()?,
            Sink::File { tmp, target } => {
                tmp.persist(&target)
                    .with_context(|| format!("{}: cannot write", target.display()))?;
            }
        }
        Ok(())
    }
}
