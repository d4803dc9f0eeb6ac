//! `newsgraph diff`: what changed between two graphs.

use super::output::{Table, print_json, print_table};
use super::scope::{WindowArgs, load};
use newsgraph::analysis::diff::{EdgeChange, diff};
use std::path::PathBuf;
use std::process::ExitCode;

/// List the nodes and edges added or removed between two graphs, and the
/// edges whose weight (number of evidence sentences) changed. Nodes are
/// matched by id, edges by source, relation and target. Exit 0 whether or
/// not they differ (1 on error).
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  newsgraph diff monday.json tuesday.json
  newsgraph diff old.json new.json --json
  newsgraph diff old.json new.json --since 2022-01      # only evidence from 2022 on, in both")]
pub struct Args {
    /// The earlier graph JSON.
    before: PathBuf,
    /// The later graph JSON.
    after: PathBuf,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    window: WindowArgs,
}

fn key(e: &EdgeChange) -> String {
    let arrow = if e.directed { "->" } else { "--" };
    format!("{} -[{}]{arrow} {}", e.source, e.relation, e.target)
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let a = load(&args.before, &Default::default(), &args.window)?;
    let b = load(&args.after, &Default::default(), &args.window)?;
    let d = diff(&a, &b);
    if args.json {
        print_json(&d)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut table = Table::new(&["change", "what", "key", ">before", ">after"]);
    let weight = |w: Option<usize>| w.map_or(String::new(), |w| w.to_string());
    for (sign, list) in [("+", &d.nodes_added), ("-", &d.nodes_removed)] {
        for n in list {
            table.push(vec![
                sign.into(),
                "node".into(),
                format!("{} ({})", n.id, n.label),
                String::new(),
                String::new(),
            ]);
        }
    }
    for (sign, list) in [
        ("+", &d.edges_added),
        ("-", &d.edges_removed),
        ("~", &d.edges_changed),
    ] {
        for e in list {
            table.push(vec![
                sign.into(),
                "edge".into(),
                key(e),
                weight(e.before),
                weight(e.after),
            ]);
        }
    }
    if d.is_empty() {
        eprintln!("no differences");
    } else {
        print_table(&table)?;
    }
    Ok(ExitCode::SUCCESS)
}
