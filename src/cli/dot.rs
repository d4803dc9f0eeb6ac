//! `newsgraph dot`: a graph JSON as a Graphviz diagram.

use newsgraph::export::{dot, json, write_atomically};
use std::path::PathBuf;
use std::process::ExitCode;

/// Write the Graphviz DOT diagram of a graph JSON.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    /// Where to write the DOT (- for standard output).
    #[arg(short, long, default_value = "-")]
    output: PathBuf,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = json::read_graph(&args.graph)?;
    write_atomically(&args.output, &dot::to_dot(&graph))?;
    Ok(ExitCode::SUCCESS)
}
