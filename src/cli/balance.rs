//! `newsgraph balance`: the signed view of the graph, and where "the enemy
//! of my enemy is my friend" holds.

use super::output::{Table, print_json, print_line, print_table};
use super::scope::{WindowArgs, load};
use anyhow::Context;
use newsgraph::analysis::balance::{Indirect, SignedGraph, Triad, standing, summarize, triads};
use newsgraph::analysis::lookup::EntityIndex;
use newsgraph::analysis::signs::{Sign, Signs};
use newsgraph::graph::KnowledgeGraph;
use newsgraph::ontology::RelationKind;
use std::path::PathBuf;
use std::process::ExitCode;

/// Report structural balance: balanced (+++, +--) and unbalanced (++-, ---)
/// triads and the balance ratio; with an entity, its friends, enemies,
/// friends of enemies and enemies of enemies, and whether balance theory's
/// prediction holds for each. A pair's sign is that of its positive minus
/// its negative evidence; the default signs: partnership, support,
/// membership, trade +; opposition, sanctions, conflict -; official_of,
/// meeting neutral.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  newsgraph balance graph.json                          # triad counts, ratio, unbalanced triads
  newsgraph balance graph.json Iran                     # Iran's friends, enemies, enemies of enemies
  newsgraph balance graph.json --positive meeting       # count meetings as friendly
  newsgraph balance graph.json --signs my-signs.tsv     # rows: relation<TAB>+|-|0")]
pub struct Args {
    /// The graph JSON written by `newsgraph build`.
    graph: PathBuf,
    /// An entity to report on: id, label or alias.
    entity: Option<String>,
    /// A sign table overriding the defaults: a header line `relation<TAB>sign`,
    /// then one relation per line with sign +, - or 0.
    #[arg(long, value_name = "FILE")]
    signs: Option<PathBuf>,
    /// Count these relations as positive.
    #[arg(long, value_name = "RELATION", value_delimiter = ',')]
    positive: Vec<RelationKind>,
    /// Count these relations as negative.
    #[arg(long, value_name = "RELATION", value_delimiter = ',')]
    negative: Vec<RelationKind>,
    /// Do not count these relations.
    #[arg(long, value_name = "RELATION", value_delimiter = ',')]
    neutral: Vec<RelationKind>,
    /// List at most this many triads (0: all).
    #[arg(long, default_value_t = 20)]
    limit: usize,
    /// Print JSON instead of tables.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    window: WindowArgs,
}

fn signs(args: &Args) -> anyhow::Result<Signs> {
    let mut signs = Signs::default();
    if let Some(path) = &args.signs {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        signs.read_table(&path.display().to_string(), &text)?;
    }
    for (list, sign) in [
        (&args.positive, Sign::Positive),
        (&args.negative, Sign::Negative),
        (&args.neutral, Sign::Neutral),
    ] {
        for &r in list {
            signs.set(r, sign);
        }
    }
    Ok(signs)
}

fn triad_json(graph: &KnowledgeGraph, t: &Triad) -> serde_json::Value {
    serde_json::json!({
        "nodes": t.nodes.iter().map(|&i| &graph.nodes[i].id).collect::<Vec<_>>(),
        "type": t.kind(),
        "balanced": t.is_balanced(),
    })
}

fn triad_row(graph: &KnowledgeGraph, t: &Triad) -> Vec<String> {
    let label = |i: usize| graph.nodes[t.nodes[i]].label.clone();
    let sym = |i: usize| t.signs[i].symbol().to_string();
    vec![
        t.kind().to_string(),
        if t.is_balanced() {
            "balanced"
        } else {
            "unbalanced"
        }
        .to_string(),
        label(0),
        sym(0),
        label(1),
        sym(1),
        label(2),
        sym(2),
    ]
}

fn indirect_json(graph: &KnowledgeGraph, list: &[Indirect]) -> Vec<serde_json::Value> {
    list.iter()
        .map(|i| {
            serde_json::json!({
                "id": graph.nodes[i.node].id,
                "via": i.via.iter().map(|&v| &graph.nodes[v].id).collect::<Vec<_>>(),
                "actual": i.actual,
                "predicted": i.predicted,
                "verdict": i.verdict(),
            })
        })
        .collect()
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let signs = signs(&args)?;
    let graph = load(&args.graph, &Default::default(), &args.window)?;
    let signed = SignedGraph::new(&graph, &signs)?;
    let mut all = triads(&signed);
    let focus = match &args.entity {
        Some(name) => Some(EntityIndex::new(&graph).find(name)?),
        None => None,
    };
    if let Some(f) = focus {
        all.retain(|t| t.nodes.contains(&f));
    }
    let summary = summarize(&all);
    // Unbalanced first, then by node ids.
    all.sort_by_key(|t| (t.is_balanced(), t.nodes));
    let shown = if args.limit == 0 {
        all.len()
    } else {
        args.limit.min(all.len())
    };
    let ids = |list: &[usize]| {
        list.iter()
            .map(|&i| graph.nodes[i].id.clone())
            .collect::<Vec<_>>()
    };
    let standing = focus.map(|f| standing(&signed, f));
    if args.json {
        let mut out = serde_json::json!({
            "signs": signs.iter().map(|(r, s)| (r.as_str().to_string(), serde_json::json!(s))).collect::<serde_json::Map<_, _>>(),
            "summary": summary,
            "triads": all.iter().take(shown).map(|t| triad_json(&graph, t)).collect::<Vec<_>>(),
            "mixed": signed.mixed().iter().map(|&(a, b)| [&graph.nodes[a].id, &graph.nodes[b].id]).collect::<Vec<_>>(),
        });
        if let (Some(f), Some(s)) = (focus, &standing) {
            out["entity"] = serde_json::json!(graph.nodes[f].id);
            out["friends"] = serde_json::json!(ids(&s.friends));
            out["enemies"] = serde_json::json!(ids(&s.enemies));
            out["mixed_with"] = serde_json::json!(ids(&s.mixed));
            out["friends_of_enemies"] =
                serde_json::json!(indirect_json(&graph, &s.friends_of_enemies));
            out["enemies_of_enemies"] =
                serde_json::json!(indirect_json(&graph, &s.enemies_of_enemies));
        }
        print_json(&out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let ratio = |r: Option<f64>| r.map_or("n/a".to_string(), |r| format!("{r:.3}"));
    let about = focus.map_or(String::new(), |f| format!(" with {}", graph.nodes[f].label));
    print_line(&format!(
        "{} triads{about}: +++ {}, +-- {} (balanced); ++- {}, --- {} (unbalanced); \
         balance ratio {} (weak balance, counting --- as balanced: {})",
        all.len(),
        summary.ppp,
        summary.pnn,
        summary.ppn,
        summary.nnn,
        ratio(summary.ratio),
        ratio(summary.weak_ratio),
    ))?;
    if let (Some(f), Some(s)) = (focus, &standing) {
        let me = &graph.nodes[f];
        let mut table = Table::new(&["relation to", "entity", "id", "via", "verdict"]);
        for &v in &s.friends {
            let n = &graph.nodes[v];
            table.push(vec![
                "friend".into(),
                n.label.clone(),
                n.id.clone(),
                String::new(),
                String::new(),
            ]);
        }
        for &v in &s.enemies {
            let n = &graph.nodes[v];
            table.push(vec![
                "enemy".into(),
                n.label.clone(),
                n.id.clone(),
                String::new(),
                String::new(),
            ]);
        }
        for &v in &s.mixed {
            let n = &graph.nodes[v];
            table.push(vec![
                "mixed".into(),
                n.label.clone(),
                n.id.clone(),
                String::new(),
                "as much friendly as hostile evidence".into(),
            ]);
        }
        for (what, list) in [
            ("friend of enemy", &s.friends_of_enemies),
            ("enemy of enemy", &s.enemies_of_enemies),
        ] {
            for i in list {
                let n = &graph.nodes[i.node];
                let via: Vec<&str> = i
                    .via
                    .iter()
                    .map(|&v| graph.nodes[v].label.as_str())
                    .collect();
                let verdict = match i.actual {
                    None => format!("open (predicted {})", i.predicted),
                    Some(a) => format!("{} (predicted {}, is {a})", i.verdict(), i.predicted),
                };
                table.push(vec![
                    what.into(),
                    n.label.clone(),
                    n.id.clone(),
                    via.join(", "),
                    verdict,
                ]);
            }
        }
        print_line(&format!(
            "{}: {} friends, {} enemies, {} mixed",
            me.label,
            s.friends.len(),
            s.enemies.len(),
            s.mixed.len()
        ))?;
        if !table.is_empty() {
            print_table(&table)?;
        }
    }
    if shown > 0 {
        let mut table = Table::new(&["type", "", "a", "ab", "b", "bc", "c", "ac"]);
        for t in all.iter().take(shown) {
            table.push(triad_row(&graph, t));
        }
        print_table(&table)?;
        if shown < all.len() {
            print_line(&format!(
                "... {} more triads (--limit 0 for all)",
                all.len() - shown
            ))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
