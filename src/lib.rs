//! claimdiff checks news claims across outlets: it reads several reports of
//! one story, extracts who says what (with the chain of sources each claim is
//! credited to), and shows where the reports agree, where they contradict each
//! other (on a number, a date, a place, a person, a negation or a quote), how
//! they differ softly (attribution, certainty), and what only one of them says.
//!
//! ```
//! let report = claimdiff::compare_texts(&[
//!     ("cbs.txt", "outlet: CBS News\ndate: 2025-03-07\n\nThree people died in the crash, police said."),
//!     ("nbc.txt", "outlet: NBC News\ndate: 2025-03-07\n\nFour people died in the crash, police said."),
//! ]);
//! let contradiction = &report.findings[0];
//! assert_eq!(contradiction.summary, "number: police (CBS News) says Three people; police (NBC News) says Four people");
//! ```
//!
//! The pipeline, one module a stage, data flowing one way:
//! [`load`] → [`parse`] → [`claims`] → [`align`] → [`compare`] → [`report`].
//! The library never prints; `src/main.rs` is the command line.
#![warn(missing_docs)]

pub mod align;
pub mod allocator;
pub mod claims;
pub mod compare;
pub mod config;
pub mod error;
pub mod lexicon;
pub mod load;
pub mod parse;
pub mod report;
pub mod run;
pub mod span;
pub mod syntax;

pub use error::{Error, ErrorKind, Result};
pub use run::{Engine, compare_texts};
pub use span::Span;
