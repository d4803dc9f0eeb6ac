//! `newsgraph explain`: the edges between two entities, with evidence, rule
//! and confidence.

use newsgraph::export::json;
use newsgraph::graph::{KnowledgeGraph, Node};
use std::path::PathBuf;
use std::process::ExitCode;

/// Show why the graph links two entities: every edge between them with its
/// evidence sentences, the rule that read each one, and its confidence.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    /// First entity: id, label or alias (case-insensitive).
    a: String,
    /// Second entity.
    b: String,
}

fn find<'g>(graph: &'g KnowledgeGraph, name: &str) -> anyhow::Result<&'g Node> {
    let wanted = name.to_lowercase();
    let matches: Vec<&Node> = graph
        .nodes
        .iter()
        .filter(|n| {
            n.id.to_lowercase() == wanted
                || n.label.to_lowercase() == wanted
                || n.aliases.iter().any(|a| a.to_lowercase() == wanted)
        })
        .collect();
    match matches.as_slice() {
        [one] => Ok(one),
        [] => anyhow::bail!("no entity named `{name}` in the graph"),
        many => anyhow::bail!(
            "`{name}` is ambiguous: {}",
            many.iter()
                .map(|n| format!("{} ({})", n.label, n.id))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = json::read_graph(&args.graph)?;
    let a = find(&graph, &args.a)?;
    let b = find(&graph, &args.b)?;
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
