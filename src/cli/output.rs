//! How the query commands print: aligned tables for people by default,
//! JSON for programs (`--json`), both to standard output.

use newsgraph::graph::Node;
use std::io::{self, Write};

/// A table: a header and rows, columns padded to their widest cell.
#[derive(Debug, Clone)]
pub struct Table {
    headers: Vec<String>,
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
    /// Lines printed under a row (evidence), indented, outside the columns.
    notes: Vec<Vec<String>>,
}

impl Table {
    /// A table with these column headers; a header starting with `>` is
    /// right-aligned (numbers), the `>` is not shown.
    pub fn new(headers: &[&str]) -> Self {
        Self {
            headers: headers
                .iter()
                .map(|h| h.trim_start_matches('>').to_string())
                .collect(),
            right: headers.iter().map(|h| h.starts_with('>')).collect(),
            rows: Vec::new(),
            notes: Vec::new(),
        }
    }

    /// Add a row (as many cells as headers).
    pub fn push(&mut self, row: Vec<String>) {
        self.push_with_notes(row, Vec::new());
    }

    /// Add a row followed by lines of notes (printed indented under it).
    pub fn push_with_notes(&mut self, row: Vec<String>, notes: Vec<String>) {
        debug_assert_eq!(row.len(), self.headers.len());
        self.rows.push(row);
        self.notes.push(notes);
    }

    /// Whether the table has no rows.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Write the header and rows, two spaces between columns, no trailing
    /// spaces.
    pub fn write(&self, out: &mut impl Write) -> io::Result<()> {
        let width = |c: usize| {
            std::iter::once(&self.headers[c])
                .chain(self.rows.iter().map(|r| &r[c]))
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0)
        };
        let widths: Vec<usize> = (0..self.headers.len()).map(width).collect();
        let no_notes = Vec::new();
        let lines =
            std::iter::once((&self.headers, &no_notes)).chain(self.rows.iter().zip(&self.notes));
        for (row, notes) in lines {
            let mut line = String::new();
            for (c, cell) in row.iter().enumerate() {
                if c > 0 {
                    line.push_str("  ");
                }
                let pad = widths[c] - cell.chars().count();
                if self.right[c] {
                    line.extend(std::iter::repeat_n(' ', pad));
                    line.push_str(cell);
                } else {
                    line.push_str(cell);
                    if c + 1 < row.len() {
                        line.extend(std::iter::repeat_n(' ', pad));
                    }
                }
            }
            writeln!(out, "{}", line.trim_end())?;
            for note in notes {
                writeln!(out, "    {note}")?;
            }
        }
        Ok(())
    }
}

/// Write JSON to standard output, pretty, with a final newline.
pub fn print_json(value: &impl serde::Serialize) -> anyhow::Result<()> {
    // Serialized first, so a closed pipe surfaces as a plain io::Error.
    let mut bytes = serde_json::to_vec_pretty(value)?;
    bytes.push(b'\n');
    let mut out = io::stdout().lock();
    out.write_all(&bytes)?;
    out.flush()?;
    Ok(())
}

/// An entity as JSON output names it.
pub fn entity(node: &Node) -> serde_json::Value {
    serde_json::json!({"id": node.id, "label": node.label, "kind": node.kind})
}

/// Write one line of text to standard output (a summary above a table).
pub fn print_line(text: &str) -> anyhow::Result<()> {
    let mut out = io::stdout().lock();
    writeln!(out, "{text}")?;
    out.flush()?;
    Ok(())
}

/// Write a table to standard output.
pub fn print_table(table: &Table) -> anyhow::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    table.write(&mut out)?;
    out.flush()?;
    Ok(())
}

/// An edge as the path and query commands print it in JSON: its key, weight
/// and first evidence sentence.
pub fn edge_json(edge: &newsgraph::graph::Edge) -> serde_json::Value {
    serde_json::json!({
        "source": edge.source,
        "relation": edge.relation,
        "target": edge.target,
        "directed": edge.directed,
        "weight": edge.weight,
        "evidence": edge.evidence.first(),
    })
}

/// An edge as seen walking from node `from`: `-[r]->` (it points away),
/// `<-[r]-` (it points at `from`) or `-[r]-` (symmetric).
pub fn tie(
    graph: &newsgraph::graph::KnowledgeGraph,
    edge: &newsgraph::graph::Edge,
    from: usize,
) -> String {
    if !edge.directed {
        format!("-[{}]-", edge.relation)
    } else if edge.source == graph.nodes[from].id {
        format!("-[{}]->", edge.relation)
    } else {
        format!("<-[{}]-", edge.relation)
    }
}

/// One evidence sentence as a note line: the sentence on one line, then
/// where it is (`doc:start-end`).
pub fn evidence_note(ev: &newsgraph::graph::Evidence) -> String {
    format!(
        "\"{}\" ({}:{}-{})",
        ev.sentence.split_whitespace().collect::<Vec<_>>().join(" "),
        ev.doc,
        ev.start,
        ev.end
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_align() {
        let mut t = Table::new(&["name", ">score", "note"]);
        t.push(vec!["Iran".into(), "0.25".into(), "".into()]);
        t.push_with_notes(
            vec!["United States".into(), "1".into(), "x".into()],
            vec!["a note".into()],
        );
        let mut out = Vec::new();
        t.write(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "name           score  note\nIran            0.25\nUnited States      1  x\n    a note\n"
        );
    }
}
