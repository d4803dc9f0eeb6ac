//! Wars that news names by their place or their victim, without their
//! parties: "the war in Ukraine", "the invasion of Ukraine", "the conflict
//! over Karabakh". Readers know the sides; the text often names them only
//! elsewhere ("Latvia paused cooperation with Russia over the invasion of
//! Ukraine"). The table `wars.tsv` next to this file gives each phrase its
//! two sides, and a sentence that names one relates them when the text
//! names both.

use super::Relation;
use super::emit::push_pair;
use crate::entity::DocEntities;
use crate::mention::key::WordKey;
use crate::mention::token::{Token, tokenize};
use crate::ontology::RelationKind;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// One row of `wars.tsv`.
#[derive(Debug)]
pub(super) struct KnownWar {
    /// The phrase as its tokens' texts, lower case ("nagorno", "-", "karabakh").
    words: Vec<String>,
    /// The key of its first word ([`WordKey`]), which most tokens of a
    /// sentence do not have: one compare rules them out.
    first_key: WordKey,
    /// The phrase as written in the table, for the rule's name.
    phrase: &'static str,
    /// The entity ids of the two sides.
    sides: [&'static str; 2],
    relation: RelationKind,
}

/// The built-in table.
static KNOWN_WARS: LazyLock<Vec<KnownWar>> =
    LazyLock::new(|| parse("relation/wars.tsv", include_str!("wars.tsv")));

/// The rows of a table ([`crate::lexicon::data_rows`], after the header).
/// A built-in table that does not parse is a bug.
fn parse(name: &str, text: &'static str) -> Vec<KnownWar> {
    crate::lexicon::data_rows(text)
        .skip(1)
        .map(|(line_no, line)| {
            let fields: Vec<&'static str> = line.split('\t').map(str::trim).collect();
            let [phrase, side, other_side, relation] = fields[..] else {
                panic!("{name} line {line_no}: expected 4 tab-separated fields");
            };
            let relation: RelationKind = relation
                .parse()
                .unwrap_or_else(|_| panic!("{name} line {line_no}: unknown relation {relation}"));
            let words: Vec<String> = tokenize(phrase, 0)
                .iter()
                .map(|t| phrase[t.start..t.end].to_ascii_lowercase())
                .collect();
            let first_key = WordKey::of(words.first().map_or(&[][..], |w| w.as_bytes()));
            KnownWar {
                words,
                first_key,
                phrase,
                sides: [side, other_side],
                relation,
            }
        })
        .collect()
}

/// The known wars whose two sides `doc` names, with the sides' entity
/// indices: worked out once per document, so that a text that names
/// neither side (most) reads no sentence for them.
pub(super) fn named_sides(doc: &DocEntities) -> Vec<(&'static KnownWar, usize, usize)> {
    // The text's entities that are some war's side, by one set probe each.
    let sides: Vec<(&str, usize)> = doc
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| SIDES.contains(e.id.as_str()))
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    if sides.len() < 2 {
        return Vec::new();
    }
    let entity = |id: &str| sides.iter().find(|(side, _)| *side == id).map(|&(_, i)| i);
    KNOWN_WARS
        .iter()
        .filter_map(|war| Some((war, entity(war.sides[0])?, entity(war.sides[1])?)))
        .collect()
}

/// The entity ids of every war's sides.
static SIDES: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| KNOWN_WARS.iter().flat_map(|war| war.sides).collect());

/// Relate the sides of each known war that sentence `index` names.
pub(super) fn known_wars_named(
    text: &str,
    doc: &DocEntities,
    index: usize,
    wars: &[(&'static KnownWar, usize, usize)],
    out: &mut Vec<Relation>,
) {
    let tokens: &[Token] = &doc.sentences[index].tokens;
    let word = |i: usize| &text[tokens[i].start..tokens[i].end];
    for &(war, side, other_side) in wars {
        let len = war.words.len();
        let named = len > 0
            && (0..tokens.len().saturating_sub(len - 1)).any(|i| {
                tokens[i].key == war.first_key
                    && war
                        .words
                        .iter()
                        .enumerate()
                        .all(|(k, w)| word(i + k).eq_ignore_ascii_case(w))
            });
        if named {
            push_pair(
                doc,
                war.relation,
                index,
                (side, other_side),
                &format!("known war: {}", war.phrase),
                0.7,
                out,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_parses_and_names_known_entities() {
        let resolver_ids: Vec<String> = crate::lexicon::Lexicon::builtin()
            .entities
            .iter()
            .map(|e| e.id.clone())
            .collect();
        assert!(!KNOWN_WARS.is_empty());
        for war in KNOWN_WARS.iter() {
            assert!(!war.words.is_empty(), "{}", war.phrase);
            for side in war.sides {
                assert!(
                    resolver_ids.iter().any(|id| id == side),
                    "{}: no entity {side}",
                    war.phrase
                );
            }
        }
    }
}
