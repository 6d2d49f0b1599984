//! Sources: turning the noun phrase of an attribution ("two officials
//! familiar with the matter", "the agency", "he", "Trekwell CEO Marcus
//! Dahl") into a named, classified [`Source`], and the discourse memory that
//! resolves pronouns and definite descriptions to what the text named before.

use super::memory::Memory;

use serde::{Deserialize, Serialize};

use crate::lexicon::{Lexicon, OrgWord, SourceKind, is_determiner};
use crate::parse::names::{Name, NameKind};
use crate::parse::token::{Tokens, flag};
use crate::span::Span;

/// One link of an attribution chain.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Resolved name: "Marcus Dahl" for "he", "Trekwell Mobility" for "the company".
    pub name: String,
    /// Kind of source.
    pub kind: SourceKind,
    /// The mention in the text; `None` for the document's own outlet.
    pub span: Option<Span>,
    /// How many, where the text says ("two officials" -> 2).
    pub count: Option<u32>,
}

pub(super) fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// The source kind a noun heads, trying its singular too ("companies").
pub fn source_head(lx: &Lexicon, w: &str) -> Option<SourceKind> {
    if let Some(k) = lx.source_heads.get(w) {
        return Some(*k);
    }
    let singular = if let Some(s) = w.strip_suffix("ies") {
        format!("{s}y")
    } else if let Some(s) = w.strip_suffix('s') {
        s.to_string()
    } else {
        w.to_string()
    };
    if let Some(k) = lx.source_heads.get(&singular) {
        return Some(*k);
    }
    // Any word for a kind of person ("a woman said", "the pilot told"):
    // a person, or people when plural.
    if crate::parse::names::person_noun(w) {
        return Some(if singular != w || w.ends_with("men") || w == "people" {
            SourceKind::Unspecified
        } else {
            SourceKind::Person
        });
    }
    // A word for a body of people ("the coastguard", "the jury said").
    if group_noun(w) {
        return Some(SourceKind::Organization);
    }
    None
}

/// True for a common noun that mainly means a group of people: its most
/// frequent sense a kind of social group, and few other senses
/// ("coastguard", "jury", "navy"; not "battery", an artillery unit among
/// seven senses).
fn group_noun(w: &str) -> bool {
    use crate::lexicon::wordnet::{Pos, WordNet, lexname};
    let wn = WordNet::builtin();
    // WordNet's social group: what an organisation is a kind of.
    static GROUP: std::sync::LazyLock<Option<crate::lexicon::wordnet::SynsetId>> =
        std::sync::LazyLock::new(|| {
            let wn = WordNet::builtin();
            let org = wn.word("organization")?;
            let s = wn.senses(org, Pos::Noun).next()?;
            wn.hypernyms(s).next()
        });
    let Some(group) = *GROUP else {
        return false;
    };
    wn.lemma(w, Pos::Noun).is_some_and(|l| {
        wn.text(l).chars().all(|c| !c.is_uppercase())
            && wn.sense_count(l, Pos::Noun) <= 4
            && wn
                .senses(l, Pos::Noun)
                .next()
                .is_some_and(|s| wn.lexname(s) == lexname::NOUN_GROUP && wn.is_a(s, group, 6))
    })
}

/// Words that open a relative clause or a trailing modifier to cut from a source's name.
fn is_clause_start(w: &str) -> bool {
    matches!(
        w,
        "who"
            | "which"
            | "that"
            | "whose"
            | "whom"
            | "where"
            | "when"
            | "speaking"
            | "briefed"
            | "said"
            | "says"
    )
}

const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "his", "her", "its", "their",
];

/// Words that say a source is unnamed: "unnamed", "familiar with", "who
/// asked not to be named", "not authorized to speak".
pub fn anonymity(toks: &Tokens, a: usize, b: usize) -> bool {
    (a..b).any(|i| {
        let w = toks.lower(i);
        matches!(
            w,
            "named" | "identified" | "authorized" | "authorised" | "permitted" | "allowed"
        ) && (a.max(i.saturating_sub(4))..i).any(|j| toks.lower(j) == "not")
            || matches!(
                w,
                "unnamed"
                    | "anonymous"
                    | "anonymity"
                    | "familiar"
                    | "knowledge"
                    | "briefed"
                    | "sources"
                    | "source"
                    | "insiders"
                    | "insider"
            )
            || (w == "person" || w == "people")
                && (a..b).any(|j| {
                    matches!(
                        toks.lower(j),
                        "familiar" | "knowledge" | "briefed" | "close"
                    )
                })
    })
}

/// A count at the start of a source phrase: "two officials" -> 2, "a person" -> 1.
fn count_of(toks: &Tokens, a: usize, b: usize, lx: &Lexicon) -> Option<u32> {
    let mut i = a;
    while i < b
        && matches!(
            toks.lower(i),
            "the"
                | "at"
                | "least"
                | "some"
                | "about"
                | "more"
                | "fewer"
                | "less"
                | "than"
                | "nearly"
                | "almost"
                | "around"
                | "roughly"
                | "over"
        )
    {
        i += 1;
    }
    let w = toks.lower(i);
    let n = if w.contains(',') {
        w.replace(',', "").parse::<u32>()
    } else {
        w.parse::<u32>()
    };
    if let Ok(n) = n {
        return Some(n);
    }
    if let Some((v, crate::lexicon::NumWord::Unit)) = lx.numbers.get(w) {
        if *v >= 1.0 && *v < 1000.0 && v.fract() == 0.0 {
            return Some(*v as u32);
        }
    }
    if matches!(w, "a" | "an" | "one") {
        let head = (i + 1..b)
            .map(|j| toks.lower(j))
            .find(|w| lx.source_heads.contains_key(*w));
        if head.is_some_and(|h| !h.ends_with('s')) {
            return Some(1);
        }
    }
    None
}

/// Inputs for reading a source phrase.
pub struct SourceCtx<'a> {
    /// The document's tokens.
    pub toks: &'a Tokens,
    /// The document's text.
    pub text: &'a str,
    /// Names of the current sentence.
    pub names: &'a [Name],
    /// Word lists.
    pub lx: &'a Lexicon,
    /// Discourse memory before this sentence.
    pub memory: &'a Memory,
    /// For each token, the quotation holding it.
    pub quote_of: &'a [Option<u32>],
}

/// Trims discourse words, punctuation and conjunctions from the ends of `[a, b)`.
pub fn trim_np(toks: &Tokens, mut a: usize, mut b: usize) -> (usize, usize) {
    let skip_front = |w: &str| {
        matches!(
            w,
            "and"
                | "but"
                | "while"
                | "whereas"
                | "however"
                | "meanwhile"
                | "also"
                | "separately"
                | ","
                | ";"
                | ":"
                | "-"
                | "—"
                | "–"
                | "("
                | "\""
                | "“"
                | "”"
                | "then"
        )
    };
    let skip_back = |w: &str| {
        matches!(
            w,
            "however"
                | "also"
                | ","
                | ";"
                | ":"
                | "-"
                | "—"
                | "–"
                | "then"
                | "meanwhile"
                | "too"
                | "later"
                | "previously"
                | "earlier"
                | "now"
                | "has"
                | "had"
                | "have"
                | "was"
                | "were"
                | "is"
                | "been"
                | "would"
                | "will"
                | "not"
                | "separately"
                | "first"
                | "initially"
                | "publicly"
                | "recently"
        )
    };
    while a < b && skip_front(toks.lower(a)) {
        a += 1;
    }
    while b > a && skip_back(toks.lower(b - 1)) {
        b -= 1;
    }
    (a, b)
}

/// True when `[a, b)` holds a verb form that makes it a clause, not a noun phrase.
pub fn has_finite_verb(toks: &Tokens, a: usize, b: usize, lx: &Lexicon) -> bool {
    // Commas delimit appositives and relative clauses ("Karoline Leavitt, who will be ..., said"); skip them.
    let mut depth_comma = false;
    let mut i = a;
    while i < b {
        let w = toks.lower(i);
        if w == "," {
            depth_comma = !depth_comma;
        } else if !depth_comma
            && (lx.is_aux(w)
                || lx.cues.contains_key(w) && !matches!(w, "report" | "reports" | "estimate"))
            // "Phelps' alleged girlfriend": an adjective describing a person.
            && !super::phrase::describes_person(toks, i)
            // A word of a name ("told Field Notes", "Daily Reports").
            && !(i > a
                && toks.toks[i].has(flag::CAP)
                && !toks.toks[i].has(flag::ALLCAPS)
                && toks.toks[i - 1].has(flag::CAP))
            // A particle inside a name ("Cimentos do Tejo").
            && !(crate::parse::names::is_particle(w)
                && i > a
                && i + 1 < b
                && toks.toks[i - 1].has(flag::CAP)
                && toks.toks[i + 1].has(flag::CAP))
        {
            return true;
        }
        i += 1;
    }
    false
}

/// A source phrase no list knows, right before a cue or after "according
/// to": "The trust said", "The Health and Care Workers' Union (HCWU) said",
/// "according to the regional health service". A definite description is
/// resolved to a body the text named with its head word ("the trust" ->
/// "North Vale Hospitals NHS Trust"); otherwise the phrase is kept as written.
pub(super) fn phrase_source(ctx: &SourceCtx, a: usize, b: usize) -> Option<Source> {
    let toks = ctx.toks;
    // "(HCWU)" after a name is its acronym.
    let mut e = b;
    if e >= a + 3 && toks.lower(e - 1) == ")" && toks.lower(e - 3) == "(" {
        e -= 3;
    }
    let words = (a..e).filter(|&i| toks.toks[i].is_word()).count();
    if words == 0
        || words > 10
        || e - a > 14
        || (a..e).any(|i| super::phrase::quoted(ctx, i))
        || has_finite_verb(toks, a, e, ctx.lx)
    {
        return None;
    }
    let first = toks.lower(a);
    let det = crate::lexicon::is_determiner(first);
    // A source phrase holds no figure and opens with no preposition ("As of
    // Thursday morning, 87 ...").
    if (a..e).any(|i| toks.toks[i].has(flag::DIGIT) || toks.lower(i) == ",")
        || (ctx.lx.is_stop(first) && !det)
    {
        return None;
    }
    // A capital at the start of a sentence names nothing ("Photos shared on
    // social media showed ...").
    let named = (a + 1..e).any(|i| toks.toks[i].has(flag::CAP) && toks.toks[i].is_word())
        || ctx.names.iter().any(|n| n.toks.0 == a && n.toks.1 <= e);
    if !det && !named {
        return None;
    }
    if matches!(
        first,
        "he" | "she" | "it" | "they" | "we" | "i" | "you" | "this" | "that"
    ) {
        return None;
    }
    let span = toks.toks[a].span.cover(toks.toks[e - 1].span);
    // "the trust": the body named with that word.
    let head_i = (a..e).rev().find(|&i| toks.toks[i].is_word())?;
    if first == "the" && head_i == a + 1 && !toks.toks[head_i].has(flag::CAP) {
        if let Some((name, kind)) = ctx.memory.body_with_word(toks.lower(head_i)) {
            return Some(Source {
                name: name.to_string(),
                kind,
                span: Some(span),
                count: None,
            });
        }
    }
    let name = phrase_text(ctx, a, e);
    (!name.is_empty()).then_some(Source {
        name,
        kind: if named {
            SourceKind::Organization
        } else {
            SourceKind::Unspecified
        },
        span: Some(span),
        count: None,
    })
}

/// Reads the source named by tokens `[a, b)`, resolving pronouns and
/// definite descriptions. `None` when the phrase does not name a source.
pub fn read_source(ctx: &SourceCtx, a: usize, b: usize) -> Option<Source> {
    let toks = ctx.toks;
    let lx = ctx.lx;
    let (a, b) = trim_np(toks, a, b);
    // A relative clause is no source ("Nils Bergqvist, whose shop faces the
    // library entrance, said").
    if a >= b || b - a > 30 || matches!(toks.lower(a), "whose" | "who" | "which") {
        return None;
    }
    // Never a source inside a quotation.
    if (a..b).any(|i| {
        ctx.quote_of.get(i).copied().flatten().is_some()
            || toks.toks[i].is_quote() && !toks.is_plural_possessive(i)
    }) {
        return None;
    }
    // The head part: up to a relative clause.
    let mut head_end = b;
    for i in a + 1..b {
        if is_clause_start(toks.lower(i))
            || (toks.lower(i) == "," && i + 1 < b && is_clause_start(toks.lower(i + 1)))
        {
            head_end = i;
            break;
        }
    }
    // "The Ohio company and the U.S. Consumer Product Safety Commission": the first conjunct.
    if let Some(and) = (a + 1..head_end).find(|&i| toks.lower(i) == "and") {
        let next = toks.lower(and + 1);
        if matches!(next, "the" | "a" | "an" | "its" | "his" | "her" | "their")
            || toks.toks.get(and + 1).is_some_and(|t| t.has(flag::CAP))
                && !ctx.names.iter().any(|n| n.toks.0 < and && n.toks.1 > and)
        {
            head_end = and;
        }
    }
    let (a, head_end) = trim_np(toks, a, head_end);
    if a >= head_end {
        return None;
    }
    let span = toks.toks[a].span.cover(toks.toks[head_end - 1].span);
    let count = count_of(toks, a, head_end, lx);
    let names: Vec<&Name> = ctx
        .names
        .iter()
        .filter(|n| n.toks.0 >= a && n.toks.1 <= head_end)
        .collect();

    // "several of them", "one of them": the people the text spoke of before.
    if head_end - a == 3
        && toks.lower(a + 1) == "of"
        && matches!(toks.lower(a + 2), "them" | "those")
    {
        let name = ctx.memory.last_group().map_or_else(
            || phrase_text(ctx, a, head_end),
            |g| phrase_text(ctx, a, a + 2) + " " + g,
        );
        return Some(Source {
            name,
            kind: SourceKind::Unspecified,
            span: Some(span),
            count: count_of(toks, a, head_end, lx),
        });
    }
    // A pronoun alone.
    if head_end - a == 1 {
        let w = toks.lower(a);
        if PRONOUNS.contains(&w) {
            // A pronoun that speaks is most likely the last speaker.
            if matches!(w, "he" | "she") {
                if let Some(p) = ctx.memory.last_speaker(w) {
                    let in_sentence =
                        earlier_in_sentence(ctx, span, |n| n.kind == NameKind::Person).is_some();
                    if !in_sentence {
                        return Some(Source {
                            name: p.to_string(),
                            kind: SourceKind::Person,
                            span: Some(span),
                            count: None,
                        });
                    }
                }
            }
            return resolve_pronoun(ctx, w, span);
        }
    }
    // "the Kenyan told reporters": a person told by nationality.
    if head_end == a + 2
        && toks.lower(a) == "the"
        && crate::parse::names::is_demonym(toks.toks[a + 1].span.slice(ctx.text))
    {
        if let Some(src) = resolve_description(ctx, toks.lower(a + 1), span) {
            return Some(src);
        }
    }
    // "One of Brightmere's 20 largest shareholders": the head comes after "of".
    let of_start = if head_end > a + 2
        && toks.lower(a + 1) == "of"
        && (count.is_some()
            || matches!(
                toks.lower(a),
                "some" | "several" | "many" | "most" | "all" | "none" | "each" | "both" | "any"
            )) {
        a + 2
    } else {
        a
    };
    // The first preposition ends the head noun phrase ("a filing with the Commission").
    let prep = (of_start..head_end)
        .find(|&i| {
            matches!(
                toks.lower(i),
                "with" | "of" | "at" | "for" | "from" | "in" | "on" | "to" | "by" | "near"
            ) && i > of_start
        })
        .unwrap_or(head_end);
    let lead_is_det = matches!(
        toks.lower(a),
        "a" | "an"
            | "the"
            | "two"
            | "three"
            | "four"
            | "five"
            | "several"
            | "some"
            | "many"
            | "multiple"
            | "one"
            | "his"
            | "her"
            | "their"
            | "its"
    ) || count.is_some();

    // A person named anywhere in the head part wins: "his agent, Samuel
    // Okafor"; of two, the one a role names ("Great Lakes Central
    // spokeswoman Marisa Dunlevy").
    let titled = |n: &&&Name| {
        n.toks.0 > a && {
            let w = toks.lower(n.toks.0 - 1);
            lx.titles.contains_key(w) || crate::parse::names::person_noun(w)
        }
    };
    // A possessive after the head's preposition is an affiliation: "a
    // senior official in Dresk's delegation" is the official. So is a person
    // right after "of", "for" or "to" that follows a word for people, or
    // set beside a word for one person there: "Friends of Kathryn Jenkin",
    // "a lawyer for Gov. Alan Pryce", "Relatives of the victim, Maria Lopez,"
    // speak, not the person named ("the attorney for the family, Dana
    // Reese," is the attorney).
    let affiliated = |n: &Name| {
        let titled = |i: usize| {
            let w = toks.lower(i);
            lx.titles.contains_key(w) || is_determiner(w) || w == "."
        };
        let beside_person = |e: usize| {
            e > prep + 1
                && toks.lower(e - 1) == ","
                && source_head(lx, toks.lower(e - 2)) == Some(SourceKind::Person)
                && e - prep <= 6
                && (prep + 1..e - 2).all(|i| toks.toks[i].is_word() && !toks.toks[i].has(flag::CAP))
        };
        // "a person close to Lindqvist", "an aide loyal to the mayor".
        let head_before = if prep >= a + 2
            && matches!(toks.lower(prep - 1), "close" | "closest" | "loyal" | "near")
        {
            prep - 2
        } else {
            prep - 1
        };
        n.kind == NameKind::Person
            && n.toks.0 > prep
            && prep > a
            && matches!(toks.lower(prep), "of" | "for" | "to")
            && source_head(lx, toks.lower(head_before)).is_some()
            && ((prep + 1..n.toks.0).all(titled) || beside_person(n.toks.0))
    };
    // A possessive after the head's preposition, or before another
    // person's name, is an owner: "Tarrow Basin's mine manager, Owen
    // Pryce," is Pryce.
    // So is one before a word for a person ("Reid's rep told Us",
    // "Kafoury's son, Charlie, said"): the rep speaks, not Reid.
    let owner = |n: &Name| {
        let person_word =
            |i: usize| i < head_end && source_head(lx, toks.lower(i)) == Some(SourceKind::Person);
        n.possessive
            && (n.toks.0 > prep
                || names
                    .iter()
                    .any(|m| m.kind == NameKind::Person && m.toks.0 > n.toks.1)
                || person_word(n.toks.1)
                || toks.toks.get(n.toks.1).is_some_and(|t| !t.has(flag::CAP))
                    && person_word(n.toks.1 + 1))
    };
    let persons = || {
        names
            .iter()
            .filter(|n| n.kind == NameKind::Person && !owner(n) && !affiliated(n))
    };
    if let Some(p) = persons().find(titled).or_else(|| persons().next()) {
        return Some(Source {
            name: p.name.clone(),
            kind: SourceKind::Person,
            span: Some(p.span),
            count: None,
        });
    }
    // "The museum" after "Great Basin Museum of Natural History": a body the
    // text named with that word, whatever the word.
    if head_end == a + 2
        && toks.lower(a) == "the"
        && toks.toks[a + 1].is_word()
        && !toks.toks[a + 1].has(flag::CAP)
        && source_head(lx, toks.lower(a + 1)).is_none()
    {
        if let Some((name, kind)) = ctx.memory.body_with_word(toks.lower(a + 1)) {
            return Some(Source {
                name: name.to_string(),
                kind,
                span: Some(span),
                count: None,
            });
        }
    }
    // A described source whose head noun comes before any name: "a company filing with the CPSC",
    // "two officials familiar with the matter", "the agency".
    let in_name = |i: usize| names.iter().any(|n| n.toks.0 <= i && i < n.toks.1);
    let head_noun = (a..prep).rev().find(|&i| {
        let t = &toks.toks[i];
        t.is_word() && !in_name(i) && source_head(lx, toks.lower(i)).is_some()
    });
    let first_name = names
        .iter()
        .find(|n| !n.possessive && n.toks.0 < prep && n.kind != NameKind::Place);
    let lead_is_det = lead_is_det || of_start > a;
    if let Some(h) = head_noun {
        // A name before the head noun is a modifier ("Tanzanian officials",
        // "CPSC spokesperson"); a name after it is an apposition.
        let name_is_modifier = first_name.is_none_or(|n| n.toks.1 <= h);
        if name_is_modifier || lead_is_det {
            let head = toks.lower(h);
            let mut kind = source_head(lx, head).unwrap_or(SourceKind::Unspecified);
            if anonymity(toks, a, b) {
                kind = SourceKind::Anonymous;
            }
            // "the operator, Northline Freight": the body named right after
            // the description is the one it describes.
            if let Some(n) = names.iter().find(|n| {
                n.toks.0 == h + 2
                    && toks.lower(h + 1) == ","
                    && !n.possessive
                    && matches!(n.kind, NameKind::Organization | NameKind::Government)
            }) {
                return Some(Source {
                    name: n.name.clone(),
                    kind: if n.kind == NameKind::Government {
                        SourceKind::Government
                    } else {
                        SourceKind::Organization
                    },
                    span: Some(n.span),
                    count: None,
                });
            }
            let definite = matches!(toks.lower(a), "the") && h == a + 1;
            if definite {
                if let Some(src) = resolve_description(ctx, head, span) {
                    return Some(src);
                }
            }
            // "An agency spokesperson" after "the Environment Agency": the
            // person speaks for the body the text named with that word.
            // Nothing after the head: "A bank spokesperson at Barclays"
            // speaks for the body named there.
            if h == a + 2
                && head_end == h + 1
                && crate::lexicon::is_determiner(toks.lower(a))
                && kind != SourceKind::Anonymous
                && !toks.toks[a + 1].has(flag::CAP)
                && !toks.toks[a + 1].has(flag::POSS)
                && lx.org_words.contains_key(toks.lower(a + 1))
            {
                if let Some((body, _)) = ctx.memory.body_with_word(toks.lower(a + 1)) {
                    if body.split_whitespace().count() > 1 {
                        return Some(Source {
                            name: format!("{body} {}", toks.toks[h].span.slice(ctx.text)),
                            kind,
                            span: Some(span),
                            count,
                        });
                    }
                }
            }
            // "Kenya's central bank", "CPSC spokesperson": keep the phrase as the name.
            let text = phrase_text(
                ctx,
                a,
                if kind == SourceKind::Anonymous {
                    // With what says it is unnamed, not why ("... who spoke
                    // on condition of anonymity because the inquiry ...").
                    (a + 1..b)
                        .find(|&i| matches!(toks.lower(i), "because" | "since" | "as" | ","))
                        .unwrap_or(b)
                        .min(a + 14)
                } else {
                    // Up to a trailing modifier or the appositive of a
                    // person it is not ("Friends of X, known as Y,";
                    // "The centre's owner, Seaview Property Group," keeps
                    // the name).
                    (h..head_end)
                        .find(|&i| {
                            toks.lower(i) == ","
                                && (!toks.toks.get(i + 1).is_some_and(|t| t.has(flag::CAP))
                                    || names.iter().any(|n| n.toks.0 == i + 1 && affiliated(n)))
                        })
                        .unwrap_or(head_end)
                        .min(a + 12)
                },
            );
            return Some(Source {
                name: text,
                kind,
                span: Some(span),
                count,
            });
        }
    }
    if let Some(n) = first_name {
        let kind = match n.kind {
            NameKind::Outlet => SourceKind::Outlet,
            NameKind::Government => SourceKind::Government,
            NameKind::Person => SourceKind::Person,
            _ => SourceKind::Organization,
        };
        // "Iran's UN Mission": the last name of a possessive chain is the head.
        return Some(Source {
            name: n.name.clone(),
            kind,
            span: Some(n.span),
            count: None,
        });
    }
    // A place speaking is its government: "Teheran has told ...", "Iran said".
    if let Some(n) = names.iter().find(|n| {
        n.kind == NameKind::Place && !n.possessive && n.toks.0 <= a + 1 && n.toks.1 == head_end
    }) {
        return Some(Source {
            name: n.name.clone(),
            kind: SourceKind::Government,
            span: Some(n.span),
            count: None,
        });
    }
    // Any other non-place name, even possessive.
    if let Some(n) = names.iter().find(|n| n.kind != NameKind::Place) {
        let kind = match n.kind {
            NameKind::Outlet => SourceKind::Outlet,
            NameKind::Government | NameKind::Place => SourceKind::Government,
            _ => SourceKind::Organization,
        };
        return Some(Source {
            name: n.name.clone(),
            kind,
            span: Some(n.span),
            count: None,
        });
    }
    // A plural noun of people without a listed head: "Consumer advocates", "rescuers".
    let last = toks.lower(head_end - 1);
    if head_end - a <= 4 && (a..head_end).all(|i| toks.toks[i].is_word()) {
        if let Some(k) = source_head(lx, last) {
            let kind = if anonymity(toks, a, b) {
                SourceKind::Anonymous
            } else {
                k
            };
            return Some(Source {
                name: phrase_text(ctx, a, head_end),
                kind,
                span: Some(span),
                count,
            });
        }
        if last.ends_with("ers")
            || last.ends_with("ists")
            || last.ends_with("ians")
            || last.ends_with("ants")
            || last.ends_with("ents")
        {
            return Some(Source {
                name: phrase_text(ctx, a, head_end),
                kind: SourceKind::Unspecified,
                span: Some(span),
                count,
            });
        }
    }
    None
}

/// The text of tokens `[a, b)`, without a possessive ending on the last word.
fn phrase_text(ctx: &SourceCtx, a: usize, b: usize) -> String {
    let (a, b) = trim_np(ctx.toks, a, b);
    if a >= b {
        return String::new();
    }
    ctx.toks.toks[a]
        .span
        .cover(ctx.toks.toks[b - 1].span)
        .slice(ctx.text)
        .to_string()
}

/// The most recent unquoted name of the current sentence before `span` that fits.
fn earlier_in_sentence<'a>(
    ctx: &'a SourceCtx,
    span: Span,
    fits: impl Fn(&Name) -> bool,
) -> Option<&'a Name> {
    ctx.names
        .iter()
        .rev()
        .filter(|n| {
            n.span.end() <= span.start() && ctx.quote_of.get(n.toks.0).copied().flatten().is_none()
        })
        .find(|n| fits(n))
}

fn kind_of_name(k: NameKind) -> SourceKind {
    match k {
        NameKind::Person => SourceKind::Person,
        NameKind::Outlet => SourceKind::Outlet,
        NameKind::Government | NameKind::Place => SourceKind::Government,
        _ => SourceKind::Organization,
    }
}

/// Whom the unquoted personal pronouns of tokens `[a, b)` stand for ("the
/// jury found her guilty" -> Kessler), as the text points back to them.
pub(super) fn pronoun_referents(ctx: &SourceCtx, a: usize, b: usize) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    for i in a..b.min(a + 64) {
        let w = ctx.toks.lower(i);
        if !matches!(w, "he" | "she" | "him" | "her" | "it" | "they" | "them") {
            continue;
        }
        if ctx.quote_of.get(i).copied().flatten().is_some() {
            continue;
        }
        let span = ctx.toks.toks[i].span;
        let key = match w {
            "him" => "he",
            "her" => "she",
            "them" => "they",
            w => w,
        };
        if key == "it" && !earlier_body(ctx, span) && !speaks_after(ctx, i) {
            if let Some(thing) = ctx.memory.thing_subject() {
                out.push((span, thing.to_string()));
                continue;
            }
        }
        if let Some(s) = resolve_pronoun(ctx, key, span) {
            out.push((span, s.name));
        }
    }
    out
}

/// True when "it" at `i` speaks ("It said", "It has insisted", "It
/// denied"): a body, whatever the last sentence opened with.
fn speaks_after(ctx: &SourceCtx, i: usize) -> bool {
    let mut j = i + 1;
    while j < ctx.toks.len() && j < i + 3 && ctx.lx.is_aux(ctx.toks.lower(j)) {
        j += 1;
    }
    j < ctx.toks.len() && ctx.lx.cues.contains_key(ctx.toks.lower(j))
}

/// True when a body is named earlier in the sentence than `span`.
fn earlier_body(ctx: &SourceCtx, span: Span) -> bool {
    earlier_in_sentence(ctx, span, |n| {
        matches!(
            n.kind,
            NameKind::Organization | NameKind::Government | NameKind::Outlet
        )
    })
    .is_some()
}

fn resolve_pronoun(ctx: &SourceCtx, w: &str, span: Span) -> Option<Source> {
    let person = matches!(w, "he" | "she" | "i" | "his" | "her");
    if let Some(n) = earlier_in_sentence(ctx, span, |n| {
        if person {
            n.kind == NameKind::Person && super::memory::fits_pronoun(&n.name, w)
        } else {
            matches!(
                n.kind,
                NameKind::Organization | NameKind::Government | NameKind::Outlet
            )
        }
    }) {
        return Some(Source {
            name: n.name.clone(),
            kind: kind_of_name(n.kind),
            span: Some(span),
            count: None,
        });
    }
    match w {
        "he" | "she" | "i" | "his" | "her" => ctx.memory.last_person(w).map(|p| Source {
            name: p.to_string(),
            kind: SourceKind::Person,
            span: Some(span),
            count: None,
        }),
        "they" | "their" => ctx
            .memory
            .last_plural()
            .or_else(|| ctx.memory.last_body())
            .map(|(n, k)| Source {
                name: n.to_string(),
                kind: k,
                span: Some(span),
                count: None,
            }),
        "it" | "its" | "we" => ctx.memory.last_body().map(|(n, k)| Source {
            name: n.to_string(),
            kind: k,
            span: Some(span),
            count: None,
        }),
        _ => None,
    }
}

/// "the company", "the agency", "the bank": the body the text named before.
/// Whom a proposition's described subject stands for: "The company paid
/// ..." -> the organisation or body the text points back to, resolved as a
/// described source is ("the company said").
/// The speaker a pronoun opening what they said stands for, when it fits
/// them: "Bergen police said they had opened an investigation" (the police),
/// "Ann Holt said she would appeal" (Ann Holt); not "Police said he was
/// arrested".
pub(super) fn speaker_subject(
    ctx: &SourceCtx,
    sources: &[Source],
    (a, b): (usize, usize),
) -> Option<String> {
    let first = ctx.toks.lower(a);
    if b <= a + 1 || ctx.quote_of.get(a).copied().flatten().is_some() {
        return None;
    }
    let s = sources.last()?;
    let last = s.name.split_whitespace().last()?.to_lowercase();
    let fits = match first {
        // "Bergen police", "Police in Bergen", "officials".
        "they" => {
            s.kind != SourceKind::Person
                && s.count.is_none_or(|n| n > 1)
                && s.name.split_whitespace().take(3).any(|w| {
                    let w = w.to_lowercase();
                    matches!(w.as_str(), "police" | "staff" | "crew" | "people")
                        || w == last && w.ends_with('s') && !w.ends_with("ss")
                })
        }
        "he" | "she" => {
            s.kind == SourceKind::Person
                && s.name.starts_with(char::is_uppercase)
                && s.name.split_whitespace().count() >= 2
                && crate::lexicon::names::gender(&s.name.split_whitespace().next()?.to_lowercase())
                    .is_none_or(|g| {
                        (g == crate::lexicon::names::Gender::Female) == (first == "she")
                    })
        }
        _ => false,
    };
    fits.then(|| s.name.clone())
}

pub(super) fn described_subject(ctx: &SourceCtx, a: usize, b: usize) -> Option<String> {
    let toks = ctx.toks;
    // "He had 11 rebounds": the person or body a pronoun subject points back
    // to, outside quotations.
    let first = toks.lower(a);
    if matches!(first, "he" | "she" | "it" | "they")
        && b > a + 1
        && ctx.quote_of.get(a).copied().flatten().is_none()
    {
        let span = toks.toks[a].span;
        // "The crack ... runs diagonally. It was first spotted on Monday":
        // the thing, not the last body named.
        if first == "it" && !earlier_body(ctx, span) && !speaks_after(ctx, a) {
            if let Some(thing) = ctx.memory.thing_subject() {
                return Some(thing.to_string());
            }
        }
        return resolve_pronoun(ctx, first, span).map(|s| s.name);
    }
    if b < a + 3 || toks.lower(a) != "the" || !toks.toks[a + 1].is_word() {
        return None;
    }
    // "The company paid", "the company has not": the head right after "the",
    // followed by a verb or an auxiliary, not by more of a noun phrase.
    let head = toks.lower(a + 1);
    if !matches!(
        source_head(ctx.lx, head),
        Some(SourceKind::Organization | SourceKind::Government)
    ) || ctx
        .names
        .iter()
        .any(|n| n.toks.0 <= a + 1 && a + 1 < n.toks.1)
    {
        return None;
    }
    let next = &toks.toks[a + 2];
    let w = toks.lower(a + 2);
    let verbish = next.is_word()
        && !next.has(flag::CAP)
        && (ctx.lx.is_aux(w) || w.ends_with("ed") || ctx.lx.irregular.contains_key(w));
    if !verbish {
        return None;
    }
    let span = toks.toks[a].span.cover(toks.toks[a + 1].span);
    resolve_description(ctx, head, span).map(|s| s.name)
}

fn resolve_description(ctx: &SourceCtx, head: &str, span: Span) -> Option<Source> {
    let mem = ctx.memory;
    let has_word = |n: &Name| {
        n.name
            .split(|c: char| !c.is_alphanumeric())
            .any(|x| x.eq_ignore_ascii_case(head))
    };
    if let Some(n) = earlier_in_sentence(ctx, span, |n| {
        n.kind != NameKind::Person && n.kind != NameKind::Place && has_word(n)
    }) {
        return Some(Source {
            name: n.name.clone(),
            kind: kind_of_name(n.kind),
            span: Some(span),
            count: None,
        });
    }
    let is_company = crate::lexicon::company_word(head);
    // The first company of the sentence, its subject ("Castlegate Bank will
    // cut ... for Northmoor borrowers ..., the lender said"; "The project,
    // developed by Northgale Renewables, ..., the company said"), unless
    // the company the text names most is named there too.
    let main_here = mem.main_organization().is_some_and(|m| {
        ctx.names
            .iter()
            .any(|n| n.name == m && n.span.end() <= span.start())
    });
    if is_company && !main_here {
        let where_prep = |w: &str| {
            matches!(
                w,
                "near" | "in" | "to" | "from" | "into" | "outside" | "beside"
            )
        };
        // Not a name of where something is ("a cracked main near the
        // Dunmere treatment works, according to the company"), nor one
        // joined to such a name ("regulators in the United States and the
        // European Union, the company said").
        let where_named = |n: &Name| {
            let mut k = n.toks.0;
            if k >= 1 && matches!(ctx.toks.lower(k - 1), "the" | "a") {
                k -= 1;
            }
            if k >= 1 && where_prep(ctx.toks.lower(k - 1)) {
                return true;
            }
            k >= 1
                && matches!(ctx.toks.lower(k - 1), "and" | "or")
                && ctx.names.iter().any(|m| {
                    m.toks.1 + 1 == k
                        && (m.toks.0.saturating_sub(2)..m.toks.0)
                            .any(|j| where_prep(ctx.toks.lower(j)))
                })
        };
        let first = ctx.names.iter().find(|n| {
            n.span.end() <= span.start()
                && matches!(n.kind, NameKind::Organization | NameKind::Other)
                && !where_named(n)
                // Not a flight, a model or a route ("Flight NG412, an Airbus
                // A320, left ..., the airline said").
                && !n.name.chars().any(|ch| ch.is_ascii_digit())
                // (A workplace after "at" is the company: "Staff at Carrow
                // Foods will lose 200 jobs, the company said".)
                && !n.qualifier
                && ctx.quote_of.get(n.toks.0).copied().flatten().is_none()
        });
        if let Some(n) = first {
            return Some(Source {
                name: n.name.clone(),
                kind: SourceKind::Organization,
                span: Some(span),
                count: None,
            });
        }
    }
    // "The person said": the unnamed source described so ("a person
    // familiar with the negotiations").
    if let Some((name, kind)) = mem.described_with_word(head) {
        return Some(Source {
            name: name.to_string(),
            kind,
            span: Some(span),
            count: None,
        });
    }
    // "the Kenyan told reporters": a person told by nationality, the last
    // one named.
    let capitalised: String = head
        .chars()
        .take(1)
        .flat_map(char::to_uppercase)
        .chain(head.chars().skip(1))
        .collect();
    if crate::parse::names::is_demonym(&capitalised) {
        return mem.last_person("").map(|p| Source {
            name: p.to_string(),
            kind: SourceKind::Person,
            span: Some(span),
            count: None,
        });
    }
    // "the fire chief", "the minister": the person the text gave that title.
    if ctx.lx.titles.contains_key(head) {
        if let Some(p) = mem.person_with_title(head) {
            return Some(Source {
                name: p.to_string(),
                kind: SourceKind::Person,
                span: Some(span),
                count: None,
            });
        }
        return None;
    }
    let found = mem.body_with_word(head).or_else(|| match head {
        w if crate::lexicon::company_word(w) => mem
            .main_organization()
            .map(|n| (n, SourceKind::Organization)),
        "agency" | "regulator" | "authority" | "ministry" | "department" | "government"
        | "administration" | "commission" | "office" => mem
            .last_government()
            // Not a body whose name says it is another kind: "the
            // commission" is no "Regional Court" ("the agency" is a word for
            // any body).
            .filter(|n| {
                !matches!(head, "commission" | "ministry" | "department")
                    || n.split_whitespace()
                        .map(str::to_lowercase)
                        .all(|w| w == head || ctx.lx.org_words.get(&w) != Some(&OrgWord::Gov))
            })
            .map(|n| (n, SourceKind::Government)),
        _ => None,
    })?;
    Some(Source {
        name: found.0.to_string(),
        kind: found.1,
        span: Some(span),
        count: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::names::{NameBook, find_names, mid_sentence_caps};
    use crate::parse::sentence::split_sentences;
    use crate::parse::token::tokenize;

    /// Reads the source of the whole text, after a context sentence fed to memory.
    fn src(context: &str, np: &str) -> Option<(String, SourceKind, Option<u32>)> {
        let lx = Lexicon::builtin();
        let text = format!("{context} {np}");
        let toks = tokenize(&text, 0, text.len());
        let sents = split_sentences(&toks, 0, toks.len(), lx);
        let mid = mid_sentence_caps(&toks, &sents);
        let mut book = NameBook::default();
        let mut mem = Memory::default();
        let start = context.len() + 1;
        let first = toks
            .toks
            .iter()
            .position(|t| t.span.start() >= start)
            .unwrap_or(toks.len());
        let mut names = Vec::new();
        for s in &sents {
            for n in find_names(&toks, &text, s, &mid, &mut book, lx) {
                if n.toks.0 < first {
                    mem.see_name(&n);
                } else {
                    names.push(n);
                }
            }
        }
        let quote_of = vec![None; toks.len()];
        let ctx = SourceCtx {
            toks: &toks,
            text: &text,
            names: &names,
            lx,
            memory: &mem,
            quote_of: &quote_of,
        };
        read_source(&ctx, first, toks.len()).map(|s| (s.name, s.kind, s.count))
    }

    #[test]
    fn named_people_and_bodies() {
        assert_eq!(
            src("", "Trekwell CEO Marcus Dahl").unwrap().0,
            "Marcus Dahl"
        );
        assert_eq!(
            src("", "his agent, Samuel Okafor").unwrap().0,
            "Samuel Okafor"
        );
        assert_eq!(
            src("", "the U.S. Consumer Product Safety Commission").unwrap(),
            (
                "U.S. Consumer Product Safety Commission".into(),
                SourceKind::Government,
                None
            )
        );
        assert_eq!(
            src("", "CBS").unwrap(),
            ("CBS News".into(), SourceKind::Outlet, None)
        );
        assert_eq!(
            src("", "Teheran").unwrap(),
            ("Tehran".into(), SourceKind::Government, None)
        );
        assert_eq!(src("", "Iran's UN Mission").unwrap().0, "UN Mission");
    }

    #[test]
    fn places_run_by_a_body_speak_and_relative_clauses_do_not() {
        assert_eq!(
            src("", "the airport").map(|s| s.1),
            Some(SourceKind::Organization)
        );
        assert_eq!(src("", "whose shop faces the library entrance"), None);
    }

    #[test]
    fn a_person_told_by_nationality_is_the_last_one_named() {
        assert_eq!(
            src("Elias Mwangangi won the race on Sunday.", "the Kenyan")
                .unwrap()
                .0,
            "Elias Mwangangi"
        );
        // A body is no nationality.
        assert_ne!(
            src("Elias Mwangangi won the race on Sunday.", "the federation").map(|s| s.0),
            Some("Elias Mwangangi".to_string())
        );
    }

    #[test]
    fn described_and_anonymous_sources() {
        assert_eq!(
            src("", "two officials familiar with the matter").unwrap(),
            (
                "two officials familiar with the matter".into(),
                SourceKind::Anonymous,
                Some(2)
            )
        );
        assert_eq!(src("", "unnamed sources").unwrap().1, SourceKind::Anonymous);
        assert_eq!(
            src(
                "",
                "a company filing with the Consumer Product Safety Commission"
            )
            .unwrap()
            .1,
            SourceKind::Document
        );
        assert_eq!(src("", "budget documents").unwrap().1, SourceKind::Document);
        assert_eq!(
            src("", "a person with knowledge of the negotiations")
                .unwrap()
                .2,
            Some(1)
        );
        assert_eq!(
            src("", "Consumer advocates").unwrap().1,
            SourceKind::Unspecified
        );
    }

    #[test]
    fn pronouns_and_descriptions_resolve() {
        assert_eq!(src("Nadia Ferris spoke.", "she").unwrap().0, "Nadia Ferris");
        assert_eq!(
            src("The Central Bank of Kenya met.", "the bank").unwrap().0,
            "Central Bank of Kenya"
        );
        assert_eq!(src("Trekwell Mobility and Trekwell sell bikes with the Consumer Product Safety Commission.", "the company").unwrap().0, "Trekwell Mobility");
        assert_eq!(
            src("The Consumer Product Safety Commission met.", "the agency")
                .unwrap()
                .0,
            "Consumer Product Safety Commission"
        );
        // A word for one kind of body is no other kind's name; other words
        // of the name do not matter.
        assert_eq!(
            src(
                "The Securities and Exchange Commission met.",
                "the commission"
            )
            .unwrap()
            .0,
            "Securities and Exchange Commission"
        );
        assert_eq!(
            src("The Environment Agency met.", "an agency spokesperson")
                .unwrap()
                .0,
            "Environment Agency spokesperson"
        );
        // A body named after the head is the one spoken for.
        assert_eq!(
            src(
                "The Bank of England held rates.",
                "a bank spokesperson at Barclays"
            )
            .unwrap()
            .0,
            "a bank spokesperson at Barclays"
        );
        // A body's own possessive stays as written ("the museum's insurers").
        assert_eq!(
            src("The Lindqvist Museum shut.", "the museum's insurers")
                .unwrap()
                .0,
            "the museum's insurers"
        );
        assert_eq!(
            src("The Ministry of Health met.", "the ministry")
                .unwrap()
                .0,
            "Ministry of Health"
        );
        assert_ne!(
            src(
                "He asked the Regional Court to order a recount.",
                "the commission"
            )
            .map(|s| s.0),
            Some("Regional Court".to_string())
        );
    }

    #[test]
    fn plain_nouns_are_not_sources() {
        assert!(src("", "the recall").is_none());
        assert!(src("", "the batteries").is_none());
    }
}
