//! People: a different actor for the same role or act.
//!
//! Two rules, both `person` contradictions:
//! - roles: two sources name different people to a role one person holds at
//!   a time, with the same qualifier or none ("the train's engineer, Dale
//!   Kettering" / "named the engineer as Ronald Pruitt");
//! - actors: two claims about the same act done to the same thing (their
//!   frames' predicates alike, their patients the same: see `event.rs`) each
//!   name people (outside quotations and attributions) and share none of
//!   them ("the order was issued by the mayor, Lynn Ashcroft" / "Sheriff
//!   Dale Purcell had ordered the evacuation").
//!
//! Traps: the same person named in full and by surname ("Marcus Dahl" /
//! "Dahl"); roles with other qualifiers ("the Wexcombe manager" / "the
//! Corrington manager"); roles many people hold ("a spokesperson").

use crate::align::Names;
use crate::claims::{Claim, Frame, Role};
use crate::parse::NameKind;

/// A role conflict: the two roles.
pub fn check_roles<'a>(a: &'a Claim, b: &'a Claim, names: &Names) -> Option<(&'a Role, &'a Role)> {
    for ra in a.facts.roles.iter().take(super::DETAIL) {
        for rb in b.facts.roles.iter().take(super::DETAIL) {
            if ra.role != rb.role {
                continue;
            }
            let in_quote = |c: &Claim, r: &Role| c.quotes.iter().any(|q| q.span.contains(r.span));
            if in_quote(a, ra) || in_quote(b, rb) {
                continue;
            }
            // A title before a name ("President Trump") is said of many
            // people; it clashes only with the same qualifier on both sides.
            // A described role ("the engineer") may leave it out.
            // A body named and one told by a common noun ("Caddon's chief
            // executive" / "the company's chief executive") are the story's
            // one body, for described roles.
            let common = |q: &str| {
                let q = q.trim_end_matches("'s").trim_end_matches("’s");
                matches!(
                    q,
                    "company" | "firm" | "group" | "business" | "corporation" | "operator"
                )
            };
            // A body told by another common noun is another body ("the
            // company's" / "the ministry's head of communications").
            let named = |q: &str| {
                let q = q.trim_end_matches("'s").trim_end_matches("’s");
                let wn = crate::lexicon::wordnet::WordNet::builtin();
                q.contains(' ') || wn.lemma(q, crate::lexicon::wordnet::Pos::Noun).is_none()
            };
            let quals_fit = match (&ra.qualifier, &rb.qualifier) {
                (Some(x), Some(y)) => {
                    x == y
                        || x.contains(y.as_str())
                        || y.contains(x.as_str())
                        || synonyms(x, y)
                        || !ra.title
                            && !rb.title
                            && (common(x) && named(y) || common(y) && named(x))
                }
                _ => !ra.title && !rb.title,
            };
            if quals_fit && !names.same_person(&ra.person, &rb.person) {
                return Some((ra, rb));
            }
        }
    }
    None
}

/// People a claim names as actors: not inside its quotations, not its
/// sources, not the one the act is done to ("the bullet that killed
/// Alexandros Grigoropoulos").
/// True when two qualifiers of a role are one thing by two common nouns
/// ("the ship's master" / "the vessel's master").
fn synonyms(x: &str, y: &str) -> bool {
    use crate::lexicon::concept::{Relation, relate_nouns};
    use crate::lexicon::wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    let noun = |q: &str| {
        let last = q.split_whitespace().next_back()?;
        let w = last.trim_end_matches("'s").trim_end_matches("’s");
        wn.lemma(w, Pos::Noun)
    };
    noun(x).zip(noun(y)).is_some_and(|(p, q)| {
        matches!(
            relate_nouns(crate::lexicon::Lexicon::builtin(), p, q),
            Some(Relation::Same | Relation::Synonym)
        )
    })
}

fn actors(c: &Claim) -> Vec<&str> {
    let patient = c.frame.patient().map(|p| p.span);
    c.entities
        .iter()
        .take(super::DETAIL)
        .filter(|e| e.kind == NameKind::Person)
        .filter(|e| !c.quotes.iter().any(|q| q.span.contains(e.span)))
        .filter(|e| !patient.is_some_and(|p| p.contains(e.span)))
        .filter(|e| !c.sources.iter().any(|s| s.name == e.name))
        .map(|e| e.name.as_str())
        .collect()
}

/// The definite thing a deed is done to, or the act itself when a light
/// verb made it ("signed the emergency declaration" -> declare).
pub fn definite_deed(f: &Frame, lx: &crate::lexicon::Lexicon) -> bool {
    match f.patient() {
        Some(p) => super::event::one_thing(p, lx),
        None => f.predicate.as_ref().is_some_and(|p| {
            p.text.split_whitespace().skip(1).any(|w| {
                matches!(
                    w.to_lowercase().as_str(),
                    "the" | "its" | "his" | "her" | "their"
                )
            })
        }),
    }
}

/// True when a frame tells an act one person does to one thing (see
/// [`one_doer_act`]), or raises or sounds the alarm ("A neighbour, Lydia
/// Crane, raised the alarm").
pub fn one_doer(f: &Frame) -> bool {
    f.predicate.as_ref().is_some_and(|p| {
        one_doer_act(&p.lemma)
            || matches!(p.lemma.as_str(), "raise" | "sound")
                && f.patient().is_some_and(|x| x.head == "alarm")
            || p.lemma == "sign" && f.patient().is_some_and(signed_by_one)
    })
}

/// True for a paper one hand signs ("signed the felling notice", "the
/// order"), not one of several parties or many names: an agreement of any
/// kind ("the treaty", "the contract"), a petition, a letter.
fn signed_by_one(x: &crate::claims::Participant) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    let first = |w: &str| {
        wn.lemma(w, Pos::Noun)
            .and_then(|l| wn.senses(l, Pos::Noun).next())
    };
    let head = x.head.to_lowercase();
    let many = [
        "agreement",
        "petition",
        "letter",
        "pledge",
        "card",
        "book",
        "register",
    ]
    .iter()
    .filter_map(|w| first(w))
    .collect::<Vec<_>>();
    !x.name && first(&head).is_some_and(|s| !many.iter().any(|&m| s == m || wn.is_a(s, m, 6)))
}

/// Acts one person does to one thing ("brokered the agreement", "ordered the
/// evacuation", "signed the declaration"), unlike acts many may each do to
/// it ("criticized the decision", "attended the funeral"). Not "delivered
/// the address": an opening and a closing one are two.
pub fn one_doer_act(lemma: &str) -> bool {
    matches!(
        lemma,
        "broker"
            | "mediate"
            | "chair"
            | "preside"
            | "head"
            | "lead"
            | "order"
            | "declare"
            | "appoint"
            | "nominate"
            | "found"
            | "author"
            | "draft"
            | "propose"
            | "present"
            | "veto"
            | "decide"
            | "approve"
            | "fire"
            | "sack"
            | "dismiss"
            | "hire"
            | "discover"
            | "rescue"
            | "shoot"
            | "kill"
            | "stab"
            | "score"
    )
}

/// True when a frame's act is a stance taken on a thing ("defended the
/// groundstaff", "criticised the decision", "praised the crews"), which many
/// people may each take; not an act one person does ("announced the
/// result", "signed the agreement").
pub fn said_by_many(f: &Frame) -> bool {
    f.predicate.as_ref().is_some_and(|p| {
        matches!(
            p.lemma.as_str(),
            "defend"
                | "criticize"
                | "criticise"
                | "praise"
                | "condemn"
                | "welcome"
                | "blame"
                | "back"
                | "endorse"
                | "support"
                | "oppose"
                | "attack"
                | "slam"
                | "hail"
                | "applaud"
                | "question"
                | "challenge"
                | "dispute"
                | "thank"
                | "congratulate"
        )
    })
}

/// True when a claim singles out its doer: "It was Deputy Mayor Ilse Varga
/// who ordered inspections" says she, and nobody else, did.
pub fn cleft(c: &Claim) -> bool {
    let t = c.content_text().to_lowercase();
    let rest = t
        .strip_prefix("it was ")
        .or_else(|| t.strip_prefix("it is "))
        .unwrap_or("");
    // "It was not X who ...": X is ruled out, nobody singled out.
    !rest.is_empty()
        && !rest.starts_with("not ")
        && !rest.starts_with("never ")
        && rest.split_whitespace().take(8).any(|w| w == "who")
}

/// True when a claim names `who` as a person.
fn person_in(c: &Claim, who: &str) -> bool {
    let is = |name: &str| who.contains(name) || name.contains(who);
    c.entities
        .iter()
        .any(|e| e.kind == NameKind::Person && is(&e.name))
        || c.sources
            .iter()
            .any(|s| s.kind == crate::lexicon::SourceKind::Person && is(&s.name))
}

/// A deed said of a named person in a relative clause of one claim, done
/// by another named person in the other: the same act ("who brokered the
/// agreement" / "The deal was brokered by Dale Whitcombe") to the same
/// definite thing. The two people.
pub fn check_deeds(
    a: &Claim,
    b: &Claim,
    names: &Names,
    lx: &crate::lexicon::Lexicon,
) -> Option<(String, String, String)> {
    use super::event::{Fit, fit};
    use crate::lexicon::concept::relate;
    // Main frames are compared in `check_actors`.
    for ((_, fa, pa), (_, fb, pb)) in deed_pairs(a, b) {
        let alike = match (pa.id, pb.id) {
            (Some(x), Some(y)) => relate(lx, x, y).is_some_and(|r| r.alike()),
            _ => pa.lemma == pb.lemma,
        };
        let patient = match (fa.patient(), fb.patient()) {
            (None, None) => true,
            (x, y) => fit(x, y, names, lx) == Fit::Same,
        };
        let (Some(xa), Some(xb)) = (fa.actor(), fb.actor()) else {
            continue;
        };
        if alike
            && patient
            && one_doer(fa)
            // One side may bring the thing in ("in an operation led by Dr.
            // Marr" / "who led the operation").
            && (definite_deed(fa, lx) && definite_deed(fb, lx)
                || brings_in(fa) && definite_deed(fb, lx)
                || brings_in(fb) && definite_deed(fa, lx))
            && xa.name
            && xb.name
            && person_in(a, &xa.head)
            && person_in(b, &xb.head)
            && !names.same_person(&xa.head, &xb.head)
            && !posts_apart(a, xa, b, xb)
        {
            return Some((xa.head.clone(), xb.head.clone(), pa.lemma.clone()));
        }
    }
    None
}

/// True when a deed brings its thing into the story, told by the thing
/// with its doer after "by" ("in an operation led by Dr. Priya Marr").
fn brings_in(f: &Frame) -> bool {
    f.passive && f.agent.is_some() && f.patient().is_some()
}

/// True when each doer is named after a different word for a post ("led
/// by captain Sean Walsh" / "led by coach Mary Byrne"): two people may do
/// the act in two capacities.
fn posts_apart(
    a: &Claim,
    xa: &crate::claims::Participant,
    b: &Claim,
    xb: &crate::claims::Participant,
) -> bool {
    // The word right before the name, inside the participant's words
    // ("captain Sean Walsh") or before them.
    let post = |c: &Claim, x: &crate::claims::Participant| {
        let own = x
            .text
            .split_whitespace()
            .next()
            .filter(|w| w.starts_with(char::is_lowercase));
        // A job told in lower case; a rank is a title ("Chief Inspector").
        own.or_else(|| c.text_before(x.span.start()).split_whitespace().next_back())
            .filter(|w| w.starts_with(char::is_lowercase))
            .filter(|w| crate::parse::names::person_noun(w))
            .map(str::to_string)
    };
    matches!((post(a, xa), post(b, xb)), (Some(p), Some(q)) if p != q)
}

/// A frame of a claim (its own or a deed), whether it is a deed, and its
/// predicate.
pub type FrameOf<'a> = (bool, &'a Frame, &'a crate::claims::Predicate);

/// The pairs of frames of two claims, one side's own frame or a deed
/// against the other's, at least one a deed, both with a predicate.
pub fn deed_pairs<'a>(a: &'a Claim, b: &'a Claim) -> Vec<(FrameOf<'a>, FrameOf<'a>)> {
    // Most claims have no deed: nothing to pair, nothing allocated.
    if a.facts.deeds.is_empty() && b.facts.deeds.is_empty() {
        return Vec::new();
    }
    let frames = |c: &'a Claim| -> Vec<FrameOf<'a>> {
        std::iter::once((false, &c.frame))
            .chain(c.facts.deeds.iter().map(|f| (true, f)))
            .filter_map(|(d, f)| f.predicate.as_ref().map(|p| (d, f, p)))
            .collect()
    };
    let (fa, fb) = (frames(a), frames(b));
    let mut out = Vec::new();
    for &x in &fa {
        for &y in &fb {
            if x.0 || y.0 {
                out.push((x, y));
            }
        }
    }
    out
}

/// The person a claim says its described subject is: "The woman who died
/// was retired teacher Ilse Brandauer", "... was named on Tuesday as Margit
/// Solberg". Only a copula (and "named"/"identified as") and lowercase
/// words between, and the name ends the clause: not "was hit by a car
/// driven by ...", "was married to ...".
pub fn identified(c: &Claim) -> Option<&crate::claims::EntityRef> {
    let subject = c.frame.subject.as_ref().filter(|s| !s.name && !s.pronoun)?;
    let rel = |at: usize| at.checked_sub(c.span.start());
    let e = c.entities.iter().find(|e| {
        e.kind == crate::parse::NameKind::Person && e.span.start() >= subject.span.end()
    })?;
    let between = c.text.get(rel(subject.span.end())?..rel(e.span.start())?)?;
    let after = c.text.get(rel(e.span.end())?..)?.trim_start();
    if !(after.is_empty() || after.starts_with([',', '.', ';'])) {
        return None;
    }
    // Words of a relative clause of the subject come first ("who died").
    let words: Vec<String> = between
        .split_whitespace()
        .map(|w| w.trim_matches(|ch: char| !ch.is_alphanumeric()).to_string())
        .filter(|w| !w.is_empty())
        .collect();
    let mut it = words.iter().map(|w| w.to_lowercase()).peekable();
    if it
        .peek()
        .is_some_and(|w| matches!(w.as_str(), "who" | "that" | "which"))
    {
        // Up to seven words of it, to the copula.
        for _ in 0..8 {
            if it
                .peek()
                .is_some_and(|w| matches!(w.as_str(), "was" | "is" | "has" | "had"))
            {
                break;
            }
            it.next();
        }
    }
    let skipped = words.len() - it.clone().count();
    let first = it.next()?;
    let rest: Vec<String> = match first.as_str() {
        "was" | "is" => it.collect(),
        "has" | "had" if it.next().as_deref() == Some("been") => it.collect(),
        _ => return None,
    };
    let named = matches!(
        rest.first().map(String::as_str),
        Some("named" | "identified")
    );
    let ok_word = |w: &String| {
        if named {
            // "named on Tuesday as", "identified by relatives as" is
            // another's act of naming, still of this person.
            !matches!(w.as_str(), "and" | "or" | "not" | "never")
        } else {
            !matches!(
                w.as_str(),
                "by" | "to"
                    | "with"
                    | "and"
                    | "or"
                    | "not"
                    | "never"
                    | "for"
                    | "from"
                    | "at"
                    | "in"
                    | "on"
                    | "of"
                    | "like"
                    | "than"
                    | "as"
            )
        }
    };
    let lower = words
        .iter()
        .skip(skipped + 1)
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    (rest.iter().all(ok_word)
        && (!named || rest.last().map(String::as_str) == Some("as"))
        && lower + 1 + skipped >= words.len().saturating_sub(if named { 2 } else { 0 }))
    .then_some(e)
}

/// An actor conflict between two closely aligned claims: a person of each side.
pub fn check_actors<'a>(a: &'a Claim, b: &'a Claim, names: &Names) -> Option<(&'a str, &'a str)> {
    let (pa, pb) = (actors(a), actors(b));
    if pa.is_empty() || pb.is_empty() {
        return None;
    }
    // The doers the frames name, when both do and neither is named on the
    // other side: a person named elsewhere in both claims ("after the
    // Renning campaign petitioned") is no doer of the act.
    let doer = |c: &'a Claim| -> Option<&'a str> {
        let actor = c.frame.actor().filter(|p| p.name)?;
        c.entities
            .iter()
            .find(|e| e.kind == NameKind::Person && actor.span.contains(e.span))
            .map(|e| e.name.as_str())
    };
    let named_in = |x: &str, others: &[&str]| others.iter().any(|y| names.same_person(x, y));
    // Names sharing a word may be one person told two ways ("Bob Kerrigan"
    // / "Robert Kerrigan", "Ada Fenwright-Lowe" / "Ada Fenwright").
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| w.len() > 1)
            .map(str::to_lowercase)
            .collect()
    };
    if let (Some(x), Some(y)) = (doer(a), doer(b)) {
        let shared = words(x).iter().any(|w| words(y).contains(w));
        if shared {
            return None;
        }
        if !named_in(x, &pb) && !named_in(y, &pa) {
            return Some((x, y));
        }
    }
    if pa
        .iter()
        .any(|x| pb.iter().any(|y| names.same_person(x, y)))
    {
        return None;
    }
    Some((pa[0], pb[0]))
}

#[cfg(test)]
mod tests {
    use crate::compare::FindingType;
    use crate::compare::testing::bodies_on;

    #[test]
    fn one_described_person_named_two_ways() {
        let a = "The woman who died in the Ostrey flats explosion was retired teacher Ilse \
            Brandauer, a family friend said.";
        let b = "The woman who died in the Ostrey flats explosion was named on Tuesday as \
            Margit Solberg, a retired teacher.";
        assert_eq!(people(a, b), 1);
        // Married to someone is no naming of her.
        let c = "The woman who died in the Ostrey flats explosion was married to retired \
            teacher Tom Solberg.";
        assert_eq!(people(a, c), 0);
        let d = "The woman who died in the Ostrey flats explosion was named on Tuesday as \
            Ilse Brandauer, a retired teacher.";
        assert_eq!(people(a, d), 0);
    }

    #[test]
    fn doers_of_one_act_clash_beside_a_person_both_name() {
        let a = "The recount was ordered by Judge Ada Fenwright after challenger Colm \
            Ruske argued that scanners had misread ballots.";
        let b = "The recount was ordered by Judge Piet Lannery after challenger Colm Ruske \
            asked for a hand count.";
        assert_eq!(people(a, b), 1);
        let c = "The recount was ordered by Judge Ada Fenwright after challenger Colm Ruske \
            asked for a hand count.";
        assert_eq!(people(a, c), 0);
        // One judge named two ways.
        let d = "The recount was ordered by Judge Ada Fenwright-Lowe after challenger Colm \
            Ruske asked for a hand count.";
        assert_eq!(people(a, d), 0);
    }

    fn people(a: &str, b: &str) -> usize {
        bodies_on("2024-10-01", a, b, FindingType::Person)
    }

    #[test]
    fn one_hand_signs_a_notice_many_an_agreement() {
        let a = "Council papers show that chief executive Martin Oyel signed the felling \
            notice last Thursday.";
        let b = "The felling notice was signed by the council's highways director, Clara \
            Whit, according to a copy of the document.";
        assert_eq!(people(a, b), 1);
        let c = "Trade minister Martin Oyel signed the trade agreement in Geneva last Thursday.";
        let d = "The trade agreement was signed in Geneva by trade minister Clara Whit.";
        assert_eq!(people(c, d), 0);
    }

    #[test]
    fn a_deed_bringing_in_its_thing_meets_one_told_of_it() {
        let a = "The kidney was transplanted on Sunday evening in an operation led by Dr. \
            Priya Ranga, the lead surgeon.";
        let b = "Dr. Tomas Wiel, the consultant surgeon who led the operation, said the \
            kidney had arrived in good condition.";
        assert_eq!(people(a, b), 1);
    }

    #[test]
    fn one_presenter_of_a_proposal() {
        let a = "The proposal was presented to the board by medical director Dr. Kwame Osu \
            on Tuesday.";
        let b = "The proposal, presented by chief nurse Alison Greav, was approved on Tuesday.";
        assert_eq!(people(a, b), 1);
    }

    #[test]
    fn a_stock_phrase_two_people_use() {
        let a = "The Rev. Anna Pryce, who leads the parish, called the painting \"a remarkable \
            survival\" and said the village was delighted.";
        let b = "\"It is a remarkable survival,\" said Prof. Martin Ashdo, an expert in medieval \
            wall painting.";
        assert_eq!(people(a, b), 0);
        let c = "\"It is a remarkable survival of medieval wall painting,\" said Prof. Martin \
            Ashdo.";
        let d = "The Rev. Anna Pryce called the find \"a remarkable survival of medieval wall \
            painting\".";
        assert_eq!(people(c, d), 1);
    }

    #[test]
    fn a_stance_many_people_may_take() {
        let a = "Director of cricket Tom Hask defended the groundstaff after the county were \
            handed a 16-point deduction.";
        let b = "Chief executive Sarah Llew has defended the groundstaff after the county were \
            handed a 16-point deduction.";
        assert_eq!(people(a, b), 0);
        // One act of one person still clashes.
        let c = "Director of cricket Tom Hask ordered the inquiry after the county were \
            handed a 16-point deduction.";
        let d = "Chief executive Sarah Llew has ordered the inquiry after the county were \
            handed a 16-point deduction.";
        assert_eq!(people(c, d), 1);
    }

    #[test]
    fn one_post_held_by_two_people_on_one_day() {
        let a = "Employment Judge Rosalind Acker, sitting in Bramwick, ruled on Thursday \
            that the council had treated Ellery less favourably because of her age.";
        let b = "Employment Judge Nicholas Fenn ruled on Thursday that Ellery had been \
            discriminated against because of her age.";
        assert_eq!(people(a, b), 1);
        // An honorific is no post; nor are two days one ruling.
        let c = "Dr. Nicholas Fenn ruled on Thursday that Ellery had been discriminated \
            against because of her age.";
        let d = "Dr. Rosalind Acker ruled on Thursday that the council had treated Ellery \
            less favourably because of her age.";
        assert_eq!(people(c, d), 0);
        let e = "Employment Judge Nicholas Fenn ruled on Friday that Ellery had been \
            discriminated against because of her age.";
        assert_eq!(people(a, e), 0);
        // A post many hold: two votes.
        let f = "Councillor Ann Byrd voted for the plan on Monday.";
        let g = "Councillor Paul Kerr voted for the plan on Monday.";
        assert_eq!(people(f, g), 0);
    }

    #[test]
    fn a_doer_described_then_named_raises_the_alarm() {
        let a = "The alarm was raised at around 5am by a postman, Peter Marsh.";
        let b = "A neighbour, Greta Lunn, raised the alarm after the wall fell.";
        assert_eq!(people(a, b), 1);
        // The same person named two ways, or concerns many may raise.
        let c = "A postman, Peter Marsh, raised the alarm after the wall fell.";
        assert_eq!(people(a, c), 0);
        let d = "A neighbour, Greta Lunn, raised concerns after the wall fell.";
        let e = "A postman, Peter Marsh, raised concerns after the wall fell.";
        assert_eq!(people(d, e), 0);
    }

    #[test]
    fn a_head_named_without_an_article_is_the_one_head() {
        // A head of a body set before the name as a title, no article.
        assert_eq!(
            people(
                "Chief executive Martin Ekholm said the company had no other option.",
                "Veldt's chief executive Lars Ekdahl said the company had no other option."
            ),
            1
        );
        // Not one of many ("a chief executive"), nor a role after a preposition.
        assert_eq!(
            people(
                "A chief executive, Martin Ekholm, said the company had no other option.",
                "Veldt's chief executive Lars Ekdahl said the company had no other option."
            ),
            0
        );
    }

    #[test]
    fn a_chief_role_of_a_source_is_held_by_one_person() {
        // Roles of the statement's source count, and "chief ... officer"
        // is one person's office though "officer" alone is not.
        assert_eq!(
            people(
                "\"We are treating this seriously,\" the university's chief information officer, \
                 Priya Valcourt, told reporters.",
                "Martin Oduya, the university's chief information officer, said the attackers \
                 had exploited a flaw."
            ),
            1
        );
        // A body's name before the role owns it, as "'s" would.
        assert_eq!(
            people(
                "Trelawn chief executive Iris Mabry signed the supply agreement at the plant.",
                "Trelawn chief executive Bram Ostrow, who signed the supply agreement, defended \
                 the deal."
            ),
            1
        );
        assert_eq!(
            people(
                "Trelawn chief executive Iris Mabry signed the supply agreement at the plant.",
                "Garrick chief executive Bram Ostrow, who signed the supply agreement, defended \
                 the deal."
            ),
            0
        );
        // Not a role many in the body hold.
        assert_eq!(
            people(
                "Network Rail engineer Tom Hale told the Kelby inquiry the signal had failed.",
                "Network Rail engineer Dena Marsh told the Kelby inquiry the signal had failed."
            ),
            0
        );
        // A title after a body's word alone may be of two bodies ("union
        // president" of the nurses' union and of the doctors').
        assert_eq!(
            people(
                "Union president Marta Kovell said the nurses would strike.",
                "Union president Piet Oderin said the doctors would strike."
            ),
            0
        );
        // A role in a phrase opened by a preposition is no one's title.
        assert_eq!(
            people(
                "In a letter to the chief executive, Ann Bell said nurses were exhausted.",
                "The trust's chief executive, Tom Reyes, said nurses were coping."
            ),
            0
        );
        // Another body's chief executive, told by a common noun, is another.
        assert_eq!(
            people(
                "Caddon's chief executive, Marguerite Olsby, said the pumps had worked.",
                "The regulator's chief executive, Ruth Ambery, said the pumps had failed."
            ),
            0
        );
        // A body named and one told by a common noun are the story's one body.
        assert_eq!(
            people(
                "Caddon's chief executive, Marguerite Olsby, said the pumps had worked.",
                "The company's chief executive, Ruth Ambery, said the pumps had failed."
            ),
            1
        );
        // A governor of one place is not one of another.
        assert_eq!(
            people(
                "Heidar Vance, the governor of Qeshm, said rescue teams were deployed.",
                "Omar Sheik, the governor of Hormozgan, said buildings were destroyed."
            ),
            0
        );
    }

    #[test]
    fn one_office_stood_in_for_by_two_people() {
        assert_eq!(
            people(
                "Deputy mayor Simon Achter will serve as acting mayor until the election, \
                 the council said.",
                "Council leader Imogen Faraday will act as interim mayor until the election, \
                 the council said."
            ),
            1
        );
        assert_eq!(
            people(
                "Deputy mayor Simon Achter will serve as acting mayor until the election.",
                "Council leader Imogen Faraday will serve as acting leader until the election."
            ),
            0
        );
        // Serving as something else is no office.
        assert_eq!(
            people(
                "Simon Achter said the fine would serve as a deterrent to others.",
                "Imogen Faraday said the fine would act as a deterrent to others."
            ),
            0
        );
    }

    #[test]
    fn one_role_of_one_thing_told_by_two_nouns() {
        // A rank inside the name is stepped over to the role before it; the
        // ship and the vessel are one thing.
        assert_eq!(
            people(
                "The ship's master, Captain Ewan Sorley, is co-operating with inspectors, \
                 the company said.",
                "The vessel's master, Captain Douglas Rennie, has been interviewed by \
                 inspectors, two people said."
            ),
            1
        );
        // Master and captain of a ship are one post, told plainly or with
        // the title.
        assert_eq!(
            people(
                "The vessel's captain, Alasdair Baird, has worked the route for years.",
                "The ship's master, Captain Euan Tolmie, was the last to leave."
            ),
            1
        );
        // "X, not the captain, was steering" gives X no post.
        assert_eq!(
            people(
                "First officer Delia Brannock, not the captain, was steering the ferry.",
                "The ferry's captain, Arno Lindqvist, was at the helm."
            ),
            0
        );
        // A role of a phrase before the subject is no role of the name.
        assert_eq!(
            people(
                "After questioning the ship's master, Captain Douglas Rennie ordered the \
                 harbour closed.",
                "The ship's master, Captain Ewan Sorley, was questioned by police."
            ),
            0
        );
        // The harbour's master is another post.
        assert_eq!(
            people(
                "The ship's master, Captain Ewan Sorley, is co-operating with inspectors, \
                 the company said.",
                "The harbour's master, Captain Douglas Rennie, has been interviewed by \
                 inspectors, two people said."
            ),
            0
        );
    }

    #[test]
    fn a_head_of_a_named_field_is_one_person() {
        // Told before or after the name, in unrelated statements.
        assert_eq!(
            people(
                "The company's head of mine rescue, Grace Lungu, said the men walked out.",
                "The men are alive, said Daniel Phiri, the company's head of mine rescue."
            ),
            1
        );
        // The head of one field at bodies of two kinds: two posts.
        assert_eq!(
            people(
                "The company's head of communications, Grace Lungu, said the talks failed.",
                "Daniel Phiri, the ministry's head of communications, said the talks failed."
            ),
            0
        );
        // Heads of two fields are two posts.
        assert_eq!(
            people(
                "The company's head of mine rescue, Grace Lungu, said the men walked out.",
                "The men are alive, said Daniel Phiri, the company's head of safety."
            ),
            0
        );
        // Set off after the name with no article, at a named body; or told
        // as "who leads" the field there.
        assert_eq!(
            people(
                "Dr. Ines Varga, head of soil chemistry at the Northfield Research Centre, \
                 will testify that the samples were clean.",
                "Paul Okafor, who leads soil chemistry at the Northfield Research Centre, \
                 found the samples clean."
            ),
            1
        );
        // The same field at two bodies is two posts.
        assert_eq!(
            people(
                "Dr. Ines Varga, head of soil chemistry at the Northfield Research Centre, \
                 will testify that the samples were clean.",
                "Paul Okafor, who leads soil chemistry at Halden University, found the \
                 samples clean."
            ),
            0
        );
        // Talks someone led are no post.
        assert_eq!(
            people(
                "Ann Bell, who led talks for the union, said the offer was poor.",
                "Tom Reyes, who led talks for the union, said the offer was poor."
            ),
            0
        );
    }

    #[test]
    fn a_role_before_a_name_after_a_phrase_or_an_honorific() {
        // After an opening phrase set off by a comma.
        assert_eq!(
            people(
                "In a video posted online, chief executive Ann Holt said the bank was sorry.",
                "The bank's chief executive, Tom Reyes, said the fault was fixed."
            ),
            1
        );
        // Past the honorific of the name.
        assert_eq!(
            people(
                "Chief medical officer Dr. Ann Holt said the risk was low.",
                "Dr. Tom Reyes, the country's chief medical officer, said the risk was low."
            ),
            1
        );
    }

    #[test]
    fn an_unqualified_head_takes_the_body_named_before_it() {
        assert_eq!(
            people(
                "The business will be run from Leeds, where Castlemoor has its head office, \
                 chief executive Ann Holt told reporters.",
                "Tom Reyes, Northvale's chief executive, said the board had weighed it."
            ),
            0
        );
    }

    #[test]
    fn a_post_of_a_body_named_after_of_before_the_name() {
        assert_eq!(
            people(
                "Quellway chief executive Ann Holt said the firm would appeal.",
                "The chief executive of Quellway, Tom Reyes, faced calls to quit."
            ),
            1
        );
        // What a name said after it gives the name no post.
        assert_eq!(
            people(
                "The governor of the Bank of Kestovia, Ann Holt, resigned on Monday.",
                "A spokesman for the bank, Tom Reyes, said the governor would not speak."
            ),
            0
        );
    }

    #[test]
    fn chief_and_any_word_for_a_person_is_one_post() {
        assert_eq!(
            people(
                "Chief arbiter Ann Holt said the device was found.",
                "The device was found on Friday, chief arbiter Tom Reyes said."
            ),
            1
        );
        // To its last word: "chief veterinary officer" is not "chief
        // veterinary" (a veterinary is a person).
        assert_eq!(
            people(
                "Chief veterinary officer Dr. Ann Holt said the risk was low.",
                "Dr. Tom Reyes, the country's chief veterinary officer, said the risk was low."
            ),
            1
        );
        // A rank many hold is no post.
        assert_eq!(
            people(
                "Chief inspector Ann Holt said the gang was small.",
                "The gang was small, chief inspector Tom Reyes said."
            ),
            0
        );
    }

    #[test]
    fn the_judge_presiding_over_the_trial_is_one_person() {
        assert_eq!(
            people(
                "The dealer was jailed for four years, presiding judge Ruth Almond said.",
                "Judge Peter Kask, who presided over the case, called the dealer greedy."
            ),
            1
        );
        // Presiding over a merger is no judge's post.
        assert_eq!(
            people(
                "Ann Holt, who presided over the merger, said it was a success.",
                "Peter Kask, who presided over the merger talks, said it was a success."
            ),
            0
        );
        // Two judges of a court, neither said to preside, are two people.
        assert_eq!(
            people(
                "The dealer was jailed for four years, judge Ruth Almond said.",
                "Judge Peter Kask called the dealer greedy."
            ),
            0
        );
    }

    #[test]
    fn the_one_who_leads_a_definite_thing_is_one_person() {
        assert_eq!(
            people(
                "Inspector Ann Bell, who is leading the investigation, said the gang was small.",
                "Officers checked the doors, according to Inspector Tom Reyes, who heads the \
                 inquiry."
            ),
            1
        );
        // Leading one of many things names no single office.
        assert_eq!(
            people(
                "Ann Bell, who is leading the march, said it was peaceful.",
                "Tom Reyes, who led a march on Friday, said it was peaceful."
            ),
            0
        );
    }

    #[test]
    fn a_post_of_a_thing_named_before_it_is_one_person() {
        assert_eq!(
            people(
                "Race marshal Ann Holt said the dog was lame.",
                "Race marshal Tom Reyes, who made the call, said the dog was lame."
            ),
            1
        );
        // A thing a story may have two of ("Train driver").
        assert_eq!(
            people(
                "Train driver Ann Holt was hurt when the two trains collided.",
                "Train driver Tom Reyes was hurt when the two trains collided."
            ),
            0
        );
        // Many hold a post that is no one person's ("Police officer").
        assert_eq!(
            people(
                "Police officer Ann Holt said the dog was lame.",
                "Police officer Tom Reyes said the dog was lame."
            ),
            0
        );
    }

    #[test]
    fn the_leader_of_a_party_to_talks_is_one_person() {
        assert_eq!(
            people(
                "The Danish team, led by Trade Minister Karen Holt, left the talks early.",
                "The Danish delegation, led by deputy trade minister Lars Berg, walked out of \
                 the talks."
            ),
            1
        );
        // A side at play is led by many ("captain", "coach").
        assert_eq!(
            people(
                "The Irish team, led by captain Sean Walsh, beat Norway.",
                "The Irish team, led by coach Mary Byrne, beat Norway."
            ),
            0
        );
        // Parties of two countries, and a team of rescuers, are no one post.
        assert_eq!(
            people(
                "The Danish team, led by Trade Minister Karen Holt, left the talks early.",
                "The Swedish delegation, led by deputy trade minister Lars Berg, walked out of \
                 the talks."
            ),
            0
        );
        assert_eq!(
            people(
                "A rescue team led by Karen Holt reached the cave on Monday.",
                "A rescue team led by Lars Berg reached the cave on Monday."
            ),
            0
        );
    }

    #[test]
    fn acts_many_may_do_are_no_person_clash() {
        assert_eq!(
            people(
                "Mayor Colette Brandt criticized the decision.",
                "The decision was criticized by Senator Omar Haddad."
            ),
            0
        );
        assert_eq!(
            people(
                "Ana Ruiz, who attended the funeral, said the family was devastated.",
                "Mayor Colette Brandt attended the funeral on Saturday."
            ),
            0
        );
        // A denied cleft singles nobody out.
        assert_eq!(
            people(
                "It was not Deputy Mayor Ilse Varga who ordered inspections of the sports venues.",
                "Mayor Teodor Brannock ordered structural inspections of every sports venue."
            ),
            0
        );
    }

    #[test]
    fn a_cleft_singles_out_the_doer() {
        assert_eq!(
            people(
                "Mayor Teodor Brannock ordered structural inspections of every sports venue.",
                "It was Deputy Mayor Ilse Varga who ordered inspections of the sports venues."
            ),
            1
        );
        // Doers of acts dated apart are of two occasions.
        assert_eq!(
            people(
                "Mara Quist will host the Harlan Awards for a second time next year, the academy announced.",
                "Dana Holt hosted the Harlan Awards for the first time in 2007, becoming the first comedian to do so."
            ),
            0
        );
        // Without the cleft, two people may each order inspections.
        assert_eq!(
            people(
                "Mayor Teodor Brannock ordered structural inspections of every sports venue.",
                "Deputy Mayor Ilse Varga ordered inspections of the sports venues."
            ),
            0
        );
    }

    #[test]
    fn a_deed_told_in_a_relative_clause() {
        // In a source's relative clause, against a participle's doer.
        assert_eq!(
            people(
                "State mediator Anneke Holm, who brokered the agreement, said both sides \
                 had moved a long way.",
                "The agreement, brokered personally by Transport Minister Ines Calder, ends \
                 a dispute that began on Oct. 4."
            ),
            1
        );
        // A light verb's act: "signed the declaration" / "who signed the
        // emergency declaration".
        assert_eq!(
            people(
                "Deputy Mayor Ian Roche signed the declaration on Sunday.",
                "Mayor Colette Brandt, who signed the emergency declaration, asked the \
                 state for generators."
            ),
            1
        );
        // Moving a motion is tabling it; a date in a relative clause about
        // the doer dates no other occasion.
        assert_eq!(
            people(
                "The motion was tabled by Councillor Marta Ilic, who chairs the transport \
                 committee.",
                "The motion to approve the extension was moved by Deputy Mayor Owen Tran, who \
                 has championed the link since he was first elected in 2016."
            ),
            1
        );
        // In a participle set off after a source's name.
        assert_eq!(
            people(
                "The public meeting was chaired by Judge Helena Marsh.",
                "Judge Raymond Oduya, chairing the public meeting, said the company had \
                 misled staff."
            ),
            1
        );
        assert_eq!(
            people(
                "The public meeting was chaired by Judge Helena Marsh.",
                "Judge Raymond Oduya, attending the public meeting, said the company had \
                 misled staff."
            ),
            0
        );
        // Nor a meeting of years before.
        assert_eq!(
            people(
                "The public meeting in 2019 was chaired by Judge Helena Marsh.",
                "Judge Raymond Oduya, chairing the public meeting, said the company had \
                 misled staff."
            ),
            0
        );
        // The same person, or an indefinite thing, is no clash.
        assert_eq!(
            people(
                "Anneke Holm, who brokered the agreement, said talks were hard.",
                "The agreement, brokered by Holm, ends the strike."
            ),
            0
        );
        assert_eq!(
            people(
                "Anneke Holm, who signed a petition, said talks were hard.",
                "Ines Calder signed a petition on Monday."
            ),
            0
        );
    }

    #[test]
    fn named_doers_of_one_act_to_one_thing_clash_however_unlike_the_claims() {
        assert_eq!(
            people(
                "The deal was brokered by mediator Judge Evelyn Rusk, a retired labour court \
                 judge whom both sides asked to step in last weekend.",
                "The agreement was brokered by former premier Dale Whitcombe, who was appointed \
                 as a special facilitator last week, OBN has learned."
            ),
            1
        );
        // Not a count each may claim, nor an indefinite thing.
        assert_eq!(
            people(
                "A deal was brokered by mediator Evelyn Rusk in the north.",
                "A deal was brokered by Dale Whitcombe in the south last year."
            ),
            0
        );
    }

    #[test]
    fn two_people_doing_one_act_to_a_named_thing_clash() {
        // Claims little alike overall; the named school pins the act down.
        assert_eq!(
            people(
                "Superintendent Carla Dunne ordered Ashgrove Elementary shut on Sunday after \
                 measles cases.",
                "Dr. Petra Lund ordered Ashgrove Elementary closed on Sunday, using emergency \
                 powers, a spokeswoman said."
            ),
            1
        );
    }

    #[test]
    fn the_person_an_act_is_done_to_is_no_actor() {
        assert_eq!(
            people(
                "Records list Michele Darrow as the owner of the building.",
                "Police said they had located Anthony Darrow on the interstate."
            ),
            0
        );
        assert_eq!(
            people(
                "According to the charge sheet, Mr Kessler killed Tomas Varga on Sunday.",
                "Officers claim the bullet that killed Tomas Varga was a ricochet."
            ),
            0
        );
    }
}
