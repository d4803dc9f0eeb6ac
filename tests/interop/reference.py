#!/usr/bin/env python3
"""Check newsgraph's graph algorithms against NetworkX and igraph.

For each graph JSON given (the example graphs in graphs/) and for random
graphs generated here from fixed seeds, run the `newsgraph` binary
(`rank`, `components`, `distances`, `path`, `ego`, `balance`, `communities`)
and compare with the same computation in NetworkX (and PageRank also in igraph,
whose PRPACK solver converges fully), on the same view of the graph: a
simple directed graph with an arc for each directed edge, arcs both ways for
a symmetric relation, parallel arcs merged with their weights summed.

Values must agree to 1e-6 (they agree to about 1e-10). Usage:

    reference.py path/to/newsgraph graphs/*.json

Prints one line per failed check and a summary `N passed, M failed`; exits 1
when any check fails.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

import igraph
import networkx as nx

try:  # NetworkX's pagerank needs SciPy; its pure-Python version does not.
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python as nx_pagerank
except ImportError:  # pragma: no cover - older or newer layouts
    nx_pagerank = nx.pagerank

TOLERANCE = 1e-6
SYMMETRIC = {"partnership", "meeting", "trade", "conflict"}
DIRECTED = ["sanctions", "membership", "official_of", "opposition", "support"]
RELATIONS = sorted(SYMMETRIC) + DIRECTED


class Checker:
    def __init__(self, binary):
        self.binary = binary
        self.passed = 0
        self.failed = 0

    def run(self, *args, expect_ok=True):
        proc = subprocess.run([self.binary, *args], capture_output=True, text=True)
        if expect_ok and proc.returncode != 0:
            raise RuntimeError(f"newsgraph {' '.join(args)} exited {proc.returncode}: {proc.stderr}")
        return proc

    def json(self, *args):
        return json.loads(self.run(*args, "--json").stdout)

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAIL {name}: {detail}")

    def close(self, name, ours, theirs):
        """Compare two {id: value} maps to TOLERANCE."""
        if set(ours) != set(theirs):
            self.check(name, False, f"different nodes: {sorted(set(ours) ^ set(theirs))[:5]}")
            return
        worst = max((abs(ours[k] - theirs[k]), k) for k in ours) if ours else (0.0, None)
        self.check(name, worst[0] <= TOLERANCE, f"differs by {worst[0]:.3g} at {worst[1]}")


def view(data, relations=None):
    """The simple directed graph newsgraph analyses (see src/analysis/network.rs)."""
    g = nx.DiGraph()
    g.add_nodes_from(n["id"] for n in data["nodes"])
    for e in data["edges"]:
        if relations and e["relation"] not in relations:
            continue
        arcs = [(e["source"], e["target"])]
        if not e["directed"] and e["source"] != e["target"]:
            arcs.append((e["target"], e["source"]))
        for s, t in arcs:
            if g.has_edge(s, t):
                g[s][t]["weight"] += e["weight"]
            else:
                g.add_edge(s, t, weight=e["weight"])
    return g


def undirected_ties(data):
    """The undirected weighted graph Louvain works on: each edge once."""
    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in data["nodes"])
    for e in data["edges"]:
        s, t = e["source"], e["target"]
        if g.has_edge(s, t):
            g[s][t]["weight"] += e["weight"]
        else:
            g.add_edge(s, t, weight=e["weight"])
    return g


def scores(result):
    return {row["id"]: row["score"] for row in result["scores"]}


def igraph_pagerank(g, weighted):
    nodes = list(g.nodes)
    index = {n: i for i, n in enumerate(nodes)}
    ig = igraph.Graph(n=len(nodes), edges=[(index[s], index[t]) for s, t in g.edges], directed=True)
    weights = [w for _, _, w in g.edges(data="weight")] if weighted else None
    values = ig.pagerank(damping=0.85, weights=weights, implementation="prpack")
    return dict(zip(nodes, values))


def check_graph(c, path, label):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    g = view(data)
    n = g.number_of_nodes()

    # Degree.
    for measure, theirs in [
        ("in-degree", dict(g.in_degree())),
        ("out-degree", dict(g.out_degree())),
        ("degree", dict(g.degree())),
    ]:
        ours = scores(c.json("rank", path, "--by", measure, "--top", "0"))
        c.check(f"{label} {measure}", ours == {k: float(v) for k, v in theirs.items()}, "differs")

    # PageRank, weighted and not, against NetworkX and igraph.
    for weighted in (True, False):
        args = ["rank", path, "--by", "pagerank", "--top", "0", "--tolerance", "1e-13"]
        if not weighted:
            args.append("--unweighted")
        ours = scores(c.json(*args))
        nx_values = nx_pagerank(g, alpha=0.85, tol=1e-15, max_iter=100000,
                                weight="weight" if weighted else None) if n else {}
        kind = "weighted" if weighted else "unweighted"
        c.close(f"{label} pagerank {kind} vs networkx", ours, nx_values)
        if n:
            c.close(f"{label} pagerank {kind} vs igraph", ours, igraph_pagerank(g, weighted))

    # PageRank on some relations only.
    friendly = ["partnership", "support", "membership", "trade"]
    ours = scores(c.json("rank", path, "--by", "pagerank", "--top", "0", "--tolerance", "1e-13",
                         "--relation", ",".join(friendly)))
    gf = view(data, set(friendly))
    c.close(f"{label} pagerank on friendly relations vs networkx", ours,
            nx_pagerank(gf, tol=1e-15, max_iter=100000, weight="weight") if n else {})

    # Betweenness (normalized, hops).
    ours = scores(c.json("rank", path, "--by", "betweenness", "--top", "0"))
    c.close(f"{label} betweenness vs networkx", ours, nx.betweenness_centrality(g, normalized=True))
    ours = scores(c.json("rank", path, "--by", "betweenness", "--top", "0", "--raw"))
    c.close(f"{label} raw betweenness vs networkx", ours, nx.betweenness_centrality(g, normalized=False))

    # Katz (weighted), NetworkX's definition and stopping rule; alpha small
    # enough to converge on the dense random graphs.
    ours = scores(c.json("rank", path, "--by", "katz", "--alpha", "0.02", "--top", "0", "--tolerance", "1e-12"))
    theirs = nx.katz_centrality(g, alpha=0.02, beta=1.0, max_iter=10000, tol=1e-12, weight="weight") if n else {}
    c.close(f"{label} katz vs networkx", ours, theirs)

    # Eigenvector centrality: both converge, or neither does.
    proc = c.run("rank", path, "--by", "eigenvector", "--top", "0", "--tolerance", "1e-12", "--json",
                 expect_ok=False)
    try:
        theirs = nx.eigenvector_centrality(g, max_iter=10000, tol=1e-12, weight="weight") if n else {}
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException):
        theirs = None
    if theirs is None:
        c.check(f"{label} eigenvector fails like networkx", proc.returncode == 1, proc.stdout[:200])
    else:
        c.check(f"{label} eigenvector converges like networkx", proc.returncode == 0, proc.stderr)
        if proc.returncode == 0:
            c.close(f"{label} eigenvector vs networkx", scores(json.loads(proc.stdout)), theirs)

    # Weakly connected components.
    ours = {frozenset(comp["members"]) for comp in c.json("components", path)["components"]}
    theirs = {frozenset(comp) for comp in nx.weakly_connected_components(g)}
    c.check(f"{label} components vs networkx", ours == theirs,
            f"{len(ours)} vs {len(theirs)} components")

    # Shortest path lengths from a few sources, following arcs and either way.
    ids = sorted(g.nodes, key=lambda v: (-g.degree(v), v))[:4]
    undirected = g.to_undirected(as_view=True)
    for source in ids:
        for direction, graph in [("out", g), ("both", undirected)]:
            result = c.json("distances", path, source, "--direction", direction)
            ours = {row["id"]: row["hops"] for row in result["distances"]}
            theirs = nx.single_source_shortest_path_length(graph, source)
            c.check(f"{label} distances {direction} from {source}", ours == theirs,
                    f"{len(ours)} vs {len(theirs)} reached")

    # Paths between pairs: length, and how many shortest paths there are.
    for a, b in zip(ids, ids[1:] + ids[:1]):
        if a == b:
            continue
        # Exit 1 means no path; the JSON is printed either way.
        proc = c.run("path", path, a, b, "--limit", "1000", "--json", expect_ok=False)
        paths = json.loads(proc.stdout)["paths"]
        try:
            all_paths = list(nx.all_shortest_paths(undirected, a, b))
        except nx.NetworkXNoPath:
            all_paths = []
        if all_paths:
            lengths = {p["length"] for p in paths}
            c.check(f"{label} path {a}-{b} length", lengths == {len(all_paths[0]) - 1},
                    f"{lengths} vs {len(all_paths[0]) - 1}")
            ours = sorted(tuple(node["id"] for node in p["nodes"]) for p in paths)
            c.check(f"{label} path {a}-{b} all shortest", ours == sorted(map(tuple, all_paths)),
                    f"{len(ours)} vs {len(all_paths)} paths")
        else:
            c.check(f"{label} path {a}-{b} none", paths == [], f"{len(paths)} paths")

    # Ego networks: NetworkX's ego_graph over ties in either direction.
    for source in ids[:2]:
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "ego.json")
            c.run("ego", path, source, "--depth", "2", "-o", out)
            with open(out, encoding="utf-8") as f:
                ours = {node["id"] for node in json.load(f)["nodes"]}
        theirs = set(nx.ego_graph(undirected, source, radius=2).nodes)
        c.check(f"{label} ego network of {source}", ours == theirs, f"{len(ours)} vs {len(theirs)} nodes")

    # Structural balance: triads of the signed view, counted with NetworkX.
    positive = {"partnership", "support", "membership", "trade"}
    negative = {"opposition", "sanctions", "conflict"}
    evidence = {}
    for e in data["edges"]:
        if e["source"] == e["target"] or e["relation"] not in positive | negative:
            continue
        pair = tuple(sorted((e["source"], e["target"])))
        pos, neg = evidence.get(pair, (0, 0))
        evidence[pair] = (pos + e["weight"], neg) if e["relation"] in positive else (pos, neg + e["weight"])
    signed = nx.Graph()
    for (a, b), (pos, neg) in evidence.items():
        if pos != neg:
            signed.add_edge(a, b, sign=1 if pos > neg else -1)
    counts = [0, 0, 0, 0]  # by number of negative ties
    for clique in nx.enumerate_all_cliques(signed):
        if len(clique) == 3:
            a, b, x = clique
            counts[[signed[a][b]["sign"], signed[b][x]["sign"], signed[a][x]["sign"]].count(-1)] += 1
        elif len(clique) > 3:
            break
    summary = c.json("balance", path, "--limit", "0")["summary"]
    ours = [summary["ppp"], summary["ppn"], summary["pnn"], summary["nnn"]]
    c.check(f"{label} balance triads vs networkx", ours == counts, f"{ours} vs {counts}")

    # Louvain: our modularity is NetworkX's modularity of our partition.
    result = c.json("communities", path, "--seed", "3")
    partition = [set(comp["members"]) for comp in result["communities"]]
    ties = undirected_ties(data)
    if ties.number_of_edges():
        theirs = nx.community.modularity(ties, partition, weight="weight")
        c.check(f"{label} modularity vs networkx", abs(result["modularity"] - theirs) <= 1e-9,
                f"{result['modularity']} vs {theirs}")
        best_nx = max(nx.community.modularity(ties, nx.community.louvain_communities(ties, seed=s,
                                                                                    weight="weight"),
                                              weight="weight") for s in range(3))
        c.check(f"{label} louvain modularity close to networkx's louvain",
                result["modularity"] >= best_nx - 0.02, f"{result['modularity']:.4f} vs {best_nx:.4f}")


def random_graph(seed, nodes, edges, isolated=0):
    """A graph JSON with random relations between `nodes` nodes (plus some
    without ties), parallel relations and symmetric edges included."""
    rng = random.Random(seed)
    ids = [f"n{i:04d}" for i in range(nodes + isolated)]
    kinds = ["country", "person", "organization"]
    keys = set()
    while len(keys) < edges:
        s, t = rng.randrange(nodes), rng.randrange(nodes)
        if s == t:
            continue
        relation = rng.choice(RELATIONS)
        if relation in SYMMETRIC and s > t:
            s, t = t, s
        keys.add((ids[s], relation, ids[t]))
    edge_list = [
        {"source": s, "target": t, "key": r, "relation": r, "directed": r not in SYMMETRIC,
         "weight": rng.randint(1, 4), "confidence": 1.0, "evidence": []}
        for s, r, t in sorted(keys)
    ]
    return {
        "directed": True, "multigraph": True,
        "graph": {"generator": "tests/interop/reference.py", "documents": []},
        "nodes": [{"id": i, "label": f"Node {i}", "kind": rng.choice(kinds), "aliases": [], "mentions": 1}
                  for i in ids],
        "edges": edge_list,
    }


def main():
    if len(sys.argv) < 2:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: reference.py NEWSGRAPH [GRAPH.json ...]", file=sys.stderr)
        return 2
    c = Checker(sys.argv[1])
    graphs = [(p, os.path.basename(p)) for p in sys.argv[2:]]
    with tempfile.TemporaryDirectory() as tmp:
        for seed, nodes, edges, isolated in [(1, 300, 1200, 10), (2, 150, 200, 5), (3, 60, 600, 0)]:
            path = os.path.join(tmp, f"random-{seed}.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(random_graph(seed, nodes, edges, isolated), f)
            graphs.append((path, f"random-{seed} ({nodes + isolated} nodes, {edges} edges)"))
        for path, label in graphs:
            before = c.failed
            check_graph(c, path, label)
            print(f"{'ok  ' if c.failed == before else 'FAIL'} {label}")
    print(f"networkx {nx.__version__}, igraph {igraph.__version__}")
    print(f"reference: {c.passed} passed, {c.failed} failed")
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
