//! Stage 4a, align: finds the pairs of claims that are about the same thing.
//!
//! Each claim becomes a set of weighted terms: its content words (lowercase,
//! irregular forms and synonyms mapped to one base, then stemmed), its
//! numbers (`num:GBP:45000000`), dates (`date:2025-03-11`) and roles. Terms
//! are weighted by their rarity in the run (inverse document frequency). An
//! inverted index over the rarer terms proposes candidates; only candidates
//! are scored, never all pairs, so a story of thousands of articles stays
//! fast. The score is a weighted cosine of the two term sets.

pub mod normalize;

use rustc_hash::FxHashMap as HashMap;

use rust_stemmers::{Algorithm, Stemmer};

use crate::claims::Claim;
use crate::lexicon::Lexicon;

pub use normalize::Names;

/// A pair of claims worth comparing, by index into the run's claims (`a < b`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pair {
    /// First claim (earlier in the run).
    pub a: usize,
    /// Second claim.
    pub b: usize,
    /// Similarity, 0 to 1.
    pub sim: f64,
}

/// Alignment terms of words, computed once per word (stemming is the costly
/// part of comparing) and shared by the rules of a run.
pub struct Vocab {
    stemmer: Stemmer,
    /// Base form -> term id.
    by_base: std::cell::RefCell<HashMap<String, u32>>,
    /// Term string -> term id.
    by_term: std::cell::RefCell<HashMap<String, u32>>,
}

impl std::fmt::Debug for Vocab {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Vocab")
            .field("terms", &self.by_term.borrow().len())
            .finish()
    }
}

impl Default for Vocab {
    fn default() -> Self {
        Vocab {
            stemmer: Stemmer::create(Algorithm::English),
            by_base: std::cell::RefCell::new(HashMap::default()),
            by_term: std::cell::RefCell::new(HashMap::default()),
        }
    }
}

impl Vocab {
    /// The id of a term string, added when new.
    pub fn term_id(&self, term: &str) -> u32 {
        let mut m = self.by_term.borrow_mut();
        if let Some(&id) = m.get(term) {
            return id;
        }
        let id = m.len() as u32;
        m.insert(term.to_string(), id);
        id
    }

    /// The term id of a word's base form (its synonym group, else its stem).
    pub fn word(&self, base: &str, lx: &Lexicon) -> u32 {
        if let Some(&id) = self.by_base.borrow().get(base) {
            return id;
        }
        let id = self.term_id(&word_term(base, lx, &self.stemmer));
        self.by_base.borrow_mut().insert(base.to_string(), id);
        id
    }
}

/// Terms of every claim, with their weights.
#[derive(Debug, Default)]
pub struct Terms {
    /// The vocabulary the ids refer to.
    pub vocab: Vocab,
    /// Term ids of each claim's content words, in the order of `facts.words`.
    pub word_ids: Vec<Vec<u32>>,
    /// Term ids per claim, sorted and unique.
    pub of_claim: Vec<Vec<u32>>,
    /// Weight of each term id.
    pub weight: Vec<f64>,
    /// Number of claims holding each term.
    pub df: Vec<u32>,
    /// Term strings (for debugging and explanations).
    pub names: Vec<String>,
}

impl Terms {
    /// Sum of the weights of a claim's terms.
    pub fn mass(&self, c: usize) -> f64 {
        self.of_claim[c]
            .iter()
            .map(|&t| self.weight[t as usize])
            .sum()
    }

    /// Weighted cosine similarity of two claims.
    pub fn sim(&self, a: usize, b: usize) -> f64 {
        let (ta, tb) = (&self.of_claim[a], &self.of_claim[b]);
        let shared = shared_weight(ta, tb, &self.weight);
        let (ma, mb) = (self.mass(a), self.mass(b));
        if ma <= 0.0 || mb <= 0.0 {
            return 0.0;
        }
        shared / (ma * mb).sqrt()
    }

    /// Share of the smaller claim's weight that the other claim also has.
    pub fn containment(&self, a: usize, b: usize) -> f64 {
        let shared = shared_weight(&self.of_claim[a], &self.of_claim[b], &self.weight);
        let m = self.mass(a).min(self.mass(b));
        if m <= 0.0 { 0.0 } else { shared / m }
    }

    /// Term strings two claims share.
    pub fn shared(&self, a: usize, b: usize) -> Vec<&str> {
        let tb = &self.of_claim[b];
        self.of_claim[a]
            .iter()
            .filter(|t| tb.binary_search(t).is_ok())
            .map(|&t| self.names[t as usize].as_str())
            .collect()
    }
}

fn shared_weight(ta: &[u32], tb: &[u32], w: &[f64]) -> f64 {
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < ta.len() && j < tb.len() {
        match ta[i].cmp(&tb[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += w[ta[i] as usize];
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// The alignment word of a lowercase base form: its synonym group, else its stem.
pub fn word_term(w: &str, lx: &Lexicon, stemmer: &Stemmer) -> String {
    if let Some(g) = lx.synonyms.get(w) {
        return g.clone();
    }
    // The dictionary's lemma ("passengers" -> passenger, "houses" -> house)
    // meets the group of its base form.
    let wn = crate::lexicon::wordnet::WordNet::builtin();
    for pos in [
        crate::lexicon::wordnet::Pos::Noun,
        crate::lexicon::wordnet::Pos::Verb,
    ] {
        if let Some(l) = wn.lemma(w, pos) {
            if let Some(g) = lx.synonyms.get(wn.text(l)) {
                return g.clone();
            }
        }
    }
    let stem = stemmer.stem(w);
    if let Some(g) = lx.synonyms.get(stem.as_ref()) {
        return g.clone();
    }
    // A verb's regular inflections ("approved", "endorsing") meet its group;
    // plurals keep their own stem, so "passengers" stays apart from "people".
    if w.ends_with("ed") || w.ends_with("ing") {
        if let Some(g) = lx.synonym_stems.get(stem.as_ref()) {
            return g.clone();
        }
    }
    stem.into_owned()
}

/// Builds the weighted terms of claims.
pub fn build_terms(claims: &[Claim], lx: &Lexicon) -> Terms {
    let mut t = Terms::default();
    for c in claims {
        let words: Vec<u32> = c.facts.words().map(|w| t.vocab.word(w, lx)).collect();
        let mut mine: Vec<u32> = Vec::with_capacity(words.len() + 4);
        mine.extend_from_slice(&words);
        t.word_ids.push(words);
        let mut add = |s: String, t: &mut Terms| {
            mine.push(t.vocab.term_id(&s));
        };
        for n in &c.numbers {
            let unit = n.unit.as_deref().unwrap_or("n");
            // A count meets a count of the same thing: "three people", not "three hospitals".
            // A count meets a count of the same thing ("three people", not
            // "three hospitals"); a larger figure meets the same figure anywhere.
            if let Some(noun) = n.noun.as_deref().filter(|_| n.unit.is_none()) {
                add(
                    format!("num:{unit}:{}:{}", round_key(n.value), lx.base(noun)),
                    &mut t,
                );
            }
            if n.unit.is_some() || n.noun.is_none() || n.value >= 10.0 {
                add(format!("num:{unit}:{}", round_key(n.value)), &mut t);
            }
            // An estimate meets the figure it rounds ("about £3.5 million" /
            // "an estimated £3.48 million") at two digits.
            // A count keeps its noun ("an estimated 2,040 people" meets no
            // "2,000 homes").
            if n.qualifier == Some(crate::lexicon::Qualifier::About) && n.value >= 100.0 {
                match n.noun.as_deref().filter(|_| n.unit.is_none()) {
                    Some(noun) => add(
                        format!("num:{unit}:{}:{}", coarse_key(n.value), lx.base(noun)),
                        &mut t,
                    ),
                    None => add(format!("num:{unit}:{}", coarse_key(n.value)), &mut t),
                }
            }
        }
        // A tally of votes each way meets another: a story tells of few
        // votes ("approved by 21 votes to 14" / "passed by 19 votes to 16").
        if c.numbers
            .iter()
            .any(|x| crate::parse::number::votes_alike(x, x))
        {
            add("tally:votes".to_string(), &mut t);
        }
        for d in &c.dates {
            if let Some(v) = &d.value {
                add(format!("date:{v}"), &mut t);
            }
            // The coming reading of a weekday no tense marks.
            if let Some(v) = d.alt.filter(|v| Some(v.to_string()) != d.value) {
                add(format!("date:{v}"), &mut t);
            }
        }
        // The hour of a time of day: "shortly after 11 p.m." meets "11:10 p.m.".
        for &m in &c.facts.times {
            add(format!("time:{:02}", m / 60), &mut t);
        }
        for r in &c.facts.roles {
            add(format!("role:{}", r.role), &mut t);
        }
        mine.sort_unstable();
        mine.dedup();
        t.of_claim.push(mine);
    }
    let n_terms = t.vocab.by_term.borrow().len();
    t.df = vec![0; n_terms];
    t.names = vec![String::new(); n_terms];
    for (name, &id) in t.vocab.by_term.borrow().iter() {
        t.names[id as usize] = name.clone();
    }
    for ids in &t.of_claim {
        for &id in ids {
            t.df[id as usize] += 1;
        }
    }
    let n = claims.len().max(1) as f64;
    t.weight =
        t.df.iter()
            .map(|&df| ((n + 1.0) / (df as f64 + 0.5)).ln().max(0.05))
            .collect();
    t
}

/// A number's key: values equal to three significant digits meet.
fn round_key(v: f64) -> String {
    round_to(v, 3)
}

/// A figure rounded to two significant digits.
fn coarse_key(v: f64) -> String {
    round_to(v, 2)
}

/// A figure rounded to `digits` significant digits, as a key. Large
/// figures are divided by a whole power of ten, so that one value prints
/// one way (3500000, not 3499999.9999999995).
fn round_to(v: f64, digits: i32) -> String {
    if v == 0.0 || !v.is_finite() {
        return "0".into();
    }
    let mag = v.abs().log10().floor() as i32;
    if mag >= digits - 1 {
        let step = 10f64.powi(mag - digits + 1);
        return format!("{}", (v / step).round() * step);
    }
    let scale = 10f64.powi(digits - 1 - mag);
    format!("{}", (v * scale).round() / scale)
}

/// Options of alignment.
#[derive(Clone, Debug)]
pub struct AlignOptions {
    /// Pairs below this similarity are dropped.
    pub min_sim: f64,
    /// Partners kept per claim (best first).
    pub per_claim: usize,
}

impl Default for AlignOptions {
    fn default() -> Self {
        AlignOptions {
            min_sim: 0.08,
            per_claim: 10,
        }
    }
}

/// Finds candidate pairs: claims sharing a rare enough term, scored, the
/// best few per claim kept. `comparable(a, b)` says whether two claims may
/// be set against each other (different sources).
pub fn align(
    terms: &Terms,
    opts: &AlignOptions,
    comparable: &dyn Fn(usize, usize) -> bool,
) -> Vec<Pair> {
    let n = terms.of_claim.len();
    // Terms held by very many claims propose no candidates (they still count in the score).
    let cap = (n / 8).clamp(48, 400) as u32;
    let mut postings: Vec<Vec<u32>> = vec![Vec::new(); terms.weight.len()];
    for (c, ts) in terms.of_claim.iter().enumerate() {
        for &t in ts {
            if terms.df[t as usize] <= cap {
                postings[t as usize].push(c as u32);
            }
        }
    }
    let mut best: Vec<Vec<(f64, usize)>> = vec![Vec::new(); n];
    let mut acc: HashMap<u32, f64> = HashMap::default();
    for a in 0..n {
        acc.clear();
        for &t in &terms.of_claim[a] {
            let p = &postings[t as usize];
            for &b in p {
                if (b as usize) > a {
                    *acc.entry(b).or_insert(0.0) += terms.weight[t as usize];
                }
            }
        }
        // Score the strongest candidates fully.
        let mut cands: Vec<(u32, f64)> = acc.iter().map(|(&b, &w)| (b, w)).collect();
        cands.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        cands.truncate(64);
        for (b, _) in cands {
            let b = b as usize;
            if !comparable(a, b) {
                continue;
            }
            let sim = terms.sim(a, b);
            if sim >= opts.min_sim {
                best[a].push((sim, b));
                best[b].push((sim, a));
            }
        }
    }
    let mut keep: Vec<(usize, usize)> = Vec::new();
    for (a, list) in best.iter_mut().enumerate() {
        list.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        for &(_, b) in list.iter().take(opts.per_claim) {
            keep.push((a.min(b), a.max(b)));
        }
    }
    keep.sort_unstable();
    keep.dedup();
    keep.into_iter()
        .map(|(a, b)| Pair {
            a,
            b,
            sim: terms.sim(a, b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tallies_of_votes_meet() {
        let lx = Lexicon::builtin();
        let claim = |body: &str| {
            let doc = crate::load::document_from_text("d", format!("outlet: D\n\n{body}\n"), lx)
                .expect("a document");
            crate::claims::extract(&doc, lx).remove(0)
        };
        let claims = [
            claim("It was approved by 22 votes to 13 after a long debate."),
            claim("The decision, taken this week, passed by 20 votes to 15."),
            claim("The contract covers 40 schools and 13 nurseries."),
        ];
        let terms = build_terms(&claims, lx);
        let tally = terms.vocab.term_id("tally:votes");
        let has = |i: usize| terms.of_claim[i].contains(&tally);
        assert!(has(0) && has(1) && !has(2));
    }

    #[test]
    fn an_estimate_meets_its_round_figure() {
        assert_eq!(coarse_key(3_480_000.0), round_key(3_500_000.0));
        assert_eq!(coarse_key(212.0), round_key(210.0));
        assert_ne!(coarse_key(3_300_000.0), round_key(3_500_000.0));
    }

    #[test]
    fn round_keys_meet_at_three_digits() {
        assert_eq!(round_key(126000.0), round_key(126_000.4));
        assert_ne!(round_key(45e6), round_key(48e6));
        assert_eq!(round_key(10.5), round_key(10.50));
    }

    #[test]
    fn word_terms_meet_across_forms() {
        let lx = Lexicon::builtin();
        let st = Stemmer::create(Algorithm::English);
        assert_eq!(
            word_term(lx.base("selling"), lx, &st),
            word_term(lx.base("sale"), lx, &st)
        );
        assert_eq!(
            word_term(lx.base("glitches"), lx, &st),
            word_term(lx.base("fault"), lx, &st)
        );
        // Regular inflections of a group's words meet the group too.
        assert_eq!(
            word_term(lx.base("approved"), lx, &st),
            word_term(lx.base("backed"), lx, &st)
        );
        assert_eq!(
            word_term(lx.base("heard"), lx, &st),
            word_term(lx.base("hearing"), lx, &st)
        );
        assert_eq!(
            word_term(lx.base("batteries"), lx, &st),
            word_term(lx.base("battery"), lx, &st)
        );
    }
}
