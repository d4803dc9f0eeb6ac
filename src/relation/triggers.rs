//! Which of the word-scanning relation rules may fire in a sentence.
//!
//! Some rules ([`super::membership::leadership`],
//! [`super::conflict::weapons_fired_at`], ...) walk every word of a sentence
//! looking for one of a few verbs or nouns, and find nothing in a sentence
//! without one. Each such rule compares every word with its words (several
//! string comparisons a word), and most sentences have none of them: one set
//! lookup per word, shared by all the rules, tells which rules can find
//! anything. The words are the rules' own lists, so a word added to a rule's
//! list is one the gate lets through.

use crate::entity::class;
use crate::lexicon::WordList;
use crate::mention::token::Token;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// A rule that finds nothing in a sentence without one of its trigger words.
#[derive(Debug, Clone, Copy)]
pub(super) enum ScanRule {
    Leadership,
    HostedAndDiscussed,
    AttendedAndHosted,
    AgreedAndThanked,
    InPlaceForAVisit,
    WeaponsFiredAt,
    Listed,
    ExpelledEnvoys,
    /// The first loop of [`super::measures::measures_named_earlier`]
    /// ("condemned the sanctions imposed by").
    MeasuresOpposed,
    /// Its second loop ("the sanctions Australia imposed on").
    MeasuresImposed,
    /// [`super::measures::coordinated_measures`] ("has coordinated with").
    CoordinatedMeasures,
    /// [`super::measures::soured_ties`] ("relations between X and Y have
    /// soured").
    SouredTies,
    /// [`super::measures::closed_to`] ("closed its airspace to Malian flights").
    ClosedTo,
    /// [`super::stance::pact_between`] ("the treaty signed in May between X and
    /// Y").
    PactBetween,
    /// [`super::stance::called_x_a`] ("described Chile as a strategic partner").
    CalledXA,
    /// [`super::stance::turned_to_and_alongside`] ("turned to Russia for
    /// security assistance", "fighting alongside Malian troops").
    TurnedToAndAlongside,
    UrgedToStop,
    /// [`super::meeting::hosted_earlier_talks`] ("hosted the session").
    HostedEarlierTalks,
    /// [`super::membership::held_presidency`] ("under South Africa's G20
    /// presidency").
    HeldPresidency,
    /// [`super::membership::fellow_members`] ("thanked fellow members of
    /// CARICOM").
    FellowMembers,
    /// [`super::stance::rejected_accord`] ("both rejected the memorandum").
    RejectedAccord,
}

/// Each gated rule and the lists of words it looks for (the lists the rule
/// itself tests each word against).
static RULES: [(ScanRule, &[&WordList]); 21] = [
    (
        ScanRule::Leadership,
        &[
            &super::membership::TAKES_OFFICE,
            &super::membership::LED,
            &super::membership::LEADS,
        ],
    ),
    (
        ScanRule::HostedAndDiscussed,
        &[
            &super::meeting::WELCOME_VERBS,
            &super::meeting::DISCUSS_VERBS,
        ],
    ),
    (
        ScanRule::AttendedAndHosted,
        &[&super::meeting::ATTEND_WORDS],
    ),
    (
        ScanRule::AgreedAndThanked,
        &[&super::meeting::AGREE_VERBS, &super::meeting::THANKS_WORDS],
    ),
    (
        ScanRule::InPlaceForAVisit,
        &[&super::meeting::VISIT_NOUNS, &super::meeting::VISIT_EVENTS],
    ),
    (ScanRule::WeaponsFiredAt, &[&super::conflict::FIRE_VERBS]),
    (
        ScanRule::Listed,
        &[
            &super::measures::LISTING_VERBS,
            &super::measures::BANNING_VERBS,
        ],
    ),
    (
        ScanRule::ExpelledEnvoys,
        &[
            &super::measures::PROTESTS,
            &super::measures::ORDERS,
            &super::measures::RECALLS,
        ],
    ),
    (ScanRule::MeasuresOpposed, &[&super::measures::OPPOSE]),
    (
        ScanRule::MeasuresImposed,
        &[&super::measures::IMPOSED_MEASURES],
    ),
    (
        ScanRule::CoordinatedMeasures,
        &[&super::measures::COORDINATED],
    ),
    (
        ScanRule::SouredTies,
        &[&super::measures::SOURED, &super::measures::LOWERED],
    ),
    (ScanRule::ClosedTo, &[&super::measures::CLOSURES]),
    (ScanRule::PactBetween, &[&super::stance::PACTS]),
    (
        ScanRule::CalledXA,
        &[
            &super::stance::CALLING_VERBS,
            &super::stance::DISMISSING_VERBS,
        ],
    ),
    (
        ScanRule::TurnedToAndAlongside,
        &[
            &super::stance::TURN_VERBS,
            &super::stance::ALONGSIDE,
            &super::stance::RECEIVE_VERBS,
        ],
    ),
    (ScanRule::UrgedToStop, &[&super::stance::URGE_VERBS]),
    (ScanRule::HostedEarlierTalks, &[&super::meeting::HOST_VERBS]),
    (
        ScanRule::HeldPresidency,
        &[&super::membership::PRESIDENCIES],
    ),
    (
        ScanRule::FellowMembers,
        &[&super::membership::FELLOW, &super::membership::PARTNERS_IN],
    ),
    (
        ScanRule::RejectedAccord,
        &[&super::stance::ACCORD_REJECTIONS],
    ),
];

/// Every trigger word of every gated rule, with the bits of the rules that
/// have it among their words: one probe tells all of a word's rules (a test
/// of each rule's lists in turn cost about 1,600 instructions a trigger word).
static RULES_OF_WORD: LazyLock<FxHashMap<&'static str, u32>> = LazyLock::new(|| {
    let mut rules: FxHashMap<&'static str, u32> = FxHashMap::default();
    for (rule, lists) in RULES {
        for list in lists {
            // (A list's `contains` never holds the empty word.)
            for &word in list.iter().filter(|w| !w.is_empty()) {
                *rules.entry(word).or_default() |= Triggered::bit(rule);
            }
        }
    }
    rules
});

/// Every trigger word of every gated rule, some more than once: the
/// resolver's table of word classes gives their keys [`class::TRIGGER`], and
/// a token whose key misses them is no trigger word, with no look at its text.
pub(crate) fn words() -> impl Iterator<Item = &'static str> {
    RULES
        .iter()
        .flat_map(|(_, lists)| lists.iter().flat_map(|list| list.iter()))
        .copied()
}

/// The gated rules that may fire in one sentence.
#[derive(Debug, Clone, Copy)]
pub(super) struct Triggered(u32);

impl Triggered {
    /// The rules with a trigger word among `words` (the words of `tokens`
    /// in lower case, as the rules read them).
    ///
    /// A word as long as its token is the token's text with ASCII letters
    /// lowered, when it is ASCII (no other character lowers to ASCII text of
    /// its own length), so the token's key is the word's: the trigger words
    /// are ASCII, and a word whose token's key is none of theirs (its
    /// classes, set by the resolver's first pass, lack
    /// [`class::TRIGGER`]) is none of them.
    pub(super) fn in_tokens(tokens: &[Token], words: &[&str]) -> Self {
        let mut bits = 0u32;
        for (token, word) in tokens.iter().zip(words) {
            if token.classes & class::TRIGGER == 0 && word.len() == token.end - token.start {
                continue;
            }
            bits |= Self::rules_of(word);
        }
        Self(bits)
    }

    /// The bits of the rules with `word` among their words: out of line, so
    /// that the loop over every token above stays small.
    #[inline(never)]
    fn rules_of(word: &str) -> u32 {
        RULES_OF_WORD.get(word).copied().unwrap_or(0)
    }

    /// Whether `rule` may find something: the sentence has one of its words.
    pub(super) fn may_fire(self, rule: ScanRule) -> bool {
        self.0 & Self::bit(rule) != 0
    }

    fn bit(rule: ScanRule) -> u32 {
        1 << rule as u8
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mention::token::{lower_words, tokenize};

    /// The rules `Triggered` lets run in the sentence of `words`.
    fn triggered(words: &[&str]) -> Triggered {
        let text = words.join(" ");
        let mut tokens = tokenize(&text, 0);
        // Classified as the resolver's first pass does.
        crate::entity::Resolver::new(&[], &[], &[]).classify(&mut tokens);
        let mut buf = String::new();
        Triggered::in_tokens(&tokens, &lower_words(&text, &tokens, &mut buf))
    }

    #[test]
    fn no_other_character_lowers_to_ascii_of_its_length() {
        for c in (char::MIN..=char::MAX).filter(|c| !c.is_ascii()) {
            let lower: String = c.to_lowercase().collect();
            assert!(!lower.is_ascii() || lower.len() < c.len_utf8(), "{c:?}");
        }
        for (_, lists) in RULES {
            assert!(lists.iter().flat_map(|l| l.iter()).all(|w| w.is_ascii()));
        }
    }

    /// One probe of the table answers as a test of each rule's lists does.
    #[test]
    fn rules_of_a_word_are_the_rules_whose_lists_hold_it() {
        for word in words().chain(["", "the", "Met", "met", "signed ", "x"]) {
            let mut bits = 0;
            for (rule, lists) in RULES {
                if lists.iter().any(|list| list.contains(&word)) {
                    bits |= Triggered::bit(rule);
                }
            }
            assert_eq!(Triggered::rules_of(word), bits, "{word:?}");
        }
    }

    #[test]
    fn each_rule_fires_on_its_words_only() {
        for (rule, lists) in RULES {
            for &word in lists.iter().flat_map(|l| l.iter()) {
                assert!(triggered(&["the", word, "."]).may_fire(rule));
            }
        }
        let plain = triggered(&["the", "two", "countries", "met", "."]);
        for (rule, _) in RULES {
            assert!(!plain.may_fire(rule));
        }
        assert!(!triggered(&[]).may_fire(ScanRule::Listed));
    }
}
