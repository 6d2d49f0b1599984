//! Quotations: pairing quote marks inside each paragraph.
//!
//! Rules: `“`/`«`/`„` open and `”`/`»` close a double quote; a straight `"`
//! opens when no double quote is open and closes otherwise. `‘` opens a
//! single quote, and `’` or `'` closes one only while it is open (elsewhere
//! `’` is an apostrophe). A quote still open at the end of a paragraph ends
//! there: news copy leaves a multi-paragraph quote open and reopens it in the
//! next paragraph. Nesting is at most one single quote inside a double one.
//!
//! Text without blank lines (one sentence a line, as in corpora and some
//! web copy) has no paragraphs to end a quote, so a quote there runs over
//! lines only when its closing mark comes within [`MAX_QUOTE_LINES`] line
//! breaks, before any mark that opens a quote; otherwise it ends with its
//! own line. So `"We had no choice.` / `It was too late," she said.` is one
//! quote, a quote never closed does not swallow the rest of the article, and
//! `"First part.` / `"Second part," he said.` (a quote reopened on the next
//! line, as in a paragraph) is two. A quote reopened at the start of a later
//! line runs up to that line: `"First part.` / `More of it.` / `"Second
//! part," he said.` quotes the middle line too.

use crate::parse::token::{QuoteMark, TokKind, Tokens, flag};
use crate::span::Span;

/// A quotation.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark, if the quote was closed.
    pub close: Option<usize>,
    /// The quoted words, without the marks.
    pub inner: Span,
    /// Token range of the quoted words `[t0, t1)`.
    pub toks: (usize, usize),
    /// True for a single-quoted quotation inside a double one, or a short
    /// single-quoted term; a top-level single-quoted sentence is a
    /// quotation like a double-quoted one (see [`pair_quotes`]).
    pub single: bool,
}

/// Line breaks a quote may run over, in text without blank lines, before its
/// closing mark: a quote of several sentences, one a line.
pub const MAX_QUOTE_LINES: usize = 6;

/// In text without blank lines, where the quote opened at `open` ends
/// unclosed: the first line break after it, unless a closing mark (glued to
/// the word before it) comes first within [`MAX_QUOTE_LINES`] line breaks.
/// `None` leaves the quote to the usual pairing. The scan stops at the next
/// mark of the quote's kind, so all scans together stay linear.
fn unclosed_end(toks: &Tokens, open: usize, single: bool) -> Option<usize> {
    let mut first_break = None;
    let mut breaks = 0;
    for j in open + 1..toks.len() {
        let t = &toks.toks[j];
        if t.has(flag::LINE) {
            first_break.get_or_insert(j);
            breaks += 1;
            if breaks > MAX_QUOTE_LINES {
                break;
            }
        }
        let TokKind::Quote(mark) = t.kind else {
            continue;
        };
        let glued = !t.has(flag::SPACE_BEFORE);
        let closes = match mark {
            QuoteMark::CloseDouble => !single,
            QuoteMark::Double => !single && glued,
            QuoteMark::CloseSingle | QuoteMark::Single => single && glued,
            _ => false,
        };
        let opens = match mark {
            QuoteMark::OpenDouble => !single,
            QuoteMark::Double => !single && !glued,
            QuoteMark::OpenSingle => single,
            QuoteMark::Single => single && !glued,
            _ => false,
        };
        if closes {
            return None;
        }
        if opens {
            // Reopened at the start of a later line: a quote of several
            // paragraphs, one sentence a line; the lines between are still
            // quoted. On the same line, the usual pairing decides.
            if t.has(flag::LINE) {
                return Some(j);
            }
            return first_break;
        }
    }
    first_break
}

/// Pairs the quote marks of `toks`; returns quotes in order of their opening mark.
pub fn pair_quotes(toks: &Tokens) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut double: Option<usize> = None;
    let mut single: Option<usize> = None;
    let n = toks.len();
    // Blocks of lines read a line a paragraph (one sentence a line): quotes
    // end by line there (see the module's docs).
    let blocks = super::sentence::line_blocks(toks, 0, n);
    let line_mode = |i: usize| blocks.get(i).copied().unwrap_or(false);
    let mut double_end: Option<usize> = None;
    let mut single_end: Option<usize> = None;
    let finish =
        |out: &mut Vec<Quote>, open: usize, close: Option<usize>, end_tok: usize, single: bool| {
            let t0 = open + 1;
            let t1 = close.unwrap_or(end_tok).max(t0);
            if t1 > t0 {
                let inner = toks.toks[t0].span.cover(toks.toks[t1 - 1].span);
                out.push(Quote {
                    open,
                    close,
                    inner,
                    toks: (t0, t1),
                    single,
                });
            }
        };
    for i in 0..n {
        let t = &toks.toks[i];
        if i > 0 && t.has(flag::PARA) {
            if let Some(o) = single.take() {
                finish(&mut out, o, None, i, true);
            }
            if let Some(o) = double.take() {
                finish(&mut out, o, None, i, false);
            }
        }
        if line_mode(i) && i > 0 && t.has(flag::LINE) {
            if single.is_some() && single_end == Some(i) {
                if let Some(o) = single.take() {
                    finish(&mut out, o, None, i, true);
                }
            }
            if double.is_some() && double_end == Some(i) {
                if let Some(s) = single.take() {
                    finish(&mut out, s, None, i, true);
                }
                if let Some(o) = double.take() {
                    finish(&mut out, o, None, i, false);
                }
            }
        }
        let TokKind::Quote(mark) = t.kind else {
            continue;
        };
        let next_is_word = toks
            .get(i + 1)
            .is_some_and(|n| !n.has(flag::SPACE_BEFORE) && !n.is_quote());
        match mark {
            QuoteMark::OpenDouble => {
                if let Some(o) = double.take() {
                    // A second opening mark: the earlier quote was never closed.
                    if let Some(s) = single.take() {
                        finish(&mut out, s, None, i, true);
                    }
                    finish(&mut out, o, None, i, false);
                }
                double = Some(i);
            }
            QuoteMark::CloseDouble => {
                if let Some(o) = double.take() {
                    if let Some(s) = single.take() {
                        finish(&mut out, s, None, i, true);
                    }
                    finish(&mut out, o, Some(i), i, false);
                }
            }
            QuoteMark::Double => match double.take() {
                Some(o) => {
                    if let Some(s) = single.take() {
                        finish(&mut out, s, None, i, true);
                    }
                    finish(&mut out, o, Some(i), i, false);
                }
                None => {
                    if next_is_word || t.has(flag::SPACE_BEFORE) {
                        double = Some(i);
                    }
                }
            },
            QuoteMark::OpenSingle => {
                if single.is_none() {
                    single = Some(i);
                }
            }
            QuoteMark::CloseSingle | QuoteMark::Single => {
                if let Some(o) = single {
                    if !t.has(flag::SPACE_BEFORE) {
                        single = None;
                        finish(&mut out, o, Some(i), i, true);
                    }
                } else if mark == QuoteMark::Single && t.has(flag::SPACE_BEFORE) && next_is_word {
                    single = Some(i);
                }
            }
        }
        if line_mode(i) && double == Some(i) {
            double_end = unclosed_end(toks, i, false);
        }
        if line_mode(i) && single == Some(i) {
            single_end = unclosed_end(toks, i, true);
        }
    }
    if let Some(o) = single.take() {
        finish(&mut out, o, None, n, true);
    }
    if let Some(o) = double.take() {
        finish(&mut out, o, None, n, false);
    }
    out.sort_by_key(|q| q.open);
    // British copy quotes speech in single marks: a closed single quote of
    // four words or more inside no double quote is a quotation of its own
    // ("‘The manufacturer has acted quickly,’ she said"); a short one is a
    // term set off ("the so-called ‘hero’").
    for k in 0..out.len() {
        let q = &out[k];
        let nested = out
            .iter()
            .any(|d| !d.single && d.toks.0 <= q.open && q.open < d.toks.1);
        let words = (q.toks.0..q.toks.1)
            .filter(|&i| toks.toks[i].is_word())
            .count();
        if q.single && q.close.is_some() && !nested && words >= 4 {
            out[k].single = false;
        }
    }
    out
}

/// For each token, the index into `quotes` of the innermost double quote holding it.
pub fn quote_of_tokens(n: usize, quotes: &[Quote]) -> Vec<Option<u32>> {
    let mut map = vec![None; n];
    for (qi, q) in quotes.iter().enumerate() {
        if q.single {
            continue;
        }
        for slot in map.iter_mut().take(q.toks.1.min(n)).skip(q.toks.0) {
            *slot = Some(qi as u32);
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::token::tokenize;

    fn quotes(text: &str) -> Vec<String> {
        let toks = tokenize(text, 0, text.len());
        pair_quotes(&toks)
            .iter()
            .map(|q| q.inner.slice(text).to_string())
            .collect()
    }

    #[test]
    fn curly_and_straight() {
        assert_eq!(
            quotes("“It is,” he said. \"Yes,\" she said."),
            vec!["It is,", "Yes,"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(
            quotes("the players’ union’s view, ‘a mess’, he said"),
            vec!["a mess"]
        );
    }

    #[test]
    fn unclosed_quote_ends_with_paragraph() {
        assert_eq!(
            quotes("\"First part.\n\n\"Second part,\" he said."),
            vec!["First part.", "Second part,"]
        );
    }

    #[test]
    fn quote_across_sentences() {
        assert_eq!(quotes("“One. Two,” she said."), vec!["One. Two,"]);
    }

    #[test]
    fn one_sentence_a_line_quote_runs_to_its_closing_mark() {
        assert_eq!(
            quotes(
                "The mayor said: \"We had no choice.\nThe cracks were too deep,\" she added.\nRepairs begin in May."
            ),
            vec!["We had no choice.\nThe cracks were too deep,"]
        );
        assert_eq!(
            quotes("“We had no choice.\nThe cracks were too deep,” she added.\nRepairs begin."),
            vec!["We had no choice.\nThe cracks were too deep,"]
        );
    }

    #[test]
    fn one_sentence_a_line_quote_never_closed_ends_with_its_line() {
        assert_eq!(
            quotes(
                "The mayor said: \"We had no choice.\nThe bridge was built in 1931.\nIt reopens in May."
            ),
            vec!["We had no choice."]
        );
        // Reopened on the next line, as a quote of several paragraphs is.
        assert_eq!(
            quotes(
                "\"We had no choice.\n\"The cracks were too deep,\" the mayor said.\nIt reopens."
            ),
            vec!["We had no choice.", "The cracks were too deep,"]
        );
        // Reopened two lines on: the line between is quoted too.
        assert_eq!(
            quotes("\"We had no choice.\nIt was too late.\n\"We left,\" she said.\nIt reopens."),
            vec!["We had no choice.\nIt was too late.", "We left,"]
        );
        // A closing mark too many lines on does not close it.
        let far = format!(
            "\"One.\n{}Two,\" she said.",
            "Line.\n".repeat(MAX_QUOTE_LINES)
        );
        assert_eq!(quotes(&far), vec!["One."]);
    }

    #[test]
    fn unbalanced_is_harmless() {
        let q = quotes("He said ” then “ and ” and “");
        assert_eq!(q, vec!["and"]);
    }
}
