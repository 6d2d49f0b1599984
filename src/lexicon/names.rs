//! Name lists: first names (1990 US Census) and towns of at least 15,000
//! people (GeoNames), made by `tools/gen_names.py` (`data/names/README.md`
//! gives the sources and licenses). Read once, on first use.

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

/// First names, with 'f' or 'm' for a name given (nearly) only to women or
/// to men, else ' '.
static FIRST: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    include_str!("data/names/first_names.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once('\t') {
            Some((n, g)) => (n, g.bytes().next().unwrap_or(b' ')),
            None => (l, b' '),
        })
        .collect()
});

static TOWNS: LazyLock<HashMap<String, &'static str>> = LazyLock::new(|| {
    let mut m = HashMap::default();
    for l in include_str!("data/names/towns.tsv").lines() {
        if l.starts_with('#') {
            continue;
        }
        if let Some((name, cc)) = l.split_once('\t') {
            m.entry(name.to_lowercase()).or_insert(cc);
        }
    }
    m
});

/// True for a first name ("maria", "john"), lowercase.
pub fn is_first_name(w: &str) -> bool {
    FIRST.contains_key(w)
}

/// Whom "she" or "he" may stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// A name given (nearly) only to women: "Carla", "Maria".
    Female,
    /// A name given (nearly) only to men: "Marcus", "James".
    Male,
}

/// The gender a lowercase first name is nearly always given to, if any
/// ("dana", "lee", "jordan": none).
pub fn gender(first: &str) -> Option<Gender> {
    match FIRST.get(first) {
        Some(b'f') => Some(Gender::Female),
        Some(b'm') => Some(Gender::Male),
        _ => None,
    }
}

/// The country code of a town, by its lowercase name with single spaces
/// ("santa monica" -> "US").
pub fn town(name: &str) -> Option<&'static str> {
    TOWNS.get(name).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        assert!(is_first_name("maria"));
        assert!(is_first_name("john"));
        assert!(!is_first_name("academy"));
        assert_eq!(gender("maria"), Some(Gender::Female));
        assert_eq!(gender("marcus"), Some(Gender::Male));
        assert_eq!(gender("dana"), None);
        assert_eq!(town("santa monica"), Some("US"));
        assert_eq!(town("rancho mirage"), Some("US"));
        // Towns named like common words are left out.
        assert_eq!(town("mobile"), None);
        assert_eq!(town("reading"), None);
    }
}
