#!/usr/bin/env python3
"""Time newsgraph, igraph and NetworkX on the same graphs, in the same run.

Runs the Rust benchmark (`cargo bench --bench analysis`), which generates a
random directed graph of 100,000 nodes / 1,000,000 edges and one of 5,000
nodes / 50,000 edges as graph JSON and times newsgraph on them; then times
the same operations in python-igraph and NetworkX on the same files:

  load         read the graph JSON and build the graph the algorithms run on
  pagerank     PageRank, damping 0.85, unweighted (igraph: PRPACK; NetworkX:
               its SciPy power iteration to the same L1 tolerance, 1e-10)
  components   weakly connected components
  bfs          breadth-first search from one node, along the arcs
  betweenness  exact betweenness on the 5,000-node graph

Prints a Markdown table with medians (seconds) and the ratios to newsgraph
(above 1: newsgraph is faster). Usage:

    python3 -m pip install networkx igraph scipy
    python3 benches/compare.py [--repeat 5] [--skip-networkx-betweenness]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import igraph
import networkx as nx


def median_time(repeat, fn):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def load_edges(path):
    """The analysis view: node ids in file order, arcs merged (as newsgraph)."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    index = {n["id"]: i for i, n in enumerate(data["nodes"])}
    arcs = {}
    for e in data["edges"]:
        s, t = index[e["source"]], index[e["target"]]
        for a in ((s, t), (t, s)) if not e["directed"] and s != t else ((s, t),):
            arcs[a] = arcs.get(a, 0) + e["weight"]
    return len(index), arcs


def load_igraph(path):
    n, arcs = load_edges(path)
    g = igraph.Graph(n=n, edges=list(arcs), directed=True)
    g.es["weight"] = list(arcs.values())
    return g


def load_networkx(path):
    n, arcs = load_edges(path)
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    g.add_weighted_edges_from((s, t, w) for (s, t), w in arcs.items())
    return g


def networkx_pagerank(g):
    # NetworkX stops when the L1 change is below N * tol: ask for 1e-10 in all.
    tol = 1e-10 / g.number_of_nodes()
    try:
        import scipy  # noqa: F401
        return nx.pagerank(g, alpha=0.85, tol=tol, weight=None)
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        return _pagerank_python(g, alpha=0.85, tol=tol, weight=None)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--skip-networkx-betweenness", action="store_true",
                        help="NetworkX's exact betweenness on 5,000 nodes takes minutes")
    parser.add_argument("--dir", help="keep the generated graphs here")
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = args.dir or tempfile.mkdtemp(prefix="newsgraph-compare-")

    print("== newsgraph (cargo bench --bench analysis)", file=sys.stderr, flush=True)
    proc = subprocess.run(
        ["cargo", "bench", "--quiet", "--bench", "analysis", "--", "--out", out, "--json",
         "--repeat", str(args.repeat)],
        cwd=root, capture_output=True, text=True, check=True)
    ours = json.loads(proc.stdout.strip().splitlines()[-1])
    big, small = ours["big"], ours["small"]

    print("== igraph", file=sys.stderr, flush=True)
    theirs = {"igraph": {}, "networkx": {}}
    ig = theirs["igraph"]
    ig["load"] = median_time(args.repeat, lambda: load_igraph(big))
    g = load_igraph(big)
    ig["pagerank"] = median_time(args.repeat, lambda: g.pagerank(damping=0.85))
    ig["components"] = median_time(args.repeat, lambda: g.connected_components(mode="weak"))
    ig["bfs"] = median_time(args.repeat, lambda: g.bfs(0, mode="out"))
    g5 = load_igraph(small)
    ig["betweenness"] = median_time(min(args.repeat, 3), lambda: g5.betweenness(directed=True))
    del g, g5

    print("== networkx", file=sys.stderr, flush=True)
    nxt = theirs["networkx"]
    few = min(args.repeat, 3)
    nxt["load"] = median_time(few, lambda: load_networkx(big))
    g = load_networkx(big)
    nxt["pagerank"] = median_time(1, lambda: networkx_pagerank(g))
    nxt["components"] = median_time(few, lambda: list(nx.weakly_connected_components(g)))
    nxt["bfs"] = median_time(few, lambda: nx.single_source_shortest_path_length(g, 0))
    del g
    if not args.skip_networkx_betweenness:
        g5 = load_networkx(small)
        nxt["betweenness"] = median_time(1, lambda: nx.betweenness_centrality(g5))

    ops = ["load", "pagerank", "components", "bfs", "betweenness"]
    print(f"\nnewsgraph ({ours['threads']} threads) vs igraph {igraph.__version__} and "
          f"NetworkX {nx.__version__}, median seconds; ratio = their time / ours")
    print("\n| operation | newsgraph | igraph | NetworkX | igraph / newsgraph | NetworkX / newsgraph |")
    print("|---|---:|---:|---:|---:|---:|")
    for op in ops:
        row = [op, f"{ours[op]:.4f}"]
        for lib in ("igraph", "networkx"):
            row.append(f"{theirs[lib][op]:.4f}" if op in theirs[lib] else "skipped")
        for lib in ("igraph", "networkx"):
            row.append(f"{theirs[lib][op] / ours[op]:.1f}x" if op in theirs[lib] else "")
        print("| " + " | ".join(row) + " |")
    print(f"\nPageRank: newsgraph took {ours['pagerank_iterations']} iterations to an L1 change < 1e-10.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
