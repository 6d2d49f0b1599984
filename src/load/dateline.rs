//! The dateline at the start of a wire story's body: where it was filed, when,
//! and by which agency.
//!
//! Grammar:
//! ```text
//! dateline := place ("," sp (date | region))* sp? agency? sp? dash?
//! place    := word (" " word){0,4}          words start with an uppercase letter
//! region   := word (" " word){0,2}          "Ohio", "Calif."
//! date     := month "."? sp day ("," sp year)?
//! agency   := "(" [^()\n]{1,40} ")"
//! dash     := "-" | "--" | "—" | "–"
//! ```
//! A dateline needs an agency, or an all-caps place and a dash
//! (`WASHINGTON —`), so an ordinary first sentence is never taken for one.

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while, take_while_m_n, take_while1},
    character::complete::{char, digit1, space0, space1},
    combinator::{opt, recognize, verify},
    multi::many_m_n,
    sequence::{delimited, preceded},
};

use crate::lexicon::{DateWord, Lexicon};

/// A recognised dateline.
#[derive(Clone, Debug, PartialEq)]
pub struct Dateline {
    /// Byte length of the whole dateline, from the body's start, including
    /// the dash and the spaces after it.
    pub len: usize,
    /// Place as written ("WASHINGTON", "New York").
    pub place: String,
    /// Month and day, when given.
    pub month_day: Option<(u8, u8)>,
    /// Year, when given.
    pub year: Option<i16>,
    /// Agency as written inside the parentheses ("Reuters", "AP").
    pub agency: Option<String>,
}

/// A capitalised word of a place name.
fn cap_word(i: &str) -> IResult<&str, &str> {
    recognize((
        take_while_m_n(1, 1, |c: char| c.is_uppercase()),
        take_while(|c: char| c.is_alphabetic() || c == '.' || c == '-' || c == '\''),
    ))
    .parse(i)
}

/// One to `n` capitalised words separated by single spaces.
fn cap_words(n: usize) -> impl FnMut(&str) -> IResult<&str, &str> {
    move |i| recognize((cap_word, many_m_n(0, n - 1, preceded(char(' '), cap_word)))).parse(i)
}

/// The agency in parentheses.
fn agency(i: &str) -> IResult<&str, &str> {
    delimited(
        char('('),
        verify(
            take_while1(|c: char| c != '(' && c != ')' && c != '\n'),
            |s: &str| s.len() <= 40 && s.chars().next().is_some_and(|c| c.is_alphabetic()),
        ),
        char(')'),
    )
    .parse(i)
}

/// A dash after the dateline.
fn dash(i: &str) -> IResult<&str, &str> {
    alt((tag("--"), tag("-"), tag("—"), tag("–"))).parse(i)
}

/// A day of the month, 1-31.
fn day(i: &str) -> IResult<&str, u8> {
    let (r, d) = verify(digit1, |d: &str| d.len() <= 2).parse(i)?;
    let d: u8 = d.parse().unwrap_or(0);
    if (1..=31).contains(&d) {
        Ok((r, d))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )))
    }
}

/// A four-digit year.
fn year(i: &str) -> IResult<&str, i16> {
    let (r, y) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    Ok((r, y.parse().unwrap_or(0)))
}

/// `Month[.] day[, year]`, the month checked against the lexicon.
fn date<'a>(lx: &Lexicon) -> impl FnMut(&'a str) -> IResult<&'a str, (u8, u8, Option<i16>)> + '_ {
    move |i: &'a str| {
        let (r, m) = take_while1(|c: char| c.is_alphabetic()).parse(i)?;
        let month = match lx.dates.get(&m.to_lowercase()) {
            Some(DateWord::Month(n)) if m.chars().next().is_some_and(char::is_uppercase) => *n,
            _ => {
                return Err(nom::Err::Error(nom::error::Error::new(
                    i,
                    nom::error::ErrorKind::Tag,
                )));
            }
        };
        let (r, _) = (opt(char('.')), space1).parse(r)?;
        let (r, d) = day(r)?;
        let (r, y) = opt(preceded((char(','), space1), year)).parse(r)?;
        Ok((r, (month, d, y)))
    }
}

/// The parts of a dateline as read, before deciding whether they make one.
struct Parts<'a> {
    rest: &'a str,
    place: &'a str,
    month_day: Option<(u8, u8)>,
    year: Option<i16>,
    agency: Option<&'a str>,
    dash: bool,
}

impl Parts<'_> {
    /// True when every letter of the place is uppercase ("WASHINGTON").
    fn all_caps(&self) -> bool {
        self.place.chars().any(char::is_alphabetic)
            && self
                .place
                .chars()
                .all(|c| !c.is_alphabetic() || c.is_uppercase())
    }
}

/// Reads `place, date-or-region... (agency) dash` at the start of `body`.
fn parts<'a>(body: &'a str, lx: &Lexicon) -> Option<Parts<'a>> {
    let (mut rest, place) = cap_words(5)(body).ok()?;
    let mut month_day = None;
    let mut yr = None;
    // Up to two ", part" continuations: a date or a region ("FENWICK, Ohio").
    for _ in 0..2 {
        let Ok((r, _)) = (char::<&str, nom::error::Error<&str>>(','), space1).parse(rest) else {
            break;
        };
        if let Ok((r2, (m, d, y))) = date(lx)(r) {
            month_day = Some((m, d));
            yr = y;
            rest = r2;
        } else if let Ok((r2, _)) = cap_words(3)(r) {
            rest = r2;
        } else {
            break;
        }
    }
    let (r, ag) = opt(preceded(space0, agency)).parse(rest).ok()?;
    rest = r;
    let (r, d) = opt(preceded(space0, dash)).parse(rest).ok()?;
    rest = r;
    Some(Parts {
        rest,
        place,
        month_day,
        year: yr,
        agency: ag,
        dash: d.is_some(),
    })
}

/// Parses a dateline at the start of `body`.
pub fn parse_dateline(body: &str, lx: &Lexicon) -> Option<Dateline> {
    let p = parts(body, lx)?;
    let known_agency = p
        .agency
        .is_some_and(|a| lx.outlets.get_exact(a.trim()).is_some());
    // An agency in parentheses after a Title-case name ("Kenya Airways (KQ)
    // said") is an acronym, not a dateline, unless the agency is a known
    // outlet or a dash follows.
    let ok = match p.agency {
        Some(_) => p.all_caps() || known_agency || p.dash,
        None => p.all_caps() && p.dash,
    };
    if !ok {
        return None;
    }
    // The dateline must be followed by text on the same line (or a space).
    let (rest, _) = space0::<&str, nom::error::Error<&str>>(p.rest).ok()?;
    Some(Dateline {
        len: body.len() - rest.len(),
        place: p.place.to_string(),
        month_day: p.month_day,
        year: p.year,
        agency: p.agency.map(|a| a.trim().to_string()),
    })
}

/// True when `line` is a dateline and nothing else: `WASHINGTON (Reuters) -`
/// with the story on the next line, or an all-caps place with a date and no
/// agency (`WASHINGTON, DC, April 28, 2009`), which opens no sentence.
pub fn is_dateline_alone(line: &str, lx: &Lexicon) -> bool {
    let line = line.trim();
    if let Some(d) = parse_dateline(line, lx) {
        return d.len == line.len();
    }
    parts(line, lx).is_some_and(|p| p.rest.is_empty() && p.all_caps() && p.month_day.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(s: &str) -> Option<Dateline> {
        parse_dateline(s, Lexicon::builtin())
    }

    #[test]
    fn wire_forms() {
        let d = dl("WASHINGTON (Reuters) - The").unwrap();
        assert_eq!(
            (d.place.as_str(), d.agency.as_deref()),
            ("WASHINGTON", Some("Reuters"))
        );
        assert_eq!(&"WASHINGTON (Reuters) - The"[d.len..], "The");

        let d = dl("LONDON, March 19 (Reuters) - Text").unwrap();
        assert_eq!(d.month_day, Some((3, 19)));

        let d = dl("New York, Nov 16 (IANS) In apparent").unwrap();
        assert_eq!(
            (d.place.as_str(), d.month_day),
            ("New York", Some((11, 16)))
        );
        assert_eq!(
            &"New York, Nov 16 (IANS) In apparent"[d.len..],
            "In apparent"
        );

        let d = dl("WASHINGTON, Nov. 15, 2024 (AP) — Officials").unwrap();
        assert_eq!((d.month_day, d.year), (Some((11, 15)), Some(2024)));

        let d = dl("FENWICK, Ohio (AP) — A").unwrap();
        assert_eq!(d.agency.as_deref(), Some("AP"));

        assert!(dl("WASHINGTON — The president").is_some());
    }

    #[test]
    fn ordinary_sentences_are_not_datelines() {
        assert!(dl("Trekwell Mobility is recalling").is_none());
        assert!(dl("The Central Bank of Kenya (CBK) announced").is_none());
        assert!(dl("Musk, the billionaire").is_none());
        assert!(dl("Kenya - a country").is_none());
        assert!(dl("Kenya Airways (KQ) said on Monday").is_none());
    }

    #[test]
    fn a_dateline_alone_on_its_line() {
        let alone = |s: &str| is_dateline_alone(s, Lexicon::builtin());
        assert!(alone("WASHINGTON (Reuters) -"));
        assert!(alone("LONDON, March 19 (Reuters) - "));
        assert!(alone("WASHINGTON —"));
        assert!(alone("WASHINGTON, DC, April 28, 2009"));
        assert!(!alone("WASHINGTON (Reuters) - The Senate voted."));
        assert!(!alone("New York, Nov 16"));
        assert!(!alone("NEW YORK"));
        assert!(!alone("Kenya Airways (KQ)"));
    }
}
