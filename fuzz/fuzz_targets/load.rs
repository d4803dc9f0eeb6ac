//! Document loading of arbitrary bytes, as a `.txt` article and as a
//! `.jsonl` feed: never a panic; every line is a document, a skip or a
//! warning; every skip names the file (and line); ids come out unique.

#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::document::{self, Item};
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::LazyLock;

/// A scratch directory in memory (tmpfs when there is one).
static DIR: LazyLock<PathBuf> = LazyLock::new(|| {
    let base = if std::path::Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let dir = base.join(format!("newsgraph-fuzz-load-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
});

fuzz_target!(|data: &[u8]| {
    for name in ["article.txt", "feed.jsonl"] {
        let path = DIR.join(name);
        std::fs::write(&path, data).unwrap();
        let mut ids = HashSet::new();
        let mut lines = 0;
        for item in document::stream(std::slice::from_ref(&path)).unwrap() {
            match item.expect("an existing file reads") {
                Item::Document(doc) => {
                    assert!(!doc.text.trim().is_empty(), "empty documents are warnings");
                    assert!(ids.insert(doc.id.clone()), "duplicate id {}", doc.id);
                    lines += 1;
                }
                Item::Skipped(skipped) => {
                    let message = skipped.error.to_string();
                    assert!(message.contains(name), "{message}");
                    lines += 1;
                }
                Item::Warning(_) => {}
            }
        }
        if name.ends_with(".txt") {
            assert!(lines <= 1, "a text file is one article");
        } else {
            // One item at most per line (a line may also be blank).
            assert!(lines <= data.split(|&b| b == b'\n').count());
        }
    }
});
