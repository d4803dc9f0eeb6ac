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
/// Stores the number of chars before every 64th byte, so memory stays small
/// on long documents while each lookup counts the chars of at most 63
/// bytes. Counting chars is counting the bytes that start one (all but UTF-8
/// continuation bytes): a loop the compiler vectorizes, unlike decoding.
#[derive(Debug, Clone)]
pub struct CharIndex<'t> {
    text: &'t str,
    /// `blocks[k]`: the chars in `text[..k * STRIDE]`, for every block
    /// start and the text's end. Empty when the text is ASCII: then char
    /// offsets are byte offsets.
    blocks: Vec<usize>,
    ascii: bool,
}

const STRIDE: usize = 64;

/// The chars that start in `bytes`, at most [`STRIDE`] of them (a block or
/// part of one).
fn chars_in(bytes: &[u8]) -> usize {
    debug_assert!(bytes.len() <= STRIDE);
    // Continuation bytes are 0b10xx_xxxx: -64..-33 as i8. Summed as bytes
    // (a block has fewer than 256), the compiler counts sixteen at a time,
    // where counting into a `usize` went byte by byte.
    let starts = bytes
        .iter()
        .fold(0u8, |n, &b| n + u8::from((b as i8) >= -0x40));
    usize::from(starts)
}

impl<'t> CharIndex<'t> {
    /// Index `text`.
    pub fn new(text: &'t str) -> Self {
        let ascii = text.is_ascii();
        let mut blocks = Vec::new();
        if !ascii {
            blocks.reserve(text.len() / STRIDE + 2);
            let mut chars = 0;
            for block in text.as_bytes().chunks(STRIDE) {
                blocks.push(chars);
                chars += chars_in(block);
            }
            blocks.push(chars);
        }
        Self {
            text,
            blocks,
            ascii,
        }
    }

    /// The char offset of the char boundary `byte`.
    pub fn char_offset(&self, byte: usize) -> usize {
        debug_assert!(self.text.is_char_boundary(byte));
        if self.ascii {
            return byte;
        }
        let block = byte / STRIDE;
        self.blocks[block] + chars_in(&self.text.as_bytes()[block * STRIDE..byte])
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
    fn text_ending_on_a_block_boundary() {
        for n in 30..=34 {
            let text = "é".repeat(n) + "ab";
            let index = CharIndex::new(&text);
            for (char_pos, (byte, _)) in text.char_indices().enumerate() {
                assert_eq!(index.char_offset(byte), char_pos);
            }
            assert_eq!(index.char_offset(text.len()), n + 2);
        }
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
