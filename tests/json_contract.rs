//! The JSON contract of `claimdiff compare --format json` (documented in
//! `src/report/json.rs`), checked the way a consumer meets it: the CLI's
//! output is read back through this file's own types, not the crate's, and
//! every span is checked against the file on disk.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::process::Command;

use serde::Deserialize;

const STORIES: [&str; 4] = [
    "fixtures/calder-sarvani-deal-wire",
    "fixtures/castlegate-northmoor-takeover",
    "fixtures/colorado-campground-flash-flood",
    "fixtures/ohio-battery-warehouse-fire",
];

// ------------------------------------------------------------ consumer types

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Report {
    schema_version: u32,
    documents: Vec<Document>,
    claims: Vec<Claim>,
    findings: Vec<Finding>,
    errors: Vec<InputError>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    id: String,
    path: String,
    outlet: String,
    date: Option<String>,
    title: Option<String>,
    #[serde(default)]
    story: Option<String>,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Claim {
    id: String,
    doc: String,
    span: Span,
    text: String,
    content: Span,
    sources: Vec<Source>,
    cue: Option<Cue>,
    polarity: Polarity,
    certainty: Certainty,
    quotes: Vec<Quote>,
    entities: Vec<Entity>,
    numbers: Vec<Number>,
    dates: Vec<Date>,
    places: Vec<Place>,
    frame: Frame,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Frame {
    predicate: Option<Predicate>,
    subject: Option<Participant>,
    object: Option<Participant>,
    passive: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Predicate {
    lemma: String,
    text: String,
    span: Span,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Participant {
    text: String,
    head: String,
    span: Span,
}

#[derive(Debug, Deserialize, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum SourceKind {
    Outlet,
    Person,
    Organization,
    Government,
    Anonymous,
    Unspecified,
    Document,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Source {
    name: String,
    kind: SourceKind,
    span: Option<Span>,
    count: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Cue {
    text: String,
    span: Span,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum Polarity {
    Positive,
    Negative,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum Certainty {
    Asserted,
    Hedged,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Quote {
    text: String,
    span: Span,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum EntityKind {
    Person,
    Organization,
    Government,
    Outlet,
    Other,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entity {
    text: String,
    name: String,
    kind: EntityKind,
    span: Span,
}

#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
enum Qualifier {
    AtLeast,
    MoreThan,
    AtMost,
    LessThan,
    Nearly,
    About,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Number {
    text: String,
    value: f64,
    qualifier: Option<Qualifier>,
    unit: Option<String>,
    per: Option<String>,
    noun: Option<String>,
    span: Span,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Date {
    text: String,
    value: Option<String>,
    span: Span,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Place {
    text: String,
    name: String,
    /// Kept as a string so the documented set is checked in its own test.
    kind: String,
    span: Span,
}

#[derive(Debug, Deserialize, PartialEq, Eq, Clone, Copy, PartialOrd, Ord, Hash)]
#[serde(rename_all = "snake_case")]
enum FindingKind {
    Contradiction,
    Difference,
    Agreement,
    Unique,
}

#[derive(Debug, Deserialize, PartialEq, Eq, Clone, Copy, Hash)]
#[serde(rename_all = "snake_case")]
enum FindingType {
    Number,
    Date,
    Place,
    Person,
    Negation,
    Quote,
    Attribution,
    Certainty,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Finding {
    id: String,
    kind: FindingKind,
    #[serde(rename = "type")]
    ty: Option<FindingType>,
    claims: Vec<String>,
    field: Option<String>,
    values: Vec<String>,
    summary: String,
    diff: Option<Vec<DiffOp>>,
    sides: Vec<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DiffOp {
    op: String,
    text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct InputError {
    path: String,
    message: String,
}

// ------------------------------------------------------------ helpers

fn cli_json(args: &[&str]) -> (String, Report) {
    let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{args:?}: {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let raw = String::from_utf8(out.stdout).expect("UTF-8 output");
    let report: Report = serde_json::from_str(&raw)
        .unwrap_or_else(|e| panic!("{args:?}: output does not follow the contract: {e}"));
    (raw, report)
}

fn compare(story: &str) -> Report {
    cli_json(&["compare", "--format", "json", story]).1
}

/// Every fixture story's report, with the text of each document by id.
fn all() -> Vec<(&'static str, Report, HashMap<String, String>)> {
    STORIES
        .iter()
        .map(|story| {
            let r = compare(story);
            let texts = r
                .documents
                .iter()
                .map(|d| {
                    let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(&d.path))
                        .unwrap_or_else(|e| panic!("{}: {e}", d.path));
                    (
                        d.id.clone(),
                        String::from_utf8(bytes).expect("fixtures are UTF-8"),
                    )
                })
                .collect();
            (*story, r, texts)
        })
        .collect()
}

/// Checks a span lies in `text` on char boundaries and returns its slice.
fn slice<'t>(text: &'t str, sp: Span, what: &str) -> &'t str {
    assert!(sp.start <= sp.end, "{what}: inverted span {sp:?}");
    assert!(
        sp.end <= text.len(),
        "{what}: span {sp:?} is past the end of the file ({} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end),
        "{what}: span {sp:?} splits a character"
    );
    &text[sp.start..sp.end]
}

fn inside(outer: Span, inner: Span) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

fn is_iso_day(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && s.bytes()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

fn is_iso_month(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 7
        && b[4] == b'-'
        && s.bytes()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit())
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.bytes().all(|c| c.is_ascii_digit())
}

/// ISO 8601 without a year: "--03-24" (a day) or "--03" (a month).
fn is_yearless(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("--") else {
        return false;
    };
    let b = rest.as_bytes();
    (b.len() == 2 && rest.bytes().all(|c| c.is_ascii_digit()))
        || (b.len() == 5
            && b[2] == b'-'
            && rest
                .bytes()
                .enumerate()
                .all(|(i, c)| i == 2 || c.is_ascii_digit()))
}

/// "2025-03-11", "2024-07", "2019", "2024-11-04/2024-11-10", or without a year "--03-24", "--03".
fn is_date_value(s: &str) -> bool {
    match s.split_once('/') {
        Some((a, b)) => {
            (is_iso_day(a) && is_iso_day(b) && a <= b) || (is_yearless(a) && is_yearless(b))
        }
        None => is_iso_day(s) || is_iso_month(s) || is_year(s) || is_yearless(s),
    }
}

// ------------------------------------------------------------ the contract

#[test]
fn reports_follow_the_schema() {
    for (story, r, _) in all() {
        assert_eq!(r.schema_version, 1, "{story}");
        assert!(r.errors.is_empty(), "{story}: {:?}", r.errors);
        assert!(!r.documents.is_empty(), "{story}");
        assert!(!r.claims.is_empty(), "{story}");
        assert!(!r.findings.is_empty(), "{story}");
    }
}

#[test]
fn documents_have_unique_ids_and_their_paths() {
    for (story, r, _) in all() {
        let mut ids = HashSet::new();
        for d in &r.documents {
            assert!(
                ids.insert(d.id.clone()),
                "{story}: duplicate document id {}",
                d.id
            );
            assert!(
                d.path.starts_with(story),
                "{story}: path {} is not as given",
                d.path
            );
            let stem = Path::new(&d.path).file_stem().unwrap().to_str().unwrap();
            assert_eq!(d.id, stem, "{story}: id is the file stem");
            assert!(
                !d.outlet.trim().is_empty(),
                "{story}: {} has no outlet",
                d.id
            );
            if let Some(t) = &d.title {
                assert!(!t.is_empty(), "{story}: {} has an empty title", d.id);
            }
            assert!(d.story.is_none(), "{story}: a text file has no story key");
        }
        // Paths are in sorted (directory) order.
        let paths: Vec<&str> = r.documents.iter().map(|d| d.path.as_str()).collect();
        let mut sorted = paths.clone();
        sorted.sort();
        assert_eq!(paths, sorted, "{story}");
    }
}

#[test]
fn claim_text_is_exactly_the_file_bytes_at_its_span() {
    for (story, r, texts) in all() {
        for c in &r.claims {
            let text = &texts[&c.doc];
            let at = slice(text, c.span, &format!("{story} {}", c.id));
            assert_eq!(
                c.text, at,
                "{story} {}: text differs from the file at {:?}",
                c.id, c.span
            );
            assert!(!c.text.trim().is_empty(), "{story} {}: empty claim", c.id);
        }
    }
}

#[test]
fn every_inner_span_lies_in_the_file_on_char_boundaries() {
    for (story, r, texts) in all() {
        for c in &r.claims {
            let text = &texts[&c.doc];
            let who = |what: &str| format!("{story} {} {what}", c.id);
            for s in &c.sources {
                if let Some(sp) = s.span {
                    slice(text, sp, &who(&format!("source {:?}", s.name)));
                }
            }
            if let Some(cue) = &c.cue {
                assert_eq!(
                    slice(text, cue.span, &who("cue")),
                    cue.text,
                    "{}",
                    who("cue")
                );
            }
            for q in &c.quotes {
                assert_eq!(
                    slice(text, q.span, &who("quote")),
                    q.text,
                    "{}",
                    who("quote")
                );
                assert!(
                    inside(c.span, q.span),
                    "{}: quote {:?} outside the claim",
                    who("quote"),
                    q.text
                );
            }
            for n in &c.numbers {
                assert_eq!(
                    slice(text, n.span, &who("number")),
                    n.text,
                    "{}",
                    who("number")
                );
                assert!(
                    inside(c.span, n.span),
                    "{}: number {:?} outside the claim",
                    who("number"),
                    n.text
                );
            }
            assert!(
                inside(c.span, c.content),
                "{}: content outside the statement",
                who("content")
            );
            slice(text, c.content, &who("content"));
            if let Some(p) = &c.frame.predicate {
                assert_eq!(
                    slice(text, p.span, &who("predicate")),
                    p.text,
                    "{}",
                    who("predicate")
                );
                assert!(
                    inside(c.span, p.span),
                    "{}: predicate outside the claim",
                    who("predicate")
                );
                assert!(!p.lemma.is_empty(), "{}: an empty lemma", who("predicate"));
            }
            for (role, part) in [("subject", &c.frame.subject), ("object", &c.frame.object)] {
                if let Some(x) = part {
                    assert_eq!(slice(text, x.span, &who(role)), x.text, "{}", who(role));
                    assert!(
                        inside(c.span, x.span),
                        "{}: {role} outside the claim",
                        who(role)
                    );
                    assert!(!x.head.is_empty(), "{}: {role} without a head", who(role));
                }
            }
            if c.frame.passive {
                assert!(
                    c.frame.predicate.is_some(),
                    "{}: a passive without a predicate",
                    who("frame")
                );
            }
            for d in &c.dates {
                assert_eq!(slice(text, d.span, &who("date")), d.text, "{}", who("date"));
                assert!(
                    inside(c.span, d.span),
                    "{}: date {:?} outside the claim",
                    who("date"),
                    d.text
                );
            }
            for p in &c.places {
                assert_eq!(
                    slice(text, p.span, &who("place")),
                    p.text,
                    "{}",
                    who("place")
                );
                assert!(
                    inside(c.span, p.span),
                    "{}: place {:?} outside the claim",
                    who("place"),
                    p.text
                );
                assert!(!p.name.is_empty(), "{}", who("place"));
            }
            for e in &c.entities {
                assert_eq!(
                    slice(text, e.span, &who("entity")),
                    e.text,
                    "{}",
                    who("entity")
                );
                assert!(
                    inside(c.span, e.span),
                    "{}: entity {:?} outside the claim",
                    who("entity"),
                    e.text
                );
                assert!(!e.name.is_empty(), "{}", who("entity"));
            }
        }
    }
}

#[test]
fn the_first_source_is_the_documents_outlet() {
    for (story, r, _) in all() {
        let outlets: HashMap<&str, &str> = r
            .documents
            .iter()
            .map(|d| (d.id.as_str(), d.outlet.as_str()))
            .collect();
        for c in &r.claims {
            assert!(!c.sources.is_empty(), "{story} {}: no sources", c.id);
            let first = &c.sources[0];
            assert_eq!(first.name, outlets[c.doc.as_str()], "{story} {}", c.id);
            assert_eq!(first.kind, SourceKind::Outlet, "{story} {}", c.id);
            assert_eq!(
                first.span, None,
                "{story} {}: the outlet's own link has no span",
                c.id
            );
            assert_eq!(first.count, None, "{story} {}", c.id);
            for s in &c.sources[1..] {
                assert!(
                    !s.name.trim().is_empty(),
                    "{story} {}: unnamed source",
                    c.id
                );
                assert!(
                    s.span.is_some(),
                    "{story} {}: source {:?} other than the outlet has no span",
                    c.id,
                    s.name
                );
                if let Some(n) = s.count {
                    assert!(n >= 1, "{story} {}: count {n}", c.id);
                }
            }
        }
    }
}

#[test]
fn claim_ids_number_each_documents_claims_from_one_in_order() {
    for (story, r, _) in all() {
        let order: Vec<&str> = r.documents.iter().map(|d| d.id.as_str()).collect();
        let mut next: HashMap<&str, usize> = HashMap::new();
        let mut last_doc = 0usize;
        let mut last_start: HashMap<&str, usize> = HashMap::new();
        for c in &r.claims {
            let di = order
                .iter()
                .position(|d| *d == c.doc)
                .unwrap_or_else(|| panic!("{story} {}: unknown doc {}", c.id, c.doc));
            assert!(
                di >= last_doc,
                "{story}: claims are not in document order at {}",
                c.id
            );
            last_doc = di;
            let n = next.entry(c.doc.as_str()).or_insert(0);
            *n += 1;
            assert_eq!(c.id, format!("{}:{}", c.doc, n), "{story}");
            // Text order.
            let prev = last_start.insert(c.doc.as_str(), c.span.start);
            assert!(
                prev.is_none_or(|p| p <= c.span.start),
                "{story} {}: claims not in text order",
                c.id
            );
        }
        for d in &r.documents {
            assert!(
                next.contains_key(d.id.as_str()),
                "{story}: {} has no claims",
                d.id
            );
        }
    }
}

#[test]
fn finding_ids_count_up_and_name_existing_claims() {
    for (story, r, _) in all() {
        let ids: HashSet<&str> = r.claims.iter().map(|c| c.id.as_str()).collect();
        for (i, f) in r.findings.iter().enumerate() {
            assert_eq!(f.id, format!("f{}", i + 1), "{story}");
            for c in &f.claims {
                assert!(
                    ids.contains(c.as_str()),
                    "{story} {}: unknown claim {c}",
                    f.id
                );
            }
            assert!(!f.summary.trim().is_empty(), "{story} {}", f.id);
            assert_eq!(
                f.sides.len(),
                f.claims.len(),
                "{story} {}: a side per claim",
                f.id
            );
            assert!(
                f.sides.iter().all(|&s| s <= 1),
                "{story} {}: sides are 0 or 1",
                f.id
            );
            if f.kind == FindingKind::Contradiction {
                assert!(
                    f.sides.contains(&0) && f.sides.contains(&1),
                    "{story} {}: two sides",
                    f.id
                );
            }
        }
    }
}

#[test]
fn findings_are_ordered_contradictions_first() {
    for (story, r, _) in all() {
        let kinds: Vec<FindingKind> = r.findings.iter().map(|f| f.kind).collect();
        let first_other = kinds
            .iter()
            .position(|k| *k != FindingKind::Contradiction)
            .unwrap_or(kinds.len());
        assert!(
            kinds[first_other..]
                .iter()
                .all(|k| *k != FindingKind::Contradiction),
            "{story}: a contradiction after another kind: {kinds:?}"
        );
        // And the whole list is grouped: contradictions, differences, agreements, uniques.
        assert!(
            kinds.windows(2).all(|w| w[0] <= w[1]),
            "{story}: findings not in kind order: {kinds:?}"
        );
    }
}

#[test]
fn finding_kinds_types_and_fields_are_from_the_documented_sets() {
    use FindingKind::*;
    use FindingType as T;
    for (story, r, _) in all() {
        for f in &r.findings {
            let who = format!("{story} {}", f.id);
            match f.kind {
                Contradiction => {
                    assert!(
                        matches!(
                            f.ty,
                            Some(
                                T::Number | T::Date | T::Place | T::Person | T::Negation | T::Quote
                            )
                        ),
                        "{who}: {:?}",
                        f.ty
                    );
                }
                Difference => assert!(
                    matches!(f.ty, Some(T::Attribution | T::Certainty)),
                    "{who}: {:?}",
                    f.ty
                ),
                Agreement | Unique => {
                    assert_eq!(f.ty, None, "{who}");
                    assert_eq!(f.field, None, "{who}");
                }
            }
            match f.kind {
                Unique => assert_eq!(f.claims.len(), 1, "{who}"),
                _ => {
                    // Two claims, or more when several reports tell one fact.
                    assert!(f.claims.len() >= 2, "{who}: a claim each side at least");
                    let mut ids = f.claims.clone();
                    ids.sort();
                    ids.dedup();
                    assert_eq!(ids.len(), f.claims.len(), "{who}: a claim listed twice");
                }
            }
            if matches!(f.kind, Contradiction | Difference) {
                assert!(
                    f.field.as_deref().is_some_and(|x| !x.is_empty()),
                    "{who}: no field"
                );
                assert_eq!(
                    f.values.len(),
                    f.claims.len(),
                    "{who}: values side by side with claims: {:?}",
                    f.values
                );
            }
            if f.ty == Some(T::Quote) {
                assert!(f.diff.is_some(), "{who}: a quote finding without its diff");
            }
            if let Some(diff) = &f.diff {
                assert!(!diff.is_empty(), "{who}: empty diff");
                for op in diff {
                    assert!(
                        matches!(op.op.as_str(), "equal" | "delete" | "insert"),
                        "{who}: diff op {:?}",
                        op.op
                    );
                    assert!(!op.text.is_empty(), "{who}: empty diff text");
                }
            }
        }
    }
}

#[test]
fn claim_fields_are_from_the_documented_sets() {
    // The enums (polarity, certainty, qualifier, entity kind, source kind)
    // are checked by deserialising into this file's types; here the free
    // strings, and that the fixtures use both sides of each flag.
    let (mut negative, mut hedged, mut qualified, mut people) = (0, 0, 0, 0);
    for (story, r, _) in all() {
        for c in &r.claims {
            let who = format!("{story} {}", c.id);
            negative += usize::from(c.polarity == Polarity::Negative);
            hedged += usize::from(c.certainty == Certainty::Hedged);
            people += c
                .entities
                .iter()
                .filter(|e| e.kind == EntityKind::Person)
                .count();
            for n in &c.numbers {
                assert!(
                    n.value.is_finite(),
                    "{who}: number {:?} value {}",
                    n.text,
                    n.value
                );
                if let Some(u) = &n.unit {
                    let iso = u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase());
                    assert!(
                        iso || matches!(
                            u.as_str(),
                            "percent"
                                | "pp"
                                | "ordinal"
                                | "age"
                                | "mph"
                                | "knot"
                                | "metre"
                                | "foot"
                                | "mile"
                                | "tonne"
                                | "kg"
                                | "litre"
                        ),
                        "{who}: number {:?} unit {u:?}",
                        n.text
                    );
                }
                qualified += usize::from(n.qualifier.is_some());
                for w in [&n.per, &n.noun].into_iter().flatten() {
                    assert!(
                        !w.is_empty() && w.to_lowercase() == *w,
                        "{who}: number {:?} per/noun {w:?} is not lowercase",
                        n.text
                    );
                }
            }
        }
    }
    assert!(
        negative > 0 && hedged > 0 && qualified > 0 && people > 0,
        "negative {negative}, hedged {hedged}, qualified {qualified}, people {people}"
    );
}

#[test]
fn document_dates_are_iso_days_or_null() {
    // The contract: `"date": "2025-03-11" | "--03-11" | null` (no year known: ISO 8601 "--MM-DD").
    let mut bad = Vec::new();
    for (story, r, _) in all() {
        for d in &r.documents {
            if let Some(date) = &d.date {
                let ok = is_iso_day(date) || (is_yearless(date) && date.len() == 7);
                if !ok {
                    bad.push(format!("{story} {}: date {date:?}", d.id));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "document dates outside the documented form:\n{}",
        bad.join("\n")
    );
}

#[test]
fn claim_date_values_are_of_the_documented_forms() {
    // The contract: value "2025-03-11", "2024-07", "2019", "2024-11-04/2024-11-10",
    // "--03-24" or "--03" without a year, or null.
    let mut bad = Vec::new();
    for (story, r, _) in all() {
        for c in &r.claims {
            for d in &c.dates {
                if let Some(v) = &d.value {
                    if !is_date_value(v) {
                        bad.push(format!("{story} {}: date {:?} value {v:?}", c.id, d.text));
                    }
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "date values outside the documented forms:\n{}",
        bad.join("\n")
    );
}

#[test]
fn place_kinds_are_from_the_documented_set() {
    // The contract: `"places": [{"text", "name", "kind", "span"}]  // kind: country, state, county, city, venue`.
    let mut other = Vec::new();
    for (story, r, _) in all() {
        for c in &r.claims {
            for p in &c.places {
                if !matches!(
                    p.kind.as_str(),
                    "country" | "state" | "county" | "city" | "venue"
                ) {
                    other.push(format!("{story} {}: {:?} kind {:?}", c.id, p.text, p.kind));
                }
            }
        }
    }
    assert!(
        other.is_empty(),
        "place kinds outside the documented set:\n{}",
        other.join("\n")
    );
}

#[test]
fn extract_output_follows_the_contract_with_no_findings() {
    for story in STORIES {
        let (_, r) = cli_json(&["extract", "--format", "json", story]);
        assert_eq!(r.schema_version, 1);
        assert!(r.findings.is_empty(), "{story}: extract has findings");
        // The same claims as compare.
        let c = compare(story);
        let a: Vec<(&str, Span, &str)> = r
            .claims
            .iter()
            .map(|c| (c.id.as_str(), c.span, c.text.as_str()))
            .collect();
        let b: Vec<(&str, Span, &str)> = c
            .claims
            .iter()
            .map(|c| (c.id.as_str(), c.span, c.text.as_str()))
            .collect();
        assert_eq!(a, b, "{story}");
    }
}

#[test]
fn output_is_byte_identical_across_runs() {
    for story in STORIES {
        let (a, _) = cli_json(&["compare", "--format", "json", story]);
        let (b, _) = cli_json(&["compare", "--format", "json", story]);
        assert!(a == b, "{story}: two runs differ");
    }
}

#[test]
fn field_order_is_fixed() {
    // Top-level and per-object keys come in the documented order.
    let (raw, _) = cli_json(&["compare", "--format", "json", STORIES[3]]);
    let pos = |k: &str| {
        raw.find(&format!("\"{k}\""))
            .unwrap_or_else(|| panic!("no key {k}"))
    };
    let top = [
        "schema_version",
        "documents",
        "claims",
        "findings",
        "errors",
    ];
    assert!(
        top.windows(2).all(|w| pos(w[0]) < pos(w[1])),
        "top-level keys out of order"
    );
    // Checked on the raw text: the first claim and the first finding.
    let first_claim = &raw[pos("claims")..];
    let claim_keys = [
        "\"id\"",
        "\"doc\"",
        "\"span\"",
        "\"text\"",
        "\"sources\"",
        "\"cue\"",
        "\"polarity\"",
        "\"certainty\"",
        "\"quotes\"",
        "\"entities\"",
        "\"numbers\"",
        "\"dates\"",
        "\"places\"",
    ];
    let at: Vec<usize> = claim_keys
        .iter()
        .map(|k| first_claim.find(k).unwrap_or_else(|| panic!("no {k}")))
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "claim keys out of order: {at:?}"
    );
    let finding = &raw[pos("findings")..];
    let finding_keys = [
        "\"id\"",
        "\"kind\"",
        "\"type\"",
        "\"claims\"",
        "\"field\"",
        "\"values\"",
        "\"summary\"",
        "\"diff\"",
    ];
    let at: Vec<usize> = finding_keys
        .iter()
        .map(|k| finding.find(k).unwrap_or_else(|| panic!("no {k}")))
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "finding keys out of order: {at:?}"
    );
}

#[test]
fn number_values_are_numbers_even_for_huge_figures() {
    // `"value"` is a number in the contract; an overflowing figure must not
    // turn into `null` (serde_json writes an infinite f64 as null), which a
    // consumer reading it as a number cannot parse.
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("contract-huge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let digits = dir.join("digits.txt");
    std::fs::write(
        &digits,
        format!(
            "outlet: X\n\nPolice said {} people died in the fire.\n",
            "9".repeat(400)
        ),
    )
    .unwrap();
    let words = dir.join("words.txt");
    std::fs::write(
        &words,
        format!(
            "outlet: X\n\nPolice said a{} people died in the fire.\n",
            " trillion".repeat(27)
        ),
    )
    .unwrap();
    for f in [&digits, &words] {
        let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
            .args(["extract", "--format", "json"])
            .arg(f)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let values: Vec<&serde_json::Value> = v["claims"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|c| c["numbers"].as_array().unwrap())
            .map(|n| &n["value"])
            .collect();
        // A figure too large for a float is not reported as a quantity at all;
        // whatever is reported must be a JSON number.
        assert!(
            values.iter().all(|x| x.is_number()),
            "{}: number values {values:?}",
            f.display()
        );
    }
}

#[test]
fn unreadable_inputs_are_listed_in_errors() {
    let missing = "fixtures/no-such-file.txt";
    let good = "fixtures/ohio-battery-warehouse-fire/cbs.txt";
    let out = Command::new(env!("CARGO_BIN_EXE_claimdiff"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["compare", "--format", "json", good, missing])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let r: Report =
        serde_json::from_slice(&out.stdout).expect("the report still follows the contract");
    assert_eq!(r.documents.len(), 1);
    assert_eq!(r.documents[0].path, good);
    assert_eq!(r.errors.len(), 1);
    assert_eq!(r.errors[0].path, missing);
    assert!(!r.errors[0].message.is_empty());
}
