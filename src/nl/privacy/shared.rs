//! Privacy's view of word lists kept elsewhere: the honorifics, particles, roles and
//! prepositions of [`crate::nl::lexicon`], and the month and weekday names of
//! [`crate::nl::dates`], each turned once into the folded single words the phrase matcher
//! compares tokens with. The phrase file names them like its own lists (`@honorifics`).

use std::sync::OnceLock;

use super::lists::{ADV, OFFICE_HOLDERS, REL_ADV};
use crate::nl::{dates, fold::fold, lexicon};

/// The names of the lists built here, for the tests.
#[cfg(test)]
pub(super) const NAMES: &[&str] = &[
    "adverbs",
    "honorifics",
    "particles",
    "prepositions",
    "religious-adverbs",
    "roles",
];

/// A list built here, by the name the phrase file gives it, as white-space-separated words;
/// `None` for a name privacy keeps in a file of its own.
pub(super) fn shared(name: &str) -> Option<&'static str> {
    macro_rules! once {
        ($build:expr) => {{
            static TEXT: OnceLock<String> = OnceLock::new();
            TEXT.get_or_init(|| $build).as_str()
        }};
    }
    Some(match name {
        // `de heer` is the word `heer`; the matcher asks for the `de` itself (`honorific_lead`).
        "honorifics" => once!(words(
            lexicon::HONORIFICS
                .phrases()
                .iter()
                .filter_map(|p| p.last().copied())
        )),
        // The tokenizer drops the apostrophe of `'t` and the final stop of `v.d.`, and cuts
        // `v/d` into `v` and `d` (both particles already: `v.`, `d'`).
        "particles" => once!(words(
            lexicon::PARTICLES
                .entries()
                .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|p| !p.contains('/'))
        )),
        "prepositions" => once!(words(lexicon::PREPOSITIONS.entries())),
        // The meeting's roles (`de voorzitter`) and the offices outside it (`de directeur`).
        "roles" => once!(words(
            lexicon::ROLES
                .entries()
                .chain(OFFICE_HOLDERS.split_ascii_whitespace())
        )),
        // `is sinds januari zwanger`, `ligt sinds dinsdag op de IC`.
        "adverbs" => once!(words(
            ADV.split_ascii_whitespace()
                .chain(dates::month_names().iter().copied())
                .chain(dates::weekday_names().iter().copied())
        )),
        // `werd in maart katholiek`.
        "religious-adverbs" => once!(words(
            REL_ADV
                .split_ascii_whitespace()
                .chain(dates::month_names().iter().copied())
        )),
        _ => return None,
    })
}

/// The words folded, one a line.
fn words<'a>(words: impl Iterator<Item = &'a str>) -> String {
    words.map(|w| format!("{}\n", fold(w))).collect()
}

/// The words that must stand before an honorific for it to be one: `de` before `heer`.
pub(super) fn honorific_lead(word: &str) -> &'static [&'static str] {
    lexicon::HONORIFICS
        .phrases()
        .iter()
        .find(|p| p.len() > 1 && p.last().is_some_and(|l| *l == word))
        .map(|p| &p[..p.len() - 1])
        .unwrap_or(&[])
}
