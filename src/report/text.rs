//! Terminal text: claims and findings for a person to read, each side with
//! `path:line:col`, its source chain, and what differs highlighted (in
//! colour on a terminal; as `[-old-]`/`{+new+}` marks otherwise).

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::claims::{Certainty, Claim, Polarity};
use crate::compare::{Finding, FindingKind, source_label};
use crate::load::Document;
use crate::span::{LineIndex, Span};

use super::Report;

/// Options of the text rendering.
#[derive(Clone, Copy, Debug, Default)]
pub struct TextOptions {
    /// Use ANSI colours.
    pub color: bool,
}

struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }
    /// A removed or first-side value.
    fn removed(&self, s: &str) -> String {
        if self.color {
            self.paint("1;31", s)
        } else {
            format!("[-{s}-]")
        }
    }
    /// An added or second-side value.
    fn added(&self, s: &str) -> String {
        if self.color {
            self.paint("1;32", s)
        } else {
            format!("{{+{s}+}}")
        }
    }
}

/// Documents by id, each with its line index, for `path:line:col`.
pub struct Places<'a> {
    by_id: HashMap<&'a str, (&'a Document, LineIndex)>,
}

impl<'a> Places<'a> {
    /// Indexes the documents of a report.
    pub fn new(docs: &'a [Document]) -> Places<'a> {
        Places {
            by_id: docs
                .iter()
                .map(|d| (d.id.as_str(), (d, LineIndex::new(&d.text))))
                .collect(),
        }
    }

    /// `path:line:col` of a span in a document (1-based line and byte column).
    pub fn location(&self, doc: &str, span: Span) -> String {
        match self.by_id.get(doc) {
            Some((d, idx)) => {
                let (l, c) = idx.line_col(span.start());
                format!("{}:{l}:{c}", d.path)
            }
            None => format!("{doc}:?:{}", span.start()),
        }
    }
}

fn chain(c: &Claim) -> String {
    c.sources
        .iter()
        .map(|s| s.name.as_str())
        .collect::<Vec<_>>()
        .join(" → ")
}

/// Renders `extract`'s output: per claim its place, chain and content.
pub fn render_extract(report: &Report, docs: &[Document], opts: TextOptions) -> String {
    let st = Style { color: opts.color };
    let places = Places::new(docs);
    let mut out = String::new();
    for c in &report.claims {
        let loc = places.location(&c.doc, c.span);
        let mut flags = Vec::new();
        if c.polarity == Polarity::Negative {
            flags.push("negative");
        }
        if c.certainty == Certainty::Hedged {
            flags.push("hedged");
        }
        let flags = if flags.is_empty() {
            String::new()
        } else {
            format!(" [{}]", flags.join(", "))
        };
        let _ = writeln!(
            out,
            "{} {} {}{}",
            st.dim(&loc),
            st.bold(&c.id),
            chain(c),
            st.dim(&flags)
        );
        let _ = writeln!(out, "    {}", c.text);
    }
    write_errors(&mut out, report, &st);
    out
}

fn write_errors(out: &mut String, report: &Report, st: &Style) {
    if report.errors.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", st.bold("Errors"));
    for e in &report.errors {
        let _ = writeln!(out, "  {}: {}", e.path, e.message);
    }
}

/// The claim text with `value` highlighted by `mark`.
fn highlight(text: &str, value: &str, mark: &dyn Fn(&str) -> String) -> String {
    if value.is_empty() {
        return text.to_string();
    }
    match text.find(value) {
        Some(i) => format!("{}{}{}", &text[..i], mark(value), &text[i + value.len()..]),
        None => text.to_string(),
    }
}

/// Counts of findings by kind.
pub fn counts(findings: &[Finding]) -> [usize; 4] {
    let mut n = [0; 4];
    for f in findings {
        let i = match f.kind {
            FindingKind::Contradiction => 0,
            FindingKind::Difference => 1,
            FindingKind::Agreement => 2,
            FindingKind::Unique => 3,
        };
        n[i] += 1;
    }
    n
}

/// The one-line summary of a run.
pub fn headline(report: &Report) -> String {
    let n = counts(&report.findings);
    let plural =
        |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
    format!(
        "{}, {}: {}, {}, {}, {} unique",
        plural(report.documents.len(), "document", "documents"),
        plural(report.claims.len(), "claim", "claims"),
        plural(n[0], "contradiction", "contradictions"),
        plural(n[1], "difference", "differences"),
        plural(n[2], "agreement", "agreements"),
        n[3]
    )
}

/// Renders `compare`'s output: contradictions first, each side with its
/// place, source and claim, what differs highlighted.
pub fn render_compare(report: &Report, docs: &[Document], opts: TextOptions) -> String {
    let st = Style { color: opts.color };
    let places = Places::new(docs);
    let claims: HashMap<&str, &Claim> = report.claims.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut out = String::new();
    let _ = writeln!(out, "{}", st.bold(&headline(report)));
    let sections = [
        (FindingKind::Contradiction, "Contradictions", "1;31"),
        (FindingKind::Difference, "Differences", "1;33"),
        (FindingKind::Agreement, "Agreements", "1;32"),
    ];
    for (kind, title, code) in sections {
        let list: Vec<&Finding> = report.findings.iter().filter(|f| f.kind == kind).collect();
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n{}", st.paint(code, title));
        for f in list {
            let _ = writeln!(out, "  {} {}", st.bold(&f.id), st.paint(code, &f.summary));
            for (side, id) in f.claims.iter().enumerate() {
                let Some(c) = claims.get(id.as_str()) else {
                    continue;
                };
                let loc = places.location(&c.doc, c.span);
                let _ = writeln!(out, "    {}  {}", st.dim(&loc), source_label(c));
                let text = match (&f.diff, side) {
                    (Some(ops), _) if kind == FindingKind::Contradiction => {
                        // Quote findings: the word diff, once, under the second side.
                        if side == 0 {
                            c.text.clone()
                        } else {
                            diff_line(ops, &st)
                        }
                    }
                    _ => {
                        let value = f.values.get(side).map(String::as_str).unwrap_or("");
                        let value = value.split(" (").next().unwrap_or(value);
                        // A contradiction's values are words of its claims; a difference's are not.
                        if kind == FindingKind::Contradiction {
                            if f.sides.get(side).copied().unwrap_or(side) == 0 {
                                highlight(&c.text, value, &|s| st.removed(s))
                            } else {
                                highlight(&c.text, value, &|s| st.added(s))
                            }
                        } else {
                            c.text.clone()
                        }
                    }
                };
                let _ = writeln!(out, "      {text}");
            }
        }
    }
    let uniques: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Unique)
        .collect();
    if !uniques.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            st.dim(&format!("Only one source ({})", uniques.len()))
        );
        for f in uniques {
            let Some(c) = f.claims.first().and_then(|id| claims.get(id.as_str())) else {
                continue;
            };
            let loc = places.location(&c.doc, c.span);
            let text: String = c.text.chars().take(100).collect();
            let more = if c.text.chars().count() > 100 {
                "…"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "  {} {}  {}: {text}{more}",
                st.bold(&f.id),
                st.dim(&loc),
                source_label(c)
            );
        }
    }
    write_errors(&mut out, report, &st);
    out
}

fn diff_line(ops: &[crate::compare::DiffOp], st: &Style) -> String {
    ops.iter()
        .map(|o| match o.op.as_str() {
            "delete" => st.removed(&o.text),
            "insert" => st.added(&o.text),
            _ => o.text.clone(),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlight_marks_the_first_occurrence() {
        let st = Style { color: false };
        assert_eq!(
            highlight("three people died", "three", &|s| st.removed(s)),
            "[-three-] people died"
        );
        assert_eq!(highlight("x", "", &|s| st.added(s)), "x");
    }
}
