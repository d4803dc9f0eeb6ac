//! The dictionary-gap report: names the dictionaries miss where it matters.
//!
//! For every sentence that holds a relation cue, the capitalized names and
//! acronyms that no mention covers are counted. Sorted most frequent first,
//! they show an analyst which armed group, leader or agency to add with
//! `--lexicon` to turn those sentences into edges.

use super::RelationExtractor;
use crate::entity::DocEntities;
use crate::mention::NAME_WORDS;
use std::collections::BTreeMap;

/// One name the dictionaries missed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    /// The name as written.
    pub name: String,
    /// How many cue sentences it appeared in.
    pub count: usize,
    /// The first sentence it appeared in, as an example.
    pub example: String,
}

/// Counts unmatched names across documents.
#[derive(Debug, Default)]
pub struct GapReport {
    seen: BTreeMap<String, (usize, String)>,
}

impl GapReport {
    /// An empty report.
    pub fn new() -> Self {
        Self::default()
    }

    /// Count the gaps of one resolved document. `known` tells names the
    /// tables know though no mention took them here ("Americans" as people,
    /// a title such as "Vice President"): adding them would change nothing.
    pub fn add(
        &mut self,
        relations: &RelationExtractor,
        text: &str,
        doc: &DocEntities,
        known: impl Fn(&str) -> bool,
    ) {
        for sentence in &doc.sentences {
            let sentence_text = &text[sentence.span.byte_start..sentence.span.byte_end];
            if relations.matcher.find(sentence_text).is_empty() {
                continue;
            }
            let tokens = &sentence.tokens;
            let mut covered = vec![false; tokens.len()];
            for m in &sentence.mentions {
                covered[m.tok_start..m.tok_end.min(tokens.len())].fill(true);
            }
            let word = |i: usize| &text[tokens[i].start..tokens[i].end];
            let is_name_word = |i: usize| {
                let w = word(i);
                w.starts_with(char::is_uppercase) && !NAME_WORDS.not_names.contains(w)
            };
            let mut i = 0;
            while i < tokens.len() {
                if covered[i] || !is_name_word(i) {
                    i += 1;
                    continue;
                }
                let start = i;
                while i < tokens.len() && !covered[i] && is_name_word(i) {
                    i += 1;
                }
                let name = &text[tokens[start].start..tokens[i - 1].end];
                let acronym =
                    name.len() >= 2 && name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit());
                // A lone capitalized word opening the sentence is usually just capitalized;
                // "I'm" and "I've" are no names.
                if (start == 0 && i - start == 1 && !acronym)
                    || name.chars().count() < 2
                    || name.starts_with("I'")
                    || name.starts_with("I’")
                    // "Mr. Speaker": an honorific is no name to add.
                    || crate::entity::HONORIFICS.contains(&name)
                    || known(name)
                {
                    continue;
                }
                let entry = self
                    .seen
                    .entry(name.to_string())
                    .or_insert_with(|| (0, sentence_text.to_string()));
                entry.0 += 1;
            }
        }
    }

    /// The gaps, most frequent first (ties by name).
    pub fn gaps(&self) -> Vec<Gap> {
        let mut gaps: Vec<Gap> = self
            .seen
            .iter()
            .map(|(name, (count, example))| Gap {
                name: name.clone(),
                count: *count,
                example: example.clone(),
            })
            .collect();
        gaps.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
        gaps
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::extract::Extractor;
    use crate::lexicon::Lexicon;

    #[test]
    fn unknown_names_near_cues_are_counted() {
        let extractor = Extractor::new(&Lexicon::builtin());
        let doc = Document::new(
            "g",
            "Fighters loyal to Zorvath attacked Mali. The ZLF attacked Niger with Zorvath units. \
             Nothing Happened Here without cues. Americans and the Vice President condemned \
             the Zorvath attack. We thank you, Mr. Speaker, and condemn the attack on Chad.",
        );
        let mut report = GapReport::new();
        extractor.add_gaps(&doc, &mut report);
        let gaps = report.gaps();
        assert_eq!(gaps[0].name, "Zorvath");
        assert_eq!(gaps[0].count, 3);
        // Known to the tables, though not an entity here: a demonym, a title.
        assert!(
            gaps.iter()
                .all(|g| g.name != "Americans" && g.name != "Vice President"),
            "{gaps:?}"
        );
        assert!(gaps.iter().any(|g| g.name == "ZLF" && g.count == 1));
        assert!(
            gaps.iter()
                .all(|g| g.name != "Mali" && g.name != "Nothing Happened Here")
        );
        // An honorific is no name to add.
        assert!(gaps.iter().all(|g| g.name != "Mr"), "{gaps:?}");
    }
}
