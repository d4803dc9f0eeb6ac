//! `newsgraph render`: a graph JSON as an SVG, PNG or PDF picture, through
//! Graphviz.

use super::dot::DiagramArgs;
use anyhow::Context;
use newsgraph::export::graphviz::{self, Format};
use newsgraph::export::{dot, json, write_atomically};
use std::path::PathBuf;
use std::process::ExitCode;

/// Draw a graph JSON as SVG, PNG or PDF with Graphviz.
///
/// Takes the same filters and options as `newsgraph dot`. Needs Graphviz
/// (`apt-get install graphviz`); without it, says how to install it. SVG
/// keeps the evidence tooltips.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    /// The picture to write; its extension (.svg, .png, .pdf) gives the format.
    #[arg(short, long)]
    output: PathBuf,
    /// The format, when the output's extension does not say it.
    #[arg(long, value_parser = parse_format)]
    format: Option<Format>,
    #[command(flatten)]
    diagram: DiagramArgs,
}

fn parse_format(text: &str) -> Result<Format, String> {
    Format::ALL
        .into_iter()
        .find(|f| f.as_str() == text)
        .ok_or_else(|| format!("expected svg, png or pdf, not `{text}`"))
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let format = match args.format.or_else(|| Format::from_path(&args.output)) {
        Some(format) => format,
        None => anyhow::bail!(
            "cannot tell the format of {}: name it .svg, .png or .pdf, or pass --format",
            args.output.display()
        ),
    };
    let graph = json::read_graph(&args.graph)?;
    let dot = dot::to_dot_with(&graph, &args.diagram.options())?;
    let rendered = graphviz::render(&dot, format)?;
    if !rendered.warnings.is_empty() {
        eprintln!("graphviz: {}", rendered.warnings);
    }
    write_atomically(&args.output, &rendered.bytes)
        .with_context(|| format!("writing the {} picture", format.as_str()))?;
    Ok(ExitCode::SUCCESS)
}
