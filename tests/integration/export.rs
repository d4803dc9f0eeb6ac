//! DOT and JSON as the tools that read them need them.

use newsgraph::document::Document;
use newsgraph::export::{dot, json};
use newsgraph::graph::{Edge, Evidence, KnowledgeGraph, Node};
use newsgraph::ontology::{EntityKind, RelationKind};

/// A graph whose names hold everything that breaks naive DOT writers.
fn hostile_graph() -> KnowledgeGraph {
    let names = [
        "Quote \"Front\"",
        "Back\\slash Brigade",
        "Two\nLines",
        "<b>Tags</b> & Co",
        "Бригада Восток",
        "حزب الله",
        "}; digraph evil {",
    ];
    let nodes: Vec<Node> = names
        .iter()
        .enumerate()
        .map(|(i, name)| Node {
            id: format!("n{i}-{name}"),
            label: name.to_string(),
            kind: EntityKind::Organization,
            aliases: vec![],
            mentions: 1,
            role: None,
            roles: Default::default(),
        })
        .collect();
    let edges = nodes
        .windows(2)
        .map(|pair| Edge {
            source: pair[0].id.clone(),
            target: pair[1].id.clone(),
            key: "conflict".into(),
            relation: RelationKind::Conflict,
            directed: false,
            weight: 2,
            documents: 1,
            confidence: 0.5,
            evidence: vec![Evidence {
                doc: "d".into(),
                sentence: "x".into(),
                start: 0,
                end: 1,
                rule: "test".into(),
                confidence: 0.5,
            }],
        })
        .collect();
    KnowledgeGraph {
        nodes,
        edges,
        ..KnowledgeGraph::default()
    }
}

#[test]
fn dot_escapes_hostile_names() {
    let text = String::from_utf8(dot::to_dot(&hostile_graph())).unwrap();
    assert!(text.starts_with("digraph {"));
    assert!(text.contains(r#""n0-Quote \"Front\"""#));
    assert!(text.contains(r#""n1-Back\\slash Brigade""#));
    assert!(text.contains(r#""n2-Two\nLines""#));
    assert!(
        !text.contains("Two\nLines"),
        "raw newline inside a quoted id"
    );
    // Every line is balanced: an even number of unescaped quotes.
    for line in text.lines() {
        let mut unescaped = 0;
        let mut backslashes = 0;
        for c in line.chars() {
            if c == '"' && backslashes % 2 == 0 {
                unescaped += 1;
            }
            backslashes = if c == '\\' { backslashes + 1 } else { 0 };
        }
        assert_eq!(unescaped % 2, 0, "unbalanced quotes in {line:?}");
    }
    // Graphviz itself, when installed (CI installs it), must accept it.
    if let Ok(mut child) = std::process::Command::new("dot")
        .arg("-Tsvg")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "dot rejected: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "dot warned: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn symmetric_edges_have_no_arrowheads_and_weights_show() {
    let text = String::from_utf8(dot::to_dot(&hostile_graph())).unwrap();
    assert!(text.contains("dir=none"));
    assert!(text.contains("conflict ×2"));
}

#[test]
fn json_is_node_link_with_the_contract_fields() {
    let doc = Document::new(
        "a",
        "The United States imposed sanctions on Iran. Iran and China signed a pact.",
    );
    let graph = super::graph_of(&doc);
    let value: serde_json::Value = serde_json::from_slice(&json::to_json(&graph)).unwrap();
    assert_eq!(value["directed"], true);
    assert_eq!(value["multigraph"], true);
    assert!(
        value["graph"]["generator"]
            .as_str()
            .unwrap()
            .starts_with("newsgraph ")
    );
    assert_eq!(value["graph"]["documents"][0]["id"], "a");
    for node in value["nodes"].as_array().unwrap() {
        for field in ["id", "label", "kind", "aliases", "mentions"] {
            assert!(node.get(field).is_some(), "node lacks {field}");
        }
    }
    let edges = value["edges"].as_array().unwrap();
    assert!(!edges.is_empty());
    for edge in edges {
        for field in [
            "source", "target", "key", "relation", "directed", "weight", "evidence",
        ] {
            assert!(edge.get(field).is_some(), "edge lacks {field}");
        }
        assert_eq!(
            edge["weight"].as_u64().unwrap() as usize,
            edge["evidence"].as_array().unwrap().len()
        );
    }
    // Sorted: nodes by id, edges by (source, relation, target).
    let ids: Vec<&str> = value["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
}

#[test]
fn json_round_trips() {
    let doc = Document::new("a", "Iran and China signed a pact.");
    let graph = super::graph_of(&doc);
    let bytes = json::to_json(&graph);
    let back: KnowledgeGraph = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(back, graph);
}
