//! An article's text cut for marking its claims.
//!
//! Claims may nest or overlap (several claims in one sentence, a quotation
//! inside a reported clause), and a claim may run across paragraphs, so
//! claims are not rendered as elements of their own: the text is cut at
//! every claim start and end and every paragraph edge into flat pieces, each
//! listing the claims that cover it. The markup built from them is always
//! well nested. Spans out of range or off a char boundary are clamped, never
//! a panic. Before each claim, a button (`data-claim="cbs:2"`) is the target
//! of the cards' links and the keyboard's way to the claim's findings.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::compare::source_label;
use crate::report::DocInfo;
use crate::span::floor_char_boundary;

use super::escape::escape;
use super::{KINDS, Page, kind_class, kind_label, kind_name, kind_symbol};

impl Page<'_> {
    /// Each article's text, its claims marked by the kind of their findings.
    pub(super) fn write_articles(&self, out: &mut String) {
        out.push_str("<section id=\"articles\" aria-labelledby=\"articles-h\">\n<h2 id=\"articles-h\">Articles</h2>\n");
        let legend: String = if self.compare {
            KINDS
                .iter()
                .map(|&k| {
                    format!(
                        "<li><mark class=\"seg k-{}\"><span aria-hidden=\"true\">{}</span> {}</mark></li>",
                        kind_name(k),
                        kind_symbol(Some(k)),
                        kind_label(k)
                    )
                })
                .chain(std::iter::once(format!(
                    "<li><mark class=\"seg k-none\"><span aria-hidden=\"true\">{}</span> In no finding</mark></li>",
                    kind_symbol(None)
                )))
                .collect()
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<p class=\"hint\">Claims are marked; a button before each claim (or a click on its text) lists its {}.</p>",
            if self.compare { "findings" } else { "sources" }
        );
        if !legend.is_empty() {
            let _ = writeln!(
                out,
                "<ul class=\"legend\" aria-label=\"Marks\">{legend}</ul>"
            );
        }
        for (k, d) in self.report.documents.iter().enumerate() {
            self.write_article(out, k + 1, d);
        }
        out.push_str("</section>\n");
    }

    fn write_article(&self, out: &mut String, n: usize, info: &DocInfo) {
        let _ = writeln!(
            out,
            "<article class=\"doc\" id=\"doc-{n}\" data-doc=\"{}\" aria-labelledby=\"doc-{n}-h\">",
            escape(&info.id)
        );
        let title = match &info.title {
            Some(t) => format!("{}: {}", info.outlet, t),
            None => info.outlet.clone(),
        };
        let _ = writeln!(out, "<h3 id=\"doc-{n}-h\">{}</h3>", escape(&title));
        let claims: Vec<usize> = self
            .report
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.doc == info.id)
            .map(|(i, _)| i)
            .collect();
        let mut meta = vec![
            escape(info.date.as_deref().unwrap_or("no date")).to_string(),
            format!("<code>{}</code>", escape(&info.path)),
            format!(
                "{} claim{}",
                claims.len(),
                if claims.len() == 1 { "" } else { "s" }
            ),
        ];
        let doc = self.docs.get(info.id.as_str());
        if let Some((_, by)) = doc.and_then(|d| d.header.iter().find(|(k, _)| k == "byline")) {
            meta.insert(0, escape(by).to_string());
        }
        let _ = writeln!(out, "<p class=\"meta\">{}</p>", meta.join(" · "));
        let Some(doc) = doc else {
            out.push_str("<p>(The text of this document is not available.)</p>\n</article>\n");
            return;
        };
        let spans: Vec<(usize, usize)> = claims
            .iter()
            .map(|&i| {
                let s = self.report.claims[i].span;
                (s.start(), s.end())
            })
            .collect();
        // The text after the header, dateline included; the header's fields
        // are shown above.
        let body = doc
            .body_start
            .saturating_sub(doc.dateline.as_ref().map_or(0, |d| d.len));
        let from = spans
            .iter()
            .map(|s| s.0)
            .min()
            .unwrap_or(usize::MAX)
            .min(body);
        let layout = layout(&doc.text, from, &spans);
        out.push_str("<div class=\"text\">\n");
        for para in &layout.paragraphs {
            out.push_str("<p>");
            for piece in para {
                match piece {
                    Piece::Anchor(j) => self.write_claim_tag(out, claims[*j]),
                    Piece::Text {
                        start,
                        end,
                        claims: on,
                    } => {
                        let text = doc.text.get(*start..*end).unwrap_or("");
                        if on.is_empty() {
                            let _ = write!(out, "{}", escape(text));
                            continue;
                        }
                        let global: Vec<usize> = on.iter().map(|&j| claims[j]).collect();
                        let kind = global.iter().filter_map(|&i| self.claim_kind(i)).min();
                        let refs: Vec<String> =
                            global.iter().map(|i| (i + 1).to_string()).collect();
                        let _ = write!(
                            out,
                            "<mark class=\"seg {}{}\" data-claim-refs=\"{}\">{}</mark>",
                            kind_class(kind),
                            if global.len() > 1 { " multi" } else { "" },
                            refs.join(" "),
                            escape(text)
                        );
                    }
                }
            }
            out.push_str("</p>\n");
        }
        if !layout.trailing.is_empty() {
            out.push_str("<p class=\"rest\">");
            for &j in &layout.trailing {
                self.write_claim_tag(out, claims[j]);
            }
            out.push_str("</p>\n");
        }
        out.push_str("</div>\n</article>\n");
    }

    /// The button that starts claim `i` in its article: the target of the
    /// cards' links, and the keyboard's way to its findings.
    fn write_claim_tag(&self, out: &mut String, i: usize) {
        let Some(c) = self.report.claims.get(i) else {
            return;
        };
        let kinds = self.kinds_of(i);
        let what = if !self.compare {
            source_label(c)
        } else if kinds.is_empty() {
            "in no finding".to_string()
        } else {
            kinds
                .iter()
                .map(|&k| kind_label(k).to_lowercase())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let _ = write!(
            out,
            "<button type=\"button\" class=\"ctag {}\" id=\"claim-{n}\" data-claim=\"{}\" data-claim-refs=\"{n}\" aria-label=\"Claim {}: {}\"><span aria-hidden=\"true\">{}</span></button>",
            kind_class(kinds.first().copied()),
            escape(&c.id),
            escape(&c.id),
            escape(&what),
            kind_symbol(kinds.first().copied()),
            n = i + 1,
        );
    }
}

/// A piece of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Piece {
    /// Claim `i` (its index in the slice given to [`layout`]) starts here.
    Anchor(usize),
    /// `text[start..end]`, covered by these claims (none for plain text).
    Text {
        start: usize,
        end: usize,
        claims: Vec<usize>,
    },
}

/// The text laid out for marking.
#[derive(Debug, Default)]
pub(super) struct Layout {
    /// Paragraphs in order, each as pieces.
    pub paragraphs: Vec<Vec<Piece>>,
    /// Claims that start after the last paragraph (or in a text without
    /// any): their anchors go at the end.
    pub trailing: Vec<usize>,
}

/// Paragraphs of `text` from byte `from` on: runs of non-blank lines, as
/// byte ranges without their final line break.
pub(super) fn paragraphs(text: &str, from: usize) -> Vec<(usize, usize)> {
    let from = floor_char_boundary(text, from);
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut end = from;
    let mut pos = from;
    for line in text[from..].split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            if let Some(s) = open.take() {
                out.push((s, end));
            }
        } else {
            open.get_or_insert(pos);
            end = pos + content.len();
        }
        pos += line.len();
    }
    if let Some(s) = open {
        out.push((s, end));
    }
    out
}

/// Lays out `text` from byte `from` with claims at `spans` (byte ranges,
/// clamped to `from..text.len()` and to char boundaries).
pub(super) fn layout(text: &str, from: usize, spans: &[(usize, usize)]) -> Layout {
    let from = floor_char_boundary(text, from);
    let clamped: Vec<(usize, usize)> = spans
        .iter()
        .map(|&(s, e)| {
            let s = floor_char_boundary(text, s.max(from));
            let e = floor_char_boundary(text, e.max(s));
            (s, e)
        })
        .collect();
    let paras = paragraphs(text, from);

    let mut cuts: Vec<usize> = clamped.iter().flat_map(|&(s, e)| [s, e]).collect();
    cuts.extend(paras.iter().flat_map(|&(s, e)| [s, e]));
    cuts.sort_unstable();
    cuts.dedup();

    let mut by_start: Vec<usize> = (0..clamped.len()).collect();
    by_start.sort_by_key(|&i| (clamped[i].0, i));
    let mut by_end: Vec<usize> = (0..clamped.len()).collect();
    by_end.sort_by_key(|&i| (clamped[i].1, i));
    let (mut si, mut ei, mut ci) = (0, 0, 0);
    let mut active: BTreeSet<usize> = BTreeSet::new();

    let mut out = Layout::default();
    for &(ps, pe) in &paras {
        let mut pieces = Vec::new();
        while ci < cuts.len() && cuts[ci] < ps {
            ci += 1;
        }
        // Pairs of consecutive cuts inside the paragraph.
        while ci + 1 < cuts.len() && cuts[ci + 1] <= pe {
            let (a, b) = (cuts[ci], cuts[ci + 1]);
            while let Some(&i) = by_start.get(si).filter(|&&i| clamped[i].0 <= a) {
                pieces.push(Piece::Anchor(i));
                // A claim over before here (empty, or between paragraphs)
                // only leaves its anchor.
                if clamped[i].1 > a {
                    active.insert(i);
                }
                si += 1;
            }
            while let Some(&i) = by_end.get(ei).filter(|&&i| clamped[i].1 <= a) {
                active.remove(&i);
                ei += 1;
            }
            pieces.push(Piece::Text {
                start: a,
                end: b,
                claims: active.iter().copied().collect(),
            });
            ci += 1;
        }
        // Claims ending at the paragraph's end leave it.
        while let Some(&i) = by_end.get(ei).filter(|&&i| clamped[i].1 <= pe) {
            active.remove(&i);
            ei += 1;
        }
        out.paragraphs.push(pieces);
    }
    out.trailing = by_start[si..].to_vec();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The layout written out: `[i` an anchor, `{text|i,j}` a covered piece.
    fn show(text: &str, l: &Layout) -> String {
        let mut out = String::new();
        for p in &l.paragraphs {
            out.push('¶');
            for piece in p {
                match piece {
                    Piece::Anchor(i) => out.push_str(&format!("[{i}")),
                    Piece::Text { start, end, claims } if claims.is_empty() => {
                        out.push_str(&text[*start..*end]);
                    }
                    Piece::Text { start, end, claims } => {
                        let ids: Vec<String> = claims.iter().map(|c| c.to_string()).collect();
                        out.push_str(&format!("{{{}|{}}}", &text[*start..*end], ids.join(",")));
                    }
                }
            }
        }
        for i in &l.trailing {
            out.push_str(&format!("[{i}"));
        }
        out
    }

    #[test]
    fn paragraphs_are_runs_of_non_blank_lines() {
        let text = "head\n\nOne line.\nSame para.\n\n  \nTwo.\r\n";
        let p = paragraphs(text, 6);
        let got: Vec<&str> = p.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(got, ["One line.\nSame para.", "Two."]);
        assert!(paragraphs("", 0).is_empty());
        assert!(paragraphs("x", 99).is_empty());
    }

    #[test]
    fn disjoint_claims() {
        let text = "Aa bb. Cc dd.";
        let l = layout(text, 0, &[(0, 5), (7, 12)]);
        assert_eq!(show(text, &l), "¶[0{Aa bb|0}. [1{Cc dd|1}.");
    }

    #[test]
    fn nested_claims_are_flat_pieces_listing_both() {
        let text = "He said she left early.";
        let l = layout(text, 0, &[(0, 22), (8, 22)]);
        assert_eq!(show(text, &l), "¶[0{He said |0}[1{she left early|0,1}.");
    }

    #[test]
    fn crossing_claims_do_not_break_nesting() {
        let text = "abcdefgh";
        let l = layout(text, 0, &[(1, 5), (3, 7)]);
        assert_eq!(show(text, &l), "¶a[0{bc|0}[1{de|0,1}{fg|1}h");
    }

    #[test]
    fn a_claim_across_paragraphs_is_marked_in_each() {
        let text = "One “two\n\nthree” four";
        let l = layout(text, 0, &[(4, 17)]);
        assert_eq!(show(text, &l), "¶One [0{“two|0}¶{three|0}” four");
    }

    #[test]
    fn same_start_and_empty_spans() {
        let text = "abcd";
        let l = layout(text, 0, &[(0, 2), (0, 4), (2, 2)]);
        assert_eq!(show(text, &l), "¶[0[1{ab|0,1}[2{cd|1}");
    }

    #[test]
    fn bad_spans_are_clamped_not_a_panic() {
        let text = "héllo wörld";
        // Inside 'é' (bytes 1..3), past the end, reversed by hand, before `from`.
        let l = layout(text, 0, &[(2, 4), (8, 999), (usize::MAX, usize::MAX)]);
        assert_eq!(show(text, &l), "¶h[0{él|0}lo w[1{örld|1}[2");
        let l = layout(text, 6, &[(0, 8)]);
        assert_eq!(show(text, &l), "¶[0{ w|0}örld");
        // A text without paragraphs keeps its anchors for the end.
        let l = layout("\n\n", 0, &[(0, 1)]);
        assert_eq!(show("\n\n", &l), "[0");
    }

    proptest::proptest! {
        /// Any text and any spans: the pieces tile each paragraph in order,
        /// each lists exactly the claims covering it, and every claim has
        /// one anchor.
        #[test]
        fn pieces_tile_paragraphs_and_list_their_claims(
            text in "[aé “<&\n]{0,40}",
            from in 0usize..50,
            spans in proptest::collection::vec((0usize..60, 0usize..60), 0..8),
        ) {
            let l = layout(&text, from, &spans);
            let paras = paragraphs(&text, from);
            proptest::prop_assert_eq!(l.paragraphs.len(), paras.len());
            let from = floor_char_boundary(&text, from);
            let clamped: Vec<(usize, usize)> = spans
                .iter()
                .map(|&(s, e)| {
                    let s = floor_char_boundary(&text, s.max(from));
                    (s, floor_char_boundary(&text, e.max(s)))
                })
                .collect();
            let mut anchors = Vec::new();
            for (pieces, &(ps, pe)) in l.paragraphs.iter().zip(&paras) {
                let mut at = ps;
                for piece in pieces {
                    match piece {
                        Piece::Anchor(i) => anchors.push(*i),
                        Piece::Text { start, end, claims } => {
                            proptest::prop_assert_eq!(*start, at);
                            proptest::prop_assert!(start < end && text.get(*start..*end).is_some());
                            let covering: Vec<usize> = (0..clamped.len())
                                .filter(|&i| clamped[i].0 <= *start && *end <= clamped[i].1)
                                .collect();
                            proptest::prop_assert_eq!(claims, &covering);
                            at = *end;
                        }
                    }
                }
                proptest::prop_assert_eq!(at, pe);
            }
            anchors.extend(&l.trailing);
            anchors.sort_unstable();
            proptest::prop_assert_eq!(anchors, (0..spans.len()).collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_claim_over_between_paragraphs_marks_nothing_after_them() {
        // Found by the property above: an empty span at a paragraph's end
        // once coloured the whole next paragraph.
        let text = "ab\n\ncd";
        let l = layout(text, 0, &[(2, 2), (9, 1)]);
        assert_eq!(show(text, &l), "¶ab¶[0cd[1");
    }

    #[test]
    fn claims_starting_between_paragraphs_anchor_at_the_next() {
        let text = "a\n\nb";
        let l = layout(text, 0, &[(1, 4)]);
        assert_eq!(show(text, &l), "¶a¶[0{b|0}");
    }
}
