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

/// Contradictions of type `ty` between two article bodies of one date, from
/// outlets "Alpha News" and "Beta Post".
pub fn bodies_on(date: &str, a: &str, b: &str, ty: FindingType) -> usize {
    between(
        &format!("outlet: Alpha News\ndate: {date}\n\n{a}\n"),
        &format!("outlet: Beta Post\ndate: {date}\n\n{b}\n"),
        ty,
    )
}
