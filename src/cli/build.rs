//! `newsgraph build`: articles in, graph JSON (and DOT) out.

use anyhow::Context;
use newsgraph::document;
use newsgraph::export::{dot, json, write_atomically};
use newsgraph::extract::Extractor;
use newsgraph::lexicon::Lexicon;
use std::path::PathBuf;
use std::process::ExitCode;

/// Build a knowledge graph from articles.
///
/// Inputs may be .txt or .md files (one article each; id = file stem),
/// directories (read recursively in sorted order), .jsonl files (one article
/// per line: `text` required; `id`, `title`, `date`, `url` kept) and `-` for
/// standard input. Unreadable articles (invalid UTF-8, binary files, broken
/// JSONL lines) are skipped and reported; the graph of the rest is written and
/// the exit code is 3. With --strict they are fatal and nothing is written.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Articles: files, directories, .jsonl, or - for standard input.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Where to write the graph JSON (- for standard output).
    #[arg(short, long, default_value = "-")]
    output: PathBuf,
    /// Also write the Graphviz DOT diagram here.
    #[arg(long)]
    dot: Option<PathBuf>,
    /// Add entities, titles or relation cues from a TSV table (repeatable).
    #[arg(long = "lexicon", value_name = "FILE")]
    lexicons: Vec<PathBuf>,
    /// Treat any unreadable article as an error and write nothing.
    #[arg(long)]
    strict: bool,
    /// Print no warnings or summary.
    #[arg(short, long)]
    quiet: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut lexicon = Lexicon::builtin();
    for path in &args.lexicons {
        lexicon.add_file(path)?;
    }
    let loaded = document::load(&args.inputs)?;
    if !args.quiet {
        for warning in &loaded.warnings {
            eprintln!("warning: {warning}");
        }
    }
    if !loaded.skipped.is_empty() {
        for skipped in &loaded.skipped {
            eprintln!(
                "{}: {}",
                if args.strict { "error" } else { "skipped" },
                skipped.error
            );
        }
        if args.strict {
            anyhow::bail!(
                "{} input(s) could not be read; nothing written (--strict)",
                loaded.skipped.len()
            );
        }
    }
    let extractor = Extractor::new(&lexicon);
    let graph = extractor.build(&loaded.documents);
    write_atomically(&args.output, &json::to_json(&graph))
        .with_context(|| "writing the graph JSON")?;
    if let Some(path) = &args.dot {
        write_atomically(path, &dot::to_dot(&graph)).with_context(|| "writing the DOT diagram")?;
    }
    if !args.quiet {
        eprintln!(
            "{} documents, {} nodes, {} edges{}",
            loaded.documents.len(),
            graph.nodes.len(),
            graph.edges.len(),
            if loaded.skipped.is_empty() {
                String::new()
            } else {
                format!(", {} inputs skipped", loaded.skipped.len())
            }
        );
    }
    Ok(if loaded.skipped.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    })
}
