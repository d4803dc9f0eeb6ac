//! Entities: the nodes a passage gives, one table of cases, each naming the
//! rule it holds to. Passages written for these tests.

use crate::graph_of;
use newsgraph::document::Document;

/// A passage and the nodes its graph has and has not.
struct EntityCase {
    /// What the rule does.
    rule: &'static str,
    /// The passage.
    text: &'static str,
    /// `(label, kind)` of nodes the graph has.
    nodes: &'static [(&'static str, &'static str)],
    /// Labels no node has.
    no_nodes: &'static [&'static str],
}

fn check(cases: &[EntityCase]) {
    for case in cases {
        let g = graph_of(&Document::new("e", case.text));
        let labels: Vec<(&str, &str)> = g
            .nodes
            .iter()
            .map(|n| (n.label.as_str(), n.kind.as_str()))
            .collect();
        for node in case.nodes {
            assert!(
                labels.contains(node),
                "{}: no node {node:?} in {:?}: {labels:?}",
                case.rule,
                case.text
            );
        }
        for label in case.no_nodes {
            assert!(
                !labels.iter().any(|(l, _)| l == label),
                "{}: node {label:?} in {:?}",
                case.rule,
                case.text
            );
        }
    }
}

#[test]
fn names_in_title_case_headlines() {
    check(&[
        EntityCase {
            rule: "a headline's capitals make no name",
            text: "Treasury Targets Caspian Trading Bank That Funds Militias\n\n\
                   The Treasury on Monday sanctioned a bank in Baku.",
            nodes: &[],
            no_nodes: &["Treasury Targets Caspian Trading Bank"],
        },
        EntityCase {
            rule: "a name written again in the text stays",
            text: "General Assembly Again Urges End to Blockade of Islands\n\n\
                   The General Assembly on Tuesday adopted a resolution on the blockade.",
            nodes: &[("General Assembly", "organization")],
            no_nodes: &["Assembly Again Urges"],
        },
        EntityCase {
            rule: "a byline with a year is no headline",
            text: "Briefing, Baltic Maritime Research Service, March 2026\n\n\
                   Estonia and Finland agreed to share radar data.",
            nodes: &[("Baltic Maritime Research Service", "organization")],
            no_nodes: &[],
        },
    ]);
}

#[test]
fn honorifics_and_categories() {
    check(&[
        EntityCase {
            rule: "Malay honorifics are no part of the name",
            text: "The talks were chaired by Dato' Seri Haji Ahmad bin Haji Zulkifli, \
                   Minister of Foreign Affairs of Malaysia.",
            nodes: &[("Ahmad bin Haji Zulkifli", "person")],
            no_nodes: &["Seri Haji", "Dato"],
        },
        EntityCase {
            rule: "names listed after a plural word for people are persons",
            text: "Canada listed the Volga Export Company and two of its executives, \
                   Taufa Lolohea and Mesake Vaipulu.",
            nodes: &[("Taufa Lolohea", "person"), ("Mesake Vaipulu", "person")],
            no_nodes: &[],
        },
        EntityCase {
            rule: "an apposition with a word for a kind of person names a person",
            text: "The exchange moved funds for Zamil Tarek, a Lebanese businessman, \
                   and for Nasr al-Harbi, an Iran-based financier.",
            nodes: &[("Zamil Tarek", "person"), ("Nasr al-Harbi", "person")],
            no_nodes: &[],
        },
        EntityCase {
            rule: "one name after a plural word is no list",
            text: "Ministers met the nationals, Harbour Point residents.",
            nodes: &[],
            no_nodes: &["Harbour Point"],
        },
        EntityCase {
            rule: "a name of lineage keeps all its words",
            text: "Prince Faisal bin Khalid bin Abdulaziz Al Saud received the envoy of Oman.",
            nodes: &[("Faisal bin Khalid bin Abdulaziz Al Saud", "person")],
            no_nodes: &["Faisal bin Khalid bin Abdulaziz Al"],
        },
        EntityCase {
            rule: "a Burmese honorific ends the ministry's name and starts the person's",
            text: "Ministers heard Myanmar's envoy, Permanent Secretary of the Ministry of \
                   Foreign Affairs U Tin Maung Swe, on the election plan.",
            nodes: &[("Tin Maung Swe", "person")],
            no_nodes: &["Permanent", "Ministry of Foreign Affairs U Tin Maung Swe"],
        },
        EntityCase {
            rule: "a designation is a category, not a body",
            text: "In March the State Department designated the Tren de Aragua gang as a \
                   Foreign Terrorist Organization.",
            nodes: &[],
            no_nodes: &["Foreign Terrorist Organization"],
        },
    ]);
}

#[test]
fn organizations_by_their_description() {
    check(&[
        EntityCase {
            rule: "a body of heads of state keeps its whole name",
            text: "The leaders met at the session of the CSTO Council of Heads of State in Minsk.",
            nodes: &[("CSTO Council of Heads of State", "organization")],
            no_nodes: &["CSTO Council of Heads"],
        },
        EntityCase {
            rule: "'State' opens a bank's name",
            text: "Qatar placed a deposit of $2 billion with the State Bank of Pakistan.",
            nodes: &[("State Bank of Pakistan", "organization")],
            no_nodes: &["Bank of Pakistan"],
        },
        EntityCase {
            rule: "an apposition with an abbreviation names a firm",
            text: "Ridgeline Lithium Partners, a U.S. firm, signed a contract with Chile.",
            nodes: &[("Ridgeline Lithium Partners", "organization")],
            no_nodes: &[],
        },
        EntityCase {
            rule: "a name after a word for a kind of body",
            text: "Mongolia's state miner Erdenes Tavan Tolgoi signed a supply deal with \
                   the power company Korea Electric Power. The car carrier Polar Star sank.",
            nodes: &[
                ("Erdenes Tavan Tolgoi", "organization"),
                ("Korea Electric Power", "organization"),
            ],
            no_nodes: &["Polar Star", "Polar"],
        },
        EntityCase {
            rule: "a legal form before a name makes a firm",
            text: "The EU sanctioned OJSC Volnograd and PJSC Severtekh for supplying Russia.",
            nodes: &[
                ("OJSC Volnograd", "organization"),
                ("PJSC Severtekh", "organization"),
            ],
            no_nodes: &[],
        },
        EntityCase {
            rule: "an apposition with a word for a maker or a venture names a firm, \
                   an acronym first",
            text: "The Council also listed JSC Kovrotekh, a Minsk-based maker of radar \
                   parts. The port is run by PTX Terminals, a joint venture between \
                   Oman and India.",
            nodes: &[
                ("JSC Kovrotekh", "organization"),
                ("PTX Terminals", "organization"),
            ],
            no_nodes: &[],
        },
    ]);
}

#[test]
fn names_of_bodies_and_references_to_them() {
    check(&[
        EntityCase {
            rule: "names joined by 'and', portfolio lists, heads in a row, Federal",
            text: "The list includes Kyaukphyu Oil and Gas Enterprise. Separately, the \
                   Ministry of Economy, Trade and Industry banned the exports. Chad left \
                   the Joint Operational Staff Committee. The Nigerian Federal Police \
                   arrested him. Russia's Northern Fleet sailed.",
            nodes: &[
                ("Kyaukphyu Oil and Gas Enterprise", "organization"),
                ("Ministry of Economy, Trade and Industry", "organization"),
                ("Joint Operational Staff Committee", "organization"),
            ],
            no_nodes: &["Gas Enterprise", "Ministry of Economy", "Staff Committee"],
        },
        EntityCase {
            rule: "plural roles are no person's name",
            text: "Forum Leaders met in Apia. The ASEAN Foreign Ministers' Retreat opened.",
            nodes: &[],
            no_nodes: &["Forum Leaders", "Foreign Ministers"],
        },
    ]);
}

#[test]
fn monarchs_named_without_their_number() {
    check(&[
        EntityCase {
            rule: "King Abdullah is the Abdullah II of the persons table",
            text: "King Abdullah received the Iraqi prime minister in Amman on Sunday.",
            nodes: &[("Abdullah II", "person")],
            no_nodes: &["Abdullah"],
        },
        EntityCase {
            rule: "Pope Leo is Leo XIV",
            text: "Pope Leo met the President of Peru at the Vatican.",
            nodes: &[("Leo XIV", "person")],
            no_nodes: &["Leo"],
        },
        EntityCase {
            rule: "a first name alone, with no monarch's title, stays as written",
            text: "Minister Abdullah arrived in Amman on Sunday.",
            nodes: &[],
            no_nodes: &["Abdullah II"],
        },
    ]);
}
