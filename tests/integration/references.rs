//! References to several states at once ("the Nordic countries", "the two
//! countries"), each case a short passage written for the test: the edges it
//! must give and those it must not.

use super::{graph_of, has_edge};
use newsgraph::document::Document;

/// A passage, the edges (source id, relation, target id) it must give, and
/// those it must not.
struct Case {
    text: &'static str,
    expected: &'static [(&'static str, &'static str, &'static str)],
    forbidden: &'static [(&'static str, &'static str, &'static str)],
}

fn check(cases: &[Case]) {
    for case in cases {
        let graph = graph_of(&Document::new("r", case.text));
        for &(source, relation, target) in case.expected {
            assert!(
                has_edge(&graph, source, relation, target),
                "missing {source} {relation} {target} in {:?}: {:#?}",
                case.text,
                graph.edges
            );
        }
        for &(source, relation, target) in case.forbidden {
            assert!(
                !has_edge(&graph, source, relation, target),
                "unexpected {source} {relation} {target} in {:?}",
                case.text
            );
        }
    }
}

#[test]
fn a_named_group_stands_for_the_members_the_text_names() {
    check(&[
        Case {
            text: "Defence ministers of Denmark, Finland, Iceland, Norway and Sweden met in \
                   Oslo on Tuesday. The Nordic countries condemned Russia's attacks on \
                   Ukrainian cities.",
            expected: &[
                ("DNK", "opposition", "RUS"),
                ("FIN", "opposition", "RUS"),
                ("ISL", "opposition", "RUS"),
                ("NOR", "opposition", "RUS"),
                ("SWE", "opposition", "RUS"),
            ],
            // Side by side, not against each other.
            forbidden: &[("DNK", "opposition", "SWE")],
        },
        // A group that opens the text stands for the members it names later.
        Case {
            text: "The European Union and the five Central Asian states agreed on Friday to a \
                   strategic partnership. The presidents of Kazakhstan, Kyrgyzstan, Tajikistan, \
                   Turkmenistan and Uzbekistan travelled to Samarkand for the talks.",
            expected: &[
                ("eu", "partnership", "KAZ"),
                ("eu", "partnership", "KGZ"),
                ("eu", "partnership", "TJK"),
                ("eu", "partnership", "TKM"),
                ("eu", "partnership", "UZB"),
            ],
            forbidden: &[("KAZ", "partnership", "UZB"), ("KGZ", "partnership", "TJK")],
        },
        // Members the text never names are left out; so is a member named
        // only after the group, once others were named before it.
        Case {
            text: "Estonia and Latvia expelled Russian diplomats on Monday. The Baltic states \
                   accused Moscow of sabotage. Lithuania said it would follow within days.",
            expected: &[("EST", "opposition", "RUS"), ("LVA", "opposition", "RUS")],
            forbidden: &[("LTU", "opposition", "RUS"), ("EST", "opposition", "LVA")],
        },
    ]);
}

#[test]
fn a_counted_group_is_the_members_named_last() {
    check(&[Case {
        text: "Saudi Arabia hosted a summit in March. In September Israel signed accords with \
               the United Arab Emirates and Bahrain. The deals open trade between Israel and \
               the two Gulf states.",
        expected: &[("ISR", "trade", "ARE"), ("ISR", "trade", "BHR")],
        forbidden: &[("ISR", "trade", "SAU"), ("ARE", "trade", "BHR")],
    }]);
}

#[test]
fn a_pair_named_with_another_party_joins_it_whole() {
    check(&[
        // "The EU and the two countries": both states, not the first alone.
        Case {
            text: "Kazakhstan and Kyrgyzstan held talks in May. The European Union and the two \
                   countries signed a strategic partnership in June.",
            expected: &[("eu", "partnership", "KAZ"), ("eu", "partnership", "KGZ")],
            forbidden: &[],
        },
        // Alone, the two countries are each other's partners.
        Case {
            text: "Kazakhstan and Kyrgyzstan held talks in May. In June the two countries \
                   signed a strategic partnership.",
            expected: &[("KAZ", "partnership", "KGZ")],
            forbidden: &[],
        },
    ]);
}

#[test]
fn a_described_bloc_is_the_bloc_named_before() {
    check(&[
        Case {
            text: "Paraguay hosted the Mercosur summit in July. The South American bloc's other \
                   founding members are Brazil, Argentina and Uruguay.",
            expected: &[
                ("BRA", "membership", "mercosur"),
                ("ARG", "membership", "mercosur"),
                ("URY", "membership", "mercosur"),
            ],
            // "American" here is the bloc's region, not the United States.
            forbidden: &[("BRA", "membership", "USA")],
        },
        // Named right after, the bloc is its name.
        Case {
            text: "The European Union and the South American trade bloc Mercosur signed a trade \
                   agreement in Montevideo.",
            expected: &[("eu", "partnership", "mercosur")],
            forbidden: &[],
        },
    ]);
}
