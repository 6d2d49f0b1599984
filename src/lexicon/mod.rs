//! Word lists as data: cue verbs, hedges, negations, outlets and their
//! aliases, titles, abbreviations, number words, units, places... Each list
//! is a text file under `lexicon/data/` (one entry a line, `#` comments),
//! compiled once into hash maps keyed by lowercase tokens. Users extend the
//! outlet and place tables from a config file (see [`crate::config`]).

pub mod concept;
pub mod names;
mod phrase;
pub mod wordnet;

pub use phrase::PhraseMap;

/// Bits of a word's class: which lists it belongs to or starts a phrase of.
/// Computed once per token (one hash look-up) so later passes test bits.
pub mod class {
    /// A function word.
    pub const STOP: u32 = 1;
    /// A month or weekday name.
    pub const DATE: u32 = 2;
    /// A number word ("two", "dozen", "million").
    pub const NUMBER: u32 = 4;
    /// A cue verb.
    pub const CUE: u32 = 8;
    /// Starts a hedge phrase.
    pub const HEDGE: u32 = 16;
    /// Starts a number qualifier ("at least").
    pub const QUALIFIER: u32 = 32;
    /// Starts a unit ("per cent", "$").
    pub const UNIT: u32 = 64;
    /// Starts an outlet name or alias.
    pub const OUTLET: u32 = 128;
    /// Starts a place name.
    pub const PLACE: u32 = 256;
    /// Words that open a relative date ("yesterday", "last", "the").
    pub const DATE_REL: u32 = 512;
    /// A negation word.
    pub const NEG: u32 = 1024;
    /// A word that marks a figure as an update.
    pub const UPDATE: u32 = 2048;
}

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// Class of an abbreviation that ends in a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbrevClass {
    /// Never ends a sentence ("Mr.", "Gov.").
    Title,
    /// A month ("Nov."): ends a sentence only when no day follows.
    Month,
    /// Anything else ("Inc.", "U.S."): ends a sentence before a likely sentence start.
    Other,
}

/// Class of an attribution cue verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// A speech act ("said", "told", "reported").
    Say,
    /// A belief or understanding ("believes", "understands").
    Think,
    /// A document or data showing something ("shows", "found").
    Show,
    /// A denial ("denied"): the proposition is negated.
    Deny,
    /// A claim or allegation ("claimed", "alleged"): hedged.
    Doubt,
}

/// What a qualifier says about the true value relative to the stated one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// "at least": value or more.
    AtLeast,
    /// "more than", "over": above the value.
    MoreThan,
    /// "up to", "at most": the value or less.
    AtMost,
    /// "fewer than", "under": below the value.
    LessThan,
    /// "nearly", "almost": just below (or about) the value.
    Nearly,
    /// "about", "roughly": near the value.
    About,
}

/// Kind of a number word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumWord {
    /// "one" ... "ninety", "dozen".
    Unit,
    /// "hundred", "million": multiplies what comes before.
    Mult,
    /// Glued to digits: "45m", "1.2bn".
    Suffix,
    /// "first", "fifth".
    Ordinal,
    /// A vague count: "dozens", "hundreds".
    Approx,
    /// "half", "quarter".
    Fraction,
}

/// Month or weekday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateWord {
    /// A month, 1-12.
    Month(u8),
    /// A weekday, 1 (Monday) to 7 (Sunday).
    Weekday(u8),
}

/// Class of a title or role word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitleClass {
    /// "Mr", "Dr".
    Honorific,
    /// "Governor", "Lieutenant".
    Title,
    /// "spokesperson", "manager".
    Role,
}

/// What kind of source a noun heads, or what a name is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A news outlet: "CBS News", "the Times".
    Outlet,
    /// A named or described person: "Marcus Dahl", "a spokeswoman".
    Person,
    /// A company, club, union or other body: "Trekwell Mobility", "the league".
    Organization,
    /// A government body or official institution: "the ministry", "state police", "Tehran".
    Government,
    /// Unnamed sources: "two officials familiar with the matter", "unnamed sources".
    Anonymous,
    /// A vague or collective source: "officials", "analysts", "media reports".
    Unspecified,
    /// A document or data: "a company filing", "budget documents".
    Document,
}

/// Class of a word inside a capitalised name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrgWord {
    /// Makes the name an organisation ("Bank", "League").
    Org,
    /// Makes the name a government body ("Ministry", "Police").
    Gov,
    /// Makes the name a place ("County", "Springs").
    Place,
    /// Makes the name a street ("Street", "Parkway").
    Street,
}

/// Kind of a place in the gazetteer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    /// A country or territory.
    Country,
    /// A state or province.
    State,
    /// A county or district (recognised by its suffix).
    County,
    /// A city, town or village.
    City,
    /// A street or road ("High Street", "Choctaw Street").
    Street,
}

/// A gazetteer entry.
#[derive(Clone, Debug)]
pub struct Place {
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: PlaceKind,
    /// Country it lies in, for states and cities, when known.
    pub country: Option<String>,
}

/// A unit and the factor to its base.
#[derive(Clone, Debug)]
pub struct Unit {
    /// "USD", "percent", "pp".
    pub name: String,
    /// Multiply the stated value by this to reach the unit's base.
    pub factor: f64,
}

/// All word lists, compiled.
#[derive(Debug)]
pub struct Lexicon {
    /// Abbreviations (lowercase, no final period).
    pub abbrev: HashMap<String, AbbrevClass>,
    /// Cue verbs (lowercase word forms).
    pub cues: HashMap<String, CueClass>,
    /// Hedges, as phrases.
    pub hedges: PhraseMap<()>,
    /// Negation words.
    pub negations: HashSet<String>,
    /// Words that refute what they are said of ("hoax", "debunked"), as phrases.
    pub refutations: PhraseMap<bool>,
    /// Function words.
    pub stopwords: HashSet<String>,
    /// Irregular form -> base form.
    pub irregular: HashMap<String, String>,
    /// Word -> synonym group name.
    pub synonyms: HashMap<String, String>,
    /// Stem of a synonym-group word -> group name, so that inflected forms
    /// the irregular list does not hold ("approved", "endorsing") meet their
    /// group after stemming.
    pub synonym_stems: HashMap<String, String>,
    /// Pairs of opposite synonym groups (both orders), by group name.
    pub opposites: HashSet<(String, String)>,
    /// Words that mark a figure as an update.
    pub update: HashSet<String>,
    /// Auxiliary and modal verbs.
    pub auxiliaries: HashSet<String>,
    /// Base forms of counts that grow over time (deaths, arrests).
    pub changing: HashSet<String>,
    /// Words that make a name a venue ("School", "Hospital").
    pub venues: HashSet<String>,
    /// Number qualifiers, as phrases.
    pub qualifiers: PhraseMap<Qualifier>,
    /// Units, as phrases.
    pub units: PhraseMap<Unit>,
    /// Number words.
    pub numbers: HashMap<String, (f64, NumWord)>,
    /// Month and weekday names.
    pub dates: HashMap<String, DateWord>,
    /// Titles and roles, with whether the role has one holder at a time.
    pub titles: HashMap<String, (TitleClass, bool)>,
    /// Roles that name one post two ways ("master" / "captain" of a ship,
    /// "ceo" / "chief executive"): role -> the post's name.
    pub role_alias: HashMap<String, String>,
    /// Nouns that head a source.
    pub source_heads: HashMap<String, SourceKind>,
    /// Outlets: alias phrase -> canonical name.
    pub outlets: PhraseMap<String>,
    /// Places: name phrase -> entry.
    pub places: PhraseMap<Place>,
    /// Words that classify a capitalised name.
    pub org_words: HashMap<String, OrgWord>,
    /// Class bits of every listed word (see [`class`]).
    pub word_class: HashMap<String, u32>,
}

static BUILTIN: LazyLock<Lexicon> = LazyLock::new(Lexicon::load_builtin);

/// Lines of a data file: trimmed, without comments and blank lines.
fn lines(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// First and second whitespace-separated fields of a line.
fn two(line: &str) -> (&str, &str) {
    let mut it = line.splitn(2, char::is_whitespace);
    let a = it.next().unwrap_or("");
    let b = it.next().unwrap_or("").trim();
    (a, b)
}

impl Lexicon {
    /// The built-in lexicon, compiled once.
    pub fn builtin() -> &'static Lexicon {
        &BUILTIN
    }

    fn load_builtin() -> Lexicon {
        let mut lx = Lexicon {
            abbrev: HashMap::default(),
            cues: HashMap::default(),
            hedges: PhraseMap::default(),
            negations: HashSet::default(),
            refutations: PhraseMap::default(),
            stopwords: HashSet::default(),
            irregular: HashMap::default(),
            synonyms: HashMap::default(),
            synonym_stems: HashMap::default(),
            opposites: HashSet::default(),
            update: HashSet::default(),
            auxiliaries: HashSet::default(),
            changing: HashSet::default(),
            venues: HashSet::default(),
            qualifiers: PhraseMap::default(),
            units: PhraseMap::default(),
            numbers: HashMap::default(),
            dates: HashMap::default(),
            titles: HashMap::default(),
            role_alias: HashMap::default(),
            source_heads: HashMap::default(),
            outlets: PhraseMap::default(),
            places: PhraseMap::default(),
            org_words: HashMap::default(),
            word_class: HashMap::default(),
        };
        for l in lines(include_str!("data/abbreviations.txt")) {
            let (w, c) = two(l);
            let class = match c {
                "title" => AbbrevClass::Title,
                "month" => AbbrevClass::Month,
                _ => AbbrevClass::Other,
            };
            lx.abbrev.insert(w.to_string(), class);
        }
        for l in lines(include_str!("data/cues.txt")) {
            let (w, c) = two(l);
            let class = match c {
                "think" => CueClass::Think,
                "show" => CueClass::Show,
                "deny" => CueClass::Deny,
                "doubt" => CueClass::Doubt,
                _ => CueClass::Say,
            };
            lx.cues.insert(w.to_string(), class);
        }
        for l in lines(include_str!("data/hedges.txt")) {
            lx.hedges.insert(l, ());
        }
        lx.negations = lines(include_str!("data/negations.txt"))
            .map(String::from)
            .collect();
        // "~report": the phrase refutes only near a word for a report.
        for l in lines(include_str!("data/refutations.txt")) {
            match l.strip_suffix("~report") {
                Some(p) => lx.refutations.insert(p.trim_end(), true),
                None => lx.refutations.insert(l, false),
            }
        }
        lx.stopwords = lines(include_str!("data/stopwords.txt"))
            .map(String::from)
            .collect();
        for l in lines(include_str!("data/irregular.txt")) {
            let (a, b) = two(l);
            lx.irregular.insert(a.to_string(), b.to_string());
        }
        for l in lines(include_str!("data/synonyms.txt")) {
            // Multiword verbs are written with "_": "come_off".
            let mut words = l.split_whitespace().map(|w| w.replace('_', " "));
            if let Some(head) = words.next() {
                lx.synonyms.insert(head.clone(), head.clone());
                for w in words {
                    lx.synonyms.entry(w).or_insert_with(|| head.clone());
                }
            }
        }
        let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        for (w, g) in &lx.synonyms {
            lx.synonym_stems
                .entry(stemmer.stem(w).into_owned())
                .or_insert_with(|| g.clone());
        }
        for l in lines(include_str!("data/opposites.txt")) {
            let (a, b) = two(l);
            // Multiword verbs are written with "_" here too: "go_ahead".
            let group = |w: &str| {
                let w = w.replace('_', " ");
                lx.synonyms.get(&w).cloned().unwrap_or(w)
            };
            let (ga, gb) = (group(a), group(b));
            lx.opposites.insert((ga.clone(), gb.clone()));
            lx.opposites.insert((gb, ga));
        }
        lx.update = lines(include_str!("data/update.txt"))
            .map(String::from)
            .collect();
        lx.auxiliaries = lines(include_str!("data/auxiliaries.txt"))
            .map(String::from)
            .collect();
        lx.changing = lines(include_str!("data/changing.txt"))
            .map(String::from)
            .collect();
        lx.venues = lines(include_str!("data/venues.txt"))
            .map(String::from)
            .collect();
        for l in lines(include_str!("data/qualifiers.txt")) {
            let (phrase, kind) = l.rsplit_once(' ').unwrap_or((l, "approx"));
            let q = match kind {
                "ge" => Qualifier::AtLeast,
                "gt" => Qualifier::MoreThan,
                "le" => Qualifier::AtMost,
                "lt" => Qualifier::LessThan,
                "near" => Qualifier::Nearly,
                _ => Qualifier::About,
            };
            lx.qualifiers.insert(phrase, q);
        }
        for l in lines(include_str!("data/units.txt")) {
            let mut parts = l.rsplitn(3, ' ');
            let factor = parts.next().and_then(|f| f.parse().ok()).unwrap_or(1.0);
            let name = parts.next().unwrap_or("").to_string();
            let phrase = parts.next().unwrap_or("");
            lx.units.insert(phrase, Unit { name, factor });
        }
        for l in lines(include_str!("data/numbers.txt")) {
            let mut parts = l.split_whitespace();
            let (Some(w), Some(v), Some(k)) = (parts.next(), parts.next(), parts.next()) else {
                continue;
            };
            let kind = match k {
                "mult" => NumWord::Mult,
                "suffix" => NumWord::Suffix,
                "ordinal" => NumWord::Ordinal,
                "approx" => NumWord::Approx,
                "fraction" => NumWord::Fraction,
                _ => NumWord::Unit,
            };
            lx.numbers
                .insert(w.to_string(), (v.parse().unwrap_or(0.0), kind));
        }
        for l in lines(include_str!("data/dates.txt")) {
            let mut parts = l.split_whitespace();
            let (Some(w), Some(k), Some(n)) = (parts.next(), parts.next(), parts.next()) else {
                continue;
            };
            let n: u8 = n.parse().unwrap_or(1);
            let dw = if k == "month" {
                DateWord::Month(n)
            } else {
                DateWord::Weekday(n)
            };
            lx.dates.insert(w.to_string(), dw);
        }
        for l in lines(include_str!("data/titles.txt")) {
            let mut parts = l.split_whitespace();
            let (Some(w), Some(k)) = (parts.next(), parts.next()) else {
                continue;
            };
            let rest: Vec<&str> = parts.collect();
            let unique = rest.contains(&"unique");
            if let Some(alias) = rest.iter().find_map(|x| x.strip_prefix('=')) {
                lx.role_alias.insert(w.to_string(), alias.replace('_', " "));
            }
            let class = match k {
                "honorific" => TitleClass::Honorific,
                "title" => TitleClass::Title,
                _ => TitleClass::Role,
            };
            lx.titles.insert(w.to_string(), (class, unique));
        }
        for l in lines(include_str!("data/source_heads.txt")) {
            let (w, k) = two(l);
            lx.source_heads.insert(w.to_string(), parse_kind(k));
        }
        for l in lines(include_str!("data/outlets.txt")) {
            lx.add_outlet(l.split('|'));
        }
        for l in lines(include_str!("data/places.txt")) {
            let mut fields = l.split('\t');
            let names = fields.next().unwrap_or("");
            let kind = match fields.next().unwrap_or("city") {
                "country" => PlaceKind::Country,
                "state" => PlaceKind::State,
                _ => PlaceKind::City,
            };
            let country = fields.next().map(String::from);
            lx.add_place(names.split('|'), kind, country);
        }
        lx.hedges.set_bit(class::HEDGE);
        lx.qualifiers.set_bit(class::QUALIFIER);
        lx.units.set_bit(class::UNIT);
        lx.outlets.set_bit(class::OUTLET);
        lx.places.set_bit(class::PLACE);
        for l in lines(include_str!("data/org_words.txt")) {
            let (w, k) = two(l);
            let class = match k {
                "gov" => OrgWord::Gov,
                "place" => OrgWord::Place,
                "street" => OrgWord::Street,
                _ => OrgWord::Org,
            };
            lx.org_words.insert(w.to_string(), class);
        }
        lx.build_classes();
        lx
    }

    /// Recomputes the class bits of every listed word.
    pub fn build_classes(&mut self) {
        let mut wc: HashMap<String, u32> = HashMap::default();
        let mut set = |w: &str, bit: u32| *wc.entry(w.to_string()).or_insert(0) |= bit;
        for w in &self.stopwords {
            set(w, class::STOP);
        }
        for w in self.dates.keys() {
            set(w, class::DATE);
        }
        for w in self.numbers.keys() {
            set(w, class::NUMBER);
        }
        for w in self.cues.keys() {
            set(w, class::CUE);
        }
        for w in &self.negations {
            set(w, class::NEG);
        }
        for w in &self.update {
            set(w, class::UPDATE);
        }
        for w in [
            "yesterday",
            "today",
            "tonight",
            "tomorrow",
            "this",
            "last",
            "next",
            "earlier",
            "later",
            "the",
            "a",
            "an",
            "in",
            "since",
        ] {
            set(w, class::DATE_REL);
        }
        for (map_first, bit) in [
            (self.hedges.firsts(), class::HEDGE),
            (self.qualifiers.firsts(), class::QUALIFIER),
            (self.units.firsts(), class::UNIT),
            (self.outlets.firsts(), class::OUTLET),
            (self.places.firsts(), class::PLACE),
        ] {
            for w in map_first {
                set(&w, bit);
            }
        }
        self.word_class = wc;
    }

    /// Class bits of a lowercase word.
    pub fn class_of(&self, w: &str) -> u32 {
        self.word_class.get(w).copied().unwrap_or(0)
    }

    /// Adds an outlet: its canonical name first, then aliases.
    pub fn add_outlet<'a>(&mut self, names: impl Iterator<Item = &'a str>) {
        let names: Vec<&str> = names.map(str::trim).filter(|n| !n.is_empty()).collect();
        let Some(canonical) = names.first() else {
            return;
        };
        for n in &names {
            if let Some(w) = phrase::phrase_tokens(n).first() {
                *self.word_class.entry(w.clone()).or_insert(0) |= class::OUTLET;
            }
            self.outlets.insert(n, canonical.to_string());
            // "the" at the front is optional: "The Guardian" / "Guardian".
            if let Some(rest) = n.strip_prefix("The ").or_else(|| n.strip_prefix("the ")) {
                self.outlets.insert(rest, canonical.to_string());
            }
        }
    }

    /// Adds a place: its canonical name first, then variants.
    pub fn add_place<'a>(
        &mut self,
        names: impl Iterator<Item = &'a str>,
        kind: PlaceKind,
        country: Option<String>,
    ) {
        let names: Vec<&str> = names.map(str::trim).filter(|n| !n.is_empty()).collect();
        let Some(canonical) = names.first() else {
            return;
        };
        for n in &names {
            if let Some(w) = phrase::phrase_tokens(n).first() {
                *self.word_class.entry(w.clone()).or_insert(0) |= class::PLACE;
            }
            if self.places.get_exact(n).is_none() {
                self.places.insert(
                    n,
                    Place {
                        name: canonical.to_string(),
                        kind,
                        country: country.clone(),
                    },
                );
            }
        }
    }

    /// A copy of the built-in lexicon to extend.
    pub fn builtin_owned() -> Lexicon {
        Lexicon::load_builtin()
    }

    /// True for an auxiliary or modal verb ("was", "would").
    pub fn is_aux(&self, w: &str) -> bool {
        self.auxiliaries.contains(w)
    }

    /// The part of the day a lowercase word names ("overnight" -> night,
    /// "noon" -> afternoon), if any.
    pub fn part_of_day(w: &str) -> Option<&'static str> {
        match w {
            "overnight" | "night" | "tonight" | "midnight" => Some("night"),
            "morning" | "mid-morning" | "dawn" => Some("morning"),
            "afternoon" | "mid-afternoon" | "midday" | "noon" => Some("afternoon"),
            "evening" | "dusk" => Some("evening"),
            _ => None,
        }
    }

    /// True for a lowercase word that tells a time of day: a part of the
    /// day or a clock word ("p.m.", "o'clock").
    pub fn time_of_day(w: &str) -> bool {
        Self::part_of_day(w).is_some() || matches!(w, "a.m." | "p.m." | "am" | "pm" | "o'clock")
    }

    /// True for a function word.
    pub fn is_stop(&self, w: &str) -> bool {
        self.stopwords.contains(w)
    }

    /// True for a lowercase word that ends a street's name ("lane",
    /// "road", "avenue").
    pub fn is_street_word(&self, w: &str) -> bool {
        matches!(self.org_words.get(w), Some(OrgWord::Street))
    }

    /// Base form of a word for alignment: irregular forms mapped, then the
    /// synonym group.
    pub fn base<'a>(&'a self, w: &'a str) -> &'a str {
        let w = self.irregular.get(w).map_or(w, String::as_str);
        if let Some(g) = self.synonyms.get(w) {
            return g;
        }
        // An inflected form whose dictionary lemma is in a group
        // ("houses" -> house -> home, "passengers" -> passenger -> person).
        let wn = wordnet::WordNet::builtin();
        for pos in [wordnet::Pos::Noun, wordnet::Pos::Verb] {
            if let Some(l) = wn.lemma(w, pos) {
                if let Some(g) = self.synonyms.get(wn.text(l)) {
                    return g;
                }
            }
        }
        w
    }
}

/// True for a word for a business ("company", "firm", "lender"): the
/// name it stands before or for is a body ("the security firm Vesper
/// Quill").
pub fn company_word(w: &str) -> bool {
    matches!(
        w,
        "company"
            | "firm"
            | "group"
            | "manufacturer"
            | "maker"
            | "operator"
            | "retailer"
            | "carrier"
            | "airline"
            | "lender"
            | "insurer"
            | "chipmaker"
            | "automaker"
            | "carmaker"
            | "drugmaker"
            | "planemaker"
            | "steelmaker"
            | "toymaker"
            | "startup"
            | "conglomerate"
    )
}

/// True for an article or a possessive determiner ("the", "a", "its",
/// "their"): the word that opens a noun phrase.
pub fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our"
    )
}

/// True for "ruled out" and its forms: a denial of what follows ("ruled
/// out a failure of the pump", "rules out a rate rise").
pub fn rules_out(verb: &str, particle: &str) -> bool {
    matches!(verb, "ruled" | "rules" | "ruling" | "rule") && particle == "out"
}

/// True for a verb of refusal before a report of a claim ("rejected
/// suggestions", "dismissed reports", "rebuffs claims"): with "that" after
/// it, a denial of the claim.
pub fn refuses_report(verb: &str, noun: &str) -> bool {
    matches!(
        verb,
        "rejected"
            | "rejects"
            | "rejecting"
            | "dismissed"
            | "dismisses"
            | "dismissing"
            | "rebuffed"
            | "rebuffs"
            | "discounted"
            | "discounts"
            | "discounting"
    ) && (report_noun(noun) || noun == "criticism")
}

/// True for a noun for a report of a claim: "claims", "reports", "rumours".
pub fn report_noun(noun: &str) -> bool {
    matches!(
        noun,
        "suggestions"
            | "suggestion"
            | "claim"
            | "claims"
            | "report"
            | "reports"
            | "allegation"
            | "allegations"
            | "accusation"
            | "accusations"
            | "assertion"
            | "assertions"
            | "notion"
            | "speculation"
            | "rumour"
            | "rumours"
            | "rumor"
            | "rumors"
            | "story"
            | "theory"
            | "idea"
    )
}

/// True for a speech verb whose object is the one spoken to ("told
/// reporters that", "warned Castlebrook that"): a name after it is the
/// addressee, never the speaker.
pub fn takes_addressee(w: &str) -> bool {
    matches!(
        w,
        "told"
            | "tell"
            | "tells"
            | "telling"
            | "assured"
            | "assures"
            | "informed"
            | "warned"
            | "warns"
            | "briefed"
            | "advised"
            | "reminded"
            | "urged"
            | "urges"
            | "informs"
            | "promised"
    )
}

/// True for an adjective of extent, said after a measure ("14 metres
/// long", "six storeys high").
pub fn extent_word(w: &str) -> bool {
    matches!(
        w,
        "long" | "wide" | "high" | "deep" | "tall" | "thick" | "old" | "broad" | "across"
    )
}

/// True for the plural form of a noun ("organisers", "entries"), by the
/// dictionary's lemma.
pub fn plural_noun_form(w: &str) -> bool {
    use wordnet::{Pos, WordNet};
    let wn = WordNet::builtin();
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && wn.lemma(w, Pos::Noun).is_some_and(|l| wn.text(l) != w)
}

/// True when a name ends in a word for a newspaper or a news service
/// ("Harbour Gazette", "Tollbridge Evening Post"): an outlet, never "the
/// company" a story is about.
pub fn press_name(name: &str) -> bool {
    name.split_whitespace().count() > 1
        && name.rsplit(' ').next().is_some_and(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "times"
                    | "journal"
                    | "herald"
                    | "tribune"
                    | "gazette"
                    | "chronicle"
                    | "courier"
                    | "observer"
                    | "echo"
                    | "mirror"
                    | "telegraph"
                    | "inquirer"
                    | "examiner"
                    | "sentinel"
                    | "bulletin"
                    | "dispatch"
                    | "ledger"
            )
        })
}

/// True for a compass direction ("north", "south-west", "northeast"), as
/// in "six kilometres east of Marrowby".
pub fn is_compass(w: &str) -> bool {
    matches!(
        w,
        "north"
            | "south"
            | "east"
            | "west"
            | "northeast"
            | "northwest"
            | "southeast"
            | "southwest"
            | "north-east"
            | "north-west"
            | "south-east"
            | "south-west"
    )
}

/// Parses a source kind's data name.
pub fn parse_kind(k: &str) -> SourceKind {
    match k {
        "person" => SourceKind::Person,
        "organization" => SourceKind::Organization,
        "government" => SourceKind::Government,
        "outlet" => SourceKind::Outlet,
        "document" => SourceKind::Document,
        "anonymous" => SourceKind::Anonymous,
        _ => SourceKind::Unspecified,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lists_load() {
        let lx = Lexicon::builtin();
        assert_eq!(lx.cues.get("said"), Some(&CueClass::Say));
        assert_eq!(lx.cues.get("denied"), Some(&CueClass::Deny));
        assert_eq!(lx.abbrev.get("mr"), Some(&AbbrevClass::Title));
        assert_eq!(lx.numbers.get("twelve").map(|n| n.0), Some(12.0));
        assert_eq!(lx.dates.get("sept"), Some(&DateWord::Month(9)));
        assert_eq!(lx.base("heard"), "hear");
        assert_eq!(lx.base("killed"), "die");
        assert!(lx.negations.contains("never"));
    }

    #[test]
    fn outlet_and_place_aliases() {
        let lx = Lexicon::builtin();
        assert_eq!(
            lx.outlets.get_exact("nyt").map(String::as_str),
            Some("The New York Times")
        );
        assert_eq!(
            lx.outlets.get_exact("guardian").map(String::as_str),
            Some("The Guardian")
        );
        assert_eq!(
            lx.places.get_exact("teheran").map(|p| p.name.as_str()),
            Some("Tehran")
        );
        assert_eq!(
            lx.places.get_exact("calif.").map(|p| p.name.as_str()),
            Some("California")
        );
    }
}
