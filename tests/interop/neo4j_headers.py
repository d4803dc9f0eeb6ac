#!/usr/bin/env python3
"""Check a newsgraph Neo4j export against the rules of `neo4j-admin database
import` (Neo4j 5 operations manual, "CSV header format"), independently of
the Rust code that wrote it, and against the graph JSON it came from.

Rules checked:
- the header is `name:type` fields; types are the importer's (int, long,
  float, double, boolean, byte, short, char, string, point, date,
  localtime, time, localdatetime, datetime, duration), optionally `[]`;
  special fields are ID (optionally with a group), LABEL, START_ID, END_ID,
  TYPE, IGNORE;
- a node file has exactly one ID field, a relationship file exactly one
  START_ID, END_ID and TYPE; no property name twice;
- every record has as many fields as the header; IDs are non-empty and
  unique, START_ID and END_ID name node IDs; every LABEL and TYPE value is
  non-empty; typed values parse (arrays split on the array delimiter that
  import.sh passes, each element parsed);
- import.sh calls `neo4j-admin database import full` with the files and
  `--multiline-fields=true` when values span lines; load.cypher reads the
  same files and headers.

Usage: neo4j_headers.py GRAPH.json EXPORT_DIR [GRAPH.json EXPORT_DIR ...]
"""
import csv
import json
import os
import re
import sys
import unicodedata

TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string",
         "point", "date", "localtime", "time", "localdatetime", "datetime", "duration"}
SPECIAL = re.compile(r"^(ID(\([^)]*\))?|LABEL|START_ID(\([^)]*\))?|END_ID(\([^)]*\))?|TYPE|IGNORE)$")


def without_controls(text):
    """What the export keeps of a value: control characters other than line
    breaks and tabs are dropped (the array delimiter is one of them)."""
    return "".join(c for c in text if c in "\t\n\r" or unicodedata.category(c) != "Cc")


def fail(path, message):
    raise AssertionError(f"{path}: {message}")


def parse_header(path, header):
    """[(name, type, is_array)], with type one of TYPES or a special field."""
    fields = []
    names = set()
    for raw in header:
        name, sep, kind = raw.rpartition(":")
        if not sep:
            name, kind = raw, "string"
        array = kind.endswith("[]")
        base = kind[:-2] if array else kind
        if SPECIAL.match(base):
            if array:
                fail(path, f"special field {raw!r} cannot be an array")
            base = base.split("(")[0]
        elif base.lower() not in TYPES:
            fail(path, f"field {raw!r}: unknown type {base!r}")
        if name:
            if name in names:
                fail(path, f"property {name!r} twice")
            names.add(name)
        fields.append((name, base, array))
    return fields


def parse_value(path, line, field, value):
    name, kind, _ = field
    kind = kind.lower()
    if kind in ("int", "long", "byte", "short"):
        if not re.fullmatch(r"-?\d+", value):
            fail(path, f"line {line}: {name} {value!r} is not an {kind}")
    elif kind in ("float", "double"):
        try:
            float(value)
        except ValueError:
            fail(path, f"line {line}: {name} {value!r} is not a {kind}")
    elif kind == "boolean":
        if value not in ("true", "false"):
            fail(path, f"line {line}: {name} {value!r} is not a boolean")


def read(path, delimiter, multiline):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows:
        fail(path, "empty")
    spans_lines = any("\n" in value or "\r" in value for row in rows for value in row)
    if spans_lines and not multiline:
        fail(path, "values span lines but import.sh lacks --multiline-fields=true")
    return rows[0], rows[1:]


def check_records(path, fields, records, delimiter):
    for n, record in enumerate(records, start=2):
        if len(record) != len(fields):
            fail(path, f"record {n}: {len(record)} fields, header has {len(fields)}")
        for field, value in zip(fields, record):
            name, kind, array = field
            if kind in ("ID", "START_ID", "END_ID", "TYPE", "LABEL") and not value:
                fail(path, f"record {n}: empty {kind}")
            if value == "":
                continue
            for element in (value.split(delimiter) if array or kind == "LABEL" else [value]):
                if kind == "LABEL" and not element:
                    fail(path, f"record {n}: empty label")
                parse_value(path, n, field, element)


def column(fields, records, kind):
    index = [i for i, f in enumerate(fields) if f[1] == kind]
    return index, [r[index[0]] for r in records] if index else []


def check(graph_path, directory):
    with open(graph_path, encoding="utf-8") as f:
        graph = json.load(f)
    script_path = os.path.join(directory, "import.sh")
    with open(script_path, encoding="utf-8") as f:
        script = f.read()
    if "neo4j-admin database import full" not in script:
        fail(script_path, "not a neo4j-admin database import full command")
    nodes_arg = re.search(r"--nodes=(\S+)", script)
    rels_arg = re.search(r"--relationships=(\S+)", script)
    if not nodes_arg or not rels_arg:
        fail(script_path, "no --nodes or --relationships")
    delimiter = ";"
    printf = re.search(r"--array-delimiter=\"\$\(printf '\\(\d{3})'\)\"", script)
    if printf:
        delimiter = chr(int(printf.group(1), 8))
    elif "--array-delimiter" in script:
        fail(script_path, "array delimiter not understood")
    multiline = "--multiline-fields=true" in script

    nodes_path = os.path.join(directory, nodes_arg.group(1))
    header, records = read(nodes_path, delimiter, multiline)
    fields = parse_header(nodes_path, header)
    check_records(nodes_path, fields, records, delimiter)
    index, ids = column(fields, records, "ID")
    if len(index) != 1:
        fail(nodes_path, f"{len(index)} ID fields, want 1")
    if len(set(ids)) != len(ids):
        fail(nodes_path, "duplicate node IDs")
    if sorted(ids) != sorted(n["id"] for n in graph["nodes"]):
        fail(nodes_path, "node IDs differ from the graph's")
    label_index, labels = column(fields, records, "LABEL")
    if len(label_index) != 1 or any("Entity" not in l.split(delimiter) for l in labels):
        fail(nodes_path, "every node needs the Entity label")

    rels_path = os.path.join(directory, rels_arg.group(1))
    header, records = read(rels_path, delimiter, multiline)
    fields = parse_header(rels_path, header)
    check_records(rels_path, fields, records, delimiter)
    for kind in ("START_ID", "END_ID", "TYPE"):
        index, values = column(fields, records, kind)
        if len(index) != 1:
            fail(rels_path, f"{len(index)} {kind} fields, want 1")
        if kind != "TYPE" and not set(values) <= set(ids):
            fail(rels_path, f"{kind} names a node that is not in {nodes_path}")
        if kind == "TYPE" and not all(re.fullmatch(r"[A-Z][A-Z_]*", v) for v in values):
            fail(rels_path, "relationship types must be upper-case words")
    if len(records) != len(graph["edges"]):
        fail(rels_path, f"{len(records)} relationships, graph has {len(graph['edges'])}")
    evidence = [i for i, f in enumerate(fields) if f[0] == "evidence"][0]
    for record, edge in zip(records, graph["edges"]):
        got = record[evidence].split(delimiter) if record[evidence] else []
        if got != [without_controls(e["sentence"]) for e in edge["evidence"]]:
            fail(rels_path, f"evidence of {edge['source']} {edge['relation']} {edge['target']} differs")

    cypher_path = os.path.join(directory, "load.cypher")
    with open(cypher_path, encoding="utf-8") as f:
        cypher = f.read()
    for name in (nodes_arg.group(1), rels_arg.group(1) if records else None):
        if name and f"file:///{name}" not in cypher:
            fail(cypher_path, f"does not load {name}")
    for quoted in re.findall(r"row\.`([^`]+)`", cypher):
        if quoted not in header and quoted not in open(nodes_path, encoding="utf-8").readline():
            fail(cypher_path, f"reads a column {quoted!r} no file has")
    return len(ids), len(records)


def main():
    args = sys.argv[1:]
    if not args or len(args) % 2:
        print("usage: neo4j_headers.py GRAPH.json EXPORT_DIR [...]", file=sys.stderr)
        return 2
    for i in range(0, len(args), 2):
        nodes, relationships = check(args[i], args[i + 1])
        print(f"neo4j import rules hold for {args[i + 1]}: {nodes} nodes, {relationships} relationships")
    print(f"{len(args) // 2} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
