//! Tokens: one pass over a document's text that cuts it into words, numbers,
//! quote marks and other punctuation, each with its span and a lowercase form
//! for lexicon look-ups.
//!
//! Grammar (informally):
//! - word: a letter or digit, then letters, digits and marks, with `'`/`’`
//!   or `-` between two alphanumerics kept inside ("don't", "e-bike",
//!   "12-year-old"), `.` kept inside a dotted initialism ("U.S.", "a.m.") and
//!   `.`/`,`/`:` kept between digits ("1,200", "10.5", "11:04");
//! - quote: any of `" “ ” „ « » ‘ ’ ‚ ‹ ›` and `'` that is not inside a word;
//! - punctuation: any other non-space character, one a token.
//!
//! A hand-written scanner rather than nom: it is the hot loop, it never
//! backtracks, and it keeps the lowercase forms in one buffer per document.

use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters, digits or both ("Musk", "126,000", "12-year-old", "U.S.").
    Word,
    /// A quotation mark.
    Quote(QuoteMark),
    /// Any other single character (`.` `,` `(` `—` `$` ...).
    Punct(char),
}

/// The shape of a quotation mark, before pairing decides its role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteMark {
    /// `“` `«` `„`: opens a double quote.
    OpenDouble,
    /// `”` `»`: closes a double quote.
    CloseDouble,
    /// `"`: opens or closes, by context.
    Double,
    /// `‘` `‚` `‹`: opens a single quote.
    OpenSingle,
    /// `’` `›` standing alone: closes a single quote (or an apostrophe).
    CloseSingle,
    /// `'` standing alone.
    Single,
}

/// Flags of a token, packed.
pub mod flag {
    /// First char is uppercase.
    pub const CAP: u16 = 1;
    /// Every letter is uppercase and there are at least two.
    pub const ALLCAPS: u16 = 2;
    /// Holds a digit.
    pub const DIGIT: u16 = 4;
    /// Ends in a possessive `'s`, `’s` or `s'` (stripped from the lowercase form).
    pub const POSS: u16 = 8;
    /// A line break comes before it.
    pub const LINE: u16 = 16;
    /// A blank line (paragraph break) comes before it.
    pub const PARA: u16 = 32;
    /// Whitespace comes before it.
    pub const SPACE_BEFORE: u16 = 64;
    /// Whitespace (or the end) comes after it.
    pub const SPACE_AFTER: u16 = 128;
    /// Holds a letter.
    pub const ALPHA: u16 = 256;
    /// A dotted initialism ("U.S.", "a.m.") whose last period is inside the token.
    pub const DOTTED: u16 = 512;
}

/// One token.
#[derive(Clone, Copy, Debug)]
pub struct Token {
    /// Where it lies in the document's text.
    pub span: Span,
    /// What it is.
    pub kind: TokKind,
    /// See [`flag`].
    pub flags: u16,
    lower: (u32, u32),
}

impl Token {
    /// True when the flag is set.
    pub fn has(&self, f: u16) -> bool {
        self.flags & f != 0
    }

    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    /// True for this punctuation character.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct(c)
    }

    /// True for a quotation mark.
    pub fn is_quote(&self) -> bool {
        matches!(self.kind, TokKind::Quote(_))
    }
}

/// A document cut into tokens.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    /// The tokens in text order.
    pub toks: Vec<Token>,
    lower: String,
    /// Class bits of each token (see [`crate::lexicon::class`]), once classified.
    class: Vec<u32>,
}

impl Tokens {
    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// Lowercase form of token `i` (possessive stripped, curly apostrophes
    /// straightened); `""` past the end.
    pub fn lower(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) => &self.lower[t.lower.0 as usize..t.lower.1 as usize],
            None => "",
        }
    }

    /// Token `i`, if any.
    pub fn get(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    /// Sets a flag of token `i`.
    pub fn set_flag(&mut self, i: usize, f: u16) {
        if let Some(t) = self.toks.get_mut(i) {
            t.flags |= f;
        }
    }

    /// Clears a flag of token `i` (a headline's capital, see `titlecase`).
    pub fn clear_flag(&mut self, i: usize, f: u16) {
        if let Some(t) = self.toks.get_mut(i) {
            t.flags &= !f;
        }
    }

    /// Looks up every token's class bits once.
    pub fn classify(&mut self, lx: &crate::lexicon::Lexicon) {
        let mut class = Vec::with_capacity(self.toks.len());
        for i in 0..self.toks.len() {
            // Lists hold words (and "%", "$", "£" for units).
            let t = &self.toks[i];
            let c = if t.is_word() || matches!(t.kind, TokKind::Punct('%' | '$' | '£' | '€' | '¥'))
            {
                lx.class_of(self.lower(i))
            } else {
                0
            };
            class.push(c);
        }
        self.class = class;
    }

    /// True when token `i` has a class bit (computed by [`Tokens::classify`];
    /// falls back to `fallback` when the tokens were not classified).
    pub fn is(&self, i: usize, bit: u32, fallback: impl FnOnce(&str) -> bool) -> bool {
        match self.class(i) {
            Some(c) => c & bit != 0,
            None => fallback(self.lower(i)),
        }
    }

    /// True when token `i` is the apostrophe of a plural possessive
    /// ("workers' union", "pilots’ union"): a single mark glued to a word
    /// ending in "s" and followed by a word.
    pub fn is_plural_possessive(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        matches!(
            t.kind,
            TokKind::Quote(QuoteMark::Single | QuoteMark::CloseSingle)
        ) && !t.has(flag::SPACE_BEFORE)
            && i > 0
            && self.toks[i - 1].is_word()
            && self.lower(i - 1).ends_with('s')
            && self.toks.get(i + 1).is_some_and(|n| n.is_word())
    }

    /// Class bits of token `i`, looked up in `lx` when the tokens were not
    /// classified.
    pub fn class_in(&self, i: usize, lx: &crate::lexicon::Lexicon) -> u32 {
        self.class(i).unwrap_or_else(|| lx.class_of(self.lower(i)))
    }

    /// Class bits of token `i`; `None` when the tokens were not classified.
    pub fn class(&self, i: usize) -> Option<u32> {
        if self.class.is_empty() {
            None
        } else {
            Some(self.class.get(i).copied().unwrap_or(0))
        }
    }
}

fn is_quote_char(c: char) -> Option<QuoteMark> {
    Some(match c {
        '“' | '«' | '„' => QuoteMark::OpenDouble,
        '”' | '»' => QuoteMark::CloseDouble,
        '"' => QuoteMark::Double,
        '‘' | '‚' | '‹' => QuoteMark::OpenSingle,
        '’' | '›' => QuoteMark::CloseSingle,
        '\'' => QuoteMark::Single,
        _ => return None,
    })
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_hyphen(c: char) -> bool {
    c == '-' || c == '‐' || c == '‑'
}

/// Cuts `text[range]` into tokens; spans are offsets into `text`.
pub fn tokenize(text: &str, start: usize, end: usize) -> Tokens {
    tokenize_skipping(text, start, end, &[])
}

/// Cuts `text[range]` into tokens, leaving out the bytes of `skip` (ranges
/// in order, apart, on char boundaries). A skipped range gives no token and
/// its line endings count for nothing, so a skipped line that takes its line
/// ending along leaves the lines around it as they were without it: one
/// sentence a line stays so. In text with blank lines, a skipped line still
/// parts the lines around it as a blank line would, so that nothing (a name,
/// a sentence) joins across it.
pub fn tokenize_skipping(text: &str, start: usize, end: usize, skip: &[Span]) -> Tokens {
    let end = end.min(text.len());
    // Ranges wholly before the start play no part.
    let mut sk = skip.partition_point(|s| s.end() <= start);
    let mut skip_at = skip.get(sk).map_or(usize::MAX, |s| s.start());
    // Tokens that follow a skipped line start paragraphs: page furniture
    // parts what is around it, and deciding so from the line alone (not
    // from blank lines elsewhere) keeps a paragraph before it from changing
    // how the text after it is read.
    let mut after_skipped_line = Vec::new();
    let mut skipped_line = false;
    let mut out = Tokens {
        toks: Vec::with_capacity((end.saturating_sub(start)) / 5 + 1),
        lower: String::with_capacity(end.saturating_sub(start)),
        class: Vec::new(),
    };
    let bytes = text.as_bytes();
    let mut i = start;
    let mut newlines = 0u32;
    let mut space = true;
    while i < end {
        if i >= skip_at {
            let to = skip[sk].end();
            if to > i {
                i = to.min(end);
                while !text.is_char_boundary(i) {
                    i += 1;
                }
                // What was left out still parts the words around it.
                if let Some(last) = out.toks.last_mut() {
                    last.flags |= flag::SPACE_AFTER;
                }
                space = true;
                let from = skip[sk].start();
                skipped_line |= from == start || text[..from].ends_with('\n');
            }
            sk += 1;
            skip_at = skip.get(sk).map_or(usize::MAX, |s| s.start());
            continue;
        }
        // ASCII fast path; other chars decoded from their first byte.
        let b0 = bytes[i];
        let (c, clen) = if b0 < 0x80 {
            (b0 as char, 1)
        } else {
            match text[i..end].chars().next() {
                Some(c) => (c, c.len_utf8()),
                None => break,
            }
        };
        let blank = if clen == 1 {
            b0.is_ascii_whitespace() || b0 < 0x20 || b0 == 0x7f
        } else {
            c.is_whitespace() || c == '\u{feff}' || c.is_control()
        };
        if blank {
            if c == '\n' {
                newlines += 1;
            }
            if let Some(last) = out.toks.last_mut() {
                last.flags |= flag::SPACE_AFTER;
            }
            space = true;
            i += clen;
            continue;
        }
        let mut flags = 0u16;
        if space {
            flags |= flag::SPACE_BEFORE;
        }
        if newlines >= 1 || out.toks.is_empty() {
            flags |= flag::LINE;
        }
        if newlines >= 2 || out.toks.is_empty() {
            flags |= flag::PARA;
        }
        newlines = 0;
        space = false;
        if skipped_line {
            after_skipped_line.push(out.toks.len());
            skipped_line = false;
        }
        let tok_start = i;
        if b0.is_ascii_alphanumeric() || (clen > 1 && c.is_alphanumeric()) {
            i = scan_word(text, bytes, i, end);
            let word = &text[tok_start..i];
            let lo_start = out.lower.len();
            let (wflags, strip) = word_flags(word);
            flags |= wflags;
            let base = &word[..word.len() - strip];
            if base.is_ascii() {
                out.lower.push_str(base);
                out.lower[lo_start..].make_ascii_lowercase();
            } else {
                for ch in base.chars() {
                    if ch == '’' {
                        out.lower.push('\'');
                    } else {
                        out.lower.extend(ch.to_lowercase());
                    }
                }
            }
            out.toks.push(Token {
                span: Span::new(tok_start, i),
                kind: TokKind::Word,
                flags,
                lower: (lo_start as u32, out.lower.len() as u32),
            });
        } else {
            i += clen;
            let kind = match is_quote_char(c) {
                Some(q) => TokKind::Quote(q),
                None => TokKind::Punct(c),
            };
            let lo = out.lower.len() as u32;
            out.lower.push(c);
            out.toks.push(Token {
                span: Span::new(tok_start, i),
                kind,
                flags,
                lower: (lo, out.lower.len() as u32),
            });
        }
    }
    if let Some(last) = out.toks.last_mut() {
        last.flags |= flag::SPACE_AFTER;
    }
    for i in after_skipped_line {
        out.toks[i].flags |= flag::PARA | flag::LINE;
    }
    out
}

fn next_char(text: &str, i: usize, end: usize) -> Option<char> {
    if i >= end {
        return None;
    }
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return Some(b as char);
    }
    text.get(i..end).and_then(|s| s.chars().next())
}

/// End of the word starting at `i`.
fn scan_word(text: &str, bytes: &[u8], mut i: usize, end: usize) -> usize {
    let start = i;
    let mut letters_since_dot = 0usize;
    let mut dotted = false;
    loop {
        // ASCII letters and digits: the common case, a byte at a time.
        while i < end && bytes[i].is_ascii_alphanumeric() {
            i += 1;
            letters_since_dot += 1;
        }
        let Some(c) = next_char(text, i, end) else {
            break;
        };
        if c.is_alphanumeric() || is_mark(c) {
            i += c.len_utf8();
            letters_since_dot += 1;
            continue;
        }
        let after = i + c.len_utf8();
        let prev_digit = i > start && bytes[i - 1].is_ascii_digit();
        match c {
            _ if is_apostrophe(c) || is_hyphen(c) => {
                match next_char(text, after, end) {
                    Some(n) if n.is_alphanumeric() => {
                        i = after;
                        continue;
                    }
                    _ => {}
                }
                // A trailing apostrophe ("players’") stays a separate token: it
                // may close a single quote, which only quote pairing can tell.
                break;
            }
            '.' | ',' | ':' if prev_digit => match next_char(text, after, end) {
                Some(n) if n.is_ascii_digit() => {
                    i = after;
                    continue;
                }
                _ => break,
            },
            '.' if letters_since_dot == 1 => {
                // Dotted initialism: U.S., a.m., D.C. (single letters between dots).
                let n = next_char(text, after, end);
                let n2 = n.and_then(|n| next_char(text, after + n.len_utf8(), end));
                if n.is_some_and(|n| n.is_alphabetic()) && n2 == Some('.') {
                    dotted = true;
                    i = after;
                    letters_since_dot = 0;
                    continue;
                }
                if dotted {
                    // Final period of the initialism.
                    i = after;
                }
                break;
            }
            _ => break,
        }
    }
    i
}

fn is_mark(c: char) -> bool {
    // Combining marks keep accented letters in decomposed form inside a word.
    matches!(c, '\u{0300}'..='\u{036f}' | '\u{200d}')
}

/// Flags of a word and how many bytes of possessive to strip from its lowercase form.
fn word_flags(word: &str) -> (u16, usize) {
    let mut f = 0u16;
    let mut letters = 0;
    let mut upper = 0;
    let mut first = true;
    if word.is_ascii() {
        for (k, b) in word.bytes().enumerate() {
            if b.is_ascii_alphabetic() {
                f |= flag::ALPHA;
                letters += 1;
                if b.is_ascii_uppercase() {
                    upper += 1;
                    if k == 0 {
                        f |= flag::CAP;
                    }
                }
            } else if b.is_ascii_digit() {
                f |= flag::DIGIT;
            }
        }
    }
    let unicode = !word.is_ascii();
    for ch in word.chars().filter(|_| unicode) {
        if ch.is_alphabetic() {
            f |= flag::ALPHA;
            letters += 1;
            if ch.is_uppercase() {
                upper += 1;
                if first {
                    f |= flag::CAP;
                }
            }
        } else if ch.is_ascii_digit() {
            f |= flag::DIGIT;
        }
        first = false;
    }
    if letters >= 2 && upper == letters {
        f |= flag::ALLCAPS;
    }
    if word.ends_with('.') {
        f |= flag::DOTTED;
    }
    let strip = if word.len() > 2 && (word.ends_with("'s") || word.ends_with("'S")) {
        2
    } else if word.len() > 4 && (word.ends_with("’s") || word.ends_with("’S")) {
        4
    } else if word.len() > 2 && (word.ends_with("s'")) {
        1
    } else if word.len() > 4 && word.ends_with("s’") {
        3
    } else {
        0
    };
    if strip > 0 {
        f |= flag::POSS;
    }
    (f, strip)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let t = tokenize(text, 0, text.len());
        t.toks.iter().map(|t| t.span.slice(text)).collect()
    }

    #[test]
    fn keeps_initialisms_numbers_and_hyphens_whole() {
        assert_eq!(
            words("The U.S. paid $1.2bn to 126,000 e-bike owners at 11:04 p.m."),
            vec![
                "The", "U.S.", "paid", "$", "1.2bn", "to", "126,000", "e-bike", "owners", "at",
                "11:04", "p.m."
            ]
        );
    }

    #[test]
    fn ends_of_sentences_are_separate() {
        assert_eq!(
            words("It rose 10.5%. Then"),
            vec!["It", "rose", "10.5", "%", ".", "Then"]
        );
        assert_eq!(words("in the U.S. The"), vec!["in", "the", "U.S.", "The"]);
    }

    #[test]
    fn quotes_and_possessives() {
        let text = "“It’s Iran’s call,” the players’ union said";
        let t = tokenize(text, 0, text.len());
        let w: Vec<_> = t.toks.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(
            w,
            vec![
                "“", "It’s", "Iran’s", "call", ",", "”", "the", "players", "’", "union", "said"
            ]
        );
        assert_eq!(t.lower(2), "iran");
        assert!(t.toks[2].has(flag::POSS));
        assert!(matches!(
            t.toks[0].kind,
            TokKind::Quote(QuoteMark::OpenDouble)
        ));
    }

    #[test]
    fn flags_for_lines_and_caps() {
        let text = "NEW YORK\n\nMusk said";
        let t = tokenize(text, 0, text.len());
        assert!(t.toks[0].has(flag::ALLCAPS));
        assert!(t.toks[2].has(flag::PARA));
        assert!(t.toks[2].has(flag::CAP));
        assert!(!t.toks[3].has(flag::CAP));
    }

    #[test]
    fn skipped_ranges_leave_no_token_and_no_line_break() {
        let text = "One.\nAdvertisement\nTwo.\n\nhttp://x.org\nThree. (AP Photo/X)\nFour.";
        let skip: Vec<Span> = ["Advertisement\n", "http://x.org\n", "(AP Photo/X)"]
            .iter()
            .map(|s| {
                let a = text.find(s).unwrap();
                Span::new(a, a + s.len())
            })
            .collect();
        let t = tokenize_skipping(text, 0, text.len(), &skip);
        let w: Vec<_> = t.toks.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(w, vec!["One", ".", "Two", ".", "Three", ".", "Four", "."]);
        // The text has blank lines: "Two" and "Three" start paragraphs, and
        // "Four", after a credit closing a line, is on the next line.
        assert!(t.toks[2].has(flag::PARA));
        assert!(t.toks[4].has(flag::PARA));
        assert!(t.toks[6].has(flag::LINE) && !t.toks[6].has(flag::PARA));
        // A range past the start of tokenizing, or over its end, is harmless.
        let t = tokenize_skipping(text, 5, 10, &skip);
        assert!(t.is_empty());
        // A skipped line parts paragraphs, with or without blank lines
        // elsewhere.
        let text = "Marcus Dahl\n2019\nAnna said.";
        let year = [Span::new(12, 17)];
        let t = tokenize_skipping(text, 0, text.len(), &year);
        assert!(t.toks[2].has(flag::PARA));
        let text = "Marcus Dahl\n2019\nAnna said.\n\nMore.";
        let t = tokenize_skipping(text, 0, text.len(), &year);
        assert_eq!(t.toks[2].span.slice(text), "Anna");
        assert!(t.toks[2].has(flag::PARA));
    }

    #[test]
    fn spans_respect_an_offset_and_crlf() {
        let text = "header\r\n\r\nBody text.";
        let t = tokenize(text, 10, text.len());
        assert_eq!(t.toks[0].span.slice(text), "Body");
        assert!(t.toks.iter().all(|k| text.is_char_boundary(k.span.start())));
    }
}
