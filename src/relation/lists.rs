//! The longest word lists of the relation rules, as sets.
//!
//! The rules test words against their lists with `contains`, and a list of
//! a hundred words costs a hundred string comparisons a test (the light
//! verbs before every noun cue, the assertion filter's modals before every
//! match). A [`WordSet`] built from the same list answers in about one
//! probe. The lists stay the rules' own: each set holds exactly its list's
//! words, so a word added to a list is in its set.

use crate::mention::WordSet;
use std::sync::LazyLock;

/// The words of `list` as a set.
fn set_of(list: &[&'static str]) -> WordSet {
    let mut set = WordSet::with_capacity(list.len());
    for &word in list {
        set.insert(word);
    }
    set
}

/// [`super::NOT_ASSERTED`] as a set.
pub(super) static NOT_ASSERTED_SET: LazyLock<WordSet> =
    LazyLock::new(|| set_of(&super::NOT_ASSERTED));
/// [`super::STATE_NOUNS`] as a set.
pub(super) static STATE_NOUNS_SET: LazyLock<WordSet> =
    LazyLock::new(|| set_of(&super::STATE_NOUNS));
/// [`super::arguments::DESCRIPTOR_NOUNS`] as a set.
pub(super) static DESCRIPTOR_NOUNS_SET: LazyLock<WordSet> =
    LazyLock::new(|| set_of(&super::arguments::DESCRIPTOR_NOUNS));
/// [`super::LIGHT_VERBS`] as a set.
pub(super) static LIGHT_VERBS_SET: LazyLock<WordSet> =
    LazyLock::new(|| set_of(&super::LIGHT_VERBS));
/// [`super::TITLE_WORDS`] as a set.
pub(super) static TITLE_WORDS_SET: LazyLock<WordSet> =
    LazyLock::new(|| set_of(&super::TITLE_WORDS));
/// [`super::arguments::CLAUSE_BREAKS`] as a set: [`super::arguments::is_break`]
/// asks it of nearly every word a rule walks over.
pub(super) static CLAUSE_BREAKS_SET: LazyLock<WordSet> =
    LazyLock::new(|| set_of(&super::arguments::CLAUSE_BREAKS));
/// [`super::stance::PACTS`] as a set: [`super::stance::pact_between`] asks it
/// of every word of a sentence it runs on.
pub(super) static PACTS_SET: LazyLock<WordSet> = LazyLock::new(|| set_of(&super::stance::PACTS));
/// [`super::measures::CLOSURES`] as a set, for [`super::measures::closed_to`]
/// likewise.
pub(super) static CLOSURES_SET: LazyLock<WordSet> =
    LazyLock::new(|| set_of(&super::measures::CLOSURES));
/// [`super::measures::RECALLS`] as a set, for
/// [`super::measures::expelled_envoys`] likewise.
pub(super) static RECALLS_SET: LazyLock<WordSet> =
    LazyLock::new(|| set_of(&super::measures::RECALLS));
/// [`super::GIVING_VERBS`] as a set.
pub(super) static GIVING_VERBS_SET: LazyLock<WordSet> =
    LazyLock::new(|| set_of(&super::GIVING_VERBS));

#[cfg(test)]
mod tests {
    use super::*;

    /// A word list's `contains` (a set's) answers as its slice's does.
    #[test]
    fn word_list_contains_is_the_slices() {
        use crate::lexicon::WordList;
        let lists: [&WordList; 6] = [
            &super::super::measures::SOURED,
            &super::super::measures::CLOSURES,
            &super::super::measures::ENVOYS,
            &super::super::stance::PACTS,
            &super::super::arguments::CLAUSE_BREAKS,
            &super::super::NOT_ASSERTED,
        ];
        for list in lists {
            for word in list.iter() {
                assert!(list.contains(word), "{word}");
            }
            for other in ["", "the", "x", "Closed", "closed ", "deals", "said"] {
                let slice: &[&str] = list;
                assert_eq!(list.contains(&other), slice.contains(&other), "{other}");
            }
        }
    }

    /// `words.tsv` parses, holds the lists the rules name and no other.
    #[test]
    fn word_table_matches_the_rules() {
        let rules = [
            include_str!("mod.rs"),
            include_str!("arguments.rs"),
            include_str!("conflict.rs"),
            include_str!("emit.rs"),
            include_str!("measures.rs"),
            include_str!("meeting.rs"),
            include_str!("membership.rs"),
            include_str!("stance.rs"),
            include_str!("triggers.rs"),
        ]
        .concat();
        crate::lexicon::assert_lists_match_source(&super::super::WORDS, &rules);
    }

    /// Each set answers as its list does, for the list's words and others.
    #[test]
    fn sets_hold_exactly_their_lists() {
        let pairs: [(&[&str], &WordSet); 10] = [
            (&super::super::stance::PACTS, &PACTS_SET),
            (&super::super::measures::CLOSURES, &CLOSURES_SET),
            (&super::super::measures::RECALLS, &RECALLS_SET),
            (&super::super::arguments::CLAUSE_BREAKS, &CLAUSE_BREAKS_SET),
            (&super::super::NOT_ASSERTED, &NOT_ASSERTED_SET),
            (&super::super::STATE_NOUNS, &STATE_NOUNS_SET),
            (
                &super::super::arguments::DESCRIPTOR_NOUNS,
                &DESCRIPTOR_NOUNS_SET,
            ),
            (&super::super::LIGHT_VERBS, &LIGHT_VERBS_SET),
            (&super::super::TITLE_WORDS, &TITLE_WORDS_SET),
            (&super::super::GIVING_VERBS, &GIVING_VERBS_SET),
        ];
        for (list, set) in pairs {
            assert!(!list.contains(&""));
            for &word in list {
                assert!(set.contains(word), "{word}");
            }
            assert_eq!(set.iter().count(), set.len());
            assert!(set.iter().all(|w| list.contains(&w)));
            for other in ["", "the", "x", "Keep", "keeps ", "states"] {
                assert_eq!(set.contains(other), list.contains(&other), "{other:?}");
            }
        }
    }
}
