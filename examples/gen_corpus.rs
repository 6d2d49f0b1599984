//! Writes a deterministic synthetic corpus as JSON Lines, in the style of the
//! fixtures: several outlets per story, attributions of every kind, numbers,
//! dates, quotes, and planted contradictions.
//!
//! `cargo run --release --example gen_corpus -- --stories 500 --articles-per-story 20 --seed 1 > corpus.jsonl`
#![allow(clippy::print_stderr)]

use std::io::Write as _;

#[path = "../benches/corpus.rs"]
mod corpus;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut stories = 500usize;
    let mut per = 20usize;
    let mut seed = 1u64;
    let mut i = 0;
    while i < args.len() {
        let v = args.get(i + 1).and_then(|v| v.parse::<u64>().ok());
        match (args[i].as_str(), v) {
            ("--stories", Some(v)) => stories = v as usize,
            ("--articles-per-story", Some(v)) => per = v as usize,
            ("--seed", Some(v)) => seed = v,
            _ => {
                eprintln!("usage: gen_corpus [--stories N] [--articles-per-story N] [--seed N]");
                std::process::exit(2);
            }
        }
        i += 2;
    }
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    corpus::generate(stories, per, seed, |a| {
        out.write_all(a.to_json_line().as_bytes()).is_ok()
    });
}
