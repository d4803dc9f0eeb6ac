//! `newsgraph query`: answer a one- to three-hop pattern.

use super::ego::SubgraphArgs;
use super::output::{Table, edge_json, entity, evidence_note, print_json, print_table, tie};
use super::scope::{WindowArgs, load};
use newsgraph::analysis::pattern::{HopDirection, Pattern, Term, find_matches};
use newsgraph::graph::KnowledgeGraph;
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;

/// Answer a pattern such as `(?x)-[sanctions]->(Iran)`: one row per way of
/// binding its variables, with the relations that make each hop. The
/// grammar is in the README ("The pattern language"). Exit 0 when something
/// matched, 1 when nothing did or the pattern is bad.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  newsgraph query graph.json '(?x)-[sanctions]->(Iran)'                          # who sanctions Iran
  newsgraph query graph.json '(Iran)-[partnership|support]-(?x)-[opposition]->(?y)'
  newsgraph query graph.json '(?c:country)-[membership]->(NATO)' --evidence
  newsgraph query graph.json '(Iran)-[*]-(?x)-[*]-(?y)' --subgraph two-hops.json

Patterns: (node)-[rel|rel]->(node), <-[rel]- and -[rel]- for the other directions,
[*] or [] for any relation, ?name for a variable, ?x:country to require a kind,
\"quotes\" for names with brackets; at most three hops.")]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    /// The pattern, e.g. '(?x)-[sanctions]->(Iran)' (quote it for the shell).
    pattern: String,
    /// Show at most this many answers.
    #[arg(long, default_value_t = 100)]
    limit: usize,
    /// Print one evidence sentence for each hop under each answer.
    #[arg(long)]
    evidence: bool,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    subgraph: SubgraphArgs,
    #[command(flatten)]
    window: WindowArgs,
}

fn hop_header(pattern: &Pattern, h: usize) -> String {
    let hop = &pattern.hops[h];
    let rels = if hop.relations.is_empty() {
        "*".to_string()
    } else {
        hop.relations
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>()
            .join("|")
    };
    match hop.direction {
        HopDirection::Right => format!("-[{rels}]->"),
        HopDirection::Left => format!("<-[{rels}]-"),
        HopDirection::Either => format!("-[{rels}]-"),
    }
}

fn node_header(pattern: &Pattern, n: usize) -> String {
    match &pattern.nodes[n].term {
        Term::Variable(name) => format!("?{name}"),
        Term::Entity(name) => name.clone(),
    }
}

/// The relations of a hop's edges, each with its arrow seen from the left node.
fn hop_cell(graph: &KnowledgeGraph, left: usize, edges: &[usize]) -> String {
    edges
        .iter()
        .map(|&e| tie(graph, &graph.edges[e], left))
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let pattern = Pattern::parse(&args.pattern)?;
    let graph = load(&args.graph, &Default::default(), &args.window)?;
    let found = find_matches(&graph, &pattern, args.limit)?;
    let nodes: BTreeSet<usize> = found.matches.iter().flat_map(|m| m.nodes.clone()).collect();
    let edges: BTreeSet<usize> = found
        .matches
        .iter()
        .flat_map(|m| m.hops.iter().flatten().copied())
        .collect();
    args.subgraph.write(&graph, &nodes, &edges)?;
    if args.json {
        let matches: Vec<_> = found
            .matches
            .iter()
            .map(|m| {
                let bindings: serde_json::Map<String, serde_json::Value> = m
                    .nodes
                    .iter()
                    .enumerate()
                    .filter_map(|(i, &n)| match &pattern.nodes[i].term {
                        Term::Variable(name) if !name.is_empty() => {
                            Some((name.clone(), entity(&graph.nodes[n])))
                        }
                        _ => None,
                    })
                    .collect();
                let hops: Vec<Vec<_>> = m
                    .hops
                    .iter()
                    .map(|edges| edges.iter().map(|&e| edge_json(&graph.edges[e])).collect())
                    .collect();
                serde_json::json!({
                    "bindings": bindings,
                    "nodes": m.nodes.iter().map(|&n| entity(&graph.nodes[n])).collect::<Vec<_>>(),
                    "hops": hops,
                })
            })
            .collect();
        print_json(&serde_json::json!({
            "pattern": args.pattern,
            "matches": matches,
            "truncated": found.truncated,
        }))?;
    } else if !found.matches.is_empty() {
        let mut headers = Vec::new();
        for n in 0..pattern.nodes.len() {
            if n > 0 {
                headers.push(hop_header(&pattern, n - 1));
            }
            headers.push(node_header(&pattern, n));
        }
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        let mut table = Table::new(&headers);
        for m in &found.matches {
            let mut row = Vec::new();
            let mut notes = Vec::new();
            for (n, &node) in m.nodes.iter().enumerate() {
                if n > 0 {
                    let edges = &m.hops[n - 1];
                    row.push(hop_cell(&graph, m.nodes[n - 1], edges));
                    if args.evidence
                        && let Some(ev) =
                            edges.first().and_then(|&e| graph.edges[e].evidence.first())
                    {
                        notes.push(format!("hop {n}: {}", evidence_note(ev)));
                    }
                }
                row.push(graph.nodes[node].label.clone());
            }
            table.push_with_notes(row, notes);
        }
        print_table(&table)?;
    }
    if found.truncated {
        eprintln!(
            "warning: stopped at {} answers; there may be more (raise --limit or narrow the pattern)",
            found.matches.len()
        );
    }
    if found.matches.is_empty() {
        eprintln!("no match for {}", args.pattern);
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
