//! # newsgraph
//!
//! A knowledge-graph builder for news about international relations: it reads
//! articles and writes the graph of who does what to whom, with the sentences
//! that say so. Offline, deterministic, and explainable: every edge names the
//! rule and cue that produced it.
//!
//! The pipeline, one module per step:
//!
//! 1. [`document`]: load `.txt`/`.md` files, directories, `.jsonl` and stdin.
//! 2. [`sentence`]: split sentences, minding abbreviations and quotes.
//! 3. [`mention`]: find gazetteer names, titles and name-pattern candidates.
//! 4. [`entity`]: resolve them to one entity each (surnames, acronyms, "the two countries").
//! 5. [`relation`]: read relations from cue words and argument rules.
//! 6. [`graph`]: merge documents into one [`graph::KnowledgeGraph`].
//! 7. [`analysis`]: queries (neighbours, paths, patterns) and algorithms
//!    (centralities, components, communities, structural balance).
//! 8. [`export`]: node-link JSON, Graphviz DOT and rendering, the interactive
//!    HTML page, GraphML, GEXF, Neo4j, Cytoscape.js and a CAMEO event table.
//!
//! The knowledge it runs on ([`lexicon`]) is plain TSV embedded at compile time;
//! users add their own tables in the same format.
//!
//! ```
//! use newsgraph::{document::Document, extract::Extractor, lexicon::Lexicon};
//!
//! let extractor = Extractor::new(&Lexicon::builtin());
//! let doc = Document::new("a1", "The United States imposed sanctions on Iran.");
//! let graph = extractor.build([&doc]);
//! let edge = &graph.edges[0];
//! assert_eq!((edge.source.as_str(), edge.relation.as_str(), edge.target.as_str()),
//!            ("USA", "sanctions", "IRN"));
//! let ev = &edge.evidence[0];
//! let sentence: String = doc.text.chars().skip(ev.start).take(ev.end - ev.start).collect();
//! assert_eq!(sentence, ev.sentence);
//! ```

pub mod analysis;
pub mod document;
pub mod entity;
pub mod error;
pub mod export;
pub mod extract;
pub mod graph;
pub mod lexicon;
pub mod mention;
pub mod ontology;
pub mod relation;
pub mod sentence;
pub mod span;

pub use error::{Error, Result};
