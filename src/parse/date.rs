//! Dates: calendar dates with an optional year, date ranges, and the date
//! expressions of news copy resolved against the article's date.
//!
//! Expressions recognised (token grammar; month and weekday names from
//! `lexicon/data/dates.txt`):
//! ```text
//! date := weekday ","? explicit                 "Thursday, 12 September"
//!       | explicit                              "Nov. 12", "12 September", "March 11, 2025"
//!       | month year                            "March 2024"
//!       | ("in"|"since"|"by"|"until"|"from"|"early"|"late"|"mid") month     "in July"
//!       | ("last"|"next"|"this")? weekday       "Friday", "last Friday"
//!       | "yesterday" | "today" | "tonight" | "tomorrow" | "this" part-of-day | "last night"
//!       | ("last"|"next"|"this"|"earlier this") ("week"|"month"|"year"|season)
//!       | count ("days"|"weeks"|"months"|"years") ("ago"|"earlier"|"later"|"before"|"after")
//!       | ("in"|"since"|...) year               "in 2019"
//! explicit := month "."? day ("st"|"nd"|"rd"|"th")? (","? year)? | day month year?
//! ```
//! A weekday or a month without a year resolves to the nearest fitting day,
//! looking back in a past-tense sentence and ahead in a future one ("will",
//! "next", "scheduled").

use std::fmt;

use jiff::civil::Date;
use serde::Serialize;

use crate::lexicon::{DateWord, Lexicon, class};
use crate::parse::token::{Tokens, flag};
use crate::span::Span;

/// A calendar date whose year may be unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CivilDate {
    year: Option<i16>,
    month: u8,
    day: u8,
}

impl CivilDate {
    /// A date; `None` when the day does not exist (checked against the year
    /// when known, else against a leap year).
    pub fn new(year: Option<i16>, month: u8, day: u8) -> Option<CivilDate> {
        Date::new(year.unwrap_or(2024), month as i8, day as i8).ok()?;
        Some(CivilDate { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (anything after the tenth char, like a time, is ignored).
    pub fn parse_iso(s: &str) -> Option<CivilDate> {
        let s = s.trim();
        let head = s.get(..10)?;
        let mut it = head.split('-');
        let y: i16 = it.next()?.parse().ok()?;
        let m: u8 = it.next()?.parse().ok()?;
        let d: u8 = it.next()?.parse().ok()?;
        CivilDate::new(Some(y), m, d)
    }

    /// The year, if known.
    pub fn year(self) -> Option<i16> {
        self.year
    }

    /// The month, 1-12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day, 1-31.
    pub fn day(self) -> u8 {
        self.day
    }

    /// As a jiff date, when the year is known.
    pub fn to_jiff(self) -> Option<Date> {
        Date::new(self.year?, self.month as i8, self.day as i8).ok()
    }

    fn from_jiff(d: Date) -> CivilDate {
        CivilDate {
            year: Some(d.year()),
            month: d.month() as u8,
            day: d.day() as u8,
        }
    }

    /// Days from `self` to `other`, when both years are known.
    pub fn days_to(self, other: CivilDate) -> Option<i64> {
        let a = self.to_jiff()?;
        let b = other.to_jiff()?;
        Some(b.since(a).ok()?.get_days() as i64)
    }

    /// The date `n` days later (earlier when negative).
    pub fn add_days(self, n: i64) -> Option<CivilDate> {
        let d = self.to_jiff()?;
        d.checked_add(jiff::Span::new().days(n))
            .ok()
            .map(CivilDate::from_jiff)
    }

    /// ISO weekday, 1 (Monday) to 7 (Sunday).
    pub fn weekday(self) -> Option<u8> {
        Some(self.to_jiff()?.weekday().to_monday_one_offset() as u8)
    }
}

impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(y) => write!(f, "{y:04}-{:02}-{:02}", self.month, self.day),
            None => write!(f, "--{:02}-{:02}", self.month, self.day),
        }
    }
}

/// How precise a resolved date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    /// One day.
    Day,
    /// A week.
    Week,
    /// A calendar month.
    Month,
    /// A season.
    Season,
    /// A calendar year.
    Year,
}

/// A resolved date: a range of days, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DateValue {
    /// First day.
    pub start: CivilDate,
    /// Last day.
    pub end: CivilDate,
    /// Precision.
    pub granularity: Granularity,
}

impl DateValue {
    fn day(d: CivilDate) -> DateValue {
        DateValue {
            start: d,
            end: d,
            granularity: Granularity::Day,
        }
    }

    fn month(year: Option<i16>, month: u8) -> Option<DateValue> {
        let start = CivilDate::new(year, month, 1)?;
        let last = match year {
            Some(y) => Date::new(y, month as i8, 1).ok()?.last_of_month().day() as u8,
            None => Date::new(2024, month as i8, 1).ok()?.last_of_month().day() as u8,
        };
        Some(DateValue {
            start,
            end: CivilDate::new(year, month, last)?,
            granularity: Granularity::Month,
        })
    }

    fn year(y: i16) -> Option<DateValue> {
        Some(DateValue {
            start: CivilDate::new(Some(y), 1, 1)?,
            end: CivilDate::new(Some(y), 12, 31)?,
            granularity: Granularity::Year,
        })
    }

    /// True when the two ranges share a day (dates without a year compare by month and day).
    pub fn overlaps(&self, other: &DateValue) -> bool {
        let key = |d: CivilDate, y: bool| (if y { d.year.unwrap_or(0) } else { 0 }, d.month, d.day);
        let years = self.start.year.is_some()
            && self.end.year.is_some()
            && other.start.year.is_some()
            && other.end.year.is_some();
        key(self.start, years) <= key(other.end, years)
            && key(other.start, years) <= key(self.end, years)
    }

    /// True when this range lies inside the other.
    pub fn within(&self, other: &DateValue) -> bool {
        self.overlaps(other) && {
            let years = self.start.year.is_some() && other.start.year.is_some();
            let key = |d: CivilDate| (if years { d.year.unwrap_or(0) } else { 0 }, d.month, d.day);
            key(other.start) <= key(self.start) && key(self.end) <= key(other.end)
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.granularity {
            Granularity::Day => write!(f, "{}", self.start),
            Granularity::Month => match self.start.year {
                Some(y) => write!(f, "{y:04}-{:02}", self.start.month),
                None => write!(f, "--{:02}", self.start.month),
            },
            Granularity::Year => match self.start.year {
                Some(y) => write!(f, "{y:04}"),
                None => write!(f, "{}/{}", self.start, self.end),
            },
            _ => write!(f, "{}/{}", self.start, self.end),
        }
    }
}

/// A date expression found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    /// Where it is.
    pub span: Span,
    /// Token range `[t0, t1)`.
    pub toks: (usize, usize),
    /// Resolved value; `None` when it needs the article's date and there is none.
    pub value: Option<DateValue>,
    /// The other reading of a weekday no tense marks ("seats for the
    /// concert on Saturday"): the coming one when `value` is the last.
    pub alt: Option<DateValue>,
}

/// Context for resolving: the article's date and the sentence's tense.
#[derive(Clone, Copy, Debug)]
pub struct DateContext {
    /// The article's date.
    pub article: Option<CivilDate>,
    /// The sentence speaks of the future.
    pub future: bool,
    /// A past verb stands before the date in its clause ("The trial began
    /// in April").
    pub past: bool,
}

fn month_at(toks: &Tokens, i: usize, lx: &Lexicon) -> Option<u8> {
    let t = toks.get(i)?;
    if !t.is_word() || !t.has(flag::CAP) {
        return None;
    }
    match lx.dates.get(toks.lower(i)) {
        Some(DateWord::Month(m)) => Some(*m),
        _ => None,
    }
}

fn weekday_at(toks: &Tokens, i: usize, lx: &Lexicon) -> Option<u8> {
    let t = toks.get(i)?;
    if !t.is_word() || !t.has(flag::CAP) {
        return None;
    }
    match lx.dates.get(toks.lower(i)) {
        Some(DateWord::Weekday(w)) if toks.lower(i).len() >= 6 => Some(*w),
        _ => None,
    }
}

/// A day-of-month token: "12", "12th", "1st".
fn day_at(toks: &Tokens, i: usize) -> Option<u8> {
    let t = toks.get(i)?;
    if !t.is_word() {
        return None;
    }
    let w = toks.lower(i);
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let d: u8 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A year token: four digits, 1800-2199.
fn year_at(toks: &Tokens, i: usize) -> Option<i16> {
    let t = toks.get(i)?;
    let w = toks.lower(i);
    if !t.is_word() || w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i16 = w.parse().ok()?;
    (1800..=2199).contains(&y).then_some(y)
}

fn is_punct(toks: &Tokens, i: usize, c: char) -> bool {
    toks.get(i).is_some_and(|t| t.is_punct(c))
}

/// The year that puts month/day nearest the article date, leaning by tense.
fn nearest_year(month: u8, day: u8, ctx: DateContext) -> Option<i16> {
    let art = ctx.article?;
    let y = art.year?;
    let mut best: Option<(i64, i16)> = None;
    for cand in [y - 1, y, y + 1] {
        let Some(d) = CivilDate::new(Some(cand), month, day) else {
            continue;
        };
        let diff = art.days_to(d)?;
        // The nearest year: news speaks of the months around its date, and a
        // date without a year half a year away is more likely ahead than a
        // year and a half back. Ties lean with the tense.
        let lean = if (ctx.future && diff >= 0) || (!ctx.future && diff <= 0) {
            0
        } else {
            1
        };
        let cost = diff.abs() * 2 + lean;
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, cand));
        }
    }
    // Told in the past, the latest such month gone (or the article's own):
    // "The trial began in April", written in October.
    if ctx.past && !ctx.future {
        let gone = [y, y - 1].into_iter().find(|&cand| {
            CivilDate::new(Some(cand), month, day)
                .and_then(|d| art.days_to(d))
                .is_some_and(|diff| diff <= 0 || i64::from(art.month) == i64::from(month))
        });
        if gone.is_some() {
            return gone;
        }
    }
    best.map(|(_, y)| y)
}

/// The weekday nearest the article date: back in a past sentence, ahead in a future one.
fn resolve_weekday(wd: u8, shift_weeks: i64, ctx: DateContext) -> Option<CivilDate> {
    let art = ctx.article?;
    let aw = art.weekday()? as i64;
    let wd = wd as i64;
    let delta = if ctx.future {
        (wd - aw).rem_euclid(7)
    } else {
        -((aw - wd).rem_euclid(7))
    };
    art.add_days(delta + 7 * shift_weeks)
}

fn count_word(toks: &Tokens, i: usize, lx: &Lexicon) -> Option<i64> {
    let w = toks.lower(i);
    if let Ok(n) = w.parse::<i64>() {
        return Some(n);
    }
    match w {
        "a" | "an" => Some(1),
        "several" | "few" => None,
        _ => match lx.numbers.get(w) {
            Some((v, crate::lexicon::NumWord::Unit)) if *v >= 1.0 && v.fract() == 0.0 => {
                Some(*v as i64)
            }
            _ => None,
        },
    }
}

/// Words that put what follows in the future, for resolving weekdays and months.
const FUTURE: &[&str] = &[
    "will",
    "'ll",
    "next",
    "scheduled",
    "upcoming",
    "due",
    "expected",
    "expects",
    "plans",
    "planned",
    "shall",
    "until",
    "tomorrow",
    "set",
    "going",
    "would",
    // A present tense of a timetable: "the clinic runs from 9 a.m. to 3
    // p.m. Saturday", "the trial opens Monday".
    "runs",
    "opens",
    "starts",
    "begins",
    "resumes",
];

/// True when the word at `k` tells a possibility ahead ("may resume",
/// "might arrive", "was possible on Thursday night", "likely to"), not one
/// looking back ("may have left", "was likely started", "not possible",
/// "the most likely cause"), nor the month May.
fn possibility_ahead(toks: &Tokens, t0: usize, k: usize) -> bool {
    let w = toks.lower(k);
    if !matches!(w, "may" | "might" | "could" | "possible" | "likely")
        || toks.toks[k].has(flag::CAP)
    {
        return false;
    }
    let before = if k > t0 { toks.lower(k - 1) } else { "" };
    let next = toks.lower(k + 1);
    // "Residents could see flames on Monday night": an ability then.
    let looks_back = matches!(next, "have" | "not" | "n't" | "never")
        || w == "could" && matches!(next, "see" | "hear" | "feel" | "smell" | "only" | "still")
        || next.ends_with("ed")
        || matches!(before, "not" | "n't" | "most" | "more" | "least" | "had")
        || matches!(w, "likely") && matches!(before, "was" | "were" | "is" | "are");
    !looks_back
}

/// True when a future marker stands within the twelve tokens before `i`
/// and in its clause ("will meet on Tuesday", "due to sign off a budget at
/// Wednesday's meeting"), not anywhere in a long sentence ("will rise, he
/// said on Tuesday").
fn future_before(toks: &Tokens, t0: usize, i: usize) -> bool {
    // A clause of a past act between the marker and the date dates that
    // act: "will be built after the committee approved the plans on
    // Tuesday".
    let mut past_act = false;
    (i.saturating_sub(12).max(t0)..i)
        .rev()
        .take_while(|&k| !matches!(toks.lower(k), "," | ";" | ":" | "(" | ")"))
        .take_while(|&k| {
            let w = toks.lower(k);
            if finite_past(toks, t0, k) {
                past_act = true;
            }
            !(past_act && matches!(w, "after" | "when" | "because" | "since" | "once"))
        })
        .any(|k| {
            // "passed next year's budget on Tuesday": "next" of a
            // possessive dates what it owns, not the act.
            let owner = toks.lower(k) == "next"
                && toks.toks.get(k + 1).is_some_and(|t| t.has(flag::POSS))
                // Said of a past act ("passed next year's budget"), not of
                // one to come ("next year's tickets go on sale on Friday").
                && (t0..k).any(|j| {
                    let w = toks.lower(j);
                    w.ends_with("ed") && w.len() > 4 && !toks.toks[j].has(flag::CAP)
                });
            // "approved the plans": a noun, not "plans to" ("the plans
            // to reopen the ground on Monday").
            let noun = k > t0
                && matches!(toks.lower(k), "plans" | "set")
                && toks.lower(k + 1) != "to"
                && matches!(
                    toks.lower(k - 1),
                    "the" | "its" | "their" | "his" | "her" | "our" | "these" | "a"
                )
                // "approved plans for a desalination plant late on
                // Thursday": plans with no object nor "to" after them.
                || toks.lower(k) == "plans"
                    && toks.lower(k + 1) != "to"
                    && !crate::lexicon::is_determiner(toks.lower(k + 1));
            FUTURE.contains(&toks.lower(k)) && !owner && !noun
                // A possibility ahead: "may resume on Wednesday", "could
                // arrive on Thursday night", "another frost was possible on
                // Thursday"; not one looking back ("may have left on
                // Monday", "could not be reached on Tuesday").
                || possibility_ahead(toks, t0, k)
                // "is to be held on Wednesday"
                || toks.lower(k) == "to"
                    && k > t0
                    && matches!(toks.lower(k - 1), "is" | "are")
                    && toks.lower(k + 1) == "be"
        })
}

/// True for a past verb at `k` that is no participle of an auxiliary
/// ("the committee approved", not "will be closed" or "has opened").
fn finite_past(toks: &Tokens, t0: usize, k: usize) -> bool {
    let w = toks.lower(k);
    // Its object or a preposition after it ("approved it on", "approved the
    // plans"), not a noun it describes ("flooded tracks", "damaged
    // runways"); "hundred" is no verb.
    let next = toks.lower(k + 1);
    let object_after = crate::lexicon::is_determiner(next)
        || matches!(
            next,
            "it" | "them" | "him" | "her" | "on" | "in" | "at" | "by" | "to" | "for" | "with"
        )
        || toks.get(k + 1).is_some_and(|t| t.has(flag::CAP));
    w.ends_with("ed")
        && !w.ends_with("dred")
        && object_after
        && w.len() > 4
        && !toks.toks[k].has(flag::CAP)
        && k > t0
        && !matches!(
            toks.lower(k - 1),
            "be" | "been"
                | "being"
                | "is"
                | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "to"
                | "get"
                | "got"
                | "not"
                | "n't"
                | "the"
                | "a"
                | "an"
        )
}

/// True for a word in a past form: "was", "had", "-ed", an irregular past
/// ("tore", "swept", "began").
fn past_form(toks: &Tokens, k: usize, lx: &Lexicon) -> bool {
    let w = toks.lower(k);
    let t = &toks.toks[k];
    !t.has(flag::CAP)
        && (matches!(w, "was" | "were" | "had" | "did")
            || (w.ends_with("ed") && w.len() > 4)
            || lx
                .irregular
                .get(w)
                .is_some_and(|l| l != w && !w.ends_with('s'))
            // An irregular past of the dictionary ("tore", "swept").
            || !w.ends_with('s')
                && !w.ends_with("ing")
                && !matches!(w, "are" | "am" | "is" | "be" | "do" | "have") && {
                use crate::lexicon::wordnet::{Pos, WordNet};
                let wn = WordNet::builtin();
                wn.lemma(w, Pos::Verb).is_some_and(|l| wn.text(l) != w)
            })
}

/// The tokens of the clause before token `i`, nearest first.
fn clause_before(toks: &Tokens, t0: usize, i: usize) -> impl Iterator<Item = usize> + '_ {
    (t0..i)
        .rev()
        .take_while(|&k| !matches!(toks.lower(k), "," | ";" | ":" | "(" | ")"))
}

/// True when a verb in a past form stands in the clause before token `i`,
/// no participle between ("has confirmed a closure beginning May 4").
fn past_before(toks: &Tokens, t0: usize, i: usize, lx: &Lexicon) -> bool {
    clause_before(toks, t0, i)
        .take_while(|&k| {
            let w = toks.lower(k);
            !(w.ends_with("ing") && w.len() > 4)
        })
        .any(|k| past_form(toks, k, lx))
}

/// True when nothing in the clause before a weekday at `i` tells its
/// tense: no "last"/"this" before it, no verb in a past form ("arrested
/// on Tuesday", "was closed on Monday"). A weekday after a noun alone ("seats
/// for the homecoming concert on Saturday") may be the coming one.
fn unmarked(toks: &Tokens, t0: usize, i: usize, lx: &Lexicon) -> bool {
    if i > t0
        && matches!(
            toks.lower(i - 1),
            "last" | "past" | "this" | "next" | "coming"
        )
    {
        return false;
    }
    let past = |k: usize| past_form(toks, k, lx);
    let before: Vec<usize> = clause_before(toks, t0, i).collect();
    if before.iter().any(|&k| past(k)) {
        return false;
    }
    // A weekday opening its clause ("On Tuesday, police arrested") takes
    // the tense of the verb after it; one inside a noun phrase ("the
    // concert on Saturday had been sold") does not.
    let opens = before
        .iter()
        .all(|&k| matches!(toks.lower(k), "on" | "by" | "late" | "early"));
    let after = move |comma: bool| {
        (i + 1..toks.len().min(i + 5)).take_while(move |&k| {
            let w = toks.lower(k);
            !(matches!(w, ";" | ":" | "." | "(" | ")") || comma && w == ",")
        })
    };
    if opens {
        return !after(false).any(past);
    }
    // Inside a noun phrase, a simple past right after tells the event's
    // tense ("The quake on Friday destroyed 40 homes"); a perfect tells
    // another act's ("seats for the concert on Saturday had been sold").
    !after(true)
        .find(|&k| {
            past(k)
                || matches!(
                    toks.lower(k),
                    "has" | "have" | "will" | "would" | "is" | "are"
                )
        })
        .is_some_and(|k| past(k) && toks.lower(k) != "had")
}

/// Finds date expressions in tokens `[t0, t1)` (one sentence). The tense of
/// `ctx` is replaced by what stands right before each expression.
pub fn find_dates(
    toks: &Tokens,
    t0: usize,
    t1: usize,
    lx: &Lexicon,
    ctx: DateContext,
) -> Vec<DateMention> {
    let mut out = Vec::new();
    let mut i = t0;
    let mut last: Option<DateValue> = None;
    while i < t1 {
        // Only a date word, a number or a relative word can open a date.
        if let Some(c) = toks.class(i) {
            let t = &toks.toks[i];
            if c & (class::DATE | class::NUMBER | class::DATE_REL) == 0 && !t.has(flag::DIGIT) {
                i += 1;
                continue;
            }
        }
        let future = future_before(toks, t0, i);
        let ctx = DateContext {
            future,
            past: !future && past_before(toks, t0, i, lx),
            ..ctx
        };
        if let Some((len, value)) = date_at(toks, i, t1, lx, ctx, last) {
            // "October of that year": a year the text gave earlier, not the
            // article's; the date is left unresolved.
            let (len, value) = match year_named_elsewhere(toks, i + len, t1) {
                Some(extra) => (len + extra, None),
                None => (len, value),
            };
            let span = toks.toks[i].span.cover(toks.toks[i + len - 1].span);
            if value.is_some() {
                last = value;
            }
            let prev = if i > t0 { toks.lower(i - 1) } else { "" };
            let alt = if len == 1 && matches!(prev, "next" | "last") {
                // "next Monday" said on a Saturday may be the Monday after
                // the coming one; "last Tuesday" said on a Wednesday the
                // Tuesday of the week before.
                // Only a few days away: "next Wednesday" said on a Thursday
                // is the one six days ahead.
                weekday_at(toks, i, lx).and_then(|wd| {
                    let ahead = prev == "next";
                    let near = value
                        .zip(ctx.article)
                        .and_then(|(v, art)| art.days_to(v.start))
                        .is_some_and(|d| d.abs() <= 3);
                    let ctx = DateContext {
                        future: ahead,
                        ..ctx
                    };
                    near.then(|| resolve_weekday(wd, if ahead { 1 } else { -1 }, ctx))
                        .flatten()
                })
            } else {
                (len == 1 && !ctx.future && unmarked(toks, t0, i, lx))
                    .then(|| weekday_at(toks, i, lx))
                    .flatten()
                    .and_then(|wd| {
                        resolve_weekday(
                            wd,
                            0,
                            DateContext {
                                future: true,
                                ..ctx
                            },
                        )
                    })
            }
            .map(DateValue::day);
            out.push(DateMention {
                span,
                toks: (i, i + len),
                value,
                alt,
            });
            i += len;
        } else {
            i += 1;
        }
    }
    out
}

/// A date expression starting at token `i`: its length and value.
#[allow(clippy::too_many_lines)]
fn date_at(
    toks: &Tokens,
    i: usize,
    end: usize,
    lx: &Lexicon,
    ctx: DateContext,
    last: Option<DateValue>,
) -> Option<(usize, Option<DateValue>)> {
    let w = toks.lower(i);
    let prev = if i > 0 { toks.lower(i - 1) } else { "" };
    let lim = |k: usize| i + k <= end;

    // Weekday, optionally followed by an explicit date.
    if let Some(wd) = weekday_at(toks, i, lx) {
        let mut j = i + 1;
        if is_punct(toks, j, ',') {
            j += 1;
        }
        if j < end {
            if let Some((len, v)) = explicit_date(toks, j, end, lx, ctx) {
                return Some((j + len - i, v));
            }
        }
        // "last Friday" is the most recent Friday; "next Friday" the coming one.
        let ctx = DateContext {
            future: match prev {
                // "called a public meeting for Thursday evening": a time
                // set for what is to come (not "arrested for Sunday's
                // robbery", which names a day gone).
                "next" | "coming" => true,
                // "free doses will be given ... beginning Saturday" (not
                // "The festival, beginning Friday, drew crowds").
                "starting" | "beginning" => (i.saturating_sub(30)..i)
                    .rev()
                    .take_while(|&k| toks.lower(k) != ".")
                    .any(|k| matches!(toks.lower(k), "will" | "'ll" | "shall")),
                "for" if !toks.toks[i].has(flag::POSS) => true,
                "last" | "past" => false,
                _ => ctx.future,
            },
            ..ctx
        };
        // "next Monday" said on a Monday is a week ahead, "last Monday" a
        // week back.
        let today = ctx.article.and_then(CivilDate::weekday) == Some(wd);
        let shift = match prev {
            "next" if today => 1,
            "last" if today => -1,
            _ => 0,
        };
        let d = resolve_weekday(wd, shift, ctx);
        return Some((1, d.map(DateValue::day)));
    }
    if let Some(r) = explicit_date(toks, i, end, lx, ctx) {
        return Some(r);
    }
    // Month alone after a preposition, or month + year.
    if let Some(m) = month_at(toks, i, lx) {
        if let Some(y) = year_at(toks, i + 1).filter(|_| lim(2)) {
            return Some((2, DateValue::month(Some(y), m)));
        }
        if matches!(
            prev,
            "in" | "since"
                | "by"
                | "until"
                | "from"
                | "early"
                | "late"
                | "mid"
                | "of"
                | "through"
                | "before"
                | "after"
                | "last"
                | "next"
                | "this"
                | "during"
                | "and"
                | "to"
        ) && (m != 5 || toks.toks[i].has(flag::CAP))
        {
            // "June last year", "April next year".
            if lim(3) && toks.lower(i + 2) == "year" {
                let shift = match toks.lower(i + 1) {
                    "last" => Some(-1),
                    "this" => Some(0),
                    "next" => Some(1),
                    _ => None,
                };
                if let Some(s) = shift {
                    let y = ctx.article.and_then(|a| a.year()).map(|y| y + s);
                    return Some((3, y.and_then(|y| DateValue::month(Some(y), m))));
                }
            }
            let year = nearest_year(m, 15, ctx);
            let year = if ctx.article.is_some() { year } else { None };
            return Some((1, DateValue::month(year, m)));
        }
        return None;
    }
    let art = ctx.article;
    let day_off = |n: i64| art.and_then(|a| a.add_days(n)).map(DateValue::day);
    // "the first quarter (of 2027)", "(in) the autumn", "in spring".
    if let Some(v) = quarter_or_season(toks, i, end, prev, art, ctx) {
        return Some(v);
    }
    match w {
        "yesterday" => return Some((1, day_off(-1))),
        "today" | "tonight" => return Some((1, day_off(0))),
        "tomorrow" => return Some((1, day_off(1))),
        "this" if lim(2) && matches!(toks.lower(i + 1), "morning" | "afternoon" | "evening") => {
            return Some((2, day_off(0)));
        }
        "last" | "next" | "this" if lim(2) => {
            let unit = toks.lower(i + 1);
            let dir: i64 = match w {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            let v = match unit {
                "night" if w == "last" => day_off(-1),
                "week" => art.and_then(|a| {
                    let mon = a.add_days(-(a.weekday()? as i64 - 1) + 7 * dir)?;
                    Some(DateValue {
                        start: mon,
                        end: mon.add_days(6)?,
                        granularity: Granularity::Week,
                    })
                }),
                "month" => art.and_then(|a| {
                    let (y, m) = shift_month(a.year?, a.month, dir);
                    DateValue::month(Some(y), m)
                }),
                "year" => art.and_then(|a| DateValue::year(a.year? + dir as i16)),
                "spring" | "summer" | "autumn" | "fall" | "winter" => {
                    art.and_then(|a| season(a, unit, dir))
                }
                _ => return None,
            };
            return Some((2, v));
        }
        "earlier" | "later" if lim(3) && toks.lower(i + 1) == "this" => {
            let unit = toks.lower(i + 2);
            let v = match unit {
                "week" => art.and_then(|a| {
                    let mon = a.add_days(-(a.weekday()? as i64 - 1))?;
                    Some(DateValue {
                        start: mon,
                        end: mon.add_days(6)?,
                        granularity: Granularity::Week,
                    })
                }),
                "month" => art.and_then(|a| DateValue::month(a.year, a.month)),
                "year" => art.and_then(|a| DateValue::year(a.year?)),
                _ => return None,
            };
            return Some((3, v));
        }
        _ => {}
    }
    // "the previous day", "the day before", "the next day", "the following day".
    if w == "the" && lim(3) {
        let (x, y) = (toks.lower(i + 1), toks.lower(i + 2));
        let shift = match (x, y) {
            ("previous" | "preceding", "day") | ("day", "before") => Some(-1),
            ("next" | "following", "day") | ("day", "after") => Some(1),
            _ => None,
        };
        if let Some(n) = shift {
            let anchor = last
                .filter(|l| l.granularity == Granularity::Day)
                .map(|l| l.start)
                .or(art);
            return Some((3, anchor.and_then(|a| a.add_days(n)).map(DateValue::day)));
        }
    }
    // "two days earlier", "three weeks ago".
    if lim(3) {
        if let Some(n) = count_word(toks, i, lx) {
            let unit = toks.lower(i + 1);
            let rel = toks.lower(i + 2);
            let days = match unit {
                "day" | "days" => Some(n),
                "week" | "weeks" => Some(7 * n),
                _ => None,
            };
            // "three years ago": that year; "two months ago": that month.
            if rel == "ago" && matches!(unit, "year" | "years" | "month" | "months") {
                let v = art.and_then(|a| {
                    if unit.starts_with("year") {
                        DateValue::year(a.year()? - n as i16)
                    } else {
                        let (y, m) = shift_month(a.year()?, a.month(), -n);
                        DateValue::month(Some(y), m)
                    }
                });
                return Some((3, v));
            }
            let sign = match rel {
                "ago" | "earlier" | "before" => Some(-1),
                "later" | "after" => Some(1),
                _ => None,
            };
            // "a week ago", "just over two weeks ago": a count of weeks back
            // from the article's day is a week, no one day.
            if rel == "ago" && matches!(unit, "week" | "weeks") {
                let over = i > 0 && matches!(toks.lower(i - 1), "over" | "than");
                let v = art.and_then(|a| {
                    let mid = a.add_days(-(7 * n))?;
                    let (lo, hi) = if over { (-6, 0) } else { (-3, 3) };
                    Some(DateValue {
                        start: mid.add_days(lo)?,
                        end: mid.add_days(hi)?,
                        granularity: Granularity::Week,
                    })
                });
                return Some((3, v));
            }
            if let (Some(days), Some(sign)) = (days, sign) {
                // "three weeks after the firm released its report": after an
                // event, not a date; only a date earlier in the sentence anchors it.
                let anchor = match rel {
                    "ago" => art,
                    "after" | "before" => last
                        .filter(|l| l.granularity == Granularity::Day)
                        .map(|l| l.start),
                    _ => last
                        .filter(|l| l.granularity == Granularity::Day)
                        .map(|l| l.start)
                        .or(art),
                };
                let v = anchor
                    .and_then(|a| a.add_days(sign * days))
                    .map(DateValue::day);
                return Some((3, v));
            }
        }
    }
    // A year after a preposition: "in 2019".
    if let Some(y) = year_at(toks, i) {
        if matches!(
            prev,
            "in" | "since"
                | "by"
                | "until"
                | "from"
                | "before"
                | "after"
                | "during"
                | "for"
                | "of"
                | "early"
                | "late"
                | "mid"
                | "and"
                | "to"
                | "between"
        ) {
            return Some((1, DateValue::year(y)));
        }
    }
    None
}

/// Words after a date that put it in a year named elsewhere: "of that
/// year", "the following year"; their length in tokens.
fn year_named_elsewhere(toks: &Tokens, i: usize, t1: usize) -> Option<usize> {
    let w = |k: usize| if i + k < t1 { toks.lower(i + k) } else { "" };
    let (skip, det) = if w(0) == "of" { (1, w(1)) } else { (0, w(0)) };
    let (len, year) = match det {
        "that" => (1, w(skip + 1)),
        "the"
            if matches!(
                w(skip + 1),
                "same" | "following" | "next" | "previous" | "preceding"
            ) =>
        {
            (2, w(skip + 2))
        }
        _ => return None,
    };
    (year == "year").then_some(skip + len + 1)
}

fn shift_month(y: i16, m: u8, dir: i64) -> (i16, u8) {
    let idx = y as i64 * 12 + (m as i64 - 1) + dir;
    ((idx.div_euclid(12)) as i16, (idx.rem_euclid(12) + 1) as u8)
}

/// A quarter ("the first quarter of 2027", "the third quarter") or a
/// season named bare ("in the autumn", "by spring"): that of the year named,
/// else of the article's year, the coming one when the sentence speaks of
/// the future and it is over. Returns its length in tokens and its range.
fn quarter_or_season(
    toks: &Tokens,
    i: usize,
    end: usize,
    prev: &str,
    art: Option<CivilDate>,
    ctx: DateContext,
) -> Option<(usize, Option<DateValue>)> {
    let w = |k: usize| if i + k < end { toks.lower(i + k) } else { "" };
    let the = usize::from(w(0) == "the");
    let q = match w(the) {
        "first" | "1st" => Some(1),
        "second" | "2nd" => Some(2),
        "third" | "3rd" => Some(3),
        "fourth" | "4th" | "final" => Some(4),
        _ => None,
    };
    let (len, months, year) = if let (Some(q), "quarter") = (q, w(the + 1)) {
        let mut len = the + 2;
        let mut year = None;
        if w(len) == "of" && toks.get(i + len + 1).is_some() && i + len + 1 < end {
            if let Some(y) = year_at(toks, i + len + 1) {
                year = Some(y);
                len += 2;
            }
        }
        (len, (3 * q - 2, 3 * q), year)
    } else if matches!(w(the), "spring" | "summer" | "autumn" | "fall" | "winter")
        && (the == 1 || matches!(prev, "in" | "by" | "during" | "until" | "over"))
        && (w(the) != "fall" || the == 1)
    {
        let name = w(the);
        let a = art?;
        let mut v = season(a, name, 0)?;
        if ctx.future && a.days_to(v.end).is_some_and(|d| d < 0) {
            v = season(a, name, 1)?;
        }
        return Some((the + 1, Some(v)));
    } else {
        return None;
    };
    let a = art;
    let y = year.or_else(|| a.and_then(|a| a.year))?;
    let mut y = y;
    if year.is_none() && ctx.future {
        if let Some(a) = a {
            if a.month > months.1 {
                y += 1;
            }
        }
    }
    let end_day = Date::new(y, months.1 as i8, 1).ok()?.last_of_month().day() as u8;
    Some((
        len,
        Some(DateValue {
            start: CivilDate::new(Some(y), months.0, 1)?,
            end: CivilDate::new(Some(y), months.1, end_day)?,
            granularity: Granularity::Season,
        }),
    ))
}

/// A northern-hemisphere season relative to the article date.
fn season(a: CivilDate, name: &str, dir: i64) -> Option<DateValue> {
    let (sm, em) = match name {
        "spring" => (3, 5),
        "summer" => (6, 8),
        "autumn" | "fall" => (9, 11),
        _ => (12, 2),
    };
    let y = a.year?;
    // Winter starts in one year and ends in the next: name it by its start.
    let wraps = em < sm;
    let ends = |year: i16| (if wraps { year + 1 } else { year }, em);
    let starts = |year: i16| (year, sm);
    let at = (y, a.month);
    // "last summer": the most recent one that has ended; "next summer":
    // the next one not yet begun; "this winter": the one holding the date,
    // else this year's.
    let mut year = y;
    if dir < 0 {
        while ends(year) >= at {
            year -= 1;
        }
    } else if dir > 0 {
        while starts(year) <= at {
            year += 1;
        }
    } else if wraps && a.month <= em {
        year -= 1;
    }
    let end_year = ends(year).0;
    let end_day = Date::new(end_year, em as i8, 1).ok()?.last_of_month().day() as u8;
    Some(DateValue {
        start: CivilDate::new(Some(year), sm, 1)?,
        end: CivilDate::new(Some(end_year), em, end_day)?,
        granularity: Granularity::Season,
    })
}

/// `Month[.] day[th][,] [year]` or `day Month [year]` at `i`.
/// The year a day's date names by "last year", "this year" or "next
/// year" right after it ("on Feb. 9 last year"), from the article's year.
fn year_said(toks: &Tokens, k: usize, end: usize, ctx: DateContext) -> Option<i16> {
    if k + 2 > end || toks.lower(k + 1) != "year" {
        return None;
    }
    let shift = match toks.lower(k) {
        "last" => -1,
        "this" => 0,
        "next" => 1,
        _ => return None,
    };
    ctx.article.and_then(|a| a.year()).map(|y| y + shift)
}

fn explicit_date(
    toks: &Tokens,
    i: usize,
    end: usize,
    lx: &Lexicon,
    ctx: DateContext,
) -> Option<(usize, Option<DateValue>)> {
    let lim = |k: usize| i + k <= end;
    if let Some(m) = month_at(toks, i, lx) {
        let mut j = i + 1;
        if is_punct(toks, j, '.') && toks.toks[j - 1].span.end() == toks.toks[j].span.start() {
            j += 1;
        }
        if j < end {
            if let Some(d) = day_at(toks, j) {
                // "May 5" needs the capital (checked by month_at); "March 3.5" is not a date.
                let mut k = j + 1;
                let mut year = None;
                let mut kk = k;
                if is_punct(toks, kk, ',') {
                    kk += 1;
                }
                if kk < end {
                    if let Some(y) = year_at(toks, kk) {
                        year = Some(y);
                        k = kk + 1;
                    }
                }
                if year.is_none() {
                    if let Some(y) = year_said(toks, k, end, ctx) {
                        year = Some(y);
                        k += 2;
                    }
                }
                let year = year.or_else(|| nearest_year(m, d, ctx));
                let v = CivilDate::new(year, m, d).map(DateValue::day);
                return Some((k - i, v));
            }
        }
        return None;
    }
    if let Some(d) = day_at(toks, i) {
        if lim(2) {
            if let Some(m) = month_at(toks, i + 1, lx) {
                let mut k = i + 2;
                let mut year = None;
                if k < end {
                    if let Some(y) = year_at(toks, k) {
                        year = Some(y);
                        k += 1;
                    }
                }
                if year.is_none() {
                    if let Some(y) = year_said(toks, k, end, ctx) {
                        year = Some(y);
                        k += 2;
                    }
                }
                let year = year.or_else(|| nearest_year(m, d, ctx));
                let v = CivilDate::new(year, m, d).map(DateValue::day);
                return Some((k - i, v));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::token::tokenize;

    fn dates(text: &str, article: &str, future: bool) -> Vec<(String, String)> {
        let toks = tokenize(text, 0, text.len());
        let ctx = DateContext {
            article: CivilDate::parse_iso(article),
            future,
            past: false,
        };
        find_dates(&toks, 0, toks.len(), Lexicon::builtin(), ctx)
            .into_iter()
            .map(|d| {
                (
                    d.span.slice(text).to_string(),
                    d.value.map_or("?".into(), |v| v.to_string()),
                )
            })
            .collect()
    }

    fn one(text: &str, article: &str) -> String {
        dates(text, article, false)
            .pop()
            .map(|d| d.1)
            .unwrap_or_default()
    }

    fn alt(text: &str, article: &str) -> Option<String> {
        let toks = tokenize(text, 0, text.len());
        let ctx = DateContext {
            article: CivilDate::parse_iso(article),
            future: false,
            past: false,
        };
        find_dates(&toks, 0, toks.len(), Lexicon::builtin(), ctx)
            .pop()
            .and_then(|d| d.alt)
            .map(|v| v.to_string())
    }

    #[test]
    fn a_weekday_no_tense_marks_may_be_the_coming_one() {
        // Sunday 2025-03-09: the concert may be next Saturday.
        assert_eq!(
            alt(
                "1,600 of the seats for the homecoming concert on Saturday had been sold",
                "2025-03-09"
            ),
            Some("2025-03-15".into())
        );
        // A past verb before it, or after it when the weekday opens the
        // clause, tells the tense.
        assert_eq!(alt("Police arrested him on Saturday", "2025-03-09"), None);
        assert_eq!(alt("On Saturday, police arrested him", "2025-03-09"), None);
        // "last Saturday" said on a Sunday may be the week before's.
        assert_eq!(
            alt("the concert last Saturday", "2025-03-09").as_deref(),
            Some("2025-03-01")
        );
        // "is to be held" is to come.
        assert_eq!(
            one(
                "A public meeting is to be held at the hall on Wednesday",
                "2025-09-12"
            ),
            "2025-09-17"
        );
        // A simple past after the noun phrase tells the event's tense.
        assert_eq!(
            alt("The quake on Friday destroyed 40 homes", "2025-03-09"),
            None
        );
    }

    #[test]
    fn seasons_before_and_after_the_article() {
        // 2026-05-14: last winter ran from December 2025 to February 2026.
        assert_eq!(
            dates("over last winter's data breach", "2026-05-14", false)[0].1,
            "2025-12-01/2026-02-28"
        );
        assert_eq!(
            dates("a breach last summer", "2026-05-14", false)[0].1,
            "2025-06-01/2025-08-31"
        );
        assert_eq!(
            dates("a vote next winter", "2026-01-10", false)[0].1,
            "2026-12-01/2027-02-28"
        );
    }

    #[test]
    fn a_future_marker_counts_in_its_clause() {
        // 2026-02-24 is a Tuesday.
        let d = dates(
            "councillors are due to sign off a £312 million budget at Wednesday's meeting",
            "2026-02-24",
            false,
        );
        assert_eq!(d[0].1, "2026-02-25");
        let d = dates(
            "Fares will rise, she said on Wednesday",
            "2026-02-24",
            false,
        );
        assert_eq!(d[0].1, "2026-02-18");
        // "next" of a possessive dates what it owns.
        let d = dates(
            "The council passed next year's budget on Tuesday night",
            "2026-02-25",
            false,
        );
        assert_eq!(d[0].1, "2027", "{d:?}");
        assert_eq!(d[1].1, "2026-02-24", "{d:?}");
        // Not of an act to come: 2026-03-12 is a Thursday.
        let d = dates(
            "Tickets for next year's festival go on sale on Friday",
            "2026-03-12",
            false,
        );
        assert_eq!(d.last().map(|x| x.1.as_str()), Some("2026-03-13"), "{d:?}");
        // A possibility ahead is future; one looking back is not.
        let d = dates("services may resume on Wednesday", "2026-03-10", false);
        assert_eq!(d[0].1, "2026-03-11");
        let d = dates(
            "another frost was possible on Thursday night",
            "2026-04-13",
            false,
        );
        assert_eq!(d[0].1, "2026-04-16");
        let d = dates("she may have left on Monday", "2026-03-10", false);
        assert_eq!(d[0].1, "2026-03-09");
        let d = dates("he could not be reached on Monday", "2026-03-10", false);
        assert_eq!(d[0].1, "2026-03-09");
        // The month May, a likelihood looking back, an impossibility.
        let d = dates(
            "talks that began in May collapsed on Tuesday",
            "2025-09-10",
            false,
        );
        assert_eq!(d.last().map(|x| x.1.as_str()), Some("2025-09-09"));
        let d = dates("the fire was likely started on Sunday", "2025-03-12", false);
        assert_eq!(d[0].1, "2025-03-09");
        let d = dates(
            "it was not possible to reach them on Monday",
            "2025-03-12",
            false,
        );
        assert_eq!(d[0].1, "2025-03-10");
    }

    #[test]
    fn explicit_dates() {
        assert_eq!(one("on Nov. 12 it", "2024-11-16"), "2024-11-12");
        assert_eq!(one("on 12 September.", "2024-08-31"), "2024-09-12");
        assert_eq!(one("for Sept 19,", "2024-08-31"), "2024-09-19");
        assert_eq!(one("on March 11, 2025", "2025-06-01"), "2025-03-11");
        assert_eq!(one("since Feb. 3", "2025-03-11"), "2025-02-03");
        // Near a new year the nearest year wins.
        assert_eq!(one("on Dec. 30", "2025-01-02"), "2024-12-30");
    }

    #[test]
    fn a_month_told_in_the_past_is_gone() {
        // Half a year either way: the past tense decides.
        assert_eq!(one("The trial began in April", "2025-10-15"), "2025-04");
        assert_eq!(one("The pilot began in March", "2025-10-15"), "2025-03");
        assert_eq!(one("The pilot began in November", "2025-10-15"), "2024-11");
        assert_eq!(
            one("The trial will begin in April", "2025-10-15"),
            "2026-04"
        );
        assert_eq!(one("The festival runs in March", "2025-10-15"), "2026-03");
        // A participle after the past verb dates what is to come.
        assert_eq!(
            one(
                "The airport has confirmed a closure beginning May 4",
                "2026-02-18"
            ),
            "2026-05-04"
        );
    }

    #[test]
    fn a_year_named_elsewhere_leaves_a_date_unresolved() {
        assert_eq!(one("resigned in October of that year", "2026-03-02"), "?");
        assert_eq!(one("in May the following year", "2026-03-02"), "?");
        assert_eq!(one("resigned in October 2023", "2026-03-02"), "2023-10");
    }

    #[test]
    fn quarters_and_bare_seasons() {
        assert_eq!(
            one(
                "expected to close in the first quarter of 2027",
                "2026-05-19"
            ),
            "2027-01-01/2027-03-31"
        );
        assert_eq!(
            one("expected to complete in the autumn", "2026-05-19"),
            "2026-09-01/2026-11-30"
        );
        // Ahead in the future: the coming one.
        let future = dates("will complete in the first quarter", "2026-05-19", true);
        assert_eq!(future[0].1, "2027-01-01/2027-03-31");
        // "fall" alone is a verb, not a season.
        assert!(
            dates("prices will fall in March", "2026-05-19", true)
                .iter()
                .all(|d| !d.0.contains("fall"))
        );
    }

    #[test]
    fn an_offset_after_an_event_is_no_date() {
        assert_eq!(
            one(
                "The vote came three weeks after the firm released its report",
                "2026-03-11"
            ),
            "?"
        );
        // Weeks back are a week, no one day; "over" a week is longer.
        assert_eq!(
            one("It came three weeks ago", "2026-03-11"),
            "2026-02-15/2026-02-21"
        );
        assert_eq!(
            one("It was born just over a week ago", "2026-03-11"),
            "2026-02-26/2026-03-04"
        );
        assert_eq!(
            one("on March 2 and two days after", "2026-03-11"),
            "2026-03-04"
        );
    }

    #[test]
    fn weekday_with_date_is_one_mention() {
        let d = dates("on Thursday, 12 September", "2024-08-31", true);
        assert_eq!(
            d,
            vec![("Thursday, 12 September".into(), "2024-09-12".into())]
        );
    }

    #[test]
    fn weekdays_follow_tense() {
        // 2025-03-13 is a Thursday.
        assert_eq!(one("on Tuesday", "2025-03-13"), "2025-03-11");
        assert_eq!(one("on Thursday", "2025-03-13"), "2025-03-13");
        assert_eq!(
            dates("will meet on Tuesday", "2025-03-13", true)[0].1,
            "2025-03-18"
        );
        // A "will" far before the date does not make it future.
        assert_eq!(
            one(
                "Acme will pay 415p a share, a 34 per cent premium to the company's closing price on Friday",
                "2025-10-06"
            ),
            "2025-10-03"
        );
        assert_eq!(one("last Friday", "2025-03-13"), "2025-03-07");
        // A time set "for" a weekday is ahead, whatever the tense of the
        // setting ("have called a public meeting for Tuesday evening").
        assert_eq!(
            one(
                "Councillors have called a public meeting for Tuesday evening",
                "2025-03-13"
            ),
            "2025-03-18"
        );
        assert_eq!(
            one("Police arrested a man for Tuesday's robbery", "2025-03-13"),
            "2025-03-11"
        );
        assert_eq!(
            one(
                "Repeat doses will be given at the community centre on Ash Avenue in the \
                 east of the town beginning Tuesday",
                "2025-03-13"
            ),
            "2025-03-18"
        );
        assert_eq!(
            one(
                "The festival, beginning Tuesday, drew large crowds",
                "2025-03-13"
            ),
            "2025-03-11"
        );
        assert_eq!(
            one(
                "The council approved plans for a desalination plant late on Tuesday",
                "2025-03-13"
            ),
            "2025-03-11"
        );
        // Said on that weekday, "next"/"last" is a week away.
        assert_eq!(one("next Thursday", "2025-03-13"), "2025-03-20");
        assert_eq!(one("last Thursday", "2025-03-13"), "2025-03-06");
        // Either reading of "next"/"last" a few days away.
        assert_eq!(one("due to start next Monday", "2025-03-15"), "2025-03-17");
        assert_eq!(
            alt("due to start next Monday", "2025-03-15").as_deref(),
            Some("2025-03-24")
        );
        assert_eq!(
            alt("at last Tuesday's meeting", "2025-03-12").as_deref(),
            Some("2025-03-04")
        );
        // Not when the day is further away (found in review).
        assert_eq!(alt("The talks resumed last Monday", "2026-03-13"), None);
        assert_eq!(
            alt("The bridge will open next Wednesday", "2026-03-12"),
            None
        );
        // "plans to" and an adjective in "-ed" keep the future.
        assert_eq!(
            dates(
                "The plans to reopen the ground on Monday were approved",
                "2026-03-12",
                false
            )[0]
            .1,
            "2026-03-16"
        );
        assert_eq!(
            dates(
                "Trains will run again once flooded tracks are cleared on Friday",
                "2026-03-10",
                false
            )[0]
            .1,
            "2026-03-13"
        );
        assert_eq!(
            dates(
                "The plant will restart when three hundred workers return on Monday",
                "2026-03-12",
                false
            )[0]
            .1,
            "2026-03-16"
        );
        // A past act between a future marker and the date dates that act.
        assert_eq!(
            one(
                "A wind farm will be built after the committee approved it on Tuesday",
                "2025-03-13"
            ),
            "2025-03-11"
        );
        // "plans" after a determiner is a noun, not "plans to".
        assert_eq!(
            one("The council approved the plans on Tuesday", "2025-03-13"),
            "2025-03-11"
        );
        assert_eq!(
            dates("The company plans to open on Tuesday", "2025-03-13", true)[0].1,
            "2025-03-18"
        );
        assert_eq!(
            dates("The bridge will be closed on Tuesday", "2025-03-13", true)[0].1,
            "2025-03-18"
        );
        // A timetable's present tense looks ahead.
        assert_eq!(
            one(
                "the clinic runs from 9 a.m. to 3 p.m. Saturday",
                "2025-03-13"
            ),
            "2025-03-15"
        );
    }

    #[test]
    fn relative_days_and_periods() {
        assert_eq!(one("yesterday", "2025-02-12"), "2025-02-11");
        assert_eq!(one("this morning", "2025-02-12"), "2025-02-12");
        assert_eq!(one("last week", "2024-11-16"), "2024-11-04/2024-11-10");
        assert_eq!(one("last year", "2024-11-16"), "2023");
        assert_eq!(one("in July", "2024-11-16"), "2024-07");
        assert_eq!(one("in January", "2024-08-31"), "2025-01");
        assert_eq!(one("since June last year", "2025-02-12"), "2024-06");
        assert_eq!(one("on Feb. 9 last year", "2025-03-04"), "2024-02-09");
        assert_eq!(one("on 9 February next year", "2025-03-04"), "2026-02-09");
        assert_eq!(one("in 2019", "2024-11-16"), "2019");
        // Counted from the last date of the sentence.
        let d = dates("on Thursday, up from two days earlier", "2025-03-13", false);
        assert_eq!(d[1].1, "2025-03-11");
        let d = dates(
            "fell on Wednesday after dropping the previous day",
            "2025-10-15",
            false,
        );
        assert_eq!(d[1].1, "2025-10-14");
    }

    #[test]
    fn not_dates() {
        assert!(dates("it may rain", "2025-03-13", false).is_empty());
        assert!(dates("to march on", "2025-03-13", false).is_empty());
        assert!(dates("2,019 people", "2025-03-13", false).is_empty());
        assert_eq!(one("on Friday", ""), "?");
    }
}
