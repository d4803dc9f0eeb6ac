//! What part of the graph a question is about: some relations, and evidence
//! from a time window.
//!
//! Every query and algorithm runs on the graph [`restrict`] returns, so a
//! `--relation` or `--since` means the same thing everywhere. The window
//! works on evidence: an edge keeps the sentences whose document's date
//! (`graph.documents[].date`) falls inside it, its weight and document count
//! become theirs, and an edge left with none is dropped. (A graph keeps at
//! most a few sentences per edge, `--max-evidence` of `newsgraph build`, so
//! in a window the weight counts the sentences kept, not those pruned: build
//! with a larger `--max-evidence` to count them all.) Evidence from undated
//! documents (or dates that do not parse) is outside every window. Nodes
//! stay: the graph does not record which documents mention an entity, so an
//! entity without edges in the window is kept, alone.

use crate::error::{Error, Result};
use crate::graph::{DocumentMeta, KnowledgeGraph};
use crate::ontology::RelationKind;
use std::borrow::Cow;
use std::collections::{BTreeSet, HashSet};
use std::fmt;

/// A calendar date, compared as (year, month, day).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// How precise a date given by the user is: `2022`, `2022-03` or `2022-03-14`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Precision {
    Year,
    Month,
    Day,
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally followed by a time
/// (`2022-03-14T09:00:00Z`, `2022-03-14 09:00`), which is ignored.
fn parse_date(text: &str) -> Option<(Date, Precision)> {
    let text = text.trim();
    let date = text.split(['T', ' ']).next().unwrap_or("");
    let mut parts = date.split('-');
    let number = |part: Option<&str>, len: usize| {
        part.filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u16>().ok())
    };
    let year = number(parts.next(), 4)?;
    let (month, day, precision) = match (parts.next(), parts.next()) {
        (None, _) => (1, 1, Precision::Year),
        (Some(m), None) => (number(Some(m), 2)?, 1, Precision::Month),
        (Some(m), Some(d)) => (number(Some(m), 2)?, number(Some(d), 2)?, Precision::Day),
    };
    if parts.next().is_some() || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some((
        Date {
            year,
            month: month as u8,
            day: day as u8,
        },
        precision,
    ))
}

impl Date {
    /// The date a document's `date` field names, if it is one (only its
    /// first day when it names a month or a year).
    pub fn of_document(text: &str) -> Option<Date> {
        parse_date(text).map(|(d, _)| d)
    }

    /// The first day of the period a user's `--since` names.
    pub fn since(text: &str) -> Result<Date> {
        parse_date(text)
            .map(|(d, _)| d)
            .ok_or_else(|| bad_date(text))
    }

    /// The last day of the period a user's `--until` names: `2022` is
    /// 2022-12-31, `2022-02` is 2022-02-31 (as a bound, that is the whole month).
    pub fn until(text: &str) -> Result<Date> {
        let (mut date, precision) = parse_date(text).ok_or_else(|| bad_date(text))?;
        if precision == Precision::Year {
            date.month = 12;
        }
        if precision != Precision::Day {
            date.day = 31;
        }
        Ok(date)
    }
}

fn bad_date(text: &str) -> Error {
    Error::Analysis {
        message: format!("`{text}` is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    }
}

/// A time window: evidence from documents dated in `[since, until]`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Window {
    /// First day in the window.
    pub since: Option<Date>,
    /// Last day in the window.
    pub until: Option<Date>,
}

impl Window {
    /// Whether the window restricts anything.
    pub fn is_open(&self) -> bool {
        self.since.is_none() && self.until.is_none()
    }

    /// Whether a document with this `date` field is inside the window.
    pub fn contains(&self, date: Option<&str>) -> bool {
        if self.is_open() {
            return true;
        }
        match date.and_then(Date::of_document) {
            None => false,
            Some(d) => self.since.is_none_or(|s| d >= s) && self.until.is_none_or(|u| d <= u),
        }
    }
}

/// The part of the graph a question is about.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// Only edges of these relations (empty: all).
    pub relations: BTreeSet<RelationKind>,
    /// Only evidence from this window.
    pub window: Window,
}

/// The graph restricted to a scope, and what the window left out.
#[derive(Debug, Clone)]
pub struct Restricted<'g> {
    /// The restricted graph (borrowed when the scope restricts nothing).
    pub graph: Cow<'g, KnowledgeGraph>,
    /// Documents left out because they have no date, or one that does not parse.
    pub undated: Vec<String>,
}

/// Restrict `graph` to `scope`: see the module docs for what that means.
pub fn restrict<'g>(graph: &'g KnowledgeGraph, scope: &Scope) -> Result<Restricted<'g>> {
    if let (Some(s), Some(u)) = (scope.window.since, scope.window.until)
        && s > u
    {
        return Err(Error::Analysis {
            message: format!("the window is empty: --since {s} is after --until {u}"),
        });
    }
    if scope.relations.is_empty() && scope.window.is_open() {
        return Ok(Restricted {
            graph: Cow::Borrowed(graph),
            undated: Vec::new(),
        });
    }
    let mut undated = Vec::new();
    let mut inside: HashSet<&str> = HashSet::new();
    let mut documents: Vec<DocumentMeta> = Vec::new();
    for d in &graph.graph.documents {
        if scope.window.contains(d.date.as_deref()) {
            inside.insert(d.id.as_str());
            documents.push(d.clone());
        } else if d.date.as_deref().and_then(Date::of_document).is_none() {
            undated.push(d.id.clone());
        }
    }
    let mut edges = Vec::new();
    for e in &graph.edges {
        if !scope.relations.is_empty() && !scope.relations.contains(&e.relation) {
            continue;
        }
        if scope.window.is_open() {
            edges.push(e.clone());
            continue;
        }
        let evidence: Vec<_> = e
            .evidence
            .iter()
            .filter(|ev| inside.contains(ev.doc.as_str()))
            .cloned()
            .collect();
        if evidence.is_empty() {
            continue;
        }
        let mut edge = e.clone();
        edge.weight = evidence.len();
        edge.documents = evidence
            .iter()
            .map(|ev| ev.doc.as_str())
            .collect::<HashSet<_>>()
            .len();
        edge.confidence = evidence.iter().map(|ev| ev.confidence).fold(0.0, f64::max);
        edge.evidence = evidence;
        edges.push(edge);
    }
    let mut restricted = KnowledgeGraph {
        nodes: graph.nodes.clone(),
        edges,
        ..empty_like(graph)
    };
    if !scope.window.is_open() {
        restricted.graph.documents = documents;
    }
    Ok(Restricted {
        graph: Cow::Owned(restricted),
        undated,
    })
}

/// A graph with `graph`'s attributes and no nodes or edges, to build a
/// restricted or derived graph from without cloning the content twice.
fn empty_like(graph: &KnowledgeGraph) -> KnowledgeGraph {
    KnowledgeGraph {
        directed: graph.directed,
        multigraph: graph.multigraph,
        graph: graph.graph.clone(),
        nodes: Vec::new(),
        edges: Vec::new(),
    }
}

/// A graph with `graph`'s attributes, these nodes (indices into
/// `graph.nodes`) and the edges among them that `keep` accepts; documents are
/// those the kept evidence cites. Used for subgraph results (ego networks,
/// query matches), which the exporters then read like any graph.
pub fn subgraph(
    graph: &KnowledgeGraph,
    nodes: &BTreeSet<usize>,
    mut keep: impl FnMut(usize) -> bool,
) -> KnowledgeGraph {
    let ids: HashSet<&str> = nodes.iter().map(|&i| graph.nodes[i].id.as_str()).collect();
    let edges: Vec<_> = graph
        .edges
        .iter()
        .enumerate()
        .filter(|(i, e)| {
            ids.contains(e.source.as_str()) && ids.contains(e.target.as_str()) && keep(*i)
        })
        .map(|(_, e)| e.clone())
        .collect();
    let cited: HashSet<&str> = edges
        .iter()
        .flat_map(|e| e.evidence.iter().map(|ev| ev.doc.as_str()))
        .collect();
    let mut sub = empty_like(graph);
    sub.graph
        .documents
        .retain(|d| cited.contains(d.id.as_str()));
    sub.nodes = nodes.iter().map(|&i| graph.nodes[i].clone()).collect();
    sub.edges = edges;
    sub
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_at_three_precisions() {
        let cases = [
            ("2022", Some("2022-01-01"), Some("2022-12-31")),
            ("2022-02", Some("2022-02-01"), Some("2022-02-31")),
            ("2022-02-24", Some("2022-02-24"), Some("2022-02-24")),
            (
                "2022-02-24T05:00:00Z",
                Some("2022-02-24"),
                Some("2022-02-24"),
            ),
            ("2022-13", None, None),
            ("22-02-24", None, None),
            ("yesterday", None, None),
            ("2022-02-24-01", None, None),
        ];
        for (text, since, until) in cases {
            assert_eq!(
                Date::since(text).ok().map(|d| d.to_string()).as_deref(),
                since,
                "{text}"
            );
            assert_eq!(
                Date::until(text).ok().map(|d| d.to_string()).as_deref(),
                until,
                "{text}"
            );
        }
    }

    #[test]
    fn window_contains_dated_documents_only() {
        let window = Window {
            since: Some(Date::since("2022-02").unwrap()),
            until: Some(Date::until("2022-03").unwrap()),
        };
        let cases = [
            (Some("2022-02-01"), true),
            (Some("2022-03-31"), true),
            (Some("2022-04-01"), false),
            (Some("2022-01-31"), false),
            (Some("not a date"), false),
            (None, false),
        ];
        for (date, inside) in cases {
            assert_eq!(window.contains(date), inside, "{date:?}");
        }
        assert!(Window::default().contains(None));
    }
}
