//! Throughput of extraction, in-process: MB/s on one thread and on all
//! cores over a JSONL corpus, the cost of compiling the matchers (start-up),
//! and the cost per MB of sentence-free input as it grows (linear or not).
//!
//! ```sh
//! cargo bench --bench throughput                       # all of it
//! cargo bench --bench throughput -- corpus FILE.jsonl  # one corpus
//! cargo bench --bench throughput -- linear 1 2 5 10    # sizes in MB
//! cargo bench --bench throughput -- extract-only 10    # one size, for callgrind
//! ```
//!
//! `benches/throughput.sh` runs the binary end to end (1 GB corpus, peak
//! memory, process start-up) and counts instructions with valgrind.
//! A bench binary, not a test: nothing here asserts a time.

use newsgraph::document::{self, Document, Item};
use newsgraph::extract::Extractor;
use newsgraph::graph::GraphBuilder;
use newsgraph::lexicon::Lexicon;
use rayon::prelude::*;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The allocator of the `newsgraph` binary (`src/main.rs`), so that the
/// figures are those of `newsgraph build`: with the system allocator,
/// extraction's many small per-sentence vectors cost more.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The benchmark corpus of the issue: 6.4 MB of State of the Union text.
const SOTU: &str = "../shared/corpus/sotu-1900-2026.jsonl";

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let (mode, rest) = args
        .split_first()
        .map_or(("all", &[][..]), |(m, r)| (m.as_str(), r));
    let started = Instant::now();
    let extractor = Extractor::new(&Lexicon::builtin());
    let startup = started.elapsed();
    match mode {
        "all" => {
            println!("start-up (built-in lexicon, matchers compiled): {startup:.1?}");
            let sotu = Path::new(env!("CARGO_MANIFEST_DIR")).join(SOTU);
            if sotu.exists() {
                corpus(&extractor, &sotu);
            } else {
                println!("{} not found: corpus figures skipped", sotu.display());
            }
            linear(&extractor, &[1.0, 2.0, 5.0, 10.0]);
        }
        "corpus" => {
            for path in rest {
                corpus(&extractor, Path::new(path));
            }
        }
        "linear" => {
            let sizes: Vec<f64> = rest
                .iter()
                .map(|s| s.parse().expect("sizes in MB"))
                .collect();
            linear(&extractor, &sizes);
        }
        "extract-only" => {
            let mb: f64 = rest
                .first()
                .map_or(1.0, |s| s.parse().expect("a size in MB"));
            let doc = sentence_free(mb);
            let extraction = extractor.extract(&doc);
            println!(
                "{mb} MB sentence-free: {} sentences, {} relations",
                extraction.entities.sentences.len(),
                extraction.relations.len()
            );
        }
        other => panic!("unknown mode `{other}`: all, corpus, linear or extract-only"),
    }
}

/// MB/s of extraction and graph building over `path`, on one thread and on
/// every core, best and median of three runs. Loading is outside the timing.
fn corpus(extractor: &Extractor, path: &Path) {
    let docs: Vec<Document> = document::stream(&[PathBuf::from(path)])
        .expect("the corpus opens")
        .filter_map(|item| match item.expect("the corpus reads") {
            Item::Document(doc) => Some(doc),
            _ => None,
        })
        .collect();
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    println!(
        "{}: {} documents, {:.2} MB of text",
        path.display(),
        docs.len(),
        bytes as f64 / 1e6
    );
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut threads = vec![1];
    if cores > 1 {
        threads.push(cores);
    }
    let mut single = None;
    for n in threads {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .unwrap();
        let mut times: Vec<Duration> = (0..3)
            .map(|_| {
                let start = Instant::now();
                let graph = pool.install(|| build(extractor, &docs));
                let elapsed = start.elapsed();
                std::hint::black_box(graph);
                elapsed
            })
            .collect();
        times.sort();
        let mbs = |t: Duration| bytes as f64 / 1e6 / t.as_secs_f64();
        let speedup = single.map_or(String::new(), |s: f64| {
            format!(", {:.2}x one thread", mbs(times[0]) / s)
        });
        println!(
            "  {n} thread(s): {:.1} MB/s best, {:.1} MB/s median{speedup}",
            mbs(times[0]),
            mbs(times[1])
        );
        single.get_or_insert(mbs(times[0]));
    }
}

/// The graph of `docs`, built as `newsgraph build` does: one builder per
/// worker, merged.
fn build(extractor: &Extractor, docs: &[Document]) -> newsgraph::graph::KnowledgeGraph {
    docs.par_iter()
        .fold(GraphBuilder::new, |mut builder, doc| {
            let extraction = extractor.extract(doc);
            builder.add(doc, &extraction.entities, &extraction.relations);
            builder
        })
        .reduce(GraphBuilder::new, |mut a, b| {
            a.merge(b);
            a
        })
        .finish()
}

/// Seconds per MB of sentence-free text as it grows: flat when extraction
/// is linear. Stops before a size whose projected time passes two minutes.
fn linear(extractor: &Extractor, sizes: &[f64]) {
    println!("sentence-free input (words and names, no sentence end, no line break):");
    let mut per_mb: Vec<(f64, f64)> = Vec::new();
    for &mb in sizes {
        if let Some(&(last_mb, last)) = per_mb.last() {
            // Project with the growth seen so far (quadratic at worst).
            let growth = per_mb
                .first()
                .map_or(1.0, |&(_, first)| (last / first).max(1.0));
            let projected = last * mb * growth * (mb / last_mb);
            if projected > 120.0 {
                println!("  {mb:>5} MB: skipped, projected {projected:.0} s");
                continue;
            }
        }
        let doc = sentence_free(mb);
        let start = Instant::now();
        let extraction = extractor.extract(&doc);
        let seconds = start.elapsed().as_secs_f64();
        std::hint::black_box(extraction);
        per_mb.push((mb, seconds / mb));
        println!(
            "  {mb:>5} MB: {seconds:>7.2} s, {:.3} s/MB, {:.1} MB/s",
            seconds / mb,
            mb / seconds
        );
    }
    if let (Some(&(a_mb, a)), Some(&(b_mb, b))) = (per_mb.first(), per_mb.last())
        && b_mb > a_mb
    {
        let verdict = if b / a < 1.5 { "linear" } else { "NOT linear" };
        println!(
            "  cost per MB at {b_mb} MB / at {a_mb} MB: {:.2} ({verdict})",
            b / a
        );
    }
}

/// `mb` megabytes of words with country, organization and person names,
/// pronouns, titles and quotes among them, and no sentence end or line
/// break: the input a broken dump (or an attacker) gives. Deterministic.
fn sentence_free(mb: f64) -> Document {
    const WORDS: &[&str] = &[
        "the",
        "of",
        "and",
        "to",
        "in",
        "talks",
        "with",
        "on",
        "said",
        "we",
        "our",
        "he",
        "his",
        "it",
        "minister",
        "President",
        "sanctions",
        "trade",
        "met",
        "support",
        "United States",
        "Iran",
        "China",
        "Russia",
        "NATO",
        "European Union",
        "Germany",
        "Joe Biden",
        "Xi Jinping",
        "Foreign Minister",
        "the two countries",
        "\"",
        "(",
        ")",
        "—",
        "agreement",
        "against",
        "between",
        "after",
        "visit",
        "new",
        "deal",
        "war",
    ];
    let target = (mb * 1e6) as usize;
    let mut text = String::with_capacity(target + 32);
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    while text.len() < target {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        text.push_str(WORDS[(state % WORDS.len() as u64) as usize]);
        text.push(' ');
    }
    Document::new(format!("sentence-free-{mb}"), text)
}
