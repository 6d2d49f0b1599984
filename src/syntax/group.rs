//! Noun groups and verb groups over tagged tokens.
//!
//! - noun group: determiners, possessives, figures, adjectives and nouns
//!   ending in a noun, a name, a figure or a pronoun; its head is the last
//!   noun or name ("the company's 14 injured workers" -> "workers");
//! - verb group: auxiliaries, modals, negations and adverbs, then at most one
//!   main verb and its particle ("had not been freed", "broke down", "took
//!   place"); a form of "be" or a linking verb ("remained") with no main
//!   verb takes the adjective or participle after it as its complement
//!   ("remained closed").

use crate::lexicon::wordnet::{Pos, WordId, WordNet};
use crate::parse::token::{Tokens, flag};

use super::{Syntax, Tag};

/// A noun group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NounGroup {
    /// Token range `[t0, t1)`.
    pub toks: (usize, usize),
    /// The head token.
    pub head: usize,
}

/// A verb group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerbGroup {
    /// Token range `[t0, t1)`, auxiliaries and particle included.
    pub toks: (usize, usize),
    /// The main verb, or the form of "be" / the linking verb of a copula.
    pub head: usize,
    /// The predicate's lemma: the main verb's (with its particle), or the
    /// complement's for a copula ("remained closed" -> close).
    pub lemma: Option<WordId>,
    /// The particle of a multiword verb ("down" of "broke down").
    pub particle: Option<usize>,
    /// "not", "never", "-n't" inside the group.
    pub negated: bool,
    /// A form of "be" before a participle: "were freed".
    pub passive: bool,
    /// A form of "be" or a linking verb with a complement: "remained closed".
    pub complement: Option<usize>,
    /// A modal inside the group ("would", "could").
    pub modal: bool,
}

/// Particles that make multiword verbs with the verb before them.
pub fn particle_like(w: &str) -> bool {
    matches!(
        w,
        "up" | "down"
            | "off"
            | "out"
            | "over"
            | "back"
            | "away"
            | "ahead"
            | "in"
            | "on"
            | "through"
            | "place"
            | "part"
            | "fire"
            | "effect"
            | "hold"
            | "way"
    )
}

/// The multiword verb of a lemma and the word after it ("take" + "place").
pub fn multiword(wn: &WordNet, lemma: WordId, next: &str) -> Option<WordId> {
    let mut s = String::with_capacity(24);
    s.push_str(wn.text(lemma));
    s.push(' ');
    s.push_str(next);
    wn.word(&s).filter(|&w| wn.has(w, Pos::Verb))
}

/// True when a word form looks like a past participle.
fn participle(w: &str, syn: &Syntax, i: usize) -> bool {
    syn.tags[i] == Tag::Verb || (w.ends_with("ed") || w.ends_with("en")) && syn.lemmas[i].is_some()
}

/// Verb groups in `[a, b)`, in text order.
pub fn verb_groups(toks: &Tokens, syn: &Syntax, a: usize, b: usize) -> Vec<VerbGroup> {
    let wn = WordNet::builtin();
    let mut out = Vec::new();
    let mut i = a;
    while i < b {
        let t = syn.tags[i];
        let starts = t.auxiliary() || t == Tag::Verb;
        if !starts {
            i += 1;
            continue;
        }
        let start = i;
        let mut g = VerbGroup {
            toks: (start, start + 1),
            head: start,
            lemma: None,
            particle: None,
            negated: false,
            passive: false,
            complement: None,
            modal: false,
        };
        let mut main: Option<usize> = None;
        let mut last_aux: Option<Tag> = None;
        let mut j = i;
        while j < b {
            let tj = syn.tags[j];
            let w = toks.lower(j);
            if w.ends_with("n't") || w == "cannot" {
                g.negated = true;
            }
            match tj {
                Tag::Modal => {
                    g.modal = true;
                    last_aux = Some(tj);
                }
                Tag::Be | Tag::Have | Tag::Do => last_aux = Some(tj),
                Tag::Neg => g.negated = true,
                Tag::Adv => {}
                Tag::Verb => {
                    main = Some(j);
                    j += 1;
                    break;
                }
                _ => break,
            }
            j += 1;
        }
        // Adverbs after the last auxiliary are not part of a group without a main verb.
        let mut end = j;
        while end > start + 1 && syn.tags[end - 1] == Tag::Adv && main.is_none() {
            end -= 1;
        }
        if let Some(m) = main {
            g.head = m;
            g.lemma = syn.lemmas[m];
            let mw = toks.lower(m);
            g.passive =
                matches!(last_aux, Some(Tag::Be)) && participle(mw, syn, m) && !mw.ends_with("ing");
            // A particle or the noun of a fixed verb: "broke down", "took place".
            if let Some(lemma) = g.lemma {
                let next = toks.lower(end);
                // "in", "on", "over", "through" are particles only at a
                // clause's end ("closed in" is no verb of "closed in the autumn").
                let prepositional = matches!(next, "in" | "on" | "over" | "through")
                    && end + 1 < b
                    && matches!(
                        syn.tags[end + 1],
                        Tag::Det
                            | Tag::Num
                            | Tag::Name
                            | Tag::Poss
                            | Tag::Adj
                            | Tag::Noun
                            | Tag::Pron
                    );
                // "gave way to a deal" is being replaced, no failing.
                let replaced = next == "way" && end + 1 < b && toks.lower(end + 1) == "to";
                if end < b && particle_like(next) && !prepositional && !replaced {
                    if let Some(mw) = multiword(wn, lemma, next) {
                        g.lemma = Some(mw);
                        g.particle = Some(end);
                        end += 1;
                    }
                }
            }
            // A linking verb and its complement: "remained closed", "stayed silent".
            if is_linking(wn.text(g.lemma.unwrap_or(WordId(u32::MAX)))) {
                if let Some(c) = complement_at(toks, syn, end, b) {
                    g.complement = Some(c);
                    g.lemma = complement_lemma(toks, syn, c).or(g.lemma);
                }
            }
        } else {
            // "was" alone: a copula when a complement follows.
            let head = (start..end)
                .rev()
                .find(|&k| syn.tags[k].auxiliary())
                .unwrap_or(start);
            g.head = head;
            if syn.tags[head] == Tag::Be {
                if let Some(c) = complement_at(toks, syn, end, b) {
                    g.complement = Some(c);
                    g.lemma = complement_lemma(toks, syn, c);
                } else if let Some(dir) = direction_at(toks, syn, end, b) {
                    // "bookings are up on last year", "sales were down 4%".
                    g.complement = Some(end);
                    g.lemma = wn.lemma(dir, Pos::Verb);
                }
            } else if syn.tags[head] == Tag::Have {
                g.lemma = wn.word("have");
            }
        }
        g.toks = (start, end.max(start + 1));
        out.push(g);
        i = end.max(start + 1);
    }
    out
}

/// Linking verbs: their complement is the predicate.
fn is_linking(lemma: &str) -> bool {
    matches!(
        lemma,
        "remain" | "stay" | "become" | "seem" | "appear" | "keep" | "prove" | "turn"
    )
}

/// The complement after a copula at `i`: an adjective or a participle,
/// skipping adverbs ("was still closed").
fn complement_at(toks: &Tokens, syn: &Syntax, i: usize, b: usize) -> Option<usize> {
    let mut k = i;
    while k < b && matches!(syn.tags[k], Tag::Adv | Tag::Neg) {
        k += 1;
    }
    (k < b && matches!(syn.tags[k], Tag::Adj | Tag::Verb) && toks.toks[k].is_word()).then_some(k)
}

/// "up" or "down" after a form of "be" as a change, not a preposition:
/// followed by a figure or a comparison ("are up on last year", "were down
/// 4%", "up from 2019"); not "up and running", "up for election", "the
/// website was down".
fn direction_at(toks: &Tokens, syn: &Syntax, i: usize, b: usize) -> Option<&'static str> {
    let dir = match toks.lower(i) {
        "up" => "rise",
        "down" => "fall",
        _ => return None,
    };
    let next_ok = i + 1 < b
        && (syn.tags[i + 1] == Tag::Num
            || matches!(
                toks.lower(i + 1),
                "on" | "from" | "by" | "against" | "compared" | "year-on-year"
            ));
    next_ok.then_some(dir)
}

/// The lemma of a complement: a participle's verb ("closed" -> close), else
/// the adjective.
fn complement_lemma(toks: &Tokens, syn: &Syntax, c: usize) -> Option<WordId> {
    let wn = WordNet::builtin();
    let w = toks.lower(c);
    if w.ends_with("ed") || w.ends_with("en") {
        if let Some(v) = wn.lemma(w, Pos::Verb) {
            return Some(v);
        }
    }
    syn.lemmas[c].or_else(|| wn.lemma(w, Pos::Adj))
}

/// Noun groups in `[a, b)`, in text order.
pub fn noun_groups(toks: &Tokens, syn: &Syntax, a: usize, b: usize) -> Vec<NounGroup> {
    let mut out = Vec::new();
    let mut i = a;
    while i < b {
        let t = syn.tags[i];
        let opens = matches!(
            t,
            Tag::Det | Tag::Poss | Tag::Num | Tag::Adj | Tag::Noun | Tag::Name | Tag::Pron
        ) || (t == Tag::Neg && toks.lower(i) == "no");
        if !opens || !toks.toks[i].is_word() && t != Tag::Num {
            i += 1;
            continue;
        }
        let start = i;
        let mut head: Option<usize> = None;
        let mut j = i;
        while j < b {
            let tj = syn.tags[j];
            let inner = matches!(
                tj,
                Tag::Det | Tag::Poss | Tag::Num | Tag::Adj | Tag::Noun | Tag::Name
            ) || (tj == Tag::Neg && toks.lower(j) == "no" && j == start)
                || (tj == Tag::Adv && j + 1 < b && matches!(syn.tags[j + 1], Tag::Adj | Tag::Num))
                || (tj == Tag::Pron && j == start);
            // A hyphen inside a figure or a name ("12-year-old"), "per cent" after a figure.
            let glue = tj == Tag::Punct
                && toks.lower(j) == "-"
                && !toks.toks[j].has(flag::SPACE_BEFORE)
                && head.is_some();
            // The apostrophe of a plural owner ("Caldmoor Savings' chief").
            let owner_mark = toks.toks[j].is_quote()
                && j > start
                && syn.tags[j - 1] == Tag::Poss
                && !toks.toks[j].has(flag::SPACE_BEFORE);
            // The period of a title before its name ("Mr. Brandvold's claim").
            let title_dot = tj == Tag::Punct
                && toks.lower(j) == "."
                && j > start
                && !toks.toks[j].has(flag::SPACE_BEFORE)
                && j + 1 < b
                && matches!(syn.tags[j + 1], Tag::Name | Tag::Poss)
                && crate::lexicon::Lexicon::builtin()
                    .abbrev
                    .get(toks.lower(j - 1))
                    == Some(&crate::lexicon::AbbrevClass::Title);
            if !inner && !glue && !owner_mark && !title_dot {
                break;
            }
            // A determiner, or a figure after a common noun, opens the next
            // group: "fined the company $18,500" ("Highway 31" stays one).
            // So does an adjective or a name after a common noun ("signed
            // an emergency declaration late Tuesday night").
            if let Some(h) = head {
                let after_noun = syn.tags[h] == Tag::Noun && j > h;
                // A name after a word for a person is who it is ("mediator
                // Judge Evelyn Rusk", "spokesman Ian Cole").
                let named_role = tj == Tag::Name
                    && crate::parse::names::person_noun(toks.lower(h))
                    && !crate::lexicon::Lexicon::builtin()
                        .dates
                        .contains_key(toks.lower(j));
                // A score after a name is no part of it ("beating Lee
                // Tranter 4-2"; "Boeing 737" stays one).
                let score = tj == Tag::Num && syn.tags[h] == Tag::Name && {
                    let w = toks.lower(j);
                    w.split_once('-').is_some_and(|(x, y)| {
                        !x.is_empty()
                            && !y.is_empty()
                            && x.chars().all(|c| c.is_ascii_digit())
                            && y.chars().all(|c| c.is_ascii_digit())
                    })
                };
                if tj == Tag::Det
                    || score
                    || after_noun && matches!(tj, Tag::Num | Tag::Adj | Tag::Name) && !named_role
                {
                    break;
                }
            }
            if matches!(tj, Tag::Noun | Tag::Name | Tag::Num | Tag::Pron) {
                head = Some(j);
            }
            j += 1;
            // A pronoun is a group of its own.
            if tj == Tag::Pron {
                break;
            }
        }
        match head {
            Some(h) => {
                out.push(NounGroup {
                    toks: (start, h + 1),
                    head: h,
                });
                i = h + 1;
            }
            None => i = j.max(start + 1),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn analyzed(text: &str) -> (crate::parse::Parsed, Syntax) {
        let lx = Lexicon::builtin();
        let doc = crate::load::document_from_text("t", format!("outlet: T\n\n{text}\n"), lx)
            .expect("a document");
        let p = crate::parse::parse(&doc, lx);
        let syn = super::super::analyze(&p, lx);
        (p, syn)
    }

    fn verbs(text: &str) -> Vec<(String, bool, bool)> {
        let (p, syn) = analyzed(text);
        let wn = WordNet::builtin();
        verb_groups(&p.toks, &syn, 0, p.toks.len())
            .iter()
            .map(|g| {
                (
                    g.lemma.map_or(String::new(), |l| wn.text(l).to_string()),
                    g.negated,
                    g.passive,
                )
            })
            .collect()
    }

    fn heads(text: &str) -> Vec<String> {
        let (p, syn) = analyzed(text);
        noun_groups(&p.toks, &syn, 0, p.toks.len())
            .iter()
            .map(|g| p.toks.lower(g.head).to_string())
            .collect()
    }

    #[test]
    fn verb_groups_with_auxiliaries_particles_and_copulas() {
        assert_eq!(
            verbs("The hostages had not been freed."),
            [("free".to_string(), true, true)]
        );
        assert_eq!(verbs("The talks took place in Havana.")[0].0, "take place");
        assert_eq!(verbs("The pump broke down on Monday.")[0].0, "break down");
        // The noun of a fixed verb: "gave way" is the dictionary's "give way".
        assert_eq!(verbs("The lock gate gave way at dawn.")[0].0, "give way");
        // "gave way to" is being replaced.
        assert_eq!(verbs("The talks gave way to a deal.")[0].0, "give");
        assert_eq!(verbs("Highway 31 remained closed.")[0].0, "close");
        assert_eq!(verbs("The storm sirens stayed silent.")[0].0, "silent");
        assert_eq!(verbs("Highway 31 reopened on Monday.")[0].0, "reopen");
        assert_eq!(
            verbs("She didn't attend the hearing.")[0],
            ("attend".to_string(), true, false)
        );
    }

    #[test]
    fn noun_groups_end_in_their_head() {
        assert_eq!(
            heads("Eleven other workers were injured at the company's plant."),
            ["workers", "plant"]
        );
        assert_eq!(heads("The release of 14 hostages"), ["release", "hostages"]);
        assert_eq!(heads("He cut 1,800 jobs."), ["he", "jobs"]);
        // A title's period stays in the group of the name it opens.
        assert_eq!(
            heads("The panel rejected Mr. Lund's claim."),
            ["panel", "claim"]
        );
        // A name after a word for a person is who it is; after a word for a
        // thing it opens its own group.
        assert_eq!(
            heads("The deal was brokered by mediator Evelyn Rusk."),
            ["deal", "rusk"]
        );
        // A subject pronoun after a noun for a thing opens a relative
        // clause; not after a noun in a prepositional phrase.
        let at = |text: &str, w: &str| {
            let (p, syn) = analyzed(text);
            let k = (0..p.toks.len())
                .find(|&k| p.toks.lower(k) == w)
                .expect("the word");
            crate::syntax::contact_relative(&p.toks, &syn, k)
        };
        assert!(at("They found money we did not think we had.", "we"));
        assert!(!at(
            "Officials acknowledged in a statement they had not warned residents.",
            "they"
        ));
        // A weekday is no name of the person.
        assert_eq!(
            heads("Police questioned the driver Monday."),
            ["police", "driver", "monday"]
        );
        assert_eq!(
            heads("Regulators fined the company Harlan Steel."),
            ["regulators", "company", "steel"]
        );
    }
}
