//! Headline case: in a Title Case line ("Macaulay Culkin Dead? Another
//! Death Hoax Circulates On Facebook") every word is capitalised, so a
//! capital says nothing of a name. Such a sentence has the capital of its
//! common words cleared (their CAP flag), so that names, cues and parts of
//! speech read it as running text: "Dead", "Hoax", "Circulates", "Denies"
//! are words again; "Macaulay Culkin" and "Facebook" stay names.
//!
//! A word keeps its capital when a dictionary does not know it in lowercase
//! ("Culkin", "Facebook"), when it is a first name, a town, an outlet or a
//! place, when it is all capitals ("ISIS"), or when the document writes it
//! capitalised inside a sentence of running text ("Apple said ...").

use rustc_hash::FxHashSet as HashSet;

use crate::lexicon::Lexicon;
use crate::lexicon::wordnet::{Pos, WordNet};
use crate::parse::sentence::Sentence;
use crate::parse::token::{Tokens, flag};

/// Least share of capitalised words (after the first) for Title Case.
const SHARE: f64 = 0.7;

/// True when a sentence is in Title Case: at least three words after the
/// first, seven in ten of them capitalised, function words included ("Is",
/// "To", "On").
pub fn is_title_case(toks: &Tokens, s: &Sentence, lx: &Lexicon) -> bool {
    let (a, b) = s.toks;
    let words: Vec<usize> = (a..b)
        .filter(|&i| {
            let t = &toks.toks[i];
            t.is_word() && t.has(flag::ALPHA) && !t.has(flag::DIGIT)
        })
        .skip(1)
        .collect();
    if words.len() < 3 {
        return false;
    }
    let caps = words
        .iter()
        .filter(|&&i| toks.toks[i].has(flag::CAP) && !toks.toks[i].has(flag::ALLCAPS))
        .count();
    // A run of names ("Prime Minister Jane Doe Meets President ...") is
    // capitalised too; Title Case capitalises its function words as well.
    let function_caps = words
        .iter()
        .filter(|&&i| toks.toks[i].has(flag::CAP) && lx.is_stop(toks.lower(i)))
        .count();
    let function_words = words.iter().filter(|&&i| lx.is_stop(toks.lower(i))).count();
    // Some styles keep short function words lowercase ("Kills 2 Women in
    // Kraft Factory Shooting"): then nearly every other word is capitalised.
    let content = words.len() - function_words;
    let content_caps = words
        .iter()
        .filter(|&&i| {
            let t = &toks.toks[i];
            t.has(flag::CAP) && !t.has(flag::ALLCAPS) && !lx.is_stop(toks.lower(i))
        })
        .count();
    caps as f64 >= SHARE * words.len() as f64
        && (function_words == 0 || function_caps * 2 >= function_words)
        || content >= 4 && content_caps * 10 >= content * 9
}

/// True for a word that stays a name in a headline.
fn keeps_capital(toks: &Tokens, i: usize, lx: &Lexicon, running_caps: &HashSet<&str>) -> bool {
    let t = &toks.toks[i];
    let w = toks.lower(i);
    if t.has(flag::ALLCAPS) || running_caps.contains(w) {
        return true;
    }
    // A modal that is also a first name ("May", "Will") before a verb is
    // the modal: "Apple May Buy Path", "Tesla Will Pick Nevada".
    if modal_before_verb(toks, i) {
        return false;
    }
    if crate::lexicon::names::is_first_name(w)
        || crate::lexicon::names::town(w).is_some()
        || lx.places.starts_with(w)
        || lx.class_of(w) & crate::lexicon::class::OUTLET != 0
    {
        return !lx.is_stop(w);
    }
    if lx.is_stop(w) {
        return false;
    }
    let wn = WordNet::builtin();
    let known = [Pos::Noun, Pos::Verb, Pos::Adj, Pos::Adv]
        .iter()
        .any(|&p| wn.lemma(w, p).is_some());
    !known
}

/// True when word `i` is a modal ("may", "will") and the next token a
/// verb's base form ("Buy", "Be", "Have") or an adverb of time ("Soon").
fn modal_before_verb(toks: &Tokens, i: usize) -> bool {
    if crate::syntax::tag::closed_tag(toks.lower(i)) != Some(crate::syntax::tag::Tag::Modal)
        || i + 1 >= toks.len()
        || !toks.toks[i + 1].is_word()
        || toks.toks[i + 1].has(flag::DIGIT)
    {
        return false;
    }
    // After a first name it is a surname ("Theresa May Meets ..."); after a
    // preposition the month ("Moved To May Bank Holiday").
    if i > 0
        && (crate::lexicon::names::is_first_name(toks.lower(i - 1))
            || crate::syntax::tag::closed_tag(toks.lower(i - 1)).is_some_and(|t| {
                matches!(
                    t,
                    crate::syntax::tag::Tag::Prep | crate::syntax::tag::Tag::To
                )
            }))
    {
        return false;
    }
    let next = toks.lower(i + 1);
    matches!(
        next,
        "not" | "soon" | "also" | "now" | "still" | "never" | "already" | "finally"
    ) || WordNet::builtin()
        .lemma(next, Pos::Verb)
        .is_some_and(|l| WordNet::builtin().text(l) == next)
}

/// Clears the capital of the common words of every Title Case sentence.
pub fn normalise(toks: &mut Tokens, sentences: &[Sentence], lx: &Lexicon) {
    let title: Vec<bool> = sentences
        .iter()
        .map(|s| is_title_case(toks, s, lx))
        .collect();
    if !title.iter().any(|&t| t) {
        return;
    }
    // Words the document capitalises inside running sentences.
    let running: Vec<Sentence> = sentences
        .iter()
        .zip(&title)
        .filter(|(_, t)| !**t)
        .map(|(s, _)| s.clone())
        .collect();
    let running_caps: HashSet<String> = super::names::mid_sentence_caps(toks, &running)
        .into_iter()
        .map(String::from)
        .collect();
    let running_caps: HashSet<&str> = running_caps.iter().map(String::as_str).collect();
    let mut clear: Vec<usize> = Vec::new();
    for (s, _) in sentences.iter().zip(&title).filter(|(_, t)| **t) {
        for i in s.toks.0..s.toks.1 {
            let t = &toks.toks[i];
            if t.is_word() && t.has(flag::CAP) && !keeps_capital(toks, i, lx, &running_caps) {
                clear.push(i);
            }
        }
    }
    for i in clear {
        toks.clear_flag(i, flag::CAP);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalised(text: &str) -> Vec<(String, bool)> {
        let lx = Lexicon::builtin();
        let mut toks = crate::parse::token::tokenize(text, 0, text.len());
        toks.classify(lx);
        let sentences = crate::parse::sentence::split_sentences(&toks, 0, toks.len(), lx);
        normalise(&mut toks, &sentences, lx);
        (0..toks.len())
            .filter(|&i| toks.toks[i].is_word())
            .map(|i| (toks.lower(i).to_string(), toks.toks[i].has(flag::CAP)))
            .collect()
    }

    fn capital(text: &str, word: &str) -> bool {
        normalised(text)
            .into_iter()
            .find(|(w, _)| w == word)
            .unwrap_or_else(|| panic!("no {word}"))
            .1
    }

    #[test]
    fn headline_words_lose_their_capital_names_keep_theirs() {
        let h = "Another Death Hoax About Macaulay Culkin Circulates On Facebook";
        assert!(!capital(h, "hoax"));
        assert!(!capital(h, "circulates"));
        assert!(!capital(h, "on"));
        assert!(capital(h, "macaulay"));
        assert!(capital(h, "culkin"));
        assert!(capital(h, "facebook"));
        // Short function words kept lowercase.
        let h = "Gunman Kills 2 Women in Kraft Factory Shooting";
        assert!(!capital(h, "kills"));
        assert!(!capital(h, "shooting"));
        let h = "US Denies It Threatened Foley Family";
        assert!(!capital(h, "denies"));
        assert!(capital(h, "us"));
    }

    #[test]
    fn a_modal_that_is_a_first_name_is_the_modal_before_a_verb() {
        assert!(!capital("Apple May Buy Social Network Path", "may"));
        assert!(!capital(
            "Islamic State May Have Seized Fighter Jets",
            "may"
        ));
        assert!(!capital(
            "Tesla Will Pick Nevada For Its Battery Plant",
            "will"
        ));
        // Before a name or a figure it stays what it was.
        assert!(capital(
            "Vote Set For May 5 After Council Deal Collapses",
            "may"
        ));
        assert!(capital(
            "Harbour Market Moved To May Bank Holiday Weekend",
            "may"
        ));
        assert!(capital(
            "Theresa May Meets Party Leaders Over Budget Deal",
            "may"
        ));
    }

    #[test]
    fn running_text_is_left_alone() {
        let s = "The Central Bank of Kenya cut its rate on Tuesday.";
        assert!(capital(s, "central"));
        assert!(capital(s, "bank"));
        // A name the document writes in running text keeps its capital in a headline.
        let t = "Apple Unveils New Watch In Cupertino Event\n\nThe watch will ship in March, Apple said.";
        assert!(
            normalised(t)
                .iter()
                .filter(|(w, _)| w == "apple")
                .all(|(_, c)| *c)
        );
        assert!(!capital(t, "unveils"));
    }
}
