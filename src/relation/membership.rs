//! Membership, affiliation and leadership constructions.
//!
//! Rules for who belongs to an organization or leads one, written for the
//! sentence shapes the generic cue rule reads wrongly: members named after
//! a cue ("The Quad brings together Australia, India, ...", "BRICS, which
//! now includes Egypt"), in brackets or dashes after a body ("the Quad (the
//! US, India, Japan and Australia)"), alongside its members, in a fronted
//! role ("As NATO members, Finland and Sweden ...") or after a body's name
//! ("NATO ally Greece"); "fellow members", presidencies and chairs held by a
//! state; and leaders named by their function ("the RSF, commanded by ...").
//! [`gathered_rule`] ("The summit brought together X, Y and Z") lives here
//! because it is the event reading of [`members_after_rule`]'s cue.

use super::arguments::{
    before_determiners, breaks_at, clause_subject, group_after, subject_before, subject_position,
    word_at,
};
use super::emit::{push_pair, push_pairs};
use super::{BE_FORMS, BODY_NOUNS, Group, Relation, WORDS};
use crate::entity::DocEntities;
use crate::lexicon::WordList;
use crate::mention::token::number_word;
use crate::ontology::{EntityKind, RelationKind};

/// "The Quad brings together Australia, India, Japan and the United States",
/// "BRICS, which now includes Egypt": an organization right before the cue
/// (as subject or through "which"), states right after it.
pub(super) fn members_after_rule(
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
                // ("The Three Brotherhood Alliance – made up of ...")
                | "–" | "—"
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
    // ("the Islamic Resistance in Iraq, an umbrella of militias that
    // includes": the kind of body, then what it gathers.)
    let names_a_body = |w: &str| {
        matches!(
            w,
            "framework"
                | "pact"
                | "initiative"
                | "coalition"
                | "partnership"
                | "arrangement"
                | "umbrella"
        ) || BODY_NOUNS.contains(&w)
    };
    if k >= 3 {
        let mut j = k;
        // (The body noun may already be passed: "BRICS, a bloc that includes".)
        let mut body_named = k < cs && names_a_body(word(k));
        while j > 0
            && k - j < 5
            && word(j - 1).chars().all(char::is_alphabetic)
            && !matches!(word(j - 1), "a" | "an")
        {
            body_named |= names_a_body(word(j - 1));
            j -= 1;
        }
        if body_named && j >= 2 && matches!(word(j - 1), "a" | "an") && word(j - 2) == "," {
            k = j - 2;
        }
    }
    let organization = groups
        .iter()
        .find(|g| g.tok_end == k && g.organization && g.entities.len() == 1)?;
    let members = groups
        .iter()
        .find(|g| g.tok_start >= ce && g.lead <= ce + 1)?;
    // ("an umbrella of militias that includes Kata'ib Hizballah": bodies
    // may be members too.)
    let states = members.entities.iter().all(|&e| {
        doc.entities[e].kind == EntityKind::Country
            || doc.entities[e].kind == EntityKind::Organization
                && !organization.entities.contains(&e)
    });
    states.then(|| {
        (
            Some(members.clone()),
            Some(organization.clone()),
            "members after",
        )
    })
}

/// The rule name of [`gathered_rule`], whose participants meet their host too.
pub(super) const GATHERED: &str = "brought together";

/// "The summit brought together Tokayev, Mirziyoyev and Rahmon": an event (not
/// an organization, which `members_after_rule` reads as a body with members)
/// gathers the persons or states named after the cue, who meet one another.
pub(super) fn gathered_rule(
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
pub(super) fn fronted_membership(
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
pub(super) fn org_prefix_rule(
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
    // "the five member states of the Commission - the Comoros, Madagascar,
    // ...": the body after "of", then the list after a dash or colon.
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
        // ("members, including the United Kingdom": an article before the name.)
        let to = if to > from && words[to - 1] == "the" {
            to - 1
        } else {
            to
        };
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
pub(super) fn member_complement(words: &[&str], from: usize, to: usize) -> bool {
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

/// "The Group of Seven (G7) — Britain, Canada, ... and the United States —",
/// "the Quad (the US, India, Japan and Australia)": states listed between
/// dashes or in brackets right after a body are its members.
pub(super) fn members_in_brackets(
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
pub(super) fn members_alongside(
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
    // "Armenia is still one of the six member states, together with Russia,
    // Belarus and Kazakhstan": states named alongside a member noun belong
    // to the bodies this sentence's members belong to (named here or before).
    for at in 1..words.len() {
        let noun = if word(at - 1) == "," {
            at.wrapping_sub(2)
        } else {
            at - 1
        };
        if !matches!(word(noun), "member" | "members" | "states") {
            continue;
        }
        let from = match (word(at), word(at + 1)) {
            ("along" | "together", "with") => at + 2,
            ("alongside", _) => at + 1,
            _ => continue,
        };
        let Some(next) = group_after(groups, words, from) else {
            continue;
        };
        if !next
            .entities
            .iter()
            .all(|&e| doc.entities[e].kind == EntityKind::Country)
        {
            continue;
        }
        let mut bodies: Vec<usize> = out[found - this_sentence..found]
            .iter()
            .filter(|r| {
                r.relation == RelationKind::Membership && !next.entities.contains(&r.source)
            })
            .map(|r| r.target)
            .collect();
        bodies.sort_unstable();
        bodies.dedup();
        push_pairs(
            doc,
            RelationKind::Membership,
            index,
            (&next.entities, &bodies),
            "members named alongside",
            0.8,
            out,
        );
    }
}

/// The offices of a body's presidency that [`held_presidency`] reads.
pub(super) static PRESIDENCIES: WordList = WordList::new(&WORDS, "presidencies");

/// The word of [`fellow_members`].
pub(super) static FELLOW: WordList = WordList::new(&WORDS, "fellow");

/// "Niger, following Mali and Burkina Faso, its partners in the Alliance of
/// Sahel States": the partners named and their owner are members of the
/// body, and the owner's partners.
pub(super) fn partners_in_a_body(
    doc: &DocEntities,
    index: usize,
    groups: &[Group],
    words: &[&str],
    out: &mut Vec<Relation>,
) {
    let word = |i: usize| word_at(words, i);
    for v in 3..words.len() {
        if !PARTNERS_IN.contains(&word(v))
            || !matches!(word(v - 1), "its" | "their")
            || word(v - 2) != ","
            || word(v + 1) != "in"
        {
            continue;
        }
        let Some(body) =
            group_after(groups, words, v + 2).filter(|b| b.organization && b.entities.len() == 1)
        else {
            continue;
        };
        let Some(partners) = groups.iter().find(|g| g.tok_end == v - 2 && !g.reference) else {
            continue;
        };
        let owner =
            clause_subject(groups, words, partners.lead).filter(|o| o.tok_end <= partners.lead);
        for &member in partners
            .entities
            .iter()
            .chain(owner.iter().flat_map(|o| o.entities.iter()))
        {
            if doc.entities[member].kind != EntityKind::Country {
                continue;
            }
            push_pair(
                doc,
                RelationKind::Membership,
                index,
                (member, body.entities[0]),
                "partners in a body",
                0.8,
                out,
            );
        }
        if let Some(owner) = owner {
            let pair = (owner.entities.as_slice(), partners.entities.as_slice());
            push_pairs(
                doc,
                RelationKind::Partnership,
                index,
                pair,
                "partners in a body",
                0.75,
                out,
            );
        }
    }
}

/// Words for a state's partners in a body ("its partners in the alliance").
pub(super) static PARTNERS_IN: WordList = WordList::new(&WORDS, "partners_in");

/// Who speaks of "fellow members" of a body is one: "Ali thanked fellow
/// members of the Caribbean Community" (a person's state is the member),
/// "Poland urged its fellow NATO members".
pub(super) fn fellow_members(
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
pub(super) fn held_presidency(
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

/// "Chairing an organization implies membership" (the ontology), and a
/// leader's chair is their state's: "Nigerian President Bola Tinubu, the
/// current ECOWAS chairman" makes Nigeria a member of ECOWAS. Only an
/// international body counts (a senator chairing a Senate committee does not
/// make the state a member of it).
pub(super) fn chairs_states(text: &str, doc: &DocEntities, out: &mut Vec<Relation>) {
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
pub(super) static TAKES_OFFICE: WordList = WordList::new(&WORDS, "takes_office");

/// The verbs of [`leadership`]: "X, led by Y".
pub(super) static LED: WordList = WordList::new(&WORDS, "led");

/// The verbs of [`leadership`]: "Y, who heads X".
pub(super) static LEADS: WordList = WordList::new(&WORDS, "leads");

/// Leaders named by their function rather than a title: "the RSF, commanded
/// by Mohamed Hamdan Dagalo", "Burhan, who heads Sudan's Sovereignty Council".
pub(super) fn leadership(
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
        // "X, led by (General) Y"; "Cartel de los Soles, a Venezuela-based
        // criminal group headed by Y": the name the apposition describes.
        if LED.contains(&word(i)) && word(i + 1) == "by" {
            let led = if word(i - 1) == "," {
                groups
                    .iter()
                    .find(|g| g.tok_end + 1 == i)
                    .filter(|g| body(g))
            } else {
                (i.saturating_sub(8)..i)
                    .rev()
                    .take_while(|&k| !breaks_at(words, k))
                    .find(|&k| word(k) == ",")
                    .filter(|&k| matches!(word(k + 1), "a" | "an"))
                    .and_then(|k| {
                        groups
                            .iter()
                            .find(|g| g.tok_end == k)
                            .filter(|g| body(g) && g.entities.len() == 1)
                    })
            };
            // ("led by former prime minister Sher Bahadur Deuba": a title in
            // lower case may come first.)
            let leader = groups
                .iter()
                .find(|g| {
                    g.tok_start > i + 1
                        && (g.tok_start <= i + 4
                            || g.tok_start <= i + 6
                                && (i + 2..g.tok_start).all(|k| {
                                    words[k].chars().all(char::is_alphabetic)
                                        && !matches!(words[k], "and" | "or")
                                        && !breaks_at(words, k)
                                }))
                })
                .filter(|g| person(g));
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

/// "the five member states of the Commission - the Comoros, Madagascar, ...":
/// the body after "of", then its members listed after a dash or colon (the
/// list may have joined the body's group: a dash joins "EU-China" too).
pub(super) fn members_listed_after_body(
    groups: &[Group],
    words: &[&str],
    doc: &DocEntities,
    cs: usize,
    ce: usize,
) -> Option<(Option<Group>, Option<Group>, &'static str)> {
    let word = |i: usize| word_at(words, i);
    if ce < cs + 2 || word(ce - 1) != "of" || !word(ce - 2).ends_with('s') {
        return None;
    }
    let opens = |w: &str| matches!(w, ":" | "-" | "–" | "—");
    let group = groups.iter().find(|g| {
        g.tok_start >= ce
            && g.lead <= ce + 1
            && (ce..g.lead).all(|i| word(i) == "the")
            && doc.entities[g.entities[0]].kind == EntityKind::Organization
    })?;
    if group.entities.len() >= 3
        && let Some(dash) = (group.tok_start..group.tok_end).find(|&i| opens(word(i)))
        && (dash..group.tok_end).any(|i| word(i) == ",")
    {
        let body = Group {
            tok_end: dash,
            entities: vec![group.entities[0]],
            organization: true,
            ..group.clone()
        };
        let members = Group {
            lead: dash + 1,
            tok_start: dash + 1,
            entities: group.entities[1..].to_vec(),
            organization: false,
            person: false,
            ..group.clone()
        };
        return Some((Some(members), Some(body), "members of the body, listed"));
    }
    let members = groups.iter().find(|g| {
        g.tok_start > group.tok_end
            && g.lead <= group.tok_end + 2
            && g.entities.len() >= 2
            && opens(word(group.tok_end))
            && (group.tok_end + 1..g.lead).all(|i| word(i) == "the")
    })?;
    (group.entities.len() == 1).then(|| {
        (
            Some(members.clone()),
            Some(group.clone()),
            "members of the body, listed",
        )
    })
}
