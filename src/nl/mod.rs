//! The Dutch language layer: word lists kept as data, loaded once.

pub mod dates;
pub mod fold;
pub mod lexicon;
pub mod normalize;
pub mod privacy;
pub mod terms;
#[cfg(test)]
mod tidy;
pub mod tokens;

use std::collections::HashSet;
use std::sync::OnceLock;

/// Given names as they occur in Dutch minutes (`data/first-names.txt`, built by
/// `tools/firstnames/build.py` from Faker's person providers, MIT licence).
const FIRST_NAMES: &str = include_str!("data/first-names.txt");
/// Dutch and Frisian given names the Faker lists lack (`Hendrika`, `Tjitske`, `Annemiek`),
/// kept by hand.
const FIRST_NAMES_NL: &str = include_str!("data/first-names-nl.txt");

/// Whether a word is a known given name (`Marion`, `Hendrik`, `Samira`), as written.
pub fn is_first_name(word: &str) -> bool {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| FIRST_NAMES.lines().chain(FIRST_NAMES_NL.lines()).collect())
        .contains(word)
}

/// Whether a (lower-case) word is one no Dutch sentence or heading ends on: an article, a
/// preposition or a conjunction that needs what follows (`de`, `van`, `dat`, `en`).
pub fn needs_continuation(word: &str) -> bool {
    matches!(
        word,
        "de" | "het"
            | "een"
            | "en"
            | "of"
            | "van"
            | "op"
            | "in"
            | "te"
            | "voor"
            | "met"
            | "aan"
            | "bij"
            | "naar"
            | "dat"
            | "die"
            | "om"
            | "door"
            | "over"
            | "tot"
            | "uit"
            | "als"
            | "maar"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word list is sorted, free of duplicates, and has no empty or padded lines.
    fn assert_tidy(name: &str, list: &str) {
        let lines: Vec<&str> = list.lines().collect();
        assert!(
            lines.windows(2).all(|w| w[0] < w[1]),
            "{name} is not sorted or has duplicates"
        );
        assert!(
            lines.iter().all(|l| !l.trim().is_empty() && l.trim() == *l),
            "{name} has empty or padded lines"
        );
    }

    #[test]
    fn word_lists_are_sorted_and_free_of_duplicates() {
        assert_tidy("first-names.txt", FIRST_NAMES);
        assert_tidy("first-names-nl.txt", FIRST_NAMES_NL);
        for list in lexicon::ALL {
            assert_tidy(list.file, list.text);
            assert!(
                list.text.lines().all(|l| !l.contains("  ")),
                "{} has a double space",
                list.file
            );
        }
    }

    /// Every data file is loaded by the lexicon (or above), so that the test sees it.
    #[test]
    fn every_data_file_is_checked() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/nl/data");
        for entry in std::fs::read_dir(dir).expect("src/nl/data") {
            let name = entry.expect("a data file").file_name();
            let name = name.to_string_lossy();
            let known =
                name.starts_with("first-names") || lexicon::ALL.iter().any(|l| l.file == name);
            assert!(known, "src/nl/data/{name} is not in lexicon::ALL");
        }
    }

    #[test]
    fn knows_given_names() {
        assert!(is_first_name("Marion"));
        assert!(is_first_name("Hendrik"));
        assert!(!is_first_name("Gemeente"));
    }
}
