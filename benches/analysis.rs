//! Benchmark of the graph algorithms on a large random graph, the numbers
//! the README compares with igraph and NetworkX (`benches/compare.py` runs
//! this and both libraries on the same files, in the same run).
//!
//! It generates, deterministically from a seed, a directed graph of 100,000
//! nodes and 1,000,000 edges and one of 5,000 nodes and 50,000 edges, writes
//! both as graph JSON (the format `newsgraph build` writes), and times:
//! loading the JSON (parse and build the analysis view), PageRank (to an L1
//! tolerance of 1e-10), weakly connected components and a breadth-first
//! search on the large graph, and exact betweenness on the small one. Each
//! is run `--repeat` times; the median is reported.
//!
//! Run: `cargo bench --bench analysis` (options after `--`: `--out DIR`
//! keeps the JSON files, `--json` prints machine-readable timings,
//! `--nodes`, `--edges`, `--bc-nodes`, `--bc-edges`, `--seed`, `--repeat`).

use newsgraph::analysis::betweenness::betweenness;
use newsgraph::analysis::components::weakly_connected_components;
use newsgraph::analysis::distances::distances;
use newsgraph::analysis::network::{Direction, Network};
use newsgraph::analysis::pagerank::{PageRankConfig, page_rank};
use newsgraph::export::json;
use newsgraph::graph::KnowledgeGraph;
use rand::{RngExt, SeedableRng};
use rand_pcg::Pcg64;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Relations with a direction, so every edge is one arc (as in the Python
/// scripts, which build the same directed graph).
const DIRECTED: [&str; 5] = [
    "sanctions",
    "membership",
    "official_of",
    "opposition",
    "support",
];
const KINDS: [&str; 3] = ["country", "person", "organization"];

struct Options {
    nodes: usize,
    edges: usize,
    bc_nodes: usize,
    bc_edges: usize,
    seed: u64,
    repeat: usize,
    out: Option<PathBuf>,
    json: bool,
}

fn options() -> Options {
    let mut o = Options {
        nodes: 100_000,
        edges: 1_000_000,
        bc_nodes: 5_000,
        bc_edges: 50_000,
        seed: 42,
        repeat: 5,
        out: None,
        json: false,
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .unwrap_or_else(|| panic!("{name} needs a value"))
        };
        match arg.as_str() {
            "--nodes" => o.nodes = value("--nodes").parse().expect("a number"),
            "--edges" => o.edges = value("--edges").parse().expect("a number"),
            "--bc-nodes" => o.bc_nodes = value("--bc-nodes").parse().expect("a number"),
            "--bc-edges" => o.bc_edges = value("--bc-edges").parse().expect("a number"),
            "--seed" => o.seed = value("--seed").parse().expect("a number"),
            "--repeat" => o.repeat = value("--repeat").parse().expect("a number"),
            "--out" => o.out = Some(PathBuf::from(value("--out"))),
            "--json" => o.json = true,
            "--bench" => {} // added by `cargo bench`
            other => panic!("unknown option {other}"),
        }
    }
    o
}

/// A random directed graph of `nodes` nodes and `edges` distinct edges
/// (no self-loops), each with a random directed relation and weight 1-3,
/// and no evidence text: the benchmark measures the graph, not the text.
fn random_graph(nodes: usize, edges: usize, seed: u64) -> KnowledgeGraph {
    assert!(nodes >= 2 && edges <= nodes * (nodes - 1));
    let mut rng = Pcg64::seed_from_u64(seed);
    let width = nodes.to_string().len();
    let id = |i: usize| format!("n{i:0width$}");
    let node_list: Vec<serde_json::Value> = (0..nodes)
        .map(|i| {
            serde_json::json!({
                "id": id(i), "label": format!("Node {i}"),
                "kind": KINDS[rng.random_range(0..KINDS.len())],
                "aliases": [], "mentions": 1,
            })
        })
        .collect();
    let mut seen: HashSet<(usize, usize)> = HashSet::with_capacity(edges);
    let mut edge_list: Vec<(usize, usize, &str, usize)> = Vec::with_capacity(edges);
    while edge_list.len() < edges {
        let (s, t) = (rng.random_range(0..nodes), rng.random_range(0..nodes));
        if s == t || !seen.insert((s, t)) {
            continue;
        }
        let relation = DIRECTED[rng.random_range(0..DIRECTED.len())];
        edge_list.push((s, t, relation, rng.random_range(1..=3)));
    }
    edge_list.sort_unstable_by(|a, b| (a.0, a.2, a.1).cmp(&(b.0, b.2, b.1)));
    let edge_json: Vec<serde_json::Value> = edge_list
        .iter()
        .map(|&(s, t, r, w)| {
            serde_json::json!({
                "source": id(s), "target": id(t), "key": r, "relation": r,
                "directed": true, "weight": w, "confidence": 1.0, "evidence": [],
            })
        })
        .collect();
    serde_json::from_value(serde_json::json!({
        "directed": true, "multigraph": true,
        "graph": {"generator": "newsgraph benches/analysis.rs", "documents": []},
        "nodes": node_list, "edges": edge_json,
    }))
    .expect("the generated graph is valid")
}

/// Median seconds of `repeat` runs of `f`.
fn time<T>(repeat: usize, mut f: impl FnMut() -> T) -> f64 {
    let mut times: Vec<f64> = (0..repeat.max(1))
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(f());
            start.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn write(path: &Path, graph: &KnowledgeGraph) {
    newsgraph::export::write_atomically(path, &json::to_json(graph))
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn main() {
    let o = options();
    let dir = match &o.out {
        Some(d) => {
            std::fs::create_dir_all(d).expect("output directory");
            d.clone()
        }
        None => std::env::temp_dir().join(format!("newsgraph-bench-{}", std::process::id())),
    };
    std::fs::create_dir_all(&dir).expect("output directory");
    let big_path = dir.join("random-big.json");
    let small_path = dir.join("random-small.json");
    let start = Instant::now();
    write(&big_path, &random_graph(o.nodes, o.edges, o.seed));
    write(
        &small_path,
        &random_graph(o.bc_nodes, o.bc_edges, o.seed + 1),
    );
    eprintln!(
        "generated {} ({} nodes, {} edges) and {} ({} nodes, {} edges) in {:.1} s",
        big_path.display(),
        o.nodes,
        o.edges,
        small_path.display(),
        o.bc_nodes,
        o.bc_edges,
        start.elapsed().as_secs_f64()
    );

    let load = time(o.repeat, || {
        let g = json::read_graph(&big_path).expect("the graph loads");
        Network::new(&g).expect("a valid graph")
    });
    let graph = json::read_graph(&big_path).expect("the graph loads");
    let net = Network::new(&graph).expect("a valid graph");
    let small = json::read_graph(&small_path).expect("the graph loads");
    let small_net = Network::new(&small).expect("a valid graph");
    let config = PageRankConfig {
        weighted: false,
        ..PageRankConfig::default()
    };
    let iterations = page_rank(&net, &config).expect("converges").iterations;
    let results = [
        ("load", load),
        (
            "pagerank",
            time(o.repeat, || page_rank(&net, &config).expect("converges")),
        ),
        (
            "components",
            time(o.repeat, || weakly_connected_components(&net)),
        ),
        ("bfs", time(o.repeat, || distances(&net, 0, Direction::Out))),
        (
            "betweenness",
            time(o.repeat.min(3), || betweenness(&small_net, true)),
        ),
    ];
    if o.json {
        let map: serde_json::Map<String, serde_json::Value> = results
            .iter()
            .map(|(k, v)| (k.to_string(), serde_json::json!(v)))
            .chain([
                ("big".to_string(), serde_json::json!(big_path)),
                ("small".to_string(), serde_json::json!(small_path)),
                (
                    "pagerank_iterations".to_string(),
                    serde_json::json!(iterations),
                ),
                (
                    "threads".to_string(),
                    serde_json::json!(rayon::current_num_threads()),
                ),
            ])
            .collect();
        println!("{}", serde_json::Value::Object(map));
    } else {
        println!(
            "newsgraph on {} nodes / {} edges (betweenness: {} / {}), median of {}, {} threads",
            o.nodes,
            o.edges,
            o.bc_nodes,
            o.bc_edges,
            o.repeat,
            rayon::current_num_threads()
        );
        for (name, secs) in results {
            println!("{name:<12} {secs:>9.4} s");
        }
        println!("(PageRank: {iterations} iterations to L1 change < 1e-10)");
    }
    if o.out.is_none() {
        let _ = std::fs::remove_dir_all(&dir);
    }
}
