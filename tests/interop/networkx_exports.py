#!/usr/bin/env python3
"""Load newsgraph's GraphML and GEXF exports with NetworkX (`read_graphml`,
`read_gexf(version="1.3")`), as a user would, and check them against the
graph JSON they came from: every node with its typed attributes, every edge
with its relation, direction, weight and evidence, and, in GEXF, the time
spells from the document dates.

Usage: networkx_exports.py GRAPH.json GRAPH.graphml GRAPH.gexf [...triples]
Exit status 0 when every file passes; prints one line per file.
"""
import datetime
import json
import sys

import networkx as nx


def xml(text):
    """What XML 1.0 can hold of a text: it has no way to write most control
    characters, so the export drops them."""
    return "".join(c for c in text if c in "\t\n\r" or (ord(c) >= 0x20 and c not in "\ufffe\uffff"))


def fail(path, message):
    raise AssertionError(f"{path}: {message}")


def iso_dates(data):
    """Document id -> YYYY-MM-DD, for documents whose date starts with one."""
    out = {}
    for doc in data["graph"]["documents"]:
        date = (doc.get("date") or "").strip()
        head = date[:10]
        if len(head) == 10 and head[4] == "-" and head[7] == "-" and (len(date) == 10 or date[10] in "T t"):
            try:
                datetime.date.fromisoformat(head)
                out[doc["id"]] = head
            except ValueError:
                pass
    return out


def check_nodes(path, graph, data):
    """Every node of the JSON, with its typed attributes."""
    for node in data["nodes"]:
        attrs = graph.nodes[node["id"]]
        if attrs["label"] != xml(node["label"]) or attrs["kind"] != node["kind"]:
            fail(path, f"node {node['id']!r}: label or kind")
        if attrs["mentions"] != node["mentions"] or not isinstance(attrs["mentions"], int):
            fail(path, f"node {node['id']!r}: mentions must be the int {node['mentions']}")
        aliases = attrs.get("aliases", "")
        if (aliases.split("|") if aliases else []) != [xml(a) for a in node["aliases"]]:
            fail(path, f"node {node['id']!r}: aliases {aliases!r}")
        if attrs.get("role") != (xml(node["role"]) if "role" in node else None):
            fail(path, f"node {node['id']!r}: role")


def edge_attrs(path, graph, edge, i):
    """The attributes of the JSON's edge `i` (key `e{i}` when NetworkX made
    a multigraph; it makes a simple one when no pair has two edges)."""
    if graph.is_multigraph():
        attrs = graph.get_edge_data(edge["source"], edge["target"], key=f"e{i}")
    else:
        attrs = graph.get_edge_data(edge["source"], edge["target"])
    if attrs is None:
        fail(path, f"edge e{i} {edge['source']!r} -> {edge['target']!r} missing")
    return attrs


def check_graphml(data, path):
    graph = nx.read_graphml(path)
    if not graph.is_directed():
        fail(path, "not directed")
    if graph.number_of_nodes() != len(data["nodes"]):
        fail(path, f"{graph.number_of_nodes()} nodes, want {len(data['nodes'])}")
    if graph.number_of_edges() != len(data["edges"]):
        fail(path, f"{graph.number_of_edges()} edges, want {len(data['edges'])}")
    check_nodes(path, graph, data)
    for i, edge in enumerate(data["edges"]):
        attrs = edge_attrs(path, graph, edge, i)
        if attrs["relation"] != edge["relation"]:
            fail(path, f"edge e{i}: relation")
        if attrs["directed"] is not edge["directed"]:
            fail(path, f"edge e{i}: directed must be the boolean {edge['directed']}")
        if attrs["weight"] != edge["weight"] or not isinstance(attrs["weight"], int):
            fail(path, f"edge e{i}: weight")
        if abs(attrs["confidence"] - edge["confidence"]) > 1e-9:
            fail(path, f"edge e{i}: confidence")
        sentences = attrs.get("evidence", "").split("\n") if edge["evidence"] else []
        want = [" ".join(xml(ev["sentence"]).split()) for ev in edge["evidence"]]
        if sentences != want:
            fail(path, f"edge e{i}: evidence {sentences!r} != {want!r}")
        docs = attrs.get("evidence_documents", "").split("\n") if edge["evidence"] else []
        if docs != [" ".join(xml(ev["doc"]).split()) for ev in edge["evidence"]]:
            fail(path, f"edge e{i}: evidence documents")
    return graph


def check_gexf(data, path):
    graph = nx.read_gexf(path, version="1.3")
    if not graph.is_directed():
        fail(path, "not directed")
    if graph.graph.get("mode") != "dynamic":
        fail(path, "not a dynamic graph")
    if graph.number_of_nodes() != len(data["nodes"]):
        fail(path, f"{graph.number_of_nodes()} nodes, want {len(data['nodes'])}")
    # A symmetric relation is a `mutual` edge, which NetworkX reads as two arcs.
    arcs = sum(1 if e["directed"] else 2 for e in data["edges"])
    if graph.number_of_edges() != arcs:
        fail(path, f"{graph.number_of_edges()} arcs, want {arcs}")
    check_nodes(path, graph, data)
    dates = iso_dates(data)
    spelled = 0
    for i, edge in enumerate(data["edges"]):
        attrs = edge_attrs(path, graph, edge, i)
        if attrs["label"] != edge["relation"] or attrs["relation"] != edge["relation"]:
            fail(path, f"edge e{i}: relation")
        if attrs["directed"] is not edge["directed"]:
            fail(path, f"edge e{i}: directed")
        if attrs["weight"] != edge["weight"]:
            fail(path, f"edge e{i}: weight")
        days = {dates.get(ev["doc"]) for ev in edge["evidence"]}
        if edge["evidence"] and None not in days:
            want = sorted((d, d) for d in days)
            if sorted(attrs.get("spells", [])) != want:
                fail(path, f"edge e{i}: spells {attrs.get('spells')} != {want}")
            spelled += 1
            for end in (edge["source"], edge["target"]):
                node_spells = graph.nodes[end].get("spells")
                if node_spells is not None and not set(want) <= set(node_spells):
                    fail(path, f"edge e{i} outlives node {end!r}")
        elif "spells" in attrs:
            fail(path, f"edge e{i}: undated evidence, yet spells {attrs['spells']}")
    return graph, spelled


def main():
    args = sys.argv[1:]
    if not args or len(args) % 3:
        print("usage: networkx_exports.py GRAPH.json GRAPH.graphml GRAPH.gexf [...]", file=sys.stderr)
        return 2
    for i in range(0, len(args), 3):
        with open(args[i], encoding="utf-8") as f:
            data = json.load(f)
        graphml = check_graphml(data, args[i + 1])
        print(f"networkx {nx.__version__} read_graphml {args[i + 1]}: "
              f"{graphml.number_of_nodes()} nodes, {graphml.number_of_edges()} edges")
        gexf, spelled = check_gexf(data, args[i + 2])
        print(f"networkx {nx.__version__} read_gexf {args[i + 2]}: "
              f"{gexf.number_of_nodes()} nodes, {gexf.number_of_edges()} arcs, {spelled} edges with time spells")
    print(f"{len(args) // 3} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
