//! `newsgraph ego`: the neighbourhood of an entity as a graph of its own.

use super::scope::{DirectionArg, RelationArgs, WindowArgs, load};
use anyhow::Context;
use newsgraph::analysis::ego::ego_network;
use newsgraph::analysis::lookup::EntityIndex;
use newsgraph::analysis::scope::subgraph;
use newsgraph::export::{dot, json, write_atomically};
use newsgraph::graph::KnowledgeGraph;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;

/// The output format of a subgraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// Graph JSON, as `newsgraph build` writes (NetworkX loads it).
    #[default]
    Json,
    /// Graphviz DOT.
    Dot,
}

/// `--subgraph FILE` and `--format`: save a result (paths, pattern matches)
/// as a graph that every command and exporter reads.
#[derive(Debug, Clone, clap::Args)]
pub struct SubgraphArgs {
    /// Also write the result's nodes and edges as a graph (JSON, or DOT with
    /// --format dot).
    #[arg(long, value_name = "FILE")]
    subgraph: Option<PathBuf>,
    /// Format of --subgraph.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

impl SubgraphArgs {
    /// Write the part of `graph` made of these nodes and edges (indices), if
    /// --subgraph was given.
    pub fn write(
        &self,
        graph: &KnowledgeGraph,
        nodes: &BTreeSet<usize>,
        edges: &BTreeSet<usize>,
    ) -> anyhow::Result<()> {
        let Some(path) = &self.subgraph else {
            return Ok(());
        };
        let sub = subgraph(graph, nodes, |e| edges.contains(&e));
        let bytes = match self.format {
            Format::Json => json::to_json(&sub),
            Format::Dot => dot::to_dot(&sub),
        };
        write_atomically(path, &bytes).context("writing the subgraph")?;
        Ok(())
    }
}

/// Write the ego network of an entity: every entity within --depth hops and
/// all ties among them, as a graph JSON (or DOT) that every other command
/// and exporter reads.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  newsgraph ego graph.json Iran --depth 2 -o iran.json      # partners of partners, as a graph
  newsgraph ego graph.json Iran --format dot | dot -Tsvg > iran.svg
  newsgraph ego graph.json NATO -r membership -d in         # NATO and its members")]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    /// The entity at the centre: id, label or alias.
    entity: String,
    /// How many hops out.
    #[arg(long, default_value_t = 1)]
    depth: u32,
    #[command(flatten)]
    relations: RelationArgs,
    /// Follow ties out of the entity, into it, or both.
    #[arg(short, long, value_enum, default_value_t)]
    direction: DirectionArg,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t)]
    format: Format,
    /// Where to write it (- for standard output).
    #[arg(short, long, default_value = "-")]
    output: PathBuf,
    #[command(flatten)]
    window: WindowArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = load(&args.graph, &args.relations, &args.window)?;
    let node = EntityIndex::new(&graph).find(&args.entity)?;
    let ego = ego_network(&graph, node, args.depth, args.direction.into())?;
    let bytes = match args.format {
        Format::Json => json::to_json(&ego),
        Format::Dot => dot::to_dot(&ego),
    };
    write_atomically(&args.output, &bytes).context("writing the ego network")?;
    eprintln!(
        "ego network of {} to depth {}: {} nodes, {} edges",
        graph.nodes[node].label,
        args.depth,
        ego.nodes.len(),
        ego.edges.len()
    );
    Ok(ExitCode::SUCCESS)
}
