//! Sentences: cutting a document's tokens at sentence ends that survive news
//! text: abbreviations (U.S., Nov. 16, Mr. Musk, Gov., a.m.), initials
//! (John F. Kennedy), decimals, ellipses, quotes closing after the period
//! (`."` `.”`), question marks inside quotes before "she asked", paragraphs.
//!
//! A period, `!`, `?` or `…` (with any closing quotes and brackets after it)
//! ends a sentence when the next token starts a sentence: a capital letter,
//! a digit or an opening quote; or when a paragraph ends. After an
//! abbreviation it ends one only before a word that usually starts a
//! sentence ("The", "He", "In"), and never after a title (Mr., Gov.) or a
//! month followed by a day (Nov. 16).

use crate::lexicon::{AbbrevClass, Lexicon};
use crate::parse::token::{QuoteMark, TokKind, Tokens, flag};
use crate::span::Span;

/// A sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Sentence {
    /// Token range `[t0, t1)`.
    pub toks: (usize, usize),
    /// Text covered.
    pub span: Span,
    /// Paragraph number, from 0.
    pub para: usize,
}

fn is_terminal(toks: &Tokens, i: usize) -> bool {
    let t = &toks.toks[i];
    matches!(t.kind, TokKind::Punct('.' | '!' | '?' | '…'))
}

fn is_closer(toks: &Tokens, i: usize) -> bool {
    let t = &toks.toks[i];
    match t.kind {
        TokKind::Quote(
            QuoteMark::CloseDouble | QuoteMark::CloseSingle | QuoteMark::Double | QuoteMark::Single,
        ) => !t.has(flag::SPACE_BEFORE),
        TokKind::Punct(')' | ']') => !t.has(flag::SPACE_BEFORE),
        _ => false,
    }
}

/// True for a capitalised word that usually starts a sentence: a function
/// word or pronoun ("The", "He", "In", "But"); not a verb of saying, which
/// in a Title Case headline follows its source ("Leader Is Dead, U.S. Says").
fn is_starter(toks: &Tokens, i: usize, lx: &Lexicon) -> bool {
    let Some(t) = toks.get(i) else { return true };
    match t.kind {
        TokKind::Quote(QuoteMark::OpenDouble | QuoteMark::Double | QuoteMark::OpenSingle) => true,
        TokKind::Word => {
            let w = toks.lower(i);
            t.has(flag::CAP) && lx.is_stop(w) && !lx.cues.contains_key(w)
        }
        _ => false,
    }
}

/// True when token `i` can open a new sentence.
fn can_open(toks: &Tokens, i: usize) -> bool {
    let Some(t) = toks.get(i) else { return true };
    match t.kind {
        TokKind::Word => t.has(flag::CAP) || t.has(flag::DIGIT) || !t.has(flag::ALPHA),
        TokKind::Quote(
            QuoteMark::OpenDouble | QuoteMark::Double | QuoteMark::OpenSingle | QuoteMark::Single,
        ) => t.has(flag::SPACE_BEFORE),
        TokKind::Punct('(' | '[' | '$' | '£' | '€' | '-' | '—' | '–' | '•' | '*') => true,
        _ => false,
    }
}

/// For each token of `[t0, t1)`, whether its block of lines is read a line
/// a paragraph: two or more lines, three in five of them ending in a
/// sentence's final mark.
pub(crate) fn line_blocks(toks: &Tokens, t0: usize, t1: usize) -> Vec<bool> {
    let mut out = vec![false; t1 - t0];
    let mut a = t0;
    while a < t1 {
        let mut b = a + 1;
        while b < t1 && !toks.toks[b].has(flag::PARA) {
            b += 1;
        }
        // Line ends: the token before each line start, and the block's last.
        let mut lines = 0usize;
        let mut ended = 0usize;
        let mut end_at = |k: usize| {
            lines += 1;
            let mut j = k;
            while j > a && (is_closer(toks, j) || toks.toks[j].is_punct(')')) {
                j -= 1;
            }
            if is_terminal(toks, j) {
                ended += 1;
            }
        };
        for k in a + 1..b {
            if toks.toks[k].has(flag::LINE) {
                end_at(k - 1);
            }
        }
        end_at(b - 1);
        let mode = lines >= 2 && ended * 5 >= lines * 3;
        for x in &mut out[a - t0..b - t0] {
            *x = mode;
        }
        a = b;
    }
    out
}

/// Splits `[t0, t1)` of `toks` into sentences.
pub fn split_sentences(toks: &Tokens, t0: usize, t1: usize, lx: &Lexicon) -> Vec<Sentence> {
    let mut out = Vec::new();
    if t0 >= t1 {
        return out;
    }
    // A block of lines (between blank lines) whose lines mostly end a
    // sentence is read a line a paragraph: "one sentence a line" text, and
    // its headlines without a period. Hard-wrapped prose, whose lines end
    // mid-sentence, is not. Decided a block at a time, so a paragraph
    // before it changes nothing.
    let line_mode_at = line_blocks(toks, t0, t1);
    let line_mode_of = |i: usize| line_mode_at.get(i - t0).copied().unwrap_or(false);
    let mut para = 0usize;
    let mut start = t0;
    let mut i = t0;
    let push = |out: &mut Vec<Sentence>, a: usize, b: usize, para: usize| {
        if b > a {
            out.push(Sentence {
                toks: (a, b),
                span: toks.toks[a].span.cover(toks.toks[b - 1].span),
                para,
            });
        }
    };
    while i < t1 {
        let t = &toks.toks[i];
        let line_mode = line_mode_of(i);
        let breaks = t.has(flag::PARA) || (line_mode && t.has(flag::LINE));
        if i > start && breaks {
            push(&mut out, start, i, para);
            para += 1;
            start = i;
        } else if i > t0 && breaks && i == start {
            para += 1;
        }
        let ends_word = t.is_word() && t.has(flag::DOTTED);
        // A mark that opens a sentence ("… Officials said") ends nothing.
        if (is_terminal(toks, i) && i > start) || ends_word {
            // Ellipsis: "..." as three tokens.
            // Closing marks belong to this sentence, never across a line or
            // paragraph break ("noon.\n\n… Officials" is two paragraphs).
            let breaks_at = |j: usize| {
                let t = &toks.toks[j];
                t.has(flag::PARA) || (line_mode && t.has(flag::LINE))
            };
            let mut j = i + 1;
            while j < t1
                && toks.toks[j].is_punct('.')
                && !toks.toks[j].has(flag::SPACE_BEFORE)
                && !breaks_at(j)
            {
                j += 1;
            }
            let ellipsis = j > i + 1 || t.is_punct('…');
            while j < t1 && (is_closer(toks, j) || is_terminal(toks, j)) && !breaks_at(j) {
                j += 1;
            }
            if j >= t1 {
                i = j;
                continue;
            }
            let next = &toks.toks[j];
            let gap = next.has(flag::SPACE_BEFORE) || next.has(flag::LINE);
            let boundary = gap && can_open(toks, j) && {
                if t.is_punct('.') && !ellipsis || ends_word {
                    !abbreviation_blocks(toks, i, j, lx, ends_word)
                } else {
                    true
                }
            };
            if boundary {
                push(&mut out, start, j, para);
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push(&mut out, start, t1, para);
    out
}

/// True when the period at `i` belongs to an abbreviation that does not end
/// the sentence before token `next`.
fn abbreviation_blocks(toks: &Tokens, i: usize, next: usize, lx: &Lexicon, dotted: bool) -> bool {
    let starter = is_starter(toks, next, lx);
    let next_digit = toks.toks[next].has(flag::DIGIT);
    if dotted {
        // "U.S.", "a.m." inside the token. After a time ("7 p.m. Officials
        // said") a capital opens a sentence unless it is a day, month or zone.
        let w = toks.lower(i);
        if matches!(w, "a.m." | "p.m.") {
            let n = toks.lower(next);
            let cap = toks.toks[next].has(flag::CAP);
            let opens = cap && !lx.dates.contains_key(n) && !crate::parse::number::is_zone(n);
            return !starter && !opens;
        }
        return !starter;
    }
    if i == 0 {
        return false;
    }
    let w = &toks.toks[i - 1];
    if !w.is_word() || w.span.end() != toks.toks[i].span.start() {
        return false;
    }
    let lower = toks.lower(i - 1);
    match lx.abbrev.get(lower) {
        // "Mr. Musk", "Gov. Doe", "No. 5": a title never ends a sentence.
        Some(AbbrevClass::Title) => return true,
        Some(AbbrevClass::Month) => return next_digit || !starter,
        Some(AbbrevClass::Other) => return !starter,
        None => {}
    }
    // A single capital letter: an initial ("John F. Kennedy").
    let word = w.span.len();
    if word == 1 && w.has(flag::CAP) {
        return !starter;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::token::tokenize;

    fn sents(text: &str) -> Vec<String> {
        let toks = tokenize(text, 0, text.len());
        split_sentences(&toks, 0, toks.len(), Lexicon::builtin())
            .iter()
            .map(|s| s.span.slice(text).to_string())
            .collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sents("Mr. Musk met Gov. Jane Doe on Nov. 16 in the U.S. capital. He left."),
            vec![
                "Mr. Musk met Gov. Jane Doe on Nov. 16 in the U.S. capital.",
                "He left."
            ]
        );
        assert_eq!(
            sents("It rose 10.5 percent. Then fell."),
            vec!["It rose 10.5 percent.", "Then fell."]
        );
        assert_eq!(
            sents("Ask John F. Kennedy. He knows."),
            vec!["Ask John F. Kennedy.", "He knows."]
        );
        assert_eq!(
            sents("It hit at 7 p.m. Officials said"),
            vec!["It hit at 7 p.m.", "Officials said"]
        );
        assert_eq!(
            sents("It hit at 7 p.m. Thursday, police said."),
            vec!["It hit at 7 p.m. Thursday, police said."]
        );
    }

    #[test]
    fn abbreviation_at_sentence_end() {
        assert_eq!(
            sents("Fires rose across the U.S. The agency said."),
            vec!["Fires rose across the U.S.", "The agency said."]
        );
        assert_eq!(
            sents("It sold to Acme Inc. The deal closed."),
            vec!["It sold to Acme Inc.", "The deal closed."]
        );
        // A verb of saying after an abbreviation follows its source.
        assert_eq!(
            sents("Group Leader Is Dead, U.S. Says"),
            vec!["Group Leader Is Dead, U.S. Says"]
        );
    }

    #[test]
    fn quotes_closing_after_the_period() {
        assert_eq!(
            sents("“We acted.” She left. \"Why?\" he asked. \"Now,\" she said."),
            vec![
                "“We acted.”",
                "She left.",
                "\"Why?\" he asked.",
                "\"Now,\" she said."
            ]
        );
    }

    #[test]
    fn closing_marks_do_not_cross_a_paragraph() {
        assert_eq!(
            sents("The fire was out by noon.\n\n… Officials later said the roof had collapsed."),
            vec![
                "The fire was out by noon.",
                "… Officials later said the roof had collapsed."
            ]
        );
    }

    #[test]
    fn paragraphs_and_ellipses() {
        assert_eq!(
            sents("No stop here\n\nNext para."),
            vec!["No stop here", "Next para."]
        );
        assert_eq!(
            sents("We waited... and waited. Then"),
            vec!["We waited... and waited.", "Then"]
        );
        assert_eq!(
            sents("We waited… Then it came."),
            vec!["We waited…", "Then it came."]
        );
    }
}
