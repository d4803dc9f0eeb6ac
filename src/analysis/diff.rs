//! What changed between two graphs: nodes and edges added or removed, and
//! edges whose weight (number of evidence sentences) changed.
//!
//! Nodes are matched by id and edges by (source, relation, target), the
//! graph's own keys, so two builds of a growing corpus compare directly.

use crate::graph::{Edge, KnowledgeGraph, Node};
use crate::ontology::RelationKind;
use serde::Serialize;
use std::collections::BTreeMap;

/// An edge's key and weight, as the diff reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EdgeChange {
    /// Source id.
    pub source: String,
    /// The relation.
    pub relation: RelationKind,
    /// Target id.
    pub target: String,
    /// False for symmetric relations.
    pub directed: bool,
    /// Weight in the first graph (absent: the edge is new).
    pub before: Option<usize>,
    /// Weight in the second graph (absent: the edge is gone).
    pub after: Option<usize>,
}

/// A node as the diff reports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NodeChange {
    /// Its id.
    pub id: String,
    /// Its label.
    pub label: String,
}

/// The differences from graph `a` to graph `b`, each list sorted by key.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Diff {
    /// Nodes of `b` not in `a`.
    pub nodes_added: Vec<NodeChange>,
    /// Nodes of `a` not in `b`.
    pub nodes_removed: Vec<NodeChange>,
    /// Edges of `b` not in `a`.
    pub edges_added: Vec<EdgeChange>,
    /// Edges of `a` not in `b`.
    pub edges_removed: Vec<EdgeChange>,
    /// Edges in both whose weight differs.
    pub edges_changed: Vec<EdgeChange>,
}

impl Diff {
    /// Whether the graphs have the same nodes, edges and weights.
    pub fn is_empty(&self) -> bool {
        self.nodes_added.is_empty()
            && self.nodes_removed.is_empty()
            && self.edges_added.is_empty()
            && self.edges_removed.is_empty()
            && self.edges_changed.is_empty()
    }
}

fn by_id(graph: &KnowledgeGraph) -> BTreeMap<&str, &Node> {
    graph.nodes.iter().map(|n| (n.id.as_str(), n)).collect()
}

fn by_key(graph: &KnowledgeGraph) -> BTreeMap<(&str, RelationKind, &str), &Edge> {
    graph
        .edges
        .iter()
        .map(|e| ((e.source.as_str(), e.relation, e.target.as_str()), e))
        .collect()
}

/// Compare `a` (before) with `b` (after). Time O((nodes + edges) log).
pub fn diff(a: &KnowledgeGraph, b: &KnowledgeGraph) -> Diff {
    let (na, nb) = (by_id(a), by_id(b));
    let node = |n: &Node| NodeChange {
        id: n.id.clone(),
        label: n.label.clone(),
    };
    let (ea, eb) = (by_key(a), by_key(b));
    let edge = |e: &Edge, before: Option<usize>, after: Option<usize>| EdgeChange {
        source: e.source.clone(),
        relation: e.relation,
        target: e.target.clone(),
        directed: e.directed,
        before,
        after,
    };
    let mut out = Diff {
        nodes_added: nb
            .iter()
            .filter(|(id, _)| !na.contains_key(*id))
            .map(|(_, n)| node(n))
            .collect(),
        nodes_removed: na
            .iter()
            .filter(|(id, _)| !nb.contains_key(*id))
            .map(|(_, n)| node(n))
            .collect(),
        ..Diff::default()
    };
    for (key, e) in &eb {
        match ea.get(key) {
            None => out.edges_added.push(edge(e, None, Some(e.weight))),
            Some(old) if old.weight != e.weight => {
                out.edges_changed
                    .push(edge(e, Some(old.weight), Some(e.weight)))
            }
            Some(_) => {}
        }
    }
    for (key, e) in &ea {
        if !eb.contains_key(key) {
            out.edges_removed.push(edge(e, Some(e.weight), None));
        }
    }
    out
}
