//! Grouping: one contradiction told by many reports is one finding.
//!
//! A story of a dozen articles where five say "three boats" and four say
//! "two boats" holds twenty pairwise clashes of one fact. Contradictions of
//! one type that share a claim, with the same value on the shared claim and
//! the same value on the other sides, are merged: the finding lists every
//! claim, side by side (`sides`), and its summary names the sources of each
//! side.
//!
//! Trap: two different facts with the same values ("two" injured, "three"
//! dead against "three" injured) are not merged unless their findings share
//! a claim with the same value.

use rustc_hash::FxHashMap as HashMap;

use crate::align::Names;
use crate::align::normalize::key;
use crate::claims::Claim;
use crate::lexicon::Lexicon;

use super::{Finding, FindingKind, FindingType, source_label};

/// The comparison key of a finding's value: the number in its unit's base,
/// the date, the place or person as a key, the quote's words.
fn value_key(ty: Option<FindingType>, value: &str, names: &Names, lx: &Lexicon) -> String {
    match ty {
        Some(FindingType::Number) => {
            let toks = crate::parse::token::tokenize(value, 0, value.len());
            let nums = crate::parse::number::find_numbers(&toks, value, 0, toks.len(), &[], lx);
            match nums.first() {
                Some(n) => format!("{}:{}", n.unit.as_deref().unwrap_or("n"), n.value),
                None => key(value),
            }
        }
        Some(FindingType::Date) => value
            .rsplit_once('(')
            .map_or(key(value), |(_, v)| v.trim_end_matches(')').to_string()),
        Some(FindingType::Person) => names.person_key(value),
        _ => value
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(super::event::spelling_key)
            .collect::<Vec<_>>()
            .join(" "),
    }
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Merges contradictions of one fact; other findings pass through in order.
pub fn group(
    findings: Vec<Finding>,
    claims: &[Claim],
    names: &Names,
    lx: &Lexicon,
) -> Vec<Finding> {
    let keys: Vec<Vec<String>> = findings
        .iter()
        .map(|f| {
            f.values
                .iter()
                .map(|v| value_key(f.ty, v, names, lx))
                .collect()
        })
        .collect();
    let groupable = |f: &Finding| {
        f.kind == FindingKind::Contradiction && f.claims.len() == 2 && f.values.len() == 2
    };
    let by_id: HashMap<&str, &Claim> = claims.iter().map(|c| (c.id.as_str(), c)).collect();
    let doc_of = |c: &str| by_id.get(c).map(|c| c.doc.as_str());
    let mut parent: Vec<usize> = (0..findings.len()).collect();
    // (type, claim, its value key) -> first finding holding it.
    let mut seen: HashMap<(Option<FindingType>, &str, &str), usize> = HashMap::default();
    for (i, f) in findings.iter().enumerate() {
        if !groupable(f) {
            continue;
        }
        let mut pair = [keys[i][0].as_str(), keys[i][1].as_str()];
        pair.sort_unstable();
        for (side, c) in f.claims.iter().enumerate() {
            let k = (f.ty, c.as_str(), keys[i][side].as_str());
            match seen.get(&k) {
                Some(&j) => {
                    let mut other = [keys[j][0].as_str(), keys[j][1].as_str()];
                    other.sort_unstable();
                    // One report telling the opposite act or the other
                    // wording twice (its headline and its body) against one
                    // claim is one clash, whatever words it used each time.
                    let told_twice =
                        matches!(f.ty, Some(FindingType::Negation | FindingType::Quote)) && {
                            let rest = |m: usize| {
                                findings[m].claims.iter().find(|x| x.as_str() != c.as_str())
                            };
                            match (rest(i), rest(j)) {
                                (Some(x), Some(y)) => x != y && doc_of(x) == doc_of(y),
                                _ => false,
                            }
                        };
                    if other == pair || told_twice {
                        let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                        parent[ri.max(rj)] = ri.min(rj);
                    }
                }
                None => {
                    seen.insert(k, i);
                }
            }
        }
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::default();
    for i in 0..findings.len() {
        let r = find(&mut parent, i);
        members.entry(r).or_default().push(i);
    }
    let order: HashMap<&str, usize> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let mut out = Vec::with_capacity(findings.len());
    for (i, f) in findings.iter().enumerate() {
        let list = &members[&find(&mut parent, i)];
        if list[0] != i {
            continue;
        }
        if list.len() == 1 {
            out.push(f.clone());
            continue;
        }
        // Every claim with its value, side 0 holding the first finding's
        // first claim; the two claims of each finding stand on opposite
        // sides.
        let mut side_of: HashMap<&str, usize> = HashMap::default();
        side_of.insert(findings[i].claims[0].as_str(), 0);
        for _ in 0..list.len() {
            for &m in list {
                let [x, y] = [&findings[m].claims[0], &findings[m].claims[1]].map(String::as_str);
                match (side_of.get(x).copied(), side_of.get(y).copied()) {
                    (Some(s), None) => {
                        side_of.insert(y, 1 - s);
                    }
                    (None, Some(s)) => {
                        side_of.insert(x, 1 - s);
                    }
                    _ => {}
                }
            }
        }
        let mut entries: Vec<(usize, usize, &str, &str)> = Vec::new();
        for &m in list {
            for (side, c) in findings[m].claims.iter().enumerate() {
                let s = side_of.get(c.as_str()).copied().unwrap_or(side);
                if !entries.iter().any(|e| e.2 == c.as_str()) {
                    let pos = order.get(c.as_str()).copied().unwrap_or(usize::MAX);
                    entries.push((s, pos, c.as_str(), findings[m].values[side].as_str()));
                }
            }
        }
        entries.sort_unstable();
        let mut g = f.clone();
        g.claims = entries.iter().map(|e| e.2.to_string()).collect();
        g.values = entries.iter().map(|e| e.3.to_string()).collect();
        g.sides = entries.iter().map(|e| e.0).collect();
        g.diff = None;
        let side_text = |s: usize| {
            let who: Vec<String> = entries
                .iter()
                .filter(|e| e.0 == s)
                .filter_map(|e| by_id.get(e.2).map(|c| source_label(c)))
                .fold(Vec::new(), |mut acc, l| {
                    if !acc.contains(&l) {
                        acc.push(l);
                    }
                    acc
                });
            let value = entries.iter().find(|e| e.0 == s).map_or("", |e| e.3);
            let verb = if who.len() > 1 { "say" } else { "says" };
            format!("{} {verb} {value}", who.join(", "))
        };
        let ty = f.ty.map_or("contradiction".to_string(), |t| {
            serde_json::to_value(t)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default()
        });
        g.summary = format!("{ty}: {}; {}", side_text(0), side_text(1));
        out.push(g);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::compare::{FindingKind, FindingType};

    fn doc(outlet: &str, body: &str) -> String {
        format!("outlet: {outlet}\ndate: 2025-06-02\n\n{body}\n")
    }

    #[test]
    fn one_fact_told_by_many_reports_is_one_finding() {
        let three =
            "The pirates, in three boats, attacked the merchant ship on Monday, the navy said.";
        let two = "The pirates, in two boats, attacked the merchant ship on Monday, the navy said.";
        let texts = [
            ("a.txt", doc("Alpha", three)),
            ("b.txt", doc("Beta", three)),
            ("c.txt", doc("Gamma", two)),
            ("d.txt", doc("Delta", two)),
        ];
        let refs: Vec<(&str, &str)> = texts.iter().map(|(p, t)| (*p, t.as_str())).collect();
        let report = crate::compare_texts(&refs);
        let numbers: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::Contradiction && f.ty == Some(FindingType::Number))
            .collect();
        assert_eq!(numbers.len(), 1, "{:#?}", report.findings);
        let f = numbers[0];
        assert_eq!(f.claims.len(), 4);
        assert_eq!(f.sides, [0, 0, 1, 1]);
        assert!(
            f.summary
                .contains("(Alpha), the navy (Beta) say three boats"),
            "{}",
            f.summary
        );
    }

    #[test]
    fn one_report_telling_the_opposite_act_twice_is_one_finding() {
        let a = "outlet: Alpha\ndate: 2025-06-02\ntitle: Harbour baths to close as council backs cuts\n\nThe harbour baths in Selby Cove are among five pools that will be shut after the council approved a savings plan on Tuesday night.\n";
        let b = doc(
            "Beta",
            "The harbour baths in Selby Cove will stay open, the council confirmed to Beta.",
        );
        let report = crate::compare_texts(&[("a.txt", a), ("b.txt", &b)]);
        let negations: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.ty == Some(FindingType::Negation))
            .collect();
        assert_eq!(negations.len(), 1, "{:#?}", report.findings);
        assert_eq!(negations[0].claims.len(), 3, "{}", negations[0].summary);
        // The one claim of Beta stands alone on its side.
        let beta = negations[0]
            .claims
            .iter()
            .position(|c| c.starts_with('b'))
            .unwrap();
        assert_eq!(
            negations[0]
                .sides
                .iter()
                .filter(|&&s| s == negations[0].sides[beta])
                .count(),
            1
        );
    }

    #[test]
    fn the_same_values_of_two_facts_stay_apart() {
        let a = doc(
            "Alpha",
            "Two people were injured and three died in the crash on Monday, police said.",
        );
        let b = doc(
            "Beta",
            "Three people were injured in the crash on Monday, police said.",
        );
        let c = doc(
            "Gamma",
            "Two people died in the crash on Monday, police said.",
        );
        let report = crate::compare_texts(&[("a.txt", &a), ("b.txt", &b), ("c.txt", &c)]);
        let contradictions: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::Contradiction)
            .collect();
        assert_eq!(contradictions.len(), 2, "{:#?}", report.findings);
        for f in contradictions {
            assert_eq!(f.claims.len(), 2, "{}", f.summary);
        }
    }
}

/// True when the groups date their fact to days two or more days apart
/// ("on Monday" / "on Thursday"): two facts.
fn days_apart(claims: &[Claim], x: &[usize], y: &[usize]) -> bool {
    use crate::parse::date::Granularity;
    let days = |g: &[usize]| -> Vec<crate::parse::DateValue> {
        g.iter()
            .flat_map(|&i| claims[i].dates.iter().filter_map(|d| d.range))
            .filter(|r| r.granularity == Granularity::Day && r.start.year().is_some())
            .collect()
    };
    let (dx, dy) = (days(x), days(y));
    !dx.is_empty()
        && !dy.is_empty()
        && !dx.iter().any(|p| {
            dy.iter()
                .any(|q| p.start.days_to(q.start).is_some_and(|d| d.abs() <= 1))
        })
}

/// True when two claims' subjects are people told apart by age or
/// nationality ("a British climber fell" / "a 36-year-old Australian man
/// died"): two facts, whatever else the claims share.
pub fn people_apart(a: &Claim, b: &Claim) -> bool {
    a.frame
        .subject
        .as_ref()
        .zip(b.frame.subject.as_ref())
        .is_some_and(|(x, y)| !x.name && !y.name && super::event::modifiers_clash(&x.text, &y.text))
}

/// Least mean likeness of the claims of two groups for them to merge.
const MIN_MEAN_SIM: f64 = 0.2;

/// Largest group: a fact is told once or twice a report.
const MAX_GROUP: usize = 96;

/// Merges agreements of one fact. Agreeing claims are clustered, strongest
/// agreement first, by average linkage: two groups merge when their claims
/// are alike on average (not merely through one shared claim: "X agrees
/// with Y" and "X with Z" say nothing of Y and Z) and place the fact in no
/// two different places ("checked into Betty Ford" / "checked into
/// Morningside" are two check-ins). A merged group is one finding listing
/// every claim.
pub fn group_agreements(
    findings: Vec<Finding>,
    claims: &[Claim],
    sim: &dyn Fn(usize, usize) -> f64,
) -> Vec<Finding> {
    let index: HashMap<&str, usize> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let mut parent: Vec<usize> = (0..claims.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..claims.len()).map(|i| vec![i]).collect();
    // Each place with whether it is a venue: a venue is set against venues
    // only ("at the White House" lies in some city the other may name).
    let mut places: Vec<Vec<(String, bool)>> = claims
        .iter()
        .map(|c| {
            c.places
                .iter()
                .map(|p| (key(&p.name), p.kind == "venue"))
                .collect()
        })
        .collect();
    let meet = |x: &[(String, bool)], y: &[(String, bool)]| {
        [true, false].iter().all(|&venue| {
            let xs: Vec<&str> = x
                .iter()
                .filter(|p| p.1 == venue)
                .map(|p| p.0.as_str())
                .collect();
            let ys: Vec<&str> = y
                .iter()
                .filter(|p| p.1 == venue)
                .map(|p| p.0.as_str())
                .collect();
            xs.is_empty()
                || ys.is_empty()
                || xs
                    .iter()
                    .any(|p| ys.iter().any(|q| p.contains(q) || q.contains(p)))
        })
    };
    let mut edges: Vec<(f64, usize, usize)> = findings
        .iter()
        .filter(|f| f.kind == FindingKind::Agreement && f.claims.len() == 2)
        .filter_map(|f| {
            let (i, j) = (
                *index.get(f.claims[0].as_str())?,
                *index.get(f.claims[1].as_str())?,
            );
            Some((sim(i, j), i, j))
        })
        .collect();
    edges.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    for (_, i, j) in edges {
        let (ra, rb) = (find(&mut parent, i), find(&mut parent, j));
        if ra == rb || members[ra].len() + members[rb].len() > MAX_GROUP {
            continue;
        }
        if !meet(&places[ra], &places[rb]) || days_apart(claims, &members[ra], &members[rb]) {
            continue;
        }

        let mut total = 0.0;
        let mut two_people = false;
        for &x in &members[ra] {
            for &y in &members[rb] {
                total += sim(x, y);
                two_people = two_people || people_apart(&claims[x], &claims[y]);
            }
        }
        let mean = total / (members[ra].len() * members[rb].len()) as f64;
        if mean < MIN_MEAN_SIM || two_people {
            continue;
        }
        let (lo, hi) = (ra.min(rb), ra.max(rb));
        parent[hi] = lo;
        let moved = std::mem::take(&mut members[hi]);
        members[lo].extend(moved);
        let moved = std::mem::take(&mut places[hi]);
        for p in moved {
            if !places[lo].contains(&p) {
                places[lo].push(p);
            }
        }
    }
    let mut out: Vec<Finding> = Vec::with_capacity(findings.len());
    let mut seen_root: HashMap<usize, usize> = HashMap::default();
    for f in findings {
        if f.kind != FindingKind::Agreement {
            out.push(f);
            continue;
        }
        let ids: Vec<usize> = f
            .claims
            .iter()
            .filter_map(|c| index.get(c.as_str()).copied())
            .collect();
        // Only an agreement whose claims the grouping joined merges; the
        // rest stay pairs ("X agrees with Y" and "X with Z" say nothing of Y and Z).
        let roots: Vec<usize> = ids.iter().map(|&i| find(&mut parent, i)).collect();
        let joined = roots.len() >= 2 && roots.iter().all(|&r| r == roots[0]);
        if !joined {
            out.push(f);
            continue;
        }
        let root = roots[0];
        match seen_root.get(&root) {
            Some(&at) => {
                let g = &mut out[at];
                for c in f.claims {
                    if !g.claims.contains(&c) {
                        g.claims.push(c);
                        g.sides.push(1);
                    }
                }
            }
            None => {
                seen_root.insert(root, out.len());
                out.push(f);
            }
        }
    }
    for g in out
        .iter_mut()
        .filter(|f| f.kind == FindingKind::Agreement && f.claims.len() > 2)
    {
        g.claims
            .sort_by_key(|c| index.get(c.as_str()).copied().unwrap_or(usize::MAX));
        g.sides = (0..g.claims.len()).map(|i| i.min(1)).collect();
    }
    out
}

#[cfg(test)]
mod agreement_tests {
    use crate::compare::FindingKind;

    fn doc(outlet: &str, body: &str) -> String {
        format!("outlet: {outlet}\ndate: 2025-06-02\n\n{body}\n")
    }

    #[test]
    fn reports_of_one_fact_are_one_agreement() {
        let texts = [
            (
                "a.txt",
                doc(
                    "Alpha",
                    "The ferry Kivu Star sank on Lake Victoria on Monday with 87 people aboard, police said.",
                ),
            ),
            (
                "b.txt",
                doc(
                    "Beta",
                    "The ferry Kivu Star sank on Lake Victoria on Monday carrying 87 people, police said.",
                ),
            ),
            (
                "c.txt",
                doc(
                    "Gamma",
                    "The Kivu Star ferry sank on Lake Victoria on Monday with 87 people on board, police said.",
                ),
            ),
        ];
        let refs: Vec<(&str, &str)> = texts.iter().map(|(p, t)| (*p, t.as_str())).collect();
        let report = crate::compare_texts(&refs);
        let agreements: Vec<_> = report
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::Agreement)
            .collect();
        assert_eq!(agreements.len(), 1, "{:#?}", report.findings);
        assert_eq!(agreements[0].claims.len(), 3);
        assert_eq!(agreements[0].sides.len(), 3);
    }

    #[test]
    fn people_told_apart_by_nationality_are_two_facts() {
        let texts = [
            (
                "a.txt",
                doc(
                    "Alpha",
                    "A British climber died after falling 600 metres on Mount Ossel, police said.",
                ),
            ),
            (
                "b.txt",
                doc(
                    "Beta",
                    "An Australian climber died after falling 150 metres on Mount Ossel, police said.",
                ),
            ),
            (
                "c.txt",
                doc(
                    "Gamma",
                    "A British climber died after a fall of 600 metres on Mount Ossel, police said.",
                ),
            ),
        ];
        let refs: Vec<(&str, &str)> = texts.iter().map(|(p, t)| (*p, t.as_str())).collect();
        let report = crate::compare_texts(&refs);
        let links = |x: &str, y: &str| {
            report.findings.iter().any(|f| {
                f.kind == FindingKind::Agreement
                    && f.claims.iter().any(|c| c.starts_with(x))
                    && f.claims.iter().any(|c| c.starts_with(y))
            })
        };
        assert!(links("a:", "c:"), "{:#?}", report.findings);
        assert!(!links("a:", "b:"), "{:#?}", report.findings);
        assert!(!links("b:", "c:"), "{:#?}", report.findings);
    }

    #[test]
    fn a_venue_and_a_city_may_hold_one_fact() {
        let texts = [
            (
                "a.txt",
                doc(
                    "Alpha",
                    "The president named Regina Benjamin as his nominee for surgeon general \
                     today at the White House.",
                ),
            ),
            (
                "b.txt",
                doc(
                    "Beta",
                    "The president named Regina Benjamin as his nominee for surgeon general \
                     today in Washington.",
                ),
            ),
            (
                "c.txt",
                doc(
                    "Gamma",
                    "The president named Regina Benjamin as his nominee for surgeon general \
                     today.",
                ),
            ),
        ];
        let refs: Vec<(&str, &str)> = texts.iter().map(|(p, t)| (*p, t.as_str())).collect();
        let report = crate::compare_texts(&refs);
        assert!(
            report
                .findings
                .iter()
                .any(|f| f.kind == FindingKind::Agreement && f.claims.len() == 3),
            "{:#?}",
            report.findings
        );
    }

    #[test]
    fn facts_placed_apart_stay_apart() {
        let texts = [
            (
                "a.txt",
                doc(
                    "Alpha",
                    "Lindsay Lohan checked into the Betty Ford Center in Rancho Mirage on Thursday, her lawyer said.",
                ),
            ),
            (
                "b.txt",
                doc(
                    "Beta",
                    "Lindsay Lohan checked into rehab on Thursday, her lawyer said.",
                ),
            ),
            (
                "c.txt",
                doc(
                    "Gamma",
                    "Lindsay Lohan checked into the Morningside clinic in Newport Beach on Thursday, her lawyer said.",
                ),
            ),
        ];
        let refs: Vec<(&str, &str)> = texts.iter().map(|(p, t)| (*p, t.as_str())).collect();
        let report = crate::compare_texts(&refs);
        let places = report
            .findings
            .iter()
            .filter(|f| f.ty == Some(crate::compare::FindingType::Place))
            .count();
        assert_eq!(places, 1, "{:#?}", report.findings);
        for f in report
            .findings
            .iter()
            .filter(|f| f.kind == FindingKind::Agreement)
        {
            let docs: Vec<&str> = f
                .claims
                .iter()
                .map(|c| c.split(':').next().unwrap_or(""))
                .collect();
            assert!(
                !(docs.contains(&"a") && docs.contains(&"c")),
                "two places in one group: {}",
                f.summary
            );
        }
    }
}
