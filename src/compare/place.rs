//! Places: different places for the same event.
//!
//! Only where something happened counts, read from the word before the
//! place: where it happened ("in", "near", "outside", "at"), where it went
//! ("to", "into") or where it came from ("from"). Two aligned claims
//! contradict when both name places of the same role and the same kind
//! (country, state, county, or a local place: a city, town or venue) and
//! share none: "near Dunmore Creek in Clearfield County" / "outside Harlow
//! ... in Centre County"; "in Ridgeville, Indiana" / "in Kessler Springs,
//! Michigan"; "taken to Bugando Medical Centre" / "taken to Nansio District
//! Hospital".
//!
//! Traps: places of different kinds never clash ("in Pennsylvania" and "in
//! Clearfield County" can both be true; so can a town and a venue, or a
//! place and one named after it); an origin never clashes with a
//! location ("left Pittsburgh" / "derailed near Dunmore Creek").

use crate::claims::{Claim, PlaceRef};

/// The role a preposition gives a place.
fn role(prep: &str) -> Option<u8> {
    match prep {
        // Under a place is in it ("centred beneath the village of Cotterby").
        "in" | "near" | "outside" | "at" | "inside" | "around" | "across" | "under" | "beneath"
        | "underneath" | "on" => Some(0),
        "to" | "into" | "toward" | "towards" => Some(1),
        "from" => Some(2),
        crate::claims::HOMETOWN => Some(3),
        _ => None,
    }
}

/// Level of a place kind. A venue is not set against a city: it lies in
/// some city ("in Port Calder" / "at the Port Calder Civic Center").
fn level(kind: &str) -> &str {
    match kind {
        "city" => "local",
        k => k,
    }
}

/// Regions of a run: names the run also writes with a word of a region
/// ("Borderdale" of "Borderdale County Council", "Somerset" of "Somerset
/// County"), so that the bare name is a county, not a town in it.
#[derive(Debug, Default)]
pub struct Regions {
    names: rustc_hash::FxHashSet<String>,
    /// Places written one inside the other ("East Flatbush, Brooklyn",
    /// "High Street, Banstead"), as keys: inner, outer.
    within: rustc_hash::FxHashSet<(String, String)>,
    /// Every run of words of the outlets' names, as keys: a local paper is
    /// named for its town ("The Harlow Quay Courier" holds "harlow quay").
    outlet_runs: rustc_hash::FxHashSet<String>,
}

impl Regions {
    /// Learns the regions named in a run's claims.
    pub fn learn(claims: &[Claim]) -> Regions {
        let mut names = rustc_hash::FxHashSet::default();
        let mut within = rustc_hash::FxHashSet::default();
        let mut outlet_runs = rustc_hash::FxHashSet::default();
        for s in claims
            .iter()
            .filter_map(|c| c.sources.first())
            .filter(|s| s.kind == crate::lexicon::SourceKind::Outlet)
        {
            let key = crate::align::normalize::key(&s.name);
            let words: Vec<&str> = key.split_whitespace().collect();
            for a in 0..words.len() {
                for b in a + 1..=words.len() {
                    outlet_runs.insert(words[a..b].join(" "));
                }
            }
        }
        for c in claims {
            for w in c.places.windows(2) {
                let gap = w[1].span.start().saturating_sub(w[0].span.end());
                let between = c
                    .text
                    .get(
                        w[0].span.end().saturating_sub(c.span.start())
                            ..w[1].span.start().saturating_sub(c.span.start()),
                    )
                    .unwrap_or("");
                // "East Flatbush, Brooklyn", "Marrowby in Wendshire",
                // "Ostley, about six kilometres east of Marrowby".
                let b = between.trim().to_lowercase();
                let relative = b.len() <= 48
                    && b.ends_with(" of")
                    && b.split_whitespace().any(crate::lexicon::is_compass);
                if (gap <= 3 && b == ",") || b == "in" || relative {
                    within.insert((
                        crate::align::normalize::key(&w[0].name),
                        crate::align::normalize::key(&w[1].name),
                    ));
                }
            }
            let all = c
                .entities
                .iter()
                .map(|e| e.text.as_str())
                .chain(c.places.iter().map(|p| p.text.as_str()));
            for n in all {
                let words: Vec<&str> = n.split_whitespace().collect();
                if let Some(pos) = words.iter().position(|w| {
                    matches!(
                        w.to_lowercase()
                            .trim_end_matches("'s")
                            .trim_end_matches('’'),
                        "county"
                            | "council"
                            | "district"
                            | "region"
                            | "province"
                            | "shire"
                            | "borough"
                            | "prefecture"
                            | "oblast"
                            | "parish"
                            | "canton"
                    )
                }) {
                    if pos > 0 {
                        names.insert(crate::align::normalize::key(&words[..pos].join(" ")));
                    }
                }
            }
        }
        Regions {
            names,
            within,
            outlet_runs,
        }
    }

    /// True for a venue named by its town and a lowercase kind ("Harlow
    /// Quay terminal") where an outlet of the run is named for that town:
    /// it says where, not which venue, and meets any venue there.
    pub fn town_venue(&self, p: &PlaceRef) -> bool {
        let Some((town, kind)) = p.name.rsplit_once(' ') else {
            return false;
        };
        let town = crate::align::normalize::key(town);
        p.kind == "venue"
            && kind.starts_with(char::is_lowercase)
            && self.outlet_runs.contains(&town)
    }

    /// True when the run writes one place inside the other.
    pub fn nested(&self, x: &PlaceRef, y: &PlaceRef) -> bool {
        let (kx, ky) = (
            crate::align::normalize::key(&x.name),
            crate::align::normalize::key(&y.name),
        );
        self.within.contains(&(kx.clone(), ky.clone())) || self.within.contains(&(ky, kx))
    }

    /// The level a place is compared at: a county for a region of the run.
    fn level<'p>(&self, p: &'p PlaceRef) -> &'p str {
        if p.kind == "city" && self.names.contains(&crate::align::normalize::key(&p.name)) {
            "county"
        } else {
            level(&p.kind)
        }
    }
}

/// Places with a role: (role, place). "Ridgeville, Indiana": the state takes its city's role.
fn located(c: &Claim) -> Vec<(u8, &PlaceRef)> {
    let mut out: Vec<(u8, &PlaceRef)> = Vec::new();
    for (i, p) in c.places.iter().enumerate().take(super::DETAIL) {
        if let Some(r) = p.prep.as_deref().and_then(role) {
            out.push((r, p));
        } else if i > 0 && matches!(p.kind.as_str(), "state" | "country") {
            if let Some(&(r, _)) = out.iter().find(|(_, q)| std::ptr::eq(*q, &c.places[i - 1])) {
                out.push((r, p));
            }
        }
    }
    out
}

/// True when no place of a claim is said of an act other than the claim's
/// own: the verb before each place, if any, is the predicate's.
pub fn on_the_act(c: &Claim) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    let Some(pred) = c.frame.predicate.as_ref() else {
        return true;
    };
    c.places.iter().take(super::DETAIL).all(|p| {
        p.anchor
            .verb
            .as_deref()
            .is_none_or(|v| wn.lemma(v, Pos::Verb).map_or(v, |l| wn.text(l)) == pred.lemma)
    })
}

/// The event noun a venue is the place of, when the claim says "<noun>
/// at <venue>" ("a tense final at the Elverton Arena" -> final): base form.
fn event_at(c: &Claim, p: &PlaceRef, lx: &crate::lexicon::Lexicon) -> Option<String> {
    use crate::lexicon::wordnet::{Pos, WordNet, lexname};
    if p.kind != "venue" || p.prep.as_deref() != Some("at") {
        return None;
    }
    let before = c.words_before(p.span.start(), 3);
    let mut words = before.iter().skip_while(|w| *w == "the");
    if words.next().map(String::as_str) != Some("at") {
        return None;
    }
    let noun = words.next()?;
    let wn = WordNet::builtin();
    // Not a verb's past ("A crane fell at the terminal").
    if wn
        .lemma(noun, Pos::Verb)
        .is_some_and(|l| wn.text(l) != noun)
    {
        return None;
    }
    let l = wn.lemma(noun, Pos::Noun)?;
    let event = wn
        .senses(l, Pos::Noun)
        .take(3)
        .any(|s| matches!(wn.lexname(s), lexname::NOUN_EVENT | lexname::NOUN_ACT));
    (event && !lx.is_stop(noun)).then(|| wn.text(l).to_string())
}

/// Two venues given as the place of one event noun ("a tense final at the
/// Elverton Arena" / "Sunday's final at Kingsgate Sports Centre"),
/// whatever else the claims tell: the place of one event, told two ways.
pub fn venues_of_one_event<'a>(
    a: &'a Claim,
    b: &'a Claim,
    lx: &crate::lexicon::Lexicon,
) -> Option<(&'a PlaceRef, &'a PlaceRef)> {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .filter(|w| !lx.is_stop(w) && !lx.venues.contains(w.as_str()))
            .collect()
    };
    // Of one event: a name both tell beside it ("Carrick Storm ... final at
    // X" / "... final at Y, which Carrick Storm won"); "the women's final"
    // and "the men's final" of two winners are two.
    let shared_name = a.entities.iter().any(|e| {
        !a.places.iter().any(|p| p.name == e.name)
            && b.entities
                .iter()
                .any(|f| f.name.eq_ignore_ascii_case(&e.name))
    });
    if !shared_name || super::date::dated_apart(a, b) {
        return None;
    }
    for x in &a.places {
        let Some(ex) = event_at(a, x, lx) else {
            continue;
        };
        for y in &b.places {
            if event_at(b, y, lx).as_deref() != Some(ex.as_str()) {
                continue;
            }
            let (wx, wy) = (words(&x.name), words(&y.name));
            if !wx.is_empty() && !wy.is_empty() && !wx.iter().any(|w| wy.contains(w)) {
                return Some((x, y));
            }
        }
    }
    None
}

/// A place contradiction between two aligned claims: one place of each side.
pub fn check<'a>(
    a: &'a Claim,
    b: &'a Claim,
    lx: &crate::lexicon::Lexicon,
    vocab: &crate::align::Vocab,
    close: bool,
    regions: &Regions,
) -> Option<(&'a PlaceRef, &'a PlaceRef)> {
    let (pa, pb) = (located(a), located(b));
    for r in 0..4u8 {
        let xa: Vec<&PlaceRef> = pa
            .iter()
            .filter(|(q, p)| *q == r && !regions.town_venue(p))
            .map(|(_, p)| *p)
            .collect();
        let xb: Vec<&PlaceRef> = pb
            .iter()
            .filter(|(q, p)| *q == r && !regions.town_venue(p))
            .map(|(_, p)| *p)
            .collect();
        if xa.is_empty() || xb.is_empty() {
            continue;
        }
        // Any shared place means they agree on where; so does a place named
        // inside the other ("Port Calder" / "Port Calder Civic Center",
        // "Philadelphia" / "Northeast Philadelphia").
        let within = |x: &str, y: &str| {
            // Short forms of place words are the words ("Mt Cook" / "Mount
            // Cook"); "St" may be a saint or a street, and is left out.
            let words = |s: &str| -> Vec<String> {
                s.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty() && !w.eq_ignore_ascii_case("st"))
                    .map(|w| match w.to_lowercase().as_str() {
                        "mt" => "mount".to_string(),
                        "ft" => "fort".to_string(),
                        "pt" => "point".to_string(),
                        _ => super::event::spelling_key(w),
                    })
                    .collect()
            };
            // The word for a kind of venue closing a name says nothing of
            // which one it is: "Betty Ford Center" / "Betty Ford Clinic"
            // (but "Centre County" is not "Clearfield County").
            // So does a word for a street ("Stadiou Avenue" / "Stadiou
            // Street").
            let venue = |w: &String| {
                lx.venues.contains(w.as_str())
                    || matches!(w.as_str(), "clinic" | "facility")
                    || lx.is_street_word(w)
            };
            let (mut wx, mut wy) = (words(x), words(y));
            if wx.len() > 1
                && wy.len() > 1
                && wx.last().is_some_and(venue)
                && wy.last().is_some_and(venue)
            {
                wx.pop();
                wy.pop();
            }
            // A name spelled two ways ("Philip Street" / "Phillips Road"):
            // the same letters, doubled ones and a final "s" aside.
            let loose = |w: &String| {
                let mut k: Vec<char> = w.trim_end_matches('s').chars().collect();
                k.dedup();
                k.into_iter().collect::<String>()
            };
            let (lx_, ly_): (Vec<String>, Vec<String>) = (
                wx.iter().map(loose).collect(),
                wy.iter().map(loose).collect(),
            );
            !wx.is_empty()
                && !wy.is_empty()
                && (lx_.iter().all(|w| ly_.contains(w)) || ly_.iter().all(|w| lx_.contains(w)))
        };
        // So does a place lying in the other, or a few kilometres from it,
        // by the gazetteer ("Tiverton" / "Devon", "Flatbush" / "Brooklyn").
        let one_area = |x: &str, y: &str| {
            crate::lexicon::names::one_area(
                &crate::align::normalize::key(x),
                &crate::align::normalize::key(y),
            )
        };
        if xa.iter().any(|x| {
            xb.iter()
                .any(|y| within(&x.name, &y.name) || one_area(&x.name, &y.name))
        }) {
            continue;
        }
        // A place the other claim names at all, if only as a landmark
        // ("near Ostley, about six kilometres east of Marrowby" /
        // "near Marrowby"), is no other place.
        let says = |c: &Claim, p: &PlaceRef| {
            c.text.match_indices(p.name.as_str()).any(|(i, _)| {
                let before = c.text[..i].chars().next_back();
                let after = c.text[i + p.name.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
        };
        if xb.iter().any(|y| says(a, y)) || xa.iter().any(|x| says(b, x)) {
            continue;
        }
        for lvl in ["state", "country", "county", "local", "venue", "street"] {
            let lv = |p: &&&PlaceRef| regions.level(p) == lvl;
            let x = xa.iter().find(lv);
            let y = xb.iter().find(lv);
            // A story runs along many streets (a chase, a find and an
            // arrest): two streets clash only as the place of one thing
            // named right before them ("a substation on Mill Lane" / "a
            // substation on Station Road").
            if lvl == "street"
                && x.zip(y).is_none_or(|(x, y)| {
                    let t = thing_before(a, x, lx);
                    t.is_none() || t != thing_before(b, y, lx)
                })
            {
                continue;
            }
            // Where the same thing happened: "a tree fell on his truck in
            // Gorham" and "a fire at a substation in Brunswick" place two
            // different things.
            // A place no gazetteer knows may be a region holding a known
            // town ("Wellington" / "Somerset"): a known and an unknown place
            // clash only in claims much alike.
            // A guess the smaller gazetteer confirms is known (read here,
            // not in extraction: the list is large).
            let guessed = |p: &PlaceRef| {
                p.guessed && !crate::lexicon::names::known_town(&p.name.to_lowercase())
            };
            if let Some((x, y)) = x
                .zip(y)
                .filter(|(x, y)| (guessed(x) == guessed(y) || close) && !regions.nested(x, y))
            {
                // A place set before the clause ("In Bruvik, the ministry
                // dismissed ...") is said of the clause's act.
                let fronted = |c: &Claim, p: &PlaceRef| {
                    c.text_before(p.span.start()).split_whitespace().count() <= 1
                        && c.text_after(p.span.end()).starts_with(',')
                        && c.frame.predicate.is_some()
                };
                let said_of = |c: &Claim, p: &PlaceRef| {
                    !p.anchor.words.is_empty() || p.anchor.verb.is_some() || fronted(c, p)
                };
                // Claims alike overall place the same thing ("one of them, a
                // patient in Poland, died" / "a woman in Hungary"). So do
                // places of one thing on one day ("the meeting will be held
                // at Hatchmere village hall on 12 June" / "a public meeting
                // at Upper Stowe community centre on 12 June").
                if close
                    || !(said_of(a, x) && said_of(b, y))
                    || super::date::anchors_meet(&x.anchor, &y.anchor, lx, vocab)
                    || one_day_one_thing(a, x, b, y, lx)
                {
                    return Some((x, y));
                }
            }
        }
    }
    None
}

/// True when both claims name places and share none ("in the UK" /
/// "in Canada"): what each tells is of its own place.
pub fn named_apart(a: &Claim, b: &Claim) -> bool {
    !a.places.is_empty()
        && !b.places.is_empty()
        && !a
            .places
            .iter()
            .any(|p| b.places.iter().any(|q| q.name == p.name))
}

/// The word right before a place's preposition, base form ("substation"
/// of "struck an electricity substation on Mill Lane"); none when it is a
/// function word.
fn thing_before(c: &Claim, p: &PlaceRef, lx: &crate::lexicon::Lexicon) -> Option<String> {
    let words = super::lower_words(c.text_before(p.span.start()));
    let mut rev = words.iter().rev();
    rev.next()?; // the preposition
    // A noun ("substation"), not the act ("was found on Ash Lane").
    let wn = crate::lexicon::wordnet::WordNet::builtin();
    rev.find(|w| !crate::lexicon::is_determiner(w))
        .filter(|w| {
            !lx.is_stop(w)
                && !w.ends_with("ed")
                && !w.ends_with("ing")
                && !lx.irregular.contains_key(w.as_str())
                && wn.lemma(w, crate::lexicon::wordnet::Pos::Noun).is_some()
        })
        .map(|w| lx.base(w).to_string())
}

/// True when two claims date their places to one day and place one thing:
/// a word the place is said of (its anchor), or the subject or object of
/// the claim's act, is on both sides, and is no word for people.
fn one_day_one_thing(
    a: &Claim,
    x: &PlaceRef,
    b: &Claim,
    y: &PlaceRef,
    lx: &crate::lexicon::Lexicon,
) -> bool {
    let same_day = super::date::same_day(a, b);
    let things = |c: &Claim, p: &PlaceRef| -> Vec<String> {
        let heads = [c.frame.subject.as_ref(), c.frame.object.as_ref()]
            .into_iter()
            .flatten()
            .filter(|q| !q.name && !q.pronoun)
            .map(|q| lx.base(&q.head.to_lowercase()).to_string());
        p.anchor.words.iter().cloned().chain(heads).collect()
    };
    // People are at every event: the thing must be no word for them
    // ("residents" at a meeting, "people" treated at a hospital).
    let people = |w: &String| lx.base(w) == "person" || crate::parse::names::person_noun(w);
    // One thing, told as one on both sides: "a public meeting", not
    // "polling stations" or "clinics", which may be at many places.
    let one = |c: &Claim, w: &str| {
        c.text
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|t| t.eq_ignore_ascii_case(w))
    };
    same_day && {
        let tb = things(b, y);
        things(a, x)
            .iter()
            .any(|w| tb.contains(w) && !people(w) && one(a, w) && one(b, w))
    }
}

#[cfg(test)]
mod tests {
    use crate::compare::FindingType;
    use crate::compare::testing::between;

    fn places(a: &str, b: &str) -> usize {
        between(a, b, FindingType::Place)
    }

    #[test]
    fn two_venues_of_one_event_noun() {
        let a = "outlet: Alpha News\ndate: 2025-04-07\n\n\
            Carrick Storm are champions after edging Dunmoor Raiders 54-51 in a tense final \
            at the Elverton Arena in Ashmere on Sunday afternoon.\n";
        let b = "outlet: Beta Post\ndate: 2025-04-07\n\n\
            Birch was injured in a collision during Sunday's final at Kingsgate Sports Centre \
            in Ashmere, which Carrick Storm won.\n";
        assert_eq!(places(a, b), 1);
        // The finals of two winners are two finals.
        let other = "outlet: Beta Post\ndate: 2025-04-07\n\n\
            Selby Sharks won the men's final at Kingsgate Sports Centre in Ashmere on Sunday.\n";
        assert_eq!(places(a, other), 0);
        // Not a question, which asserts nothing.
        let q = "outlet: Beta Post\ndate: 2025-04-07\n\n\
            Can you imagine a final at Kingsgate Sports Centre in Ashmere on Sunday?\n";
        assert_eq!(places(a, q), 0);
    }

    #[test]
    fn a_place_past_its_owner() {
        let a = "outlet: Alpha News\ndate: 2026-02-10\n\n\
            The match against Westbury was played at the club’s Castle Park outground.\n";
        let b = "outlet: Beta Post\ndate: 2026-02-10\n\n\
            The match against Westbury was played at the club’s Selby Park outground.\n";
        assert_eq!(places(a, b), 1);
    }

    #[test]
    fn where_a_company_is_based_said_in_other_words() {
        let a = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            The merged firm will be headquartered in Dublin, the companies said.\n";
        let b = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            The combined company will be based in Madrid, according to a statement.\n";
        assert_eq!(places(a, b), 1);
        let same = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            The combined company will be based in Dublin, according to a statement.\n";
        assert_eq!(places(a, same), 0);
        // A bank is a lender; a head office is where it is headquartered.
        let c = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            The combined bank will keep its head office in Alderwick, the companies said.\n";
        let d = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            The merged lender will be headquartered in Tressingham, the banks said.\n";
        assert_eq!(places(c, d), 1);
    }

    #[test]
    fn where_the_worst_was_in_places_no_list_knows() {
        let a = "outlet: Alpha News\ndate: 2025-06-11\n\n\
            Growers said the damage was worst near Brescott, where some lost their crop.\n";
        let b = "outlet: Beta Post\ndate: 2025-06-11\n\n\
            The worst damage was recorded around the hamlet of Vourne, growers said.\n";
        assert_eq!(places(a, b), 1);
        let c = b.replace("Vourne", "Brescott");
        assert_eq!(places(a, &c), 0);
    }

    #[test]
    fn a_place_under_which_something_lies_is_where_it_is() {
        let a = "outlet: Alpha News\ndate: 2025-06-11\n\n\
            The tremor was centred under the hamlet of Brescott, the survey said.\n";
        let b = "outlet: Beta Post\ndate: 2025-06-11\n\n\
            The quake was centred beneath the village of Vourne, the survey said.\n";
        assert_eq!(places(a, b), 1);
        let c = b.replace("Vourne", "Brescott");
        assert_eq!(places(a, &c), 0);
    }

    #[test]
    fn one_thing_on_two_streets() {
        let a = "outlet: Alpha News\ndate: 2025-06-11\n\n\
            Falling bricks struck an electricity substation on Mill Lane, the council said.\n";
        let b = "outlet: Beta Post\ndate: 2025-06-11\n\n\
            Falling bricks hit a substation on Station Road, the council said.\n";
        assert_eq!(places(a, b), 1);
        // A street spelled two ways is one.
        assert_eq!(places(a, &b.replace("Station Road", "Mill Street")), 0);
        // Different things on different streets: a chase, not a clash.
        let c = "outlet: Beta Post\ndate: 2025-06-11\n\n\
            Falling bricks hit a parked van on Station Road, the council said.\n";
        assert_eq!(places(a, c), 0);
        // Nor is what is found on two streets one thing.
        let d = "outlet: Alpha News\ndate: 2025-06-11\n\nA car was found on Ash Lane.\n";
        let e = "outlet: Beta Post\ndate: 2025-06-11\n\nA van was found on Birch Lane.\n";
        assert_eq!(places(d, e), 0);
    }

    #[test]
    fn one_thing_on_one_day_at_two_venues() {
        let a = "outlet: Alpha News\ndate: 2025-06-02\n\n\
            A public meeting on the future of the 41 bus will be held at Hatchmere village hall \
            on 12 June.\n";
        let b = "outlet: Beta Post\ndate: 2025-06-02\n\n\
            Campaigners will put their case for the 41 bus at a public meeting at Upper Stowe \
            community centre on 12 June.\n";
        assert_eq!(places(a, b), 1);
    }

    #[test]
    fn schools_named_for_their_grade_are_venues() {
        let a = "outlet: Alpha News\ndate: 2025-03-02\n\n\
            Pupils will move to Alder Ridge Elementary in September, the board said.\n";
        let b = "outlet: Beta Post\ndate: 2025-03-02\n\n\
            Pupils will move to Kestrel Hill Elementary in September, the board said.\n";
        assert_eq!(places(a, b), 1);
    }

    #[test]
    fn a_venue_named_by_the_town_a_local_paper_is_named_for_says_where() {
        let a = "outlet: Alpha News\ndate: 2025-03-02\n\n\
            A crane fell at the Harlow Quay terminal on Tuesday, officials said.\n";
        let b = "outlet: The Harlow Quay Courier\ndate: 2025-03-02\n\n\
            A crane fell at the Kestrel terminal on Tuesday, officials said.\n";
        assert_eq!(places(a, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2025-03-02\n\n\
            A crane fell at the Kestrel terminal on Tuesday, officials said.\n";
        assert_eq!(places(a, c), 1);
    }

    #[test]
    fn a_building_named_where_something_happened() {
        let a = "outlet: Alpha News\ndate: 2025-03-04\n\n\
            Mayor Celia Brannock made the announcement at a short press conference on the \
            steps of the Guildhall on Tuesday.\n";
        let b = "outlet: Beta Post\ndate: 2025-03-04\n\n\
            Mayor Celia Brannock made the announcement on Tuesday at the Corn Exchange.\n";
        assert_eq!(places(a, b), 1);
        let same = "outlet: Gamma Daily\ndate: 2025-03-04\n\n\
            Mayor Celia Brannock made the announcement on Tuesday outside the Guildhall.\n";
        assert_eq!(places(a, same), 0);
        // An occasion is no building.
        let c = "outlet: Alpha News\ndate: 2025-03-04\n\n\
            The chancellor announced the tax cut at the Budget on Wednesday.\n";
        let d = "outlet: Beta Post\ndate: 2025-03-04\n\n\
            The chancellor announced the tax cut at the Mansion House on Wednesday.\n";
        assert_eq!(places(c, d), 0);
    }

    #[test]
    fn a_name_before_words_for_a_venue_is_a_place() {
        let a = "outlet: Alpha News\ndate: 2025-03-02\n\n\
            The prisoners will be handed over at the Kelva border crossing, the ministry said.\n";
        let b = "outlet: Beta Post\ndate: 2025-03-02\n\n\
            The prisoners are to be handed over at the Tessvik air base, the foreign ministry said.\n";
        assert_eq!(places(a, b), 1);
        let same = "outlet: Gamma Daily\ndate: 2025-03-02\n\n\
            The prisoners will be handed over at the Kelva crossing, officials said.\n";
        assert_eq!(places(a, same), 0);
        // A word for an industry before the venue word makes the name a
        // town's, not the venue's.
        let c = "outlet: Alpha News\ndate: 2025-03-02\n\nA fire broke out at the Wrenfield plastics plant on Tuesday.\n";
        let d = "outlet: Beta Post\ndate: 2025-03-02\n\nA fire broke out at the Corliss plant on Tuesday.\n";
        assert_eq!(places(c, d), 0);
    }

    #[test]
    fn a_place_said_of_a_sentences_first_noun_is_its_place() {
        // "Prosecutors in Kessingham": where the prosecutors are, not the
        // avalanche.
        let a = "outlet: Alpha News\ndate: 2025-01-20\n\n\
            An avalanche hit a ski touring group in Ilvermoor valley on Saturday.\n";
        let b = "outlet: Beta Post\ndate: 2025-01-20\n\n\
            Prosecutors in Kessingham are expected to open an inquiry, a person familiar with the matter said.\n";
        assert_eq!(places(a, b), 0);
    }

    #[test]
    fn a_landmark_and_a_town_in_a_county_meet() {
        let a = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            A freight train derailed near Ostley, about six kilometres east of Marrowby, officials said.\n";
        let b = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            A freight train derailed near Marrowby, officials said.\n";
        assert_eq!(places(a, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2025-05-02\n\n\
            A freight train derailed near Hallam, officials said.\n";
        assert_eq!(places(b, c), 1);
    }

    #[test]
    fn a_town_and_a_venue_in_it_do_not_clash() {
        let a = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            The town hall meeting will be held in Port Ellery next week, the mayor said.\n";
        let b = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            The town hall meeting will be held at the Port Ellery Civic Center next week, the mayor said.\n";
        assert_eq!(places(a, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2025-05-02\n\n\
            The town hall meeting will be held at the Westbrook Community Center next week, the mayor said.\n";
        assert_eq!(places(a, c), 0, "a venue is not set against a town");
    }

    #[test]
    fn a_region_of_the_story_holds_its_towns() {
        let a = "outlet: Alpha News\ndate: 2026-03-09\n\n\
            Two people died after a train derailed in Borderdale on Monday, police said. \
            Borderdale County Council opened a rest centre.\n";
        let b = "outlet: Beta Post\ndate: 2026-03-09\n\n\
            Two people died after a train derailed near Ashcombe on Monday, police said.\n";
        assert_eq!(places(a, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2026-03-09\n\n\
            Two people died after a train derailed near Hallside on Monday, police said.\n";
        assert_eq!(places(b, c), 1, "two towns still clash");
    }

    #[test]
    fn a_place_written_inside_another_holds_it() {
        let a = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            The shooting happened in East Flatbush, Brooklyn, on Friday night, police said.\n";
        let b = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            The shooting happened in Brooklyn on Friday night, police said.\n";
        assert_eq!(places(a, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2025-05-02\n\n\
            The shooting happened in Queens on Friday night, police said.\n";
        assert_eq!(places(b, c), 1, "two boroughs still clash");
    }

    #[test]
    fn a_province_holds_the_towns_in_it() {
        let a = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            The airship made an emergency landing in a farm field in Manitoba on Saturday.\n";
        let b = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            The airship made an emergency landing in a field near the village of Riverton.\n";
        assert_eq!(places(a, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2025-05-02\n\n\
            The airship made an emergency landing in a farm field in Saskatchewan on Saturday.\n";
        assert_eq!(places(a, c), 1);
    }

    #[test]
    fn a_place_set_before_the_clause_is_of_its_act() {
        let a = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            In Leeds, the foreign ministry of Teskia dismissed the claims as absurd.\n";
        let b = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            The ambassador of Teskia was summoned to the foreign ministry in Bristol.\n";
        assert_eq!(places(a, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2025-05-02\n\n\
            The foreign ministry of Teskia dismissed the claims as absurd in Bristol.\n";
        assert_eq!(places(a, c), 1);
    }

    #[test]
    fn where_people_are_from_is_no_start_of_their_trip() {
        let a = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            Three men from Leeds rowed across the North Sea in 40 hours, setting a record.\n";
        let b = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            The three men rowed across the North Sea from Bristol in 40 hours, a record.\n";
        assert_eq!(places(a, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2025-05-02\n\n\
            The three men rowed across the North Sea from Leeds in 40 hours, a record.\n";
        assert_eq!(places(c, b), 1);
        let d = "outlet: Delta Daily\ndate: 2025-05-02\n\n\
            Tom Reyes, originally from Leeds, rowed across the North Sea in 40 hours, a record.\n";
        assert_eq!(places(d, b), 0);
        // Where people are from is set against where others say they are from.
        let e = "outlet: Echo Daily\ndate: 2025-05-02\n\n\
            Three men from Bristol rowed across the North Sea in 40 hours, setting a record.\n";
        assert_eq!(places(a, e), 1);
    }

    #[test]
    fn the_outskirts_of_a_town_are_where() {
        let a = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            The cheese was repackaged in a warehouse on the outskirts of Leeds, \
            prosecutors said.\n";
        let b = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            Harlan repackaged the cheese in a barn in Bristol, prosecutors said.\n";
        assert_eq!(places(a, b), 1);
        // A small town the larger list lacks is known, not guessed.
        let c = b.replace("Bristol", "Hexham");
        assert_eq!(places(a, &c), 1);
    }

    #[test]
    fn the_kind_of_a_venue_does_not_name_another() {
        let a = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            The singer checked into the Harwell Ford Center on Monday, her publicist said.\n";
        let b = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            The singer checked into the Harwell Ford Clinic on Monday, her publicist said.\n";
        assert_eq!(places(a, b), 0);
        let c = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            The train left the tracks in Clearfield County on Monday, police said.\n";
        let d = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            The train left the tracks in Centre County on Monday, police said.\n";
        assert_eq!(places(c, d), 1, "a word of a name is no venue");
    }

    #[test]
    fn two_venues_clash() {
        let a = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            Evacuees were sent to a shelter at Ridgeway High School, officials said.\n";
        let b = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            Evacuees were sent to a shelter at the Marlow County Fairgrounds, officials said.\n";
        assert_eq!(places(a, b), 1);
    }

    #[test]
    fn two_things_placed_in_two_towns_do_not_clash() {
        let a = "outlet: Alpha News\ndate: 2025-12-09\n\n\
            A man was killed when a tree fell on his pickup truck in Gorham late Monday, police said.\n";
        let b = "outlet: Beta Post\ndate: 2025-12-09\n\n\
            A fire at a substation in Brunswick was caused by a tree limb that fell across equipment, \
            the utility said.\n";
        assert_eq!(places(a, b), 0);
        let c = "outlet: Gamma Daily\ndate: 2025-12-09\n\n\
            A man was killed when a tree fell on his pickup truck in Windham late Monday, police said.\n";
        assert_eq!(places(a, c), 1);
    }
}
