//! Eigenvector centrality: an entity is central when central entities point
//! to it.
//!
//! rustworkx-core's power iteration (NetworkX's algorithm: in-arcs, arc
//! weights, iterating with A + I so it converges on periodic graphs),
//! on the [`Network`] view.

use super::network::Network;
use crate::error::{Error, Result};

/// Eigenvector centrality of every node, by node index, scaled to unit
/// Euclidean norm. Stops when the L1 change is below `nodes × tolerance`
/// (NetworkX's rule); fails if that takes more than `max_iterations`.
pub fn eigenvector(
    net: &Network,
    weighted: bool,
    tolerance: f64,
    max_iterations: usize,
) -> Result<Vec<f64>> {
    let graph = net.to_petgraph();
    let scores = rustworkx_core::centrality::eigenvector_centrality(
        &graph,
        |e| Ok::<f64, std::convert::Infallible>(if weighted { *e.weight() } else { 1.0 }),
        Some(max_iterations),
        Some(tolerance),
    )
    .unwrap_or_else(|never| match never {});
    match scores {
        Some(s) => Ok(s),
        None if net.node_count() == 0 => Ok(Vec::new()),
        None => Err(Error::Analysis {
            message: format!(
                "eigenvector centrality did not converge to tolerance {tolerance} within \
                 {max_iterations} iterations (try --tolerance or Katz centrality)"
            ),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::network::Link;

    #[test]
    fn a_triangle_is_uniform() {
        let link = |source, target| Link {
            source,
            target,
            weight: 1.0,
            directed: false,
            edge: 0,
        };
        let net = Network::from_links(3, vec![link(0, 1), link(1, 2), link(0, 2)]);
        for s in eigenvector(&net, true, 1e-12, 1000).unwrap() {
            assert!((s - 1.0 / 3f64.sqrt()).abs() < 1e-9);
        }
    }
}
