//! Word keys: a hash of a word that ignores ASCII case, computed once per
//! token by the tokenizer ([`super::token::Token::key`]) and tested by each
//! dictionary matcher (gazetteer, titles, cues) against a small bit set of
//! the words its phrases start with ([`KeyFilter`]).
//!
//! Most words of a sentence start no phrase of a matcher, and each matcher
//! used to rule them out with its own test of the word's bytes (a byte pair,
//! or the first and last bytes and the length, which passed about three
//! words in four that then failed a trie walk). A key is read once, when the
//! token is cut, and then costs each matcher one or two loads per word.

/// The key of a word ([`WordKey::of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct WordKey(u32);

impl WordKey {
    /// The key of `word`: words that are equal ignoring ASCII case have
    /// equal keys (every byte is read with its `0x20` bit set, so other
    /// words may share a key too, as any hash's words may).
    ///
    /// Constant time: the first eight bytes, the last eight of a longer
    /// word and the length, read as whole numbers, so a word up to eight
    /// bytes long is read whole and a longer one at its ends, which tell
    /// most words apart.
    #[inline]
    pub fn of(word: &[u8]) -> Self {
        Self::at(word, 0, word.len())
    }

    /// The key of `text[start..end]`, what [`WordKey::of`] gives: in a
    /// text with eight bytes from `start` on, as in most of a sentence,
    /// the word's first eight bytes are read as one number, whatever the
    /// word's length, and those past its end masked off.
    #[inline]
    pub fn at(text: &[u8], start: usize, end: usize) -> Self {
        let n = end - start;
        let head = match text.get(start..).and_then(<[u8]>::first_chunk::<8>) {
            Some(&head) => u64::from_le_bytes(head) & Self::first_bytes(n),
            // Fewer than eight bytes left: byte by byte (a copy into a
            // buffer would call `memcpy`, and compiling the dictionaries
            // keys thousands of short forms held alone).
            None => text[start..start + n.min(8)]
                .iter()
                .rev()
                .fold(0, |head, &b| head << 8 | u64::from(b)),
        };
        Self::with_head(head, text, start, end)
    }

    /// The mask of the first `n` bytes of a little-endian number (all of
    /// them from eight on).
    #[inline]
    pub(crate) fn first_bytes(n: usize) -> u64 {
        if n >= 8 { u64::MAX } else { (1 << (8 * n)) - 1 }
    }

    /// The key of `text[start..end]` whose first eight bytes (all of it,
    /// zero-padded, when shorter) are `head`, little-endian: the tokenizer
    /// has them at hand from finding where a word ends.
    #[inline]
    pub(crate) fn with_head(head: u64, text: &[u8], start: usize, end: usize) -> Self {
        const FOLD: u64 = 0x2020_2020_2020_2020;
        let n = end - start;
        // A word of eight bytes or fewer is all in its head: no second read.
        let tail = if n > 8 {
            text[..end]
                .last_chunk::<8>()
                .map_or(0, |&tail| u64::from_le_bytes(tail))
        } else {
            0
        };
        let mixed = ((head | FOLD) ^ (tail | FOLD).rotate_left(29) ^ n as u64)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15);
        Self((mixed >> 32) as u32)
    }
}

/// A set of word keys as a Bloom filter with two probes: whether a word
/// may be one of a matcher's first words, with about one false positive in
/// seventy, where an exact test would walk a trie.
#[derive(Debug, Clone)]
pub struct KeyFilter {
    bits: Vec<u64>,
    /// Bit count minus one (a power of two minus one).
    mask: u32,
}

impl KeyFilter {
    /// The filter of `words`, at about sixteen bits a word (at least 1,024
    /// bits): a few kilobytes for the title and cue tables, some for the
    /// gazetteer's thousands of words.
    pub fn new<'w>(words: impl IntoIterator<Item = &'w [u8]>) -> Self {
        let keys: Vec<WordKey> = words.into_iter().map(WordKey::of).collect();
        Self::of_keys(&keys)
    }

    /// The filter of the words whose keys are `keys`.
    pub fn of_keys(keys: &[WordKey]) -> Self {
        let size = (keys.len() * 16)
            .next_power_of_two()
            .clamp(1 << 10, 1 << 24);
        let mut filter = Self {
            bits: vec![0; size / 64],
            mask: (size - 1) as u32,
        };
        for &key in keys {
            for bit in filter.probes(key) {
                filter.bits[bit / 64] |= 1 << (bit % 64);
            }
        }
        filter
    }

    /// The two bits of `key`: from its low half and from its high half.
    #[inline]
    fn probes(&self, key: WordKey) -> [usize; 2] {
        [
            (key.0 & self.mask) as usize,
            (key.0.rotate_left(16) & self.mask) as usize,
        ]
    }

    /// Whether a word with key `key` may be in the set (it is not when this
    /// says no).
    #[inline]
    pub fn may_contain(&self, key: WordKey) -> bool {
        self.probes(key)
            .iter()
            .all(|&bit| self.bits[bit / 64] & (1 << (bit % 64)) != 0)
    }

    /// The tokens where a phrase whose first words' keys are this filter's
    /// may start: every token that is no plain word (its runs of letters are
    /// looked into), and every word whose key may be one of them.
    pub(crate) fn phrase_starts<'t>(
        &'t self,
        tokens: &'t [super::token::Token],
    ) -> impl Iterator<Item = usize> + 't {
        tokens.iter().enumerate().filter_map(|(i, t)| {
            (t.shape != super::token::TokenShape::Word || self.may_contain(t.key)).then_some(i)
        })
    }
}

/// Word classes by key: for each key of a set of words, the classes (bits
/// of a `u16`) of the words with that key. One probe per token tells every
/// class it may belong to at once, so that a rule that looks for a few
/// words runs only where a sentence has one (a loop per rule that tested
/// each token against its own list cost ten to twenty instructions a token).
///
/// Like [`KeyFilter`] it answers "maybe": a word of a class always has the
/// class's bit, and a word that shares a key with one (a different case, or
/// a collision of the hash) has it too, so a rule still tests the word
/// itself. A key no word has gives 0, but for about one in 65,536 of them.
#[derive(Debug, Clone)]
pub struct KeyClasses {
    /// One `u32` a slot: the high half of a key and its classes in the low
    /// half (no classes marks a free slot); a power of two of them. A key's
    /// low bits pick its first slot, so the high half tells keys apart
    /// well enough for a "maybe". Most tokens' words have no class, and
    /// their probes land anywhere in the table: at four bytes a slot (a key
    /// and its classes took eight with padding) the resolver's table is 256
    /// KB, not 512, and a probe misses the core's cache less often.
    slots: Vec<u32>,
}

impl KeyClasses {
    /// The classes of the words whose keys are given, each with its class
    /// bits (a key may come more than once, with other bits; a key with no
    /// bits is left out).
    pub fn new(keys: impl IntoIterator<Item = (WordKey, u16)>) -> Self {
        let entries: Vec<(WordKey, u16)> =
            keys.into_iter().filter(|&(_, bits)| bits != 0).collect();
        // At most one slot in four taken, counting a key as often as it
        // comes (most of the tables' keys come once): most probes find a
        // free slot or the key at once (at one in two, the first pass's
        // probes took 1.5 steps a token).
        let size = (entries.len() * 4).next_power_of_two().max(64);
        let mut slots = vec![0u32; size];
        for (key, bits) in entries {
            let tag = Self::tag(key);
            let mut i = key.0 as usize & (size - 1);
            loop {
                let slot = &mut slots[i];
                if *slot as u16 == 0 || *slot & TAG == tag {
                    *slot |= tag | u32::from(bits);
                    break;
                }
                i = (i + 1) & (size - 1);
            }
        }
        Self { slots }
    }

    /// The high half of a key, as a slot holds it.
    #[inline]
    fn tag(key: WordKey) -> u32 {
        key.0 & TAG
    }

    /// The classes a word with key `key` may belong to (0: none).
    #[inline]
    pub fn get(&self, key: WordKey) -> u16 {
        // The mask from the slice's own length: the compiler then knows
        // every index is in bounds, and checks none.
        let slots = &self.slots[..];
        let mask = slots.len() - 1;
        let tag = Self::tag(key);
        let mut i = key.0 as usize & mask;
        loop {
            let slot = slots[i];
            if slot as u16 == 0 || slot & TAG == tag {
                return slot as u16;
            }
            i = (i + 1) & mask;
        }
    }
}

/// The bits of a [`KeyClasses`] slot that hold a key's high half.
const TAG: u32 = 0xffff_0000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_does_not_change_the_key() {
        for word in [
            "",
            "a",
            "Of",
            "the",
            "Iran",
            "Russia",
            "minister",
            "Ministers",
            "SECRETARY",
            "Zürich",
            "d’Ivoire",
            "1,000",
            "ab",
            "abcdefghijklmnopqrstu",
        ] {
            let key = WordKey::of(word.as_bytes());
            assert_eq!(WordKey::of(word.to_ascii_lowercase().as_bytes()), key);
            assert_eq!(WordKey::of(word.to_ascii_uppercase().as_bytes()), key);
        }
    }

    #[test]
    fn key_in_a_text_is_the_words_key() {
        let text = b"Iran's Foreign Minister, Abbas Araghchi, met Ministers; a";
        for start in 0..text.len() {
            for end in start..=text.len() {
                assert_eq!(
                    WordKey::at(text, start, end),
                    WordKey::of(&text[start..end]),
                    "{start}..{end}"
                );
            }
        }
    }

    #[test]
    fn filter_holds_its_words_and_few_others() {
        let words: Vec<String> = (0..500).map(|i| format!("word{i}")).collect();
        let filter = KeyFilter::new(words.iter().map(|w| w.as_bytes()));
        for w in &words {
            assert!(filter.may_contain(WordKey::of(w.as_bytes())));
            assert!(filter.may_contain(WordKey::of(w.to_uppercase().as_bytes())));
        }
        let others = (0..10_000)
            .filter(|i| filter.may_contain(WordKey::of(format!("other{i}").as_bytes())))
            .count();
        assert!(others < 500, "{others} false positives in 10,000");
        let empty = KeyFilter::new([]);
        assert!(!empty.may_contain(WordKey::of(b"the")));
    }

    #[test]
    fn classes_hold_their_words() {
        let words: Vec<String> = (0..2_000).map(|i| format!("word{i}")).collect();
        let classes = KeyClasses::new(
            words
                .iter()
                .enumerate()
                .map(|(i, w)| (WordKey::of(w.as_bytes()), 1 << (i % 3)))
                .chain([(WordKey::of(b"word7"), 8)]),
        );
        for (i, w) in words.iter().enumerate() {
            let bits = classes.get(WordKey::of(w.to_uppercase().as_bytes()));
            assert_ne!(bits & (1 << (i % 3)), 0, "{w}");
        }
        assert_eq!(classes.get(WordKey::of(b"word7")), 2 | 8);
        let others = (0..10_000)
            .filter(|i| classes.get(WordKey::of(format!("other{i}").as_bytes())) != 0)
            .count();
        assert!(others < 5, "{others} false positives in 10,000");
        assert_eq!(KeyClasses::new([]).get(WordKey::of(b"the")), 0);
    }
}
