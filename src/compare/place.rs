//! Places: different places for the same event.
//!
//! Only where something happened counts: places after a locative word
//! ("in", "near", "outside", "at"), not origins and destinations ("from
//! Pittsburgh to Philadelphia"). Two aligned claims contradict when both
//! name such places of the same kind (city and city, county and county,
//! state and state, country and country) and share none of that kind:
//! "near Dunmore Creek in Clearfield County" / "outside Harlow ... in Centre
//! County"; "in Ridgeville, Indiana" / "in Kessler Springs, Michigan".
//!
//! Trap: places of different kinds never clash ("in Pennsylvania" and "in
//! Clearfield County" can both be true).

use crate::claims::{Claim, PlaceRef};

const LOCATIVE: &[&str] = &["in", "near", "outside", "at", "inside", "into", "around", "across"];

fn located(c: &Claim) -> Vec<&PlaceRef> {
    let mut out: Vec<&PlaceRef> = Vec::new();
    for (i, p) in c.places.iter().enumerate() {
        let loc = p.prep.as_deref().is_some_and(|w| LOCATIVE.contains(&w));
        // "Ridgeville, Indiana": the state shares its city's preposition.
        let after_located_city = i > 0 && matches!(p.kind.as_str(), "state" | "country") && out.iter().any(|q| std::ptr::eq(*q, &c.places[i - 1]));
        if loc || after_located_city {
            out.push(p);
        }
    }
    out
}

/// A place contradiction between two aligned claims: one place of each side.
pub fn check<'a>(a: &'a Claim, b: &'a Claim) -> Option<(&'a PlaceRef, &'a PlaceRef)> {
    let (pa, pb) = (located(a), located(b));
    if pa.is_empty() || pb.is_empty() {
        return None;
    }
    // Any shared place means they agree on where.
    if pa.iter().any(|x| pb.iter().any(|y| x.name.eq_ignore_ascii_case(&y.name))) {
        return None;
    }
    for kind in ["state", "country", "county", "city"] {
        let x = pa.iter().find(|p| p.kind == kind);
        let y = pb.iter().find(|p| p.kind == kind);
        if let (Some(x), Some(y)) = (x, y) {
            return Some((x, y));
        }
    }
    None
}
