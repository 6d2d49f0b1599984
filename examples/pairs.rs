//! Development aid: prints the similarity of every pair of claims whose
//! texts contain the given words, to see why two claims did or did not align.
//!
//! `cargo run --example pairs -- "word in claim A" "word in claim B" FILE...`
#![allow(clippy::print_stdout)]

use std::path::PathBuf;

use claimdiff::lexicon::Lexicon;
use claimdiff::load::{LoadOptions, load_all};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        println!("usage: pairs NEEDLE_A NEEDLE_B FILE...");
        return;
    }
    let (na, nb) = (&args[0], &args[1]);
    let paths: Vec<PathBuf> = args[2..].iter().map(PathBuf::from).collect();
    let lx = Lexicon::builtin();
    let (docs, _) = load_all(&paths, &LoadOptions::default(), lx);
    let claims: Vec<_> = docs
        .iter()
        .flat_map(|d| claimdiff::claims::extract(d, lx))
        .collect();
    let terms = claimdiff::align::build_terms(&claims, lx);
    let names = claimdiff::align::Names::learn(&claims, lx);
    let frame = |c: &claimdiff::claims::Claim| {
        let f = &c.frame;
        let part = |p: &Option<claimdiff::claims::Participant>| {
            p.as_ref().map_or("-".to_string(), |p| p.head.clone())
        };
        format!(
            "{} S={} O={}{}",
            f.predicate.as_ref().map_or("-", |p| p.lemma.as_str()),
            part(&f.subject),
            part(&f.object),
            if f.passive { " (passive)" } else { "" }
        )
    };
    for (i, a) in claims.iter().enumerate() {
        if !a.text.contains(na.as_str()) {
            continue;
        }
        for (j, b) in claims.iter().enumerate() {
            if i == j || !b.text.contains(nb.as_str()) {
                continue;
            }
            println!(
                "{} ~ {}: sim {:.3} containment {:.3} shared {:?}",
                a.id,
                b.id,
                terms.sim(i, j),
                terms.containment(i, j),
                terms.shared(i, j)
            );
            println!("   A frame: {} | B frame: {}", frame(a), frame(b));
            let actor = |c: &claimdiff::claims::Claim| {
                c.frame
                    .actor()
                    .map(|p| format!("{} name={}", p.text, p.name))
                    .unwrap_or_default()
            };
            println!("   actors: {} | {}", actor(a), actor(b));
            println!(
                "   named speakers: {} {}; sources {:?} | {:?}",
                a.facts.named_speaker,
                b.facts.named_speaker,
                a.sources
                    .iter()
                    .map(|s| (&s.name, s.kind, s.span))
                    .collect::<Vec<_>>(),
                b.sources
                    .iter()
                    .map(|s| (&s.name, s.kind, s.span))
                    .collect::<Vec<_>>()
            );
            println!(
                "   event: {:?}",
                claimdiff::compare::event::event_match(a, b, &names, lx)
            );
            let ev = claimdiff::compare::event::event_match(a, b, &names, lx);
            let num =
                claimdiff::compare::number::check(a, b, lx, &names, terms.sim(i, j), 0.2, &ev)
                    .map(|(x, y)| (x.text.clone(), y.text.clone()));
            println!(
                "   mixed_or_apart {}; acts {:?} | {:?}",
                claimdiff::compare::event::mixed_or_apart(a, b, lx),
                a.frame.acts,
                b.frame.acts
            );
            let dt = claimdiff::compare::date::check(a, b, lx, &terms.vocab, false)
                .map(|(x, y)| (x.text.clone(), y.text.clone()));
            println!("   date check (not one act): {dt:?}");
            println!(
                "   number check: {num:?}; update {} {}; gap {:?}",
                a.facts.update,
                b.facts.update,
                claimdiff::compare::date::gap_days(a, b)
            );
            let figs = |c: &claimdiff::claims::Claim| {
                c.numbers
                    .iter()
                    .map(|n| {
                        format!(
                            "{} v={} q={:?} noun={:?} verb={:?}/{:?} unit={:?} whole={} part={}",
                            n.text,
                            n.value,
                            n.qualifier,
                            n.noun,
                            n.verb,
                            n.verb_before,
                            n.unit,
                            n.whole,
                            n.part
                        )
                    })
                    .collect::<Vec<_>>()
            };
            if std::env::var_os("PAIRS_FULL").is_some() {
                println!(
                    "   A numbers: {:?}\n   B numbers: {:?}",
                    a.numbers, b.numbers
                );
            }
            println!("   A figures: {:?}", figs(a));
            println!("   B figures: {:?}", figs(b));
            for (side, c) in [("A", a), ("B", b)] {
                for r in &c.facts.roles {
                    println!(
                        "   {side} role: {} qual={:?} person={} title={}",
                        r.role, r.qualifier, r.person, r.title
                    );
                }
            }
            for (side, c) in [("A", a), ("B", b)] {
                for p in &c.places {
                    println!(
                        "   {side} place: {} prep={:?} anchor={:?} {:?}",
                        p.name, p.prep, p.anchor.verb, p.anchor.words
                    );
                }
                for d in &c.dates {
                    println!(
                        "   {side} date: {} {:?} alt={:?} prep={:?} anchor={:?} {:?}",
                        d.text,
                        d.value,
                        d.alt.map(|v| v.to_string()),
                        d.prep,
                        d.anchor.verb,
                        d.anchor.words
                    );
                }
            }
            println!(
                "   A terms: {:?}",
                terms.of_claim[i]
                    .iter()
                    .map(|&t| (
                        &terms.names[t as usize],
                        (terms.weight[t as usize] * 100.0).round() / 100.0
                    ))
                    .collect::<Vec<_>>()
            );
            println!(
                "   B terms: {:?}",
                terms.of_claim[j]
                    .iter()
                    .map(|&t| (
                        &terms.names[t as usize],
                        (terms.weight[t as usize] * 100.0).round() / 100.0
                    ))
                    .collect::<Vec<_>>()
            );
        }
    }
}
