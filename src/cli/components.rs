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

/// Members as labels, cut to `max` with a count of the rest.
pub fn member_list(graph: &KnowledgeGraph, members: &[usize], max: Option<usize>) -> String {
    let shown = max.unwrap_or(members.len()).min(members.len());
    let mut text: Vec<String> = members[..shown]
        .iter()
        .map(|&i| graph.nodes[i].label.clone())
        .collect();
    if shown < members.len() {
        text.push(format!("... {} more", members.len() - shown));
    }
    text.join(", ")
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = load(&args.graph, &args.relations, &args.window)?;
    let net = Network::new(&graph)?;
    let mut components = weakly_connected_components(&net);
    if args.no_isolates {
        components.retain(|c| c.len() > 1);
    }
    if args.json {
        let list: Vec<_> = components
            .iter()
            .map(|c| {
                serde_json::json!({
                    "size": c.len(),
                    "members": c.iter().map(|&i| &graph.nodes[i].id).collect::<Vec<_>>(),
                })
            })
            .collect();
        print_json(&serde_json::json!({"components": list}))?;
    } else {
        let mut table = Table::new(&[">component", ">size", "members"]);
        for (i, c) in components.iter().enumerate() {
            table.push(vec![
                (i + 1).to_string(),
                c.len().to_string(),
                member_list(&graph, c, (!args.full).then_some(8)),
            ]);
        }
        print_table(&table)?;
    }
    Ok(ExitCode::SUCCESS)
}
