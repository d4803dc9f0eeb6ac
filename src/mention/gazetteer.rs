//! Entity tables and the dictionary matcher built from them.
//!
//! Every surface form of every entity (label, aliases, adjectives, metonyms)
//! goes into one Aho-Corasick automaton, matched case-sensitively and on word
//! boundaries; the longest match wins ("Guinea-Bissau" over "Guinea",
//! "United Nations Security Council" over "United Nations").

use crate::lexicon::list_cell;
use crate::mention::key::{KeyFilter, WordKey};
use crate::mention::token::{ASCII_ALNUM, Token, TokenShape};
use crate::ontology::EntityKind;
use std::borrow::Cow;

/// How a surface form names its entity; decides what the mention may do in a
/// relation (an adjective stands for the state only in some positions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FormKind {
    /// The label or an alias: "Iran", "U.S.", "NATO".
    Name,
    /// A demonym or adjective: "Iranian", "Americans".
    Adjective,
    /// A capital or seat of power: "Tehran", "the Kremlin".
    Metonym,
}

/// One surface form of an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The text, case-exact.
    pub text: String,
    /// How it names the entity.
    pub kind: FormKind,
    /// Marked `?` in the table: also a common word or name, needs context.
    pub ambiguous: bool,
}

/// One row of an entity table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityEntry {
    /// Stable id (ISO 3166 alpha-3 for countries, a slug otherwise).
    pub id: String,
    /// Country, person or organization.
    pub kind: EntityKind,
    /// Canonical name.
    pub label: String,
    /// Other names.
    pub aliases: Vec<Form>,
    /// Demonyms and adjectives.
    pub adjectives: Vec<Form>,
    /// Capitals and seats of power.
    pub metonyms: Vec<Form>,
    /// For a body of one state: that state's id.
    pub country: Option<String>,
}

fn forms(cell: &str, kind: FormKind) -> Vec<Form> {
    if cell.trim().is_empty() {
        return Vec::new();
    }
    // Room for every item at once (a `|` per item after the first; blank
    // items, which are left out, are rare), not regrown as it fills.
    let mut all = Vec::with_capacity(memchr::memchr_iter(b'|', cell.as_bytes()).count() + 1);
    all.extend(list_cell(cell).map(|item| {
        let (text, ambiguous) = match item.strip_suffix('?') {
            Some(text) => (text.trim(), true),
            None => (item, false),
        };
        Form {
            text: text.to_string(),
            kind,
            ambiguous,
        }
    }));
    all
}

/// The tab-separated cells of `row`, what `row.split('\t')` gives: a byte
/// search costs less than a char pattern's on cells this short, and the
/// built-in table has thousands of rows to read at every start.
fn tab_cells(row: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(row);
    std::iter::from_fn(move || {
        let cells = rest?;
        match memchr::memchr(b'\t', cells.as_bytes()) {
            Some(tab) => {
                rest = Some(&cells[tab + 1..]);
                Some(&cells[..tab])
            }
            None => {
                rest = None;
                Some(cells)
            }
        }
    })
}

impl EntityEntry {
    /// Parse one TSV row (see [`crate::lexicon::ENTITY_HEADER`]).
    pub fn parse(row: &str) -> Result<Self, String> {
        // Seven cells in place, not a vector grown for each of the
        // thousands of rows read at every start.
        let mut cells = [""; 7];
        let mut found = 0;
        for cell in tab_cells(row) {
            if let Some(slot) = cells.get_mut(found) {
                *slot = cell;
            }
            found += 1;
        }
        if found != 7 {
            return Err(format!(
                "expected 7 tab-separated columns (id, kind, label, aliases, adjectives, metonyms, country), found {found}"
            ));
        }
        let id = cells[0].trim();
        if id.is_empty() || id.contains(char::is_whitespace) {
            return Err(format!(
                "bad id `{id}`: ids are non-empty and have no spaces"
            ));
        }
        let kind: EntityKind = cells[1].trim().parse().map_err(|e| format!("{e}"))?;
        let label = cells[2].trim();
        if label.is_empty() {
            return Err("empty label".into());
        }
        let country = Some(cells[6].trim())
            .filter(|c| !c.is_empty())
            .map(str::to_string);
        Ok(Self {
            id: id.to_string(),
            kind,
            label: label.to_string(),
            aliases: forms(cells[3], FormKind::Name),
            adjectives: forms(cells[4], FormKind::Adjective),
            metonyms: forms(cells[5], FormKind::Metonym),
            country,
        })
    }

    /// Every surface form, the label first. A label repeated with `?` among the
    /// aliases is ambiguous.
    pub fn forms(&self) -> Vec<Form> {
        let label_ambiguous = self
            .aliases
            .iter()
            .any(|a| a.ambiguous && a.text == self.label);
        let mut all = vec![Form {
            text: self.label.clone(),
            kind: FormKind::Name,
            ambiguous: label_ambiguous,
        }];
        for form in self
            .aliases
            .iter()
            .chain(&self.adjectives)
            .chain(&self.metonyms)
        {
            if form.text != self.label {
                all.push(form.clone());
            }
        }
        all
    }

    /// Fold a user row with the same id into this one.
    pub fn merge(&mut self, other: EntityEntry) {
        self.aliases.extend(other.aliases);
        self.adjectives.extend(other.adjectives);
        self.metonyms.extend(other.metonyms);
        if other.country.is_some() {
            self.country = other.country;
        }
    }
}

/// A dictionary match in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GazetteerMatch {
    /// Byte offset of the start (after any leading "the ").
    pub start: usize,
    /// Byte offset of the end.
    pub end: usize,
    /// Index of the entity in the lexicon's entity list.
    pub entity: usize,
    /// How the form names the entity.
    pub form: FormKind,
    /// Whether the form needs context to be trusted.
    pub ambiguous: bool,
}

/// The compiled dictionary matcher.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    trie: Trie,
    /// For each pattern: (entity index, form kind, ambiguous).
    patterns: Vec<(usize, FormKind, bool)>,
    /// Whether a pattern starts with whitespace (none do from TSV tables,
    /// whose cells are trimmed), which no token holds.
    blank_start: bool,
    /// The keys of the patterns' first words (their first runs of letters
    /// and digits): a pattern found at the start of a [`TokenShape::Word`]
    /// token starts with that whole token, so most words, which start no
    /// pattern, are ruled out by their keys, where the byte pairs patterns
    /// start with ([`Trie::may_start`]) let through one word in several
    /// ("Th", "Pr", "Ma") to a trie walk.
    first_words: KeyFilter,
    /// The keys `first_words` holds, for a caller's table of word classes
    /// ([`Gazetteer::find_at_tokens`]).
    first_keys: Vec<WordKey>,
    /// Whether a pattern starts with a character that is no letter or
    /// digit (none of the built-in forms does): else no mark starts one.
    mark_start: bool,
}

impl Gazetteer {
    /// Compile the forms of `entries`.
    pub fn new(entries: &[EntityEntry]) -> Self {
        let (texts, patterns) = Self::patterns(entries);
        let blank_start = texts.iter().any(|t| t.starts_with(char::is_whitespace));
        let mark_start = texts
            .iter()
            .any(|t| t.chars().next().is_some_and(|c| !c.is_alphanumeric()));
        let first_keys: Vec<WordKey> = texts
            .iter()
            .map(|t| WordKey::of(first_run(t).as_bytes()))
            .collect();
        Self {
            trie: Trie::new(&texts, false),
            patterns,
            blank_start,
            first_words: KeyFilter::of_keys(&first_keys),
            first_keys,
            mark_start,
        }
    }

    /// Whether some form starts with a character that is no letter or digit
    /// (a search then looks at marks too).
    pub(crate) fn mark_may_start(&self) -> bool {
        self.mark_start
    }

    /// The keys of the words the forms start with (their first runs of
    /// letters and digits), in no particular order, some more than once.
    pub(crate) fn first_keys(&self) -> &[WordKey] {
        &self.first_keys
    }

    /// The texts to match and, for each, (entity index, form kind, ambiguous).
    /// The texts are the entries' own, borrowed (a copy is made only of a
    /// form with curly apostrophes): the trie reads them once, and the
    /// built-in tables hold thousands, compiled at every start.
    #[allow(clippy::type_complexity)]
    fn patterns(entries: &[EntityEntry]) -> (Vec<Cow<'_, str>>, Vec<(usize, FormKind, bool)>) {
        let mut texts: Vec<Cow<'_, str>> = Vec::new();
        let mut patterns = Vec::new();
        // The patterns of the entry being added: the same text twice for one
        // entity is one pattern.
        let mut own: Vec<usize> = Vec::new();
        for (index, entry) in entries.iter().enumerate() {
            own.clear();
            let label_ambiguous = entry
                .aliases
                .iter()
                .any(|a| a.ambiguous && a.text == entry.label);
            let label = (entry.label.as_str(), FormKind::Name, label_ambiguous);
            let others = entry
                .aliases
                .iter()
                .chain(&entry.adjectives)
                .chain(&entry.metonyms)
                .filter(|form| form.text != entry.label)
                .map(|form| (form.text.as_str(), form.kind, form.ambiguous));
            for (text, kind, ambiguous) in std::iter::once(label).chain(others) {
                // Typographic apostrophes are as common in news as straight ones.
                let curly = text.contains('\'').then(|| text.replace('\'', "’"));
                for variant in std::iter::once(Cow::Borrowed(text)).chain(curly.map(Cow::Owned)) {
                    if let Some(&p) = own.iter().find(|&&p| texts[p] == variant) {
                        // Same text twice for one entity: keep the most trusted reading.
                        let slot: &mut (usize, FormKind, bool) = &mut patterns[p];
                        slot.2 &= ambiguous;
                        continue;
                    }
                    own.push(patterns.len());
                    texts.push(variant);
                    patterns.push((index, kind, ambiguous));
                }
            }
        }
        (texts, patterns)
    }

    /// All dictionary matches on word boundaries, longest first where they
    /// overlap, in text order. Where one text is claimed by several entities
    /// (all marked ambiguous), every reading is returned for the caller to choose.
    pub fn find(&self, text: &str) -> Vec<GazetteerMatch> {
        let mut candidates: Vec<GazetteerMatch> = Vec::new();
        self.trie.word_starts(text, 0, text.len(), |start| {
            self.add_at(text, start, &mut candidates)
        });
        Self::longest(candidates)
    }

    /// What [`Gazetteer::find`] finds in `sentence`, whose tokens are
    /// `tokens` (document offsets; the sentence starts at `base`): the word
    /// starts are read off the tokens, and only tokens that join several
    /// runs of letters and digits ("U.S.", "O'Connor") are looked into.
    pub fn find_in_sentence(
        &self,
        sentence: &str,
        base: usize,
        tokens: &[Token],
    ) -> Vec<GazetteerMatch> {
        let starts = self.first_words.phrase_starts(tokens);
        self.find_at_tokens(sentence, base, tokens, starts)
    }

    /// [`Gazetteer::find_in_sentence`], where `starts` lists, in order, the
    /// tokens where a form may start: at least every token that is no
    /// [`TokenShape::Word`] (marks only if [`Gazetteer::mark_may_start`])
    /// and every word whose key is one of
    /// [`Gazetteer::first_keys`] (the resolver finds those of all its
    /// tables with one probe per token).
    pub(crate) fn find_at_tokens(
        &self,
        sentence: &str,
        base: usize,
        tokens: &[Token],
        starts: impl IntoIterator<Item = usize>,
    ) -> Vec<GazetteerMatch> {
        if self.blank_start {
            return self.find(sentence);
        }
        let mut candidates: Vec<GazetteerMatch> = Vec::new();
        for t in starts.into_iter().map(|i| &tokens[i]) {
            let (start, end) = (t.start - base, t.end - base);
            match t.shape {
                // No word starts inside a word, and a pattern that starts
                // at one is followed by no letter or digit where its first
                // word ends: that word is the whole token.
                TokenShape::Word => {
                    // The key ignores case, the forms do not: "the", "to",
                    // "is" share keys with "The Gambia", "TO", "IS" and pass
                    // the filter (one word in five), and the exact test of
                    // their first two bytes rules them out before a trie walk.
                    if self.trie.may_start(sentence.as_bytes(), start)
                        && !alnum_before(sentence, start)
                    {
                        self.add_at(sentence, start, &mut candidates);
                    }
                }
                // A mark (one character, no letter or digit) starts a form
                // only if some form starts with no letter or digit.
                TokenShape::Mark if !self.mark_start => {}
                TokenShape::Mark | TokenShape::Joined => {
                    self.trie.word_starts(sentence, start, end, |start| {
                        self.add_at(sentence, start, &mut candidates);
                    });
                }
            }
        }
        Self::longest(candidates)
    }

    /// Add every occurrence of a form at byte `start` of `text` that ends
    /// on a word boundary (`start` follows no letter or digit).
    fn add_at(&self, text: &str, start: usize, candidates: &mut Vec<GazetteerMatch>) {
        self.trie.each_at(text.as_bytes(), start, |end, pattern| {
            if ends_word(text, end) {
                let (entity, form, ambiguous) = self.patterns[pattern];
                candidates.push(GazetteerMatch {
                    start,
                    end,
                    entity,
                    form,
                    ambiguous,
                });
            }
        });
    }

    /// Of `candidates`, the longest where they overlap, in text order.
    fn longest(mut candidates: Vec<GazetteerMatch>) -> Vec<GazetteerMatch> {
        if candidates.len() <= 1 {
            return candidates;
        }
        // Longest first, then leftmost; then greedily keep non-overlapping ones.
        candidates
            .sort_unstable_by_key(|m| (std::cmp::Reverse(m.end - m.start), m.start, m.entity));
        let mut kept: Vec<GazetteerMatch> = Vec::with_capacity(candidates.len());
        for m in candidates {
            // Distinct kept spans never overlap, so the one starting last
            // before a match's end is the only one to test.
            let last = kept
                .iter()
                .filter(|k| k.start < m.end)
                .max_by_key(|k| k.start);
            let overlaps =
                last.is_some_and(|k| m.start < k.end && !(k.start == m.start && k.end == m.end));
            if !overlaps {
                kept.push(m);
            }
        }
        kept.sort_unstable_by_key(|m| (m.start, m.entity));
        kept
    }
}

/// The first run of letters and digits of `text`, up to its first other
/// character (empty when `text` starts with one).
fn first_run(text: &str) -> &str {
    // Most forms are ASCII up to their first space: no char decoding then
    // (this runs for each of the built-in tables' forms at every start).
    let bytes = text.as_bytes();
    let ascii = bytes
        .iter()
        .position(|&b| !ASCII_ALNUM[usize::from(b)])
        .unwrap_or(bytes.len());
    if bytes.get(ascii).is_none_or(|&b| b < 0x80) {
        return &text[..ascii];
    }
    text.find(|c: char| !c.is_alphanumeric())
        .map_or(text, |end| &text[..end])
}

/// Whether the character ending at byte `i` is a letter or digit.
#[inline]
pub(crate) fn alnum_before(text: &str, i: usize) -> bool {
    match i.checked_sub(1).map(|j| text.as_bytes()[j]) {
        None => false,
        Some(b) if b < 0x80 => ASCII_ALNUM[usize::from(b)],
        Some(_) => alnum_char_before(text, i),
    }
}

/// [`alnum_before`] when the byte before `i` is not ASCII: out of line, so
/// that the ASCII test inlines into the loops over words.
#[cold]
#[inline(never)]
fn alnum_char_before(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// Whether a match ending at byte `end` ends a word: "U.S." ends in a
/// period, so whatever follows is fine; otherwise a letter or digit may not follow.
#[inline]
pub(crate) fn ends_word(text: &str, end: usize) -> bool {
    let bytes = text.as_bytes();
    if end > 0 && bytes[end - 1] == b'.' {
        return true;
    }
    match bytes.get(end) {
        None => true,
        Some(&b) if b < 0x80 => !b.is_ascii_alphanumeric(),
        Some(_) => !text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric),
    }
}

/// Word boundary test that lets hyphens and apostrophes touch a name
/// ("anti-American", "Liberia-flagged", "Iran's") but not letters or digits.
#[inline]
pub(crate) fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    !alnum_before(text, start) && ends_word(text, end)
}

/// One node of a [`Trie`]: its edges and the patterns that end at it.
#[derive(Debug, Clone, Copy)]
struct Node {
    /// Row of `Trie::dense` with this node's children, or `SPARSE`.
    dense: u32,
    edges_start: u32,
    edges_end: u32,
    out_start: u32,
    out_end: u32,
}

/// `Node::dense` of a node whose few children are only in the edge list.
const SPARSE: u32 = u32::MAX;

/// Nodes with at least this many children get a table row.
const DENSE_MIN: usize = 4;

/// A byte trie of patterns, walked from one position of a text: the
/// dictionary matchers need only matches that start where a word may start,
/// so they walk it there instead of running an automaton over every byte.
/// Cheap to build (a few steps per pattern byte), unlike an Aho-Corasick automaton.
#[derive(Debug, Clone)]
pub(crate) struct Trie {
    /// Compare ASCII letters case-insensitively.
    fold: bool,
    /// Rows of 256 children (0 for none) of the nodes with many children;
    /// row 0 is the root's. With `fold`, both cases of a letter are filled.
    dense: Vec<u32>,
    nodes: Vec<Node>,
    edge_bytes: Vec<u8>,
    edge_children: Vec<u32>,
    /// Pattern ids, per node, lowest first.
    outputs: Vec<usize>,
    /// The pairs of bytes patterns start with: most words start with a
    /// letter some pattern starts with ("a", "of", "the"), far fewer with such a pair.
    pairs: PairSet,
}

/// The pairs of bytes that some key starts with, a bit per pair (`first *
/// 256 + second`; after a one-byte key's byte, every pair): one load tells
/// whether a key may start at a position, where a trie walk would take a
/// step or two to give up on most words.
#[derive(Debug, Clone)]
pub(crate) struct PairSet {
    bits: Vec<u64>,
}

impl PairSet {
    /// The pairs that `keys` start with; with `fold`, in either ASCII case
    /// too (the keys are lower case). Empty keys add nothing.
    pub(crate) fn new<K: AsRef<[u8]>>(keys: &[K], fold: bool) -> Self {
        let mut set = Self {
            bits: vec![0; 256 * 256 / 64],
        };
        let cases = |b: u8| [b, if fold { b.to_ascii_uppercase() } else { b }];
        for key in keys {
            let key = key.as_ref();
            let Some(&first) = key.first() else { continue };
            for first in cases(first) {
                match key.get(1) {
                    Some(&second) => {
                        for second in cases(second) {
                            set.add(first, second);
                        }
                    }
                    None => (0..=255).for_each(|second| set.add(first, second)),
                }
            }
        }
        set
    }

    fn add(&mut self, first: u8, second: u8) {
        let bit = usize::from(first) * 256 + usize::from(second);
        self.bits[bit / 64] |= 1 << (bit % 64);
    }

    /// Whether some key starts with `first` and `second`, or is `first` alone.
    #[inline]
    pub(crate) fn contains(&self, first: u8, second: u8) -> bool {
        let bit = usize::from(first) * 256 + usize::from(second);
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }
}

impl Trie {
    /// The trie of `patterns` (ids are their indices); with `fold`, ASCII
    /// letters match either case. Empty patterns are left out.
    pub(crate) fn new<S: AsRef<str>>(patterns: &[S], fold: bool) -> Self {
        Self::from_keys(&Self::keys(patterns, fold), fold)
    }

    /// The patterns as bytes, lower-cased with `fold`.
    fn keys<S: AsRef<str>>(patterns: &[S], fold: bool) -> Vec<std::borrow::Cow<'_, [u8]>> {
        patterns
            .iter()
            .map(|p| {
                let bytes = p.as_ref().as_bytes();
                if fold && bytes.iter().any(u8::is_ascii_uppercase) {
                    std::borrow::Cow::Owned(bytes.to_ascii_lowercase())
                } else {
                    std::borrow::Cow::Borrowed(bytes)
                }
            })
            .collect()
    }

    /// The trie of byte strings `keys`, already lower-cased with `fold`.
    fn from_keys<K: AsRef<[u8]>>(keys: &[K], fold: bool) -> Self {
        let keys: Vec<&[u8]> = keys.iter().map(AsRef::as_ref).collect();
        let order: Vec<usize> = (0..keys.len()).filter(|&i| !keys[i].is_empty()).collect();
        // Byte order, ties by index. The first eight bytes as a big-endian
        // number, zero-padded, decide most comparisons of the thousands of
        // keys with one compare: numbers that differ order their keys the
        // same way (at the first byte that differs, a key that has ended is
        // a prefix of the other), and equal ones fall back to the keys.
        let prefix = |key: &[u8]| {
            let mut head = [0u8; 8];
            let n = key.len().min(8);
            head[..n].copy_from_slice(&key[..n]);
            u64::from_be_bytes(head)
        };
        let mut order: Vec<(u64, usize)> =
            order.into_iter().map(|i| (prefix(keys[i]), i)).collect();
        // Sorted as numbers first, then each run of equal prefixes (few
        // keys each) by the whole keys.
        order.sort_unstable();
        for run in order.chunk_by_mut(|a, b| a.0 == b.0) {
            if run.len() > 1 {
                run.sort_unstable_by(|&(_, a), &(_, b)| keys[a].cmp(keys[b]).then(a.cmp(&b)));
            }
        }
        let order: Vec<usize> = order.into_iter().map(|(_, i)| i).collect();
        // The keys in that order, read many times over below.
        let sorted: Vec<&[u8]> = order.iter().map(|&i| keys[i]).collect();
        // At most one node (and one edge into it) per key byte, plus the
        // root: reserved at once, the tables never move while they grow.
        let most_nodes = 1 + order.iter().map(|&i| keys[i].len()).sum::<usize>();
        let mut trie = Self {
            fold,
            dense: Vec::new(),
            nodes: Vec::with_capacity(most_nodes),
            edge_bytes: Vec::with_capacity(most_nodes),
            edge_children: Vec::with_capacity(most_nodes),
            outputs: Vec::with_capacity(order.len()),
            pairs: PairSet::new(&keys, fold),
        };
        let empty = Node {
            dense: SPARSE,
            edges_start: 0,
            edges_end: 0,
            out_start: 0,
            out_end: 0,
        };
        trie.nodes.push(empty);
        // Depth first over ranges of the sorted keys: (node, keys, depth).
        // A node's children are numbered (and their edges listed) when it is
        // taken, and its first child is taken next: the nodes of a walk down
        // one pattern lie next to each other in every table, as do most of
        // its edges, where breadth first put each level of the tens of
        // thousands of nodes (over a megabyte of tables, past the core's
        // cache) between a node and its child, one cache miss per step.
        let mut stack = vec![(0usize, 0usize, order.len(), 0usize)];
        while let Some((node, lo, hi, depth)) = stack.pop() {
            if hi - lo == 1 && node != 0 {
                // One key below the node, as below most nodes of a trie of
                // names: the rest of it is a chain of nodes with one child
                // each, numbered one after another as the walk below would
                // number them (each the next one taken), built in one loop.
                let key = sorted[lo];
                let mut node = node;
                for &b in &key[depth..] {
                    let child = trie.nodes.len();
                    trie.nodes.push(empty);
                    let edge = trie.edge_bytes.len() as u32;
                    trie.edge_bytes.push(b);
                    trie.edge_children.push(child as u32);
                    let out = trie.outputs.len() as u32;
                    trie.nodes[node] = Node {
                        dense: SPARSE,
                        edges_start: edge,
                        edges_end: edge + 1,
                        out_start: out,
                        out_end: out,
                    };
                    node = child;
                }
                let (edge, out) = (trie.edge_bytes.len() as u32, trie.outputs.len() as u32);
                trie.outputs.push(order[lo]);
                trie.nodes[node] = Node {
                    dense: SPARSE,
                    edges_start: edge,
                    edges_end: edge,
                    out_start: out,
                    out_end: out + 1,
                };
                continue;
            }
            let mut i = lo;
            let out_start = trie.outputs.len() as u32;
            while i < hi && sorted[i].len() == depth {
                trie.outputs.push(order[i]);
                i += 1;
            }
            let edges_start = trie.edge_bytes.len();
            let first_child = stack.len();
            while i < hi {
                let b = sorted[i][depth];
                let mut j = i + 1;
                while j < hi && sorted[j][depth] == b {
                    j += 1;
                }
                let child = trie.nodes.len();
                trie.nodes.push(empty);
                trie.edge_bytes.push(b);
                trie.edge_children.push(child as u32);
                stack.push((child, i, j, depth + 1));
                i = j;
            }
            // The first child on top of the stack.
            stack[first_child..].reverse();
            let edges_end = trie.edge_bytes.len();
            let mut dense = SPARSE;
            if node == 0 || edges_end - edges_start >= DENSE_MIN {
                let row = trie.dense.len();
                dense = (row / 256) as u32;
                trie.dense.resize(row + 256, 0);
                for e in edges_start..edges_end {
                    let (b, child) = (trie.edge_bytes[e], trie.edge_children[e]);
                    trie.dense[row + usize::from(b)] = child;
                    if fold {
                        trie.dense[row + usize::from(b.to_ascii_uppercase())] = child;
                    }
                }
            }
            trie.nodes[node] = Node {
                dense,
                edges_start: edges_start as u32,
                edges_end: edges_end as u32,
                out_start,
                out_end: trie.outputs.len() as u32,
            };
        }
        trie
    }

    /// Whether some pattern may occur at byte `i` of `bytes`: it starts with
    /// the byte there and the next one.
    #[inline]
    pub(crate) fn may_start(&self, bytes: &[u8], i: usize) -> bool {
        match bytes.get(i + 1) {
            Some(&second) => self.pairs.contains(bytes[i], second),
            None => self.first(bytes[i]) != 0,
        }
    }

    /// The child of the root on byte `b`, or 0.
    #[inline]
    fn first(&self, b: u8) -> usize {
        self.dense[usize::from(b)] as usize
    }

    /// The child of `node` on byte `b`, or 0; `FOLD` is `self.fold`, fixed
    /// for the whole walk so that no step tests it.
    #[inline]
    fn child<const FOLD: bool>(&self, node: &Node, b: u8) -> usize {
        if node.dense != SPARSE {
            return self.dense[node.dense as usize * 256 + usize::from(b)] as usize;
        }
        let b = if FOLD { b.to_ascii_lowercase() } else { b };
        let (s, e) = (node.edges_start as usize, node.edges_end as usize);
        // Most nodes a walk down a name passes have one child, the name's
        // next byte: one compare, no search.
        if e == s + 1 {
            return if self.edge_bytes[s] == b {
                self.edge_children[s] as usize
            } else {
                0
            };
        }
        self.edge_bytes[s..e]
            .iter()
            .position(|&x| x == b)
            .map_or(0, |k| self.edge_children[s + k] as usize)
    }

    /// Call `f(end, pattern)` for every pattern that occurs at byte `at` of
    /// `bytes`, shortest first.
    #[inline]
    pub(crate) fn each_at(&self, bytes: &[u8], at: usize, f: impl FnMut(usize, usize)) {
        // (The gazetteer's trie does not fold case.)
        if self.fold {
            self.walk::<true>(bytes, at, f);
        } else {
            self.walk::<false>(bytes, at, f);
        }
    }

    /// [`Trie::each_at`] for a trie whose `fold` is `FOLD`.
    #[inline]
    fn walk<const FOLD: bool>(&self, bytes: &[u8], at: usize, mut f: impl FnMut(usize, usize)) {
        let mut node = self.first(bytes[at]);
        let mut i = at + 1;
        while node != 0 {
            let n = &self.nodes[node];
            // Most nodes of a walk end no pattern: no slice of outputs then.
            if n.out_start != n.out_end {
                for &p in &self.outputs[n.out_start as usize..n.out_end as usize] {
                    f(i, p);
                }
            }
            let Some(&b) = bytes.get(i) else { break };
            node = self.child::<FOLD>(n, b);
            i += 1;
        }
    }

    /// Call `f(start)` for every byte offset of `text` in `from..to` (char
    /// boundaries) that follows no letter or digit and where some pattern
    /// may start.
    #[inline]
    pub(crate) fn word_starts(&self, text: &str, from: usize, to: usize, mut f: impl FnMut(usize)) {
        let bytes = text.as_bytes();
        let mut prev_alnum = alnum_before(text, from);
        let mut i = from;
        while i < to {
            let b = bytes[i];
            if b < 0x80 {
                if !prev_alnum && self.may_start(bytes, i) {
                    f(i);
                }
                prev_alnum = ASCII_ALNUM[usize::from(b)];
                i += 1;
                // No word starts in the rest of an ASCII word: skip it whole.
                if prev_alnum {
                    i += bytes[i..to]
                        .iter()
                        .position(|&b| !ASCII_ALNUM[usize::from(b)])
                        .unwrap_or(to - i);
                }
            } else {
                if !prev_alnum && self.may_start(bytes, i) {
                    f(i);
                }
                let c = text[i..].chars().next().unwrap_or_default();
                prev_alnum = c.is_alphanumeric();
                i += c.len_utf8();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gazetteer(rows: &[&str]) -> (Vec<EntityEntry>, Gazetteer) {
        let entries: Vec<EntityEntry> = rows
            .iter()
            .map(|r| EntityEntry::parse(r).unwrap())
            .collect();
        let g = Gazetteer::new(&entries);
        (entries, g)
    }

    #[test]
    fn longest_match_on_word_boundaries() {
        let (entries, g) = gazetteer(&[
            "GIN\tcountry\tGuinea\t\tGuinean\tConakry\t",
            "GNB\tcountry\tGuinea-Bissau\t\t\tBissau\t",
            "USA\tcountry\tUnited States\tUS|U.S.\tAmerican\tWashington\t",
            "un\torganization\tUnited Nations\tUN|U.N.\t\t\t",
            "unsc\torganization\tUnited Nations Security Council\tU.N. Security Council\t\t\t",
        ]);
        let text = "Guinea-Bissau, Guinea and the U.N. Security Council; anti-American USS Guinean U.S.-led";
        let found: Vec<(&str, &str)> = g
            .find(text)
            .iter()
            .map(|m| (&text[m.start..m.end], entries[m.entity].id.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("Guinea-Bissau", "GNB"),
                ("Guinea", "GIN"),
                ("U.N. Security Council", "unsc"),
                ("American", "USA"),
                ("Guinean", "GIN"),
                ("U.S.", "USA"),
            ]
        );
    }

    #[test]
    fn rows_need_seven_columns() {
        assert!(EntityEntry::parse("IRN\tcountry\tIran").is_err());
        assert!(EntityEntry::parse("IRN\tnation\tIran\t\t\t\t").is_err());
        let e = EntityEntry::parse("JOR\tcountry\tJordan\tJordan?\tJordanian\tAmman\t").unwrap();
        assert!(e.forms()[0].ambiguous);
    }

    #[test]
    fn first_run_is_up_to_the_first_other_character() {
        for (text, run) in [
            ("Iran", "Iran"),
            ("United States", "United"),
            ("U.S.", "U"),
            ("Côte d'Ivoire", "Côte"),
            ("Zürich", "Zürich"),
            ("São Tomé", "São"),
            ("-designate", ""),
            ("", ""),
            ("Iran’s", "Iran"),
        ] {
            assert_eq!(first_run(text), run, "{text:?}");
        }
    }

    #[test]
    fn curly_apostrophes_match_too() {
        let (_, g) = gazetteer(&["CIV\tcountry\tCote d'Ivoire\t\tIvorian\t\t"]);
        assert_eq!(g.find("in Cote d’Ivoire today").len(), 1);
    }

    /// What the matcher replaced: every Aho-Corasick match on word
    /// boundaries, then longest first where they overlap.
    fn reference(g: &Gazetteer, texts: &[String], text: &str) -> Vec<GazetteerMatch> {
        let automaton = aho_corasick::AhoCorasick::new(texts).unwrap();
        let mut candidates: Vec<GazetteerMatch> = automaton
            .find_overlapping_iter(text)
            .filter(|m| on_word_boundaries(text, m.start(), m.end()))
            .map(|m| {
                let (entity, form, ambiguous) = g.patterns[m.pattern().as_usize()];
                GazetteerMatch {
                    start: m.start(),
                    end: m.end(),
                    entity,
                    form,
                    ambiguous,
                }
            })
            .collect();
        candidates.sort_by_key(|m| (std::cmp::Reverse(m.end - m.start), m.start, m.entity));
        let mut kept: Vec<GazetteerMatch> = Vec::new();
        let mut spans: std::collections::BTreeMap<usize, usize> = Default::default();
        for m in candidates {
            let overlaps = spans
                .range(..m.end)
                .next_back()
                .is_some_and(|(&s, &e)| m.start < e && !(s == m.start && e == m.end));
            if !overlaps {
                spans.insert(m.start, m.end);
                kept.push(m);
            }
        }
        kept.sort_by_key(|m| (m.start, m.entity));
        kept
    }

    #[test]
    fn same_matches_as_aho_corasick() {
        let (entries, g) = gazetteer(&[
            "GIN\tcountry\tGuinea\t\tGuinean\tConakry\t",
            "GNB\tcountry\tGuinea-Bissau\t\t\tBissau\t",
            "USA\tcountry\tUnited States\tUS|U.S.|States?\tAmerican\tWashington\t",
            "un\torganization\tUnited Nations\tUN|U.N.\t\t\t",
            "unsc\torganization\tUnited Nations Security Council\tU.N. Security Council\t\t\t",
            "CIV\tcountry\tCote d'Ivoire\tIvory Coast\tIvorian\t\t",
            "x\torganization\tStates Council\tStates?\t\t\t",
        ]);
        let texts: Vec<String> = Gazetteer::patterns(&entries)
            .0
            .into_iter()
            .map(Cow::into_owned)
            .collect();
        let words = [
            "Guinea",
            "Guinea-Bissau",
            "Bissau",
            "United",
            "States",
            "Nations",
            "Security",
            "Council",
            "U.S.",
            "U.N.",
            "US",
            "USA",
            "anti",
            "-",
            "'s",
            "Cote",
            "d'Ivoire",
            "d’Ivoire",
            "Ivorian",
            "Ivory",
            "Coast",
            "é",
            "Éa",
            "x",
            ",",
            ".",
            "3.5",
            "O'Neil",
            "—",
            "(",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..3000 {
            let mut text = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for k in 0..(seed % 10) {
                let w = words[((seed >> (k * 5)) % words.len() as u64) as usize];
                text.push_str(w);
                if (seed >> (k + 40)) & 1 == 1 {
                    text.push(' ');
                }
            }
            let found = g.find(&text);
            assert_eq!(found, reference(&g, &texts, &text), "{text:?}");
            // By tokens, in a sentence that starts at byte 5 of its document.
            let tokens = crate::mention::token::tokenize(&text, 5);
            assert_eq!(g.find_in_sentence(&text, 5, &tokens), found, "{text:?}");
        }
    }
}
