//! Stances: support, opposition and partnership a party takes up.
//!
//! Backing named in a fronted phrase ("Backed by Russia, Serbia ..."), help
//! sought and given ("turned to Russia for security assistance", "fighting
//! alongside Malian troops"), pressing a party to stop ("called on Russia to
//! withdraw"), calling another a partner or a foe ("described Chile as a
//! strategic partner"), pacts between two parties ("the treaty signed in
//! May between X and Y"), and accords named earlier then welcomed or
//! rejected ("both rejected the memorandum"). The generic cue rule reads
//! these as relations of the wrong kind or between the wrong names.

use super::arguments::{
    breaks_at, clause_subject, group_after, is_function_word, nearest_left, possessive_pronoun,
    subject_past_aside, subject_position, word_at, word_in_clause,
};
use super::emit::{push_pair, push_pairs};
use super::lists::{NOT_ASSERTED_SET, PACTS_SET};
use super::{Group, Relation, WORDS};
use crate::entity::{DocEntities, Mention};
use crate::lexicon::WordList;
use crate::ontology::{EntityKind, RelationKind};

/// "With the support of France, Chad launched ...", "Backed by Russia,
/// Serbia rejected ...": a backer named in a fronted phrase supports the
/// subject after the comma.
pub(super) fn fronted_backing(
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

/// Verbs of seeking help that [`turned_to_and_alongside`] reads.
pub(super) static TURN_VERBS: WordList = WordList::new(&WORDS, "turn_verbs");

/// The word of fighting side by side that [`turned_to_and_alongside`] reads.
pub(super) static ALONGSIDE: WordList = WordList::new(&WORDS, "alongside");

/// Verbs of receiving, read by [`turned_to_and_alongside`]: "received F-16
/// jets from Denmark".
pub(super) static RECEIVE_VERBS: WordList = WordList::new(&WORDS, "receive_verbs");

/// What a state receives from a backer: arms and aid ("received F-16 jets
/// from Denmark", "secured a loan from the IMF").
pub(super) static RECEIVED_HELP: WordList = WordList::new(&WORDS, "received_help");

/// Help sought and given: "The juntas have turned to Russia for security
/// assistance" (Russia supports them), "Wagner fighters are fighting
/// alongside Malian troops" (the fighters support Mali).
pub(super) fn turned_to_and_alongside(
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
        } else if RECEIVE_VERBS.contains(&w) {
            // "Kyiv received F-16 jets from Denmark": the giver backs the
            // receiver when what is given is arms or aid.
            let Some(from) = word_in_clause(words, v + 1, 7, "from") else {
                continue;
            };
            if !(v + 1..from).any(|i| RECEIVED_HELP.contains(&word(i)))
                || (v + 1..from).any(|i| groups.iter().any(|g| g.tok_start <= i && i < g.tok_end))
            {
                continue;
            }
            // ("from its main creditors": the owner gives nothing.)
            let Some(giver) =
                group_after(groups, words, from + 1).filter(|g| !possessive_pronoun(g, words))
            else {
                continue;
            };
            let Some(receiver) = subject_past_aside(groups, words, v) else {
                continue;
            };
            push_pairs(
                doc,
                RelationKind::Support,
                index,
                (&giver.entities, &receiver.entities),
                "received help from",
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
pub(super) static URGE_VERBS: WordList = WordList::new(&WORDS, "urge_verbs");

/// Verbs of ending or undoing an act, read by [`urged_to_stop`].
pub(super) static CESSATION_VERBS: WordList = WordList::new(&WORDS, "cessation_verbs");

/// "a resolution urging the United States to lift the embargo", "called on
/// Russia to withdraw its troops", "demanded that Israel halt": pressing a
/// party to stop or undo what it does opposes that party (CAMEO's demands).
pub(super) fn urged_to_stop(
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
pub(super) static CALLING_VERBS: WordList = WordList::new(&WORDS, "calling_verbs");

/// Names a friend is called by: "a strategic partner", "a time-tested friend".
pub(super) static FRIEND_NAMES: WordList = WordList::new(&WORDS, "friend_names");

/// Names a foe is called by: "a terrorist state", "the most serious threat".
pub(super) static FOE_NAMES: WordList = WordList::new(&WORDS, "foe_names");

/// "Milei described Chile as a strategic partner", "Modi called Russia a
/// time-tested friend" (partners); "Erdogan called Israel a terrorist
/// state", "the strategy labels China the most serious threat" (the subject
/// opposes the one it names so). The name is the head noun of a short noun
/// phrase right after the object, "as" between or not.
pub(super) fn called_x_a(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    demonyms: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 1..words.len() {
        let calling = CALLING_VERBS.contains(&word(v));
        if !calling && !DISMISSING_VERBS.contains(&word(v)) {
            continue;
        }
        // ("Milei, who has clashed with Boric, described")
        let Some(subject) = subject_past_aside(groups, words, v) else {
            continue;
        };
        if (subject.tok_end..v).any(|i| NOT_ASSERTED_SET.contains(word(i))) {
            continue;
        }
        if let Some(owner) = owner_of_a_censured_act(groups, demonyms, words, v)
            && owner.entities != subject.entities
        {
            push_pairs(
                doc,
                RelationKind::Opposition,
                index,
                (&subject.entities, &owner.entities),
                "called X's act a wrong",
                0.7,
                out,
            );
            continue;
        }
        if !calling {
            continue;
        }
        // ("Putin called on NATO", "called for", "called it": other verbs.)
        let Some(named) = groups.iter().find(|g| g.lead == v + 1 && !g.reference) else {
            continue;
        };
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

/// Verbs that wave away another's act: "dismissed the offer as bullying".
pub(super) static DISMISSING_VERBS: WordList = WordList::new(&WORDS, "dismissing_verbs");

/// What a wrong act is called: "excessive", "a sham", "theft".
static CENSURES: WordList = WordList::new(&WORDS, "censures");

/// "called Peru's decision excessive", "called the Venezuelan referendum a
/// sham", "dismissed the American offer as bullying": the verb at `v` names
/// an act that a party owns (a possessor or an adjective before the noun)
/// and calls it a wrong; the owner is the one opposed. Speakers rarely name
/// the party itself in such a sentence, and the owner is the only party
/// there.
fn owner_of_a_censured_act<'g>(
    groups: &'g [Group],
    demonyms: &'g [Group],
    words: &[&str],
    v: usize,
) -> Option<&'g Group> {
    let word = |i: usize| word_at(words, i);
    let plain = |w: &str| {
        w.chars().all(|c| c.is_ascii_lowercase()) && !is_function_word(w) && !CENSURES.contains(&w)
    };
    let mut k = v + 1;
    if matches!(
        word(k),
        "the" | "a" | "an" | "this" | "these" | "that" | "those"
    ) {
        k += 1;
    }
    // ("the latest American measures")
    let named_at = |k: usize| groups.iter().chain(demonyms).find(|g| g.lead == k);
    while k < v + 4 && plain(word(k)) && named_at(k).is_none() {
        k += 1;
    }
    // ("the Venezuelan referendum": a demonym that is no argument elsewhere.)
    let owner = named_at(k)?;
    let mut head = owner.tok_end;
    if matches!(word(head), "'s" | "’s") {
        head += 1;
    }
    // The act: one to three plain words ("decision", "new tariff regime").
    let act_end = (head..head + 3).take_while(|&i| plain(word(i))).last()? + 1;
    let mut k = act_end;
    if word(k) == "as" {
        k += 1;
    }
    // The wrong, within a few words: "a sham", "\"unfair pressure\"",
    // "excessive and disproportionate".
    (k..k + 4)
        .take_while(|&i| {
            let w = word(i);
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '"' | '“' | '”' | '\'' | '-'))
                && !w.is_empty()
        })
        .any(|i| CENSURES.contains(&word(i)))
        .then_some(owner)
}

/// Agreements between parties: "treaty", "ceasefire", "framework".
pub(super) static PACTS: WordList = WordList::new(&WORDS, "pacts");

/// Verbs that make an agreement: "signed", "agreed", "brokered".
pub(super) static PACT_MAKING: WordList = WordList::new(&WORDS, "pact_making");

/// "the treaty signed on 22 May between Mauritius and the United Kingdom",
/// "the ceasefire that Malaysia brokered between Bangkok and Phnom Penh", "the
/// agreement signed by X and Y in June, brokered by the United States", "the
/// framework agreed in Doha between Kinshasa and the M23 under Qatari
/// mediation": the parties are partners; a mediated pact is also a meeting
/// of the parties, and the mediator meets each of them (the ontology's
/// ruling on mediated meetings).
pub(super) fn pact_between(
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

/// Nouns of an accord that a welcome may refer back to: "welcomed the
/// breakthrough".
pub(super) static WELCOMED_ACCORDS: WordList = WordList::new(&WORDS, "welcomed_accords");

/// The parties of the accord that "welcomed the agreement" (the verb at `v`)
/// refers back to: the accord is named with no party of its own ("the
/// agreement", "the historic peace deal"; not "the agreement with Iran"), and
/// its parties are those of the latest accord found in the twelve sentences
/// before `index`.
pub(super) fn accord_named_before(
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

/// Verbs of a stance against an accord: "both rejected the memorandum".
pub(super) static ACCORD_REJECTIONS: WordList = WordList::new(&WORDS, "accord_rejections");

/// "The Arab League and the OIC both rejected the memorandum", "Iran
/// condemned the deal": a stance against an accord named before, without its
/// parties, opposes the parties (see [`accord_named_before`]).
pub(super) fn rejected_accord(
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

/// "Joint Declaration of the Republic of Albania, the Republic of Croatia
/// and the Republic of Kosovo on ...": the parties that issue a statement
/// together act as partners. The resolver reads the issuers off the title
/// ([`DocEntities::joint_issuers`]); the evidence is the title.
pub(super) fn joint_statement(doc: &DocEntities, index: usize, out: &mut Vec<Relation>) {
    if index != 0 {
        return;
    }
    let issuers = &doc.joint_issuers;
    for (k, &a) in issuers.iter().enumerate() {
        for &b in &issuers[k + 1..] {
            push_pair(
                doc,
                RelationKind::Partnership,
                index,
                (a, b),
                "joint statement",
                0.75,
                out,
            );
        }
    }
}

/// Words that hold to a principle: "adherence", "committed", "upholds".
static ADHERENCE: WordList = WordList::new(&WORDS, "adherence");

/// "Kazakhstan reaffirmed its firm adherence to the one-China principle",
/// "the Central Asian States uphold the one-China policy": holding to
/// Beijing's claim is support for China (the generic rule finds no name
/// after "adherence to the", only one inside a compound).
pub(super) fn one_china(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for china in groups {
        if china.tok_start < 2
            || word(china.tok_start - 1) != "-"
            || word(china.tok_start - 2) != "one"
            || !matches!(word(china.tok_end), "principle" | "policy")
        {
            continue;
        }
        let phrase = china.tok_start - 2;
        let Some(backer) = groups.iter().find(|g| {
            g.tok_end <= phrase && g.entities != china.entities && subject_position(g, words)
        }) else {
            continue;
        };
        let between = backer.tok_end..phrase;
        if !between.clone().any(|i| ADHERENCE.contains(&word(i)))
            || between
                .clone()
                .any(|i| NOT_ASSERTED_SET.contains(word(i)) || breaks_at(words, i))
        {
            continue;
        }
        push_pairs(
            doc,
            RelationKind::Support,
            index,
            (&backer.entities, &china.entities),
            "holds to the one-China principle",
            0.8,
            out,
        );
    }
}

/// "Muizzu signed 20 agreements during a state visit to Beijing", "signed a
/// trade deal during his visit to China": pacts signed on a visit are made
/// with the host.
pub(super) fn signed_on_a_visit(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 1..words.len() {
        if !PACT_MAKING.contains(&word(v)) {
            continue;
        }
        // The pact right after the verb: "signed 20 agreements", "signed a
        // trade deal", "signed five memoranda of understanding".
        let Some(pact) = (v + 1..(v + 5).min(words.len())).find(|&i| PACTS.contains(&word(i)))
        else {
            continue;
        };
        // Then the visit: "during a state visit to", "on his visit to".
        let Some(to) = (pact + 1..(pact + 8).min(words.len())).find(|&i| {
            word(i) == "to" && matches!(word(i - 1), "visit" | "trip") && {
                let opener = (pact + 1..i).find(|&k| matches!(word(k), "during" | "on"));
                opener.is_some_and(|k| {
                    (k + 1..i - 1).all(|m| {
                        let w = word(m);
                        w.chars().all(|c| c.is_ascii_lowercase()) && !breaks_at(words, m)
                    })
                })
            }
        }) else {
            continue;
        };
        let Some(host) = group_after(groups, words, to + 1).filter(|g| g.lead == to + 1) else {
            continue;
        };
        let Some(visitor) = clause_subject(groups, words, v) else {
            continue;
        };
        if visitor.entities.len() != 1
            || visitor.entities == host.entities
            || (visitor.tok_end..v).any(|i| NOT_ASSERTED_SET.contains(word(i)))
        {
            continue;
        }
        push_pairs(
            doc,
            RelationKind::Partnership,
            index,
            (&visitor.entities, &host.entities),
            "signed pacts on a visit",
            0.7,
            out,
        );
    }
}
