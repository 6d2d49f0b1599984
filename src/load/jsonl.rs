//! JSON Lines input: one article a line,
//! `{"id", "outlet", "date", "title", "text", "story"}` (only `text` is
//! required). Spans are byte offsets into `text`. A line that cannot be read
//! becomes an error naming the file, line and column; the other lines are
//! still loaded.

use std::path::Path;

use serde::Deserialize;

use super::{Document, canonical_outlet, document_from_text};
use crate::error::{Error, ErrorKind};
use crate::lexicon::Lexicon;
use crate::parse::CivilDate;

/// One line of JSON Lines input.
#[derive(Debug, Deserialize)]
pub struct JsonArticle {
    /// Document id (else the file stem and line number).
    pub id: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// ISO date.
    pub date: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// The article's text.
    pub text: String,
    /// Story key for `--group-by story`.
    pub story: Option<String>,
}

/// True when `data` is JSON Lines: its first line that is not blank is a JSON
/// object with a `"text"` key. How standard input is read when no format is
/// given; an article never opens with such a line.
pub fn looks_like_jsonl(data: &str) -> bool {
    let Some(first) = data
        .lines()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'))
        .find(|l| !l.is_empty())
    else {
        return false;
    };
    first.starts_with('{')
        && serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(first)
            .is_ok_and(|m| m.contains_key("text"))
}

/// Parses JSON Lines `data` read from `path` into documents and per-line errors.
pub fn parse_jsonl(path: &Path, data: &str, lx: &Lexicon) -> (Vec<Document>, Vec<Error>) {
    let mut docs = Vec::new();
    let mut errors = Vec::new();
    let stem = super::stem_of(&path.to_string_lossy());
    for (n, line) in data.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        let art: JsonArticle = match serde_json::from_str(line) {
            Ok(a) => a,
            Err(e) => {
                // serde_json's message ends with its own position; ours leads with it.
                let msg = e.to_string();
                let message = msg
                    .rsplit_once(" at line ")
                    .map_or(msg.as_str(), |(m, _)| m)
                    .to_string();
                errors.push(Error::new(
                    path,
                    ErrorKind::Jsonl {
                        line: line_no,
                        column: e.column(),
                        message,
                    },
                ));
                continue;
            }
        };
        let label = format!("{}:{line_no}", path.display());
        if art.text.trim().is_empty() {
            errors.push(Error::new(&label, ErrorKind::Empty));
            continue;
        }
        match document_from_text(&label, art.text, lx) {
            Ok(mut d) => {
                d.id = art
                    .id
                    .filter(|i| !i.is_empty())
                    .unwrap_or_else(|| format!("{stem}-{line_no}"));
                if let Some(o) = art.outlet.filter(|o| !o.is_empty()) {
                    d.outlet = canonical_outlet(&o, lx);
                }
                if let Some(date) = art.date.as_deref().and_then(CivilDate::parse_iso) {
                    d.date = Some(date);
                }
                if art.title.is_some() {
                    d.title = art.title;
                }
                d.story = art.story;
                docs.push(d);
            }
            Err(e) => errors.push(e),
        }
    }
    (docs, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_documents_and_bad_lines_errors() {
        let data = "{\"id\":\"a\",\"outlet\":\"CBS\",\"date\":\"2025-03-11\",\"text\":\"Three people died.\",\"story\":\"s1\"}\n\nnot json\n{\"text\":\"Four died.\"}\n";
        let (docs, errs) = parse_jsonl(Path::new("c.jsonl"), data, Lexicon::builtin());
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "a");
        assert_eq!(docs[0].outlet, "CBS News");
        assert_eq!(docs[0].story.as_deref(), Some("s1"));
        assert_eq!(docs[1].id, "c-4");
        assert_eq!(errs.len(), 1);
        assert!(errs[0].to_string().contains("line 3"), "{}", errs[0]);
    }

    #[test]
    fn json_lines_are_told_from_an_article_by_their_first_line() {
        assert!(looks_like_jsonl(
            "\n  {\"text\": \"Three died.\", \"story\": \"s\"}\nnot json"
        ));
        assert!(looks_like_jsonl("\u{feff}{\"id\":\"a\",\"text\":\"\"}"));
        for article in [
            "Three people died.",
            "{\"id\": \"a\"}\n",
            "{not json} said the sign.",
            "[{\"text\": \"x\"}]",
            "",
            "outlet: CBS\n\n{\"text\": \"x\"}",
        ] {
            assert!(!looks_like_jsonl(article), "{article:?}");
        }
    }
}
