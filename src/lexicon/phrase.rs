//! A map from word sequences to values, matched against a document's tokens
//! at a position, longest phrase first.

use std::collections::HashMap;

use crate::parse::token::{tokenize, Tokens};

/// Phrases keyed by their first lowercase token.
#[derive(Debug)]
pub struct PhraseMap<V> {
    by_first: HashMap<String, Vec<(Vec<String>, V)>>,
}

impl<V> Default for PhraseMap<V> {
    fn default() -> Self {
        PhraseMap {
            by_first: HashMap::new(),
        }
    }
}

/// Lowercase token forms of a phrase, cut by the document tokenizer so that
/// phrases and text split the same way.
pub fn phrase_tokens(phrase: &str) -> Vec<String> {
    let t = tokenize(phrase, 0, phrase.len());
    (0..t.len()).map(|i| t.lower(i).to_string()).collect()
}

impl<V> PhraseMap<V> {
    /// Adds a phrase; a later entry for the same phrase replaces the earlier.
    pub fn insert(&mut self, phrase: &str, value: V) {
        let toks = phrase_tokens(phrase);
        let Some(first) = toks.first().cloned() else {
            return;
        };
        let rest: Vec<String> = toks[1..].to_vec();
        let list = self.by_first.entry(first).or_default();
        if let Some(slot) = list.iter_mut().find(|(r, _)| *r == rest) {
            slot.1 = value;
        } else {
            list.push((rest, value));
            // Longest first, so the first match is the longest.
            list.sort_by(|a, b| b.0.len().cmp(&a.0.len()));
        }
    }

    /// The value of exactly this phrase.
    pub fn get_exact(&self, phrase: &str) -> Option<&V> {
        let toks = phrase_tokens(phrase);
        let (first, rest) = toks.split_first()?;
        self.by_first
            .get(first)?
            .iter()
            .find(|(r, _)| r.as_slice() == rest)
            .map(|(_, v)| v)
    }

    /// The longest phrase starting at token `i` that ends before token `end`:
    /// its length in tokens and value.
    pub fn match_at(&self, toks: &Tokens, i: usize, end: usize) -> Option<(usize, &V)> {
        let list = self.by_first.get(toks.lower(i))?;
        'next: for (rest, v) in list {
            if i + 1 + rest.len() > end {
                continue;
            }
            for (k, w) in rest.iter().enumerate() {
                if toks.lower(i + 1 + k) != w {
                    continue 'next;
                }
            }
            return Some((1 + rest.len(), v));
        }
        None
    }

    /// True when some phrase starts with this lowercase word.
    pub fn starts_with(&self, w: &str) -> bool {
        self.by_first.contains_key(w)
    }
}
