//! Quotations: pairing quote marks inside each paragraph.
//!
//! Rules: `“`/`«`/`„` open and `”`/`»` close a double quote; a straight `"`
//! opens when no double quote is open and closes otherwise. `‘` opens a
//! single quote, and `’` or `'` closes one only while it is open (elsewhere
//! `’` is an apostrophe). A quote still open at the end of a paragraph ends
//! there: news copy leaves a multi-paragraph quote open and reopens it in the
//! next paragraph. Nesting is at most one single quote inside a double one.

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
    /// True for a single-quoted quotation.
    pub single: bool,
}

/// Pairs the quote marks of `toks`; returns quotes in order of their opening mark.
pub fn pair_quotes(toks: &Tokens) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut double: Option<usize> = None;
    let mut single: Option<usize> = None;
    let n = toks.len();
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
    }
    if let Some(o) = single.take() {
        finish(&mut out, o, None, n, true);
    }
    if let Some(o) = double.take() {
        finish(&mut out, o, None, n, false);
    }
    out.sort_by_key(|q| q.open);
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
    fn unbalanced_is_harmless() {
        let q = quotes("He said ” then “ and ” and “");
        assert_eq!(q, vec!["and"]);
    }
}
