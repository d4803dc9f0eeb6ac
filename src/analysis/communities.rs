//! Communities by the Louvain method: groups of entities with more ties
//! inside than chance would give.
//!
//! Blondel, Guillaume, Lambiotte and Lefebvre, "Fast unfolding of
//! communities in large networks" (2008): move nodes one at a time to the
//! neighbouring community that raises modularity most, until none does;
//! merge each community into one node; repeat until nothing moves. Ties are
//! undirected and weighted: the weight between two entities is the sum of
//! the weights (evidence counts) of the edges between them, whatever their
//! direction. Modularity with resolution γ is
//! Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], as NetworkX's `modularity`.
//!
//! Hand-written: no well-kept Rust crate offers Louvain or Leiden.
//! Deterministic for a seed: nodes are visited in an order shuffled by a
//! seeded PCG generator, ties between equally good moves go to the
//! community with the smallest number, and sums run in a fixed order. As a
//! last step, a community that is not connected (Louvain's known flaw,
//! which Leiden fixes) is split into its connected parts, which can only
//! raise modularity.

use super::network::Network;
use crate::error::{Error, Result};
use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_pcg::Pcg64;

/// Settings of [`louvain`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LouvainConfig {
    /// Seed of the visiting order.
    pub seed: u64,
    /// Resolution γ: above 1 favours smaller communities, below 1 larger.
    pub resolution: f64,
    /// Use edge weights (evidence counts); otherwise each edge counts 1.
    pub weighted: bool,
}

impl Default for LouvainConfig {
    fn default() -> Self {
        Self {
            seed: 1,
            resolution: 1.0,
            weighted: true,
        }
    }
}

/// A partition into communities.
#[derive(Debug, Clone, PartialEq)]
pub struct Communities {
    /// Node indices of each community, sorted; communities largest first,
    /// ties by smallest member.
    pub communities: Vec<Vec<usize>>,
    /// Community number of each node (index into `communities`).
    pub membership: Vec<usize>,
    /// Modularity of the partition, at the resolution used.
    pub modularity: f64,
}

/// An undirected weighted graph in adjacency lists; `self_loops[u]` is the
/// weight of the loop on `u`, counted once.
struct Level {
    adjacency: Vec<Vec<(usize, f64)>>,
    self_loops: Vec<f64>,
}

impl Level {
    fn strength(&self, u: usize) -> f64 {
        self.adjacency[u].iter().map(|&(_, w)| w).sum::<f64>() + 2.0 * self.self_loops[u]
    }
}

/// Louvain communities of `net`'s undirected ties.
///
/// Time about O(edges log nodes) in practice. Fails on a resolution that is
/// not positive.
pub fn louvain(net: &Network, config: &LouvainConfig) -> Result<Communities> {
    if config.resolution.is_nan() || config.resolution <= 0.0 {
        return Err(Error::Analysis {
            message: format!("resolution must be positive, not {}", config.resolution),
        });
    }
    let n = net.node_count();
    let ties = net.undirected_ties(config.weighted);
    let mut level = Level {
        adjacency: vec![Vec::new(); n],
        self_loops: vec![0.0; n],
    };
    for &(a, b, w) in &ties {
        if a == b {
            level.self_loops[a as usize] += w;
        } else {
            level.adjacency[a as usize].push((b as usize, w));
            level.adjacency[b as usize].push((a as usize, w));
        }
    }
    let two_m: f64 = (0..n).map(|u| level.strength(u)).sum();
    let mut membership: Vec<usize> = (0..n).collect();
    let mut rng = Pcg64::seed_from_u64(config.seed);
    if two_m > 0.0 {
        loop {
            let (moved, local) = one_level(&level, two_m, config.resolution, &mut rng);
            let merged = local.iter().max().map_or(0, |m| m + 1) < local.len();
            if !moved || !merged {
                break;
            }
            for c in membership.iter_mut() {
                *c = local[*c];
            }
            level = aggregate(&level, &local);
        }
    }
    let membership = split_disconnected(net, &membership);
    let mut communities: Vec<Vec<usize>> = Vec::new();
    for (v, &c) in membership.iter().enumerate() {
        if c >= communities.len() {
            communities.resize(c + 1, Vec::new());
        }
        communities[c].push(v);
    }
    communities.retain(|c| !c.is_empty());
    communities.sort_by(|a, b| b.len().cmp(&a.len()).then(a[0].cmp(&b[0])));
    let mut membership = vec![0; n];
    for (c, members) in communities.iter().enumerate() {
        for &v in members {
            membership[v] = c;
        }
    }
    let modularity = modularity(&ties, &membership, config.resolution);
    Ok(Communities {
        communities,
        membership,
        modularity,
    })
}

/// One pass of local moves until no node moves; returns whether any node
/// moved, and each node's community, renumbered 0.. in order of first node.
fn one_level(level: &Level, two_m: f64, gamma: f64, rng: &mut Pcg64) -> (bool, Vec<usize>) {
    let n = level.adjacency.len();
    let strength: Vec<f64> = (0..n).map(|u| level.strength(u)).collect();
    let mut community: Vec<usize> = (0..n).collect();
    let mut total = strength.clone(); // Σ strengths per community
    let mut order: Vec<usize> = (0..n).collect();
    order.shuffle(rng);
    let mut weight_to = vec![0.0; n];
    let mut touched: Vec<usize> = Vec::new();
    let mut moved_any = false;
    loop {
        let mut moved = false;
        for &u in &order {
            let home = community[u];
            for &(v, w) in &level.adjacency[u] {
                let c = community[v];
                if weight_to[c] == 0.0 {
                    touched.push(c);
                }
                weight_to[c] += w;
            }
            total[home] -= strength[u];
            // Gain of joining c, up to terms that do not depend on c.
            let gain = |c: usize, k_in: f64| k_in - gamma * total[c] * strength[u] / two_m;
            let mut best = home;
            let mut best_gain = gain(home, weight_to[home]);
            touched.sort_unstable();
            for &c in &touched {
                let g = gain(c, weight_to[c]);
                if g > best_gain + 1e-12 * two_m.max(1.0) {
                    best = c;
                    best_gain = g;
                }
            }
            total[best] += strength[u];
            if best != home {
                community[u] = best;
                moved = true;
            }
            for &c in &touched {
                weight_to[c] = 0.0;
            }
            weight_to[home] = 0.0;
            touched.clear();
        }
        if !moved {
            break;
        }
        moved_any = true;
    }
    let mut renumber = vec![usize::MAX; n];
    let mut next = 0;
    for c in community.iter_mut() {
        if renumber[*c] == usize::MAX {
            renumber[*c] = next;
            next += 1;
        }
        *c = renumber[*c];
    }
    (moved_any, community)
}

/// The graph of communities: one node per community, internal weight as a
/// self-loop, weights between communities summed.
fn aggregate(level: &Level, community: &[usize]) -> Level {
    let k = community.iter().max().map_or(0, |m| m + 1);
    let mut self_loops = vec![0.0; k];
    let mut pairs: Vec<(usize, usize, f64)> = Vec::new();
    for (u, neighbours) in level.adjacency.iter().enumerate() {
        self_loops[community[u]] += level.self_loops[u];
        for &(v, w) in neighbours {
            let (a, b) = (community[u], community[v]);
            if a == b {
                // Each internal edge is seen from both ends.
                if u < v {
                    self_loops[a] += w;
                }
            } else {
                pairs.push((a, b, w));
            }
        }
    }
    pairs.sort_by_key(|&(a, b, _)| (a, b));
    let mut adjacency: Vec<Vec<(usize, f64)>> = vec![Vec::new(); k];
    for (a, b, w) in pairs {
        match adjacency[a].last_mut() {
            Some(last) if last.0 == b => last.1 += w,
            _ => adjacency[a].push((b, w)),
        }
    }
    Level {
        adjacency,
        self_loops,
    }
}

/// Split each community into its connected parts (over the network's ties).
fn split_disconnected(net: &Network, membership: &[usize]) -> Vec<usize> {
    let n = membership.len();
    let mut part = vec![usize::MAX; n];
    let mut next = 0;
    let mut stack = Vec::new();
    for s in 0..n {
        if part[s] != usize::MAX {
            continue;
        }
        part[s] = next;
        stack.push(s);
        while let Some(u) = stack.pop() {
            for &v in net.successors(u).iter().chain(net.predecessors(u)) {
                let v = v as usize;
                if part[v] == usize::MAX && membership[v] == membership[s] {
                    part[v] = next;
                    stack.push(v);
                }
            }
        }
        next += 1;
    }
    part
}

/// Modularity of a partition of undirected weighted ties `(a, b, w)`
/// (each pair once, self-loops as `(a, a, w)`), at resolution `gamma`.
pub fn modularity(ties: &[(u32, u32, f64)], membership: &[usize], gamma: f64) -> f64 {
    let k = membership.iter().max().map_or(0, |m| m + 1);
    let mut internal = vec![0.0; k];
    let mut degree = vec![0.0; k];
    let mut m = 0.0;
    for &(a, b, w) in ties {
        let (ca, cb) = (membership[a as usize], membership[b as usize]);
        m += w;
        degree[ca] += w;
        degree[cb] += w;
        if ca == cb {
            internal[ca] += w;
        }
    }
    if m == 0.0 {
        return 0.0;
    }
    (0..k)
        .map(|c| internal[c] / m - gamma * (degree[c] / (2.0 * m)).powi(2))
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::network::Link;

    fn two_triangles() -> Network {
        let link = |source, target| Link {
            source,
            target,
            weight: 1.0,
            directed: false,
            edge: 0,
        };
        Network::from_links(
            7,
            vec![
                link(0, 1),
                link(1, 2),
                link(0, 2),
                link(3, 4),
                link(4, 5),
                link(3, 5),
                link(2, 3),
            ],
        )
    }

    #[test]
    fn two_triangles_are_two_communities_for_every_seed() {
        let net = two_triangles();
        for seed in 0..20 {
            let c = louvain(
                &net,
                &LouvainConfig {
                    seed,
                    ..Default::default()
                },
            )
            .unwrap();
            assert_eq!(
                c.communities,
                vec![vec![0, 1, 2], vec![3, 4, 5], vec![6]],
                "seed {seed}"
            );
            // networkx.community.modularity on the same partition: 5/14.
            assert!(
                (c.modularity - 5.0 / 14.0).abs() < 1e-12,
                "{}",
                c.modularity
            );
        }
    }

    #[test]
    fn modularity_counts_self_loops_once() {
        // NetworkX: modularity(G, [{0, 1}]) with edges (0,0), (0,1) is 0.
        let q = modularity(&[(0, 0, 1.0), (0, 1, 1.0)], &[0, 0], 1.0);
        assert!(q.abs() < 1e-12);
        let q = modularity(&[(0, 0, 1.0), (0, 1, 1.0)], &[0, 1], 1.0);
        // internal 1/2 - (3/4)^2 - (1/4)^2 = -0.125
        assert!((q + 0.125).abs() < 1e-12, "{q}");
    }

    #[test]
    fn bad_resolution_is_an_error() {
        assert!(
            louvain(
                &two_triangles(),
                &LouvainConfig {
                    resolution: 0.0,
                    ..Default::default()
                }
            )
            .is_err()
        );
    }
}
