//! The graph as the algorithms see it: nodes by index, arcs in compressed
//! sparse rows.
//!
//! A [`KnowledgeGraph`] is a multigraph of named nodes and evidence-laden
//! edges; centralities, components and searches want integers and flat
//! arrays. [`Network`] is that view, built once per command: node `i` is
//! `graph.nodes[i]`, and every edge becomes arcs, one `source -> target` for a
//! directed relation and both ways for a symmetric one (`partnership`,
//! `meeting`, `trade`, `conflict`), since "A and B are partners" is a tie
//! either can follow. Parallel arcs (two relations between the same pair, in
//! the same direction) are merged into one arc whose weight is the sum of the
//! edges' weights (their evidence counts), so the view is a simple directed
//! graph: the `DiGraph` NetworkX and igraph are given in the reference tests.
//!
//! Which edges count (relations, a time window) is decided before, by
//! [`super::scope`]; the view takes every edge of the graph it is given.

use crate::error::{Error, Result};
use crate::graph::KnowledgeGraph;
use petgraph::graph::{DiGraph, NodeIndex};
use std::collections::HashMap;

/// One edge of the graph in index form, as selected for analysis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Link {
    /// Index of the source node.
    pub source: u32,
    /// Index of the target node.
    pub target: u32,
    /// The edge's weight (its number of evidence sentences).
    pub weight: f64,
    /// False for symmetric relations, which are ties both ways.
    pub directed: bool,
    /// Index of the edge in `graph.edges`.
    pub edge: u32,
}

/// A simple directed graph over node indices, in compressed sparse rows both
/// ways (out-arcs and in-arcs), each arc with a weight.
#[derive(Debug, Clone, Default)]
pub struct Network {
    links: Vec<Link>,
    out_offsets: Vec<usize>,
    out_targets: Vec<u32>,
    out_weights: Vec<f64>,
    in_offsets: Vec<usize>,
    in_sources: Vec<u32>,
    in_weights: Vec<f64>,
}

/// Which way to follow arcs from a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    /// Along the arcs: from source to target.
    Out,
    /// Against the arcs: from target to source.
    In,
    /// Both ways: ties regardless of direction.
    #[default]
    Both,
}

/// Node id -> position in `graph.nodes`: how edges, which name their ends
/// by id, find their nodes.
pub fn node_index(graph: &KnowledgeGraph) -> HashMap<&str, usize> {
    graph
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect()
}

/// The error for edge `index`, whose end `missing` is no node.
fn dangling(index: usize, edge: &crate::graph::Edge, missing: &str) -> Error {
    Error::DanglingEdge {
        index,
        source_id: edge.source.clone(),
        target_id: edge.target.clone(),
        missing: missing.to_string(),
    }
}

/// Check that every edge names nodes of the graph, so that no query has to
/// decide what an edge to nowhere means. The error names the first such edge.
pub fn check_endpoints(graph: &KnowledgeGraph) -> Result<()> {
    let index = node_index(graph);
    for (i, e) in graph.edges.iter().enumerate() {
        for id in [&e.source, &e.target] {
            if !index.contains_key(id.as_str()) {
                return Err(dangling(i, e, id));
            }
        }
    }
    Ok(())
}

impl Network {
    /// The view of `graph`. Fails when an edge names a node that is not in
    /// `graph.nodes`.
    pub fn new(graph: &KnowledgeGraph) -> Result<Self> {
        let index = node_index(graph);
        let mut links = Vec::with_capacity(graph.edges.len());
        for (i, e) in graph.edges.iter().enumerate() {
            let find = |id: &str| {
                index
                    .get(id)
                    .map(|&i| i as u32)
                    .ok_or_else(|| dangling(i, e, id))
            };
            links.push(Link {
                source: find(&e.source)?,
                target: find(&e.target)?,
                weight: e.weight as f64,
                directed: e.directed,
                edge: i as u32,
            });
        }
        Ok(Self::from_links(graph.nodes.len(), links))
    }

    /// The view of `node_count` nodes and these links (indices must be
    /// below `node_count`).
    pub fn from_links(node_count: usize, links: Vec<Link>) -> Self {
        let mut arcs: Vec<(u32, u32, f64)> = Vec::with_capacity(links.len() * 2);
        for l in &links {
            arcs.push((l.source, l.target, l.weight));
            if !l.directed && l.source != l.target {
                arcs.push((l.target, l.source, l.weight));
            }
        }
        arcs.sort_unstable_by_key(|&(s, t, _)| (s, t));
        // Merge parallel arcs, summing weights.
        let mut merged: Vec<(u32, u32, f64)> = Vec::with_capacity(arcs.len());
        for (s, t, w) in arcs {
            match merged.last_mut() {
                Some(last) if last.0 == s && last.1 == t => last.2 += w,
                _ => merged.push((s, t, w)),
            }
        }
        let mut out_offsets = vec![0usize; node_count + 1];
        let mut in_offsets = vec![0usize; node_count + 1];
        for &(s, t, _) in &merged {
            out_offsets[s as usize + 1] += 1;
            in_offsets[t as usize + 1] += 1;
        }
        for i in 0..node_count {
            out_offsets[i + 1] += out_offsets[i];
            in_offsets[i + 1] += in_offsets[i];
        }
        let out_targets = merged.iter().map(|a| a.1).collect();
        let out_weights = merged.iter().map(|a| a.2).collect();
        // Counting sort by target; sources stay in increasing order because
        // `merged` is sorted by source.
        let mut in_sources = vec![0u32; merged.len()];
        let mut in_weights = vec![0f64; merged.len()];
        let mut next = in_offsets.clone();
        for &(s, t, w) in &merged {
            let slot = &mut next[t as usize];
            in_sources[*slot] = s;
            in_weights[*slot] = w;
            *slot += 1;
        }
        Self {
            links,
            out_offsets,
            out_targets,
            out_weights,
            in_offsets,
            in_sources,
            in_weights,
        }
    }

    /// Number of nodes.
    pub fn node_count(&self) -> usize {
        self.out_offsets.len().saturating_sub(1)
    }

    /// Number of arcs (after merging parallel ones).
    pub fn arc_count(&self) -> usize {
        self.out_targets.len()
    }

    /// The edges the view was built from, in index form.
    pub fn links(&self) -> &[Link] {
        &self.links
    }

    /// Targets of the arcs leaving `node`, in increasing order.
    pub fn successors(&self, node: usize) -> &[u32] {
        &self.out_targets[self.out_offsets[node]..self.out_offsets[node + 1]]
    }

    /// Weights of the arcs leaving `node`, aligned with [`Self::successors`].
    pub fn successor_weights(&self, node: usize) -> &[f64] {
        &self.out_weights[self.out_offsets[node]..self.out_offsets[node + 1]]
    }

    /// Sources of the arcs entering `node`, in increasing order.
    pub fn predecessors(&self, node: usize) -> &[u32] {
        &self.in_sources[self.in_offsets[node]..self.in_offsets[node + 1]]
    }

    /// Weights of the arcs entering `node`, aligned with [`Self::predecessors`].
    pub fn predecessor_weights(&self, node: usize) -> &[f64] {
        &self.in_weights[self.in_offsets[node]..self.in_offsets[node + 1]]
    }

    /// The neighbours of `node` in a direction, in increasing order without
    /// repeats.
    pub fn neighbors(&self, node: usize, direction: Direction) -> Vec<u32> {
        match direction {
            Direction::Out => self.successors(node).to_vec(),
            Direction::In => self.predecessors(node).to_vec(),
            Direction::Both => {
                let (a, b) = (self.successors(node), self.predecessors(node));
                let mut all = Vec::with_capacity(a.len() + b.len());
                let (mut i, mut j) = (0, 0);
                while i < a.len() || j < b.len() {
                    let next = match (a.get(i), b.get(j)) {
                        (Some(&x), Some(&y)) if x == y => {
                            i += 1;
                            j += 1;
                            x
                        }
                        (Some(&x), Some(&y)) if x < y => {
                            i += 1;
                            x
                        }
                        (Some(&x), None) => {
                            i += 1;
                            x
                        }
                        (_, Some(&y)) => {
                            j += 1;
                            y
                        }
                        (None, None) => unreachable!("loop condition"),
                    };
                    all.push(next);
                }
                all
            }
        }
    }

    /// The view as a petgraph `DiGraph` (node `i` is `NodeIndex(i)`, edge
    /// weights are arc weights), for the algorithms of rustworkx-core.
    pub fn to_petgraph(&self) -> DiGraph<(), f64, u32> {
        let mut graph = DiGraph::with_capacity(self.node_count(), self.arc_count());
        for _ in 0..self.node_count() {
            graph.add_node(());
        }
        for s in 0..self.node_count() {
            for (&t, &w) in self.successors(s).iter().zip(self.successor_weights(s)) {
                graph.add_edge(NodeIndex::new(s), NodeIndex::new(t as usize), w);
            }
        }
        graph
    }

    /// The undirected weighted ties: each unordered pair linked by at least
    /// one edge, with the sum of those edges' weights (each edge counted
    /// once, whatever its direction), sorted by pair. Self-loops are kept as
    /// `(u, u, w)`.
    pub fn undirected_ties(&self, weighted: bool) -> Vec<(u32, u32, f64)> {
        let mut ties: Vec<(u32, u32, f64)> = self
            .links
            .iter()
            .map(|l| {
                let w = if weighted { l.weight } else { 1.0 };
                (l.source.min(l.target), l.source.max(l.target), w)
            })
            .collect();
        ties.sort_unstable_by_key(|&(a, b, _)| (a, b));
        let mut merged: Vec<(u32, u32, f64)> = Vec::with_capacity(ties.len());
        for (a, b, w) in ties {
            match merged.last_mut() {
                Some(last) if last.0 == a && last.1 == b => last.2 += w,
                _ => merged.push((a, b, w)),
            }
        }
        merged
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(source: u32, target: u32, weight: f64, directed: bool) -> Link {
        Link {
            source,
            target,
            weight,
            directed,
            edge: 0,
        }
    }

    #[test]
    fn symmetric_edges_are_arcs_both_ways_and_parallel_arcs_merge() {
        let net = Network::from_links(
            4,
            vec![
                link(0, 1, 2.0, true),
                link(0, 1, 3.0, false),
                link(2, 1, 1.0, true),
                link(3, 3, 1.0, false),
            ],
        );
        assert_eq!(net.node_count(), 4);
        assert_eq!(net.successors(0), &[1]);
        assert_eq!(net.successor_weights(0), &[5.0]);
        assert_eq!(net.successors(1), &[0]);
        assert_eq!(net.successor_weights(1), &[3.0]);
        assert_eq!(net.predecessors(1), &[0, 2]);
        assert_eq!(net.successors(3), &[3], "a self-loop is one arc");
        assert_eq!(net.arc_count(), 4);
        assert_eq!(net.neighbors(1, Direction::Both), vec![0, 2]);
        assert_eq!(net.neighbors(1, Direction::In), vec![0, 2]);
        assert_eq!(net.neighbors(2, Direction::Out), vec![1]);
        assert_eq!(
            net.undirected_ties(true),
            vec![(0, 1, 5.0), (1, 2, 1.0), (3, 3, 1.0)]
        );
        assert_eq!(net.to_petgraph().edge_count(), 4);
    }
}
