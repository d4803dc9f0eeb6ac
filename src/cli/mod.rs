//! Command-line interface: one file per subcommand, each with its arguments
//! and a `run`. The library never sees clap types.

mod build;
mod dot;
mod explain;
mod gaps;
mod merge;

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
    Merge(merge::Args),
    Gaps(gaps::Args),
}

/// Parse the arguments and run the subcommand.
pub fn run() -> anyhow::Result<ExitCode> {
    let cli = Cli::parse();
    match cli.command {
        Command::Build(args) => build::run(args),
        Command::Dot(args) => dot::run(args),
        Command::Explain(args) => explain::run(args),
        Command::Merge(args) => merge::run(args),
        Command::Gaps(args) => gaps::run(args),
    }
}
