//! Node and edge attributes as typed scalar columns, for the formats whose
//! attributes hold no lists or records: GraphML and GEXF (and, with its own
//! array type, Neo4j's CSV).
//!
//! One table of columns keeps those exports in step: the same names, the
//! same types, the same way of flattening a list. Lists of names (aliases,
//! documents) are joined with `|`, which no name in the gazetteers holds;
//! lists of sentences are joined with line breaks, after each sentence's own
//! line breaks and runs of spaces are folded into one space, so splitting
//! on `\n` gives the sentences back, one per evidence record, aligned with
//! `evidence_documents` and `evidence_rules`.

use crate::graph::{Edge, Node};

/// The type of a column's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnType {
    /// Text.
    String,
    /// Whole number.
    Int,
    /// Floating-point number.
    Double,
    /// `true` or `false`.
    Boolean,
}

/// A named, typed attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// The attribute's name, as the tools show it.
    pub name: &'static str,
    /// The type of its values.
    pub kind: ColumnType,
}

const fn column(name: &'static str, kind: ColumnType) -> Column {
    Column { name, kind }
}

/// The separator of joined name lists.
pub const LIST_SEPARATOR: &str = "|";

/// Node columns, in the order [`node_values`] gives them.
pub const NODE_COLUMNS: [Column; 5] = [
    column("label", ColumnType::String),
    column("kind", ColumnType::String),
    column("aliases", ColumnType::String),
    column("mentions", ColumnType::Int),
    column("role", ColumnType::String),
];

/// Edge columns, in the order [`edge_values`] gives them.
pub const EDGE_COLUMNS: [Column; 8] = [
    column("relation", ColumnType::String),
    column("directed", ColumnType::Boolean),
    column("weight", ColumnType::Int),
    column("documents", ColumnType::Int),
    column("confidence", ColumnType::Double),
    column("evidence", ColumnType::String),
    column("evidence_documents", ColumnType::String),
    column("evidence_rules", ColumnType::String),
];

/// A node's values for [`NODE_COLUMNS`]; `None` where it has none (a role).
pub fn node_values(node: &Node) -> [Option<String>; 5] {
    [
        Some(node.label.clone()),
        Some(node.kind.to_string()),
        Some(node.aliases.join(LIST_SEPARATOR)),
        Some(node.mentions.to_string()),
        node.role.clone(),
    ]
}

/// An edge's values for [`EDGE_COLUMNS`].
pub fn edge_values(edge: &Edge) -> [Option<String>; 8] {
    let lines = |f: &dyn Fn(&crate::graph::Evidence) -> String| {
        edge.evidence.iter().map(f).collect::<Vec<_>>().join("\n")
    };
    [
        Some(edge.relation.to_string()),
        Some(edge.directed.to_string()),
        Some(edge.weight.to_string()),
        Some(document_count(edge).to_string()),
        Some(format!("{}", edge.confidence)),
        Some(lines(&|e| one_line(&e.sentence))),
        Some(lines(&|e| one_line(&e.doc))),
        Some(lines(&|e| one_line(&e.rule))),
    ]
}

/// How many documents an edge's evidence comes from: the graph's own count
/// when it has one, else the distinct documents of the evidence kept.
pub fn document_count(edge: &Edge) -> usize {
    let kept: std::collections::BTreeSet<&str> =
        edge.evidence.iter().map(|e| e.doc.as_str()).collect();
    edge.documents.max(kept.len())
}

/// The calendar date (`YYYY-MM-DD`) of every document whose date starts
/// with one, by document id: an ISO date or date-time (`2022-02-24`,
/// `2022-02-24T09:00:00Z`). Other dates are left out: the time formats need
/// a day, and guessing one from "Feb 2022" would invent it.
pub fn document_dates(
    graph: &crate::graph::KnowledgeGraph,
) -> std::collections::BTreeMap<&str, String> {
    graph
        .graph
        .documents
        .iter()
        .filter_map(|d| Some((d.id.as_str(), iso_date(d.date.as_deref()?)?)))
        .collect()
}

/// The `YYYY-MM-DD` a date string starts with, if it is a real day.
pub fn iso_date(text: &str) -> Option<String> {
    let text = text.trim();
    let day = text.get(..10)?;
    let rest = &text[10..];
    if !(rest.is_empty() || rest.starts_with(['T', ' ', 't'])) {
        return None;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = day.get(r)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    if day.as_bytes()[4] != b'-' || day.as_bytes()[7] != b'-' {
        return None;
    }
    let (year, month, date) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&date).then(|| day.to_string())
}

/// CSV bytes of a header and rows: RFC 4180 quoting, `\n` line ends.
pub fn csv_bytes<R: AsRef<[String]>>(
    header: &[&str],
    rows: impl IntoIterator<Item = R>,
) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    let memory = "writing CSV into memory cannot fail";
    writer.write_record(header).expect(memory);
    for row in rows {
        writer.write_record(row.as_ref()).expect(memory);
    }
    writer.into_inner().expect(memory)
}

/// `text` on one line: every run of whitespace (line breaks included) as
/// one space.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_real_days() {
        let cases = [
            ("2022-02-24", Some("2022-02-24")),
            (" 2022-02-24T09:00:00Z", Some("2022-02-24")),
            ("2022-02-24 09:00", Some("2022-02-24")),
            ("2024-02-29", Some("2024-02-29")),
            ("2023-02-29", None),
            ("2022-13-01", None),
            ("2022-02", None),
            ("24/02/2022", None),
            ("2022-02-240", None),
            ("February 24, 2022", None),
            ("２０２２-02-24", None),
        ];
        for (text, want) in cases {
            assert_eq!(iso_date(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn values_line_up_with_columns() {
        let edge: Edge = serde_json::from_value(serde_json::json!({
            "source": "USA", "target": "IRN", "key": "sanctions", "relation": "sanctions",
            "directed": true, "weight": 2, "confidence": 0.9,
            "evidence": [
                {"doc": "a", "sentence": "The U.S.\nsanctioned  Iran.", "start": 0, "end": 25,
                 "rule": "verb `sanctioned`", "confidence": 0.9},
                {"doc": "b", "sentence": "More sanctions.", "start": 3, "end": 18,
                 "rule": "noun `sanctions`", "confidence": 0.8}]
        }))
        .unwrap();
        let values = edge_values(&edge);
        let get = |name: &str| {
            let i = EDGE_COLUMNS.iter().position(|c| c.name == name).unwrap();
            values[i].clone().unwrap()
        };
        assert_eq!(get("directed"), "true");
        assert_eq!(get("documents"), "2");
        assert_eq!(
            get("evidence"),
            "The U.S. sanctioned Iran.\nMore sanctions."
        );
        assert_eq!(get("evidence_documents"), "a\nb");
        assert_eq!(get("confidence"), "0.9");
    }
}
