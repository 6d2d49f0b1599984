//! Stage 2, parse: a document's body becomes tokens, sentences, quotations,
//! names, numbers and dates, each with its span. One pass for tokens, one
//! for sentences, then per-sentence passes that only look at their own
//! tokens.

pub mod date;
pub mod names;
pub mod number;
pub mod quote;
pub mod sentence;
pub mod time;
pub mod titlecase;
pub mod token;

use crate::lexicon::Lexicon;
use crate::load::Document;

pub use date::{CivilDate, DateMention, DateValue};
pub use names::{Name, NameKind};
pub use number::NumberMention;
pub use quote::Quote;
pub use sentence::Sentence;
pub use token::{Token, Tokens};

/// A parsed document.
#[derive(Debug)]
pub struct Parsed {
    /// Tokens of the body.
    pub toks: Tokens,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Quotations in order of their opening mark.
    pub quotes: Vec<Quote>,
    /// For each token, the double quotation holding it.
    pub quote_of: Vec<Option<u32>>,
    /// Names per sentence.
    pub names: Vec<Vec<Name>>,
    /// Dates per sentence.
    pub dates: Vec<Vec<DateMention>>,
    /// Numbers per sentence.
    pub numbers: Vec<Vec<NumberMention>>,
}

/// Parses a document's body.
pub fn parse(doc: &Document, lx: &Lexicon) -> Parsed {
    // Skipped lines (a URL, a byline, an advertisement) give no token, so
    // no sentence, name or number comes from them.
    // The header's title is read first, as the document's headline; the
    // header lines after it and the dateline are skipped.
    let (start, skip) = match doc.title_span {
        Some(t) if t.end() <= doc.body_start => {
            let mut skip = Vec::with_capacity(doc.skip.len() + 1);
            skip.push(crate::span::Span::new(t.end(), doc.body_start));
            skip.extend(doc.skip.iter().copied());
            (t.start(), skip)
        }
        _ => (doc.body_start, doc.skip.clone()),
    };
    let mut toks = token::tokenize_skipping(&doc.text, start, doc.text.len(), &skip);
    // The body opens a paragraph of its own after the headline.
    if start < doc.body_start {
        let first = toks
            .toks
            .partition_point(|t| t.span.start() < doc.body_start);
        toks.set_flag(first, token::flag::PARA | token::flag::LINE);
    }
    toks.classify(lx);
    let sentences = sentence::split_sentences(&toks, 0, toks.len(), lx);
    // Headline case says nothing of names: common words lose their capital.
    titlecase::normalise(&mut toks, &sentences, lx);
    let quotes = quote::pair_quotes(&toks);
    let quote_of = quote::quote_of_tokens(toks.len(), &quotes);
    let mid = names::mid_sentence_caps(&toks, &sentences);
    let mut book = names::NameBook::default();
    let mut all_names = Vec::with_capacity(sentences.len());
    let mut all_dates = Vec::with_capacity(sentences.len());
    let mut all_numbers = Vec::with_capacity(sentences.len());
    for s in &sentences {
        let (t0, t1) = s.toks;
        let ctx = date::DateContext {
            article: doc.date,
            future: false,
            past: false,
        };
        let dates = date::find_dates(&toks, t0, t1, lx, ctx);
        let skip: Vec<(usize, usize)> = dates.iter().map(|d| d.toks).collect();
        let numbers = number::find_numbers(&toks, &doc.text, t0, t1, &skip, lx);
        let mut names = names::find_names(&toks, &doc.text, s, &mid, &mut book, lx);
        // A month or weekday is a date, not a name.
        // Both lists are in text order: one binary search per name.
        names.retain(|n| {
            let p = dates.partition_point(|d| d.span.start() <= n.span.start());
            !(p > 0 && dates[p - 1].span.contains(n.span))
        });
        all_names.push(names);
        all_dates.push(dates);
        all_numbers.push(numbers);
    }
    Parsed {
        toks,
        sentences,
        quotes,
        quote_of,
        names: all_names,
        dates: all_dates,
        numbers: all_numbers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load::document_from_text;

    /// An article as it comes from a web page: one sentence a line, no blank
    /// line, page furniture around the text.
    const LINES: &str = "outlet: Test\n\n\
        https://www.example.com/news/harlow-bridge-closed.html\n\
        Council closes the Harlow bridge\n\
        Monday, March 9, 2026\n\
        By Jane Doe and John Roe, Example News\n\
        The council closed the Harlow bridge on Monday after engineers found cracks.\n\
        \"We had no choice.\n\
        The cracks were deeper than anyone expected,\" the mayor, Tom Reyes, said.\n\
        Advertisement\n\
        Repairs will cost about $4 million, officials said.\n\
        Share this article\n";

    fn sentences(text: &str) -> (Vec<String>, Vec<String>) {
        let doc = document_from_text("t.txt", text.to_string(), Lexicon::builtin()).unwrap();
        let p = parse(&doc, Lexicon::builtin());
        let s = p.sentences.iter().map(|s| s.span.slice(text).to_string());
        let q = p.quotes.iter().map(|q| q.inner.slice(text).to_string());
        (s.collect(), q.collect())
    }

    #[test]
    fn one_sentence_a_line_with_page_furniture() {
        let (s, q) = sentences(LINES);
        assert_eq!(
            s,
            vec![
                "Council closes the Harlow bridge",
                "The council closed the Harlow bridge on Monday after engineers found cracks.",
                "\"We had no choice.",
                "The cracks were deeper than anyone expected,\" the mayor, Tom Reyes, said.",
                "Repairs will cost about $4 million, officials said.",
            ]
        );
        assert_eq!(
            q,
            vec!["We had no choice.\nThe cracks were deeper than anyone expected,"]
        );
    }

    #[test]
    fn a_sentence_opening_with_by_is_kept() {
        let (s, _) = sentences("By Monday, the toll had risen to five.\nBy Jane Doe\n");
        assert_eq!(s, vec!["By Monday, the toll had risen to five."]);
    }
}
