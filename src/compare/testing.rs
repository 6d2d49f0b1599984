//! Helpers for the rule tests: whole comparisons of small articles.

use super::{FindingKind, FindingType};

/// How many contradictions of type `ty` comparing the texts reports.
pub fn contradictions(texts: &[(&str, &str)], ty: FindingType) -> usize {
    crate::compare_texts(texts)
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::Contradiction && f.ty == Some(ty))
        .count()
}

/// Contradictions of type `ty` between two texts.
pub fn between(a: &str, b: &str, ty: FindingType) -> usize {
    contradictions(&[("a.txt", a), ("b.txt", b)], ty)
}
