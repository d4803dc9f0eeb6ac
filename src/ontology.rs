//! The words of the ontology (`ONTOLOGY.md`) as Rust types.
//!
//! Serde names are the ontology's words verbatim, so the JSON contract and the
//! documentation can never drift apart. Everything else in the crate speaks in
//! these types rather than in strings.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What kind of thing a graph node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A sovereign state or a territory acting as a political unit.
    Country,
    /// A named human being.
    Person,
    /// A named organization: intergovernmental, governmental, armed, commercial, media.
    Organization,
}

impl EntityKind {
    /// Every kind, in a fixed order.
    pub const ALL: [EntityKind; 3] = [Self::Country, Self::Person, Self::Organization];

    /// The ontology's word for this kind.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Country => "country",
            Self::Person => "person",
            Self::Organization => "organization",
        }
    }
}

/// The nine relation types of the ontology.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RelationKind {
    /// Cooperation, alliance, agreements (symmetric).
    Partnership,
    /// Imposer -> target.
    Sanctions,
    /// Member -> organization.
    Membership,
    /// Person -> country or organization.
    OfficialOf,
    /// Opposer -> opposed.
    Opposition,
    /// Supporter -> supported.
    Support,
    /// Meetings, visits, talks, calls (symmetric).
    Meeting,
    /// Trade, purchases, investment (symmetric).
    Trade,
    /// Fighting, attacks, war (symmetric).
    Conflict,
}

impl RelationKind {
    /// Every relation, in the ontology's order.
    pub const ALL: [RelationKind; 9] = [
        Self::Partnership,
        Self::Sanctions,
        Self::Membership,
        Self::OfficialOf,
        Self::Opposition,
        Self::Support,
        Self::Meeting,
        Self::Trade,
        Self::Conflict,
    ];

    /// The ontology's word for this relation.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Partnership => "partnership",
            Self::Sanctions => "sanctions",
            Self::Membership => "membership",
            Self::OfficialOf => "official_of",
            Self::Opposition => "opposition",
            Self::Support => "support",
            Self::Meeting => "meeting",
            Self::Trade => "trade",
            Self::Conflict => "conflict",
        }
    }

    /// Symmetric relations are stored once, with `directed: false` and the
    /// endpoints in id order, so "A meets B" and "B meets A" are one edge.
    pub fn is_symmetric(self) -> bool {
        matches!(
            self,
            Self::Partnership | Self::Meeting | Self::Trade | Self::Conflict
        )
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for RelationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing an ontology word that is not one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{word}` (expected one of: {expected})")]
pub struct UnknownWord {
    what: &'static str,
    word: String,
    expected: String,
}

impl FromStr for EntityKind {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| UnknownWord {
                what: "entity kind",
                word: s.to_string(),
                expected: Self::ALL.map(|k| k.as_str()).join(", "),
            })
    }
}

impl FromStr for RelationKind {
    type Err = UnknownWord;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| UnknownWord {
                what: "relation",
                word: s.to_string(),
                expected: Self::ALL.map(|k| k.as_str()).join(", "),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip() {
        for r in RelationKind::ALL {
            assert_eq!(r.as_str().parse::<RelationKind>().unwrap(), r);
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(json, format!("\"{}\"", r.as_str()));
        }
        for k in EntityKind::ALL {
            assert_eq!(k.as_str().parse::<EntityKind>().unwrap(), k);
        }
        assert!("alliance".parse::<RelationKind>().is_err());
    }

    #[test]
    fn exactly_four_symmetric_relations() {
        let sym: Vec<_> = RelationKind::ALL
            .into_iter()
            .filter(|r| r.is_symmetric())
            .map(|r| r.as_str())
            .collect();
        assert_eq!(sym, ["partnership", "meeting", "trade", "conflict"]);
    }
}
