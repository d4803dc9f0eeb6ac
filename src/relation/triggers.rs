//! Which of the word-scanning relation rules may fire in a sentence.
//!
//! Some rules ([`super::leadership`], [`super::weapons_fired_at`], ...) walk
//! every word of a sentence looking for one of a few verbs or nouns, and
//! find nothing in a sentence without one. Each such rule compares every
//! word with its words (several string comparisons a word), and most
//! sentences have none of them: one set lookup per word, shared by all the
//! rules, tells which rules can find anything. The words are the rules' own
//! lists, so a word added to a rule's list is one the gate lets through.

use crate::mention::WordSet;
use std::sync::LazyLock;

/// A rule that finds nothing in a sentence without one of its trigger words.
#[derive(Debug, Clone, Copy)]
pub(super) enum ScanRule {
    Leadership,
    HostedAndDiscussed,
    AgreedAndThanked,
    InPlaceForAVisit,
    WeaponsFiredAt,
    Listed,
    ExpelledEnvoys,
    /// The first loop of [`super::measures_named_earlier`] ("condemned the
    /// sanctions imposed by").
    MeasuresOpposed,
    /// Its second loop ("the sanctions Australia imposed on").
    MeasuresImposed,
}

/// Each gated rule and the lists of words it looks for (the lists the rule
/// itself tests each word against).
const RULES: [(ScanRule, &[&[&str]]); 9] = [
    (
        ScanRule::Leadership,
        &[super::TAKES_OFFICE, super::LED, super::LEADS],
    ),
    (
        ScanRule::HostedAndDiscussed,
        &[super::WELCOME_VERBS, super::DISCUSS_VERBS],
    ),
    (
        ScanRule::AgreedAndThanked,
        &[super::AGREE_VERBS, super::THANKS_WORDS],
    ),
    (
        ScanRule::InPlaceForAVisit,
        &[super::VISIT_NOUNS, super::VISIT_EVENTS],
    ),
    (ScanRule::WeaponsFiredAt, &[super::FIRE_VERBS]),
    (ScanRule::Listed, &[super::LISTING_VERBS]),
    (ScanRule::ExpelledEnvoys, &[super::PROTESTS, super::ORDERS]),
    (ScanRule::MeasuresOpposed, &[super::OPPOSE]),
    (ScanRule::MeasuresImposed, &[super::IMPOSED_MEASURES]),
];

/// Every trigger word of every gated rule: most words miss it in one probe.
static ANY_TRIGGER: LazyLock<WordSet> = LazyLock::new(|| {
    let mut set = WordSet::default();
    for (_, lists) in RULES {
        for list in lists {
            for &word in *list {
                set.insert(word);
            }
        }
    }
    set
});

/// The gated rules that may fire in one sentence.
#[derive(Debug, Clone, Copy)]
pub(super) struct Triggered(u16);

impl Triggered {
    /// The rules with a trigger word among `words` (the sentence's words in
    /// lower case, as the rules read them).
    pub(super) fn in_words(words: &[&str]) -> Self {
        let any = &*ANY_TRIGGER;
        let mut bits = 0u16;
        for word in words {
            if !any.contains(word) {
                continue;
            }
            for (rule, lists) in RULES {
                if lists.iter().any(|list| list.contains(word)) {
                    bits |= Self::bit(rule);
                }
            }
        }
        Self(bits)
    }

    /// Whether `rule` may find something: the sentence has one of its words.
    pub(super) fn may_fire(self, rule: ScanRule) -> bool {
        self.0 & Self::bit(rule) != 0
    }

    fn bit(rule: ScanRule) -> u16 {
        1 << rule as u8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_fires_on_its_words_only() {
        for (rule, lists) in RULES {
            for &word in lists.iter().flat_map(|l| l.iter()) {
                assert!(Triggered::in_words(&["the", word, "."]).may_fire(rule));
            }
        }
        let plain = Triggered::in_words(&["the", "two", "countries", "met", "."]);
        for (rule, _) in RULES {
            assert!(!plain.may_fire(rule));
        }
        assert!(!Triggered::in_words(&[]).may_fire(ScanRule::Listed));
    }
}
