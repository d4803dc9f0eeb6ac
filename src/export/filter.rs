//! Which part of a graph to draw or export: the filters that turn a hairball
//! into a diagram someone can read.
//!
//! [`Filter::apply`] returns a [`Selection`]: a smaller [`KnowledgeGraph`]
//! (same nodes and edges, same order, nothing rewritten) plus what was left
//! out, so a legend can say so. Every exporter takes the selection's graph,
//! which is why `dot`, `render`, `html` and `export` share one set of flags
//! and mean the same thing by them.
//!
//! The steps run in a fixed order, each on what the previous one kept:
//! kinds and relations and weights first (what counts as a tie), then the
//! neighbourhood of the focus (ties of the chosen kinds only), then the top
//! entities by weighted degree, then the entities left without an edge.
//! Centrality here is deliberately simple (the sum of the weights of an
//! entity's edges): it needs no iteration, cannot fail, and ranks the
//! entities the news talks about most in relations.

use crate::analysis::lookup::EntityIndex;
use crate::error::Result;
use crate::graph::KnowledgeGraph;
use crate::ontology::{EntityKind, RelationKind};
use std::collections::{BTreeMap, HashMap, VecDeque};

/// What to keep of a graph. The default keeps everything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// Entities to centre on: ids, labels or aliases, found as every command
    /// finds them ([`crate::analysis::lookup`]); empty for the whole graph.
    /// Focus entities are kept whatever other filters say.
    pub focus: Vec<String>,
    /// How many hops (along edges of either direction) around the focus to keep.
    pub depth: usize,
    /// Keep only these relations (empty: all).
    pub relations: Vec<RelationKind>,
    /// Keep only entities of these kinds (empty: all).
    pub kinds: Vec<EntityKind>,
    /// Keep only edges with at least this many evidence sentences.
    pub min_weight: usize,
    /// Keep only the N entities of highest weighted degree (plus the focus).
    pub top: Option<usize>,
    /// Keep entities left without any edge (in a diagram they are noise; in
    /// a data export they are data).
    pub isolated: bool,
}

impl Default for Filter {
    fn default() -> Self {
        Self {
            focus: Vec::new(),
            depth: 1,
            relations: Vec::new(),
            kinds: Vec::new(),
            min_weight: 1,
            top: None,
            isolated: true,
        }
    }
}

/// The part of a graph a [`Filter`] kept.
#[derive(Debug, Clone, PartialEq)]
pub struct Selection {
    /// The kept nodes and edges, in the input's (sorted) order, with the
    /// input's documents.
    pub graph: KnowledgeGraph,
    /// Ids of the focus entities, in the order given.
    pub focus: Vec<String>,
    /// Nodes of the input left out.
    pub hidden_nodes: usize,
    /// Edges of the input left out.
    pub hidden_edges: usize,
    /// Nodes left out only because they had no edge (a subset of `hidden_nodes`).
    pub hidden_isolated: usize,
}

impl Filter {
    /// Whether this filter keeps everything (so [`Filter::apply`] is a copy).
    pub fn is_everything(&self) -> bool {
        *self == Self::default()
    }

    /// The part of `graph` this filter keeps. Fails only when a focus name
    /// names no entity, or several. Linear in the size of the graph (plus a
    /// sort of the nodes for `top`); an edge naming a node the graph lacks
    /// is left out.
    pub fn apply(&self, graph: &KnowledgeGraph) -> Result<Selection> {
        let names = EntityIndex::new(graph);
        let focus: Vec<usize> = self
            .focus
            .iter()
            .map(|name| names.find(name))
            .collect::<Result<_>>()?;
        let mut is_focus = vec![false; graph.nodes.len()];
        for &i in &focus {
            is_focus[i] = true;
        }
        let position: HashMap<&str, usize> = graph
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), i))
            .collect();
        let ends: Vec<Option<(usize, usize)>> = graph
            .edges
            .iter()
            .map(|e| {
                Some((
                    *position.get(e.source.as_str())?,
                    *position.get(e.target.as_str())?,
                ))
            })
            .collect();

        let mut keep: Vec<bool> = graph
            .nodes
            .iter()
            .zip(&is_focus)
            .map(|(n, &focus)| self.kinds.is_empty() || self.kinds.contains(&n.kind) || focus)
            .collect();
        let mut edges: Vec<usize> = (0..graph.edges.len())
            .filter(|&i| {
                let e = &graph.edges[i];
                (self.relations.is_empty() || self.relations.contains(&e.relation))
                    && e.weight >= self.min_weight
                    && ends[i].is_some_and(|(s, t)| keep[s] && keep[t])
            })
            .collect();
        let ends_of = |i: usize| ends[i].expect("kept edges have both ends");

        if !focus.is_empty() {
            keep = neighbourhood(
                graph.nodes.len(),
                edges.iter().map(|&i| ends_of(i)),
                &focus,
                self.depth,
            );
            edges.retain(|&i| {
                let (s, t) = ends_of(i);
                keep[s] && keep[t]
            });
        }

        if let Some(top) = self.top {
            let mut degree = vec![0usize; graph.nodes.len()];
            for &i in &edges {
                let (s, t) = ends_of(i);
                degree[s] += graph.edges[i].weight;
                degree[t] += graph.edges[i].weight;
            }
            let mut ranked: Vec<usize> = (0..graph.nodes.len())
                .filter(|&i| keep[i] && !is_focus[i])
                .collect();
            ranked.sort_by(|&a, &b| degree[b].cmp(&degree[a]).then(a.cmp(&b)));
            ranked.truncate(top.saturating_sub(focus.len()));
            keep = is_focus.clone();
            for i in ranked {
                keep[i] = true;
            }
            edges.retain(|&i| {
                let (s, t) = ends_of(i);
                keep[s] && keep[t]
            });
        }

        let mut hidden_isolated = 0;
        if !self.isolated {
            let mut linked = is_focus.clone();
            for &i in &edges {
                let (s, t) = ends_of(i);
                linked[s] = true;
                linked[t] = true;
            }
            for (keep, linked) in keep.iter_mut().zip(linked) {
                if *keep && !linked {
                    *keep = false;
                    hidden_isolated += 1;
                }
            }
        }

        let kept = KnowledgeGraph {
            nodes: graph
                .nodes
                .iter()
                .zip(&keep)
                .filter(|(_, keep)| **keep)
                .map(|(n, _)| n.clone())
                .collect(),
            edges: edges.iter().map(|&i| graph.edges[i].clone()).collect(),
            graph: graph.graph.clone(),
            ..KnowledgeGraph::default()
        };
        Ok(Selection {
            hidden_nodes: graph.nodes.len() - kept.nodes.len(),
            hidden_edges: graph.edges.len() - kept.edges.len(),
            hidden_isolated,
            graph: kept,
            focus: focus.iter().map(|&i| graph.nodes[i].id.clone()).collect(),
        })
    }
}

/// Which of `nodes` nodes lie within `depth` hops of the focus along the
/// given edges (as node index pairs), either way.
fn neighbourhood(
    nodes: usize,
    edges: impl Iterator<Item = (usize, usize)>,
    focus: &[usize],
    depth: usize,
) -> Vec<bool> {
    let mut adjacent: Vec<Vec<usize>> = vec![Vec::new(); nodes];
    for (s, t) in edges {
        adjacent[s].push(t);
        adjacent[t].push(s);
    }
    let mut seen = vec![false; nodes];
    let mut queue: VecDeque<(usize, usize)> = VecDeque::new();
    for &i in focus {
        if !seen[i] {
            seen[i] = true;
            queue.push_back((i, 0));
        }
    }
    while let Some((i, hops)) = queue.pop_front() {
        if hops == depth {
            continue;
        }
        for &next in &adjacent[i] {
            if !seen[next] {
                seen[next] = true;
                queue.push_back((next, hops + 1));
            }
        }
    }
    seen
}

/// Weighted degree of every node: the sum of the weights (evidence counts) of
/// its edges, either direction. Nodes without edges are absent.
pub fn weighted_degree(graph: &KnowledgeGraph) -> BTreeMap<&str, usize> {
    let mut degree: BTreeMap<&str, usize> = BTreeMap::new();
    for e in &graph.edges {
        *degree.entry(&e.source).or_default() += e.weight;
        *degree.entry(&e.target).or_default() += e.weight;
    }
    degree
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A → B → C → D chain of supports (weights 1, 2, 3), plus E alone and
    /// a person P official_of A.
    fn chain() -> KnowledgeGraph {
        let node = |id: &str, kind: &str| {
            serde_json::json!({"id": id, "label": format!("Label {id}"), "kind": kind,
                               "aliases": [format!("alias-{id}")], "mentions": 1})
        };
        let edge = |s: &str, r: &str, t: &str, w: usize| {
            serde_json::json!({"source": s, "target": t, "key": r, "relation": r,
                               "directed": true, "weight": w, "confidence": 0.9,
                               "evidence": []})
        };
        serde_json::from_value(serde_json::json!({
            "directed": true, "multigraph": true,
            "graph": {"generator": "test", "documents": []},
            "nodes": [node("A", "country"), node("B", "country"), node("C", "organization"),
                      node("D", "country"), node("E", "country"), node("P", "person")],
            "edges": [edge("A", "support", "B", 1), edge("B", "support", "C", 2),
                      edge("C", "sanctions", "D", 3), edge("P", "official_of", "A", 1)],
        }))
        .unwrap()
    }

    fn ids(selection: &Selection) -> String {
        let nodes: Vec<&str> = selection
            .graph
            .nodes
            .iter()
            .map(|n| n.id.as_str())
            .collect();
        let edges: Vec<String> = selection
            .graph
            .edges
            .iter()
            .map(|e| format!("{}>{}", e.source, e.target))
            .collect();
        format!("{} | {}", nodes.join(" "), edges.join(" "))
    }

    #[test]
    fn filters_keep_what_they_say() {
        let cases: [(&str, Filter, &str); 9] = [
            (
                "default",
                Filter::default(),
                "A B C D E P | A>B B>C C>D P>A",
            ),
            (
                "no isolated",
                Filter {
                    isolated: false,
                    ..Filter::default()
                },
                "A B C D P | A>B B>C C>D P>A",
            ),
            (
                "focus depth 1",
                Filter {
                    focus: vec!["b".into()],
                    ..Filter::default()
                },
                "A B C | A>B B>C",
            ),
            (
                "focus by alias, depth 2",
                Filter {
                    focus: vec!["ALIAS-B".into()],
                    depth: 2,
                    ..Filter::default()
                },
                "A B C D P | A>B B>C C>D P>A",
            ),
            (
                "focus depth 0 keeps ties among the focus",
                Filter {
                    focus: vec!["A".into(), "Label C".into(), "B".into()],
                    depth: 0,
                    ..Filter::default()
                },
                "A B C | A>B B>C",
            ),
            (
                "relations",
                Filter {
                    relations: vec![RelationKind::Sanctions],
                    isolated: false,
                    ..Filter::default()
                },
                "C D | C>D",
            ),
            (
                "kinds drop the other kinds' edges",
                Filter {
                    kinds: vec![EntityKind::Country],
                    isolated: false,
                    ..Filter::default()
                },
                "A B | A>B",
            ),
            (
                "min weight",
                Filter {
                    min_weight: 2,
                    isolated: false,
                    ..Filter::default()
                },
                "B C D | B>C C>D",
            ),
            (
                "top by weighted degree (C 5, D 3, B 3: B before D by id)",
                Filter {
                    top: Some(2),
                    ..Filter::default()
                },
                "B C | B>C",
            ),
        ];
        for (name, filter, want) in cases {
            let selection = filter.apply(&chain()).unwrap();
            assert_eq!(ids(&selection), want, "{name}");
            assert_eq!(
                selection.hidden_nodes + selection.graph.nodes.len(),
                6,
                "{name}"
            );
        }
    }

    #[test]
    fn focus_survives_kind_and_top_filters() {
        let filter = Filter {
            focus: vec!["P".into()],
            kinds: vec![EntityKind::Organization],
            top: Some(0),
            isolated: false,
            ..Filter::default()
        };
        let selection = filter.apply(&chain()).unwrap();
        assert_eq!(ids(&selection), "P | ");
        assert_eq!(selection.focus, ["P"]);
    }

    #[test]
    fn focus_names_resolve_like_every_other_command_and_unknown_ones_fail() {
        let graph = chain();
        let by_label = Filter {
            focus: vec!["label b".into()],
            depth: 0,
            ..Filter::default()
        };
        assert_eq!(by_label.apply(&graph).unwrap().focus, ["B"]);
        let err = Filter {
            focus: vec!["Label".into()],
            ..Filter::default()
        }
        .apply(&graph)
        .unwrap_err()
        .to_string();
        assert!(err.contains("no entity named `Label`"), "{err}");
    }

    #[test]
    fn weighted_degree_sums_both_directions() {
        let graph = chain();
        let degree = weighted_degree(&graph);
        assert_eq!(degree["C"], 5);
        assert_eq!(degree["A"], 2);
        assert!(!degree.contains_key("E"));
    }
}
