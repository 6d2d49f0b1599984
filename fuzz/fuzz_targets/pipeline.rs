//! Fuzzes load → extract → compare → report on arbitrary bytes: the input
//! is cut into up to three "files" at 0xFF bytes (never valid UTF-8, so the
//! separator cannot come from text). Checks the invariants every run must
//! keep: no panic, every span on char boundaries of its file, claim text equal
//! to the file's bytes at its span, and renderers that never fail.
#![no_main]

use claimdiff::lexicon::Lexicon;
use claimdiff::load::{assign_ids, check_text, document_from_text};
use claimdiff::report::text::TextOptions;
use claimdiff::report::{markdown, text};
use claimdiff::Engine;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let lx = Lexicon::builtin();
    let mut docs = Vec::new();
    for (i, part) in data.split(|&b| b == 0xff).take(3).enumerate() {
        let name = format!("f{i}.txt");
        let Ok(text) = check_text(std::path::Path::new(&name), part.to_vec()) else { continue };
        if let Ok(d) = document_from_text(&name, text, lx) {
            docs.push(d);
        }
    }
    assign_ids(&mut docs);
    let engine = Engine::default();
    let report = engine.report(&docs, &[], true);
    for c in &report.claims {
        let doc = docs.iter().find(|d| d.id == c.doc).expect("a claim's document");
        let t = &doc.text;
        assert!(t.is_char_boundary(c.span.start()) && t.is_char_boundary(c.span.end()));
        assert_eq!(&t[c.span.start()..c.span.end()], c.text);
        for s in c.sources.iter().filter_map(|s| s.span) {
            assert!(t.get(s.start()..s.end()).is_some());
        }
        for sp in c.numbers.iter().map(|n| n.span).chain(c.dates.iter().map(|d| d.span)).chain(c.quotes.iter().map(|q| q.span)) {
            assert!(t.get(sp.start()..sp.end()).is_some());
        }
    }
    let _ = report.to_json();
    let _ = text::render_compare(&report, &docs, TextOptions { color: true });
    let _ = text::render_extract(&report, &docs, TextOptions::default());
    let _ = markdown::render(&report, &docs);
});
