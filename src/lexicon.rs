//! The knowledge the extractor runs on: entities, titles and relation cues.
//!
//! Built-in tables are TSV files next to the modules that read them
//! (`mention/data/countries.tsv`, `mention/data/organizations.tsv`,
//! `mention/data/persons.tsv`,
//! `mention/data/titles.tsv`, `relation/cues.tsv`, `entity/groups.tsv`),
//! embedded at compile time.
//! Users add their own with `--lexicon FILE`: any file in one of the four
//! formats, recognised by its header line, so an analyst can copy a row of a
//! built-in table, edit it and pass it in. User rows come after the built-in
//! ones; an entity row with an existing id adds aliases to that entity.

use crate::entity::groups::{GROUP_HEADER, GroupEntry};
use crate::error::{Error, Result};
use crate::mention::WordSet;
use crate::mention::gazetteer::EntityEntry;
use crate::mention::titles::TitleEntry;
use crate::relation::cues::CueEntry;
use rustc_hash::FxHashMap as HashMap;
use std::path::Path;
use std::sync::{LazyLock, OnceLock};

/// Header of entity tables (countries, organizations, persons).
pub const ENTITY_HEADER: &str = "id\tkind\tlabel\taliases\tadjectives\tmetonyms\tcountry";
/// Header of title tables.
pub const TITLE_HEADER: &str = "title\trole\tbody";
/// Header of relation cue tables.
pub const CUE_HEADER: &str = "cue\trelation\tpattern\tconfidence";

const BUILTIN: &[(&str, &str)] = &[
    ("countries.tsv", include_str!("mention/data/countries.tsv")),
    (
        "organizations.tsv",
        include_str!("mention/data/organizations.tsv"),
    ),
    ("persons.tsv", include_str!("mention/data/persons.tsv")),
    ("titles.tsv", include_str!("mention/data/titles.tsv")),
    ("cues.tsv", include_str!("relation/cues.tsv")),
    ("groups.tsv", include_str!("entity/groups.tsv")),
];

/// All tables, built-in and user-supplied, before compilation into matchers.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Entity rows, in table order.
    pub entities: Vec<EntityEntry>,
    /// Title rows.
    pub titles: Vec<TitleEntry>,
    /// Relation cue rows.
    pub cues: Vec<CueEntry>,
    /// Named groups of states ("Nordic": Denmark, Finland, ...).
    pub groups: Vec<GroupEntry>,
    /// Position of each entity id in `entities`, so that adding a table is
    /// linear in its rows.
    entity_index: HashMap<String, usize>,
}

impl Lexicon {
    /// The built-in tables only.
    pub fn builtin() -> Self {
        let mut lexicon = Self::default();
        for (name, text) in BUILTIN {
            lexicon
                .add_table(name, text)
                .unwrap_or_else(|e| panic!("built-in table is invalid: {e}"));
        }
        lexicon
    }

    /// Add a user table from a file.
    pub fn add_file(&mut self, path: &Path) -> Result<()> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        self.add_table(&path.display().to_string(), &text)
    }

    /// Add a table given as text; `name` is used in error messages.
    pub fn add_table(&mut self, name: &str, text: &str) -> Result<()> {
        let mut rows = data_rows(text);
        let Some((header_line, header)) = rows.next() else {
            return Err(lexicon_error(name, 1, "empty table: no header line"));
        };
        match header.trim_end() {
            ENTITY_HEADER => {
                // A row per line at most: the entries (large) are not moved as they come.
                self.entities
                    .reserve(memchr::memchr_iter(b'\n', text.as_bytes()).count());
                for (line, row) in rows {
                    let entry =
                        EntityEntry::parse(row).map_err(|m| lexicon_error(name, line, &m))?;
                    self.add_entity(entry);
                }
            }
            TITLE_HEADER => {
                for (line, row) in rows {
                    self.titles
                        .push(TitleEntry::parse(row).map_err(|m| lexicon_error(name, line, &m))?);
                }
            }
            CUE_HEADER => {
                for (line, row) in rows {
                    self.cues
                        .push(CueEntry::parse(row).map_err(|m| lexicon_error(name, line, &m))?);
                }
            }
            GROUP_HEADER => {
                for (line, row) in rows {
                    self.groups
                        .push(GroupEntry::parse(row).map_err(|m| lexicon_error(name, line, &m))?);
                }
            }
            other => {
                return Err(lexicon_error(
                    name,
                    header_line,
                    &format!(
                        "unknown header `{}`; expected one of:\n  {}\n  {}\n  {}\n  {}",
                        other.replace('\t', "\\t"),
                        ENTITY_HEADER.replace('\t', "\\t"),
                        TITLE_HEADER.replace('\t', "\\t"),
                        CUE_HEADER.replace('\t', "\\t"),
                        GROUP_HEADER.replace('\t', "\\t"),
                    ),
                ));
            }
        }
        Ok(())
    }

    /// The tables, and the position of each entity id in the first, for
    /// a compiler that keeps them ([`crate::extract::Extractor::from_lexicon`]).
    #[allow(clippy::type_complexity)]
    pub(crate) fn into_parts(
        self,
    ) -> (
        Vec<EntityEntry>,
        Vec<TitleEntry>,
        Vec<CueEntry>,
        Vec<GroupEntry>,
        HashMap<String, usize>,
    ) {
        (
            self.entities,
            self.titles,
            self.cues,
            self.groups,
            self.entity_index,
        )
    }

    fn add_entity(&mut self, entry: EntityEntry) {
        if let Some(&i) = self.entity_index.get(&entry.id) {
            self.entities[i].merge(entry);
        } else {
            self.entity_index
                .insert(entry.id.clone(), self.entities.len());
            self.entities.push(entry);
        }
    }
}

/// Non-comment, non-blank lines with their 1-based line numbers. Lines end
/// at `\n` (found with the memchr crate's search: thousands of rows are read
/// at every start), without their trailing `\r`s.
pub(crate) fn data_rows(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .map(move |end| {
            let line = &text[start..end];
            start = end + 1;
            line.trim_end_matches('\r')
        })
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
}

/// A row cut at its first tab (what `row.split_once('\t')` gives), found
/// with the memchr crate's search.
pub(crate) fn split_tab(row: &str) -> Option<(&str, &str)> {
    memchr::memchr(b'\t', row.as_bytes()).map(|tab| (&row[..tab], &row[tab + 1..]))
}

fn lexicon_error(name: &str, line: usize, message: &str) -> Error {
    Error::Lexicon {
        source_name: name.to_string(),
        line,
        message: message.to_string(),
    }
}

/// Split a `|`-separated cell into its items.
pub(crate) fn list_cell(cell: &str) -> impl Iterator<Item = &str> {
    cell.split('|').map(str::trim).filter(|s| !s.is_empty())
}

/// Header of word-list tables (`relation/words.tsv`, `entity/words.tsv`).
pub const WORD_LIST_HEADER: &str = "list\tword";

/// The word lists of one embedded table: rows `list<TAB>word`, grouped by
/// list in table order.
///
/// The rules' closed lists of verbs and nouns ("turned", "turns" ...) are
/// data an analyst edits, not code; they live in a TSV file next to the
/// module whose rules read them, embedded at compile time, and each rule
/// names its list with a [`WordList`] static.
#[derive(Debug)]
pub struct WordTable {
    /// Name of the table's file, for messages.
    name: &'static str,
    lists: HashMap<&'static str, Vec<&'static str>>,
}

impl WordTable {
    /// Parse an embedded table. The tables are part of the program, so a
    /// malformed row is a bug; the unit tests of each table parse it.
    pub fn parse(name: &'static str, text: &'static str) -> Self {
        let mut rows = data_rows(text);
        let header = rows.next().map(|(_, header)| header.trim_end());
        assert_eq!(
            header,
            Some(WORD_LIST_HEADER),
            "{name}: the first row must be the header"
        );
        let mut lists: HashMap<&'static str, Vec<&'static str>> = HashMap::default();
        for (line, row) in rows {
            let (list, word) = row
                .split_once('\t')
                .filter(|(list, word)| !list.is_empty() && !word.is_empty() && !word.contains('\t'))
                .unwrap_or_else(|| panic!("{name} line {line}: expected `list<TAB>word`"));
            lists.entry(list).or_default().push(word);
        }
        Self { name, lists }
    }

    /// The words of `list`, in table order.
    ///
    /// # Panics
    /// When the table has no such list: a rule names a list that is not
    /// there, which the tables' unit tests catch.
    pub fn list(&self, list: &str) -> &[&'static str] {
        self.lists
            .get(list)
            .unwrap_or_else(|| panic!("{}: no word list `{list}`", self.name))
    }

    /// The names of the table's lists, sorted.
    pub fn names(&self) -> Vec<&'static str> {
        let mut names: Vec<_> = self.lists.keys().copied().collect();
        names.sort_unstable();
        names
    }
}

/// One list of a [`WordTable`], read as a slice of words, whose
/// `contains` is a set's: `SOURED.contains(&word)` costs about one probe,
/// not one string comparison per word of the list (the rules ask it of
/// nearly every word they walk over).
///
/// The table is parsed on first use and the list looked up once.
pub struct WordList {
    table: &'static LazyLock<WordTable>,
    name: &'static str,
    words: OnceLock<(&'static [&'static str], WordSet)>,
}

impl WordList {
    /// The list `name` of `table`.
    pub const fn new(table: &'static LazyLock<WordTable>, name: &'static str) -> Self {
        Self {
            table,
            name,
            words: OnceLock::new(),
        }
    }

    #[inline]
    fn words(&self) -> &(&'static [&'static str], WordSet) {
        self.words.get_or_init(|| {
            let table: &'static WordTable = self.table;
            let list = table.list(self.name);
            let mut set = WordSet::with_capacity(list.len());
            for &word in list {
                set.insert(word);
            }
            (list, set)
        })
    }

    /// Whether `word` is in the list, as the slice's `contains` answers.
    /// (Inlined: the rules ask it of many words, and most are ruled out by
    /// the set's two loads.)
    #[inline]
    pub fn contains(&self, word: &&str) -> bool {
        self.words().1.contains(word)
    }
}

impl std::ops::Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.words().0
    }
}

/// Every `WordList::new(&TABLE, "name")` in `source` names a list of `table`,
/// and every list of `table` is named there: no rule reads a missing list, and
/// no list sits unread.
#[cfg(test)]
pub(crate) fn assert_lists_match_source(table: &WordTable, source: &str) {
    let mut named: Vec<&str> = source
        .split("WordList::new(&")
        .skip(1)
        .filter_map(|rest| rest.split('"').nth(1))
        .collect();
    named.sort_unstable();
    named.dedup();
    assert_eq!(named, table.names(), "{}", table.name);
    for name in table.names() {
        let words = table.list(name);
        let mut unique = words.to_vec();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(
            unique.len(),
            words.len(),
            "{}: `{name}` repeats a word",
            table.name
        );
        assert!(
            words.iter().all(|w| w.trim() == *w),
            "{}: `{name}` has spaces at an end",
            table.name
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_rows_are_the_lines_without_comments_and_blanks() {
        let reference = |text: &str| -> Vec<(usize, String)> {
            text.lines()
                .enumerate()
                .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
                .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
                .map(|(i, l)| (i, l.to_string()))
                .collect()
        };
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "a\nb",
            "a\r\n\r\nb\r",
            "# c\n  \n\tx\ty\n#\n z\r\r\n",
            "\n\n\na\n\n",
            "é\nü\r\n",
        ] {
            let rows: Vec<(usize, String)> =
                data_rows(text).map(|(i, l)| (i, l.to_string())).collect();
            assert_eq!(rows, reference(text), "{text:?}");
        }
    }
    use crate::ontology::EntityKind;
    use std::collections::{BTreeMap, BTreeSet};

    #[test]
    fn builtin_tables_parse() {
        let lexicon = Lexicon::builtin();
        let countries = lexicon
            .entities
            .iter()
            .filter(|e| e.kind == crate::ontology::EntityKind::Country)
            .count();
        assert!(countries >= 195, "{countries} countries");
        assert!(
            lexicon.entities.len() - countries >= 300,
            "too few organizations"
        );
        assert!(lexicon.titles.len() >= 100);
        assert!(!lexicon.cues.is_empty());
    }

    #[test]
    fn builtin_entity_tables_are_sorted_unique_and_unambiguous() {
        for (name, text) in &BUILTIN[..2] {
            let mut lexicon = Lexicon::default();
            lexicon.add_table(name, text).unwrap();
            let ids: Vec<&str> = lexicon.entities.iter().map(|e| e.id.as_str()).collect();
            let mut sorted = ids.clone();
            sorted.sort();
            sorted.dedup();
            assert_eq!(ids, sorted, "{name}: ids must be sorted and unique");
        }
        // Persons are grouped by country (people without one last), then by label,
        // which is how an analyst looks a leader up; ids are still unique.
        let (name, text) = BUILTIN[2];
        let mut persons = Lexicon::default();
        persons.add_table(name, text).unwrap();
        let keys: Vec<(bool, &str, &str)> = persons
            .entities
            .iter()
            .map(|e| {
                let country = e.country.as_deref().unwrap_or("");
                (country.is_empty(), country, e.label.as_str())
            })
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(
            keys, sorted,
            "{name}: rows must be sorted by country, then label"
        );
        let ids: BTreeSet<&str> = persons.entities.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids.len(),
            persons.entities.len(),
            "{name}: ids must be unique"
        );
        assert!(
            persons
                .entities
                .iter()
                .all(|e| e.kind == EntityKind::Person)
        );
        // A surface form claimed by two entities must be marked ambiguous (`?`) everywhere.
        let lexicon = Lexicon::builtin();
        let mut owners: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
        for entry in &lexicon.entities {
            for form in entry.forms() {
                if !form.ambiguous {
                    owners
                        .entry(form.text)
                        .or_default()
                        .insert(entry.id.as_str());
                }
            }
        }
        let clashes: Vec<_> = owners.iter().filter(|(_, ids)| ids.len() > 1).collect();
        assert!(
            clashes.is_empty(),
            "forms claimed twice without `?`: {clashes:?}"
        );
    }

    #[test]
    fn builtin_titles_and_cues_are_sorted_and_unique() {
        let lexicon = Lexicon::builtin();
        let titles: Vec<&str> = lexicon.titles.iter().map(|t| t.title.as_str()).collect();
        let mut sorted = titles.clone();
        sorted.sort();
        sorted.dedup();
        assert_eq!(titles, sorted);
        let cues: Vec<(&str, &str, &str)> = lexicon
            .cues
            .iter()
            .map(|c| (c.cue.as_str(), c.relation.as_str(), c.pattern.as_str()))
            .collect();
        let unique: BTreeSet<_> = cues.iter().collect();
        assert_eq!(unique.len(), cues.len(), "duplicate cue rows");
    }

    #[test]
    fn title_bodies_and_organization_countries_name_known_entities() {
        let lexicon = Lexicon::builtin();
        let ids: BTreeSet<&str> = lexicon.entities.iter().map(|e| e.id.as_str()).collect();
        for title in &lexicon.titles {
            if let Some(body) = &title.body {
                assert!(
                    ids.contains(body.as_str()),
                    "title `{}` names unknown body `{body}`",
                    title.title
                );
            }
        }
        for entity in &lexicon.entities {
            if let Some(country) = &entity.country {
                assert!(
                    ids.contains(country.as_str()),
                    "{} names unknown country `{country}`",
                    entity.id
                );
            }
        }
    }

    #[test]
    fn user_tables_are_recognised_by_header_and_errors_name_the_line() {
        let mut lexicon = Lexicon::builtin();
        let before = lexicon.entities.len();
        lexicon
            .add_table(
                "mine.tsv",
                "# my armed groups\nid\tkind\tlabel\taliases\tadjectives\tmetonyms\tcountry\n\
                 ansar-x\torganization\tAnsar X Brigade\tAXB\t\t\t\n",
            )
            .unwrap();
        assert_eq!(lexicon.entities.len(), before + 1);
        let err = lexicon
            .add_table("bad.tsv", "title\trole\tbody\nenvoy\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("bad.tsv:2:"), "{err}");
        let err = lexicon
            .add_table("odd.tsv", "name\tthing\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("unknown header"), "{err}");
    }
}
