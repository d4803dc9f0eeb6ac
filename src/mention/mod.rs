//! Step 3, find: the places in a sentence that may name an entity.
//!
//! Three kinds of evidence, each with its own matcher: the entity gazetteer
//! (countries and organizations, [`gazetteer`]), official titles
//! ([`titles`]), and the word classes that drive the name patterns
//! (organization head words, name particles, speech verbs; `data/name_words.tsv`).
//! Deciding which candidate is which entity is left to [`crate::entity`].

pub mod gazetteer;
pub mod titles;
pub mod token;

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Word classes used by the name patterns, from `data/name_words.tsv`.
#[derive(Debug, Default)]
pub struct NameWords {
    /// Capitalized words that end an organization name.
    pub org_heads: HashSet<&'static str>,
    /// Lower-case words that may stand inside a person's name.
    pub particles: HashSet<&'static str>,
    /// Capitalized words that never belong to a person's name.
    pub not_names: HashSet<&'static str>,
    /// Verbs that follow a speaker's name.
    pub speech: HashSet<&'static str>,
    /// Given names (and family names written first, as in Chinese and Korean
    /// names): a capitalized run that starts with one is a person's name.
    pub given_names: HashSet<&'static str>,
}

/// The built-in word classes.
pub static NAME_WORDS: LazyLock<NameWords> = LazyLock::new(|| {
    let mut words = NameWords::default();
    for (line, row) in crate::lexicon::data_rows(include_str!("data/name_words.tsv")).skip(1) {
        let (word, class) = row
            .split_once('\t')
            .unwrap_or_else(|| panic!("name_words.tsv:{line}: two columns"));
        let set = match class {
            "org-head" => &mut words.org_heads,
            "particle" => &mut words.particles,
            "not-name" => &mut words.not_names,
            "speech" => &mut words.speech,
            other => panic!("name_words.tsv:{line}: unknown class {other}"),
        };
        set.insert(word);
    }
    for (line, row) in crate::lexicon::data_rows(include_str!("data/given_names.tsv")).skip(1) {
        let (name, _note) = row
            .split_once('\t')
            .unwrap_or_else(|| panic!("given_names.tsv:{line}: two columns"));
        words.given_names.insert(name);
    }
    words
});

#[cfg(test)]
mod tests {
    #[test]
    fn name_words_load() {
        assert!(super::NAME_WORDS.org_heads.contains("Ministry"));
        assert!(super::NAME_WORDS.particles.contains("bin"));
        assert!(super::NAME_WORDS.speech.contains("said"));
        assert!(super::NAME_WORDS.given_names.contains("Ulf"));
        assert!(!super::NAME_WORDS.given_names.contains("Jordan"));
    }
}
