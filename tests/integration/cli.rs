//! End-to-end tests of the `newsgraph` binary: inputs, outputs, exit codes
//! and messages, as a user on the command line sees them.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};

const SANCTIONS: &str = "The United States imposed new sanctions on Iran on Monday.";

/// The binary under test.
pub(crate) fn newsgraph() -> Command {
    Command::cargo_bin("newsgraph").expect("the newsgraph binary is built")
}

/// Write `contents` to `dir/name`, creating parent directories.
pub(crate) fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&path, contents).unwrap();
    path
}

/// Parse a graph JSON file.
pub(crate) fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

pub(crate) fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn node_ids(graph: &Value) -> Vec<String> {
    graph["nodes"]
        .as_array()
        .expect("nodes is an array")
        .iter()
        .map(|n| n["id"].as_str().expect("node id is a string").to_string())
        .collect()
}

pub(crate) fn document_ids(graph: &Value) -> Vec<String> {
    graph["graph"]["documents"]
        .as_array()
        .expect("graph.documents is an array")
        .iter()
        .map(|d| {
            d["id"]
                .as_str()
                .expect("document id is a string")
                .to_string()
        })
        .collect()
}

/// The edge `source -[relation]-> target`, if the graph has it.
fn find_edge<'g>(
    graph: &'g Value,
    source: &str,
    relation: &str,
    target: &str,
) -> Option<&'g Value> {
    graph["edges"]
        .as_array()?
        .iter()
        .find(|e| e["source"] == source && e["relation"] == relation && e["target"] == target)
}

/// Whether the graph has an edge of `relation` between `a` and `b`, either way round.
fn has_edge_between(graph: &Value, a: &str, relation: &str, b: &str) -> bool {
    find_edge(graph, a, relation, b).is_some() || find_edge(graph, b, relation, a).is_some()
}

/// Names of the files in `dir` (not recursive), sorted.
pub(crate) fn file_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Build a graph of one sanctions article into `dir/graph.json`.
fn build_sanctions_graph(dir: &Path) -> PathBuf {
    let article = write(
        dir,
        "sanctions.txt",
        format!("{SANCTIONS} Officials in Tehran called the move illegal.\n"),
    );
    let graph = dir.join("graph.json");
    newsgraph()
        .arg("build")
        .arg(&article)
        .arg("-o")
        .arg(&graph)
        .assert()
        .success();
    graph
}

// 1. A text file in, a graph JSON out.

#[test]
fn build_txt_file_writes_node_link_graph_with_sanctions_edge() {
    let dir = tempfile::tempdir().unwrap();
    // Non-ASCII text before the evidence sentence makes char and byte offsets differ.
    let text = format!(
        "Délégués met at a café in Zürich — «no comment», they said.\n{SANCTIONS} \
         Iran’s envoy condemned the “illegal” measures.\n"
    );
    let article = write(dir.path(), "report.txt", &text);
    let out = dir.path().join("out.json");
    newsgraph()
        .arg("build")
        .arg(&article)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(0);

    let graph = read_json(&out);
    assert_eq!(graph["directed"], true);
    assert_eq!(graph["multigraph"], true);
    let ids = node_ids(&graph);
    assert!(ids.iter().any(|id| id == "USA"), "nodes: {ids:?}");
    assert!(ids.iter().any(|id| id == "IRN"), "nodes: {ids:?}");
    assert_eq!(document_ids(&graph), ["report"]);

    let edge = find_edge(&graph, "USA", "sanctions", "IRN")
        .unwrap_or_else(|| panic!("no USA -sanctions-> IRN edge in {graph:#}"));
    let evidence = edge["evidence"].as_array().unwrap();
    assert!(
        evidence.iter().any(|ev| ev["sentence"] == SANCTIONS),
        "{edge:#}"
    );

    let chars: Vec<char> = text.chars().collect();
    let mut checked = 0;
    for edge in graph["edges"].as_array().unwrap() {
        for ev in edge["evidence"].as_array().unwrap() {
            assert_eq!(ev["doc"], "report");
            let start = ev["start"].as_u64().unwrap() as usize;
            let end = ev["end"].as_u64().unwrap() as usize;
            assert!(start < end && end <= chars.len(), "bad span in {ev:#}");
            let slice: String = chars[start..end].iter().collect();
            assert_eq!(slice, ev["sentence"].as_str().unwrap(), "span of {ev:#}");
            checked += 1;
        }
    }
    assert!(checked >= 1);
}

// 2. Standard input and standard output.

#[test]
fn build_reads_stdin_dash_and_writes_stdout_dash() {
    let output = newsgraph()
        .args(["build", "-", "-o", "-"])
        .write_stdin(format!("{SANCTIONS}\n"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let graph: Value = serde_json::from_slice(&output.stdout).expect("stdout is the graph JSON");
    assert_eq!(document_ids(&graph), ["stdin"]);
    assert!(
        find_edge(&graph, "USA", "sanctions", "IRN").is_some(),
        "{graph:#}"
    );
}

#[test]
fn build_writes_stdout_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "a.txt", SANCTIONS);
    let output = newsgraph().arg("build").arg(&article).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let graph: Value = serde_json::from_slice(&output.stdout).expect("stdout is the graph JSON");
    assert!(
        find_edge(&graph, "USA", "sanctions", "IRN").is_some(),
        "{graph:#}"
    );
    // Nothing but the graph was written next to the input.
    assert_eq!(file_names(dir.path()), ["a.txt"]);
}

// 3. Directories.

#[test]
fn build_directory_reads_nested_articles_with_file_stems_as_ids() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    write(&corpus, "zeta.txt", SANCTIONS);
    write(
        &corpus,
        "asia/beijing.md",
        "# Summit\n\nChina and Russia signed a trade agreement in Beijing.\n",
    );
    write(
        &corpus,
        "asia/deep/er/tokyo.txt",
        "Japan and India held talks on Friday.\n",
    );
    write(&corpus, "notes.csv", "not,an,article\n");
    write(&corpus, "asia/README", "Iran and Iraq are not read.\n");
    let out = dir.path().join("out.json");
    newsgraph()
        .arg("build")
        .arg(&corpus)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(0);
    let graph = read_json(&out);
    assert_eq!(document_ids(&graph), ["beijing", "tokyo", "zeta"]);
    assert!(
        find_edge(&graph, "USA", "sanctions", "IRN").is_some(),
        "{graph:#}"
    );
}

#[test]
fn build_directory_reads_files_in_sorted_path_order() {
    // Two files with one stem: the first read keeps the id, the second is
    // renamed `~2`, so the ids reveal the reading order.
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    // Created in reverse order, so that creation order is not sorted order.
    write(
        &corpus,
        "b/report.txt",
        "China and Russia signed a trade agreement.\n",
    );
    write(&corpus, "a/report.txt", format!("{SANCTIONS}\n"));
    let out = dir.path().join("out.json");
    newsgraph()
        .arg("build")
        .arg(&corpus)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(0)
        .stderr(predicate::str::contains("duplicate document id `report`"));
    let graph = read_json(&out);
    assert_eq!(document_ids(&graph), ["report", "report~2"]);
    let edge = find_edge(&graph, "USA", "sanctions", "IRN").expect("sanctions edge");
    assert_eq!(edge["evidence"][0]["doc"], "report", "{edge:#}");
    for e in graph["edges"].as_array().unwrap() {
        if e["source"] != "USA" {
            for ev in e["evidence"].as_array().unwrap() {
                assert_eq!(ev["doc"], "report~2", "{e:#}");
            }
        }
    }
}

// 4. JSONL.

fn write_feed(dir: &Path) -> PathBuf {
    let lines = [
        // 1: a good record with metadata
        format!(
            r#"{{"id": "wire-001", "title": "New sanctions", "date": "2024-03-04", "url": "https://example.org/wire-001", "text": "{SANCTIONS}", "section": "world"}}"#
        ),
        // 2: broken JSON
        r#"{"id": "wire-002", "text": "Iran and Iraq held talks"#.to_string(),
        // 3: no text
        r#"{"id": "wire-003", "title": "Headline only"}"#.to_string(),
        // 4: text is not a string
        r#"{"id": "wire-004", "text": 42}"#.to_string(),
        // 5: a good record without id
        r#"{"text": "China and Russia signed a trade agreement."}"#.to_string(),
    ];
    write(dir, "feed.jsonl", lines.join("\n") + "\n")
}

#[test]
fn build_jsonl_keeps_metadata_and_skips_bad_lines_with_exit_3() {
    let dir = tempfile::tempdir().unwrap();
    let feed = write_feed(dir.path());
    let out = dir.path().join("out.json");
    let output = newsgraph()
        .arg("build")
        .arg(&feed)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    for line in [2, 3, 4] {
        let needle = format!("skipped: {}:{line}: ", feed.display());
        assert!(stderr.contains(&needle), "no `{needle}` in:\n{stderr}");
    }
    for line in [1, 5] {
        let needle = format!("{}:{line}:", feed.display());
        assert!(!stderr.contains(&needle), "good line reported:\n{stderr}");
    }
    assert!(stderr.contains("must be a string"), "{stderr}");
    assert!(stderr.contains("text"), "{stderr}");

    let graph = read_json(&out);
    assert_eq!(document_ids(&graph), ["feed#5", "wire-001"]);
    let docs = graph["graph"]["documents"].as_array().unwrap();
    let wire = docs.iter().find(|d| d["id"] == "wire-001").unwrap();
    assert_eq!(wire["title"], "New sanctions");
    assert_eq!(wire["date"], "2024-03-04");
    assert_eq!(wire["url"], "https://example.org/wire-001");
    let edge = find_edge(&graph, "USA", "sanctions", "IRN").expect("sanctions edge");
    assert_eq!(edge["evidence"][0]["doc"], "wire-001");
    assert!(
        graph["edges"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["evidence"][0]["doc"] == "feed#5"),
        "no edge from line 5 in {graph:#}"
    );
}

#[test]
fn build_jsonl_strict_fails_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let feed = write_feed(dir.path());
    let out = dir.path().join("out.json");
    let dot = dir.path().join("out.dot");
    let output = newsgraph()
        .arg("build")
        .arg(&feed)
        .arg("--strict")
        .arg("-o")
        .arg(&out)
        .arg("--dot")
        .arg(&dot)
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    for line in [2, 3, 4] {
        let needle = format!("{}:{line}: ", feed.display());
        assert!(stderr.contains(&needle), "no `{needle}` in:\n{stderr}");
    }
    assert!(stderr.contains("error:"), "{stderr}");
    assert!(!out.exists(), "output written despite --strict");
    assert!(!dot.exists(), "DOT written despite --strict");
    assert_eq!(file_names(dir.path()), ["feed.jsonl"]);
}

#[test]
fn build_strict_failure_leaves_existing_output_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let feed = write_feed(dir.path());
    let out = write(dir.path(), "out.json", b"{\"previous\": \"good graph\"}\n");
    newsgraph()
        .arg("build")
        .arg(&feed)
        .arg("--strict")
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1);
    assert_eq!(
        std::fs::read(&out).unwrap(),
        b"{\"previous\": \"good graph\"}\n"
    );
    assert_eq!(file_names(dir.path()), ["feed.jsonl", "out.json"]);
}

// 5. Invalid UTF-8 and binary files.

#[test]
fn build_skips_invalid_utf8_file_naming_the_byte_offset() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", SANCTIONS);
    let prefix = "Café talks in Zürich: Iran ".as_bytes();
    let mut bad_bytes = prefix.to_vec();
    bad_bytes.extend_from_slice(b"\xff\xfe and Iraq.\n");
    let bad = write(dir.path(), "latin1.txt", &bad_bytes);
    let out = dir.path().join("out.json");
    let output = newsgraph()
        .arg("build")
        .arg(&good)
        .arg(&bad)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    let needle = format!(
        "skipped: {}: invalid UTF-8 at byte {}",
        bad.display(),
        prefix.len()
    );
    assert!(stderr.contains(&needle), "no `{needle}` in:\n{stderr}");
    let graph = read_json(&out);
    assert_eq!(document_ids(&graph), ["good"]);
    assert!(find_edge(&graph, "USA", "sanctions", "IRN").is_some());
}

#[test]
fn build_skips_binary_file_in_directory() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    write(&corpus, "article.txt", SANCTIONS);
    let blob = write(
        &corpus,
        "sub/archive.txt",
        b"PK\x03\x04\x00\x00Iran\x00binary",
    );
    let out = dir.path().join("out.json");
    let output = newsgraph()
        .arg("build")
        .arg(&corpus)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    let line = stderr
        .lines()
        .find(|l| l.starts_with("skipped:"))
        .unwrap_or_else(|| panic!("no skipped line in:\n{stderr}"));
    assert!(line.contains(&blob.display().to_string()), "{line}");
    assert!(line.contains("binary"), "{line}");
    let graph = read_json(&out);
    assert_eq!(document_ids(&graph), ["article"]);
}

// 6. Missing inputs and failed writes.

#[test]
fn build_missing_input_fails_naming_it_and_keeps_existing_output() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", SANCTIONS);
    let missing = dir.path().join("no-such-article.txt");
    let previous = b"{\"previous\": \"good graph\"}\n";
    let out = write(dir.path(), "out.json", previous);
    let output = newsgraph()
        .arg("build")
        .arg(&good)
        .arg(&missing)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.starts_with("error:"), "{stderr}");
    assert!(
        stderr.contains(&missing.display().to_string()),
        "path not named:\n{stderr}"
    );
    assert_eq!(std::fs::read(&out).unwrap(), previous);
    assert_eq!(file_names(dir.path()), ["good.txt", "out.json"]);
}

#[test]
fn error_message_states_its_cause_once() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("gone.txt");
    let cause = std::fs::metadata(&missing).unwrap_err().to_string();
    let output = newsgraph().arg("build").arg(&missing).output().unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&cause), "{stderr}");
    assert_eq!(
        stderr.matches(&cause).count(),
        1,
        "cause repeated:\n{stderr}"
    );
}

#[test]
fn build_to_unwritable_output_fails_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", SANCTIONS);
    let out = dir.path().join("no/such/dir/out.json");
    let output = newsgraph()
        .arg("build")
        .arg(&good)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.starts_with("error:"), "{stderr}");
    assert!(stderr.contains(&out.display().to_string()), "{stderr}");
    assert_eq!(file_names(dir.path()), ["good.txt"]);
}

// 7. Directories without articles.

#[test]
fn build_empty_directory_fails_saying_it_holds_no_articles() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let out = dir.path().join("out.json");
    let output = newsgraph()
        .arg("build")
        .arg(&empty)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.starts_with("error:"), "{stderr}");
    assert!(stderr.contains(&empty.display().to_string()), "{stderr}");
    assert!(stderr.contains("no articles"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn build_directory_without_article_files_fails() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    write(&corpus, "data.csv", "Iran,sanctions,USA\n");
    write(&corpus, "sub/page.html", "<p>Iran and Iraq.</p>\n");
    let output = newsgraph()
        .arg("build")
        .arg(&corpus)
        .arg("-o")
        .arg(dir.path().join("out.json"))
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&corpus.display().to_string()), "{stderr}");
    assert!(stderr.contains("no articles"), "{stderr}");
}

// 8. Empty articles.

#[test]
fn build_empty_article_warns_and_succeeds() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "good.txt", SANCTIONS);
    let empty = write(dir.path(), "blank.md", " \n\t\n");
    let out = dir.path().join("out.json");
    let output = newsgraph()
        .arg("build")
        .arg(&good)
        .arg(&empty)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    let needle = format!(
        "warning: {}: empty article, nothing to extract",
        empty.display()
    );
    assert!(stderr.contains(&needle), "no `{needle}` in:\n{stderr}");
    assert!(!stderr.contains("error"), "{stderr}");
    assert_eq!(document_ids(&read_json(&out)), ["good"]);
}

#[test]
fn build_quiet_suppresses_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write(dir.path(), "blank.txt", "");
    newsgraph()
        .arg("build")
        .arg(&empty)
        .arg("-q")
        .arg("-o")
        .arg(dir.path().join("out.json"))
        .assert()
        .code(0)
        .stderr(predicate::str::is_empty());
}

// 9. DOT.

#[test]
fn build_dot_option_writes_digraph_with_quoted_node_ids() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(dir.path(), "a.txt", SANCTIONS);
    let out = dir.path().join("out.json");
    let dot = dir.path().join("out.dot");
    newsgraph()
        .arg("build")
        .arg(&article)
        .arg("-o")
        .arg(&out)
        .arg("--dot")
        .arg(&dot)
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&dot).unwrap();
    assert!(text.starts_with("digraph"), "{text}");
    assert!(text.contains("\"USA\""), "{text}");
    assert!(text.contains("\"IRN\""), "{text}");
    assert!(text.contains("sanctions"), "{text}");
    assert!(out.exists());
}

// 10. User lexicons.

/// The graph `newsgraph build ARTICLE --lexicon LEXICON -o OUT` writes (exit 0).
fn build_with_lexicon(article: &Path, lexicon: &Path, out: &Path) -> Value {
    newsgraph()
        .arg("build")
        .arg(article)
        .arg("--lexicon")
        .arg(lexicon)
        .arg("-o")
        .arg(out)
        .assert()
        .code(0);
    read_json(out)
}

/// The graph `newsgraph build ARTICLE` prints, built-in tables only.
fn build_to_stdout(article: &Path) -> Value {
    let output = newsgraph().arg("build").arg(article).output().unwrap();
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn build_with_entity_lexicon_learns_new_armed_group() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = write(
        dir.path(),
        "groups.tsv",
        "# Armed groups of our own\n\
         id\tkind\tlabel\taliases\tadjectives\tmetonyms\tcountry\n\
         ansar-valley-brigade\torganization\tAnsar Valley Brigade\tAVB\t\t\t\n",
    );
    let article = write(
        dir.path(),
        "sahel.txt",
        "The Ansar Valley Brigade attacked Mali. Weeks later the AVB attacked Niger.\n",
    );
    let graph = build_with_lexicon(&article, &lexicon, &dir.path().join("out.json"));
    let group = graph["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["id"] == "ansar-valley-brigade")
        .unwrap_or_else(|| panic!("no node for the armed group in {graph:#}"));
    assert_eq!(group["kind"], "organization");
    assert_eq!(group["label"], "Ansar Valley Brigade");
    assert!(
        has_edge_between(&graph, "ansar-valley-brigade", "conflict", "MLI"),
        "{graph:#}"
    );
    assert!(
        has_edge_between(&graph, "ansar-valley-brigade", "conflict", "NER"),
        "acronym not recognised: {graph:#}"
    );

    // Without the lexicon the acronym means nothing.
    let plain = build_to_stdout(&article);
    assert!(
        !has_edge_between(&plain, "ansar-valley-brigade", "conflict", "NER"),
        "{plain:#}"
    );
}

#[test]
fn build_with_group_lexicon_reads_a_new_group_of_states() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = write(
        dir.path(),
        "lake.tsv",
        "# A group of our own\n\
         group\tmembers\n\
         Lake Chad\tChad|Cameroon|NER|Nigeria\n",
    );
    let article = write(
        dir.path(),
        "lake.txt",
        "Chad, Cameroon, Niger and Nigeria sent ministers to N'Djamena on Monday. \
         The Lake Chad states condemned Boko Haram for the raids.\n",
    );
    let graph = build_with_lexicon(&article, &lexicon, &dir.path().join("out.json"));
    for state in ["TCD", "CMR", "NER", "NGA"] {
        assert!(
            has_edge_between(&graph, state, "opposition", "boko-haram"),
            "{state}: {graph:#}"
        );
    }
    // The group's states act side by side, not on each other.
    assert!(
        !has_edge_between(&graph, "TCD", "opposition", "CMR"),
        "{graph:#}"
    );

    // Without the lexicon "the Lake Chad states" names no state.
    let plain = build_to_stdout(&article);
    assert!(
        !has_edge_between(&plain, "CMR", "opposition", "boko-haram"),
        "{plain:#}"
    );
}

#[test]
fn build_with_malformed_lexicon_fails_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = write(
        dir.path(),
        "broken.tsv",
        "# comment line\n\
         id\tkind\tlabel\taliases\tadjectives\tmetonyms\tcountry\n\
         ansar-valley-brigade\torganization\tAnsar Valley Brigade\n",
    );
    let article = write(dir.path(), "a.txt", SANCTIONS);
    let out = dir.path().join("out.json");
    let output = newsgraph()
        .arg("build")
        .arg(&article)
        .arg("--lexicon")
        .arg(&lexicon)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.starts_with("error:"), "{stderr}");
    let needle = format!("{}:3:", lexicon.display());
    assert!(stderr.contains(&needle), "no `{needle}` in:\n{stderr}");
    assert!(!out.exists());
}

#[test]
fn build_with_unknown_lexicon_header_fails() {
    let dir = tempfile::tempdir().unwrap();
    let lexicon = write(dir.path(), "odd.tsv", "name\tthing\nfoo\tbar\n");
    let article = write(dir.path(), "a.txt", SANCTIONS);
    let output = newsgraph()
        .arg("build")
        .arg(&article)
        .arg("--lexicon")
        .arg(&lexicon)
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("{}:1:", lexicon.display())),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
}

// 11. Usage errors.

#[test]
fn unknown_subcommand_is_a_usage_error() {
    newsgraph()
        .arg("frobnicate")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("frobnicate"));
}

#[test]
fn build_without_inputs_is_a_usage_error() {
    newsgraph().arg("build").assert().code(2);
}

#[test]
fn no_subcommand_is_a_usage_error() {
    newsgraph().assert().code(2);
}

#[test]
fn unknown_option_is_a_usage_error() {
    newsgraph()
        .args(["build", "--no-such-option", "a.txt"])
        .assert()
        .code(2);
}

// 12. explain and dot.

#[test]
fn explain_prints_edge_with_rule_and_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let graph = build_sanctions_graph(dir.path());
    let json = read_json(&graph);
    let edge = find_edge(&json, "USA", "sanctions", "IRN").expect("sanctions edge");
    let rule = edge["evidence"][0]["rule"].as_str().unwrap().to_string();
    assert!(!rule.is_empty());

    for (a, b) in [("USA", "IRN"), ("iran", "united states")] {
        let output = newsgraph()
            .arg("explain")
            .arg(&graph)
            .arg(a)
            .arg(b)
            .output()
            .unwrap();
        let stdout = String::from_utf8(output.stdout.clone()).unwrap();
        assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
        assert!(
            stdout.contains("United States -> Iran [sanctions]"),
            "{stdout}"
        );
        assert!(stdout.contains(&rule), "rule missing:\n{stdout}");
        assert!(stdout.contains(SANCTIONS), "evidence missing:\n{stdout}");
        assert!(
            stdout.contains("sanctions:0-"),
            "doc:start-end missing:\n{stdout}"
        );
    }
}

#[test]
fn explain_unknown_entity_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let graph = build_sanctions_graph(dir.path());
    let output = newsgraph()
        .arg("explain")
        .arg(&graph)
        .arg("USA")
        .arg("Atlantis")
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.starts_with("error:"), "{stderr}");
    assert!(stderr.contains("Atlantis"), "{stderr}");
}

#[test]
fn explain_entities_without_edge_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let article = write(
        dir.path(),
        "two.txt",
        format!("{SANCTIONS} Separately, China and Russia signed a trade agreement.\n"),
    );
    let graph = dir.path().join("graph.json");
    newsgraph()
        .arg("build")
        .arg(&article)
        .arg("-o")
        .arg(&graph)
        .assert()
        .success();
    let json = read_json(&graph);
    let ids = node_ids(&json);
    assert!(ids.iter().any(|id| id == "CHN"), "{ids:?}");
    newsgraph()
        .arg("explain")
        .arg(&graph)
        .arg("USA")
        .arg("CHN")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("no edge between"));
}

#[test]
fn dot_subcommand_converts_graph_json() {
    let dir = tempfile::tempdir().unwrap();
    let graph = build_sanctions_graph(dir.path());
    let output = newsgraph().arg("dot").arg(&graph).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr_of(&output));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.starts_with("digraph"), "{stdout}");
    assert!(
        stdout.contains("\"USA\"") && stdout.contains("\"IRN\""),
        "{stdout}"
    );

    let dot = dir.path().join("graph.dot");
    newsgraph()
        .arg("dot")
        .arg(&graph)
        .arg("-o")
        .arg(&dot)
        .assert()
        .code(0);
    assert_eq!(std::fs::read_to_string(&dot).unwrap(), stdout);
}

#[test]
fn dot_on_malformed_graph_reports_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let graph = write(
        dir.path(),
        "broken.json",
        "{\n  \"directed\": true,\n  \"multigraph\": tru\n}\n",
    );
    let out = dir.path().join("out.dot");
    let output = newsgraph()
        .arg("dot")
        .arg(&graph)
        .arg("-o")
        .arg(&out)
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.starts_with("error:"), "{stderr}");
    assert!(stderr.contains(&graph.display().to_string()), "{stderr}");
    assert!(stderr.contains("line "), "{stderr}");
    assert!(stderr.contains("column"), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn explain_on_malformed_graph_reports_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let graph = write(dir.path(), "notes.json", "{\"nodes\": [1, 2,]}\n");
    let output = newsgraph()
        .arg("explain")
        .arg(&graph)
        .arg("USA")
        .arg("IRN")
        .output()
        .unwrap();
    let stderr = stderr_of(&output);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&graph.display().to_string()), "{stderr}");
    assert!(
        stderr.contains("line") && stderr.contains("column"),
        "{stderr}"
    );
}

// 13. Closed pipes.

/// Run `newsgraph ARGS` with its standard output a pipe whose reading end is
/// closed before the program writes (the output is far larger than a pipe
/// buffer, so the write fails even if it starts early).
fn run_with_closed_stdout(args: &[&std::ffi::OsStr]) -> std::process::Output {
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("newsgraph"))
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

fn large_article(dir: &Path) -> PathBuf {
    let mut text = String::new();
    for day in 0..4000 {
        text.push_str(&format!(
            "On day {day} the United States imposed new sanctions on Iran. "
        ));
        if day % 10 == 9 {
            text.push_str("\n\n");
        }
    }
    write(dir, "large.txt", text)
}

#[test]
fn build_to_closed_pipe_exits_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let article = large_article(dir.path());
    let output = run_with_closed_stdout(&[
        "build".as_ref(),
        article.as_os_str(),
        "-o".as_ref(),
        "-".as_ref(),
    ]);
    let stderr = stderr_of(&output);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(output.status.code(), Some(0), "{stderr}");
}
