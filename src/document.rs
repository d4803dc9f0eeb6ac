//! Step 1, load: turn input paths into [`Document`]s.
//!
//! Accepts `.txt` and `.md` files (one article each, id = file stem),
//! directories (walked recursively in sorted order, reading the files of those
//! kinds and `.jsonl`), `.jsonl` files (one article per line) and `-` for
//! standard input. Bad inputs never abort the others: each becomes a
//! [`Skipped`] entry that says what and where, and the caller decides whether
//! that is fatal (`--strict`) or a warning.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Stable id: the file stem, the JSONL `id`, or `FILE#LINE`.
    pub id: String,
    /// Headline, when the input gives one.
    pub title: Option<String>,
    /// Publication date as given (ISO 8601 recommended).
    pub date: Option<String>,
    /// Source address, when the input gives one.
    pub url: Option<String>,
    /// The article text; evidence offsets index into it.
    pub text: String,
}

impl Document {
    /// A document with only an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            id: id.into(),
            title: None,
            date: None,
            url: None,
            text: text.into(),
        }
    }
}

/// An input that was passed over, and why.
#[derive(Debug)]
pub struct Skipped {
    /// What was wrong (names the file and, for JSONL, the line).
    pub error: Error,
}

/// What loading produced: the documents in input order, the inputs skipped,
/// and warnings that did not cost a document.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Documents, in the order of the inputs (directories sorted).
    pub documents: Vec<Document>,
    /// Inputs (files or JSONL lines) that could not be read as articles.
    pub skipped: Vec<Skipped>,
    /// Odd but harmless inputs, such as an empty article.
    pub warnings: Vec<String>,
}

/// A JSONL record. Unknown fields are ignored: dumps carry many.
#[derive(Deserialize)]
struct JsonRecord {
    text: serde_json::Value,
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// Load every input. Fails only when an input path itself is unusable (missing,
/// unreadable, a directory with no articles); bad articles are `skipped`.
pub fn load(inputs: &[PathBuf]) -> Result<Loaded> {
    let mut loaded = Loaded::default();
    for input in inputs {
        if input.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|source| Error::Read {
                    path: input.clone(),
                    source,
                })?;
            load_bytes(Path::new("<stdin>"), "stdin", bytes, &mut loaded);
            continue;
        }
        let meta = std::fs::metadata(input).map_err(|source| Error::Read {
            path: input.clone(),
            source,
        })?;
        if meta.is_dir() {
            let mut files = Vec::new();
            walk(input, &mut files)?;
            if files.is_empty() {
                return Err(Error::Input {
                    path: input.clone(),
                    message: "directory holds no articles (.txt, .md or .jsonl files)".into(),
                });
            }
            for file in files {
                load_file(&file, &mut loaded)?;
            }
        } else {
            load_file(input, &mut loaded)?;
        }
    }
    dedupe_ids(&mut loaded);
    Ok(loaded)
}

fn is_article_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt" | "md" | "jsonl")
    )
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    let read_err = |source| Error::Read {
        path: dir.to_path_buf(),
        source,
    };
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(read_err)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(read_err)?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, files)?;
        } else if is_article_file(&path) {
            files.push(path);
        }
    }
    Ok(())
}

fn load_file(path: &Path, loaded: &mut Loaded) -> Result<()> {
    let bytes = std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    load_bytes(path, &stem, bytes, loaded);
    Ok(())
}

fn load_bytes(path: &Path, stem: &str, bytes: Vec<u8>, loaded: &mut Loaded) {
    if let Some(byte) = memchr_nul(&bytes) {
        loaded.skipped.push(Skipped {
            error: Error::Binary {
                path: path.to_path_buf(),
                byte,
            },
        });
        return;
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            loaded.skipped.push(Skipped {
                error: Error::InvalidUtf8 {
                    path: path.to_path_buf(),
                    byte: e.utf8_error().valid_up_to(),
                },
            });
            return;
        }
    };
    // A byte-order mark is an encoding artefact, not text.
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    if path.extension().and_then(|e| e.to_str()) == Some("jsonl") {
        load_jsonl(path, stem, &text, loaded);
        return;
    }
    if text.trim().is_empty() {
        loaded.warnings.push(format!(
            "{}: empty article, nothing to extract",
            path.display()
        ));
        return;
    }
    loaded.documents.push(Document::new(stem, text));
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == 0)
}

fn load_jsonl(path: &Path, stem: &str, text: &str, loaded: &mut Loaded) {
    let mut any_line = false;
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        any_line = true;
        match parse_record(line, stem, line_no) {
            Ok(doc) if doc.text.trim().is_empty() => loaded.warnings.push(format!(
                "{}:{line_no}: empty article, nothing to extract",
                path.display()
            )),
            Ok(doc) => loaded.documents.push(doc),
            Err(message) => loaded.skipped.push(Skipped {
                error: Error::JsonLine {
                    path: path.to_path_buf(),
                    line: line_no,
                    message,
                },
            }),
        }
    }
    if !any_line {
        loaded
            .warnings
            .push(format!("{}: empty JSONL file, no articles", path.display()));
    }
}

fn parse_record(line: &str, stem: &str, line_no: usize) -> Result<Document, String> {
    let record: JsonRecord =
        serde_json::from_str(line).map_err(|e| format!("not a JSON article record: {e}"))?;
    let text = match record.text {
        serde_json::Value::String(s) => s,
        other => {
            return Err(format!(
                "`text` must be a string, found {}",
                json_type_name(&other)
            ));
        }
    };
    let id = match record.id {
        None | Some(serde_json::Value::Null) => format!("{stem}#{line_no}"),
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(other) => {
            return Err(format!(
                "`id` must be a string or a number, found {}",
                json_type_name(&other)
            ));
        }
    };
    Ok(Document {
        id,
        title: record.title,
        date: record.date,
        url: record.url,
        text,
    })
}

fn json_type_name(value: &serde_json::Value) -> &'static str {
    match value {
        serde_json::Value::Null => "null",
        serde_json::Value::Bool(_) => "a boolean",
        serde_json::Value::Number(_) => "a number",
        serde_json::Value::String(_) => "a string",
        serde_json::Value::Array(_) => "an array",
        serde_json::Value::Object(_) => "an object",
    }
}

/// Two inputs with one id would merge their evidence under one document, so
/// later ones get a `~2`, `~3` suffix (and the evidence stays checkable).
fn dedupe_ids(loaded: &mut Loaded) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for doc in &mut loaded.documents {
        let count = seen.entry(doc.id.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            let new_id = format!("{}~{}", doc.id, count);
            loaded.warnings.push(format!(
                "duplicate document id `{}`, renamed to `{new_id}`",
                doc.id
            ));
            doc.id = new_id;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_records_keep_metadata_and_report_bad_lines() {
        let mut loaded = Loaded::default();
        let text = concat!(
            "{\"id\": \"a\", \"text\": \"Iran met China.\", \"date\": \"2020-10-12\"}\n",
            "not json\n",
            "{\"title\": \"no text\"}\n",
            "{\"text\": 42}\n",
            "\n",
            "{\"text\": \"Second.\"}\n",
        );
        load_jsonl(Path::new("news.jsonl"), "news", text, &mut loaded);
        assert_eq!(loaded.documents.len(), 2);
        assert_eq!(loaded.documents[0].date.as_deref(), Some("2020-10-12"));
        assert_eq!(loaded.documents[1].id, "news#6");
        let errors: Vec<String> = loaded.skipped.iter().map(|s| s.error.to_string()).collect();
        assert_eq!(errors.len(), 3);
        assert!(errors[0].starts_with("news.jsonl:2: not a JSON article record"));
        assert!(errors[1].starts_with("news.jsonl:3: not a JSON article record"));
        assert!(errors[1].contains("missing field `text`"));
        assert_eq!(
            errors[2],
            "news.jsonl:4: `text` must be a string, found a number"
        );
    }

    #[test]
    fn invalid_utf8_and_binary_are_skipped_with_offsets() {
        let mut loaded = Loaded::default();
        load_bytes(Path::new("a.txt"), "a", b"Iran \xff".to_vec(), &mut loaded);
        load_bytes(
            Path::new("b.txt"),
            "b",
            b"PK\x03\x04\x00".to_vec(),
            &mut loaded,
        );
        let errors: Vec<String> = loaded.skipped.iter().map(|s| s.error.to_string()).collect();
        assert_eq!(errors[0], "a.txt: invalid UTF-8 at byte 5");
        assert!(errors[1].starts_with("b.txt: binary file (NUL byte at offset 4)"));
    }

    #[test]
    fn duplicate_ids_are_renamed() {
        let mut loaded = Loaded::default();
        loaded.documents.push(Document::new("x", "a"));
        loaded.documents.push(Document::new("x", "b"));
        dedupe_ids(&mut loaded);
        assert_eq!(loaded.documents[1].id, "x~2");
    }
}
