//! Neo4j: CSV files for `neo4j-admin database import`, plus a Cypher script
//! that loads the same files into a running database with `LOAD CSV`.
//!
//! The files follow the import tool's header format: `name:type` columns
//! (`int`, `double`, `boolean`, `string[]`), one `:ID` column of node ids,
//! `:LABEL`, and `:START_ID`, `:END_ID`, `:TYPE` for relationships. Every
//! node is an `Entity` with a second label for its kind (`Country`,
//! `Person`, `Organization`); every edge is a relationship typed by its
//! relation in upper case (`SANCTIONS`, `OFFICIAL_OF`). Neo4j has no
//! undirected relationships, so a symmetric relation is stored once from
//! `source` to `target` with `directed` false: match it without an arrow.
//!
//! Arrays (aliases, evidence sentences, their documents and rules) are
//! split on [`ARRAY_DELIMITER`], the ASCII unit separator: sentences hold
//! every printable character (`;`, `|`, `§` included), and control
//! characters are dropped from values, so it can never occur in data.
//! Sentences may span lines, hence `--multiline-fields=true` in the import
//! command.

use super::columns::{csv_bytes, document_count};
use crate::graph::KnowledgeGraph;
use crate::ontology::{EntityKind, RelationKind};
use std::fmt::Write as _;

/// The array delimiter of the CSV files: U+001F, the unit separator.
pub const ARRAY_DELIMITER: char = '\u{1f}';

/// The node file's name.
pub const NODES_FILE: &str = "nodes.csv";
/// The relationship file's name.
pub const RELATIONSHIPS_FILE: &str = "relationships.csv";
/// The `neo4j-admin` import script's name.
pub const IMPORT_SCRIPT: &str = "import.sh";
/// The `LOAD CSV` script's name.
pub const CYPHER_SCRIPT: &str = "load.cypher";

/// Header of the node file.
pub const NODE_HEADER: [&str; 7] = [
    "id:ID",
    "label",
    "kind",
    "aliases:string[]",
    "mentions:int",
    "role",
    ":LABEL",
];

/// Header of the relationship file.
pub const RELATIONSHIP_HEADER: [&str; 12] = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "relation",
    "directed:boolean",
    "weight:int",
    "documents:int",
    "confidence:double",
    "evidence:string[]",
    "evidence_documents:string[]",
    "evidence_rules:string[]",
    "evidence_confidences:double[]",
];

/// The Neo4j label of a kind.
pub fn kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Country => "Country",
        EntityKind::Person => "Person",
        EntityKind::Organization => "Organization",
    }
}

/// The Neo4j relationship type of a relation.
pub fn relationship_type(relation: RelationKind) -> String {
    relation.as_str().to_ascii_uppercase()
}

/// `text` without control characters other than line breaks and tabs
/// (which also removes the array delimiter).
fn clean(text: &str) -> String {
    text.chars()
        .filter(|&c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'))
        .collect()
}

/// Values joined into one array field.
fn array<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    values
        .into_iter()
        .map(clean)
        .collect::<Vec<_>>()
        .join(&ARRAY_DELIMITER.to_string())
}

/// The node CSV.
pub fn nodes_csv(graph: &KnowledgeGraph) -> Vec<u8> {
    let rows: Vec<Vec<String>> = graph
        .nodes
        .iter()
        .map(|n| {
            vec![
                clean(&n.id),
                clean(&n.label),
                n.kind.to_string(),
                array(n.aliases.iter().map(String::as_str)),
                n.mentions.to_string(),
                n.role.as_deref().map(clean).unwrap_or_default(),
                array(["Entity", kind_label(n.kind)]),
            ]
        })
        .collect();
    csv_bytes(&NODE_HEADER, rows)
}

/// The relationship CSV.
pub fn relationships_csv(graph: &KnowledgeGraph) -> Vec<u8> {
    let rows: Vec<Vec<String>> = graph
        .edges
        .iter()
        .map(|e| {
            let confidences: Vec<String> = e
                .evidence
                .iter()
                .map(|ev| ev.confidence.to_string())
                .collect();
            vec![
                clean(&e.source),
                clean(&e.target),
                relationship_type(e.relation),
                e.relation.to_string(),
                e.directed.to_string(),
                e.weight.to_string(),
                document_count(e).to_string(),
                e.confidence.to_string(),
                array(e.evidence.iter().map(|ev| ev.sentence.as_str())),
                array(e.evidence.iter().map(|ev| ev.doc.as_str())),
                array(e.evidence.iter().map(|ev| ev.rule.as_str())),
                array(confidences.iter().map(String::as_str)),
            ]
        })
        .collect();
    csv_bytes(&RELATIONSHIP_HEADER, rows)
}

/// The `neo4j-admin database import` command, as a shell script.
pub fn import_script() -> String {
    format!(
        "#!/bin/sh\n\
         # Import this newsgraph export into a new, empty Neo4j 5 database with\n\
         # neo4j-admin (the database must not be running). Run from this directory:\n\
         #   sh {IMPORT_SCRIPT} [DATABASE]        (default database: neo4j)\n\
         # Arrays are separated by the ASCII unit separator (U+001F); sentences\n\
         # may span lines, hence --multiline-fields.\n\
         set -e\n\
         cd \"$(dirname \"$0\")\"\n\
         neo4j-admin database import full \\\n  \
         --overwrite-destination=true \\\n  \
         --multiline-fields=true \\\n  \
         --array-delimiter=\"$(printf '\\037')\" \\\n  \
         --nodes={NODES_FILE} \\\n  \
         --relationships={RELATIONSHIPS_FILE} \\\n  \
         \"${{1:-neo4j}}\"\n"
    )
}

/// A Cypher script that loads the two CSV files with `LOAD CSV` into a
/// running database (copy them into its `import` directory first).
pub fn cypher_script(graph: &KnowledgeGraph) -> String {
    let split = |column: &str| {
        format!("CASE row.`{column}` WHEN '' THEN [] ELSE split(row.`{column}`, '\\u001F') END")
    };
    let mut out = String::from(
        "// Load a newsgraph export into a running Neo4j 5 with LOAD CSV.\n\
         // Copy nodes.csv and relationships.csv into the database's import\n\
         // directory, then run: cypher-shell -f load.cypher\n\
         // Arrays are separated by U+001F (see nodes.csv and relationships.csv).\n\n\
         CREATE CONSTRAINT newsgraph_entity_id IF NOT EXISTS\n\
         FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n\n",
    );
    let _ = write!(
        out,
        "LOAD CSV WITH HEADERS FROM 'file:///{NODES_FILE}' AS row\n\
         MERGE (n:Entity {{id: row.`id:ID`}})\n\
         SET n.label = row.label, n.kind = row.kind,\n    \
         n.aliases = {},\n    \
         n.mentions = toInteger(row.`mentions:int`),\n    \
         n.role = CASE row.role WHEN '' THEN null ELSE row.role END\n",
        split("aliases:string[]")
    );
    for kind in EntityKind::ALL {
        let _ = writeln!(
            out,
            "FOREACH (_ IN CASE WHEN row.kind = '{kind}' THEN [1] ELSE [] END | SET n:{})",
            kind_label(kind)
        );
    }
    out.push_str(";\n");
    for relation in RelationKind::ALL {
        if !graph.edges.iter().any(|e| e.relation == relation) {
            continue;
        }
        let kind = relationship_type(relation);
        let _ = write!(
            out,
            "\nLOAD CSV WITH HEADERS FROM 'file:///{RELATIONSHIPS_FILE}' AS row\n\
             WITH row WHERE row.`:TYPE` = '{kind}'\n\
             MATCH (s:Entity {{id: row.`:START_ID`}}), (t:Entity {{id: row.`:END_ID`}})\n\
             MERGE (s)-[r:{kind}]->(t)\n\
             SET r.relation = row.relation,\n    \
             r.directed = row.`directed:boolean` = 'true',\n    \
             r.weight = toInteger(row.`weight:int`),\n    \
             r.documents = toInteger(row.`documents:int`),\n    \
             r.confidence = toFloat(row.`confidence:double`),\n    \
             r.evidence = {},\n    \
             r.evidence_documents = {},\n    \
             r.evidence_rules = {},\n    \
             r.evidence_confidences = [c IN {} | toFloat(c)];\n",
            split("evidence:string[]"),
            split("evidence_documents:string[]"),
            split("evidence_rules:string[]"),
            split("evidence_confidences:double[]"),
        );
    }
    out
}

/// Every file of the export: (file name, bytes), in a fixed order.
pub fn to_neo4j(graph: &KnowledgeGraph) -> Vec<(&'static str, Vec<u8>)> {
    vec![
        (NODES_FILE, nodes_csv(graph)),
        (RELATIONSHIPS_FILE, relationships_csv(graph)),
        (IMPORT_SCRIPT, import_script().into_bytes()),
        (CYPHER_SCRIPT, cypher_script(graph).into_bytes()),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph() -> KnowledgeGraph {
        serde_json::from_value(serde_json::json!({
            "directed": true, "multigraph": true,
            "graph": {"generator": "test", "documents": []},
            "nodes": [
                {"id": "USA", "label": "United States", "kind": "country",
                 "aliases": ["U.S.", "Washington"], "mentions": 3},
                {"id": "joe-biden", "label": "Joe \"Joe\" Biden", "kind": "person",
                 "aliases": [], "mentions": 1, "role": "president"}],
            "edges": [{"source": "joe-biden", "target": "USA", "key": "official_of",
                       "relation": "official_of", "directed": true, "weight": 1, "confidence": 0.9,
                       "evidence": [{"doc": "a", "sentence": "President Joe Biden said; \"no\",\nthen\u{1f}left.",
                                     "start": 0, "end": 40, "rule": "title", "confidence": 0.9}]}]
        }))
        .unwrap()
    }

    #[test]
    fn csv_rows_follow_the_headers() {
        let graph = graph();
        let nodes = String::from_utf8(nodes_csv(&graph)).unwrap();
        let mut lines = nodes.lines();
        assert_eq!(
            lines.next(),
            Some("id:ID,label,kind,aliases:string[],mentions:int,role,:LABEL")
        );
        assert_eq!(
            lines.next(),
            Some("USA,United States,country,U.S.\u{1f}Washington,3,,Entity\u{1f}Country")
        );
        assert_eq!(
            lines.next(),
            Some("joe-biden,\"Joe \"\"Joe\"\" Biden\",person,,1,president,Entity\u{1f}Person")
        );
        let relationships = String::from_utf8(relationships_csv(&graph)).unwrap();
        let mut reader = csv::Reader::from_reader(relationships.as_bytes());
        let record = reader.records().next().unwrap().unwrap();
        assert_eq!(&record[2], "OFFICIAL_OF");
        assert_eq!(&record[4], "true");
        assert_eq!(
            &record[8], "President Joe Biden said; \"no\",\nthenleft.",
            "the delimiter never occurs in data"
        );
    }

    #[test]
    fn scripts_name_the_files_and_the_types() {
        let graph = graph();
        let import = import_script();
        assert!(import.contains("--nodes=nodes.csv"));
        assert!(import.contains("--array-delimiter=\"$(printf '\\037')\""));
        let cypher = cypher_script(&graph);
        assert!(cypher.contains("MERGE (s)-[r:OFFICIAL_OF]->(t)"));
        assert!(!cypher.contains("SANCTIONS"), "only the types present");
        assert!(cypher.contains("split(row.`evidence:string[]`, '\\u001F')"));
    }
}
