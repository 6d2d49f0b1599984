//! Events: whether two claims' frames report the same act.
//!
//! Two frames are of one event when their predicates name one concept (the
//! same lemma, synonyms, a derivation, a kind: "released" / "freed",
//! "injured" / "hurt") and their participants fit (the same entity, a
//! surname and the full name, a synonym or a kind of noun: "workers" /
//! "employees"). Participants that are pronouns, a name against a
//! description ("Kessler" / "the former treasurer") or unrelated nouns ("the
//! incident" / "a boy") neither fit nor clash; two different names clash.
//!
//! The rules use it as a gate: a number, date, place or person clash needs
//! the same event (different people each scoring points, two deals, injured
//! against killed are no contradiction), and opposite predicates of one
//! event ("rose" / "fell") are a negation.

use crate::align::Names;
use crate::align::normalize::key;
use crate::claims::{Claim, Frame, Participant};
use crate::lexicon::Lexicon;
use crate::lexicon::concept::{Relation, relate, relate_deep, relate_nouns};

/// True when two noun groups give different ages ("32-year-old") or
/// different nationalities ("British" / "Australian"), or one is the one
/// before ("the old library" / "the library").
pub fn modifiers_clash(x: &str, y: &str) -> bool {
    let age = |s: &str| {
        s.split_whitespace()
            .find(|w| w.contains("-year-old"))
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                    .to_lowercase()
            })
    };
    if let (Some(a), Some(b)) = (age(x), age(y)) {
        if a != b {
            return true;
        }
    }
    // One told as the one before ("its former headquarters", "the
    // original plan"), the other not: two things of one kind. Not "old",
    // which may say aged ("the old swing bridge"); not of people ("former
    // Jets linebacker Mo Lewis" is Mo Lewis).
    let former = |s: &str| {
        s.split_whitespace().take(3).any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "former" | "previous" | "original"
            )
        })
    };
    let person = |s: &str| {
        s.split_whitespace().any(|w| {
            let lower = w.to_lowercase();
            w.starts_with(char::is_uppercase)
                && w.len() > 1
                && !crate::lexicon::is_determiner(&lower)
                || crate::parse::names::person_noun(&lower)
        })
    };
    if former(x) != former(y) && !person(x) && !person(y) {
        return true;
    }
    // Divisions of one kind of contest ("the men's race" / "the women's
    // race", "the junior title" / "the senior title").
    let division = |s: &str| {
        s.split_whitespace().find_map(|w| {
            let w = w.to_lowercase().replace('’', "'");
            // A possessive of the division ("men's"), not a person ("a man").
            let d = match w.as_str() {
                "men's" => "m",
                "women's" => "w",
                "boys'" => "b",
                "girls'" => "g",
                "junior" => "j",
                "senior" => "s",
                _ => return None,
            };
            Some(d)
        })
    };
    if let (Some(p), Some(q)) = (division(x), division(y)) {
        if p != q {
            return true;
        }
    }
    // Tiers of government or of a body ("the state government" / "the
    // federal government", "the city council" / "the county council").
    let tier = |s: &str| {
        s.split_whitespace().find_map(|w| {
            // Concrete tiers, not a vague "local" or "national"; a
            // municipal body is the city's.
            let w = w.to_lowercase();
            let w = if w == "municipal" {
                "city".to_string()
            } else {
                w
            };
            matches!(
                w.as_str(),
                "federal" | "state" | "provincial" | "regional" | "county" | "city"
            )
            .then_some(w)
        })
    };
    if let (Some(p), Some(q)) = (tier(x), tier(y)) {
        if p != q {
            return true;
        }
    }
    // Capitalised adjectives of nationality, lowercase forms compared.
    let demonyms = |s: &str| -> Vec<String> {
        s.split_whitespace()
            .skip(1)
            .chain(s.split_whitespace().take(1))
            .filter(|w| w.starts_with(char::is_uppercase))
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| is_demonym(w))
            .collect()
    };
    let (dx, dy) = (demonyms(x), demonyms(y));
    !dx.is_empty() && !dy.is_empty() && !dx.iter().any(|w| dy.contains(w))
}

/// True for a word of nationality ("british", "australian", "kenyan"):
/// WordNet knows it capitalised as an adjective.
pub(crate) fn is_demonym(lower: &str) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    let mut cap = String::with_capacity(lower.len());
    let mut chars = lower.chars();
    if let Some(c) = chars.next() {
        cap.extend(c.to_uppercase());
        cap.push_str(chars.as_str());
    }
    wn.word(&cap).is_some_and(|w| wn.has(w, Pos::Adj))
}

/// How two participants fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// The same thing or person.
    Same,
    /// Nothing says (a pronoun, a name against a description, one missing).
    Unknown,
    /// Different things or people.
    Different,
}

/// How two claims' frames meet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventMatch {
    /// How the predicates relate; `None` when unrelated or one is missing.
    pub predicate: Option<Relation>,
    /// True when both claims have a predicate.
    pub both_predicates: bool,
    /// True when one side's act is a participant of the other ("Calder
    /// offered $3.5 billion" / "put the value of the offer at $2.9 billion").
    pub cross: bool,
    /// True when the predicates meet only over rare senses (see
    /// [`relate_deep`]): "broke the news" / "softened the message".
    pub rare_sense: bool,
    /// The grammatical subjects.
    pub subject: Fit,
    /// Who did it (the subject, or the agent of a passive).
    pub actor: Fit,
    /// Who underwent it (the object, or the subject of a passive).
    pub patient: Fit,
}

impl EventMatch {
    /// True when the predicates name one concept.
    pub fn alike(&self) -> bool {
        self.predicate.is_some_and(Relation::alike)
    }

    /// True when the predicates are opposites.
    pub fn opposite(&self) -> bool {
        self.predicate == Some(Relation::Opposite)
    }

    /// True when no participant clashes.
    pub fn no_clash(&self) -> bool {
        self.actor != Fit::Different && self.patient != Fit::Different
    }

    /// True when some participant is the same on both sides.
    pub fn shared_participant(&self) -> bool {
        self.actor == Fit::Same || self.patient == Fit::Same || self.subject == Fit::Same
    }

    /// True when the two claims report one event: predicates alike, no
    /// participant clashing.
    pub fn same_event(&self) -> bool {
        self.alike() && self.no_clash()
    }

    /// True when the predicates are known to differ: both claims have one,
    /// they are unrelated, and neither act is a participant of the other.
    pub fn different_acts(&self) -> bool {
        self.both_predicates && self.predicate.is_none() && !self.cross
    }
}

/// True when one name's words are all in the other ("Pellham" / "Pellham
/// Steel Corp"), or they differ only in British and American spelling.
pub fn names_overlap(a: &str, b: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        key(s)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 1)
            .map(spelling_key)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    wa.iter().all(|w| wb.contains(w)) || wb.iter().all(|w| wa.contains(w))
}

/// A word's spelling key: British and American forms meet ("centre" /
/// "center", "labour" / "labor", "organisation" / "organization").
pub fn spelling_key(w: &str) -> String {
    let mut s = w.to_lowercase();
    if s.len() > 4 {
        if let Some(stem) = s.strip_suffix("re") {
            if !stem.ends_with(['a', 'e', 'i', 'o', 'u']) {
                s = format!("{stem}er");
            }
        }
        if s.contains("our") && !s.starts_with("our") && !s.ends_with("ours") {
            s = s.replacen("our", "or", 1);
        }
        s = s.replace("isation", "ization").replace("ise", "ize");
    }
    s
}

/// How two participants fit.
pub fn fit(x: Option<&Participant>, y: Option<&Participant>, names: &Names, lx: &Lexicon) -> Fit {
    let (Some(x), Some(y)) = (x, y) else {
        return Fit::Unknown;
    };
    // A measure of a thing is the thing: "a small quantity of diesel" /
    // "the ferry's diesel".
    let thing = |p: &Participant| -> Option<Participant> {
        let of = p.of.as_ref()?;
        matches!(
            p.head.as_str(),
            "quantity" | "amount" | "volume" | "portion" | "bulk" | "lot"
        )
        .then(|| Participant {
            head: of.clone(),
            text: of.clone(),
            of: None,
            id: crate::lexicon::wordnet::WordNet::builtin()
                .lemma(of, crate::lexicon::wordnet::Pos::Noun),
            ..p.clone()
        })
    };
    if let Some(tx) = thing(x) {
        return fit(Some(&tx), Some(y), names, lx);
    }
    if let Some(ty) = thing(y) {
        return fit(Some(x), Some(&ty), names, lx);
    }
    if x.pronoun || y.pronoun {
        return Fit::Unknown;
    }
    match (x.name, y.name) {
        (true, true) => {
            if names.same_person(&x.head, &y.head) || names_overlap(&x.head, &y.head) {
                Fit::Same
            } else {
                Fit::Different
            }
        }
        (false, false) => {
            // The same kind told apart by age or nationality ("a 32-year-old
            // British climber" / "a 36-year-old Australian climber").
            if modifiers_clash(&x.text, &y.text) || owners_clash(x, y, lx) {
                return Fit::Different;
            }
            // Of different things: "the name of the suspect" / "the name of
            // the deceased".
            if let (Some(p), Some(q)) = (&x.of, &y.of) {
                // Of two people; things told in other words may be one
                // ("the demolition of the stadium" / "of the arena").
                let alike = lx.base(p) == lx.base(q) || kin_nouns(lx, p, q) == Some(true);
                let person = crate::parse::names::person_noun;
                let people = person(p) && person(q);
                if people && !alike {
                    return Fit::Different;
                }
            }
            // Systems named by different things are different systems ("the
            // sprinkler system" / "the alarm system").
            let kind_of_system = |p: &Participant| {
                matches!(p.head.to_lowercase().as_str(), "system" | "systems")
                    .then(|| {
                        let words: Vec<String> =
                            p.text.split_whitespace().map(str::to_lowercase).collect();
                        let k = words.iter().rposition(|w| w.starts_with("system"))?;
                        k.checked_sub(1).map(|j| lx.base(&words[j]).to_string())
                    })
                    .flatten()
            };
            if let (Some(m), Some(n)) = (kind_of_system(x), kind_of_system(y)) {
                if m != n {
                    return Fit::Different;
                }
            }
            // One told by what it is of, the other by a noun before it, of
            // unrelated kinds: "all lines of inquiry" / "the rail line".
            if of_and_modifier_apart(x, y, lx) || of_and_modifier_apart(y, x, lx) {
                return Fit::Different;
            }
            if x.head == y.head {
                return Fit::Same;
            }
            // A group named by what its members are or do is them ("a
            // special inspection team" / "additional inspectors").
            if group_of(x, y) || group_of(y, x) {
                return Fit::Same;
            }
            // A request for a thing stands for the thing granted or refused
            // ("approved an emergency declaration" / "rejected the request
            // for an emergency declaration").
            let asked = |p: &Participant, q: &Participant| {
                crate::claims::frame_request(&p.head)
                    && p.of
                        .as_deref()
                        .is_some_and(|o| lx.base(o) == lx.base(&q.head))
            };
            if asked(x, y) || asked(y, x) {
                return Fit::Same;
            }
            // A system named by what it is made of is that thing: "the
            // sprinkler system" / "the sprinklers".
            let system_of = |p: &Participant, q: &Participant| {
                kind_of_system(p).is_some_and(|m| m == lx.base(&q.head.to_lowercase()))
            };
            if system_of(x, y) || system_of(y, x) {
                return Fit::Same;
            }
            // A group of people and one holder of an office are not one
            // ("Election workers and volunteers" / "the mayor").
            let wn = crate::lexicon::wordnet::WordNet::builtin();
            let written_plural = |p: &Participant| {
                let head = p.head.to_lowercase();
                p.text.split_whitespace().any(|w| {
                    let w = w.to_lowercase();
                    w != head
                        && w.ends_with('s')
                        && wn
                            .lemma(&w, crate::lexicon::wordnet::Pos::Noun)
                            .is_some_and(|l| wn.text(l) == head)
                })
            };
            let office = |p: &Participant| {
                !written_plural(p)
                    && lx
                        .titles
                        .get(p.head.to_lowercase().as_str())
                        .is_some_and(|(c, _)| *c == crate::lexicon::TitleClass::Title)
            };
            let people = |p: &Participant| {
                written_plural(p) && crate::parse::names::person_noun(&p.head.to_lowercase())
            };
            if people(x) && office(y) || people(y) && office(x) {
                return Fit::Different;
            }
            // Unrelated nouns may still name one thing ("the incident" /
            // "a 12-year-old boy"): only names clash outright.
            match x.id.zip(y.id).and_then(|(p, q)| relate_nouns(lx, p, q)) {
                Some(r) if r.alike() => Fit::Same,
                Some(_) => Fit::Different,
                None => Fit::Unknown,
            }
        }
        _ => Fit::Unknown,
    }
}

/// The capitalised words of a described participant other than its head:
/// its owner or kind by name ("Brightmere" of "Brightmere's shares",
/// "Halvorsen" of "Shares of Halvorsen").
fn named_modifiers(p: &Participant, lx: &Lexicon) -> Vec<String> {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    p.text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .enumerate()
        .filter(|(_, w)| w.chars().next().is_some_and(char::is_uppercase))
        .map(|(k, w)| (k, w.to_lowercase()))
        .filter(|(k, w)| {
            let common = [Pos::Noun, Pos::Adj, Pos::Verb, Pos::Adv]
                .iter()
                .any(|&pos| wn.lemma(w, pos).is_some());
            // A capital the sentence start gave a common word ("Shares",
            // "Fourteen hostages").
            let skip = lx.is_stop(w)
                || lx.abbrev.get(w.as_str()) == Some(&crate::lexicon::AbbrevClass::Title)
                || lx.numbers.contains_key(w.as_str())
                || lx.base(w) == lx.base(&p.head);
            !(skip || *k == 0 && common)
        })
        .map(|(_, w)| w)
        .collect()
}

/// True when two descriptions of a kind name different owners: "Brightmere's
/// shares" / "Shares of Halvorsen".
fn owners_clash(x: &Participant, y: &Participant, lx: &Lexicon) -> bool {
    // Only capitals name an owner: most participants have none.
    let capital = |p: &Participant| p.text.chars().any(char::is_uppercase);
    if !capital(x) || !capital(y) {
        return false;
    }
    let (nx, ny) = (named_modifiers(x, lx), named_modifiers(y, lx));
    // An owner told by its kind ("the council's Brindle House headquarters"
    // / "the headquarters of Fenmoor District Council") is no other owner.
    let kind_owner = |p: &Participant, other: &[String]| {
        p.text.split_whitespace().any(|w| {
            let w = w
                .trim_end_matches(['\'', '’'])
                .trim_end_matches("'s")
                .trim_end_matches("’s");
            w.chars().next().is_some_and(char::is_lowercase)
                && w.len() < p.text.len()
                && other.iter().any(|o| lx.base(o) == lx.base(w))
        }) && p.text.contains(['\'', '’'])
    };
    // A person told by nationality ("the Norwegian's argument") may be
    // the one named ("Mr. Brandvold's claim").
    let by_nationality = |m: &[String]| m.iter().all(|w| is_demonym(w));
    if by_nationality(&nx) != by_nationality(&ny) {
        return false;
    }
    !nx.is_empty()
        && !ny.is_empty()
        && !nx.iter().any(|w| ny.contains(w))
        && !kind_owner(x, &ny)
        && !kind_owner(y, &nx)
}

/// True when opposite acts are not a clash of one fact: a claim holding
/// both ("cleared her of wire fraud but convicted her of theft"), or acts
/// of different things ("convicted of siphoning" / "cleared of the wire
/// fraud charge").
pub fn mixed_or_apart(a: &Claim, b: &Claim, lx: &Lexicon) -> bool {
    // So are counts of charges told by different figures ("acquitted on two
    // counts" / "convicted on seven counts").
    let counts = |c: &Claim| -> Vec<f64> {
        c.numbers
            .iter()
            .filter(|n| {
                n.noun
                    .as_deref()
                    .is_some_and(|w| matches!(lx.base(w), "count" | "charge"))
            })
            .map(|n| n.value)
            .collect()
    };
    let (ca, cb) = (counts(a), counts(b));
    if !ca.is_empty() && !cb.is_empty() && !ca.iter().any(|x| cb.contains(x)) {
        return true;
    }
    // What the acts are of decides first: the same charge clashes, two
    // charges do not.
    if let (Some(x), Some(y)) = (&a.frame.of, &b.frame.of) {
        let words = |p: &Participant| -> Vec<String> {
            p.text
                .split(|c: char| !c.is_alphanumeric())
                .map(str::to_lowercase)
                .filter(|w| {
                    w.len() > 2
                        && !lx.is_stop(w)
                        && !matches!(w.as_str(), "charge" | "charges" | "count" | "counts")
                })
                .collect()
        };
        let (wx, wy) = (words(x), words(y));
        // "acquitted of all charges" holds every charge.
        let every = |p: &Participant| {
            p.text
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w.to_lowercase().as_str(), "all" | "every" | "each"))
        };
        let related = every(x)
            || every(y)
            || x.head == y.head
            || wx.iter().any(|w| wy.contains(w))
            || x.id
                .zip(y.id)
                .and_then(|(p, q)| relate_nouns(lx, p, q))
                .is_some_and(Relation::alike);
        return !related;
    }
    let holds = |c: &Claim, other: &Claim| {
        let Some(p) = other.frame.predicate.as_ref().and_then(|p| p.id) else {
            return false;
        };
        c.frame
            .acts
            .iter()
            // The same act, not a kind of it ("to change the outcome" does
            // not hold "widened").
            .any(|&x| {
                relate(lx, x, p).is_some_and(|r| {
                    matches!(r, Relation::Same | Relation::Synonym | Relation::Derived)
                })
            })
    };
    holds(a, b) || holds(b, a)
}

/// True when one side tells a state in the past perfect (or one kept
/// "since" a past day) and the other a state now or to come: "had been
/// closed for two years" / "reopens", "will be open seven days a week";
/// "has been shut since a landslide" / "reopens" are before and after.
pub fn before_and_after(a: &Claim, b: &Claim) -> bool {
    let tense = |c: &Claim| -> Option<&'static str> {
        let p = c.frame.predicate.as_ref()?;
        let words: Vec<String> = p.text.split_whitespace().map(str::to_lowercase).collect();
        let first = words.first()?.as_str();
        // A state kept "since" a past day runs up to the change that ends
        // it: "The line has been shut since a landslide" / "the line reopens".
        let kept_since = matches!(first, "has" | "have")
            && words.get(1).is_some_and(|w| w == "been")
            && c.text_after(p.span.end())
                .split_whitespace()
                .take(4)
                .any(|w| w == "since");
        Some(match first {
            "had" => "perfect",
            _ if kept_since => "since",
            "will" | "'ll" => "coming",
            "is" | "are" | "am" | "has" | "have" => "now",
            w if words.len() == 1 && w.ends_with('s') && !w.ends_with("ss") => "change",
            _ => "past",
        })
    };
    // What held before another event told after it ("the lake held 1.2
    // million cubic metres before its ice dam failed") is the time before
    // the change the other side tells ("released 1.2 million cubic metres").
    let before_event = |c: &Claim| {
        let rest = c.words_after_predicate(14);
        // A clause with a verb of its own ("before its ice dam failed"),
        // not a time ("before the merger").
        rest.iter().enumerate().any(|(i, w)| {
            w == "before"
                && rest.get(i + 1).is_some_and(|n| {
                    crate::lexicon::is_determiner(n)
                        || matches!(n.as_str(), "he" | "she" | "it" | "they" | "this")
                })
                && rest[i + 2..].iter().take(4).any(|v| {
                    let v = v.trim_end_matches([',', '.', ';']);
                    v.len() > 3 && v.ends_with("ed")
                        || matches!(v, "broke" | "burst" | "fell" | "gave" | "began" | "went")
                })
        })
    };
    if before_event(a) != before_event(b) {
        return true;
    }
    // A state kept since a past day ends only with a change told now or to
    // come ("reopens", "will reopen"); it clashes with a state now ("is open").
    matches!(
        (tense(a), tense(b)),
        (Some("perfect"), Some("now" | "coming" | "change"))
            | (Some("now" | "coming" | "change"), Some("perfect"))
            | (Some("since"), Some("coming" | "change"))
            | (Some("coming" | "change"), Some("since"))
    )
}

/// True when two opposite predicates are moments of one course, not a
/// clash: its start and its end ("her career began in 1950" / "after her
/// career ended"; "the round started cautiously" / "the round ended with
/// him on the ropes"), or going and coming back ("disappeared from the
/// scene in 1957" / "reappeared in public in 2003"). Both happen.
pub fn moments_of_one_course(a: &Claim, b: &Claim) -> bool {
    // Not "open": "reopened" / "remained closed" still clash.
    const START: &[&str] = &["begin", "start", "commence"];
    const END: &[&str] = &["end", "finish", "conclude", "cease", "stop"];
    const GO: &[&str] = &["disappear", "vanish"];
    const BACK: &[&str] = &["appear", "reappear", "resurface", "return"];
    let lemma = |c: &Claim| {
        c.frame
            .predicate
            .as_ref()
            .map_or(String::new(), |p| p.lemma.to_lowercase())
    };
    let (x, y) = (lemma(a), lemma(b));
    let pair = |p: &[&str], q: &[&str]| {
        p.contains(&x.as_str()) && q.contains(&y.as_str())
            || q.contains(&x.as_str()) && p.contains(&y.as_str())
    };
    // Shutting and opening again: the reopening ends the closure ("shut
    // after engineers find a crack" / "would not reopen before April 2"),
    // unless the closure is told as a state at the same time ("reopened" /
    // "remained closed").
    const SHUT: &[&str] = &["close", "shut", "suspend", "halt", "stop"];
    const AGAIN: &[&str] = &["reopen", "resume", "restart", "restore"];
    let state = |c: &Claim| told_as_lasting(c, 2, &["been"]);
    // A state that lasts until something ends it ("would remain closed
    // until engineers understood the defect") is the same course as that
    // end ("would reopen no earlier than March 14").
    let until = |c: &Claim| {
        state(c)
            && c.frame.predicate.as_ref().is_some_and(|p| {
                c.text_after(p.span.end())
                    .split([',', ';'])
                    .next()
                    .is_some_and(|t| {
                        t.split_whitespace()
                            .take(4)
                            .any(|w| w.eq_ignore_ascii_case("until"))
                    })
            })
    };
    let reopening = if SHUT.contains(&x.as_str()) && AGAIN.contains(&y.as_str()) {
        Some(a)
    } else if AGAIN.contains(&x.as_str()) && SHUT.contains(&y.as_str()) {
        Some(b)
    } else {
        None
    };
    // Held and let go: the release ends the detention ("a second man had
    // been detained" / "both men had been released on bail"), unless told as
    // a state ("remained in custody").
    const HELD: &[&str] = &[
        "detain", "arrest", "hold", "jail", "imprison", "remand", "capture", "kidnap", "abduct",
    ];
    const FREED: &[&str] = &["release", "free", "bail"];
    let held = if HELD.contains(&x.as_str()) && FREED.contains(&y.as_str()) {
        Some(a)
    } else if FREED.contains(&x.as_str()) && HELD.contains(&y.as_str()) {
        Some(b)
    } else {
        None
    };
    // Shut and reopened on one day clash ("was closed on Monday" /
    // "reopened on Monday").
    pair(START, END)
        || pair(GO, BACK)
        || reopening.is_some_and(|shut| !state(shut) || until(shut)) && !super::date::same_day(a, b)
        || held.is_some_and(|h| !still_held(h)) && of_people(a) && of_people(b)
}

/// True when what a claim's act befalls is people ("both men", "she", a
/// name), not a thing ("The reservoir held 40,000 cubic metres").
fn of_people(c: &Claim) -> bool {
    c.frame.patient().is_some_and(|p| {
        p.pronoun || p.name || crate::parse::names::person_noun(&p.head.to_lowercase())
    })
}

/// True when a claim tells a detention as lasting ("remained in custody",
/// "is being held", "were still detained"), not as an act ("had been
/// detained").
fn still_held(c: &Claim) -> bool {
    // "has been detained for three months".
    told_as_lasting(c, 3, &["still", "has", "have"])
}

/// True when the predicate, or one of the `before` words right before it,
/// tells a state that lasts ("remained", "stays", "is"), or is one of
/// `more`.
fn told_as_lasting(c: &Claim, before: usize, more: &[&str]) -> bool {
    const LASTING: &[&str] = &[
        "remain", "remains", "remained", "stay", "stays", "stayed", "is", "are",
    ];
    c.predicate_words(before).is_some_and(|words| {
        words
            .iter()
            .any(|w| LASTING.contains(&w.as_str()) || more.contains(&w.as_str()))
    })
}

/// True when a participant is one definite thing: "the evacuation", "its
/// licence", "Highway 31"; not "23 points" or "a warning".
pub fn one_thing(p: &Participant, lx: &Lexicon) -> bool {
    let first = p.text.split_whitespace().next().unwrap_or("");
    let lower = first.to_lowercase();
    let definite = matches!(
        lower.as_str(),
        "the" | "its" | "his" | "her" | "their" | "our"
    ) || first.ends_with("'s")
        || first.ends_with("’s")
        || p.name;
    let counted = p.text.split_whitespace().any(|w| {
        w.chars().any(|c| c.is_ascii_digit()) || lx.numbers.contains_key(&w.to_lowercase())
    });
    definite && !counted
}

/// How the predicates of two claims relate: by their lemmas, over every
/// sense when a participant already matches.
/// The second value is true when they meet only over rare senses.
fn predicates(a: &Claim, b: &Claim, lx: &Lexicon, deep: bool) -> (Option<Relation>, bool) {
    let (Some(pa), Some(pb)) = (a.frame.predicate.as_ref(), b.frame.predicate.as_ref()) else {
        return (None, false);
    };
    // One verb with two particles is two acts ("was not taking on water" /
    // "would take over the route"), though the particle was read as a
    // preposition before its object.
    if let (Some(x), Some(y)) = (particle_after(a, pa), particle_after(b, pb)) {
        if x != y {
            return (None, false);
        }
    }
    // Stopping and keeping on ("Production has stopped" / "Production has
    // kept running"): one act ended and carried on.
    if deep && (halted(a, pa) && kept_on(pb, lx) || halted(b, pb) && kept_on(pa, lx)) {
        return (Some(Relation::Opposite), false);
    }
    match (pa.id, pb.id) {
        (Some(x), Some(y)) => {
            let r = relate(lx, x, y);
            if r.is_none() && deep {
                let r = relate_deep(lx, x, y);
                (r, r.is_some())
            } else {
                (r, false)
            }
        }
        _ => ((pa.lemma == pb.lemma).then_some(Relation::Same), false),
    }
}

/// Where a claim's act of carrying took its patient: the head of the
/// group after "to" in the predicate's clause ("were taken by ambulance to
/// Kitwe Teaching Hospital" -> hospital; "brought 17 miners to the
/// surface" -> surface).
fn destination(c: &Claim, lx: &Lexicon) -> Option<String> {
    const CARRY: &[&str] = &[
        "take", "bring", "carry", "move", "transfer", "fly", "airlift", "ferry", "ship", "send",
        "drive", "rush", "evacuate", "haul", "lift", "winch",
    ];
    let p = c.frame.predicate.as_ref()?;
    if !CARRY.contains(&p.lemma.split_whitespace().next().unwrap_or("")) {
        return None;
    }
    let (_, rest) = super::rest_of_clause(c, p);
    let words: Vec<String> = rest
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let k = words.iter().position(|w| w == "to")?;
    let group: Vec<&String> = words[k + 1..]
        .iter()
        .skip_while(|w| crate::lexicon::is_determiner(w))
        .take_while(|w| !w.is_empty() && !lx.is_stop(w))
        .collect();
    group.last().map(|w| lx.base(w).to_string())
}

/// True when two acts of carrying took their patients to different places
/// ("taken to hospital" / "brought to the surface"): two moves.
pub fn destinations_apart(a: &Claim, b: &Claim, lx: &Lexicon) -> bool {
    let (Some(x), Some(y)) = (destination(a, lx), destination(b, lx)) else {
        return false;
    };
    x != y && kin_nouns(lx, &x, &y) == Some(false)
}

/// Whether two words name one kind of thing (the same noun, or nouns alike
/// by the dictionary); `None` when either is no noun it knows.
fn kin_nouns(lx: &Lexicon, x: &str, y: &str) -> Option<bool> {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    let (m, n) = (wn.lemma(x, Pos::Noun)?, wn.lemma(y, Pos::Noun)?);
    Some(m == n || relate_nouns(lx, m, n).is_some_and(Relation::alike))
}

/// True when `p` is told by what it is of ("lines of inquiry") and `q`,
/// of the same head, by a common noun before it ("rail line") that is no
/// kin of it: two kinds of one word.
fn of_and_modifier_apart(p: &Participant, q: &Participant, lx: &Lexicon) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let (Some(of), None) = (p.of.as_deref(), q.of.as_deref()) else {
        return false;
    };
    if p.name || q.name || lx.base(&p.head.to_lowercase()) != lx.base(&q.head.to_lowercase()) {
        return false;
    }
    let words: Vec<String> = q
        .text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let head = q.head.to_lowercase();
    let Some(k) = words.iter().rposition(|w| lx.base(w) == lx.base(&head)) else {
        return false;
    };
    let Some(modifier) = k.checked_sub(1).map(|j| words[j].as_str()) else {
        return false;
    };
    // A common noun only, no adjective or stop word ("the", "new").
    if lx.is_stop(modifier) || WordNet::builtin().lemma(modifier, Pos::Adj).is_some() {
        return false;
    }
    kin_nouns(lx, modifier, &of.to_lowercase()) == Some(false)
}

/// True when `g` is a group ("team", "crew", "squad") named by a word
/// akin to the other's head: "an inspection team" / "inspectors" (one
/// verb, inspect, under both), "a team of divers" / "divers".
fn group_of(g: &Participant, other: &Participant) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    if !matches!(
        g.head.as_str(),
        "team" | "crew" | "squad" | "unit" | "group" | "party" | "delegation" | "panel"
    ) {
        return false;
    }
    let wn = WordNet::builtin();
    let words: Vec<String> = g
        .text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let Some(k) = words.iter().rposition(|w| w.starts_with(g.head.as_str())) else {
        return false;
    };
    let modifier = k.checked_sub(1).map(|j| words[j].clone());
    let member = modifier.or_else(|| g.of.clone());
    let Some(m) = member else {
        return false;
    };
    let verbs = |w: &str| -> Vec<crate::lexicon::wordnet::WordId> {
        wn.lemma(w, Pos::Noun)
            .map(|n| {
                wn.derived(n)
                    .filter(|&(p, _)| p == Pos::Verb)
                    .map(|(_, v)| v)
                    .collect()
            })
            .unwrap_or_default()
    };
    let theirs = other.head.to_lowercase();
    if m == theirs
        || wn
            .lemma(&m, Pos::Noun)
            .is_some_and(|l| wn.text(l) == theirs)
    {
        return true;
    }
    let (vm, vo) = (verbs(&m), verbs(&theirs));
    vm.iter().any(|v| vo.contains(v))
}

/// Verbs that end an act.
const HALT: &[&str] = &["stop", "halt", "cease"];

/// True for a predicate that ends an act: "stopped", "halted", "ceased";
/// not a stop at a place or for a while ("stopped at Leeds", "stopped for
/// an hour").
fn halted(c: &Claim, p: &crate::claims::Predicate) -> bool {
    let next = c
        .text_after(p.span.end())
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_lowercase();
    HALT.contains(&p.lemma.as_str())
        && !matches!(
            next.as_str(),
            "at" | "in" | "on" | "near" | "outside" | "for" | "to" | "off" | "by" | "short"
        )
}

/// True for an act told as carried on: "kept running", "continued
/// operating", "carried on working".
fn kept_on(p: &crate::claims::Predicate, lx: &Lexicon) -> bool {
    let first = p
        .text
        .split_whitespace()
        .map(str::to_lowercase)
        .find(|w| !lx.is_aux(w));
    first.is_some_and(|w| {
        ["keep", "kept", "continu", "carried", "carries", "carry"]
            .iter()
            .any(|k| w.starts_with(k))
    }) && !HALT.contains(&p.lemma.as_str())
}

/// The particle right after a predicate that makes a multiword verb with
/// it ("on" of "taking on water", "over" of "take over the route").
fn particle_after(c: &Claim, p: &crate::claims::Predicate) -> Option<String> {
    let id = p.id?;
    let next = c
        .text_after(p.span.end())
        .split_whitespace()
        .next()?
        .to_lowercase();
    let wn = crate::lexicon::wordnet::WordNet::builtin();
    (crate::syntax::group::particle_like(&next)
        && !p.lemma.contains(' ')
        && crate::syntax::group::multiword(wn, id, &next).is_some())
    .then_some(next)
}

/// True when the act of `a` is named by a participant of `b` ("offered" /
/// "the offer").
fn act_in(a: &Claim, b: &Claim, lx: &Lexicon) -> bool {
    let Some(pa) = a.frame.predicate.as_ref().and_then(|p| p.id) else {
        return false;
    };
    [b.frame.subject.as_ref(), b.frame.object.as_ref()]
        .into_iter()
        .flatten()
        .filter_map(|p| p.id)
        .any(|n| {
            relate(lx, pa, n).is_some_and(|r| {
                matches!(r, Relation::Same | Relation::Derived | Relation::Synonym)
            })
        })
}

/// True when a claim only sizes something: "put the cost at £38m".
fn estimate(c: &Claim) -> bool {
    !c.numbers.is_empty() && c.frame.predicate.as_ref().is_some_and(|p| p.lemma == "put")
}

/// How the frames of two claims meet.
pub fn event_match(a: &Claim, b: &Claim, names: &Names, lx: &Lexicon) -> EventMatch {
    let (fa, fb) = (&a.frame, &b.frame);
    let subject = match fit(fa.subject.as_ref(), fb.subject.as_ref(), names, lx) {
        Fit::Same => Fit::Same,
        _ if from_apart(a, b) => Fit::Different,
        f => f,
    };
    // (Of one thing in one place: "The pharmacy on King Street stayed open"
    // is not "closed a pharmacy on Queen Street".)
    // Of one thing in one place: "The pharmacy on King Street stayed open"
    // is not "closed a pharmacy on Queen Street".
    let one_place = !super::place::named_apart(a, b);
    let (actor, patient) = match (undergoer(fa, fb), undergoer(fb, fa)) {
        // "The lead widened" / "the ballots narrowed the lead": the
        // intransitive's subject is what the other's object undergoes.
        (Some(x), _) if one_place => (Fit::Unknown, fit(Some(x), fb.object.as_ref(), names, lx)),
        (_, Some(y)) if one_place => (Fit::Unknown, fit(fa.object.as_ref(), Some(y), names, lx)),
        _ => (
            fit(fa.actor(), fb.actor(), names, lx),
            fit(fa.patient(), fb.patient(), names, lx),
        ),
    };
    let shared = subject == Fit::Same || actor == Fit::Same || patient == Fit::Same;
    let (predicate, rare_sense) = predicates(a, b, lx, shared);
    EventMatch {
        predicate,
        rare_sense,
        // An estimate ("put the value of the offer at $2.9bn") is no act
        // of its own: it sizes what another claim tells as an act.
        both_predicates: fa.predicate.is_some()
            && fb.predicate.is_some()
            && !estimate(a)
            && !estimate(b),
        cross: act_in(a, b, lx) || act_in(b, a, lx),
        subject,
        actor,
        patient,
    }
}

/// The place a subject comes from, named right after it: "A crew from
/// Norway" -> Norway.
fn origin(c: &Claim) -> Option<&str> {
    let s = c.frame.subject.as_ref()?;
    let after = c.text_after(s.span.end());
    let gap = after.strip_prefix(" from ")?;
    let at = s.span.end() + (after.len() - gap.len());
    c.places
        .iter()
        .find(|p| p.span.start() == at || p.span.start() == at + 4 && gap.starts_with("the "))
        .map(|p| p.name.as_str())
}

/// True when the two subjects come from different places, neither named
/// by the other claim: "Four rowers from Cornwall" / "A crew from Norway"
/// are two crews.
fn from_apart(a: &Claim, b: &Claim) -> bool {
    let named = |c: &Claim, place: &str| c.places.iter().any(|p| p.name == place);
    match (origin(a), origin(b)) {
        (Some(x), Some(y)) => x != y && !named(a, y) && !named(b, x),
        _ => false,
    }
}

/// The subject of `f` when it undergoes a change told without an object
/// while `other` tells it with one: verbs of change take what changes as
/// their subject or their object ("the lead widened" / "the ballots
/// narrowed the lead"; "the plant closed" / "the firm closed the plant").
fn undergoer<'a>(f: &'a Frame, other: &Frame) -> Option<&'a Participant> {
    use crate::lexicon::wordnet::{Pos, WordNet, lexname};
    let wn = WordNet::builtin();
    let kind_in = |fr: &Frame, kinds: &[u8]| {
        fr.predicate.as_ref().and_then(|p| p.id).is_some_and(|id| {
            wn.senses(id, Pos::Verb)
                .next()
                .is_some_and(|s| kinds.contains(&wn.lexname(s)))
        })
    };
    let change = |fr: &Frame| kind_in(fr, &[lexname::VERB_CHANGE]);
    // What is done to a thing by contact changes it too ("officials closed
    // all 11 schools" / "all 11 schools remained open").
    let done_to = |fr: &Frame| kind_in(fr, &[lexname::VERB_CHANGE, lexname::VERB_CONTACT]);
    let transitive = |fr: &Frame| !fr.passive && fr.object.is_some();
    let intransitive = |fr: &Frame| !fr.passive && fr.object.is_none();
    // People and named bodies act ("Garrard finished with 329 yards").
    let thing = |p: &Participant| {
        !p.name && !p.pronoun && !crate::parse::names::person_noun(&p.head.to_lowercase())
    };
    // Found by a verb of contact, the thing must be told alike ("The
    // pharmacy on King Street stayed open" is not "closed a pharmacy on
    // Queen Street").
    let words = |p: &Participant| -> Vec<String> {
        super::lower_words(&p.text)
            .into_iter()
            .filter(|w| !crate::lexicon::is_determiner(w))
            .collect()
    };
    let alike = |p: &Participant| {
        change(f) && change(other) || other.object.as_ref().is_some_and(|o| words(o) == words(p))
    };
    (intransitive(f) && transitive(other) && done_to(f) && done_to(other))
        .then_some(f.subject.as_ref())
        .flatten()
        .filter(|p| thing(p) && alike(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claims(a: &str, b: &str) -> (Claim, Claim) {
        let lx = Lexicon::builtin();
        let doc = |id: &str, body: &str| {
            crate::load::document_from_text(id, format!("outlet: {id}\n\n{body}\n"), lx)
                .expect("a document")
        };
        let ca = crate::claims::extract(&doc("a", a), lx).remove(0);
        let cb = crate::claims::extract(&doc("b", b), lx).remove(0);
        (ca, cb)
    }

    fn matched(a: &str, b: &str) -> EventMatch {
        let (ca, cb) = claims(a, b);
        let names = Names::learn(&[ca.clone(), cb.clone()], Lexicon::builtin());
        event_match(&ca, &cb, &names, Lexicon::builtin())
    }

    #[test]
    fn a_group_of_people_and_an_office_holder_are_two() {
        let m = matched(
            "Election workers and volunteers spent eight days at the hall.",
            "The mayor had been spending her days at the hall.",
        );
        assert_eq!(m.subject, Fit::Different);
        let m = matched(
            "The mayor spent eight days at the hall.",
            "The mayor had been spending her days at the hall.",
        );
        assert_eq!(m.subject, Fit::Same);
    }

    #[test]
    fn carried_to_different_places_are_two_moves() {
        let lx = Lexicon::builtin();
        let (a, b) = claims(
            "The six miners were taken by ambulance to Kelby General Hospital.",
            "Rescue teams brought 17 miners to the surface on Tuesday.",
        );
        assert!(destinations_apart(&a, &b, lx));
        let (a, b) = claims(
            "Six miners were taken to hospital on Tuesday.",
            "Nine miners were taken to Kelby General Hospital on Tuesday.",
        );
        assert!(!destinations_apart(&a, &b, lx));
    }

    #[test]
    fn a_head_of_one_thing_and_of_another_kind_are_two() {
        let m = matched(
            "All lines of inquiry remain open.",
            "The rail line was shut on Tuesday.",
        );
        assert_eq!(m.subject, Fit::Different);
        let m = matched(
            "The demolition of the stadium began on Monday.",
            "The stadium demolition began on Monday.",
        );
        assert_ne!(m.subject, Fit::Different);
    }

    #[test]
    fn a_doer_acting_on_another_and_going_on_itself() {
        let (a, b) = claims(
            "The rail strike halted commuter trains across the region.",
            "The rail strike continued on Wednesday.",
        );
        assert!(super::super::subject_acts_on_another(&a, &b));
        let (a, b) = claims(
            "The strike halted the trains.",
            "The trains continued on Wednesday.",
        );
        assert!(!super::super::subject_acts_on_another(&a, &b));
        // One contest told with and without what was won.
        let (a, b) = claims(
            "Ann Cole lost the Ashby seat by 312 votes.",
            "Ann Cole won by 312 votes.",
        );
        assert!(!super::super::subject_acts_on_another(&a, &b));
    }

    #[test]
    fn a_person_told_by_nationality_may_be_the_one_named() {
        let m = matched(
            "The tribunal accepted the Norwegian's argument that the powder was tainted.",
            "The tribunal rejected Mr. Brandvold's claim that the supplement was to blame.",
        );
        assert_eq!(m.patient, Fit::Same);
        let m = matched(
            "The tribunal accepted Mr. Olsen's argument that the powder was tainted.",
            "The tribunal rejected Mr. Brandvold's claim that the supplement was to blame.",
        );
        assert_eq!(m.patient, Fit::Different);
    }

    #[test]
    fn a_group_named_by_its_members_is_them() {
        let m = matched(
            "The regulator would send a special inspection team to the plant.",
            "The regulator would send additional inspectors to the plant.",
        );
        assert_eq!(m.patient, Fit::Same);
        let m = matched(
            "The regulator would send a special legal team to the plant.",
            "The regulator would send additional inspectors to the plant.",
        );
        assert_ne!(m.patient, Fit::Same);
    }

    #[test]
    fn stopping_and_keeping_on_are_opposite() {
        let m = matched(
            "Production at the site has stopped entirely.",
            "Production has kept running at a reduced rate.",
        );
        assert_eq!(m.predicate, Some(Relation::Opposite));
        let m = matched(
            "Production at the site has stopped entirely.",
            "Production has been running at a reduced rate.",
        );
        assert_ne!(m.predicate, Some(Relation::Opposite));
        // A stop at a place ends nothing.
        let m = matched(
            "The trains stopped at Leeds on Tuesday.",
            "The trains kept running on Tuesday.",
        );
        assert_ne!(m.predicate, Some(Relation::Opposite));
    }

    #[test]
    fn doers_from_different_places_are_different() {
        let m = matched(
            "Four rowers from Cornwall reached Antigua on Sunday.",
            "A crew from Norway reached Antigua on Jan. 14.",
        );
        assert_eq!(m.subject, Fit::Different);
        let m = matched(
            "Four rowers from Cornwall reached Antigua on Sunday.",
            "A crew from Cornwall reached Antigua on Jan. 14.",
        );
        assert_ne!(m.subject, Fit::Different);
    }

    #[test]
    fn paraphrases_are_one_event() {
        let m = matched(
            "Fourteen hostages would be released on Friday.",
            "Eleven hostages would be freed on Friday.",
        );
        assert!(m.same_event(), "{m:?}");
        let m = matched(
            "Eleven other workers were injured in the blast.",
            "Nine other employees were hurt in the blast.",
        );
        assert!(m.same_event(), "{m:?}");
    }

    #[test]
    fn the_old_one_is_another() {
        let m = matched(
            "The original library closed after a storm flooded it.",
            "The library opened with 120,000 books.",
        );
        assert_eq!(m.subject, Fit::Different, "{m:?}");
        let m = matched(
            "The library closed after a storm flooded it.",
            "The library opened with 120,000 books.",
        );
        assert_eq!(m.subject, Fit::Same, "{m:?}");
        // "Old" may say aged.
        assert!(!modifiers_clash("the old swing bridge", "the swing bridge"));
        // A person's former role is still the person.
        assert!(!modifiers_clash("the former coach", "the coach"));
        assert!(modifiers_clash(
            "The state government",
            "The federal government"
        ));
        assert!(!modifiers_clash("The state government", "the government"));
        assert!(!modifiers_clash("The local council", "The city council"));
        assert!(!modifiers_clash(
            "The municipal council",
            "The city council"
        ));
        assert!(modifiers_clash("The men's race", "the women's race"));
        assert!(modifiers_clash("the girls' final", "the boys' final"));
        assert!(!modifiers_clash(
            "the women's race",
            "the women's marathon race"
        ));
        assert!(!modifiers_clash("the women's race", "the race"));
        assert!(modifiers_clash(
            "its former headquarters",
            "the headquarters"
        ));
    }

    #[test]
    fn opposites_of_one_subject() {
        let m = matched(
            "Revenue fell 3% in the quarter.",
            "Revenue rose 3 per cent in the quarter.",
        );
        assert!(m.opposite() && m.shared_participant(), "{m:?}");
        let m = matched(
            "The board has accepted the proposal.",
            "The board had rejected the offer.",
        );
        assert!(m.opposite() && m.no_clash(), "{m:?}");
        // A change told with and without an object: what changes meets.
        let m = matched(
            "Deane's lead widened on Tuesday.",
            "The postal ballots counted on Tuesday narrowed Deane's lead.",
        );
        assert!(
            m.opposite() && m.no_clash() && m.patient == Fit::Same,
            "{m:?}"
        );
        // So does a state kept and an act of contact undoing it.
        let m = matched(
            "All nine village schools remained open on Tuesday.",
            "Officials closed all nine village schools on Tuesday.",
        );
        assert!(
            m.opposite() && m.no_clash() && m.patient == Fit::Same,
            "{m:?}"
        );
        // Not another thing of that kind.
        let m = matched(
            "The pharmacy on King Street stayed open.",
            "Police closed a pharmacy on Queen Street.",
        );
        assert_ne!(m.patient, Fit::Same, "{m:?}");
    }

    #[test]
    fn different_people_and_acts_are_not_one_event() {
        let m = matched(
            "Guard Alan Smith scored 23 points.",
            "Forward Ben Jones scored 16 points.",
        );
        assert_eq!(m.actor, Fit::Different);
        let m = matched("Three people were injured.", "Four people were killed.");
        assert!(!m.same_event(), "{m:?}");
    }

    #[test]
    fn spelling_variants_meet() {
        assert_eq!(spelling_key("Centre"), spelling_key("center"));
        assert_eq!(spelling_key("labour"), spelling_key("labor"));
        assert!(names_overlap(
            "Promises Treatment Centre",
            "Promises Treatment Center"
        ));
        assert!(names_overlap("Pellham", "Pellham Steel"));
        assert!(!names_overlap("Jane Smith", "John Jones"));
    }
}

#[cfg(test)]
mod rule_tests {
    use crate::compare::FindingType;
    use crate::compare::testing::bodies_on;

    fn negations(a: &str, b: &str) -> usize {
        bodies_on("2026-03-03", a, b, FindingType::Negation)
    }

    #[test]
    fn opposite_acts_of_one_thing_are_a_negation() {
        assert_eq!(
            negations(
                "Dana Kessler faced nine counts. The jury found her guilty of wire fraud.",
                "Dana Kessler faced nine counts. Jurors cleared her of the wire fraud charge.",
            ),
            1
        );
        assert_eq!(
            negations(
                "Revenue rose 3% in the quarter.",
                "Revenue fell 3 per cent in the quarter."
            ),
            1
        );
    }

    #[test]
    fn a_thing_cancelled_and_going_ahead_or_a_verdict_in_a_relative_clause() {
        assert_eq!(
            negations(
                "Sunday's programme has been cancelled, the festival said.",
                "Sunday's programme went ahead on the two smaller stages.",
            ),
            1
        );
        // Cancelled and going ahead are two things here.
        assert_eq!(
            negations(
                "Sunday's concert has been cancelled, the festival said.",
                "Saturday's parade went ahead as planned.",
            ),
            0
        );
        // A verdict told in a relative clause about the person, aged or not.
        assert_eq!(
            negations(
                "Lydia Crane was cleared of conspiracy on Wednesday.",
                "Lydia Crane, 44, who was found guilty of conspiracy, was given a suspended sentence.",
            ),
            1
        );
        assert_eq!(
            negations(
                "Lydia Crane was cleared of conspiracy on Wednesday.",
                "Lydia Crane, 44, who was cleared of conspiracy, left the court smiling.",
            ),
            0
        );
        // An act of years ago is no opposite of the news.
        assert_eq!(
            negations(
                "The Halloway Street Bridge has been shut after engineers found a crack.",
                "The Halloway Street Bridge opened in 1958.",
            ),
            0
        );
        // A verb of one word may be another sense ("rose on the swell").
        assert_eq!(
            negations(
                "The ferry was sunk by the storm.",
                "The ferry rose on the swell."
            ),
            0
        );
        // "have" opposes nothing ("had" / "missed").
        assert_eq!(
            negations(
                "Reggie Bush had 440 yards receiving this season.",
                "Reggie Bush missed 440 yards receiving this season.",
            ),
            0
        );
        // A deed with a date of its own is another moment (found in review).
        assert_eq!(
            negations(
                "Tom Hale won on Sunday.",
                "Tom Hale, 31, who lost in March, was back in training on Sunday.",
            ),
            0
        );
        assert_eq!(
            negations(
                "Mark Dale was convicted of fraud on Monday.",
                "Mark Dale, 50, who was acquitted of fraud in a separate case in 2021, was convicted on Monday.",
            ),
            0
        );
        // A deed done to another thing is no opposite ("had 440 yards" /
        // "missed several games"), nor is a verb that may be a participle
        // ("cable cut") one done without an object.
        assert_eq!(
            negations(
                "Reggie Bush had 440 yards receiving this season.",
                "Reggie Bush, who missed several games after knee surgery, ends the season with 440 yards receiving.",
            ),
            0
        );
        assert_eq!(
            negations(
                "The damaged cable was quickly lifted by the repair ship.",
                "An undersea cable cut near Alexandria on Tuesday.",
            ),
            0
        );
    }

    #[test]
    fn up_and_down_after_be_are_opposite_acts() {
        assert_eq!(
            negations(
                "Bookings for the half-term week have dropped compared with last year.",
                "Despite the dispute, bookings for the half-term week are up on last year."
            ),
            1
        );
    }

    #[test]
    fn the_start_and_end_of_a_course_or_acts_dated_apart_are_no_clash() {
        assert_eq!(
            negations(
                "Her modelling career began in October 1950 in New York.",
                "Her modelling career ended in New York after a decade.",
            ),
            0
        );
        assert_eq!(
            negations(
                "The singer disappeared from public life in 1957.",
                "The singer reappeared in public life in December 2003.",
            ),
            0
        );
        assert_eq!(
            negations(
                "Sales of the Corvex rose 3% in 2019.",
                "Sales of the Corvex fell 3% in 2020."
            ),
            0
        );
        // A state may have held since the other's date.
        assert_eq!(
            negations(
                "The gorge path had been closed by the park authority on Friday, a spokeswoman said.",
                "Park officials told the Courier the gorge path was open on Saturday."
            ),
            1
        );
        // A state kept until a change dated after it does not.
        assert_eq!(
            negations(
                "The museum will remain closed on Wednesday, the trust said.",
                "The museum will reopen to visitors on Thursday, a spokeswoman said."
            ),
            0
        );
        // Dated to one time, they clash.
        assert_eq!(
            negations(
                "Sales of the Corvex rose 3% in 2020.",
                "Sales of the Corvex fell 3% in 2020."
            ),
            1
        );
    }

    #[test]
    fn opposite_acts_of_a_thing_named_as_its_kind() {
        // "viaduct" is a kind of "bridge": the claims meet though no word is shared.
        assert_eq!(
            negations(
                "A road bridge in the north will remain closed to traffic, engineers said.",
                "The Aldermoor viaduct will reopen to cars from Monday, the council said.",
            ),
            1
        );
    }

    #[test]
    fn opposite_moves_of_things_with_different_owners_are_not() {
        assert_eq!(
            negations(
                "Brightmere's shares rose 28 per cent in early trading.",
                "Shares of Halvorsen fell 4.1% in Oslo trading.",
            ),
            0
        );
        assert_eq!(
            negations(
                "Brightmere's shares rose 28 per cent in early trading.",
                "Shares of Brightmere fell 4.1% in early trading.",
            ),
            1
        );
    }

    #[test]
    fn opposite_acts_done_to_different_things_or_denied_by_few_are_not() {
        assert_eq!(
            negations(
                "The bank declined to comment on the internal review.",
                "The bank accepted the regulator's findings in full, its chief executive said.",
            ),
            0
        );
        // "Very few succeed" says what "fail all the time" says.
        assert_eq!(
            negations(
                "Early rockets fail all the time in this industry, an analyst said.",
                "Very few new rockets succeed the first time, an engineer said.",
            ),
            0
        );
    }

    #[test]
    fn a_system_failing_and_its_parts_working() {
        // "the sprinkler system" is the sprinklers; "failed to activate"
        // denies the act "switched on" affirms.
        assert_eq!(
            negations(
                "The Dunmore warehouse's sprinkler system failed to activate in the fire, two firefighters said.",
                "Chief Ronan Hale said the Dunmore warehouse's sprinklers switched on in the fire.",
            ),
            1
        );
        assert_eq!(
            negations(
                "The Dunmore warehouse's alarm system failed to activate in the fire, two firefighters said.",
                "Chief Ronan Hale said the Dunmore warehouse's sprinklers switched on in the fire.",
            ),
            0
        );
        // Two systems named by different things are two.
        assert_eq!(
            negations(
                "The Dunmore warehouse's sprinkler system did not activate during the fire.",
                "The Dunmore warehouse's alarm system activated during the fire.",
            ),
            0
        );
    }

    #[test]
    fn converses_are_one_deal_told_from_its_two_sides() {
        assert_eq!(
            negations(
                "Dunmore District Council has agreed to sell the Old Wool Exchange for $1.8 million.",
                "An arts charity has agreed a $1.8 million deal to buy the Old Wool Exchange.",
            ),
            0
        );
        // One doer both buying and selling clashes.
        assert_eq!(
            negations(
                "Dunmore District Council has agreed to sell the Old Wool Exchange for $1.8 million.",
                "Dunmore District Council has agreed to buy the Old Wool Exchange for $1.8 million.",
            ),
            1
        );
    }

    #[test]
    fn an_unanswered_question_opposes_no_act() {
        assert_eq!(
            negations(
                "The branch line remained closed on Thursday, the operator said.",
                "A spokesman for the operator would not say when the branch line might reopen.",
            ),
            0
        );
        // Answered, it does.
        assert_eq!(
            negations(
                "The branch line remained closed on Thursday, the operator said.",
                "The branch line reopened on Thursday, a spokesman for the operator said.",
            ),
            1
        );
    }

    #[test]
    fn opposite_acts_of_two_things_or_a_mixed_verdict_are_not() {
        assert_eq!(
            negations(
                "Dana Kessler faced nine counts. A jury convicted her of siphoning county money.",
                "Dana Kessler faced nine counts. Jurors cleared her of the wire fraud charge.",
            ),
            0
        );
        assert_eq!(
            negations(
                "Dana Kessler faced nine counts. A jury convicted her on Tuesday.",
                "Dana Kessler faced nine counts. Jurors cleared her of one count but convicted her of theft.",
            ),
            0
        );
    }
}
