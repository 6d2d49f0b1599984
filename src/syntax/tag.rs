//! Parts of speech: a closed-class word list, the bundled WordNet for the
//! parts an open-class word may take, and context rules that pick one
//! ("the cuts" is a noun, "it cut" a verb, "had been freed" a verb,
//! "injured workers" an adjective).
//!
//! Rules, in order, for a word that may be a noun or a verb:
//! - after a determiner, a possessive, an adjective or a figure: a noun;
//! - after a modal, "to", "do" or a pronoun subject: a verb;
//! - after "be" an "-ing" or past-participle form, after "have" a
//!   participle: a verb;
//! - after a noun with no verb yet in its clause, an inflected form
//!   ("cut", "shed", "rose") that is followed by a determiner, a figure, a
//!   pronoun, a preposition or the end: a verb;
//! - otherwise the part with more senses.

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use crate::lexicon::Lexicon;
use crate::lexicon::wordnet::{Pos, WordId, WordNet};
use crate::parse::Parsed;
use crate::parse::token::{TokKind, Tokens, flag};

/// A part of speech, as coarse as frames need.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tag {
    /// "the", "a", "each".
    Det,
    /// "his", "their", or a word with a possessive "'s".
    Poss,
    /// "he", "them", "there".
    Pron,
    /// "of", "in", "by".
    Prep,
    /// "to" (a preposition or an infinitive mark).
    To,
    /// "and", "or", "but".
    Conj,
    /// Opens a subordinate clause: "that", "because", "when".
    Sub,
    /// "who", "which", "where".
    Wh,
    /// A form of "be" ("was", "isn't").
    Be,
    /// A form of "have".
    Have,
    /// A form of "do".
    Do,
    /// "will", "could", "won't".
    Modal,
    /// "not", "never", "no".
    Neg,
    /// An adverb.
    Adv,
    /// An adjective, or a participle modifying a noun.
    Adj,
    /// A common noun.
    Noun,
    /// A capitalised name.
    Name,
    /// A verb.
    Verb,
    /// A figure: "14", "two", "1.2".
    Num,
    /// Punctuation or a quotation mark.
    Punct,
}

impl Tag {
    /// True for the tags a noun group holds.
    pub fn nominal(self) -> bool {
        matches!(self, Tag::Noun | Tag::Name | Tag::Num | Tag::Pron)
    }

    /// True for auxiliaries and modals.
    pub fn auxiliary(self) -> bool {
        matches!(self, Tag::Be | Tag::Have | Tag::Do | Tag::Modal)
    }
}

/// What WordNet knows of a lowercase word form: the parts it may take and
/// its lemma as each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordInfo {
    /// Lemma as a noun.
    pub noun: Option<WordId>,
    /// Lemma as a verb.
    pub verb: Option<WordId>,
    /// Lemma as an adjective.
    pub adj: Option<WordId>,
    /// Known as an adverb.
    pub adv: bool,
    /// An irregular verb form of the exception lists ("rose", "shed", "held").
    pub irregular: bool,
    /// Senses as a noun, a verb and an adjective: the prior of each reading.
    pub senses: [u8; 3],
}

impl WordInfo {
    /// Looks a lowercase form up (of the bundled data, remembered per
    /// thread: a form is read from the dictionary once).
    pub fn of(w: &str, wn: &WordNet) -> WordInfo {
        if !std::ptr::eq(wn, WordNet::builtin()) {
            return WordInfo::read(w, wn);
        }
        if let Some(info) = INFOS.with(|m| m.borrow().get(w).copied()) {
            return info;
        }
        let info = WordInfo::read(w, wn);
        INFOS.with(|m| {
            let mut m = m.borrow_mut();
            if m.len() >= 1 << 16 {
                m.clear();
            }
            m.insert(w.into(), info);
        });
        info
    }

    fn read(w: &str, wn: &WordNet) -> WordInfo {
        let info = WordInfo::read_form(w, wn);
        // A verb WordNet lacks, made with "re-" from one it has
        // ("relabelled", "reclad"): that verb's reading, done again.
        if info == WordInfo::default() && w.len() >= 6 {
            if let Some(rest) = w.strip_prefix("re").filter(|r| !r.starts_with('-')) {
                let base = WordInfo::read_form(rest, wn);
                if base.verb.is_some() {
                    return WordInfo {
                        verb: base.verb,
                        irregular: base.irregular,
                        senses: [0, base.senses[1], 0],
                        ..WordInfo::default()
                    };
                }
            }
        }
        info
    }

    fn read_form(w: &str, wn: &WordNet) -> WordInfo {
        let first = |pos| wn.lemma(w, pos);
        let verb = first(Pos::Verb);
        let irregular = wn
            .word(w)
            .is_some_and(|id| wn.exceptions(id, Pos::Verb).next().is_some());
        let mut noun = first(Pos::Noun);
        let count =
            |id: Option<WordId>, pos| id.map_or(0, |x| wn.sense_count(x, pos).min(255) as u8);
        // An irregular verb form is a noun only when the noun is common
        // ("found", "tore" are verbs; "saw" a tool and a verb).
        if irregular && count(noun, Pos::Noun) <= 1 {
            noun = None;
        }
        let adj = first(Pos::Adj);
        WordInfo {
            noun,
            verb,
            adj,
            adv: wn.word(w).is_some_and(|id| wn.has(id, Pos::Adv)),
            irregular,
            senses: [
                count(noun, Pos::Noun),
                count(verb, Pos::Verb),
                count(adj, Pos::Adj),
            ],
        }
    }
}

thread_local! {
    /// Word forms already read, per thread.
    static INFOS: std::cell::RefCell<rustc_hash::FxHashMap<Box<str>, WordInfo>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

/// Closed-class words and their tags (`lexicon/data/function_words.txt`).
static CLOSED: LazyLock<HashMap<&'static str, Tag>> = LazyLock::new(|| {
    let mut m = HashMap::default();
    for line in include_str!("../lexicon/data/function_words.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split_whitespace();
        let (Some(w), Some(t)) = (parts.next(), parts.next()) else {
            continue;
        };
        let tag = match t {
            "det" => Tag::Det,
            "poss" => Tag::Poss,
            "pron" => Tag::Pron,
            "prep" => Tag::Prep,
            "to" => Tag::To,
            "conj" => Tag::Conj,
            "sub" => Tag::Sub,
            "wh" => Tag::Wh,
            "be" => Tag::Be,
            "have" => Tag::Have,
            "do" => Tag::Do,
            "modal" => Tag::Modal,
            "neg" => Tag::Neg,
            "adv" => Tag::Adv,
            "link" => Tag::Verb,
            _ => continue,
        };
        m.insert(w, tag);
    }
    m
});

/// Verbs of plan, expectation or attempt: the act is the infinitive after them.
pub const CATENATIVE: &[&str] = &[
    "expect", "plan", "set", "schedule", "hope", "aim", "intend", "try", "seek", "want", "agree",
    "threaten", "vow", "promise", "decide", "move", "continue", "begin", "start", "appear", "seem",
    "prepare", "attempt", "fail", "refuse", "decline", "need", "have", "be", "vote", "pledge",
    // Implicative: the act happened ("was forced to close", "managed to restart").
    "force", "compel", "oblige", "manage", "go on",
    // "is not going to enjoy": the future of the act.
    "go",
];

/// Verbs of effort or haste that take an infinitive in news ("bids to
/// save", "rushes to defend"); with `CATENATIVE`, the verbs an "-s" form
/// before "to" and a verb can be.
const EFFORT: &[&str] = &[
    "bid",
    "rush",
    "race",
    "scramble",
    "struggle",
    "fight",
    "battle",
    "work",
    "push",
    "hurry",
    "rally",
    "act",
    "step",
    "wait",
    "campaign",
    "lobby",
    "strive",
    "opt",
    "offer",
    "claim",
    "pretend",
    "choose",
    "tend",
    "ask",
    "urge",
    "help",
    "dare",
    "hesitate",
    "swear",
    "resolve",
    "volunteer",
    "arrange",
    "wish",
    "learn",
    "demand",
    "deserve",
    "afford",
    "neglect",
    "forget",
    "remember",
    "regret",
    "mean",
    "proceed",
    "return",
    "look",
    "come",
    "turn",
];

/// True when a verb of this lemma takes an infinitive after it.
fn takes_infinitive(lemma: &str) -> bool {
    CATENATIVE.contains(&lemma) || EFFORT.contains(&lemma)
}

/// The closed-class tag of a lowercase word, from `function_words.txt`.
pub fn closed_tag(w: &str) -> Option<Tag> {
    CLOSED.get(w).copied()
}

/// True when token `j` is a singular noun a count can stand before: a base
/// form WordNet knows as a noun, no function word ("one crew member", not
/// "one said", "one of", "one hopes").
fn counted_noun_next(toks: &Tokens, j: usize, wn: &WordNet) -> bool {
    let w = toks.lower(j);
    toks.toks[j].is_word()
        && closed_tag(w).is_none()
        && !w.ends_with('s')
        && wn.lemma(w, Pos::Noun).is_some_and(|l| wn.text(l) == w)
        // Not a verb's past ("one fell", "one left").
        && wn.lemma(w, Pos::Verb).is_none_or(|l| wn.text(l) == w)
}

/// A word form that can be a verb's past or participle.
fn participle_form(w: &str, info: &WordInfo) -> bool {
    info.verb.is_some() && (w.ends_with("ed") || w.ends_with("en") || info.irregular)
}

/// Tags the tokens of a parsed document, one sentence at a time; returns the
/// tags and, per token, the WordNet lemma of its tag (noun, verb or adjective).
pub fn tag_document(p: &Parsed, lx: &Lexicon) -> (Vec<Tag>, Vec<Option<WordId>>) {
    let wn = WordNet::builtin();
    let toks = &p.toks;
    let n = toks.len();
    let mut tags = vec![Tag::Punct; n];
    let mut lemmas: Vec<Option<WordId>> = vec![None; n];
    let mut cache: HashMap<&str, WordInfo> = HashMap::default();
    // Per token: 1 in a name, 2 a plural owner before its apostrophe
    // ("Caldmoor Savings' chief executive").
    let mut in_name = vec![0u8; n];
    for names in &p.names {
        for nm in names {
            for flag_i in in_name.iter_mut().take(nm.toks.1.min(n)).skip(nm.toks.0) {
                *flag_i |= 1;
            }
        }
    }
    // 4: the title word right before a titled name ("Judge Achterberg
    // upheld ...": a noun, not the verb "judge").
    for names in &p.names {
        for nm in names {
            let last = nm
                .title
                .as_deref()
                .and_then(|t| t.split_whitespace().last());
            if let (Some(last), Some(i)) = (last, nm.toks.0.checked_sub(1)) {
                if i < n && toks.lower(i) == last.to_lowercase().trim_end_matches('.') {
                    in_name[i] |= 4;
                }
            }
        }
    }
    for (i, mark) in in_name.iter_mut().enumerate().take(n.saturating_sub(2)) {
        if plural_owner(p, i) {
            *mark |= 2;
        }
    }
    for s in &p.sentences {
        let (a, b) = s.toks;
        tag_sentence(
            toks,
            a,
            b,
            lx,
            wn,
            &in_name,
            &mut cache,
            &mut tags,
            &mut lemmas,
        );
    }
    (tags, lemmas)
}

/// True when token `i` is a plural owner whose apostrophe stands apart
/// ("Savings' chief"): a word in "s", then an apostrophe glued to it that
/// closes no quotation (the word after is in the same quotation, or none).
fn plural_owner(p: &Parsed, i: usize) -> bool {
    let toks = &p.toks;
    let (t, m, w) = (&toks.toks[i], &toks.toks[i + 1], &toks.toks[i + 2]);
    t.is_word()
        && toks.lower(i).ends_with('s')
        && m.is_quote()
        && m.span.start() == t.span.end()
        && w.is_word()
        && m.has(flag::SPACE_AFTER)
        // Before what is owned ("chief", "home"), not a verb ("'the talks' failed").
        && {
            let wn = WordNet::builtin();
            let next = toks.lower(i + 2);
            wn.lemma(next, Pos::Noun).is_some() || wn.lemma(next, Pos::Adj).is_some()
        }
        && p.quote_of.get(i) == p.quote_of.get(i + 2)
}

/// Qualifiers of a figure: "about 1,800", "more than 40", "up to 12".
fn qualifier(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "around"
            | "some"
            | "nearly"
            | "almost"
            | "roughly"
            | "approximately"
            | "over"
            | "under"
            | "than"
            | "least"
            | "to"
            | "many"
            | "just"
            | "only"
            | "estimated"
    )
}

/// True when token `i` is a figure: digits or a number word.
fn figure(toks: &Tokens, lx: &Lexicon, i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        t.is_word() && (t.has(flag::DIGIT) || lx.numbers.contains_key(toks.lower(i)))
    }) || toks
        .get(i)
        .is_some_and(|t| matches!(t.kind, TokKind::Punct('$' | '£' | '€')))
}

/// The provisional tag of an open-class word: its only reading, or a noun
/// when it has several (decided in context).
fn provisional(info: &WordInfo) -> (Tag, bool) {
    let (n, v, adj) = (info.noun.is_some(), info.verb.is_some(), info.adj.is_some());
    match (n, v, adj) {
        (false, false, false) if info.adv => (Tag::Adv, false),
        (false, false, false) => (Tag::Noun, true),
        (true, false, false) => (Tag::Noun, false),
        (false, true, false) => (Tag::Verb, true),
        (false, false, true) => (Tag::Adj, true),
        _ => (Tag::Noun, true),
    }
}

/// Lexical tags of one sentence, then the context rules.
#[allow(clippy::too_many_arguments)]
fn tag_sentence<'t>(
    toks: &'t Tokens,
    a: usize,
    b: usize,
    lx: &Lexicon,
    wn: &WordNet,
    in_name: &[u8],
    cache: &mut HashMap<&'t str, WordInfo>,
    tags: &mut [Tag],
    lemmas: &mut [Option<WordId>],
) {
    let mut infos: Vec<WordInfo> = Vec::with_capacity(b - a);
    // Open-class words still to decide in context.
    let mut open: Vec<bool> = vec![false; b - a];
    let mut first_word = true;
    for i in a..b {
        let t = &toks.toks[i];
        let w = toks.lower(i);
        let mut info = WordInfo::default();
        tags[i] = if !t.is_word() {
            if matches!(t.kind, TokKind::Punct('$' | '£' | '€' | '%')) {
                Tag::Num
            } else {
                Tag::Punct
            }
        } else if t.has(flag::DIGIT) {
            if w.ends_with("-old") || w.contains("-year") {
                Tag::Adj
            } else {
                Tag::Num
            }
        } else if in_name[i] & 1 != 0 {
            Tag::Name
        } else if in_name[i] & 4 != 0 {
            info = *cache.entry(w).or_insert_with(|| WordInfo::of(w, wn));
            Tag::Noun
        } else if qualifier(w) && figure(toks, lx, i + 1) && i + 1 < b {
            Tag::Adv
        } else if w == "one" && i + 1 < b && counted_noun_next(toks, i + 1, wn) {
            // "One crew member was hurt": a count before its noun, no pronoun.
            Tag::Num
        } else if let Some(tag) = closed_tag(w) {
            if tag == Tag::Verb {
                // A linking verb ("remained"): its lemma.
                info = *cache.entry(w).or_insert_with(|| WordInfo::of(w, wn));
                lemmas[i] = info.verb;
            }
            tag
        } else if lx.numbers.contains_key(w) && !(i > a && toks.lower(i - 1) == "the") {
            Tag::Num
        } else {
            info = *cache.entry(w).or_insert_with(|| WordInfo::of(w, wn));
            let unknown =
                info.noun.is_none() && info.verb.is_none() && info.adj.is_none() && !info.adv;
            if t.has(flag::CAP) && (unknown || !first_word) {
                Tag::Name
            } else {
                let (tag, undecided) = provisional(&info);
                open[i - a] = undecided;
                tag
            }
        };
        if t.is_word()
            && (t.has(flag::POSS) || in_name[i] & 2 != 0)
            && matches!(tags[i], Tag::Noun | Tag::Name)
        {
            tags[i] = Tag::Poss;
            open[i - a] = false;
            info.noun = info.noun.or_else(|| wn.lemma(w, Pos::Noun));
            lemmas[i] = info.noun;
        } else if tags[i] == Tag::Noun && !open[i - a] {
            lemmas[i] = info.noun;
        } else if tags[i] == Tag::Adj && !open[i - a] {
            lemmas[i] = info.adj;
        }
        if t.is_word() {
            first_word = false;
        } else if matches!(t.kind, TokKind::Punct(':')) || t.is_quote() {
            first_word = true;
        }
        infos.push(info);
    }
    // Context rules, left to right, for open-class words.
    let mut verb_in_clause = false;
    for i in a..b {
        let t = &toks.toks[i];
        let w = toks.lower(i);
        if matches!(tags[i], Tag::Punct) && matches!(t.kind, TokKind::Punct(',' | ';' | ':')) {
            verb_in_clause = false;
        }
        if matches!(tags[i], Tag::Sub | Tag::Wh | Tag::Conj) {
            verb_in_clause = false;
        }
        if tags[i].auxiliary() {
            verb_in_clause = true;
        }
        // "had last been inspected", "was first spotted": an adverb after
        // an auxiliary.
        // And before a past after its subject: "The parasite first appeared
        // on Sunday".
        let before_past = i + 1 < b
            && i > a
            && matches!(tags[i - 1], Tag::Noun | Tag::Name | Tag::Pron)
            && tags[i + 1] == Tag::Verb
            && toks.lower(i + 1).ends_with("ed");
        if matches!(w, "last" | "first") && i > a && (tags[i - 1].auxiliary() || before_past) {
            tags[i] = Tag::Adv;
            open[i - a] = false;
        }
        // "pulled its grant last autumn", "will reopen next week": a time of
        // its own, no part of the noun before it.
        if matches!(w, "last" | "next")
            && i > a
            && matches!(tags[i - 1], Tag::Noun | Tag::Name)
            && i + 1 < b
            && time_noun(toks.lower(i + 1))
        {
            tags[i] = Tag::Adj;
            open[i - a] = false;
        }
        // "found her guilty": an object, not a possessive.
        if w == "her" {
            // A possessive only before its noun ("her car", "her new car").
            let mut k = i + 1;
            while k < b && matches!(tags[k], Tag::Adj | Tag::Adv) {
                k += 1;
            }
            if !(k < b && matches!(tags[k], Tag::Noun | Tag::Name | Tag::Num)) {
                tags[i] = Tag::Pron;
            }
        }
        if !open[i - a] {
            if tags[i] == Tag::Verb {
                verb_in_clause = true;
            }
            continue;
        }
        let info = infos[i - a];
        let prev = prev_tag(tags, a, i);
        let prev_w = prev.map(|(j, _)| toks.lower(j)).unwrap_or("");
        // "resigned last week": a time after the word, no noun it modifies.
        let next = tags.get(i + 1).copied().filter(|_| i + 1 < b).map(|t| {
            if matches!(toks.lower(i + 1), "last" | "next") {
                Tag::Adv
            } else {
                t
            }
        });
        let next_verbish = i + 1 < b
            && (tags[i + 1].auxiliary()
                || tags[i + 1] == Tag::Verb
                || open[i + 1 - a] && {
                    let ni = infos[i + 1 - a];
                    let nw = toks.lower(i + 1);
                    ni.verb.is_some()
                        && (ni.irregular || nw.ends_with("ed"))
                        && (ni.noun.is_none() || ni.senses[1] >= ni.senses[0])
                });
        // A figure in a name ("FTSE 100 falls", "No 10 says") counts nothing.
        // Not a capitalised qualifier ("Roughly 85 houses were wiped out").
        let named_figure = prev.is_some_and(|(j, t)| {
            t == Tag::Num && j > a && tags[j - 1] == Tag::Name && !qualifier(toks.lower(j - 1))
        });
        // A measure after its figure and unit: "14 metres long", "six
        // storeys high".
        let measure = info.adj.is_some()
            && crate::lexicon::extent_word(w)
            && prev.is_some_and(|(j, t)| t == Tag::Noun && j > a && tags[j - 1] == Tag::Num);
        // "South coast beaches on Norrick Island reopened": a plural after
        // a noun is no verb when a phrase after it leads to a past.
        let plural_subject = info.noun.is_some()
            && w.ends_with('s')
            && !w.ends_with("ss")
            && matches!(prev, Some((_, Tag::Noun | Tag::Name)))
            && !verb_in_clause
            && past_after_phrase(toks, tags, &open, &infos, a, b, i + 1);
        // "a savings plan", "a bus stop": after "a" a noun in "-s" is a
        // modifier, and the bare word after it the group's noun (not a
        // past like its base: "a virus spread").
        let plural_modifier = info.noun.is_some()
            && !w.ends_with('s')
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !info.irregular
            && !past_like_base(w)
            && i >= a + 2
            && tags[i - 1] == Tag::Noun
            && toks.lower(i - 1).ends_with('s')
            && matches!(toks.lower(i - 2), "a" | "an" | "each" | "every" | "another");
        // "Harbour baths to close": a plural before "to" and a verb is the
        // headline's subject unless its verb takes an infinitive ("Council
        // plans to close", "Firm bids to save").
        let headline_subject = info.noun.is_some()
            && w.ends_with('s')
            && !w.ends_with("ss")
            && matches!(prev, Some((j, Tag::Noun | Tag::Name)) if j + 1 == i)
            && i + 2 < b
            && toks.lower(i + 1) == "to"
            && (open[i + 2 - a] && infos[i + 2 - a].verb.is_some() || tags[i + 2] == Tag::Verb)
            && info.verb.is_some_and(|v| !takes_infinitive(wn.text(v)));
        // A bare verb form right after a noun, for the two rules below.
        let bare_after_noun = info.verb.is_some()
            && !w.ends_with('s')
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && matches!(prev, Some((j, Tag::Noun | Tag::Name)) if j + 1 == i);
        // "could see their rate rise", "let the river run": a bare verb
        // after the object of a verb of perceiving or causing.
        let bare_infinitive = bare_after_noun
            && !(i + 1 < b && open[i + 1 - a] && infos[i + 1 - a].verb.is_some())
            // "made a pretax profit of": a noun before "of".
            && !(i + 1 < b && toks.lower(i + 1) == "of")
            && (i.saturating_sub(6).max(a)..i).any(|j| {
                tags[j] == Tag::Verb
                    && infos[j - a].verb.is_some_and(|l| {
                        matches!(
                            wn.text(l),
                            "see" | "watch" | "hear" | "let" | "make" | "help" | "feel" | "notice"
                        )
                    })
                    // "made a profit", not "made the board change course".
                    && !matches!(toks.lower(j + 1), "a" | "an")
                    && (j + 1..i).all(|k| {
                        matches!(
                            tags[k],
                            Tag::Det | Tag::Poss | Tag::Adj | Tag::Noun | Tag::Name | Tag::Num
                        )
                    })
            });
        // "Residents and the council fear more flooding": a bare verb after
        // a coordinated subject.
        let coordinated = bare_after_noun
            && !verb_in_clause
            && prev.is_some_and(|(j, _)| {
                (j.saturating_sub(4).max(a + 1)..j)
                    .any(|k| toks.lower(k) == "and" && matches!(tags[k - 1], Tag::Noun | Tag::Name))
            })
            && matches!(
                next,
                Some(Tag::Det | Tag::Adj | Tag::Noun | Tag::Adv | Tag::Num)
            );
        // "confident but patient", "safe and well": an adjective joined to
        // one before it.
        let joined_adjective = info.adj.is_some()
            && i >= a + 2
            && tags[i - 1] == Tag::Conj
            && tags[i - 2] == Tag::Adj
            && !(i + 1 < b && matches!(tags[i + 1], Tag::Noun | Tag::Name));
        let tag = if measure || joined_adjective {
            Tag::Adj
        } else if coordinated || bare_infinitive {
            Tag::Verb
        } else if plural_subject
            || plural_modifier
            || headline_subject
            || info.noun.is_some() && i > a && toks.lower(i - 1) == "no"
            || info.noun.is_some() && after_compound(toks, tags, a, i)
        {
            // "no" is a determiner: "had no hail insurance"; a hyphened
            // modifier in a noun group is followed by its noun ("to
            // first-phase projects").
            Tag::Noun
        } else {
            choose(
                w,
                &info,
                prev.map(|p| p.1),
                prev_w,
                next,
                next_verbish,
                verb_in_clause && !named_figure,
            )
        };
        let tag = if named_figure && tag == Tag::Noun && info.verb.is_some() && w.ends_with('s') {
            Tag::Verb
        } else {
            tag
        };
        // "The Dunmore transit authority": a bare word between a name
        // after "the" and a noun is of the compound, no verb.
        let compound = tag == Tag::Verb
            && info.noun.is_some()
            && !(w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing") || info.irregular)
            && prev.is_some_and(|(j, t)| {
                // Not a plural name, whose verb is bare ("The Smiths sell cars").
                // (Past the name's other words: "A High Court judge".)
                let first = (a..=j).rev().take_while(|&k| tags[k] == Tag::Name).last();
                t == Tag::Name
                    && j == i - 1
                    && first.is_some_and(|f| f > a && tags[f - 1] == Tag::Det)
                    && !toks.lower(j).ends_with('s')
            })
            // Or ends its group: "The Faroese team, led by ...", "A High
            // Court judge on Tuesday overturned ...".
            && (next == Some(Tag::Noun)
                || next == Some(Tag::Punct)
                || toks.lower(i + 1) == "on"
                    && i + 2 < b
                    && crate::lexicon::Lexicon::builtin()
                        .dates
                        .contains_key(toks.lower(i + 2)));
        let tag = if compound { Tag::Noun } else { tag };
        tags[i] = tag;
        open[i - a] = false;
        lemmas[i] = match tag {
            Tag::Verb => info.verb,
            Tag::Adj => info.adj.or(info.verb),
            Tag::Adv => None,
            _ => info.noun.or(info.verb).or(info.adj),
        };
        if tag == Tag::Verb {
            verb_in_clause = true;
        }
    }
    // "The ruling covers about 14,000 couriers": a clause with no verb before
    // "-ing" word after "the" is a noun ("ruling", "meeting") and whose
    // "-s" word after it, before a figure or a determiner, is its verb.
    for i in a + 2..b.saturating_sub(1) {
        if tags[i - 1] == Tag::Verb || tags[i - 1].auxiliary() {
            break;
        }
        {
            let w = toks.lower(i);
            let head = toks.lower(i - 1);
            let info = infos[i - a];
            let object_next = matches!(tags[i + 1], Tag::Num | Tag::Det | Tag::Poss)
                || qualifier(toks.lower(i + 1));
            if tags[i] == Tag::Noun
                && w.ends_with('s')
                && info.verb.is_some()
                && tags[i - 1] == Tag::Adj
                && head.ends_with("ing")
                && infos[i - 1 - a].noun.is_some()
                && tags[i - 2] == Tag::Det
                && object_next
            {
                tags[i - 1] = Tag::Noun;
                lemmas[i - 1] = infos[i - 1 - a].noun;
                tags[i] = Tag::Verb;
                lemmas[i] = info.verb;
                break;
            }
        }
    }
}

/// True when a prepositional phrase starts at `k` and a past form of a verb
/// or an auxiliary follows it ("on Norrick Island reopened", "in Selby Cove
/// will stay").
fn past_after_phrase(
    toks: &Tokens,
    tags: &[Tag],
    open: &[bool],
    infos: &[WordInfo],
    a: usize,
    b: usize,
    k: usize,
) -> bool {
    if k >= b || tags[k] != Tag::Prep {
        return false;
    }
    for j in k + 1..b {
        let w = toks.lower(j);
        if open[j - a] {
            let info = &infos[j - a];
            if participle_form(w, info) && w.ends_with("ed") {
                // "families affected by the fire": a participle of the noun.
                if j + 1 < b && toks.lower(j + 1) == "by" {
                    return false;
                }
                return matches!(tags[j - 1], Tag::Name | Tag::Noun) || open[j - 1 - a];
            }
            continue;
        }
        // "The harbour baths in Selby Cove will stay open": an auxiliary
        // after the phrase's noun is the plural's verb.
        if tags[j].auxiliary() && j > k + 1 && matches!(tags[j - 1], Tag::Name | Tag::Noun) {
            return true;
        }
        if !matches!(
            tags[j],
            Tag::Det | Tag::Name | Tag::Noun | Tag::Adj | Tag::Num
        ) {
            return false;
        }
    }
    false
}

/// True when the word at `i` follows a hyphened modifier inside a noun
/// group: "the long-term plans", "to first-phase projects" (not a
/// sentence's first words: "Ex-minister says").
fn after_compound(toks: &Tokens, tags: &[Tag], a: usize, i: usize) -> bool {
    if i < a + 2 {
        return false;
    }
    let m = toks.lower(i - 1);
    toks.toks[i - 1].is_word()
        && m.contains('-')
        && !m.starts_with('-')
        && !m.ends_with('-')
        && matches!(
            tags[i - 2],
            Tag::Det | Tag::Poss | Tag::Prep | Tag::To | Tag::Num | Tag::Adj
        )
}

/// A verb whose past is its base form ("cut", "hit", "spread").
fn past_like_base(w: &str) -> bool {
    matches!(
        w,
        "cut"
            | "hit"
            | "put"
            | "set"
            | "shut"
            | "hurt"
            | "cost"
            | "let"
            | "quit"
            | "split"
            | "spread"
            | "shed"
            | "cast"
            | "burst"
            | "bet"
            | "bid"
            | "read"
            | "upset"
            | "broadcast"
            | "forecast"
            | "thrust"
            | "rid"
            | "slit"
            | "shred"
    )
}

/// The nearest tag before `i` in the sentence, skipping adverbs and negation.
fn prev_tag(tags: &[Tag], a: usize, i: usize) -> Option<(usize, Tag)> {
    (a..i)
        .rev()
        .map(|j| (j, tags[j]))
        .find(|&(_, t)| !matches!(t, Tag::Adv | Tag::Neg))
}

/// The tag of an open-class word in context.
fn choose(
    w: &str,
    info: &WordInfo,
    prev: Option<Tag>,
    prev_w: &str,
    next: Option<Tag>,
    next_verbish: bool,
    verb_in_clause: bool,
) -> Tag {
    let (n, v, adj) = (info.noun.is_some(), info.verb.is_some(), info.adj.is_some());
    if !n && !v && !adj && (info.adv || w.ends_with("ly")) {
        return Tag::Adv;
    }
    if !n && !v && !adj {
        // Unknown to WordNet: a noun, or an "-ing" form after a verb ("kept relighting").
        if w.ends_with("ing") && matches!(prev, Some(Tag::Verb | Tag::Be)) {
            return Tag::Verb;
        }
        return Tag::Noun;
    }
    let participle = participle_form(w, info);
    let ing = w.ends_with("ing") && v;

    let before_nominal = matches!(next, Some(Tag::Noun | Tag::Name)) && !next_verbish;
    // Slots that take a verb.
    match prev {
        // A sentence's first word before a noun is of its group, no
        // command: "Harbour baths to close", "Storm batters coast".
        None if n && !adj && before_nominal => return Tag::Noun,
        // A finite verb in "-s" takes no second one: "council backs cuts".
        Some(Tag::Verb)
            if n && w.ends_with('s')
                && !w.ends_with("ss")
                && prev_w.ends_with('s')
                && !prev_w.ends_with("ss") =>
        {
            return Tag::Noun;
        }
        Some(Tag::Modal | Tag::Do | Tag::To) if v => return Tag::Verb,
        Some(Tag::Be) if (ing || participle) && v => return Tag::Verb,
        Some(Tag::Be) if adj => return Tag::Adj,
        Some(Tag::Be) if n => return Tag::Noun,
        Some(Tag::Have) if participle => return Tag::Verb,
        // Not a noun before its own verb: "where police found a printer".
        Some(Tag::Pron | Tag::Wh)
            if v && !matches!(prev_w, "them" | "him" | "us" | "me")
                && !(prev == Some(Tag::Wh) && n && next_verbish) =>
        {
            return Tag::Verb;
        }
        // "a fire that tore through", "workers who walked out".
        Some(Tag::Sub | Tag::Wh)
            if v && (participle || w.ends_with('s'))
                && matches!(prev_w, "that" | "which" | "who")
                // "denied that wages had ever been paid": a plural noun
                // before its own verb is the subject.
                && !(n && !participle && next_verbish) =>
        {
            return Tag::Verb;
        }
        // "arrested two men and charged them"; "kept running".
        Some(Tag::Conj)
            if v && (participle || ing)
                && matches!(next, Some(Tag::Det | Tag::Poss | Tag::Pron | Tag::Num)) =>
        {
            return Tag::Verb;
        }
        Some(Tag::Verb) if v && ing => return Tag::Verb,
        // A bare word between a verb and a noun names the noun's kind:
        // "invented storm damage", "faked flood reports" (not after a verb
        // taking a bare infinitive: "helped build homes", "made staff work").
        Some(Tag::Verb)
            if n && !adj
                && !participle
                && !w.ends_with('s')
                && next == Some(Tag::Noun)
                && !matches!(
                    prev_w,
                    "help"
                        | "helps"
                        | "helped"
                        | "make"
                        | "makes"
                        | "made"
                        | "let"
                        | "lets"
                        | "see"
                        | "saw"
                        | "seen"
                        | "hear"
                        | "heard"
                        | "watch"
                        | "watched"
                        | "go"
                        | "come"
                        | "dare"
                ) =>
        {
            return Tag::Noun;
        }
        _ => {}
    }
    // A figure counts the noun after it: "2,300 nurses and midwives walked
    // out" (a plural figure takes no verb in "-s"), "40 staff were hurt".
    if n && prev == Some(Tag::Num) && (w.ends_with('s') && prev_w != "one" || next_verbish) {
        return Tag::Noun;
    }
    // The main verb after its subject: "the company cut 1,800 jobs", "the
    // talks took place"; not "the job cuts were announced".
    let subject =
        matches!(prev, Some(Tag::Noun | Tag::Name)) || prev == Some(Tag::Num) && !before_nominal;
    // A bare form after a singular noun is no verb of it: "the grain barge
    // Osterley Dawn" (a verb would be "barges", "barged" or "will barge").
    let singular_before = prev == Some(Tag::Noun)
        && !matches!(
            prev_w,
            "people"
                | "police"
                | "staff"
                | "crew"
                | "public"
                | "personnel"
                | "cattle"
                // Bodies of many, often with a plural verb ("The
                // committee meet again on Friday").
                | "committee"
                | "council"
                | "board"
                | "family"
                | "jury"
                | "team"
                | "government"
                | "panel"
                | "club"
                | "union"
                | "squad"
                | "management"
        )
        && !prev_w.ends_with('s')
        && WordNet::builtin()
            .lemma(prev_w, Pos::Noun)
            .is_some_and(|l| WordNet::builtin().text(l) == prev_w);
    // A past like its base takes its object ("the company cut 1,800 jobs").
    // Only before a name ("barge Osterley Dawn"): a past like its base
    // takes any object ("The ferry hit rocks", "The fire spread through").
    let inflected_form = participle || w.ends_with('s') || info.irregular || ing;
    // After a singular noun a bare form is a verb only when it is also a
    // past ("the company cut jobs"): "his morning walk along the crest".
    let bare = !inflected_form && (next == Some(Tag::Name) || !past_like_base(w));
    if n && bare && singular_before {
        return Tag::Noun;
    }
    if v && subject && !verb_in_clause && !(n && next_verbish) {
        let object_follows = matches!(
            next,
            None | Some(
                Tag::Det
                    | Tag::Poss
                    | Tag::Num
                    | Tag::Pron
                    | Tag::Prep
                    | Tag::To
                    | Tag::Punct
                    | Tag::Adv
                    | Tag::Sub
                    | Tag::Name
            )
        );
        // An "-ing" form before a noun modifies it: "a battery recycling warehouse".
        let modifier = ing && before_nominal;
        let inflected = participle || w.ends_with('s') || info.irregular;
        let finite =
            inflected && !matches!(next, Some(Tag::Be | Tag::Have | Tag::Modal | Tag::Verb));
        // A base form mostly used as a noun stays one: "the Railways service from".
        let [sn, sv, _] = info.senses;
        // So does one before a name it classifies: "logistics group Halvorsen".
        let noun_mostly = !inflected
            && n
            && (u16::from(sn) > 2 * u16::from(sv) || sn >= sv && next == Some(Tag::Name));
        if !modifier && !noun_mostly && (object_follows || finite || !n) {
            return Tag::Verb;
        }
    }
    // A participle or adjective before a noun modifies it: "injured workers".
    if before_nominal && (participle || ing || adj) {
        return Tag::Adj;
    }
    if matches!(
        prev,
        Some(Tag::Det | Tag::Poss | Tag::Adj | Tag::Num | Tag::Prep)
    ) {
        return if n {
            Tag::Noun
        } else if adj {
            Tag::Adj
        } else {
            Tag::Verb
        };
    }
    // A noun before a finite verb is its subject: "air monitoring found".
    if n && next_verbish {
        return Tag::Noun;
    }
    // Otherwise the reading with the most senses, a noun on ties.
    let [sn, sv, sa] = info.senses;
    if n && sn >= sv && sn >= sa {
        Tag::Noun
    } else if v && sv >= sa {
        Tag::Verb
    } else if adj {
        Tag::Adj
    } else if n {
        Tag::Noun
    } else {
        Tag::Verb
    }
}

/// A word of a stretch of time ("last autumn", "next Tuesday", "last
/// week", "today"): one list for the tagger, the frame reader and dates.
pub fn time_noun(w: &str) -> bool {
    crate::lexicon::Lexicon::builtin().dates.contains_key(w)
        || matches!(
            w,
            "today"
                | "yesterday"
                | "tomorrow"
                | "day"
                | "week"
                | "month"
                | "year"
                | "weekend"
                | "night"
                | "season"
                | "quarter"
                | "decade"
                | "century"
                | "spring"
                | "summer"
                | "autumn"
                | "winter"
                | "fall"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tags of a sentence, as "word/Tag".
    fn tagged(text: &str) -> Vec<(String, Tag)> {
        let lx = Lexicon::builtin();
        let doc = crate::load::document_from_text("t", format!("outlet: T\n\n{text}\n"), lx)
            .expect("a document");
        let p = crate::parse::parse(&doc, lx);
        let (tags, _) = tag_document(&p, lx);
        (0..p.toks.len())
            .map(|i| (p.toks.lower(i).to_string(), tags[i]))
            .collect()
    }

    fn tag_of(text: &str, word: &str) -> Tag {
        tagged(text)
            .into_iter()
            .find(|(w, _)| w == word)
            .map(|(_, t)| t)
            .unwrap_or_else(|| panic!("no {word} in {text}"))
    }

    #[test]
    fn a_title_before_its_name_is_no_verb() {
        assert_eq!(
            tag_of("Judge Achterberg upheld the claim.", "judge"),
            Tag::Noun
        );
        assert_eq!(tag_of("Voters will judge the council.", "judge"), Tag::Verb);
    }

    #[test]
    fn a_bare_word_between_a_verb_and_a_noun_is_of_the_compound() {
        assert_eq!(
            tag_of("A roofer who invented storm damage was jailed.", "storm"),
            Tag::Noun
        );
        assert_eq!(
            tag_of("Volunteers helped build homes in the town.", "build"),
            Tag::Verb
        );
    }

    #[test]
    fn a_bare_word_between_a_name_and_a_noun_is_of_the_compound() {
        assert_eq!(
            tag_of("The Dunmore transit authority backed the plan.", "transit"),
            Tag::Noun
        );
        assert_eq!(
            tag_of("The Dunmore rail board approved the plan.", "rail"),
            Tag::Noun
        );
        // Or before a date: "A High Court judge on Tuesday overturned".
        assert_eq!(
            tag_of(
                "A High Court judge on Tuesday overturned the permission.",
                "judge"
            ),
            Tag::Noun
        );
        // Or before a comma: "The Faroese team, led by its minister, left".
        assert_eq!(
            tag_of("The Faroese team, led by its minister, left.", "team"),
            Tag::Noun
        );
        // An inflected verb stays one: "The Pentagon plans cuts".
        assert_eq!(
            tag_of("The Pentagon plans cuts to the base.", "plans"),
            Tag::Verb
        );
        // A plural name takes a bare verb.
        assert_eq!(
            tag_of("The Hendersons run pubs in the town.", "run"),
            Tag::Verb
        );
    }

    #[test]
    fn an_ing_noun_after_the_and_its_verb_in_s() {
        let text = "The ruling covers about 14,000 couriers who have worked there.";
        assert_eq!(tag_of(text, "ruling"), Tag::Noun);
        assert_eq!(tag_of(text, "covers"), Tag::Verb);
        // Not where the clause has its verb already.
        let text = "The ruling party holds 40 seats.";
        assert_eq!(tag_of(text, "holds"), Tag::Verb);
        assert_eq!(tag_of(text, "ruling"), Tag::Adj);
    }

    #[test]
    fn adverbs_measures_and_bare_forms() {
        // An ordinal after an auxiliary is an adverb, the participle a verb.
        assert_eq!(tag_of("It was first spotted on Monday.", "first"), Tag::Adv);
        assert_eq!(
            tag_of("It was first spotted on Monday.", "spotted"),
            Tag::Verb
        );
        // And after its subject, before a past.
        assert_eq!(
            tag_of("The parasite first appeared on Sunday.", "first"),
            Tag::Adv
        );
        // "last" after a noun and before a time opens the time.
        assert_eq!(
            tag_of("The funder will pull its grant last autumn.", "last"),
            Tag::Adj
        );
        assert_eq!(
            tag_of("The funder will pull its grant last autumn.", "grant"),
            Tag::Noun
        );
        // An extent after a figure and its unit.
        assert_eq!(
            tag_of(
                "The crack, about 14 metres long, runs across the face.",
                "long"
            ),
            Tag::Adj
        );
        assert_eq!(
            tag_of(
                "The crack, about 14 metres long, runs across the face.",
                "runs"
            ),
            Tag::Verb
        );
        // A bare form after a singular noun is a noun, unless a past.
        assert_eq!(
            tag_of("He saw it during his morning walk along the crest.", "walk"),
            Tag::Noun
        );
        assert_eq!(
            tag_of("The fire spread through the hall.", "spread"),
            Tag::Verb
        );
        // A plural before a phrase and a past is the subject.
        assert_eq!(
            tag_of(
                "South coast beaches on Norrick Island reopened to the public.",
                "beaches"
            ),
            Tag::Noun
        );
        assert_eq!(
            tag_of("The council beaches the boats in March.", "beaches"),
            Tag::Verb
        );
        // A bare verb after the object of a verb of perceiving.
        assert_eq!(
            tag_of(
                "Savers could see their easy-access rate rise to 4.1%.",
                "rise"
            ),
            Tag::Verb
        );
        assert_eq!(
            tag_of(
                "Savers could see their easy-access rate rise to 4.1%.",
                "rate"
            ),
            Tag::Noun
        );
        assert_eq!(
            tag_of(
                "Northmoor made a pretax profit of 45 million pounds.",
                "profit"
            ),
            Tag::Noun
        );
        // Bodies of many and coordinated subjects take a bare verb.
        assert_eq!(
            tag_of("The committee meet again on Friday to decide.", "meet"),
            Tag::Verb
        );
        assert_eq!(
            tag_of("Residents and the council fear more flooding.", "fear"),
            Tag::Verb
        );
        // A participle before "by" modifies its noun: "works" is the verb.
        assert_eq!(
            tag_of(
                "The charity works with families affected by the fire.",
                "works"
            ),
            Tag::Verb
        );
        // A time after a participle is no noun it modifies.
        assert_eq!(
            tag_of(
                "Harold Quint, the director of finance, resigned last week.",
                "resigned"
            ),
            Tag::Verb
        );
        // A plural owner whose apostrophe stands apart; not a closing quote.
        assert_eq!(
            tag_of(
                "Renata Huxley, Caldmoor Savings' chief executive, spoke.",
                "savings"
            ),
            Tag::Poss
        );
        assert_eq!(
            tag_of("He said 'we want more jobs' while others left.", "jobs"),
            Tag::Noun
        );
    }

    #[test]
    fn a_verb_made_with_re_and_a_subject_after_where() {
        // "re-" before a verb WordNet has makes a verb it lacks.
        let text = "The wine was relabelled in a warehouse.";
        assert_eq!(tag_of(text, "relabelled"), Tag::Verb);
        let wn = WordNet::builtin();
        let info = WordInfo::of("relabelled", wn);
        assert_eq!(info.verb.map(|l| wn.text(l)), Some("label"));
        // Not a word of its own ("rendering" is known).
        assert_eq!(
            WordInfo::of("rendering", wn).noun.map(|l| wn.text(l)),
            Some("rendering")
        );
        // A noun after "where" before its verb is the subject.
        let text = "It was kept in a barn, where police found a printer.";
        assert_eq!(tag_of(text, "police"), Tag::Noun);
    }

    #[test]
    fn one_before_its_noun_counts_it() {
        let text = "One crew member was injured.";
        assert_eq!(tag_of(text, "one"), Tag::Num);
        assert_eq!(tag_of(text, "crew"), Tag::Noun);
        assert_eq!(tag_of("One said the ship was late.", "one"), Tag::Pron);
        assert_eq!(tag_of("One of them fell.", "one"), Tag::Pron);
        assert_eq!(tag_of("One fell into the sea.", "one"), Tag::Pron);
    }

    #[test]
    fn a_plural_before_a_phrase_and_its_auxiliary_is_the_subject() {
        let s = "The harbour baths in Selby Cove will stay open.";
        assert_eq!(tag_of(s, "baths"), Tag::Noun);
        assert_eq!(
            tag_of("The ferry crews at Holm Pier are on strike.", "crews"),
            Tag::Noun
        );
        // A verb of its subject when no auxiliary follows the phrase.
        assert_eq!(
            tag_of("The mayor walks in the park every day.", "walks"),
            Tag::Verb
        );
    }

    #[test]
    fn a_pronoun_with_its_auxiliary_is_a_pronoun() {
        assert_eq!(tag_of("I've never doubted this team.", "i've"), Tag::Pron);
        assert_eq!(tag_of("They’re confident of a win.", "they're"), Tag::Pron);
    }

    #[test]
    fn an_adjective_joined_to_one_before_it() {
        let s = "The mayor was confident but patient and had been spending her days at home.";
        assert_eq!(tag_of(s, "patient"), Tag::Adj);
        // Before its noun it may be one: "old and patient readers".
        assert_eq!(
            tag_of("The nurse treated the patient and left.", "patient"),
            Tag::Noun
        );
    }

    #[test]
    fn headline_nouns_first_and_after_a_verb_in_s() {
        let s = "Harbour baths to close as council backs cuts";
        assert_eq!(tag_of(s, "harbour"), Tag::Noun);
        assert_eq!(tag_of(s, "backs"), Tag::Verb);
        assert_eq!(tag_of(s, "cuts"), Tag::Noun);
        assert_eq!(tag_of(s, "baths"), Tag::Noun);
        let s = "Council plans to close harbour baths";
        assert_eq!(tag_of(s, "plans"), Tag::Verb);
        assert_eq!(
            tag_of("Steel firm bids to save 300 jobs", "bids"),
            Tag::Verb
        );
    }

    #[test]
    fn a_bare_word_after_a_and_a_noun_in_s_is_the_groups_noun() {
        let s = "The council approved a savings plan on Tuesday night.";
        assert_eq!(tag_of(s, "plan"), Tag::Noun);
        assert_eq!(
            tag_of("They waited at a bus stop in the rain.", "stop"),
            Tag::Noun
        );
        assert_eq!(
            tag_of("A virus spread through the ward.", "spread"),
            Tag::Verb
        );
    }

    #[test]
    fn nouns_and_verbs_by_context() {
        assert_eq!(
            tag_of("The company cut 1,800 jobs on Monday.", "cut"),
            Tag::Verb
        );
        assert_eq!(
            tag_of("The job cuts were announced on Monday.", "cuts"),
            Tag::Noun
        );
        assert_eq!(tag_of("Revenue fell 3% in the quarter.", "fell"), Tag::Verb);
        assert_eq!(
            tag_of("She denied that wages had ever been paid late.", "wages"),
            Tag::Noun
        );
        assert_eq!(
            tag_of("It was a fire that spreads fast.", "spreads"),
            Tag::Verb
        );
        assert_eq!(tag_of("Revenue rose 3 per cent.", "rose"), Tag::Verb);
        assert_eq!(
            tag_of("The hostages would be freed on Friday.", "freed"),
            Tag::Verb
        );
        assert_eq!(
            tag_of("The hostages would be freed on Friday.", "hostages"),
            Tag::Noun
        );
        assert_eq!(
            tag_of("They plan to release the hostages.", "release"),
            Tag::Verb
        );
        assert_eq!(
            tag_of("The release of 14 hostages was delayed.", "release"),
            Tag::Noun
        );
        assert_eq!(
            tag_of("Eleven other workers were injured.", "injured"),
            Tag::Verb
        );
        assert_eq!(
            tag_of("Eleven injured workers were treated.", "injured"),
            Tag::Adj
        );
        assert_eq!(tag_of("The talks took place in Havana.", "took"), Tag::Verb);
        assert_eq!(tag_of("It shed some 2,100 staff.", "shed"), Tag::Verb);
        // A figure counts the noun after it.
        let walkout = "About 2,300 nurses and midwives walked out on Tuesday.";
        assert_eq!(tag_of(walkout, "nurses"), Tag::Noun);
        assert_eq!(tag_of(walkout, "walked"), Tag::Verb);
        assert_eq!(tag_of("Nine staff were hurt.", "staff"), Tag::Noun);
        // A figure in a name counts nothing.
        assert_eq!(
            tag_of("The FTSE 100 falls 1.2 percent.", "falls"),
            Tag::Verb
        );
        // A past like its base takes any object.
        assert_eq!(tag_of("The ferry hit rocks off Skye.", "hit"), Tag::Verb);
        assert_eq!(
            tag_of("The fire spread through the warehouse.", "spread"),
            Tag::Verb
        );
        assert_eq!(
            tag_of("The council set new parking charges.", "set"),
            Tag::Verb
        );
        assert_eq!(
            tag_of("Only one remains in hospital.", "remains"),
            Tag::Verb
        );
        // A hyphened modifier is followed by its noun.
        assert_eq!(
            tag_of(
                "Unlike aid granted to first-phase projects, prices will not rise.",
                "projects"
            ),
            Tag::Noun
        );
        // "no" determines a noun.
        assert_eq!(
            tag_of("Most growers had no hail insurance.", "hail"),
            Tag::Noun
        );
        // A bare form after a singular noun is no verb of it.
        let barge = "The ferry hit the grain barge Osterley Dawn on Monday.";
        assert_eq!(tag_of(barge, "barge"), Tag::Noun);
        assert_eq!(
            tag_of("The police arrest drivers who speed.", "arrest"),
            Tag::Verb
        );
        assert_eq!(
            tag_of("Passengers cheer as the ferry docks.", "cheer"),
            Tag::Verb
        );
    }

    #[test]
    fn closed_classes_and_names() {
        let t = tagged("He said the mayor of Millbrook had not signed it.");
        let get = |w: &str| t.iter().find(|(x, _)| x == w).map(|x| x.1);
        assert_eq!(get("he"), Some(Tag::Pron));
        assert_eq!(get("the"), Some(Tag::Det));
        assert_eq!(get("of"), Some(Tag::Prep));
        assert_eq!(get("millbrook"), Some(Tag::Name));
        assert_eq!(get("had"), Some(Tag::Have));
        assert_eq!(get("not"), Some(Tag::Neg));
        assert_eq!(get("signed"), Some(Tag::Verb));
    }
}
