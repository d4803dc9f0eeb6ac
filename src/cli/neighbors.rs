//! `newsgraph neighbors`: the ties of one entity, filtered by relation,
//! direction and kind.

use super::output::{Table, entity, evidence_note, print_json, print_table};
use super::scope::{DirectionArg, RelationArgs, WindowArgs, load};
use newsgraph::analysis::lookup::EntityIndex;
use newsgraph::analysis::neighbors::neighbors;
use newsgraph::analysis::network::Direction;
use newsgraph::ontology::EntityKind;
use std::path::PathBuf;
use std::process::ExitCode;

/// List the ties of an entity: who sanctions it, whom it partners with,
/// what it is a member of. Exit 0 when some tie matched, 1 when none did.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  newsgraph neighbors graph.json Iran --relation sanctions --direction in    # who sanctions Iran
  newsgraph neighbors graph.json Iran -r membership -d out                   # what Iran is a member of
  newsgraph neighbors graph.json US --kind country --evidence                # the US's ties to countries")]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    /// The entity: id, label or alias (case-insensitive).
    entity: String,
    #[command(flatten)]
    relations: RelationArgs,
    /// Which ties: out (the entity is the source), in (the target) or both.
    /// Symmetric relations match any direction.
    #[arg(short, long, value_enum, default_value_t)]
    direction: DirectionArg,
    /// Only neighbours of these kinds (comma-separated): country, person, organization.
    #[arg(short, long = "kind", value_name = "KIND", value_delimiter = ',')]
    kinds: Vec<EntityKind>,
    /// Print the evidence sentences under each tie.
    #[arg(long)]
    evidence: bool,
    /// Print JSON instead of a table.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    window: WindowArgs,
}

fn direction_word(direction: Direction) -> &'static str {
    match direction {
        Direction::Out => "out",
        Direction::In => "in",
        Direction::Both => "both",
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = load(&args.graph, &args.relations, &args.window)?;
    let index = EntityIndex::new(&graph);
    let node = index.find(&args.entity)?;
    let me = &graph.nodes[node];
    let ties = neighbors(&graph, node, args.direction.into(), &args.kinds);
    if args.json {
        let ties: Vec<_> = ties
            .iter()
            .map(|t| {
                let e = &graph.edges[t.edge];
                serde_json::json!({
                    "relation": e.relation,
                    "direction": direction_word(t.direction),
                    "neighbor": entity(&graph.nodes[t.neighbor]),
                    "weight": e.weight,
                    "documents": e.documents,
                    "confidence": e.confidence,
                    "evidence": e.evidence,
                })
            })
            .collect();
        print_json(&serde_json::json!({"entity": entity(me), "ties": ties}))?;
    } else if !ties.is_empty() {
        let mut table = Table::new(&["tie", "neighbor", "id", "kind", ">weight", ">confidence"]);
        for t in &ties {
            let e = &graph.edges[t.edge];
            let n = &graph.nodes[t.neighbor];
            let notes = if args.evidence {
                e.evidence.iter().map(evidence_note).collect()
            } else {
                Vec::new()
            };
            let tie = match t.direction {
                Direction::Out => format!("-[{}]->", e.relation),
                Direction::In => format!("<-[{}]-", e.relation),
                Direction::Both => format!("-[{}]-", e.relation),
            };
            table.push_with_notes(
                vec![
                    tie,
                    n.label.clone(),
                    n.id.clone(),
                    n.kind.to_string(),
                    e.weight.to_string(),
                    format!("{:.2}", e.confidence),
                ],
                notes,
            );
        }
        print_table(&table)?;
    }
    if ties.is_empty() {
        eprintln!("no ties of {} ({}) match", me.label, me.id);
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
