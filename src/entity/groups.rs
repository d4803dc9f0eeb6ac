//! Named groups of states ("the Nordic countries", "the five Central Asian
//! states"): a reference to several states at once, resolved to the members
//! of the group that the text names.
//!
//! A communiqué often names its states once and then speaks for them as a
//! group ("The Nordic countries condemn ..."); without this, each statement
//! of the group is lost for every member.

use crate::mention::gazetteer::EntityEntry;
use crate::mention::token::number_word;
use crate::ontology::EntityKind;
use rustc_hash::FxHashMap as HashMap;

/// Header of group tables (`entity/groups.tsv`).
pub const GROUP_HEADER: &str = "group\tmembers";

/// The nouns after a group's name that make it a reference to its states.
const GROUP_NOUNS: &[&str] = &["countries", "states", "nations", "republics", "governments"];

/// One row of a group table, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupEntry {
    /// The ways of writing the group's name ("Gulf", "Gulf Arab").
    pub names: Vec<String>,
    /// The members, by entity id or label.
    pub members: Vec<String>,
}

impl GroupEntry {
    /// Parse a row `group<TAB>members`, each cell a `|`-separated list.
    pub fn parse(row: &str) -> Result<Self, String> {
        let cells: Vec<&str> = row.split('\t').collect();
        if cells.len() != 2 {
            return Err(format!(
                "expected 2 tab-separated columns (group, members), found {}",
                cells.len()
            ));
        }
        let names: Vec<String> = crate::lexicon::list_cell(cells[0])
            .map(str::to_string)
            .collect();
        let members: Vec<String> = crate::lexicon::list_cell(cells[1])
            .map(str::to_string)
            .collect();
        if names.is_empty() {
            return Err("the group's name must not be empty".into());
        }
        if members.len() < 2 {
            return Err(format!(
                "group `{}` needs at least two members, separated by |",
                names[0]
            ));
        }
        Ok(Self { names, members })
    }
}

/// The groups, compiled against the entity table.
#[derive(Debug, Clone, Default)]
pub(super) struct StateGroups {
    /// Each way of writing a group's name as its words, with the group's index.
    names: Vec<(Vec<String>, usize)>,
    /// The last words of `names` ("Nordic", "Arab", "Asian"): a group noun
    /// after any other word ("the two countries", "other nations") ends no
    /// name, and is ruled out by one probe instead of a test of every name.
    last_words: rustc_hash::FxHashSet<String>,
    /// Whether some name has no words (it would match before any noun).
    empty_name: bool,
    /// The member entries of each group (indices into the entity table).
    members: Vec<Vec<usize>>,
}

/// A group reference found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct GroupMatch {
    /// First token of the reference (the number, if any, else the name).
    pub tok_start: usize,
    /// The group (index into [`StateGroups::members`]).
    pub group: usize,
}

impl StateGroups {
    /// Compile `rows` against `entries`: members are found by id, else by
    /// label; a member no entry has is left out (a user table may name a
    /// state the entity tables lack), as is a group left with fewer than two.
    pub(super) fn new(
        rows: &[GroupEntry],
        entries: &[EntityEntry],
        by_id: &HashMap<String, usize>,
    ) -> Self {
        let by_label: HashMap<&str, usize> = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.kind == EntityKind::Country)
            .map(|(i, e)| (e.label.as_str(), i))
            .collect();
        let mut groups = Self::default();
        for row in rows {
            let members: Vec<usize> = row
                .members
                .iter()
                .filter_map(|m| by_id.get(m).or_else(|| by_label.get(m.as_str())))
                .copied()
                .collect();
            if members.len() < 2 {
                continue;
            }
            let group = groups.members.len();
            groups.members.push(members);
            for name in &row.names {
                let words = name.split_whitespace().map(str::to_string).collect();
                groups.names.push((words, group));
            }
        }
        // Longest names first: "Gulf Arab states" is read whole, not as "Arab states".
        groups
            .names
            .sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        groups.last_words = groups
            .names
            .iter()
            .filter_map(|(words, _)| words.last().cloned())
            .collect();
        groups.empty_name = groups.names.iter().any(|(words, _)| words.is_empty());
        groups
    }

    /// Whether `word` (lower case) is a noun that may end a group reference.
    pub(super) fn is_group_noun(word: &str) -> bool {
        GROUP_NOUNS.contains(&word)
    }

    /// The group whose name ends right before token `noun` (a group noun),
    /// with an optional number before it ("the five Central Asian states").
    pub(super) fn before<'t>(
        &self,
        noun: usize,
        tok: impl Fn(usize) -> &'t str,
    ) -> Option<GroupMatch> {
        // Every name with words ends with the word before the noun.
        if !self.empty_name
            && !noun
                .checked_sub(1)
                .is_some_and(|last| self.last_words.contains(tok(last)))
        {
            return None;
        }
        self.names.iter().find_map(|(words, group)| {
            let start = noun.checked_sub(words.len())?;
            if !words.iter().enumerate().all(|(k, w)| tok(start + k) == w) {
                return None;
            }
            let counted = start
                .checked_sub(1)
                .filter(|&n| number_word(&tok(n).to_lowercase()).is_some());
            Some(GroupMatch {
                tok_start: counted.unwrap_or(start),
                group: *group,
            })
        })
    }

    /// The member entries of `group`.
    pub(super) fn members(&self, group: usize) -> &[usize] {
        &self.members[group]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    /// The built-in tables and the position of each entity id.
    fn builtin() -> (Lexicon, HashMap<String, usize>) {
        let lexicon = Lexicon::builtin();
        let by_id = lexicon
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        (lexicon, by_id)
    }

    #[test]
    fn every_builtin_member_is_a_known_state() {
        let (lexicon, by_id) = builtin();
        assert!(!lexicon.groups.is_empty());
        for row in &lexicon.groups {
            let compiled = StateGroups::new(std::slice::from_ref(row), &lexicon.entities, &by_id);
            assert_eq!(
                compiled.members.first().map(Vec::len),
                Some(row.members.len()),
                "a member of {:?} is no state of the entity tables",
                row.names
            );
        }
    }

    #[test]
    fn rows_need_a_name_and_two_members() {
        assert!(GroupEntry::parse("Nordic\tDenmark|Norway").is_ok());
        assert!(GroupEntry::parse("Nordic\tDenmark").is_err());
        assert!(GroupEntry::parse("\tDenmark|Norway").is_err());
        assert!(GroupEntry::parse("Nordic").is_err());
    }

    #[test]
    fn a_name_and_a_number_before_the_noun() {
        let (lexicon, by_id) = builtin();
        let groups = StateGroups::new(&lexicon.groups, &lexicon.entities, &by_id);
        let words = ["the", "five", "Central", "Asian", "states"];
        let tok = |i: usize| words.get(i).copied().unwrap_or("");
        let found = groups.before(4, tok).expect("a group");
        assert_eq!(found.tok_start, 1);
        assert_eq!(groups.members(found.group).len(), 5);
        let words = ["the", "Asian", "states"];
        let tok = |i: usize| words.get(i).copied().unwrap_or("");
        assert_eq!(groups.before(2, tok), None);
    }
}
