//! Step 2, split: documents into sentences.
//!
//! A rule-based splitter tuned for news: a sentence ends at `.`, `!` or `?`
//! (with any closing quotes or brackets) followed by white space and a
//! capital, digit or opening quote, and at every blank line (headlines,
//! datelines, paragraphs). A period after an abbreviation from
//! `abbreviations.tsv`, a single initial ("Wendy R. Sherman") or a dotted
//! acronym ("the U.S. Treasury") does not end a sentence, unless a dotted
//! acronym is followed by a word that usually opens a sentence ("... by the
//! U.S. The move ...").

use crate::span::{CharIndex, Span};
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// One sentence of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence<'d> {
    /// Where it is in the document (leading and trailing white space trimmed).
    pub span: Span,
    /// Its text: `&doc.text[span.byte_start..span.byte_end]`.
    pub text: &'d str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum When {
    Always,
    BeforeNumber,
    BeforeName,
}

static ABBREVIATIONS: LazyLock<HashMap<&'static str, When>> = LazyLock::new(|| {
    let mut table = HashMap::default();
    for line in include_str!("abbreviations.tsv")
        .lines()
        .skip_while(|l| l.starts_with('#'))
        .skip(1)
    {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (word, when) = line
            .split_once('\t')
            .expect("abbreviations.tsv: two columns");
        let when = match when {
            "always" => When::Always,
            "before-number" => When::BeforeNumber,
            "before-name" => When::BeforeName,
            other => panic!("abbreviations.tsv: unknown `when` {other}"),
        };
        table.insert(word, when);
    }
    table
});

/// The lengths and first bytes of [`ABBREVIATIONS`]: most words before a
/// period ("America.", "world.") have a length or a first byte no
/// abbreviation has, and are ruled out by two loads before the table is
/// hashed into.
struct AbbreviationShapes {
    /// Bit `n` set when some abbreviation is `n` bytes long (from 64 on, bit 63).
    lengths: u64,
    /// Whether some abbreviation starts with each byte.
    first_bytes: [bool; 256],
}

impl AbbreviationShapes {
    /// Whether `word` may be one of [`ABBREVIATIONS`] (it is not when this says no).
    #[inline]
    fn may_be(&self, word: &str) -> bool {
        self.lengths & (1 << word.len().min(63)) != 0
            && word
                .as_bytes()
                .first()
                .is_none_or(|&b| self.first_bytes[usize::from(b)])
    }
}

static ABBREVIATION_SHAPES: LazyLock<AbbreviationShapes> = LazyLock::new(|| {
    let mut shapes = AbbreviationShapes {
        lengths: 0,
        first_bytes: [false; 256],
    };
    for word in ABBREVIATIONS.keys() {
        shapes.lengths |= 1 << word.len().min(63);
        if let Some(&b) = word.as_bytes().first() {
            shapes.first_bytes[usize::from(b)] = true;
        }
    }
    shapes
});

/// Words that open a sentence far more often than they follow an acronym
/// inside one; after "U.S." they mean the period was a full stop too.
const SENTENCE_OPENERS: &[&str] = &[
    "A",
    "After",
    "All",
    "An",
    "And",
    "As",
    "At",
    "But",
    "By",
    "During",
    "Earlier",
    "For",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Last",
    "Meanwhile",
    "Mr",
    "Ms",
    "On",
    "One",
    "Our",
    "She",
    "Since",
    "So",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "To",
    "Under",
    "We",
    "What",
    "When",
    "While",
    "Yet",
];

/// Split `text` into sentences, in order, with spans.
pub fn split(text: &str) -> Vec<Sentence<'_>> {
    let index = CharIndex::new(text);
    let cuts = boundaries(text);
    // One sentence per cut and one after the last, unless a run is too long.
    let mut sentences = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    for end in cuts.into_iter().chain([text.len()]) {
        // A run longer than any sentence (a table, a dump with no
        // punctuation) is cut at white space: every later step works
        // sentence by sentence, so bounded sentences keep it linear.
        while end - start > MAX_SENTENCE_BYTES {
            let mut cut = start + MAX_SENTENCE_BYTES;
            while !text.is_char_boundary(cut) {
                cut -= 1;
            }
            if let Some(space) = text[start..cut].rfind(char::is_whitespace)
                && space > 0
            {
                cut = start + space;
            }
            push_trimmed(text, &index, start, cut, &mut sentences);
            start = cut;
        }
        push_trimmed(text, &index, start, end, &mut sentences);
        start = end;
    }
    sentences
}

/// The longest sentence, in bytes. Real ones are far shorter: the longest
/// in the 1,062,340 words of the State of the Union corpus is under 1,500.
const MAX_SENTENCE_BYTES: usize = 3_000;

fn push_trimmed<'d>(
    text: &'d str,
    index: &CharIndex<'_>,
    start: usize,
    end: usize,
    out: &mut Vec<Sentence<'d>>,
) {
    let after_space = text[start..end].trim_start();
    let trimmed = after_space.trim_end();
    if trimmed.is_empty() {
        return;
    }
    let byte_start = end - after_space.len();
    let byte_end = byte_start + trimmed.len();
    out.push(Sentence {
        span: index.span(byte_start, byte_end),
        text: trimmed,
    });
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '“' | '‘' | '«')
}

/// Byte offsets where one sentence ends and the next may begin.
fn boundaries(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    // Room for a sentence every 64 bytes, about twice as many as news text
    // has: the list is not regrown (and copied) as it fills.
    let mut cuts = Vec::with_capacity(bytes.len() / 64 + 1);
    let mut marks = Marks::new(bytes);
    let mut i = 0;
    while i < bytes.len() {
        // Skip to the next line break or sentence-final mark.
        i = marks.next(i);
        if i == bytes.len() {
            break;
        }
        let b = bytes[i];
        if b == b'\n' {
            // A blank line (only white space between two line breaks) ends a sentence.
            let mut j = i + 1;
            while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\r') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'\n' {
                cuts.push(i);
                i = j;
                continue;
            }
            // A list item ("- Five days of fighting ...") or a short heading
            // line ("Key points", "The July war") ends at its line break.
            if j < bytes.len()
                && (starts_list_item(&text[j..]) || ends_heading(text, i, &text[j..]))
            {
                cuts.push(i);
                i = j;
                continue;
            }
        }
        if matches!(b, b'.' | b'!' | b'?') {
            // Include closing quotes and brackets in the sentence.
            let mut end = i + 1;
            while let Some(c) = text[end..].chars().next() {
                if is_closer(c) || (c == '.' || c == '!' || c == '?') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            let rest = &text[end..];
            // Most often one space, then an ASCII character that is none of
            // the white space trimmed: no char decoding then.
            let after_space = match rest.as_bytes() {
                [b' ', next, ..]
                    if next.is_ascii() && !matches!(next, b' ' | b'\t' | b'\r' | b'\n') =>
                {
                    &rest[1..]
                }
                _ => rest.trim_start_matches([' ', '\t', '\r', '\n', '\u{a0}']),
            };
            if after_space.len() == rest.len() && !rest.is_empty() {
                i = end;
                continue; // no white space: "U.S.-led", "3.5", "e.g.,"
            }
            let next = after_space.chars().next();
            let starts_sentence = match next {
                None => true,
                Some(c) => c.is_uppercase() || c.is_ascii_digit() || is_opener(c),
            };
            if starts_sentence && (b != b'.' || period_ends_sentence(text, i, after_space)) {
                cuts.push(end);
            }
            i = end;
            continue;
        }
        i += 1;
    }
    cuts
}

/// Whether a line starts with a bullet: "- ", "* ", "• ", "– ".
fn starts_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    matches!(chars.next(), Some('-' | '*' | '•' | '–' | '—')) && chars.next() == Some(' ')
}

/// Whether the line ending at `end` is a heading: short, with no closing
/// punctuation, and the next line starts with a capital. (Text wrapped at a
/// fixed width has long lines, or lines that go on in lower case.)
fn ends_heading(text: &str, end: usize, next: &str) -> bool {
    let start = text[..end].rfind('\n').map_or(0, |p| p + 1);
    let line = text[start..end].trim();
    let last_word = line.rsplit(' ').next().unwrap_or("");
    !line.is_empty()
        && line.len() < 60
        && line.starts_with(char::is_uppercase)
        && !line.ends_with(|c: char| c.is_ascii_punctuation() && c != ')')
        // A line cut inside a phrase: "Talks with / Jordan".
        && !matches!(
            last_word,
            "a" | "an" | "the" | "of" | "to" | "in" | "on" | "at" | "by" | "for" | "with"
                | "from" | "and" | "or" | "but" | "that" | "as" | "its" | "their" | "his"
                | "her" | "is" | "are" | "was" | "were" | "has" | "have" | "will"
        )
        && next.chars().next().is_some_and(char::is_uppercase)
}

/// Where the next line break and the next sentence-final mark are: found
/// with `memchr`'s vectorized searches, each run again only once the scan
/// has passed what it found, so the text is read a word at a time, not a
/// byte at a time.
struct Marks<'t> {
    bytes: &'t [u8],
    /// The next `\n` at or after the last position asked, or the text's length.
    line: usize,
    /// The next `.`, `!` or `?`, likewise.
    stop: usize,
}

impl<'t> Marks<'t> {
    fn new(bytes: &'t [u8]) -> Self {
        let mut marks = Self {
            bytes,
            line: 0,
            stop: 0,
        };
        marks.line = marks.find_line(0);
        marks.stop = marks.find_stop(0);
        marks
    }

    fn find_line(&self, from: usize) -> usize {
        memchr::memchr(b'\n', &self.bytes[from..]).map_or(self.bytes.len(), |p| from + p)
    }

    fn find_stop(&self, from: usize) -> usize {
        memchr::memchr3(b'.', b'!', b'?', &self.bytes[from..])
            .map_or(self.bytes.len(), |p| from + p)
    }

    /// The first line break or sentence-final mark at or after `i`, or the
    /// text's length.
    fn next(&mut self, i: usize) -> usize {
        if self.line < i {
            self.line = self.find_line(i);
        }
        if self.stop < i {
            self.stop = self.find_stop(i);
        }
        self.line.min(self.stop)
    }
}

/// Whether the period at byte `dot` ends a sentence, given what follows it.
fn period_ends_sentence(text: &str, dot: usize, after: &str) -> bool {
    let before = &text[..dot];
    let word = &before[word_start(before)..];
    if word.is_empty() {
        return true;
    }
    // What follows, looked at only by the rules that need it.
    let next_is_opener = || {
        let next_word: &str = after
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        SENTENCE_OPENERS.contains(&next_word)
    };
    if let Some(when) = ABBREVIATION_SHAPES
        .may_be(word)
        .then(|| ABBREVIATIONS.get(word))
        .flatten()
    {
        return match when {
            When::Always => false,
            When::BeforeNumber => !after.chars().next().is_some_and(|c| c.is_ascii_digit()),
            When::BeforeName => next_is_opener(),
        };
    }
    // (A few bytes: a loop, not a call to a search.)
    if !word.bytes().any(|b| b == b'.') {
        // A single capital initial: "Wendy R. Sherman", "George W. Bush".
        let mut chars = word.chars();
        let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
        return !initial;
    }
    // A dotted acronym: "U.S.", "U.N.", "E.O." ends a sentence only before
    // an opener. Its letters (all but its periods), counted without
    // collecting them.
    let (mut count, mut all_alphabetic) = (0, true);
    for c in word.chars().filter(|&c| c != '.') {
        count += 1;
        all_alphabetic &= c.is_alphabetic();
    }
    if all_alphabetic && count <= 5 {
        return next_is_opener();
    }
    true
}

/// Where the word that ends `before` starts: after the last white space,
/// `(`, `"` or `“` (or at 0). Walked back byte by byte over ASCII, which
/// most words are, with no char decoding; at a byte that is not ASCII, the
/// search by chars.
fn word_start(before: &str) -> usize {
    for (i, &b) in before.as_bytes().iter().enumerate().rev() {
        match WORD_STOPS[usize::from(b)] {
            WordStop::Inside => {}
            WordStop::Before => return i + 1,
            WordStop::NotAscii => {
                return before
                    .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
                    .map_or(0, |p| {
                        p + before[p..].chars().next().map_or(1, char::len_utf8)
                    });
            }
        }
    }
    0
}

/// What a byte is to [`word_start`]'s walk back.
#[derive(Clone, Copy)]
enum WordStop {
    /// Part of the word: walk on.
    Inside,
    /// `char::is_whitespace` in ASCII (tab, line feed, vertical tab, form
    /// feed, carriage return and space), `(` or `"`: the word starts after it.
    Before,
    /// Not ASCII: the search by chars.
    NotAscii,
}

/// [`WordStop`] of each byte: one load a byte, where the tests of the
/// eight stops took several.
static WORD_STOPS: [WordStop; 256] = {
    let mut table = [WordStop::Inside; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = match b as u8 {
            b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ' | b'(' | b'"' => WordStop::Before,
            0x80.. => WordStop::NotAscii,
            _ => WordStop::Inside,
        };
        b += 1;
    }
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    /// List items and short headings end at their line break; wrapped
    /// lines do not.
    #[test]
    fn list_items_and_headings_end_at_their_line_break() {
        fn texts(t: &str) -> Vec<&str> {
            split(t).into_iter().map(|s| s.text).collect()
        }
        assert_eq!(
            texts("Key points\n- Five days of fighting\n- A ceasefire is holding"),
            [
                "Key points",
                "- Five days of fighting",
                "- A ceasefire is holding"
            ]
        );
        assert_eq!(
            texts("The July war\nOn 24 July rockets struck."),
            ["The July war", "On 24 July rockets struck."]
        );
        let wrapped = "The ministers agreed on Monday that the joint committee would meet\nin Amman next week, and that Jordan would export power.";
        assert_eq!(texts(wrapped).len(), 1);
        assert_eq!(texts("Talks with\nJordan went on.").len(), 1);
    }

    #[test]
    fn word_start_is_the_search_by_chars() {
        let by_chars = |before: &str| {
            before
                .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
                .map_or(0, |p| {
                    p + before[p..].chars().next().map_or(1, char::len_utf8)
                })
        };
        for before in [
            "",
            "U",
            "the U",
            "the U.S",
            "(U.N",
            "\"Gen",
            "“Gen",
            "said Mr",
            "a\u{a0}Mr",
            "a\u{2003}Mr",
            "tab\tNo",
            "vt\u{b}No",
            "ff\u{c}No",
            "Zürich St",
            "Ünal",
            "x“Ünal",
            "é (é",
            "no-space.U",
        ] {
            assert_eq!(word_start(before), by_chars(before), "{before:?}");
        }
    }

    #[test]
    fn a_run_without_sentence_ends_is_cut_at_white_space() {
        let run = "Iran and Russia ’signed’ a pact with China ".repeat(400);
        let sentences = split(&run);
        assert!(sentences.len() > 1);
        for s in &sentences {
            assert!(s.text.len() <= MAX_SENTENCE_BYTES, "{}", s.text.len());
            assert!(!s.text.starts_with(' ') && !s.text.ends_with(' '));
        }
        let words: usize = sentences
            .iter()
            .map(|s| s.text.split_whitespace().count())
            .sum();
        assert_eq!(words, run.split_whitespace().count(), "no word lost or cut");
    }

    fn texts(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|s| s.text).collect()
    }

    #[test]
    fn splits_news_prose() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The U.S. Treasury acted. Iran objected.",
                &["The U.S. Treasury acted.", "Iran objected."],
            ),
            (
                "Gen. Mark Milley met Mr. Wang on Feb. 24. They talked.",
                &["Gen. Mark Milley met Mr. Wang on Feb. 24.", "They talked."],
            ),
            (
                "Deputy Secretary Wendy R. Sherman met the U.N. envoy. No. 10 said so.",
                &[
                    "Deputy Secretary Wendy R. Sherman met the U.N. envoy.",
                    "No. 10 said so.",
                ],
            ),
            (
                "Sanctions were imposed by the U.S. The move angered Tehran.",
                &[
                    "Sanctions were imposed by the U.S.",
                    "The move angered Tehran.",
                ],
            ),
            (
                "\"We are stronger together.\" Stoltenberg said it twice!",
                &[
                    "\"We are stronger together.\"",
                    "Stoltenberg said it twice!",
                ],
            ),
            (
                "Headline Without Stop\n\nFirst paragraph here.",
                &["Headline Without Stop", "First paragraph here."],
            ),
            (
                "It rose 3.5 percent. Under E.O. 13851, as amended.",
                &["It rose 3.5 percent.", "Under E.O. 13851, as amended."],
            ),
            ("“Is it over?” he asked.", &["“Is it over?” he asked."]),
        ];
        for (text, expected) in cases {
            assert_eq!(texts(text), *expected, "splitting {text:?}");
        }
    }

    #[test]
    fn spans_slice_back_to_the_sentence() {
        let text = "  Zarif’s trip — to Beijing. Then Moscow.\n\n“Done.”  ";
        let chars: Vec<char> = text.chars().collect();
        for s in split(text) {
            assert_eq!(&text[s.span.byte_start..s.span.byte_end], s.text);
            let by_chars: String = chars[s.span.char_start..s.span.char_end].iter().collect();
            assert_eq!(by_chars, s.text);
        }
    }

    #[test]
    fn empty_and_blank_text_have_no_sentences() {
        assert!(split("").is_empty());
        assert!(split(" \n\n \t").is_empty());
    }
}
