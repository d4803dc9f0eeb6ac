//! Finding an entity by any of its names: id, label or alias.
//!
//! Every command that takes an entity goes through [`EntityIndex`], so "US",
//! "u.s.", "Tehran" and "rouhani" work the same everywhere. Names are
//! compared after [`normalize`]: case, dots ("U.S." is "US"), runs of spaces
//! and a leading "the" do not matter. An id or label outranks an alias, so
//! "Jordan" is the country even if some person's alias is "Jordan"; two
//! entities of the same rank are ambiguous and the error lists them. An
//! unknown name gets the closest names as suggestions: names that contain
//! it, then names within a small edit distance.

use crate::error::{Error, Result};
use crate::graph::{KnowledgeGraph, Node};
use std::collections::{BTreeSet, HashMap};

/// The form names are compared in: lowercase, without dots, with single
/// spaces, without a leading "the ".
pub fn normalize(name: &str) -> String {
    let lower = name.to_lowercase().replace('.', "");
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.as_slice() {
        ["the", rest @ ..] if !rest.is_empty() => rest,
        all => all,
    };
    words.join(" ")
}

/// An index of every name of every node of a graph.
#[derive(Debug, Clone)]
pub struct EntityIndex<'g> {
    graph: &'g KnowledgeGraph,
    /// Normalized id or label -> node indices.
    primary: HashMap<String, BTreeSet<usize>>,
    /// Normalized alias -> node indices.
    alias: HashMap<String, BTreeSet<usize>>,
}

impl<'g> EntityIndex<'g> {
    /// Index the names of `graph`'s nodes.
    pub fn new(graph: &'g KnowledgeGraph) -> Self {
        let mut primary: HashMap<String, BTreeSet<usize>> = HashMap::new();
        let mut alias: HashMap<String, BTreeSet<usize>> = HashMap::new();
        for (i, n) in graph.nodes.iter().enumerate() {
            primary.entry(normalize(&n.id)).or_default().insert(i);
            primary.entry(normalize(&n.label)).or_default().insert(i);
            for a in &n.aliases {
                alias.entry(normalize(a)).or_default().insert(i);
            }
        }
        Self {
            graph,
            primary,
            alias,
        }
    }

    /// The index of the node `name` names, or an error that lists the
    /// candidates (ambiguous) or suggests the closest names (unknown).
    pub fn find(&self, name: &str) -> Result<usize> {
        let key = normalize(name);
        for table in [&self.primary, &self.alias] {
            match table.get(&key) {
                Some(found) if found.len() == 1 => {
                    return Ok(*found.first().expect("one entry"));
                }
                Some(found) if !found.is_empty() => {
                    return Err(Error::AmbiguousEntity {
                        name: name.to_string(),
                        candidates: found
                            .iter()
                            .map(|&i| {
                                let n = &self.graph.nodes[i];
                                format!("{} ({}, {})", n.label, n.id, n.kind)
                            })
                            .collect(),
                    });
                }
                _ => {}
            }
        }
        Err(Error::UnknownEntity {
            name: name.to_string(),
            suggestions: self
                .closest(&key, 5)
                .into_iter()
                .map(|i| describe(&self.graph.nodes[i]))
                .collect(),
        })
    }

    /// The node `name` names.
    pub fn node(&self, name: &str) -> Result<&'g Node> {
        self.find(name).map(|i| &self.graph.nodes[i])
    }

    /// Up to `limit` nodes whose names are closest to `key` (normalized):
    /// first those with a name containing it (or contained in it, for
    /// multi-word names), then by edit distance, at most a third of the
    /// name's length (and at least 2).
    fn closest(&self, key: &str, limit: usize) -> Vec<usize> {
        if key.is_empty() {
            return Vec::new();
        }
        let budget = (key.chars().count() / 3).max(2);
        let mut best: HashMap<usize, (usize, usize)> = HashMap::new();
        for (name, nodes) in self.primary.iter().chain(&self.alias) {
            let score = if name.contains(key) || (key.contains(name) && name.contains(' ')) {
                Some(0)
            } else {
                let d = strsim::levenshtein(name, key);
                (d <= budget).then_some(d)
            };
            if let Some(d) = score {
                for &i in nodes {
                    let entry = best.entry(i).or_insert((usize::MAX, 0));
                    if d < entry.0 {
                        *entry = (d, name.len().abs_diff(key.len()));
                    }
                }
            }
        }
        let mut ranked: Vec<(usize, usize, &str, usize)> = best
            .into_iter()
            .map(|(i, (d, len))| (d, len, self.graph.nodes[i].id.as_str(), i))
            .collect();
        ranked.sort_unstable();
        ranked.into_iter().take(limit).map(|r| r.3).collect()
    }
}

/// A node as `label (id)`, the way messages name it.
pub fn describe(node: &Node) -> String {
    format!("{} ({})", node.label, node.id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ontology::EntityKind;

    fn node(id: &str, label: &str, kind: EntityKind, aliases: &[&str]) -> Node {
        serde_json::from_value(serde_json::json!({
            "id": id, "label": label, "kind": kind, "aliases": aliases, "mentions": 1,
        }))
        .expect("a valid node")
    }

    fn graph() -> KnowledgeGraph {
        KnowledgeGraph {
            nodes: vec![
                node("IRN", "Iran", EntityKind::Country, &["Tehran", "Iranian"]),
                node("IRQ", "Iraq", EntityKind::Country, &[]),
                node("JOR", "Jordan", EntityKind::Country, &[]),
                node(
                    "USA",
                    "United States",
                    EntityKind::Country,
                    &["U.S.", "Washington"],
                ),
                node(
                    "george-washington",
                    "George Washington",
                    EntityKind::Person,
                    &["Washington"],
                ),
                node(
                    "hassan-rouhani",
                    "Hassan Rouhani",
                    EntityKind::Person,
                    &["Rouhani"],
                ),
                node(
                    "michael-jordan",
                    "Michael Jordan",
                    EntityKind::Person,
                    &["Jordan"],
                ),
            ],
            ..KnowledgeGraph::default()
        }
    }

    #[test]
    fn names_resolve_by_id_label_or_alias() {
        let g = graph();
        let index = EntityIndex::new(&g);
        let cases = [
            ("IRN", "IRN"),
            ("irn", "IRN"),
            ("Iran", "IRN"),
            ("tehran", "IRN"),
            ("US", "USA"),
            ("u.s.", "USA"),
            ("the United States", "USA"),
            ("united   states", "USA"),
            ("rouhani", "hassan-rouhani"),
            ("Jordan", "JOR"),
        ];
        for (name, id) in cases {
            assert_eq!(
                index.node(name).map(|n| n.id.as_str()).ok(),
                Some(id),
                "{name}"
            );
        }
    }

    #[test]
    fn ambiguous_names_list_candidates() {
        let g = graph();
        let err = EntityIndex::new(&g).find("Washington").unwrap_err();
        assert_eq!(
            err.to_string(),
            "`Washington` names 2 entities: United States (USA, country), \
             George Washington (george-washington, person); use an id"
        );
    }

    #[test]
    fn unknown_names_suggest_the_closest() {
        let g = graph();
        let index = EntityIndex::new(&g);
        let cases = [
            ("Irann", "Iran (IRN)"),
            ("Hassan", "Hassan Rouhani (hassan-rouhani)"),
            ("Rohani", "Hassan Rouhani (hassan-rouhani)"),
        ];
        for (name, first) in cases {
            match index.find(name).unwrap_err() {
                Error::UnknownEntity { suggestions, .. } => {
                    assert_eq!(
                        suggestions.first().map(String::as_str),
                        Some(first),
                        "{name}"
                    )
                }
                other => panic!("{name}: {other}"),
            }
        }
        let err = index.find("Narnia").unwrap_err().to_string();
        assert_eq!(err, "no entity named `Narnia` in the graph");
    }
}
