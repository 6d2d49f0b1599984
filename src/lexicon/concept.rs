//! How two words relate as concepts: the same word, synonyms (a shared
//! frequent sense: "freed" / "released"), derivations ("injury" /
//! "injure"), kinds ("employee" is a kind of "worker"), or opposites ("rose"
//! / "fell", "acquitted" / "convicted", "reopened" / "closed").
//!
//! Senses are ambiguous ("fire" is to dismiss and a blaze): only a word's
//! most frequent senses are compared, so rare senses do not make
//! unrelated words meet. The news synonym list (`synonyms.txt`) adds what
//! WordNet does not group ("derail" / "crash").

use super::Lexicon;
use super::wordnet::{Pos, SynsetId, WordId, WordNet};

/// How two words relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Relation {
    /// The same lemma.
    Same,
    /// A shared frequent sense, or one group of the news synonym list.
    Synonym,
    /// One is derived from the other ("release" n / "release" v, "injury" / "injure").
    Derived,
    /// One is a kind of the other, within two steps ("employee" / "worker").
    Kind,
    /// Opposite senses ("rise" / "fall", "accept" / "reject").
    Opposite,
}

impl Relation {
    /// True when the two words name one concept (not opposites).
    pub fn alike(self) -> bool {
        self != Relation::Opposite
    }
}

/// Senses compared per part of speech: the most frequent few.
fn depth(pos: Pos) -> usize {
    match pos {
        Pos::Verb => 3,
        Pos::Noun => 2,
        Pos::Adj => 3,
        Pos::Adv => 1,
    }
}

fn top(wn: &WordNet, w: WordId, pos: Pos) -> Vec<SynsetId> {
    wn.senses(w, pos).take(depth(pos)).collect()
}

/// Every sense, for words whose participants already agree.
fn all(wn: &WordNet, w: WordId, pos: Pos) -> Vec<SynsetId> {
    wn.senses(w, pos).collect()
}

/// Senses of a word as a predicate: its verb senses, else (an adjective
/// complement, a nominalization) those of its own part of speech.
fn predicate_senses(wn: &WordNet, w: WordId, deep: bool) -> (Pos, Vec<SynsetId>) {
    for pos in [Pos::Verb, Pos::Adj, Pos::Noun] {
        let s = if deep {
            all(wn, w, pos)
        } else {
            top(wn, w, pos)
        };
        if !s.is_empty() {
            return (pos, s);
        }
    }
    (Pos::Noun, Vec::new())
}

/// The verb a noun or adjective derives from or gives ("release" n ->
/// "release" v, "injury" -> "injure"), or the word itself.
pub fn as_verb(wn: &WordNet, w: WordId) -> WordId {
    if wn.has(w, Pos::Verb) {
        return w;
    }
    wn.derived(w)
        .find(|&(p, _)| p == Pos::Verb)
        .map_or(w, |(_, v)| v)
}

/// The news synonym group of a lemma.
fn news_group<'a>(lx: &'a Lexicon, w: &str) -> Option<&'a str> {
    lx.synonyms.get(w).map(String::as_str)
}

/// True when a sense or its direct hypernym is opposed to one of `others`
/// or to their direct hypernyms ("reopen" is a kind of "open", opposed to "close").
fn opposed(wn: &WordNet, sa: &[SynsetId], sb: &[SynsetId]) -> bool {
    let direct =
        |x: &[SynsetId], y: &[SynsetId]| x.iter().any(|&s| wn.antonyms(s).any(|a| y.contains(&a)));
    if direct(sa, sb) {
        return true;
    }
    // Through the first sense's hypernym on one side only ("reopen" is a
    // kind of "open"), so that two kinds of one opposite stay alike and a
    // rare sense's ancestor ("kill" ... "end") opposes nothing.
    let up = |x: &[SynsetId]| -> Vec<SynsetId> {
        x.first()
            .map(|&s| wn.hypernyms(s).take(2).collect())
            .unwrap_or_default()
    };
    let (ua, ub) = (up(sa), up(sb));
    let first = |x: &[SynsetId]| x.first().map(|&s| vec![s]).unwrap_or_default();
    direct(&ua, &first(sb)) || direct(&first(sa), &ub)
}

/// How two predicate lemmas relate: verbs by their verb senses, adjective
/// complements and nominalizations through the verb they derive from. Only
/// frequent senses are compared; see [`relate_deep`].
pub fn relate(lx: &Lexicon, a: WordId, b: WordId) -> Option<Relation> {
    relate_senses(lx, a, b, false)
}

/// [`relate`] over every sense: for two predicates whose participants
/// already agree ("cleared her of wire fraud" / "convicted her of wire
/// fraud"), the shared participants pick the rarer sense.
pub fn relate_deep(lx: &Lexicon, a: WordId, b: WordId) -> Option<Relation> {
    relate_senses(lx, a, b, true)
}

/// Relations already worked out, per thread: a long story asks the same
/// pairs of predicates again and again. Keyed by the lexicon too (a run
/// may bring its own word lists); cleared when it grows past a bound.
type Memo = rustc_hash::FxHashMap<(usize, u32, u32, u8), Option<Relation>>;

thread_local! {
    static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Memo::default());
}

fn memo(
    lx: &Lexicon,
    a: WordId,
    b: WordId,
    kind: u8,
    f: impl FnOnce() -> Option<Relation>,
) -> Option<Relation> {
    let key = (std::ptr::from_ref(lx) as usize, a.0, b.0, kind);
    if let Some(r) = MEMO.with(|m| m.borrow().get(&key).copied()) {
        return r;
    }
    let r = f();
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= 1 << 16 {
            m.clear();
        }
        m.insert(key, r);
    });
    r
}

fn relate_senses(lx: &Lexicon, a: WordId, b: WordId, deep: bool) -> Option<Relation> {
    memo(lx, a, b, u8::from(deep), || {
        relate_senses_uncached(lx, a, b, deep)
    })
}

fn relate_senses_uncached(lx: &Lexicon, a: WordId, b: WordId, deep: bool) -> Option<Relation> {
    let wn = WordNet::builtin();
    if a == b {
        return Some(Relation::Same);
    }
    let (ta, tb) = (wn.text(a), wn.text(b));
    if let (Some(x), Some(y)) = (news_group(lx, ta), news_group(lx, tb)) {
        if x == y {
            return Some(Relation::Synonym);
        }
    }
    // The words themselves first; then a word of a news group stands for
    // the group's verb ("found guilty" -> convict), whose senses and
    // opposites WordNet knows.
    let head = |w: WordId| {
        news_group(lx, wn.text(w))
            .and_then(|g| wn.word(g))
            .filter(|&h| wn.has(h, Pos::Verb))
            .unwrap_or(w)
    };
    let direct = relate_verbs(lx, as_verb(wn, a), as_verb(wn, b), a, b, deep);
    if direct.is_some() || (head(a), head(b)) == (a, b) {
        return direct;
    }
    relate_verbs(lx, as_verb(wn, head(a)), as_verb(wn, head(b)), a, b, deep)
}

/// How two verbs (or a verb and an adjective) relate by their senses.
fn relate_verbs(
    lx: &Lexicon,
    va: WordId,
    vb: WordId,
    a: WordId,
    b: WordId,
    deep: bool,
) -> Option<Relation> {
    let wn = WordNet::builtin();
    if va == vb {
        return Some(Relation::Derived);
    }
    let group = |w: WordId| news_group(lx, wn.text(w)).unwrap_or(wn.text(w)).to_string();
    if lx.opposites.contains(&(group(va), group(vb))) {
        return Some(Relation::Opposite);
    }
    let (pa, sa) = predicate_senses(wn, va, deep);
    let (pb, sb) = predicate_senses(wn, vb, deep);
    if sa.iter().any(|s| sb.contains(s)) {
        return Some(if (va, vb) == (a, b) {
            Relation::Synonym
        } else {
            Relation::Derived
        });
    }
    if opposed(wn, &sa, &sb) {
        return Some(Relation::Opposite);
    }
    // Similar senses: adjective clusters, verb groups.
    if sa.iter().any(|&s| wn.similar(s).any(|t| sb.contains(&t))) {
        return Some(Relation::Synonym);
    }
    // A verb of having or being is above too much to be a kind of act
    // ("keep" is a kind of "have": "kept its head office in Ashbury" is no
    // more "had offices in Dennet").
    let general = |v: WordId| matches!(wn.text(v), "have" | "be");
    if pa == pb
        && !general(va)
        && !general(vb)
        && (sa.iter().any(|&s| sb.iter().any(|&t| wn.is_a(s, t, 1)))
            || sb.iter().any(|&s| sa.iter().any(|&t| wn.is_a(s, t, 1))))
    {
        return Some(Relation::Kind);
    }
    None
}

/// How two nouns (the heads of participants) relate: the same lemma,
/// synonyms, or one a kind of the other within two steps.
pub fn relate_nouns(lx: &Lexicon, a: WordId, b: WordId) -> Option<Relation> {
    memo(lx, a, b, 2, || relate_nouns_uncached(lx, a, b))
}

fn relate_nouns_uncached(lx: &Lexicon, a: WordId, b: WordId) -> Option<Relation> {
    let wn = WordNet::builtin();
    if a == b {
        return Some(Relation::Same);
    }
    if let (Some(x), Some(y)) = (news_group(lx, wn.text(a)), news_group(lx, wn.text(b))) {
        if x == y {
            return Some(Relation::Synonym);
        }
    }
    let (sa, sb) = (top(wn, a, Pos::Noun), top(wn, b, Pos::Noun));
    if sa.iter().any(|s| sb.contains(s)) {
        return Some(Relation::Synonym);
    }
    // "juror" / "jury", "employer" / "employment".
    if wn.derived(a).any(|(p, w)| p == Pos::Noun && w == b)
        || wn.derived(b).any(|(p, w)| p == Pos::Noun && w == a)
    {
        return Some(Relation::Derived);
    }
    if sa.iter().any(|&s| sb.iter().any(|&t| wn.is_a(s, t, 2)))
        || sb.iter().any(|&s| sa.iter().any(|&t| wn.is_a(s, t, 2)))
    {
        return Some(Relation::Kind);
    }
    if opposed(wn, &sa, &sb) {
        return Some(Relation::Opposite);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rel(a: &str, b: &str) -> Option<Relation> {
        let wn = WordNet::builtin();
        let lx = Lexicon::builtin();
        let lemma = |w: &str| {
            [Pos::Verb, Pos::Adj, Pos::Noun]
                .iter()
                .find_map(|&p| wn.lemma(w, p))
                .unwrap_or_else(|| panic!("no lemma for {w}"))
        };
        relate(lx, lemma(a), lemma(b))
    }

    fn nouns(a: &str, b: &str) -> Option<Relation> {
        let wn = WordNet::builtin();
        let lx = Lexicon::builtin();
        let l = |w: &str| wn.lemmas(w, Pos::Noun)[0];
        relate_nouns(lx, l(a), l(b))
    }

    #[test]
    fn synonyms_and_derivations_meet() {
        assert_eq!(rel("freed", "released"), Some(Relation::Synonym));
        assert_eq!(rel("injured", "hurt"), Some(Relation::Synonym));
        assert!(rel("injury", "injured").is_some_and(Relation::alike));
        assert!(rel("ordered", "order").is_some_and(Relation::alike));
        // A fine is a penalty imposed, in the news list.
        assert!(rel("fined", "penalised").is_some_and(Relation::alike));
        // Going to court against a ruling, in the news list.
        assert!(rel("contest", "appeal").is_some_and(Relation::alike));
    }

    #[test]
    fn opposites_are_found() {
        for (a, b) in [
            ("rose", "fell"),
            ("accepted", "rejected"),
            ("acquitted", "convicted"),
            ("increased", "decreased"),
            ("won", "lost"),
            ("reopened", "closed"),
            ("opened", "closed"),
            // Market moves, from the news list.
            ("rose", "slid"),
            ("gained", "tumbled"),
            ("climbed", "dropped"),
            // A multiword verb of the news list.
            ("cancelled", "go ahead"),
            // Leaving and being sent away.
            ("resigned", "dismissed"),
            ("quit", "sacked"),
        ] {
            assert_eq!(rel(a, b), Some(Relation::Opposite), "{a} / {b}");
        }
        assert_eq!(rel("slid", "dropped"), Some(Relation::Synonym));
    }

    #[test]
    fn unrelated_words_do_not_meet() {
        for (a, b) in [
            ("rose", "said"),
            ("arrested", "released"),
            ("injured", "killed"),
        ] {
            assert!(
                !rel(a, b).is_some_and(Relation::alike),
                "{a} / {b}: {:?}",
                rel(a, b)
            );
        }
        assert_ne!(rel("arrested", "charged"), Some(Relation::Opposite));
        // Having is above too much to be a kind of keeping.
        assert_eq!(rel("kept", "had"), None);
    }

    #[test]
    fn nouns_by_kind() {
        assert!(nouns("employees", "workers").is_some());
        assert!(nouns("proposal", "offer").is_some());
        assert!(nouns("hostages", "hostages").is_some());
        assert!(nouns("homes", "buildings").is_none());
        assert!(nouns("deaths", "injuries").is_none());
    }
}
