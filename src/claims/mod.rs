//! Stage 3, claims: each sentence of a parsed document becomes one or more
//! [`Claim`]s: a proposition with its byte span, the chain of sources the
//! text credits it to (outermost first, starting with the document's
//! outlet), polarity, certainty, quotations, names, numbers, dates and
//! places.

mod attribution;
mod clause;
mod source;

pub use attribution::{CueHit, Found, according, front, outlet_subject, trailing};
pub use clause::{Clause, Join, split_clauses};
pub use source::{Memory, Source, SourceCtx, read_source};

use serde::{Deserialize, Serialize};

use crate::lexicon::{CueClass, Lexicon, PlaceKind, SourceKind, class};
use crate::load::Document;
use crate::parse::names::{Name, NameKind};
use crate::parse::token::{TokKind, flag};
use crate::parse::{self, NumberMention, Parsed};
use crate::span::Span;

/// Whether a claim affirms or denies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    /// "The company recalled the batteries."
    Positive,
    /// "He did not hand in a transfer request"; "the ministry denied that ...".
    Negative,
}

/// How firmly a claim is stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// "The decision was unanimous."
    Asserted,
    /// "The decision was reportedly unanimous"; "appears to stem from".
    Hedged,
}

/// The attribution cue of a claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    /// The cue words ("said", "according to").
    pub text: String,
    /// Where they are.
    pub span: Span,
}

/// A direct quotation inside a claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteRef {
    /// The quoted words, without the marks.
    pub text: String,
    /// Where they are.
    pub span: Span,
}

/// A resolved date inside a claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateRef {
    /// The words ("Friday", "Nov. 12").
    pub text: String,
    /// ISO date, month (`2024-07`), year, or range (`2024-11-04/2024-11-10`);
    /// null when it needs the article's date and there is none.
    pub value: Option<String>,
    /// Where they are.
    pub span: Span,
    /// Resolved range (for comparison).
    #[serde(skip)]
    pub range: Option<parse::DateValue>,
    /// The word before it ("on", "since", "by"), for comparison.
    #[serde(skip)]
    pub prep: Option<String>,
    /// What happened on that date: the nearest verb before it ("arrested
    /// the captain on Tuesday") and content words right before it, as base forms.
    #[serde(skip)]
    pub anchor: Anchor,
}

/// The words that tie a date to an event.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Anchor {
    /// The nearest verb before the date, base form.
    pub verb: Option<String>,
    /// Up to six content words before the date in its clause, base forms.
    pub words: Vec<String>,
}

/// A place inside a claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlaceRef {
    /// The words as written.
    pub text: String,
    /// Normalised name ("Tehran" for "Teheran").
    pub name: String,
    /// `country`, `state`, `county`, `city` or `venue` (a school, hospital, stadium...).
    pub kind: String,
    /// Where they are.
    pub span: Span,
    /// The preposition before it ("in", "near", "from"), for comparison.
    #[serde(skip)]
    pub prep: Option<String>,
}

/// A name inside a claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityRef {
    /// The words as written.
    pub text: String,
    /// Normalised name.
    pub name: String,
    /// Kind.
    pub kind: NameKind,
    /// Where they are.
    pub span: Span,
}

/// One claim.
#[derive(Clone, Debug, Serialize)]
pub struct Claim {
    /// `doc:N`, N counting the document's claims from 1 in text order.
    pub id: String,
    /// Document id.
    pub doc: String,
    /// The proposition's byte range in the file.
    pub span: Span,
    /// Exactly the file's text in `span`.
    pub text: String,
    /// Attribution chain, outermost first; the first is the document's outlet.
    pub sources: Vec<Source>,
    /// The cue of the innermost attribution, if any.
    pub cue: Option<Cue>,
    /// Affirmed or denied.
    pub polarity: Polarity,
    /// Asserted or hedged.
    pub certainty: Certainty,
    /// Direct quotations.
    pub quotes: Vec<QuoteRef>,
    /// Names of people, organisations and outlets.
    pub entities: Vec<EntityRef>,
    /// Numbers with values.
    pub numbers: Vec<NumberMention>,
    /// Dates resolved against the article's date.
    pub dates: Vec<DateRef>,
    /// Places.
    pub places: Vec<PlaceRef>,
    /// Internal facts for comparison.
    #[serde(skip)]
    pub facts: Facts,
}

/// Facts about a claim that comparison uses and the JSON does not show.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// True when the whole claim is a direct quotation.
    pub is_quote: bool,
    /// True when the claim reports a figure as changed ("rose to", "now").
    pub update: bool,
    /// Content words (lowercase base forms) for alignment, separated by
    /// spaces (one allocation a claim); read them with [`Facts::words`].
    pub words_joined: String,
    /// Roles held by named people in the claim: (role words, qualifier, person, definite).
    pub roles: Vec<Role>,
    /// How the clause joined the previous one.
    pub contrast: bool,
    /// The cue's class.
    pub cue_class: Option<CueClass>,
    /// Negation words in the claim, for explaining a negation finding.
    pub negators: Vec<String>,
    /// The article's date.
    pub doc_date: Option<parse::CivilDate>,
}

impl Facts {
    /// The claim's content words (lowercase base forms), in text order.
    pub fn words(&self) -> impl Iterator<Item = &str> + Clone {
        self.words_joined.split(' ').filter(|w| !w.is_empty())
    }
}

/// A person named in a role: "the train's engineer, Dale Kettering".
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    /// The role head, lowercase ("engineer", "ceo").
    pub role: String,
    /// Organisation or qualifier, lowercase ("train", "trekwell"), if given.
    pub qualifier: Option<String>,
    /// The person's normalised name.
    pub person: String,
    /// Span of the person's name.
    pub span: Span,
    /// True for a title in a name ("Trekwell CEO Marcus Dahl"), false for a
    /// described role ("the train's engineer, Dale Kettering").
    pub title: bool,
}

/// Sentences that are not claims: questions, credit lines, sign-offs.
fn skip_sentence(p: &Parsed, s: &parse::Sentence) -> bool {
    let (a, b) = s.toks;
    let words = (a..b).filter(|&i| p.toks.toks[i].is_word()).count();
    if words < 3 {
        return true;
    }
    let last_real = (a..b)
        .rev()
        .find(|&i| !p.toks.toks[i].is_quote() && !p.toks.toks[i].is_punct(')'));
    if let Some(l) = last_real {
        if p.toks.toks[l].is_punct('?') && p.quote_of[l].is_none() {
            return true;
        }
    }
    // "(Reporting by ...; Editing by ...)".
    if p.toks.toks[a].is_punct('(')
        && (a..b.min(a + 4)).any(|i| {
            matches!(
                p.toks.lower(i),
                "reporting" | "writing" | "editing" | "additional"
            )
        })
    {
        return true;
    }
    false
}

/// Extracts the claims of one document.
pub fn extract(doc: &Document, lx: &Lexicon) -> Vec<Claim> {
    let p = parse::parse(doc, lx);
    extract_parsed(doc, &p, lx)
}

struct Pending {
    sentence: usize,
    prop: (usize, usize),
    sources: Vec<Source>,
    cue: Option<CueHit>,
    quote_attr: bool,
    contrast: bool,
}

/// Extracts the claims of a parsed document.
pub fn extract_parsed(doc: &Document, p: &Parsed, lx: &Lexicon) -> Vec<Claim> {
    let mut memory = Memory::default();
    let mut pending: Vec<Pending> = Vec::new();
    for (si, s) in p.sentences.iter().enumerate() {
        let names = &p.names[si];
        if skip_sentence(p, s) {
            remember(&mut memory, names, p, s, lx);
            continue;
        }
        let ctx = SourceCtx {
            toks: &p.toks,
            text: &doc.text,
            names,
            lx,
            memory: &memory,
            quote_of: &p.quote_of,
        };
        let mut new = sentence_claims(&ctx, si, s);
        for c in &new {
            for src in &c.sources {
                memory.see_source(src);
            }
        }
        remember(&mut memory, names, p, s, lx);
        pending.append(&mut new);
    }
    inherit_quote_speakers(p, &mut pending);
    let mut claims = Vec::with_capacity(pending.len());
    for pc in pending {
        if let Some(c) = build_claim(doc, p, lx, &pc, claims.len() + 1) {
            claims.push(c);
        }
    }
    claims
}

/// Records the unquoted names of a sentence in the discourse memory, and the
/// group of people it opens with ("Survivors described ...").
fn remember(memory: &mut Memory, names: &[Name], p: &Parsed, s: &parse::Sentence, lx: &Lexicon) {
    let first = s.toks.0;
    let w = p.toks.lower(first);
    if w.ends_with('s')
        && p.quote_of.get(first).copied().flatten().is_none()
        && source::source_head(lx, w) == Some(SourceKind::Unspecified)
    {
        memory.see_group(w);
    }
    for n in names {
        if p.quote_of.get(n.toks.0).copied().flatten().is_none() {
            memory.see_name(n);
        }
    }
}

/// The claims of one sentence, before their features are read.
fn sentence_claims(ctx: &SourceCtx, si: usize, s: &parse::Sentence) -> Vec<Pending> {
    let (a, b) = s.toks;
    let mut outer: Vec<Source> = Vec::new();
    let mut outer_cue: Option<CueHit> = None;
    let mut region = (a, b);
    let mut quote_attr = false;
    let mut extra_after: Option<(usize, usize)> = None;
    if let Some(f) = trailing(ctx, a, b) {
        quote_attr = (f.prop.0..f.prop.1).any(|i| ctx.toks.toks[i].is_quote());
        outer = f.sources;
        outer_cue = f.cue;
        region = f.prop;
        extra_after = f.extra;
    }
    if let Some((srcs, (k, end), cue)) = according(ctx, region.0, region.1) {
        let at_end = (end..region.1).all(|i| matches!(ctx.toks.toks[i].kind, TokKind::Punct(_)));
        let at_start = (region.0..k).all(|i| !ctx.toks.toks[i].is_word());
        if at_end || at_start {
            // "..., according to X." is outer to a front attribution of the same sentence.
            let mut chain = srcs;
            chain.append(&mut outer);
            outer = chain;
            if outer_cue.is_none() {
                outer_cue = Some(cue);
            }
            region = if at_end {
                (region.0, k)
            } else {
                (end, region.1)
            };
        } else if ctx.toks.lower(k.saturating_sub(1)) == "," && ctx.toks.lower(end) == "," {
            // "X rose, according to Y, well within ...": the rest is a claim of its own.
            let mut chain = srcs;
            chain.append(&mut outer);
            outer = chain;
            outer_cue = Some(cue);
            extra_after = Some((end + 1, region.1));
            region = (region.0, k);
        }
    }
    let mut out = Vec::new();
    let mut ranges = vec![region];
    if let Some(r) = extra_after {
        ranges.push(r);
    }
    for (ri, r) in ranges.into_iter().enumerate() {
        let in_quote = |i: usize| ctx.quote_of.get(i).copied().flatten().is_some();
        let clauses = split_clauses(ctx.toks, r.0, r.1, &in_quote, ctx.lx);
        let mut prev: Option<(Vec<Source>, Option<CueHit>)> = None;
        for cl in clauses {
            let (c0, c1) = cl.toks;
            let own = front(ctx, c0, c1).or_else(|| outlet_subject(ctx, c0, c1));
            let (mut chain, cue, mut prop) = match own {
                Some(f) => {
                    let chain = f.sources.clone();
                    prev = Some((f.sources, f.cue.clone()));
                    (chain, f.cue, f.prop)
                }
                None => match (&prev, cl.join) {
                    (Some((srcs, cue)), Join::That | Join::And) if ri == 0 => {
                        (srcs.clone(), cue.clone(), (c0, c1))
                    }
                    _ => (Vec::new(), None, (c0, c1)),
                },
            };
            // "NBC said 31 cars derailed, citing a railroad official": the official is inner.
            if let Some(k) = (prop.0 + 1..prop.1).find(|&i| {
                ctx.toks.lower(i) == ","
                    && matches!(ctx.toks.lower(i + 1), "citing" | "quoting")
                    && ctx.quote_of.get(i).copied().flatten().is_none()
            }) {
                let e = (k + 2..prop.1)
                    .find(|&i| matches!(ctx.toks.lower(i), "," | ";" | "."))
                    .unwrap_or(prop.1);
                if let Some(s) = read_source(ctx, k + 2, e) {
                    chain.push(s);
                    prop = (prop.0, k);
                }
            }
            // "X reported that according to Y ...": Y is inner.
            if let Some((srcs, (k, end), _)) = according(ctx, prop.0, prop.1) {
                let at_start = (prop.0..k).all(|i| !ctx.toks.toks[i].is_word());
                let at_end =
                    (end..prop.1).all(|i| matches!(ctx.toks.toks[i].kind, TokKind::Punct(_)));
                if at_start || at_end {
                    chain.extend(srcs);
                    prop = if at_start { (end, prop.1) } else { (prop.0, k) };
                }
            }
            let mut sources = outer.clone();
            sources.extend(chain);
            let cue = cue.or_else(|| outer_cue.clone());
            out.push(Pending {
                sentence: si,
                prop,
                sources,
                cue,
                quote_attr,
                contrast: cl.join == Join::Contrast,
            });
        }
    }
    out
}

/// A sentence wholly inside a quotation, or a quote-only sentence right
/// after a quoted speaker, is that speaker's: news convention for quotes
/// that run over several sentences or paragraphs.
fn inherit_quote_speakers(p: &Parsed, pending: &mut [Pending]) {
    let quote_only = |pc: &Pending| {
        let (a, b) = pc.prop;
        let words: Vec<usize> = (a..b).filter(|&i| p.toks.toks[i].is_word()).collect();
        !words.is_empty() && words.iter().all(|&i| p.quote_of[i].is_some())
    };
    // Backwards: a sentence inside a quote that closes in a later, attributed sentence.
    for i in (0..pending.len()).rev() {
        if !pending[i].sources.is_empty() || !quote_only(&pending[i]) {
            continue;
        }
        let q = p.quote_of[pending[i].prop.0..pending[i].prop.1]
            .iter()
            .flatten()
            .next()
            .copied();
        if let Some(next) = pending.get(i + 1) {
            let nq = p.quote_of[next.prop.0..next.prop.1]
                .iter()
                .flatten()
                .next()
                .copied();
            if q.is_some()
                && q == nq
                && !next.sources.is_empty()
                && next.sentence != pending[i].sentence
            {
                let (sources, cue) = (next.sources.clone(), next.cue.clone());
                pending[i].sources = sources;
                pending[i].cue = cue;
                pending[i].quote_attr = true;
            }
        }
    }
    // Forwards: a quote-only sentence continues the previous quoted speaker.
    for i in 1..pending.len() {
        if !pending[i].sources.is_empty() || !quote_only(&pending[i]) {
            continue;
        }
        let prev = &pending[i - 1];
        let close = p.sentences[pending[i].sentence].para <= p.sentences[prev.sentence].para + 1;
        let speaker = prev
            .sources
            .last()
            .is_some_and(|s| s.kind == SourceKind::Person);
        if close && (prev.quote_attr || speaker) && !prev.sources.is_empty() {
            let (sources, cue) = (prev.sources.clone(), prev.cue.clone());
            pending[i].sources = sources;
            pending[i].cue = cue;
            pending[i].quote_attr = true;
        }
    }
}

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

fn build_claim(doc: &Document, p: &Parsed, lx: &Lexicon, pc: &Pending, n: usize) -> Option<Claim> {
    let (a, b) = trim_prop(p, pc.prop.0, pc.prop.1);
    if b <= a || !(a..b).any(|i| p.toks.toks[i].is_word()) {
        return None;
    }
    let toks = &p.toks;
    let span = toks.toks[a].span.cover(toks.toks[b - 1].span);
    let text = span.slice(&doc.text).to_string();
    let s = &p.sentences[pc.sentence];

    let mut sources = vec![Source {
        name: doc.outlet.clone(),
        kind: SourceKind::Outlet,
        span: None,
        count: None,
    }];
    for src in &pc.sources {
        // The outlet citing itself ("BBC Sport understands") adds no link.
        let same_as_doc =
            src.kind == SourceKind::Outlet && src.name.eq_ignore_ascii_case(&doc.outlet);
        let same_as_last = sources.last().is_some_and(|l| l.name == src.name);
        if !same_as_doc && !same_as_last {
            sources.push(src.clone());
        }
    }
    let cue_class = pc.cue.as_ref().map(|c| c.class);
    let cue = pc.cue.as_ref().map(|c| Cue {
        text: c.span.slice(&doc.text).to_string(),
        span: c.span,
    });

    // Polarity: negations inside the proposition; a denial cue flips it.
    let mut negators = Vec::new();
    // A negation inside a subordinate or relative clause ("containers that
    // were not approved") does not deny the claim; a comma closes the clause.
    let mut subordinate = false;
    for i in a..b {
        let w = toks.lower(i);
        if i > a
            && matches!(
                w,
                "that"
                    | "which"
                    | "who"
                    | "whom"
                    | "whose"
                    | "where"
                    | "if"
                    | "whether"
                    | "because"
                    | "unless"
                    | "although"
                    | "though"
                    | "after"
                    | "before"
                    | "until"
                    | "since"
            )
        {
            subordinate = true;
        } else if matches!(w, "," | ";") {
            subordinate = false;
        }
        if subordinate {
            continue;
        }
        if toks.toks[i].is_word()
            && (toks.is(i, class::NEG, |w| lx.negations.contains(w)) || w.ends_with("n't"))
        {
            // "not only" adds rather than denies.
            if w == "not" && toks.lower(i + 1) == "only" {
                continue;
            }
            negators.push(toks.toks[i].span.slice(&doc.text).to_string());
        }
    }
    let mut negative = !negators.is_empty();
    if cue_class == Some(CueClass::Deny) {
        negative = !negative;
        negators.push(cue.as_ref().map_or(String::new(), |c| c.text.clone()));
    }
    // Certainty: a hedge in the proposition, a hedging cue ("believes",
    // "alleged"), or a hedge right before the cue ("reportedly said").
    let (s0, _) = s.toks;
    let mut hedged = matches!(cue_class, Some(CueClass::Think | CueClass::Doubt));
    let mut i = a;
    while i < b && !hedged {
        if let Some((len, _)) = lx.hedges.match_at(toks, i, b) {
            // "May" capitalised mid-sentence is the month.
            if !(toks.lower(i) == "may" && toks.toks[i].has(flag::CAP) && i > s0) {
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
    let quotes: Vec<QuoteRef> = p.quotes[first_q..]
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
    let is_quote = !quotes.is_empty()
        && quotes.iter().map(|q| q.span.len()).sum::<usize>() * 10 >= span.len() * 8;

    // The sentence's names, numbers and dates are in text order: take those
    // in the claim's span by binary search (a long sentence of many clauses
    // stays linear).
    let all_names = &p.names[pc.sentence];
    let names = &all_names[all_names.partition_point(|n| n.span.start() < span.start())
        ..all_names.partition_point(|n| n.span.start() < span.end())];
    let in_span = |sp: Span| span.contains(sp);
    let entities: Vec<EntityRef> = names
        .iter()
        .filter(|n| in_span(n.span) && n.kind != NameKind::Place)
        .map(|n| EntityRef {
            text: n.text.clone(),
            name: n.name.clone(),
            kind: n.kind,
            span: n.span,
        })
        .collect();
    // Places, and venues named as where something happened ("at Kenton High School").
    let is_venue = |n: &Name| {
        n.kind != NameKind::Place
            && n.kind != NameKind::Person
            && n.text
                .split_whitespace()
                .any(|w| lx.venues.contains(&w.to_lowercase()))
    };
    let places: Vec<PlaceRef> = names
        .iter()
        .filter(|n| in_span(n.span) && !n.possessive)
        .filter_map(|n| {
            let prep = place_prep(p, n.toks.0, s0);
            let kind = if n.kind == NameKind::Place {
                match n.place_kind {
                    Some(PlaceKind::Country) => "country",
                    Some(PlaceKind::State) => "state",
                    Some(PlaceKind::County) => "county",
                    _ => "city",
                }
            } else if is_venue(n) && prep.is_some() {
                "venue"
            } else {
                return None;
            };
            Some(PlaceRef {
                text: n.text.clone(),
                name: n.name.clone(),
                kind: kind.to_string(),
                span: n.span,
                prep,
            })
        })
        .collect();
    let all_numbers = &p.numbers[pc.sentence];
    let numbers: Vec<NumberMention> = all_numbers
        [all_numbers.partition_point(|m| m.span.start() < span.start())..]
        .iter()
        .take_while(|m| m.span.start() < span.end())
        .filter(|m| in_span(m.span))
        .cloned()
        .collect();
    let all_dates = &p.dates[pc.sentence];
    let dates: Vec<DateRef> = all_dates
        [all_dates.partition_point(|d| d.span.start() < span.start())..]
        .iter()
        .take_while(|d| d.span.start() < span.end())
        .filter(|d| in_span(d.span))
        .map(|d| DateRef {
            text: d.span.slice(&doc.text).to_string(),
            value: d.value.map(|v| v.to_string()),
            span: d.span,
            range: d.value,
            prep: (d.toks.0 > 0).then(|| toks.lower(d.toks.0 - 1).to_string()),
            anchor: date_anchor(p, lx, d.toks.0, a),
        })
        .collect();

    let update = (a..b).any(|i| toks.is(i, class::UPDATE, |w| lx.update.contains(w)))
        || (a + 1..b)
            .any(|i| matches!(toks.lower(i), "from") && matches!(toks.lower(i - 1), "up" | "down"));
    let words = content_words(p, lx, a, b);
    let roles = find_roles(p, lx, names, a, b, s0);
    Some(Claim {
        id: format!("{}:{n}", doc.id),
        doc: doc.id.clone(),
        span,
        text,
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
        facts: Facts {
            sentence: pc.sentence,
            is_quote,
            update,
            words_joined: words,
            roles,
            contrast: pc.contrast,
            cue_class,
            negators,
            doc_date: doc.date,
        },
    })
}

/// Verbs that say little about what happened ("stood at", "took place").
const LIGHT_VERBS: &[&str] = &[
    "be", "have", "do", "stand", "take", "make", "get", "go", "come", "put", "set", "hold", "give",
    "keep", "remain", "become", "reach", "see", "show", "say", "tell", "stood", "took", "made",
    "got", "went", "came", "held", "gave", "kept", "remained", "became", "reached", "saw",
    "showed", "said", "told", "had", "did",
];

/// What happened on a date: the nearest verb before it (within ten tokens)
/// and up to three content words right before it, within its clause.
fn date_anchor(p: &Parsed, lx: &Lexicon, t0: usize, a: usize) -> Anchor {
    let mut out = Anchor::default();
    let mut i = t0;
    while i > a && t0 - i < 10 {
        i -= 1;
        let t = &p.toks.toks[i];
        let w = p.toks.lower(i);
        if matches!(t.kind, TokKind::Punct(',' | ';' | ':' | '(' | ')')) || t.is_quote() {
            break;
        }
        if !t.is_word()
            || t.has(flag::DIGIT)
            || lx.is_stop(w)
            || lx.dates.contains_key(w)
            || w.len() < 3
            || LIGHT_VERBS.contains(&w)
        {
            continue;
        }
        let is_verb = !t.has(flag::CAP)
            && (w.ends_with("ed") || lx.irregular.contains_key(w))
            && !matches!(p.toks.lower(i.saturating_sub(1)), "the" | "a" | "an");
        if is_verb && out.verb.is_none() {
            out.verb = Some(lx.base(w).to_string());
            continue;
        }
        // Names say who, not what happened.
        if out.words.len() < 6 && !t.has(flag::CAP) {
            out.words.push(lx.base(w).to_string());
        }
    }
    out
}

/// The locative preposition before a place, skipping "the village of", "neighbouring".
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
        ) {
            // "close to", "next to": where, not whither.
            if w == "to" && i > s0 && matches!(p.toks.lower(i - 1), "close" | "next" | "adjacent") {
                return Some("near".to_string());
            }
            return Some(w.to_string());
        }
        if !matches!(
            w,
            "the"
                | "village"
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
        ) {
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
        if !t.is_word() || t.has(flag::DIGIT) {
            continue;
        }
        let w = p.toks.lower(i);
        // Dates are their own terms; "Thursday" or "Sept" as a word would align unrelated claims.
        let c = p.toks.class(i).unwrap_or_else(|| lx.class_of(w));
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
                continue;
            }
        }
        // "the X's ROLE, NAME" / "named the ROLE as NAME" / "ROLE NAME" (lowercase role).
        let mut i = n.toks.0;
        let mut steps = 0;
        while i > s0.max(a) && steps < 3 {
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
            }
            break;
        }
        // "NAME, the ROLE" / "NAME, X's ROLE".
        let j = n.toks.1;
        if j + 2 < b && toks.lower(j) == "," {
            for k in j + 1..(j + 5).min(b) {
                let w = toks.lower(k);
                if let Some((_, true)) = lx.titles.get(w) {
                    described_role(&mut out, p, names, n, w, k, j + 1);
                    break;
                }
                if w == "," {
                    break;
                }
            }
        }
    }
    out
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
    let (definite, qualifier) = role_determiner(p, names, at, lo);
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

/// For a role word at `i`: whether it is definite ("the", a possessive) and its qualifier.
fn role_determiner(p: &Parsed, names: &[Name], i: usize, lo: usize) -> (bool, Option<String>) {
    let toks = &p.toks;
    let mut k = i;
    let mut qual = None;
    while k > lo {
        k -= 1;
        let w = toks.lower(k);
        let t = &toks.toks[k];
        if t.has(flag::POSS) || t.has(flag::CAP) {
            let name = names
                .iter()
                .find(|n| n.toks.0 <= k && k < n.toks.1)
                .map_or(w.to_string(), |n| n.name.to_lowercase());
            qual = Some(name);
            if t.has(flag::POSS) && k + 1 == i {
                return (true, qual);
            }
            continue;
        }
        if w == "the" || w == "its" || w == "their" {
            return (true, qual);
        }
        if t.is_word()
            && !matches!(
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
