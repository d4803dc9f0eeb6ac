//! The interactive page: one self-contained HTML file that works offline.
//!
//! The page holds the Graphviz-laid-out SVG of the diagram (made by
//! [`super::dot`] and [`super::graphviz`]), the graph's data as JSON, and
//! its own style and script (`html.css`, `html.js`, next to this file,
//! embedded at compile time): no CDN, no fonts to fetch, no network at all.
//! It offers pan and zoom, a search box, relation and kind filters, and a
//! panel that shows, on a click on a node or an edge, its evidence
//! sentences with their documents.
//!
//! The SVG and the data meet through element ids: the DOT gives node `i` of
//! the graph the id `n{i}` and edge `i` the id `e{i}`, which Graphviz keeps
//! in the SVG. So the page must be given the same (filtered) graph the DOT
//! was drawn from.
//!
//! Safety with hostile names: Graphviz escapes the SVG; the JSON is put in
//! a `<script type="application/json">` with every `<` written as `\u003c`,
//! so no name can close the element; the script builds the panel with
//! `textContent`, never with markup from the data.

use crate::graph::KnowledgeGraph;
use serde_json::json;

const STYLE: &str = include_str!("html.css");
const SCRIPT: &str = include_str!("html.js");

/// `text` escaped for HTML text and double-quoted attributes.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The SVG element of Graphviz's output, without the XML declaration,
/// doctype and comments that have no place inside HTML.
fn inline_svg(svg: &str) -> String {
    let start = svg.find("<svg").unwrap_or(0);
    let mut out = String::with_capacity(svg.len());
    let mut rest = &svg[start..];
    while let Some(open) = rest.find("<!--") {
        out.push_str(&rest[..open]);
        match rest[open..].find("-->") {
            Some(close) => rest = &rest[open + close + 3..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.trim_end().to_string()
}

/// The page's data: what the panel and the search need, by position.
fn page_data(graph: &KnowledgeGraph) -> String {
    let positions: std::collections::HashMap<&str, usize> = graph
        .nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect();
    let index = |id: &str| positions.get(id).copied();
    let data = json!({
        "generator": graph.graph.generator,
        "documents": graph.graph.documents,
        "nodes": graph.nodes.iter().map(|n| json!({
            "id": n.id, "label": n.label, "kind": n.kind, "role": n.role,
            "aliases": n.aliases, "mentions": n.mentions,
        })).collect::<Vec<_>>(),
        "edges": graph.edges.iter().map(|e| json!({
            "source": index(&e.source), "target": index(&e.target),
            "relation": e.relation, "directed": e.directed, "weight": e.weight,
            "confidence": e.confidence, "evidence": e.evidence,
        })).collect::<Vec<_>>(),
    });
    serde_json::to_string(&data)
        .expect("JSON values always serialize")
        .replace('<', "\\u003c")
}

/// The page for `graph` drawn as `svg` (Graphviz's SVG of
/// [`super::dot::selection_to_dot`] for the same graph).
pub fn to_html(graph: &KnowledgeGraph, svg: &[u8], title: &str) -> Vec<u8> {
    let svg = inline_svg(&String::from_utf8_lossy(svg));
    let relations: Vec<_> = crate::ontology::RelationKind::ALL
        .into_iter()
        .filter(|r| graph.edges.iter().any(|e| e.relation == *r))
        .collect();
    let kinds: Vec<_> = crate::ontology::EntityKind::ALL
        .into_iter()
        .filter(|k| graph.nodes.iter().any(|n| n.kind == *k))
        .collect();
    let mut filters = String::new();
    for relation in relations {
        let style = super::dot::edge_style(relation);
        filters.push_str(&format!(
            "<label class=\"filter\"><input type=\"checkbox\" checked data-relation=\"{relation}\"><span class=\"swatch line {}\" style=\"border-color:{}\"></span>{relation}</label>\n",
            style.line, style.color
        ));
    }
    let mut kind_filters = String::new();
    for kind in kinds {
        let style = super::dot::node_style(kind);
        kind_filters.push_str(&format!(
            "<label class=\"filter\"><input type=\"checkbox\" checked data-kind=\"{kind}\"><span class=\"swatch {}\" style=\"background:{}\"></span>{kind}</label>\n",
            style.shape, style.fill
        ));
    }
    let page = format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{generator}">
<title>{title}</title>
<style>
{STYLE}</style>
</head>
<body>
<header>
  <h1>{title}</h1>
  <div class="search">
    <input id="search" type="search" placeholder="Find an entity…" autocomplete="off" aria-label="Find an entity">
    <ul id="matches" role="listbox" hidden></ul>
  </div>
  <div class="zoom">
    <button type="button" id="zoom-in" title="Zoom in (+)">+</button>
    <button type="button" id="zoom-out" title="Zoom out (-)">−</button>
    <button type="button" id="zoom-fit" title="Fit (0)">fit</button>
  </div>
  <span id="counts"></span>
</header>
<nav id="filters" aria-label="Filters">
  <div class="group"><strong>relations</strong>
{filters}  </div>
  <div class="group"><strong>kinds</strong>
{kind_filters}  </div>
</nav>
<main>
  <div id="canvas">
{svg}
  </div>
  <aside id="details" aria-live="polite">
    <p class="hint">Click an entity or a relation to see the sentences behind it. Drag to pan, scroll to zoom, search to find an entity.</p>
  </aside>
</main>
<script type="application/json" id="graph-data">{data}</script>
<script>
{SCRIPT}</script>
</body>
</html>
"#,
        generator = escape(&graph.graph.generator),
        title = escape(title),
        data = page_data(graph),
    );
    page.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn svg_is_inlined_without_prolog_or_comments() {
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<!-- Title: x -->\n<svg a=\"1\">\n<!-- a&#45;&gt;b -->\n<g id=\"e0\"/></svg>\n";
        assert_eq!(inline_svg(svg), "<svg a=\"1\">\n\n<g id=\"e0\"/></svg>");
        assert_eq!(inline_svg("<svg><!-- open"), "<svg>");
    }

    #[test]
    fn data_cannot_close_its_script_element() {
        let graph: KnowledgeGraph = serde_json::from_value(json!({
            "directed": true, "multigraph": true,
            "graph": {"generator": "test", "documents": []},
            "nodes": [{"id": "x", "label": "</script><script>alert(1)</script>", "kind": "person",
                       "aliases": [], "mentions": 1}],
            "edges": []
        }))
        .unwrap();
        let page = String::from_utf8(to_html(&graph, b"<svg></svg>", "<Title> & co")).unwrap();
        assert!(!page.contains("</script><script>alert"));
        assert!(page.contains("\\u003c/script>\\u003cscript>alert(1)"));
        assert!(page.contains("<title>&lt;Title&gt; &amp; co</title>"));
        for fetch in [
            "src=",
            "<link",
            "@import",
            "url(",
            "fetch(",
            "XMLHttpRequest",
        ] {
            assert!(!page.contains(fetch), "the page loads nothing: {fetch}");
        }
        let data_start = page.find("id=\"graph-data\">").unwrap() + 16;
        let data_end = page[data_start..].find("</script>").unwrap() + data_start;
        let data: serde_json::Value = serde_json::from_str(&page[data_start..data_end]).unwrap();
        assert_eq!(
            data["nodes"][0]["label"],
            "</script><script>alert(1)</script>"
        );
    }
}
