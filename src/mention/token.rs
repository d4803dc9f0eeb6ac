//! Tokens: the words and punctuation of a sentence, with document offsets.
//!
//! Hyphens and possessive `'s` are tokens of their own, so that "Russia-backed"
//! is `Russia` `-` `backed` and "Iran's" is `Iran` `'s`; dotted acronyms stay
//! whole ("U.S.") and so do inner apostrophes ("O'Connor", "d'Ivoire").

use super::key::WordKey;

/// One token: a byte range of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte offset in the document.
    pub start: usize,
    /// End byte offset in the document.
    pub end: usize,
    /// What it is made of, as the tokenizer saw while cutting it: the
    /// dictionary matchers look for word starts by token, not by byte.
    pub shape: TokenShape,
    /// The key of its text ([`WordKey::of`]), computed here once for the
    /// dictionary matchers, which each test every word against the words
    /// their phrases start with.
    pub key: WordKey,
    /// The resolver's word classes of its key (bits of `entity::class`),
    /// set by the first pass, which probes its table for every token; 0
    /// until then. The relation stage reads its gates' classes here instead
    /// of probing tables of its own (the field fits in the padding after
    /// `key` and `shape`).
    pub classes: u16,
    /// Whether it starts with a capital ([`starts_upper`] of its text),
    /// seen while it is cut: the rules that walk every token of a sentence
    /// for capitals read it here, not the text (the last byte of padding).
    pub capital: bool,
}

/// What a token is made of. (The resolver reads a token's classes from a
/// table by these numbers.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenShape {
    /// One run of letters and digits: "Iran", "2024", "Zürich".
    Word = 0,
    /// One character that is no letter or digit: ",", "(", "—".
    Mark = 1,
    /// Runs of letters and digits joined by periods, commas or apostrophes
    /// ("U.S.", "O'Connor", "3.5", "1,000"), or a possessive ("'s").
    Joined = 2,
}

/// `word` in lower case, borrowed when it already is (most words are, and
/// the rules compare every token): no allocation on the common path.
pub fn lowercase(word: &str) -> std::borrow::Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

/// The tokens of one sentence in lower case, each what [`lowercase`] gives,
/// written into `buf` (cleared first): the rules compare every token with
/// lower-case words, and one buffer per sentence costs less than an
/// allocation per capitalized token.
pub fn lower_words<'b>(text: &str, tokens: &[Token], buf: &'b mut String) -> Vec<&'b str> {
    buf.clear();
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return Vec::new();
    };
    let piece = &text[first.start..last.end];
    if piece.is_ascii() {
        // Most sentences: lower-case them whole, the tokens keep their offsets.
        buf.push_str(piece);
        buf.make_ascii_lowercase();
        let buf = &**buf;
        return tokens
            .iter()
            .map(|t| &buf[t.start - first.start..t.end - first.start])
            .collect();
    }
    // Lower-casing may change a token's length: each is written after the last.
    let mut ends = Vec::with_capacity(tokens.len());
    for t in tokens {
        buf.push_str(&lowercase(&text[t.start..t.end]));
        ends.push(buf.len());
    }
    let buf = &**buf;
    let mut start = 0;
    ends.into_iter()
        .map(|end| {
            let word = &buf[start..end];
            start = end;
            word
        })
        .collect()
}

/// The number a number word spells, "one" to "twelve": "the five
/// neighbours", "the bloc's six members", "three Iranians".
pub fn number_word(word: &str) -> Option<u8> {
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    WORDS.iter().position(|&w| w == word).map(|i| i as u8 + 1)
}

/// Whether `word` starts with an upper-case letter (`starts_with(char::is_uppercase)`),
/// without decoding a char when the first byte is ASCII, as in most words.
#[inline]
pub fn starts_upper(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Whether the word that starts at byte `i` of `text` starts with an
/// upper-case letter: [`starts_upper`] without slicing the word out first
/// (a slice costs two char-boundary checks, and loops over a sentence's
/// tokens test every one).
#[inline]
pub fn starts_upper_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => text[i..].chars().next().is_some_and(char::is_uppercase),
    }
}

/// The character at byte `i` of `text` and its length, if any.
#[inline]
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some((b as char, 1))
    } else {
        text[i..].chars().next().map(|c| (c, c.len_utf8()))
    }
}

#[inline]
fn alnum_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(|(c, _)| c.is_alphanumeric())
}

#[inline]
fn alphabetic_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(|(c, _)| c.is_alphabetic())
}

/// The length of the apostrophe at byte `i`, if there is one.
#[inline]
fn apostrophe_at(text: &str, i: usize) -> Option<usize> {
    match text.as_bytes().get(i)? {
        b'\'' => Some(1),
        0xe2 if text[i..].starts_with('’') => Some(3),
        _ => None,
    }
}

/// Whether each byte is an ASCII letter or digit: the loops over words test
/// every byte, and a table is one load where the range tests are several.
pub(crate) static ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The end of the run of letters and digits that starts at byte `i`.
#[inline]
fn alnum_run(text: &str, mut i: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        i = alnum_end(bytes, i);
        match char_at(text, i) {
            Some((c, len)) if len > 1 && c.is_alphanumeric() => i += len,
            _ => return i,
        }
    }
}

/// Per byte of `chunk` (little-endian), the top bit set where the byte is an
/// ASCII letter or digit, and no other bit: eight bytes tested at once with
/// a few adds and masks ([`ascii_word`]). Each byte's low seven bits are in
/// a range when adding what takes the range's first value to 0x80 sets the
/// top bit and adding what takes its last value to 0x80 does not; no add
/// carries into the next byte.
#[inline]
fn alnum_bits(chunk: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOP: u64 = ONES * 0x80;
    let low = chunk & !TOP;
    let in_range = |y: u64, first: u8, last: u8| {
        (y + ONES * u64::from(0x80 - first)) & !(y + ONES * u64::from(0x7f - last))
    };
    // With the 0x20 bit set, capitals are small letters and digits stay digits.
    let letters = in_range(low | (ONES * 0x20), b'a', b'z');
    let digits = in_range(low, b'0', b'9');
    (letters | digits) & !chunk & TOP
}

/// The end of the run of ASCII letters and digits that starts at byte `i`
/// of `bytes` (one is there), and the key of that run ([`WordKey::at`]):
/// most words fit the first eight bytes from `i`, read as one number that
/// both finds the end and is the head of the key; a longer word is read on
/// eight bytes at a time (a fifth of the words of news text have eight
/// letters or more).
#[inline]
fn ascii_word(bytes: &[u8], i: usize) -> (usize, WordKey) {
    /// The top bit of each byte.
    const TOP: u64 = 0x8080_8080_8080_8080;
    let chunk_at = |j: usize| {
        bytes
            .get(j..)
            .and_then(<[u8]>::first_chunk::<8>)
            .map(|&chunk| u64::from_le_bytes(chunk))
    };
    let Some(head) = chunk_at(i) else {
        // Near the end of the text: byte by byte, the first one known.
        let end = alnum_end(bytes, i + 1);
        return (end, WordKey::at(bytes, i, end));
    };
    let stops = !alnum_bits(head) & TOP;
    if stops != 0 {
        let n = (stops.trailing_zeros() / 8) as usize;
        return (
            i + n,
            WordKey::with_head(head & WordKey::first_bytes(n), bytes, i, i + n),
        );
    }
    // A longer word, whose key's head is its first eight bytes whole.
    let mut j = i + 8;
    while let Some(chunk) = chunk_at(j) {
        let stops = !alnum_bits(chunk) & TOP;
        if stops != 0 {
            let end = j + (stops.trailing_zeros() / 8) as usize;
            return (end, WordKey::with_head(head, bytes, i, end));
        }
        j += 8;
    }
    let end = alnum_end(bytes, j);
    (end, WordKey::with_head(head, bytes, i, end))
}

/// The end of the run of ASCII letters and digits at or after byte `from`
/// of `bytes`, byte by byte.
#[inline]
fn alnum_end(bytes: &[u8], from: usize) -> usize {
    from + bytes[from..]
        .iter()
        .position(|&b| !ASCII_ALNUM[usize::from(b)])
        .unwrap_or(bytes.len() - from)
}

/// Tokenize `text`, which starts at byte `base` of the document.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let bytes = text.as_bytes();
    // About one token per five bytes of news text.
    let mut tokens = Vec::with_capacity(bytes.len() / 4 + 4);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // Most of news text: plain ASCII words, each followed by one space,
        // then ASCII spaces and plain marks, cut here without decoding; what
        // may join or continue a token (an apostrophe, a decimal point or
        // comma, a one-letter word's period, a non-ASCII character) goes the
        // general way (`general_token`). A word is tested for first: most
        // turns of the loop start one, as the space after a word is stepped
        // over with it.
        if ASCII_ALNUM[usize::from(b)] {
            let (end, key) = ascii_word(bytes, i);
            let word = Token {
                start: base + i,
                end: base + end,
                shape: TokenShape::Word,
                key,
                classes: 0,
                capital: b.is_ascii_uppercase(),
            };
            match bytes.get(end) {
                // Most words: followed by one space, past it here, not by
                // another turn of the loop.
                Some(b' ') => {
                    tokens.push(word);
                    i = end + 1;
                    continue;
                }
                // A word before a period or comma ends there too, unless the
                // mark may join it to what follows: a decimal point ("3.5",
                // "1,000") or a dotted acronym ("U.S.") after one letter.
                Some(&next @ (b'.' | b',')) => {
                    let decimal = bytes[end - 1].is_ascii_digit()
                        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
                    let initial = next == b'.' && end == i + 1;
                    if !decimal && !initial {
                        tokens.push(word);
                        i = end;
                        continue;
                    }
                }
                // An apostrophe may join ("O'Connor") and a non-ASCII
                // character may continue the word ("Zürich").
                Some(&next) if next == b'\'' || !next.is_ascii() => {}
                _ => {
                    tokens.push(word);
                    i = end;
                    continue;
                }
            }
        } else if b.is_ascii() {
            if b.is_ascii_whitespace() || b == 0x0b {
                i += 1;
                continue;
            }
            if b != b'\'' {
                // A mark's key, as `WordKey::at` gives it, from its one byte.
                tokens.push(Token {
                    start: base + i,
                    end: base + i + 1,
                    shape: TokenShape::Mark,
                    key: WordKey::with_head(u64::from(b), bytes, i, i + 1),
                    classes: 0,
                    capital: false,
                });
                i += 1;
                continue;
            }
        }
        // What the fast paths above leave: decoded, out of line.
        match general_token(text, base, i, &mut tokens) {
            Some(next) => i = next,
            None => break,
        }
    }
    tokens
}

/// The token (if any) at byte `i` of `text` that the tokenizer's fast
/// paths leave, pushed onto `tokens`, and where the next one may start;
/// `None` past the end. Out of line: it is rare in news text, and inlined
/// it took registers from the loop over plain words.
#[cold]
#[inline(never)]
fn general_token(text: &str, base: usize, i: usize, tokens: &mut Vec<Token>) -> Option<usize> {
    let bytes = text.as_bytes();
    let (c, len) = char_at(text, i)?;
    // Every token cut here starts at `i`, with `c`.
    let token = |start: usize, end: usize, shape: TokenShape| Token {
        start: base + start,
        end: base + end,
        shape,
        key: WordKey::at(bytes, start, end),
        classes: 0,
        capital: c.is_uppercase(),
    };
    if c.is_whitespace() {
        return Some(i + len);
    }
    if c.is_alphanumeric() {
        // Dotted acronym: letter '.' letter '.' ...
        if c.is_alphabetic()
            && bytes.get(i + len) == Some(&b'.')
            && char_at(text, i + len + 1).is_some_and(|(d, dl)| {
                d.is_alphabetic() && bytes.get(i + len + 1 + dl) == Some(&b'.')
            })
        {
            let mut j = i;
            while let Some((d, dl)) = char_at(text, j)
                && d.is_alphabetic()
                && bytes.get(j + dl) == Some(&b'.')
            {
                j += dl + 1;
            }
            tokens.push(token(i, j, TokenShape::Joined));
            return Some(j);
        }
        let mut j = i;
        let mut shape = TokenShape::Word;
        loop {
            j = alnum_run(text, j);
            // Inner apostrophe followed by letters, but not a possessive 's.
            if let Some(alen) = apostrophe_at(text, j)
                && alphabetic_at(text, j + alen)
            {
                let possessive = matches!(bytes.get(j + alen), Some(b's' | b'S'))
                    && !alnum_at(text, j + alen + 1);
                if !possessive {
                    j += alen;
                    shape = TokenShape::Joined;
                    continue;
                }
            }
            // Decimal numbers: 3.5, 1,000.
            if matches!(bytes.get(j), Some(b'.' | b','))
                && bytes[j - 1].is_ascii_digit()
                && bytes.get(j + 1).is_some_and(u8::is_ascii_digit)
            {
                j += 1;
                shape = TokenShape::Joined;
                continue;
            }
            break;
        }
        tokens.push(token(i, j, shape));
        return Some(j);
    }
    // Possessive 's as one token.
    if let Some(alen) = apostrophe_at(text, i)
        && matches!(bytes.get(i + alen), Some(b's' | b'S'))
        && !alnum_at(text, i + alen + 1)
        && i > 0
        && text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    {
        tokens.push(token(i, i + alen + 1, TokenShape::Joined));
        return Some(i + alen + 1);
    }
    tokens.push(token(i, i + len, TokenShape::Mark));
    Some(i + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_apostrophe(c: char) -> bool {
        c == '\'' || c == '’'
    }

    /// The tokenizer this one replaced, by character index.
    fn reference(text: &str, base: usize) -> Vec<(usize, usize)> {
        // Most news text is ASCII: then characters are bytes, and the scan needs
        // no table of character offsets.
        if text.is_ascii() {
            let bytes = text.as_bytes();
            scan(
                bytes.len(),
                |i| bytes.get(i).map(|&b| b as char),
                |i| i,
                base,
            )
        } else {
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            scan(
                chars.len(),
                |i| chars.get(i).map(|&(_, c)| c),
                |i| chars.get(i).map_or(text.len(), |&(b, _)| b),
                base,
            )
        }
    }

    /// The tokenizer over `len` characters: `at(i)` is the `i`th character and
    /// `offset(i)` its byte offset in the sentence (`offset(len)` is its length).
    fn scan(
        len: usize,
        at: impl Fn(usize) -> Option<char>,
        offset: impl Fn(usize) -> usize,
        base: usize,
    ) -> Vec<(usize, usize)> {
        let mut tokens = Vec::new();
        let mut i = 0;
        while i < len {
            let Some(c) = at(i) else { break };
            if c.is_whitespace() {
                i += 1;
                continue;
            }
            let start = i;
            if c.is_alphanumeric() {
                // Dotted acronym: letter '.' letter '.' ...
                if c.is_alphabetic()
                    && at(i + 1) == Some('.')
                    && at(i + 2).is_some_and(char::is_alphabetic)
                    && at(i + 3) == Some('.')
                {
                    let mut j = i;
                    while at(j).is_some_and(char::is_alphabetic) && at(j + 1) == Some('.') {
                        j += 2;
                    }
                    tokens.push((base + offset(start), base + offset(j)));
                    i = j;
                    continue;
                }
                let mut j = i;
                loop {
                    while at(j).is_some_and(char::is_alphanumeric) {
                        j += 1;
                    }
                    // Inner apostrophe followed by letters, but not a possessive 's.
                    if at(j).is_some_and(is_apostrophe)
                        && at(j + 1).is_some_and(char::is_alphabetic)
                    {
                        let possessive = matches!(at(j + 1), Some('s' | 'S'))
                            && !at(j + 2).is_some_and(char::is_alphanumeric);
                        if !possessive {
                            j += 1;
                            continue;
                        }
                    }
                    // Decimal numbers: 3.5, 1,000.
                    if matches!(at(j), Some('.' | ','))
                        && at(j - 1).is_some_and(|c| c.is_ascii_digit())
                        && at(j + 1).is_some_and(|c| c.is_ascii_digit())
                    {
                        j += 1;
                        continue;
                    }
                    break;
                }
                tokens.push((base + offset(start), base + offset(j)));
                i = j;
                continue;
            }
            // Possessive 's as one token.
            if is_apostrophe(c)
                && matches!(at(i + 1), Some('s' | 'S'))
                && !at(i + 2).is_some_and(char::is_alphanumeric)
                && i > 0
                && at(i - 1).is_some_and(char::is_alphanumeric)
            {
                tokens.push((base + offset(i), base + offset(i + 2)));
                i += 2;
                continue;
            }
            tokens.push((base + offset(i), base + offset(i + 1)));
            i += 1;
        }
        tokens
    }

    #[test]
    fn same_tokens_as_by_characters() {
        let pieces = [
            "Iran",
            "'s",
            "’s",
            "'",
            "’",
            "U.S.",
            "U",
            ".",
            "S",
            "-",
            "3",
            "5",
            ",",
            "000",
            "O'Connor",
            "d’Ivoire",
            " ",
            "  ",
            "\n",
            "\u{a0}",
            "é",
            "É.",
            "北京",
            "s",
            "x",
            "(",
            "“",
            "—",
            "Ünal's",
            "1.",
            ".5",
        ];
        let mut seed = 0x853c_49e6_748f_ea9bu64;
        for _ in 0..5000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for k in 0..(seed % 12) {
                text.push_str(pieces[((seed >> (k * 5)) % pieces.len() as u64) as usize]);
            }
            let tokens = tokenize(&text, 7);
            let spans: Vec<(usize, usize)> = tokens.iter().map(|t| (t.start, t.end)).collect();
            assert_eq!(spans, reference(&text, 7), "{text:?}");
            for t in &tokens {
                let word = &text[t.start - 7..t.end - 7];
                let mut chars = word.chars();
                let shape = if word.chars().all(char::is_alphanumeric) {
                    TokenShape::Word
                } else if chars.next().is_some() && chars.next().is_none() {
                    TokenShape::Mark
                } else {
                    TokenShape::Joined
                };
                assert_eq!(t.shape, shape, "{text:?}: {word:?}");
                assert_eq!(t.key, WordKey::of(word.as_bytes()), "{text:?}: {word:?}");
                assert_eq!(t.capital, starts_upper(word), "{text:?}: {word:?}");
            }
        }
    }

    #[test]
    fn alnum_bits_are_the_table() {
        for b in 0..=255u8 {
            for other in [b' ', b'a', 0x80, 0xff, b'Z', b'.'] {
                let mut chunk = [other; 8];
                chunk[3] = b;
                let bits = alnum_bits(u64::from_le_bytes(chunk));
                let expected = chunk.iter().enumerate().fold(0, |acc, (k, &x)| {
                    acc | u64::from(ASCII_ALNUM[usize::from(x)]) << (8 * k + 7)
                });
                assert_eq!(bits, expected, "{b:#x} among {other:#x}");
            }
        }
    }

    #[test]
    fn news_tokens() {
        let text = "Iran's U.S.-backed rival, O'Connor’s d'Ivoire 3.5 (RTC) Russia-backed";
        let got: Vec<&str> = tokenize(text, 0)
            .iter()
            .map(|t| &text[t.start..t.end])
            .collect();
        assert_eq!(
            got,
            [
                "Iran", "'s", "U.S.", "-", "backed", "rival", ",", "O'Connor", "’s", "d'Ivoire",
                "3.5", "(", "RTC", ")", "Russia", "-", "backed"
            ]
        );
    }

    #[test]
    fn lower_words_are_each_tokens_lowercase() {
        for text in [
            "Iran's U.S.-backed RIVAL met",
            "ΣΟΦΊΑ and Ünal’s İstanbul TALKS",
            "",
        ] {
            let tokens = tokenize(text, 3);
            let doc = format!("   {text}");
            let mut buf = String::new();
            let words = lower_words(&doc, &tokens, &mut buf);
            let expected: Vec<String> = tokens
                .iter()
                .map(|t| lowercase(&doc[t.start..t.end]).into_owned())
                .collect();
            assert_eq!(words, expected, "{text:?}");
        }
    }

    #[test]
    fn offsets_are_shifted_by_base() {
        let tokens = tokenize("a b", 10);
        assert_eq!(
            tokens[1],
            Token {
                start: 12,
                end: 13,
                shape: TokenShape::Word,
                key: WordKey::of(b"b"),
                classes: 0,
                capital: false,
            }
        );
    }
}
