//! GraphML, for NetworkX (`read_graphml`), Gephi, yEd and igraph.
//!
//! Every attribute is declared with a `<key>` and its type (`string`, `int`,
//! `double`, `boolean`), so readers get numbers as numbers. The graph is
//! declared directed; an edge's own direction is its boolean `directed`
//! attribute rather than GraphML's `directed="false"` on the edge, because
//! NetworkX refuses mixed graphs ("directed=false edge found in directed
//! graph") and Gephi and yEd ignore it. Edge ids are `e0, e1, ...` in graph
//! order; NetworkX uses them as multigraph keys. Lists are joined as
//! [`super::columns`] says.

use super::columns::{self, Column, ColumnType};
use super::xml::{self, XmlWriter, attr};
use crate::graph::KnowledgeGraph;

const NAMESPACE: &str = "http://graphml.graphdrawing.org/xmlns";
const SCHEMA: &str =
    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

fn type_name(kind: ColumnType) -> &'static str {
    match kind {
        ColumnType::String => "string",
        ColumnType::Int => "int",
        ColumnType::Double => "double",
        ColumnType::Boolean => "boolean",
    }
}

/// The key id of a column: a prefix per domain keeps `d_weight` and
/// `n_label` apart even if node and edge columns ever share a name.
fn key_id(domain: &str, column: &Column) -> String {
    format!("{}_{}", &domain[..1], column.name)
}

/// The `<data>` elements of the values present.
fn write_data(
    w: &mut XmlWriter,
    domain: &str,
    columns: &[Column],
    values: &[Option<String>],
) -> std::io::Result<()> {
    for (column, value) in columns.iter().zip(values) {
        if let Some(value) = value {
            w.create_element("data")
                .with_attribute(("key", key_id(domain, column).as_str()))
                .write_text_content(xml::text(value))?;
        }
    }
    Ok(())
}

/// The graph as GraphML bytes.
pub fn to_graphml(graph: &KnowledgeGraph) -> Vec<u8> {
    xml::document(|w| {
        w.create_element("graphml")
            .with_attribute(("xmlns", NAMESPACE))
            .with_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"))
            .with_attribute(("xsi:schemaLocation", SCHEMA))
            .write_inner_content(|w| {
                w.create_element("key")
                    .with_attribute(("id", "g_generator"))
                    .with_attribute(("for", "graph"))
                    .with_attribute(("attr.name", "generator"))
                    .with_attribute(("attr.type", "string"))
                    .write_empty()?;
                let domains: [(&str, &[Column]); 2] = [
                    ("node", &columns::NODE_COLUMNS),
                    ("edge", &columns::EDGE_COLUMNS),
                ];
                for (domain, list) in domains {
                    for column in list {
                        w.create_element("key")
                            .with_attribute(("id", key_id(domain, column).as_str()))
                            .with_attribute(("for", domain))
                            .with_attribute(("attr.name", column.name))
                            .with_attribute(("attr.type", type_name(column.kind)))
                            .write_empty()?;
                    }
                }
                w.create_element("graph")
                    .with_attribute(("id", "newsgraph"))
                    .with_attribute(("edgedefault", "directed"))
                    .write_inner_content(|w| {
                        w.create_element("data")
                            .with_attribute(("key", "g_generator"))
                            .write_text_content(xml::text(&graph.graph.generator))?;
                        for node in &graph.nodes {
                            w.create_element("node")
                                .with_attribute(attr("id", &node.id))
                                .write_inner_content(|w| {
                                    let values = columns::node_values(node);
                                    write_data(w, "node", &columns::NODE_COLUMNS, &values)
                                })?;
                        }
                        for (i, edge) in graph.edges.iter().enumerate() {
                            w.create_element("edge")
                                .with_attribute(("id", format!("e{i}").as_str()))
                                .with_attribute(attr("source", &edge.source))
                                .with_attribute(attr("target", &edge.target))
                                .write_inner_content(|w| {
                                    let values = columns::edge_values(edge);
                                    write_data(w, "edge", &columns::EDGE_COLUMNS, &values)
                                })?;
                        }
                        Ok(())
                    })?;
                Ok(())
            })?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_typed_and_edges_carry_direction() {
        let graph: KnowledgeGraph = serde_json::from_value(serde_json::json!({
            "directed": true, "multigraph": true,
            "graph": {"generator": "newsgraph test", "documents": []},
            "nodes": [
                {"id": "CHN", "label": "China", "kind": "country", "aliases": ["Beijing", "Chinese"], "mentions": 3},
                {"id": "IRN", "label": "Iran & <Co>", "kind": "country", "aliases": [], "mentions": 2}],
            "edges": [{"source": "CHN", "target": "IRN", "key": "trade", "relation": "trade",
                       "directed": false, "weight": 1, "confidence": 0.8, "evidence": []}]
        }))
        .unwrap();
        let text = String::from_utf8(to_graphml(&graph)).unwrap();
        assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
        assert!(
            text.contains(
                r#"<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>"#
            )
        );
        assert!(text.contains(
            r#"<key id="e_directed" for="edge" attr.name="directed" attr.type="boolean"/>"#
        ));
        assert!(text.contains(r#"<data key="n_aliases">Beijing|Chinese</data>"#));
        assert!(text.contains(r#"<data key="n_label">Iran &amp; &lt;Co&gt;</data>"#));
        assert!(text.contains(r#"<edge id="e0" source="CHN" target="IRN">"#));
        assert!(text.contains(r#"<data key="e_directed">false</data>"#));
        assert!(!text.contains(r#"<data key="n_role">"#), "no role, no data");
    }
}
