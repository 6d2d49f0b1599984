//! Dates: different dates for the same event.
//!
//! Two aligned claims contradict on a date when each names a date of the
//! same precision (a day, a month, a year) and none of one side's dates
//! falls on any of the other's. Dates written differently but resolving to
//! the same day agree: "Thursday" in an article of Saturday 31 August 2024
//! is 29 August; "yesterday" in one of 12 February is 11 February; "two days
//! earlier" counts from the date before it.
//!
//! Trap: a day and the month it falls in ("Feb. 10" / "in February") agree;
//! dates that need a year the text does not give are compared only inside
//! one document (a wire story dated "Nov 7" citing "Oct. 30" and "Oct. 16"
//! reads both against the same unknown year).

use crate::align::Vocab;
use crate::claims::{Claim, DateRef};
use crate::lexicon::Lexicon;
use crate::parse::CivilDate;
use crate::parse::date::{DateValue, Granularity};

/// Words before a date that make it the edge of a period ("since June",
/// "in the year to December"), not the date of an event.
const BOUNDARY: &[&str] = &[
    "since", "until", "till", "to", "from", "by", "before", "after", "through", "between",
    "ending", "ended",
];

/// True when a date is an edge of a period or the earliest day of an act
/// ("would not reopen before April 2"): no day the act is dated by.
fn edge(d: &DateRef) -> bool {
    d.prep
        .as_deref()
        .is_some_and(|p| BOUNDARY.contains(&p) || p == crate::claims::EARLIEST)
}

/// True when a date is the earliest day of its act.
fn earliest(d: &DateRef) -> bool {
    d.prep.as_deref() == Some(crate::claims::EARLIEST)
}

fn of(c: &Claim, g: Granularity, yearless: bool) -> Vec<&DateRef> {
    c.dates
        .iter()
        .take(super::DETAIL)
        .filter(|d| {
            d.range.is_some_and(|r| {
                r.granularity == g
                    && (r.start.year().is_some() || yearless && g == Granularity::Day)
            })
        })
        .filter(|d| !d.prep.as_deref().is_some_and(|p| BOUNDARY.contains(&p)))
        .collect()
}

/// True when the words before two dates share one: both dates say when
/// the same thing happened ("arrested ... on Tuesday" / "was arrested on
/// Wednesday"), not when two different things did ("collapsed on Tuesday" /
/// "restarted on Wednesday").
/// True when each date is said of its claim's act and the two acts are one
/// concept by their whole predicates, particles and all ("caved in ...
/// early on Tuesday" / "collapsed in the early hours of Monday": the
/// dates' own verbs, "cave" and "collapse", do not meet).
fn dated_acts_alike(a: &Claim, x: &DateRef, b: &Claim, y: &DateRef, lx: &Lexicon) -> bool {
    let id = |c: &Claim| c.frame.predicate.as_ref().and_then(|p| p.id);
    on_act(a, x, lx) && on_act(b, y, lx) && id(a).zip(id(b)).is_some_and(|(p, q)| alike(lx, p, q))
}

fn alike(
    lx: &Lexicon,
    p: crate::lexicon::wordnet::WordId,
    q: crate::lexicon::wordnet::WordId,
) -> bool {
    use crate::lexicon::concept::{Relation, relate};
    relate(lx, p, q).is_some_and(Relation::alike)
}

/// True when a date is said of its claim's own act.
fn on_act(c: &Claim, d: &DateRef, lx: &Lexicon) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    c.frame.predicate.as_ref().is_some_and(|p| {
        d.anchor.verb.as_deref().is_some_and(|v| {
            let lemma = wn.lemma(v, Pos::Verb);
            let base = lemma.map_or(v, |l| wn.text(l));
            p.lemma.split_whitespace().next() == Some(base)
                || lemma.zip(p.id).is_some_and(|(l, q)| alike(lx, l, q))
        })
    })
}

/// Keys of the acts a claim dates to a day: the date's verb with the thing
/// it was done to or by (the date's subject or words, or the claim's
/// common-noun subject), as `dated:{verb}:{noun}`.
pub fn dated_acts(c: &Claim, lx: &Lexicon) -> Vec<String> {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    let subject = c
        .frame
        .subject
        .as_ref()
        .filter(|s| !s.pronoun && !s.name)
        .map(|s| s.head.as_str());
    let mut out = Vec::new();
    for d in c.dates.iter().take(super::DETAIL) {
        let day = d.range.is_some_and(|r| r.granularity == Granularity::Day);
        let (Some(v), true) = (d.anchor.verb.as_deref(), day) else {
            continue;
        };
        if edge(d) {
            continue;
        }
        let mut verb = wn.lemma(v, Pos::Verb).map_or(v, |l| wn.text(l));
        // A happening of nature striking, hitting or shaking a place only
        // occurred ("an earthquake shook homes late on Tuesday" / "The
        // tremor struck on Monday night").
        let happening = |w: &str| {
            use crate::lexicon::wordnet::lexname;
            matches!(
                wn.first_noun_kind(w),
                Some(lexname::NOUN_EVENT | lexname::NOUN_PHENOMENON)
            )
        };
        let doer = d.anchor.subject.iter().map(String::as_str).chain(subject);
        if matches!(
            verb,
            "strike" | "hit" | "shake" | "rock" | "jolt" | "rattle" | "occur" | "happen"
        ) && doer.clone().any(happening)
        {
            verb = "occur";
        }
        let nouns = d
            .anchor
            .subject
            .iter()
            .map(String::as_str)
            .chain(d.anchor.words.iter().map(String::as_str))
            .chain(subject)
            .filter(|w| wn.lemma(w, Pos::Noun).is_some() && !lx.is_stop(w));
        for n in nouns {
            let key = format!("dated:{verb}:{}", lx.base(n));
            if !out.contains(&key) {
                out.push(key);
            }
        }
    }
    out
}

/// Whose the thing of a dated act is, when the claim says so with a
/// possessive ("The opposition's plan, announced on 1 June"), else its
/// doer ("The government announced the plan"), lowercase.
pub fn owner_of_dated(c: &Claim, key: &str) -> Option<String> {
    let noun = key.rsplit(':').next()?;
    let text = c.text.to_lowercase().replace('’', "'");
    let words: Vec<&str> = text.split_whitespace().collect();
    let possessive = words.windows(2).find_map(|w| {
        let owner = w[0].strip_suffix("'s")?;
        w[1].trim_matches(|ch: char| !ch.is_alphanumeric())
            .starts_with(noun)
            .then(|| owner.to_string())
    });
    possessive
        .or_else(|| {
            c.frame
                .actor()
                .map(|p| p.head.to_lowercase())
                .filter(|h| !h.is_empty())
        })
        // The doer an act cue credits ("The government announced the plan").
        .or_else(|| {
            c.sources
                .last()
                .filter(|s| s.kind != crate::lexicon::SourceKind::Outlet)
                .map(|s| s.name.to_lowercase())
        })
}

fn same_event(x: &DateRef, y: &DateRef, lx: &Lexicon, vocab: &Vocab) -> bool {
    anchors_meet(&x.anchor, &y.anchor, lx, vocab)
}

/// True when two anchors say the same thing happened: a verb of one is said
/// on the other side, or, without two different verbs, a word is shared.
pub fn anchors_meet(
    x: &crate::claims::Anchor,
    y: &crate::claims::Anchor,
    lx: &Lexicon,
    vocab: &Vocab,
) -> bool {
    let term = |w: &String| vocab.word(w, lx);
    let (vx, vy) = (x.verb.as_ref().map(term), y.verb.as_ref().map(term));
    // A verb found past a long object only ties (see `Anchor::far`).
    let near = |a: &crate::claims::Anchor, v: Option<u32>| v.filter(|_| !a.far);
    let wx: Vec<u32> = x.words.iter().map(term).collect();
    let wy: Vec<u32> = y.words.iter().map(term).collect();
    // The verb of one is said on the other side ("heard" / "a hearing").
    let verb_meets = |v: &Option<u32>, other_v: &Option<u32>, other_w: &[u32]| {
        v.as_ref()
            .is_some_and(|v| other_v.as_ref() == Some(v) || other_w.contains(v))
    };
    if verb_meets(&vx, &vy, &wy) || verb_meets(&vy, &vx, &wx) {
        return true;
    }
    // Opposite acts ("reopened" / "suspended") are two events.
    let wn = crate::lexicon::wordnet::WordNet::builtin();
    let lemma = |w: &str| wn.lemma(w, crate::lexicon::wordnet::Pos::Verb);
    if let (Some(a), Some(b), false, false) = (&x.verb, &y.verb, x.far, y.far) {
        if lemma(a)
            .zip(lemma(b))
            .and_then(|(p, q)| crate::lexicon::concept::relate(lx, p, q))
            == Some(crate::lexicon::concept::Relation::Opposite)
        {
            return false;
        }
    }
    // A shared word; a part of the day ("Friday morning" / "Monday
    // morning") only where neither side names its act ("The avalanche came
    // down on Friday morning" / "The road reopened on Monday morning").
    let no_verb = near(x, vx).is_none() && near(y, vy).is_none();
    let shared = x
        .words
        .iter()
        .zip(&wx)
        .any(|(w, t)| wy.contains(t) && (no_verb || Lexicon::part_of_day(w).is_none()));
    // Verbs of one concept ("scheduled" / "set", "declared" / "signed a
    // declaration"), by the dictionary.
    if let (Some(a), Some(b)) = (&x.verb, &y.verb) {
        if lemma(a)
            .zip(lemma(b))
            .and_then(|(p, q)| crate::lexicon::concept::relate(lx, p, q))
            .is_some_and(crate::lexicon::concept::Relation::alike)
        {
            return shared || wx.is_empty() || wy.is_empty();
        }
    }
    // Two verbs of one subject tell one event ("a flash flood tore through
    // ... on Saturday" / "The flood struck on Sunday"), when the subject is
    // a happening, not a doer of many acts ("The council approved ... on
    // Monday" / "The council opened ... on Thursday").
    let happening = |s: &String| {
        !lx.org_words.contains_key(s.as_str())
            && !crate::parse::names::person_noun(s)
            && !lx.source_heads.contains_key(s.as_str())
    };
    let subject = |a: &crate::claims::Anchor| a.subject.as_ref().filter(|s| happening(s)).map(term);
    if vx.is_some() && vy.is_some() && subject(x).is_some() && subject(x) == subject(y) {
        return true;
    }
    // Two different verbs: two different events. Otherwise the words must meet.
    let verbs_differ = near(x, vx).is_some() && near(y, vy).is_some();
    !verbs_differ && shared
}

/// True when both dates have a verb before them and it is the same.
fn same_verb(x: &DateRef, y: &DateRef, lx: &Lexicon, vocab: &Vocab) -> bool {
    match (&x.anchor.verb, &y.anchor.verb) {
        (Some(a), Some(b)) => vocab.word(a, lx) == vocab.word(b, lx),
        _ => false,
    }
}

/// True when two dates are said by one verb or by synonyms ("close its
/// doors on Jan. 18" / "shut for good at the end of February"; not a kind
/// of the other: "open an exhibition next month" / "reopen on Saturday").
fn kindred_verbs(x: &DateRef, y: &DateRef, lx: &Lexicon, vocab: &Vocab) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    let lemma = |d: &DateRef| {
        d.anchor
            .verb
            .as_deref()
            .and_then(|v| wn.lemma(v, Pos::Verb))
    };
    same_verb(x, y, lx, vocab)
        || !x.anchor.far
            && !y.anchor.far
            && lemma(x).zip(lemma(y)).is_some_and(|(p, q)| {
                crate::lexicon::concept::relate(lx, p, q)
                    == Some(crate::lexicon::concept::Relation::Synonym)
            })
}

/// A date contradiction between two aligned claims: one date of each side.
/// With `one_act` (the frames tell one act done by and to the same
/// participants, "Detectives raided the headquarters" / "Detectives
/// searched the headquarters"), dates each said of its claim's act date it.
pub fn check<'a>(
    a: &'a Claim,
    b: &'a Claim,
    lx: &Lexicon,
    vocab: &Vocab,
    one_act: bool,
) -> Option<(&'a DateRef, &'a DateRef)> {
    // A state holds over days ("stayed closed all day Tuesday" / "was shut
    // on Monday"); figures of one measure that differ are readings at two
    // moments ("15 percent as of Tuesday" / "zero percent on Monday"): their
    // days are no clash.
    if lasting(a)
        || lasting(b)
        || ongoing(a) && ongoing(b)
        || readings(a, b)
        || age_reached(a) != age_reached(b)
        || market(a) && market(b)
    {
        return None;
    }
    // What did not happen has no day: "did not respond to a request for
    // comment on Tuesday" dates no request.
    if a.polarity != b.polarity {
        return None;
    }
    // Another of its kind is another event: "another frost was possible on
    // Thursday night" / "in Sunday night's frost". Both saying it ("A second
    // man was arrested on Monday" / "on Tuesday") tell the same one.
    // So is a count of more: "a further 1,200 people visited on Sunday" /
    // "3,000 people visited on Saturday". Only of the dated act: "the dam
    // burst on Sunday, forcing another 300 residents out" dates the burst.
    let more = |c: &Claim| {
        c.numbers.iter().any(|n| {
            n.increment
                && [n.verb.as_deref(), n.verb_before.as_deref()]
                    .into_iter()
                    .flatten()
                    .any(|v| c.dates.iter().any(|d| d.anchor.verb.as_deref() == Some(v)))
        })
    };
    // An act done again is another of its kind ("Sailings were cancelled
    // again on Wednesday" / "cancelled all remaining sailings on Tuesday").
    if a.frame.of_another() != b.frame.of_another() || more(a) != more(b) || again(a) != again(b) {
        return None;
    }
    // One of several doers ranked ("A crew from Norway was the first to
    // finish") against another's act: unless one act of one doer.
    let one_head = a
        .frame
        .subject
        .as_ref()
        .zip(b.frame.subject.as_ref())
        .is_some_and(|(x, y)| x.head.eq_ignore_ascii_case(&y.head));
    if !one_act && !one_head && ranked(a) != ranked(b) {
        return None;
    }
    let yearless = a.doc == b.doc;
    for g in [
        Granularity::Day,
        Granularity::Month,
        Granularity::Season,
        Granularity::Year,
    ] {
        let (mut da, mut db) = (of(a, g, yearless), of(b, g, yearless));
        // A day told against a month is told within it or not, when one
        // verb tells both ("complete on April 1" / "will complete the sale
        // in early May").
        let mut day_in_month = false;
        if g == Granularity::Month {
            if da.is_empty() && !db.is_empty() {
                da = of(a, Granularity::Day, false);
                day_in_month = true;
            } else if db.is_empty() && !da.is_empty() {
                db = of(b, Granularity::Day, false);
                day_in_month = true;
            }
        }
        if da.is_empty() || db.is_empty() {
            continue;
        }
        // Either reading of a weekday no tense marks.
        let readings = |d: &DateRef| [d.range, d.alt].into_iter().flatten();
        let any_meet = da.iter().any(|x| {
            db.iter()
                .any(|y| readings(x).any(|p| readings(y).any(|q| p.overlaps(&q))))
        });
        if any_meet
            || da
                .iter()
                .any(|x| db.iter().any(|y| across_midnight(a, x, b, y)))
        {
            return None;
        }
        // A change is dated by when it happened ("rose to 23 on Monday"),
        // not by when the event it counts did.
        let change = |d: &DateRef| {
            d.anchor
                .verb
                .as_deref()
                .is_some_and(|v| lx.update.contains(v))
        };
        // A revised estimate is dated by its revision ("on Thursday raised
        // its estimate of what the fare increase will bring in"), not by
        // the event it sizes.
        let revision = |c: &Claim| {
            c.frame.patient().is_some_and(|p| {
                matches!(
                    lx.base(&p.head.to_lowercase()),
                    "estimate" | "forecast" | "projection" | "outlook" | "guidance"
                )
            })
        };
        // Only the date of the revision itself: "revised its estimate on
        // Friday, after the river burst its banks on Tuesday" still dates
        // the flood.
        let revised = |c: &Claim, d: &DateRef| revision(c) && on_act(c, d, lx);
        // What is still to come and what has been are one event only when
        // the same verb tells both ("will meet again on Friday" / "walked
        // out ... on Tuesday").
        let ahead = |c: &Claim, d: &DateRef| {
            c.facts
                .doc_date
                .zip(d.range)
                .is_some_and(|(doc, r)| doc.days_to(r.start).is_some_and(|g| g > 0))
        };
        for x in &da {
            for y in &db {
                // The earliest day of an act meets another such bound ("no
                // earlier than March 14" / "not before April 2"); of other
                // days only one before it clashes ("on March 10"), a day
                // after it fits it.
                if earliest(x) != earliest(y) {
                    let (bound, day) = if earliest(x) { (x, y) } else { (y, x) };
                    let early = bound
                        .range
                        .zip(day.range)
                        .is_some_and(|(r, d)| d.end < r.start);
                    if !early {
                        continue;
                    }
                }
                if change(x) != change(y)
                    || revised(a, x) != revised(b, y)
                    || ahead(a, x) != ahead(b, y) && !same_verb(x, y, lx, vocab)
                {
                    continue;
                }
                // A year is coarse: "vote later this year" and "complete in
                // 2026" are two events of one deal. Years clash only when the
                // same verb says what happened.
                // (A day and a month both ahead or both gone: "opened
                // today" / "due to open in May" are two openings.)
                // Synonyms close one thing: no two things done to ("close
                // the road" / "shut the library"), a business's doors
                // being the business.
                let thing = |c: &Claim| {
                    c.frame
                        .object
                        .as_ref()
                        .map(|o| lx.base(&o.head.to_lowercase()).to_string())
                        .filter(|h| h != "door")
                };
                // And for good on both sides or neither: "close early on
                // Friday" / "shut permanently in July" are two closures.
                let for_good = |c: &Claim| {
                    let t = c.text.to_lowercase();
                    [
                        "for good",
                        "permanently",
                        "for the last time",
                        "forever",
                        "for ever",
                    ]
                    .iter()
                    .any(|m| t.contains(m))
                };
                let same = if day_in_month {
                    ahead(a, x) == ahead(b, y)
                        && (same_verb(x, y, lx, vocab)
                            || thing(a) == thing(b)
                                && for_good(a) == for_good(b)
                                && kindred_verbs(x, y, lx, vocab))
                } else if g == Granularity::Year {
                    same_verb(x, y, lx, vocab)
                } else {
                    same_event(x, y, lx, vocab)
                        || dated_acts_alike(a, x, b, y, lx)
                        || one_act && on_act(a, x, lx) && on_act(b, y, lx)
                };
                if same {
                    return Some((x, y));
                }
            }
        }
        return None;
    }
    None
}

/// True when a claim ranks its doer among others doing its act: "was the
/// first to finish", "the second crew to reach Antigua". The others did it
/// on days of their own.
fn ranked(c: &Claim) -> bool {
    c.frame.predicate.as_ref().is_some_and(|p| {
        let before = c.words_before(p.span.start(), 4);
        before.first().is_some_and(|w| w == "to")
            && before[1..].iter().any(|w| {
                matches!(
                    w.as_str(),
                    "first" | "second" | "third" | "fourth" | "fifth" | "last" | "only"
                )
            })
    })
}

/// True when "again" (or "once more") stands right by a claim's act: "were
/// cancelled again", "again closed".
fn again(c: &Claim) -> bool {
    // "reopened again" says once what "re-" says.
    c.frame.predicate.as_ref().is_some_and(|p| {
        if p.lemma.starts_with("re") {
            return false;
        }
        let before = c.text_before(p.span.start()).split_whitespace().next_back();
        let after: Vec<String> = c
            .text_after(p.span.end())
            .split_whitespace()
            .take(2)
            .map(|w| {
                w.trim_matches(|ch: char| !ch.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        before.is_some_and(|w| w.eq_ignore_ascii_case("again"))
            || after.first().is_some_and(|w| w == "again")
            || after.as_slice() == ["once", "more"]
    })
}

/// The text of a claim before and after one of its dates.
fn around<'c>(c: &'c Claim, d: &DateRef) -> (&'c str, &'c str) {
    let rel = |at: usize| at.checked_sub(c.span.start());
    let (Some(s), Some(e)) = (rel(d.span.start()), rel(d.span.end())) else {
        return ("", "");
    };
    (c.text.get(..s).unwrap_or(""), c.text.get(e..).unwrap_or(""))
}

/// True when a word, its trailing punctuation aside, is one of `list`
/// whatever its case.
fn word_is(w: &str, list: &[&str]) -> bool {
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    list.iter().any(|x| w.eq_ignore_ascii_case(x))
}

/// The first word after a date in its claim.
fn next_word<'c>(c: &'c Claim, d: &DateRef) -> &'c str {
    around(c, d).1.split_whitespace().next().unwrap_or("")
}

/// True when one date is a night and the other the early hours after it:
/// "in Sunday night's frost" / "overnight into Monday", "early Monday".
fn across_midnight(a: &Claim, x: &DateRef, b: &Claim, y: &DateRef) -> bool {
    let night = |c: &Claim, d: &DateRef| word_is(next_word(c, d), &["night", "night's", "night’s"]);
    let small_hours = |c: &Claim, d: &DateRef| {
        // "early on Sunday evening", "in the early evening on Sunday" are
        // no small hours.
        if word_is(next_word(c, d), &["evening", "afternoon", "night"]) {
            return false;
        }
        let words = || around(c, d).0.split_whitespace().rev().take(4);
        if words().any(|w| word_is(w, &["evening", "afternoon", "morning"])) {
            return false;
        }
        d.prep.as_deref() == Some("into")
            || words().any(|w| word_is(w, &["overnight", "early", "dawn", "hours"]))
    };
    let next_day = |p: &DateRef, q: &DateRef| {
        p.range.zip(q.range).is_some_and(|(p, q)| {
            p.granularity == Granularity::Day
                && q.granularity == Granularity::Day
                && p.start.days_to(q.start) == Some(1)
        })
    };
    (next_day(x, y) && night(a, x) && small_hours(b, y))
        || (next_day(y, x) && night(b, y) && small_hours(a, x))
}

/// True when a claim tells of a state that lasts: "stayed closed", "remained
/// shut", "all day Tuesday", "throughout Monday".
fn lasting(c: &Claim) -> bool {
    // A date said of a lasting state ("remained in hospital on Thursday"):
    // a verb of staying among the few words before it.
    let kept = |d: &DateRef| {
        let end = d.span.start().saturating_sub(c.span.start());
        c.text.get(..end).is_some_and(|before| {
            before.split_whitespace().rev().take(5).any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "remain" | "remained" | "remains" | "stay" | "stayed" | "stays"
                )
            })
        })
    };
    if c.dates.iter().any(kept) {
        return true;
    }
    // A staying predicate: of the dates of its proposition, not of one a
    // time clause after the attribution tells ("will remain closed ...,
    // the engineer said, two days after the city shut the span late
    // Wednesday").
    c.frame.predicate.as_ref().is_some_and(|p| {
        p.text.split_whitespace().any(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "stayed" | "remained" | "stays" | "remains" | "kept" | "remain" | "stay" | "keep"
            )
        }) && c.dates.iter().any(|d| c.content.contains(d.span))
    }) || c
        .dates
        .iter()
        .any(|d| matches!(d.prep.as_deref(), Some("throughout" | "day")))
}

/// True when "first" stands right before the claim's act, done to nothing
/// else ("was first detected", "first appeared"): the start of what it
/// tells. Not "first sickened residents", an act on others.
pub fn first_time(c: &Claim) -> bool {
    let first = |w: &str| w.eq_ignore_ascii_case("first");
    c.frame.object.is_none()
        && c.frame.predicate.as_ref().is_some_and(|p| {
            p.text.split_whitespace().any(first)
                || c.text_before(p.span.start())
                    .split_whitespace()
                    .rev()
                    .take(2)
                    .any(first)
        })
}

/// True when a claim tells of an age reached, by a bare figure or one of
/// time: "the library turns 100 today", "she turned 40 in May", not
/// "turned 300 fans away". Its day is of the birthday or the anniversary,
/// not of the event it counts from.
fn age_reached(c: &Claim) -> bool {
    c.frame.predicate.as_ref().is_some_and(|p| {
        p.lemma == "turn"
            && c.numbers.iter().any(|n| {
                // "100 today", "40 years old": the figure's noun, if any,
                // is a time.
                n.noun.as_deref().is_none_or(crate::syntax::time_noun)
                    && n.unit.is_none()
                    && n.span.start() >= p.span.end()
                    && n.span.start() <= p.span.end() + 1
            })
    })
}

/// True when a claim tells how a market measure moved ("shares edged
/// higher", "the index was little changed"): a reading of a day, each day
/// its own ("in Wednesday trading" / "in early trading on Thursday").
fn market(c: &Claim) -> bool {
    let words: Vec<String> = c
        .content_text()
        .split(|ch: char| !ch.is_alphanumeric())
        .map(str::to_lowercase)
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    has(&["shares", "stock", "stocks", "index"])
        && has(&[
            "trading", "traded", "edged", "rose", "fell", "slid", "gained", "changed", "jumped",
            "dropped", "climbed", "slipped",
        ])
}

/// True when both claims give a figure of one unit and the figures differ:
/// readings of a changing measure.
fn readings(a: &Claim, b: &Claim) -> bool {
    // A length or weight is no reading that changes by the hour ("about 400
    // metres below the surface" / "350 metres").
    let fixed = |u: &str| crate::parse::number::measure(Some(u)) == Some(true);
    a.numbers.iter().any(|x| {
        x.unit.as_deref().is_some_and(|u| !fixed(u))
            && b.numbers
                .iter()
                .any(|y| y.unit == x.unit && (y.value - x.value).abs() > f64::EPSILON)
    })
}

/// A claim's own event dates: with a year, not the edge of a period.
fn explicit_dates(c: &Claim) -> impl Iterator<Item = DateValue> + '_ {
    c.dates
        .iter()
        .filter(|d| !edge(d))
        .filter(|d| !in_relative_clause(c, d))
        // Either reading of a weekday no tense marks.
        .flat_map(|d| [d.range, d.alt])
        .flatten()
        .filter(|r| r.start.year().is_some())
}

/// True when a date lies in a relative clause set off by commas about
/// someone or something of the claim ("moved by Deputy Mayor Owen Tran, who
/// has championed the link since he was first elected in 2016"): it dates
/// that clause, not the claim's act.
fn in_relative_clause(c: &Claim, d: &DateRef) -> bool {
    let before = c.text_before(d.span.start());
    [", who ", ", which ", ", whose "]
        .iter()
        .filter_map(|p| before.rfind(p).map(|k| k + p.len()))
        .max()
        .is_some_and(|k| !before[k..].contains([',', ';']))
}

/// True when a claim gives a date of its own.
fn explicit(c: &Claim) -> bool {
    explicit_dates(c).next().is_some()
}

/// When a claim is about: its explicit event dates, else its article's date.
pub fn when(c: &Claim) -> Vec<DateValue> {
    let explicit: Vec<DateValue> = explicit_dates(c).collect();
    if !explicit.is_empty() {
        return explicit;
    }
    c.facts
        .doc_date
        .map(|d| {
            vec![DateValue {
                start: d,
                end: d,
                granularity: Granularity::Day,
            }]
        })
        .unwrap_or_default()
}

/// True when both claims name periods (a month or a year) and none of one
/// overlaps any of the other: "104 cases last year" / "29 cases so far this
/// year" count two periods.
pub fn disjoint_periods(a: &Claim, b: &Claim) -> bool {
    let periods = |c: &Claim| -> Vec<DateValue> {
        explicit_dates(c)
            .filter(|r| matches!(r.granularity, Granularity::Month | Granularity::Year))
            .collect()
    };
    let (pa, pb) = (periods(a), periods(b));
    !pa.is_empty() && !pb.is_empty() && !pa.iter().any(|x| pb.iter().any(|y| x.overlaps(y)))
}

/// True when one claim's figure spans a period (a month or a year) and the
/// other's only a day: "had gained 14% this year" / "closed up 11.6% on
/// Wednesday" measure two spans.
pub fn period_and_day(a: &Claim, b: &Claim) -> bool {
    let kinds = |c: &Claim| {
        let (mut period, mut day) = (false, false);
        for r in explicit_dates(c) {
            match r.granularity {
                Granularity::Month | Granularity::Year => period = true,
                Granularity::Day => day = true,
                _ => {}
            }
        }
        (period, day)
    };
    let ((pa, da), (pb, db)) = (kinds(a), kinds(b));
    pa && !da && db && !pb || pb && !db && da && !pa
}

/// True when both claims date their figures to days and no day of one is
/// a day of the other: "5,400 hectares by Tuesday evening" / "3,100
/// hectares by noon on Monday" are one tally at two moments.
pub fn tallied_apart(a: &Claim, b: &Claim) -> bool {
    let days = |c: &Claim| -> Vec<DateValue> {
        c.dates
            .iter()
            // The edge of a period is no moment of the tally, but "by
            // Tuesday" is one.
            .filter(|d| {
                !d.prep
                    .as_deref()
                    .is_some_and(|p| p != "by" && BOUNDARY.contains(&p))
            })
            .filter_map(|d| d.range)
            .filter(|r| r.granularity == Granularity::Day && r.start.year().is_some())
            .collect()
    };
    let (da, db) = (days(a), days(b));
    if !da.is_empty() && !db.is_empty() && !da.iter().any(|x| db.iter().any(|y| x.overlaps(y))) {
        return true;
    }
    // Times of day: "By midday, 64 ..." / "more than 130 ... by Tuesday night".
    let (ta, tb) = (as_of(&a.text), as_of(&b.text));
    !ta.is_empty() && !tb.is_empty() && !ta.iter().any(|x| tb.contains(x))
}

/// True when both claims name a part of the day and none of one is a part
/// of the other: "moved into the wards on Monday morning" / "no patients
/// have been moved overnight" tell two stretches of time.
pub fn parts_of_day_apart(a: &Claim, b: &Claim) -> bool {
    let parts = |c: &Claim| -> Vec<&'static str> {
        let mut out: Vec<&'static str> = c
            .text
            .split(|ch: char| !ch.is_alphanumeric())
            // Not in a name ("the Evening Standard").
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .filter_map(|w| Lexicon::part_of_day(&w.to_lowercase()))
            .collect();
        out.dedup();
        out
    };
    let (pa, pb) = (parts(a), parts(b));
    !pa.is_empty() && !pb.is_empty() && !pa.iter().any(|p| pb.contains(p))
}

/// True when a claim counts up to a time of day ("52 percent by 6 p.m.
/// Sunday", "as of noon"): a running tally, below the count of the whole.
pub fn tally_by_time(c: &Claim) -> bool {
    !as_of(&c.text).is_empty()
}

/// The times a text counts "by": "by midday", "by Tuesday night", "as of
/// 6 p.m." (the words after "by" up to the time word, lowercased).
fn as_of(text: &str) -> Vec<String> {
    let words: Vec<String> = text
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| matches!(c, ',' | ';' | '.' | '(' | ')'))
                .to_lowercase()
        })
        .collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let by = w == "by" || (w == "of" && i > 0 && words[i - 1] == "as");
        if !by {
            continue;
        }
        if let Some(k) = (i + 1..(i + 5).min(words.len())).find(|&k| {
            // The final period of "p.m." went with the punctuation.
            let w = words[k].as_str();
            Lexicon::time_of_day(w) || Lexicon::time_of_day(&format!("{w}."))
        }) {
            // Only words of time between: "by 6 p.m. Sunday", "by late
            // Tuesday night"; not "arrested by police on Saturday night".
            let lx = crate::lexicon::Lexicon::builtin();
            let timely = words[i + 1..k].iter().all(|w| {
                w.chars().any(|c| c.is_ascii_digit())
                    || lx.dates.contains_key(w.as_str())
                    || matches!(
                        w.as_str(),
                        "late" | "early" | "mid" | "the" | "this" | "on" | "about" | "around"
                    )
            });
            if timely {
                out.push(words[i + 1..=k].join(" "));
            }
        }
    }
    out
}

/// True when two claims without an article date to resolve against name
/// their times in different words ("In January, five cables were cut" /
/// "three cables were damaged Friday"): two moments as far as the text
/// tells.
pub fn named_apart(a: &Claim, b: &Claim) -> bool {
    let unresolved = |c: &Claim| {
        // No value, or one without its year ("--01" for "January").
        c.facts.doc_date.is_none()
            && !c.dates.is_empty()
            && c.dates
                .iter()
                .all(|d| d.value.as_ref().is_none_or(|v| v.starts_with("--")))
    };
    if !unresolved(a) || !unresolved(b) {
        return false;
    }
    let words = |c: &Claim| -> Vec<String> {
        c.dates
            .iter()
            .flat_map(|d| {
                d.text
                    .split_whitespace()
                    .map(str::to_lowercase)
                    .collect::<Vec<_>>()
            })
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    !wa.iter().any(|w| wb.contains(w))
}

/// True when the dates nearest a figure of a claim, before and after it,
/// are a year or more before the article: "the frost of April 1997, which
/// cost the valley an estimated 80 percent" counts 1997's loss though the
/// claim also speaks of this week.
pub fn figure_of_the_past(c: &Claim, n: &crate::parse::NumberMention) -> bool {
    let Some(doc) = c.facts.doc_date else {
        return false;
    };
    let at = n.span.start();
    // A comparison ("the worst since 2011") dates no figure.
    // ("since April 1997, when ... 80 percent" dates the clause after it).
    let dated = |d: &&DateRef| {
        let after = around(c, d).1.trim_start_matches([',', ' ']);
        let when = after
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("when "));
        d.range.is_some() && d.span != n.span && (d.prep.as_deref() != Some("since") || when)
    };
    // Nor does a relative clause closed before the figure ("The viaduct,
    // which opened in 1974, carries about 38,000 vehicles a day").
    let closed_aside = |d: &&DateRef| {
        in_relative_clause(c, d)
            && c.text_after(d.span.end())
                .get(..at.saturating_sub(d.span.end()))
                .is_some_and(|t| t.contains(','))
    };
    let before = c
        .dates
        .iter()
        .filter(dated)
        .filter(|d| d.span.end() <= at && !closed_aside(d))
        .max_by_key(|d| d.span.end());
    let after = c
        .dates
        .iter()
        .filter(dated)
        .filter(|d| d.span.start() >= n.span.end())
        .min_by_key(|d| d.span.start());
    let old = |d: &DateRef| {
        d.range.is_some_and(|r| {
            r.start.year().is_some()
                && r.start.days_to(doc).is_some_and(|d| d >= 300)
                && r.end.days_to(doc).is_some_and(|d| d > 0)
        })
    };
    // Old on every side it is dated from ("The landslide, where a road was
    // built in 2019, killed 12 people on Sunday" counts Sunday's dead).
    (before.is_some() || after.is_some()) && before.is_none_or(old) && after.is_none_or(old)
}

/// True when one claim is dated a year or more before its article ("at the
/// same point last year", "in the last election in 2022") and the other
/// gives no date: background set against the news of the day, not one fact.
/// A month back ("last month's ballot") is still the story's own time.
pub fn background_and_news(a: &Claim, b: &Claim) -> bool {
    background_of(a, b).is_some()
}

/// True for a claim told over years with no year named ("sold more than
/// 5,000 bottles over five years", "for three years"): no news of the day,
/// it may be the span another report dates ("between 2017 and 2022").
pub fn told_over_years(c: &Claim) -> bool {
    c.numbers.iter().take(super::DETAIL).any(|n| {
        n.noun.as_deref() == Some("year")
            && n.unit.is_none()
            && (c
                .text_after(n.span.start())
                .to_lowercase()
                .starts_with("over ")
                || super::number::words_before(c, n, 1).any(|w| {
                    matches!(
                        w.as_str(),
                        "for" | "over" | "across" | "during" | "within" | "past" | "last"
                    )
                }))
    })
}

/// The claim that is background in [`background_and_news`], if any.
pub fn background_of<'a>(a: &'a Claim, b: &'a Claim) -> Option<&'a Claim> {
    let old = |c: &Claim| {
        let Some(doc) = c.facts.doc_date else {
            return false;
        };
        let mut dates = explicit_dates(c).peekable();
        dates.peek().is_some()
            && dates.all(|r| {
                r.start.days_to(doc).is_some_and(|d| d >= 300)
                    && r.end.days_to(doc).is_some_and(|d| d > 0)
            })
    };
    if old(a) && !explicit(b) && !told_over_years(b) {
        Some(a)
    } else if old(b) && !explicit(a) && !told_over_years(a) {
        Some(b)
    } else {
        None
    }
}

/// True when both claims give dates of their own and none meets the other's:
/// opposite acts so dated follow each other ("was hired on April 21, 2004" /
/// "was fired on Monday"; "sales rose in 2019" / "sales fell in 2020"). Not
/// for a state, which may have held since the other's date ("the path had
/// been closed on Friday" / "the path was open on Saturday").
pub fn dated_apart(a: &Claim, b: &Claim) -> bool {
    // A state kept until a change dated after it ("will remain closed
    // tomorrow" / "will reopen on Thursday") follows it too.
    let kept_before = |s: &Claim, e: &Claim| lasting(s) && !state(e) && before(s, e);
    explicit(a)
        && explicit(b)
        && (!state(a) && !state(b) || kept_before(a, b) || kept_before(b, a))
        && gap_days(a, b).is_some_and(|d| d > 0)
}

/// True when every date of `a` ends before any date of `b` starts, both
/// given in the text: "had not conceded on Sunday" precedes "conceded on
/// Tuesday" (a denial overtaken by events, no clash).
pub fn before(a: &Claim, b: &Claim) -> bool {
    let (wa, wb) = (when(a), when(b));
    explicit(a) && explicit(b) && wa.iter().all(|x| wb.iter().all(|y| x.end < y.start))
}

/// True when a claim tells of a state: one that lasts ("stayed closed"),
/// or an adjective after a form of "be" ("was open", "is safe").
/// True for an act told as going on ("were breathing without help on
/// Thursday", "was still recovering"): it holds over days, as a state does.
fn ongoing(c: &Claim) -> bool {
    // Not one a point event interrupts ("was carrying 40 passengers when
    // it sank on Wednesday"): the date may be the event's.
    let interrupted = c
        .text
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("when"));
    !interrupted
        && c.predicate_words(1).is_some_and(|words| {
            words.windows(2).any(|w| {
                matches!(w[0].as_str(), "is" | "was" | "are" | "were" | "been")
                    && w[1].len() > 4
                    && w[1].ends_with("ing")
            })
        })
}

fn state(c: &Claim) -> bool {
    let copula = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "is" | "was" | "are" | "were" | "be" | "been" | "being"
        )
    };
    lasting(c)
        || c.frame.predicate.as_ref().is_some_and(|p| {
            // The predicate's text holds its auxiliaries ("was open").
            let mut words = p.text.split_whitespace().rev();
            let last = words.next().unwrap_or("");
            let before = p.span.start().saturating_sub(c.span.start());
            let prev = words.next().or_else(|| {
                c.text
                    .get(..before)
                    .and_then(|t| t.split_whitespace().next_back())
            });
            // An adjective is its own lemma; a participle ("was closed") is not.
            prev.is_some_and(copula) && last.to_lowercase() == p.lemma
        })
}

/// Days between two claims' times; `None` when either is unknown, 0 when
/// they meet. An explicit date is not set against an article's date: "last
/// month's ballot" in an article of 11 November says nothing of when a claim
/// without a date happened.
pub fn gap_days(a: &Claim, b: &Claim) -> Option<i64> {
    let (wa, wb) = (when(a), when(b));
    if explicit(a) != explicit(b) {
        return None;
    }
    let mut best: Option<i64> = None;
    for x in &wa {
        for y in &wb {
            let d = if x.overlaps(y) {
                0
            } else {
                let (p, q): (CivilDate, CivilDate) = if x.end < y.start {
                    (x.end, y.start)
                } else {
                    (y.end, x.start)
                };
                p.days_to(q).map_or(i64::MAX, i64::abs)
            };
            best = Some(best.map_or(d, |b: i64| b.min(d)));
        }
    }
    best
}

/// True when `x` tells of a day after `y`'s article was written, up to its
/// own article's day: news `y` could not have had ("after the last two were
/// found on Thursday" in a Thursday article / Wednesday's count).
/// The day a date names, when it names one.
pub fn day(d: &crate::claims::DateRef) -> Option<crate::parse::date::CivilDate> {
    d.range
        .filter(|r| r.granularity == Granularity::Day)
        .map(|r| r.start)
}

/// True when two claims name one same day.
pub fn same_day(a: &Claim, b: &Claim) -> bool {
    a.dates.iter().any(|x| {
        b.dates.iter().any(|y| {
            x.range
                .zip(y.range)
                .is_some_and(|(r, s)| r.granularity == Granularity::Day && r == s)
        })
    })
}

/// A day of telling ("engineers said on Wednesday") is no day of the
/// counted act when the claim dates the act itself ("22 homes were
/// evacuated on Tuesday"): the count is of that day.
pub fn told_after(x: &Claim, y: &Claim) -> bool {
    let (Some(own), Some(other)) = (x.facts.doc_date, y.facts.doc_date) else {
        return false;
    };
    let cues = &crate::lexicon::Lexicon::builtin().cues;
    // A date tied to no act, or to a cue ("said on Wednesday"), may be
    // one of telling.
    let telling = |d: &crate::claims::DateRef| {
        d.anchor
            .verb
            .as_deref()
            .is_none_or(|v| cues.contains_key(v))
    };
    // The act dated must be the claim's own ("were evacuated on Tuesday"),
    // not one it counts from ("have been evacuated since a main burst on
    // Tuesday": a running total).
    let wn = crate::lexicon::wordnet::WordNet::builtin();
    let own_act = |d: &crate::claims::DateRef| {
        let lemma = |w: &str| wn.lemma(w, crate::lexicon::wordnet::Pos::Verb);
        let since = x
            .text_before(d.span.start())
            .split_whitespace()
            .rev()
            .take(6)
            .any(|w| w.eq_ignore_ascii_case("since"));
        !since
            && match (&x.frame.predicate, d.anchor.verb.as_deref()) {
                (Some(p), Some(v)) => p.id.is_some() && lemma(v) == p.id,
                _ => false,
            }
    };
    let act_dated = x
        .dates
        .iter()
        .any(|d| day(d).is_some() && !telling(d) && own_act(d));
    x.dates
        .iter()
        .filter(|d| !(act_dated && telling(d)))
        .filter_map(day)
        .any(|start| {
            other.days_to(start).is_some_and(|g| g > 0)
                && start.days_to(own).is_some_and(|g| g >= 0)
        })
}

#[cfg(test)]
mod tests {
    use crate::compare::FindingType;
    use crate::compare::testing::{between, contradictions};

    #[test]
    fn a_verb_past_a_long_object_dates_its_act() {
        use crate::compare::FindingType;
        use crate::compare::testing::bodies_on;
        let a = "The Danish delegation walked out on Thursday afternoon, ending the talks on \
                 North Sea herring quotas.";
        let b = "The Danish delegation walked out of the talks on North Sea herring quotas \
                 late on Wednesday, officials said.";
        assert_eq!(bodies_on("2026-03-13", a, b, FindingType::Date), 1);
        // Found that far, a different verb does not part two dates that
        // share their words.
        let x = crate::claims::Anchor {
            verb: Some("walk".into()),
            words: vec!["quota".into()],
            far: true,
            ..Default::default()
        };
        let y = crate::claims::Anchor {
            verb: Some("cut".into()),
            words: vec!["quota".into()],
            ..Default::default()
        };
        let lx = crate::lexicon::Lexicon::builtin();
        let vocab = crate::align::Vocab::default();
        assert!(super::anchors_meet(&x, &y, lx, &vocab));
        assert!(!super::anchors_meet(
            &crate::claims::Anchor { far: false, ..x },
            &y,
            lx,
            &vocab
        ));
    }

    #[test]
    fn a_quake_striking_or_shaking_happened_once() {
        use crate::compare::testing::bodies_on;
        let a = "Mining at the Holbrook pit was halted after an earthquake shook homes \
                 across the valley late on Tuesday evening.";
        let b = "The tremor struck on Monday night, the council said.";
        assert_eq!(bodies_on("2026-03-12", a, b, FindingType::Date), 1);
        // A person striking is no happening of nature.
        let c = "Mining at the Holbrook pit was halted after a miner struck a supervisor \
                 late on Tuesday evening.";
        let d = "The pit's manager shook hands with the union on Monday night.";
        assert_eq!(bodies_on("2026-03-12", c, d, FindingType::Date), 0);
    }

    #[test]
    fn market_readings_of_two_days_are_two_readings() {
        use crate::compare::testing::bodies_on;
        let a = "In Wednesday trading, shares in Carrow Logistics edged higher.";
        let b = "Carrow Logistics shares were little changed in early trading on Thursday.";
        assert_eq!(bodies_on("2026-05-21", a, b, FindingType::Date), 0);
    }

    #[test]
    fn an_act_done_again_or_by_extra_ones_is_another() {
        use crate::compare::testing::bodies_on;
        let a = "Kelso Ferries cancelled all remaining sailings to Inchmore on Tuesday.";
        let b = "Sailings to Inchmore were cancelled again on Wednesday, Kelso Ferries said.";
        assert_eq!(bodies_on("2025-06-11", a, b, FindingType::Date), 0);
        let c = "Sailings to Inchmore were cancelled on Wednesday, Kelso Ferries said.";
        assert_eq!(bodies_on("2025-06-11", a, c, FindingType::Date), 1);
        // Extra ones are others of their kind.
        let d = "A fleet of 12 shuttle buses began running across the river on Tuesday morning.";
        let e = "The extra buses began running across the river on Wednesday, the council said.";
        assert_eq!(bodies_on("2025-02-19", d, e, FindingType::Date), 0);
        let f = "The shuttle buses began running across the river on Wednesday, the council said.";
        assert_eq!(bodies_on("2025-02-19", d, f, FindingType::Date), 1);
    }

    #[test]
    fn a_ranked_doer_is_one_of_several() {
        use crate::compare::testing::bodies_on;
        let a = "The Tamar crew reached Antigua on Sunday night after 38 days at sea.";
        let b = "A five-man crew from Norway was the first to reach Antigua, on Jan. 14.";
        assert_eq!(bodies_on("2025-01-21", a, b, FindingType::Date), 0);
        let c = "The Tamar crew reached Antigua on Jan. 14 after 38 days at sea.";
        assert_eq!(bodies_on("2025-01-21", a, c, FindingType::Date), 1);
        // One doer ranked on one side is still that doer.
        let d = "The aid convoy was the first to reach Dunmore on Tuesday.";
        let e = "The aid convoy reached Dunmore on Wednesday, officials said.";
        assert_eq!(bodies_on("2025-06-05", d, e, FindingType::Date), 1);
    }

    #[test]
    fn earliest_days_meet_only_their_kind() {
        use crate::compare::testing::bodies_on;
        // Two earliest days of one reopening clash, however negated.
        let a = "Officials said the Harlow Bridge would reopen no earlier than Friday, March 14.";
        let b = "The council said the Harlow Bridge would not reopen before Wednesday, April 2.";
        assert_eq!(bodies_on("2025-02-18", a, b, FindingType::Date), 1);
        let c = "The council said the Harlow Bridge would not reopen until Friday, March 14.";
        assert_eq!(bodies_on("2025-02-18", a, c, FindingType::Date), 0);
        // A day after the earliest one fits it; a day before clashes.
        let d = "The council said the Harlow Bridge would reopen on Wednesday, April 2.";
        assert_eq!(bodies_on("2025-02-18", a, d, FindingType::Date), 0);
        let e = "The council said the Harlow Bridge would reopen on Monday, March 10.";
        assert_eq!(bodies_on("2025-02-18", a, e, FindingType::Date), 1);
        // Nor is such a bound a denial of the reopening.
        assert_eq!(bodies_on("2025-02-18", b, d, FindingType::Negation), 0);
    }

    #[test]
    fn dates_of_two_acts_of_one_occasion() {
        use crate::compare::testing::bodies_on;
        // Entries opening and the awards being held are two events.
        let a = "Entries for next year's cheese awards open in January, the society said.";
        let b = "The society has confirmed that next year's cheese awards will again be held \
                 in June at the Corn Exchange.";
        assert_eq!(bodies_on("2025-06-20", a, b, FindingType::Date), 0);
        // Held in two months, they clash.
        let c = "The society has confirmed that next year's cheese awards will again be held \
                 in May at the Corn Exchange.";
        assert_eq!(bodies_on("2025-06-20", b, c, FindingType::Date), 1);
    }

    #[test]
    fn a_date_after_a_noun_dates_the_noun() {
        use crate::compare::testing::bodies_on;
        // "a second cut in August" dates the cut, not the easing after it.
        let a = "Mirela Dant, chief economist at Sorvik Bank, said she expected a second cut \
                 in August as inflation continued to ease.";
        let b = "Annual inflation eased to 3.4% in April, according to the statistics office.";
        assert_eq!(bodies_on("2026-05-06", a, b, FindingType::Date), 0);
        // A noun before the verb is its subject, no adjective of the verb.
        let c = "The terminal reopened to vessel traffic on Wednesday, port officials said.";
        let d = "The terminal reopened to vessel traffic on Thursday, the company said.";
        assert_eq!(bodies_on("2026-05-06", c, d, FindingType::Date), 1);
    }

    #[test]
    fn an_act_cue_dates_its_object_and_one_dated_act_is_compared() {
        use crate::compare::testing::bodies_on;
        // "announced the recall on Monday" dates the announcement, however
        // little else the two sentences share.
        let a = "The recall, announced on 11 March, covers kettles sold since September.";
        let b = "The firm announced the recall on Monday 10 March, following a review of \
                 customer complaints.";
        assert_eq!(bodies_on("2025-03-12", a, b, FindingType::Date), 1);
        // A telling cue dates no act: "said the recall on Monday" is not
        // read so, nor is another act of the same thing.
        let c = "The firm completed the recall on Friday 7 March, its engineers said.";
        assert_eq!(bodies_on("2025-03-12", a, c, FindingType::Date), 0);
        // Another owner's thing is another thing.
        let f = "The government announced the plan on 3 March.";
        let g = "The opposition's plan, announced on 1 March, would cut fares.";
        assert_eq!(bodies_on("2025-03-12", f, g, FindingType::Date), 0);
        // A date in brackets restates the one before, boundary and all.
        let d = "Engineers were able to restore some services by Saturday afternoon \
                 [8 March 2025].";
        let e = "The company restored services to its customers on 11 March 2025.";
        assert_eq!(bodies_on("2025-03-12", d, e, FindingType::Date), 0);
    }

    #[test]
    fn a_light_verb_dates_the_act_its_object_names() {
        let a = "outlet: Alpha\ndate: 2022-10-15\n\n\
            The Kostel campaign filed its request for a recount in three districts on Wednesday.\n";
        let b = "outlet: Beta\ndate: 2022-10-15\n\n\
            The Kostel campaign asked for a recount in three districts on Thursday.\n";
        assert_eq!(between(a, b, FindingType::Date), 1);
    }

    #[test]
    fn a_weekday_no_tense_marks_meets_the_coming_day() {
        // Sunday's "concert on Saturday" may be the coming one.
        let a = "outlet: Alpha News\ndate: 2025-03-09\n\n\
            As of Friday, 1,600 seats for the homecoming concert on Saturday had been sold, the box office said.\n";
        let b = "outlet: Beta Post\ndate: 2025-03-10\n\n\
            Tickets for the homecoming concert on Saturday, March 15, had sold out by Sunday evening, the hall said.\n";
        assert_eq!(between(a, b, FindingType::Date), 0);
    }

    #[test]
    fn the_second_end_of_a_period_is_a_boundary() {
        let a = "outlet: Alpha News\ndate: 2025-03-09\n\n\
            The orchestra played 22 concerts between Feb. 2 and March 7, the orchestra said.\n";
        let b = "outlet: Beta Post\ndate: 2025-03-09\n\n\
            The orchestra played its last concert of the tour on March 6, the orchestra said.\n";
        assert_eq!(between(a, b, FindingType::Date), 0);
    }

    #[test]
    fn a_date_of_staying_is_no_date_of_the_event() {
        let a = "outlet: Alpha News\ndate: 2025-03-06\n\n\
            Fire swept through the Corliss plant on Tuesday night, and nine workers were hurt.\n";
        let b = "outlet: Beta Post\ndate: 2025-03-06\n\n\
            Two workers hurt in the fire at the Corliss plant remained in hospital on Thursday morning.\n";
        assert_eq!(between(a, b, FindingType::Date), 0);
    }

    #[test]
    fn expecting_is_no_event() {
        let a = "outlet: Alpha News\ndate: 2025-11-08\n\n\
            Classes are expected to resume on Monday, the ministry said.\n";
        let b = "outlet: Beta Post\ndate: 2025-11-08\n\n\
            Members will vote on the agreement on Nov. 19, with results expected the following day.\n";
        assert_eq!(between(a, b, FindingType::Date), 0);
    }

    #[test]
    fn a_part_of_the_day_alone_ties_no_two_acts() {
        let a = "outlet: Alpha News\ndate: 2025-01-20\n\n\
            The avalanche came down on Friday morning, burying five skiers.\n";
        let b = "outlet: Beta Post\ndate: 2025-01-20\n\n\
            The pass road reopened to traffic on Monday morning after the avalanche.\n";
        assert_eq!(between(a, b, FindingType::Date), 0);
    }

    #[test]
    fn tallies_by_a_clock_time_are_moments() {
        let a = "outlet: Alpha News\ndate: 2025-10-16\n\n\
            The rescue shaft had reached 180 metres as of 6 a.m. Wednesday, the company said.\n";
        let b = "outlet: Beta Post\ndate: 2025-10-16\n\n\
            The rescue shaft had reached 350 metres by 8 a.m. Thursday, the company said.\n";
        assert_eq!(between(a, b, FindingType::Date), 0);
        // "shortly after" a clock time is a moment, still compared.
        let c = "outlet: Alpha News\ndate: 2025-10-16\n\n\
            Part of the tunnel roof gave way shortly after 7:30 a.m. Tuesday, officials said.\n";
        let d = "outlet: Beta Post\ndate: 2025-10-16\n\n\
            Part of the tunnel roof gave way late Sunday, officials said.\n";
        assert_eq!(between(c, d, FindingType::Date), 1);
    }

    #[test]
    fn acts_alike_by_their_whole_predicates_date_one_event() {
        let a = "outlet: Alpha\ndate: 2025-01-14\n\n\
            A section of the Holm Park roof caved in under heavy snow early on Tuesday, officials said.\n";
        let b = "outlet: Beta\ndate: 2025-01-14\n\n\
            Part of the Holm Park roof collapsed in the early hours of Monday, the fire service said.\n";
        assert_eq!(between(a, b, FindingType::Date), 1);
    }

    #[test]
    fn the_moment_of_a_tally_is_no_date_of_an_event() {
        let a = "outlet: Alpha\ndate: 2024-09-30\n\n\
            The measles outbreak has 47 confirmed cases as of Monday, county health officials said.\n";
        let b = "outlet: Beta\ndate: 2024-10-01\n\n\
            The first measles case was confirmed on Sept. 19, county records show.\n";
        assert_eq!(between(a, b, FindingType::Date), 0);
        let c = "outlet: Gamma\ndate: 2024-10-01\n\n\
            The first measles case was confirmed on Sept. 12, county records show.\n";
        assert_eq!(between(b, c, FindingType::Date), 1);
    }

    #[test]
    fn figures_of_times_named_apart_without_an_article_date() {
        let a =
            "outlet: Alpha\n\nIn January, five undersea cables were cut in the Mediterranean.\n";
        let b = "outlet: Beta\n\nThree undersea cables were cut in the Mediterranean on Friday.\n";
        assert_eq!(between(a, b, FindingType::Number), 0);
        let a = "outlet: Alpha\n\nFive undersea cables were cut in the Mediterranean on Friday.\n";
        assert_eq!(between(a, b, FindingType::Number), 1);
    }

    fn dates(a: &str, b: &str) -> usize {
        between(a, b, FindingType::Date)
    }

    #[test]
    fn a_day_told_against_a_month_by_one_verb() {
        let a = "outlet: Alpha News\ndate: 2026-02-10\n\n\
            The sale of the brewery to its staff is expected to complete on April 1.\n";
        let b = "outlet: Beta Post\ndate: 2026-02-10\n\n\
            The family will complete the sale of the brewery to its staff in early May.\n";
        assert_eq!(dates(a, b), 1);
        let c = "outlet: Beta Post\ndate: 2026-02-10\n\n\
            The family will complete the sale of the brewery to its staff in April.\n";
        assert_eq!(dates(a, c), 0);
        // One gone and one ahead are two acts.
        let d = "outlet: Alpha News\ndate: 2026-02-10\n\n\
            The new hospital wing opened to patients on Monday.\n";
        let e = "outlet: Beta Post\ndate: 2026-02-10\n\n\
            A car park beside the new hospital wing is due to open in May.\n";
        assert_eq!(dates(d, e), 0);
    }

    #[test]
    fn an_act_going_on_holds_over_days() {
        let a = "outlet: Alpha News\ndate: 2026-03-13\n\n\
            Both patients were breathing without assistance on Wednesday, the hospital said.\n";
        let b = "outlet: Beta Post\ndate: 2026-03-13\n\n\
            Both patients were breathing without help on Thursday, the hospital said.\n";
        assert_eq!(dates(a, b), 0);
        let c = "outlet: Beta Post\ndate: 2026-03-13\n\n\
            Both patients began breathing without help on Thursday, the hospital said.\n";
        let d = "outlet: Alpha News\ndate: 2026-03-13\n\n\
            Both patients began breathing without assistance on Wednesday, the hospital said.\n";
        assert_eq!(dates(d, c), 1);
        // Not an act a dated event interrupts.
        let e = "outlet: Alpha News\ndate: 2026-03-13\n\n\
            The ferry was carrying 40 passengers when it sank on Wednesday.\n";
        let f = "outlet: Beta Post\ndate: 2026-03-13\n\n\
            The ferry was carrying 40 passengers when it sank on Thursday.\n";
        assert_eq!(dates(e, f), 1);
    }

    #[test]
    fn locked_up_is_jailed() {
        // "locked up" is a jailing (the news list of synonyms).
        let a = "outlet: Alpha News\ndate: 2025-03-08\n\n\
            A builder who conned pensioners was jailed for five years on Friday.\n";
        let b = "outlet: Beta Post\ndate: 2025-03-08\n\n\
            A builder who conned pensioners was locked up on Thursday for five years.\n";
        assert_eq!(dates(a, b), 1);
    }

    #[test]
    fn a_day_and_a_month_told_by_synonyms() {
        let a = "outlet: Alpha News\ndate: 2024-11-20\n\n\
            The bakery will close its doors for the last time on Jan. 18.\n";
        let b = "outlet: Beta Post\ndate: 2024-11-20\n\n\
            The bakery will shut for good at the end of February.\n";
        assert_eq!(dates(a, b), 1);
        // A kind of the act is another act: opening an exhibition is no
        // reopening.
        let c = "outlet: Alpha News\ndate: 2025-03-12\n\n\
            The museum had been due to open a new exhibition next month.\n";
        let d = "outlet: Beta Post\ndate: 2025-03-12\n\n\
            The museum is expected to reopen to visitors on Saturday.\n";
        assert_eq!(dates(c, d), 0);
        // Nor a closure for a day and one for good, nor two things closed.
        let e = "outlet: Alpha News\ndate: 2024-11-20\n\n\
            The bakery will close early on Jan. 18 for the holiday.\n";
        assert_eq!(dates(e, b), 0);
        let f = "outlet: Alpha News\ndate: 2024-11-20\n\n\
            The council will close the road on Jan. 18.\n";
        let g = "outlet: Beta Post\ndate: 2024-11-20\n\n\
            The council will shut the library at the end of February.\n";
        assert_eq!(dates(f, g), 0);
    }

    #[test]
    fn a_thing_giving_way_fails() {
        // "gave way" is one verb, a kind of failing: one act, two days.
        let a = "outlet: Alpha News\ndate: 2025-03-12\n\n\
            The weir gave way shortly before dawn on Tuesday, engineers said.\n";
        let b = "outlet: Beta Post\ndate: 2025-03-12\n\n\
            The weir failed late on Monday evening, engineers said.\n";
        assert_eq!(dates(a, b), 1);
    }

    #[test]
    fn one_act_by_and_to_the_same_told_in_kindred_verbs_has_one_day() {
        // "raid" is a kind of "search": done by detectives to the
        // council's headquarters on both sides.
        let a = "outlet: Alpha News\ndate: 2024-06-07\n\n\
            Detectives raided the headquarters of Harlow District Council on Thursday \
            and arrested two men.\n";
        let b = "outlet: Beta Post\ndate: 2024-06-07\n\n\
            Detectives searched the council's Mercer House headquarters on Wednesday \
            and arrested a man.\n";
        assert_eq!(dates(a, b), 1);
        // The home of someone else is another thing searched.
        let c = "outlet: Beta Post\ndate: 2024-06-07\n\n\
            Detectives searched a house in Tilbury on Wednesday and arrested a man.\n";
        assert_eq!(dates(a, c), 0);
    }

    #[test]
    fn a_count_told_of_a_day_after_the_other_report_is_news() {
        let a = "outlet: Alpha News\ndate: 2025-03-05\n\n\
            Five escaped otters are back at the Dunmore wildlife park.\n";
        let b = "outlet: Beta Post\ndate: 2025-03-06\n\n\
            All seven otters that escaped are back at the Dunmore wildlife park, after the \
            last two were found on Thursday morning.\n";
        assert_eq!(between(a, b, FindingType::Number), 0);
        // Both of one day clash.
        let c = "outlet: Beta Post\ndate: 2025-03-05\n\n\
            All seven otters that escaped are back at the Dunmore wildlife park, after the \
            last two were found on Wednesday morning.\n";
        assert_eq!(between(a, c, FindingType::Number), 1);
        // A count of an act dated the other report's day, told a day later,
        // is of that day.
        let f = "outlet: Alpha News\ndate: 2025-03-04\n\n\
            Fourteen homes in Dunmore were evacuated on Tuesday after a water main burst.\n";
        let g = "outlet: Beta Post\ndate: 2025-03-05\n\n\
            Twenty-two homes in Dunmore were evacuated on Tuesday after a water main burst, \
            and engineers said on Wednesday that repairs would take a week.\n";
        assert_eq!(between(f, g, FindingType::Number), 1);
        // A running total since a dated act is no count of that day.
        let h = "outlet: Beta Post\ndate: 2025-03-05\n\n\
            Twenty-two homes in Dunmore have been evacuated since a water main burst on Tuesday, \
            and engineers said on Wednesday that repairs would take a week.\n";
        assert_eq!(between(f, h, FindingType::Number), 0);
        // A price is no running count.
        let d =
            "outlet: Alpha News\ndate: 2025-03-05\n\nThe Dunmore footbridge cost £5m to build.\n";
        let e = "outlet: Beta Post\ndate: 2025-03-07\n\n\
            The Dunmore footbridge, which reopened on Thursday, cost £9m to build.\n";
        assert_eq!(between(d, e, FindingType::Number), 1);
    }

    #[test]
    fn what_will_happen_and_what_happened_need_one_verb() {
        // "will reopen on Saturday" is dated by "reopen", not "closed".
        let a = "outlet: Alpha News\ndate: 2025-03-05\n\n\
            The Dunmore wildlife park closed to the public on Wednesday.\n";
        let b = "outlet: Beta Post\ndate: 2025-03-06\n\n\
            The Dunmore wildlife park has been closed since Wednesday and will reopen on Saturday.\n";
        assert_eq!(dates(a, b), 0);
        // A meeting to come and a walkout that was, in one hospital strike.
        let c = "outlet: Alpha News\ndate: 2025-03-04\n\n\
            Negotiators in the Dunmore hospital strike will meet again on Friday.\n";
        let d = "outlet: Beta Post\ndate: 2025-03-04\n\n\
            About 2,300 nurses walked out at two Dunmore hospitals for a second day on Tuesday.\n";
        assert_eq!(dates(c, d), 0);
        // One verb: the dates clash.
        let e = "outlet: Beta Post\ndate: 2025-03-04\n\n\
            Negotiators in the Dunmore hospital strike met again on Tuesday.\n";
        assert_eq!(dates(c, e), 1);
    }

    #[test]
    fn a_revised_estimate_and_a_date_before_its_verb() {
        let a = "outlet: Alpha News\ndate: 2024-05-17\n\n\
            The Dunmore council on Wednesday approved raising the bus fare to $2.75.\n";
        // The date before its verb dates that verb: another act.
        let b = "outlet: Beta Post\ndate: 2024-05-17\n\n\
            The Dunmore council on Thursday raised the price of a day ticket.\n";
        assert_eq!(dates(a, b), 0);
        // A revision of an estimate is dated by the revision.
        let c = "outlet: Beta Post\ndate: 2024-05-17\n\n\
            The Dunmore transit authority backed the fare increase by a vote of six to three \
            on Wednesday.\n";
        let d = "outlet: Alpha News\ndate: 2024-05-17\n\n\
            The Dunmore transit authority on Thursday raised its estimate of what the fare \
            increase will bring in.\n";
        assert_eq!(dates(c, d), 0);
        // The revision's own date only: the event it mentions keeps its day.
        let e = "outlet: Alpha News\ndate: 2024-05-17\n\n\
            The agency revised its flood estimate on Friday, after the Dun river burst its \
            banks on Tuesday.\n";
        let f = "outlet: Beta Post\ndate: 2024-05-17\n\nThe Dun river burst its banks on Monday.\n";
        assert_eq!(dates(e, f), 1);
    }

    #[test]
    fn dates_without_a_year_clash_inside_one_wire_story() {
        let wire = "LIMA, March 3 (Reuters) - A road bridge collapsed near the capital on Sunday.\n\n\
            The Lima Herald, citing transport ministry records, said the bridge had last been \
            inspected on Feb. 12. Radio Andina reported that the most recent inspection took \
            place on Feb. 2.\n";
        assert_eq!(contradictions(&[("wire.txt", wire)], FindingType::Date), 1);
    }

    #[test]
    fn dates_without_a_year_in_two_documents_are_not_compared() {
        let a = "LIMA, March 3 (Reuters) - The bridge had last been inspected on Feb. 12, \
            the ministry said.\n";
        let b = "LIMA, March 3 (AP) - The bridge had last been inspected on Feb. 2, \
            the ministry said.\n";
        assert_eq!(dates(a, b), 0);
    }

    const CRASH: &str = "outlet: Alpha News\ndate: 2025-06-16\n\n\
        A cargo jet overran the runway at Belmont airport shortly before 10 p.m. Saturday, officials said.\n";

    #[test]
    fn states_and_readings_on_two_days_are_no_clash() {
        let a = "outlet: Alpha News\ndate: 2025-06-17\n\n\
            Highway 41 was shut on Monday, and troopers turned back motorists, police said.\n";
        let b = "outlet: Beta Post\ndate: 2025-06-17\n\n\
            Highway 41 stayed closed all day Tuesday, police said.\n";
        assert_eq!(dates(a, b), 0);
        // The act a time clause after the attribution tells has its day,
        // whatever state the claim tells.
        let c = "outlet: Alpha News\ndate: 2025-06-20\n\n\
            The bridge will remain closed for four months, the engineer said Friday, two days \
            after the city shut the bridge late Wednesday.\n";
        let d = "outlet: Beta Post\ndate: 2025-06-20\n\n\
            The bridge was closed to traffic on Thursday, city officials said.\n";
        assert_eq!(dates(c, d), 1);
        let a = "outlet: Alpha News\ndate: 2025-06-17\n\n\
            The fire was 15 percent contained on Tuesday, the fire department said.\n";
        let b = "outlet: Beta Post\ndate: 2025-06-17\n\n\
            The fire was zero percent contained on Monday, the fire department said.\n";
        assert_eq!(dates(a, b), 0);
        // An event on two days still clashes.
        let a = "outlet: Alpha News\ndate: 2025-06-17\n\n\
            Highway 41 was closed by police on Monday after the crash.\n";
        let b = "outlet: Beta Post\ndate: 2025-06-17\n\n\
            Highway 41 was closed by police on Sunday after the crash.\n";
        assert_eq!(dates(a, b), 1);
    }

    #[test]
    fn a_change_is_dated_apart_from_the_event() {
        let b = "outlet: Beta Post\ndate: 2025-06-16\n\n\
            The number of people hurt when a cargo jet overran the runway at Belmont airport rose to 9 on Monday.\n";
        assert_eq!(dates(CRASH, b), 0);
    }

    #[test]
    fn a_date_after_a_conjunction_of_time_is_another_events() {
        let a = "outlet: Alpha News\ndate: 2025-01-20\n\n\
            The linebacker was arrested in Tampa five days before the playoff loss on Jan. 12, police said.\n";
        let b = "outlet: Beta Post\ndate: 2025-01-20\n\n\
            The linebacker was arrested in Tampa on Jan. 7, police said.\n";
        assert_eq!(dates(a, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2025-01-20\n\n\
            The linebacker was arrested in Tampa on Jan. 9, police said.\n";
        assert_eq!(dates(b, c), 1);
    }

    #[test]
    fn a_night_runs_into_the_early_hours_of_the_next_day() {
        let a = "outlet: Alpha News\ndate: 2025-01-20\n\n\
            Thieves broke into the museum on Saturday night, police said.\n";
        let b = "outlet: Beta Post\ndate: 2025-01-20\n\n\
            Thieves broke into the museum early on Sunday, police said.\n";
        assert_eq!(dates(a, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2025-01-20\n\n\
            Thieves broke into the museum on Sunday night, police said.\n";
        assert_eq!(dates(a, c), 1);
        let d = "outlet: Delta Daily\ndate: 2025-01-20\n\n\
            Thieves broke into the museum on Sunday afternoon, police said.\n";
        assert_eq!(dates(a, d), 1);
    }

    #[test]
    fn a_happening_told_in_a_relative_clause_is_its_verbs_subject() {
        let d = |a: &str, b: &str| {
            crate::compare::testing::bodies_on("2026-03-20", a, b, FindingType::Date)
        };
        let a = "Opening the case at the trial, which began on 2 February, the prosecutor \
                 told jurors that Tansley had taken the savings.";
        assert_eq!(
            d(
                a,
                "The trial, which opened on 9 February, has heard that Tansley took the savings."
            ),
            1
        );
        // Another subject: two events.
        assert_eq!(
            d(
                a,
                "The inquiry, which opened on 9 February, has heard that Tansley took the savings."
            ),
            0
        );
    }

    #[test]
    fn misfires_found_in_review_of_the_dating_rules() {
        let d = |a: &str, b: &str| {
            crate::compare::testing::bodies_on("2025-03-12", a, b, FindingType::Date)
        };
        // Both sides telling a second one tell the same one.
        assert_eq!(
            d(
                "A second man was arrested on Monday in connection with the stabbing, police said.",
                "A second man was arrested on Tuesday in connection with the stabbing, police said."
            ),
            1
        );
        // A doer of many acts: its acts on two days are two events.
        assert_eq!(
            d(
                "The council approved the Ledbury bypass on Monday, officials said.",
                "The council opened the Ledbury bypass on Thursday, officials said."
            ),
            0
        );
        // "are" is no past: the coming Friday.
        assert_eq!(
            d(
                "Strikes by nurses at the Harwick trust are on Friday and Saturday, the union said.",
                "Nurses at the Harwick trust will strike on Friday, the union said."
            ),
            0
        );
        // An evening is no small hour of the day after a night.
        assert_eq!(
            d(
                "The Calder Street fire broke out on Saturday night, firefighters said.",
                "The Calder Street fire broke out in the early evening on Sunday, firefighters said."
            ),
            1
        );
    }

    #[test]
    fn two_verbs_of_one_subject_tell_one_event() {
        let a = "outlet: Alpha News\ndate: 2025-01-20\n\n\
            A flash flood tore through Carrow Gorge on Saturday, killing two hikers, rescuers said.\n";
        let b = "outlet: Beta Post\ndate: 2025-01-20\n\n\
            The flood struck on Sunday in Carrow Gorge, killing two hikers, rescuers said.\n";
        assert_eq!(dates(a, b), 1);
        // An irregular past names its act: "swept" is no word of the event
        // "raised" dates.
        let c = "outlet: Gamma Daily\ndate: 2025-01-20\n\n\
            A hard frost swept the gorge on Sunday, growers said.\n";
        let d = "outlet: Delta Daily\ndate: 2025-01-20\n\n\
            The growers raised their estimate of the gorge frost on Monday.\n";
        assert_eq!(dates(c, d), 0);
        // News words for one happening are one subject ("fire" / "blaze").
        let e = "outlet: Gamma Daily\ndate: 2025-01-20\n\n\
            A fire broke out at the Hemsby timber yard on Friday evening, the fire service said.\n";
        let f = "outlet: Delta Daily\ndate: 2025-01-20\n\n\
            The blaze tore through the timber yard in Hemsby late on Saturday, officials said.\n";
        assert_eq!(dates(e, f), 1);
        // Joining a strike is no start of it.
        let g = "outlet: Gamma Daily\ndate: 2025-01-20\n\n\
            About 600 porters joined the strike at Kelby Infirmary on Monday, the union said.\n";
        let h = "outlet: Delta Daily\ndate: 2025-01-20\n\n\
            The strike at Kelby Infirmary began on Friday, the union said.\n";
        assert_eq!(dates(g, h), 0);
    }

    #[test]
    fn the_first_time_of_one_thing_is_one_event() {
        let a = "outlet: Alpha News\ndate: 2025-06-05\n\n\
            The bacteria were first detected on Tuesday during routine testing, the water \
            company said.\n";
        let b = "outlet: Beta Post\ndate: 2025-06-05\n\n\
            The bacteria first appeared in routine tests on Sunday, the water company said.\n";
        assert_eq!(dates(a, b), 1);
        // Without "first", two verbs tell two acts; so does an act on
        // others.
        let c = "outlet: Gamma Daily\ndate: 2025-06-05\n\n\
            The bacteria appeared in routine tests on Sunday, the water company said.\n";
        assert_eq!(dates(a, c), 0);
        let d = "outlet: Gamma Daily\ndate: 2025-06-05\n\n\
            The bacteria first sickened residents on Sunday, the water company said.\n";
        assert_eq!(dates(a, d), 0);
    }

    #[test]
    fn an_age_reached_is_dated_by_its_anniversary() {
        let a = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            The lido on Quarry Lane first opened its gates on 2 May 1925, paid for by a \
            gift from the brewer Amos Whitcombe.\n";
        let b = "outlet: Beta Post\ndate: 2025-05-02\n\
            title: Harrowgate lido turns 100 today after a weekend of swimming galas\n\n\
            The lido held galas all weekend.\n";
        assert_eq!(dates(a, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2025-05-02\n\n\
            The Quarry Lane lido first opened its gates on 9 May 1925.\n";
        assert_eq!(dates(a, c), 1);
        // Two ages reached on two days clash; a count turned away is none.
        let d = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            The Harrowgate lido turned 100 on Saturday with a swimming gala.\n";
        let e = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            The Harrowgate lido turned 100 on Sunday with a swimming gala.\n";
        assert_eq!(dates(d, e), 1);
        let f = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            Stewards turned 300 fans away from Harrowgate Park on Saturday.\n";
        let g = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            Stewards turned 300 fans away from Harrowgate Park on Sunday.\n";
        assert_eq!(dates(f, g), 1);
    }

    #[test]
    fn another_of_its_kind_is_another_event() {
        let a = "outlet: Alpha News\ndate: 2025-01-20\n\n\
            A storm flooded the harbour road on Saturday, officials said.\n";
        let b = "outlet: Beta Post\ndate: 2025-01-20\n\n\
            A second storm flooded the harbour road on Sunday, officials said.\n";
        assert_eq!(dates(a, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2025-01-20\n\n\
            The storm flooded the harbour road on Sunday, officials said.\n";
        assert_eq!(dates(a, c), 1);
        // A count of more is another occasion too.
        let d = "outlet: Alpha News\ndate: 2025-01-20\n\n\
            More than 2,000 people visited the Tollard town museum on Saturday as the \
            town marked the museum centenary, organisers said.\n";
        let e = "outlet: Beta Post\ndate: 2025-01-20\n\n\
            Attendance at the centenary reached about 3,000 after a further 900 people \
            visited the museum on Sunday, organisers said.\n";
        assert_eq!(dates(d, e), 0);
        let f = "outlet: Gamma Daily\ndate: 2025-01-20\n\n\
            Attendance at the centenary reached about 3,000 after 900 people \
            visited the museum on Sunday, organisers said.\n";
        assert_eq!(dates(d, f), 1);
        // Of another act in the claim, it dates nothing.
        let g = "outlet: Alpha News\ndate: 2025-01-20\n\n\
            The dam at Kelby burst on Sunday night, forcing another 300 residents from their \
            homes.\n";
        let h = "outlet: Beta Post\ndate: 2025-01-20\n\n\
            The dam at Kelby burst on Saturday night, forcing 300 residents from their homes.\n";
        assert_eq!(dates(g, h), 1);
    }

    #[test]
    fn a_verb_before_its_object_is_the_event() {
        // "overran the runway" and "reopened" are two events: a time marker
        // or the shared "runway" does not make them one.
        let b = "outlet: Beta Post\ndate: 2025-06-16\n\n\
            The runway at Belmont airport reopened at 2 p.m. on Sunday, officials said.\n";
        assert_eq!(dates(CRASH, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2025-06-16\n\n\
            A cargo jet overran the runway at Belmont airport late on Friday, officials said.\n";
        assert_eq!(dates(CRASH, c), 1);
    }

    #[test]
    fn an_explicit_date_is_not_set_against_an_articles_date() {
        // "last month's ballot" in an article of 11 November and a claim with
        // no date of its own: the figures are still compared.
        let a = "outlet: Alpha News\ndate: 2025-11-11\n\n\
            The strike was backed by 78% of members who voted in last month's ballot, the union said.\n";
        let b = "outlet: Beta Post\ndate: 2025-11-11\n\n\
            The strike was backed by 87% of members who voted in the ballot, the union said.\n";
        assert_eq!(between(a, b, FindingType::Number), 1);
    }
}
