//! A small tokenizer for running text: words with byte offsets, and the Dutch word lists
//! that speaker detection needs (honorifics, speech and action verbs, subjects).

/// One token of running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'t> {
    /// The text of the token.
    pub text: &'t str,
    /// Byte offset into the paragraph.
    pub start: usize,
    /// Whether this is a word (letters, digits, apostrophes, inner hyphens) rather than punctuation.
    pub word: bool,
}

impl Token<'_> {
    /// The byte offset just past the token.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }

    /// Whether the token starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase())
    }

    /// The token in lower case.
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’'
}

/// Splits text into words and single punctuation characters; white space is dropped.
/// A hyphen between letters stays inside the word (`Peters-van`), so does an apostrophe.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if is_word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    it.next();
                } else if d == '-' {
                    // Keep an inner hyphen when a letter follows.
                    let after = text[j + 1..].chars().next();
                    if after.is_some_and(|a| a.is_alphabetic()) {
                        end = j + 1;
                        it.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            out.push(Token {
                text: &text[i..end],
                start: i,
                word: true,
            });
        } else {
            out.push(Token {
                text: &text[i..i + c.len_utf8()],
                start: i,
                word: false,
            });
        }
    }
    out
}

/// Honorifics and titles that precede a name in running text, as word sequences
/// (lower case, dots as separate tokens are handled by the caller).
pub const HONORIFICS: &[&[&str]] = &[
    &["de", "heer"],
    &["dhr"],
    &["mevrouw"],
    &["mevr"],
    &["mw"],
    &["mej"],
    &["mr"],
    &["drs"],
    &["dr"],
    &["ir"],
    &["ing"],
    &["prof"],
    &["burgemeester"],
    &["wethouder"],
    &["gedeputeerde"],
    &["dijkgraaf"],
    &["heemraad"],
    &["raadslid"],
    &["commissielid"],
    &["fractievoorzitter"],
    &["loco-burgemeester"],
    &["collega"],
];

/// Honorifics that are abbreviations and take a dot.
pub const DOTTED_HONORIFICS: &[&str] = &[
    "dhr", "mevr", "mw", "mej", "mr", "drs", "dr", "ir", "ing", "prof",
];

/// Roles that stand for the holder: `De voorzitter opent`, `de secretaris antwoordt`.
pub const ROLE_WORDS: &[&str] = &[
    "voorzitter",
    "secretaris",
    "notulist",
    "griffier",
    "penningmeester",
    "vicevoorzitter",
    "vice-voorzitter",
    "plaatsvervangend",
];

/// (`gaat`, `komt` and `begint` are left out too: `gaat met pensioen`, `komt later`,
/// `begint per 1 mei` tell what happens to someone.)
///
/// Finite forms of Dutch verbs with which minutes record a person saying, asking,
/// proposing or doing something in the meeting. Present and past, singular and plural.
/// `is`, `heeft`, `wordt` are left out: `Dhr. X is ziek`, `heeft een nieuwe functie`,
/// `wordt welkom geheten` say something *about* a person.
pub const SPEECH_VERBS: &[&str] = &[
    // present singular
    "aanvaardt",
    "adviseert",
    "antwoordt",
    "applaudisseert",
    "attendeert",
    "beaamt",
    "bedankt",
    "begrijpt",
    "belicht",
    "benadrukt",
    "bepleit",
    "bericht",
    "beantwoordt",
    "beschrijft",
    "betoogt",
    "betreurt",
    "bevestigt",
    "biedt",
    "brengt",
    "citeert",
    "complimenteert",
    "concludeert",
    "constateert",
    "dankt",
    "deelt",
    "denkt",
    "doet",
    "dringt",
    "erkent",
    "geeft",
    "herhaalt",
    "herinnert",
    "heet",
    "hoopt",
    "informeert",
    "introduceert",
    "kaart",
    "kan",
    "kondigt",
    "laat",
    "legt",
    "leest",
    "licht",
    "memoreert",
    "meent",
    "meldt",
    "maakt",
    "merkt",
    "mist",
    "moet",
    "neemt",
    "noemt",
    "ondersteunt",
    "onderschrijft",
    "onderstreept",
    "opent",
    "oppert",
    "peilt",
    "pleit",
    "polst",
    "presenteert",
    "rapporteert",
    "reageert",
    "refereert",
    "roept",
    "schetst",
    "schrijft",
    "signaleert",
    "sluit",
    "spreekt",
    "stelt",
    "stemt",
    "steunt",
    "stipt",
    "suggereert",
    "trekt",
    "twijfelt",
    "verduidelijkt",
    "verklaart",
    "vermeldt",
    "verontschuldigt",
    "verstrekt",
    "vertelt",
    "verwacht",
    "verwijst",
    "verzoekt",
    "vindt",
    "voegt",
    "vraagt",
    "vreest",
    "vult",
    "waardeert",
    "waarschuwt",
    "wijst",
    "wil",
    "zal",
    "zegt",
    "ziet",
    "zoekt",
    "onthoudt",
    "overhandigt",
    "toont",
    "bespreekt",
    "verdedigt",
    "houdt",
    "dient",
    "tekent",
    "wenst",
    "vat",
    "zet",
    "ervaart",
    "acht",
    "beveelt",
    "verheugt",
    "juicht",
    "feliciteert",
    // present plural
    "antwoorden",
    "beamen",
    "benadrukken",
    "bevestigen",
    "delen",
    "danken",
    "geven",
    "herinneren",
    "kunnen",
    "melden",
    "merken",
    "missen",
    "onderschrijven",
    "pleiten",
    "reageren",
    "sluiten",
    "spreken",
    "stellen",
    "stemmen",
    "steunen",
    "vinden",
    "vragen",
    "vullen",
    "willen",
    "wijzen",
    "zeggen",
    "zien",
    "maken",
    "brengen",
    "lichten",
    "presenteren",
    "verwachten",
    "constateren",
    "noemen",
    // past
    "antwoordde",
    "beaamde",
    "benadrukte",
    "bevestigde",
    "concludeerde",
    "constateerde",
    "dankte",
    "deed",
    "gaf",
    "herinnerde",
    "informeerde",
    "kon",
    "lichtte",
    "liet",
    "meldde",
    "merkte",
    "maakte",
    "miste",
    "noemde",
    "opende",
    "pleitte",
    "presenteerde",
    "reageerde",
    "sloot",
    "sprak",
    "stelde",
    "stemde",
    "vond",
    "vroeg",
    "vulde",
    "wees",
    "wilde",
    "zag",
    "zei",
    "zou",
    "verwachtte",
    "onderschreef",
    "bracht",
    "vertelde",
    "verklaarde",
    "wenste",
];

/// Speech verbs that do not by themselves record a person speaking in the meeting: the past
/// tense (often an earlier event: `Charis vroeg op Slack`) and plain actions.
pub const PAST_OR_ACTION: &[&str] = &[
    "antwoordde",
    "beaamde",
    "benadrukte",
    "bevestigde",
    "bracht",
    "concludeerde",
    "constateerde",
    "dankte",
    "deed",
    "dient",
    "doet",
    "gaf",
    "herinnerde",
    "houdt",
    "informeerde",
    "kon",
    "laat",
    "leest",
    "liet",
    "maakt",
    "maakte",
    "meldde",
    "merkte",
    "mist",
    "miste",
    "noemde",
    "onderschreef",
    "opende",
    "overhandigt",
    "pleitte",
    "presenteerde",
    "reageerde",
    "sloot",
    "sprak",
    "stelde",
    "stemde",
    "tekent",
    "trekt",
    "verklaarde",
    "vertelde",
    "verstrekt",
    "verwachtte",
    "vond",
    "vroeg",
    "vulde",
    "wees",
    "wenste",
    "wilde",
    "zag",
    "zei",
    "zet",
    "ziet",
    "zoekt",
    "zou",
];

/// Verbs whose person object follows them (`De voorzitter dankt dhr. X`): after these a
/// name is only a speaker when no subject stands before the verb.
pub const OBJECT_VERBS: &[&str] = &[
    "bedankt",
    "dankt",
    "heet",
    "feliciteert",
    "complimenteert",
    "verzoekt",
    "vraagt",
    "nodigt",
    "benoemt",
    "kiest",
    "machtigt",
    "introduceert",
    "verwelkomt",
    "herinnert",
    "wijst",
    "steunt",
    "danken",
    "vragen",
    "dankte",
    "vroeg",
    "informeert",
    "neemt",
];

/// `heeft` as a speaker verb only in these phrases (`heeft een vraag`, `heeft behoefte aan`).
pub const HEEFT_OBJECTS: &[&str] = &[
    "vraag",
    "vragen",
    "opmerking",
    "opmerkingen",
    "behoefte",
    "bezwaar",
    "twijfels",
    "zorgen",
    "moeite",
];

/// `is` makes a speaker only in these phrases: `is van mening`, `is het (niet) eens`.
pub const IS_PHRASES: &[&[&str]] = &[
    &["van", "mening"],
    &["het", "eens"],
    &["het", "niet", "eens"],
    &["voorstander"],
    &["tegenstander"],
    &["benieuwd"],
    &["kritisch"],
    &["positief"],
    &["blij"],
    &["verheugd"],
    &["teleurgesteld"],
    &["verbaasd"],
    &["bezorgd"],
    &["van", "oordeel"],
    &["ervan", "overtuigd"],
];

/// Phrases that introduce a speaker: `volgens dhr. X`, `aldus mevrouw Y`.
pub const SPEAKER_INTROS: &[&[&str]] = &[
    &["volgens"],
    &["aldus"],
    &["naar", "de", "mening", "van"],
    &["naar", "mening", "van"],
    &["op", "de", "vraag", "van"],
    &["op", "vragen", "van"],
    &["op", "verzoek", "van"],
    &["op", "voorstel", "van"],
    &["in", "antwoord", "op", "de", "vraag", "van"],
    &["in", "de", "ogen", "van"],
];

/// Words that open a clause with a subject: after these, a name behind the verb is its object.
pub const SUBJECT_WORDS: &[&str] = &[
    "de", "het", "een", "hij", "zij", "ze", "ik", "wij", "we", "men", "u", "jij", "dit", "dat",
    "deze", "die", "iedereen", "niemand", "allen", "beiden", "zijn", "haar", "hun", "het", "alle",
];

/// Modal verbs that make a speaker only when the clause is not about attendance.
pub const MODALS: &[&str] = &[
    "kan", "wil", "zal", "moet", "kunnen", "willen", "kon", "wilde", "zou",
];

/// Words after a modal that show the clause is about the person, not by the person.
pub const NOT_SPEECH_AFTER_MODAL: &[&str] = &[
    "aanwezig",
    "afwezig",
    "verhinderd",
    "worden",
    "wordt",
    "zijn",
    "komen",
    "bijwonen",
    "deelnemen",
];

/// Lower-case abbreviations that end in a dot without ending a sentence.
pub const ABBREVIATIONS: &[&str] = &[
    "o.a", "oa", "m.i.v", "t.b.v", "i.v.m", "nr", "art", "ca", "bijv", "resp", "e.d", "e.a",
    "d.w.z", "m.b.t", "t.a.v", "i.o.m", "mr", "drs", "dr", "ir", "ing", "prof", "dhr", "mevr",
    "mw", "mej", "jl", "vlg", "z.s.m", "zgn", "incl", "excl", "o.l.v", "p.p", "mln", "mld", "vs",
    "evt", "t.z.t",
];
