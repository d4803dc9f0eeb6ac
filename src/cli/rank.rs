//! `newsgraph rank`: which entities are central, by degree, PageRank,
//! betweenness, eigenvector or Katz centrality.

use super::output::{Table, print_json, print_table};
use super::scope::{RelationArgs, WindowArgs, load};
use newsgraph::analysis::betweenness::betweenness;
use newsgraph::analysis::degree::degrees;
use newsgraph::analysis::eigenvector::eigenvector;
use newsgraph::analysis::katz::katz;
use newsgraph::analysis::network::Network;
use newsgraph::analysis::pagerank::{PageRankConfig, page_rank};
use newsgraph::ontology::EntityKind;
use std::path::PathBuf;
use std::process::ExitCode;

/// A centrality measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Measure {
    /// Ties in plus ties out (distinct neighbours each way).
    Degree,
    /// Ties pointing at the entity.
    InDegree,
    /// Ties from the entity.
    OutDegree,
    /// PageRank: reached often by a random walk along ties.
    #[default]
    Pagerank,
    /// Share of shortest paths between others that pass through the entity.
    Betweenness,
    /// Pointed at by entities that are themselves central.
    Eigenvector,
    /// Eigenvector centrality with a small score for everyone.
    Katz,
}

/// Rank entities by a centrality measure, optionally on some relations or a
/// time window. Symmetric relations are ties both ways; two relations
/// between the same pair and direction are one tie whose weight is their
/// evidence. PageRank, eigenvector and Katz follow ties in proportion to
/// their weight unless --unweighted; betweenness counts hops.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  newsgraph rank graph.json                                   # top 20 by PageRank
  newsgraph rank graph.json --by betweenness --kind country
  newsgraph rank graph.json --by in-degree -r sanctions      # the most sanctioned
  newsgraph rank graph.json --top 0 --json > pagerank.json   # every entity, for programs")]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    /// The measure to rank by.
    #[arg(short, long, value_enum, default_value_t)]
    by: Measure,
    /// Show the top N (0: all).
    #[arg(short, long, default_value_t = 20)]
    top: usize,
    /// Only show entities of these kinds (the measure is computed on all).
    #[arg(short, long = "kind", value_name = "KIND", value_delimiter = ',')]
    kinds: Vec<EntityKind>,
    #[command(flatten)]
    relations: RelationArgs,
    /// Ignore weights: every tie counts the same.
    #[arg(long)]
    unweighted: bool,
    /// PageRank: probability of following a tie rather than jumping.
    #[arg(long, default_value_t = 0.85)]
    damping: f64,
    /// PageRank: stop when an iteration changes the scores by less than this
    /// (L1); eigenvector and Katz: by less than this times the number of nodes.
    #[arg(long, default_value_t = 1e-10)]
    tolerance: f64,
    /// Katz: attenuation factor (below 1 / the largest eigenvalue).
    #[arg(long, default_value_t = 0.1)]
    alpha: f64,
    /// Betweenness: raw path counts instead of the share of (n-1)(n-2) pairs.
    #[arg(long)]
    raw: bool,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    window: WindowArgs,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = load(&args.graph, &args.relations, &args.window)?;
    let net = Network::new(&graph)?;
    let weighted = !args.unweighted;
    let scores: Vec<f64> = match args.by {
        Measure::Degree => degrees(&net).iter().map(|d| d.total() as f64).collect(),
        Measure::InDegree => degrees(&net).iter().map(|d| d.in_degree as f64).collect(),
        Measure::OutDegree => degrees(&net).iter().map(|d| d.out_degree as f64).collect(),
        Measure::Pagerank => {
            let config = PageRankConfig {
                damping: args.damping,
                tolerance: args.tolerance,
                weighted,
                ..PageRankConfig::default()
            };
            page_rank(&net, &config)?.scores
        }
        Measure::Betweenness => betweenness(&net, !args.raw),
        Measure::Eigenvector => eigenvector(&net, weighted, args.tolerance, 10_000)?,
        Measure::Katz => katz(&net, args.alpha, weighted, args.tolerance, 10_000)?,
    };
    let mut order: Vec<usize> = (0..graph.nodes.len())
        .filter(|&i| args.kinds.is_empty() || args.kinds.contains(&graph.nodes[i].kind))
        .collect();
    // Highest first; equal scores in id order (nodes are sorted by id).
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    if args.top > 0 {
        order.truncate(args.top);
    }
    let name = format!("{:?}", args.by).to_lowercase();
    let integer = matches!(
        args.by,
        Measure::Degree | Measure::InDegree | Measure::OutDegree
    );
    if args.json {
        let rows: Vec<_> = order
            .iter()
            .map(|&i| {
                let n = &graph.nodes[i];
                serde_json::json!({"id": n.id, "label": n.label, "kind": n.kind, "score": scores[i]})
            })
            .collect();
        print_json(&serde_json::json!({"measure": name, "scores": rows}))?;
    } else {
        let header = format!(">{name}");
        let mut table = Table::new(&[">rank", "entity", "id", "kind", &header]);
        for (r, &i) in order.iter().enumerate() {
            let n = &graph.nodes[i];
            let value = if integer {
                format!("{}", scores[i])
            } else {
                format!("{:.6}", scores[i])
            };
            table.push(vec![
                (r + 1).to_string(),
                n.label.clone(),
                n.id.clone(),
                n.kind.to_string(),
                value,
            ]);
        }
        print_table(&table)?;
    }
    Ok(ExitCode::SUCCESS)
}
