//! Phrase-level helpers of the attribution patterns: which words are cues,
//! where a source phrase ends, whether a run of words is a clause rather than
//! a noun phrase, and the "citing"/"quoting" split of a source phrase.

use crate::lexicon::{CueClass, class};
use crate::parse::names::NameKind;
use crate::parse::token::{TokKind, flag};

use super::attribution::CueHit;
use super::source::{Source, SourceCtx, has_finite_verb, read_source};

pub(super) const AUX_BEFORE_CUE: &[&str] = &[
    "has",
    "have",
    "had",
    "was",
    "were",
    "is",
    "are",
    "been",
    "also",
    "later",
    "previously",
    "would",
    "will",
    "did",
    "does",
    "not",
    "n't",
    "never",
    "publicly",
    "recently",
    "repeatedly",
    "once",
    "first",
    "then",
    "earlier",
    "separately",
    "privately",
    "already",
    "again",
    "subsequently",
    "reportedly",
    "yet",
    "still",
    "just",
    "since",
    "formally",
    "officially",
];

/// Cue words that are also nouns: "media reports", "the claims". A cue only
/// when the word before is not a determiner or modifier.
pub(super) fn noun_reading(ctx: &SourceCtx, i: usize) -> bool {
    let w = ctx.toks.lower(i);
    // A participle after a figure describes what is counted: "87 confirmed
    // and probable cases", "12 reported deaths".
    if w.ends_with("ed") && i > 0 {
        let prev = ctx.toks.lower(i - 1);
        if ctx.toks.toks[i - 1].has(flag::DIGIT) || ctx.lx.numbers.contains_key(prev) {
            return true;
        }
    }
    // A cue in -ing after a determiner or a possessive is a noun or a
    // modifier: "the dam's warning sirens", "its briefing".
    if w.ends_with("ing") && i > 0 {
        let prev = ctx.toks.lower(i - 1);
        if ctx.toks.toks[i - 1].has(flag::POSS)
            || crate::lexicon::is_determiner(prev)
            || prev == "this"
        {
            return true;
        }
    }
    // "raise the damage estimate to 60 percent": a noun before a
    // preposition or the end; the verb takes a clause ("staff estimate the
    // change will add ...").
    // Before a verb of its own ("The government's latest estimate puts
    // the toll at 40") or after an adjective of estimates, a noun too.
    if w == "estimate"
        && (i + 1 >= ctx.toks.len()
            || !ctx.toks.toks[i + 1].is_word()
            || matches!(
                ctx.toks.lower(i + 1),
                "to" | "of"
                    | "for"
                    | "at"
                    | "on"
                    | "from"
                    | "by"
                    | "was"
                    | "is"
                    | "has"
                    | "puts"
                    | "put"
                    | "suggests"
                    | "shows"
                    | "showed"
                    | "suggested"
            )
            || ctx.lx.cues.contains_key(ctx.toks.lower(i + 1))
            || i > 0
                && matches!(
                    ctx.toks.lower(i - 1),
                    "latest"
                        | "official"
                        | "revised"
                        | "final"
                        | "new"
                        | "early"
                        | "preliminary"
                        | "conservative"
                        | "rough"
                        | "best"
                        | "first"
                ))
    {
        return true;
    }
    if !matches!(
        w,
        "reports"
            | "report"
            | "estimate"
            | "claims"
            | "claim"
            | "shows"
            | "show"
            | "estimates"
            | "fears"
            | "hopes"
            | "notes"
            | "states"
            | "calls"
            | "findings"
            | "found"
            | "expected"
    ) {
        return false;
    }
    if i == 0 {
        return true;
    }
    let prev = ctx.toks.lower(i - 1);
    // After a figure, or a possessive ("the congressman's claims").
    if ctx.toks.toks[i - 1].has(flag::DIGIT)
        || ctx.lx.numbers.contains_key(prev)
        || ctx.toks.toks[i - 1].has(flag::POSS)
    {
        return true;
    }
    matches!(
        prev,
        "media"
            | "news"
            | "press"
            | "local"
            | "several"
            | "multiple"
            | "many"
            | "some"
            | "other"
            | "the"
            | "a"
            | "an"
            | "these"
            | "those"
            | "such"
            | "earlier"
            | "initial"
            | "recent"
            | "conflicting"
            | "unconfirmed"
            | "similar"
            | "of"
            | "in"
            | "to"
            | "by"
            | "and"
            | "or"
            | "its"
            | "their"
            | "his"
            | "her"
            | "as"
            | "is"
            | "was"
            | "be"
            | "been"
            | "were"
            | "are"
            | "united"
            | "no"
            | "any"
    )
}

pub(super) fn quoted(ctx: &SourceCtx, i: usize) -> bool {
    ctx.quote_of.get(i).copied().flatten().is_some()
        || (ctx.toks.toks[i].is_quote() && !ctx.toks.is_plural_possessive(i))
}

/// The cue class of token `i`, when it is an unquoted cue word.
pub fn cue_at(ctx: &SourceCtx, i: usize) -> Option<CueClass> {
    let t = ctx.toks.get(i)?;
    // A capitalised cue word is a name or a sentence start ("Reports", "Claims
    // Commission"), unless a whole headline is in capitals ("SMALL METEORITE
    // STRIKES NICARAGUA, GOVERNMENT SAYS").
    let shouting = t.has(flag::ALLCAPS)
        && i > 0
        && ctx.toks.toks[i - 1].has(flag::ALLCAPS)
        && ctx.toks.toks[i - 1].span.len() > 1;
    if !t.is_word() || t.has(flag::CAP) && !shouting {
        return None;
    }
    // "rejected suggestions that ...", "dismissed reports that ...": a
    // verb of refusal before a report of a claim denies the claim.
    if crate::lexicon::refuses_report(ctx.toks.lower(i), ctx.toks.lower(i + 1))
        && ctx.toks.lower(i + 2) == "that"
        && !quoted(ctx, i)
    {
        return Some(CueClass::Deny);
    }
    // "ruled out a failure of the pump": a denial of what follows.
    if crate::lexicon::rules_out(ctx.toks.lower(i), ctx.toks.lower(i + 1)) && !quoted(ctx, i) {
        return Some(CueClass::Deny);
    }
    // "The court heard that he sold ...": what was told in court.
    if matches!(ctx.toks.lower(i), "heard" | "hears")
        && ctx.toks.lower(i + 1) == "that"
        && i > 0
        && matches!(
            ctx.toks.lower(i - 1),
            "court" | "jury" | "inquest" | "tribunal" | "hearing" | "trial" | "inquiry"
        )
        && !quoted(ctx, i)
    {
        return Some(CueClass::Say);
    }
    // Most words are no cue: their class bit says so without a look-up.
    let lx = ctx.lx;
    if !ctx.toks.is(i, class::CUE, |w| lx.cues.contains_key(w)) {
        return None;
    }
    if quoted(ctx, i) || noun_reading(ctx, i) {
        return None;
    }
    let w = ctx.toks.lower(i);
    if describes_person(ctx.toks, i) || describes_thing(ctx.toks, i) {
        return None;
    }
    // "a musicologist who is writing a biography": a progressive act of a
    // relative clause, no report.
    if w.ends_with("ing")
        && i >= 2
        && matches!(
            ctx.toks.lower(i - 1),
            "is" | "was" | "are" | "were" | "been"
        )
        && matches!(ctx.toks.lower(i - 2), "who" | "which" | "that")
    {
        return None;
    }
    // "after being shown a draft", "was shown the report": one shown
    // something is told, no source showing it.
    if matches!(w, "shown" | "showed")
        && i > 0
        && matches!(
            ctx.toks.lower(i - 1),
            "being" | "been" | "was" | "were" | "is" | "are" | "be"
        )
    {
        return None;
    }
    // "put" reports an estimate only as "put X at FIGURE".
    if is_estimate_verb(w)
        && !(i + 2..(i + 10).min(ctx.toks.len())).any(|k| {
            ctx.toks.lower(k) == "at"
                && (k + 1..(k + 4).min(ctx.toks.len())).any(|f| {
                    ctx.toks.toks[f].has(flag::DIGIT) || ctx.toks.is(f, class::NUMBER, |_| false)
                })
        })
    {
        return None;
    }
    lx.cues.get(w).copied()
}

/// True for "alleged", "suspected", "purported" or "reputed" at `i` before
/// a word for a person ("mob attacks alleged rapist"): an adjective that
/// describes them, no cue and no hedge of the claim.
pub(super) fn describes_person(toks: &crate::parse::token::Tokens, i: usize) -> bool {
    matches!(
        toks.lower(i),
        "alleged" | "suspected" | "purported" | "reputed"
    ) && crate::parse::names::person_noun(toks.lower(i + 1))
}

/// True for a participle of a cue that tells what someone is said to have
/// done, not who says it: "went on trial accused of selling forgeries" (the
/// one accused is the subject), "a trial over alleged forgeries", "the
/// reported deal" (an adjective after a determiner or preposition).
fn describes_thing(toks: &crate::parse::token::Tokens, i: usize) -> bool {
    let w = toks.lower(i);
    if !w.ends_with("ed") || i == 0 {
        return false;
    }
    if matches!(w, "accused" | "suspected") && toks.lower(i + 1) == "of" {
        return true;
    }
    let prev = toks.lower(i - 1);
    let next_is_word = toks.get(i + 1).is_some_and(|t| t.is_word())
        && !matches!(toks.lower(i + 1), "that" | "by" | "to" | "in" | "on" | "at");
    next_is_word
        && (crate::lexicon::is_determiner(prev)
            || matches!(prev, "over" | "of" | "for" | "about" | "into" | "against"))
}

/// "put" (and its forms): a cue of an estimate, "put the cost at £38m",
/// whose claim is the estimate itself, after the verb.
pub(super) fn is_estimate_verb(w: &str) -> bool {
    matches!(w, "put" | "puts" | "putting")
}

pub(super) fn cue_hit(ctx: &SourceCtx, i: usize, class: CueClass) -> CueHit {
    CueHit {
        tok: i,
        span: ctx.toks.toks[i].span,
        class,
    }
}

/// Start of the auxiliary chain ending just before token `c`.
pub(super) fn aux_start(ctx: &SourceCtx, a: usize, c: usize) -> usize {
    let mut k = c;
    while k > a && AUX_BEFORE_CUE.contains(&ctx.toks.lower(k - 1)) {
        k -= 1;
    }
    k
}

/// Splits a source phrase at "citing"/"quoting": the main source and the inner one.
pub(super) fn with_inner(ctx: &SourceCtx, a: usize, b: usize) -> Option<Vec<Source>> {
    let cut = (a..b).find(|&i| matches!(ctx.toks.lower(i), "citing" | "quoting"));
    match cut {
        Some(c) => {
            let main = read_source(ctx, a, c)?;
            let mut out = vec![main];
            if let Some(inner) = read_source(ctx, c + 1, b) {
                out.push(inner);
            }
            Some(out)
        }
        None => read_source(ctx, a, b).map(|s| vec![s]),
    }
}

/// End of a source phrase starting at `a`: the next comma, semicolon,
/// quotation, "that", end, or a new clause (a determiner or pronoun right
/// after a noun: "according to two officials the meeting was ...").
pub(super) fn np_end(ctx: &SourceCtx, a: usize, b: usize) -> usize {
    let toks = ctx.toks;
    let mut i = a;
    while i < b && i < a + 24 {
        let w = toks.lower(i);
        let t = &toks.toks[i];
        // The period of a title ("according to Prof. Amara Lindqvist").
        let title_dot = t.is_punct('.')
            && i > a
            && t.span.start() == toks.toks[i - 1].span.end()
            && ctx.lx.abbrev.get(toks.lower(i - 1)) == Some(&crate::lexicon::AbbrevClass::Title);
        if quoted(ctx, i)
            || !title_dot
                && matches!(
                    t.kind,
                    TokKind::Punct(',' | ';' | '.' | ':' | '(' | ')' | '—' | '–')
                )
        {
            break;
        }
        if w == "that" && i > a {
            // "a filing that was reviewed by": a relative clause, part of the phrase.
            let prev = toks.lower(i - 1);
            if !matches!(
                prev,
                "filing" | "report" | "statement" | "documents" | "document" | "data" | "study"
            ) {
                break;
            }
        }
        if i > a + 1
            && matches!(
                w,
                "the"
                    | "a"
                    | "an"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
                    | "there"
                    | "this"
                    | "his"
                    | "her"
                    | "its"
            )
        {
            let prev = toks.lower(i - 1);
            let prev_is_link = matches!(
                prev,
                "with"
                    | "of"
                    | "at"
                    | "for"
                    | "from"
                    | "in"
                    | "on"
                    | "to"
                    | "by"
                    | "and"
                    | "near"
                    | "about"
                    | "into"
                    | "under"
                    | "over"
                    | "citing"
                    | "quoting"
                    | "familiar"
                    | "inside"
                    | "within"
                    | "among"
            );
            if !prev_is_link {
                break;
            }
        }
        i += 1;
    }
    i
}

/// Trims a trailing date or "in a statement" from a source phrase's range.
pub(super) fn trim_trailing_time(ctx: &SourceCtx, a: usize, mut b: usize) -> usize {
    let toks = ctx.toks;
    loop {
        let mut changed = false;
        for k in (a + 1..b).rev().take(4) {
            let w = toks.lower(k);
            if matches!(w, "on" | "last" | "this" | "earlier" | "late" | "in") {
                let rest: Vec<&str> = (k + 1..b).map(|j| toks.lower(j)).collect();
                let temporal = rest.iter().all(|r| {
                    ctx.lx.dates.contains_key(*r)
                        || matches!(
                            *r,
                            "week"
                                | "month"
                                | "year"
                                | "night"
                                | "morning"
                                | "afternoon"
                                | "evening"
                                | "friday"
                                | "statement"
                                | "a"
                                | "an"
                                | "interview"
                                | "today"
                                | "yesterday"
                        )
                        || r.bytes().all(|c| c.is_ascii_digit())
                });
                if temporal && !rest.is_empty() {
                    b = k;
                    changed = true;
                    break;
                }
            }
        }
        if !changed {
            return b;
        }
    }
}

/// True when a source phrase holds a verb outside its appositives: "Corrington
/// agreed to pay a fee" is a clause. Participles after a noun ("two people
/// briefed on", "analysts polled by") are allowed.
pub(super) fn np_has_verb(ctx: &SourceCtx, a: usize, b: usize) -> bool {
    let toks = ctx.toks;
    let mut in_comma = false;
    let mut in_relative = false;
    for i in a..b {
        let w = toks.lower(i);
        if w == "," {
            in_comma = !in_comma;
            in_relative = false;
            continue;
        }
        if matches!(w, "who" | "which" | "whose") {
            in_relative = true;
        }
        if in_comma || in_relative {
            continue;
        }
        if w == "to"
            && i + 1 < b
            && toks.toks[i + 1].is_word()
            && !toks.toks[i + 1].has(flag::CAP)
            && !matches!(
                toks.lower(i + 1),
                "the" | "a" | "an" | "its" | "their" | "his" | "her"
            )
        {
            return true;
        }
        if looks_verb(ctx, i) {
            let prev = if i > a { toks.lower(i - 1) } else { "" };
            let after_noun = i > a
                && toks.toks[i - 1].is_word()
                && !ctx.lx.is_stop(prev)
                && matches!(
                    toks.lower(i + 1),
                    "by" | "on" | "with" | "in" | "to" | "at" | "for"
                );
            if !after_noun {
                return true;
            }
            // A participle after the phrase's first noun opens a reduced
            // relative clause ("administrators appointed to wind up the
            // company"): its infinitive and object belong to it.
            // A name does not take one: "Corrington agreed to pay".
            in_relative |= i <= a + 3 && !ctx.names.iter().any(|n| n.toks.0 < i && i <= n.toks.1);
        }
    }
    false
}

/// True when tokens from `a` open a source phrase rather than a clause: a
/// name, a title or role, or a determiner before a source noun or title
/// ("said Rachel Imbert", "said his agent", "said owner Luis Ortega"; not
/// "said the train came off the rails").
pub(super) fn source_like_start(ctx: &SourceCtx, a: usize, e: usize) -> bool {
    let toks = ctx.toks;
    let Some(t) = toks.get(a) else { return false };
    if a >= e {
        return false;
    }
    // A few words describing the person named next: "said retired
    // teacher Morven Sinclair", "said local resident Ana Ruiz".
    if let Some(n) = ctx
        .names
        .iter()
        .find(|n| n.toks.0 > a && n.toks.0 <= a + 3 && n.toks.0 < e)
    {
        if n.kind == NameKind::Person
            && (a..n.toks.0).all(|i| {
                toks.toks[i].is_word()
                    && !toks.toks[i].has(flag::CAP)
                    && !ctx.lx.is_stop(toks.lower(i))
            })
        {
            return true;
        }
    }
    // The head part (to the first comma) holds no verb.
    let head_end = (a..e).find(|&i| toks.lower(i) == ",").unwrap_or(e);
    if has_finite_verb(toks, a, head_end, ctx.lx) || (a..head_end).any(|i| looks_verb(ctx, i)) {
        return false;
    }
    if t.has(flag::CAP) {
        return true;
    }
    let w = toks.lower(a);
    if ctx.lx.titles.contains_key(w) || super::source::source_head(ctx.lx, w).is_some() {
        return true;
    }
    // A bare phrase ending in a source word, as headlines drop articles:
    // "says monitoring group", "say security sources".
    if head_end <= a + 3
        && (a..head_end).all(|i| toks.toks[i].is_word() && !ctx.lx.is_stop(toks.lower(i)))
        && super::source::source_head(ctx.lx, toks.lower(head_end - 1)).is_some()
    {
        return true;
    }
    // "one of them, Baraka Mollel", "several of them".
    if toks.lower(a + 1) == "of" && matches!(toks.lower(a + 2), "them" | "those" | "us") {
        return true;
    }
    if matches!(
        w,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "their"
            | "its"
            | "two"
            | "three"
            | "one"
            | "another"
            | "several"
    ) {
        // The first noun after the determiner (skipping adjectives) must be a source noun or title.
        return (a + 1..head_end.min(a + 5)).any(|i| {
            let w = toks.lower(i);
            ctx.lx.source_heads.contains_key(w)
                || ctx.lx.titles.contains_key(w)
                || toks.toks[i].has(flag::CAP)
                // Any word for a person ("said the curator").
                || crate::parse::names::person_noun(w)
        });
    }
    false
}

/// True for a word that reads as a past-tense verb ("came", "rejected"),
/// not right after a determiner ("the added batteries").
pub fn looks_verb(ctx: &SourceCtx, i: usize) -> bool {
    let t = &ctx.toks.toks[i];
    if !t.is_word() || t.has(flag::CAP) {
        return false;
    }
    let w = ctx.toks.lower(i);
    let past = ctx.lx.irregular.contains_key(w)
        && !matches!(
            w,
            "people"
                | "men"
                | "women"
                | "children"
                | "death"
                | "deaths"
                | "sale"
                | "sales"
                | "injuries"
                | "injury"
                | "dead"
                | "fatalities"
                | "hearing"
                | "wounds"
                | "kill"
        );
    let ed = w.len() > 4
        && w.ends_with("ed")
        && !matches!(
            w,
            "unnamed" | "embed" | "speed" | "need" | "seed" | "feed" | "bed" | "red"
        );
    if !(past || ed) || describes_person(ctx.toks, i) {
        return false;
    }
    // "the added batteries", "a senior appointed official": adjectives after a determiner.
    let prev = if i > 0 { ctx.toks.lower(i - 1) } else { "" };
    !matches!(
        prev,
        "the"
            | "a"
            | "an"
            | "its"
            | "their"
            | "his"
            | "her"
            | "newly"
            | "recently"
            | "were"
            | "was"
            | "been"
            | "be"
            | "is"
            | "are"
            | "being"
    )
}
