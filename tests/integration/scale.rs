//! Corpus scale: the bad-input catalogue (each bad input reported with its
//! file and line while the rest of the corpus is still built), atomic
//! outputs, closed pipes, and byte-identical output whatever the thread
//! count, input order or sharding.

use crate::cli::{document_ids, file_names, newsgraph, read_json, stderr_of, write};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// Every paragraph of the example articles, as JSONL records with ids.
fn paragraphs() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .flat_map(|p| {
            std::fs::read_to_string(p)
                .unwrap()
                .split("\n\n")
                .filter(|s| !s.trim().is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect()
}

fn jsonl(records: impl IntoIterator<Item = (String, String)>) -> String {
    records
        .into_iter()
        .map(|(id, text)| json!({"id": id, "text": text}).to_string() + "\n")
        .collect()
}

// 1. The catalogue: one corpus holding every kind of bad input.

/// What the catalogue corpus holds, and what build must say about it.
struct Bad {
    file: &'static str,
    contents: &'static [u8],
    /// What stderr says, after "skipped: " or "warning: " and the path.
    message: &'static str,
    skipped: bool,
}

const GOOD: &str = "The United States imposed new sanctions on Iran on Monday.";

fn catalogue() -> Vec<Bad> {
    vec![
        Bad {
            file: "feed.jsonl",
            contents: b"",
            message: ":2: not a JSON article record",
            skipped: true,
        },
        Bad {
            file: "feed.jsonl",
            contents: b"",
            message: ":3: not a JSON article record: missing field `text`",
            skipped: true,
        },
        Bad {
            file: "feed.jsonl",
            contents: b"",
            message: ":4: `text` must be a string, found an array",
            skipped: true,
        },
        Bad {
            file: "feed.jsonl",
            contents: b"",
            message: ":5: invalid UTF-8 at byte",
            skipped: true,
        },
        Bad {
            file: "feed.jsonl",
            contents: b"",
            message: ":6: empty article, nothing to extract",
            skipped: false,
        },
        Bad {
            file: "latin1.txt",
            contents: b"Caf\xe9 talks: Iran and China met.",
            message: ": invalid UTF-8 at byte 3",
            skipped: true,
        },
        Bad {
            file: "sub/photo.txt",
            contents: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            message: ": binary file (NUL byte at offset 8), not an article",
            skipped: true,
        },
        Bad {
            file: "empty.txt",
            contents: b"",
            message: ": empty article, nothing to extract",
            skipped: false,
        },
        Bad {
            file: "sub/empty.jsonl",
            contents: b"",
            message: ": empty JSONL file, no articles",
            skipped: false,
        },
    ]
}

/// The corpus: `feed.jsonl` with good and bad lines, and the catalogue's
/// other files, plus a file with a byte-order mark and one that is no article.
fn catalogue_corpus(dir: &Path) -> PathBuf {
    let corpus = dir.join("corpus");
    let mut feed = Vec::new();
    feed.extend_from_slice(format!("{}\n", json!({"id": "a1", "text": GOOD})).as_bytes());
    feed.extend_from_slice(b"{\"id\": \"a2\", \"text\": \"unterminated\n");
    feed.extend_from_slice(b"{\"id\": \"a3\"}\n");
    feed.extend_from_slice(b"{\"id\": \"a4\", \"text\": [\"Iran\"]}\n");
    feed.extend_from_slice(b"{\"id\": \"a5\", \"text\": \"Caf\xe9 diplomacy.\"}\n");
    feed.extend_from_slice(b"{\"id\": \"a6\", \"text\": \" \\n \"}\n");
    feed.extend_from_slice(format!("{}\n", json!({"text": GOOD})).as_bytes());
    feed.extend_from_slice(b"\n");
    write(&corpus, "feed.jsonl", feed);
    for bad in catalogue().iter().filter(|b| b.file != "feed.jsonl") {
        write(&corpus, bad.file, bad.contents);
    }
    write(&corpus, "bom.txt", format!("\u{feff}{GOOD}"));
    write(&corpus, "notes.bin", b"\x00\x01 not an article extension");
    corpus
}

#[test]
fn bad_inputs_are_reported_with_file_and_line_and_the_rest_is_built() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = catalogue_corpus(dir.path());
    let out = dir.path().join("out.json");
    let output = newsgraph()
        .args(["build", "--jobs", "2", "-o"])
        .arg(&out)
        .arg(&corpus)
        .output()
        .unwrap();
    let err = stderr_of(&output);
    assert_eq!(output.status.code(), Some(3), "{err}");
    for bad in catalogue() {
        let label = if bad.skipped { "skipped" } else { "warning" };
        let needle = format!(
            "{label}: {}{}",
            corpus.join(bad.file).display(),
            bad.message
        );
        assert!(err.contains(&needle), "no `{needle}` in:\n{err}");
    }
    assert!(!err.contains("notes.bin"), "{err}");
    assert!(
        !err.contains('\r') && !err.contains("ETA"),
        "no progress bar off a terminal"
    );
    let summary = err.lines().last().unwrap();
    assert!(
        summary.starts_with(
            "3 documents, 3 sentences, 2 nodes, 1 edges, 6 inputs skipped \
             (bad JSONL record: 3, binary: 1, invalid UTF-8: 2); "
        ),
        "{summary}"
    );
    let graph = read_json(&out);
    assert_eq!(document_ids(&graph), ["a1", "bom", "feed#7"]);
    let edge = &graph["edges"][0];
    assert_eq!(
        (edge["weight"].as_u64(), edge["documents"].as_u64()),
        (Some(3), Some(3))
    );
    assert_eq!(file_names(dir.path()), ["corpus", "out.json"]);
}

#[test]
fn strict_makes_every_bad_input_fatal_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = catalogue_corpus(dir.path());
    let out = write(dir.path(), "out.json", b"{\"a good\": \"old graph\"}\n");
    let output = newsgraph()
        .args(["build", "--strict", "-o"])
        .arg(&out)
        .arg(&corpus)
        .output()
        .unwrap();
    let err = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    for bad in catalogue().iter().filter(|b| b.skipped) {
        let needle = format!("error: {}{}", corpus.join(bad.file).display(), bad.message);
        assert!(err.contains(&needle), "no `{needle}` in:\n{err}");
    }
    assert!(err.contains("error: 6 input(s) could not be read; nothing written (--strict)"));
    assert_eq!(
        std::fs::read(&out).unwrap(),
        b"{\"a good\": \"old graph\"}\n"
    );
    assert_eq!(file_names(dir.path()), ["corpus", "out.json"]);
}

#[test]
#[cfg_attr(debug_assertions, ignore = "50 MB of text: run with --release")]
fn a_50_mb_article_on_one_line_is_built_with_capped_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::with_capacity(50_100_000);
    let mut day = 0;
    while text.len() < 50_000_000 {
        text.push_str(&format!(
            "On day {day} the United States imposed new sanctions on Iran. "
        ));
        day += 1;
    }
    let article = write(dir.path(), "long.txt", &text);
    drop(text);
    let out = dir.path().join("out.json");
    let output = newsgraph()
        .args(["build", "-o"])
        .arg(&out)
        .arg(&article)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let graph = read_json(&out);
    assert_eq!(document_ids(&graph), ["long"]);
    let edge = &graph["edges"][0];
    assert_eq!(edge["relation"], "sanctions");
    assert_eq!(edge["weight"].as_u64(), Some(day));
    assert_eq!(edge["documents"].as_u64(), Some(1));
    assert_eq!(
        edge["evidence"].as_array().unwrap().len(),
        20,
        "the default cap"
    );
    // The cap keeps the earliest of equally confident sentences.
    assert_eq!(edge["evidence"][0]["start"].as_u64(), Some(0));
}

// 2. Malformed graphs, for every command that reads one.

#[test]
fn every_graph_reader_reports_a_malformed_graph_with_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "bad.json",
        "{\n  \"directed\": true,\n  \"nodes\": [\n    {\"id\": \"IRN\",\n",
    );
    let bad = bad.to_str().unwrap();
    let out = dir.path().join("out.svg");
    let out = out.to_str().unwrap();
    let commands: &[&[&str]] = &[
        &["dot", bad],
        &["explain", bad, "Iran", "China"],
        &["neighbors", bad, "Iran"],
        &["path", bad, "Iran", "China"],
        &["ego", bad, "Iran"],
        &["query", bad, "(?x)-[sanctions]->(Iran)"],
        &["rank", bad],
        &["components", bad],
        &["communities", bad],
        &["balance", bad],
        &["distances", bad, "Iran"],
        &["diff", bad, bad],
        &["merge", bad],
        &["render", bad, "--output", out],
        &["html", bad],
        &["export", bad, "--format", "graphml"],
    ];
    for args in commands {
        let output = newsgraph().args(*args).output().unwrap();
        let err = stderr_of(&output);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {err}");
        assert!(
            err.contains(bad) && err.contains("line 5") && err.contains("column"),
            "{args:?} does not say where: {err}"
        );
        assert!(!err.contains("panicked"), "{args:?}: {err}");
    }
}

// 3. Outputs: atomic, and quiet on a closed pipe.

#[test]
fn a_killed_build_never_leaves_a_truncated_graph() {
    let dir = tempfile::tempdir().unwrap();
    let records = (0..4000).map(|i| (format!("d{i}"), format!("{GOOD} Day {i}.")));
    let feed = write(dir.path(), "feed.jsonl", jsonl(records));
    let old = b"{\"a good\": \"old graph\"}\n";
    let out = write(dir.path(), "out.json", old);
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsgraph"))
        .args(["build", "--quiet", "-o"])
        .arg(&out)
        .arg(&feed)
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(50));
    child.kill().unwrap();
    child.wait().unwrap();
    // Killed mid-run, the old graph is intact; if the run won the race, the
    // new graph is whole. Never anything in between.
    let now = std::fs::read(&out).unwrap();
    if now != old {
        let graph: Value = serde_json::from_slice(&now).expect("a whole graph");
        assert_eq!(graph["graph"]["documents"].as_array().unwrap().len(), 4000);
    }
}

#[test]
fn an_unwritable_output_fails_before_anything_is_read_or_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "a.txt", GOOD);
    let old = b"{\"a good\": \"old graph\"}\n";
    let out = write(dir.path(), "out.json", old);
    let dot = dir.path().join("no/such/dir/g.dot");
    let output = newsgraph()
        .args(["build", "-o"])
        .arg(&out)
        .arg("--dot")
        .arg(&dot)
        .arg(&article)
        .output()
        .unwrap();
    let err = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{err}");
    assert!(
        err.starts_with(&format!("error: cannot write {}: ", dot.display())),
        "{err}"
    );
    assert_eq!(std::fs::read(&out).unwrap(), old);
    assert_eq!(file_names(dir.path()), ["a.txt", "out.json"]);
}

#[test]
fn writing_to_a_closed_pipe_exits_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let records = (0..300).map(|i| (format!("d{i}"), format!("{GOOD} Day {i}.")));
    let feed = write(dir.path(), "feed.jsonl", jsonl(records));
    let graph = dir.path().join("graph.json");
    newsgraph()
        .args(["build", "-q", "-o"])
        .arg(&graph)
        .arg(&feed)
        .assert()
        .success();
    for args in [
        vec!["build", "--jobs", "2", feed.to_str().unwrap()],
        vec!["merge", graph.to_str().unwrap(), graph.to_str().unwrap()],
    ] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsgraph"))
            .args(&args)
            .arg("--quiet")
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        let err = stderr_of(&output);
        assert_eq!(output.status.code(), Some(0), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}

// 4. Determinism: threads, input order, runs, shards.

/// Two JSONL feeds and a directory of articles, with distinct ids.
fn corpus_in_parts(dir: &Path) -> Vec<PathBuf> {
    let paragraphs = paragraphs();
    let (first, second) = paragraphs.split_at(paragraphs.len() / 2);
    let records = |prefix: &str, texts: &[String]| {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("{prefix}{i}"), t.clone()))
            .collect::<Vec<_>>()
    };
    let a = write(dir, "a.jsonl", jsonl(records("a", first)));
    let b = write(dir, "b.jsonl", jsonl(records("b", second)));
    let articles = dir.join("articles");
    for (i, text) in first.iter().take(5).enumerate() {
        write(&articles, &format!("nested/c{i}.txt"), text);
    }
    vec![a, b, articles]
}

fn build_bytes(inputs: &[PathBuf], extra: &[&str]) -> Vec<u8> {
    let output = newsgraph()
        .arg("build")
        .args(extra)
        .args(inputs)
        .args(["-q", "-o", "-"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    output.stdout
}

#[test]
fn output_is_byte_identical_for_any_jobs_and_input_order() {
    let dir = tempfile::tempdir().unwrap();
    let parts = corpus_in_parts(dir.path());
    let reversed: Vec<PathBuf> = parts.iter().rev().cloned().collect();
    let one = build_bytes(&parts, &["--jobs", "1"]);
    assert!(one.len() > 10_000, "a real graph");
    assert!(one == build_bytes(&parts, &["--jobs", "8"]), "--jobs 8");
    assert!(
        one == build_bytes(&reversed, &["--jobs", "1"]),
        "reversed inputs"
    );
    assert!(one == build_bytes(&reversed, &["--jobs", "8"]), "both");
    assert!(one == build_bytes(&parts, &[]), "another run, all cores");
}

#[test]
fn shards_built_apart_and_merged_equal_the_corpus_built_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let parts = corpus_in_parts(dir.path());
    let whole = build_bytes(&parts, &["--max-evidence", "2"]);
    let mut shards = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        let shard = dir.path().join(format!("shard{i}.json"));
        std::fs::write(
            &shard,
            build_bytes(std::slice::from_ref(part), &["--max-evidence", "2"]),
        )
        .unwrap();
        shards.push(shard);
    }
    shards.reverse();
    let output = newsgraph()
        .args(["merge", "--max-evidence", "2"])
        .args(&shards)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(
        output.stdout == whole,
        "merged shards differ from the whole"
    );
    let summary = stderr_of(&output);
    assert!(summary.starts_with("3 graphs merged: "), "{summary}");
}

#[test]
fn merging_a_graph_with_itself_renames_its_documents_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "a.txt", GOOD);
    let graph = dir.path().join("g.json");
    newsgraph()
        .args(["build", "-q", "-o"])
        .arg(&graph)
        .arg(&article)
        .assert()
        .success();
    let out = dir.path().join("twice.json");
    let output = newsgraph()
        .arg("merge")
        .arg(&graph)
        .arg(&graph)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let err = stderr_of(&output);
    assert_eq!(output.status.code(), Some(0), "{err}");
    assert!(
        err.contains("document `a` is already in an earlier graph, renamed to `a~2`"),
        "{err}"
    );
    let twice = read_json(&out);
    assert_eq!(document_ids(&twice), ["a", "a~2"]);
    assert_eq!(twice["edges"][0]["weight"].as_u64(), Some(2));
}
