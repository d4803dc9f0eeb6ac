//! The graph a user gets from an article.

use super::{article, assert_evidence_slices, graph_of, has_edge};

#[test]
fn sanctions_run_from_imposer_to_target() {
    let doc = article("sanctions-and-talks.txt");
    let graph = graph_of(&doc);
    assert!(has_edge(&graph, "USA", "sanctions", "IRN"));
    assert!(!has_edge(&graph, "IRN", "sanctions", "USA"));
    assert_evidence_slices(&graph, &[&doc]);
    let edge = graph
        .edges
        .iter()
        .find(|e| e.source == "USA" && e.target == "IRN")
        .unwrap();
    assert!(edge.directed);
    // The headline ("Washington ... Tehran") and the lead sentence both say so.
    assert_eq!(edge.weight, 2);
    assert!(
        edge.evidence[0]
            .sentence
            .starts_with("Washington widens sanctions")
    );
    assert!(
        edge.evidence[1]
            .sentence
            .starts_with("The United States imposed new sanctions on Iran")
    );
}

#[test]
fn denied_statements_give_no_edge() {
    let doc = article("sanctions-and-talks.txt");
    let graph = graph_of(&doc);
    assert!(graph.node("JPN").is_some(), "Japan is still an entity");
    assert!(!has_edge(&graph, "JPN", "sanctions", "IRN"));
}

#[test]
fn officials_get_roles_and_official_of_edges() {
    let doc = article("sanctions-and-talks.txt");
    let graph = graph_of(&doc);
    let araghchi = graph
        .nodes
        .iter()
        .find(|n| n.label == "Abbas Araghchi")
        .expect("Araghchi");
    assert_eq!(araghchi.role.as_deref(), Some("foreign minister"));
    assert!(
        araghchi.aliases.contains(&"Araghchi".to_string()),
        "surname is an alias"
    );
    assert_eq!(araghchi.mentions, 2, "the later surname is the same node");
    assert!(has_edge(&graph, &araghchi.id, "official_of", "IRN"));
    let lavrov = graph
        .nodes
        .iter()
        .find(|n| n.label == "Sergei Lavrov")
        .expect("Lavrov");
    assert!(has_edge(&graph, &lavrov.id, "official_of", "RUS"));
    assert!(has_edge(&graph, &araghchi.id, "meeting", &lavrov.id));
    // "in Moscow" is a place, not Russia acting.
    assert!(!has_edge(&graph, &araghchi.id, "meeting", "RUS"));
}

#[test]
fn membership_runs_from_member_to_organization() {
    let doc = article("sanctions-and-talks.txt");
    let graph = graph_of(&doc);
    assert!(has_edge(&graph, "FIN", "membership", "nato"));
    assert!(
        graph
            .nodes
            .iter()
            .any(|n| n.label == "Mark Milley" && n.kind.as_str() == "person")
    );
}

#[test]
fn acronym_defined_in_text_is_one_node() {
    let doc = article("coalition-and-conflict.txt");
    let graph = graph_of(&doc);
    let sdf: Vec<_> = graph
        .nodes
        .iter()
        .filter(|n| n.label == "Syrian Democratic Forces")
        .collect();
    assert_eq!(sdf.len(), 1);
    // "The Syrian Democratic Forces (SDF)", "the SDF", "by the SDF".
    assert_eq!(sdf[0].mentions, 4);
    assert!(has_edge(&graph, "TUR", "conflict", &sdf[0].id));
}

#[test]
fn symmetric_relations_are_stored_once_without_direction() {
    let doc = article("coalition-and-conflict.txt");
    let graph = graph_of(&doc);
    let partnership: Vec<_> = graph
        .edges
        .iter()
        .filter(|e| {
            e.relation.as_str() == "partnership"
                && [&e.source, &e.target] == [&"IND".to_string(), &"JPN".to_string()]
        })
        .collect();
    assert_eq!(partnership.len(), 1);
    assert!(!partnership[0].directed);
    // "The two countries also agreed to expand trade": the reference resolves to India and Japan.
    assert!(has_edge(&graph, "IND", "trade", "JPN"));
    assert_evidence_slices(&graph, &[&doc]);
}

#[test]
fn passive_voice_keeps_the_actor_first() {
    let doc = article("coalition-and-conflict.txt");
    let graph = graph_of(&doc);
    assert!(has_edge(&graph, "IRN", "opposition", "ISR"));
    assert!(!has_edge(&graph, "ISR", "opposition", "IRN"));
}

#[test]
fn questions_assert_nothing() {
    let doc = article("coalition-and-conflict.txt");
    let graph = graph_of(&doc);
    assert!(!has_edge(&graph, "CHN", "sanctions", "TWN"));
}

#[test]
fn output_does_not_depend_on_input_order() {
    let a = article("sanctions-and-talks.txt");
    let b = article("coalition-and-conflict.txt");
    let forward = super::EXTRACTOR.build([&a, &b]);
    let backward = super::EXTRACTOR.build([&b, &a]);
    assert_eq!(
        newsgraph::export::json::to_json(&forward),
        newsgraph::export::json::to_json(&backward)
    );
}
