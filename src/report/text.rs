//! Terminal text: claims and findings for a person to read, each with
//! `path:line:col`.
