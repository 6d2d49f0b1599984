//! Lines of a body that are no claims: the page furniture that comes along
//! when an article is copied from a web page or a wire feed. The load stage
//! finds them and the parse stage leaves their words out of sentences, so no
//! claim, name or number comes from them; the text itself is never changed.
//!
//! A line (its spaces trimmed, at most [`MAX_LINE`] bytes) is skipped when it is:
//! - a URL alone: `http://…`, `https://…`, `www.…`;
//! - a byline: `By` and names, with an outlet or a role after a comma or a
//!   bar (`By Jane Doe and John Roe, Reuters`, `By JANE DOE | Staff writer`),
//!   never a sentence (`By Monday, the toll had risen`);
//! - a dateline and nothing else (`WASHINGTON (Reuters) -`);
//! - a date line: dates, times, zones and a few words such as `Updated`
//!   (`Monday, March 9, 2026`, `Updated 4:32 PM ET, Tue March 10, 2026`);
//! - a phrase of `src/lexicon/data/skip_lines.txt`: `Advertisement`,
//!   `Image caption …`, `Share this article`, `Click here to …`, `Related:`;
//! - a copyright notice (`© 2026 …`, `Copyright 2026 …`, `… All rights reserved`);
//! - a photo credit (`Jane Doe/Getty Images`, `AFP via Getty Images`);
//! - parts between bars, each a date line or a byline
//!   (`Published: March 10, 2026 | By Jane Doe`).
//!
//! A bracketed credit closing a line (`… the blaze. (AP Photo/Jane Doe)`,
//! `(Reporting by Jane Doe; Editing by John Roe)`) is skipped alone, the
//! sentence before it kept. A URL inside a sentence keeps its sentence.

use std::sync::LazyLock;

use rustc_hash::FxHashSet as HashSet;

use super::dateline::is_dateline_alone;
use crate::lexicon::{Lexicon, names::is_first_name};
use crate::span::Span;

/// Longest line looked at, in bytes: page furniture is short, and a bound
/// keeps the checks linear in the text.
pub const MAX_LINE: usize = 300;

/// The phrases of `skip_lines.txt`, by section.
#[derive(Default)]
struct Table {
    line: Vec<&'static str>,
    prefix: Vec<&'static str>,
    contains: Vec<&'static str>,
    credit: Vec<&'static str>,
    role: HashSet<&'static str>,
    byline: HashSet<&'static str>,
    dateword: HashSet<&'static str>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut t = Table::default();
    let mut section = "";
    for l in include_str!("../lexicon/data/skip_lines.txt").lines() {
        let l = l.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        if let Some(name) = l.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            section = name;
            continue;
        }
        match section {
            "line" => t.line.push(l),
            "prefix" => t.prefix.push(l),
            "contains" => t.contains.push(l),
            "credit" => t.credit.push(l),
            "role" => {
                t.role.insert(l);
            }
            "byline" => {
                t.byline.insert(l);
            }
            "dateword" => {
                t.dateword.insert(l);
            }
            _ => {}
        }
    }
    t
});

/// The byte ranges of `text[from..]` to leave out, in order and apart: each
/// skipped line with its line ending, and each bracketed credit closing a line.
pub fn skipped_lines(text: &str, from: usize, lx: &Lexicon) -> Vec<Span> {
    let mut out = Vec::new();
    let Some(body) = text.get(from..) else {
        return out;
    };
    let mut start = from;
    for line in body.split_inclusive('\n') {
        let end = start + line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if is_skipped_line(content, lx) {
            out.push(Span::new(start, end));
        } else if let Some(at) = trailing_credit(content) {
            out.push(Span::new(start + at, start + content.len()));
        }
        start = end;
    }
    out
}

/// True when a whole line is no claim (see the module's list).
pub fn is_skipped_line(line: &str, lx: &Lexicon) -> bool {
    let t = trim(line);
    if t.is_empty() || t.len() > MAX_LINE {
        return false;
    }
    let norm = normalize(t);
    is_url(t)
        || is_phrase(&norm)
        || is_copyright(&norm)
        || is_credit(t, &norm)
        || is_byline(t, lx)
        || is_date_line(t, lx)
        || is_dateline_alone(t, lx)
        || is_bar_separated(t, lx)
}

/// The line without spaces (and byte-order marks) around it.
fn trim(line: &str) -> &str {
    line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
}

/// Lowercase, single-spaced, without brackets around the whole line.
fn normalize(t: &str) -> String {
    let inner = [('(', ')'), ('[', ']')]
        .iter()
        .find_map(|&(o, c)| t.strip_prefix(o)?.strip_suffix(c))
        .unwrap_or(t);
    let mut s = String::with_capacity(inner.len());
    for w in inner.split_whitespace() {
        if !s.is_empty() {
            s.push(' ');
        }
        s.push_str(w);
    }
    s.to_lowercase()
}

/// A URL alone on its line: `https://…`, `http://…`, `www.…` (in angle
/// brackets too), with no space inside.
fn is_url(t: &str) -> bool {
    let t = t
        .strip_prefix('<')
        .and_then(|s| s.strip_suffix('>'))
        .unwrap_or(t);
    let lower = t.get(..8).unwrap_or(t).to_ascii_lowercase();
    let scheme = ["https://", "http://", "www."]
        .iter()
        .find(|p| lower.starts_with(*p));
    scheme.is_some_and(|p| t.len() > p.len() + 1 && !t.contains(char::is_whitespace))
}

/// A phrase of the table: a whole line, a line's start, or anywhere.
fn is_phrase(norm: &str) -> bool {
    let whole = norm.trim_end_matches(['.', ':']);
    TABLE.line.contains(&whole)
        || TABLE.prefix.iter().any(|p| starts_with_phrase(norm, p))
        || TABLE.contains.iter().any(|p| norm.contains(p))
}

/// True when `norm` starts with `phrase` and the phrase ends there: at the
/// end, before a character that is not a letter or digit, or on its own
/// final punctuation ("related:").
fn starts_with_phrase(norm: &str, phrase: &str) -> bool {
    let Some(rest) = norm.strip_prefix(phrase) else {
        return false;
    };
    !phrase.ends_with(char::is_alphanumeric)
        || rest.chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// A copyright notice: `© 2026 …`, `(c) 2026 …`, `Copyright 2026 …`,
/// `Copyright © …`; "Copyright law changed" is a sentence.
fn is_copyright(norm: &str) -> bool {
    let rest = norm.strip_prefix("copyright").map(str::trim_start);
    let mark = |s: &str| {
        s.starts_with('©') || s.starts_with("(c)") || s.starts_with(|c: char| c.is_ascii_digit())
    };
    norm.starts_with('©') || norm.starts_with("(c) ") || rest.is_some_and(mark)
}

/// A photo credit: a credit of the table alone (`Getty Images`), or after a
/// slash, a bar or `via` following a few capitalised words (`Jane
/// Doe/Reuters`, `AFP via Getty Images`); "Sales rose 5%/AP" is no credit.
fn is_credit(t: &str, norm: &str) -> bool {
    if TABLE.credit.contains(&norm) {
        return true;
    }
    let Some((head, tail)) = ["/", "|", " via "]
        .iter()
        .filter_map(|sep| t.rsplit_once(sep))
        .max_by_key(|(head, _)| head.len())
    else {
        return false;
    };
    let tail = normalize(tail.trim_end_matches([')', ']']));
    let words: Vec<&str> = head
        .trim_start_matches(['(', '['])
        .split_whitespace()
        .collect();
    TABLE.credit.contains(&tail.as_str())
        && (1..=6).contains(&words.len())
        && words
            .iter()
            .all(|w| is_name_word(w) || matches!(*w, "via" | "for" | "and"))
}

/// A byline: `By` (or `BY`) and one to four parts between commas, bars or
/// semicolons, each a run of names and byline words (`Jane Doe and John
/// Roe`, `Reuters`, `Staff writer`), the first opening with a first name,
/// an initial, an outlet or capitals, or a part naming a job (`By CNN
/// Staff`). `By Monday, the toll had risen` is a sentence: a date word opens
/// it and "toll" is neither a name nor a byline word.
fn is_byline(t: &str, lx: &Lexicon) -> bool {
    let Some(rest) = t.strip_prefix("By ").or_else(|| t.strip_prefix("BY ")) else {
        return false;
    };
    let rest = rest.trim().strip_suffix('.').unwrap_or(rest.trim());
    if rest.ends_with(['!', '?', ':', ';', ',']) || rest.split_whitespace().count() > 16 {
        return false;
    }
    let parts: Vec<&str> = rest
        .split([',', '|', ';', '·', '•', '—', '–'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() || parts.len() > 4 || !parts.iter().all(|p| is_byline_part(p)) {
        return false;
    }
    let first = parts[0];
    let w0 = first.split_whitespace().next().unwrap_or("");
    let lower = w0.to_lowercase();
    if lx.dates.contains_key(lower.trim_end_matches('.')) {
        return false;
    }
    let outlet = |p: &str| {
        lx.outlets.get_exact(p).is_some()
            || p.strip_prefix("The ")
                .is_some_and(|p| lx.outlets.get_exact(p).is_some())
    };
    let capitals = first
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    let initial = w0.len() == 2 && w0.ends_with('.');
    let role = parts
        .iter()
        .flat_map(|p| p.split_whitespace())
        .any(|w| TABLE.role.contains(w.to_lowercase().as_str()));
    is_first_name(&lower) || initial || capitals || outlet(first) || role
}

/// One part of a byline: one to eight words, the first capitalised, each a
/// name-like word or a byline word of the table ("staff", "and", "van").
fn is_byline_part(p: &str) -> bool {
    let words: Vec<&str> = p.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 || !is_name_word(words[0]) {
        return false;
    }
    words.iter().all(|w| {
        let lower = w.to_lowercase();
        is_name_word(w)
            || TABLE.byline.contains(lower.as_str())
            || TABLE.role.contains(lower.as_str())
    })
}

/// A capitalised word of a name: "Jane", "DOE", "O'Brien", "J.", "Jr.".
fn is_name_word(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
}

/// What one word of a date line is.
#[derive(Clone, Copy, PartialEq)]
enum DatePart {
    /// A month, a weekday, a year, a numeric date or a time of day.
    Anchor,
    /// A day number, an ordinal, `am`, a zone, a date word (`Updated`).
    Filler,
}

/// A date line: only dates, times, zones and date words, with at least one
/// date or time (`Nov 16 2025`, `Monday, March 9, 2026`, `12/16/08 1:30 AM
/// EST`, `Published: 2012.08.08 09:01 AM`, `Posted on March 09, 2013`).
fn is_date_line(t: &str, lx: &Lexicon) -> bool {
    let mut anchors = 0;
    let mut n = 0;
    for chunk in t.split(|c: char| c.is_whitespace() || ",|()[];·•".contains(c)) {
        let chunk = chunk.to_lowercase();
        let chunk = chunk.trim_matches(['.', ':', '-', '—', '–']);
        if chunk.is_empty() {
            continue;
        }
        n += 1;
        if n > 24 {
            return false;
        }
        let part = date_part(chunk, lx).or_else(|| {
            // "2012-5:46", "08:06am/pt": pieces that are each a date part.
            let mut best = None;
            for piece in chunk.split(['-', '/']).filter(|p| !p.is_empty()) {
                match date_part(piece, lx)? {
                    DatePart::Anchor => best = Some(DatePart::Anchor),
                    DatePart::Filler => {
                        best.get_or_insert(DatePart::Filler);
                    }
                }
            }
            best
        });
        match part {
            Some(DatePart::Anchor) => anchors += 1,
            Some(DatePart::Filler) => {}
            None => return false,
        }
    }
    anchors > 0
}

/// What a lowercase word of a date line is, if it can be one.
fn date_part(w: &str, lx: &Lexicon) -> Option<DatePart> {
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if lx.dates.contains_key(w.trim_end_matches('.')) {
        return Some(DatePart::Anchor);
    }
    if digits(w) {
        return match w.len() {
            1 | 2 => Some(DatePart::Filler),
            4 => w
                .parse::<u16>()
                .ok()
                .filter(|y| (1900..=2100).contains(y))
                .map(|_| DatePart::Anchor),
            _ => None,
        };
    }
    if let Some(d) = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
    {
        if digits(d) && d.len() <= 2 {
            return Some(DatePart::Filler);
        }
    }
    // 12/16/08, 2012.08.08, 2012-08-08, 08.07.2012
    let nums: Vec<&str> = w.split(['/', '.', '-']).collect();
    if nums.len() == 3 && nums.iter().all(|p| digits(p) && p.len() <= 4) {
        return Some(DatePart::Anchor);
    }
    if is_time(w) {
        return Some(DatePart::Anchor);
    }
    if matches!(w, "am" | "pm" | "a.m" | "p.m" | "noon" | "midnight")
        || crate::parse::number::is_zone(w)
        || is_offset_zone(w)
        || TABLE.dateword.contains(w)
    {
        return Some(DatePart::Filler);
    }
    None
}

/// A time of day: `7:35`, `05.51`, `6:07:15`, with `am`/`pm` glued on or not.
fn is_time(w: &str) -> bool {
    let w = ["am", "pm", "a.m", "p.m"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(w)
        .trim_end_matches('.');
    let mut it = w.split([':', '.']);
    let hour = it.next().unwrap_or("");
    let rest: Vec<&str> = it.collect();
    (1..=2).contains(&hour.len())
        && hour.bytes().all(|b| b.is_ascii_digit())
        && (1..=2).contains(&rest.len())
        && rest
            .iter()
            .all(|m| m.len() == 2 && m.bytes().all(|b| b.is_ascii_digit()))
}

/// A zone given as an offset: `gmt+05:00`, `utc-5`, `gmt+01:0`.
fn is_offset_zone(w: &str) -> bool {
    ["gmt", "utc"].iter().any(|z| {
        w.strip_prefix(z)
            .and_then(|r| r.strip_prefix(['+', '-']))
            .is_some_and(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit() || b == b':'))
    })
}

/// Two or more parts between bars, each a date line or a byline
/// (`Published: March 10, 2026 | By Jane Doe`, `April 12, 2013 | 4:00am`).
fn is_bar_separated(t: &str, lx: &Lexicon) -> bool {
    let parts: Vec<&str> = t.split('|').map(str::trim).collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.is_empty() || is_date_line(p, lx) || is_byline(p, lx))
        && parts.iter().any(|p| !p.is_empty())
}

/// Where a bracketed credit closing the line starts: `(AP Photo/Jane Doe)`,
/// `(Reporting by Jane Doe; Editing by John Roe)`, after a space.
fn trailing_credit(line: &str) -> Option<usize> {
    let t = line.trim_end();
    if t.len() > MAX_LINE * 4 {
        return None;
    }
    let (open, close) = match t.chars().last()? {
        ')' => ('(', ')'),
        ']' => ('[', ']'),
        _ => return None,
    };
    let at = t.rfind(open)?;
    if at == 0 || !t[..at].ends_with(char::is_whitespace) {
        return None;
    }
    let inner = &t[at + 1..t.len() - close.len_utf8()];
    if inner.contains([open, close]) {
        return None;
    }
    let norm = normalize(inner);
    TABLE
        .prefix
        .iter()
        .any(|p| starts_with_phrase(&norm, p))
        .then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skipped(line: &str) -> bool {
        is_skipped_line(line, Lexicon::builtin())
    }

    #[track_caller]
    fn all_skipped(lines: &[&str]) {
        for l in lines {
            assert!(skipped(l), "should be skipped: {l:?}");
        }
    }

    #[track_caller]
    fn none_skipped(lines: &[&str]) {
        for l in lines {
            assert!(!skipped(l), "should be kept: {l:?}");
        }
    }

    #[test]
    fn urls_alone() {
        all_skipped(&[
            "http://www.example.com/news/2026/03/bridge.html",
            "https://example.org/a?b=c&d=e",
            "www.example.co.uk/story-123",
            "  <https://example.net/x>  ",
        ]);
        none_skipped(&[
            "More at https://example.org, the agency said.",
            "http://",
            "www.",
        ]);
    }

    #[test]
    fn bylines() {
        all_skipped(&[
            "By Jane Doe",
            "By Jane Doe and John Roe, Reuters",
            "By JANE DOE | Staff writer",
            "BY JANE DOE",
            "By The Associated Press",
            "By Maria van der Berg in Amsterdam",
            "By Jane Doe, Special to The Washington Post",
            "By Jane O'Brien and J. R. Smith Jr.",
            "By J. R. Smith",
            "By CNN Staff",
        ]);
        none_skipped(&[
            "By Monday, the toll had risen to five.",
            "By Monday",
            "By Tuesday Night",
            "By the numbers",
            "By Land And Sea",
            "By noon the fire was out",
            "By Jane Doe, the fire had spread",
            "Jane Doe",
            "Bystanders said the car sped away.",
        ]);
    }

    #[test]
    fn datelines_alone() {
        all_skipped(&[
            "WASHINGTON (Reuters) -",
            "LONDON, March 19 (Reuters) —",
            "WASHINGTON, DC, April 28, 2009",
        ]);
        none_skipped(&["WASHINGTON (Reuters) - The Senate voted on Tuesday."]);
    }

    #[test]
    fn date_lines() {
        all_skipped(&[
            "Nov 16 2025",
            "Monday, March 9, 2026",
            "Updated 4:32 PM ET, Tue March 10, 2026",
            "Published: March 10, 2026",
            "Published on: Fri, 13 Mar 2026 at 09:56 IST",
            "Posted on November 15, 2025 6:07:15 PM GMT+01:00",
            "12/16/25 1:30 AM EST",
            "Published: 2026.03.08 09:01 AM",
            "22 July 2025 Last updated at 17:50 GMT",
            "December 15th, 2025, 7:35 am",
            "August 7, 2025-5:46 pm",
            "26 September 2025, 10:00 (GMT+05:00)",
            "JUNE 6, 2025 11:34PM",
            "8:24am:",
            "2025",
        ]);
        none_skipped(&[
            "March 9, 2026: the day the bridge closed",
            "On March 9, 2026, the bridge closed.",
            "Posted 1 year, 160 days ago",
            "24",
            "10.5",
            "May I help?",
        ]);
    }

    #[test]
    fn page_furniture() {
        all_skipped(&[
            "Advertisement",
            "ADVERTISEMENT",
            "Story continues below advertisement",
            "Share this article",
            "Share on Facebook",
            "Click here to read the full report",
            "Follow us on Twitter",
            "Follow us on X and Facebook",
            "Sign up for our newsletter",
            "Read more:",
            "Read more: Bridge closes for repairs",
            "Related: Council votes to close bridge",
            "Related",
            "Image caption Firefighters at the scene on Monday",
            "Image source, Getty Images",
            "(Reporting by Jane Doe; Editing by John Roe)",
            "Watch: the moment the bridge was closed",
        ]);
        none_skipped(&[
            "Related charges were filed on Monday.",
            "Shares on the exchange fell 3%.",
            "More than 40 people were hurt.",
            "Advertisements for the event ran for weeks, organisers said.",
            "Clicking here was not an option, she said.",
            "\"Share this with your family,\" the mayor urged.",
        ]);
    }

    #[test]
    fn every_table_phrase_is_skipped() {
        for p in &TABLE.line {
            assert!(skipped(p), "line phrase {p:?}");
        }
        for p in &TABLE.prefix {
            assert!(skipped(&format!("{p} Some Words")), "prefix phrase {p:?}");
        }
        for p in &TABLE.contains {
            assert!(
                skipped(&format!("Example Media Ltd. {p}")),
                "contained phrase {p:?}"
            );
        }
        for p in &TABLE.credit {
            assert!(skipped(&format!("Jane Doe/{p}")), "credit {p:?}");
        }
        for w in &TABLE.dateword {
            assert!(skipped(&format!("{w} March 9, 2026")), "date word {w:?}");
        }
        for w in TABLE.byline.iter().filter(|w| !matches!(**w, "and" | "to")) {
            assert!(
                skipped(&format!("By Jane Doe {w} Smith")),
                "byline word {w:?}"
            );
        }
        for w in &TABLE.role {
            assert!(skipped(&format!("By Example {w}")), "role word {w:?}");
        }
    }

    #[test]
    fn copyright_notices() {
        all_skipped(&[
            "Copyright 2026 The Associated Press. All rights reserved.",
            "© 2026 Example Media Ltd",
            "(c) 2026 Example Media",
            "Copyright © Example News",
            "All rights reserved.",
            "This material may not be published, broadcast, rewritten or redistributed.",
        ]);
        none_skipped(&[
            "Copyright law changed in 2019, the minister said.",
            "Copyrights held by the studio were sold.",
        ]);
    }

    #[test]
    fn photo_credits() {
        all_skipped(&[
            "(AP Photo/Jane Doe)",
            "Photo: Jane Doe/Reuters",
            "Getty Images",
            "Jane Doe/Getty Images",
            "AFP via Getty Images",
            "[Photo by Jane Doe]",
        ]);
        none_skipped(&[
            "The agency sold Getty Images shares, Reuters reported.",
            "Sales rose 5%/AP",
            "the company said via Reuters",
        ]);
    }

    #[test]
    fn parts_between_bars() {
        all_skipped(&[
            "Published: March 10, 2026 | By Jane Doe",
            "April 12, 2025 | 4:00am",
        ]);
        none_skipped(&["Sales rose | costs fell", "March 9 | The bridge closed"]);
    }

    #[test]
    fn ranges_take_the_line_ending_and_trailing_credits() {
        let text =
            "Head\nhttp://example.com/a\r\nThe bridge closed. (AP Photo/Jane Doe)\nAdvertisement";
        let spans = skipped_lines(text, 5, Lexicon::builtin());
        let got: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
        assert_eq!(
            got,
            vec![
                "http://example.com/a\r\n",
                "(AP Photo/Jane Doe)",
                "Advertisement"
            ]
        );
        assert!(skipped_lines(text, text.len(), Lexicon::builtin()).is_empty());
    }

    #[test]
    fn long_lines_are_never_skipped() {
        let long = format!("Advertisement {}", "x".repeat(MAX_LINE));
        assert!(!skipped(&long));
    }
}
