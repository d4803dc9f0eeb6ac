//! Command-line interface: one file per subcommand, each with its arguments
//! and a `run`. The library never sees clap types.

mod balance;
mod build;
mod communities;
mod components;
mod diff;
mod distances;
mod dot;
mod ego;
mod explain;
mod export;
mod gaps;
mod html;
mod merge;
mod neighbors;
mod output;
mod path;
mod query;
mod rank;
mod render;
mod scope;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// newsgraph: a knowledge graph of international relations from news articles.
///
/// Countries, officials and organizations become nodes; partnership,
/// sanctions, membership, official_of, opposition, support, meeting, trade
/// and conflict become edges, each with the sentences that say so.
#[derive(Debug, Parser)]
#[command(name = "newsgraph", version, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Build(build::Args),
    Dot(dot::Args),
    Explain(explain::Args),
    Export(export::Args),
    Html(html::Args),
    Gaps(gaps::Args),
    Neighbors(neighbors::Args),
    Path(path::Args),
    Ego(ego::Args),
    Query(query::Args),
    Rank(rank::Args),
    Components(components::Args),
    Communities(communities::Args),
    Balance(balance::Args),
    Distances(distances::Args),
    Diff(diff::Args),
    Merge(merge::Args),
    Render(render::Args),
}

/// Parse the arguments and run the subcommand.
pub fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Build(args) => build::run(args),
        Command::Dot(args) => dot::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Export(args) => export::run(args),
        Command::Html(args) => html::run(args),
        Command::Gaps(args) => gaps::run(args),
        Command::Neighbors(args) => neighbors::run(args),
        Command::Path(args) => path::run(args),
        Command::Ego(args) => ego::run(args),
        Command::Query(args) => query::run(args),
        Command::Rank(args) => rank::run(args),
        Command::Components(args) => components::run(args),
        Command::Communities(args) => communities::run(args),
        Command::Balance(args) => balance::run(args),
        Command::Distances(args) => distances::run(args),
        Command::Diff(args) => diff::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Render(args) => render::run(args),
    }
}
