//! The query and algorithm commands (`neighbors`, `path`, `ego`, `query`,
//! `rank`, `components`, `communities`, `balance`, `distances`, `diff`) as a
//! user runs them: on a small dated graph written here, whose answers are
//! known, and end to end on a graph built from an article.
//!
//! The numbers themselves are checked against NetworkX and igraph by
//! `tests/interop/reference.py` (run by CI).

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

fn newsgraph() -> Command {
    Command::cargo_bin("newsgraph").expect("the newsgraph binary is built")
}

fn evidence(doc: &str, sentence: &str) -> Value {
    json!({"doc": doc, "sentence": sentence, "start": 0, "end": sentence.chars().count(),
           "rule": "test", "confidence": 0.9})
}

fn edge(source: &str, relation: &str, target: &str, evidence: Vec<Value>) -> Value {
    let symmetric = ["partnership", "meeting", "trade", "conflict"].contains(&relation);
    json!({"source": source, "target": target, "key": relation, "relation": relation,
           "directed": !symmetric, "weight": evidence.len(), "confidence": 0.9,
           "evidence": evidence})
}

fn node(id: &str, label: &str, kind: &str, aliases: &[&str]) -> Value {
    json!({"id": id, "label": label, "kind": kind, "aliases": aliases, "mentions": 1})
}

/// Iran and its friends and enemies, from four documents: `a` and `c` dated
/// 2022, `b` dated 2021, `d` undated.
fn world() -> Value {
    json!({
        "directed": true, "multigraph": true,
        "graph": {"generator": "test", "documents": [
            {"id": "a", "title": null, "date": "2022-01-10", "url": null},
            {"id": "b", "title": null, "date": "2021-03-27", "url": null},
            {"id": "c", "title": null, "date": "2022-06-01T08:00:00Z", "url": null},
            {"id": "d", "title": null, "date": null, "url": null},
        ]},
        "nodes": [
            node("CHN", "China", "country", &["Beijing", "Chinese"]),
            node("IRN", "Iran", "country", &["Iranian", "Tehran"]),
            node("ISR", "Israel", "country", &["Israeli"]),
            node("RUS", "Russia", "country", &["Moscow"]),
            node("USA", "United States", "country", &["U.S.", "Washington"]),
            node("george-washington", "George Washington", "person", &["Washington"]),
            node("hassan-rouhani", "Hassan Rouhani", "person", &["Rouhani"]),
            node("nato", "North Atlantic Treaty Organization", "organization", &["NATO"]),
        ],
        "edges": [
            edge("CHN", "partnership", "IRN", vec![
                evidence("b", "China and Iran signed a 25-year cooperation agreement."),
                evidence("b", "Beijing and Tehran pledged to deepen their partnership."),
            ]),
            edge("CHN", "opposition", "USA", vec![evidence("c", "China opposed the U.S. measures.")]),
            edge("IRN", "opposition", "ISR", vec![evidence("c", "Iran condemned Israel.")]),
            edge("IRN", "partnership", "RUS", vec![evidence("d", "Russia and Iran are partners.")]),
            edge("ISR", "partnership", "USA", vec![evidence("a", "Israel and the United States are allies.")]),
            edge("RUS", "partnership", "USA", vec![evidence("d", "Russia and the United States cooperated.")]),
            edge("USA", "membership", "nato", vec![evidence("a", "The United States is a NATO member.")]),
            edge("USA", "sanctions", "IRN", vec![evidence("a", "The United States imposed sanctions on Iran.")]),
            edge("hassan-rouhani", "official_of", "IRN", vec![evidence("b", "Iranian President Hassan Rouhani spoke.")]),
        ],
    })
}

/// Write `graph` as `name` in `dir`.
fn write_graph(dir: &Path, name: &str, graph: &Value) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec_pretty(graph).unwrap()).unwrap();
    path
}

/// Run newsgraph with `args`; (exit code, stdout, stderr).
fn run(args: &[&str]) -> (i32, String, String) {
    let out = newsgraph().args(args).output().expect("newsgraph runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Run with `--json` and parse standard output.
fn run_json(args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let (code, stdout, stderr) = run(&all);
    assert_eq!(code, 0, "{args:?}: {stderr}");
    serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{args:?}: not JSON ({e}): {stdout}"))
}

fn fixture() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = write_graph(dir.path(), "world.json", &world());
    let path = path.to_str().unwrap().to_string();
    (dir, path)
}

fn ids(list: &Value) -> Vec<String> {
    list.as_array()
        .expect("a list")
        .iter()
        .map(|v| v["id"].as_str().or(v.as_str()).expect("an id").to_string())
        .collect()
}

#[test]
fn entities_are_found_by_any_name_case_insensitively() {
    let (_dir, g) = fixture();
    for name in ["IRN", "iran", "TEHRAN", "Iranian", "the Iran"] {
        let out = run_json(&["neighbors", &g, name, "-r", "sanctions"]);
        assert_eq!(out["entity"]["id"], "IRN", "{name}");
    }
    for name in ["US", "u.s.", "United States", "usa"] {
        let out = run_json(&["neighbors", &g, name, "-r", "membership"]);
        assert_eq!(out["entity"]["id"], "USA", "{name}");
    }
    let out = run_json(&["neighbors", &g, "rouhani"]);
    assert_eq!(out["entity"]["id"], "hassan-rouhani");
}

#[test]
fn ambiguous_names_list_candidates_and_unknown_names_suggest() {
    let (_dir, g) = fixture();
    let (code, _, err) = run(&["neighbors", &g, "Washington"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("`Washington` names 2 entities: United States (USA, country), George Washington (george-washington, person)"),
        "{err}"
    );
    let (code, _, err) = run(&["path", &g, "Irann", "China"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("no entity named `Irann` in the graph; did you mean Iran (IRN)"),
        "{err}"
    );
    let (code, _, err) = run(&["explain", &g, "US", "Narnia"]);
    assert_eq!(code, 1);
    assert!(err.contains("no entity named `Narnia`"), "{err}");
}

#[test]
fn neighbors_filter_by_relation_direction_and_kind() {
    let (_dir, g) = fixture();
    // Who sanctions Iran.
    let (code, out, _) = run(&[
        "neighbors",
        &g,
        "Iran",
        "--relation",
        "sanctions",
        "--direction",
        "in",
    ]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "tie             neighbor       id   kind     weight  confidence\n\
         <-[sanctions]-  United States  USA  country       1        0.90\n"
    );
    // Whom Iran sanctions: nobody; exit 1.
    let (code, out, err) = run(&["neighbors", &g, "Iran", "-r", "sanctions", "-d", "out"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(err.contains("no ties of Iran (IRN) match"), "{err}");
    // Symmetric relations match either direction.
    let out = run_json(&["neighbors", &g, "Iran", "-r", "partnership", "-d", "out"]);
    assert_eq!(
        ids(&Value::Array(
            out["ties"]
                .as_array()
                .unwrap()
                .iter()
                .map(|t| t["neighbor"].clone())
                .collect()
        )),
        ["CHN", "RUS"]
    );
    // Kind filter and evidence.
    let (code, out, _) = run(&["neighbors", &g, "Iran", "--kind", "person", "--evidence"]);
    assert_eq!(code, 0);
    assert!(out.contains("<-[official_of]-  Hassan Rouhani"), "{out}");
    assert!(
        out.contains("    \"Iranian President Hassan Rouhani spoke.\" (b:0-39)"),
        "{out}"
    );
    assert!(!out.contains("China"), "{out}");
}

#[test]
fn paths_show_every_shortest_path_with_evidence() {
    let (dir, g) = fixture();
    let (code, out, _) = run(&["path", &g, "China", "Israel"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        "path  hop  from           tie              to             also\n\
         \x20  1    1  China          -[partnership]-  Iran\n\
         \x20   \"China and Iran signed a 25-year cooperation agreement.\" (b:0-54)\n\
         \x20  1    2  Iran           -[opposition]->  Israel\n\
         \x20   \"Iran condemned Israel.\" (c:0-22)\n\
         \x20  2    1  China          -[opposition]->  United States\n\
         \x20   \"China opposed the U.S. measures.\" (c:0-32)\n\
         \x20  2    2  United States  -[partnership]-  Israel\n\
         \x20   \"Israel and the United States are allies.\" (a:0-40)\n"
    );
    // k shortest: two of length 2, then longer ones; saved as a graph.
    let sub = dir.path().join("paths.dot");
    let out = run_json(&[
        "path",
        &g,
        "China",
        "Israel",
        "--k",
        "3",
        "--subgraph",
        sub.to_str().unwrap(),
        "--format",
        "dot",
    ]);
    let dot = std::fs::read_to_string(&sub).unwrap();
    // The third path is China, Iran, the US (by the sanctions), Israel.
    assert!(dot.starts_with("digraph"), "{dot}");
    assert!(
        dot.contains("\"USA\" [") && !dot.contains("\"RUS\" ["),
        "{dot}"
    );
    let lengths: Vec<u64> = out["paths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["length"].as_u64().unwrap())
        .collect();
    assert_eq!(lengths, [2, 2, 3]);
    // Only friendly relations: through Iran is cut, through Russia remains.
    let out = run_json(&["path", &g, "China", "Israel", "-r", "partnership"]);
    let nodes: Vec<Vec<String>> = out["paths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| ids(&p["nodes"]))
        .collect();
    assert_eq!(nodes, [["CHN", "IRN", "RUS", "USA", "ISR"]]);
    // One entity by two names is no question.
    let (code, _, err) = run(&["path", &g, "Iran", "Tehran"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("`Iran` and `Tehran` are the same entity, Iran (IRN)"),
        "{err}"
    );
    // Following directions only: nothing points from Israel to China.
    let (code, _, err) = run(&[
        "path",
        &g,
        "Israel",
        "China",
        "--directed",
        "-r",
        "opposition,sanctions",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("no path between Israel and China"), "{err}");
}

#[test]
fn ego_networks_are_graphs_the_exporters_read() {
    let (dir, g) = fixture();
    let out = dir.path().join("ego.json");
    let (code, _, err) = run(&[
        "ego",
        &g,
        "Israel",
        "--depth",
        "1",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("ego network of Israel to depth 1: 3 nodes, 3 edges"),
        "{err}"
    );
    let ego = newsgraph::export::json::read_graph(&out).expect("ego JSON reads as a graph");
    let node_ids: Vec<&str> = ego.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(node_ids, ["IRN", "ISR", "USA"]);
    // Induced: the sanctions between Iran and the US are kept too.
    assert_eq!(ego.edges.len(), 3, "{:?}", ego.edges);
    let docs: Vec<&str> = ego.graph.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(docs, ["a", "c"]);
    // Depth 2 reaches the partners of partners; DOT renders it.
    let (code, dot, _) = run(&["ego", &g, "Israel", "--depth", "2", "--format", "dot"]);
    assert_eq!(code, 0);
    assert!(dot.starts_with("digraph"), "{dot}");
    for label in [
        "China",
        "Russia",
        "North Atlantic Treaty Organization",
        "Hassan Rouhani",
    ] {
        assert!(dot.contains(label), "{label} in {dot}");
    }
    assert!(!dot.contains("George Washington"));
}

#[test]
fn patterns_answer_multi_hop_questions() {
    let (dir, g) = fixture();
    let (code, out, _) = run(&["query", &g, "(?x)-[sanctions]->(Iran)"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        "?x             -[sanctions]->  Iran\nUnited States  -[sanctions]->  Iran\n"
    );
    // Iran's partners, and whom they oppose.
    let out = run_json(&[
        "query",
        &g,
        "(Iran)-[partnership|support]-(?x)-[opposition]->(?y)",
    ]);
    let rows: Vec<(String, String)> = out["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["bindings"]["x"]["id"].as_str().unwrap().into(),
                m["bindings"]["y"]["id"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(rows, [("CHN".to_string(), "USA".to_string())]);
    // Partners of partners, kinds, a matched subgraph.
    let sub = dir.path().join("sub.json");
    let out = run_json(&[
        "query",
        &g,
        "(Iran)-[partnership]-(?x:country)-[partnership]-(?y)",
        "--subgraph",
        sub.to_str().unwrap(),
    ]);
    let ys: Vec<&str> = out["matches"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["bindings"]["y"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ys,
        ["USA"],
        "one edge is never used twice, so Iran is not its own partner's partner"
    );
    let sub = newsgraph::export::json::read_graph(&sub).unwrap();
    assert_eq!(sub.edges.len(), 2);
    // A variable used twice names one node.
    let (code, _, _) = run(&["query", &g, "(?x)-[partnership]-(?y)-[partnership]-(?x)"]);
    assert_eq!(code, 1, "no two partnerships join the same pair");
}

#[test]
fn bad_patterns_are_clear_errors() {
    let (_dir, g) = fixture();
    let (code, out, err) = run(&["query", &g, "(Iran)-[alliance]->(?x)"]);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.contains("bad pattern at column 9: unknown relation `alliance`"),
        "{err}"
    );
    assert!(
        err.contains("(Iran)-[alliance]->(?x)\n          ^"),
        "{err}"
    );
    let (code, _, err) = run(&["query", &g, "(Narnia)-[*]-(?x)"]);
    assert_eq!(code, 1);
    assert!(err.contains("no entity named `Narnia`"), "{err}");
}

#[test]
fn rank_orders_by_centrality() {
    let (_dir, g) = fixture();
    let out = run_json(&["rank", &g, "--by", "degree", "--top", "3"]);
    let top: Vec<(String, f64)> = out["scores"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_str().unwrap().into(),
                r["score"].as_f64().unwrap(),
            )
        })
        .collect();
    // Iran: in from CHN, RUS, USA, Rouhani; out to CHN, RUS, ISR. The US: in
    // from ISR, RUS, CHN; out to ISR, RUS, NATO, IRN. Ties go in id order.
    assert_eq!(top[0], ("IRN".to_string(), 7.0));
    assert_eq!(top[1], ("USA".to_string(), 7.0));
    let out = run_json(&[
        "rank",
        &g,
        "--by",
        "in-degree",
        "-r",
        "sanctions",
        "--top",
        "1",
    ]);
    assert_eq!(out["scores"][0]["id"], "IRN");
    let (code, out, _) = run(&["rank", &g, "--kind", "organization"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("rank  entity                              id    kind          pagerank\n   1  North Atlantic Treaty Organization  nato  organization  0."), "{out}");
    for measure in [
        "pagerank",
        "betweenness",
        "eigenvector",
        "katz",
        "out-degree",
    ] {
        let out = run_json(&["rank", &g, "--by", measure, "--top", "0"]);
        assert_eq!(out["scores"].as_array().unwrap().len(), 8, "{measure}");
    }
    let (code, _, err) = run(&["rank", &g, "--damping", "1.5"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("PageRank damping must be in [0, 1), not 1.5"),
        "{err}"
    );
}

#[test]
fn components_and_communities_are_deterministic() {
    let (_dir, g) = fixture();
    let out = run_json(&["components", &g]);
    let sizes: Vec<u64> = out["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["size"].as_u64().unwrap())
        .collect();
    assert_eq!(sizes, [7, 1]);
    assert_eq!(ids(&out["components"][1]["members"]), ["george-washington"]);
    let out = run_json(&[
        "components",
        &g,
        "-r",
        "sanctions,opposition",
        "--no-isolates",
    ]);
    assert_eq!(
        ids(&out["components"][0]["members"]),
        ["CHN", "IRN", "ISR", "USA"]
    );
    let first = run(&["communities", &g, "--seed", "5"]);
    assert_eq!(first.0, 0);
    assert!(first.1.contains("modularity"), "{}", first.1);
    assert_eq!(first, run(&["communities", &g, "--seed", "5"]));
    let (code, _, err) = run(&["communities", &g, "--resolution", "0"]);
    assert_eq!(code, 1);
    assert!(err.contains("resolution must be positive"), "{err}");
}

#[test]
fn balance_reports_triads_and_the_enemy_of_my_enemy() {
    let (dir, g) = fixture();
    let out = run_json(&["balance", &g]);
    let s = &out["summary"];
    assert_eq!(
        (
            s["ppp"].as_u64(),
            s["pnn"].as_u64(),
            s["ppn"].as_u64(),
            s["nnn"].as_u64()
        ),
        (Some(0), Some(2), Some(1), Some(0))
    );
    assert!((s["ratio"].as_f64().unwrap() - 2.0 / 3.0).abs() < 1e-12);
    // Unbalanced first: Russia is friends with both Iran and the US.
    assert_eq!(out["triads"][0]["type"], "++-");
    assert_eq!(ids(&out["triads"][0]["nodes"]), ["IRN", "RUS", "USA"]);

    let out = run_json(&["balance", &g, "Iran"]);
    assert_eq!(ids(&out["friends"]), ["CHN", "RUS"]);
    assert_eq!(ids(&out["enemies"]), ["ISR", "USA"]);
    let verdicts = |key: &str| -> Vec<(String, String)> {
        out[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| {
                (
                    i["id"].as_str().unwrap().into(),
                    i["verdict"].as_str().unwrap().into(),
                )
            })
            .collect()
    };
    assert_eq!(
        verdicts("enemies_of_enemies"),
        [("CHN".into(), "holds".into())]
    );
    assert_eq!(
        verdicts("friends_of_enemies"),
        [
            ("ISR".into(), "holds".into()),
            ("RUS".into(), "violated".into()),
            ("USA".into(), "holds".into()),
            ("nato".into(), "open".into()),
        ],
        "NATO is the US's friend (membership) and has no tie to Iran"
    );
    let (code, table, _) = run(&["balance", &g, "Iran"]);
    assert_eq!(code, 0);
    assert!(table.contains("enemy of enemy   China"), "{table}");
    assert!(
        table.contains("violated (predicted negative, is positive)"),
        "{table}"
    );

    // Users change the mapping: opposition as neutral leaves one triad.
    let out = run_json(&["balance", &g, "--neutral", "opposition"]);
    assert_eq!(out["triads"].as_array().unwrap().len(), 1);
    let signs = dir.path().join("signs.tsv");
    std::fs::write(&signs, "relation\tsign\nopposition\t0\n").unwrap();
    let out = run_json(&["balance", &g, "--signs", signs.to_str().unwrap()]);
    assert_eq!(out["signs"]["opposition"], "neutral");
    assert_eq!(out["triads"].as_array().unwrap().len(), 1);
    std::fs::write(&signs, "relation\tsign\nopposition\tmaybe\n").unwrap();
    let (code, _, err) = run(&["balance", &g, "--signs", signs.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("signs.tsv:2: sign must be `+`, `-` or `0`, not `maybe`"),
        "{err}"
    );
}

#[test]
fn since_and_until_keep_evidence_from_the_window() {
    let (_dir, g) = fixture();
    // 2022 only: the 2021 partnership and the undated one are gone.
    let (code, out, err) = run(&["neighbors", &g, "Iran", "--since", "2022", "--json"]);
    assert_eq!(code, 0);
    assert!(
        err.contains("warning: 1 document(s) without a usable date are outside the window: d"),
        "{err}"
    );
    let out: Value = serde_json::from_str(&out).unwrap();
    let ties: Vec<(&str, &str)> = out["ties"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["relation"].as_str().unwrap(),
                t["neighbor"]["id"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(ties, [("sanctions", "USA"), ("opposition", "ISR")]);
    // Up to March 2021: only the partnership with China, with both sentences.
    let out = run_json(&[
        "neighbors",
        &g,
        "Iran",
        "--until",
        "2021-03",
        "-r",
        "partnership",
    ]);
    assert_eq!(out["ties"].as_array().unwrap().len(), 1);
    assert_eq!(out["ties"][0]["weight"], 2);
    assert_eq!(out["ties"][0]["documents"], 1);
    assert_eq!(out["ties"][0]["neighbor"]["id"], "CHN");
    // Windows apply to algorithms and patterns alike.
    let out = run_json(&[
        "query",
        &g,
        "(?x)-[*]-(Iran)",
        "--since",
        "2022-06-01",
        "--until",
        "2022-06-30",
    ]);
    assert_eq!(out["matches"].as_array().unwrap().len(), 1);
    let out = run_json(&[
        "rank",
        &g,
        "--by",
        "in-degree",
        "--since",
        "2022-01-10",
        "--until",
        "2022-01-10",
        "--top",
        "1",
    ]);
    assert_eq!(out["scores"][0]["score"], 1.0);
    // Bad dates and empty windows are errors.
    let (code, _, err) = run(&["rank", &g, "--since", "last week"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("`last week` is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
        "{err}"
    );
    let (code, _, err) = run(&["rank", &g, "--since", "2023", "--until", "2022"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("the window is empty: --since 2023-01-01 is after --until 2022-12-31"),
        "{err}"
    );
}

#[test]
fn diff_lists_added_removed_and_reweighted() {
    let (dir, a) = fixture();
    let mut world = world();
    let edges = world["edges"].as_array_mut().unwrap();
    edges.retain(|e| e["relation"] != "membership");
    edges[0]["weight"] = json!(5);
    world["nodes"]
        .as_array_mut()
        .unwrap()
        .push(node("zz", "Zed", "person", &[]));
    let b = write_graph(dir.path(), "later.json", &world);
    let out = run_json(&["diff", &a, b.to_str().unwrap()]);
    assert_eq!(ids(&out["nodes_added"]), ["zz"]);
    assert_eq!(out["nodes_removed"], json!([]));
    assert_eq!(out["edges_removed"][0]["relation"], "membership");
    assert_eq!(out["edges_changed"][0]["before"], 2);
    assert_eq!(out["edges_changed"][0]["after"], 5);
    let (code, table, _) = run(&["diff", &a, b.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(
        table.contains("-       edge  USA -[membership]-> nato       1\n"),
        "{table}"
    );
    assert!(
        table.contains("~       edge  CHN -[partnership]-- IRN       2      5\n"),
        "{table}"
    );
    let (code, _, err) = run(&["diff", &a, &a]);
    assert_eq!(code, 0);
    assert!(err.contains("no differences"));
}

#[test]
fn broken_graphs_are_errors_not_panics() {
    let dir = tempfile::tempdir().unwrap();
    let mut world = world();
    world["edges"][0]["target"] = json!("XXX");
    let g = write_graph(dir.path(), "dangling.json", &world);
    let g = g.to_str().unwrap();
    for args in [
        vec!["rank", g],
        vec!["neighbors", g, "Iran"],
        vec!["query", g, "(?x)-[*]-(Iran)"],
        vec!["balance", g],
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 1, "{args:?}");
        assert!(
            err.contains(
                "dangling.json is not a consistent graph: edge 0 (CHN -> XXX) names an unknown node `XXX`"
            ),
            "{args:?}: {err}"
        );
    }
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"nodes\": [\n  oops]}").unwrap();
    let (code, _, err) = run(&["components", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("bad.json: not a newsgraph graph JSON"),
        "{err}"
    );
    assert!(err.contains("line 2"), "{err}");
}

#[test]
fn every_query_command_has_help_with_examples() {
    for command in [
        "neighbors",
        "path",
        "ego",
        "query",
        "rank",
        "components",
        "communities",
        "balance",
        "distances",
        "diff",
    ] {
        newsgraph()
            .args([command, "--help"])
            .assert()
            .success()
            .stdout(
                predicate::str::contains("Examples:")
                    .and(predicate::str::contains(format!("newsgraph {command} "))),
            );
    }
}

#[test]
fn built_graphs_answer_who_sanctions_whom() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "The United States imposed new sanctions on Iran on Monday.",
    )
    .unwrap();
    let graph = dir.path().join("g.json");
    newsgraph()
        .args([
            "build",
            article.to_str().unwrap(),
            "-o",
            graph.to_str().unwrap(),
            "-q",
        ])
        .assert()
        .success();
    let g = graph.to_str().unwrap();
    let (code, out, _) = run(&["query", g, "(?who)-[sanctions]->(Iran)"]);
    assert_eq!(code, 0);
    assert!(out.contains("United States  -[sanctions]->  Iran"), "{out}");
    let out = run_json(&["distances", g, "united states"]);
    assert_eq!(
        out["distances"],
        json!([{"id": "USA", "hops": 0}, {"id": "IRN", "hops": 1}])
    );
}
