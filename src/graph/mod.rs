//! Step 6, merge: the knowledge graph of a corpus.
//!
//! [`KnowledgeGraph`] folds the per-document extractions into one graph: one
//! node per entity id, one edge per (source, relation, target) with symmetric
//! relations stored once (endpoints in id order, `directed: false`), and the
//! evidence behind each edge (the best few sentences; the counts count them
//! all). Its serde form *is* the node-link JSON that
//! `networkx.node_link_graph` loads, so there is one model and no conversion
//! layer to drift. Everything is kept sorted (nodes by id, edges by source,
//! relation, target; evidence by document order and position), which makes the
//! output byte-identical whatever the input order or thread count. Graphs built
//! apart merge into the graph built at once ([`merge`]).

pub mod merge;

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
    /// A person's role, from their title: the one most documents gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// Every role documents gave this person, with how many documents gave
    /// it: what `role` is chosen from, kept so that graphs built apart merge
    /// into the graph built at once.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub roles: BTreeMap<String, usize>,
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
    /// Number of sentences that say so, all of them, even beyond the
    /// evidence kept.
    pub weight: usize,
    /// Number of distinct documents that say so. Absent in graphs written
    /// before it existed, where it reads as 0.
    #[serde(default)]
    pub documents: usize,
    /// Highest confidence among all the sentences that say so.
    pub confidence: f64,
    /// The sentences that say so, in document and text order: at most the
    /// builder's `max_evidence` of them, the most confident.
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

/// How many evidence sentences an edge keeps unless told otherwise: enough
/// to read why the edge is there, few enough that a year of news does not
/// make the graph grow with the corpus. `weight` and `documents` still count
/// every sentence and document.
pub const DEFAULT_MAX_EVIDENCE: usize = 20;

/// Accumulates documents into a graph; [`GraphBuilder::finish`] sorts it.
///
/// Everything it keeps is a commutative summary (sums, maxima, set unions,
/// the best `max_evidence` sentences under one total order), so documents may
/// be added in any order, on any number of threads, and builders (or finished
/// graphs, see [`GraphBuilder::add_graph`]) merged: the result is the same
/// graph, byte for byte. Memory grows with the graph, not with the corpus:
/// per edge at most `2 * max_evidence` sentences are held between prunings.
#[derive(Debug)]
pub struct GraphBuilder {
    /// `None` keeps every evidence sentence.
    max_evidence: Option<usize>,
    documents: BTreeMap<String, DocumentMeta>,
    /// By id, in no order: each document looks up each of its entities
    /// (a hash, where a sorted map compared ids down the tree); sorted once
    /// by [`GraphBuilder::finish`].
    nodes: rustc_hash::FxHashMap<String, NodeAcc>,
    edges: BTreeMap<EdgeKey, EdgeAcc>,
}

/// (source, relation, target), symmetric relations with endpoints in id order.
type EdgeKey = (String, RelationKind, String);

#[derive(Debug, Default)]
struct NodeAcc {
    labels: BTreeSet<String>,
    kind: Option<EntityKind>,
    aliases: BTreeSet<String>,
    mentions: usize,
    roles: BTreeMap<String, usize>,
}

#[derive(Debug, Default)]
struct EdgeAcc {
    weight: usize,
    documents: usize,
    confidence: f64,
    evidence: Vec<Evidence>,
}

impl Default for GraphBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl GraphBuilder {
    /// An empty builder keeping [`DEFAULT_MAX_EVIDENCE`] sentences per edge.
    pub fn new() -> Self {
        Self::with_max_evidence(Some(DEFAULT_MAX_EVIDENCE))
    }

    /// An empty builder keeping at most `max` evidence sentences per edge
    /// (`None`: all). Which ones: the most confident, then the earliest by
    /// document id and position, so the choice does not depend on the order
    /// documents arrive in.
    pub fn with_max_evidence(max: Option<usize>) -> Self {
        Self {
            max_evidence: max,
            documents: BTreeMap::new(),
            nodes: rustc_hash::FxHashMap::default(),
            edges: BTreeMap::new(),
        }
    }

    /// How many documents have been added.
    pub fn document_count(&self) -> usize {
        self.documents.len()
    }

    /// Add one document's entities and relations. Document ids must be
    /// distinct across everything added to one graph (the loader renames
    /// duplicates), or the document's counts are taken twice.
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
            // Most entities, labels, aliases and roles were seen in an
            // earlier document: each is copied only when it is new.
            let acc = match self.nodes.get_mut(&e.id) {
                Some(acc) => acc,
                None => self.nodes.entry(e.id.clone()).or_default(),
            };
            if !acc.labels.contains(&e.label) {
                acc.labels.insert(e.label.clone());
            }
            acc.kind = Some(acc.kind.map_or(e.kind, |k| k.min(e.kind)));
            for alias in &e.aliases {
                if !acc.aliases.contains(alias) {
                    acc.aliases.insert(alias.clone());
                }
            }
            acc.mentions += e.mentions;
            if let Some(role) = &e.role {
                match acc.roles.get_mut(role) {
                    Some(count) => *count += 1,
                    None => {
                        acc.roles.insert(role.clone(), 1);
                    }
                }
            }
        }
        // This document's readings per edge, first, so that each edge counts
        // the document once and each sentence once (read by its most
        // confident rule; on a tie, the first rule by name).
        let mut local: BTreeMap<(&str, RelationKind, &str), BTreeMap<usize, &Relation>> =
            BTreeMap::new();
        for r in relations {
            let (mut s, mut t) = (
                entities.entities[r.source].id.as_str(),
                entities.entities[r.target].id.as_str(),
            );
            if r.relation.is_symmetric() && s > t {
                std::mem::swap(&mut s, &mut t);
            }
            local
                .entry((s, r.relation, t))
                .or_default()
                .entry(r.sentence)
                .and_modify(|best| {
                    if (r.confidence, std::cmp::Reverse(&r.rule))
                        > (best.confidence, std::cmp::Reverse(&best.rule))
                    {
                        *best = r;
                    }
                })
                .or_insert(r);
        }
        for ((s, relation, t), readings) in local {
            let weight = readings.len();
            let confidence = readings.values().map(|r| r.confidence).fold(0.0, f64::max);
            let mut best: Vec<&Relation> = readings.into_values().collect();
            // Only sentences that can be among the best of the corpus are
            // copied: a long "sentence" read by many rules is copied once per
            // edge, not once per reading.
            if let Some(max) = self.max_evidence {
                best.sort_by(|a, b| {
                    b.confidence
                        .total_cmp(&a.confidence)
                        .then_with(|| (a.sentence, &a.rule).cmp(&(b.sentence, &b.rule)))
                });
                best.truncate(max);
            }
            let evidence = best
                .into_iter()
                .map(|r| {
                    let span = &entities.sentences[r.sentence].span;
                    Evidence {
                        doc: doc.id.clone(),
                        sentence: doc.text[span.byte_start..span.byte_end].to_string(),
                        start: span.char_start,
                        end: span.char_end,
                        rule: r.rule.clone(),
                        confidence: r.confidence,
                    }
                })
                .collect();
            let acc = self
                .edges
                .entry((s.to_string(), relation, t.to_string()))
                .or_default();
            acc.absorb(
                EdgeAcc {
                    weight,
                    documents: 1,
                    confidence,
                    evidence,
                },
                self.max_evidence,
            );
        }
    }

    /// The sorted graph.
    pub fn finish(self) -> KnowledgeGraph {
        let mut nodes: Vec<(String, NodeAcc)> = self.nodes.into_iter().collect();
        nodes.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let nodes = nodes
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
                    roles: acc.roles,
                }
            })
            .collect();
        let max_evidence = self.max_evidence;
        let edges = self
            .edges
            .into_iter()
            .map(|((source, relation, target), mut acc)| {
                acc.prune(max_evidence);
                acc.evidence.sort_by(position_order);
                Edge {
                    source,
                    target,
                    key: relation.as_str().to_string(),
                    relation,
                    directed: !relation.is_symmetric(),
                    weight: acc.weight,
                    documents: acc.documents,
                    confidence: acc.confidence,
                    evidence: acc.evidence,
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

impl NodeAcc {
    /// Fold in what another builder knows of the same entity.
    fn absorb(&mut self, other: NodeAcc) {
        self.labels.extend(other.labels);
        // The smallest kind wins: a rule that does not depend on order.
        self.kind = match (self.kind, other.kind) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        self.aliases.extend(other.aliases);
        self.mentions += other.mentions;
        for (role, count) in other.roles {
            *self.roles.entry(role).or_default() += count;
        }
    }
}

impl EdgeAcc {
    /// Fold in the counts and evidence of other documents.
    fn absorb(&mut self, other: EdgeAcc, max_evidence: Option<usize>) {
        self.weight += other.weight;
        self.documents += other.documents;
        self.confidence = self.confidence.max(other.confidence);
        self.evidence.extend(other.evidence);
        // Prune in batches, not at every document: sorting is then amortised.
        if let Some(max) = max_evidence
            && self.evidence.len() > 2 * max.max(8)
        {
            self.prune(Some(max));
        }
    }

    /// Keep the `max` best sentences: most confident first, then earliest.
    fn prune(&mut self, max_evidence: Option<usize>) {
        if let Some(max) = max_evidence
            && self.evidence.len() > max
        {
            self.evidence.sort_by(|a, b| {
                b.confidence
                    .total_cmp(&a.confidence)
                    .then_with(|| position_order(a, b))
            });
            self.evidence.truncate(max);
        }
    }
}

/// Evidence in reading order: by document id, position, then rule.
fn position_order(a: &Evidence, b: &Evidence) -> std::cmp::Ordering {
    (&a.doc, a.start, a.end, &a.rule).cmp(&(&b.doc, b.start, b.end, &b.rule))
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
