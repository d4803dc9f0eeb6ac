//! `newsgraph communities`: blocs of entities more tied to each other than
//! to the rest (Louvain).

use super::components::{groups_json, groups_table};
use super::output::{print_json, print_line, print_table};
use super::scope::{RelationArgs, WindowArgs, load};
use newsgraph::analysis::communities::{LouvainConfig, louvain};
use newsgraph::analysis::network::Network;
use std::path::PathBuf;
use std::process::ExitCode;

/// Find communities with the Louvain method: the partition of the ties
/// (undirected, weighted by evidence) with high modularity. The same seed
/// always gives the same communities.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  newsgraph communities graph.json
  newsgraph communities graph.json -r partnership,support,membership,trade   # friendly blocs
  newsgraph communities graph.json --seed 7 --resolution 1.5 --json")]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    #[command(flatten)]
    relations: RelationArgs,
    /// Seed of the order nodes are visited in.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Resolution: above 1 gives smaller communities, below 1 larger.
    #[arg(long, default_value_t = 1.0)]
    resolution: f64,
    /// Every edge counts 1, whatever its evidence.
    #[arg(long)]
    unweighted: bool,
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

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = load(&args.graph, &args.relations, &args.window)?;
    let net = Network::new(&graph)?;
    let config = LouvainConfig {
        seed: args.seed,
        resolution: args.resolution,
        weighted: !args.unweighted,
    };
    let found = louvain(&net, &config)?;
    let mut communities = found.communities.clone();
    if args.no_isolates {
        communities.retain(|c| c.len() > 1);
    }
    if args.json {
        print_json(&serde_json::json!({
            "seed": args.seed,
            "resolution": args.resolution,
            "modularity": found.modularity,
            "communities": groups_json(&graph, &communities),
        }))?;
    } else {
        print_line(&format!(
            "{} communities, modularity {:.4} (seed {}, resolution {})",
            found.communities.len(),
            found.modularity,
            args.seed,
            args.resolution
        ))?;
        print_table(&groups_table(&graph, &communities, "community", args.full))?;
    }
    Ok(ExitCode::SUCCESS)
}
