//! Offsets into a document: the one place byte offsets become char offsets.
//!
//! The pipeline works in byte offsets (what `str` slicing wants); the JSON
//! evidence speaks in character offsets (what Python's `text[start:end]`
//! wants). [`CharIndex`] converts between them in O(log n).

use serde::{Deserialize, Serialize};

/// A half-open range of a document, in bytes and in chars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// Start byte offset.
    pub byte_start: usize,
    /// End byte offset (exclusive).
    pub byte_end: usize,
    /// Start char offset.
    pub char_start: usize,
    /// End char offset (exclusive).
    pub char_end: usize,
}

/// Converts byte offsets of one text to char offsets.
///
/// Stores the byte offset of every 64th char, so memory stays small on long
/// documents while each lookup scans at most 63 chars.
#[derive(Debug, Clone)]
pub struct CharIndex<'t> {
    text: &'t str,
    /// Empty when the text is ASCII: then char offsets are byte offsets.
    checkpoints: Vec<usize>,
    ascii: bool,
}

const STRIDE: usize = 64;

impl<'t> CharIndex<'t> {
    /// Index `text`.
    pub fn new(text: &'t str) -> Self {
        let ascii = text.is_ascii();
        let checkpoints = if ascii {
            Vec::new()
        } else {
            text.char_indices()
                .step_by(STRIDE)
                .map(|(byte, _)| byte)
                .collect()
        };
        Self {
            text,
            checkpoints,
            ascii,
        }
    }

    /// The char offset of the char boundary `byte`.
    pub fn char_offset(&self, byte: usize) -> usize {
        debug_assert!(self.text.is_char_boundary(byte));
        if self.ascii {
            return byte;
        }
        let block = match self.checkpoints.binary_search(&byte) {
            Ok(i) => return i * STRIDE,
            Err(i) => i.saturating_sub(1),
        };
        let from = self.checkpoints.get(block).copied().unwrap_or(0);
        block * STRIDE + self.text[from..byte].chars().count()
    }

    /// The span of the byte range `start..end`.
    pub fn span(&self, byte_start: usize, byte_end: usize) -> Span {
        Span {
            byte_start,
            byte_end,
            char_start: self.char_offset(byte_start),
            char_end: self.char_offset(byte_end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_match_slicing_by_chars() {
        let text = "Zarif’s visit — Tehran ✓ 北京 ".repeat(20);
        let index = CharIndex::new(&text);
        for (char_pos, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(index.char_offset(byte), char_pos);
        }
        assert_eq!(index.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn ascii_text() {
        let text = "Tehran and Beijing. ".repeat(20);
        let index = CharIndex::new(&text);
        for byte in 0..=text.len() {
            assert_eq!(index.char_offset(byte), byte);
        }
    }

    #[test]
    fn empty_text() {
        let index = CharIndex::new("");
        assert_eq!(index.char_offset(0), 0);
    }
}
