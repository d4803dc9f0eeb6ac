//! Graphviz DOT through `dot-writer`: diagrams meant to be looked at.
//!
//! dot-writer writes ids and attribute values as given and panics when its
//! writer fails. So every id and text passes through [`quote`] or [`text`]
//! here, the legend through [`super::xml::escape`], and the DOT is written into a
//! `Vec<u8>` (which cannot fail); the caller writes the bytes to disk.
//!
//! What makes the diagrams readable, and why:
//! - **Style by meaning.** Node shape and fill by kind, edge colour, line
//!   style and arrowhead by relation, pen width by weight. Each relation has
//!   its own (line style, arrowhead) pair and the fills differ in lightness,
//!   so a greyscale print keeps every distinction (a unit test checks it).
//!   Symmetric relations have no arrowhead.
//! - **A legend that survives every engine.** It is the graph's own label,
//!   an HTML-like table: `sfdp` and `neato` drop clusters, but every engine
//!   draws the root graph's label. It lists only what the diagram shows and
//!   says what the filters left out.
//! - **Evidence on hover.** Tooltips carry the evidence sentences; Graphviz
//!   keeps them in SVG (`xlink:title`), where a browser shows them.
//! - **A layout for the size.** `dot` (ranked, left to right, labelled
//!   edges) for small or focused graphs; `sfdp` with `overlap=prism` for
//!   larger ones, where edge labels would only pile up, so the legend's line
//!   styles carry the relation instead. The choice is written into the DOT
//!   (`layout=`), so any Graphviz command renders it the same way.
//! - **Stable ids for scripts.** Nodes are `n0, n1, ...` and edges `e0, ...`
//!   in graph order (the SVG keeps them as element ids, which the HTML page
//!   uses), with the kind or relation as SVG class.
//!
//! Text escaping: DOT quoted strings need `\` and `"` escaped; Graphviz then
//! reads labels and tooltips as escape strings (`\N`, `\l`, ...) and decodes
//! HTML entities in them, so a literal `&amp;` would print as `&`. [`text`]
//! escapes both, so every name prints as written.

use crate::error::Result;
use crate::export::filter::{Filter, Selection, weighted_degree};
use crate::graph::{Edge, KnowledgeGraph, Node};
use crate::ontology::{EntityKind, RelationKind};
use dot_writer::{Attributes, DotWriter};
use std::fmt::Write as _;
use std::str::FromStr;

/// A Graphviz layout engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Layout {
    /// Ranked, hierarchical: best for small graphs and neighbourhoods.
    Dot,
    /// Spring model (stress majorization).
    Neato,
    /// Force-directed.
    Fdp,
    /// Multiscale force-directed: the one for large graphs.
    Sfdp,
    /// Circular.
    Circo,
    /// Radial.
    Twopi,
}

impl Layout {
    /// Every engine, in a fixed order.
    pub const ALL: [Layout; 6] = [
        Self::Dot,
        Self::Neato,
        Self::Fdp,
        Self::Sfdp,
        Self::Circo,
        Self::Twopi,
    ];

    /// Graphviz's name for the engine.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Dot => "dot",
            Self::Neato => "neato",
            Self::Fdp => "fdp",
            Self::Sfdp => "sfdp",
            Self::Circo => "circo",
            Self::Twopi => "twopi",
        }
    }
}

impl FromStr for Layout {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|l| l.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown layout `{s}` (expected one of: {})",
                    Self::ALL.map(Layout::as_str).join(", ")
                )
            })
    }
}

/// Up to this many nodes, an unfocused diagram is laid out with `dot`;
/// above it, with `sfdp`. `dot` keeps edge labels legible and reads left to
/// right, but past a few dozen nodes its ranks grow very wide.
pub const DOT_MAX_NODES: usize = 40;

/// Up to this many edges, force layouts route edges as splines around the
/// nodes; above, straight lines (drawn under the nodes). Routing is what
/// makes a force layout slow: on `benches/exports.rs`, 525 edges take 7 s
/// with splines and 0.1 s without; 1,517 edges, 3 minutes against 0.4 s.
pub const SPLINE_MAX_EDGES: usize = 200;

/// The layout for a diagram of `nodes` nodes: `dot` when small or focused
/// on some entities, `sfdp` otherwise.
pub fn choose_layout(nodes: usize, focused: bool) -> Layout {
    if focused || nodes <= DOT_MAX_NODES {
        Layout::Dot
    } else {
        Layout::Sfdp
    }
}

/// How to draw a graph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DotOptions {
    /// What to draw. The default hides entities without edges.
    pub filter: Filter,
    /// The layout engine; `None` chooses by size ([`choose_layout`]).
    pub layout: Option<Layout>,
    /// Draw the legend.
    pub legend: bool,
    /// Label edges with their relation; `None`: only with the `dot` layout.
    pub edge_labels: Option<bool>,
    /// A title for the legend (default: "newsgraph").
    pub title: Option<String>,
}

impl Default for DotOptions {
    fn default() -> Self {
        Self {
            filter: Filter {
                isolated: false,
                ..Filter::default()
            },
            layout: None,
            legend: true,
            edge_labels: None,
            title: None,
        }
    }
}

/// Quote and escape `text` as a DOT string: backslashes and quotes escaped,
/// line breaks (also Unicode's line and paragraph separators, which the
/// text renderer would break on behind Graphviz's back) as `\n`, tabs as
/// spaces, other control characters dropped. For ids; displayed text goes
/// through [`text`].
pub fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' | '\u{85}' | '\u{2028}' | '\u{2029}' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// [`quote`] for text Graphviz displays (labels, tooltips): also escapes `&`,
/// which Graphviz would otherwise read as the start of an HTML entity.
pub fn text(text: &str) -> String {
    quote(&text.replace('&', "&amp;"))
}

/// How a node kind is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeStyle {
    /// Graphviz shape.
    pub shape: &'static str,
    /// Fill colour.
    pub fill: &'static str,
}

/// Shape and fill of a node kind. The fills differ in lightness (0.62,
/// 0.76, 0.95 in greyscale) as well as in hue.
pub fn node_style(kind: EntityKind) -> NodeStyle {
    let (shape, fill) = match kind {
        EntityKind::Country => ("box", "#6baed6"),
        EntityKind::Person => ("ellipse", "#fff7bc"),
        EntityKind::Organization => ("hexagon", "#a1d99b"),
    };
    NodeStyle { shape, fill }
}

/// How a relation is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EdgeStyle {
    /// Line and label colour.
    pub color: &'static str,
    /// Graphviz line style: solid, dashed or dotted.
    pub line: &'static str,
    /// Pen width of an edge of weight 1.
    pub width: f64,
    /// Arrowhead of a directed relation (`none` for symmetric ones).
    pub arrowhead: &'static str,
}

/// Colour, line, width and arrowhead of a relation. No two relations share
/// a (line, width, arrowhead) triple, so they stay apart without colour.
pub fn edge_style(relation: RelationKind) -> EdgeStyle {
    let (color, line, width, arrowhead) = match relation {
        RelationKind::Partnership => ("#238b45", "solid", 1.4, "none"),
        RelationKind::Sanctions => ("#cb181d", "solid", 2.4, "tee"),
        RelationKind::Membership => ("#2171b5", "dashed", 1.2, "onormal"),
        RelationKind::OfficialOf => ("#737373", "dotted", 1.2, "odot"),
        RelationKind::Opposition => ("#d94801", "dashed", 2.2, "normal"),
        RelationKind::Support => ("#01665e", "solid", 1.4, "normal"),
        RelationKind::Meeting => ("#6a51a3", "dotted", 2.2, "none"),
        RelationKind::Trade => ("#8c510a", "dashed", 1.2, "none"),
        RelationKind::Conflict => ("#67000d", "solid", 2.6, "none"),
    };
    EdgeStyle {
        color,
        line,
        width,
        arrowhead,
    }
}

/// A glyph for an arrowhead, for the legend's text.
fn arrow_glyph(arrowhead: &str) -> &'static str {
    match arrowhead {
        "normal" => " ▶",
        "onormal" => " ▷",
        "tee" => " ┤",
        "odot" => " ○",
        _ => "",
    }
}

/// Pen width of an edge: its relation's base width, growing with the log of
/// its weight (so 1 sentence and 50 differ, without 50 drowning the rest).
fn pen_width(style: EdgeStyle, weight: usize) -> f64 {
    (style.width * (1.0 + 0.6 * (weight.max(1) as f64).ln())).min(8.0)
}

/// At most this many evidence sentences go into an edge's tooltip, each cut
/// to [`TOOLTIP_SENTENCE_CHARS`]: a tooltip is a glance, the HTML page and
/// `explain` show them all.
const TOOLTIP_SENTENCES: usize = 6;
const TOOLTIP_SENTENCE_CHARS: usize = 280;

/// The graph as DOT bytes, with the default options: everything with an
/// edge, layout by size, legend.
pub fn to_dot(graph: &KnowledgeGraph) -> Vec<u8> {
    let selection = DotOptions::default()
        .filter
        .apply(graph)
        .expect("a filter without focus cannot fail");
    selection_to_dot(&selection, &DotOptions::default())
}

/// The graph as DOT bytes, filtered and drawn as `options` say. Fails only
/// when a focus entity is not in the graph.
pub fn to_dot_with(graph: &KnowledgeGraph, options: &DotOptions) -> Result<Vec<u8>> {
    let selection = options.filter.apply(graph)?;
    Ok(selection_to_dot(&selection, options))
}

/// The DOT of a selection already made (`options.filter` is not applied
/// again): for callers that need the selection too, as the HTML page does.
pub fn selection_to_dot(selection: &Selection, options: &DotOptions) -> Vec<u8> {
    let graph = &selection.graph;
    let layout = options
        .layout
        .unwrap_or_else(|| choose_layout(graph.nodes.len(), !selection.focus.is_empty()));
    let edge_labels = options.edge_labels.unwrap_or(layout == Layout::Dot);
    let degree = weighted_degree(graph);
    let mut bytes = Vec::new();
    {
        let mut writer = DotWriter::from(&mut bytes);
        writer.set_pretty_print(true);
        let mut digraph = writer.digraph();
        {
            let mut attributes = digraph.graph_attributes();
            attributes
                .set("layout", layout.as_str(), false)
                .set("charset", "UTF-8", true)
                .set("fontname", "Helvetica", true)
                .set("bgcolor", "white", true)
                .set("pad", "0.3", false)
                .set("outputorder", "edgesfirst", false);
            if layout == Layout::Dot {
                attributes
                    .set("rankdir", "LR", false)
                    .set("nodesep", "0.3", false)
                    .set("ranksep", "0.6", false);
            } else {
                // overlap_scaling -2 (default -4) keeps force layouts compact:
                // prism then removes the remaining overlaps. Edges are routed
                // around nodes only while that is cheap (see SPLINE_MAX_EDGES).
                let splines = if graph.edges.len() <= SPLINE_MAX_EDGES {
                    "true"
                } else {
                    "false"
                };
                attributes
                    .set("overlap", "prism", false)
                    .set("overlap_scaling", "-2", false)
                    .set("sep", "+10", true)
                    .set("splines", splines, false);
            }
            if options.legend {
                attributes
                    .set("label", &legend(selection, options, layout), false)
                    .set("labelloc", "b", false)
                    .set("labeljust", "l", false);
            }
        }
        digraph
            .node_attributes()
            .set("fontname", "Helvetica", true)
            .set("fontsize", "11", false)
            .set("style", "filled", true)
            .set("color", "#252525", true)
            .set("margin", "0.12,0.04", true);
        digraph
            .edge_attributes()
            .set("fontname", "Helvetica", true)
            .set("fontsize", "9", false)
            .set("arrowsize", "0.8", false);
        for (i, node) in graph.nodes.iter().enumerate() {
            let style = node_style(node.kind);
            let focus = selection.focus.contains(&node.id);
            let label = match &node.role {
                Some(role) => format!("{}\n({role})", node.label),
                None => node.label.clone(),
            };
            let mut attributes = digraph.node_named(quote(&node.id));
            attributes
                .set("id", &format!("n{i}"), true)
                .set(
                    "class",
                    &quote(&format!(
                        "{}{}",
                        node.kind,
                        if focus { " focus" } else { "" }
                    )),
                    false,
                )
                .set("label", &text(&label), false)
                .set("shape", style.shape, false)
                .set("fillcolor", &quote(style.fill), false)
                .set("tooltip", &text(&node_tooltip(node, &degree)), false);
            if focus {
                attributes
                    .set("penwidth", "1.6", false)
                    .set("peripheries", "2", false);
            }
            if layout != Layout::Dot {
                // Hubs stand out in a force layout, where rank does not show them.
                let weight = degree.get(node.id.as_str()).copied().unwrap_or(0);
                let size = 10.0 + (1.6 * (1.0 + weight as f64).ln()).min(8.0);
                attributes.set("fontsize", &format!("{size:.1}"), false);
            }
        }
        for (i, edge) in graph.edges.iter().enumerate() {
            let style = edge_style(edge.relation);
            let mut attributes = digraph
                .edge(quote(&edge.source), quote(&edge.target))
                .attributes();
            attributes
                .set("id", &format!("e{i}"), true)
                .set("class", edge.relation.as_str(), true)
                .set("color", &quote(style.color), false)
                .set("style", style.line, false)
                .set(
                    "penwidth",
                    &format!("{:.1}", pen_width(style, edge.weight)),
                    false,
                );
            if edge.directed {
                attributes.set("arrowhead", style.arrowhead, false);
            } else {
                attributes.set("dir", "none", false);
            }
            if edge_labels {
                let label = if edge.weight > 1 {
                    format!("{} ×{}", edge.relation, edge.weight)
                } else {
                    edge.relation.to_string()
                };
                attributes.set("label", &text(&label), false).set(
                    "fontcolor",
                    &quote(style.color),
                    false,
                );
            }
            let tooltip = text(&edge_tooltip(graph, edge));
            attributes
                .set("tooltip", &tooltip, false)
                .set("labeltooltip", &tooltip, false);
        }
    }
    if !bytes.ends_with(b"\n") {
        bytes.push(b'\n');
    }
    bytes
}

/// Label of a node in running text.
fn name_of<'g>(graph: &'g KnowledgeGraph, id: &'g str) -> &'g str {
    graph.node(id).map_or(id, |n| n.label.as_str())
}

fn node_tooltip(node: &Node, degree: &std::collections::BTreeMap<&str, usize>) -> String {
    let mut out = format!("{} ({}, {})", node.label, node.kind, node.id);
    if let Some(role) = &node.role {
        let _ = write!(out, "\nrole: {role}");
    }
    if !node.aliases.is_empty() {
        let _ = write!(out, "\nalso: {}", node.aliases.join(", "));
    }
    let _ = write!(
        out,
        "\n{} mentions, {} evidence sentences in relations",
        node.mentions,
        degree.get(node.id.as_str()).copied().unwrap_or(0)
    );
    out
}

/// The edge's relation and its evidence sentences, each with its document.
fn edge_tooltip(graph: &KnowledgeGraph, edge: &Edge) -> String {
    let arrow = if edge.directed { "→" } else { "—" };
    let mut out = format!(
        "{} {arrow} {}: {} ({} sentence{}, confidence {:.2})",
        name_of(graph, &edge.source),
        name_of(graph, &edge.target),
        edge.relation,
        edge.weight,
        if edge.weight == 1 { "" } else { "s" },
        edge.confidence
    );
    for ev in edge.evidence.iter().take(TOOLTIP_SENTENCES) {
        let mut sentence: String = ev.sentence.split_whitespace().collect::<Vec<_>>().join(" ");
        if sentence.chars().count() > TOOLTIP_SENTENCE_CHARS {
            sentence = sentence.chars().take(TOOLTIP_SENTENCE_CHARS).collect();
            sentence.push('…');
        }
        let _ = write!(out, "\n\n[{}] {sentence}", ev.doc);
    }
    if edge.weight > TOOLTIP_SENTENCES.min(edge.evidence.len()) {
        let _ = write!(
            out,
            "\n\n… {} more",
            edge.weight - TOOLTIP_SENTENCES.min(edge.evidence.len())
        );
    }
    out
}

/// The legend: an HTML-like table as the graph's label, listing the kinds
/// and relations the diagram shows, what the filters left out, and how to
/// read widths. The swatches share one grid (a kind spans a relation's two
/// cells); text is wrapped short, so it does not stretch the grid.
fn legend(selection: &Selection, options: &DotOptions, layout: Layout) -> String {
    let graph = &selection.graph;
    let size = legend_size(layout);
    let mut rows = vec![
        format!(
            "<B>{}</B>",
            wrapped(options.title.as_deref().unwrap_or("newsgraph"))
        ),
        format!(
            "<FONT COLOR=\"#525252\">{}</FONT>",
            wrapped(&summary(selection, options))
        ),
    ];

    let mut grid = String::new();
    let kinds: Vec<EntityKind> = EntityKind::ALL
        .into_iter()
        .filter(|k| graph.nodes.iter().any(|n| n.kind == *k))
        .collect();
    if !kinds.is_empty() {
        grid.push_str("<TR>");
        for kind in kinds {
            let style = node_style(kind);
            let rounded = if kind == EntityKind::Person {
                " STYLE=\"rounded\""
            } else {
                ""
            };
            let _ = write!(
                grid,
                "<TD COLSPAN=\"2\" ALIGN=\"LEFT\"><TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLPADDING=\"2\" COLOR=\"#252525\" BGCOLOR=\"{}\"{rounded}><TR><TD>{kind} ({})</TD></TR></TABLE></TD>",
                style.fill, style.shape
            );
        }
        grid.push_str("</TR>");
    }
    let relations: Vec<RelationKind> = RelationKind::ALL
        .into_iter()
        .filter(|r| graph.edges.iter().any(|e| e.relation == *r))
        .collect();
    for chunk in relations.chunks(3) {
        grid.push_str("<TR>");
        for &relation in chunk {
            let style = edge_style(relation);
            let glyph = if relation.is_symmetric() {
                ""
            } else {
                arrow_glyph(style.arrowhead)
            };
            let _ = write!(
                grid,
                "<TD SIDES=\"B\" BORDER=\"{}\" COLOR=\"{}\" STYLE=\"{}\" WIDTH=\"34\" HEIGHT=\"10\" FIXEDSIZE=\"TRUE\"></TD><TD ALIGN=\"LEFT\"><FONT COLOR=\"{}\">{relation}{glyph}</FONT></TD>",
                style.width.round().max(1.0),
                style.color,
                style.line,
                style.color,
            );
        }
        grid.push_str("</TR>");
    }
    if !grid.is_empty() {
        rows.push(format!(
            "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"1\">{grid}</TABLE>"
        ));
    }

    let mut notes = Vec::new();
    if !graph.edges.is_empty() {
        notes.push(if layout == Layout::Dot {
            "line width and ×N: number of evidence sentences".to_string()
        } else {
            "line width: number of evidence sentences".to_string()
        });
        notes.push("no arrowhead: symmetric relation".to_string());
        notes.push("in SVG, hover over an edge for its evidence".to_string());
    }
    if selection.hidden_nodes == selection.hidden_isolated && selection.hidden_edges == 0 {
        match selection.hidden_isolated {
            0 => {}
            1 => notes.push("1 entity without relations not shown".to_string()),
            n => notes.push(format!("{n} entities without relations not shown")),
        }
    } else {
        notes.push(format!(
            "filtered: {} entities and {} relations of the graph not shown",
            selection.hidden_nodes, selection.hidden_edges
        ));
    }
    if !notes.is_empty() {
        let lines: Vec<String> = notes.iter().map(|n| wrapped(n)).collect();
        rows.push(format!(
            "<FONT COLOR=\"#525252\" POINT-SIZE=\"{}\">{}</FONT>",
            size - 1,
            lines.join(BREAK)
        ));
    }
    let rows: String = rows
        .iter()
        .map(|row| format!("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">{row}</TD></TR>"))
        .collect();
    format!(
        "<<FONT POINT-SIZE=\"{size}\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"0\">{rows}</TABLE></FONT>>"
    )
}

/// A left-aligned line break in an HTML-like label.
const BREAK: &str = "<BR ALIGN=\"LEFT\"/>";

/// `text`, HTML-escaped and broken into lines of at most
/// [`LEGEND_LINE_CHARS`] characters (longer words stay whole).
fn wrapped(text: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= LEGEND_LINE_CHARS => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
        .iter()
        .map(|l| super::xml::escape(l))
        .collect::<Vec<_>>()
        .join(BREAK)
}

/// Legend lines are wrapped at this many characters, about the width of
/// the swatch grid.
const LEGEND_LINE_CHARS: usize = 52;

/// Legend text size: force layouts spread wider, so their legend is larger.
fn legend_size(layout: Layout) -> u32 {
    if layout == Layout::Dot { 10 } else { 13 }
}

/// What the diagram shows: counts, documents, focus.
fn summary(selection: &Selection, options: &DotOptions) -> String {
    let graph = &selection.graph;
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut out = format!(
        "{}, {} from {}",
        plural(graph.nodes.len(), "entity", "entities"),
        plural(graph.edges.len(), "relation", "relations"),
        plural(graph.graph.documents.len(), "document", "documents"),
    );
    if !selection.focus.is_empty() {
        let names: Vec<&str> = selection
            .focus
            .iter()
            .map(|id| name_of(graph, id))
            .collect();
        let _ = write!(
            out,
            "; around {} (depth {})",
            names.join(", "),
            options.filter.depth
        );
    }
    out
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
            ("tab\tand\r\nCRLF\u{2028}LS", "\"tab and\\nCRLF\\nLS\""),
            ("<b>&amp;</b>", "\"<b>&amp;</b>\""),
            ("北京", "\"北京\""),
        ];
        for (raw, quoted) in cases {
            assert_eq!(quote(raw), quoted);
        }
    }

    #[test]
    fn displayed_text_escapes_entities_too() {
        let cases = [
            ("A & B", "\"A &amp; B\""),
            ("&amp;", "\"&amp;amp;\""),
            ("\\N", "\"\\\\N\""),
        ];
        for (raw, quoted) in cases {
            assert_eq!(text(raw), quoted);
        }
        assert_eq!(
            wrapped("<b>\"&\"</b> O'Brien\nand a line long enough to be broken into two of them"),
            "&lt;b&gt;&quot;&amp;&quot;&lt;/b&gt; O&#39;Brien and a line long enough to be<BR ALIGN=\"LEFT\"/>broken into two of them"
        );
    }

    /// Greyscale lightness (Rec. 601 luma) of a `#rrggbb` colour, in [0, 1].
    fn luma(color: &str) -> f64 {
        let channel = |i: usize| u8::from_str_radix(&color[i..i + 2], 16).unwrap() as f64;
        (0.299 * channel(1) + 0.587 * channel(3) + 0.114 * channel(5)) / 255.0
    }

    #[test]
    fn styles_survive_greyscale() {
        let kinds = EntityKind::ALL.map(node_style);
        for (i, a) in kinds.iter().enumerate() {
            for b in &kinds[i + 1..] {
                assert_ne!(a.shape, b.shape);
                assert!(
                    (luma(a.fill) - luma(b.fill)).abs() >= 0.12,
                    "{a:?} and {b:?} print as the same grey"
                );
            }
        }
        let relations = RelationKind::ALL.map(|r| (r, edge_style(r)));
        for (i, (ra, a)) in relations.iter().enumerate() {
            // Lines must stay visible on white, and labels readable.
            assert!(luma(a.color) < 0.6, "{ra} is too light");
            assert_eq!(a.arrowhead == "none", ra.is_symmetric(), "{ra}");
            for (rb, b) in &relations[i + 1..] {
                let heavy = |s: &EdgeStyle| s.width >= 2.0;
                assert!(
                    (a.line, heavy(a), a.arrowhead) != (b.line, heavy(b), b.arrowhead),
                    "{ra} and {rb} look alike without colour"
                );
            }
        }
    }

    #[test]
    fn layout_by_size_and_focus() {
        let cases = [
            (5, false, Layout::Dot),
            (DOT_MAX_NODES, false, Layout::Dot),
            (DOT_MAX_NODES + 1, false, Layout::Sfdp),
            (500, true, Layout::Dot),
        ];
        for (nodes, focused, want) in cases {
            assert_eq!(choose_layout(nodes, focused), want, "{nodes} {focused}");
        }
        for layout in Layout::ALL {
            assert_eq!(layout.as_str().parse::<Layout>(), Ok(layout));
        }
        assert!("spring".parse::<Layout>().unwrap_err().contains("sfdp"));
    }

    #[test]
    fn pen_width_grows_slowly_and_is_capped() {
        let style = edge_style(RelationKind::Support);
        assert_eq!(pen_width(style, 1), style.width);
        assert!(pen_width(style, 3) > pen_width(style, 2));
        assert!(pen_width(style, 1_000_000) <= 8.0);
    }
}
