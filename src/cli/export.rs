//! `newsgraph export`: a graph JSON in the formats other graph tools load.

use super::dot::FilterArgs;
use anyhow::Context;
use newsgraph::export::{cytoscape, events, gexf, graphml, json, neo4j, write_atomically};
use std::path::PathBuf;
use std::process::ExitCode;

/// Export a graph JSON for other tools: GraphML (NetworkX, Gephi, yEd),
/// GEXF 1.3 with time (Gephi), CSV files for Neo4j, Cytoscape.js JSON, or a
/// CSV table of events (one row per evidence sentence, with date and CAMEO
/// root, to line up with GDELT or ICEWS).
///
/// Takes the same filters as `newsgraph dot`; unlike diagrams, exports keep
/// entities without relations.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    /// The format to write.
    #[arg(short, long, value_enum)]
    format: ExportFormat,
    /// Where to write it (- for standard output); for `neo4j`, a directory,
    /// created if needed, that receives nodes.csv, relationships.csv,
    /// import.sh and load.cypher.
    #[arg(short, long, default_value = "-")]
    output: PathBuf,
    #[command(flatten)]
    filter: FilterArgs,
}

/// The export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ExportFormat {
    /// GraphML with typed attributes.
    Graphml,
    /// GEXF 1.3 with document dates as time spells.
    Gexf,
    /// CSV files for `neo4j-admin database import`, and a LOAD CSV script.
    Neo4j,
    /// Cytoscape.js JSON (`elements` with `data`) with a stylesheet.
    Cytoscape,
    /// CSV event table: date, source, target, relation, CAMEO root, document, sentence.
    Events,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let graph = json::read_graph(&args.graph)?;
    let graph = args.filter.filter(true).apply(&graph)?.graph;
    let bytes = match args.format {
        ExportFormat::Graphml => graphml::to_graphml(&graph),
        ExportFormat::Gexf => gexf::to_gexf(&graph),
        ExportFormat::Cytoscape => cytoscape::to_cytoscape(&graph),
        ExportFormat::Events => events::to_events_csv(&graph),
        ExportFormat::Neo4j => {
            write_directory(&args.output, neo4j::to_neo4j(&graph))?;
            return Ok(ExitCode::SUCCESS);
        }
    };
    write_atomically(&args.output, &bytes)?;
    Ok(ExitCode::SUCCESS)
}

/// Write files into `dir`. A new directory is filled under a temporary name
/// and renamed into place, so it appears whole or not at all; into an
/// existing one, each file is replaced atomically.
fn write_directory(dir: &PathBuf, files: Vec<(&str, Vec<u8>)>) -> anyhow::Result<()> {
    if dir.as_os_str() == "-" {
        anyhow::bail!("the neo4j export is several files: name a directory with -o DIR");
    }
    if dir.is_dir() {
        for (name, bytes) in &files {
            write_atomically(&dir.join(name), bytes)?;
        }
        return Ok(());
    }
    if dir.exists() {
        anyhow::bail!("{} exists and is not a directory", dir.display());
    }
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "neo4j".into());
    let tmp = dir.with_file_name(format!(".{name}.tmp{}", std::process::id()));
    let result = (|| -> anyhow::Result<()> {
        std::fs::create_dir_all(&tmp)
            .with_context(|| format!("cannot create {}", tmp.display()))?;
        for (file, bytes) in &files {
            write_atomically(&tmp.join(file), bytes)?;
        }
        std::fs::rename(&tmp, dir).with_context(|| format!("cannot create {}", dir.display()))
    })();
    if result.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    result
}
