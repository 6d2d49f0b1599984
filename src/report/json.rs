//! The JSON contract. `claimdiff extract --format json` and `claimdiff
//! compare --format json` print one object:
//!
//! ```text
//! {
//!   "schema_version": 1,
//!   "documents": [{
//!       "id": "cbs",                 // unique in the run: the file stem, "-2"... when repeated
//!       "path": "fixtures/x/cbs.txt",// as given on the command line
//!       "outlet": "CBS News",        // header outlet, else dateline agency, else file stem
//!       "date": "2025-03-11" | "--03-11" | null, // header date, else dateline date
//!                                    // ("--MM-DD", ISO 8601, when no year is known)
//!       "title": "..." | null,
//!       "story": "..." | null        // JSON Lines "story" key, when given
//!   }],
//!   "claims": [{
//!       "id": "cbs:3",               // document id and the claim's number in it (from 1, text order)
//!       "doc": "cbs",
//!                                    // (a header's title is the document's first claim, its span in the header)
//!       "span": {"start": 10, "end": 80},  // byte offsets into the file on disk, half-open: the
//!                                    // statement, the proposition with its cue and sources when
//!                                    // they are in the same sentence ("..., said Jane Doe")
//!       "text": "...",               // exactly the file's bytes in span
//!       "content": {"start", "end"}, // the proposition alone, inside span
//!       "sources": [{                // attribution chain, outermost first; the first is the document's outlet
//!           "name": "CBS News",      // resolved: "Marcus Dahl" for "he", "Trekwell Mobility" for "the company"
//!           "kind": "outlet" | "person" | "organization" | "government" | "anonymous" | "unspecified" | "document",
//!           "span": {"start", "end"} | null,   // the mention; null for the document's own outlet
//!           "count": 2 | null        // "two officials"
//!       }],
//!       "cue": {"text": "said", "span": {...}} | null,
//!       "polarity": "positive" | "negative",
//!       "certainty": "asserted" | "hedged",
//!       "quotes": [{"text", "span"}],             // direct quotations, marks excluded
//!       "entities": [{"text", "name", "kind", "span"}],   // kind: person, organization, government, outlet, other
//!       "numbers": [{"text", "value", "qualifier", "unit", "per", "noun", "span"}],
//!            // value: in the unit's base (£45m -> 45000000; 25 basis points -> 0.25 with unit "pp")
//!            // qualifier: at_least | more_than | at_most | less_than | nearly | about | null
//!            // unit: ISO currency code, "percent", "pp", "ordinal", "age" (years old),
//!            //   a measure ("mph", "knot", "metre", "foot", "mile", "tonne", "kg", "litre";
//!            //   km -> metres, km/h -> mph, cubic metres -> litres), or null for a count
//!       "dates": [{"text", "value", "span"}],     // value: "2025-03-11", "2024-07", "2019",
//!                                                 // "2024-11-04/2024-11-10" (a week or season),
//!                                                 // "--03-24" or "--03" when no year is known,
//!                                                 // or null when it needs an article date there is none of
//!       "places": [{"text", "name", "kind", "span"}],     // kind: country, state, county, city, street, venue
//!       "frame": {                   // who did what to whom (added in schema 1; see claims::frame)
//!           "predicate": {"lemma": "free", "text": "were freed", "span"} | null,
//!                                    // lemma: the act's base form, a multiword verb ("take place"),
//!                                    // a copula's complement ("remained closed" -> "close"),
//!                                    // the act a light verb's object names ("issued an order" -> "order")
//!           "subject": {"text": "14 hostages", "head": "hostage", "span"} | null,
//!           "object": {"text", "head", "span"} | null,    // head: base form, or a name as written
//!           "passive": false         // true: the subject underwent the act
//!       }
//!   }],
//!   "findings": [{                   // empty for extract
//!       "id": "f1",                  // stable: findings are sorted, then numbered
//!       "kind": "contradiction" | "difference" | "agreement" | "unique",
//!       "type": "number" | "date" | "place" | "person" | "negation" | "quote"     (contradiction)
//!             | "attribution" | "certainty"                                      (difference)
//!             | null,                                                           (agreement, unique)
//!       "claims": ["cbs:3", "nbc:5"],// the claims on each side (one for unique)
//!       "field": "numbers" | ...,    // the claim field that differs, null for agreement/unique
//!       "values": ["three", "four"], // the differing values, one per claim
//!       "summary": "number: CBS News says three dead; NBC News says four",
//!       "diff": [{"op": "equal" | "delete" | "insert", "text": "..."}] | null,  (quote findings)
//!       "sides": [0, 0, 1]           // the side of each claim, in the order of claims: a
//!                                    // contradiction several reports tell is one finding with
//!                                    // every claim ("three boats": CBS, AP; "two boats": NBC)
//!   }],
//!   "errors": [{"path", "message"}]  // inputs that could not be read; the rest were processed
//! }
//! ```
//! Field order is fixed, arrays are in a stable order, and the same inputs
//! give byte-identical output.

use serde::{Deserialize, Serialize};

use crate::claims::Claim;
use crate::compare::Finding;
use crate::load::Document;

/// Version of the JSON contract; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

/// A document as the report shows it.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct DocInfo {
    /// Unique id.
    pub id: String,
    /// Path as given.
    pub path: String,
    /// Outlet.
    pub outlet: String,
    /// Date, ISO.
    pub date: Option<String>,
    /// Title.
    pub title: Option<String>,
    /// Story key (JSON Lines input).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub story: Option<String>,
}

impl DocInfo {
    /// The report's view of a document.
    pub fn of(d: &Document) -> DocInfo {
        DocInfo {
            id: d.id.clone(),
            path: d.path.clone(),
            outlet: d.outlet.clone(),
            date: d.date.map(|x| x.to_string()),
            title: d.title.clone(),
            story: d.story.clone(),
        }
    }
}

/// An input that could not be processed.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct InputError {
    /// The path as given.
    pub path: String,
    /// What went wrong.
    pub message: String,
}

/// The result of a run.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Documents in input order.
    pub documents: Vec<DocInfo>,
    /// Claims, by document then text order.
    pub claims: Vec<Claim>,
    /// Findings, contradictions first.
    pub findings: Vec<Finding>,
    /// Inputs that failed.
    pub errors: Vec<InputError>,
}

impl Report {
    /// The report as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }

    /// The report as one line of JSON (for JSON Lines output).
    pub fn to_json_line(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}
