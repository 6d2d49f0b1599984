//! The optional header at the top of an article.
//!
//! Grammar:
//! ```text
//! header    := bom? fence? field+ (blank-line | fence | eof)
//!            | bom? ws* "date" ws+ iso-date ws+          (the seed form: body follows on the same line)
//! fence     := "---" ws* newline
//! field     := key ":" [ \t]* value newline
//! key       := [a-z] [a-z0-9_-]{0,31}      (lowercase, so "UPDATE: ..." in a body is not a header)
//! iso-date  := digit{4} "-" digit{2} "-" digit{2}
//! ```

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while, take_while_m_n, take_while1},
    character::complete::{char, line_ending, space0},
    combinator::{eof, opt, recognize, verify},
    sequence::{preceded, terminated},
};

/// A parsed header: its fields in order and where the body begins.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Header {
    /// `key: value` pairs, keys lowercase, in file order.
    pub fields: Vec<(String, String)>,
    /// Byte range of each field's value in the text, in the order of `fields`.
    pub spans: Vec<(usize, usize)>,
    /// Byte offset where the body starts.
    pub body_start: usize,
}

impl Header {
    /// The value of a key, if present.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// A header key: lowercase letters, digits, `_` and `-`.
fn key(i: &str) -> IResult<&str, &str> {
    recognize((
        take_while_m_n(1, 1, |c: char| c.is_ascii_lowercase()),
        take_while_m_n(0, 31, |c: char| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-'
        }),
    ))
    .parse(i)
}

/// The rest of a line, without its line ending.
fn rest_of_line(i: &str) -> IResult<&str, &str> {
    take_while(|c| c != '\n' && c != '\r').parse(i)
}

/// One `key: value` line, with its line ending (or the end of input).
fn field(i: &str) -> IResult<&str, (&str, &str)> {
    let (i, k) = key(i)?;
    let (i, _) = (char(':'), space0).parse(i)?;
    let (i, v) = terminated(rest_of_line, alt((line_ending, eof))).parse(i)?;
    Ok((i, (k, v.trim())))
}

/// A `---` fence line.
fn fence(i: &str) -> IResult<&str, &str> {
    recognize((tag("---"), space0, alt((line_ending, eof)))).parse(i)
}

/// A line holding only spaces and tabs.
fn blank_line(i: &str) -> IResult<&str, &str> {
    recognize((space0, line_ending)).parse(i)
}

/// An ISO date `YYYY-MM-DD`.
pub fn iso_date(i: &str) -> IResult<&str, &str> {
    recognize((
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        char('-'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        char('-'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
    ))
    .parse(i)
}

/// The seed form: `date YYYY-MM-DD` at the very start, body on the same line.
fn date_line(i: &str) -> IResult<&str, &str> {
    preceded(
        (
            take_while(|c: char| c == ' ' || c == '\t'),
            tag("date"),
            take_while1(|c: char| c == ' ' || c == '\t'),
        ),
        verify(iso_date, |_: &str| true),
    )
    .parse(i)
}

/// Parses the header of `text` (which may start with a byte-order mark).
/// Returns an empty header with `body_start` after the BOM when there is none.
pub fn parse_header(text: &str) -> Header {
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let input = &text[bom..];
    let offset = |rest: &str| text.len() - rest.len();

    if let Ok((rest, date)) = date_line(input) {
        let (rest, _) = take_while::<_, &str, ()>(|c: char| c.is_whitespace())
            .parse(rest)
            .unwrap_or((rest, ""));
        let start = date.as_ptr() as usize - text.as_ptr() as usize;
        return Header {
            fields: vec![("date".into(), date.to_string())],
            spans: vec![(start, start + date.len())],
            body_start: offset(rest),
        };
    }

    let (mut rest, fenced) = match fence(input) {
        Ok((r, _)) => (r, true),
        Err(_) => (input, false),
    };
    let mut fields = Vec::new();
    let mut spans = Vec::new();
    // Bounded: at most 64 header lines.
    while fields.len() < 64 {
        match field(rest) {
            Ok((r, (k, v))) => {
                // The value is a slice of the text: its offset is where it lies.
                let start = v.as_ptr() as usize - text.as_ptr() as usize;
                fields.push((k.to_string(), v.to_string()));
                spans.push((start, start + v.len()));
                rest = r;
            }
            Err(_) => break,
        }
    }
    if fields.is_empty() {
        return Header {
            fields,
            spans,
            body_start: bom,
        };
    }
    let ended = rest.is_empty()
        || fence(rest).map(|(r, _)| rest = r).is_ok()
        || blank_line(rest).map(|(r, _)| rest = r).is_ok();
    if !ended || (fenced && fields.is_empty()) {
        return Header {
            fields: Vec::new(),
            spans: Vec::new(),
            body_start: bom,
        };
    }
    // One more blank line after the header is not part of the body.
    if let Ok((r, _)) = opt(blank_line).parse(rest) {
        rest = r;
    }
    Header {
        fields,
        spans,
        body_start: offset(rest),
    }
}

impl Header {
    /// The byte range of a key's value in the text.
    pub fn span_of(&self, key: &str) -> Option<(usize, usize)> {
        self.fields
            .iter()
            .position(|(k, _)| k == key)
            .and_then(|i| self.spans.get(i).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_value_header_ends_at_blank_line() {
        let text = "outlet: CBS News\ndate: 2025-03-11\ntitle: A: B\n\nBody here.";
        let h = parse_header(text);
        assert_eq!(h.get("outlet"), Some("CBS News"));
        assert_eq!(h.get("title"), Some("A: B"));
        let (s, e) = h.span_of("title").expect("a span");
        assert_eq!(&text[s..e], "A: B");
        assert_eq!(&text[h.body_start..], "Body here.");
    }

    #[test]
    fn fenced_header_and_crlf() {
        let text = "---\r\noutlet: AP\r\n---\r\nBody.";
        let h = parse_header(text);
        assert_eq!(h.get("outlet"), Some("AP"));
        assert_eq!(&text[h.body_start..], "Body.");
    }

    #[test]
    fn seed_date_line() {
        let text = " date 2024-11-16 New York, Nov 16 (IANS) In apparent";
        let h = parse_header(text);
        assert_eq!(h.get("date"), Some("2024-11-16"));
        assert!(text[h.body_start..].starts_with("New York"));
    }

    #[test]
    fn body_that_looks_like_a_field_is_not_a_header() {
        for text in [
            "UPDATE: Police said.\n\nMore.",
            "Note: this\nand that",
            "source: x\nno blank",
        ] {
            let h = parse_header(text);
            assert!(h.fields.is_empty(), "{text:?}");
            assert_eq!(h.body_start, 0);
        }
    }

    #[test]
    fn bom_is_skipped() {
        let text = "\u{feff}outlet: X\n\nBody";
        let h = parse_header(text);
        assert_eq!(h.get("outlet"), Some("X"));
        assert_eq!(&text[h.body_start..], "Body");
        assert_eq!(parse_header("\u{feff}Body").body_start, 3);
    }
}
