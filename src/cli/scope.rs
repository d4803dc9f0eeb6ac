//! Options shared by the commands that ask questions of a graph: which
//! relations (`--relation`) and which time window (`--since`, `--until`),
//! and how a graph is loaded under them.

use anyhow::Context;
use newsgraph::analysis::network::{self, Direction};
use newsgraph::analysis::scope::{self, Date, Scope, Window};
use newsgraph::export::json;
use newsgraph::graph::KnowledgeGraph;
use newsgraph::ontology::RelationKind;
use std::path::Path;

/// `--since` and `--until`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct WindowArgs {
    /// Only evidence from documents dated on or after DATE (YYYY, YYYY-MM or
    /// YYYY-MM-DD); evidence from undated documents is then left out.
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only evidence from documents dated on or before DATE (2022 means up to
    /// 2022-12-31, 2022-03 up to the end of March).
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
}

impl WindowArgs {
    fn window(&self) -> anyhow::Result<Window> {
        Ok(Window {
            since: self.since.as_deref().map(Date::since).transpose()?,
            until: self.until.as_deref().map(Date::until).transpose()?,
        })
    }
}

/// `--relation`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct RelationArgs {
    /// Only these relations (comma-separated or repeated): partnership,
    /// sanctions, membership, official_of, opposition, support, meeting,
    /// trade, conflict.
    #[arg(
        short,
        long = "relation",
        value_name = "RELATION",
        value_delimiter = ','
    )]
    pub relations: Vec<RelationKind>,
}

/// Read a graph JSON and cut it to the relations and window asked for.
pub fn load(
    path: &Path,
    relations: &RelationArgs,
    window: &WindowArgs,
) -> anyhow::Result<KnowledgeGraph> {
    let graph = json::read_graph(path)?;
    network::check_endpoints(&graph)
        .with_context(|| format!("{} is not a consistent graph", path.display()))?;
    let scope = Scope {
        relations: relations.relations.iter().copied().collect(),
        window: window.window()?,
    };
    let restricted = scope::restrict(&graph, &scope)?;
    if !restricted.undated.is_empty() {
        let shown: Vec<&str> = restricted
            .undated
            .iter()
            .take(5)
            .map(String::as_str)
            .collect();
        eprintln!(
            "warning: {} document(s) without a usable date are outside the window: {}{}",
            restricted.undated.len(),
            shown.join(", "),
            if restricted.undated.len() > shown.len() {
                ", ..."
            } else {
                ""
            }
        );
    }
    let owned = match restricted.graph {
        std::borrow::Cow::Owned(g) => g,
        std::borrow::Cow::Borrowed(_) => return Ok(graph),
    };
    Ok(owned)
}

/// `--direction`: which ties of an entity to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum DirectionArg {
    /// Ties the entity points from (it sanctions, it is a member of).
    Out,
    /// Ties pointing at the entity (it is sanctioned, it has members).
    In,
    /// Both (symmetric relations always count).
    #[default]
    Both,
}

impl From<DirectionArg> for Direction {
    fn from(d: DirectionArg) -> Self {
        match d {
            DirectionArg::Out => Direction::Out,
            DirectionArg::In => Direction::In,
            DirectionArg::Both => Direction::Both,
        }
    }
}
