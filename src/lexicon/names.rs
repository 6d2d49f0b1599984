//! Name lists: first names (1990 US Census) and towns of at least 15,000
//! people (GeoNames), made by `tools/gen_names.py` (`data/names/README.md`
//! gives the sources and licenses). Read once, on first use.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

static FIRST: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("data/names/first_names.txt")
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
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
    FIRST.contains(w)
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
        assert_eq!(town("santa monica"), Some("US"));
        assert_eq!(town("rancho mirage"), Some("US"));
        // Towns named like common words are left out.
        assert_eq!(town("mobile"), None);
        assert_eq!(town("reading"), None);
    }
}
