//! Stage 4b, compare: decides, for each aligned pair of claims from
//! different sources, whether they agree, contradict each other (and how),
//! or differ softly; and which claims only one source has.

use serde::{Deserialize, Serialize};

/// What a finding says about its claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// Two sources state incompatible details: "three dead" vs "four dead".
    Contradiction,
    /// The same claim credited differently or stated with different certainty.
    Difference,
    /// Two sources state the same proposition with compatible details.
    Agreement,
    /// A claim only one source makes.
    Unique,
}

/// The type of a contradiction or difference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingType {
    /// Different values for the same quantity: "£45m" vs "£48m".
    Number,
    /// Different dates for the same event: "Feb. 3" vs "Feb. 10".
    Date,
    /// Different places for the same event: "Ridgeville, Indiana" vs "Kessler Springs, Michigan".
    Place,
    /// A different actor did or said it: the same remark credited to two people.
    Person,
    /// One affirms what the other denies: "handed in a request" vs "did not hand in a request".
    Negation,
    /// The same remark by the same speaker quoted in different words.
    Quote,
    /// The same claim credited to different sources.
    Attribution,
    /// Hedged in one, asserted in the other: "reportedly unanimous" vs "unanimous".
    Certainty,
}

/// One word-diff operation of a quote finding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DiffOp {
    /// `equal`, `delete` (only in the first quote) or `insert` (only in the second).
    pub op: String,
    /// The words.
    pub text: String,
}

/// A finding with its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable id `f1`, `f2`... in report order.
    pub id: String,
    /// Kind.
    pub kind: FindingKind,
    /// Type, for contradictions and differences.
    #[serde(rename = "type")]
    pub ty: Option<FindingType>,
    /// Claim ids on each side (one for `unique`).
    pub claims: Vec<String>,
    /// The claim field that differs.
    pub field: Option<String>,
    /// The differing values, in the order of `claims`.
    pub values: Vec<String>,
    /// One line a person can check.
    pub summary: String,
    /// Word diff of two quotes.
    pub diff: Option<Vec<DiffOp>>,
    /// The side each claim takes, in the order of `claims`: 0 or 1. A
    /// contradiction told by several reports lists every claim (see
    /// `group.rs`).
    pub sides: Vec<usize>,
}

pub mod date;
pub mod event;
pub mod group;
pub mod negation;

/// How much of the usual likeness a denial needs when the frames tell the
/// very act denied and affirmed (same predicate, actor and thing).
const FRAMED_LIKENESS: f64 = 0.5;
pub mod number;
pub mod person;
pub mod place;
pub mod quote;
#[cfg(test)]
mod testing;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::align::{self, AlignOptions, Names, Pair, Terms, normalize::key};
use crate::claims::{Certainty, Claim};
use crate::lexicon::{Lexicon, SourceKind};
use quote::QuoteMatch;

/// How many numbers, dates, places, quotes and roles of one claim the rules
/// look at. News claims hold a few; a claim with hundreds (a table pasted as
/// a sentence, hostile input) is compared on its first ones, so comparing
/// two claims never costs more than a constant.
pub const DETAIL: usize = 24;

/// Reports further apart than this (in days of publication) are not set
/// against each other for contradictions.
pub const MAX_APART_DAYS: i64 = 30;

/// Thresholds of the comparison rules (similarity of the two claims, 0 to 1).
#[derive(Clone, Debug)]
pub struct Thresholds {
    /// Least similarity for an agreement.
    pub agree: f64,
    /// Least similarity for a number, date or place contradiction.
    pub detail: f64,
    /// Least similarity for an actor contradiction.
    pub actor: f64,
    /// Least similarity for a negation contradiction.
    pub negation: f64,
}

impl Default for Thresholds {
    fn default() -> Self {
        Thresholds {
            agree: 0.3,
            detail: 0.2,
            actor: 0.45,
            negation: 0.2,
        }
    }
}

/// How to display a claim's source: the chain after the outlet, then the outlet.
pub fn source_label(c: &Claim) -> String {
    let outlet = c.sources.first().map_or("", |s| s.name.as_str());
    if c.sources.len() <= 1 {
        return outlet.to_string();
    }
    let rest: Vec<&str> = c.sources[1..].iter().map(|s| s.name.as_str()).collect();
    format!("{} ({outlet})", rest.join(" citing "))
}

fn clip(s: &str, n: usize) -> String {
    let mut out: String = s.chars().take(n).collect();
    if s.chars().count() > n {
        out.push('…');
    }
    out
}

struct Ctx<'a> {
    claims: &'a [Claim],
    /// Each claim's quotations as words, cut once.
    quote_words: Vec<Vec<Vec<String>>>,
    /// Each claim's dated acts (see [`date::dated_acts`]), read once.
    dated: Vec<Vec<String>>,
    names: Names,
    regions: place::Regions,
    terms: Terms,
    lx: &'a Lexicon,
    th: Thresholds,
}

/// The speaker of a quotation in a claim: its innermost source.
fn speaker(c: &Claim) -> Option<&crate::claims::Source> {
    c.sources.last()
}

fn finding(
    kind: FindingKind,
    ty: Option<FindingType>,
    claims: Vec<String>,
    field: Option<&str>,
    values: Vec<String>,
    summary: String,
) -> Finding {
    Finding {
        id: String::new(),
        kind,
        ty,
        field: field.map(String::from),
        sides: (0..claims.len()).map(|i| i.min(1)).collect(),
        claims,
        values,
        summary,
        diff: None,
    }
}

impl Ctx<'_> {
    /// Quotes: person or quote contradictions, or an agreement on a remark.
    fn quotes(&self, ia: usize, ib: usize) -> Option<Finding> {
        let (a, b) = (&self.claims[ia], &self.claims[ib]);
        let ids = vec![a.id.clone(), b.id.clone()];
        for (qa, wa) in a.quotes.iter().zip(&self.quote_words[ia]).take(DETAIL) {
            for (qb, wb) in b.quotes.iter().zip(&self.quote_words[ib]).take(DETAIL) {
                let mut m = quote::compare_words(wa, wb);
                if m == QuoteMatch::Same {
                    if let Some(diff) = quote::changed_ending(&qa.text, &qb.text) {
                        m = QuoteMatch::Reworded(diff);
                    }
                }
                let (sa, sb) = (speaker(a)?, speaker(b)?);
                let quote_clash = |why: &str| {
                    finding(
                        FindingKind::Contradiction,
                        Some(FindingType::Quote),
                        ids.clone(),
                        Some("quotes"),
                        vec![qa.text.clone(), qb.text.clone()],
                        format!(
                            "quote: {} quotes {} as “{}”; {} as “{}”{why}",
                            a.sources[0].name,
                            sa.name,
                            clip(&qa.text, 70),
                            b.sources[0].name,
                            clip(&qb.text, 70)
                        ),
                    )
                };
                if m == QuoteMatch::Different {
                    // One named speaker denying in one remark what they
                    // affirm in another ("There is no immediate danger" /
                    // "are in real danger if they stay").
                    let one_speaker = a.facts.named_speaker
                        && b.facts.named_speaker
                        && sa.kind == SourceKind::Person
                        && sb.kind == SourceKind::Person
                        && self.names.same_person(&sa.name, &sb.name);
                    if let Some(noun) = one_speaker
                        .then(|| quote::denied_and_affirmed(wa, wb))
                        .flatten()
                    {
                        return Some(quote_clash(&format!(
                            " (one denies the {noun} the other affirms)"
                        )));
                    }
                    if one_speaker && quote::forked(wa, wb) {
                        return Some(quote_clash(" (the same opening, then two ways)"));
                    }
                    continue;
                }
                // Credited to two people both named where the text credits
                // the remark: a pronoun or a description ("the officer") may
                // be the same person.
                // Not a name another report types as a body ("Trend Micro
                // said" / "security firm Trend Micro").
                let both_people = a.facts.named_speaker
                    && b.facts.named_speaker
                    && sa.kind == SourceKind::Person
                    && sb.kind == SourceKind::Person
                    && !self.names.is_body(&sa.name)
                    && !self.names.is_body(&sb.name);
                // The same speaker: one key, one person, or one body named
                // in full and short ("Pellham Steel Corp" / "Pellham").
                let same = key(&sa.name) == key(&sb.name)
                    || ((sa.kind == SourceKind::Person || sb.kind == SourceKind::Person)
                        && self.names.same_person(&sa.name, &sb.name))
                    || (sa.kind != SourceKind::Person
                        && sb.kind != SourceKind::Person
                        && event::names_overlap(&sa.name, &sb.name));
                // One writer crediting like words to two people, on their own
                // authority (no outlet cited between), reports two remarks: the
                // writer saw both ("friends described her as ..."; the dean
                // said "...").
                let one_teller = a.doc == b.doc
                    && a.sources.len() == b.sources.len()
                    && a.sources[..a.sources.len() - 1]
                        .iter()
                        .zip(&b.sources)
                        .all(|(x, y)| key(&x.name) == key(&y.name));
                if both_people
                    && !same
                    && !one_teller
                    && quote::whole_if_short(wa, wb)
                    && quote::own_words(wa, wb)
                    && !quote::retold(wa, wb)
                {
                    return Some(finding(
                        FindingKind::Contradiction,
                        Some(FindingType::Person),
                        ids,
                        Some("sources"),
                        vec![sa.name.clone(), sb.name.clone()],
                        format!(
                            "person: {} credits “{}” to {}; {} credits it to {}",
                            a.sources[0].name,
                            clip(&qa.text, 60),
                            sa.name,
                            b.sources[0].name,
                            sb.name
                        ),
                    ));
                }
                if let QuoteMatch::Reworded(diff) = m {
                    if same {
                        let mut f = quote_clash("");
                        f.diff = Some(diff);
                        return Some(f);
                    }
                    continue;
                }
                // The same words around an affirmation and a denial ("We
                // cannot rule out that the bridge was in danger" / "We do not
                // believe the bridge was in danger").
                if same && quote::stances_differ(wa, wb) {
                    return Some(quote_clash(" (one denies what the other affirms)"));
                }
                if same {
                    return Some(finding(
                        FindingKind::Agreement,
                        None,
                        ids,
                        None,
                        vec![],
                        format!(
                            "agreement: {} and {} quote {} alike: “{}”",
                            a.sources[0].name,
                            b.sources[0].name,
                            sa.name,
                            clip(&qa.text, 70)
                        ),
                    ));
                }
            }
        }
        None
    }

    /// True when one claim denies harm to anyone and the other tells of
    /// people harmed (see [`negation::nobody_harmed`]), on no two days. A
    /// report that tells of harm itself denies it of a part of the story
    /// only ("no one was injured" in the chase that ended it); harm dated
    /// to a day the denying report never names ("on Monday"; not "the
    /// following day") is of another incident ("No one was injured" in a
    /// report of Wednesday's fire / burns in Monday's explosion). Reports
    /// a day apart may tell of one incident; more, of two.
    fn harm_denied(&self, neg: &Claim, pos: &Claim) -> bool {
        let days = |c: &Claim| -> Vec<crate::parse::date::CivilDate> {
            c.dates
                .iter()
                .filter(|d| !d.text.to_lowercase().starts_with("the "))
                .filter_map(date::day)
                .collect()
        };
        if !negation::nobody_harmed(neg, pos) {
            return false;
        }
        let own = || self.claims.iter().filter(|c| c.doc == neg.doc);
        let pd = days(pos);
        !own().any(negation::tells_harm)
            && (pd.is_empty() || own().any(|c| days(c).iter().any(|d| pd.contains(d))))
            && !date::dated_apart(neg, pos)
            && !date::background_and_news(neg, pos)
            && date::gap_days(neg, pos).is_none_or(|g| g <= 1)
    }

    /// True when two claims tell opposite acts of one event: "revenue rose
    /// 3%" / "revenue fell 3%". Opposite acts done to one thing: an object
    /// on both sides, the same ("declined to comment" / "accepted the
    /// findings" are two things), or on neither; one side's object alone
    /// needs claims much alike ("had left constituents cut in half" /
    /// "comes amid concern"). A figure is a measure, not a thing undergoing
    /// the act ("rose 3%"). One subject undergoing the act in the passive
    /// and doing the other without an object is one thing ("the programme
    /// was cancelled" / "the programme went ahead"), when the active verb
    /// cannot be a participle ("cable cut in Egypt" is a passive).
    fn opposite_acts(&self, a: &Claim, b: &Claim, ev: &event::EventMatch, sim: f64) -> bool {
        let surely_active = |c: &Claim| {
            c.frame.predicate.as_ref().is_some_and(|p| {
                let w = p
                    .text
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                let lemma = p.lemma.split_whitespace().next().unwrap_or("");
                // A multiword verb ("went ahead"): "The ferry rose on the
                // swell" is no opposite of "was sunk".
                !c.frame.passive
                    && p.lemma.contains(' ')
                    && w != lemma
                    && !w.ends_with("ed")
                    && !w.ends_with('n')
                    // "Cable cuts partially block": a noun as often.
                    && !w.ends_with('s')
            })
        };
        let objectless = a.frame.object.is_none()
            && b.frame.object.is_none()
            && (a.frame.passive && surely_active(b) || b.frame.passive && surely_active(a));
        let patients_fit = match (measured_patient(a), measured_patient(b)) {
            (None, None) => true,
            (Some(_), Some(_)) => ev.patient == event::Fit::Same,
            // (What one undergoes and the other's act is done to, "all 11
            // schools remained open" / "closed all 11 schools", is one.)
            _ => {
                !subject_acts_on_another(a, b)
                    && !subject_acts_on_another(b, a)
                    && (ev.patient == event::Fit::Same
                        || sim >= self.th.detail * 1.5
                        || objectless && ev.subject == event::Fit::Same)
            }
        };
        // "have" is said of anything held, done or suffered ("had 440
        // yards", "had long complained"): no act to oppose ("missed").
        let light = |c: &Claim| {
            c.frame
                .predicate
                .as_ref()
                .is_some_and(|p| p.lemma == "have")
        };
        // Converses tell one deal or match from its two sides ("the council
        // agreed to sell" / "a charity agreed to buy"; "won" / "lost to"):
        // opposite only when one doer does both.
        // The first word of a predicate's lemma ("" without one).
        let lemma_of = |c: &Claim| {
            c.frame
                .predicate
                .as_ref()
                .map(|p| p.lemma.split_whitespace().next().unwrap_or("").to_string())
                .unwrap_or_default()
        };
        let converse = || {
            matches!(
                (lemma_of(a).as_str(), lemma_of(b).as_str()),
                ("buy" | "purchase" | "acquire", "sell")
                    | ("sell", "buy" | "purchase" | "acquire")
                    | ("win" | "beat" | "defeat", "lose")
                    | ("lose", "win" | "beat" | "defeat")
                    | ("lend", "borrow")
                    | ("borrow", "lend")
                    | ("give", "receive")
                    | ("receive", "give")
            )
        };
        // Leaving a post and being sent from it ("resigned" / "was
        // dismissed"): only the one dismissed is the one who left ("The
        // minister dismissed the report" / "resigned" are two acts), and
        // only a leaving done, not one threatened ("threatened to resign").
        let leaving = |c: &Claim| matches!(lemma_of(c).as_str(), "resign" | "quit" | "step");
        let sent_away =
            |c: &Claim| matches!(lemma_of(c).as_str(), "dismiss" | "sack" | "oust" | "fire");
        let done = |c: &Claim| {
            c.frame.predicate.as_ref().is_some_and(|p| {
                c.text_before(p.span.start()).split_whitespace().next_back() != Some("to")
            })
        };
        // A guess at what happened ("were probably lost", "would have
        // vanished") opposes no act told as fact: a lost thing may be found,
        // a vanished one emerge.
        let conjectured = |c: &Claim| {
            c.predicate_words(3).is_some_and(|near| {
                let modal = |w: &str| matches!(w, "would" | "could" | "might" | "may" | "must");
                // "were probably lost", "would have vanished".
                near.iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "probably" | "possibly" | "perhaps" | "presumably"
                    )
                }) || near.windows(2).any(|w| modal(&w[0]) && w[1] == "have")
            })
        };
        if conjectured(a) != conjectured(b) {
            return false;
        }
        let post_ok = |l: &Claim, s: &Claim| !l.frame.passive && done(l) && s.frame.passive;
        let post = if leaving(a) && sent_away(b) {
            post_ok(a, b)
        } else if leaving(b) && sent_away(a) {
            post_ok(b, a)
        } else {
            true
        };
        // Agreeing and disagreeing say nothing alike without what with
        // ("The other two judges agreed" / "The judges disagreed, saying
        // ..."): each needs its object or "with" / "that" after it.
        let stance_told = |c: &Claim| {
            !matches!(lemma_of(c).as_str(), "agree" | "disagree")
                || c.frame.object.is_some()
                || c.frame.predicate.as_ref().is_some_and(|p| {
                    matches!(
                        c.text_after(p.span.end()).split_whitespace().next(),
                        Some("with" | "that" | "to" | "on")
                    )
                })
        };
        // Coming and going tell motion or happening ("The verdict came at
        // the end of a trial" / "makes people go and open those drawers"),
        // rarely one act undone.
        let motion = |c: &Claim| {
            c.frame
                .predicate
                .as_ref()
                .is_some_and(|p| matches!(p.lemma.as_str(), "come" | "go"))
        };
        a.polarity == b.polarity
            && !motion(a)
            && !motion(b)
            && post
            && stance_told(a)
            && stance_told(b)
            && ev.opposite()
            // Opposites only over rare senses ("recover" / "drop") need
            // claims much alike: "expected to recover fully" / "41 dogs
            // have been dropped" tell two things.
            && (!ev.rare_sense || sim >= self.th.detail * 1.5)
            && (ev.actor == event::Fit::Same || !converse())
            && !light(a)
            && !light(b)
            && patients_fit
            && !owners_apart(a, b)
            && (ev.no_clash() || self.for_a_body(a, b, ev))
            // A ruling upheld by one body and rejected by another is an
            // appeal's course ("The tribunal rejected her claim" / "The
            // Court of Appeal upheld her claim"): one decider only.
            && (!ruling(a) && !ruling(b) || ev.actor == event::Fit::Same || self.for_a_body(a, b, ev))
            && ev.shared_participant()
            && !event::mixed_or_apart(a, b, self.lx)
            && !event::moments_of_one_course(a, b)
            && !date::dated_apart(a, b)
            // "The bridge opened in 1958" / "The bridge was shut".
            && !past_act_and_news(a, b, self.lx)
            && !event::before_and_after(a, b)
    }

    /// Two people named under one post (the words before the name, not an
    /// honorific like "Dr.") doing one act on one day, no participant
    /// apart: the post's holder is told two ways.
    fn one_post<'c>(
        &self,
        a: &'c Claim,
        b: &'c Claim,
        ev: &event::EventMatch,
        sim: f64,
    ) -> Option<(&'c str, &'c str)> {
        fn post(c: &Claim) -> Option<(String, &str)> {
            let p = c.frame.actor().filter(|p| p.name)?;
            let title = p.text.strip_suffix(p.head.as_str())?.trim();
            Some((title.to_lowercase(), p.head.as_str()))
        }
        let ((ta, x), (tb, y)) = (post(a)?, post(b)?);
        let honorific = |t: &str| {
            t.split_whitespace().all(|w| {
                self.lx.abbrev.get(w.trim_end_matches('.'))
                    == Some(&crate::lexicon::AbbrevClass::Title)
            })
        };
        // Of one post's own acts: a ruling, a sentence, a hearing or an act
        // one person does ("Councillor A voted for the plan" / "Councillor
        // B voted for it" are two votes).
        let own_act = |c: &Claim| {
            person::one_doer(&c.frame)
                || c.frame
                    .predicate
                    .as_ref()
                    .is_some_and(|p| matches!(p.lemma.as_str(), "rule" | "sentence" | "preside"))
        };
        (ta == tb
            && own_act(a)
            && own_act(b)
            && !honorific(&ta)
            && ta.starts_with(char::is_alphabetic)
            && ev.alike()
            && ev.patient != event::Fit::Different
            && sim >= self.th.detail
            && date::same_day(a, b)
            && !self.names.same_person(x, y)
            && !event::names_overlap(x, y))
        .then_some((x, y))
    }

    /// True when only the doers differ and one is a body, the other a
    /// person who may act for it ("The tribunal rejected her claim" /
    /// "Judge Achterberg upheld her claim").
    fn for_a_body(&self, a: &Claim, b: &Claim, ev: &event::EventMatch) -> bool {
        fn doer(c: &Claim) -> Option<&str> {
            c.frame.actor().filter(|p| p.name).map(|p| p.head.as_str())
        }
        let (Some(x), Some(y)) = (doer(a), doer(b)) else {
            return false;
        };
        let n = &self.names;
        ev.patient == event::Fit::Same
            && (n.is_body(x) && n.is_person(y) || n.is_person(x) && n.is_body(y))
    }

    /// Opposite acts where one side's act is told in a relative clause
    /// about a named person (its deeds): the predicates of the pair.
    fn opposite_deeds<'a>(
        &self,
        a: &'a Claim,
        b: &'a Claim,
        sim: f64,
    ) -> Option<(&'a crate::claims::Predicate, &'a crate::claims::Predicate)> {
        for ((da, fa, pa), (db, fb, pb)) in person::deed_pairs(a, b) {
            // A deed with a date of its own is another moment ("Tom
            // Hale, who lost in March, ..."; "who was acquitted ... in
            // 2021").
            if da && dated_clause(a, pa) || db && dated_clause(b, pb) {
                continue;
            }
            let (x, y, ev, patient) = self.deed_event(a, b, fa, fb);
            if ev.subject == event::Fit::Same && patient && self.opposite_acts(&x, &y, &ev, sim) {
                return Some((pa, pb));
            }
        }
        None
    }

    /// One act with its doer and undergoer swapped, all named ("Okafor won
    /// the tournament, beating Lee Tranter in the final" / "Okafor was
    /// beaten by Lee Tranter in the final"): the predicates of the pair.
    fn reversed_roles<'a>(
        &self,
        a: &'a Claim,
        b: &'a Claim,
    ) -> Option<(&'a crate::claims::Predicate, &'a crate::claims::Predicate)> {
        use crate::lexicon::concept::{Relation, relate};
        // Two meetings on two days, in two places or rounds, or one
        // foreseen, may go either way; so may one of many ("has beaten her
        // twice before").
        let history =
            |c: &Claim| c.says_any(&["before", "previously", "twice", "times", "again", "earlier"]);
        let rounds = |c: &Claim| -> Vec<String> {
            c.text
                .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
                .map(str::to_lowercase)
                .filter(|w| {
                    w.contains("final")
                        || matches!(
                            w.as_str(),
                            "round" | "stage" | "doubles" | "singles" | "leg"
                        )
                })
                .collect()
        };
        if a.polarity != b.polarity
            || a.certainty != crate::claims::Certainty::Asserted
            || b.certainty != crate::claims::Certainty::Asserted
            || date::dated_apart(a, b)
            || place::named_apart(a, b)
            || history(a)
            || history(b)
            || rounds(a) != rounds(b)
        {
            return None;
        }
        // Only a contest won, which one side alone can win ("beat",
        // "defeated", "knocked out"): meeting, playing, suing go both ways.
        let wn = crate::lexicon::wordnet::WordNet::builtin();
        let defeat = wn.lemma("defeat", crate::lexicon::wordnet::Pos::Verb)?;
        let contest = |p: &crate::claims::Predicate| {
            p.id.is_some_and(|id| relate(self.lx, id, defeat).is_some_and(Relation::alike))
        };
        let frames = |c: &'a Claim| std::iter::once(&c.frame).chain(c.facts.deeds.iter());
        let named = |f: &'a crate::claims::Frame| {
            let (x, y) = (f.actor()?, f.patient()?);
            (x.name && y.name && !self.names.same_person(&x.head, &y.head))
                .then_some((x.head.as_str(), y.head.as_str()))
        };
        for fa in frames(a) {
            let (Some(pa), Some((xa, ya))) = (fa.predicate.as_ref(), named(fa)) else {
                continue;
            };
            for fb in frames(b) {
                let (Some(pb), Some((xb, yb))) = (fb.predicate.as_ref(), named(fb)) else {
                    continue;
                };
                let one_act = contest(pa)
                    && contest(pb)
                    && (pa.lemma == pb.lemma
                        || pa.id.zip(pb.id).is_some_and(|(p, q)| {
                            relate(self.lx, p, q) == Some(Relation::Synonym)
                        }));
                if one_act && self.names.same_person(xa, yb) && self.names.same_person(ya, xb) {
                    return Some((pa, pb));
                }
            }
        }
        None
    }

    /// Two claims told with the given frames (their own or deeds), how the
    /// frames meet, and whether they are done to one thing or to nothing
    /// named on either side.
    fn deed_event(
        &self,
        a: &Claim,
        b: &Claim,
        fa: &crate::claims::Frame,
        fb: &crate::claims::Frame,
    ) -> (Claim, Claim, event::EventMatch, bool) {
        let (mut x, mut y) = (a.clone(), b.clone());
        x.frame = fa.clone();
        y.frame = fb.clone();
        let ev = event::event_match(&x, &y, &self.names, self.lx);
        let patient = ev.patient == event::Fit::Same || fa.object.is_none() && fb.object.is_none();
        (x, y, ev, patient)
    }

    /// One side's act denied in a relative clause about a named person
    /// and affirmed on the other, or the reverse ("Dena Marsh, who has not
    /// been questioned by police," / "Dena Marsh was interviewed by
    /// detectives"): the predicates of `a` and `b`, and whether `a` denies.
    fn denied_deed<'a>(
        &self,
        a: &'a Claim,
        b: &'a Claim,
    ) -> Option<(
        &'a crate::claims::Predicate,
        &'a crate::claims::Predicate,
        bool,
    )> {
        use crate::lexicon::concept::Relation;
        // A claim's own act is denied by its polarity; a deed's by its frame.
        // (Its words: a light verb's act is no act of the frame's list.)
        let denied = |c: &Claim, deed: bool, f: &crate::claims::Frame| {
            if deed {
                f.predicate
                    .as_ref()
                    .is_some_and(|p| p.text.split_whitespace().any(negation::negation_word))
            } else {
                // Not a negation of another clause ("Because Ashcombe kept
                // her seat, the campaign will not get its deposit back").
                c.polarity == crate::claims::Polarity::Negative && !negation::act_affirmed(c)
            }
        };
        for ((da, fa, pa), (db, fb, pb)) in person::deed_pairs(a, b) {
            if da && dated_clause(a, pa) || db && dated_clause(b, pb) {
                continue;
            }
            // What a denied deed is of must be said on the other side, and no
            // time of its own ("who has not been charged with fraud" / "was
            // charged with assault"; "who had not been charged at the time").
            let told = |c: &Claim, p: &crate::claims::Predicate, other: &Claim| {
                let rest = rest_of_clause(c, p).1;
                let rest = rest.split(" by ").next().unwrap_or("");
                let words: Vec<String> = rest
                    .split(|ch: char| !ch.is_alphanumeric())
                    .filter(|w| w.len() > 2)
                    .map(str::to_lowercase)
                    .collect();
                !words.iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "time"
                            | "yet"
                            | "then"
                            | "earlier"
                            | "before"
                            | "after"
                            | "until"
                            | "since"
                    )
                }) && words
                    .iter()
                    .filter(|w| !self.lx.is_stop(w))
                    .all(|w| other.facts.words().any(|o| o == self.lx.base(w)))
            };
            let (na, nb) = (denied(a, da, fa), denied(b, db, fb));
            // Of a denied deed: an affirmed one may tell more ("who attended
            // the meeting with his wife").
            if da && na && !told(a, pa, b) || db && nb && !told(b, pb, a) {
                continue;
            }
            if na == nb
                || !da && a.certainty == Certainty::Hedged
                || !db && b.certainty == Certainty::Hedged
            {
                continue;
            }
            let (_, _, ev, patient) = self.deed_event(a, b, fa, fb);
            if ev.subject == event::Fit::Same
                && patient
                && ev.actor != event::Fit::Different
                && matches!(ev.predicate, Some(Relation::Same | Relation::Synonym))
            {
                return Some((pa, pb, na));
            }
        }
        None
    }

    /// The contradiction between two aligned claims, if any.
    fn contradiction(&self, ia: usize, ib: usize, sim: f64) -> Option<Finding> {
        let (a, b) = (&self.claims[ia], &self.claims[ib]);
        // "X reported A, while Y said B": two sources set against each other
        // in one sentence tell of one thing, however few words they share.
        let sim = if set_against(a, b) { 1.0 } else { sim };
        // Reports published more than a month apart tell of different
        // moments (or different stories); what changed is news, not a clash.
        if let (Some(da), Some(db)) = (a.facts.doc_date, b.facts.doc_date) {
            if da.days_to(db).is_some_and(|d| d.abs() > MAX_APART_DAYS) {
                return None;
            }
        }
        // An article that tells a first account and what replaced it
        // ("Initial reports from the scene said a passenger had been
        // trapped ... Nobody was trapped, a spokesperson said") clashes with
        // nothing of its own.
        if a.doc == b.doc && (superseded(a) || superseded(b)) {
            return None;
        }
        // A question asserts nothing to contradict ("Can you imagine the
        // outcry if a fire had damaged Trinity Church?").
        if a.facts.question || b.facts.question {
            return None;
        }
        let ev = event::event_match(a, b, &self.names, self.lx);
        let ids = || vec![a.id.clone(), b.id.clone()];
        let (la, lb) = (source_label(a), source_label(b));
        // A contradiction of this pair: its type, the field that differs,
        // the two values and the summary.
        let clash = |ty: FindingType, field: &str, values: Vec<String>, summary: String| {
            finding(
                FindingKind::Contradiction,
                Some(ty),
                ids(),
                Some(field),
                values,
                summary,
            )
        };
        // One named individual given two ages ("Tamsin, a 7-year-old male"
        // / "a 3-year-old male named Tamsin"), whatever else the claims say.
        if let Some((who, x, y)) = number::ages_apart(a, b, &self.names) {
            return Some(clash(
                FindingType::Number,
                "numbers",
                vec![x.text.clone(), y.text.clone()],
                format!(
                    "number: {la} gives {who}'s age as {}; {lb} as {}",
                    x.text, y.text
                ),
            ));
        }
        // Details clash only within one event: no participant set against a
        // different one, and no opposite acts (a negation, below).
        let one_event = ev.no_clash() && !ev.opposite();
        // Unrelated predicates may still be one event told in other words
        // ("settled on a fee of £45m" / "agreed to pay £48m"): they need
        // claims more alike overall.
        let acts_fit = !ev.different_acts() || sim >= self.th.detail * 1.5;
        if one_event {
            if let Some((x, y)) =
                number::check(a, b, self.lx, &self.names, sim, self.th.detail, &ev).filter(
                    |(x, y)| {
                        !number::total_told_elsewhere(self.claims, a, y)
                            && !number::total_told_elsewhere(self.claims, b, x)
                    },
                )
            {
                // Different acts ("were travelling" / "was carrying") count
                // the same thing only when the counted nouns are one.
                // Or large counts of one specific thing ("about 480,000
                // patients" / "1.3 million patients"): tallies of a story,
                // not the points and runs of a game.
                // Votes each way are a tally whatever the verb ("voted five
                // to two" / "Four trustees backed the plan").
                let votes = crate::parse::number::votes_alike(x, y);
                // Large amounts of a fixed measure are tallies too ("around
                // 40,000 litres of diesel" / "roughly 25,000 litres").
                let fixed = x.unit == y.unit
                    && crate::parse::number::measure(x.unit.as_deref()) == Some(true);
                // So are measures of one named thing ("The crack, about 14
                // metres long" / "a fissure stretching roughly 40 metres").
                let measured =
                    fixed && x.direct_noun && y.direct_noun && number::same_noun(x, y, self.lx);
                // What a thing has is told by any verb ("will have 240
                // branches" / "will operate through a network of 310").
                // Of a body or a thing described ("the merged bank"), not
                // a player's tally ("He had 793 yards").
                let has = |c: &Claim| {
                    c.frame
                        .predicate
                        .as_ref()
                        .is_some_and(|p| p.lemma == "have")
                        && c.frame.subject.as_ref().is_some_and(|s| {
                            !s.name
                                && !s.pronoun
                                && !crate::parse::names::person_noun(&s.head.to_lowercase())
                        })
                };
                // The other tells a holding too, no change ("won 3
                // points", "gained 12 seats").
                let static_figure = |n: &crate::parse::number::NumberMention| {
                    n.verb.is_none()
                        && n.verb_before.as_deref().is_none_or(|v| {
                            matches!(
                                self.lx.base(v),
                                "have" | "has" | "had" | "own" | "operate" | "run" | "employ"
                            )
                        })
                };
                let holding = (has(a) && static_figure(y) || has(b) && static_figure(x))
                    && number::same_noun(x, y, self.lx);
                let tally = (number::same_noun(x, y, self.lx) && x.unit.is_none() || fixed)
                    && x.value.min(y.value) >= 1000.0
                    || measured
                    || holding
                    || votes
                    || number::valuation(a, x) && number::valuation(b, y)
                    || number::quake_size(a, x) && number::quake_size(b, y);
                if acts_fit || tally {
                    return Some(clash(
                        FindingType::Number,
                        "numbers",
                        vec![x.text.clone(), y.text.clone()],
                        format!("number: {la} says {}; {lb} says {}", x.text, y.text),
                    ));
                }
            }
        }
        // A date clash needs both dates to say when the same thing happened (see date.rs),
        // a strong filter of its own, so less overall likeness is asked;
        // none when the frames tell one act of one named participant.
        let framed = ev.same_event() && ev.shared_participant();
        // Or both date one act of one thing ("The recall, announced on 11
        // March" / "announced the recall on Monday 10 March").
        // Of one owner: "The government announced the plan" is not "The
        // opposition's plan, announced on 1 June".
        let dated_alike = || {
            self.dated[ia].iter().any(|k| {
                self.dated[ib].contains(k)
                    && match (date::owner_of_dated(a, k), date::owner_of_dated(b, k)) {
                        (Some(x), Some(y)) => x == y || x.contains(&y) || y.contains(&x),
                        _ => true,
                    }
            })
        };
        let likeness = framed || sim >= self.th.detail * 0.6 || dated_alike();
        if one_event && likeness {
            // Or the first time one thing did anything ("The parasite was
            // first detected on Tuesday" / "first appeared on Sunday"):
            // the start of one event, told by two verbs.
            let firsts =
                ev.subject == event::Fit::Same && date::first_time(a) && date::first_time(b);
            let one_act =
                ev.same_event() && ev.actor == event::Fit::Same && ev.patient == event::Fit::Same
                    || firsts;
            if let Some((x, y)) = date::check(a, b, self.lx, &self.terms.vocab, one_act) {
                let v = |d: &crate::claims::DateRef| match &d.value {
                    Some(v) => format!("{} ({v})", d.text),
                    None => d.text.clone(),
                };
                return Some(clash(
                    FindingType::Date,
                    "dates",
                    vec![v(x), v(y)],
                    format!("date: {la} says {}; {lb} says {}", v(x), v(y)),
                ));
            }
        }
        // Places of events a week or more apart are different events.
        // Like dates, a place clash needs a place of the same role and level
        // on both sides, so less overall likeness is asked.
        if one_event && likeness && date::gap_days(a, b).is_none_or(|g| g <= 7) {
            // Frames of one event place it, unless a place is said of
            // another act ("creating the largest bank headquartered in the
            // Tarrow Valley" in a claim of a takeover).
            let close = sim >= self.th.detail * 1.5
                || framed && place::on_the_act(a) && place::on_the_act(b);
            if let Some((x, y)) =
                place::check(a, b, self.lx, &self.terms.vocab, close, &self.regions)
            {
                return Some(clash(
                    FindingType::Place,
                    "places",
                    vec![x.text.clone(), y.text.clone()],
                    format!("place: {la} says {}; {lb} says {}", x.text, y.text),
                ));
            }
        }
        // Two venues of one event noun ("a final at the Elverton Arena" /
        // "Sunday's final at Kingsgate Sports Centre"), one day or none.
        if !date::dated_apart(a, b) && date::gap_days(a, b).is_none_or(|g| g <= 1) {
            if let Some((x, y)) = place::venues_of_one_event(a, b, self.lx) {
                return Some(clash(
                    FindingType::Place,
                    "places",
                    vec![x.text.clone(), y.text.clone()],
                    format!("place: {la} says {}; {lb} says {}", x.text, y.text),
                ));
            }
        }
        // One described person named two ways ("The woman who died was
        // Ilse Brandauer" / "was named as Margit Solberg").
        if ev.subject == event::Fit::Same {
            if let (Some(x), Some(y)) = (person::identified(a), person::identified(b)) {
                if !self.names.same_person(&x.name, &y.name) {
                    return Some(clash(
                        FindingType::Person,
                        "entities",
                        vec![x.name.clone(), y.name.clone()],
                        format!("person: {la} names {}; {lb} names {}", x.name, y.name),
                    ));
                }
            }
        }
        if let Some((x, y)) = person::check_roles(a, b, &self.names) {
            return Some(clash(
                FindingType::Person,
                "entities",
                vec![x.person.clone(), y.person.clone()],
                format!(
                    "person: {la} names the {} {}; {lb} names {}",
                    x.role, x.person, y.person
                ),
            ));
        }
        // The same act done to the same thing by different people.
        // One definite thing ("ordered the evacuation"), not a count each
        // of several people may claim ("scored 23 points").
        let one_thing = |c: &Claim| {
            c.frame
                .patient()
                .is_some_and(|p| event::one_thing(p, self.lx))
        };
        // A thing named on both sides ("ordered Millbrook Elementary shut" /
        // "ordered Millbrook Elementary closed") pins the act down in
        // claims less alike overall.
        let named_patient = |c: &Claim| c.frame.patient().is_some_and(|p| p.name);
        // Named doers of one act to one thing in both frames ("The deal
        // was brokered by Judge Evelyn Rusk" / "The agreement was brokered
        // by Dale Whitcombe") need no more likeness.
        let named_actor =
            |c: &Claim| c.frame.actor().is_some_and(|p| p.name) && person::one_doer(&c.frame);
        let min_sim = if named_actor(a) && named_actor(b) {
            0.0
        } else if named_patient(a) && named_patient(b) {
            self.th.detail * 0.6
        } else {
            self.th.detail
        };
        // Doers of acts dated apart are of two occasions ("first hosted the
        // Oscars in 2007" / "will host the Oscars next year").
        if sim >= min_sim
            && ev.alike()
            && ev.patient == event::Fit::Same
            && (one_thing(a) && one_thing(b) || person::cleft(a) || person::cleft(b))
            && !person::said_by_many(&a.frame)
            && !date::dated_apart(a, b)
            && !date::background_and_news(a, b)
        {
            if let Some((x, y)) = person::check_actors(a, b, &self.names) {
                return Some(clash(
                    FindingType::Person,
                    "entities",
                    vec![x.to_string(), y.to_string()],
                    format!("person: {la} names {x}; {lb} names {y}"),
                ));
            }
        }
        // One post held by two people doing one act on one day ("Employment
        // Judge Rosalind Marr ruled on Thursday" / "Employment Judge Nicholas
        // Penn ruled on Thursday").
        if let Some((x, y)) = self.one_post(a, b, &ev, sim) {
            return Some(clash(
                FindingType::Person,
                "entities",
                vec![x.to_string(), y.to_string()],
                format!("person: {la} names {x}; {lb} names {y}"),
            ));
        }
        // A deed told of one person in a relative clause and of another
        // elsewhere ("Anneke Holm, who brokered the agreement, said" / "The
        // deal was brokered by Ines Calder").
        if let Some((x, y, act)) = person::check_deeds(a, b, &self.names, self.lx)
            .filter(|_| !date::dated_apart(a, b) && !date::background_and_news(a, b))
        {
            return Some(clash(
                FindingType::Person,
                "entities",
                vec![x.clone(), y.clone()],
                format!("person: {la} says {x} did it ({act}); {lb} says {y}"),
            ));
        }
        // Opposite acts of one event (see `opposite_acts`). The act of a
        // relative clause about a named person counts too ("Lydia Crane,
        // who was found guilty of conspiracy, was given ..." / "Crane was
        // cleared of conspiracy").
        // Two acts set against each other, by their predicates.
        let acts_clash =
            |pa: &crate::claims::Predicate, pb: &crate::claims::Predicate, why: &str| {
                clash(
                    FindingType::Negation,
                    "frame.predicate",
                    vec![told_act(a, pa, self.lx), told_act(b, pb, self.lx)],
                    format!(
                        "negation: {la} says “{}”; {lb} says “{}” ({why})",
                        clip(a.content_text(), 60),
                        clip(b.content_text(), 60),
                    ),
                )
            };
        let opposed = if self.opposite_acts(a, b, &ev, sim) {
            Some((a.frame.predicate.as_ref()?, b.frame.predicate.as_ref()?))
        } else {
            self.opposite_deeds(a, b, sim)
        };
        if let Some((pa, pb)) = opposed {
            let why = format!(
                "“{}” is the opposite of “{}”",
                told_act(a, pa, self.lx),
                told_act(b, pb, self.lx)
            );
            return Some(acts_clash(pa, pb, &why));
        }
        if let Some((pa, pb)) = self.reversed_roles(a, b) {
            let why = format!(
                "who did it to whom is swapped: “{}” / “{}”",
                pa.text, pb.text
            );
            return Some(acts_clash(pa, pb, &why));
        }
        if let Some((pa, pb, a_denies)) = self.denied_deed(a, b) {
            let (pn, pp) = if a_denies { (pa, pb) } else { (pb, pa) };
            let why = format!("“{}” denies “{}”", pn.text, pp.text);
            return Some(acts_clash(pa, pb, &why));
        }
        // One denies what the other affirms: the same act, or (without
        // frames) the same subject and predicate words. Frames that meet in
        // act, actor and thing pin the act down in claims less alike.
        let frames_agree = !ev.both_predicates || ev.alike() && ev.no_clash();
        // A denial dated before the act is overtaken by it ("had not
        // conceded on Wednesday" / "conceded on Friday").
        let (neg, pos, ln, lp) = if a.polarity == crate::claims::Polarity::Negative {
            (a, b, &la, &lb)
        } else {
            (b, a, &lb, &la)
        };
        // One rules out what the other leaves open ("Norway has ruled out a
        // bilateral deal" / "did not rule out a bilateral arrangement").
        if negation::left_open(neg, pos) && sim >= self.th.negation {
            let values = if neg.id == a.id {
                vec!["rules out".to_string(), "leaves open".to_string()]
            } else {
                vec!["leaves open".to_string(), "rules out".to_string()]
            };
            return Some(clash(
                FindingType::Negation,
                "polarity",
                values,
                format!(
                    "negation: {ln} rules out “{}”; {lp} does not",
                    clip(neg.content_text(), 60),
                ),
            ));
        }
        let overtaken = date::before(neg, pos);
        let harm = self.harm_denied(neg, pos);
        if a.polarity != b.polarity
            && (frames_agree || harm)
            && !overtaken
            && !negation::denies_too(pos, neg, self.lx, &self.terms.vocab)
            && !negation::partial_against_some(neg, pos)
            && (harm || !negation::of_another(neg))
            && !negation::other_complement(neg, pos)
            && !date::parts_of_day_apart(a, b)
            && (harm
                || sim >= self.th.negation && negation::check(a, b, self.lx, &self.terms.vocab)
                || sim >= self.th.negation * FRAMED_LIKENESS
                    && negation::frame_denied(a, b, &ev, false)
                || sim >= self.th.negation && negation::frame_denied(a, b, &ev, true))
        {
            let values = if neg.id == a.id {
                vec!["denies".to_string(), "affirms".to_string()]
            } else {
                vec!["affirms".to_string(), "denies".to_string()]
            };
            // One person's remark quoted both ways ("We have found money" /
            // "We have not found any new money") is a quote told two ways.
            let quoted = |c: &Claim| {
                c.frame
                    .predicate
                    .as_ref()
                    .is_some_and(|p| c.quotes.iter().any(|q| q.span.contains(p.span)))
            };
            let one_speaker = speaker(a).zip(speaker(b)).is_some_and(|(x, y)| {
                x.kind == SourceKind::Person
                    && y.kind == SourceKind::Person
                    && (key(&x.name) == key(&y.name) || self.names.same_person(&x.name, &y.name))
            });
            let ty = if quoted(a) && quoted(b) && one_speaker {
                FindingType::Quote
            } else {
                FindingType::Negation
            };
            return Some(clash(
                ty,
                "polarity",
                values,
                format!(
                    "{}: {lp} says “{}”; {ln} says “{}” ({})",
                    if ty == FindingType::Quote {
                        "quote"
                    } else {
                        "negation"
                    },
                    clip(pos.content_text(), 60),
                    clip(neg.content_text(), 60),
                    negation::negators(neg)
                ),
            ));
        }
        None
    }

    /// The softer differences of two agreeing claims.
    fn differences(&self, a: &Claim, b: &Claim) -> Vec<Finding> {
        let mut out = Vec::new();
        let ids = || vec![a.id.clone(), b.id.clone()];
        let (la, lb) = (source_label(a), source_label(b));
        if a.certainty != b.certainty {
            let word = |c: &Claim| {
                if c.certainty == Certainty::Hedged {
                    "hedged"
                } else {
                    "asserted"
                }
            };
            out.push(finding(
                FindingKind::Difference,
                Some(FindingType::Certainty),
                ids(),
                Some("certainty"),
                vec![word(a).into(), word(b).into()],
                format!(
                    "certainty: {la} states it {}; {lb} states it {}",
                    word(a),
                    word(b)
                ),
            ));
        }
        let (ia, ib) = (a.sources.last(), b.sources.last());
        if let (Some(x), Some(y)) = (ia, ib) {
            // Inside one wire story different outlets are the point, not a difference.
            let inner = a.sources.len() > 1 && b.sources.len() > 1 && a.doc != b.doc;
            let differ = if x.kind == SourceKind::Person && y.kind == SourceKind::Person {
                !self.names.same_person(&x.name, &y.name)
            } else {
                key(&x.name) != key(&y.name)
            };
            if inner && differ {
                out.push(finding(
                    FindingKind::Difference,
                    Some(FindingType::Attribution),
                    ids(),
                    Some("sources"),
                    vec![x.name.clone(), y.name.clone()],
                    format!(
                        "attribution: {} credits it to {}; {} credits it to {}",
                        a.sources[0].name, x.name, b.sources[0].name, y.name
                    ),
                ));
            }
        }
        out
    }

    /// The finding for one aligned pair.
    fn judge(&self, p: &Pair) -> Vec<Finding> {
        let (a, b) = (&self.claims[p.a], &self.claims[p.b]);
        if let Some(f) = self.quotes(p.a, p.b) {
            let agree = f.kind == FindingKind::Agreement;
            let mut out = vec![f];
            if agree {
                out.extend(self.differences(a, b));
            }
            return out;
        }
        if let Some(f) = self.contradiction(p.a, p.b, p.sim) {
            return vec![f];
        }
        // Agreement: alike overall; or most of the shorter claim is in the
        // other; or they share a telling figure or the same day and a word.
        let shared = self.terms.shared(p.a, p.b);
        let words = shared.iter().filter(|t| !t.contains(':')).count();
        let contained = self.terms.containment(p.a, p.b) >= 0.45
            && shared.len() >= 2
            && p.sim >= self.th.detail;
        let same_day = date::same_day(a, b);
        // One sum valued two ways, of one thing: no subjects set apart,
        // and a named one on neither side ("Holt Hall itself is worth
        // £3.5m" values another thing than "the stolen paintings").
        let named_subject = |c: &Claim| c.frame.subject.as_ref().is_some_and(|s| s.name);
        let ev = event::event_match(a, b, &self.names, self.lx);
        let valued = || {
            number::valued_alike(a, b)
                && !named_subject(a)
                && !named_subject(b)
                && ev.subject != event::Fit::Different
        };
        let evidence =
            words >= 1 && p.sim >= 0.12 && (number::agreeing(a, b, self.lx) > 0 || same_day)
                || valued();
        // The same telling figure ("300", "$1.2bn") and two more shared
        // words; or many shared words in long claims that dilute likeness.
        let same_figure = shared
            .iter()
            .any(|t| t.starts_with("num:") && !t.starts_with("num:ordinal"))
            && words >= 2
            && p.sim >= 0.15;
        let many_words = words >= 5 && p.sim >= 0.2;
        // One event told in other words: the same act (or a synonym) by or
        // to the same named participant ("Esther Williams dies" / "Esther
        // Williams, who swam to stardom, died at 91").
        let same_act = matches!(
            ev.predicate,
            Some(
                crate::lexicon::concept::Relation::Same
                    | crate::lexicon::concept::Relation::Synonym
            )
        );
        let one_event = same_act && ev.no_clash() && ev.shared_participant() && p.sim >= 0.1;
        // The same act of two different participants is two events: "a
        // British climber was killed" / "a 36-year-old Australian man died".
        let two_events = ev.alike() && group::people_apart(a, b);
        let agree = !two_events
            && (p.sim >= self.th.agree
                || contained
                || evidence
                || same_figure
                || many_words
                || one_event);
        if agree && a.polarity == b.polarity {
            let shown = shared_words(&self.terms, p.a, p.b, self.claims, self.lx);
            let mut out = vec![finding(
                FindingKind::Agreement,
                None,
                vec![a.id.clone(), b.id.clone()],
                None,
                vec![],
                format!(
                    "agreement: {} and {} ({:.0}% alike; shared: {})",
                    source_label(a),
                    source_label(b),
                    p.sim * 100.0,
                    shown
                ),
            )];
            out.extend(self.differences(a, b));
            return out;
        }
        Vec::new()
    }
}

/// Words of the first claim whose alignment terms the second claim shares,
/// as written, for a person to check ("recall, batteries, 126,000").
fn shared_words(terms: &Terms, ia: usize, ib: usize, claims: &[Claim], lx: &Lexicon) -> String {
    let (a, b) = (&claims[ia], &claims[ib]);
    let tb = &terms.word_ids[ib];
    // Words are shown as the first side wrote them ("deal"), not as the
    // synonym group they align by ("buy").
    let content = a.content_text();
    let toks = crate::parse::token::tokenize(content, 0, content.len());
    let surface = |base: &str| {
        (0..toks.len())
            .map(|i| toks.lower(i))
            .find(|w| lx.base(w) == base)
            .unwrap_or(base)
            .to_string()
    };
    let mut out: Vec<String> = Vec::new();
    for (w, id) in a.facts.words().zip(&terms.word_ids[ia]) {
        if out.len() >= 6 {
            break;
        }
        let shown = surface(w);
        if tb.contains(id) && !out.contains(&shown) {
            out.push(shown);
        }
    }
    for n in a.numbers.iter().take(DETAIL) {
        if out.len() >= 6 {
            break;
        }
        if b.numbers
            .iter()
            .any(|m| number::same_quantity(n, m, lx) && number::compatible(n, m))
        {
            out.push(n.text.clone());
        }
    }
    out.truncate(6);
    out.join(", ")
}

fn kind_rank(k: FindingKind) -> u8 {
    match k {
        FindingKind::Contradiction => 0,
        FindingKind::Difference => 1,
        FindingKind::Agreement => 2,
        FindingKind::Unique => 3,
    }
}

/// Compares the claims of a run and returns the findings in report order:
/// contradictions, differences, agreements, then claims only one source has.
pub fn compare(claims: &[Claim], lx: &Lexicon) -> Vec<Finding> {
    compare_with(claims, lx, &Thresholds::default())
}

/// The rest of a predicate's clause: the claim's text from the predicate's
/// end to the next comma, and where that text starts in the file.
/// The words of a text, lowercase, split at anything not a letter or a
/// digit.
pub(crate) fn lower_words(text: &str) -> Vec<String> {
    text.split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// True when a claim upholds something: a ruling on it (set against a
/// rejection or dismissal of it).
fn ruling(c: &Claim) -> bool {
    c.frame
        .predicate
        .as_ref()
        .is_some_and(|p| p.lemma == "uphold")
}

/// True when the things two acts are done to are told as two: owned by
/// different people ("her complaint" / "his complaint", "Smith's" /
/// "Jones's") or counted differently ("two complaints" / "three").
fn owners_apart(a: &Claim, b: &Claim) -> bool {
    let words = |c: &Claim| -> Vec<String> {
        c.frame
            .patient()
            .map(|p| {
                let start = p.span.start().saturating_sub(c.span.start());
                // The words right before the participant may hold its owner.
                let before = c.text.get(..start).unwrap_or("");
                before
                    .split_whitespace()
                    .rev()
                    .take(2)
                    .chain(p.text.split_whitespace())
                    .map(|w| w.to_lowercase())
                    .collect()
            })
            .unwrap_or_default()
    };
    let (wa, wb) = (words(a), words(b));
    let pick = |ws: &[String], f: &dyn Fn(&str) -> bool| -> Option<String> {
        ws.iter().find(|w| f(w)).cloned()
    };
    let pronoun = |w: &str| matches!(w, "her" | "his" | "their" | "its" | "our" | "my");
    let owner = |w: &str| w.ends_with("'s") || w.ends_with("’s");
    let numbers = &crate::lexicon::Lexicon::builtin().numbers;
    let count = |w: &str| {
        w.chars().all(|ch| ch.is_ascii_digit())
            || numbers.contains_key(w)
            || matches!(w, "most" | "all" | "some")
    };
    // (A named owner and a people's name may be one: "the Norwegian's
    // argument" / "Mr. Brandvold's claim".)
    let named =
        |w: &str| owner(w) && !event::is_demonym(w.trim_end_matches("'s").trim_end_matches("’s"));
    [&pronoun as &dyn Fn(&str) -> bool, &named, &count]
        .iter()
        .any(|f| matches!((pick(&wa, *f), pick(&wb, *f)), (Some(x), Some(y)) if x != y))
}

/// True when a claim tells a first account a later one replaced: its
/// source is "initial", "early" or "preliminary" reports, or the claim says
/// its source "initially", "at first" or "had" said so.
fn superseded(c: &Claim) -> bool {
    let first = |w: &str| {
        matches!(
            w,
            "initial" | "early" | "earlier" | "first" | "preliminary" | "original"
        )
    };
    let source_first = c.sources.last().is_some_and(|s| {
        let name = s.name.to_lowercase();
        let words: Vec<&str> = name.split_whitespace().collect();
        words
            .windows(2)
            .any(|w| first(w[0]) && matches!(w[1], "reports" | "report" | "accounts" | "account"))
    });
    // "Police initially said", not "Police, who initially sealed off the
    // road, said".
    let words = lower_words(&c.text);
    let lx = crate::lexicon::Lexicon::builtin();
    let first_said = words.iter().enumerate().any(|(i, w)| {
        let next = |k: usize| words.get(i + k).map_or("", String::as_str);
        (w == "initially" && lx.cues.contains_key(next(1)))
            || (w == "at" && next(1) == "first" && lx.cues.contains_key(next(2)))
            // "Organizers had said Monday that early checks suggested ...":
            // what was said before the article's news.
            || (w == "had" && lx.cues.contains_key(next(1)))
    });
    source_first || first_said
}

/// The words that tell a predicate's act: its verb group, and a copula's
/// complement after it when the group is only the copula ("will be" +
/// "shut", "will stay" + "open").
fn told_act(c: &Claim, p: &crate::claims::Predicate, lx: &Lexicon) -> String {
    if p.text
        .split_whitespace()
        .any(|w| lx.base(&w.to_lowercase()) == p.lemma)
    {
        return p.text.clone();
    }
    let (_, rest) = rest_of_clause(c, p);
    let words: Vec<&str> = rest
        .split_whitespace()
        .take(3)
        .map(|w| w.trim_matches(|ch: char| !ch.is_alphanumeric()))
        .collect();
    match words.iter().position(|w| {
        let w = w.to_lowercase();
        lx.base(&w) == p.lemma || w.starts_with(&p.lemma)
    }) {
        Some(k) => format!("{} {}", p.text, words[..=k].join(" ")),
        None => p.text.clone(),
    }
}

pub(crate) fn rest_of_clause<'c>(c: &'c Claim, p: &crate::claims::Predicate) -> (usize, &'c str) {
    let from = p.span.end();
    (from, c.text_after(from).split(',').next().unwrap_or(""))
}

/// True when a date of the claim stands in the clause of a predicate, from
/// it to the next comma.
fn dated_clause(c: &Claim, p: &crate::claims::Predicate) -> bool {
    let (from, rest) = rest_of_clause(c, p);
    let to = from + rest.len();
    c.dates
        .iter()
        .any(|d| d.span.start() >= from && d.span.start() < to)
}

/// True when one claim's act is dated a year or more before its article
/// and the other is news of the day ("The bridge opened in 1958" / "The
/// bridge was shut"): the date must be the act's own ("since the company
/// listed in 2018" dates the listing, not "closed 14% higher").
fn past_act_and_news(a: &Claim, b: &Claim, lx: &crate::lexicon::Lexicon) -> bool {
    // Not a state kept since then ("has been closed since a flood last
    // winter"), which still holds.
    let dated_act = |c: &Claim| {
        c.frame.predicate.as_ref().is_some_and(|p| {
            !p.text.starts_with("has ")
                && !p.text.starts_with("have ")
                && c.dates.iter().all(|d| {
                    d.anchor
                        .verb
                        .as_deref()
                        .is_some_and(|v| lx.base(v) == p.lemma || p.text.contains(v))
                })
        })
    };
    date::background_of(a, b).is_some_and(dated_act)
}

/// What underwent a claim's act, unless it is a figure ("rose 3%": a
/// measure, not a thing).
/// True when `t` acts on an object and `i`, with none, tells its own
/// subject's course, the same thing as `t`'s doer: "Rail strike halts
/// commuter trains" / "The rail strike continued" (the trains stop, the
/// strike goes on), no act and its undoing.
fn subject_acts_on_another(t: &Claim, i: &Claim) -> bool {
    let head = |p: Option<&crate::claims::Participant>| p.map(|p| p.head.to_lowercase());
    let (Some(doer), Some(thing)) = (
        head(t.frame.subject.as_ref()),
        head(t.frame.object.as_ref()),
    ) else {
        return false;
    };
    // A time read as the object is none ("reopened Wednesday afternoon").
    if crate::syntax::tag::time_noun(&thing)
        || matches!(
            thing.as_str(),
            "morning" | "afternoon" | "evening" | "dawn" | "noon"
        )
    {
        return false;
    }
    // Only a course going on ("continued", "resumed", "carried on"): "won
    // by 312 votes" / "lost the seat by 312 votes" is one contest.
    let going_on = i.frame.predicate.as_ref().is_some_and(|p| {
        matches!(
            p.lemma.as_str(),
            "continue" | "resume" | "persist" | "go on" | "carry on" | "drag on"
        )
    });
    going_on
        && !t.frame.passive
        && !i.frame.passive
        && i.frame.object.is_none()
        && head(i.frame.subject.as_ref()).is_some_and(|s| s == doer && s != thing)
}

fn measured_patient(c: &Claim) -> Option<&crate::claims::Participant> {
    c.frame.patient().filter(|p| {
        !c.numbers
            .iter()
            .any(|n| n.span.start() <= p.span.start() && p.span.end() <= n.span.end())
    })
}

/// The first sense of a claim's subject noun, and the sense it is a kind of,
/// for a claim with a predicate and a common-noun subject.
fn subject_sense(
    c: &Claim,
) -> Option<(
    crate::lexicon::wordnet::SynsetId,
    Option<crate::lexicon::wordnet::SynsetId>,
)> {
    use crate::lexicon::wordnet::{Pos, WordNet};
    c.frame.predicate.as_ref()?;
    let s = c.frame.subject.as_ref()?;
    if s.pronoun || s.name {
        return None;
    }
    let wn = WordNet::builtin();
    let sense = wn.senses(s.id?, Pos::Noun).next()?;
    Some((sense, wn.hypernyms(sense).next()))
}

/// [`compare`] with explicit thresholds.
pub fn compare_with(claims: &[Claim], lx: &Lexicon, th: &Thresholds) -> Vec<Finding> {
    let names = Names::learn(claims, lx);
    let chains: Vec<Vec<String>> = claims.iter().map(|c| names.chain_key(c)).collect();
    // Claims of different documents are compared. Inside one article only
    // claims credited to two different sources are ("CBS reported ...,
    // while NBC ..."): the writer's own narration is not set against the
    // sources it quotes, nor a source against itself.
    let comparable = |a: usize, b: usize| {
        claims[a].doc != claims[b].doc
            || (chains[a] != chains[b] && chains[a].len() >= 2 && chains[b].len() >= 2)
    };
    let terms = align::build_terms(claims, lx);
    // Each claim keeps as many partners as there are other reports (at
    // least ten, at most 48): a fact every report tells meets them all.
    let n_docs = {
        let mut d: Vec<&str> = claims.iter().map(|c| c.doc.as_str()).collect();
        d.sort_unstable();
        d.dedup();
        d.len()
    };
    let opts = AlignOptions {
        per_claim: n_docs.clamp(10, 48),
        ..AlignOptions::default()
    };
    let mut pairs = align::align(&terms, &opts, &comparable);
    // Claims naming the same role, or counting the same thing ("about 140
    // homes" / "85 houses"), are compared whatever their similarity (the
    // rules then ask for one event).
    let dated: Vec<Vec<String>> = claims.iter().map(|c| date::dated_acts(c, lx)).collect();
    let mut by_role: HashMap<String, Vec<usize>> = HashMap::default();
    let mut by_kind: HashMap<u32, Vec<usize>> = HashMap::default();
    for (i, c) in claims.iter().enumerate() {
        for r in &c.facts.roles {
            by_role
                .entry(format!("role:{}", r.role))
                .or_default()
                .push(i);
        }
        // Claims of one thing done or undone: the sense of the subject's
        // noun, and the kind it is ("viaduct" / "bridge").
        if let Some((sense, kind)) = subject_sense(c) {
            by_role
                .entry(format!("subject:{}", sense.0))
                .or_default()
                .push(i);
            if let Some(k) = kind {
                by_kind.entry(k.0).or_default().push(i);
            }
        }
        // One act done to one thing by a named doer ("The deal was brokered
        // by Judge Evelyn Rusk"): who did it is compared across reports.
        let one_doer = person::one_doer;
        let named_doer = c.frame.actor().is_some_and(|p| p.name)
            && person::definite_deed(&c.frame, lx)
            && one_doer(&c.frame);
        if let Some(id) = c
            .frame
            .predicate
            .as_ref()
            .and_then(|p| p.id)
            .filter(|_| named_doer)
        {
            by_role.entry(format!("act:{}", id.0)).or_default().push(i);
        }
        for f in c.facts.deeds.iter().filter(|f| one_doer(f)) {
            if let Some(id) = f.predicate.as_ref().and_then(|p| p.id) {
                by_role.entry(format!("act:{}", id.0)).or_default().push(i);
            }
        }
        // Claims giving one named individual an age.
        for (who, _) in number::aged(c) {
            by_role
                .entry(format!("age:{}", names.person_key(who)))
                .or_default()
                .push(i);
        }
        // Claims dating one act of one thing ("The recall, announced on 11
        // March" / "announced the recall on Monday 10 March").
        for key in &dated[i] {
            by_role.entry(key.clone()).or_default().push(i);
        }
        for n in c.numbers.iter().take(DETAIL) {
            if let (Some(noun), None) = (n.noun.as_deref(), n.unit.as_deref()) {
                by_role
                    .entry(format!("count:{}", lx.base(noun)))
                    .or_default()
                    .push(i);
            }
        }
    }
    // A subject of a kind another claim's subject is ("viaduct" is a kind
    // of "bridge"): the two lists meet.
    let mut kinds: Vec<u32> = by_kind.keys().copied().collect();
    kinds.sort_unstable();
    for k in kinds {
        if let Some(of_sense) = by_role.get(&format!("subject:{k}")).cloned() {
            let entry = by_role.entry(format!("subject:{k}")).or_default();
            entry.extend(by_kind[&k].iter().copied());
            entry.sort_unstable();
            let _ = of_sense;
        }
    }
    for list in by_role.values_mut() {
        list.dedup();
    }
    let mut seen: HashSet<(usize, usize)> = pairs.iter().map(|p| (p.a, p.b)).collect();
    // Harm denied to all ("No one was injured") meets harm told in any
    // words ("Two crew members were treated in hospital").
    let deniers: Vec<usize> = (0..claims.len())
        .filter(|&i| negation::harm_denied_to(&claims[i]).is_some())
        .take(16)
        .collect();
    if !deniers.is_empty() {
        let harmed: Vec<usize> = (0..claims.len())
            .filter(|&i| negation::tells_harm(&claims[i]))
            .take(64)
            .collect();
        for &i in &deniers {
            for &j in &harmed {
                let (x, y) = (i.min(j), i.max(j));
                if i != j && comparable(x, y) && seen.insert((x, y)) {
                    pairs.push(Pair {
                        a: x,
                        b: y,
                        sim: terms.sim(x, y),
                    });
                }
            }
        }
    }
    let mut roles: Vec<&str> = by_role.keys().map(String::as_str).collect();
    roles.sort_unstable();
    for r in roles {
        let list = &by_role[r];
        // A subject is a looser tie than a role or a counted noun: its
        // buckets are kept small, so a long story stays linear.
        let cap = if r.starts_with("subject:") { 16 } else { 64 };
        for (x, &i) in list.iter().enumerate().take(cap) {
            for &j in list.iter().skip(x + 1).take(cap) {
                if i != j && comparable(i.min(j), i.max(j)) && seen.insert((i.min(j), i.max(j))) {
                    pairs.push(Pair {
                        a: i.min(j),
                        b: i.max(j),
                        sim: terms.sim(i, j),
                    });
                }
            }
        }
    }
    pairs.sort_by_key(|p| (p.a, p.b));
    // Quotes compared by their first 400 words: the diff of two remarks stays bounded.
    let quote_words = claims
        .iter()
        .map(|c| {
            c.quotes
                .iter()
                .take(DETAIL)
                .map(|q| {
                    let mut w = quote::quote_words(&q.text);
                    w.truncate(400);
                    w
                })
                .collect()
        })
        .collect();
    let ctx = Ctx {
        claims,
        quote_words,
        dated,
        regions: place::Regions::learn(claims),
        names,
        terms,
        lx,
        th: th.clone(),
    };
    let findings: Vec<Finding> = pairs.iter().flat_map(|p| ctx.judge(p)).collect();
    let findings = group::group(findings, claims, &ctx.names, lx);
    let mut findings = group::group_agreements(findings, claims, &|i, j| ctx.terms.sim(i, j));
    let matched: HashSet<&str> = findings
        .iter()
        .flat_map(|f| f.claims.iter().map(String::as_str))
        .collect();
    let uniques: Vec<Finding> = claims
        .iter()
        .filter(|c| !matched.contains(c.id.as_str()))
        .map(|c| {
            finding(
                FindingKind::Unique,
                None,
                vec![c.id.clone()],
                None,
                vec![],
                format!(
                    "unique: only {} says “{}”",
                    source_label(c),
                    clip(c.content_text(), 80)
                ),
            )
        })
        .collect();
    findings.extend(uniques);
    let order: HashMap<&str, usize> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let pos = |f: &Finding| {
        f.claims
            .iter()
            .map(|c| order.get(c.as_str()).copied().unwrap_or(usize::MAX))
            .collect::<Vec<_>>()
    };
    findings.sort_by_cached_key(|f| (kind_rank(f.kind), f.ty, pos(f)));
    for (i, f) in findings.iter_mut().enumerate() {
        f.id = format!("f{}", i + 1);
    }
    findings
}

/// True when one claim follows the other in its sentence after a contrast
/// ("..., while BFMTV said ...") and each has a source of its own: the
/// sentence sets two accounts of one thing against each other.
fn set_against(a: &Claim, b: &Claim) -> bool {
    let (first, second) = if a.span.start() <= b.span.start() {
        (a, b)
    } else {
        (b, a)
    };
    fn inner(c: &Claim) -> Option<&str> {
        c.sources
            .get(1..)
            .and_then(<[_]>::last)
            .map(|s| s.name.as_str())
    }
    first.doc == second.doc
        && second.facts.contrast
        && second.span.start() >= first.span.end()
        && second.span.start() - first.span.end() <= 40
        && inner(first).is_some()
        && inner(second).is_some()
        && inner(first) != inner(second)
}
