//! Development aid: prints each sentence's parts of speech and each claim's
//! frame, to see why a predicate or a participant was (not) found.
//!
//! `cargo run --example frames -- "A sentence. Another one."` or `-- --file PATH`
#![allow(clippy::print_stdout)]

use claimdiff::lexicon::Lexicon;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let text = match args.as_slice() {
        [flag, path] if flag == "--file" => std::fs::read_to_string(path).unwrap_or_default(),
        _ => format!("outlet: Example\n\n{}\n", args.join(" ")),
    };
    let lx = Lexicon::builtin();
    let Ok(doc) = claimdiff::load::document_from_text("example", text, lx) else {
        println!("not a document");
        return;
    };
    let p = claimdiff::parse::parse(&doc, lx);
    let syn = claimdiff::syntax::analyze(&p, lx);
    for s in &p.sentences {
        let words: Vec<String> = (s.toks.0..s.toks.1)
            .map(|i| {
                let cap = if p.toks.toks[i].has(claimdiff::parse::token::flag::CAP) {
                    "^"
                } else {
                    ""
                };
                format!("{cap}{}/{:?}", p.toks.lower(i), syn.tags[i])
            })
            .collect();
        println!("{}", words.join(" "));
    }
    for (si, names) in p.names.iter().enumerate() {
        for n in names {
            println!(
                "name {si}: {:?} {:?} {:?} {:?} {:?}",
                n.text, n.name, n.kind, n.title, n.toks
            );
        }
    }
    for c in claimdiff::claims::extract_parsed(&doc, &p, lx) {
        let f = &c.frame;
        let head = |x: &Option<claimdiff::claims::Participant>| {
            x.as_ref().map_or("-".to_string(), |p| p.head.clone())
        };
        println!(
            "{:<14} S={:<16} O={:<12} {} acts={:?} {:?} | {}",
            f.predicate.as_ref().map_or("-", |p| p.lemma.as_str()),
            head(&f.subject),
            head(&f.object),
            if f.passive { "P" } else { " " },
            f.acts,
            f.predicate.as_ref().and_then(|p| p.id),
            c.text
        );
    }
}
