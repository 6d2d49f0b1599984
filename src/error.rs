//! The library's errors: each names the file (or input) it concerns and, where
//! it can, the position in it.

use std::path::PathBuf;

/// An error about one input: which input, and what went wrong with it.
#[derive(Debug, thiserror::Error)]
#[error("{}: {kind}", path.display())]
pub struct Error {
    /// The path as the user gave it (`-` for standard input).
    pub path: PathBuf,
    /// What went wrong.
    pub kind: ErrorKind,
}

impl Error {
    /// An error about `path`.
    pub fn new(path: impl Into<PathBuf>, kind: ErrorKind) -> Error {
        Error {
            path: path.into(),
            kind,
        }
    }
}

/// What went wrong with an input.
#[derive(Debug, thiserror::Error)]
pub enum ErrorKind {
    /// The file could not be opened or read.
    #[error("cannot read: {0}")]
    Io(#[from] std::io::Error),
    /// The bytes are not UTF-8.
    #[error("not UTF-8 text: invalid byte at offset {offset}")]
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The file looks binary (it holds a NUL byte or too many control bytes).
    #[error("looks like a binary file (control byte at offset {offset}); claimdiff reads text")]
    Binary {
        /// Byte offset of the first offending byte.
        offset: usize,
    },
    /// The file is empty or holds only whitespace and a header.
    #[error("empty: no article text")]
    Empty,
    /// The file is larger than the size limit.
    #[error("{size} bytes is over the size limit of {limit} bytes (see --max-file-size)")]
    TooLarge {
        /// The file's size.
        size: u64,
        /// The limit in force.
        limit: u64,
    },
    /// A directory held no `*.txt` or `*.md` files.
    #[error("directory holds no .txt, .md or .jsonl files")]
    EmptyDir,
    /// A line of JSON Lines input could not be read.
    #[error("line {line}, column {column}: {message}")]
    Jsonl {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What the JSON reader said.
        message: String,
    },
    /// The configuration file has an error.
    #[error("line {line}, column {column}: {message}")]
    Config {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What is wrong.
        message: String,
    },
}

/// A `Result` with the library's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
