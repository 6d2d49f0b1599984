//! Hostile inputs in linear time (`cargo bench --bench pathological`): each
//! input is run at a base size and at ten times that size through load,
//! extract, compare (against a copy of itself) and the text report; ten
//! times the size must cost at most twelve times the time.
//! `CLAIMDIFF_BENCH_ONLY=quote` runs the kinds whose name holds "quote".
#![allow(clippy::print_stdout)]

use std::path::Path;

// The command line's allocator, so the figures are the tool's.
claimdiff::use_allocator!();
use std::time::{Duration, Instant};

use claimdiff::Engine;
use claimdiff::load::{assign_ids, check_text, document_from_text};
use claimdiff::report::text::{self, TextOptions};

/// A repeatable filler of plain words.
fn words(n: usize) -> String {
    const W: &[&str] = &[
        "the",
        "council",
        "said",
        "Smith",
        "approved",
        "budget",
        "of",
        "12",
        "million",
        "on",
        "Friday",
        "river",
        "bridge",
        "Acme",
        "officials",
    ];
    let mut s = String::with_capacity(n + 16);
    let mut i = 0usize;
    while s.len() < n {
        s.push_str(W[i % W.len()]);
        s.push(' ');
        i = i.wrapping_mul(31).wrapping_add(7);
    }
    s
}

/// A made-up place name for each number: "Kabode", "Kibeda"...
fn ward(mut k: usize) -> String {
    const C: &[u8] = b"bdfgklmnprstvz";
    const V: &[u8] = b"aeiou";
    let mut s = String::from("K");
    loop {
        s.push(V[k % V.len()] as char);
        k /= V.len();
        s.push(C[k % C.len()] as char);
        k /= C.len();
        if k == 0 {
            break;
        }
    }
    s
}

/// Plain news sentences, each about its own place, so that comparing with a
/// copy pairs each claim with its twin (duplicated sentences would pair
/// every copy with every other, a different input).
fn sentences(n: usize, sep: &str) -> String {
    let mut s = String::with_capacity(n + 200);
    let mut k = 0;
    while s.len() < n {
        k += 1;
        let w = ward(k);
        s.push_str(&format!("The council approved new homes in {w} on Friday, Mayor Jane Smith said.{sep}\"It is a good day for {w},\" she said.{sep}"));
    }
    s
}

/// Builds the input of kind `name` at about `n` bytes (or `n` units).
fn input(name: &str, n: usize) -> Vec<u8> {
    let s = match name {
        "one sentence, no punctuation" => words(n),
        "quote marks" => "“a” \"b\" ‘c’ ".repeat(n / 14),
        "unbalanced quotes and parentheses" => "He said “yes (and then ( “no. ".repeat(n / 30),
        "deeply nested parentheses" => format!(
            "{}Smith said it rose 5%{}.",
            "(".repeat(n / 2),
            ")".repeat(n / 2)
        ),
        "deeply nested quotes" => format!(
            "{}Smith said it rose 5%{}.",
            "“‘".repeat(n / 6),
            "’”".repeat(n / 6)
        ),
        "short lines" => "Up 5%.\n".repeat(n / 7),
        "one long line" => sentences(n, " "),
        "unicode spaces, dashes, quotes" => {
            let chars = "\u{00a0}\u{2000}\u{2001}\u{2002}\u{2003}\u{2009}\u{200a}\u{202f}\u{205f}\u{3000}‐‑‒–—―−«»‹›„‟‚‛“”‘’\"'";
            let mut s = String::new();
            while s.len() < n {
                s.push_str("Smith");
                s.push_str(chars);
                s.push_str(" said 3. ");
            }
            s
        }
        "right-to-left text" => {
            "قال المسؤولون إن 12 شخصا أصيبوا يوم الجمعة. אמר הדובר כי הגשר נסגר. ".repeat(n / 120)
        }
        "NUL bytes after the first 8 KiB" => format!(
            "{}{}",
            sentences(8192, "\n\n"),
            "Smith said\0 it rose\0 5%. ".repeat(n / 26)
        ),
        "byte-order mark" => format!("\u{feff}outlet: X\n\n{}", sentences(n, "\n\n")),
        "CRLF line ends" => sentences(n, "\r\n\r\n"),
        _ => String::new(),
    };
    s.into_bytes()
}

const KINDS: &[&str] = &[
    "one sentence, no punctuation",
    "quote marks",
    "unbalanced quotes and parentheses",
    "deeply nested parentheses",
    "deeply nested quotes",
    "short lines",
    "one long line",
    "unicode spaces, dashes, quotes",
    "right-to-left text",
    "NUL bytes after the first 8 KiB",
    "byte-order mark",
    "CRLF line ends",
];

fn run(bytes: &[u8], engine: &Engine) -> Duration {
    let t = Instant::now();
    let mut docs = Vec::new();
    for name in ["a.txt", "b.txt"] {
        if let Ok(text) = check_text(Path::new(name), bytes.to_vec()) {
            if let Ok(d) = document_from_text(name, text, &engine.lexicon) {
                docs.push(d);
            }
        }
    }
    assign_ids(&mut docs);
    let report = engine.report(&docs, &[], true);
    let out = text::render_compare(&report, &docs, TextOptions::default());
    std::hint::black_box(out.len());
    t.elapsed()
}

fn main() {
    let quick = std::env::var_os("CLAIMDIFF_BENCH_QUICK").is_some();
    let base: usize = if quick { 50_000 } else { 500_000 };
    let engine = Engine::default();
    println!(
        "hostile inputs: time at n and 10n bytes (load, extract, compare with a copy, text report)"
    );
    let mut worst: f64 = 0.0;
    let only = std::env::var("CLAIMDIFF_BENCH_ONLY").unwrap_or_default();
    for kind in KINDS.iter().filter(|k| k.contains(only.as_str())) {
        // Full sizes meet the figures: a 5 MB sentence, a 10 MB line,
        // 100,000 short lines, over 100,000 quote marks.
        let base = match *kind {
            "one long line" if !quick => 1_000_000,
            "short lines" if !quick => 70_000,
            _ => base,
        };
        let small = input(kind, base);
        let large = input(kind, base * 10);
        // Paired runs: each large run is timed right after the best of three
        // small ones, so both sides see the same state of this shared
        // machine; the figure is the median of five paired ratios (and the
        // times shown are the best of each side).
        let mut ratios = Vec::new();
        let (mut ts, mut tl) = (Duration::MAX, Duration::MAX);
        for _ in 0..5 {
            let s = (0..3)
                .map(|_| run(&small, &engine))
                .min()
                .unwrap_or_default();
            let l = run(&large, &engine);
            ratios.push(l.as_secs_f64() / s.as_secs_f64().max(1e-6));
            ts = ts.min(s);
            tl = tl.min(l);
        }
        ratios.sort_by(f64::total_cmp);
        let ratio = ratios[ratios.len() / 2];
        worst = worst.max(ratio);
        println!(
            "{kind:34} {:>6.1} MB {:>8.1} ms   {:>6.1} MB {:>8.1} ms   x{ratio:>5.2} {}",
            small.len() as f64 / 1e6,
            ts.as_secs_f64() * 1e3,
            large.len() as f64 / 1e6,
            tl.as_secs_f64() * 1e3,
            if ratio <= 12.0 {
                "ok"
            } else {
                "MISSED (target <= 12)"
            }
        );
    }
    println!("worst growth x{worst:.2} for ten times the input (target <= 12)");
}
