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

/// Where a town lies: its country, its first- and second-order divisions
/// (state, county, region) and its position.
struct Area {
    cc: &'static str,
    /// Lowercase, as the names it is matched against.
    admin1: String,
    admin2: String,
    lat: f32,
    lon: f32,
}

/// Towns of at least 5,000 people by lowercase name, most people first.
static AREAS: LazyLock<HashMap<String, Vec<Area>>> = LazyLock::new(|| {
    let mut m: HashMap<String, Vec<Area>> = HashMap::default();
    for l in include_str!("data/names/areas.tsv").lines() {
        if l.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = l.split('\t').collect();
        if let [name, cc, admin1, admin2, lat, lon] = f[..] {
            let (Ok(lat), Ok(lon)) = (lat.parse(), lon.parse()) else {
                continue;
            };
            m.entry(name.to_lowercase()).or_default().push(Area {
                cc,
                admin1: admin1.to_lowercase(),
                admin2: admin2.to_lowercase(),
                lat,
                lon,
            });
        }
    }
    m
});

/// Kilometres a town and a part of it, or two names of one urban area in
/// one county, lie apart at most ("Flatbush" / "Brooklyn", "Hollywood" /
/// "Los Angeles"; not "Brooklyn" / "Queens", two counties).
const SAME_AREA_KM: f32 = 15.0;

/// True when two place names may name one area told two ways: one lies in
/// the other's state, county or region ("Tiverton" / "Devon", "Malibu" /
/// "Los Angeles", a town in Los Angeles County; "Richmond Hill" /
/// "Queens"), or both are towns of one county a few kilometres apart.
/// Names are lowercase with single spaces.
pub fn one_area(x: &str, y: &str) -> bool {
    let (ax, ay) = (AREAS.get(x), AREAS.get(y));
    let holds = |areas: Option<&Vec<Area>>, region: &str| {
        areas.is_some_and(|v| {
            v.iter().any(|a| {
                [a.admin1.as_str(), a.admin2.as_str()].into_iter().any(|d| {
                    !d.is_empty()
                        && (d == region
                            || d.strip_suffix(" county")
                                .or_else(|| d.strip_suffix(" parish"))
                                .or_else(|| d.strip_suffix(" borough"))
                                == Some(region))
                })
            })
        })
    };
    if holds(ax, y) || holds(ay, x) {
        return true;
    }
    let (Some(ax), Some(ay)) = (ax, ay) else {
        return false;
    };
    ax.iter().any(|a| {
        ay.iter().any(|b| {
            let dlat = (a.lat - b.lat) * 111.2;
            let dlon = (a.lon - b.lon) * 111.2 * (a.lat.to_radians().cos());
            a.cc == b.cc
                && !a.admin2.is_empty()
                && a.admin1 == b.admin1
                && a.admin2 == b.admin2
                && (dlat * dlat + dlon * dlon).sqrt() <= SAME_AREA_KM
        })
    })
}

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

/// True when the gazetteer of smaller towns (at least 5,000 people) knows
/// a lowercase name: a name guessed to be a place by its context
/// ("outside Nuits-Saint-Georges") is then known to be one.
/// Not the name of a region towns lie in ("Devon" is a county, though a
/// town in Alberta has its name).
pub fn known_town(name: &str) -> bool {
    AREAS.contains_key(name) && !REGIONS.contains(name)
}

/// The lowercase names of the regions the gazetteer's towns lie in, with
/// and without a closing "county" ("devon", "cornwall", "kent county").
static REGIONS: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    let mut m = rustc_hash::FxHashSet::default();
    for areas in AREAS.values() {
        for a in areas {
            for d in [a.admin1.as_str(), a.admin2.as_str()] {
                if !d.is_empty() {
                    m.insert(d);
                    if let Some(short) = d.strip_suffix(" county") {
                        m.insert(short);
                    }
                }
            }
        }
    }
    m
});

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
        // Areas: a town in a region, a part of a town, two towns apart.
        assert!(one_area("tiverton", "devon"));
        // A town only the smaller list has is known; a region is no town.
        assert!(known_town("hexham"));
        assert!(!known_town("devon"));
        assert!(one_area("sicily", "palermo"));
        assert!(one_area("malibu", "los angeles"));
        assert!(one_area("flatbush", "brooklyn"));
        assert!(!one_area("houston", "huntsville"));
        assert!(!one_area("leeds", "manchester"));
        assert!(!one_area("devon", "cumbria"));
        assert!(!one_area("brooklyn", "queens"));
        assert!(one_area("hollywood", "los angeles"));
        assert!(one_area("richmond hill", "queens"));
        // Towns named like common words are left out.
        assert_eq!(town("mobile"), None);
        assert_eq!(town("reading"), None);
    }
}
