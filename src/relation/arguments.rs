//! Argument finders: who takes part in a relation, by position.
//!
//! [`groups`] reads a sentence's mentions as groups of coordinated names
//! ("Germany and Luxembourg"); the finders here pick the group that fills a
//! role around a cue: the nearest group to the left within the clause
//! ([`nearest_left`]) or to the right ([`nearest_right`]), the subject of a
//! verb ([`subject_before`], [`clause_subject`], [`subject_position`]), the
//! agent of a passive ([`passive_by`]) or of a noun ([`agent_by_and_patient`]),
//! the two sides of a hyphenated cue ([`hyphen_rule`], "Russia-backed RTC").
//! Clause boundaries ([`breaks_at`]) and the words a rule may skip
//! ([`is_function_word`]) live here too, since every finder asks them. The
//! rules for particular constructions live in their own modules; the cue-led
//! rule that calls these finders is in `mod.rs`.

use super::lists::{
    CLAUSE_BREAKS_SET, DESCRIPTOR_NOUNS_SET, LIGHT_VERBS_SET, NOT_ASSERTED_SET, STATE_NOUNS_SET,
    TITLE_WORDS_SET,
};
use super::{BODY_NOUNS, COMMODITIES, Group, WORDS};
use crate::entity::{DocEntities, Mention, MentionForm, SentenceEntities};
use crate::lexicon::WordList;
use crate::ontology::{EntityKind, RelationKind};

/// The agent and the patient named after a noun cue ending at `ce`: "by X
/// against Y" ("attacks by the M23 group against MONUSCO"; a plain word or
/// two may follow the agent: "by the M23 armed group against") or "on Y by
/// X" ("the strikes on Iran by Israel").
pub(super) fn agent_by_and_patient<'g>(
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
pub(super) fn takes_patient(relation: RelationKind, preposition: &str) -> bool {
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

/// Words that end a clause when looking for participants: the speaker of
/// reported speech and contrasting clauses are not participants.
pub(super) static CLAUSE_BREAKS: WordList = WordList::new(&WORDS, "clause_breaks");

/// Nouns that describe a following name in a coordination: "the bloc Mercosur".
pub(super) static DESCRIPTOR_NOUNS: WordList = WordList::new(&WORDS, "descriptor_nouns");

/// The last words of titles that name an office ("foreign minister", not
/// "foreign"): a demonym before one that no name follows stands for the state.
pub(super) static OFFICIAL_HEADS: WordList = WordList::new(&WORDS, "official_heads");

/// Plural officials that a coordination of demonyms or short names modifies
/// ("The Indian and Chinese foreign ministers", "Iranian and U.S.
/// negotiators"): each demonym stands for its state.
pub(super) static OFFICIAL_PLURALS: WordList = WordList::new(&WORDS, "official_plurals");

/// "Bolivia, which became a full member of": the subject of a relative
/// clause that ends in the cue.
pub(super) fn relative_subject(group: &Group, words: &[&str], cs: usize) -> bool {
    let word = |i: usize| word_at(words, i);
    word(group.tok_end) == ","
        && matches!(word(group.tok_end + 1), "which" | "who" | "that")
        && cs <= group.tok_end + 8
        && (group.tok_end + 2..cs).all(|i| {
            let w = word(i);
            !is_break(w) && w != "," && w.chars().all(char::is_alphabetic)
        })
}

pub(super) fn is_function_word(w: &str) -> bool {
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
            | "within"
            | "since"
            | "until"
            | "before"
            | "amid"
            | "through"
            | "across"
            | "via"
            | "toward"
            | "towards"
            | "upon"
            | "despite"
            | "inside"
            | "outside"
    ) || NOT_ASSERTED_SET.contains(w)
}

/// "Russia-backed RTC": the name before the hyphen supports the name after.
pub(super) fn hyphen_rule(
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

/// The imposer and the target named after a sanctions noun by a participle
/// whose cue ends at `ce`: "imposed by X on Y", "imposed on Y by X" (the
/// participle, then both phrases within a few words).
/// "Sanctions on Iran were tightened by the US and the UK": the target
/// after the noun, then a passive whose agent imposes them.
pub(super) fn passive_by(
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

/// Whether a group stands where a clause's subject stands: at the start of the
/// sentence or right after a clause boundary ("..., and Iran and China signed").
/// Token `i` moved back over "the", "both", "also" before it.
pub(super) fn before_determiners(words: &[&str], mut i: usize) -> usize {
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
pub(super) fn before_modifiers(
    words: &[&str],
    mut i: usize,
    most: usize,
    fits: fn(&str) -> bool,
) -> usize {
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

pub(super) fn subject_position(group: &Group, words: &[&str]) -> bool {
    let mut i = before_determiners(words, group.lead);
    // "More than 16,000 Philippine and American troops will train": a count
    // of the people named stands before them.
    if i > 0
        && !group.reference
        && words[i - 1]
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',')
        && words[i - 1].len() > 1
    {
        i -= 1;
        while i > 0
            && matches!(
                words[i - 1],
                "more"
                    | "than"
                    | "about"
                    | "some"
                    | "nearly"
                    | "over"
                    | "around"
                    | "almost"
                    | "roughly"
                    | "least"
                    | "at"
            )
        {
            i -= 1;
        }
    }
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
    // "Its President, Mohamed Muizzu, signed": the name a clause's opening
    // title introduces is its subject. (Read only for a name set off by
    // commas: the test walks back over the title.)
    let title_opens = || {
        i >= 2 && TITLE_WORDS_SET.contains(words[i - 2]) && {
            let mut k = i - 2;
            while k > 0 && TITLE_WORDS_SET.contains(words[k - 1]) {
                k -= 1;
            }
            k >= 1
                && matches!(words[k - 1], "its" | "their" | "his" | "her" | "the")
                && (k == 1 || matches!(words[k - 2], "," | ";" | "and" | "but" | "that"))
        }
    };
    if i > 0
        && words[i - 1] == ","
        && !(next == "," && title_opens())
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
                | "spokesperson"
                | "spokesman"
                | "spokeswoman"
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
    // "told him Beijing welcomed": a clause told to someone, "that" left out.
    if i >= 2
        && matches!(
            words[i - 1],
            "him" | "her" | "them" | "us" | "me" | "reporters"
        )
        && matches!(
            words[i - 2],
            "told" | "tells" | "telling" | "assured" | "informed"
        )
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

/// Verbs of a journey whose destination follows "to".
/// The words of an aside that adds companions to a subject: "acting together
/// with", "along with", "in close coordination with".
pub(super) static COMPANION_WORDS: WordList = WordList::new(&WORDS, "companion_words");

pub(super) static TRAVEL_VERBS: WordList = WordList::new(&WORDS, "travel_verbs");

/// Words of a time phrase that may open a sentence before its subject.
pub(super) static TIME_OPENERS: WordList = WordList::new(&WORDS, "time_openers");

/// Plural titles that can stand before a coordinated list of names.
pub(super) static PLURAL_TITLES: WordList = WordList::new(&WORDS, "plural_titles");

#[inline]
pub(super) fn is_break(w: &str) -> bool {
    CLAUSE_BREAKS_SET.contains(w)
}

/// Whether token `i` ends a clause. "as" does only when a clause follows
/// ("as Tehran looks to Beijing"), not in "such as" or "as a member".
/// (Inlined: the rules test many words in their loops.)
#[inline]
pub(super) fn breaks_at(words: &[&str], i: usize) -> bool {
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
        // "rejected as baseless the claim by Beijing", "condemned as illegal
        // the seizure": a judgement fronted before the verb's object.
        let fronted_judgement = words.get(i + 2).is_some_and(|after| {
            matches!(
                *after,
                "the" | "a" | "an" | "any" | "all" | "this" | "these" | "its" | "their"
            )
        }) && next.len() > 3
            && next.chars().all(|c| c.is_ascii_lowercase())
            && !is_function_word(next);
        return !fronted_judgement
            && !matches!(
                prev,
                "such"
                | "well"
                | "so"
                | "known"
                | "described"
                | "seen"
                // "designated as Foreign Terrorist Organizations": a category.
                | "designated"
                | "designate"
                | "listed"
                | "branded"
                | "labelled"
                | "labeled"
                | "classified"
                | "recognised"
                | "recognized"
            )
            // ("China and Kazakhstan, as members of the SCO, support": a role.)
            && !matches!(
                next,
                "a" | "an"
                    | "well"
                    | "part"
                    | "member"
                    | "members"
                    | "founding"
                    | "full"
                    | "permanent"
                    | "observer"
                    | "observers"
            )
            && !role;
    }
    // "He has since travelled to Eritrea": an adverb after an auxiliary.
    if w == "since" && i > 0 && matches!(words[i - 1], "has" | "have" | "had" | "having") {
        return false;
    }
    is_break(w)
}

/// Where `target` first stands among the `reach` words from `start` that are
/// still in the same clause (before a clause break or a comma): the "by" of a
/// passive's agent, the "from" of a giver, the "to" of an infinitive.
pub(super) fn word_in_clause(
    words: &[&str],
    start: usize,
    reach: usize,
    target: &str,
) -> Option<usize> {
    (start..(start + reach).min(words.len()))
        .take_while(|&i| !breaks_at(words, i) && words[i] != ",")
        .find(|&i| words[i] == target)
}

pub(super) fn nearest_left(groups: &[Group], words: &[&str], cs: usize) -> Option<Group> {
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
    // ("Saudi Arabia, the bloc's largest member, issued": so is a possessed one.)
    if g.tok_start >= 2
        && (matches!(word(g.tok_start - 1), "a" | "an")
            || word(g.tok_start - 1) == "the" && matches!(word(g.tok_end), "'s" | "’s"))
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
pub(super) fn possessive_pronoun(g: &Group, words: &[&str]) -> bool {
    g.reference
        && g.tok_end == g.tok_start + 1
        && matches!(words[g.tok_start], "his" | "her" | "its" | "their")
}

pub(super) fn nearest_right(groups: &[Group], words: &[&str], ce: usize) -> Option<Group> {
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
            // ("Kazakhstan's state miner Tau-Ken Samruk": a descriptor may
            // stand between.)
            (h.tok_start == g.tok_end + 1
                || h.organization
                    && h.tok_start > g.tok_end + 1
                    && h.tok_start <= g.tok_end + 4
                    && (g.tok_end + 1..h.tok_start).all(|i| {
                        words[i].chars().all(|c| c.is_ascii_lowercase())
                            && !is_function_word(words[i])
                            // ("Colombia's efforts but condemned Hamas")
                            && !is_break(words[i])
                    }))
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
    if in_hyphenated_modifier(words, g.tok_end) {
        match groups.iter().find(|h| h.tok_start == g.tok_end + 2) {
            Some(next) => g = next,
            // "condemned the Russia-backed separatists": the backer is not the
            // one condemned (a leader stands for what it leads, though: "the
            // Saudi-led coalition").
            None if word_at(words, g.tok_end + 1) != "led" => return None,
            None => {}
        }
    }
    // "negotiate with NATO ally Greece": the organization titles the participant.
    if matches!(
        words.get(g.tok_end).copied(),
        Some("ally" | "allies" | "member" | "members" | "partner")
    ) && let Some(next) = groups.iter().find(|h| h.tok_start == g.tok_end + 1)
    {
        g = next;
    }
    // "working with partners in the region, including Egypt, Qatar and
    // Jordan": the names listed after an unnamed plural are the participants.
    let listed_from = before_determiners(words, g.lead);
    let listed = listed_from >= ce + 2
        && (word_at(words, listed_from - 1) == "including"
            || word_at(words, listed_from - 1) == "as"
                && word_at(words, listed_from - 2) == "such")
        && (ce..listed_from - 1)
            .all(|i| words[i] == "," || words[i].chars().all(|c| c.is_ascii_lowercase()))
        && (ce..listed_from).filter(|&i| words[i] == ",").count() <= 1
        && (ce..listed_from).any(|i| PLURAL_PARTNERS.contains(&words[i]));
    if g.tok_start - ce > 14 || !listed && (ce..g.tok_start).any(|i| breaks_at(words, i)) {
        return None;
    }
    // "condemned the attack and expressed solidarity with Benin": after the
    // verb's own object, "and" and a verb open a coordinated predicate, whose
    // object this is.
    let coordinated_verb = |a: usize| {
        let next = word_at(words, a + 1);
        words[a] == "and"
            && (LIGHT_VERBS_SET.contains(next)
                || next.len() > 4
                    && next.ends_with("ed")
                    && matches!(
                        word_at(words, a + 2),
                        "the"
                            | "a"
                            | "an"
                            | "its"
                            | "their"
                            | "his"
                            | "her"
                            | "on"
                            | "to"
                            | "for"
                            | "with"
                            | "that"
                    ))
    };
    if let Some(a) = (ce + 1..g.tok_start).find(|&a| coordinated_verb(a))
        && (ce..a).any(|i| {
            words[i].chars().all(|c| c.is_ascii_lowercase()) && !is_function_word(words[i])
        })
    {
        return None;
    }
    // "rejected the memorandum, and Turkey urged calm": after the verb's own
    // object, a comma and a conjunction, a name followed by a verb opens a
    // new clause; it is that clause's subject, not this verb's object.
    let opens = before_determiners(words, g.lead);
    if opens >= ce + 3
        && matches!(words[opens - 1], "and" | "but" | "while")
        && words[opens - 2] == ","
        && (ce..opens - 2).any(|i| {
            words[i].chars().all(|c| c.is_ascii_lowercase()) && !is_function_word(words[i])
        })
        && words.get(g.tok_end).is_some_and(|w| {
            w.len() > 3 && w.ends_with("ed")
                || opens_with_auxiliary(w)
                || matches!(*w, "also" | "urges" | "calls" | "warns" | "told")
        })
    {
        return None;
    }
    Some(g.clone())
}

/// Whether `w` after a name makes the name a clause's subject: an
/// auxiliary or a verb of saying ("and the United States has designated",
/// "and Turkey said").
fn opens_with_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would" | "said" | "says"
    )
}

/// Unnamed plurals that a list of names may follow ("partners in the region,
/// including Egypt and Qatar").
pub(super) static PLURAL_PARTNERS: WordList = WordList::new(&WORDS, "plural_partners");

/// Group coordinated argument mentions: names joined by "and", commas, "or",
/// slashes or hyphens ("UK-Saudi").
pub(super) fn groups(
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
                    "with"
                        | "for"
                        | "help"
                        | "helps"
                        | "helping"
                        | "helped"
                        | "support"
                        | "supports"
                        | "supported"
                        | "supporting"
                        | "back"
                        | "backs"
                        | "backed"
                        | "backing"
                );
            // "the largest buyer of Brazilian soybeans", "imports of Russian
            // oil": the seller of goods named after a cue and "of".
            let goods_seller = m.tok_start >= 2
                && words[m.tok_start - 1] == "of"
                && cue_token[m.tok_start - 2]
                && (COMMODITIES.contains(&next)
                    || matches!(next, "goods" | "products" | "exports" | "imports" | "arms"));
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
            // "condemned the Israeli blockade", "Chinese drills": the state
            // is the agent of the act it modifies.
            let act_agent = super::names_an_act(next);
            return STATE_NOUNS_SET.contains(next)
                || act_agent
                || craft
                || modified_cue
                || unnamed_official
                || people_helped
                || goods_seller
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
        // "Hamas and Lebanon's Hezbollah": the owner of a body or person named
        // right after it is no member of the list; the owned name is.
        let owner_of_next = matches!(words.get(m.tok_end).copied(), Some("'s" | "’s"))
            && sentence.mentions.get(i + 1).is_some_and(|n| {
                n.tok_start == m.tok_end + 1
                    && n.form == MentionForm::Name
                    && doc.entities[n.entity].kind != EntityKind::Country
            })
            && out.last().is_some_and(|last| {
                // (A group may end past the mention's start where names
                // overlap: no gap then.)
                let gap = words.get(last.tok_end..m.tok_start).unwrap_or(&[]);
                // ("and on Iran's Ministry of Intelligence": a preposition
                // said again.)
                let gap = match gap {
                    [rest @ .., "on" | "against" | "with" | "to" | "for" | "from"] => rest,
                    _ => gap,
                };
                gap.last().is_some_and(|w| matches!(*w, "and" | "or"))
            });
        if !usable(m, i) || names_follow || title_pronoun || owner_of_next {
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
            // ("the Ta'ang National Liberation Army (TNLA), and": past the
            // acronym defined after the name.)
            let after_at =
                if words.get(m.tok_end) == Some(&"(") && words.get(m.tok_end + 2) == Some(&")") {
                    m.tok_end + 3
                } else {
                    m.tok_end
                };
            let after = words.get(after_at).copied().unwrap_or("");
            let list_goes_on = matches!(after, "," | "and" | "or");
            // "the EU and the South American bloc Mercosur", "Egypt and its neighbour Sudan".
            // But "Tokyo, Australian Prime Minister Anthony Albanese" is a new subject.
            let titled = doc.entities[m.entity].kind == EntityKind::Person
                && gap.first() == Some(&",")
                && gap_tokens.iter().any(|&k| capitalized[k]);
            // ("Pakistan, met army chief Asim Munir": a verb opens a clause.)
            // ("Maduro, whose government Brasília recognised": a relative
            // clause's subject, no second name of the list.)
            let described = !titled
                && !gap
                    .iter()
                    .any(|w| matches!(*w, "whose" | "which" | "who" | "whom"))
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
            // "a close relationship with Iran and it has a vital interest",
            // "the personnel of Peru and Uruguay, and we recall": a subject
            // pronoun before a verb opens a new clause.
            // (A plural pronoun may stand for several states, each a mention of
            // the same words: those join.)
            let new_clause = reference
                && (matches!(words[m.tok_start..m.tok_end], ["it" | "he" | "she"])
                    || matches!(words[m.tok_start..m.tok_end], ["we" | "they"])
                        && gap.contains(&"and"))
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
                    && words
                        .get(m.tok_end)
                        .is_some_and(|w| opens_with_auxiliary(w));
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
            // "Tren de Aragua, a gang born in a prison, and Mexico's Sinaloa
            // Cartel": an apposition on the first name stands inside the list.
            let apposed = gap.len() >= 5
                && gap.len() <= 14
                && gap.starts_with(&[","])
                && matches!(gap[1], "a" | "an")
                && {
                    let mut tail = gap;
                    // ("..., and Mexico's Sinaloa Cartel": the owner's name too.)
                    if matches!(tail.last(), Some(&("'s" | "’s")))
                        && let Some(owner) = sentence
                            .mentions
                            .iter()
                            .find(|n| n.tok_end + 1 == gap_end && n.tok_start > gap_start)
                    {
                        tail = &tail[..owner.tok_start - gap_start];
                    }
                    if tail.last() == Some(&"the") {
                        tail = &tail[..tail.len() - 1];
                    }
                    tail.ends_with(&[",", "and"])
                        && tail[2..tail.len() - 2].iter().all(|w| {
                            w.chars().all(|c| c.is_alphabetic() || c == '-') && !is_break(w)
                        })
                }
                && last.entities.len() == 1
                && !reference;
            // "The EU and the two countries": each state of one reference
            // joins the group its first state joined.
            let same_reference = reference
                && m.tok_start >= last.tok_start
                && m.tok_end <= last.tok_end
                && i >= 1
                && sentence.mentions[i - 1].tok_start == m.tok_start
                && sentence.mentions[i - 1].tok_end == m.tok_end;
            // "sanctions on Ahmadinejad and on Iran's Ministry of Intelligence":
            // the preposition said again before the second object.
            let repeated_preposition = {
                let mut rest = gap;
                // ("and on Iran's Ministry": past the owner's name.)
                if matches!(rest.last(), Some(&("'s" | "’s")))
                    && let Some(owner) = sentence
                        .mentions
                        .iter()
                        .find(|n| n.tok_end + 1 == m.tok_start && n.tok_start >= gap_start)
                {
                    rest = &words[gap_start..owner.tok_start];
                }
                if rest.first() == Some(&",") {
                    rest = &rest[1..];
                }
                if rest.last() == Some(&"the") {
                    rest = &rest[..rest.len() - 1];
                }
                // (Not "on the Council and on its partners", "with the U.S. and
                // with Iran's Gulf rivals": a possessive's noun is the object.)
                !reference
                    && !matches!(words.get(m.tok_end).copied(), Some("'s" | "’s"))
                    && rest.len() == 2
                    && rest[0] == "and"
                    && matches!(rest[1], "on" | "against" | "with" | "to" | "for" | "from")
                    && last_object >= 1
                    && words[last_object - 1] == rest[1]
            };
            let joined = !new_clause
                && (m.tok_start == last.tok_start
                    || same_reference
                    || repeated_preposition
                    || described
                    || unnamed_officials
                    || headline_pair
                    || apposed
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
pub(super) fn affiliation_between(
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

/// The group that starts at token `i`, or right after "the" there: the
/// object of a preposition or verb ("by the Security Council", "on Belarus").
pub(super) fn group_after<'g>(groups: &'g [Group], words: &[&str], i: usize) -> Option<&'g Group> {
    groups
        .iter()
        .find(|g| g.lead == i || g.lead == i + 1 && word_at(words, i) == "the")
}

/// Token `i` of a sentence's lower-cased words, or "" past either end.
/// Whether token `i` is the hyphen or participle of a modifier such as
/// "NATO-led" or "Iran-backed", which describes the name after it: "support
/// for the NATO-led Kosovo Force" supports the force, through the modifier.
pub(super) fn in_hyphenated_modifier(words: &[&str], i: usize) -> bool {
    let participle = |w: &str| {
        matches!(
            w,
            "led" | "backed" | "funded" | "sponsored" | "supported" | "run" | "commanded"
        )
    };
    word_at(words, i) == "-" && participle(word_at(words, i + 1))
        || i >= 1 && word_at(words, i - 1) == "-" && participle(word_at(words, i))
}

pub(super) fn word_at<'w>(words: &'w [&str], i: usize) -> &'w str {
    words.get(i).copied().unwrap_or("")
}

/// The subject right before the verb at `v`: "Nicaragua expelled",
/// "the EU added".
pub(super) fn subject_before<'g>(
    groups: &'g [Group],
    words: &[&str],
    v: usize,
) -> Option<&'g Group> {
    // "Muizzu, the Maldivian president, thanked", "Estonia, a member of the EU
    // since 2004, has expelled": the name the apposition describes; "Mali and
    // Niger, which formed the AES, recalled": the names the clause describes.
    let close = match words.get(v.wrapping_sub(1)).copied() {
        Some(",") => Some(v - 1),
        Some("has" | "have" | "had") if v >= 2 && words[v - 2] == "," => Some(v - 2),
        _ => None,
    };
    // "Venezuela's decision to expel", "the decision of the Venezuelan
    // authorities to expel": the intent's owner acts (a refusal is no act).
    if v >= 3
        && words[v - 1] == "to"
        && super::OWNED_INTENTS.contains(&words[v - 2])
        && !words[v - 2].starts_with("refusal")
        && matches!(words[v - 3], "'s" | "’s")
        && let Some(possessor) = groups.iter().find(|g| g.tok_end == v - 3 && !g.reference)
    {
        return Some(possessor);
    }
    if v >= 2
        && words[v - 1] == "to"
        && let Some(owner) = groups.iter().rev().find(|g| {
            g.tok_end < v
                && !g.reference
                && super::owns_an_intent(g, words)
                && (g.tok_end..v - 1).all(|i| STATE_NOUNS_SET.contains(words[i]))
        })
        && !before_determiners(words, owner.lead)
            .checked_sub(2)
            .is_some_and(|i| words[i].starts_with("refusal"))
    {
        return Some(owner);
    }
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
pub(super) fn subject_past_aside(groups: &[Group], words: &[&str], v: usize) -> Option<Group> {
    subject_before(groups, words, v)
        .cloned()
        .or_else(|| nearest_left(groups, words, v).filter(|g| subject_position(g, words)))
}

/// The subject of the verb at `v`: right before it ("the EU added"), or, for a
/// verb phrase coordinated after "and" ("The Council extended ... and added"),
/// the sentence's subject.
pub(super) fn clause_subject<'g>(
    groups: &'g [Group],
    words: &[&str],
    v: usize,
) -> Option<&'g Group> {
    subject_before(groups, words, v).or_else(|| {
        let mut k = v;
        while k > 0 && matches!(words[k - 1], "also" | "has" | "have" | "then" | "later") {
            k -= 1;
        }
        (k >= 1 && matches!(words[k - 1], "and" | "but"))
            .then(|| {
                // (A possessive is no subject: "Its President, Mohamed Muizzu,
                // signed ... and has told".)
                groups.iter().find(|g| {
                    g.tok_end + 2 < k && subject_position(g, words) && !possessive_pronoun(g, words)
                })
            })
            .flatten()
    })
}
