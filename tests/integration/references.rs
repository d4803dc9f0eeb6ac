//! References to several states at once ("the Nordic countries", "the two
//! countries"), each case a short passage written for the test: the edges it
//! must give and those it must not.

use super::{Case, check};

#[test]
fn a_named_group_stands_for_the_members_the_text_names() {
    check(&[
        Case {
            rule: "a named group's members condemn side by side",
            text: "Defence ministers of Denmark, Finland, Iceland, Norway and Sweden met in \
                   Oslo on Tuesday. The Nordic countries condemned Russia's attacks on \
                   Ukrainian cities.",
            edges: &[
                ("DNK", "opposition", "RUS"),
                ("FIN", "opposition", "RUS"),
                ("ISL", "opposition", "RUS"),
                ("NOR", "opposition", "RUS"),
                ("SWE", "opposition", "RUS"),
            ],
            // Side by side, not against each other.
            no_edges: &[("DNK", "opposition", "SWE")],
            no_relations: &[],
        },
        // A group that opens the text stands for the members it names later.
        Case {
            rule: "a group opening the text stands for the members named later",
            text: "The European Union and the five Central Asian states agreed on Friday to a \
                   strategic partnership. The presidents of Kazakhstan, Kyrgyzstan, Tajikistan, \
                   Turkmenistan and Uzbekistan travelled to Samarkand for the talks.",
            edges: &[
                ("eu", "partnership", "KAZ"),
                ("eu", "partnership", "KGZ"),
                ("eu", "partnership", "TJK"),
                ("eu", "partnership", "TKM"),
                ("eu", "partnership", "UZB"),
            ],
            no_edges: &[("KAZ", "partnership", "UZB"), ("KGZ", "partnership", "TJK")],
            no_relations: &[],
        },
        // Members the text never names are left out; so is a member named
        // only after the group, once others were named before it.
        Case {
            rule: "members never named, or named only after the group, are left out",
            text: "Estonia and Latvia expelled Russian diplomats on Monday. The Baltic states \
                   accused Moscow of sabotage. Lithuania said it would follow within days.",
            edges: &[("EST", "opposition", "RUS"), ("LVA", "opposition", "RUS")],
            no_edges: &[("LTU", "opposition", "RUS"), ("EST", "opposition", "LVA")],
            no_relations: &[],
        },
    ]);
}

#[test]
fn a_counted_group_is_the_members_named_last() {
    check(&[Case {
        rule: "a counted group is the members named last",
        text: "Saudi Arabia hosted a summit in March. In September Israel signed accords with \
               the United Arab Emirates and Bahrain. The deals open trade between Israel and \
               the two Gulf states.",
        edges: &[("ISR", "trade", "ARE"), ("ISR", "trade", "BHR")],
        no_edges: &[("ISR", "trade", "SAU"), ("ARE", "trade", "BHR")],
        no_relations: &[],
    }]);
}

#[test]
fn a_pair_named_with_another_party_joins_it_whole() {
    check(&[
        // "The EU and the two countries": both states, not the first alone.
        Case {
            rule: "'the EU and the two countries' joins both states to the EU",
            text: "Kazakhstan and Kyrgyzstan held talks in May. The European Union and the two \
                   countries signed a strategic partnership in June.",
            edges: &[("eu", "partnership", "KAZ"), ("eu", "partnership", "KGZ")],
            no_edges: &[],
            no_relations: &[],
        },
        // Alone, the two countries are each other's partners.
        Case {
            rule: "alone, the two countries are each other's partners",
            text: "Kazakhstan and Kyrgyzstan held talks in May. In June the two countries \
                   signed a strategic partnership.",
            edges: &[("KAZ", "partnership", "KGZ")],
            no_edges: &[],
            no_relations: &[],
        },
    ]);
}

#[test]
fn a_described_bloc_is_the_bloc_named_before() {
    check(&[
        Case {
            rule: "a described bloc is the bloc named before",
            text: "Paraguay hosted the Mercosur summit in July. The South American bloc's other \
                   founding members are Brazil, Argentina and Uruguay.",
            edges: &[
                ("BRA", "membership", "mercosur"),
                ("ARG", "membership", "mercosur"),
                ("URY", "membership", "mercosur"),
            ],
            // "American" here is the bloc's region, not the United States.
            no_edges: &[("BRA", "membership", "USA")],
            no_relations: &[],
        },
        // Named right after, the bloc is its name.
        Case {
            rule: "a bloc named right after its description is its name",
            text: "The European Union and the South American trade bloc Mercosur signed a trade \
                   agreement in Montevideo.",
            edges: &[("eu", "partnership", "mercosur")],
            no_edges: &[],
            no_relations: &[],
        },
    ]);
}
