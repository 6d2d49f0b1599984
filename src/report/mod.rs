//! Stage 5, report: the plain results of a run, and their renderings as
//! JSON (a documented contract), terminal text and Markdown. Nothing before
//! this stage formats text for people.

pub mod json;
pub mod markdown;
pub mod text;

pub use json::{DocInfo, Report, SCHEMA_VERSION};
