//! Markdown for reviews and pull-request comments.
