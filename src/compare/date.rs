//! Dates: different dates for the same event.
//!
//! Two aligned claims contradict on a date when each names a date of the
//! same precision (a day, a month, a year) and none of one side's dates
//! falls on any of the other's. Dates written differently but resolving to
//! the same day agree: "Thursday" in an article of Saturday 31 August 2024
//! is 29 August; "yesterday" in one of 12 February is 11 February; "two days
//! earlier" counts from the date before it.
//!
//! Trap: a day and the month it falls in ("Feb. 10" / "in February") agree;
//! dates that need a year the text does not give are not compared.

use crate::claims::{Claim, DateRef};
use crate::parse::date::Granularity;

fn of(c: &Claim, g: Granularity) -> Vec<&DateRef> {
    c.dates.iter().filter(|d| d.range.is_some_and(|r| r.granularity == g && r.start.year().is_some())).collect()
}

/// A date contradiction between two aligned claims: one date of each side.
pub fn check<'a>(a: &'a Claim, b: &'a Claim) -> Option<(&'a DateRef, &'a DateRef)> {
    for g in [Granularity::Day, Granularity::Month, Granularity::Year] {
        let (da, db) = (of(a, g), of(b, g));
        if da.is_empty() || db.is_empty() {
            continue;
        }
        let any_meet = da.iter().any(|x| db.iter().any(|y| x.range.zip(y.range).is_some_and(|(p, q)| p.overlaps(&q))));
        // A coarser date on one side that holds a finer one of the other is agreement too.
        if !any_meet {
            return Some((da[0], db[0]));
        }
        return None;
    }
    None
}
