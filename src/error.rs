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
    /// No entity of the graph has this name; the closest names are offered.
    #[error("no entity named `{name}` in the graph{}", suggest(suggestions))]
    UnknownEntity {
        /// The name asked for.
        name: String,
        /// The closest names, as `label (id)`, best first.
        suggestions: Vec<String>,
    },
    /// Several entities have this name.
    #[error("`{name}` names {} entities: {}; use an id", candidates.len(), candidates.join(", "))]
    AmbiguousEntity {
        /// The name asked for.
        name: String,
        /// Every entity it names, as `label (id, kind)`.
        candidates: Vec<String>,
    },
    /// A query pattern does not parse.
    #[error("bad pattern at column {column}: {message}\n  {pattern}\n  {:>width$}", "^", width = column)]
    Pattern {
        /// The pattern text.
        pattern: String,
        /// 1-based character column of the fault.
        column: usize,
        /// What was expected there.
        message: String,
    },
    /// An argument of an analysis has a value it cannot work with.
    #[error("{message}")]
    Analysis {
        /// What is wrong, naming the value.
        message: String,
    },
    /// The two ends of an edge must be nodes of the graph.
    #[error("edge {index} ({source_id} -> {target_id}) names an unknown node `{missing}`")]
    DanglingEdge {
        /// Position of the edge in the graph's `edges`.
        index: usize,
        /// Its source id.
        source_id: String,
        /// Its target id.
        target_id: String,
        /// The id that is not a node.
        missing: String,
    },
    /// Graphviz is not installed (the message says how to install it), or
    /// it failed on a diagram (the message carries what it printed).
    #[error("{message}")]
    Graphviz {
        /// What happened.
        message: String,
    },
}

fn suggest(suggestions: &[String]) -> String {
    if suggestions.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", suggestions.join(", "))
    }
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
