//! Step 1, load: turn input paths into a stream of [`Document`]s.
//!
//! Accepts `.txt` and `.md` files (one article each, id = file stem),
//! directories (walked recursively in sorted order, reading the files of those
//! kinds and `.jsonl`), `.jsonl` files (one article per line) and `-` for
//! standard input.
//!
//! Input is read as a stream ([`Stream`]): one article file at a time, and
//! JSONL line by line, so memory holds the article being read, not the
//! corpus. Bad inputs never abort the others: each becomes an
//! [`Item::Skipped`] that says what and where (file, and line for JSONL),
//! and the caller decides whether that is fatal (`--strict`) or a warning.
//! Only an input that cannot be read at all (missing, unreadable) is an
//! error. Duplicate ids are renamed here, in input order, so that downstream
//! every document id is unique.

use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

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

/// What the stream yields, in input order.
#[derive(Debug)]
pub enum Item {
    /// An article to extract from.
    Document(Document),
    /// An input (a file or a JSONL line) that could not be read as an article.
    Skipped(Skipped),
    /// Something odd but harmless that cost no article: an empty article, a
    /// renamed duplicate id.
    Warning(String),
}

/// What loading a whole input produced: the documents in input order, the
/// inputs skipped, and warnings that did not cost a document.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Documents, in the order of the inputs (directories sorted).
    pub documents: Vec<Document>,
    /// Inputs (files or JSONL lines) that could not be read as articles.
    pub skipped: Vec<Skipped>,
    /// Odd but harmless inputs, such as an empty article.
    pub warnings: Vec<String>,
}

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input: one article, id `stdin`.
    Stdin,
    /// A file: one article, or one per line for `.jsonl`.
    File(PathBuf),
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

/// Load every input into memory: [`stream`], collected. For a handful of
/// articles; a corpus is better consumed as the stream.
pub fn load(inputs: &[PathBuf]) -> Result<Loaded> {
    let mut loaded = Loaded::default();
    for item in stream(inputs)? {
        match item? {
            Item::Document(doc) => loaded.documents.push(doc),
            Item::Skipped(skipped) => loaded.skipped.push(skipped),
            Item::Warning(warning) => loaded.warnings.push(warning),
        }
    }
    Ok(loaded)
}

/// The articles of `inputs`, as a stream. Fails at once when an input path
/// itself is unusable (missing, or a directory with no articles), before
/// anything is read.
pub fn stream(inputs: &[PathBuf]) -> Result<Stream> {
    Ok(Stream::new(sources(inputs)?))
}

/// The files (and standard input) that `inputs` name, directories walked in
/// sorted order. Fails when an input is missing or unreadable, or a
/// directory holds no article files.
pub fn sources(inputs: &[PathBuf]) -> Result<Vec<Source>> {
    let mut sources = Vec::new();
    for input in inputs {
        if input.as_os_str() == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        let meta = std::fs::metadata(input).map_err(|source| Error::Read {
            path: input.clone(),
            source,
        })?;
        if meta.is_dir() {
            let before = sources.len();
            walk(input, &mut sources)?;
            if sources.len() == before {
                return Err(Error::Input {
                    path: input.clone(),
                    message: "directory holds no articles (.txt, .md or .jsonl files)".into(),
                });
            }
        } else {
            sources.push(Source::File(input.clone()));
        }
    }
    Ok(sources)
}

fn is_article_file(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("txt" | "md" | "jsonl")
    )
}

fn is_jsonl(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()) == Some("jsonl")
}

fn walk(dir: &Path, sources: &mut Vec<Source>) -> Result<()> {
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
            walk(&path, sources)?;
        } else if is_article_file(&path) {
            sources.push(Source::File(path));
        }
    }
    Ok(())
}

/// Renames duplicate document ids, in the order they are claimed: the
/// second `x` becomes `x~2`, the third `x~3`, skipping any taken name.
/// Two inputs with one id would merge their evidence under one document,
/// so ids must be unique; renaming keeps the evidence checkable.
#[derive(Debug, Default)]
pub struct DocIds {
    taken: HashSet<String>,
    /// Per id, the next suffix to try: renaming stays linear even when
    /// every record of a dump carries the same id.
    next_suffix: HashMap<String, usize>,
}

impl DocIds {
    /// No id taken yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Mark `id` as taken without renaming it.
    pub fn reserve(&mut self, id: &str) {
        self.taken.insert(id.to_string());
    }

    /// Take `id`, or, when it is taken, the first free `id~N` (N >= 2).
    /// Returns the id to use.
    pub fn claim(&mut self, id: &str) -> String {
        if self.taken.insert(id.to_string()) {
            return id.to_string();
        }
        let next = self.next_suffix.entry(id.to_string()).or_insert(2);
        loop {
            let candidate = format!("{id}~{next}");
            *next += 1;
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
        }
    }
}

/// Reads [`Source`]s one after another and yields their [`Item`]s in input
/// order. An `Err` is an input that could not be read at all; the stream
/// ends after it.
pub struct Stream {
    sources: std::vec::IntoIter<Source>,
    /// The JSONL file being read, if any.
    jsonl: Option<JsonlReader>,
    ids: DocIds,
    /// Items ready to yield before reading on (a renamed id's warning
    /// comes before its document).
    pending: std::collections::VecDeque<Item>,
    bytes_read: Arc<AtomicU64>,
    total_bytes: Option<u64>,
    failed: bool,
}

/// A JSONL file being read line by line.
struct JsonlReader {
    path: PathBuf,
    stem: String,
    reader: Box<dyn BufRead + Send>,
    line_no: usize,
    /// Byte offset of the current line in the file.
    offset: u64,
    any_line: bool,
    buf: Vec<u8>,
}

impl std::fmt::Debug for Stream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Stream")
            .field("sources_left", &self.sources.len())
            .field("bytes_read", &self.bytes_read.load(Ordering::Relaxed))
            .finish_non_exhaustive()
    }
}

impl Stream {
    /// A stream over `sources`, in order.
    pub fn new(sources: Vec<Source>) -> Self {
        let total_bytes = sources
            .iter()
            .map(|s| match s {
                Source::Stdin => None,
                Source::File(path) => std::fs::metadata(path).ok().map(|m| m.len()),
            })
            .sum();
        Self {
            sources: sources.into_iter(),
            jsonl: None,
            ids: DocIds::new(),
            pending: Default::default(),
            bytes_read: Arc::new(AtomicU64::new(0)),
            total_bytes,
            failed: false,
        }
    }

    /// Bytes of input consumed so far, shared so that a progress display on
    /// another thread can watch it.
    pub fn bytes_read(&self) -> Arc<AtomicU64> {
        Arc::clone(&self.bytes_read)
    }

    /// Total size of the input files, when known (not for standard input).
    pub fn total_bytes(&self) -> Option<u64> {
        self.total_bytes
    }

    fn consumed(&self, bytes: u64) {
        self.bytes_read.fetch_add(bytes, Ordering::Relaxed);
    }

    /// Queue a document under a unique id (with a warning when renamed).
    fn push_document(&mut self, mut doc: Document) {
        let id = self.ids.claim(&doc.id);
        if id != doc.id {
            self.pending.push_back(Item::Warning(format!(
                "duplicate document id `{}`, renamed to `{id}`",
                doc.id
            )));
            doc.id = id;
        }
        self.pending.push_back(Item::Document(doc));
    }

    /// Read the next source (or the next JSONL line) into `pending`.
    fn read_more(&mut self) -> Result<bool> {
        if let Some(jsonl) = &mut self.jsonl {
            match jsonl.next_line()? {
                Some((bytes, line)) => {
                    self.consumed(bytes);
                    match line {
                        Line::Blank => {}
                        Line::Document(doc) => self.push_document(doc),
                        Line::Item(item) => self.pending.push_back(item),
                    }
                }
                None => {
                    if !jsonl.any_line {
                        self.pending.push_back(Item::Warning(format!(
                            "{}: empty JSONL file, no articles",
                            jsonl.path.display()
                        )));
                    }
                    self.jsonl = None;
                }
            }
            return Ok(true);
        }
        let Some(source) = self.sources.next() else {
            return Ok(false);
        };
        match source {
            Source::Stdin => {
                let mut bytes = Vec::new();
                std::io::stdin()
                    .read_to_end(&mut bytes)
                    .map_err(|source| Error::Read {
                        path: PathBuf::from("-"),
                        source,
                    })?;
                self.consumed(bytes.len() as u64);
                self.article(Path::new("<stdin>"), "stdin".into(), bytes);
            }
            Source::File(path) => {
                let read_err = |source| Error::Read {
                    path: path.clone(),
                    source,
                };
                let stem = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_else(|| path.display().to_string());
                if is_jsonl(&path) {
                    let mut reader =
                        BufReader::with_capacity(1 << 16, File::open(&path).map_err(read_err)?);
                    // A JSONL file that starts with NUL bytes is binary:
                    // one message, not one per "line".
                    let head = reader.fill_buf().map_err(read_err)?;
                    if let Some(byte) = head.iter().position(|&b| b == 0) {
                        self.pending.push_back(Item::Skipped(Skipped {
                            error: Error::Binary { path, byte },
                        }));
                        return Ok(true);
                    }
                    self.jsonl = Some(JsonlReader {
                        path,
                        stem,
                        reader: Box::new(reader),
                        line_no: 0,
                        offset: 0,
                        any_line: false,
                        buf: Vec::new(),
                    });
                } else {
                    let bytes = std::fs::read(&path).map_err(read_err)?;
                    self.consumed(bytes.len() as u64);
                    self.article(&path, stem, bytes);
                }
            }
        }
        Ok(true)
    }

    /// One whole-file article.
    fn article(&mut self, path: &Path, id: String, bytes: Vec<u8>) {
        match article_text(path, bytes) {
            Ok(text) if text.trim().is_empty() => self.pending.push_back(Item::Warning(format!(
                "{}: empty article, nothing to extract",
                path.display()
            ))),
            Ok(text) => self.push_document(Document::new(id, text)),
            Err(error) => self.pending.push_back(Item::Skipped(Skipped { error })),
        }
    }
}

impl Iterator for Stream {
    type Item = Result<Item>;

    fn next(&mut self) -> Option<Result<Item>> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(Ok(item));
            }
            if self.failed {
                return None;
            }
            match self.read_more() {
                Ok(true) => {}
                Ok(false) => return None,
                Err(e) => {
                    self.failed = true;
                    return Some(Err(e));
                }
            }
        }
    }
}

/// The text of a whole-file article: no NUL bytes (binary), valid UTF-8,
/// without a byte-order mark.
fn article_text(path: &Path, bytes: Vec<u8>) -> Result<String> {
    if let Some(byte) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::Binary {
            path: path.to_path_buf(),
            byte,
        });
    }
    let text = String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        path: path.to_path_buf(),
        byte: e.utf8_error().valid_up_to(),
    })?;
    // A byte-order mark is an encoding artefact, not text.
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

/// What one JSONL line holds.
enum Line {
    Blank,
    Document(Document),
    Item(Item),
}

impl JsonlReader {
    /// The next line: its length in bytes and what it holds; `None` at the end.
    fn next_line(&mut self) -> Result<Option<(u64, Line)>> {
        self.buf.clear();
        // A 50 MB line leaves a 50 MB buffer; do not keep it for the rest.
        if self.buf.capacity() > 1 << 24 {
            self.buf.shrink_to(1 << 16);
        }
        let read = read_line(&mut self.reader, &mut self.buf).map_err(|source| Error::Read {
            path: self.path.clone(),
            source,
        })?;
        if read == 0 {
            return Ok(None);
        }
        self.line_no += 1;
        let offset = self.offset;
        self.offset += read as u64;
        let start = if self.line_no == 1 && self.buf.starts_with("\u{feff}".as_bytes()) {
            3
        } else {
            0
        };
        let mut end = self.buf.len();
        for ending in [b'\n', b'\r'] {
            if end > start && self.buf[end - 1] == ending {
                end -= 1;
            }
        }
        let parsed = match std::str::from_utf8(&self.buf[start..end]) {
            Err(e) => Err(format!(
                "invalid UTF-8 at byte {}",
                offset + (start + e.valid_up_to()) as u64
            )),
            Ok(line) if line.trim().is_empty() => return Ok(Some((read as u64, Line::Blank))),
            Ok(line) => parse_record(line, &self.stem, self.line_no),
        };
        self.any_line = true;
        let line = match parsed {
            Ok(doc) if doc.text.trim().is_empty() => Line::Item(Item::Warning(format!(
                "{}:{}: empty article, nothing to extract",
                self.path.display(),
                self.line_no
            ))),
            Ok(doc) => Line::Document(doc),
            Err(message) => Line::Item(Item::Skipped(Skipped {
                error: Error::JsonLine {
                    path: self.path.clone(),
                    line: self.line_no,
                    message,
                },
            })),
        };
        Ok(Some((read as u64, line)))
    }
}

/// `BufRead::read_until(b'\n', buf)`: the bytes up to and including the
/// next line feed (or the end) appended to `buf`, and how many. The line
/// feed is found by the `memchr` crate's vectorized search, where
/// `read_until` looks a word at a time (over a byte per instruction on a
/// JSONL corpus, whose lines are whole articles).
fn read_line(reader: &mut impl BufRead, buf: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut read = 0;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (done, used) = match memchr::memchr(b'\n', available) {
            Some(i) => (true, i + 1),
            None => (false, available.len()),
        };
        buf.extend_from_slice(&available[..used]);
        reader.consume(used);
        read += used;
        if done || used == 0 {
            return Ok(read);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The items of a JSONL text read as `news.jsonl`.
    fn jsonl_items(text: &[u8]) -> Vec<Item> {
        let mut stream = Stream::new(Vec::new());
        stream.jsonl = Some(JsonlReader {
            path: PathBuf::from("news.jsonl"),
            stem: "news".into(),
            reader: Box::new(std::io::Cursor::new(text.to_vec())),
            line_no: 0,
            offset: 0,
            any_line: false,
            buf: Vec::new(),
        });
        stream.map(|item| item.unwrap()).collect()
    }

    fn documents(items: &[Item]) -> Vec<&Document> {
        items
            .iter()
            .filter_map(|i| match i {
                Item::Document(d) => Some(d),
                _ => None,
            })
            .collect()
    }

    fn messages(items: &[Item]) -> Vec<String> {
        items
            .iter()
            .filter_map(|i| match i {
                Item::Skipped(s) => Some(format!("skipped: {}", s.error)),
                Item::Warning(w) => Some(format!("warning: {w}")),
                Item::Document(_) => None,
            })
            .collect()
    }

    #[test]
    fn jsonl_records_keep_metadata_and_report_bad_lines() {
        let text = concat!(
            "{\"id\": \"a\", \"text\": \"Iran met China.\", \"date\": \"2020-10-12\"}\n",
            "not json\n",
            "{\"title\": \"no text\"}\n",
            "{\"text\": 42}\n",
            "\n",
            "{\"text\": \"Second.\"}\n",
        );
        let items = jsonl_items(text.as_bytes());
        let docs = documents(&items);
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].date.as_deref(), Some("2020-10-12"));
        assert_eq!(docs[1].id, "news#6");
        let errors = messages(&items);
        assert_eq!(errors.len(), 3);
        assert!(errors[0].starts_with("skipped: news.jsonl:2: not a JSON article record"));
        assert!(errors[1].starts_with("skipped: news.jsonl:3: not a JSON article record"));
        assert!(errors[1].contains("missing field `text`"));
        assert_eq!(
            errors[2],
            "skipped: news.jsonl:4: `text` must be a string, found a number"
        );
    }

    #[test]
    fn jsonl_lines_are_read_one_by_one_whatever_their_endings() {
        struct Case {
            input: &'static [u8],
            ids: &'static [&'static str],
            messages: &'static [&'static str],
        }
        let cases = [
            Case {
                input: b"{\"text\": \"a\"}",
                ids: &["news#1"],
                messages: &[],
            },
            Case {
                input: b"\xef\xbb\xbf{\"text\": \"a\"}\r\n{\"text\": \"b\"}\r\n",
                ids: &["news#1", "news#2"],
                messages: &[],
            },
            Case {
                input: b"{\"text\": \"ok\"}\n{\"text\": \"caf\xe9\"}\n{\"text\": \"b\"}\n",
                ids: &["news#1", "news#3"],
                messages: &["skipped: news.jsonl:2: invalid UTF-8 at byte 28"],
            },
            Case {
                input: b"{\"text\": \" \"}\n",
                ids: &[],
                messages: &["warning: news.jsonl:1: empty article, nothing to extract"],
            },
            Case {
                input: b"\n\n  \n",
                ids: &[],
                messages: &["warning: news.jsonl: empty JSONL file, no articles"],
            },
            Case {
                input: b"{\"id\": [1], \"text\": \"a\"}\n",
                ids: &[],
                messages: &[
                    "skipped: news.jsonl:1: `id` must be a string or a number, found an array",
                ],
            },
            Case {
                input: b"{\"id\": 7, \"text\": \"a\"}\n{\"id\": \"7\", \"text\": \"b\"}\n",
                ids: &["7", "7~2"],
                messages: &["warning: duplicate document id `7`, renamed to `7~2`"],
            },
        ];
        for case in cases {
            let items = jsonl_items(case.input);
            let ids: Vec<&str> = documents(&items).iter().map(|d| d.id.as_str()).collect();
            assert_eq!(ids, case.ids, "{:?}", String::from_utf8_lossy(case.input));
            assert_eq!(messages(&items), case.messages);
        }
    }

    #[test]
    fn invalid_utf8_and_binary_are_skipped_with_offsets() {
        let utf8 = article_text(Path::new("a.txt"), b"Iran \xff".to_vec()).unwrap_err();
        assert_eq!(utf8.to_string(), "a.txt: invalid UTF-8 at byte 5");
        let binary = article_text(Path::new("b.txt"), b"PK\x03\x04\x00".to_vec()).unwrap_err();
        assert!(
            binary
                .to_string()
                .starts_with("b.txt: binary file (NUL byte at offset 4)")
        );
        let bom = article_text(Path::new("c.txt"), b"\xef\xbb\xbfIran".to_vec()).unwrap();
        assert_eq!(bom, "Iran");
    }

    #[test]
    fn duplicate_ids_are_renamed_to_the_first_free_suffix() {
        let mut ids = DocIds::new();
        let claimed: Vec<String> = ["x", "x~2", "x", "x", "y"]
            .iter()
            .map(|id| ids.claim(id))
            .collect();
        assert_eq!(claimed, ["x", "x~2", "x~3", "x~4", "y"]);
    }

    #[test]
    fn files_stream_in_sorted_order_and_missing_inputs_fail_first() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/b.txt"), "Second.").unwrap();
        std::fs::write(dir.path().join("a.md"), "First.").unwrap();
        std::fs::write(dir.path().join("notes.bin"), [0u8, 1, 2]).unwrap();
        std::fs::write(dir.path().join("c.jsonl"), "{\"text\": \"Third.\"}\n").unwrap();
        let loaded = load(&[dir.path().to_path_buf()]).unwrap();
        let ids: Vec<&str> = loaded.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "c#1", "b"]);
        let missing = dir.path().join("missing.txt");
        let err = stream(&[dir.path().to_path_buf(), missing]).unwrap_err();
        assert!(err.to_string().starts_with("cannot read"), "{err}");
        let s = stream(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(s.total_bytes(), Some(7 + 6 + 19));
    }
}
