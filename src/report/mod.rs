//! Stage 5, report: the plain results of a run, and their renderings as
//! JSON (a documented contract), terminal text, Markdown and an HTML review
//! page. Nothing before this stage formats text for people.

pub mod html;
pub mod json;
pub mod markdown;
pub mod text;

pub use json::{DocInfo, Report, SCHEMA_VERSION};
