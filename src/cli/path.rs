//! `newsgraph path`: how two entities are connected, hop by hop, with the
//! evidence for each hop.

use super::ego::SubgraphArgs;
use super::output::{Table, edge_json, entity, evidence_note, print_json, print_table, tie};
use super::scope::{RelationArgs, WindowArgs, load};
use newsgraph::analysis::lookup::EntityIndex;
use newsgraph::analysis::network::{Direction, Network};
use newsgraph::analysis::paths::{Path, k_shortest_paths, shortest_paths};
use newsgraph::graph::KnowledgeGraph;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;

/// Show how two entities are connected: every shortest path (or, with --k,
/// the k shortest), each hop with its relation, direction and one evidence
/// sentence. Ties are followed either way unless --directed. Exit 0 when a
/// path exists, 1 when none does.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  newsgraph path graph.json China Israel                       # all shortest paths
  newsgraph path graph.json China Israel --k 5                 # the 5 shortest simple paths
  newsgraph path graph.json Iran US -r partnership,support     # only through friendly ties
  newsgraph path graph.json Iran US --directed --json
  newsgraph path graph.json China Israel --k 3 --subgraph paths.json   # the paths as a graph")]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    /// Where the path starts: id, label or alias.
    from: String,
    /// Where it ends.
    to: String,
    #[command(flatten)]
    relations: RelationArgs,
    /// The k shortest simple paths (Yen's algorithm) instead of all shortest.
    #[arg(short, long, value_name = "K")]
    k: Option<usize>,
    /// Follow relations only the way they point (symmetric ones both ways).
    #[arg(long)]
    directed: bool,
    /// Show at most this many shortest paths.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    subgraph: SubgraphArgs,
    #[command(flatten)]
    window: WindowArgs,
}

fn path_json(graph: &KnowledgeGraph, path: &Path) -> serde_json::Value {
    let hops: Vec<_> = path
        .hops
        .iter()
        .enumerate()
        .map(|(i, edges)| {
            let edges: Vec<_> = edges.iter().map(|&e| edge_json(&graph.edges[e])).collect();
            serde_json::json!({
                "from": graph.nodes[path.nodes[i]].id,
                "to": graph.nodes[path.nodes[i + 1]].id,
                "edges": edges,
            })
        })
        .collect();
    serde_json::json!({
        "length": path.hops.len(),
        "nodes": path.nodes.iter().map(|&n| entity(&graph.nodes[n])).collect::<Vec<_>>(),
        "hops": hops,
    })
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = load(&args.graph, &args.relations, &args.window)?;
    let index = EntityIndex::new(&graph);
    let from = index.find(&args.from)?;
    let to = index.find(&args.to)?;
    if from == to {
        anyhow::bail!(
            "`{}` and `{}` are the same entity, {} ({})",
            args.from,
            args.to,
            graph.nodes[from].label,
            graph.nodes[from].id
        );
    }
    let net = Network::new(&graph)?;
    let direction = if args.directed {
        Direction::Out
    } else {
        Direction::Both
    };
    let paths = match args.k {
        Some(k) => k_shortest_paths(&graph, &net, from, to, direction, k),
        None => shortest_paths(&graph, &net, from, to, direction, args.limit),
    };
    let nodes: BTreeSet<usize> = paths.iter().flat_map(|p| p.nodes.clone()).collect();
    let edges: BTreeSet<usize> = paths
        .iter()
        .flat_map(|p| p.hops.iter().flatten().copied())
        .collect();
    args.subgraph.write(&graph, &nodes, &edges)?;
    if args.json {
        print_json(&serde_json::json!({
            "from": entity(&graph.nodes[from]),
            "to": entity(&graph.nodes[to]),
            "paths": paths.iter().map(|p| path_json(&graph, p)).collect::<Vec<_>>(),
        }))?;
    } else if !paths.is_empty() {
        let mut table = Table::new(&[">path", ">hop", "from", "tie", "to", "also"]);
        for (p, path) in paths.iter().enumerate() {
            for (h, edges) in path.hops.iter().enumerate() {
                let (a, b) = (path.nodes[h], path.nodes[h + 1]);
                let best = &graph.edges[edges[0]];
                let also: Vec<String> = edges[1..]
                    .iter()
                    .map(|&e| tie(&graph, &graph.edges[e], a))
                    .collect();
                table.push_with_notes(
                    vec![
                        (p + 1).to_string(),
                        (h + 1).to_string(),
                        graph.nodes[a].label.clone(),
                        tie(&graph, best, a),
                        graph.nodes[b].label.clone(),
                        also.join(" "),
                    ],
                    best.evidence
                        .first()
                        .map(evidence_note)
                        .into_iter()
                        .collect(),
                );
            }
        }
        print_table(&table)?;
    }
    if paths.is_empty() {
        eprintln!(
            "no path between {} and {}",
            graph.nodes[from].label, graph.nodes[to].label
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
