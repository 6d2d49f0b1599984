//! Bundled word knowledge from WordNet 3.0: lemmas (with WordNet's exception
//! lists), senses ranked by frequency, hypernyms, antonyms, similar senses,
//! derivations and multiword verbs.
//!
//! The data is one binary file, `data/wordnet/wordnet.bin`, made by
//! `tools/gen_wordnet.py` (its docstring gives the layout and how to rebuild
//! it; `data/wordnet/README.md` the source and license). It is read in place:
//! nothing is parsed at start-up, a word is found by one hash probe.
//!
//! ```
//! use claimdiff::lexicon::wordnet::{Pos, WordNet};
//! let wn = WordNet::builtin();
//! let freed = wn.lemmas("freed", Pos::Verb);
//! assert_eq!(wn.text(freed[0]), "free");
//! ```

use std::sync::LazyLock;

static DATA: &[u8] = include_bytes!("data/wordnet/wordnet.bin");

static BUILTIN: LazyLock<WordNet> = LazyLock::new(|| WordNet::new(DATA).unwrap_or_default());

/// Word forms remembered per thread by [`WordNet::lemma`] before the memo
/// starts again (a few MB at most).
const MEMO_MAX: usize = 1 << 16;

thread_local! {
    /// First lemmas of the bundled data by word form, per part of speech.
    static MEMO: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, [u32; 4]>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

/// A part of speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pos {
    /// A noun: "release", "injury".
    Noun = 0,
    /// A verb: "free", "break down".
    Verb = 1,
    /// An adjective: "open", "guilty".
    Adj = 2,
    /// An adverb: "reportedly".
    Adv = 3,
}

impl Pos {
    const ALL: [Pos; 4] = [Pos::Noun, Pos::Verb, Pos::Adj, Pos::Adv];

    fn from_bits(b: u32) -> Pos {
        Pos::ALL[(b & 3) as usize]
    }
}

/// A word of the data: a lemma, or an inflected form of the exception lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WordId(pub u32);

/// A sense (a synonym set).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SynsetId(pub u32);

/// WordNet's lexicographer files: the broad class of a sense.
pub mod lexname {
    /// `noun.act`: acts and actions ("release", "arrest").
    pub const NOUN_ACT: u8 = 4;
    /// `noun.artifact`: things made by people.
    pub const NOUN_ARTIFACT: u8 = 6;
    /// `noun.communication`: messages, statements, works.
    pub const NOUN_COMMUNICATION: u8 = 10;
    /// `noun.event`: happenings.
    pub const NOUN_EVENT: u8 = 11;
    /// `noun.group`: groupings of people or things.
    pub const NOUN_GROUP: u8 = 14;
    /// `noun.location`: places.
    pub const NOUN_LOCATION: u8 = 15;
    /// `noun.object`: natural objects, landforms and waters ("ridge", "creek").
    pub const NOUN_OBJECT: u8 = 17;
    /// `noun.person`: people.
    pub const NOUN_PERSON: u8 = 18;
    /// `noun.phenomenon`: natural happenings ("hurricane", "storm").
    pub const NOUN_PHENOMENON: u8 = 19;
    /// `noun.quantity`: amounts and units.
    pub const NOUN_QUANTITY: u8 = 23;
    /// `noun.time`: times and periods.
    pub const NOUN_TIME: u8 = 28;
    /// `verb.change`: changes of size, state or quality ("widen", "close").
    pub const VERB_CHANGE: u8 = 30;
    /// `verb.communication`: telling, asking, saying.
    pub const VERB_COMMUNICATION: u8 = 32;
    /// verb.contact: touching, hitting, closing ("close", "shut", "open").
    pub const VERB_CONTACT: u8 = 35;
    /// `verb.possession`: buying, selling, owning.
    pub const VERB_POSSESSION: u8 = 40;
    /// `verb.stative`: being, having, spatial relations.
    pub const VERB_STATIVE: u8 = 42;
}

/// The bundled WordNet, read in place.
#[derive(Debug, Default)]
pub struct WordNet {
    data: &'static [u8],
    /// Every word's spelling, checked as UTF-8 once.
    strings: &'static str,
    n_words: u32,
    n_synsets: u32,
    hash_mask: u32,
    off_words: usize,
    off_hash: usize,
    off_senses: usize,
    off_synsets: usize,
    off_links: usize,
}

const WORD_REC: usize = 20;
const SYNSET_REC: usize = 12;

fn fnv1a(b: &[u8]) -> u32 {
    let mut h: u32 = 0x811C_9DC5;
    for &x in b {
        h ^= u32::from(x);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

/// Detachment rules of WordNet's morphy: (suffix, replacement) per part of speech.
const RULES_NOUN: &[(&str, &str)] = &[
    ("s", ""),
    ("ses", "s"),
    ("xes", "x"),
    ("zes", "z"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("men", "man"),
    ("ies", "y"),
];
const RULES_VERB: &[(&str, &str)] = &[
    ("s", ""),
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
];
const RULES_ADJ: &[(&str, &str)] = &[("er", ""), ("est", ""), ("er", "e"), ("est", "e")];

impl WordNet {
    /// The bundled data, read once.
    pub fn builtin() -> &'static WordNet {
        &BUILTIN
    }

    /// Reads data in the layout of `tools/gen_wordnet.py`; `None` when it is
    /// not that layout (every later access is bounds-checked as well).
    pub fn new(data: &'static [u8]) -> Option<WordNet> {
        if data.get(..4)? != b"CDWN" {
            return None;
        }
        let u = |i: usize| -> Option<u32> {
            Some(u32::from_le_bytes(
                data.get(4 + 4 * i..8 + 4 * i)?.try_into().ok()?,
            ))
        };
        if u(0)? != 1 {
            return None;
        }
        let strings = std::str::from_utf8(data.get(u(4)? as usize..u(5)? as usize)?).ok()?;
        let wn = WordNet {
            data,
            strings,
            n_words: u(1)?,
            n_synsets: u(2)?,
            hash_mask: (1u32 << u(3)?.min(31)) - 1,
            off_words: u(5)? as usize,
            off_hash: u(6)? as usize,
            off_senses: u(7)? as usize,
            off_synsets: u(8)? as usize,
            off_links: u(9)? as usize,
        };
        let words_end = wn.off_words + wn.n_words as usize * WORD_REC;
        let syn_end = wn.off_synsets + wn.n_synsets as usize * SYNSET_REC;
        (words_end <= data.len() && syn_end <= data.len() && wn.off_links <= data.len())
            .then_some(wn)
    }

    fn u32_at(&self, at: usize) -> u32 {
        self.data
            .get(at..at + 4)
            .and_then(|b| b.try_into().ok())
            .map_or(0, u32::from_le_bytes)
    }

    fn u16_at(&self, at: usize) -> u16 {
        self.data
            .get(at..at + 2)
            .and_then(|b| b.try_into().ok())
            .map_or(0, u16::from_le_bytes)
    }

    fn u8_at(&self, at: usize) -> u8 {
        self.data.get(at).copied().unwrap_or(0)
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.n_words as usize
    }

    /// True when no data is loaded.
    pub fn is_empty(&self) -> bool {
        self.n_words == 0
    }

    /// The word spelt exactly so (lowercase for common words, "Paris" for
    /// proper nouns, spaces in multiword verbs: "take place").
    pub fn word(&self, s: &str) -> Option<WordId> {
        if self.n_words == 0 {
            return None;
        }
        let mut h = fnv1a(s.as_bytes()) & self.hash_mask;
        for _ in 0..=self.hash_mask {
            let slot = self.u32_at(self.off_hash + 4 * h as usize);
            if slot == 0 {
                return None;
            }
            let id = WordId(slot - 1);
            if self.bytes(id) == s.as_bytes() {
                return Some(id);
            }
            h = (h + 1) & self.hash_mask;
        }
        None
    }

    fn word_rec(&self, w: WordId) -> usize {
        self.off_words + (w.0.min(self.n_words.saturating_sub(1)) as usize) * WORD_REC
    }

    /// The spelling of a word as bytes.
    fn bytes(&self, w: WordId) -> &'static [u8] {
        self.text(w).as_bytes()
    }

    /// The spelling of a word.
    pub fn text(&self, w: WordId) -> &'static str {
        if w.0 >= self.n_words {
            return "";
        }
        let r = self.word_rec(w);
        let start = self.u32_at(r) as usize;
        let len = self.u16_at(r + 4) as usize;
        self.strings.get(start..start + len).unwrap_or("")
    }

    /// The senses of a word as a part of speech, most frequent first.
    pub fn senses(&self, w: WordId, pos: Pos) -> impl Iterator<Item = SynsetId> + '_ {
        let (r, ok) = (self.word_rec(w), w.0 < self.n_words);
        let counts: [u8; 4] = std::array::from_fn(|i| if ok { self.u8_at(r + 12 + i) } else { 0 });
        let before: usize = counts[..pos as usize].iter().map(|&c| c as usize).sum();
        let start = self.u32_at(r + 8) as usize + before;
        let n = counts[pos as usize] as usize;
        (0..n).map(move |i| SynsetId(self.u32_at(self.off_senses + 4 * (start + i))))
    }

    /// True when the word has senses as this part of speech.
    pub fn has(&self, w: WordId, pos: Pos) -> bool {
        w.0 < self.n_words && self.u8_at(self.word_rec(w) + 12 + pos as usize) > 0
    }

    /// Number of senses of the word as this part of speech.
    pub fn sense_count(&self, w: WordId, pos: Pos) -> usize {
        if w.0 >= self.n_words {
            return 0;
        }
        self.u8_at(self.word_rec(w) + 12 + pos as usize) as usize
    }

    fn extras(&self, w: WordId) -> impl Iterator<Item = (u32, Pos, WordId)> + '_ {
        let r = self.word_rec(w);
        let n = if w.0 < self.n_words {
            self.u16_at(r + 6) as usize
        } else {
            0
        };
        let start = self.u32_at(r + 16) as usize;
        (0..n).map(move |i| {
            let v = self.u32_at(self.off_links + 4 * (start + i));
            (v >> 30, Pos::from_bits(v >> 28), WordId(v & 0x0FFF_FFFF))
        })
    }

    /// Words this form is an irregular inflection of ("freed" -> free, "went" -> go).
    pub fn exceptions(&self, w: WordId, pos: Pos) -> impl Iterator<Item = WordId> + '_ {
        self.extras(w)
            .filter(move |&(k, p, _)| k == 0 && p == pos)
            .map(|(_, _, t)| t)
    }

    /// Words derivationally related to this one ("injury" -> "injure" as a verb).
    pub fn derived(&self, w: WordId) -> impl Iterator<Item = (Pos, WordId)> + '_ {
        self.extras(w)
            .filter(|&(k, _, _)| k == 1)
            .map(|(_, p, t)| (p, t))
    }

    /// The first lemma of [`WordNet::lemmas`], remembered per thread for the
    /// bundled data: a word form is looked up once, each later ask is one
    /// hash probe of the form.
    pub fn lemma(&self, form: &str, pos: Pos) -> Option<WordId> {
        if !std::ptr::eq(self.data, DATA) {
            return self.lemmas(form, pos).first().copied();
        }
        const NONE: u32 = u32::MAX;
        let found = MEMO.with(|m| m.borrow().get(form).copied());
        let firsts = found.unwrap_or_else(|| {
            let f = Pos::ALL.map(|p| self.lemmas(form, p).first().map_or(NONE, |w| w.0));
            MEMO.with(|m| {
                let mut m = m.borrow_mut();
                if m.len() >= MEMO_MAX {
                    m.clear();
                }
                m.insert(form.into(), f);
            });
            f
        });
        let v = firsts[pos as usize];
        (v != NONE).then_some(WordId(v))
    }

    /// The lemmas a lowercase word form may inflect as this part of speech,
    /// by WordNet's morphy: the exception lists, the form itself, then its
    /// detachment rules. Irregular lemmas come first ("fell" -> fall, fell).
    pub fn lemmas(&self, form: &str, pos: Pos) -> Vec<WordId> {
        let mut out: Vec<WordId> = Vec::new();
        if let Some(w) = self.word(form) {
            out.extend(self.exceptions(w, pos));
            if self.has(w, pos) && !out.contains(&w) {
                out.push(w);
            }
        }
        if !out.is_empty() {
            return out;
        }
        let rules = match pos {
            Pos::Noun => RULES_NOUN,
            Pos::Verb => RULES_VERB,
            Pos::Adj => RULES_ADJ,
            Pos::Adv => &[],
        };
        let mut buf = String::with_capacity(form.len() + 2);
        for (suffix, repl) in rules {
            if let Some(stem) = form.strip_suffix(suffix) {
                if stem.is_empty() {
                    continue;
                }
                buf.clear();
                buf.push_str(stem);
                buf.push_str(repl);
                if let Some(w) = self.word(&buf) {
                    if self.has(w, pos) && !out.contains(&w) {
                        out.push(w);
                    }
                }
            }
        }
        // A doubled final consonant the exception lists miss ("shedding").
        if out.is_empty() && pos == Pos::Verb {
            for suffix in ["ing", "ed"] {
                if let Some(stem) = form.strip_suffix(suffix) {
                    let b = stem.as_bytes();
                    if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] {
                        if let Some(w) = self.word(&stem[..stem.len() - 1]) {
                            if self.has(w, pos) {
                                out.push(w);
                            }
                        }
                    }
                }
            }
        }
        out
    }

    fn syn_rec(&self, s: SynsetId) -> Option<usize> {
        (s.0 < self.n_synsets).then(|| self.off_synsets + s.0 as usize * SYNSET_REC)
    }

    /// The part of speech of a sense.
    pub fn pos(&self, s: SynsetId) -> Pos {
        self.syn_rec(s)
            .map_or(Pos::Noun, |r| Pos::from_bits(u32::from(self.u8_at(r))))
    }

    /// The lexicographer file of a sense (see [`lexname`]).
    pub fn lexname(&self, s: SynsetId) -> u8 {
        self.syn_rec(s).map_or(0, |r| self.u8_at(r + 1))
    }

    /// The lexicographer file of the most frequent noun sense of a form's
    /// lemma ("earthquake" -> [`lexname::NOUN_EVENT`]), if it is a noun.
    pub fn first_noun_kind(&self, form: &str) -> Option<u8> {
        let l = self.lemma(form, Pos::Noun)?;
        self.senses(l, Pos::Noun).next().map(|s| self.lexname(s))
    }

    fn links(&self, s: SynsetId, part: usize) -> impl Iterator<Item = SynsetId> + '_ {
        let (start, n) = match self.syn_rec(s) {
            Some(r) => {
                let counts = [self.u8_at(r + 2), self.u8_at(r + 3), self.u8_at(r + 8)];
                let before: usize = counts[..part].iter().map(|&c| c as usize).sum();
                (self.u32_at(r + 4) as usize + before, counts[part] as usize)
            }
            None => (0, 0),
        };
        (0..n).map(move |i| SynsetId(self.u32_at(self.off_links + 4 * (start + i))))
    }

    /// The senses this one is a kind (or an instance) of.
    pub fn hypernyms(&self, s: SynsetId) -> impl Iterator<Item = SynsetId> + '_ {
        self.links(s, 0)
    }

    /// Senses opposite to this one ("rise" / "fall", "acquit" / "convict").
    pub fn antonyms(&self, s: SynsetId) -> impl Iterator<Item = SynsetId> + '_ {
        self.links(s, 1)
    }

    /// Senses close to this one (adjective clusters, verb groups).
    pub fn similar(&self, s: SynsetId) -> impl Iterator<Item = SynsetId> + '_ {
        self.links(s, 2)
    }

    /// True when `s` is `ancestor` or lies below it within `depth` hypernym steps.
    pub fn is_a(&self, s: SynsetId, ancestor: SynsetId, depth: usize) -> bool {
        let mut frontier = vec![s];
        for _ in 0..=depth {
            if frontier.contains(&ancestor) {
                return true;
            }
            let next: Vec<SynsetId> = frontier.iter().flat_map(|&f| self.hypernyms(f)).collect();
            if next.is_empty() {
                return false;
            }
            frontier = next;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wn() -> &'static WordNet {
        WordNet::builtin()
    }

    fn lemma(form: &str, pos: Pos) -> String {
        wn().lemmas(form, pos)
            .first()
            .map_or(String::new(), |&w| wn().text(w).to_string())
    }

    #[test]
    fn a_nouns_first_kind() {
        assert_eq!(
            wn().first_noun_kind("earthquakes"),
            Some(lexname::NOUN_EVENT)
        );
        assert_eq!(wn().first_noun_kind("nurse"), Some(lexname::NOUN_PERSON));
        assert_eq!(wn().first_noun_kind("quickly"), None);
    }

    fn first_sense(word: &str, pos: Pos) -> SynsetId {
        let w = wn().word(word).expect("a word");
        wn().senses(w, pos).next().expect("a sense")
    }

    #[test]
    fn the_data_loads() {
        assert!(wn().len() > 80_000);
        assert!(wn().word("release").is_some());
        assert!(wn().word("zzzz-not-a-word").is_none());
        assert!(wn().word("").is_none());
    }

    #[test]
    fn lemmas_from_exceptions_and_rules() {
        assert_eq!(lemma("freed", Pos::Verb), "free");
        assert_eq!(lemma("went", Pos::Verb), "go");
        assert_eq!(lemma("injured", Pos::Verb), "injure");
        assert_eq!(lemma("hostages", Pos::Noun), "hostage");
        assert_eq!(lemma("fell", Pos::Verb), "fall");
        assert_eq!(lemma("shedding", Pos::Verb), "shed");
        assert_eq!(lemma("employees", Pos::Noun), "employee");
        assert_eq!(lemma("women", Pos::Noun), "woman");
        assert!(wn().lemmas("qwxz", Pos::Verb).is_empty());
    }

    #[test]
    fn multiword_verbs_and_proper_nouns() {
        let w = wn().word("take place").expect("take place");
        assert!(wn().has(w, Pos::Verb));
        assert!(wn().word("break down").is_some());
        let paris = wn().word("Paris").expect("Paris");
        let s = wn().senses(paris, Pos::Noun).next().expect("a sense");
        assert_eq!(wn().lexname(s), lexname::NOUN_LOCATION);
    }

    #[test]
    fn synonyms_share_a_sense() {
        let free = wn().word("free").expect("free");
        let release = wn().word("release").expect("release");
        let shared = wn()
            .senses(free, Pos::Verb)
            .any(|s| wn().senses(release, Pos::Verb).any(|t| t == s));
        assert!(shared);
    }

    #[test]
    fn hypernyms_and_antonyms() {
        let employee = first_sense("employee", Pos::Noun);
        let worker = first_sense("worker", Pos::Noun);
        assert!(wn().is_a(employee, worker, 2));
        assert!(!wn().is_a(worker, employee, 2));
        let rise = wn().word("rise").expect("rise");
        let fall = wn().word("fall").expect("fall");
        let opposed = wn().senses(rise, Pos::Verb).any(|s| {
            wn().antonyms(s)
                .any(|a| wn().senses(fall, Pos::Verb).any(|t| t == a))
        });
        assert!(opposed);
    }

    #[test]
    fn derivations_link_nouns_and_verbs() {
        let injury = wn().word("injury").expect("injury");
        let injure = wn().word("injure").expect("injure");
        assert!(
            wn().derived(injury)
                .any(|(p, w)| p == Pos::Verb && w == injure)
        );
    }

    #[test]
    fn bad_data_is_refused() {
        assert!(WordNet::new(b"nope").is_none());
        assert!(WordNet::new(b"CDWN\x01\0\0\0").is_none());
        let empty = WordNet::default();
        assert!(empty.word("release").is_none());
        assert_eq!(empty.text(WordId(5)), "");
        assert_eq!(empty.senses(WordId(5), Pos::Verb).count(), 0);
    }
}
