//! The ties of one entity: "who sanctions Iran", "what is Iran a member of".
//!
//! A scan of the edges (the graph is cut to the relations and window of the
//! question first, by [`super::scope`]), keeping those that touch the
//! entity in the wanted direction and lead to an entity of a wanted kind.
//! A symmetric relation (partnership, meeting, trade, conflict) goes both
//! ways, so it matches either direction.

use super::network::Direction;
use super::network::node_index;
use crate::graph::KnowledgeGraph;
use crate::ontology::EntityKind;

/// One tie of the entity asked about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tie {
    /// Index of the edge in `graph.edges`.
    pub edge: usize,
    /// Index of the entity at the other end.
    pub neighbor: usize,
    /// Which way the edge goes from the entity: `Out` (it is the source of a
    /// directed edge), `In` (the target), or `Both` (a symmetric relation).
    pub direction: Direction,
}

/// The ties of node `node` in `direction` to neighbours of the given kinds
/// (empty: any), sorted by relation, then by the neighbour's id.
/// A self-loop is a tie to itself. Time O(edges).
pub fn neighbors(
    graph: &KnowledgeGraph,
    node: usize,
    direction: Direction,
    kinds: &[EntityKind],
) -> Vec<Tie> {
    let index = node_index(graph);
    let id = graph.nodes[node].id.as_str();
    let mut ties = Vec::new();
    for (i, e) in graph.edges.iter().enumerate() {
        let (other, way) = if e.source == id {
            (&e.target, Direction::Out)
        } else if e.target == id {
            (&e.source, Direction::In)
        } else {
            continue;
        };
        let way = if e.directed { way } else { Direction::Both };
        let wanted = direction == Direction::Both || way == Direction::Both || way == direction;
        let Some(&neighbor) = index.get(other.as_str()) else {
            continue;
        };
        if wanted && (kinds.is_empty() || kinds.contains(&graph.nodes[neighbor].kind)) {
            ties.push(Tie {
                edge: i,
                neighbor,
                direction: way,
            });
        }
    }
    ties.sort_by(|a, b| {
        let (ea, eb) = (&graph.edges[a.edge], &graph.edges[b.edge]);
        (ea.relation, &graph.nodes[a.neighbor].id, a.edge).cmp(&(
            eb.relation,
            &graph.nodes[b.neighbor].id,
            b.edge,
        ))
    });
    ties
}
