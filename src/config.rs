//! User configuration (`--config claimdiff.toml`): more outlets and their
//! aliases, place-name variants, and comparison thresholds.
//!
//! ```toml
//! [outlets]
//! "The Fenwick Gazette" = ["Gazette", "Fenwick Gazette"]
//!
//! [places]
//! "Kyiv" = ["Kiev"]
//!
//! [thresholds]
//! agree = 0.3      # least similarity for an agreement
//! detail = 0.2     # least similarity for a number, date or place contradiction
//! negation = 0.2   # least similarity for a negation contradiction
//! ```
//! An error names the line and column.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::compare::Thresholds;
use crate::error::{Error, ErrorKind, Result};
use crate::lexicon::{Lexicon, PlaceKind};

/// The configuration file's contents.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Canonical outlet name -> aliases.
    #[serde(default)]
    pub outlets: BTreeMap<String, Vec<String>>,
    /// Canonical place name -> variant spellings.
    #[serde(default)]
    pub places: BTreeMap<String, Vec<String>>,
    /// Thresholds of the comparison rules.
    #[serde(default)]
    pub thresholds: ThresholdConfig,
}

/// Thresholds as the file gives them (any may be left out).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThresholdConfig {
    /// Least similarity for an agreement.
    pub agree: Option<f64>,
    /// Least similarity for a number, date or place contradiction.
    pub detail: Option<f64>,
    /// Least similarity for a negation contradiction.
    pub negation: Option<f64>,
}

/// 1-based line and column of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    crate::span::Span::new(offset, offset).line_col(text)
}

impl Config {
    /// Parses configuration text; `path` names it in errors.
    pub fn parse(path: &Path, text: &str) -> Result<Config> {
        toml::from_str::<Config>(text).map_err(|e| {
            let (line, column) = e.span().map_or((1, 1), |s| line_col(text, s.start));
            Error::new(
                path,
                ErrorKind::Config {
                    line,
                    column,
                    message: e.message().to_string(),
                },
            )
        })
    }

    /// Reads and parses a configuration file.
    pub fn load(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::new(path, ErrorKind::Io(e)))?;
        Config::parse(path, &text)
    }

    /// The built-in lexicon extended with this configuration.
    pub fn lexicon(&self) -> Lexicon {
        let mut lx = Lexicon::builtin_owned();
        for (name, aliases) in &self.outlets {
            lx.add_outlet(std::iter::once(name.as_str()).chain(aliases.iter().map(String::as_str)));
        }
        for (name, variants) in &self.places {
            lx.add_place(
                std::iter::once(name.as_str()).chain(variants.iter().map(String::as_str)),
                PlaceKind::City,
                None,
            );
        }
        lx
    }

    /// The comparison thresholds, defaults where the file is silent.
    pub fn thresholds(&self) -> Thresholds {
        let mut t = Thresholds::default();
        if let Some(v) = self.thresholds.agree {
            t.agree = v;
        }
        if let Some(v) = self.thresholds.detail {
            t.detail = v;
        }
        if let Some(v) = self.thresholds.negation {
            t.negation = v;
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlets_and_places_extend_the_lexicon() {
        let c = Config::parse(Path::new("c.toml"), "[outlets]\n\"The Fenwick Gazette\" = [\"Gazette\"]\n[places]\n\"Kyiv\" = [\"Kyiv City\"]\n").unwrap();
        let lx = c.lexicon();
        assert_eq!(
            lx.outlets.get_exact("gazette").map(String::as_str),
            Some("The Fenwick Gazette")
        );
        assert_eq!(
            lx.places.get_exact("kyiv city").map(|p| p.name.as_str()),
            Some("Kyiv")
        );
    }

    #[test]
    fn errors_name_line_and_column() {
        let err = Config::parse(Path::new("c.toml"), "[outlets]\n\"X\" = [\"a\"\n").unwrap_err();
        match err.kind {
            ErrorKind::Config { line, .. } => assert!(line >= 2),
            k => panic!("{k:?}"),
        }
        let err =
            Config::parse(Path::new("c.toml"), "[thresholds]\nagree = \"high\"\n").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("c.toml: line 2, column"), "{msg}");
        assert!(Config::parse(Path::new("c.toml"), "[nope]\n").is_err());
    }

    #[test]
    fn thresholds_default_where_silent() {
        let c = Config::parse(Path::new("c.toml"), "[thresholds]\nagree = 0.5\n").unwrap();
        let t = c.thresholds();
        assert_eq!(t.agree, 0.5);
        assert_eq!(t.detail, Thresholds::default().detail);
    }
}
