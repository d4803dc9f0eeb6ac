//! Step 7, analyse: questions asked of a built graph, and graph algorithms.
//!
//! One file per query or algorithm, each documented with what it computes,
//! its cost and where its definition comes from. All of them run on a
//! [`KnowledgeGraph`](crate::graph::KnowledgeGraph) first cut down by
//! [`scope::restrict`] (some relations, a time window), and most on its
//! index view [`network::Network`].
//!
//! Finding things:
//! - [`lookup`]: an entity by id, label or alias; ambiguity and suggestions.
//! - [`scope`]: relations and `--since`/`--until` windows; subgraphs.
//! - [`network`]: the graph as compressed rows of arcs, for the algorithms.
//!
//! Queries:
//! - [`neighbors`]: the ties of one entity, by relation, direction and kind.
//! - [`paths`]: shortest paths and k short paths between two entities.
//! - [`ego`]: the neighbourhood of an entity to a depth, as a subgraph.
//! - [`pattern`]: one- to three-hop patterns with variables.
//! - [`diff`]: what changed between two graphs.
//!
//! Algorithms:
//! - [`degree`], [`pagerank`], [`betweenness`], [`eigenvector`], [`katz`]: centralities.
//! - [`components`]: weakly connected components.
//! - [`distances`]: hop distances by breadth-first search.
//! - [`communities`]: Louvain communities, deterministic for a seed.
//! - [`signs`] and [`balance`]: the signed view of relations; balanced and
//!   unbalanced triads, friends and enemies.
//!
//! Where a well-kept crate has the algorithm and is fast enough it is used
//! (rustworkx-core for eigenvector and Katz centrality, pathfinding for all
//! shortest paths and Yen's k shortest); each hand-written file says why no
//! crate would do (PageRank, betweenness, components and breadth-first
//! search are written for speed on compressed rows, measured against
//! igraph; Louvain, balance and the pattern language exist in no crate).

pub mod balance;
pub mod betweenness;
pub mod communities;
pub mod components;
pub mod degree;
pub mod diff;
pub mod distances;
pub mod ego;
pub mod eigenvector;
pub mod katz;
pub mod lookup;
pub mod neighbors;
pub mod network;
pub mod pagerank;
pub mod paths;
pub mod pattern;
pub mod scope;
pub mod signs;
