//! Numbers: different values for the same quantity.
//!
//! Two figures measure the same quantity when they have the same unit
//! (currency, percent, percentage points, rate period) and, for plain counts,
//! the same counted noun or the same verb after it ("three people had died"
//! and "the death toll at four" both count deaths). A contradiction needs a
//! figure on each side that matches no compatible figure on the other.
//!
//! Compatible, so not contradictions: the same value written differently
//! ("two"/"2", "$1.2bn"/"$1.2 billion", "25 basis points"/"a quarter of a
//! percentage point", "10.50%"/"10.5 per cent"); approximations that overlap
//! ("about 300"/"nearly 300", "at least three"/"four", "more than 40"/"41",
//! "just over 3 percent"/"3.3%"); a figure reported as changed ("rose to
//! five", "up from 84,000", "now covers"), which is an update, not a clash;
//! ordinals ("hosting for the second time" / "third time's the charm").

use crate::align::Names;
use crate::align::normalize::key;
use crate::claims::Claim;
use crate::lexicon::{Lexicon, Qualifier};
use crate::parse::NumberMention;

/// The range of true values a stated figure allows: `(low, high, open_low, open_high)`.
fn interval(n: &NumberMention) -> (f64, f64) {
    let v = n.value;
    // A round figure ("126,000", "1.2 million") stands for a little range;
    // one of a single digit ("2,000", "3 million") for a wider one: "a
    // $2,000 tip" is how a headline tells "a $2,084 tip".
    let magnitude = 10f64.powf(v.abs().log10().floor());
    // A measure converted from another unit ("110 km/h" in mph) is told
    // rounded on the other side ("70mph"): a few percent.
    let converted =
        crate::parse::number::measure(n.unit.as_deref()).is_some() && (v - v.round()).abs() > 1e-6;
    let tol = if converted {
        v.abs() * 0.04
    } else if v.abs() >= 1000.0 && (v / magnitude).fract() == 0.0 {
        v.abs() * 0.05
    } else if v.abs() >= 1000.0 && (v / 1000.0).fract() == 0.0 && n.unit.is_some() {
        v.abs() * 0.005
    } else if v.abs() >= 1000.0 && (v / 1000.0).fract() == 0.0 {
        // A count rounded at its last non-zero digit ("12,000 runners" for
        // 11,846; "150,000" to ten thousands): half that place, within 5%.
        // Not a sum of money ("£12,000 in compensation" is exact).
        let mut place = 1000.0;
        while (v / (place * 10.0)).fract() == 0.0 {
            place *= 10.0;
        }
        (place / 2.0).min(v.abs() * 0.05).max(v.abs() * 0.005)
    } else {
        0.0
    };
    // A share "about" a figure is within a point and a half of it ("about
    // 64 percent"), two and a half for a multiple of five ("about 65
    // percent"), a quarter of it for small shares: it is told to points,
    // not to a part of itself.
    let points = if n.unit.as_deref() == Some("percent") {
        let step: f64 = if (v / 5.0).fract() == 0.0 { 2.5 } else { 1.5 };
        Some(step.min(v.abs() * 0.25))
    } else {
        None
    };
    // "dozens", "hundreds", "thousands": at least two of that many and
    // fewer than the next order ("hundreds" is no 12,000).
    let vague = n
        .text
        .split_whitespace()
        .next()
        .map(str::to_lowercase)
        .is_some_and(|w| matches!(w.as_str(), "dozens" | "hundreds" | "thousands" | "millions"));
    match n.qualifier {
        Some(Qualifier::AtLeast) if vague => (v, v * 5.0),
        Some(Qualifier::About) if let Some(p) = points => (v - p, v + p),
        Some(Qualifier::Nearly) if let Some(p) = points => (v - p, v),
        None => (v - tol, v + tol),
        Some(Qualifier::AtLeast) => (v, f64::INFINITY),
        Some(Qualifier::MoreThan) => (v + f64::EPSILON.max(v.abs() * 1e-9), f64::INFINITY),
        Some(Qualifier::AtMost) => (f64::NEG_INFINITY, v),
        Some(Qualifier::LessThan) => (f64::NEG_INFINITY, v - f64::EPSILON.max(v.abs() * 1e-9)),
        Some(Qualifier::Nearly) => (v * 0.93, v),
        Some(Qualifier::About) => (v * 0.94, v * 1.06),
    }
}

/// True when two figures can both be right.
pub fn compatible(a: &NumberMention, b: &NumberMention) -> bool {
    // A length told in two units ("about 12 metres" / "roughly 40 feet")
    // is converted, and rounded on one side: a few percent.
    if a.unit != b.unit {
        if let (Some(fa), Some(fb)) = (factor(a), factor(b)) {
            // Each figure's range ("more than", "about") in metres, with a
            // few percent for the rounding of a conversion.
            let ((al, ah), (bl, bh)) = (interval(a), interval(b));
            let (al, ah, bl, bh) = (al * fa, ah * fa, bl * fb, bh * fb);
            return al <= bh * 1.06 && bl <= ah * 1.06;
        }
    }
    let (al, ah) = interval(a);
    let (bl, bh) = interval(b);
    let eps = 1e-9 * a.value.abs().max(b.value.abs()).max(1.0);
    al <= bh + eps && bl <= ah + eps
}

/// Metres in one unit of a length told in metres, feet or miles.
fn factor(n: &NumberMention) -> Option<f64> {
    match n.unit.as_deref()? {
        "metre" => Some(1.0),
        "foot" => Some(0.3048),
        "mile" => Some(1609.344),
        _ => None,
    }
}

/// The noun group of a figure: base form and synonym group of its noun.
fn noun_group(n: &NumberMention, lx: &Lexicon) -> Option<String> {
    n.noun.as_deref().map(|w| lx.base(w).to_string())
}

/// What happened to what the figure counts: the verb after it ("had died"),
/// else the verb it is the object of ("stole the records of 480,000").
fn verb_group(n: &NumberMention, lx: &Lexicon) -> Option<String> {
    n.verb
        .as_deref()
        .or(n.verb_before.as_deref())
        .map(|w| lx.base(w).to_string())
}

/// Counted nouns said of many different things in one story: people, and
/// spans of time ("three years ago" / "for 40 years").
const GENERIC: &[&str] = &[
    "person", "year", "month", "week", "day", "hour", "minute", "second", "decade", "time",
    "percent",
];

/// The keys (noun and verb groups) two figures share.
fn shared_keys(a: &NumberMention, b: &NumberMention, lx: &Lexicon) -> Vec<String> {
    let ka: Vec<String> = [noun_group(a, lx), verb_group(a, lx)]
        .into_iter()
        .flatten()
        .collect();
    let kb: Vec<String> = [noun_group(b, lx), verb_group(b, lx)]
        .into_iter()
        .flatten()
        .collect();
    let mut out: Vec<String> = ka.into_iter().filter(|k| kb.contains(k)).collect();
    out.dedup();
    out
}

/// True when two figures count the same noun, or synonyms ("people" /
/// "passengers", "workers" / "employees").
pub fn same_noun(a: &NumberMention, b: &NumberMention, lx: &Lexicon) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let (Some(x), Some(y)) = (a.noun.as_deref(), b.noun.as_deref()) else {
        return false;
    };
    if lx.base(x) == lx.base(y) {
        return true;
    }
    let wn = WordNet::builtin();
    let lemma = |w: &str| wn.lemma(w, Pos::Noun);
    lemma(x)
        .zip(lemma(y))
        .and_then(|(p, q)| crate::lexicon::concept::relate_nouns(lx, p, q))
        .is_some_and(|r| r.alike())
}

/// True when `n` counts a narrower kind of what `m` counts ("brothers" of
/// "people", "children" of "patients" is not): WordNet's hypernyms of the
/// nouns' first senses, within six steps.
fn narrower(n: &NumberMention, m: &NumberMention, lx: &Lexicon) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let (Some(x), Some(y)) = (n.noun.as_deref(), m.noun.as_deref()) else {
        return false;
    };
    let (x, y) = (lx.base(x), lx.base(y));
    if x == y {
        return false;
    }
    let wn = WordNet::builtin();
    let first = |w: &str| {
        wn.lemma(w, Pos::Noun)
            .and_then(|l| wn.senses(l, Pos::Noun).next())
    };
    first(x)
        .zip(first(y))
        .is_some_and(|(s, t)| s != t && wn.is_a(s, t, 6))
}

/// True when `n` counts its noun with a qualifying word `m` lacks, `m`
/// none: "21,000 elementary teachers" are some of "37,800 teachers".
fn qualified(n: &NumberMention, m: &NumberMention, lx: &Lexicon, definite: bool) -> bool {
    let modifiers = |x: &NumberMention| -> Vec<String> {
        let words: Vec<&str> = x.text.split_whitespace().collect();
        // The words before the counted noun, not before a rate after it
        // ("about 38,000 vehicles a day").
        let noun_at = x.noun.as_deref().and_then(|noun| {
            words
                .iter()
                .rposition(|w| w.to_lowercase().starts_with(noun))
        });
        let before = match noun_at {
            Some(i) => &words[..i],
            None => match words.split_last() {
                Some((_, before)) => before,
                None => return Vec::new(),
            },
        };
        before
            .iter()
            .map(|w| w.to_lowercase())
            .filter(|w| {
                w.chars().all(|c| c.is_alphabetic() || c == '-')
                    // A class ("elementary"), not a state ("published papers").
                    && !w.ends_with("ed")
                    && !w.ends_with("en")
                    && !lx.is_stop(w)
                    && !lx.numbers.contains_key(w.as_str())
                    && !matches!(
                        w.as_str(),
                        "about" | "around" | "some" | "nearly" | "almost" | "roughly" | "more"
                            | "fewer" | "less" | "least" | "most" | "over" | "under" | "than"
                            | "approximately" | "just" | "only" | "another" | "other"
                            | "additional" | "further" | "estimated"
                    )
            })
            .collect()
    };
    // A noun names a class ("space heaters", "tank wagons"); an adjective
    // may only describe ("12 innocent civilians"), unless the count is
    // told as a known group ("The federation's 21,000 elementary teachers").
    let wn = crate::lexicon::wordnet::WordNet::builtin();
    let class = |w: &String| wn.lemma(w, crate::lexicon::wordnet::Pos::Adj).is_none();
    let mods = modifiers(n);
    n.unit.is_none()
        && m.unit.is_none()
        && n.noun.is_some()
        && n.noun == m.noun
        && !mods.is_empty()
        && modifiers(m).is_empty()
        && (definite || mods.iter().all(class))
}

/// True when two verbs name one act in the dictionary ("destroy" / "wipe"
/// (out), "injure" / "hurt").
fn verbs_alike(x: &str, y: &str, lx: &Lexicon) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    // Joining is taking part in the act the claim tells ("850 nurses have
    // joined the strike" / "1,200 nurses walked off the job").
    if [x, y]
        .iter()
        .any(|w| matches!(*w, "join" | "joined" | "joins" | "joining"))
    {
        return true;
    }
    let wn = WordNet::builtin();
    let lemmas = |w: &str| -> Vec<crate::lexicon::wordnet::WordId> {
        let mut v = wn.lemmas(w, Pos::Verb);
        // With a particle: "wiped" may be "wipe out".
        for p in ["out", "off", "down", "up"] {
            if let Some(m) = v
                .first()
                .and_then(|&l| wn.word(&format!("{} {p}", wn.text(l))))
            {
                v.push(m);
            }
        }
        v
    };
    let (la, lb) = (lemmas(x), lemmas(y));
    la.iter().any(|&p| {
        lb.iter().any(|&q| {
            crate::lexicon::concept::relate(lx, p, q).is_some_and(|r| {
                matches!(
                    r,
                    crate::lexicon::concept::Relation::Same
                        | crate::lexicon::concept::Relation::Synonym
                        | crate::lexicon::concept::Relation::Kind
                )
            })
        })
    })
}

/// True when two figures measure the same kind of quantity.
pub fn same_quantity(a: &NumberMention, b: &NumberMention, lx: &Lexicon) -> bool {
    // A capacity ("licensed to carry 100") is not a count ("carrying 87").
    // An increment ("150 additional nurses") is not a total ("1,000 nurses").
    // Nor is the whole a share is taken of ("40 percent of the 800,000
    // customers") the share.
    if a.unit != b.unit && (factor(a).is_none() || factor(b).is_none())
        || a.per != b.per
        || a.capacity != b.capacity
        || a.increment != b.increment
        || a.whole != b.whole
        || a.part != b.part && !same_kind_counted(a, b, lx)
        || a.share != b.share
        || a.across_all != b.across_all
        || a.estimate != b.estimate
        || a.away != b.away
        || a.stretch
        || b.stretch
    {
        return false;
    }
    if a.unit.as_deref() == Some("ordinal") {
        return a.noun.is_some() && noun_group(a, lx) == noun_group(b, lx);
    }
    // A measure told as a noun's attribute ("a 44-tonne lorry") is not one
    // told of a quantity ("20 tonnes of gravel").
    let attribute = |n: &NumberMention| {
        n.unit.is_some()
            && n.text
                .split_whitespace()
                .next()
                .is_some_and(|w| w.contains('-') && w.starts_with(|c: char| c.is_ascii_digit()))
    };
    if attribute(a) != attribute(b) {
        return false;
    }
    let (na, nb) = (noun_group(a, lx), noun_group(b, lx));
    let (va, vb) = (verb_group(a, lx), verb_group(b, lx));
    // Counts need something in common: the noun or the verb ("deaths").
    let keys_a = [na.as_deref(), va.as_deref()];
    let keys_b = [nb.as_deref(), vb.as_deref()];
    let shares = keys_a
        .iter()
        .flatten()
        .any(|k| keys_b.iter().flatten().any(|j| j == k));
    if a.unit.is_none() {
        if !shares {
            return false;
        }
        // Different verbs after the same noun count different things
        // ("taken" vs "died"), unless the dictionary makes them one act
        // ("destroyed" / "wiped out").
        if let (Some(x), Some(y)) = (&va, &vb) {
            if x != y && na == nb && !verbs_alike(x, y, lx) {
                return false;
            }
        }
        return true;
    }
    // Money and percentages: a noun right after the figure ("5 per cent
    // mid-point", "£2m bonus") says what it measures; figures measuring
    // named different things, or one named and one not, are not compared.
    let direct =
        |n: &NumberMention, g: &Option<String>| if n.direct_noun { g.clone() } else { None };
    match (direct(a, &na), direct(b, &nb)) {
        (Some(x), Some(y)) => x == y || same_noun(a, b, lx),
        (None, None) => true,
        // One figure named, one not: compared only where the name is found
        // in the other claim (see `check`).
        _ => true,
    }
}

/// True for a noun said of any count of people or time ("people",
/// "years"); "passengers" is specific though it counts people.
fn generic_noun(w: &str, lx: &Lexicon) -> bool {
    w == "people" || GENERIC.contains(&lx.base(w)) && !lx.synonyms.contains_key(w)
}

/// True when two counts of ten or more name one kind of people, by a word
/// more specific than "people": a part of a group ("212 passengers and 14 crew") still counts
/// the passengers of "carrying 186 passengers".
fn same_kind_counted(a: &NumberMention, b: &NumberMention, lx: &Lexicon) -> bool {
    // A few people named one by one ("the driver and one passenger died")
    // may be told loosely ("two passengers died").
    a.unit.is_none()
        && b.unit.is_none()
        && a.value.min(b.value) >= 10.0
        && match (a.noun.as_deref(), b.noun.as_deref()) {
            (Some(x), Some(y)) => {
                // People of one kind: a stat line's parts ("eight
                // touchdowns on 498 rushing yards and 176 receiving yards")
                // are of other games.
                x == y && !generic_noun(x, lx) && lx.base(x) == "person"
            }
            _ => false,
        }
}

/// True for a time of day ("around 4 a.m.", "5pm"): when something
/// happened is a date's matter, and a story tells of many moments.
fn clock_time(n: &NumberMention) -> bool {
    n.noun
        .as_deref()
        .is_some_and(|w| matches!(w, "a.m." | "p.m." | "a.m" | "p.m"))
}

/// True when a figure counts something that grows as a story unfolds.
fn changing(n: &NumberMention, lx: &Lexicon) -> bool {
    [
        n.noun.as_deref(),
        n.verb.as_deref(),
        n.verb_before.as_deref(),
    ]
    .iter()
    .flatten()
    .any(|w| {
        // Regular forms ("hospitalized", "arrested") meet their base form.
        let stems = [
            Some(*w),
            Some(lx.base(w)),
            w.strip_suffix('d'),
            w.strip_suffix("ed"),
            w.strip_suffix('s'),
        ];
        stems.iter().flatten().any(|s| lx.changing.contains(*s))
    })
}

/// True when a bare figure reads as a year or a season, not a count:
/// "the 2008-09 season", "his 2005 season" (four digits, no unit).
fn year_like(n: &NumberMention) -> bool {
    // The figure itself, without the words the text carries around it
    // ("2008-09 season", "about 1630 GMT").
    let words: Vec<&str> = n.text.split_whitespace().collect();
    let Some(k) = words
        .iter()
        .position(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    else {
        return false;
    };
    let t = words[k];
    let after = words
        .get(k + 1)
        .map(|w| w.to_lowercase())
        .unwrap_or_default();
    // A clock time ("1630 GMT") or a street block ("the 12200 block").
    let digits4 = t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit());
    if n.unit.is_none()
        && (digits4 && matches!(after.as_str(), "gmt" | "utc" | "hrs" | "hours" | "local")
            || after == "block" && n.value >= 100.0 && n.value % 100.0 == 0.0)
    {
        return true;
    }
    let digits = |s: &str, k: usize| s.len() == k && s.bytes().all(|b| b.is_ascii_digit());
    let (head, tail) = t.split_once(['-', '–', '/']).unwrap_or((t, ""));
    n.unit.is_none()
        && digits(head, 4)
        && (tail.is_empty() || digits(tail, 2) || digits(tail, 4))
        && (1800.0..=2100.0).contains(&n.value)
}

/// A later article with a higher toll updates an earlier one.
fn is_update(a: &Claim, na: &NumberMention, b: &Claim, nb: &NumberMention, lx: &Lexicon) -> bool {
    let words = |c: &Claim| -> Vec<String> {
        c.content_text()
            .split(|ch: char| !ch.is_alphanumeric())
            .map(str::to_lowercase)
            .collect()
    };
    let tally_words = |w: &[String]| {
        w.windows(2).any(|w| {
            matches!(
                (w[0].as_str(), w[1].as_str()),
                ("as", "of") | ("so", "far") | ("by", "now") | ("to", "date") | ("thus", "far")
            )
        })
    };
    // A tally told as one so far ("as of Tuesday morning", "so far", "to
    // date", "by now"), whatever it counts: "had so far raised £272,000".
    // Of a changing count, anywhere in the claim; of anything else, right
    // before the figure ("has so far helped 400 families", not "was set
    // up with 12 volunteers and has so far helped ...").
    let near = |c: &Claim, n: &NumberMention| {
        let mut w: Vec<String> = words_before(c, n, 5).collect();
        w.reverse();
        tally_words(&w)
    };
    // Or the people a claim's act brings out of danger, a count that grows
    // ("Rescuers pull 17 miners from the mine", a headline's present tense;
    // not "pulled 5,000 cars from sale").
    let object_of_change = |c: &Claim, n: &NumberMention| {
        c.frame.predicate.as_ref().is_some_and(|p| {
            p.lemma.split_whitespace().next().is_some_and(|v| {
                matches!(
                    v,
                    "pull" | "lift" | "airlift" | "winch" | "bring" | "evacuate"
                ) || lx.changing.contains(v)
            })
        }) && c.frame.object.as_ref().is_some_and(|o| {
            o.span.start() <= n.span.start() && n.span.end() <= o.span.end() && {
                let head = o.head.to_lowercase();
                crate::parse::names::person_noun(&head)
                    || super::negation::many_people(&head)
                    || head == "people"
            }
        })
    };
    let changes =
        changing(na, lx) || changing(nb, lx) || object_of_change(a, na) || object_of_change(b, nb);
    if !(changes || near(a, na) || near(b, nb)) {
        return false;
    }
    // A running count ("three hikers were still missing", "remain
    // missing") is one moment of a tally. Not two counts of the same day:
    // those clash.
    let running = |c: &Claim, n: &NumberMention| {
        near(c, n)
            || changes && {
                let w = words(c);
                tally_words(&w)
                    || w.iter()
                        .any(|w| matches!(w.as_str(), "still" | "remain" | "remains" | "remained"))
            }
    };
    // A tally of anything grows: an earlier report's larger sum is no
    // update.
    let grows = match (a.facts.doc_date, b.facts.doc_date) {
        (Some(da), Some(db)) if da != db => (da < db) == (na.value < nb.value),
        _ => true,
    };
    if (running(a, na) || running(b, nb))
        && super::date::gap_days(a, b) != Some(0)
        && (changes || grows)
    {
        return true;
    }
    if !changes {
        return false;
    }
    match (a.facts.doc_date, b.facts.doc_date) {
        (Some(da), Some(db)) if da != db => (da < db) == (na.value < nb.value),
        _ => false,
    }
}

/// A figure that names what it measures ("£2.4bn deal", "5 per cent
/// mid-point") meets an unnamed one only when the other claim says that word
/// too ("agreed to buy ... for about £2.1 billion" in a story of the deal).
fn named_in(na: &NumberMention, nb: &NumberMention, a: &Claim, b: &Claim, lx: &Lexicon) -> bool {
    if na.unit.is_none() {
        return true;
    }
    let has = |c: &Claim, noun: &str| {
        let base = lx.base(noun);
        c.facts
            .words()
            .any(|w| w == base || w.starts_with(base) || base.starts_with(w))
    };
    match (
        na.direct_noun.then_some(na.noun.as_deref()).flatten(),
        nb.direct_noun.then_some(nb.noun.as_deref()).flatten(),
    ) {
        (Some(x), None) => has(b, x),
        (None, Some(y)) => has(a, y),
        _ => true,
    }
}

/// True unless every word of change in the claim is parted from the
/// figure by a clause of another event: "Shares fell 6.8% after a jury
/// ordered the company to pay $198 million" moves the share price, not the
/// award. (A claim made an update by its source or cue stays one.)
fn update_of(c: &Claim, n: &NumberMention, lx: &Lexicon) -> bool {
    if !c.facts.update {
        return false;
    }
    let words: Vec<(usize, String)> = c
        .text
        .split_whitespace()
        .scan(0usize, |at, w| {
            let start = c.text[*at..].find(w).map_or(*at, |k| *at + k);
            *at = start + w.len();
            Some((start + c.span.start(), w.to_lowercase()))
        })
        .collect();
    let changes: Vec<usize> = words
        .iter()
        .filter(|(_, w)| {
            lx.update
                .contains(w.trim_matches(|ch: char| !ch.is_alphanumeric()))
        })
        .map(|(at, _)| *at)
        .collect();
    if changes.is_empty() {
        return true;
    }
    let figure = n.span.start();
    changes.iter().any(|&at| {
        let (lo, hi) = if at < figure {
            (at, figure)
        } else {
            (figure, at)
        };
        !words.iter().any(|(w_at, w)| {
            *w_at > lo
                && *w_at < hi
                && matches!(
                    w.as_str(),
                    "after" | "when" | "because" | "following" | "before"
                )
        })
    })
}

/// True when the figure is where the claim's act of change took its
/// subject: "fell to minus 4.5 degrees", "dropped as low as minus 7".
fn moved_to(c: &Claim, n: &NumberMention, lx: &Lexicon) -> bool {
    c.frame.predicate.as_ref().is_some_and(|p| {
        let lemma = p.lemma.split_whitespace().next().unwrap_or("");
        let between = c
            .text
            .get(
                p.span.end().saturating_sub(c.span.start())
                    ..n.span.start().saturating_sub(c.span.start()),
            )
            .map(|t| t.split_whitespace().collect::<Vec<_>>());
        (lx.update.contains(lemma) || lx.update.contains(p.text.to_lowercase().as_str()))
            // An end level ("to", "as low as"), not an amount of change
            // ("fell 12%", "dropped by 12 degrees").
            && between.is_some_and(|w| {
                w.len() <= 4
                    && w.iter().any(|x| matches!(*x, "to" | "low" | "high"))
                    && w.iter().all(|x| {
                        matches!(
                            *x,
                            "to" | "as" | "low" | "high" | "about" | "around" | "some" | "minus"
                        )
                    })
            })
    })
}

/// True when the claim has the same measure, unit and value, whatever it
/// is said of: "the remaining £60,000" is "the other £60,000" though one
/// reads as a stretch of a whole.
fn written_in(c: &Claim, n: &NumberMention) -> bool {
    n.unit.is_some()
        && c.numbers
            .iter()
            .take(super::DETAIL)
            .any(|x| x.unit == n.unit && x.value == n.value && x.qualifier == n.qualifier)
}

/// True when the claim tells the figure bare after one of its quantity,
/// its noun left out: "played for 11 seasons and served as an assistant
/// coach for seven" has seven seasons.
fn elided_in(c: &Claim, n: &NumberMention, other: &Claim, lx: &Lexicon) -> bool {
    // Said of the same act: a word near the bare figure is near the other
    // side's ("served as an assistant coach for seven" / "serving seven
    // seasons as an assistant coach"; not "coached them for seven" /
    // "played seven seasons").
    let near = |k: &Claim, at: usize, end: usize| -> Vec<String> {
        let before: Vec<&str> = k.text_before(at).split_whitespace().collect();
        let after: Vec<&str> = k.text_after(end).split_whitespace().collect();
        before[before.len().saturating_sub(6)..]
            .iter()
            .chain(after.iter().take(6))
            .map(|w| {
                w.trim_matches(|ch: char| !ch.is_alphanumeric())
                    .to_lowercase()
            })
            .filter(|w| w.len() > 2 && !lx.is_stop(w))
            .map(|w| lx.base(&w).to_string())
            .filter(|w| n.noun.as_deref().is_none_or(|m| lx.base(m) != w.as_str()))
            .collect()
    };
    let theirs = near(other, n.span.start(), n.span.end());
    let numbers = || c.numbers.iter().take(super::DETAIL);
    // Not the subject of a verb of its own: "Five people died and 12 were
    // injured".
    let own_verb = |x: &NumberMention| {
        c.text_after(x.span.end())
            .split_whitespace()
            .next()
            .is_some_and(|w| lx.is_aux(&w.to_lowercase()) || w.ends_with("ed"))
    };
    numbers().any(|x| {
        x.noun.is_none()
            && x.unit.is_none()
            && !own_verb(x)
            && n.unit.is_none()
            && x.value == n.value
            && numbers().any(|p| p.span.start() < x.span.start() && same_quantity(p, n, lx))
            && near(c, x.span.start(), x.span.end())
                .iter()
                .any(|w| theirs.contains(w))
    })
}

/// True when a figure lies between two figures of the same quantity on the
/// other side: "the 5 per cent mid-point" of "a range of 2.5% to 7.5%".
fn within_range(n: &NumberMention, others: &[&NumberMention]) -> bool {
    if others.len() < 2 {
        return false;
    }
    let lo = others.iter().map(|o| o.value).fold(f64::INFINITY, f64::min);
    let hi = others
        .iter()
        .map(|o| o.value)
        .fold(f64::NEG_INFINITY, f64::max);
    lo <= n.value && n.value <= hi
}

/// True for a currency unit: currencies are the units named by an ISO code
/// ("USD", "EUR").
fn currency(u: &str) -> bool {
    u.len() == 3 && u.bytes().all(|b| b.is_ascii_uppercase())
}

/// True for a sum of money in brackets right after another, its
/// conversion into another currency: "$US1 million ($1.52 million)".
fn converted(c: &Claim, n: &NumberMention) -> bool {
    if !n.unit.as_deref().is_some_and(currency) {
        return false;
    }
    let rel = |at: usize| at.checked_sub(c.span.start());
    let Some(start) = rel(n.span.start()) else {
        return false;
    };
    let before = c.text.get(..start).unwrap_or("").trim_end();
    let Some(inside) = before.strip_suffix('(') else {
        return false;
    };
    let inside = inside.trim_end();
    // The sum before the bracket, read or not ("$US1 million"): a
    // currency sign and a figure right before it.
    let last = inside.rsplit(' ').take(2).collect::<Vec<_>>();
    let money_before = last
        .iter()
        .any(|w| w.contains(['$', '£', '€', '¥']) && w.contains(|ch: char| ch.is_ascii_digit()))
        && (inside.ends_with(|ch: char| ch.is_ascii_digit())
            || ["million", "billion", "bn", "m"]
                .iter()
                .any(|s| inside.ends_with(s)));
    money_before
        || c.numbers.iter().any(|m| {
            m.span.end() <= n.span.start()
                && m.unit.as_deref().is_some_and(currency)
                && rel(m.span.end()).is_some_and(|e| e == inside.len())
        })
}

/// True when a figure is of each one of a group: its owner is "each" or
/// "every" one ("Each rower pulled 300,000 strokes"), or "apiece" follows
/// it. Not "each" elsewhere ("Tickets cost £40 each" is a price).
fn each_one(c: &Claim, n: &NumberMention) -> bool {
    let owner_each = figure(c, n)
        .and_then(|f| f.owner.as_ref())
        .is_some_and(|o| {
            let first = o
                .text
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_lowercase();
            matches!(first.as_str(), "each" | "every")
        });
    let apiece = c
        .text_after(n.span.end())
        .split_whitespace()
        .take(3)
        .any(|w| {
            w.trim_matches(|ch: char| !ch.is_alphanumeric())
                .eq_ignore_ascii_case("apiece")
        });
    owner_each || apiece
}

/// What a distance away is measured from: the words after "of" or "from"
/// behind it, to the clause's end ("three miles south of the town" ->
/// "town"), base forms of content words; empty when none is told ("35
/// miles away").
fn reference(c: &Claim, n: &NumberMention, lx: &Lexicon) -> Vec<String> {
    if !n.away {
        return Vec::new();
    }
    let mut words = c.text_after(n.span.end()).split_whitespace().peekable();
    while words
        .next_if(|w| {
            let w = w.to_lowercase();
            w.split('-').all(crate::lexicon::is_compass) || matches!(w.as_str(), "away" | "due")
        })
        .is_some()
    {}
    if !words.next().is_some_and(|w| matches!(w, "of" | "from")) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for w in words.take(6) {
        let word = w
            .trim_matches(|ch: char| !ch.is_alphanumeric())
            .to_lowercase();
        if matches!(word.as_str(), "and" | "which" | "where" | "when" | "while") {
            break;
        }
        if !word.is_empty() && !lx.is_stop(&word) {
            out.push(lx.base(&word).to_string());
        }
        if w.ends_with([',', ';', '.', ')']) {
            break;
        }
    }
    out
}

/// True when two to four figures of one quantity add up to another: "4.5
/// percent this year and 3 percent the next" / "7.5 percent over two years".
/// The parts are the claim's figures of the whole's quantity, each told
/// as part of a group or not ("4.5 percent ... and 3 percent").
fn sums_to(c: &Claim, whole: &NumberMention, lx: &Lexicon) -> bool {
    // A bare figure after "with" or "and" counts what the figure before it
    // counts ("compared 12 schools that shifted with 12 that did not").
    let elliptic = |x: &NumberMention| {
        x.noun.is_none()
            && x.unit.is_none()
            && words_before(c, x, 1).any(|w| matches!(w.as_str(), "with" | "and" | "against"))
            // "with 12 that did not", not "with 3 still missing".
            && c.text_after(x.span.end())
                .split_whitespace()
                .next()
                .is_some_and(|w| matches!(w, "that" | "which" | "who"))
    };
    let mut parts: Vec<&NumberMention> = c
        .numbers
        .iter()
        .take(super::DETAIL)
        .filter(|x| {
            let mut x = (*x).clone();
            x.part = whole.part;
            same_quantity(&x, whole, lx)
        })
        .collect();
    let bare: Vec<&NumberMention> = c
        .numbers
        .iter()
        .take(super::DETAIL)
        .filter(|x| elliptic(x) && parts.iter().any(|p| p.span.start() < x.span.start()))
        .collect();
    parts.extend(&bare);
    // Parts told together ("4.5 percent ... and 3 percent"), not figures
    // of two measures in two clauses ("inflation was 4.5% and
    // unemployment was 3%").
    if !(2..=4).contains(&parts.len())
        || parts.iter().any(|p| p.qualifier.is_some())
        || !parts.iter().any(|p| p.part) && bare.is_empty()
    {
        return false;
    }
    let mut sum = whole.clone();
    sum.value = parts.iter().map(|p| p.value).sum();
    sum.qualifier = None;
    compatible(&sum, whole)
}

/// True when two figures count the very same named thing and nothing says
/// they differ in what happened to it ("87 passengers" / "112 passengers on
/// board"): such a pair needs less overall likeness to be compared.
pub fn specific(a: &NumberMention, b: &NumberMention, lx: &Lexicon) -> bool {
    // A speed, length or weight is as telling as a counted noun.
    // Of one thing, or of nothing named ("a 44-tonne lorry" weighs the
    // lorry, "20 tonnes of gravel" the gravel).
    if crate::parse::number::measure(a.unit.as_deref()).is_some()
        && a.unit == b.unit
        && noun_group(a, lx) == noun_group(b, lx)
    {
        return true;
    }
    // An earthquake has one size, however the act is worded ("measured
    // magnitude 2.9" / "registered 3.4 on the Richter scale").
    if a.unit.as_deref() == Some("magnitude") && b.unit == a.unit {
        return true;
    }
    let (va, vb) = (verb_group(a, lx), verb_group(b, lx));
    let verbs = match (&va, &vb) {
        (Some(x), Some(y)) => x == y || verbs_alike(x, y, lx),
        (x, y) => x == y,
    };
    // More of a narrower kind than of the wider, by one act, is more of the
    // wider too ("Four people were arrested" / "six protesters were
    // arrested"); fewer may be a part.
    let more_of_a_kind = |n: &NumberMention, m: &NumberMention| {
        va.is_some() && vb.is_some() && n.value > m.value && narrower(n, m, lx)
    };
    a.direct_noun
        && b.direct_noun
        && verbs
        && a.unit.is_none()
        && b.unit.is_none()
        && (noun_group(a, lx) == noun_group(b, lx) || more_of_a_kind(a, b) || more_of_a_kind(b, a))
}

/// Figures the two claims agree on: same quantity, compatible values, and
/// telling (a unit, or a count of ten or more).
pub fn agreeing(a: &Claim, b: &Claim, lx: &Lexicon) -> usize {
    a.numbers
        .iter()
        .take(super::DETAIL)
        .filter(|na| {
            na.unit.as_deref() != Some("ordinal") && (na.unit.is_some() || na.value >= 10.0)
        })
        .filter(|na| {
            b.numbers
                .iter()
                .take(super::DETAIL)
                .any(|nb| same_quantity(na, nb, lx) && compatible(na, nb))
        })
        .count()
}

/// What a claim tells of one of its figures (its owner and scope).
fn figure<'c>(c: &'c Claim, n: &NumberMention) -> Option<&'c crate::claims::Figure> {
    c.numbers
        .iter()
        .position(|x| std::ptr::eq(x, n))
        .and_then(|i| c.facts.figures.get(i))
}

/// True unless the two figures belong to different people or places: "Gregory
/// Echenique had 11 rebounds" is not "Artino added six rebounds"; "52
/// percent in Egypt" is not "82 percent in India".
fn same_holder(
    a: &Claim,
    na: &NumberMention,
    b: &Claim,
    nb: &NumberMention,
    names: &Names,
    lx: &Lexicon,
) -> bool {
    let (Some(fa), Some(fb)) = (figure(a, na), figure(b, nb)) else {
        return true;
    };
    if let (Some(x), Some(y)) = (&fa.scope, &fb.scope) {
        if key(x) != key(y) {
            return false;
        }
    }
    // A figure of a whole area is not one of a part of it.
    let whole = |s: &Option<String>| {
        s.as_deref()
            .is_some_and(|w| crate::claims::WHOLE_AREA.contains(&w))
    };
    if whole(&fa.scope) != whole(&fb.scope) {
        return false;
    }
    if joint_and_one(a, na, b, nb) || joint_and_one(b, nb, a, na) {
        return false;
    }
    // A figure of a name the other claim names beside a figure of
    // something else ("Historic Environment Scotland has provided £60,000"
    // / "The dig is costing £85k, most of it covered by a grant from
    // Historic Environment Scotland").
    // Named after our figure, in a clause of its own: not the owner of a
    // thing ("the dam at Kestrel Copper's mine released 4.2 million
    // gallons").
    let named_apart = |c: &Claim,
                       n_ours: &NumberMention,
                       ours: &crate::claims::Figure,
                       theirs: &crate::claims::Figure| {
        let Some(n) = theirs.owner.as_ref().filter(|p| p.name) else {
            return false;
        };
        // A part of our sum told before the name ("most of it covered by a
        // grant from"), not all of it ("all of it paid by").
        let part_between = |at: usize| {
            let from = n_ours.span.end().saturating_sub(c.span.start());
            let to = at.saturating_sub(c.span.start());
            c.text.get(from..to).is_some_and(|t| {
                t.split(|ch: char| !ch.is_alphanumeric()).any(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "most" | "part" | "some" | "half" | "share" | "portion" | "rest" | "much"
                    )
                })
            })
        };
        ours.owner.as_ref().is_some_and(|p| !p.name && !p.pronoun)
            && c.entities
                .iter()
                .map(|e| (e.span, &e.name))
                .chain(c.places.iter().map(|p| (p.span, &p.name)))
                .any(|(span, name)| {
                    span.start() > n_ours.span.end()
                        && part_between(span.start())
                        && super::event::names_overlap(name, &n.head)
                })
    };
    if named_apart(a, na, fa, fb) || named_apart(b, nb, fb, fa) {
        return false;
    }
    super::event::fit(fa.owner.as_ref(), fb.owner.as_ref(), names, lx)
        != super::event::Fit::Different
}

/// The names told together before a figure: "Grants from the Heritage Fund
/// and the Art Fund accounted for £1.5m" holds the pair (Heritage Fund, Art
/// Fund), two names with only "and" (and an article) between them.
fn joint_names(c: &Claim, n: &NumberMention) -> Option<(String, String)> {
    let before: Vec<&crate::claims::EntityRef> = c
        .entities
        .iter()
        .filter(|e| e.span.end() <= n.span.start())
        .collect();
    before.windows(2).rev().find_map(|w| {
        let between = c
            .text
            .get(
                w[0].span.end().checked_sub(c.span.start())?
                    ..w[1].span.start().checked_sub(c.span.start())?,
            )?
            .trim()
            .to_lowercase();
        matches!(between.as_str(), "and" | "and the" | "and its" | "&")
            .then(|| (key(&w[0].name), key(&w[1].name)))
    })
}

/// True when one figure is of two holders together and the other of one of
/// them alone: "the Heritage Fund, which gave £1.1m" is a part of "Grants
/// from the Heritage Fund and the Art Fund accounted for £1.5m".
fn joint_and_one(a: &Claim, na: &NumberMention, b: &Claim, nb: &NumberMention) -> bool {
    let Some((x, y)) = joint_names(b, nb) else {
        return false;
    };
    if joint_names(a, na).is_some_and(|(p, q)| [&p, &q].contains(&&x) && [&p, &q].contains(&&y)) {
        return false;
    }
    // The nearest name before our figure is one of the pair.
    a.entities
        .iter()
        .rfind(|e| e.span.end() <= na.span.start())
        .is_some_and(|e| {
            let k = key(&e.name);
            k == x || k == y
        })
}

/// True when a sum of money is said as what something is worth ("have an
/// estimated combined value of about 4 million euros", "are worth an
/// estimated 6 million euros", "valued at £2m"): a valuation, one figure of
/// its thing whatever verb carries it.
pub fn valuation(c: &Claim, n: &NumberMention) -> bool {
    let before: Vec<String> = words_before(c, n, 5).collect();
    // What a thing cost: "cost £18 million", "came in at eighteen million
    // pounds".
    let came_in_at = before.len() >= 3
        && before[0] == "at"
        && before[1] == "in"
        && matches!(before[2].as_str(), "came" | "come" | "comes" | "coming");
    n.unit.as_deref().is_some_and(currency)
        && (came_in_at
            || before.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "worth" | "value" | "valued" | "valuation" | "priced" | "cost" | "costing"
                )
            }))
}

/// True when both claims value something at one sum ("valued at about
/// £3.5 million" / "The haul is worth £3.5m"): told alike however few
/// other words they share.
pub fn valued_alike(a: &Claim, b: &Claim) -> bool {
    a.numbers.iter().take(super::DETAIL).any(|x| {
        valuation(a, x)
            && b.numbers
                .iter()
                .take(super::DETAIL)
                .any(|y| valuation(b, y) && x.unit == y.unit && compatible(x, y))
    })
}

/// Up to `k` words of a claim right before one of its figures, nearest
/// first, lowercase and without the punctuation around them.
pub(super) fn words_before(c: &Claim, n: &NumberMention, k: usize) -> impl Iterator<Item = String> {
    c.text_before(n.span.start())
        .split_whitespace()
        .rev()
        .take(k)
        .map(|w| {
            w.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '\'' && ch != '’')
                .to_lowercase()
        })
}

/// True when a figure is told as a named thing's own: a name's possessive
/// before it ("Beech Lane's 11,200 patients") or a name right after its
/// noun ("7,200 patients registered at Orchard").
fn named_owner(c: &Claim, n: &NumberMention) -> bool {
    let possessive = c
        .text_before(n.span.start())
        .split_whitespace()
        .rev()
        .take(2)
        .any(|w| w.starts_with(char::is_uppercase) && (w.ends_with("'s") || w.ends_with("’s")));
    let after: Vec<&str> = c
        .text_after(n.span.end())
        .split_whitespace()
        .take(4)
        .collect();
    let named_after = after.windows(2).any(|w| {
        matches!(w[0], "at" | "of" | "from" | "in")
            && w[1].starts_with(char::is_uppercase)
            && !w[1].starts_with("The")
    });
    possessive || named_after
}

/// True when a figure is told as the sum of several ("between them care
/// for 18,400 patients", "a combined 18,400", "18,400 in total", "will
/// combine to serve 18,400").
fn combined(c: &Claim, n: &NumberMention) -> bool {
    let before: Vec<String> = words_before(c, n, 6).collect();
    let after: Vec<String> = c
        .text_after(n.span.end())
        .split_whitespace()
        .take(4)
        .map(|w| {
            w.trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let pair = |ws: &[String], x: &str, y: &str| ws.windows(2).any(|w| w[0] == x && w[1] == y);
    // (Of things joined: "will combine to serve", "the merged bank's".)
    before.iter().chain(&after).any(|w| {
        matches!(w.as_str(), "together" | "altogether" | "jointly" | "totalling" | "totaling")
            || w.starts_with("combin")
            || w.starts_with("merge")
    }) || pair(&before, "them", "between")
        // "a total of" (not "Of the total cost, £6.5 million").
        || pair(&before, "total", "a")
        || pair(&after, "in", "total")
        || pair(&after, "in", "all")
}

/// True for the size of the earthquake a story tells, whatever the verb
/// ("The tremor measured magnitude 2.9" / "The quake registered 3.4"); not of
/// "a" quake, which may be another one or any ("In February, a quake
/// measuring 6.4 hit ...", "A magnitude 6 quake can cause severe damage").
/// Nor of an aftershock or of a quake of a year named (see `other_quake`).
pub fn quake_size(c: &Claim, n: &NumberMention) -> bool {
    n.unit.as_deref() == Some("magnitude")
        && !words_before(c, n, 6).any(|w| matches!(w.as_str(), "a" | "an"))
        && !other_quake(c)
}

/// True when a claim tells of an aftershock, a foreshock or a quake of a
/// year it names ("The 1998 quake, magnitude 5.0"): not the story's quake.
fn other_quake(c: &Claim) -> bool {
    let t = c.text.to_lowercase();
    t.contains("aftershock")
        || t.contains("foreshock")
        || t.split(|ch: char| !ch.is_ascii_digit())
            .any(|w| w.len() == 4 && w.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y)))
}

/// True for a figure reached by a time within the whole ("had covered 25.3
/// km after 30 minutes", "led by 12 points after the first half"): a split,
/// not the final figure.
fn split_time(c: &Claim, n: &NumberMention) -> bool {
    // A measure covered so far (a distance, a time), not a count of acts
    // ("convicted on 12 counts after 10 hours of deliberation").
    if crate::parse::number::measure(n.unit.as_deref()).is_none() {
        return false;
    }
    let rest = c.text_after(n.span.end()).to_lowercase();
    let mut words = rest
        .split(|ch: char| !ch.is_alphanumeric() && ch != '.')
        .filter(|w| !w.is_empty());
    words.next() == Some("after")
        && words.take(4).any(|w| {
            matches!(
                w,
                "minute"
                    | "minutes"
                    | "hour"
                    | "hours"
                    | "lap"
                    | "laps"
                    | "half"
                    | "quarter"
                    | "innings"
                    | "round"
                    | "rounds"
                    | "stage"
                    | "stages"
            )
        })
}

/// True for a figure told of a share of the things a claim is about, not
/// of them all: "Four of the paintings were bought by a museum, which paid
/// 1.1 million euros" is no total paid for the paintings. The share comes
/// first: in "a network of 310 branches, and 35 of those will close" the
/// figure is the whole.
fn of_a_share(c: &Claim, n: &NumberMention) -> bool {
    !n.share
        && c.numbers
            .iter()
            .take(super::DETAIL)
            .any(|x| x.share && x.span.start() < n.span.start())
}

/// True when two shares of a group are told of one thing: a word after
/// each figure meets ("Two of the lost containers held lithium-ion
/// batteries" / "Three of the containers ... were loaded with lithium-ion
/// batteries"; not "Two of the passengers were British" / "Three of the
/// passengers were German").
fn shares_alike(
    a: &Claim,
    na: &NumberMention,
    b: &Claim,
    nb: &NumberMention,
    lx: &Lexicon,
) -> bool {
    let words = |c: &Claim, n: &NumberMention| -> Vec<String> {
        c.text_after(n.span.end())
            .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
            .map(str::to_lowercase)
            .filter(|w| w.len() > 2 && !lx.is_stop(w))
            .map(|w| lx.base(&w).to_string())
            .filter(|w| Some(w.as_str()) != n.noun.as_deref())
            .take(8)
            .collect()
    };
    let (wa, wb) = (words(a, na), words(b, nb));
    wa.iter().any(|w| wb.contains(w))
}

/// True for two shares that make up a whole between them ("leaving Penrith
/// investors with about 62%" / "Kestrel shareholders will own about 38%";
/// "52% voted for" / "48% against"): the two sides of one split, each told
/// by one outlet.
fn complementary(a: &Claim, na: &NumberMention, b: &Claim, nb: &NumberMention) -> bool {
    // Shares held ("leaving X with", "will own", "hold"), not one measure
    // read twice ("support stands at 55 percent" / "at 45 percent").
    let held = |c: &Claim, n: &NumberMention| {
        words_before(c, n, 3).any(|w| {
            matches!(
                w.as_str(),
                "with"
                    | "own"
                    | "owns"
                    | "owned"
                    | "hold"
                    | "holds"
                    | "held"
                    | "keep"
                    | "keeps"
                    | "control"
                    | "controls"
                    | "stake"
                    | "receive"
                    | "get"
            )
        })
    };
    held(a, na)
        && held(b, nb)
        && na.unit.as_deref() == Some("percent")
        && nb.unit.as_deref() == Some("percent")
        && na.value != nb.value
        && ((na.value + nb.value) - 100.0).abs() <= 0.5
}

/// The ages a claim gives named individuals, with who holds each: "Dale
/// Whitcomb, 52,", "Tamsin, a 7-year-old male", "a 3-year-old male named
/// Tamsin", "52-year-old Tom Hale".
pub fn aged(c: &Claim) -> Vec<(&str, &NumberMention)> {
    use crate::parse::NameKind;
    let slice = |x: usize, y: usize| {
        let (x, y) = (
            x.checked_sub(c.span.start())?,
            y.checked_sub(c.span.start())?,
        );
        c.text.get(x..y)
    };
    let mut out = Vec::new();
    for n in c.numbers.iter().take(super::DETAIL) {
        let age = n.unit.as_deref() == Some("age");
        // A bare whole number set off after a name is its age (the wire
        // style): "Alan Tregear, 71, a retired postman".
        let bare = n.unit.is_none()
            && n.noun.is_none()
            && n.value.fract() == 0.0
            && (1.0..=115.0).contains(&n.value)
            && n.text.bytes().all(|b| b.is_ascii_digit())
            && slice(n.span.end(), c.span.end())
                .is_some_and(|t| t.is_empty() || t.starts_with([',', ';', ')']));
        if !age && !bare {
            continue;
        }
        let holder = c
            .entities
            .iter()
            .filter(|e| matches!(e.kind, NameKind::Person | NameKind::Other))
            .find(|e| {
                if e.span.end() <= n.span.start() {
                    let between = slice(e.span.end(), n.span.start()).unwrap_or("");
                    between == ", " || age && matches!(between, ", a " | ", an " | ", aged ")
                } else if age && n.span.end() <= e.span.start() {
                    let between = slice(n.span.end(), e.span.start()).unwrap_or("");
                    between == " "
                        || (between.ends_with(" named ") || between.ends_with(" called "))
                            && between.split_whitespace().count() <= 3
                } else {
                    false
                }
            });
        if let Some(e) = holder {
            out.push((e.name.as_str(), n));
        }
    }
    out
}

/// Two ages given one named individual by reports dated within a month
/// of each other: who, and the two figures. Undated reports may be years
/// apart ("Orozco, 27, was found hiding" / "the jury found Orozco, 29,
/// guilty").
pub fn ages_apart<'a>(
    a: &'a Claim,
    b: &'a Claim,
    names: &Names,
) -> Option<(&'a str, &'a NumberMention, &'a NumberMention)> {
    let (Some(da), Some(db)) = (a.facts.doc_date, b.facts.doc_date) else {
        return None;
    };
    let apart = da.days_to(db)?;
    if apart.abs() > super::MAX_APART_DAYS {
        return None;
    }
    // An age of another time: a claim dated a month or more from its
    // report ("In 1984 Arthur Penhale, 50, led the walkout", "when he
    // stabbed the victim in 2023"), or a birthday told ("who turned 30").
    // A date in a relative clause after the age is of something else the
    // holder did ("Tamsin, a 7-year-old male who came from a zoo in 2021").
    let of_another_time = |c: &Claim, own: crate::parse::date::CivilDate, n: &NumberMention| {
        c.dates.iter().any(|d| {
            let relative = d.span.start() > n.span.end()
                && c.text_before(d.span.start())
                    .get(n.span.end().saturating_sub(c.span.start())..)
                    .is_some_and(|t| {
                        t.split_whitespace()
                            .any(|w| matches!(w, "who" | "which" | "whose"))
                    });
            !relative
                && d.range.is_some_and(|r| {
                    own.days_to(r.start)
                        .is_none_or(|g| g.abs() > super::MAX_APART_DAYS)
                })
        }) || c
            .content_text()
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|w| matches!(w, "turned" | "turns" | "birthday"))
    };
    for (ha, na) in aged(a)
        .into_iter()
        .filter(|(_, n)| !of_another_time(a, da, n))
    {
        for (hb, nb) in aged(b)
            .into_iter()
            .filter(|(_, n)| !of_another_time(b, db, n))
        {
            let one = key(ha) == key(hb) || names.same_person(ha, hb);
            // A year apart in reports of two days: a birthday between.
            let birthday = apart != 0 && (na.value - nb.value).abs() == 1.0;
            if one && na.value != nb.value && !birthday {
                return Some((ha, na, nb));
            }
        }
    }
    None
}

/// True when some other claim of `c`'s document tells figure `n` of the
/// other report as a total of the same unit ("bringing the total bill to
/// £23,700" / "ordered to pay more than £23,000"): the report agrees on the
/// total, and its own different figure is a part of it ("fined £18,500").
pub fn total_told_elsewhere(claims: &[Claim], c: &Claim, n: &NumberMention) -> bool {
    if n.unit.is_none() || year_like(n) || clock_time(n) {
        return false;
    }
    claims
        .iter()
        .filter(|o| o.doc == c.doc && o.id != c.id)
        .filter(|o| {
            let words = super::lower_words(o.content_text());
            words
                .iter()
                .any(|w| matches!(w.as_str(), "total" | "altogether" | "overall"))
                || words.windows(2).any(|w| w[0] == "in" && w[1] == "all")
        })
        .flat_map(|o| o.numbers.iter().take(super::DETAIL))
        .any(|m| m.unit == n.unit && compatible(n, m))
}

/// True when a claim tells a figure of one part by "alone" after it ("the
/// new roof alone had cost about £6,000", "Ending the contract alone will
/// save"): no figure of the whole it is part of. Not a person or thing
/// left so ("lived alone", "was left alone", "alone in the house").
fn told_alone(c: &Claim) -> Option<String> {
    let written: Vec<&str> = c.content_text().split_whitespace().collect();
    let words: Vec<String> = super::lower_words(c.content_text());
    words.iter().enumerate().find_map(|(k, w)| {
        let before = words.get(k.checked_sub(1)?)?;
        // A person named alone is no part ("Hart alone was ordered").
        let named = written.iter().any(|x| {
            x.trim_matches(|ch: char| !ch.is_alphanumeric())
                .eq_ignore_ascii_case(before)
                && x.starts_with(char::is_uppercase)
        }) && k > 1;
        (w == "alone"
            && !named
            // "on the opening day alone": a time, told as the only one.
            && !crate::syntax::tag::time_noun(before)
            // "was travelling alone", "lived alone": how someone did a thing.
            && !before.ends_with("ing")
            && !before.ends_with("ed")
            && !matches!(
                before.as_str(),
                "left" | "leave" | "leaves" | "live" | "lives" | "be" | "is" | "are" | "was"
                    | "were" | "been" | "not" | "stand" | "stood" | "stands" | "go" | "went"
            )
            && words.get(k + 1).is_none_or(|n| !matches!(n.as_str(), "in" | "at" | "with" | "on")))
        .then(|| before.clone())
    })
}

/// True when one claim tells a part alone that the other does not name
/// ("the new roof alone had cost" / "spent £9,000 on repairs").
fn part_alone_against_whole(a: &Claim, b: &Claim) -> bool {
    // Named as the thing itself, not as one item of a whole ("on repairs,
    // including a new roof").
    let names = |c: &Claim, w: &str| {
        let words = super::lower_words(c.content_text());
        words.iter().enumerate().any(|(k, x)| {
            x == w
                && !words[k.saturating_sub(3)..k]
                    .iter()
                    .any(|p| matches!(p.as_str(), "including" | "includes" | "include" | "plus"))
        })
    };
    match (told_alone(a), told_alone(b)) {
        (Some(w), None) => !names(b, &w),
        (None, Some(w)) => !names(a, &w),
        _ => false,
    }
}

/// A number contradiction between two aligned claims: the two figures.
pub fn check<'a>(
    a: &'a Claim,
    b: &'a Claim,
    lx: &Lexicon,
    names: &Names,
    sim: f64,
    min_sim: f64,
    ev: &super::event::EventMatch,
) -> Option<(&'a NumberMention, &'a NumberMention)> {
    use super::event::Fit;
    // Frames of one event: "destroyed about 140 homes" / "85 houses were
    // wiped out".
    let one_event = ev.same_event() && ev.patient == Fit::Same;

    // Both telling one move of one thing ("Temperatures fell to minus 4.5
    // degrees" / "dropped as low as minus 7 degrees") tell where it ended:
    // their figures are compared.
    let one_move =
        a.facts.update && b.facts.update && ev.alike() && ev.subject == Fit::Same && ev.no_clash();
    // An update moves a figure; a vote told beside it ("up from $2.50,
    // after the board backed it by six to three") moves nothing.
    let updating = a.facts.update || b.facts.update;
    // A count told of a day after the other report was written may have
    // moved since ("after the last two were found on Thursday" / Wednesday's
    // five); not a price or a tally of votes.
    let moved = super::date::told_after(a, b) || super::date::told_after(b, a);
    let running_count = |n: &NumberMention| {
        n.unit.is_none()
            && !n
                .noun
                .as_deref()
                .is_some_and(|w| w.starts_with("vote") || w.starts_with("ballot"))
    };
    // Figures of different times (a week or more apart, or two different
    // months or years) are different facts.
    if super::date::gap_days(a, b).is_some_and(|g| g > 7)
        || super::date::disjoint_periods(a, b)
        || super::date::period_and_day(a, b)
        || super::date::background_and_news(a, b)
        || super::date::named_apart(a, b)
        || super::event::destinations_apart(a, b, lx)
        || part_alone_against_whole(a, b)
    {
        return None;
    }
    let mut conflict = None;
    for na in a.numbers.iter().take(super::DETAIL) {
        // Ordinals rank or count occasions ("for the second time", "finished
        // seventh"), said of different moments of a story; not figures.
        if na.unit.as_deref() == Some("ordinal")
            || year_like(na)
            || converted(a, na)
            || clock_time(na)
        {
            continue;
        }
        let peers: Vec<&NumberMention> = b
            .numbers
            .iter()
            .filter(|nb| !converted(b, nb))
            .take(super::DETAIL)
            .filter(|nb| !year_like(nb) && !clock_time(nb))
            .filter(|nb| same_quantity(na, nb, lx) && named_in(na, nb, a, b, lx))
            .filter(|nb| {
                !updating
                    || !update_of(a, na, lx) && !update_of(b, nb, lx)
                    || crate::parse::number::votes_alike(na, nb)
                    || one_move
                        && sim >= min_sim * 1.5
                        && moved_to(a, na, lx)
                        && moved_to(b, nb, lx)
            })
            .filter(|nb| !(moved && running_count(na) && running_count(nb)))
            .collect();
        // The same sum told on the other side with a noun ours lacks ("£6.5
        // million came from the fund" / "a £6.5m grant from the fund") is
        // our figure, whatever else it counts.
        let told = || {
            na.unit.is_some()
                && b.numbers
                    .iter()
                    .take(super::DETAIL)
                    .any(|nb| nb.unit == na.unit && same_quantity(na, nb, lx) && compatible(na, nb))
        };
        if peers.is_empty()
            || told()
            || elided_in(b, na, a, lx)
            || written_in(b, na)
            || peers.iter().any(|nb| compatible(na, nb))
            || within_range(na, &peers)
            || sums_to(b, na, lx)
        {
            continue;
        }
        // The other side's figure must not match anything of ours either.
        for nb in peers {
            // A figure of each one ("Each rower pulled 300,000 strokes") is
            // not one of them all ("the four made 1.2 million strokes").
            if each_one(a, na) != each_one(b, nb) {
                continue;
            }
            // Distances from two different things ("three miles south of
            // the town" / "two miles north of the well site").
            let (ra, rb) = (reference(a, na, lx), reference(b, nb, lx));
            if !ra.is_empty() && !rb.is_empty() && !ra.iter().any(|w| rb.contains(w)) {
                continue;
            }
            if !same_holder(a, na, b, nb, names, lx)
                || complementary(a, na, b, nb)
                || na.share && !shares_alike(a, na, b, nb, lx)
                || of_a_share(a, na) != of_a_share(b, nb)
                || split_time(a, na) != split_time(b, nb)
            {
                continue;
            }
            // A figure of years ago is no figure of now.
            // (Unless the other is told over years, naming none: "sold more
            // than 5,000 bottles over five years" / "between 2017 and 2022".)
            let (past_a, past_b) = (
                super::date::figure_of_the_past(a, na),
                super::date::figure_of_the_past(b, nb),
            );
            // (The other dates a span of years: "between 2017 and 2022".)
            let span = |c: &Claim| {
                let mut years: Vec<&str> = c
                    .dates
                    .iter()
                    .filter_map(|d| d.value.as_deref())
                    .filter(|v| v.len() == 4)
                    .collect();
                years.sort_unstable();
                years.dedup();
                years.len() >= 2
            };
            if past_a != past_b
                && !(past_a && span(a) && super::date::told_over_years(b)
                    || past_b && span(b) && super::date::told_over_years(a))
            {
                continue;
            }
            // An aftershock's size is no size of the quake it follows, nor
            // is that of a quake of a year named ("The 1998 quake").
            if na.unit.as_deref() == Some("magnitude") && other_quake(a) != other_quake(b) {
                continue;
            }
            // A smaller count of a narrower kind is a part of the larger
            // ("Three people died" / "the two brothers killed").
            // Only a count told as a known group ("The two brothers killed",
            // "The federation's 21,000 elementary teachers"): "12 victims"
            // and "15 people" count the same dead.
            let definite = |c: &Claim, n: &NumberMention| {
                words_before(c, n, 1).any(|w| {
                    matches!(w.as_str(), "the" | "its" | "their" | "his" | "her" | "our")
                        || w.ends_with("'s")
                        || w.ends_with("’s")
                })
            };
            let part = |c: &Claim, n: &NumberMention, m: &NumberMention| {
                let def = definite(c, n);
                n.value < m.value && (def && narrower(n, m, lx) || qualified(n, m, lx, def))
            };
            if part(a, na, nb) || part(b, nb, na) {
                continue;
            }
            // A claim opened as a part of a whole told before it ("Of that
            // sum, €3 million will go to cherry growers") tells a smaller
            // figure of a part.
            let of_that = |c: &Claim| {
                let t = c.text.trim_start().to_lowercase();
                [
                    "of that ",
                    "of this ",
                    "of those ",
                    "of these ",
                    "of them",
                    "of the total",
                ]
                .iter()
                .any(|p| t.starts_with(p))
            };
            if of_that(a) && na.value < nb.value || of_that(b) && nb.value < na.value {
                continue;
            }
            // A sum told as combined ("which between them care for 18,400
            // patients") may be made of the other's smaller figure ("the
            // 7,200 patients registered at Orchard").
            if combined(a, na) && !combined(b, nb) && nb.value < na.value && named_owner(b, nb)
                || combined(b, nb) && !combined(a, na) && na.value < nb.value && named_owner(a, na)
            {
                continue;
            }
            // Figures more than four times apart count different things (a
            // part and its whole), not one thing misreported.
            let (lo, hi) = (na.value.min(nb.value), na.value.max(nb.value));
            if lo > 0.0 && hi / lo > 4.0 {
                continue;
            }
            let ours: Vec<&NumberMention> = a
                .numbers
                .iter()
                .take(super::DETAIL)
                .filter(|x| same_quantity(x, nb, lx))
                .collect();
            // "96 beds, 24 of them in critical care" / "24 critical-care
            // beds": the other figure is our part.
            let of_them = |x: &NumberMention| {
                a.text
                    .get(x.span.end().saturating_sub(a.span.start())..)
                    .is_some_and(|t| {
                        let t = t.trim_start().to_lowercase();
                        ["of them", "of those", "of whom", "of which"]
                            .iter()
                            .any(|p| t.starts_with(p))
                    })
            };
            let our_part =
                a.numbers.iter().take(super::DETAIL).any(|x| {
                    x.unit.is_none() && nb.unit.is_none() && of_them(x) && compatible(x, nb)
                });
            let ours_ok = our_part
                || ours.iter().any(|x| compatible(x, nb))
                || elided_in(a, nb, b, lx)
                || written_in(a, nb)
                || within_range(nb, &ours)
                || sums_to(a, nb, lx);
            // "people" is said of every count of people: without the same verb
            // ("died", "were hurt") such figures need claims much more alike.
            // The shared key is a generic word when the nouns as written are
            // ("people", "years"); "passengers" is specific though it counts people.
            let generic_word =
                |n: &NumberMention| n.noun.as_deref().is_some_and(|w| generic_noun(w, lx));
            let generic = na.unit.is_none()
                && matches!(shared_keys(na, nb, lx).as_slice(), [k] if GENERIC.contains(&k.as_str()))
                && (generic_word(na) || generic_word(nb));
            // Frames of one event ("destroyed about 140 homes" / "85 houses
            // were wiped out") need no more likeness.
            // Votes each way on one motion: one tally of a story, unless
            // the voters are told apart ("the committee" / "the council").
            // And of one motion: the same thing voted on, or claims alike
            // ("approved the budget" / "voted in favour of the parking plan"
            // are two votes).
            // A proposal told by a word for any ("backed the plan", "the
            // motion") may be the other's.
            let proposal = |c: &Claim| {
                c.frame.patient().is_some_and(|p| {
                    matches!(
                        p.head.as_str(),
                        "plan" | "proposal" | "motion" | "measure" | "scheme" | "resolution"
                    )
                })
            };
            // Or one thing named on both sides, whatever its role ("approved
            // the budget on a 5-4 vote" / "The budget passed 6-3").
            let heads = |c: &Claim| {
                [c.frame.subject.as_ref(), c.frame.object.as_ref()]
                    .into_iter()
                    .flatten()
                    .filter(|p| !p.pronoun)
                    .map(|p| p.head.to_lowercase())
                    .collect::<Vec<_>>()
            };
            let one_thing = heads(a).iter().any(|h| heads(b).contains(h));
            let votes = crate::parse::number::votes_alike(na, nb)
                && ev.subject != Fit::Different
                && ev.actor != Fit::Different
                && (ev.patient == Fit::Same
                    || one_thing
                    || proposal(a)
                    || proposal(b)
                    || ev.patient != Fit::Different && sim >= min_sim * 0.75);
            // Valuations of one thing ("have a value of" / "are worth").
            let valued = valuation(a, na)
                && valuation(b, nb)
                && ev.subject != Fit::Different
                && sim >= min_sim;
            // A span of time is said of its act: how long one thing lasted
            // is no gap before another ("to sound again after 37 years" /
            // "For a hundred years, this sound told people ...").
            let span_of_time = |n: &NumberMention| {
                n.unit.is_none()
                    && n.noun.as_deref().is_some_and(|w| {
                        let w = lx.base(w);
                        GENERIC.contains(&w) && !matches!(w, "person" | "percent" | "time")
                    })
            };
            if span_of_time(na) && ev.both_predicates && ev.predicate.is_none() {
                continue;
            }
            let close_enough = if votes || valued || one_event && !generic {
                true
            } else if generic {
                sim >= min_sim * 1.75
            } else {
                sim >= min_sim || (sim >= min_sim / 2.0 && specific(na, nb, lx))
            };
            if !ours_ok && conflict.is_none() && close_enough && !is_update(a, na, b, nb, lx) {
                conflict = Some((na, nb));
            }
        }
    }
    // Last, as it reads the texts: one tally at two moments, or a running
    // tally below the count of the whole ("had reached 52 percent by 6
    // p.m." / "turnout was 67.5 percent").
    conflict.filter(|&(na, nb)| {
        let (ta, tb) = (super::date::tally_by_time(a), super::date::tally_by_time(b));
        let running = ta && !tb && na.value < nb.value || tb && !ta && nb.value < na.value;
        // (Days of two different acts part no figures: "fell 6.8% in
        // Friday morning trading after a jury ordered it to pay $198
        // million" / "A jury on Thursday ordered it to pay $212 million".)
        let days_of_one_act = ev.alike() || !ev.both_predicates;
        !(running || days_of_one_act && super::date::tallied_apart(a, b))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first claim of a one-outlet article with `body`.
    fn first_claim(body: &str) -> Claim {
        let lx = Lexicon::builtin();
        let doc = crate::load::document_from_text("d", format!("outlet: D\n\n{body}\n"), lx)
            .expect("a document");
        crate::claims::extract(&doc, lx).remove(0)
    }
    use crate::parse::number::find_numbers;
    use crate::parse::token::tokenize;

    fn nums(text: &str) -> Vec<NumberMention> {
        let toks = tokenize(text, 0, text.len());
        find_numbers(&toks, text, 0, toks.len(), &[], Lexicon::builtin())
    }

    fn num(text: &str) -> NumberMention {
        nums(text).remove(0)
    }

    fn ok(a: &str, b: &str) -> bool {
        let (x, y) = (num(a), num(b));
        assert!(
            same_quantity(&x, &y, Lexicon::builtin()),
            "{a} / {b} should measure the same"
        );
        compatible(&x, &y)
    }

    #[test]
    fn two_shares_that_make_a_whole_are_two_sides_of_a_split() {
        let lx = Lexicon::builtin();
        let claim = |t: &str| {
            let text = format!("outlet: Alpha\ndate: 2026-03-10\n\n{t}\n");
            let doc = crate::load::document_from_text("a", text, lx).expect("a document");
            crate::claims::extract(&doc, lx).remove(0)
        };
        let split = |x: &str, y: &str| {
            let (a, b) = (claim(x), claim(y));
            complementary(&a, &a.numbers[0], &b, &b.numbers[0])
        };
        assert!(split(
            "The deal leaves its investors with about 62% of the group.",
            "The others will own about 38% of the group."
        ));
        assert!(!split(
            "The deal leaves its investors with about 62% of the group.",
            "The others will own about 48% of the group."
        ));
        // One measure read twice is no split.
        assert!(!split(
            "Support for the plan stands at 55 percent.",
            "Support for the plan stands at 45 percent."
        ));
        // Halves are one share told twice, and counts are no shares.
        assert!(!split(
            "They will own 50% of the group.",
            "They will own 50% of the group."
        ));
        assert!(!split(
            "They will hold 62 seats.",
            "They will hold 38 seats."
        ));
    }

    #[test]
    fn a_length_in_two_units_is_converted() {
        let lx = Lexicon::builtin();
        let (m, ft) = (num("about 12 metres"), num("roughly 40 feet"));
        assert!(same_quantity(&m, &ft, lx));
        assert!(compatible(&m, &ft));
        assert!(!compatible(&m, &num("roughly 60 feet")));
        assert!(compatible(&num("1,000 feet"), &num("about 300 metres")));
        // Bounds and "about" hold across units.
        assert!(compatible(&num("more than 30 feet"), &num("10 metres")));
        // A length is no weight.
        assert!(!same_quantity(&m, &num("12 kg"), lx));
    }

    #[test]
    fn one_sum_valued_two_ways_agrees() {
        let agreements = |a: &str, b: &str| {
            crate::compare_texts(&[
                (
                    "a.txt",
                    &format!("outlet: Alpha\ndate: 2025-03-02\n\n{a}\n"),
                ),
                ("b.txt", &format!("outlet: Beta\ndate: 2025-03-02\n\n{b}\n")),
            ])
            .findings
            .iter()
            .filter(|f| f.kind == crate::compare::FindingKind::Agreement)
            .count()
        };
        let a = "The stolen boxes are valued at about £3.5 million, the museum said.";
        assert_eq!(agreements(a, "The haul is worth £3.5m, insurers said."), 1);
        // Another sum, or a sum that is no value, is not told alike.
        assert_eq!(agreements(a, "The haul is worth £2m, insurers said."), 0);
        assert_eq!(agreements(a, "The insurers paid out £3.5m, they said."), 0);
        // A named thing valued is another thing.
        assert_eq!(
            agreements(a, "Holt Hall is worth £3.5m, estate agents said."),
            0
        );
        // What a thing cost is its value.
        let valued = |body: &str| {
            let c = first_claim(body);
            c.numbers.iter().any(|n| valuation(&c, n))
        };
        assert!(valued("The three-year restoration cost £18 million."));
        assert!(valued(
            "The restoration came in at eighteen million pounds."
        ));
        assert!(!valued("The fund gave £18 million."));
    }

    #[test]
    fn the_same_sum_told_as_the_rest_is_one_figure() {
        use crate::compare::FindingType;
        use crate::compare::testing::bodies_on;
        let a = "A heritage grant will cover £120,000 of the repairs, with the town council \
                 paying the remaining £60,000 from its reserves.";
        let b = "The town council will pay the other £60,000 of the repairs, a sum critics \
                 wanted spent on the sea wall.";
        assert_eq!(bodies_on("2025-02-18", a, b, FindingType::Number), 0);
        // A stretch of a sum is no whole: "the final $40 million of the
        // settlement" / "$120 million in the settlement".
        let c = "Creditors will receive the final $40 million of the settlement next year.";
        let d = "Creditors will receive $120 million in the settlement next year.";
        assert_eq!(bodies_on("2025-02-18", c, d, FindingType::Number), 0);
    }

    #[test]
    fn one_move_told_twice_ends_at_one_figure() {
        use crate::compare::FindingType;
        use crate::compare::testing::bodies_on;
        let a = "Temperatures at the Esk weather station fell to minus 4.5 degrees before dawn, \
                 the weather service said.";
        let b = "Temperatures at the Esk weather station dropped as low as minus 7 degrees \
                 during the frost, forecasters said.";
        assert_eq!(bodies_on("2026-04-10", a, b, FindingType::Number), 1);
        let c = "Temperatures at the Esk weather station dropped as low as minus 4.5 degrees \
                 during the frost, forecasters said.";
        assert_eq!(bodies_on("2026-04-10", a, c, FindingType::Number), 0);
        // Amounts of change, and moves of two periods, are no end levels.
        let e = "Corvel's profit fell 12% in the first quarter, the company said.";
        let f = "Corvel's profit fell 8% in the second quarter, the company said.";
        assert_eq!(bodies_on("2026-04-10", e, f, FindingType::Number), 0);
        let g = "Temperatures at the Esk weather station dropped by 12 degrees during the \
                 frost, forecasters said.";
        assert_eq!(bodies_on("2026-04-10", a, g, FindingType::Number), 0);
    }

    #[test]
    fn one_quake_has_one_size() {
        use crate::compare::FindingType;
        use crate::compare::testing::bodies_on;
        let a = "The tremor near Holbrook measured magnitude 3.1, the geological survey said.";
        let b = "The earthquake near Holbrook registered 3.8 on the Richter scale, officials said.";
        assert_eq!(bodies_on("2026-04-10", a, b, FindingType::Number), 1);
        let c = "The earthquake near Holbrook registered 3.1 on the Richter scale, officials said.";
        assert_eq!(bodies_on("2026-04-10", a, c, FindingType::Number), 0);
        // A size of an earlier quake is no size of this one.
        let d = "It was the strongest near Holbrook since a magnitude 4.4 earthquake in 2008.";
        assert_eq!(bodies_on("2026-04-10", a, d, FindingType::Number), 0);
        let e = "In March, a quake near Holbrook measuring 4.4 damaged the old mill.";
        assert_eq!(bodies_on("2026-04-10", b, e, FindingType::Number), 0);
        for other in [
            "The largest aftershock near Holbrook registered 2.2 on the Richter scale.",
            "The 1998 quake near Holbrook, magnitude 5.0, destroyed the church.",
            "A quake near Holbrook last spring, magnitude 4.6, was felt in the valley.",
        ] {
            assert_eq!(
                bodies_on("2026-04-10", b, other, FindingType::Number),
                0,
                "{other}"
            );
        }
    }

    #[test]
    fn distances_from_two_things_are_no_clash() {
        use crate::compare::FindingType;
        use crate::compare::testing::bodies_on;
        let a = "The quake was centred under the hamlet of Rushmere, three miles south of \
                 the town, the survey said.";
        let b = "The quake was centred under the hamlet of Rushmere, about two miles north \
                 of the well site at Marlstead, the survey said.";
        assert_eq!(bodies_on("2026-04-10", a, b, FindingType::Number), 0);
        let c = "The quake was centred under the hamlet of Rushmere, about five miles \
                 south of the town, the survey said.";
        assert_eq!(bodies_on("2026-04-10", a, c, FindingType::Number), 1);
    }

    #[test]
    fn days_of_two_acts_part_no_figures() {
        use crate::compare::FindingType;
        use crate::compare::testing::bodies_on;
        let a = "A federal jury on Thursday ordered Corvel Audio to pay Nordin Medical \
                 $212 million for infringing its hearing aid patents.";
        let b = "Shares of Corvel Audio fell 6.8% in Friday morning trading after a federal \
                 jury ordered the company to pay $198 million to Nordin Medical for infringing \
                 its hearing aid patents.";
        assert_eq!(bodies_on("2026-05-08", a, b, FindingType::Number), 1);
    }

    #[test]
    fn spans_of_time_of_two_acts_are_no_clash() {
        use crate::compare::FindingType;
        use crate::compare::testing::bodies_on;
        let a = "The Wennock harbour horn will sound again after 37 years of silence.";
        let b = "For a hundred years, the Wennock harbour horn told sailors they were home.";
        assert_eq!(bodies_on("2025-02-18", a, b, FindingType::Number), 0);
        // Though one side's act is the other's subject ("sound").
        let d = "For a hundred years, this sound told people in Wennock they were home.";
        assert_eq!(bodies_on("2025-02-18", a, d, FindingType::Number), 0);
        let c = "The Wennock harbour horn will sound again after 40 years of silence.";
        assert_eq!(bodies_on("2025-02-18", a, c, FindingType::Number), 1);
    }

    #[test]
    fn a_bare_figure_after_one_of_its_kind_counts_the_same() {
        use crate::compare::FindingType;
        use crate::compare::testing::bodies_on;
        let a = "Ferris played for the Hawks for 11 seasons and served as an assistant coach \
                 for seven, before the Owls hired him.";
        let b = "Ferris joined the Owls after serving seven seasons as an assistant coach for \
                 the Hawks.";
        assert_eq!(bodies_on("2025-02-18", a, b, FindingType::Number), 0);
        // A bare figure of another act is no such figure: "coached them for
        // seven" / "played seven seasons".
        let c = "Ferris played for the Hawks for 11 seasons and coached them for seven.";
        let d = "Ferris played seven seasons for the Hawks.";
        assert_eq!(bodies_on("2025-02-18", c, d, FindingType::Number), 1);
    }

    #[test]
    fn a_daily_count_after_an_aside_of_the_past() {
        use crate::compare::FindingType;
        use crate::compare::testing::bodies_on;
        // The opening year in a relative clause dates no traffic count; the
        // rate may close the clause after its verb.
        let a = "The Halden Bridge, which opened in 1974, carries about 38,000 vehicles a \
                 day, council counts show.";
        let b = "Roughly 52,000 vehicles use the Halden Bridge each day, a survey shows.";
        assert_eq!(bodies_on("2025-02-18", a, b, FindingType::Number), 1);
        let c = "Roughly 38,500 vehicles use the Halden Bridge each day, a survey shows.";
        assert_eq!(bodies_on("2025-02-18", a, c, FindingType::Number), 0);
    }

    #[test]
    fn a_stretch_picked_out_by_its_place_is_no_measure_of_the_whole() {
        use crate::compare::FindingType;
        use crate::compare::testing::bodies_on;
        let a = "Officials added extra water stations in the final ten kilometres of the race.";
        let b =
            "Hanna Lindqvist pulled clear of the field in the final five kilometres of the race.";
        assert_eq!(bodies_on("2025-04-06", a, b, FindingType::Number), 0);
        // Lengths of the whole race still clash.
        let c = "Hanna Lindqvist pulled clear of the field after 35 kilometres of the race.";
        let d = "Hanna Lindqvist pulled clear of the field after 30 kilometres of the race.";
        assert_eq!(bodies_on("2025-04-06", c, d, FindingType::Number), 1);
    }

    #[test]
    fn one_named_individual_given_two_ages() {
        use crate::compare::FindingType;
        use crate::compare::testing::between;
        let a = "outlet: Alpha\ndate: 2025-03-02\n\n\
            The missing otters are a 4-year-old female named Pip and a 3-year-old male named Brogan.\n";
        let b = "outlet: Beta\ndate: 2025-03-03\n\n\
            Keepers said Brogan, a 7-year-old male, was spotted near the river on Sunday.\n";
        assert_eq!(between(a, b, FindingType::Number), 1);
        let c = "outlet: Beta\ndate: 2025-03-03\n\n\
            Keepers said Brogan, a 3-year-old male, was spotted near the river on Sunday.\n";
        assert_eq!(between(a, c, FindingType::Number), 0);
        // The wire style, and two people of one surname.
        let d = "outlet: Alpha\ndate: 2025-03-02\n\n\
            The boat was found by Alan Tregear, 71, a retired postman.\n";
        let e = "outlet: Beta\ndate: 2025-03-02\n\n\
            Alan Tregear, 67, spotted the hull at dawn.\n";
        assert_eq!(between(d, e, FindingType::Number), 1);
        let f = "outlet: Beta\ndate: 2025-03-02\n\n\
            Tom Tregear, 40, spotted the hull at dawn.\n";
        assert_eq!(between(d, f, FindingType::Number), 0);
        // Ages of another time, or a year apart across a birthday.
        let i = "outlet: Beta\ndate: 2025-03-02\n\n\
            In 1984 Alan Tregear, 30, found a boat on the same beach.\n";
        assert_eq!(between(d, i, FindingType::Number), 0);
        // A date of something else the holder did is no time of the age.
        let k = "outlet: Beta\ndate: 2025-03-03\n\nKeepers named the otter Brogan.\n\n\
            Brogan, a 7-year-old male who came to the park from a zoo in Kent in 2021, was last \
            seen on a trail camera near the river late Saturday, according to the keepers.\n";
        assert_eq!(between(a, k, FindingType::Number), 1);
        let j = "outlet: Beta\ndate: 2025-03-20\n\n\
            Alan Tregear, 72, spotted the hull at dawn.\n";
        assert_eq!(between(d, j, FindingType::Number), 0);
        // Undated reports may be years apart.
        let g = d.replace("date: 2025-03-02\n", "");
        let h = e.replace("date: 2025-03-02\n", "");
        assert_eq!(between(&g, &h, FindingType::Number), 0);
    }

    #[test]
    fn a_part_of_a_group_counts_its_own_kind_of_people() {
        use crate::compare::FindingType;
        use crate::compare::testing::between;
        let a = "outlet: Alpha\ndate: 2025-03-02\n\n\
            The ferry Islay Dawn was carrying 212 passengers and 14 crew when it left Oban.\n";
        let b = "outlet: Beta\ndate: 2025-03-02\n\n\
            The ferry Islay Dawn was carrying 186 passengers when it left Oban.\n";
        assert_eq!(between(a, b, FindingType::Number), 1);
        // A total of people is still no part: "two women and a man" are
        // three people.
        let c = "outlet: Beta\ndate: 2025-03-02\n\n\
            The ferry Islay Dawn was carrying 226 people when it left Oban.\n";
        assert_eq!(between(a, c, FindingType::Number), 0);
    }

    #[test]
    fn parts_that_add_up_to_the_whole_agree() {
        use crate::compare::FindingType;
        use crate::compare::testing::between;
        let a = "outlet: Alpha\ndate: 2025-03-02\n\n\
            The deal would raise pay by 4.5 percent next year and 3 percent the year after.\n";
        let whole = "outlet: Beta\ndate: 2025-03-02\n\n\
            The deal would raise pay by 7.5 percent over two years.\n";
        let other = "outlet: Beta\ndate: 2025-03-02\n\n\
            The deal would raise pay by 9.5 percent over two years.\n";
        assert_eq!(between(a, whole, FindingType::Number), 0);
        assert_eq!(between(whole, a, FindingType::Number), 0);
        assert_eq!(between(a, other, FindingType::Number), 1);
        // Two measures in two clauses are no parts (found in review).
        let two = "outlet: Alpha\ndate: 2025-03-02\n\n\
            Inflation was 4.5% in March and unemployment was 3%.\n";
        let one = "outlet: Beta\ndate: 2025-03-02\n\nInflation was 7.5% in March.\n";
        assert_eq!(between(two, one, FindingType::Number), 1);
    }

    #[test]
    fn a_sum_in_brackets_after_another_is_its_conversion() {
        use crate::compare::FindingType;
        use crate::compare::testing::between;
        let a = "outlet: Alpha\ndate: 2008-12-14\n\n\
            Damage to the church was estimated at $US1 million ($1.52 million), officials said.\n";
        let b = "outlet: Beta\ndate: 2008-12-14\n\n\
            Damage to the church was estimated at $1 million, officials said.\n";
        let c = "outlet: Gamma\ndate: 2008-12-14\n\n\
            Damage to the church was estimated at $2 million, officials said.\n";
        assert_eq!(between(a, b, FindingType::Number), 0);
        assert_eq!(between(b, c, FindingType::Number), 1);
    }

    #[test]
    fn lengths_of_one_thing_and_times_of_day() {
        use crate::compare::FindingType;
        use crate::compare::testing::bodies_on;
        // One crack measured two ways, whatever else each sentence says.
        let a = "The crack, about 14 metres long, runs diagonally across the \
                 embankment, the company said.";
        let b = "Engineers were racing to drain the reservoir after a fissure \
                 stretching roughly 40 metres opened in the embankment, officials said.";
        assert_eq!(bodies_on("2024-03-13", a, b, FindingType::Number), 1);
        // A capital only because it opens the sentence.
        let q = "Traffic queues stretching 12 miles built up on the M6 on Friday.";
        let r = "Queues stretching 20 miles built up on the M6 on Friday.";
        assert_eq!(bodies_on("2024-03-13", q, r, FindingType::Number), 1);
        // Lengths of two things are no clash.
        let c = "Engineers were racing to drain the reservoir after a pipe \
                 stretching roughly 40 metres burst near the embankment, officials said.";
        assert_eq!(bodies_on("2024-03-13", a, c, FindingType::Number), 0);
        // A time of day is when, not how many: the fire began at one time
        // and was under control at another.
        let d = "She said the fire began in the warehouse before crews brought it \
                 under control around 4 a.m.";
        let e = "The fire started around 2 a.m. Wednesday, the chief said.";
        assert_eq!(bodies_on("2024-03-13", d, e, FindingType::Number), 0);
    }

    #[test]
    fn what_a_body_has_is_told_by_any_verb() {
        use crate::compare::FindingType;
        use crate::compare::testing::bodies_on;
        let a = "The merged bank will operate through a combined network of 310 \
                 branches, the statement said.";
        let b = "The merged bank will have 240 branches, according to a presentation.";
        assert_eq!(bodies_on("2024-06-06", a, b, FindingType::Number), 1);
        // A change is no holding.
        let e = "The team has 12 points after five games, the league said.";
        let f = "The team won 3 points on Saturday after five games.";
        assert_eq!(bodies_on("2024-06-06", e, f, FindingType::Number), 0);
        // A player's tally is of a game, not a holding.
        let c = "He rushed for 716 yards in 12 games last season.";
        let d = "He had 793 yards and six touchdowns on 147 carries.";
        assert_eq!(bodies_on("2024-06-06", c, d, FindingType::Number), 0);
    }

    #[test]
    fn counts_of_different_nouns_are_different_things() {
        use crate::compare::FindingType;
        use crate::compare::testing::between;
        // One doer, one act, two kinds counted: no clash ("soldiers" may
        // be some of the detainees or none of them).
        let a = "outlet: Alpha\ndate: 2025-03-02\n\n\
            Kesmark will release nine soldiers, the mediator told reporters.\n";
        let b = "outlet: Beta\ndate: 2025-03-02\n\n\
            Kesmark will release 11 civilians, the foreign ministry said.\n";
        assert_eq!(between(a, b, FindingType::Number), 0);
    }

    #[test]
    fn a_smaller_count_of_a_narrower_kind_is_a_part() {
        use crate::compare::FindingType;
        use crate::compare::testing::between;
        let a =
            "outlet: Alpha\ndate: 2025-01-20\n\nThree people died in the avalanche, police said.\n";
        let b = "outlet: Beta\ndate: 2025-01-20\n\n\
            The two brothers killed in the avalanche had skied there since childhood, friends said.\n";
        assert_eq!(between(a, b, FindingType::Number), 0);
        // A class on one side only: "elementary teachers" of "teachers".
        let c = "outlet: Alpha\ndate: 2025-01-20\n\n\
            The union's 21,000 elementary teachers voted for the strike, officials said.\n";
        let d = "outlet: Beta\ndate: 2025-01-20\n\n\
            The union's 37,800 teachers voted for the strike, officials said.\n";
        assert_eq!(between(c, d, FindingType::Number), 0);
        // Not a state ("published papers"), nor a larger count of the
        // narrower kind.
        let e = "outlet: Alpha\ndate: 2025-01-20\n\n\
            The inquiry found falsified data in seven published papers, the university said.\n";
        let f = "outlet: Beta\ndate: 2025-01-20\n\n\
            The inquiry found falsified data in nine papers, the university said.\n";
        assert_eq!(between(e, f, FindingType::Number), 1);
        let g =
            "outlet: Beta\ndate: 2025-01-20\n\nFour brothers died in the avalanche, police said.\n";
        assert_eq!(between(a, g, FindingType::Number), 1);
        // Kinds a count of the dead is told by, not parts of it.
        let v =
            "outlet: Alpha\ndate: 2025-01-20\n\nThe shooting left 12 victims dead, police said.\n";
        let p =
            "outlet: Beta\ndate: 2025-01-20\n\nThe shooting left 15 people dead, police said.\n";
        assert_eq!(between(v, p, FindingType::Number), 1);
        let i = "outlet: Alpha\ndate: 2025-01-20\n\nThe strike killed 12 innocent civilians, officials said.\n";
        let j =
            "outlet: Beta\ndate: 2025-01-20\n\nThe strike killed 15 civilians, officials said.\n";
        assert_eq!(between(i, j, FindingType::Number), 1);
        // A class named by a noun is a part ("space heaters" of "heaters").
        let s = "outlet: Alpha\ndate: 2025-01-20\n\nBrightwell recalled 412,000 space heaters on Monday.\n";
        let h =
            "outlet: Beta\ndate: 2025-01-20\n\nBrightwell recalled 450,000 heaters on Monday.\n";
        assert_eq!(between(s, h, FindingType::Number), 0);
    }

    #[test]
    fn a_sum_told_with_a_noun_is_the_same_sum() {
        let lx = Lexicon::builtin();
        let claim = first_claim;
        let a = claim("Of the total cost, £6.5 million came from the Heritage Lottery Fund.");
        let b = claim(
            "The restoration, paid for with a £6.5m grant from the Heritage Lottery Fund, \
             came in at eighteen million pounds.",
        );
        let names = Names::learn(&[a.clone(), b.clone()], lx);
        let ev = super::super::event::event_match(&a, &b, &names, lx);
        assert!(check(&a, &b, lx, &names, 1.0, 0.0, &ev).is_none());
        // Without the sum on the other side, the two sums clash (a part
        // "of the total" larger than the other's whole).
        let c = claim("The restoration came in at five million pounds.");
        let names = Names::learn(&[a.clone(), c.clone()], lx);
        let ev = super::super::event::event_match(&a, &c, &names, lx);
        assert!(check(&a, &c, lx, &names, 1.0, 0.0, &ev).is_some());
    }

    #[test]
    fn a_givers_sum_is_not_the_cost_it_covers() {
        let lx = Lexicon::builtin();
        let claim = first_claim;
        let clash = |a: &Claim, b: &Claim| {
            let names = Names::learn(&[a.clone(), b.clone()], lx);
            let ev = super::super::event::event_match(a, b, &names, lx);
            check(a, b, lx, &names, 1.0, 0.0, &ev).is_some()
        };
        let a = claim(
            "The dig is costing around £85k, most of it covered by a grant from the Pilgrim Trust.",
        );
        let b = claim("The Pilgrim Trust has provided £60,000.");
        assert!(!clash(&a, &b));
        // All of it paid by the giver is its sum.
        let d = claim("The dig is costing around £85k, all of it paid by the Pilgrim Trust.");
        assert!(clash(&d, &b));
        // A name before the figure owns the thing measured: a clash.
        let c = claim("The Pilgrim Trust's dig is costing around £85k.");
        assert!(clash(&c, &b));
    }

    #[test]
    fn a_figure_of_each_one_is_not_of_them_all() {
        let each = |body: &str| {
            let c = first_claim(body);
            c.numbers.iter().any(|n| each_one(&c, n))
        };
        assert!(each("Each rower pulled an estimated 300,000 oar strokes."));
        assert!(each("The four rowers pulled 300,000 strokes apiece."));
        assert!(!each(
            "Between them the four made an estimated 1.2 million oar strokes."
        ));
        // A rate of time, a price each, or "each" of another thing is no
        // share of each one.
        assert!(!each("About 52,000 vehicles use the bridge each day."));
        assert!(!each("Tickets cost £40 each."));
        assert!(!each("The club was fined £2m, and each player was banned."));
    }

    #[test]
    fn a_sum_raised_so_far_grows() {
        use crate::compare::FindingType;
        use crate::compare::testing::between;
        let a = "outlet: Alpha\ndate: 2025-09-02\n\n\
            The library said on Tuesday that its appeal had so far raised £272,000 from donors.\n";
        let b = "outlet: Beta\ndate: 2025-09-03\n\n\
            The library said on Wednesday that its appeal had raised £312,000 from donors.\n";
        assert_eq!(between(a, b, FindingType::Number), 0);
        // An earlier larger sum is no growth; a sum without "so far" clashes.
        let c = "outlet: Alpha\ndate: 2025-09-02\n\n\
            The library said on Tuesday that its appeal had so far raised £352,000 from donors.\n";
        assert_eq!(between(c, b, FindingType::Number), 1);
        let d = "outlet: Alpha\ndate: 2025-09-02\n\n\
            The library said on Tuesday that its appeal had raised £272,000 from donors.\n";
        assert_eq!(between(d, b, FindingType::Number), 1);
        // "so far" of another figure of the claim tallies none of the rest.
        let e = "outlet: Alpha\ndate: 2025-09-02\n\n\
            The charity was set up with 12 volunteers and has so far helped 400 families.\n";
        let f = "outlet: Beta\ndate: 2025-09-03\n\nThe charity was set up with 20 volunteers.\n";
        assert_eq!(between(e, f, FindingType::Number), 1);
    }

    #[test]
    fn a_sum_of_two_givers_is_not_one_givers() {
        let claim = first_claim;
        let apart = |x: &str, y: &str| {
            let (a, b) = (claim(x), claim(y));
            joint_and_one(&a, &a.numbers[0], &b, &b.numbers[0])
                || joint_and_one(&b, &b.numbers[0], &a, &a.numbers[0])
        };
        let one = "Most of the money came from the Heritage Memorial Fund, which gave £1.1m.";
        let two = "Grants from the Heritage Memorial Fund and the Art Fund came to £1.5m.";
        assert!(apart(one, two));
        // Both of the pair, or another one alone, is no part.
        let both = "The Heritage Memorial Fund and the Art Fund gave £1.3m.";
        assert!(!apart(both, two));
        let other = "Most of the money came from the Pilgrim Trust, which gave £1.1m.";
        assert!(!apart(other, two));
    }

    #[test]
    fn a_running_count_is_one_moment_of_a_tally() {
        use crate::compare::FindingType;
        use crate::compare::testing::between;
        let a = "outlet: Alpha\ndate: 2026-06-14\n\nNine hikers missing after flash flood in Carrow Gorge\n";
        let b = "outlet: Beta\ndate: 2026-06-16\n\n\
            As of Tuesday morning, three hikers were still missing in Carrow Gorge, rescuers said.\n";
        assert_eq!(between(a, b, FindingType::Number), 0);
        // Two running counts of the same day do clash.
        let c = "outlet: Alpha\ndate: 2026-06-16\n\nFive hikers were still missing on Tuesday, rescuers said.\n";
        let d = "outlet: Beta\ndate: 2026-06-16\n\nThree hikers were still missing on Tuesday, rescuers said.\n";
        assert_eq!(between(c, d, FindingType::Number), 1);
        // How many officials spoke is no figure of the claim.
        let c = "outlet: Alpha\ndate: 2026-06-16\n\nTwo officials said they expect the road to reopen.\n";
        let d = "outlet: Beta\ndate: 2026-06-16\n\nThree officials said they expect the road to reopen.\n";
        assert_eq!(between(c, d, FindingType::Number), 0);
        // A tally by a time of day, below the figure of the whole day.
        let c = "outlet: Alpha\ndate: 2022-10-09\n\n\
            Turnout in the election had reached 52 percent by 6 p.m. Sunday, the commission said.\n";
        let d = "outlet: Beta\ndate: 2022-10-14\n\n\
            Turnout in the Oct. 9 election was 67.5 percent, the commission said.\n";
        assert_eq!(between(c, d, FindingType::Number), 0);
        // Above it, or without the moment of the tally, the figures clash.
        let e = "outlet: Alpha\ndate: 2022-10-09\n\n\
            Turnout in the election had reached 71 percent by 6 p.m. Sunday, the commission said.\n";
        assert_eq!(between(e, d, FindingType::Number), 1);
        let c = "outlet: Alpha\ndate: 2022-10-09\n\n\
            Turnout in the election reached 52 percent on Sunday, the commission said.\n";
        assert_eq!(between(c, d, FindingType::Number), 1);
        // An estimate the source "now" makes revises the earlier one.
        let c = "outlet: Alpha\ndate: 2022-05-05\n\n\
            Castellan now estimates that 2,100 barrels of crude escaped from the line.\n";
        let d = "outlet: Beta\ndate: 2022-05-05\n\n\
            Castellan estimated on Monday that about 1,600 barrels of crude had escaped from the line.\n";
        assert_eq!(between(c, d, FindingType::Number), 0);
        let c = "outlet: Alpha\ndate: 2022-05-05\n\n\
            Castellan estimates that 2,100 barrels of crude escaped from the line.\n";
        assert_eq!(between(c, d, FindingType::Number), 1);
        // A part told of the whole ("24 of them") is the other's figure.
        let c = "outlet: Alpha\ndate: 2022-05-05\n\n\
            The new wing has 96 beds, 24 of them in critical care, over four floors.\n";
        let d = "outlet: Beta\ndate: 2022-05-05\n\nThe new wing has 24 critical-care beds.\n";
        assert_eq!(between(c, d, FindingType::Number), 0);
        // A bare figure that is no part told of the whole is no such part.
        let c = "outlet: Alpha\ndate: 2022-05-05\n\n\
            Five people died and 12 were injured in the crash on the bypass.\n";
        let d =
            "outlet: Beta\ndate: 2022-05-05\n\nTwelve people died in the crash on the bypass.\n";
        assert_eq!(between(c, d, FindingType::Number), 1);
        // "by police on Saturday night" is no moment of a tally.
        let c = "outlet: Alpha\ndate: 2022-05-08\n\n\
            Fifteen fans were arrested by police on Saturday night after the derby.\n";
        let d = "outlet: Beta\ndate: 2022-05-08\n\n\
            Police arrested 40 fans on Saturday night after the derby.\n";
        assert_eq!(between(c, d, FindingType::Number), 1);
        // Two tallies of the same moment do clash.
        let b = "outlet: Beta\ndate: 2026-06-14\n\nThree hikers missing after flash flood in Carrow Gorge\n";
        assert_eq!(between(a, b, FindingType::Number), 1);
    }

    #[test]
    fn same_value_written_differently() {
        assert!(ok("two people died", "2 people died"));
        // A figure rounded at its last non-zero digit.
        assert!(ok("12,000 runners started", "11,846 runners started"));
        assert!(ok(
            "Twelve thousand runners started",
            "11,846 runners started"
        ));
        assert!(!ok("12,000 runners started", "11,400 runners started"));
        assert!(!ok("42,000 vehicles a day", "28,000 vehicles a day"));
        assert!(!ok("£12,000 in compensation", "£11,600 in compensation"));
        // A vague count is at least that many.
        assert!(ok("dozens treated", "47 treated"));
        assert!(!ok("dozens treated", "12 treated"));
        assert!(!ok("hundreds treated", "12,000 treated"));
        assert!(ok("$1.2 billion", "$1.2bn"));
        assert!(ok(
            "by 25 basis points",
            "by a quarter of a percentage point"
        ));
        assert!(ok("10.50%", "10.5 per cent"));
        assert!(ok("408.4 billion shillings", "Sh408.4 billion"));
    }

    #[test]
    fn approximations_that_fit() {
        assert!(ok("about 300 homes", "nearly 300 homes"));
        assert!(ok("a $2,000 tip", "a $2,084 tip"));
        assert!(!ok("a $2,000 tip", "a $2,400 tip"));
        assert!(!ok("a $2,100 tip", "a $2,184 tip"));
        assert!(ok("at least three people died", "four people died"));
        assert!(ok("more than 40 people were hurt", "41 people were hurt"));
        assert!(ok("just over 3 percent", "3.3%"));
        assert!(ok("about 126,000 packs", "roughly 126,000 packs"));
    }

    #[test]
    fn real_clashes() {
        assert!(!ok("three people had died", "four people had died"));
        assert!(!ok("a fee of £45m", "£48m"));
        assert!(!ok("about 84,000 batteries", "126,000 batteries"));
        // A share "about" a figure is within a point or two of it.
        assert!(!ok(
            "turnout was about 64 percent",
            "turnout was 67.5 percent"
        ));
        assert!(ok(
            "turnout was about 64 percent",
            "turnout was 64.4 percent"
        ));
        assert!(ok(
            "turnout was about 65 percent",
            "turnout was 67.2 percent"
        ));
        assert!(ok("about 6 percent", "6.4 percent"));
        // "Some" and "nearly" are close to their figure, not a tenth off.
        assert!(!ok(
            "some 340 flights were cancelled",
            "nearly 400 departures were scrapped"
        ));
        assert!(ok(
            "some 380 flights were cancelled",
            "nearly 400 flights were cancelled"
        ));
        // An age counts no mothers.
        assert!(!same_quantity(
            &num("the 34-year-old mother"),
            &num("a mother of 12 children"),
            Lexicon::builtin()
        ));
        // The head after an adjective: "60 former staff".
        assert_eq!(
            num("more than 60 former staff say").noun.as_deref(),
            Some("staff")
        );
    }

    #[test]
    fn increments_and_rates_are_not_totals() {
        let lx = Lexicon::builtin();
        // (figure, figure, same quantity): the word of more after or before
        // the figure, and a figure per person.
        for (a, b, same) in [
            (
                "hire 150 additional nurses",
                "1,000 nurses walked out",
                false,
            ),
            (
                "caring for 12 patients each",
                "24 patients on the ward",
                false,
            ),
            ("hire 150 additional nurses", "hire 90 extra nurses", true),
            (
                "a further 1,200 people visited",
                "3,000 people visited",
                false,
            ),
            (
                "another 40 homes were evacuated",
                "120 homes were evacuated",
                false,
            ),
        ] {
            assert_eq!(same_quantity(&num(a), &num(b), lx), same, "{a} / {b}");
        }
    }

    #[test]
    fn one_act_in_other_words_counts_one_thing() {
        let lx = Lexicon::builtin();
        assert!(same_quantity(
            &num("the storm destroyed about 140 homes"),
            &num("roughly 85 houses were wiped out"),
            lx
        ));
        assert!(!same_quantity(
            &num("41 people had been taken to hospital"),
            &num("three people had died"),
            lx
        ));
    }

    #[test]
    fn a_part_of_a_group_and_a_distance_away_are_not_totals() {
        let lx = Lexicon::builtin();
        // "The driver and one passenger died" / "two people died".
        assert!(!same_quantity(
            &num("the driver and one passenger died"),
            &num("two passengers died"),
            lx
        ));
        assert!(num("two women and a man died").part);
        let n = nums("Police said two women and one man died.");
        assert!(n[1].part, "{n:?}");
        // A share of things told of counts them, as a share: not their
        // number, nor a part of a sum.
        let n = num("Two of the lost containers held batteries.");
        assert_eq!(n.noun.as_deref(), Some("container"));
        assert!(n.share);
        assert!(same_quantity(
            &n,
            &num("Three of the lost containers held batteries."),
            lx
        ));
        assert!(!same_quantity(
            &num("18 of those branches will close"),
            &num("54 branches, 12 of which will close"),
            lx
        ));
        assert!(!same_quantity(&n, &num("46 containers were lost."), lx));
        // A rate a day, however told.
        assert!(same_quantity(
            &num("The bridge carries about 22,000 vehicles a day."),
            &num("The span carries roughly 31,000 vehicles on an average weekday."),
            lx
        ));
        // A tally over every kind of a thing is not one of one kind.
        let all = num("He has scored 17 goals in all competitions this season.");
        assert!(all.across_all);
        assert!(!same_quantity(
            &all,
            &num("He has scored 14 goals in La Liga."),
            lx
        ));
        assert!(!num("He scored 17 goals in all.").across_all);
        // A length told as a depth is one, however told.
        let d = num("The section lies about 640 metres underground.");
        assert_eq!(d.noun.as_deref(), Some("depth"));
        let e = num("water gushed into a tunnel some 410 metres below the surface.");
        assert_eq!(e.noun.as_deref(), Some("depth"));
        assert!(same_quantity(&d, &e, lx));
        assert_ne!(
            num("a tunnel 410 metres long.").noun.as_deref(),
            Some("depth")
        );
        let n = num("Six of the 40 people were hurt.");
        assert_ne!(n.noun.as_deref(), Some("people"));
        // A distance from a place is not how far something went.
        assert!(!same_quantity(
            &num("stayed on the ground for about 11 miles"),
            &num("to Brannock, about 35 miles away"),
            lx
        ));
        // A change "to 10.5 per cent from 10.75 per cent" is no distance.
        assert!(!num("to 10.5 per cent from 10.75 per cent").away);
    }

    #[test]
    fn a_whole_is_not_its_share() {
        let lx = Lexicon::builtin();
        assert!(!same_quantity(
            &num("nearly 40 percent of the roughly 800,000 customers"),
            &num("peaked at 312,000 customers"),
            lx
        ));
        assert!(!same_quantity(
            &num("400 of the city's roughly 1,700 computers"),
            &num("more than 900 city computers"),
            lx
        ));
    }

    #[test]
    fn different_quantities_are_not_compared() {
        let lx = Lexicon::builtin();
        assert!(!same_quantity(
            &num("41 people had been taken"),
            &num("three people had died"),
            lx
        ));
        assert!(!same_quantity(&num("£150,000 a week"), &num("£48m"), lx));
        assert!(!same_quantity(&num("12 fires"), &num("12 people"), lx));
    }
}

#[cfg(test)]
mod rule_tests {
    use crate::compare::FindingType;
    use crate::compare::testing::{between, bodies_on, contradictions};

    fn numbers(a: &str, b: &str) -> usize {
        between(a, b, FindingType::Number)
    }

    #[test]
    fn a_report_telling_the_others_total_sets_no_part_against_it() {
        let count = |a: &str, b: &str| bodies_on("2026-02-10", a, b, FindingType::Number);
        let fined =
            "Tom Keane, a landlord, was fined £18,500 at Dunmore Magistrates' Court on Tuesday.";
        let total =
            " He was also ordered to pay £3,200 in costs, bringing the total bill to £23,700.";
        let ordered = "Tom Keane, a landlord, was ordered to pay more than £23,000 at Dunmore \
                       Magistrates' Court on Tuesday.";
        assert_eq!(count(&format!("{fined}{total}"), ordered), 0);
        assert_eq!(count(fined, ordered), 1);
    }

    #[test]
    fn a_part_told_alone_is_no_figure_of_the_whole() {
        let count = |a: &str, b: &str| bodies_on("2026-02-10", a, b, FindingType::Number);
        let lx = crate::lexicon::Lexicon::builtin();
        let alone = |body: &str| {
            let doc =
                crate::load::document_from_text("t", format!("outlet: T\n\n{body}\n"), lx).unwrap();
            super::told_alone(&crate::claims::extract(&doc, lx)[0]).is_some()
        };
        assert!(alone(
            "The new roof alone had cost the landlord about £6,000."
        ));
        assert!(alone(
            "Ending the cleaning contract alone will save about £90,000 a year."
        ));
        // Someone left alone, or a day told so, is no part of a sum.
        assert!(!alone(
            "The tenant, who lived alone, was owed £6,000 in damages."
        ));
        assert!(!alone("The boy was left alone in the flat for two days."));
        assert!(!alone("Twenty-two wickets fell on the opening day alone."));
        assert!(!alone(
            "The driver, who was travelling alone, was fined £500."
        ));
        assert!(!alone("Councillor Hart alone was ordered to pay £2,000."));
        // The part named on the other side too: its figures clash.
        assert_eq!(
            count(
                "The new roof alone cost about £6,000, his solicitor said.",
                "The new roof cost £8,500, his solicitor said."
            ),
            1
        );
        // Told alone on both sides, the part's figures clash.
        let a = "The new roof alone had cost the landlord about £9,500, his solicitor said.";
        let b = "The new roof alone had cost the landlord about £6,000, his solicitor said.";
        assert_eq!(count(a, b), 1);
    }

    #[test]
    fn shares_of_one_group_told_of_two_things_are_two_shares() {
        let c = "outlet: Alpha News\ndate: 2025-08-20\n\n\
            Two of the passengers were British, the airline said.\n";
        let d = "outlet: Beta Post\ndate: 2025-08-20\n\n\
            Three of the passengers were German, officials said.\n";
        assert_eq!(numbers(c, d), 0);
        let e = d.replace("German", "British");
        assert_eq!(numbers(c, &e), 1);
    }

    #[test]
    fn two_groups_told_with_an_elided_noun_make_their_whole() {
        let count = |a: &str, b: &str| bodies_on("2026-11-20", a, b, FindingType::Number);
        let whole = "The research followed nearly 3,000 pupils aged 11 to 14 at 24 secondary \
                     schools in three towns over two school years.";
        let parts = "Researchers compared 12 secondary schools that moved their start time \
                     with 12 that did not, following pupils aged 11 to 14 across two years.";
        assert_eq!(count(whole, parts), 0);
        let other = parts.replace("with 12", "with 14");
        assert_eq!(count(whole, &other), 1);
        // Not a figure of something else after "with".
        let missing = "The storm killed 12 people, with 3 still missing, officials said.";
        let killed = "The storm killed 15 people, officials said.";
        assert_eq!(count(missing, killed), 1);
    }

    #[test]
    fn a_figure_reached_after_a_time_is_a_split() {
        let count = |a: &str, b: &str| bodies_on("2026-11-20", a, b, FindingType::Number);
        let split = "Holt had covered 25.3 km after 30 minutes on the wooden track.";
        let whole = "Holt covered 50.4 km on the wooden track, setting a record.";
        assert_eq!(count(split, whole), 0);
        let other = "Holt had covered 31.1 km after 30 minutes on the wooden track.";
        assert_eq!(count(split, other), 1);
        // A count of acts is no split.
        let counts = "The jury convicted Dunn on 12 counts after 10 hours of deliberation.";
        assert_eq!(count(counts, "The jury convicted Dunn on 15 counts."), 1);
    }

    #[test]
    fn a_sum_told_of_a_share_is_no_total() {
        let count = |a: &str, b: &str| bodies_on("2025-12-09", a, b, FindingType::Number);
        let all = "Buyers paid 3.2 million euros for the drawings, the prosecutor said.";
        let share = "Two of the drawings were bought by a museum, which paid 1.1 million \
                     euros for them, the indictment said.";
        assert_eq!(count(all, share), 0);
        let whole = "A museum bought the drawings and paid 1.1 million euros for them, \
                     the indictment said.";
        assert_eq!(count(all, whole), 1);
        // A share told after the figure is a share of it.
        let after = "A museum bought the drawings and paid 1.1 million euros for them, \
                     two of those drawings among them, the indictment said.";
        assert_eq!(count(all, after), 1);
    }

    #[test]
    fn a_figure_told_over_years_meets_one_dated_years_back() {
        let count = |a: &str, b: &str| bodies_on("2026-11-20", a, b, FindingType::Number);
        let dated = "Investigators say Ravel sold around 3,400 fake bottles between 2017 and 2022.";
        let over = "The court heard that Ravel sold more than 5,000 fake bottles over five years.";
        assert_eq!(count(dated, over), 1);
        // Undated, it is the news of the day, not the years-old figure.
        let news = "Ravel has sold more than 5,000 fake bottles, the court heard.";
        assert_eq!(count(dated, news), 0);
    }

    #[test]
    fn a_part_and_its_whole_are_not_one_figure_misreported() {
        let count = |a: &str, b: &str| bodies_on("2025-12-09", a, b, FindingType::Number);
        let a = "About 310,000 customers lost power in the storm, the utility said.";
        // Seventeen times fewer: a town's share of a state's outage, not a misreport.
        let part = "About 18,000 customers lost power in the storm, the utility said.";
        assert_eq!(count(a, part), 0);
        let other = "About 250,000 customers lost power in the storm, the utility said.";
        assert_eq!(count(a, other), 1);
    }

    #[test]
    fn misfires_found_in_review_of_the_figure_rules() {
        let count = |a: &str, b: &str| bodies_on("2025-03-12", a, b, FindingType::Number);
        // A comparison's year dates no figure; a year in a relative clause
        // does not date the figure told on Sunday.
        assert_eq!(
            count(
                "A landslide killed 12 people in Varna Gorge, the worst since 2011, officials said.",
                "A landslide killed 14 people in Varna Gorge, officials said."
            ),
            1
        );
        assert_eq!(
            count(
                "The landslide in Varna Gorge, where a road was built in 2019, killed 12 people on Sunday, officials said.",
                "The landslide in Varna Gorge killed 14 people on Sunday, officials said."
            ),
            1
        );
        // A workforce told either way is one whole.
        assert_eq!(
            count(
                "The Harwick plant employs about 2,300 workers, the company said.",
                "About 3,000 workers are employed at the Harwick plant, the company said."
            ),
            1
        );
        // A capitalised compass word belongs to the counted noun.
        assert_eq!(
            count(
                "Twelve South African miners were trapped underground, officials said.",
                "Fifteen South African miners were trapped underground, officials said."
            ),
            1
        );
        // A measure as a noun's attribute is not a quantity told.
        assert_eq!(
            count(
                "The 44-tonne lorry overturned on the A38 on Monday, spilling gravel, police said.",
                "The lorry overturned on the A38 on Monday, spilling 20 tonnes of gravel, police said."
            ),
            0
        );
        // A speed glued to km/h, and conversions told rounded.
        assert_eq!(
            count(
                "Winds of 130km/h battered the coast on Monday, forecasters said.",
                "Winds of 60mph battered the coast on Monday, forecasters said."
            ),
            1
        );
        assert_eq!(
            count(
                "Winds of 110 km/h battered the coast on Monday, forecasters said.",
                "Winds of 70mph battered the coast on Monday, forecasters said."
            ),
            0
        );
    }

    #[test]
    fn votes_each_way_are_one_tally_whatever_the_verb() {
        let count = |a: &str, b: &str| bodies_on("2026-03-11", a, b, FindingType::Number);
        let voted = "The school board voted five to two on Tuesday to close the school.";
        let backed = "Four trustees backed the plan and three opposed it.";
        assert_eq!(count(voted, backed), 1);
        let same = "Five trustees backed the plan and two opposed it.";
        assert_eq!(count(voted, same), 0);
        // Votes on two named things are two tallies.
        let budget = "The school board approved the budget by five votes to two.";
        let parking =
            "On the parking rules, four trustees voted in favour and three voted against.";
        assert_eq!(count(budget, parking), 0);
        // A tally in one token, and a vote told beside a figure that moved.
        let hyphen = "The school board voted 7-2 on Tuesday to close the school.";
        let beside_update = "Tuition will rise to $900, up from $850, after the school board \
            backed the plan by a vote of six to three on Tuesday.";
        assert_eq!(count(hyphen, beside_update), 1);
        let agree = "Tuition will rise to $900, up from $850, after the school board \
            backed the plan by a vote of seven to two on Tuesday.";
        assert_eq!(count(hyphen, agree), 0);
    }

    #[test]
    fn a_workforce_is_the_whole_those_who_act_are_taken_from() {
        let count = |a: &str, b: &str| bodies_on("2026-04-15", a, b, FindingType::Number);
        let strikers = "About 2,300 workers at the battery plant stayed off the job on Friday.";
        let workforce =
            "The town depends on the battery plant, its largest employer with 3,100 workers.";
        assert_eq!(count(strikers, workforce), 0);
        let employs =
            "The battery plant, which employs about 2,800 workers, is the town's largest.";
        assert_eq!(count(workforce, employs), 1);
    }

    #[test]
    fn a_figure_dated_years_ago_in_a_claim_of_now_is_background() {
        let count = |a: &str, b: &str| bodies_on("2026-04-15", a, b, FindingType::Number);
        let now = "Growers said as much as 40 percent of the blossom was lost this week.";
        let then = "Growers compared this week's damage with the frost of April 1997, \
            which destroyed an estimated 80 percent of the blossom.";
        assert_eq!(count(now, then), 0);
        let also_now = "Growers said an estimated 80 percent of the blossom was lost \
            this week, the worst since April 1997.";
        assert_eq!(count(now, also_now), 1);
    }

    #[test]
    fn a_figure_of_a_whole_area_or_of_last_year_is_not_todays_of_one_place() {
        let count = |a: &str, b: &str| bodies_on("2026-05-10", a, b, FindingType::Number);
        let one = "Sawtooth Reservoir is currently 18 percent full, the water district said.";
        let whole = "Statewide, reservoirs are about 52% full, state officials said.";
        assert_eq!(count(one, whole), 0);
        let last_year =
            "Sawtooth Reservoir was 64% full at the same point last year, the district said.";
        assert_eq!(count(last_year, whole), 0);
        assert_eq!(count(last_year, one), 0, "last year's level is background");
        let other = "Sawtooth Reservoir is currently 25 percent full, the water district said.";
        assert_eq!(count(one, other), 1);
    }

    #[test]
    fn a_figure_of_a_year_is_not_one_of_a_day() {
        let count = |a: &str, b: &str| bodies_on("2026-05-14", a, b, FindingType::Number);
        let year = "Corvex shares had gained 14% this year through Tuesday's close.";
        let day = "Corvex shares closed up 11.6% on Wednesday.";
        assert_eq!(count(year, day), 0);
        let same_day = "Corvex shares closed up 14% on Wednesday.";
        assert_eq!(count(same_day, day), 1);
    }

    #[test]
    fn a_later_larger_count_of_a_growing_toll_is_an_update() {
        let a = "outlet: Alpha News\ndate: 2025-08-20\n\n\
            Nineteen people have been hospitalized, a health official said.\n";
        let b = "outlet: Beta Post\ndate: 2025-08-21\n\n\
            More than 20 people have been hospitalized, a health official said.\n";
        assert_eq!(numbers(a, b), 0);
        // Those brought out of danger, told by the act of a headline.
        // Not things: "pulled 5,000 cars from sale".
        let f = "outlet: Alpha News\ndate: 2025-08-20\n\n\
            The maker pulled 5,000 cars from sale, officials said.\n";
        let g = "outlet: Beta Post\ndate: 2025-08-21\n\n\
            The maker pulled 8,000 cars from sale, officials said.\n";
        assert_eq!(numbers(f, g), 1);
        let c = "outlet: Alpha News\ndate: 2025-08-20\n\n\
            Rescuers pull 17 miners from flooded mine as 25 are still trapped.\n";
        let d = "outlet: Beta Post\ndate: 2025-08-22\n\n\
            Rescuers brought all 42 miners out of the flooded mine, officials said.\n";
        assert_eq!(numbers(c, d), 0);
        // The earlier report's larger count is no update.
        let c = c.replace(" as 25 are still trapped", "");
        let e = d.replace("2025-08-22", "2025-08-18");
        assert_eq!(numbers(&c, &e), 1);
    }

    #[test]
    fn a_figure_of_a_preliminary_count_is_of_a_moment() {
        let a = "outlet: Alpha News\ndate: 2025-08-20\n\n\
            According to a preliminary tally released on Sunday, volunteers recorded \
            12,400 butterflies of at least 30 species.\n";
        let b = "outlet: Beta Post\ndate: 2025-08-20\n\n\
            The Corlan butterfly count, run by the county wildlife trust, logged more \
            than 13,000 butterflies this year.\n";
        assert_eq!(numbers(a, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2025-08-20\n\n\
            According to the trust, volunteers recorded 12,400 butterflies of at least \
            30 species.\n";
        assert_eq!(numbers(c, b), 1);
        // A word of a name, or of what the figure is about, is no moment.
        let d = "outlet: Alpha News\ndate: 2025-08-20\n\n\
            Tom Hale faced 40 counts of fraud at a preliminary hearing at Kelby Crown Court \
            on Monday.\n";
        let e = "outlet: Beta Post\ndate: 2025-08-20\n\n\
            Tom Hale faced 60 counts of fraud at a hearing at Kelby Crown Court on Monday.\n";
        assert_eq!(numbers(d, e), 1);
    }

    #[test]
    fn a_clock_time_or_a_street_block_is_no_count() {
        let a = "outlet: Alpha News\ndate: 2008-12-13\n\n\
            The fire broke out at about 1630 GMT in the 12000 block of Main Street, police said.\n";
        let b = "outlet: Beta Post\ndate: 2008-12-13\n\n\
            The fire broke out at about 2045 GMT in the 12200 block of Main Street, police said.\n";
        assert_eq!(numbers(a, b), 0);
    }

    #[test]
    fn a_year_or_a_season_is_no_count() {
        let a = "outlet: Alpha News\ndate: 2008-12-13\n\n\
            Cheeks was fired 23 games into the 2008-09 season, the team said.\n";
        let b = "outlet: Beta Post\ndate: 2008-12-13\n\n\
            Cheeks was fired after the 2005 season, the team said.\n";
        assert_eq!(numbers(a, b), 0);
    }

    #[test]
    fn two_accounts_set_against_each_other_in_one_sentence() {
        // Few shared words, but the writer sets the two sources against
        // each other with "while".
        let wire = "PARIS, March 3 (AFP) - Le Parisien reported that the thieves were inside \
            the museum for less than seven minutes, while the news channel BFMTV, quoting an \
            investigator, said they had spent around 20 minutes in the building.\n";
        assert_eq!(
            contradictions(&[("wire.txt", wire)], FindingType::Number),
            1
        );
        // One source, two figures of two things: no contrast of accounts.
        let wire = "PARIS, March 3 (AFP) - Le Parisien reported that the thieves were inside \
            the museum for less than seven minutes, while the alarm rang for 20 minutes.\n";
        assert_eq!(
            contradictions(&[("wire.txt", wire)], FindingType::Number),
            0
        );
    }

    #[test]
    fn joining_the_act_counts_those_who_do_it() {
        let a = "outlet: Alpha News\ndate: 2026-03-12\n\n\
            About 900 porters walked off the job at Kelby Royal Infirmary this week, the \
            largest strike in its history.\n";
        // The whole the share is taken of (1,400) is another figure.
        let b = "outlet: Beta Post\ndate: 2026-03-12\n\n\
            Roughly 600 porters have joined the strike at Kelby Royal Infirmary, out of a \
            workforce of about 1,400, according to hospital figures released on Wednesday.\n";
        assert_eq!(numbers(a, b), 1);
    }

    #[test]
    fn more_of_a_narrower_kind_than_of_the_wider() {
        let a = "outlet: Alpha News\ndate: 2026-03-12\n\n\
            Four people were arrested at the protest camp, police said.\n";
        let b = "outlet: Beta Post\ndate: 2026-03-12\n\n\
            Police said six protesters were arrested at the camp, where tents had stood since \
            the summer.\n";
        assert_eq!(numbers(a, b), 1);
    }

    #[test]
    fn a_sum_told_as_combined_holds_smaller_parts() {
        let a = "outlet: Alpha News\ndate: 2026-03-12\n\n\
            The two surgeries, which between them care for 18,400 registered patients, will \
            merge next year.\n";
        let b = "outlet: Beta Post\ndate: 2026-03-12\n\n\
            For the 7,200 registered patients at Orchard, the surgeries will merge next year.\n";
        assert_eq!(numbers(a, b), 0);
        // Two sums both told as combined still clash.
        let c = "outlet: Gamma Daily\ndate: 2026-03-12\n\n\
            The two surgeries, which together care for 16,000 registered patients, will merge \
            next year.\n";
        assert_eq!(numbers(a, c), 1);
    }

    #[test]
    fn large_amounts_of_a_fixed_measure_are_tallies() {
        // Different acts carry them; the volume is the story's one spill.
        let a = "outlet: Alpha News\ndate: 2026-03-12\n\n\
            Around 30,000 litres of heating oil escaped from the tanker near Holbeck, the \
            Environment Agency said.\n";
        let b = "outlet: Beta Post\ndate: 2026-03-12\n\n\
            Nine wagons came off the track near Holbeck, spilling roughly 18,000 litres of \
            heating oil, according to the Environment Agency.\n";
        assert_eq!(numbers(a, b), 1);
    }

    #[test]
    fn valuations_of_one_thing_clash_whatever_verb_carries_them() {
        let a = "outlet: Alpha News\ndate: 2026-02-16\n\n\
            The stolen bronze sculptures have an estimated combined value of about 3 million \
            dollars, according to the insurers of the Marlow gallery.\n";
        let b = "outlet: Beta Post\ndate: 2026-02-16\n\n\
            The two stolen bronze sculptures are worth an estimated 5 million dollars in total, \
            the Marlow gallery said.\n";
        assert_eq!(numbers(a, b), 1);
        // A sum paid is no valuation.
        let c = "outlet: Gamma Daily\ndate: 2026-02-16\n\n\
            The gallery paid 5 million dollars for the two sculptures in 2019.\n";
        assert_eq!(numbers(a, c), 0);
    }

    #[test]
    fn a_tally_at_two_moments_is_no_clash() {
        let a = "outlet: Alpha News\ndate: 2025-08-20\n\n\
            The Harlan Fire had burned 5,400 hectares by Tuesday evening, fire officials said.\n";
        let b = "outlet: Beta Post\ndate: 2025-08-20\n\n\
            The Harlan Fire had burned about 3,100 hectares by noon on Monday, fire officials said.\n";
        assert_eq!(numbers(a, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2025-08-20\n\n\
            The Harlan Fire had burned about 3,900 hectares by Tuesday evening, fire officials said.\n";
        assert_eq!(numbers(a, c), 1);
        // Times of day, and a change set against the figure before it.
        let a = "outlet: Alpha News\ndate: 2025-08-20\n\n\
            By midday, 64 planned operations had been postponed, the trust said.\n";
        let b = "outlet: Beta Post\ndate: 2025-08-20\n\n\
            More than 130 planned operations had been postponed by Tuesday night, the trust said.\n";
        assert_eq!(numbers(a, b), 0);
        let a = "outlet: Alpha News\ndate: 2025-08-20\n\n\
            On election night, Okafor led by 212 votes out of more than 58,000 cast.\n";
        let b = "outlet: Beta Post\ndate: 2025-08-20\n\n\
            The recount trimmed his lead to 198 votes from the 212 recorded on election night.\n";
        assert_eq!(numbers(a, b), 0);
    }
}
