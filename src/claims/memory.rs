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
    /// The organisation named most often so far: (count, first-seen order, name).
    main_org: Option<(usize, usize, String)>,
    /// The last group of people a sentence opened with ("Survivors"), for "several of them".
    group: Option<String>,
    /// People named with a title: (title, full name).
    titled: Vec<(String, String)>,
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
            NameKind::Organization | NameKind::Other => {
                let order = self.org_counts.len();
                let e = self.org_counts.entry(n.name.clone()).or_insert((0, order));
                e.0 += 1;
                let (count, first) = *e;
                let better = match &self.main_org {
                    None => true,
                    Some((c, o, _)) => count > *c || (count == *c && first < *o),
                };
                if better {
                    self.main_org = Some((count, first, n.name.clone()));
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
            SourceKind::Person if s.span.is_some() && starts_upper(&s.name) => {
                push_bounded(&mut self.persons, s.name.clone())
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

    /// The person "he"/"she" most likely means.
    pub fn last_person(&self) -> Option<&str> {
        self.persons.last().map(String::as_str)
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
        self.main_org.as_ref().map(|(_, _, n)| n.as_str())
    }
}
