//! Diagrams and exports as the tools that read them see them: DOT through
//! real Graphviz in every layout (hostile names included), the `dot`,
//! `render`, `html` and `export` commands with their filters, and the
//! determinism of every output. The loaders of other tools (NetworkX,
//! cytoscape.js, Chromium, Neo4j's header rules) run from `.ci/run` on the
//! same fixtures, in `tests/interop/`.

use assert_cmd::Command;
use newsgraph::export::dot::{self, DotOptions, Layout};
use newsgraph::export::filter::Filter;
use newsgraph::export::graphviz::{self, Format};
use newsgraph::export::{cytoscape, events, gexf, graphml, html, json, neo4j};
use newsgraph::graph::KnowledgeGraph;
use predicates::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The graph of every example article (`graphs/all-examples.json`).
fn examples_path() -> PathBuf {
    root().join("graphs/all-examples.json")
}

/// Names with quotes, backslashes, line breaks, HTML, entities, control
/// characters and non-Latin scripts; dated and undated documents.
fn hostile_path() -> PathBuf {
    root().join("tests/interop/hostile.json")
}

fn load(path: &Path) -> KnowledgeGraph {
    json::read_graph(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn newsgraph() -> Command {
    Command::cargo_bin("newsgraph").expect("the newsgraph binary is built")
}

/// Whether Graphviz can be used. CI installs it, so there its absence is a
/// failure, not a reason to skip.
fn graphviz_here() -> bool {
    let here = graphviz::version().is_some();
    assert!(
        here || std::env::var_os("CI").is_none(),
        "CI must have Graphviz"
    );
    if !here {
        eprintln!("Graphviz is not installed: skipping the rendering checks");
    }
    here
}

/// The text of an SVG's `<text>` elements, entities decoded.
fn svg_texts(svg: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = svg;
    while let Some(open) = rest.find("<text") {
        let body = &rest[open..];
        let start = body.find('>').unwrap() + 1;
        let end = body.find("</text>").unwrap();
        out.push(unescape(&body[start..end]));
        rest = &body[end..];
    }
    out
}

fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = rest[amp..].find(';').unwrap() + amp;
        let entity = &rest[amp + 1..semi];
        match entity {
            "amp" => out.push('&'),
            "lt" => out.push('<'),
            "gt" => out.push('>'),
            "quot" => out.push('"'),
            "apos" => out.push('\''),
            e if e.starts_with("#x") => {
                out.push(char::from_u32(u32::from_str_radix(&e[2..], 16).unwrap()).unwrap())
            }
            e if e.starts_with('#') => out.push(char::from_u32(e[1..].parse().unwrap()).unwrap()),
            e => panic!("unknown entity &{e};"),
        }
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    out
}

fn render_svg(dot: &[u8]) -> String {
    let rendered = graphviz::render(dot, Format::Svg).expect("Graphviz renders our DOT");
    assert!(
        rendered.warnings.is_empty(),
        "Graphviz warned: {}",
        rendered.warnings
    );
    String::from_utf8(rendered.bytes).unwrap()
}

#[test]
fn hostile_names_render_in_every_layout_as_written() {
    if !graphviz_here() {
        return;
    }
    let graph = load(&hostile_path());
    for layout in Layout::ALL {
        let options = DotOptions {
            layout: Some(layout),
            edge_labels: Some(true),
            ..DotOptions::default()
        };
        let dot = dot::to_dot_with(&graph, &options).unwrap();
        let svg = render_svg(&dot);
        for format in [Format::Png, Format::Pdf] {
            let rendered = graphviz::render(&dot, format).unwrap();
            assert!(
                rendered.warnings.is_empty(),
                "{layout:?} {format:?}: {}",
                rendered.warnings
            );
        }
        // Every line of every label prints exactly as written: Graphviz
        // read no escape sequence and no entity in them.
        let texts = svg_texts(&svg);
        for node in &graph.nodes {
            let label = format!("{}\n{}", node.label, node.role.as_deref().unwrap_or(""))
                .replace("\r\n", "\n")
                .replace('\u{2028}', "\n");
            for line in label.lines().filter(|l| !l.trim().is_empty()) {
                let line: String = line
                    .chars()
                    .map(|c| if c == '\t' { ' ' } else { c })
                    .filter(|c| !c.is_control())
                    .collect();
                assert!(
                    texts.iter().any(
                        |t| t.trim() == line.trim() || t.trim() == format!("({})", line.trim())
                    ),
                    "{layout:?}: label line {line:?} of {:?} not in the SVG",
                    node.id
                );
            }
        }
        // The DOT was not broken open: exactly the graph's nodes and edges.
        assert_eq!(svg.matches("class=\"node").count(), graph.nodes.len());
        assert_eq!(svg.matches("class=\"edge").count(), graph.edges.len());
        assert!(
            texts.iter().any(|t| t == "newsgraph"),
            "{layout:?}: legend lost"
        );
    }
}

#[test]
fn svg_keeps_tooltips_with_evidence_and_element_ids() {
    if !graphviz_here() {
        return;
    }
    let graph = load(&examples_path());
    let svg = render_svg(&dot::to_dot(&graph));
    assert!(svg.contains(r#"<g id="n0" class="node"#));
    let edge = &graph.edges[0];
    assert!(svg.contains(&format!(r#"<g id="e0" class="edge {}">"#, edge.relation)));
    let sentence: String = edge.evidence[0]
        .sentence
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let titles: Vec<String> = svg
        .split("xlink:title=\"")
        .skip(1)
        .map(|t| unescape(&t[..t.find('"').unwrap()]))
        .collect();
    assert!(
        titles.iter().any(|t| t.contains(&sentence)),
        "no tooltip carries {sentence:?}"
    );
}

#[test]
fn legend_lists_only_what_is_drawn() {
    let graph = load(&examples_path());
    let options = DotOptions {
        filter: Filter {
            relations: vec!["sanctions".parse().unwrap()],
            isolated: false,
            ..Filter::default()
        },
        ..DotOptions::default()
    };
    let text = String::from_utf8(dot::to_dot_with(&graph, &options).unwrap()).unwrap();
    let legend = &text[text.find("label=<").unwrap()..];
    assert!(legend.contains(">sanctions"));
    assert!(!legend.contains(">partnership"));
    assert!(legend.contains("filtered:"));
    let no_legend = DotOptions {
        legend: false,
        ..DotOptions::default()
    };
    assert!(
        !String::from_utf8(dot::to_dot_with(&graph, &no_legend).unwrap())
            .unwrap()
            .contains("label=<")
    );
}

#[test]
fn layout_follows_size_unless_told() {
    let graph = load(&examples_path());
    let text = |options: &DotOptions| {
        String::from_utf8(dot::to_dot_with(&graph, options).unwrap()).unwrap()
    };
    let big = text(&DotOptions::default());
    assert!(graph.nodes.len() > dot::DOT_MAX_NODES);
    assert!(big.contains("layout=sfdp") && big.contains("overlap=prism"));
    let focused = text(&DotOptions {
        filter: Filter {
            focus: vec!["Iran".into()],
            isolated: false,
            ..Filter::default()
        },
        ..DotOptions::default()
    });
    assert!(focused.contains("layout=dot") && focused.contains("rankdir=LR"));
    let told = text(&DotOptions {
        layout: Some(Layout::Neato),
        ..DotOptions::default()
    });
    assert!(told.contains("layout=neato"));
}

#[test]
fn every_output_is_deterministic() {
    for path in [examples_path(), hostile_path()] {
        let graph = load(&path);
        let outputs = |g: &KnowledgeGraph| {
            let mut all = vec![
                dot::to_dot(g),
                graphml::to_graphml(g),
                gexf::to_gexf(g),
                cytoscape::to_cytoscape(g),
                events::to_events_csv(g),
                html::to_html(g, b"<svg></svg>", "t"),
            ];
            all.extend(neo4j::to_neo4j(g).into_iter().map(|(_, bytes)| bytes));
            all
        };
        let reloaded = load(&path);
        assert_eq!(outputs(&graph), outputs(&reloaded), "{}", path.display());
        assert_eq!(outputs(&graph), outputs(&graph.clone()));
    }
}

#[test]
fn dot_command_filters_by_focus_relation_kind_weight_and_top() {
    let examples = examples_path();
    let dot_of = |args: &[&str]| -> String {
        let out = newsgraph()
            .arg("dot")
            .arg(&examples)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let nodes = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.contains("[id=\"n"))
            .map(|l| l.trim().split('"').nth(1).unwrap().to_string())
            .collect()
    };
    let focus = dot_of(&["--focus", "iran", "--depth", "1"]);
    let ids = nodes(&focus);
    assert!(ids.contains(&"IRN".to_string()) && ids.contains(&"CHN".to_string()));
    assert!(
        !ids.contains(&"FIN".to_string()),
        "Finland is not next to Iran"
    );
    assert!(focus.contains("class=\"country focus\""));

    let sanctions = dot_of(&["--relations", "sanctions"]);
    assert!(sanctions.contains("class=\"sanctions\""));
    assert!(!sanctions.contains("class=\"partnership\""));

    let countries = dot_of(&["--kinds", "country"]);
    assert!(
        !countries.contains("class=\"person"),
        "persons filtered out"
    );

    let heavy = dot_of(&["--min-weight", "2"]);
    let edges: Vec<&str> = heavy.lines().filter(|l| l.contains(" -> ")).collect();
    assert!(!edges.is_empty());
    for line in edges {
        assert!(!line.contains(" (1 sentence,"), "{line}");
    }
    assert!(nodes(&heavy).len() < nodes(&dot_of(&[])).len());

    // `--top 5`: the five entities with the most evidence in relations
    // (weighted degree; ties in node order, which is by id), worked out here
    // from the graph rather than counted, so that a gazetteer row that gives
    // some entity one more edge moves the expectation with the output.
    let graph = load(&examples);
    let mut degree: BTreeMap<&str, usize> =
        graph.nodes.iter().map(|n| (n.id.as_str(), 0)).collect();
    for edge in &graph.edges {
        *degree.get_mut(edge.source.as_str()).unwrap() += edge.weight;
        *degree.get_mut(edge.target.as_str()).unwrap() += edge.weight;
    }
    let mut ranked: Vec<&str> = graph.nodes.iter().map(|n| n.id.as_str()).collect();
    ranked.sort_by(|a, b| degree[b].cmp(&degree[a]));
    let top5: BTreeSet<String> = ranked[..5].iter().map(|id| id.to_string()).collect();
    let drawn = |args: &[&str]| -> BTreeSet<String> { nodes(&dot_of(args)).into_iter().collect() };
    assert_eq!(drawn(&["--top", "5", "--isolated"]), top5);
    // Without `--isolated`, those of the five with no tie among the five go.
    let tied: BTreeSet<String> = top5
        .iter()
        .filter(|id| {
            graph.edges.iter().any(|e| {
                (e.source == **id && top5.contains(&e.target))
                    || (e.target == **id && top5.contains(&e.source))
            })
        })
        .cloned()
        .collect();
    assert!(tied.len() >= 2, "{top5:?}");
    assert_eq!(drawn(&["--top", "5"]), tied);
    assert_eq!(
        nodes(&dot_of(&["--isolated"])).len(),
        load(&examples).nodes.len()
    );
}

#[test]
fn unknown_focus_is_an_error_with_suggestions() {
    newsgraph()
        .arg("dot")
        .arg(examples_path())
        .args(["--focus", "Atlantis"])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("no entity named `Atlantis`"));
    newsgraph()
        .arg("dot")
        .arg(examples_path())
        .args(["--layout", "spring"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown layout `spring`"));
}

#[test]
fn render_writes_svg_png_pdf_or_says_how_to_install_graphviz() {
    let dir = tempfile::tempdir().unwrap();
    if graphviz_here() {
        for (name, magic) in [
            ("g.svg", &b"<?xml"[..]),
            ("g.png", &b"\x89PNG"[..]),
            ("g.pdf", &b"%PDF"[..]),
        ] {
            let path = dir.path().join(name);
            newsgraph()
                .arg("render")
                .arg(hostile_path())
                .arg("-o")
                .arg(&path)
                .assert()
                .success();
            assert!(std::fs::read(&path).unwrap().starts_with(magic), "{name}");
        }
    }
    let missing = dir.path().join("missing.svg");
    newsgraph()
        .env("PATH", dir.path())
        .arg("render")
        .arg(examples_path())
        .arg("-o")
        .arg(&missing)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Graphviz is not installed"))
        .stderr(predicate::str::contains("apt-get install graphviz"));
    assert!(!missing.exists(), "nothing written without Graphviz");
    newsgraph()
        .arg("render")
        .arg(examples_path())
        .arg("-o")
        .arg(dir.path().join("g.picture"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("name it .svg, .png or .pdf"));
}

#[test]
fn html_page_holds_the_svg_the_data_and_no_network() {
    if !graphviz_here() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("g.html");
    newsgraph()
        .arg("html")
        .arg(hostile_path())
        .arg("-o")
        .arg(&page)
        .assert()
        .success();
    let text = std::fs::read_to_string(&page).unwrap();
    assert!(text.starts_with("<!DOCTYPE html>"));
    assert!(text.contains("<svg") && text.contains("id=\"graph-data\""));
    assert!(
        !text.contains("<?xml"),
        "the SVG is inlined, not embedded as a document"
    );
    assert!(!text.contains("</script><script>alert"));
    for fetch in ["src=", "<link", "@import"] {
        assert!(!text.contains(fetch), "the page fetches nothing: {fetch}");
    }
}

#[test]
fn export_command_writes_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let graph = load(&hostile_path());
    let export = |format: &str, output: &Path| {
        newsgraph()
            .arg("export")
            .arg(hostile_path())
            .args(["--format", format])
            .arg("-o")
            .arg(output)
            .assert()
            .success();
    };
    let graphml = dir.path().join("g.graphml");
    export("graphml", &graphml);
    assert_eq!(
        std::fs::read(&graphml).unwrap(),
        graphml::to_graphml(&graph)
    );

    let cyjs = dir.path().join("g.cyjs");
    export("cytoscape", &cyjs);
    let value: serde_json::Value = serde_json::from_slice(&std::fs::read(&cyjs).unwrap()).unwrap();
    assert_eq!(
        value["elements"]["nodes"].as_array().unwrap().len(),
        graph.nodes.len()
    );

    let events_csv = dir.path().join("events.csv");
    export("events", &events_csv);
    let mut reader = csv::Reader::from_path(&events_csv).unwrap();
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        events::HEADER
    );
    let evidence: usize = graph.edges.iter().map(|e| e.evidence.len()).sum();
    assert_eq!(reader.records().count(), evidence);

    let neo = dir.path().join("neo4j");
    export("neo4j", &neo);
    for file in [
        neo4j::NODES_FILE,
        neo4j::RELATIONSHIPS_FILE,
        neo4j::IMPORT_SCRIPT,
        neo4j::CYPHER_SCRIPT,
    ] {
        assert!(neo.join(file).is_file(), "{file}");
    }
    export("neo4j", &neo); // into an existing directory: replaced in place
    assert_eq!(std::fs::read_dir(&neo).unwrap().count(), 4);

    newsgraph()
        .arg("export")
        .arg(hostile_path())
        .args(["--format", "neo4j"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("name a directory"));

    let gexf = dir.path().join("focused.gexf");
    newsgraph()
        .arg("export")
        .arg(examples_path())
        .args(["--format", "gexf", "--focus", "China", "--depth", "0"])
        .arg("-o")
        .arg(&gexf)
        .assert()
        .success();
    let text = std::fs::read_to_string(&gexf).unwrap();
    assert_eq!(text.matches("<node id=").count(), 1, "only the focus");
}

#[test]
fn bad_graph_json_names_the_file_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"nodes\": [\n  {\"id\": 1}\n]}").unwrap();
    let out = dir.path().join("out.graphml");
    newsgraph()
        .arg("export")
        .arg(&bad)
        .args(["--format", "graphml"])
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("bad.json"))
        .stderr(predicate::str::contains("line"));
    assert!(!out.exists());
}
