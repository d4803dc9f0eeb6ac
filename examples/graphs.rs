//! Builds `graphs/` from the example articles in `examples/articles/`:
//! one graph per article and one for all of them together, each as JSON and
//! DOT, plus SVG and PNG renderings when Graphviz is installed.
//!
//! Run: `cargo run --release --example graphs`. The test
//! `graphs_are_up_to_date` rebuilds the JSON and DOT and fails when `graphs/`
//! is stale.

use newsgraph::document::{self, Document};
use newsgraph::export::{dot, json, write_atomically};
use newsgraph::extract::Extractor;
use newsgraph::lexicon::Lexicon;
use std::path::{Path, PathBuf};

/// The name of the graph built from all example articles.
pub const ALL: &str = "all-examples";

/// The example articles, sorted by file name.
pub fn articles(root: &Path) -> Vec<Document> {
    let dir = root.join("examples/articles");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let loaded = document::load(&paths).expect("example articles load");
    assert!(
        loaded.skipped.is_empty(),
        "example articles must all be readable"
    );
    loaded.documents
}

/// Every generated text file of `graphs/`: (file name, bytes).
pub fn render_all(root: &Path) -> Vec<(String, Vec<u8>)> {
    let extractor = Extractor::new(&Lexicon::builtin());
    let docs = articles(root);
    let mut files = Vec::new();
    let mut add = |name: &str, graph: &newsgraph::graph::KnowledgeGraph| {
        files.push((format!("{name}.json"), json::to_json(graph)));
        files.push((format!("{name}.dot"), dot::to_dot(graph)));
    };
    for doc in &docs {
        add(&doc.id, &extractor.build([doc]));
    }
    add(ALL, &extractor.build(&docs));
    files
}

#[allow(dead_code)]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = root.join("graphs");
    std::fs::create_dir_all(&out)?;
    let files = render_all(root);
    for (name, bytes) in &files {
        write_atomically(&out.join(name), bytes)?;
    }
    println!("wrote {} files to {}", files.len(), out.display());
    let graphviz = std::process::Command::new("dot").arg("-V").output().is_ok();
    if !graphviz {
        println!(
            "Graphviz is not installed: skipped SVG and PNG (install it: apt-get install graphviz)"
        );
        return Ok(());
    }
    for (name, _) in files.iter().filter(|(n, _)| n.ends_with(".dot")) {
        let dot_path = out.join(name);
        for format in ["svg", "png"] {
            let target = dot_path.with_extension(format);
            let status = std::process::Command::new("dot")
                .arg(format!("-T{format}"))
                .arg(&dot_path)
                .arg("-o")
                .arg(&target)
                .status()?;
            if !status.success() {
                return Err(format!("dot failed on {}", dot_path.display()).into());
            }
        }
    }
    println!("rendered SVG and PNG with Graphviz");
    Ok(())
}
