//! `newsgraph build`: articles in, graph JSON (and DOT) out.
//!
//! Documents stream from the loader through a rayon pool: each worker folds
//! the documents it extracts into its own [`GraphBuilder`], and the builders
//! merge at the end. The builder is order-independent, so the graph is the
//! same byte for byte whatever the number of threads; memory holds the
//! graph and the articles in flight, not the corpus.

use anyhow::Context;
use indicatif::{ProgressBar, ProgressState, ProgressStyle};
use newsgraph::document::{self, Item};
use newsgraph::error::Error;
use newsgraph::export::{dot, json, write_atomically};
use newsgraph::extract::Extractor;
use newsgraph::graph::{DEFAULT_MAX_EVIDENCE, GraphBuilder};
use newsgraph::lexicon::Lexicon;
use rayon::iter::{ParallelBridge, ParallelIterator};
use std::collections::BTreeMap;
use std::fmt;
use std::io::IsTerminal;
use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::str::FromStr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Build a knowledge graph from articles.
///
/// Inputs may be .txt or .md files (one article each; id = file stem),
/// directories (read recursively in sorted order), .jsonl files (one article
/// per line: `text` required; `id`, `title`, `date`, `url` kept) and `-` for
/// standard input. Input is streamed and extracted on all cores; the output
/// is the same whatever --jobs. Unreadable articles (invalid UTF-8, binary
/// files, broken JSONL lines) are skipped and reported; the graph of the rest
/// is written and the exit code is 3. With --strict they are fatal and
/// nothing is written.
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
    /// Print no progress, warnings or summary.
    #[arg(short, long)]
    quiet: bool,
    /// Extract on N threads [default: all cores].
    #[arg(short, long, value_name = "N")]
    jobs: Option<NonZeroUsize>,
    /// Keep at most N evidence sentences per edge (the most confident), or
    /// `all`. `weight` and `documents` still count every one.
    #[arg(long, value_name = "N", default_value_t = MaxEvidence(Some(DEFAULT_MAX_EVIDENCE)))]
    max_evidence: MaxEvidence,
}

/// `--max-evidence`: a number, or `all` for no cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MaxEvidence(pub Option<usize>);

impl FromStr for MaxEvidence {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        if s == "all" {
            return Ok(Self(None));
        }
        s.parse()
            .map(|n| Self(Some(n)))
            .map_err(|_| format!("`{s}` is neither a number nor `all`"))
    }
}

impl fmt::Display for MaxEvidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(n) => write!(f, "{n}"),
            None => f.write_str("all"),
        }
    }
}

/// What the run met besides documents, in input order.
#[derive(Debug, Default)]
struct Report {
    /// Skipped inputs, by reason, for the summary.
    skipped_by_reason: BTreeMap<&'static str, usize>,
    skipped: usize,
    /// An input that could not be read at all: the run fails.
    fatal: Option<Error>,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let mut lexicon = Lexicon::builtin();
    for path in &args.lexicons {
        lexicon.add_file(path)?;
    }
    // A typo in an output directory should cost a second, not an hour of
    // extraction; and a failed run must not replace one output of two.
    for path in std::iter::once(&args.output).chain(&args.dot) {
        check_output_dir(path)?;
    }
    let stream = document::stream(&args.inputs)?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, NonZeroUsize::get))
        .build()
        .context("starting the worker threads")?;
    let extractor = Extractor::from_lexicon(lexicon);
    let bytes_read = stream.bytes_read();
    let documents = Arc::new(AtomicUsize::new(0));
    let sentences = AtomicUsize::new(0);
    let bar = progress_bar(&args, stream.total_bytes(), &documents);
    let report = Mutex::new(Report::default());
    let say = |line: String| bar.suspend(|| eprintln!("{line}"));

    let max_evidence = args.max_evidence.0;
    let builder = pool.install(|| {
        stream
            .map_while(|item| match item {
                Ok(item) => Some(item),
                Err(error) => {
                    lock(&report).fatal = Some(error);
                    None
                }
            })
            .filter_map(|item| match item {
                // Under --strict, once the run is lost, read on only to
                // report every bad input.
                Item::Document(_) if args.strict && lock(&report).skipped > 0 => None,
                Item::Document(doc) => Some(doc),
                Item::Skipped(skipped) => {
                    let mut report = lock(&report);
                    report.skipped += 1;
                    *report
                        .skipped_by_reason
                        .entry(reason(&skipped.error))
                        .or_default() += 1;
                    let label = if args.strict { "error" } else { "skipped" };
                    say(format!("{label}: {}", skipped.error));
                    None
                }
                Item::Warning(warning) => {
                    if !args.quiet {
                        say(format!("warning: {warning}"));
                    }
                    None
                }
            })
            .par_bridge()
            .fold(
                || GraphBuilder::with_max_evidence(max_evidence),
                |mut builder, doc| {
                    let extraction = extractor.extract(&doc);
                    builder.add(&doc, &extraction.entities, &extraction.relations);
                    sentences.fetch_add(extraction.entities.sentences.len(), Ordering::Relaxed);
                    documents.fetch_add(1, Ordering::Relaxed);
                    bar.set_position(bytes_read.load(Ordering::Relaxed));
                    builder
                },
            )
            .reduce(
                || GraphBuilder::with_max_evidence(max_evidence),
                |mut a, b| {
                    a.merge(b);
                    a
                },
            )
    });
    bar.finish_and_clear();
    let report = report.into_inner().unwrap_or_else(|e| e.into_inner());
    if let Some(error) = report.fatal {
        return Err(error.into());
    }
    if args.strict && report.skipped > 0 {
        anyhow::bail!(
            "{} input(s) could not be read; nothing written (--strict)",
            report.skipped
        );
    }
    let graph = builder.finish();
    write_atomically(&args.output, &json::to_json(&graph))
        .with_context(|| "writing the graph JSON")?;
    if let Some(path) = &args.dot {
        write_atomically(path, &dot::to_dot(&graph)).with_context(|| "writing the DOT diagram")?;
    }
    if !args.quiet {
        let seconds = started.elapsed().as_secs_f64();
        let megabytes = bytes_read.load(Ordering::Relaxed) as f64 / 1e6;
        let skipped = if report.skipped == 0 {
            String::new()
        } else {
            let reasons: Vec<String> = report
                .skipped_by_reason
                .iter()
                .map(|(reason, n)| format!("{reason}: {n}"))
                .collect();
            format!(
                ", {} inputs skipped ({})",
                report.skipped,
                reasons.join(", ")
            )
        };
        eprintln!(
            "{} documents, {} sentences, {} nodes, {} edges{skipped}; {megabytes:.1} MB in {seconds:.2} s ({:.1} MB/s)",
            documents.load(Ordering::Relaxed),
            sentences.into_inner(),
            graph.nodes.len(),
            graph.edges.len(),
            megabytes / seconds.max(1e-9),
        );
    }
    // The process ends right after: its exit returns the tables' memory at
    // once, where freeing their thousands of strings one by one costs more
    // than extracting a short article.
    std::mem::forget(extractor);
    Ok(if report.skipped == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    })
}

/// Whether `path` (unless `-`) is in a directory that exists.
fn check_output_dir(path: &Path) -> anyhow::Result<()> {
    if path.as_os_str() == "-" {
        return Ok(());
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => Ok(()),
        Ok(_) => anyhow::bail!(
            "cannot write {}: {} is not a directory",
            path.display(),
            dir.display()
        ),
        Err(e) => Err(anyhow::Error::new(e).context(format!("cannot write {}", path.display()))),
    }
}

/// The report, even if a thread panicked while holding it (the panic is
/// what gets reported then).
fn lock(report: &Mutex<Report>) -> std::sync::MutexGuard<'_, Report> {
    report.lock().unwrap_or_else(|e| e.into_inner())
}

/// A short name for why an input was skipped, for the summary.
fn reason(error: &Error) -> &'static str {
    match error {
        Error::Binary { .. } => "binary",
        Error::InvalidUtf8 { .. } => "invalid UTF-8",
        Error::JsonLine { message, .. } if message.starts_with("invalid UTF-8") => "invalid UTF-8",
        Error::JsonLine { .. } => "bad JSONL record",
        _ => "unreadable",
    }
}

/// A progress bar on standard error when it is a terminal (and not
/// `--quiet`): bytes read, documents, speed and ETA. Hidden otherwise, so
/// logs and pipes get only the messages and the summary.
fn progress_bar(
    args: &Args,
    total_bytes: Option<u64>,
    documents: &Arc<AtomicUsize>,
) -> ProgressBar {
    if args.quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match total_bytes {
        Some(total) => ProgressBar::new(total),
        None => ProgressBar::new_spinner(),
    };
    let template = if total_bytes.is_some() {
        "{spinner} {elapsed} {bytes}/{total_bytes}, {docs} documents, {bytes_per_sec}, ETA {eta} [{wide_bar}]"
    } else {
        "{spinner} {elapsed} {bytes}, {docs} documents, {bytes_per_sec}"
    };
    let documents = Arc::clone(documents);
    let style = ProgressStyle::with_template(template)
        .expect("a valid progress template")
        .progress_chars("=> ")
        .with_key("docs", move |_: &ProgressState, w: &mut dyn fmt::Write| {
            let _ = write!(w, "{}", documents.load(Ordering::Relaxed));
        });
    bar.set_style(style);
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}
