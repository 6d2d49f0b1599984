//! Numbers: figures in digits and words with their qualifier ("at least"),
//! unit ("%", "£", "basis points") and the noun they count ("three people").
//! Times of day ("11:04 p.m.", "2204 GMT") are recognised so they are not
//! taken for quantities.
//!
//! Token grammar:
//! ```text
//! number   := qualifier? currency? core magnitude? unit? noun?
//! core     := numeral | words | "a" ("dozen"|"quarter"|"half") | "a quarter of a"
//! numeral  := digits ("," digit{3})* ("." digits)? suffix?     (nom: `numeral`)
//! suffix   := "m" | "bn" | "k" | "pc" | "%" ...
//! words    := unit-word ("-" unit-word)? | "twenty-five"
//! time     := digits ":" digits ("a.m."|"p.m."|zone)? | digits ("a.m."|"pm"|...) | digit{4} zone
//! ```

use nom::{
    IResult, Parser,
    bytes::complete::take_while1,
    character::complete::{char, digit1},
    combinator::{opt, recognize},
    multi::many0,
    sequence::preceded,
};
use serde::Serialize;

use crate::lexicon::{Lexicon, NumWord, Qualifier, class};
use crate::parse::token::{Tokens, flag};
use crate::span::Span;

/// A number found in the text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NumberMention {
    /// The words of the figure, qualifier and unit included.
    pub text: String,
    /// The value in the unit's base (`£45m` is 45000000, `25 basis points` is 0.25).
    pub value: f64,
    /// The qualifier, if any.
    pub qualifier: Option<Qualifier>,
    /// The unit: an ISO currency code, `percent`, `pp` (percentage points),
    /// `ordinal`, `age` (years old), or none for a count.
    pub unit: Option<String>,
    /// A rate: the period or base after "a"/"per" ("week", "dollar").
    pub per: Option<String>,
    /// The noun counted or measured ("people", "batteries", "toll"), lowercase.
    pub noun: Option<String>,
    /// True when the figure is a capacity or limit ("licensed to carry 100",
    /// "a capacity of 300"), not a count of what is.
    #[serde(skip)]
    pub capacity: bool,
    /// True when the noun follows the figure ("three people"), false when it
    /// comes before ("the death toll at four").
    #[serde(skip)]
    pub direct_noun: bool,
    /// True for an increment, not a total: "150 additional nurses", "40
    /// more beds".
    #[serde(skip)]
    pub increment: bool,
    /// True for the whole a share is taken of: "40 percent of the roughly
    /// 800,000 customers", "400 of the city's 1,700 computers".
    #[serde(skip)]
    pub whole: bool,
    /// True for a figure joined with other people or things in one group:
    /// "the driver and one passenger", "two women and a man"; a part, not a
    /// total.
    #[serde(skip)]
    pub part: bool,
    /// "Two of the lost containers": a share of things told of, not their
    /// number.
    #[serde(skip)]
    pub share: bool,
    /// "17 goals in all competitions": a figure over every kind of a thing,
    /// not of one ("14 goals in the league").
    #[serde(skip)]
    pub across_all: bool,
    /// True for an estimate or forecast, not what is: "$3.31 billion
    /// expected", "an estimated 2,000".
    #[serde(skip)]
    pub estimate: bool,
    /// True for a distance from somewhere: "about 35 miles away", "12 miles
    /// north of the city"; not a measure of what happened.
    #[serde(skip)]
    pub away: bool,
    /// True for a stretch of something longer picked out by its place in
    /// it: "in the final ten kilometres", "the first 20 minutes"; not a
    /// measure of the whole.
    #[serde(skip)]
    pub stretch: bool,
    /// The verb that follows the figure's noun ("died" in "three people had died").
    #[serde(skip)]
    pub verb: Option<String>,
    /// The verb the figure is the object of, before it in its clause
    /// ("stolen" in "stole the records of 480,000 patients").
    #[serde(skip)]
    pub verb_before: Option<String>,
    /// Where it is.
    pub span: Span,
    /// Token range `[t0, t1)`.
    #[serde(skip)]
    pub toks: (usize, usize),
}

/// Digits with thousands separators and decimals: "126,000", "10.50".
fn numeral(i: &str) -> IResult<&str, f64> {
    let (rest, digits) = recognize((
        digit1,
        many0(preceded(char(','), digit1)),
        opt(preceded(char('.'), digit1)),
    ))
    .parse(i)?;
    let clean: String = digits.chars().filter(|&c| c != ',').collect();
    match clean.parse::<f64>() {
        Ok(v) => Ok((rest, v)),
        Err(_) => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        ))),
    }
}

/// A numeral with an optional letter suffix ("45m", "1.2bn", "11pm", "12th").
fn numeral_suffix(i: &str) -> IResult<&str, (f64, &str)> {
    (
        numeral,
        recognize(opt(take_while1(|c: char| c.is_ascii_alphabetic()))),
    )
        .parse(i)
}

/// The numeric value and suffix of a whole token, if it is a numeral.
pub fn parse_numeral(tok: &str) -> Option<(f64, &str)> {
    match numeral_suffix(tok) {
        Ok(("", v)) => Some(v),
        _ => None,
    }
}

const ZONES: &[&str] = &[
    "gmt", "bst", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "et", "pt", "ct",
    "cet", "cest", "ist", "eat", "jst",
];

/// True for a time-zone abbreviation ("GMT", "ET").
pub fn is_zone(w: &str) -> bool {
    ZONES.contains(&w)
}

fn is_ampm(w: &str) -> bool {
    matches!(w, "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m")
}

/// Length in tokens of a time of day at `i`, if there is one.
pub fn time_at(toks: &Tokens, i: usize, end: usize) -> Option<usize> {
    let w = toks.lower(i);
    let t = toks.get(i)?;
    if !t.is_word() || !t.has(flag::DIGIT) {
        return None;
    }
    let next = if i + 1 < end { toks.lower(i + 1) } else { "" };
    let hhmm = w.len() <= 5
        && w.split_once(':').is_some_and(|(h, m)| {
            h.len() <= 2
                && m.len() == 2
                && h.bytes().all(|b| b.is_ascii_digit())
                && m.bytes().all(|b| b.is_ascii_digit())
        });
    if hhmm {
        let extra = usize::from(is_ampm(next) || ZONES.contains(&next));
        // "p.m" then "." when the tokenizer left the final period out.
        return Some(1 + extra);
    }
    if let Some((v, suffix)) = parse_numeral(w) {
        if (1.0..=12.0).contains(&v) && v.fract() == 0.0 && is_ampm(suffix) {
            return Some(1);
        }
        if suffix.is_empty() && v.fract() == 0.0 && (1.0..=12.0).contains(&v) && is_ampm(next) {
            return Some(2);
        }
        if suffix.is_empty() && w.len() == 4 && v < 2400.0 && ZONES.contains(&next) {
            return Some(2);
        }
    }
    None
}

/// The value of a number word or hyphenated number words ("twenty-five").
fn word_value(w: &str, lx: &Lexicon) -> Option<(f64, NumWord)> {
    if let Some(v) = lx.numbers.get(w) {
        return Some(*v);
    }
    let (a, b) = w.split_once('-')?;
    let (va, ka) = *lx.numbers.get(a)?;
    let (vb, kb) = *lx.numbers.get(b)?;
    if ka == NumWord::Unit && (20.0..=90.0).contains(&va) && va % 10.0 == 0.0 {
        if kb == NumWord::Unit && vb < 10.0 {
            return Some((va + vb, NumWord::Unit));
        }
        if kb == NumWord::Ordinal && vb < 10.0 {
            return Some((va + vb, NumWord::Ordinal));
        }
    }
    None
}

fn singular(w: &str) -> String {
    use crate::lexicon::wordnet::{Pos, WordNet};
    // WordNet's lemma where the plain cut is no noun ("watches" ->
    // "watch", not "watche"; "diagnoses" -> "diagnosis", not "diagnose").
    let wn = WordNet::builtin();
    let cut_is_noun = |w: &str| {
        wn.word(&w[..w.len() - 1])
            .is_some_and(|x| wn.has(x, Pos::Noun))
    };
    if w.len() > 3 && w.ends_with("es") && !cut_is_noun(w) {
        if let Some(l) = wn.lemma(w, Pos::Noun) {
            return wn.text(l).to_string();
        }
    }
    if w.len() > 4 && w.ends_with("ies") {
        return format!("{}y", &w[..w.len() - 3]);
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    }
}

/// A figure's core: tokens used, value, kind, and a unit from a glued suffix.
type Core = (usize, f64, NumWord, Option<(String, f64)>);

/// The core of a figure at `i`: (tokens used, value, kind, unit from a glued suffix).
fn core_at(toks: &Tokens, i: usize, end: usize, lx: &Lexicon) -> Option<Core> {
    let t = toks.get(i)?;
    if !t.is_word() {
        return None;
    }
    let w = toks.lower(i);
    if t.has(flag::DIGIT) {
        // "12-year-old", "30-year": a numeral glued to a noun by a hyphen.
        let head = w.split('-').next().unwrap_or(w);
        // "4½": a vulgar fraction glued to the figure adds to it.
        let (head, frac) = match head.char_indices().next_back() {
            Some((k, '½')) => (&head[..k], 0.5),
            Some((k, '¼')) => (&head[..k], 0.25),
            Some((k, '¾')) => (&head[..k], 0.75),
            _ => (head, 0.0),
        };
        let (v, suffix) = parse_numeral(head)?;
        let v = v + frac;
        let mut glued = None;
        if !suffix.is_empty() {
            match lx.numbers.get(suffix) {
                Some((m, NumWord::Suffix)) => return Some((1, v * m, NumWord::Unit, None)),
                _ => {
                    if matches!(suffix, "pc") {
                        glued = Some(("percent".to_string(), 1.0));
                    } else if matches!(suffix, "st" | "nd" | "rd" | "th") {
                        return Some((1, v, NumWord::Ordinal, None));
                    } else if let Some(u) = lx.units.get_exact(suffix) {
                        // "27mph", "5km", "40kg"; "130km/h" is a speed.
                        let per_hour = toks.lower(i + 1) == "/"
                            && toks.lower(i + 2) == "h"
                            && toks
                                .get(i + 1)
                                .is_some_and(|n| n.span.start() == t.span.end());
                        if per_hour && suffix == "km" {
                            return Some((
                                3,
                                v * 0.621371,
                                NumWord::Unit,
                                Some(("mph".to_string(), 1.0)),
                            ));
                        }
                        glued = Some((u.name.clone(), u.factor));
                    } else {
                        return None;
                    }
                }
            }
        }
        // "34-year-old": an age, never a count of what follows ("a mother
        // of 12" / "the 34-year-old mother").
        if w.ends_with("-old") {
            glued = Some(("age".to_string(), 1.0));
        } else if let Some(u) = w
            .split_once('-')
            .and_then(|(_, rest)| lx.units.get_exact(rest))
        {
            // "a 240-metre bridge", "a 20-mile-an-hour zone".
            glued = Some((u.name.clone(), u.factor));
        }
        // "4\u{FFFD}": a fraction lost to a broken encoding; a figure of
        // unknown value, none.
        if toks
            .get(i + 1)
            .is_some_and(|n| n.span.start() == t.span.end() && toks.lower(i + 1) == "\u{fffd}")
        {
            return None;
        }
        return Some((1, v, NumWord::Unit, glued));
    }
    // "a dozen", "a quarter of a", "a half".
    if w == "a" || w == "an" {
        let n = toks.lower(i + 1);
        if i + 1 < end {
            match lx.numbers.get(n) {
                Some((v, NumWord::Unit)) if n == "dozen" => {
                    return Some((2, *v, NumWord::Unit, None));
                }
                Some((v, NumWord::Fraction)) => {
                    // "a quarter of a percentage point": swallow "of a".
                    if toks.lower(i + 2) == "of"
                        && matches!(toks.lower(i + 3), "a" | "an")
                        && i + 4 < end
                    {
                        return Some((4, *v, NumWord::Fraction, None));
                    }
                    return Some((2, *v, NumWord::Fraction, None));
                }
                Some((v, NumWord::Mult)) => return Some((2, *v, NumWord::Unit, None)),
                _ => {}
            }
        }
        return None;
    }
    // "a five-year contract", "a two-day strike", "a twenty-five-year-old
    // man": a number word glued to a noun by a hyphen, like "5-year".
    if word_value(w, lx).is_none() && w.contains('-') {
        let parts: Vec<&str> = w.split('-').collect();
        for k in (1..parts.len()).rev() {
            let head = parts[..k].join("-");
            let rest = parts[k..].join("-");
            // Not a fraction ("two-thirds") nor a word of manner ("one-off",
            // "three-way", "two-fold").
            let first = rest.split('-').next().unwrap_or("");
            if rest.is_empty()
                || !rest.chars().all(|c| c.is_alphabetic() || c == '-')
                || lx.numbers.contains_key(first)
                || lx.numbers.contains_key(singular(first).as_str())
                || matches!(
                    first,
                    "off"
                        | "way"
                        | "time"
                        | "times"
                        | "sided"
                        | "fold"
                        | "handed"
                        | "liner"
                        | "stop"
                        | "shot"
                        | "piece"
                        | "size"
                        | "on"
                        | "by"
                        | "plus"
                        | "odd"
                )
            {
                continue;
            }
            // "a five-and-a-half-year deal": the fraction adds.
            let value = head
                .split_once("-and-a-")
                .and_then(
                    |(whole, frac)| match (word_value(whole, lx), lx.numbers.get(frac)) {
                        (Some((v, NumWord::Unit)), Some((f, NumWord::Fraction))) if *f < 1.0 => {
                            Some((v + f, NumWord::Unit))
                        }
                        _ => None,
                    },
                )
                .or_else(|| word_value(&head, lx));
            if let Some((v, NumWord::Unit)) = value {
                let glued = if w.ends_with("-old") {
                    Some(("age".to_string(), 1.0))
                } else {
                    lx.units
                        .get_exact(&rest)
                        .map(|u| (u.name.clone(), u.factor))
                };
                return Some((1, v, NumWord::Unit, glued));
            }
        }
    }
    let (v, kind) = word_value(w, lx)?;
    // "half a dozen", "half a million": the part of the count after it.
    if kind == NumWord::Fraction && matches!(toks.lower(i + 1), "a" | "an") && i + 2 < end {
        let n = toks.lower(i + 2);
        match lx.numbers.get(n) {
            Some((m, NumWord::Unit)) if n == "dozen" => {
                return Some((3, v * m, NumWord::Unit, None));
            }
            Some((m, NumWord::Mult)) => return Some((3, v * m, NumWord::Unit, None)),
            _ => {}
        }
    }
    match kind {
        NumWord::Suffix | NumWord::Fraction => None,
        NumWord::Mult => None,
        _ => Some((1, v, kind, None)),
    }
}

/// Finds numbers in tokens `[t0, t1)`, skipping tokens in `skip` (dates).
pub fn find_numbers(
    toks: &Tokens,
    text: &str,
    t0: usize,
    t1: usize,
    skip: &[(usize, usize)],
    lx: &Lexicon,
) -> Vec<NumberMention> {
    let mut out = Vec::new();
    let mut i = t0;
    // `skip` is sorted and disjoint (dates in text order): a binary search
    // keeps a long sentence with many dates linear.
    let skipped = |k: usize| {
        let p = skip.partition_point(|&(a, _)| a <= k);
        p > 0 && k < skip[p - 1].1
    };
    while i < t1 {
        let t = &toks.toks[i];
        // Only a digit, a number word, a qualifier, a unit, "a"/"an" or a
        // hyphenated number word ("twenty-five") can open a figure: most
        // tokens are passed over on their flags alone.
        if !t.has(flag::DIGIT) {
            if let Some(c) = toks.class(i) {
                use crate::lexicon::class;
                let w = toks.lower(i);
                // "a dozen", "a quarter of": only before a number word.
                let article =
                    matches!(w, "a" | "an") && toks.class(i + 1).unwrap_or(0) & class::NUMBER != 0;
                if c & (class::NUMBER | class::QUALIFIER | class::UNIT) == 0
                    && !article
                    && !(t.has(flag::ALPHA) && w.contains('-'))
                {
                    i += 1;
                    continue;
                }
            }
        }
        if skipped(i) || model_number(toks, i, t0, t1, lx) {
            i += 1;
            continue;
        }
        if let Some(len) = time_at(toks, i, t1) {
            i += len;
            continue;
        }
        match number_at(toks, text, i, t1, lx, &skipped) {
            Some(mut m) => {
                ratio(toks, text, t1, lx, &skipped, &mut m);
                i = m.toks.1.max(i + 1);
                if m.unit.as_deref() != Some("ordinal") {
                    m.verb_before = verb_before(toks, m.toks.0, t0, lx);
                }
                out.push(m);
            }
            None => i += 1,
        }
    }
    vote_tallies(toks, t1, &mut out);
    shared_rates(toks, &mut out);
    out
}

/// A share told as a ratio is a percentage: "one in four of the bees"
/// (25 percent), "three out of 10 adults" (30 percent).
fn ratio(
    toks: &Tokens,
    text: &str,
    t1: usize,
    lx: &Lexicon,
    skipped: &dyn Fn(usize) -> bool,
    m: &mut NumberMention,
) {
    // (A noun before it names what the share measures: "a turnout of
    // about two in five eligible voters".)
    if m.unit.is_some() || m.value < 1.0 || m.value.fract() != 0.0 || m.direct_noun {
        return;
    }
    let k = m.toks.1;
    let next = match (toks.lower(k), toks.lower(k + 1), toks.lower(k + 2)) {
        ("in", _, _) => k + 1,
        ("out", "of", _) => k + 2,
        _ => return,
    };
    if next >= t1 {
        return;
    }
    let Some(of) = number_at(toks, text, next, t1, lx, skipped) else {
        return;
    };
    if of.unit.is_some() || of.qualifier.is_some() || of.value <= m.value || of.value > 1000.0 {
        return;
    }
    m.value = m.value / of.value * 100.0;
    m.unit = Some("percent".into());
    // A ratio rounds a share ("nine in ten" of 91 percent).
    m.qualifier = m.qualifier.or(Some(crate::lexicon::Qualifier::About));
    if m.noun.is_none() {
        m.noun = of.noun;
        m.direct_noun = of.direct_noun;
    }
    m.span = m.span.cover(of.span);
    m.text = m.span.slice(text).to_string();
    m.toks.1 = of.toks.1;
}

/// A rate told once after figures joined by "and" is the rate of each:
/// "23 points and eight rebounds a game".
fn shared_rates(toks: &Tokens, nums: &mut [NumberMention]) {
    for k in (0..nums.len().saturating_sub(1)).rev() {
        let joined = nums[k + 1].toks.0 == nums[k].toks.1 + 1
            && matches!(toks.lower(nums[k].toks.1), "and" | "or");
        if joined && nums[k].per.is_none() && nums[k].unit == nums[k + 1].unit {
            nums[k].per = nums[k + 1].per.clone();
        }
    }
}

/// True when the figure at `i` is part of a name, a model or a number of a
/// route, not a count: a bare whole number right after a capitalised word
/// that is no function, number, date or unit word ("the Aura 2 kettle",
/// "Flight 370", "Route 9"), and before no unit or capitalised word
/// ("Labour 34%", "Kills 12 People" in a headline stay figures).
pub fn model_number(toks: &Tokens, i: usize, t0: usize, t1: usize, lx: &Lexicon) -> bool {
    use crate::lexicon::class;
    let cls = |k: usize| toks.class_in(k, lx);
    let t = &toks.toks[i];
    let w = toks.lower(i);
    if i == t0 || w.len() > 4 || !w.bytes().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let p = &toks.toks[i - 1];
    let name_before = p.is_word()
        && p.has(flag::CAP)
        && !p.has(flag::DIGIT)
        && p.span.end() + 1 == t.span.start()
        && cls(i - 1)
            & (class::STOP | class::DATE | class::NUMBER | class::UNIT | class::QUALIFIER | class::PLACE)
            == 0
        // A grade is a figure ("a Category 4 storm", "Stage 3 cancer").
        && !matches!(
            toks.lower(i - 1),
            "category" | "stage" | "level" | "grade" | "phase" | "tier" | "class" | "force"
        );
    // Not a place or a team set before a count ("In Kherson 14 civilians
    // were killed", "Fenwick United 2 Castleford 1").
    let run_start = (t0..i)
        .rev()
        .take_while(|&k| toks.toks[k].has(flag::CAP) && cls(k) & class::STOP == 0)
        .last();
    let noun_next = i + 1 < t1 && {
        let n = &toks.toks[i + 1];
        n.is_word() && !n.has(flag::CAP) && cls(i + 1) & class::STOP == 0
    };
    let placed = noun_next
        && run_start.is_some_and(|k| {
            k > t0
                && (cls(k - 1) & class::STOP != 0 || toks.toks[k - 1].has(flag::DIGIT))
                && !matches!(
                    toks.lower(k - 1),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her"
                )
        });
    let score = (i + 2 < t1
        && toks.toks[i + 1].has(flag::CAP)
        && (i + 2..(i + 4).min(t1)).any(|k| toks.toks[k].has(flag::DIGIT)))
        || run_start.is_some_and(|k| {
            k > t0 + 1 && toks.toks[k - 1].has(flag::DIGIT) && toks.toks[k - 2].has(flag::CAP)
        });
    let after_ok = i + 1 >= t1 || {
        let n = &toks.toks[i + 1];
        !(n.is_word() && n.has(flag::CAP))
            && cls(i + 1) & (class::NUMBER | class::UNIT) == 0
            && !matches!(toks.lower(i + 1), "-" | "–" | "to" | "%")
    };
    name_before && after_ok && !placed && !score
}

/// The noun of a figure counting votes for a motion.
pub const VOTES_FOR: &str = "votes for";
/// The noun of a figure counting votes against a motion.
pub const VOTES_AGAINST: &str = "votes against";

/// True when two figures count votes the same way on a motion.
pub fn votes_alike(a: &NumberMention, b: &NumberMention) -> bool {
    matches!(a.noun.as_deref(), Some(VOTES_FOR | VOTES_AGAINST)) && a.noun == b.noun
}

/// Votes for and against: "voted five to two", "by a vote of 7-2"
/// (written as two figures), "Four trustees backed the plan and three
/// opposed it". The figures count votes each way, whatever noun follows.
fn vote_tallies(toks: &Tokens, t1: usize, nums: &mut [NumberMention]) {
    const FOR: &[&str] = &[
        "backed",
        "supported",
        "favoured",
        "favored",
        "approved",
        "endorsed",
    ];
    const AGAINST: &[&str] = &["opposed", "rejected", "against", "dissented"];
    let mark = |m: &mut NumberMention, way: &str| {
        m.noun = Some(way.to_string());
        m.direct_noun = true;
        m.unit = None;
        m.part = false;
    };
    // "voted five to two", "voted 5 to 2", "by a vote of five to two".
    for k in 0..nums.len().saturating_sub(1) {
        let (x, y) = (&nums[k], &nums[k + 1]);
        let joined = y.toks.0 == x.toks.1 + 1
            && matches!(toks.lower(x.toks.1), "to" | "-" | "–")
            && x.toks.0 > 0;
        // Or the first counts votes itself: "approved it by eight votes to
        // five".
        let voted = (x.toks.0.saturating_sub(4)..x.toks.0)
            .any(|j| matches!(toks.lower(j), "voted" | "vote" | "votes" | "voting"))
            || x.noun.as_deref().is_some_and(|w| w.starts_with("vote"));
        if joined && voted && x.value >= y.value {
            let (first, rest) = nums.split_at_mut(k + 1);
            mark(&mut first[k], VOTES_FOR);
            mark(&mut rest[0], VOTES_AGAINST);
        }
    }
    // "voted 7-2", "by a 5-4 vote": one token, the votes for first.
    for m in nums.iter_mut() {
        let vote_noun = m.noun.as_deref().is_some_and(|w| w.starts_with("vote"));
        let tally = (m.toks.1 == m.toks.0 + 1 || vote_noun && m.toks.1 == m.toks.0 + 2)
            && toks
                .lower(m.toks.0)
                .split_once(['-', '–'])
                .is_some_and(|(x, y)| {
                    !x.is_empty()
                        && !y.is_empty()
                        && x.bytes().all(|c| c.is_ascii_digit())
                        && y.bytes().all(|c| c.is_ascii_digit())
                        && x.len() <= 3
                        && y.len() <= 3
                });
        let vote_near = (m.toks.0.saturating_sub(4)..(m.toks.1 + 2).min(t1))
            .any(|j| matches!(toks.lower(j), "voted" | "vote" | "votes" | "voting"));
        // "The budget passed 6-3", "the court ruled 5-4": a motion's fate
        // right before (not a game's: "won 6-3").
        let decided = m.toks.0 > 0
            && matches!(
                toks.lower(m.toks.0 - 1),
                "passed" | "approved" | "adopted" | "rejected" | "ruled" | "upheld"
            );
        if tally && (vote_near || decided) && (m.noun.is_none() || vote_noun) {
            mark(m, VOTES_FOR);
        }
    }
    // "Four trustees backed the plan and three opposed it".
    let way = |m: &NumberMention, words: &[&str]| {
        (m.toks.0 + 1..(m.toks.1 + 3).min(t1)).any(|j| words.contains(&toks.lower(j)))
            || toks.lower(m.toks.1) == "voted" && words.contains(&toks.lower(m.toks.1 + 1))
    };
    for k in 0..nums.len().saturating_sub(1) {
        if nums[k].noun.as_deref() == Some(VOTES_FOR) {
            continue;
        }
        let for_ = way(&nums[k], FOR) || {
            let m = &nums[k];
            toks.lower(m.toks.1) == "voted" && matches!(toks.lower(m.toks.1 + 1), "for" | "in")
                // "with eight councillors in favour and five against".
                || toks.lower(m.toks.1) == "in"
                    && matches!(toks.lower(m.toks.1 + 1), "favour" | "favor")
        };
        let against = way(&nums[k + 1], AGAINST);
        if for_ && against && nums[k + 1].toks.0 < nums[k].toks.1 + 12 {
            let (first, rest) = nums.split_at_mut(k + 1);
            mark(&mut first[k], VOTES_FOR);
            mark(&mut rest[0], VOTES_AGAINST);
        }
    }
}

fn number_at(
    toks: &Tokens,
    text: &str,
    i: usize,
    end: usize,
    lx: &Lexicon,
    skipped: &dyn Fn(usize) -> bool,
) -> Option<NumberMention> {
    let start = i;
    let mut j = i;
    // A figure's words stand close together: words apart by more than a few
    // spaces (text skipped between them: a photo credit) are no part of it.
    let end = (i + 1..end.min(i + 16))
        .find(|&k| toks.toks[k].span.start() > toks.toks[k - 1].span.end() + 3)
        .unwrap_or(end);
    // Qualifier.
    let mut qualifier = None;
    if let Some((len, q)) = lx.qualifiers.match_at(toks, j, end) {
        // "some" and "over" are only qualifiers right before a figure.
        qualifier = Some(*q);
        j += len;
    }
    // Currency before the figure: "$", "£", "US$", "Sh408.4" (glued).
    let mut unit: Option<(String, f64)> = None;
    if j < end {
        if let Some((len, u)) = lx.units.match_at(toks, j, end) {
            let is_symbol =
                toks.toks[j].kind != crate::parse::token::TokKind::Word || toks.lower(j) == "us";
            if is_symbol && u.name.len() == 3 {
                unit = Some((u.name.clone(), u.factor));
                j += len;
            }
        }
    }
    if j >= end || skipped(j) {
        return None;
    }
    // Glued currency prefix: "Sh408.4", "Rs500".
    let mut glued_cur = None;
    let w = toks.lower(j);
    if toks.toks[j].has(flag::DIGIT)
        && toks.toks[j].has(flag::ALPHA)
        && w.chars().next().is_some_and(|c| c.is_alphabetic())
    {
        let split = w.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
        let (prefix, _) = w.split_at(split);
        if let Some(u) = lx.units.get_exact(prefix).filter(|u| u.name.len() == 3) {
            glued_cur = Some((u.name.clone(), split));
        }
    }
    let (len, mut value, kind, suffix_unit) = if let Some((cur, split)) = &glued_cur {
        let (v, suffix) = parse_numeral(&w[*split..])?;
        unit = Some((cur.clone(), 1.0));
        let m = if suffix.is_empty() {
            1.0
        } else {
            match lx.numbers.get(suffix) {
                Some((m, NumWord::Suffix)) => *m,
                _ => return None,
            }
        };
        (1, v * m, NumWord::Unit, None)
    } else {
        core_at(toks, j, end, lx)?
    };
    // "one" alone is a pronoun far more often than a count ("one of the largest").
    if toks.lower(j) == "one"
        && (toks.lower(j + 1) == "of" || j + 1 >= end || !toks.toks[j + 1].is_word())
    {
        return None;
    }
    if kind == NumWord::Ordinal {
        let end_tok = j + len;
        return Some(NumberMention {
            text: Span::new(
                toks.toks[start].span.start(),
                toks.toks[end_tok - 1].span.end(),
            )
            .slice(text)
            .to_string(),
            value,
            qualifier,
            unit: Some("ordinal".into()),
            per: None,
            noun: noun_after(toks, end_tok, end, lx).map(|(n, _)| n),
            direct_noun: true,
            capacity: false,
            increment: false,
            whole: false,
            part: false,
            share: false,
            across_all: false,
            away: false,
            stretch: false,
            estimate: false,
            verb: None,
            verb_before: None,
            span: Span::new(
                toks.toks[start].span.start(),
                toks.toks[end_tok - 1].span.end(),
            ),
            toks: (start, end_tok),
        });
    }
    let mut k = j + len;
    // "two and a half", "three and a quarter": the fraction adds.
    if k + 2 < end && toks.lower(k) == "and" && matches!(toks.lower(k + 1), "a" | "an") {
        if let Some((f, NumWord::Fraction)) = lx.numbers.get(toks.lower(k + 2)) {
            if *f < 1.0 {
                value += f;
                k += 3;
            }
        }
    }
    // Magnitude words: "1.2 million", "408.4 billion", "two hundred".
    while k < end && !skipped(k) {
        match lx.numbers.get(toks.lower(k)) {
            Some((m, NumWord::Mult)) => {
                value *= m;
                k += 1;
            }
            Some((m, NumWord::Suffix))
                if toks.toks[k].span.start() == toks.toks[k - 1].span.end() =>
            {
                value *= m;
                k += 1;
            }
            _ => break,
        }
    }
    if let Some(u) = suffix_unit {
        unit = Some(u);
    }
    // Unit after: "%", "per cent", "basis points", "pounds", "percentage point".
    if k < end && unit.is_none() {
        if let Some((ulen, u)) = lx.units.match_at(toks, k, end) {
            let is_word_unit = toks.toks[k].is_word() || toks.lower(k) == "%";
            if is_word_unit {
                unit = Some((u.name.clone(), u.factor));
                k += ulen;
            }
        }
    }
    // An earthquake's size: "magnitude 2.9", "2.9 on the Richter scale",
    // "3.4 on the local magnitude scale".
    if unit.is_none() && kind != NumWord::Fraction && magnitude_at(toks, start, k, end) {
        unit = Some(("magnitude".to_string(), 1.0));
    }
    let (unit_name, factor) = match unit {
        Some((n, f)) => (Some(n), f),
        None => (None, 1.0),
    };
    let after_unit = k;
    value *= factor;
    // "a quarter" alone is not a quantity unless a unit follows ("a quarter of a percentage point").
    if kind == NumWord::Fraction && unit_name.is_none() {
        return None;
    }
    // A bare year-like number stays a number only with a unit or noun; dates took the rest.
    let mut per = None;
    let mut noun = None;
    let mut increment = false;
    if k < end {
        if let Some((n, used)) = noun_after(toks, k, end, lx) {
            increment = (k..used).any(|j| {
                matches!(
                    toks.lower(j),
                    "additional" | "extra" | "more" | "further" | "new" | "fewer" | "another"
                )
            });
            noun = Some(n);
            k = used;
            // "caring for 12 patients each": a figure per person.
            if k < end && toks.lower(k) == "each" {
                per = Some("each".to_string());
                k += 1;
            }
        }
    }
    // "Two of the lost containers": a share of things told of, counted by
    // their noun, not their number.
    let mut share = false;
    if noun.is_none() && unit_name.is_none() {
        if let Some((n, used)) = share_of(toks, k, end, lx) {
            noun = Some(n);
            k = used;
            share = true;
        }
    }
    // "150,000 pounds ($197,000) a week": the rate comes after a conversion in brackets.
    let mut r = k;
    if r < end && toks.lower(r) == "(" {
        if let Some(close) = (r + 1..end.min(r + 8)).find(|&x| toks.lower(x) == ")") {
            r = close + 1;
        }
    } else if r < end && toks.lower(r) == ")" {
        r += 1;
    }
    if r + 1 < end && matches!(toks.lower(r), "a" | "an" | "per" | "each" | "every") {
        let w = toks.lower(r + 1);
        if matches!(
            w,
            "week"
                | "year"
                | "month"
                | "day"
                | "hour"
                | "dollar"
                | "share"
                | "barrel"
                | "head"
                | "person"
                | "game"
                | "season"
        ) {
            per = Some(w.to_string());
            if r == k {
                k += 2;
            }
        }
    }
    // "52,000 vehicles use the viaduct each day": a rate closing the
    // clause after its verb.
    if per.is_none() && noun.is_some() {
        let mut j = k;
        while j + 1 < end && j < k + 7 {
            let w = toks.lower(j);
            if matches!(w, "," | ";" | "." | "and" | "but" | "(" | ":") || toks.toks[j].is_quote() {
                break;
            }
            if matches!(w, "a" | "per" | "each" | "every")
                && matches!(
                    toks.lower(j + 1),
                    "day" | "week" | "month" | "year" | "hour"
                )
                && (j + 2 >= end || !toks.toks[j + 2].is_word())
            {
                per = Some(toks.lower(j + 1).to_string());
                break;
            }
            // "on an average weekday", "on a typical day", "daily".
            let typical = |i: usize| matches!(toks.lower(i), "average" | "typical" | "normal");
            let day = |i: usize| matches!(toks.lower(i), "day" | "weekday");
            if w == "daily" && (j + 1 >= end || !toks.toks[j + 1].is_word())
                || w == "on"
                    && j + 3 < end
                    && matches!(toks.lower(j + 1), "a" | "an")
                    && typical(j + 2)
                    && day(j + 3)
            {
                per = Some("day".to_string());
                break;
            }
            j += 1;
        }
    }
    let mut direct = noun.is_some();
    // "The crack, about 14 metres long", "a fissure stretching 40 metres":
    // a length of the noun before.
    let length = matches!(unit_name.as_deref(), Some("metre" | "mile" | "foot"));
    if let Some(thing) = length
        .then(|| measured_noun(toks, start, after_unit, end, lx))
        .flatten()
    {
        noun = Some(thing);
        direct = true;
        k = after_unit;
    }
    // "about 640 metres underground", "some 410 metres below the surface":
    // a depth, whatever is that deep.
    if length && depth_after(toks, after_unit, end) {
        noun = Some("depth".to_string());
        direct = true;
    }
    if noun.is_none() {
        noun = noun_before(toks, start, lx);
    }
    // A figure too large for a float ("999...9", "a trillion trillion") is not a quantity.
    if !value.is_finite() {
        return None;
    }
    let span = Span::new(toks.toks[start].span.start(), toks.toks[k - 1].span.end());
    let verb = verb_after(toks, k, end, lx);
    // "about 35 miles away": a distance by its unit or its noun.
    let away = noun.as_deref().is_some_and(is_distance) && away_after(toks, k, end)
        || length && away_after(toks, after_unit, end);
    // "dozens", "hundreds": at least two of that many, no more precise.
    let qualifier = match (kind, qualifier) {
        (NumWord::Approx, None) => Some(Qualifier::AtLeast),
        _ => qualifier,
    };
    // "the harbour's five-knot limit": a limit, not what was.
    let capacity = capacity_before(toks, start)
        || noun
            .as_deref()
            .is_some_and(|n| matches!(n, "limit" | "cap" | "ceiling" | "maximum"));
    Some(NumberMention {
        text: span.slice(text).to_string(),
        value,
        qualifier,
        unit: unit_name,
        per,
        noun,
        direct_noun: direct,
        capacity,
        // "a further 1,200 people", "another 300 homes": more, after an
        // earlier count.
        increment: increment
            || start > 0
                && matches!(
                    toks.lower(start - 1),
                    "further" | "another" | "additional" | "extra"
                ),
        whole: whole_before(toks, start, lx) || workforce_before(toks, start, lx),
        part: coordinated(toks, start, k, end),
        share,
        across_all: across_all(toks, k, end),
        estimate: matches!(
            toks.lower(k),
            "expected" | "forecast" | "estimated" | "projected"
        ) || start > 0
            && matches!(
                toks.lower(start - 1),
                "estimated" | "projected" | "forecast"
            ),
        away,
        stretch: start > 0
            && matches!(
                toks.lower(start - 1),
                "final" | "last" | "first" | "opening" | "closing" | "remaining"
            )
            && start >= 2
            && crate::lexicon::is_determiner(toks.lower(start - 2)),
        verb,
        verb_before: None,
        span,
        toks: (start, k),
    })
}

/// True when the figure's group is joined to another by "and"/"plus": "the
/// driver and one passenger", "two women and a man".
fn coordinated(toks: &Tokens, start: usize, k: usize, end: usize) -> bool {
    // After a noun ("the driver and one passenger"), not after a verb
    // ("were injured and three died": two clauses).
    let w = toks.lower(start.saturating_sub(2));
    // Not a plural in "-en" ("two women and one man").
    let wn = crate::lexicon::wordnet::WordNet::builtin();
    let plural_en = wn
        .lemma(w, crate::lexicon::wordnet::Pos::Noun)
        .is_some_and(|l| wn.text(l) != w);
    let verbish = (w.ends_with("ed") || w.ends_with("en")) && !plural_en
        || matches!(w, "died" | "hurt" | "killed");
    let before = start >= 2
        && matches!(toks.lower(start - 1), "and" | "plus")
        && toks.toks[start - 2].is_word()
        && !toks.toks[start - 2].has(flag::DIGIT)
        && !verbish;
    let after = k + 1 < end
        && matches!(toks.lower(k), "and" | "plus")
        && matches!(toks.lower(k + 1), "a" | "an" | "one")
        || k + 1 < end && toks.lower(k) == "and" && toks.toks[k + 1].has(flag::DIGIT);
    before && !matches!(toks.lower(start - 2), "between") || after
}

/// True for a noun of distance ("miles", "km").
fn is_distance(noun: &str) -> bool {
    matches!(
        noun.trim_end_matches('s'),
        "mile"
            | "km"
            | "kilometre"
            | "kilometer"
            | "metre"
            | "meter"
            | "feet"
            | "foot"
            | "yard"
            | "nautical mile"
    )
}

/// The kind of a measure's unit: `Some(true)` for a length, weight or
/// volume (a fixed size: "metre", "foot", "mile", "tonne", "kg", "litre"),
/// `Some(false)` for a speed ("mph", "knot"), `None` for any other unit or
/// none.
pub fn measure(unit: Option<&str>) -> Option<bool> {
    match unit? {
        "metre" | "foot" | "mile" | "tonne" | "kg" | "litre" => Some(true),
        "mph" | "knot" => Some(false),
        _ => None,
    }
}

/// The noun a length measures, told before it: "The crack, about 14 metres
/// long" (an extent after the unit), "a fissure stretching 40 metres" (a
/// verb of extent before the figure).
fn measured_noun(
    toks: &Tokens,
    start: usize,
    after_unit: usize,
    end: usize,
    lx: &Lexicon,
) -> Option<String> {
    let extent_after = after_unit < end && crate::lexicon::extent_word(toks.lower(after_unit));
    let mut j = start.checked_sub(1)?;
    let noun_at = |j: usize| {
        let t = toks.get(j)?;
        let w = toks.lower(j);
        // A capital only for the sentence's first word ("Queues stretching
        // 20 miles").
        let first = j == 0 || !toks.toks[j - 1].is_word() && !toks.toks[j - 1].is_punct(',');
        (t.is_word() && !t.has(flag::DIGIT) && (!t.has(flag::CAP) || first) && !lx.is_stop(w))
            .then(|| singular(w))
    };
    if matches!(
        toks.lower(j),
        "stretching" | "measuring" | "spanning" | "extending" | "running"
    ) {
        return noun_at(j.checked_sub(1)?);
    }
    if extent_after && toks.lower(j) == "," {
        j = j.checked_sub(1)?;
        return noun_at(j);
    }
    None
}

/// True when a figure is told over every kind of a thing: "in all
/// competitions", "across all platforms", "in every category" within a few
/// words after it (its clause).
fn across_all(toks: &Tokens, k: usize, end: usize) -> bool {
    (k..end.min(k + 5))
        .take_while(|&j| toks.toks[j].is_word() && !matches!(toks.lower(j), "and" | "but"))
        .any(|j| {
            matches!(toks.lower(j), "in" | "across" | "over")
                && j + 2 < end
                && matches!(toks.lower(j + 1), "all" | "every")
                && toks.toks[j + 2].is_word()
                && !toks.toks[j + 2].has(flag::DIGIT)
                && !matches!(toks.lower(j + 2), "the" | "of" | "its" | "their")
        })
}

/// True when a depth is told after a length: "underground", "deep",
/// "below the surface", "beneath the seabed".
fn depth_after(toks: &Tokens, k: usize, end: usize) -> bool {
    if k >= end {
        return false;
    }
    match toks.lower(k) {
        "underground" | "deep" | "down" | "subsea" => true,
        "below" | "beneath" | "under" => {
            let mut j = k + 1;
            if j < end && toks.lower(j) == "the" {
                j += 1;
            }
            j < end
                && matches!(
                    toks.lower(j),
                    "surface" | "ground" | "seabed" | "sea" | "seafloor" | "street" | "waterline"
                )
        }
        _ => false,
    }
}

/// True when a distance from somewhere follows: "away", "from", "north of".
fn away_after(toks: &Tokens, k: usize, end: usize) -> bool {
    k < end
        && (crate::lexicon::is_compass(toks.lower(k))
            || matches!(
                toks.lower(k),
                "away" | "from" | "outside" | "off" | "offshore" | "inland"
            ))
}

/// The noun a figure counts: the last plural among the next few lowercase words
/// ("84,000 lithium-ion batteries sold" -> "battery"), else the first.
fn noun_after(toks: &Tokens, k: usize, end: usize, lx: &Lexicon) -> Option<(String, usize)> {
    let mut best: Option<(String, usize)> = None;
    let mut k = k;
    // "48,000 of its kettles": what a share of one owner's things counts.
    if k + 2 < end
        && toks.lower(k) == "of"
        && matches!(toks.lower(k + 1), "its" | "their" | "his" | "her" | "our")
    {
        k += 2;
    }
    // "71,000 Aura 2 kettles": a model's name and number before the noun.
    if k + 2 < end
        && toks.toks[k].has(flag::CAP)
        && toks.toks[k + 1].has(flag::DIGIT)
        && model_number(toks, k + 1, k, end, lx)
    {
        k += 2;
    }
    let mut j = k;
    let mut reach = k + 3;
    while j < end && j < reach {
        let t = &toks.toks[j];
        let w = toks.lower(j);
        // A period before the noun ("seven 18th-century gold snuffboxes",
        // "two 1960s-era cars") describes it.
        if t.has(flag::DIGIT) && dated_modifier(w) {
            j += 1;
            reach += 1;
            continue;
        }
        if !t.is_word()
            || t.has(flag::DIGIT)
            || lx.is_stop(w)
            || lx.cues.contains_key(w)
            || w.ends_with("ed") && j > k
            // An irregular past is a verb ("£6.5 million came from ...").
            || is_irregular_past(w, lx)
            // "20 miles west of the town": a direction, not what is counted.
            || !t.has(flag::CAP) && crate::lexicon::is_compass(w)
        {
            break;
        }
        if t.has(flag::CAP) && j > k {
            break;
        }
        // A plural is the head ("three police officers"); a hyphenated
        // word modifies the next ("a £2bn cash-and-shares deal").
        let after_modifier = best.is_some()
            && (toks.lower(j - 1).contains('-') || adjective_before_noun(toks.lower(j - 1), w));
        if best.is_none() || (w.ends_with('s') && !w.ends_with("ss")) || after_modifier {
            best = Some((singular(w), j + 1));
        }
        j += 1;
    }
    best
}

/// What a share counts: "of the (lost) containers" after a figure, the
/// noun and where it ends. Not "of the 40 people" (a figure of its own).
fn share_of(toks: &Tokens, k: usize, end: usize, lx: &Lexicon) -> Option<(String, usize)> {
    if !(k + 2 < end
        && toks.lower(k) == "of"
        && matches!(toks.lower(k + 1), "the" | "these" | "those"))
    {
        return None;
    }
    let mut j = k + 2;
    // Past a participle before the plural ("the lost containers").
    let w = toks.lower(j);
    if j + 1 < end
        && toks.toks[j].is_word()
        && (w.ends_with("ed") || is_irregular_past(w, lx))
        && toks.lower(j + 1).ends_with('s')
    {
        j += 1;
    }
    let w = toks.lower(j);
    (toks.toks[j].is_word()
        && !toks.toks[j].has(flag::CAP)
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !lx.is_stop(w))
    .then(|| (singular(w), j + 1))
}

/// True for an irregular past of a verb ("came", "went", "rose"): a verb
/// after a figure, not what it counts. Not a plural ("children").
fn is_irregular_past(w: &str, lx: &Lexicon) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    // A plural of a noun ("men" of "man") is no past of a verb "man".
    let plural_of = |base: &str| wn.lemma(w, Pos::Noun).is_some_and(|l| wn.text(l) == base);
    lx.irregular.get(w).is_some_and(|base| {
        base != w
            && !w.ends_with('s')
            // A participle before a noun modifies it ("one injured worker").
            && !w.ends_with("ed")
            // A form of a verb ("came"), not a word derived from one
            // ("dead" of "die").
            && wn.lemma(w, Pos::Verb).is_some_and(|l| wn.text(l) == base)
            && !plural_of(base)
    })
}

/// True for a hyphenated word naming a period: "18th-century",
/// "1960s-era".
fn dated_modifier(w: &str) -> bool {
    let Some((first, rest)) = w.split_once('-') else {
        return false;
    };
    let digits = first.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(&first[digits.len()..], "st" | "nd" | "rd" | "th" | "s")
        // A period, not a place ("two 10th-floor flats" are other flats
        // than "three 9th-floor flats").
        && matches!(rest, "century" | "era" | "vintage")
}

/// True when `adj` is an adjective modifying the noun `noun` after it
/// ("60 former staff", "nine injured workers"): the noun is the head.
fn adjective_before_noun(adj: &str, noun: &str) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    wn.lemma(adj, Pos::Adj).is_some() && wn.lemma(noun, Pos::Noun).is_some()
}

/// True when a figure is the whole of a share: "... of the (city's)
/// (roughly) N" after a figure or a share word.
/// True when a figure counts a body's whole workforce: "employs about 200
/// people", "the town's largest employer, with 3,100 staff", "a workforce
/// of 900". A count of those doing something ("2,300 workers walked out")
/// is a part of it, not the same quantity.
fn workforce_before(toks: &Tokens, start: usize, lx: &Lexicon) -> bool {
    let mut j = start;
    while j > 0
        && toks.is(j - 1, class::QUALIFIER, |w| {
            lx.class_of(w) & class::QUALIFIER != 0
        })
    {
        j -= 1;
    }
    let at = |k: usize| if k <= j { toks.lower(j - k) } else { "" };
    // "About 3,000 workers are employed at the plant": after the figure.
    let employed_after = (start + 1..start + 5).any(|k| {
        toks.lower(k) == "employed" && matches!(toks.lower(k - 1), "are" | "were" | "is" | "was")
    });
    // "The plant, with 2,300 workers, is the town's largest employer".
    let employer_after = at(1) == "with"
        && (start + 1..start + 10).any(|k| matches!(toks.lower(k), "employer" | "employers"));
    matches!(at(1), "employs" | "employing" | "employ" | "employed")
        || at(1) == "with" && (2..=3).any(|k| matches!(at(k), "employer" | "employers"))
        || at(1) == "of" && matches!(at(2), "workforce" | "payroll")
        || employed_after
        || employer_after
}

fn whole_before(toks: &Tokens, start: usize, lx: &Lexicon) -> bool {
    let mut j = start;
    // Back over "the", a possessive and a qualifier: "of the city's roughly".
    let mut steps = 0;
    while j > 0 && steps < 4 {
        let w = toks.lower(j - 1);
        let poss = toks.toks[j - 1].has(flag::POSS);
        if matches!(w, "the" | "its" | "their")
            || poss
            || toks.is(j - 1, class::QUALIFIER, |w| {
                lx.class_of(w) & class::QUALIFIER != 0
            })
        {
            j -= 1;
            steps += 1;
        } else {
            break;
        }
    }
    if j < 2 || toks.lower(j - 1) != "of" {
        return false;
    }
    let w = toks.lower(j - 2);
    toks.toks[j - 2].has(flag::DIGIT)
        || matches!(
            w,
            "percent"
                | "%"
                | "cent"
                | "half"
                | "third"
                | "quarter"
                | "most"
                | "all"
                | "some"
                | "many"
                | "majority"
                | "share"
                | "proportion"
                | "fraction"
                | "none"
        )
        || lx.numbers.contains_key(w)
}

/// True when a capacity word stands within four tokens before a figure.
fn capacity_before(toks: &Tokens, start: usize) -> bool {
    (start.saturating_sub(4)..start).any(|k| {
        matches!(
            toks.lower(k),
            "capacity"
                | "licensed"
                | "licenced"
                | "designed"
                | "allowed"
                | "permitted"
                | "able"
                | "can"
                | "cannot"
                | "could"
                | "maximum"
                | "limit"
                | "rated"
                | "certified"
                | "built"
        )
    })
}

/// The verb after a figure and its noun: "three people had died", "were hurt".
fn verb_after(toks: &Tokens, k: usize, end: usize, lx: &Lexicon) -> Option<String> {
    let mut j = k;
    // Past whom the counted belong to: "Nine employees of Norbeck
    // Polymers were admitted".
    if toks.lower(j) == "of" && toks.toks.get(j + 1).is_some_and(|t| t.has(flag::CAP)) {
        j += 1;
        while j < end && j < k + 6 && toks.toks[j].has(flag::CAP) {
            j += 1;
        }
    }
    let k = j;
    let mut aux = false;
    while j < end && j < k + 4 {
        let w = toks.lower(j);
        if matches!(
            w,
            "had"
                | "have"
                | "has"
                | "been"
                | "were"
                | "was"
                | "are"
                | "is"
                | "be"
                | "being"
                | "remain"
                | "remained"
                | "remains"
        ) {
            aux = true;
            j += 1;
            continue;
        }
        // "were still missing", "are now dead".
        if aux && matches!(w, "still" | "now" | "also" | "all" | "reportedly") {
            j += 1;
            continue;
        }
        let t = &toks.toks[j];
        // "Nine hikers missing": a state of a changing count.
        if j == k && lx.changing.contains(w) {
            return Some(w.to_string());
        }
        // "left 1.8 million customers unable to pay": their state, as
        // "were unable to" tells it.
        if j == k && matches!(w, "unable" | "able") && toks.lower(j + 1) == "to" {
            return Some(w.to_string());
        }
        // After an auxiliary any word is the verb ("were swept", "had come").
        if t.is_word()
            && !t.has(flag::CAP)
            && (w.ends_with("ed") || lx.irregular.contains_key(w) || (aux && !lx.is_stop(w)))
        {
            // "were taken to hospital", "was airlifted to a hospital": hospitalised.
            if to_hospital(toks, j + 1, end) {
                return Some("hospitalised".to_string());
            }
            // "suffered minor injuries", "sustained burns": injured.
            if matches!(w, "suffered" | "sustained" | "received")
                && (j + 1..(j + 4).min(end)).any(|i| {
                    matches!(
                        toks.lower(i),
                        "injuries" | "injury" | "burns" | "wounds" | "fractures" | "cuts"
                    )
                })
            {
                return Some("injured".to_string());
            }
            return Some(w.to_string());
        }
        return None;
    }
    None
}

/// True when "to (a / the) hospital" starts at `k`: carried there, for
/// whatever verb ("taken", "rushed", "airlifted").
fn to_hospital(toks: &Tokens, k: usize, end: usize) -> bool {
    if k >= end || toks.lower(k) != "to" {
        return false;
    }
    let mut j = k + 1;
    while j < end && j < k + 4 && matches!(toks.lower(j), "a" | "the" | "local" | "nearby") {
        j += 1;
    }
    // Or one by name: "to Mercy Valley Hospital", "to St Anne's Hospital".
    while j + 1 < end && j < k + 6 && toks.toks[j].has(flag::CAP) && toks.lower(j) != "hospital" {
        j += 1;
    }
    j < end && matches!(toks.lower(j), "hospital" | "hospitals")
}

/// Verbs that say little about what happened ("stood at", "took place").
pub const LIGHT_VERBS: &[&str] = &[
    "be", "have", "do", "stand", "take", "make", "get", "go", "come", "put", "set", "hold", "give",
    "keep", "remain", "become", "reach", "see", "show", "say", "tell", "stood", "took", "made",
    "got", "went", "came", "held", "gave", "kept", "remained", "became", "reached", "saw",
    "showed", "said", "told", "had", "did",
];

/// The verb a figure is the object of, up to six words back in its clause:
/// "stole the personal records of about 480,000 patients" -> "stole". Light
/// verbs ("had", "took"), cues ("reported") and participles used as
/// adjectives ("an estimated 300") are not what happened.
fn verb_before(toks: &Tokens, start: usize, t0: usize, lx: &Lexicon) -> Option<String> {
    // A figure in a name ("Route 9", "Flight 370") is nobody's object.
    if start > t0 && toks.toks[start - 1].has(flag::CAP) {
        return None;
    }
    let mut j = start;
    while j > t0 && start - j < 6 {
        j -= 1;
        let t = &toks.toks[j];
        let w = toks.lower(j);
        if !t.is_word() || t.has(flag::DIGIT) {
            return None;
        }
        if matches!(
            w,
            "and" | "or" | "but" | "while" | "that" | "which" | "who" | "whom" | "when" | "after"
                | "before" | "as" | "than"
                // Prepositions other than "of" start an adjunct: "died in
                // the crash on Route 9" says nothing of what 9 is.
                | "in" | "on" | "at" | "from" | "with" | "by" | "into" | "near"
                | "during" | "since" | "until" | "for" | "to" | "over" | "under"
        ) {
            return None;
        }
        // Determiners and "of" stay inside the object ("stole the records
        // of 480,000"); any other function word ("across", "after") starts
        // an adjunct.
        if lx.is_stop(w) {
            if crate::lexicon::is_determiner(w) || matches!(w, "of" | "some" | "these" | "those") {
                continue;
            }
            return None;
        }
        if t.has(flag::CAP) {
            continue;
        }
        let verbal = w.ends_with("ed") || lx.irregular.contains_key(w);
        if !verbal {
            continue;
        }
        let article = j > t0 && matches!(toks.lower(j - 1), "a" | "an" | "the");
        if article
            || LIGHT_VERBS.contains(&w)
            || lx.cues.contains_key(w)
            || lx.auxiliaries.contains(w)
        {
            return None;
        }
        return Some(w.to_string());
    }
    None
}

/// The noun before a figure in "the death toll at four", "rate of 10.5%".
fn noun_before(toks: &Tokens, start: usize, lx: &Lexicon) -> Option<String> {
    if start < 2 {
        return None;
    }
    let link = toks.lower(start - 1);
    if !matches!(
        link,
        "at" | "of" | "to" | "was" | "is" | "were" | "stood" | "reached" | "hit"
    ) {
        return None;
    }
    let mut j = start - 2;
    // Skip a verb like "put" or "stood": look one more word back for the noun.
    for _ in 0..2 {
        let t = toks.get(j)?;
        let w = toks.lower(j);
        // A sentence's first word is capitalised though a common noun
        // ("Turnout was 41 percent").
        let opening = j == 0 || toks.get(j - 1).is_some_and(|p| !p.is_word());
        let common = || {
            use crate::lexicon::wordnet::{Pos, WordNet};
            opening && WordNet::builtin().lemma(w, Pos::Noun).is_some()
        };
        if t.is_word() && !t.has(flag::DIGIT) && !lx.is_stop(w) && (!t.has(flag::CAP) || common()) {
            // "25 basis points to 10.50%": a unit word belongs to the figure before.
            if lx.units.starts_with(w) || matches!(w, "points" | "point" | "cent" | "percent") {
                return None;
            }
            // "travelling at 27mph", "moving at seven knots": a rate of an
            // act names no thing counted.
            if link == "at" && w.ends_with("ing") {
                return None;
            }
            // "came in at £18m": a verb, no thing named.
            if is_irregular_past(w, lx) {
                return None;
            }
            return Some(singular(w));
        }
        if j == 0 {
            break;
        }
        j -= 1;
    }
    None
}

/// True when the figure at `start..k` is an earthquake's size: after the
/// word "magnitude" ("magnitude 2.9", "a magnitude-4 quake"), or before "on
/// the Richter scale" / "on the local magnitude scale".
fn magnitude_at(toks: &Tokens, start: usize, k: usize, end: usize) -> bool {
    let scale_word = |w: &str| matches!(w, "magnitude" | "richter");
    if start > 0 && scale_word(toks.lower(start - 1)) {
        return true;
    }
    // "put the quake's magnitude at 5.9", "a magnitude of 4".
    if start > 1
        && matches!(toks.lower(start - 1), "at" | "of" | "was" | "is")
        && toks.lower(start - 2) == "magnitude"
    {
        return true;
    }
    if k + 2 < end && toks.lower(k) == "on" && matches!(toks.lower(k + 1), "the" | "a") {
        let scale = (k + 2..end.min(k + 6)).find(|&j| toks.lower(j) == "scale");
        return scale.is_some_and(|s| (k + 2..s).any(|j| scale_word(toks.lower(j))));
    }
    false
}

/// The noun of a hyphenated figure ("12-year-old" -> "year-old").
pub fn glued_noun(tok: &str) -> Option<&str> {
    tok.split_once('-').map(|(_, b)| b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::token::tokenize;

    fn nums(text: &str) -> Vec<NumberMention> {
        let toks = tokenize(text, 0, text.len());
        find_numbers(&toks, text, 0, toks.len(), &[], Lexicon::builtin())
    }

    fn one(text: &str) -> (f64, Option<String>, Option<Qualifier>) {
        let n = nums(text)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no number in {text:?}"));
        (n.value, n.unit, n.qualifier)
    }

    #[test]
    fn a_tally_of_votes_on_a_motion() {
        let noun = |t: &str| nums(t).remove(0).noun;
        assert_eq!(
            noun("approved the plan on a 5-4 vote").as_deref(),
            Some(VOTES_FOR)
        );
        assert_eq!(
            noun("The budget passed 6-3 after midnight").as_deref(),
            Some(VOTES_FOR)
        );
        assert_eq!(
            noun("The court ruled 5-4 in her favour").as_deref(),
            Some(VOTES_FOR)
        );
        // A game's score is no vote.
        assert_ne!(noun("Leeds won 6-3 at home").as_deref(), Some(VOTES_FOR));
        // Votes counted as such, each way.
        let ways = |t: &str| nums(t).into_iter().map(|n| n.noun).collect::<Vec<_>>();
        assert_eq!(
            ways("Councillors approved the extension by eight votes to five."),
            [Some(VOTES_FOR.to_string()), Some(VOTES_AGAINST.to_string())]
        );
        assert_eq!(
            ways("It passed, with seven councillors in favour and four against."),
            [Some(VOTES_FOR.to_string()), Some(VOTES_AGAINST.to_string())]
        );
        assert_eq!(
            ways("Nine councillors voted in favour of the extension and four voted against it."),
            [Some(VOTES_FOR.to_string()), Some(VOTES_AGAINST.to_string())]
        );
    }

    #[test]
    fn the_counted_noun_past_its_modifiers() {
        let noun = |t: &str| nums(t).remove(0).noun;
        // A period before the noun describes it.
        assert_eq!(
            noun("escaped with seven 18th-century gold snuffboxes").as_deref(),
            Some("snuffbox")
        );
        assert_eq!(noun("two 1960s-era cars").as_deref(), Some("car"));
        // A place before the noun is kept apart: no count of flats alike.
        assert_ne!(
            noun("rescued 12 people from two 10th-floor flats").as_deref(),
            Some("flat")
        );
        // A plural head stays the head.
        assert_eq!(
            noun("40 protesters seeking asylum").as_deref(),
            Some("protester")
        );
    }

    #[test]
    fn number_words_glued_to_a_noun() {
        assert_eq!(one("signed a five-year contract").0, 5.0);
        assert_eq!(one("called a two-day strike").0, 2.0);
        assert_eq!(one("a twenty-five-year-old man").1, Some("age".into()));
        assert_eq!(one("a ten-mile walk").1, Some("mile".into()));
        // Not a fraction nor a manner.
        assert!(nums("a one-off payment").is_empty());
        assert!(nums("a three-way race").is_empty());
        assert!(nums("two-thirds of members").iter().all(|n| n.value != 2.0));
        assert!(nums("drove a four-by-four car").is_empty());
        // A limit is no figure of what was.
        assert!(nums("above the five-knot limit")[0].capacity);
        assert!(!nums("at about 12 knots")[0].capacity);
    }

    #[test]
    fn numerals_with_units() {
        assert_eq!(parse_numeral("126,000"), Some((126000.0, "")));
        assert_eq!(one("paid $1.2bn"), (1.2e9, Some("USD".into()), None));
        assert_eq!(one("a fee of £45m"), (45e6, Some("GBP".into()), None));
        assert_eq!(one("10.5 per cent"), (10.5, Some("percent".into()), None));
        assert_eq!(one("to 10.50%"), (10.5, Some("percent".into()), None));
        // Speeds, lengths and weights, glued or hyphenated too.
        assert_eq!(one("travelling at 27mph"), (27.0, Some("mph".into()), None));
        assert_eq!(one("a 240-metre bridge").1, Some("metre".into()));
        assert_eq!(one("about 12 knots").1, Some("knot".into()));
        assert_eq!(one("a 5km stretch").0, 5000.0);
        // Volumes, cubic metres in litres.
        assert_eq!(one("holds 12,000 litres").1, Some("litre".into()));
        // An earthquake's size, however told.
        for s in [
            "The quake measured magnitude 4.1",
            "a 4.1-magnitude earthquake",
            "It registered 4.1 on the Richter scale",
            "rated 4.1 on the local magnitude scale",
            "put the quake's magnitude at 4.1",
        ] {
            assert_eq!(one(s), (4.1, Some("magnitude".into()), None), "{s}");
        }
        assert_eq!(one("scored 4.1 on the reading test").1, None);
        assert_eq!(one("an 8,000-litre tank").1, Some("litre".into()));
        assert_eq!(one("4.5 million cubic metres").0, 4.5e9);
        // Before a noun, singular: "a 3 million cubic metre extension".
        assert_eq!(one("a 3 million cubic metre extension").0, 3e9);
        assert_eq!(one("to 10.5pc"), (10.5, Some("percent".into()), None));
        assert_eq!(
            one("raise Sh408.4 billion"),
            (408.4e9, Some("KES".into()), None)
        );
        assert_eq!(
            one("408.4 billion shillings"),
            (408.4e9, Some("KES".into()), None)
        );
        assert_eq!(one("1.2 million customers").0, 1.2e6);
        assert_eq!(one("150,000 pounds a week").1, Some("GBP".into()));
        // A ratio is a share.
        let v = nums("About one in four of the bees failed to return.");
        assert_eq!((v[0].value, v[0].unit.as_deref()), (25.0, Some("percent")));
        let v = nums("Three out of 10 adults smoke.");
        assert_eq!(
            (v[0].value.round(), v[0].unit.as_deref()),
            (30.0, Some("percent"))
        );
        // What the share measures, named before it.
        let v = nums("It passed on a turnout of about two in five eligible voters.");
        assert_eq!(
            (v[0].value, v[0].unit.as_deref(), v[0].noun.as_deref()),
            (40.0, Some("percent"), Some("turnout"))
        );
        // A sentence's capitalised first word is a noun before a figure.
        assert_eq!(
            nums("Turnout was 41 percent.")[0].noun.as_deref(),
            Some("turnout")
        );
        // Not a score or a time in a place.
        assert_eq!(nums("Two in Berlin died.")[0].value, 2.0);
        // Currencies named by a word of their own or their country.
        assert_eq!(one("486 zlotys").1, Some("PLN".into()));
        // Pence are hundredths of a pound.
        let v = nums("310 pence a share");
        assert_eq!((v[0].value, v[0].unit.as_deref()), (3.1, Some("GBP")));
        assert_eq!(one("15,000 Swiss francs").1, Some("CHF".into()));
        assert_eq!(one("55 million CHF").1, Some("CHF".into()));
        assert_eq!(one("40 million Canadian dollars").1, Some("CAD".into()));
    }

    #[test]
    fn numbers_in_names_are_no_counts() {
        let values = |t: &str| nums(t).iter().map(|n| n.value).collect::<Vec<_>>();
        assert_eq!(values("It recalled the Aura 2 kettle."), Vec::<f64>::new());
        assert_eq!(values("Flight 370 vanished with 239 people."), vec![239.0]);
        // A share of a vote, a score, a headline's count stay figures.
        assert_eq!(values("Labour 34%, the Tories 30%."), vec![34.0, 30.0]);
        assert_eq!(values("Storm Kills 12 People"), vec![12.0]);
        assert_eq!(values("They beat Arsenal 3-1 at home."), vec![3.0]);
        assert_eq!(values("About 40 homes flooded."), vec![40.0]);
        // A place or a team before a count, a grade, a scoreline.
        assert_eq!(values("In Kherson 14 civilians were killed."), vec![14.0]);
        assert_eq!(
            values("Police said that in Tarrow 30 cars were hit."),
            vec![30.0]
        );
        assert_eq!(values("It landed as a Category 4 storm."), vec![4.0]);
        assert_eq!(
            values("Fenwick United 2 Castleford 1 was the score."),
            vec![2.0, 1.0]
        );
    }

    #[test]
    fn the_noun_a_figure_counts() {
        let noun = |t: &str| nums(t).into_iter().next().and_then(|n| n.noun);
        assert_eq!(noun("three police officers").as_deref(), Some("officer"));
        assert_eq!(noun("a £2bn cash-and-shares deal").as_deref(), Some("deal"));
        assert_eq!(noun("four low-income families").as_deref(), Some("family"));
        assert_eq!(noun("twelve people died").as_deref(), Some("people"));
        assert_eq!(noun("14 pocket watches").as_deref(), Some("watch"));
        assert_eq!(noun("six branches").as_deref(), Some("branch"));
        assert_eq!(noun("nine minutes").as_deref(), Some("minute"));
        assert_eq!(noun("40 diagnoses").as_deref(), Some("diagnosis"));
        // A share of one owner's things; a model's name and number before
        // the noun.
        assert_eq!(noun("5,000 of its vans").as_deref(), Some("van"));
        assert_eq!(noun("five of his lambs").as_deref(), Some("lamb"));
        // An irregular past is a verb, not what a figure counts.
        assert_eq!(noun("£6.5 million came from the fund").as_deref(), None);
        assert_eq!(
            noun("It came in at eighteen million pounds").as_deref(),
            None
        );
        assert_eq!(noun("About 300 fell ill").as_deref(), None);
        // A rate told after joined figures is the rate of each.
        let per = |t: &str| nums(t).iter().map(|n| n.per.clone()).collect::<Vec<_>>();
        assert_eq!(
            per("He averaged 23 points and eight rebounds a game."),
            vec![Some("game".to_string()); 2]
        );
        assert_eq!(
            per("He scored 23 points, and eight rebounds came a game later."),
            vec![None, None]
        );
        assert_eq!(
            noun("some 71,000 Aura 2 kettles were sold").as_deref(),
            Some("kettle")
        );
        // A word ending in a letter of more than one byte is cut safely.
        assert_eq!(singular("é"), "é");
        assert_eq!(singular("cafés’"), "cafés’");
        // Injuries suffered are people injured.
        let v = nums("Nine passengers suffered minor injuries.");
        assert_eq!(v[0].verb.as_deref(), Some("injured"));
        // Carried to hospital is hospitalised, whatever the verb; a hospital
        // by name too, past whom the counted belong to.
        let verb = |t: &str| nums(t).into_iter().next().and_then(|n| n.verb);
        for (text, want) in [
            ("Eleven passengers were taken to hospital", "hospitalised"),
            (
                "Two men were airlifted to a nearby hospital",
                "hospitalised",
            ),
            ("Two men were taken into custody", "taken"),
            (
                "Nine employees of Carrow Plastics were admitted to St Luke's Hospital",
                "hospitalised",
            ),
            (
                "Four members of Delling Rowing Club were rescued",
                "rescued",
            ),
        ] {
            assert_eq!(verb(text).as_deref(), Some(want), "{text}");
        }
        // A rate of an act counts no thing.
        assert_eq!(noun("the lorry was travelling at 27mph").as_deref(), None);
        assert_eq!(noun("about 20 miles west of the town").as_deref(), None);
        // A length told of the noun before it.
        assert_eq!(
            noun("The crack, about 14 metres long, runs across").as_deref(),
            Some("crack")
        );
        assert_eq!(
            noun("a fissure stretching roughly 40 metres opened").as_deref(),
            Some("fissure")
        );
        assert_eq!(
            nums("a fissure stretching roughly 40 metres opened")[0].text,
            "roughly 40 metres"
        );
    }

    #[test]
    fn rates() {
        let per = |t: &str| nums(t).into_iter().next().and_then(|n| n.per);
        assert_eq!(per("about 24,000 vehicles a day").as_deref(), Some("day"));
        assert_eq!(
            per("some 31,000 vehicles every day").as_deref(),
            Some("day")
        );
        assert_eq!(per("£5 per share").as_deref(), Some("share"));
        assert_eq!(per("31,000 vehicles").as_deref(), None);
        // A rate closing the clause after its verb.
        assert_eq!(
            per("Roughly 52,000 vehicles use the viaduct each day.").as_deref(),
            Some("day")
        );
        assert_eq!(
            per("About 300 people visited the site a day after the blast.").as_deref(),
            None
        );
    }

    #[test]
    fn a_state_right_after_the_counted_noun() {
        let verb = |t: &str| nums(t).into_iter().next().and_then(|n| n.verb);
        assert_eq!(
            verb("The fault left 9,000 customers unable to pay.").as_deref(),
            Some("unable")
        );
        assert_eq!(
            verb("About 9,000 customers were unable to pay.").as_deref(),
            Some("unable")
        );
    }

    #[test]
    fn the_verb_a_figure_is_the_object_of() {
        let vb = |t: &str| nums(t).into_iter().next().and_then(|n| n.verb_before);
        assert_eq!(
            vb("Hackers stole the records of 480,000 patients.").as_deref(),
            Some("stole")
        );
        assert_eq!(
            vb("Officials evacuated 300 residents.").as_deref(),
            Some("evacuated")
        );
        // A participle used as an adjective, a light verb, a cue: no verb.
        assert_eq!(vb("An estimated 300 people gathered."), None);
        assert_eq!(vb("The bank had 300 branches."), None);
        assert_eq!(vb("Police reported 12 arrests."), None);
        // A figure in a name or behind a preposition is nobody's object.
        // A route's number is no count, nobody's object.
        let route = nums("Three people died in the crash on Route 9.");
        assert_eq!(route.len(), 1);
        assert_eq!(vb("The plane crashed near 40 houses."), None);
        let across = nums("520 homes had been damaged across the four villages.");
        assert_eq!(across[1].verb_before, None);
    }

    #[test]
    fn points_and_quarters() {
        let a = one("by 25 basis points");
        let b = one("by a quarter of a percentage point");
        assert_eq!(a.1, Some("pp".into()));
        assert_eq!(b.1, Some("pp".into()));
        assert!((a.0 - b.0).abs() < 1e-9);
    }

    #[test]
    fn words_and_qualifiers() {
        assert_eq!(one("two people"), (2.0, None, None));
        assert_eq!(one("twenty-five cars").0, 25.0);
        assert_eq!(
            one("at least 37 reports"),
            (37.0, None, Some(Qualifier::AtLeast))
        );
        assert_eq!(one("more than 40 passengers").2, Some(Qualifier::MoreThan));
        assert_eq!(one("nearly 180 people").2, Some(Qualifier::Nearly));
        assert_eq!(one("a dozen homes").0, 12.0);
        assert_eq!(one("half a dozen people").0, 6.0);
        assert_eq!(one("dozens of people").2, Some(Qualifier::AtLeast));
        assert_eq!(one("half a million viewers").0, 500_000.0);
        assert_eq!(one("the fifth cut").1, Some("ordinal".into()));
    }

    #[test]
    fn halves_and_broken_fractions() {
        assert_eq!(one("two and a half minutes").0, 2.5);
        assert_eq!(one("a five-and-a-half-year contract").0, 5.5);
        assert_eq!(one("a two-and-a-quarter-hour wait").0, 2.25);
        assert_eq!(one("served 4½ months").0, 4.5);
        // A fraction lost to a broken encoding leaves no figure.
        assert!(nums("served 4\u{fffd} months").is_empty());
    }

    #[test]
    fn nouns() {
        let n = &nums("about 84,000 lithium-ion batteries sold")[0];
        assert_eq!(n.noun.as_deref(), Some("battery"));
        let n = &nums("three people had died")[0];
        assert_eq!(n.noun.as_deref(), Some("people"));
        let n = &nums("put the death toll at four")[0];
        assert_eq!(n.noun.as_deref(), Some("toll"));
    }

    #[test]
    fn times_are_not_numbers() {
        assert!(nums("at 11:04 p.m. (2204 GMT) after the 11pm deadline").is_empty());
        assert!(nums("shortly after 7 p.m.").is_empty());
        assert!(nums("at 23:04 BST").is_empty());
    }

    #[test]
    fn huge_figures_are_skipped() {
        let nines = "9".repeat(400);
        assert!(nums(&format!("Police said {nines} people died")).is_empty());
        assert!(nums("a trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion trillion people").is_empty());
    }

    #[test]
    fn one_of_is_not_a_count() {
        assert!(nums("one of the largest").is_empty());
    }
}
