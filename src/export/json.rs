//! Node-link JSON, as `networkx.node_link_graph(data)` loads it (NetworkX 3.6+:
//! `edges` is the default edge key). The graph's serde form is the format;
//! this file only fixes the layout: pretty, two-space indent, trailing newline.

use crate::error::{Error, Result};
use crate::graph::KnowledgeGraph;
use std::path::Path;

/// The graph as JSON bytes.
pub fn to_json(graph: &KnowledgeGraph) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(graph).expect("a graph always serializes");
    bytes.push(b'\n');
    bytes
}

/// Read a graph JSON file (errors give line and column).
pub fn read_graph(path: &Path) -> Result<KnowledgeGraph> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    serde_json::from_str(&text).map_err(|source| Error::GraphJson {
        path: path.to_path_buf(),
        source,
    })
}
