//! Step 5, extract: relations between the entities of a sentence.
//!
//! A cue from `cues.tsv` names the relation; argument rules find who takes
//! part, by position rather than by pairing everything in the sentence:
//! - the *agent* is a possessor or adjective right before a noun cue
//!   ("Russia's war", "American sanctions"), else the nearest group of names
//!   to the left within the clause ("Iran and China share ..."), else, for a
//!   verb joined by "and" to an earlier one, that verb's agent;
//! - the *patient* is the nearest group to the right ("sanctions on Iran");
//!   a passive ("was sanctioned by X") swaps them;
//! - symmetric relations pair the agent and patient groups, or the members
//!   of one group ("between the UK and Jordan", "Tehran and Beijing ...
//!   partnership", "UK-Saudi co-operation");
//! - reported speech: a speech verb ends the clause, so the speaker is not a
//!   participant ("X said Iran and China ...").
//!
//! An assertion filter drops what is denied, asked or hypothetical (ONTOLOGY.md,
//! "Only what the text asserts"). `official_of` edges come from titles
//! ([`crate::entity::Official`]), not cues.
//!
//! This file holds [`RelationExtractor`]: the cue-led rule and the
//! sentence-by-sentence loop that runs the others, with the word lists only
//! it reads or that several modules share. The rest, by concern:
//! - `arguments`: sentence groups and the finders of agents, patients and
//!   subjects;
//! - `emit`: groups to relations, and the checks every edge passes;
//! - `membership`, `meeting`, `measures` (sanctions, envoys, closures,
//!   ties), `stance` and `conflict`: the rules for constructions the cue-led
//!   rule reads wrongly, each with its word lists;
//! - `cues` and `triggers`: the cue table and the words that wake the
//!   rules; `lists`: the longest word lists as sets; `gaps`: the names the
//!   dictionaries miss in sentences with a cue.

mod arguments;
mod conflict;
pub mod cues;
mod emit;
pub mod gaps;
mod lists;
mod measures;
mod meeting;
mod membership;
mod stance;
pub(crate) mod triggers;
mod wars;

use crate::entity::{DocEntities, Official, SentenceEntities, class};
use crate::lexicon::{WordList, WordTable};
use crate::mention::token::{TokenShape, lower_words, number_word, starts_upper};
use crate::ontology::{EntityKind, RelationKind};
use arguments::{
    PLURAL_PARTNERS, agent_by_and_patient, before_determiners, breaks_at, clause_subject,
    group_after, groups, hyphen_rule, in_hyphenated_modifier, is_function_word, nearest_left,
    nearest_right, passive_by, relative_subject, subject_position, word_at, word_in_clause,
};
use conflict::{
    border_pair, event_agents, fights_a_third_party, recent_conflicts, weapons_fired_at,
};
use cues::{CueEntry, CueMatcher, CuePattern};
use emit::emit;
use lists::{
    GIVING_VERBS_SET, LIGHT_VERBS_SET, NOT_ASSERTED_SET, STATE_NOUNS_SET, TITLE_WORDS_SET,
};
use measures::{
    AID_NOUNS, CLOSURES, ENVOYS, FORCES_SENT_AWAY, LOWERED, SOURED, closed_to,
    coordinated_measures, counted_targets, counted_targets_named, designated_list, expelled_envoys,
    imposed_by, imposers_in, listed, measures_named_earlier, soured_ties,
    targets_listed_after_a_plural,
};
use meeting::{
    VISIT_NOUNS, agreed_and_thanked, attended_and_hosted, fronted_meeting, host_of,
    hosted_and_discussed, hosted_earlier_talks, in_place_for_a_visit, inviter_after, on_a_visit,
    welcomed_to,
};
use membership::{
    GATHERED, chairs_states, fellow_members, fronted_membership, gathered_rule, held_presidency,
    leadership, member_complement, members_after_rule, members_alongside, members_in_brackets,
    members_listed_after_body, org_prefix_rule, partners_in_a_body,
};
use rustc_hash::FxHashSet;
use stance::{
    called_x_a, fronted_backing, joint_statement, one_china, pact_between, rejected_accord,
    signed_on_a_visit, turned_to_and_alongside, urged_to_stop,
};
use std::sync::LazyLock;
use triggers::{ScanRule, Triggered};

/// One relation found in one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    /// Source entity (index into the document's entities).
    pub source: usize,
    /// Target entity.
    pub target: usize,
    /// The relation.
    pub relation: RelationKind,
    /// Sentence index.
    pub sentence: usize,
    /// Which rule and cue produced it, for `explain`.
    pub rule: String,
    /// Confidence in [0, 1].
    pub confidence: f64,
}

/// The compiled cue tables and rules.
#[derive(Debug, Clone)]
pub struct RelationExtractor {
    cues: Vec<CueEntry>,
    matcher: CueMatcher,
    /// The cue texts that some row reads as a noun: a verb cue with a noun
    /// reading is read as a verb only in verb positions.
    noun_cues: FxHashSet<String>,
    /// The first words of partnership cues ("cooperate", "agreement"): a verb
    /// of partners between a coordinated subject and a fight makes the fight
    /// something they do together.
    partnership_heads: FxHashSet<String>,
}

/// Trade verbs that are commands too ("ordered"): they buy only from a
/// seller named after "from".
static ORDERING_VERBS: WordList = WordList::new(&WORDS, "ordering_verbs");

/// Words of hoping and wishing: what a speaker "hoped" would happen is no
/// announcement of it.
static HOPES: WordList = WordList::new(&WORDS, "hopes");

/// The rules' word lists, `words.tsv` next to this file.
static WORDS: LazyLock<WordTable> =
    LazyLock::new(|| WordTable::parse("relation/words.tsv", include_str!("words.tsv")));

/// Verbs by which a sanctioner sets its own sanctions: their subject imposes
/// the "Venezuela sanctions" it eases or the "Iran sanctions list" it adds to.
static SANCTIONS_ADJUSTING_VERBS: WordList = WordList::new(&WORDS, "sanctions_adjusting_verbs");

/// Nouns for people who act, whose possessor is whom they act on: "one of
/// Ukraine's strongest supporters", "India's largest arms supplier".
static AGENT_NOUNS: WordList = WordList::new(&WORDS, "agent_nouns");

/// Nouns that "armed" modifies as an adjective ("armed group", "armed
/// forces"), where it names no one arming anyone.
static ARMED_NOUNS: WordList = WordList::new(&WORDS, "armed_nouns");

/// Words that make a statement denied or hypothetical when they stand
/// between the agent and the cue (or just before the cue).
static NOT_ASSERTED: WordList = WordList::new(&WORDS, "not_asserted");

/// Verbs that end sanctions named right after them.
static SANCTIONS_ENDED: WordList = WordList::new(&WORDS, "sanctions_ended");

/// Objects that make a verb of striking a figure of speech: "struck a
/// conciliatory tone", "strike a balance", "struck a deal" (a deal struck
/// is an agreement: `cues.tsv` has it as partnership).
static FIGURATIVE_BLOWS: WordList = WordList::new(&WORDS, "figurative_blows");
static DETENTIONS: WordList = WordList::new(&WORDS, "detentions");
static TRADE_COMPOUNDS: WordList = WordList::new(&WORDS, "trade_compounds");
static REFUSALS: WordList = WordList::new(&WORDS, "refusals");

/// Commodities a state sells: "sends its pipeline gas to Italy" is trade,
/// not aid.
pub(super) static COMMODITIES: WordList = WordList::new(&WORDS, "commodities");

/// Verbs of turning down the talks, pact or aid named right after them.
static TURNED_DOWN_BY: WordList = WordList::new(&WORDS, "turned_down_by");

/// Verbs that call off a meeting named right after them.
static MEETING_CALLED_OFF: WordList = WordList::new(&WORDS, "meeting_called_off");

/// Verbs of selling or buying before "arms": the weapons are goods.
static TRADE_VERBS: WordList = WordList::new(&WORDS, "trade_verbs");

/// Nouns after a demonym that make it stand for the state: "Chinese
/// officials", "Iranian forces".
static STATE_NOUNS: WordList = WordList::new(&WORDS, "state_nouns");

/// Verbs that hand their subject to the noun after them: "imposed sanctions",
/// "held talks", "signed an agreement", "launched an offensive".
static LIGHT_VERBS: WordList = WordList::new(&WORDS, "light_verbs");

/// Lower-case words of titles, which belong to the official's group:
/// "Kremlin spokesman Dmitry Peskov".
static TITLE_WORDS: WordList = WordList::new(&WORDS, "title_words");

/// The words that may stand right before a "standing with" or "standing
/// by" support cue, where "standing" is a verb ("keep standing with
/// Ukraine", "thanked them for standing with Guyana"), not a noun ("its
/// commercial standing with").
static BEFORE_STANDING: WordList = WordList::new(&WORDS, "before_standing");

/// Nouns of an intent to act ("rejected any attempt to annex Guyanese
/// territory"): the object of the infinitive after one is the victim of the
/// act opposed, not the target of the cue.
static INTENT_NOUNS: WordList = WordList::new(&WORDS, "intent_nouns");

/// Words of seeking or being offered membership before "to join": applying,
/// hoping or being invited to join is not membership.
static JOIN_HOPES: WordList = WordList::new(&WORDS, "join_hopes");

/// Verbs that cut support named within three words after them ("suspend
/// programme support to", "froze military aid to"): opposition.
static SUPPORT_CUTS: WordList = WordList::new(&WORDS, "support_cuts");

/// Verbs that end a partnership named within five words after them ("Niger
/// ended its military cooperation agreement with", "moved to cancel their
/// bilateral air services agreements"): opposition.
static TIES_ENDED: WordList = WordList::new(&WORDS, "ties_ended");

/// Words of courtesy that a verb of giving may offer ("offered his
/// condolences"): no gift.
static COURTESIES: WordList = WordList::new(&WORDS, "courtesies");

/// Gatherings a meeting is held for ("met in Tokyo for the Quad foreign
/// ministers' meeting"): the name before one is the occasion, no participant.
static OCCASIONS: WordList = WordList::new(&WORDS, "occasions");

/// Nouns of an act intended by their owner ("slammed the US decision to sell
/// arms to Taiwan"): the owner is the agent of the act, not coordinated with
/// the subject.
static OWNED_INTENTS: WordList = WordList::new(&WORDS, "owned_intents");

/// The light verb right after a subject, past auxiliaries and time words:
/// "The Council today adopted", "Japan has also announced".
/// "ECOWAS condemned the attack and expressed solidarity with Benin": a
/// light verb coordinated right before the noun cue at `cs`, after `from`
/// (its possessive or an intensifier may stand between). The noun is that
/// predicate's, whatever cue the first verb was.
fn coordinated_light_verb(words: &[&str], from: usize, cs: usize) -> Option<usize> {
    let mut lv = cs.checked_sub(1)?;
    while lv > from
        && matches!(
            words[lv],
            "its" | "their" | "his" | "her" | "full" | "strong"
        )
    {
        lv -= 1;
    }
    (lv > from + 1 && LIGHT_VERBS_SET.contains(words[lv]) && words[lv - 1] == "and").then_some(lv)
}

fn light_verb_after(words: &[&str], mut i: usize) -> Option<usize> {
    while i < words.len()
        && matches!(
            words[i],
            "has"
                | "have"
                | "had"
                | "was"
                | "were"
                | "been"
                | "decided"
                | "agreed"
                | "voted"
                | "moved"
                | "plans"
                | "will"
                | "would"
                | "to"
                | "also"
                | "today"
                | "yesterday"
                | "formally"
                | "officially"
                | "jointly"
                | "on"
                | "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "recently"
                | "again"
                | "already"
                | "separately"
                | "swiftly"
                | "quickly"
                | "last"
                | "week"
                | "this"
        )
    {
        i += 1;
    }
    (i < words.len() && LIGHT_VERBS_SET.contains(words[i])).then_some(i)
}

/// Heads of the names of agreements and meetings ("the Nauru-Australia
/// Treaty"): a state's name inside one is no participant of the verb.
static NAME_HEADS: WordList = WordList::new(&WORDS, "name_heads");

/// Support cues for money or goods given: with no recipient named, the
/// state the story is about receives them.
static AID_CUES: WordList = WordList::new(&WORDS, "aid_cues");

/// The state a story is about: the country named most often, when it is
/// named at least three times and more often than any other.
fn story_state(doc: &DocEntities) -> Option<usize> {
    let mut counts: Vec<(usize, usize)> = doc
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EntityKind::Country)
        .map(|(i, e)| (e.mentions, i))
        .collect();
    counts.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    match counts.as_slice() {
        [(top, i), rest @ ..]
            if *top >= 3 && rest.first().is_none_or(|(second, _)| second < top) =>
        {
            Some(*i)
        }
        _ => None,
    }
}

const BE_FORMS: &[&str] = &["is", "are", "was", "were", "been", "being", "be"];

/// What the rules carry from sentence to sentence of one document.
struct Story {
    /// The state the story is about ([`story_state`]).
    state: Option<usize>,
    /// Who imposed the latest sanctions, and in which sentence: what "the
    /// measures" and "those designated" point back to.
    sanctioner: Option<(usize, Vec<usize>)>,
    /// Targets counted but not named where they were sanctioned ("OFAC
    /// designated three people and three firms"): the names that follow
    /// ([`counted_targets_named`]).
    counted: Option<CountedTargets>,
}

/// Sanctions on targets counted but not named yet.
struct CountedTargets {
    /// The sentence that counted them.
    sentence: usize,
    /// Who sanctioned them.
    agents: Vec<usize>,
    /// How many persons are still to be named.
    persons: usize,
    /// How many firms are still to be named.
    firms: usize,
}

/// The buffers of one sentence's rules, kept from sentence to sentence of
/// a document: most sentences with names need them all, and their
/// allocations cost more than filling them.
#[derive(Default)]
struct SentenceBuffers {
    /// The sentence's lower-cased tokens ([`lower_words`]).
    lower: String,
    /// [`SentenceView::cue_token`].
    cue_token: Vec<bool>,
    /// [`SentenceView::capitalized`].
    capitalized: Vec<bool>,
}

/// What the argument rules see of a sentence besides its groups.
struct SentenceView<'s> {
    /// Lower-cased tokens.
    words: &'s [&'s str],
    /// Tokens that belong to a cue.
    cue_token: &'s [bool],
    /// Tokens written with a capital.
    capitalized: &'s [bool],
    /// Demonyms that do not stand for their state here ("the Iranian currency"):
    /// participants only as a last resort.
    weak: &'s [Group],
    /// Who acted in the latest armed action of the text ("The United States and
    /// Britain struck ..."): what "supported the operation" and "condemned the
    /// strikes" point back to.
    event_agents: &'s [(usize, String, usize)],
    /// The sentence's index in the document.
    index: usize,
    /// The latest organization named in the sentence before this one: what
    /// "Egypt and Iran became members last year" joined.
    organization_before: Option<usize>,
}

/// A group of coordinated mentions ("Germany and Luxembourg").
#[derive(Debug, Clone)]
struct Group {
    tok_start: usize,
    tok_end: usize,
    /// Where the group's words begin, a first person's title included
    /// ("Turkish President Recep Tayyip Erdogan"): where its clause position is read.
    lead: usize,
    entities: Vec<usize>,
    /// Every mention of the group is a reference ("the two countries").
    reference: bool,
    /// The group is a single organization.
    organization: bool,
    /// The group is a single person.
    person: bool,
}

impl RelationExtractor {
    /// Compile `cues`.
    pub fn new(cues: &[CueEntry]) -> Self {
        Self {
            cues: cues.to_vec(),
            matcher: CueMatcher::new(cues),
            noun_cues: cues
                .iter()
                .filter(|c| c.pattern == CuePattern::Noun)
                .map(|c| c.cue.clone())
                .collect(),
            partnership_heads: cues
                .iter()
                .filter(|c| c.relation == RelationKind::Partnership)
                .filter_map(|c| c.cue.split(' ').next().map(str::to_string))
                .collect(),
        }
    }

    /// All relations of a resolved document.
    pub fn extract(&self, text: &str, doc: &DocEntities) -> Vec<Relation> {
        let mut out = Vec::new();
        let mut story = Story {
            state: story_state(doc),
            sanctioner: None,
            counted: None,
        };
        let mut buffers = SentenceBuffers::default();
        // Entities named in the sentences read so far.
        let mut seen = vec![false; doc.entities.len()];
        let known_wars = wars::named_sides(doc);
        for index in 0..doc.sentences.len() {
            self.sentence_relations(text, doc, index, &mut story, &mut buffers, &mut out);
            if !known_wars.is_empty() {
                wars::known_wars_named(text, doc, index, &known_wars, &mut out);
            }
            counted_targets_named(text, doc, index, &mut story.counted, &seen, &mut out);
            for m in &doc.sentences[index].mentions {
                seen[m.entity] = true;
            }
            // Who imposed the sanctions found here, for "the measures" later on.
            let imposers = imposers_in(&out, index, &[]);
            if !imposers.is_empty() {
                story.sanctioner = Some((index, imposers));
            }
        }
        // "A spokesperson speaks for the state": what a spokesperson does, their
        // state does (the ontology's ruling; the person as actor is optional).
        // So does a delegate at the UN ("Rwanda's representative, Ernest
        // Rwamucyo, rejected").
        let spokesperson_states: Vec<(usize, usize)> = doc
            .officials
            .iter()
            .filter(|o| {
                doc.entities[o.person].role.as_deref().is_some_and(|r| {
                    r.contains("spokesperson")
                        || r.ends_with("press secretary")
                        || r.ends_with("representative")
                        || r == "delegate"
                })
            })
            // A ministry's spokesperson speaks for the ministry's state.
            .filter_map(|o| match doc.entities[o.body].kind {
                EntityKind::Country => Some((o.person, o.body)),
                _ => doc.entities[o.body].state.map(|state| (o.person, state)),
            })
            .collect();
        if !spokesperson_states.is_empty() {
            let spoken: Vec<Relation> = out
                .iter()
                .flat_map(|r| {
                    spokesperson_states
                        .iter()
                        .filter(move |(person, state)| r.source == *person && r.target != *state)
                        .map(move |&(_, state)| Relation {
                            source: state,
                            rule: format!("{} (spokesperson for the state)", r.rule),
                            ..r.clone()
                        })
                })
                .collect();
            out.extend(spoken);
        }
        // An office presumed from a title that named no body is not held
        // where that body sanctions the person ("Those sanctioned include
        // Interior Minister X" in a British release: a Georgian minister).
        let sanctioned_by = |official: &Official| {
            official.presumed
                && out.iter().any(|r| {
                    r.relation == RelationKind::Sanctions
                        && r.source == official.body
                        && r.target == official.person
                })
        };
        let offices: Vec<Relation> = doc
            .officials
            .iter()
            .filter(|o| o.person != o.body && !sanctioned_by(o))
            .map(|official| Relation {
                source: official.person,
                target: official.body,
                relation: RelationKind::OfficialOf,
                sentence: official.sentence,
                rule: if official.implied {
                    "title: body's state".into()
                } else if official.possessive {
                    "state's possessive before a name".into()
                } else {
                    "title".into()
                },
                confidence: if official.implied || official.possessive {
                    0.7
                } else {
                    0.9
                },
            })
            .collect();
        out.extend(offices);
        chairs_states(text, doc, &mut out);
        out
    }

    fn sentence_relations(
        &self,
        text: &str,
        doc: &DocEntities,
        index: usize,
        story: &mut Story,
        buffers: &mut SentenceBuffers,
        out: &mut Vec<Relation>,
    ) {
        let sentence = &doc.sentences[index];
        let tokens = &sentence.tokens;
        if tokens.is_empty() || sentence.mentions.is_empty() {
            return;
        }
        let sentence_text = &text[sentence.span.byte_start..sentence.span.byte_end];
        if sentence_text
            .trim_end_matches(['"', '”', '\'', '’', ')'])
            .ends_with('?')
        {
            return; // a question asserts nothing
        }
        let SentenceBuffers {
            lower,
            cue_token,
            capitalized,
        } = buffers;
        let words = lower_words(text, tokens, lower);
        let word = |i: usize| word_at(&words, i);
        let base = sentence.span.byte_start;
        let headline = is_headline(text, sentence);
        // Agent and patient groups of earlier cues, for "help Iran and oppose X".
        let mut previous: Option<(usize, Option<Group>, Option<Group>)> = None;
        // Where a cue may start: the tokens whose keys the resolver's first
        // pass found among the cues' first words (the resolver and this
        // matcher are compiled from the same cue table), and the joined
        // tokens, whose runs of letters are looked into (a mark starts no
        // cue's first word, and the search passes marks over).
        let cue_starts = tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.classes & class::CUE != 0 || t.shape == TokenShape::Joined)
            .map(|(i, _)| i);
        let cue_matches = self
            .matcher
            .find_at_tokens(sentence_text, base, tokens, cue_starts);
        // Tokens of every cue: a verb's object lies before the next cue ("lobbied against
        // western sanctions on Iran": Iran belongs to "sanctions").
        cue_token.clear();
        cue_token.resize(tokens.len(), false);
        for cue in &cue_matches {
            let cs = tokens.partition_point(|t| t.end <= base + cue.start);
            let ce = tokens
                .partition_point(|t| t.start < base + cue.end)
                .max(cs + 1);
            // "extremist states such as Algeria": a word that is a cue only after
            // an organization ("NATO states") is none without one.
            let org_prefix_only = cue
                .rows
                .iter()
                .all(|&row| self.cues[row].pattern == CuePattern::OrgPrefix);
            let after_organization = || {
                sentence.mentions.iter().any(|m| {
                    m.tok_end <= cs
                        && cs - m.tok_end <= 3
                        && doc.entities[m.entity].kind == EntityKind::Organization
                })
            };
            if !starts_upper(&text[tokens[cs].start..tokens[cs].end])
                && (!org_prefix_only || after_organization())
            {
                cue_token[cs..ce.min(tokens.len())].fill(true);
            }
        }
        capitalized.clear();
        capitalized.extend(tokens.iter().map(|t| t.capital));
        let (mut groups, weak) = groups(sentence, &words, capitalized, doc, cue_token);
        if groups.is_empty() {
            return;
        }
        governments_of_leaders(doc, &words, &mut groups);
        let event_agents = recent_conflicts(out, index);
        let view = SentenceView {
            words: &words,
            cue_token,
            capitalized,
            weak: &weak,
            event_agents: &event_agents,
            index,
            // (Past a short question heading and its answer: "IS ARMENIA
            // LEAVING? Not formally. Armenia is still one of the six member
            // states": up to three sentences back.)
            organization_before: {
                let mut body = None;
                for before in doc.sentences[index.saturating_sub(3)..index].iter().rev() {
                    body = before
                        .mentions
                        .iter()
                        .rev()
                        .find(|m| doc.entities[m.entity].kind == EntityKind::Organization)
                        .map(|m| m.entity);
                    if body.is_some() || before.tokens.len() > 6 {
                        break;
                    }
                }
                body
            },
        };
        // Rules that walk every word for a few verbs or nouns run only where
        // the sentence has one (most have none).
        let triggered = Triggered::in_tokens(tokens, &words);
        if triggered.may_fire(ScanRule::Leadership) {
            leadership(doc, index, &groups, &words, out);
        }
        fronted_meeting(doc, index, &groups, &words, out);
        if triggered.may_fire(ScanRule::RejectedAccord) {
            rejected_accord(doc, index, &groups, &words, out);
        }
        if triggered.may_fire(ScanRule::HostedAndDiscussed) {
            hosted_and_discussed(doc, index, &groups, &words, out);
        }
        if triggered.may_fire(ScanRule::AttendedAndHosted) {
            attended_and_hosted(doc, index, &groups, &words, out);
        }
        if triggered.may_fire(ScanRule::AgreedAndThanked) {
            agreed_and_thanked(doc, index, &groups, &words, out);
        }
        if triggered.may_fire(ScanRule::InPlaceForAVisit) {
            in_place_for_a_visit(doc, index, sentence, &groups, &words, out);
        }
        if triggered.may_fire(ScanRule::TurnedToAndAlongside) {
            turned_to_and_alongside(doc, index, &groups, &words, out);
        }
        if triggered.may_fire(ScanRule::UrgedToStop) {
            urged_to_stop(doc, index, &groups, &words, out);
        }
        if triggered.may_fire(ScanRule::HostedEarlierTalks) {
            hosted_earlier_talks(doc, index, &groups, &words, out);
        }
        if triggered.may_fire(ScanRule::CalledXA) {
            called_x_a(doc, index, &groups, &weak, &words, out);
        }
        if triggered.may_fire(ScanRule::PactBetween) {
            pact_between(doc, index, &groups, &sentence.mentions, &words, out);
        }
        if triggered.may_fire(ScanRule::ClosedTo) {
            closed_to(doc, index, &groups, &sentence.mentions, &words, out);
        }
        if triggered.may_fire(ScanRule::SouredTies) {
            soured_ties(doc, index, &groups, &words, out);
        }
        if triggered.may_fire(ScanRule::WeaponsFiredAt) {
            weapons_fired_at(doc, index, &groups, &words, out);
        }
        if triggered.may_fire(ScanRule::ExpelledEnvoys) {
            expelled_envoys(doc, index, &groups, &sentence.mentions, &words, out);
        }
        if triggered.may_fire(ScanRule::Listed) {
            listed(doc, index, &groups, &words, out);
        }
        members_in_brackets(doc, index, &groups, &words, out);
        fronted_backing(doc, index, &groups, &words, out);
        one_china(doc, index, &groups, &words, out);
        if triggered.may_fire(ScanRule::PactBetween) {
            signed_on_a_visit(doc, index, &groups, &words, out);
        }
        joint_statement(doc, index, out);
        if triggered.may_fire(ScanRule::HeldPresidency) {
            held_presidency(doc, index, &groups, &words, out);
        }
        if triggered.may_fire(ScanRule::FellowMembers) {
            fellow_members(doc, index, &groups, &words, out);
            partners_in_a_body(doc, index, &groups, &words, out);
        }
        designated_list(doc, index, &groups, &words, &story.sanctioner, out);
        measures_named_earlier(
            doc,
            index,
            &groups,
            &words,
            triggered,
            &story.sanctioner,
            out,
        );
        for cue in cue_matches {
            let cs = tokens.partition_point(|t| t.end <= base + cue.start);
            let ce = tokens
                .partition_point(|t| t.start < base + cue.end)
                .max(cs + 1);
            if groups.iter().any(|g| g.tok_start <= cs && ce <= g.tok_end) {
                continue; // a cue word inside a name ("Peace Council")
            }
            // A capitalized cue in running text is part of a name or title
            // ("Minister of Investments, Industry, and Trade"); headlines capitalize everything.
            // Only inside a run of capitalized words: "a Permanent Member" is still a cue.
            let capitalized = |i: usize| starts_upper(&text[tokens[i].start..tokens[i].end]);
            let mut before = cs;
            while before > 0 && matches!(word(before - 1), "and" | "," | "of" | "&") {
                before -= 1;
            }
            let in_name = before >= 2 && capitalized(before - 1);
            // "the India-Japan Special Strategic and Global Partnership": a
            // named agreement between the pair before it is still theirs.
            let named_for_pair = || {
                let mut i = cs;
                while i > 0
                    && (capitalized(i - 1) || matches!(word(i - 1), "and" | "&"))
                    && !groups.iter().any(|g| g.tok_end == i)
                    && cs - i < 8
                {
                    i -= 1;
                }
                groups.iter().any(|g| {
                    g.tok_end == i
                        && g.entities.len() >= 2
                        && (g.tok_start..g.tok_end).any(|k| word(k) == "-")
                })
            };
            // ("As NATO Allies, the Nordic countries": a capitalized role after
            // a body's name is still its members.)
            let body_role = || {
                cue.rows
                    .iter()
                    .any(|&row| self.cues[row].pattern == CuePattern::OrgPrefix)
                    && groups.iter().any(|g| g.tok_end == cs && g.organization)
            };
            // "the Nakamarra Treaty between Australia and Nauru": a named
            // agreement followed by its parties.
            let named_between = word(ce) == "between" || word(ce - 1) == "between";
            if capitalized(cs)
                && in_name
                && !headline
                && !named_between
                && !named_for_pair()
                && !body_role()
            {
                continue;
            }
            // An acronym is no cue word: "defeat AIDS", "the WAR Act".
            let cue_text = &text[tokens[cs].start..tokens[cs].end];
            if cue_text.len() >= 2 && cue_text.chars().all(|c| c.is_ascii_uppercase()) && !headline
            {
                continue;
            }
            let org_title = cue.rows.iter().any(|&row| {
                self.cues[row].pattern == CuePattern::OrgPrefix
                    && org_prefix_rule(&groups, &words, doc, cs, ce).is_some()
            });
            // Who sanctions here, even if the targets are not named entities
            // ("OFAC today designated seven oligarchs"): a later "those
            // designated are ..." points back to it.
            // "The Council today adopted restrictive measures against seven
            // individuals": a sanctions noun after a verb of imposing, read
            // from that verb.
            let imposing_verb = (cs.saturating_sub(3)..cs).rev().find(|&i| {
                matches!(
                    word(i),
                    "adopted" | "adopts" | "imposed" | "imposes" | "approved" | "announced"
                ) && (i + 1..cs).all(|k| !breaks_at(&words, k))
            });
            let sanctions_verb = cue.rows.iter().any(|&row| {
                self.cues[row].relation == RelationKind::Sanctions
                    && self.cues[row].pattern == CuePattern::Verb
            });
            let sanctions_noun = imposing_verb.is_some()
                && cue.rows.iter().any(|&row| {
                    self.cues[row].relation == RelationKind::Sanctions
                        && self.cues[row].pattern == CuePattern::Noun
                });
            let cs_verb = if sanctions_verb {
                cs
            } else {
                imposing_verb.unwrap_or(cs)
            };
            // ("Three Malian officials were designated by OFAC": a passive's
            // subject is sanctioned, its agent below sanctions.)
            let passive = sanctions_verb && cs >= 1 && BE_FORMS.contains(&word(cs - 1));
            if (sanctions_verb || sanctions_noun)
                && !passive
                && let Some(subject) = groups.iter().rev().find(|g| {
                    // "Office of Foreign Assets Control (OFAC) today designated": the
                    // name before the acronym stands in the subject position.
                    let named =
                        if word(g.tok_start.wrapping_sub(1)) == "(" && word(g.tok_end) == ")" {
                            groups
                                .iter()
                                .find(|f| f.tok_end + 1 == g.tok_start)
                                .unwrap_or(g)
                        } else {
                            g
                        };
                    let after_preposition = matches!(
                        word(named.tok_start.wrapping_sub(1)),
                        "of" | "in"
                            | "to"
                            | "from"
                            | "with"
                            | "by"
                            | "on"
                            | "at"
                            | "for"
                            | "against"
                    );
                    g.tok_end <= cs_verb
                        && cs_verb - g.tok_end <= 3
                        && (g.tok_end..cs_verb).all(|i| !breaks_at(&words, i) && word(i) != ",")
                        && !after_preposition
                })
            {
                // "The Treasury Department designated ..., acting through its
                // Office of Foreign Assets Control": the office sanctions too.
                let mut agents = subject.entities.clone();
                if let Some(office) = groups.iter().find(|g| {
                    g.tok_start > ce
                        && g.organization
                        && !g.reference
                        && (word(g.lead.wrapping_sub(1)) == "through"
                            || matches!(word(g.lead.wrapping_sub(1)), "its" | "the")
                                && word(g.lead.wrapping_sub(2)) == "through")
                }) {
                    agents.extend(office.entities.iter().copied());
                }
                story.sanctioner = Some((index, agents.clone()));
                if let Some((persons, firms)) = counted_targets(&words, ce) {
                    story.counted = Some(CountedTargets {
                        sentence: index,
                        agents,
                        persons,
                        firms,
                    });
                }
            } else if passive
                // "Three officials were designated today by the Office of
                // Foreign Assets Control (OFAC)": a passive's agent sanctions.
                && let Some(by) = (ce..(ce + 4).min(words.len()))
                    .take_while(|&i| !breaks_at(&words, i) && word(i) != ",")
                    .find(|&i| word(i) == "by")
                && let Some(agent) = groups
                    .iter()
                    .find(|g| g.tok_start > by && before_determiners(&words, g.lead) == by + 1)
                && !agent.person
            {
                // ("by OFAC, part of the Treasury": the body it belongs to
                // acts through it.)
                let mut agents = agent.entities.clone();
                let mut k = agent.tok_end;
                if word(k) == "," && word(k + 1) == "part" && word(k + 2) == "of" {
                    k += 3;
                    if let Some(whole) = groups.iter().find(|g| {
                        g.organization
                            && g.tok_start >= k
                            && before_determiners(&words, g.lead) == k
                    }) {
                        agents.extend(whole.entities.iter().copied());
                    }
                }
                story.sanctioner = Some((index, agents));
            }
            for &row in cue.rows {
                let entry = &self.cues[row];
                if org_title && entry.pattern != CuePattern::OrgPrefix {
                    continue; // "NATO ally Greece" is membership, not an alliance with NATO
                }
                // "Pakistan's strikes targeted hideouts of the BLA": aiming is
                // fighting only when an armed act aims ("the sanctions targeted
                // Iranian oil" is no war).
                if entry.relation == RelationKind::Conflict
                    && AIMING_VERBS.contains(&word(cs))
                    && !(cs.saturating_sub(4)..cs)
                        .rev()
                        .take_while(|&i| !breaks_at(&words, i))
                        .any(|i| EVENT_NOUNS.contains(&word(i)) || WEAPONS.contains(&word(i)))
                {
                    continue;
                }
                let found = match entry.pattern {
                    CuePattern::Hyphen => hyphen_rule(&groups, &words, cue_token, cs, ce),
                    CuePattern::OrgPrefix => org_prefix_rule(&groups, &words, doc, cs, ce)
                        .or_else(|| fronted_membership(&groups, &words, doc, cs, ce)),
                    CuePattern::Noun if entry.relation == RelationKind::Membership => {
                        fronted_membership(&groups, &words, doc, cs, ce)
                            .or_else(|| members_listed_after_body(&groups, &words, doc, cs, ce))
                            .or_else(|| {
                                self.positional_rule(entry, &groups, &view, cs, ce, &mut previous)
                            })
                    }
                    CuePattern::MembersAfter if entry.relation == RelationKind::Meeting => {
                        gathered_rule(&groups, &words, doc, cs, ce)
                    }
                    CuePattern::MembersAfter => members_after_rule(&groups, &words, doc, cs, ce),
                    CuePattern::Verb | CuePattern::Noun => self
                        .positional_rule(entry, &groups, &view, cs, ce, &mut previous)
                        .or_else(|| {
                            (entry.pattern == CuePattern::Noun
                                && entry.relation == RelationKind::Conflict)
                                .then(|| border_pair(&groups, &words, ce))
                                .flatten()
                        }),
                    // Read as a verb, then the object acts on the subject.
                    CuePattern::Provokes => {
                        let as_verb = CueEntry {
                            pattern: CuePattern::Verb,
                            ..entry.clone()
                        };
                        self.positional_rule(&as_verb, &groups, &view, cs, ce, &mut previous)
                            .and_then(|(subject, object, _)| {
                                // "China's deal with Solomon Islands alarmed Australia":
                                // the deal's owner provoked, not its partner.
                                let subject = subject?;
                                let subject = if subject.tok_end > cs
                                    || subject_position(&subject, &words)
                                {
                                    subject
                                } else {
                                    groups
                                        .iter()
                                        .rev()
                                        .find(|g| {
                                            g.tok_end <= subject.tok_start
                                                && subject_position(g, &words)
                                                && !(g.tok_end..cs).any(|i| breaks_at(&words, i))
                                        })
                                        .cloned()
                                        .unwrap_or(subject)
                                };
                                Some((Some(object?), Some(subject), "object provoked"))
                            })
                    }
                };
                let Some((agents, patients, rule)) = found else {
                    continue;
                };
                // "ordered 250 tanks from the United States" buys; "ordered the
                // ambassador to leave" commands: only a seller after "from".
                if ORDERING_VERBS.contains(&entry.cue.as_str())
                    && !patients.as_ref().is_some_and(|p| {
                        let start = before_determiners(&words, p.lead);
                        p.tok_start >= ce && start >= 1 && word(start - 1) == "from"
                    })
                {
                    continue;
                }
                // "a bulletproof hosting provider": web hosting, not a meeting.
                if entry.relation == RelationKind::Meeting
                    && entry.cue == "hosting"
                    && matches!(
                        word(ce),
                        "provider" | "providers" | "service" | "services" | "company" | "firm"
                    )
                {
                    continue;
                }
                // "Dar called on Chief Adviser Yunus": a courtesy call on a person;
                // "called on Russia to withdraw", "called on Yunus for restraint"
                // urge (`urged_to_stop` reads those).
                if entry.relation == RelationKind::Meeting
                    && matches!(entry.cue.as_str(), "called on" | "calls on")
                    && !patients.as_ref().is_some_and(|p| {
                        p.person
                            && p.tok_start >= ce
                            && !(p.tok_end..p.tok_end + 3)
                                .any(|i| matches!(word(i), "to" | "for" | "not" | "that"))
                    })
                {
                    continue;
                }
                // Assertion filter: a negation or modal between the first participant
                // on the left and the cue ("China did not join the American sanctions").
                let first_left = [agents.as_ref(), patients.as_ref()]
                    .into_iter()
                    .flatten()
                    .filter(|g| g.tok_end <= cs)
                    .map(|g| g.tok_end)
                    .min()
                    .unwrap_or(cs);
                let from = first_left
                    .min(cs.saturating_sub(4))
                    .max(cs.saturating_sub(8));
                // "The SPLM-IO denies any link to the militia and accused
                // Kampala": a finite verb coordinated after "and" is asserted
                // on its own ("refused to sign and ratify" is not finite).
                let from = (from..cs)
                    .rev()
                    .find(|&a| {
                        word(a) == "and"
                            && (a + 1..cs).all(|k| {
                                matches!(word(k), "has" | "have" | "had" | "also" | "then")
                            })
                            && (a + 1 < cs
                                || ["ed", "es"].iter().any(|end| word(cs).ends_with(end))
                                    && word(cs).len() > 4)
                    })
                    .map_or(from, |a| a + 1);
                // "The Kremlin said Putin would meet Trump in Alaska", "said
                // Timor-Leste would pursue closer ties with China": what a
                // speaker announces is asserted (the ontology's rulings on
                // announced meetings, visits and acts), unless it hangs on a
                // condition or a hope ("hoped Indian groups would invest").
                // (Within a clause's reach, so that a sentence with no end
                // costs no more than one with ends.)
                let announced = |i: usize| {
                    word(i) == "would"
                        && (i.saturating_sub(40)..i)
                            .rev()
                            .find(|&k| {
                                matches!(
                                    word(k),
                                    "said" | "says" | "announced" | "confirmed" | "told"
                                )
                            })
                            .is_some_and(|speech| {
                                !(speech + 1..i).any(|k| HOPES.contains(&word(k)))
                                    && !(speech..(i + 40).min(words.len()))
                                        .any(|k| matches!(word(k), "if" | "unless"))
                            })
                };
                // "said Ankara would continue to back Azerbaijan": an act that goes
                // on is asserted.
                let continued = |i: usize| {
                    matches!(word(i), "would" | "will")
                        && matches!(word(i + 1), "continue" | "remain" | "keep")
                };
                // ("the summit in May brought together": a month, not a modal.)
                let month = |i: usize| i > 0 && word(i) == "may" && view.capitalized[i];
                // "Qatar, which has refused to normalise relations with
                // Damascus", "still refuses to recognise Kosovo": a refusal
                // of ties or backing is opposition.
                let refused = entry.pattern == CuePattern::Verb
                    && matches!(
                        entry.relation,
                        RelationKind::Partnership
                            | RelationKind::Support
                            | RelationKind::Membership
                            | RelationKind::Meeting
                    )
                    && cs >= 2
                    && word(cs - 1) == "to"
                    && REFUSALS.contains(&word(cs - 2));
                let the_refusal = |i: usize| refused && i + 2 == cs;
                if (from..cs).any(|i| {
                    NOT_ASSERTED_SET.contains(word(i))
                        && !announced(i)
                        && !continued(i)
                        && !month(i)
                        && !the_refusal(i)
                }) {
                    continue;
                }
                if entry.pattern == CuePattern::Noun
                    && matches!(word(cs.wrapping_sub(1)), "no" | "without")
                {
                    continue;
                }
                // "Khamenei rejected talks with Washington": the talks turned
                // down are not held (but "rejected the account and accused").
                if entry.relation != RelationKind::Opposition
                    && (cs.saturating_sub(3)..cs).any(|i| {
                        TURNED_DOWN_BY.contains(&word(i))
                            && (i + 1..cs).all(|k| !matches!(word(k), "and" | "," | "but"))
                    })
                {
                    continue;
                }
                // A word of undoing just before the cue: "The US lifted sanctions on
                // Syria" (sanctions eased are still kept), "suspended talks with",
                // "called off the visit".
                let undone_within = |reach: usize, undoing: &[&str]| {
                    (cs.saturating_sub(reach)..cs).any(|i| {
                        undoing.contains(&word(i))
                            || word(i) == "off"
                                && matches!(word(i.wrapping_sub(1)), "called" | "calls" | "broke")
                    })
                };
                // "paused 18 million in budget support to": aid cut is not given
                // (the rule `closed_to` reads the cut).
                if entry.relation == RelationKind::Support
                    && AID_NOUNS.contains(&entry.cue.as_str())
                    && undone_within(8, &CLOSURES)
                {
                    continue;
                }
                if entry.relation == RelationKind::Sanctions && undone_within(4, &SANCTIONS_ENDED)
                    || entry.relation == RelationKind::Meeting
                        && undone_within(3, &MEETING_CALLED_OFF)
                {
                    continue;
                }
                // "the court struck down the law": annulled, no attack.
                if entry.relation == RelationKind::Conflict
                    && word(ce) == "down"
                    && matches!(word(ce - 1), "struck" | "strike" | "strikes" | "striking")
                {
                    continue;
                }
                // "admitted Morocco back into the organisation", "pulled back from":
                // "back" before a direction is an adverb.
                if entry.cue == "back"
                    && matches!(
                        word(ce),
                        "into"
                            | "to"
                            | "in"
                            | "home"
                            | "from"
                            | "on"
                            | "down"
                            | "off"
                            | "away"
                            | "out"
                            | "under"
                            | "onto"
                    )
                {
                    continue;
                }
                // "pledged to confront Daesh": a promise to act is read at the act
                // (its own cue), not as support for whoever is named after it.
                // An offer to act ("offered to share intelligence with Cotonou")
                // is support itself.
                if entry.pattern == CuePattern::Verb
                    && entry.relation == RelationKind::Support
                    && ["pledg", "promis", "vow"]
                        .iter()
                        .any(|p| entry.cue.starts_with(p))
                    && word(ce) == "to"
                    && ce + 1 < tokens.len()
                    && !capitalized(ce + 1)
                    && word(ce + 1).chars().all(|c| c.is_alphabetic())
                    && !is_function_word(word(ce + 1))
                    && !matches!(
                        word(ce + 1),
                        "this"
                            | "these"
                            | "those"
                            | "all"
                            | "both"
                            | "each"
                            | "every"
                            | "our"
                            | "any"
                            | "some"
                            | "such"
                            | "further"
                            | "more"
                            | "additional"
                    )
                {
                    continue;
                }
                // "froze U.S. aid to South Africa" cuts aid (the rule `closed_to`
                // reads it), no asset freeze.
                if entry.relation == RelationKind::Sanctions
                    && entry.pattern == CuePattern::Verb
                    && (ce..(ce + 3).min(words.len())).any(|i| AID_NOUNS.contains(&word(i)))
                {
                    continue;
                }
                // "announced it was suspending military operations against U.S.
                // forces": armed action halted is no sanction.
                if entry.relation == RelationKind::Sanctions
                    && entry.pattern == CuePattern::Verb
                    && (ce..(ce + 3).min(words.len())).any(|i| EVENT_NOUNS.contains(&word(i)))
                {
                    continue;
                }
                // "expelled the Russian ambassador", "expelled French troops" are
                // protests (the rule `expelled_envoys`), no sanction.
                if entry.relation == RelationKind::Sanctions
                    && entry.cue.starts_with("expel")
                    && (ce..(ce + 5).min(words.len()))
                        .any(|i| ENVOYS.contains(&word(i)) || FORCES_SENT_AWAY.contains(&word(i)))
                {
                    continue;
                }
                // "the banned Shor Party", "a sanctioned oligarch": a participle
                // after an article is an adjective, no act of the clause's subject.
                if entry.pattern == CuePattern::Verb
                    && !entry.cue.contains(' ')
                    && entry.cue.ends_with("ed")
                    && matches!(word(cs.wrapping_sub(1)), "the" | "a" | "an")
                {
                    continue;
                }
                // "a loan against frozen Russian central bank assets": a
                // participle after a preposition, before a name and a noun,
                // describes the noun.
                if entry.pattern == CuePattern::Verb
                    && !entry.cue.contains(' ')
                    && (entry.cue.ends_with("ed") || entry.cue.ends_with("en"))
                    && matches!(
                        word(cs.wrapping_sub(1)),
                        "against"
                            | "of"
                            | "on"
                            | "with"
                            | "from"
                            | "into"
                            | "over"
                            | "under"
                            | "by"
                            | "in"
                            | "at"
                    )
                    && sentence.mentions.iter().any(|m| m.tok_start == ce)
                {
                    continue;
                }
                // "Ukraine's financing needs": a need for help is none given.
                if entry.relation == RelationKind::Support
                    && entry.pattern == CuePattern::Noun
                    && matches!(word(ce), "needs" | "need" | "requirements" | "gap" | "gaps")
                {
                    continue;
                }
                // "wheat contracted for export to the Soviet Union": a bare verb
                // after "for" is a noun with no subject.
                if entry.pattern == CuePattern::Verb
                    && !entry.cue.contains(' ')
                    && word(cs.wrapping_sub(1)) == "for"
                    && !entry.cue.ends_with("ed")
                    && !entry.cue.ends_with('s')
                    && !entry.cue.ends_with("ing")
                {
                    continue;
                }
                // "lend-lease": a verb cue that opens a hyphenated word is none.
                if entry.pattern == CuePattern::Verb && word(ce) == "-" {
                    continue;
                }
                // "companies in China accused of helping Moscow": the accused,
                // not an accuser, stands before "accused of".
                if entry.pattern == CuePattern::Verb
                    && matches!(entry.cue.as_str(), "accused" | "charged" | "suspected")
                    && word(ce) == "of"
                    // Only where the name is a preposition's object: "the group
                    // Israel accused of" still has Israel accuse.
                    && agents.as_ref().is_none_or(|a| {
                        matches!(
                            word(a.tok_start.wrapping_sub(1)),
                            "in" | "from" | "of" | "at" | "with" | "by"
                        )
                        // "several Kazakh firms accused of": the noun after the
                        // name is the accused.
                        || a.tok_end < cs
                            && (a.tok_end..cs).all(|i| {
                                let w = word(i);
                                w.chars().all(|c| c.is_ascii_lowercase())
                                    && !is_function_word(w)
                                    && !w.ends_with("ly")
                                    && !BE_FORMS.contains(&w)
                                    && !matches!(w, "has" | "have" | "had" | "also")
                            })
                    })
                {
                    continue;
                }
                // "Haiti's largest aid donor": the noun modifies an agent noun,
                // which names the giver (read as its own cue).
                if entry.pattern == CuePattern::Noun
                    && !AGENT_NOUNS.contains(&entry.cue.as_str())
                    && AGENT_NOUNS.contains(&word(ce))
                {
                    continue;
                }
                // "trade routes into China", "the trade minister": a noun that
                // "trade" modifies names no exchange.
                if entry.cue == "trade" && TRADE_COMPOUNDS.contains(&word(ce)) {
                    continue;
                }
                // "security services detained a French citizen, Martin Ryan": a
                // state or body holds persons. "advocated for detained
                // Australians", "two Americans wrongfully detained in Russia":
                // no holder acts in the clause.
                if entry.pattern == CuePattern::Verb
                    && DETENTIONS.contains(&entry.cue.as_str())
                    && (word(cs.wrapping_sub(1)) == "for"
                        || word(cs.wrapping_sub(1)).ends_with("ly")
                        || agents.as_ref().is_none_or(|a| a.person)
                        || patients.as_ref().is_none_or(|p| {
                            p.entities
                                .iter()
                                .any(|&e| doc.entities[e].kind != EntityKind::Person)
                        }))
                {
                    continue;
                }
                // "struck a conciliatory tone", "hit the right note": a figure
                // of speech, not a blow.
                if entry.relation == RelationKind::Conflict
                    && entry.pattern == CuePattern::Verb
                    && (ce..(ce + 4).min(words.len())).any(|i| FIGURATIVE_BLOWS.contains(&word(i)))
                {
                    continue;
                }
                // "talks on joining the EU", "the prospect of joining": joining
                // talked about is not membership.
                if entry.relation == RelationKind::Membership
                    && matches!(
                        word(cs.wrapping_sub(1)),
                        "on" | "about" | "towards" | "toward" | "of"
                    )
                {
                    continue;
                }
                // Applying, hoping or being invited to join is not membership.
                if entry.relation == RelationKind::Membership
                    && word(cs.wrapping_sub(1)) == "to"
                    && JOIN_HOPES.contains(&word(cs.wrapping_sub(2)))
                {
                    continue;
                }
                // "the Vienna Convention on Diplomatic Relations": a noun inside
                // the name of an instrument is no act.
                if entry.pattern == CuePattern::Noun
                    && cs >= 2
                    && view.capitalized[cs]
                    && word(cs - 1) == "on"
                    && view.capitalized[cs - 2]
                {
                    continue;
                }
                // "a truce was not guaranteed": a noun denied by its own clause.
                if entry.pattern == CuePattern::Noun
                    && BE_FORMS.contains(&word(ce))
                    && matches!(word(ce + 1), "not" | "never" | "n't" | "unlikely")
                {
                    continue;
                }
                let reference_factor = |g: &Option<Group>| {
                    if g.as_ref().is_some_and(|g| g.reference) {
                        0.8
                    } else {
                        1.0
                    }
                };
                let confidence =
                    entry.confidence * reference_factor(&agents) * reference_factor(&patients);
                let participants = if rule.starts_with("between") || rule == GATHERED {
                    agents.clone()
                } else {
                    None
                };
                let rule = format!("{rule} `{}`", entry.cue);
                // "Niger ended its military cooperation agreement with the United
                // States": ending a partnership is opposition (the ontology's ruling
                // on breaking ties).
                // Cutting aid is opposition too: "suspend programme support to the
                // Georgian government", "froze military aid to".
                let cut_support = entry.relation == RelationKind::Support
                    && (cs.saturating_sub(3)..cs).any(|i| SUPPORT_CUTS.contains(&word(i)));
                let ended = cut_support
                    // ("moved to cancel their bilateral air services agreements")
                    || entry.relation == RelationKind::Partnership
                        && (cs.saturating_sub(5)..cs).any(|i| {
                            TIES_ENDED.contains(&word(i))
                        });
                // "Milei, who has clashed with Boric over ideology": leaders
                // clash in words, not arms.
                let war_of_words = entry.relation == RelationKind::Conflict
                    && entry.cue.starts_with("clash")
                    && [&agents, &patients]
                        .iter()
                        .all(|g| g.as_ref().is_some_and(|g| g.person));
                // "sends most of its pipeline gas to Italy": commodities given
                // are sold, trade (the ontology's ruling on arms sales aside).
                let goods_sent = entry.relation == RelationKind::Support
                    && entry.pattern == CuePattern::Verb
                    && GIVING_VERBS_SET.contains(entry.cue.split(' ').next().unwrap_or(""))
                    && patients.as_ref().is_some_and(|p| {
                        p.tok_start > ce
                            && (ce..p.tok_start).any(|i| COMMODITIES.contains(&word(i)))
                    });
                // "would work to strengthen the bloc's role", "strengthened
                // Ukraine's air defences": what one strengthens of another's
                // is help given ("strengthen ties with" is partnership).
                let strengthened_for = entry.relation == RelationKind::Partnership
                    && entry.pattern == CuePattern::Verb
                    && entry.cue.starts_with("strengthen")
                    && patients.as_ref().is_some_and(|p| {
                        p.tok_start >= ce
                            && p.tok_start - ce <= 1
                            && matches!(word(p.tok_end), "'s" | "’s" | "'" | "’")
                    });
                let (relation, rule) = if refused {
                    (RelationKind::Opposition, format!("refused {rule}"))
                } else if ended {
                    (RelationKind::Opposition, format!("ended {rule}"))
                } else if goods_sent {
                    (RelationKind::Trade, format!("{rule}, goods"))
                } else if strengthened_for {
                    (RelationKind::Support, format!("{rule}, another's"))
                } else if war_of_words {
                    (RelationKind::Opposition, format!("{rule}, between persons"))
                } else {
                    (entry.relation, rule)
                };
                // "The bank has approved emergency drought financing": money given
                // with no recipient named goes to the state the story is about.
                let (patients, rule, confidence) = match (&agents, patients) {
                    (Some(a), None)
                        if relation == RelationKind::Support
                            && !headline
                            && AID_CUES.contains(&entry.cue.as_str())
                            && let Some(focus) = story.state
                            && !a.entities.contains(&focus) =>
                    {
                        let recipient = Group {
                            tok_start: ce,
                            tok_end: ce,
                            lead: ce,
                            entities: vec![focus],
                            reference: true,
                            organization: false,
                            person: false,
                        };
                        let rule = format!("{rule}, to the story's state");
                        (Some(recipient), rule, confidence * 0.8)
                    }
                    (_, patients) => (patients, rule, confidence),
                };
                emit(
                    doc, relation, index, &agents, &patients, &rule, confidence, out,
                );
                // "he and President Vladimir Putin are to sign a declaration":
                // persons who sign together meet.
                if relation == RelationKind::Partnership
                    && entry.pattern == CuePattern::Verb
                    && entry.cue.starts_with("sign")
                    && patients.is_none()
                    && let Some(signers) = agents.as_ref()
                    && signers.entities.len() >= 2
                    && signers
                        .entities
                        .iter()
                        .all(|&e| doc.entities[e].kind == EntityKind::Person)
                {
                    emit(
                        doc,
                        RelationKind::Meeting,
                        index,
                        &agents,
                        &None,
                        &format!("signed together `{}`", entry.cue),
                        confidence * 0.9,
                        out,
                    );
                }
                // "Blinken signed the pact with PNG Defence Minister Win Bakri
                // Daki": two persons who sign a pact with each other meet.
                if relation == RelationKind::Partnership
                    && entry.pattern == CuePattern::Noun
                    && (cs.saturating_sub(3)..cs).any(|i| word(i).starts_with("sign"))
                    && let (Some(signer), Some(other)) = (agents.as_ref(), patients.as_ref())
                    && signer.person
                    && other.person
                    && other.tok_start > ce
                    && word(before_determiners(&words, other.lead).wrapping_sub(1)) != "between"
                {
                    emit(
                        doc,
                        RelationKind::Meeting,
                        index,
                        &agents,
                        &patients,
                        &format!("signed with `{}`", entry.cue),
                        confidence * 0.9,
                        out,
                    );
                }
                // "Aliyev and Pashinyan met at the White House at the invitation of
                // President Trump": whoever invited them meets each of them.
                if entry.relation == RelationKind::Meeting
                    && agents.is_some()
                    && let Some(host) = inviter_after(&groups, &words, ce)
                    && agents
                        .as_ref()
                        .is_some_and(|a| !a.entities.contains(&host.entities[0]))
                {
                    emit(
                        doc,
                        RelationKind::Meeting,
                        index,
                        &Some(host),
                        &agents,
                        &format!("invited by host `{}`", entry.cue),
                        confidence * 0.9,
                        out,
                    );
                }
                // "Iraq and Oman hosted talks between the two sides", "talks between
                // X and Y, mediated by Qatar": the host meets each side.
                if entry.relation == RelationKind::Meeting
                    && let Some(participants) = participants
                    && let Some(host) = host_of(&groups, &words, cs, participants.tok_end)
                {
                    emit(
                        doc,
                        RelationKind::Meeting,
                        index,
                        &Some(host),
                        &Some(participants),
                        &format!("host of talks `{}`", entry.cue),
                        confidence * 0.9,
                        out,
                    );
                }
            }
        }
        if triggered.may_fire(ScanRule::CoordinatedMeasures) {
            coordinated_measures(doc, index, &groups, &words, &story.sanctioner, out);
        }
        members_alongside(doc, index, &groups, &words, out);
        targets_listed_after_a_plural(doc, index, &groups, &words, &story.sanctioner, out);
    }

    /// Verb and noun cues: agent to the left, patient to the right.
    fn positional_rule(
        &self,
        entry: &CueEntry,
        groups: &[Group],
        sentence: &SentenceView<'_>,
        cs: usize,
        ce: usize,
        previous: &mut Option<(usize, Option<Group>, Option<Group>)>,
    ) -> Option<(Option<Group>, Option<Group>, &'static str)> {
        let words = sentence.words;
        let word = |i: usize| word_at(words, i);
        let symmetric = entry.relation.is_symmetric();
        // After a possessive or a determiner a verb cue is a noun: "Docherty's visit",
        // "his meeting with", "the signing of". Its noun row reads it, or this row as one.
        let determiner = |w: &str| {
            matches!(
                w,
                "'s" | "’s" | "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this"
            )
        };
        // "the Israeli strike": a determiner and a demonym before the cue.
        // ("the successful hosting by Korea", "its continued support": a
        // determiner and an adjective.)
        let adjective = |w: &str| {
            w.chars().all(|c| c.is_ascii_lowercase())
                && ["ful", "ous", "ive", "ic", "ed", "able", "ible"]
                    .iter()
                    .any(|end| w.len() > end.len() + 2 && w.ends_with(end))
        };
        let after_determiner = cs >= 1 && determiner(word(cs - 1))
            || cs >= 2
                && determiner(word(cs - 2))
                && (sentence.capitalized[cs - 1]
                    && sentence.weak.iter().any(|g| g.tok_start == cs - 1)
                    || adjective(word(cs - 1)) && !sentence.cue_token[cs - 1]);
        // "a United States pledge made during": an indefinite article before a
        // name makes the name a modifier and the cue a noun (tested for verb
        // cues only, which are all it changes).
        let article_before_name = || {
            groups.iter().any(|g| {
                g.tok_end == cs && g.tok_start >= 1 && matches!(word(g.tok_start - 1), "a" | "an")
            })
        };
        // "sent medical supplies to Cuba": a verb of giving, a modifier, then
        // the thing given.
        let thing_given = cs >= 2
            && GIVING_VERBS_SET.contains(word(cs - 2))
            && word(cs - 1).chars().all(|c| c.is_ascii_lowercase())
            && !is_function_word(word(cs - 1))
            && !sentence.cue_token[cs - 1];
        // "as Iranian funds reach Doha": a demonym (not a plural people,
        // "Iranians") right before the cue makes it a noun; not a
        // participle ("with Soviet invading forces in Afghanistan").
        let demonym_before = || {
            cs >= 1
                && !word(cs - 1).ends_with('s')
                && !word(cs).ends_with("ing")
                && !word(cs).ends_with("ed")
                && sentence.weak.iter().any(|g| g.tok_end == cs)
        };
        let mut pattern = entry.pattern;
        if pattern == CuePattern::Verb
            && (after_determiner || thing_given || article_before_name() || demonym_before())
        {
            if self.noun_cues.contains(&entry.cue) {
                return None;
            }
            pattern = CuePattern::Noun;
        }
        // "keep standing with Ukraine", "thanked them for standing with
        // Guyana" (but "its commercial standing with" is a noun).
        if entry.cue.starts_with("standing ")
            && !BEFORE_STANDING.contains(&word(cs.wrapping_sub(1)))
        {
            return None;
        }
        // "Relations between Rwanda and Burundi have soured", "the strained
        // ties": ties that worsen are no partnership (soured_ties reads them).
        // Nor are ties lowered: "downgraded its diplomatic relations with".
        if entry.relation == RelationKind::Partnership
            && (matches!(entry.cue.as_str(), "ties" | "relations" | "relationship")
                && (cs.saturating_sub(2)..(ce + 8).min(words.len()))
                    .take_while(|&i| i < cs || !breaks_at(words, i))
                    .any(|i| SOURED.contains(&word(i)))
                || matches!(
                    entry.cue.rsplit(' ').next(),
                    Some("ties" | "relations" | "relationship")
                ) && (cs.saturating_sub(3)..cs).any(|i| LOWERED.contains(&word(i))))
        {
            return None;
        }
        // "agreed to sell arms to Taiwan", "the sale of arms to": the weapons
        // traded, not a verb of arming (the trade verb reads the sentence).
        if pattern == CuePattern::Verb
            && entry.cue == "arms"
            && cs >= 1
            && (TRADE_VERBS.contains(&word(cs - 1))
                || word(cs - 1) == "of"
                    && cs >= 2
                    && matches!(
                        word(cs - 2),
                        "sale" | "sales" | "supply" | "supplies" | "transfer"
                    ))
        {
            return None;
        }
        // "warned against any attack on its nuclear sites", "no military aid":
        // an act that may never happen, or never did.
        if pattern == CuePattern::Noun
            && (cs >= 1 && matches!(word(cs - 1), "any" | "no")
                || cs >= 2
                    && matches!(word(cs - 2), "any" | "no")
                    && word(cs - 1).chars().all(|c| c.is_ascii_lowercase())
                    && !is_function_word(word(cs - 1)))
        {
            return None;
        }
        // "the M23 armed group", "armed forces": the participle modifies a noun.
        if pattern == CuePattern::Verb && entry.cue == "armed" && ARMED_NOUNS.contains(&word(ce)) {
            return None;
        }
        // "backed opposing sides in conflicts from Yemen to Syria": an adjective.
        if entry.cue == "opposing" && OPPOSING_NOUNS.contains(&word(ce)) {
            return None;
        }
        // Possessor or adjective right before a noun cue: "Russia's war", "American sanctions".
        let modifier = (pattern == CuePattern::Noun)
            .then(|| {
                // "the EU's latest package of sanctions": a collective noun and
                // "of" may stand between.
                let collective = cs >= 2
                    && word(cs - 1) == "of"
                    && matches!(
                        word(cs - 2),
                        "package" | "round" | "wave" | "set" | "series" | "raft" | "batch"
                    );
                // A hyphenated modifier is one word: "Ukraine's second-largest supplier".
                let hyphens = (cs.saturating_sub(4)..cs)
                    .filter(|&i| word(i) == "-")
                    .count();
                let reach = if collective { 6 } else { 3 } + 2 * hyphens;
                groups.iter().rev().find(|g| {
                    // "the Russian Federation's illegal and unprovoked war": a
                    // possessor's noun may have two adjectives joined by "and".
                    let possessive = matches!(word(g.tok_end), "'s" | "’s");
                    g.tok_end <= cs
                        && cs - g.tok_end <= reach + 2 * usize::from(possessive)
                        && (g.tok_end..cs - if collective { 1 } else { 0 }).all(|i| {
                            let w = word(i);
                            w == "'s"
                                || w == "’s"
                                || (possessive && w == "and" && i > g.tok_end + 1)
                                || w == "'"
                                || w == "’"
                                // "Ukraine's second-largest supplier"
                                || w == "-"
                                || (w.chars().all(char::is_alphabetic) && !is_function_word(w))
                                // "Guyana's 2018 case against Venezuela": a year.
                                || (possessive
                                    && i == g.tok_end + 1
                                    && w.len() == 4
                                    && w.chars().all(|c| c.is_ascii_digit()))
                                // "the alliance's 31 members"
                                || (matches!(entry.relation, RelationKind::Membership)
                                    && w.chars().all(|c| c.is_ascii_digit()))
                        })
                })
            })
            .flatten()
            .cloned();
        // "Sanctions imposed by Washington on Tehran", "the embargo imposed on
        // Cuba by the United States": a participle names both sides after the noun.
        if pattern == CuePattern::Noun
            && entry.relation == RelationKind::Sanctions
            && let Some(sides) =
                imposed_by(groups, words, ce).or_else(|| passive_by(groups, words, ce))
        {
            return Some(sides);
        }
        // "Washington has eased Venezuela sanctions", "the EU added 28 people to
        // its Iran sanctions list": a name right before "sanctions", after a verb
        // of imposing or easing, is the target; the verb's subject imposes.
        if pattern == CuePattern::Noun
            && entry.relation == RelationKind::Sanctions
            && let Some(target) = modifier.as_ref()
            && target.tok_end == cs
            && !target.organization
            && !target.person
            && !target.reference
            && !matches!(word(ce), "on" | "against" | "targeting" | "over")
            && let Some(imposer) = groups.iter().find(|g| {
                g.tok_end < target.tok_start
                    && subject_position(g, words)
                    && (g.tok_end..target.tok_start).any(|i| SANCTIONS_ADJUSTING_VERBS.contains(&word(i)))
                    // ("added" ends a clause only as a verb of saying.)
                    && !(g.tok_end..target.tok_start).any(|i| {
                        breaks_at(words, i) && !SANCTIONS_ADJUSTING_VERBS.contains(&word(i))
                    })
            })
        {
            return Some((
                Some(imposer.clone()),
                Some(target.clone()),
                "target named before sanctions",
            ));
        }
        // "attacks by the M23 group against MONUSCO", "the strikes on Iran by
        // Israel": the act's agent after "by", its patient after the
        // preposition the relation takes, in either order.
        if pattern == CuePattern::Noun
            && let Some((agent, patient)) = agent_by_and_patient(entry.relation, groups, words, ce)
        {
            return Some((
                Some(agent.clone()),
                Some(patient.clone()),
                "noun with its agent after by",
            ));
        }
        // "Pakistan and Afghanistan agreed to a ceasefire after talks in Doha":
        // talks with no one named are the clause's coordinated subject's.
        if pattern == CuePattern::Noun
            && entry.relation == RelationKind::Meeting
            && cs >= 1
            && matches!(word(cs - 1), "after" | "following")
            // ("talks in Colombo between Modi and Dissanayake": named after a place.)
            && !(ce..ce + 4).any(|i| matches!(word(i), "with" | "between" | "among"))
            && let Some(subject) = groups.iter().find(|g| {
                g.tok_end < cs
                    && cs - g.tok_end <= 12
                    && g.entities.len() >= 2
                    && !g.reference
                    && subject_position(g, words)
                    && !(g.tok_end..cs - 1).any(|i| breaks_at(words, i) || word(i) == ",")
            })
        {
            return Some((Some(subject.clone()), None, "the subject's talks"));
        }
        let mut left = nearest_left(groups, words, cs);
        let mut right = nearest_right(groups, words, ce);
        // "Armenia relies on the Eurasian Economic Union, to which it also
        // belongs": the pronoun no group holds (it would be the body it
        // follows) is the subject of the body's own clause. (A name there,
        // "to which Armenia belongs", is read with the other relative
        // clauses below.)
        if entry.relation == RelationKind::Membership
            && pattern == CuePattern::Verb
            && entry.cue.starts_with("belong")
            && !entry.cue.contains(' ')
        {
            let mut k = cs;
            while k > 0 && matches!(word(k - 1), "also" | "still" | "now" | "both") {
                k -= 1;
            }
            if k >= 5
                && matches!(word(k - 1), "it" | "they")
                && word(k - 2) == "which"
                && word(k - 3) == "to"
                && word(k - 4) == ","
                && let Some(body) = groups.iter().find(|g| g.organization && g.tok_end == k - 4)
            {
                left = groups
                    .iter()
                    .rev()
                    .filter(|g| g.tok_end <= body.tok_start)
                    .find(|g| subject_position(g, words))
                    .cloned();
                right = Some(body.clone());
            }
        }
        // "Maduro, whose government Brasília recognised again in January,
        // thanked Lula": the clause acts on the name before "whose".
        if pattern == CuePattern::Verb
            && let Some(subject) = left.as_ref()
            && subject.tok_start >= 4
            && word(subject.tok_start - 2) == "whose"
            && word(subject.tok_start - 3) == ","
            && (subject.tok_end..cs).all(|i| matches!(word(i), "has" | "have" | "had" | "also"))
            && let Some(owner) = groups.iter().find(|g| g.tok_end == subject.tok_start - 3)
        {
            right = Some(owner.clone());
        }
        // "carried out airstrikes in Iraq and Syria against the Quds Force":
        // the place of the blows, then their target.
        if entry.relation == RelationKind::Conflict
            && let Some(place) = right.as_ref()
            && place.tok_start >= 1
            && place.tok_start <= ce + 1
            && word(place.tok_start - 1) == "in"
            && let Some(against) = (place.tok_end..(place.tok_end + 5).min(words.len()))
                .take_while(|&i| !breaks_at(words, i) && word(i) != ",")
                .find(|&i| word(i) == "against")
            && let Some(target) = nearest_right(groups, words, against + 1)
                .filter(|g| g.tok_start > against && g.lead <= against + 4)
        {
            right = Some(target);
        }
        // "China claims Taiwan as its own", "Venezuela claims the Essequibo
        // region of Guyana": a claim opposes only a state whose land it takes
        // ("Russia claims that ..." is speech).
        if TERRITORIAL_CLAIMS.contains(&entry.cue.as_str()) {
            let claimed = right.as_ref().is_some_and(|r| {
                let region_of = (ce..r.tok_start)
                    .any(|i| CLAIMED_LAND.contains(&word(i)) && word(i + 1) == "of");
                let mut k = r.tok_end;
                if word(k) == "as" {
                    k += 1;
                }
                let as_land = (k..k + 5)
                    .take_while(|&i| {
                        matches!(
                            word(i),
                            "its" | "an" | "a" | "integral" | "part" | "of" | "their"
                        ) || CLAIMED_LAND.contains(&word(i))
                    })
                    .any(|i| CLAIMED_LAND.contains(&word(i)));
                region_of || as_land
            });
            if !claimed {
                return None;
            }
        }
        // "The Council condemned the continued offensive of the M23": the act's
        // agent follows "of"; the subject of the verb before, another cue, is
        // the act's critic, not its other side.
        if pattern == CuePattern::Noun
            && entry.relation == RelationKind::Conflict
            && word(ce) == "of"
            && left.as_ref().is_some_and(|l| {
                (l.tok_end..cs).any(|i| sentence.cue_token[i] && !LIGHT_VERBS_SET.contains(word(i)))
            })
        {
            left = None;
        }
        // "met under the chairmanship of the Prime Minister of Solomon Islands":
        // the state that chairs is a member of the body in the sentence.
        if entry.relation == RelationKind::Membership
            && pattern == CuePattern::Noun
            && entry.cue.ends_with(" of")
            && left.as_ref().is_none_or(|l| l.organization)
            // ("of the Prime Minister of Solomon Islands": through a title.)
            && let Some(holder) = groups.iter().find(|g| {
                g.tok_start >= ce
                    && g.tok_start <= ce + 6
                    && (ce..g.tok_start).all(|i| {
                        matches!(word(i), "the" | "of")
                            || sentence.capitalized[i] && TITLE_WORDS_SET.contains(word(i))
                    })
                    && !g.organization
                    && !g.person
                    && !g.reference
            })
            && let Some(body) = groups
                .iter()
                .filter(|g| g.organization && g.tok_end <= cs)
                .min_by_key(|g| cs - g.tok_end)
        {
            return Some((
                Some(holder.clone()),
                Some(body.clone()),
                "chairmanship of a member",
            ));
        }
        // "will travel from Tokyo to Washington": the place left is no host;
        // the one after "to" is.
        if entry.relation == RelationKind::Meeting
            && entry.cue.ends_with(" from")
            && ["travel", "fl"]
                .iter()
                .any(|verb| entry.cue.starts_with(verb))
        {
            right = right.and_then(|from| {
                // (A city left may be no name at all: "from Beijing to".)
                if from.lead >= 1 && word(from.lead - 1) == "to" {
                    return Some(from);
                }
                let to = (from.tok_end..(from.tok_end + 3).min(words.len()))
                    .take_while(|&i| !breaks_at(words, i))
                    .find(|&i| word(i) == "to")?;
                group_after(groups, words, to + 1).cloned()
            });
        }
        let joins = |i: usize| matches!(word(i), "join" | "joins" | "joined" | "joining");
        // "Japan joined the US and the EU in imposing ...": joining others in an
        // act is no membership ...
        if entry.relation == RelationKind::Membership
            && joins(cs)
            && right
                .as_ref()
                .is_some_and(|r| word(r.tok_end) == "in" && word(r.tok_end + 1).ends_with("ing"))
        {
            return None;
        }
        // ... but doing it too.
        if let Some(l) = left.as_mut()
            && word(l.tok_end) == "in"
            && word(l.tok_end + 1).ends_with("ing")
            && cs <= l.tok_end + 2
            && let Some(joined) = (l.lead.saturating_sub(2)..l.lead).rev().find(|&i| joins(i))
            && (joined + 1..l.lead).all(|i| word(i) == "the")
            && let Some(joiner) = groups
                .iter()
                .rev()
                .find(|g| g.tok_end <= joined && joined - g.tok_end <= 2)
        {
            for &e in &joiner.entities {
                if !l.entities.contains(&e) {
                    l.entities.push(e);
                }
            }
        }
        // "pledged to deepen ties", "vowed to mediate": a promise to cooperate
        // is no help given ("pledged to provide ..." is).
        if pattern == CuePattern::Verb
            && entry.relation == RelationKind::Support
            && matches!(
                entry.cue.as_str(),
                "pledged" | "pledges" | "pledge" | "promised" | "promises" | "vowed" | "vows"
            )
            && word(ce) == "to"
            && matches!(
                word(ce + 1),
                "deepen"
                    | "strengthen"
                    | "expand"
                    | "boost"
                    | "enhance"
                    | "develop"
                    | "promote"
                    | "align"
                    | "cooperate"
                    | "work"
                    | "build"
                    | "mediate"
                    | "resolve"
                    | "end"
            )
        {
            return None;
        }
        // "OFAC targeted a network that supplied Iran": the subject of a relative
        // clause is the unnamed noun it follows, not a name further back.
        if pattern == CuePattern::Verb
            && let Some(l) = left.as_ref()
            // ("Asia Sun Group, a company that has imported": the noun is the
            // name's apposition.)
            && !(word(l.tok_end) == ","
                && matches!(word(l.tok_end + 1), "a" | "an" | "the" | "one"))
            && (l.tok_end + 1..cs).any(|r| {
                matches!(word(r), "that" | "which" | "who")
                    && !sentence.capitalized[r - 1]
                    && word(r - 1).chars().all(char::is_alphabetic)
                    && !is_function_word(word(r - 1))
                    && !sentence.cue_token[r - 1]
            })
        {
            left = None;
        }
        // "India extended a swap to the Maldives and pledged to help Sri Lanka":
        // a name after a preposition is no subject of a predicate coordinated
        // after it; the sentence's subject is. So is the agent of a
        // participle ("took part in the summit chaired by Emomali Rahmon, and
        // held a separate meeting with Tokayev").
        // So is the object of the verb before ("The UK supports a reformed
        // Palestinian Authority ..., and will keep working with partners").
        if pattern == CuePattern::Verb
            && let Some(l) = left.as_ref()
            && (before_determiners(words, l.lead) >= 1
                && matches!(
                    word(before_determiners(words, l.lead) - 1),
                    "to" | "for" | "with" | "from" | "on" | "against" | "into" | "by"
                )
                || !subject_position(l, words))
            && let Some(and) = (l.tok_end..cs)
                .rev()
                .find(|&i| matches!(word(i), "and" | "but"))
            && (and + 1..cs).all(|i| {
                word(i).chars().all(|c| c.is_ascii_lowercase()) && !is_function_word(word(i))
                    || matches!(
                        word(i),
                        "to" | "a" | "an" | "will" | "would" | "also" | "has" | "have" | "can"
                    )
            })
        {
            // ("Yunus addressed the Boao Forum and met Ding": with no subject
            // found, the object of the verb before is still no subject.)
            left = clause_subject(groups, words, and + 1).cloned();
        }
        // "Washington backed Colombia but condemned Hamas": "but" ends the
        // clause before it, so no name was found there; the predicate it
        // coordinates shares the sentence's subject.
        if pattern == CuePattern::Verb
            && left.is_none()
            && let Some(but) = (cs.saturating_sub(3)..cs).rev().find(|&i| word(i) == "but")
            && (but + 1..cs).all(|i| matches!(word(i), "also" | "has" | "have" | "had"))
        {
            left = clause_subject(groups, words, cs).cloned();
        }
        // "sanctions", "supplies", "attacks" are nouns as often as verbs: read them as
        // verbs only right after their subject ("Washington sanctions Tehran").
        if pattern == CuePattern::Verb
            && self.noun_cues.contains(&entry.cue)
            && left.as_ref().is_none_or(|l| {
                // "Sudan's army has been fighting": a state noun and auxiliaries
                // between are still right after the subject.
                (l.tok_end..cs)
                    .filter(|&i| {
                        let w = word(i);
                        !BE_FORMS.contains(&w)
                            && !matches!(w, "has" | "have" | "had" | "'s" | "’s")
                            && !STATE_NOUNS_SET.contains(w)
                    })
                    .count()
                    > 2
                    || (l.tok_end..cs).any(|i| {
                        matches!(
                            word(i),
                            "in" | "of"
                                | "the"
                                | "a"
                                | "an"
                                | "for"
                                | "to"
                                | "from"
                                | "with"
                                | "on"
                                | "over"
                                | "at"
                                | "by"
                                | "against"
                        )
                    })
            })
            && !(cs >= 1
                && matches!(
                    word(cs - 1),
                    "to" | "will" | "can" | "must" | "did" | "does" | "do" | "also" | "and"
                ))
            // ("issued a separate statement backing Kuwait": a text's participle.)
            && !(entry.cue.ends_with("ing")
                && cs >= 1
                && matches!(
                    word(cs - 1),
                    "statement" | "resolution" | "declaration" | "communique" | "communiqué"
                        | "letter" | "motion"
                ))
        {
            return None;
        }
        // "welcomes the decision of the Peace and Security Council (of the
        // African Union) to suspend Guinea-Bissau": the one whose decision or
        // plan it is acts.
        if pattern == CuePattern::Verb && cs >= 4 && word(cs - 1) == "to" {
            let owner = |g: &Group| owns_an_intent(g, words);
            let last = groups.iter().find(|g| g.tok_end + 1 == cs);
            // (Back over one "of the Y".)
            let of_before = last.and_then(|g| {
                let at = before_determiners(words, g.lead);
                (at >= 1 && word(at - 1) == "of")
                    .then(|| groups.iter().find(|h| h.tok_end + 1 == at))
                    .flatten()
            });
            if let Some(decider) = last.filter(|g| owner(g)).or(of_before.filter(|h| owner(h))) {
                left = Some(decider.clone());
            }
        }
        // "measures imposed on A and B have been coordinated with the United
        // Kingdom": a passive's subject is a thing, and a name before it the
        // object of another verb, unless it stands as a subject.
        if pattern == CuePattern::Verb
            && cs >= 1
            && matches!(word(cs - 1), "been" | "be" | "being")
            && entry
                .cue
                .split(' ')
                .next()
                .is_some_and(|w| w.ends_with("ed"))
        {
            left = left.filter(|l| subject_position(l, words));
        }
        // A noun's participant on the left is its subject only from the subject position.
        if pattern == CuePattern::Noun {
            // Close by, but not as a prepositional object: "sourced from North Korea in recent attacks".
            let prepositional_object = |l: &Group| {
                // "by the Caribbean Community on the Incursion": through "the".
                let at = if l.tok_start >= 2 && word(l.tok_start - 1) == "the" {
                    l.tok_start - 1
                } else {
                    l.tok_start
                };
                at > 0
                    && matches!(
                        word(at - 1),
                        "from"
                            | "in"
                            | "to"
                            | "of"
                            | "with"
                            | "by"
                            | "on"
                            | "at"
                            | "for"
                            | "against"
                    )
            };
            // From the subject position, a noun belongs to its subject through a light
            // verb ("Washington has imposed new sanctions on", "Iran and Oman held talks"),
            // not through any verb ("the United States supported an effort to end the war").
            // "chaired by South Africa, the current chair of the AU": an apposition
            // describes its anchor, wherever the anchor stands.
            let apposition = |l: &Group| {
                word(l.tok_end) == ","
                    && matches!(word(l.tok_end + 1), "the" | "a" | "an" | "its" | "their")
                    && (l.tok_end + 2..cs).all(|i| {
                        let w = word(i);
                        w.chars().all(char::is_alphanumeric) && !is_function_word(w)
                    })
                    && cs - l.tok_end <= 5
            };
            left = left.filter(|l| {
                // "the UAE condemned the attack on Chad": a noun after another cue
                // is that cue's object, not its subject's own act.
                // ("which Russia supported as a Permanent Member" is a role, though).
                // ("ECOWAS condemned the attack and expressed solidarity with
                // Benin": a light verb coordinated after the cue's object opens
                // the noun's own predicate.)
                let own_predicate =
                    coordinated_light_verb(words, l.tok_end, cs).unwrap_or(l.tok_end);
                let cue_between = entry.relation != RelationKind::Membership
                    && (own_predicate..cs).any(|i| sentence.cue_token[i]);
                // "Egypt and Jordan discussed the war in Gaza": a topic of talks is
                // no act of the talkers.
                let topic = entry.relation != RelationKind::Meeting
                    && (l.tok_end..cs).any(|i| {
                        matches!(
                            word(i),
                            "discuss"
                                | "discussed"
                                | "discusses"
                                | "discussing"
                                | "regarding"
                                | "concerning"
                        ) || word(i) == "about" && word(i + 1) != "to"
                    });
                // "France and Germany called for an end to the fighting": a
                // fight whose end is sought is no act of the subject.
                let ended = entry.relation == RelationKind::Conflict
                    && (l.tok_end..cs)
                        .any(|i| matches!(word(i), "end" | "halt" | "stop" | "ending" | "halting"));
                !topic
                    && !ended
                    && ((cs - l.tok_end <= 3 && !prepositional_object(l) && !cue_between)
                        || apposition(l)
                        // "are among the newest members of NATO", "is the second
                        // largest donor to Ukraine"
                        || (subject_position(l, words)
                            && !cue_between
                            && member_complement(words, l.tok_end, cs))
                        || (entry.relation == RelationKind::Meeting
                            && entry.cue.split(' ').any(|w| VISIT_NOUNS.contains(&w))
                            && subject_position(l, words)
                            && on_a_visit(words, l.tok_end, cs))
                        || relative_subject(l, words, cs)
                        || (subject_position(l, words)
                            && (l.entities.len() >= 2
                                || (l.tok_end..cs).any(|i| {
                                    LIGHT_VERBS_SET.contains(word(i))
                                        || GIVING_VERBS_SET.contains(word(i))
                                }))))
            });
        }
        // "Lusaka struck a deal with bondholders and signed a memorandum with the
        // committee": a noun after a coordinated light verb belongs to the
        // sentence's subject. So does one after "and has": "Algeria, Africa's
        // largest gas exporter, sends gas to Italy and Spain, and has deepened
        // military cooperation with Russia" (Spain is the first verb's object).
        if pattern == CuePattern::Noun
            && left.as_ref().is_none_or(|l| !subject_position(l, words))
            && let Some(lv) = (cs.saturating_sub(3)..cs).rev().find(|&i| {
                LIGHT_VERBS_SET.contains(word(i))
                    && (i + 1..cs).all(|k| {
                        let w = word(k);
                        matches!(w, "a" | "an" | "the" | "new")
                            || w.chars().all(char::is_alphabetic) && !is_function_word(w)
                    })
            })
            && let Some(and) = (lv.saturating_sub(3)..lv)
                .rev()
                .find(|&k| !matches!(word(k), "has" | "have" | "had" | "also"))
            && word(and) == "and"
        {
            left = clause_subject(groups, words, lv).cloned();
        }
        // A verb's object comes before any other cue and within a few plain words:
        // "met with the Deputy Minister of Trade, Paulo Reis" is near, "trains those under
        // the regime's command under the Russian government's playbook" is not.
        if pattern == CuePattern::Verb {
            right = right.filter(|r| {
                let plain_words = (ce..r.tok_start)
                    .filter(|&i| {
                        !sentence.capitalized[i]
                            && words[i].chars().all(char::is_alphabetic)
                            && !matches!(words[i], "the" | "a" | "an")
                            && !in_hyphenated_modifier(words, i)
                    })
                    .count();
                // "NATO ally Greece": the title word right before the participant is no other cue.
                let titled = |i: usize| {
                    i + 1 == r.tok_start
                        && matches!(
                            words[i],
                            "ally" | "allies" | "member" | "members" | "partner"
                        )
                };
                // A verb of giving reaches further: "deliver more air defence
                // systems to Ukraine".
                // So does a verb of trade to its seller: "imports most of its gas
                // from Norway".
                // ("to the Philippine Coast Guard": an article between.)
                let recipient_at = before_determiners(words, r.tok_start);
                let giving_to = (GIVING_VERBS_SET
                    .contains(entry.cue.split(' ').next().unwrap_or(""))
                    || entry.cue.ends_with(" exports"))
                    && recipient_at >= 1
                    && matches!(words[recipient_at - 1], "to" | "for")
                    || entry.relation == RelationKind::Trade
                        && r.tok_start >= 1
                        && words[r.tok_start - 1] == "from";
                let limit = if giving_to { 7 } else { 4 };
                // "welcomed the decision, saying his Government ...": a pronoun after
                // a comma starts another phrase.
                let pronoun_after_comma = r.reference && (ce..r.tok_start).any(|i| word(i) == ",");
                if pronoun_after_comma {
                    return false;
                }
                // "will meet in Sochi next month, the Kremlin said": the speaker
                // after a comma is no object.
                // ("..., the Russian foreign ministry said": the speaker's noun
                // between.)
                let speaks = |w: &str| {
                    matches!(
                        w,
                        "said" | "says" | "told" | "added" | "announced" | "stated" | "reported"
                    )
                };
                let speech = (r.tok_end..r.tok_end + 3)
                    .find(|&k| {
                        let w = word(k);
                        speaks(w)
                            || !w.chars().all(|c| c.is_ascii_lowercase())
                            || is_function_word(w)
                    })
                    .unwrap_or(r.tok_end + 3);
                if (ce..r.tok_start).any(|i| word(i) == ",") && speaks(word(speech)) {
                    return false;
                }
                // "warned that any attempt by Russia ...", "warned that it would": a
                // clause, not an object. A threat names its target as the clause's
                // own subject: "Serbia warned that Kosovo would pay a price".
                // "trained the attackers, which Serbia denies": a relative clause
                // after a comma is no object either.
                // "designates His Excellency X as facilitator": a role given, no
                // sanction ("designated X as a terrorist entity" is one).
                if entry.relation == RelationKind::Sanctions && entry.cue.starts_with("designat") {
                    // (Past an apposition: "designates X, President of the
                    // Central African Republic, as facilitator"; not "under
                    // Executive Order 13224, as amended".)
                    let role_given = (r.tok_end..(r.tok_end + 12).min(words.len()))
                        .take_while(|&i| word(i) == "as" || !breaks_at(words, i))
                        .find(|&i| word(i) == "as")
                        .filter(|&at| {
                            !matches!(
                                word(at + 1),
                                "amended" | "well" | "part" | "such" | "required"
                            )
                        })
                        .is_some_and(|at| {
                            let mut k = at + 1;
                            while matches!(word(k), "a" | "an" | "the" | "its" | "their") {
                                k += 1;
                            }
                            !measures::BANNED_KINDS.contains(&word(k))
                                && !matches!(
                                    word(k),
                                    "specially" | "foreign" | "global" | "sanctioned"
                                )
                        });
                    if role_given {
                        return false;
                    }
                }
                // "expelled the diplomatic personnel of Argentina": the envoys
                // are expelled, a protest, not a sanction on their state.
                if entry.relation == RelationKind::Sanctions
                    && (ce..r.tok_start).any(|i| measures::ENVOYS.contains(&word(i)))
                {
                    return false;
                }
                let relative = (ce + 1..r.tok_start).any(|i| {
                    word(i - 1) == "," && matches!(word(i), "which" | "who" | "whom" | "whose")
                });
                if relative {
                    return false;
                }
                let clause = (ce..r.tok_start).any(|i| matches!(word(i), "that" | "whether"))
                    && !(entry.cue.starts_with("warn")
                        && !r.reference
                        && r.lead >= 1
                        && (word(r.lead - 1) == "that"
                            || r.lead >= 2
                                && word(r.lead - 2) == "that"
                                && word(r.lead - 1) == "the"));
                // "condemned the attack by Iran": the act's agent is what is opposed.
                let agent_of_act = entry.relation == RelationKind::Opposition
                    && names_the_agent_of_an_act(words, r.lead, ce);
                // "rejected any attempt to annex Guyanese territory": the
                // object of the infinitive is the victim of the act opposed.
                let intent_object = matches!(
                    entry.relation,
                    RelationKind::Opposition | RelationKind::Sanctions
                ) && (ce..r.tok_start)
                    .any(|i| INTENT_NOUNS.contains(&word(i)) && word(i + 1) == "to");
                // "threatened sanctions against Chile", "threatened to retaliate
                // against Chile": a threat opposes the target of the hostile act
                // it names, however that act is worded.
                let threatened_act = entry.relation == RelationKind::Opposition
                    && entry.cue.starts_with("threaten")
                    && r.lead > ce + 1
                    && {
                        let preposition = before_determiners(words, r.lead).saturating_sub(1);
                        matches!(word(preposition), "against" | "on")
                            && (ce..preposition).all(|i| {
                                words[i].chars().all(|c| c.is_ascii_lowercase() || c == '-')
                            })
                    };
                // ("condemned the attacks on merchant shipping in the Red Sea by
                // the Houthis": "by" marks the agent however far.)
                let limit = if agent_of_act {
                    limit.max(10)
                } else if threatened_act {
                    limit.max(8)
                } else {
                    limit
                };
                !clause
                    && !intent_object
                    && plain_words <= limit
                    && !(ce..r.tok_start).any(|i| {
                        // ("sold arms to Taiwan": the goods sold.)
                        let goods = entry.relation == RelationKind::Trade && word(i) == "arms";
                        let own_agent = agent_of_act && i < r.lead;
                        // ("working with partners, including Egypt": the
                        // names the plural lists.)
                        let listing = PLURAL_PARTNERS.contains(&word(i))
                            && (i..r.lead).any(|k| matches!(word(k), "including" | "such"));
                        // ("sanctioned the Iran-backed Houthis": the modifier's own cue.)
                        let modifier = in_hyphenated_modifier(words, i) && i + 2 >= r.tok_start;
                        // ("met the detained former leader", "advocated for
                        // detained Australians": a participle describes the object.)
                        let described = DETENTIONS.contains(&word(i))
                            && (i + 1 == r.lead
                                || matches!(
                                    word(i.wrapping_sub(1)),
                                    "the" | "a" | "an" | "for" | "his" | "her" | "their" | "its"
                                ));
                        sentence.cue_token[i]
                            && !(titled(i)
                                || described
                                || own_agent
                                || goods
                                || listing
                                || modifier
                                || threatened_act)
                    })
            });
        }
        // "Saudi Arabia and Iran restored diplomatic relations in a deal brokered
        // by China": a coordinated subject's mutual act whose cue names its own
        // object is between the subject's members; a later name takes part only
        // after "with".
        if pattern == CuePattern::Verb
            && symmetric
            && entry.cue.contains(' ')
            && left
                .as_ref()
                .is_some_and(|l| l.entities.len() >= 2 && subject_position(l, words))
            && right
                .as_ref()
                .is_some_and(|r| r.lead > ce + 1 && !matches!(word(r.lead - 1), "with" | "and"))
        {
            right = None;
        }
        // "accused Benin of hosting French troops": a host of forces or bases
        // meets nobody.
        if pattern == CuePattern::Verb
            && entry.relation == RelationKind::Meeting
            && entry.cue.starts_with("host")
            && right.as_ref().is_some_and(|r| {
                matches!(
                    word(r.tok_end),
                    "troops"
                        | "forces"
                        | "soldiers"
                        | "military"
                        | "base"
                        | "bases"
                        | "refugees"
                        | "fighters"
                        | "mercenaries"
                        | "warships"
                        | "missiles"
                        | "weapons"
                )
            })
        {
            return None;
        }
        // "Albanese and Adeang signed the Nauru-Australia Treaty": names inside the
        // name of a treaty are no object of the verb.
        if pattern == CuePattern::Verb
            && right.as_ref().is_some_and(|r| {
                // The name runs on in capitals ("the Australia-China Foreign and
                // Strategic Dialogue") to its head.
                let capital = |i: usize| sentence.capitalized.get(i).copied().unwrap_or(false);
                (r.tok_end..(r.tok_end + 6).min(words.len()))
                    .take_while(|&i| capital(i) || word(i) == "and" && capital(i + 1))
                    .any(|i| NAME_HEADS.contains(&word(i)))
            })
        {
            right = None;
        }
        // "troops who have fought in Somalia since 2011": where they fight, not
        // whom ("struck targets in Iran" does strike Iran).
        if pattern == CuePattern::Verb
            && matches!(
                entry.cue.as_str(),
                "fought" | "fight" | "fights" | "fighting" | "clashed" | "clash" | "clashes"
            )
        {
            right = right.filter(|r| {
                !(r.lead >= 1
                    && matches!(word(r.lead - 1), "in" | "inside" | "across" | "throughout"))
            });
            // "to fight alongside Russian forces against Ukraine": allies are
            // no enemy; the enemy follows "against".
            if right
                .as_ref()
                .is_some_and(|r| r.lead >= 1 && word(r.lead - 1) == "alongside")
            {
                right = right.and_then(|ally| {
                    groups
                        .iter()
                        .find(|g| {
                            g.tok_start > ally.tok_end
                                && g.lead >= 1
                                && g.lead <= ally.tok_end + 2
                                && word(g.lead - 1) == "against"
                        })
                        .cloned()
                });
            }
        }
        // "led the court to suspend her from office": a domestic suspension
        // from a post is no sanction.
        if entry.cue.starts_with("suspend")
            && right.as_ref().is_some_and(|r| {
                word(r.tok_end) == "from" && SUSPENDED_FROM_POSTS.contains(&word(r.tok_end + 1))
            })
        {
            return None;
        }
        // "offered his condolences": words of courtesy are no gift; "the law
        // provides for a commission" sets up, and gives nothing.
        if pattern == CuePattern::Verb
            && GIVING_VERBS_SET.contains(entry.cue.split(' ').next().unwrap_or(""))
            && ((ce..(ce + 3).min(words.len())).any(|i| COURTESIES.contains(&word(i)))
                || entry.cue.starts_with("provid") && word(ce) == "for")
        {
            return None;
        }
        // A meeting's venue is no participant: "met on the sidelines of the G20",
        // "held talks at the ASEAN summit", "met during the NATO summit", "at their
        // meeting in St Vincent" (but "met in Moscow" is a visit).
        // "received F-16 jets from Denmark": what came from someone was no
        // visit (but "received a phone call from", "a delegation from" were).
        if entry.relation == RelationKind::Meeting
            && pattern == CuePattern::Verb
            && matches!(word(cs), "received" | "receives" | "receive" | "receiving")
        {
            right = right.filter(|r| {
                let start = before_determiners(words, r.lead);
                !(start >= ce + 2
                    && word(start - 1) == "from"
                    && !(ce..start).any(|i| {
                        matches!(
                            word(i),
                            "call"
                                | "calls"
                                | "visit"
                                | "visits"
                                | "delegation"
                                | "delegations"
                                | "envoy"
                                | "envoys"
                                | "minister"
                                | "ministers"
                                | "president"
                                | "counterpart"
                                | "leader"
                                | "leaders"
                                | "officials"
                                | "team"
                        )
                    }))
            });
        }
        if entry.relation == RelationKind::Meeting {
            // "Leaders of the Pacific Islands Forum met in Tonga": where a body
            // meets is its venue, not a party.
            let body_meets = left.as_ref().is_some_and(|l| l.organization);
            right = right.filter(|r| {
                let venue = body_meets
                    && ((word(ce) == "in" && r.lead == ce + 1)
                        || (entry.cue.ends_with(" in") && r.lead == ce));
                // "held talks on Ethiopia", "met on St Vincent": a topic or an
                // island, no party.
                let start = before_determiners(words, r.lead);
                let topic = start >= 1 && word(start - 1) == "on" && !r.person;
                !venue
                    && !topic
                    && !(ce..r.tok_start).any(|i| {
                    matches!(
                        word(i),
                        "sidelines" | "margins" | "margin" | "sideline" | "at" | "during"
                    )
                }) && !(pattern == CuePattern::Noun
                    && word(ce) == "in"
                    && (r.lead == ce + 1 || r.lead == ce + 2 && word(ce + 1) == "the"))
                    // "met in Tokyo for the Quad foreign ministers' meeting": the
                    // occasion, not a participant.
                    && !(r.lead >= 1
                        && (word(r.lead - 1) == "for"
                            || r.lead >= 2 && word(r.lead - 2) == "for" && word(r.lead - 1) == "the")
                        && (r.tok_end..(r.tok_end + 4).min(words.len())).any(|i| {
                            OCCASIONS.contains(&word(i))
                        }))
            });
        }
        // "restricted exports of chips to China" stops trade: a sanction (its own cue).
        if entry.relation == RelationKind::Trade
            && (cs.saturating_sub(2)..cs).any(|i| {
                matches!(
                    word(i),
                    "restricted"
                        | "restricts"
                        | "restricting"
                        | "banned"
                        | "bans"
                        | "banning"
                        | "curbed"
                        | "curbs"
                        | "blocked"
                        | "halted"
                        | "suspended"
                        | "limited"
                        | "froze"
                        | "stopped"
                        | "restrictions"
                        | "ban"
                        | "embargo"
                )
            })
        {
            return None;
        }
        // "warned the Security Council that famine was spreading": the one
        // told, not a foe ("warned Iran that it would pay", "warned Iran of
        // consequences" are threats).
        if entry.relation == RelationKind::Opposition
            && entry.cue.starts_with("warn")
            && pattern == CuePattern::Verb
            && right.as_ref().is_some_and(|r| {
                let that = r.tok_end + usize::from(word(r.tok_end) == "today");
                r.organization && word(that) == "that"
            })
        {
            return None;
        }
        // "Macron welcomed Xi to Paris" hosts a visitor (a meeting, read elsewhere).
        if entry.relation == RelationKind::Support
            && entry.cue.starts_with("welcom")
            && right.as_ref().is_some_and(|r| welcomed_to(words, r))
        {
            return None;
        }
        // A place far from the verb is an adjunct, not the object: "to support
        // reconstruction ... for all communities in northern Ethiopia". But a
        // strike's place is struck: "a Russian missile struck a hospital in Kyiv".
        // One invests in what is invested in: "invest $10 billion in Indonesia".
        if pattern == CuePattern::Verb
            && entry.relation != RelationKind::Conflict
            && !entry.cue.starts_with("invest")
        {
            right = right.filter(|r| {
                !(r.tok_start - ce > 2
                    && r.tok_start >= 1
                    && (r.tok_start.saturating_sub(2)..r.tok_start)
                        .any(|i| matches!(word(i), "in" | "at" | "near")))
            });
        }
        // A passive is a form of "be" and a past participle ("was sanctioned", "is
        // backed"), not a progressive ("is imposing sanctions").
        let first = entry.cue.split(' ').next().unwrap_or("");
        // ("is committed to Ukraine": a state of mind, no passive.)
        let participle = (first.ends_with("ed") && first != "committed")
            || first.ends_with("en")
            || matches!(
                first,
                "struck"
                    | "hit"
                    | "shot"
                    | "sold"
                    | "bought"
                    | "held"
                    | "met"
                    | "fought"
                    | "sent"
                    | "led"
                    | "built"
                    | "shut"
                    | "cut"
            );
        // "remain suspended from" is a passive too, and so is the second of two
        // participles: "are armed and trained by".
        let passive = pattern == CuePattern::Verb
            && participle
            && ((1..=2).any(|k| {
                cs >= k
                    && (BE_FORMS.contains(&word(cs - k))
                        || matches!(word(cs - k), "remain" | "remains" | "remained"))
            }) || cs >= 3
                && word(cs - 1) == "and"
                && word(cs - 2).ends_with("ed")
                && BE_FORMS.contains(&word(cs - 3)));
        // "was received at the airport by X": a short place phrase may come first.
        let by = if word(ce) == "by" {
            Some(ce)
        } else {
            // ("designated as a Foreign Terrorist Organization by": a category
            // may come first, a name of a few words.)
            let reach = if word(ce) == "as" { 9 } else { 5 };
            word_in_clause(words, ce, reach, "by")
                .filter(|_| matches!(word(ce), "at" | "in" | "on" | "upon" | "as"))
        };
        // "the Official Creditor Committee, co-chaired by China and France": a
        // participle after a name and a comma; its agent follows "by".
        if pattern == CuePattern::Verb
            && participle
            && !passive
            && cs >= 2
            && word(cs - 1) == ","
            // ("founded in 2001 by": a short time or place phrase may come first.)
            && let Some(by) = by
            && let Some(named) = groups.iter().find(|g| g.tok_end + 1 == cs).or_else(|| {
                // "X visited Manila for the talks, hosted by Y": the host meets the
                // sentence's subject.
                (entry.relation == RelationKind::Meeting)
                    .then(|| {
                        groups
                            .iter()
                            .find(|g| g.tok_end < cs && subject_position(g, words))
                    })
                    .flatten()
            })
            && let Some(agent) = group_after(groups, words, by + 1)
        {
            return Some((
                Some(agent.clone()),
                Some(named.clone()),
                "participle after a name",
            ));
        }
        // "The Houthis, a group backed by Iran,": a participle in an apposition
        // acts on the name the apposition describes.
        if pattern == CuePattern::Verb
            && participle
            && !passive
            && !symmetric
            && word(ce) == "by"
            && let Some(determiner) = (cs.saturating_sub(4)..cs)
                .rev()
                .find(|&i| matches!(word(i), "a" | "an"))
            && determiner >= 1
            && word(determiner - 1) == ","
            && (determiner + 1..cs).all(|i| {
                word(i).chars().all(|c| c.is_ascii_lowercase()) && !is_function_word(word(i))
            })
            && let Some(head) = groups.iter().find(|g| g.tok_end + 1 == determiner)
            && let Some(agent) = group_after(groups, words, ce + 1)
        {
            return Some((
                Some(agent.clone()),
                Some(head.clone()),
                "participle in an apposition",
            ));
        }
        // "the joint declaration signed in Washington by Armenia and Azerbaijan":
        // a participle after a noun, its agents after "by"; the noun is no entity.
        if pattern == CuePattern::Verb
            && participle
            && !passive
            && cs >= 1
            && left.as_ref().is_none_or(|l| l.tok_end != cs)
            && words[cs - 1].chars().all(char::is_alphabetic)
            && !is_function_word(word(cs - 1))
            && !LIGHT_VERBS_SET.contains(word(cs - 1))
            && let Some(by) = word_in_clause(words, ce, 8, "by")
        {
            let agents = group_after(groups, words, by + 1)
                .filter(|g| symmetric && g.entities.len() >= 2)
                .cloned();
            return agents.map(|a| (Some(a), None, "coordinated agents of a participle"));
        }
        // "the number of ships barred from EU ports": a participle after a plain
        // noun; whoever bars is not the name before it.
        if pattern == CuePattern::Verb
            && entry.relation == RelationKind::Sanctions
            && participle
            && !passive
            && (entry.cue.ends_with(" from") || word(ce) == "from")
            && cs >= 1
            && left.as_ref().is_none_or(|l| l.tok_end != cs)
            && words[cs - 1].chars().all(char::is_alphabetic)
            && !is_function_word(word(cs - 1))
            && !LIGHT_VERBS_SET.contains(word(cs - 1))
        {
            return None;
        }
        // "Hamas, a group founded in Gaza, and Hezbollah": a participle after an
        // indefinite noun phrase describes that phrase; with no "by" after it,
        // no name in the sentence is its agent.
        if pattern == CuePattern::Verb && participle && !passive && by.is_none() && cs >= 2 {
            let mut k = cs;
            while k > 0
                && cs - k < 3
                && word(k - 1).chars().all(|c| c.is_ascii_lowercase())
                && !is_function_word(word(k - 1))
                && !word(k - 1).ends_with("ly")
                && !groups.iter().any(|g| g.tok_start < k && k <= g.tok_end)
            {
                k -= 1;
            }
            if k < cs && k >= 1 && matches!(word(k - 1), "a" | "an") {
                return None;
            }
        }
        if passive && let Some(by) = by {
            // "blacklisted by the Treasury's Office of Foreign Assets Control":
            // the possessed body acts, not its owner.
            let by_group = group_after(groups, words, by + 1)
                .map(|g| {
                    groups
                        .iter()
                        .find(|h| {
                            h.organization
                                && h.tok_start == g.tok_end + 1
                                && matches!(word(g.tok_end), "'s" | "’s")
                        })
                        .unwrap_or(g)
                })
                .cloned();
            // "was designated by OFAC and is listed by the UN Security
            // Council": the agent of an earlier passive is not this one's patient.
            let left = left.filter(|l| {
                let before = before_determiners(words, l.lead);
                !(before >= 1 && word(before - 1) == "by")
            });
            // "Dorji sat down with Wang Yi and was also received by Han Zheng":
            // a passive coordinated after "and" is said of the sentence's subject.
            let mut k = cs;
            while k > 0
                && matches!(
                    word(k - 1),
                    "was" | "were" | "is" | "are" | "been" | "has" | "have" | "had" | "also"
                )
            {
                k -= 1;
            }
            let left = if k < cs && k >= 1 && matches!(word(k - 1), "and" | "but") {
                clause_subject(groups, words, k).cloned()
            } else {
                left
            };
            return by_group.map(|agent| (Some(agent), left, "passive verb"));
        }
        if passive && !symmetric {
            // "Ethiopia and Iran were admitted to BRICS": the subject joined.
            if entry.relation == RelationKind::Membership
                && (entry.cue.ends_with(" to")
                    || entry.cue.ends_with(" into")
                    || entry.cue.ends_with(" as"))
                && let (Some(member), Some(body)) = (left.clone(), right.clone())
                && body.organization
            {
                return Some((Some(member), Some(body), "passive admission"));
            }
            // "Venezuela has been suspended from the bloc": the organization suspends.
            if entry.relation == RelationKind::Sanctions
                && (word(ce) == "from"
                    || entry.cue.ends_with(" from")
                    || entry.cue.ends_with(" of"))
                && let Some(r) = right.clone().filter(|r| {
                    r.organization
                        && (ce..r.tok_start).all(|i| {
                            let w = word(i);
                            matches!(w, "from" | "the" | "-" | "member")
                                || w.chars().all(|c| c.is_ascii_digit())
                        })
                })
            {
                return Some((Some(r), left, "passive suspension"));
            }
            return None; // "Y was sanctioned": by whom, the text does not say here
        }
        // "its partners, among them the United States and Brazil": examples, each
        // a partner of the possessor, not of each other.
        if symmetric
            && pattern == CuePattern::Noun
            && let Some(r) = &right
            && r.tok_start - ce <= 5
            && (ce..r.tok_start).any(|i| {
                matches!(word(i), "including" | "notably")
                    || word(i) == "among" && matches!(word(i + 1), "them" | "others")
                    || word(i) == "such" && word(i + 1) == "as"
            })
        {
            return modifier
                .map(|owner| (Some(owner), Some(r.clone()), "examples of a possessor's"));
        }
        // "tensions between Somalia and Ethiopia", "the dispute between": a
        // hostility both ways, as with "traded accusations".
        if entry.relation == RelationKind::Opposition
            && pattern == CuePattern::Noun
            && MUTUAL_HOSTILITY.contains(&entry.cue.as_str())
            && let Some(r) = &right
            && r.entities.len() >= 2
            && r.tok_start - ce <= 5
            && (ce..r.tok_start).any(|i| word(i) == "between")
        {
            return Some((Some(r.clone()), Some(r.clone()), "each other, between"));
        }
        // "between the UK and Jordan": the group is the participants.
        if symmetric && let Some(r) = &right {
            let between = entry.cue.ends_with(" between")
                || (ce..r.tok_start).any(|i| matches!(word(i), "between" | "among" | "amongst"));
            // (A title before the first name is not distance: "talks in Colombo
            // between Indian Prime Minister Narendra Modi and ...".)
            let near = r.lead.min(r.tok_start).saturating_sub(ce) <= 5;
            if between && r.entities.len() >= 2 && near {
                return Some((Some(r.clone()), None, "between"));
            }
            // "between Ali Shamkhani, secretary of ..., and Musaed bin Mohammed Al-Aiban":
            // an apposition splits the pair.
            if between && r.entities.len() == 1 && near {
                // ("The war between the army, led by X, and the RSF": after "the".)
                let second = groups.iter().find(|g| {
                    let start = before_determiners(words, g.lead);
                    g.tok_start > r.tok_end
                        && g.tok_start <= r.tok_end + 16
                        && start >= 2
                        && word(start - 1) == "and"
                        && word(start - 2) == ","
                        && !(r.tok_end..g.tok_start).any(|i| breaks_at(words, i))
                });
                if let Some(second) = second {
                    let mut pair = r.clone();
                    pair.entities.extend(second.entities.iter().copied());
                    pair.tok_end = second.tok_end;
                    return Some((Some(pair), None, "between, across an apposition"));
                }
                // "between Sudan, ruled by Burhan, and Chad": the apposition's
                // name and the second side make one list; the side is its last.
                let listed_last = groups.iter().find(|g| {
                    let start = before_determiners(words, g.lead);
                    g.tok_start > r.tok_end
                        && g.tok_start <= r.tok_end + 12
                        && start >= 1
                        && word(start - 1) == "by"
                        && word(r.tok_end) == ","
                        && (g.tok_start + 1..g.tok_end)
                            .any(|i| word(i) == "and" && word(i - 1) == ",")
                        && !(r.tok_end..g.tok_start).any(|i| breaks_at(words, i))
                });
                if let Some(&last) = listed_last.and_then(|g| g.entities.last()) {
                    let mut pair = r.clone();
                    pair.entities.push(last);
                    return Some((Some(pair), None, "between, across an apposition"));
                }
            }
        }
        // "concern over the conflict in Myanmar": with no possessor, a fight "in"
        // a state names where it is fought, not who fights ("Russia's war in
        // Ukraine" names both).
        if pattern == CuePattern::Noun
            && entry.relation == RelationKind::Conflict
            && modifier.is_none()
        {
            right = right.filter(|r| {
                let start = before_determiners(words, r.lead);
                !(start >= 1 && matches!(word(start - 1), "in" | "inside" | "within"))
            });
        }
        // "bought artillery shells for Ukraine": the one bought for is no
        // trading partner.
        if entry.relation == RelationKind::Trade && pattern == CuePattern::Verb {
            right = right.filter(|r| {
                let start = before_determiners(words, r.lead);
                !(start >= 1 && word(start - 1) == "for")
            });
        }
        // "supplies to Gaza through Jordan": a route, not a recipient.
        right = right.filter(|r| !(r.lead >= 1 && matches!(word(r.lead - 1), "through" | "via")));
        // "The bank, which OFAC designated in 2007, is owned by Hezbollah": in an
        // object relative clause the verb's object is the name before "which",
        // never one after the clause.
        if pattern == CuePattern::Verb
            && !symmetric
            && !passive
            && let Some(l) = &left
            && l.tok_end + 3 >= cs
            && l.tok_end <= cs
        {
            let from = before_determiners(words, l.tok_start);
            if from >= 2 && matches!(word(from - 1), "which" | "whom") && word(from - 2) == "," {
                right = None;
            }
        }
        // "UN sanctions for its weapons programmes": the reason, no patient (but
        // "support for his desire" supports him).
        if pattern == CuePattern::Noun
            && matches!(
                entry.relation,
                RelationKind::Sanctions | RelationKind::Opposition
            )
        {
            right = right.filter(|r| {
                !(r.reference
                    && r.tok_end == r.tok_start + 1
                    && matches!(word(r.tok_start), "its" | "their" | "his" | "her"))
            });
        }
        // "X's sanctions on Y": patient after a preposition; "designations of X": X is the patient.
        if pattern == CuePattern::Noun {
            if let Some(r) = &right {
                // Capitalized words between are a title ("meeting with the Deputy Foreign
                // Minister Gayrat Fazilov"): they do not separate the noun from its patient.
                // ("conversation with President of the People's Republic of
                // China Xi Jinping": the small words of a title's name too.)
                let small = |w: &str| matches!(w, "of" | "the" | "'s" | "’s");
                let in_title = |i: usize| {
                    let mut first = i;
                    while first > ce && small(word(first)) {
                        first -= 1;
                    }
                    let mut last = i;
                    while last < r.tok_start && small(word(last)) {
                        last += 1;
                    }
                    small(word(i))
                        && first > ce
                        && sentence.capitalized[first]
                        && sentence.capitalized.get(last).copied().unwrap_or(false)
                };
                let gap: Vec<&str> = (ce..r.tok_start)
                    .filter(|&i| {
                        !sentence.capitalized[i]
                            && !in_hyphenated_modifier(words, i)
                            && !in_title(i)
                    })
                    .map(word)
                    .collect();
                // The patient follows the noun's own preposition: "sanctions on Iran",
                // "cooperation with the UN", not "partners to ensure that North Korea".
                let cue_ends_in_preposition = matches!(
                    entry.cue.rsplit(' ').next(),
                    Some(
                        "of" | "on"
                            | "for"
                            | "to"
                            | "with"
                            | "against"
                            | "in"
                            | "into"
                            | "over"
                            | "from"
                    )
                );
                let determiners_only = gap.len() <= 3
                    && gap.iter().all(|w| {
                        matches!(*w, "the" | "a" | "an")
                            || (w.chars().all(char::is_alphabetic) && !is_function_word(w))
                    });
                // "partners to ensure that North Korea ...": a clause, not an object.
                let clause = gap
                    .iter()
                    .any(|w| matches!(*w, "that" | "whether" | "if" | "which" | "who" | "so"));
                // "partners to target Iran's drone programme": an infinitive of
                // another cue takes the name as its own object.
                // (A base verb ends in neither "-ing" nor "-ed": "aid to
                // neighbouring Chad", "support to war-torn Sudan" name the patient.)
                let infinitive_cue = gap.first() == Some(&"to")
                    && (ce..r.tok_start).any(|i| sentence.cue_token[i])
                    || matches!(gap.as_slice(), ["to", verb, ..]
                    if verb.chars().all(|c| c.is_ascii_lowercase())
                        && !verb.ends_with("ing")
                        && !verb.ends_with("ed")
                        && !verb.ends_with("ern")
                        && !is_function_word(verb)
                        && !matches!(
                            *verb,
                            "this" | "that" | "these" | "those" | "its" | "their" | "his"
                                | "her" | "our" | "both" | "all" | "each" | "every" | "any"
                                | "some" | "fellow" | "key" | "close" | "new" | "former"
                                | "other" | "friendly" | "rival" | "poor" | "small" | "tiny"
                        ));
                let prepositional = (cue_ends_in_preposition && determiners_only)
                    || !clause
                        && !infinitive_cue
                        && gap.len() <= 4
                        && gap.first().is_some_and(|w| {
                            matches!(
                                *w,
                                "on" | "against"
                                    | "for"
                                    | "to"
                                    | "with"
                                    | "of"
                                    | "in"
                                    | "inside"
                                    | "over"
                                    | "from"
                                    | "into"
                            )
                        });
                // "the sale of F-16 fighter jets to Turkey": the patient after the thing.
                // ("... jets to the UAE": through an article.)
                let before_article = match gap.as_slice() {
                    [rest @ .., "the"] => rest,
                    all => all,
                };
                let thing_then_preposition = (gap.first() == Some(&"of")
                    || entry.cue.ends_with(" of"))
                    && gap.len() <= 7
                    && before_article
                        .last()
                        .is_some_and(|w| matches!(*w, "to" | "with" | "from" | "for" | "against"))
                    && !(ce..r.tok_start).any(|i| sentence.cue_token[i]);
                // "aid plane to Syria", "loan package for Sri Lanka": the cue
                // modifies a head noun, whose preposition leads to the patient.
                // "the EU's sanctions package against Russia".
                let head_then_preposition = (2..=3).contains(&gap.len())
                    && gap.last().is_some_and(|w| {
                        matches!(*w, "to" | "for")
                            || entry.relation == RelationKind::Sanctions
                                && matches!(*w, "against" | "on")
                    })
                    && gap[..gap.len() - 1]
                        .iter()
                        .all(|w| w.chars().all(char::is_alphabetic) && !is_function_word(w))
                    && !(ce..r.tok_start).any(|i| sentence.cue_token[i]);
                // "strikes on militant camps in Niger": the patient is the camps;
                // the state after "in" is where.
                let object_then_place = gap.len() >= 3
                    && gap
                        .first()
                        .is_some_and(|w| matches!(*w, "on" | "against" | "at"))
                    && gap
                        .last()
                        .is_some_and(|w| matches!(*w, "in" | "inside" | "near" | "across"));
                // "support for the sovereignty and territorial integrity of Guyana",
                // "solidarity with the Government and people of the DRC": what is
                // supported belongs to the state after "of".
                let owned: &[&str] = match gap.as_slice() {
                    [rest @ .., "the"] => rest,
                    all => all,
                };
                let belonging_of = entry.relation == RelationKind::Support
                    && owned.len() <= 8
                    && owned.last() == Some(&"of")
                    && owned[..owned.len() - 1]
                        .iter()
                        .all(|w| SUPPORTED_BELONGINGS.contains(w));
                // "serious concern over the dangerous actions of the China Coast
                // Guard", "concern at renewed attacks by the M23": a critic's noun
                // opposes the agent of the act it names.
                let act_agent = entry.relation == RelationKind::Opposition
                    && gap.len() <= 10
                    && !clause
                    // (The act may be a cue of its own: "attacks by the Houthis".)
                    && !(ce..r.tok_start).any(|i| sentence.cue_token[i] && !names_an_act(word(i)))
                    && match before_article {
                        [.., act, "of"] => acted_by_what_follows_of(act),
                        [before @ .., "by"] => before.iter().any(|w| names_an_act(w)),
                        _ => false,
                    };
                if object_then_place
                    || !prepositional
                        && !act_agent
                        && !thing_then_preposition
                        && !head_then_preposition
                        && !belonging_of
                        && !gap.is_empty()
                {
                    right = None;
                }
            }
            // "the accession of North Macedonia to the alliance": of-group acts on the to-group.
            if word(ce) == "of"
                && let Some(first) = right.clone().filter(|r| r.tok_start <= ce + 2)
                && matches!(
                    word(first.tok_end),
                    "to" | "into" | "with" | "on" | "against" | "by"
                )
                && let Some(second) = groups
                    .iter()
                    .find(|g| g.tok_start > first.tok_end && g.tok_start <= first.tok_end + 3)
            {
                return Some((Some(first), Some(second.clone()), "noun of X to Y"));
            }
            if let Some(r) = right.as_mut() {
                // "war in Ukraine, China, and the situation in Afghanistan": a place, then a list of topics.
                if r.tok_start >= 1 && word(r.tok_start - 1) == "in" && r.entities.len() > 1 {
                    r.entities.truncate(1);
                }
            }
            // "Ukraine received military aid from Germany", "prompting condemnation
            // from Seoul", "Russia's expulsion from the Council": the group after
            // "from" acts; the receiver is the possessor or the clause's subject.
            if !symmetric
                && let Some(source) = right.clone().filter(|r| {
                    r.tok_start >= 1
                        && (word(r.tok_start - 1) == "from"
                            || (r.tok_start >= 2
                                && word(r.tok_start - 2) == "from"
                                && word(r.tok_start - 1) == "the"))
                        && r.tok_start - ce <= 4
                })
            {
                let receiver = modifier.clone().or_else(|| left.clone()).or_else(|| {
                    // "..., prompting condemnation from Seoul": the participle clause
                    // shares the main clause's subject.
                    let participle = (cs.saturating_sub(3)..cs)
                        .find(|&i| i >= 1 && word(i - 1) == "," && word(i).ends_with("ing"))?;
                    groups
                        .iter()
                        .find(|g| g.tok_end < participle && subject_position(g, words))
                        .cloned()
                });
                return receiver.map(|receiver| (Some(source), Some(receiver), "noun from X"));
            }
            if let Some(agent) = modifier.clone().filter(|m| {
                // A subject with its verb is no modifier: "France and Chad launched air strikes".
                !(m.entities.len() >= 2
                    && (m.tok_end..cs).any(|i| {
                        LIGHT_VERBS_SET.contains(word(i)) || GIVING_VERBS_SET.contains(word(i))
                    }))
            }) {
                // "Franco-German talks", "the Iran-Iraq war"; but "France and Chad
                // launched air strikes" is a subject and its verb.
                let verb_between = (agent.tok_end..cs).any(|i| {
                    LIGHT_VERBS_SET.contains(word(i)) || GIVING_VERBS_SET.contains(word(i))
                });
                // ("trilateral cooperation with the United States": the pair in view
                // and a third.)
                if symmetric
                    && agent.entities.len() >= 2
                    && !verb_between
                    && !(agent.reference && right.is_some())
                {
                    return Some((Some(agent), None, "compound noun"));
                }
                // "the bloc's founding members": a body's members are named around it.
                let members_of_body = agent.organization
                    && matches!(
                        entry.cue.as_str(),
                        "member"
                            | "members"
                            | "founding member"
                            | "founding members"
                            | "member state"
                            | "member states"
                    );
                if agent.reference && right.is_none() && !members_of_body {
                    return None; // "his visit": with whom, the text does not say here
                }
                // "let United Nations aid into the northwest": the aid goes to a place,
                // not to the clause's subject.
                let unnamed_recipient = matches!(word(ce), "to" | "into" | "for" | "across")
                    && matches!(entry.relation, RelationKind::Support | RelationKind::Trade);
                // "France's support for a just and lasting peace": the noun's own
                // complement names no entity, so the clause's subject is no patient.
                // ("Ukraine's largest supplier of weapons": an agent noun's
                // complement is the thing, and the possessor still the patient.)
                let unnamed_complement = !symmetric
                    && entry.relation != RelationKind::Sanctions
                    && !AGENT_NOUNS.contains(&entry.cue.as_str())
                    && (matches!(word(ce), "for" | "of" | "to" | "with")
                        || matches!(
                            entry.cue.rsplit(' ').next(),
                            Some("for" | "of" | "to" | "with")
                        ) && entry.cue.contains(' '));
                let patient = right.clone().or_else(|| {
                    // "Canberra's concerns about human rights": a concern names its
                    // object after the preposition, or none.
                    let concern = entry.cue.starts_with("concern");
                    if unnamed_recipient || unnamed_complement || concern {
                        return None;
                    }
                    // "Israel, an Iranian enemy": the apposition's anchor; else the clause's
                    // subject ("the Iranian currency ... American sanctions").
                    let anchor = nearest_left(groups, words, agent.tok_start).or_else(|| {
                        // "the Iranian currency ... in light of American sanctions"
                        nearest_left(sentence.weak, words, agent.tok_start)
                    })?;
                    // Not across a coordinated clause: "North Korea is under sanctions,
                    // and we will work with our partners".
                    if (anchor.tok_end..agent.tok_start)
                        .any(|i| matches!(word(i), "and" | "but" | "while" | "whereas" | ";"))
                        && agent.tok_start - anchor.tok_end > 3
                    {
                        return None;
                    }
                    // "Hungary, the only one of the alliance's 31 members": a member
                    // among others, further off.
                    let one_of = members_of_body
                        && (anchor.tok_end + 1..agent.tok_start).all(|i| {
                            matches!(
                                word(i),
                                "the" | "only" | "one" | "of" | "among" | "also" | "last" | "first"
                            )
                        });
                    let apposition = (anchor.tok_end + 3 >= agent.tok_start || one_of)
                        && words.get(anchor.tok_end).is_some_and(|&w| w == ",");
                    // "Lula criticised Israel's offensive": the anchor's own verb is
                    // another cue; the anchor is no side of the offensive.
                    let cue_between =
                        (anchor.tok_end..agent.tok_start).any(|i| sentence.cue_token[i]);
                    let possessive = matches!(word(agent.tok_end), "'s" | "’s") && !cue_between;
                    // "Hungary blocked the EU's sanctions": the subject's own verb is
                    // another cue; the subject is no patient of the sanctions.
                    // "India is Russia's largest arms customer": a symmetric noun's
                    // possessor pairs with a subject through a copula only ("Sanctions
                    // imposed by Washington have crippled Iran's oil exports" pair nothing).
                    let copula_between = (anchor.tok_end..agent.tok_start).all(|i| {
                        BE_FORMS.contains(&word(i))
                            || word(i).ends_with("ly")
                            || matches!(
                                word(i),
                                "," | "a"
                                    | "an"
                                    | "the"
                                    | "one"
                                    | "of"
                                    | "also"
                                    | "now"
                                    | "still"
                                    | "remains"
                                    | "remained"
                                    | "became"
                                    | "has"
                                    | "have"
                                    | "long"
                            )
                    });
                    // "support for Ukraine in the face of Russia's war": the side
                    // helped faces the possessor's war.
                    let war_faced = entry.relation == RelationKind::Conflict
                        && anchor.lead >= 1
                        && matches!(word(anchor.lead - 1), "for" | "with" | "to")
                        && matches!(
                            (anchor.tok_end..agent.tok_start)
                                .map(&word)
                                .collect::<Vec<_>>()
                                .as_slice(),
                            ["in", "the", "face", "of"] | ["against"] | ["amid"]
                        );
                    ((symmetric && possessive && (copula_between || war_faced))
                        || apposition
                        || (!symmetric
                            && !cue_between
                            && subject_position(&anchor, words)
                            // "The United States and Britain are Ukraine's
                            // biggest backers": a coordinated subject through a
                            // copula.
                            && (anchor.entities.len() == 1 || copula_between)))
                        .then_some(anchor)
                });
                if symmetric && patient.is_none() {
                    return None;
                }
                // "Poland is one of Ukraine's strongest supporters": a noun for
                // people who act names, in its possessor, whom they act on.
                // So does a name before it: "Saddam supporters".
                if AGENT_NOUNS.contains(&entry.cue.as_str()) {
                    let actor = patient.filter(|p| p.tok_end <= agent.tok_start)?;
                    return Some((Some(actor), Some(agent), "possessor of an agent noun"));
                }
                // "Benin, one of the bloc's founding members": the possessor is the
                // body, the anchor its member.
                if members_of_body && let Some(member) = patient.clone().filter(|p| !p.organization)
                {
                    return Some((Some(member), Some(agent), "member of the possessor"));
                }
                // "Egypt and Iran became members last year": a member with no
                // body named here is read below (the body named before).
                // ("the bid for full UN membership": the body is the modifier.)
                if entry.relation != RelationKind::Membership
                    || patient.is_some()
                    || agent.reference
                    || agent.organization
                {
                    return Some((Some(agent), patient, "noun with possessor"));
                }
            }
        }
        let mut agent = left;
        // "..., accusing Kigali of backing M23": a participle clause shares the
        // sentence's subject; so does one with a light verb before the cue
        // (", holding talks with Vladimir Putin") and talks after "after"
        // ("speaking in Ankara after talks with Erdogan").
        let clause_start = if first.ends_with("ing") {
            Some(cs)
        } else if cs >= 1 && word(cs - 1).ends_with("ing") && LIGHT_VERBS_SET.contains(word(cs - 1))
        {
            Some(cs - 1)
        } else if entry.relation == RelationKind::Meeting
            && cs >= 1
            && matches!(word(cs - 1), "after" | "before" | "following" | "during")
        {
            Some(cs)
        } else {
            None
        };
        if pattern == CuePattern::Verb
            && let Some(p) = clause_start
            && p >= 1
            && matches!(
                word(p - 1),
                "," | "after" | "before" | "while" | "by" | "since" | "following" | "during"
            )
            && let Some(subject) = groups
                .iter()
                .find(|g| subject_position(g, words) && g.tok_end < p)
        {
            agent = Some(subject.clone());
        }
        // "Sweden is a member of the EU, and has long supported Ukraine": a verb
        // phrase after ", and" with no subject of its own shares the sentence's.
        if pattern == CuePattern::Verb {
            let mut k = cs;
            while k > 0
                && matches!(
                    word(k - 1),
                    "has"
                        | "have"
                        | "had"
                        | "also"
                        | "long"
                        | "since"
                        | "will"
                        | "would"
                        | "is"
                        | "was"
                        | "are"
                        | "were"
                        | "then"
                        | "later"
                        | "has been"
                        | "repeatedly"
                        | "already"
                        | "recently"
                        | "strongly"
                )
            {
                k -= 1;
            }
            // Without a comma too, when the name before "and" is an object, not a
            // subject: "the Chief Adviser addressed the Boao Forum and met X".
            let object_before = agent.as_ref().is_some_and(|a| !subject_position(a, words));
            if k >= 2
                && word(k - 1) == "and"
                && (word(k - 2) == "," || object_before)
                && let Some(subject) = groups
                    .iter()
                    .find(|g| g.tok_end + 2 < k && subject_position(g, words))
                && agent
                    .as_ref()
                    .is_some_and(|a| a.tok_start != subject.tok_start)
            {
                agent = Some(subject.clone());
            }
        }
        // A directed noun's agent is its possessor; a subject counts only close by
        // ("Washington imposed sanctions on"), not across a clause ("X lobbied against sanctions on Y").
        if pattern == CuePattern::Noun && !symmetric {
            agent = agent.filter(|a| {
                cs - a.tok_end <= 3
                    || relative_subject(a, words, cs)
                    // "Finland and Sweden are among the newest members of NATO",
                    // "Germany is the second largest donor to Ukraine"
                    || (subject_position(a, words) && member_complement(words, a.tok_end, cs))
                    || (subject_position(a, words)
                        && (a.tok_end..cs).any(|i| GIVING_VERBS_SET.contains(word(i))))
                    || (subject_position(a, words)
                        && coordinated_light_verb(words, a.tok_end, cs).is_some()
                        && !(a.tok_end..cs).any(|i| breaks_at(words, i)))
                    // "The United States announced a $300 million military aid package
                    // for Ukraine": a light verb, and no other cue between.
                    || (subject_position(a, words)
                        && a.tok_end < cs
                        && light_verb_after(words, a.tok_end).is_some()
                        && !(a.tok_end..cs).any(|i| breaks_at(words, i))
                        // "imposed sanctions and travel bans on": coordinated nouns.
                        // ("signed a security deal with": the light verb may be a
                        // cue itself.)
                        && (word(cs - 1) == "and"
                            || !(a.tok_end..cs).any(|i| {
                                sentence.cue_token[i] && !LIGHT_VERBS_SET.contains(word(i))
                            })))
            });
        }
        // "to help Iran and oppose American interests": the second verb shares the first's agent.
        if let (Some((prev_end, prev_agent, prev_patient)), Some(a)) =
            (previous.as_ref(), agent.as_ref())
        {
            // "are allies of the United States and have been at odds with
            // China": auxiliaries between "and" and the second verb.
            let mut k = cs;
            while k >= 1
                && cs - k < 3
                && matches!(
                    word(k - 1),
                    "have" | "has" | "had" | "been" | "are" | "is" | "was" | "were" | "also"
                )
            {
                k -= 1;
            }
            // ("slammed the US decision to sell arms to Taiwan": the decision's
            // owner sells.)
            // ("the decision by Uganda to suspend trade": the owner after the
            // noun.)
            let owner_after_intent = owns_an_intent(a, words)
                && (a.tok_end..k - 1).all(|i| !breaks_at(words, i) && word(i) != ",")
                && k - a.tok_end <= 6;
            let owned_intent = k == cs
                && k >= 2
                && ((a.tok_end..k - 1).any(|i| OWNED_INTENTS.contains(&word(i)))
                    || owner_after_intent);
            let coordinated = k >= 1
                && (matches!(word(k - 1), "and" | "or") || k == cs && word(k - 1) == "to")
                && !owned_intent
                && *prev_end <= a.tok_start;
            if coordinated
                && prev_patient
                    .as_ref()
                    .is_some_and(|p| p.tok_start == a.tok_start)
            {
                agent = prev_agent.clone();
            }
        }
        // "flew to the Uruguayan capital": the capital is its state's.
        if pattern == CuePattern::Verb && entry.relation == RelationKind::Meeting && right.is_none()
        {
            right = sentence
                .weak
                .iter()
                .find(|g| {
                    g.tok_start == ce + 1
                        && word(ce) == "the"
                        && matches!(word(g.tok_end), "capital" | "capital,")
                })
                .cloned();
        }
        // "after buying the Russian S-400 system": what is bought names its seller.
        if pattern == CuePattern::Verb && entry.relation == RelationKind::Trade && right.is_none() {
            right = sentence
                .weak
                .iter()
                .find(|g| {
                    // "bought record volumes of Russian crude": a quantity between.
                    let quantity = g.tok_start >= 1
                        && word(g.tok_start - 1) == "of"
                        && !self.noun_cues.contains(&entry.cue)
                        && (ce..g.tok_start - 1).all(|i| {
                            let w = word(i);
                            !sentence.cue_token[i]
                                && !is_function_word(w)
                                && !w.ends_with("ing")
                                && w.chars().all(char::is_alphanumeric)
                        });
                    g.tok_start >= ce
                        && (g.tok_start <= ce + 2
                            && (ce..g.tok_start).all(|i| matches!(word(i), "the" | "a" | "an"))
                            || g.tok_start <= ce + 4 && quantity)
                })
                .cloned();
        }
        *previous = Some((ce, agent.clone(), right.clone()));
        match (&agent, &right) {
            (Some(_), Some(_)) => Some((
                agent,
                right,
                if pattern == CuePattern::Verb {
                    "verb"
                } else {
                    "noun"
                },
            )),
            // "Armenia and Azerbaijan held talks"; but "France and Chad launched
            // strikes on ..." act together against someone else.
            (Some(a), None)
                if symmetric
                    && a.entities.len() >= 2
                    && subject_position(a, words)
                    // ", deepening the rift between ...": a participle about the event.
                    && !(first.ends_with("ing") && cs >= 1 && word(cs - 1) == ",")
                    // "Both sides called for a ceasefire in Gaza": an accord called
                    // for between others is none of the callers'.
                    && !(entry.relation == RelationKind::Partnership
                        && (a.tok_end..cs).any(|i| {
                            matches!(
                                word(i),
                                "called" | "calls" | "calling" | "urged" | "urging" | "demanded"
                                    | "appealed" | "pushed" | "pressed"
                            )
                        }))
                    // "France, Poland and Austria voted against the pact": what
                    // they oppose is no pact of theirs; "Germany and Spain, the
                    // pact's strongest champions": an owner is no act.
                    && !(pattern == CuePattern::Noun
                        && ((a.tok_end..cs).any(|i| {
                            (word(i) == "against" || REJECTING_VERBS.contains(&word(i)))
                                // ("condemned terrorism and agreed to expand trade":
                                // another predicate.)
                                && !(i + 1..cs).any(|k| matches!(word(k), "and" | "," | ";"))
                        }) || matches!(word(ce), "'s" | "’s")))
                    // "co-hosted talks in Jeddah that produced a truce": the noun is
                    // in a relative clause about something else (but "announced
                    // that they had signed a deal" is theirs).
                    && !(a.tok_end + 1..cs).any(|i| {
                        word(i) == "which"
                            || word(i) == "that"
                                && !word(i - 1).ends_with("ed")
                                && !matches!(word(i - 1), "said" | "says" | "say" | "agree" | "agrees")
                    })
                    && !(entry.relation == RelationKind::Conflict
                        && (matches!(word(ce), "on" | "against" | "at" | "targeting")
                            // ("Armenia and Azerbaijan clashed on the border": a
                            // verb of fighting each other, a place after it.)
                            && !(matches!(word(ce), "on" | "at")
                                && matches!(
                                    first,
                                    "clashed" | "clash" | "clashes" | "skirmished" | "fought"
                                )
                                && !groups
                                    .iter()
                                    .any(|g| g.tok_start > ce && g.tok_start <= ce + 3))
                            // "Kenya and Uganda will fight terrorism together"
                            || (cs.saturating_sub(2)..ce + 6).any(|i| {
                                matches!(word(i), "together" | "jointly" | "alongside")
                            })
                            // "agreed to cooperate on fighting fentanyl trafficking":
                            // what partners do together is no fight between them.
                            || (a.tok_end..cs).any(|i| {
                                sentence.cue_token[i] && self.partnership_heads.contains(word(i))
                            })
                            // "the coalition that Chad, Nigeria and Niger have fought
                            // the jihadists with": an object fought is a third party.
                            || pattern == CuePattern::Verb && fights_a_third_party(words, ce))) =>
            {
                Some((agent, None, "coordinated subject"))
            }
            // "Pakistan and Afghanistan traded accusations", "Greece and Turkey
            // remain at odds": each opposes the other.
            (Some(a), None)
                if entry.relation == RelationKind::Opposition
                    && matches!(first, "traded" | "exchanged" | "trade" | "exchange" | "at")
                    && a.entities.len() >= 2
                    && subject_position(a, words) =>
            {
                Some((agent.clone(), agent, "each other"))
            }
            // "BRICS was founded by ..., with South Africa joining in 2010".
            // (A party or signatory is one of the treaty named after it, not
            // of any body in the sentence.)
            (Some(a), None)
                if entry.relation == RelationKind::Membership
                    && (pattern == CuePattern::Noun
                        && !entry.cue.starts_with("part")
                        && !entry.cue.starts_with("signator")
                        || matches!(entry.cue.as_str(), "joined" | "joining")
                            && (matches!(
                                word(ce),
                                "" | "last"
                                    | "this"
                                    | "earlier"
                                    | "later"
                                    | "after"
                                    | ","
                                    | "."
                                    | "formally"
                                    | "officially"
                                    | "when"
                                    | "since"
                            ) || word(ce) == "in"
                                // "joined in 2010", not "joined in a measure"
                                && (word(ce + 1).starts_with(|c: char| c.is_ascii_digit())
                                    || MONTHS.contains(&word(ce + 1))))) =>
            {
                let organization = groups
                    .iter()
                    .filter(|g| g.tok_start != a.tok_start && g.organization)
                    .min_by_key(|g| g.tok_start.abs_diff(cs));
                if let Some(organization) = organization {
                    return Some((
                        agent.clone(),
                        Some(organization.clone()),
                        "membership in the sentence's organization",
                    ));
                }
                // "Indonesia joined BRICS in January. Egypt and Iran became
                // members last year": the body of the sentence before, when
                // this one names none and the member is the subject.
                let before = sentence.organization_before?;
                if !subject_position(a, words)
                    || a.person
                    || groups.iter().any(|g| g.organization)
                    || !(a.tok_end..cs).all(|i| {
                        matches!(
                            word(i),
                            "became"
                                | "become"
                                | "becomes"
                                | "are"
                                | "were"
                                | "is"
                                | "was"
                                | "have"
                                | "has"
                                | "had"
                                | "also"
                                | "full"
                                | "new"
                                | "now"
                                | "formally"
                                | "officially"
                                | "both"
                                | "all"
                                | "founding"
                                | "its"
                                | "their"
                                | "the"
                                | "a"
                                | "an"
                                | "newest"
                                | "latest"
                                // "is still one of the six member states"
                                | "still"
                                | "one"
                                | "of"
                        ) || number_word(word(i)).is_some()
                            || word(i).chars().all(|c| c.is_ascii_digit())
                    })
                {
                    return None;
                }
                let body = Group {
                    tok_start: ce,
                    tok_end: ce,
                    lead: ce,
                    entities: vec![before],
                    reference: true,
                    organization: true,
                    person: false,
                };
                Some((
                    agent.clone(),
                    Some(body),
                    "membership in the body named before",
                ))
            }
            // "the East African Community, which Somalia joined": the relative
            // pronoun stands for the name before it.
            // ("The Wagner Group, which the United States sanctioned": past "the".)
            (Some(a), None) if pattern == CuePattern::Verb && !symmetric => {
                let from = before_determiners(words, a.tok_start);
                // ("the East African Community, to which both countries belong".)
                let mut comma = from.saturating_sub(2);
                if matches!(word(comma), "to" | "of") && word(from - 1) == "which" {
                    comma = comma.saturating_sub(1);
                }
                // ("Al-Qard Al-Hassan, Hezbollah's quasi-bank, which OFAC
                // designated": past an apposition to the name it describes.)
                let described_before = |comma: usize| {
                    (comma.saturating_sub(7)..comma.saturating_sub(1))
                        .rev()
                        .find(|&c| word(c) == ",")
                        .filter(|&c| {
                            let first = word(c + 1);
                            let opens = matches!(first, "a" | "an" | "the" | "its" | "his" | "her")
                                || groups.iter().any(|g| {
                                    g.tok_start == c + 1 && matches!(word(g.tok_end), "'s" | "’s")
                                });
                            opens
                                && (c + 1..comma).all(|i| {
                                    !breaks_at(words, i) && !matches!(word(i), "and" | "or")
                                })
                        })
                        .and_then(|c| groups.iter().find(|g| g.tok_end == c))
                };
                if from >= 2
                    && matches!(word(from - 1), "which" | "that" | "whom")
                    && word(comma) == ","
                    && let Some(antecedent) = groups
                        .iter()
                        .find(|g| g.tok_end == comma)
                        .or_else(|| described_before(comma))
                    && a.tok_end + 3 >= cs
                {
                    // ("Russia's invasion of Ukraine, which Iceland has
                    // condemned": the act's agent is what the clause opposes.)
                    let at = before_determiners(words, antecedent.lead);
                    let act_agent = (at >= 3
                        && word(at - 1) == "of"
                        && names_an_act(word(at - 2))
                        && matches!(word(at - 3), "'s" | "’s"))
                    .then(|| groups.iter().find(|g| g.tok_end == at - 3))
                    .flatten();
                    let patient = act_agent.unwrap_or(antecedent);
                    return Some((agent, Some(patient.clone()), "object relative clause"));
                }
                // "Sa'id al-Jamal, an Iran-based financier whom OFAC designated":
                // the clause describes the apposition's noun, and so the name.
                if from >= 2
                    && matches!(word(from - 1), "which" | "whom")
                    && word(from - 2).chars().all(|c| c.is_alphabetic())
                    && !is_function_word(word(from - 2))
                    && let Some(antecedent) = described_before(from - 1)
                    && a.tok_end + 3 >= cs
                {
                    return Some((agent, Some(antecedent.clone()), "object relative clause"));
                }
                // "Canada supported the operation": an armed action named earlier.
                let mut k = ce;
                if !matches!(word(k), "the" | "these" | "those" | "this" | "that") {
                    return None;
                }
                k += 1;
                while k < ce + 4 && !EVENT_NOUNS.contains(&word(k)) {
                    let w = word(k);
                    if !w.chars().all(|c| c.is_alphabetic() || c == '-') || is_function_word(w) {
                        return None;
                    }
                    k += 1;
                }
                if !EVENT_NOUNS.contains(&word(k)) {
                    return None;
                }
                let agents = event_agents(sentence.event_agents, word(k), sentence.index);
                if agents.is_empty() {
                    return None;
                }
                let event = Group {
                    lead: ce,
                    tok_start: ce,
                    tok_end: k + 1,
                    entities: agents,
                    reference: true,
                    organization: false,
                    person: false,
                };
                Some((agent, Some(event), "armed action named earlier"))
            }
            // "As a permanent member of the Security Council, the country ...": the member follows.
            (None, Some(r)) if entry.relation == RelationKind::Membership => {
                // "The five permanent members of the Security Council are the United
                // States, Russia, ...", "Members of the AU, such as Nigeria and Kenya":
                // the members are listed after the body.
                let mut k = r.tok_end;
                if word(k) == "," {
                    k += 1;
                }
                let listed_after = match (word(k), word(k + 1)) {
                    ("such", "as") => Some(k + 2),
                    ("are" | "were" | "include" | "included" | "including" | "namely", _) => {
                        Some(k + 1)
                    }
                    _ => None,
                };
                if let Some(from) = listed_after
                    && let Some(members) = group_after(groups, words, from)
                    && members.entities.len() >= 2
                    && !members.person
                    && !members.organization
                {
                    return Some((
                        Some(members.clone()),
                        right,
                        "members listed after the body",
                    ));
                }
                let comma = (r.tok_end..r.tok_end + 3).find(|&i| word(i) == ",")?;
                let member = groups
                    .iter()
                    .find(|g| g.tok_start > comma && g.tok_start <= comma + 2)?;
                Some((Some(member.clone()), right, "fronted membership"))
            }
            // "Resolutions of the UN Security Council, which Russia supported as a Permanent
            // Member": the organization is named elsewhere in the sentence.
            // "The EU and Britain have pledged grants for small farmers": a giver
            // right before the cue, with no recipient named here (the caller
            // takes the story's state).
            (Some(a), None)
                if entry.relation == RelationKind::Support
                    && AID_CUES.contains(&entry.cue.as_str())
                    && subject_position(a, words)
                    && cs - a.tok_end <= 4
                    && (a.tok_end..cs).all(|i| {
                        let w = word(i);
                        w.chars().all(char::is_alphabetic)
                            && !matches!(
                                w,
                                "and"
                                    | "but"
                                    | "or"
                                    | "received"
                                    | "receives"
                                    | "got"
                                    | "sought"
                                    | "requested"
                                    | "secured"
                            )
                    }) =>
            {
                Some((agent, None, "giver without recipient"))
            }
            _ => None,
        }
    }
}

/// Verbs of giving: their subject is the agent of the aid, loan or weapons
/// that follow ("India provided $4 billion in emergency assistance to Sri Lanka").
static GIVING_VERBS: WordList = WordList::new(&WORDS, "giving_verbs");

/// Nouns that name an armed action: what "the operation" or "the strikes"
/// refers back to.
static EVENT_NOUNS: WordList = WordList::new(&WORDS, "event_nouns");

/// Verbs of aiming that are fighting only after an armed act ([`EVENT_NOUNS`]
/// or [`WEAPONS`]): "the strikes targeted", "the operation was aimed at".
static AIMING_VERBS: WordList = WordList::new(&WORDS, "aiming_verbs");

/// Weapons whose aim is an attack: "missiles targeted", "drones hit".
static WEAPONS: WordList = WordList::new(&WORDS, "weapons");

/// Acts whose agent, after "by", is what a critic opposes: "criticized the
/// decision by Spain", "dismissed the accusations by Britain".
static STANCE_ACTS: WordList = WordList::new(&WORDS, "stance_acts");

/// Whether `group` owns the decision or plan named right before it ("the
/// decision of the Peace and Security Council", "the plan by Uganda"): the
/// owner, not the clause's subject, acts the infinitive after it.
fn owns_an_intent(group: &Group, words: &[&str]) -> bool {
    let at = before_determiners(words, group.lead);
    at >= 2
        && matches!(word_at(words, at - 1), "of" | "by")
        && OWNED_INTENTS.contains(&word_at(words, at - 2))
}

/// A noun naming an act whose agent, after "by" (or "of"), is what a critic
/// opposes: "condemned the attack by Iran", "criticized the decision by Spain
/// to recognize Palestine", "blamed joint military drills by the US".
fn names_an_act(w: &str) -> bool {
    EVENT_NOUNS.contains(&w) || STANCE_ACTS.contains(&w)
}

/// Words after "suspend X from" that name a post at home, no sanction
/// ("suspend her from office").
static SUSPENDED_FROM_POSTS: WordList = WordList::new(&WORDS, "suspended_from_posts");

/// Verbs that oppose their object only as land claimed ("claims Taiwan as
/// its own").
static TERRITORIAL_CLAIMS: WordList = WordList::new(&WORDS, "territorial_claims");

/// Words that say what is claimed is land ("as part of its territory").
static CLAIMED_LAND: WordList = WordList::new(&WORDS, "claimed_land");

/// Acts whose "of" names what is acted on: "the annexation of Crimea", "the
/// blockade of Gaza". Their agent comes only after "by".
static ACTS_ON_WHAT_FOLLOWS_OF: WordList = WordList::new(&WORDS, "acts_on_what_follows_of");

/// An act whose agent may follow "of" right after it: "the dangerous conduct
/// of the coast guard", "the continued offensive of the M23" (not "the
/// annexation of Crimea").
fn acted_by_what_follows_of(w: &str) -> bool {
    names_an_act(w) && !ACTS_ON_WHAT_FOLLOWS_OF.contains(&w)
}

/// "in contact with the Government of President Nicolás Maduro", "the
/// administration of Prime Minister X": the government a leader heads is
/// their state.
fn governments_of_leaders(doc: &DocEntities, words: &[&str], groups: &mut [Group]) {
    for g in groups.iter_mut().filter(|g| g.person) {
        // (The leader's title may have drawn "the Government of" into the
        // group's lead.)
        let from = g.lead.saturating_sub(2);
        let headed = (from..g.tok_start).any(|i| {
            matches!(words[i], "government" | "administration" | "regime")
                && words.get(i + 1) == Some(&"of")
        });
        if !headed {
            continue;
        }
        let person = g.entities[0];
        let Some(state) = doc
            .officials
            .iter()
            .find(|o| o.person == person && doc.entities[o.body].kind == EntityKind::Country)
            .map(|o| o.body)
        else {
            continue;
        };
        g.entities = vec![state];
        g.person = false;
    }
}

/// Where the agent of an act is named: right after "by" ("the attack by
/// Iran", "the drills by the PLA"), after "of" right after an act whose "of"
/// names its agent ("the offensive of the M23"), or as the owner of what acted
/// ("the incursion by a vessel of the Venezuelan Navy").
fn names_the_agent_of_an_act(words: &[&str], lead: usize, act_from: usize) -> bool {
    let at = before_determiners(words, lead);
    if at < 2 || at <= act_from {
        return false;
    }
    match word_at(words, at - 1) {
        "by" => (act_from..at - 1).any(|i| names_an_act(word_at(words, i))),
        "of" if acted_by_what_follows_of(word_at(words, at - 2)) && at - 2 >= act_from => true,
        // ("by a vessel of", "by units of": one noun that the agent owns.)
        "of" => {
            at >= 4
                && at - 3 >= act_from
                && word_at(words, at - 2)
                    .chars()
                    .all(|c| c.is_ascii_lowercase())
                && !is_function_word(word_at(words, at - 2))
                && (word_at(words, at - 3) == "by"
                    || at >= 5
                        && matches!(word_at(words, at - 3), "a" | "an" | "the")
                        && word_at(words, at - 4) == "by")
                && (act_from..at - 3).any(|i| names_an_act(word_at(words, i)))
        }
        _ => false,
    }
}

/// Title-case text ("Treasury Sanctions Nicaragua-Based Russian Institution"):
/// most longer words capitalized.
/// Names do not count: "Ana Lima met Paulo Reis in Lisbon" is not a headline.
fn is_headline(text: &str, sentence: &SentenceEntities) -> bool {
    let unpunctuated = !text[sentence.span.byte_start..sentence.span.byte_end]
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?', ':']);
    if !unpunctuated {
        return false;
    }
    let len = sentence.tokens.len();
    let mut named = vec![false; len];
    for m in &sentence.mentions {
        named[m.tok_start..m.tok_end.min(len)].fill(true);
    }
    let words: Vec<&str> = sentence
        .tokens
        .iter()
        .zip(&named)
        .filter(|(_, named)| !**named)
        .map(|(t, _)| &text[t.start..t.end])
        .filter(|w| w.chars().count() > 3 && w.chars().all(char::is_alphabetic))
        .collect();
    let capitalized = words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count();
    words.len() >= 3 && capitalized * 10 >= words.len() * 7
}

/// Nouns of a hostility that runs both ways between the pair after
/// "between".
static MUTUAL_HOSTILITY: WordList = WordList::new(&WORDS, "mutual_hostility");

/// Words for a body that may follow its name: "the ECOWAS bloc".
static BODY_NOUNS: WordList = WordList::new(&WORDS, "body_nouns");

/// Month names, lower case.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// What a supporter backs that belongs to a state after "of": "support for
/// the unity, sovereignty and territorial integrity of Somalia".
/// Verbs by which a coordinated subject rejects the pact or talks named
/// after them: "voted against the pact", "rejected the deal".
static REJECTING_VERBS: WordList = WordList::new(&WORDS, "rejecting_verbs");

static SUPPORTED_BELONGINGS: WordList = WordList::new(&WORDS, "supported_belongings");

/// Nouns after which "opposing" is an adjective: "opposing sides".
static OPPOSING_NOUNS: WordList = WordList::new(&WORDS, "opposing_nouns");
