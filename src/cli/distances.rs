//! `newsgraph distances`: how many hops every entity is from one entity.

use super::output::{Table, print_json, print_table};
use super::scope::{DirectionArg, RelationArgs, WindowArgs, load};
use newsgraph::analysis::distances::distances;
use newsgraph::analysis::lookup::EntityIndex;
use newsgraph::analysis::network::Network;
use std::path::PathBuf;
use std::process::ExitCode;

/// List the entities reachable from one entity with their distance in hops
/// (breadth-first search), nearest first.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  newsgraph distances graph.json Iran                  # everything connected to Iran, by hops
  newsgraph distances graph.json Iran --max 2 -d out   # what Iran's ties lead to within 2 hops
  newsgraph distances graph.json Iran --json")]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    /// Where to start: id, label or alias.
    entity: String,
    #[command(flatten)]
    relations: RelationArgs,
    /// Follow ties out of each entity, into it, or both.
    #[arg(short, long, value_enum, default_value_t)]
    direction: DirectionArg,
    /// Only entities at most this many hops away.
    #[arg(long, value_name = "HOPS")]
    max: Option<u32>,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    window: WindowArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = load(&args.graph, &args.relations, &args.window)?;
    let source = EntityIndex::new(&graph).find(&args.entity)?;
    let net = Network::new(&graph)?;
    let mut reached: Vec<(u32, usize)> = distances(&net, source, args.direction.into())
        .into_iter()
        .enumerate()
        .filter_map(|(i, d)| d.map(|d| (d, i)))
        .filter(|&(d, _)| args.max.is_none_or(|m| d <= m))
        .collect();
    reached.sort_unstable();
    if args.json {
        let rows: Vec<_> = reached
            .iter()
            .map(|&(d, i)| serde_json::json!({"id": graph.nodes[i].id, "hops": d}))
            .collect();
        print_json(&serde_json::json!({"source": graph.nodes[source].id, "distances": rows}))?;
    } else {
        let mut table = Table::new(&[">hops", "entity", "id", "kind"]);
        for &(d, i) in &reached {
            let n = &graph.nodes[i];
            table.push(vec![
                d.to_string(),
                n.label.clone(),
                n.id.clone(),
                n.kind.to_string(),
            ]);
        }
        print_table(&table)?;
    }
    Ok(ExitCode::SUCCESS)
}
