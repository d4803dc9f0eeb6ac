//! Merging: graphs built from shards of a corpus, merged, are the graph of
//! the whole corpus built at once, byte for byte, however it is split, in
//! whatever order the shards come, and whatever the evidence cap.

use crate::EXTRACTOR;
use newsgraph::document::Document;
use newsgraph::export::json;
use newsgraph::extract::Extraction;
use newsgraph::graph::{GraphBuilder, KnowledgeGraph};
use proptest::prelude::*;
use std::path::Path;
use std::sync::LazyLock;

/// The corpus: every paragraph of the example and test articles as its own
/// document (so entities and edges recur across documents), plus a few
/// written to make the merge rules matter (one person under two titles,
/// one edge from many documents).
static CORPUS: LazyLock<Vec<(Document, Extraction)>> = LazyLock::new(|| {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs = Vec::new();
    for dir in ["examples/articles", "tests/articles"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).unwrap();
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            for (i, paragraph) in text.split("\n\n").enumerate() {
                if !paragraph.trim().is_empty() {
                    docs.push(Document::new(format!("{stem}#{i}"), paragraph));
                }
            }
        }
    }
    for (id, text) in [
        (
            "bali",
            "President Joe Biden met Chinese President Xi Jinping in Bali on Monday.",
        ),
        (
            "beijing",
            "Vice President Joe Biden met Xi Jinping in Beijing.",
        ),
        (
            "oval",
            "Vice President Joe Biden met the Chinese leader Xi Jinping again.",
        ),
        (
            "tehran",
            "The United States imposed sanctions on Iran. Washington sanctioned Tehran.",
        ),
        (
            "treasury",
            "The United States imposed new sanctions on Iran over its missile program.",
        ),
    ] {
        docs.push(Document::new(id, text));
    }
    docs.into_iter()
        .map(|doc| {
            let extraction = EXTRACTOR.extract(&doc);
            (doc, extraction)
        })
        .collect()
});

/// The graph of the corpus documents `picked`, keeping `max` evidence.
fn build(picked: impl IntoIterator<Item = usize>, max: Option<usize>) -> KnowledgeGraph {
    let mut builder = GraphBuilder::with_max_evidence(max);
    for i in picked {
        let (doc, extraction) = &CORPUS[i];
        builder.add(doc, &extraction.entities, &extraction.relations);
    }
    builder.finish()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn merging_shards_equals_building_at_once(
        shard_of in proptest::collection::vec(0usize..4, CORPUS.len()),
        shard_order in Just(vec![0usize, 1, 2, 3]).prop_shuffle(),
        max in prop_oneof![Just(None), (0usize..4).prop_map(Some)],
    ) {
        let whole = json::to_json(&build(0..CORPUS.len(), max));
        let mut merged = GraphBuilder::with_max_evidence(max);
        for shard in shard_order {
            let picked = (0..CORPUS.len()).filter(|&i| shard_of[i] == shard);
            // Through the JSON a shard is stored as, as `newsgraph merge` reads it.
            let stored = json::to_json(&build(picked, max));
            let graph: KnowledgeGraph = serde_json::from_slice(&stored).unwrap();
            prop_assert!(merged.add_graph(graph).is_empty(), "no document is in two shards");
        }
        let merged = json::to_json(&merged.finish());
        prop_assert!(merged == whole, "merged shards differ from the whole");
    }

    #[test]
    fn adding_documents_in_any_order_gives_the_same_graph(
        order in Just((0..CORPUS.len()).collect::<Vec<_>>()).prop_shuffle(),
        max in prop_oneof![Just(None), (0usize..4).prop_map(Some)],
    ) {
        prop_assert!(json::to_json(&build(order, max)) == json::to_json(&build(0..CORPUS.len(), max)));
    }
}

#[test]
fn the_corpus_exercises_the_merge_rules() {
    let graph = build(0..CORPUS.len(), Some(1));
    let biden = graph.node("joe-biden").expect("Joe Biden is a node");
    assert_eq!(biden.roles.len(), 2, "two titles: {:?}", biden.roles);
    let most = biden.roles.values().max().unwrap();
    assert_eq!(biden.roles[biden.role.as_deref().unwrap()], *most);
    let capped = graph
        .edges
        .iter()
        .filter(|e| e.weight > 1 && e.documents > 1 && e.evidence.len() == 1)
        .count();
    assert!(
        capped > 3,
        "edges with evidence dropped by the cap: {capped}"
    );
}
