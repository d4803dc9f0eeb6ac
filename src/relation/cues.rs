//! Relation cue table rows and their matcher.

use crate::mention::titles::WordTrie;
use crate::mention::token::Token;
use crate::ontology::RelationKind;

/// How the participants of a cue are found around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CuePattern {
    /// A verb: subject on the left, object on the right; passives swap.
    Verb,
    /// A noun: a possessor or adjective before it acts; "on/against/with Y" after it.
    Noun,
    /// "X-backed Y": the name before the hyphen acts on the name after the cue.
    Hyphen,
    /// "NATO ally Greece": the organization before, its members after.
    OrgPrefix,
    /// "The Quad brings together Australia, India, ...", "BRICS, which includes
    /// Brazil": the organization is the subject, its members the object.
    MembersAfter,
    /// "X's move angered Y": a verb whose object feels and acts, toward the
    /// subject (Y -> X).
    Provokes,
}

impl CuePattern {
    /// The table's word for the pattern.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Verb => "verb",
            Self::Noun => "noun",
            Self::Hyphen => "hyphen",
            Self::OrgPrefix => "org-prefix",
            Self::MembersAfter => "members-after",
            Self::Provokes => "provokes",
        }
    }
}

/// One row of a cue table.
#[derive(Debug, Clone, PartialEq)]
pub struct CueEntry {
    /// The phrase, lower case.
    pub cue: String,
    /// The relation it signals.
    pub relation: RelationKind,
    /// How to find its participants.
    pub pattern: CuePattern,
    /// Confidence of an edge from this cue, in [0, 1].
    pub confidence: f64,
}

impl CueEntry {
    /// Parse one TSV row (see [`crate::lexicon::CUE_HEADER`]).
    pub fn parse(row: &str) -> Result<Self, String> {
        let cells: Vec<&str> = row.split('\t').map(str::trim).collect();
        if cells.len() != 4 {
            return Err(format!(
                "expected 4 tab-separated columns (cue, relation, pattern, confidence), found {}",
                cells.len()
            ));
        }
        let cue = cells[0].to_lowercase();
        if cue.is_empty() {
            return Err("empty cue".into());
        }
        let relation: RelationKind = cells[1].parse().map_err(|e| format!("{e}"))?;
        if relation == RelationKind::OfficialOf {
            return Err("official_of comes from titles, not from cues".into());
        }
        let pattern = match cells[2] {
            "verb" => CuePattern::Verb,
            "noun" => CuePattern::Noun,
            "hyphen" => CuePattern::Hyphen,
            "org-prefix" => CuePattern::OrgPrefix,
            "members-after" => CuePattern::MembersAfter,
            "provokes" => CuePattern::Provokes,
            other => {
                return Err(format!(
                    "unknown pattern `{other}` (expected verb, noun, hyphen, org-prefix, members-after or provokes)"
                ));
            }
        };
        let confidence: f64 = cells[3]
            .parse()
            .ok()
            .filter(|c: &f64| (0.0..=1.0).contains(c))
            .ok_or_else(|| format!("confidence `{}` is not a number in [0, 1]", cells[3]))?;
        Ok(Self {
            cue,
            relation,
            pattern,
            confidence,
        })
    }
}

/// A cue found in a text: byte range and the rows it matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueMatch<'m> {
    /// Start byte offset.
    pub start: usize,
    /// End byte offset.
    pub end: usize,
    /// Indices of every row whose cue is this text.
    pub rows: &'m [usize],
}

/// The compiled cue matcher.
#[derive(Debug, Clone)]
pub struct CueMatcher {
    trie: WordTrie,
    /// For each distinct cue text, the rows that carry it.
    rows: Vec<Vec<usize>>,
}

impl CueMatcher {
    /// Compile `cues`.
    pub fn new(cues: &[CueEntry]) -> Self {
        let mut texts: Vec<&str> = Vec::new();
        let mut rows: Vec<Vec<usize>> = Vec::new();
        // Each distinct text's index in `texts`: a lookup, not a scan of the
        // texts so far for each of the hundreds of rows (only looked up, never
        // iterated, so the order stays the table's).
        let mut index: rustc_hash::FxHashMap<&str, usize> = Default::default();
        for (i, cue) in cues.iter().enumerate() {
            let p = *index.entry(&cue.cue).or_insert_with(|| {
                texts.push(&cue.cue);
                rows.push(Vec::new());
                texts.len() - 1
            });
            rows[p].push(i);
        }
        Self {
            trie: WordTrie::new(&texts),
            rows,
        }
    }

    /// Cues in `text`, leftmost-longest, on word boundaries.
    pub fn find(&self, text: &str) -> Vec<CueMatch<'_>> {
        self.matches(self.trie.leftmost_longest_words(text))
    }

    /// The trie's (start, end, cue) matches with their table rows.
    fn matches(&self, found: Vec<(usize, usize, usize)>) -> Vec<CueMatch<'_>> {
        found
            .into_iter()
            .map(|(start, end, cue)| CueMatch {
                start,
                end,
                rows: &self.rows[cue],
            })
            .collect()
    }

    /// What [`CueMatcher::find`] finds in `sentence`, whose tokens are
    /// `tokens` (document offsets; the sentence starts at `base`): no
    /// search when no word of the sentence starts a cue, and otherwise
    /// only around the words that may take part in a match
    /// (`WordTrie::leftmost_longest_words_in`).
    pub fn find_in_sentence(
        &self,
        sentence: &str,
        base: usize,
        tokens: &[Token],
    ) -> Vec<CueMatch<'_>> {
        self.matches(self.trie.leftmost_longest_words_in(sentence, base, tokens))
    }

    /// [`CueMatcher::find_in_sentence`], where `starts` lists, in order,
    /// the tokens where a cue may start: at least every
    /// [`crate::mention::token::TokenShape::Joined`] token and every word
    /// whose key is a cue's first word's (the resolver's first pass marks
    /// those with `entity::class::CUE`); marks are passed over.
    pub(crate) fn find_at_tokens(
        &self,
        sentence: &str,
        base: usize,
        tokens: &[Token],
        starts: impl IntoIterator<Item = usize>,
    ) -> Vec<CueMatch<'_>> {
        self.matches(
            self.trie
                .leftmost_longest_words_at(sentence, base, tokens, starts),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_validated() {
        assert!(CueEntry::parse("sanctioned\tsanctions\tverb\t0.9").is_ok());
        assert!(CueEntry::parse("sanctioned\tsanction\tverb\t0.9").is_err());
        assert!(CueEntry::parse("sanctioned\tsanctions\tverb\t1.5").is_err());
        assert!(CueEntry::parse("heads\tofficial_of\tverb\t0.5").is_err());
        assert!(CueEntry::parse("x\tsanctions\tadverb\t0.5").is_err());
    }

    #[test]
    fn longest_cue_wins_and_carries_all_rows() {
        let cues: Vec<CueEntry> = [
            "sanctions\tsanctions\tnoun\t0.9",
            "sanctions\tsanctions\tverb\t0.9",
            "sanctions on\tsanctions\tnoun\t0.9",
        ]
        .iter()
        .map(|r| CueEntry::parse(r).unwrap())
        .collect();
        let m = CueMatcher::new(&cues);
        let found = m.find("Sanctions were eased; new sanctions on Iran");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].rows, vec![0, 1]);
        assert_eq!(found[1].rows, vec![2]);
    }
}
