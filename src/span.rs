//! The one span type every stage shares: a half-open byte range into the
//! original file, as it lies on disk.

use serde::{Deserialize, Deserializer, Serialize};

/// A half-open byte range `start..end` into a document's text.
///
/// Built only through [`Span::new`], which checks `start <= end`; the fields
/// are read through [`Span::start`] and [`Span::end`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// A span from `start` to `end`; if the two are swapped they are put in order,
    /// so a span is never inverted.
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span {
                start: end,
                end: start,
            }
        }
    }

    /// First byte of the range.
    pub fn start(self) -> usize {
        self.start
    }

    /// One past the last byte of the range.
    pub fn end(self) -> usize {
        self.end
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text the span covers, or `""` when it does not lie on char
    /// boundaries of `text` (which a correct pipeline never produces).
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when `other` lies inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span moved right by `by` bytes.
    pub fn shift(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    /// 1-based line and column (in chars) of the span's start in `text`.
    pub fn line_col(self, text: &str) -> (usize, usize) {
        let upto = &text[..floor_char_boundary(text, self.start)];
        let line = upto.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = upto.rfind('\n').map_or(0, |i| i + 1);
        let col = upto[line_start..].chars().count() + 1;
        (line, col)
    }
}

/// Start offsets of a text's lines, for `line:col` of many spans in
/// logarithmic time each.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the lines of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    /// 1-based line and 1-based byte column of `offset` (columns count bytes,
    /// as grep and ripgrep do, so they are exact for any text).
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        (line, offset - self.starts[line - 1] + 1)
    }
}

/// The largest char boundary of `text` at or below `i`.
pub fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        #[derive(Deserialize)]
        struct Raw {
            start: usize,
            end: usize,
        }
        let raw = Raw::deserialize(d)?;
        if raw.start > raw.end {
            return Err(serde::de::Error::custom("span start is after its end"));
        }
        Ok(Span::new(raw.start, raw.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_orders_its_ends() {
        assert_eq!(Span::new(5, 2), Span::new(2, 5));
        assert_eq!(Span::new(2, 5).len(), 3);
    }

    #[test]
    fn slice_and_line_col() {
        let text = "ab\ncd “é” f";
        let s = Span::new(6, 14);
        assert_eq!(s.slice(text), "“é”");
        assert_eq!(s.line_col(text), (2, 4));
        assert_eq!(Span::new(1, 2).slice("é"), "");
    }

    #[test]
    fn line_index_counts_bytes() {
        let text = "ab\ncd “é” f\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(0), (1, 1));
        assert_eq!(idx.line_col(3), (2, 1));
        assert_eq!(idx.line_col(6), (2, 4));
        assert_eq!(idx.line_col(14), (2, 12));
        assert_eq!(idx.line_col(text.len()), (3, 1));
    }

    #[test]
    fn cover_contains_overlaps_shift() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(a.cover(b).contains(a));
        assert!(a.overlaps(b));
        assert!(!a.overlaps(Span::new(5, 6)));
        assert_eq!(a.shift(10), Span::new(12, 15));
    }

    #[test]
    fn deserialize_rejects_inverted() {
        assert!(serde_json::from_str::<Span>(r#"{"start":3,"end":1}"#).is_err());
        let s: Span = serde_json::from_str(r#"{"start":1,"end":3}"#).unwrap();
        assert_eq!(s, Span::new(1, 3));
    }
}
