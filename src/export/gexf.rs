//! GEXF 1.3, for Gephi (and NetworkX `read_gexf(path, version="1.3")`),
//! with document dates as time so Gephi can play the graph over time.
//!
//! Time: the graph is `mode="dynamic"` with `timeformat="date"`. An edge
//! lives on the days its evidence documents are dated: one spell
//! `[day, day]` per distinct date. A node lives on the days of its edges;
//! a node with an undated edge (or none) has no spells and so is always
//! there, because an edge must never outlive its ends. Document dates are
//! read as [`super::columns::document_dates`] says; evidence from undated
//! documents gives no spell, so an edge with only such evidence is always
//! there too.
//!
//! Direction: the graph is directed; a symmetric relation is a `mutual`
//! edge (Gephi draws it both ways; NetworkX reads it as two arcs with the
//! same key), and every edge also has a boolean `directed` attribute.
//! Colours, shapes and thickness follow the DOT diagrams (`viz:`), so Gephi
//! opens with the same look.

use super::columns::{self, Column, ColumnType};
use super::dot::{edge_style, node_style};
use super::xml::{self, XmlWriter, attr};
use crate::graph::KnowledgeGraph;
use crate::ontology::EntityKind;
use std::collections::{BTreeMap, BTreeSet};

const NAMESPACE: &str = "http://gexf.net/1.3";
const VIZ: &str = "http://gexf.net/1.3/viz";
const SCHEMA: &str = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";

fn type_name(kind: ColumnType) -> &'static str {
    match kind {
        ColumnType::String => "string",
        ColumnType::Int => "integer",
        ColumnType::Double => "double",
        ColumnType::Boolean => "boolean",
    }
}

/// `#rrggbb` as (r, g, b) strings.
fn rgb(color: &str) -> [String; 3] {
    [1, 3, 5].map(|i| {
        u8::from_str_radix(&color[i..i + 2], 16)
            .expect("the palette holds #rrggbb colours")
            .to_string()
    })
}

fn viz_shape(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Country => "square",
        EntityKind::Person => "disc",
        EntityKind::Organization => "diamond",
    }
}

/// The dates each edge is reported on (empty: undated), and whether each
/// node must always be present.
fn timeline(graph: &KnowledgeGraph) -> (Vec<BTreeSet<String>>, BTreeMap<&str, BTreeSet<String>>) {
    let dates = columns::document_dates(graph);
    let edge_days: Vec<BTreeSet<String>> = graph
        .edges
        .iter()
        .map(|e| {
            let days: BTreeSet<String> = e
                .evidence
                .iter()
                .filter_map(|ev| dates.get(ev.doc.as_str()).cloned())
                .collect();
            // One undated sentence makes the edge timeless: it is not known
            // to start or end on any of the dated days.
            if e.evidence
                .iter()
                .any(|ev| !dates.contains_key(ev.doc.as_str()))
            {
                BTreeSet::new()
            } else {
                days
            }
        })
        .collect();
    let mut node_days: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    let linked: BTreeSet<&str> = graph
        .edges
        .iter()
        .flat_map(|e| [e.source.as_str(), e.target.as_str()])
        .collect();
    let mut timeless: BTreeSet<&str> = graph
        .nodes
        .iter()
        .map(|n| n.id.as_str())
        .filter(|id| !linked.contains(id))
        .collect();
    for (edge, days) in graph.edges.iter().zip(&edge_days) {
        for end in [edge.source.as_str(), edge.target.as_str()] {
            if days.is_empty() {
                timeless.insert(end);
            } else {
                node_days
                    .entry(end)
                    .or_default()
                    .extend(days.iter().cloned());
            }
        }
    }
    for id in timeless {
        node_days.insert(id, BTreeSet::new());
    }
    (edge_days, node_days)
}

fn write_spells(w: &mut XmlWriter, days: &BTreeSet<String>) -> std::io::Result<()> {
    if days.is_empty() {
        return Ok(());
    }
    w.create_element("spells").write_inner_content(|w| {
        for day in days {
            w.create_element("spell")
                .with_attribute(("start", day.as_str()))
                .with_attribute(("end", day.as_str()))
                .write_empty()?;
        }
        Ok(())
    })?;
    Ok(())
}

/// The declarations of one class of attributes (GEXF keeps `label` and an
/// edge's `weight` as attributes of the element itself, not here).
fn write_declarations(w: &mut XmlWriter, class: &str, list: &[Column]) -> std::io::Result<()> {
    w.create_element("attributes")
        .with_attribute(("class", class))
        .with_attribute(("mode", "static"))
        .write_inner_content(|w| {
            for c in list.iter().filter(|c| !OWN_ATTRIBUTES.contains(&c.name)) {
                w.create_element("attribute")
                    .with_attribute(("id", c.name))
                    .with_attribute(("title", c.name))
                    .with_attribute(("type", type_name(c.kind)))
                    .write_empty()?;
            }
            Ok(())
        })?;
    Ok(())
}

/// Columns GEXF writes as the element's own attributes.
const OWN_ATTRIBUTES: [&str; 2] = ["label", "weight"];

/// The `<attvalues>` of the values present.
fn write_values(
    w: &mut XmlWriter,
    list: &[Column],
    values: &[Option<String>],
) -> std::io::Result<()> {
    w.create_element("attvalues").write_inner_content(|w| {
        for (c, v) in list.iter().zip(values) {
            if let (Some(v), false) = (v, OWN_ATTRIBUTES.contains(&c.name)) {
                w.create_element("attvalue")
                    .with_attribute(("for", c.name))
                    .with_attribute(attr("value", v))
                    .write_empty()?;
            }
        }
        Ok(())
    })?;
    Ok(())
}

fn write_color(w: &mut XmlWriter, color: &str) -> std::io::Result<()> {
    let [r, g, b] = rgb(color);
    w.create_element("viz:color")
        .with_attributes([("r", r.as_str()), ("g", g.as_str()), ("b", b.as_str())])
        .write_empty()?;
    Ok(())
}

/// The graph as GEXF 1.3 bytes.
pub fn to_gexf(graph: &KnowledgeGraph) -> Vec<u8> {
    let (edge_days, node_days) = timeline(graph);
    let timeless = BTreeSet::new();
    xml::document(|w| {
        w.create_element("gexf")
            .with_attribute(("xmlns", NAMESPACE))
            .with_attribute(("xmlns:viz", VIZ))
            .with_attribute(("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"))
            .with_attribute(("xsi:schemaLocation", SCHEMA))
            .with_attribute(("version", "1.3"))
            .write_inner_content(|w| {
                w.create_element("meta").write_inner_content(|w| {
                    w.create_element("creator")
                        .write_text_content(xml::text(&graph.graph.generator))?;
                    w.create_element("description")
                        .write_text_content(xml::text(&format!(
                            "knowledge graph of international relations from {} documents",
                            graph.graph.documents.len()
                        )))?;
                    Ok(())
                })?;
                w.create_element("graph")
                    .with_attribute(("defaultedgetype", "directed"))
                    .with_attribute(("mode", "dynamic"))
                    .with_attribute(("timeformat", "date"))
                    .with_attribute(("timerepresentation", "interval"))
                    .write_inner_content(|w| {
                        write_declarations(w, "node", &columns::NODE_COLUMNS)?;
                        write_declarations(w, "edge", &columns::EDGE_COLUMNS)?;
                        w.create_element("nodes").write_inner_content(|w| {
                            for node in &graph.nodes {
                                w.create_element("node")
                                    .with_attribute(attr("id", &node.id))
                                    .with_attribute(attr("label", &node.label))
                                    .write_inner_content(|w| {
                                        let values = columns::node_values(node);
                                        write_values(w, &columns::NODE_COLUMNS, &values)?;
                                        let days = node_days.get(node.id.as_str());
                                        write_spells(w, days.unwrap_or(&timeless))?;
                                        write_color(w, node_style(node.kind).fill)?;
                                        w.create_element("viz:shape")
                                            .with_attribute(("value", viz_shape(node.kind)))
                                            .write_empty()?;
                                        Ok(())
                                    })?;
                            }
                            Ok(())
                        })?;
                        w.create_element("edges").write_inner_content(|w| {
                            for (i, edge) in graph.edges.iter().enumerate() {
                                let style = edge_style(edge.relation);
                                let thickness = style.width * (1.0 + (edge.weight as f64).ln());
                                w.create_element("edge")
                                    .with_attribute(("id", format!("e{i}").as_str()))
                                    .with_attribute(attr("source", &edge.source))
                                    .with_attribute(attr("target", &edge.target))
                                    .with_attribute((
                                        "type",
                                        if edge.directed { "directed" } else { "mutual" },
                                    ))
                                    .with_attribute(("label", edge.relation.as_str()))
                                    .with_attribute(("weight", edge.weight.to_string().as_str()))
                                    .write_inner_content(|w| {
                                        let values = columns::edge_values(edge);
                                        write_values(w, &columns::EDGE_COLUMNS, &values)?;
                                        write_spells(w, &edge_days[i])?;
                                        write_color(w, style.color)?;
                                        w.create_element("viz:thickness")
                                            .with_attribute((
                                                "value",
                                                format!("{thickness:.1}").as_str(),
                                            ))
                                            .write_empty()?;
                                        Ok(())
                                    })?;
                            }
                            Ok(())
                        })?;
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

    fn graph() -> KnowledgeGraph {
        let ev = |doc: &str| {
            serde_json::json!({"doc": doc, "sentence": "s", "start": 0, "end": 1,
                               "rule": "r", "confidence": 0.9})
        };
        serde_json::from_value(serde_json::json!({
            "directed": true, "multigraph": true,
            "graph": {"generator": "test", "documents": [
                {"id": "a", "date": "2022-02-24"}, {"id": "b", "date": "2022-03-01T10:00Z"},
                {"id": "c", "date": "last spring"}]},
            "nodes": [
                {"id": "RUS", "label": "Russia", "kind": "country", "aliases": [], "mentions": 1},
                {"id": "UKR", "label": "Ukraine", "kind": "country", "aliases": [], "mentions": 1},
                {"id": "USA", "label": "United States", "kind": "country", "aliases": [], "mentions": 1},
                {"id": "X", "label": "Alone", "kind": "organization", "aliases": [], "mentions": 1}],
            "edges": [
                {"source": "RUS", "target": "UKR", "key": "conflict", "relation": "conflict",
                 "directed": false, "weight": 2, "confidence": 0.9, "evidence": [ev("a"), ev("b")]},
                {"source": "USA", "target": "RUS", "key": "sanctions", "relation": "sanctions",
                 "directed": true, "weight": 2, "confidence": 0.9, "evidence": [ev("b"), ev("c")]}]
        }))
        .unwrap()
    }

    #[test]
    fn edges_live_on_their_dates_and_nodes_cover_their_edges() {
        let graph = graph();
        let (edges, nodes) = timeline(&graph);
        let days = |set: &BTreeSet<String>| set.iter().cloned().collect::<Vec<_>>().join(",");
        assert_eq!(days(&edges[0]), "2022-02-24,2022-03-01");
        assert_eq!(
            days(&edges[1]),
            "",
            "an undated sentence makes the edge timeless"
        );
        assert_eq!(days(&nodes["UKR"]), "2022-02-24,2022-03-01");
        assert_eq!(days(&nodes["RUS"]), "", "RUS has a timeless edge");
        assert_eq!(days(&nodes["X"]), "");
    }

    #[test]
    fn writes_gexf_13_with_spells_and_mutual_edges() {
        let text = String::from_utf8(to_gexf(&graph())).unwrap();
        assert!(text.contains(r#"xmlns="http://gexf.net/1.3""#));
        assert!(text.contains(r#"version="1.3""#));
        assert!(text.contains(r#"timeformat="date""#));
        assert!(text.contains(r#"<spell start="2022-02-24" end="2022-02-24"/>"#));
        assert!(text.contains(r#"type="mutual" label="conflict" weight="2""#));
        assert!(text.contains(r#"type="directed" label="sanctions""#));
        assert!(text.contains(r#"<attvalue for="directed" value="false"/>"#));
    }
}
