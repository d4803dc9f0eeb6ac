//! PageRank, by power iteration to a tolerance.
//!
//! Hand-written because no well-kept crate has a usable one: petgraph's
//! `page_rank` runs a fixed number of iterations over all node pairs
//! (quadratic), and rustworkx-core has none (rustworkx's lives in its Python
//! bindings). This one pulls along the in-arcs of a [`Network`] (compressed
//! rows, linear per iteration, parallel over nodes with rayon) and stops when
//! an iteration changes the vector by less than the tolerance in L1 norm.
//!
//! It is the PageRank of NetworkX and igraph: a random walker follows an
//! out-arc with probability `damping` (in proportion to its weight when
//! weighted) or jumps to a uniformly chosen node; a node without out-arcs
//! (dangling) sends its walker to a uniformly chosen node. The reference
//! tests compare it with both to 1e-6.

use super::network::Network;
use crate::error::{Error, Result};
use rayon::prelude::*;

/// Settings of [`page_rank`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageRankConfig {
    /// Probability of following an arc rather than jumping (0 to 1; 0.85).
    pub damping: f64,
    /// Stop when the L1 change of an iteration is below this (1e-10). The L1
    /// error is then below `tolerance * damping / (1 - damping)`.
    pub tolerance: f64,
    /// Give up (an error) after this many iterations (10,000).
    pub max_iterations: usize,
    /// Follow arcs in proportion to their weight (evidence counts).
    pub weighted: bool,
}

impl Default for PageRankConfig {
    fn default() -> Self {
        Self {
            damping: 0.85,
            tolerance: 1e-10,
            max_iterations: 10_000,
            weighted: true,
        }
    }
}

/// The PageRank vector and how many iterations it took.
#[derive(Debug, Clone, PartialEq)]
pub struct PageRank {
    /// Score of each node, by node index; they sum to 1.
    pub scores: Vec<f64>,
    /// Iterations until the change fell below the tolerance.
    pub iterations: usize,
}

/// Below this many nodes, one thread is faster than splitting the work.
const PARALLEL_NODES: usize = 20_000;

/// PageRank of every node of `net`.
///
/// Time O(iterations × arcs), memory O(nodes + arcs). Fails on a damping
/// outside [0, 1), a tolerance that is not positive, or no convergence
/// within `max_iterations`.
///
/// ```
/// use newsgraph::analysis::network::{Link, Network};
/// use newsgraph::analysis::pagerank::{page_rank, PageRankConfig};
///
/// let link = |source, target| Link { source, target, weight: 1.0, directed: true, edge: 0 };
/// let net = Network::from_links(3, vec![link(0, 1), link(1, 2), link(2, 0)]);
/// let pr = page_rank(&net, &PageRankConfig::default()).unwrap();
/// assert!(pr.scores.iter().all(|s| (s - 1.0 / 3.0).abs() < 1e-9));
/// ```
pub fn page_rank(net: &Network, config: &PageRankConfig) -> Result<PageRank> {
    if !(0.0..1.0).contains(&config.damping) {
        return Err(Error::Analysis {
            message: format!("PageRank damping must be in [0, 1), not {}", config.damping),
        });
    }
    if config.tolerance.is_nan() || config.tolerance <= 0.0 {
        return Err(Error::Analysis {
            message: format!(
                "PageRank tolerance must be positive, not {}",
                config.tolerance
            ),
        });
    }
    let n = net.node_count();
    if n == 0 {
        return Ok(PageRank {
            scores: Vec::new(),
            iterations: 0,
        });
    }
    let alpha = config.damping;
    // What each node sends along one unit of arc weight, per unit of rank.
    let out_total: Vec<f64> = (0..n)
        .map(|u| {
            if config.weighted {
                net.successor_weights(u).iter().sum()
            } else {
                net.successors(u).len() as f64
            }
        })
        .collect();
    let inverse: Vec<f64> = out_total
        .iter()
        .map(|&t| if t > 0.0 { 1.0 / t } else { 0.0 })
        .collect();
    let dangling: Vec<usize> = (0..n).filter(|&u| out_total[u] <= 0.0).collect();
    let mut rank = vec![1.0 / n as f64; n];
    let mut next = vec![0.0; n];
    let mut share = vec![0.0; n];
    let parallel = n >= PARALLEL_NODES;
    for iteration in 1..=config.max_iterations {
        for u in 0..n {
            share[u] = rank[u] * inverse[u];
        }
        let dangling_rank: f64 = dangling.iter().map(|&u| rank[u]).sum();
        let base = (1.0 - alpha) / n as f64 + alpha * dangling_rank / n as f64;
        let pull = |(v, slot): (usize, &mut f64)| {
            let sources = net.predecessors(v);
            let sum: f64 = if config.weighted {
                sources
                    .iter()
                    .zip(net.predecessor_weights(v))
                    .map(|(&u, &w)| share[u as usize] * w)
                    .sum()
            } else {
                sources.iter().map(|&u| share[u as usize]).sum()
            };
            *slot = base + alpha * sum;
        };
        if parallel {
            next.par_iter_mut()
                .enumerate()
                .with_min_len(4096)
                .for_each(pull);
        } else {
            next.iter_mut().enumerate().for_each(pull);
        }
        let change: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if change < config.tolerance {
            return Ok(PageRank {
                scores: rank,
                iterations: iteration,
            });
        }
    }
    Err(Error::Analysis {
        message: format!(
            "PageRank did not converge to tolerance {} within {} iterations",
            config.tolerance, config.max_iterations
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::network::Link;

    fn net(n: usize, arcs: &[(u32, u32, f64)]) -> Network {
        let links = arcs
            .iter()
            .map(|&(source, target, weight)| Link {
                source,
                target,
                weight,
                directed: true,
                edge: 0,
            })
            .collect();
        Network::from_links(n, links)
    }

    /// Values from NetworkX's `pagerank(G, tol=1e-15)` on the same graphs.
    #[test]
    fn matches_networkx_on_small_graphs() {
        struct Case {
            arcs: &'static [(u32, u32, f64)],
            n: usize,
            weighted: bool,
            expected: &'static [f64],
        }
        let cases = [
            // A star into node 0, with node 0 dangling.
            Case {
                arcs: &[(1, 0, 1.0), (2, 0, 1.0), (3, 0, 1.0)],
                n: 4,
                weighted: false,
                expected: &[
                    0.5419847328244283,
                    0.15267175572519065,
                    0.15267175572519065,
                    0.15267175572519065,
                ],
            },
            // 0 -> 1 (weight 3), 0 -> 2 (weight 1), 1 -> 2, 2 -> 0.
            Case {
                arcs: &[(0, 1, 3.0), (0, 2, 1.0), (1, 2, 1.0), (2, 0, 1.0)],
                n: 3,
                weighted: true,
                expected: &[
                    0.35850535667624805,
                    0.27854716488110726,
                    0.36294747844264447,
                ],
            },
        ];
        for case in cases {
            let config = PageRankConfig {
                weighted: case.weighted,
                tolerance: 1e-14,
                ..PageRankConfig::default()
            };
            let pr = page_rank(&net(case.n, case.arcs), &config).unwrap();
            for (got, want) in pr.scores.iter().zip(case.expected) {
                assert!((got - want).abs() < 1e-9, "{got} vs {want}");
            }
            assert!((pr.scores.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        }
    }

    #[test]
    fn bad_settings_are_errors() {
        let g = net(2, &[(0, 1, 1.0)]);
        for config in [
            PageRankConfig {
                damping: 1.0,
                ..Default::default()
            },
            PageRankConfig {
                tolerance: 0.0,
                ..Default::default()
            },
            PageRankConfig {
                max_iterations: 1,
                ..Default::default()
            },
        ] {
            assert!(page_rank(&g, &config).is_err(), "{config:?}");
        }
        assert!(
            page_rank(&Network::default(), &PageRankConfig::default())
                .unwrap()
                .scores
                .is_empty()
        );
    }
}
