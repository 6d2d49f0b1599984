//! Extracts claims from the bundled fixture articles, repeated, on one
//! thread: a steady load to profile (`perf record cargo run --release
//! --example profile_extract -- 10` runs ten rounds).
#![allow(clippy::print_stdout)]

use claimdiff::Engine;

claimdiff::use_allocator!();
use claimdiff::lexicon::Lexicon;
use claimdiff::load::document_from_text;

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(5);
    let lx = Lexicon::builtin();
    let mut docs = Vec::new();
    let mut stories: Vec<_> = std::fs::read_dir("fixtures")
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    stories.sort();
    for story in stories.iter().filter(|p| p.is_dir()) {
        let mut files: Vec<_> = std::fs::read_dir(story)
            .map(|d| d.flatten().map(|e| e.path()).collect())
            .unwrap_or_default();
        files.sort();
        for f in files {
            if let Ok(t) = std::fs::read_to_string(&f) {
                if let Ok(d) = document_from_text(&f.display().to_string(), t, lx) {
                    docs.push(d);
                }
            }
        }
    }
    let engine = Engine::default();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .expect("a one-thread pool");
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let start = std::time::Instant::now();
    let mut claims = 0;
    for _ in 0..rounds {
        for _ in 0..20 {
            claims += pool.install(|| engine.extract(&docs)).len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{:.1} MB in {secs:.3} s = {:.1} MB/s ({claims} claims)",
        (bytes * rounds * 20) as f64 / 1e6,
        (bytes * rounds * 20) as f64 / 1e6 / secs
    );
}
