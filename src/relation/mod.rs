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

pub mod cues;
pub mod gaps;
mod lists;
pub(crate) mod triggers;

use crate::entity::{DocEntities, GroupReference, Mention, MentionForm, SentenceEntities, class};
use crate::lexicon::{WordList, WordTable};
use crate::mention::token::{TokenShape, lower_words, number_word, starts_upper};
use crate::ontology::{EntityKind, RelationKind};
use cues::{CueEntry, CueMatcher, CuePattern};
use lists::{
    CLAUSE_BREAKS_SET, CLOSURES_SET, DESCRIPTOR_NOUNS_SET, GIVING_VERBS_SET, LIGHT_VERBS_SET,
    NOT_ASSERTED_SET, PACTS_SET, RECALLS_SET, STATE_NOUNS_SET, TITLE_WORDS_SET,
};
use rustc_hash::FxHashSet;
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

/// The agent and the patient named after a noun cue ending at `ce`: "by X
/// against Y" ("attacks by the M23 group against MONUSCO"; a plain word or
/// two may follow the agent: "by the M23 armed group against") or "on Y by
/// X" ("the strikes on Iran by Israel").
fn agent_by_and_patient<'g>(
    relation: RelationKind,
    groups: &'g [Group],
    words: &[&str],
    ce: usize,
) -> Option<(&'g Group, &'g Group)> {
    let word = |i: usize| word_at(words, i);
    if word(ce) == "by" {
        let agent = group_after(groups, words, ce + 1)?;
        let preposition = (agent.tok_end..(agent.tok_end + 3).min(words.len()))
            .find(|&i| takes_patient(relation, word(i)))?;
        let plain = (agent.tok_end..preposition)
            .all(|i| word(i).chars().all(|c| c.is_ascii_lowercase()) && !is_function_word(word(i)));
        let patient = group_after(groups, words, preposition + 1).filter(|_| plain)?;
        return Some((agent, patient));
    }
    if !takes_patient(relation, word(ce)) {
        return None;
    }
    let patient = group_after(groups, words, ce + 1)?;
    if word(patient.tok_end) != "by" {
        return None;
    }
    let agent = group_after(groups, words, patient.tok_end + 1)?;
    Some((agent, patient))
}

/// The prepositions that name the patient of a relation's noun after its
/// agent: "attacks by X against Y", "aid by X to Y", "talks by X with Y".
fn takes_patient(relation: RelationKind, preposition: &str) -> bool {
    match relation {
        RelationKind::Conflict | RelationKind::Opposition | RelationKind::Sanctions => {
            matches!(preposition, "against" | "on" | "upon" | "targeting")
        }
        RelationKind::Support => matches!(preposition, "for" | "to"),
        RelationKind::Trade => matches!(preposition, "to" | "with"),
        RelationKind::Partnership | RelationKind::Meeting => preposition == "with",
        _ => false,
    }
}

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

/// Words that end a clause when looking for participants: the speaker of
/// reported speech and contrasting clauses are not participants.
static CLAUSE_BREAKS: WordList = WordList::new(&WORDS, "clause_breaks");

/// Words that make a statement denied or hypothetical when they stand
/// between the agent and the cue (or just before the cue).
static NOT_ASSERTED: WordList = WordList::new(&WORDS, "not_asserted");

/// Verbs that end sanctions named right after them.
static SANCTIONS_ENDED: WordList = WordList::new(&WORDS, "sanctions_ended");

/// Objects that make a verb of striking a figure of speech: "struck a
/// conciliatory tone", "strike a balance", "struck a deal" (a deal struck
/// is an agreement: `cues.tsv` has it as partnership).
static FIGURATIVE_BLOWS: WordList = WordList::new(&WORDS, "figurative_blows");

/// Verbs that call off a meeting named right after them.
static MEETING_CALLED_OFF: WordList = WordList::new(&WORDS, "meeting_called_off");

/// Verbs of selling or buying before "arms": the weapons are goods.
static TRADE_VERBS: WordList = WordList::new(&WORDS, "trade_verbs");

/// Nouns after a demonym that make it stand for the state: "Chinese
/// officials", "Iranian forces".
static STATE_NOUNS: WordList = WordList::new(&WORDS, "state_nouns");

/// Nouns that describe a following name in a coordination: "the bloc Mercosur".
static DESCRIPTOR_NOUNS: WordList = WordList::new(&WORDS, "descriptor_nouns");

/// Verbs that hand their subject to the noun after them: "imposed sanctions",
/// "held talks", "signed an agreement", "launched an offensive".
static LIGHT_VERBS: WordList = WordList::new(&WORDS, "light_verbs");

/// Lower-case words of titles, which belong to the official's group:
/// "Kremlin spokesman Dmitry Peskov".
static TITLE_WORDS: WordList = WordList::new(&WORDS, "title_words");

/// The last words of titles that name an office ("foreign minister", not
/// "foreign"): a demonym before one that no name follows stands for the state.
static OFFICIAL_HEADS: WordList = WordList::new(&WORDS, "official_heads");

/// The words that may stand right before a "standing with" or "standing
/// by" support cue, where "standing" is a verb ("keep standing with
/// Ukraine", "thanked them for standing with Guyana"), not a noun ("its
/// commercial standing with").
static BEFORE_STANDING: WordList = WordList::new(&WORDS, "before_standing");

/// Nouns of an intent to act ("rejected any attempt to annex Guyanese
/// territory"): the object of the infinitive after one is the victim of the
/// act opposed, not the target of the cue.
static INTENT_NOUNS: WordList = WordList::new(&WORDS, "intent_nouns");

/// Plural officials that a coordination of demonyms or short names modifies
/// ("The Indian and Chinese foreign ministers", "Iranian and U.S.
/// negotiators"): each demonym stands for its state.
static OFFICIAL_PLURALS: WordList = WordList::new(&WORDS, "official_plurals");

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
        for index in 0..doc.sentences.len() {
            self.sentence_relations(text, doc, index, &mut story, &mut buffers, &mut out);
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
        for official in &doc.officials {
            if official.person != official.body {
                out.push(Relation {
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
                });
            }
        }
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
        let (groups, weak) = groups(sentence, &words, capitalized, doc, cue_token);
        if groups.is_empty() {
            return;
        }
        let event_agents = recent_conflicts(out, index);
        let view = SentenceView {
            words: &words,
            cue_token,
            capitalized,
            weak: &weak,
            event_agents: &event_agents,
            index,
            organization_before: index
                .checked_sub(1)
                .and_then(|before| doc.sentences.get(before))
                .and_then(|before| {
                    before
                        .mentions
                        .iter()
                        .rev()
                        .find(|m| doc.entities[m.entity].kind == EntityKind::Organization)
                })
                .map(|m| m.entity),
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
            called_x_a(doc, index, &groups, &words, out);
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
        if triggered.may_fire(ScanRule::HeldPresidency) {
            held_presidency(doc, index, &groups, &words, out);
        }
        if triggered.may_fire(ScanRule::FellowMembers) {
            fellow_members(doc, index, &groups, &words, out);
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
            if capitalized(cs) && in_name && !headline && !named_for_pair() && !body_role() {
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
            if (sanctions_verb || sanctions_noun)
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
            }
            for &row in cue.rows {
                let entry = &self.cues[row];
                if org_title && entry.pattern != CuePattern::OrgPrefix {
                    continue; // "NATO ally Greece" is membership, not an alliance with NATO
                }
                let found = match entry.pattern {
                    CuePattern::Hyphen => hyphen_rule(&groups, &words, cue_token, cs, ce),
                    CuePattern::OrgPrefix => org_prefix_rule(&groups, &words, doc, cs, ce)
                        .or_else(|| fronted_membership(&groups, &words, doc, cs, ce)),
                    CuePattern::Noun if entry.relation == RelationKind::Membership => {
                        fronted_membership(&groups, &words, doc, cs, ce).or_else(|| {
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
                // "The Kremlin said Putin would meet Trump in Alaska": a meeting
                // announced in reported speech is asserted (the ontology's
                // ruling on announced meetings and visits).
                let announced_meeting = |i: usize| {
                    word(i) == "would"
                        && entry.relation == RelationKind::Meeting
                        && (0..i).any(|k| {
                            matches!(
                                word(k),
                                "said" | "says" | "announced" | "confirmed" | "told"
                            )
                        })
                        && !words.iter().any(|w| matches!(*w, "if" | "unless"))
                };
                // "said Ankara would continue to back Azerbaijan": an act that goes
                // on is asserted.
                let continued = |i: usize| {
                    matches!(word(i), "would" | "will")
                        && matches!(word(i + 1), "continue" | "remain" | "keep")
                };
                // ("the summit in May brought together": a month, not a modal.)
                let month = |i: usize| i > 0 && word(i) == "may" && view.capitalized[i];
                if (from..cs).any(|i| {
                    NOT_ASSERTED_SET.contains(word(i))
                        && !announced_meeting(i)
                        && !continued(i)
                        && !month(i)
                }) {
                    continue;
                }
                if entry.pattern == CuePattern::Noun
                    && matches!(word(cs.wrapping_sub(1)), "no" | "without")
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
                let (relation, rule) = if ended {
                    (RelationKind::Opposition, format!("ended {rule}"))
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
        let after_determiner = cs >= 1 && determiner(word(cs - 1))
            || cs >= 2
                && determiner(word(cs - 2))
                && sentence.capitalized[cs - 1]
                && sentence.weak.iter().any(|g| g.tok_start == cs - 1);
        // "a United States pledge made during": an indefinite article before a
        // name makes the name a modifier and the cue a noun (tested for verb
        // cues only, which are all it changes).
        let article_before_name = || {
            groups.iter().any(|g| {
                g.tok_end == cs && g.tok_start >= 1 && matches!(word(g.tok_start - 1), "a" | "an")
            })
        };
        let mut pattern = entry.pattern;
        if pattern == CuePattern::Verb && (after_determiner || article_before_name()) {
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
        // after it; the sentence's subject is.
        if pattern == CuePattern::Verb
            && let Some(l) = left.as_ref()
            && before_determiners(words, l.lead) >= 1
            && matches!(
                word(before_determiners(words, l.lead) - 1),
                "to" | "for" | "with" | "from" | "on" | "against" | "into"
            )
            && let Some(and) = (l.tok_end..cs).find(|&i| word(i) == "and")
            && (and + 1..cs).all(|i| {
                word(i).chars().all(|c| c.is_ascii_lowercase()) && !is_function_word(word(i))
                    || word(i) == "to"
            })
            && let Some(subject) = clause_subject(groups, words, and + 1)
        {
            left = Some(subject.clone());
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
        {
            return None;
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
                let cue_between = entry.relation != RelationKind::Membership
                    && (l.tok_end..cs).any(|i| sentence.cue_token[i]);
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
                !topic
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
        // sentence's subject.
        if pattern == CuePattern::Noun
            && left.is_none()
            && let Some(lv) = (cs.saturating_sub(3)..cs).rev().find(|&i| {
                LIGHT_VERBS_SET.contains(word(i))
                    && (i + 1..cs).all(|k| {
                        let w = word(k);
                        matches!(w, "a" | "an" | "the" | "new")
                            || w.chars().all(char::is_alphabetic) && !is_function_word(w)
                    })
            })
            && lv >= 1
            && word(lv - 1) == "and"
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
                let giving_to = (GIVING_VERBS_SET
                    .contains(entry.cue.split(' ').next().unwrap_or(""))
                    || entry.cue.ends_with(" exports"))
                    && r.tok_start >= 1
                    && matches!(words[r.tok_start - 1], "to" | "for")
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
                    && r.lead >= 2
                    && (word(r.lead - 1) == "by"
                        || word(r.lead - 1) == "the" && word(r.lead - 2) == "by")
                    && (ce..r.lead).any(|i| {
                        EVENT_NOUNS.contains(&word(i))
                            // "criticized the decision by Spain to recognize Palestine"
                            || STANCE_ACTS.contains(&word(i))
                            // "blamed joint military drills by the US and South Korea"
                            || matches!(
                                word(i),
                                "drills" | "exercises" | "patrols" | "manoeuvres" | "maneuvers"
                            )
                    });
                // "rejected any attempt to annex Guyanese territory": the
                // object of the infinitive is the victim of the act opposed.
                let intent_object = matches!(
                    entry.relation,
                    RelationKind::Opposition | RelationKind::Sanctions
                ) && (ce..r.tok_start)
                    .any(|i| INTENT_NOUNS.contains(&word(i)) && word(i + 1) == "to");
                !clause
                    && !intent_object
                    && plain_words <= limit
                    && !(ce..r.tok_start).any(|i| {
                        // ("sold arms to Taiwan": the goods sold.)
                        let goods = entry.relation == RelationKind::Trade && word(i) == "arms";
                        let own_agent = agent_of_act && i < r.lead;
                        sentence.cue_token[i] && !(titled(i) || own_agent || goods)
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
        // "offered his condolences": words of courtesy are no gift.
        if pattern == CuePattern::Verb
            && GIVING_VERBS_SET.contains(entry.cue.split(' ').next().unwrap_or(""))
            && (ce..(ce + 3).min(words.len())).any(|i| COURTESIES.contains(&word(i)))
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
            (ce..(ce + 5).min(words.len()))
                .take_while(|&i| !breaks_at(words, i) && word(i) != ",")
                .find(|&i| word(i) == "by")
                .filter(|_| matches!(word(ce), "at" | "in" | "on" | "upon"))
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
            && let Some(by) = (ce..(ce + 8).min(words.len()))
                .take_while(|&i| !breaks_at(words, i) && word(i) != ",")
                .find(|&i| word(i) == "by")
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
                let gap: Vec<&str> = (ce..r.tok_start)
                    .filter(|&i| !sentence.capitalized[i])
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
                if object_then_place
                    || !prepositional
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
            let owned_intent =
                k == cs && k >= 2 && (a.tok_end..k - 1).any(|i| OWNED_INTENTS.contains(&word(i)));
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
                        )
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
                if from >= 2
                    && matches!(word(from - 1), "which" | "that" | "whom")
                    && word(comma) == ","
                    && let Some(antecedent) = groups.iter().find(|g| g.tok_end == comma)
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

/// Verbs that make their subject (or their "by" object) the host of talks.
static HOST_VERBS: WordList = WordList::new(&WORDS, "host_verbs");

/// The host of talks whose cue starts at `cs` and whose participants end at
/// `end`: the subject of a host verb just before ("Oman hosted talks", "thanked
/// Iraq for hosting talks"), or the object of "hosted by" just after.
fn host_of(groups: &[Group], words: &[&str], cs: usize, end: usize) -> Option<Group> {
    let word = |i: usize| word_at(words, i);
    // "Angola's mediation between", "its mediation between": the possessor
    // mediates ("Kumar's visit between" is no such thing).
    let mediation = ["mediat", "broker", "facilitat"]
        .iter()
        .any(|stem| word(cs).starts_with(stem));
    if mediation
        && let Some(host) = groups.iter().find(|g| {
            g.tok_end == cs || (g.tok_end + 1 == cs && matches!(word(g.tok_end), "'s" | "’s"))
        })
    {
        return Some(host.clone());
    }
    let verb_before = (cs.saturating_sub(5)..=cs)
        .rev()
        .find(|&i| HOST_VERBS.contains(&word(i)));
    if let Some(v) = verb_before {
        // Only articles, adjectives and numbers between the verb and the cue.
        let plain = (v + 1..cs).all(|i| {
            let w = word(i);
            !is_break(w) && w != "," && (w.chars().all(char::is_alphanumeric))
        });
        if plain {
            let mut k = v;
            if k > 0 && matches!(word(k - 1), "for" | "in") {
                k -= 1;
            }
            // "Qatar, which mediated between ...": the name before the pronoun.
            if k >= 2 && matches!(word(k - 1), "which" | "that" | "who") && word(k - 2) == "," {
                k -= 2;
            }
            if let Some(host) = groups
                .iter()
                .rev()
                .find(|g| g.tok_end <= k && k - g.tok_end <= 2)
            {
                return Some(host.clone());
            }
        }
    }
    // "the summit hosted by Asmara last October, which brought together": the
    // host named before the relative clause of a gathering.
    if word(cs + 1) == "together"
        && let Some(by) = (cs.saturating_sub(12)..cs)
            .rev()
            .take_while(|&i| !breaks_at(words, i))
            .find(|&i| word(i) == "by" && i >= 1 && HOST_VERBS.contains(&word(i - 1)))
    {
        return groups.iter().find(|g| g.tok_start == by + 1).cloned();
    }
    let mut k = end;
    if word(k) == "," {
        k += 1;
    }
    if HOST_VERBS.contains(&word(k)) && word(k + 1) == "by" {
        return groups.iter().find(|g| g.tok_start == k + 2).cloned();
    }
    None
}

/// Who invited or hosted a meeting named at `ce`: "at the invitation of
/// President Trump", "hosted by Qatar", within the same clause.
fn inviter_after(groups: &[Group], words: &[&str], ce: usize) -> Option<Group> {
    let word = |i: usize| word_at(words, i);
    let end = (ce + 12).min(words.len());
    let at = (ce..end)
        .take_while(|&i| !is_break(word(i)) && !matches!(word(i), ";" | "but" | "while"))
        .find_map(|i| match (word(i), word(i + 1), word(i + 2)) {
            ("invitation", "of", _) => Some(i + 2),
            (verb, "by", _) if HOST_VERBS.contains(&verb) => Some(i + 2),
            _ => None,
        })?;
    // The host's title may stand between: "of the President of the United
    // States, Donald J. Trump".
    groups
        .iter()
        .find(|g| g.lead >= at && g.lead <= at + 8)
        .cloned()
}

/// Nouns that name an armed action: what "the operation" or "the strikes"
/// refers back to.
static EVENT_NOUNS: WordList = WordList::new(&WORDS, "event_nouns");

/// Acts whose agent, after "by", is what a critic opposes: "criticized the
/// decision by Spain", "dismissed the accusations by Britain".
static STANCE_ACTS: WordList = WordList::new(&WORDS, "stance_acts");

/// The conflict relations of the last twelve sentences up to `index`,
/// latest first: (sentence, rule, source).
fn recent_conflicts(out: &[Relation], index: usize) -> Vec<(usize, String, usize)> {
    // `out` is in sentence order: look back only as far as twelve sentences.
    out.iter()
        .rev()
        .take_while(|r| r.sentence + 12 >= index)
        .filter(|r| r.relation == RelationKind::Conflict)
        .map(|r| (r.sentence, r.rule.clone(), r.source))
        .collect()
}

/// Who carried out the armed action that `noun` ("strikes", "the operation")
/// refers back to: the latest conflict whose cue names the same kind of
/// action ("struck" for "the strikes"), else the latest of any kind within
/// six sentences of `index`.
fn event_agents(conflicts: &[(usize, String, usize)], noun: &str, index: usize) -> Vec<usize> {
    let stems: &[&str] = match noun {
        "strike" | "strikes" | "airstrikes" => &["struck", "strike"],
        "attack" | "attacks" | "assault" => &["attack", "assault"],
        "raid" | "raids" => &["raid"],
        "bombing" | "bombings" | "bombardment" => &["bomb"],
        "invasion" | "incursion" => &["inva", "incursion"],
        "offensive" => &["offensive"],
        _ => &[],
    };
    let same_kind = |rule: &str| stems.iter().any(|stem| rule.contains(stem));
    // Any kind only from close by: "the operation" three paragraphs on may be another.
    let latest = conflicts
        .iter()
        .find(|(_, rule, _)| same_kind(rule))
        .or_else(|| conflicts.first().filter(|(s, _, _)| s + 6 >= index));
    let Some((sentence, rule, _)) = latest else {
        return Vec::new();
    };
    let mut agents: Vec<usize> = conflicts
        .iter()
        .filter(|(s, r, _)| s == sentence && r == rule)
        .map(|(_, _, source)| *source)
        .collect();
    agents.sort_unstable();
    agents.dedup();
    agents
}

/// "Bolivia, which became a full member of": the subject of a relative
/// clause that ends in the cue.
fn relative_subject(group: &Group, words: &[&str], cs: usize) -> bool {
    let word = |i: usize| word_at(words, i);
    word(group.tok_end) == ","
        && matches!(word(group.tok_end + 1), "which" | "who" | "that")
        && cs <= group.tok_end + 8
        && (group.tok_end + 2..cs).all(|i| {
            let w = word(i);
            !is_break(w) && w != "," && w.chars().all(char::is_alphabetic)
        })
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

fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "of"
            | "in"
            | "on"
            | "to"
            | "for"
            | "with"
            | "by"
            | "at"
            | "from"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "that"
            | "which"
            | "who"
            | "as"
            | "it"
            | "its"
            | "their"
            | "his"
            | "her"
            | "not"
            | "will"
            | "would"
            | "be"
            | "been"
            | "over"
            | "into"
            | "against"
            | "about"
            | "under"
            | "after"
            | "during"
    ) || NOT_ASSERTED_SET.contains(w)
}

/// "Russia-backed RTC": the name before the hyphen supports the name after.
fn hyphen_rule(
    groups: &[Group],
    words: &[&str],
    cue_token: &[bool],
    cs: usize,
    ce: usize,
) -> Option<(Option<Group>, Option<Group>, &'static str)> {
    if cs < 2 || words[cs - 1] != "-" {
        return None;
    }
    let agent = groups.iter().find(|g| g.tok_end == cs - 1)?;
    // "Iran-backed militias attacked US bases": the backed thing is the noun
    // after the cue; a name past another cue is not it.
    let patient = groups
        .iter()
        .find(|g| {
            g.tok_start >= ce && g.tok_start <= ce + 2 && !(ce..g.tok_start).any(|i| cue_token[i])
        })
        .or_else(|| {
            // "The Houthis, an Iran-backed movement,": the name the apposition
            // describes.
            let determiner = agent.tok_start.checked_sub(1)?;
            let described = matches!(words[determiner], "a" | "an" | "the")
                && determiner >= 1
                && words[determiner - 1] == ","
                && words
                    .get(ce)
                    .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()));
            described
                .then(|| groups.iter().find(|g| g.tok_end + 1 == determiner))
                .flatten()
        })?;
    Some((
        Some(agent.clone()),
        Some(patient.clone()),
        "hyphenated modifier",
    ))
}

/// "The Quad brings together Australia, India, Japan and the United States",
/// "BRICS, which now includes Egypt": an organization right before the cue
/// (as subject or through "which"), states right after it.
fn members_after_rule(
    groups: &[Group],
    words: &[&str],
    doc: &DocEntities,
    cs: usize,
    ce: usize,
) -> Option<(Option<Group>, Option<Group>, &'static str)> {
    let word = |i: usize| word_at(words, i);
    let mut k = cs;
    // "The bloc, which expanded this year to include Egypt": back over the
    // growth and its time to the organization.
    if word(k.wrapping_sub(1)) == "to" {
        let grew = |w: &str| {
            matches!(
                w,
                "expanded" | "expands" | "grew" | "grown" | "enlarged" | "widened" | "broadened"
            )
        };
        let mut j = k - 1;
        while j > 0
            && k - 1 - j < 4
            && !grew(word(j - 1))
            && word(j - 1).chars().all(|c| c.is_alphanumeric())
        {
            j -= 1;
        }
        if j > 0 && grew(word(j - 1)) {
            k = j - 1;
        }
    }
    while k > 0
        && matches!(
            word(k - 1),
            "now" | "also" | "currently" | "which" | "that" | "," | "has" | "have" | "was"
        )
    {
        k -= 1;
    }
    // "The ECOWAS bloc, which includes": a word for the body after its name.
    if k > 0
        && BODY_NOUNS.contains(&word(k - 1))
        && !groups.iter().any(|g| g.tok_end == k && g.organization)
    {
        k -= 1;
    }
    // "the Accra Initiative, a security framework that brings together": an
    // apposition naming what the body is.
    // (At the sentence's start, no word before: "consists of" opening a
    // text, found by fuzzing.)
    if k >= 1
        && (k >= 3
            && matches!(
                word(k - 1),
                "framework" | "pact" | "initiative" | "coalition" | "partnership" | "arrangement"
            )
            || BODY_NOUNS.contains(&word(k - 1)))
    {
        let mut j = k - 1;
        while j > 0
            && k - j < 4
            && word(j - 1).chars().all(char::is_alphabetic)
            && !matches!(word(j - 1), "a" | "an")
        {
            j -= 1;
        }
        if j >= 2 && matches!(word(j - 1), "a" | "an") && word(j - 2) == "," {
            k = j - 2;
        }
    }
    let organization = groups
        .iter()
        .find(|g| g.tok_end == k && g.organization && g.entities.len() == 1)?;
    let members = groups
        .iter()
        .find(|g| g.tok_start >= ce && g.lead <= ce + 1)?;
    let states = members
        .entities
        .iter()
        .all(|&e| doc.entities[e].kind == EntityKind::Country);
    states.then(|| {
        (
            Some(members.clone()),
            Some(organization.clone()),
            "members after",
        )
    })
}

/// Whether a verb of fighting ending at `ce` has an object other than the
/// fight itself: "fought the jihadists" (a third party), not "fought a
/// border war" or "fought each other".
fn fights_a_third_party(words: &[&str], ce: usize) -> bool {
    let word = |i: usize| word_at(words, i);
    let mut k = ce;
    while matches!(word(k), "the" | "a" | "an" | "its" | "their") {
        k += 1;
    }
    let head = word(k);
    let fight_nouns = |w: &str| {
        matches!(
            w,
            "war"
                | "wars"
                | "battle"
                | "battles"
                | "conflict"
                | "skirmish"
                | "skirmishes"
                | "clash"
                | "clashes"
                | "fight"
                | "each"
                | "one"
        )
    };
    k > ce
        && head.chars().all(|c| c.is_ascii_lowercase())
        && !head.is_empty()
        && !is_function_word(head)
        && !(k..k + 4).any(|i| fight_nouns(word(i)))
}

/// The rule name of [`gathered_rule`], whose participants meet their host too.
const GATHERED: &str = "brought together";

/// "The summit brought together Tokayev, Mirziyoyev and Rahmon": an event (not
/// an organization, which `members_after_rule` reads as a body with members)
/// gathers the persons or states named after the cue, who meet one another.
fn gathered_rule(
    groups: &[Group],
    words: &[&str],
    doc: &DocEntities,
    cs: usize,
    ce: usize,
) -> Option<(Option<Group>, Option<Group>, &'static str)> {
    if members_after_rule(groups, words, doc, cs, ce).is_some()
        || groups.iter().any(|g| g.organization && g.tok_end == cs)
    {
        return None;
    }
    let first = groups
        .iter()
        .position(|g| g.tok_start >= ce && g.lead <= ce + 1)?;
    // "President El-Sisi, Eritrean President Isaias Afwerki and Somali
    // President Hassan Sheikh Mohamud": titled names make groups of their own.
    let mut gathered = groups[first].clone();
    for next in &groups[first + 1..] {
        let gap = &words[gathered.tok_end..next.lead.min(next.tok_start)];
        if !matches!(gap, [","] | ["and"] | [",", "and"]) {
            break;
        }
        gathered.entities.extend(next.entities.iter().copied());
        gathered.tok_end = next.tok_end;
    }
    let persons_or_states = gathered.entities.iter().all(|&e| {
        matches!(
            doc.entities[e].kind,
            EntityKind::Country | EntityKind::Person
        )
    });
    (gathered.entities.len() >= 2 && persons_or_states && !gathered.reference).then_some((
        Some(gathered),
        None,
        GATHERED,
    ))
}

/// "As founding members of ASEAN, Malaysia and Singapore ...", "As NATO
/// members, Finland and Sweden ...": a fronted role names its holders after
/// the comma.
fn fronted_membership(
    groups: &[Group],
    words: &[&str],
    doc: &DocEntities,
    cs: usize,
    ce: usize,
) -> Option<(Option<Group>, Option<Group>, &'static str)> {
    let word = |i: usize| word_at(words, i);
    let as_before = |i: usize| {
        i >= 1 && word(i - 1) == "as"
            || i >= 2
                && word(i - 2) == "as"
                && matches!(word(i - 1), "founding" | "fellow" | "full" | "permanent")
    };
    let is_organization = |e: usize| doc.entities[e].kind == EntityKind::Organization;
    const RULE: &str = "members named after a fronted role";
    if as_before(cs) {
        // "As members of ASEAN, Malaysia and Singapore": the comma makes one
        // list of the three; its first name is the body, the rest its members.
        let list = groups
            .iter()
            .find(|g| g.tok_start >= ce && before_determiners(words, g.lead) == ce)?;
        let (&body, rest) = list.entities.split_first()?;
        if !is_organization(body) || rest.is_empty() || !(ce..list.tok_end).any(|i| word(i) == ",")
        {
            return None;
        }
        let organization = Group {
            entities: vec![body],
            organization: true,
            person: false,
            ..list.clone()
        };
        let members = Group {
            entities: rest.to_vec(),
            organization: false,
            ..list.clone()
        };
        return Some((Some(members), Some(organization), RULE));
    }
    // "As NATO members, Finland and Sweden".
    let organization = groups.iter().find(|g| {
        g.tok_end == cs && g.organization && as_before(before_determiners(words, g.lead))
    })?;
    if word(ce) != "," {
        return None;
    }
    let members = groups
        .iter()
        .find(|g| g.tok_start > ce && before_determiners(words, g.lead) == ce + 1)?;
    Some((Some(members.clone()), Some(organization.clone()), RULE))
}

/// "NATO ally Greece", "NATO members Poland and Estonia".
fn org_prefix_rule(
    groups: &[Group],
    words: &[&str],
    doc: &DocEntities,
    cs: usize,
    ce: usize,
) -> Option<(Option<Group>, Option<Group>, &'static str)> {
    let word = |i: usize| word_at(words, i);
    const MEMBER_ADJECTIVES: &[&str] = &[
        "founding",
        "full",
        "permanent",
        "new",
        "original",
        "fellow",
        "other",
        "non-permanent",
        "current",
    ];
    // "a group whose original members are Brazil, Russia, ...": the members
    // follow, the organization is the nearest one named before.
    let mut before = cs;
    while before > 0 && MEMBER_ADJECTIVES.contains(&word(before - 1)) {
        before -= 1;
    }
    if before > 0
        && word(before - 1) == "whose"
        && matches!(
            word(ce),
            "are" | "were" | "include" | "included" | "includes"
        )
        && let Some(members) = groups.iter().find(|g| g.tok_start == ce + 1)
        && let Some(org) = groups.iter().rev().find(|g| {
            g.tok_end < before
                && g.entities.len() == 1
                && doc.entities[g.entities[0]].kind == EntityKind::Organization
        })
    {
        return Some((
            Some(members.clone()),
            Some(org.clone()),
            "whose members are",
        ));
    }
    // "NATO ally Greece", "the bloc's founding members Uruguay, Brazil ...".
    // ("Hungary, an EU and NATO member": bodies coordinated.)
    let org = groups
        .iter()
        .rev()
        .find(|g| g.tok_end <= cs && cs - g.tok_end <= 3)?;
    if org
        .entities
        .iter()
        .any(|&e| doc.entities[e].kind != EntityKind::Organization)
    {
        return None;
    }
    let between: Vec<&str> = (org.tok_end..cs).map(|i| words[i]).collect();
    // "The African Union has 55 member states", "the bloc's 16 members".
    let count = |w: &str| {
        w.chars().all(|c| c.is_ascii_digit())
            || matches!(w, "has" | "have" | "had")
            || number_word(w).is_some_and(|n| n >= 2)
    };
    // "NATO's 31st member", "the bloc's newest member".
    let ordinal = |w: &str| {
        matches!(
            w,
            "newest" | "latest" | "youngest" | "first" | "second" | "third"
        ) || (w.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s)))
    };
    if !between.iter().all(|w| {
        ordinal(w)
            || count(w)
            || matches!(
                *w,
                "'s" | "’s"
                    | "founding"
                    | "full"
                    | "permanent"
                    | "new"
                    | "original"
                    | "fellow"
                    | "other"
                    | "non-permanent"
                    | "current"
            )
    }) {
        return None;
    }
    // "the G7 countries: Canada, France, ...": a colon or dash may open the
    // list; so may "including", "such as", "include" or "are" ("the
    // Commonwealth's 56 members include India"), or "of" ("the GCC states of
    // Saudi Arabia and Kuwait"); "As EU members, France and Germany".
    let opener = |from: usize, to: usize| -> bool {
        match &words[from..to] {
            [":" | "-" | "–" | "—" | "("] => true,
            ["including"] | ["," | "(", "including"] | ["such", "as"] | [",", "such", "as"] => true,
            ["include" | "includes" | "included" | "are" | "were"] => true,
            ["of"] => matches!(word(cs), "states" | "countries" | "nations"),
            // ("Among ASEAN members, the Philippines and Vietnam")
            [","] | [",", "the"] => {
                org.lead >= 1 && matches!(word(org.lead - 1), "as" | "among") && org.lead <= 2
            }
            _ => false,
        }
    };
    if let Some(members) = groups
        .iter()
        .find(|g| g.tok_start == ce || g.tok_start > ce && g.lead <= ce + 3 && opener(ce, g.lead))
    {
        return Some((
            Some(members.clone()),
            Some(org.clone()),
            "organization title",
        ));
    }
    // "Finland became NATO's 31st member": the subject of "became".
    // "Timor-Leste formally became ASEAN's 11th member": adverbs may stand between.
    let mut verb_start = org.tok_start.wrapping_sub(1);
    if matches!(
        word(verb_start),
        "became" | "becomes" | "become" | "is" | "was" | "remains" | "remained"
    ) {
        while verb_start > 0
            && matches!(
                word(verb_start - 1),
                "formally"
                    | "officially"
                    | "finally"
                    | "now"
                    | "also"
                    | "has"
                    | "have"
                    | "had"
                    | "thus"
                    | "then"
            )
        {
            verb_start -= 1;
        }
    }
    if matches!(
        word(org.tok_start.wrapping_sub(1)),
        "became" | "becomes" | "become" | "is" | "was" | "remains" | "remained"
    ) && let Some(member) = groups.iter().find(|g| g.tok_end == verb_start)
    {
        return Some((
            Some(member.clone()),
            Some(org.clone()),
            "became the organization's member",
        ));
    }
    // "coordinating closely with its NATO Allies", "than its EU partners": the
    // owner of the members is one of them.
    if word(cs).ends_with('s')
        && let Some(owner) = groups.iter().find(|g| {
            g.tok_end == org.tok_start
                && g.reference
                && matches!(words[g.tok_start..g.tok_end], ["its" | "their"])
        })
    {
        return Some((
            Some(owner.clone()),
            Some(org.clone()),
            "owner of the organization's members",
        ));
    }
    // "Turkey, a NATO member, ...", "Greece, a fellow NATO member": an apposition.
    let mut start = org.tok_start;
    while start > 0 && MEMBER_ADJECTIVES.contains(&word(start - 1)) {
        start -= 1;
    }
    // "Turkey is a NATO ally", "Brazil holds the G20 presidency": the clause's
    // subject, through a copula or a verb of taking or holding the chair.
    let chair = matches!(word(cs), "presidency" | "chairmanship" | "chair");
    let mut article = start;
    while article > 0
        && matches!(
            word(article - 1),
            "a" | "an"
                | "the"
                | "its"
                | "key"
                | "major"
                | "close"
                | "loyal"
                | "longtime"
                | "rotating"
                | "annual"
        )
    {
        article -= 1;
    }
    let holds_chair = |from: usize, to: usize| {
        let mut from = from;
        while from < to
            && matches!(
                word(from),
                "has" | "have" | "had" | "will" | "currently" | "now" | "also" | "formally"
            )
            // "Brazil, which holds the rotating BRICS presidency"
            || from + 1 < to && word(from) == "," && word(from + 1) == "which"
            || word(from) == "which" && from > 0 && word(from - 1) == ","
        {
            from += 1;
        }
        matches!(
            &words[from..to],
            ["holds" | "held" | "hold" | "holding" | "assumed" | "assumes" | "assume"]
                | ["took" | "takes" | "take" | "taken" | "taking", "over"]
        )
    };
    if article < start
        && let Some(member) = groups
            .iter()
            .rev()
            .find(|g| g.tok_end <= article && subject_position(g, words))
        && article - member.tok_end <= 5
        && if chair {
            holds_chair(member.tok_end, article)
        } else {
            member_complement(words, member.tok_end, article)
        }
    {
        return Some((
            Some(member.clone()),
            Some(org.clone()),
            if chair {
                "holds the organization's chair"
            } else {
                "is the organization's member"
            },
        ));
    }
    // "Greece, Turkey's neighbour and fellow NATO member": the anchor, and the
    // possessor it is a fellow of.
    if start >= 6 && word(start) == "fellow" && word(start - 1) == "and" {
        let mut k = start - 2;
        while k > 0 && words[k].chars().all(char::is_alphabetic) && start - 2 - k < 2 {
            k -= 1;
        }
        if matches!(word(k), "'s" | "’s")
            && let Some(possessor) = groups.iter().find(|g| g.tok_end == k)
            && possessor.tok_start >= 2
            && word(possessor.tok_start - 1) == ","
            && let Some(anchor) = groups.iter().find(|g| g.tok_end + 1 == possessor.tok_start)
        {
            let mut members = anchor.clone();
            members.entities.extend(&possessor.entities);
            return Some((
                Some(members),
                Some(org.clone()),
                "fellow member in apposition",
            ));
        }
    }
    // "Togo, also an ECOWAS member": "also" may precede the article.
    let comma = start.wrapping_sub(2) - usize::from(word(start.wrapping_sub(2)) == "also");
    // ("Greece and Turkey, both NATO allies,")
    if start >= 3
        && matches!(word(start - 1), "a" | "an" | "another" | "both" | "all")
        && word(comma) == ","
    {
        let member = groups.iter().find(|g| g.tok_end == comma)?;
        return Some((
            Some(member.clone()),
            Some(org.clone()),
            "organization title in apposition",
        ));
    }
    None
}

/// Whether the words `from..to` are a copula (or a verb of winning a seat)
/// and the plain words of its complement up to a noun of membership: "are
/// among the newest", "is one of the 16", "has long been a" (members of),
/// "won a non-permanent" (seat on). A subject that far from the noun is its
/// member only through such a verb.
fn member_complement(words: &[&str], from: usize, to: usize) -> bool {
    let gap = &words[from.min(to)..to];
    let copula = |w: &str| {
        BE_FORMS.contains(&w)
            || matches!(
                w,
                "became"
                    | "become"
                    | "becomes"
                    | "remain"
                    | "remains"
                    | "remained"
                    | "won"
                    | "wins"
                    | "secured"
                    | "secures"
                    | "holds"
                    | "held"
                    | "took"
                    | "takes"
            )
    };
    let Some(first) = gap.iter().position(|w| copula(w)) else {
        return false;
    };
    // Only auxiliaries and adverbs before the copula: "has long been".
    gap[..first].iter().all(|w| {
        matches!(
            *w,
            "has" | "have" | "had" | "will" | "also" | "now" | "long" | "still"
        )
    }) && gap.len() <= 8
        && gap[first + 1..].iter().all(|w| {
            (w.chars().all(char::is_alphanumeric) && !w.is_empty() || *w == "-")
                && !matches!(
                    *w,
                    "and"
                        | "or"
                        | "but"
                        | "not"
                        | "that"
                        | "which"
                        | "who"
                        | "with"
                        | "to"
                        | "by"
                        | "in"
                        | "on"
                        | "for"
                        | "from"
                        | "at"
                )
        })
}

/// The imposer and the target named after a sanctions noun by a participle
/// whose cue ends at `ce`: "imposed by X on Y", "imposed on Y by X" (the
/// participle, then both phrases within a few words).
/// "Sanctions on Iran were tightened by the US and the UK": the target
/// after the noun, then a passive whose agent imposes them.
fn passive_by(
    groups: &[Group],
    words: &[&str],
    ce: usize,
) -> Option<(Option<Group>, Option<Group>, &'static str)> {
    let word = |i: usize| word_at(words, i);
    if !matches!(word(ce), "on" | "against") {
        return None;
    }
    let target = group_after(groups, words, ce + 1)?;
    let mut i = target.tok_end;
    while matches!(
        word(i),
        "were" | "was" | "have" | "has" | "had" | "been" | "being" | "are" | "is"
    ) {
        i += 1;
    }
    if i == target.tok_end
        || !matches!(
            word(i),
            "imposed"
                | "tightened"
                | "extended"
                | "renewed"
                | "expanded"
                | "announced"
                | "adopted"
                | "approved"
                | "introduced"
                | "reimposed"
                | "maintained"
                | "broadened"
                | "widened"
        )
        || word(i + 1) != "by"
    {
        return None;
    }
    let imposer = group_after(groups, words, i + 2)?;
    Some((
        Some(imposer.clone()),
        Some(target.clone()),
        "sanctions on Y imposed by X",
    ))
}

fn imposed_by(
    groups: &[Group],
    words: &[&str],
    ce: usize,
) -> Option<(Option<Group>, Option<Group>, &'static str)> {
    let word = |i: usize| word_at(words, i);
    if !matches!(
        word(ce),
        "imposed" | "levied" | "placed" | "slapped" | "maintained" | "reimposed"
    ) {
        return None;
    }
    // The group right after a preposition, within the next few words.
    let after = |preposition: &[&str]| {
        (ce + 1..(ce + 10).min(words.len()))
            .take_while(|&i| !breaks_at(words, i) && word(i) != ",")
            .filter(|&i| preposition.contains(&word(i)))
            .find_map(|i| group_after(groups, words, i + 1))
    };
    let imposer = after(&["by"])?;
    let target = after(&["on", "against"])?;
    Some((
        Some(imposer.clone()),
        Some(target.clone()),
        "sanctions imposed by X on Y",
    ))
}

/// Nouns of a journey to meet others.
static VISIT_NOUNS: WordList = WordList::new(&WORDS, "visit_nouns");
/// Besides a visit, what [`in_place_for_a_visit`] reads one is in a place for.
static VISIT_EVENTS: WordList = WordList::new(&WORDS, "visit_events");
/// Verbs of making a visit that [`on_a_visit`] reads: "paid a state visit",
/// "wrapped up a two-day visit", "embarked on a tour".
static VISIT_MAKING: WordList = WordList::new(&WORDS, "visit_making");

/// Whether the words `from..to`, between a subject and a visit noun, say the
/// subject is on that visit: "is on a three-day", ", on a state", "was on
/// his first official", "during a two-day", "wrapped up a two-day state".
/// Modifiers may be many here, as no other participant can stand between.
fn on_a_visit(words: &[&str], from: usize, to: usize) -> bool {
    let mut k = from.min(to);
    if words.get(k) == Some(&",") {
        k += 1;
    }
    while k < to
        && (BE_FORMS.contains(&words[k])
            || matches!(
                words[k],
                "currently" | "now" | "has" | "have" | "had" | "will" | "also"
            ))
    {
        k += 1;
    }
    // "is on a visit", "during a visit"; "paid a state visit", "wrapped up a
    // two-day visit", "embarked on a tour".
    if k < to && matches!(words[k], "on" | "during") {
        k += 1;
    } else if k < to && VISIT_MAKING.contains(&words[k]) {
        k += 1;
        if k < to && matches!(words[k], "up" | "off" | "on") {
            k += 1;
        }
    } else {
        return false;
    }
    if k < to
        && matches!(
            words[k],
            "a" | "an" | "his" | "her" | "their" | "its" | "the"
        )
    {
        k += 1;
    }
    to - k <= 6
        && words[k..to].iter().all(|w| {
            *w == "-"
                || (!w.is_empty() && w.chars().all(char::is_alphanumeric) && !is_function_word(w))
        })
}

/// "Netanyahu is in Washington for a two-day visit", "the minister was in
/// Beijing for talks": a subject in a place for a visit meets the place's state.
fn in_place_for_a_visit(
    doc: &DocEntities,
    index: usize,
    sentence: &SentenceEntities,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 3..words.len() {
        if !VISIT_NOUNS.contains(&word(v)) && !VISIT_EVENTS.contains(&word(v)) {
            continue;
        }
        // Back over the visit's modifiers to "for".
        let mut k = v;
        while k > 0 && v - k < 5 && word(k - 1) != "for" {
            let w = word(k - 1);
            let modifier = w == "-"
                || matches!(w, "a" | "an" | "his" | "her" | "their" | "its" | "the")
                || w.chars().all(char::is_alphanumeric) && !is_function_word(w);
            if !modifier {
                break;
            }
            k -= 1;
        }
        if k == 0 || word(k - 1) != "for" {
            continue;
        }
        // The place may be a venue that takes part in nothing else ("in
        // Washington"): any mention of a state.
        // ("in Moscow next week for a state visit": a time may come between.)
        let mut place_end = k - 1;
        while place_end > 0
            && k - 1 - place_end < 3
            && matches!(
                word(place_end - 1),
                "next" | "this" | "last" | "week" | "month" | "today" | "tomorrow" | "later"
            )
        {
            place_end -= 1;
        }
        let Some(place) = sentence.mentions.iter().find(|m| {
            (m.tok_end + 1 == k || m.tok_end == place_end)
                && doc.entities[m.entity].kind == EntityKind::Country
        }) else {
            continue;
        };
        let mut at = place.tok_start;
        if word(at.wrapping_sub(1)) == "the" {
            at -= 1;
        }
        if word(at.wrapping_sub(1)) != "in" {
            continue;
        }
        let Some(subject) = groups.iter().rev().find(|g| {
            g.tok_end + 1 < at
                && at - g.tok_end <= 3
                && subject_position(g, words)
                && (g.tok_end..at - 1).all(|i| {
                    BE_FORMS.contains(&word(i))
                        // "Tokayev is due in Moscow"
                        || matches!(
                            word(i),
                            "has" | "have" | "had" | "currently" | "now" | "due" | "expected"
                        )
                })
                && (g.tok_end..at - 1).any(|i| BE_FORMS.contains(&word(i)))
        }) else {
            continue;
        };
        push_pairs(
            doc,
            RelationKind::Meeting,
            index,
            (&subject.entities, &[place.entity]),
            "in a place for a visit",
            0.75,
            out,
        );
    }
}

/// Whether a group stands where a clause's subject stands: at the start of the
/// sentence or right after a clause boundary ("..., and Iran and China signed").
/// Token `i` moved back over "the", "both", "also" before it.
fn before_determiners(words: &[&str], mut i: usize) -> usize {
    // ("acting Thai Prime Minister X": an officer's standing is no word of
    // the clause before.)
    while i > 0
        && matches!(
            words[i - 1],
            "the" | "both" | "also" | "acting" | "interim" | "outgoing" | "incoming"
        )
    {
        i -= 1;
    }
    i
}

/// Token `i` moved back over at most `most` content words that `fits`
/// accepts (no function word, no clause break), then over determiners:
/// where a noun phrase ending before `i` begins.
fn before_modifiers(words: &[&str], mut i: usize, most: usize, fits: fn(&str) -> bool) -> usize {
    let start = i;
    while i > 0
        && start - i < most
        && fits(words[i - 1])
        && !is_function_word(words[i - 1])
        && !is_break(words[i - 1])
    {
        i -= 1;
    }
    before_determiners(words, i)
}

fn subject_position(group: &Group, words: &[&str]) -> bool {
    let mut i = before_determiners(words, group.lead);
    // "A Chinese ship rammed", "after a Chinese ship fired": an indefinite
    // subject opening the sentence or a clause.
    // (Not an apposition: "Israel, a U.S. ally,".)
    if i >= 1
        && matches!(words[i - 1], "a" | "an")
        && (i == 1
            || matches!(
                words[i - 2],
                "after"
                    | "when"
                    | "as"
                    | "because"
                    | "while"
                    | "since"
                    | "before"
                    | "once"
                    | "until"
                    | "that"
                    | "and"
                    | "but"
                    | "where"
            ))
    {
        i -= 1;
    }
    // "The Iran-backed Houthis have launched": the backer's name and its
    // hyphen belong to the subject.
    if i >= 3
        && words[i - 2] == "-"
        && matches!(
            words[i - 1],
            "backed" | "led" | "supported" | "aligned" | "funded" | "sponsored" | "allied"
        )
    {
        i = before_modifiers(words, i - 2, 3, |w| w.chars().any(char::is_alphabetic));
    }
    // "Foreign ministers Mauro Vieira and Diana Mondino signed": a plural
    // title before the names belongs to the subject.
    if i > 0 && PLURAL_TITLES.contains(&words[i - 1]) {
        // "foreign", "defence", "prime", "affairs"; not a verb ("hosted").
        i = before_modifiers(words, i - 1, 2, |w| {
            w.chars().all(char::is_alphabetic)
                && (!w.ends_with("ed") && !w.ends_with('s') || w == "affairs")
        });
    }
    let next = words.get(group.tok_end).copied().unwrap_or("");
    // "Andrii Sybiha, who thanked Tokyo": a relative clause's subject, even in
    // an apposition.
    if next == "," && matches!(words.get(group.tok_end + 1).copied(), Some("who")) {
        return true;
    }
    // "We, Ilham Aliyev, ... and Nikol Pashinyan, ..., met": who "we" are.
    if i == 2 && words[0] == "we" && words[1] == "," {
        return true;
    }
    if i > 0
        && words[i - 1] == ","
        && matches!(
            next,
            "," | "to" | "and" | "or" | "of" | "in" | "on" | "for" | "with" | "at" | ""
        )
    {
        return false; // an apposition or a list item, not a subject
    }
    // "Envoys of the SAF and the RSF signed": the people stand for their side.
    if i >= 2
        && matches!(words[i - 1], "of" | "from")
        && matches!(
            words[i - 2],
            "presidents"
                | "governments"
                | "forces"
                | "troops"
                | "armies"
                | "militaries"
                | "navies"
                | "chiefs"
                | "envoys"
                | "envoy"
                | "representative"
                | "delegation"
                | "delegate"
                | "government"
                | "ambassador"
                | "representatives"
                | "delegations"
                | "delegates"
                | "leaders"
                | "officials"
                | "ministers"
                | "negotiators"
                | "heads"
        )
    {
        return true;
    }
    // "military governments in Mali, Burkina Faso and Niger broke away": the
    // rulers in a state stand for it.
    if i >= 2
        && words[i - 1] == "in"
        && matches!(
            words[i - 2],
            "governments"
                | "government"
                | "juntas"
                | "junta"
                | "regimes"
                | "regime"
                | "authorities"
        )
    {
        return true;
    }
    // "Algeria and South Africa, which have led opposition to": a relative clause's subject.
    if next == "," && matches!(words.get(group.tok_end + 1).copied(), Some("which" | "who")) {
        return true;
    }
    // "In June the two countries signed", "Later the two sides agreed": a time
    // phrase opens the sentence before its subject.
    if (1..=4).contains(&i)
        && words[..i]
            .iter()
            .all(|w| TIME_OPENERS.contains(w) || w.bytes().all(|b| b.is_ascii_digit()))
        && words[..i]
            .iter()
            .any(|w| !matches!(*w, "in" | "on" | "at" | "by" | "during" | "the"))
    {
        return true;
    }
    i == 0
        || matches!(
            words[i - 1],
            "," | "that"
                | "and"
                | "but"
                | ";"
                | ":"
                | "while"
                | "as"
                | "when"
                | "since"
                | "because"
                | "\""
                | "“"
                | "which"
                | "–"
                | "—"
                | "-"
                | "said"
                | "says"
                | "told"
                | "announced"
                | "confirmed"
                | "then"
                | "today"
                | "meanwhile"
                | "where"
                | "after"
                | "before"
                | "once"
                | "until"
                | "although"
                | "though"
        )
}

/// Nouns of a hostility that runs both ways between the pair after
/// "between".
static MUTUAL_HOSTILITY: WordList = WordList::new(&WORDS, "mutual_hostility");

/// "The Group of Seven (G7) — Britain, Canada, ... and the United States —",
/// "the Quad (the US, India, Japan and Australia)": states listed between
/// dashes or in brackets right after a body are its members.
fn members_in_brackets(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for (k, body) in groups.iter().enumerate() {
        if !body.organization || body.entities.len() != 1 {
            continue;
        }
        // Past an acronym in brackets: "The Group of Seven (G7) — ...".
        let mut open = body.tok_end;
        if word(open) == "(" && word(open + 2) == ")" {
            open += 3;
        }
        let close = match word(open) {
            "(" => ")",
            "—" | "–" => word(open),
            _ => continue,
        };
        let Some(members) = groups[k + 1..].iter().find(|g| {
            g.tok_start > open && g.lead <= open + 2 && (open + 1..g.lead).all(|i| word(i) == "the")
        }) else {
            continue;
        };
        let states = members
            .entities
            .iter()
            .all(|&e| doc.entities[e].kind == EntityKind::Country);
        if members.entities.len() >= 2 && states && word(members.tok_end) == close {
            push_pairs(
                doc,
                RelationKind::Membership,
                index,
                (&members.entities, &body.entities),
                "members listed in brackets after the body",
                0.8,
                out,
            );
        }
    }
}

/// "Turkey and Azerbaijan are members of the Organization of Turkic States,
/// along with Kazakhstan and Uzbekistan": states named alongside the members
/// of a body found in this sentence are members too; "a member of ECOWAS as
/// well as the African Union": the members belong to the second body as well.
fn members_alongside(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    // This sentence's relations are the last ones found: the document's
    // earlier ones are not read, so a long document stays linear.
    let found = out.len();
    let this_sentence = out.iter().rev().take_while(|r| r.sentence == index).count();
    if !out[found - this_sentence..]
        .iter()
        .any(|r| r.relation == RelationKind::Membership)
    {
        return;
    }
    for body in groups.iter().filter(|g| g.organization) {
        let members: Vec<usize> = out[found - this_sentence..found]
            .iter()
            .filter(|r| r.relation == RelationKind::Membership && body.entities.contains(&r.target))
            .map(|r| r.source)
            .collect();
        if members.is_empty() {
            continue;
        }
        let mut at = body.tok_end + usize::from(word(body.tok_end) == ",");
        at += match (word(at), word(at + 1)) {
            ("along" | "together", "with") | ("as", "well") => 2 + usize::from(word(at) == "as"),
            ("alongside", _) => 1,
            _ => continue,
        };
        let Some(next) = group_after(groups, words, at) else {
            continue;
        };
        let kind = |e: &usize| doc.entities[*e].kind;
        if next.entities.iter().all(|e| kind(e) == EntityKind::Country) {
            push_pairs(
                doc,
                RelationKind::Membership,
                index,
                (&next.entities, &body.entities),
                "members named alongside",
                0.8,
                out,
            );
        } else if next.organization {
            push_pairs(
                doc,
                RelationKind::Membership,
                index,
                (&members, &next.entities),
                "member of a body named alongside",
                0.8,
                out,
            );
        }
    }
}

/// The offices of a body's presidency that [`held_presidency`] reads.
pub(super) static PRESIDENCIES: WordList = WordList::new(&WORDS, "presidencies");
/// The word of [`fellow_members`].
pub(super) static FELLOW: WordList = WordList::new(&WORDS, "fellow");

/// Who speaks of "fellow members" of a body is one: "Ali thanked fellow
/// members of the Caribbean Community" (a person's state is the member),
/// "Poland urged its fellow NATO members".
fn fellow_members(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 1..words.len() {
        if !FELLOW.contains(&word(v)) {
            continue;
        }
        let body = if matches!(word(v + 1), "members" | "member") && word(v + 2) == "of" {
            group_after(groups, words, v + 3)
        } else {
            groups.iter().find(|g| {
                g.tok_start == v + 1 && matches!(word(g.tok_end), "members" | "member" | "states")
            })
        };
        let Some(body) = body.filter(|b| b.organization && b.entities.len() == 1) else {
            continue;
        };
        let mut verb = v;
        while verb > 0
            && matches!(
                word(verb - 1),
                "its" | "his" | "her" | "their" | "our" | "the"
            )
        {
            verb -= 1;
        }
        let Some(subject) = clause_subject(groups, words, verb.saturating_sub(1)) else {
            continue;
        };
        // A person speaks for their state.
        let members: Vec<usize> = subject
            .entities
            .iter()
            .flat_map(|&e| {
                if doc.entities[e].kind == EntityKind::Person {
                    doc.officials
                        .iter()
                        .filter(|o| {
                            o.person == e && doc.entities[o.body].kind == EntityKind::Country
                        })
                        .map(|o| o.body)
                        .collect::<Vec<_>>()
                } else {
                    vec![e]
                }
            })
            .collect();
        push_pairs(
            doc,
            RelationKind::Membership,
            index,
            (&members, &body.entities),
            "fellow members",
            0.75,
            out,
        );
    }
}

/// A state that holds a body's presidency is a member: "under South
/// Africa's G20 presidency", "Paraguay, which holds Mercosur's rotating
/// presidency".
fn held_presidency(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 1..words.len() {
        if !PRESIDENCIES.contains(&word(v)) {
            continue;
        }
        let mut k = v;
        while k > 0
            && matches!(
                word(k - 1),
                "rotating" | "current" | "annual" | "-" | "year" | "month" | "six"
            )
        {
            k -= 1;
        }
        let (holder, body) = if let Some(body) = groups
            .iter()
            .find(|g| g.tok_end == k && g.organization && g.entities.len() == 1)
        {
            // "South Africa's G20 presidency", "Malaysia's 2025 ASEAN Chairmanship"
            let year = |i: usize| word(i).len() == 4 && word(i).bytes().all(|b| b.is_ascii_digit());
            let owner = groups.iter().find(|g| {
                (g.tok_end + 1 == body.lead || g.tok_end + 2 == body.lead && year(g.tok_end + 1))
                    && matches!(word(g.tok_end), "'s" | "’s")
                    && !g.organization
                    && !g.person
            });
            match owner {
                Some(owner) => (owner, body),
                None => continue,
            }
        } else if k >= 2 && matches!(word(k - 1), "'s" | "’s") {
            // "which holds Mercosur's rotating presidency"
            let Some(body) = groups
                .iter()
                .find(|g| g.tok_end == k - 1 && g.organization && g.entities.len() == 1)
            else {
                continue;
            };
            let mut verb = body.lead;
            if word(verb.wrapping_sub(1)) == "the" {
                verb -= 1;
            }
            if !matches!(
                word(verb.wrapping_sub(1)),
                "holds" | "held" | "hold" | "holding" | "assumed" | "assumes" | "assume"
            ) {
                continue;
            }
            let relative = verb >= 3 && word(verb - 2) == "which" && word(verb - 3) == ",";
            let holder = if relative {
                groups.iter().find(|g| g.tok_end == verb - 3)
            } else {
                subject_before(groups, words, verb - 1)
            };
            match holder.filter(|h| !h.organization && !h.person) {
                Some(holder) => (holder, body),
                None => continue,
            }
        } else {
            continue;
        };
        push_pairs(
            doc,
            RelationKind::Membership,
            index,
            (&holder.entities, &body.entities),
            "holds the body's presidency",
            0.75,
            out,
        );
    }
}

/// "With the support of France, Chad launched ...", "Backed by Russia,
/// Serbia rejected ...": a backer named in a fronted phrase supports the
/// subject after the comma.
fn fronted_backing(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    // "In solidarity with Estonia, the Government of Latvia has decided ...":
    // the subject backs the state named in front.
    if word(0) == "in"
        && matches!(word(1), "solidarity" | "support")
        && matches!(word(2), "with" | "of")
    {
        if let Some(backed) = group_after(groups, words, 3).filter(|g| word(g.tok_end) == ",")
            && let Some(backer) = groups
                .iter()
                .find(|g| g.tok_start > backed.tok_end && g.lead <= backed.tok_end + 5)
        {
            push_pairs(
                doc,
                RelationKind::Support,
                index,
                (&backer.entities, &backed.entities),
                "fronted solidarity",
                0.75,
                out,
            );
        }
        return;
    }
    let mut k = 0;
    let backer_at = match (word(0), word(1)) {
        ("with", "the") => {
            k = 2;
            None
        }
        ("with", _) => {
            k = 1;
            None
        }
        ("backed" | "supported" | "funded" | "armed", "by") => Some(2),
        _ => return,
    };
    let backer_at = match backer_at {
        Some(at) => at,
        None => {
            while matches!(
                word(k),
                "full" | "strong" | "military" | "financial" | "active"
            ) {
                k += 1;
            }
            if !matches!(
                word(k),
                "support" | "backing" | "help" | "assistance" | "blessing"
            ) || !matches!(word(k + 1), "of" | "from")
            {
                return;
            }
            k + 2
        }
    };
    let Some(backer) = group_after(groups, words, backer_at) else {
        return;
    };
    if word(backer.tok_end) != "," {
        return;
    }
    let Some(backed) = groups
        .iter()
        .find(|g| g.tok_start > backer.tok_end && g.lead <= backer.tok_end + 2)
    else {
        return;
    };
    push_pairs(
        doc,
        RelationKind::Support,
        index,
        (&backer.entities, &backed.entities),
        "fronted backing",
        0.8,
        out,
    );
}

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

/// Verbs of a journey whose destination follows "to".
/// The words of an aside that adds companions to a subject: "acting together
/// with", "along with", "in close coordination with".
static COMPANION_WORDS: WordList = WordList::new(&WORDS, "companion_words");

static TRAVEL_VERBS: WordList = WordList::new(&WORDS, "travel_verbs");

/// Words of a time phrase that may open a sentence before its subject.
static TIME_OPENERS: WordList = WordList::new(&WORDS, "time_openers");

/// Plural titles that can stand before a coordinated list of names.
static PLURAL_TITLES: WordList = WordList::new(&WORDS, "plural_titles");

#[inline]
fn is_break(w: &str) -> bool {
    CLAUSE_BREAKS_SET.contains(w)
}

/// Whether token `i` ends a clause. "as" does only when a clause follows
/// ("as Tehran looks to Beijing"), not in "such as" or "as a member".
/// (Inlined: the rules test many words in their loops.)
#[inline]
fn breaks_at(words: &[&str], i: usize) -> bool {
    let w = words[i];
    if w == "as" {
        let prev = if i > 0 { words[i - 1] } else { "" };
        let next = words.get(i + 1).copied().unwrap_or("");
        // "admitted as the 11th member of": a role, not a clause.
        let role = next == "the"
            && (i + 2..(i + 5).min(words.len())).any(|k| {
                matches!(
                    words[k],
                    "member" | "members" | "chair" | "host" | "president" | "observer"
                )
            });
        return !matches!(
            prev,
            "such" | "well" | "so" | "known" | "described" | "seen"
        ) && !matches!(next, "a" | "an" | "well" | "part")
            && !role;
    }
    // "He has since travelled to Eritrea": an adverb after an auxiliary.
    if w == "since" && i > 0 && matches!(words[i - 1], "has" | "have" | "had" | "having") {
        return false;
    }
    is_break(w)
}

fn nearest_left(groups: &[Group], words: &[&str], cs: usize) -> Option<Group> {
    // "which, according to the Council, supplies": a source, not the subject.
    let attribution = |g: &Group| {
        let mut i = g.lead;
        if i >= 1 && words[i - 1] == "the" {
            i -= 1;
        }
        i >= 2 && words[i - 1] == "to" && words[i - 2] == "according"
    };
    let mut g = groups
        .iter()
        .rev()
        .find(|g| g.tok_end <= cs && !attribution(g))?;
    // "Anti-French protests": France is what is opposed, never the agent.
    if g.tok_start >= 2
        && word_at(words, g.tok_start - 1) == "-"
        && word_at(words, g.tok_start - 2) == "anti"
    {
        return None;
    }
    // "Iran-backed militias attacked": the backer does not act; the militias do
    // ("the Saudi-led coalition" acts with its leader, though).
    if word_at(words, g.tok_end) == "-"
        && g.tok_end + 1 < cs
        && matches!(
            word_at(words, g.tok_end + 1),
            "backed" | "supported" | "funded" | "sponsored" | "armed" | "trained" | "aligned"
        )
        // ("The Houthis, an Iran-backed movement, attacked": the apposition's
        // head acts; it is found below.)
        && !(g.tok_start >= 2
            && matches!(word_at(words, g.tok_start - 1), "a" | "an")
            && word_at(words, g.tok_start - 2) == ","
            && (g.tok_end..cs).any(|i| word_at(words, i) == ","))
    {
        return None;
    }
    // "Marcos will travel to Tokyo next week for talks with Ishiba": the
    // destination of a journey is not who talks; the traveller is.
    let mut to = g.lead;
    if to >= 1 && word_at(words, to - 1) == "the" {
        to -= 1;
    }
    // ("Modi arrived in Washington for talks with Trump": so is the place of
    // an arrival.)
    let arrived_in = |k: usize| {
        word_at(words, k) == "in"
            && matches!(
                word_at(words, k - 1),
                "arrived" | "arrives" | "arriving" | "landed"
            )
    };
    if to >= 2
        && (word_at(words, to - 1) == "to" && TRAVEL_VERBS.contains(&word_at(words, to - 2))
            || arrived_in(to - 1))
        && (g.tok_end..cs).any(|i| matches!(word_at(words, i), "for" | "to"))
    {
        return nearest_left(groups, words, to - 2);
    }
    // Where the words up to the cue begin once an aside is skipped: the aside's
    // own words ("an EU candidate since 2012") break nothing.
    let mut clause_from = g.tok_end;
    // Skip an apposition: in "Israel, a U.S. ally, was criticised" the subject is Israel.
    let word = |i: usize| word_at(words, i);
    if g.tok_start >= 2
        && matches!(word(g.tok_start - 1), "a" | "an")
        && word(g.tok_start - 2) == ","
    {
        let comma_after = (g.tok_end..cs).find(|&i| word(i) == ",");
        if let Some(comma_after) = comma_after
            && let Some(head) = groups.iter().rev().find(|h| h.tok_end == g.tok_start - 2)
        {
            g = head;
            clause_from = comma_after;
        }
    }
    // "The United Kingdom, acting together with Australia and Canada, has
    // imposed": the companions of an aside act with its head.
    if let Some(close) = (g.tok_end..cs).rev().find(|&i| word(i) == ",")
        && close == g.tok_end
        && (close + 1..cs).all(|i| {
            matches!(
                word(i),
                "has" | "have" | "had" | "also" | "today" | "jointly"
            ) || LIGHT_VERBS_SET.contains(word(i))
        })
        && let Some(with) = before_determiners(words, g.lead).checked_sub(1)
        && word(with) == "with"
        && let Some(open) = (with.saturating_sub(4)..with)
            .rev()
            .find(|&i| word(i) == ",")
        && (open + 1..with).all(|i| COMPANION_WORDS.contains(&word(i)))
        && let Some(head) = groups.iter().rev().find(|h| h.tok_end == open)
    {
        let mut together = head.clone();
        together.entities.extend(g.entities.iter().copied());
        together.entities.dedup();
        together.person = false;
        together.organization = false;
        return Some(together);
    }
    // "Leo Docherty, Parliamentary Under Secretary of State at the FCDO, visited": the head.
    if let Some(close) = (g.tok_end..cs).rev().find(|&i| word(i) == ",")
        && cs - close <= 2
        && let Some(head) = groups.iter().rev().find(|h| {
            h.tok_end < g.tok_start
                && word(h.tok_end) == ","
                && close - h.tok_end <= 14
                && !(h.tok_end + 1..close).any(|i| {
                    matches!(
                        word(i),
                        "," | "has"
                            | "have"
                            | "had"
                            | "is"
                            | "are"
                            | "was"
                            | "were"
                            | "will"
                            | "would"
                            | "said"
                            | "it"
                            | "they"
                            | "he"
                            | "she"
                            | "we"
                    )
                })
        })
    {
        g = head;
        clause_from = close;
    }
    // "Faye, whom the bloc had asked to mediate, met": skip the relative clause.
    // ("Al Shabaab, which has fought Somalia's government, has stepped up
    // ambushes": auxiliaries and a light verb may come before the cue.)
    if let Some(close) = (g.tok_end..cs).rev().find(|&i| word(i) == ",")
        && (cs - close <= 2
            || cs - close <= 5
                && (close + 1..cs).all(|i| {
                    matches!(
                        word(i),
                        "has" | "have" | "had" | "also" | "now" | "since" | "up" | "out"
                    ) || LIGHT_VERBS_SET.contains(word(i))
                }))
        && let Some(open) = (1..=g.tok_start)
            .rev()
            .take(14)
            .find(|&i| word(i - 1) == "," && matches!(word(i), "who" | "whom" | "which" | "whose"))
        && let Some(head) = groups.iter().rev().find(|h| {
            h.tok_end + 1 == open
                // "The ECOWAS bloc, which includes Nigeria, imposed"
                || h.tok_end + 2 == open
                    && h.organization
                    && BODY_NOUNS.contains(&word(h.tok_end))
        })
    {
        g = head;
        clause_from = close;
    }
    // "The Office of Foreign Assets Control (OFAC) of the U.S. Department of
    // the Treasury today designated": the body before "of" heads the phrase.
    // ("of the U.S. Department": a state may modify the body.)
    let modified_from = groups
        .iter()
        .find(|m| m.tok_end == g.lead && !m.organization && !m.person)
        .map_or(g.lead, |m| m.lead);
    let of_at = before_determiners(words, modified_from);
    if of_at >= 2
        && word(of_at - 1) == "of"
        && let Some(head) = groups.iter().rev().find(|h| {
            h.organization
                && (h.tok_end + 1 == of_at
                    || h.tok_end + 4 == of_at
                        && word(h.tok_end) == "("
                        && word(h.tok_end + 2) == ")")
        })
    {
        g = head;
    }
    // "the nation — which had been part of Yugoslavia — had to negotiate": skip the aside.
    if let Some(close) = (g.tok_end..cs).find(|&i| matches!(word(i), "—" | "–" | ")"))
        && let Some(open) = (0..g.tok_start)
            .rev()
            .find(|&i| matches!(word(i), "—" | "–" | "("))
        && !(open + 1..close)
            .any(|i| i != open && matches!(word(i), "—" | "–" | "(" | ")") && i < g.tok_start)
    {
        match groups.iter().rev().find(|h| h.tok_end <= open) {
            Some(h) => {
                g = h;
                clause_from = clause_from.max(close);
            }
            None => return None,
        }
    }
    let clause_from = clause_from.max(g.tok_end);
    if cs - g.tok_end > 25 || (clause_from..cs).any(|i| breaks_at(words, i)) {
        return None;
    }
    // "We stand with the Venezuelan people ..., and we condemn": a subject
    // pronoun that resolved to no entity is the subject; the name before it is not.
    // But "The Houthis say they are targeting": the speaker speaks of itself.
    let own_speech = |i: usize| {
        let mut v = i.wrapping_sub(1);
        if word(v) == "that" {
            v = v.wrapping_sub(1);
        }
        matches!(
            word(v),
            "say" | "claim" | "claims" | "claimed" | "insist" | "insists" | "insisted" | "argue"
        ) && v >= g.tok_end
            && v - g.tok_end <= 1
    };
    if (clause_from..cs)
        .any(|i| matches!(word(i), "we" | "they" | "he" | "she" | "i") && !own_speech(i))
    {
        return None;
    }
    Some(g.clone())
}

/// "his", "her", "its", "their" standing for an entity.
fn possessive_pronoun(g: &Group, words: &[&str]) -> bool {
    g.reference
        && g.tok_end == g.tok_start + 1
        && matches!(words[g.tok_start], "his" | "her" | "its" | "their")
}

fn nearest_right(groups: &[Group], words: &[&str], ce: usize) -> Option<Group> {
    let mut g = groups.iter().find(|g| g.tok_start >= ce)?;
    // "met her Fijian counterpart": the possessive's noun phrase names the
    // participant right after it.
    if possessive_pronoun(g, words)
        && let Some(next) = groups
            .iter()
            .find(|h| h.tok_start == g.tok_end && !h.reference)
    {
        g = next;
    }
    // "hosted his Kenyan counterpart William Ruto": the possessive is not the
    // object, the name after it is.
    if g.reference
        && g.tok_end == g.tok_start + 1
        && matches!(words[g.tok_start], "his" | "her" | "their")
        && let Some(next) = groups.iter().find(|h| {
            // "his Saudi counterpart Prince Faisal": an honorific or a title
            // may stand before the name.
            let mut head = h.tok_start;
            while head > g.tok_end
                && (matches!(
                    words[head - 1],
                    "prince" | "sheikh" | "dr" | "mr" | "mrs" | "ms" | "."
                ) || TITLE_WORDS_SET.contains(words[head - 1]))
                && !matches!(words[head - 1], "counterpart" | "counterparts")
            {
                head -= 1;
            }
            h.tok_start >= g.tok_end
                && head <= g.tok_end + 3
                && !h.reference
                && h.tok_start > g.tok_end
                && head > g.tok_end
                // "his PNG counterpart, James Marape": a comma may stand before the name.
                && (g.tok_end..h.tok_start).all(|i| {
                    words[i].chars().all(char::is_alphabetic)
                        || (words[i] == "," && i + 1 == head)
                })
                && matches!(
                    words[head - 1 - usize::from(words[head - 1] == ",")],
                    "counterpart"
                        | "counterparts"
                        | "colleague"
                        | "guest"
                        | "host"
                        | "president"
                        | "minister"
                        | "premier"
                        | "leader"
                        | "chancellor"
                        | "envoy"
                        | "ambassador"
                )
        })
    {
        g = next;
    }
    // "imports most of its gas from Norway": the possessive owns the thing; the
    // participant follows the preposition.
    if possessive_pronoun(g, words)
        && let Some(next) = groups.iter().find(|h| {
            h.lead > g.tok_end + 1
                && h.lead <= g.tok_end + 4
                && !h.reference
                && matches!(words[h.lead - 1], "from" | "to" | "with")
                && (g.tok_end..h.lead - 1).all(|i| words[i].chars().all(char::is_alphabetic))
        })
    {
        g = next;
    }
    // "sanctioning the regime's Commander-in-Chief, Senior General Min Aung Hlaing",
    // "Iran's foreign minister, Abbas Araghchi": a possessed title, then its holder.
    if matches!(words.get(g.tok_end).copied(), Some("'s" | "’s"))
        && let Some(holder) = groups.iter().find(|h| {
            h.tok_start > g.tok_end
                && h.lead <= g.tok_end + 8
                && !h.reference
                && (g.tok_end + 1..h.lead).all(|i| {
                    let w = words[i];
                    w == ","
                        || TITLE_WORDS_SET.contains(w)
                        || w.chars().all(|c| c.is_alphabetic() || c == '-')
                })
                && (g.tok_end + 1..h.lead).any(|i| words[i] == ",")
        })
    {
        g = holder;
    }
    // "supports Lebanon's Hezbollah", "Russia's Wagner Group": a state's body
    // or person named right after its possessive is the participant.
    if matches!(words.get(g.tok_end).copied(), Some("'s" | "’s"))
        && !g.person
        && g.entities.len() == 1
        && let Some(owned) = groups.iter().find(|h| {
            h.tok_start == g.tok_end + 1
                && (h.organization || h.person)
                && !h.reference
                // ("Sweden's NATO bid": the body modifies a noun.)
                && !words
                    .get(h.tok_end)
                    .is_some_and(|w| w.chars().all(|c| c.is_ascii_lowercase()) && !is_function_word(w))
        })
    {
        g = owned;
    }
    // "support for the NATO-led Kosovo Force": the leader modifies the
    // participant named right after it.
    if word_at(words, g.tok_end) == "-"
        && matches!(
            word_at(words, g.tok_end + 1),
            "led" | "backed" | "funded" | "sponsored" | "supported" | "run" | "commanded"
        )
        && let Some(next) = groups.iter().find(|h| h.tok_start == g.tok_end + 2)
    {
        g = next;
    }
    // "negotiate with NATO ally Greece": the organization titles the participant.
    if matches!(
        words.get(g.tok_end).copied(),
        Some("ally" | "allies" | "member" | "members" | "partner")
    ) && let Some(next) = groups.iter().find(|h| h.tok_start == g.tok_end + 1)
    {
        g = next;
    }
    if g.tok_start - ce > 14 || (ce..g.tok_start).any(|i| breaks_at(words, i)) {
        return None;
    }
    Some(g.clone())
}

/// Group coordinated argument mentions: names joined by "and", commas, "or",
/// slashes or hyphens ("UK-Saudi").
fn groups(
    sentence: &SentenceEntities,
    words: &[&str],
    capitalized: &[bool],
    doc: &DocEntities,
    cue_token: &[bool],
) -> (Vec<Group>, Vec<Group>) {
    let weak: Vec<Group> = sentence
        .mentions
        .iter()
        .filter(|m| m.argument && m.form == MentionForm::Adjective)
        .map(|m| Group {
            lead: m.tok_start,
            tok_start: m.tok_start,
            tok_end: m.tok_end,
            entities: vec![m.entity],
            reference: false,
            organization: false,
            person: false,
        })
        .collect();
    let usable = |m: &Mention, i: usize| -> bool {
        if !m.argument {
            return false;
        }
        if m.form == MentionForm::Adjective {
            // A demonym stands for the state before a state noun ("Chinese officials"),
            // a cue ("American sanctions") or a hyphen ("American-led"); "Russian
            // oligarchs" are people.
            let next = words.get(m.tok_end).copied().unwrap_or("");
            // "Indian and Chinese troops": the noun after the last demonym.
            // "The Indian and Chinese foreign ministers held talks": plural
            // officials of each state, unnamed.
            let officials_at = |from: usize| {
                let mut k = from;
                while k < words.len() && k < from + 3 && TITLE_WORDS_SET.contains(words[k]) {
                    k += 1;
                }
                words.get(k).is_some_and(|w| OFFICIAL_PLURALS.contains(w))
            };
            let coordinated = matches!(next, "and" | "," | "or")
                && sentence.mentions.get(i + 1).is_some_and(|n| {
                    // ("Iranian and U.S. negotiators": a state's short name
                    // modifies the noun as a demonym does.)
                    (n.form == MentionForm::Adjective
                        || n.form == MentionForm::Name
                            && doc.entities[n.entity].kind == EntityKind::Country)
                        && n.tok_start == m.tok_end + 1
                        && (STATE_NOUNS_SET.contains(words.get(n.tok_end).copied().unwrap_or(""))
                            || officials_at(n.tok_end))
                });
            // "stand with the Ukrainian people", "support for the Palestinian
            // people": the nation helped is its state.
            let people_helped = next == "people"
                && m.tok_start >= 2
                && words[m.tok_start - 1] == "the"
                && matches!(
                    words[m.tok_start - 2],
                    "with" | "for" | "help" | "helping" | "helped" | "support" | "supporting"
                );
            // "the Egyptian foreign minister held talks with", "hosted the
            // Palestinian president": an official left unnamed acts for the state.
            let title_end = (m.tok_end..words.len().min(m.tok_end + 4))
                .take_while(|&k| TITLE_WORDS_SET.contains(words[k]))
                .last()
                .map(|k| k + 1);
            let unnamed_official = title_end.is_some_and(|end| {
                OFFICIAL_HEADS.contains(&words[end - 1])
                    // "the Philippine president, Ferdinand Marcos,": named after
                    // all; "the Philippine president met Fumio Kishida" is not.
                    && !sentence.mentions.iter().any(|n| {
                        doc.entities[n.entity].kind == EntityKind::Person
                            && (n.tok_start == end
                                || n.tok_start == end + 1 && matches!(words[end], "," | "("))
                    })
            }) || officials_at(m.tok_end)
                && m.tok_start >= 2
                && words[m.tok_start - 1] == "and"
                && sentence
                    .mentions
                    .iter()
                    .any(|n| n.form == MentionForm::Adjective && n.tok_end + 1 == m.tok_start);
            // "a Philippine fisheries vessel", "Chinese research ships": one
            // word between the demonym and a craft of the state.
            let craft = next.chars().all(|c| c.is_ascii_lowercase())
                && !is_function_word(next)
                && !cue_token.get(m.tok_end).copied().unwrap_or(false)
                && matches!(
                    words.get(m.tok_end + 1).copied().unwrap_or(""),
                    "vessel"
                        | "vessels"
                        | "ship"
                        | "ships"
                        | "boat"
                        | "boats"
                        | "tanker"
                        | "tankers"
                        | "aircraft"
                        | "jet"
                        | "jets"
                        | "warship"
                        | "warships"
                        // "Pakistani border posts", "Indian border guards"
                        | "posts"
                        | "outposts"
                        | "guards"
                        | "troops"
                        | "forces"
                        | "patrols"
                        // "the Chinese foreign ministry condemned": the state's
                        // own office.
                        | "ministry"
                        | "ministries"
                        | "office"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                );
            // "his Afghan counterpart Amir Khan Muttaqi": the demonym is the
            // named person's title, not a party of its own.
            let named_counterpart = matches!(next, "counterpart" | "counterparts")
                && sentence.mentions.iter().any(|n| {
                    doc.entities[n.entity].kind == EntityKind::Person
                        && (m.tok_end + 1..=m.tok_end + 2).contains(&n.tok_start)
                });
            if named_counterpart {
                return false;
            }
            // "protests Chinese water cannon attack": a cue noun after one or
            // two plain words.
            // (Not "Pro-Russian separatists shelled": a plural noun is a
            // subject of its own; nor "Americans my complete commitment".)
            let after_hyphen = m.tok_start >= 1 && words[m.tok_start - 1] == "-";
            let plural = words[m.tok_end - 1].ends_with('s');
            let modified_cue = !(after_hyphen || plural)
                && (1..=2).any(|gap| {
                    cue_token.get(m.tok_end + gap).copied().unwrap_or(false)
                        && (m.tok_end..m.tok_end + gap).all(|k| {
                            !capitalized[k]
                                && words[k].chars().all(|c| c.is_ascii_lowercase())
                                && !words[k].ends_with('s')
                                && !is_function_word(words[k])
                                && !matches!(words[k], "my" | "our" | "your")
                                && !cue_token[k]
                        })
                });
            return STATE_NOUNS_SET.contains(next)
                || craft
                || modified_cue
                || unnamed_official
                || people_helped
                || coordinated
                || next == "-"
                || cue_token.get(m.tok_end).copied().unwrap_or(false);
        }
        true
    };
    let mut out: Vec<Group> = Vec::new();
    for (i, m) in sentence.mentions.iter().enumerate() {
        // "President Ilham Aliyev of Azerbaijan and Prime Minister Nikol Pashinyan
        // of Armenia met", "Aliyev, President of Azerbaijan, and Pashinyan, ...":
        // the state after a person's title belongs to the person's words, so the
        // two persons stay one coordinated subject.
        if let Some(last) = out.last_mut()
            && m.form == MentionForm::Name
            && doc.entities[m.entity].kind != EntityKind::Person
            && last
                .entities
                .last()
                .is_some_and(|&p| doc.entities[p].kind == EntityKind::Person)
            && affiliation_between(sentence, words, capitalized, last.tok_end, m.tok_start)
        {
            last.tok_end = m.tok_end;
            continue;
        }
        // "We, Ilham Aliyev, ... and Nikol Pashinyan, ...": the names that follow
        // are who "we" are.
        let names_follow = m.form == MentionForm::Reference
            && words[m.tok_start..m.tok_end] == ["we"]
            && words.get(m.tok_end) == Some(&",")
            && sentence.mentions.get(i + 1).is_some_and(|n| {
                n.tok_start == m.tok_end + 1
                    && n.form == MentionForm::Name
                    && doc.entities[n.entity].kind == EntityKind::Person
            });
        // "Lavrov and his Chinese counterpart Wang Yi": the pronoun belongs to
        // the second person's title, which joins the two.
        let title_pronoun = m.form == MentionForm::Reference
            && matches!(words[m.tok_start..m.tok_end], ["his" | "her"])
            && m.tok_start >= 1
            && words[m.tok_start - 1] == "and"
            && sentence.mentions[i + 1..].iter().any(|n| {
                n.form == MentionForm::Name
                    && doc.entities[n.entity].kind == EntityKind::Person
                    && n.tok_start <= m.tok_end + 5
                    && (m.tok_end..n.tok_start).any(|k| {
                        matches!(words[k], "counterpart" | "colleague")
                            || TITLE_WORDS_SET.contains(words[k])
                    })
            });
        if !usable(m, i) || names_follow || title_pronoun {
            continue;
        }
        let reference = m.form == MentionForm::Reference;
        if let Some(last) = out.last_mut() {
            // "the Collective Security Treaty Organization (CSTO)": the acronym
            // defined right after a name is that name again.
            if last.tok_end + 1 == m.tok_start
                && words[last.tok_end] == "("
                && words.get(m.tok_end).copied() == Some(")")
                && last.entities.last() == Some(&m.entity)
            {
                last.tok_end = m.tok_end + 1;
                continue;
            }
            // A parenthesized acronym is transparent: "the Sudanese Armed Forces (SAF) and
            // the paramilitary Rapid Support Forces".
            let gap_end = m.tok_start.max(last.tok_end);
            let mut gap_start = last.tok_end;
            if gap_end - gap_start >= 3 && words[gap_start] == "(" && words[gap_start + 2] == ")" {
                gap_start += 3;
            }
            let gap_tokens: Vec<usize> = (gap_start..gap_end).collect();
            // The gap's words borrowed from `words`, not copied per mention.
            let gap: &[&str] = &words[gap_start..gap_end];
            // "Saha Airlines, as well as Mahan Air": a conjunction of three words.
            let as_well_as = gap.windows(3).any(|w| w == ["as", "well", "as"]);
            let conjunction = as_well_as
                || gap
                    .iter()
                    .any(|w| matches!(*w, "and" | "or" | "&" | "/" | "-" | "–"));
            // A bare comma joins a list only when the list goes on: "Slovakia, the Czech Republic and Romania".
            let after = words.get(m.tok_end).copied().unwrap_or("");
            let list_goes_on = matches!(after, "," | "and" | "or");
            // "the EU and the South American bloc Mercosur", "Egypt and its neighbour Sudan".
            // But "Tokyo, Australian Prime Minister Anthony Albanese" is a new subject.
            let titled = doc.entities[m.entity].kind == EntityKind::Person
                && gap.first() == Some(&",")
                && gap_tokens.iter().any(|&k| capitalized[k]);
            // ("Pakistan, met army chief Asim Munir": a verb opens a clause.)
            let described = !titled
                && !gap_tokens.get(1).is_some_and(|&k| cue_token[k])
                && gap.first().is_some_and(|w| matches!(*w, "and" | ","))
                && gap.len() <= 6
                && gap.last().is_some_and(|w| DESCRIPTOR_NOUNS_SET.contains(w))
                && gap[1..].iter().all(|w| {
                    matches!(*w, "the" | "its" | "their" | "fellow")
                        || DESCRIPTOR_NOUNS_SET.contains(w)
                        || w.chars().next().is_some_and(char::is_alphabetic) && !is_function_word(w)
                });
            // "and the paramilitary RSF": one describing word.
            let one_adjective = gap.len() <= 3
                && gap.first() == Some(&"and")
                && gap[1..]
                    .iter()
                    .filter(|w| !matches!(**w, "the" | "its" | "their"))
                    .count()
                    == 1
                && gap[1..].iter().all(|w| {
                    matches!(*w, "the" | "its" | "their")
                        || (w.chars().all(char::is_alphabetic)
                            && ["ary", "al", "ic", "ist", "ese", "ian", "ish", "ed", "ern"]
                                .iter()
                                .any(|suffix| w.ends_with(suffix)))
                })
                && m.form != MentionForm::Reference
                && !gap_tokens.iter().any(|&k| cue_token[k]);
            // "Turkish President Recep Tayyip Erdogan and Swedish Prime Minister Ulf
            // Kristersson met", "Lavrov and his Chinese counterpart Wang Yi": the
            // second person's title stands between.
            // ("Secretary of State Marco Rubio, national security adviser Mike
            // Waltz and envoy Steve Witkoff": a list of titled persons goes on.)
            let titled_person = (gap.first() == Some(&"and")
                || gap.starts_with(&[",", "and"])
                || gap.first() == Some(&",") && list_goes_on && last.person)
                && gap.len() <= 8
                && doc.entities[m.entity].kind == EntityKind::Person
                && m.form == MentionForm::Name
                && gap_tokens[1..].iter().enumerate().all(|(at, &k)| {
                    let w = words[k];
                    // "Asif and his Afghan counterpart, Mullah Mohammad Yaqoob,":
                    // a comma after the title, before the name.
                    // ("Abiy Ahmed and Somaliland's president, Muse Bihi Abdi,")
                    let comma_after_title = w == ","
                        && at + 2 == gap_tokens.len()
                        && k >= 1
                        && (matches!(words[k - 1], "counterpart" | "colleague" | "counterparts")
                            || TITLE_WORDS_SET.contains(words[k - 1]));
                    comma_after_title
                        || (capitalized[k]
                            && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.'))
                        || matches!(
                            w,
                            "his"
                                | "her"
                                | "their"
                                | "of"
                                | "counterpart"
                                | "colleague"
                                | "the"
                                | "'s"
                                | "’s"
                                // "State Councilor and Foreign Minister Wang Yi"
                                | "and"
                        )
                        || TITLE_WORDS_SET.contains(w)
                        || sentence
                            .mentions
                            .iter()
                            .any(|n| !n.argument && n.tok_start <= k && k < n.tok_end)
                })
                && !gap_tokens.iter().any(|&k| cue_token[k]);
            // "a close relationship with Iran and it has a vital interest": a
            // subject pronoun before a verb opens a new clause.
            let new_clause = reference
                && matches!(words[m.tok_start..m.tok_end], ["it" | "he" | "she"])
                && words
                    .get(m.tok_end)
                    .is_some_and(|w| w.chars().all(char::is_alphabetic));
            // "agreements with Iran, and the United States has designated": after a
            // preposition's object, ", and" and a subject with its verb open a clause.
            let last_object = before_determiners(words, last.lead);
            // ("recalled its ambassador from Ethiopia, and Somali President
            // Hassan Sheikh Mohamud signed": a titled person opens the clause.)
            let titled_after_comma_and = gap.len() > 2
                && doc.entities[m.entity].kind == EntityKind::Person
                && gap[2..].iter().enumerate().all(|(at, w)| {
                    TITLE_WORDS_SET.contains(w) || capitalized[gap_start + 2 + at] || *w == "the"
                });
            let new_clause = new_clause
                || titled_after_comma_and
                    && gap.starts_with(&[",", "and"])
                    && last.entities.len() == 1
                    && last_object >= 1
                    && matches!(
                        words[last_object - 1],
                        "with" | "to" | "on" | "against" | "from" | "in" | "into" | "over"
                    )
                || gap.starts_with(&[",", "and"])
                    && gap[2..].iter().all(|w| *w == "the")
                    && last.entities.len() == 1
                    && last_object >= 1
                    && matches!(
                        words[last_object - 1],
                        "with" | "to" | "on" | "against" | "from" | "in" | "into" | "over"
                    )
                    && words.get(m.tok_end).is_some_and(|w| {
                        matches!(
                            *w,
                            "has"
                                | "have"
                                | "had"
                                | "is"
                                | "are"
                                | "was"
                                | "were"
                                | "will"
                                | "would"
                                | "said"
                                | "says"
                        )
                    });
            // "Germany, France pledge air defence for Ukraine": a headline's
            // pair of names opening it, joined by a bare comma before a verb.
            let headline_pair = gap == [","]
                && last.lead == 0
                && last.entities.len() == 1
                && m.form == MentionForm::Name
                && words.get(m.tok_end).is_some_and(|w| {
                    w.chars().all(|c| c.is_ascii_lowercase()) && !is_function_word(w)
                });
            // "The Philippine president and the Japanese prime minister met",
            // "the French president and Germany's chancellor": two officials
            // left unnamed, each acting for the state of its demonym.
            let unnamed_officials = last.entities.len() == 1
                && sentence
                    .mentions
                    .iter()
                    .any(|n| n.tok_start == last.tok_start && n.form == MentionForm::Adjective)
                && gap.iter().position(|w| *w == "and").is_some_and(|at| {
                    at >= 1
                        && gap[..at].iter().all(|w| TITLE_WORDS_SET.contains(w))
                        && OFFICIAL_HEADS.contains(&gap[at - 1])
                        && gap[at + 1..]
                            .iter()
                            .all(|w| matches!(*w, "the" | "his" | "her"))
                })
                && (m.form == MentionForm::Adjective
                    || m.form == MentionForm::Name
                        && matches!(words.get(m.tok_end).copied(), Some("'s" | "’s"))
                        && words
                            .get(m.tok_end + 1)
                            .is_some_and(|w| TITLE_WORDS_SET.contains(w)));
            // "The EU and the two countries": each state of one reference
            // joins the group its first state joined.
            let same_reference = reference
                && m.tok_start >= last.tok_start
                && m.tok_end <= last.tok_end
                && i >= 1
                && sentence.mentions[i - 1].tok_start == m.tok_start
                && sentence.mentions[i - 1].tok_end == m.tok_end;
            let joined = !new_clause
                && (m.tok_start == last.tok_start
                    || same_reference
                    || described
                    || unnamed_officials
                    || headline_pair
                    || one_adjective
                    || titled_person
                    || (!gap.is_empty()
                        && (gap.len() <= 3
                            // (Not "North Macedonia and Albania, as well as Iceland
                            // and Norway": two lists.)
                            || as_well_as && gap.len() <= 5 && last.entities.len() == 1)
                        && (conjunction || list_goes_on)
                        && gap.iter().all(|w| {
                            matches!(
                                *w,
                                "," | "and" | "or" | "&" | "/" | "-" | "–" | "the" | "as" | "well"
                            )
                        })));
            if joined {
                last.tok_end = last.tok_end.max(m.tok_end);
                if !last.entities.contains(&m.entity) {
                    last.entities.push(m.entity);
                }
                last.reference &= reference;
                last.organization = false;
                last.person = false;
                continue;
            }
        }
        // A person's title before the name belongs to the group's words.
        let mut lead = m.tok_start;
        if doc.entities[m.entity].kind == EntityKind::Person {
            while lead > 0
                && m.tok_start - lead < 6
                && (sentence
                    .mentions
                    .iter()
                    .any(|n| !n.argument && n.tok_start < lead && lead <= n.tok_end)
                    || capitalized[lead - 1]
                        && words[lead - 1].chars().all(|c| c.is_alphabetic() || c == '-')
                    // "Kremlin spokesman Dmitry Peskov", "the foreign ministry spokeswoman"
                    || TITLE_WORDS_SET.contains(words[lead - 1])
                    // "Secretary of State Antony Blinken", "Ethiopia's Prime Minister"
                    || lead >= 2
                        && matches!(words[lead - 1], "of" | "for" | "'s" | "’s")
                        && capitalized[lead - 2]
                    // "Secretary Ma. Theresa Lazaro": a given name cut short.
                    || lead >= 2
                        && words[lead - 1] == "."
                        && matches!(words[lead - 2], "ma" | "md" | "mohd")
                        && capitalized[lead - 2])
            {
                lead -= 1;
            }
            // "The President of Brazil, Luiz Inacio Lula da Silva, and ...": a title
            // set off by a comma before the name.
            if lead >= 2 && words[lead - 1] == "," {
                let mut k = lead - 1;
                let mut titled = false;
                while k > 0
                    && lead - 1 - k < 8
                    && (capitalized[k - 1] && words[k - 1].chars().all(char::is_alphabetic)
                        || matches!(words[k - 1], "of" | "for" | "the")
                        || TITLE_WORDS_SET.contains(words[k - 1])
                        || sentence
                            .mentions
                            .iter()
                            .any(|n| !n.argument && n.tok_start < k && k <= n.tok_end))
                {
                    titled |= TITLE_WORDS_SET.contains(words[k - 1]);
                    k -= 1;
                }
                if titled && (k == 0 || matches!(words[k - 1], "," | "and" | ":" | ";")) {
                    lead = k;
                }
            }
        }
        out.push(Group {
            lead,
            tok_start: m.tok_start,
            tok_end: m.tok_end,
            entities: vec![m.entity],
            reference,
            organization: doc.entities[m.entity].kind == EntityKind::Organization,
            person: doc.entities[m.entity].kind == EntityKind::Person,
        });
    }
    (out, weak)
}

/// Whether the tokens `from..to` join a person to the state or body of the
/// person's title: "of" ("President Aliyev of Azerbaijan") or a comma and a
/// title ending in "of" ("Aliyev, President of the Republic of Azerbaijan").
fn affiliation_between(
    sentence: &SentenceEntities,
    words: &[&str],
    capitalized: &[bool],
    from: usize,
    to: usize,
) -> bool {
    // (Mentions may overlap: a name inside another, found by fuzzing.)
    let Some(gap) = words.get(from..to) else {
        return false;
    };
    let ends_in_of = |gap: &[&str]| match gap {
        [rest @ .., "of" | "for", "the"] | [rest @ .., "of" | "for"] => Some(rest.len()),
        _ => None,
    };
    match gap {
        ["of"] | ["of", "the"] => true,
        [",", ..] if gap.len() <= 8 => ends_in_of(gap).is_some_and(|title_len| {
            title_len >= 2
                && (from + 1..from + title_len).all(|k| {
                    let w = words[k];
                    TITLE_WORDS_SET.contains(w)
                        || matches!(w, "the" | "-" | "and" | "of")
                        || capitalized[k] && w.chars().all(|c| c.is_alphabetic() || c == '-')
                        || sentence
                            .mentions
                            .iter()
                            .any(|n| !n.argument && n.tok_start <= k && k < n.tok_end)
                })
        }),
        _ => false,
    }
}

#[allow(clippy::too_many_arguments)]
fn emit(
    doc: &DocEntities,
    relation: RelationKind,
    sentence: usize,
    agents: &Option<Group>,
    patients: &Option<Group>,
    rule: &str,
    confidence: f64,
    out: &mut Vec<Relation>,
) {
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    match (agents, patients) {
        (Some(a), Some(p)) => {
            for &s in &a.entities {
                for &t in &p.entities {
                    pairs.push((s, t));
                }
            }
        }
        (Some(g), None) | (None, Some(g)) if relation.is_symmetric() => {
            for (i, &s) in g.entities.iter().enumerate() {
                for &t in &g.entities[i + 1..] {
                    if !inside_one_reference(doc, sentence, (s, t), |r| {
                        has_others(doc, sentence, &g.entities, r)
                    }) {
                        pairs.push((s, t));
                    }
                }
            }
        }
        _ => {}
    }
    for (source, target) in pairs {
        push_pair(
            doc,
            relation,
            sentence,
            (source, target),
            rule,
            confidence,
            out,
        );
    }
}

/// Every source with every target (self-pairs and ill-typed pairs left out).
fn push_pairs(
    doc: &DocEntities,
    relation: RelationKind,
    sentence: usize,
    (sources, targets): (&[usize], &[usize]),
    rule: &str,
    confidence: f64,
    out: &mut Vec<Relation>,
) {
    for &source in sources {
        for &target in targets {
            push_pair(
                doc,
                relation,
                sentence,
                (source, target),
                rule,
                confidence,
                out,
            );
        }
    }
}

/// One relation, unless it ties an entity to itself or breaks the
/// ontology's types; the confidence is rounded for stable output.
fn push_pair(
    doc: &DocEntities,
    relation: RelationKind,
    sentence: usize,
    (source, target): (usize, usize),
    rule: &str,
    confidence: f64,
    out: &mut Vec<Relation>,
) {
    if source == target
        || !kinds_fit(doc, relation, source, target)
        || serves(doc, source, target)
        || serves(doc, target, source)
        || inside_one_reference(doc, sentence, (source, target), |_| false)
    {
        return;
    }
    out.push(Relation {
        source,
        target,
        relation,
        sentence,
        rule: rule.to_string(),
        confidence: (confidence * 1000.0).round() / 1000.0,
    });
}

/// Whether `a` and `b` are two states of one reference to several states in
/// `sentence` that do not act on each other there: a named group's ("The
/// Nordic countries condemned"), or a pair named with others ("between Israel
/// and the two Gulf states"; `with_others` says whether `a` and `b` are paired
/// as members of a group that has others).
fn inside_one_reference(
    doc: &DocEntities,
    sentence: usize,
    (a, b): (usize, usize),
    with_others: impl Fn(&GroupReference) -> bool,
) -> bool {
    let Some(sentence) = doc.sentences.get(sentence) else {
        return false;
    };
    sentence.group_references.iter().any(|r| {
        let within = |e: usize| {
            sentence
                .mentions
                .iter()
                .any(|m| m.entity == e && m.tok_start == r.tok_start && m.tok_end == r.tok_end)
        };
        within(a) && within(b) && (r.named || with_others(r))
    })
}

/// Whether a group's entities other than those of `reference` include some.
fn has_others(
    doc: &DocEntities,
    sentence: usize,
    entities: &[usize],
    reference: &GroupReference,
) -> bool {
    let Some(sentence) = doc.sentences.get(sentence) else {
        return false;
    };
    entities.iter().any(|&e| {
        !sentence.mentions.iter().any(|m| {
            m.entity == e && m.tok_start == reference.tok_start && m.tok_end == reference.tok_end
        })
    })
}

/// The group that starts at token `i`, or right after "the" there: the
/// object of a preposition or verb ("by the Security Council", "on Belarus").
fn group_after<'g>(groups: &'g [Group], words: &[&str], i: usize) -> Option<&'g Group> {
    groups
        .iter()
        .find(|g| g.lead == i || g.lead == i + 1 && word_at(words, i) == "the")
}

/// A symmetric relation between every two entities of one group: "Kenya and
/// Ethiopia agreed to build", "Meeting on the sidelines, Modi and Xi".
fn push_within(
    doc: &DocEntities,
    relation: RelationKind,
    sentence: usize,
    entities: &[usize],
    rule: &str,
    confidence: f64,
    out: &mut Vec<Relation>,
) {
    for (k, &a) in entities.iter().enumerate() {
        for &b in &entities[k + 1..] {
            if inside_one_reference(doc, sentence, (a, b), |r| {
                has_others(doc, sentence, entities, r)
            }) {
                continue;
            }
            push_pair(doc, relation, sentence, (a, b), rule, confidence, out);
        }
    }
}

/// Token `i` of a sentence's lower-cased words, or "" past either end.
fn word_at<'w>(words: &'w [&str], i: usize) -> &'w str {
    words.get(i).copied().unwrap_or("")
}

/// The subject right before the verb at `v`: "Nicaragua expelled",
/// "the EU added".
fn subject_before<'g>(groups: &'g [Group], words: &[&str], v: usize) -> Option<&'g Group> {
    // "Muizzu, the Maldivian president, thanked", "Estonia, a member of the EU
    // since 2004, has expelled": the name the apposition describes; "Mali and
    // Niger, which formed the AES, recalled": the names the clause describes.
    let close = match words.get(v.wrapping_sub(1)).copied() {
        Some(",") => Some(v - 1),
        Some("has" | "have" | "had") if v >= 2 && words[v - 2] == "," => Some(v - 2),
        _ => None,
    };
    if let Some(close) = close
        && let Some(open) = (v.saturating_sub(20)..close)
            .rev()
            .find(|&i| words[i] == ",")
        && matches!(
            words.get(open + 1).copied(),
            Some("the" | "a" | "an" | "which" | "who")
        )
        && let Some(head) = groups
            .iter()
            .find(|g| g.tok_end == open && subject_position(g, words))
    {
        return Some(head);
    }
    groups.iter().rev().find(|g| {
        g.tok_end <= v
            && (v - g.tok_end <= 2
                // "Chinese coast guard vessels have fired", "Mali's military
                // government ordered": a state's noun phrase.
                || v - g.tok_end <= 5
                    && (g.tok_end..v).all(|i| {
                        STATE_NOUNS_SET.contains(words[i])
                            || matches!(
                                words[i],
                                "guard" | "has" | "have" | "had" | "also" | "'s" | "’s"
                            )
                    }))
            && subject_position(g, words)
    })
}

/// The subject of the verb at `v`: [`subject_before`], else the nearest
/// name before it past an aside or a relative clause, from the subject
/// position ("Mohamud, on a two-day visit, thanked Kenya", "Milei, who has
/// clashed with Boric, described Chile as a partner").
fn subject_past_aside(groups: &[Group], words: &[&str], v: usize) -> Option<Group> {
    subject_before(groups, words, v)
        .cloned()
        .or_else(|| nearest_left(groups, words, v).filter(|g| subject_position(g, words)))
}

/// Who imposed the sanctions found in sentence `index` (the latest relations
/// of `out`), sorted, leaving out `except`.
fn imposers_in(out: &[Relation], index: usize, except: &[usize]) -> Vec<usize> {
    let mut imposers: Vec<usize> = out
        .iter()
        .rev()
        .take_while(|r| r.sentence == index)
        .filter(|r| r.relation == RelationKind::Sanctions && !except.contains(&r.source))
        .map(|r| r.source)
        .collect();
    imposers.sort_unstable();
    imposers.dedup();
    imposers
}

/// The verb [`coordinated_measures`] looks for.
static COORDINATED: WordList = WordList::new(&WORDS, "coordinated");

/// "These measures ... have been coordinated with the United Kingdom and
/// Canada", "They have been coordinated with the United States ... and with
/// Estonia": whoever imposed the measures (in this sentence, else within the
/// last six) works with each state named after "with".
fn coordinated_measures(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    sanctioner: &Option<(usize, Vec<usize>)>,
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    let Some(v) = (1..words.len()).find(|&v| {
        COORDINATED.contains(&word(v))
            && matches!(word(v - 1), "been" | "were" | "was" | "are" | "is")
            && (word(v + 1) == "with" || word(v + 1) == "closely" && word(v + 2) == "with")
    }) else {
        return;
    };
    let with = if word(v + 1) == "with" { v + 1 } else { v + 2 };
    let mut partners: Vec<usize> = Vec::new();
    for i in with..words.len() {
        let first = i == with;
        if word(i) == "with"
            && (first || word(i - 1) == "and")
            && let Some(g) = group_after(groups, words, i + 1)
        {
            partners.extend(&g.entities);
        }
        if breaks_at(words, i) && !first {
            break;
        }
    }
    // Sanctions of this sentence, but not the partners' own ("coordinated with
    // the United States, which has imposed sanctions on ...").
    let mut imposers = imposers_in(out, index, &partners);
    if imposers.is_empty()
        && let Some((at, agents)) = sanctioner
        && index - at <= 6
    {
        imposers.clone_from(agents);
    }
    let rule = "measures coordinated with";
    push_pairs(
        doc,
        RelationKind::Partnership,
        index,
        (&imposers, &partners),
        rule,
        0.75,
        out,
    );
}

/// The verbs of opposition [`measures_named_earlier`] reads before "the
/// measures".
static OPPOSE: WordList = WordList::new(&WORDS, "oppose");
/// The nouns of "the sanctions Australia imposed" ([`measures_named_earlier`]).
static IMPOSED_MEASURES: WordList = WordList::new(&WORDS, "imposed_measures");

/// Sanctions named earlier, by "the measures": "The measures also extend to
/// Belarus" (the sanctioner sanctions Belarus), "Moscow condemned the
/// decision" (Moscow opposes the sanctioner). Within six sentences of them.
fn measures_named_earlier(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    triggered: Triggered,
    sanctioner: &Option<(usize, Vec<usize>)>,
    out: &mut Vec<Relation>,
) {
    const MEASURES: &[&str] = &[
        "measures",
        "sanctions",
        "restrictions",
        "package",
        "decision",
        "move",
        "listings",
        "designations",
        "embargo",
        "ban",
        "penalties",
        "designation",
        "listing",
        "blacklisting",
    ];
    const EXTEND: &[&str] = &[
        "extend", "extends", "apply", "applies", "target", "targets", "cover", "covers", "hit",
        "hits",
    ];
    let word = |i: usize| word_at(words, i);
    // The words a loop below walks: none when the sentence has none of its
    // rule's trigger words.
    let scan = |rule: ScanRule| {
        if triggered.may_fire(rule) {
            words.len()
        } else {
            0
        }
    };
    // "Moscow condemned the sanctions imposed by Britain": the imposer is named here.
    for v in 0..scan(ScanRule::MeasuresOpposed) {
        if !OPPOSE.contains(&word(v)) || word(v + 1) != "the" {
            continue;
        }
        let noun = v + 2 + usize::from(matches!(word(v + 2), "new" | "latest" | "fresh"));
        if !MEASURES.contains(&word(noun))
            || !matches!(
                word(noun + 1),
                "imposed" | "announced" | "adopted" | "introduced"
            )
            || word(noun + 2) != "by"
        {
            continue;
        }
        let (Some(subject), Some(imposer)) = (
            subject_before(groups, words, v),
            group_after(groups, words, noun + 3),
        ) else {
            continue;
        };
        let pair = (subject.entities.as_slice(), imposer.entities.as_slice());
        push_pairs(
            doc,
            RelationKind::Opposition,
            index,
            pair,
            "condemned the measures imposed by",
            0.8,
            out,
        );
    }
    // "the sanctions Australia imposed in 2023 on X and Y": a relative clause
    // without "that" names the imposer and the targets.
    for n in 0..scan(ScanRule::MeasuresImposed) {
        if !IMPOSED_MEASURES.contains(&word(n)) {
            continue;
        }
        let Some(imposer) = groups.iter().find(|g| g.lead == n + 1) else {
            continue;
        };
        let v =
            imposer.tok_end + usize::from(matches!(word(imposer.tok_end), "has" | "had" | "have"));
        if !matches!(
            word(v),
            "imposed" | "placed" | "slapped" | "levied" | "announced"
        ) {
            continue;
        }
        let Some(on) = (v + 1..(v + 6).min(words.len()))
            .take_while(|&i| !breaks_at(words, i) && word(i) != ",")
            .find(|&i| matches!(word(i), "on" | "against"))
        else {
            continue;
        };
        let Some(targets) = group_after(groups, words, on + 1) else {
            continue;
        };
        let pair = (imposer.entities.as_slice(), targets.entities.as_slice());
        push_pairs(
            doc,
            RelationKind::Sanctions,
            index,
            pair,
            "the sanctions X imposed on",
            0.8,
            out,
        );
    }
    let Some((at, agents)) = sanctioner else {
        return;
    };
    if at + 6 < index || *at == index {
        return;
    }
    // "the measures", "the new sanctions", "the EU's decision" (no other actor).
    let measures_at = |i: usize| -> Option<usize> {
        // "the measures", "the new sanctions", "unilateral sanctions"
        let k0 = if matches!(word(i), "the" | "these" | "those") {
            i + 1
        } else if matches!(word(i), "unilateral" | "new" | "such") {
            i
        } else {
            return None;
        };
        let mut k = k0;
        while k < k0 + 2
            && matches!(
                word(k),
                "new" | "latest" | "fresh" | "additional" | "unilateral"
            )
        {
            k += 1;
        }
        MEASURES.contains(&word(k)).then_some(k)
    };
    // "Gang leader Jimmy Cherizier was the first individual designated under the
    // regime": listed by the sanctioner named before.
    for v in 0..words.len() {
        if !matches!(
            word(v),
            "designated" | "sanctioned" | "blacklisted" | "listed"
        ) || word(v + 1) == "by"
        {
            continue;
        }
        let Some(be) = (v.saturating_sub(5)..v).find(|&i| BE_FORMS.contains(&word(i))) else {
            continue;
        };
        if (be..v).any(|i| NOT_ASSERTED_SET.contains(word(i)) || breaks_at(words, i)) {
            continue;
        }
        let Some(listed) = nearest_left(groups, words, be).filter(|g| subject_position(g, words))
        else {
            continue;
        };
        let pair = (agents.as_slice(), listed.entities.as_slice());
        push_pairs(
            doc,
            RelationKind::Sanctions,
            index,
            pair,
            "designated by the sanctioner",
            0.7,
            out,
        );
    }
    for v in 0..words.len() {
        // "Haiti welcomed the decision": support for the sanctioner.
        if matches!(
            word(v),
            "welcomed" | "welcomes" | "praised" | "hailed" | "backed"
        ) && measures_at(v + 1).is_some()
            && let Some(subject) = subject_before(groups, words, v)
            && !subject.entities.iter().any(|e| agents.contains(e))
        {
            let pair = (subject.entities.as_slice(), agents.as_slice());
            push_pairs(
                doc,
                RelationKind::Support,
                index,
                pair,
                "welcomed the measures",
                0.7,
                out,
            );
        }
        if OPPOSE.contains(&word(v)) && measures_at(v + 1).is_some() {
            let Some(subject) = subject_before(groups, words, v) else {
                continue;
            };
            if subject.entities.iter().any(|e| agents.contains(e)) {
                continue;
            }
            let pair = (subject.entities.as_slice(), agents.as_slice());
            push_pairs(
                doc,
                RelationKind::Opposition,
                index,
                pair,
                "condemned the measures",
                0.7,
                out,
            );
        }
        if let Some(noun) = measures_at(v)
            && !MEASURES[4..6].contains(&word(noun)) // a decision or move may be any act
            && (v == 0 || matches!(word(v - 1), "," | "and"))
        {
            let mut k = noun + 1;
            if word(k) == "also" {
                k += 1;
            }
            if !EXTEND.contains(&word(k)) {
                continue;
            }
            k += 1;
            if word(k) == "to" {
                k += 1;
            }
            let Some(target) = group_after(groups, words, k) else {
                continue;
            };
            let pair = (agents.as_slice(), target.entities.as_slice());
            push_pairs(
                doc,
                RelationKind::Sanctions,
                index,
                pair,
                "the measures extend to",
                0.75,
                out,
            );
        }
    }
}

/// Targets a sanctions cue counts without naming them: "designated three
/// people and three firms", "imposed restrictive measures against seven
/// individuals", "sanctioned 12 individuals and entities" (the count is
/// each kind's). Returns how many persons and how many firms.
fn counted_targets(words: &[&str], ce: usize) -> Option<(usize, usize)> {
    let word = |i: usize| word_at(words, i);
    let mut k = ce;
    if matches!(word(k), "on" | "against") {
        k += 1;
    }
    while matches!(word(k), "a" | "another" | "further" | "an" | "additional") {
        k += 1;
    }
    let (mut persons, mut firms) = (0, 0);
    loop {
        let n = match number_word(word(k)) {
            Some(n) => usize::from(n),
            None => match word(k).replace(',', "").parse::<usize>() {
                Ok(n) if n > 0 && !word(k).is_empty() => n,
                _ => break,
            },
        };
        k += 1;
        // "three more Russian individuals", "six Mexico-based companies".
        let mut modifiers = 0;
        while modifiers < 4
            && !COUNTED_PERSONS.contains(&word(k))
            && !COUNTED_FIRMS.contains(&word(k))
            && (word(k).chars().all(char::is_alphabetic) && !is_function_word(word(k))
                || word(k) == "-")
        {
            k += 1;
            modifiers += 1;
        }
        let (mut person, mut firm) = (false, false);
        // "12 individuals and entities": one count for both.
        loop {
            if COUNTED_PERSONS.contains(&word(k)) {
                person = true;
            } else if COUNTED_FIRMS.contains(&word(k)) {
                firm = true;
            } else {
                break;
            }
            k += 1;
            if word(k) == "and"
                && (COUNTED_PERSONS.contains(&word(k + 1)) || COUNTED_FIRMS.contains(&word(k + 1)))
            {
                k += 1;
            }
        }
        if !person && !firm {
            break;
        }
        persons += if person { n } else { 0 };
        firms += if firm { n } else { 0 };
        if word(k) != "and" {
            break;
        }
        k += 1;
    }
    (persons + firms > 0).then_some((persons, firms))
}

/// The counted targets of [`counted_targets`], named in the sentences after
/// (at most six): each person first named there with no title, and each
/// firm ("Cedar Line Exchange", "Brightwave Shipping Limited"), in order,
/// until the count is met. "Whose firm, Cedar Line Exchange" after "OFAC
/// designated three people and three firms" is one of the three firms.
fn counted_targets_named(
    text: &str,
    doc: &DocEntities,
    index: usize,
    counted: &mut Option<CountedTargets>,
    seen: &[bool],
    out: &mut Vec<Relation>,
) {
    let Some(c) = counted.as_mut() else {
        return;
    };
    if index <= c.sentence {
        return;
    }
    // "listed 21 individuals and six entities, including officers of the
    // GRU": the targets named where they were counted are all there is.
    let named_there = || {
        out.iter()
            .rev()
            .take_while(|r| r.sentence >= c.sentence)
            .any(|r| {
                r.sentence == c.sentence
                    && r.relation == RelationKind::Sanctions
                    && doc.entities[r.target].kind != EntityKind::Country
            })
    };
    if index > c.sentence + 6
        || c.persons + c.firms == 0
        || index == c.sentence + 1 && named_there()
    {
        *counted = None;
        return;
    }
    let mut named: Vec<usize> = Vec::new();
    for m in &doc.sentences[index].mentions {
        let e = &doc.entities[m.entity];
        // ("Putin's war": an owner, no target.)
        let owner = doc.sentences[index]
            .tokens
            .get(m.tok_end)
            .is_some_and(|t| matches!(&text[t.start..t.end], "'s" | "’s"));
        if seen[m.entity]
            || !m.argument
            || m.form != MentionForm::Name
            || owner
            || named.contains(&m.entity)
        {
            continue;
        }
        let titled = e.role.is_some() || doc.officials.iter().any(|o| o.person == m.entity);
        let firm = e.kind == EntityKind::Organization
            && e.state.is_none()
            && e.label
                .rsplit(' ')
                .next()
                .is_some_and(|last| FIRM_NAME_ENDS.contains(&last));
        if e.kind == EntityKind::Person && !titled && c.persons > 0 {
            c.persons -= 1;
        } else if firm && c.firms > 0 {
            c.firms -= 1;
        } else {
            continue;
        }
        named.push(m.entity);
    }
    push_pairs(
        doc,
        RelationKind::Sanctions,
        index,
        (&c.agents, &named),
        "counted targets named later",
        0.6,
        out,
    );
}

/// Nouns that count persons sanctioned: "three people".
static COUNTED_PERSONS: WordList = WordList::new(&WORDS, "counted_persons");
/// Nouns that count firms sanctioned: "three firms".
static COUNTED_FIRMS: WordList = WordList::new(&WORDS, "counted_firms");
/// Last words of firms' names: "Cedar Line Exchange", "Al-Masar General Trading LLC".
static FIRM_NAME_ENDS: WordList = WordList::new(&WORDS, "firm_name_ends");

/// "Among those designated are X, Y and Z": the list names the targets of the
/// latest sanctioner (within the last three sentences).
fn designated_list(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    sanctioner: &Option<(usize, Vec<usize>)>,
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    let Some((at, agents)) = sanctioner else {
        return;
    };
    if at + 3 < index {
        return;
    }
    // "Those designated are", "The entities include", "The individuals
    // sanctioned include".
    let listed_noun = |w: &str| {
        matches!(
            w,
            "entities" | "individuals" | "companies" | "firms" | "persons" | "people" | "targets"
        )
    };
    let Some(those) = (0..words.len()).find(|&i| {
        (word(i) == "those"
            && matches!(
                word(i + 1),
                "designated" | "sanctioned" | "targeted" | "blacklisted" | "listed"
            ))
            || (i <= 1 && word(i) == "the" && listed_noun(word(i + 1)))
    }) else {
        return;
    };
    let mut k = those + 2;
    if listed_noun(word(those + 1))
        && matches!(
            word(k),
            "designated" | "sanctioned" | "targeted" | "blacklisted" | "listed"
        )
    {
        k += 1;
    }
    if matches!(word(k), "today" | "on" | "by") {
        return; // "those sanctioned by X": another agent
    }
    if !matches!(
        word(k),
        "are" | "were" | "include" | "included" | "includes"
    ) {
        return;
    }
    k += 1;
    // The names follow at once ("Among those listed are the national carrier
    // Iran Air"), not after a predicate ("are subject to an asset freeze, and
    // EU citizens ...").
    let Some(first) = groups.iter().find(|g| g.tok_start >= k) else {
        return;
    };
    if first.lead > k + 4 || (k..first.lead).any(|i| matches!(word(i), "subject" | "to" | "not")) {
        return;
    }
    // The listed names, not the bodies in their descriptions ("Zviad
    // Kharazishvili, head of the Interior Ministry's Special Tasks Department").
    let described = |g: &Group| {
        !(g.tok_start..g.tok_end).any(|i| matches!(word(i), "and" | ","))
            && g.lead >= 1
            && (matches!(word(g.lead - 1), "of" | "'s" | "’s" | "at" | "in")
                || g.lead >= 2
                    && word(g.lead - 1) == "the"
                    && matches!(word(g.lead - 2), "of" | "at" | "in")
                || words
                    .get(g.tok_end)
                    .is_some_and(|w| matches!(*w, "'s" | "’s")))
    };
    for g in groups.iter().filter(|g| g.tok_start >= k && !described(g)) {
        for &target in &g.entities {
            if doc.entities[target].kind == EntityKind::Country {
                continue;
            }
            let pair = (agents.as_slice(), std::slice::from_ref(&target));
            push_pairs(
                doc,
                RelationKind::Sanctions,
                index,
                pair,
                "those designated are",
                0.8,
                out,
            );
        }
    }
}

/// The verbs of [`expelled_envoys`]'s protests.
static PROTESTS: WordList = WordList::new(&WORDS, "protests");
/// "ordered the French ambassador to leave": an expulsion too.
static ORDERS: WordList = WordList::new(&WORDS, "orders");

/// Envoys a state expels, summons or recalls.
static ENVOYS: WordList = WordList::new(&WORDS, "envoys");

/// A state's forces that another expels or orders to leave.
static FORCES_SENT_AWAY: WordList = WordList::new(&WORDS, "forces_sent_away");

/// "recalled": a state calls its own envoys home from another in protest.
static RECALLS: WordList = WordList::new(&WORDS, "recalls");

/// "Mali, Burkina Faso and Niger recalled their ambassadors from Algiers",
/// "Algeria responded by recalling its ambassadors to Bamako and Niamey": a
/// protest against the states the envoys are recalled from.
fn recalled_envoys(
    doc: &DocEntities,
    index: usize,
    mentions: &[Mention],
    groups: &[Group],
    words: &[&str],
    v: usize,
    out: &mut Vec<Relation>,
) {
    let envoys = &ENVOYS;
    let word = |i: usize| word_at(words, i);
    let mut n = v + 1;
    if !matches!(word(n), "its" | "their" | "the") {
        return;
    }
    n += 1;
    // "its new envoy", "their top diplomats".
    while n < v + 5 && !envoys.contains(&word(n)) && word(n).chars().all(char::is_alphabetic) {
        n += 1;
    }
    if !envoys.contains(&word(n)) || !matches!(word(n + 1), "from" | "to" | "in") {
        return;
    }
    let Some(agent) = subject_past_aside(groups, words, v) else {
        return;
    };
    // The states, coordinated: "to Bamako and Niamey" (a capital after "from"
    // or "in" is read as a place elsewhere; here it stands for its state).
    let mut states: Vec<usize> = Vec::new();
    let mut i = n + 2;
    while let Some(m) = mentions
        .iter()
        .find(|m| m.tok_start == i && doc.entities[m.entity].kind == EntityKind::Country)
    {
        states.push(m.entity);
        i = m.tok_end;
        if matches!(word(i), "and" | ",") {
            i += 1;
        } else {
            break;
        }
    }
    if states.is_empty() {
        return;
    }
    let rule = format!("{} the envoys", word(v));
    push_pairs(
        doc,
        RelationKind::Opposition,
        index,
        (agent.entities.as_slice(), states.as_slice()),
        &rule,
        0.85,
        out,
    );
}

/// "Nicaragua expelled the Dutch ambassador", "Kenya summoned Uganda's
/// envoy": a diplomatic protest against the envoy's state.
fn expelled_envoys(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    mentions: &[Mention],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 1..words.len() {
        if RECALLS_SET.contains(word(v)) {
            recalled_envoys(doc, index, mentions, groups, words, v, out);
            continue;
        }
        let ordered = ORDERS.contains(&word(v));
        if !PROTESTS.contains(&word(v)) && !ordered {
            continue;
        }
        let Some(agent) = subject_before(groups, words, v) else {
            continue;
        };
        // The envoy's state: "the Dutch ambassador", "Rwanda's ambassador",
        // "several Russian diplomats".
        let mut k = v + 1;
        while matches!(
            word(k),
            "the" | "a" | "an" | "several" | "some" | "all" | "another" | "more"
        ) || number_word(word(k)).is_some_and(|n| n <= 6)
            // (Past the last word is "", which no count is.)
            || !word(k).is_empty() && word(k).chars().all(|c| c.is_ascii_digit())
        {
            k += 1;
        }
        // The demonym of a title is no argument of its own: read the mentions.
        let Some(state) = mentions
            .iter()
            .find(|m| m.tok_start == k && doc.entities[m.entity].kind == EntityKind::Country)
        else {
            continue;
        };
        let mut n = state.tok_end;
        if matches!(word(n), "'s" | "’s") {
            n += 1;
        }
        while n < state.tok_end + 4
            && !ENVOYS.contains(&word(n))
            && !FORCES_SENT_AWAY.contains(&word(n))
        {
            if !word(n).chars().all(char::is_alphabetic) || is_function_word(word(n)) {
                break;
            }
            n += 1;
        }
        // "expelled French forces", "ordered French troops to leave": an
        // expulsion of a state's forces too (a summons of troops is none).
        let forces = FORCES_SENT_AWAY.contains(&word(n)) && !word(v).starts_with("summon");
        if !ENVOYS.contains(&word(n)) && !forces {
            continue;
        }
        // An order must be to leave ("gave the ambassador 72 hours to leave").
        if ordered
            && !(n + 1..(n + 5).min(words.len()))
                .any(|i| word(i) == "to" && matches!(word(i + 1), "leave" | "depart" | "quit"))
        {
            continue;
        }
        let verb = if ordered { "expelled" } else { word(v) };
        let pair = (
            agent.entities.as_slice(),
            std::slice::from_ref(&state.entity),
        );
        let sent_away = if forces { "forces" } else { "envoy" };
        let rule = format!("{verb} the {sent_away}");
        push_pairs(doc, RelationKind::Opposition, index, pair, &rule, 0.85, out);
    }
}

/// The verbs [`listed`] reads.
static LISTING_VERBS: WordList = WordList::new(&WORDS, "listing_verbs");

/// "The EU added Wagner to its sanctions list", "Washington placed Huawei on
/// its entity list": listing is sanctioning.
fn listed(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 1..words.len() {
        if !LISTING_VERBS.contains(&word(v)) {
            continue;
        }
        let Some(agent) = clause_subject(groups, words, v) else {
            continue;
        };
        // "added the Viv Ansanm coalition and the Gran Grif gang to its sanctions
        // list": every name between the verb and "to ... list".
        let Some(to) = (v + 1..(v + 16).min(words.len()))
            .take_while(|&i| !breaks_at(words, i) && word(i) != ";")
            .find(|&i| matches!(word(i), "to" | "on"))
        else {
            continue;
        };
        let k = to + 1;
        let end = (k + 5).min(words.len());
        let list = (k..end).find(|&i| matches!(word(i), "list" | "blacklist" | "lists"));
        let sanctions_list = list.is_some_and(|l| {
            (k..l).any(|i| {
                matches!(
                    word(i),
                    "sanctions" | "sanction" | "entity" | "terrorist" | "terror" | "black"
                )
            }) || word(l) == "blacklist"
        });
        if !sanctions_list {
            continue;
        }
        let rule = format!("{} to a sanctions list", word(v));
        for listed in groups.iter().filter(|g| g.tok_start > v && g.tok_end <= to) {
            let pair = (agent.entities.as_slice(), listed.entities.as_slice());
            push_pairs(doc, RelationKind::Sanctions, index, pair, &rule, 0.85, out);
        }
    }
}

/// The subject of the verb at `v`: right before it ("the EU added"), or, for a
/// verb phrase coordinated after "and" ("The Council extended ... and added"),
/// the sentence's subject.
fn clause_subject<'g>(groups: &'g [Group], words: &[&str], v: usize) -> Option<&'g Group> {
    subject_before(groups, words, v).or_else(|| {
        let mut k = v;
        while k > 0 && matches!(words[k - 1], "also" | "has" | "have" | "then" | "later") {
            k -= 1;
        }
        (k >= 1 && words[k - 1] == "and")
            .then(|| {
                groups
                    .iter()
                    .find(|g| g.tok_end + 2 < k && subject_position(g, words))
            })
            .flatten()
    })
}

/// A fronted meeting phrase names one side, the clause's subject the other:
/// "In a call with his Japanese counterpart Yoko Kamikawa, Blinken ...",
/// "During his visit to Tokyo, Albanese met ...".
fn fronted_meeting(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    const MEETING_NOUNS: &[&str] = &[
        "call",
        "meeting",
        "meetings",
        "talks",
        "conversation",
        "visit",
        "trip",
        "discussions",
        "discussion",
        "consultations",
        "summit",
        "conference",
    ];
    let word = |i: usize| word_at(words, i);
    // "Meeting on the sidelines, Modi and Xi agreed ...": the subject meets.
    if matches!(word(0), "meeting" | "talking" | "speaking")
        && let Some(comma) = (1..8).find(|&i| word(i) == ",")
        && let Some(subject) = groups
            .iter()
            .find(|g| g.lead > comma && g.lead <= comma + 2 && g.entities.len() >= 2)
    {
        let rule = format!("fronted `{}`", word(0));
        push_within(
            doc,
            RelationKind::Meeting,
            index,
            &subject.entities,
            &rule,
            0.8,
            out,
        );
        return;
    }
    // "Visiting Georgetown in March, Rubio warned ...": the subject visits
    // the place (its state) named after the participle.
    if word(0) == "visiting"
        && let Some(place) = group_after(groups, words, 1).filter(|g| g.lead == 1)
        && let Some(comma) = (place.tok_end..place.tok_end + 5).find(|&i| word(i) == ",")
        && (place.tok_end..comma).all(|i| !breaks_at(words, i))
        && let Some(visitor) = groups
            .iter()
            .find(|g| g.tok_start > comma && g.lead <= comma + 2 && !g.reference)
    {
        push_pairs(
            doc,
            RelationKind::Meeting,
            index,
            (&visitor.entities, &place.entities),
            "fronted `visiting`",
            0.8,
            out,
        );
        return;
    }
    // "Speaking at a joint news conference with X in Berlin, Y said": the
    // phrase after the participle.
    let opener = usize::from(
        matches!(word(0), "speaking" | "appearing" | "standing")
            && matches!(word(1), "at" | "during" | "after" | "following"),
    );
    if !matches!(
        word(opener),
        "in" | "during" | "at" | "after" | "following" | "on"
    ) {
        return;
    }
    // The meeting noun within a few plain words: "in a phone call with".
    let Some(noun) = (opener + 1..opener + 7).find(|&k| MEETING_NOUNS.contains(&word(k))) else {
        return;
    };
    if (opener + 1..noun).any(|k| {
        breaks_at(words, k)
            || word(k) == ","
            || is_function_word(word(k))
                && !matches!(
                    word(k),
                    "a" | "an" | "the" | "his" | "her" | "their" | "its"
                )
    }) {
        return;
    }
    let preposition = noun + 1;
    let with = word(preposition) == "with";
    if !with && word(preposition) != "to" {
        return;
    }
    // "with his Japanese counterpart Yoko Kamikawa": the name, not the pronoun.
    let Some(other) = groups.iter().find(|g| {
        g.tok_start > preposition
            && g.tok_start <= preposition + 5
            && !matches!(word(g.tok_start), "his" | "her" | "their" | "its")
    }) else {
        return;
    };
    if (preposition + 1..other.tok_start).any(|k| breaks_at(words, k) || word(k) == ",") {
        return;
    }
    // ("with X in Berlin,": a place may come first.)
    let place = usize::from(word(other.tok_end) == "in") * 2;
    let Some(comma) = (other.tok_end..other.tok_end + 2 + place).find(|&k| word(k) == ",") else {
        return;
    };
    // The clause's subject, not a modifier ("the bilateral relationship").
    let Some(subject) = groups
        .iter()
        .find(|g| g.lead > comma && g.lead <= comma + 2 && word(g.tok_start) != "bilateral")
    else {
        return;
    };
    let rule = format!("fronted `{} {}`", word(noun), word(preposition));
    push_pairs(
        doc,
        RelationKind::Meeting,
        index,
        (&subject.entities, &other.entities),
        &rule,
        0.8,
        out,
    );
}

/// "welcomed X to Paris / to NATO headquarters / to the White House": a
/// visitor welcomed, not a move supported ("welcomed X to join").
fn welcomed_to(words: &[&str], guest: &Group) -> bool {
    let word = |i: usize| word_at(words, i);
    // "welcomed his Palestinian counterpart to Oslo": the guest's head noun between.
    // "welcomed the Indian prime minister to Chequers": the title's words too.
    let mut to = guest.tok_end;
    while to < guest.tok_end + 3
        && (matches!(
            word(to),
            "counterpart" | "counterparts" | "delegation" | "leader"
        ) || TITLE_WORDS_SET.contains(word(to)))
    {
        to += 1;
    }
    let to_place = word(to) == "to"
        && (!matches!(
            word(to + 1),
            "join" | "the" | "a" | "an" | "its" | "their" | "his" | "her"
        ) || matches!(
            word(to + 2),
            // Seats of power and state residences: "to the Elysee", "to the
            // Great Hall of the People", "to the presidential palace".
            "white"
                | "kremlin"
                | "palace"
                | "elysee"
                | "élysée"
                | "chancellery"
                | "presidential"
                | "royal"
                | "imperial"
                | "blue"
                | "great"
                | "oval"
        ));
    // "welcomed Putin at Pyongyang airport", "welcomed Lula in Beijing": a
    // person welcomed somewhere is met there ("welcomed Lula's decision" is
    // no welcome of Lula).
    let person_there = guest.person
        && matches!(
            word(to),
            "at" | "in" | "on" | "upon" | "with" | "." | "," | ""
        );
    to_place || person_there
}

/// Verbs of seeking help that [`turned_to_and_alongside`] reads.
static TURN_VERBS: WordList = WordList::new(&WORDS, "turn_verbs");
/// The word of fighting side by side that [`turned_to_and_alongside`] reads.
static ALONGSIDE: WordList = WordList::new(&WORDS, "alongside");

/// Help sought and given: "The juntas have turned to Russia for security
/// assistance" (Russia supports them), "Wagner fighters are fighting
/// alongside Malian troops" (the fighters support Mali).
fn turned_to_and_alongside(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 1..words.len() {
        let w = word(v);
        if TURN_VERBS.contains(&w) {
            // "turned to Russia for security assistance": a helper sought.
            if word(v + 1) != "to" {
                continue;
            }
            let Some(helper) = group_after(groups, words, v + 2) else {
                continue;
            };
            let sought = word(helper.tok_end) == "for"
                && (helper.tok_end + 1..(helper.tok_end + 5).min(words.len()))
                    .take_while(|&i| !breaks_at(words, i))
                    .any(|i| {
                        matches!(
                            word(i),
                            "help"
                                | "assistance"
                                | "support"
                                | "aid"
                                | "loans"
                                | "loan"
                                | "weapons"
                                | "arms"
                                | "protection"
                                | "backing"
                                | "financing"
                                | "funding"
                                | "security"
                        )
                    });
            if !sought {
                continue;
            }
            let Some(subject) = subject_past_aside(groups, words, v) else {
                continue;
            };
            // ("The AES states have turned to Russia": the members, not the
            // body, seek help; left to the reader.)
            if subject.organization
                && matches!(word(subject.tok_end), "states" | "countries" | "members")
            {
                continue;
            }
            push_pairs(
                doc,
                RelationKind::Support,
                index,
                (&helper.entities, &subject.entities),
                "turned to X for help",
                0.75,
                out,
            );
        } else if w == "alongside" {
            // "are fighting alongside Malian troops", "fought alongside
            // Russian forces": the fighters back the side they fight with.
            let fights = (v.saturating_sub(2)..v).any(|i| {
                matches!(
                    word(i),
                    "fighting"
                        | "fought"
                        | "fight"
                        | "fights"
                        | "deployed"
                        | "battling"
                        | "operating"
                )
            });
            if !fights {
                continue;
            }
            let Some(side) = group_after(groups, words, v + 1) else {
                continue;
            };
            // "Instructors from Moscow's Africa Corps are fighting": the
            // fighters' side, after "from" or "of" and a possessor.
            let fighters_of = |g: &Group| {
                subject_position(g, words)
                    || g.lead >= 1 && matches!(word(g.lead - 1), "from" | "of")
            };
            let Some(fighters) = nearest_left(groups, words, v).filter(|g| {
                fighters_of(g)
                    || g.lead >= 1
                        && matches!(word(g.lead - 1), "'s" | "’s")
                        && (groups
                            .iter()
                            .any(|h| h.tok_end + 1 == g.lead && fighters_of(h))
                            // ("from Moscow's": a capital after "from" is no argument.)
                            || g.lead >= 3 && matches!(word(g.lead - 3), "from" | "of"))
            }) else {
                continue;
            };
            push_pairs(
                doc,
                RelationKind::Support,
                index,
                (&fighters.entities, &side.entities),
                "fighting alongside",
                0.75,
                out,
            );
        }
    }
}

/// Verbs of pressing someone to act, read by [`urged_to_stop`].
static URGE_VERBS: WordList = WordList::new(&WORDS, "urge_verbs");
/// Verbs of ending or undoing an act, read by [`urged_to_stop`].
static CESSATION_VERBS: WordList = WordList::new(&WORDS, "cessation_verbs");

/// "a resolution urging the United States to lift the embargo", "called on
/// Russia to withdraw its troops", "demanded that Israel halt": pressing a
/// party to stop or undo what it does opposes that party (CAMEO's demands).
fn urged_to_stop(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 0..words.len() {
        if !URGE_VERBS.contains(&word(v)) {
            continue;
        }
        // "called on X", "calls upon X", "demanded that X".
        let mut k = v + 1;
        if matches!(word(k), "on" | "upon" | "that") {
            k += 1;
        }
        let Some(object) = group_after(groups, words, k) else {
            continue;
        };
        let mut to = object.tok_end;
        if word(to) == "to" {
            to += 1;
        }
        // "to immediately lift", "to fully withdraw".
        if word(to).ends_with("ly") {
            to += 1;
        }
        if !CESSATION_VERBS.contains(&word(to)) {
            continue;
        }
        // Who presses: the verb's subject, or the body whose text does it ("the
        // General Assembly today adopted a resolution urging").
        let Some(agent) = clause_subject(groups, words, v).or_else(|| {
            groups.iter().rev().find(|g| {
                g.tok_end <= v
                    && v - g.tok_end <= 10
                    && subject_position(g, words)
                    && !(g.tok_end..v).any(|i| breaks_at(words, i))
            })
        }) else {
            continue;
        };
        if agent.entities == object.entities {
            continue;
        }
        let rule = format!("{} X to {}", word(v), word(to));
        push_pairs(
            doc,
            RelationKind::Opposition,
            index,
            (&agent.entities, &object.entities),
            &rule,
            0.8,
            out,
        );
    }
}

/// Verbs that call something by a name, read by [`called_x_a`].
static CALLING_VERBS: WordList = WordList::new(&WORDS, "calling_verbs");

/// Names a friend is called by: "a strategic partner", "a time-tested friend".
static FRIEND_NAMES: WordList = WordList::new(&WORDS, "friend_names");

/// Names a foe is called by: "a terrorist state", "the most serious threat".
static FOE_NAMES: WordList = WordList::new(&WORDS, "foe_names");

/// "Milei described Chile as a strategic partner", "Modi called Russia a
/// time-tested friend" (partners); "Erdogan called Israel a terrorist
/// state", "the strategy labels China the most serious threat" (the subject
/// opposes the one it names so). The name is the head noun of a short noun
/// phrase right after the object, "as" between or not.
fn called_x_a(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 1..words.len() {
        if !CALLING_VERBS.contains(&word(v)) {
            continue;
        }
        // ("Putin called on NATO", "called for", "called it": other verbs.)
        let Some(named) = groups.iter().find(|g| g.lead == v + 1 && !g.reference) else {
            continue;
        };
        // ("Milei, who has clashed with Boric, described")
        let Some(subject) = subject_past_aside(groups, words, v) else {
            continue;
        };
        if (subject.tok_end..v).any(|i| NOT_ASSERTED_SET.contains(word(i))) {
            continue;
        }
        let mut k = named.tok_end;
        // "declared the ambassador persona non grata": expelled as unwelcome.
        if [word(k), word(k + 1), word(k + 2)] == ["persona", "non", "grata"] {
            push_pairs(
                doc,
                RelationKind::Opposition,
                index,
                (&subject.entities, &named.entities),
                "declared X persona non grata",
                0.85,
                out,
            );
            continue;
        }
        if word(k) == "as" {
            k += 1;
        }
        let possessor = groups
            .iter()
            .any(|g| g.lead == k && matches!(word(g.tok_end), "'s" | "’s"));
        if !possessor
            && !matches!(
                word(k),
                "a" | "an" | "the" | "its" | "his" | "her" | "their"
            )
        {
            continue;
        }
        // The head: the first name of a friend or foe within four plain words.
        let Some(head) = (k + 1..(k + 7).min(words.len()))
            .take_while(|&i| {
                let w = word(i);
                // ("as China's most important strategic partner")
                matches!(w, "-" | "'s" | "’s")
                    || w.chars().all(|c| c.is_alphabetic()) && !is_function_word(w)
            })
            .find(|&i| {
                FRIEND_NAMES.contains(&word(i))
                    || FOE_NAMES.contains(&word(i))
                    || word(i) == "state" && word(i - 1) == "terrorist"
            })
        else {
            continue;
        };
        let (relation, rule) = if FRIEND_NAMES.contains(&word(head)) {
            (RelationKind::Partnership, "called X a partner")
        } else {
            (RelationKind::Opposition, "called X a foe")
        };
        push_pairs(
            doc,
            relation,
            index,
            (&subject.entities, &named.entities),
            rule,
            0.75,
            out,
        );
    }
}

/// "Prince Faisal and Musaed Al-Aiban hosted the session", "commend South
/// Africa for hosting the talks": talks named before (the last sentence,
/// within three, with a meeting) whose host is named here; the host meets
/// each of their participants.
fn hosted_earlier_talks(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 0..words.len() {
        if !HOST_VERBS.contains(&word(v))
            || word(v + 1) != "the"
            || !matches!(
                word(v + 2),
                "talks" | "session" | "meeting" | "negotiations" | "summit" | "round"
            )
            // ("hosted the talks between X and Y": the cue rules read those.)
            || groups.iter().any(|g| g.tok_start > v)
        {
            continue;
        }
        // The host: the verb's subject, or whom "for hosting" thanks.
        // ("for generously hosting": an adverb between.)
        let mut before = v.wrapping_sub(1);
        if word(before).ends_with("ly") {
            before = before.wrapping_sub(1);
        }
        let host = if word(before) == "for" {
            groups
                .iter()
                .rev()
                .find(|g| g.tok_end + 1 == before || g.tok_end + 2 == before)
                .cloned()
        } else {
            subject_past_aside(groups, words, v)
        };
        let Some(host) = host else {
            continue;
        };
        let Some(last) = out
            .iter()
            .filter(|r| {
                r.relation == RelationKind::Meeting && r.sentence < index && r.sentence + 3 >= index
            })
            .map(|r| r.sentence)
            .max()
        else {
            continue;
        };
        let mut participants: Vec<usize> = out
            .iter()
            .filter(|r| r.relation == RelationKind::Meeting && r.sentence == last)
            .flat_map(|r| [r.source, r.target])
            .filter(|e| !host.entities.contains(e))
            .collect();
        participants.sort_unstable();
        participants.dedup();
        push_pairs(
            doc,
            RelationKind::Meeting,
            index,
            (&host.entities, &participants),
            "host of talks named before",
            0.7,
            out,
        );
    }
}

/// The words of worsening ties that [`soured_ties`] reads.
static SOURED: WordList = WordList::new(&WORDS, "soured");
/// Verbs of lowering ties that [`lowered_ties`] reads.
pub(super) static LOWERED: WordList = WordList::new(&WORDS, "lowered");

/// "Relations between Rwanda and Burundi have soured", "Sino-Indian ties
/// deteriorated", "India-Canada relations are strained": ties that worsen
/// set the pair against each other.
/// "fighting along the Thailand-Cambodia frontier", "clashes on the
/// India-China border": the two states whose border it is fight.
fn border_pair(
    groups: &[Group],
    words: &[&str],
    ce: usize,
) -> Option<(Option<Group>, Option<Group>, &'static str)> {
    let word = |i: usize| word_at(words, i);
    if !matches!(word(ce), "along" | "on" | "at" | "across") {
        return None;
    }
    let pair = group_after(groups, words, ce + 1)?;
    let hyphenated = (pair.tok_start..pair.tok_end).any(|i| word(i) == "-");
    if pair.entities.len() != 2
        || !hyphenated
        || !matches!(
            word(pair.tok_end),
            "border" | "frontier" | "boundary" | "line" | "borders" | "frontiers"
        )
    {
        return None;
    }
    let mut first = pair.clone();
    let mut second = pair.clone();
    first.entities.truncate(1);
    second.entities.remove(0);
    Some((Some(first), Some(second), "fighting along their border"))
}

/// Agreements between parties: "treaty", "ceasefire", "framework".
static PACTS: WordList = WordList::new(&WORDS, "pacts");

/// Verbs that make an agreement: "signed", "agreed", "brokered".
static PACT_MAKING: WordList = WordList::new(&WORDS, "pact_making");

/// "the treaty signed on 22 May between Mauritius and the United Kingdom",
/// "the ceasefire that Malaysia brokered between Bangkok and Phnom Penh", "the
/// agreement signed by X and Y in June, brokered by the United States", "the
/// framework agreed in Doha between Kinshasa and the M23 under Qatari
/// mediation": the parties are partners; a mediated pact is also a meeting
/// of the parties, and the mediator meets each of them (the ontology's
/// ruling on mediated meetings).
fn pact_between(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    mentions: &[Mention],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    let mut p = 0;
    while p < words.len() {
        if !PACTS_SET.contains(word(p)) {
            p += 1;
            continue;
        }
        // The clause after the noun, to a comma or a break.
        let limit = (p + 14).min(words.len());
        let end = (p + 1..limit)
            .find(|&i| matches!(word(i), "," | ";") || breaks_at(words, i))
            .unwrap_or(limit);
        let Some(made) = (p + 1..end).find(|&i| PACT_MAKING.contains(&word(i))) else {
            p += 1;
            continue;
        };
        // The parties: "between X and Y" after the verb, or "by X and Y" right after it.
        let parties = (made + 1..end)
            .find(|&i| word(i) == "between")
            .and_then(|b| group_after(groups, words, b + 1))
            .or_else(|| {
                // (A reference after "by" is read by the participle rules.)
                (word(made + 1) == "by")
                    .then(|| group_after(groups, words, made + 2))
                    .flatten()
                    .filter(|g| !g.reference)
            })
            .filter(|g| g.entities.len() >= 2 && g.tok_start < end.max(made + 3));
        let Some(parties) = parties else {
            p = made + 1;
            continue;
        };
        let parties = parties.entities.clone();
        // The mediator: "that Malaysia brokered", ", brokered by the United
        // States", "under Qatari mediation", to the end of the sentence.
        let mediating = |w: &str| matches!(w, "brokered" | "mediated" | "facilitated");
        let mut mediators: Vec<usize> = Vec::new();
        if mediating(word(made))
            && matches!(word(p + 1), "that" | "which")
            && let Some(g) = groups
                .iter()
                .find(|g| g.tok_start == p + 2 && g.tok_end <= made)
        {
            mediators.extend(&g.entities);
        }
        let sentence_end = (end..words.len())
            .find(|&i| breaks_at(words, i) || word(i) == ";")
            .unwrap_or(words.len())
            .min(end + 12);
        for i in made + 1..sentence_end {
            if mediating(word(i))
                && word(i + 1) == "by"
                && let Some(g) = group_after(groups, words, i + 2)
            {
                mediators.extend(&g.entities);
            }
            if word(i) == "mediation" {
                // "under Qatari mediation", "under the mediation of Qatar".
                if let Some(m) = mentions
                    .iter()
                    .find(|m| m.tok_end == i && doc.entities[m.entity].kind == EntityKind::Country)
                {
                    mediators.push(m.entity);
                } else if word(i + 1) == "of"
                    && let Some(g) = group_after(groups, words, i + 2)
                {
                    mediators.extend(&g.entities);
                }
            }
        }
        mediators.retain(|m| !parties.contains(m));
        let rule = format!("{} {} between", word(p), word(made));
        for (k, &a) in parties.iter().enumerate() {
            for &b in &parties[k + 1..] {
                push_pair(
                    doc,
                    RelationKind::Partnership,
                    index,
                    (a, b),
                    &rule,
                    0.8,
                    out,
                );
                if !mediators.is_empty() {
                    push_pair(doc, RelationKind::Meeting, index, (a, b), &rule, 0.75, out);
                }
            }
        }
        for &mediator in &mediators {
            for &party in &parties {
                let rule = format!("mediated the {}", word(p));
                push_pair(
                    doc,
                    RelationKind::Meeting,
                    index,
                    (mediator, party),
                    &rule,
                    0.7,
                    out,
                );
            }
        }
        p = end.max(p + 1);
    }
}

/// Verbs that close a border or stop a flow: "closed", "shut", "halted".
static CLOSURES: WordList = WordList::new(&WORDS, "closures");

/// What a state closes or stops to punish another: its airspace, its border
/// crossings, imports, sales.
static BARRIERS: WordList = WordList::new(&WORDS, "barriers");

/// Aid a state cuts ("paused NZ$18.2 million in budget support to").
static AID_NOUNS: WordList = WordList::new(&WORDS, "aid_nouns");

/// What a supporter backs that belongs to a state after "of": "support for
/// the unity, sovereignty and territorial integrity of Somalia".
/// Verbs by which a coordinated subject rejects the pact or talks named
/// after them: "voted against the pact", "rejected the deal".
static REJECTING_VERBS: WordList = WordList::new(&WORDS, "rejecting_verbs");

static SUPPORTED_BELONGINGS: WordList = WordList::new(&WORDS, "supported_belongings");

/// "Algeria closed its airspace to all aircraft flying to or from Mali",
/// "Thailand shut most land crossings to Cambodian traffic", "Cambodia
/// banned imports of Thai fruit", "Colombia has suspended electricity sales
/// to Ecuador": a ban, which the ontology counts as sanctions, on the first
/// other state named after the verb, by the state that is its subject. Aid
/// cut the same way ("New Zealand has paused NZ$18.2 million in budget
/// support to the Cook Islands") is opposition, the ontology's ruling.
fn closed_to(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    mentions: &[Mention],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 1..words.len() {
        if !CLOSURES_SET.contains(word(v)) {
            continue;
        }
        // The clause after the verb, to a comma or a break.
        let end = (v + 1..(v + 16).min(words.len()))
            .find(|&i| word(i) == "," || breaks_at(words, i))
            .unwrap_or_else(|| (v + 16).min(words.len()));
        // What is closed, or the aid cut: within seven words of the verb.
        let Some(barrier) = (v + 1..end.min(v + 8))
            .find(|&i| BARRIERS.contains(&word(i)) || AID_NOUNS.contains(&word(i)))
        else {
            continue;
        };
        // Aid cut is opposition (the ontology's ruling), a closure a sanction.
        let relation = if AID_NOUNS.contains(&word(barrier)) {
            RelationKind::Opposition
        } else {
            RelationKind::Sanctions
        };
        // Not asserted: "did not close", "threatened to halt".
        if (v.saturating_sub(3)..v).any(|i| NOT_ASSERTED_SET.contains(word(i))) {
            continue;
        }
        let Some(subject) = subject_past_aside(groups, words, v) else {
            continue;
        };
        // A state closes a border; anyone may cut aid ("Trump froze U.S. aid to
        // South Africa").
        let states: Vec<usize> = subject
            .entities
            .iter()
            .copied()
            .filter(|&e| {
                doc.entities[e].kind == EntityKind::Country || relation == RelationKind::Opposition
            })
            .collect();
        if states.is_empty() {
            continue;
        }
        // The state shut out: a name ("to Ecuador", "from Mali") or an
        // adjective ("Thai fruit", "Japanese seafood imports") after the verb;
        // the recipient after the aid before the aid's donor ("U.S. aid to
        // South Africa").
        let recipient = mentions.iter().find(|m| {
            relation == RelationKind::Opposition
                && m.tok_start > barrier
                && m.tok_end <= end
                && doc.entities[m.entity].kind == EntityKind::Country
                && !states.contains(&m.entity)
                && matches!(
                    word(before_determiners(words, m.tok_start) - 1),
                    "to" | "for"
                )
        });
        // (Aid cut has its recipient after it: "cut my request for U.S.
        // security assistance to free nations" names only the donor.)
        let Some(target) = recipient.or_else(|| {
            mentions
                .iter()
                .filter(|_| relation == RelationKind::Sanctions)
                .find(|m| {
                    m.tok_start > v
                        && m.tok_end <= end
                        && doc.entities[m.entity].kind == EntityKind::Country
                        && !states.contains(&m.entity)
                        && (m.tok_start < barrier
                            || matches!(
                                word(before_determiners(words, m.tok_start) - 1),
                                "to" | "from" | "with" | "of" | "for"
                            )
                            || m.form == MentionForm::Adjective)
                })
        }) else {
            continue;
        };
        let rule = format!("{} {} to", word(v), word(barrier));
        push_pairs(
            doc,
            relation,
            index,
            (states.as_slice(), std::slice::from_ref(&target.entity)),
            &rule,
            0.8,
            out,
        );
    }
}

/// Auxiliaries, verbs of deciding and adverbs that may stand between the
/// subject and the verb of [`lowered_ties`] ("Latvia has decided to
/// downgrade", "it was formally reducing").
static LOWERING_AUXILIARIES: WordList = WordList::new(&WORDS, "lowering_auxiliaries");

/// "Latvia downgraded its diplomatic relations with Russia", "Moscow was
/// reducing relations with Estonia": the state that lowers its ties opposes
/// the other (the verb at `v`).
fn lowered_ties(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    v: usize,
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    let mut k = v + 1;
    while k < v + 4
        && matches!(
            word(k),
            "its" | "their" | "the" | "diplomatic" | "bilateral"
        )
    {
        k += 1;
    }
    if !matches!(word(k), "relations" | "ties" | "relationship") || word(k + 1) != "with" {
        return;
    }
    let Some(other) = group_after(groups, words, k + 2) else {
        return;
    };
    // The subject: "Latvia has decided to downgrade", "Moscow announced that
    // it was reducing".
    let mut s = v;
    while s > 0 && LOWERING_AUXILIARIES.contains(&word(s - 1)) {
        s -= 1;
    }
    let Some(subject) = groups
        .iter()
        .find(|g| g.tok_end == s)
        .or_else(|| clause_subject(groups, words, v))
    else {
        return;
    };
    // "Moscow announced that it was reducing": "it" is the speaker.
    let subject = if subject.reference && word(subject.lead.wrapping_sub(1)) == "that" {
        match subject_before(groups, words, subject.lead.saturating_sub(2)) {
            Some(speaker) => speaker,
            None => return,
        }
    } else {
        subject
    };
    let pair = (subject.entities.as_slice(), other.entities.as_slice());
    push_pairs(
        doc,
        RelationKind::Opposition,
        index,
        pair,
        "lowered ties",
        0.75,
        out,
    );
}

fn soured_ties(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 1..words.len() {
        if LOWERED.contains(&word(v)) {
            lowered_ties(doc, index, groups, words, v, out);
            continue;
        }
        if !SOURED.contains(&word(v)) {
            continue;
        }
        // The pair: "between X and Y" after the ties, or "X-Y" before them,
        // then at most a few auxiliaries or adverbs before the verb.
        let Some(pair) = groups.iter().rev().find(|g| {
            g.tok_end < v && g.entities.len() == 2 && {
                let mut k = g.tok_end;
                // "X-Y relations", "between X and Y" then the verb.
                let hyphenated = matches!(word(k), "relations" | "ties" | "relationship");
                if hyphenated {
                    k += 1;
                }
                let head_before = g.lead >= 2
                    && word(g.lead - 1) == "between"
                    && matches!(
                        word(g.lead - 2),
                        "relations" | "ties" | "relationship" | "links"
                    );
                (hyphenated && (g.tok_start..g.tok_end).any(|i| word(i) == "-") || head_before)
                    && v - k <= 3
                    && (k..v).all(|i| {
                        matches!(
                            word(i),
                            "have"
                                | "has"
                                | "had"
                                | "been"
                                | "are"
                                | "is"
                                | "was"
                                | "were"
                                | "remain"
                                | "remained"
                                | "grown"
                                | "become"
                                | "became"
                                | "further"
                                | "sharply"
                                | "badly"
                                | "steadily"
                                | "increasingly"
                                | "since"
                                | "now"
                                | "already"
                                | "long"
                        )
                    })
            }
        }) else {
            continue;
        };
        // Worsening ties run both ways.
        let (a, b) = (pair.entities[0], pair.entities[1]);
        for sides in [(a, b), (b, a)] {
            push_pair(
                doc,
                RelationKind::Opposition,
                index,
                sides,
                "soured ties",
                0.7,
                out,
            );
        }
    }
}

/// The verbs [`weapons_fired_at`] reads.
static FIRE_VERBS: WordList = WordList::new(&WORDS, "fire_verbs");

/// "Iran launched hundreds of drones and missiles at Israel", "fired rockets
/// into Israel": the launcher is in conflict with the target.
fn weapons_fired_at(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    const WEAPONS: &[&str] = &[
        "missile",
        "missiles",
        "drone",
        "drones",
        "rocket",
        "rockets",
        "shells",
        "projectiles",
        "munitions",
        "bombs",
        "cannon",
        "cannons",
        "shots",
        "artillery",
    ];
    let word = |i: usize| word_at(words, i);
    for v in 1..words.len() {
        if !FIRE_VERBS.contains(&word(v)) {
            continue;
        }
        let Some(subject) = subject_before(groups, words, v) else {
            continue;
        };
        let end = (v + 10).min(words.len());
        let Some(at) = (v + 1..end)
            .take_while(|&i| !breaks_at(words, i) && word(i) != ",")
            .find(|&i| {
                matches!(word(i), "at" | "on" | "toward" | "towards" | "into")
                    && (i.saturating_sub(3)..i).any(|k| WEAPONS.contains(&word(k)))
            })
        else {
            continue;
        };
        let mut target_at = at + 1;
        if matches!(word(target_at), "the" | "a" | "an") {
            target_at += 1;
        }
        // "rockets at northern Israel"
        if matches!(
            word(target_at),
            "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "north"
                | "south"
                | "east"
                | "west"
        ) {
            target_at += 1;
        }
        let Some(target) = groups.iter().find(|g| g.tok_start == target_at) else {
            continue;
        };
        push_pairs(
            doc,
            RelationKind::Conflict,
            index,
            (&subject.entities, &target.entities),
            "fired weapons at",
            0.85,
            out,
        );
    }
}

/// The words that [`attended_and_hosted`] looks for.
static ATTEND_WORDS: WordList = WordList::new(&WORDS, "attend_words");

/// Words that may stand between "attended by" and the names of those who
/// came: "attended by the leaders of Uganda and Rwanda".
static ATTENDEE_WORDS: WordList = WordList::new(&WORDS, "attendee_words");

/// A meeting with a host and its guests: "Tokayev hosted the summit, which
/// was also attended by Japarov and Rahmon" (the host meets each guest;
/// who met whom among the guests is left out, as the ontology makes those
/// pairs optional), and "Modi attended the summit hosted by Ramaphosa".
fn attended_and_hosted(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    let hosts = |i: usize| matches!(word(i), "hosted" | "hosts" | "hosting" | "host");
    for v in 1..words.len() {
        if !ATTEND_WORDS.contains(&word(v))
            || (v - 1..v + 1).any(|i| NOT_ASSERTED_SET.contains(word(i)))
        {
            continue;
        }
        let (guests, host) = if word(v + 1) == "by" {
            // The guests after "by"; the host is the subject of "hosted" before.
            let Some(guests) = groups.iter().find(|g| {
                g.tok_start > v + 1
                    && g.lead <= v + 8
                    && (v + 2..g.lead).all(|i| ATTENDEE_WORDS.contains(&word(i)))
            }) else {
                continue;
            };
            let Some(h) = (v.saturating_sub(12)..v).rev().find(|&i| hosts(i)) else {
                continue;
            };
            if (h + 1..v).any(|i| matches!(word(i), ";" | ":" | "said" | "but")) {
                continue;
            }
            let host = if word(h + 1) == "by" {
                group_after(groups, words, h + 2)
            } else {
                subject_before(groups, words, h)
            };
            (guests, host)
        } else {
            // "Modi attended the summit hosted by Ramaphosa".
            let Some(guest) = subject_before(groups, words, v) else {
                continue;
            };
            let host = (v + 1..(v + 10).min(words.len()))
                .take_while(|&i| !breaks_at(words, i))
                .find(|&i| hosts(i) && word(i + 1) == "by")
                .and_then(|h| group_after(groups, words, h + 2));
            (guest, host)
        };
        let Some(host) = host else {
            continue;
        };
        push_pairs(
            doc,
            RelationKind::Meeting,
            index,
            (&host.entities, &guests.entities),
            "host of a meeting attended by",
            0.75,
            out,
        );
    }
}

/// The forms of "welcome" that [`hosted_and_discussed`] reads.
static WELCOME_VERBS: WordList = WordList::new(&WORDS, "welcome_verbs");
/// The forms of "discuss" that [`hosted_and_discussed`] reads.
static DISCUSS_VERBS: WordList = WordList::new(&WORDS, "discuss_verbs");

/// Nouns of an act whose doer, or whose beneficiary, follows "of": "welcomed
/// the decision of the Council", "the appointment of Kamil Idris".
static WELCOMED_ACTS: WordList = WordList::new(&WORDS, "welcomed_acts");
/// Nouns of an accord that a welcome may refer back to: "welcomed the
/// breakthrough".
static WELCOMED_ACCORDS: WordList = WordList::new(&WORDS, "welcomed_accords");

/// The parties of the accord that "welcomed the agreement" (the verb at `v`)
/// refers back to: the accord is named with no party of its own ("the
/// agreement", "the historic peace deal"; not "the agreement with Iran"), and
/// its parties are those of the latest accord found in the twelve sentences
/// before `index`.
fn accord_named_before(
    doc: &DocEntities,
    groups: &[Group],
    words: &[&str],
    v: usize,
    out: &[Relation],
    index: usize,
) -> Option<Vec<usize>> {
    let word = |i: usize| word_at(words, i);
    let mut k = v + 1;
    if !matches!(word(k), "the" | "this" | "that") {
        return None;
    }
    k += 1;
    let noun = (k..(k + 3).min(words.len())).find(|&i| WELCOMED_ACCORDS.contains(&word(i)))?;
    let plain = |i: usize| {
        word(i).chars().all(|c| c.is_ascii_lowercase() || c == '-') && !is_function_word(word(i))
    };
    if !(k..noun).all(plain)
        || groups
            .iter()
            .any(|g| g.tok_start > v && g.tok_start <= noun + 2)
        || matches!(
            word(noun + 1),
            "between" | "by" | "with" | "of" | "'s" | "’s" | "-"
        )
    {
        return None;
    }
    // An accord's partnership: read from an accord's noun or a verb of
    // agreeing ("coordinated subject `treaty`", "verb `signed`"), not from
    // "ally".
    let of_an_accord = |r: &Relation| {
        r.relation == RelationKind::Partnership
            && r.sentence < index
            && r.rule.split(['`', ' ']).any(|w| {
                WELCOMED_ACCORDS.contains(&w)
                    || matches!(w, "signed" | "agreed" | "sign" | "signing")
            })
    };
    let latest = out
        .iter()
        .rev()
        .take_while(|r| r.sentence + 12 >= index)
        .find(|r| of_an_accord(r))?
        .sentence;
    // Leaders who signed stand for their states ("Abiy Ahmed and Muse Bihi
    // Abdi signed a memorandum": the Arab League that rejects it opposes
    // Ethiopia and Somaliland).
    let party = |e: usize| {
        if doc.entities[e].kind != EntityKind::Person {
            return e;
        }
        doc.officials
            .iter()
            .find(|o| o.person == e && doc.entities[o.body].kind == EntityKind::Country)
            .map_or(e, |o| o.body)
    };
    let mut parties: Vec<usize> = Vec::new();
    for r in out
        .iter()
        .filter(|r| r.sentence == latest && of_an_accord(r))
    {
        for e in [party(r.source), party(r.target)] {
            if !parties.contains(&e) {
                parties.push(e);
            }
        }
    }
    Some(parties)
}

/// Nouns after which "opposing" is an adjective: "opposing sides".
static OPPOSING_NOUNS: WordList = WordList::new(&WORDS, "opposing_nouns");

/// Verbs of a stance against an accord: "both rejected the memorandum".
pub(super) static ACCORD_REJECTIONS: WordList = WordList::new(&WORDS, "accord_rejections");

/// "The Arab League and the OIC both rejected the memorandum", "Iran
/// condemned the deal": a stance against an accord named before, without its
/// parties, opposes the parties (see [`accord_named_before`]).
fn rejected_accord(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    for v in 1..words.len() {
        if !ACCORD_REJECTIONS.contains(&words[v]) {
            continue;
        }
        let Some(subject) = subject_past_aside(groups, words, v) else {
            continue;
        };
        let Some(parties) = accord_named_before(doc, groups, words, v, out, index) else {
            continue;
        };
        push_pairs(
            doc,
            RelationKind::Opposition,
            index,
            (&subject.entities, &parties),
            "rejected an accord named before",
            0.7,
            out,
        );
    }
}

/// Meetings read from a verb and a later phrase: "Macron welcomed Xi to Paris"
/// (a host, not a supporter), "Blinken discussed the war in Sudan with Faisal
/// bin Farhan".
fn hosted_and_discussed(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 1..words.len() {
        let w = word(v);
        let welcomed = WELCOME_VERBS.contains(&w);
        let discussed = DISCUSS_VERBS.contains(&w);
        if !welcomed && !discussed {
            continue;
        }
        // ("Russia and China, whose navies joined Iran's drills, welcomed")
        let Some(subject) = subject_past_aside(groups, words, v) else {
            continue;
        };
        let subject = &subject;
        // "welcomed the resumption of dialogue between Tehran and Washington",
        // "welcomed the declaration signed by Armenia and Azerbaijan": a welcome of
        // others' act supports them (the ontology's ruling).
        // ("welcomed the decision of the Peace and Security Council", "the
        // appointment of Kamil Idris": "of" after an act names its doer or
        // the one it is for.)
        if welcomed
            && word(v + 1) == "the"
            && let Some(link) = (v + 2..(v + 14).min(words.len()))
                .take_while(|&i| !breaks_at(words, i) && word(i) != ",")
                .find(|&i| {
                    matches!(word(i), "between" | "by")
                        || word(i) == "of" && WELCOMED_ACTS.contains(&word(i - 1))
                })
            && let Some(parties) = group_after(groups, words, link + 1)
        {
            push_pairs(
                doc,
                RelationKind::Support,
                index,
                (&subject.entities, &parties.entities),
                "welcomed an act of others",
                0.75,
                out,
            );
        } else if welcomed
            && let Some(parties) = accord_named_before(doc, groups, words, v, out, index)
        {
            // "Fidan welcomed the breakthrough", "The Kremlin also welcomed the
            // agreement": an accord of others named just before.
            push_pairs(
                doc,
                RelationKind::Support,
                index,
                (&subject.entities, &parties),
                "welcomed an accord named before",
                0.7,
                out,
            );
        }
        let other = if welcomed {
            // "welcomed X to Paris / to NATO headquarters / to the White House"
            groups
                .iter()
                .find(|g| g.tok_start > v && g.lead <= v + 3 && !possessive_pronoun(g, words))
                .filter(|g| welcomed_to(words, g))
        } else {
            // "discussed <topic> with X": the first "with" in the clause.
            (v + 1..(v + 12).min(words.len()))
                .take_while(|&i| !breaks_at(words, i) && word(i) != ";")
                .find(|&i| word(i) == "with")
                .and_then(|with| {
                    groups
                        .iter()
                        .find(|g| g.tok_start > with && g.lead <= with + 2)
                })
        };
        let Some(other) = other else {
            // "Pezeshkian and Erdogan discussed regional developments by
            // telephone": those who discuss together talk to each other.
            if discussed
                && subject.entities.len() >= 2
                && !subject.reference
                && subject.tok_end + 2 >= v
                && !(subject.tok_end..v).any(|i| NOT_ASSERTED_SET.contains(word(i)))
            {
                push_within(
                    doc,
                    RelationKind::Meeting,
                    index,
                    &subject.entities,
                    "coordinated subject discussed",
                    0.75,
                    out,
                );
            }
            continue;
        };
        let rule = if welcomed {
            "welcomed X to"
        } else {
            "discussed with"
        };
        push_pairs(
            doc,
            RelationKind::Meeting,
            index,
            (&subject.entities, &other.entities),
            rule,
            0.8,
            out,
        );
    }
}

/// The verbs of a joint undertaking that [`agreed_and_thanked`] reads.
static AGREE_VERBS: WordList = WordList::new(&WORDS, "agree_verbs");
/// The words of thanks that [`agreed_and_thanked`] reads.
static THANKS_WORDS: WordList = WordList::new(&WORDS, "thanks_words");

/// Two rules of the joint statement: "Kenya and Ethiopia agreed on Monday to
/// build a pipeline" (partners), and "Abiy thanked Kenya for its support"
/// (Kenya supports the speaker).
fn agreed_and_thanked(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    /// What two parties agree to do together.
    const COOPERATION_VERBS: &[&str] = &[
        "build",
        "deepen",
        "expand",
        "strengthen",
        "boost",
        "restore",
        "cooperate",
        "work",
        "establish",
        "launch",
        "set",
        "create",
        "increase",
        "resume",
        "develop",
        "enhance",
        "form",
        "sign",
        "jointly",
        "upgrade",
        "elevate",
        "normalise",
        "normalize",
        "reopen",
        "coordinate",
        "intensify",
        "step",
        "share",
        "cooperating",
        "collaborate",
    ];
    /// What a party is thanked for when it supported the speaker.
    const HELP_NOUNS: &[&str] = &[
        "investment",
        "investments",
        "support",
        "assistance",
        "help",
        "backing",
        "solidarity",
        "aid",
        "generosity",
        "sacrifices",
        "sacrifice",
        "efforts",
        "mediation",
        "donation",
        "donations",
    ];
    let word = |i: usize| word_at(words, i);
    for v in 1..words.len() {
        match word(v) {
            w if AGREE_VERBS.contains(&w) => {
                let Some(subject) = subject_before(groups, words, v) else {
                    continue;
                };
                if subject.entities.len() < 2 {
                    continue;
                }
                // "agreed on Monday to build": a short adjunct may come first.
                let Some(to) = (v + 1..(v + 5).min(words.len()))
                    .take_while(|&i| !breaks_at(words, i) && word(i) != ",")
                    .find(|&i| word(i) == "to")
                else {
                    continue;
                };
                if !COOPERATION_VERBS.contains(&word(to + 1)) {
                    continue;
                }
                let rule = format!("coordinated subject `{} to {}`", word(v), word(to + 1));
                let relation = RelationKind::Partnership;
                push_within(doc, relation, index, &subject.entities, &rule, 0.8, out);
            }
            w if THANKS_WORDS.contains(&w) => {
                // "Egypt expressed its gratitude to the UAE for": the subject of
                // "expressed", the helper after "to".
                let (verb, helper_from) = if matches!(word(v), "gratitude" | "appreciation") {
                    let mut e = v - 1;
                    while e > 0
                        && matches!(
                            word(e),
                            "its" | "their" | "his" | "her" | "deep" | "sincere" | "profound"
                        )
                    {
                        e -= 1;
                    }
                    if !matches!(word(e), "expressed" | "expresses" | "conveyed" | "extended") {
                        continue;
                    }
                    (e, v + 1)
                } else if word(v) == "grateful" {
                    let be = v - 1;
                    if !BE_FORMS.contains(&word(be)) {
                        continue;
                    }
                    (be, v + 1)
                } else {
                    (v, v)
                };
                if helper_from > v && word(helper_from) != "to" {
                    continue;
                }
                // ("Mohamud, on a two-day visit, thanked Kenya")
                let Some(subject) = subject_past_aside(groups, words, verb) else {
                    continue;
                };
                let subject = &subject;
                let Some(helper) = groups
                    .iter()
                    .find(|g| g.tok_start > helper_from && g.lead <= helper_from + 2)
                else {
                    continue;
                };
                // "for its support", "for their continued assistance"
                let mut k = helper.tok_end;
                if word(k) != "for" {
                    continue;
                }
                // "thanked Erdogan for hosting him", "for the warm hospitality":
                // a guest thanks the host they met.
                let hosted = matches!(word(k + 1), "hosting" | "receiving" | "welcoming")
                    || (k + 2..(k + 5).min(words.len()))
                        .take_while(|&i| {
                            word(i).chars().all(char::is_alphabetic) && !is_function_word(word(i))
                                || matches!(word(i), "the" | "its" | "his" | "her" | "their")
                        })
                        .any(|i| word(i) == "hospitality")
                        && matches!(word(k + 1), "the" | "its" | "his" | "her" | "their");
                // "thanked Turkey for standing by Baku", "for supporting us": the
                // thanked one supports whom the gerund names, or the thanker.
                if matches!(
                    word(k + 1),
                    "standing" | "supporting" | "helping" | "backing" | "assisting" | "defending"
                ) {
                    let mut g = k + 2;
                    if matches!(word(g), "by" | "with" | "behind") {
                        g += 1;
                    }
                    // ("for supporting the nuclear agreement" names no one helped.)
                    let helped = match group_after(groups, words, g) {
                        Some(h) => h.entities.clone(),
                        None if matches!(
                            word(g),
                            "us" | "him" | "her" | "them" | "it" | "." | "," | "during" | ""
                        ) =>
                        {
                            subject.entities.clone()
                        }
                        None => continue,
                    };
                    push_pairs(
                        doc,
                        RelationKind::Support,
                        index,
                        (&helper.entities, &helped),
                        "thanked X for helping",
                        0.8,
                        out,
                    );
                    continue;
                }
                if hosted {
                    push_pairs(
                        doc,
                        RelationKind::Meeting,
                        index,
                        (&subject.entities, &helper.entities),
                        "thanked X for hosting",
                        0.8,
                        out,
                    );
                    continue;
                }
                // "for its support", "for the sacrifices of its troops", "for
                // their generous humanitarian assistance": a help noun after
                // determiners and modifiers.
                k += 1;
                let end = (helper.tok_end + 6).min(words.len());
                let Some(k) = (k..end)
                    .take_while(|&i| {
                        let w = word(i);
                        let in_name = groups
                            .iter()
                            .any(|g| !g.reference && g.tok_start <= i && i < g.tok_end);
                        !in_name
                            && (matches!(w, "its" | "their" | "his" | "her" | "the")
                                || (w.chars().all(char::is_alphabetic) && !is_function_word(w)))
                    })
                    .find(|&i| HELP_NOUNS.contains(&word(i)))
                else {
                    continue;
                };
                let rule = format!("thanked X for `{}`", word(k));
                // "thanked India for its humanitarian assistance to Sri Lanka":
                // the help went to the one named after it.
                if matches!(word(k + 1), "to" | "for")
                    && let Some(recipient) = group_after(groups, words, k + 2)
                {
                    push_pairs(
                        doc,
                        RelationKind::Support,
                        index,
                        (&helper.entities, &recipient.entities),
                        &rule,
                        0.8,
                        out,
                    );
                    continue;
                }
                // An official thanks for the support their state received.
                let mut thanked = subject.entities.clone();
                for &person in &subject.entities {
                    thanked.extend(
                        doc.officials
                            .iter()
                            .filter(|o| {
                                o.person == person
                                    && doc.entities[o.body].kind == EntityKind::Country
                            })
                            .map(|o| o.body),
                    );
                }
                thanked.sort_unstable();
                thanked.dedup();
                push_pairs(
                    doc,
                    RelationKind::Support,
                    index,
                    (&helper.entities, &thanked),
                    &rule,
                    0.8,
                    out,
                );
            }
            _ => {}
        }
    }
}

/// "Chairing an organization implies membership" (the ontology), and a
/// leader's chair is their state's: "Nigerian President Bola Tinubu, the
/// current ECOWAS chairman" makes Nigeria a member of ECOWAS. Only an
/// international body counts (a senator chairing a Senate committee does not
/// make the state a member of it).
fn chairs_states(text: &str, doc: &DocEntities, out: &mut Vec<Relation>) {
    const CHAIR_WORDS: &[&str] = &[
        "chair",
        "chairs",
        "chaired",
        "chairing",
        "chairman",
        "chairwoman",
        "chairperson",
        "chairmanship",
        "chairpersonship",
        "chairship",
    ];
    let says_chair = |sentence: usize| {
        doc.sentences[sentence].tokens.iter().any(|t| {
            CHAIR_WORDS
                .iter()
                .any(|w| text[t.start..t.end].eq_ignore_ascii_case(w))
        })
    };
    let international = |e: usize| {
        doc.entities[e].kind == EntityKind::Organization && doc.entities[e].state.is_none()
    };
    let links: Vec<(usize, usize, usize)> = out
        .iter()
        .filter(|r| r.relation == RelationKind::OfficialOf)
        .map(|r| (r.source, r.target, r.sentence))
        .collect();
    for &(person, body, sentence) in &links {
        if !international(body) || !says_chair(sentence) {
            continue;
        }
        for &(other, state, _) in &links {
            if other == person && doc.entities[state].kind == EntityKind::Country {
                let pair = (state, body);
                push_pair(
                    doc,
                    RelationKind::Membership,
                    sentence,
                    pair,
                    "chair's state",
                    0.7,
                    out,
                );
            }
        }
    }
}

/// The verbs of [`leadership`]: "Y, who assumed the chairmanship of X".
static TAKES_OFFICE: WordList = WordList::new(&WORDS, "takes_office");
/// The verbs of [`leadership`]: "X, led by Y".
static LED: WordList = WordList::new(&WORDS, "led");
/// The verbs of [`leadership`]: "Y, who heads X".
static LEADS: WordList = WordList::new(&WORDS, "leads");

/// Leaders named by their function rather than a title: "the RSF, commanded
/// by Mohamed Hamdan Dagalo", "Burhan, who heads Sudan's Sovereignty Council".
fn leadership(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    // The name next to the verb: the first of a group after it, the last before.
    let person = |g: &Group| doc.entities[g.entities[0]].kind == EntityKind::Person;
    let body = |g: &Group| {
        g.entities
            .last()
            .is_some_and(|&e| doc.entities[e].kind != EntityKind::Person)
    };
    let mut push = |source: usize, target: usize, rule: &str| {
        let pair = (source, target);
        push_pair(doc, RelationKind::OfficialOf, index, pair, rule, 0.8, out);
    };
    // "Y, who assumed the chairmanship of X": the office names the body.
    const OFFICES: &[&str] = &[
        "chair",
        "chairmanship",
        "chairpersonship",
        "chairship",
        "presidency",
        "leadership",
        "helm",
    ];
    for i in 1..words.len() {
        if TAKES_OFFICE.contains(&word(i)) && word(i - 1) == "who" && i >= 2 && word(i - 2) == "," {
            let mut k = i + 1;
            if word(k) == "over" {
                k += 1;
            }
            if word(k) == "the" {
                k += 1;
            }
            if word(k) == "rotating" {
                k += 1;
            }
            if OFFICES.contains(&word(k))
                && word(k + 1) == "of"
                && let Some(body) = group_after(groups, words, k + 2).filter(|g| body(g))
            {
                // The name before ", who", or the official whose title that name
                // ends ("Emmerson Mnangagwa, President of Zimbabwe, who ...").
                let before = groups.iter().find(|g| g.tok_end + 2 == i);
                let leader = before.and_then(|g| {
                    if person(g) {
                        return Some(g.entities[0]);
                    }
                    doc.officials
                        .iter()
                        .find(|o| o.sentence == index && g.entities.contains(&o.body))
                        .map(|o| o.person)
                });
                if let Some(leader) = leader {
                    let body = *body.entities.last().expect("groups name entities");
                    push(leader, body, &format!("who {} the {}", word(i), word(k)));
                }
            }
        }
        // "X, led by (General) Y"
        if LED.contains(&word(i)) && word(i + 1) == "by" && word(i - 1) == "," {
            let leader = groups
                .iter()
                .find(|g| g.tok_start > i + 1 && g.tok_start <= i + 4)
                .filter(|g| person(g));
            let led = groups
                .iter()
                .find(|g| g.tok_end + 1 == i)
                .filter(|g| body(g));
            if let (Some(leader), Some(led)) = (leader, led) {
                let led = *led.entities.last().expect("groups name entities");
                push(leader.entities[0], led, &format!("{} by", word(i)));
            }
        }
        // "Y, who heads (Sudan's ruling) X"
        if LEADS.contains(&word(i)) && word(i - 1) == "who" && i >= 2 && word(i - 2) == "," {
            let leader = groups
                .iter()
                .find(|g| g.tok_end + 2 == i)
                .filter(|g| g.entities.len() == 1 && person(g));
            // The head of the phrase: the last body before a break, within a few words.
            let led = groups
                .iter()
                .filter(|g| g.tok_start > i && g.tok_start <= i + 5)
                .take_while(|g| {
                    !(i + 1..g.tok_start).any(|k| breaks_at(words, k) || word(k) == ",")
                })
                .filter(|g| body(g))
                .last();
            if let (Some(leader), Some(led)) = (leader, led) {
                let led = *led.entities.last().expect("groups name entities");
                push(leader.entities[0], led, &format!("who {}", word(i)));
            }
        }
    }
}

/// Whether `person` holds a title in `body`: "Japan -meeting- Ishiba" from
/// "travel to Tokyo for talks with Japanese Prime Minister Shigeru Ishiba"
/// reads the place as the guest; an official does not meet, back or fight
/// the state or body they serve.
fn serves(doc: &DocEntities, person: usize, body: usize) -> bool {
    doc.entities[person].kind == EntityKind::Person
        && doc
            .officials
            .iter()
            .any(|o| o.person == person && o.body == body)
}

/// Type constraints of the ontology: a membership's target is an organization,
/// and persons neither join bodies nor trade.
fn kinds_fit(doc: &DocEntities, relation: RelationKind, source: usize, target: usize) -> bool {
    let kind = |i: usize| doc.entities[i].kind;
    match relation {
        RelationKind::Membership => {
            kind(target) == EntityKind::Organization && kind(source) != EntityKind::Person
        }
        // States, companies and bodies trade; leaders who "revive commerce" do not
        // trade with each other.
        RelationKind::Trade => {
            kind(source) != EntityKind::Person && kind(target) != EntityKind::Person
        }
        _ => true,
    }
}
