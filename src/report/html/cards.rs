//! Finding cards: a finding's kind and type as words, its summary, and each
//! side's passage with the differing words marked, the attribution chain,
//! the outlet and a link to the passage in its article.

use std::fmt::Write as _;

use crate::claims::Claim;
use crate::compare::quote::quote_words;
use crate::compare::{DiffOp, Finding, FindingKind};

use super::escape::escape;
use super::{Page, kind_label, kind_name, kind_symbol, type_name};

/// How far ahead (in words) a diff word is looked for in a passage: quotes
/// are short, and a bound keeps hostile claims linear.
const DIFF_WINDOW: usize = 64;

/// Writes one finding's card.
pub(super) fn card(out: &mut String, page: &Page, n: usize, f: &Finding) {
    let kind = kind_name(f.kind);
    let ty = f.ty.map(type_name);
    let _ = writeln!(
        out,
        "<article class=\"card k-{kind}\" id=\"finding-{n}\" data-finding=\"{}\" data-kind=\"{kind}\" data-type=\"{}\" tabindex=\"-1\" aria-labelledby=\"finding-{n}-h\">",
        escape(&f.id),
        ty.unwrap_or("")
    );
    let label = match ty {
        Some(t) => format!("{} · {t}", kind_label(f.kind)),
        None => kind_label(f.kind).to_string(),
    };
    let _ = writeln!(
        out,
        "<h4 id=\"finding-{n}-h\"><span class=\"label k-{kind}\"><span aria-hidden=\"true\">{}</span> {label}</span> <span class=\"fid\">{}</span></h4>",
        kind_symbol(Some(f.kind)),
        escape(&f.id)
    );
    let _ = writeln!(out, "<p class=\"summary\">{}</p>", escape(&f.summary));
    let sides: Vec<(usize, usize, &Claim)> = f
        .claims
        .iter()
        .enumerate()
        .filter_map(|(side, id)| page.claim(id).map(|(i, c)| (side, i, c)))
        .collect();
    let layout = if sides.len() > 1 {
        "sides two"
    } else {
        "sides"
    };
    let _ = writeln!(out, "<div class=\"{layout}\">");
    for (side, i, c) in sides {
        write_side(out, page, f, side, i, c);
    }
    out.push_str("</div>\n");
    if let Some(ops) = &f.diff {
        out.push_str("<p class=\"wdiff\"><span class=\"field\">Word diff:</span> ");
        for (k, o) in ops.iter().enumerate() {
            if k > 0 {
                out.push(' ');
            }
            let (open, close) = match o.op.as_str() {
                "delete" => ("<del>", "</del>"),
                "insert" => ("<ins>", "</ins>"),
                _ => ("", ""),
            };
            let _ = write!(out, "{open}{}{close}", escape(&o.text));
        }
        out.push_str("</p>\n");
    }
    out.push_str("</article>\n");
}

/// One side of a card: outlet, chain, differing value, passage, link.
fn write_side(out: &mut String, page: &Page, f: &Finding, side: usize, i: usize, c: &Claim) {
    let value = f
        .values
        .get(side)
        .filter(|_| f.values.len() == f.claims.len());
    let _ = writeln!(out, "<div class=\"side\" data-claim=\"{}\">", escape(&c.id));
    let (outlet, date) = page.doc_outlet_date(&c.doc);
    let _ = write!(
        out,
        "<p class=\"who\"><strong class=\"outlet\">{}</strong>",
        escape(outlet)
    );
    if let Some(d) = date {
        let _ = write!(out, " <span class=\"date\">{}</span>", escape(d));
    }
    out.push_str("</p>\n");

    // The chain, the differing source marked (attribution, person).
    let differing_source = match f.field.as_deref() {
        Some("sources" | "entities") => value.map(|v| bare(v)),
        _ => None,
    };
    out.push_str("<ol class=\"chain\" aria-label=\"Attribution chain, outermost first\">");
    for s in &c.sources {
        if differing_source.is_some_and(|v| v.eq_ignore_ascii_case(&s.name)) {
            let _ = write!(
                out,
                "<li><mark class=\"dw\">{}</mark></li>",
                escape(&s.name)
            );
        } else {
            let _ = write!(out, "<li>{}</li>", escape(&s.name));
        }
    }
    out.push_str("</ol>\n");

    // The differing value, unless it is the whole passage (a quote).
    if let (Some(v), Some(field), FindingKind::Contradiction | FindingKind::Difference) = (
        value.filter(|v| v.trim() != c.text.trim()),
        f.field.as_deref(),
        f.kind,
    ) {
        let _ = writeln!(
            out,
            "<p class=\"value\"><span class=\"field\">{}:</span> <strong>{}</strong></p>",
            escape(field),
            escape(v)
        );
    }

    let ranges = differing_words(f, side, c, value.map(String::as_str));
    out.push_str("<blockquote class=\"passage\"><p>");
    write_marked(out, &c.text, &ranges);
    out.push_str("</p></blockquote>\n");
    let _ = writeln!(
        out,
        "<p class=\"at\"><a class=\"goto\" href=\"#claim-{}\" data-goto=\"{}\">In the article: <code>{}</code></a></p>",
        i + 1,
        i + 1,
        escape(&page.location(c))
    );
    out.push_str("</div>\n");
}

/// A finding value without its gloss: "27 November" of "27 November (2025-11-27)".
fn bare(v: &str) -> &str {
    v.split(" (").next().unwrap_or(v)
}

/// Byte ranges of `c.text` that differ from the other side: the quote word
/// diff, the negation words, or the contradicting value.
fn differing_words(
    f: &Finding,
    side: usize,
    c: &Claim,
    value: Option<&str>,
) -> Vec<(usize, usize)> {
    if f.kind != FindingKind::Contradiction {
        return Vec::new();
    }
    if let Some(ops) = &f.diff {
        return diff_ranges(&c.text, ops, side);
    }
    match f.field.as_deref() {
        Some("polarity") => c
            .facts
            .negators
            .iter()
            .filter_map(|w| find_word(&c.text, w))
            .collect(),
        Some("certainty" | "sources") | None => Vec::new(),
        Some(_) => value
            .and_then(|v| find_word(&c.text, bare(v)))
            .into_iter()
            .collect(),
    }
}

/// The first occurrence of `needle` in `text` as whole words (not "one" in
/// "someone"), exactly or else ignoring ASCII case.
fn find_word(text: &str, needle: &str) -> Option<(usize, usize)> {
    if needle.is_empty() {
        return None;
    }
    let whole = |s: usize, e: usize| {
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    };
    if let Some((s, _)) = text
        .match_indices(needle)
        .find(|&(s, m)| whole(s, s + m.len()))
    {
        return Some((s, s + needle.len()));
    }
    // ASCII lowercasing keeps every byte offset.
    let (lt, ln) = (text.to_ascii_lowercase(), needle.to_ascii_lowercase());
    lt.match_indices(&ln)
        .map(|(s, _)| (s, s + ln.len()))
        .find(|&(s, e)| whole(s, e))
}

/// Byte ranges of the words a quote diff marks on one side (`delete` words
/// on the first, `insert` words on the second), found in order among the
/// passage's words.
fn diff_ranges(text: &str, ops: &[DiffOp], side: usize) -> Vec<(usize, usize)> {
    let marked_op = if side == 0 { "delete" } else { "insert" };
    let skipped_op = if side == 0 { "insert" } else { "delete" };
    // The passage's words, normalised as quotes are, with their byte range.
    let mut words: Vec<(String, (usize, usize))> = Vec::new();
    let mut start = None;
    for (i, ch) in text.char_indices().chain([(text.len(), ' ')]) {
        match (ch.is_whitespace(), start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                for w in quote_words(&text[s..i]) {
                    words.push((w, (s, i)));
                }
                start = None;
            }
            _ => {}
        }
    }
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut at = 0;
    for o in ops.iter().filter(|o| o.op != skipped_op) {
        let mark = o.op == marked_op;
        for w in o.text.split_whitespace() {
            let found = words
                .iter()
                .enumerate()
                .skip(at)
                .take(DIFF_WINDOW)
                .find(|(_, (x, _))| x == w);
            if let Some((j, (_, r))) = found {
                if mark {
                    match ranges.last_mut() {
                        // Neighbouring words make one mark.
                        Some(last) if text[last.1.min(r.0)..r.0].trim().is_empty() => {
                            last.1 = last.1.max(r.1)
                        }
                        _ => ranges.push(*r),
                    }
                }
                at = j + 1;
            }
        }
    }
    ranges
}

/// Writes `text` escaped, the byte `ranges` (sorted, apart) as marks; a
/// range out of order or off a char boundary is left unmarked.
pub(super) fn write_marked(out: &mut String, text: &str, ranges: &[(usize, usize)]) {
    let mut pos = 0;
    for &(s, e) in ranges {
        let (Some(before), Some(word)) = (text.get(pos..s), text.get(s..e)) else {
            continue;
        };
        let _ = write!(
            out,
            "{}<mark class=\"dw\">{}</mark>",
            escape(before),
            escape(word)
        );
        pos = e;
    }
    let _ = write!(out, "{}", escape(text.get(pos..).unwrap_or("")));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(op: &str, text: &str) -> DiffOp {
        DiffOp {
            op: op.to_string(),
            text: text.to_string(),
        }
    }

    fn marked(text: &str, ranges: &[(usize, usize)]) -> String {
        let mut out = String::new();
        write_marked(&mut out, text, ranges);
        out
    }

    #[test]
    fn find_word_wants_whole_words() {
        assert_eq!(find_word("someone saw one", "one"), Some((12, 15)));
        assert_eq!(
            find_word("About $3.5 billion", "about $3.5 billion"),
            Some((0, 18))
        );
        assert_eq!(find_word("x", ""), None);
        assert_eq!(find_word("Dec. 4 and 4", "4"), Some((5, 6)));
    }

    #[test]
    fn quote_diff_marks_each_sides_own_words() {
        let ops = [
            op("equal", "this fire kept"),
            op("delete", "reigniting"),
            op("insert", "relighting"),
            op("equal", "itself"),
        ];
        let a = "“This fire kept reigniting itself,” he said";
        let b = "This fire kept relighting itself";
        let ra = diff_ranges(a, &ops, 0);
        let rb = diff_ranges(b, &ops, 1);
        assert_eq!(&a[ra[0].0..ra[0].1], "reigniting");
        assert_eq!(&b[rb[0].0..rb[0].1], "relighting");
        assert_eq!(ra.len() + rb.len(), 2);
    }

    #[test]
    fn neighbouring_diff_words_make_one_mark() {
        let ops = [
            op("equal", "at"),
            op("delete", "any price"),
            op("insert", "that price"),
        ];
        let text = "at any price";
        assert_eq!(diff_ranges(text, &ops, 0), [(3, 12)]);
        // Words the passage does not have are skipped, not a panic.
        assert!(diff_ranges("", &ops, 1).is_empty());
    }

    #[test]
    fn write_marked_escapes_and_skips_bad_ranges() {
        assert_eq!(
            marked("a <b> c", &[(2, 5)]),
            "a <mark class=\"dw\">&lt;b&gt;</mark> c"
        );
        // Off a char boundary, reversed, out of range: left unmarked.
        assert_eq!(marked("é<", &[(1, 2), (9, 12)]), "é&lt;");
        assert_eq!(
            marked("abc", &[(2, 3), (0, 1)]),
            "ab<mark class=\"dw\">c</mark>"
        );
    }
}
