//! `newsgraph components`: the groups of entities linked by any chain of ties.

use super::output::{Table, print_json, print_table};
use super::scope::{RelationArgs, WindowArgs, load};
use newsgraph::analysis::components::weakly_connected_components;
use newsgraph::analysis::network::Network;
use newsgraph::graph::KnowledgeGraph;
use std::path::PathBuf;
use std::process::ExitCode;

/// List the weakly connected components: groups of entities linked by a
/// chain of ties in any direction, largest first.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  newsgraph components graph.json
  newsgraph components graph.json -r sanctions,opposition,conflict   # the hostile blocs
  newsgraph components graph.json --json")]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    #[command(flatten)]
    relations: RelationArgs,
    /// Leave out single entities without ties.
    #[arg(long)]
    no_isolates: bool,
    /// List every member in the table (default: the first 8).
    #[arg(long)]
    full: bool,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    window: WindowArgs,
}

/// Groups of entities (components, communities) as JSON: size and member ids.
pub fn groups_json(graph: &KnowledgeGraph, groups: &[Vec<usize>]) -> Vec<serde_json::Value> {
    groups
        .iter()
        .map(|c| {
            serde_json::json!({
                "size": c.len(),
                "members": c.iter().map(|&i| &graph.nodes[i].id).collect::<Vec<_>>(),
            })
        })
        .collect()
}

/// Groups of entities as a table numbered from 1, members by label (the
/// first 8 and a count of the rest, unless `full`).
pub fn groups_table(
    graph: &KnowledgeGraph,
    groups: &[Vec<usize>],
    what: &str,
    full: bool,
) -> Table {
    let header = format!(">{what}");
    let mut table = Table::new(&[&header, ">size", "members"]);
    for (i, members) in groups.iter().enumerate() {
        let shown = if full {
            members.len()
        } else {
            members.len().min(8)
        };
        let mut text: Vec<String> = members[..shown]
            .iter()
            .map(|&m| graph.nodes[m].label.clone())
            .collect();
        if shown < members.len() {
            text.push(format!("... {} more", members.len() - shown));
        }
        table.push(vec![
            (i + 1).to_string(),
            members.len().to_string(),
            text.join(", "),
        ]);
    }
    table
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = load(&args.graph, &args.relations, &args.window)?;
    let net = Network::new(&graph)?;
    let mut components = weakly_connected_components(&net);
    if args.no_isolates {
        components.retain(|c| c.len() > 1);
    }
    if args.json {
        print_json(&serde_json::json!({"components": groups_json(&graph, &components)}))?;
    } else {
        print_table(&groups_table(&graph, &components, "component", args.full))?;
    }
    Ok(ExitCode::SUCCESS)
}
