//! Running the pipeline: load → parse → claims → align → compare → report,
//! with documents parsed and stories compared in parallel (rayon). Output
//! order never depends on the thread count.

use std::collections::HashMap;
use std::ops::Deref;

use rayon::prelude::*;

use crate::claims::{self, Claim};
use crate::compare::{self, Finding, Thresholds};
use crate::config::Config;
use crate::error::Error;
use crate::lexicon::Lexicon;
use crate::load::{Document, assign_ids, document_from_text, fill_years};
use crate::report::json::InputError;
use crate::report::{DocInfo, Report, SCHEMA_VERSION};

/// The word lists in use: the built-in ones, or a copy extended by a config.
#[derive(Debug)]
pub enum Lex {
    /// The built-in lexicon.
    Builtin(&'static Lexicon),
    /// An extended copy.
    Owned(Box<Lexicon>),
}

impl Deref for Lex {
    type Target = Lexicon;
    fn deref(&self) -> &Lexicon {
        match self {
            Lex::Builtin(l) => l,
            Lex::Owned(l) => l,
        }
    }
}

/// The pipeline's settings.
#[derive(Debug)]
pub struct Engine {
    /// Word lists.
    pub lexicon: Lex,
    /// Comparison thresholds.
    pub thresholds: Thresholds,
}

impl Default for Engine {
    fn default() -> Self {
        Engine {
            lexicon: Lex::Builtin(Lexicon::builtin()),
            thresholds: Thresholds::default(),
        }
    }
}

impl Engine {
    /// An engine with a user configuration applied.
    pub fn with_config(config: &Config) -> Engine {
        Engine {
            lexicon: Lex::Owned(Box::new(config.lexicon())),
            thresholds: config.thresholds(),
        }
    }

    /// Claims of all documents, in document order (parsed in parallel).
    pub fn extract(&self, docs: &[Document]) -> Vec<Claim> {
        let lx: &Lexicon = &self.lexicon;
        let per_doc: Vec<Vec<Claim>> = docs.par_iter().map(|d| claims::extract(d, lx)).collect();
        // One allocation of the right size: growing a vector of claims by
        // doubling copies them over and over.
        let mut out = Vec::with_capacity(per_doc.iter().map(Vec::len).sum());
        for v in per_doc {
            out.extend(v);
        }
        out
    }

    /// Findings among claims.
    pub fn compare(&self, claims: &[Claim]) -> Vec<Finding> {
        compare::compare_with(claims, &self.lexicon, &self.thresholds)
    }

    /// A full report of documents (with the inputs that failed).
    pub fn report(&self, docs: &[Document], errors: &[Error], compare: bool) -> Report {
        let claims = self.extract(docs);
        let findings = if compare {
            self.compare(&claims)
        } else {
            Vec::new()
        };
        Report {
            schema_version: SCHEMA_VERSION,
            documents: docs.iter().map(DocInfo::of).collect(),
            claims,
            findings,
            errors: errors.iter().map(input_error).collect(),
        }
    }

    /// Documents from in-memory texts: `(name, text)` pairs.
    pub fn documents(&self, texts: &[(&str, &str)]) -> (Vec<Document>, Vec<Error>) {
        let mut docs = Vec::new();
        let mut errors = Vec::new();
        for (name, text) in texts {
            match document_from_text(name, (*text).to_string(), &self.lexicon) {
                Ok(d) => docs.push(d),
                Err(e) => errors.push(e),
            }
        }
        assign_ids(&mut docs);
        fill_years(&mut docs);
        (docs, errors)
    }
}

/// An error as the report shows it.
pub fn input_error(e: &Error) -> InputError {
    InputError {
        path: e.path.display().to_string(),
        message: e.kind.to_string(),
    }
}

/// Documents grouped by their story key, groups in order of first appearance;
/// documents without a key form one group.
pub fn group_by_story(docs: Vec<Document>) -> Vec<(Option<String>, Vec<Document>)> {
    let mut order: Vec<Option<String>> = Vec::new();
    let mut groups: HashMap<Option<String>, Vec<Document>> = HashMap::new();
    for d in docs {
        let key = d.story.clone();
        if !groups.contains_key(&key) {
            order.push(key.clone());
        }
        groups.entry(key).or_default().push(d);
    }
    order
        .into_iter()
        .map(|k| {
            let mut g = groups.remove(&k).unwrap_or_default();
            fill_years(&mut g);
            (k, g)
        })
        .collect()
}

/// Compares in-memory texts, `(name, text)` pairs, as reports of one story.
///
/// ```
/// let report = claimdiff::compare_texts(&[
///     ("cbs.txt", "outlet: CBS News\ndate: 2025-03-07\n\nThree people died in the crash, police said."),
///     ("nbc.txt", "outlet: NBC News\ndate: 2025-03-07\n\nFour people died in the crash, police said."),
/// ]);
/// let f = &report.findings[0];
/// assert_eq!(f.kind, claimdiff::compare::FindingKind::Contradiction);
/// assert_eq!(f.ty, Some(claimdiff::compare::FindingType::Number));
/// assert_eq!(f.claims, ["cbs:1", "nbc:1"]);
/// ```
pub fn compare_texts(texts: &[(&str, &str)]) -> Report {
    let engine = Engine::default();
    let (docs, errors) = engine.documents(texts);
    engine.report(&docs, &errors, true)
}
