//! Names across a run: a surname for a full name seen in any document
//! ("Dahl" is "Marcus Dahl"), and a key for comparing sources and people
//! regardless of case, "the", possessives and spelling variants.

use rustc_hash::FxHashMap as HashMap;

use crate::claims::Claim;
use crate::lexicon::{Lexicon, SourceKind};
use crate::parse::NameKind;

/// Normalised names of a run.
#[derive(Debug, Default)]
pub struct Names {
    /// Lowercase surname -> full name.
    surnames: HashMap<String, String>,
    /// Keys of names some report of the story types as a body ("security
    /// firm Trend Micro"), though another takes them for a person.
    bodies: rustc_hash::FxHashSet<String>,
}

/// Levenshtein distance of two short strings, in chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Lowercase, "the" dropped, spaces collapsed.
pub fn key(name: &str) -> String {
    let lower = name.to_lowercase().replace('’', "'");
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    if words.first() == Some(&"the") && words.len() > 1 {
        words.remove(0);
    }
    words.join(" ")
}

impl Names {
    /// Learns the full names of people from all claims.
    pub fn learn(claims: &[Claim], _lx: &Lexicon) -> Names {
        let mut surnames: HashMap<String, String> = HashMap::default();
        let mut add = |full: &str| {
            let parts: Vec<&str> = full.split_whitespace().collect();
            if parts.len() >= 2 {
                if let Some(last) = parts.last() {
                    surnames
                        .entry(last.to_lowercase())
                        .or_insert_with(|| full.to_string());
                }
            }
        };
        let mut bodies = rustc_hash::FxHashSet::default();
        for c in claims {
            for s in &c.sources {
                if s.kind == SourceKind::Person {
                    add(&s.name);
                }
                if matches!(s.kind, SourceKind::Organization | SourceKind::Government)
                    && s.span.is_some_and(|sp| sp.len() == s.name.len())
                {
                    bodies.insert(key(&s.name));
                }
                // A described source's business named after its word:
                // "Researchers at the security firm Vesper Quill".
                if s.kind != SourceKind::Person {
                    let words: Vec<&str> = s.name.split_whitespace().collect();
                    for (i, w) in words.iter().enumerate() {
                        if crate::lexicon::company_word(w) {
                            let run: Vec<&str> = words[i + 1..]
                                .iter()
                                .take_while(|w| w.starts_with(char::is_uppercase))
                                .map(|w| w.trim_end_matches([',', ';']))
                                .collect();
                            if !run.is_empty() {
                                bodies.insert(key(&run.join(" ")));
                            }
                        }
                    }
                }
            }
            for e in &c.entities {
                match e.kind {
                    NameKind::Person => add(&e.name),
                    NameKind::Organization | NameKind::Government => {
                        bodies.insert(key(&e.name));
                    }
                    _ => {}
                }
            }
        }
        Names { surnames, bodies }
    }

    /// True when a report of the story types the name as a body.
    pub fn is_body(&self, name: &str) -> bool {
        self.bodies.contains(&key(name))
    }

    /// True when some report of the story names the person this name is
    /// (by full name or surname).
    pub fn is_person(&self, name: &str) -> bool {
        let last = name
            .split_whitespace()
            .last()
            .unwrap_or(name)
            .to_lowercase();
        !self.is_body(name)
            && self
                .surnames
                .get(&last)
                .is_some_and(|full| key(full).ends_with(&key(name)))
    }

    /// The full name of a person named by surname alone, else the name.
    pub fn person<'a>(&'a self, name: &'a str) -> &'a str {
        if !name.contains(' ') {
            if let Some(full) = self.surnames.get(&name.to_lowercase()) {
                return full;
            }
        }
        name
    }

    /// Comparison key of a person: their full name's key.
    pub fn person_key(&self, name: &str) -> String {
        key(self.person(name))
    }

    /// True when two person names can be the same person: equal keys, or one
    /// is the other's surname.
    pub fn same_person(&self, a: &str, b: &str) -> bool {
        let (ka, kb) = (self.person_key(a), self.person_key(b));
        if ka == kb {
            return true;
        }
        // Initials and titles aside: "Raymond T. Okafor" is "Raymond Okafor";
        // a surname alone matches any first name.
        // Titles before a name ("Det Insp Rachel Onslow") are no part of it.
        let titles = &Lexicon::builtin().titles;
        let parts = |k: &str| -> Vec<String> {
            k.split_whitespace()
                .skip_while(|w| titles.contains_key(w.trim_end_matches('.')))
                // Initials with or without stops: "A.J." is "AJ".
                .map(|w| w.replace('.', ""))
                .filter(|w| w.chars().count() > 1)
                .collect()
        };
        let (pa, pb) = (parts(&ka), parts(&kb));
        // A descriptor before the full name ("Comedian Ellen DeGeneres",
        // "Saints Pierre Thomas"): the shorter full name ends the longer.
        let (short, long) = if pa.len() <= pb.len() {
            (&pa, &pb)
        } else {
            (&pb, &pa)
        };
        // ... or begins it: "Billy Graham" / "Billy Graham Crusade".
        if short.len() >= 2 && (long.ends_with(short) || long.starts_with(short)) {
            return true;
        }
        // A first name spelt a little differently, and not one of the other
        // sex: "Bettie Page" / "Betty Mae Page" (not "Mary" / "Mark").
        let near_first = |x: &str, y: &str| {
            use crate::lexicon::names::gender;
            let d = edit_distance(x, y);
            x.chars().count() >= 4
                && y.chars().count() >= 4
                // "Carolos" / "Karolos": one letter in a long name.
                && (d <= 2 && x.chars().next() == y.chars().next()
                    || d <= 1 && x.chars().count() >= 6)
                && !matches!((gender(x), gender(y)), (Some(g), Some(h)) if g != h)
        };
        match (pa.last(), pb.last()) {
            (Some(x), Some(y)) if x == y => {
                pa.len() == 1 || pb.len() == 1 || pa[0] == pb[0] || near_first(&pa[0], &pb[0])
            }
            // The same first name and a surname spelt a little differently
            // ("Del Giudice" / "DelGiudice", "Wetzler" / "Welzler").
            _ if pa.len() >= 2 && pb.len() >= 2 && pa[0] == pb[0] => {
                let rest = |p: &[String]| p[1..].concat();
                let (ra, rb) = (rest(&pa), rest(&pb));
                ra == rb || ra.chars().count() >= 5 && edit_distance(&ra, &rb) <= 1
            }
            _ => false,
        }
    }

    /// The attribution chain of a claim as comparison keys.
    pub fn chain_key(&self, c: &Claim) -> Vec<String> {
        c.sources
            .iter()
            .map(|s| {
                if s.kind == SourceKind::Person {
                    self.person_key(&s.name)
                } else {
                    key(&s.name)
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_case_and_the() {
        assert_eq!(key("The Guardian"), key("guardian"));
        assert_eq!(key("Iran’s  Mission"), "iran's mission");
    }

    #[test]
    fn surnames_meet_full_names() {
        let mut n = Names::default();
        n.surnames.insert("dahl".into(), "Marcus Dahl".into());
        assert!(n.same_person("Dahl", "Marcus Dahl"));
        assert!(!n.same_person("Priya Raman", "Marcus Dahl"));
        assert!(n.same_person("Raymond T. Okafor", "Raymond Okafor"));
        assert!(n.same_person("A.J. Butler", "AJ Butler"));
        assert!(!n.same_person("A.J. Butler", "A.J. Smith"));
        assert!(!n.same_person("Jane Okafor", "Raymond Okafor"));
        assert!(n.same_person("Det Insp Rachel Onslow", "Rachel Onslow"));
        assert!(n.same_person("Comedian Ellen DeGeneres", "Ellen DeGeneres"));
        assert!(n.same_person("Vincent Del Giudice", "Vincent DelGiudice"));
        assert!(n.same_person("Andrew Wetzler", "Andrew Welzler"));
        assert!(!n.same_person("Andrew Wetzler", "Andrew Walker"));
        // A first name spelt two ways, a middle name, a name and its body.
        assert!(n.same_person("Bettie Page", "Betty Mae Page"));
        assert!(n.same_person("Billy Graham", "Billy Graham Crusade"));
        assert!(n.same_person("Carolos Papoulias", "Karolos Papoulias"));
        // Not a name of the other sex, nor another name.
        assert!(!n.same_person("Mary Hale", "Mark Hale"));
        assert!(!n.same_person("Helen Brandt", "Marcus Brandt"));
    }
}
