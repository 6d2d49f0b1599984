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
    let mut toks = token::tokenize(&doc.text, doc.body_start, doc.text.len());
    toks.classify(lx);
    let sentences = sentence::split_sentences(&toks, 0, toks.len(), lx);
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
