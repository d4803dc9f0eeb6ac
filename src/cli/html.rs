//! `newsgraph html`: a graph JSON as one self-contained interactive page.

use super::dot::DiagramArgs;
use anyhow::Context;
use newsgraph::export::graphviz::{self, Format};
use newsgraph::export::{dot, html, json, write_atomically};
use std::path::PathBuf;
use std::process::ExitCode;

/// Write an interactive HTML page of a graph JSON: the Graphviz diagram with
/// pan and zoom, a search box, relation and kind filters, and the evidence
/// sentences of any node or edge on a click.
///
/// One file, no network: it works offline and can be mailed or archived.
/// Takes the same filters and options as `newsgraph dot`; needs Graphviz to
/// lay the diagram out.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    /// Where to write the page (- for standard output).
    #[arg(short, long, default_value = "-")]
    output: PathBuf,
    #[command(flatten)]
    diagram: DiagramArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = json::read_graph(&args.graph)?;
    let options = args.diagram.options();
    let selection = options.filter.apply(&graph)?;
    let dot = dot::selection_to_dot(&selection, &options);
    let svg = graphviz::render(&dot, Format::Svg)?;
    if !svg.warnings.is_empty() {
        eprintln!("graphviz: {}", svg.warnings);
    }
    let title = options.title.clone().unwrap_or_else(|| {
        let stem = args
            .graph
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "graph".into());
        format!("newsgraph: {stem}")
    });
    let page = html::to_html(&selection.graph, &svg.bytes, &title);
    write_atomically(&args.output, &page).with_context(|| "writing the HTML page")?;
    Ok(ExitCode::SUCCESS)
}
