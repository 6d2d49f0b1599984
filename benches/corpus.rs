//! A deterministic synthetic corpus in the style of the fixtures: several
//! outlets per story, attributions of every kind, numbers, dates, quotes, and
//! planted contradictions (about one article in five). Shared by the
//! `gen_corpus` example and the benchmarks.
#![allow(dead_code)]

use std::fmt::Write as _;

/// A small deterministic generator (xorshift64*), so the corpus is the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
    fn chance(&mut self, pct: usize) -> bool {
        self.below(100) < pct
    }
}

const OUTLETS: &[&str] = &[
    "Reuters",
    "Associated Press",
    "CBS News",
    "NBC News",
    "The Guardian",
    "BBC News",
    "CNN",
    "Fox News",
    "The Washington Post",
    "Al Jazeera",
    "Bloomberg",
    "The New York Times",
];
const FIRST: &[&str] = &[
    "Maria", "James", "Aisha", "Tomas", "Priya", "Daniel", "Grace", "Samuel", "Elena", "Kofi",
    "Hannah", "Victor", "Leila", "Marcus", "Nadia", "Owen",
];
const LAST: &[&str] = &[
    "Alvarez",
    "Brennan",
    "Okoye",
    "Lindqvist",
    "Raman",
    "Mbeki",
    "Castillo",
    "Hartmann",
    "Osei",
    "Moreau",
    "Kowalski",
    "Fitzgerald",
    "Nakamura",
    "Adeyemi",
    "Sorensen",
    "Quintero",
];
const TOWNS: &[&str] = &[
    "Ridgefield",
    "Harlow",
    "Millbrook",
    "Cedar Falls",
    "Dunmore",
    "Ashford",
    "Kingsbridge",
    "Elmwood",
    "Brookvale",
    "Stonehaven",
    "Marlow",
    "Fenwick",
];
const STATES: &[&str] = &[
    "Ohio",
    "Indiana",
    "Michigan",
    "Pennsylvania",
    "Texas",
    "Oregon",
    "Kansas",
    "Georgia",
    "Colorado",
    "Virginia",
];
const COMPANIES: &[&str] = &[
    "Northline Rail",
    "Trekwell Mobility",
    "Castlegate Bank",
    "Brightline Energy",
    "Halden Foods",
    "Orion Freight",
    "Vantage Chemicals",
    "Summit Air",
];
const EVENTS: &[(&str, &str, &str)] = &[
    ("a fire", "tore through a warehouse", "warehouse fire"),
    ("a train", "derailed near a river crossing", "derailment"),
    ("a bus", "overturned on a mountain road", "bus crash"),
    (
        "a gas leak",
        "forced the evacuation of a school",
        "gas leak",
    ),
    ("a storm", "flattened homes and cut power", "storm"),
    (
        "a bridge",
        "partly collapsed during rush hour",
        "bridge collapse",
    ),
];
const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: &[&str] = &[
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
    "Dec.",
];
const WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
];
const QUOTES: &[&str] = &[
    "We are doing everything we can to find out what went wrong",
    "Our thoughts are with the families of those who were hurt",
    "This should never have happened and we will hold people accountable",
    "The crews worked through the night in very difficult conditions",
];

/// What a story's reports are about; each article retells it, some with a twist.
struct Truth {
    event: usize,
    town: &'static str,
    state: &'static str,
    company: &'static str,
    dead: usize,
    injured: usize,
    cost_m: usize,
    weekday: usize,
    month: usize,
    day: usize,
    official: String,
    spokes: String,
    quote: &'static str,
}

fn name(r: &mut Rng) -> String {
    format!("{} {}", r.pick(FIRST), r.pick(LAST))
}

fn count(r: &mut Rng, n: usize) -> String {
    if (2..=12).contains(&n) && r.chance(50) {
        WORDS[n - 2].to_string()
    } else {
        n.to_string()
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn article(r: &mut Rng, t: &Truth, outlet: &str, twist: usize) -> String {
    let (what, did, _) = EVENTS[t.event];
    let mut dead = t.dead;
    let mut town = t.town;
    let mut day = t.day;
    let mut official = t.official.clone();
    let mut quote = t.quote.to_string();
    let mut negate = false;
    // A planted contradiction of one type.
    match twist {
        1 => dead += 1 + r.below(3),
        2 => day = if day > 20 { day - 3 } else { day + 4 },
        3 => town = TOWNS[(TOWNS.iter().position(|x| *x == town).unwrap_or(0) + 1) % TOWNS.len()],
        4 => official = name(r),
        5 => {
            quote = quote
                .replacen("everything", "all", 1)
                .replacen("never", "not", 1)
                .replacen("very", "extremely", 1)
                .replacen("families", "relatives", 1)
        }
        6 => negate = true,
        _ => {}
    }
    let mut s = String::new();
    let src = r.pick(&[
        "officials said",
        "police said",
        "according to local authorities",
        "the county sheriff's office said",
    ]);
    let _ = write!(
        s,
        "{} {} in {town}, {} on {}, killing {} people and injuring at least {}, {src}.",
        capital(what),
        did,
        t.state,
        WEEKDAYS[t.weekday],
        count(r, dead),
        t.injured
    );
    s.push_str("\n\n");
    let _ = write!(
        s,
        "The incident happened shortly after {} p.m. on {} {day}, according to {}.",
        1 + r.below(11),
        MONTHS[t.month],
        r.pick(&[
            "a police report",
            "two officials familiar with the investigation",
            "a statement from the fire department"
        ])
    );
    s.push_str("\n\n");
    let _ = write!(
        s,
        "\"{quote},\" said {official}, the county's emergency management director. \"We will share more as soon as we can.\""
    );
    s.push_str("\n\n");
    if negate {
        let _ = write!(
            s,
            "{} said in a statement that it had not received any warning about the site before the incident.",
            t.company
        );
    } else {
        let _ = write!(
            s,
            "{} said in a statement that it had received a warning about the site two weeks earlier.",
            t.company
        );
    }
    s.push_str("\n\n");
    let _ = write!(
        s,
        "Repairs are expected to cost about ${}.{} million, {} reported, citing {}.",
        t.cost_m,
        r.below(10),
        r.pick(OUTLETS),
        r.pick(&[
            "unnamed sources",
            "a person with knowledge of the matter",
            "state records"
        ])
    );
    s.push_str("\n\n");
    let _ = write!(
        s,
        "{} spokesperson {} said the company was cooperating fully with investigators. She declined to comment further.",
        t.company, t.spokes
    );
    if r.chance(60) {
        s.push_str("\n\n");
        let _ = write!(
            s,
            "Residents of {town} said they had heard a loud bang. \"It sounded like thunder,\" one neighbor told {outlet}."
        );
    }
    if r.chance(50) {
        s.push_str("\n\n");
        let _ = write!(
            s,
            "The {} is the latest in a series of incidents in the U.S. this year, Mr. {} noted, and the state may tighten its rules.",
            EVENTS[t.event].2,
            official.split(' ').next_back().unwrap_or("Doe")
        );
    }
    s
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One generated article.
pub struct Article {
    /// Unique id.
    pub id: String,
    /// Outlet.
    pub outlet: &'static str,
    /// ISO date.
    pub date: String,
    /// Title.
    pub title: String,
    /// Body text.
    pub text: String,
    /// Story key.
    pub story: String,
}

impl Article {
    /// The article as one line of JSON Lines.
    pub fn to_json_line(&self) -> String {
        format!(
            "{{\"id\":\"{}\",\"outlet\":{},\"date\":\"{}\",\"title\":{},\"text\":{},\"story\":\"{}\"}}\n",
            self.id,
            json_str(self.outlet),
            self.date,
            json_str(&self.title),
            json_str(&self.text),
            self.story
        )
    }
}

/// Calls `emit` for every article of `stories` stories of `per` articles
/// each, stopping early when it returns false.
pub fn generate(stories: usize, per: usize, seed: u64, mut emit: impl FnMut(Article) -> bool) {
    let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    for st in 0..stories {
        let t = Truth {
            event: r.below(EVENTS.len()),
            town: r.pick(TOWNS),
            state: r.pick(STATES),
            company: r.pick(COMPANIES),
            dead: 1 + r.below(9),
            injured: 5 + r.below(60),
            cost_m: 2 + r.below(40),
            weekday: r.below(7),
            month: r.below(12),
            day: 1 + r.below(27),
            official: name(&mut r),
            spokes: name(&mut r),
            quote: r.pick(QUOTES),
        };
        for a in 0..per {
            let outlet = OUTLETS[(st + a) % OUTLETS.len()];
            // About one article in five carries a planted contradiction.
            let twist = if r.chance(20) { 1 + r.below(6) } else { 0 };
            let text = article(&mut r, &t, outlet, twist);
            let art = Article {
                id: format!("s{st}-a{a}"),
                outlet,
                date: format!("2025-{:02}-{:02}", t.month + 1, (t.day + 1).min(28)),
                title: format!("{} in {}", capital(EVENTS[t.event].2), t.town),
                text,
                story: format!("story-{st}"),
            };
            if !emit(art) {
                return;
            }
        }
    }
}
