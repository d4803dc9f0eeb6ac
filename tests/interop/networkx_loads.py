#!/usr/bin/env python3
"""Load every graph JSON given on the command line with NetworkX, as a user
would (`networkx.node_link_graph(data)`), and check that nothing is lost:
node and edge counts, edge keys, symmetric edges and evidence spans.

Exit status 0 when every file passes; prints one line per file.
"""
import json
import sys

import networkx as nx


def check(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    graph = nx.node_link_graph(data)
    assert isinstance(graph, nx.MultiDiGraph), f"{path}: expected a MultiDiGraph, got {type(graph)}"
    assert graph.number_of_nodes() == len(data["nodes"]), f"{path}: node count"
    assert graph.number_of_edges() == len(data["edges"]), f"{path}: edge count"
    for edge in data["edges"]:
        attrs = graph.get_edge_data(edge["source"], edge["target"], key=edge["key"])
        assert attrs is not None, f"{path}: edge {edge['source']} {edge['key']} {edge['target']} missing"
        assert attrs["relation"] == edge["relation"]
        assert attrs["weight"] == len(attrs["evidence"])
        assert attrs["directed"] == (edge["relation"] not in {"partnership", "meeting", "trade", "conflict"})
    for node_id, attrs in graph.nodes(data=True):
        assert attrs["kind"] in {"country", "person", "organization"}, f"{path}: kind of {node_id}"
    return graph.number_of_nodes(), graph.number_of_edges()


def main():
    paths = sys.argv[1:]
    if not paths:
        print("usage: networkx_loads.py GRAPH.json ...", file=sys.stderr)
        return 2
    for path in paths:
        nodes, edges = check(path)
        print(f"networkx {nx.__version__} loaded {path}: {nodes} nodes, {edges} edges")
    print(f"{len(paths)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
