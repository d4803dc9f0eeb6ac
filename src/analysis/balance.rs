//! Structural balance: where does "the enemy of my enemy is my friend" hold?
//!
//! The signed view folds every pair of entities into one tie: the evidence
//! of its positive relations (see [`super::signs`]) against that of its
//! negative ones, whatever their direction. More positive evidence makes
//! the pair friends, more negative enemies; an even split is *mixed* and
//! takes no part in triads. Neutral relations do not count.
//!
//! A triad is three entities tied pairwise. After Heider and
//! Cartwright–Harary it is balanced when the product of its signs is
//! positive: all friends (+++), or two friends with a common enemy (+−−).
//! Two friends at odds over a third (++−) and three mutual enemies (−−−)
//! are unbalanced; Davis's weak balance accepts −−−, so both ratios are
//! given. Hand-written: no crate offers signed-graph balance.

use super::network::node_index;
use super::signs::{Sign, Signs};
use crate::error::Result;
use crate::graph::KnowledgeGraph;
use serde::Serialize;
use std::collections::BTreeMap;

/// The signed tie between two entities.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SignedTie {
    /// Evidence of positive relations between them.
    pub positive: f64,
    /// Evidence of negative relations between them.
    pub negative: f64,
}

impl SignedTie {
    /// Positive or negative by the weight of evidence; `None` when even (mixed).
    pub fn sign(&self) -> Option<Sign> {
        if self.positive > self.negative {
            Some(Sign::Positive)
        } else if self.negative > self.positive {
            Some(Sign::Negative)
        } else {
            None
        }
    }
}

/// The signed view of a graph: node indices as in `graph.nodes`.
#[derive(Debug, Clone, Default)]
pub struct SignedGraph {
    /// (smaller, larger node index) -> tie; only pairs with signed evidence.
    pub ties: BTreeMap<(usize, usize), SignedTie>,
    /// For each node, its neighbours with a (non-mixed) sign, sorted.
    adjacency: Vec<Vec<(usize, Sign)>>,
}

impl SignedGraph {
    /// Fold `graph`'s edges into signed ties under `signs`.
    pub fn new(graph: &KnowledgeGraph, signs: &Signs) -> Result<Self> {
        let index = node_index(graph);
        let mut ties: BTreeMap<(usize, usize), SignedTie> = BTreeMap::new();
        for e in &graph.edges {
            let sign = signs.sign(e.relation);
            if sign == Sign::Neutral {
                continue;
            }
            let (Some(&s), Some(&t)) = (index.get(e.source.as_str()), index.get(e.target.as_str()))
            else {
                continue;
            };
            if s == t {
                continue;
            }
            let tie = ties.entry((s.min(t), s.max(t))).or_insert(SignedTie {
                positive: 0.0,
                negative: 0.0,
            });
            match sign {
                Sign::Positive => tie.positive += e.weight as f64,
                Sign::Negative => tie.negative += e.weight as f64,
                Sign::Neutral => {}
            }
        }
        let mut adjacency = vec![Vec::new(); graph.nodes.len()];
        for (&(a, b), tie) in &ties {
            if let Some(sign) = tie.sign() {
                adjacency[a].push((b, sign));
                adjacency[b].push((a, sign));
            }
        }
        for list in &mut adjacency {
            list.sort_unstable();
        }
        Ok(Self { ties, adjacency })
    }

    /// The sign between two nodes: `None` for no tie or a mixed one.
    pub fn sign(&self, a: usize, b: usize) -> Option<Sign> {
        self.ties
            .get(&(a.min(b), a.max(b)))
            .and_then(SignedTie::sign)
    }

    /// Pairs whose evidence is evenly split, sorted.
    pub fn mixed(&self) -> Vec<(usize, usize)> {
        self.ties
            .iter()
            .filter(|(_, t)| t.sign().is_none() && (t.positive > 0.0 || t.negative > 0.0))
            .map(|(&k, _)| k)
            .collect()
    }

    fn neighbours(&self, node: usize) -> &[(usize, Sign)] {
        &self.adjacency[node]
    }
}

/// Three entities tied pairwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Triad {
    /// Node indices, increasing.
    pub nodes: [usize; 3],
    /// Signs of the ties (0,1), (1,2) and (0,2).
    pub signs: [Sign; 3],
}

impl Triad {
    /// Number of negative ties (0 to 3).
    pub fn negatives(&self) -> usize {
        self.signs.iter().filter(|&&s| s == Sign::Negative).count()
    }

    /// Balanced in the strong sense: an even number of negative ties.
    pub fn is_balanced(&self) -> bool {
        self.negatives().is_multiple_of(2)
    }

    /// The triad's type: `+++`, `++-`, `+--` or `---`.
    pub fn kind(&self) -> &'static str {
        ["+++", "++-", "+--", "---"][self.negatives()]
    }
}

/// Every triad of the signed view, by node indices. Time O(ties × degree).
pub fn triads(signed: &SignedGraph) -> Vec<Triad> {
    let mut out = Vec::new();
    for a in 0..signed.adjacency.len() {
        let forward: Vec<(usize, Sign)> = signed
            .neighbours(a)
            .iter()
            .copied()
            .filter(|&(b, _)| b > a)
            .collect();
        for (i, &(b, ab)) in forward.iter().enumerate() {
            // Common neighbours c > b of a and b: merge two sorted lists.
            let from_b = signed.neighbours(b);
            let (mut x, mut y) = (i + 1, 0);
            while x < forward.len() && y < from_b.len() {
                let (c, ac) = forward[x];
                let (d, bc) = from_b[y];
                match c.cmp(&d) {
                    std::cmp::Ordering::Less => x += 1,
                    std::cmp::Ordering::Greater => y += 1,
                    std::cmp::Ordering::Equal => {
                        out.push(Triad {
                            nodes: [a, b, c],
                            signs: [ab, bc, ac],
                        });
                        x += 1;
                        y += 1;
                    }
                }
            }
        }
    }
    out
}

/// Counts of triads by type, and the balance ratios.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct BalanceSummary {
    /// Triads with three positive ties.
    pub ppp: usize,
    /// Two positive, one negative (unbalanced).
    pub ppn: usize,
    /// One positive, two negative (balanced).
    pub pnn: usize,
    /// Three negative (unbalanced; balanced in the weak sense).
    pub nnn: usize,
    /// Balanced triads over all triads (strong balance); `None` without triads.
    pub ratio: Option<f64>,
    /// The same, counting `---` as balanced (weak balance).
    pub weak_ratio: Option<f64>,
}

/// Summarize triads.
pub fn summarize(triads: &[Triad]) -> BalanceSummary {
    let mut s = BalanceSummary::default();
    for t in triads {
        match t.negatives() {
            0 => s.ppp += 1,
            1 => s.ppn += 1,
            2 => s.pnn += 1,
            _ => s.nnn += 1,
        }
    }
    let total = triads.len() as f64;
    if !triads.is_empty() {
        s.ratio = Some((s.ppp + s.pnn) as f64 / total);
        s.weak_ratio = Some((s.ppp + s.pnn + s.nnn) as f64 / total);
    }
    s
}

/// An entity reached through an enemy, and whether balance theory's
/// prediction for it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Indirect {
    /// The entity reached.
    pub node: usize,
    /// The enemies it is reached through, sorted.
    pub via: Vec<usize>,
    /// The entity's own tie to it: `None` when there is none (or it is mixed).
    pub actual: Option<Sign>,
    /// What balance predicts the tie to be.
    pub predicted: Sign,
}

impl Indirect {
    /// `holds`, `violated` or `open` (no direct tie to test it on).
    pub fn verdict(&self) -> &'static str {
        match self.actual {
            None => "open",
            Some(s) if s == self.predicted => "holds",
            Some(_) => "violated",
        }
    }
}

/// One entity's place in the signed view.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct Standing {
    /// Entities with a positive tie to it.
    pub friends: Vec<usize>,
    /// Entities with a negative tie to it.
    pub enemies: Vec<usize>,
    /// Entities whose positive and negative evidence with it is even.
    pub mixed: Vec<usize>,
    /// Friends of its enemies (balance predicts: enemies).
    pub friends_of_enemies: Vec<Indirect>,
    /// Enemies of its enemies (balance predicts: friends).
    pub enemies_of_enemies: Vec<Indirect>,
}

/// The friends, enemies, friends of enemies and enemies of enemies of `node`.
pub fn standing(signed: &SignedGraph, node: usize) -> Standing {
    let mut s = Standing::default();
    for &(v, sign) in signed.neighbours(node) {
        match sign {
            Sign::Positive => s.friends.push(v),
            Sign::Negative => s.enemies.push(v),
            Sign::Neutral => {}
        }
    }
    s.mixed = signed
        .mixed()
        .into_iter()
        .filter_map(|(a, b)| match (a == node, b == node) {
            (true, _) => Some(b),
            (_, true) => Some(a),
            _ => None,
        })
        .collect();
    s.mixed.sort_unstable();
    let mut foe: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut eoe: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &enemy in &s.enemies {
        for &(z, sign) in signed.neighbours(enemy) {
            if z == node {
                continue;
            }
            match sign {
                Sign::Positive => foe.entry(z).or_default().push(enemy),
                Sign::Negative => eoe.entry(z).or_default().push(enemy),
                Sign::Neutral => {}
            }
        }
    }
    let indirect = |map: BTreeMap<usize, Vec<usize>>, predicted| {
        map.into_iter()
            .map(|(z, via)| Indirect {
                node: z,
                via,
                actual: signed.sign(node, z),
                predicted,
            })
            .collect()
    };
    s.friends_of_enemies = indirect(foe, Sign::Negative);
    s.enemies_of_enemies = indirect(eoe, Sign::Positive);
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ontology::RelationKind;
    use serde_json::json;

    fn graph(edges: &[(&str, RelationKind, &str, usize)]) -> KnowledgeGraph {
        let mut ids: Vec<&str> = edges.iter().flat_map(|e| [e.0, e.2]).collect();
        ids.sort_unstable();
        ids.dedup();
        let nodes: Vec<_> = ids
            .iter()
            .map(|id| json!({"id": id, "label": id, "kind": "country", "aliases": [], "mentions": 1}))
            .collect();
        let edges: Vec<_> = edges
            .iter()
            .map(|&(s, r, t, w)| {
                json!({"source": s, "target": t, "key": r, "relation": r,
                       "directed": !r.is_symmetric(), "weight": w, "confidence": 1.0,
                       "evidence": []})
            })
            .collect();
        serde_json::from_value(json!({
            "directed": true, "multigraph": true,
            "graph": {"generator": "test", "documents": []},
            "nodes": nodes, "edges": edges,
        }))
        .expect("a valid graph")
    }

    #[test]
    fn triads_by_type_and_ratio() {
        use RelationKind::*;
        // A, B, C friends; D enemy of A and B (balanced +--);
        // E friend of A and B but at war with C (unbalanced ++-).
        let g = graph(&[
            ("A", Partnership, "B", 1),
            ("B", Support, "C", 1),
            ("A", Trade, "C", 1),
            ("A", Sanctions, "D", 1),
            ("D", Opposition, "B", 2),
            ("E", Partnership, "A", 1),
            ("E", Partnership, "B", 1),
            ("C", Conflict, "E", 1),
            ("A", Meeting, "D", 5),
        ]);
        let signed = SignedGraph::new(&g, &Signs::default()).unwrap();
        let t = triads(&signed);
        let kinds: Vec<(&[usize; 3], &str)> = t.iter().map(|t| (&t.nodes, t.kind())).collect();
        // A=0 B=1 C=2 D=3 E=4
        assert_eq!(
            kinds,
            [
                (&[0, 1, 2], "+++"),
                (&[0, 1, 3], "+--"),
                (&[0, 1, 4], "+++"),
                (&[0, 2, 4], "++-"),
                (&[1, 2, 4], "++-"),
            ]
        );
        let s = summarize(&t);
        assert_eq!((s.ppp, s.ppn, s.pnn, s.nnn), (2, 2, 1, 0));
        assert_eq!(s.ratio, Some(3.0 / 5.0));
    }

    #[test]
    fn evidence_decides_a_pair_and_even_is_mixed() {
        use RelationKind::*;
        let g = graph(&[
            ("A", Partnership, "B", 1),
            ("A", Opposition, "B", 3),
            ("A", Trade, "C", 2),
            ("C", Sanctions, "A", 2),
        ]);
        let signed = SignedGraph::new(&g, &Signs::default()).unwrap();
        assert_eq!(signed.sign(0, 1), Some(Sign::Negative));
        assert_eq!(signed.sign(0, 2), None);
        assert_eq!(signed.mixed(), vec![(0, 2)]);
        assert_eq!(standing(&signed, 2).mixed, vec![0]);
        assert_eq!(standing(&signed, 0).enemies, vec![1]);
    }

    #[test]
    fn enemies_of_enemies_are_predicted_friends() {
        use RelationKind::*;
        // A's enemy is B; B's enemies are C and D; B's friend is E.
        // A is friends with C (holds) and enemies with E (holds); D is open.
        let g = graph(&[
            ("A", Opposition, "B", 1),
            ("B", Conflict, "C", 1),
            ("D", Sanctions, "B", 1),
            ("B", Partnership, "E", 1),
            ("A", Partnership, "C", 1),
            ("A", Sanctions, "E", 1),
        ]);
        let signed = SignedGraph::new(&g, &Signs::default()).unwrap();
        let s = standing(&signed, 0);
        assert_eq!(s.friends, vec![2]);
        assert_eq!(s.enemies, vec![1, 4]);
        let verdicts = |list: &[Indirect]| -> Vec<(usize, &str)> {
            list.iter().map(|i| (i.node, i.verdict())).collect()
        };
        assert_eq!(verdicts(&s.enemies_of_enemies), [(2, "holds"), (3, "open")]);
        // B and E are friends, and both A's enemies: each is the friend of an enemy.
        assert_eq!(
            verdicts(&s.friends_of_enemies),
            [(1, "holds"), (4, "holds")]
        );
    }
}
