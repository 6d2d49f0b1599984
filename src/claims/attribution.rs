//! Attribution patterns: who the text says made a claim. Each finder looks
//! at a token range of one sentence (outside quotations) and returns the
//! sources it names, the cue, and the tokens of the proposition.
//!
//! Patterns (SRC is a source noun phrase, CUE a cue verb from
//! `lexicon/data/cues.txt` with optional auxiliaries and adverbs):
//! ```text
//! front     := intro? SRC aux* CUE modifiers* ("that" | ":" | ",")? PROP
//! trailing  := PROP ("," | close-quote) SRC aux* CUE rest?          "..., the agency said in a statement."
//!            | PROP ("," | close-quote) SAY SRC rest?                "...," said Rachel Imbert, an analyst.
//! according := "according to" SRC ("quoting" | "citing") SRC?       anywhere
//! outlet    := OUTLET ("," ("citing"|"quoting") SRC ",")? PROP       "NBC News put the toll at four"
//! inner     := ("citing" | "quoting") SRC                           after a source
//! ```

use crate::lexicon::{CueClass, SourceKind};
use crate::parse::names::NameKind;
use crate::parse::token::{TokKind, flag};
use crate::span::Span;

use super::phrase::{
    aux_start, cue_at, cue_hit, is_estimate_verb, looks_verb, np_end, np_has_verb, quoted,
    source_like_start, trim_trailing_time, with_inner,
};
use super::source::{Source, SourceCtx, has_finite_verb, phrase_source, read_source};

/// A cue found in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct CueHit {
    /// Token index of the cue verb (or of "according").
    pub tok: usize,
    /// Span of the cue words.
    pub span: Span,
    /// Class of the cue.
    pub class: CueClass,
}

/// An attribution found in a range.
#[derive(Clone, Debug)]
pub struct Found {
    /// Sources, outermost first.
    pub sources: Vec<Source>,
    /// The cue.
    pub cue: Option<CueHit>,
    /// Tokens of the proposition `[t0, t1)`.
    pub prop: (usize, usize),
    /// A second proposition of the same source: "..., adding that ...".
    pub extra: Option<(usize, usize)>,
}

/// Cue words that can come before their source: "said Jane Doe".
const INVERTED_CUES: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "wrote",
    "writes",
    "asked",
    "explained",
    "noted",
    "recalled",
    "continued",
    "insisted",
    "warned",
    "replied",
    "remarked",
    "argued",
    "acknowledged",
    "conceded",
    "stressed",
    "tweeted",
    "posted",
    // Less frequent in news, but inverted the same way ("..., claims
    // analyst", "..., reported the BBC", "..., confirmed a spokesman").
    "claims",
    "claimed",
    "reports",
    "reported",
    "confirmed",
    "confirms",
    "announced",
    "declared",
    "stated",
    "admitted",
    "admits",
    "insists",
    "warns",
    "notes",
    "explains",
    "argues",
    "suggested",
    "predicted",
    "predicts",
    "responded",
    "concluded",
    "observed",
];

/// Participles that add a second proposition of the same source: "..., he
/// said, adding that ...", "..., noting that ...".
const PARTICIPLE_CUES: &[&str] = &[
    "adding",
    "saying",
    "noting",
    "explaining",
    "arguing",
    "insisting",
    "warning",
    "stressing",
    "acknowledging",
    "claiming",
    // "..., telling reporters that ...": past the ones spoken to.
    "telling",
];

/// "The supporters' trust welcomed the deal, saying it had received
/// assurances": a clause whose subject acts and then speaks in a participle.
/// The clause up to the comma is the writer's; what follows the participle
/// is the subject's. Returns the comma, the start of the reported part, the
/// subject as a source and the participle as the cue.
pub fn participle(ctx: &SourceCtx, a: usize, b: usize) -> Option<(usize, usize, Source, CueHit)> {
    let toks = ctx.toks;
    let k = (a + 2..b.saturating_sub(2)).find(|&i| {
        toks.lower(i) == "," && PARTICIPLE_CUES.contains(&toks.lower(i + 1)) && !quoted(ctx, i)
    })?;
    // The subject: the words before the clause's first verb, or before an
    // appositive ("Clear Ballot, a monitoring group, reached ..."); no
    // quotation among them.
    let comma = (a + 1..k).find(|&i| toks.lower(i) == ",");
    let after_aside = match comma {
        Some(c1) => (c1 + 1..k).find(|&i| toks.lower(i) == ",")? + 1,
        None => a + 1,
    };
    let v = (after_aside..k).find(|&i| looks_verb(ctx, i) || ctx.lx.is_aux(toks.lower(i)))?;
    let subject_end = comma.unwrap_or(v);
    if (a..v).any(|i| quoted(ctx, i) || toks.toks[i].is_quote() && !toks.is_plural_possessive(i))
        || subject_end - a > 10
        || v - a > 20
        || has_finite_verb(toks, a, subject_end, ctx.lx)
    {
        return None;
    }
    let src = read_source(ctx, a, subject_end)?;
    let mut start = k + 2;
    // "telling reporters outside government headquarters that ...": past
    // the ones spoken to.
    // "telling drivers to use the bypass" is an instruction, no report.
    if crate::lexicon::takes_addressee(toks.lower(k + 1)) {
        start = (start..b.min(start + 8))
            .take_while(|&i| !looks_verb(ctx, i) && !quoted(ctx, i) && toks.lower(i) != ",")
            .find(|&i| toks.lower(i) == "that")?;
    }
    if toks.lower(start) == "that" {
        start += 1;
    }
    // Something must be said: "saying so" is no claim.
    if b - start < 3 {
        return None;
    }
    Some((k, start, src, cue_hit(ctx, k + 1, CueClass::Say)))
}

/// "The amendment was put forward by opposition member Gareth Lisk, who
/// argued that building more homes would do little": a relative clause
/// whose verb reports speech, after a person named when the main clause is
/// already whole (a verb before the name). What stands before the comma is
/// the writer's; what follows "that" (or the reported clause) is the
/// person's. Returns the comma, the start of the reported part, the person
/// and the cue, as [`participle`] does.
pub fn relative(ctx: &SourceCtx, a: usize, b: usize) -> Option<(usize, usize, Source, CueHit)> {
    let toks = ctx.toks;
    let k = (a + 2..b.saturating_sub(4))
        .find(|&i| toks.lower(i) == "," && toks.lower(i + 1) == "who" && !quoted(ctx, i))?;
    let c = k + 2;
    let class = cue_at(ctx, c)?;
    let person = ctx
        .names
        .iter()
        .find(|n| n.toks.1 == k && n.kind == NameKind::Person)?;
    if !(a..person.toks.0).any(|i| looks_verb(ctx, i) || ctx.lx.is_aux(toks.lower(i))) {
        return None;
    }
    // "who told the court that": past the one spoken to.
    let reach = if crate::lexicon::takes_addressee(toks.lower(c)) {
        6
    } else {
        1
    };
    let that = (c + 1..(c + 1 + reach).min(b))
        .take_while(|&i| !quoted(ctx, i) && !looks_verb(ctx, i))
        .find(|&i| toks.lower(i) == "that");
    let start = match that {
        Some(t) => t + 1,
        None if reach == 1
            && super::clause::looks_like_clause(toks, c + 1, b, ctx.lx)
            && !quoted(ctx, c + 1) =>
        {
            c + 1
        }
        None => return None,
    };
    if b.saturating_sub(start) < 3 {
        return None;
    }
    let src = Source {
        name: person.name.clone(),
        kind: SourceKind::Person,
        span: Some(person.span),
        count: None,
    };
    Some((k, start, src, cue_hit(ctx, c, class)))
}

/// Cue verbs that attribute only before a complement marker (see [`front`]).
const NEEDS_COMPLEMENT: &[&str] = &[
    // "conceded shortly after the declaration", "admitted the charge": an
    // act, not a report.
    "conceded",
    "concedes",
    "admitted",
    "admits",
    // "asked the state for generators" is a request.
    "asked",
    "asks",
    "added",
    "adds",
    "adding",
    "noted",
    "notes",
    "continued",
    "called",
    "calling",
    "described",
    "describes",
    "explained",
    "recalled",
    "recalls",
    "urged",
    "urges",
    "warned",
    "warns",
    "promised",
    "promises",
    "pledged",
    "pledges",
    "argued",
    "argues",
    "responded",
    "responds",
];

/// An "according to" attribution (see [`according`]).
pub struct According {
    /// Sources, outermost first.
    pub sources: Vec<Source>,
    /// Tokens from "according" to the end of the source phrase.
    pub range: (usize, usize),
    /// The cue ("according").
    pub cue: CueHit,
    /// Where a second thing the source says starts (", which said ...").
    pub said_more: Option<usize>,
}

/// `according to SRC [quoting|citing SRC]` in `[a, b)`: sources, the token
/// range of the whole attribution (from "according" to the end of the
/// source phrase), its cue, and where a second thing the source says
/// starts (", which said ...").
pub fn according(ctx: &SourceCtx, a: usize, b: usize) -> Option<According> {
    let toks = ctx.toks;
    let k = (a..b.saturating_sub(1))
        .find(|&i| toks.lower(i) == "according" && toks.lower(i + 1) == "to" && !quoted(ctx, i))?;
    let src_start = k + 2;
    let mut end = np_end(ctx, src_start, b);
    // "citing"/"quoting" continue the phrase: "according to CBS News quoting unnamed sources".
    let mut j = end;
    if j < b && toks.lower(j) == "," && matches!(toks.lower(j + 1), "citing" | "quoting") {
        j += 1;
    }
    if j < b && matches!(toks.lower(j), "citing" | "quoting") {
        end = np_end(ctx, j + 1, b);
    }
    // "according to the zoo's director, Dr Ann Varga", "according to the
    // operator, Northline Freight": the person or body named after the
    // description, up to the sentence's end or a comma.
    if end + 1 < b && toks.lower(end) == "," {
        // A body named so ends the sentence: in "according to the
        // regulator, Northline Freight, which runs the line, had ignored
        // warnings" it is what the claim is about.
        let ends = |n: &crate::parse::Name| {
            n.toks.1 >= b
                || matches!(toks.lower(n.toks.1), "." | ";")
                || n.kind == crate::parse::NameKind::Person && toks.lower(n.toks.1) == ","
        };
        let named = ctx.names.iter().find(|n| {
            matches!(
                n.kind,
                crate::parse::NameKind::Person
                    | crate::parse::NameKind::Organization
                    | crate::parse::NameKind::Government
            ) && (n.toks.0 == end + 1
                || n.toks.0 == end + 2 && ctx.lx.titles.contains_key(toks.lower(end + 1)))
                && ends(n)
        });
        if let Some(n) = named {
            end = n.toks.1;
        }
    }
    let mut name_end = end;
    // "a city official who spoke on condition of anonymity because ...": the
    // relative clause belongs to the phrase, not to the source's name.
    if let Some(r) =
        (src_start + 1..end).find(|&i| matches!(toks.lower(i), "who" | "which") && !quoted(ctx, i))
    {
        name_end = r;
        while end < b && !matches!(toks.lower(end), "," | ";" | ".") && !quoted(ctx, end) {
            end += 1;
        }
    }
    // "(KNBS)" after the source; "that was reviewed by ..." / ", who ..." belong to it.
    if end + 2 < b && toks.lower(end) == "(" && toks.lower(end + 2) == ")" {
        end += 3;
    }
    // "according to the health service, which said other injuries were
    // minor": the source says a second thing, a claim of its own.
    let said_more = (end + 3 < b
        && toks.lower(end) == ","
        && matches!(toks.lower(end + 1), "who" | "which")
        && INVERTED_CUES.contains(&toks.lower(end + 2))
        && !quoted(ctx, end + 2))
    .then(|| {
        if toks.lower(end + 3) == "that" {
            end + 4
        } else {
            end + 3
        }
    })
    .filter(|&m| m < b && has_finite_verb(toks, m, b, ctx.lx));
    if said_more.is_none()
        && (end < b && matches!(toks.lower(end), "that" | "which" | "who")
            || end + 1 < b
                && toks.lower(end) == ","
                && matches!(toks.lower(end + 1), "who" | "which"))
    {
        end += 1;
        while end < b && !matches!(toks.lower(end), "," | ";" | ".") && !quoted(ctx, end) {
            end += 1;
        }
    }
    // ", a polling expert at the University of Brinton": an appositive to
    // the end of the sentence belongs to the phrase. Not at the front
    // ("According to police, the lemurs escaped on Monday": the rest is
    // the claim).
    let front = (a..k).all(|i| !toks.toks[i].is_word());
    if !front
        && said_more.is_none()
        && end + 2 < b
        && toks.lower(end) == ","
        && crate::lexicon::is_determiner(toks.lower(end + 1))
    {
        let e2 = (end + 1..b)
            .find(|&i| matches!(toks.lower(i), ";" | "." | "," | "!" | "?"))
            .unwrap_or(b);
        if (e2..b).all(|i| matches!(toks.toks[i].kind, TokKind::Punct(_)))
            && !has_finite_verb(toks, end + 1, e2, ctx.lx)
            && !(end + 1..e2).any(|i| quoted(ctx, i))
        {
            end = e2;
        }
    }
    // Unless the clause says the source is unnamed ("two district employees
    // who asked not to be named"): then it is how the source is known.
    let name_end = if name_end < end && super::source::anonymity(toks, name_end, end) {
        end
    } else {
        name_end
    };
    let src_end = trim_trailing_time(ctx, src_start, name_end);
    // "according to" always names a source, even one whose head noun no list
    // holds ("the regional health service").
    let sources = with_inner(ctx, src_start, src_end)
        .or_else(|| phrase_source(ctx, src_start, src_end).map(|s| vec![s]))?;
    let span = toks.toks[k].span.cover(toks.toks[k + 1].span);
    Some(According {
        sources,
        range: (k, end),
        cue: CueHit {
            tok: k,
            span,
            class: CueClass::Say,
        },
        said_more,
    })
}

/// Openings of a long aside before the source: participles ("Asked at a
/// council meeting ... whether ..., the mayor said") and subordinate
/// clauses ("When it turned down the April approach, ... said").
const LONG_INTRO: &[&str] = &[
    "speaking",
    "asked",
    "pressed",
    "questioned",
    "responding",
    "addressing",
    "writing",
    "when",
    "while",
    "although",
    "though",
    "because",
    "once",
    "whereas",
];

/// Skips an intro adverbial ending in a comma ("At a news briefing Tuesday,",
/// "Meanwhile,"), when it holds no cue. Returns the new start.
fn skip_intro(ctx: &SourceCtx, a: usize, b: usize) -> usize {
    let toks = ctx.toks;
    let first = toks.lower(a);
    let intro_word = matches!(
        first,
        "at" | "in"
            | "on"
            | "during"
            | "after"
            | "before"
            | "meanwhile"
            | "however"
            | "separately"
            | "earlier"
            | "later"
            | "since"
            | "last"
            | "and"
            | "but"
            | "also"
            | "still"
            | "yet"
            | "now"
            | "today"
            | "yesterday"
    ) || ctx.lx.dates.contains_key(first)
        // "Sunday's programme was cancelled, the festival said": a
        // possessive date is the subject's, no opening phrase.
        && !toks.toks[a].has(flag::POSS)
        || LONG_INTRO.contains(&first);
    if !intro_word {
        return a;
    }
    // A participle opens a longer aside: "Asked at a council meeting Tuesday
    // night whether the attack could have been prevented, the mayor said".
    // So does a subordinate clause: "When it turned down the April
    // approach, Fairlane chair Rosalind Mayhew said".
    let participle = LONG_INTRO.contains(&first);
    let reach = if participle { 24 } else { 12 };
    let mut i = a + 1;
    while i < b && i < a + reach {
        if quoted(ctx, i) {
            return a;
        }
        if toks.lower(i) == "," {
            return i + 1;
        }
        if cue_at(ctx, i).is_some() {
            // "And in July, ..." has no cue; "Meanwhile NBC reported" has no comma.
            break;
        }
        i += 1;
    }
    if matches!(
        first,
        "meanwhile" | "however" | "separately" | "and" | "but" | "also" | "still" | "yet"
    ) {
        return a + 1;
    }
    a
}

/// `SRC CUE [that] PROP` at the start of `[a, b)`.
pub fn front(ctx: &SourceCtx, a: usize, b: usize) -> Option<Found> {
    let toks = ctx.toks;
    let start = skip_intro(ctx, a, b);
    // The first unquoted cue within reach of the start, outside a ", citing X," aside.
    let mut aside = false;
    let mut c = None;
    for i in start + 1..b.min(start + 30) {
        let w = toks.lower(i);
        if w == "," {
            aside = matches!(toks.lower(i + 1), "citing" | "quoting");
            continue;
        }
        if !aside && cue_at(ctx, i).is_some() {
            c = Some(i);
            break;
        }
    }
    let mut c = c?;
    // "Keith Brannagh, who had denied all the charges, was found guilty":
    // the cue is the relative clause's, closed by a comma before the main
    // verb; the sentence is the writer's, unless that verb is a cue of its
    // own ("Mayor Ruth Albano, who had urged the council to act, said").
    let relative_cue = (start + 1..c).any(|w| {
        toks.lower(w - 1) == ","
            && matches!(toks.lower(w), "who" | "which")
            && (w + 1..c).all(|i| ctx.lx.is_aux(toks.lower(i)) || toks.lower(i) == "not")
    });
    if relative_cue {
        let main_verb = (c + 1..b.saturating_sub(1)).find(|&k| {
            toks.lower(k) == ","
                && !quoted(ctx, k)
                && (ctx.lx.is_aux(toks.lower(k + 1)) || looks_verb(ctx, k + 1))
        });
        match main_verb {
            Some(k) if cue_at(ctx, k + 1).is_some() => c = k + 1,
            Some(_) => return None,
            None => {}
        }
    }
    let class = cue_at(ctx, c)?;
    let np_stop = aux_start(ctx, start, c);
    // A passive ("the fire was reported", "residents were told") names no source.
    if (np_stop..c).any(|i| {
        matches!(
            toks.lower(i),
            "was" | "were" | "been" | "is" | "are" | "being" | "be"
        )
    }) {
        return None;
    }
    if np_stop <= start || (start..np_stop).any(|i| quoted(ctx, i)) {
        return None;
    }
    // A determiner alone before a cue makes it an adjective: "an estimated
    // 80 percent", "the reported cause".
    if (start..np_stop)
        .all(|i| !toks.toks[i].is_word() || crate::lexicon::is_determiner(toks.lower(i)))
    {
        return None;
    }
    // "Glyn Ashworth, 78, who has lived beside the beck all his life,
    // said": a relative clause set off by commas is no part of the head.
    // "Two Heritage MPs who asked not to be named said": nor is one
    // without commas after a noun.
    let head_stop = if toks.lower(np_stop - 1) == "," {
        (start + 1..np_stop)
            .find(|&i| toks.lower(i) == "," && matches!(toks.lower(i + 1), "who" | "whose"))
            .unwrap_or(np_stop)
    } else {
        (start + 1..np_stop)
            .find(|&i| toks.lower(i) == "who" && toks.toks[i - 1].is_word())
            .unwrap_or(np_stop)
    };
    // "X, citing Y, said": the inner source sits inside the phrase.
    if has_finite_verb(toks, start, head_stop, ctx.lx) || np_has_verb(ctx, start, head_stop) {
        return None;
    }
    let mut sources = match with_inner(ctx, start, np_stop) {
        Some(s) => s,
        None => vec![phrase_source(ctx, start, np_stop)?],
    };
    // A source phrase is short unless it carries an appositive or a
    // relative clause ("An engineer who asked not to be named because he
    // was not allowed to talk to the press said").
    let commas = (start..np_stop).filter(|&i| toks.lower(i) == ",").count();
    if head_stop - start > 14 && commas == 0 {
        return None;
    }
    // "has not conceded the race and said ...", "conceded the race on
    // Friday, telephoning ...": a noun object before a second verb phrase
    // or a participle makes the cue an act, not a report of a claim.
    // A participle that reports ("telling reporters that ...") or is a
    // preposition ("including", "citing") leaves the cue a report.
    if let Some(k) = (c + 1..b).find(|&k| {
        let next = toks.lower(k + 1);
        k + 1 < b
            && (matches!(toks.lower(k), "and" | "but")
                && (cue_at(ctx, k + 1).is_some() || looks_verb(ctx, k + 1))
                || toks.lower(k) == ","
                    && next.len() > 4
                    && next.ends_with("ing")
                    && cue_at(ctx, k + 1).is_none()
                    && !matches!(
                        next,
                        "including"
                            | "excluding"
                            | "citing"
                            | "quoting"
                            | "following"
                            | "regarding"
                            | "concerning"
                            | "according"
                            | "during"
                            | "pending"
                            | "barring"
                            | "speaking"
                    ))
    }) {
        // A denial takes what it denies as a noun ("ruled out a cyberattack");
        // "said" and "told" take no act's object; the object opens with a
        // determiner ("said on Tuesday, during a visit, that ..." is a report).
        if class != CueClass::Deny
            && !matches!(
                toks.lower(c),
                "said" | "says" | "say" | "saying" | "told" | "tells" | "tell"
            )
            && (crate::lexicon::is_determiner(toks.lower(c + 1))
                || toks.toks.get(c + 1).is_some_and(|t| t.has(flag::POSS)))
            && k > c + 1
            && k <= c + 8
            && !has_finite_verb(toks, c + 1, k, ctx.lx)
            && !np_has_verb(ctx, c + 1, k)
            && !(c + 1..k).any(|i| {
                looks_verb(ctx, i)
                    || quoted(ctx, i)
                    || matches!(
                        toks.lower(i),
                        ":" | "that" | "he" | "she" | "it" | "they" | "we" | "i" | "you"
                    )
            })
        {
            return None;
        }
    }
    // "added", "called", "described" take a noun object as often as a claim:
    // they attribute only before "that", a colon, a comma, a quotation or a pronoun.
    if NEEDS_COMPLEMENT.contains(&toks.lower(c)) {
        let mut j = c + 1;
        while j < b && toks.lower(j).ends_with("ly") {
            j += 1;
        }
        let w = toks.lower(j);
        let that_soon = (j..b.min(j + 8))
            .take_while(|&k| !looks_verb(ctx, k) && !quoted(ctx, k))
            .any(|k| toks.lower(k) == "that");
        let ok = that_soon
            || matches!(
                w,
                "that"
                    | ":"
                    | ","
                    | "he"
                    | "she"
                    | "it"
                    | "they"
                    | "we"
                    | "i"
                    | "him"
                    | "her"
                    | "them"
            )
            || toks.get(j).is_some_and(|t| t.is_quote())
            || (j..(j + 4).min(b)).any(|k| toks.toks[k].is_quote())
            // "described the scheme in his closing argument as '...'": the
            // quotation after "as", past the object and a phrase.
            || (j..(j + 12).min(b))
                .take_while(|&k| !looks_verb(ctx, k) && !quoted(ctx, k))
                .any(|k| toks.lower(k) == "as" && toks.get(k + 1).is_some_and(|t| t.is_quote()))
            // "urged owners to keep driving": advice to someone.
            || matches!(toks.lower(c), "urged" | "urges" | "urging")
                && (j + 1..(j + 5).min(b)).any(|k| toks.lower(k) == "to")
            // "admitted 40 workers had been exposed": a clause without "that".
            || matches!(
                toks.lower(c),
                "conceded" | "concedes" | "admitted" | "admits" | "pledged" | "pledges" | "promised" | "promises"
            ) && {
                let end = (j..b).find(|&k| toks.lower(k) == ",").unwrap_or(b);
                has_finite_verb(toks, j, end.min(j + 10), ctx.lx)
            };
        if !ok {
            return None;
        }
    }
    // "The jury found her guilty of wire fraud": a finding of a verdict, no
    // report; "found" and "showed" attribute a clause ("found that ...").
    // "Figures show losses reached £41m": a clause without "that" has a
    // verb after its subject.
    if class == CueClass::Show
        && toks.lower(c + 1) != "that"
        && !has_finite_verb(toks, c + 1, b, ctx.lx)
        && (matches!(toks.lower(c), "found" | "finds" | "find")
            || !(c + 2..b).any(|k| looks_verb(ctx, k) && !toks.lower(k).ends_with("ing")))
    {
        return None;
    }
    // Evidence is no source: "the deal showed that dialogue is possible"
    // (a study, figures or a named body are).
    if class == CueClass::Show
        && sources.last().is_some_and(|s| {
            s.kind == SourceKind::Unspecified
                && !s
                    .name
                    .split_whitespace()
                    .skip(1)
                    .any(|w| w.starts_with(char::is_uppercase))
        })
    {
        return None;
    }
    let cue = cue_hit(ctx, c, class);
    let prop_start = after_cue(ctx, c, b, &mut sources);
    if prop_start >= b || !(prop_start..b).any(|i| toks.toks[i].is_word()) {
        return None;
    }
    Some(Found {
        sources,
        cue: Some(cue),
        prop: (prop_start, b),
        extra: None,
    })
}

/// Where the proposition starts after the cue at `c`: after "that", a colon
/// or a comma before a quotation, past adverbs, dates, "in a statement",
/// the object of "told", and ", citing X,".
fn after_cue(ctx: &SourceCtx, c: usize, b: usize, sources: &mut Vec<Source>) -> usize {
    let toks = ctx.toks;
    let mut j = c + 1;
    // "ruled out a failure": the particle belongs to the cue.
    if crate::lexicon::rules_out(toks.lower(c), toks.lower(c + 1)) {
        j += 1;
    }
    // "CBS News quoted her as saying: ...": the quoted person is the inner source.
    if matches!(toks.lower(c), "quoted" | "quotes") {
        if let Some(k) = (c + 1..b.min(c + 12))
            .find(|&k| toks.lower(k) == "as" && matches!(toks.lower(k + 1), "saying" | "telling"))
        {
            if let Some(s) = read_source(ctx, c + 1, k) {
                sources.push(s);
            }
            let mut p = k + 2;
            while p < b && matches!(toks.lower(p), ":" | "," | "that") {
                p += 1;
            }
            return p;
        }
    }
    // ", citing Y," / ", quoting Y," right after the cue.
    let take_inner = |j: &mut usize, sources: &mut Vec<Source>| {
        if *j + 1 < b && toks.lower(*j) == "," && matches!(toks.lower(*j + 1), "citing" | "quoting")
        {
            let e = np_end(ctx, *j + 2, b);
            if let Some(s) = read_source(ctx, *j + 2, e) {
                sources.push(s);
            }
            *j = e;
            if *j < b && toks.lower(*j) == "," {
                *j += 1;
            }
        }
    };
    take_inner(&mut j, sources);
    // "put X at FIGURE": the estimate is the claim, "put" its act (as
    // "NBC News put the toll at four").
    if is_estimate_verb(toks.lower(c)) {
        return c;
    }
    // Look for "that" within a stretch of skippable modifiers.
    let limit = b.min(j + 16);
    let mut k = j;
    while k < limit {
        let w = toks.lower(k);
        if quoted(ctx, k) {
            break;
        }
        if w == "that" {
            let mut p = k + 1;
            take_inner(&mut p, sources);
            return p;
        }
        if w == ":" {
            return k + 1;
        }
        if w == "," {
            if toks.get(k + 1).is_some_and(|t| t.is_quote()) {
                return k + 1;
            }
            if matches!(toks.lower(k + 1), "citing" | "quoting") {
                let mut p = k;
                take_inner(&mut p, sources);
                k = p;
                continue;
            }
        }
        let verbish = ctx.lx.is_aux(w) || (ctx.lx.cues.contains_key(w) && k > j);
        if verbish {
            break;
        }
        k += 1;
    }
    // No "that": skip adverbs, a colon or comma, and the object of "told".
    while j < b {
        let w = toks.lower(j);
        let t = &toks.toks[j];
        if (w.ends_with("ly") && !t.has(flag::CAP) && w.len() > 4 && !quoted(ctx, j))
            || matches!(
                w,
                "," | ":" | "again" | "also" | "later" | "today" | "yesterday"
            )
        {
            j += 1;
            continue;
        }
        break;
    }
    if crate::lexicon::takes_addressee(toks.lower(c)) && j < b && !quoted(ctx, j) {
        let w = toks.lower(j);
        if matches!(
            w,
            "reporters"
                | "journalists"
                | "parliament"
                | "lawmakers"
                | "congress"
                | "staff"
                | "employees"
                | "investors"
                | "analysts"
                | "me"
                | "us"
                | "him"
                | "her"
                | "them"
        ) {
            j += 1;
        } else if ctx.names.iter().any(|n| {
            n.toks.0 == j
                && matches!(
                    n.kind,
                    NameKind::Outlet
                        | NameKind::Person
                        | NameKind::Organization
                        | NameKind::Government
                )
        }) {
            if let Some(n) = ctx.names.iter().find(|n| n.toks.0 == j) {
                j = n.toks.1;
            }
        }
    }
    j
}

/// Headline attributions: a short source before or after a colon ("Source:
/// Tom Brokaw wants ...", "Rapper identified as executioner: reports",
/// "Pentagon: leader killed in airstrike") or after "per" at the end ("...,
/// per reports"). Labels before a colon ("Update:", "Video:") name no source.
pub fn headline_source(ctx: &SourceCtx, a: usize, b: usize) -> Option<Found> {
    let toks = ctx.toks;
    let colon = (a + 1..b.min(a + 48)).find(|&i| toks.toks[i].is_punct(':') && !quoted(ctx, i));
    let short =
        |s: usize, e: usize| e > s && (s..e).filter(|&i| toks.toks[i].is_word()).count() <= 4;
    let label = |s: usize, e: usize| {
        e == s + 1
            && matches!(
                toks.lower(s),
                "update"
                    | "updated"
                    | "breaking"
                    | "exclusive"
                    | "watch"
                    | "video"
                    | "photos"
                    | "opinion"
                    | "op-ed"
                    | "analysis"
                    | "explainer"
                    | "live"
                    | "editorial"
                    | "review"
                    | "comment"
                    | "factbox"
                    | "timeline"
                    | "graphic"
            )
    };
    let cue = |k: usize| CueHit {
        tok: k,
        span: toks.toks[k].span,
        class: CueClass::Say,
    };
    // "Rumor: ...", "...: Rumor": a hedge word as the label says who says
    // nothing, only that it is unconfirmed.
    let hedge_label = |s: usize, e: usize| {
        e == s + 1
            && matches!(
                toks.lower(s),
                "rumor"
                    | "rumors"
                    | "rumour"
                    | "rumours"
                    | "report"
                    | "reports"
                    | "reportedly"
                    | "unconfirmed"
                    | "speculation"
                    | "leak"
                    | "leaked"
            )
    };
    // "... -- report", "... - Reports": a dash before a short source at the end.
    let dash = (a + 3..b)
        .rev()
        .find(|&i| {
            let t = &toks.toks[i];
            (matches!(t.kind, TokKind::Punct('—' | '–'))
                || t.is_punct('-') && t.has(flag::SPACE_BEFORE))
                && !quoted(ctx, i)
        })
        .filter(|&i| (i + 1..b).filter(|&j| toks.toks[j].is_word()).count() <= 3);
    if let Some(k) = dash {
        let mut e = b;
        while e > k + 1 && matches!(toks.toks[e - 1].kind, TokKind::Punct(_)) {
            e -= 1;
        }
        let mut s = k + 1;
        while s < e && matches!(toks.toks[s].kind, TokKind::Punct(_)) {
            s += 1;
        }
        if short(s, e) {
            let end = (a..k)
                .rev()
                .find(|&j| !matches!(toks.toks[j].kind, TokKind::Punct(_)))
                .map_or(k, |j| j + 1);
            let src = if hedge_label(s, e)
                || e == s + 1 && matches!(toks.lower(s), "report" | "reports")
            {
                read_source(ctx, s, e)
            } else {
                // A word for a source, a name, or a description of a body
                // the text named ("the museum said").
                read_source(ctx, s, e).filter(|src| {
                    super::source::source_head(ctx.lx, toks.lower(e - 1)).is_some()
                        || (s..e).all(|i| toks.toks[i].has(flag::CAP))
                        || super::source::starts_upper(&src.name)
                })
            };
            if let Some(src) = src {
                return Some(Found {
                    sources: vec![src],
                    cue: Some(cue(k)),
                    prop: (a, end),
                    extra: None,
                });
            }
        }
    }
    if let Some(k) = colon {
        if hedge_label(a, k) && k + 1 < b {
            let src = read_source(ctx, a, k).unwrap_or(Source {
                name: toks.toks[a].span.slice(ctx.text).to_string(),
                kind: SourceKind::Unspecified,
                span: Some(toks.toks[a].span),
                count: None,
            });
            return Some(Found {
                sources: vec![src],
                cue: Some(CueHit {
                    tok: k,
                    span: toks.toks[k].span,
                    class: CueClass::Doubt,
                }),
                prop: (k + 1, b),
                extra: None,
            });
        }
        // "Source: ...": a source phrase, then a clause. The phrase is a
        // name or ends in a word for a source ("Pentagon:", "Police
        // sources:"), not any noun ("Earnings per share:").
        let last = toks.lower(k - 1);
        let sourcey = (a..k).all(|i| toks.toks[i].has(flag::CAP) || !toks.toks[i].is_word())
            || ctx.lx.source_heads.contains_key(last)
            || super::source::source_head(ctx.lx, last).is_some();
        if short(a, k) && !label(a, k) && k + 1 < b && sourcey {
            if let Some(src) = read_source(ctx, a, k) {
                return Some(Found {
                    sources: vec![src],
                    cue: Some(cue(k)),
                    prop: (k + 1, b),
                    extra: None,
                });
            }
        }
        // "...: reports", "...: Analyst".
        let mut e = b;
        while e > k + 1 && matches!(toks.toks[e - 1].kind, TokKind::Punct(_)) {
            e -= 1;
        }
        if short(k + 1, e) && k > a + 2 {
            if let Some(src) = read_source(ctx, k + 1, e) {
                return Some(Found {
                    sources: vec![src],
                    cue: Some(cue(k)),
                    prop: (a, k),
                    extra: None,
                });
            }
        }
    }
    // "..., per reports", "... per the Times".
    let per = (a + 3..b).rfind(|&i| toks.lower(i) == "per" && !quoted(ctx, i))?;
    let mut e = b;
    while e > per + 1 && matches!(toks.toks[e - 1].kind, TokKind::Punct(_)) {
        e -= 1;
    }
    if !short(per + 1, e) || ctx.lx.units.match_at(toks, per, b).is_some() {
        return None;
    }
    let src = read_source(ctx, per + 1, e)?;
    let mut prop_end = per;
    if prop_end > a && toks.lower(prop_end - 1) == "," {
        prop_end -= 1;
    }
    Some(Found {
        sources: vec![src],
        cue: Some(cue(per)),
        prop: (a, prop_end),
        extra: None,
    })
}

/// A trailing attribution: `PROP, SRC CUE rest` or `PROP, SAY SRC rest`.
pub fn trailing(ctx: &SourceCtx, a: usize, b: usize) -> Option<Found> {
    let toks = ctx.toks;
    // Drop the final period and closing marks after it.
    let mut e = b;
    while e > a && matches!(toks.toks[e - 1].kind, TokKind::Punct('.' | '!' | '?')) {
        e -= 1;
    }
    if e <= a + 2 {
        return None;
    }
    let mut k = e;
    while k > a + 1 {
        k -= 1;
        if quoted(ctx, k) && !toks.toks[k].is_quote() {
            continue;
        }
        let t = &toks.toks[k];
        let is_close = t.is_quote() && k > a && quoted(ctx, k - 1) && !t.has(flag::SPACE_BEFORE);
        let is_comma = t.is_punct(',') && !quoted(ctx, k);
        if !(is_close || is_comma) {
            continue;
        }
        let tail = k + 1;
        if tail >= e || e - tail > 40 {
            continue;
        }
        let prop_end = if is_close { k + 1 } else { k };
        if prop_end <= a + 1 {
            continue;
        }
        // "Oskar Brandt, a transport analyst at Lytton Securities,
        // estimated ...": a name set off before its description is the
        // subject, no claim of the description's.
        if is_comma
            && prop_end - a <= 5
            && ctx.names.iter().any(|n| {
                n.kind == crate::parse::NameKind::Person && n.toks.1 == prop_end && n.toks.0 >= a
            })
            // Not a headline in title case ("Lena Voss Resigns, aides said").
            && {
                let last = toks.lower(prop_end - 1);
                !(last.ends_with('s')
                    && crate::lexicon::wordnet::WordNet::builtin()
                        .lemma(last, crate::lexicon::wordnet::Pos::Verb)
                        .is_some())
            }
            && (a..prop_end).all(|i| {
                let t = &toks.toks[i];
                t.is_punct('.') || t.is_word() && t.has(flag::CAP) && !t.has(flag::ALLCAPS)
            })
        {
            continue;
        }
        // The tail must hold no quotation (else it is more text, not an
        // attribution), up to a participle that says more ("..., said on
        // Wednesday, adding that the directors were “exploring every option”").
        let said_more = (tail..e)
            .find(|&i| toks.lower(i) == "," && PARTICIPLE_CUES.contains(&toks.lower(i + 1)))
            .unwrap_or(e);
        if (tail..said_more).any(|i| quoted(ctx, i)) {
            continue;
        }
        if toks.lower(tail) == "according" {
            continue;
        }
        // SAY SRC: "said Rachel Imbert, a senior policy analyst".
        if INVERTED_CUES.contains(&toks.lower(tail))
            && !toks.toks[tail].has(flag::CAP)
            && source_like_start(ctx, tail + 1, e)
        {
            let class = ctx
                .lx
                .cues
                .get(toks.lower(tail))
                .copied()
                .unwrap_or(CueClass::Say);
            if let Some(sources) = with_inner(ctx, tail + 1, e) {
                return Some(Found {
                    sources,
                    cue: Some(cue_hit(ctx, tail, class)),
                    prop: (a, prop_end),
                    extra: None,
                });
            }
        }
        // SRC CUE rest: "the agency said", "he told CNN", "BBC Sport has been told".
        if let Some(c) = (tail + 1..e.min(tail + 18)).find(|&i| cue_at(ctx, i).is_some()) {
            let class = cue_at(ctx, c)?;
            // "put" takes its claim after it ("..., X put the cost at £38m").
            if is_estimate_verb(toks.lower(c)) {
                continue;
            }
            let np_stop = aux_start(ctx, tail, c);
            // The rest after the cue ends at ", adding/saying/though/as ...": a new clause.
            let cut = (c + 1..e).find(|&i| {
                toks.lower(i) == ","
                    && (PARTICIPLE_CUES.contains(&toks.lower(i + 1))
                        || matches!(
                            toks.lower(i + 1),
                            "though"
                                | "although"
                                | "as"
                                | "while"
                                | "but"
                                | "and"
                                | "which"
                                | "after"
                                | "before"
                                | "when"
                                // "..., Quayle said, including several
                                // heritage types that are rarely seen".
                                | "including"
                                // "..., the university said Monday, a
                                // finding that could end her career".
                                | "a"
                                | "an"
                        ))
            });
            let rest_end = cut.unwrap_or(e);
            let extra = cut.and_then(|k| {
                let adding = PARTICIPLE_CUES.contains(&toks.lower(k + 1));
                let start = if toks.lower(k + 2) == "that" {
                    k + 3
                } else {
                    k + 2
                };
                (adding && start < e).then_some((start, e))
            });
            let rest_is_clause = has_finite_verb(toks, c + 1, rest_end, ctx.lx)
                || (c + 1..rest_end).any(|i| toks.lower(i) == "that")
                || rest_end - c > 18;
            // A source phrase does not open with a conjunction, a preposition or a figure.
            let subordinate = matches!(
                toks.lower(tail),
                "after"
                    | "before"
                    | "when"
                    | "because"
                    | "since"
                    | "as"
                    | "if"
                    | "while"
                    | "although"
                    | "though"
                    | "until"
                    | "once"
                    | "where"
                    | "which"
                    | "who"
                    | "so"
                    | "but"
                    | "and"
                    | "including"
                    | "of"
                    | "in"
                    | "from"
                    | "at"
                    | "with"
                    | "for"
                    | "by"
                    | "on"
                    | "to"
            ) || toks.toks[tail].has(flag::DIGIT);
            if np_stop > tail
                && !rest_is_clause
                && !subordinate
                && !has_finite_verb(toks, tail, np_stop, ctx.lx)
                && !np_has_verb(ctx, tail, np_stop)
                && np_stop - tail <= 16
            {
                if let Some(mut sources) = with_inner(ctx, tail, np_stop) {
                    // "CBS News reported, quoting state police".
                    let mut j = c + 1;
                    while j < e {
                        if matches!(toks.lower(j), "citing" | "quoting") {
                            let end = np_end(ctx, j + 1, e);
                            if let Some(s) = read_source(ctx, j + 1, end) {
                                sources.push(s);
                            }
                            break;
                        }
                        j += 1;
                    }
                    // "..., the regional police commander, Peter Lyimo, told the BBC":
                    // an appositive before the name belongs to the source.
                    let mut prop_end = prop_end;
                    let mut boundary = k;
                    // Not before people counted or in the plural: "the chief
                    // operating officer, Rafael Dunmore, two senior staff
                    // members told the Ledger" (they told of him).
                    let mut boundary_is_comma = is_comma
                        && !sources.first().is_some_and(|s| {
                            s.count.is_some_and(|n| n > 1) || super::memory::plural_phrase(&s.name)
                        });
                    for _ in 0..3 {
                        if !boundary_is_comma {
                            break;
                        }
                        let Some(k2) = (a + 1..boundary)
                            .rev()
                            .find(|&i| toks.lower(i) == "," || toks.toks[i].is_quote())
                        else {
                            break;
                        };
                        let seg = (k2 + 1, boundary);
                        let short = seg.1 > seg.0 && seg.1 - seg.0 <= 8;
                        // "injuring 19 people, two of them seriously, officials
                        // said": a phrase ending in an adverb is no appositive.
                        let last = toks.lower(seg.1.saturating_sub(1));
                        let adverb = last.len() > 4
                            && last.ends_with("ly")
                            && !toks.toks[seg.1.saturating_sub(1)].has(flag::CAP);
                        // "after a final inspection on Thursday, July 16, a
                        // council adviser told": a date is no appositive.
                        // (An age stays one: "Maria Lopez, 34, a nurse, said".)
                        let dated = (seg.0..seg.1).any(|i| {
                            toks.toks[i].has(flag::CAP) && ctx.lx.dates.contains_key(toks.lower(i))
                        });
                        // "made off with 11 watches, some of them two
                        // centuries old, police said": a part of what was
                        // counted, no one who speaks.
                        let part_of = (seg.0..seg.1.min(seg.0 + 3)).any(|i| {
                            toks.lower(i) == "of"
                                && matches!(toks.lower(i + 1), "them" | "which" | "whom" | "those")
                        });
                        if !short
                            || adverb
                            || part_of
                            || dated
                            || np_has_verb(ctx, seg.0, seg.1)
                            || has_finite_verb(toks, seg.0, seg.1, ctx.lx)
                            || (seg.0..seg.1).any(|i| quoted(ctx, i))
                        {
                            break;
                        }
                        if source_like_start(ctx, seg.0, seg.1) {
                            if let Some(mut wider) = with_inner(ctx, seg.0, np_stop) {
                                wider.extend(sources.drain(1..));
                                sources = wider;
                                prop_end = if toks.toks[k2].is_quote() { k2 + 1 } else { k2 };
                            }
                        }
                        boundary = k2;
                        boundary_is_comma = toks.lower(k2) == ",";
                    }
                    return Some(Found {
                        sources,
                        cue: Some(cue_hit(ctx, c, class)),
                        prop: (a, prop_end),
                        extra,
                    });
                }
            }
        }
    }
    None
}

/// A parenthetical attribution after a fronted subject: `TOPIC, SRC CUE,
/// REST` ("The agreement, he said, “brings our people home”", "The fire,
/// officials said, was started by lightning"). The proposition is the whole
/// sentence: the topic and the rest are one claim.
pub fn parenthetical(ctx: &SourceCtx, a: usize, b: usize) -> Option<Found> {
    let toks = ctx.toks;
    let mut e = b;
    while e > a && matches!(toks.toks[e - 1].kind, TokKind::Punct('.' | '!' | '?')) {
        e -= 1;
    }
    // The topic: a short phrase without a verb or a quotation.
    let i = (a + 1..e.min(a + 9)).find(|&i| toks.lower(i) == ",")?;
    if (a..i).any(|k| quoted(ctx, k))
        || has_finite_verb(toks, a, i, ctx.lx)
        || np_has_verb(ctx, a, i)
        || cue_at(ctx, a).is_some()
    {
        return None;
    }
    // The aside: a short source and its cue, closed by a comma.
    let j = (i + 2..e.min(i + 7)).find(|&j| cue_at(ctx, j).is_some())?;
    if toks.lower(j + 1) != "," || e < j + 4 || (i + 1..=j).any(|k| quoted(ctx, k)) {
        return None;
    }
    if has_finite_verb(toks, i + 1, j, ctx.lx) || j - (i + 1) > 4 {
        return None;
    }
    let class = cue_at(ctx, j)?;
    let sources = with_inner(ctx, i + 1, j)?;
    Some(Found {
        sources,
        cue: Some(cue_hit(ctx, j, class)),
        prop: (a, e),
        extra: None,
    })
}

/// An outlet as the subject of the clause: "NBC News put the death toll at
/// four", "Fox News, citing a union official, named the engineer as ...".
pub fn outlet_subject(ctx: &SourceCtx, a: usize, b: usize) -> Option<Found> {
    let n = ctx
        .names
        .iter()
        .find(|n| n.toks.0 >= a && n.toks.0 <= a + 1)?;
    if n.kind != NameKind::Outlet
        || n.possessive
        || (a..n.toks.0).any(|i| !matches!(ctx.toks.lower(i), "the" | "and" | "but" | "while"))
    {
        return None;
    }
    let mut sources = vec![Source {
        name: n.name.clone(),
        kind: crate::lexicon::SourceKind::Outlet,
        span: Some(n.span),
        count: None,
    }];
    let mut j = n.toks.1;
    if j + 1 < b
        && ctx.toks.lower(j) == ","
        && matches!(ctx.toks.lower(j + 1), "citing" | "quoting")
    {
        let e = np_end(ctx, j + 2, b);
        if let Some(s) = read_source(ctx, j + 2, e) {
            sources.push(s);
        }
        j = e;
        if j < b && ctx.toks.lower(j) == "," {
            j += 1;
        }
    }
    // A verb must follow: a lowercase word.
    let t = ctx.toks.get(j)?;
    if j >= b || !t.is_word() || t.has(flag::CAP) {
        return None;
    }
    // A trailing ", citing X" names the inner source too.
    let mut end = b;
    if let Some(c) = (j..b).find(|&i| {
        matches!(ctx.toks.lower(i), "citing" | "quoting") && ctx.toks.lower(i - 1) == ","
    }) {
        let e = np_end(ctx, c + 1, b);
        if let Some(s) = read_source(ctx, c + 1, e) {
            sources.push(s);
            end = c - 1;
        }
    }
    Some(Found {
        sources,
        cue: None,
        prop: (j, end),
        extra: None,
    })
}
