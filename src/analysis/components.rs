//! Weakly connected components: the groups of entities linked by any chain
//! of ties, whatever their direction.
//!
//! petgraph's union-find over the arcs of the [`Network`] (near-linear, no
//! graph copy); then components are numbered in a fixed order: largest
//! first, ties by their smallest node index (the smallest id, as nodes are
//! sorted by id).

use super::network::Network;
use petgraph::unionfind::UnionFind;

/// The weakly connected components of `net`: node indices, each component
/// sorted, components largest first. Time O(arcs α(nodes)).
pub fn weakly_connected_components(net: &Network) -> Vec<Vec<usize>> {
    let n = net.node_count();
    let mut sets = UnionFind::<u32>::new(n);
    for u in 0..n {
        for &v in net.successors(u) {
            sets.union(u as u32, v);
        }
    }
    let labels = sets.into_labeling();
    // Component of each root, in order of first (smallest) member.
    let mut slot = vec![u32::MAX; n];
    let mut components: Vec<Vec<usize>> = Vec::new();
    for (v, &root) in labels.iter().enumerate() {
        let root = root as usize;
        if slot[root] == u32::MAX {
            slot[root] = components.len() as u32;
            components.push(Vec::new());
        }
        components[slot[root] as usize].push(v);
    }
    // Stable: equal sizes keep the order of their smallest member.
    components.sort_by_key(|c| std::cmp::Reverse(c.len()));
    components
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::network::Link;

    #[test]
    fn direction_does_not_matter() {
        let link = |source, target| Link {
            source,
            target,
            weight: 1.0,
            directed: true,
            edge: 0,
        };
        let net = Network::from_links(6, vec![link(0, 1), link(2, 1), link(4, 3)]);
        assert_eq!(
            weakly_connected_components(&net),
            vec![vec![0, 1, 2], vec![3, 4], vec![5]]
        );
    }
}
