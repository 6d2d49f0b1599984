//! The top of the page: the filter bar, the documents, counts by kind and
//! type, and the table of sources × findings (each count a link to its
//! filtered view, `#filter=outlet:Reuters,kind:agreement`).

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::compare::{Finding, FindingType};

use super::escape::{escape, fragment_value};
use super::{KINDS, Page, kind_heading, kind_label, kind_name, kind_symbol, type_name};
use crate::report::markdown::row_source;
use crate::report::text::counts;

impl<'a> Page<'a> {
    /// Filter buttons for the kinds, types and outlets the findings have.
    pub(super) fn write_filters(&self, out: &mut String) {
        let findings = &self.report.findings;
        let mut types: BTreeMap<FindingType, usize> = BTreeMap::new();
        let mut outlets: BTreeMap<&str, usize> = BTreeMap::new();
        for f in findings {
            if let Some(t) = f.ty {
                *types.entry(t).or_default() += 1;
            }
            for o in self.outlets_of(f) {
                *outlets.entry(o).or_default() += 1;
            }
        }
        let n = counts(findings);
        out.push_str(
            "<nav id=\"filters\" class=\"filters\" aria-label=\"Filter findings\" hidden>\n",
        );
        let group = |out: &mut String,
                     dim: &str,
                     label: &str,
                     items: Vec<(String, String, usize)>| {
            let _ = write!(
                out,
                "<div class=\"fgroup\" role=\"group\" aria-labelledby=\"fl-{dim}\"><span class=\"flabel\" id=\"fl-{dim}\">{label}</span>"
            );
            for (value, text, count) in items {
                let _ = write!(
                    out,
                    " <button type=\"button\" class=\"chip\" data-dim=\"{dim}\" data-value=\"{}\" aria-pressed=\"false\">{text} <span class=\"n\">{count}</span></button>",
                    escape(&value)
                );
            }
            out.push_str("</div>\n");
        };
        let kinds = KINDS
            .iter()
            .zip(n)
            .filter(|(_, c)| *c > 0)
            .map(|(&k, c)| {
                let text = format!(
                    "<span class=\"sym k-{0}\" aria-hidden=\"true\">{1}</span> {2}",
                    kind_name(k),
                    kind_symbol(Some(k)),
                    kind_label(k)
                );
                (kind_name(k).to_string(), text, c)
            })
            .collect();
        group(out, "kind", "Kind", kinds);
        if !types.is_empty() {
            let items = types
                .iter()
                .map(|(&t, &c)| (type_name(t).to_string(), type_name(t).to_string(), c))
                .collect();
            group(out, "type", "Type", items);
        }
        let items = outlets
            .iter()
            .map(|(&o, &c)| (o.to_string(), escape(o).to_string(), c))
            .collect();
        group(out, "outlet", "Outlet", items);
        out.push_str(concat!(
            "<div class=\"fgroup\"><button type=\"button\" id=\"filter-clear\">Show all</button>",
            " <p id=\"filter-status\" class=\"status\" role=\"status\"></p></div>\n",
            "<p class=\"keys\">Keys: <kbd>j</kbd> next finding, <kbd>k</kbd> previous, <kbd>Esc</kbd> close the panel</p>\n",
            "</nav>\n"
        ));
    }

    /// The outlets a finding involves: each side's innermost outlet.
    pub(super) fn outlets_of(&self, f: &Finding) -> Vec<&'a str> {
        let mut v: Vec<&str> = f
            .claims
            .iter()
            .filter_map(|id| self.claim(id))
            .map(|(_, c)| row_source(c))
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    }

    /// Documents, counts by kind and type, and sources × findings.
    pub(super) fn write_overview(&self, out: &mut String) {
        out.push_str("<section id=\"overview\" aria-labelledby=\"overview-h\">\n<h2 id=\"overview-h\">Overview</h2>\n");
        out.push_str("<h3>Documents</h3>\n<ul class=\"doclist\">\n");
        for (k, d) in self.report.documents.iter().enumerate() {
            let claims = self.report.claims.iter().filter(|c| c.doc == d.id).count();
            let _ = writeln!(
                out,
                "<li><a href=\"#doc-{}\"><strong>{}</strong></a> · {} · {claims} claim{}<br><span class=\"dtitle\">{}</span><br><code>{}</code></li>",
                k + 1,
                escape(&d.outlet),
                escape(d.date.as_deref().unwrap_or("no date")),
                if claims == 1 { "" } else { "s" },
                escape(d.title.as_deref().unwrap_or("(no title)")),
                escape(&d.path)
            );
        }
        out.push_str("</ul>\n");
        if !self.compare {
            out.push_str("</section>\n");
            return;
        }
        self.write_counts(out);
        self.write_sources(out);
        out.push_str("</section>\n");
    }

    fn write_counts(&self, out: &mut String) {
        out.push_str("<h3>Findings by kind and type</h3>\n<div class=\"scroll\"><table class=\"counts\">\n<thead><tr><th scope=\"col\">Kind</th><th scope=\"col\">Findings</th><th scope=\"col\">By type</th></tr></thead>\n<tbody>\n");
        for k in KINDS {
            let of_kind: Vec<&Finding> = self
                .report
                .findings
                .iter()
                .filter(|f| f.kind == k)
                .collect();
            let mut types: BTreeMap<FindingType, usize> = BTreeMap::new();
            for t in of_kind.iter().filter_map(|f| f.ty) {
                *types.entry(t).or_default() += 1;
            }
            let by_type: Vec<String> = types
                .iter()
                .map(|(&t, &c)| {
                    format!(
                        "<a href=\"#filter=kind:{k},type:{t}\">{t} {c}</a>",
                        k = kind_name(k),
                        t = type_name(t)
                    )
                })
                .collect();
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\"><span class=\"sym k-{0}\" aria-hidden=\"true\">{1}</span> {2}</th><td class=\"num\">{3}</td><td>{4}</td></tr>",
                kind_name(k),
                kind_symbol(Some(k)),
                kind_heading(k),
                count_link(of_kind.len(), &format!("kind:{}", kind_name(k))),
                if by_type.is_empty() {
                    "—".to_string()
                } else {
                    by_type.join(", ")
                }
            );
        }
        out.push_str("</tbody>\n</table></div>\n");
    }

    /// Sources × finding kinds: each side counts under its innermost outlet.
    fn write_sources(&self, out: &mut String) {
        let mut table: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
        for c in &self.report.claims {
            table.entry(row_source(c)).or_insert([0; 4]);
        }
        for f in &self.report.findings {
            let col = KINDS.iter().position(|&k| k == f.kind).unwrap_or(0);
            for o in self.outlets_of(f) {
                table.entry(o).or_insert([0; 4])[col] += 1;
            }
        }
        out.push_str("<h3>Sources × findings</h3>\n<div class=\"scroll\"><table class=\"sources\">\n<thead><tr><th scope=\"col\">Source</th>");
        for k in KINDS {
            let _ = write!(out, "<th scope=\"col\">{}</th>", kind_heading(k));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for (src, n) in &table {
            let filter = format!("outlet:{}", fragment_value(src));
            let _ = write!(
                out,
                "<tr><th scope=\"row\"><a href=\"#filter={}\">{}</a></th>",
                escape(&filter),
                escape(src)
            );
            for (k, c) in KINDS.iter().zip(n) {
                let f = format!("{filter},kind:{}", kind_name(*k));
                let _ = write!(out, "<td class=\"num\">{}</td>", count_link(*c, &f));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table></div>\n");
    }
}

/// A count, linked to the filtered view when there is something to see.
fn count_link(n: usize, filter: &str) -> String {
    if n == 0 {
        "0".to_string()
    } else {
        format!("<a href=\"#filter={}\">{n}</a>", escape(filter))
    }
}
