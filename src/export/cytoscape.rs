//! Cytoscape.js JSON (also what Cytoscape desktop opens as `.cyjs`):
//! `elements` with `nodes` and `edges`, each a `data` object.
//!
//! Everything of the graph is kept, lists as lists and the evidence as
//! records, so a web page can show a sentence on click without another
//! file. The file also carries a `style` array with the look of the DOT
//! diagrams (shape and fill by kind; colour, line and arrow by relation), so
//! `cytoscape({container, ...json})` draws a styled graph at once. Element
//! ids must be unique across nodes and edges in Cytoscape.js: nodes keep
//! their graph ids, edges get `e0, e1, ...`, with a prefix added in the
//! unlikely case that some node id takes that form.

use super::columns::document_count;
use super::dot::{edge_style, node_style};
use crate::graph::{Evidence, KnowledgeGraph};
use crate::ontology::{EntityKind, RelationKind};
use serde::Serialize;
use serde_json::{Value, json};
use std::collections::BTreeSet;

/// Cytoscape.js's name for a Graphviz node shape.
fn shape(kind: EntityKind) -> &'static str {
    match node_style(kind).shape {
        "box" => "rectangle",
        "hexagon" => "hexagon",
        _ => "ellipse",
    }
}

/// Cytoscape.js's arrow shape and fill for a Graphviz arrowhead.
fn arrow(arrowhead: &str) -> (&'static str, &'static str) {
    match arrowhead {
        "normal" => ("triangle", "filled"),
        "onormal" => ("triangle", "hollow"),
        "tee" => ("tee", "filled"),
        "odot" => ("circle", "hollow"),
        _ => ("none", "filled"),
    }
}

/// The stylesheet: the DOT diagrams' look in Cytoscape.js selectors.
fn stylesheet() -> Vec<Value> {
    let mut style = vec![
        json!({"selector": "node", "style": {
            "label": "data(label)", "text-valign": "bottom", "text-halign": "center",
            "text-margin-y": 3, "text-wrap": "wrap", "text-max-width": "140px", "font-size": 11,
            "border-width": 1, "border-color": "#252525"}}),
        json!({"selector": "edge", "style": {
            "curve-style": "bezier", "font-size": 9, "arrow-scale": 0.9}}),
    ];
    for kind in EntityKind::ALL {
        style.push(json!({
            "selector": format!("node[kind = \"{kind}\"]"),
            "style": {"shape": shape(kind), "background-color": node_style(kind).fill}
        }));
    }
    for relation in RelationKind::ALL {
        let s = edge_style(relation);
        let (arrow_shape, fill) = if relation.is_symmetric() {
            ("none", "filled")
        } else {
            arrow(s.arrowhead)
        };
        style.push(json!({
            "selector": format!("edge[relation = \"{relation}\"]"),
            "style": {
                "line-color": s.color, "line-style": s.line,
                "width": format!("mapData(weight, 1, 10, {}, {})", s.width, s.width * 3.0),
                "target-arrow-shape": arrow_shape, "target-arrow-fill": fill,
                "target-arrow-color": s.color
            }
        }));
    }
    style
}

/// One element: its data and its classes (the kind or the relation, for
/// stylesheets). Serialized straight from the graph, borrowing it.
#[derive(Serialize)]
struct Element<T> {
    data: T,
    classes: &'static str,
}

#[derive(Serialize)]
struct NodeData<'g> {
    id: &'g str,
    label: &'g str,
    kind: EntityKind,
    aliases: &'g [String],
    mentions: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'g str>,
}

#[derive(Serialize)]
struct EdgeData<'g> {
    id: String,
    source: &'g str,
    target: &'g str,
    relation: RelationKind,
    directed: bool,
    weight: usize,
    documents: usize,
    confidence: f64,
    evidence: &'g [Evidence],
}

#[derive(Serialize)]
struct Elements<'g> {
    nodes: Vec<Element<NodeData<'g>>>,
    edges: Vec<Element<EdgeData<'g>>>,
}

#[derive(Serialize)]
struct Document<'g> {
    format_version: &'static str,
    generated_by: &'g str,
    target_cytoscapejs_version: &'static str,
    data: Value,
    elements: Elements<'g>,
    style: Vec<Value>,
}

/// The graph as Cytoscape.js JSON bytes.
pub fn to_cytoscape(graph: &KnowledgeGraph) -> Vec<u8> {
    let node_ids: BTreeSet<&str> = graph.nodes.iter().map(|n| n.id.as_str()).collect();
    let mut prefix = String::from("e");
    while node_ids.iter().any(|id| {
        id.strip_prefix(prefix.as_str())
            .is_some_and(|n| n.parse::<usize>().is_ok())
    }) {
        prefix.insert(0, '_');
    }
    let nodes = graph
        .nodes
        .iter()
        .map(|n| Element {
            data: NodeData {
                id: &n.id,
                label: &n.label,
                kind: n.kind,
                aliases: &n.aliases,
                mentions: n.mentions,
                role: n.role.as_deref(),
            },
            classes: n.kind.as_str(),
        })
        .collect();
    let edges = graph
        .edges
        .iter()
        .enumerate()
        .map(|(i, e)| Element {
            data: EdgeData {
                id: format!("{prefix}{i}"),
                source: &e.source,
                target: &e.target,
                relation: e.relation,
                directed: e.directed,
                weight: e.weight,
                documents: document_count(e),
                confidence: e.confidence,
                evidence: &e.evidence,
            },
            classes: e.relation.as_str(),
        })
        .collect();
    let document = Document {
        format_version: "1.0",
        generated_by: &graph.graph.generator,
        target_cytoscapejs_version: "~3",
        data: json!({"name": "newsgraph", "documents": graph.graph.documents}),
        elements: Elements { nodes, edges },
        style: stylesheet(),
    };
    let mut bytes = serde_json::to_vec_pretty(&document).expect("the graph always serializes");
    bytes.push(b'\n');
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_have_data_and_unique_ids() {
        let graph: KnowledgeGraph = serde_json::from_value(json!({
            "directed": true, "multigraph": true,
            "graph": {"generator": "test", "documents": []},
            "nodes": [
                {"id": "e0", "label": "An entity named like an edge", "kind": "organization", "aliases": [], "mentions": 1},
                {"id": "IRN", "label": "Iran", "kind": "country", "aliases": ["Tehran"], "mentions": 1}],
            "edges": [{"source": "e0", "target": "IRN", "key": "support", "relation": "support",
                       "directed": true, "weight": 1, "confidence": 0.8, "evidence": []}]
        }))
        .unwrap();
        let value: Value = serde_json::from_slice(&to_cytoscape(&graph)).unwrap();
        let nodes = value["elements"]["nodes"].as_array().unwrap();
        let edges = value["elements"]["edges"].as_array().unwrap();
        assert_eq!(nodes[1]["data"]["aliases"], json!(["Tehran"]));
        assert_eq!(edges[0]["data"]["id"], "_e0", "no clash with the node `e0`");
        assert_eq!(edges[0]["data"]["source"], "e0");
        let style = value["style"].as_array().unwrap();
        assert!(
            style
                .iter()
                .any(|s| s["selector"] == "edge[relation = \"sanctions\"]"
                    && s["style"]["target-arrow-shape"] == "tee")
        );
    }
}
