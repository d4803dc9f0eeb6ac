//! Degree: how many others an entity has ties to, by direction.
//!
//! Counted on the [`Network`] view, so it is the degree of NetworkX's
//! `DiGraph` of the same arcs: a symmetric relation counts in both `in` and
//! `out`, and two relations towards the same entity count once (one arc).
//! Too small to need a crate: the compressed rows hold the answer.

use super::network::Network;

/// The degrees of one node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Degree {
    /// Arcs entering the node.
    pub in_degree: usize,
    /// Arcs leaving the node.
    pub out_degree: usize,
}

impl Degree {
    /// In plus out, as NetworkX's `DiGraph.degree`.
    pub fn total(&self) -> usize {
        self.in_degree + self.out_degree
    }
}

/// The degrees of every node, by node index. Time O(nodes).
pub fn degrees(net: &Network) -> Vec<Degree> {
    (0..net.node_count())
        .map(|v| Degree {
            in_degree: net.predecessors(v).len(),
            out_degree: net.successors(v).len(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::network::Link;

    #[test]
    fn symmetric_ties_count_both_ways() {
        let link = |source, target, directed| Link {
            source,
            target,
            weight: 1.0,
            directed,
            edge: 0,
        };
        let net = Network::from_links(
            3,
            vec![link(0, 1, true), link(0, 1, false), link(2, 0, true)],
        );
        let d = degrees(&net);
        assert_eq!((d[0].in_degree, d[0].out_degree, d[0].total()), (2, 1, 3));
        assert_eq!((d[1].in_degree, d[1].out_degree), (1, 1));
        assert_eq!((d[2].in_degree, d[2].out_degree), (0, 1));
    }
}
