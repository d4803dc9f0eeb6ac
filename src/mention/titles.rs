//! Official titles ("foreign minister", "Secretary-General", "Gen.") and
//! their matcher. Titles are matched case-insensitively on word boundaries;
//! the longest title wins ("deputy foreign minister" over "foreign minister").

use super::gazetteer::on_word_boundaries;
use aho_corasick::{AhoCorasick, MatchKind};

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
    automaton: AhoCorasick,
}

impl TitleMatcher {
    /// Compile `titles`.
    pub fn new(titles: &[TitleEntry]) -> Self {
        let patterns: Vec<&str> = titles.iter().map(|t| t.title.as_str()).collect();
        let automaton = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(patterns)
            .expect("title automaton builds");
        Self { automaton }
    }

    /// Titles in `text`, leftmost-longest, on word boundaries.
    pub fn find(&self, text: &str) -> Vec<TitleMatch> {
        self.automaton
            .find_iter(text)
            .filter(|m| on_word_boundaries(text, m.start(), m.end()))
            // "Secretary General" inside "the Secretary-General's"? fine; but a
            // title glued to a hyphen ("minister-designate") is not a title start.
            .map(|m| TitleMatch {
                start: m.start(),
                end: m.end(),
                title: m.pattern().as_usize(),
            })
            .collect()
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
}
