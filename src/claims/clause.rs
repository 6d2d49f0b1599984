//! Clauses: one sentence can hold several claims ("CBS reported three dead,
//! while NBC put the toll at four"). A sentence's proposition is cut at `;`
//! and at a comma followed by a coordinating word (`and`, `but`, `while`,
//! `whereas`, `adding`) when what follows reads as a clause of its own: it
//! starts a subject or a `that`-clause and holds a verb. Never inside a
//! quotation.

use crate::lexicon::Lexicon;
use crate::parse::token::{Tokens, flag};

/// How a clause joins the one before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Join {
    /// The first clause.
    First,
    /// "and", ";", "adding that": same speaker, more content.
    And,
    /// "but", "while", "whereas", "however": a contrast, possibly another source.
    Contrast,
    /// "and that": a second proposition of the same cue.
    That,
}

/// A clause: token range and how it joins the previous.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clause {
    /// Token range `[t0, t1)`.
    pub toks: (usize, usize),
    /// Join to the previous clause.
    pub join: Join,
}

/// Auxiliaries that open a verb phrase of their own.
const AUX: &[&str] = &[
    "will", "would", "has", "had", "have", "is", "was", "were", "are", "could", "may", "might",
    "did", "does", "can", "should", "must",
];

/// Verbs besides auxiliaries and cues that show a clause ("put", "remained").
const VERBS: &[&str] = &["put", "made", "remains", "remained"];

pub(super) fn looks_like_clause(toks: &Tokens, a: usize, b: usize, lx: &Lexicon) -> bool {
    if b <= a + 2 {
        return false;
    }
    let first = toks.lower(a);
    let subject_start = matches!(
        first,
        "the"
            | "a"
            | "an"
            | "its"
            | "his"
            | "her"
            | "their"
            | "he"
            | "she"
            | "it"
            | "they"
            | "we"
            | "i"
            | "this"
            | "that"
            | "there"
            | "those"
            | "these"
            | "no"
            | "officials"
            | "police"
    ) || toks.toks[a].has(flag::CAP)
        || toks.toks[a].has(flag::DIGIT)
        || plural_noun(first);
    if !subject_start {
        return false;
    }
    // A subject may carry a parenthetical: "the Globe and Mail, citing two
    // people familiar with the matter, said".
    (a + 1..b.min(a + 18)).any(|i| {
        let w = toks.lower(i);
        lx.is_aux(w)
            || VERBS.contains(&w)
            || lx.cues.contains_key(w)
            || (w.ends_with("ed") && w.len() > 4 && !toks.toks[i].has(flag::CAP))
            // Irregular past forms ("spent", "took"), not irregular plurals.
            || (lx.irregular.contains_key(w) && !matches!(w, "people" | "men" | "women" | "children"))
    })
}

/// A plural noun that may open a clause as its subject ("..., and
/// organisers said", "..., but residents were").
fn plural_noun(w: &str) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    crate::lexicon::plural_noun_form(w) && WordNet::builtin().lemma(w, Pos::Verb).is_none()
}

/// Splits tokens `[a, b)` into clauses; `in_quote(i)` tells whether token `i` is quoted.
pub fn split_clauses(
    toks: &Tokens,
    a: usize,
    b: usize,
    in_quote: &dyn Fn(usize) -> bool,
    lx: &Lexicon,
) -> Vec<Clause> {
    let mut out = Vec::new();
    let mut start = a;
    let mut join = Join::First;
    let mut i = a + 1;
    while i < b {
        if in_quote(i) || toks.toks[i].is_quote() {
            i += 1;
            continue;
        }
        let w = toks.lower(i);
        let mut cut: Option<(usize, usize, Join)> = None; // (end of this clause, start of next, join)
        if w == ";" {
            cut = Some((i, i + 1, Join::And));
        } else if w == "and" && toks.lower(i + 1) == "that" && i + 2 < b {
            // "said X and that Y": a second proposition of the same cue.
            cut = Some((i, i + 2, Join::That));
        } else if matches!(w, "and" | "but" | "while")
            && i + 3 < b
            && toks.lower(i - 1) != ","
            // Not two names of one subject ("whether Smith and Jones will").
            && !toks.toks[i - 1].has(flag::CAP)
            && (start..i).any(|k| AUX.contains(&toks.lower(k)))
            && {
                // "... and Kesmark will free nine soldiers": a subject (a
                // name, or "the" and a noun) and an auxiliary right after.
                let named = toks.toks[i + 1].has(flag::CAP) && toks.lower(i + 1) != "i";
                let described = toks.lower(i + 1) == "the";
                (named || described)
                    && (i + 2..(i + 5).min(b)).any(|k| AUX.contains(&toks.lower(k)))
                    && (i + 2..(i + 5).min(b))
                        .take_while(|&k| !AUX.contains(&toks.lower(k)))
                        .all(|k| toks.toks[k].is_word() && !lx.cues.contains_key(toks.lower(k)))
            }
        {
            let j = if w == "and" {
                Join::And
            } else {
                Join::Contrast
            };
            cut = Some((i, i + 1, j));
        } else if w == "," && i + 1 < b {
            let n = toks.lower(i + 1);
            let (skip, j) = match n {
                "and" if toks.lower(i + 2) == "that" => (3, Join::That),
                "and" if toks.lower(i + 2) == "separately" => (3, Join::And),
                "and" => (2, Join::And),
                // "said X, but that Y": a second proposition of the same cue.
                "but" if toks.lower(i + 2) == "that" => (3, Join::That),
                "but" | "while" | "whereas" | "although" | "though" => (2, Join::Contrast),
                "adding" if toks.lower(i + 2) == "that" => (3, Join::That),
                _ => (0, Join::And),
            };
            if skip > 0 {
                let next = i + skip;
                let is_clause = j == Join::That || looks_like_clause(toks, next, b, lx);
                if is_clause {
                    cut = Some((i, next, j));
                }
            }
        }
        if let Some((end, next, j)) = cut {
            if end > start && next < b {
                out.push(Clause {
                    toks: (start, end),
                    join,
                });
                start = next;
                join = j;
                i = next;
                continue;
            }
        }
        i += 1;
    }
    if b > start {
        out.push(Clause {
            toks: (start, b),
            join,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::token::tokenize;

    fn clauses(text: &str) -> Vec<(String, Join)> {
        let toks = tokenize(text, 0, text.len());
        split_clauses(&toks, 0, toks.len(), &|_| false, Lexicon::builtin())
            .iter()
            .map(|c| {
                (
                    toks.toks[c.toks.0]
                        .span
                        .cover(toks.toks[c.toks.1 - 1].span)
                        .slice(text)
                        .to_string(),
                    c.join,
                )
            })
            .collect()
    }

    #[test]
    fn contrast_and_coordination() {
        let c = clauses("CBS reported three had died, while NBC News put the toll at four");
        assert_eq!(
            c[1],
            ("NBC News put the toll at four".into(), Join::Contrast)
        );
        let c = clauses("He signed on Thursday, and the clubs had settled on a fee");
        assert_eq!(c.len(), 2);
        let c = clauses("it made no report, and that the line had passed");
        assert_eq!(c[1].1, Join::That);
        let c = clauses("it had offered $3bn and that a deal could come");
        assert_eq!(c[1], ("a deal could come".into(), Join::That));
    }

    #[test]
    fn coordinated_clauses_without_a_comma() {
        let c = clauses("Tavorra will release 14 prisoners and Kesmark will free nine soldiers");
        assert_eq!(c.len(), 2);
        assert_eq!(c[1].0, "Kesmark will free nine soldiers");
        // Not two subjects of one verb, nor a first part without a verb.
        assert_eq!(clauses("Smith and Jones will appeal the ruling").len(), 1);
        assert_eq!(
            clauses("The court will decide on Friday whether Smith and Jones will stand trial")
                .len(),
            1
        );
        assert_eq!(
            clauses("The mayor will visit on Monday and the governor said he would come").len(),
            1
        );
    }

    #[test]
    fn lists_are_not_clauses() {
        assert_eq!(clauses("it sold bikes, scooters, and helmets").len(), 1);
        assert_eq!(clauses("including nine fires and two injuries").len(), 1);
    }
}
