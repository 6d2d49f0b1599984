//! Markdown for reviews and pull-request comments: a table of sources by
//! finding kind, then one section per finding quoting both sides.

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use crate::claims::Claim;
use crate::compare::{Finding, FindingKind, source_label};
use crate::lexicon::SourceKind;
use crate::load::Document;

use super::Report;
use super::text::{Places, headline};

/// The row a claim counts under: the innermost outlet of its chain
/// ("CBS News" for "IANS → CBS News → state police").
pub(super) fn row_source(c: &Claim) -> &str {
    c.sources
        .iter()
        .rev()
        .find(|s| s.kind == SourceKind::Outlet)
        .or(c.sources.first())
        .map_or("?", |s| s.name.as_str())
}

fn escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// Renders an extract report as Markdown: per document, its claims with
/// their place, source chain and flags.
pub fn render_extract(report: &Report, docs: &[Document]) -> String {
    let places = Places::new(docs);
    let mut out = String::from("# claimdiff claims\n");
    for d in &report.documents {
        let _ = writeln!(out, "\n## {} — {}\n", escape(&d.outlet), escape(&d.path));
        let _ = writeln!(
            out,
            "| Claim | Where | Sources | Flags | Text |\n|---|---|---|---|---|"
        );
        for c in report.claims.iter().filter(|c| c.doc == d.id) {
            let chain: Vec<&str> = c.sources.iter().map(|s| s.name.as_str()).collect();
            let mut flags = Vec::new();
            if c.polarity == crate::claims::Polarity::Negative {
                flags.push("negative");
            }
            if c.certainty == crate::claims::Certainty::Hedged {
                flags.push("hedged");
            }
            let _ = writeln!(
                out,
                "| {} | `{}` | {} | {} | {} |",
                c.id,
                places.location(&c.doc, c.span),
                escape(&chain.join(" → ")),
                flags.join(", "),
                escape(&c.text)
            );
        }
    }
    if !report.errors.is_empty() {
        let _ = writeln!(out, "\n## Inputs that could not be read\n");
        for e in &report.errors {
            let _ = writeln!(out, "- `{}`: {}", e.path, escape(&e.message));
        }
    }
    out
}

/// Renders a compare report as Markdown.
pub fn render(report: &Report, docs: &[Document]) -> String {
    let places = Places::new(docs);
    let claims: HashMap<&str, &Claim> = report.claims.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut out = String::new();
    let _ = writeln!(out, "# claimdiff report\n\n{}\n", headline(report));

    // Sources × kinds.
    let mut table: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
    for c in &report.claims {
        table.entry(row_source(c)).or_insert([0; 4]);
    }
    for f in &report.findings {
        let col = match f.kind {
            FindingKind::Agreement => 0,
            FindingKind::Contradiction => 1,
            FindingKind::Difference => 2,
            FindingKind::Unique => 3,
        };
        let mut rows: Vec<&str> = f
            .claims
            .iter()
            .filter_map(|id| claims.get(id.as_str()))
            .map(|c| row_source(c))
            .collect();
        rows.sort_unstable();
        rows.dedup();
        for r in rows {
            table.entry(r).or_insert([0; 4])[col] += 1;
        }
    }
    let _ = writeln!(
        out,
        "| Source | Agreements | Contradictions | Differences | Unique |\n|---|---:|---:|---:|---:|"
    );
    for (src, n) in &table {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            escape(src),
            n[0],
            n[1],
            n[2],
            n[3]
        );
    }

    let sections = [
        (FindingKind::Contradiction, "Contradictions"),
        (FindingKind::Difference, "Differences"),
        (FindingKind::Agreement, "Agreements"),
    ];
    for (kind, title) in sections {
        let list: Vec<&Finding> = report.findings.iter().filter(|f| f.kind == kind).collect();
        if list.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n## {title}\n");
        for f in list {
            let ty =
                f.ty.map(|t| format!(" · {}", format!("{t:?}").to_lowercase()))
                    .unwrap_or_default();
            let _ = writeln!(out, "### {}{ty}\n\n{}\n", f.id, escape(&f.summary));
            for id in &f.claims {
                let Some(c) = claims.get(id.as_str()) else {
                    continue;
                };
                let loc = places.location(&c.doc, c.span);
                let _ = writeln!(
                    out,
                    "> **{}** — `{loc}`  \n> {}\n",
                    escape(&source_label(c)),
                    escape(&c.text)
                );
            }
            if let Some(ops) = &f.diff {
                let line: Vec<String> = ops
                    .iter()
                    .map(|o| match o.op.as_str() {
                        "delete" => format!("~~{}~~", o.text),
                        "insert" => format!("**{}**", o.text),
                        _ => o.text.clone(),
                    })
                    .collect();
                let _ = writeln!(out, "Word diff: {}\n", line.join(" "));
            }
        }
    }
    let uniques: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Unique)
        .collect();
    if !uniques.is_empty() {
        let _ = writeln!(out, "\n## Only one source\n");
        for f in uniques {
            let Some(c) = f.claims.first().and_then(|id| claims.get(id.as_str())) else {
                continue;
            };
            let loc = places.location(&c.doc, c.span);
            let _ = writeln!(
                out,
                "- {} `{loc}` **{}**: {}",
                f.id,
                escape(&source_label(c)),
                escape(&c.text)
            );
        }
    }
    if !report.errors.is_empty() {
        let _ = writeln!(out, "\n## Inputs that could not be read\n");
        for e in &report.errors {
            let _ = writeln!(out, "- `{}`: {}", e.path, escape(&e.message));
        }
    }
    out
}
