//! Step 4, resolve: one node per entity, whatever name the text uses.
//!
//! Works on a whole document, in two passes. The first pass reads every
//! sentence for names that define themselves: gazetteer forms, officials
//! after a title ("Iranian President Hassan Rouhani"), names before a speech
//! verb ("Jens Stoltenberg said"), organizations by head word ("Kyrgyz Foreign
//! Ministry") and acronyms defined in parentheses ("Syrian Democratic Forces
//! (SDF)"). The second pass resolves what only makes sense against those:
//! surnames ("Rouhani"), acronyms used later, bare titles ("the Foreign
//! Minister"), pronouns ("he") and references ("the two countries", "the
//! country", "the alliance").
//!
//! The result is a [`DocEntities`]: the entities of the document and, per
//! sentence, its tokens and mentions in order, ready for relation rules.

pub mod groups;

use crate::document::Document;
use crate::lexicon::{WordList, WordTable};
use crate::mention::NAME_WORDS;
use crate::mention::gazetteer::{EntityEntry, FormKind, Gazetteer, GazetteerMatch};
use crate::mention::key::{KeyClasses, WordKey};
use crate::mention::titles::{TitleEntry, TitleMatcher, first_word};
use crate::mention::token::{Token, TokenShape, lowercase, number_word, starts_upper, tokenize};
use crate::ontology::EntityKind;
use crate::relation::cues::{CueEntry, CuePattern};
use crate::sentence;
use crate::span::Span;
use groups::StateGroups;
use rustc_hash::{FxHashMap as HashMap, FxHashSet};
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::sync::LazyLock;

/// The compiled resources of this stage.
#[derive(Debug, Clone)]
pub struct Resolver {
    entries: Vec<EntityEntry>,
    gazetteer: Gazetteer,
    titles: Vec<TitleEntry>,
    /// What each title's role is, by index of `titles`: read for every
    /// title found, so worked out once from the role's words, not by
    /// substring searches per match.
    title_roles: Vec<RoleKind>,
    title_matcher: TitleMatcher,
    by_id: HashMap<String, usize>,
    /// First words of verb cues ("met", "signed"): a new name right before one is a person.
    action_verbs: FxHashSet<String>,
    /// The classes of the words the first pass's rules look for, by token
    /// key (bits of [`class`]).
    classes: KeyClasses,
    /// Named groups of states ("the Nordic countries").
    groups: StateGroups,
    /// Monarchs and popes of the persons table by the first name their
    /// reign goes by ("Charles" for "Charles III"), when one has it: "King
    /// Charles" and "Pope Leo" name them without the number.
    regnal: HashMap<String, usize>,
}

/// Classes of words that the first pass's rules and dictionaries look for,
/// as bits of one probe per token ([`KeyClasses`]): the first pass lists the
/// tokens of a sentence that have any, and each rule walks those of its
/// class, not every token (most sentences have a few). A bit says "maybe":
/// the rule still tests the word.
///
/// The first pass also leaves each token's classes on the token
/// ([`Token::classes`]), with two classes only the relation stage reads.
pub(crate) mod class {
    /// `NAME_WORDS.org_heads`: the organization rule.
    pub(super) const ORG_HEAD: u16 = 1;
    /// `NAME_WORDS.given_names`: names that start with a given name.
    pub(super) const GIVEN_NAME: u16 = 1 << 1;
    /// `NAME_WORDS.speech`, the action verbs and `HONORIFICS`: the speakers rule.
    pub(super) const SPEAKER: u16 = 1 << 2;
    /// `PERSON_NOUNS` and `ORG_HEADS`: names after a word for a kind of
    /// person or body.
    pub(super) const PERSON_NOUN: u16 = 1 << 3;
    /// `REFERENCE_WORDS`: references and pronouns.
    pub(super) const REFERENCE: u16 = 1 << 4;
    /// Quotation marks, which the reference rules follow.
    pub(super) const QUOTE: u16 = 1 << 5;
    /// `COMBINING_FORMS` ("Sino" of "Sino-American").
    pub(super) const COMBINING: u16 = 1 << 6;
    /// An opening bracket, before an acronym defined.
    pub(super) const OPEN_BRACKET: u16 = 1 << 7;
    /// The first words of the gazetteer's forms.
    pub(super) const GAZETTEER: u16 = 1 << 8;
    /// The first words of titles.
    pub(super) const TITLE: u16 = 1 << 9;
    /// The first words of the names of places (`PLACES`).
    pub(super) const PLACE: u16 = 1 << 10;
    /// No class of words: a token that is no plain word (letters joined by
    /// marks, or a mark when some gazetteer form starts with one), which the
    /// dictionary matchers look into whatever its key. The first pass sets
    /// it on its list of tokens, so that the matchers' starts are told by
    /// the bits alone. Marks do not get it otherwise: titles and places
    /// start at none, and most sentences' marks then stay off the list.
    pub(super) const NOT_WORD: u16 = 1 << 11;
    /// The relation stage's trigger words (`relation::triggers`).
    pub(crate) const TRIGGER: u16 = 1 << 12;
    /// The first words of relation cues.
    pub(crate) const CUE: u16 = 1 << 13;
    /// The indefinite articles (`ARTICLES`), after the comma of an apposition.
    pub(super) const ARTICLE: u16 = 1 << 14;
    /// "based" (`BASED`), after the hyphen of "Russia-based Zservers".
    pub(super) const BASED: u16 = 1 << 15;
    /// The classes the first pass's own rules look for.
    pub(super) const FIRST_PASS: u16 = !(TRIGGER | CUE);
}

/// What a title's role is, as the first pass reads it.
#[derive(Debug, Clone, Copy)]
struct RoleKind {
    /// Held in an organization ([`is_organization_role`]).
    organization: bool,
    /// Serves one state in another ([`is_foreign_posting`]).
    foreign_posting: bool,
}

impl RoleKind {
    fn of(role: &str) -> Self {
        Self {
            organization: is_organization_role(role),
            foreign_posting: is_foreign_posting(role),
        }
    }
}

/// The resolver's word lists, `words.tsv` next to this file.
static WORDS: LazyLock<WordTable> =
    LazyLock::new(|| WordTable::parse("entity/words.tsv", include_str!("words.tsv")));

/// Words for a kind of person: a name right after one is a person's
/// ("the oligarch Roman Abramovich", "the dissident Alexei Navalny").
static PERSON_NOUNS: WordList = WordList::new(&WORDS, "person_nouns");

/// Plain words that, in a line set in capitals, spell an acronym ("IS
/// ARMENIA LEAVING?").
static CAPITALS_WORDS: WordList = WordList::new(&WORDS, "capitals_words");

/// Verbs of speech after "Name of State" ("Kazuyuki Yamazaki of Japan said").
static SPEAKER_VERBS: WordList = WordList::new(&WORDS, "speaker_verbs");

/// Legal forms written before a firm's name: "JSC Integral", "OOO Sofit".
static LEGAL_FORMS: WordList = WordList::new(&WORDS, "legal_forms_before_names");

/// Plural words for people that a list of their names may follow: "three of
/// its representatives, Kim Se Un, Jo Kyong Hun and Myong Chol Min".
static PERSON_PLURALS: WordList = WordList::new(&WORDS, "person_plurals");

/// Head words by which a text names a body again once it has named it:
/// "the Community" (the Caribbean Community), "The Department rejects",
/// "The Authority condemns", "the Fund's board".
const BODY_HEADS: &[&str] = &[
    "Community",
    "Union",
    "Commission",
    "Department",
    "Authority",
    "Fund",
    "Court",
    "Assembly",
    "Agency",
    "Ministry",
    "Secretariat",
    "Conference",
];

/// Capitalized plurals of roles, which are no part of a person's name ("Forum
/// Leaders met", "the ASEAN Foreign Ministers' Retreat") but may be of a
/// body's ("the Council of Foreign Ministers").
static ROLE_PLURALS: WordList = WordList::new(&WORDS, "role_plurals");

/// Letters after a name: "The Hon Richard Marles MP, Deputy Prime Minister".
const POSTNOMINALS: &[&str] = &[
    "MP", "MHR", "MLA", "MEP", "MSP", "TD", "QC", "KC", "OBE", "CBE", "KBE", "MBE", "GCMG", "KCMG",
    "CMG",
];

/// Honorifics before a name: "Mr. Wang", "Dr Carla Barnett".
pub(crate) const HONORIFICS: &[&str] = &["Mr", "Mrs", "Ms", "Dr"];

/// Quotation marks: "we" inside a quotation is the speaker's.
const QUOTES: &[&str] = &["\"", "“", "”"];
/// The articles that open an apposition after a comma ("Evrazia, a
/// Moscow-based organisation"): the words of [`class::ARTICLE`].
const ARTICLES: &[&str] = &["a", "an"];
/// The word of [`class::BASED`]: the rule for "X-based" names walks the
/// tokens marked with it, not every token of the sentence.
const BASED: &[&str] = &["based"];

/// An entity of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocEntity {
    /// Stable id.
    pub id: String,
    /// Country, person or organization.
    pub kind: EntityKind,
    /// Canonical name.
    pub label: String,
    /// Surface forms seen in this document.
    pub aliases: BTreeSet<String>,
    /// How many times it was mentioned.
    pub mentions: usize,
    /// A person's role, from their title.
    pub role: Option<String>,
    /// The state a body belongs to ("Kenya's foreign ministry"): `None` for
    /// states, persons and international bodies, which is what tells the
    /// relation rules an alliance from a ministry.
    pub state: Option<usize>,
}

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionForm {
    /// A name or alias ("Iran", "NATO", "Hassan Rouhani", "Rouhani").
    Name,
    /// A demonym or adjective ("Iranian").
    Adjective,
    /// A capital or seat of power ("Tehran").
    Metonym,
    /// A pronoun, bare title or description resolved to an earlier entity.
    Reference,
}

/// One mention in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// First token (index into the sentence's tokens).
    pub tok_start: usize,
    /// One past the last token.
    pub tok_end: usize,
    /// Index into [`DocEntities::entities`].
    pub entity: usize,
    /// How it names the entity.
    pub form: MentionForm,
    /// False for mentions that cannot be a relation's participant: a name
    /// inside a longer name ("Russian" in "Russian Ministry of Internal
    /// Affairs"), a location modifier ("Nicaragua-based"), the body in an
    /// official's title ("Iranian" in "Iranian President Hassan Rouhani").
    pub argument: bool,
}

/// A person's title tying them to a state or organization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Official {
    /// The person (entity index).
    pub person: usize,
    /// The country or organization (entity index).
    pub body: usize,
    /// Sentence index of the evidence.
    pub sentence: usize,
    /// Whether the body was implied by another (a ministry's state) rather than named.
    pub implied: bool,
    /// Whether the title did not name the body, so it was presumed (the
    /// story's state): dropped when the text states the person's office
    /// elsewhere, even later ("Foreign Minister Wong visits Beijing" in the
    /// headline, "Australia's Minister for Foreign Affairs, Penny Wong" below).
    pub presumed: bool,
    /// Read from a state's possessive before a name with no title
    /// ("Chile's Gabriel Boric"), not from a title.
    pub possessive: bool,
}

/// One sentence with its tokens and mentions.
#[derive(Debug, Clone)]
pub struct SentenceEntities {
    /// Where it is in the document.
    pub span: Span,
    /// Tokens, with document offsets.
    pub tokens: Vec<Token>,
    /// Mentions in token order.
    pub mentions: Vec<Mention>,
    /// References to several states at once ("the two countries", "the
    /// Nordic countries"), for the rules that pair the states of a group.
    pub group_references: Vec<GroupReference>,
}

/// A reference to several states at once: its mentions share its span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GroupReference {
    /// First token.
    pub tok_start: usize,
    /// One past the last token.
    pub tok_end: usize,
    /// A named group ("the Nordic countries", "the Gulf states"): its states
    /// act side by side, never on each other; "the two countries" are a pair
    /// when nothing else is named with them.
    pub named: bool,
}

/// Everything this stage knows about one document.
#[derive(Debug, Clone)]
pub struct DocEntities {
    /// The entities, in order of first mention.
    pub entities: Vec<DocEntity>,
    /// The sentences.
    pub sentences: Vec<SentenceEntities>,
    /// Title links found.
    pub officials: Vec<Official>,
    /// The states and bodies a joint statement's title names as its issuers
    /// ("Joint Communiqué of the Governments of Brazil, Colombia and Mexico
    /// on ..."), as entity indices; empty for any other text.
    pub joint_issuers: Vec<usize>,
}

/// Record that `person` serves `body`, read in sentence `sentence` from
/// something other than a title (a bracket, a list after a colon or a plural
/// title, or a state's possessive, which is only presumed), unless the
/// person already holds an office.
fn add_untitled_office(
    officials: &mut Vec<Official>,
    person: usize,
    body: usize,
    sentence: usize,
    possessive: bool,
) {
    if officials.iter().any(|o| o.person == person) {
        return;
    }
    officials.push(Official {
        person,
        body,
        sentence,
        implied: false,
        presumed: possessive,
        possessive,
    });
}

/// A Malay, Burmese or Commonwealth honorific at token `j`, which is no part of the name
/// after it: "Dato' Seri Utama Haji Mohamad bin Haji Hasan", "Tan Sri
/// Muhyiddin Yassin", "U Aung Kyaw Moe" ("U" only before a name of two words
/// or more).
fn local_honorific<'t>(j: usize, tok: &impl Fn(usize) -> &'t str) -> bool {
    match tok(j) {
        "Dato" | "Datuk" | "Datin" | "Seri" | "Utama" | "Tun" | "Haji" | "Hajjah" | "Daw" => true,
        // The Commonwealth's "Hon. Jeremiah Manele", "the Rt Hon Christopher Luxon".
        "Hon" | "Honourable" | "Honorable" => starts_upper(tok(j + 1)) || tok(j + 1) == ".",
        "Rt" => matches!(tok(j + 1), "Hon" | "Honourable" | "."),
        "Tan" => tok(j + 1) == "Sri",
        "Sri" => j > 0 && tok(j - 1) == "Tan",
        "U" => starts_upper(tok(j + 1)) && starts_upper(tok(j + 2)),
        _ => false,
    }
}

/// A title-case headline: no closing stop, no year, and most longer words
/// capitalized ("Treasury Sanctions Nicaragua-Based Russian Institution").
/// A line with a year is a byline ("Briefing, European Parliamentary Research
/// Service, September 2024"), whose capitals are names. Names count, so "Ana
/// Lima met Paulo Reis in Lisbon" on a line of its own reads as a headline
/// too: the rule that asks then wants its names written again in the text.
fn is_title_case<'t>(sentence: &str, tokens: &[Token], tok: &impl Fn(usize) -> &'t str) -> bool {
    if sentence
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?', ':', ';', ','])
    {
        return false;
    }
    let (mut words, mut capitalized) = (0, 0);
    for i in 0..tokens.len() {
        let w = tok(i);
        if w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && matches!(w.as_bytes()[0], b'1' | b'2')
        {
            return false;
        }
        if w.len() > 3 && w.chars().all(char::is_alphabetic) {
            words += 1;
            capitalized += usize::from(starts_upper(w));
        }
    }
    words >= 4 && capitalized * 10 >= words * 8
}

/// A name the gazetteer lacks, read as an organization by the rule that found
/// it ("Evrazia, a Moscow-based NGO", "Russia-based Zservers"). A one-word
/// name is found again later as a defined acronym is ("The United States has
/// sanctioned Evrazia").
fn push_unknown_organization(
    text: &str,
    tokens: &[Token],
    span: std::ops::Range<usize>,
    work: &mut Work,
    candidates: &mut Vec<Candidate>,
    covered: &mut [bool],
) {
    let target = Target::Org {
        label: text[tokens[span.start].start..tokens[span.end - 1].end].to_string(),
        country: None,
    };
    if span.len() == 1 {
        let word = &tokens[span.start];
        work.acronyms
            .insert(text[word.start..word.end].to_string(), target.clone());
    }
    candidates.push(Candidate {
        tok_start: span.start,
        tok_end: span.end,
        target,
        form: MentionForm::Name,
        argument: true,
        priority: 2,
        ambiguous: false,
    });
    covered[span].iter_mut().for_each(|c| *c = true);
}

/// A candidate before resolution, in token indices of its sentence.

#[derive(Debug, Clone)]
struct Candidate {
    tok_start: usize,
    tok_end: usize,
    target: Target,
    form: MentionForm,
    argument: bool,
    priority: u8,
    /// A reading of an ambiguous gazetteer form, one of possibly several.
    ambiguous: bool,
}

impl Candidate {
    /// A person's name found by a name rule.
    fn person(tok_start: usize, tok_end: usize, name: impl Into<String>) -> Self {
        Self {
            tok_start,
            tok_end,
            target: Target::Person(name.into()),
            form: MentionForm::Name,
            argument: true,
            priority: 4,
            ambiguous: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Target {
    Entry(usize),
    Person(String),
    Org {
        label: String,
        country: Option<usize>,
    },
    /// Resolved later by the reference rules.
    Unresolved(RefKind),
    /// An entity of this document already resolved (index into its entities).
    Resolved(usize),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RefKind {
    Person,
    Country,
    TwoCountries,
    /// "the three countries", "all five states", "our four nations": the last
    /// that many states named.
    Countries(u8),
    /// "the Nordic countries": the members of a named group (index into the
    /// resolver's groups) that the text names.
    StateGroup(usize),
    /// "the two leaders", "the two ministers": the last two persons named.
    TwoPersons,
    /// "the organization": the latest international body.
    Organization,
    /// "the bloc": the body the text is about, of those named like a bloc.
    Bloc,
    /// A communiqué's "The Ministers", "Leaders welcomed": the body whose
    /// meeting it is, as for [`RefKind::Bloc`]; with no such body, the two
    /// states of a bilateral meeting.
    Delegations,
    /// "the alliance": the latest alliance named, else the latest international body.
    Alliance,
    /// "the group", "the militia": the organization the text is about so
    /// far, of any kind (an armed group, a company group).
    Group,
    /// "the Council": the latest council named, else the Council of the EU in a
    /// text that names the EU.
    Council,
    /// "his Government", "her country": the state of the one speaking here
    /// ("Sudan's representative ... his Government", "The Emirati delegate ...
    /// his country"), else the state the sentence or text is about.
    OwnState,
    /// "the Community", "the Union", "the Commission" (capitalized): the latest
    /// body named with that word in its name ("Caribbean Community").
    NamedBody(&'static str),
    Topic,
    /// "we", "our", "us" outside quotes: the government that publishes the text.
    Author,
    /// "The Government" in a government's press release: the state on its
    /// masthead line ("Press release, Ministry of the Interior, Helsinki").
    Publisher,
    /// "its": the subject of the sentence so far, else the topic.
    Its,
    /// A bare title ("the Foreign Minister"): index into the titles.
    Title(usize),
    /// A state's title with no name ("the Eritrean minister") after an
    /// official of that state with that title was named: the title (index
    /// into the titles) and the state (index into the entries).
    StateTitle {
        title: usize,
        state: usize,
    },
}

/// Words in the names of blocs ("Caribbean Community", "Group of Seven"):
/// "the bloc" is one of these, or a one-word name ("Mercosur", "BRICS"),
/// never an armed group or a company named in the same text.
static BLOC_WORDS: WordList = WordList::new(&WORDS, "bloc_words");

/// Lower-case words that describe a bloc in a reference to it: "the regional
/// bloc", "the trade bloc".
static BLOC_MODIFIERS: WordList = WordList::new(&WORDS, "bloc_modifiers");

/// Last words of company names: "the bloc" or "the organization" is never a
/// company ("West African Oil Pipeline Company").
static COMPANY_HEADS: WordList = WordList::new(&WORDS, "company_heads");

/// Words of the names of a state's own bodies: their officials serve the
/// state too, where an armed group's, a party's or a firm's do not.
static STATE_BODY_WORDS: WordList = WordList::new(&WORDS, "state_body_words");

/// Last words of the names of works and events ("... Transport Corridor",
/// "China International Import Expo"): a state inside one is part of the name.
static NAMED_WORK_HEADS: WordList = WordList::new(&WORDS, "named_work_heads");

/// Nouns that say an unknown name in an apposition is an organization:
/// "Evrazia, a Moscow-based non-governmental organisation".
static ORG_HEADS: WordList = WordList::new(&WORDS, "org_heads");

/// Nouns after which "from" and a capital name the government, not a place:
/// "condemnation from Seoul", "pressure from Washington" (but "flew from Seoul").
static FROM_GOVERNMENT: WordList = WordList::new(&WORDS, "from_government");

/// Combining forms of state adjectives, used before a hyphen ("Sino-Indian").
const COMBINING_FORMS: &[(&str, &str)] = &[
    ("Sino", "CHN"),
    ("Franco", "FRA"),
    ("Russo", "RUS"),
    ("Anglo", "GBR"),
    ("Indo", "IND"),
    ("Turco", "TUR"),
    ("Italo", "ITA"),
    ("Greco", "GRC"),
    ("Austro", "AUT"),
    ("Nippo", "JPN"),
    ("Luso", "PRT"),
    ("Hispano", "ESP"),
    ("Germano", "DEU"),
    ("Polono", "POL"),
];

/// Verbs of arrival: a capital after them and "in" is the state visited.
static ARRIVAL_VERBS: WordList = WordList::new(&WORDS, "arrival_verbs");

/// The words that start a reference in the first pass ("his", "the two
/// countries", "the bloc"): every first word of the reference rules'
/// `match` in `Resolver::first_pass` is here, so that the test of a word
/// against all their arms runs only for a word that may start one
/// ([`class::REFERENCE`]). A token's lower-case word is one of them only
/// when the token is ASCII (they are ASCII without a "k", and no other
/// character lowers to ASCII but the Kelvin sign, to "k"), and then the
/// token's key is the word's.
static REFERENCE_WORDS: WordList = WordList::new(&WORDS, "reference_words");

/// A person found with a title, before resolution.
#[derive(Debug, Clone)]
struct PendingOfficial {
    sentence: usize,
    person: String,
    role: String,
    body: Option<Target>,
    /// The body was not named with the title but presumed ("President Trump":
    /// the last body of a president, or the state the text speaks for).
    presumed: bool,
}

/// An entity's id from its name: lower-case letters and digits, a hyphen
/// for each run of other characters but apostrophes and periods.
/// The not-a-word class of a token of `shape`, from the packed classes of
/// [`Resolver::not_word_classes`]: what [`Resolver::token_classes`] adds to
/// its key's.
#[inline]
fn not_word_class(packed: u64, shape: TokenShape) -> u16 {
    (packed >> (16 * shape as u32)) as u16
}

fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        // ASCII (most names) without the Unicode tables.
        let alphanumeric = if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        if alphanumeric {
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            } else {
                out.extend(c.to_lowercase());
            }
        } else if !out.ends_with('-') && !out.is_empty() && c != '\'' && c != '’' && c != '.' {
            out.push('-');
        }
    }
    // (At most one hyphen ends it: none follows another.)
    if out.ends_with('-') {
        out.pop();
    }
    out
}

/// `surface` without its trailing possessives: `trim_end_matches("'s")`, then
/// `trim_end_matches("’s")`, without building a substring searcher for
/// every mention interned.
fn trim_possessive(mut surface: &str) -> &str {
    while let Some(rest) = surface.strip_suffix("'s") {
        surface = rest;
    }
    while let Some(rest) = surface.strip_suffix("’s") {
        surface = rest;
    }
    surface
}

/// Whether `word` is one character (`chars().count() == 1`, without counting
/// the characters of a long word).
fn one_char(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some() && chars.next().is_none()
}

fn all_caps(s: &str) -> bool {
    // ASCII words (most): the same test on bytes, in one pass.
    if s.is_ascii() {
        let mut letters = 0;
        for b in s.bytes() {
            if b.is_ascii_lowercase() {
                return false;
            }
            letters += usize::from(b.is_ascii_uppercase());
        }
        return letters >= 2;
    }
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && s.chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
}

impl Resolver {
    /// Compile the entity and title tables.
    pub fn new(entries: &[EntityEntry], titles: &[TitleEntry], cues: &[CueEntry]) -> Self {
        let by_id = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        Self::from_tables(entries.to_vec(), titles.to_vec(), cues, by_id)
    }

    /// [`Resolver::new`] on tables it may keep: `by_id` is the position of
    /// each id in `entries` (ids unique, as a [`crate::lexicon::Lexicon`]
    /// keeps them). Every run compiles the thousands of built-in rows, which
    /// are then neither copied nor their ids hashed a second time.
    pub(crate) fn from_tables(
        entries: Vec<EntityEntry>,
        titles: Vec<TitleEntry>,
        cues: &[CueEntry],
        by_id: HashMap<String, usize>,
    ) -> Self {
        let action_verbs = cues
            .iter()
            .filter(|c| c.pattern == CuePattern::Verb)
            .filter_map(|c| c.cue.split(' ').next())
            .map(str::to_string)
            .collect();
        let gazetteer = Gazetteer::new(&entries);
        let title_matcher = TitleMatcher::new(&titles);
        let classes = Self::word_classes(&action_verbs, &gazetteer, &title_matcher, cues);
        let regnal = regnal_names(&entries);
        Self {
            entries,
            gazetteer,
            title_roles: titles.iter().map(|t| RoleKind::of(&t.role)).collect(),
            titles,
            title_matcher,
            by_id,
            action_verbs,
            classes,
            regnal,
            groups: StateGroups::default(),
        }
    }

    /// Read references to the named groups of states in `rows` ("the Nordic
    /// countries"): [`Resolver::new`] knows none.
    pub fn with_groups(mut self, rows: &[groups::GroupEntry]) -> Self {
        self.groups = StateGroups::new(rows, &self.entries, &self.by_id);
        self
    }

    /// The table of [`class`] bits of the words the first pass looks for.
    fn word_classes(
        action_verbs: &FxHashSet<String>,
        gazetteer: &Gazetteer,
        titles: &TitleMatcher,
        cues: &[CueEntry],
    ) -> KeyClasses {
        let words = &*NAME_WORDS;
        let with = |list: &'static [&'static str], bits: u16| list.iter().map(move |w| (*w, bits));
        KeyClasses::new(
            words
                .org_heads
                .iter()
                .map(|w| (w, class::ORG_HEAD))
                .chain(words.given_names.iter().map(|w| (w, class::GIVEN_NAME)))
                .chain(words.speech.iter().map(|w| (w, class::SPEAKER)))
                .chain(with(HONORIFICS, class::SPEAKER))
                .chain(with(&PERSON_NOUNS, class::PERSON_NOUN))
                .chain(with(&PERSON_PLURALS, class::PERSON_NOUN))
                .chain(with(&LEGAL_FORMS, class::PERSON_NOUN))
                .chain(with(&ORG_HEADS, class::PERSON_NOUN))
                .chain(with(&REFERENCE_WORDS, class::REFERENCE))
                .chain(with(QUOTES, class::QUOTE))
                .chain(with(ARTICLES, class::ARTICLE))
                .chain(with(BASED, class::BASED))
                .chain(
                    COMBINING_FORMS
                        .iter()
                        .map(|&(form, _)| (form, class::COMBINING)),
                )
                .chain(with(&["("], class::OPEN_BRACKET))
                .chain(PLACES.first_words.iter().map(|w| (w, class::PLACE)))
                .chain(crate::relation::triggers::words().map(|w| (w, class::TRIGGER)))
                // As the cue matcher's trie reads its phrases' first words.
                .chain(
                    cues.iter()
                        .filter_map(|c| first_word(&c.cue))
                        .filter(|w| !w.is_empty())
                        .map(|w| (w, class::CUE)),
                )
                .map(|(w, bits)| (WordKey::of(w.as_bytes()), bits))
                .chain(
                    action_verbs
                        .iter()
                        .map(|w| (WordKey::of(w.as_bytes()), class::SPEAKER)),
                )
                .chain(
                    gazetteer
                        .first_keys()
                        .iter()
                        .map(|&k| (k, class::GAZETTEER)),
                )
                .chain(titles.first_keys().iter().map(|&k| (k, class::TITLE))),
        )
    }

    /// The [`class`] bits of token `t`: those of its key, and
    /// [`class::NOT_WORD`] for a joined token, and for a mark when
    /// [`Resolver::mark_class`] is [`class::NOT_WORD`]; `not_words` is
    /// [`Resolver::not_word_classes`].
    #[inline]
    fn token_classes(&self, t: &Token, not_words: u64) -> u16 {
        self.classes.get(t.key) | not_word_class(not_words, t.shape)
    }

    /// The not-a-word class of each [`TokenShape`] that
    /// [`Resolver::token_classes`] adds, packed sixteen bits a shape (in the
    /// order of the enum: word 0, mark, joined [`class::NOT_WORD`]) into one
    /// number, shifted by the shape for each token ([`not_word_class`]): the
    /// first pass's loop over every token keeps it in a register, where a
    /// table indexed by the shape was written to the stack at every token.
    fn not_word_classes(&self) -> u64 {
        u64::from(self.mark_class()) << 16 | u64::from(class::NOT_WORD) << 32
    }

    /// [`class::NOT_WORD`] if some gazetteer form starts with a mark (the
    /// only dictionary that looks at marks), else 0.
    fn mark_class(&self) -> u16 {
        if self.gazetteer.mark_may_start() {
            class::NOT_WORD
        } else {
            0
        }
    }

    /// Set the classes of `tokens` as the first pass does (for tests of the
    /// relation stage's gates, which read them).
    #[cfg(test)]
    pub(crate) fn classify(&self, tokens: &mut [Token]) {
        let not_words = self.not_word_classes();
        for t in tokens {
            t.classes = self.token_classes(t, not_words);
        }
    }

    /// Whether the tables know `name` as a whole: any form of an entity
    /// (a demonym such as "Americans" too, though it names people there) or
    /// a title ("Vice President"). The gap report leaves such names out.
    pub fn knows(&self, name: &str) -> bool {
        let whole = |start: usize, end: usize| start == 0 && end == name.len();
        self.gazetteer
            .find(name)
            .iter()
            .any(|m| whole(m.start, m.end))
            || self
                .title_matcher
                .find(name)
                .iter()
                .any(|t| whole(t.start, t.end))
    }

    /// The lexicon entry for an id.
    pub fn entry(&self, id: &str) -> Option<&EntityEntry> {
        self.by_id.get(id).map(|&i| &self.entries[i])
    }

    /// Resolve the entities of `doc`.
    pub fn resolve(&self, doc: &Document) -> DocEntities {
        let text = doc.text.as_str();
        let mut work = Work::default();
        let sentences = sentence::split(text);
        // One entry per sentence: room for all at once, not regrown as it fills.
        work.sentences.reserve(sentences.len());
        for (index, sentence) in sentences.into_iter().enumerate() {
            let mut tokens = tokenize(sentence.text, sentence.span.byte_start);
            let candidates = self.first_pass(text, &sentence, &mut tokens, index, &mut work);
            work.sentences.push((sentence.span, tokens, candidates));
        }
        self.second_pass(text, work)
    }

    /// Gazetteer, titles, officials, organizations by head word, speakers, acronyms.
    fn first_pass(
        &self,
        text: &str,
        sentence: &sentence::Sentence<'_>,
        tokens: &mut [Token],
        index: usize,
        work: &mut Work,
    ) -> Vec<Candidate> {
        // The tokens that may be a word some rule below looks for, in order,
        // with their classes: each rule walks those of its class, not every
        // token of the sentence.
        let mut marked = std::mem::take(&mut work.marked);
        marked.clear();
        // (Marks and joined tokens too, which the dictionary matchers read
        // by their characters, not by their keys.)
        // The classes of the whole sentence: a rule whose class is absent
        // walks nothing (most sentences have no combining form, bracket or
        // word for a kind of person).
        let mut present = 0;
        let not_words = self.not_word_classes();
        for (i, t) in tokens.iter_mut().enumerate() {
            // Left on the token for the relation stage.
            t.classes = self.token_classes(t, not_words);
            let classes = t.classes & class::FIRST_PASS;
            if classes != 0 {
                marked.push((i, classes));
                present |= classes;
            }
        }
        let tokens: &[Token] = tokens;
        // A token's text, sliced when a rule reads it: the rules that walk
        // every token test its classes first, and read few of them.
        let tok = |i: usize| -> &str { tokens.get(i).map_or("", |t| &text[t.start..t.end]) };
        let marked_as = |class: u16| {
            let walked = if present & class != 0 {
                &marked[..]
            } else {
                &[]
            };
            walked
                .iter()
                .filter(move |&&(_, classes)| classes & class != 0)
                .map(|&(i, _)| i)
        };
        // Where a dictionary's name may start: a word of its class, or a
        // token that is no plain word.
        let starts_of = |class: u16| {
            marked
                .iter()
                .filter(move |&&(_, classes)| classes & (class | class::NOT_WORD) != 0)
                .map(|&(i, _)| i)
        };
        let base = sentence.span.byte_start;
        let to_tokens = |start: usize, end: usize| -> (usize, usize) {
            let s = tokens.partition_point(|t| t.end <= base + start);
            let e = tokens.partition_point(|t| t.start < base + end);
            (s, e.max(s + 1))
        };
        let mut candidates: Vec<Candidate> = Vec::new();

        // Gazetteer forms, except inside the name of a place ("the Indian Ocean").
        let places = PLACES.find(sentence.text, text, tokens, starts_of(class::PLACE));
        let matches: Vec<GazetteerMatch> = self
            .gazetteer
            .find_at_tokens(sentence.text, base, tokens, starts_of(class::GAZETTEER))
            .into_iter()
            .filter(|m| !places.iter().any(|&(s, e)| s <= m.start && m.end <= e))
            .collect();
        // Tokens claimed by a name so far; the buffer is reused from sentence to sentence.
        let mut covered = std::mem::take(&mut work.covered);
        covered.clear();
        covered.resize(tokens.len(), false);
        let mut title_matches =
            self.title_matcher
                .find_at_tokens(sentence.text, base, tokens, starts_of(class::TITLE));
        // "Minister of Interior, Justice and Peace", "Deputy Minister of
        // Investments, Industry, and Trade": a title runs on over its list of
        // portfolios, which are no names.
        for m in &mut title_matches {
            let (_, te) = to_tokens(m.start, m.end);
            let end = portfolios_end(te, tokens.len(), &tok);
            if end > te {
                m.end = tokens[end - 1].end - base;
            }
        }
        let title_spans: Vec<(usize, usize)> = title_matches
            .iter()
            .map(|m| to_tokens(m.start, m.end))
            .collect();
        // "IS ARMENIA LEAVING?", "WHO IS FILLING THE GAP?": a line set in
        // capitals spells plain words that acronyms share.
        // (Tested only for such a match: most sentences have none.)
        let in_capitals = || {
            tokens.len() >= 3
                && (0..tokens.len())
                    .map(&tok)
                    .filter(|w| w.chars().any(char::is_alphabetic))
                    .all(all_caps)
        };
        for (at, m) in matches.iter().enumerate() {
            let (s, e) = to_tokens(m.start, m.end);
            if e == s + 1
                && all_caps(tok(s))
                && CAPITALS_WORDS.contains(&lowercase(tok(s)).as_ref())
                && in_capitals()
            {
                continue;
            }
            // A currency's prefix is no mention of its state: "US$5 million",
            // "NZ$18.2 million".
            if tok(e) == "$" && e < tokens.len() && tokens[e].start == tokens[e - 1].end {
                continue;
            }
            // Capitals are surnames and towns too ("Ana Lima", "Paris Hilton"): like ambiguous
            // forms, they count only outside a longer capitalized name. A title is no
            // name: "Congolese President" is a state's president.
            let title_follows = title_spans
                .iter()
                .any(|&(ts, te)| ts == e || (ts <= s && e < te));
            if (m.ambiguous || m.form == FormKind::Metonym)
                && !title_follows
                && !self.ambiguous_form_fits(tokens, text, s, e)
            {
                continue;
            }
            // "the OAS General Assembly", "the AU Commission": an organ named
            // after its body is that body's, not the UN's.
            // (Matches come in text order: the body is among the few before.)
            if m.ambiguous
                && self.entries[m.entity].kind == EntityKind::Organization
                && matches[..at].iter().rev().take(4).any(|p| {
                    !p.ambiguous
                        && self.entries[p.entity].kind == EntityKind::Organization
                        && to_tokens(p.start, p.end).1 == s
                })
            {
                continue;
            }
            // "Iraq's Federal Supreme Court", "India's Supreme Court": a form
            // that is another state's body only by default ("Supreme Court" is
            // the American one) is the body of the state named before it.
            if m.ambiguous
                && self.entries[m.entity].kind == EntityKind::Organization
                && let Some(home) = self.entries[m.entity].country.as_ref()
                && matches[..at].iter().rev().take(3).any(|p| {
                    let mut k = to_tokens(p.start, p.end).1;
                    if matches!(tok(k), "'s" | "’s") {
                        k += 1;
                    }
                    while k < s && starts_upper(tok(k)) {
                        k += 1;
                    }
                    k == s
                        && self.entries[p.entity].kind == EntityKind::Country
                        && self.entries[p.entity].id != *home
                })
            {
                continue;
            }
            // A capital after a locative preposition is a place, not the government:
            // "a ceremony in Brussels".
            if m.form == FormKind::Metonym
                && s > 0
                && ((matches!(tok(s - 1), "in" | "at" | "near" | "outside")
                    // "arrived in Beijing": whom a visitor meets.
                    && !(tok(s - 1) == "in" && s >= 2 && ARRIVAL_VERBS.contains(&lowercase(tok(s - 2)).as_ref()))
                    // "Netanyahu is in Washington for a visit", "Tokayev is due
                    // in Moscow next week for a state visit": a visitor too.
                    && !(tok(s - 1) == "in"
                        && s >= 2
                        && matches!(tok(s - 2), "is" | "was" | "are" | "were" | "due" | "expected")
                        && (tok(e) == "for"
                            || matches!(tok(e), "next" | "this" | "later")
                                && tok(e + 2) == "for"))
                    // "Lula, in Beijing on a state visit, praised": a visitor
                    // in an apposition.
                    && !(tok(s - 1) == "in"
                        && s >= 2
                        && tok(s - 2) == ","
                        && matches!(tok(e), "on" | "for")
                        && (e + 1..e + 5).any(|k| matches!(tok(k), "visit" | "trip" | "tour"))))
                    || (tok(s - 1) == "from"
                        && !(s >= 2 && FROM_GOVERNMENT.contains(&lowercase(tok(s - 2)).as_ref()))))
            {
                // A place still: no person's name ("its embassy in Port Moresby").
                covered[s..e].iter_mut().for_each(|c| *c = true);
                continue;
            }
            // "ethnic Armenians" are people, not the state.
            if m.form == FormKind::Adjective && s > 0 && matches!(tok(s - 1), "ethnic" | "Ethnic") {
                continue;
            }
            // "some 30 heavily armed Serbs", "three Iranians": people counted are
            // people, not their state.
            if m.form == FormKind::Adjective && e == s + 1 && tok(s).ends_with('s') {
                let counted = (s.saturating_sub(4)..s).rev().any(|k| {
                    let w = tok(k);
                    w.chars().all(|c| c.is_ascii_digit() || c == ',')
                        || number_word(w).is_some_and(|n| (2..=10).contains(&n))
                        || matches!(w, "dozens" | "hundreds" | "thousands" | "several" | "many")
                });
                if counted {
                    continue;
                }
            }
            // "the Government of Japan" is Japan acting.
            let mut s = s;
            if m.form == FormKind::Name
                && s >= 2
                && tok(s - 1) == "of"
                && matches!(tok(s - 2), "Government" | "government")
            {
                s -= 2;
            }
            covered[s..e].iter_mut().for_each(|c| *c = true);
            if !m.ambiguous {
                work.named_entries.insert(m.entity);
                *work.named_counts.entry(m.entity).or_default() += 1;
            }
            let form = match m.form {
                FormKind::Name => MentionForm::Name,
                FormKind::Adjective => MentionForm::Adjective,
                FormKind::Metonym => MentionForm::Metonym,
            };
            // A known person is a person name like any other, so that "Sergey Lavrov"
            // ... "Lavrov" is one node whichever form the table lists. The name runs
            // over neighbouring name words ("Mohammed Javad Zarif" around "Javad
            // Zarif"); a form alone ("Putin", "MBS") takes the table's full label
            // unless the document names the person more fully.
            // "the Albanese Government", "the Biden administration": the state.
            if self.entries[m.entity].kind == EntityKind::Person
                && is_government_word(tok(e))
                && let Some(&state) = self.entries[m.entity]
                    .country
                    .as_ref()
                    .and_then(|id| self.by_id.get(id))
            {
                covered[s..e + 1].iter_mut().for_each(|c| *c = true);
                work.named_entries.insert(state);
                candidates.push(Candidate {
                    tok_start: s,
                    tok_end: e + 1,
                    target: Target::Entry(state),
                    form: MentionForm::Name,
                    argument: true,
                    priority: 3,
                    ambiguous: false,
                });
                continue;
            }
            if self.entries[m.entity].kind == EntityKind::Person {
                // Back over given names only ("Mohammed Javad Zarif"), so that a
                // headline's capitals or a sentence's first word stay out.
                let in_title = |i: usize| title_spans.iter().any(|&(ts, te)| ts <= i && i < te);
                let (mut s, mut e) = (s, e);
                while s > 0
                    && NAME_WORDS.given_names.contains(tok(s - 1))
                    && !in_title(s - 1)
                    && !covered[s - 1]
                {
                    s -= 1;
                }
                // A regnal number: "Abdullah II".
                while e < tokens.len()
                    && matches!(tok(e), "II" | "III" | "IV" | "V" | "VI" | "Jr" | "Jr.")
                {
                    e += 1;
                }
                let surface = text[tokens[s].start..tokens[e - 1].end].to_string();
                work.known_persons
                    .entry(surface.clone())
                    .or_insert(m.entity);
                covered[s..e].iter_mut().for_each(|c| *c = true);
                candidates.push(Candidate {
                    tok_start: s,
                    tok_end: e,
                    target: Target::Person(surface),
                    form: MentionForm::Name,
                    argument: true,
                    priority: 2,
                    ambiguous: false,
                });
                continue;
            }
            // Location modifiers ("Nicaragua-based", "Liberia-flagged") name a country but no actor.
            let modifier = tok(e) == "-"
                && matches!(
                    tok(e + 1),
                    "based" | "flagged" | "registered" | "born" | "made" | "bound"
                );
            candidates.push(Candidate {
                tok_start: s,
                tok_end: e,
                target: Target::Entry(m.entity),
                form,
                argument: !modifier,
                priority: 2,
                ambiguous: m.ambiguous,
            });
        }

        // Organizations by head word: "Kyrgyz Foreign Ministry", "Office of Foreign Assets Control".
        // In a title-case headline every word is capitalized, and a name
        // would run over the headline's verbs ("Treasury Targets Yemeni Bank
        // That Finances the Houthis", "Authorizes Force for Haiti, Replacing
        // Kenya-Led Mission"): there a name must be written the same way
        // again in the text ("General Assembly Again Calls for ...").
        let mut headline = None;
        for h in marked_as(class::ORG_HEAD) {
            if covered[h] || !starts_upper(tok(h)) || !NAME_WORDS.org_heads.contains(tok(h)) {
                continue;
            }
            let headline =
                *headline.get_or_insert_with(|| is_title_case(sentence.text, tokens, &tok));
            let mut s = h;
            while s > 0 {
                let prev = tok(s - 1);
                // "Al-Masar General Trading LLC": a capitalized word joined by a
                // hyphen, with no space, is part of the name.
                if prev == "-"
                    && s >= 2
                    && starts_upper(tok(s - 2))
                    && tokens[s - 2].end == tokens[s - 1].start
                    && tokens[s - 1].end == tokens[s].start
                {
                    s -= 2;
                    continue;
                }
                // (Words that start no person's name may stand in a body's:
                // "the State Bank of Pakistan", "the Australian Federal
                // Police", "the Joint Operational Staff Committee".)
                let state_first = matches!(prev, "State" | "Federal" | "Staff");
                let ok = (starts_upper(prev) && !NAME_WORDS.not_names.contains(prev))
                    || (covered[s - 1] && starts_upper(prev))
                    || state_first;
                // "Myanma Oil and Gas Enterprise": two words joined by "and".
                if prev == "and"
                    && s >= 2
                    && s < h
                    && !covered[s - 2]
                    && starts_upper(tok(s - 2))
                    && !NAME_WORDS.not_names.contains(tok(s - 2))
                    && !NAME_WORDS.org_heads.contains(tok(s - 2))
                {
                    s -= 2;
                    continue;
                }
                if !ok {
                    break;
                }
                s -= 1;
            }
            let mut e = h + 1;
            // "of Foreign Assets Control", "for Terrorism", "of the Treasury"; a
            // mission names where it serves: "EU Mission in Armenia".
            while matches!(tok(e), "of" | "for" | "on")
                || (tok(e) == "in" && matches!(tok(e - 1), "Mission" | "Missions"))
            {
                let mut j = e + 1;
                if tok(j) == "the" {
                    j += 1;
                }
                let start_cap = j;
                // (Not over the honorific of a name after it: "the Ministry of
                // Foreign Affairs U Aung Kyaw Moe".)
                // ("of Heads of State and Government": words that end no
                // body's name.)
                let of_body = |j: usize| match tok(j) {
                    "State" | "States" => true,
                    "Government" => j >= 2 && tok(j - 2) == "State",
                    _ => false,
                };
                while starts_upper(tok(j))
                    && (!NAME_WORDS.not_names.contains(tok(j)) || of_body(j))
                    && !(tok(j) == "U" && starts_upper(tok(j + 1)))
                {
                    j += 1;
                    if tok(j) == "and" && starts_upper(tok(j + 1)) {
                        j += 1;
                    }
                }
                if j == start_cap {
                    break;
                }
                e = j;
            }
            // "the Ministry of Economy, Trade and Industry": a list of
            // portfolios, as after a minister's title.
            e = e.max(portfolios_end(h + 1, tokens.len(), &tok));
            // "Joint Operational Staff Committee", "Holdings Limited": heads
            // in a row are one name.
            if e == h + 1 {
                while e < tokens.len()
                    && !covered[e]
                    && starts_upper(tok(e))
                    && NAME_WORDS.org_heads.contains(tok(e))
                {
                    e += 1;
                }
            }
            if e - s < 2 {
                continue;
            }
            // A category, not a body: "designated Ansarallah as a Foreign
            // Terrorist Organization", "were designated as Foreign Terrorist
            // Organizations".
            let as_a = s >= 2 && matches!(tok(s - 1), "a" | "an") && tok(s - 2) == "as";
            if as_a || s >= 1 && tok(s - 1) == "as" && tok(h).ends_with('s') && h + 1 == e {
                continue;
            }
            let label = text[tokens[s].start..tokens[e - 1].end].to_string();
            if headline && text.match_indices(label.as_str()).nth(1).is_none() {
                continue;
            }
            // An exact gazetteer name stays the gazetteer's.
            if candidates
                .iter()
                .any(|c| c.tok_start == s && c.tok_end == e && matches!(c.target, Target::Entry(_)))
            {
                continue;
            }
            let named_state = candidates
                .iter()
                .filter(|c| c.tok_start >= s && c.tok_end <= e)
                .find_map(|c| match c.target {
                    Target::Entry(i) if self.entries[i].kind == EntityKind::Country => Some(i),
                    _ => None,
                });
            // "Iran's Foreign Ministry", "Foreign Ministry spokeswoman Maria
            // Zakharova": a body whose name names no state takes its
            // possessor's, or that of the known official it introduces, and
            // that state's adjective, so that the ministries of two states
            // stay two nodes.
            let implied_state = named_state.is_none().then(|| {
                let possessor = (s >= 2 && matches!(tok(s - 1), "'s" | "’s"))
                    .then(|| {
                        candidates.iter().find_map(|c| match c.target {
                            Target::Entry(i)
                                if c.tok_end == s - 1
                                    && self.entries[i].kind == EntityKind::Country =>
                            {
                                Some(i)
                            }
                            _ => None,
                        })
                    })
                    .flatten();
                possessor.or_else(|| {
                    candidates.iter().find_map(|c| match &c.target {
                        Target::Person(name)
                            if c.tok_start > e
                                && c.tok_start <= e + 3
                                && (e..c.tok_start).all(|k| {
                                    title_spans.iter().any(|&(ts, te)| ts <= k && k < te)
                                }) =>
                        {
                            self.known_person_state(&work.known_persons, name)
                        }
                        _ => None,
                    })
                })
            });
            let target = match implied_state.flatten() {
                Some(state) => match self.entries[state].adjectives.first() {
                    // The state's name for it may be in the table ("Chinese Foreign
                    // Ministry": China's Ministry of Foreign Affairs). (A name the
                    // text gives whole was looked up with the sentence's.)
                    Some(adjective) => {
                        let label = format!("{} {label}", adjective.text);
                        match self.gazetteer.find(&label)[..] {
                            [ref m] if m.start == 0 && m.end == label.len() && !m.ambiguous => {
                                Target::Entry(m.entity)
                            }
                            _ => Target::Org {
                                label,
                                country: Some(state),
                            },
                        }
                    }
                    None => Target::Org {
                        label,
                        country: Some(state),
                    },
                },
                None => Target::Org {
                    label,
                    country: named_state,
                },
            };
            for c in candidates.iter_mut() {
                if c.tok_start >= s && c.tok_end <= e {
                    c.argument = false;
                }
            }
            candidates.push(Candidate {
                tok_start: s,
                tok_end: e,
                target,
                form: MentionForm::Name,
                argument: true,
                priority: 3,
                ambiguous: false,
            });
            covered[s..e].iter_mut().for_each(|c| *c = true);
        }

        // Places are no persons either: "near Second Thomas Shoal".
        for &(start, end) in &places {
            let (s, e) = to_tokens(start, end);
            covered[s..e.min(tokens.len())]
                .iter_mut()
                .for_each(|c| *c = true);
        }
        // Combining forms before a hyphen and a state's adjective: "Sino-American",
        // "Franco-Armenian" name two states.
        let combining_end = tokens.len().saturating_sub(2);
        for i in marked_as(class::COMBINING).take_while(|&i| i < combining_end) {
            if covered[i] || tok(i + 1) != "-" {
                continue;
            }
            let Some(&(_, id)) = COMBINING_FORMS.iter().find(|(form, _)| *form == tok(i)) else {
                continue;
            };
            let next_is_state = candidates.iter().any(|c| {
                c.tok_start == i + 2
                    && matches!(c.target, Target::Entry(k) if self.entries[k].kind == EntityKind::Country)
            });
            if let (true, Some(&state)) = (next_is_state, self.by_id.get(id)) {
                covered[i] = true;
                candidates.push(Candidate {
                    tok_start: i,
                    tok_end: i + 1,
                    target: Target::Entry(state),
                    form: MentionForm::Adjective,
                    argument: true,
                    priority: 3,
                    ambiguous: false,
                });
            }
        }

        // An acronym an earlier sentence defined means what the text says there,
        // before a title reads it as a body ("the Secretary General of the IOC"
        // after "the Indian Ocean Commission (IOC)").
        if !work.acronyms.is_empty() {
            apply_defined_acronyms(&mut candidates, &work.acronyms, tok);
        }

        // Officials after a title. Title words are never part of a name: "Minister for
        // Foreign Affairs, Senator Penny Wong" has one name, Penny Wong.
        for &(ts, te) in &title_spans {
            for (t, cover) in covered.iter_mut().enumerate().take(te).skip(ts) {
                if !candidates.iter().any(|c| c.tok_start <= t && t < c.tok_end) {
                    *cover = true;
                }
            }
        }
        for m in title_matches {
            let (mut ts, te) = to_tokens(m.start, m.end);
            let entry = &self.titles[m.title];
            let role_kind = self.title_roles[m.title];
            // "European Commission President": the organization's name overlaps the
            // title ("Commission President"); the name wins and is the body.
            let mut straddled: Option<Target> = None;
            if let Some(c) = candidates.iter_mut().find(|c| {
                c.tok_start < ts
                    && c.tok_end > ts
                    && c.tok_end < te
                    && matches!(c.target, Target::Entry(_) | Target::Org { .. })
            }) {
                ts = c.tok_end;
                c.argument = false;
                straddled = Some(c.target.clone());
            }
            // Names inside a title ("AU Commission Chairman", "Treasury Secretary") are its
            // body, not participants.
            let mut inside: Option<Target> = None;
            for c in candidates.iter_mut() {
                if c.tok_start >= ts && c.tok_end <= te {
                    c.argument = false;
                    let trusted = match c.target {
                        Target::Entry(i) => !c.ambiguous || work.named_entries.contains(&i),
                        Target::Org { .. } => true,
                        _ => false,
                    };
                    if trusted {
                        inside.get_or_insert(c.target.clone());
                    }
                }
            }
            // The body: a mention right before the title ("Iranian President"),
            // or in an "of/at X" complement after it, or the title's own body.
            // "The US ambassador to the UN": a posting named inside the title is
            // where the envoy serves, not whom; the state before it sends them.
            let posted_to = if role_kind.foreign_posting {
                inside.take()
            } else {
                None
            };
            let mut body: Option<Target> = straddled.or(inside);
            // Where a body named before the title starts: an apposition ("Bola
            // Tinubu, the current ECOWAS chairman") is read from there.
            let mut body_start: Option<usize> = None;
            let mut look = ts;
            // "China's State Councilor and Foreign Minister Wang Yi": a second title
            // joined by "and" shares the first one's body.
            if look >= 2
                && tok(look - 1) == "and"
                && let Some(&(first, _)) = title_spans.iter().find(|&&(_, e)| e + 1 == look)
            {
                look = first;
            }
            let window_end = look;
            while body.is_none() && look > 0 && window_end - look < 4 {
                let prev = look - 1;
                // "its new president, Javier Milei": the state the sentence is about;
                // "Moldova and its President, Maia Sandu": the name just before.
                if matches!(tok(prev), "its" | "their") {
                    // ("sanctioned Capital Bank of Central Asia, a Kyrgyz
                    // lender that processed A7's transactions, and its
                    // director": the name the apposition describes.)
                    let owner_end = if prev >= 3 && tok(prev - 1) == "and" && tok(prev - 2) == "," {
                        (prev.saturating_sub(24)..prev - 2)
                            .rev()
                            .take_while(|&k| !matches!(tok(k), ";" | ":"))
                            .find(|&k| tok(k) == "," && matches!(tok(k + 1), "a" | "an"))
                    } else {
                        None
                    };
                    body = Some(
                        candidates
                            .iter()
                            .filter(|c| {
                                (prev >= 2 && tok(prev - 1) == "and" && c.tok_end == prev - 1
                                    || owner_end == Some(c.tok_end))
                                    && matches!(c.target, Target::Entry(_) | Target::Org { .. })
                            })
                            .max_by_key(|c| c.priority)
                            .map_or(Target::Unresolved(RefKind::Topic), |c| c.target.clone()),
                    );
                    break;
                }
                // "the group's deputy foreign minister", "the bloc's chairman":
                // a body referred to by its kind owns the title.
                if prev >= 2 && matches!(tok(prev), "'s" | "’s") && tok(prev - 2) == "the" {
                    let kind = match &*lowercase(tok(prev - 1)) {
                        "group" | "movement" | "militia" => Some(RefKind::Group),
                        "bloc" => Some(RefKind::Bloc),
                        "alliance" => Some(RefKind::Alliance),
                        "organisation" | "organization" => Some(RefKind::Organization),
                        _ => None,
                    };
                    if let Some(kind) = kind {
                        body = Some(Target::Unresolved(kind));
                        body_start = Some(prev - 2);
                        break;
                    }
                }
                // Of the readings of an ambiguous form ("Congolese"), the one the
                // document has named so far, else the first.
                let named_so_far = |c: &Candidate| match c.target {
                    Target::Entry(i) => !c.ambiguous || work.named_entries.contains(&i),
                    _ => true,
                };
                if let Some(c) = candidates
                    .iter_mut()
                    // ("Kenya's President", "The Bahamas' Prime Minister".)
                    .filter(|c| {
                        c.tok_end == prev + 1
                            || c.tok_end == prev
                                && (matches!(tok(prev), "'s" | "’s")
                                    || matches!(tok(prev), "'" | "’")
                                        && tok(prev - 1).ends_with('s'))
                    })
                    .filter(|c| c.tok_end <= ts)
                    .min_by_key(|c| (std::cmp::Reverse(c.priority), !named_so_far(c)))
                {
                    if matches!(c.target, Target::Entry(_) | Target::Org { .. }) {
                        body = Some(c.target.clone());
                        body_start = Some(c.tok_start);
                        c.argument = false;
                    }
                    break;
                }
                // Allow descriptors between: "Iranian foreign ministry spokesman", "former Kenyan".
                let w = lowercase(tok(prev));
                if TITLE_DESCRIPTORS.contains(&w.as_ref()) {
                    look -= 1;
                    continue;
                }
                break;
            }
            if body.is_none() {
                body = posted_to;
            }
            let mut n = te;
            // A known person after the title is read as any name after a title:
            // their tokens are free for the name rules here.
            let mut free = covered.clone();
            for c in &candidates {
                if matches!(c.target, Target::Person(_)) {
                    free[c.tok_start..c.tok_end].fill(false);
                }
            }
            // "secretary of Iran's Supreme National Security Council": the state
            // that owns the body is named too, and the official serves it as well.
            let mut owner_state: Option<Target> = None;
            if matches!(tok(n), "of" | "for" | "at" | "to" | "in") {
                // Complement: scan to a comma that is followed by a name.
                let mut j = n;
                let limit = (n + 16).min(tokens.len());
                let mut found_name = None;
                // "Assistant Secretary of State for African Affairs Molly Phee",
                // "Commissioner for Home Affairs Ylva Johansson": a portfolio of
                // capitalized words ending in "Affairs", then the name. What
                // the portfolio names is no body the official serves.
                let portfolio_end = (tok(n) == "for")
                    .then(|| {
                        (n + 2..(n + 7).min(tokens.len()))
                            .take_while(|&k| {
                                starts_upper(tok(k - 1)) || matches!(tok(k - 1), "for" | "and")
                            })
                            .find(|&k| tok(k - 1) == "Affairs")
                    })
                    .flatten()
                    .filter(|&k| {
                        self.name_at(tokens, text, k, &free)
                            .is_some_and(|(ns, ne, _)| {
                                ns == k && ne - ns >= 2 && (ns..ne).all(|i| starts_upper(tok(i)))
                            })
                    });
                if let Some(k) = portfolio_end {
                    found_name = Some(k);
                    j = limit;
                }
                while j < limit {
                    // "President of the Republic of Tajikistan Emomali Rahmon": the
                    // name right after the complement's body, with no comma.
                    if j > n + 1
                        && starts_upper(tok(j))
                        && !free.get(j).copied().unwrap_or(true)
                        && candidates.iter().any(|c| {
                            c.tok_end == j
                                && c.tok_start > n
                                && matches!(c.target, Target::Entry(_) | Target::Org { .. })
                        })
                        // Two words at least: one capitalized word after the body
                        // goes on its name ("Commissioner of Indian Affairs", "of
                        // the Philippine Islands").
                        && self
                            .name_at(tokens, text, j, &free)
                            .is_some_and(|(ns, ne, _)| {
                                ne - ns >= 2
                                    && (ns..ne).filter(|&k| starts_upper(tok(k))).count() >= 2
                            })
                    {
                        found_name = Some(j);
                        break;
                    }
                    // ", Senator Penny Wong": a second title before the name is skipped.
                    let mut after_title = title_spans
                        .iter()
                        .find(|&&(s, _)| s == j + 1)
                        .map_or(j + 1, |&(_, e)| e);
                    // ", His Excellency Elias Magosi", ", Dr. Omar Touray": an
                    // honorific before the name is skipped too.
                    let before_honorific = after_title;
                    loop {
                        match (tok(after_title), tok(after_title + 1)) {
                            ("His" | "Her", "Excellency") => after_title += 2,
                            ("Dr", ".") => after_title += 2,
                            ("Dr." | "Dr", _) => after_title += 1,
                            (_, ".") if local_honorific(after_title, &tok) => after_title += 2,
                            _ if local_honorific(after_title, &tok) => after_title += 1,
                            _ => break,
                        }
                    }
                    if tok(j) == ","
                        && starts_upper(tok(after_title))
                        && let Some((ns, ne, _)) = self.name_at(tokens, text, after_title, &free)
                    {
                        // "of Investments, Industry, and Trade, Badriddin Abidov": list
                        // items are no name; but "the President of Kenya, William Ruto,
                        // and ..." is one (a name of two words or more, or a list
                        // going on in lower case: "Lula, and the Prime Minister").
                        let in_list = ne - ns == 1
                            && (tok(ne) == ","
                                && matches!(tok(ne + 1), "and" | "or")
                                && starts_upper(tok(ne + 2))
                                || matches!(tok(ne), "and" | "or") && starts_upper(tok(ne + 1)));
                        // "We, A, Minister of Defence of Albania, B, Minister of
                        // Defence of Croatia": a list of names each with its title;
                        // this title's holder is the name before it.
                        let next_holder = tok(ne) == ","
                            && title_spans.iter().any(|&(s, _)| s == ne + 1)
                            && ts >= 2
                            && tok(ts - 1) == ","
                            && self.name_before(tokens, text, ts - 1, &free).is_some();
                        // "..., Crown Prince of Saudi Arabia, His Excellency
                        // Muhammad Shehbaz Sharif, Prime Minister of Pakistan": an
                        // honoured name with a title of its own is its title's.
                        let own_title = after_title > before_honorific
                            && tok(ne) == ","
                            && title_spans.iter().any(|&(s, _)| s == ne + 1);
                        if !in_list && !next_holder && !own_title {
                            found_name = Some(after_title);
                            break;
                        }
                    }
                    if matches!(tok(j), "." | ";" | "said") {
                        break;
                    }
                    j += 1;
                }
                if body.is_none() && portfolio_end.is_none() {
                    let end = found_name.unwrap_or(limit.min(n + 6));
                    let first = candidates
                        .iter()
                        .filter(|c| c.tok_start >= n && c.tok_end <= end)
                        .max_by_key(|c| (c.priority, std::cmp::Reverse(c.tok_start)));
                    // "secretary of Iran's Supreme National Security Council": the
                    // possessed body, not its owner.
                    let possessed = first.and_then(|c| {
                        matches!(tok(c.tok_end), "'s" | "’s")
                            .then(|| {
                                candidates.iter().find(|d| {
                                    d.tok_start == c.tok_end + 1
                                        && d.tok_end <= limit
                                        && matches!(d.target, Target::Entry(_) | Target::Org { .. })
                                })
                            })
                            .flatten()
                    });
                    if possessed.is_some()
                        && let Some(owner) = first
                        && matches!(owner.target, Target::Entry(i) if self.entries[i].kind == EntityKind::Country)
                    {
                        owner_state = Some(owner.target.clone());
                    }
                    body = possessed.or(first).map(|c| c.target.clone());
                }
                if let Some(name_start) = found_name {
                    // The complement describes the person ("Director in Uzbekistan"): its
                    // names are no participants of the sentence's relations.
                    for c in candidates.iter_mut() {
                        if c.tok_start >= n && c.tok_end <= name_start {
                            c.argument = false;
                        }
                    }
                    n = name_start;
                } else {
                    // Name then apposition handled below; a bare "Minister of X" is no person.
                    n = usize::MAX;
                }
            } else if tok(n) == "," {
                // "Minister for Foreign Affairs, (Senator) Penny Wong".
                let after_title = title_spans
                    .iter()
                    .find(|&&(s, _)| s == n + 1)
                    .map_or(n + 1, |&(_, e)| e);
                if self.name_at(tokens, text, after_title, &free).is_some() {
                    n = after_title;
                }
            }
            if body.is_none() && role_kind.organization {
                body = candidates
                    .iter()
                    .filter(|c| matches!(&c.target, Target::Entry(i) if self.entries[*i].kind == EntityKind::Organization))
                    .min_by_key(|c| c.tok_end.abs_diff(ts))
                    .map(|c| c.target.clone());
            }
            if body.is_none() {
                body = entry
                    .body
                    .as_ref()
                    .and_then(|id| self.by_id.get(id))
                    .map(|&i| Target::Entry(i));
            }
            // A government title with no state named ("Prime Minister Fumio Kishida" in a
            // Japanese statement): the state that speaks in the text, when it says so.
            // A government body's official serves its state too, when the text
            // names that state ("Treasury Secretary Steven Mnuchin" after "U.S.").
            if owner_state.is_none()
                && !role_kind.organization
                && let Some(Target::Entry(b)) = &body
                && self.entries[*b].kind == EntityKind::Organization
                && self.entries[*b]
                    .label
                    .split([' ', '-'])
                    .any(|w| STATE_BODY_WORDS.contains(&w))
                && let Some(state) = self.country_of(&Target::Entry(*b))
                && work.named_entries.contains(&state)
            {
                owner_state = Some(Target::Entry(state));
            }
            // A former official's old post is not stated by the text's voice.
            let former = (ts.saturating_sub(4)..ts)
                .any(|i| matches!(tok(i), "former" | "Former" | "ex" | "late"));
            let fallback_body = work.role_bodies.get(&entry.role).cloned().or_else(|| {
                (!role_kind.organization && !role_kind.foreign_posting && !former)
                    .then_some(Target::Unresolved(RefKind::Author))
            });
            let role = entry.role.clone();
            // "Foreign Minister Israel Katz": after a title, a country's name
            // followed by a capitalized word is a person's first name.
            if n != usize::MAX
                && covered.get(n).copied().unwrap_or(false)
                && starts_upper(tok(n + 1))
                && !covered.get(n + 1).copied().unwrap_or(true)
                && !NAME_WORDS.not_names.contains(tok(n + 1))
                && !NAME_WORDS.org_heads.contains(tok(n + 1))
                && candidates.iter().any(|c| {
                    c.tok_start == n
                        && c.tok_end == n + 1
                        && c.form == MentionForm::Name
                        && matches!(c.target, Target::Entry(i) if self.entries[i].kind == EntityKind::Country)
                })
            {
                candidates.retain(|c| !(c.tok_start == n && c.tok_end == n + 1));
                covered[n] = false;
            }
            if let Some((ns, ne, name)) = (n != usize::MAX)
                .then(|| self.name_at(tokens, text, n, &free))
                .flatten()
            {
                // "King Charles", "Pope Leo": the monarch the persons table
                // lists with the reign's number ("Charles III").
                if matches!(
                    entry.role.as_str(),
                    "king" | "queen" | "emperor" | "empress" | "sultan" | "pope"
                ) && let Some(&monarch) = self.regnal.get(name)
                {
                    work.known_persons
                        .entry(name.to_string())
                        .or_insert(monarch);
                }
                candidates.retain(|c| match &c.target {
                    Target::Person(known) if c.tok_start < ne && ns < c.tok_end => {
                        if let Some(&entry) = work.known_persons.get(known) {
                            work.known_persons.entry(name.to_string()).or_insert(entry);
                        }
                        false
                    }
                    _ => true,
                });
                covered[ns..ne].iter_mut().for_each(|c| *c = true);
                // "Minister of Defense Kihara Minoru of Japan": the state after the name.
                // ("... Gilberto Teodoro Jr. of the Philippines": "the" and a
                // name's closing period may stand between.)
                let mut of_at = ne;
                if tok(of_at) == "." {
                    of_at += 1;
                }
                let state_at = of_at + 1 + usize::from(tok(of_at + 1) == "the");
                let state_after = (body.is_none() && tok(of_at) == "of")
                    .then(|| {
                        candidates.iter_mut().find(|c| {
                            c.tok_start == state_at
                                && matches!(c.target, Target::Entry(k) if self.entries[k].kind == EntityKind::Country)
                        })
                    })
                    .flatten()
                    .map(|c| {
                        c.argument = false;
                        c.target.clone()
                    });
                // "Minister for Foreign Affairs Kamikawa Yoko and Minister of
                // Defense Kihara Minoru of Japan": the state after the second
                // titled name is the first's too (unless the first is known).
                let state_after = state_after.or_else(|| {
                    let known = work
                        .known_persons
                        .get(name)
                        .is_some_and(|&entry| self.entries[entry].country.is_some());
                    if body.is_some() || known || tok(ne) != "and" || !starts_upper(tok(ne + 1)) {
                        return None;
                    }
                    let country_at = |i: usize| {
                        candidates.iter().find(|c| {
                            c.tok_start == i
                                && matches!(c.target, Target::Entry(k) if self.entries[k].kind == EntityKind::Country)
                        })
                    };
                    (ne + 2..(ne + 12).min(tokens.len()))
                        .take_while(|&i| starts_upper(tok(i)) || matches!(tok(i), "of" | "for" | "."))
                        .filter(|&i| tok(i) == "of")
                        .find_map(|i| country_at(i + 1).or_else(|| (tok(i + 1) == "the").then(|| country_at(i + 2)).flatten()))
                        .map(|c| c.target.clone())
                });
                let presumed = body.is_none() && state_after.is_none();
                // A known person's own state before the state another holder of
                // the role had ("Egyptian Foreign Minister" in the headline, then
                // "Foreign Minister Wang Yi"): resolved as the text's voice is.
                let known_state = work
                    .known_persons
                    .get(name)
                    .is_some_and(|&entry| self.entries[entry].country.is_some());
                let fallback = if known_state && !role_kind.organization && !former {
                    Some(Target::Unresolved(RefKind::Author))
                } else {
                    fallback_body.clone()
                };
                work.add_official(
                    index,
                    name,
                    &role,
                    (body.clone().or(state_after).or(fallback), presumed),
                    owner_state,
                );
                candidates.push(Candidate::person(ns, ne, name));
                continue;
            }
            // Apposition: "Leo Docherty, Parliamentary Under Secretary of State at the FCDO".
            // "Anna Berg, a senior adviser at ...": back over descriptors and the article.
            let mut before = body_start.unwrap_or(ts).min(ts);
            while before > 0 && TITLE_DESCRIPTORS.contains(&tok(before - 1)) {
                before -= 1;
            }
            if matches!(tok(before.wrapping_sub(1)), "the" | "a" | "an") {
                before -= 1;
            }
            // "Wang Yi, China's most senior diplomat": back over the possessive body.
            if before >= 2
                && matches!(tok(before - 1), "'s" | "’s")
                && let Some(owner) = candidates.iter().find(|c| c.tok_end == before - 1)
            {
                before = owner.tok_start;
            }
            // An apposition's body may follow the title: "Ali Shamkhani, secretary of
            // Iran's Supreme National Security Council".
            let appositive_body = body.clone().or_else(|| {
                // The head of the phrase: "secretary of Iran's Supreme National
                // Security Council" is the council's.
                candidates
                    .iter()
                    .filter(|c| c.tok_start >= te && c.tok_start <= te + 5)
                    // ("Barrot, Minister for Europe and Foreign Affairs, spoke
                    // with his Armenian counterpart": the apposition ends at
                    // its comma.)
                    .filter(|c| !(te..c.tok_start).any(|i| tok(i) == ","))
                    .filter(|c| matches!(c.target, Target::Entry(_) | Target::Org { .. }))
                    .max_by_key(|c| (c.priority, c.tok_start))
                    .map(|c| c.target.clone())
                    // A signature's "Tore O. Sandvik, Minister of Defence,
                    // Norway": the state set off by commas after the title.
                    .or_else(|| {
                        (tok(te) == ",")
                            .then(|| {
                                candidates.iter().find(|c| {
                                    c.tok_start == te + 1
                                        && matches!(tok(c.tok_end), "," | "." | ";" | "")
                                        && matches!(c.target, Target::Entry(k) if self.entries[k].kind == EntityKind::Country)
                                })
                            })
                            .flatten()
                            .map(|c| c.target.clone())
                    })
            });
            // "Senator Ben Cardin, chairman of the Senate Foreign Relations Committee": a
            // second title for a person already named.
            // "The Hon Richard Marles MP, Deputy Prime Minister": letters after
            // the name stand between it and the comma.
            let mut name_end = before.saturating_sub(1);
            while name_end >= 2 && POSTNOMINALS.contains(&tok(name_end - 1)) {
                name_end -= 1;
            }
            // "At the invitation of Foreign Minister Jilani, the Iranian Foreign
            // Minister will visit Pakistan": a title followed by its verb is the
            // subject of the clause, no apposition of the name before the comma.
            let opens_clause = matches!(
                tok(te),
                "will" | "would" | "has" | "have" | "had" | "is" | "was" | "said" | "says"
            );
            if before >= 2 && tok(before - 1) == "," && !opens_clause {
                let named = candidates.iter().find_map(|c| match &c.target {
                    Target::Person(name) if c.tok_end == name_end => Some(name.clone()),
                    _ => None,
                });
                if let Some(name) = named {
                    let body = appositive_body.clone().or(fallback_body.clone());
                    work.add_official(index, &name, &role, (body, false), owner_state);
                    continue;
                }
            }
            if before >= 2
                && tok(before - 1) == ","
                && !opens_clause
                && let Some((ns, ne, name)) = self.name_before(tokens, text, name_end, &covered)
            {
                covered[ns..ne].iter_mut().for_each(|c| *c = true);
                work.add_official(
                    index,
                    name,
                    &role,
                    (appositive_body.or(fallback_body), false),
                    owner_state,
                );
                candidates.push(Candidate::person(ns, ne, name));
                continue;
            }
            if let Some(b @ (Target::Entry(_) | Target::Org { .. })) = &body {
                work.role_bodies.insert(role.clone(), b.clone());
            }
            // "Kamil Idris was sworn in as Prime Minister of Sudan", "the
            // appointment of Kamil Idris as Prime Minister": the person named
            // a few plain words before "as".
            if before >= 2 && tok(before - 1) == "as" && appositive_body.is_some() {
                let named = candidates.iter().find_map(|c| match &c.target {
                    Target::Person(name)
                        if c.tok_end < before
                            && before - 1 - c.tok_end <= 4
                            && (c.tok_end..before - 1)
                                .all(|i| tok(i).chars().all(|ch| ch.is_ascii_lowercase())) =>
                    {
                        Some(name.clone())
                    }
                    _ => None,
                });
                if let Some(name) = named {
                    work.add_official(
                        index,
                        &name,
                        &role,
                        (appositive_body.clone(), false),
                        owner_state,
                    );
                    continue;
                }
            }
            // A bare title refers back to a person with that role: "the Foreign
            // Minister", "the visiting minister".
            let the_at = if tok(ts.wrapping_sub(1)) == "visiting" {
                ts.wrapping_sub(1)
            } else {
                ts
            };
            if the_at > 0
                && matches!(tok(the_at - 1), "the" | "The")
                && !candidates
                    .iter()
                    .any(|c| c.tok_start < te && ts < c.tok_end)
            {
                candidates.push(Candidate {
                    tok_start: ts,
                    tok_end: te,
                    target: Target::Unresolved(RefKind::Title(m.title)),
                    form: MentionForm::Reference,
                    argument: true,
                    priority: 1,
                    ambiguous: false,
                });
            } else if let Some(start) = body_start
                && (entry.role == "counterpart" || acts_for_state(&entry.role))
                && !starts_upper(tok(te))
                && tok(te) != ","
            {
                // "The Eritrean minister welcomed Egypt's role", after "Eritrean
                // Foreign Minister Osman Saleh": the official of that state
                // named earlier with that title.
                let state_before = candidates
                    .iter()
                    .find(|c| c.tok_start == start && c.tok_end <= ts)
                    .and_then(|c| match c.target {
                        Target::Entry(k) if self.entries[k].kind == EntityKind::Country => Some(k),
                        _ => None,
                    })
                    .filter(|_| {
                        entry.role != "counterpart"
                            && matches!(tok(start.wrapping_sub(1)), "the" | "The")
                    })
                    .filter(|&k| {
                        work.pending.iter().any(|p| {
                            p.sentence < index
                                && role_fits(&p.role, &entry.role)
                                && p.body == Some(Target::Entry(k))
                        })
                    });
                if let Some(k) = state_before {
                    candidates.push(Candidate {
                        tok_start: start,
                        tok_end: te,
                        target: Target::Unresolved(RefKind::StateTitle {
                            title: m.title,
                            state: k,
                        }),
                        form: MentionForm::Reference,
                        argument: true,
                        priority: 4,
                        ambiguous: false,
                    });
                    continue;
                }
                // "met her Fijian counterpart", "the Egyptian foreign minister held
                // talks": a counterpart or a head of state or government or of a
                // ministry who goes unnamed stands for the state before the
                // title, which takes part in the sentence's relations.
                for c in candidates
                    .iter_mut()
                    .filter(|c| c.tok_start == start && c.tok_end <= ts)
                {
                    c.argument = true;
                }
            }
        }

        // Names that start with a given name: "to bring home Brittney Griner and Paul
        // Whelan", "its chief, Tedros Adhanom Ghebreyesus".
        // (A name found ends where the next may start.)
        let mut next = 0;
        for i in marked_as(class::GIVEN_NAME) {
            if i >= next
                && !covered[i]
                && starts_upper(tok(i))
                && NAME_WORDS.given_names.contains(tok(i))
                && let Some((ns, ne, name)) = self.name_at(tokens, text, i, &covered)
                && ne - ns >= 2
                && !NAME_WORDS.org_heads.contains(tok(ne - 1))
            {
                covered[ns..ne].iter_mut().for_each(|c| *c = true);
                candidates.push(Candidate::person(ns, ne, name));
                next = ne;
            }
        }
        // Names after a word for a kind of person: "the oligarch Roman
        // Abramovich", "the dissident Alexei Navalny".
        let person_nouns_end = tokens.len().saturating_sub(2);
        for i in marked_as(class::PERSON_NOUN).take_while(|&i| i < person_nouns_end) {
            if PERSON_NOUNS.contains(&tok(i))
                && !covered[i + 1]
                && starts_upper(tok(i + 1))
                && let Some((ns, ne, name)) = self.name_at(tokens, text, i + 1, &covered)
                && name.contains(' ')
                && !NAME_WORDS.org_heads.contains(tok(ne - 1))
            {
                covered[ns..ne].iter_mut().for_each(|c| *c = true);
                candidates.push(Candidate::person(ns, ne, name));
            }
        }
        // One walk for two rules. A legal form before a name makes a firm:
        // "JSC Integral", "PJSC Tulamash", "OOO Sofit". The name is one to
        // three capitalized words right after it, none of them known already.
        for i in marked_as(class::PERSON_NOUN) {
            if !LEGAL_FORMS.contains(&tok(i)) {
                if i < person_nouns_end {
                    self.persons_listed_after(i, tokens, text, &mut covered, &mut candidates);
                }
                continue;
            }
            if covered[i] {
                continue;
            }
            let mut e = i + 1;
            while e < tokens.len()
                && e < i + 4
                && !covered[e]
                && starts_upper(tok(e))
                && !NAME_WORDS.not_names.contains(tok(e))
            {
                e += 1;
            }
            if e > i + 1 {
                push_unknown_organization(text, tokens, i..e, work, &mut candidates, &mut covered);
            }
        }
        // Names after a word for a kind of body: "the state oil company Timor
        // Gap", "Kazakhstan's state miner Tau-Ken Samruk", "the pipeline
        // company BOTAS". The name is the capitalized words right after it
        // (joined by hyphens too), up to four, none a title's or a known
        // name's.
        for i in marked_as(class::PERSON_NOUN).take_while(|&i| i < person_nouns_end) {
            let noun = tok(i);
            // ("carrier" is a ship's too: "the car carrier Galaxy Leader".)
            if covered[i + 1]
                || !noun.as_bytes()[0].is_ascii_lowercase()
                || !ORG_HEADS.contains(&noun)
                || noun == "carrier"
                || tok(i + 1).len() < 2
                || tokens[i + 1].classes & class::TITLE != 0
            {
                continue;
            }
            let mut e = i + 1;
            let mut words = 0;
            while e < tokens.len()
                && words < 4
                && !covered[e]
                && starts_upper(tok(e))
                && !NAME_WORDS.not_names.contains(tok(e))
            {
                words += 1;
                e += 1;
                if tok(e) == "-" && tokens[e - 1].end == tokens[e].start && starts_upper(tok(e + 1))
                {
                    e += 1;
                }
            }
            if words == 0 || HONORIFICS.contains(&tok(i + 1)) {
                continue;
            }
            push_unknown_organization(text, tokens, i + 1..e, work, &mut candidates, &mut covered);
        }
        // Speakers: "Jens Stoltenberg said", honorifics "Mr. Wang". Only a
        // speech verb, an action verb or an honorific starts one.
        for i in marked_as(class::SPEAKER) {
            let w = tok(i);
            // What `name_before` needs to find anything: a free capitalized word
            // or an initial's period right before. Most words have neither, and
            // skip the word lists.
            // (Read from the token before: its capital, and whether it is
            // the one byte ".", with no slice of its text.)
            let name_may_end = i >= 2 && !covered[i - 1] && {
                let prev = &tokens[i - 1];
                prev.capital || (prev.end == prev.start + 1 && text.as_bytes()[prev.start] == b'.')
            };
            // "Ana Lima met ...": an unknown two- or three-word name acting as a subject.
            let acts = name_may_end
                && w.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
                && self.action_verbs.contains(w)
                && self
                    .name_before(tokens, text, i, &covered)
                    .is_some_and(|(ns, _, name)| {
                        name.contains(' ')
                            && (ns == 0 || matches!(tok(ns - 1), "," | "and" | "when" | "as"))
                    });
            if name_may_end
                && (acts || NAME_WORDS.speech.contains(w))
                && let Some((ns, ne, name)) = self.name_before(tokens, text, i, &covered)
                && name.contains(' ')
            {
                covered[ns..ne].iter_mut().for_each(|c| *c = true);
                candidates.push(Candidate::person(ns, ne, name));
            }
            if HONORIFICS.contains(&w) {
                let n = if tok(i + 1) == "." { i + 2 } else { i + 1 };
                if let Some((ns, ne, name)) = self.name_at(tokens, text, n, &covered) {
                    covered[ns..ne].iter_mut().for_each(|c| *c = true);
                    candidates.push(Candidate::person(ns, ne, name));
                }
            }
        }

        // A name the gazetteer lacks, described by an apposition: "Evrazia, a
        // Moscow-based non-governmental organisation", "Sovcomflot, a state
        // shipping company".
        // The same walk reads a person so described (below).
        // (Read from each comma before an article: most sentences have none.
        // The articles are marked tokens, so the rule walks those, not every
        // token for a comma.)
        let bytes = text.as_bytes();
        let appositions_end = tokens.len().saturating_sub(2);
        for article in marked_as(class::ARTICLE) {
            // The comma's token, right before the article.
            let Some(e) = article.checked_sub(1) else {
                continue;
            };
            if e == 0 || e >= appositions_end {
                continue;
            }
            let t = &tokens[e];
            if t.end != t.start + 1 || bytes[t.start] != b',' || !ARTICLES.contains(&tok(article)) {
                continue;
            }
            'org: {
                // The name: one to three capitalized words before the comma.
                let mut i = e;
                while i > 0 && e - i < 3 && !covered[i - 1] && starts_upper(tok(i - 1)) {
                    i -= 1;
                }
                // (A capitalized word alone is no dateline's city: "JSC Avtomatika,
                // a Minsk-based maker", "KLX Operations, a joint venture".)
                if i == e || all_caps(tok(i)) && (i + 1 == e || all_caps(tok(i + 1))) {
                    break 'org;
                }
                // The whole name: not the end of "the Sanitary District of Chicago".
                if i > 0
                    && (starts_upper(tok(i - 1)) && !matches!(tok(i - 1), "The")
                        || matches!(tok(i - 1), "of" | "de" | "du" | "la" | "and" | "&" | "-"))
                {
                    break 'org;
                }
                if NAME_WORDS.not_names.contains(tok(i)) || NAME_WORDS.given_names.contains(tok(i))
                {
                    break 'org;
                }
                // The head: the last of up to five words, before a word that is not
                // a noun's modifier ("a Moscow-based organisation that", "a firm,").
                let mut k = e + 2;
                let mut head = None;
                while k < (e + 9).min(tokens.len()) {
                    let w = tok(k);
                    if ORG_HEADS.contains(&w) {
                        let next = tok(k + 1);
                        let ends = !next.chars().next().is_some_and(char::is_alphabetic)
                            || matches!(
                                next,
                                "that"
                                    | "which"
                                    | "founded"
                                    | "based"
                                    | "run"
                                    | "owned"
                                    | "linked"
                                    | "controlled"
                                    | "backed"
                                    | "accused"
                                    | "with"
                                    | "in"
                                    | "of"
                                    | "for"
                                    | "and"
                                    | "whose"
                                    | "registered"
                                    | "headquartered"
                                    | "between"
                            );
                        if ends {
                            head = Some(k);
                        }
                        break;
                    }
                    // (An abbreviation is a modifier too: "a U.S. firm".)
                    let abbreviation = starts_upper(w)
                        && w.contains('.')
                        && w.chars().all(|c| c.is_alphabetic() || c == '.');
                    if !(w.chars().all(|c| c.is_alphabetic()) || w == "-" || abbreviation)
                        || matches!(w, "and" | "or")
                    {
                        break;
                    }
                    k += 1;
                }
                if head.is_none() {
                    break 'org;
                }
                push_unknown_organization(text, tokens, i..e, work, &mut candidates, &mut covered);
            }
            // A person the name lists lack, described by an apposition: "Sa'id
            // al-Jamal, an Iran-based Houthi financier", "Zamil Tarek, a Lebanese
            // businessman". The head is a word for a kind of person within five
            // words of the article, at the end of the noun phrase.
            if !matches!(tok(article), "a" | "an") || covered[e - 1] {
                continue;
            }
            let Some(head) = (article + 1..(article + 6).min(tokens.len()))
                .take_while(|&k| {
                    let w = tok(k);
                    w.chars().all(|c| c.is_alphabetic() || c == '.') || w == "-"
                })
                .find(|&k| PERSON_NOUNS.contains(&tok(k)))
            else {
                continue;
            };
            let next = tok(head + 1);
            if next.chars().next().is_some_and(char::is_alphabetic)
                && !matches!(
                    next,
                    "who" | "whom" | "whose" | "and" | "with" | "for" | "in" | "from"
                )
            {
                continue;
            }
            let Some((ns, ne, name)) = self.name_before(tokens, text, e, &covered) else {
                continue;
            };
            // Two words at least, and the whole name: not the end of a body's.
            if ns + 1 >= ne
                || ns > 0 && (starts_upper(tok(ns - 1)) || matches!(tok(ns - 1), "of" | "&"))
                || NAME_WORDS.org_heads.contains(tok(ne - 1))
            {
                continue;
            }
            covered[ns..ne].iter_mut().for_each(|c| *c = true);
            candidates.push(Candidate::person(ns, ne, name));
        }

        // A name the gazetteer lacks after "X-based": "Russia-based Zservers",
        // "Shenzhen-based Asia Pacific Links" name a company or group.
        // (Only at the tokens marked as "based", in order: most sentences
        // have none.)
        let based_end = tokens.len().saturating_sub(1);
        for b in marked_as(class::BASED) {
            if b < 2 || b >= based_end {
                continue;
            }
            // (Length and first byte first: one compare rules out most tokens.)
            let t = &tokens[b];
            if t.end - t.start != 5
                || bytes[t.start] != b'b'
                || tok(b) != "based"
                || tok(b - 1) != "-"
                || covered[b + 1]
            {
                continue;
            }
            let start = b + 1;
            let mut end = start;
            while end < tokens.len() && end - start < 4 && !covered[end] && starts_upper(tok(end)) {
                end += 1;
            }
            // ("Kyiv-based Ukrainian officials": a demonym, a known name, stops
            // the run before it starts.)
            if end == start
                || NAME_WORDS.not_names.contains(tok(start))
                || NAME_WORDS.given_names.contains(tok(start))
            {
                continue;
            }
            push_unknown_organization(
                text,
                tokens,
                start..end,
                work,
                &mut candidates,
                &mut covered,
            );
        }

        // Acronyms defined in parentheses: "Syrian Democratic Forces (SDF)",
        // after an opening bracket.
        let acronyms_end = tokens.len().saturating_sub(1);
        for i in marked_as(class::OPEN_BRACKET)
            .map(|open| open + 1)
            .take_while(|&i| i < acronyms_end)
        {
            if tok(i - 1) != "(" || tok(i + 1) != ")" || !all_caps(tok(i)) || tok(i).contains('.') {
                continue;
            }
            let acronym = tok(i).to_string();
            let open = i - 1;
            // Of the names ending there, the one whose initials spell the acronym:
            // "the Council of Ministers of the Indian Ocean Commission (IOC)" defines
            // the Commission.
            let preceding = candidates
                .iter()
                .filter(|c| c.tok_end <= open && open - c.tok_end <= 3)
                .filter(|c| {
                    c.argument
                        || acronym_spells(
                            &acronym,
                            &text[tokens[c.tok_start].start..tokens[c.tok_end - 1].end],
                        )
                })
                .filter(|c| !matches!(c.target, Target::Person(_) | Target::Unresolved(_)))
                .max_by_key(|c| {
                    let name = &text[tokens[c.tok_start].start..tokens[c.tok_end - 1].end];
                    (c.tok_end, acronym_spells(&acronym, name), c.priority)
                });
            let target = match preceding {
                Some(c)
                    if acronym_fits(
                        &acronym,
                        &text[tokens[c.tok_start].start..tokens[c.tok_end - 1].end],
                    ) =>
                {
                    Some(c.target.clone())
                }
                _ => {
                    // An unknown capitalized name right before: "Compania Minera Internacional, Sociedad Anonima (COMINTSA)".
                    let mut s = open;
                    while s > 0
                        && (starts_upper(tok(s - 1))
                            || (matches!(tok(s - 1), "," | "of" | "and" | "de" | "the")
                                && s >= 2
                                && starts_upper(tok(s - 2))))
                        && !covered[s - 1]
                    {
                        s -= 1;
                    }
                    while s < open && !starts_upper(tok(s)) {
                        s += 1;
                    }
                    if s + 2 > open {
                        continue;
                    }
                    let name = text[tokens[s].start..tokens[open - 1].end].to_string();
                    (open - s >= 2
                        && acronym_fits(&acronym, &name)
                        && !NAME_WORDS.not_names.contains(tok(s)))
                    .then(|| {
                        let target = Target::Org {
                            label: name,
                            country: None,
                        };
                        candidates.push(Candidate {
                            tok_start: s,
                            tok_end: open,
                            target: target.clone(),
                            form: MentionForm::Name,
                            argument: true,
                            priority: 3,
                            ambiguous: false,
                        });
                        covered[s..open].iter_mut().for_each(|c| *c = true);
                        target
                    })
                }
            };
            if let Some(target) = target {
                work.acronyms.insert(acronym.clone(), target.clone());
                if !candidates
                    .iter()
                    .any(|c| c.tok_start == i && c.tok_end == i + 1)
                {
                    candidates.push(Candidate {
                        tok_start: i,
                        tok_end: i + 1,
                        target,
                        form: MentionForm::Name,
                        argument: false,
                        priority: 3,
                        ambiguous: false,
                    });
                }
                covered[i] = true;
            }
        }

        // References and pronouns, resolved in the second pass: only at a
        // word that may start one (and at quotation marks, which they follow).
        // Whether a quotation opened earlier in the sentence is open, as the
        // loop goes: "we" inside one is the speaker's, not the author's.
        let mut open_quote = false;
        let references: &[(usize, u16)] = if present & class::REFERENCE != 0 {
            &marked
        } else {
            &[]
        };
        for &(i, classes) in references {
            if classes & (class::REFERENCE | class::QUOTE) == 0 {
                continue;
            }
            let quoted = open_quote;
            match tok(i) {
                "\"" => open_quote = !open_quote,
                "“" => open_quote = true,
                "”" => open_quote = false,
                _ => {}
            }
            if classes & class::REFERENCE == 0 {
                continue;
            }
            let (lower, next, prev) = (
                lowercase(tok(i)),
                lowercase(tok(i + 1)),
                lowercase(tok(i.wrapping_sub(1))),
            );
            let (lower, next, prev) = (&*lower, &*next, &*prev);
            // "the Nordic countries", "the five Central Asian states": a
            // named group's states, read back from the noun.
            if StateGroups::is_group_noun(lower)
                && let Some(found) = self.groups.before(i, tok)
            {
                if !covered[found.tok_start..=i].contains(&true) {
                    candidates.push(Candidate {
                        tok_start: found.tok_start,
                        tok_end: i + 1,
                        target: Target::Unresolved(RefKind::StateGroup(found.group)),
                        form: MentionForm::Reference,
                        argument: true,
                        priority: 0,
                        ambiguous: false,
                    });
                }
                continue;
            }
            // The first words of these arms are `REFERENCE_WORDS`.
            let (kind, len) = match (lower, next) {
                // "His Excellency", "Her Majesty": an honorific, no pronoun.
                ("his" | "her", "excellency" | "majesty" | "highness") => continue,
                ("his" | "her", "government" | "country" | "nation") => (RefKind::OwnState, 2),
                // "Sharif, whose country clashed with India": the state of the
                // name before (resolved below).
                ("whose", "government" | "country" | "nation") if prev == "," => {
                    (RefKind::OwnState, 2)
                }
                ("he" | "she" | "his" | "him" | "her", _) => (RefKind::Person, 1),
                (
                    "two",
                    "countries" | "nations" | "sides" | "governments" | "rivals" | "neighbours"
                    | "neighbors" | "allies" | "powers" | "partners",
                ) if matches!(prev, "the" | "our") => (RefKind::TwoCountries, 2),
                ("both", "countries" | "nations" | "sides" | "governments") => {
                    (RefKind::TwoCountries, 2)
                }
                // "the bilateral relationship", "two-way trade": the pair in view;
                // "trilateral cooperation with the United States": the pair and a third.
                (
                    "bilateral" | "trilateral",
                    "relationship" | "relations" | "ties" | "cooperation" | "trade" | "partnership",
                ) => (RefKind::TwoCountries, 1),
                (
                    "two",
                    "leaders" | "ministers" | "presidents" | "men" | "women" | "envoys"
                    | "counterparts",
                ) if prev == "the" => (RefKind::TwoPersons, 2),
                // "the two Prime Ministers", "the two foreign ministers"
                (
                    "two",
                    "prime" | "foreign" | "defence" | "defense" | "trade" | "finance" | "vice",
                ) if prev == "the"
                    && matches!(&*lowercase(tok(i + 2)), "ministers" | "presidents") =>
                {
                    (RefKind::TwoPersons, 3)
                }
                (
                    "three" | "four" | "five" | "six",
                    "countries" | "nations" | "states" | "juntas" | "governments" | "neighbours"
                    | "neighbors" | "allies" | "partners",
                ) if matches!(prev, "the" | "all" | "our") => {
                    (RefKind::Countries(number_word(lower).unwrap_or(3)), 2)
                }
                // "the two brotherly countries", "our two neighbouring nations".
                ("two", _)
                    if matches!(prev, "the" | "our")
                        && next.chars().all(|c| c.is_ascii_lowercase())
                        && matches!(
                            &*lowercase(tok(i + 2)),
                            "countries" | "nations" | "states" | "governments"
                        ) =>
                {
                    (RefKind::TwoCountries, 3)
                }
                ("country" | "nation" | "regime" | "junta", _) if prev == "the" => {
                    (RefKind::Country, 1)
                }
                // "the island nation", "the landlocked country", "the Gulf
                // state's": a described state.
                ("country" | "nation" | "archipelago", _)
                    if i >= 2
                        && tok(i - 2) == "the"
                        && matches!(
                            prev,
                            "island"
                                | "landlocked"
                                | "oil-rich"
                                | "gas-rich"
                                | "tiny"
                                | "small"
                                | "impoverished"
                                | "war-torn"
                                | "conflict-hit"
                                | "debt-laden"
                                | "debt-ridden"
                                | "crisis-hit"
                                | "sanctions-hit"
                                | "isolated"
                                | "reclusive"
                                | "coastal"
                                | "desert"
                                | "mountainous"
                                | "himalayan"
                                | "gulf"
                                | "african"
                                | "asian"
                                | "pacific"
                                | "caribbean"
                                | "balkan"
                                | "baltic"
                                | "nordic"
                                | "central"
                                | "southern"
                                | "northern"
                                | "eastern"
                                | "western"
                        ) =>
                {
                    (RefKind::Country, 1)
                }
                ("countries" | "nations" | "sides", _) if prev == "the" => {
                    (RefKind::TwoCountries, 1)
                }
                ("alliance", _) if prev == "the" => (RefKind::Alliance, 1),
                // "The Council today adopted": the council the text is about.
                ("council", next) if prev == "the" && tok(i) == "Council" && next != "of" => {
                    (RefKind::Council, 1)
                }
                // ("The Department rejects", "The Authority condemns", "the
                // Fund's board": a press release names its body once, then by
                // its head word.)
                (head, next)
                    if prev == "the"
                        && starts_upper(tok(i))
                        && next != "of"
                        && let Some(&head) =
                            BODY_HEADS.iter().find(|h| h.eq_ignore_ascii_case(head)) =>
                {
                    (RefKind::NamedBody(head), 1)
                }
                ("bloc", _) if prev == "the" => (RefKind::Bloc, 1),
                // "the South American bloc", "the 27-nation bloc", "the regional
                // bloc": the words before name no body of their own.
                ("bloc", _) => {
                    let modifier = |k: usize| {
                        let w = tok(k);
                        !w.is_empty()
                            && (w.chars().all(|c| c.is_ascii_digit() || c == '-')
                                || starts_upper(w) && w.chars().all(char::is_alphabetic)
                                || BLOC_MODIFIERS.contains(&&*lowercase(w)))
                    };
                    let mut k = i;
                    while k > 0 && i - k < 4 && modifier(k - 1) && tok(k - 1) != "The" {
                        k -= 1;
                    }
                    if k == i || k == 0 || !matches!(tok(k - 1), "the" | "The") {
                        continue;
                    }
                    // A demonym inside is the bloc's region ("South American"); a
                    // name inside is the bloc itself ("the ECOWAS bloc").
                    // ("the South American trade bloc Mercosur": named right after.)
                    if !candidates.iter().any(|c| {
                        c.tok_start < i && c.tok_end > k && c.form != MentionForm::Adjective
                            || c.tok_start == i + 1 && c.form == MentionForm::Name
                    }) {
                        candidates.push(Candidate {
                            tok_start: k,
                            tok_end: i + 1,
                            target: Target::Unresolved(RefKind::Bloc),
                            form: MentionForm::Reference,
                            argument: true,
                            priority: 0,
                            ambiguous: false,
                        });
                    }
                    continue;
                }
                // A communiqué's "Summit expressed deep concern", "The Summit
                // commended": the body whose summit it is, acting.
                ("summit", next)
                    if tok(i) == "Summit"
                        && (i == 0 || i == 1 && prev == "the")
                        && next.chars().all(|c| c.is_ascii_lowercase())
                        && !next.is_empty()
                        && !matches!(next, "of" | "in" | "on" | "at" | "will" | "was" | "is") =>
                {
                    (RefKind::Bloc, 1)
                }
                // "Forum Leaders met", "Council Members agreed": the body of
                // that head named before, by its members.
                (head @ ("forum" | "council"), "leaders" | "members" | "ministers")
                    if starts_upper(tok(i)) && starts_upper(tok(i + 1)) =>
                {
                    let head = if head == "forum" { "Forum" } else { "Council" };
                    (RefKind::NamedBody(head), 2)
                }
                // A communiqué's "Leaders welcomed", "The Ministers expressed":
                // the body whose meeting it is, acting (as "Summit" is).
                ("leaders" | "ministers", next)
                    if starts_upper(tok(i))
                        && (i == 0 || i == 1 && prev == "the")
                        && !next.is_empty()
                        && next.chars().all(|c| c.is_ascii_lowercase())
                        && !matches!(next, "of" | "from" | "in" | "on" | "at" | "and" | "who") =>
                {
                    (RefKind::Delegations, 1)
                }
                // "the forum's two largest members": the Forum or League named before.
                (head @ ("forum" | "league"), next) if prev == "the" && next != "of" => {
                    let head = if head == "forum" { "Forum" } else { "League" };
                    (RefKind::NamedBody(head), 1)
                }
                ("organization" | "organisation", _) if prev == "the" => (RefKind::Organization, 1),
                // "holding talks with the group": the group named before; not
                // "the group of seven" nor "the Group" of a name.
                ("group" | "militia" | "movement", next)
                    if prev == "the" && next != "of" && !starts_upper(tok(i)) =>
                {
                    (RefKind::Group, 1)
                }
                ("it", _) if i == 0 || matches!(prev, "," | "and" | "that" | "but") => {
                    (RefKind::Topic, 1)
                }
                ("we" | "our" | "us", _) if !quoted => (RefKind::Author, 1),
                ("government", next)
                    if prev == "the"
                        && tok(i) == "Government"
                        && !matches!(next, "of" | "'s" | "’s")
                        && !quoted =>
                {
                    (RefKind::Publisher, 1)
                }
                ("its", _) => (RefKind::Its, 1),
                _ => continue,
            };
            if covered[i] {
                continue;
            }
            candidates.push(Candidate {
                tok_start: i,
                tok_end: i + len,
                target: Target::Unresolved(kind),
                form: MentionForm::Reference,
                argument: true,
                priority: 0,
                ambiguous: false,
            });
        }
        work.covered = covered;
        work.marked = marked;
        candidates
    }

    /// The state that speaks as "we" in a government text: the country that
    /// opens a statement ("The UK strongly condemns", "The United States
    /// commends"), else the state of the first official named (a minister's
    /// readout). `None` when the text gives neither.
    fn author(&self, text: &str, work: &Work) -> Option<usize> {
        self.stated_author(text, work).or_else(|| {
            // "Senator the Hon Penny Wong, Minister for Foreign Affairs" heading a
            // release: a known person's own state when the title names none (only
            // in the lead: "President Sadat" in a speech is not its author).
            work.pending.iter().find_map(|p| match &p.body {
                Some(Target::Unresolved(RefKind::Author)) if p.sentence > 1 => None,
                Some(Target::Unresolved(RefKind::Author)) => {
                    self.known_person_state(&work.known_persons, &p.person)
                }
                body => body.as_ref().and_then(|b| self.country_of(b)),
            })
        })
    }

    /// The state of a known person named `person` ("President Ruto": Kenya),
    /// from the persons table.
    fn known_person_state(
        &self,
        known_persons: &HashMap<String, usize>,
        person: &str,
    ) -> Option<usize> {
        known_persons
            .get(person)
            .copied()
            // ("Gilberto C. Teodoro": the tables' "Gilberto Teodoro".)
            .or_else(|| {
                self.by_id
                    .get(&slug(&person_key(person)))
                    .copied()
                    .filter(|&e| self.entries[e].kind == EntityKind::Person)
            })
            .and_then(|e| self.entries[e].country.as_ref())
            .and_then(|id| self.by_id.get(id))
            .copied()
    }

    /// The state of a target: itself, or the state a body belongs to.
    fn country_of(&self, target: &Target) -> Option<usize> {
        match target {
            Target::Entry(i) if self.entries[*i].kind == EntityKind::Country => Some(*i),
            Target::Entry(i) => self.entries[*i]
                .country
                .as_ref()
                .and_then(|c| self.by_id.get(c))
                .copied(),
            Target::Org { country, .. } => *country,
            _ => None,
        }
    }

    /// The states and bodies a joint statement's title names as its issuers: "Joint
    /// Communiqué of the Governments of Brazil, Colombia and Mexico on the
    /// situation in Venezuela" (not Venezuela, named after the topic's "on").
    /// Empty unless the first sentence is such a title naming two or more.
    fn joint_authors(&self, text: &str, work: &Work) -> Vec<usize> {
        let Some((_, tokens, candidates)) = work.sentences.first() else {
            return Vec::new();
        };
        let tok = |i: usize| tokens.get(i).map_or("", |t| &text[t.start..t.end]);
        let statement = |w: &str| {
            matches!(
                &*lowercase(w),
                "statement" | "declaration" | "communiqué" | "communique"
            )
        };
        if !tok(0).eq_ignore_ascii_case("joint") || !(statement(tok(1)) || statement(tok(2))) {
            return Vec::new();
        }
        let Some(of) = (1..4).find(|&i| matches!(tok(i), "of" | "by")) else {
            return Vec::new();
        };
        let inside_a_name = |i: usize| candidates.iter().any(|c| c.tok_start < i && i < c.tok_end);
        let end = (of + 1..tokens.len())
            .find(|&i| {
                matches!(
                    tok(i),
                    "on" | "about"
                        | "regarding"
                        | "concerning"
                        | "following"
                        | "after"
                        | "at"
                        | "in"
                ) && !inside_a_name(i)
            })
            .unwrap_or(tokens.len());
        let mut authors: Vec<usize> = Vec::new();
        for c in candidates {
            if c.tok_start > of
                && c.tok_end <= end
                && !c.ambiguous
                && let Target::Entry(e) = c.target
                && self.entries[e].kind != EntityKind::Person
                && !authors.contains(&e)
            {
                authors.push(e);
            }
        }
        if authors.len() < 2 {
            authors.clear();
        }
        authors
    }

    /// The state that opens a statement: "The UK strongly condemns", "Japan will".
    fn stated_author(&self, text: &str, work: &Work) -> Option<usize> {
        // Verbs of a statement's own voice: "The United States commends".
        const STATEMENT_VERBS: &[&str] = &[
            "welcomes",
            "commends",
            "condemns",
            "strongly",
            "calls",
            "urges",
            "reiterates",
            "stands",
            "congratulates",
            "announces",
            "firmly",
            "deeply",
            "applauds",
            "supports",
            "notes",
            "reaffirms",
            "remains",
        ];
        // Verbs that open any news sentence: "Rwanda has denied", "Japan will".
        const OPENING_VERBS: &[&str] = &[
            "has",
            "have",
            "will",
            "continues",
            "announced",
            "today",
            "also",
        ];
        for (k, (_, tokens, candidates)) in work.sentences.iter().enumerate().take(8) {
            let tok = |i: usize| -> &str { tokens.get(i).map_or("", |t| &text[t.start..t.end]) };
            let start = dateline_end(text, tokens);
            let opener = candidates.iter().find(|c| {
                let mut verb = tok(c.tok_end);
                // "The UK strongly condemns": the verb after the adverb, in the
                // present of a statement's voice ("The Government of Japan
                // strongly supported" reports another's act).
                if matches!(verb, "strongly" | "firmly" | "deeply") {
                    let next = tok(c.tok_end + 1);
                    if !(STATEMENT_VERBS.contains(&next)
                        || next.ends_with('s') && !next.ends_with("ss"))
                    {
                        return false;
                    }
                    verb = next;
                }
                // Only the lead speaks with a common verb: a state that opens a
                // later sentence that way is usually answering.
                c.form == MentionForm::Name
                    && (c.tok_start == start
                        || (c.tok_start == start + 1 && matches!(tok(start), "The" | "the")))
                    && (STATEMENT_VERBS.contains(&verb) || (k < 2 && OPENING_VERBS.contains(&verb)))
            });
            if let Some(country) = opener.and_then(|c| self.country_of(&c.target)) {
                return Some(country);
            }
        }
        None
    }

    /// The first state a headline names: whom the story is about ("Argentina
    /// buys 24 Danish F-16s" over a Copenhagen dateline), so a bare title below
    /// ("Defence Minister Luis Petri") is read as that state's. A headline is a
    /// first line with no full stop, set off by a blank line.
    fn headline_country(&self, text: &str, work: &Work) -> Option<usize> {
        let (_, tokens, candidates) = work.sentences.first()?;
        let last = tokens.last()?;
        let after = &text[last.end..];
        if matches!(&text[last.start..last.end], "." | "!" | "?" | ":")
            || !after
                .trim_start_matches([' ', '\t', '\r'])
                .starts_with('\n')
        {
            return None;
        }
        candidates
            .iter()
            .filter(|c| !c.ambiguous)
            .min_by_key(|c| c.tok_start)
            .and_then(|c| match c.target {
                Target::Entry(e) if self.entries[e].kind == EntityKind::Country => Some(e),
                _ => None,
            })
    }

    /// The state named on a release's masthead line: "Press release,
    /// Ministry of the Interior, Helsinki, 28 November 2023" is Finland's.
    fn release_line_country(&self, text: &str, work: &Work) -> Option<usize> {
        work.sentences
            .iter()
            .take(3)
            .find_map(|(_, tokens, candidates)| {
                let tok = |i: usize| tokens.get(i).map_or("", |t| &text[t.start..t.end]);
                let masthead = matches!(
                    (&*lowercase(tok(0)), &*lowercase(tok(1))),
                    ("press" | "news" | "media", "release" | "statement")
                        | ("readout" | "statement", ",")
                );
                if !masthead {
                    return None;
                }
                candidates.iter().find_map(|c| match c.target {
                    Target::Entry(e)
                        if !c.ambiguous && self.entries[e].kind == EntityKind::Country =>
                    {
                        Some(e)
                    }
                    _ => None,
                })
            })
    }

    /// The state whose capital opens the text's dateline: "NEW DELHI - ...".
    fn dateline_country(&self, text: &str, work: &Work) -> Option<usize> {
        // After the headline, if there is one.
        let (tokens, end) = work.sentences.iter().take(3).find_map(|(_, tokens, _)| {
            let end = dateline_end(text, tokens);
            (end > 0).then_some((tokens, end))
        })?;
        // The place, written in capitals: "NEW DELHI", "KINSHASA/GOMA".
        let place: Vec<String> = tokens[..end - 1]
            .iter()
            .map(|t| &text[t.start..t.end])
            .take_while(|w| !matches!(*w, "," | "/" | "(" | "–" | "—" | "-"))
            .map(|w| {
                let mut chars = w.chars();
                chars.next().map_or(String::new(), |first| {
                    first
                        .to_uppercase()
                        .chain(chars.flat_map(char::to_lowercase))
                        .collect()
                })
            })
            .collect();
        let place = place.join(" ");
        let found = self.gazetteer.find(&place);
        match found.as_slice() {
            [m] if m.start == 0 && m.end == place.len() && !m.ambiguous => {
                self.country_of(&Target::Entry(m.entity))
            }
            _ => None,
        }
    }

    /// An ambiguous form ("Jordan", "Chad", "Georgia") counts unless it sits
    /// inside a longer capitalized name ("Michael Jordan", "Chad Smith").
    fn ambiguous_form_fits(&self, tokens: &[Token], text: &str, s: usize, e: usize) -> bool {
        let tok = |i: usize| -> &str { tokens.get(i).map_or("", |t| &text[t.start..t.end]) };
        let name_like =
            |w: &str| starts_upper(w) && !NAME_WORDS.not_names.contains(w) && !all_caps(w);
        let before = s > 0 && name_like(tok(s - 1)) && self.gazetteer.find(tok(s - 1)).is_empty();
        let after = name_like(tok(e))
            && self.gazetteer.find(tok(e)).is_empty()
            && !NAME_WORDS.org_heads.contains(tok(e));
        !(before || after)
    }

    /// A person's name starting at token `n`: capitalized words, initials,
    /// particles and hyphenated parts, up to four words.
    fn name_at<'t>(
        &self,
        tokens: &[Token],
        text: &'t str,
        n: usize,
        covered: &[bool],
    ) -> Option<(usize, usize, &'t str)> {
        let tok = |i: usize| -> &str { tokens.get(i).map_or("", |t| &text[t.start..t.end]) };
        let mut j = n;
        // An honorific is no part of the name ("Mr. E. G. Squiers", "Dr Carla
        // Barnett"), and a suffix alone is no name ("Jr.").
        let mut start = n;
        // A given name cut to an abbreviation is skipped the same way: "Md.
        // Touhid Hossain", "Ma. Theresa Lazaro" are known by the rest.
        let abbreviated = |j: usize| matches!(tok(j), "Md" | "Mohd" | "Ma") && tok(j + 1) == ".";
        while (matches!(
            tok(j),
            "Mr" | "Mrs" | "Ms" | "Dr" | "Prof" | "Mr." | "Mrs." | "Dr." | "Madam" | "Sir"
        ) || abbreviated(j)
            || local_honorific(j, &tok))
            && !covered.get(j).copied().unwrap_or(true)
        {
            j += 1;
            if matches!(tok(j), "." | "'" | "’") {
                j += 1;
            }
            start = j;
        }
        if matches!(tok(j), "Jr" | "Sr") {
            return None;
        }
        let mut words = 0;
        // A name of lineage runs longer: "Mohammed bin Salman bin Abdulaziz Al
        // Saud" has six words and two particles.
        let mut most_words = 4;
        loop {
            let w = tok(j);
            if j >= tokens.len() || covered.get(j).copied().unwrap_or(true) {
                break;
            }
            // Initials: "Antony J. Blinken", "B. Santosh Babu".
            if starts_upper(w)
                && one_char(w)
                && tok(j + 1) == "."
                && (words > 0 || starts_upper(tok(j + 2)))
            {
                j += 2;
                continue;
            }
            if starts_upper(w)
                && !NAME_WORDS.not_names.contains(w)
                && !ROLE_PLURALS.contains(&w)
                && !all_caps(w)
                && !w.bytes().any(|b| b.is_ascii_digit())
            {
                words += 1;
                j += 1;
                // A hyphenated part belongs to its word: "Al-Jaber Al-Sabah" is two,
                // and so is "Lin Chia-lung" (a given name's lower-case syllable,
                // written close, after a surname: not "Biden-era").
                let attached =
                    |k: usize| k >= 1 && k < tokens.len() && tokens[k].start == tokens[k - 1].end;
                while tok(j) == "-"
                    && (starts_upper(tok(j + 1))
                        || words >= 2
                            && attached(j)
                            && attached(j + 1)
                            && (1..=5).contains(&tok(j + 1).len())
                            && tok(j + 1).bytes().all(|b| b.is_ascii_lowercase()))
                {
                    j += 2;
                }
                if words >= most_words {
                    break;
                }
                continue;
            }
            let particle_chain = NAME_WORDS.particles.contains(w)
                && (starts_upper(tok(j + 1))
                    || (NAME_WORDS.particles.contains(tok(j + 1)) && starts_upper(tok(j + 2))));
            if words > 0 && particle_chain
                || (words > 0 && matches!(w, "al" | "el") && tok(j + 1) == "-")
            {
                if matches!(w, "bin" | "ibn" | "bint" | "ben") {
                    most_words = 6;
                }
                j += 1;
                if tok(j) == "-" {
                    j += 1;
                }
                continue;
            }
            if words == 0 && matches!(w, "al" | "el") && tok(j + 1) == "-" {
                j += 2;
                continue;
            }
            break;
        }
        // ("the research vessel Xiang Yang Hong 03", "the Shi Yan 6": a
        // ship's name and number, no person.)
        if words == 0 || !tok(j).is_empty() && tok(j).bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        // Do not end on a particle or initial dot.
        let end = j;
        Some((start, end, &text[tokens[start].start..tokens[end - 1].end]))
    }

    /// Names listed after a plural word for people (at token `i`) and a
    /// comma or colon: "five Russian nationals, Ivan Petrov and Oleg
    /// Smirnov", "its representatives: Kim Se Un, Jo Kyong Hun and Myong Chol
    /// Min". Each of two words or more; two names or more, or the list is no
    /// list.
    fn persons_listed_after(
        &self,
        i: usize,
        tokens: &[Token],
        text: &str,
        covered: &mut [bool],
        candidates: &mut Vec<Candidate>,
    ) {
        let tok = |i: usize| -> &str { tokens.get(i).map_or("", |t| &text[t.start..t.end]) };
        if !PERSON_PLURALS.contains(&tok(i)) || !matches!(tok(i + 1), "," | ":") {
            return;
        }
        let mut at = i + 2;
        let mut listed = Vec::new();
        let mut count = 0;
        loop {
            // (A name another rule found stays in the list: its covered
            // capitalized words are passed over.)
            let ne = if at < tokens.len() && covered[at] && starts_upper(tok(at)) {
                let mut ne = at;
                while ne < tokens.len() && covered[ne] && ne < at + 6 {
                    ne += 1;
                }
                ne
            } else if let Some((ns, ne, name)) = (at < tokens.len()
                && !covered[at]
                && starts_upper(tok(at)))
            .then(|| self.name_at(tokens, text, at, covered))
            .flatten()
            .filter(|&(ns, ne, name)| {
                ns == at && name.contains(' ') && !NAME_WORDS.org_heads.contains(tok(ne - 1))
            }) {
                listed.push((ns, ne, name));
                ne
            } else {
                break;
            };
            count += 1;
            match (tok(ne), tok(ne + 1)) {
                (",", "and") => at = ne + 2,
                ("," | "and", _) => at = ne + 1,
                _ => break,
            }
        }
        if count < 2 {
            return;
        }
        for (ns, ne, name) in listed {
            covered[ns..ne].iter_mut().for_each(|c| *c = true);
            candidates.push(Candidate::person(ns, ne, name));
        }
    }

    /// A name that ends right before token `end`.
    fn name_before<'t>(
        &self,
        tokens: &[Token],
        text: &'t str,
        end: usize,
        covered: &[bool],
    ) -> Option<(usize, usize, &'t str)> {
        let tok = |i: usize| -> &str { tokens.get(i).map_or("", |t| &text[t.start..t.end]) };
        let mut s = end;
        let mut words = 0;
        while s > 0 && words < 4 {
            let w = tok(s - 1);
            if covered[s - 1] {
                break;
            }
            if w == "." && s >= 2 && one_char(tok(s - 2)) && starts_upper(tok(s - 2)) {
                s -= 2;
                continue;
            }
            if starts_upper(w)
                && !NAME_WORDS.not_names.contains(w)
                && !ROLE_PLURALS.contains(&w)
                && !all_caps(w)
            {
                words += 1;
                s -= 1;
                if s > 0 && tok(s - 1) == "-" {
                    s -= 1;
                }
                continue;
            }
            if words > 0 && NAME_WORDS.particles.contains(w) {
                s -= 1;
                continue;
            }
            break;
        }
        while s < end && !starts_upper(tok(s)) {
            s += 1;
        }
        // An honorific is no part of the name: "chaired by Mr Mbae Mohamed,",
        // "by Dato' Seri Haji Ahmad bin Zulkifli,".
        while s + 1 < end && (HONORIFICS.contains(&tok(s)) || local_honorific(s, &tok)) {
            s += 1;
            if matches!(tok(s), "." | "'" | "’") {
                s += 1;
            }
        }
        (words > 0 && s < end).then(|| (s, end, &text[tokens[s].start..tokens[end - 1].end]))
    }

    fn second_pass(&self, text: &str, work: Work) -> DocEntities {
        let mut state = Resolution::default();
        // Full person names known in the document, for surnames.
        let mut person_names: Vec<String> = Vec::new();
        for (_, tokens, candidates) in &work.sentences {
            for c in candidates {
                if let Target::Person(name) = &c.target {
                    person_names.push(name.clone());
                }
            }
            let _ = tokens;
        }
        // Each name once, in the order of its last mention (which decides
        // ties below): lookups are then per distinct name, not per mention,
        // and a long document stays linear.
        let mut seen = FxHashSet::default();
        person_names.reverse();
        person_names.retain(|n| seen.insert(n.clone()));
        person_names.reverse();
        let person_index = PersonIndex::new(&person_names);
        let canonical_person = |name: &str| -> String { person_index.canonical(name).to_string() };
        // A known person's name in this document: the fullest form the text uses,
        // or the table's label when the text gives one word only ("Putin").
        let mut known_names: HashMap<usize, String> = HashMap::default();
        for (surface, &entry) in &work.known_persons {
            let full = canonical_person(surface);
            let slot = known_names.entry(entry).or_default();
            let words = |n: &str| n.split(' ').count();
            if (words(&full), full.len(), &full) > (words(slot), slot.len(), &*slot) {
                *slot = full;
            }
        }
        // The table's label when the text's fullest form is one word ("Putin")
        // or one of the table's own names ("Ishiba Shigeru", "Tayyip Erdogan"):
        // the same person gets the same label whatever form the text chose.
        for (&entry, name) in known_names.iter_mut() {
            let row = &self.entries[entry];
            if !name.contains(' ') || row.aliases.iter().any(|a| a.text == *name) {
                *name = row.label.clone();
            }
        }
        let person_name = |name: &str| -> String {
            let full = canonical_person(name);
            work.known_persons
                .get(name)
                .or_else(|| work.known_persons.get(&full))
                .and_then(|&entry| Some((entry, known_names.get(&entry)?)))
                .filter(|&(entry, known)| {
                    known.len() > full.len() || *known == self.entries[entry].label
                })
                .map(|(_, known)| known.clone())
                .unwrap_or(full)
        };
        let surnames: HashMap<String, String> = {
            let mut map: HashMap<String, Option<String>> = HashMap::default();
            for name in &person_names {
                let full = canonical_person(name);
                // "Abdel Fattah al-Burhan" is "Burhan" later.
                let last_word = full.split(' ').next_back().map(|w| {
                    w.strip_prefix("al-")
                        .or_else(|| w.strip_prefix("el-"))
                        .unwrap_or(w)
                });
                if let Some(last) = last_word {
                    let slot = map
                        .entry(last.to_string())
                        .or_insert_with(|| Some(full.clone()));
                    if slot.as_deref() != Some(full.as_str()) {
                        *slot = None; // two people share the surname: do not guess
                    }
                }
            }
            map.into_iter()
                .filter_map(|(k, v)| v.map(|v| (k, v)))
                .collect()
        };

        let author = self.author(text, &work);
        // "Joint Communiqué of the Governments of Brazil, Colombia and
        // Mexico": "we" and "our three countries" are all of them.
        let joint_authors = self.joint_authors(text, &work);
        // "Press release, Ministry of the Interior, Helsinki": whose release.
        let publisher = self.release_line_country(text, &work);
        // A title with no state named: the state the text speaks for, else the
        // one its dateline is filed from ("NEW DELHI -").
        // A wire story is filed from where the reporter is, which is not always
        // whom it is about: of the dateline's state and the state its headline
        // is about ("Argentina buys 24 Danish F-16s", filed from Copenhagen),
        // the one the story names more.
        let stated_author = self.stated_author(text, &work).or_else(|| {
            let Some(dateline) = self.dateline_country(text, &work) else {
                return publisher;
            };
            let named = |state: usize| {
                work.sentences
                    .iter()
                    .flat_map(|(_, _, candidates)| candidates)
                    .filter(|c| !c.ambiguous && c.target == Target::Entry(state))
                    .count()
            };
            match self.headline_country(text, &work) {
                Some(headline) if named(headline) > named(dateline) => Some(headline),
                _ => Some(dateline),
            }
        });
        let mut out_sentences = Vec::with_capacity(work.sentences.len());
        let mut topic: Option<usize> = None;
        let mut last_person: Option<usize> = None;
        // The person the sentence before opened with ("Blinken arrived ...",
        // "He met ..."): a sentence that opens with "He" goes on about them,
        // not about the last person named ("He met Foreign Minister Shoukry.
        // He later traveled to Amman").
        let mut subject_person: Option<usize> = None;
        // Persons named (not referred to), the latest last; and the first and
        // last of the latest sentence naming two ("Chinh was received by Murmu
        // before holding talks with Modi"): "the two leaders".
        let mut recent_persons: Vec<usize> = Vec::new();
        let mut person_pair: Option<(usize, usize)> = None;
        let mut recent_countries: Vec<usize> = Vec::new();
        // The last two states named together ("Saudi Arabia and Iran agreed"): what
        // "the two countries" and "both sides" most often mean.
        let mut recent_pair: Option<(usize, usize)> = None;
        let mut last_org: Option<usize> = None;
        // States named in any form (adjectives, titles' bodies), the latest last.
        let mut recent_states_any: Vec<usize> = Vec::new();
        // Organizations named so far, the latest last.
        let mut recent_orgs: Vec<usize> = Vec::new();
        let mut orgs_before: Vec<usize> = Vec::new();
        let mut sentence_index_map = Vec::with_capacity(work.sentences.len());
        // The officials found in each sentence, in the order found.
        let mut officials_at: Vec<Vec<usize>> = vec![Vec::new(); work.sentences.len()];
        for (k, p) in work.pending.iter().enumerate() {
            if let Some(at) = officials_at.get_mut(p.sentence) {
                at.push(k);
            }
        }
        // Per-sentence flags, their buffers reused from sentence to sentence.
        let mut covered: Vec<bool> = Vec::new();
        let mut dropped: Vec<bool> = Vec::new();
        // (`NO_CANDIDATE` for none: a table of one number a token, filled
        // with one memset, where `Option<usize>` took a loop.)
        let mut outer: Vec<usize> = Vec::new();
        const NO_CANDIDATE: usize = usize::MAX;
        // Where the text's colons are: most sentences have none, and one
        // search of the text beats a test per token of every sentence.
        let colons: Vec<usize> = memchr::memchr_iter(b':', text.as_bytes()).collect();
        for (span, tokens, mut candidates) in work.sentences {
            let tok = |i: usize| -> &str { tokens.get(i).map_or("", |t| &text[t.start..t.end]) };
            // Bodies named before this sentence, for "the bloc" below.
            orgs_before.clear();
            orgs_before.extend_from_slice(&recent_orgs);
            covered.clear();
            covered.resize(tokens.len(), false);
            for c in &candidates {
                covered[c.tok_start..c.tok_end.min(tokens.len())]
                    .iter_mut()
                    .for_each(|x| *x = true);
            }
            // Later uses of acronyms and surnames (none in a document that
            // defines no acronym and names no person).
            let later_uses_end = if work.acronyms.is_empty() && person_names.is_empty() {
                0
            } else {
                tokens.len()
            };
            // (Without an acronym, only a capital may start a surname: the
            // capital is tested first, as most tokens have none.)
            let no_acronyms = work.acronyms.is_empty();
            for i in 0..later_uses_end {
                if no_acronyms && !tokens[i].capital || covered[i] {
                    continue;
                }
                // Most documents define no acronym: no word to slice and hash then.
                if !work.acronyms.is_empty()
                    && let Some(target) = work.acronyms.get(tok(i))
                {
                    candidates.push(Candidate {
                        tok_start: i,
                        tok_end: i + 1,
                        target: target.clone(),
                        form: MentionForm::Name,
                        argument: true,
                        priority: 3,
                        ambiguous: false,
                    });
                    covered[i] = true;
                } else if !person_names.is_empty() && tokens[i].capital {
                    // (A document that names no person has no surname to
                    // find: no name is known then.)
                    let w = tok(i);
                    // "Bhutto Zardari" or "Rouhani": longest known suffix of a full name.
                    if let Some((ns, ne, name)) = self.name_at(&tokens, text, i, &covered) {
                        let full = person_index.canonical(name);
                        let known = full != name || person_index.contains(name);
                        let target = if known {
                            Some(full)
                        } else {
                            surnames.get(w).map(String::as_str)
                        };
                        // (A surname found alone is the word here; a name that
                        // starts past it, after a title's abbreviation, is no
                        // surname of this word.)
                        if let Some(full) = target.filter(|_| known || ns <= i) {
                            let end = if known { ne } else { i + 1 };
                            candidates.push(Candidate::person(ns, end, full));
                            covered[ns..end].iter_mut().for_each(|x| *x = true);
                        }
                    }
                }
            }
            // An acronym the text defines means what the text says ("SDF" after "Syrian Democratic Forces (SDF)").
            apply_defined_acronyms(&mut candidates, &work.acronyms, tok);
            // Ambiguous readings: the entity (or the state of the body) the document names elsewhere wins.
            let country_of_entry = |i: usize| {
                self.entries[i]
                    .country
                    .as_ref()
                    .and_then(|id| self.by_id.get(id))
                    .copied()
            };
            let named = |c: &Candidate| match c.target {
                Target::Entry(i) => {
                    work.named_entries.contains(&i)
                        || country_of_entry(i).is_some_and(|ci| work.named_entries.contains(&ci))
                }
                _ => false,
            };
            let same_state_as_named = |c: &Candidate| match c.target {
                Target::Entry(i) => country_of_entry(i).is_some_and(|state| {
                    work.named_entries
                        .iter()
                        .any(|&n| n != i && country_of_entry(n) == Some(state))
                }),
                _ => false,
            };
            dropped.clear();
            dropped.resize(candidates.len(), false);
            for i in 0..candidates.len() {
                if !candidates[i].ambiguous || dropped[i] {
                    continue;
                }
                let rivals: Vec<usize> = (0..candidates.len())
                    .filter(|&j| {
                        j != i
                            && !dropped[j]
                            && candidates[j].tok_start == candidates[i].tok_start
                            && candidates[j].tok_end == candidates[i].tok_end
                            && matches!(candidates[j].target, Target::Entry(_))
                    })
                    .collect();
                if rivals.is_empty() {
                    continue;
                }
                // Else the reading whose state is that of a body the document
                // names ("SDF" beside the Syrian National Army is Syrian).
                let weight = |k: usize| match candidates[k].target {
                    Target::Entry(e) => {
                        let count = |x: usize| work.named_counts.get(&x).copied().unwrap_or(0);
                        count(e) + country_of_entry(e).map_or(0, count)
                    }
                    _ => 0,
                };
                let keep = std::iter::once(i)
                    .chain(rivals.iter().copied())
                    .enumerate()
                    .filter(|&(_, k)| named(&candidates[k]))
                    // The most named; of equals, the first.
                    .max_by_key(|&(order, k)| (weight(k), std::cmp::Reverse(order)))
                    .map(|(_, k)| k)
                    .or_else(|| {
                        std::iter::once(i)
                            .chain(rivals.iter().copied())
                            .find(|&k| same_state_as_named(&candidates[k]))
                    });
                // Bodies of different states, none of which the text names
                // ("Congress" in a passage that names neither the United States
                // nor India): no context, no reading.
                let all_bodies_of_states = std::iter::once(i).chain(rivals.iter().copied()).all(
                    |k| matches!(candidates[k].target, Target::Entry(e) if country_of_entry(e).is_some()),
                );
                // With no context, a body seated in a capital is the one a story
                // about international relations means: "Brussels criticised
                // Hungary" is the European Union (the text naming Belgium, or
                // Belgium alone, decides above).
                let body_reading = std::iter::once(i).chain(rivals.iter().copied()).find(|&k| {
                    matches!(candidates[k].target, Target::Entry(e)
                        if self.entries[e].kind == EntityKind::Organization)
                });
                let keep = keep.or((!all_bodies_of_states).then_some(body_reading.unwrap_or(i)));
                for k in std::iter::once(i).chain(rivals) {
                    if Some(k) != keep {
                        dropped[k] = true;
                    }
                }
            }
            let mut keep_flags = dropped.iter();
            candidates.retain(|_| !keep_flags.next().copied().unwrap_or(false));
            // Keep the best candidate where they overlap.
            candidates.sort_by_key(|c| {
                (
                    std::cmp::Reverse(c.priority),
                    c.tok_start,
                    std::cmp::Reverse(c.tok_end),
                )
            });
            // At most every candidate: room for all at once, not regrown.
            let mut kept: Vec<Candidate> = Vec::with_capacity(candidates.len());
            // For each token, the first kept candidate that covers it: overlap
            // tests look at the candidate's own tokens, not at every kept
            // candidate (linear in the sentence, not quadratic). That one is
            // the outermost: a candidate kept despite an overlap lies inside
            // an organization's name kept before it, so only the first can
            // be the organization a later one nests in.
            outer.clear();
            // (A sentence with no candidate, as many are, needs no table.)
            if !candidates.is_empty() {
                outer.resize(tokens.len() + 1, NO_CANDIDATE);
            }
            for c in candidates {
                let overlaps = outer[c.tok_start..c.tok_end]
                    .iter()
                    .any(|&k| k != NO_CANDIDATE);
                let nested_inside_org = !c.argument && {
                    let k = outer[c.tok_start];
                    k != NO_CANDIDATE && {
                        let k = &kept[k];
                        k.tok_start <= c.tok_start
                            && c.tok_end <= k.tok_end
                            && matches!(k.target, Target::Org { .. })
                    }
                };
                if !overlaps || nested_inside_org {
                    for slot in &mut outer[c.tok_start..c.tok_end] {
                        if *slot == NO_CANDIDATE {
                            *slot = kept.len();
                        }
                    }
                    kept.push(c);
                }
            }
            kept.sort_by_key(|c| (c.tok_start, c.tok_end));

            let asides = aside_states(text, &tokens);
            let mut mentions: Vec<Mention> = Vec::with_capacity(kept.len());
            let mut sentence_topic = None;
            let previous_subject = subject_person.take();
            let opener = kept
                .iter()
                .position(|c| c.argument)
                .filter(|&k| kept[k].tok_start <= 6)
                .map(|k| kept[k].tok_start);
            // References to several states ("the two countries").
            let mut group_references: Vec<GroupReference> = Vec::new();
            for c in kept {
                let opens = Some(c.tok_start) == opener;
                let several = match c.target {
                    Target::Unresolved(RefKind::StateGroup(_)) => Some(true),
                    Target::Unresolved(RefKind::TwoCountries | RefKind::Countries(_)) => {
                        Some(false)
                    }
                    _ => None,
                };
                let entities: Vec<usize> = match &c.target {
                    Target::Unresolved(RefKind::Person)
                        if c.tok_start == 0
                            && matches!(tok(0), "He" | "She")
                            && previous_subject.is_some() =>
                    {
                        previous_subject.into_iter().collect()
                    }
                    Target::Unresolved(kind) => match kind {
                        RefKind::Person => last_person.into_iter().collect(),
                        RefKind::Country => topic
                            .filter(|&t| state.entities[t].kind == EntityKind::Country)
                            .or(recent_countries.last().copied())
                            .into_iter()
                            .collect(),
                        RefKind::TwoPersons => {
                            if let Some((a, b)) = person_pair {
                                vec![a, b]
                            } else if recent_persons.len() >= 2 {
                                recent_persons[recent_persons.len() - 2..].to_vec()
                            } else {
                                Vec::new()
                            }
                        }
                        // "our three countries" in a joint statement of three.
                        RefKind::Countries(n)
                            if usize::from(*n) == joint_authors.len()
                                && c.tok_start >= 1
                                && matches!(tok(c.tok_start - 1), "our" | "Our") =>
                        {
                            joint_authors
                                .iter()
                                .map(|&a| state.intern_quiet(self, &Target::Entry(a)))
                                .collect()
                        }
                        RefKind::Countries(n) => {
                            let n = usize::from(*n);
                            if recent_countries.len() >= n {
                                recent_countries[recent_countries.len() - n..].to_vec()
                            } else {
                                Vec::new()
                            }
                        }
                        // The members the text has named so far, in the table's
                        // order (a group that opens a text, the members it names
                        // later); of "the two Gulf states", the two named last.
                        RefKind::StateGroup(group) => {
                            let named = self
                                .groups
                                .members(*group)
                                .iter()
                                .filter(|&&e| work.named_entries.contains(&e));
                            let so_far: Vec<usize> = named
                                .clone()
                                .filter(|&&e| state.index.contains_key(&self.entries[e].id))
                                .copied()
                                .collect();
                            let chosen: Vec<usize> = if so_far.len() >= 2 {
                                so_far
                            } else {
                                named.copied().collect()
                            };
                            let mut members: Vec<usize> = chosen
                                .into_iter()
                                .map(|e| state.intern_quiet(self, &Target::Entry(e)))
                                .collect();
                            if let Some(count) = number_word(&lowercase(tok(c.tok_start)))
                                .map(usize::from)
                                .filter(|&n| n < members.len())
                            {
                                let last_named = |e: &usize| {
                                    recent_countries
                                        .iter()
                                        .position(|r| r == e)
                                        .map_or(0, |p| p + 1)
                                };
                                let mut latest = members.clone();
                                latest.sort_by_key(|e| std::cmp::Reverse(last_named(e)));
                                latest.truncate(count);
                                members.retain(|e| latest.contains(e));
                            }
                            members
                        }
                        RefKind::TwoCountries => {
                            // "India rushed credit to Sri Lanka, and Modi said the two
                            // governments ...": two states named apart earlier in this
                            // sentence ("thanked Iraq and Oman for hosting talks between
                            // the two sides" names hosts, not the sides).
                            let mut here: Vec<&Mention> = Vec::new();
                            for m in &mentions {
                                if m.argument
                                    && m.form != MentionForm::Adjective
                                    && state.entities[m.entity].kind == EntityKind::Country
                                    && !here.iter().any(|h| h.entity == m.entity)
                                {
                                    here.push(m);
                                }
                            }
                            let apart = |a: &Mention, b: &Mention| {
                                !(a.tok_end + 1 == b.tok_start
                                    && matches!(tok(a.tok_end), "and" | "," | "or"))
                            };
                            // "Modi and Xi held talks after the two countries reached
                            // an agreement": the states of two officials named here.
                            let mut officials_states: Vec<usize> = Vec::new();
                            for m in &mentions {
                                if state.entities[m.entity].kind != EntityKind::Person {
                                    continue;
                                }
                                if let Some(served) = state.state_served(m.entity)
                                    && !officials_states.contains(&served)
                                {
                                    officials_states.push(served);
                                }
                            }
                            // "signed by Armenia and Azerbaijan under the auspices of
                            // the United States, ... a peace agreement between the two
                            // countries": the pair named together here.
                            let coordinated_here = here.windows(2).find_map(|w| {
                                (w[0].tok_end + 1 == w[1].tok_start
                                    && tok(w[0].tok_end) == "and"
                                    && w[1].tok_end <= c.tok_start
                                    && !(w[0].tok_start >= 1 && tok(w[0].tok_start - 1) == ","))
                                    .then_some((w[0].entity, w[1].entity))
                            });
                            if let [a, b] = here[..]
                                && apart(a, b)
                            {
                                let (a, b) = (a.entity, b.entity);
                                vec![a, b]
                            } else if here.len() > 2
                                && let Some((a, b)) = coordinated_here
                            {
                                vec![a, b]
                            } else if here.is_empty()
                                && let [a, b] = officials_states[..]
                            {
                                vec![a, b]
                            } else if let Some((a, b)) = recent_pair {
                                vec![a, b]
                            } else if recent_countries.len() >= 2 {
                                recent_countries[recent_countries.len() - 2..].to_vec()
                            } else if recent_states_any.len() >= 2 {
                                // "Chilean President ... Argentine President ...": the
                                // states of titles and adjectives count too.
                                recent_states_any[recent_states_any.len() - 2..].to_vec()
                            } else {
                                Vec::new()
                            }
                        }
                        // "Finland, which joined the alliance": an international body
                        // (no state's ministry), and for "alliance" one named so.
                        RefKind::OwnState => {
                            // "Sharif, whose country": the name before the comma, or
                            // the state that person serves.
                            let whose = (c.tok_start >= 1
                                && tok(c.tok_start).eq_ignore_ascii_case("whose"))
                            .then(|| mentions.last())
                            .flatten()
                            .filter(|m: &&Mention| m.tok_end + 1 == c.tok_start)
                            .and_then(|m| match state.entities[m.entity].kind {
                                EntityKind::Country => Some(m.entity),
                                EntityKind::Person => state.state_served(m.entity),
                                EntityKind::Organization => None,
                            });
                            // A state named right before a speaker's noun in this
                            // sentence: "Sudan's representative", "The Emirati delegate".
                            let speaker_state = mentions.iter().rev().find_map(|m| {
                                let next = |k: usize| tok(m.tok_end + k);
                                let k = usize::from(matches!(next(0), "'s" | "’s"));
                                let speaker =
                                    matches!(
                                        next(k),
                                        "representative"
                                            | "delegate"
                                            | "delegation"
                                            | "ambassador"
                                            | "envoy"
                                            | "spokesperson"
                                            | "spokesman"
                                            | "spokeswoman"
                                            | "minister"
                                            | "president"
                                            | "leader"
                                            | "government"
                                    ) || matches!(next(k), "permanent" | "foreign" | "prime");
                                (speaker && state.entities[m.entity].kind == EntityKind::Country)
                                    .then_some(m.entity)
                            });
                            // Else the state of the person just named: "Argentine
                            // President Javier Milei ... align his government with".
                            let named_before = last_person.and_then(|p| {
                                state
                                    .officials
                                    .iter()
                                    .rev()
                                    .find(|o| {
                                        o.person == p
                                            && state.entities[o.body].kind == EntityKind::Country
                                    })
                                    .map(|o| o.body)
                            });
                            let titled_here = last_person
                                .filter(|_| named_before.is_none())
                                .and_then(|p| {
                                    officials_at
                                        .get(out_sentences.len())
                                        .into_iter()
                                        .flatten()
                                        .map(|&k| &work.pending[k])
                                        .find(|o| person_name(&o.person) == state.entities[p].label)
                                        .and_then(|o| match o.body {
                                            Some(Target::Entry(e))
                                                if self.entries[e].kind == EntityKind::Country =>
                                            {
                                                Some(e)
                                            }
                                            // "President Ruto": a known person's own state.
                                            Some(Target::Unresolved(RefKind::Author)) => self
                                                .known_person_state(&work.known_persons, &o.person),
                                            _ => None,
                                        })
                                })
                                .map(|e| state.intern_quiet(self, &Target::Entry(e)));
                            let about = sentence_topic
                                .or(topic)
                                .filter(|&t| state.entities[t].kind == EntityKind::Country);
                            whose
                                .or(speaker_state)
                                .or(named_before)
                                .or(titled_here)
                                .or(about)
                                .into_iter()
                                .collect()
                        }
                        RefKind::NamedBody(head) => recent_orgs
                            .iter()
                            .rev()
                            .find(|&&e| state.entities[e].label.contains(head))
                            .copied()
                            .into_iter()
                            .collect(),
                        RefKind::Council => recent_orgs
                            .iter()
                            .rev()
                            .find(|&&e| state.entities[e].label.contains("Council"))
                            .copied()
                            .or_else(|| {
                                let eu = self.by_id.get("eu")?;
                                let council = self.by_id.get("council-of-the-eu")?;
                                work.named_entries
                                    .contains(eu)
                                    .then(|| state.intern_quiet(self, &Target::Entry(*council)))
                            })
                            .into_iter()
                            .collect(),
                        RefKind::Organization
                        | RefKind::Alliance
                        | RefKind::Bloc
                        | RefKind::Delegations => {
                            let delegations = *kind == RefKind::Delegations;
                            let kind = if delegations { &RefKind::Bloc } else { kind };
                            // An international body, and no company ("West African Oil
                            // Pipeline Company" is no bloc); a bloc is named as one
                            // ("... Community", "... Union", "Mercosur"), so an armed group
                            // ("Jama'at Nusrat al-Islam wal-Muslimin") is not.
                            let bloc_like = |label: &str| {
                                !label.contains(' ') || BLOC_WORDS.iter().any(|w| label.contains(w))
                            };
                            let international = |e: &usize| {
                                let label = &state.entities[*e].label;
                                (*kind != RefKind::Bloc || bloc_like(label))
                                    && !state.entity_country.contains_key(e)
                                    && !COMPANY_HEADS.iter().any(|head| label.ends_with(head))
                            };
                            let alliance = |e: &usize| {
                                let label = state.entities[*e].label.to_lowercase();
                                label.contains("alliance")
                                    || label.contains("treaty organization")
                                    || label.contains("pact")
                            };
                            let found = if *kind == RefKind::Alliance {
                                recent_orgs.iter().rev().find(|e| alliance(e))
                            } else {
                                None
                            };
                            // "The three juntas, grouped in the Alliance of Sahel States,
                            // accuse the bloc of ...": the body the text is about (named
                            // most so far), not one named in passing; of equals, one named
                            // before this sentence, then the latest.
                            let salient = matches!(kind, RefKind::Organization | RefKind::Bloc)
                                .then(|| {
                                    recent_orgs
                                        .iter()
                                        .enumerate()
                                        .filter(|(_, e)| international(e))
                                        .max_by_key(|&(at, e)| {
                                            (
                                                state.entities[*e].mentions,
                                                orgs_before.contains(e),
                                                at,
                                            )
                                        })
                                        .map(|(_, e)| e)
                                })
                                .flatten();
                            found
                                .or(salient)
                                .or_else(|| recent_orgs.iter().rev().find(|e| international(e)))
                                .copied()
                                // ("The Ministers expressed" after a joint statement of two
                                // states names no coast guard or ministry mentioned last.)
                                .or(last_org.filter(|_| *kind != RefKind::Bloc))
                                .map(|body| vec![body])
                                .or_else(|| {
                                    // "Japan and the Philippines held their 2+2 ... The
                                    // Ministers expressed": both sides of a bilateral
                                    // meeting, when the text has named just two states.
                                    (delegations && recent_countries.len() == 2)
                                        .then(|| recent_countries.clone())
                                })
                                .unwrap_or_default()
                        }
                        RefKind::Group => recent_orgs
                            .iter()
                            .enumerate()
                            .max_by_key(|&(at, e)| {
                                (state.entities[*e].mentions, orgs_before.contains(e), at)
                            })
                            .map(|(_, e)| *e)
                            .into_iter()
                            .collect(),
                        RefKind::Topic => topic.into_iter().collect(),
                        // "China slammed the United States for its arms sales": after
                        // "for" or "over", the object just named.
                        RefKind::Its => {
                            let object = (c.tok_start >= 1
                                && matches!(tok(c.tok_start - 1), "for" | "over"))
                            .then(|| {
                                mentions.last().filter(|m: &&Mention| {
                                    m.tok_end + 1 >= c.tok_start - 1
                                        && m.tok_end < c.tok_start
                                        && state.entities[m.entity].kind != EntityKind::Person
                                })
                            })
                            .flatten()
                            .map(|m| m.entity);
                            // "solidarity with Qatar and its people", "the US and
                            // its allies": the name the possessive is joined to.
                            let coordinated = (c.tok_start >= 2 && tok(c.tok_start - 1) == "and")
                                .then(|| {
                                    mentions.last().filter(|m: &&Mention| {
                                        m.tok_end + 1 == c.tok_start
                                            && state.entities[m.entity].kind != EntityKind::Person
                                    })
                                })
                                .flatten()
                                .map(|m| m.entity);
                            // "until Israel ends its war": the subject of its own
                            // clause, a verb or two before, over the sentence's.
                            let clause_subject = mentions
                                .last()
                                .filter(|m: &&Mention| {
                                    m.tok_end < c.tok_start
                                        && c.tok_start - m.tok_end <= 2
                                        && state.entities[m.entity].kind != EntityKind::Person
                                        // ("a UN resolution condemning its invasion": a
                                        // noun and its participle, no verb of the name.)
                                        && !(c.tok_start - m.tok_end == 2
                                            && tok(m.tok_end + 1).ends_with("ing")
                                            && !matches!(
                                                tok(m.tok_end),
                                                "is" | "are" | "was" | "were" | "be" | "been"
                                                    | "keeps" | "kept" | "keep"
                                            ))
                                        && (m.tok_end..c.tok_start).all(|k| {
                                            let w = tok(k);
                                            w.chars().all(|ch| ch.is_ascii_lowercase())
                                                && !matches!(
                                                    w,
                                                    "of" | "for"
                                                        | "over"
                                                        | "with"
                                                        | "to"
                                                        | "in"
                                                        | "on"
                                                        | "by"
                                                        | "from"
                                                        | "against"
                                                        | "and"
                                                        | "or"
                                                        | "about"
                                                        | "at"
                                                        | "told"
                                                        | "gave"
                                                        | "give"
                                                        | "gives"
                                                        | "urged"
                                                        | "asked"
                                                )
                                        })
                                })
                                .map(|m| m.entity);
                            object
                                .or(coordinated)
                                .or(clause_subject)
                                .or(sentence_topic)
                                .or(topic)
                                .into_iter()
                                .collect()
                        }
                        // ("We, Pirro Vengu, Minister of Defence of ...": the
                        // signatories named after "We" are who speaks.)
                        RefKind::Author if joint_authors.len() >= 2 && tok(c.tok_end) == "," => {
                            Vec::new()
                        }
                        RefKind::Author if joint_authors.len() >= 2 => joint_authors
                            .iter()
                            .map(|&a| state.intern_quiet(self, &Target::Entry(a)))
                            .collect(),
                        RefKind::Author => author
                            .map(|a| state.intern_quiet(self, &Target::Entry(a)))
                            .into_iter()
                            .collect(),
                        RefKind::Publisher => publisher
                            .map(|a| state.intern_quiet(self, &Target::Entry(a)))
                            .into_iter()
                            .collect(),
                        RefKind::Title(t) => {
                            let role = &self.titles[*t].role;
                            // "The Foreign Minister conveyed Pakistan's protest" in
                            // Islamabad's readout of a call with Iran's: the
                            // publishing state's own minister, whoever was named last.
                            let home = publisher
                                .or(author)
                                .and_then(|a| state.index.get(self.entries[a].id.as_str()))
                                .copied();
                            let home_official = home.and_then(|home| {
                                state.officials_roles.iter().rev().find(|(p, r)| {
                                    role_fits(r, role)
                                        && state
                                            .officials
                                            .iter()
                                            .any(|o| o.person == *p && o.body == home)
                                })
                            });
                            home_official
                                .or_else(|| {
                                    state.officials_roles.iter().rev().find(|(_, r)| r == role)
                                })
                                .or_else(|| {
                                    state
                                        .officials_roles
                                        .iter()
                                        .rev()
                                        .find(|(_, r)| role_fits(r, role))
                                })
                                // "The Secretary" after "Secretary of State Antony Blinken"
                                .or_else(|| {
                                    state.officials_roles.iter().rev().find(|(_, r)| {
                                        r.strip_prefix(role.as_str())
                                            .is_some_and(|rest| rest.starts_with(' '))
                                    })
                                })
                                .map(|(p, _)| *p)
                                .into_iter()
                                .collect()
                        }
                        RefKind::StateTitle {
                            title,
                            state: entry,
                        } => {
                            let role = &self.titles[*title].role;
                            let body = state.intern_quiet(self, &Target::Entry(*entry));
                            let official = state
                                .officials_roles
                                .iter()
                                .rev()
                                .find(|(p, r)| {
                                    role_fits(r, role)
                                        && state
                                            .officials
                                            .iter()
                                            .any(|o| o.person == *p && o.body == body)
                                })
                                .map(|(p, _)| *p);
                            // (The state itself if that official was not kept.)
                            vec![official.unwrap_or(body)]
                        }
                    },
                    target => {
                        // Borrowed: `intern` copies the surface only when it is a new alias,
                        // and the target only when the entity is new.
                        let surface = &text[tokens[c.tok_start].start..tokens[c.tok_end - 1].end];
                        let entity = match target {
                            Target::Person(name) => {
                                let person =
                                    state.intern(self, &Target::Person(person_name(name)), surface);
                                // "the Ortega government", "the Assad regime": the
                                // state the person is an official of.
                                let governs = c.tok_start > 0
                                    && tok(c.tok_start - 1) == "the"
                                    && is_government_word(tok(c.tok_end));
                                governs
                                    .then(|| state.state_served(person))
                                    .flatten()
                                    .unwrap_or(person)
                            }
                            other => state.intern(self, other, surface),
                        };
                        vec![entity]
                    }
                };
                if let Some(named) = several
                    && entities.len() >= 2
                {
                    group_references.push(GroupReference {
                        tok_start: c.tok_start,
                        tok_end: c.tok_end,
                        named,
                    });
                }
                for entity in entities {
                    if c.form != MentionForm::Reference {
                        state.entities[entity].mentions += 1;
                    }
                    let kind = state.entities[entity].kind;
                    if kind == EntityKind::Country && c.form != MentionForm::Reference {
                        recent_states_any.retain(|&x| x != entity);
                        recent_states_any.push(entity);
                        if recent_states_any.len() > 8 {
                            recent_states_any.remove(0);
                        }
                    }
                    // Names in an aside ("— which had been part of Yugoslavia —") are not
                    // what later references point back to.
                    let aside = asides.get(c.tok_start).copied().unwrap_or(false);
                    if c.argument && c.form == MentionForm::Reference && kind == EntityKind::Country
                    {
                        recent_countries.retain(|&x| x != entity);
                        recent_countries.push(entity);
                    }
                    if c.argument && c.form != MentionForm::Reference && !aside {
                        match kind {
                            EntityKind::Person => {
                                last_person = Some(entity);
                                recent_persons.retain(|&x| x != entity);
                                recent_persons.push(entity);
                            }
                            EntityKind::Country if c.form != MentionForm::Adjective => {
                                recent_countries.retain(|&x| x != entity);
                                recent_countries.push(entity);
                            }
                            EntityKind::Organization => {
                                last_org = Some(entity);
                                recent_orgs.retain(|&x| x != entity);
                                recent_orgs.push(entity);
                                if recent_orgs.len() > 16 {
                                    recent_orgs.remove(0); // a long document stays linear
                                }
                            }
                            _ => {}
                        }
                        let after_preposition = c.tok_start > 0
                            && (c.tok_start.saturating_sub(2)..c.tok_start).any(|k| {
                                matches!(
                                    tok(k),
                                    "of" | "in"
                                        | "to"
                                        | "for"
                                        | "with"
                                        | "from"
                                        | "on"
                                        | "at"
                                        | "by"
                                        | "against"
                                        | "into"
                                )
                            });
                        if sentence_topic.is_none()
                            && kind != EntityKind::Person
                            && c.form != MentionForm::Adjective
                            && !after_preposition
                        {
                            sentence_topic = Some(entity);
                        }
                    }
                    // "the Community would continue to work with its partners": a
                    // body referred to by its head word leads its clause like a name.
                    if sentence_topic.is_none()
                        && c.argument
                        && !aside
                        && matches!(c.target, Target::Unresolved(RefKind::NamedBody(_)))
                        && !(c.tok_start > 0
                            && matches!(
                                tok(c.tok_start - 1),
                                "of" | "in" | "to" | "for" | "with" | "from" | "on" | "by"
                            ))
                        && !(c.tok_start > 1
                            && tok(c.tok_start - 1) == "the"
                            && matches!(
                                tok(c.tok_start - 2),
                                "of" | "in" | "to" | "for" | "with" | "from" | "on" | "by"
                            ))
                    {
                        sentence_topic = Some(entity);
                    }
                    if c.form == MentionForm::Reference && kind == EntityKind::Person {
                        last_person = Some(entity);
                    }
                    if opens && kind == EntityKind::Person {
                        subject_person = Some(entity);
                    }
                    mentions.push(Mention {
                        tok_start: c.tok_start,
                        tok_end: c.tok_end,
                        entity,
                        form: c.form,
                        argument: c.argument,
                    });
                }
            }
            // A sentence about exactly two states makes them "the two countries" of what
            // follows ("Riyadh cut ties with Tehran ... The two rivals ...").
            // ("exchanged views on the situation in Sudan and Libya": places
            // talked about are no pair.)
            // ("the spread of violence from Burkina Faso": where a threat
            // comes from.)
            let located = |m: &Mention| {
                m.tok_start >= 1
                    && (tok(m.tok_start - 1) == "in"
                        || m.tok_start >= 2
                            && tok(m.tok_start - 1) == "from"
                            && matches!(
                                tok(m.tok_start - 2),
                                "violence"
                                    | "threat"
                                    | "threats"
                                    | "attacks"
                                    | "spillover"
                                    | "refugees"
                            ))
            };
            let mut states: Vec<usize> = Vec::new();
            for m in &mentions {
                if m.argument
                    && !located(m)
                    && m.form != MentionForm::Adjective
                    && state.entities[m.entity].kind == EntityKind::Country
                    && !asides.get(m.tok_start).copied().unwrap_or(false)
                    && !states.contains(&m.entity)
                {
                    states.push(m.entity);
                }
            }
            let mut persons = mentions
                .iter()
                .filter(|m| {
                    m.form == MentionForm::Name
                        && state.entities[m.entity].kind == EntityKind::Person
                })
                .map(|m| m.entity);
            if let Some(first) = persons.next()
                && let Some(last) = persons.next_back()
                && first != last
            {
                person_pair = Some((first, last));
            }
            if let [a, b] = states[..] {
                recent_pair = Some((a, b));
            } else if states.len() > 2 {
                // "India and Sri Lanka signed a pact ..., as New Delhi moves to counter
                // China": the two states named together.
                let pair = mentions.windows(2).find_map(|w| {
                    let is_state = |m: &Mention| {
                        m.argument
                            && m.form == MentionForm::Name
                            && state.entities[m.entity].kind == EntityKind::Country
                    };
                    (is_state(&w[0])
                        && is_state(&w[1])
                        && !located(&w[0])
                        && w[0].entity != w[1].entity
                        && w[0].tok_end + 1 == w[1].tok_start
                        && tok(w[0].tok_end) == "and"
                        // ("brings together Benin, ..., Togo and Mali": the end
                        // of a longer list is no pair.)
                        && !(w[0].tok_start >= 1 && tok(w[0].tok_start - 1) == ","))
                        .then_some((w[0].entity, w[1].entity))
                });
                if pair.is_some() {
                    recent_pair = pair;
                }
            }
            if sentence_topic.is_some() {
                topic = sentence_topic;
            }
            // Officials found in this sentence.
            let index = out_sentences.len();
            for p in officials_at
                .get(index)
                .into_iter()
                .flatten()
                .map(|&k| &work.pending[k])
            {
                let full = person_name(&p.person);
                let person = state.intern(self, &Target::Person(full.clone()), &p.person);
                if state.entities[person].role.is_none() {
                    state.entities[person].role = Some(p.role.clone());
                }
                state.officials_roles.push((person, p.role.clone()));
                last_person = Some(person);
                // A person whose office the text has stated ("the President of the
                // United States, Donald J. Trump", then "President Trump") holds
                // that one, not a presumed one.
                let office_stated = state
                    .officials
                    .iter()
                    .any(|o| o.person == person && !o.implied);
                let body = match &p.body {
                    _ if p.presumed && office_stated => None,
                    Some(Target::Unresolved(RefKind::Topic)) => topic.map(Target::Resolved),
                    // A state title with no state named ("President Mahmoud Abbas"
                    // under a Washington dateline): a known person's own state,
                    // before the state the text speaks for.
                    Some(Target::Unresolved(RefKind::Author)) => self
                        .known_person_state(&work.known_persons, &p.person)
                        .or(stated_author)
                        .map(Target::Entry),
                    // "the group's spokesman": the body that reference stands for here.
                    Some(Target::Unresolved(
                        RefKind::Group | RefKind::Bloc | RefKind::Organization | RefKind::Alliance,
                    )) => mentions
                        .iter()
                        .find(|m| {
                            m.form == MentionForm::Reference
                                && state.entities[m.entity].kind == EntityKind::Organization
                        })
                        .map(|m| Target::Resolved(m.entity)),
                    Some(Target::Unresolved(_)) => None,
                    other => other.clone(),
                };
                if let Some(body) = &body {
                    let body_index = state.intern_quiet(self, body);
                    state.officials.push(Official {
                        person,
                        body: body_index,
                        sentence: index,
                        implied: false,
                        presumed: p.presumed,
                        possessive: false,
                    });
                }
            }
            // "progress on the Johor Bahru-Singapore Rapid Transit System Link",
            // "the China International Import Expo": a state inside the name of
            // a work or event is part of the name, no participant.
            let name_word =
                |w: &str| starts_upper(w) && w.chars().all(|c| c.is_alphabetic() || c == '\'');
            for m in mentions.iter_mut() {
                if m.form != MentionForm::Name
                    || state.entities[m.entity].kind != EntityKind::Country
                {
                    continue;
                }
                let mut end = m.tok_end;
                loop {
                    if name_word(tok(end)) {
                        end += 1;
                    } else if tok(end) == "-" && name_word(tok(end + 1)) {
                        end += 2;
                    } else {
                        break;
                    }
                }
                if end > m.tok_end && NAMED_WORK_HEADS.contains(&tok(end - 1)) {
                    m.argument = false;
                }
            }
            // "Uzbekistan's Shavkat Mirziyoyev", "Chile's Gabriel Boric": a
            // person named as a state's own, with no title, serves it (presumed:
            // an office the text states elsewhere wins).
            // The state is then the person's title, not a participant of its own:
            // "Brazil's Lula and Argentina's Javier Milei met" pairs the two persons.
            for k in 1..mentions.len() {
                let (owner, named) = (&mentions[k - 1], &mentions[k]);
                if owner.form == MentionForm::Name
                    && named.form == MentionForm::Name
                    && state.entities[owner.entity].kind == EntityKind::Country
                    && state.entities[named.entity].kind == EntityKind::Person
                    && owner.tok_end + 1 == named.tok_start
                    && matches!(tok(owner.tok_end), "'s" | "’s")
                {
                    let (person, body) = (named.entity, owner.entity);
                    mentions[k - 1].argument = false;
                    add_untitled_office(&mut state.officials, person, body, index, true);
                }
            }
            // "three senior officers of the Rwanda Defence Force (RDF): Major
            // General Ruki Karusisi, ... and Brigadier Generals Eugene Nkubito
            // and Pascal Muhizi": the persons listed after the colon serve the
            // body named before it.
            let has_colon = match (tokens.first(), tokens.last()) {
                (Some(first), Some(last)) => {
                    let at = colons.partition_point(|&c| c < first.start);
                    colons.get(at).is_some_and(|&c| c < last.end)
                }
                _ => false,
            };
            if let Some(colon) = has_colon
                .then(|| (1..tokens.len()).find(|&i| tok(i) == ":"))
                .flatten()
            {
                // Where "of" stands before a mention ("of RDF", "of the RDF").
                let of_before = |m: &Mention| match (tok(m.tok_start.wrapping_sub(1)), m.tok_start)
                {
                    ("of", 2..) => Some(m.tok_start - 1),
                    ("the", 3..) if tok(m.tok_start - 2) == "of" => Some(m.tok_start - 2),
                    _ => None,
                };
                let body = mentions
                    .iter()
                    .rev()
                    .filter(|m| {
                        m.tok_end <= colon
                            && m.form == MentionForm::Name
                            && state.entities[m.entity].kind != EntityKind::Person
                    })
                    .find_map(|m| of_before(m).map(|of| (m, of)))
                    .filter(|&(m, of)| {
                        PLURAL_OFFICIALS.contains(&tok(of - 1).to_ascii_lowercase().as_str())
                            && (m.tok_end..colon)
                                .all(|i| matches!(tok(i), "(" | ")") || starts_upper(tok(i)))
                    });
                if let Some((body, _)) = body {
                    let body = body.entity;
                    let listed: Vec<usize> = mentions
                        .iter()
                        .filter(|m| {
                            m.tok_start > colon
                                && m.form == MentionForm::Name
                                && state.entities[m.entity].kind == EntityKind::Person
                        })
                        .map(|m| m.entity)
                        .collect();
                    for person in listed {
                        add_untitled_office(&mut state.officials, person, body, index, false);
                    }
                }
            }
            // "James Kariuki (United Kingdom) said": the state a speaker at a
            // meeting speaks for, in brackets after the name (the house style
            // of UN meeting coverage). The state is no participant of its own.
            // So is "Mike Waltz of the United States said".
            for k in 1..mentions.len() {
                let (named, owner) = (&mentions[k - 1], &mentions[k]);
                let bracketed = named.tok_end + 1 == owner.tok_start
                    && tok(named.tok_end) == "("
                    && tok(owner.tok_end) == ")";
                let of_state_said = tok(named.tok_end) == "of"
                    && (named.tok_end + 1 == owner.tok_start
                        || named.tok_end + 2 == owner.tok_start && tok(named.tok_end + 1) == "the")
                    && SPEAKER_VERBS.contains(&tok(owner.tok_end));
                if named.form == MentionForm::Name
                    && owner.form == MentionForm::Name
                    && state.entities[named.entity].kind == EntityKind::Person
                    && state.entities[owner.entity].kind == EntityKind::Country
                    && (bracketed || of_state_said)
                {
                    let (person, body) = (named.entity, owner.entity);
                    mentions[k].argument = false;
                    add_untitled_office(&mut state.officials, person, body, index, false);
                }
            }
            // "The Heads of State of the People's Republic of China, Xi Jinping;
            // of the Republic of Kazakhstan, Kassym-Jomart Tokayev; ...": a
            // communiqué's roll of states, each followed by its official.
            let mut roll: Vec<(usize, usize)> = Vec::new();
            for k in 1..mentions.len() {
                let (owner, named) = (&mentions[k - 1], &mentions[k]);
                let at = owner.tok_start;
                let after_of = tok(at.wrapping_sub(1)) == "of"
                    || tok(at.wrapping_sub(1)) == "the" && tok(at.wrapping_sub(2)) == "of";
                if after_of
                    && owner.form == MentionForm::Name
                    && named.form == MentionForm::Name
                    && state.entities[owner.entity].kind == EntityKind::Country
                    && state.entities[named.entity].kind == EntityKind::Person
                    && tok(owner.tok_end) == ","
                    && named.tok_start == owner.tok_end + 1
                    && matches!(tok(named.tok_end), ";" | "," | "and")
                {
                    roll.push((k - 1, k));
                }
            }
            if roll.len() >= 2 {
                for &(owner, named) in &roll {
                    mentions[owner].argument = false;
                    let (person, body) = (mentions[named].entity, mentions[owner].entity);
                    add_untitled_office(&mut state.officials, person, body, index, false);
                }
            }
            // "two Israeli government ministers, Itamar Ben-Gvir and Bezalel
            // Smotrich", "Gulf foreign ministers A, B and C": a demonym's plural
            // title names each listed person the state's official.
            for k in 0..mentions.len() {
                let owner = &mentions[k];
                if owner.form != MentionForm::Adjective
                    || state.entities[owner.entity].kind != EntityKind::Country
                {
                    continue;
                }
                let mut at = owner.tok_end;
                while at < owner.tok_end + 3 && is_title_modifier(tok(at)) {
                    at += 1;
                }
                if !PLURAL_OFFICIALS.contains(&tok(at).to_ascii_lowercase().as_str()) {
                    continue;
                }
                at += 1;
                if tok(at) == "," {
                    at += 1;
                }
                let body = owner.entity;
                let mut named = Vec::new();
                for m in &mentions[k + 1..] {
                    if m.tok_start != at
                        || m.form != MentionForm::Name
                        || state.entities[m.entity].kind != EntityKind::Person
                    {
                        break;
                    }
                    named.push(m.entity);
                    at = m.tok_end;
                    match (tok(at), tok(at + 1)) {
                        (",", "and") => at += 2,
                        ("," | "and", _) => at += 1,
                        _ => break,
                    }
                }
                if named.len() < 2 {
                    continue;
                }
                mentions[k].argument = false;
                for person in named {
                    add_untitled_office(&mut state.officials, person, body, index, false);
                }
            }
            sentence_index_map.push(index);
            out_sentences.push(SentenceEntities {
                span,
                tokens,
                mentions,
                group_references,
            });
        }
        // A presumed state gives way to a state the text names for the
        // person; a presumed state beside a named committee stays.
        let is_country = |i: usize| state.entities[i].kind == EntityKind::Country;
        let stated: Vec<usize> = state
            .officials
            .iter()
            .filter(|o| !o.presumed && !o.implied && is_country(o.body))
            .map(|o| o.person)
            .collect();
        state
            .officials
            .retain(|o| !o.presumed || !is_country(o.body) || !stated.contains(&o.person));
        state
            .officials
            .sort_by_key(|o| (o.sentence, o.person, o.body));
        state.officials.dedup_by_key(|o| (o.person, o.body));
        let joint_issuers = joint_authors
            .iter()
            .map(|&a| state.intern_quiet(self, &Target::Entry(a)))
            .collect();
        DocEntities {
            entities: state.entities,
            sentences: out_sentences,
            officials: state.officials,
            joint_issuers,
        }
    }
}

/// Names of places that contain entity names, from `mention/data/places.tsv`.
static PLACES: std::sync::LazyLock<Places> = std::sync::LazyLock::new(|| {
    Places::new(
        crate::lexicon::data_rows(include_str!("../mention/data/places.tsv"))
            .skip(1)
            .map(|(_, row)| row.trim())
            .collect(),
    )
});

/// The place-name matcher: leftmost-longest, case-sensitive, on word boundaries.
struct Places {
    automaton: aho_corasick::AhoCorasick,
    /// The names' first words ("Gulf" of "Gulf of Aden"): a match kept on
    /// word boundaries starts with one as a whole run of letters and digits
    /// of the sentence, and most sentences have none, so they are not searched.
    first_words: crate::mention::WordSet,
    /// Whether some first word starts with the byte (a capital, for the
    /// built-in names): one load rules out most tokens.
    first_bytes: [bool; 256],
    /// Whether a name starts with no letter or digit: then every sentence is searched.
    any_start: bool,
}

impl Places {
    fn new(names: Vec<&'static str>) -> Self {
        let mut first_words = crate::mention::WordSet::default();
        let mut first_bytes = [false; 256];
        let mut any_start = false;
        for name in &names {
            let end = name
                .char_indices()
                .find(|(_, c)| !c.is_alphanumeric())
                .map_or(name.len(), |(j, _)| j);
            any_start |= end == 0;
            first_words.insert(&name[..end]);
            first_bytes[usize::from(name.as_bytes().first().copied().unwrap_or(0))] = true;
        }
        Self {
            // A contiguous NFA, not the default DFA for so few patterns: the
            // same matches, its search is mostly the prefilter's anyway, and
            // it builds in a fraction of the time, which every run pays.
            automaton: aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .build(&names)
                .expect("places automaton builds"),
            first_words,
            first_bytes,
            any_start,
        }
    }

    /// The places in `sentence` (byte ranges of it), whose tokens are
    /// `tokens` (offsets into `text`, the document); `starts` lists, in
    /// order, the tokens that may start one: at least every
    /// [`TokenShape::Joined`] token (marks are passed over) and every word
    /// whose key is one of `first_words`'.
    fn find(
        &self,
        sentence: &str,
        text: &str,
        tokens: &[Token],
        starts: impl IntoIterator<Item = usize>,
    ) -> Vec<(usize, usize)> {
        if !self.any_start && !self.may_occur(text, tokens, starts) {
            return Vec::new();
        }
        self.automaton
            .find_iter(sentence)
            .filter(|m| crate::mention::gazetteer::on_word_boundaries(sentence, m.start(), m.end()))
            .map(|m| (m.start(), m.end()))
            .collect()
    }

    /// Whether some run of letters and digits of the tokens `starts` is
    /// the first word of a name.
    fn may_occur(
        &self,
        text: &str,
        tokens: &[Token],
        starts: impl IntoIterator<Item = usize>,
    ) -> bool {
        let bytes = text.as_bytes();
        starts
            .into_iter()
            .map(|i| &tokens[i])
            .any(|t| match t.shape {
                TokenShape::Word => {
                    self.first_bytes[usize::from(bytes[t.start])]
                        && self.first_words.contains(&text[t.start..t.end])
                }
                TokenShape::Mark => false,
                TokenShape::Joined => text[t.start..t.end]
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|run| self.first_words.contains(run)),
            })
    }
}

/// Capitalized words that name a minister's portfolio ("Interior",
/// "Justice", "Trade"): a list of them after a title is the title's.
/// Plural titles after a demonym naming each listed person the state's
/// official ("two Israeli government ministers, A and B").
static PLURAL_OFFICIALS: WordList = WordList::new(&WORDS, "plural_officials");

/// Words between a demonym and a plural title ("Israeli government ministers").
static TITLE_MODIFIERS: WordList = WordList::new(&WORDS, "title_modifiers");

fn is_title_modifier(word: &str) -> bool {
    TITLE_MODIFIERS.contains(&word.to_ascii_lowercase().as_str())
}

static PORTFOLIOS: WordList = WordList::new(&WORDS, "portfolios");

/// Where a title ending at token `te` ends once its portfolios are read:
/// "of Investments, Industry, and Trade", ", Justice and Peace" (each item
/// one to three portfolio words; a list ends at its "and" item). `te` when
/// none follow.
fn portfolios_end<'t>(te: usize, len: usize, tok: &impl Fn(usize) -> &'t str) -> usize {
    let portfolio = |i: usize| i < len && PORTFOLIOS.contains(&tok(i));
    // One item: up to three portfolio words ("Foreign Affairs", "Public Security").
    let item = |i: usize| {
        let mut k = i;
        while k < i + 3 && portfolio(k) {
            k += 1;
        }
        (k > i).then_some(k)
    };
    let mut end = te;
    // "Minister of Investments, ...": the title's own complement first.
    if te > 0
        && matches!(tok(te), "of" | "for")
        && let Some(k) = item(te + 1)
    {
        end = k;
    } else if !(te > 0 && portfolio(te - 1)) {
        return te;
    }
    loop {
        let mut k = end;
        if tok(k) == "," {
            k += 1;
        }
        let last = tok(k) == "and";
        if last {
            k += 1;
        }
        let Some(after) = item(k) else {
            return end;
        };
        // A comma item goes on into a list; a name after the comma ends it.
        if !last && !matches!(tok(after), "," | "and") {
            return end;
        }
        end = after;
        if last {
            return end;
        }
    }
}

/// Lower-case words that may stand between a state and a title: "Iranian
/// foreign ministry spokesman", "the Russian deputy defence minister".
static TITLE_DESCRIPTORS: WordList = WordList::new(&WORDS, "title_descriptors");

/// The first token after a dateline ("KINSHASA, Oct 30 –", "GENEVA (AP) —"),
/// or 0: a dateline opens with a place in capitals and ends at a dash
/// within its first dozen tokens.
fn dateline_end(text: &str, tokens: &[Token]) -> usize {
    let tok = |i: usize| -> &str { tokens.get(i).map_or("", |t| &text[t.start..t.end]) };
    // All capitals first: most first words fail it at their second letter.
    let opens_with_place = tok(0)
        .chars()
        .all(|c| !c.is_alphabetic() || c.is_uppercase())
        && tok(0).chars().filter(|c| c.is_alphabetic()).count() >= 3;
    if !opens_with_place {
        return 0;
    }
    (1..tokens.len().min(12))
        .find(|&i| matches!(tok(i), "–" | "—" | "-" | "--"))
        .map_or(0, |i| i + 1)
}

/// For each token, whether it stands between dashes or in brackets opened
/// earlier in its sentence: one pass over the sentence, not one per mention.
/// Empty when no token does (most sentences: no list to allocate then).
fn aside_states(text: &str, tokens: &[Token]) -> Vec<bool> {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return Vec::new();
    };
    // Most sentences have no bracket and no dash ("—" and "–" start with
    // byte 0xe2): one search of the sentence instead of a test per token.
    if memchr::memchr2(b'(', 0xe2, &text.as_bytes()[first.start..last.end]).is_none() {
        return Vec::new();
    }
    let mut dash = false;
    let mut bracket = false;
    tokens
        .iter()
        .map(|t| {
            let before = dash || bracket;
            // Bytes, not a str: no char boundaries to check.
            match &text.as_bytes()[t.start..t.end] {
                b"\xe2\x80\x94" | b"\xe2\x80\x93" => dash = !dash, // "—" | "–"
                b"(" => bracket = true,
                b")" => bracket = false,
                _ => {}
            }
            before
        })
        .collect()
}

/// Roles held in organizations rather than governments: with no body named
/// next to the title, the organization the sentence names is the body.
fn is_organization_role(role: &str) -> bool {
    [
        "secretary-general",
        "secretary general",
        "director",
        "chair",
        "commissioner",
        "high representative",
        "chief executive",
        "president of the commission",
    ]
    .iter()
    .any(|r| role.contains(r))
}

/// Roles that serve one state in another: their state is not the host's.
fn is_foreign_posting(role: &str) -> bool {
    [
        "ambassador",
        "envoy",
        "consul",
        "chargé",
        "charge d",
        "attaché",
        "representative",
    ]
    .iter()
    .any(|r| role.contains(r))
}

/// The distinct full person names of a document, indexed so that finding the
/// longest one a name abbreviates is a lookup, not a scan of every name: a
/// speech names hundreds of people, and every capitalized word asks.
struct PersonIndex<'n> {
    names: &'n [String],
    /// Each name's word-aligned suffixes ("Bhutto Zardari" and "Zardari" of
    /// "Bilawal Bhutto Zardari"), with the best name that ends with them.
    by_suffix: HashMap<&'n str, usize>,
    /// Each [`person_key`], with the best name that has it.
    by_key: HashMap<PersonKey<'n>, usize>,
    /// Each first word of a longer name, with that name when only one name
    /// starts so: family names come first in "Lee Jae-myung", "Ishiba
    /// Shigeru", "Xi Jinping", and "President Lee" is the same man.
    by_first: HashMap<&'n str, Option<usize>>,
    set: FxHashSet<&'n str>,
}

impl<'n> PersonIndex<'n> {
    fn new(names: &'n [String]) -> Self {
        let mut index = Self {
            names,
            by_suffix: HashMap::default(),
            by_key: HashMap::default(),
            by_first: HashMap::default(),
            set: names.iter().map(String::as_str).collect(),
        };
        // The longer name wins; of equally long ones, the later (the order
        // of last mention decides ties).
        let offer = |slot: &mut usize, i: usize| {
            if (names[i].len(), i) >= (names[*slot].len(), *slot) {
                *slot = i;
            }
        };
        for (i, name) in names.iter().enumerate() {
            for (space, _) in name.match_indices(' ') {
                offer(index.by_suffix.entry(&name[space + 1..]).or_insert(i), i);
            }
            offer(index.by_key.entry(PersonKey::of(name)).or_insert(i), i);
            if let Some((first, _)) = name.split_once(' ') {
                index
                    .by_first
                    .entry(first)
                    .and_modify(|slot| {
                        if slot.is_some_and(|j| PersonKey::of(&names[j]) != PersonKey::of(name)) {
                            *slot = None;
                        }
                    })
                    .or_insert(Some(i));
            }
        }
        index
    }

    /// The longest known name that ends with this one ("Bhutto Zardari" ->
    /// "Bilawal Bhutto Zardari") or has the same first and last word, else
    /// the name itself.
    fn canonical<'a>(&'a self, name: &'a str) -> &'a str {
        let by_suffix = self.by_suffix.get(name).copied();
        let by_key = self
            .by_key
            .get(&PersonKey::of(name))
            .copied()
            .filter(|&i| self.names[i].len() > name.len());
        // A lone word that ends no name but starts exactly one: its family name.
        let by_first = (by_suffix.is_none() && !name.contains(' '))
            .then(|| self.by_first.get(name).copied().flatten())
            .flatten();
        by_suffix
            .into_iter()
            .chain(by_key)
            .chain(by_first)
            .max_by_key(|&i| (self.names[i].len(), i))
            .map_or(name, |i| &self.names[i])
    }

    /// Whether `name` is one of the full names.
    fn contains(&self, name: &str) -> bool {
        self.set.contains(name)
    }
}

/// "Wendy R. Sherman" and "Wendy Sherman" are one person: first and last word.
fn person_key(name: &str) -> String {
    match PersonKey::of(name) {
        PersonKey::FirstLast(first, last) => format!("{first} {last}"),
        PersonKey::Whole(name) => name.to_string(),
    }
}

/// [`person_key`] as borrowed parts, for lookups that build no string. Two
/// names have equal keys exactly when their `person_key` strings are equal:
/// the words hold no spaces, and a name kept whole has fewer than two words
/// that do not end in a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum PersonKey<'a> {
    FirstLast(&'a str, &'a str),
    Whole(&'a str),
}

impl<'a> PersonKey<'a> {
    fn of(name: &'a str) -> Self {
        // ("Gilberto C. Teodoro Jr" is Gilberto Teodoro: initials and a
        // generational suffix are no first or last name.)
        let mut words = name
            .split(' ')
            .filter(|w| !w.ends_with('.') && !matches!(*w, "Jr" | "Sr"));
        match (words.next(), words.next_back()) {
            (Some(first), Some(last)) => Self::FirstLast(first, last),
            _ => Self::Whole(name),
        }
    }
}

/// Whether `acronym` plausibly abbreviates `name`: its letters are initials of
/// the name's words ("RTC" for "Training Center of the Russian ...").
fn acronym_fits(acronym: &str, name: &str) -> bool {
    let initials: Vec<char> = name
        .split(|c: char| c.is_whitespace() || c == '-' || c == ',')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .collect();
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty()
        && letters.iter().all(|l| initials.contains(l))
        && letters.first().is_some_and(|f| initials.contains(f))
}

/// A one-word candidate that is an acronym the text defined takes the
/// text's meaning, whatever the gazetteer said.
fn apply_defined_acronyms<'t>(
    candidates: &mut [Candidate],
    acronyms: &HashMap<String, Target>,
    tok: impl Fn(usize) -> &'t str,
) {
    for c in candidates.iter_mut() {
        if c.tok_end == c.tok_start + 1
            && let Some(target) = acronyms.get(tok(c.tok_start))
        {
            c.target = target.clone();
            c.ambiguous = false;
        }
    }
}

/// Whether `acronym` is exactly the initials of the capitalized words of
/// `name` ("IOC", "Indian Ocean Commission"; not "Council of Ministers of
/// the Indian Ocean Commission").
fn acronym_spells(acronym: &str, name: &str) -> bool {
    let initials = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase());
    let letters = acronym.chars().filter(|c| c.is_alphabetic());
    initials.eq(letters)
}

#[derive(Default)]
struct Work {
    sentences: Vec<(Span, Vec<Token>, Vec<Candidate>)>,
    pending: Vec<PendingOfficial>,
    acronyms: HashMap<String, Target>,
    /// Gazetteer entries named unambiguously somewhere in the document.
    named_entries: FxHashSet<usize>,
    /// How often each of them is named: of two readings whose states are both
    /// named ("Congress" in a speech that names India once and America fifty
    /// times), the state named more wins.
    named_counts: HashMap<usize, usize>,
    /// The body of each role seen as a bare title ("Rwanda's ambassador"), for
    /// the official named later with that title alone ("Ambassador Vincent Karega").
    role_bodies: HashMap<String, Target>,
    /// Names of persons in the persons table as written, with their table entry:
    /// "Lavrov", "MBS" and "Sergey Lavrov" are one person whatever the forms.
    known_persons: HashMap<String, usize>,
    /// The first pass's per-token flags, kept between sentences to reuse the buffer.
    covered: Vec<bool>,
    /// The first pass's tokens with word classes, kept between sentences to
    /// reuse the buffer.
    marked: Vec<(usize, u16)>,
}

impl Work {
    /// An official found in sentence `sentence`: serving `body` (`presumed`
    /// when the title did not name it), and also `owner`, the state that owns
    /// that body when the title names it.
    fn add_official(
        &mut self,
        sentence: usize,
        person: &str,
        role: &str,
        (body, presumed): (Option<Target>, bool),
        owner: Option<Target>,
    ) {
        // The body may be unknown yet (resolved later, or never); the owner
        // is recorded only when there is one.
        let owner = owner.map(|owner| (Some(owner), false));
        for (body, presumed) in std::iter::once((body, presumed)).chain(owner) {
            self.pending.push(PendingOfficial {
                sentence,
                person: person.to_string(),
                role: role.to_string(),
                body,
                presumed,
            });
        }
    }
}

#[derive(Default)]
struct Resolution {
    entities: Vec<DocEntity>,
    index: HashMap<String, usize>,
    entity_country: HashMap<usize, usize>,
    officials: Vec<Official>,
    officials_roles: Vec<(usize, String)>,
}

impl Resolution {
    /// The first state `person` is found an official of, if any.
    fn state_served(&self, person: usize) -> Option<usize> {
        self.officials
            .iter()
            .find(|o| o.person == person && self.entities[o.body].kind == EntityKind::Country)
            .map(|o| o.body)
    }

    /// The entity index for a target, creating the entity on first sight, and
    /// recording `surface` as an alias.
    fn intern(&mut self, resolver: &Resolver, target: &Target, surface: &str) -> usize {
        let index = self.intern_quiet(resolver, target);
        let entity = &mut self.entities[index];
        let surface = trim_possessive(surface);
        if surface != entity.label && !entity.aliases.contains(surface) {
            entity.aliases.insert(surface.to_string());
        }
        index
    }

    fn intern_quiet(&mut self, resolver: &Resolver, target: &Target) -> usize {
        // Most mentions are of entities already interned: find them by id
        // before copying any name.
        let id = match target {
            Target::Entry(i) => Cow::Borrowed(resolver.entries[*i].id.as_str()),
            Target::Person(name) => Cow::Owned(slug(&person_key(name))),
            Target::Org { label, .. } => Cow::Owned(slug(label)),
            Target::Resolved(i) => return *i,
            Target::Unresolved(_) => unreachable!("references are resolved before interning"),
        };
        if let Some(&i) = self.index.get(id.as_ref()) {
            return i;
        }
        // "Secretary of National Defense Gilberto C. Teodoro Jr.": a name the
        // tables know without its initials is the tables' person.
        if let Target::Person(_) = target
            && let Some(&k) = resolver.by_id.get(id.as_ref())
            && resolver.entries[k].kind == EntityKind::Person
        {
            return self.intern_quiet(resolver, &Target::Entry(k));
        }
        let id = id.into_owned();
        let (kind, label, country) = match target {
            Target::Entry(i) => {
                let e = &resolver.entries[*i];
                let country = e
                    .country
                    .as_ref()
                    .and_then(|c| resolver.by_id.get(c))
                    .copied();
                (e.kind, e.label.clone(), country)
            }
            Target::Person(name) => (EntityKind::Person, name.clone(), None),
            Target::Org { label, country } => (EntityKind::Organization, label.clone(), *country),
            Target::Resolved(_) | Target::Unresolved(_) => unreachable!("returned above"),
        };
        let i = self.entities.len();
        self.entities.push(DocEntity {
            id: id.clone(),
            kind,
            label,
            aliases: BTreeSet::new(),
            mentions: 0,
            role: None,
            state: None,
        });
        self.index.insert(id, i);
        if let Some(c) = country {
            let ci = self.intern_quiet(resolver, &Target::Entry(c));
            self.entity_country.insert(i, ci);
            self.entities[i].state = Some(ci);
            // "Indonesian Ministry of Foreign Affairs" is also the "Ministry of
            // Foreign Affairs of Indonesia" and "Indonesia's Ministry of
            // Foreign Affairs": the names by which others look it up.
            if let Target::Org { label, .. } = target {
                let state = &resolver.entries[c];
                if let Some(body) = state
                    .adjectives
                    .first()
                    .and_then(|a| label.strip_prefix(a.text.as_str()))
                    .and_then(|rest| rest.strip_prefix(' '))
                {
                    let aliases = &mut self.entities[i].aliases;
                    aliases.insert(format!("{body} of {}", state.label));
                    aliases.insert(format!("{}'s {body}", state.label));
                }
            }
        }
        i
    }
}

/// The persons whose label is a first name and a reign's number ("Charles
/// III", "Leo XIV"), by that first name, when no other such person has it.
fn regnal_names(entries: &[EntityEntry]) -> HashMap<String, usize> {
    let mut by_first: HashMap<String, Option<usize>> = HashMap::default();
    for (i, e) in entries.iter().enumerate() {
        if e.kind != EntityKind::Person {
            continue;
        }
        let Some((first, number)) = e.label.split_once(' ') else {
            continue;
        };
        if !number.is_empty() && number.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
            by_first
                .entry(first.to_string())
                .and_modify(|slot| *slot = None)
                .or_insert(Some(i));
        }
    }
    by_first
        .into_iter()
        .filter_map(|(first, i)| Some((first, i?)))
        .collect()
}

/// Whether an official's `role` is the title `title` or a kind of it: a
/// "foreign minister" is "the minister" too.
fn role_fits(role: &str, title: &str) -> bool {
    role == title
        || role
            .strip_suffix(title)
            .is_some_and(|head| head.ends_with(' '))
        // "the Slovak leader" after "Slovak Prime Minister Robert Fico".
        || title == "leader"
            && matches!(
                role,
                "president"
                    | "prime minister"
                    | "chancellor"
                    | "head of state"
                    | "head of government"
                    | "king"
                    | "emir"
                    | "sultan"
                    | "crown prince"
            )
}

/// Whether an official with `role` speaks and acts for the state when the
/// text leaves them unnamed ("the Iranian president", "Qatar's emir", "the
/// Egyptian foreign minister"): heads of state and government, ministers,
/// envoys and spokespeople do; a general or an adviser does not.
/// "the Biden administration", "the Assad regime": a person's name before one of
/// these words stands for the state the person governs.
fn is_government_word(word: &str) -> bool {
    matches!(
        word,
        "government" | "Government" | "administration" | "Administration" | "regime"
    )
}

fn acts_for_state(role: &str) -> bool {
    let head = role.rsplit(' ').next().unwrap_or(role);
    (matches!(
        head,
        "president"
            | "minister"
            | "premier"
            | "emir"
            | "king"
            | "queen"
            | "sultan"
            | "chancellor"
            | "envoy"
            | "ambassador"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "leader"
            | "representative"
            | "delegate"
    ) || role == "crown prince")
        && !role.contains("vice")
        && !role.contains("deputy")
        && !role.contains("former")
}

#[cfg(test)]
mod tests {
    /// `words.tsv` parses, holds the lists this file names and no other.
    #[test]
    fn word_table_matches_the_code() {
        crate::lexicon::assert_lists_match_source(&super::WORDS, include_str!("mod.rs"));
    }

    use super::*;
    use crate::lexicon::Lexicon;

    fn resolve(text: &str) -> DocEntities {
        let lexicon = Lexicon::builtin();
        Resolver::new(&lexicon.entities, &lexicon.titles, &lexicon.cues)
            .resolve(&Document::new("t", text))
    }

    fn labels(d: &DocEntities) -> Vec<(String, EntityKind)> {
        d.entities
            .iter()
            .filter(|e| e.mentions > 0)
            .map(|e| (e.label.clone(), e.kind))
            .collect()
    }

    #[test]
    fn officials_and_surnames() {
        let d = resolve("Iranian President Hassan Rouhani spoke. Later Rouhani left for Beijing.");
        let rouhani = d
            .entities
            .iter()
            .find(|e| e.label == "Hassan Rouhani")
            .unwrap();
        assert_eq!(rouhani.mentions, 2);
        assert_eq!(rouhani.role.as_deref(), Some("president"));
        assert_eq!(d.officials.len(), 1);
        assert_eq!(d.entities[d.officials[0].body].id, "IRN");
        assert!(labels(&d).contains(&("China".into(), EntityKind::Country)));
    }

    #[test]
    fn acronym_defined_in_parentheses() {
        let d = resolve("The Syrian Democratic Forces (SDF) said so. The SDF fought on.");
        let sdf: Vec<_> = d
            .entities
            .iter()
            .filter(|e| e.aliases.contains("SDF"))
            .collect();
        assert_eq!(sdf.len(), 1, "{:?}", d.entities);
        assert_eq!(sdf[0].mentions, 3);
    }

    #[test]
    fn org_by_head_word_keeps_country_inside() {
        let d = resolve("The Kyrgyz Foreign Ministry protested.");
        assert!(d.entities.iter().any(|e| e.label == "Kyrgyz Foreign Ministry" && e.kind == EntityKind::Organization));
        assert!(d.entities.iter().any(|e| e.id == "KGZ"));
    }

    /// A sentence that `Places::may_occur` rules out has no place.
    #[test]
    fn places_ruled_out_have_no_match() {
        let words = [
            "Indian", "Ocean", "Gulf", "of", "Aden", "Mexico", "XIndian", "Gulfs", "'s", "U.S.",
            "O'Gulf", "Horn", "Africa", ",", "-", "the", "Sea", "Arabian", "é",
        ];
        let mut ruled_out = 0;
        // Ruled out as the first pass does, by the classes of the tokens' keys.
        let classes = Resolver::new(&[], &[], &[]).classes;
        for text in crate::mention::testing::random_texts(&words, 0x2545_f491_4f6c_dd1d, 5000, 8) {
            let tokens = tokenize(&text, 0);
            let starts = (0..tokens.len()).filter(|&i| {
                classes.get(tokens[i].key) & class::PLACE != 0
                    || tokens[i].shape != TokenShape::Word
            });
            if !PLACES.may_occur(&text, &tokens, starts) {
                ruled_out += 1;
                let found = PLACES
                    .automaton
                    .find_iter(&text)
                    .filter(|m| {
                        crate::mention::gazetteer::on_word_boundaries(&text, m.start(), m.end())
                    })
                    .count();
                assert_eq!(found, 0, "{text:?}");
            }
        }
        assert!(ruled_out > 500, "{ruled_out}");
    }

    #[test]
    fn reference_words_pass_their_own_test() {
        for word in REFERENCE_WORDS.iter().chain(&["His", "TWO", "Its"]) {
            let key = crate::mention::key::WordKey::of(word.as_bytes());
            let resolver = Resolver::new(&[], &[], &[]);
            assert_ne!(resolver.classes.get(key) & class::REFERENCE, 0, "{word}");
        }
        // What makes a token's key its lower-case word's when the word is one
        // of them: the words are ASCII without a "k", and only the Kelvin sign
        // lowers to ASCII among other characters.
        assert!(
            REFERENCE_WORDS
                .iter()
                .all(|w| w.is_ascii() && !w.contains('k'))
        );
        for c in (char::MIN..=char::MAX).filter(|c| !c.is_ascii()) {
            assert!(
                c == '\u{212a}' || !c.to_lowercase().all(|l| l.is_ascii()),
                "{c:?}"
            );
        }
    }

    #[test]
    fn trim_possessive_is_trim_end_matches() {
        for s in [
            "Iran's",
            "Iran’s",
            "Iran's's",
            "Iran’s's",
            "Iran's’s",
            "'s",
            "s",
            "Iran",
            "",
        ] {
            assert_eq!(
                trim_possessive(s),
                s.trim_end_matches("'s").trim_end_matches("’s"),
                "{s:?}"
            );
        }
    }

    #[test]
    fn ambiguous_country_names_need_context() {
        let d = resolve("Michael Jordan visited Chad. Jordan and Georgia signed.");
        let ids: Vec<&str> = d.entities.iter().map(|e| e.id.as_str()).collect();
        assert!(ids.contains(&"TCD"));
        assert!(ids.contains(&"GEO"));
        let jordan = d.entities.iter().find(|e| e.id == "JOR").unwrap();
        assert_eq!(jordan.mentions, 1);
    }
}
