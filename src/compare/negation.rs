//! Negation: one source affirms what another denies.
//!
//! Two aligned claims of opposite polarity contradict when they are about
//! the same subject and share the predicate: "Mensah-Barrow handed in a
//! written transfer request" / "Mensah-Barrow did not hand in a transfer
//! request". The subject is the words before the first verb; subjects match
//! when their head words meet and neither is a bare pronoun.
//!
//! A described subject counts as the name it stands for: "The company paid
//! a ransom" (the company being Meridian Health) / "Meridian has not paid
//! any ransom".
//!
//! Traps: a different subject with the same verb ("her bank had not lowered
//! the interest on her loan" is not "the central bank has lowered its
//! rate": a possessive pronoun makes it someone's own bank); a pronoun
//! subject ("it was not trying") whose referent is not settled; a denial of
//! something else in a long sentence (the shared words must be a large part
//! of the shorter predicate).

use super::event::{EventMatch, Fit};
use crate::align::Vocab;
use crate::claims::{Claim, Polarity};
use crate::lexicon::Lexicon;
use crate::lexicon::concept::Relation;
use crate::parse::token::{flag, tokenize};

/// Negation words that, like auxiliaries, end a subject ("no one", "not").
const NEGATORS: &[&str] = &["not", "never", "no"];
const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
];
const POSSESSIVE: &[&str] = &["my", "your", "his", "her", "its", "our", "their"];

/// The subject of a claim: head term, whether it is a bare pronoun, whether a
/// possessive pronoun modifies it; and the predicate's terms.
struct Parts {
    head: Option<u32>,
    /// The words of whom a described subject stands for ("the company" ->
    /// "Meridian Health"): the other side may name it.
    aka: Vec<u32>,
    pronoun: bool,
    possessive: bool,
    predicate: Vec<u32>,
    /// The noun a "no" denies ("no UK jobs would be cut" -> "job") and the
    /// verb said of it ("cut").
    denied: Option<(u32, Option<u32>)>,
    /// The claim opens with a subject that denies of everyone: "nobody
    /// was hurt", "no one was killed".
    nobody: bool,
}

fn parts(c: &Claim, lx: &Lexicon, vocab: &Vocab) -> Parts {
    let content = c.content_text();
    let toks = tokenize(content, 0, content.len());
    let mut end = toks.len();
    for i in 0..toks.len().min(10) {
        let w = toks.lower(i);
        let t = &toks.toks[i];
        let verb = (lx.is_aux(w) || NEGATORS.contains(&w))
            || w.ends_with("n't")
            || (t.is_word()
                && !t.has(flag::CAP)
                && (w.ends_with("ed") && w.len() > 4
                    || lx.irregular.contains_key(w)
                        && !matches!(w, "people" | "men" | "women" | "children")));
        if verb && i > 0 {
            end = i;
            break;
        }
    }
    // The frame's subject when it has one: a long subject ("The sprinkler
    // system in a warehouse where a fire killed a worker did not activate")
    // runs past the first words.
    let framed = c
        .frame
        .subject
        .as_ref()
        .filter(|s| !s.pronoun && !s.name && s.span.start() >= c.span.start());
    let subject_text = framed.map(|s| s.text.to_lowercase());
    let subj: Vec<&str> = match &subject_text {
        Some(t) => t
            .split(|ch: char| !ch.is_alphanumeric() && ch != '\'' && ch != '’')
            .filter(|w| !w.is_empty())
            .collect(),
        None => (0..end)
            .filter(|&i| toks.toks[i].is_word())
            .map(|i| toks.lower(i))
            .collect(),
    };
    let pronoun = subj.len() == 1 && PRONOUNS.contains(&subj[0]);
    let possessive = subj.iter().any(|w| POSSESSIVE.contains(w));
    let head = match framed {
        Some(s) => Some(vocab.word(lx.base(&s.head.to_lowercase()), lx)),
        None => subj
            .iter()
            .rev()
            .find(|w| !lx.is_stop(w))
            .map(|w| vocab.word(lx.base(w), lx)),
    };
    let subj_terms: Vec<u32> = subj
        .iter()
        .filter(|w| !lx.is_stop(w))
        .map(|w| vocab.word(lx.base(w), lx))
        .collect();
    let mut predicate: Vec<u32> = c
        .facts
        .words()
        .map(|w| vocab.word(w, lx))
        .filter(|w| !subj_terms.contains(w))
        .collect();
    predicate.sort();
    predicate.dedup();
    // "no N": the first noun after "no" (skipping capitalised modifiers like "UK").
    let mut denied = None;
    for i in 0..toks.len() {
        if toks.lower(i) == "no" {
            denied = (i + 1..(i + 4).min(toks.len()))
                .find(|&k| {
                    let t = &toks.toks[k];
                    t.is_word() && !t.has(flag::CAP) && !lx.is_stop(toks.lower(k))
                })
                .map(|k| {
                    // The noun is the last word before the verb: "no hazardous materials had".
                    let mut e = k;
                    while e + 1 < toks.len()
                        && toks.toks[e + 1].is_word()
                        && !(lx.is_aux(toks.lower(e + 1)) || NEGATORS.contains(&toks.lower(e + 1)))
                        && !toks.toks[e + 1].has(flag::CAP)
                        && !lx.is_stop(toks.lower(e + 1))
                        && e < k + 2
                    {
                        e += 1;
                    }
                    // The verb after the noun, past auxiliaries: "would be cut", "had escaped".
                    let verb = (e + 1..toks.len().min(e + 5))
                        .find(|&v| {
                            !matches!(
                                toks.lower(v),
                                "would"
                                    | "will"
                                    | "be"
                                    | "been"
                                    | "had"
                                    | "has"
                                    | "have"
                                    | "was"
                                    | "were"
                                    | "is"
                                    | "are"
                                    | "being"
                                    | "could"
                                    | "should"
                            )
                        })
                        .filter(|&v| toks.toks[v].is_word() && !lx.is_stop(toks.lower(v)))
                        .map(|v| vocab.word(lx.base(toks.lower(v)), lx));
                    (vocab.word(lx.base(toks.lower(e)), lx), verb)
                });
            break;
        }
    }
    // "The union said it had agreed": a pronoun subject of reported speech
    // is its speaker.
    let speaker = (pronoun && c.cue.is_some())
        .then(|| {
            c.sources
                .last()
                .filter(|s| s.span.is_some())
                .map(|s| s.name.clone())
        })
        .flatten();
    let pronoun = pronoun && speaker.is_none();
    let aka = c
        .facts
        .subject
        .iter()
        .chain(speaker.iter())
        .flat_map(|n| n.split(|ch: char| !ch.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .map(|w| vocab.word(lx.base(&w.to_lowercase()), lx))
        .collect();
    let nobody = matches!(toks.lower(0), "nobody" | "no-one")
        || toks.lower(0) == "no" && toks.lower(1) == "one";
    Parts {
        nobody,
        head,
        aka,
        pronoun,
        possessive,
        predicate,
        denied,
    }
}

/// A negation contradiction between two aligned claims.
pub fn check(a: &Claim, b: &Claim, lx: &Lexicon, vocab: &Vocab) -> bool {
    if a.polarity == b.polarity {
        return false;
    }
    let (neg_claim, pos_claim) = if a.polarity == Polarity::Negative {
        (a, b)
    } else {
        (b, a)
    };
    // A denial of the others ("No other crew member was injured") says
    // nothing of those told of.
    let of_others = neg_claim.frame.subject.as_ref().is_some_and(|s| {
        s.text
            .split_whitespace()
            .any(|w| w.eq_ignore_ascii_case("other"))
    });
    if of_others {
        return false;
    }
    let (pa, pb) = (parts(a, lx, vocab), parts(b, lx, vocab));
    // "no UK jobs would be cut" / "plans to cut about 400 jobs in the UK": the
    // denied thing and another word of the predicate (the verb) on the other side.
    let (neg, pos) = if a.polarity == Polarity::Negative {
        (&pa, &pb)
    } else {
        (&pb, &pa)
    };
    if let Some((n, Some(v))) = &neg.denied {
        let all_pos: Vec<&u32> = pos.predicate.iter().chain(pos.head.iter()).collect();
        if all_pos.contains(&n) && all_pos.contains(&v) {
            return true;
        }
    }
    // "Nobody was hurt" / "Two drivers suffered minor injuries": a denial
    // of everyone meets any subject of the same act.
    // Everyone is people: the other side's act befell persons ("drivers").
    let persons = |c: &Claim| {
        [c.frame.subject.as_ref(), c.frame.object.as_ref()]
            .into_iter()
            .flatten()
            .any(|p| !p.name && crate::parse::names::person_noun(&p.head.to_lowercase()))
    };
    // The act denied is the denial's verb ("Nobody was hurt"), not any word
    // of it ("Nobody is against libraries" denies no visit to a library).
    let act = neg_claim.frame.predicate.as_ref().map(|p| {
        let first = p.lemma.split_whitespace().next().unwrap_or("");
        vocab.word(lx.base(first), lx)
    });
    // A stance is no happening: "Nobody in this valley wants to see planes
    // grounded" denies no investor's wish.
    let stance = neg_claim
        .content_text()
        .split_whitespace()
        .take(8)
        .any(|w| {
            use crate::lexicon::wordnet::{Pos, WordNet};
            let wn = WordNet::builtin();
            let w = w.to_lowercase();
            matches!(
                wn.lemma(&w, Pos::Verb).map_or(w.as_str(), |l| wn.text(l)),
                "want"
                    | "wish"
                    | "like"
                    | "think"
                    | "believe"
                    | "expect"
                    | "know"
                    | "care"
                    | "hope"
                    | "doubt"
            )
        });
    // A claim telling harm that itself denies it of the rest ("One man was
    // shot, but no one else was injured") agrees with the denial.
    let denies_too = {
        let t = pos_claim.content_text().to_lowercase();
        t.contains("no one") || t.contains("nobody") || t.contains("no-one")
    };
    if neg.nobody
        && !stance
        && !denies_too
        && persons(pos_claim)
        && act.is_some_and(|v| pos.predicate.contains(&v))
    {
        return true;
    }
    let affirmed = act_affirmed(neg_claim);
    if affirmed || pa.pronoun || pb.pronoun || pa.possessive != pb.possessive {
        return false;
    }
    // The same subject, or a description and the name it stands for.
    // Both standing for the same name ("it" said by Veridane, "the company"
    // resolved to Veridane) meet too.
    let same_referent = pa.aka.iter().any(|w| pb.aka.contains(w));
    let meets = same_referent
        || match (&pa.head, &pb.head) {
            (Some(x), Some(y)) => x == y || pa.aka.contains(y) || pb.aka.contains(x),
            (None, Some(y)) => pa.aka.contains(y),
            (Some(x), None) => pb.aka.contains(x),
            (None, None) => false,
        };
    if !meets {
        return false;
    }
    // The subject's own names are no shared predicate ("she had nothing to
    // hide" / "she welcomed the inquiry", both said of Harrow).
    let shared = pa
        .predicate
        .iter()
        .filter(|w| pb.predicate.binary_search(w).is_ok())
        .filter(|w| !pa.aka.contains(w) && !pb.aka.contains(w))
        .count();
    let shorter = pa.predicate.len().min(pb.predicate.len()).max(1);
    shared >= 2 && shared as f64 >= 0.5 * shorter as f64
}

/// True for an act of harm to people ("injured", "hurt").
pub fn harm_act(lemma: &str) -> bool {
    matches!(lemma, "injure" | "hurt" | "wound" | "harm")
}

/// True when a claim tells of people harmed in other words than a harm
/// verb: treated in or taken to hospital, hospitalised, injuries suffered.
/// Not a visit for checks ("taken to hospital as a precaution").
pub fn harmed(c: &Claim) -> bool {
    let words: Vec<String> = c
        .content_text()
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(&w.as_str()));
    // A hospital is harm only as where people were taken or treated ("were
    // treated in hospital"), not as a place ("patients were moved from the
    // hospital", "shelter in the old hospital gym").
    let in_hospital = has(&["hospital"])
        && has(&[
            "treated",
            "taken",
            "admitted",
            "airlifted",
            "rushed",
            "flown",
            "transported",
        ]);
    // Burns, fractures, bruises are harm to people when suffered or treated
    // ("suffered minor burns", "treated for cuts and bruises"), not when
    // found in a girder or on apples.
    let suffered = has(&["suffered", "sustained", "treated", "suffering"])
        && has(&["burns", "fractures", "bruises", "bruising", "concussion"]);
    c.polarity == Polarity::Positive
        && (in_hospital
            || suffered
            || has(&[
                "hospitalised",
                "hospitalized",
                "injuries",
                "injury",
                "injured",
                "hurt",
                "wounded",
            ]))
        && !has(&[
            "precaution",
            "precautionary",
            "checks",
            "checked",
            "assessment",
        ])
}

/// True when the denial and the affirmation put one act to different
/// things after one preposition: "This pool doesn't belong to the council"
/// / "belongs to every single person in Brackenford" deny and affirm two
/// owners, no one fact (where it went is a matter for the place check).
pub fn other_complement(neg: &Claim, pos: &Claim) -> bool {
    const PREPS: &[&str] = &["to", "in", "at", "from", "for", "with", "on", "into", "by"];
    let after = |c: &Claim| -> Option<(String, Vec<String>)> {
        let p = c.frame.predicate.as_ref()?;
        if c.frame.object.is_some() {
            return None;
        }
        // Up to the clause's end: "in the storm, the harbour master said".
        let mut words = c
            .text_after(p.span.end())
            .split([',', ';', ':'])
            .next()
            .unwrap_or("")
            .split(|ch: char| !ch.is_alphanumeric() && ch != '\'' && ch != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase);
        let prep = words.next().filter(|w| PREPS.contains(&w.as_str()))?;
        let rest: Vec<String> = words
            .skip_while(|w| {
                matches!(
                    w.as_str(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "that"
                )
            })
            .take(3)
            .collect();
        (!rest.is_empty()).then_some((prep, rest))
    };
    match (after(neg), after(pos)) {
        (Some((pn, wn)), Some((pp, wp))) => pn == pp && !wn.iter().any(|w| wp.contains(w)),
        _ => false,
    }
}

/// Whom a claim plainly denies harm to: everyone (`Some(None)`: "No one
/// was injured", "Nobody has been hurt") or one kind of people told in the
/// plural (`Some(Some("runner"))`: "no runners needed hospital treatment").
/// Not a group in other words ("No staff members were hurt"), not everyone
/// else ("no one else was injured"), not another occasion ("no one was
/// hurt in that incident", "on the previous sailing").
pub fn harm_denied_to(c: &Claim) -> Option<Option<String>> {
    harm_denial(c).map(|(group, _)| group)
}

/// [`harm_denied_to`], and whether the denial is of hospital treatment only
/// ("no runners needed hospital treatment": people treated at the scene
/// are not denied).
fn harm_denial(c: &Claim) -> Option<(Option<String>, bool)> {
    if c.polarity != Polarity::Negative {
        return None;
    }
    let t = c.content_text().to_lowercase();
    let words: Vec<&str> = t
        .split(|ch: char| !ch.is_alphanumeric() && ch != '-')
        .filter(|w| !w.is_empty())
        .collect();
    // A plural, or a word for many people ("staff", "crew"): its one.
    let people = |noun: &str| {
        let wn = crate::lexicon::wordnet::WordNet::builtin();
        wn.lemma(noun, crate::lexicon::wordnet::Pos::Noun)
            .map(|l| wn.text(l))
            .filter(|one| {
                many_people(noun) || *one != noun && crate::parse::names::person_noun(one)
            })
            .map(str::to_string)
    };
    let (group, rest) = match words.as_slice() {
        ["no", "one", rest @ ..] | ["nobody" | "no-one", rest @ ..] => (None, rest),
        ["no", noun, rest @ ..] => (Some(people(noun)?), rest),
        // "None of the ship's 22 crew members was hurt": the noun before
        // the verb.
        ["none" | "neither", "of", rest @ ..] => {
            let k = rest.iter().position(|w| {
                matches!(
                    *w,
                    "was" | "were" | "has" | "had" | "have" | "needed" | "required" | "need"
                )
            })?;
            (Some(people(rest.get(k.checked_sub(1)?)?)?), &rest[k..])
        }
        _ => return None,
    };
    // "was", "were", "has been", "had been", "have been".
    let aux = |w: &str| matches!(w, "was" | "were" | "has" | "had" | "have" | "been");
    let mut it = rest.iter().skip_while(|w| aux(w));
    let passive = matches!(
        rest,
        ["was" | "were", ..] | ["has" | "had" | "have", "been", ..]
    ) && it
        .next()
        .is_some_and(|w| matches!(*w, "injured" | "hurt" | "wounded" | "harmed"));
    // "needed hospital treatment", "required treatment in hospital".
    let treated = matches!(rest, ["needed" | "required" | "need" | "require", ..])
        && rest
            .iter()
            .take(4)
            .any(|w| matches!(*w, "treatment" | "hospital"));
    let other_occasion = rest.iter().any(|w| {
        matches!(
            *w,
            "that" | "those" | "previous" | "earlier" | "last" | "other" | "else" | "further"
        )
    });
    ((passive || treated) && !other_occasion).then_some((group, treated && !passive))
}

/// True for a word for many people that WordNet files as a group
/// ("staff", "crew").
pub(crate) fn many_people(w: &str) -> bool {
    matches!(w, "staff" | "crew" | "personnel" | "police")
}

/// True when one claim denies harm to anyone (or to one kind of people)
/// and the other tells of people (of that kind) harmed, by a harm verb or
/// in other words ("No one was injured" / "Two crew members were treated in
/// hospital for smoke inhalation"; "no runners needed hospital treatment" /
/// "Three runners were taken to hospital").
pub fn nobody_harmed(neg: &Claim, pos: &Claim) -> bool {
    let Some((group, hospital_only)) = harm_denial(neg) else {
        return false;
    };
    let words = pos.content_text().to_lowercase();
    // A denial said of one place ("Nobody has been injured in the UK") is
    // not of harm told of another ("A woman in Canada suffered burns").
    let other_place = super::place::named_apart(neg, pos);
    tells_harm(pos)
        && !other_place
        && (!hospital_only || words.contains("hospital"))
        && group.is_none_or(|g| {
            let lx = crate::lexicon::Lexicon::builtin();
            let of_group = |w: &str| {
                let w = w.to_lowercase();
                w == g || lx.base(&w) == g
            };
            [pos.frame.subject.as_ref(), pos.frame.object.as_ref()]
                .into_iter()
                .flatten()
                .any(|p| of_group(&p.head))
                || pos
                    .numbers
                    .iter()
                    .filter_map(|n| n.noun.as_deref())
                    .any(of_group)
        })
}

/// True when a claim tells of people harmed, by a harm verb or in other
/// words (see [`harmed`]).
pub fn tells_harm(c: &Claim) -> bool {
    let people = [c.frame.subject.as_ref(), c.frame.object.as_ref()]
        .into_iter()
        .flatten()
        .any(|p| {
            let head = p.head.to_lowercase();
            p.name || crate::parse::names::person_noun(&head) || many_people(&head)
        });
    c.polarity == Polarity::Positive
        && people
        && (c
            .frame
            .predicate
            .as_ref()
            .is_some_and(|p| harm_act(&p.lemma))
            || harmed(c))
}

/// True when a negative claim's own act is affirmed: its negation is of
/// another clause ("A week after the board voted to close the school,
/// parents say they have not given up" denies no closure). Not a denial by
/// its cue ("denied that wages had been paid late") nor by a verb.
pub fn act_affirmed(neg_claim: &Claim) -> bool {
    let plain = |w: &String| negation_word(w);
    // The negation must stand past a comma after the act: "never voted"
    // and "voted not to close" deny it.
    let other_clause = neg_claim.frame.predicate.as_ref().is_some_and(|p| {
        let rest = neg_claim.text_after(p.span.end());
        let negation = rest.split_whitespace().position(negation_word);
        negation.is_some_and(|k| {
            rest.split_whitespace()
                .take(k)
                .any(|w| w.ends_with(',') || w.ends_with(';'))
        })
    });
    neg_claim.facts.cue_class != Some(crate::lexicon::CueClass::Deny)
        && neg_claim.facts.negators.iter().all(plain)
        && other_clause
        && neg_claim
            .frame
            .predicate
            .as_ref()
            .and_then(|p| p.id)
            .is_some_and(|id| neg_claim.frame.acts.contains(&id))
}

/// True when a denial is only of all ("not every case would be linked",
/// "not all of the staff") and the affirming claim speaks of no all: some
/// may be ("the cases we are seeing are linked"). Against "all 40
/// passengers were rescued" it still denies.
pub fn partial_against_some(neg: &Claim, pos: &Claim) -> bool {
    let words = |c: &Claim| -> Vec<String> {
        c.content_text()
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let universal = |w: &str| {
        matches!(
            w,
            "every" | "all" | "each" | "always" | "everyone" | "everything" | "everybody"
        )
    };
    let n = words(neg);
    let partial = n.windows(2).any(|w| w[0] == "not" && universal(&w[1]));
    partial && !words(pos).iter().any(|w| universal(w))
}

/// True when the affirming claim denies the same act in a clause of its
/// own ("..., while insisting she had never acted dishonestly" against
/// "She did not accept that she had acted improperly"): a negation right
/// before the denial's predicate or a word of it.
pub fn denies_too(pos: &Claim, neg: &Claim, lx: &Lexicon, vocab: &Vocab) -> bool {
    let mut denied = parts(neg, lx, vocab).predicate;
    if let Some(p) = neg.frame.predicate.as_ref() {
        let first = p.lemma.split_whitespace().next().unwrap_or("");
        denied.push(vocab.word(lx.base(first), lx));
    }
    let clean = |x: &str| {
        x.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    // Of the same thing: "has not recalled any vans" denies no recall of
    // cars.
    let object = neg
        .frame
        .object
        .as_ref()
        .map(|o| vocab.word(lx.base(&o.head.to_lowercase()), lx));
    let words: Vec<&str> = pos.content_text().split_whitespace().collect();
    words.iter().enumerate().any(|(k, w)| {
        negation_word(w)
            && words[k + 1..].iter().take(3).any(|x| {
                let x = clean(x);
                !x.is_empty() && denied.contains(&vocab.word(lx.base(&x), lx))
            })
            && object.is_none_or(|o| {
                words[k + 1..]
                    .iter()
                    .take(7)
                    .any(|x| vocab.word(lx.base(&clean(x)), lx) == o)
            })
    })
}

/// True when one side denies the very act the other affirms, by frames: the
/// same predicate, done by the same actor to the same thing, negated on one
/// side only ("Kostel has not conceded the race" / "Kostel conceded the
/// race on Friday"); not a denial dated before the act it is set against.
/// With `absent_ok`, a participant neither side names ("the sirens were
/// never activated" / "the sirens were activated at 3:50 a.m.": no doer;
/// "sirens did not sound" / "sirens sounded": no object) is no difference,
/// when the subjects are the same.
pub fn frame_denied(a: &Claim, b: &Claim, ev: &EventMatch, absent_ok: bool) -> bool {
    let (neg, pos) = if a.polarity == Polarity::Negative {
        (a, b)
    } else {
        (b, a)
    };
    // Or an act the claim's subject failed to do ("the sprinkler system
    // failed to activate"; failing one part of an event stays an act of
    // the frame, see `read_frame`).
    let negated = |c: &Claim| {
        c.frame.predicate.as_ref().is_some_and(|p| {
            p.id.is_some_and(|id| !c.frame.acts.contains(&id))
                || c.polarity == Polarity::Negative && failed_to(c, p)
        })
    };
    // Nor an act dated apart ("was not damaged in the earthquake" / "was
    // damaged in a flood in 2019").
    let dated_alike =
        a.dates.is_empty() && b.dates.is_empty() || super::date::gap_days(a, b) == Some(0);
    let absent = absent_ok && ev.subject == Fit::Same && dated_alike;
    let fits = |fit: Fit,
                x: Option<&crate::claims::Participant>,
                y: Option<&crate::claims::Participant>| {
        fit == Fit::Same || absent && x.is_none() && y.is_none()
    };
    // A passive denial that names no doer denies the act by anyone ("the
    // pit was not inspected at all" / "was inspected by the Mines
    // Inspectorate"); an active one without a subject was only not read.
    // Only a bare denial: "was not arrested at the scene" denies it there,
    // not an arrest at home.
    let bare = bare_denial(neg);
    let any_doer = neg.frame.passive
        && neg.frame.actor().is_none()
        && ev.patient == Fit::Same
        && dated_alike
        && bare;
    // A doer's denial meets the act told with no doer ("it had not been
    // injecting water into the well at the time of the tremor" / "water was
    // being injected into the well when the tremor struck"), where what the
    // denial adds is told on the other side too and no dates part them.
    let doerless = !neg.frame.passive
        && neg.frame.actor().is_some()
        && pos.frame.passive
        && pos.frame.actor().is_none()
        && ev.patient == Fit::Same
        && dated_alike
        && (bare || rest_told(neg, pos))
        && doerless_fits(neg, pos);
    // Likewise an act denied of its doer with nothing done to ("would not
    // pay compensation" / "would compensate affected passengers").
    let any_patient = !neg.frame.passive
        && neg.certainty != crate::claims::Certainty::Hedged
        && neg.frame.patient().is_none()
        && ev.actor == Fit::Same
        // The same doer by name or word, not kin nouns ("people" /
        // "markets").
        && a.frame.actor().zip(b.frame.actor()).is_some_and(|(x, y)| {
            x.name && y.name || x.head.to_lowercase() == y.head.to_lowercase()
        })
        && dated_alike
        && bare;
    // Not acts that meet only over a rare sense: "did not soften the
    // message" denies no breaking of the news. The same thing done to
    // picks the sense ("did not return a verdict" / "delivered a verdict").
    let same_thing = a
        .frame
        .patient()
        .zip(b.frame.patient())
        .is_some_and(|(x, y)| x.head.eq_ignore_ascii_case(&y.head));
    matches!(ev.predicate, Some(Relation::Same | Relation::Synonym))
        && (!ev.rare_sense || same_thing)
        && (any_doer || doerless || fits(ev.actor, a.frame.actor(), b.frame.actor()))
        && (any_patient || fits(ev.patient, a.frame.patient(), b.frame.patient()))
        && ev.shared_participant()
        && negated(neg)
        && !negated(pos)
        && !super::date::before(neg, pos)
}

/// True when a claim's act is of another of its kind ("has not made
/// another offer", "a further search found nothing"): its denial leaves
/// the one told elsewhere ("made the biggest offer in its history").
/// ("additional inspectors" may be all there are: "did not plan to send
/// additional inspectors" / "would send an inspection team".)
pub fn of_another(c: &Claim) -> bool {
    c.says_any(&["another", "further", "again"])
}

/// True when `neg` rules something out ("Norway has ruled out a separate
/// deal") and `pos` says its source did not ("did not rule out a bilateral
/// arrangement", read as hedged): one closes what the other leaves open.
pub fn left_open(neg: &Claim, pos: &Claim) -> bool {
    let rules_out = |c: &Claim| {
        c.cue.as_ref().is_some_and(|q| {
            let after = c.text_after(q.span.end()).split_whitespace().next();
            crate::lexicon::rules_out(&q.text.to_lowercase(), after.unwrap_or(""))
        })
    };
    // What is ruled out, up to a clause of its own: its names, and its
    // other words of meaning, base forms.
    let object = |c: &Claim| -> (Vec<String>, Vec<String>) {
        let lx = crate::lexicon::Lexicon::builtin();
        let after = c.cue.as_ref().map_or("", |q| c.text_after(q.span.end()));
        let mut words: Vec<&str> = Vec::new();
        for w in after.split_whitespace().skip(1) {
            if matches!(w, "if" | "unless" | "because" | "as" | "after" | "but") {
                break;
            }
            words.push(w);
            if w.ends_with([',', ';', '.']) {
                break;
            }
        }
        let clean = |w: &&str| w.trim_matches(|ch: char| !ch.is_alphanumeric()).to_string();
        let mut names: Vec<String> = words
            .iter()
            .map(clean)
            .filter(|w| w.starts_with(char::is_uppercase))
            .collect();
        names.sort();
        let content = words
            .iter()
            .map(clean)
            .filter(|w| !w.starts_with(char::is_uppercase) && w.len() > 3 && !lx.is_stop(w))
            .map(|w| lx.base(&w.to_lowercase()).to_string())
            .collect();
        (names, content)
    };
    // Of one thing: the same names, a word in common, no two dates
    // ("a rate cut in June" / "later in the year").
    let one_thing = || {
        let ((na, ca), (nb, cb)) = (object(neg), object(pos));
        na == nb
            && ca.iter().any(|w| cb.contains(w))
            && (neg.dates.is_empty() && pos.dates.is_empty()
                || neg
                    .dates
                    .iter()
                    .any(|x| pos.dates.iter().any(|y| x.value == y.value)))
    };
    neg.polarity == crate::claims::Polarity::Negative
        && neg.certainty == crate::claims::Certainty::Asserted
        && rules_out(neg)
        && pos.polarity == crate::claims::Polarity::Positive
        && pos.certainty == crate::claims::Certainty::Hedged
        && rules_out(pos)
        && one_thing()
}

/// True for a word of plain negation ("not", "never", "no", "didn't"),
/// whatever its case and the punctuation around it.
pub fn negation_word(w: &str) -> bool {
    let w = w
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .to_lowercase();
    NEGATORS.contains(&w.as_str()) || w.ends_with("n't") || w.ends_with("n’t")
}

/// True when "failed to" (or "fails", "failing") stands right before a
/// claim's predicate.
fn failed_to(c: &Claim, p: &crate::claims::Predicate) -> bool {
    let mut words = c.text_before(p.span.start()).split_whitespace().rev();
    words.next() == Some("to")
        && words.next().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "failed" | "fails" | "failing" | "fail"
            )
        })
}

/// True when nothing but time words follows a denial's predicate in its
/// clause ("was not inspected at all this year"), not a place or a manner
/// ("was not arrested at the scene").
/// True when a doer's denial and an act told with no doer are of one
/// moment and one way: both asserted, the denial no intention ("would not
/// pump"), its words of direction and time said on the other side ("into"
/// / "out of", "before" / "after"), and its doer not what the act befell
/// ("shells fired at the army's positions" against the army's denial).
fn doerless_fits(neg: &Claim, pos: &Claim) -> bool {
    use crate::claims::Certainty;
    let Some(p) = neg.frame.predicate.as_ref() else {
        return false;
    };
    let intention = p.text.split_whitespace().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "would" | "will" | "'ll" | "shall"
        )
    });
    let pos_words = super::lower_words(pos.content_text());
    let ways_told = super::lower_words(super::rest_of_clause(neg, p).1)
        .into_iter()
        .filter(|w| {
            matches!(
                w.as_str(),
                "into" | "out" | "from" | "onto" | "off" | "before" | "after" | "towards"
            )
        })
        .all(|w| pos_words.contains(&w));
    let doer_befallen = neg.frame.actor().is_some_and(|a| {
        super::lower_words(&a.head)
            .iter()
            .filter(|w| w.len() > 2)
            .any(|w| pos_words.contains(w))
    });
    neg.certainty != Certainty::Hedged
        && pos.certainty != Certainty::Hedged
        && !intention
        && ways_told
        && !doer_befallen
}

/// True when every word of meaning after the denied act, to its clause's
/// end, is said on the other side ("into the well at the time of the
/// tremor" / "into the well when the tremor struck"), words of time aside.
fn rest_told(neg: &Claim, pos: &Claim) -> bool {
    let Some(p) = neg.frame.predicate.as_ref() else {
        return false;
    };
    let lx = crate::lexicon::Lexicon::builtin();
    super::lower_words(super::rest_of_clause(neg, p).1)
        .into_iter()
        .filter(|w| w.len() > 2 && !lx.is_stop(w) && !matches!(w.as_str(), "time" | "moment"))
        .all(|w| pos.facts.words().any(|o| o == lx.base(&w)))
}

fn bare_denial(neg: &Claim) -> bool {
    let Some(p) = neg.frame.predicate.as_ref() else {
        return false;
    };
    let lx = crate::lexicon::Lexicon::builtin();
    super::rest_of_clause(neg, p)
        .1
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .all(|w| {
            w.is_empty()
                || w.chars().all(|c| c.is_ascii_digit())
                || lx.dates.contains_key(w.as_str())
                || matches!(
                    w.as_str(),
                    "at" | "all"
                        | "yet"
                        | "so"
                        | "far"
                        | "ever"
                        | "this"
                        | "last"
                        | "year"
                        | "month"
                        | "week"
                        | "since"
                        | "until"
                        | "then"
                        | "again"
                        | "in"
                )
        })
}

/// Which side denies: the negative one's negation words.
pub fn negators(c: &Claim) -> String {
    if c.polarity == Polarity::Negative {
        c.facts.negators.join(", ")
    } else {
        String::new()
    }
}

#[cfg(test)]
mod tests {
    use crate::compare::FindingType;
    use crate::compare::testing::between;

    fn negations(a: &str, b: &str) -> usize {
        between(a, b, FindingType::Negation)
    }

    const DENIAL: &str = "outlet: Beta Post\ndate: 2025-05-02\n\n\
        Northwind has not paid any ransom to the attackers, a spokesman said.\n";

    #[test]
    fn opposites_only_over_rare_senses_need_claims_much_alike() {
        use crate::compare::FindingType;
        use crate::compare::testing::bodies_on;
        let a = "The race vet said all of the injured dogs were expected to recover fully.";
        let b = "Race records show 41 dogs have been dropped by teams so far, most for \
                 tiredness rather than injuries.";
        assert_eq!(bodies_on("2026-02-10", a, b, FindingType::Negation), 0);
    }

    #[test]
    fn a_release_ends_a_detention() {
        use crate::compare::testing::bodies_on;
        let a =
            "Police said a second man, aged 22, had been detained over the damage to the pitch.";
        let b = "Police said both men had been released on bail over the damage to the pitch.";
        assert_eq!(bodies_on("2026-04-12", a, b, FindingType::Negation), 0);
        // Still held is no release.
        let c = "Police said both men were still detained over the damage to the pitch.";
        assert_eq!(bodies_on("2026-04-12", c, b, FindingType::Negation), 1);
        let d = "The journalist has been detained for three months.";
        let e = "The journalist was released last week.";
        assert_eq!(bodies_on("2026-04-12", d, e, FindingType::Negation), 1);
    }

    #[test]
    fn an_appeal_upheld_and_one_rejected() {
        use crate::compare::testing::bodies_on;
        let a = "The awards panel rejected the appeal on Friday after reviewing the recording.";
        let b = "The awards panel upheld the appeal on Friday and apologised to the family.";
        assert_eq!(bodies_on("2026-04-12", a, b, FindingType::Negation), 1);
        // Thrown out or turned down, in other words.
        let t = "The awards panel threw out the appeal on Friday after reviewing the recording.";
        assert_eq!(bodies_on("2026-04-12", b, t, FindingType::Negation), 1);
        // A ruling upheld is an appeal rejected: two things, no clash.
        let c = "The appeal court upheld the ruling on Friday.";
        assert_eq!(bodies_on("2026-04-12", a, c, FindingType::Negation), 0);
        // Two complaints, or two deciders (an appeal's course).
        let d = "The tribunal upheld Smith's complaint about the advert.";
        let e = "The tribunal rejected Jones's complaint about the advert.";
        assert_eq!(bodies_on("2026-04-12", d, e, FindingType::Negation), 0);
        let f = "The tribunal rejected her claim against the council.";
        let g = "The Court of Appeal upheld her claim against the council.";
        assert_eq!(bodies_on("2026-04-12", f, g, FindingType::Negation), 0);
    }

    #[test]
    fn a_body_and_one_who_acts_for_it() {
        use crate::compare::testing::bodies_on;
        let a = "The Marsden Employment Tribunal rejected her claim of unfair dismissal,                  finding she was a freelance official.";
        let b = "Employment Judge Petra Lindgren upheld her claim of unfair dismissal,                  finding the club controlled her work.";
        assert_eq!(bodies_on("2026-04-12", a, b, FindingType::Negation), 1);
        // Two people are two doers.
        let c = "Employment Judge Oskar Brandt rejected her claim of unfair dismissal,                  finding she was a freelance official.";
        assert_eq!(bodies_on("2026-04-12", c, b, FindingType::Negation), 0);
    }

    #[test]
    fn a_state_kept_and_the_act_that_ends_it() {
        let a = "outlet: Alpha News\ndate: 2026-03-11\n\n\
            The mayor said all nine village schools remained open on Tuesday, with bottled \
            water delivered to every building.\n";
        let b = "outlet: Beta Post\ndate: 2026-03-11\n\n\
            Officials closed all nine village schools in the district on Tuesday as the boil \
            notice entered its second day.\n";
        assert_eq!(negations(a, b), 1);
    }

    #[test]
    fn a_first_account_and_its_correction_in_one_article() {
        use crate::compare::testing::contradictions;
        let told = |first: &str| {
            let text = format!(
                "outlet: Alpha News\ndate: 2026-06-08\n\n{first} a passenger had been trapped \
                 beneath the basket. Nobody was trapped, a spokesperson said.\n"
            );
            contradictions(&[("a.txt", &text)], FindingType::Negation)
        };
        assert_eq!(told("Initial reports from the scene said"), 0);
        assert_eq!(told("Police initially said"), 0);
        assert_eq!(told("Police had said on Monday that"), 0);
        // "initially" of another act is no first account.
        assert_eq!(told("Police, who initially sealed off the road, said"), 1);
        // Two sources of one article set against each other still clash.
        assert_eq!(told("A witness said"), 1);
    }

    #[test]
    fn a_doers_denial_meets_the_act_told_with_no_doer() {
        let a = "outlet: Alpha News\ndate: 2026-03-11\n\n\
            Holt Energy Ltd, which runs the site, said it had not been pumping water into the \
            borehole at the time of the tremor.\n";
        let b = "outlet: Beta Post\ndate: 2026-03-12\n\n\
            Holt Energy confirmed to the Post that water was being pumped into the borehole \
            when the tremor struck, as part of a routine test.\n";
        assert_eq!(negations(a, b), 1);
        // A denial of more than the other tells ("into the old quarry")
        // may be of another act.
        let c = "outlet: Alpha News\ndate: 2026-03-11\n\n\
            Holt Energy Ltd said it had not been pumping water into the old quarry near \
            the borehole.\n";
        assert_eq!(negations(c, b), 0);
        // Another way, a guess, or what befell the doer is no such act.
        for other in [
            "water was being pumped out of the borehole when the tremor struck",
            "water may have been pumped into the borehole when the tremor struck",
            "water was being pumped into Holt Energy's borehole when the tremor struck",
        ] {
            let d = format!("outlet: Beta Post\ndate: 2026-03-12\n\n{other}.\n");
            assert_eq!(negations(a, &d), 0, "{other}");
        }
        let e = "outlet: Alpha News\ndate: 2026-03-11\n\n\
            Holt Energy Ltd, which runs the site, said it would not be pumping water into the \
            borehole.\n";
        assert_eq!(negations(e, b), 0);
    }

    #[test]
    fn ruled_out_and_not_ruled_out_clash() {
        use crate::compare::FindingType;
        use crate::compare::testing::bodies_on;
        let a = "Sweden has ruled out a separate fishing pact with Iceland, a ministry \
                 spokesman said.";
        let b = "Lindqvist did not rule out a separate fishing pact with Iceland if the \
                 wider talks failed.";
        assert_eq!(bodies_on("2026-03-12", a, b, FindingType::Negation), 1);
        // Another thing ruled out: no clash.
        let d = "Lindqvist did not rule out a separate fishing pact with Norway if the \
                 wider talks failed.";
        assert_eq!(bodies_on("2026-03-12", a, d, FindingType::Negation), 0);
        let e = "Lindqvist did not rule out new quotas for Iceland if the wider talks failed.";
        assert_eq!(bodies_on("2026-03-12", a, e, FindingType::Negation), 0);
        // Both leave it open: no clash.
        let c = "Sweden has not ruled out a separate fishing pact with Iceland, a ministry \
                 spokesman said.";
        assert_eq!(bodies_on("2026-03-12", c, b, FindingType::Negation), 0);
    }

    #[test]
    fn one_verb_with_two_particles_is_two_acts() {
        let a = "outlet: Alpha\ndate: 2025-06-11\n\n\
            Divers said the vessel was not taking on water.\n";
        let b = "outlet: Beta\ndate: 2025-06-11\n\n\
            The company said its relief vessel would take over the route.\n";
        assert_eq!(negations(a, b), 0);
        let c = "outlet: Beta\ndate: 2025-06-11\n\n\
            Divers said the vessel was taking on water.\n";
        assert_eq!(negations(a, c), 1);
    }

    #[test]
    fn closing_then_reopening_is_one_course() {
        // The closure is ended by the reopening it is set against.
        let a = "outlet: Alpha\ndate: 2025-02-18\n\n\
            Harlow Bridge shut after engineers find a crack.\n";
        let b = "outlet: Beta\ndate: 2025-02-18\n\n\
            The council said Harlow Bridge would reopen on Friday, March 14.\n";
        assert_eq!(negations(a, b), 0);
        // A closure lasting until something ends it fits the reopening.
        let c = "outlet: Beta\ndate: 2025-02-18\n\n\
            Harlow Bridge would remain closed until engineers understood the defect, \
            the council said.\n";
        assert_eq!(negations(b, c), 0);
        // Shut and reopened on one day clash.
        let f = "outlet: Alpha\ndate: 2025-02-18\n\n\
            Harlow Bridge was closed on Monday, the council said.\n";
        let g = "outlet: Beta\ndate: 2025-02-18\n\n\
            Harlow Bridge reopened on Monday, the council said.\n";
        assert_eq!(negations(f, g), 1);
        // Told as a state of the same day, it clashes.
        let d = "outlet: Alpha\ndate: 2025-02-18\n\n\
            Harlow Bridge reopened to traffic on Monday, the council said.\n";
        let e = "outlet: Beta\ndate: 2025-02-18\n\n\
            Harlow Bridge remained closed to traffic on Monday, the council said.\n";
        assert_eq!(negations(d, e), 1);
    }

    #[test]
    fn agreeing_and_disagreeing_need_what_with() {
        let a = "outlet: Alpha\ndate: 2025-03-12\n\n\
            Lady Justice Harrow gave the lead judgment. The other two judges agreed.\n";
        let b = "outlet: Beta\ndate: 2025-03-12\n\n\
            The judges disagreed, saying the inspector had been entitled to rely on the survey.\n";
        assert_eq!(negations(a, b), 0);
        let c = "outlet: Alpha\ndate: 2025-03-12\n\n\
            The appeal judges agreed with the planning inspector on Thursday.\n";
        let d = "outlet: Beta\ndate: 2025-03-12\n\n\
            The appeal judges disagreed with the planning inspector on Thursday.\n";
        assert_eq!(negations(c, d), 1);
    }

    #[test]
    fn both_deny_the_act_one_in_a_clause_of_its_own() {
        let a = "outlet: Alpha\ndate: 2025-03-12\n\n\
            Mayor Celia Brannock has not acted improperly, her lawyer said.\n";
        // Acting quickly is no improper act, and it is denied after.
        let b = "outlet: Beta\ndate: 2025-03-12\n\n\
            Mayor Celia Brannock acted quickly and apologised, while insisting she had \
            never acted improperly.\n";
        assert_eq!(negations(a, b), 0);
        // Denied of another thing, the act is still affirmed of this one.
        let d = "outlet: Alpha\ndate: 2025-03-12\n\n\
            The council has not closed the pool, a spokesman said on Monday.\n";
        let e = "outlet: Beta\ndate: 2025-03-12\n\n\
            The council closed the pool on Monday but has not closed the library.\n";
        assert_eq!(negations(d, e), 1);
        // Affirmed, it clashes.
        let c = "outlet: Beta\ndate: 2025-03-12\n\n\
            Mayor Celia Brannock has acted improperly, the auditor said.\n";
        assert_eq!(negations(a, c), 1);
    }

    #[test]
    fn a_relative_clause_without_that_denies_nothing_of_the_claim() {
        let a = "outlet: Alpha\ndate: 2025-11-08\n\n\
            “We have found money we did not think we had,” Finance Minister Colin Dunmore said.\n";
        let b = "outlet: Beta\ndate: 2025-11-08\n\n\
            “We have not found any new money,” Finance Minister Colin Dunmore said.\n";
        // One person's remark quoted both ways is a quote told two ways.
        assert_eq!(
            crate::compare::testing::between(a, b, FindingType::Quote),
            1
        );
        // The account they used: the relative clause ends at its verb.
        let c = "outlet: Alpha\ndate: 2025-11-08\n\n\
            The administrator account they used did not require a second password, the regulator found.\n";
        let d = "outlet: Beta\ndate: 2025-11-08\n\n\
            The administrator account required a second password, the company said.\n";
        assert_eq!(negations(c, d), 1);
    }

    #[test]
    fn acquitted_of_all_charges_and_guilty_of_one_count() {
        let a = "outlet: Alpha\ndate: 2025-11-08\n\n\
            Former finance director Sandra Illing was acquitted of all charges.\n";
        let b = "outlet: Beta\ndate: 2025-11-08\n\n\
            Sandra Illing, the former finance director, was found guilty of one count of false accounting.\n";
        // "false accounting" describes a charge, refuting nothing.
        assert_eq!(between_any(a, b), 1);
    }

    #[test]
    fn acquitted_and_convicted_on_counts_of_different_figures() {
        let a = "outlet: Alpha\ndate: 2025-11-08\n\n\
            Mr. Dorn was acquitted on three counts of filing false invoices.\n";
        let b = "outlet: Beta\ndate: 2025-11-08\n\n\
            Jury convicts Dorn on nine counts in payroll case\n";
        assert_eq!(negations(a, b), 0);
        let c = "outlet: Beta\ndate: 2025-11-08\n\n\
            Jury convicts Dorn on three counts in invoice case\n";
        assert_eq!(negations(a, c), 1);
        // Guilty "in" a theft is of the theft, not of the invoices.
        let d = "outlet: Beta\ndate: 2025-11-08\n\n\
            A jury has found former clerk Carl Dorn guilty in the theft of $40,000.\n";
        assert_eq!(negations(a, d), 0);
    }

    #[test]
    fn doer_and_undergoer_swapped() {
        let a = "outlet: Alpha\ndate: 2025-11-08\n\n\
            Ada Okonjo beat Carla Moss in the final on Sunday.\n";
        let b = "outlet: Beta\ndate: 2025-11-08\n\n\
            Carla Moss beat Ada Okonjo in the final on Sunday.\n";
        assert_eq!(negations(a, b), 1);
        // Told by a participle closing the sentence, against a passive.
        let c = "outlet: Gamma\ndate: 2025-11-08\n\n\
            Okonjo went on to win the title, beating Carla Moss 6-3 in the final.\n";
        let d = "outlet: Delta\ndate: 2025-11-08\n\n\
            Okonjo was beaten 6-3 by Carla Moss in the final.\n";
        assert_eq!(negations(c, d), 1);
        assert_eq!(negations(a, c), 0);
        // Acts done both ways, a contest foreseen, or two rounds, are no swap.
        let e = "outlet: Alpha\ndate: 2025-11-08\n\nAda Okonjo met Carla Moss in Paris.\n";
        let f = "outlet: Beta\ndate: 2025-11-08\n\nCarla Moss met Ada Okonjo in Paris.\n";
        assert_eq!(negations(e, f), 0);
        let g = "outlet: Alpha\ndate: 2025-11-08\n\n\
            Ada Okonjo could beat Carla Moss in the final on Sunday.\n";
        assert_eq!(negations(g, b), 0);
        let h = "outlet: Alpha\ndate: 2025-11-08\n\n\
            Ada Okonjo beat Carla Moss in the semi-final on Sunday.\n";
        assert_eq!(negations(h, b), 0);
    }

    #[test]
    fn a_denial_of_harm_elsewhere_or_again() {
        let a = "outlet: Alpha\ndate: 2025-11-08\n\n\
            The ferry suffered damage in the storm, the harbour master said.\n";
        let b = "outlet: Beta\ndate: 2025-11-08\n\n\
            The ferry was not damaged in the collision, the coastguard said.\n";
        assert_eq!(negations(a, b), 0);
        let c = "outlet: Beta\ndate: 2025-11-08\n\nThe ferry was not damaged again.\n";
        assert_eq!(negations(a, c), 0);
        // Another told on the affirming side still meets a denial of any.
        let d = "outlet: Alpha\ndate: 2025-11-08\n\n\
            The club made another offer for the striker on Friday.\n";
        let e = "outlet: Beta\ndate: 2025-11-08\n\n\
            The club has not made any offer for the striker.\n";
        assert_eq!(negations(d, e), 1);
    }

    #[test]
    fn refusing_a_request_for_a_thing_opposes_granting_it() {
        let a = "outlet: Alpha\ndate: 2026-06-10\n\n\
            Gov. Lyle Brandt approved an emergency declaration for Carrow County on Wednesday.\n";
        let b = "outlet: Beta\ndate: 2026-06-10\n\n\
            Gov. Lyle Brandt rejected the county's request for an emergency declaration on Wednesday.\n";
        assert_eq!(negations(a, b), 1);
        // A request for something else is another thing.
        let c = "outlet: Gamma\ndate: 2026-06-10\n\n\
            Gov. Lyle Brandt rejected the county's request for a tax holiday on Wednesday.\n";
        assert_eq!(negations(a, c), 0);
    }

    fn between_any(a: &str, b: &str) -> usize {
        [
            FindingType::Negation,
            FindingType::Person,
            FindingType::Quote,
        ]
        .into_iter()
        .map(|t| crate::compare::testing::between(a, b, t))
        .sum()
    }

    #[test]
    fn a_participant_neither_side_names_is_no_difference() {
        let a = "outlet: Alpha\ndate: 2025-11-08\n\n\
            The dam's warning sirens were activated at 3:50 a.m., the emergency service said.\n";
        let b = "outlet: Beta\ndate: 2025-11-08\n\n\
            The dam's warning sirens were never activated, the regional government confirmed.\n";
        assert_eq!(negations(a, b), 1);
        // Of different things, though the heads are one word.
        let c = "outlet: Alpha\ndate: 2025-11-08\n\n\
            The name of the suspect would be released after he is charged, police said.\n";
        let d = "outlet: Beta\ndate: 2025-11-08\n\n\
            The name of the deceased will not be released until relatives are told.\n";
        assert_eq!(negations(c, d), 0);
    }

    #[test]
    fn a_state_in_the_past_perfect_is_before_one_now() {
        let a = "outlet: Alpha\ndate: 2025-11-08\n\n\
            The library is open seven days a week, the city said.\n";
        let b = "outlet: Beta\ndate: 2025-11-08\n\n\
            The library had been closed for two years while builders worked, the city said.\n";
        assert_eq!(negations(a, b), 0);
        let c = "outlet: Gamma\ndate: 2025-11-08\n\n\
            The library was closed all week, the city said.\n";
        assert_eq!(negations(a, c), 1);
        // A state kept since a past day runs up to the change that ends it.
        let d = "outlet: Delta\ndate: 2025-11-08\n\n\
            The library reopens after a flood, the city said.\n";
        let e = "outlet: Epsilon\ndate: 2025-11-08\n\n\
            The library has been closed since a flood last winter, the city said.\n";
        assert_eq!(negations(d, e), 0);
        let f = "outlet: Zeta\ndate: 2025-11-08\n\n\
            The library has been closed all week after a flood, the city said.\n";
        assert_eq!(negations(d, f), 1);
        // A state kept since then still holds now: it clashes with one now.
        let g = "outlet: Eta\ndate: 2025-11-08\n\n\
            The library is open to visitors, the city said.\n";
        assert_eq!(negations(e, g), 1);
    }

    #[test]
    fn misfires_found_in_review() {
        let n = |a: &str, b: &str| {
            negations(
                &format!("outlet: Alpha\ndate: 2025-03-05\n\n{a}\n"),
                &format!("outlet: Beta\ndate: 2025-03-05\n\n{b}\n"),
            )
        };
        // Things of one kind told in other words.
        assert_eq!(
            n(
                "The council approved the demolition of the stadium.",
                "The council did not approve the demolition of the arena."
            ),
            1
        );
        // A denial and an act dated apart.
        assert_eq!(
            n(
                "The bridge was not damaged in the earthquake, engineers said.",
                "The bridge was damaged in a flood in 2019, engineers said."
            ),
            0
        );
    }

    #[test]
    fn ruling_out_denies_and_not_ruling_out_leaves_possible() {
        let a = "outlet: Alpha\ndate: 2025-11-08\n\n\
            Investigators have ruled out arson in the warehouse fire, the fire chief said.\n";
        let b = "outlet: Beta\ndate: 2025-11-08\n\n\
            Investigators have not ruled out arson in the warehouse fire, the fire chief said.\n";
        assert_eq!(negations(a, b), 1);
        let c = "outlet: Gamma\ndate: 2025-11-08\n\n\
            Investigators refused to rule out arson in the warehouse fire, the fire chief said.\n";
        assert_eq!(negations(b, c), 0);
    }

    #[test]
    fn a_denial_of_another_part_of_the_day() {
        let a = "outlet: Alpha\ndate: 2025-03-04\n\n\
            The first 18 patients were moved into the new wards on Monday morning.\n";
        let b = "outlet: Beta\ndate: 2025-03-04\n\nNo patients have been moved into the new wards overnight.\n";
        assert_eq!(negations(a, b), 0);
        let b =
            "outlet: Beta\ndate: 2025-03-04\n\nNo patients have been moved into the new wards.\n";
        assert_eq!(negations(a, b), 1);
    }

    #[test]
    fn the_same_act_denied_and_affirmed_by_frames() {
        let a = "outlet: Alpha\ndate: 2022-10-16\n\n\
            Gov. Ada Kell has not conceded the governor's race and said Saturday she would \
            ask the Regional Court to order a recount in three districts, a day after the \
            commission certified her challenger as the winner.\n";
        let b = "outlet: Beta\ndate: 2022-10-16\n\n\
            Gov. Ada Kell conceded the governor's race on Friday evening, telephoning Mara \
            Dean to congratulate her hours after the electoral commission certified her \
            victory, her office said.\n";
        assert_eq!(negations(a, b), 1);
        // A denial dated before the act is overtaken by it.
        let c = "outlet: Alpha\ndate: 2022-10-16\n\n\
            Gov. Ada Kell had not conceded the governor's race on Wednesday, her aides said.\n";
        assert_eq!(negations(c, b), 0);
    }

    #[test]
    fn a_passive_denial_without_a_doer_denies_the_act_by_anyone() {
        let a = "outlet: Alpha\ndate: 2023-11-09\n\n\
            The pit was last inspected by the Mines Inspectorate in October, a spokeswoman \
            for the regulator said.\n";
        let b = "outlet: Beta\ndate: 2023-11-09\n\n\
            The pit was not inspected at all this year.\n";
        assert_eq!(negations(a, b), 1);
        // A measure of a thing is the thing; "none of" it denies the act.
        let g = "outlet: Alpha\ndate: 2023-11-09\n\n\
            A small quantity of diesel leaked into the sea from a damaged fuel tank.\n";
        let h = "outlet: Beta\ndate: 2023-11-09\n\n\
            None of the ferry's diesel had leaked into the sea.\n";
        assert_eq!(negations(g, h), 1);
        // Denied at one place, not another (found in review).
        let e = "outlet: Alpha\ndate: 2023-11-09\n\nThe driver was not arrested at the scene.\n";
        let f = "outlet: Beta\ndate: 2023-11-09\n\nPolice later arrested the driver at his home.\n";
        assert_eq!(negations(e, f), 0);
        // Not yet determined is unsettled, not denied.
        let c = "outlet: Alpha\ndate: 2023-11-09\n\n\
            Investigators were at the scene trying to determine the cause of the fire.\n";
        let d = "outlet: Beta\ndate: 2023-11-09\n\n\
            The cause of the fire has not been determined.\n";
        assert_eq!(negations(c, d), 0);
    }

    #[test]
    fn a_long_subject_and_a_second_verb_phrase() {
        // The subject runs past a relative clause; the other side's
        // negation is of a second verb phrase, not of its predicate.
        let a = "outlet: Alpha News\ndate: 2025-11-14\n\n\
            The sprinkler system in a warehouse where a fire killed a worker did not activate, \
            the fire chief said.\n";
        let b = "outlet: Beta Post\ndate: 2025-11-14\n\n\
            The warehouse's sprinkler system activated but could not keep up with the fire, \
            the chief said.\n";
        assert_eq!(negations(a, b), 1);
        // Both refuse: "refuses to pay" is "will not pay".
        let a = "outlet: Alpha News\ndate: 2025-11-14\n\nThe city refuses to pay the ransom.\n";
        let b = "outlet: Beta Post\ndate: 2025-11-14\n\nThe city won't pay the ransom.\n";
        assert_eq!(negations(a, b), 0);
        // A negation in an embedded question or after "but" is no denial.
        let a = "outlet: Alpha News\ndate: 2025-11-14\n\n\
            Health officials are looking into three reports of illness.\n";
        let b = "outlet: Beta Post\ndate: 2025-11-14\n\n\
            Health officials are looking into a handful of illness reports, but none has been confirmed.\n";
        assert_eq!(negations(a, b), 0);
    }

    #[test]
    fn a_denial_of_another_of_a_kind_is_no_clash() {
        let a = "outlet: Alpha News\ndate: 2025-03-12\n\n\
            The club has made the biggest offer in its history to the striker.\n";
        let b = "outlet: Beta Post\ndate: 2025-03-12\n\n\
            The club has not made another offer to the striker since.\n";
        assert_eq!(negations(a, b), 0);
        let c = "outlet: Beta Post\ndate: 2025-03-12\n\n\
            The club has not made an offer to the striker.\n";
        assert_eq!(negations(a, c), 1);
    }

    #[test]
    fn a_denial_of_another_complement_is_no_clash() {
        let a = "outlet: Alpha\ndate: 2026-03-03\n\n\
            \"The pool doesn't belong to the council,\" Ada Marsh said.\n";
        let b = "outlet: Beta\ndate: 2026-03-03\n\n\
            Ada Marsh said the pool belongs to every single person in Brackenford.\n";
        assert_eq!(negations(a, b), 0);
        let c = "outlet: Beta\ndate: 2026-03-03\n\n\
            Ada Marsh said the pool belongs to the council now.\n";
        assert_eq!(negations(a, c), 1);
    }

    #[test]
    fn nobody_hurt_against_people_treated_in_hospital() {
        let a = "outlet: Alpha\ndate: 2026-03-03\n\n\
            The ferry Islay Dawn caught fire off Oban on Monday.\n\n\
            No one was injured, according to the coastguard.\n";
        let b = "outlet: Beta\ndate: 2026-03-03\n\n\
            Two crew members were treated in hospital for smoke inhalation, the union said.\n";
        assert_eq!(negations(a, b), 1);
        // Not a check-up, not a group, not another occasion.
        let c = "outlet: Beta\ndate: 2026-03-03\n\n\
            Two crew members were taken to hospital as a precaution, the union said.\n";
        assert_eq!(negations(a, c), 0);
        let d = a.replace("No one was injured", "No passengers were injured");
        assert_eq!(negations(&d, b), 0);
        let e = a.replace(
            "No one was injured,",
            "No one was injured in that incident,",
        );
        assert_eq!(negations(&e, b), 0);
        // "Seriously" leaves minor injuries; a hospital as a place is no harm.
        let g = a.replace("No one was injured", "No one was seriously injured");
        assert_eq!(negations(&g, b), 0);
        let h = "outlet: Beta\ndate: 2026-03-03\n\n\
            Forty patients were moved from the hospital to a nearby ward block.\n";
        assert_eq!(negations(a, h), 0);
        // Harm of a day the denying report never names is of another
        // incident.
        let i = "outlet: Alpha\ndate: 2026-03-04\n\n\
            A second fire broke out at the Dunmore plant on Wednesday.\n\n\
            No one was injured, the fire service said.\n";
        let j = "outlet: Beta\ndate: 2026-03-04\n\n\
            Three workers were treated in hospital for burns after an explosion at the \
            Dunmore plant on Monday.\n";
        assert_eq!(negations(i, j), 0);
        // A report telling of harm itself denies it of a part of the story.
        let f = format!("{a}\nThe captain was treated in hospital for burns.\n");
        assert_eq!(negations(&f, b), 0);
    }

    #[test]
    fn nobody_hurt_against_people_hurt() {
        let a =
            "outlet: Alpha\ndate: 2026-03-03\n\nPolice said nobody was hurt in the landslide.\n";
        let b = "outlet: Beta\ndate: 2026-03-03\n\n\
            Two drivers suffered minor injuries in the landslide, police said.\n";
        assert_eq!(negations(a, b), 1);
        // A report that denies harm to the rest itself agrees with the
        // denial; "no other" says nothing of those told of.
        let x = "outlet: Alpha\ndate: 2026-03-03\n\nPolice said no one else was injured.\n";
        let y = "outlet: Beta\ndate: 2026-03-03\n\n\
            One man was shot and killed but no one else was injured.\n";
        assert_eq!(negations(x, y), 0);
        let z = "outlet: Alpha\ndate: 2026-03-03\n\n\
            No other crew member was injured, the coastguard said.\n";
        let w = "outlet: Beta\ndate: 2026-03-03\n\n\
            One crew member was injured, the owner said.\n";
        assert_eq!(negations(z, w), 0);
        let u = "outlet: Alpha\ndate: 2026-03-03\n\n\
            The driver was killed. No one else was hurt, police said.\n";
        let v = "outlet: Beta\ndate: 2026-03-03\n\nTwo passengers were hurt, officials said.\n";
        assert_eq!(negations(u, v), 1);
        // Harm told as burns, in a sentence whose "when" clause has a
        // subject of its own; a denial in the perfect.
        let a = a.replace("nobody was hurt", "nobody has been hurt");
        let a = a.as_str();
        let c = "outlet: Beta\ndate: 2026-03-03\n\n\
            One driver in Carrick suffered minor burns to her hand when the engine of her \
            van began to smoke, police said.\n";
        assert_eq!(negations(a, c), 1);
        // Harm denied to one kind of people, against harm told of them; not
        // of others.
        let d = "outlet: Alpha\ndate: 2026-03-03\n\n\
            Organisers said no runners needed hospital treatment.\n";
        let e = "outlet: Beta\ndate: 2026-03-03\n\n\
            Three runners were taken to hospital during the race, paramedics said.\n";
        assert_eq!(negations(d, e), 1);
        let f = "outlet: Beta\ndate: 2026-03-03\n\n\
            Three spectators were taken to hospital during the race, paramedics said.\n";
        assert_eq!(negations(d, f), 0);
        // A word for many people is a group too.
        let k = "outlet: Alpha\ndate: 2026-03-03\n\nNo staff were injured, the firm said.\n";
        let l = "outlet: Beta\ndate: 2026-03-03\n\n\
            Three staff were taken to hospital, paramedics said.\n";
        assert_eq!(negations(k, l), 1);
        // Reports of the next day are of the same incident; not later ones.
        let next = l.replace("2026-03-03", "2026-03-04");
        assert_eq!(negations(k, &next), 1);
        let later = l.replace("2026-03-03", "2026-03-06");
        assert_eq!(negations(k, &later), 0);
        // "None of" a group.
        let k = "outlet: Alpha\ndate: 2026-03-03\n\n\
            None of the ship's 22 crew members was hurt, the firm said.\n";
        let l = "outlet: Beta\ndate: 2026-03-03\n\n\
            One crew member was injured when a bar snapped, the coastguard said.\n";
        assert_eq!(negations(k, l), 1);
        let m = "outlet: Beta\ndate: 2026-03-03\n\n\
            One passenger was injured when a bar snapped, the coastguard said.\n";
        assert_eq!(negations(k, m), 0);
        // Treated at the scene is no hospital treatment.
        let g = "outlet: Beta\ndate: 2026-03-03\n\n\
            Two runners were treated at the scene for cuts and bruises, paramedics said.\n";
        assert_eq!(negations(d, g), 0);
        // Fractures found in a thing are no harm; a denial said of one place
        // is not of harm in another.
        let h = "outlet: Beta\ndate: 2026-03-03\n\n\
            Inspectors found fractures in three of the bridge's steel girders.\n";
        assert_eq!(negations(a, h), 0);
        let i = "outlet: Alpha\ndate: 2026-03-03\n\nNobody has been injured in Britain.\n";
        let j = "outlet: Beta\ndate: 2026-03-03\n\n\
            A woman in Canada suffered burns from the same model.\n";
        assert_eq!(negations(i, j), 0);
        // Fish are no one; and "no-one" is a negation too.
        let b = "outlet: Beta\ndate: 2026-03-03\n\nThe landslide killed fish in the river.\n";
        let a2 = "outlet: Alpha\ndate: 2026-03-03\n\nNo-one was killed in the landslide.\n";
        assert_eq!(negations(a2, b), 0);
        let c = "outlet: Gamma\ndate: 2026-03-03\n\nNobody was killed in the landslide.\n";
        assert_eq!(negations(a2, c), 0);
        // "Nobody in the building" denies of the people in it.
        let h = "outlet: Theta\ndate: 2026-03-03\n\n\
            No one in the building was injured, fire officials said.\n";
        let i = "outlet: Iota\ndate: 2026-03-03\n\n\
            Two residents of the building were injured, fire officials said.\n";
        assert_eq!(negations(h, i), 1);
        // The act denied is the denial's verb, of everyone.
        let d = "outlet: Delta\ndate: 2026-03-03\n\n\
            Organisers expected around 4,000 visitors at the library on the first day.\n";
        let e = "outlet: Epsilon\ndate: 2026-03-03\n\nNobody is against libraries, he said.\n";
        assert_eq!(negations(d, e), 0);
        let f = "outlet: Zeta\ndate: 2026-03-03\n\n\
            Investors will want to see the strike settled quickly, an analyst said.\n";
        let g = "outlet: Eta\ndate: 2026-03-03\n\n\
            Nobody in this valley wants to see the strike settled slowly, she said.\n";
        assert_eq!(negations(f, g), 0);
    }

    #[test]
    fn a_market_move_told_by_where_it_closed() {
        let a = "outlet: Alpha News\ndate: 2026-06-10\n\n\
            Fairlane shares closed 4% higher at 271p on Tuesday as investors bet on a new offer.\n";
        let b = "outlet: Beta Post\ndate: 2026-06-10\n\n\
            Fairlane shares ended the session 4% lower on Tuesday, with traders pointing to \
            doubts over whether Corvenna could fund a deal.\n";
        // "doubts" in the absolute phrase refutes nothing; "could" in the
        // embedded question hedges nothing.
        assert_eq!(between(a, b, FindingType::Negation), 1);
    }

    #[test]
    fn a_described_subject_meets_the_name_it_stands_for() {
        let report = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            Northwind Logistics said on Monday that hackers had locked its warehouse systems.\n\n\
            The company paid the attackers a ransom of $5 million, two people familiar with the matter said.\n";
        assert_eq!(negations(report, DENIAL), 1);
    }

    #[test]
    fn a_description_of_another_company_is_not_the_name() {
        let report = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            Redline Bank said on Monday that hackers had locked its payment systems.\n\n\
            The company paid the attackers a ransom of $5 million, two people familiar with the matter said.\n";
        assert_eq!(negations(report, DENIAL), 0);
    }

    #[test]
    fn a_synonymous_act_denied_is_a_negation() {
        let a = "outlet: Alpha\ndate: 2026-02-16\n\n\
            The gallery's alarm did not go off during the raid, police said.\n";
        let b = "outlet: Beta\ndate: 2026-02-16\n\n\
            The gallery's alarm sounded during the raid, police said.\n";
        assert_eq!(negations(a, b), 1);
    }

    #[test]
    fn a_negation_inside_a_time_clause_denies_nothing() {
        let a = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            The order was lifted shortly after noon, after air monitoring found no harmful levels of gas.\n";
        let b = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            The order was lifted just after midday, once air monitors found no dangerous levels of gas.\n";
        assert_eq!(negations(a, b), 0);
    }

    #[test]
    fn a_pronoun_in_reported_speech_is_its_speaker() {
        let a = "outlet: Alpha News\ndate: 2025-05-02\n\n\
            The union said it had agreed to staff the emergency department during the strike.\n";
        let b = "outlet: Beta Post\ndate: 2025-05-02\n\n\
            The union has not agreed to staff the emergency department during the strike, the trust said.\n";
        assert_eq!(negations(a, b), 1);
    }

    #[test]
    fn acts_alike_only_in_a_rare_sense_are_not_denied() {
        // "break" and "soften" share only the sense of lessening a blow.
        let a = "outlet: Alpha News\ndate: 2025-09-15\n\n\
            Head coach Ivo Marland broke the news to the squad at a meeting on Monday.\n";
        let b = "outlet: Beta Post\ndate: 2025-09-15\n\n\
            Ivo Marland, the head coach, did not soften the message at the squad meeting on Monday.\n";
        assert_eq!(negations(a, b), 0);
        // The same thing done to picks the sense.
        let c = "outlet: Alpha News\ndate: 2025-09-15\n\n\
            The jury did not return a verdict on Monday.\n";
        let d = "outlet: Beta Post\ndate: 2025-09-15\n\n\
            The jury delivered a verdict on Monday.\n";
        assert_eq!(negations(c, d), 1);
    }

    #[test]
    fn a_denial_of_all_leaves_some() {
        let a = "outlet: Alpha News\ndate: 2025-09-15\n\n\
            The health board said not every case of illness in Orrin would be linked to the \
            water supply.\n";
        let b = "outlet: Beta Post\ndate: 2025-09-15\n\n\
            The health board said the cases of illness in Orrin were clearly linked to the \
            water supply.\n";
        assert_eq!(negations(a, b), 0);
        let c = "outlet: Alpha News\ndate: 2025-09-15\n\n\
            Not everyone in the village of Orrin was evacuated before the flood on Monday.\n";
        let d = "outlet: Beta Post\ndate: 2025-09-15\n\n\
            Everyone in the village of Orrin was evacuated before the flood on Monday.\n";
        assert_eq!(negations(c, d), 1);
    }

    #[test]
    fn a_negation_of_another_clause_denies_nothing() {
        // The denial's own act (the closure vote) is affirmed; "not" is of
        // the parents' giving up.
        let a = "outlet: Alpha News\ndate: 2025-09-15\n\n\
            The Westbury school board voted 5-2 on Monday to close Elm Road Primary.\n";
        let b = "outlet: Beta Post\ndate: 2025-09-22\n\n\
            A week after the Westbury school board voted to close Elm Road Primary, \
            parents opposed to the decision say they have not given up.\n";
        assert_eq!(negations(a, b), 0);
        // A denial by its cue still denies the act it governs.
        let c = "outlet: Alpha News\ndate: 2025-09-15\n\n\
            Ms. Dorne acknowledged that some wages had been paid late in recent months.\n";
        let d = "outlet: Beta Post\ndate: 2025-09-15\n\n\
            Ms. Dorne denied that wages had ever been paid late.\n";
        assert_eq!(negations(c, d), 1);
        // "never" before the act and "not" on its infinitive deny it.
        let e =
            "outlet: Alpha News\ndate: 2025-09-15\n\nThe board never voted to close the clinic.\n";
        let f = "outlet: Beta Post\ndate: 2025-09-15\n\nThe board voted to close the clinic.\n";
        assert_eq!(negations(e, f), 1);
        let g =
            "outlet: Alpha News\ndate: 2025-09-15\n\nThe council voted not to close the school.\n";
        let h = "outlet: Beta Post\ndate: 2025-09-15\n\nThe council voted to close the school.\n";
        assert_eq!(negations(g, h), 1);
        // Against a deed told in a relative clause too: the seat was kept.
        let i = "outlet: Alpha News\ndate: 2025-09-15\n\n\
            Because Mayor Orla Brent kept her seat, the Cobb campaign will not get its deposit back.\n";
        let j = "outlet: Beta Post\ndate: 2025-09-15\n\n\
            Mayor Orla Brent, who kept her seat after the count, has begun drafting her budget.\n";
        assert_eq!(negations(i, j), 0);
    }

    #[test]
    fn an_act_denied_of_its_doer_with_nothing_done_to() {
        // "pay compensation" is "compensate"; denied with no one named, it
        // denies compensating the passengers.
        let a = "outlet: Alpha News\ndate: 2025-09-15\n\n\
            Corvane Airways said it would compensate affected passengers in line with the rules.\n";
        let b = "outlet: Beta Post\ndate: 2025-09-15\n\n\
            Corvane Airways said it would not pay compensation, arguing that the outage was \
            beyond its control.\n";
        assert_eq!(negations(a, b), 1);
        // Another doer denies nothing of it.
        let c = "outlet: Beta Post\ndate: 2025-09-15\n\n\
            The airport said it would not pay compensation, arguing that the outage was \
            beyond its control.\n";
        assert_eq!(negations(a, c), 0);
    }

    #[test]
    fn a_deed_denied_in_a_relative_clause() {
        let a = "outlet: Alpha News\ndate: 2024-06-10\n\n\
            The council's leader, Dena Marsh, was interviewed under caution by detectives, \
            a police source said.\n";
        let b = "outlet: Beta Post\ndate: 2024-06-10\n\n\
            Council leader Dena Marsh, who has not been questioned by police, said on Monday \
            that she welcomed the inquiry.\n";
        assert_eq!(negations(a, b), 1);
        // A light verb's act is no denial ("who has held leadership posts").
        let c = "outlet: Alpha News\ndate: 2024-06-10\n\n\
            Dr. Dena Marsh, who has held leadership positions statewide, has long provided \
            medical care in Harwick.\n";
        let d = "outlet: Beta Post\ndate: 2024-06-10\n\n\
            Dena Marsh opened a clinic in Harwick in 1990. Since then, she has held leadership \
            positions in physician groups.\n";
        assert_eq!(negations(c, d), 0);
        // A denied deed of another thing or time is no denial of this one.
        let e = "outlet: Alpha News\ndate: 2024-06-10\n\n\
            Colin Rudd, who has not been charged with fraud, was charged with assault on Monday.\n";
        let f = "outlet: Beta Post\ndate: 2024-06-10\n\nColin Rudd was charged with assault.\n";
        assert_eq!(negations(e, f), 0);
        let g = "outlet: Alpha News\ndate: 2024-06-10\n\n\
            Colin Rudd, who had not been charged at the time, was charged on Friday.\n";
        let h = "outlet: Beta Post\ndate: 2024-06-10\n\nColin Rudd was charged on Friday.\n";
        assert_eq!(negations(g, h), 0);
    }

    #[test]
    fn the_subjects_names_are_no_shared_predicate() {
        // Both said of Varley; nothing else of the two predicates meets. Two
        // more reports make her name rare enough to align the two.
        let texts = [
            (
                "a.txt",
                "outlet: Alpha News\ndate: 2025-09-15\n\n\
                 Detectives searched the council offices on Thursday. Council leader \
                 Joan Varley was not among those arrested.\n\n\
                 A spokeswoman for Ms Varley said she had \"nothing to hide\" and would \
                 \"keep helping the police in every way she can.\"\n",
            ),
            (
                "b.txt",
                "outlet: Beta Post\ndate: 2025-09-15\n\n\
                 Detectives searched the council offices on Thursday.\n\n\
                 Council leader Joan Varley, who has not been questioned by police, said \
                 on Monday that she welcomed the investigation.\n",
            ),
            (
                "c.txt",
                "outlet: Gamma Times\ndate: 2025-09-15\n\n\
                 Detectives searched the council offices on Thursday. Two men were arrested.\n",
            ),
            (
                "d.txt",
                "outlet: Delta Daily\ndate: 2025-09-15\n\n\
                 The contracts were worth 4 million pounds. The firm denied wrongdoing.\n",
            ),
        ];
        assert_eq!(
            crate::compare::testing::contradictions(&texts, FindingType::Negation),
            0
        );
    }

    #[test]
    fn what_held_before_an_event_is_no_opposite_of_the_event() {
        let held = "outlet: Beta\ndate: 2025-06-11\n\n\
            The reservoir held 40,000 cubic metres of water before its wall failed.\n";
        let released = "outlet: Alpha\ndate: 2025-06-11\n\n\
            The reservoir released 40,000 cubic metres of water on Tuesday.\n";
        assert_eq!(negations(held, released), 0);
        let kept = "outlet: Beta\ndate: 2025-06-11\n\n\
            The reservoir held 40,000 cubic metres of water on Tuesday.\n";
        assert_eq!(negations(kept, released), 1);
        // "before" a time is no clause of another event.
        let bought = "outlet: Beta\ndate: 2025-06-11\n\n\
            The fund bought 40 million shares before the merger.\n";
        let sold = "outlet: Alpha\ndate: 2025-06-11\n\n\
            The fund sold 40 million shares.\n";
        assert_eq!(negations(bought, sold), 1);
    }

    #[test]
    fn a_guess_at_the_past_opposes_no_act_told_as_fact() {
        let found = "outlet: Beta\ndate: 2025-06-11\n\n\
            The silver coins were found on the Carrow pass, the museum said.\n";
        let guess = "outlet: Alpha\ndate: 2025-06-11\n\n\
            The silver coins were probably lost on the Carrow pass, the museum said.\n";
        assert_eq!(negations(guess, found), 0);
        let modal = "outlet: Alpha\ndate: 2025-06-11\n\n\
            The silver coins would have vanished on the Carrow pass, the museum said.\n";
        assert_eq!(negations(modal, found), 0);
        let fact = "outlet: Alpha\ndate: 2025-06-11\n\n\
            The silver coins were lost on the Carrow pass, the museum said.\n";
        assert_eq!(negations(fact, found), 1);
    }

    #[test]
    fn a_pronoun_and_a_description_of_the_same_company() {
        let a = "outlet: Alpha News\ndate: 2025-09-15\n\n\
            Veridane Therapeutics halted the trial on Monday.\n\n\
            The company said it had notified the European Medicines Agency of the deaths.\n";
        let b = "outlet: Beta Post\ndate: 2025-09-15\n\n\
            Veridane Therapeutics halted the trial on Monday.\n\n\
            A spokeswoman said the company had not yet notified the European Medicines Agency of the deaths.\n";
        assert_eq!(negations(a, b), 1);
    }
}
