//! Step 6, merge: the knowledge graph of a corpus.
//!
//! [`KnowledgeGraph`] folds the per-document extractions into one graph: one
//! node per entity id, one edge per (source, relation, target) with symmetric
//! relations stored once (endpoints in id order, `directed: false`), and all
//! the evidence behind each edge. Its serde form *is* the node-link JSON that
//! `networkx.node_link_graph` loads, so there is one model and no conversion
//! layer to drift. Everything is kept sorted (nodes by id, edges by source,
//! relation, target; evidence by document order and position), which makes the
//! output byte-identical whatever the input order or thread count.

use crate::document::Document;
use crate::entity::DocEntities;
use crate::ontology::{EntityKind, RelationKind};
use crate::relation::Relation;
use petgraph::graph::DiGraph;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The generator string written into every graph.
pub const GENERATOR: &str = concat!("newsgraph ", env!("CARGO_PKG_VERSION"));

/// Document metadata kept in the graph.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DocumentMeta {
    /// Document id.
    pub id: String,
    /// Headline.
    pub title: Option<String>,
    /// Date.
    pub date: Option<String>,
    /// Address.
    pub url: Option<String>,
}

/// Graph-level attributes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphMeta {
    /// Which program wrote the graph.
    pub generator: String,
    /// The documents the graph was built from, sorted by id.
    pub documents: Vec<DocumentMeta>,
}

/// A node: one entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// Stable id: ISO 3166 alpha-3 for countries, a slug otherwise.
    pub id: String,
    /// Canonical name.
    pub label: String,
    /// Country, person or organization.
    pub kind: EntityKind,
    /// Other surface forms seen in the corpus, sorted.
    pub aliases: Vec<String>,
    /// Number of mentions in the corpus.
    pub mentions: usize,
    /// A person's role, from their title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// One sentence supporting an edge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// Document id.
    pub doc: String,
    /// The sentence text.
    pub sentence: String,
    /// Char offset of the sentence in the document text.
    pub start: usize,
    /// Char offset of the end of the sentence (exclusive).
    pub end: usize,
    /// The rule and cue that produced the edge from this sentence.
    pub rule: String,
    /// Confidence of this reading, in [0, 1].
    pub confidence: f64,
}

/// An edge: one relation between two entities, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Edge {
    /// Source node id (for symmetric relations, the smaller id).
    pub source: String,
    /// Target node id.
    pub target: String,
    /// Multigraph key: the relation name, unique per (source, target).
    pub key: String,
    /// The relation.
    pub relation: RelationKind,
    /// False for symmetric relations.
    pub directed: bool,
    /// Number of evidence sentences.
    pub weight: usize,
    /// Highest confidence among the evidence.
    pub confidence: f64,
    /// The sentences that say so, in document and text order.
    pub evidence: Vec<Evidence>,
}

/// The knowledge graph, in node-link form.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KnowledgeGraph {
    /// Always true: relations have a direction (symmetric ones say so per edge).
    pub directed: bool,
    /// Always true: two entities may share several relations.
    pub multigraph: bool,
    /// Graph attributes.
    pub graph: GraphMeta,
    /// Nodes, sorted by id.
    pub nodes: Vec<Node>,
    /// Edges, sorted by (source, relation, target).
    pub edges: Vec<Edge>,
}

impl Default for KnowledgeGraph {
    fn default() -> Self {
        Self {
            directed: true,
            multigraph: true,
            graph: GraphMeta {
                generator: GENERATOR.to_string(),
                documents: Vec::new(),
            },
            nodes: Vec::new(),
            edges: Vec::new(),
        }
    }
}

/// Accumulates documents into a graph; [`GraphBuilder::finish`] sorts it.
#[derive(Debug, Default)]
pub struct GraphBuilder {
    documents: BTreeMap<String, DocumentMeta>,
    nodes: BTreeMap<String, NodeAcc>,
    edges: BTreeMap<(String, RelationKind, String), Vec<Evidence>>,
}

#[derive(Debug, Default)]
struct NodeAcc {
    labels: BTreeSet<String>,
    kind: Option<EntityKind>,
    aliases: BTreeSet<String>,
    mentions: usize,
    roles: BTreeMap<String, usize>,
}

impl GraphBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// Add one document's entities and relations.
    pub fn add(&mut self, doc: &Document, entities: &DocEntities, relations: &[Relation]) {
        self.documents.insert(
            doc.id.clone(),
            DocumentMeta {
                id: doc.id.clone(),
                title: doc.title.clone(),
                date: doc.date.clone(),
                url: doc.url.clone(),
            },
        );
        let mut used = vec![false; entities.entities.len()];
        for r in relations {
            used[r.source] = true;
            used[r.target] = true;
        }
        for (i, e) in entities.entities.iter().enumerate() {
            if e.mentions == 0 && !used[i] {
                continue; // implied only (a ministry's state) and never named
            }
            let acc = self.nodes.entry(e.id.clone()).or_default();
            acc.labels.insert(e.label.clone());
            acc.kind = Some(e.kind);
            acc.aliases.extend(e.aliases.iter().cloned());
            acc.mentions += e.mentions;
            if let Some(role) = &e.role {
                *acc.roles.entry(role.clone()).or_default() += 1;
            }
        }
        for r in relations {
            let (mut s, mut t) = (
                &entities.entities[r.source].id,
                &entities.entities[r.target].id,
            );
            if r.relation.is_symmetric() && s > t {
                std::mem::swap(&mut s, &mut t);
            }
            let sentence = &entities.sentences[r.sentence];
            self.edges
                .entry((s.clone(), r.relation, t.clone()))
                .or_default()
                .push(Evidence {
                    doc: doc.id.clone(),
                    sentence: doc.text[sentence.span.byte_start..sentence.span.byte_end]
                        .to_string(),
                    start: sentence.span.char_start,
                    end: sentence.span.char_end,
                    rule: r.rule.clone(),
                    confidence: r.confidence,
                });
        }
    }

    /// The sorted, deduplicated graph.
    pub fn finish(self) -> KnowledgeGraph {
        let nodes = self
            .nodes
            .into_iter()
            .map(|(id, acc)| {
                // The longest label is the fullest name ("Wendy R. Sherman" over "Sherman").
                let label = acc
                    .labels
                    .iter()
                    .max_by(|a, b| a.chars().count().cmp(&b.chars().count()).then(b.cmp(a)))
                    .cloned()
                    .unwrap_or_else(|| id.clone());
                let mut aliases = acc.aliases;
                aliases.extend(acc.labels.iter().filter(|l| **l != label).cloned());
                aliases.remove(&label);
                let role = acc
                    .roles
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                    .map(|(r, _)| r.clone());
                Node {
                    id,
                    label,
                    kind: acc.kind.unwrap_or(EntityKind::Organization),
                    aliases: aliases.into_iter().collect(),
                    mentions: acc.mentions,
                    role,
                }
            })
            .collect();
        let doc_order: BTreeMap<&str, usize> = self
            .documents
            .keys()
            .enumerate()
            .map(|(i, id)| (id.as_str(), i))
            .collect();
        let edges = self
            .edges
            .into_iter()
            .map(|((source, relation, target), mut evidence)| {
                evidence.sort_by(|a, b| {
                    (doc_order.get(a.doc.as_str()), a.start, a.end, &a.rule).cmp(&(
                        doc_order.get(b.doc.as_str()),
                        b.start,
                        b.end,
                        &b.rule,
                    ))
                });
                // One sentence is one piece of evidence, read by its most confident rule.
                let mut unique: Vec<Evidence> = Vec::with_capacity(evidence.len());
                for e in evidence {
                    match unique.last_mut() {
                        Some(last) if last.doc == e.doc && last.start == e.start => {
                            if e.confidence > last.confidence {
                                *last = e;
                            }
                        }
                        _ => unique.push(e),
                    }
                }
                let confidence = unique.iter().map(|e| e.confidence).fold(0.0, f64::max);
                Edge {
                    source,
                    target,
                    key: relation.as_str().to_string(),
                    relation,
                    directed: !relation.is_symmetric(),
                    weight: unique.len(),
                    confidence,
                    evidence: unique,
                }
            })
            .collect();
        KnowledgeGraph {
            graph: GraphMeta {
                generator: GENERATOR.to_string(),
                documents: self.documents.into_values().collect(),
            },
            nodes,
            edges,
            ..KnowledgeGraph::default()
        }
    }
}

impl KnowledgeGraph {
    /// The graph as a petgraph `DiGraph` (node weights are the nodes, edge
    /// weights the edges), for the algorithms of petgraph and its kin.
    /// Symmetric edges appear once, from source to target.
    pub fn to_petgraph(&self) -> DiGraph<&Node, &Edge> {
        let mut graph = DiGraph::with_capacity(self.nodes.len(), self.edges.len());
        let index: BTreeMap<&str, _> = self
            .nodes
            .iter()
            .map(|n| (n.id.as_str(), graph.add_node(n)))
            .collect();
        for e in &self.edges {
            if let (Some(&s), Some(&t)) =
                (index.get(e.source.as_str()), index.get(e.target.as_str()))
            {
                graph.add_edge(s, t, e);
            }
        }
        graph
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes
            .binary_search_by(|n| n.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.nodes[i])
    }
}
