//! Conflict constructions: armed actions and who is party to them.
//!
//! Who acted in the latest armed action of a text (what "the strikes" or
//! "the operation" later point back to), whether a fight is against a third
//! party rather than between the coordinated subjects ("fought the
//! jihadists"), the two states of a border where there is fighting ("clashes
//! on the India-China border"), and weapons fired at a state ("launched
//! drones and missiles at Israel"). The generic cue rule would miss the
//! agent or pair the wrong names.

use super::arguments::{breaks_at, group_after, is_function_word, subject_before, word_at};
use super::emit::push_pairs;
use super::{Group, Relation, WORDS};
use crate::entity::DocEntities;
use crate::lexicon::WordList;
use crate::ontology::RelationKind;

/// The conflict relations of the last twelve sentences up to `index`,
/// latest first: (sentence, rule, source).
pub(super) fn recent_conflicts(out: &[Relation], index: usize) -> Vec<(usize, String, usize)> {
    // `out` is in sentence order: look back only as far as twelve sentences.
    out.iter()
        .rev()
        .take_while(|r| r.sentence + 12 >= index)
        .filter(|r| r.relation == RelationKind::Conflict)
        .map(|r| (r.sentence, r.rule.clone(), r.source))
        .collect()
}

/// Who carried out the armed action that `noun` ("strikes", "the operation")
/// refers back to: the latest conflict whose cue names the same kind of
/// action ("struck" for "the strikes"), else the latest of any kind within
/// six sentences of `index`.
pub(super) fn event_agents(
    conflicts: &[(usize, String, usize)],
    noun: &str,
    index: usize,
) -> Vec<usize> {
    let stems: &[&str] = match noun {
        "strike" | "strikes" | "airstrikes" => &["struck", "strike"],
        "attack" | "attacks" | "assault" => &["attack", "assault"],
        "raid" | "raids" => &["raid"],
        "bombing" | "bombings" | "bombardment" => &["bomb"],
        "invasion" | "incursion" => &["inva", "incursion"],
        "offensive" => &["offensive"],
        _ => &[],
    };
    let same_kind = |rule: &str| stems.iter().any(|stem| rule.contains(stem));
    // Any kind only from close by: "the operation" three paragraphs on may be another.
    let latest = conflicts
        .iter()
        .find(|(_, rule, _)| same_kind(rule))
        .or_else(|| conflicts.first().filter(|(s, _, _)| s + 6 >= index));
    let Some((sentence, rule, _)) = latest else {
        return Vec::new();
    };
    let mut agents: Vec<usize> = conflicts
        .iter()
        .filter(|(s, r, _)| s == sentence && r == rule)
        .map(|(_, _, source)| *source)
        .collect();
    agents.sort_unstable();
    agents.dedup();
    agents
}

/// Whether a verb of fighting ending at `ce` has an object other than the
/// fight itself: "fought the jihadists" (a third party), not "fought a
/// border war" or "fought each other".
pub(super) fn fights_a_third_party(words: &[&str], ce: usize) -> bool {
    let word = |i: usize| word_at(words, i);
    let mut k = ce;
    while matches!(word(k), "the" | "a" | "an" | "its" | "their") {
        k += 1;
    }
    let head = word(k);
    let fight_nouns = |w: &str| {
        matches!(
            w,
            "war"
                | "wars"
                | "battle"
                | "battles"
                | "conflict"
                | "skirmish"
                | "skirmishes"
                | "clash"
                | "clashes"
                | "fight"
                | "each"
                | "one"
        )
    };
    k > ce
        && head.chars().all(|c| c.is_ascii_lowercase())
        && !head.is_empty()
        && !is_function_word(head)
        && !(k..k + 4).any(|i| fight_nouns(word(i)))
}

/// "Relations between Rwanda and Burundi have soured", "Sino-Indian ties
/// deteriorated", "India-Canada relations are strained": ties that worsen
/// set the pair against each other.
/// "fighting along the Thailand-Cambodia frontier", "clashes on the
/// India-China border": the two states whose border it is fight.
pub(super) fn border_pair(
    groups: &[Group],
    words: &[&str],
    ce: usize,
) -> Option<(Option<Group>, Option<Group>, &'static str)> {
    let word = |i: usize| word_at(words, i);
    if !matches!(word(ce), "along" | "on" | "at" | "across") {
        return None;
    }
    let pair = group_after(groups, words, ce + 1)?;
    let hyphenated = (pair.tok_start..pair.tok_end).any(|i| word(i) == "-");
    if pair.entities.len() != 2
        || !hyphenated
        || !matches!(
            word(pair.tok_end),
            "border" | "frontier" | "boundary" | "line" | "borders" | "frontiers"
        )
    {
        return None;
    }
    let mut first = pair.clone();
    let mut second = pair.clone();
    first.entities.truncate(1);
    second.entities.remove(0);
    Some((Some(first), Some(second), "fighting along their border"))
}

/// The verbs [`weapons_fired_at`] reads.
pub(super) static FIRE_VERBS: WordList = WordList::new(&WORDS, "fire_verbs");

/// "Iran launched hundreds of drones and missiles at Israel", "fired rockets
/// into Israel": the launcher is in conflict with the target.
pub(super) fn weapons_fired_at(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    const WEAPONS: &[&str] = &[
        "missile",
        "missiles",
        "drone",
        "drones",
        "rocket",
        "rockets",
        "shells",
        "projectiles",
        "munitions",
        "bombs",
        "cannon",
        "cannons",
        "shots",
        "artillery",
    ];
    let word = |i: usize| word_at(words, i);
    for v in 1..words.len() {
        if !FIRE_VERBS.contains(&word(v)) {
            continue;
        }
        let Some(subject) = subject_before(groups, words, v) else {
            continue;
        };
        let end = (v + 10).min(words.len());
        let Some(at) = (v + 1..end)
            .take_while(|&i| !breaks_at(words, i) && word(i) != ",")
            .find(|&i| {
                matches!(word(i), "at" | "on" | "toward" | "towards" | "into")
                    && (i.saturating_sub(3)..i).any(|k| WEAPONS.contains(&word(k)))
            })
        else {
            continue;
        };
        let mut target_at = at + 1;
        if matches!(word(target_at), "the" | "a" | "an") {
            target_at += 1;
        }
        // "rockets at northern Israel"
        if matches!(
            word(target_at),
            "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "north"
                | "south"
                | "east"
                | "west"
        ) {
            target_at += 1;
        }
        let Some(target) = groups.iter().find(|g| g.tok_start == target_at) else {
            continue;
        };
        push_pairs(
            doc,
            RelationKind::Conflict,
            index,
            (&subject.entities, &target.entities),
            "fired weapons at",
            0.85,
            out,
        );
    }
}
