//! The command line as a user meets it: exit statuses, error messages,
//! output files, standard input, colours, threads, JSON Lines and config
//! errors. Every test runs the built binary.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const OHIO: &str = "fixtures/ohio-battery-warehouse-fire";
const COLORADO: &str = "fixtures/colorado-campground-flash-flood";
const STORIES: [&str; 4] = [
    "fixtures/calder-sarvani-deal-wire",
    "fixtures/castlegate-northmoor-takeover",
    "fixtures/colorado-campground-flash-flood",
    "fixtures/ohio-battery-warehouse-fire",
];

/// The binary, run from the crate root with colours left to the test.
fn claimdiff() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_claimdiff"));
    c.current_dir(env!("CARGO_MANIFEST_DIR"));
    c.env_remove("NO_COLOR");
    c.env_remove("CLICOLOR_FORCE");
    c.stdin(Stdio::null());
    c
}

fn run(args: &[&str]) -> Output {
    claimdiff().args(args).output().expect("the binary runs")
}

fn code(o: &Output) -> i32 {
    o.status
        .code()
        .unwrap_or_else(|| panic!("killed by a signal: {o:?}"))
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn show(o: &Output) -> String {
    format!(
        "status {:?}\n--- stderr\n{}\n--- stdout (first 2000 chars)\n{}",
        o.status,
        stderr(o),
        &stdout(o).chars().take(2000).collect::<String>()
    )
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("stdout is not one JSON value: {e}\n{}", show(o)))
}

/// A fresh, empty directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

fn kinds(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["kind"].as_str().expect("kind").to_string())
        .collect()
}

// ---------------------------------------------------------------- --fail-on

#[test]
fn fail_on_contradiction_exits_1_when_one_is_reported() {
    let o = run(&["compare", "--fail-on", "contradiction", OHIO]);
    assert_eq!(code(&o), 1, "{}", show(&o));
}

#[test]
fn fail_on_never_is_the_default_and_exits_0() {
    let o = run(&["compare", "--fail-on", "never", OHIO]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let o = run(&["compare", OHIO]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert!(!o.stdout.is_empty());
}

#[test]
fn fail_on_difference_counts_contradictions_and_differences() {
    // A contradiction is above a difference.
    let o = run(&["compare", "--fail-on", "difference", OHIO]);
    assert_eq!(code(&o), 1, "{}", show(&o));

    // Colorado has no contradiction, but (checked here) at least one difference.
    let o = run(&["compare", "--format", "json", COLORADO]);
    let k = kinds(&json(&o));
    assert!(!k.iter().any(|k| k == "contradiction"), "{k:?}");
    assert!(k.iter().any(|k| k == "difference"), "{k:?}");
    let o = run(&["compare", "--fail-on", "difference", COLORADO]);
    assert_eq!(code(&o), 1, "{}", show(&o));

    // One claim credited to different sources: a difference and no
    // contradiction, so 1 with --fail-on difference and 0 with contradiction.
    let dir = scratch("fail-on-attribution");
    std::fs::write(dir.join("a.txt"), "outlet: A\n\nThe Kessler paper mill will close in March and cut 240 jobs, the company said.\n").unwrap();
    std::fs::write(dir.join("b.txt"), "outlet: B\n\nThe Kessler paper mill will close in March and cut 240 jobs, the union said.\n").unwrap();
    let k = kinds(&json(&run(&["compare", "--format", "json", s(&dir)])));
    assert!(
        k.contains(&"difference".to_string()) && !k.contains(&"contradiction".to_string()),
        "{k:?}"
    );
    let o = run(&["compare", "--fail-on", "difference", s(&dir)]);
    assert_eq!(code(&o), 1, "{}", show(&o));
    let o = run(&["compare", "--fail-on", "contradiction", s(&dir)]);
    assert_eq!(code(&o), 0, "{}", show(&o));

    // Two articles about unrelated things: only unique claims, so exit 0.
    let dir = scratch("fail-on-unrelated");
    std::fs::write(
        dir.join("a.txt"),
        "outlet: A\n\nThe council approved a new library budget on Monday, the mayor said.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "outlet: B\n\nA rare orchid bloomed in the botanical garden, staff said.\n",
    )
    .unwrap();
    let o = run(&["compare", "--format", "json", s(&dir)]);
    let k = kinds(&json(&o));
    assert!(k.iter().all(|k| k == "unique" || k == "agreement"), "{k:?}");
    let o = run(&["compare", "--fail-on", "difference", s(&dir)]);
    assert_eq!(code(&o), 0, "{}", show(&o));
}

#[test]
fn fail_on_contradiction_exits_0_on_the_false_alarm_story() {
    let o = run(&["compare", "--fail-on", "contradiction", COLORADO]);
    assert_eq!(code(&o), 0, "{}", show(&o));
}

#[test]
fn extract_never_fails_on_findings() {
    let o = run(&["extract", OHIO]);
    assert_eq!(code(&o), 0, "{}", show(&o));
}

// ---------------------------------------------------------------- bad inputs

#[test]
fn missing_path_is_an_error_but_the_good_file_is_still_reported() {
    let missing = "fixtures/no-such-story/missing-article.txt";
    let good = "fixtures/ohio-battery-warehouse-fire/ap.txt";
    let o = run(&["compare", "--format", "json", missing, good]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    assert!(
        stderr(&o).contains(missing),
        "stderr should name the missing path\n{}",
        show(&o)
    );
    let r = json(&o);
    assert_eq!(r["schema_version"], 1);
    let docs = r["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 1, "{docs:?}");
    assert_eq!(docs[0]["path"], good);
    assert_eq!(docs[0]["id"], "ap");
    assert!(!r["claims"].as_array().expect("claims").is_empty());
    let errors = r["errors"].as_array().expect("errors");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0]["path"], missing);
    assert!(errors[0]["message"].as_str().is_some_and(|m| !m.is_empty()));
}

#[test]
fn missing_path_with_fail_on_still_exits_2() {
    // Input errors outrank findings.
    let o = run(&[
        "compare",
        "--fail-on",
        "contradiction",
        "fixtures/nope.txt",
        OHIO,
    ]);
    assert_eq!(code(&o), 2, "{}", show(&o));
}

#[test]
fn invalid_utf8_names_the_file_and_the_offset() {
    let dir = scratch("utf8");
    let bad = dir.join("bad-bytes.txt");
    std::fs::write(&bad, b"outlet: X\n\nabc\xff def.").unwrap();
    let o = run(&["extract", s(&bad)]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    let e = stderr(&o);
    assert!(e.contains("bad-bytes.txt"), "{e}");
    assert!(e.contains("offset"), "{e}");
    // "outlet: X\n\nabc" is 14 bytes: the 0xff is at offset 14.
    assert!(e.contains("offset 14"), "{e}");
}

#[test]
fn nul_byte_is_refused_as_binary() {
    let dir = scratch("nul");
    let bad = dir.join("blob.txt");
    std::fs::write(
        &bad,
        b"outlet: X\n\nSome text\0 with a NUL byte, police said.",
    )
    .unwrap();
    let o = run(&["compare", s(&bad)]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    let e = stderr(&o);
    assert!(e.contains("blob.txt"), "{e}");
    assert!(e.contains("binary"), "{e}");
}

#[test]
fn empty_file_is_refused_as_empty() {
    let dir = scratch("empty");
    let empty = dir.join("nothing.txt");
    std::fs::write(&empty, b"").unwrap();
    let o = run(&["compare", s(&empty)]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    let e = stderr(&o);
    assert!(e.contains("nothing.txt"), "{e}");
    assert!(e.contains("empty"), "{e}");

    // A header with no body is empty too.
    let header_only = dir.join("header-only.txt");
    std::fs::write(&header_only, b"outlet: X\ndate: 2025-01-01\n\n  \n").unwrap();
    let o = run(&["compare", s(&header_only)]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    assert!(stderr(&o).contains("empty"), "{}", show(&o));
}

#[test]
fn max_file_size_refuses_larger_files() {
    let o = run(&[
        "extract",
        "--max-file-size",
        "10",
        "fixtures/ohio-battery-warehouse-fire/ap.txt",
    ]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    let e = stderr(&o);
    assert!(e.contains("ap.txt"), "{e}");
    assert!(e.contains("size limit"), "{e}");
    assert!(e.contains("10 bytes"), "{e}");
}

#[test]
fn max_file_size_applies_to_standard_input() {
    let mut child = claimdiff()
        .args(["extract", "--max-file-size", "10", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Three people died in the crash, police said.\n")
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(code(&o), 2, "{}", show(&o));
    assert!(stderr(&o).contains("size limit"), "{}", show(&o));
}

#[test]
fn empty_directory_is_an_error() {
    let dir = scratch("empty-dir");
    let o = run(&["compare", s(&dir)]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    assert!(stderr(&o).contains(s(&dir)), "{}", show(&o));
}

// ---------------------------------------------------------------- --output

#[test]
fn output_file_gets_the_report_and_stdout_nothing() {
    let dir = scratch("output");
    let out = dir.join("report.json");
    let o = run(&["compare", "--format", "json", "--output", s(&out), OHIO]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert!(
        o.stdout.is_empty(),
        "stdout should be empty with --output\n{}",
        show(&o)
    );
    let written = std::fs::read(&out).expect("the output file exists");
    let r: Value = serde_json::from_slice(&written).expect("the output file is JSON");
    assert_eq!(r["documents"].as_array().unwrap().len(), 3);
    // Same bytes as standard output would have had.
    let direct = run(&["compare", "--format", "json", OHIO]);
    assert!(
        written == direct.stdout,
        "--output wrote other bytes than stdout shows"
    );
    // No temporary files are left behind.
    let left: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("report.json")]);
}

#[test]
fn output_over_an_input_file_is_refused() {
    let dir = scratch("output-over-input");
    let input = dir.join("cbs.txt");
    let original = std::fs::read("fixtures/ohio-battery-warehouse-fire/cbs.txt").unwrap();
    std::fs::write(&input, &original).unwrap();
    let o = run(&[
        "compare",
        "--output",
        s(&input),
        "fixtures/ohio-battery-warehouse-fire/ap.txt",
        s(&input),
    ]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    assert!(stderr(&o).contains("cbs.txt"), "{}", show(&o));
    assert!(
        std::fs::read(&input).unwrap() == original,
        "the input file was changed"
    );
}

#[test]
fn output_over_an_input_file_is_refused_when_named_another_way() {
    // The same file through a "./" and a ".." detour.
    let dir = scratch("output-over-input-alias");
    let input = dir.join("cbs.txt");
    let original = std::fs::read("fixtures/ohio-battery-warehouse-fire/cbs.txt").unwrap();
    std::fs::write(&input, &original).unwrap();
    let alias = dir
        .join("..")
        .join(dir.file_name().unwrap())
        .join("./cbs.txt");
    let o = run(&["compare", "--output", s(&alias), s(&input)]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    assert!(
        std::fs::read(&input).unwrap() == original,
        "the input file was changed"
    );
}

#[test]
fn output_over_a_file_inside_an_input_directory_is_refused() {
    // `compare DIR --output DIR/cbs.txt`: cbs.txt is one of the inputs (the
    // directory expands to it), so writing over it must be refused too.
    let dir = scratch("output-over-dir-input");
    let story = dir.join("story");
    std::fs::create_dir_all(&story).unwrap();
    for f in ["ap.txt", "cbs.txt", "reuters.txt"] {
        std::fs::copy(Path::new(OHIO).join(f), story.join(f)).unwrap();
    }
    let target = story.join("cbs.txt");
    let original = std::fs::read(&target).unwrap();
    let o = run(&[
        "compare",
        "--format",
        "json",
        "--output",
        s(&target),
        s(&story),
    ]);
    let after = std::fs::read(&target).unwrap();
    assert!(
        after == original,
        "{} (an input, through its directory) was overwritten by --output: now {} bytes, was {}\n{}",
        target.display(),
        after.len(),
        original.len(),
        show(&o)
    );
    assert_eq!(code(&o), 2, "{}", show(&o));
}

// ---------------------------------------------------------------- stdin

#[test]
fn standard_input_is_read_for_dash() {
    let article = std::fs::read("fixtures/ohio-battery-warehouse-fire/cbs.txt").unwrap();
    let mut child = claimdiff()
        .args(["extract", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&article).unwrap();
    let o = child.wait_with_output().unwrap();
    assert_eq!(code(&o), 0, "{}", show(&o));
    let r = json(&o);
    let docs = r["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["path"], "-");
    assert_eq!(docs[0]["id"], "stdin");
    assert_eq!(docs[0]["outlet"], "CBS News");
    let claims = r["claims"].as_array().unwrap();
    assert!(!claims.is_empty());
    assert_eq!(claims[0]["id"], "stdin:1");
    // The same claims as reading the file.
    let file = json(&run(&[
        "extract",
        "--format",
        "json",
        "fixtures/ohio-battery-warehouse-fire/cbs.txt",
    ]));
    let texts = |v: &Value| {
        v["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["text"].clone(), c["span"].clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(texts(&r), texts(&file));
}

/// Runs claimdiff with `input` on standard input.
fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = claimdiff()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let input = input.to_vec();
    // Written from another thread: a large input must not fill the pipe
    // while the output waits to be read.
    let writer = std::thread::spawn(move || pipe.write_all(&input));
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap().unwrap();
    o
}

#[test]
fn standard_input_holding_json_lines_is_read_as_json_lines() {
    let corpus = two_story_jsonl().join("\n") + "\n";
    let o = run_stdin(
        &["compare", "--format", "json", "--group-by", "story", "-"],
        corpus.as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", show(&o));
    let out = stdout(&o);
    let reports: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect();
    assert_eq!(reports.len(), 2, "one report per story:\n{out}");
    let ids: Vec<Vec<&str>> = reports
        .iter()
        .map(|r| {
            r["documents"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["id"].as_str().unwrap())
                .collect()
        })
        .collect();
    assert_eq!(ids, [["cbs-crash", "nbc-crash"], ["bbc-vote", "sky-vote"]]);
    assert!(
        kinds(&reports[0]).iter().any(|k| k == "contradiction"),
        "{:?}",
        kinds(&reports[0])
    );

    // extract reads it the same way (streamed one input at a time).
    let o = run_stdin(&["extract", "-"], corpus.as_bytes());
    assert_eq!(code(&o), 0, "{}", show(&o));
    let out = stdout(&o);
    for id in ["cbs-crash:1", "bbc-vote:1", "nbc-crash:1", "sky-vote:1"] {
        assert!(out.contains(id), "{id} missing:\n{out}");
    }
    // Lines without an id are named after standard input and their line.
    let o = run_stdin(
        &["extract", "--format", "json", "-"],
        b"\n{\"text\": \"Three people died in the crash, police said.\"}\n",
    );
    assert_eq!(code(&o), 0, "{}", show(&o));
    let r = json(&o);
    assert_eq!(r["documents"][0]["id"], "stdin-2");
}

#[test]
fn standard_input_holding_an_article_is_one_document() {
    // One sentence a line, page furniture around it, a quote over two lines.
    let article = "https://www.example.com/news/harlow-bridge-closed.html\n\
        Monday, March 9, 2026\n\
        By Jane Doe, Example News\n\
        The council closed the Harlow bridge on Monday after engineers found cracks.\n\
        \"We had no choice.\n\
        The cracks were deeper than anyone expected,\" the mayor, Tom Reyes, said.\n\
        Advertisement\n\
        Repairs will cost about $4 million, officials said.\n";
    let o = run_stdin(&["extract", "--format", "json", "-"], article.as_bytes());
    assert_eq!(code(&o), 0, "{}", show(&o));
    let r = json(&o);
    assert_eq!(r["documents"].as_array().unwrap().len(), 1);
    assert_eq!(r["documents"][0]["id"], "stdin");
    let claims = r["claims"].as_array().unwrap();
    let texts: Vec<&str> = claims.iter().map(|c| c["text"].as_str().unwrap()).collect();
    for furniture in ["example.com", "March 9", "Jane Doe", "Advertisement"] {
        assert!(
            texts.iter().all(|t| !t.contains(furniture)),
            "{furniture:?} in a claim: {texts:?}"
        );
    }
    // Both sentences of the quote are the mayor's.
    for quoted in ["We had no choice", "The cracks were deeper"] {
        let c = claims
            .iter()
            .find(|c| c["text"].as_str().unwrap().starts_with(quoted))
            .unwrap_or_else(|| panic!("no claim {quoted:?}: {texts:?}"));
        let names: Vec<&str> = c["sources"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap())
            .collect();
        assert!(names.contains(&"Tom Reyes"), "{quoted:?}: {names:?}");
    }
}

#[test]
fn input_format_text_reads_json_lines_on_standard_input_as_one_article() {
    let corpus = two_story_jsonl().join("\n") + "\n";
    let o = run_stdin(
        &["extract", "--format", "json", "--input-format", "text", "-"],
        corpus.as_bytes(),
    );
    assert_eq!(code(&o), 0, "{}", show(&o));
    let r = json(&o);
    let docs = r["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 1, "{docs:?}");
    assert_eq!(docs[0]["id"], "stdin");
    // And --input-format jsonl still forces JSON Lines.
    let o = run_stdin(
        &[
            "extract",
            "--format",
            "json",
            "--input-format",
            "jsonl",
            "-",
        ],
        corpus.as_bytes(),
    );
    assert_eq!(json(&o)["documents"].as_array().unwrap().len(), 4);
}

// ---------------------------------------------------------------- colours

#[test]
fn color_always_puts_ansi_escapes_in_text_output() {
    for cmd in ["extract", "compare"] {
        let o = run(&[cmd, "--color", "always", OHIO]);
        assert_eq!(code(&o), 0, "{}", show(&o));
        assert!(
            stdout(&o).contains("\x1b["),
            "{cmd}: no escapes with --color always"
        );
    }
}

#[test]
fn no_colour_when_not_a_terminal_or_with_no_color() {
    for cmd in ["extract", "compare"] {
        let o = run(&[cmd, OHIO]);
        assert!(
            !stdout(&o).contains('\x1b'),
            "{cmd}: escapes when stdout is not a terminal"
        );
        let o = claimdiff()
            .args([cmd, OHIO])
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert!(
            !stdout(&o).contains('\x1b'),
            "{cmd}: escapes with NO_COLOR=1"
        );
        let o = run(&[cmd, "--color", "never", OHIO]);
        assert!(
            !stdout(&o).contains('\x1b'),
            "{cmd}: escapes with --color never"
        );
    }
}

#[test]
fn json_and_markdown_are_never_coloured() {
    for format in ["json", "markdown"] {
        let o = run(&["compare", "--color", "always", "--format", format, OHIO]);
        assert_eq!(code(&o), 0, "{}", show(&o));
        assert!(!stdout(&o).contains('\x1b'), "{format} output has escapes");
    }
}

// ---------------------------------------------------------------- help

#[test]
fn help_lists_the_exit_statuses() {
    let o = run(&["--help"]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let h = stdout(&o);
    assert!(h.contains("Exit status"), "{h}");
    for n in ["0", "1", "2"] {
        assert!(
            h.lines()
                .any(|l| l.trim_start().starts_with(&format!("{n} "))),
            "exit status {n} missing:\n{h}"
        );
    }
    assert!(h.contains("--fail-on"), "{h}");
}

#[test]
fn usage_errors_exit_2() {
    let o = run(&["compare"]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    let o = run(&["compare", "--fail-on", "sometimes", OHIO]);
    assert_eq!(code(&o), 2, "{}", show(&o));
}

// ---------------------------------------------------------------- --format html

#[test]
fn html_page_has_one_card_per_finding_and_stdout_matches_output_file() {
    let report = json(&run(&["compare", "--format", "json", OHIO]));
    let o = run(&["compare", "--format", "html", OHIO]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let page = stdout(&o);
    assert!(page.starts_with("<!DOCTYPE html>"), "{}", show(&o));
    assert!(page.ends_with("</html>\n"));
    for f in report["findings"].as_array().unwrap() {
        let needle = format!("data-finding=\"{}\"", f["id"].as_str().unwrap());
        assert_eq!(page.matches(&needle).count(), 1, "{needle}");
    }
    for c in report["claims"].as_array().unwrap() {
        let needle = format!("data-claim=\"{}\"", c["id"].as_str().unwrap());
        assert!(page.contains(&needle), "{needle}");
    }
    // No external resource: nothing is loaded from anywhere.
    for external in ["src=", "<link", "http://", "https://", "@import", "url("] {
        assert!(!page.contains(external), "the page refers to {external}");
    }
    let dir = scratch("html-output");
    let out = dir.join("report.html");
    let o = run(&["compare", "--format", "html", "-o", s(&out), OHIO]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    assert!(o.stdout.is_empty());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), page);
}

#[test]
fn extract_html_shows_articles_and_claims_without_findings() {
    let o = run(&["extract", "--format", "html", COLORADO]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let page = stdout(&o);
    assert!(page.contains("data-claim=\"nyt:1\""), "{}", show(&o));
    assert!(!page.contains("data-finding="));
    assert!(page.contains("\"mode\":\"extract\""));
}

#[test]
fn html_with_group_by_story_is_a_usage_error() {
    let dir = scratch("html-group-by");
    let file = dir.join("two.jsonl");
    std::fs::write(&file, two_story_jsonl().join("\n")).unwrap();
    let o = run(&[
        "compare",
        "--format",
        "html",
        "--group-by",
        "story",
        s(&file),
    ]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    assert!(o.stdout.is_empty());
    assert!(stderr(&o).contains("--format html"), "{}", show(&o));
}

// ---------------------------------------------------------------- --jobs

#[test]
fn jobs_do_not_change_the_output() {
    for story in STORIES {
        let one = run(&["compare", "--format", "json", "--jobs", "1", story]);
        let two = run(&["compare", "--format", "json", "--jobs", "2", story]);
        assert_eq!(code(&one), 0, "{}", show(&one));
        assert_eq!(code(&two), 0, "{}", show(&two));
        assert!(
            one.stdout == two.stdout,
            "{story}: --jobs 1 and --jobs 2 differ"
        );
    }
    // All stories in one run, too.
    let mut args = vec!["compare", "--format", "json", "--jobs", "1"];
    args.extend(STORIES);
    let one = run(&args);
    args[4] = "3";
    let three = run(&args);
    assert!(
        one.stdout == three.stdout,
        "all stories: --jobs 1 and --jobs 3 differ"
    );
}

// ---------------------------------------------------------------- JSON Lines

fn jsonl_line(id: &str, outlet: &str, date: &str, text: &str, story: &str) -> String {
    serde_json::json!({"id": id, "outlet": outlet, "date": date, "text": text, "story": story})
        .to_string()
}

fn two_story_jsonl() -> Vec<String> {
    vec![
        jsonl_line(
            "cbs-crash",
            "CBS News",
            "2025-03-07",
            "Three people died in the crash on Route 9, police said.",
            "crash",
        ),
        jsonl_line(
            "bbc-vote",
            "BBC",
            "2025-03-08",
            "The council voted to close the library on Friday, a spokesman said.",
            "vote",
        ),
        jsonl_line(
            "nbc-crash",
            "NBC News",
            "2025-03-07",
            "Four people died in the crash on Route 9, police said.",
            "crash",
        ),
        jsonl_line(
            "sky-vote",
            "Sky News",
            "2025-03-08",
            "The council voted to close the library on Friday, officials said.",
            "vote",
        ),
    ]
}

#[test]
fn jsonl_group_by_story_prints_one_object_per_story_in_order() {
    let dir = scratch("jsonl");
    let file = dir.join("x.jsonl");
    std::fs::write(&file, two_story_jsonl().join("\n") + "\n").unwrap();
    let o = run(&[
        "compare",
        "--format",
        "json",
        "--group-by",
        "story",
        s(&file),
    ]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "one line per story:\n{out}");
    let reports: Vec<Value> = lines
        .iter()
        .map(|l| serde_json::from_str(l).expect("each line is one JSON object"))
        .collect();
    let ids = |r: &Value| {
        r["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["id"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    let stories = |r: &Value| {
        r["documents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d["story"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&reports[0]), ["cbs-crash", "nbc-crash"]);
    assert_eq!(stories(&reports[0]), ["crash", "crash"]);
    assert_eq!(ids(&reports[1]), ["bbc-vote", "sky-vote"]);
    assert_eq!(stories(&reports[1]), ["vote", "vote"]);
    for r in &reports {
        assert!(r.is_object());
        assert_eq!(r["schema_version"], 1);
        // Claims of a story only come from its own documents.
        let own = ids(r);
        for c in r["claims"].as_array().unwrap() {
            assert!(own.contains(&c["doc"].as_str().unwrap().to_string()), "{c}");
        }
    }
    // The crash story has its number contradiction; the vote story has none.
    assert!(
        kinds(&reports[0]).iter().any(|k| k == "contradiction"),
        "{:?}",
        kinds(&reports[0])
    );
    assert!(
        !kinds(&reports[1]).iter().any(|k| k == "contradiction"),
        "{:?}",
        kinds(&reports[1])
    );
}

#[test]
fn jsonl_malformed_line_is_named_and_the_rest_still_compared() {
    let dir = scratch("jsonl-bad");
    let file = dir.join("x.jsonl");
    let mut lines = two_story_jsonl();
    lines.insert(2, "{\"id\": \"broken\", \"text\": ".to_string()); // line 3
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let o = run(&[
        "compare",
        "--format",
        "json",
        "--group-by",
        "story",
        s(&file),
    ]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    let e = stderr(&o);
    assert!(e.contains("x.jsonl"), "{e}");
    assert!(e.contains("line 3"), "the error should name line 3:\n{e}");
    let out = stdout(&o);
    let reports: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(reports.len(), 2, "{out}");
    let n_docs: usize = reports
        .iter()
        .map(|r| r["documents"].as_array().unwrap().len())
        .sum();
    assert_eq!(n_docs, 4, "the four good lines are all loaded");
    assert!(kinds(&reports[0]).iter().any(|k| k == "contradiction"));
    // The run's errors are reported (once).
    let errors: Vec<&Value> = reports
        .iter()
        .flat_map(|r| r["errors"].as_array().unwrap())
        .collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0]["message"].as_str().unwrap().contains("line 3"),
        "{:?}",
        errors[0]
    );
}

#[test]
fn jsonl_without_group_by_compares_everything_together() {
    let dir = scratch("jsonl-together");
    let file = dir.join("x.jsonl");
    std::fs::write(&file, two_story_jsonl().join("\n") + "\n").unwrap();
    let o = run(&["compare", "--format", "json", s(&file)]);
    assert_eq!(code(&o), 0, "{}", show(&o));
    let r = json(&o);
    assert_eq!(r["documents"].as_array().unwrap().len(), 4);
}

// ---------------------------------------------------------------- --config

#[test]
fn config_syntax_error_names_line_and_column() {
    let dir = scratch("config");
    let cfg = dir.join("claimdiff.toml");
    std::fs::write(
        &cfg,
        "[outlets]\n\"The Fenwick Gazette\" = [\"Gazette\"\n\n[thresholds]\nagree = 0.3\n",
    )
    .unwrap();
    let o = run(&["compare", "--config", s(&cfg), OHIO]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    let e = stderr(&o);
    assert!(e.contains("claimdiff.toml"), "{e}");
    assert!(e.contains("line"), "{e}");
    assert!(e.contains("column"), "{e}");
}

#[test]
fn config_unknown_key_and_missing_file_exit_2() {
    let dir = scratch("config-bad");
    let cfg = dir.join("c.toml");
    std::fs::write(&cfg, "[thresholds]\nagree = 0.3\nsimilarity = 0.5\n").unwrap();
    let o = run(&["compare", "--config", s(&cfg), OHIO]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    assert!(stderr(&o).contains("line 3"), "{}", show(&o));
    let o = run(&["compare", "--config", s(&dir.join("absent.toml")), OHIO]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    assert!(stderr(&o).contains("absent.toml"), "{}", show(&o));
}

#[test]
fn good_config_is_accepted() {
    let dir = scratch("config-good");
    let cfg = dir.join("c.toml");
    std::fs::write(
        &cfg,
        "[outlets]\n\"The Fenwick Gazette\" = [\"Gazette\"]\n\n[thresholds]\nagree = 0.3\n",
    )
    .unwrap();
    let o = run(&[
        "compare",
        "--config",
        s(&cfg),
        "--fail-on",
        "contradiction",
        OHIO,
    ]);
    assert_eq!(code(&o), 1, "{}", show(&o));
}

#[test]
fn jsonl_many_stories_keep_their_order_whatever_the_thread_count() {
    // More stories than one parallel batch (threads x 4), lines interleaved.
    let dir = scratch("jsonl-many");
    let file = dir.join("many.jsonl");
    let n = 30;
    let mut lines = Vec::new();
    for round in 0..2 {
        for k in 0..n {
            let story = format!("s{:02}", (k * 7) % n);
            let who = if round == 0 { "CBS News" } else { "NBC News" };
            let dead = if round == 0 { "Three" } else { "Four" };
            lines.push(jsonl_line(
                &format!("{story}-{round}"),
                who,
                "2025-03-07",
                &format!("{dead} people died in the crash on Route {k}, police said."),
                &story,
            ));
        }
    }
    std::fs::write(&file, lines.join("\n") + "\n").unwrap();
    let expected: Vec<String> = (0..n).map(|k| format!("s{:02}", (k * 7) % n)).collect();
    let mut outputs = Vec::new();
    for jobs in ["1", "3"] {
        let o = run(&[
            "compare",
            "--format",
            "json",
            "--group-by",
            "story",
            "--jobs",
            jobs,
            s(&file),
        ]);
        assert_eq!(code(&o), 0, "{}", show(&o));
        let stories: Vec<String> = stdout(&o)
            .lines()
            .map(|l| {
                let r: Value = serde_json::from_str(l).unwrap();
                let docs = r["documents"].as_array().unwrap();
                assert_eq!(docs.len(), 2, "{l}");
                docs[0]["story"].as_str().unwrap().to_string()
            })
            .collect();
        assert_eq!(stories, expected, "--jobs {jobs}: stories out of order");
        outputs.push(o.stdout);
    }
    assert!(outputs[0] == outputs[1], "--jobs 1 and --jobs 3 differ");
}

#[test]
fn jsonl_group_by_story_still_reports_errors_when_nothing_loads() {
    // The run's input errors go into the first report; with --group-by story
    // and no readable article there is no report, and the JSON output is
    // empty: a consumer reading stdout never learns what failed.
    let dir = scratch("jsonl-all-bad");
    let file = dir.join("bad.jsonl");
    std::fs::write(&file, "not json\n{\"text\": 3}\n").unwrap();
    let o = run(&[
        "compare",
        "--format",
        "json",
        "--group-by",
        "story",
        s(&file),
    ]);
    assert_eq!(code(&o), 2, "{}", show(&o));
    let out = stdout(&o);
    let reports: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    let errors: Vec<&Value> = reports
        .iter()
        .flat_map(|r| r["errors"].as_array().unwrap())
        .collect();
    assert_eq!(
        errors.len(),
        2,
        "the two bad lines should be listed in the JSON output; stdout was {out:?}"
    );
}
