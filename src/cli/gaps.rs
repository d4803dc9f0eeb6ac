//! `newsgraph gaps`: what the dictionaries miss.

use newsgraph::document;
use newsgraph::extract::Extractor;
use newsgraph::lexicon::Lexicon;
use newsgraph::relation::gaps::GapReport;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// List capitalized names and acronyms that appear in sentences with a
/// relation cue but match no entity, most frequent first: the entries to add
/// with --lexicon so those sentences become edges.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Articles: files, directories, .jsonl, or - for standard input.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Extra lexicon tables, as for `build` (repeatable).
    #[arg(long = "lexicon", value_name = "FILE")]
    lexicons: Vec<PathBuf>,
    /// How many names to list.
    #[arg(short = 'n', long, default_value_t = 50)]
    top: usize,
    /// Also print an example sentence for each name.
    #[arg(long)]
    examples: bool,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let mut lexicon = Lexicon::builtin();
    for path in &args.lexicons {
        lexicon.add_file(path)?;
    }
    let loaded = document::load(&args.inputs)?;
    for skipped in &loaded.skipped {
        eprintln!("skipped: {}", skipped.error);
    }
    let extractor = Extractor::from_lexicon(lexicon);
    let mut report = GapReport::new();
    for doc in &loaded.documents {
        extractor.add_gaps(doc, &mut report);
    }
    let mut out = std::io::stdout().lock();
    for gap in report.gaps().into_iter().take(args.top) {
        writeln!(out, "{:>6}  {}", gap.count, gap.name)?;
        if args.examples {
            writeln!(out, "        {}", gap.example.replace('\n', " "))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
