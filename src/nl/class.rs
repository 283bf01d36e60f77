//! What the lexicon says of one word, worked out once when the tokenizer cuts it.
//!
//! Finding the people in a block asks the same few questions of every word, several times
//! over: does an honorific start here, is it a particle, a word that opens sentences, a verb
//! that may record a speaker, an abbreviation, the end of `volgens`? Finding an item's outcome
//! asks whether it is an outcome word. Each question was a lookup in its own list. [`word_class`] answers them all with one lookup in a table built
//! from those lists, and [`crate::nl::tokens::pieces`] keeps the answer on each word.
//!
//! The answers are defined by the lists' own functions ([`answer`], used as it is for words
//! that are not ASCII); the table only makes ASCII words fast, and a test holds the two equal.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::hash::BuildWordHasher;
use super::lexicon::{self, with_lower};

/// The lexicon's answers about one word, as bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordClass(u8);

impl WordClass {
    /// No list holds the word (and punctuation).
    pub const NONE: WordClass = WordClass(0);
    /// The first word of an honorific, in any ASCII case: `de` (of `de heer`), `Dhr`, `mevrouw`
    /// ([`lexicon::honorifics_starting`] is not empty).
    pub const HONORIFIC_START: WordClass = WordClass(1);
    /// A surname particle ([`lexicon::is_particle`]).
    pub const PARTICLE: WordClass = WordClass(1 << 1);
    /// A word that opens sentences and is never a name ([`lexicon::is_sentence_word`] of the
    /// word in lower case).
    pub const SENTENCE_WORD: WordClass = WordClass(1 << 2);
    /// In lower case, an abbreviation whose full stop ends no sentence
    /// ([`lexicon::is_abbreviation`]).
    pub const ABBREVIATION: WordClass = WordClass(1 << 3);
    /// In lower case, a word that may be the verb of a speaker: a speech verb, a form of
    /// `hebben`, `is` or `was`. A word without this bit is no such verb whatever follows it.
    pub const MAY_BE_VERB: WordClass = WordClass(1 << 4);
    /// In lower case, the last word of a phrase that introduces a speaker (`volgens`, `van` of
    /// `op de vraag van`).
    pub const INTRO_END: WordClass = WordClass(1 << 5);
    /// In lower case, a word of `outcome-words.txt` or of a set of `outcome-word-sets.txt`
    /// (`vastgesteld`, `stemt`): the words that tell whether an item records an outcome.
    pub const OUTCOME: WordClass = WordClass(1 << 6);

    /// Whether every bit of `other` is set.
    pub fn has(self, other: WordClass) -> bool {
        self.0 & other.0 == other.0
    }

    fn with(self, other: WordClass, yes: bool) -> WordClass {
        if yes {
            WordClass(self.0 | other.0)
        } else {
            self
        }
    }
}

/// The class of a word as the tokenizer cut it (letters, digits, apostrophes, inner hyphens).
pub fn word_class(word: &str) -> WordClass {
    if word.is_ascii() {
        ascii_word_class(word)
    } else {
        answer(word)
    }
}

/// [`word_class`] of a word the caller knows is ASCII (the tokenizer sees it byte by byte).
pub fn ascii_word_class(word: &str) -> WordClass {
    debug_assert!(word.is_ascii());
    let w = word.as_bytes();
    if w.is_empty() || w.len() > Table::LONGEST {
        return answer(word);
    }
    // Most words of running text are in no list: their slot holds no word, or none of their
    // length, and they cost a few instructions and no lowered copy.
    let table = table();
    let slot = Table::slot(w);
    let (from, to) = (
        usize::from(table.starts[slot]),
        usize::from(table.starts[slot + 1]),
    );
    table.entries[from..to]
        .iter()
        .find(|(e, _)| e.len() == w.len() && e.eq_ignore_ascii_case(w))
        .map_or(WordClass::NONE, |&(_, c)| c)
}

/// The lower case the speaker checks compare with: [`crate::nl::tokens::Piece::lower`].
fn piece_lower(word: &str) -> Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The class of a word, asked of each list in turn: what [`word_class`] must give.
pub fn answer(word: &str) -> WordClass {
    let lower = piece_lower(word);
    let l = lower.as_ref();
    WordClass::NONE
        .with(
            WordClass::HONORIFIC_START,
            !lexicon::honorifics_starting(word).is_empty(),
        )
        .with(WordClass::PARTICLE, lexicon::is_particle(word))
        .with(
            WordClass::SENTENCE_WORD,
            with_lower(word, lexicon::is_sentence_word),
        )
        .with(WordClass::ABBREVIATION, lexicon::is_abbreviation(l))
        .with(
            WordClass::MAY_BE_VERB,
            matches!(l, "is" | "was")
                || lexicon::HEBBEN_FORMS.contains(l)
                || lexicon::is_speech_verb(l),
        )
        .with(WordClass::INTRO_END, intro_ends().contains(l))
        .with(
            WordClass::OUTCOME,
            with_lower(word, |l| {
                lexicon::OUTCOME_WORDS.contains(l) || outcome_set_words().contains(l)
            }),
        )
}

/// A set of words from the lists.
type WordSet = std::collections::HashSet<&'static str, BuildWordHasher>;

/// The words of the sets of `outcome-word-sets.txt`.
fn outcome_set_words() -> &'static WordSet {
    static WORDS: OnceLock<WordSet> = OnceLock::new();
    WORDS.get_or_init(|| {
        lexicon::OUTCOME_WORD_SETS
            .phrases()
            .iter()
            .flatten()
            .copied()
            .collect()
    })
}

/// The last words of the phrases that introduce a speaker.
fn intro_ends() -> &'static WordSet {
    static ENDS: OnceLock<WordSet> = OnceLock::new();
    ENDS.get_or_init(|| {
        lexicon::SPEAKER_INTROS
            .phrases()
            .iter()
            .filter_map(|p| p.last().copied())
            .collect()
    })
}

/// Every lower-case ASCII word some list classes, with its class, filed by a hash of its
/// first, second and last byte and its length (a word in no slot's range is in no list, so
/// its class is empty).
struct Table {
    /// Where each slot's words start in `entries` (one more than there are slots).
    starts: Vec<u16>,
    entries: Vec<(&'static [u8], WordClass)>,
}

impl Table {
    /// Longer words are rare; they are answered from the lists directly.
    const LONGEST: usize = 32;
    /// 4,096 slots for a few hundred words: most slots are empty.
    const SLOT_BITS: u32 = 12;

    /// The slot of a non-empty ASCII word, in any case.
    fn slot(w: &[u8]) -> usize {
        let n = w.len();
        let l = |b: u8| u32::from(b.to_ascii_lowercase());
        let key = l(w[0]) | l(w[1.min(n - 1)]) << 8 | l(w[n - 1]) << 16 | (n as u32) << 24;
        (key.wrapping_mul(0x9E37_79B1) >> (32 - Table::SLOT_BITS)) as usize
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let lists = [
            &lexicon::PARTICLES,
            &lexicon::SUBJECT_WORDS,
            &lexicon::ROLES,
            &lexicon::SENTENCE_WORDS,
            &lexicon::ABBREVIATIONS,
            &lexicon::HEBBEN_FORMS,
            &lexicon::SPEECH_VERBS,
        ];
        let mut words: Vec<&'static str> = lists
            .iter()
            .flat_map(|l| l.entries())
            .chain(lexicon::HONORIFICS.phrases().iter().map(|p| p[0]))
            .chain(intro_ends().iter().copied())
            .chain(lexicon::OUTCOME_WORDS.entries())
            .chain(outcome_set_words().iter().copied())
            .chain(["is", "was"])
            .filter(|w| !w.is_empty() && w.len() <= Table::LONGEST && w.is_ascii())
            .collect();
        words.sort_unstable_by_key(|w| (Table::slot(w.as_bytes()), *w));
        words.dedup();
        let entries: Vec<(&'static [u8], WordClass)> = words
            .iter()
            .map(|w| (w.as_bytes(), answer(w)))
            .filter(|(_, c)| *c != WordClass::NONE)
            .collect();
        let slots = 1usize << Table::SLOT_BITS;
        let mut starts = Vec::with_capacity(slots + 1);
        let mut at = 0;
        for slot in 0..slots {
            while at < entries.len() && Table::slot(entries[at].0) < slot {
                at += 1;
            }
            starts.push(u16::try_from(at).expect("fewer than 65,536 words"));
        }
        starts.push(u16::try_from(entries.len()).expect("fewer than 65,536 words"));
        Table { starts, entries }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of the lists, in the cases a document writes it, gets the lists' answer.
    #[test]
    fn the_table_answers_as_the_lists_do() {
        let mut words: Vec<String> = table()
            .entries
            .iter()
            .map(|(w, _)| String::from_utf8_lossy(w).into_owned())
            .collect();
        words.extend(
            [
                "Dhr", "DE", "Van", "VOLGENS", "Geeft", "iS", "Mevrouw", "’t", "Vd",
            ]
            .map(String::from),
        );
        for w in words.clone() {
            words.push(w.to_uppercase());
            let mut c = w.chars();
            if let Some(f) = c.next() {
                words.push(f.to_uppercase().chain(c).collect());
            }
        }
        let mut classed = 0;
        for w in &words {
            assert_eq!(word_class(w), answer(w), "{w}");
            classed += usize::from(word_class(w) != WordClass::NONE);
        }
        assert!(
            classed > 300,
            "the lists class hundreds of words ({classed})"
        );
        assert!(word_class("Dhr").has(WordClass::HONORIFIC_START));
        assert!(word_class("dhr").has(WordClass::ABBREVIATION));
        assert!(word_class("Van").has(WordClass::PARTICLE));
        assert!(word_class("Volgens").has(WordClass::INTRO_END));
        assert!(word_class("GEEFT").has(WordClass::MAY_BE_VERB));
        assert!(word_class("heeft").has(WordClass::MAY_BE_VERB));
        assert!(word_class("Daarna").has(WordClass::SENTENCE_WORD));
        assert!(word_class("Vastgesteld").has(WordClass::OUTCOME));
        assert_eq!(word_class("begroting"), WordClass::NONE);
    }

    proptest::proptest! {
        /// Any word, ASCII or not, any case: the fast answer is the lists' answer.
        #[test]
        fn any_word_is_classed_as_the_lists_say(
            w in "(?i)(de|van|der|dhr|mevr|mw|volgens|aldus|is|was|heeft|zegt|geeft|het|ds|[a-zé’'K\u{212A}]{1,6}){1,2}"
        ) {
            proptest::prop_assert_eq!(word_class(&w), answer(&w), "{}", w);
        }
    }
}
