//! The event table: one CSV row per evidence sentence, with its date and a
//! CAMEO root code, to line the graph up with GDELT or ICEWS event data.
//!
//! Columns: `date` (the document's day, `YYYY-MM-DD`, empty when the
//! document has no ISO date), `source` and `target` ids (ISO 3166 alpha-3
//! for countries, as CAMEO actor codes use) with their labels, `relation`,
//! `directed` (false for symmetric relations, whose ends are then in id
//! order), `cameo_root`, `document`, `sentence` (on one line), its `start`
//! and `end` character offsets, and the `rule` and `confidence` of the
//! reading. Rows are sorted by date (undated last), document, position and
//! edge. An edge contributes the evidence sentences the graph kept.
//!
//! The CAMEO root comes from `cameo.tsv`, next to this file: by relation,
//! refined by the cue that read the sentence ("threatened" is 13, threaten;
//! "condemned" 11, disapprove). `membership` and `official_of` have none.

use super::columns::{csv_bytes, document_dates, one_line};
use crate::graph::KnowledgeGraph;
use crate::ontology::RelationKind;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// The table's header.
pub const HEADER: [&str; 14] = [
    "date",
    "source",
    "source_label",
    "target",
    "target_label",
    "relation",
    "directed",
    "cameo_root",
    "document",
    "sentence",
    "start",
    "end",
    "rule",
    "confidence",
];

/// The CAMEO table: relation -> (cue prefix, root), `*` as the default.
type CameoTable = BTreeMap<RelationKind, Vec<(&'static str, Option<&'static str>)>>;

static CAMEO: LazyLock<CameoTable> = LazyLock::new(|| {
    parse_cameo(include_str!("cameo.tsv")).expect("the built-in CAMEO table is valid (tested)")
});

/// Parse the CAMEO table; an error names the line.
fn parse_cameo(text: &'static str) -> Result<CameoTable, String> {
    let mut table = CameoTable::new();
    let mut header = false;
    for (i, line) in text.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if !header {
            header = line == "relation\tcue\troot";
            if !header {
                return Err(format!("cameo.tsv:{}: expected the header", i + 1));
            }
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let [relation, cue, root] = fields[..] else {
            return Err(format!("cameo.tsv:{}: expected 3 fields", i + 1));
        };
        let relation: RelationKind = relation
            .parse()
            .map_err(|e| format!("cameo.tsv:{}: {e}", i + 1))?;
        let root = match root {
            "-" => None,
            r if r.len() == 2 && r.bytes().all(|b| b.is_ascii_digit()) => Some(r),
            r => return Err(format!("cameo.tsv:{}: bad root `{r}`", i + 1)),
        };
        table.entry(relation).or_default().push((cue, root));
    }
    Ok(table)
}

/// The cue a rule quotes: "verb `threatened`" -> "threatened".
fn cue_of(rule: &str) -> Option<&str> {
    let start = rule.find('`')? + 1;
    let len = rule[start..].find('`')?;
    Some(&rule[start..start + len])
}

/// The CAMEO root of a sentence read as `relation` by `rule`.
pub fn cameo_root(relation: RelationKind, rule: &str) -> Option<&'static str> {
    let rows = CAMEO.get(&relation)?;
    let cue = cue_of(rule).map(str::to_lowercase);
    let best = rows
        .iter()
        .filter(|(prefix, _)| {
            *prefix == "*" || cue.as_deref().is_some_and(|c| c.starts_with(prefix))
        })
        .max_by_key(|(prefix, _)| if *prefix == "*" { 0 } else { prefix.len() })?;
    best.1
}

/// Where a row sorts: (undated, date, document, position, edge), so dated
/// rows come first in date order and undated ones last.
type RowKey<'g> = (bool, Option<&'g str>, &'g str, usize, usize);

/// The event table as CSV bytes.
pub fn to_events_csv(graph: &KnowledgeGraph) -> Vec<u8> {
    let dates = document_dates(graph);
    let label = |id: &str| {
        graph
            .node(id)
            .map_or_else(|| id.to_string(), |n| n.label.clone())
    };
    // Sort (key, edge, evidence) triples, then write the rows in that
    // order: the rows themselves are never held or moved.
    let mut order: Vec<(RowKey, usize, usize)> = Vec::new();
    for (i, edge) in graph.edges.iter().enumerate() {
        for (k, ev) in edge.evidence.iter().enumerate() {
            let date = dates.get(ev.doc.as_str()).map(String::as_str);
            order.push(((date.is_none(), date, ev.doc.as_str(), ev.start, i), i, k));
        }
    }
    order.sort_by(|a, b| a.0.cmp(&b.0).then(a.2.cmp(&b.2)));
    let rows = order.iter().map(|&((_, date, ..), i, k)| {
        let edge = &graph.edges[i];
        let ev = &edge.evidence[k];
        [
            date.unwrap_or_default().to_string(),
            edge.source.clone(),
            label(&edge.source),
            edge.target.clone(),
            label(&edge.target),
            edge.relation.to_string(),
            edge.directed.to_string(),
            cameo_root(edge.relation, &ev.rule)
                .unwrap_or_default()
                .to_string(),
            ev.doc.clone(),
            one_line(&ev.sentence),
            ev.start.to_string(),
            ev.end.to_string(),
            ev.rule.clone(),
            ev.confidence.to_string(),
        ]
    });
    csv_bytes(&HEADER, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cameo_table_is_valid_sorted_and_within_the_ontology() {
        let table = parse_cameo(include_str!("cameo.tsv")).unwrap();
        // The roots ONTOLOGY.md allows per relation.
        let allowed = |r: RelationKind| -> &[&str] {
            match r {
                RelationKind::Partnership => &["03", "05", "06"],
                RelationKind::Sanctions => &["16"],
                RelationKind::Opposition => &["11", "12", "13", "16"],
                RelationKind::Support => &["07", "05"],
                RelationKind::Meeting => &["04"],
                RelationKind::Trade => &["06"],
                RelationKind::Conflict => &["18", "19", "20"],
                RelationKind::Membership | RelationKind::OfficialOf => &[],
            }
        };
        for relation in RelationKind::ALL {
            let rows = &table[&relation];
            assert_eq!(rows[0].0, "*", "{relation} has a default first");
            let cues: Vec<&str> = rows.iter().map(|r| r.0).collect();
            let mut sorted = cues.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(cues, sorted, "{relation}: cues sorted and unique");
            for (cue, root) in rows {
                match root {
                    Some(root) => {
                        assert!(allowed(relation).contains(root), "{relation} {cue} {root}")
                    }
                    None => assert!(allowed(relation).is_empty(), "{relation} {cue}"),
                }
            }
        }
        assert!(parse_cameo("relation\tcue\troot\nsupport\t*\t7\n").is_err());
        assert!(
            parse_cameo("relation\tcue\troot\nalliance\t*\t05\n")
                .unwrap_err()
                .contains(":2:")
        );
    }

    #[test]
    fn roots_by_relation_and_cue() {
        let cases = [
            (RelationKind::Opposition, "verb `threatened`", Some("13")),
            (RelationKind::Opposition, "verb `condemned`", Some("11")),
            (RelationKind::Opposition, "verb `rejected`", Some("12")),
            (RelationKind::Opposition, "verb `cut ties`", Some("16")),
            (
                RelationKind::Sanctions,
                "noun with possessor `sanctions`",
                Some("16"),
            ),
            (RelationKind::Support, "verb `praised`", Some("05")),
            (RelationKind::Support, "noun `military aid`", Some("07")),
            (RelationKind::Conflict, "verb `invaded`", Some("19")),
            (RelationKind::Meeting, "verb `visited`", Some("04")),
            (
                RelationKind::Partnership,
                "coordinated subject `sign`",
                Some("05"),
            ),
            (
                RelationKind::Partnership,
                "noun `joint exercises`",
                Some("06"),
            ),
            (RelationKind::OfficialOf, "title", None),
            (RelationKind::Membership, "verb `joined`", None),
        ];
        for (relation, rule, want) in cases {
            assert_eq!(cameo_root(relation, rule), want, "{relation} {rule}");
        }
    }

    #[test]
    fn rows_are_sorted_by_date_with_undated_last() {
        let ev = |doc: &str, start: usize, rule: &str| {
            serde_json::json!({"doc": doc, "sentence": format!("In {doc}\nsentence."), "start": start,
                               "end": start + 10, "rule": rule, "confidence": 0.9})
        };
        let graph: KnowledgeGraph = serde_json::from_value(serde_json::json!({
            "directed": true, "multigraph": true,
            "graph": {"generator": "test", "documents": [
                {"id": "late", "date": "2022-05-01"}, {"id": "early", "date": "2022-01-01"},
                {"id": "nodate"}]},
            "nodes": [
                {"id": "CHN", "label": "China", "kind": "country", "aliases": [], "mentions": 1},
                {"id": "USA", "label": "United States", "kind": "country", "aliases": [], "mentions": 1}],
            "edges": [{"source": "USA", "target": "CHN", "key": "opposition", "relation": "opposition",
                       "directed": true, "weight": 3, "confidence": 0.9,
                       "evidence": [ev("late", 5, "verb `warned`"), ev("nodate", 0, "verb `criticized`"),
                                    ev("early", 9, "verb `accused`")]}]
        }))
        .unwrap();
        let text = String::from_utf8(to_events_csv(&graph)).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], HEADER.join(","));
        assert_eq!(
            lines[1],
            "2022-01-01,USA,United States,CHN,China,opposition,true,11,early,In early sentence.,9,19,verb `accused`,0.9"
        );
        assert!(lines[2].starts_with("2022-05-01,") && lines[2].contains(",13,late,"));
        assert!(lines[3].starts_with(",USA,") && lines[3].contains(",nodate,"));
        assert_eq!(lines.len(), 4);
    }
}
