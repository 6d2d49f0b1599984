//! Building a claim record from a proposition's tokens: its exact span,
//! source chain, polarity and certainty, quotations, names, numbers, dates
//! (with the words that tie each to an event), places (with the word that
//! gives their role), content words and the roles people are named in.

use crate::lexicon::{CueClass, Lexicon, PlaceKind, SourceKind, TitleClass, class};
use crate::load::Document;
use crate::parse::Parsed;
use crate::parse::names::{Name, NameKind};
use crate::parse::token::{TokKind, flag};
use crate::span::Span;
use crate::syntax::Tag;

use super::{
    Anchor, Certainty, Claim, Cue, DateRef, EntityRef, Facts, Pending, PlaceRef, Polarity,
    QuoteRef, Role, Source,
};

/// Trims the ends of a proposition: punctuation, conjunctions, "that".
fn trim_prop(p: &Parsed, a: usize, b: usize) -> (usize, usize) {
    let toks = &p.toks;
    let (mut a, mut b) = (a, b);
    let front = |w: &str| {
        matches!(
            w,
            "," | ";"
                | ":"
                | "that"
                | "and"
                | "but"
                | "while"
                | "whereas"
                | "—"
                | "–"
                | "-"
                | "separately"
                | "meanwhile"
                | "however"
                | "although"
                | "though"
        )
    };
    while a < b && front(toks.lower(a)) {
        a += 1;
    }
    while b > a
        && matches!(
            toks.toks[b - 1].kind,
            TokKind::Punct(',' | ';' | ':' | '—' | '–' | '-' | '.' | '!' | '?')
        )
    {
        b -= 1;
    }
    // A proposition that is exactly one quotation: the quoted words.
    if b > a + 1 && toks.toks[a].is_quote() && toks.toks[b - 1].is_quote() {
        let inner_a = a + 1;
        let inner_b = b - 1;
        let same = p.quote_of.get(inner_a).copied().flatten().is_some()
            && (inner_a..inner_b).all(|i| p.quote_of[i] == p.quote_of[inner_a]);
        if same && inner_b > inner_a {
            a = inner_a;
            b = inner_b;
            while b > a
                && matches!(
                    toks.toks[b - 1].kind,
                    TokKind::Punct(',' | '.' | '!' | '?' | ';')
                )
            {
                b -= 1;
            }
        }
    } else if b > a
        && toks.toks[a].is_quote()
        && (a + 1..b).all(|i| p.quote_of[i].is_some() || toks.toks[i].is_quote())
    {
        // An opening mark whose quote ends with the paragraph.
        a += 1;
        while b > a
            && (toks.toks[b - 1].is_quote()
                || matches!(toks.toks[b - 1].kind, TokKind::Punct(',' | '.')))
        {
            b -= 1;
        }
    }
    (a, b)
}

pub(super) fn build_claim(
    doc: &Document,
    p: &Parsed,
    syn: &crate::syntax::Syntax,
    lx: &Lexicon,
    mut pc: Pending,
    n: usize,
) -> Option<Claim> {
    let (a, b) = trim_prop(p, pc.prop.0, pc.prop.1);
    if b <= a || !(a..b).any(|i| p.toks.toks[i].is_word()) {
        return None;
    }
    let toks = &p.toks;
    let span = toks.toks[a].span.cover(toks.toks[b - 1].span);
    let s = &p.sentences[pc.sentence];

    let mut sources = Vec::with_capacity(pc.sources.len() + 1);
    sources.push(Source {
        name: doc.outlet.clone(),
        kind: SourceKind::Outlet,
        span: None,
        count: None,
    });
    for src in std::mem::take(&mut pc.sources) {
        // The outlet citing itself ("BBC Sport understands") adds no link.
        let same_as_doc =
            src.kind == SourceKind::Outlet && src.name.eq_ignore_ascii_case(&doc.outlet);
        let same_as_last = sources.last().is_some_and(|l| l.name == src.name);
        if !same_as_doc && !same_as_last {
            sources.push(src);
        }
    }
    let cue_class = pc.cue.as_ref().map(|c| c.class);
    let cue = pc.cue.as_ref().map(|c| Cue {
        text: c.span.slice(&doc.text).to_string(),
        span: c.span,
    });

    // Polarity: negations inside the proposition; a denial cue flips it.
    let mut negators = Vec::new();
    let Reading {
        main,
        aside,
        second_vp,
    } = read_clauses(p, syn, lx, a, b);
    let mut unknown = false;
    let mut bounded = false;
    // "rule out X" denies X; "cannot rule out X", "refused to rule out X"
    // leave X possible.
    let rule_out = |i: usize| {
        matches!(toks.lower(i), "rule" | "rules" | "ruled" | "ruling") && toks.lower(i + 1) == "out"
    };
    let negation_at = |i: usize| {
        let w = toks.lower(i);
        toks.toks[i].is_word()
            && (toks.is(i, class::NEG, |w| lx.negations.contains(w))
                || w.ends_with("n't")
                || matches!(
                    w,
                    "refused" | "refuses" | "refuse" | "declined" | "declines"
                ))
    };
    for i in a..b {
        if !main[i - a] {
            continue;
        }
        let w = toks.lower(i);
        if negation_at(i)
            && (i + 1..(i + 7).min(b))
                .take_while(|&k| !matches!(toks.lower(k), "," | ";" | ":"))
                .any(rule_out)
        {
            continue;
        }
        // "have not at this stage ruled out": back to the clause's start.
        let negated_before = (i.saturating_sub(6).max(a)..i)
            .rev()
            .take_while(|&k| !matches!(toks.lower(k), "," | ";" | ":"))
            .any(negation_at);
        if rule_out(i) && !negated_before {
            negators.push(toks.toks[i].span.slice(&doc.text).to_string());
            continue;
        }
        if toks.toks[i].is_word()
            && (toks.is(i, class::NEG, |w| lx.negations.contains(w)) || w.ends_with("n't"))
        {
            // "not only" adds rather than denies.
            if w == "not" && toks.lower(i + 1) == "only" {
                continue;
            }
            // A bound in time denies nothing: "would not reopen before
            // April 2", "did not arrive until Tuesday" and "no earlier
            // than March 14" tell when it happens.
            if time_bound(p, i, b) {
                bounded = true;
                continue;
            }
            // "dragged into a new week with no deal in sight": "with no"
            // opens a phrase beside the act, which it does not deny.
            // Only an aside: after a comma, or "... in sight" ("ended with
            // no agreement" denies the agreement).
            if w == "no"
                && i > a + 1
                && toks.lower(i - 1) == "with"
                && (toks.lower(i - 2) == ","
                    || (i + 1..(i + 5).min(b))
                        .any(|k| toks.lower(k) == "in" && toks.lower(k + 1) == "sight"))
            {
                continue;
            }
            // "The cause was not immediately known": what is not known is
            // not denied; the claim is only unsettled.
            let mut k = i + 1;
            let mut perfect = false;
            while matches!(
                toks.lower(k),
                "immediately" | "yet" | "publicly" | "officially" | "been" | "be"
            ) {
                perfect |= toks.lower(k) == "been";
                k += 1;
            }
            // "has not been determined" is unsettled; "was not determined
            // by a shootout", "has not been established in Ireland" deny.
            let settled_by = matches!(toks.lower(k), "determined" | "established")
                && (!perfect || matches!(toks.lower(k + 1), "by" | "in" | "until" | "as" | "at"));
            if !settled_by
                && matches!(
                    toks.lower(k),
                    "known"
                        | "clear"
                        | "available"
                        | "disclosed"
                        | "released"
                        | "identified"
                        | "confirmed"
                        | "determined"
                        | "established"
                )
                && (w == "not" || w.ends_with("n't"))
            {
                unknown = true;
                continue;
            }
            negators.push(toks.toks[i].span.slice(&doc.text).to_string());
        } else if matches!(
            w,
            "refuse"
                | "refuses"
                | "refused"
                | "refusing"
                | "declined"
                | "declines"
                | "failed"
                | "fails"
        ) && (i + 1..(i + 5).min(b))
            .take_while(|&k| {
                !matches!(
                    syn.tags.get(k),
                    Some(crate::syntax::Tag::Verb | crate::syntax::Tag::Punct)
                )
            })
            // "to" before a verb: not "shares declined to 271p".
            .any(|k| {
                toks.lower(k) == "to" && syn.tags.get(k + 1) == Some(&crate::syntax::Tag::Verb)
            })
        {
            // "refuses to pay" is "will not pay", "failed for years to
            // check" did not check: the act is the infinitive
            // (see the frame's catenative verbs), denied.
            negators.push(toks.toks[i].span.slice(&doc.text).to_string());
        } else if w == "yet"
            && toks.lower(i + 1) == "to"
            && i > a
            && matches!(
                toks.lower(i - 1),
                "has" | "have" | "had" | "is" | "are" | "was" | "were"
            )
        {
            // "had yet to regain consciousness" had not regained it.
            negators.push(toks.toks[i].span.slice(&doc.text).to_string());
        } else if matches!(w, "few" | "seldom" | "rarely")
            && (a..i).all(|k| matches!(toks.lower(k), "very" | "only" | "relatively" | "so"))
            && toks.toks.get(i + 1).is_some_and(|t| t.is_word())
        {
            // "Very few new rockets succeed first time": few do, most do
            // not. Only as the claim's first word: "a few" asserts some, and
            // "a story few parents could top" is no denial of the story.
            negators.push(toks.toks[i].span.slice(&doc.text).to_string());
        }
    }
    // A refutation said of the claim ("the story is a hoax", "fake"),
    // outside quotation marks; or of its report ("DHS debunks claims that ...").
    let mut i = match &pc.cue {
        Some(c) if c.tok < a => c.tok.saturating_sub(3).max(s.toks.0),
        _ => a,
    };
    // A denying or doubting verb the attribution did not take as its cue
    // ("Lisa Bonet denies slamming Bill Cosby", "insiders claim the watch
    // will start at $500").
    let mut doubted = false;
    let scan_from = i;
    while i < b {
        // Not one of a relative clause ("Keith Brannagh, who had denied all
        // the charges, was found guilty").
        let relative_clause = i >= a
            && !main[i - a]
            && (a..i).rev().take_while(|&k| toks.lower(k) != ",").any(|k| {
                matches!(toks.lower(k), "who" | "which") && k > a && toks.lower(k - 1) == ","
            });
        if p.quote_of[i].is_none()
            && syn.tags.get(i) == Some(&crate::syntax::Tag::Verb)
            && !super::phrase::describes_person(toks, i)
            && !relative_clause
        {
            match lx.cues.get(toks.lower(i)) {
                Some(CueClass::Deny) if pc.cue.as_ref().is_none_or(|c| c.tok != i) => {
                    negators.push(toks.toks[i].span.slice(&doc.text).to_string());
                }
                Some(CueClass::Doubt | CueClass::Think) => doubted = true,
                _ => {}
            }
        }
        i += 1;
    }
    i = scan_from;
    while i < b {
        if p.quote_of[i].is_none() && (i < a || !aside[i - a]) {
            // "shot down the claims", not "shot down two planes"; "the
            // rumour was put to rest", not "the victims were laid to rest":
            // some refutations need a report near them.
            let near_report = |len: usize| {
                (i.saturating_sub(8).max(s.toks.0)..(i + len + 4).min(b))
                    .any(|k| crate::lexicon::report_noun(toks.lower(k)))
            };
            // A refuting adjective before a noun after "of" or "with" only
            // describes it ("one count of false accounting", "caught with
            // fake passports"); elsewhere it calls the story fake ("Hoax
            // Video Of A Bird ...", "Fake Website").
            // So does one right after a verb or "a" ("conned pensioners
            // using faked pictures", "sold a fake painting"; not "this hoax
            // video").
            let attributive = |len: usize| {
                len == 1
                    && i > s.toks.0
                    && (matches!(toks.lower(i - 1), "of" | "with" | "a" | "an")
                        || toks.lower(i - 1).ends_with("ing")
                        || syn.tags.get(i - 1) == Some(&crate::syntax::Tag::Verb))
                    && syn.tags.get(i + 1) == Some(&crate::syntax::Tag::Noun)
                    && !crate::lexicon::report_noun(toks.lower(i + 1))
            };
            if let Some((len, _)) = lx
                .refutations
                .match_at(toks, i, b)
                .filter(|&(len, needs)| (!*needs || near_report(len)) && !attributive(len))
            {
                negators.push(
                    toks.toks[i]
                        .span
                        .cover(toks.toks[i + len - 1].span)
                        .slice(&doc.text)
                        .to_string(),
                );
                i += len;
                continue;
            }
        }
        i += 1;
    }
    let mut negative = !negators.is_empty();
    // A denial itself denied ("have not ruled out arson", "refused to rule
    // out", "did not deny") leaves the claim possible.
    let denial_denied = pc
        .cue
        .as_ref()
        .is_some_and(|c| (c.tok.saturating_sub(3)..c.tok).any(negation_at));
    if denial_denied && cue_class == Some(CueClass::Deny) {
        doubted = true;
    } else if cue_class == Some(CueClass::Deny) {
        negative = !negative;
        negators.push(cue.as_ref().map_or(String::new(), |c| c.text.clone()));
    }
    // Certainty: a hedge in the proposition, a hedging cue ("believes",
    // "alleged"), or a hedge right before the cue ("reportedly said").
    let (s0, _) = s.toks;
    // A question asserts nothing ("ISIS leader dead?", "Did X make up the story?").
    let question = (s.toks.0..s.toks.1)
        .rev()
        .find(|&i| !toks.toks[i].is_quote() && !toks.toks[i].is_punct(')'))
        .is_some_and(|l| toks.toks[l].is_punct('?') && p.quote_of[l].is_none());
    // A question told without an answer ("would not say when the line
    // might reopen", "did not know whether"): after a cue said not to have
    // been said, an interrogative opens the content. Not "said when
    // officers arrived, the man had fled".
    let cue_denied = pc
        .cue
        .as_ref()
        .is_some_and(|c| (c.tok.saturating_sub(3)..c.tok).any(negation_at));
    let indirect_question = (a < b)
        && (toks.lower(a) == "whether"
            || cue_denied && matches!(toks.lower(a), "when" | "why" | "how" | "where" | "if"));
    // A headline that names a question ("Courier ruling: what the judgment
    // does and does not change", "How the fire spread") asserts nothing.
    let in_title = doc
        .title_span
        .is_some_and(|t| t.start() <= span.start() && span.end() <= t.end());
    let explainer = in_title
        && (s0..b).any(|i| {
            matches!(toks.lower(i), "what" | "how" | "why" | "where" | "who" | "when")
                && (i == s0 || toks.lower(i - 1) == ":")
                // After a label, not after a headline telling something
                // ("Pill recalled: what patients need to know").
                && (s0..i).all(|k| {
                    syn.tags.get(k) != Some(&crate::syntax::Tag::Verb)
                        || toks.lower(k).ends_with("ing")
                })
        });
    let mut hedged = question
        || explainer
        || indirect_question
        || doubted
        || unknown
        || matches!(cue_class, Some(CueClass::Think | CueClass::Doubt));
    // Nor of a second verb phrase ("activated but could not keep up").
    let mut i = a;
    while i < second_vp && !hedged {
        if aside[i - a] {
            i += 1;
            continue;
        }
        if let Some((len, _)) = lx.hedges.match_at(toks, i, b) {
            // "May" capitalised mid-sentence is the month; "alleged" before
            // a word for a person describes them ("mob attacks alleged
            // rapist"), it hedges no claim.
            let month = toks.lower(i) == "may" && toks.toks[i].has(flag::CAP) && i > s0;
            let describes = len == 1 && super::phrase::describes_person(toks, i);
            if !month && !describes {
                hedged = true;
            }
            i += len;
            continue;
        }
        i += 1;
    }
    if let Some(c) = &pc.cue {
        if c.tok > 0
            && matches!(
                toks.lower(c.tok - 1),
                "reportedly" | "allegedly" | "apparently" | "purportedly" | "supposedly"
            )
        {
            hedged = true;
        }
    }

    // Quotes are in text order and do not overlap (single quotes inside
    // double ones aside): only those near the claim are looked at, so a text
    // of many quotes and many claims stays linear.
    let first_q = p
        .quotes
        .partition_point(|q| q.inner.end() <= span.start())
        .saturating_sub(4);
    let mut quotes: Vec<QuoteRef> = p.quotes[first_q..]
        .iter()
        .take_while(|q| q.inner.start() < span.end() || q.single)
        .filter(|q| !q.single && q.inner.overlaps(span))
        .map(|q| {
            let qs = Span::new(
                q.inner.start().max(span.start()),
                q.inner.end().min(span.end()),
            );
            QuoteRef {
                text: qs.slice(&doc.text).to_string(),
                span: qs,
            }
        })
        .collect();
    quotes.shrink_to_fit();
    let is_quote = !quotes.is_empty()
        && quotes.iter().map(|q| q.span.len()).sum::<usize>() * 10 >= span.len() * 8;

    // The sentence's names, numbers and dates are in text order: take those
    // in the claim's span by binary search (a long sentence of many clauses
    // stays linear).
    let all_names = &p.names[pc.sentence];
    let names = &all_names[all_names.partition_point(|n| n.span.start() < span.start())
        ..all_names.partition_point(|n| n.span.start() < span.end())];
    let in_span = |sp: Span| span.contains(sp);
    // Claims are kept by the hundred thousand: vectors are sized exactly.
    let is_entity = |n: &&Name| in_span(n.span) && n.kind != NameKind::Place;
    let mut entities = Vec::with_capacity(names.iter().filter(is_entity).count());
    entities.extend(names.iter().filter(is_entity).map(|n| EntityRef {
        text: n.text.clone(),
        name: n.name.clone(),
        kind: n.kind,
        span: n.span,
    }));
    // Places, and venues named as where something happened ("at Kenton High School").
    let is_venue = |n: &Name| {
        n.kind != NameKind::Place
            && n.kind != NameKind::Person
            && n.text
                .split_whitespace()
                .any(|w| lx.venues.contains(&w.to_lowercase()))
    };
    // A name before lowercase words for a venue names the venue ("at the
    // Kelva border crossing", "the Millbrae Junction substation").
    // Right after the name, or after a word that makes a kind of venue
    // ("border crossing", "air base"); a word for an industry makes the
    // name a town's ("the Wrenfield plastics plant").
    let venue_after = |n: &Name| {
        let k = n.toks.1;
        let word = |k: usize| k < b && toks.toks[k].is_word() && !toks.toks[k].has(flag::CAP);
        if word(k) && lx.venues.contains(toks.lower(k)) {
            return Some(k);
        }
        let compound = matches!(
            toks.lower(k),
            "border"
                | "air"
                | "bus"
                | "railway"
                | "rail"
                | "train"
                | "police"
                | "fire"
                | "power"
                | "naval"
                | "army"
                | "military"
                | "ferry"
                | "container"
                | "sports"
                | "community"
                | "village"
                | "town"
                | "parish"
                | "church"
                | "leisure"
                | "health"
                | "civic"
                | "shopping"
                | "conference"
                | "arts"
        );
        (word(k) && compound && word(k + 1) && lx.venues.contains(toks.lower(k + 1)))
            .then_some(k + 1)
    };
    // A possessive owns what follows, unless that is a venue of it ("at
    // Norrhavn's ferry terminal").
    let mut places: Vec<PlaceRef> = names
        .iter()
        .filter(|n| in_span(n.span) && (!n.possessive || venue_after(n).is_some()))
        .filter_map(|n| {
            let prep = place_prep(p, n.toks.0, s0);
            // Not a region ("Ohio battery recycling warehouse" is in Ohio);
            // a street or a square may name one ("the Brennholt Road junction").
            let region = n.kind == NameKind::Place
                && (matches!(
                    n.place_kind,
                    Some(PlaceKind::Country | PlaceKind::State | PlaceKind::County)
                ) || crate::lexicon::names::town(&n.name.to_lowercase()).is_some());
            if n.kind != NameKind::Person && !region && prep.is_some() {
                if let Some(k) = venue_after(n) {
                    let span = n.span.cover(toks.toks[k].span);
                    let text = span.slice(&doc.text).to_string();
                    return Some(PlaceRef {
                        name: text.clone(),
                        text,
                        kind: "venue".to_string(),
                        span,
                        prep,
                        anchor: date_anchor(p, lx, n.toks.0, a),
                        guessed: n.guessed,
                    });
                }
            }
            // "Hardin County Fairgrounds": named after a place, a venue.
            let ends_in_venue = n
                .text
                .rsplit(' ')
                .next()
                .is_some_and(|w| lx.venues.contains(&w.to_lowercase()));
            let kind = if n.kind == NameKind::Place && ends_in_venue && n.text.contains(' ') {
                "venue"
            } else if n.kind == NameKind::Place {
                match n.place_kind {
                    Some(PlaceKind::Country) => "country",
                    Some(PlaceKind::State) => "state",
                    Some(PlaceKind::County) => "county",
                    Some(PlaceKind::Street) => "street",
                    _ => "city",
                }
            } else if is_venue(n) && prep.is_some() {
                "venue"
            } else if let Some(at) = building_named(p, lx, n) {
                // "at the Corn Exchange", "on the steps of the Guildhall".
                return Some(PlaceRef {
                    text: n.text.clone(),
                    name: n.name.clone(),
                    kind: "venue".to_string(),
                    span: n.span,
                    prep: Some(at.to_string()),
                    anchor: date_anchor(p, lx, n.toks.0, a),
                    guessed: n.guessed,
                });
            } else {
                return None;
            };
            Some(PlaceRef {
                text: n.text.clone(),
                name: n.name.clone(),
                kind: kind.to_string(),
                span: n.span,
                prep,
                anchor: date_anchor(p, lx, n.toks.0, a),
                guessed: n.guessed,
            })
        })
        .collect();
    places.shrink_to_fit();
    let all_numbers = &p.numbers[pc.sentence];
    let all_numbers = &all_numbers[all_numbers.partition_point(|m| m.span.start() < span.start())
        ..all_numbers.partition_point(|m| m.span.start() < span.end())];
    let mut numbers = Vec::with_capacity(all_numbers.len());
    // "Some 48 workers say they are owed wages": the people counted as the
    // source are those the claim is of, so their count is its figure.
    // Not for sources by office ("Two officials said they expect ..."):
    // how many spoke is no fact of the story.
    if matches!(toks.lower(a), "they" | "we") {
        if let Some(sp) = sources
            .last()
            .filter(|s| s.count.is_some_and(|c| c > 1) && s.kind == SourceKind::Unspecified)
            .filter(|s| {
                !s.name.split_whitespace().any(|w| {
                    matches!(
                        w.to_lowercase().as_str(),
                        "officials"
                            | "sources"
                            | "analysts"
                            | "experts"
                            | "diplomats"
                            | "economists"
                    )
                })
            })
            .and_then(|s| s.span)
        {
            numbers.extend(
                p.numbers[pc.sentence]
                    .iter()
                    .filter(|m| sp.contains(m.span))
                    .cloned(),
            );
        }
    }
    numbers.extend(all_numbers.iter().filter(|m| in_span(m.span)).cloned());
    let all_dates = &p.dates[pc.sentence];
    let all_dates = &all_dates[all_dates.partition_point(|d| d.span.start() < span.start())
        ..all_dates.partition_point(|d| d.span.start() < span.end())];
    // A date as the claim keeps it, with what happened on it.
    let date_ref = |d: &crate::parse::date::DateMention, anchor: Anchor| DateRef {
        text: d.span.slice(&doc.text).to_string(),
        value: d.value.map(|v| v.to_string()),
        span: d.span,
        range: d.value,
        alt: d.alt,
        prep: date_prep(p, d.toks.0),
        anchor,
    };
    let mut dates = Vec::with_capacity(all_dates.len());
    dates.extend(all_dates.iter().filter(|d| in_span(d.span)).map(|d| {
        date_ref(d, {
            // A date before its noun names it: "an Aug. 18 sentencing hearing".
            let mut an = date_anchor(p, lx, d.toks.0, a);
            // A date between the subject and its verb dates that
            // verb: "the board on Wednesday approved".
            let next = d.toks.1;
            let verb_after = an.verb.is_none()
                && next < b
                && syn.tags.get(next) == Some(&crate::syntax::Tag::Verb)
                && !toks.toks[next].has(flag::CAP);
            if verb_after {
                let w = toks.lower(next);
                an.verb = Some(
                    lx.base(light_object(p, lx, next, b).unwrap_or(w))
                        .to_string(),
                );
            }
            // "The firm announced the recall on Monday": a date in
            // the object of a cue that is itself an act dates it.
            if an.verb.is_none() {
                an.verb = pc
                    .cue
                    .as_ref()
                    .filter(|c| c.tok < a && a - c.tok <= 2 && d.toks.0 < a + 6)
                    .filter(|c| {
                        use crate::lexicon::wordnet::{Pos, WordNet};
                        let wn = WordNet::builtin();
                        wn.lemma(toks.lower(c.tok), Pos::Verb)
                            .is_some_and(|l| ACT_CUES.contains(&wn.text(l)))
                    })
                    .map(|c| lx.base(toks.lower(c.tok)).to_string());
            }
            let mut k = d.toks.1;
            while !verb_after && k < b && an.words.len() < 8 && k < d.toks.1 + 3 {
                let t = &toks.toks[k];
                let w = toks.lower(k);
                if !t.is_word() || t.has(flag::CAP) || lx.is_stop(w) {
                    break;
                }
                an.words.push(lx.base(w).to_string());
                k += 1;
            }
            an
        })
    }));
    // "..., the engineer said Friday, two days after the city shut the span
    // late Wednesday": a time clause after the attribution dates its own
    // act, told by the same source.
    if let Some(c) = pc.cue.as_ref().filter(|c| c.tok >= b) {
        let (_, s_end) = s.toks;
        let comma = (c.tok + 1..s_end.min(c.tok + 5)).find(|&k| toks.lower(k) == ",");
        let tail = comma.map(|k| k + 1).filter(|&t| {
            let w = |i: usize| if i < s_end { toks.lower(i) } else { "" };
            let when = |i: usize| matches!(w(i), "after" | "before" | "since");
            when(t)
                || matches!(
                    w(t + 1),
                    "days" | "day" | "hours" | "hour" | "weeks" | "week"
                ) && when(t + 2)
        });
        if let Some(t) = tail {
            for d in p.dates[pc.sentence]
                .iter()
                .filter(|d| d.toks.0 > t && d.toks.1 <= s_end)
            {
                dates.push(date_ref(d, date_anchor(p, lx, d.toks.0, t)));
            }
        }
    }

    // The statement: the proposition with its cue and sources, when they
    // are in the same sentence ("..., said Denise Okafor, president of the local").
    let mut statement = span;
    for sp in sources
        .iter()
        .filter_map(|src| src.span)
        .chain(cue.as_ref().map(|c| c.span))
    {
        if s.span.contains(sp) {
            statement = statement.cover(sp);
        }
    }
    statement = attribution_reach(
        p,
        syn,
        lx,
        s,
        pc.cue.as_ref().map(|c| c.tok),
        (a, b),
        statement,
    );
    // The words before a source that opens the sentence describe it ("State
    // mediator Anneke Holm, who ..., said"): the statement starts with them.
    {
        use crate::syntax::Tag;
        let first = (s.toks.0..s.toks.1).find(|&i| toks.toks[i].span.start() >= statement.start());
        // (Past the name's honorific: "The observatory's director, Dr.
        // Miriam Achebe, told reporters".)
        let first = first.map(|f| {
            let f = if f > s.toks.0 + 1 && toks.lower(f - 1) == "." {
                f - 1
            } else {
                f
            };
            if f > s.toks.0 && honorific(lx, toks.lower(f - 1).trim_end_matches('.')) {
                f - 1
            } else {
                f
            }
        });
        if first == Some(s.toks.0) {
            statement = statement.cover(toks.toks[s.toks.0].span);
        }
        if let Some(f) = first.filter(|&f| f > s.toks.0) {
            // Or a role set before the name by a comma ("Halden's chief
            // executive, Sandra Pell, said"; "The company's head of mine
            // rescue, Grace Lungu, said").
            let lead = (s.toks.0..f).all(|i| {
                toks.toks[i].is_word()
                    && (matches!(
                        syn.tags.get(i),
                        Some(Tag::Det | Tag::Adj | Tag::Noun | Tag::Name | Tag::Poss)
                    ) || toks.lower(i) == "of")
                    || i + 1 == f && i > s.toks.0 && toks.toks[i].is_punct(',')
            });
            if lead && f - s.toks.0 <= 8 {
                statement = statement.cover(toks.toks[s.toks.0].span);
            }
        }
    }
    // A figure set against the one before it: "rose", "up from", "to 198
    // votes from the 212".
    let figure_near = |i: usize| (i + 1..(i + 4).min(b)).any(|k| toks.toks[k].has(flag::DIGIT));
    // A word of time right before the cue dates the estimate too: "which
    // now estimates that", "had initially said".
    let cue_update = pc
        .cue
        .as_ref()
        .is_some_and(|c| c.tok > 0 && toks.is(c.tok - 1, class::UPDATE, |w| lx.update.contains(w)));
    // A source that is itself of a moment ("according to a preliminary
    // tally", "initial reports said") dates its figures too; not a name
    // ("the First Minister", "First Bus").
    let source_update = sources.iter().filter_map(|s| s.span).any(|sp| {
        sp.slice(&doc.text)
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|w| {
                matches!(
                    w,
                    "preliminary" | "provisional" | "initial" | "interim" | "early" | "earlier"
                )
            })
    });
    let update = cue_update
        || source_update
        || (a..b).any(|i| {
            toks.is(i, class::UPDATE, |w| lx.update.contains(w))
                // "the first to be recovered" ranks; "first reported" and
                // "its first estimate" update.
                && !(toks.lower(i) == "first"
                    && i > a
                    && crate::lexicon::is_determiner(toks.lower(i - 1))
                    && toks.lower(i + 1) == "to")
        })
        || (a + 1..b)
            .any(|i| matches!(toks.lower(i), "from") && matches!(toks.lower(i - 1), "up" | "down"))
        || (a..b).any(|i| {
            toks.lower(i) == "from"
                && figure_near(i)
                && (i.saturating_sub(8).max(a)..i).any(|j| toks.lower(j) == "to" && figure_near(j))
        });
    let words = content_words(p, lx, a, b);
    let mut frame = super::frame::read_frame(toks, syn, &doc.text, lx, a, b);
    // An act bounded in time ("would not reopen before April 2") happens.
    if bounded && !negative {
        if let Some(id) = frame.predicate.as_ref().and_then(|p| p.id) {
            if !frame.acts.contains(&id) {
                frame.acts.push(id);
            }
        }
    }
    // An unanswered question says nothing happens: no act to set against
    // another ("would not say when the line might reopen" / "remained
    // closed"); nor does a headline naming one ("what the ruling does and
    // does not change").
    if indirect_question || explainer {
        frame.acts.clear();
        frame.predicate = None;
        frame.passive = false;
    }
    // A pronoun or a description as subject stands for whom the text
    // points back to ("he" -> "Marcus Dahl", "the company" -> "Meridian");
    // never the outlet telling the story ("it took them half an hour").
    let outlet = sources.first().map(|s| s.name.as_str());
    if let (Some(subj), Some(name)) = (
        frame.subject.as_mut(),
        pc.subject.as_ref().filter(|n| Some(n.as_str()) != outlet),
    ) {
        let lead = subj
            .text
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase();
        if subj.pronoun || lead == "the" && subj.span.start() == span.start() {
            subj.head = name.clone();
            subj.name = super::source::starts_upper(name);
            subj.pronoun = false;
            subj.id = None;
        }
    }
    // A role without a name ("the Alaska Governor said") ends in its title.
    let named_speaker = sources.last().is_some_and(|s| {
        s.kind == SourceKind::Person
            && s.name
                .split_whitespace()
                .last()
                .is_none_or(|w| !lx.titles.contains_key(w.to_lowercase().as_str()))
            && s.span.is_some_and(|sp| {
                let w = sp.slice(&doc.text);
                // "A representative" at a sentence start is no name.
                let first = w.split_whitespace().next().unwrap_or("").to_lowercase();
                w.starts_with(char::is_uppercase) && !crate::lexicon::is_determiner(&first)
                    || matches!(w.to_lowercase().as_str(), "he" | "she")
            })
    });
    let words_joined = with_referents(words, &frame, &pc.referents, pc.subject.as_deref());
    // Deeds of named people in relative clauses anywhere in the statement,
    // its attribution too ("State mediator Anneke Holm, who brokered the
    // agreement, said ...").
    let (ta, tb) = (
        (s.toks.0..s.toks.1)
            .find(|&i| toks.toks[i].span.start() >= statement.start())
            .unwrap_or(a),
        (s.toks.0..s.toks.1)
            .rev()
            .find(|&i| toks.toks[i].span.end() <= statement.end())
            .map_or(b, |i| i + 1),
    );
    let deeds = super::frame::deeds(toks, syn, &doc.text, lx, ta, tb);
    let figures = figures_of(p, syn, &doc.text, names, &numbers, (a, b), &frame);
    // Other pronouns stand for their referents too ("found her guilty").
    for part in [
        frame.subject.as_mut(),
        frame.object.as_mut(),
        frame.agent.as_mut(),
    ]
    .into_iter()
    .flatten()
    {
        if part.pronoun {
            if let Some((_, name)) = pc
                .referents
                .iter()
                .find(|(sp, n)| *sp == part.span && Some(n.as_str()) != outlet)
            {
                part.head = name.clone();
                part.name = super::source::starts_upper(name);
                part.pronoun = false;
            }
        }
    }
    // A doer described, then named beside it ("by a milkman, Terry Vance,";
    // "A neighbour, Lydia Crane, raised the alarm") is the person named.
    for part in [frame.subject.as_mut(), frame.agent.as_mut()]
        .into_iter()
        .flatten()
    {
        if part.name || part.pronoun {
            continue;
        }
        if !doc
            .text
            .get(part.span.end()..)
            .is_some_and(|t| t.starts_with(", "))
        {
            continue;
        }
        let at = part.span.end() + 2;
        if let Some(n) = names.iter().find(|n| {
            n.span.start() == at
                && n.kind == NameKind::Person
                && doc
                    .text
                    .get(n.span.end()..)
                    .is_some_and(|t| t.is_empty() || t.starts_with([',', '.', ';']))
        }) {
            part.head = n.name.clone();
            part.name = true;
            part.span = Span::new(part.span.start(), n.span.end());
            part.text = part.span.slice(&doc.text).to_string();
        }
    }
    // A subject that is the claim's own source ("The New York Times ... put
    // the value at") reports the event; it takes no part in it.
    if frame.subject.as_ref().is_some_and(|s| {
        sources
            .iter()
            .filter_map(|src| src.span)
            .any(|sp| sp.overlaps(s.span))
    }) {
        frame.subject = None;
    }
    // Roles anywhere in the statement, its sources' too ("Martin Oduya, the
    // university's chief information officer, said").
    let mut roles = find_roles(p, lx, all_names, ta.min(a), tb.max(b), s0);
    roles.shrink_to_fit();
    negators.shrink_to_fit();
    Some(Claim {
        id: claim_id(&doc.id, n),
        doc: doc.id.clone(),
        span: statement,
        text: statement.slice(&doc.text).to_string(),
        content: span,
        sources,
        cue,
        polarity: if negative {
            Polarity::Negative
        } else {
            Polarity::Positive
        },
        certainty: if hedged {
            Certainty::Hedged
        } else {
            Certainty::Asserted
        },
        quotes,
        entities,
        numbers,
        dates,
        places,
        frame,
        facts: Facts {
            sentence: pc.sentence,
            is_quote,
            // Asked from its first word ("Can you imagine ...?", "Why
            // ...?"); not a statement ending in one ("The pool closed on
            // Monday, so why ...?", "..., didn't it?").
            question: question
                && (s.toks.0..s.toks.1)
                    .find(|&i| toks.toks[i].is_word())
                    .is_some_and(|i| {
                        matches!(
                            toks.lower(i),
                            "who"
                                | "what"
                                | "when"
                                | "where"
                                | "why"
                                | "how"
                                | "which"
                                | "can"
                                | "could"
                                | "would"
                                | "will"
                                | "should"
                                | "is"
                                | "are"
                                | "was"
                                | "were"
                                | "do"
                                | "does"
                                | "did"
                                | "has"
                                | "have"
                                | "had"
                        )
                    }),
            update,
            words_joined,
            roles,
            contrast: pc.contrast,
            cue_class,
            negators,
            doc_date: doc.date,
            subject: pc.subject.take(),
            times: crate::parse::time::find_times(toks, a, b),
            figures,
            named_speaker,
            deeds,
        },
    })
}

/// How a claim's tokens `[a, b)` stand to what it claims.
struct Reading {
    /// The main clause: not inside a subordinate or relative clause
    /// ("containers that were not approved"; a comma closes one, and so does
    /// a finite verb after a relative clause's own: "The sprinkler system in
    /// a warehouse where a fire killed a worker did not activate"), nor in a
    /// second verb phrase (see [`second_verb_phrase`]). A negation outside it
    /// denies nothing of the claim.
    main: Vec<bool>,
    /// Asides up to the next comma: an embedded question ("doubts over
    /// whether Corvenna could fund a deal") or an absolute phrase (", with
    /// traders pointing to doubts"). A hedge or a refutation there is none
    /// of the claim; one in a relative clause is ("a woman who may be the
    /// leader's wife").
    aside: Vec<bool>,
    /// Where a second verb phrase starts, or `b`.
    second_vp: usize,
}

fn read_clauses(
    p: &Parsed,
    syn: &crate::syntax::Syntax,
    lx: &Lexicon,
    a: usize,
    b: usize,
) -> Reading {
    use crate::syntax::Tag;
    let toks = &p.toks;
    let second_vp = second_verb_phrase(p, syn, lx, a, b);
    let finite = |k: usize| {
        matches!(
            syn.tags.get(k),
            Some(Tag::Verb | Tag::Be | Tag::Have | Tag::Do | Tag::Modal)
        )
    };
    let n = b.saturating_sub(a);
    let (mut main, mut aside) = (vec![false; n], vec![false; n]);
    let (mut subordinate, mut sub_verb_passed, mut relative, mut in_aside) =
        (false, false, false, false);
    let mut contact_clause = false;
    for i in a..b {
        let w = toks.lower(i);
        if subordinate && finite(i) {
            // A relative clause ends at the next finite verb after its
            // object, or, without "that", after its verb ("The account
            // they used did not require ...").
            let ends = matches!(syn.tags.get(i - 1), Some(Tag::Noun | Tag::Name | Tag::Num))
                || contact_clause && syn.tags.get(i - 1) == Some(&Tag::Verb);
            if relative && sub_verb_passed && ends {
                subordinate = false;
            } else {
                sub_verb_passed = true;
            }
        }
        let absolute = w == "with" && i > a && toks.lower(i - 1) == ",";
        // A relative clause without "that" ("found money we did not think
        // we had").
        let contact = i > a && finite(i + 1) && crate::syntax::contact_relative(toks, syn, i);
        // A participle after a comma says a second thing ("withdrew the
        // offer, believing he had no interest").
        let participle = i > a
            && toks.lower(i - 1) == ","
            && w.len() > 4
            && w.ends_with("ing")
            && syn.tags.get(i) == Some(&Tag::Verb);
        if matches!(w, "," | ";") {
            subordinate = false;
            in_aside = false;
        } else if i > a
            && (absolute
                || participle
                || contact
                || SUBORDINATORS.contains(&w)
                // A condition: "as long as nobody else is waiting",
                // "provided that no one objects".
                || w == "as" && p.toks.lower(i + 1) == "long" && p.toks.lower(i + 2) == "as"
                || matches!(w, "provided" | "providing") && p.toks.lower(i + 1) == "that")
        {
            subordinate = true;
            sub_verb_passed = false;
            relative =
                contact || matches!(w, "that" | "which" | "who" | "whom" | "whose" | "where");
            contact_clause = contact;
            in_aside = in_aside || absolute || matches!(w, "whether" | "why");
        }
        main[i - a] = !subordinate && i < second_vp;
        aside[i - a] = in_aside;
    }
    Reading {
        main,
        aside,
        second_vp,
    }
}

/// Words that open a subordinate or relative clause, or a participle that
/// says a second thing ("..., saying that ...").
const SUBORDINATORS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "where", "if", "whether", "why", "saying", "adding",
    "because", "unless", "although", "though", "after", "before", "until", "since", "once", "when",
];

/// Where a second verb phrase of the claim's subject starts ("remained
/// closed through Wednesday and is not expected to reopen", "activated but
/// could not keep up"), or `b`: a negation or a hedge there is of the second
/// thing said, not of the claim's predicate.
fn second_verb_phrase(
    p: &Parsed,
    syn: &crate::syntax::Syntax,
    lx: &Lexicon,
    a: usize,
    b: usize,
) -> usize {
    use crate::syntax::Tag;
    let verbal = |k: usize| matches!(syn.tags.get(k), Some(Tag::Verb | Tag::Be));
    // "and" joins verb phrases only before a verb; "but" sets a new
    // clause against the first ("looking into three reports, but none
    // has been confirmed").
    (a + 1..b.saturating_sub(1))
        .find(|&i| {
            let w = p.toks.lower(i);
            (w == "but" || w == "and" && (lx.is_aux(p.toks.lower(i + 1)) || verbal(i + 1)))
                && (a..i).any(verbal)
        })
        .unwrap_or(b)
}

/// The statement reaches over its whole attribution: after a trailing cue,
/// to the end of the sentence's attribution phrase ("..., U.S. Attorney
/// Gerald Pruitt said in a statement"); before a front one, back over the
/// titles and names of its source ("U.S. Attorney Gerald Pruitt said ...").
fn attribution_reach(
    p: &Parsed,
    syn: &crate::syntax::Syntax,
    lx: &Lexicon,
    s: &crate::parse::Sentence,
    cue: Option<usize>,
    (a, b): (usize, usize),
    statement: Span,
) -> Span {
    let toks = &p.toks;
    let (s0, s1) = s.toks;
    let Some(c) = cue.filter(|&c| s0 <= c && c < s1) else {
        return statement;
    };
    let mut out = statement;
    if c >= b {
        // To the sentence's end, a dash or semicolon, a quotation, or a
        // comma before a new clause (", as residents began returning").
        let mut e = c + 1;
        while e < s1
            && !toks.toks[e].is_quote()
            && !matches!(toks.toks[e].kind, TokKind::Punct(';' | '—' | '–'))
        {
            // A relative clause of the source belongs to it ("according
            // to Chief Inspector Mats Eklund, who heads the inquiry").
            let clause_next = toks.toks[e].is_punct(',')
                && matches!(
                    syn.tags.get(e + 1),
                    Some(Tag::Sub | Tag::Wh | Tag::Conj | Tag::Verb | Tag::Pron)
                )
                && !matches!(toks.lower(e + 1), "who" | "whose");
            if clause_next {
                break;
            }
            e += 1;
        }
        while e > c + 1
            && matches!(
                toks.toks[e - 1].kind,
                TokKind::Punct('.' | ',' | '!' | '?' | ':' | ')')
            )
        {
            e -= 1;
        }
        out = out.cover(toks.toks[e - 1].span);
    } else if c < a {
        // The first token of the statement so far.
        let mut k = (s0..c)
            .find(|&i| toks.toks[i].span.start() >= out.start())
            .unwrap_or(c);
        while k > s0 {
            let t = &toks.toks[k - 1];
            let w = toks.lower(k - 1);
            let part = t.is_word()
                && (t.has(flag::CAP)
                    || lx.titles.contains_key(w)
                    || crate::lexicon::is_determiner(w));
            if !part {
                break;
            }
            k -= 1;
        }
        out = out.cover(toks.toks[k].span);
    }
    out
}

/// Whose each figure is and where it applies.
fn figures_of(
    p: &Parsed,
    syn: &crate::syntax::Syntax,
    text: &str,
    names: &[Name],
    numbers: &[crate::parse::NumberMention],
    (a, b): (usize, usize),
    frame: &super::Frame,
) -> Vec<super::Figure> {
    let toks = &p.toks;
    let clause_break = |x: usize, y: usize| {
        (x.min(y)..x.max(y))
            .any(|k| matches!(toks.toks[k].kind, TokKind::Punct(',' | ';' | '(' | ')')))
    };
    numbers
        .iter()
        .map(|m| {
            let mut owner = super::frame::figure_owner(toks, syn, text, (a, b), m.toks.0);
            // A pronoun owner that is the claim's subject takes its resolution.
            if let (Some(o), Some(s)) = (owner.as_ref(), frame.subject.as_ref()) {
                if o.span == s.span {
                    owner = Some(s.clone());
                }
            }
            let scope = names
                .iter()
                .filter(|n| n.kind == NameKind::Place && a <= n.toks.0 && n.toks.1 <= b)
                .filter(|n| {
                    let d = if n.toks.0 >= m.toks.1 {
                        n.toks.0 - m.toks.1
                    } else {
                        m.toks.0.saturating_sub(n.toks.1)
                    };
                    d <= 6 && !clause_break(n.toks.0, m.toks.0)
                })
                .min_by_key(|n| n.toks.0.abs_diff(m.toks.0))
                .map(|n| n.name.clone())
                .or_else(|| {
                    // "Statewide, reservoirs are about 52% full": a figure of
                    // the whole area.
                    (a..b)
                        .map(|k| toks.lower(k))
                        .find(|w| super::WHOLE_AREA.contains(w))
                        .map(str::to_string)
                });
            super::Figure { owner, scope }
        })
        .collect()
}

/// A claim's words with the names its pronouns stand for ("She checked in
/// today" is about Lindsay Lohan): a claim aligns with others about them.
fn with_referents(
    mut words: String,
    frame: &super::Frame,
    referents: &[(Span, String)],
    subject: Option<&str>,
) -> String {
    let resolved = [frame.subject.as_ref(), frame.object.as_ref()]
        .into_iter()
        .flatten()
        .filter(|p| {
            referents.iter().any(|(sp, _)| *sp == p.span) || Some(p.head.as_str()) == subject
        })
        .map(|p| p.head.clone());
    for name in resolved {
        for w in name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.len() > 1)
        {
            if !words.is_empty() {
                words.push(' ');
            }
            words.push_str(&w.to_lowercase());
        }
    }
    words
}

/// `doc:n`, in one allocation.
fn claim_id(doc: &str, n: usize) -> String {
    use std::fmt::Write as _;
    let mut id = String::with_capacity(doc.len() + 6);
    id.push_str(doc);
    // Writing into a String cannot fail.
    let _ = write!(id, ":{n}");
    id
}

/// True when the negation at token `i` bounds a time rather than denies
/// an act: "would not reopen before April 2", "did not arrive until
/// Tuesday", "no earlier than March 14" (a date right after "before",
/// "until" or "earlier/later/sooner than", within its clause).
fn time_bound(p: &Parsed, i: usize, b: usize) -> bool {
    let toks = &p.toks;
    let date_at = |k: usize| p.dates.iter().flatten().any(|d| d.toks.0 == k);
    let mut k = i + 1;
    while k < b && k <= i + 7 {
        let w = toks.lower(k);
        if matches!(w, "," | ";" | ":" | "and" | "but" | "because" | "after")
            || toks.toks[k].is_quote()
        {
            return false;
        }
        if matches!(w, "until" | "till" | "before") && date_at(k + 1) {
            return bounds_the_act(p, i, k);
        }
        if matches!(w, "earlier" | "later" | "sooner")
            && toks.lower(k + 1) == "than"
            && date_at(k + 2)
        {
            return true;
        }
        k += 1;
    }
    false
}

/// True for "not", "never" and a verb with "-n't" (lowercase).
fn not_word(w: &str) -> bool {
    matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n’t")
}

/// True when the bound at token `bound` is of the act the negation at
/// `neg` denies: past auxiliaries and that one verb, no other verb before
/// the bound ("would not reopen to traffic before", "will not be completed
/// until"; not "did not pay staff laid off before March 3").
fn bounds_the_act(p: &Parsed, neg: usize, bound: usize) -> bool {
    let lx = Lexicon::builtin();
    let toks = &p.toks;
    let mut k = neg + 1;
    while k < bound
        && matches!(
            toks.lower(k),
            "be" | "been" | "being" | "have" | "yet" | "ever" | "immediately" | "currently"
        )
    {
        k += 1;
    }
    // The denied verb itself.
    k += 1;
    let verb_like = |w: &str| {
        w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing")) || lx.irregular.contains_key(w)
    };
    (k..bound).all(|m| !verb_like(toks.lower(m)))
}

/// True when token `i` follows a determiner, maybe past one adjective or
/// ordinal ("the cut", "a second cut", "a sharp cut"): a noun, no verb.
fn after_determiner(p: &Parsed, i: usize) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let det = |w: &str| matches!(w, "the" | "a" | "an");
    if i == 0 {
        return false;
    }
    let prev = p.toks.lower(i - 1);
    if det(prev) {
        return true;
    }
    let wn = WordNet::builtin();
    i >= 2
        && det(p.toks.lower(i - 2))
        && (matches!(
            prev,
            "first" | "second" | "third" | "fourth" | "fifth" | "further"
        ) || wn.lemma(prev, Pos::Adj).is_some()
                && wn.lemma(prev, Pos::Verb).is_none()
                // Not a noun ("The terminal reopened").
                && wn.lemma(prev, Pos::Noun).is_none())
}

/// Cue verbs that are acts with a date of their own, not only a telling:
/// "announced the recall on Monday" dates the announcement.
const ACT_CUES: &[&str] = &[
    "announce", "unveil", "disclose", "publish", "release", "issue",
];

/// What happened on a date: the nearest verb before it (within ten tokens)
/// and up to three content words right before it, within its clause.
fn date_anchor(p: &Parsed, lx: &Lexicon, t0: usize, a: usize) -> Anchor {
    let mut out = Anchor::default();
    let mut i = t0;
    while i > a && t0 - i < 14 && (t0 - i < 10 || out.verb.is_none()) {
        i -= 1;
        let t = &p.toks.toks[i];
        let w = p.toks.lower(i);
        // A clause boundary: "ABC reported that the inspection took place
        // on Oct. 16" is not a report dated Oct. 16.
        if matches!(t.kind, TokKind::Punct(',' | ';' | ':' | '(' | ')'))
            || t.is_quote()
            || matches!(w, "that" | "which" | "who")
            // A conjunction of time opening another event ("arrested ...
            // five days before the playoff loss at Pittsburgh"), not the
            // date's own preposition ("before Monday").
            || matches!(w, "before" | "after" | "when" | "while")
                && (crate::lexicon::is_determiner(p.toks.lower(i + 1))
                    || matches!(p.toks.lower(i + 1), "he" | "she" | "they" | "it" | "we"))
        {
            break;
        }
        if !t.is_word()
            || t.has(flag::DIGIT)
            || lx.is_stop(w)
            || lx.dates.contains_key(w)
            || w.len() < 3
            || not_word(w)
            // A light verb with its object ("held talks on Monday"), not
            // one passive before the date ("will be held in June").
            || crate::parse::number::LIGHT_VERBS.contains(&w)
                && !(i + 2 >= t0 && i >= 1 && matches!(p.toks.lower(i - 1), "be" | "been" | "being" | "is" | "was" | "were" | "are"))
            || matches!(
                w,
                "a.m." | "p.m." | "a.m" | "p.m" | "gmt" | "local" | "time" | "late" | "early"
            )
            // Words of expectation tell no event ("results expected the
            // following day" / "expected to resume on Monday").
            || matches!(w, "expected" | "expect" | "expects" | "likely" | "poised")
            || in_unit(p, lx, i, t0)
        {
            continue;
        }
        // A past form, or a word taking a determined object ("overran the
        // runway", "hit the town"): nouns rarely stand right before "the".
        let before_object =
            crate::lexicon::is_determiner(p.toks.lower(i + 1)) && !w.ends_with("ly");
        // An infinitive: "is due to end", "was expected to open".
        let infinitive = i >= 2
            && p.toks.lower(i - 1) == "to"
            && matches!(
                p.toks.lower(i - 2),
                "due"
                    | "expected"
                    | "set"
                    | "scheduled"
                    | "going"
                    | "plans"
                    | "planned"
                    | "plan"
                    | "likely"
                    | "able"
                    | "wants"
                    | "wanted"
                    | "hopes"
                    | "hoped"
                    | "intends"
                    | "intended"
                    | "aims"
                    | "aimed"
                    | "ready"
                    | "poised"
            );
        // An irregular past of WordNet's exception lists ("swept", "fled").
        let irregular = || {
            crate::syntax::tag::WordInfo::of(w, crate::lexicon::wordnet::WordNet::builtin())
                .irregular
        };
        // A bare form after a modal ("will reopen on Saturday").
        let after_modal = i > a
            && matches!(
                p.toks.lower(i - 1),
                "will" | "would" | "can" | "could" | "may" | "might" | "shall" | "should" | "must"
            );
        // A bare verb after a plural subject ("Entries for next year's
        // awards open in January").
        let after_plural = || {
            use crate::lexicon::wordnet::{Pos, WordNet};
            let wn = WordNet::builtin();
            i > a
                && !w.ends_with('s')
                && wn.lemma(w, Pos::Verb).is_some_and(|l| wn.text(l) == w)
                && crate::lexicon::plural_noun_form(p.toks.lower(i - 1))
        };
        let is_verb = !t.has(flag::CAP)
            && (w.ends_with("ed")
                || lx.irregular.contains_key(w)
                || before_object
                || infinitive
                || after_modal
                || irregular()
                || after_plural())
            && !after_determiner(p, i);
        if is_verb && out.verb.is_none() {
            out.verb = Some(lx.base(light_object(p, lx, i, t0).unwrap_or(w)).to_string());
            out.far = t0 - i > 10;
            // Its subject: the common noun right before it, or before ",
            // which" ("the trial, which began on 2 February").
            let relative = i >= 3
                && matches!(p.toks.lower(i - 1), "which" | "that")
                && p.toks.lower(i - 2) == ",";
            out.subject = (if relative {
                i.checked_sub(3)
            } else {
                i.checked_sub(1)
            })
            .filter(|&k| k >= a)
            .filter(|&k| {
                let t = &p.toks.toks[k];
                t.is_word() && !t.has(flag::CAP) && !t.has(flag::DIGIT)
            })
            .map(|k| p.toks.lower(k))
            .filter(|s| {
                !lx.is_stop(s)
                    && crate::lexicon::wordnet::WordNet::builtin()
                        .lemma(s, crate::lexicon::wordnet::Pos::Noun)
                        .is_some()
            })
            .map(|s| lx.base(s).to_string());
            continue;
        }
        // Names say who, not what happened; a sentence's first word is
        // capitalised for its place ("Prosecutors in Kessingham").
        let initial = i == 0
            || t.has(flag::LINE)
            || matches!(p.toks.toks[i - 1].kind, TokKind::Punct('.' | '!' | '?'))
            || p.toks.toks[i - 1].is_quote();
        let common = initial
            && !t.has(flag::ALLCAPS)
            && crate::lexicon::wordnet::WordNet::builtin()
                .lemma(w, crate::lexicon::wordnet::Pos::Noun)
                .is_some();
        // Past ten tokens only a verb is sought: "walked out of
        // negotiations on North Atlantic mackerel quotas late on Wednesday".
        if out.words.len() < 6 && (!t.has(flag::CAP) || common) && t0 - i <= 10 {
            out.words.push(lx.base(w).to_string());
        }
    }
    out.words.shrink_to_fit();
    out
}

/// The act a light verb at `i` names by its object: "filed its request"
/// -> "request", "issued a flood warning" -> "warn" (the verb WordNet
/// derives from the head of the noun group after it, before `end`, as the
/// claim's frame reads a light verb).
fn light_object(p: &Parsed, lx: &Lexicon, i: usize, end: usize) -> Option<&'static str> {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    let lemma = wn.lemma(p.toks.lower(i), Pos::Verb)?;
    // Joining is an act of its own time ("joined the strike on Monday" is
    // no start of the strike).
    if !super::frame::LIGHT.contains(&wn.text(lemma)) || wn.text(lemma) == "join" {
        return None;
    }
    let mut k = i + 1;
    while k < end && crate::lexicon::is_determiner(p.toks.lower(k)) {
        k += 1;
    }
    let head = (k..(k + 4).min(end))
        .take_while(|&j| {
            let t = &p.toks.toks[j];
            t.is_word() && !t.has(flag::CAP) && !lx.is_stop(p.toks.lower(j))
        })
        .last()?;
    let noun = wn.lemma(p.toks.lower(head), Pos::Noun)?;
    wn.derived(noun)
        .find(|&(pos, _)| pos == Pos::Verb)
        .map(|(_, v)| wn.text(v))
}

/// True when token `i` belongs to a unit ("per cent", "pounds"), which says
/// how a figure is measured, not what happened.
fn in_unit(p: &Parsed, lx: &Lexicon, i: usize, end: usize) -> bool {
    (i.saturating_sub(2)..=i).any(|j| {
        lx.units
            .match_at(&p.toks, j, end)
            .is_some_and(|(len, _)| j + len > i)
    })
}

/// The locative preposition before a place, skipping "the village of", "neighbouring".
/// A name of no known kind that stands where something happens, as a
/// building does: "at the Corn Exchange", "outside the Guildhall", "on the
/// steps of the Guildhall". Returns the preposition of place.
fn building_named(p: &Parsed, lx: &Lexicon, n: &Name) -> Option<&'static str> {
    let t0 = n.toks.0;
    if n.kind != NameKind::Other || n.possessive || t0 < 2 || p.toks.lower(t0 - 1) != "the" {
        return None;
    }
    // The whole of what is named, no modifier of a noun after it ("at the
    // Wrenfield plastics plant").
    let after = n.toks.1;
    if p.toks.get(after).is_some_and(|t| t.is_word()) && !lx.is_stop(p.toks.lower(after)) {
        return None;
    }
    // A building or a place by its last word, when the dictionary knows
    // it ("Guildhall", "Exchange"); an occasion is none ("at the Budget",
    // "at the Oscars").
    if !building_word(p.toks.lower(n.toks.1 - 1)) {
        return None;
    }
    match p.toks.lower(t0 - 2) {
        "at" => Some("at"),
        "outside" => Some("outside"),
        "inside" => Some("inside"),
        "of" if t0 >= 3
            && matches!(
                p.toks.lower(t0 - 3),
                "steps" | "gates" | "front" | "doors" | "entrance"
            ) =>
        {
            Some("at")
        }
        _ => None,
    }
}

/// True for a word the dictionary does not know, or with a sense that is
/// a structure or a location ("guildhall", "exchange", "arena"); false
/// for an occasion or a thing ("budget", "oscars", "games").
fn building_word(w: &str) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    let Some(l) = wn.lemma(w, Pos::Noun) else {
        // An unknown plural is mostly an occasion ("Oscars", "Grammys").
        return !w.ends_with('s');
    };
    // The kinds' first senses, looked up once.
    static KINDS: std::sync::OnceLock<Vec<crate::lexicon::wordnet::SynsetId>> =
        std::sync::OnceLock::new();
    let kinds = KINDS.get_or_init(|| {
        ["structure", "location", "establishment"]
            .iter()
            .filter_map(|t| wn.word(t).and_then(|x| wn.senses(x, Pos::Noun).next()))
            .collect()
    });
    wn.senses(l, Pos::Noun)
        .any(|s| kinds.iter().any(|&k| s == k || wn.is_a(s, k, 8)))
}

/// The preposition given to where people are from ("women from Cornwall",
/// "originally from Essex"): compared only with where others are from.
pub const HOMETOWN: &str = "from (home)";

/// True when the name at token `t0` ends in a word for a street ("Mill
/// Lane", "Harbour Street"): what is "on" it is there.
fn street_at(p: &Parsed, t0: usize) -> bool {
    let lx = Lexicon::builtin();
    (t0..p.toks.len().min(t0 + 5))
        .take_while(|&k| p.toks.toks[k].has(crate::parse::token::flag::CAP))
        .last()
        .is_some_and(|k| lx.is_street_word(p.toks.lower(k)))
}

fn place_prep(p: &Parsed, t0: usize, s0: usize) -> Option<String> {
    let mut i = t0;
    let mut steps = 0;
    while i > s0 && steps < 5 {
        i -= 1;
        steps += 1;
        let w = p.toks.lower(i);
        if matches!(
            w,
            "in" | "near"
                | "outside"
                | "at"
                | "from"
                | "to"
                | "into"
                | "across"
                | "through"
                | "inside"
                | "around"
                | "toward"
                | "towards"
                | "under"
                | "beneath"
                | "underneath"
        ) || w == "on" && street_at(p, t0)
        {
            // "close to", "next to": where, not whither.
            if w == "to" && i > s0 && matches!(p.toks.lower(i - 1), "close" | "next" | "adjacent") {
                return Some("near".to_string());
            }
            // "Four women from Cornwall": where people are from, no place
            // of the act.
            if w == "from"
                && i > s0
                && (crate::parse::names::person_noun(p.toks.lower(i - 1))
                    || matches!(
                        p.toks.lower(i - 1),
                        "people" | "family" | "families" | "originally" | "hails"
                    ))
            {
                return Some(HOMETOWN.to_string());
            }
            return Some(w.to_string());
        }
        // "on the outskirts of Beaune": near it (not "the edge of the
        // river", which is beside something else).
        if w == "outskirts"
            && i >= s0 + 2
            && p.toks.lower(i - 1) == "the"
            && matches!(p.toks.lower(i - 2), "on" | "at")
        {
            return Some("near".to_string());
        }
        if !matches!(
            w,
            "the"
                | "village"
                | "hamlet"
                | "suburb"
                | "district"
                | "town"
                | "city"
                | "of"
                | "county"
                | "neighbouring"
                | "neighboring"
                | "nearby"
                | "rural"
                | "central"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "suburban"
                | "downtown"
                | "small"
        ) && !p.toks.toks[i].has(flag::POSS)
        {
            // (Past an owner: "at the club's Castle Park outground".)
            return None;
        }
    }
    None
}

/// Content words of `[a, b)`: lowercase base forms, no function words, no numbers.
fn content_words(p: &Parsed, lx: &Lexicon, a: usize, b: usize) -> String {
    let mut out = String::with_capacity((b - a) * 6);
    for i in a..b {
        let t = &p.toks.toks[i];
        // The number of a name ("Highway 14", "the Aura 2") is a word of
        // its own: that road, that model.
        if t.has(flag::DIGIT) && crate::parse::number::model_number(&p.toks, i, a, b, lx) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(lx.base(p.toks.lower(i - 1)));
            out.push('#');
            out.push_str(p.toks.lower(i));
            continue;
        }
        if !t.is_word() || t.has(flag::DIGIT) {
            continue;
        }
        let w = p.toks.lower(i);
        // Dates are their own terms; "Thursday" or "Sept" as a word would align unrelated claims.
        let c = p.toks.class_in(i, lx);
        if w.len() < 2
            || c & (class::STOP | class::NEG | class::NUMBER) != 0
            || (c & class::DATE != 0 && t.has(flag::CAP))
        {
            continue;
        }
        // A word holds no space; a base form with one ("per cent") is never a content word.
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(lx.base(w));
    }
    out
}

/// The party a person at `start` leads, past up to four words of a title
/// before the name: "The Faroese team, led by Fisheries Minister NAME",
/// "the Icelandic delegation headed by NAME". `Some(None)` for a party told
/// by its noun alone; `Some(Some("faroese"))` with the capitalised words
/// before it. A delegation, mission or contingent, or a team an official
/// leads: one party to talks or a visit (a "team" of rescuers or at play,
/// or a "squad", is no party).
fn party_led_by(p: &Parsed, start: usize, a: usize) -> Option<Option<String>> {
    let toks = &p.toks;
    let by = (start.saturating_sub(5).max(a)..start)
        .rev()
        .find(|&k| toks.lower(k) == "by")?;
    // Only words of a title between "by" and the name.
    if (by + 1..start).any(|k| !toks.toks[k].is_word() || toks.lower(k) == "and") {
        return None;
    }
    if by < a + 2 || !matches!(toks.lower(by - 1), "led" | "headed") {
        return None;
    }
    let mut k = by - 2;
    if toks.lower(k) == "," {
        k = k.checked_sub(1).filter(|&k| k >= a)?;
    }
    // A "team" only led by an official ("led by Fisheries Minister X"),
    // not a side at play or at work ("led by captain X", "by geologist X").
    let official = (by + 1..start).any(|k| {
        matches!(
            toks.lower(k),
            "minister"
                | "secretary"
                | "ambassador"
                | "envoy"
                | "negotiator"
                | "official"
                | "commissioner"
        )
    });
    match toks.lower(k) {
        "delegation" | "mission" | "contingent" => {}
        "team" if official => {}
        _ => return None,
    }
    let mut words = Vec::new();
    let mut m = k;
    while m > a && toks.toks[m - 1].has(flag::CAP) && toks.toks[m - 1].is_word() {
        m -= 1;
        words.push(toks.lower(m));
    }
    // Opened by an article: "The Faroese team", not "Rescue team".
    let opened = m == a && words.last().is_some_and(|w| *w == "the")
        || m > a && matches!(toks.lower(m - 1), "the" | "a" | "its" | "their");
    if !opened {
        return None;
    }
    words.retain(|w| *w != "the");
    words.reverse();
    Some((!words.is_empty()).then(|| words.join(" ")))
}

/// People named with a role: "Trekwell CEO Marcus Dahl", "the train's
/// engineer, Dale Kettering", "named the engineer as Ronald Pruitt",
/// "Danny Fells, the Corrington manager".
fn find_roles(
    p: &Parsed,
    lx: &Lexicon,
    names: &[Name],
    a: usize,
    b: usize,
    s0: usize,
) -> Vec<Role> {
    let toks = &p.toks;
    let mut out = Vec::new();
    for n in names
        .iter()
        .filter(|n| n.kind == NameKind::Person && n.toks.0 >= a && n.toks.1 <= b)
    {
        let j = n.toks.1;
        // "NAME, who is leading the investigation", "NAME, who heads
        // the inquiry": the one person in charge of a definite thing.
        if toks.lower(j) == "," && toks.lower(j + 1) == "who" {
            let mut k = j + 2;
            if matches!(toks.lower(k), "is" | "was") {
                k += 1;
            }
            let leads = matches!(
                toks.lower(k),
                "leading" | "leads" | "led" | "heads" | "heading" | "headed"
            );
            // The clause may run past the statement ("according to NAME,
            // who heads the inquiry."): its words are read to the end.
            // "who leads pigment analysis at the institute": the head of a
            // field told in plain words, as "head of pigment analysis".
            let field = (k + 1..(k + 4).min(toks.len()))
                .take_while(|&f| field_word(p, lx, f))
                .last();
            let field_closed = field.is_some_and(|f| field_closed(p, f + 1));
            // Present tense only: a standing post, not talks someone led.
            // Of a field of two words at least ("pigment analysis"), not
            // of what many lead ("tours", "prayers").
            let post = k == j + 2
                && matches!(toks.lower(k), "leads" | "heads")
                && field.is_some_and(|f| f > k + 1);
            if post && field_closed {
                let last = field.unwrap_or(k);
                let words: Vec<&str> = (k + 1..=last).map(|f| toks.lower(f)).collect();
                let qualifier = (toks.lower(last + 1) == "at")
                    .then(|| body_after(p, names, last + 2))
                    .flatten();
                out.push(Role {
                    role: format!("head of {}", words.join(" ")),
                    qualifier,
                    person: n.name.clone(),
                    span: n.span,
                    title: false,
                });
            }
            if leads && toks.lower(k + 1) == "the" && k + 2 < toks.len() {
                let head = toks.lower(k + 2);
                let ends = toks.toks.get(k + 3).is_none_or(|t| !t.is_word())
                    || matches!(toks.lower(k + 3), "into" | "of" | "for" | "on" | "at");
                if ends && toks.toks[k + 2].is_word() && !toks.toks[k + 2].has(flag::CAP) {
                    out.push(Role {
                        role: format!("head of the {}", lx.base(head)),
                        qualifier: None,
                        person: n.name.clone(),
                        span: n.span,
                        title: false,
                    });
                }
            }
        }
        // The judge who presides over the story's trial, one at a time:
        // "presiding judge NAME", "NAME, who presided over the case".
        let presiding_before = n.toks.0 >= a + 2
            && toks.lower(n.toks.0 - 1) == "judge"
            && toks.lower(n.toks.0 - 2) == "presiding";
        let presided_after = toks.lower(j) == ","
            && toks.lower(j + 1) == "who"
            && matches!(toks.lower(j + 2), "presided" | "presides" | "is" | "was")
            && (j + 2..(j + 5).min(toks.len())).any(|k| {
                matches!(toks.lower(k), "presided" | "presides" | "presiding")
                    && toks.lower(k + 1) == "over"
                    // Over a hearing, not a merger or a meeting.
                    && (k + 2..(k + 5).min(toks.len())).any(|f| {
                        matches!(
                            toks.lower(f),
                            "case" | "trial" | "hearing" | "inquest" | "proceedings"
                        )
                    })
            });
        if presiding_before || presided_after {
            out.push(Role {
                role: "presiding judge".to_string(),
                qualifier: None,
                person: n.name.clone(),
                span: n.span,
                title: false,
            });
        }
        // "The Faroese team, led by Fisheries Minister NAME": the one who
        // leads a party sent somewhere.
        if let Some(qualifier) = party_led_by(p, n.toks.0, a) {
            out.push(Role {
                role: "leader of the delegation".to_string(),
                qualifier,
                person: n.name.clone(),
                span: n.span,
                title: false,
            });
        }
        // "NAME will serve as acting mayor", "would act as energy minister":
        // standing in for the holder of an office, one person at a time.
        if let Some(role) = acting_role(p, lx, n.toks.1, b) {
            out.push(Role {
                role,
                qualifier: None,
                person: n.name.clone(),
                span: n.span,
                title: false,
            });
        }
        // Title inside the name run ("Trekwell CEO Marcus Dahl"): title word and the organisation before it.
        if let Some(title) = &n.title {
            let role = title.to_lowercase();
            if role
                .split_whitespace()
                .any(|w| lx.titles.get(w).is_some_and(|t| t.1))
            {
                let qual = names
                    .iter()
                    .rev()
                    .find(|m| {
                        m.toks.1 + title.split_whitespace().count() == n.toks.0
                            && m.kind != NameKind::Person
                    })
                    .map(|m| m.name.to_lowercase());
                out.push(Role {
                    role,
                    qualifier: qual,
                    person: n.name.clone(),
                    span: n.span,
                    title: true,
                });
                // A titled name set off after a description of its post
                // ("The ship's master, Captain Ewan Sorley, ...") has that
                // role too.
                let words = title.split_whitespace().count();
                let set_off = n.toks.0 > words
                    && toks.lower(n.toks.0 - words - 1) == ","
                    && toks.lower(n.toks.1) == ",";
                if !set_off {
                    continue;
                }
            }
        }
        // "the X's ROLE, NAME" / "named the ROLE as NAME" / "ROLE NAME" (lowercase role).
        // Past a rank the name carries ("the ship's master, Captain Ewan
        // Sorley").
        let mut i = n.toks.0;
        if let Some(title) = &n.title {
            let words = title.split_whitespace().count();
            // An apposition closed after the name ("The ship's master,
            // Captain Ewan Sorley, is ..."), not a subject after a phrase
            // ("After questioning the ship's master, Captain Rennie ordered").
            if i > words
                && toks.lower(i - words - 1) == ","
                && toks.lower(n.toks.1) == ","
                && title
                    .split_whitespace()
                    .zip(i - words..i)
                    .all(|(w, k)| toks.lower(k) == w.to_lowercase())
            {
                i -= words;
            } else if words == 1 {
                // Past an honorific (and its full stop): "Chief veterinary
                // officer Dr. Ruth Calloway said".
                let k = if i > 0 && toks.lower(i - 1) == "." {
                    i - 1
                } else {
                    i
                };
                let w = title.to_lowercase();
                let w = w.trim_end_matches('.');
                if k > 0 && toks.lower(k - 1) == w && honorific(lx, w) {
                    i = k - 1;
                }
            }
        }
        // "The company's head of mine rescue, Grace Lungu": a role told
        // with what it is head of, set before the name.
        if i > s0 + 2 && toks.lower(i - 1) == "," {
            let found = (i.saturating_sub(7).max(s0)..i - 1).rev().find_map(|at| {
                of_role(p, lx, at)
                    .filter(|&(_, end)| end == i - 1)
                    .map(|(role, _)| (role, at))
            });
            if let Some((role, at)) = found {
                described_role(&mut out, p, names, n, &role, at, s0);
                continue;
            }
            // "The chief executive of ParkLoop, Marcus Feld,": a post of a
            // body named after "of".
            let body = names
                .iter()
                .find(|m| m.kind != NameKind::Person && m.toks.1 == i - 1 && m.toks.0 > s0 + 1);
            if let Some(m) = body {
                let of = if toks.lower(m.toks.0 - 1) == "the" {
                    m.toks.0 - 2
                } else {
                    m.toks.0 - 1
                };
                if of > s0 && toks.lower(of) == "of" {
                    let w = toks.lower(of - 1);
                    let role = if let Some((_, true)) = lx.titles.get(w) {
                        Some((w.to_string(), of - 1))
                    } else {
                        chief_role(p, lx, of - 1)
                    };
                    if let Some((role, at)) = role {
                        described_role(&mut out, p, names, n, &role, at, s0);
                        continue;
                    }
                }
            }
        }
        let mut steps = 0;
        // A name opening the statement may take its role from before it
        // ("Caddon's chief executive, Marguerite Olsby, said").
        // Not across a phrase that opens with a preposition ("In a letter to
        // the chief executive, Ann Bell said").
        let opens_plain = (s0..n.toks.0).all(|k| {
            !matches!(
                toks.lower(k),
                "in" | "to" | "for" | "with" | "from" | "by" | "at" | "on" | "after" | "before"
            )
        });
        let floor = if n.toks.0 == a && opens_plain {
            s0
        } else {
            s0.max(a)
        };
        while i > floor && steps < 3 {
            i -= 1;
            steps += 1;
            let w = toks.lower(i);
            if matches!(w, "," | "as" | "-year-old")
                || w.ends_with("-year-old")
                || w.bytes().all(|c| c.is_ascii_digit())
            {
                continue;
            }
            if let Some((_, true)) = lx.titles.get(w) {
                described_role(&mut out, p, names, n, w, i, s0);
            } else if let Some((role, at)) = chief_role(p, lx, i) {
                described_role(&mut out, p, names, n, &role, at, s0);
            }
            break;
        }
        // "NAME, the ROLE" / "NAME, X's ROLE".
        let j = n.toks.1;
        if j + 2 < b && toks.lower(j) == "," {
            // A title within four words; a "chief ..." role may run longer.
            for k in j + 1..(j + 7).min(b) {
                let w = toks.lower(k);
                if let Some((_, true)) = lx.titles.get(w).filter(|_| k < j + 5) {
                    let role = of_role(p, lx, k).map_or_else(|| w.to_string(), |(r, _)| r);
                    described_role(&mut out, p, names, n, &role, k, j + 1);
                    break;
                }
                if let Some((role, at)) = chief_role(p, lx, k) {
                    described_role(&mut out, p, names, n, &role, at, j + 1);
                    break;
                }
                // "first officer Delia Brannock, not the captain"; "Tomas
                // Velk, said the governor would not" (what the name said).
                if w == "," || w == "not" || lx.cues.contains_key(w) {
                    break;
                }
            }
        }
    }
    // One post named two ways is one role ("the ship's master" / "the
    // ship's captain").
    for r in &mut out {
        if let Some(post) = lx.role_alias.get(&r.role) {
            r.role.clone_from(post);
        }
    }
    out
}

/// A role one person holds told with what it is over in plain words: "head
/// of mine rescue", "director of communications" (not "head of Acme", whose
/// body qualifies the role). Returns the role's words and where they end.
fn of_role(p: &Parsed, lx: &Lexicon, at: usize) -> Option<(String, usize)> {
    let toks = &p.toks;
    let title = toks.lower(at);
    if !matches!(lx.titles.get(title), Some((_, true))) || toks.lower(at + 1) != "of" {
        return None;
    }
    let mut end = at + 2;
    while end < toks.len() && end < at + 5 && field_word(p, lx, end) {
        end += 1;
    }
    (end > at + 2 && field_closed(p, end)).then(|| {
        let words: Vec<&str> = (at..end).map(|k| toks.lower(k)).collect();
        (words.join(" "), end)
    })
}

/// A plain word of what a post is over ("mine rescue", "pigment
/// analysis"): lowercase, no function word, figure or date.
fn field_word(p: &Parsed, lx: &Lexicon, k: usize) -> bool {
    let toks = &p.toks;
    toks.toks[k].is_word()
        && !toks.toks[k].has(flag::CAP)
        && toks.class_in(k, lx) & (class::STOP | class::NUMBER | class::DATE) == 0
}

/// True when a post's field ends before token `k`: punctuation or the end,
/// or the body it is held at ("head of pigment analysis at the institute").
fn field_closed(p: &Parsed, k: usize) -> bool {
    let toks = &p.toks;
    k >= toks.len() || !toks.toks[k].is_word() || matches!(toks.lower(k), "at" | "for")
}

/// The office a name stands in for, told after it: "will serve as acting
/// mayor", "would act as energy minister", "will be interim chief
/// executive". Returned as "acting <office>" whatever word marks it
/// (acting, interim, caretaker, or the verb alone).
fn acting_role(p: &Parsed, lx: &Lexicon, j: usize, b: usize) -> Option<String> {
    let toks = &p.toks;
    let w = |k: usize| if k < b { toks.lower(k) } else { "" };
    let mut k = j;
    // Past an aside closed by a comma ("Priya Nandakumar, the deputy,
    // would serve as ...") only when the comma follows the name directly.
    if w(k) == "," {
        k += 1;
    }
    if matches!(w(k), "will" | "would" | "is" | "was" | "to" | "has" | "had") {
        k += 1;
    }
    if matches!(w(k), "be" | "been") {
        k += 1;
    }
    let verb = matches!(
        w(k),
        "serve" | "serves" | "served" | "act" | "acts" | "acted"
    );
    if !verb || w(k + 1) != "as" {
        return None;
    }
    k += 2;
    if matches!(w(k), "the" | "a" | "an") {
        k += 1;
    }
    if matches!(w(k), "acting" | "interim" | "caretaker" | "temporary") {
        k += 1;
    }
    // The office: up to two words ending in a title ("energy minister",
    // "mayor", "chief executive").
    let title = |x: &str| lx.titles.contains_key(x);
    let end = (k..(k + 3).min(b)).find(|&m| title(w(m)))?;
    let words: Vec<&str> = (k..=end).map(w).collect();
    if words
        .iter()
        .any(|x| !x.chars().all(|c| c.is_alphabetic() || c == '-'))
    {
        return None;
    }
    Some(format!("acting {}", words.join(" ")))
}

/// A role one person holds, told by "chief" before an office many hold:
/// "chief information officer", "chief executive", "chief medical officer".
/// Returns the role's words and where "chief" stands.
fn chief_role(p: &Parsed, lx: &Lexicon, i: usize) -> Option<(String, usize)> {
    let toks = &p.toks;
    let w = toks.lower(i);
    // Or any word for a person ("chief arbiter", "chief judge"), not a
    // rank many hold ("chief inspector", "chief petty officer").
    let head = |w: &str| {
        (lx.titles.contains_key(w)
            || matches!(
                w,
                "officer" | "executive" | "economist" | "scientist" | "counsel"
            )
            || crate::parse::names::person_noun(w))
            && !matches!(w, "inspector" | "superintendent" | "sergeant" | "steward")
    };
    // The role runs on to its last such word ("chief veterinary officer").
    let runs_on = i + 1 < toks.len()
        && toks.toks[i + 1].is_word()
        && !toks.toks[i + 1].has(flag::CAP)
        && head(toks.lower(i + 1));
    if !head(w) || runs_on {
        return None;
    }
    let at = (i.saturating_sub(3)..i)
        .rev()
        .find(|&k| toks.lower(k) == "chief")?;
    let plain = (at..=i).all(|k| toks.toks[k].is_word() && !toks.toks[k].has(flag::POSS));
    plain.then(|| {
        let words: Vec<&str> = (at..=i).map(|k| toks.lower(k)).collect();
        (words.join(" "), at)
    })
}

/// The name a role's body is told by, opening at token `k` or after "the"
/// there ("head of X at the National Institute"), lowercase.
fn body_after(p: &Parsed, names: &[Name], k: usize) -> Option<String> {
    names
        .iter()
        .find(|m| m.toks.0 == k || m.toks.0 == k + 1 && p.toks.lower(k) == "the")
        .map(|m| m.name.to_lowercase())
}

/// True for an honorific ("Dr", "Mr"): no part of a role before a name.
fn honorific(lx: &Lexicon, w: &str) -> bool {
    matches!(lx.titles.get(w), Some((TitleClass::Honorific, _)))
}

/// Records a described role ("the engineer") of person `n` when it is definite.
fn described_role(
    out: &mut Vec<Role>,
    p: &Parsed,
    names: &[Name],
    n: &Name,
    role: &str,
    at: usize,
    lo: usize,
) {
    let (mut definite, mut qualifier) = role_determiner(p, names, at, lo, head_of_body(role));
    // "the governor of Qeshm": the body after the role qualifies it.
    let end = at + role.split_whitespace().count();
    // The head of a body set right before the name without an article, as
    // a title is ("Chief executive Martin Ekholm said", "said chief
    // executive Ann Lee"): the one head of the story's body.
    let toks = &p.toks;
    // True when the phrase opens at `k`: the clause's start, after
    // punctuation, or after a verb of saying.
    let opens_at = |k: usize| {
        k == lo
            || k > 0
                && (!toks.toks[k - 1].is_word()
                    || matches!(toks.lower(k - 1), "said" | "says" | "told" | "added"))
    };
    let opens = opens_at(at);
    // (Past an honorific of the name: "Chief veterinary officer Dr. Ruth
    // Calloway".)
    let next_to_name = end <= n.toks.0
        && (end..n.toks.0).all(|k| {
            let w = toks.lower(k);
            w == "." || honorific(Lexicon::builtin(), w)
        });
    if !definite && head_of_body(role) && next_to_name && opens {
        definite = true;
    }
    // A post of the thing a common noun before it names, set right before
    // the name as a title is ("Race marshal Tomas Eklund said"): the race's
    // one marshal.
    let of_thing = at > 0 && {
        let m = at - 1;
        let w = toks.lower(m);
        opens_at(m)
            && toks.toks[m].is_word()
            && !toks.toks[m].has(flag::DIGIT)
            && !names.iter().any(|x| x.toks.0 <= m && m < x.toks.1)
            && !Lexicon::builtin().titles.contains_key(w)
            // Not a word for a body, of which a story may have several
            // ("Union president X" of the nurses' union and the doctors').
            && !Lexicon::builtin().org_words.contains_key(w)
            // A contest or an act ("race", "trial", "match"), of which a
            // story tells one; not a thing many may be in it ("Train
            // driver", "Ship captain", "Team coach").
            && {
                use crate::lexicon::wordnet::{WordNet, lexname};
                matches!(
                    WordNet::builtin().first_noun_kind(w),
                    Some(lexname::NOUN_EVENT | lexname::NOUN_ACT)
                )
            }
    };
    // (A capital opening the sentence made it a qualifier already.)
    let own = qualifier
        .as_deref()
        .is_none_or(|q| at > 0 && q == toks.lower(at - 1));
    if !definite && own && next_to_name && of_thing && !role.contains(' ') {
        definite = true;
        qualifier = Some(toks.lower(at - 1).to_string());
    }
    // A post told with what it is over, set off right after the name
    // ("Imke Rasmussen, head of pigment analysis at the institute"): one
    // person holds it.
    // (A field of two words at least: "head of department" is one of many.)
    if !definite
        && role.contains(" of ")
        && role.split_whitespace().count() >= 4
        && at == lo
        && at > 0
        && toks.lower(at - 1) == ","
    {
        definite = true;
    }
    // A head of a body left unqualified takes the body named before it in
    // its sentence ("..., where Castlegate has its head office, Chief
    // Executive Martin Ashdown told reporters"): not the other party's head.
    if qualifier.is_none() && head_of_body(role) {
        let s0 = p
            .sentences
            .iter()
            .find(|s| s.toks.0 <= at && at < s.toks.1)
            .map_or(0, |s| s.toks.0);
        qualifier = names
            .iter()
            .rfind(|m| {
                matches!(m.kind, NameKind::Organization | NameKind::Other)
                    && m.toks.0 >= s0
                    && m.toks.1 <= at
            })
            .map(|m| m.name.to_lowercase());
    }
    if matches!(p.toks.lower(end), "of" | "at") {
        if let Some(body) = body_after(p, names, end + 1) {
            qualifier = Some(body);
        }
    }
    if definite {
        out.push(Role {
            role: role.to_string(),
            qualifier,
            person: n.name.clone(),
            span: n.span,
            title: false,
        });
    }
}

/// True for a role a body has one of: its head ("chief executive",
/// "chairman", "president"), not an engineer or a driver of many.
fn head_of_body(role: &str) -> bool {
    role.starts_with("chief")
        || matches!(
            role,
            "ceo" | "chairman" | "chairwoman" | "chairperson" | "chair" | "president"
        )
}

/// Whether a role word at `i` is definite ("the", "its", a possessive, or
/// a body's name before the head of that body), and what qualifies it.
fn role_determiner(
    p: &Parsed,
    names: &[Name],
    i: usize,
    lo: usize,
    head: bool,
) -> (bool, Option<String>) {
    let toks = &p.toks;
    let mut k = i;
    let mut qual = None;
    while k > lo {
        k -= 1;
        let w = toks.lower(k);
        let t = &toks.toks[k];
        // ("The" opening the sentence is the article, no name.)
        if t.has(flag::POSS) || t.has(flag::CAP) && w != "the" {
            let body = names.iter().find(|n| n.toks.0 <= k && k < n.toks.1);
            qual = Some(body.map_or(w.to_string(), |n| n.name.to_lowercase()));
            if t.has(flag::POSS) && k + 1 == i {
                return (true, qual);
            }
            // A body's name right before the role is its owner, as "'s"
            // would be ("Orrin chief executive Lydia Voss"): a role one
            // person holds in it.
            if head
                && k + 1 == i
                && body.is_some_and(|n| n.kind != NameKind::Person && n.toks.1 == i)
            {
                return (true, qual);
            }
            continue;
        }
        if w == "the" || w == "its" || w == "their" {
            return (true, qual);
        }
        // Punctuation closes the phrase: "In a video posted online, chief
        // executive Ann Lee said" has no qualifier ",".
        if !t.is_word()
            || !matches!(
                w,
                "train" | "vessel" | "ship" | "plane" | "bus" | "club" | "team" | "company"
            )
        {
            break;
        }
        qual = qual.or(Some(w.to_string()));
    }
    (false, qual)
}

/// The preposition given to a date that is the earliest day of its act.
pub const EARLIEST: &str = "no earlier than";

/// The word before a date, past "at least" ("until at least Thursday" ->
/// "until"); "as early as", "no later than" make the date a bound ("by").
fn date_prep(p: &Parsed, i: usize) -> Option<String> {
    let w = |k: usize| p.toks.lower(k);
    let mut j = i;
    // Past a clock time before the day: "by 8 a.m. Thursday", "as of noon
    // Monday".
    while j > 0
        && (Lexicon::time_of_day(w(j - 1))
            || p.toks.toks[j - 1].has(flag::DIGIT) && j < i
            || matches!(w(j - 1), "a.m" | "p.m" | "." | ":"))
        && j + 4 > i
    {
        j -= 1;
    }
    // "shortly after 7:30 a.m. Tuesday" is a moment, no boundary.
    if j < i
        && j >= 2
        && matches!(w(j - 1), "after" | "before")
        && matches!(w(j - 2), "shortly" | "just" | "soon" | "right")
    {
        return Some("at".to_string());
    }
    if j >= 2 && w(j - 2) == "at" && matches!(w(j - 1), "least" | "most" | "earliest" | "latest") {
        j -= 2;
    }
    // The earliest day a thing may happen: "no earlier than March 14",
    // "would not reopen before April 2", "will not open until May".
    // Compared only with other such bounds (see `compare::date`).
    // Told in the past ("did not arrive until Tuesday"), it is the day the
    // act happened.
    let negation_before = |k: usize| {
        (k.saturating_sub(7)..k)
            .rev()
            .take_while(|&m| !matches!(w(m), "," | ";" | ":" | "." | "and" | "but"))
            .find(|&m| not_word(w(m)))
            .filter(|&m| bounds_the_act(p, m, k))
    };
    if j >= 3 && (w(j - 3), w(j - 2), w(j - 1)) == ("no", "earlier", "than") {
        return Some(EARLIEST.to_string());
    }
    if j >= 1 && matches!(w(j - 1), "before" | "until" | "till") {
        if let Some(m) = negation_before(j - 1) {
            let past = |x: &str| {
                matches!(
                    x,
                    "did"
                        | "didn't"
                        | "didn’t"
                        | "had"
                        | "hadn't"
                        | "hadn’t"
                        | "was"
                        | "wasn't"
                        | "wasn’t"
                        | "were"
                        | "weren't"
                        | "weren’t"
                )
            };
            let told_past = past(w(m)) || m > 0 && past(w(m - 1));
            return Some(if told_past && w(j - 1) != "before" {
                "on".to_string()
            } else {
                EARLIEST.to_string()
            });
        }
    }
    if j >= 3
        && matches!(
            (w(j - 3), w(j - 2), w(j - 1)),
            ("as", "early" | "soon" | "late", "as") | ("no", "later", "than")
        )
    {
        return Some("by".to_string());
    }
    // "47 cases as of Monday": the moment of a tally, as "by Monday".
    if j >= 2 && w(j - 2) == "as" && w(j - 1) == "of" {
        return Some("by".to_string());
    }
    // The second end of "between Feb. 2 and March 7" / "from May to July"
    // bounds the same period as the first.
    if j > 0 && matches!(w(j - 1), "and" | "to" | "through" | "until") {
        let opener = p.dates.iter().flatten().any(|d| {
            d.toks.1 + 1 == j && d.toks.0 > 0 && matches!(w(d.toks.0 - 1), "between" | "from")
        });
        if opener {
            return Some("between".to_string());
        }
    }
    // A date in brackets restating the one before ("by Saturday afternoon
    // [8 October]") is said the same way.
    if j > 0 && matches!(w(j - 1), "(" | "[") {
        let restated = p
            .dates
            .iter()
            .flatten()
            .find(|d| d.toks.1 < j && d.toks.1 + 3 >= j && d.toks.0 < i);
        if let Some(d) = restated {
            return date_prep(p, d.toks.0);
        }
    }
    (j > 0).then(|| w(j - 1).to_string())
}
