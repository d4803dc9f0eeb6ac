//! `newsgraph dot`: a graph JSON as a Graphviz diagram; and the diagram and
//! filter flags that `render`, `html` and `export` share with it.

use newsgraph::export::dot::{self, DotOptions, Layout};
use newsgraph::export::filter::Filter;
use newsgraph::export::{json, write_atomically};
use newsgraph::ontology::{EntityKind, RelationKind};
use std::path::PathBuf;
use std::process::ExitCode;

/// Write the Graphviz DOT diagram of a graph JSON.
///
/// Nodes are shaped and filled by kind, edges coloured and styled by
/// relation, with the evidence sentences as tooltips and a legend. Small or
/// focused graphs are laid out with `dot`, larger ones with `sfdp`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    /// Where to write the DOT (- for standard output).
    #[arg(short, long, default_value = "-")]
    output: PathBuf,
    #[command(flatten)]
    diagram: DiagramArgs,
}

/// Which part of the graph to keep.
#[derive(Debug, Clone, clap::Args)]
pub struct FilterArgs {
    /// Keep only the neighbourhood of this entity (id, label or alias;
    /// repeatable: several entities and the ties among them).
    #[arg(long, value_name = "ENTITY")]
    focus: Vec<String>,
    /// How many hops around --focus to keep (0: only the ties among the
    /// focus entities).
    #[arg(long, value_name = "N", default_value_t = 1, requires = "focus")]
    depth: usize,
    /// Keep only these relations (comma-separated, e.g. sanctions,conflict).
    #[arg(long, value_name = "RELATION", value_delimiter = ',')]
    relations: Vec<RelationKind>,
    /// Keep only entities of these kinds (country, person, organization).
    #[arg(long, value_name = "KIND", value_delimiter = ',')]
    kinds: Vec<EntityKind>,
    /// Keep only edges with at least this many evidence sentences.
    #[arg(long, value_name = "N", default_value_t = 1)]
    min_weight: usize,
    /// Keep only the N entities with the most evidence in relations
    /// (weighted degree), plus the focus.
    #[arg(long, value_name = "N")]
    top: Option<usize>,
}

impl FilterArgs {
    /// The library filter these flags ask for.
    pub fn filter(&self, isolated: bool) -> Filter {
        Filter {
            focus: self.focus.clone(),
            depth: self.depth,
            relations: self.relations.clone(),
            kinds: self.kinds.clone(),
            min_weight: self.min_weight,
            top: self.top,
            isolated,
        }
    }
}

/// How to draw the diagram.
#[derive(Debug, Clone, clap::Args)]
pub struct DiagramArgs {
    #[command(flatten)]
    filter: FilterArgs,
    /// Also draw entities without relations.
    #[arg(long)]
    isolated: bool,
    /// Layout engine: dot, neato, fdp, sfdp, circo or twopi [default: dot
    /// for up to 40 entities or with --focus, sfdp above].
    #[arg(long, value_name = "ENGINE")]
    layout: Option<Layout>,
    /// Label edges with their relation: on or off [default: on with the dot
    /// layout only].
    #[arg(long, value_name = "ON|OFF", value_parser = parse_switch)]
    edge_labels: Option<bool>,
    /// Leave out the legend.
    #[arg(long)]
    no_legend: bool,
    /// Title for the legend.
    #[arg(long)]
    title: Option<String>,
}

fn parse_switch(text: &str) -> Result<bool, String> {
    match text {
        "on" => Ok(true),
        "off" => Ok(false),
        _ => Err(format!("expected on or off, not `{text}`")),
    }
}

impl DiagramArgs {
    /// The library's drawing options these flags ask for.
    pub fn options(&self) -> DotOptions {
        DotOptions {
            filter: self.filter.filter(self.isolated),
            layout: self.layout,
            legend: !self.no_legend,
            edge_labels: self.edge_labels,
            title: self.title.clone(),
        }
    }
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = json::read_graph(&args.graph)?;
    let bytes = dot::to_dot_with(&graph, &args.diagram.options())?;
    write_atomically(&args.output, &bytes)?;
    Ok(ExitCode::SUCCESS)
}
