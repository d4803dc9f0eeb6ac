//! Meeting and visit constructions, and the joint statements they end in.
//!
//! Who met whom when the text names a host, a guest or a visit rather than
//! a plain "X met Y": hosts and inviters ("Oman hosted talks", "at the
//! invitation of President Trump"), visits ("is on a three-day visit", "is
//! in Washington for a two-day visit"), fronted meetings ("In a call with
//! his Japanese counterpart, Blinken ..."), guests welcomed ("welcomed Xi
//! to Paris"), talks hosted earlier, summits attended and hosted, and what
//! the parties of a meeting say together ("Kenya and Ethiopia agreed to
//! build", "Abiy thanked Kenya for its support"). The generic cue rule
//! would pair the wrong names or miss the guest.

use super::arguments::{
    breaks_at, group_after, is_break, is_function_word, possessive_pronoun, subject_before,
    subject_past_aside, subject_position, word_at, word_in_clause,
};
use super::emit::{push_pairs, push_within};
use super::lists::{NOT_ASSERTED_SET, TITLE_WORDS_SET};
use super::stance::accord_named_before;
use super::{BE_FORMS, Group, Relation, WORDS};
use crate::entity::{DocEntities, SentenceEntities};
use crate::lexicon::WordList;
use crate::ontology::{EntityKind, RelationKind};

/// Verbs that make their subject (or their "by" object) the host of talks.
pub(super) static HOST_VERBS: WordList = WordList::new(&WORDS, "host_verbs");

/// The host of talks whose cue starts at `cs` and whose participants end at
/// `end`: the subject of a host verb just before ("Oman hosted talks", "thanked
/// Iraq for hosting talks"), or the object of "hosted by" just after.
pub(super) fn host_of(groups: &[Group], words: &[&str], cs: usize, end: usize) -> Option<Group> {
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
pub(super) fn inviter_after(groups: &[Group], words: &[&str], ce: usize) -> Option<Group> {
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

/// Nouns of a journey to meet others.
pub(super) static VISIT_NOUNS: WordList = WordList::new(&WORDS, "visit_nouns");

/// Besides a visit, what [`in_place_for_a_visit`] reads one is in a place for.
pub(super) static VISIT_EVENTS: WordList = WordList::new(&WORDS, "visit_events");

/// Verbs of making a visit that [`on_a_visit`] reads: "paid a state visit",
/// "wrapped up a two-day visit", "embarked on a tour".
pub(super) static VISIT_MAKING: WordList = WordList::new(&WORDS, "visit_making");

/// Whether the words `from..to`, between a subject and a visit noun, say the
/// subject is on that visit: "is on a three-day", ", on a state", "was on
/// his first official", "during a two-day", "wrapped up a two-day state".
/// Modifiers may be many here, as no other participant can stand between.
pub(super) fn on_a_visit(words: &[&str], from: usize, to: usize) -> bool {
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
/// Beijing for talks", "Lula, in Beijing on a state visit,": a subject in a
/// place for a visit meets the place's state.
pub(super) fn in_place_for_a_visit(
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
        // Back over the visit's modifiers to "for" (or "on", for a visit:
        // "in Beijing on a state visit").
        let visit = VISIT_NOUNS.contains(&word(v));
        let before_visit = |w: &str| w == "for" || visit && w == "on";
        let mut k = v;
        while k > 0 && v - k < 5 && !before_visit(word(k - 1)) {
            let w = word(k - 1);
            let modifier = w == "-"
                || matches!(w, "a" | "an" | "his" | "her" | "their" | "its" | "the")
                || w.chars().all(char::is_alphanumeric) && !is_function_word(w);
            if !modifier {
                break;
            }
            k -= 1;
        }
        if k == 0 || !before_visit(word(k - 1)) {
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
            // "Lula, in Beijing on a state visit, praised": an apposition.
            let apposition = g.tok_end + 2 == at && word(g.tok_end) == ",";
            g.tok_end + 1 < at
                && at - g.tok_end <= 3
                && subject_position(g, words)
                && (apposition
                    || (g.tok_end..at - 1).all(|i| {
                        BE_FORMS.contains(&word(i))
                        // "Tokayev is due in Moscow"
                        || matches!(
                            word(i),
                            "has" | "have" | "had" | "currently" | "now" | "due" | "expected"
                        )
                    }) && (g.tok_end..at - 1).any(|i| BE_FORMS.contains(&word(i))))
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

/// A fronted meeting phrase names one side, the clause's subject the other:
/// "In a call with his Japanese counterpart Yoko Kamikawa, Blinken ...",
/// "During his visit to Tokyo, Albanese met ...".
pub(super) fn fronted_meeting(
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
pub(super) fn welcomed_to(words: &[&str], guest: &Group) -> bool {
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

/// "Prince Faisal and Musaed Al-Aiban hosted the session", "commend South
/// Africa for hosting the talks": talks named before (the last sentence,
/// within three, with a meeting) whose host is named here; the host meets
/// each of their participants.
pub(super) fn hosted_earlier_talks(
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

/// The words that [`attended_and_hosted`] looks for.
pub(super) static ATTEND_WORDS: WordList = WordList::new(&WORDS, "attend_words");

/// Words that may stand between "attended by" and the names of those who
/// came: "attended by the leaders of Uganda and Rwanda".
pub(super) static ATTENDEE_WORDS: WordList = WordList::new(&WORDS, "attendee_words");

/// A meeting with a host and its guests: "Tokayev hosted the summit, which
/// was also attended by Japarov and Rahmon" (the host meets each guest;
/// who met whom among the guests is left out, as the ontology makes those
/// pairs optional), and "Modi attended the summit hosted by Ramaphosa".
pub(super) fn attended_and_hosted(
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
pub(super) static WELCOME_VERBS: WordList = WordList::new(&WORDS, "welcome_verbs");

/// The forms of "discuss" that [`hosted_and_discussed`] reads.
pub(super) static DISCUSS_VERBS: WordList = WordList::new(&WORDS, "discuss_verbs");

/// Nouns of an act whose doer, or whose beneficiary, follows "of": "welcomed
/// the decision of the Council", "the appointment of Kamil Idris".
pub(super) static WELCOMED_ACTS: WordList = WordList::new(&WORDS, "welcomed_acts");

/// Meetings read from a verb and a later phrase: "Macron welcomed Xi to Paris"
/// (a host, not a supporter), "Blinken discussed the war in Sudan with Faisal
/// bin Farhan".
pub(super) fn hosted_and_discussed(
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
pub(super) static AGREE_VERBS: WordList = WordList::new(&WORDS, "agree_verbs");

/// The words of thanks that [`agreed_and_thanked`] reads.
pub(super) static THANKS_WORDS: WordList = WordList::new(&WORDS, "thanks_words");

/// Two rules of the joint statement: "Kenya and Ethiopia agreed on Monday to
/// build a pipeline" (partners), and "Abiy thanked Kenya for its support"
/// (Kenya supports the speaker).
pub(super) fn agreed_and_thanked(
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
                // "agreed on Monday to build", "agreed in Beijing on July 14 to
                // resume": short adjuncts may come first.
                let Some(to) = word_in_clause(words, v + 1, 7, "to") else {
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
                // ("for hosting Syrian refugees", "for hosting US troops": what
                // a state hosts for others is no meeting with them.)
                let hosted_for_others = (k + 2..(k + 6).min(words.len())).any(|i| {
                    matches!(
                        word(i),
                        "refugees"
                            | "migrants"
                            | "displaced"
                            | "asylum"
                            | "troops"
                            | "forces"
                            | "base"
                            | "bases"
                    )
                });
                let hosted = matches!(word(k + 1), "hosting" | "receiving" | "welcoming")
                    && !hosted_for_others
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
                // An official thanks for the support their state received: the
                // state is helped, not the person ("Sybiha thanked Japan for its
                // support": Japan supports Ukraine).
                let mut thanked = Vec::new();
                for &person in &subject.entities {
                    let states = doc.officials.iter().filter(|o| {
                        o.person == person && doc.entities[o.body].kind == EntityKind::Country
                    });
                    let before = thanked.len();
                    thanked.extend(states.map(|o| o.body));
                    if thanked.len() == before {
                        thanked.push(person);
                    }
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
