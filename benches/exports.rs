//! Benchmark of the exporters and of Graphviz on the diagrams we emit: the
//! numbers in the README's "Diagrams and exports" section.
//!
//! It generates, deterministically from a seed, a graph of 20,000 entities
//! and 100,000 relations with two evidence sentences each (about the graph
//! of a year of wire news), and times every exporter on it (DOT, GraphML,
//! GEXF, Neo4j CSV, Cytoscape.js JSON, event table) and the filters
//! (`--top`, `--focus`). Then, when Graphviz is installed, it times the
//! rendering of `--top N` diagrams to SVG (sfdp above 40 entities) and the
//! HTML page, to show where a diagram stops being worth drawing whole. Each
//! timing is the median of `--repeat` runs.
//!
//! Run: `cargo bench --bench exports` (options after `--`: `--nodes`,
//! `--edges`, `--seed`, `--repeat`, `--sizes 40,100,300,1000` for the
//! diagrams rendered, `--out DIR` to keep their DOT files).

use newsgraph::export::dot::{self, DotOptions};
use newsgraph::export::filter::Filter;
use newsgraph::export::graphviz::{self, Format};
use newsgraph::export::{cytoscape, events, gexf, graphml, html, neo4j};
use newsgraph::graph::KnowledgeGraph;
use rand::{RngExt, SeedableRng};
use rand_pcg::Pcg64;
use std::time::{Duration, Instant};

const RELATIONS: [&str; 9] = [
    "partnership",
    "sanctions",
    "membership",
    "official_of",
    "opposition",
    "support",
    "meeting",
    "trade",
    "conflict",
];
const SYMMETRIC: [&str; 4] = ["partnership", "meeting", "trade", "conflict"];
const KINDS: [&str; 3] = ["country", "person", "organization"];

struct Options {
    nodes: usize,
    edges: usize,
    seed: u64,
    repeat: usize,
    out: Option<std::path::PathBuf>,
    sizes: Vec<usize>,
}

fn options() -> Options {
    let mut o = Options {
        nodes: 20_000,
        edges: 100_000,
        seed: 7,
        repeat: 5,
        out: None,
        sizes: vec![40, 100, 300, 1000],
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut text = |name: &str| -> String {
            args.next()
                .unwrap_or_else(|| panic!("{name} needs a value"))
        };
        let number = |text: String| -> usize { text.parse().expect("a number") };
        match arg.as_str() {
            "--nodes" => o.nodes = number(text("--nodes")),
            "--edges" => o.edges = number(text("--edges")),
            "--seed" => o.seed = number(text("--seed")) as u64,
            "--repeat" => o.repeat = number(text("--repeat")),
            "--out" => o.out = Some(text("--out").into()),
            "--sizes" => {
                o.sizes = text("--sizes")
                    .split(',')
                    .map(|s| number(s.to_string()))
                    .collect()
            }
            "--bench" => {} // added by `cargo bench`
            other => panic!("unknown option {other}"),
        }
    }
    o
}

/// A random graph with a heavy-tailed degree (a few entities in most
/// relations, as in the news), dated documents and two sentences per edge.
fn random_graph(o: &Options) -> KnowledgeGraph {
    let mut rng = Pcg64::seed_from_u64(o.seed);
    let id = |i: usize| format!("entity-{i:06}");
    let documents: Vec<serde_json::Value> = (0..365)
        .map(|d| {
            serde_json::json!({"id": format!("doc-{d:03}"), "title": format!("Report {d}"),
                "date": format!("2023-{:02}-{:02}", d / 31 % 12 + 1, d % 28 + 1), "url": null})
        })
        .collect();
    let nodes: Vec<serde_json::Value> = (0..o.nodes)
        .map(|i| {
            serde_json::json!({"id": id(i), "label": format!("Entity number {i}"),
                "kind": KINDS[i % 3], "aliases": [format!("E{i}")], "mentions": 1 + i % 17})
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    let mut edges = Vec::with_capacity(o.edges);
    while edges.len() < o.edges {
        // Squaring a uniform draw favours low indices: hubs.
        let pick = |rng: &mut Pcg64| {
            let u: f64 = rng.random();
            ((u * u) * o.nodes as f64) as usize
        };
        let (mut s, mut t) = (pick(&mut rng), pick(&mut rng));
        let relation = RELATIONS[rng.random_range(0..RELATIONS.len())];
        let symmetric = SYMMETRIC.contains(&relation);
        if symmetric && s > t {
            std::mem::swap(&mut s, &mut t);
        }
        if s == t || !seen.insert((s, relation, t)) {
            continue;
        }
        let evidence: Vec<serde_json::Value> = (0..2)
            .map(|k| {
                let doc = rng.random_range(0..365);
                serde_json::json!({"doc": format!("doc-{doc:03}"),
                    "sentence": format!("Entity number {s} and entity number {t} said so, time {k}."),
                    "start": 100 * k, "end": 100 * k + 60, "rule": format!("verb `{relation}`"),
                    "confidence": 0.8})
            })
            .collect();
        edges.push(
            serde_json::json!({"source": id(s), "target": id(t), "key": relation,
            "relation": relation, "directed": !symmetric, "weight": 2, "documents": 2,
            "confidence": 0.8, "evidence": evidence}),
        );
    }
    edges.sort_by(|a, b| {
        let key = |e: &serde_json::Value| {
            (
                e["source"].as_str().unwrap().to_string(),
                RELATIONS.iter().position(|r| *r == e["relation"]).unwrap(),
                e["target"].as_str().unwrap().to_string(),
            )
        };
        key(a).cmp(&key(b))
    });
    serde_json::from_value(serde_json::json!({
        "directed": true, "multigraph": true,
        "graph": {"generator": "bench", "documents": documents},
        "nodes": nodes, "edges": edges,
    }))
    .expect("the generated graph is valid")
}

/// Median time of `repeat` runs of `f`, and the size of what it returned.
fn time<T>(
    repeat: usize,
    mut f: impl FnMut() -> T,
    size: impl Fn(&T) -> usize,
) -> (Duration, usize) {
    let mut times = Vec::with_capacity(repeat);
    let mut bytes = 0;
    for _ in 0..repeat.max(1) {
        let start = Instant::now();
        let out = f();
        times.push(start.elapsed());
        bytes = size(&out);
    }
    times.sort();
    (times[times.len() / 2], bytes)
}

fn row(name: &str, (elapsed, bytes): (Duration, usize)) {
    println!(
        "{name:<40} {:>10.1} ms {:>10.1} MB",
        elapsed.as_secs_f64() * 1e3,
        bytes as f64 / 1e6
    );
}

fn main() {
    let o = options();
    let graph = random_graph(&o);
    println!(
        "graph: {} entities, {} relations, {} evidence sentences; median of {} runs",
        graph.nodes.len(),
        graph.edges.len(),
        graph.edges.iter().map(|e| e.evidence.len()).sum::<usize>(),
        o.repeat
    );
    let r = o.repeat;
    row(
        "dot (whole graph)",
        time(r, || dot::to_dot(&graph), Vec::len),
    );
    row("graphml", time(r, || graphml::to_graphml(&graph), Vec::len));
    row(
        "gexf (with time spells)",
        time(r, || gexf::to_gexf(&graph), Vec::len),
    );
    row(
        "neo4j (CSV files and scripts)",
        time(
            r,
            || neo4j::to_neo4j(&graph),
            |files| files.iter().map(|f| f.1.len()).sum(),
        ),
    );
    row(
        "cytoscape.js JSON",
        time(r, || cytoscape::to_cytoscape(&graph), Vec::len),
    );
    row(
        "event table CSV",
        time(r, || events::to_events_csv(&graph), Vec::len),
    );
    let top = |n: usize| Filter {
        top: Some(n),
        isolated: false,
        ..Filter::default()
    };
    row(
        "filter --top 100",
        time(
            r,
            || top(100).apply(&graph).unwrap(),
            |s| s.graph.edges.len(),
        ),
    );
    let focus = Filter {
        focus: vec!["entity-000000".into()],
        depth: 1,
        isolated: false,
        ..Filter::default()
    };
    row(
        "filter --focus (hub) --depth 1",
        time(r, || focus.apply(&graph).unwrap(), |s| s.graph.edges.len()),
    );

    if graphviz::version().is_none() {
        println!("{}: skipped the rendering timings", graphviz::INSTALL_HINT);
        return;
    }
    println!("rendering with {}", graphviz::version().unwrap_or_default());
    for &n in &o.sizes {
        let options = DotOptions {
            filter: top(n),
            ..DotOptions::default()
        };
        let selection = options.filter.apply(&graph).unwrap();
        let layout = dot::choose_layout(selection.graph.nodes.len(), false);
        let diagram = dot::selection_to_dot(&selection, &options);
        if let Some(dir) = &o.out {
            std::fs::create_dir_all(dir).expect("the output directory can be made");
            std::fs::write(dir.join(format!("top-{n}.dot")), &diagram).expect("DOT written");
        }
        let (elapsed, bytes) = time(
            r.min(3),
            || graphviz::render(&diagram, Format::Svg).expect("Graphviz renders"),
            |out| out.bytes.len(),
        );
        row(
            &format!(
                "--top {n}: {} relations, {} SVG",
                selection.graph.edges.len(),
                layout.as_str()
            ),
            (elapsed, bytes),
        );
        if n == 300 {
            let svg = graphviz::render(&diagram, Format::Svg).unwrap().bytes;
            row(
                "  html page around that SVG",
                time(
                    r,
                    || html::to_html(&selection.graph, &svg, "bench"),
                    Vec::len,
                ),
            );
        }
    }
}
