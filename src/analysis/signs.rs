//! The signed view: which relations are friendly, hostile or neutral.
//!
//! The defaults live in `signs.tsv` next to this file (partnership,
//! support, membership and trade positive; opposition, sanctions and
//! conflict negative; official_of and meeting neutral). A user table in the
//! same format overrides the rows it lists.

use crate::error::{Error, Result};
use crate::ontology::RelationKind;
use std::collections::BTreeMap;
use std::fmt;

/// The sign of a relation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Sign {
    /// Hostile.
    Negative,
    /// Not counted.
    Neutral,
    /// Friendly.
    Positive,
}

impl Sign {
    /// The table's symbol: `+`, `-` or `0`.
    pub fn symbol(self) -> char {
        match self {
            Self::Positive => '+',
            Self::Negative => '-',
            Self::Neutral => '0',
        }
    }
}

impl fmt::Display for Sign {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Positive => "positive",
            Self::Negative => "negative",
            Self::Neutral => "neutral",
        })
    }
}

/// The sign of every relation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signs {
    signs: BTreeMap<RelationKind, Sign>,
}

const BUILTIN: &str = include_str!("signs.tsv");

impl Default for Signs {
    fn default() -> Self {
        let mut signs = Self {
            signs: RelationKind::ALL
                .iter()
                .map(|&r| (r, Sign::Neutral))
                .collect(),
        };
        signs
            .read_table("signs.tsv", BUILTIN)
            .expect("the built-in sign table is valid");
        signs
    }
}

impl Signs {
    /// The sign of `relation`.
    pub fn sign(&self, relation: RelationKind) -> Sign {
        self.signs[&relation]
    }

    /// Give `relation` a sign.
    pub fn set(&mut self, relation: RelationKind, sign: Sign) {
        self.signs.insert(relation, sign);
    }

    /// Every relation with its sign, in the ontology's order.
    pub fn iter(&self) -> impl Iterator<Item = (RelationKind, Sign)> + '_ {
        RelationKind::ALL.iter().map(|&r| (r, self.sign(r)))
    }

    /// Override signs from a table (`relation<TAB>sign`, a header line,
    /// `#` comments; sign `+`, `-` or `0`). Errors name the source and line.
    pub fn read_table(&mut self, source_name: &str, text: &str) -> Result<()> {
        let err = |line: usize, message: String| Error::Lexicon {
            source_name: source_name.to_string(),
            line,
            message,
        };
        let mut header = false;
        let mut seen = BTreeMap::new();
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let row = raw.trim_end_matches('\r');
            if row.trim().is_empty() || row.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = row.split('\t').map(str::trim).collect();
            if !header {
                if fields != ["relation", "sign"] {
                    return Err(err(
                        line,
                        format!("expected the header `relation<TAB>sign`, found `{row}`"),
                    ));
                }
                header = true;
                continue;
            }
            let [relation, sign] = fields.as_slice() else {
                return Err(err(
                    line,
                    format!("expected 2 tab-separated fields, found {}", fields.len()),
                ));
            };
            let relation: RelationKind = relation.parse().map_err(|e| err(line, format!("{e}")))?;
            let sign = match *sign {
                "+" => Sign::Positive,
                "-" => Sign::Negative,
                "0" => Sign::Neutral,
                other => {
                    return Err(err(
                        line,
                        format!("sign must be `+`, `-` or `0`, not `{other}`"),
                    ));
                }
            };
            if let Some(first) = seen.insert(relation, line) {
                return Err(err(
                    line,
                    format!("`{relation}` is already given a sign on line {first}"),
                ));
            }
            self.set(relation, sign);
        }
        if !header {
            return Err(err(
                1,
                "empty table: expected the header `relation<TAB>sign`".into(),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_mapping() {
        let signs = Signs::default();
        let by_sign = |s: Sign| -> Vec<&str> {
            signs
                .iter()
                .filter(|&(_, x)| x == s)
                .map(|(r, _)| r.as_str())
                .collect()
        };
        assert_eq!(
            by_sign(Sign::Positive),
            ["partnership", "membership", "support", "trade"]
        );
        assert_eq!(
            by_sign(Sign::Negative),
            ["sanctions", "opposition", "conflict"]
        );
        assert_eq!(by_sign(Sign::Neutral), ["official_of", "meeting"]);
    }

    #[test]
    fn user_tables_override_and_bad_rows_name_their_line() {
        let mut signs = Signs::default();
        signs
            .read_table("mine.tsv", "# mine\nrelation\tsign\nmeeting\t+\n")
            .unwrap();
        assert_eq!(signs.sign(RelationKind::Meeting), Sign::Positive);
        assert_eq!(signs.sign(RelationKind::Trade), Sign::Positive);
        let cases = [
            ("meeting\t+\n", "mine.tsv:1: expected the header"),
            ("relation\tsign\nmeeting\tyes\n", "mine.tsv:2: sign must be"),
            (
                "relation\tsign\nalliance\t+\n",
                "mine.tsv:2: unknown relation `alliance`",
            ),
            (
                "relation\tsign\nmeeting\n",
                "mine.tsv:2: expected 2 tab-separated fields",
            ),
            (
                "relation\tsign\ntrade\t+\ntrade\t-\n",
                "mine.tsv:3: `trade` is already",
            ),
            ("", "mine.tsv:1: empty table"),
        ];
        for (text, message) in cases {
            let err = Signs::default().read_table("mine.tsv", text).unwrap_err();
            assert!(err.to_string().starts_with(message), "{err}");
        }
    }
}
