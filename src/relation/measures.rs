//! Sanctions and other measures one state takes against another.
//!
//! Sanctions imposed by a named actor ("imposed by X"), coordinated with
//! others, or named in an earlier sentence ("the measures", "those
//! designated"); targets counted first and named later ("three people and
//! three firms"), designation lists and listings; envoys recalled or
//! expelled; closures and bans ("closed its airspace to"), which the
//! ontology counts as sanctions; and ties lowered or soured. These need
//! their own rules because the agent or the target is often far from the
//! cue, or only implied by the story so far.

use super::arguments::{
    before_determiners, breaks_at, clause_subject, group_after, is_function_word, nearest_left,
    subject_before, subject_past_aside, subject_position, word_at, word_in_clause,
};
use super::emit::{push_pair, push_pairs};
use super::lists::{CLOSURES_SET, NOT_ASSERTED_SET, RECALLS_SET};
use super::triggers::{ScanRule, Triggered};
use super::{BE_FORMS, CountedTargets, Group, Relation, WORDS};
use crate::entity::{DocEntities, Mention, MentionForm};
use crate::lexicon::WordList;
use crate::mention::token::number_word;
use crate::ontology::{EntityKind, RelationKind};

pub(super) fn imposed_by(
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

/// Who imposed the sanctions found in sentence `index` (the latest relations
/// of `out`), sorted, leaving out `except`.
pub(super) fn imposers_in(out: &[Relation], index: usize, except: &[usize]) -> Vec<usize> {
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
pub(super) static COORDINATED: WordList = WordList::new(&WORDS, "coordinated");

/// "These measures ... have been coordinated with the United Kingdom and
/// Canada", "They have been coordinated with the United States ... and with
/// Estonia": whoever imposed the measures (in this sentence, else within the
/// last six) works with each state named after "with".
pub(super) fn coordinated_measures(
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
pub(super) static OPPOSE: WordList = WordList::new(&WORDS, "oppose");

/// The nouns of "the sanctions Australia imposed" ([`measures_named_earlier`]).
pub(super) static IMPOSED_MEASURES: WordList = WordList::new(&WORDS, "imposed_measures");

/// The imposer named right after a measures noun at `noun`, in a relative
/// clause without "that" ("the sanctions Washington has imposed", "the
/// sanctions Australia imposed in 2023"), and the index of its verb.
fn imposer_after<'g>(
    groups: &'g [Group],
    words: &[&str],
    noun: usize,
) -> Option<(&'g Group, usize)> {
    let imposer = groups.iter().find(|g| g.lead == noun + 1)?;
    let v = imposer.tok_end
        + usize::from(matches!(
            word_at(words, imposer.tok_end),
            "has" | "had" | "have"
        ));
    matches!(
        word_at(words, v),
        "imposed" | "placed" | "slapped" | "levied" | "announced"
    )
    .then_some((imposer, v))
}

/// Sanctions named earlier, by "the measures": "The measures also extend to
/// Belarus" (the sanctioner sanctions Belarus), "Moscow condemned the
/// decision" (Moscow opposes the sanctioner). Within six sentences of them.
pub(super) fn measures_named_earlier(
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
        if !MEASURES.contains(&word(noun)) {
            continue;
        }
        let imposer = if matches!(
            word(noun + 1),
            "imposed" | "announced" | "adopted" | "introduced"
        ) && word(noun + 2) == "by"
        {
            group_after(groups, words, noun + 3)
        } else {
            // "criticising the sanctions Washington has imposed on Caracas".
            imposer_after(groups, words, noun).map(|(imposer, _)| imposer)
        };
        // ("Lula received Maduro, criticising the sanctions ...": a
        // participle after a comma shares the sentence's subject.)
        let subject = subject_before(groups, words, v).or_else(|| {
            (word(v).ends_with("ing") && matches!(word(v.wrapping_sub(1)), "," | "and"))
                .then(|| {
                    groups
                        .iter()
                        .find(|g| g.tok_end < v && subject_position(g, words))
                })
                .flatten()
        });
        let (Some(subject), Some(imposer)) = (subject, imposer) else {
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
        let Some((imposer, v)) = imposer_after(groups, words, n) else {
            continue;
        };
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
        ) || word_in_clause(words, v + 1, 9, "by").is_some()
        {
            // ("designated as Foreign Terrorist Organizations by the
            // Department of State": another agent.)
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
    // "criticised the decision by Uganda to suspend trade": another actor's.
    let measures_of_another = |noun: usize| {
        matches!(word(noun + 1), "by" | "of")
            && group_after(groups, words, noun + 2).is_some_and(|g| g.tok_start <= noun + 3)
    };
    for v in 0..words.len() {
        // "Haiti welcomed the decision": support for the sanctioner.
        if matches!(
            word(v),
            "welcomed" | "welcomes" | "praised" | "hailed" | "backed"
        ) && measures_at(v + 1).is_some_and(|noun| !measures_of_another(noun))
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
        if OPPOSE.contains(&word(v))
            && measures_at(v + 1).is_some_and(|noun| !measures_of_another(noun))
        {
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
pub(super) fn counted_targets(words: &[&str], ce: usize) -> Option<(usize, usize)> {
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
pub(super) fn counted_targets_named(
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
pub(super) static COUNTED_PERSONS: WordList = WordList::new(&WORDS, "counted_persons");

/// Nouns that count firms sanctioned: "three firms".
pub(super) static COUNTED_FIRMS: WordList = WordList::new(&WORDS, "counted_firms");

/// Last words of firms' names: "Cedar Line Exchange", "Al-Masar General Trading LLC".
pub(super) static FIRM_NAME_ENDS: WordList = WordList::new(&WORDS, "firm_name_ends");

/// Plural nouns for people or firms that a list of the sanctioned may follow
/// after a comma or colon, beyond the counting nouns: "three of its
/// representatives, Kim Se Un, ...".
static LISTED_TARGET_PLURALS: WordList = WordList::new(&WORDS, "listed_target_plurals");

/// "OFAC designated the X Company and three of its representatives, A, B and
/// C", "designated three individuals: A, B and C": the names listed after a
/// plural word for people or firms are sanctioned by whoever sanctions in
/// the sentence.
pub(super) fn targets_listed_after_a_plural(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    sanctioner: &Option<(usize, Vec<usize>)>,
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    let mut agents = imposers_in(out, index, &[]);
    // ("OFAC designated three individuals: A, B and C": a sanctioner found
    // in this sentence with no target named after its verb.)
    if agents.is_empty()
        && let Some((at, sanctioners)) = sanctioner
        && *at == index
    {
        agents = sanctioners.clone();
        agents.sort_unstable();
        agents.dedup();
    }
    if agents.is_empty() {
        return;
    }
    let plural_noun = |w: &str| {
        COUNTED_PERSONS.contains(&w)
            || COUNTED_FIRMS.contains(&w)
            || LISTED_TARGET_PLURALS.contains(&w)
    };
    // "Three Malian government officials were designated today by OFAC ...:
    // Minister of Defense Sadio Camara, ... Colonel Alou Boi Diarra, and ...":
    // after the sentence's one colon, the persons listed, when a plural for
    // people or firms stands before it.
    let colon = words.iter().position(|w| *w == ":");
    let listed_after_colon = colon.filter(|&c| {
        words[c + 1..].iter().all(|w| !matches!(*w, ":" | ";"))
            && words[..c].iter().any(|w| plural_noun(w))
    });
    for listed in groups {
        let start = listed.tok_start;
        let plural = word(start.wrapping_sub(2));
        let after_colon = listed_after_colon.is_some_and(|c| {
            start > c
                && listed
                    .entities
                    .iter()
                    .all(|&e| doc.entities[e].kind == EntityKind::Person)
                && !(c + 1..start).any(|i| breaks_at(words, i) && word(i) != "and")
        });
        if !after_colon
            && (start < 3 || !matches!(word(start - 1), "," | ":") || !plural_noun(plural))
            || listed.entities.iter().any(|e| agents.contains(e))
            || listed
                .entities
                .iter()
                .any(|&e| doc.entities[e].kind == EntityKind::Country)
        {
            continue;
        }
        push_pairs(
            doc,
            RelationKind::Sanctions,
            index,
            (&agents, &listed.entities),
            "targets listed after a plural",
            0.75,
            out,
        );
    }
}

/// "Among those designated are X, Y and Z": the list names the targets of the
/// latest sanctioner (within the last three sentences).
pub(super) fn designated_list(
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
        "are" | "were" | "is" | "was" | "include" | "included" | "includes"
    ) {
        return;
    }
    k += 1;
    // "Among those listed are three senior officers of the RDF: Major
    // General A, ...": the names follow the description's colon.
    if let Some(colon) = (k..(k + 14).min(words.len()))
        .take_while(|&i| !matches!(word(i), "." | ";" | "," | "and" | "who" | "which"))
        .find(|&i| word(i) == ":")
    {
        k = colon + 1;
    }
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
pub(super) static PROTESTS: WordList = WordList::new(&WORDS, "protests");

/// "ordered the French ambassador to leave": an expulsion too.
pub(super) static ORDERS: WordList = WordList::new(&WORDS, "orders");

/// Envoys a state expels, summons or recalls.
pub(super) static ENVOYS: WordList = WordList::new(&WORDS, "envoys");

/// A state's forces that another expels or orders to leave.
pub(super) static FORCES_SENT_AWAY: WordList = WordList::new(&WORDS, "forces_sent_away");

/// "recalled": a state calls its own envoys home from another in protest.
pub(super) static RECALLS: WordList = WordList::new(&WORDS, "recalls");

/// "Mali, Burkina Faso and Niger recalled their ambassadors from Algiers",
/// "Algeria responded by recalling its ambassadors to Bamako and Niamey": a
/// protest against the states the envoys are recalled from.
pub(super) fn recalled_envoys(
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
pub(super) fn expelled_envoys(
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
        // "declared the ambassador, Ebrahim Rasool, persona non grata",
        // "voted to declare Sheinbaum persona non grata": an expulsion of the
        // person named, and of the envoy's state below.
        let unwelcome = (v + 2..(v + 12).min(words.len()))
            .find(|&i| word(i) == "persona" && word(i + 1) == "non" && word(i + 2) == "grata");
        if let Some(p) = unwelcome {
            for person in groups.iter().filter(|g| {
                g.person
                    && !g.reference
                    && g.tok_start > v
                    && g.tok_end <= p
                    && !(g.tok_end..p).any(|i| breaks_at(words, i))
            }) {
                let pair = (agent.entities.as_slice(), person.entities.as_slice());
                push_pairs(
                    doc,
                    RelationKind::Opposition,
                    index,
                    pair,
                    "declared persona non grata",
                    0.85,
                    out,
                );
            }
        }
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
            // "expel the diplomatic personnel of Argentina, Chile and Peru":
            // the envoys' states after "of".
            // ("two staff members of the French embassy": the embassy's state.)
            if let Some(n) = (k..(k + 3).min(words.len())).find(|&n| ENVOYS.contains(&word(n)))
                && (k..n).all(|i| word(i).chars().all(|c| c.is_ascii_lowercase()))
                && let Some(of) = [n + 1, n + 2]
                    .into_iter()
                    .find(|&of| word(of) == "of" && (of == n + 1 || word(n + 1) == "members"))
                && (!ordered
                    || unwelcome.is_some()
                    || (of + 1..(of + 13).min(words.len())).any(|i| {
                        word(i) == "to" && matches!(word(i + 1), "leave" | "depart" | "quit")
                    }))
                && let Some(states) = group_after(groups, words, of + 1)
                    .map(|g| g.entities.clone())
                    .or_else(|| {
                        let at = if word(of + 1) == "the" {
                            of + 2
                        } else {
                            of + 1
                        };
                        mentions
                            .iter()
                            .find(|m| {
                                m.tok_start == at
                                    && matches!(
                                        word(m.tok_end),
                                        "embassy" | "mission" | "consulate"
                                    )
                            })
                            .map(|m| vec![m.entity])
                    })
            {
                let states: Vec<usize> = states
                    .into_iter()
                    .filter(|&e| doc.entities[e].kind == EntityKind::Country)
                    .collect();
                let pair = (agent.entities.as_slice(), states.as_slice());
                let verb = if ordered { "expelled" } else { word(v) };
                push_pairs(
                    doc,
                    RelationKind::Opposition,
                    index,
                    pair,
                    &format!("{verb} the envoy"),
                    0.85,
                    out,
                );
            }
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
            && unwelcome.is_none_or(|p| p <= n)
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
pub(super) static LISTING_VERBS: WordList = WordList::new(&WORDS, "listing_verbs");

/// "The EU added Wagner to its sanctions list", "Washington placed Huawei on
/// its entity list": listing is sanctioning.
pub(super) fn listed(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 1..words.len() {
        if BANNING_VERBS.contains(&word(v)) {
            listed_as_banned(doc, index, groups, words, v, out);
            continue;
        }
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

/// Verbs that put a group on a list of banned ones: "list the PKK as a
/// banned organisation", "proscribed Hamas as a terrorist group".
pub(super) static BANNING_VERBS: WordList = WordList::new(&WORDS, "banning_verbs");

/// Words after "as a" that make the list one of banned groups.
pub(super) static BANNED_KINDS: WordList = WordList::new(&WORDS, "banned_kinds");

/// "Baghdad decided to list the Kurdistan Workers' Party (PKK) as a banned
/// organisation", "Canada listed the Proud Boys as a terrorist entity": a
/// ban of the groups named between the verb and "as".
fn listed_as_banned(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    v: usize,
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    let Some(agent) = clause_subject(groups, words, v) else {
        return;
    };
    let Some(as_at) = (v + 1..(v + 14).min(words.len()))
        .take_while(|&i| !breaks_at(words, i) || word(i) == "as")
        .find(|&i| word(i) == "as")
    else {
        return;
    };
    let mut k = as_at + 1;
    if matches!(word(k), "a" | "an") {
        k += 1;
    }
    if !BANNED_KINDS.contains(&word(k)) {
        return;
    }
    let rule = format!("{} as {}", word(v), word(k));
    for banned in groups
        .iter()
        .filter(|g| g.tok_start > v && g.tok_end <= as_at)
    {
        let pair = (agent.entities.as_slice(), banned.entities.as_slice());
        push_pairs(doc, RelationKind::Sanctions, index, pair, &rule, 0.85, out);
    }
}

/// The words of worsening ties that [`soured_ties`] reads.
pub(super) static SOURED: WordList = WordList::new(&WORDS, "soured");

/// Verbs of lowering ties that [`lowered_ties`] reads.
pub(super) static LOWERED: WordList = WordList::new(&WORDS, "lowered");

/// Verbs that close a border or stop a flow: "closed", "shut", "halted".
pub(super) static CLOSURES: WordList = WordList::new(&WORDS, "closures");

/// What a state closes or stops to punish another: its airspace, its border
/// crossings, imports, sales.
pub(super) static BARRIERS: WordList = WordList::new(&WORDS, "barriers");

/// Aid a state cuts ("paused NZ$18.2 million in budget support to").
pub(super) static AID_NOUNS: WordList = WordList::new(&WORDS, "aid_nouns");

/// "Algeria closed its airspace to all aircraft flying to or from Mali",
/// "Thailand shut most land crossings to Cambodian traffic", "Cambodia
/// banned imports of Thai fruit", "Colombia has suspended electricity sales
/// to Ecuador": a ban, which the ontology counts as sanctions, on the first
/// other state named after the verb, by the state that is its subject. Aid
/// cut the same way ("New Zealand has paused NZ$18.2 million in budget
/// support to the Cook Islands") is opposition, the ontology's ruling.
pub(super) fn closed_to(
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
        // What is closed, or the aid cut: within seven words of the verb,
        // past a list of plain words ("shut every land, sea and air crossing").
        let Some(barrier) = (v + 1..(v + 8).min(words.len()))
            .take_while(|&i| {
                (word(i) != "," || word(i + 1).chars().all(|c| c.is_ascii_lowercase()))
                    && (!breaks_at(words, i) || matches!(word(i), "and" | "or"))
            })
            .find(|&i| BARRIERS.contains(&word(i)) || AID_NOUNS.contains(&word(i)))
        else {
            continue;
        };
        // The clause after the verb, to a comma or a break past the barrier.
        let end = (barrier + 1..(v + 16).min(words.len()))
            .find(|&i| word(i) == "," || breaks_at(words, i))
            .unwrap_or_else(|| (v + 16).min(words.len()));
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
pub(super) static LOWERING_AUXILIARIES: WordList = WordList::new(&WORDS, "lowering_auxiliaries");

/// "Latvia downgraded its diplomatic relations with Russia", "Moscow was
/// reducing relations with Estonia": the state that lowers its ties opposes
/// the other (the verb at `v`).
pub(super) fn lowered_ties(
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

pub(super) fn soured_ties(
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
                // ("relations between the two giants": a reference's article.)
                let lead = if g.reference && g.lead >= 1 && word(g.lead - 1) == "the" {
                    g.lead - 1
                } else {
                    g.lead
                };
                let head_before = lead >= 2
                    && word(lead - 1) == "between"
                    && matches!(
                        word(lead - 2),
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
                                | "stayed"
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
