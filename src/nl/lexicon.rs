//! The shared Dutch lexicon: every word list the structure pass, `people` and the rules
//! need, each kept once as a sorted data file in `src/nl/data/` and parsed on first use.
//!
//! Words are looked up in lower case, without a closing full stop, unless a function says
//! otherwise. Multi-word entries (`de heer`, `van mening`) are one line with single spaces;
//! `phrases` gives them split into words.

use super::hash::BuildWordHasher;
use std::collections::HashSet;
use std::sync::OnceLock;

/// A 1,024-bit summary of a set of words, by first, second and last byte and length: most
/// words a list does not hold are ruled out with one bit test, before any hashing. Lists too
/// large for the summary to rule much out (more than a third of the bits set) pass everything.
pub(crate) struct Prefilter {
    bits: [u64; 16],
    useful: bool,
}

impl Prefilter {
    fn slot(w: &[u8]) -> usize {
        let n = w.len();
        Prefilter::slot_of(w[0], w[1.min(n - 1)], w[n - 1], n)
    }

    /// The slot of a word from its first, second and last byte and its length.
    fn slot_of(first: u8, second: u8, last: u8, len: usize) -> usize {
        let key = u32::from(first)
            | u32::from(second) << 8
            | u32::from(last) << 16
            | (len.min(255) as u32) << 24;
        (key.wrapping_mul(0x9E37_79B1) >> 22) as usize
    }

    /// [`may_hold`](Prefilter::may_hold) for the ASCII lower case of a word, from the word
    /// as written, without lowering a copy.
    pub(crate) fn may_hold_lowered(&self, w: &[u8]) -> bool {
        if !self.useful || w.is_empty() {
            return true;
        }
        let n = w.len();
        let l = |b: u8| b.to_ascii_lowercase();
        self.is_set(Prefilter::slot_of(
            l(w[0]),
            l(w[1.min(n - 1)]),
            l(w[n - 1]),
            n,
        ))
    }

    fn is_set(&self, slot: usize) -> bool {
        self.bits[slot / 64] & (1 << (slot % 64)) != 0
    }

    pub(crate) fn new<'a>(words: impl Iterator<Item = &'a str>) -> Prefilter {
        let mut bits = [0u64; 16];
        for w in words.filter(|w| !w.is_empty()) {
            let i = Prefilter::slot(w.as_bytes());
            bits[i / 64] |= 1 << (i % 64);
        }
        let set: u32 = bits.iter().map(|b| b.count_ones()).sum();
        Prefilter {
            bits,
            useful: set * 3 <= 1024,
        }
    }

    /// False only when the word is surely not in the set.
    fn may_hold(&self, w: &str) -> bool {
        if !self.useful || w.is_empty() {
            return true;
        }
        self.is_set(Prefilter::slot(w.as_bytes()))
    }
}

/// One word list from `src/nl/data/`, parsed into a set (and into phrases) on first use.
pub struct WordList {
    /// The file name under `src/nl/data/`.
    pub file: &'static str,
    /// The file's text: one entry a line.
    pub text: &'static str,
    set: OnceLock<(Prefilter, HashSet<&'static str, BuildWordHasher>)>,
    list: OnceLock<Vec<&'static str>>,
    phrases: OnceLock<Vec<Vec<&'static str>>>,
}

impl WordList {
    const fn new(file: &'static str, text: &'static str) -> WordList {
        WordList {
            file,
            text,
            set: OnceLock::new(),
            list: OnceLock::new(),
            phrases: OnceLock::new(),
        }
    }

    /// Whether the list holds the entry, exactly as given.
    pub fn contains(&self, entry: &str) -> bool {
        let (filter, set) = self.parsed();
        filter.may_hold(entry) && set.contains(entry)
    }

    /// False only when the list surely lacks the ASCII lower case of `word` (`Van`, `DER`):
    /// a test that needs no lowered copy.
    fn may_hold_lowered(&self, word: &str) -> bool {
        self.parsed().0.may_hold_lowered(word.as_bytes())
    }

    fn parsed(&self) -> &(Prefilter, HashSet<&'static str, BuildWordHasher>) {
        self.set.get_or_init(|| {
            (
                Prefilter::new(self.text.lines()),
                self.text.lines().collect(),
            )
        })
    }

    /// The entries, in file order (sorted).
    pub fn entries(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.list
            .get_or_init(|| self.text.lines().collect())
            .iter()
            .copied()
    }

    /// The value paired with a key in a list of `key value` lines (`datum date`).
    pub fn value_of(&self, key: &str) -> Option<&'static str> {
        self.entries()
            .find_map(|line| line.split_once(' ').filter(|(k, _)| *k == key))
            .map(|(_, value)| value)
    }

    /// The entries split into words (`naar de mening van` → `naar`, `de`, `mening`, `van`).
    pub fn phrases(&self) -> &[Vec<&'static str>] {
        self.phrases
            .get_or_init(|| self.text.lines().map(|l| l.split(' ').collect()).collect())
    }
}

macro_rules! lists {
    ($($(#[$doc:meta])* $name:ident => $file:literal;)*) => {
        $($(#[$doc])* pub static $name: WordList = WordList::new($file, include_str!(concat!("data/", $file)));)*
        /// Every list of the lexicon, for the test that keeps the files tidy.
        pub static ALL: &[&WordList] = &[$(&$name),*];
    };
}

lists! {
    /// Titles and forms of address that stand before a name: `de heer`, `dhr`, `mevrouw`,
    /// `mr`, `ds`, `wethouder`, `statenlid`. An entry that is also in `ABBREVIATIONS` is
    /// written with a full stop (`Dhr. Jansen`), which may be left out. The `honorific` rule
    /// of `grammar/names.pest` holds the same words (a test checks it).
    HONORIFICS => "honorifics.txt";
    /// Lower-case abbreviations whose full stop ends no sentence: `dhr`, `bijv`, `m.b.t`
    /// (written without the final stop).
    ABBREVIATIONS => "abbreviations.txt";
    /// Surname particles (`van`, `der`, `'t`, `v.d.`), Dutch and a few Flemish, French and
    /// German ones.
    PARTICLES => "particles.txt";
    /// Prepositions: before a name they make it the object of the clause rather than its
    /// subject (`volgens dhr. Kok`, `door mevrouw Raven`).
    PREPOSITIONS => "prepositions.txt";
    /// Roles that stand for the person holding them: `De voorzitter opent`, `de secretaris
    /// antwoordt`.
    ROLES => "roles.txt";
    /// Words in an item's title that make it informational, asking for no decision
    /// (`ter kennisname`, `rondvraag`, `vergaderdata`), anywhere in the lower-case title.
    INFORMATIONAL_TITLES => "informational-titles.txt";
    /// Openings of an informational item's title (`voortgang …`, `stand van zaken …`).
    INFORMATIONAL_TITLE_STARTS => "informational-title-starts.txt";
    /// Words that open a sentence and are also given names (`Dan kan …`, `Ben je …`): alone,
    /// they name no speaker.
    SENTENCE_OPENING_GIVEN_NAMES => "sentence-opening-given-names.txt";
    /// Finite forms of verbs with which minutes record a person saying, asking, proposing or
    /// doing something in the meeting, present and past, singular and plural. `is`, `heeft`
    /// and `wordt` are left out (`Dhr. X is ziek` says something *about* a person), and so
    /// are `gaat`, `komt` and `begint` (`gaat met pensioen`, `komt later`).
    SPEECH_VERBS => "speech-verbs.txt";
    /// Speech verbs that do not by themselves record a person speaking in the meeting: the
    /// past tense (often an earlier event: `Charis vroeg op Slack`) and plain actions
    /// (`doet`, `maakt`, `zoekt`).
    ACTION_VERBS => "action-verbs.txt";
    /// Modal verbs: a speaker only with a verb of saying, and not when the clause is about
    /// attendance (`kan niet aanwezig zijn`).
    MODALS => "modals.txt";
    /// Words after a modal that show the clause is about the person, not by the person.
    NOT_SPEECH_AFTER_MODAL => "not-speech-after-modal.txt";
    /// What `heeft` takes to make a speaker: `heeft een vraag`, `heeft behoefte aan`.
    HEEFT_OBJECTS => "heeft-objects.txt";
    /// What `is` takes to make a speaker: `is van mening`, `is het (niet) eens`.
    IS_PHRASES => "is-phrases.txt";
    /// Phrases that introduce a speaker: `volgens dhr. X`, `aldus mevrouw Y`.
    SPEAKER_INTROS => "speaker-intros.txt";
    /// Words that open a clause with a subject: after these, a name behind the verb is its
    /// object.
    SUBJECT_WORDS => "subject-words.txt";
    /// Common finite verbs that show a clause already has its own verb.
    FINITE_VERBS => "finite-verbs.txt";
    /// Words that record an outcome: a decision, conclusion, advice or deferral
    /// (`aangenomen`, `besloten`, `aangehouden`), lower case.
    OUTCOME_WORDS => "outcome-words.txt";
    /// Headings that set the kind of the items under them (`Ter besluitvorming`,
    /// `Hamerstukken`, `Mededelingen`), lower case. An entry that opens with `ter` also
    /// heads a longer line (`Ter besluitvorming en vaststelling`); the others stand alone.
    SECTION_HEADINGS => "section-headings.txt";
    /// Given names abbreviated to more than one letter, as written (`Th.` for Theodorus,
    /// `Chr.` for Christiaan): with a full stop they are initials.
    FIRST_NAME_ABBREVIATIONS => "first-name-abbreviations.txt";
    /// Those of `FIRST_NAME_ABBREVIATIONS` that are initials without a full stop too
    /// (`Chr Güler`); `Jos` and `Ant` are given names of their own.
    FIRST_NAME_ABBREVIATIONS_UNDOTTED => "first-name-abbreviations-undotted.txt";
    /// Words in a heading or an item title that ask for a decision (`ter besluitvorming`,
    /// `hamerstuk`, `ter goedkeuring`), found anywhere in the lower-case text.
    DECIDING_HEADINGS => "deciding-headings.txt";
    /// Officer titles of the chair, as an annotation or role prefix gives them (`voorzitter`,
    /// `vz`, `plv. voorzitter`); with `OFFICER_SECRETARY`, `OFFICER_MINUTE_TAKER` and
    /// `OFFICER_CLERK` read by `model::role_word`.
    OFFICER_CHAIR => "officer-chair.txt";
    /// Officer titles of the secretary (`secretaris`, `secr`, `ambtelijk secretaris`).
    OFFICER_SECRETARY => "officer-secretary.txt";
    /// Officer titles of the minute-taker (`notulist`, `notulen`, `verslaglegging`).
    OFFICER_MINUTE_TAKER => "officer-minute-taker.txt";
    /// Officer titles of the clerk (`griffier`, `commissiegriffier`, `plv. griffier`).
    OFFICER_CLERK => "officer-clerk.txt";
    /// Officer titles that give their role with any words after them (`voorzitter a.i.`,
    /// `secretaris bestuur`): the first word alone decides.
    OFFICER_LEADING_WORDS => "officer-leading-words.txt";
    /// Role-group labels in an attendance block that make their members chairs (`Burgemeester:`,
    /// `Presidium:`); with the clerk, secretary and minute-taker lists beside it, read by
    /// `structure::is_role_group`.
    ROLE_GROUPS_CHAIR => "role-groups-chair.txt";
    /// Role-group labels of clerks (`Griffie:`, `Griffier:`).
    ROLE_GROUPS_CLERK => "role-groups-clerk.txt";
    /// Role-group labels of secretaries (`Secretariaat:`, `Ambtelijk secretaris:`).
    ROLE_GROUPS_SECRETARY => "role-groups-secretary.txt";
    /// Role-group labels of minute-takers (`Notulist:`, `Verslag:`).
    ROLE_GROUPS_MINUTE_TAKER => "role-groups-minute-taker.txt";
    /// Role-group labels that give no officer role (`Leden:`, `Wethouders:`, `Dagelijks
    /// bestuur:`), the whole label, lower case, without a leading article.
    ROLE_GROUPS => "role-groups.txt";
    /// First words that make any label a role group (`Namens het bevoegd gezag`, `Leden
    /// commissie`).
    ROLE_GROUP_LEADING_WORDS => "role-group-leading-words.txt";
    /// A table's header cells over a column of names (`Naam`, `Organisatie`).
    COLUMN_HEADS => "column-heads.txt";
    /// Header cells over a column holding part of a name (`Voornaam`, `Tussenvoegsel`).
    NAME_COLUMN_HEADS => "name-column-heads.txt";
    /// Openings of a heading about the next meeting (`Volgende vergadering`, `Datum volgende
    /// …`), whose date and chair are not this meeting's.
    NEXT_MEETING_OPENINGS => "next-meeting-openings.txt";
    /// Headings of the action list at the end (`Actielijst`, `Openstaande actiepunten`).
    TRAILER_ACTIONS => "trailer-actions.txt";
    /// Headings of the decision list at the end (`Besluitenlijst`, `Genomen besluiten`).
    TRAILER_DECISIONS => "trailer-decisions.txt";
    /// Verbs that join an attendance key to its names in prose (`Aanwezig zijn …`, `Afwezig
    /// was …`).
    ATTENDANCE_PROSE_VERBS => "attendance-prose-verbs.txt";
    /// Lower-case words that may open the names after such a verb (`Aanwezig zijn de leden`,
    /// `Afwezig is mevrouw X`, `Aanwezig waren alle leden`).
    ATTENDANCE_PROSE_NAME_STARTS => "attendance-prose-name-starts.txt";
    /// Capitalised words that open sentences but are never names (`Ook`, `Volgens`,
    /// `Gemeente`, `Dan`), besides the subject words and roles: see `is_sentence_word`.
    SENTENCE_WORDS => "sentence-words.txt";
    /// Infinitives of saying that make a modal a speech verb (`wil weten`, `wil graag
    /// benadrukken`).
    SPEECH_INFINITIVES => "speech-infinitives.txt";
    /// Words that end a modal's own clause where a subordinate clause starts (`wil weten
    /// wanneer …`).
    MODAL_CLAUSE_ENDS => "modal-clause-ends.txt";
    /// Conjunctions that start a new clause, looking back from an inverted verb (`…, maar
    /// zegt dhr. X`).
    CLAUSE_CONJUNCTIONS => "clause-conjunctions.txt";
    /// Finite forms of `hebben` (`heeft`, `hebben`, `had`).
    HEBBEN_FORMS => "hebben-forms.txt";
    /// Words between `heeft` and its object (`heeft nog een vraag`, `heeft enkele vragen`).
    HEEFT_OBJECT_DETERMINERS => "heeft-object-determiners.txt";
    /// Verbs of answering (`reageert`, `antwoordde`): not speech when a negation follows.
    ANSWER_VERBS => "answer-verbs.txt";
    /// Words after an answer verb that make it no answer (`reageert niet`, `nog`), as written.
    ANSWER_NEGATIONS => "answer-negations.txt";
    /// Adverbs with which `sluit zich … aan` agrees with a speaker (`sluit zich hierbij aan`).
    AGREEING_ADVERBS => "agreeing-adverbs.txt";
    /// Verbs with which the chair opens the meeting (`opent`, `heropent`).
    OPENING_VERBS => "opening-verbs.txt";
    /// Articles, prepositions and conjunctions that need what follows: no Dutch sentence or
    /// heading ends on them (`de`, `van`, `dat`, `en`); see `nl::needs_continuation`.
    CONTINUATION_WORDS => "continuation-words.txt";
    /// Besides the continuation words, words no heading ends on: verbs and pronouns that
    /// want the rest of a sentence (`… wordt`, `… zij`, `… ook`).
    NOT_HEADING_ENDINGS => "not-heading-endings.txt";
    /// A document's status as a line of its own over the header (`CONCEPT`, `Openbaar`,
    /// `Vertrouwelijk`), lower case: no topic.
    STATUS_WORDS => "status-words.txt";
    /// Words in the usual item titles that may stand over a list (`Mededelingen`,
    /// `Rondvraag`), found anywhere in the lower-case title.
    USUAL_ITEM_TITLES => "usual-item-titles.txt";
    /// Headings over the agenda list (`Agenda`, `Voorlopige agenda`), lower case.
    AGENDA_HEADINGS => "agenda-headings.txt";
    /// A line that fills an announced field with nothing (`n.v.t.`, `Geen`), as written.
    NO_VALUE_WORDS => "no-value-words.txt";
    /// Words in a title or `Status` field that make the document not public (`vertrouwelijk`,
    /// `niet openbaar`), found anywhere in the lower-case text.
    NOT_PUBLIC_MARKERS => "not-public-markers.txt";
    /// A running head that marks the document as a draft (`Concept`, `Conceptversie`), lower
    /// case.
    DRAFT_MARKERS => "draft-markers.txt";
    /// Front-matter keys and the field each gives, one `key field` pair a line (`datum date`,
    /// `voorzitter chair`, `plaats location`): Dutch and English keys; see
    /// `front_matter_field`.
    FRONT_MATTER_KEYS => "front-matter-keys.txt";
    /// Headings over the minutes themselves (`## Notulen`), lower case: as a topic, no
    /// adoption of earlier minutes.
    OWN_MINUTES_HEADINGS => "own-minutes-headings.txt";
    /// Words in a proposal's title that say it is being prepared, not decided (`Voorbereiding
    /// …`, `… uitwerken`).
    PREPARING_WORDS => "preparing-words.txt";
    /// Words in a title about earlier minutes that make it no adoption (`terugblik`,
    /// `samenvatting`, another body's `GMR`).
    NOT_MINUTES_WORDS => "not-minutes-words.txt";
    /// Words that name minutes or a decision list (`notulen`, `conceptnotulen`,
    /// `besluitenlijst`).
    MINUTES_WORDS => "minutes-words.txt";
    /// Words for a report, which is minutes unless it is another kind (`verslag`,
    /// `conceptverslag`).
    REPORT_WORDS => "report-words.txt";
    /// Openings of the words that make a report no minutes (`financieel verslag`,
    /// `jaarverslag`, `evaluatieverslag`).
    OTHER_REPORT_STARTS => "other-report-starts.txt";
    /// Word sets that record an outcome when every word of one occurs in a text: separable
    /// verbs (`stemt … in`, `keurt … goed`) and nouns with their verb (`instemming verleend`,
    /// `positief advies`).
    OUTCOME_WORD_SETS => "outcome-word-sets.txt";
    /// The keys of a marker line (`Besluit:`, `Actiepunt:`, `Toezegging:`) and the kind each
    /// gives, one `key kind` pair a line (`toezegging agreement`). The `marker_key` rule of
    /// `grammar/items.pest` holds the same keys (a test checks it).
    MARKER_KEYS => "marker-keys.txt";
    /// The keys of a header field (`Datum:`, `Aanwezig`, `Afwezig met kennisgeving`) and the
    /// field each names, one `key kind` pair a line with the kind as the last word
    /// (`afgemeld absent-notified`). A key written with a colon (`vz: chair`) counts only
    /// before a colon or a tab. The key rules of `grammar/header.pest` hold the same keys
    /// (a test checks it); read through `field_keys`.
    FIELD_KEYS => "field-keys.txt";
    /// The words before an item's number in a heading (`Agendapunt 4: …`, `Punt 5 …`). The
    /// `agenda_word` rule of `grammar/items.pest` holds the same words (a test checks it).
    AGENDA_WORDS => "agenda-words.txt";
    /// The head of an F1 table of items (`Nr. Onderwerp`), word by word; the number's word
    /// may have a full stop. The `table_head` rule of `grammar/minutes.pest` holds the same
    /// words (a test checks it).
    ITEM_TABLE_HEADS => "item-table-heads.txt";
}

/// One header field key of `FIELD_KEYS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldKey {
    /// The key, lower case (`afwezig met kennisgeving`).
    pub key: &'static str,
    /// The field it names (`absent-notified`, `minute-taker`).
    pub kind: &'static str,
    /// Whether the key counts only before a colon or a tab (`Vz:`, `Verslag:`, `Date:`).
    pub before_separator_only: bool,
}

/// The header field keys of `FIELD_KEYS`, in file order.
pub fn field_keys() -> impl Iterator<Item = FieldKey> {
    FIELD_KEYS.entries().filter_map(|line| {
        let (key, kind) = line.rsplit_once(' ')?;
        let (key, before_separator_only) = match key.strip_suffix(':') {
            Some(key) => (key, true),
            None => (key, false),
        };
        Some(FieldKey {
            key,
            kind,
            before_separator_only,
        })
    })
}

/// Whether a line is a section heading (`Ter besluitvorming:`, `Hamerstukken`), in any case.
pub fn is_section_heading(line: &str) -> bool {
    // Lowering never makes fewer characters: a line longer than every heading is one only
    // when it opens with `ter ` (`Ter besluitvorming: …`).
    static LONGEST: OnceLock<usize> = OnceLock::new();
    let longest = *LONGEST.get_or_init(|| {
        SECTION_HEADINGS
            .entries()
            .map(|h| h.chars().count())
            .max()
            .unwrap_or(0)
    });
    let t = line.trim().trim_end_matches(':');
    if t.chars().nth(longest).is_some()
        && !t.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("ter "))
    {
        return false;
    }
    let l = line.to_lowercase();
    let l = l.trim().trim_end_matches(':');
    SECTION_HEADINGS.contains(l)
        || SECTION_HEADINGS
            .entries()
            .any(|h| h.starts_with("ter ") && l.starts_with(h))
}

/// Whether lower-case text (a heading, an item title) says its items ask for a decision.
pub fn names_decision(lower: &str) -> bool {
    DECIDING_HEADINGS
        .entries()
        .any(|d| contains_short(lower, d))
}

/// Whether `hay` contains `needle`, as `str::contains` says, for a short text (a title, a
/// key) searched for each entry of a word list: each place of the needle's first byte is
/// compared, where setting up a substring searcher for every entry would cost more than
/// the search.
pub fn contains_short(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = n.split_first() else {
        return true;
    };
    if h.len() < n.len() {
        return false;
    }
    memchr::memchr_iter(first, &h[..=h.len() - n.len()]).any(|i| h[i + 1..].starts_with(rest))
}

/// Whether a word (lower case, no full stop; `de heer` as two words) is an honorific.
pub fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(word)
}

/// The honorifics (split into words, in file order) whose first word is `word`, in any ASCII
/// case: `de heer` for `De`. Empty for a word that starts none (most words of running text,
/// for which this runs): the words are filed by first letter and length, so that a word is
/// compared with the one or two honorific words of its letter and length, if any.
pub fn honorifics_starting(word: &str) -> &'static [Vec<&'static str>] {
    /// Room for the longest first word (`fractievoorzitter`, `loco-burgemeester`: 17).
    const LONGEST: usize = 24;
    type Filed = Vec<(&'static str, Vec<Vec<&'static str>>)>;
    /// The slot of a word that starts with an ASCII letter and is at most `LONGEST` long.
    fn slot_of(w: &[u8]) -> Option<usize> {
        let first = w.first()?.to_ascii_lowercase();
        (first.is_ascii_lowercase() && w.len() <= LONGEST)
            .then(|| usize::from(first - b'a') * (LONGEST + 1) + w.len())
    }
    static BY_LETTER_AND_LENGTH: OnceLock<Vec<Filed>> = OnceLock::new();
    let filed = BY_LETTER_AND_LENGTH.get_or_init(|| {
        let mut filed: Vec<Filed> = vec![Vec::new(); 26 * (LONGEST + 1)];
        for phrase in HONORIFICS.phrases() {
            let first = phrase[0];
            let Some(slot) = slot_of(first.as_bytes()) else {
                continue;
            };
            let words = &mut filed[slot];
            match words.iter_mut().find(|(w, _)| *w == first) {
                Some((_, phrases)) => phrases.push(phrase.clone()),
                None => words.push((first, vec![phrase.clone()])),
            }
        }
        filed
    });
    let none: &'static [Vec<&'static str>] = &[];
    let Some(slot) = slot_of(word.as_bytes()) else {
        return none;
    };
    filed[slot]
        .iter()
        .find(|(w, _)| w.as_bytes().eq_ignore_ascii_case(word.as_bytes()))
        .map_or(none, |(_, phrases)| phrases.as_slice())
}

/// Whether a word (any case) is the first word of an honorific: `de` of `de heer`, `dhr`,
/// `mevrouw`. A full stop after it is ignored.
pub fn starts_honorific(word: &str) -> bool {
    !honorifics_starting(word.trim_end_matches('.')).is_empty()
}

/// Whether a word (lower case, without its final full stop) is an abbreviation.
pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(word)
}

/// Calls `f` with `word` in lower case: an ASCII word of up to 32 bytes is lowered on the
/// stack (most words of running text), others are lowered into a new string.
pub fn with_lower<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buf = [0u8; 32];
    if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // ASCII stays valid UTF-8 whatever its case.
        if let Ok(l) = std::str::from_utf8(lower) {
            return f(l);
        }
    }
    f(&word.to_lowercase())
}

/// Whether a word is a surname particle (`van`, `Der`, `’t`, `v.d.`), in any case and with
/// either apostrophe.
pub fn is_particle(word: &str) -> bool {
    if word.is_ascii() && !PARTICLES.may_hold_lowered(word) {
        return false;
    }
    if word.bytes().all(|b| b.is_ascii_lowercase()) {
        return PARTICLES.contains(word);
    }
    if word.is_ascii() {
        // `Van`, `Der`: no apostrophe to unify.
        return with_lower(word, |l| PARTICLES.contains(l));
    }
    PARTICLES.contains(&word.to_lowercase().replace('’', "'"))
}

/// Whether a word (lower case) is a role that stands for its holder (`voorzitter`).
pub fn is_role(word: &str) -> bool {
    ROLES.contains(word)
}

/// Whether a word (lower case) is a speech verb.
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.contains(word)
}

/// Whether a word (lower case) is a past-tense or action verb among the speech verbs.
pub fn is_action_verb(word: &str) -> bool {
    ACTION_VERBS.contains(word)
}

/// Whether a word (lower case) is a modal verb.
pub fn is_modal(word: &str) -> bool {
    MODALS.contains(word)
}

/// Whether a word (lower case) opens a clause with a subject.
pub fn is_subject_word(word: &str) -> bool {
    SUBJECT_WORDS.contains(word)
}

/// Whether a word (lower case) is a common finite verb.
pub fn is_finite_verb(word: &str) -> bool {
    FINITE_VERBS.contains(word)
}

/// Whether a word (lower case) opens sentences but is never a name: a subject word, a role
/// or one of `SENTENCE_WORDS` (`De`, `Zij`, `Voorzitter`, `Volgens`, `Dan`).
pub fn is_sentence_word(word: &str) -> bool {
    is_subject_word(word) || is_role(word) || SENTENCE_WORDS.contains(word)
}

/// The field a front-matter key (lower case) gives, by its English name (`title`, `date`,
/// `status`, `chair`, `minute-taker`, `location`).
pub fn front_matter_field(key: &str) -> Option<&'static str> {
    FRONT_MATTER_KEYS.value_of(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn contains_short_is_str_contains(hay in "[abé ]{0,12}", needle in "[abé]{0,4}") {
            proptest::prop_assert_eq!(contains_short(&hay, &needle), hay.contains(needle.as_str()));
        }
    }

    /// The alternatives of the `honorific` rule in `grammar/names.pest`, lower case, with
    /// whether each is written with a full stop.
    fn grammar_honorifics() -> Vec<(String, bool)> {
        let grammar = include_str!("../../grammar/names.pest");
        let start = grammar.find("\nhonorific = {").expect("honorific rule");
        let body = &grammar[start..];
        let body = &body[..body.find("\n}").expect("end of the honorific rule")];
        body.split("^\"")
            .skip(1)
            .map(|alt| {
                let word = &alt[..alt.find('"').unwrap_or(0)];
                let word = word.to_lowercase();
                let dotted = word.ends_with('.');
                (word.trim_end_matches('.').to_string(), dotted)
            })
            .collect()
    }

    #[test]
    fn the_grammar_and_the_honorifics_agree() {
        let grammar = grammar_honorifics();
        let mut words: Vec<&str> = grammar.iter().map(|(w, _)| w.as_str()).collect();
        words.sort_unstable();
        words.dedup();
        let listed: Vec<&str> = HONORIFICS.entries().collect();
        assert_eq!(
            words, listed,
            "grammar/names.pest honorific vs honorifics.txt"
        );
        // An abbreviation is written with its full stop; a word never is.
        for (word, dotted) in &grammar {
            assert!(
                !dotted || is_abbreviation(word),
                "`{word}.` in the grammar is no abbreviation"
            );
        }
        for word in listed.iter().filter(|w| is_abbreviation(w)) {
            assert!(
                grammar.iter().any(|(w, d)| w == word && *d),
                "the grammar lacks `{word}.`"
            );
        }
    }

    /// Each front-matter line is a key and one of the fields `structure/header.rs` knows.
    #[test]
    fn front_matter_keys_name_known_fields() {
        let fields = [
            "chair",
            "date",
            "location",
            "minute-taker",
            "status",
            "title",
        ];
        for line in FRONT_MATTER_KEYS.entries() {
            let (key, field) = line.split_once(' ').expect("`key field`");
            assert!(fields.contains(&field), "{line}: unknown field");
            assert_eq!(front_matter_field(key), Some(field));
        }
        assert_eq!(front_matter_field("plaats"), Some("location"));
        assert_eq!(front_matter_field("aanwezig"), None);
    }

    /// The grammar's `marker_key` alternatives are the keys of `marker-keys.txt`, and each
    /// kind is one `parse/lines.rs` knows.
    #[test]
    fn the_grammar_and_the_marker_keys_agree() {
        let grammar = include_str!("../../grammar/items.pest");
        let start = grammar.find("\nmarker_key = {").expect("marker_key rule");
        let body = &grammar[start..];
        let body = &body[..body.find('}').expect("end of the marker_key rule")];
        let mut keys: Vec<String> = body
            .split("^\"")
            .skip(1)
            .map(|alt| alt[..alt.find('"').unwrap_or(0)].to_lowercase())
            .collect();
        keys.sort_unstable();
        let listed: Vec<&str> = MARKER_KEYS
            .entries()
            .map(|l| l.split_once(' ').expect("`key kind`").0)
            .collect();
        assert_eq!(
            keys, listed,
            "grammar/items.pest marker_key vs marker-keys.txt"
        );
        let kinds = ["action", "advice", "agreement", "conclusion", "decision"];
        for line in MARKER_KEYS.entries() {
            let (key, kind) = line.split_once(' ').expect("`key kind`");
            assert!(kinds.contains(&kind), "{line}: unknown kind");
            assert_eq!(MARKER_KEYS.value_of(key), Some(kind));
        }
    }

    #[test]
    fn the_prefilter_keeps_every_entry_and_rules_out_most_other_words() {
        let mut ruled_out = 0;
        for list in ALL {
            for e in list.entries() {
                assert!(list.contains(e), "{}: {e}", list.file);
            }
            ruled_out += ["vergadering", "geeft", "aan", "dat", "begroting", "Kok"]
                .iter()
                .filter(|w| !list.contains(w))
                .count();
        }
        assert!(ruled_out > 0);
        let filter = Prefilter::new(["de heer", "dhr", "mevrouw"].into_iter());
        assert!(filter.useful);
        assert!(["de heer", "dhr", "mevrouw"]
            .iter()
            .all(|w| filter.may_hold(w)));
        let passed = [
            "vergadering",
            "geeft",
            "aan",
            "dat",
            "begroting",
            "wordt",
            "besluit",
        ]
        .iter()
        .filter(|w| filter.may_hold(w))
        .count();
        assert!(passed <= 1, "{passed} of 7 words not ruled out");
    }

    #[test]
    fn looks_words_up() {
        assert!(is_honorific("de heer") && is_honorific("ds") && !is_honorific("heer"));
        assert!(starts_honorific("Dhr.") && starts_honorific("de"));
        assert!(!starts_honorific("Deze") && !starts_honorific("") && !starts_honorific("é"));
        assert!(honorifics_starting("DE").contains(&vec!["de", "heer"]));
        assert!(
            honorifics_starting("Dhr.").is_empty(),
            "the caller drops the full stop"
        );
        // Every first word of every honorific, in any case, and nothing longer.
        for phrase in HONORIFICS.phrases() {
            let upper = phrase[0].to_ascii_uppercase();
            assert!(honorifics_starting(&upper).contains(phrase), "{phrase:?}");
            assert!(honorifics_starting(&format!("{}x", phrase[0]))
                .iter()
                .all(|h| h != phrase));
        }
        assert!(is_particle("Van") && is_particle("’t") && !is_particle("Kok"));
        assert!(is_speech_verb("zegt") && is_action_verb("vroeg"));
    }
}
