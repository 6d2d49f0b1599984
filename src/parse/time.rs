//! Times of day: "6:40 a.m.", "6.40am", "11 p.m.", "9pm", "18:30 GMT",
//! "noon", "midnight".
//!
//! A bare "6:40" or "11" is not taken for a time: only a marker (a.m./p.m.,
//! a time zone, "local time") or a word that is itself a time says so. Used
//! to align claims that say when in the day something happened.

use crate::parse::token::{Tokens, flag};

/// Time-zone words that make "18:30" or "0400" a time.
const ZONES: &[&str] = &[
    "gmt", "utc", "bst", "cet", "cest", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt",
    "pt", "pst", "pdt", "ist", "jst", "aest", "aedt", "local", "hrs", "hours",
];

/// Splits "6:40", "6.40", "11", "0400" into hour and minute.
fn clock(s: &str) -> Option<(u32, u32)> {
    if !s
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
    {
        return None;
    }
    let (h, m) = match s.find([':', '.']) {
        Some(k) => (&s[..k], &s[k + 1..]),
        None if s.len() == 4 => (&s[..2], &s[2..]),
        None => (s, "0"),
    };
    if h.is_empty() || h.len() > 2 || m.len() > 2 || m.is_empty() {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some((h, m))
}

/// Splits a trailing "am"/"pm" off a token ("9pm", "6.40am").
fn meridiem(w: &str) -> (&str, Option<bool>) {
    for (suffix, pm) in [("a.m.", false), ("p.m.", true), ("am", false), ("pm", true)] {
        if let Some(rest) = w.strip_suffix(suffix) {
            if rest.bytes().next().is_some_and(|b| b.is_ascii_digit()) {
                return (rest, Some(pm));
            }
        }
    }
    (w, None)
}

fn marker(w: &str) -> Option<bool> {
    match w {
        "a.m." | "a.m" | "am" => Some(false),
        "p.m." | "p.m" | "pm" => Some(true),
        _ => None,
    }
}

/// The time of day at token `i` (minutes after midnight) and the token after it.
pub fn time_at(toks: &Tokens, i: usize, end: usize) -> Option<(u16, usize)> {
    let w = toks.lower(i);
    match w {
        "noon" | "midday" => return Some((12 * 60, i + 1)),
        "midnight" => return Some((0, i + 1)),
        _ => {}
    }
    if !toks.toks.get(i)?.has(flag::DIGIT) {
        return None;
    }
    let (digits, mut pm) = meridiem(w);
    let (h, m) = clock(digits)?;
    let mut next = i + 1;
    if pm.is_none() && next < end {
        pm = marker(toks.lower(next));
        if pm.is_some() {
            next += 1;
        }
    }
    let minutes = match pm {
        Some(pm) => {
            if h == 0 || h > 12 {
                return None;
            }
            (h % 12 + if pm { 12 } else { 0 }) * 60 + m
        }
        // A 24-hour clock needs a zone after it: "18:30 GMT", "0400 GMT".
        None => {
            let zoned = next < end && ZONES.contains(&toks.lower(next));
            if !zoned || !(digits.contains(':') || digits.contains('.') || digits.len() == 4) {
                return None;
            }
            next += 1;
            h * 60 + m
        }
    };
    Some((minutes as u16, next))
}

/// Times of day in tokens `[a, b)`, in text order.
pub fn find_times(toks: &Tokens, a: usize, b: usize) -> Vec<u16> {
    let mut out = Vec::new();
    let mut i = a;
    while i < b {
        match time_at(toks, i, b) {
            Some((t, next)) => {
                out.push(t);
                i = next;
            }
            None => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::token::tokenize;

    fn times(text: &str) -> Vec<u16> {
        let toks = tokenize(text, 0, text.len());
        find_times(&toks, 0, toks.len())
    }

    #[test]
    fn clock_times_with_a_marker() {
        assert_eq!(times("at around 6:40 a.m. local time"), [6 * 60 + 40]);
        assert_eq!(times("at about 6.40am on 14 October"), [6 * 60 + 40]);
        assert_eq!(times("shortly after 11 p.m. on Thursday"), [23 * 60]);
        assert_eq!(times("at about 11:10 p.m."), [23 * 60 + 10]);
        assert_eq!(times("ended at 9pm"), [21 * 60]);
        assert_eq!(times("at 12 a.m. and at noon"), [0, 12 * 60]);
        assert_eq!(
            times("(0400 GMT on Friday) and 18:30 GMT"),
            [4 * 60, 18 * 60 + 30]
        );
    }

    #[test]
    fn figures_that_are_not_times() {
        assert!(times("11 people died").is_empty());
        assert!(times("a score of 6:40").is_empty());
        assert!(times("rose 6.40 percent").is_empty());
        assert!(times("13 pm").is_empty());
        assert!(times("in 2024, officials said").is_empty());
        // Digits of other scripts and letters are no clock.
        assert!(times("1٣4 GMT and 1é1 GMT").is_empty());
    }
}
