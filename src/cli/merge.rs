//! `newsgraph merge`: graphs built separately, folded into one.

use super::build::MaxEvidence;
use anyhow::Context;
use newsgraph::export::{json, write_atomically};
use newsgraph::graph::{DEFAULT_MAX_EVIDENCE, GraphBuilder};
use std::path::PathBuf;
use std::process::ExitCode;

/// Merge graph JSON files into one graph.
///
/// Merging the graphs of shards of a corpus gives exactly the graph of
/// building the whole corpus at once (with the same --max-evidence), so a
/// corpus can be split across processes or machines and folded back.
/// A document id found in two graphs is taken for two documents: the later
/// one is renamed `id~N`, with a warning.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Graph JSON files written by `newsgraph build` or `merge`.
    #[arg(required = true)]
    graphs: Vec<PathBuf>,
    /// Where to write the merged graph JSON (- for standard output).
    #[arg(short, long, default_value = "-")]
    output: PathBuf,
    /// Keep at most N evidence sentences per edge (the most confident), or
    /// `all`. Evidence a shard already dropped does not come back.
    #[arg(long, value_name = "N", default_value_t = MaxEvidence(Some(DEFAULT_MAX_EVIDENCE)))]
    max_evidence: MaxEvidence,
    /// Print no warnings or summary.
    #[arg(short, long)]
    quiet: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut builder = GraphBuilder::with_max_evidence(args.max_evidence.0);
    for path in &args.graphs {
        let graph = json::read_graph(path)?;
        for renamed in builder.add_graph(graph) {
            if !args.quiet {
                eprintln!(
                    "warning: {}: document `{}` is already in an earlier graph, renamed to `{}`",
                    path.display(),
                    renamed.from,
                    renamed.to
                );
            }
        }
    }
    let graph = builder.finish();
    write_atomically(&args.output, &json::to_json(&graph))
        .with_context(|| "writing the merged graph JSON")?;
    if !args.quiet {
        eprintln!(
            "{} graphs merged: {} documents, {} nodes, {} edges",
            args.graphs.len(),
            graph.graph.documents.len(),
            graph.nodes.len(),
            graph.edges.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}
