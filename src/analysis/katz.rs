//! Katz centrality: eigenvector centrality where every entity also gets a
//! little for free, so it converges on graphs eigenvector centrality cannot
//! handle (entities nobody points to still score).
//!
//! rustworkx-core's power iteration (NetworkX's `katz_centrality`) on the
//! [`Network`] view.

use super::network::Network;
use crate::error::{Error, Result};

/// Katz centrality of every node, by node index, scaled to unit Euclidean
/// norm: x = alpha A^T x + beta with beta = 1. `alpha` must be below the
/// inverse of the largest eigenvalue for the series to converge.
pub fn katz(
    net: &Network,
    alpha: f64,
    weighted: bool,
    tolerance: f64,
    max_iterations: usize,
) -> Result<Vec<f64>> {
    let graph = net.to_petgraph();
    let scores = rustworkx_core::centrality::katz_centrality(
        &graph,
        |e| Ok::<f64, std::convert::Infallible>(if weighted { *e.weight() } else { 1.0 }),
        Some(alpha),
        None,
        Some(1.0),
        Some(max_iterations),
        Some(tolerance),
    )
    .unwrap_or_else(|never| match never {});
    match scores {
        Some(s) => Ok(s),
        None if net.node_count() == 0 => Ok(Vec::new()),
        None => Err(Error::Analysis {
            message: format!(
                "Katz centrality did not converge within {max_iterations} iterations \
                 (alpha {alpha} may exceed 1 / the largest eigenvalue: try a smaller --alpha)"
            ),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::network::Link;

    #[test]
    fn the_pointed_to_scores_highest() {
        let link = |source, target| Link {
            source,
            target,
            weight: 1.0,
            directed: true,
            edge: 0,
        };
        let net = Network::from_links(3, vec![link(1, 0), link(2, 0)]);
        let k = katz(&net, 0.1, true, 1e-12, 1000).unwrap();
        // x0 = 1 + 0.1 * 2, x1 = x2 = 1, then normalized.
        let norm = (1.2f64 * 1.2 + 2.0).sqrt();
        assert!((k[0] - 1.2 / norm).abs() < 1e-9);
        assert!((k[1] - 1.0 / norm).abs() < 1e-9);
    }
}
