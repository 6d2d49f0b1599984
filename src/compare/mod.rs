//! Stage 4b, compare: decides, for each aligned pair of claims from
//! different sources, whether they agree, contradict each other (and how),
//! or differ softly; and which claims only one source has.

use serde::{Deserialize, Serialize};

/// What a finding says about its claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// Two sources state incompatible details: "three dead" vs "four dead".
    Contradiction,
    /// The same claim credited differently or stated with different certainty.
    Difference,
    /// Two sources state the same proposition with compatible details.
    Agreement,
    /// A claim only one source makes.
    Unique,
}

/// The type of a contradiction or difference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingType {
    /// Different values for the same quantity: "£45m" vs "£48m".
    Number,
    /// Different dates for the same event: "Feb. 3" vs "Feb. 10".
    Date,
    /// Different places for the same event: "Ridgeville, Indiana" vs "Kessler Springs, Michigan".
    Place,
    /// A different actor did or said it: the same remark credited to two people.
    Person,
    /// One affirms what the other denies: "handed in a request" vs "did not hand in a request".
    Negation,
    /// The same remark by the same speaker quoted in different words.
    Quote,
    /// The same claim credited to different sources.
    Attribution,
    /// Hedged in one, asserted in the other: "reportedly unanimous" vs "unanimous".
    Certainty,
}

/// One word-diff operation of a quote finding.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DiffOp {
    /// `equal`, `delete` (only in the first quote) or `insert` (only in the second).
    pub op: String,
    /// The words.
    pub text: String,
}

/// A finding with its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable id `f1`, `f2`... in report order.
    pub id: String,
    /// Kind.
    pub kind: FindingKind,
    /// Type, for contradictions and differences.
    #[serde(rename = "type")]
    pub ty: Option<FindingType>,
    /// Claim ids on each side (one for `unique`).
    pub claims: Vec<String>,
    /// The claim field that differs.
    pub field: Option<String>,
    /// The differing values, in the order of `claims`.
    pub values: Vec<String>,
    /// One line a person can check.
    pub summary: String,
    /// Word diff of two quotes.
    pub diff: Option<Vec<DiffOp>>,
}
