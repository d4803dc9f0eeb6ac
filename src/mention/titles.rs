//! Official titles ("foreign minister", "Secretary-General", "Gen.") and
//! their matcher. Titles are matched case-insensitively on word boundaries;
//! the longest title wins ("deputy foreign minister" over "foreign minister").

use super::gazetteer::{alnum_before, ends_word};
use super::key::{KeyFilter, WordKey};
use super::token::{ASCII_ALNUM, Token, TokenShape};

/// One row of a title table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TitleEntry {
    /// The title phrase, lower case.
    pub title: String,
    /// The canonical role it gives a person.
    pub role: String,
    /// The entity id the title itself names (`GBR` for "chancellor of the exchequer").
    pub body: Option<String>,
}

impl TitleEntry {
    /// Parse one TSV row (see [`crate::lexicon::TITLE_HEADER`]).
    pub fn parse(row: &str) -> Result<Self, String> {
        let cells: Vec<&str> = row.split('\t').collect();
        if cells.len() != 3 {
            return Err(format!(
                "expected 3 tab-separated columns (title, role, body), found {}",
                cells.len()
            ));
        }
        let title = cells[0].trim().to_lowercase();
        let role = cells[1].trim().to_lowercase();
        if title.is_empty() || role.is_empty() {
            return Err("title and role must not be empty".into());
        }
        Ok(Self {
            title,
            role,
            body: Some(cells[2].trim())
                .filter(|b| !b.is_empty())
                .map(str::to_string),
        })
    }
}

/// A title found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleMatch {
    /// Byte offset of the start.
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
    /// Index into the title list.
    pub title: usize,
}

/// The compiled title matcher.
#[derive(Debug, Clone)]
pub struct TitleMatcher {
    trie: WordTrie,
}

impl TitleMatcher {
    /// Compile `titles`.
    pub fn new(titles: &[TitleEntry]) -> Self {
        let patterns: Vec<&str> = titles.iter().map(|t| t.title.as_str()).collect();
        Self {
            trie: WordTrie::new(&patterns),
        }
    }

    /// Titles in `text`, leftmost-longest, on word boundaries.
    pub fn find(&self, text: &str) -> Vec<TitleMatch> {
        self.trie
            .leftmost_longest_words(text)
            .into_iter()
            .map(|(start, end, title)| TitleMatch { start, end, title })
            .collect()
    }

    /// The keys of the titles' first words, in no particular order.
    pub(crate) fn first_keys(&self) -> &[WordKey] {
        self.trie.first_keys()
    }

    /// [`TitleMatcher::find_in_sentence`], where `starts` lists, in order,
    /// the tokens where a title may start: at least every token that is no
    /// [`TokenShape::Word`] and every word whose key is one of
    /// [`TitleMatcher::first_keys`].
    pub(crate) fn find_at_tokens(
        &self,
        sentence: &str,
        base: usize,
        tokens: &[Token],
        starts: impl IntoIterator<Item = usize>,
    ) -> Vec<TitleMatch> {
        self.trie
            .leftmost_longest_words_at(sentence, base, tokens, starts)
            .into_iter()
            .map(|(start, end, title)| TitleMatch { start, end, title })
            .collect()
    }

    /// What [`TitleMatcher::find`] finds in `sentence`, whose tokens are
    /// `tokens` (document offsets; the sentence starts at `base`): no
    /// search when no word of the sentence starts a title, as in most
    /// sentences, and otherwise only around the words that may take part
    /// in a match (`WordTrie::leftmost_longest_words_in`).
    pub fn find_in_sentence(
        &self,
        sentence: &str,
        base: usize,
        tokens: &[Token],
    ) -> Vec<TitleMatch> {
        self.trie
            .leftmost_longest_words_in(sentence, base, tokens)
            .into_iter()
            .map(|(start, end, title)| TitleMatch { start, end, title })
            .collect()
    }
}

/// A trie of lower-case phrases matched ignoring ASCII case, as a table of
/// transitions over the bytes that occur in them, for leftmost-longest
/// search on word boundaries ([`WordTrie::leftmost_longest_words`]).
#[derive(Debug, Clone)]
pub(crate) struct WordTrie {
    trie: DenseTrie,
    /// Whether a phrase starts with a character that is no letter or digit.
    empty_head: bool,
    /// The phrases' first words by their keys: most words of a sentence
    /// start no phrase, and are ruled out by two loads, where the trie
    /// would take a step or three to give up on one.
    first_words: KeyFilter,
    /// The keys `first_words` holds, for a caller's table of word classes.
    first_keys: Vec<WordKey>,
}

/// A trie as a table of transitions over byte classes, laid out for the
/// search loops, which take one step per byte of text: a node is named by
/// its first slot in `next` (its *state*, `node * classes`), so a step is
/// one add and one load, with no multiply, and whether a key ends at the
/// child is a bit of the transition itself, with no second table load on
/// every step (the key is looked up only for the longest match).
#[derive(Debug, Clone)]
struct DenseTrie {
    class: [u8; 256],
    classes: usize,
    /// `next[state + class[byte]]` is the child's state shifted left past
    /// the bits of [`Step`]; 0: no child (the root, state 0, is nobody's child).
    next: Vec<u32>,
    /// Per node, 1 + the first key ending there, or 0.
    out: Vec<u32>,
}

/// A transition of [`DenseTrie::next`]: the state it leads to, whether a
/// key ends there, and whether a key's first word does.
#[derive(Debug, Clone, Copy)]
struct Step(u32);

impl Step {
    /// The bit of a transition to a node where a key ends.
    const KEY: u32 = 1;
    /// The bit of a transition to a node where a key's first word ends.
    const FIRST_WORD: u32 = 2;
    /// How far the state is shifted left past those bits.
    const SHIFT: u32 = 2;

    #[inline]
    fn exists(self) -> bool {
        self.0 != 0
    }

    #[inline]
    fn state(self) -> usize {
        (self.0 >> Self::SHIFT) as usize
    }

    #[inline]
    fn ends_key(self) -> bool {
        self.0 & Self::KEY != 0
    }

    #[inline]
    fn ends_first_word(self) -> bool {
        self.0 & Self::FIRST_WORD != 0
    }
}

impl DenseTrie {
    /// The trie of `keys`, which hold no ASCII capitals: those match the
    /// same as lower-case letters.
    fn new<K: AsRef<[u8]>>(keys: &[K]) -> Self {
        let mut class = [0u8; 256];
        let mut classes = 1;
        for key in keys {
            for &b in key.as_ref() {
                if class[usize::from(b)] == 0 {
                    class[usize::from(b)] = classes as u8;
                    class[usize::from(b.to_ascii_uppercase())] = classes as u8;
                    classes += 1;
                }
            }
        }
        // At most one node per key byte, plus the root: reserved at once, the
        // table (a few hundred kilobytes) never moves while it grows.
        let most_nodes = 1 + keys.iter().map(|k| k.as_ref().len()).sum::<usize>();
        let mut next: Vec<u32> = Vec::with_capacity(most_nodes * classes);
        next.resize(classes, 0);
        let mut out: Vec<u32> = Vec::with_capacity(most_nodes);
        out.push(0);
        // Per node, the slot of the transition that leads to it (the root's is unused).
        let mut parent_slot: Vec<usize> = vec![0];
        for (id, key) in keys.iter().enumerate() {
            let key = key.as_ref();
            if key.is_empty() {
                continue;
            }
            let mut state = 0;
            for &b in key {
                let slot = state + usize::from(class[usize::from(b)]);
                if next[slot] == 0 {
                    let child = u32::try_from(next.len())
                        .ok()
                        .and_then(|state| state.checked_mul(1 << Step::SHIFT))
                        .expect("a trie of the built-in and user tables fits 30 bits of states");
                    next[slot] = child;
                    out.push(0);
                    parent_slot.push(slot);
                    next.resize(next.len() + classes, 0);
                }
                state = Step(next[slot]).state();
            }
            let node = state / classes;
            if out[node] == 0 {
                out[node] = id as u32 + 1;
                next[parent_slot[node]] |= Step::KEY;
            }
        }
        Self {
            class,
            classes,
            next,
            out,
        }
    }

    /// The transition from `state` over byte `b`.
    #[inline]
    fn step(&self, state: usize, b: u8) -> Step {
        Step(self.next[state + usize::from(self.class[usize::from(b)])])
    }

    /// The first key that ends at `state`, when [`Step::ends_key`] said one does.
    fn key_at(&self, state: usize) -> usize {
        self.out[state / self.classes] as usize - 1
    }

    /// Mark the end of `prefix`, a non-empty prefix of a key, as the end of
    /// a key's first word.
    fn mark_first_word(&mut self, prefix: &[u8]) {
        let mut slot = 0;
        let mut state = 0;
        for &b in prefix {
            slot = state + usize::from(self.class[usize::from(b)]);
            state = Step(self.next[slot]).state();
        }
        self.next[slot] |= Step::FIRST_WORD;
    }

    /// Whether `word` is the first word of a key (ignoring ASCII case).
    #[inline]
    fn is_first_word(&self, word: &[u8]) -> bool {
        let mut state = 0;
        let mut last = Step(0);
        for &b in word {
            last = self.step(state, b);
            if !last.exists() {
                return false;
            }
            state = last.state();
        }
        last.ends_first_word()
    }
}

impl WordTrie {
    /// The trie of `patterns`, lower case.
    pub(crate) fn new<S: AsRef<str>>(patterns: &[S]) -> Self {
        let keys: Vec<String> = patterns
            .iter()
            .map(|p| p.as_ref().to_ascii_lowercase())
            .collect();
        let mut trie = DenseTrie::new(&keys);
        let mut first_words: Vec<&str> = Vec::new();
        let mut empty_head = false;
        for key in &keys {
            let Some(first_word) = first_word(key) else {
                empty_head = true;
                continue;
            };
            if !first_word.is_empty() {
                trie.mark_first_word(first_word.as_bytes());
                first_words.push(first_word);
            }
        }
        let first_keys: Vec<WordKey> = first_words
            .iter()
            .map(|w| WordKey::of(w.as_bytes()))
            .collect();
        Self {
            trie,
            empty_head,
            first_words: KeyFilter::of_keys(&first_keys),
            first_keys,
        }
    }

    /// The keys of the phrases' first words, in no particular order.
    pub(crate) fn first_keys(&self) -> &[WordKey] {
        &self.first_keys
    }

    /// The longest pattern that occurs at byte `at` of `text` and ends on a
    /// word boundary, as (end, pattern); of equal patterns, the first.
    /// "permanent member" is no match in "permanent members", so a shorter
    /// pattern ("permanent") may be.
    #[inline]
    fn longest_word_at(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        let mut state = 0;
        // The end and state of the longest key so far.
        let mut best = None;
        for (i, &b) in text.as_bytes()[at..].iter().enumerate() {
            let step = self.trie.step(state, b);
            if !step.exists() {
                break;
            }
            state = step.state();
            if step.ends_key() && ends_word(text, at + i + 1) {
                best = Some((at + i + 1, state));
            }
        }
        best.map(|(end, state)| (end, self.trie.key_at(state)))
    }

    /// Leftmost-longest matches in `text` on word boundaries, as (start,
    /// end, pattern): from left to right, where no letter or digit comes
    /// before, the longest pattern that ends before no letter or digit
    /// either; the search resumes at its end. A pattern that would end inside
    /// a word hides nothing: in "permanent members of", "members of" is found
    /// when "permanent member" is a pattern too.
    pub(crate) fn leftmost_longest_words(&self, text: &str) -> Vec<(usize, usize, usize)> {
        self.search(text, None::<std::iter::Empty<usize>>)
    }

    /// What [`WordTrie::leftmost_longest_words`] finds in `sentence`, whose
    /// tokens are `tokens` (document offsets; the sentence starts at `base`),
    /// searching only the words where a match may start.
    ///
    /// A match starts after no letter or digit and ends before none, so the
    /// letters and digits its phrase starts with (all of a one-word phrase)
    /// are a whole run of letters and digits of the sentence, which is a
    /// [`TokenShape::Word`] token or part of a [`TokenShape::Joined`] one,
    /// and that run is the first word of a phrase. A match not kept hides
    /// nothing, so the search goes from one such run to the next, and a
    /// sentence with none is not searched at all. Most words of a sentence
    /// start no phrase, and are ruled out by their keys ([`Token::key`]),
    /// computed when the sentence was cut into tokens.
    pub(crate) fn leftmost_longest_words_in(
        &self,
        sentence: &str,
        base: usize,
        tokens: &[Token],
    ) -> Vec<(usize, usize, usize)> {
        let starts = self.first_words.phrase_starts(tokens);
        self.leftmost_longest_words_at(sentence, base, tokens, starts)
    }

    /// [`WordTrie::leftmost_longest_words_in`], where `starts` lists, in
    /// order, the tokens where a phrase may start: at least every token that
    /// is no [`TokenShape::Word`] and every word whose key is one of
    /// [`WordTrie::first_keys`] (marks may be left out: they start no first
    /// word, and are passed over).
    pub(crate) fn leftmost_longest_words_at(
        &self,
        sentence: &str,
        base: usize,
        tokens: &[Token],
        starts: impl IntoIterator<Item = usize>,
    ) -> Vec<(usize, usize, usize)> {
        if self.empty_head {
            return self.search(sentence, None::<std::iter::Empty<usize>>);
        }
        let bytes = sentence.as_bytes();
        // A run whose key the filter lets through: a phrase's first word, or
        // one of the few other words that share its bits. The runs are found
        // as the search asks for them, not listed first (a list allocated
        // in one sentence in two).
        let is_first_word = |start: usize, end: usize| self.trie.is_first_word(&bytes[start..end]);
        let mut starts = starts.into_iter();
        // The joined token being looked into, if any: its end and where its
        // next run of letters and digits starts.
        let mut joined: Option<(usize, usize)> = None;
        let runs = std::iter::from_fn(move || {
            loop {
                if let Some((end, run_start)) = joined {
                    // Its runs of letters and digits, between the marks that join them.
                    let mark = sentence[run_start..end]
                        .char_indices()
                        .find(|&(_, c)| !c.is_alphanumeric())
                        .map(|(i, c)| (run_start + i, c.len_utf8()));
                    let run_end = mark.map_or(end, |(j, _)| j);
                    joined = mark.map(|(j, len)| (end, j + len));
                    if run_start < run_end
                        && self
                            .first_words
                            .may_contain(WordKey::at(bytes, run_start, run_end))
                        && is_first_word(run_start, run_end)
                    {
                        return Some(run_start);
                    }
                    continue;
                }
                let t = &tokens[starts.next()?];
                let (start, end) = (t.start - base, t.end - base);
                match t.shape {
                    // Most words were ruled out by their keys, and most of
                    // those left are a phrase's first word: the search's
                    // walk from the word tells, with no walk down the word
                    // here first (a word that is no first word starts no
                    // match, as the search then finds).
                    TokenShape::Word => return Some(start),
                    TokenShape::Mark => {}
                    TokenShape::Joined => joined = Some((end, start)),
                }
            }
        });
        // A sentence with no run searches nothing.
        self.search(sentence, Some(runs))
    }

    /// The search of [`WordTrie::leftmost_longest_words`]; with `runs`, the
    /// starts of the runs of letters and digits that matter to it (see
    /// [`WordTrie::leftmost_longest_words_in`]), in order, it skips from
    /// one to the next where a word may start.
    fn search(
        &self,
        text: &str,
        runs: Option<impl Iterator<Item = usize>>,
    ) -> Vec<(usize, usize, usize)> {
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        let mut at = 0;
        // Whether no letter or digit ends at `at`: a word may start there.
        let mut word_start = true;
        // The runs not passed yet, the first one peeked at.
        let mut runs = runs.map(Iterator::peekable);
        while at < bytes.len() {
            if word_start {
                if let Some(runs) = runs.as_mut() {
                    // Up to the next run that matters (a word start too):
                    // no match starts before it.
                    while runs.next_if(|&run| run < at).is_some() {}
                    let Some(&run) = runs.peek() else {
                        break;
                    };
                    debug_assert!(!alnum_before(text, run), "a run starts a word");
                    at = run;
                }
                if let Some((end, pattern)) = self.longest_word_at(text, at) {
                    found.push((at, end, pattern));
                    at = end;
                    word_start = !alnum_before(text, at);
                } else {
                    // Past the character at `at`: most are ASCII, and need no decoding.
                    let b = bytes[at];
                    at += utf8_len(b);
                    word_start = if b < 0x80 {
                        !ASCII_ALNUM[usize::from(b)]
                    } else {
                        !alnum_before(text, at)
                    };
                }
                continue;
            }
            // Inside a word, where no match starts: on to the character after
            // its end, which is no letter or digit. ASCII letters and digits
            // are skipped in one tight loop.
            let mut end = at;
            while end < bytes.len() {
                end += bytes[end..]
                    .iter()
                    .position(|&b| !ASCII_ALNUM[usize::from(b)])
                    .unwrap_or(bytes.len() - end);
                if bytes.get(end).is_none_or(|&b| b < 0x80) {
                    break;
                }
                let c = text[end..].chars().next().unwrap_or_default();
                if !c.is_alphanumeric() {
                    break;
                }
                end += c.len_utf8();
            }
            if end == bytes.len() {
                break;
            }
            at = end + utf8_len(bytes[end]);
            word_start = true;
        }
        found
    }
}

/// The first word of a phrase, as [`WordTrie`] reads it: its letters and
/// digits up to its first other character (all of it when it has none), or
/// `None` when it starts with another character (the trie then searches
/// whole sentences, not from the phrases' first words).
pub(crate) fn first_word(phrase: &str) -> Option<&str> {
    match phrase.char_indices().find(|(_, c)| !c.is_alphanumeric()) {
        Some((0, _)) => None,
        Some((j, _)) => Some(&phrase[..j]),
        None => Some(phrase),
    }
}

/// The length of the UTF-8 sequence that starts with byte `b`.
#[inline]
fn utf8_len(b: u8) -> usize {
    match b {
        0..0xc0 => 1,
        0xc0..0xe0 => 2,
        0xe0..0xf0 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_title_case_insensitive() {
        let titles: Vec<TitleEntry> = [
            "foreign minister\tforeign minister\t",
            "deputy foreign minister\tdeputy foreign minister\t",
            "minister\tminister\t",
        ]
        .iter()
        .map(|r| TitleEntry::parse(r).unwrap())
        .collect();
        let m = TitleMatcher::new(&titles);
        let text = "the Deputy Foreign Minister met the foreign minister and Ministers";
        let found: Vec<&str> = m.find(text).iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(found, ["Deputy Foreign Minister", "foreign minister"]);
    }

    /// The search by its definition, one position and one pattern at a
    /// time: where no letter or digit comes before, the longest pattern
    /// (the first of equal ones) that matches ignoring ASCII case and ends
    /// before no letter or digit; then on from its end.
    fn reference(patterns: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        use super::super::gazetteer::{alnum_before, ends_word};
        let mut found = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let longest = (!alnum_before(text, at))
                .then(|| {
                    patterns
                        .iter()
                        .enumerate()
                        .filter(|(_, p)| {
                            text.as_bytes()[at..]
                                .get(..p.len())
                                .is_some_and(|t| t.eq_ignore_ascii_case(p.as_bytes()))
                                && ends_word(text, at + p.len())
                        })
                        .min_by_key(|(i, p)| (std::cmp::Reverse(p.len()), *i))
                })
                .flatten();
            match longest {
                Some((i, p)) if !p.is_empty() => {
                    found.push((at, at + p.len(), i));
                    at += p.len();
                }
                _ => at += text[at..].chars().next().map_or(1, char::len_utf8),
            }
        }
        found
    }

    /// Phrases for the tests against other matchers: overlapping, nested,
    /// ending in a period, starting with no letter ("-designate").
    const PATTERNS: &[&str] = &[
        "vice president",
        "president",
        "gen.",
        "lt. gen.",
        "of state",
        "secretary of state",
        "state",
        "e minister",
        "minister",
        "prime minister",
        "prime",
        "-designate",
        "s",
        "a b",
        "ab",
        "b a b",
        "é x",
        "u.s. envoy",
        "neil",
        "5 star",
    ];

    /// Words the random texts are made of: tokens of every shape.
    const WORDS: &[&str] = &[
        "novice",
        "president",
        "Vice",
        "gen.",
        "Lt.",
        "oxygen.",
        "of",
        "State",
        "prime",
        "minister",
        "ministers",
        "States",
        "-",
        "designate",
        "s",
        "a",
        "b",
        "ab",
        "ba",
        "é",
        "x",
        "É",
        "secretary",
        ",",
        "'s",
        "  ",
        "\n",
        "Xé",
        "'",
        "e",
        "U.S.",
        "envoy",
        "O'Neil",
        "Neil",
        "3.5",
        "star",
        "the",
        "’s",
        "d’Neil",
    ];

    #[test]
    fn same_matches_as_the_definition() {
        let trie = WordTrie::new(PATTERNS);
        for text in crate::mention::testing::random_texts(WORDS, 0x2545_f491_4f6c_dd1d, 3000, 12) {
            assert_eq!(
                trie.leftmost_longest_words(&text),
                reference(PATTERNS, &text),
                "{text:?}"
            );
        }
    }

    /// The search of a sentence by its tokens finds what the search of all
    /// its bytes finds, and most random sentences are not searched at all.
    #[test]
    fn search_by_tokens_finds_the_same() {
        // A phrase that starts with no letter or digit could start anywhere:
        // with one, every sentence is searched whole.
        let by_letters: Vec<&str> = PATTERNS
            .iter()
            .copied()
            .filter(|p| p.starts_with(char::is_alphanumeric))
            .collect();
        for patterns in [&by_letters[..], PATTERNS] {
            let trie = WordTrie::new(patterns);
            for text in
                crate::mention::testing::random_texts(WORDS, 0x9e37_79b9_7f4a_7c15, 20_000, 12)
            {
                let tokens = crate::mention::token::tokenize(&text, 3);
                assert_eq!(
                    trie.leftmost_longest_words_in(&text, 3, &tokens),
                    trie.leftmost_longest_words(&text),
                    "{text:?}"
                );
            }
        }
    }
}
