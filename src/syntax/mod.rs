//! Stage 2b, syntax: shallow syntax between parse and claims. Each token
//! gets a part of speech ([`Tag`]) and a WordNet lemma; over a range of
//! tokens, [`noun_groups`] and [`verb_groups`] find the phrases that
//! attribution and event frames both read.
//!
//! It is what a dependency parse gives its users, cut down to what a rule
//! reader of news needs: who (a noun group and its head), did what (a verb
//! group: lemma, particle, negation, voice, complement), to whom.

pub mod group;
pub mod tag;

pub use group::{NounGroup, VerbGroup, noun_groups, verb_groups};
pub use tag::{Tag, time_noun};

use crate::lexicon::Lexicon;
use crate::lexicon::wordnet::WordId;
use crate::parse::Parsed;

/// The shallow syntax of a document.
#[derive(Clone, Debug, Default)]
pub struct Syntax {
    /// Part of speech of each token.
    pub tags: Vec<Tag>,
    /// WordNet lemma of each noun, verb or adjective token.
    pub lemmas: Vec<Option<WordId>>,
}

/// Tags a parsed document.
pub fn analyze(p: &Parsed, lx: &Lexicon) -> Syntax {
    let (tags, lemmas) = tag::tag_document(p, lx);
    Syntax { tags, lemmas }
}

/// True when the subject pronoun at `k` opens a relative clause without
/// "that", right after a noun for a thing ("found money we did not think we
/// had", "The account they used did not require ..."). After a word for a
/// person it starts what they were told ("told workers they would not be
/// paid").
pub fn contact_relative(toks: &crate::parse::token::Tokens, syn: &Syntax, k: usize) -> bool {
    if k == 0
        || syn.tags.get(k) != Some(&Tag::Pron)
        || !matches!(toks.lower(k), "we" | "he" | "she" | "they" | "i" | "you")
        || syn.tags[k - 1] != Tag::Noun
        // "told people they would be paid" reports what they were told.
        || crate::parse::names::person_noun(toks.lower(k - 1))
        || toks.lower(k - 1) == "people"
    {
        return false;
    }
    // Not a noun in a prepositional phrase before a reported clause
    // ("acknowledged in a statement they had not warned residents").
    let mut j = k - 1;
    while j > 0
        && matches!(
            syn.tags[j - 1],
            Tag::Noun | Tag::Adj | Tag::Det | Tag::Poss | Tag::Num
        )
    {
        j -= 1;
    }
    j == 0 || !matches!(syn.tags[j - 1], Tag::Prep | Tag::To)
}
