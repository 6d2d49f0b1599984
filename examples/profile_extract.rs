//! Development aid: extracts the claims of a synthetic corpus on one thread,
//! timing each stage, for a profiler. `cargo run --release --example profile_extract`
#![allow(clippy::print_stdout)]

use std::time::Instant;

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
    corpus::generate(stories, 20, 1, |a| {
        if let Ok(d) = document_from_text(&a.id, a.text, lx) {
            docs.push(d);
        }
        true
    });
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum::<usize>();
    let mb = bytes as f64 / 1e6;
    let n: usize = 0;
    let tok = 1.0;
    let t = Instant::now();
    let parsed: Vec<_> = docs.iter().map(|d| parse::parse(d, lx)).collect();
    let par = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut c = 0;
    for (d, p) in docs.iter().zip(&parsed) {
        c += claimdiff::claims::extract_parsed(d, p, lx).len();
    }
    let cl = t.elapsed().as_secs_f64();
    println!("{mb:.1} MB, {n} tokens, {c} claims");
    println!(
        "tokens {:.1} MB/s; parse (incl. tokens) {:.1} MB/s; claims {:.1} MB/s; total {:.1} MB/s",
        mb / tok,
        mb / par,
        mb / cl,
        mb / (par + cl)
    );
}
