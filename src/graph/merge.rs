//! Merging graphs, so that a corpus can be split across threads, processes
//! or machines and folded back into exactly the graph of building it at once.
//!
//! Exactness rests on [`GraphBuilder`] keeping only commutative summaries,
//! and on a finished [`KnowledgeGraph`] carrying every one of them: summed
//! counts (`mentions`, `weight`, `documents`, the `roles` tally), maxima
//! (`confidence`), unions (labels and aliases, documents), the smallest
//! [`EntityKind`](crate::ontology::EntityKind), and the best evidence under
//! one total order (the best `n` of a union are the best `n` of the best `n`
//! of each part). What a capped shard dropped cannot come back: merge with
//! the `max_evidence` the shards were built with, or less.

use super::{Edge, EdgeAcc, GraphBuilder, KnowledgeGraph, Node, NodeAcc};
use std::collections::{BTreeMap, HashSet};

/// A document of a merged graph that was renamed because an earlier graph
/// already had its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Renamed {
    /// The id in its own graph.
    pub from: String,
    /// The id in the merged graph.
    pub to: String,
}

impl GraphBuilder {
    /// Fold in another builder. The two must hold distinct documents (as
    /// the shards of one corpus do), or those documents count twice.
    pub fn merge(&mut self, other: GraphBuilder) {
        debug_assert!(
            other
                .documents
                .keys()
                .all(|id| !self.documents.contains_key(id)),
            "merged builders share documents"
        );
        self.documents.extend(other.documents);
        for (id, acc) in other.nodes {
            self.nodes.entry(id).or_default().absorb(acc);
        }
        for (key, acc) in other.edges {
            self.edges
                .entry(key)
                .or_default()
                .absorb(acc, self.max_evidence);
        }
    }

    /// Fold in a finished graph, such as a shard read back from JSON.
    /// Documents whose id this builder already holds are taken to be other
    /// documents and renamed `id~N` (in the graph's documents and evidence)
    /// so nothing is counted twice; the renamings are returned.
    pub fn add_graph(&mut self, mut graph: KnowledgeGraph) -> Vec<Renamed> {
        let incoming: HashSet<String> =
            graph.graph.documents.iter().map(|d| d.id.clone()).collect();
        let mut chosen: HashSet<String> = HashSet::new();
        let mut renamed: BTreeMap<String, String> = BTreeMap::new();
        for doc in &mut graph.graph.documents {
            if !self.documents.contains_key(&doc.id) {
                continue;
            }
            let free = (2..)
                .map(|n| format!("{}~{n}", doc.id))
                .find(|c| {
                    !self.documents.contains_key(c) && !incoming.contains(c) && !chosen.contains(c)
                })
                .expect("an unbounded range has a free suffix");
            chosen.insert(free.clone());
            renamed.insert(std::mem::replace(&mut doc.id, free.clone()), free);
        }
        if !renamed.is_empty() {
            for ev in graph.edges.iter_mut().flat_map(|e| e.evidence.iter_mut()) {
                if let Some(to) = renamed.get(&ev.doc) {
                    ev.doc = to.clone();
                }
            }
        }
        let mut other = GraphBuilder::with_max_evidence(self.max_evidence);
        other.documents = graph
            .graph
            .documents
            .into_iter()
            .map(|d| (d.id.clone(), d))
            .collect();
        other.nodes = graph
            .nodes
            .into_iter()
            .map(|n| (n.id.clone(), NodeAcc::from(n)))
            .collect();
        other.edges = graph
            .edges
            .into_iter()
            .map(|e| {
                (
                    (e.source.clone(), e.relation, e.target.clone()),
                    EdgeAcc::from(e),
                )
            })
            .collect();
        self.merge(other);
        renamed
            .into_iter()
            .map(|(from, to)| Renamed { from, to })
            .collect()
    }
}

impl From<Node> for NodeAcc {
    fn from(node: Node) -> Self {
        let mut roles = node.roles;
        // A graph written before `roles` existed: its role, from one document.
        if roles.is_empty()
            && let Some(role) = node.role
        {
            roles.insert(role, 1);
        }
        NodeAcc {
            labels: [node.label].into(),
            kind: Some(node.kind),
            aliases: node.aliases.into_iter().collect(),
            mentions: node.mentions,
            roles,
        }
    }
}

impl From<Edge> for EdgeAcc {
    fn from(edge: Edge) -> Self {
        // A graph written before `documents` existed: count what evidence shows.
        let documents = if edge.documents == 0 {
            edge.evidence
                .iter()
                .map(|e| e.doc.as_str())
                .collect::<HashSet<_>>()
                .len()
        } else {
            edge.documents
        };
        EdgeAcc {
            weight: edge.weight,
            documents,
            confidence: edge.confidence,
            evidence: edge.evidence,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::entity::{DocEntities, DocEntity, SentenceEntities};
    use crate::ontology::{EntityKind, RelationKind};
    use crate::relation::Relation;
    use crate::span::CharIndex;

    /// A document whose sentences each relate `a` to `b`, with `role` as
    /// `a`'s role.
    fn builder_with(docs: &[(&str, &str, EntityKind, &[f64])], max: Option<usize>) -> GraphBuilder {
        let mut builder = GraphBuilder::with_max_evidence(max);
        for (id, role, kind, confidences) in docs {
            let text = "Iran met China. ".repeat(confidences.len());
            let doc = Document::new(*id, text.trim_end());
            let index = CharIndex::new(&doc.text);
            let sentences = (0..confidences.len())
                .map(|i| SentenceEntities {
                    span: index.span(i * 16, i * 16 + 15),
                    tokens: vec![],
                    mentions: vec![],
                    group_references: vec![],
                })
                .collect();
            let entity = |id: &str, kind, role: Option<&str>| DocEntity {
                id: id.into(),
                kind,
                label: id.to_uppercase(),
                aliases: [id.to_string()].into(),
                mentions: 1,
                role: role.map(str::to_string),
                state: None,
            };
            let entities = DocEntities {
                entities: vec![
                    entity("a", *kind, Some(role)),
                    entity("b", EntityKind::Country, None),
                ],
                sentences,
                officials: vec![],
                joint_issuers: vec![],
            };
            let relations: Vec<Relation> = confidences
                .iter()
                .enumerate()
                .map(|(sentence, &confidence)| Relation {
                    source: 0,
                    target: 1,
                    relation: RelationKind::Meeting,
                    sentence,
                    rule: "test".into(),
                    confidence,
                })
                .collect();
            builder.add(&doc, &entities, &relations);
        }
        builder
    }

    #[test]
    fn counts_everything_keeps_the_best_evidence_and_merges_exactly() {
        type Doc<'a> = (&'a str, &'a str, EntityKind, &'a [f64]);
        let docs: [Doc; 4] = [
            ("d1", "minister", EntityKind::Person, &[0.5, 0.9]),
            ("d2", "president", EntityKind::Organization, &[0.7]),
            ("d3", "president", EntityKind::Person, &[0.9, 0.6, 0.9]),
            ("d4", "minister", EntityKind::Person, &[0.8]),
        ];
        let whole = builder_with(&docs, Some(3)).finish();
        let edge = &whole.edges[0];
        assert_eq!((edge.weight, edge.documents, edge.confidence), (7, 4, 0.9));
        let kept: Vec<(&str, usize)> = edge
            .evidence
            .iter()
            .map(|e| (e.doc.as_str(), e.start))
            .collect();
        assert_eq!(kept, [("d1", 16), ("d3", 0), ("d3", 32)]);
        let a = &whole.nodes[0];
        assert_eq!(a.kind, EntityKind::Person);
        assert_eq!(
            a.roles,
            [("minister".into(), 2), ("president".into(), 2)].into()
        );
        assert_eq!(a.role.as_deref(), Some("minister"));

        for split in 0..docs.len() {
            let (left, right) = docs.split_at(split);
            // In memory, and through finished graphs, both ways round.
            let mut merged = builder_with(right, Some(3));
            merged.merge(builder_with(left, Some(3)));
            assert_eq!(merged.finish(), whole, "split at {split}");
            let mut folded = GraphBuilder::with_max_evidence(Some(3));
            assert!(
                folded
                    .add_graph(builder_with(left, Some(3)).finish())
                    .is_empty()
            );
            assert!(
                folded
                    .add_graph(builder_with(right, Some(3)).finish())
                    .is_empty()
            );
            assert_eq!(folded.finish(), whole, "split at {split}");
        }
    }

    #[test]
    fn documents_already_merged_are_renamed_not_counted_twice() {
        let docs: [(&str, &str, EntityKind, &[f64]); 2] = [
            ("d", "minister", EntityKind::Person, &[0.5]),
            ("d~2", "minister", EntityKind::Person, &[0.5]),
        ];
        let graph = builder_with(&docs, None).finish();
        let mut folded = GraphBuilder::with_max_evidence(None);
        folded.add_graph(graph.clone());
        let renamed = folded.add_graph(graph);
        assert_eq!(
            renamed,
            [
                Renamed {
                    from: "d".into(),
                    to: "d~3".into()
                },
                Renamed {
                    from: "d~2".into(),
                    to: "d~2~2".into()
                }
            ]
        );
        let merged = folded.finish();
        assert_eq!(merged.graph.documents.len(), 4);
        let edge = &merged.edges[0];
        assert_eq!((edge.weight, edge.documents), (4, 4));
        let docs: Vec<&str> = edge.evidence.iter().map(|e| e.doc.as_str()).collect();
        assert_eq!(docs, ["d", "d~2", "d~2~2", "d~3"]);
    }

    #[test]
    fn graphs_without_documents_or_roles_fields_read_from_evidence_and_role() {
        let mut graph =
            builder_with(&[("d", "envoy", EntityKind::Person, &[0.5, 0.6])], None).finish();
        graph.edges[0].documents = 0;
        graph.nodes[0].roles.clear();
        let mut folded = GraphBuilder::with_max_evidence(None);
        folded.add_graph(graph);
        let merged = folded.finish();
        assert_eq!(merged.edges[0].documents, 1);
        assert_eq!(merged.nodes[0].roles, [("envoy".into(), 1)].into());
    }
}
