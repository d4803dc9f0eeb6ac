//! A small pattern language for one- to three-hop questions.
//!
//! ```text
//! (?x)-[sanctions]->(Iran)                          who sanctions Iran
//! (Iran)-[partnership|support]-(?x)-[opposition]->(?y)
//!                                                   whom Iran's partners oppose
//! (?x:country)-[membership]->(NATO)                 member countries of NATO
//! (Iran)<-[*]-(?x)                                  anything pointing at Iran
//! ```
//!
//! Grammar (whitespace is allowed between any two tokens):
//!
//! ```text
//! pattern   = node hop node [ hop node [ hop node ] ]
//! node      = "(" ( variable | entity ) [ ":" kind ] ")"
//! variable  = "?" [ name ]              "?" alone matches any node, unreported
//! name      = letter-or-digit-or-"_" { letter-or-digit-or-"_" }
//! entity    = bare | '"' { any character but '"' } '"'
//! bare      = { any character but ( ) [ ] : | " }     an id, label or alias
//! kind      = "country" | "person" | "organization"
//! hop       = "-[" relations "]->"                    left to right
//!           | "<-[" relations "]-"                    right to left
//!           | "-[" relations "]-"                     either way
//! relations = "" | "*" | relation { "|" relation }    empty or * : any relation
//! relation  = "partnership" | "sanctions" | ... (the ontology's nine words)
//! ```
//!
//! A symmetric relation (partnership, meeting, trade, conflict) matches a
//! hop of any direction. A variable names one node wherever it appears;
//! different variables may name the same node; one match never uses the
//! same edge twice. Entities are found by [`EntityIndex`] (any name,
//! ambiguity is an error). Hand-written because no crate offers a query
//! language over this model; matching is a backtracking search from the
//! first named entity, so anchored patterns touch only its neighbourhood.

use super::lookup::EntityIndex;
use super::network::node_index;
use crate::error::{Error, Result};
use crate::graph::KnowledgeGraph;
use crate::ontology::{EntityKind, RelationKind};
use std::collections::{BTreeMap, BTreeSet};

/// What a node position of a pattern matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// A variable (`?x`; the empty name is the anonymous `?`).
    Variable(String),
    /// A named entity, as written.
    Entity(String),
}

/// One node position of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodePattern {
    /// Variable or entity.
    pub term: Term,
    /// Only nodes of this kind.
    pub kind: Option<EntityKind>,
}

/// Which way a hop's edge must point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HopDirection {
    /// `-[...]->`: from the left node to the right one.
    Right,
    /// `<-[...]-`: from the right node to the left one.
    Left,
    /// `-[...]-`: either.
    Either,
}

/// One hop of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HopPattern {
    /// Allowed relations (empty: any).
    pub relations: BTreeSet<RelationKind>,
    /// Required direction.
    pub direction: HopDirection,
}

/// A parsed pattern: `nodes.len() == hops.len() + 1`, one to three hops.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// Node positions, left to right.
    pub nodes: Vec<NodePattern>,
    /// Hops, `hops[i]` between `nodes[i]` and `nodes[i + 1]`.
    pub hops: Vec<HopPattern>,
}

struct Parser<'a> {
    text: &'a str,
    chars: Vec<char>,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn error<T>(&self, at: usize, message: impl Into<String>) -> Result<T> {
        Err(Error::Pattern {
            pattern: self.text.to_string(),
            column: at + 1,
            message: message.into(),
        })
    }

    fn skip_space(&mut self) {
        while self.chars.get(self.pos).is_some_and(|c| c.is_whitespace()) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn found(&self) -> String {
        match self.peek() {
            Some(c) => format!("found `{c}`"),
            None => "found the end of the pattern".to_string(),
        }
    }

    /// Consume `token` (after optional space) or fail naming what was expected.
    fn expect(&mut self, token: &str, what: &str) -> Result<()> {
        self.skip_space();
        let end = self.pos + token.chars().count();
        if end <= self.chars.len() && self.chars[self.pos..end].iter().copied().eq(token.chars()) {
            self.pos = end;
            Ok(())
        } else {
            self.error(self.pos, format!("expected {what}, {}", self.found()))
        }
    }

    fn eat(&mut self, token: &str) -> bool {
        self.skip_space();
        let end = self.pos + token.chars().count();
        if end <= self.chars.len() && self.chars[self.pos..end].iter().copied().eq(token.chars()) {
            self.pos = end;
            true
        } else {
            false
        }
    }

    fn node(&mut self) -> Result<NodePattern> {
        self.expect("(", "`(` to open a node")?;
        self.skip_space();
        let start = self.pos;
        let term = match self.peek() {
            Some('?') => {
                self.pos += 1;
                let name_start = self.pos;
                while self.peek().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    self.pos += 1;
                }
                Term::Variable(self.chars[name_start..self.pos].iter().collect())
            }
            Some('"') => {
                self.pos += 1;
                let name_start = self.pos;
                while self.peek().is_some_and(|c| c != '"') {
                    self.pos += 1;
                }
                if self.peek().is_none() {
                    return self.error(start, "unclosed `\"` in an entity name");
                }
                let name: String = self.chars[name_start..self.pos].iter().collect();
                self.pos += 1;
                if name.trim().is_empty() {
                    return self.error(start, "empty entity name");
                }
                Term::Entity(name.trim().to_string())
            }
            _ => {
                while self
                    .peek()
                    .is_some_and(|c| !matches!(c, '(' | ')' | '[' | ']' | ':' | '|' | '"'))
                {
                    self.pos += 1;
                }
                let name: String = self.chars[start..self.pos].iter().collect();
                if name.trim().is_empty() {
                    return self.error(
                        start,
                        format!(
                            "expected a variable (`?x`) or an entity name, {}",
                            self.found()
                        ),
                    );
                }
                Term::Entity(name.trim().to_string())
            }
        };
        let kind = if self.eat(":") {
            self.skip_space();
            let kind_start = self.pos;
            while self.peek().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                self.pos += 1;
            }
            let word: String = self.chars[kind_start..self.pos].iter().collect();
            match word.parse::<EntityKind>() {
                Ok(kind) => Some(kind),
                Err(e) => return self.error(kind_start, e.to_string()),
            }
        } else {
            None
        };
        self.expect(")", "`)` to close the node")?;
        Ok(NodePattern { term, kind })
    }

    fn relations(&mut self) -> Result<BTreeSet<RelationKind>> {
        let mut relations = BTreeSet::new();
        self.skip_space();
        if self.peek() == Some(']') || self.eat("*") {
            return Ok(relations);
        }
        loop {
            self.skip_space();
            let start = self.pos;
            while self.peek().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                self.pos += 1;
            }
            let word: String = self.chars[start..self.pos].iter().collect();
            if word.is_empty() {
                return self.error(start, format!("expected a relation, {}", self.found()));
            }
            match word.parse::<RelationKind>() {
                Ok(r) => relations.insert(r),
                Err(e) => return self.error(start, e.to_string()),
            };
            if !self.eat("|") {
                return Ok(relations);
            }
        }
    }

    fn hop(&mut self) -> Result<HopPattern> {
        self.skip_space();
        let left = if self.eat("<-[") {
            true
        } else {
            self.expect(
                "-[",
                "a hop (`-[relation]->`, `<-[relation]-` or `-[relation]-`)",
            )?;
            false
        };
        let relations = self.relations()?;
        self.expect("]", "`|`, or `]` to close the relations")?;
        let direction = if self.eat("->") {
            if left {
                let at = self.pos - 2;
                return self.error(at, "a hop cannot point both ways (`<-[...]->`)");
            }
            HopDirection::Right
        } else {
            self.expect("-", "`->` or `-` after `]`")?;
            if left {
                HopDirection::Left
            } else {
                HopDirection::Either
            }
        };
        Ok(HopPattern {
            relations,
            direction,
        })
    }
}

impl Pattern {
    /// Parse a pattern; errors give the column and what was expected.
    pub fn parse(text: &str) -> Result<Pattern> {
        let mut p = Parser {
            text,
            chars: text.chars().collect(),
            pos: 0,
        };
        let mut nodes = vec![p.node()?];
        let mut hops = Vec::new();
        loop {
            p.skip_space();
            if p.peek().is_none() {
                break;
            }
            if hops.len() == 3 {
                return p.error(p.pos, "a pattern has at most three hops");
            }
            hops.push(p.hop()?);
            nodes.push(p.node()?);
        }
        if hops.is_empty() {
            return p.error(
                p.pos,
                "expected a hop after the first node, e.g. `-[sanctions]->`",
            );
        }
        Ok(Pattern { nodes, hops })
    }
}

/// One answer: a node for each position, and the edges of each hop between
/// those nodes (several when more than one relation fits).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// Node index of each position.
    pub nodes: Vec<usize>,
    /// For each hop, the edge indices that match it, in edge order.
    pub hops: Vec<Vec<usize>>,
}

/// The answers to a pattern, and whether the limit cut them short.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Matches {
    /// Answers, sorted by their nodes' ids.
    pub matches: Vec<Match>,
    /// True when more answers exist than the limit allowed.
    pub truncated: bool,
}

/// An edge from one node's point of view.
#[derive(Debug, Clone, Copy)]
struct Incident {
    edge: usize,
    other: usize,
    /// True when this node is the edge's source.
    outgoing: bool,
    directed: bool,
}

/// Most distinct edge paths the search visits per answer asked for; keeps a
/// pattern of three free hops on a large graph from running away.
const PATHS_PER_ANSWER: usize = 1000;

/// Answer `pattern` on `graph` (at most `limit` answers).
pub fn find_matches(graph: &KnowledgeGraph, pattern: &Pattern, limit: usize) -> Result<Matches> {
    let index = EntityIndex::new(graph);
    let fixed: Vec<Option<usize>> = pattern
        .nodes
        .iter()
        .map(|n| match &n.term {
            Term::Entity(name) => index.find(name).map(Some),
            Term::Variable(_) => Ok(None),
        })
        .collect::<Result<_>>()?;
    let ids = node_index(graph);
    let mut incident: Vec<Vec<Incident>> = vec![Vec::new(); graph.nodes.len()];
    for (i, e) in graph.edges.iter().enumerate() {
        let (Some(&s), Some(&t)) = (ids.get(e.source.as_str()), ids.get(e.target.as_str())) else {
            continue;
        };
        incident[s].push(Incident {
            edge: i,
            other: t,
            outgoing: true,
            directed: e.directed,
        });
        if s != t {
            incident[t].push(Incident {
                edge: i,
                other: s,
                outgoing: false,
                directed: e.directed,
            });
        }
    }
    let search = Search {
        graph,
        pattern,
        incident,
        fixed,
    };
    Ok(search.run(limit))
}

struct Search<'a> {
    graph: &'a KnowledgeGraph,
    pattern: &'a Pattern,
    incident: Vec<Vec<Incident>>,
    fixed: Vec<Option<usize>>,
}

impl Search<'_> {
    /// Whether `node` may stand at position `pos` given the bindings so far.
    fn admissible(&self, pos: usize, node: usize, bound: &[Option<usize>]) -> bool {
        let pattern = &self.pattern.nodes[pos];
        if pattern
            .kind
            .is_some_and(|k| self.graph.nodes[node].kind != k)
        {
            return false;
        }
        if let Some(f) = self.fixed[pos] {
            return f == node;
        }
        if let Term::Variable(name) = &pattern.term
            && !name.is_empty()
        {
            for (other, b) in bound.iter().enumerate() {
                if other != pos
                    && let (Some(b), Term::Variable(o)) = (b, &self.pattern.nodes[other].term)
                    && o == name
                    && *b != node
                {
                    return false;
                }
            }
        }
        true
    }

    /// Whether edge `inc` (seen from the node at position `from`) fits hop
    /// `hop`, walking towards position `to`.
    fn fits(&self, hop: usize, inc: &Incident, from: usize, to: usize) -> bool {
        let h = &self.pattern.hops[hop];
        let relation = self.graph.edges[inc.edge].relation;
        if !h.relations.is_empty() && !h.relations.contains(&relation) {
            return false;
        }
        if !inc.directed {
            return true;
        }
        // Does the edge point from the left position to the right one?
        let left_to_right = if from < to {
            inc.outgoing
        } else {
            !inc.outgoing
        };
        match h.direction {
            HopDirection::Either => true,
            HopDirection::Right => left_to_right,
            HopDirection::Left => !left_to_right,
        }
    }

    fn run(&self, limit: usize) -> Matches {
        let n_pos = self.pattern.nodes.len();
        let anchor = self.fixed.iter().position(Option::is_some).unwrap_or(0);
        // Hops in search order: rightwards from the anchor, then leftwards.
        let mut order: Vec<(usize, usize, usize)> = Vec::new(); // (hop, from, to)
        for hop in anchor..n_pos - 1 {
            order.push((hop, hop, hop + 1));
        }
        for hop in (0..anchor).rev() {
            order.push((hop, hop + 1, hop));
        }
        let starts: Vec<usize> = match self.fixed[anchor] {
            Some(node) => vec![node],
            None => (0..self.graph.nodes.len()).collect(),
        };
        let mut found: BTreeMap<Vec<usize>, Vec<BTreeSet<usize>>> = BTreeMap::new();
        let mut budget = limit.saturating_mul(PATHS_PER_ANSWER).max(PATHS_PER_ANSWER);
        let mut truncated = false;
        let mut bound = vec![None; n_pos];
        let mut edges = vec![usize::MAX; n_pos - 1];
        for start in starts {
            if !self.admissible(anchor, start, &bound) {
                continue;
            }
            bound[anchor] = Some(start);
            let mut state = State {
                bound: &mut bound,
                edges: &mut edges,
                found: &mut found,
                budget: &mut budget,
            };
            if !self.extend(&order, 0, &mut state) || found.len() > limit {
                truncated = true;
                break;
            }
            bound[anchor] = None;
        }
        let mut matches: Vec<Match> = found
            .into_iter()
            .map(|(nodes, hops)| Match {
                nodes,
                hops: hops.into_iter().map(|h| h.into_iter().collect()).collect(),
            })
            .collect();
        if matches.len() > limit {
            truncated = true;
            matches.truncate(limit);
        }
        let id = |n: &usize| self.graph.nodes[*n].id.as_str();
        matches.sort_by(|a, b| a.nodes.iter().map(id).cmp(b.nodes.iter().map(id)));
        Matches { matches, truncated }
    }

    /// Extend the bindings along `order[step..]`; false when the budget ran out.
    fn extend(&self, order: &[(usize, usize, usize)], step: usize, state: &mut State) -> bool {
        let Some(&(hop, from, to)) = order.get(step) else {
            let nodes: Vec<usize> = state.bound.iter().map(|b| b.expect("all bound")).collect();
            let entry = state
                .found
                .entry(nodes)
                .or_insert_with(|| vec![BTreeSet::new(); state.edges.len()]);
            for (set, &e) in entry.iter_mut().zip(state.edges.iter()) {
                set.insert(e);
            }
            return true;
        };
        let here = state.bound[from].expect("search order binds `from` first");
        for inc in &self.incident[here] {
            if *state.budget == 0 {
                return false;
            }
            *state.budget -= 1;
            if !self.fits(hop, inc, from, to) || state.edges.contains(&inc.edge) {
                continue;
            }
            let previous = state.bound[to];
            if let Some(b) = previous {
                if b != inc.other {
                    continue;
                }
            } else if !self.admissible(to, inc.other, state.bound) {
                continue;
            }
            state.bound[to] = Some(inc.other);
            state.edges[hop] = inc.edge;
            let more = self.extend(order, step + 1, state);
            state.edges[hop] = usize::MAX;
            state.bound[to] = previous;
            if !more {
                return false;
            }
        }
        true
    }
}

struct State<'s> {
    bound: &'s mut Vec<Option<usize>>,
    edges: &'s mut Vec<usize>,
    found: &'s mut BTreeMap<Vec<usize>, Vec<BTreeSet<usize>>>,
    budget: &'s mut usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_parse() {
        let p = Pattern::parse("(Iran)-[partnership|support]-(?x)-[opposition]->(?y)").unwrap();
        assert_eq!(p.nodes.len(), 3);
        assert_eq!(p.nodes[0].term, Term::Entity("Iran".into()));
        assert_eq!(p.nodes[1].term, Term::Variable("x".into()));
        assert_eq!(p.hops[0].direction, HopDirection::Either);
        assert_eq!(
            p.hops[0].relations,
            [RelationKind::Partnership, RelationKind::Support].into()
        );
        assert_eq!(p.hops[1].direction, HopDirection::Right);
        let p = Pattern::parse(" ( ?x : country ) <-[ * ]- ( \"United States\" ) ").unwrap();
        assert_eq!(p.nodes[0].kind, Some(EntityKind::Country));
        assert_eq!(p.nodes[1].term, Term::Entity("United States".into()));
        assert!(p.hops[0].relations.is_empty());
        assert_eq!(p.hops[0].direction, HopDirection::Left);
        let p = Pattern::parse("(?)-[]-(United States)").unwrap();
        assert_eq!(p.nodes[0].term, Term::Variable(String::new()));
        assert_eq!(p.nodes[1].term, Term::Entity("United States".into()));
    }

    #[test]
    fn bad_patterns_say_where_and_what() {
        let cases = [
            (
                "(Iran",
                6,
                "expected `)` to close the node, found the end of the pattern",
            ),
            ("(Iran)", 7, "expected a hop after the first node"),
            ("(Iran)-[alliance]->(?x)", 9, "unknown relation `alliance`"),
            (
                "(Iran)-[sanctions->(?x)",
                18,
                "expected `|`, or `]` to close the relations, found `-`",
            ),
            (
                "(Iran)<-[sanctions]->(?x)",
                20,
                "a hop cannot point both ways",
            ),
            ("(?x:city)-[*]-(Iran)", 5, "unknown entity kind `city`"),
            (
                "()-[*]-(Iran)",
                2,
                "expected a variable (`?x`) or an entity name, found `)`",
            ),
            (
                "(a)-[]-(b)-[]-(c)-[]-(d)-[]-(e)",
                25,
                "a pattern has at most three hops",
            ),
            ("(Iran) (?x)", 8, "expected a hop"),
            (
                "(Iran)-[sanctions|]->(?x)",
                19,
                "expected a relation, found `]`",
            ),
            ("(\"Iran)-[*]-(?x)", 2, "unclosed `\"`"),
        ];
        for (pattern, column, message) in cases {
            match Pattern::parse(pattern) {
                Err(Error::Pattern {
                    column: c,
                    message: m,
                    ..
                }) => {
                    assert_eq!(c, column, "{pattern}: {m}");
                    assert!(m.starts_with(message), "{pattern}: {m}");
                }
                other => panic!("{pattern}: {other:?}"),
            }
        }
    }
}
