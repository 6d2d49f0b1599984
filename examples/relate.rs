//! Development aid: how pairs of words relate in the bundled word knowledge.
//!
//! `cargo run --example relate -- freed,released rose,fell jobs,staff`
#![allow(clippy::print_stdout)]

use claimdiff::lexicon::Lexicon;
use claimdiff::lexicon::concept::{relate, relate_deep, relate_nouns};
use claimdiff::lexicon::wordnet::{Pos, WordNet};

fn main() {
    let wn = WordNet::builtin();
    let lx = Lexicon::builtin();
    let lemma = |w: &str| {
        [Pos::Verb, Pos::Adj, Pos::Noun]
            .iter()
            .find_map(|&p| wn.lemmas(w, p).first().copied())
    };
    let noun = |w: &str| wn.lemmas(w, Pos::Noun).first().copied();
    for pair in std::env::args().skip(1) {
        let (a, b) = pair.split_once(',').unwrap_or((&pair, &pair));
        let pred = lemma(a).zip(lemma(b));
        println!(
            "{a} / {b}: predicate {:?}, every sense {:?}, nouns {:?}",
            pred.and_then(|(x, y)| relate(lx, x, y)),
            pred.and_then(|(x, y)| relate_deep(lx, x, y)),
            noun(a)
                .zip(noun(b))
                .and_then(|(x, y)| relate_nouns(lx, x, y))
        );
    }
}
