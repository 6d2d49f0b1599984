//! A map from word sequences to values, matched against a document's tokens
//! at a position, longest phrase first.

use rustc_hash::FxHashMap as HashMap;

use crate::parse::token::{Tokens, tokenize};

/// Phrases keyed by their first lowercase token.
#[derive(Debug)]
pub struct PhraseMap<V> {
    by_first: HashMap<String, Vec<(Vec<String>, V)>>,
    /// The class bit marking words that start a phrase of this map (0: none).
    bit: u32,
}

impl<V> Default for PhraseMap<V> {
    fn default() -> Self {
        PhraseMap {
            by_first: HashMap::default(),
            bit: 0,
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
            list.sort_by_key(|b| std::cmp::Reverse(b.0.len()));
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

    /// Sets the class bit of words that start a phrase of this map, so
    /// [`PhraseMap::match_at`] can skip other tokens without a look-up.
    pub fn set_bit(&mut self, bit: u32) {
        self.bit = bit;
    }

    /// The first words of all phrases.
    pub fn firsts(&self) -> Vec<String> {
        self.by_first.keys().cloned().collect()
    }

    /// The longest phrase starting at token `i` that ends before token `end`:
    /// its length in tokens and value.
    pub fn match_at(&self, toks: &Tokens, i: usize, end: usize) -> Option<(usize, &V)> {
        if self.bit != 0 {
            if let Some(c) = toks.class(i) {
                if c & self.bit == 0 {
                    return None;
                }
            }
        }
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
