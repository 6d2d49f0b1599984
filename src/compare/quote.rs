//! Quotes: the same remark quoted by two sources.
//!
//! Two quotations are the same remark when, word for word, most of the
//! shorter one appears in order in the longer (longest common subsequence).
//! Then:
//! - credited to two different people: a `person` contradiction
//!   ("We should have acted sooner" from the CEO in one report, from a vice
//!   president in another);
//! - credited to the same speaker with different words inside the part both
//!   quote: a `quote` contradiction, with the word diff ("at any price" /
//!   "at that price");
//! - otherwise they agree.
//!
//! Traps it must not fall into: a partial quote ("called it 'one of the
//! largest recalls'") is not a misquote of the full sentence, so words
//! beyond either end of the shorter quote are ignored; an ellipsis (`...`,
//! `…`) in one quote stands for whatever the other has there; case and
//! punctuation never count.

use similar::{Algorithm, DiffOp as SimilarOp};

use super::DiffOp;

/// Normalised words of a quotation: lowercase, punctuation dropped, an
/// ellipsis kept as the word `…`.
pub fn quote_words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    // Words in brackets are the writer's, not the speaker's: "her (Tara Reid)".
    let mut depth = 0usize;
    for raw in text.split_whitespace() {
        let opens = raw.matches(['(', '[']).count();
        let closes = raw.matches([')', ']']).count();
        let inside = depth > 0 || opens > 0;
        depth = (depth + opens).saturating_sub(closes);
        if inside {
            continue;
        }
        let w = raw.replace("...", " … ").replace('…', " … ");
        for part in w.split_whitespace() {
            if part == "…" {
                out.push("…".to_string());
                continue;
            }
            // A time on the hour is the hour: "6:00 p.m." / "6 p.m.".
            let part = match part.split_once(":00") {
                Some((h, rest))
                    if !h.is_empty()
                        && h.chars().all(|c| c.is_ascii_digit())
                        && !rest.starts_with(|c: char| c.is_ascii_digit()) =>
                {
                    format!("{h}{rest}")
                }
                _ => part.to_string(),
            };
            let kept = part
                .chars()
                .map(|c| if c == '’' || c == '‘' { '\'' } else { c })
                .filter(|c| {
                    c.is_alphanumeric()
                        || *c == '\''
                        || *c == '-'
                        || *c == '%'
                        || *c == '$'
                        || *c == '£'
                        || *c == '€'
                })
                .collect::<String>()
                .to_lowercase();
            // A noun's possessive, singular or plural, is the noun: one
            // remark transcribed "the population's anger" and "the
            // populations' anger".
            let clean = match kept.strip_suffix("s'") {
                Some(stem) if stem.len() > 3 => stem.to_string(),
                _ => {
                    let trimmed = kept.trim_matches(|c| c == '\'' || c == '-');
                    match trimmed.strip_suffix("'s") {
                        Some(stem)
                            if stem.len() > 3
                                && !matches!(
                                    stem,
                                    "that" | "what" | "there" | "here" | "where"
                                ) =>
                        {
                            stem.to_string()
                        }
                        _ => trimmed.to_string(),
                    }
                }
            };
            // One word spelt two ways.
            let clean = if clean == "okay" {
                "ok".to_string()
            } else {
                clean
            };
            if !clean.is_empty() {
                expand_contraction(clean, &mut out);
            }
        }
    }
    out
}

/// Pushes a word with its contraction spelt out ("we'd" -> "we would",
/// "hadn't" -> "had not"): one remark is quoted both ways.
fn expand_contraction(w: String, out: &mut Vec<String>) {
    let split = |stem: &str, full: &str, out: &mut Vec<String>| {
        if !stem.is_empty() {
            out.push(stem.to_string());
        }
        out.push(full.to_string());
    };
    match w.as_str() {
        "won't" => split("will", "not", out),
        "can't" => split("can", "not", out),
        "shan't" => split("shall", "not", out),
        _ => {
            if let Some(s) = w.strip_suffix("n't") {
                split(s, "not", out);
            } else if let Some(s) = w.strip_suffix("'d") {
                // "would" mostly; "we'd gone" is "had", spelt alike on both
                // sides of a faithful quote either way.
                split(s, "would", out);
            } else if let Some(s) = w.strip_suffix("'ll") {
                split(s, "will", out);
            } else if let Some(s) = w.strip_suffix("'re") {
                split(s, "are", out);
            } else if let Some(s) = w.strip_suffix("'ve") {
                split(s, "have", out);
            } else if let Some(s) = w.strip_suffix("'m") {
                split(s, "am", out);
            } else {
                out.push(w);
            }
        }
    }
}

/// Words too common to make two quotes the same remark.
const FUNCTION: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "is",
    "are", "was", "were", "be", "been", "we", "i", "you", "he", "she", "it", "they", "our", "my",
    "your", "his", "her", "its", "their", "this", "that", "these", "those", "will", "would", "can",
    "could", "not", "no", "do", "does", "did", "have", "has", "had", "until", "every", "all", "as",
    "so", "if",
];

/// How two quotations relate.
#[derive(Clone, Debug, PartialEq)]
pub enum QuoteMatch {
    /// Not the same remark.
    Different,
    /// The same words where both quote.
    Same,
    /// The same remark with different words inside the shared part.
    Reworded(Vec<DiffOp>),
}

/// Compares two quotations.
pub fn compare_quotes(a: &str, b: &str) -> QuoteMatch {
    compare_words(&quote_words(a), &quote_words(b))
}

/// The sentences of a quotation: split after a full stop, a question or
/// an exclamation mark before a capital ("... come out. I want to ...").
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for k in 0..chars.len() {
        let (at, c) = chars[k];
        let next_upper = chars.get(k + 2).is_some_and(|&(_, n)| n.is_uppercase());
        if matches!(c, '.' | '!' | '?')
            && chars.get(k + 1).is_some_and(|&(_, n)| n == ' ')
            && next_upper
        {
            out.push(&text[start..at + 1]);
            start = at + 2;
        }
    }
    out.push(&text[start..]);
    out
}

/// The diff of two quotations of one remark whose sentences end in other
/// words: "today the truth has finally been heard" / "today the truth has
/// finally come out." A partial quote stops short or runs on ("finally
/// come out at last"); a sentence both quote to its end and end apart is
/// reworded. Only where the rest of the sentence is the same, word for
/// word, for at least four words before the end.
pub fn changed_ending(a: &str, b: &str) -> Option<Vec<DiffOp>> {
    for sa in sentences(a) {
        for sb in sentences(b) {
            let (wa, wb) = (quote_words(sa), quote_words(sb));
            // Sentences long enough to be one remark quoted twice, not two
            // short remarks alike ("I want to thank the fans" / "... the
            // players").
            if wa.len() < 7 || wb.len() < 7 {
                continue;
            }
            let ops = similar::capture_diff_slices(Algorithm::Myers, &wa, &wb);
            // The tail after the last run of four or more words both share:
            // a few words each, some of each side's own, none shared last.
            let Some(k) = ops
                .iter()
                .rposition(|op| matches!(op, SimilarOp::Equal { len, .. } if *len >= 5))
            else {
                continue;
            };
            let tail = &ops[k + 1..];
            if tail.is_empty() || matches!(tail.last(), Some(SimilarOp::Equal { .. })) {
                continue;
            }
            let (mut old, mut new) = (Vec::new(), Vec::new());
            // Each side's own words, those that carry meaning.
            let (mut own_a, mut own_b): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
            let own = |to: &mut Vec<String>, ws: &[String]| {
                to.extend(
                    ws.iter()
                        .filter(|w| !immaterial(std::slice::from_ref(*w)))
                        .cloned(),
                );
            };
            for op in tail {
                match *op {
                    SimilarOp::Equal {
                        old_index,
                        new_index,
                        len,
                    } => {
                        old.extend_from_slice(&wa[old_index..old_index + len]);
                        new.extend_from_slice(&wb[new_index..new_index + len]);
                    }
                    SimilarOp::Delete {
                        old_index, old_len, ..
                    } => {
                        old.extend_from_slice(&wa[old_index..old_index + old_len]);
                        own(&mut own_a, &wa[old_index..old_index + old_len]);
                    }
                    SimilarOp::Insert {
                        new_index, new_len, ..
                    } => {
                        new.extend_from_slice(&wb[new_index..new_index + new_len]);
                        own(&mut own_b, &wb[new_index..new_index + new_len]);
                    }
                    SimilarOp::Replace {
                        old_index,
                        old_len,
                        new_index,
                        new_len,
                    } => {
                        old.extend_from_slice(&wa[old_index..old_index + old_len]);
                        new.extend_from_slice(&wb[new_index..new_index + new_len]);
                        own(&mut own_a, &wa[old_index..old_index + old_len]);
                        own(&mut own_b, &wb[new_index..new_index + new_len]);
                    }
                }
            }
            if own_a.is_empty() || own_b.is_empty() || old.len() > 4 || new.len() > 4 {
                continue;
            }
            let matched: usize = equal_words(&ops);
            let before = wa
                .len()
                .min(wb.len())
                .saturating_sub(old.len().max(new.len()));
            if matched * 10 < before * 9 {
                continue;
            }
            if same_spelling(&own_a, &own_b) {
                continue;
            }
            return Some(diff_of(&wa, &wb, &ops));
        }
    }
    None
}

/// True when two quotations open with the same words, two of them of
/// meaning, and then go two ways, each for a clause of its own sharing
/// almost nothing with the other: "This is a hammer blow, but it is not a
/// surprise to anyone" / "This is a hammer blow, and it has come
/// completely out of the blue". One speaker's remark, told two ways.
pub fn forked(wa: &[String], wb: &[String]) -> bool {
    let opening = wa.iter().zip(wb).take_while(|(x, y)| x == y).count();
    let lx = crate::lexicon::Lexicon::builtin();
    let meaning = |ws: &[String]| {
        ws.iter()
            .filter(|w| {
                !immaterial(std::slice::from_ref(*w)) && !lx.is_stop(w) && w.as_str() != "…"
            })
            .count()
    };
    if opening < 4 || meaning(&wa[..opening]) < 1 {
        return false;
    }
    let (ra, rb) = (&wa[opening..], &wb[opening..]);
    // At one point of the sentence: both go on with a clause ("but" /
    // "and"), a noun ("my life" / "a chess game") or a phrase ("in" /
    // "at"). One going on where the other starts a clause may quote two
    // parts of a longer remark ("an open mind about the cause, and I would
    // ask" / "an open mind and we will follow the evidence").
    let class = |w: &str| match w {
        "and" | "but" | "yet" | "so" | "or" | "while" => Some(0),
        "a" | "an" | "the" | "my" | "our" | "his" | "her" | "their" | "its" | "this" | "that"
        | "every" | "any" | "no" => Some(1),
        "in" | "on" | "at" | "about" | "of" | "for" | "with" | "to" | "from" | "over" | "by" => {
            Some(2)
        }
        _ => None,
    };
    let (Some(x), Some(y)) = (ra.first(), rb.first()) else {
        return false;
    };
    if class(x).is_none() || class(x) != class(y) {
        return false;
    }
    if meaning(ra) < 2
        || meaning(rb) < 2
        || ra.contains(&"…".to_string())
        || rb.contains(&"…".to_string())
    {
        return false;
    }
    let shared = ra
        .iter()
        .filter(|w| meaning(std::slice::from_ref(*w)) == 1 && rb.contains(w))
        .count();
    shared * 4 < meaning(ra).min(meaning(rb))
}

/// True when two quotations of one remark open with opposite stances
/// before the words they share: "We cannot rule out that the bridge was
/// in danger" / "We do not believe the bridge was in danger" (a denial
/// counts once, "rule out" once more; an even count affirms).
pub fn stances_differ(wa: &[String], wb: &[String]) -> bool {
    let ops = similar::capture_diff_slices(Algorithm::Myers, wa, wb);
    let Some((ia, ib)) = ops.iter().find_map(|op| match op {
        SimilarOp::Equal {
            old_index,
            new_index,
            len,
        } if *len >= 3 => Some((*old_index, *new_index)),
        _ => None,
    }) else {
        return false;
    };
    let denials = |ws: &[String]| {
        ws.iter()
            .enumerate()
            .filter(|(k, w)| {
                // Verbs that deny count too: "There is no doubt", "We can't
                // deny" affirm.
                matches!(
                    w.as_str(),
                    "not"
                        | "never"
                        | "no"
                        | "cannot"
                        | "nobody"
                        | "nothing"
                        | "doubt"
                        | "doubts"
                        | "deny"
                        | "denies"
                        | "dispute"
                ) || w.ends_with("n't")
                    || w.as_str() == "out"
                        && k.checked_sub(1)
                            .is_some_and(|j| matches!(ws[j].as_str(), "rule" | "ruled" | "ruling"))
            })
            .count()
    };
    // Both open with a short stance of their own.
    let (pa, pb) = (&wa[..ia], &wb[..ib]);
    let short = |p: &[String]| !p.is_empty() && p.len() <= 6;
    short(pa) && short(pb) && pa != pb && denials(pa) % 2 != denials(pb) % 2
}

/// True when every word that carries meaning of a short remark (under
/// eight words) is in the other: two people's like words ("Your pharmacist can exchange your
/// pack" / "Speak to your pharmacist, who can swap your pack") are two
/// remarks, not one credited twice.
pub fn whole_if_short(wa: &[String], wb: &[String]) -> bool {
    let (s, l) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    // Every word that carries meaning of the shorter is in the longer.
    s.len() >= 8
        || s.iter()
            .filter(|w| !FUNCTION.contains(&w.as_str()))
            .all(|w| l.contains(w))
}

/// True when the shorter quotation says enough to be one person's own
/// words: three words that carry meaning. Two people may each use a stock
/// phrase ("a remarkable survival", "a devastating blow").
pub fn own_words(wa: &[String], wb: &[String]) -> bool {
    let s = if wa.len() <= wb.len() { wa } else { wb };
    s.iter().filter(|w| !FUNCTION.contains(&w.as_str())).count() >= 3
}

/// True when the longer quotation tells the shorter as words it heard from
/// someone else ("We heard again that there are no plans for compulsory
/// redundancies" / "no plans for compulsory redundancies"): a verb of
/// hearing, or of being told, comes before the shared words, so the speaker
/// of the longer one retells them.
pub fn retold(wa: &[String], wb: &[String]) -> bool {
    let (s, l) = if wa.len() <= wb.len() {
        (wa, wb)
    } else {
        (wb, wa)
    };
    let Some(first) = s.iter().find(|w| !FUNCTION.contains(&w.as_str())) else {
        return false;
    };
    let Some(at) = l.iter().position(|w| w == first) else {
        return false;
    };
    // Heard, or told to the speaker ("we were told", "they assured us"):
    // not the speaker's own words said again ("As I said on Monday", "I
    // promised the families that").
    let before = &l[..at];
    before.iter().enumerate().any(|(i, w)| {
        let prev = i.checked_sub(1).map_or("", |j| before[j].as_str());
        let next = before.get(i + 1).map_or("", String::as_str);
        w == "heard"
            || w == "told" && matches!(prev, "was" | "were" | "been" | "being")
            || matches!(w.as_str(), "assured" | "promised" | "told")
                && matches!(next, "us" | "me" | "them")
    })
}

/// The noun one remark denies by "no" ("no immediate danger", "no
/// evidence") and the other affirms with no denial in it ("are in real danger if they
/// stay"), when the remarks share it and nothing else says it ended ("the
/// danger has passed").
pub fn denied_and_affirmed(wa: &[String], wb: &[String]) -> Option<String> {
    use crate::lexicon::wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    let negation = |w: &str| matches!(w, "no" | "not" | "never" | "without") || w.ends_with("n't");
    // "no N" or "no ADJ N": a verb denied ("aren't asking", "isn't going")
    // or a contrast ("capacity, not demand") is no thing denied.
    let denies = |q: &[String], i: usize| {
        i >= 1 && q[i - 1] == "no"
            || i >= 2 && q[i - 2] == "no" && !FUNCTION.contains(&q[i - 1].as_str())
    };
    let ended = |q: &[String], i: usize| {
        q[i + 1..(i + 4).min(q.len())].iter().any(|w| {
            matches!(
                w.as_str(),
                "over" | "passed" | "gone" | "ended" | "eased" | "receded"
            )
        })
    };
    let clean = |q: &[String]| !q.iter().any(|w| negation(w));
    for (x, y) in [(wa, wb), (wb, wa)] {
        if !clean(y) {
            continue;
        }
        for (i, w) in x.iter().enumerate() {
            if w.len() < 4 || FUNCTION.contains(&w.as_str()) || wn.lemma(w, Pos::Noun).is_none() {
                continue;
            }
            // Denied wherever the remark says it ("the youth in this
            // community have ... no community centre" affirms it too).
            if !denies(x, i) || x.iter().enumerate().any(|(k, v)| v == w && !denies(x, k)) {
                continue;
            }
            if let Some(j) = y.iter().position(|v| v == w) {
                if !ended(y, j) {
                    return Some(w.clone());
                }
            }
        }
    }
    None
}

/// Compares two quotations given as [`quote_words`].
pub fn compare_words(wa: &[String], wb: &[String]) -> QuoteMatch {
    let short = wa.len().min(wb.len());
    if short < 3 {
        return if short > 0 && wa == wb {
            QuoteMatch::Same
        } else {
            QuoteMatch::Different
        };
    }
    let ops = similar::capture_diff_slices(Algorithm::Myers, wa, wb);
    let matched: usize = equal_words(&ops);
    // The same remark: most of the shorter quote in order, and either nearly
    // all of it or at least two words that carry meaning (function words alone
    // make "We will not rest until ..." and "We will not stop until ..." alike).
    let content = ops
        .iter()
        .map(|op| match op {
            SimilarOp::Equal { old_index, len, .. } => wa[*old_index..old_index + len]
                .iter()
                .filter(|w| !FUNCTION.contains(&w.as_str()))
                .count(),
            _ => 0,
        })
        .sum::<usize>();
    // Words one side changed for a word of one sense ("a deal that
    // empties the sea" / "an agreement that strips the ocean bare") count as
    // kept.
    // Only where the rest is kept: one other change of two words at most
    // a side ("empties" / "strips"), not a remark told otherwise ("The ship
    // is safe and the crew is fine" / "The vessel is sinking and the crew is
    // scared").
    let mut paraphrased = 0;
    let mut other_changes: Vec<usize> = Vec::new();
    for op in &ops {
        match *op {
            SimilarOp::Replace {
                old_len, new_len, ..
            } => {
                let n = swaps(&wa[op.old_range()], &wb[op.new_range()]);
                if n > 0 {
                    paraphrased += n;
                } else {
                    other_changes.push(old_len.max(new_len));
                }
            }
            SimilarOp::Delete { old_len, .. } => other_changes.push(old_len),
            SimilarOp::Insert { new_len, .. } => other_changes.push(new_len),
            SimilarOp::Equal { .. } => {}
        }
    }
    if other_changes.len() > 1 || other_changes.iter().any(|&n| n > 2) {
        paraphrased = 0;
    }
    let (matched, content) = (matched + paraphrased, content + paraphrased);
    let ratio = matched as f64 / short as f64;
    // A remark retold loosely keeps a long run of its words and several
    // that carry meaning ("... the night porter, we would be counting
    // bodies" / "If the night porter hadn't acted ..., we'd be counting the
    // dead").
    let longest = ops
        .iter()
        .map(|op| match op {
            SimilarOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    let long = wa.len().max(wb.len());
    // Or two runs of three words, each with a word of its own ("We lost in
    // twenty minutes what took a whole year" / "We lost in a quarter of an
    // hour what took a year"; not "It was fun ... out there and" twice).
    let runs_of_three = ops
        .iter()
        .filter(|op| match op {
            SimilarOp::Equal { old_index, len, .. } if *len >= 3 => {
                wa[*old_index..old_index + len].iter().any(|w| {
                    w.chars().count() >= 4
                        && !FUNCTION.contains(&w.as_str())
                        && !matches!(
                            w.as_str(),
                            "there"
                                | "here"
                                | "then"
                                | "just"
                                | "very"
                                | "really"
                                | "going"
                                | "like"
                                | "well"
                                | "also"
                                | "what"
                        )
                })
            }
            _ => false,
        })
        .count();
    // Or one remark with its middle changed: the same opening and the same
    // close, two words each at least, around a few words of its own ("was
    // deceived as much as any buyer" / "was deceived far more than any
    // buyer").
    let bracketed = match ops.as_slice() {
        [
            SimilarOp::Equal { len: head, .. },
            middle,
            SimilarOp::Equal { len: tail, .. },
        ] => {
            let (old_len, new_len) = match *middle {
                SimilarOp::Replace {
                    old_len, new_len, ..
                } => (old_len, new_len),
                SimilarOp::Delete { old_len, .. } => (old_len, 0),
                SimilarOp::Insert { new_len, .. } => (0, new_len),
                SimilarOp::Equal { .. } => (0, 0),
            };
            *head >= 2 && *tail >= 2 && content >= 2 && old_len.max(new_len) <= 3
        }
        _ => false,
    };
    let retold = ratio >= 0.45
        && content >= 3
        && (longest >= 4 || runs_of_three >= 2)
        && short * 10 >= long * 7
        || bracketed;
    // Words matched one or two at a time, far apart on either side, and
    // none of them long words that carry meaning, are two remarks sharing
    // common words ("They managed to get out" / "they were trying to get
    // him out"; not "We are deeply sorry for the disruption" / "We deeply
    // regret the disruption").
    let runs: Vec<(usize, usize, usize)> = ops
        .iter()
        .filter_map(|op| match op {
            SimilarOp::Equal {
                old_index,
                new_index,
                len,
            } => Some((*old_index, *new_index, *len)),
            _ => None,
        })
        .collect();
    let spread = match (runs.first(), runs.last()) {
        (Some(f), Some(l)) => (l.0 + l.2 - f.0).max(l.1 + l.2 - f.1),
        _ => 0,
    };
    let telling = runs
        .iter()
        .flat_map(|r| &wa[r.0..r.0 + r.2])
        .filter(|w| w.chars().count() >= 5 && !FUNCTION.contains(&w.as_str()))
        .count();
    let scattered = longest < 3 && spread > matched + 2 && telling < 2;
    if matched < 3 || (ratio < 0.6 || ratio < 0.8 && content < 2) && !retold || scattered {
        return QuoteMatch::Different;
    }
    // Trim words beyond either end of the part both quote; a lone function
    // word matched far out ("I" of "I'm usually not nervous ... because I
    // felt") is no part of it, one a word away ("Our [members] are") is.
    let gap = |from: usize, step: isize| -> usize {
        let mut k = from as isize + step;
        let mut n = 0;
        while k >= 0 && (k as usize) < ops.len() {
            match ops[k as usize] {
                SimilarOp::Equal { .. } => break,
                SimilarOp::Delete { old_len, .. } => n += old_len,
                SimilarOp::Insert { new_len, .. } => n += new_len,
                SimilarOp::Replace {
                    old_len, new_len, ..
                } => n += old_len.max(new_len),
            }
            k += step;
        }
        n
    };
    let anchors = |k: usize, step: isize| match ops[k] {
        SimilarOp::Equal { old_index, len, .. } => {
            len >= 2 || !FUNCTION.contains(&wa[old_index].as_str()) || gap(k, step) <= 2
        }
        _ => false,
    };
    let first_eq = (0..ops.len()).find(|&k| anchors(k, 1));
    let last_eq = (0..ops.len()).rev().find(|&k| anchors(k, -1));
    let (Some(f), Some(l)) = (first_eq, last_eq) else {
        return QuoteMatch::Different;
    };
    // What is left must still be most of the shorter quote.
    let kept: usize = equal_words(&ops[f..=l.max(f)]);
    if kept < 3 || (kept as f64) < 0.45 * short as f64 {
        return QuoteMatch::Different;
    }
    let mut inner_diff = false;
    // Words one side leaves out that the other has, and whether both sides
    // leave words out or one changes them: a quote shortened inside ("That
    // person is dangerous and needs to be found" / "That person needs to be
    // found") keeps the remark when the other side has no word of its own
    // and none left out bears on what is said (see [`bears_meaning`]).
    let (mut left_a, mut left_b, mut changed) = (false, false, false);
    let mut bearing = false;
    for (k, op) in ops.iter().enumerate().take(l).skip(f) {
        match op {
            SimilarOp::Equal { .. } => {}
            SimilarOp::Delete { .. } => {
                let words = &wa[op.old_range()];
                if !elided(wb, &ops, k, words) && !immaterial(words) {
                    inner_diff = true;
                    left_b = true;
                    bearing |= words.iter().any(|w| bears_meaning(w));
                }
            }
            SimilarOp::Insert { .. } => {
                let words = &wb[op.new_range()];
                if !elided(wa, &ops, k, words) && !immaterial(words) {
                    inner_diff = true;
                    left_a = true;
                    bearing |= words.iter().any(|w| bears_meaning(w));
                }
            }
            SimilarOp::Replace { .. } => {
                let (old, new) = (&wa[op.old_range()], &wb[op.new_range()]);
                let ellipsis = old.iter().all(|w| w == "…") || new.iter().all(|w| w == "…");
                let trivial = immaterial(old) && immaterial(new)
                    || same_spelling(old, new)
                    || initials(old, new)
                    || initials(new, old);
                if !ellipsis && !trivial {
                    inner_diff = true;
                    changed = true;
                }
            }
        }
    }
    if !inner_diff || !(changed || bearing || left_a && left_b) {
        return QuoteMatch::Same;
    }
    // The diff for people: the shared stretch, both quotes' words.
    QuoteMatch::Reworded(diff_of(wa, wb, &ops[f..=l]))
}

/// How many words of meaning of a replaced stretch (up to three words a
/// side) the other side swaps for a word the dictionary makes one concept
/// with it: a synonym or a kind of it ("sea" / "ocean", "deal" /
/// "agreement"), paired in order.
fn swaps(old: &[String], new: &[String]) -> usize {
    use crate::lexicon::Lexicon;
    use crate::lexicon::concept::{relate, relate_nouns};
    use crate::lexicon::wordnet::{Pos, WordNet};
    if old.len() > 3 || new.len() > 3 {
        return 0;
    }
    let (lx, wn) = (Lexicon::builtin(), WordNet::builtin());
    let alike = |x: &str, y: &str| {
        let noun = wn.lemma(x, Pos::Noun).zip(wn.lemma(y, Pos::Noun));
        let verb = wn.lemma(x, Pos::Verb).zip(wn.lemma(y, Pos::Verb));
        x != y
            && (noun.is_some_and(|(p, q)| relate_nouns(lx, p, q).is_some_and(|r| r.alike()))
                || verb.is_some_and(|(p, q)| relate(lx, p, q).is_some_and(|r| r.alike())))
    };
    let content = |w: &&String| !FUNCTION.contains(&w.as_str()) && w.chars().count() >= 3;
    let old: Vec<&String> = old.iter().filter(content).collect();
    let new: Vec<&String> = new.iter().filter(content).collect();
    old.iter().zip(&new).filter(|(x, y)| alike(x, y)).count()
}

/// How many words the runs of `ops` both quotations share hold.
fn equal_words(ops: &[SimilarOp]) -> usize {
    ops.iter()
        .map(|op| match op {
            SimilarOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum()
}

/// The word diff of two quotations over `ops`: equal, deleted and inserted
/// runs, like runs joined.
fn diff_of(wa: &[String], wb: &[String], ops: &[SimilarOp]) -> Vec<DiffOp> {
    let mut out: Vec<DiffOp> = Vec::new();
    let mut push = |op: &str, words: &[String]| {
        if words.is_empty() {
            return;
        }
        let text = words.join(" ");
        match out.last_mut() {
            Some(last) if last.op == op => {
                last.text.push(' ');
                last.text.push_str(&text);
            }
            _ => out.push(DiffOp {
                op: op.to_string(),
                text,
            }),
        }
    };
    for op in ops {
        match *op {
            SimilarOp::Equal { old_index, len, .. } => {
                push("equal", &wa[old_index..old_index + len])
            }
            SimilarOp::Delete {
                old_index, old_len, ..
            } => push("delete", &wa[old_index..old_index + old_len]),
            SimilarOp::Insert {
                new_index, new_len, ..
            } => push("insert", &wb[new_index..new_index + new_len]),
            SimilarOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                push("delete", &wa[old_index..old_index + old_len]);
                push("insert", &wb[new_index..new_index + new_len]);
            }
        }
    }
    out
}

/// Words whose loss or change leaves a remark's meaning: articles,
/// conjunctions, prepositions, pronouns ("We are all deeply shocked" / "We
/// are deeply shocked"). Not negations, quantifiers or modals.
fn immaterial(words: &[String]) -> bool {
    !words.is_empty()
        && words.iter().all(|w| {
            matches!(
                w.as_str(),
                "a" | "an"
                    | "the"
                    | "and"
                    | "or"
                    | "but"
                    | "to"
                    | "of"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    | "with"
                    | "by"
                    | "from"
                    | "that"
                    | "this"
                    | "these"
                    | "those"
                    | "it"
                    | "there"
                    | "so"
                    | "just"
                    | "really"
                    | "very"
                    | "also"
                    | "then"
                    | "well"
                    | "um"
                    | "uh"
                    | "oh"
                    | "we"
                    | "they"
                    | "i"
                    | "you"
                    | "he"
                    | "she"
                    | "us"
                    | "me"
                    | "him"
                    | "them"
                    | "much"
                    | "quite"
                    | "pretty"
                    | "truly"
                    | "actually"
                    | "our"
                    | "their"
                    | "its"
                    | "his"
                    | "her"
                    | "my"
                    | "your"
                    | "as"
                    | "up"
                    | "out"
                    | "all"
                    | "both"
                    | "still"
                    | "even"
                    | "now"
                    | "have"
                    | "has"
                    | "had"
            )
        })
}

/// True for a word whose loss changes what a remark says, not only how
/// much of it is quoted: a denial, a quantity or degree, a modal, a
/// condition or a time ("We will pay" / "We will not pay", "every" /
/// "most", "within days").
fn bears_meaning(w: &str) -> bool {
    let lx = crate::lexicon::Lexicon::builtin();
    w.chars().any(|c| c.is_ascii_digit())
        || crate::syntax::time_noun(w)
        || lx.numbers.contains_key(w)
        // A hedge ("probably", "alleged"), an exception or a degree.
        || lx.hedges.get_exact(w).is_some()
        || matches!(
            w,
            "except"
                | "excluding"
                | "besides"
                | "largely"
                | "mostly"
                | "partly"
                | "partially"
                | "fully"
                | "entirely"
                | "completely"
                | "temporarily"
                | "permanently"
                | "suspected"
                | "likely"
                | "unlikely"
        )
        || matches!(
            w,
            "not"
                | "no"
                | "never"
                | "nothing"
                | "nobody"
                | "none"
                | "neither"
                | "nor"
                | "without"
                | "hardly"
                | "barely"
                | "every"
                | "each"
                | "all"
                | "any"
                | "some"
                | "most"
                | "many"
                | "few"
                | "only"
                | "almost"
                | "nearly"
                | "always"
                | "more"
                | "less"
                | "fewer"
                | "least"
                | "than"
                | "ever"
                | "yet"
                | "already"
                | "again"
                | "will"
                | "would"
                | "may"
                | "might"
                | "could"
                | "can"
                | "should"
                | "must"
                | "shall"
                | "if"
                | "unless"
                | "until"
                | "before"
                | "after"
                | "but"
                | "or"
        )
}

/// True when two runs spell the same words ("cyber criminals" /
/// "cyber-criminals", "neighbourhood" / "neighborhood").
fn same_spelling(a: &[String], b: &[String]) -> bool {
    let join = |ws: &[String]| -> String {
        ws.iter()
            .flat_map(|w| match number_key(w) {
                Some(n) => vec![n],
                None => w
                    .split('-')
                    .map(|p| number_key(p).unwrap_or_else(|| super::event::spelling_key(p)))
                    .collect(),
            })
            .collect::<Vec<_>>()
            .concat()
    };
    join(a) == join(b)
}

/// A number written in words or figures, as figures: "eleventh" and "11th"
/// are "11", "twelve" is "12".
/// Marked off (`#25#`) so that figures joined never read as another
/// ("twenty-five" is not "20" and "5", "205").
fn number_key(w: &str) -> Option<String> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        let suffix = &w[digits.len()..];
        return matches!(suffix, "" | "st" | "nd" | "rd" | "th").then(|| format!("#{digits}#"));
    }
    use crate::lexicon::NumWord;
    let value = |p: &str| match crate::lexicon::Lexicon::builtin().numbers.get(p) {
        Some((v, NumWord::Unit | NumWord::Ordinal)) if v.fract() == 0.0 && *v >= 1.0 => {
            Some(*v as u64)
        }
        _ => None,
    };
    // Tens and units: "twenty-five", "twenty-fifth".
    let v = match w.split_once('-') {
        Some((t, u)) => match (value(t), value(u)) {
            (Some(t), Some(u)) if t >= 20 && t % 10 == 0 && u < 10 => t + u,
            _ => return None,
        },
        None => value(w)?,
    };
    Some(format!("#{v}#"))
}

/// True when `short` is one word made of the initials of `long` ("IE" /
/// "Internet Explorer").
fn initials(short: &[String], long: &[String]) -> bool {
    short.len() == 1
        && long.len() >= 2
        && short[0].chars().count() == long.len()
        && short[0]
            .chars()
            .zip(long.iter())
            .all(|(c, w)| w.starts_with(c))
}

/// True when a one-sided run of words stands where the other quote has an ellipsis.
fn elided(other: &[String], ops: &[SimilarOp], k: usize, words: &[String]) -> bool {
    if words.iter().all(|w| w == "…") {
        return true;
    }
    // The other side's words next to this op: an ellipsis right before or after it.
    let near = |op: &SimilarOp| match op {
        SimilarOp::Equal { new_index, len, .. } => (*new_index, new_index + len),
        _ => (0, 0),
    };
    let before = k.checked_sub(1).map(|p| near(&ops[p]));
    let after = ops.get(k + 1).map(near);
    let has_ellipsis = |r: Option<(usize, usize)>| {
        r.is_some_and(|(s, e)| {
            e > s
                && (other.get(e - 1).is_some_and(|w| w == "…")
                    || other.get(s).is_some_and(|w| w == "…"))
        })
    };
    has_ellipsis(before) || has_ellipsis(after)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::FindingType;
    use crate::compare::testing::between;

    #[test]
    fn a_possessive_transcribed_two_ways_is_one_word() {
        assert_eq!(
            quote_words("I understand the population's anger"),
            quote_words("I understand the populations' anger")
        );
        assert_eq!(quote_words("that's it"), ["that's", "it"]);
        assert_ne!(
            quote_words("the city's plan"),
            quote_words("the county's plan")
        );
    }

    #[test]
    fn a_short_remark_is_one_credited_twice_only_whole() {
        let w = |s: &str| quote_words(s);
        let swap = w("Speak to your pharmacist, who can swap your pack for one from another batch");
        assert!(!whole_if_short(
            &w("Your pharmacist can exchange your pack"),
            &swap
        ));
        assert!(whole_if_short(&w("who can swap your pack"), &swap));
        let a = "outlet: Alpha\ndate: 2026-09-22\n\n\
            \"Speak to your pharmacist, who can swap your pack,\" said regulator Malcolm Osei.\n";
        let b = "outlet: Beta\ndate: 2026-09-22\n\n\
            \"Your pharmacist can exchange your pack,\" said spokeswoman Fiona Redgrave.\n";
        assert_eq!(between(a, b, FindingType::Person), 0);
    }

    #[test]
    fn opposite_stances_before_one_remark() {
        let w = |s: &str| quote_words(s);
        let cannot = w("We cannot rule out that the bridge was in danger of collapse");
        let believe = w("We do not believe the bridge was in danger of collapse");
        let can = w("We can rule out that the bridge was in danger of collapse");
        assert!(stances_differ(&cannot, &believe));
        assert!(stances_differ(&cannot, &can));
        assert!(!stances_differ(&believe, &can));
        // A denying verb denied affirms.
        assert!(!stances_differ(
            &w("There is no doubt the bridge was in danger of collapse"),
            &w("We believe the bridge was in danger of collapse")
        ));
        // No stance of its own on one side: a remark quoted in part.
        assert!(!stances_differ(
            &w(
                "In his own words, he said it's not his DNA to stay in jail, which is what he has to look forward to"
            ),
            &w("Which is what he has to look forward to")
        ));
        let a = "outlet: Alpha News\ndate: 2025-10-14\n\n\
            “We cannot rule out that the bridge was in danger of collapse,” Commissioner Dana Whitfield said.\n";
        let b = "outlet: Beta Post\ndate: 2025-10-14\n\n\
            “We do not believe the bridge was in danger of collapse,” Commissioner Dana Whitfield said.\n";
        assert_eq!(between(a, b, FindingType::Quote), 1);
    }

    #[test]
    fn a_remark_credited_to_a_description_is_no_person_clash() {
        let a = "outlet: Alpha News\ndate: 2008-12-12\n\n\
            \"I don't want to be photographed in my old age,\" Bettie Page said in 1998.\n";
        let b = "outlet: Beta Post\ndate: 2008-12-12\n\n\
            A representative said: \"I don't want to be photographed in my old age.\"\n";
        assert_eq!(between(a, b, FindingType::Person), 0);
        let c = "outlet: Gamma Daily\ndate: 2008-12-12\n\n\
            \"I don't want to be photographed in my old age,\" Mark Roesler said.\n";
        assert_eq!(between(a, c, FindingType::Person), 1);
        // A role without a name ends in its title: it may be the person.
        let d = "outlet: Delta Daily\ndate: 2008-12-12\n\n\
            The Alaska Governor said: \"I don't want to be photographed in my old age.\"\n";
        assert_eq!(between(a, d, FindingType::Person), 0);
    }

    #[test]
    fn words_of_one_sense_swapped_keep_the_remark() {
        assert!(matches!(
            compare_quotes(
                "We will not sign a treaty that drains the lake",
                "We will not sign an agreement that empties the loch dry"
            ),
            QuoteMatch::Reworded(_)
        ));
        // Nor is a remark told otherwise around one word swapped.
        assert_eq!(
            compare_quotes(
                "The ship is safe and the crew is fine",
                "The vessel is sinking and the crew is scared"
            ),
            QuoteMatch::Different
        );
        // Words of other senses are another remark.
        assert_eq!(
            compare_quotes(
                "We will not sign a treaty that drains the lake",
                "We will not sign a ruling that closes the school early"
            ),
            QuoteMatch::Different
        );
    }

    #[test]
    fn words_shared_one_or_two_at_a_time_far_apart_are_two_remarks() {
        assert_eq!(
            compare_quotes(
                "They managed to get out",
                "There was someone in the building and they were trying to get him out"
            ),
            QuoteMatch::Different
        );
        // Close together they are one remark reworded.
        assert!(matches!(
            compare_quotes("Nobody is happy about it", "Nobody is pleased about it"),
            QuoteMatch::Reworded(_)
        ));
        assert!(matches!(
            compare_quotes(
                "We are deeply sorry for the disruption",
                "We deeply regret the disruption"
            ),
            QuoteMatch::Reworded(_)
        ));
    }

    #[test]
    fn a_name_another_report_types_as_a_body_is_no_person() {
        let a = "outlet: Alpha News\ndate: 2026-05-04\n\n\
            Researchers at the security firm Vesper Quill said the worm was spreading fast.\n\n\
            Vesper Quill said attacks were spreading \"like a brush fire.\"\n";
        let b = "outlet: Beta Post\ndate: 2026-05-04\n\n\
            Lena Fisk, a researcher, told the BBC that attacks were spreading \"like a brush fire.\"\n";
        assert_eq!(between(a, b, FindingType::Person), 0);
        // Two people, each named, still clash.
        let a = a.replace("Vesper Quill said attacks", "Owen Marsh said attacks");
        assert_eq!(between(&a, b, FindingType::Person), 1);
    }

    #[test]
    fn a_thing_one_speaker_denies_and_affirms_is_a_quote_clash() {
        let a = "outlet: Alpha News\ndate: 2026-05-04\n\n\
            \"There is no immediate danger to anyone living below the weir,\" Nora Pell said.\n";
        let b = "outlet: Beta Post\ndate: 2026-05-04\n\n\
            Nora Pell said people below the weir \"are in real danger if they stay.\"\n";
        assert_eq!(between(a, b, FindingType::Quote), 1);
        // A verb denied, a contrast, or the danger over: no clash.
        let c = "outlet: Gamma Daily\ndate: 2026-05-04\n\n\
            \"The danger has passed now that the water is falling,\" Nora Pell said of the weir.\n";
        assert_eq!(between(a, c, FindingType::Quote), 0);
        assert_eq!(
            denied_and_affirmed(
                &quote_words("Our constraint is capacity, not demand"),
                &quote_words("Demand continues to outrun our supply")
            ),
            None
        );
    }

    #[test]
    fn words_a_speaker_heard_from_another_are_no_person_clash() {
        let a = "outlet: Alpha News\ndate: 2026-03-10\n\n\
            Dana Moy said there would be \"no forced job losses at the depot.\"\n";
        let b = "outlet: Beta Post\ndate: 2026-03-10\n\n\
            \"We were told once more that there would be no forced job losses at the depot,\" \
            said Carl Pike, a union organiser.\n";
        assert_eq!(between(a, b, FindingType::Person), 0);
        let c = "outlet: Gamma Daily\ndate: 2026-03-10\n\n\
            \"There would be no forced job losses at the depot,\" said Carl Pike.\n";
        assert_eq!(between(a, c, FindingType::Person), 1);
        // The speaker's own words said again are theirs.
        let d = "outlet: Delta Daily\ndate: 2026-03-10\n\n\
            \"As I said on Monday, there would be no forced job losses at the depot,\" said \
            Carl Pike.\n";
        assert_eq!(between(a, d, FindingType::Person), 1);
    }

    #[test]
    fn one_writer_crediting_like_words_to_two_people_is_no_clash() {
        let head = "outlet: Alpha News\ndate: 2013-03-01\n\n";
        let first = "\"She was a bright and much-liked student,\" said Ann Colby, a friend.\n";
        let second =
            "\"She was a bright, much-liked and promising student,\" Dean Tom Reyes said.\n";
        let one = format!("{head}{first}\n{second}");
        assert_eq!(
            super::super::testing::contradictions(&[("a.txt", &one)], FindingType::Person),
            0
        );
        // Two outlets crediting the remark to two people do clash.
        let (a, b) = (
            format!("{head}{first}"),
            format!("outlet: Beta Post\n\n{second}"),
        );
        assert_eq!(between(&a, &b, FindingType::Person), 1);
    }

    #[test]
    fn transcription_differences_are_no_misquote() {
        let same = |a: &str, b: &str| compare_quotes(a, b) == QuoteMatch::Same;
        assert!(same(
            "This vulnerability is being actively exploited by cyber criminals",
            "This vulnerability is being actively exploited by cyber-criminals"
        ));
        assert!(same(
            "Police locked down the neighbourhood and negotiated with the suspect",
            "Police 'locked down' the neighborhood and negotiated with the suspect"
        ));
        // A pronoun and an auxiliary: "the setback he had".
        assert!(same(
            "But the setback he had was substantial",
            "But the setback was substantial"
        ));
        assert!(same(
            "We are all deeply shocked by the unjust death of our citizens",
            "We are deeply shocked by the unjust death of our citizens"
        ));
        // An object pronoun or an intensifier left out.
        assert!(same(
            "It was much better than the last time we played them here",
            "It was better than the last time we played them here"
        ));
        assert!(same(
            "The coach told us to keep shooting and trust the plan",
            "The coach told to keep shooting and trust the plan"
        ));
        assert!(same(
            "encourages all Internet Explorer customers to test and deploy this update",
            "encourages all IE customers to test and deploy this update"
        ));
        assert!(same(
            "We appreciate your respect to her and her family's privacy at this time",
            "We appreciate your respect to her (Tara Reid) and her family's privacy at this time"
        ));
        // A time on the hour, a number in words or figures.
        assert!(same(
            "the driver gave himself up to officers just after 6:00 p.m. on the bypass",
            "the driver gave himself up to officers just after 6 p.m. on the bypass"
        ));
        assert!(same(
            "By scrapping this eleventh-hour rule we keep the wetlands protected",
            "By scrapping this 11th hour rule we keep the wetlands protected"
        ));
        assert!(same(
            "We found twenty-five bodies in the burnt-out building",
            "We found 25 bodies in the burnt-out building"
        ));
        assert!(!same(
            "We found twenty-five bodies in the burnt-out building",
            "We found 205 bodies in the burnt-out building"
        ));
        // A quote shortened inside, by words that only add to it.
        assert!(same(
            "That driver is reckless and has to be stopped before someone dies",
            "That driver has to be stopped before someone dies"
        ));
        assert!(same(
            "There were another two dozen people standing right here at the gate",
            "There another two dozen people standing here at the gate"
        ));
        // Shortened by a word that bears on what is said, or shortened on
        // both sides: a misquote.
        assert!(!same(
            "We will not reopen the pool before the summer holidays begin",
            "We will reopen the pool before the summer holidays begin"
        ));
        assert!(!same(
            "We expect the line to be running again within a few days at most",
            "We expect the line to be running again within a few weeks at most"
        ));
        assert!(!same(
            "All staff except managers will get the pay rise this spring",
            "All staff will get the pay rise this spring"
        ));
        assert!(!same(
            "The fire is largely under control and crews are damping down",
            "The fire is under control and crews are damping down"
        ));
        assert!(!same(
            "This is the alleged gunman who opened fire on the crowd",
            "This is the gunman who opened fire on the crowd"
        ));
        assert!(!same(
            "The crew worked quickly and the fire was out before dawn",
            "The crew worked and the fire was quickly out before dawn"
        ));
        // A changed quantifier or a negation is a misquote.
        assert!(!same(
            "Our offer would raise wages for every hourly employee over the contract",
            "Our offer would raise wages for most hourly employees over the contract"
        ));
        assert!(!same(
            "This is the worst storm this town has seen in my lifetime",
            "This isn't the worst storm this town has seen in my lifetime"
        ));
    }

    #[test]
    fn partial_quote_with_a_changed_word_is_reworded() {
        let m = compare_quotes(
            "This is one of the largest e-bike battery recalls we have handled this year",
            "one of the largest e-bike battery recalls we have ever handled",
        );
        let QuoteMatch::Reworded(ops) = m else {
            panic!("{m:?}")
        };
        assert!(ops.iter().any(|o| o.op == "insert" && o.text == "ever"));
        assert!(ops.iter().all(|o| !o.text.contains("this year")));
    }

    #[test]
    fn contractions_retold_remarks_and_far_function_words() {
        // "aren't" is "are not": only the changed noun differs.
        assert!(matches!(
            compare_quotes(
                "Our members are not asking for the moon",
                "Our pilots aren’t asking for the moon"
            ),
            QuoteMatch::Reworded(_)
        ));
        // One remark retold loosely by the same speaker.
        assert!(matches!(
            compare_quotes(
                "Without the quick thinking of the night porter, we would be counting bodies this morning",
                "If the night porter hadn't acted so fast, we'd be counting the dead today"
            ),
            QuoteMatch::Reworded(_)
        ));
        // Or by two runs of three words, each with a word of its own.
        assert!(matches!(
            compare_quotes(
                "We lost in twenty minutes what took a whole year to prepare",
                "We lost in a quarter of an hour what took a year of work"
            ),
            QuoteMatch::Reworded(_)
        ));
        // Or by the same opening and close around a changed middle.
        assert!(matches!(
            compare_quotes(
                "was fooled as badly as any collector",
                "was fooled far worse than any collector"
            ),
            QuoteMatch::Reworded(_)
        ));
        // Not when the shared ends are function words alone.
        assert_eq!(
            compare_quotes("it is what it is", "it is not what we want it is"),
            QuoteMatch::Different
        );
        assert_eq!(
            compare_quotes(
                "It was fun today, competing out there and doing it while we were trying to come back",
                "It was fun going out there and putting out a performance like that"
            ),
            QuoteMatch::Different
        );
        // A later sentence of a longer remark: the "I" of "I'm" is no part
        // of what both quote.
        assert_eq!(
            compare_quotes(
                "I'm usually not nervous before games, and I was a little nervous before tonight just because I felt like there was a lot of pressure",
                "I felt like there was a lot of pressure"
            ),
            QuoteMatch::Same
        );
        // Two remarks sharing two words are two remarks.
        assert_eq!(
            compare_quotes(
                "My client is ensconced in the bosom of that facility right now",
                "She's in rehab right now"
            ),
            QuoteMatch::Different
        );
    }

    #[test]
    fn replaced_word() {
        let m = compare_quotes(
            "Kofi is not for sale at any price in January",
            "Kofi is not for sale at that price in January",
        );
        assert!(matches!(m, QuoteMatch::Reworded(_)));
    }

    #[test]
    fn same_words_differently_punctuated() {
        assert_eq!(
            compare_quotes(
                "We should have acted sooner, and I take full responsibility",
                "“We should have acted sooner and I take full responsibility”"
            ),
            QuoteMatch::Same
        );
    }

    #[test]
    fn partial_quote_is_not_a_misquote() {
        assert_eq!(
            compare_quotes(
                "respect whatever the league decides",
                "He will respect whatever the league decides, he said"
            ),
            QuoteMatch::Same
        );
    }

    #[test]
    fn ellipsis_is_not_a_misquote() {
        assert_eq!(
            compare_quotes(
                "We will rebuild ... and we will reopen",
                "We will rebuild every single home and we will reopen"
            ),
            QuoteMatch::Same
        );
    }

    #[test]
    fn different_remarks() {
        assert_eq!(
            compare_quotes("The clock is the clock", "Every meeting is live"),
            QuoteMatch::Different
        );
    }

    #[test]
    fn one_opening_going_two_ways_is_forked() {
        let w = |s: &str| quote_words(s);
        assert!(forked(
            &w("This is a cruel blow, but it is not a surprise to anyone here"),
            &w("This is a cruel blow, and it has come completely out of the blue")
        ));
        // Going on where the other starts a clause: two parts of a remark.
        assert!(!forked(
            &w("We are keeping an open mind about the cause, and I ask people not to guess"),
            &w("We are keeping an open mind and we will follow the evidence")
        ));
        // An opening of function words alone says nothing.
        assert!(!forked(
            &w("It is what it is, but we will keep working hard for the fans"),
            &w("It is what it is, and the players know exactly what went wrong")
        ));
    }

    #[test]
    fn a_sentence_quoted_to_its_end_in_other_words_is_reworded() {
        let a = "I never took a banned substance, and today the truth has finally been heard,";
        let b = "I never took a banned substance, and today the truth has finally come out. \
                 I want to thank everyone.";
        assert!(changed_ending(a, b).is_some());
        // A quote that stops short or runs on is partial, not reworded.
        let c = "I never took a banned substance, and today the truth has finally";
        assert!(changed_ending(c, b).is_none());
        let d =
            "I never took a banned substance, and today the truth has finally come out at last.";
        assert!(changed_ending(d, b).is_none());
        // Nor an ending told in other spelling or function words alone.
        let e = "I never took a banned substance, and today the truth has finally come out,";
        assert!(changed_ending(e, b).is_none());
        // Nor one in a function word and a spelling ("OK" / "okay").
        let h = "Everyone was calling their family to say that they were OK.";
        let i = "Everyone was calling their family to say that that they were okay.";
        assert!(changed_ending(h, i).is_none());
        // An ending changed around a shared word.
        let f = "This is the day the Baltic becomes our power station.";
        let g = "This is the day the Baltic becomes our largest power plant.";
        assert!(changed_ending(f, g).is_some());
    }
}
