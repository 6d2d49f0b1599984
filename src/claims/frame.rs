//! Event frames: who did what to whom, read from a claim's noun and verb
//! groups (see [`crate::syntax`]).
//!
//! - predicate: the main verb of the claim's first main clause, with its
//!   particle ("broke down", "took place"); a copula's complement ("remained
//!   closed" -> close); an act named by the object of a light verb ("issued
//!   an order" -> order, "made contact" -> contact); the verb of a verdict
//!   adjective right after its object ("found her guilty" -> guilty); the
//!   infinitive after a verb of plan, expectation or success ("is expected
//!   to close", "was forced to close", "managed to restart", "made the
//!   decision to close" -> close; not "was not forced to"); without a verb,
//!   a noun naming an act ("the release of 14 hostages" -> release);
//! - subject: the first noun group of the clause before the predicate that
//!   is not inside a prepositional phrase;
//! - object: the first noun group after the predicate, not after a
//!   preposition (after "of" for a nominalization);
//! - agent: in the passive, the noun group after "by";
//! - deeds ([`deeds`]): frames of relative clauses about named people
//!   ("Mayor Colette Brandt, who signed the emergency declaration, ...",
//!   "The agreement, brokered by Ines Calder, ..."), kept besides the
//!   claim's own frame.
//!
//! Traps: a verb of a relative clause ("workers who were injured were
//! taken to hospital" -> take; "The account they used did not require" ->
//! require), a participle after the subject ("A gang calling itself X
//! claimed" -> claim), a figure's participle ("87 confirmed cases"), an
//! auxiliary alone.

use serde::{Deserialize, Serialize};

use crate::lexicon::Lexicon;
use crate::lexicon::wordnet::{Pos, WordId, WordNet, lexname};
use crate::parse::token::Tokens;
use crate::span::Span;
use crate::syntax::tag::CATENATIVE;
use crate::syntax::{NounGroup, Syntax, Tag, VerbGroup, noun_groups, verb_groups};

/// The predicate of a frame.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Predicate {
    /// Base form ("free", "take place", "close").
    pub lemma: String,
    /// The words as written ("were freed", "remained closed").
    pub text: String,
    /// Where they are.
    pub span: Span,
    /// The WordNet lemma, for comparison.
    #[serde(skip)]
    pub id: Option<WordId>,
}

/// A participant of a frame: a noun group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Participant {
    /// The words as written.
    pub text: String,
    /// The head word's base form ("worker" of "eleven other workers"), or
    /// the name as written.
    pub head: String,
    /// Where it is.
    pub span: Span,
    /// The head's WordNet noun lemma, for comparison.
    #[serde(skip)]
    pub id: Option<WordId>,
    /// True for a personal pronoun ("he", "it").
    #[serde(skip)]
    pub pronoun: bool,
    /// True when the head is a capitalised name.
    #[serde(skip)]
    pub name: bool,
    /// What a described head is of ("suspect" of "the name of the suspect").
    #[serde(skip)]
    pub of: Option<String>,
}

/// Who did what to whom.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Frame {
    /// What happened.
    pub predicate: Option<Predicate>,
    /// The grammatical subject.
    pub subject: Option<Participant>,
    /// The direct object (or what a nominalization is of).
    pub object: Option<Participant>,
    /// True for the passive voice: the subject underwent the act.
    pub passive: bool,
    /// In the passive, who did it ("by the mayor").
    #[serde(skip)]
    pub agent: Option<Participant>,
    /// The lemmas of every verb group of the claim, the predicate's among
    /// them ("cleared her of wire fraud but convicted her of theft").
    #[serde(skip)]
    pub acts: Vec<WordId>,
    /// What a verdict or charge is of: the noun group after "of" ("cleared
    /// her of the wire fraud charge" -> charge).
    #[serde(skip)]
    pub of: Option<Participant>,
}

impl Frame {
    /// Who underwent the act: the object, or the subject of a passive.
    pub fn patient(&self) -> Option<&Participant> {
        if self.passive {
            self.subject.as_ref()
        } else {
            self.object.as_ref()
        }
    }

    /// Who did it: the subject, or the agent of a passive.
    pub fn actor(&self) -> Option<&Participant> {
        if self.passive {
            self.agent.as_ref()
        } else {
            self.subject.as_ref()
        }
    }

    /// True when the subject or object is one more of its kind than the
    /// story's ("another frost was possible", "a second strike is planned",
    /// "the extra buses began running"): another event, with its own
    /// figures and days.
    pub fn of_another(&self) -> bool {
        [&self.subject, &self.object]
            .into_iter()
            .flatten()
            .any(|p| {
                let t = p.text.to_lowercase();
                let t = t.strip_prefix("the ").unwrap_or(&t);
                [
                    "another ",
                    "a second ",
                    "a third ",
                    "a further ",
                    "a fresh ",
                    "extra ",
                    "additional ",
                    "further ",
                ]
                .iter()
                .any(|m| t.starts_with(m))
            })
    }
}

/// Verbs whose object names the act: "issued an order", "held talks".
pub(crate) const LIGHT: &[&str] = &[
    "sign",
    "make",
    "take",
    "give",
    "issue",
    "hold",
    "have",
    "launch",
    "conduct",
    "carry out",
    "reach",
    "stage",
    "file",
    "lodge",
    "mount",
    "place",
    "put",
    "impose",
    "grant",
    "offer",
    // "joined the strike", "joined the search": the act joined.
    "join",
    // "suffered minor injuries", "sustained burns": what befell the subject.
    "suffer",
    "sustain",
];

/// Nouns for asking: what they are for is what is granted or refused
/// ("rejected the request for an emergency declaration").
pub(crate) const REQUEST: &[&str] = &[
    "request",
    "application",
    "bid",
    "appeal",
    "petition",
    "plea",
    "motion",
    "demand",
    "call",
];

/// Verbs of continuing or starting: the act is the "-ing" form after them.
const CONTINUING: &[&str] = &[
    "keep", "continue", "start", "begin", "stop", "resume", "go on",
];

/// Verbs that pass a verdict by an adjective: "found her guilty".
const VERDICT: &[&str] = &[
    "find",
    "declare",
    "rule",
    "judge",
    "pronounce",
    "plead",
    "deem",
];

struct Reader<'a> {
    toks: &'a Tokens,
    syn: &'a Syntax,
    text: &'a str,
    wn: &'static WordNet,
}

impl Reader<'_> {
    fn lemma_text(&self, id: Option<WordId>) -> &'static str {
        id.map_or("", |w| self.wn.text(w))
    }

    fn participant(&self, g: &NounGroup) -> Participant {
        // "Shares of Halvorsen": a named owner after "of" belongs to the
        // participant.
        let mut last = g.toks.1 - 1;
        if self.toks.lower(g.toks.1) == "of" && self.syn.tags.get(g.toks.1 + 1) == Some(&Tag::Name)
        {
            last = g.toks.1 + 1;
            // ... and the nouns it qualifies ("of Northmoor shareholders").
            while matches!(self.syn.tags.get(last + 1), Some(Tag::Name | Tag::Noun)) {
                last += 1;
            }
        }
        let span = self.toks.toks[g.toks.0]
            .span
            .cover(self.toks.toks[last].span);
        let tag = self.syn.tags[g.head];
        let head_w = self.toks.lower(g.head);
        let name = tag == Tag::Name;
        let id = if name {
            None
        } else {
            self.syn.lemmas[g.head].or_else(|| self.wn.lemma(head_w, Pos::Noun))
        };
        let head = if name {
            // The whole run of capitalised words: "Highway 31", "Pellham Steel".
            let first = (g.toks.0..=g.head)
                .rev()
                .take_while(|&i| self.syn.tags[i] == Tag::Name)
                .last()
                .unwrap_or(g.head);
            self.toks.toks[first]
                .span
                .cover(self.toks.toks[g.head].span)
                .slice(self.text)
                .to_string()
        } else {
            id.map_or(head_w, |w| self.wn.text(w)).to_string()
        };
        // "the name of the suspect": what a described head is of; what a
        // request is for ("the county's request for an emergency declaration").
        let link = self.toks.lower(g.toks.1);
        let of = (!name
            && last == g.toks.1 - 1
            && (link == "of" || link == "for" && REQUEST.contains(&head_w)))
        .then(|| {
            let mut k = g.toks.1 + 1;
            while k < self.syn.tags.len()
                && matches!(self.syn.tags[k], Tag::Det | Tag::Poss | Tag::Adj | Tag::Num)
            {
                k += 1;
            }
            // The last noun of the group: "an emergency declaration".
            while k + 1 < self.syn.tags.len() && self.syn.tags[k + 1] == Tag::Noun {
                k += 1;
            }
            (k < self.syn.tags.len() && matches!(self.syn.tags[k], Tag::Noun | Tag::Adj)).then(
                || {
                    let w = self.toks.lower(k);
                    self.wn
                        .lemma(w, Pos::Noun)
                        .map_or(w, |l| self.wn.text(l))
                        .to_string()
                },
            )
        })
        .flatten();
        Participant {
            text: span.slice(self.text).to_string(),
            head,
            span,
            id,
            pronoun: tag == Tag::Pron,
            name,
            of,
        }
    }

    /// A bare participle right after a noun group that follows a
    /// preposition: "(in a citation) issued Jan. 5".
    fn reduced_relative(&self, vg: &VerbGroup, ngs: &[NounGroup]) -> bool {
        if vg.toks.0 != vg.head {
            return false;
        }
        let w = self.toks.lower(vg.head);
        // "Footage broadcast by local media showed ...".
        if self.toks.lower(vg.toks.1) == "by" {
            return true;
        }
        // Past participles ("issued", "taken", "shown", "done"), not pasts ("went").
        let participle = ["ed", "en", "wn", "ne"].iter().any(|s| w.ends_with(s));
        if !participle {
            return false;
        }
        // A verb with a common-noun object is finite: "One customer in
        // Derby suffered minor burns".
        let object = self
            .syn
            .tags
            .get(vg.toks.1)
            .is_some_and(|t| matches!(t, Tag::Det | Tag::Poss | Tag::Adj | Tag::Noun))
            && !self.time_word(vg.toks.1);
        if object {
            return false;
        }
        ngs.iter().any(|g| {
            g.toks.1 == vg.toks.0
                && g.toks.0 > 0
                && matches!(self.syn.tags[g.toks.0 - 1], Tag::Prep)
                // "on Tuesday convicted": a time is no noun a participle modifies.
                && !matches!(self.syn.tags[g.head], Tag::Num)
                && !self.time_word(g.head)
        })
    }

    /// True when a bare participle after a noun modifies it because a later
    /// verb is the clause's own, with only prepositional phrases and adverbs
    /// between them: "The postal ballots counted on Tuesday narrowed the
    /// lead". Not when the first verb has an object ("Police arrested a man
    /// wanted for murder").
    fn reduced_before(&self, vg: &VerbGroup, later: &VerbGroup, ngs: &[NounGroup]) -> bool {
        if vg.toks.0 != vg.head || later.toks.0 != later.head {
            return false;
        }
        // The later verb in a finite past form ("narrowed", "fell"), not a
        // noun read as a verb ("a transfer request").
        let l = self.toks.lower(later.head);
        let lx = crate::lexicon::Lexicon::builtin();
        if !(l.ends_with("ed") || lx.irregular.contains_key(l)) {
            return false;
        }
        // The later verb takes an object: not itself a participle
        // ("appeared in court charged with murder", "a wall built in 1920").
        let takes_object = self.syn.tags.get(later.toks.1).is_some_and(|t| {
            matches!(
                t,
                Tag::Det | Tag::Poss | Tag::Noun | Tag::Name | Tag::Num | Tag::Pron | Tag::Adj
            )
        });
        if !takes_object {
            return false;
        }
        let w = self.toks.lower(vg.head);
        // A present participle may take its own object ("A gang calling
        // itself BlackHarrow claimed the attack").
        let ing = w.ends_with("ing");
        if !(ing || ["ed", "en", "wn", "ne"].iter().any(|s| w.ends_with(s)))
            || !ngs
                .iter()
                .any(|g| g.toks.1 == vg.toks.0 && g.toks.1 > g.toks.0)
        {
            return false;
        }
        let mut k = vg.toks.1;
        while k < later.toks.0 {
            match self.syn.tags[k] {
                Tag::Adv => k += 1,
                Tag::Prep | Tag::To => {
                    // The preposition and its noun group.
                    k += 1;
                    match ngs.iter().find(|g| g.toks.0 == k) {
                        Some(g) => k = g.toks.1,
                        None => return false,
                    }
                }
                _ if ing => match ngs.iter().find(|g| g.toks.0 == k) {
                    Some(g) => k = g.toks.1,
                    None => return false,
                },
                _ => return false,
            }
        }
        k == later.toks.0 && k > vg.toks.1
    }

    /// True for a weekday, month or time word ("Tuesday", "night").
    fn time_word(&self, i: usize) -> bool {
        let w = self.toks.lower(i);
        // Not "fall", mostly an event ("the fall killed him").
        w != "fall" && crate::syntax::time_noun(w)
            || crate::lexicon::Lexicon::part_of_day(w).is_some()
    }

    fn span_of(&self, a: usize, b: usize) -> Span {
        self.toks.toks[a].span.cover(self.toks.toks[b - 1].span)
    }

    /// True when a verb group opens a relative or subordinate clause inside
    /// the claim: a "who"/"which"/"that" right before it (after a noun), or
    /// before its own subject.
    fn subordinate(&self, a: usize, vg: &VerbGroup, ngs: &[NounGroup]) -> bool {
        let mut k = vg.toks.0;
        // Step back over the clause's own subject, "of" groups and all
        // ("when the base of her kettle began to smoke").
        while let Some(g) = ngs.iter().rev().find(|g| g.toks.1 == k && g.toks.0 < k) {
            k = g.toks.0;
            if k > a + 1 && self.toks.lower(k - 1) == "of" && ngs.iter().any(|g| g.toks.1 == k - 1)
            {
                k -= 1;
            } else {
                break;
            }
        }
        if k <= a {
            return false;
        }
        let prev = self.syn.tags[k - 1];
        let w = self.toks.lower(k - 1);
        crate::syntax::contact_relative(self.toks, self.syn, k)
            || matches!(prev, Tag::Wh) && w != "what"
            || matches!(prev, Tag::Sub) && !matches!(w, "that") && k - 1 > a
            || w == "that" && k - 1 > a
    }
}

/// The frame of the proposition in tokens `[a, b)`.
pub fn read_frame(
    toks: &Tokens,
    syn: &Syntax,
    text: &str,
    lx: &Lexicon,
    a: usize,
    b: usize,
) -> Frame {
    let _ = lx;
    let wn = WordNet::builtin();
    let r = Reader {
        toks,
        syn,
        text,
        wn,
    };
    if a >= b || b > syn.tags.len() {
        return Frame::default();
    }
    let vgs = verb_groups(toks, syn, a, b);
    let ngs = noun_groups(toks, syn, a, b);
    // "according to" is a preposition.
    let has_verb = |g: &VerbGroup| {
        (g.lemma.is_some() || syn.tags[g.head] == Tag::Verb)
            && !(toks.lower(g.head) == "according" && toks.lower(g.head + 1) == "to")
    };
    // A verb's infinitive is in its clause: "when the base began to smoke".
    let subordinate = |i: usize| {
        let mut i = i;
        while i > 0
            && vgs[i].toks.0 == vgs[i - 1].toks.1 + 1
            && toks.lower(vgs[i - 1].toks.1) == "to"
        {
            i -= 1;
        }
        r.subordinate(a, &vgs[i], &ngs)
    };
    let candidates: Vec<usize> = (0..vgs.len())
        .filter(|&i| has_verb(&vgs[i]) && !subordinate(i))
        .collect();
    // A participle right after a noun inside a prepositional phrase modifies
    // it ("in a citation issued Jan. 5, the state fined ..."), when a later
    // verb is the clause's own.
    let main = candidates
        .iter()
        .copied()
        .enumerate()
        .find(|&(n, i)| {
            let later = candidates.get(n + 1).map(|&j| &vgs[j]);
            // An infinitive after a noun qualifies it when a later verb is
            // the clause's own: "The motion to approve the extension was
            // moved by ...".
            let g = &vgs[i];
            let noun_infinitive = g.toks.0 >= a + 2
                && toks.lower(g.toks.0 - 1) == "to"
                && syn.tags[g.toks.0 - 2] == Tag::Noun;
            // A participle set off by commas after the subject ("Judge
            // Rosalind Marr, sitting in Bramwick, ruled ...").
            let set_off = g.toks.0 > a
                && toks.lower(g.toks.0 - 1) == ","
                && toks.lower(g.toks.0).ends_with("ing")
                && later.is_some_and(|l| (g.toks.1..l.toks.0).any(|k| toks.lower(k) == ","));
            !(r.reduced_relative(&vgs[i], &ngs)
                || noun_infinitive && later.is_some()
                || set_off
                || later.is_some_and(|l| r.reduced_before(&vgs[i], l, &ngs)))
                || i == *candidates.last().unwrap_or(&i)
        })
        .map(|(_, i)| i)
        .or_else(|| vgs.iter().position(has_verb));
    let Some(mut vi) = main else {
        return nominal_frame(&r, &ngs, a, b);
    };
    let mut vg = vgs[vi];
    // The acts the claim says happen: not a negated one, nor the
    // infinitive a negated verb or a refusal governs ("is not expected to
    // reopen", "has refused to concede").
    let acts = vgs
        .iter()
        .enumerate()
        .filter(|&(k, g)| {
            let governed_by_negation = k > 0 && {
                let prev = &vgs[k - 1];
                // Not "failed to score in the first half": a failure is
                // often of one part of an event.
                let refusal = matches!(r.lemma_text(prev.lemma), "refuse" | "decline");
                (prev.negated || refusal)
                    && g.toks.0 >= prev.toks.1
                    && g.toks.0 <= prev.toks.1 + 1
                    && (g.toks.0..=g.toks.0 + 1)
                        .chain(g.toks.0.checked_sub(1))
                        .any(|i| i < toks.len() && toks.lower(i) == "to")
            };
            !g.negated && !governed_by_negation
        })
        .filter_map(|(_, g)| g.lemma)
        .collect();
    let mut frame = Frame {
        acts,
        ..Frame::default()
    };
    // The subject: the nearest group before the verb not inside a
    // prepositional phrase; a name before an appositive rather than the
    // appositive ("Linda Sorensen, the county's director, ordered").
    let subject_of = |vg: &VerbGroup| {
        // A relative clause with its own verb between the subject and its
        // verb ("The sprinkler system in a warehouse where a fire killed a
        // worker did not activate"): the subject stands before it.
        let relative = (a + 1..vg.toks.0).find(|&k| {
            let opener = matches!(syn.tags[k], Tag::Wh | Tag::Sub)
                && matches!(toks.lower(k), "where" | "which" | "who" | "that" | "whose");
            // Not a clause set off before a subject of its own ("Every time
            // we knocked it down, it came back"), as one closed by a comma
            // before the verb is ("The campground, which opened in May,
            // will stay closed").
            let own_subject = (k + 1..vg.toks.0)
                .rev()
                .find(|&j| toks.lower(j) == ",")
                .is_some_and(|c| ngs.iter().any(|g| g.toks.0 > c && g.toks.1 <= vg.toks.0));
            (opener || crate::syntax::contact_relative(toks, syn, k))
                && !own_subject
                && (k + 1..vg.toks.0).any(|j| syn.tags[j] == Tag::Verb)
        });
        let limit = relative
            .filter(|&k| ngs.iter().any(|g| g.toks.1 <= k))
            .unwrap_or(vg.toks.0);
        let before: Vec<&NounGroup> = ngs.iter().filter(|g| g.toks.1 <= limit).collect();
        // Not the object of a preposition, even past the words before its
        // head ("in an Ohio battery recycling warehouse").
        let free = |g: &NounGroup| {
            let mut k = g.toks.0;
            // Back over the words before its head, and over a conjoined
            // group ("between Castlegate and Northmoor").
            while k > a
                && (matches!(
                    syn.tags[k - 1],
                    Tag::Det | Tag::Poss | Tag::Adj | Tag::Num | Tag::Name | Tag::Noun
                ) || k > a + 1
                    && matches!(toks.lower(k - 1), "and" | "or")
                    && matches!(syn.tags[k - 2], Tag::Name | Tag::Noun))
            {
                k -= 1;
            }
            // "none of the ferry's diesel", "most of the staff": the
            // group after a quantity's "of" is the subject.
            let of_quantity = k >= a + 2
                && toks.lower(k - 1) == "of"
                && matches!(
                    toks.lower(k - 2),
                    "none" | "neither" | "all" | "most" | "some" | "many" | "much" | "each"
                );
            // Nor the object of an infinitive ("The motion to approve the
            // extension was moved").
            let infinitive_object =
                k >= a + 2 && syn.tags[k - 1] == Tag::Verb && toks.lower(k - 2) == "to";
            k == a
                || of_quantity
                || !matches!(syn.tags[k - 1], Tag::Prep | Tag::To) && !infinitive_object
        };
        let mut k = before.iter().rposition(|g| free(g))?;
        // The complement of a copula before an infinitive is no doer: "A
        // crew from Norway was the first to finish" (the crew finished).
        let infinitive =
            vg.toks.0 > a && (syn.tags[vg.toks.0 - 1] == Tag::To || syn.tags[vg.toks.0] == Tag::To);
        let complement = |g: &NounGroup| {
            g.toks.0 > a
                && matches!(
                    toks.lower(g.toks.0 - 1),
                    "is" | "was" | "are" | "were" | "be" | "been" | "became" | "becomes"
                )
        };
        if infinitive && complement(before[k]) {
            if let Some(j) = before[..k].iter().rposition(|h| free(h)) {
                k = j;
            }
        }
        let g = before[k];
        // A name after the comma that no comma closes is the subject itself
        // ("Unlike stars Jennifer Lawrence and Liam Hemsworth, Ross is not
        // signed").
        let own_name = syn.tags[g.head] == Tag::Name && toks.lower(g.toks.1) != ",";
        if k > 0 && g.toks.0 > a && toks.lower(g.toks.0 - 1) == "," && !own_name {
            let prev = before[k - 1];
            // Not a name of a phrase set before the clause ("In Bruvik, the
            // ministry dismissed ...").
            let fronted = prev.toks.0 > a && syn.tags[prev.toks.0 - 1] == Tag::Prep;
            if prev.toks.1 + 1 == g.toks.0 && syn.tags[prev.head] == Tag::Name && !fronted {
                return Some(prev);
            }
            // A group set off by commas right before the verb is an
            // appositive ("The mayor, a former teacher, ordered"; "The
            // share of pupils at the five schools, 81 percent, has risen"):
            // the subject is the free group before it.
            let set_off = toks.lower(g.toks.1) == "," && g.toks.1 + 1 == vg.toks.0;
            // A name set off after a description is whom it describes
            // ("The council's leader, Dena Marsh, was interviewed").
            let described = syn.tags[g.head] == Tag::Name
                && prev.toks.1 + 1 == g.toks.0
                && syn.tags[prev.head] == Tag::Noun
                && crate::parse::names::person_noun(toks.lower(prev.head));
            if set_off && described {
                return Some(g);
            }
            if set_off {
                if let Some(j) = before[..k].iter().rposition(|h| free(h)) {
                    return Some(before[j]);
                }
            }
        }
        Some(g)
    };
    // A participle skipped as modifying the subject stands after it ("A
    // gang calling itself Nightjar claimed").
    let skipped = candidates
        .iter()
        .position(|&i| i == vi)
        .filter(|&n| n > 0)
        .map(|n| vgs[candidates[n - 1]])
        .filter(|prev| r.reduced_before(prev, &vg, &ngs));
    let subject = subject_of(skipped.as_ref().unwrap_or(&vg));
    // "none of the diesel had leaked": the act is denied of its subject.
    if let Some(g) = subject {
        if g.toks.0 >= a + 2
            && toks.lower(g.toks.0 - 1) == "of"
            && matches!(toks.lower(g.toks.0 - 2), "none" | "neither")
        {
            if let Some(l) = vg.lemma {
                frame.acts.retain(|&x| x != l);
            }
        }
    }
    frame.subject = subject.map(|g| r.participant(g));
    // "is expected to close", "plans to cut": the act is the infinitive;
    // "kept relighting": the "-ing" form.
    while vi + 1 < vgs.len() {
        let next = vgs[vi + 1];
        let lemma = r.lemma_text(vg.lemma);
        let ing = next.toks.0 == vg.toks.1 && toks.lower(next.head).ends_with("ing");
        if ing && CONTINUING.contains(&lemma) {
            vi += 1;
            vg = next;
            continue;
        }
        let from = vg.complement.map_or(vg.toks.1, |c| c + 1);
        // "to" right before the next verb, and nothing but adverbs or a
        // time between ("agreed on Tuesday to buy").
        let to_between = next.toks.0 > from
            && toks.lower(next.toks.0 - 1) == "to"
            && next.toks.0 - from <= 6
            && (from..next.toks.0 - 1).all(|k| {
                !matches!(
                    syn.tags[k],
                    Tag::Verb | Tag::Punct | Tag::Sub | Tag::Wh | Tag::Conj
                )
            });
        // "was forced to close" closed; "was not forced to close" and
        // "forced police to retreat" say nothing of the subject closing.
        let forced = matches!(lemma, "force" | "compel" | "oblige");
        if to_between
            && (CATENATIVE.contains(&lemma) || vg.complement.is_some())
            && !(forced && (!vg.passive || vg.negated))
            && next.lemma.is_some()
        {
            vi += 1;
            vg = next;
        } else {
            break;
        }
    }
    // The object follows the verb group directly (adverbs aside).
    // Not a time ("were first reported last week").
    let after = |vg: &VerbGroup| {
        ngs.iter()
            // "had no insurance": the group opens with the verb group's "no".
            .find(|g| {
                g.toks.0 >= vg.toks.1 || g.toks.0 + 1 == vg.toks.1 && toks.lower(g.toks.0) == "no"
            })
            .filter(|g| (vg.toks.1..g.toks.0).all(|k| matches!(syn.tags[k], Tag::Adv | Tag::Neg)))
            .filter(|g| {
                !(matches!(
                    toks.lower(g.toks.0),
                    "last" | "next" | "this" | "every" | "each" | "that" | "all"
                ) && r.time_word(g.head))
            })
    };
    let mut predicate_id = vg.lemma;
    let mut pred_span = r.span_of(vg.toks.0, vg.toks.1);
    frame.passive = vg.passive;
    frame.object = if vg.complement.is_some() {
        None
    } else {
        after(&vg).map(|g| r.participant(g))
    };
    let lemma = r.lemma_text(vg.lemma);
    // "asked for a ransom", "called for an inquiry": requested, what is
    // asked for its object.
    if matches!(lemma, "ask" | "call") && !vg.passive && toks.lower(vg.toks.1) == "for" {
        if let Some(g) = ngs.iter().find(|g| g.toks.0 == vg.toks.1 + 1) {
            if let Some(v) = wn.lemma("request", Pos::Verb) {
                predicate_id = Some(v);
                pred_span = r.span_of(vg.toks.0, vg.toks.1 + 1);
                frame.object = Some(r.participant(g));
            }
        }
    }
    // Where the object ends (the verb's end without one).
    let past_object = frame.object.as_ref().map_or(vg.toks.1, |o| {
        ngs.iter()
            .find(|g| r.span_of(g.toks.0, g.toks.1) == o.span)
            .map_or(vg.toks.1, |g| g.toks.1)
    });
    // "was cleared of fraud", "cleared her of all charges": acquitted; a
    // person is cleared so, a road of snow is not.
    let undergoer = if frame.passive {
        frame.subject.as_ref()
    } else {
        frame.object.as_ref()
    };
    let person = undergoer.is_some_and(|p| {
        p.name || p.pronoun || crate::parse::names::person_noun(&p.head.to_lowercase())
    });
    if lemma == "clear" && toks.lower(past_object) == "of" && person {
        if let Some(v) = wn.word("acquit").filter(|&v| wn.has(v, Pos::Verb)) {
            predicate_id = Some(v);
        }
    }
    // "found her guilty": the verdict adjective.
    let mut verdict_end = None;
    if VERDICT.contains(&lemma) {
        let from = past_object;
        // Right after the object, adverbs and "not" aside ("found him not
        // guilty"), not past a preposition ("found the cracks during a
        // routine check").
        let adj = (from..b.min(from + 3))
            .take_while(|&k| matches!(syn.tags[k], Tag::Adj | Tag::Adv | Tag::Neg))
            .find(|&k| syn.tags[k] == Tag::Adj);
        if let Some(k) = adj {
            predicate_id = syn.lemmas[k].or_else(|| wn.lemma(toks.lower(k), Pos::Adj));
            pred_span = pred_span.cover(toks.toks[k].span);
            verdict_end = Some(k + 1);
        }
    }
    // "issued an order", "made contact with": the act the object names.
    // "put the cost at £38m" is an estimate of the object, no light verb.
    let estimate = lemma == "put"
        && (vg.toks.1..b.min(vg.toks.1 + 10)).any(|k| {
            toks.lower(k) == "at"
                && (k + 1..b.min(k + 4)).any(|f| syn.tags.get(f) == Some(&Tag::Num))
        });
    // "paid compensation", "paid a visit": "pay" is light only before the
    // few nouns that name an act of their own (not "paid a fine", "paid
    // taxes").
    let paid_act = lemma == "pay"
        && frame.object.as_ref().is_some_and(|o| {
            matches!(
                o.head.to_lowercase().as_str(),
                "compensation" | "visit" | "tribute" | "homage" | "attention"
            )
        });
    // "will have 240 branches": having a counted thing is owning it, no act.
    let owns_count = lemma == "have"
        && frame.object.as_ref().is_some_and(|o| {
            ngs.iter()
                .find(|g| r.span_of(g.toks.0, g.toks.1) == o.span)
                .is_some_and(|g| (g.toks.0..g.toks.1).any(|k| syn.tags[k] == Tag::Num))
        });
    if (LIGHT.contains(&lemma) || paid_act) && vg.complement.is_none() && !estimate && !owns_count {
        if let Some(obj) = frame.object.clone() {
            // A group, person, place or made thing names no act: "joined
            // the club" is no clubbing, "launched a rocket" no rocketing.
            // (What a body has stays told by its noun: "has a plant in
            // Ohio" and "has an office in Texas" are two things.)
            let act = obj
                .id
                .filter(|&n| {
                    lemma == "have"
                        || !wn.senses(n, Pos::Noun).next().is_some_and(|s| {
                            matches!(
                                wn.lexname(s),
                                lexname::NOUN_GROUP
                                    | lexname::NOUN_PERSON
                                    | lexname::NOUN_LOCATION
                                    | lexname::NOUN_ARTIFACT
                            )
                        })
                })
                .and_then(|n| wn.derived(n).find(|&(p, _)| p == Pos::Verb).map(|(_, v)| v))
                // What is signed is a document: only a noun made from its
                // verb names the act ("signed a declaration" = declared;
                // "signed the felling notice" noticed nothing).
                .filter(|&v| lemma != "sign" || obj.id.is_none_or(|n| wn.text(n) != wn.text(v)));
            if let Some(v) = act {
                predicate_id = Some(v);
                pred_span = pred_span.cover(obj.span);
                // The act the object names happens when its light verb does
                // ("Two boats suffered hull damage": a damaging told).
                // (Having is holding, told as such.)
                if lemma != "have"
                    && vg.lemma.is_some_and(|l| frame.acts.contains(&l))
                    && !frame.acts.contains(&v)
                {
                    frame.acts.push(v);
                }
                // What befell the subject: it underwent the act ("Nine
                // passengers suffered minor injuries" = were injured).
                if matches!(lemma, "suffer" | "sustain") {
                    frame.passive = true;
                }
                // What the act is of or with: "contact with the hostages".
                let og = ngs
                    .iter()
                    .find(|g| r.span_of(g.toks.0, g.toks.1) == obj.span);
                frame.object = og
                    .and_then(|og| {
                        ngs.iter().find(|g| {
                            g.toks.0 == og.toks.1 + 1
                                && matches!(
                                    toks.lower(og.toks.1),
                                    "with" | "of" | "on" | "against" | "for"
                                )
                                // "signed the declaration on Sunday": a time, no thing.
                                && !r.time_word(g.head)
                        })
                    })
                    .map(|g| r.participant(g));
                // "made the decision to close the crossing": the plan's act.
                let then = og
                    .filter(|og| toks.lower(og.toks.1) == "to")
                    .and_then(|og| {
                        vgs.iter()
                            .find(|g| g.toks.0 == og.toks.1 + 1 && g.lemma.is_some())
                    });
                if let Some(next) = then.filter(|_| CATENATIVE.contains(&wn.text(v))) {
                    predicate_id = next.lemma;
                    pred_span = r.span_of(next.toks.0, next.toks.1);
                    frame.object = after(next).map(|g| r.participant(g));
                }
            }
        }
    }
    // "closed 4% higher", "ended the session lower", "finished down 2%": a
    // market's move told by where it closed.
    if matches!(
        lemma,
        "close" | "end" | "finish" | "settle" | "trade" | "open"
    ) {
        let dir = (vg.toks.1..b.min(vg.toks.1 + 5))
            .take_while(|&k| !matches!(syn.tags[k], Tag::Verb | Tag::Punct | Tag::Sub))
            .find_map(|k| {
                // "up"/"down" only before a figure ("closed up 2%"): "ended
                // up in court" is no market move.
                let figure_next = syn.tags.get(k + 1) == Some(&Tag::Num);
                match toks.lower(k) {
                    "higher" => Some((k, "rise")),
                    "lower" => Some((k, "fall")),
                    "up" if figure_next => Some((k, "rise")),
                    "down" if figure_next => Some((k, "fall")),
                    _ => None,
                }
            });
        if let Some((k, verb)) = dir {
            if let Some(v) = wn.word(verb) {
                predicate_id = Some(v);
                pred_span = pred_span.cover(toks.toks[k].span);
                frame.object = None;
            }
        }
    }
    // "convicted her of siphoning", "cleared of the wire fraud charge";
    // "found the treasurer guilty in the theft".
    let of_at = verdict_end
        .filter(|&e| e < b && matches!(toks.lower(e), "of" | "in" | "over"))
        .or_else(|| {
            (vg.toks.1..b.min(vg.toks.1 + 6))
                .take_while(|&k| !matches!(syn.tags[k], Tag::Verb | Tag::Punct))
                .find(|&k| toks.lower(k) == "of")
        });
    frame.of = of_at.and_then(|k| {
        if let Some(g) = ngs.iter().find(|g| g.toks.0 == k + 1) {
            return Some(r.participant(g));
        }
        // A gerund: "of siphoning about $2.3 million".
        (k + 1 < b && syn.tags[k + 1] == Tag::Verb).then(|| {
            let span = toks.toks[k + 1].span;
            Participant {
                text: span.slice(text).to_string(),
                head: r.lemma_text(syn.lemmas[k + 1]).to_string(),
                span,
                id: syn.lemmas[k + 1],
                pronoun: false,
                name: false,
                of: None,
            }
        })
    });
    if vg.passive {
        frame.agent = ngs
            .iter()
            .find(|g| g.toks.0 > vg.toks.1 && g.toks.0 >= 1 && toks.lower(g.toks.0 - 1) == "by")
            .map(|g| r.participant(g));
    }
    // Moving or tabling a motion is proposing it ("The motion was tabled by
    // Councillor Ilic" / "moved by Deputy Mayor Tran").
    let patient = if frame.passive {
        frame.subject.as_ref()
    } else {
        frame.object.as_ref()
    };
    if predicate_id.is_some_and(|id| matches!(wn.text(id), "move" | "table"))
        && patient.is_some_and(|p| matches!(p.head.as_str(), "motion" | "amendment" | "resolution"))
    {
        if let Some(propose) = wn.lemma("propose", Pos::Verb) {
            predicate_id = Some(propose);
        }
    }
    // A verb WordNet does not know keeps its written form, "-ing" or "-ed" cut.
    let lemma = match predicate_id {
        Some(id) => wn.text(id).to_string(),
        None => {
            let w = toks.lower(vg.head);
            w.strip_suffix("ing")
                .or_else(|| w.strip_suffix("ed"))
                .filter(|s| s.len() >= 3)
                .unwrap_or(w)
                .to_string()
        }
    };
    frame.predicate = Some(Predicate {
        lemma,
        text: pred_span.slice(text).to_string(),
        span: pred_span,
        id: predicate_id,
    });
    frame
}

/// Where a clause set off from token `from` ends: the next comma, colon,
/// semicolon or full stop, not the stop of an abbreviation ("led by Dr.
/// Priya Marr, the surgeon").
fn clause_end(toks: &Tokens, lx: &Lexicon, from: usize, b: usize) -> usize {
    (from..b)
        .find(|&i| match toks.lower(i) {
            "," | ";" | ":" => true,
            "." => i == 0 || !lx.abbrev.contains_key(toks.lower(i - 1)),
            _ => false,
        })
        .unwrap_or(b)
}

/// The deeds said of named people in relative clauses in tokens `[a, b)`:
/// "Mayor Colette Brandt, who signed the emergency declaration, ..." ->
/// declare, done by Colette Brandt. The frame of each clause from "who" to
/// the next comma, with the name as its subject.
pub fn deeds(
    toks: &Tokens,
    syn: &Syntax,
    text: &str,
    lx: &Lexicon,
    a: usize,
    b: usize,
) -> Vec<Frame> {
    let mut out = Vec::new();
    let r = Reader {
        toks,
        syn,
        text,
        wn: WordNet::builtin(),
    };
    let ngs = noun_groups(toks, syn, a, b);
    // "The agreement, brokered personally by Ines Calder, ends ...": a
    // participle set off after a noun, its doer after "by".
    // Or right after its noun ("in an operation led by Dr. Priya Marr").
    for k in a + 2..b.min(syn.tags.len()) {
        let w = toks.lower(k);
        let set_off = toks.lower(k - 1) == ",";
        if syn.tags[k] != Tag::Verb || !["ed", "en", "wn", "ne"].iter().any(|s| w.ends_with(s)) {
            continue;
        }
        let end = clause_end(toks, lx, k + 1, b);
        let thing_end = if set_off { k - 1 } else { k };
        let Some(thing) = ngs.iter().find(|g| g.toks.1 == thing_end) else {
            continue;
        };
        // Not set off, the participle's doer comes straight after it:
        // "The operation led by Dr. Marr", not "The board met by the river".
        if !set_off && toks.lower(k + 1) != "by" {
            continue;
        }
        let Some(doer) = ngs.iter().find(|g| {
            g.toks.0 > k
                && g.toks.1 <= end
                && toks.lower(g.toks.0 - 1) == "by"
                && syn.tags[g.head] == Tag::Name
        }) else {
            continue;
        };
        let mut f = read_frame(toks, syn, text, lx, k, end);
        if f.predicate.is_none() {
            continue;
        }
        f.subject = Some(r.participant(thing));
        f.object = None;
        f.passive = true;
        f.agent = Some(r.participant(doer));
        out.push(f);
    }
    // "Mayor Colette Brandt, who signed the emergency declaration, ..." (a
    // relative clause after a name) and "Judge Raymond Oduya, chairing the
    // public meeting, said" (a present participle set off after one, no
    // cue: "saying"): a deed of the person named.
    for k in a + 2..b.min(syn.tags.len()) {
        let w = toks.lower(k);
        let who = w == "who";
        let participle = w.ends_with("ing") && !lx.cues.contains_key(w);
        // "Tomas Wielgus, the consultant surgeon who led the operation":
        // "who" after an appositive person noun that follows the name.
        let described = who
            .then(|| ngs.iter().find(|g| g.toks.1 == k && g.toks.0 >= a + 2))
            .flatten()
            .filter(|g| {
                toks.lower(g.toks.0 - 1) == ","
                    && syn.tags[g.toks.0 - 2] == Tag::Name
                    && crate::parse::names::person_noun(toks.lower(g.head))
            });
        if toks.lower(k - 1) != "," && described.is_none() || !(who || participle) {
            continue;
        }
        // "Lydia Crane, 44, who ...": an age between the name and "who".
        let last = if let Some(g) = described {
            g.toks.0 - 2
        } else if who && syn.tags[k - 2] == Tag::Num && k >= a + 4 && toks.lower(k - 3) == "," {
            k - 4
        } else {
            k - 2
        };
        if syn.tags[last] != Tag::Name {
            continue;
        }
        let first = (a..last)
            .rev()
            .take_while(|&i| syn.tags[i] == Tag::Name)
            .last()
            .unwrap_or(last);
        let end = clause_end(toks, lx, k + 1, b);
        // A participle is set off on both sides and takes an object.
        if participle && (end >= b || toks.lower(end) != ",") {
            continue;
        }
        // A passive clause keeps the name as its subject, what underwent
        // the act ("who was found guilty of conspiracy").
        let mut f = read_frame(toks, syn, text, lx, if who { k + 1 } else { k }, end);
        if f.predicate.is_none() || f.subject.is_some() || participle && f.object.is_none() {
            continue;
        }
        let span = toks.toks[first].span.cover(toks.toks[last].span);
        let name = span.slice(text).to_string();
        f.subject = Some(Participant {
            text: name.clone(),
            head: name,
            span,
            id: None,
            pronoun: false,
            name: true,
            of: None,
        });
        out.push(f);
    }
    // "Okafor won the tournament, beating Lee Tranter 4-2 in the final": a
    // participle closing the sentence after a comma, right before its
    // object, is a deed of the main clause's named subject. (The tagger
    // may read it as an adjective of the object.)
    let wn = WordNet::builtin();
    if let Some(k) = (a + 3..b.min(syn.tags.len())).find(|&k| {
        let w = toks.lower(k);
        toks.lower(k - 1) == ","
            && matches!(syn.tags[k], Tag::Verb | Tag::Adj)
            && w.ends_with("ing")
            && !lx.cues.contains_key(w)
            && syn.tags[k - 2] != Tag::Name
    }) {
        let main = read_frame(toks, syn, text, lx, a, k - 1);
        // Its object: the group after it, or the rest of the group it was
        // read into.
        let object = ngs
            .iter()
            .find(|g| g.toks.0 == k + 1 || g.toks.0 == k && g.head > k)
            .map(|g| NounGroup {
                toks: (k + 1, g.toks.1),
                head: g.head,
            });
        let lemma = syn.lemmas[k].or_else(|| wn.lemma(toks.lower(k), Pos::Verb));
        if let (Some(subject), Some(object), Some(id)) = (
            main.subject.filter(|s| s.name && !main.passive),
            object,
            lemma.filter(|&l| wn.has(l, Pos::Verb)),
        ) {
            let span = toks.toks[k].span;
            out.push(Frame {
                predicate: Some(Predicate {
                    lemma: wn.text(id).to_string(),
                    text: span.slice(text).to_string(),
                    span,
                    id: Some(id),
                }),
                subject: Some(subject),
                object: Some(r.participant(&object)),
                acts: vec![id],
                ..Frame::default()
            });
        }
    }
    out
}

/// Whose a figure is: the subject of the verb before it in the claim ("Will
/// Artino scored 14 points and Gregory Echenique had 11 rebounds" -> 11
/// rebounds are Echenique's); a participle without its own subject
/// ("adding six rebounds") takes the subject of the verb before it. `None`
/// when no verb comes before the figure (the figure is in the subject).
pub fn figure_owner(
    toks: &Tokens,
    syn: &Syntax,
    text: &str,
    (a, b): (usize, usize),
    at: usize,
) -> Option<Participant> {
    if a >= b || b > syn.tags.len() || at <= a {
        return None;
    }
    let wn = WordNet::builtin();
    let r = Reader {
        toks,
        syn,
        text,
        wn,
    };
    let vgs = verb_groups(toks, syn, a, at.min(b));
    let ngs = noun_groups(toks, syn, a, at.min(b));
    for vg in vgs.iter().rev() {
        let free = |g: &&NounGroup| {
            g.toks.0 == a || !matches!(syn.tags[g.toks.0 - 1], Tag::Prep | Tag::To)
        };
        // The subject right before the verb, unless a comma or a conjunction
        // stands between (a participle: ", adding", "and adding").
        let subject = ngs
            .iter()
            .filter(|g| g.toks.1 <= vg.toks.0)
            .rfind(free)
            .filter(|g| (g.toks.1..vg.toks.0).all(|k| matches!(syn.tags[k], Tag::Adv | Tag::Neg)));
        if let Some(g) = subject {
            return Some(r.participant(g));
        }
    }
    None
}

/// A frame without a verb: a noun naming an act ("the release of 14 hostages").
fn nominal_frame(r: &Reader, ngs: &[NounGroup], a: usize, b: usize) -> Frame {
    let _ = (a, b);
    let mut frame = Frame::default();
    for (i, g) in ngs.iter().enumerate() {
        let Some(id) = r.syn.lemmas[g.head] else {
            continue;
        };
        if r.syn.tags[g.head] != Tag::Noun {
            continue;
        }
        let act = r.wn.derived(id).any(|(p, _)| p == Pos::Verb);
        if !act {
            continue;
        }
        let span = r.toks.toks[g.head].span;
        frame.predicate = Some(Predicate {
            lemma: r.wn.text(id).to_string(),
            text: span.slice(r.text).to_string(),
            span,
            id: Some(id),
        });
        if let Some(next) = ngs.get(i + 1) {
            if next.toks.0 == g.toks.1 + 1 && r.toks.lower(g.toks.1) == "of" {
                frame.object = Some(r.participant(next));
            }
        }
        if i > 0 {
            frame.subject = Some(r.participant(&ngs[0]));
        }
        break;
    }
    frame
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (predicate, subject head, object head, passive) of a sentence.
    /// A one-sentence document, parsed and analysed.
    fn analyzed(
        text: &str,
    ) -> (
        crate::load::Document,
        crate::parse::Parsed,
        crate::syntax::Syntax,
    ) {
        let lx = Lexicon::builtin();
        let doc = crate::load::document_from_text("t", format!("outlet: T\n\n{text}\n"), lx)
            .expect("a document");
        let p = crate::parse::parse(&doc, lx);
        let syn = crate::syntax::analyze(&p, lx);
        (doc, p, syn)
    }

    fn frame(text: &str) -> (String, String, String, bool) {
        let lx = Lexicon::builtin();
        let (doc, p, syn) = analyzed(text);
        let f = read_frame(&p.toks, &syn, &doc.text, lx, 0, p.toks.len());
        (
            f.predicate.map_or(String::new(), |p| p.lemma),
            f.subject.map_or(String::new(), |p| p.head),
            f.object.map_or(String::new(), |p| p.head),
            f.passive,
        )
    }

    fn pred(text: &str) -> String {
        frame(text).0
    }

    #[test]
    fn subjects_past_coordinated_names_and_objects_that_are_times() {
        let f =
            frame("Discussions between Castlegate and Northmoor were first reported last week.");
        assert_eq!(
            (f.0.as_str(), f.1.as_str(), f.2.as_str()),
            ("report", "discussion", "")
        );
        assert_eq!(frame("The board met the unions last week.").2, "union");
        assert_eq!(frame("The council closed the road this morning.").2, "road");
        assert_ne!(frame("The firm closed last year.").2, "year");
        // The name before a plural owner's description is the subject.
        assert_eq!(
            frame("Renata Huxley, Caldmoor Savings' chief executive, will lead the group.").1,
            "Renata Huxley"
        );
        // A name of a phrase set before the clause is no subject; a name
        // set before its description is.
        assert_eq!(
            frame("In Bruvik, the foreign ministry dismissed the accusations.").1,
            "ministry"
        );
        assert_eq!(
            frame("Dena Marsh, the council leader, dismissed the accusations.").1,
            "Dena Marsh"
        );
        // Having a counted thing is owning it: no act named by the object.
        assert_eq!(pred("The merged bank will have 240 branches."), "have");
        assert_eq!(pred("The two sides had talks on Monday."), "talk");
    }

    #[test]
    fn a_clause_after_when_is_subordinate_past_its_of_groups_and_infinitives() {
        let f = frame(
            "One driver in Carrick suffered minor burns when the engine of her van began to smoke.",
        );
        assert_eq!((f.0.as_str(), f.1.as_str()), ("burn", "driver"));
        // A participle with an object after a place is the clause's verb;
        // "according to" is no verb.
        let f = frame(
            "One driver in Carrick suffered minor burns when the engine of her van began to \
             smoke, according to a summary the company shared.",
        );
        assert_eq!((f.0.as_str(), f.1.as_str()), ("burn", "driver"));
        // Moving or tabling a motion is proposing it.
        let f = frame("The motion was tabled by Councillor Marta Ilic.");
        assert_eq!(f.0.as_str(), "propose");
        let f = frame("Deputy Mayor Owen Tran moved the motion.");
        assert_eq!(f.0.as_str(), "propose");
        assert_eq!(frame("The council moved the office.").0.as_str(), "move");
        // An infinitive qualifying the subject is not the clause's verb.
        let f = frame("The motion to approve the extension was moved by Deputy Mayor Owen Tran.");
        assert_eq!((f.0.as_str(), f.1.as_str()), ("propose", "motion"));
        let f = frame("The company plans to close the plant.");
        assert_eq!(f.0.as_str(), "close");
        // Asking or calling for something is requesting it.
        let f = frame("Hackers have asked for a ransom of $6 million.");
        assert_eq!((f.0.as_str(), f.2.as_str()), ("request", "ransom"));
        assert_eq!(frame("The coach called the players.").0.as_str(), "call");
        // Injuries suffered befell the subject.
        let f = frame("Nine passengers suffered minor injuries.");
        assert_eq!(
            (f.0.as_str(), f.1.as_str(), f.3),
            ("injure", "passenger", true)
        );
        let f = frame("In a citation issued Jan. 5, the state fined the company $20,000.");
        assert_eq!(f.0.as_str(), "fine");
    }

    #[test]
    fn a_refused_act_is_not_done() {
        let lx = Lexicon::builtin();
        let acts = |text: &str| {
            let doc = crate::load::document_from_text("t", format!("outlet: T\n\n{text}\n"), lx)
                .expect("a document");
            let p = crate::parse::parse(&doc, lx);
            let syn = crate::syntax::analyze(&p, lx);
            let f = read_frame(&p.toks, &syn, &doc.text, lx, 0, p.toks.len());
            let wn = WordNet::builtin();
            f.acts
                .iter()
                .map(|&w| wn.text(w).to_string())
                .collect::<Vec<_>>()
        };
        assert!(!acts("Renwick has refused to concede the election.").contains(&"concede".into()));
        assert!(!acts("The firm declined to comment on Monday.").contains(&"comment".into()));
        assert!(acts("Renwick agreed to concede the election.").contains(&"concede".into()));
        // "none of X" denies the act of X, its subject.
        assert!(
            !acts("None of the ferry's diesel had leaked into the sea.").contains(&"leak".into())
        );
        assert_eq!(
            frame("None of the ferry's diesel had leaked into the sea.").1,
            "diesel"
        );
        assert_eq!(frame("Most of the staff were sent home.").1, "staff");
        // The act a light verb's object names is done when the verb is.
        assert!(acts("Two barges suffered hull damage.").contains(&"damage".into()));
        assert!(!acts("None of the barges suffered any damage.").contains(&"damage".into()));
    }

    #[test]
    fn an_appositive_before_the_verb_is_not_the_subject() {
        assert_eq!(
            frame("The mayor, a former teacher, ordered the school closed.").1,
            "mayor"
        );
        assert_eq!(
            frame("The share of pupils at the five schools, 81 percent, has risen since 2020.").1,
            "share"
        );
    }

    #[test]
    fn having_no_act_is_its_denial() {
        assert_eq!(pred("Most growers had no hail insurance."), "insure");
    }

    #[test]
    fn a_copula_complement_before_an_infinitive_is_not_the_doer() {
        assert_eq!(
            frame("A five-man crew from Norway was the first to finish.").1,
            "crew"
        );
        assert_eq!(frame("The plan was to finish by May.").1, "plan");
    }

    #[test]
    fn pay_is_light_only_before_an_act() {
        assert_eq!(
            frame("The airline paid compensation to passengers.").0,
            "compensate"
        );
        assert_eq!(frame("The driver paid a fine of £200.").0, "pay");
    }

    #[test]
    fn a_name_set_off_after_a_description_of_a_person_is_the_subject() {
        assert_eq!(
            frame("The council's leader, Dena Marsh, was interviewed by detectives.").1,
            "Dena Marsh"
        );
        // Not a name after a description of a thing.
        assert_eq!(
            frame("The new stadium, Harlow Park, was opened by the mayor.").1,
            "stadium"
        );
    }

    #[test]
    fn main_verbs_with_their_participants() {
        assert_eq!(
            frame("The company cut about 1,800 jobs on Monday."),
            ("cut".into(), "company".into(), "job".into(), false)
        );
        assert_eq!(
            frame("Eleven other workers were injured in the blast."),
            ("injure".into(), "worker".into(), String::new(), true)
        );
        assert_eq!(
            frame("Jurors cleared her of the wire fraud charge."),
            ("acquit".into(), "juror".into(), "her".into(), false)
        );
    }

    #[test]
    fn predicates_behind_light_verbs_copulas_and_plans() {
        assert_eq!(
            pred("It was Ilse Varga who ordered the inspections."),
            "order"
        );
        assert_eq!(pred("The talks took place in Caracas."), "take place");
        // "up" and "down" after "be" tell a change.
        assert_eq!(
            pred("Despite the dispute, bookings are up on last year."),
            "rise"
        );
        assert_eq!(pred("Sales were down 4% in May."), "fall");
        assert_ne!(pred("The climbers were up the mountain."), "rise");
        assert_ne!(pred("The system was up and running by noon."), "rise");
        assert_ne!(pred("The website was down for three hours."), "fall");
        assert_eq!(
            pred("The sheriff issued an evacuation order on Friday."),
            "order"
        );
        assert_eq!(pred("Highway 31 remained closed on Monday."), "close");
        assert_eq!(pred("Some 600 porters joined the strike."), "strike");
        // A group or a made thing names no act.
        assert_eq!(pred("He joined the Spanish club in 2022."), "join");
        assert_eq!(pred("The firm launched a rocket from Unst."), "launch");
        assert_eq!(
            pred("The deal is expected to close in the autumn."),
            "close"
        );
        assert_eq!(pred("The jury found her guilty of wire fraud."), "guilty");
        assert_eq!(pred("The release of 14 hostages was delayed."), "delay");
        assert_eq!(pred("Release of 14 hostages"), "release");
        // "put X at FIGURE" is an estimate, "put" no light verb.
        assert_eq!(
            pred("The engineers put the cost of repairs at £38m."),
            "put"
        );
        assert_eq!(pred("The city put a ban on fireworks."), "ban");
    }

    /// (predicate, subject, agent) of each deed of a sentence.
    fn deeds_of(text: &str) -> Vec<(String, String, String)> {
        let lx = Lexicon::builtin();
        let (doc, p, syn) = analyzed(text);
        deeds(&p.toks, &syn, &doc.text, lx, 0, p.toks.len())
            .into_iter()
            .map(|f| {
                (
                    f.predicate.map_or(String::new(), |p| p.lemma),
                    f.subject.map_or(String::new(), |p| p.head),
                    f.agent.map_or(String::new(), |p| p.head),
                )
            })
            .collect()
    }

    #[test]
    fn a_participle_closing_the_sentence_is_a_deed_of_the_named_subject() {
        let lx = Lexicon::builtin();
        let (doc, p, syn) =
            analyzed("Okonjo went on to win the title, beating Carla Moss 6-3 in the final.");
        let f = deeds(&p.toks, &syn, &doc.text, lx, 0, p.toks.len());
        let d = &f[0];
        assert_eq!(d.predicate.as_ref().map(|p| p.lemma.as_str()), Some("beat"));
        assert_eq!(d.subject.as_ref().map(|p| p.head.as_str()), Some("Okonjo"));
        // Its object is the name alone, not the score after it.
        assert_eq!(
            d.object.as_ref().map(|p| p.head.as_str()),
            Some("Carla Moss")
        );
        // "went on to win" wins.
        assert_eq!(pred("Okonjo went on to win the title."), "win");
        // Not of a common-noun subject.
        let (doc, p, syn) = analyzed("The storm hit the coast, leaving Carla Moss without power.");
        assert!(deeds(&p.toks, &syn, &doc.text, lx, 0, p.toks.len()).is_empty());
    }

    #[test]
    fn deeds_after_a_noun_and_after_an_appositive() {
        // A participle right after its noun, its doer after "by" (past a
        // title's full stop).
        assert_eq!(
            deeds_of(
                "The kidney was transplanted in an operation led by Dr. Priya Marr, the lead surgeon."
            ),
            vec![("lead".into(), "operation".into(), "Priya Marr".into())]
        );
        assert!(deeds_of("The board met in a hall owned by the council.").is_empty());
        // "who" after a person noun set off after the name.
        assert_eq!(
            deeds_of(
                "Dr. Tomas Wiel, the consultant surgeon who led the operation, said it went well."
            ),
            vec![("lead".into(), "Tomas Wiel".into(), String::new())]
        );
        assert!(
            deeds_of("Tomas Wiel, the clinic which led the trial, said it went well.").is_empty()
        );
    }

    #[test]
    fn what_is_signed_names_no_act_unless_made_from_one() {
        assert_eq!(
            pred("Martin Oyel signed the felling notice last Thursday."),
            "sign"
        );
        assert_eq!(
            pred("The mayor signed an emergency declaration."),
            "declare"
        );
    }

    #[test]
    fn a_participle_set_off_after_the_subject_is_not_its_verb() {
        assert_eq!(
            pred(
                "Judge Rosalind Marr, sitting in Bramwick, ruled on Thursday that the club had erred."
            ),
            "rule"
        );
        assert_eq!(
            pred("The crowd, cheering loudly, stormed the pitch."),
            "storm"
        );
    }

    #[test]
    fn relative_clauses_are_not_the_main_verb() {
        assert_eq!(
            pred("The workers who were injured were taken to hospital."),
            "take"
        );
        // Nor is its noun the subject, nor a noun after a preposition.
        assert_eq!(
            frame(
                "The sprinkler system in an Ohio warehouse where a fire killed a worker did not activate."
            ),
            ("activate".into(), "system".into(), String::new(), false)
        );
        // A participle after the subject, a later verb the clause's own.
        assert_eq!(
            frame("The postal ballots counted on Tuesday narrowed the lead."),
            ("narrow".into(), "ballot".into(), "lead".into(), false)
        );
        // Not when the first verb takes an object, nor when the later verb
        // is itself a participle.
        assert_eq!(pred("Police arrested a man wanted for murder."), "arrest");
        assert_eq!(
            pred("The man appeared in court charged with murder."),
            "appear"
        );
        assert_eq!(pred("The bus crashed into a wall built in 1920."), "crash");
        // A present participle with its own object.
        assert_eq!(
            frame("A gang calling itself Nightjar claimed the attack on Sunday."),
            ("claim".into(), "gang".into(), "attack".into(), false)
        );
        assert_eq!(pred("Rescuers searching the rubble found a boy."), "find");
    }

    #[test]
    fn futures_and_names_after_a_fronted_phrase() {
        assert_eq!(pred("Tara is not going to enjoy the clinic."), "enjoy");
        assert_eq!(
            frame(
                "Unlike stars Jennifer Lawrence and Liam Hemsworth, Ross is not signed for a sequel."
            ),
            ("sign".into(), "Ross".into(), String::new(), true)
        );
    }

    #[test]
    fn relative_clauses_without_that() {
        assert_eq!(
            frame("The account they used did not require a second password."),
            ("require".into(), "account".into(), "password".into(), false)
        );
        // A clause set off before its own subject; one closed by a comma.
        assert_eq!(
            frame("Every time we knocked it down, it came back."),
            ("come back".into(), "it".into(), String::new(), false)
        );
        assert_eq!(
            frame("The campground, which opened on May 23, will stay closed."),
            ("close".into(), "campground".into(), String::new(), false)
        );
    }

    #[test]
    fn implicative_verbs_and_verdicts() {
        // What one was forced or managed to do happened.
        assert_eq!(
            pred("The emergency department was forced to close on Sunday."),
            "close"
        );
        assert_eq!(pred("The crew managed to restart the engine."), "restart");
        // Not when denied, nor when another is forced.
        assert_eq!(
            pred("The hospital was not forced to close its emergency room."),
            "force"
        );
        assert_eq!(
            pred("Protesters forced police to retreat from the square."),
            "force"
        );
        // A state found: "found the boy alive".
        assert_eq!(pred("Rescuers found the boy alive on Monday."), "alive");
        assert_eq!(
            frame("Mayor Ada Brandt made the decision to close the crossing."),
            (
                "close".into(),
                "Ada Brandt".into(),
                "crossing".into(),
                false
            )
        );
        // A verdict adjective follows its object, not a preposition.
        assert_eq!(
            pred("Inspectors found the cracks during a routine check on Monday."),
            "find"
        );
        assert_eq!(pred("The jury found him not guilty."), "guilty");
        // "cleared of" a charge is acquitted; cleared roads are not.
        assert_eq!(
            pred("She was cleared of conspiracy on Wednesday."),
            "acquit"
        );
        assert_eq!(pred("The jury cleared him of all charges."), "acquit");
        assert_eq!(pred("Crews cleared the road on Monday."), "clear");
        assert_eq!(pred("The road was cleared of snow on Monday."), "clear");
        assert_eq!(
            pred("Sunday's programme went ahead on two stages."),
            "go ahead"
        );
    }
}
