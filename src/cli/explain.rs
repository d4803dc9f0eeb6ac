//! `newsgraph explain`: the edges between two entities, with evidence, rule
//! and confidence.

use newsgraph::analysis::lookup::EntityIndex;
use newsgraph::export::json;
use std::path::PathBuf;
use std::process::ExitCode;

/// Show why the graph links two entities: every edge between them with its
/// evidence sentences, the rule that read each one, and its confidence.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    /// First entity: id, label or alias (case-insensitive; "U.S." and "US" are
    /// the same name).
    a: String,
    /// Second entity.
    b: String,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = json::read_graph(&args.graph)?;
    let index = EntityIndex::new(&graph);
    let a = index.node(&args.a)?;
    let b = index.node(&args.b)?;
    let edges: Vec<_> = graph
        .edges
        .iter()
        .filter(|e| {
            (e.source == a.id && e.target == b.id) || (e.source == b.id && e.target == a.id)
        })
        .collect();
    if edges.is_empty() {
        println!("no edge between {} and {}", a.label, b.label);
        return Ok(ExitCode::from(1));
    }
    let label = |id: &str| graph.node(id).map_or(id.to_string(), |n| n.label.clone());
    for edge in edges {
        let arrow = if edge.directed { "->" } else { "--" };
        println!(
            "{} {arrow} {} [{}] weight {} confidence {:.2}",
            label(&edge.source),
            label(&edge.target),
            edge.relation,
            edge.weight,
            edge.confidence
        );
        for ev in &edge.evidence {
            println!(
                "  {}:{}-{} ({}, {:.2})",
                ev.doc, ev.start, ev.end, ev.rule, ev.confidence
            );
            println!("    {}", ev.sentence.replace('\n', " "));
        }
    }
    Ok(ExitCode::SUCCESS)
}
