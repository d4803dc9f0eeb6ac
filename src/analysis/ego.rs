//! The ego network of an entity: everyone within `depth` hops, and the ties
//! among them, as a graph of its own.
//!
//! NetworkX's `ego_graph`: the subgraph induced by the nodes within the
//! radius, so ties between two neighbours are kept too. The result is a
//! [`KnowledgeGraph`] with the documents its evidence cites, so the JSON and
//! DOT exporters (and anything that reads a graph) take it as is.

use super::distances::distances;
use super::network::{Direction, Network};
use super::scope::subgraph;
use crate::error::Result;
use crate::graph::KnowledgeGraph;
use std::collections::BTreeSet;

/// The subgraph of `graph` induced by the nodes at most `depth` hops from
/// `node`, following ties in `direction`.
pub fn ego_network(
    graph: &KnowledgeGraph,
    node: usize,
    depth: u32,
    direction: Direction,
) -> Result<KnowledgeGraph> {
    let net = Network::new(graph)?;
    let nodes: BTreeSet<usize> = distances(&net, node, direction)
        .into_iter()
        .enumerate()
        .filter(|(_, d)| d.is_some_and(|d| d <= depth))
        .map(|(i, _)| i)
        .collect();
    Ok(subgraph(graph, &nodes, |_| true))
}
