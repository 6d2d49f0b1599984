//! Benchmarks of the targets in the README (`cargo bench`):
//! extract throughput on one thread, one 1,000-article story, how the time
//! of one story grows with its size (250 → 2,000 articles), and 10,000
//! articles over 500 stories end to end through the CLI, with peak memory.
//! Each measure is the best of a few runs; targets are printed beside the
//! figures. `CLAIMDIFF_BENCH_QUICK=1` runs smaller sizes.
#![allow(clippy::print_stdout)]

use std::io::Write as _;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use claimdiff::Engine;
use claimdiff::lexicon::Lexicon;
use claimdiff::load::{Document, document_from_text};
use claimdiff::parse::CivilDate;

#[path = "corpus.rs"]
mod corpus;

// The command line's allocator, so the figures are the tool's.
claimdiff::use_allocator!();

/// The bundled fixture articles, repeated as separate documents up to
/// `bytes` of text: hand-written news, longer sentences than the corpus.
fn fixture_docs(bytes: usize) -> Vec<Document> {
    let lx = Lexicon::builtin();
    let mut texts = Vec::new();
    let mut stories: Vec<_> = std::fs::read_dir("fixtures")
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    stories.sort();
    for story in stories.iter().filter(|p| p.is_dir()) {
        let mut files: Vec<_> = std::fs::read_dir(story)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        texts.extend(files.iter().filter_map(|f| std::fs::read_to_string(f).ok()));
    }
    let mut docs = Vec::new();
    let mut total = 0;
    'fill: for k in 0.. {
        if texts.is_empty() {
            break;
        }
        for (j, t) in texts.iter().enumerate() {
            if let Ok(d) = document_from_text(&format!("f{k}-{j}"), t.clone(), lx) {
                total += d.text.len();
                docs.push(d);
            }
            if total >= bytes {
                break 'fill;
            }
        }
    }
    docs
}

fn docs_of(stories: usize, per: usize, seed: u64) -> Vec<Document> {
    let lx = Lexicon::builtin();
    let mut docs = Vec::new();
    corpus::generate(stories, per, seed, |a| {
        if let Ok(mut d) = document_from_text(&a.id, a.text, lx) {
            d.id = a.id;
            d.outlet = a.outlet.to_string();
            d.date = CivilDate::parse_iso(&a.date);
            d.story = Some(a.story);
            docs.push(d);
        }
        true
    });
    docs
}

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let t = Instant::now();
        let v = f();
        best = best.min(t.elapsed());
        out = Some(v);
    }
    (best, out.expect("at least one run"))
}

/// Extract throughput of `docs` on a one-thread pool, printed against the
/// target. The claims are returned and dropped outside the timed run (as
/// criterion's `iter_with_large_drop` does): freeing is not extracting.
fn extract_throughput(label: &str, docs: &[Document], pool: &rayon::ThreadPool, engine: &Engine) {
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let (t, claims) = best_of(3, || pool.install(|| engine.extract(docs)));
    let mbs = bytes as f64 / 1e6 / t.as_secs_f64();
    println!(
        "extract, 1 thread, {label}: {:.1} MB in {:.3} s = {mbs:.1} MB/s ({} claims)   target >= 20 MB/s: {}",
        bytes as f64 / 1e6,
        t.as_secs_f64(),
        claims.len(),
        verdict(mbs >= 20.0)
    );
}

fn verdict(ok: bool) -> &'static str {
    if ok { "ok" } else { "MISSED" }
}

/// Peak resident memory (VmHWM) of a running process, in KiB.
fn peak_kib(pid: u32) -> Option<u64> {
    let s = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    s.lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn main() {
    // `cargo bench` passes --bench; nothing else is taken.
    let quick = std::env::var_os("CLAIMDIFF_BENCH_QUICK").is_some();
    let engine = Engine::default();
    let threads = rayon::current_num_threads();
    println!(
        "claimdiff benchmarks ({threads} threads available{})",
        if quick { ", quick" } else { "" }
    );

    // 1. Extract throughput, one thread.
    let docs = docs_of(if quick { 100 } else { 500 }, 20, 1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a one-thread pool");
    extract_throughput("synthetic corpus", &docs, &pool, &engine);
    let fixtures = fixture_docs(if quick { 1_000_000 } else { 10_000_000 });
    if !fixtures.is_empty() {
        extract_throughput("fixtures repeated", &fixtures, &pool, &engine);
    }
    drop(fixtures);

    // 2 and 3. One story: 1,000 articles, and how time grows with size.
    let sizes: &[usize] = if quick {
        &[125, 250, 500]
    } else {
        &[250, 500, 1000, 2000]
    };
    let mut prev: Option<f64> = None;
    for &n in sizes {
        let story = docs_of(1, n, 7);
        let (t, found) = best_of(3, || {
            let claims = engine.extract(&story);
            engine.compare(&claims).len()
        });
        let secs = t.as_secs_f64();
        let growth = prev.map(|p| secs / p);
        let growth_s = growth.map_or(String::new(), |g| {
            format!(
                ", x{g:.2} for twice the articles (target <= 2.2: {})",
                verdict(g <= 2.2)
            )
        });
        let target = if n == 1000 {
            format!("   target <= 2 s: {}", verdict(secs <= 2.0))
        } else {
            String::new()
        };
        println!("one story of {n} articles: {secs:.3} s ({found} findings){growth_s}{target}");
        prev = Some(secs);
    }

    // 4. End to end through the CLI: 10,000 articles over 500 stories.
    let (stories, per) = if quick { (100, 20) } else { (500, 20) };
    let path = std::env::temp_dir().join(format!("claimdiff-bench-{}.jsonl", std::process::id()));
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).expect("temp file"));
        corpus::generate(stories, per, 1, |a| {
            f.write_all(a.to_json_line().as_bytes()).is_ok()
        });
    }
    let input = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    let mut best = Duration::MAX;
    let mut peak = 0u64;
    for _ in 0..2 {
        let t = Instant::now();
        let mut child = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
            .args(["compare", "--format", "json", "--group-by", "story"])
            .arg(&path)
            .stdout(Stdio::null())
            .spawn()
            .expect("run claimdiff");
        let pid = child.id();
        loop {
            if let Some(k) = peak_kib(pid) {
                peak = peak.max(k);
            }
            match child.try_wait() {
                Ok(Some(_)) => break,
                _ => std::thread::sleep(Duration::from_millis(5)),
            }
        }
        best = best.min(t.elapsed());
    }
    let _ = std::fs::remove_file(&path);
    let ratio = (peak * 1024) as f64 / input.max(1) as f64;
    println!(
        "end to end, {} articles over {stories} stories ({:.1} MB): {:.2} s   target <= 10 s: {}",
        stories * per,
        input as f64 / 1e6,
        best.as_secs_f64(),
        verdict(best.as_secs_f64() <= 10.0)
    );
    println!(
        "peak memory: {:.1} MB = {ratio:.2} x the input   target <= 4 x: {}",
        (peak * 1024) as f64 / 1e6,
        verdict(ratio <= 4.0)
    );
}
