//! `graphs/` is golden: it must be what the example articles produce now.
//! Regenerate with `cargo run --release --example graphs`.

#[path = "../../examples/graphs.rs"]
#[allow(dead_code)]
mod example;

use std::path::Path;

#[test]
fn graphs_are_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = example::render_all(root);
    assert!(
        files.len() >= 14,
        "one JSON and one DOT per article and for all of them"
    );
    let mut stale = Vec::new();
    for (name, bytes) in &files {
        let on_disk = std::fs::read(root.join("graphs").join(name)).unwrap_or_default();
        if &on_disk != bytes {
            stale.push(name.clone());
        }
    }
    assert!(
        stale.is_empty(),
        "graphs/ is stale ({stale:?}): run `cargo run --release --example graphs`"
    );
}

#[test]
fn example_graphs_have_evidence_that_slices_back() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let docs = example::articles(root);
    let graph = super::EXTRACTOR.build(&docs);
    let refs: Vec<&_> = docs.iter().collect();
    super::assert_evidence_slices(&graph, &refs);
    assert!(graph.nodes.len() > 30 && graph.edges.len() > 30);
}
