//! The whole pipeline on arbitrary bytes (as an article, lossily decoded):
//! never a panic; the graph serializes and reads back; every evidence span
//! slices the text to its sentence; every edge names nodes of the graph.

#![no_main]

use libfuzzer_sys::fuzz_target;
use newsgraph::document::Document;
use newsgraph::export::json;
use newsgraph::extract::Extractor;
use newsgraph::graph::{GraphBuilder, KnowledgeGraph};
use newsgraph::lexicon::Lexicon;
use std::sync::LazyLock;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(|| Extractor::new(&Lexicon::builtin()));

fuzz_target!(|data: &[u8]| {
    let doc = Document::new("fuzz", String::from_utf8_lossy(data).into_owned());
    let extraction = EXTRACTOR.extract(&doc);
    let mut builder = GraphBuilder::with_max_evidence(None);
    builder.add(&doc, &extraction.entities, &extraction.relations);
    let graph = builder.finish();
    let bytes = json::to_json(&graph);
    let back: KnowledgeGraph = serde_json::from_slice(&bytes).expect("the graph reads back");
    assert_eq!(json::to_json(&back), bytes);
    for edge in &graph.edges {
        assert!(graph.node(&edge.source).is_some() && graph.node(&edge.target).is_some());
        for ev in &edge.evidence {
            let sliced: String = doc
                .text
                .chars()
                .skip(ev.start)
                .take(ev.end - ev.start)
                .collect();
            assert_eq!(sliced, ev.sentence);
        }
    }
});
