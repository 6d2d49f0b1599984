//! Stage 3, claims: each sentence of a parsed document becomes one or more
//! [`Claim`]s: a proposition with its byte span, the chain of sources the
//! text credits it to (outermost first, starting with the document's
//! outlet), polarity, certainty, quotations, names, numbers, dates and
//! places.

mod attribution;
mod build;
mod clause;
mod frame;
mod memory;
mod phrase;
mod source;

pub use attribution::{
    CueHit, Found, according, front, headline_source, outlet_subject, parenthetical, participle,
    relative, trailing,
};
pub use build::{EARLIEST, HOMETOWN};
pub use clause::{Clause, Join, split_clauses};
pub use frame::{Frame, Participant, Predicate, figure_owner, read_frame};

/// True for a noun for asking ("request", "bid"): see the frame's participants.
pub fn frame_request(head: &str) -> bool {
    frame::REQUEST.contains(&head)
}
pub use memory::Memory;
pub use source::{Source, SourceCtx, read_source};

use serde::{Deserialize, Serialize};

use crate::lexicon::{CueClass, Lexicon, SourceKind};
use crate::load::Document;
use crate::parse::names::{Name, NameKind};
use crate::parse::token::TokKind;
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
    /// The other reading of a weekday no tense marks (see `parse::date`).
    #[serde(skip)]
    pub alt: Option<parse::DateValue>,
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
    /// The noun right before that verb, its subject ("flood" of "a flash
    /// flood tore through"), base form.
    pub subject: Option<String>,
    /// Up to six content words before the date in its clause, base forms.
    pub words: Vec<String>,
    /// True when the verb was found past the ten tokens the words come
    /// from, beyond a long object ("walked out of negotiations on North
    /// Atlantic mackerel quotas late on Wednesday"): it may tie two dates,
    /// but a different one does not tell them apart.
    pub far: bool,
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
    /// What is placed there: the verb and words before it ("derailed near",
    /// "a fire at a substation in").
    #[serde(skip)]
    pub anchor: Anchor,
    /// True for a place read from context alone ("outside Harlow").
    #[serde(skip)]
    pub guessed: bool,
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
    /// The statement's byte range in the file: the proposition with its
    /// attribution (cue and sources) when they are in the same sentence.
    pub span: Span,
    /// Exactly the file's text in `span`.
    pub text: String,
    /// The proposition alone: what is claimed, without who says so.
    pub content: Span,
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
    /// Who did what to whom.
    pub frame: Frame,
    /// Internal facts for comparison.
    #[serde(skip)]
    pub facts: Facts,
}

impl Claim {
    /// The claim's text before a file offset within it ("" outside it).
    pub fn text_before(&self, at: usize) -> &str {
        at.checked_sub(self.span.start())
            .and_then(|k| self.text.get(..k))
            .unwrap_or("")
    }

    /// The claim's text after a file offset within it ("" outside it).
    pub fn text_after(&self, at: usize) -> &str {
        at.checked_sub(self.span.start())
            .and_then(|k| self.text.get(k..))
            .unwrap_or("")
    }

    /// True when the claim's text holds one of `words` (lowercase, as a
    /// whole word, punctuation aside).
    pub fn says_any(&self, words: &[&str]) -> bool {
        self.text.split_whitespace().any(|w| {
            let w = w
                .trim_matches(|ch: char| !ch.is_alphanumeric())
                .to_lowercase();
            words.contains(&w.as_str())
        })
    }

    /// The predicate's words with up to `before` words of the claim right
    /// before it, lowercase, in text order ("were probably lost", "would
    /// have vanished"); `None` without a predicate.
    pub fn predicate_words(&self, before: usize) -> Option<Vec<String>> {
        let p = self.frame.predicate.as_ref()?;
        let mut words: Vec<&str> = self
            .text_before(p.span.start())
            .split_whitespace()
            .rev()
            .take(before)
            .collect();
        words.reverse();
        words.extend(p.text.split_whitespace());
        Some(words.into_iter().map(str::to_lowercase).collect())
    }

    /// Up to `n` words of the claim right before file offset `at`, nearest
    /// first, lowercase, their punctuation trimmed ("final at the" read
    /// back from a venue: "the", "at", "final").
    pub fn words_before(&self, at: usize, n: usize) -> Vec<String> {
        self.text_before(at)
            .split_whitespace()
            .rev()
            .take(n)
            .map(|w| {
                w.trim_matches(|ch: char| !ch.is_alphanumeric())
                    .to_lowercase()
            })
            .collect()
    }

    /// Up to `n` lowercase words of the claim after its predicate (none
    /// without one).
    pub fn words_after_predicate(&self, n: usize) -> Vec<String> {
        self.frame.predicate.as_ref().map_or_else(Vec::new, |p| {
            self.text_after(p.span.end())
                .split_whitespace()
                .take(n)
                .map(str::to_lowercase)
                .collect()
        })
    }

    /// The proposition's text (the part of `text` in `content`).
    pub fn content_text(&self) -> &str {
        let start = self.content.start().saturating_sub(self.span.start());
        let end = self.content.end().saturating_sub(self.span.start());
        self.text.get(start..end).unwrap_or(&self.text)
    }
}

/// Facts about a claim that comparison uses and the JSON does not show.
#[derive(Clone, Debug, Default)]
pub struct Facts {
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// True when the whole claim is a direct quotation.
    pub is_quote: bool,
    /// True when the claim's sentence is a question ("Can you imagine ...?").
    pub question: bool,
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
    /// Times of day in the claim, minutes after midnight ("6:40 a.m." -> 400).
    pub times: Vec<u16>,
    /// True when the innermost source is a person named where the text
    /// credits the claim ("said Graham Fellowes", or "she said" after the
    /// name), not a description ("the officer said").
    pub named_speaker: bool,
    /// Whose each figure is and where it applies, in the order of `numbers`.
    pub figures: Vec<Figure>,
    /// Whom a described subject stands for: "The company paid ..." ->
    /// the organisation the text has named most ("Meridian Health").
    pub subject: Option<String>,
    /// Deeds said of named people in relative clauses of the statement
    /// ("Mayor Colette Brandt, who signed the emergency declaration").
    pub deeds: Vec<frame::Frame>,
}

impl Facts {
    /// The claim's content words (lowercase base forms), in text order.
    pub fn words(&self) -> impl Iterator<Item = &str> + Clone {
        self.words_joined.split(' ').filter(|w| !w.is_empty())
    }
}

/// What a figure belongs to: "Gregory Echenique had 11 rebounds", "52
/// percent in Egypt".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Figure {
    /// The subject of the verb before the figure (see [`frame::figure_owner`]).
    pub owner: Option<Participant>,
    /// A place named next to the figure in its clause ("82 percent in
    /// India"), or a word for a whole area ("statewide", "nationwide").
    pub scope: Option<String>,
}

/// Words that make a figure one of a whole area: "Statewide, reservoirs are
/// about 52% full" is no figure of one reservoir.
pub const WHOLE_AREA: &[&str] = &[
    "statewide",
    "nationwide",
    "nationally",
    "countrywide",
    "worldwide",
    "globally",
    "citywide",
    "countywide",
    "industrywide",
];

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

/// Sentences that are not claims: credit lines, sign-offs, fragments. (A
/// question is a claim, asserting nothing: it is hedged.)
fn skip_sentence(p: &Parsed, s: &parse::Sentence) -> bool {
    let (a, b) = s.toks;
    let words = (a..b).filter(|&i| p.toks.toks[i].is_word()).count();
    if words < 3 {
        return true;
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

/// A proposition and its attribution, before its features are read.
pub(crate) struct Pending {
    sentence: usize,
    prop: (usize, usize),
    sources: Vec<Source>,
    cue: Option<CueHit>,
    quote_attr: bool,
    contrast: bool,
    subject: Option<String>,
    /// Whom the personal pronouns of the proposition stand for: (the
    /// pronoun's span, the name).
    referents: Vec<(Span, String)>,
}

/// Extracts the claims of a parsed document.
pub fn extract_parsed(doc: &Document, p: &Parsed, lx: &Lexicon) -> Vec<Claim> {
    let syn = crate::syntax::analyze(p, lx);
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
        memory.next_sentence();
        pending.append(&mut new);
    }
    inherit_quote_speakers(p, &mut pending);
    let mut claims = Vec::with_capacity(pending.len());
    for pc in pending {
        if let Some(c) = build::build_claim(doc, p, &syn, lx, pc, claims.len() + 1) {
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
    memory.see_opening(opening_thing(p, s, lx));
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

/// What a sentence opens with: a thing ("The crack ...", "The sprinkler
/// system ..."): `Some(Some(head noun))`; a person, a body, a name or
/// anything else: `Some(None)`; "it": `None` (the last opening stands).
fn opening_thing(p: &Parsed, s: &parse::Sentence, lx: &Lexicon) -> Option<Option<String>> {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let (a, b) = s.toks;
    let w = p.toks.lower(a);
    if w == "it" {
        return None;
    }
    let wn = WordNet::builtin();
    let noun = |i: usize| {
        let t = &p.toks.toks[i];
        let w = p.toks.lower(i);
        t.is_word()
            && !t.has(parse::token::flag::CAP)
            && !t.has(parse::token::flag::DIGIT)
            && wn.lemma(w, Pos::Noun).is_some()
    };
    if !matches!(w, "the" | "its") || a + 2 >= b || !noun(a + 1) {
        return Some(None);
    }
    // The head: the last of the nouns that have no verb reading after the
    // first ("The sprinkler system failed").
    // A noun that may be a verb is still the head before an auxiliary ("The
    // supermarket chain has struggled").
    let mut h = a + 1;
    while h + 1 < b
        && noun(h + 1)
        && (wn.lemma(p.toks.lower(h + 1), Pos::Verb).is_none()
            || h + 2 < b && lx.is_aux(p.toks.lower(h + 2)))
    {
        h += 1;
    }
    let head = p.toks.lower(h);
    // Words for a business name a body, no thing ("the supermarket chain").
    let business = matches!(
        head,
        "chain"
            | "retailer"
            | "carrier"
            | "operator"
            | "insurer"
            | "manufacturer"
            | "maker"
            | "brand"
            | "supplier"
            | "developer"
            | "owner"
            | "producer"
            | "provider"
    );
    let thing = source::source_head(lx, head).is_none()
        && !business
        && !parse::names::person_noun(head)
        && p.quote_of.get(a).copied().flatten().is_none();
    Some(thing.then(|| head.to_string()))
}

/// The claims of one sentence, before their features are read.
fn sentence_claims(ctx: &SourceCtx, si: usize, s: &parse::Sentence) -> Vec<Pending> {
    let (a, b) = s.toks;
    let mut outer: Vec<Source> = Vec::new();
    let mut outer_cue: Option<CueHit> = None;
    let mut region = (a, b);
    let mut quote_attr = false;
    let mut extra_after: Option<(usize, usize)> = None;
    let paren = parenthetical(ctx, a, b);
    // The aside of a parenthetical attribution is no source of the topic.
    let aside = paren
        .as_ref()
        .map_or(a, |f| f.cue.as_ref().map_or(a, |c| c.tok + 2));
    if let Some(f) = paren
        .or_else(|| trailing(ctx, a, b))
        .or_else(|| headline_source(ctx, a, b))
    {
        quote_attr = (f.prop.0..f.prop.1).any(|i| ctx.toks.toks[i].is_quote());
        outer = f.sources;
        outer_cue = f.cue;
        region = f.prop;
        extra_after = f.extra;
    }
    if let Some(attribution::According {
        sources: srcs,
        range: (k, end),
        cue,
        said_more: more,
    }) = according(ctx, region.0, region.1)
    {
        let region_end = region.1;
        let at_end = more.is_some()
            || (end..region.1).all(|i| matches!(ctx.toks.toks[i].kind, TokKind::Punct(_)));
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
            if let Some(m) = more.filter(|_| extra_after.is_none()) {
                extra_after = Some((m, region_end));
            }
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
            let own = if c0 < aside {
                None
            } else {
                front(ctx, c0, c1).or_else(|| outlet_subject(ctx, c0, c1))
            };
            let (mut chain, cue, mut prop) = match own {
                Some(f) => {
                    let mut chain = f.sources.clone();
                    prev = Some((f.sources, f.cue.clone()));
                    let (mut cue, mut prop) = (f.cue, f.prop);
                    // A report of a report: "CP reported that the chief
                    // executive, Daniel Reyes, told staff that ...": the
                    // inner speaker follows in the chain, the inner cue
                    // opens the proposition.
                    // Only a reported clause: after "that", or one with a
                    // subject and a verb ("union members had complained for
                    // two years" reports no proposition).
                    if let Some(inner) = front(ctx, prop.0, prop.1) {
                        let reported = inner.prop.0 > prop.0
                            && (ctx.toks.lower(inner.prop.0 - 1) == "that"
                                || clause::looks_like_clause(
                                    ctx.toks,
                                    inner.prop.0,
                                    inner.prop.1,
                                    ctx.lx,
                                ));
                        if reported && !inner.sources.is_empty() {
                            chain.extend(inner.sources);
                            cue = inner.cue.or(cue);
                            prop = inner.prop;
                        }
                    }
                    (chain, cue, prop)
                }
                None => match (&prev, cl.join) {
                    (Some((srcs, cue)), Join::That | Join::And) if ri == 0 => {
                        (srcs.clone(), cue.clone(), (c0, c1))
                    }
                    _ => match participle(ctx, c0, c1).or_else(|| relative(ctx, c0, c1)) {
                        // "X welcomed the deal, saying ...": the deed is the
                        // writer's claim, what follows X's.
                        Some((k, start, src, cue)) => {
                            out.push(Pending {
                                sentence: si,
                                prop: (c0, k),
                                sources: outer.clone(),
                                cue: outer_cue.clone(),
                                quote_attr,
                                contrast: cl.join == Join::Contrast,
                                subject: source::described_subject(ctx, c0, k),
                                referents: source::pronoun_referents(ctx, c0, k),
                            });
                            (vec![src], Some(cue), (start, c1))
                        }
                        None => (Vec::new(), None, (c0, c1)),
                    },
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
            if let Some(attribution::According {
                sources: srcs,
                range: (k, end),
                ..
            }) = according(ctx, prop.0, prop.1)
            {
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
            let subject = source::speaker_subject(ctx, &sources, prop)
                .or_else(|| source::described_subject(ctx, prop.0, prop.1));
            out.push(Pending {
                sentence: si,
                prop,
                sources,
                cue,
                quote_attr,
                contrast: cl.join == Join::Contrast,
                subject,
                referents: source::pronoun_referents(ctx, prop.0, prop.1),
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
        let mut words = (a..b).filter(|&i| p.toks.toks[i].is_word()).peekable();
        words.peek().is_some() && words.all(|i| p.quote_of[i].is_some())
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Each claim's source chain (names, after the outlet) and text.
    fn chains(body: &str) -> Vec<(Vec<String>, String)> {
        read(body)
            .into_iter()
            .map(|(sources, _, _, text)| (sources, text))
            .collect()
    }

    fn source_of(body: &str, claim_start: &str) -> Vec<String> {
        chains(body)
            .into_iter()
            .find(|(_, t)| t.starts_with(claim_start))
            .unwrap_or_else(|| panic!("no claim starting {claim_start:?} in {:?}", chains(body)))
            .0
    }

    #[test]
    fn a_subject_that_acts_then_speaks_in_a_participle() {
        let body = "Clear Ballot, a monitoring group, reached a similar verdict, saying it had \
                    found no evidence of fraud on a scale that mattered.";
        assert_eq!(source_of(body, "it had found"), ["Clear Ballot"]);
        assert!(source_of(body, "Clear Ballot").is_empty());
        // A subject that is no source: no attribution.
        let body = "The river rose overnight, prompting officials to close the bridge.";
        assert!(chains(body).iter().all(|(s, _)| s.is_empty()));
    }

    #[test]
    fn a_determiner_alone_before_a_cue_is_no_source() {
        let body = "Growers said an estimated 80 percent of the blossom was lost.";
        assert_eq!(source_of(body, "an estimated"), ["Growers"]);
    }

    #[test]
    fn a_person_who_speaks_in_a_relative_clause() {
        let body = "The amendment was put forward by opposition member Gareth Lisk, who \
                    argued that building more homes would do little for tenants.";
        assert_eq!(source_of(body, "building more homes"), ["Gareth Lisk"]);
        assert!(source_of(body, "The amendment").is_empty());
        let body = "The case was brought by Mara Quist, who told the court that she had \
                    been dismissed without notice.";
        assert_eq!(source_of(body, "she had been"), ["Mara Quist"]);
        assert!(source_of(body, "The case was brought").is_empty());
        // A relative clause between the speaker and the cue.
        let body = "Glyn Ashworth, 78, who has lived beside the river all his life, said \
                    he had never seen it so high.";
        assert_eq!(source_of(body, "he had never"), ["Glyn Ashworth"]);
    }

    #[test]
    fn a_body_named_after_its_description() {
        let body = "Marrowby Council closed the road. Ten wagons left the tracks, according to \
                    the operator, Northline Freight.";
        assert_eq!(source_of(body, "Ten wagons"), ["Northline Freight"]);
        // A body named after the description that goes on to act is the
        // claim's subject, not its source.
        let body = "According to the regulator, Northline Freight, which runs the line, had \
                    ignored warnings.";
        assert_eq!(source_of(body, "Northline Freight"), ["the regulator"]);
    }

    #[test]
    fn a_recipient_whose_name_holds_a_cue_word() {
        // "Notes" in "Field Notes" is a name's word, not a verb of report.
        let body = "\"It is humbling to see your name on a beetle,\" Ivo Petek told Field Notes.";
        assert_eq!(source_of(body, "It is humbling"), ["Ivo Petek"]);
    }

    #[test]
    fn sources_of_blind_copy() {
        // A refusal of a reported claim denies it.
        let body = "Transport Minister Felix Arden rejected suggestions that the defeat \
                    reflected on the leader.";
        assert_eq!(source_of(body, "the defeat"), ["Felix Arden"]);
        let claims = read("Mr. Harlan Voss discounted rumors that he was the source.");
        assert_eq!(claims[0].0, ["Harlan Voss"]);
        assert_eq!(claims[0].1, Polarity::Negative);
        let body = "Gov. Ada Kell conceded the race on Friday, telephoning her rival to \
                    congratulate her.";
        let found = chains(body);
        assert!(!found.is_empty() && found.iter().all(|(s, _)| s.is_empty()));
        // A report with a time and an aside before its clause stays one.
        let body = "The mayor said on Tuesday, during a visit to the site, that the bridge \
                    would reopen.";
        assert_eq!(source_of(body, "the bridge"), ["The mayor"]);
        let body = "The minister confirmed on Sunday, speaking to reporters in Brussels, that \
                    talks would resume.";
        assert_eq!(source_of(body, "talks"), ["The minister"]);
        // An appositive after "according to" a titled person.
        let body = "The result is a swing of 11.7 points, according to Prof. Amara \
                    Lindqvist, a polling expert at the University of Brinton.";
        assert_eq!(source_of(body, "The result"), ["Amara Lindqvist"]);
        // A quotation after ", adding" does not hide the source before it.
        let body = "Brandt Dining has not entered administration, its spokeswoman, Celia \
                    Moult, said on Wednesday, adding that the directors were “exploring \
                    every option” to settle.";
        assert_eq!(source_of(body, "Brandt Dining"), ["Celia Moult"]);
        // People counted after a name speak of the name, not as it.
        let body = "The order came from the chief operating officer, Rafael Dunmore, two \
                    senior staff members told the Ledger.";
        assert_eq!(source_of(body, "The order"), ["two senior staff members"]);
        // A date before the source is no appositive of it; an age is.
        let body = "The stage was signed off after an inspection on Thursday, July 16, a \
                    council safety adviser told the Chronicle.";
        assert_eq!(source_of(body, "The stage"), ["a council safety adviser"]);
        let body = "The water rose fast, Maria Lopez, 34, a nurse at the clinic, told reporters.";
        assert_eq!(source_of(body, "The water"), ["Maria Lopez"]);
        // "the company" is the body the text named, not a name of where
        // something is, nor a place named in a headline-like sentence.
        let body = "Brantwick homes told to boil water. Brantwick Valley Water said the \
                    supply was unsafe. Engineers traced the problem to a cracked main near the \
                    Dunmere treatment works, according to the company.";
        assert_eq!(
            source_of(body, "Engineers traced"),
            ["Brantwick Valley Water"]
        );
        // A workplace after "at" is the company (found in review).
        let body = "Dunmere Bank lent money to Carrow Foods last year. Dunmere Bank said the \
                    loan was safe. Staff at Carrow Foods will lose 200 jobs, the company said.";
        assert_eq!(source_of(body, "Staff at"), ["Carrow Foods"]);
        // "conceded defeat" is an act; what he told reporters is his.
        let body = "Mr Veljko conceded defeat on Monday afternoon, telling reporters outside \
                    government headquarters that he had called Ms Sokol.";
        assert_eq!(source_of(body, "he had called"), ["Veljko"]);
        assert!(source_of(body, "Mr Veljko conceded").is_empty());
        let body = "Police closed the road on Monday, telling drivers to use the bypass.";
        assert!(
            chains(body).iter().all(|(s, _)| s.is_empty()),
            "{:?}",
            chains(body)
        );
        // Records indicate, evidence is a source.
        let body = "Records seen by the Gazette indicate that the samples failed.";
        assert_eq!(
            source_of(body, "the samples"),
            ["Records seen by the Gazette"]
        );
        let body = "The villa was bought with stolen money, according to evidence presented \
                    by the prosecution.";
        assert_eq!(
            source_of(body, "The villa"),
            ["evidence presented by the prosecution"]
        );
        // A clause without "that" is reported (found in review).
        let body = "The firm admitted 40 workers had been exposed to asbestos.";
        assert_eq!(source_of(body, "40 workers"), ["The firm"]);
        // A possessive weekday opens the subject, no time phrase.
        let body = "Sunday's programme was cancelled, the festival said.";
        assert_eq!(source_of(body, "Sunday's programme"), ["the festival"]);
        // An archive speaks as the body that runs it.
        let body = "The reel runs to about nine minutes, the archive said.";
        assert_eq!(source_of(body, "The reel"), ["the archive"]);
        // A restrictive relative inside the source phrase; one saying the
        // source is unnamed is how it is known.
        let body = "Two engineers who asked not to be named told Channel North that backup \
                    systems failed.";
        assert_eq!(
            source_of(body, "backup systems"),
            ["Two engineers who asked not to be named"]
        );
        // A service is a body: "the fire service said".
        let body = "Eighteen guests were brought down by ladder, the fire service said.";
        assert_eq!(source_of(body, "Eighteen guests"), ["the fire service"]);
        // Subordinate clause before the speaker.
        let body = "When it turned down the approach, Fairlane chair Rosalind Mayhew said \
                    the company had a plan.";
        assert_eq!(source_of(body, "the company had"), ["Rosalind Mayhew"]);
        // British single quotation marks; the outlet told is no "she".
        let body = "Nobody was hurt, Priya Ranganathan told Gearshift. ‘The maker has acted \
                    quickly, and we expect owners to respond,’ she said.";
        assert_eq!(source_of(body, "The maker"), ["Priya Ranganathan"]);
        // A rank before a name is its title; the surname alone is the person.
        let body = "“We were lucky,” Station Commander Tobias Renwick told the Courier. \
                    Renwick said the blaze began in a store room. Investigators are \
                    examining the cause, he added.";
        assert_eq!(source_of(body, "Investigators"), ["Tobias Renwick"]);
        // "the company" is the company the sentence names when the main one is absent.
        let body = "Drummond County Council approved the plan. The council met twice. \
                    The project, developed by Northgale Renewables, will power 40,000 \
                    homes, the company said.";
        assert_eq!(source_of(body, "The project"), ["Northgale Renewables"]);
    }

    #[test]
    fn bodies_described_by_a_word_of_their_name_or_kind() {
        let body = "Scientists from the Great Basin Museum confirmed the find. \
                    None of the tracks were damaged, the museum said, and the class stayed away.";
        assert_eq!(
            source_of(body, "None of the tracks"),
            ["Great Basin Museum"]
        );
        let body = "Debris fell into the sea off the coast, the coastguard said.";
        assert_eq!(source_of(body, "Debris fell"), ["the coastguard"]);
    }

    #[test]
    fn a_pledge_of_a_sum_is_an_act_not_a_report() {
        let body = "The state government has pledged $400 million to the project.";
        assert!(source_of(body, "The state government").is_empty());
        let body = "The minister pledged that the line would open by 2030.";
        assert_eq!(source_of(body, "the line would open"), ["The minister"]);
        let body = "The minister pledged the line would open by 2030.";
        assert_eq!(source_of(body, "the line would open"), ["The minister"]);
    }

    #[test]
    fn a_parenthetical_attribution_after_a_fronted_topic() {
        let body = "Prime Minister Teodor Varga hailed the deal. The agreement, he said, \
                    “brings our people home and stops the shelling.”";
        assert_eq!(source_of(body, "The agreement"), ["Teodor Varga"]);
        let body = "The fire, officials said, was started by lightning on Tuesday.";
        assert_eq!(source_of(body, "The fire"), ["officials"]);
        // A topic with a verb is a clause of its own, no topic.
        let body = "The fire spread quickly, officials said, and reached the road.";
        assert_eq!(source_of(body, "The fire spread"), ["officials"]);
    }

    #[test]
    fn an_estimate_put_at_a_figure_is_its_subjects() {
        let body = "The Calder County Fire Department's evening update put containment at \
                    15 percent.";
        assert_eq!(
            source_of(body, "put containment"),
            ["Calder County Fire Department"]
        );
        let body = "Almara president Rui Valente, speaking at a news conference, put the \
                    guaranteed fee at £31m.";
        assert_eq!(source_of(body, "put the guaranteed fee"), ["Rui Valente"]);
        // "put" without a figure is no report.
        let body = "The council put the plan on hold.";
        assert!(chains(body).iter().all(|(s, _)| s.is_empty()));
    }

    #[test]
    fn figures_show_a_clause_without_that() {
        let body = "Figures from the regional fraud unit show losses reached £41 million.";
        let who = source_of(body, "losses reached");
        assert!(who[0].ends_with("regional fraud unit"), "{who:?}");
        // A verdict is no report, whatever follows.
        let body = "The jury found her guilty of charges filed in 2019.";
        assert!(chains(body).iter().all(|(s, _)| s.is_empty()));
    }

    #[test]
    fn addressees_evidence_and_affiliations_are_no_sources() {
        // The outlet told is no inner source, nor the deal that "showed".
        let body = "Pavel Dresk, the envoy, told NVB the deal showed that dialogue is possible.";
        assert_eq!(source_of(body, "the deal showed"), ["Pavel Dresk"]);
        // A person after the head's preposition is an affiliation.
        let body = "Pavel Dresk led the talks. The Herald reported, citing a senior official \
                    in Dresk’s delegation, that the next round could be held in June.";
        assert_eq!(
            source_of(body, "the next round"),
            ["Herald", "a senior official in Dresk’s delegation"]
        );
        // A few words describing the person named after an inverted cue.
        let body = "\"We heard the hull tear,\" said retired teacher Morven Sinclair, 67.";
        assert_eq!(source_of(body, "We heard"), ["Morven Sinclair"]);
        // People named by whom they belong to speak, not the person.
        let body =
            "Friends of Katie Jenkin, known as Katie, described her as \"a bright student.\"";
        assert_eq!(source_of(body, "her as"), ["Friends of Katie Jenkin"]);
        // What a court heard was told in it.
        let body = "The court heard that the dealer sold more than 300 fake bottles.";
        assert_eq!(source_of(body, "the dealer"), ["The court"]);
        let body = "Neighbours heard that the dealer sold fake bottles.";
        assert!(source_of(body, "Neighbours").is_empty());
        // The quotation after "as", past the object and a phrase.
        let body = "Prosecutor Ann Lee described the plan in her closing speech as \"a cynical \
                    deception of buyers\".";
        assert_eq!(source_of(body, "the plan"), ["Ann Lee"]);
        let body = "Relatives of the victim, Maria Lopez, said she \"loved to dance.\"";
        assert_eq!(source_of(body, "she"), ["Relatives of the victim"]);
        let body = "Tarrow Basin's mine manager, Owen Pryce, said the men had water.";
        assert_eq!(source_of(body, "the men"), ["Owen Pryce"]);
        // A person's rep or son speaks, not the person.
        let body = "\"Tara Vance has entered a clinic,\" Vance's rep told reporters.";
        assert_eq!(source_of(body, "Tara Vance"), ["Vance's rep"]);
        let body = "\"Marla Quist was our mother,\" Quist's eldest son, Daniel, said on Friday.";
        assert_ne!(source_of(body, "Marla Quist"), ["Marla Quist"]);
        assert_ne!(source_of(body, "Marla Quist"), ["Quist"]);
        let body = "A person close to Lindqvist said he was likely to appeal.";
        assert_eq!(source_of(body, "he was"), ["A person close to Lindqvist"]);
        let body = "A lawyer for Gov. Alan Pryce said the governor would appeal.";
        assert_eq!(
            source_of(body, "the governor"),
            ["A lawyer for Gov. Alan Pryce"]
        );
        // The attorney for a family, named beside it, is the attorney.
        let body = "The attorney for the family, Dana Reese, said he would appeal.";
        assert_eq!(source_of(body, "he would"), ["Dana Reese"]);
        // The body named beside its description speaks.
        let body = "The centre's owner, Seaview Property Group, said it was cooperating.";
        assert_eq!(source_of(body, "it was"), ["Seaview Property Group"]);
    }

    #[test]
    fn unnamed_sources_told_by_a_clause_and_named_again() {
        // "who asked not to be named" says the source is unnamed, and is
        // how it is known, in front and after "according to".
        let body = "Two officials who asked not to be named said the team left on Tuesday.";
        assert_eq!(
            source_of(body, "the team"),
            ["Two officials who asked not to be named"]
        );
        let body = "Pupils were sent home, according to two teachers who asked not to be named.";
        assert_eq!(
            source_of(body, "Pupils"),
            ["two teachers who asked not to be named"]
        );
        // "The person said": the unnamed source described before.
        let body = "Talks began in January, according to a person familiar with the talks. \
                    The person said no other bidder was involved.";
        assert_eq!(
            source_of(body, "no other bidder"),
            ["a person familiar with the talks"]
        );
        // A head word inside a modifier is no description of it.
        let body = "A spokeswoman for the regulator said the inquiry would widen. \
                    \"It is too early to say,\" she said.";
        assert_eq!(
            source_of(body, "It is too early"),
            ["A spokeswoman for the regulator"]
        );
    }

    #[test]
    fn the_outlet_telling_the_story_is_no_subject_it_points_back_to() {
        let lx = Lexicon::builtin();
        let text = "outlet: Radio Halvik\ndate: 2025-06-15\n\n\
                    Firefighters told Radio Halvik they reached the cab at noon. \
                    It took them half an hour to free the driver.\n";
        let doc = crate::load::document_from_text("t", text.to_string(), lx).expect("a document");
        let claims = extract(&doc, lx);
        let c = claims
            .iter()
            .find(|c| c.text.starts_with("It took"))
            .expect("the claim");
        let subject = c.frame.subject.as_ref().expect("a subject");
        assert_ne!(subject.head, "Radio Halvik");
    }

    #[test]
    fn ruling_out_denies_what_follows() {
        let claims = read("The chief engineer, Tobias Renk, ruled out a failure of the pump.");
        let (sources, polarity, _, _) = &claims[0];
        assert_eq!(sources, &["Tobias Renk"]);
        assert_eq!(*polarity, Polarity::Negative);
    }

    #[test]
    fn an_accusation_is_its_makers_and_hedged() {
        let body = "Opposition leader Mira Sandell accused the government of having given \
                    away too much for too little.";
        assert_eq!(source_of(body, "the government"), ["Mira Sandell"]);
        // The accused names no source.
        let body = "He was accused of fraud in 2019.";
        assert!(chains(body).iter().all(|(s, _)| s.is_empty()));
        // A condemnation takes the deed, not a claim: what follows "and
        // said" stays the ministry's.
        let body = "The ministry condemned the theft and said a police unit had joined the case.";
        assert!(chains(body).iter().all(|(s, _)| s.len() <= 1));
        // Nor does a concession of a noun: the denial stays the outlet's.
        let body = "Gov. Ada Kell has not conceded the race and said Saturday she would \
                    ask for a recount.";
        let claims = read(body);
        assert!(claims.iter().all(|(s, ..)| s.len() <= 1), "{claims:?}");
        assert_eq!(claims[0].1, Polarity::Negative);
    }

    #[test]
    fn they_is_the_plural_source_just_cited() {
        // A participle after the head noun opens a reduced relative clause
        // of the source phrase, not its verb.
        let body = "Administrators appointed to wind up the company said they had recovered \
                    £4.1 million. They warned that most investors would get back little.";
        let who = source_of(body, "most investors");
        assert_eq!(who.len(), 1);
        assert!(who[0].starts_with("Administrators"), "{who:?}");
        // A name before a past tense is a subject, not a source head.
        let body = "Corrington agreed to pay a fee believed to be a club record.";
        assert!(chains(body).iter().all(|(s, _)| s.is_empty()));
    }

    #[test]
    fn she_said_is_the_last_speaker_whose_name_may_be_hers() {
        // "she" after a speaker who named someone else: the speaker.
        let body = "Dana Whitcombe said manager Lee Ashworth's position was not under threat. \
                    \"Lee has done a remarkable job,\" she added.";
        assert_eq!(source_of(body, "Lee has done"), ["Dana Whitcombe"]);
        // A first name given only to men is not "she".
        let body = "Carla Benavides spoke to the class. Marcus Hale arrived later. \
                    The trip was the best of her career, she said.";
        assert_eq!(source_of(body, "The trip was"), ["Carla Benavides"]);
    }

    #[test]
    fn a_trailing_source_after_an_adverbial_phrase() {
        let body = "A jet skidded off the runway on Saturday, injuring 19 people, two of them \
                    seriously, airport and health officials said.";
        assert_eq!(
            source_of(body, "A jet skidded"),
            ["airport and health officials"]
        );
        // An appositive before the name still belongs to the source.
        let body =
            "Talks resumed on Monday, the regional police commander, Peter Lyimo, told the BBC.";
        assert_eq!(source_of(body, "Talks resumed"), ["Peter Lyimo"]);
        // A part of what was counted is no appositive of the source.
        let body = "Burglars made off with nine brass lamps, some of them more than a century \
                    old, police said on Tuesday.";
        assert_eq!(source_of(body, "Burglars made off"), ["police"]);
    }

    #[test]
    fn less_frequent_verbs_inverted_after_their_claim() {
        let body = "The watch will go on sale in March, claims an analyst.";
        assert_eq!(source_of(body, "The watch"), ["an analyst"]);
        let body = "The plant will close in May, reported the Harbour Gazette.";
        assert_eq!(source_of(body, "The plant"), ["Harbour Gazette"]);
        let body = "The plant will close in May, confirmed a spokesman.";
        assert_eq!(source_of(body, "The plant"), ["a spokesman"]);
        // Not before words that are no source.
        let body = "The plant will close in May, reported missing parts.";
        assert!(source_of(body, "The plant").is_empty());
        // Title Case: "Says" after "U.S." does not open a sentence.
        let body = "Leader of Militant Group Is Dead, U.S. Says";
        assert_eq!(source_of(body, "Leader of"), ["United States"]);
        // "alleged" describing a person before the cue is part of the source.
        let body = "Swimmer's alleged girlfriend says she was born intersex";
        assert_eq!(source_of(body, "she was"), ["Swimmer's alleged girlfriend"]);
    }

    #[test]
    fn according_to_names_a_source_whatever_its_head() {
        let body = "Two people were treated in intensive care, according to the regional health \
                    service, which said other injuries were minor.";
        assert_eq!(
            source_of(body, "Two people"),
            ["the regional health service"]
        );
        // What the source says in its relative clause is its claim too.
        assert_eq!(
            source_of(body, "other injuries"),
            ["the regional health service"]
        );
    }

    #[test]
    fn according_to_a_description_then_a_name_is_the_name() {
        let body = "By noon four of the birds had been caught, according to the aviary's \
                    director, Dr Ann Varga.";
        assert_eq!(source_of(body, "By noon"), ["Ann Varga"]);
        // Not a place after the description.
        let body = "Four birds were caught, according to the aviary's director, in a statement.";
        assert_eq!(source_of(body, "Four birds"), ["the aviary's director"]);
        // At the front the rest is the claim, not an appositive.
        let body = "According to the aviary's director, Dr Ann Varga, the birds escaped on Monday.";
        assert_eq!(source_of(body, "the birds"), ["Ann Varga"]);
        let body = "According to police, the birds escaped from the aviary on Monday.";
        assert_eq!(source_of(body, "the birds"), ["police"]);
    }

    #[test]
    fn names_with_particles_of_other_languages() {
        let body = "The runway reopened at 2 p.m., Aeroporti del Tavoliere said.";
        assert_eq!(source_of(body, "The runway"), ["Aeroporti del Tavoliere"]);
        let body = "Rates will stay high, Ursula von der Leyen said.";
        assert_eq!(source_of(body, "Rates"), ["Ursula von der Leyen"]);
    }

    #[test]
    fn a_contrasting_clause_with_its_own_citing_source() {
        let body = "Public broadcaster CBC reported that the shares fell 3.2 percent in Toronto, \
                    while the Globe and Mail, citing two people familiar with the matter, said \
                    the board had met on Friday afternoon.";
        assert_eq!(source_of(body, "the shares fell"), ["CBC News"]);
        assert_eq!(
            source_of(body, "the board had met"),
            ["The Globe and Mail", "two people familiar with the matter"]
        );
    }

    #[test]
    fn a_report_of_a_report() {
        let body = "The Canadian Press reported that the chief executive, Daniel Reyes, told \
                    employees in a memo that the company would simplify its pricing.";
        assert_eq!(
            source_of(body, "the company would"),
            ["The Canadian Press", "Daniel Reyes"]
        );
        let body = "NBC reported that police said the toll rose to five.";
        assert_eq!(source_of(body, "the toll"), ["NBC News", "police"]);
        // A cue verb without a reported clause is part of the proposition.
        let body =
            "Curtis Boone, a union leader, said members had complained for years about valves.";
        assert_eq!(source_of(body, "members had complained"), ["Curtis Boone"]);
    }

    #[test]
    fn sources_no_list_knows() {
        // A body named earlier, pointed back to by its head word.
        let body = "North Vale Hospitals NHS Trust runs the hospital. The trust said in a \
                    statement that 340 operations had been postponed.";
        assert_eq!(
            source_of(body, "340 operations"),
            ["North Vale Hospitals NHS Trust"]
        );
        // A relative clause's progressive act after the name is no cue.
        let body = "\"This find is a reminder of what we have lost,\" said Clara Wessel, a \
                    musicologist at the University of Copenhagen who is writing a biography.";
        assert_eq!(source_of(body, "This find"), ["Clara Wessel"]);
        // A participle that tells what the subject is said to have done is
        // no cue, nor an adjective after a determiner or preposition.
        let body = "A city dealer went on trial on Monday accused of selling 12 fake \
                    drawings, in what police called a large fraud.";
        assert!(source_of(body, "A city dealer").is_empty());
        let body = "Dealer goes on trial over alleged Renoir fakes";
        assert!(source_of(body, "Dealer goes").is_empty());
        let body = "Police alleged the dealer sold 12 fake drawings.";
        assert_eq!(source_of(body, "the dealer sold"), ["Police"]);
        // A name with a particle of another language, before its relative
        // clause.
        let body = "Cimentos do Tejo, which was fined 97 million euros, said on Tuesday that it \
                    accepted the decision.";
        assert_eq!(source_of(body, "it accepted"), ["Cimentos do Tejo"]);
        // A name with a plural possessive and an acronym.
        let body = "The Health and Care Workers' Union (HCWU) said 78% of members backed a strike.";
        assert_eq!(
            source_of(body, "78% of members"),
            ["Health and Care Workers' Union"]
        );
        let body = "Italy's largest pilots’ union said the aircraft had aquaplaned.";
        assert_eq!(
            source_of(body, "the aircraft"),
            ["Italy's largest pilots’ union"]
        );
        // A capital that only starts the sentence names nothing.
        let body = "Photos shared on social media showed a truck lying on its side.";
        assert!(source_of(body, "Photos").is_empty());
    }

    #[test]
    fn a_long_participial_aside_and_a_second_that_clause() {
        let body = "Asked at a council meeting on Tuesday night whether the attack could have been \
                    prevented, Mayor Patricia Okafor said it was too early to point fingers.";
        assert_eq!(source_of(body, "it was too early"), ["Patricia Okafor"]);
        let body = "People familiar with the review said the board was warned in 2020, but that \
                    a request for extra staff was turned down twice.";
        assert_eq!(
            source_of(body, "a request for extra staff"),
            ["People familiar with the review"]
        );
    }

    /// The claims of a body: (sources after the outlet, polarity, certainty, text).
    #[test]
    fn a_pronoun_opening_what_a_speaker_said_stands_for_them() {
        let subject = |body: &str| {
            claims_of(body)
                .last()
                .and_then(|c| c.frame.subject.as_ref().map(|s| s.head.clone()))
        };
        let body = "Chief arbiter Ann Holt spoke first. Police in Bergen said they had opened an \
                    inquiry.";
        assert_eq!(subject(body).as_deref(), Some("Police in Bergen"));
        let body = "The club spoke first. Ann Holt said she would appeal the ruling.";
        assert_eq!(subject(body).as_deref(), Some("Ann Holt"));
        // Not a pronoun that cannot be the speaker.
        let body = "Tom Reyes was stopped on Friday. Police said he had been arrested.";
        assert_eq!(subject(body).as_deref(), Some("Tom Reyes"));
    }

    /// The claims of a one-outlet article with `body`.
    fn claims_of(body: &str) -> Vec<Claim> {
        let lx = Lexicon::builtin();
        let text = format!("outlet: Test Wire\ndate: 2025-06-15\n\n{body}\n");
        let doc = crate::load::document_from_text("t", text, lx).expect("a document");
        extract(&doc, lx)
    }

    fn read(body: &str) -> Vec<(Vec<String>, Polarity, Certainty, String)> {
        claims_of(body)
            .into_iter()
            .map(|c| {
                (
                    c.sources[1..].iter().map(|s| s.name.clone()).collect(),
                    c.polarity,
                    c.certainty,
                    c.content_text().to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn a_cue_in_a_relative_clause_credits_nothing_of_the_main_one() {
        let r = read("Keith Brannagh, who had denied all the charges, was fined on Tuesday.");
        assert!(r[0].0.is_empty(), "{r:?}");
        assert_eq!(r[0].1, Polarity::Positive);
        // The main verb a cue of its own: the person says what follows it.
        let r = read(
            "Mayor Ruth Albano, who had urged the council to remove the chief, said the city \
             needed a clean start.",
        );
        assert_eq!(r[0].0, ["Ruth Albano"], "{r:?}");
        // A denial in the main clause stays one.
        let r = read("Keith Brannagh denied all the charges on Tuesday.");
        assert_eq!(r[0].1, Polarity::Negative);
    }

    #[test]
    fn a_negation_in_a_condition_denies_nothing() {
        for text in [
            "Overdue items will be renewed automatically as long as nobody else is waiting.",
            "The permit will be renewed provided that no one objects.",
        ] {
            assert_eq!(claims_of(text)[0].polarity, Polarity::Positive, "{text}");
        }
    }

    #[test]
    fn a_fake_thing_done_with_is_no_refutation() {
        for text in [
            "A dealer who duped buyers using faked certificates was jailed on Friday.",
            "The gang sold a fake painting to a collector.",
        ] {
            assert_eq!(claims_of(text)[0].polarity, Polarity::Positive, "{text}");
        }
        // Said of the story, it refutes it.
        let c = claims_of("The painting is a fake, experts said.");
        assert_eq!(c[0].polarity, Polarity::Negative);
    }

    #[test]
    fn the_first_to_do_something_is_no_update() {
        let c =
            claims_of("The largest, which was the first to be recovered, weighs about 380 grams.");
        assert!(!c[0].facts.update);
        let c = claims_of("About 2,100 barrels leaked, more than three times its first estimate.");
        assert!(c[0].facts.update);
    }

    #[test]
    fn a_role_before_an_honorific_opens_the_statement() {
        let c = claims_of(
            "The observatory's director, Dr. Miriam Achebe, told reporters the site would stay open.",
        );
        assert!(
            c[0].text.starts_with("The observatory's director"),
            "{}",
            c[0].text
        );
        let c = claims_of("Dr. Miriam Achebe, the director, said the site would stay open.");
        assert!(c[0].text.starts_with("Dr. Miriam"), "{}", c[0].text);
    }

    #[test]
    fn it_after_a_thing_is_the_thing() {
        let lx = Lexicon::builtin();
        let subjects = |body: &str| -> Vec<(String, bool)> {
            let text = format!("outlet: Test Wire\ndate: 2025-06-15\n\n{body}\n");
            let doc = crate::load::document_from_text("t", text, lx).expect("a document");
            extract(&doc, lx)
                .into_iter()
                .filter_map(|c| c.frame.subject.map(|s| (s.head, s.name)))
                .collect()
        };
        // The thing the last sentence opened with, not the body it named.
        let s = subjects(
            "The crack runs across the embankment, according to Marrowfield Water. \
             It was first spotted on Monday.",
        );
        assert_eq!(s.last(), Some(&("crack".to_string(), false)));
        // "It" that speaks is a body ("It said"), and a business
        // described is one ("The supermarket chain ... It will").
        let body = "The ferry was carrying 80 people when the fire broke out. It said all \
                    passengers were safe.";
        assert!(
            chains(body)
                .iter()
                .all(|(s, _)| s.iter().all(|x| !x.contains("ferry")))
        );
        assert_ne!(
            subjects(body).last().map(|(h, _)| h.as_str()),
            Some("ferry")
        );
        let s = subjects(
            "Halden Stores reported a loss on Monday. The supermarket chain has struggled \
             with costs. It will not close any stores this year.",
        );
        assert_eq!(s.last(), Some(&("Halden Stores".to_string(), true)));
        // After a body opens the sentence, "it" is the body.
        let s = subjects("Corvant Bank inspected the dam. It found a crack on Monday.");
        assert_eq!(s.last(), Some(&("Corvant Bank".to_string(), true)));
        // "It said" is a body's saying, whatever came before.
        let body = "The plan was approved by Corvant Bank on Monday. It said the plan would \
                    save money.";
        assert_eq!(source_of(body, "the plan would"), ["Corvant Bank"]);
    }

    #[test]
    fn a_bound_in_time_denies_nothing() {
        for body in [
            "The bridge would not reopen before Wednesday, April 2, the council said.",
            "The line did not reopen until Tuesday.",
            "The bridge would reopen no earlier than Friday, March 14.",
        ] {
            assert_eq!(read(body)[0].1, Polarity::Positive, "{body}");
        }
        // Not seen since a day is not seen.
        assert_eq!(
            read("The man had not been seen since Tuesday.")[0].1,
            Polarity::Negative
        );
        // A bound of another verb's act leaves the denial.
        assert_eq!(
            read("Keller Foods did not pay staff laid off before March 3.")[0].1,
            Polarity::Negative
        );
    }

    #[test]
    fn refusals_surnames_that_are_ranks() {
        // "declined to 271p" is a fall, no refusal; "declined to comment" is one.
        assert_eq!(
            read("Shares in Fairlane declined to 271p on Tuesday.")[0].1,
            Polarity::Positive
        );
        assert_eq!(
            read("The company declined to comment on the report.")[0].1,
            Polarity::Negative
        );
        // A surname that is also a rank.
        assert_eq!(
            read("Mayor Tom Marshal said the road was open.")[0].0,
            ["Tom Marshal"]
        );
    }

    #[test]
    fn what_is_not_known_is_not_denied_and_a_role_is_no_name() {
        let c = read("The exact cause of his death was not immediately known.");
        assert_eq!(c[0].1, Polarity::Positive);
        assert_eq!(c[0].2, Certainty::Hedged);
        let c = read("The cause of the fire has not been determined.");
        assert_eq!(c[0].1, Polarity::Positive);
        // Settled one way, not the other (found in review).
        let c = read("The winner was not determined by a penalty shootout.");
        assert_eq!(c[0].1, Polarity::Negative);
        let c = read("The firm has not been established in Ireland.");
        assert_eq!(c[0].1, Polarity::Negative);
        // "Assistant Chief Fire Officer" is a role, not a person "Fire Officer".
        assert_eq!(
            read("Peter Guest, Assistant Chief Fire Officer, says the building is lost.")[0].0,
            ["Peter Guest"]
        );
    }

    #[test]
    fn a_negated_second_verb_phrase_leaves_the_first_asserted() {
        let c =
            read("The terminal remained closed through Wednesday and is not expected to reopen.");
        assert_eq!(c[0].1, Polarity::Positive);
        // The main verb negated still denies.
        let c = read("The terminal did not reopen on Wednesday and stayed shut.");
        assert_eq!(c[0].1, Polarity::Negative);
        // "that wages had ever been paid": the noun is the subject.
        let c = read("Ms. Brandt denied that wages had ever been paid late.");
        assert_eq!(c[0].1, Polarity::Negative);
        assert_eq!(c[0].0, ["Brandt"]);
    }

    #[test]
    fn headline_hedges_shouted_cues_and_described_suspects() {
        // A decision not yet taken.
        assert_eq!(
            read("Saudi airline considering separating passengers by gender")[0].2,
            Certainty::Hedged
        );
        // A headline in capitals keeps its cue.
        assert_eq!(
            read("SMALL METEORITE STRIKES NICARAGUA, GOVERNMENT SAYS")[0].0,
            ["GOVERNMENT"]
        );
        // "alleged" describing a person hedges nothing.
        assert_eq!(
            read("Mob attacks alleged rapist in market square")[0].2,
            Certainty::Asserted
        );
        assert_eq!(
            read("The alleged attack happened on Monday")[0].2,
            Certainty::Hedged
        );
    }

    #[test]
    fn a_headline_naming_a_question_asserts_nothing() {
        let lx = Lexicon::builtin();
        let certainty = |title: &str| {
            let text = format!("outlet: Test Wire\ntitle: {title}\n\nThe court ruled on Monday.\n");
            let doc = crate::load::document_from_text("t", text, lx).expect("a document");
            extract(&doc, lx)[0].certainty
        };
        assert_eq!(
            certainty("Courier ruling: what the judgment does and does not change"),
            Certainty::Hedged
        );
        // Nor has it an act to set against another.
        let text = "outlet: T\ntitle: What the ruling does not change\n\nIt ruled.\n";
        let doc = crate::load::document_from_text("t", text.to_string(), lx).expect("a document");
        assert!(extract(&doc, lx)[0].frame.predicate.is_none());
        assert_eq!(
            certainty("How the fire spread through the mill"),
            Certainty::Hedged
        );
        // A headline telling what happened asserts it, a question named
        // after it or not.
        assert_eq!(
            certainty("Pill recalled: what patients need to know"),
            Certainty::Asserted
        );
        assert_eq!(
            certainty("Court rules couriers are workers, not contractors"),
            Certainty::Asserted
        );
    }

    #[test]
    fn headlines_questions_and_their_sources() {
        // A question asserts nothing.
        let q = read("ISIS leader dead after air strike?");
        assert_eq!(q[0].2, Certainty::Hedged);
        // Headline case: "Denies" is a cue, "Comcast" a name.
        let h = read("Comcast Denies It Will Cut Off Customers Who Use Tor");
        assert_eq!(h[0].0, ["Comcast"]);
        assert_eq!(h[0].1, Polarity::Negative);
        // Sources before or after a colon, and after "per".
        assert_eq!(
            read("Source: Tom Brokaw wants Brian Williams fired")[0].0,
            ["Source"]
        );
        assert_eq!(
            read("Rapper identified as James Foley's executioner: reports")[0].0,
            ["reports"]
        );
        assert_eq!(
            read("Jose Canseco injured in accidental shooting, per reports")[0].0,
            ["reports"]
        );
        // A label is no source; a noun that is no source word is none either.
        assert!(
            read("Update: the bridge reopened to traffic on Monday")[0]
                .0
                .is_empty()
        );
        assert!(
            read("Earnings per share: $1.62 adjusted vs. $1.51 expected")[0]
                .0
                .is_empty()
        );
        // A word for a kind of person is a source.
        assert_eq!(
            read("Woman says she gave her husband a printout of his messages")[0].0,
            ["Woman"]
        );
    }

    #[test]
    fn a_possessive_before_a_venue_of_it_is_a_place() {
        let lx = Lexicon::builtin();
        let text = "outlet: Test Wire\ndate: 2025-06-15\n\n\
            A van was found in a car park at Varnholt's ferry terminal.\n\
            Varnholt's mayor praised the crews.\n";
        let doc = crate::load::document_from_text("t", text.to_string(), lx).expect("a document");
        let claims = extract(&doc, lx);
        let places =
            |i: usize| -> Vec<String> { claims[i].places.iter().map(|p| p.text.clone()).collect() };
        assert_eq!(places(0), ["Varnholt's ferry terminal"]);
        // What a possessive owns is no place of it.
        assert!(places(1).is_empty(), "{:?}", places(1));
    }

    /// The statements (claim texts, cue and sources included) of a body.
    fn statements(body: &str) -> Vec<String> {
        let lx = Lexicon::builtin();
        let text = format!("outlet: Test Wire\ndate: 2025-06-15\n\n{body}\n");
        let doc = crate::load::document_from_text("t", text, lx).expect("a document");
        extract(&doc, lx).into_iter().map(|c| c.text).collect()
    }

    #[test]
    fn a_statement_reaches_over_its_sources_relative_clause() {
        let t = statements(
            "Officers checked the doors, according to Inspector Tom Reyes, who heads the inquiry.\n\
             The doors were locked, police said, which surprised the owners.",
        );
        assert!(t[0].ends_with("who heads the inquiry"), "{:?}", t[0]);
        // Another clause after the cue stays out.
        assert!(t[1].ends_with("police said"), "{:?}", t[1]);
    }

    #[test]
    fn a_statement_starts_with_the_role_set_before_its_source() {
        let t =
            statements("Halden's chief executive, Sandra Pell, said the group would cut prices.");
        assert!(t[0].starts_with("Halden's chief executive"), "{:?}", t[0]);
        // A role told with what it is head of.
        let t =
            statements("The company's head of mine rescue, Grace Lungu, said the men walked out.");
        assert!(t[0].starts_with("The company's head"), "{:?}", t[0]);
    }

    #[test]
    fn a_negation_in_a_participle_clause_is_of_its_own_act() {
        assert_eq!(
            read(
                "The Angels withdrew their offer on Sunday night, believing he had no \
                  interest in the club."
            )[0]
            .1,
            Polarity::Positive
        );
        // "had yet to" is "had not".
        assert_eq!(
            read("The officer had yet to regain consciousness on Monday.")[0].1,
            Polarity::Negative
        );
        // "with no" opens a phrase beside the act.
        assert_eq!(
            read("The porters' strike dragged into a second week with no deal in sight.")[0].1,
            Polarity::Positive
        );
        assert_eq!(
            read("There was no deal in sight on Monday.")[0].1,
            Polarity::Negative
        );
        assert_eq!(
            read("The talks ended with no agreement on Monday.")[0].1,
            Polarity::Negative
        );
    }

    #[test]
    fn refutations_deny_what_they_are_said_of() {
        assert_eq!(
            read("The story of the three-breasted woman is a hoax.")[0].1,
            Polarity::Negative
        );
        assert_eq!(
            read("DHS debunks claims that militants crossed the border.")[0].1,
            Polarity::Negative
        );
        assert_eq!(
            read("The woman said the story was “a hoax”, police said.")[0].1,
            Polarity::Positive
        );
        // Shooting down claims refutes them; shooting down planes does not.
        assert_eq!(
            read("Officials shoot down the congressman's claims of border crossings")[0].1,
            Polarity::Negative
        );
        assert_eq!(
            read("The army shot down two planes carrying weapons")[0].1,
            Polarity::Positive
        );
        // Not a funeral, nor an exaggerated sense of anything else.
        assert_eq!(
            read("The three victims were laid to rest on Saturday.")[0].1,
            Polarity::Positive
        );
        // A rumour laid to rest, reports found overblown.
        assert_eq!(
            read("Stolen Batmobile Rumor Put To Rest")[0].1,
            Polarity::Negative
        );
        assert_eq!(
            read("Reports of phones pulling out hair likely exaggerated")[0].1,
            Polarity::Negative
        );
    }

    #[test]
    fn sources_in_later_clauses_and_medial_cues() {
        // A plural noun opens a clause of its own after ", and".
        let body = "Temperatures reached 24C by late morning, and organisers said 14 runners \
                    had been treated by medics.";
        assert_eq!(source_of(body, "14 runners"), ["organisers"]);
        // ", X said, including ...": the cue's rest ends at "including".
        let body = "Growers brought 62 apple and pear varieties for the display marquee, Quayle \
                    said, including several heritage types that are rarely seen outside the valley.";
        assert_eq!(source_of(body, "Growers brought"), ["Quayle"]);
        // A name set off before its description is the subject.
        let body = "Oskar Brandt, a transport analyst at Lytton Securities, estimated the total \
                    bill, including track repairs, at between £8 million and £12 million.";
        assert_eq!(source_of(body, "the total bill"), ["Oskar Brandt"]);
        // A company named like a paper is still the company.
        let body = "National Express cut 200 coach routes on Monday. The company said falling \
                    passenger numbers were to blame.";
        assert_eq!(source_of(body, "falling passenger"), ["National Express"]);
        // A title-case headline is no name set off.
        assert_eq!(
            source_of(
                "Prime Minister Lena Voss Resigns, aides said.",
                "Prime Minister"
            ),
            ["aides"]
        );
        // A paper told something is no company of the story.
        let body = "The fire began in the galley, two officials told the Harbour Gazette. The \
                    ferry was carrying 197 people, Greyhaven Island Ferries said. In a statement, \
                    the company said the vessel had been inspected in November.";
        assert_eq!(source_of(body, "the vessel"), ["Greyhaven Island Ferries"]);
    }

    #[test]
    fn cue_words_that_are_not_cues_and_sources_with_clauses() {
        // One shown something is told, no source showing it.
        let body = "Harold Quint, the council's director of finance, resigned last week after \
                    being shown a draft of the report.";
        assert!(source_of(body, "Harold Quint").is_empty());
        let body = "Records shown to the Courier say the dam was inspected in 2021.";
        assert!(!chains(body).is_empty());
        // "warning" after a possessive, "confirmed" after a figure: modifiers.
        let body = "The dam's warning sirens were never activated, the regional government said.";
        assert_eq!(
            source_of(body, "The dam's warning"),
            ["the regional government"]
        );
        let body = "As of Thursday, 87 confirmed and probable cases had been identified, according \
                    to the Ohio Department of Health.";
        assert_eq!(
            source_of(body, "As of Thursday"),
            ["Ohio Department of Health"]
        );
        // A relative clause after the source is part of its name only where
        // it says the source is unnamed, and without the reason why.
        let body = "Hackers encrypted 900 computers, according to a city official who spoke on \
                    condition of anonymity because the inquiry is ongoing.";
        assert_eq!(
            source_of(body, "Hackers"),
            ["a city official who spoke on condition of anonymity"]
        );
        let body = "Hackers encrypted 900 computers, according to a city official who was at \
                    the meeting.";
        assert_eq!(source_of(body, "Hackers"), ["a city official"]);
        // A lone capital letter ("C$412 million") is no organisation to point back to.
        let body = "The court ordered it to refund C$412 million. The company said it had set \
                    aside funds.";
        assert_eq!(source_of(body, "it had set aside"), ["The company"]);
        // "estimate" takes a clause as a verb, a preposition as a noun.
        let body = "City finance staff estimate the change will add about $96 a year.";
        assert_eq!(source_of(body, "the change"), ["City finance staff"]);
        let body = "Growers raise their damage estimate to 60 percent.";
        assert!(source_of(body, "Growers").is_empty());
        let body = "The government's latest estimate puts the toll at 40.";
        assert_eq!(
            source_of(body, "puts the toll"),
            ["The government's latest estimate"]
        );
    }
}
