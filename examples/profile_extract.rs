//! Development aid: extracts the claims of a synthetic corpus on one thread,
//! timing each stage, for a profiler. `cargo run --release --example profile_extract`
#![allow(clippy::print_stdout)]

use std::time::Instant;

claimdiff::use_allocator!();

use claimdiff::lexicon::Lexicon;
use claimdiff::load::document_from_text;
use claimdiff::parse;

#[path = "../benches/corpus.rs"]
mod corpus;

fn main() {
    let lx = Lexicon::builtin();
    let mut docs = Vec::new();
    let stories = std::env::var("PROFILE_STORIES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    if std::env::var_os("PROFILE_FIXTURES").is_some() {
        let mut texts = Vec::new();
        for story in std::fs::read_dir("fixtures").expect("fixtures/").flatten() {
            for f in std::fs::read_dir(story.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                if let Ok(t) = std::fs::read_to_string(f.path()) {
                    texts.push(t);
                }
            }
        }
        'fill: for k in 0.. {
            for (j, t) in texts.iter().enumerate() {
                if let Ok(d) = document_from_text(&format!("d{k}-{j}"), t.clone(), lx) {
                    docs.push(d);
                }
                if docs.iter().map(|d| d.text.len()).sum::<usize>() > 10_000_000 {
                    break 'fill;
                }
            }
        }
    } else {
        corpus::generate(stories, 20, 1, |a| {
            if let Ok(d) = document_from_text(&a.id, a.text, lx) {
                docs.push(d);
            }
            true
        });
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum::<usize>();
    let mb = bytes as f64 / 1e6;
    // As the benchmark measures it: the engine on a one-thread pool, all
    // claims kept; best of three.
    let engine = claimdiff::Engine::default();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a one-thread pool");
    let mut best = f64::INFINITY;
    let mut kept = 0;
    let runs = std::env::var("PROFILE_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3);
    for _ in 0..runs {
        let t = Instant::now();
        let claims = if std::env::var_os("NOPOOL").is_some() {
            engine.extract(&docs)
        } else {
            pool.install(|| engine.extract(&docs))
        };
        best = best.min(t.elapsed().as_secs_f64());
        kept = claims.len();
    }
    println!("extract {mb:.1} MB: {:.1} MB/s ({kept} claims)", mb / best);
    if std::env::var_os("PROFILE_ENGINE_ONLY").is_some() {
        return;
    }
    let t = Instant::now();
    let parsed: Vec<_> = docs.iter().map(|d| parse::parse(d, lx)).collect();
    let par = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut c = 0;
    for (d, p) in docs.iter().zip(&parsed) {
        c += claimdiff::claims::extract_parsed(d, p, lx).len();
    }
    let cl = t.elapsed().as_secs_f64();
    println!(
        "stages: parse {:.1} MB/s; claims {:.1} MB/s; total {:.1} MB/s ({c} claims)",
        mb / par,
        mb / cl,
        mb / (par + cl)
    );
}
