//! The word lists of the term-spelling engine, read once from `src/nl/data`.
//!
//! Every file is one entry a line, sorted in byte order; the OpenTaal word list itself is a
//! compiled `fst` (see `word_list.rs`).

use std::sync::OnceLock;

/// The built-in glossary: one governance term a line, lower case unless a proper noun
/// (`Burgernet`, `begroting`, `zienswijze`).
pub(super) const GLOSSARY: &str = include_str!("../data/glossary.txt");
/// Dutch words that `text/term-spelling` never reports although they are close to a term and
/// the OpenTaal list lacks them (`omgevraagd`, `burgemeesteres`), found by running the check
/// over frequent Dutch word forms (wordfreq, simplemma). Lower case. A false positive that is
/// a real word belongs here (or in the word list upstream).
const KNOWN_WORDS: &str = include_str!("../data/known-words.txt");
/// English words that turn up in Dutch minutes and are close to a term (`policies`,
/// `covenant`), found by running the check over Debian's `wamerican-large` and
/// `wbritish-large` word lists. Lower case; never reported.
const KNOWN_ENGLISH_WORDS: &str = include_str!("../data/known-english-words.txt");
/// Endings that are only accepted after an intact term, never after a near miss:
/// diminutives (`notitietje`), degrees of comparison (`huishoudelijker`) and the female
/// `-es` (`burgemeesteres`). After a mangled stem they are too often another word
/// (`gemeentetje` is not `Gemeentewet` + `je`).
const EXACT_ENDINGS: &str = include_str!("../data/exact-endings.txt");
/// Endings by which an ordinary word from the list is still known (`aanwezigere`,
/// `rapporteringen`).
const WORD_ENDINGS: &str = include_str!("../data/word-endings.txt");
/// English and French endings that Dutch spells otherwise (`-tion`/`-sion` for
/// `-tie`/`-sie`): a word ending so is no misspelt Dutch term (`coalition`).
const FOREIGN_ENDINGS: &str = include_str!("../data/foreign-endings.txt");

/// The lists, parsed.
pub(super) struct Lists {
    /// Dutch and English words never reported, as written in the files (lower case).
    pub known: Vec<&'static str>,
    /// See [`EXACT_ENDINGS`].
    pub exact_endings: Vec<&'static str>,
    /// See [`WORD_ENDINGS`].
    pub word_endings: Vec<&'static str>,
    /// See [`FOREIGN_ENDINGS`].
    pub foreign_endings: Vec<&'static str>,
}

/// The lists, parsed on first use.
pub(super) fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| Lists {
        known: KNOWN_WORDS
            .lines()
            .chain(KNOWN_ENGLISH_WORDS.lines())
            .collect(),
        exact_endings: EXACT_ENDINGS.lines().collect(),
        word_endings: WORD_ENDINGS.lines().collect(),
        foreign_endings: FOREIGN_ENDINGS.lines().collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_and_free_of_duplicates() {
        for (name, list) in [
            ("glossary.txt", GLOSSARY),
            ("known-words.txt", KNOWN_WORDS),
            ("known-english-words.txt", KNOWN_ENGLISH_WORDS),
            ("exact-endings.txt", EXACT_ENDINGS),
            ("word-endings.txt", WORD_ENDINGS),
            ("foreign-endings.txt", FOREIGN_ENDINGS),
        ] {
            crate::nl::tidy::assert_tidy(name, list);
        }
    }
}
