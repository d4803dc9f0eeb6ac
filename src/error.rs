//! The library's error type: what went wrong, and where.

use std::path::PathBuf;

/// Everything the library can fail at. Messages are lowercase and name the
/// file, line or value at fault; the underlying cause (an I/O error, a JSON
/// parse error with line and column) is the error's `source()`, so printing
/// the chain (`{:#}` with anyhow) says each thing once.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or directory could not be read.
    #[error("cannot read {path}")]
    Read {
        /// The path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// An input file is not valid UTF-8.
    #[error("{path}: invalid UTF-8 at byte {byte}")]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        byte: usize,
    },
    /// An input file looks binary (it holds NUL bytes).
    #[error("{path}: binary file (NUL byte at offset {byte}), not an article")]
    Binary {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first NUL.
        byte: usize,
    },
    /// A JSONL line is not a valid article record.
    #[error("{path}:{line}: {message}")]
    JsonLine {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// An input path names nothing the loader can read.
    #[error("{path}: {message}")]
    Input {
        /// The path.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// A lexicon table has a malformed row.
    #[error("{source_name}:{line}: {message}")]
    Lexicon {
        /// The table's file name (or built-in table name).
        source_name: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the row.
        message: String,
    },
    /// A graph JSON file could not be parsed.
    #[error("{path}: not a newsgraph graph JSON")]
    GraphJson {
        /// The file.
        path: PathBuf,
        /// The parse error (with line and column).
        source: serde_json::Error,
    },
    /// Writing an output failed.
    #[error("cannot write {path}")]
    Write {
        /// The output path.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
