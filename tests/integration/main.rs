//! Integration tests: what a user sees from the binary and the library.
//!
//! - `analysis`: the query and algorithm commands on graphs with known answers;
//! - `cli`: exit codes, messages and outputs of the `newsgraph` binary;
//! - `entities`: the nodes a passage gives (headlines, honorifics, categories);
//! - `extract`: the graph built from test articles written for these tests;
//! - `export`: DOT and JSON as Graphviz and NetworkX need them;
//! - `exports`: diagrams and exports through real Graphviz and the commands
//!   `dot`, `render`, `html`, `export` with their filters;
//! - `merge`: graphs of shards merge into the graph built at once;
//! - `references`: references to several states at once ("the Nordic countries");
//! - `scale`: bad input at corpus scale, determinism, streaming;
//! - `graphs`: `graphs/` is what the example articles produce today.

mod analysis;
mod cli;
mod entities;
mod export;
mod exports;
mod extract;
mod graphs;
mod merge;
mod references;
mod regression;
mod scale;

use newsgraph::document::Document;
use newsgraph::extract::Extractor;
use newsgraph::graph::KnowledgeGraph;
use newsgraph::lexicon::Lexicon;
use std::path::Path;
use std::sync::LazyLock;

/// One extractor for all tests: compiling the gazetteers once.
pub static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::new(&Lexicon::builtin()));

/// A test article from `tests/articles/`.
pub fn article(name: &str) -> Document {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/articles")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Document::new(name.trim_end_matches(".txt"), text)
}

/// The graph of one document.
pub fn graph_of(doc: &Document) -> KnowledgeGraph {
    EXTRACTOR.build([doc])
}

/// Whether the graph has the edge `source -relation-> target` (ids).
pub fn has_edge(graph: &KnowledgeGraph, source: &str, relation: &str, target: &str) -> bool {
    graph.edges.iter().any(|e| {
        e.relation.as_str() == relation
            && ((e.source == source && e.target == target)
                || (!e.directed && e.source == target && e.target == source))
    })
}

/// Every evidence span of every edge slices the document text to the sentence.
pub fn assert_evidence_slices(graph: &KnowledgeGraph, docs: &[&Document]) {
    for edge in &graph.edges {
        for ev in &edge.evidence {
            let doc = docs
                .iter()
                .find(|d| d.id == ev.doc)
                .expect("evidence names a document");
            let sliced: String = doc
                .text
                .chars()
                .skip(ev.start)
                .take(ev.end - ev.start)
                .collect();
            assert_eq!(
                sliced, ev.sentence,
                "evidence span of {} {} {}",
                edge.source, edge.relation, edge.target
            );
            assert!((0.0..=1.0).contains(&ev.confidence));
            assert!(!ev.rule.is_empty());
        }
    }
}

/// A passage written for one rule, and what its graph must and must not hold.
pub struct Case {
    /// What the rule does (the case's name).
    pub rule: &'static str,
    /// The passage, written for the test.
    pub text: &'static str,
    /// Edges `(source, relation, target)` the graph has, as [`has_edge`] reads them.
    pub edges: &'static [(&'static str, &'static str, &'static str)],
    /// Edges the graph must not have.
    pub no_edges: &'static [(&'static str, &'static str, &'static str)],
    /// Relations the graph has no edge of at all.
    pub no_relations: &'static [&'static str],
}

/// Each case's graph has its edges and none of its forbidden ones; a failure
/// names the case and its text.
pub fn check(cases: &[Case]) {
    for case in cases {
        let g = graph_of(&Document::new("r", case.text));
        for &(source, relation, target) in case.edges {
            assert!(
                has_edge(&g, source, relation, target),
                "{}: no {source} {relation} {target} in {:?}: {:?}",
                case.rule,
                case.text,
                g.edges
            );
        }
        for &(source, relation, target) in case.no_edges {
            assert!(
                !has_edge(&g, source, relation, target),
                "{}: unexpected {source} {relation} {target} in {:?}: {:?}",
                case.rule,
                case.text,
                g.edges
            );
        }
        for &relation in case.no_relations {
            assert!(
                !g.edges.iter().any(|e| e.relation.as_str() == relation),
                "{}: unexpected {relation} edge in {:?}: {:?}",
                case.rule,
                case.text,
                g.edges
            );
        }
    }
}
