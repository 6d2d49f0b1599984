//! A review page: `compare --format html` (and `extract --format html`).
//!
//! One self-contained HTML file: the style and script are inline (from
//! `page.css` and `page.js` beside this file), nothing is fetched, and a
//! Content Security Policy allows only those two blocks, by hash: no other
//! script runs, whatever an article holds. Every piece of input text goes
//! through [`escape::escape`]; the data the script reads is JSON in a
//! `<script type="application/json">` block, escaped by
//! [`escape::script_json`].
//!
//! The page, top to bottom: the documents, counts by kind and type, a table
//! of sources × findings (each count a link to that filtered view); the
//! findings, contradictions first, each a card with both passages side by
//! side; then each article's full text with its claims marked. Elements
//! carry the JSON report's ids: `data-finding="f3"` on each finding card,
//! `data-claim="cbs:2"` on each claim (its mark in the article and each
//! side of a card).
//!
//! The script adds filters by kind, type and outlet (their state is the URL
//! fragment, `#filter=kind:contradiction,outlet:CBS%20News`, so a filtered
//! view can be shared), `j`/`k` to go to the next or previous finding,
//! collapsing groups, and a panel listing a claim's findings when it is
//! clicked. Without the script the page is complete, all expanded.
//!
//! The same report gives the same bytes: no time, no random id.

mod article;
mod cards;
mod escape;
mod overview;

use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;

use serde::Serialize;

use crate::claims::Claim;
use crate::compare::{Finding, FindingKind, FindingType, source_label};
use crate::load::Document;

use super::text::{Places, headline};
use super::{DocInfo, Report};
use escape::{csp_hash, escape, script_json};

const CSS: &str = include_str!("page.css");
const JS: &str = include_str!("page.js");

/// Finding kinds in the page's order, most serious first.
const KINDS: [FindingKind; 4] = [
    FindingKind::Contradiction,
    FindingKind::Difference,
    FindingKind::Agreement,
    FindingKind::Unique,
];

/// The review page of a comparison.
pub fn render(report: &Report, docs: &[Document]) -> String {
    Page::new(report, docs, true).render()
}

/// The page of an extraction: the documents and their texts with the claims
/// marked (a click shows a claim's sources); no findings.
pub fn render_extract(report: &Report, docs: &[Document]) -> String {
    Page::new(report, docs, false).render()
}

/// The JSON name of a kind, also its CSS class after `k-`.
pub(super) fn kind_name(k: FindingKind) -> &'static str {
    match k {
        FindingKind::Contradiction => "contradiction",
        FindingKind::Difference => "difference",
        FindingKind::Agreement => "agreement",
        FindingKind::Unique => "unique",
    }
}

/// A kind in words, on every card and mark next to its colour.
pub(super) fn kind_label(k: FindingKind) -> &'static str {
    match k {
        FindingKind::Contradiction => "Contradiction",
        FindingKind::Difference => "Difference",
        FindingKind::Agreement => "Agreement",
        FindingKind::Unique => "Only one source",
    }
}

fn kind_heading(k: FindingKind) -> &'static str {
    match k {
        FindingKind::Contradiction => "Contradictions",
        FindingKind::Difference => "Differences",
        FindingKind::Agreement => "Agreements",
        FindingKind::Unique => "Only one source",
    }
}

/// A kind's symbol, so that colour is never the only sign (`None`: a claim
/// in no finding).
pub(super) fn kind_symbol(k: Option<FindingKind>) -> &'static str {
    match k {
        Some(FindingKind::Contradiction) => "✕",
        Some(FindingKind::Difference) => "≈",
        Some(FindingKind::Agreement) => "✓",
        Some(FindingKind::Unique) => "•",
        None => "◦",
    }
}

/// The JSON name of a type.
pub(super) fn type_name(t: FindingType) -> &'static str {
    match t {
        FindingType::Number => "number",
        FindingType::Date => "date",
        FindingType::Place => "place",
        FindingType::Person => "person",
        FindingType::Negation => "negation",
        FindingType::Quote => "quote",
        FindingType::Attribution => "attribution",
        FindingType::Certainty => "certainty",
    }
}

/// A report and its documents, indexed for rendering.
pub(super) struct Page<'a> {
    report: &'a Report,
    compare: bool,
    docs: HashMap<&'a str, &'a Document>,
    infos: HashMap<&'a str, &'a DocInfo>,
    places: Places<'a>,
    claim_index: HashMap<&'a str, usize>,
    /// Per claim, the findings (indices) it takes part in.
    claim_findings: Vec<Vec<usize>>,
}

impl<'a> Page<'a> {
    fn new(report: &'a Report, docs: &'a [Document], compare: bool) -> Page<'a> {
        let claim_index: HashMap<&str, usize> = report
            .claims
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        let mut claim_findings = vec![Vec::new(); report.claims.len()];
        for (k, f) in report.findings.iter().enumerate() {
            for id in &f.claims {
                if let Some(&i) = claim_index.get(id.as_str()) {
                    if claim_findings[i].last() != Some(&k) {
                        claim_findings[i].push(k);
                    }
                }
            }
        }
        Page {
            report,
            compare,
            docs: docs.iter().map(|d| (d.id.as_str(), d)).collect(),
            infos: report
                .documents
                .iter()
                .map(|d| (d.id.as_str(), d))
                .collect(),
            places: Places::new(docs),
            claim_index,
            claim_findings,
        }
    }

    /// A claim by id, with its index.
    pub(super) fn claim(&self, id: &str) -> Option<(usize, &'a Claim)> {
        let &i = self.claim_index.get(id)?;
        Some((i, self.report.claims.get(i)?))
    }

    /// The outlet and date of a document.
    pub(super) fn doc_outlet_date<'b>(&self, doc: &'b str) -> (&'b str, Option<&'b str>)
    where
        'a: 'b,
    {
        match self.infos.get(doc) {
            Some(d) => (d.outlet.as_str(), d.date.as_deref()),
            None => (doc, None),
        }
    }

    /// `path:line:col` of a claim.
    pub(super) fn location(&self, c: &Claim) -> String {
        self.places.location(&c.doc, c.span)
    }

    /// The most serious kind of finding claim `i` takes part in.
    fn claim_kind(&self, i: usize) -> Option<FindingKind> {
        self.kinds_of(i).into_iter().next()
    }

    /// The kinds of finding claim `i` takes part in, most serious first.
    fn kinds_of(&self, i: usize) -> BTreeSet<FindingKind> {
        self.claim_findings
            .get(i)
            .into_iter()
            .flatten()
            .filter_map(|&k| self.report.findings.get(k))
            .map(|f| f.kind)
            .collect()
    }

    /// The page's heading (and the start of its title).
    fn h1(&self) -> &'static str {
        if self.compare {
            "claimdiff review"
        } else {
            "claimdiff claims"
        }
    }

    fn render(&self) -> String {
        let mut out = String::with_capacity(64 * 1024);
        self.write_head(&mut out);
        let (skip, head) = if self.compare {
            (
                "<a class=\"skip\" href=\"#findings\">Skip to the findings</a>",
                headline(self.report),
            )
        } else {
            let plural =
                |n: usize, one: &str| format!("{n} {one}{}", if n == 1 { "" } else { "s" });
            let head = format!(
                "{}, {}",
                plural(self.report.documents.len(), "document"),
                plural(self.report.claims.len(), "claim")
            );
            (
                "<a class=\"skip\" href=\"#articles\">Skip to the articles</a>",
                head,
            )
        };
        let _ = writeln!(
            out,
            "<body>\n{skip}\n<header class=\"page-head\">\n<h1>{}</h1>\n<p class=\"headline\">{}</p>\n</header>",
            self.h1(),
            escape(&head)
        );
        if self.compare && !self.report.findings.is_empty() {
            self.write_filters(&mut out);
        }
        out.push_str("<main id=\"main\">\n");
        self.write_overview(&mut out);
        if self.compare {
            self.write_findings(&mut out);
        }
        self.write_articles(&mut out);
        self.write_errors(&mut out);
        out.push_str("</main>\n");
        out.push_str(concat!(
            "<aside id=\"panel\" class=\"panel\" aria-labelledby=\"panel-h\" hidden>\n",
            "<div class=\"panel-head\"><h2 id=\"panel-h\" tabindex=\"-1\">Selected passage</h2>",
            "<button type=\"button\" id=\"panel-close\">Close</button></div>\n",
            "<div id=\"panel-body\"></div>\n</aside>\n"
        ));
        self.write_footer(&mut out);
        let _ = writeln!(
            out,
            "<script type=\"application/json\" id=\"claimdiff-data\">{}</script>",
            script_json(&self.data_json())
        );
        let _ = writeln!(out, "<script>{JS}</script>\n</body>\n</html>");
        out
    }

    fn write_head(&self, out: &mut String) {
        let title = self
            .report
            .documents
            .iter()
            .find_map(|d| d.title.as_deref())
            .map_or_else(|| self.h1().to_string(), |t| format!("{}: {t}", self.h1()));
        let csp = format!(
            "default-src 'none'; style-src {}; script-src {}; img-src 'none'; base-uri 'none'; form-action 'none'",
            csp_hash(CSS),
            csp_hash(JS)
        );
        let _ = writeln!(
            out,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"claimdiff\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>",
            escape(&title)
        );
    }

    /// Findings in groups by kind, contradictions first and open.
    fn write_findings(&self, out: &mut String) {
        out.push_str("<section id=\"findings\" aria-labelledby=\"findings-h\">\n<h2 id=\"findings-h\">Findings</h2>\n");
        if self.report.findings.is_empty() {
            out.push_str("<p>No findings.</p>\n");
        }
        out.push_str("<p id=\"filter-note\" class=\"print-note\" hidden></p>\n");
        let mut first = true;
        for k in KINDS {
            let list: Vec<(usize, &Finding)> = self
                .report
                .findings
                .iter()
                .enumerate()
                .filter(|(_, f)| f.kind == k)
                .collect();
            if list.is_empty() {
                continue;
            }
            let name = kind_name(k);
            // The first group is open; the script collapses the others.
            let start = if first { "open" } else { "collapsed" };
            first = false;
            let _ = writeln!(
                out,
                "<section class=\"group k-{name}\" id=\"group-{name}\" data-kind=\"{name}\" data-start=\"{start}\" aria-labelledby=\"group-{name}-h\">\n<h3 id=\"group-{name}-h\"><button type=\"button\" class=\"toggle\" aria-expanded=\"true\" aria-controls=\"group-{name}-body\"><span class=\"sym k-{name}\" aria-hidden=\"true\">{}</span> {} <span class=\"count\">({})</span></button></h3>\n<div class=\"group-body\" id=\"group-{name}-body\">",
                kind_symbol(Some(k)),
                kind_heading(k),
                list.len()
            );
            for (i, f) in list {
                cards::card(out, self, i + 1, f);
            }
            out.push_str("</div>\n</section>\n");
        }
        out.push_str("</section>\n");
    }

    fn write_errors(&self, out: &mut String) {
        if self.report.errors.is_empty() {
            return;
        }
        out.push_str("<section id=\"errors\" aria-labelledby=\"errors-h\">\n<h2 id=\"errors-h\">Inputs that could not be read</h2>\n<ul>\n");
        for e in &self.report.errors {
            let _ = writeln!(
                out,
                "<li><code>{}</code>: {}</li>",
                escape(&e.path),
                escape(&e.message)
            );
        }
        out.push_str("</ul>\n</section>\n");
    }

    fn write_footer(&self, out: &mut String) {
        out.push_str("<footer class=\"page-foot\"><p>Made by claimdiff: rule-based and offline. Each finding names both passages; check them before you act on it.</p></footer>\n");
    }

    /// What the script needs, as JSON: each finding's kind, type, summary,
    /// claims (numbers from 1, as in `data-claim-refs`) and outlets; each
    /// claim's id, source label, place and findings (numbers from 1).
    fn data_json(&self) -> String {
        #[derive(Serialize)]
        struct Data<'a> {
            mode: &'static str,
            findings: Vec<FindingData<'a>>,
            claims: Vec<ClaimData<'a>>,
        }
        #[derive(Serialize)]
        struct FindingData<'a> {
            id: &'a str,
            kind: &'static str,
            label: String,
            summary: &'a str,
            claims: Vec<usize>,
            outlets: Vec<&'a str>,
        }
        #[derive(Serialize)]
        struct ClaimData<'a> {
            id: &'a str,
            source: String,
            at: String,
            findings: Vec<usize>,
        }
        let findings = self
            .report
            .findings
            .iter()
            .map(|f| FindingData {
                id: &f.id,
                kind: kind_name(f.kind),
                label: match f.ty {
                    Some(t) => format!("{} · {}", kind_label(f.kind), type_name(t)),
                    None => kind_label(f.kind).to_string(),
                },
                summary: &f.summary,
                claims: f
                    .claims
                    .iter()
                    .filter_map(|id| self.claim(id))
                    .map(|(i, _)| i + 1)
                    .collect(),
                outlets: self.outlets_of(f),
            })
            .collect();
        let claims = self
            .report
            .claims
            .iter()
            .enumerate()
            .map(|(i, c)| ClaimData {
                id: &c.id,
                source: source_label(c),
                at: self.location(c),
                findings: self.claim_findings[i].iter().map(|k| k + 1).collect(),
            })
            .collect();
        let data = Data {
            mode: if self.compare { "compare" } else { "extract" },
            findings,
            claims,
        };
        serde_json::to_string(&data).unwrap_or_else(|_| "{}".to_string())
    }
}

/// The CSS class of a kind (`k-none` for no finding).
fn kind_class(k: Option<FindingKind>) -> String {
    format!("k-{}", k.map_or("none", kind_name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare_texts;
    use crate::run::Engine;

    fn page(texts: &[(&str, &str)]) -> String {
        let engine = Engine::default();
        let (docs, _) = engine.documents(texts);
        let report = engine.report(&docs, &[], true);
        render(&report, &docs)
    }

    const CBS: &str =
        "outlet: CBS News\ndate: 2025-03-07\n\nThree people died in the crash, police said.";
    const NBC: &str =
        "outlet: NBC News\ndate: 2025-03-07\n\nFour people died in the crash, police said.";

    #[test]
    fn one_card_per_finding_and_one_tag_per_claim() {
        let report = compare_texts(&[("cbs.txt", CBS), ("nbc.txt", NBC)]);
        let html = page(&[("cbs.txt", CBS), ("nbc.txt", NBC)]);
        for f in &report.findings {
            let needle = format!("data-finding=\"{}\"", f.id);
            assert_eq!(html.matches(&needle).count(), 1, "{needle}");
        }
        for (i, c) in report.claims.iter().enumerate() {
            assert!(html.contains(&format!("id=\"claim-{}\" data-claim=\"{}\"", i + 1, c.id)));
        }
        assert!(html.contains("Contradiction · number"));
        assert!(html.contains("<mark class=\"dw\">Three people</mark>"));
    }

    #[test]
    fn same_input_same_bytes() {
        let a = page(&[("cbs.txt", CBS), ("nbc.txt", NBC)]);
        let b = page(&[("cbs.txt", CBS), ("nbc.txt", NBC)]);
        assert_eq!(a, b);
    }

    #[test]
    fn hostile_text_is_escaped_everywhere() {
        let evil = "outlet: <script>alert(1)</script>\ntitle: \"><img src=x onerror=alert(2)>\n\n<img src=x onerror=\"alert(3)\"> Four people died in the crash, police said. </script><script>alert(4)</script>\u{2028}";
        let html = page(&[("cbs.txt", CBS), ("evil.txt", evil)]);
        assert!(!html.contains("<img"), "an <img> element escaped");
        assert_eq!(
            html.matches("<script").count(),
            2,
            "only the page's scripts"
        );
        assert!(!html.contains("<script>alert"));
        assert!(html.contains("&lt;img src=x onerror=&quot;alert(3)&quot;&gt;"));
    }

    proptest::proptest! {
        /// Markup characters anywhere in an article never become markup.
        #[test]
        fn any_article_text_stays_text(
            x in "[a-z <>&\"'/=“”\n]{0,30}",
            y in "[a-z <>&\"'/=“”\n.]{0,60}",
        ) {
            let evil = format!("outlet: E{x}\n\nFour people died in the crash{x}, police said.\n\n{y}");
            let html = page(&[("cbs.txt", CBS), ("evil.txt", &evil)]);
            proptest::prop_assert_eq!(html.matches("<script").count(), 2);
            proptest::prop_assert!(!html.contains("<img") && !html.contains("<b>"));
            // Every `<` of the body opens one of the page's own tags.
            let body = &html[html.find("<body>").unwrap_or(0)..html.find("<script").unwrap_or(0)];
            proptest::prop_assert!(body.len() > 1000);
            for (i, _) in body.match_indices('<') {
                let next = body[i + 1..].chars().next().unwrap_or(' ');
                proptest::prop_assert!(next.is_ascii_alphabetic() || next == '/' || next == '!');
            }
        }
    }

    #[test]
    fn the_policy_allows_exactly_the_page_style_and_script() {
        let html = page(&[("cbs.txt", CBS)]);
        assert!(html.contains(&format!("script-src {};", csp_hash(JS))));
        assert!(html.contains(&format!("<script>{JS}</script>")));
        assert!(html.contains(&format!("<style>{CSS}</style>")));
        assert!(html.contains("default-src 'none'"));
    }

    #[test]
    fn bad_spans_and_missing_documents_are_no_panic() {
        let engine = Engine::default();
        let (docs, _) = engine.documents(&[("cbs.txt", CBS), ("nbc.txt", NBC)]);
        let mut report = engine.report(&docs, &[], true);
        for (k, c) in report.claims.iter_mut().enumerate() {
            c.span = crate::Span::new(k * 7 + 1, usize::MAX - k);
        }
        report.findings.push(Finding {
            id: "f99".into(),
            kind: FindingKind::Contradiction,
            ty: Some(FindingType::Quote),
            claims: vec!["nope:1".into(), report.claims[0].id.clone()],
            sides: vec![0, 1],
            field: Some("quotes".into()),
            values: vec!["x".into()],
            summary: "<b>".into(),
            diff: Some(vec![crate::compare::DiffOp {
                op: "insert".into(),
                text: "people nope".into(),
            }]),
        });
        let html = render(&report, &docs[..1]);
        assert!(html.contains("data-finding=\"f99\""));
        assert!(html.contains("not available"));
        let html = render_extract(&report, &[]);
        assert!(html.ends_with("</html>\n"));
    }
}
