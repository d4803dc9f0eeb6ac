//! Graphviz DOT through `dot-writer`.
//!
//! dot-writer writes ids and attribute values as given and panics when its
//! writer fails. So every id and label passes through [`quote`] here, and the
//! DOT is written into a `Vec<u8>` (which cannot fail); the caller writes the
//! bytes to disk with proper error handling.
//!
//! Style: node shape and fill by kind, edge colour and line style by relation
//! (colours chosen to stay distinct in greyscale thanks to the line styles),
//! label with the relation and the weight when above one, no arrowhead on
//! symmetric relations.

use crate::graph::KnowledgeGraph;
use crate::ontology::{EntityKind, RelationKind};
use dot_writer::{Attributes, DotWriter};

/// Quote and escape `text` as a DOT string: backslashes and quotes escaped,
/// line breaks as `\n`, other control characters dropped.
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Shape and fill colour of a node kind.
pub fn node_style(kind: EntityKind) -> (&'static str, &'static str) {
    match kind {
        EntityKind::Country => ("box", "#cfe2f3"),
        EntityKind::Person => ("ellipse", "#fff2cc"),
        EntityKind::Organization => ("hexagon", "#d9ead3"),
    }
}

/// Colour and line style of a relation.
pub fn edge_style(relation: RelationKind) -> (&'static str, &'static str) {
    match relation {
        RelationKind::Partnership => ("#2e7d32", "solid"),
        RelationKind::Sanctions => ("#c62828", "bold"),
        RelationKind::Membership => ("#1565c0", "dashed"),
        RelationKind::OfficialOf => ("#757575", "dotted"),
        RelationKind::Opposition => ("#e65100", "dashed"),
        RelationKind::Support => ("#00838f", "solid"),
        RelationKind::Meeting => ("#6a1b9a", "dotted"),
        RelationKind::Trade => ("#8d6e63", "solid"),
        RelationKind::Conflict => ("#b71c1c", "bold"),
    }
}

/// The graph as DOT bytes.
pub fn to_dot(graph: &KnowledgeGraph) -> Vec<u8> {
    let mut bytes = Vec::new();
    {
        let mut writer = DotWriter::from(&mut bytes);
        writer.set_pretty_print(true);
        let mut digraph = writer.digraph();
        digraph
            .graph_attributes()
            .set("rankdir", "LR", false)
            .set("fontname", "Helvetica", true)
            .set("charset", "UTF-8", true);
        digraph
            .node_attributes()
            .set("fontname", "Helvetica", true)
            .set("style", "filled", true);
        digraph
            .edge_attributes()
            .set("fontname", "Helvetica", true)
            .set("fontsize", "10", false);
        for node in &graph.nodes {
            let (shape, fill) = node_style(node.kind);
            let label = match &node.role {
                Some(role) => format!("{}\n({role})", node.label),
                None => node.label.clone(),
            };
            digraph
                .node_named(quote(&node.id))
                .set("label", &quote(&label), false)
                .set("shape", shape, false)
                .set("fillcolor", &quote(fill), false);
        }
        for edge in &graph.edges {
            let (color, style) = edge_style(edge.relation);
            let label = if edge.weight > 1 {
                format!("{} ×{}", edge.relation, edge.weight)
            } else {
                edge.relation.to_string()
            };
            let mut attributes = digraph
                .edge(quote(&edge.source), quote(&edge.target))
                .attributes();
            attributes
                .set("label", &quote(&label), false)
                .set("color", &quote(color), false)
                .set("fontcolor", &quote(color), false)
                .set("style", style, false)
                .set(
                    "penwidth",
                    &format!("{:.1}", 1.0 + (edge.weight as f64).ln()),
                    false,
                );
            if !edge.directed {
                attributes.set("dir", "none", false);
            }
        }
    }
    if !bytes.ends_with(b"\n") {
        bytes.push(b'\n');
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoting_escapes_everything_dot_cares_about() {
        let cases = [
            ("Iran", "\"Iran\""),
            ("say \"hi\"", "\"say \\\"hi\\\"\""),
            ("back\\slash", "\"back\\\\slash\""),
            ("two\nlines", "\"two\\nlines\""),
            ("bell\u{7}", "\"bell\""),
            ("<b>&amp;</b>", "\"<b>&amp;</b>\""),
            ("北京", "\"北京\""),
        ];
        for (raw, quoted) in cases {
            assert_eq!(quote(raw), quoted);
        }
    }
}
