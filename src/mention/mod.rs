//! Step 3, find: the places in a sentence that may name an entity.
//!
//! Three kinds of evidence, each with its own matcher: the entity gazetteer
//! (countries and organizations, [`gazetteer`]), official titles
//! ([`titles`]), and the word classes that drive the name patterns
//! (organization head words, name particles, speech verbs; `data/name_words.tsv`).
//! Deciding which candidate is which entity is left to [`crate::entity`].

pub mod gazetteer;
pub mod key;
pub mod titles;
pub mod token;

use std::sync::LazyLock;

/// Word classes used by the name patterns, from `data/name_words.tsv`.
#[derive(Debug, Default)]
pub struct NameWords {
    /// Capitalized words that end an organization name.
    pub org_heads: WordSet,
    /// Lower-case words that may stand inside a person's name.
    pub particles: WordSet,
    /// Capitalized words that never belong to a person's name.
    pub not_names: WordSet,
    /// Verbs that follow a speaker's name.
    pub speech: WordSet,
    /// Given names (and family names written first, as in Chinese and Korean
    /// names): a capitalized run that starts with one is a person's name.
    pub given_names: WordSet,
}

/// A set of words, for the lookups of the name patterns (several per
/// token): open addressing keyed by length and three bytes, so that most
/// misses cost one probe and no string comparison.
///
/// Before the probe, two bit sets of what its words are made of rule out
/// most words of running text at the cost of two loads: the lengths of its
/// words and their first bytes (the rules' lists of verbs and nouns hold no
/// "the", "of" or "and", and few of their words share a capital's or a
/// mark's first byte).
#[derive(Debug, Clone)]
pub struct WordSet {
    /// `(key, word)`; an empty word marks a free slot.
    slots: Vec<(u32, &'static str)>,
    len: usize,
    /// Bit `n` for each word of `n` bytes (63 for 63 and more).
    lengths: u64,
    /// Bit `b` for each word that starts with byte `b`.
    firsts: [u64; 4],
}

impl Default for WordSet {
    fn default() -> Self {
        Self::with_capacity(0)
    }
}

impl WordSet {
    /// An empty set that takes `words` words without growing.
    pub fn with_capacity(words: usize) -> Self {
        Self {
            slots: vec![(0, ""); (2 * (words + 1)).next_power_of_two().max(16)],
            len: 0,
            lengths: 0,
            firsts: [0; 4],
        }
    }

    /// Whether some word of the set may be `word`, by its length and first
    /// byte: no when it is not (nor when `word` is empty, which no set holds).
    #[inline]
    fn may_contain(&self, word: &str) -> bool {
        let Some(&first) = word.as_bytes().first() else {
            return false;
        };
        self.lengths & (1 << word.len().min(63)) != 0
            && self.firsts[usize::from(first >> 6)] & (1 << (first & 63)) != 0
    }

    #[inline]
    fn key(word: &str) -> u32 {
        let b = word.as_bytes();
        let (first, mid, last) = match b.len() {
            0 => (0, 0, 0),
            n => (b[0], b[n / 2], b[n - 1]),
        };
        u32::from_le_bytes([first, mid, last, b.len() as u8])
    }

    #[inline]
    fn slot(&self, key: u32) -> usize {
        let hash = u64::from(key).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        (hash >> 32) as usize & (self.slots.len() - 1)
    }

    /// Whether `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        if !self.may_contain(word) {
            return false;
        }
        let key = Self::key(word);
        let mut i = self.slot(key);
        loop {
            let (k, w) = self.slots[i];
            if w.is_empty() {
                return false;
            }
            if k == key && w == word {
                return true;
            }
            i = (i + 1) & (self.slots.len() - 1);
        }
    }

    /// Add `word`; returns whether it was new. The empty word is never in the set.
    pub fn insert(&mut self, word: &'static str) -> bool {
        if word.is_empty() || self.contains(word) {
            return false;
        }
        if 2 * (self.len + 1) > self.slots.len() {
            let grown = vec![(0, ""); 2 * self.slots.len()];
            let old = std::mem::replace(&mut self.slots, grown);
            for (key, w) in old {
                if !w.is_empty() {
                    self.place(key, w);
                }
            }
        }
        self.place(Self::key(word), word);
        self.len += 1;
        self.lengths |= 1 << word.len().min(63);
        let first = word.as_bytes()[0];
        self.firsts[usize::from(first >> 6)] |= 1 << (first & 63);
        true
    }

    fn place(&mut self, key: u32, word: &'static str) {
        let mut i = self.slot(key);
        while !self.slots[i].1.is_empty() {
            i = (i + 1) & (self.slots.len() - 1);
        }
        self.slots[i] = (key, word);
    }

    /// The words, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.slots.iter().map(|&(_, w)| w).filter(|w| !w.is_empty())
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// The built-in word classes.
pub static NAME_WORDS: LazyLock<NameWords> = LazyLock::new(|| {
    let mut words = NameWords::default();
    for (line, row) in crate::lexicon::data_rows(include_str!("data/name_words.tsv")).skip(1) {
        let (word, class) = crate::lexicon::split_tab(row)
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
    let given_names = include_str!("data/given_names.tsv");
    // Sized at once for the thousands of names (a row per line at most).
    words.given_names =
        WordSet::with_capacity(memchr::memchr_iter(b'\n', given_names.as_bytes()).count() + 1);
    for (line, row) in crate::lexicon::data_rows(given_names).skip(1) {
        let (name, _note) = crate::lexicon::split_tab(row)
            .unwrap_or_else(|| panic!("given_names.tsv:{line}: two columns"));
        words.given_names.insert(name);
    }
    words
});

/// Helpers of the matchers' tests.
#[cfg(test)]
pub(crate) mod testing {
    /// `count` random texts of up to `most - 1` of `words`, each followed by
    /// a space or not, from a xorshift generator seeded with `seed`: inputs
    /// on which two ways of matching must agree.
    pub(crate) fn random_texts<'w>(
        words: &'w [&str],
        mut seed: u64,
        count: usize,
        most: u64,
    ) -> impl Iterator<Item = String> + 'w {
        (0..count).map(move |_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let mut text = String::new();
            for k in 0..(seed % most) {
                text.push_str(words[((seed >> (k * 5)) % words.len() as u64) as usize]);
                if (seed >> (k + 40)) & 1 == 1 {
                    text.push(' ');
                }
            }
            text
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn name_words_load() {
        assert!(super::NAME_WORDS.org_heads.contains("Ministry"));
        assert!(super::NAME_WORDS.particles.contains("bin"));
        assert!(super::NAME_WORDS.speech.contains("said"));
        assert!(super::NAME_WORDS.given_names.contains("Ulf"));
        assert!(!super::NAME_WORDS.given_names.contains("Jordan"));
        assert!(!super::NAME_WORDS.given_names.contains(""));
    }

    #[test]
    fn word_set_holds_what_was_inserted() {
        let words: Vec<&'static str> =
            crate::lexicon::data_rows(include_str!("data/given_names.tsv"))
                .skip(1)
                .filter_map(|(_, row)| row.split('\t').next())
                .collect();
        let mut set = super::WordSet::default();
        let mut reference = std::collections::HashSet::new();
        for w in &words {
            assert_eq!(set.insert(w), reference.insert(*w));
        }
        assert_eq!(set.len(), reference.len());
        for w in &words {
            assert!(set.contains(w));
            assert!(
                !set.contains(&w.to_lowercase()) || reference.contains(w.to_lowercase().as_str())
            );
            assert!(
                !set.contains(&format!("{w}x")) || reference.contains(format!("{w}x").as_str())
            );
        }
    }
}
