//! Entity tables and the dictionary matcher built from them.
//!
//! Every surface form of every entity (label, aliases, adjectives, metonyms)
//! goes into one Aho-Corasick automaton, matched case-sensitively and on word
//! boundaries; the longest match wins ("Guinea-Bissau" over "Guinea",
//! "United Nations Security Council" over "United Nations").

use crate::lexicon::list_cell;
use crate::ontology::EntityKind;
use aho_corasick::{AhoCorasick, MatchKind};

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
    list_cell(cell)
        .map(|item| {
            let (text, ambiguous) = match item.strip_suffix('?') {
                Some(text) => (text.trim(), true),
                None => (item, false),
            };
            Form {
                text: text.to_string(),
                kind,
                ambiguous,
            }
        })
        .collect()
}

impl EntityEntry {
    /// Parse one TSV row (see [`crate::lexicon::ENTITY_HEADER`]).
    pub fn parse(row: &str) -> Result<Self, String> {
        let cells: Vec<&str> = row.split('\t').collect();
        if cells.len() != 7 {
            return Err(format!(
                "expected 7 tab-separated columns (id, kind, label, aliases, adjectives, metonyms, country), found {}",
                cells.len()
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
    automaton: AhoCorasick,
    /// For each pattern: (entity index, form kind, ambiguous).
    patterns: Vec<(usize, FormKind, bool)>,
}

impl Gazetteer {
    /// Compile the forms of `entries`.
    pub fn new(entries: &[EntityEntry]) -> Self {
        let mut texts: Vec<String> = Vec::new();
        let mut patterns = Vec::new();
        let mut seen = std::collections::HashMap::<(String, usize), usize>::new();
        for (index, entry) in entries.iter().enumerate() {
            for form in entry.forms() {
                // Typographic apostrophes are as common in news as straight ones.
                let mut variants = vec![form.text.clone()];
                if form.text.contains('\'') {
                    variants.push(form.text.replace('\'', "’"));
                }
                for text in variants {
                    if let Some(&p) = seen.get(&(text.clone(), index)) {
                        // Same text twice for one entity: keep the most trusted reading.
                        let slot: &mut (usize, FormKind, bool) = &mut patterns[p];
                        slot.2 &= form.ambiguous;
                        continue;
                    }
                    seen.insert((text.clone(), index), patterns.len());
                    texts.push(text);
                    patterns.push((index, form.kind, form.ambiguous));
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .expect("gazetteer automaton builds");
        Self {
            automaton,
            patterns,
        }
    }

    /// All dictionary matches on word boundaries, longest first where they
    /// overlap, in text order. Where one text is claimed by several entities
    /// (all marked ambiguous), every reading is returned for the caller to choose.
    pub fn find(&self, text: &str) -> Vec<GazetteerMatch> {
        let mut candidates: Vec<GazetteerMatch> = self
            .automaton
            .find_overlapping_iter(text)
            .filter(|m| on_word_boundaries(text, m.start(), m.end()))
            .map(|m| {
                let (entity, form, ambiguous) = self.patterns[m.pattern().as_usize()];
                GazetteerMatch {
                    start: m.start(),
                    end: m.end(),
                    entity,
                    form,
                    ambiguous,
                }
            })
            .collect();
        // Longest first, then leftmost; then greedily keep non-overlapping ones.
        candidates.sort_by_key(|m| (std::cmp::Reverse(m.end - m.start), m.start, m.entity));
        let mut kept: Vec<GazetteerMatch> = Vec::new();
        // Kept spans by start. Distinct kept spans never overlap, so the one
        // starting last before a match's end is the only one to test.
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
}

/// Word boundary test that lets hyphens and apostrophes touch a name
/// ("anti-American", "Liberia-flagged", "Iran's") but not letters or digits.
pub(crate) fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let last = text[..end].chars().next_back();
    let before_ok = before.is_none_or(|c| !c.is_alphanumeric());
    // "U.S." ends in a period, so whatever follows is fine; otherwise a letter may not follow.
    let after_ok = last == Some('.') || after.is_none_or(|c| !c.is_alphanumeric());
    before_ok && after_ok
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
    fn curly_apostrophes_match_too() {
        let (_, g) = gazetteer(&["CIV\tcountry\tCote d'Ivoire\t\tIvorian\t\t"]);
        assert_eq!(g.find("in Cote d’Ivoire today").len(), 1);
    }
}
