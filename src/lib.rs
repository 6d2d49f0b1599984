//! claimdiff: check news claims across outlets.
#![warn(missing_docs)]

pub mod error;
pub mod lexicon;
pub mod load;
pub mod parse;
pub mod span;

pub use error::{Error, ErrorKind, Result};
pub use span::Span;
pub mod claims;
pub mod compare;
pub mod report;
pub mod align;
