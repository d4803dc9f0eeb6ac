//! Emitters: turning argument groups into [`Relation`]s.
//!
//! Every rule ends here: [`emit`] pairs an agent group with a patient group
//! (or the members of one group, for symmetric relations), [`push_pairs`]
//! and [`push_within`] do the same for the special-construction rules, and
//! [`push_pair`] is the one place a single edge is checked before it is
//! kept: no self-loops, no two names of one reference ("the two
//! countries"), argument kinds that fit the relation ([`kinds_fit`]).

use super::{Group, Relation};
use crate::entity::{DocEntities, GroupReference};
use crate::ontology::{EntityKind, RelationKind};

#[allow(clippy::too_many_arguments)]
pub(super) fn emit(
    doc: &DocEntities,
    relation: RelationKind,
    sentence: usize,
    agents: &Option<Group>,
    patients: &Option<Group>,
    rule: &str,
    confidence: f64,
    out: &mut Vec<Relation>,
) {
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    match (agents, patients) {
        (Some(a), Some(p)) => {
            for &s in &a.entities {
                for &t in &p.entities {
                    pairs.push((s, t));
                }
            }
        }
        (Some(g), None) | (None, Some(g)) if relation.is_symmetric() => {
            for (i, &s) in g.entities.iter().enumerate() {
                for &t in &g.entities[i + 1..] {
                    if !inside_one_reference(doc, sentence, (s, t), |r| {
                        has_others(doc, sentence, &g.entities, r)
                    }) {
                        pairs.push((s, t));
                    }
                }
            }
        }
        _ => {}
    }
    for (source, target) in pairs {
        push_pair(
            doc,
            relation,
            sentence,
            (source, target),
            rule,
            confidence,
            out,
        );
    }
}

/// Every source with every target (self-pairs and ill-typed pairs left out).
pub(super) fn push_pairs(
    doc: &DocEntities,
    relation: RelationKind,
    sentence: usize,
    (sources, targets): (&[usize], &[usize]),
    rule: &str,
    confidence: f64,
    out: &mut Vec<Relation>,
) {
    for &source in sources {
        for &target in targets {
            push_pair(
                doc,
                relation,
                sentence,
                (source, target),
                rule,
                confidence,
                out,
            );
        }
    }
}

/// One relation, unless it ties an entity to itself or breaks the
/// ontology's types; the confidence is rounded for stable output.
pub(super) fn push_pair(
    doc: &DocEntities,
    relation: RelationKind,
    sentence: usize,
    (source, target): (usize, usize),
    rule: &str,
    confidence: f64,
    out: &mut Vec<Relation>,
) {
    // A state does not sanction its own officials; but an office only
    // presumed (a title that named no state, "Interior Minister X" in a
    // British release) yields to the state's sanction on the person.
    let target_serves_source = if relation == RelationKind::Sanctions {
        serves_as_stated(doc, target, source)
    } else {
        serves(doc, target, source)
    };
    if source == target
        || !kinds_fit(doc, relation, source, target)
        || serves(doc, source, target)
        || target_serves_source
        || inside_one_reference(doc, sentence, (source, target), |_| false)
    {
        return;
    }
    out.push(Relation {
        source,
        target,
        relation,
        sentence,
        rule: rule.to_string(),
        confidence: (confidence * 1000.0).round() / 1000.0,
    });
}

/// Whether `a` and `b` are two states of one reference to several states in
/// `sentence` that do not act on each other there: a named group's ("The
/// Nordic countries condemned"), or a pair named with others ("between Israel
/// and the two Gulf states"; `with_others` says whether `a` and `b` are paired
/// as members of a group that has others).
pub(super) fn inside_one_reference(
    doc: &DocEntities,
    sentence: usize,
    (a, b): (usize, usize),
    with_others: impl Fn(&GroupReference) -> bool,
) -> bool {
    let Some(sentence) = doc.sentences.get(sentence) else {
        return false;
    };
    sentence.group_references.iter().any(|r| {
        let within = |e: usize| {
            sentence
                .mentions
                .iter()
                .any(|m| m.entity == e && m.tok_start == r.tok_start && m.tok_end == r.tok_end)
        };
        within(a) && within(b) && (r.named || with_others(r))
    })
}

/// Whether a group's entities other than those of `reference` include some.
pub(super) fn has_others(
    doc: &DocEntities,
    sentence: usize,
    entities: &[usize],
    reference: &GroupReference,
) -> bool {
    let Some(sentence) = doc.sentences.get(sentence) else {
        return false;
    };
    entities.iter().any(|&e| {
        !sentence.mentions.iter().any(|m| {
            m.entity == e && m.tok_start == reference.tok_start && m.tok_end == reference.tok_end
        })
    })
}

/// A symmetric relation between every two entities of one group: "Kenya and
/// Ethiopia agreed to build", "Meeting on the sidelines, Modi and Xi".
pub(super) fn push_within(
    doc: &DocEntities,
    relation: RelationKind,
    sentence: usize,
    entities: &[usize],
    rule: &str,
    confidence: f64,
    out: &mut Vec<Relation>,
) {
    for (k, &a) in entities.iter().enumerate() {
        for &b in &entities[k + 1..] {
            if inside_one_reference(doc, sentence, (a, b), |r| {
                has_others(doc, sentence, entities, r)
            }) {
                continue;
            }
            push_pair(doc, relation, sentence, (a, b), rule, confidence, out);
        }
    }
}

/// Whether `person` holds a title in `body`: "Japan -meeting- Ishiba" from
/// "travel to Tokyo for talks with Japanese Prime Minister Shigeru Ishiba"
/// reads the place as the guest; an official does not meet, back or fight
/// the state or body they serve.
pub(super) fn serves(doc: &DocEntities, person: usize, body: usize) -> bool {
    holds_office(doc, person, body, true)
}

/// [`serves`], leaving out offices presumed from a title that named no body.
pub(super) fn serves_as_stated(doc: &DocEntities, person: usize, body: usize) -> bool {
    holds_office(doc, person, body, false)
}

/// Whether `person` is an official of `body`, counting offices presumed from
/// a title that named no body only when `presumed_too`.
fn holds_office(doc: &DocEntities, person: usize, body: usize, presumed_too: bool) -> bool {
    doc.entities[person].kind == EntityKind::Person
        && doc
            .officials
            .iter()
            .any(|o| o.person == person && o.body == body && (presumed_too || !o.presumed))
}

/// Type constraints of the ontology: a membership's target is an organization,
/// and persons neither join bodies nor trade.
pub(super) fn kinds_fit(
    doc: &DocEntities,
    relation: RelationKind,
    source: usize,
    target: usize,
) -> bool {
    let kind = |i: usize| doc.entities[i].kind;
    match relation {
        RelationKind::Membership => {
            kind(target) == EntityKind::Organization && kind(source) != EntityKind::Person
        }
        // States, companies and bodies trade; leaders who "revive commerce" do not
        // trade with each other.
        RelationKind::Trade => {
            kind(source) != EntityKind::Person && kind(target) != EntityKind::Person
        }
        _ => true,
    }
}
