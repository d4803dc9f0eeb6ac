//! Paths between two entities: "how are China and Israel connected, and
//! what says so?"
//!
//! Paths run over nodes (pathfinding's A* with a zero heuristic for every
//! shortest path, and its Yen's algorithm for the k shortest simple paths,
//! one hop costing 1); each hop then lists the edges that make it, best
//! supported first, so a reader sees the relation, its direction and its
//! evidence. By default ties are followed either way ("connected");
//! [`Direction::Out`] follows only the way the relations point.

use super::network::{Direction, Network};
use crate::graph::KnowledgeGraph;
use std::collections::HashMap;

/// A path: its nodes, and for each hop the edges that link the two nodes
/// in the direction asked for (edge indices, most evidence first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path {
    /// Node indices from the first entity to the second.
    pub nodes: Vec<usize>,
    /// `hops[i]`: edges between `nodes[i]` and `nodes[i + 1]`.
    pub hops: Vec<Vec<usize>>,
}

/// Most paths [`shortest_paths`] enumerates before sorting and cutting to
/// the limit; beyond it the choice of paths is no longer the first in order.
const ENUMERATION_CAP: usize = 100_000;

/// Finds the edges of each hop.
struct Hops<'a> {
    graph: &'a KnowledgeGraph,
    /// (smaller node, larger node) -> edge indices.
    between: HashMap<(u32, u32), Vec<u32>>,
    direction: Direction,
}

impl<'a> Hops<'a> {
    fn new(graph: &'a KnowledgeGraph, net: &Network, direction: Direction) -> Self {
        let mut between: HashMap<(u32, u32), Vec<u32>> = HashMap::new();
        for l in net.links() {
            between
                .entry((l.source.min(l.target), l.source.max(l.target)))
                .or_default()
                .push(l.edge);
        }
        Self {
            graph,
            between,
            direction,
        }
    }

    /// Edges that make the hop `a` -> `b`, most evidence first, then by
    /// relation.
    fn edges(&self, a: usize, b: usize) -> Vec<usize> {
        let key = (a.min(b) as u32, a.max(b) as u32);
        let a_id = &self.graph.nodes[a].id;
        let mut edges: Vec<usize> = self
            .between
            .get(&key)
            .into_iter()
            .flatten()
            .map(|&e| e as usize)
            .filter(|&e| {
                let edge = &self.graph.edges[e];
                match self.direction {
                    Direction::Both => true,
                    _ if !edge.directed => true,
                    Direction::Out => edge.source == *a_id,
                    Direction::In => edge.target == *a_id,
                }
            })
            .collect();
        edges.sort_by_key(|&e| {
            let edge = &self.graph.edges[e];
            (std::cmp::Reverse(edge.weight), edge.relation, e)
        });
        edges
    }

    fn path(&self, nodes: Vec<usize>) -> Path {
        let hops = nodes.windows(2).map(|w| self.edges(w[0], w[1])).collect();
        Path { nodes, hops }
    }
}

fn successors(net: &Network, direction: Direction) -> impl Fn(&usize) -> Vec<(usize, usize)> {
    move |&u| {
        net.neighbors(u, direction)
            .into_iter()
            .map(|v| (v as usize, 1))
            .collect()
    }
}

/// Every shortest path from `from` to `to` (at most `limit`, in order of
/// their node ids), over the ties of `net` in `direction`. Empty when `to`
/// cannot be reached.
pub fn shortest_paths(
    graph: &KnowledgeGraph,
    net: &Network,
    from: usize,
    to: usize,
    direction: Direction,
    limit: usize,
) -> Vec<Path> {
    let found = pathfinding::directed::astar::astar_bag(
        &from,
        successors(net, direction),
        |_| 0,
        |&n| n == to,
    );
    let Some((solutions, _)) = found else {
        return Vec::new();
    };
    let mut all: Vec<Vec<usize>> = solutions.take(ENUMERATION_CAP).collect();
    all.sort_by(|a, b| ids(graph, a).cmp(&ids(graph, b)));
    all.dedup();
    let hops = Hops::new(graph, net, direction);
    all.into_iter()
        .take(limit)
        .map(|nodes| hops.path(nodes))
        .collect()
}

/// The `k` shortest simple paths from `from` to `to` (Yen's algorithm),
/// shortest first, equal lengths in order of their node ids.
pub fn k_shortest_paths(
    graph: &KnowledgeGraph,
    net: &Network,
    from: usize,
    to: usize,
    direction: Direction,
    k: usize,
) -> Vec<Path> {
    let mut found: Vec<Vec<usize>> =
        pathfinding::directed::yen::yen(&from, successors(net, direction), |&n| n == to, k)
            .into_iter()
            .map(|(nodes, _)| nodes)
            .collect();
    found.sort_by(|a, b| (a.len(), ids(graph, a)).cmp(&(b.len(), ids(graph, b))));
    let hops = Hops::new(graph, net, direction);
    found.into_iter().map(|nodes| hops.path(nodes)).collect()
}

fn ids<'g>(graph: &'g KnowledgeGraph, nodes: &[usize]) -> Vec<&'g str> {
    nodes.iter().map(|&n| graph.nodes[n].id.as_str()).collect()
}
