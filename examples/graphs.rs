//! Builds `graphs/` from the example articles in `examples/articles/`:
//! one graph per article and one for all of them together, each as JSON and
//! DOT, plus SVG and PNG renderings when Graphviz is installed; and one
//! focused diagram (Iran, China and the United States in all the articles)
//! to show what `--focus` does.
//!
//! Run: `cargo run --release --example graphs`. The test
//! `graphs_are_up_to_date` rebuilds the JSON and DOT and fails when `graphs/`
//! is stale.

use newsgraph::document::{self, Document};
use newsgraph::export::dot::DotOptions;
use newsgraph::export::filter::Filter;
use newsgraph::export::graphviz::{self, Format};
use newsgraph::export::{dot, json, write_atomically};
use newsgraph::extract::Extractor;
use newsgraph::lexicon::Lexicon;
use std::path::{Path, PathBuf};

/// The name of the graph built from all example articles.
pub const ALL: &str = "all-examples";

/// The name of the focused diagram, and the entities it centres on.
pub const FOCUS: (&str, [&str; 3]) = ("focus-iran-china-usa", ["Iran", "China", "United States"]);

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
    let all = extractor.build(&docs);
    add(ALL, &all);
    let options = DotOptions {
        filter: Filter {
            focus: FOCUS.1.map(String::from).to_vec(),
            depth: 0,
            isolated: false,
            ..Filter::default()
        },
        title: Some("Iran, China and the United States".into()),
        ..DotOptions::default()
    };
    let focused = dot::to_dot_with(&all, &options).expect("the focus entities are in the examples");
    files.push((format!("{}.dot", FOCUS.0), focused));
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
    if graphviz::version().is_none() {
        println!("{}: skipped SVG and PNG", graphviz::INSTALL_HINT);
        return Ok(());
    }
    for (name, bytes) in files.iter().filter(|(n, _)| n.ends_with(".dot")) {
        let dot_path = out.join(name);
        for format in [Format::Svg, Format::Png] {
            let rendered = graphviz::render(bytes, format)?;
            if !rendered.warnings.is_empty() {
                return Err(format!("Graphviz warned on {name}: {}", rendered.warnings).into());
            }
            write_atomically(&dot_path.with_extension(format.as_str()), &rendered.bytes)?;
        }
    }
    println!("rendered SVG and PNG with Graphviz");
    Ok(())
}
