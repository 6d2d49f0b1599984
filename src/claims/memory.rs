//! The discourse memory: what the text has named so far, so that "he",
//! "it", "the company" and "the agency" resolve to it. Bounded, so
//! resolution costs the same on a book as on a brief.

use rustc_hash::FxHashMap as HashMap;

use crate::lexicon::SourceKind;
use crate::parse::names::{Name, NameKind};

use super::source::{Source, starts_upper};

/// What the text has named so far, for resolving "he", "it", "the company".
#[derive(Debug, Default, Clone)]
pub struct Memory {
    /// Persons in order of mention (full names).
    persons: Vec<String>,
    /// Non-person sources and names in order: (name, kind).
    bodies: Vec<(String, SourceKind)>,
    /// How often each organisation was named, for "the company".
    org_counts: HashMap<String, (usize, usize)>,
    /// The organisation named most often so far: (known to be one, count,
    /// first-seen order, name).
    main_org: Option<(bool, usize, usize, String)>,
    /// The last group of people a sentence opened with ("Survivors"), for "several of them".
    group: Option<String>,
    /// People named with a title: (title, full name).
    titled: Vec<(String, String)>,
    /// The last person quoted or cited as a source, and how many sentences
    /// ago.
    speaker: Option<(String, usize)>,
    /// The last plural source ("Prosecutors", "administrators appointed to
    /// wind up the company"), how many sentences ago, and its kind: whom
    /// "they said" next means.
    plural: Option<(String, usize, SourceKind)>,
    /// One unnamed source described ("a person familiar with the
    /// negotiations"), for "the person said" next.
    described: Vec<(String, SourceKind)>,
    /// True when the last sentence not opening with "it" opened with a
    /// thing ("The crack, about 14 metres long, runs ..."): the "It" of the
    /// next sentence is that thing, not the last body named.
    thing_subject: Option<String>,
}

/// True when a source phrase names several: its first content word is a
/// plural noun ("Administrators appointed to ...", "two officials familiar
/// with ...", "Prosecutors").
pub fn plural_phrase(name: &str) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    name.split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .find(|w| {
            !w.is_empty()
                && !matches!(
                    w.as_str(),
                    "the" | "a" | "an" | "two" | "three" | "several" | "some" | "many"
                )
                && !w.chars().all(|c| c.is_ascii_digit())
                // Past adjectives ("senior"), to the noun they qualify.
                && (wn.lemma(w, Pos::Adj).is_none() || wn.lemma(w, Pos::Noun).is_some())
        })
        .is_some_and(|w| {
            w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && wn
                    .lemma(&w, Pos::Noun)
                    .is_some_and(|l| wn.text(l) != w.as_str())
        })
}

/// False when a person's first name says the pronoun is not theirs.
pub fn fits_pronoun(name: &str, pronoun: &str) -> bool {
    use crate::lexicon::names::{Gender, gender};
    let first = name.split_whitespace().next().unwrap_or("").to_lowercase();
    !matches!(
        (pronoun, gender(&first)),
        ("she" | "her" | "hers" | "herself", Some(Gender::Male))
            | ("he" | "him" | "his" | "himself", Some(Gender::Female))
    )
}

/// How many recent persons and bodies the memory keeps: "he" and "the
/// agency" point back a few paragraphs, not a whole book, and a bound keeps
/// resolution constant-time on any input.
const RECALL: usize = 64;

fn push_bounded<T>(v: &mut Vec<T>, x: T) {
    if v.len() >= 2 * RECALL {
        v.drain(..RECALL);
    }
    v.push(x);
}

impl Memory {
    /// Records a name seen in the text (outside quotations).
    pub fn see_name(&mut self, n: &Name) {
        match n.kind {
            NameKind::Person => {
                push_bounded(&mut self.persons, n.name.clone());
                if let Some(t) = &n.title {
                    push_bounded(&mut self.titled, (t.clone(), n.name.clone()));
                }
            }
            _ if n.qualifier => {}
            // A paper told something ("told the Harbour Gazette"): no body
            // the story is about.
            NameKind::Organization | NameKind::Other if crate::lexicon::press_name(&n.name) => {
                push_bounded(&mut self.bodies, (n.name.clone(), SourceKind::Outlet))
            }
            NameKind::Organization | NameKind::Other => {
                let order = self.org_counts.len();
                let e = self.org_counts.entry(n.name.clone()).or_insert((0, order));
                e.0 += 1;
                let (count, first) = *e;
                // A name of several words counts once more than a lone
                // word ("Carrow Valley Water" / "Carrow" in a headline); a
                // name known as an organisation wins a tie.
                let known = n.kind == NameKind::Organization;
                let count = count + usize::from(n.name.contains(' '));
                let better = match &self.main_org {
                    None => true,
                    Some((k, c, o, _)) => {
                        (count, known, std::cmp::Reverse(first)) > (*c, *k, std::cmp::Reverse(*o))
                    }
                };
                if better {
                    self.main_org = Some((known, count, first, n.name.clone()));
                }
                push_bounded(&mut self.bodies, (n.name.clone(), SourceKind::Organization));
            }
            NameKind::Government => {
                push_bounded(&mut self.bodies, (n.name.clone(), SourceKind::Government))
            }
            NameKind::Outlet => {
                push_bounded(&mut self.bodies, (n.name.clone(), SourceKind::Outlet))
            }
            NameKind::Place => {}
        }
    }

    /// Records a resolved source.
    pub fn see_source(&mut self, s: &Source) {
        match s.kind {
            SourceKind::Person
            | SourceKind::Unspecified
            | SourceKind::Anonymous
            | SourceKind::Government
            | SourceKind::Organization
                if s.span.is_some() && plural_phrase(&s.name) =>
            {
                self.plural = Some((s.name.clone(), 0, s.kind));
            }
            SourceKind::Anonymous | SourceKind::Unspecified | SourceKind::Person
                if s.span.is_some()
                    && matches!(
                        s.name.split_whitespace().next(),
                        Some("a" | "an" | "A" | "An" | "one" | "One")
                    ) =>
            {
                push_bounded(&mut self.described, (s.name.clone(), s.kind));
                if s.kind == SourceKind::Person {
                    // "A spokeswoman for the regulator said ... '...,' she said."
                    self.speaker = Some((s.name.clone(), 0));
                }
            }
            SourceKind::Person if s.span.is_some() && starts_upper(&s.name) => {
                push_bounded(&mut self.persons, s.name.clone());
                self.speaker = Some((s.name.clone(), 0));
            }
            SourceKind::Outlet | SourceKind::Organization | SourceKind::Government
                if s.span.is_some() && starts_upper(&s.name) && !s.name.starts_with("The ")
                    || s.kind == SourceKind::Outlet =>
            {
                push_bounded(&mut self.bodies, (s.name.clone(), s.kind));
            }
            _ => {}
        }
    }

    /// Records what a sentence opens with: a thing (its head noun) or a
    /// person, a body or a name (`None`); `None` for a sentence opening
    /// with "it", which keeps the last.
    pub fn see_opening(&mut self, thing: Option<Option<String>>) {
        if let Some(t) = thing {
            self.thing_subject = t;
        }
    }

    /// The thing (its head noun) "it" means, when the last sentence opened
    /// with one.
    pub fn thing_subject(&self) -> Option<&str> {
        self.thing_subject.as_deref()
    }

    /// Marks the end of a sentence.
    pub fn next_sentence(&mut self) {
        if let Some((_, n)) = &mut self.speaker {
            *n += 1;
        }
        if let Some((_, n, _)) = &mut self.plural {
            *n += 1;
        }
    }

    /// The person "she said" most likely means: the last speaker, if one
    /// spoke in this sentence or the one before and the pronoun may be
    /// theirs ("Whitcombe said manager Lee Ashworth's job was safe. '...,'
    /// she added": Whitcombe, not Ashworth).
    pub fn last_speaker(&self, pronoun: &str) -> Option<&str> {
        self.speaker
            .as_ref()
            .filter(|(p, n)| *n <= 1 && fits_pronoun(p, pronoun))
            .map(|(p, _)| p.as_str())
    }

    /// The plural source "they said" most likely means: the last one, if
    /// it spoke in this sentence or the one before.
    pub fn last_plural(&self) -> Option<(&str, SourceKind)> {
        self.plural
            .as_ref()
            .filter(|(_, n, _)| *n <= 1)
            .map(|(p, _, k)| (p.as_str(), *k))
    }

    /// Records the group of people a sentence opens with.
    pub fn see_group(&mut self, g: &str) {
        self.group = Some(g.to_lowercase());
    }

    /// The last group of people.
    pub fn last_group(&self) -> Option<&str> {
        self.group.as_deref()
    }

    /// The most recent person named with a title holding `word` ("Fire Chief Raymond Okafor").
    pub fn person_with_title(&self, word: &str) -> Option<&str> {
        self.titled
            .iter()
            .rev()
            .find(|(t, _)| t.split_whitespace().any(|w| w.eq_ignore_ascii_case(word)))
            .map(|(_, p)| p.as_str())
    }

    /// The person "he"/"she" most likely means: the last one named whose
    /// first name does not say otherwise ("she" after "Dana Whitcombe said
    /// manager Lee Ashworth's job was safe" is Whitcombe only if "Lee" may
    /// not be a woman's name; "she" skips a "Marcus").
    pub fn last_person(&self, pronoun: &str) -> Option<&str> {
        self.persons
            .iter()
            .rev()
            .find(|p| fits_pronoun(p, pronoun))
            .or(self.persons.last())
            .map(String::as_str)
    }

    /// The body "it" most likely means.
    pub fn last_body(&self) -> Option<(&str, SourceKind)> {
        self.bodies.last().map(|(n, k)| (n.as_str(), *k))
    }

    /// The most recent body whose name holds `head` as a word ("the bank" -> "Central Bank of Kenya").
    pub fn body_with_word(&self, head: &str) -> Option<(&str, SourceKind)> {
        self.bodies
            .iter()
            .rev()
            .find(|(n, _)| {
                n.split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case(head))
            })
            .map(|(n, k)| (n.as_str(), *k))
    }

    /// The most recent unnamed source described with `head` as its head
    /// word, before any modifier after it ("the person" -> "a person
    /// familiar with the negotiations"; "the regulator" is not "a
    /// spokeswoman for the regulator").
    pub fn described_with_word(&self, head: &str) -> Option<(&str, SourceKind)> {
        self.described
            .iter()
            .rev()
            .find(|(n, _)| {
                n.split_whitespace()
                    .take_while(|w| {
                        !matches!(
                            *w,
                            "of" | "for"
                                | "with"
                                | "at"
                                | "in"
                                | "on"
                                | "from"
                                | "to"
                                | "familiar"
                                | "close"
                                | "briefed"
                                | "who"
                                | "that"
                        )
                    })
                    .any(|w| w.eq_ignore_ascii_case(head))
            })
            .map(|(n, k)| (n.as_str(), *k))
    }

    /// The most recent government body ("the agency").
    pub fn last_government(&self) -> Option<&str> {
        self.bodies
            .iter()
            .rev()
            .find(|(_, k)| *k == SourceKind::Government)
            .map(|(n, _)| n.as_str())
    }

    /// The organisation named most often so far ("the company"); ties go to the first named.
    pub fn main_organization(&self) -> Option<&str> {
        self.main_org.as_ref().map(|(_, _, _, n)| n.as_str())
    }
}
