//! The Dutch language layer: word lists kept as data, loaded once.

pub mod class;
pub mod dates;
pub mod fold;
#[cfg(test)]
mod grammar_agreement;
pub mod hash;
pub mod lexicon;
pub mod memo;
pub mod normalize;
pub mod privacy;
pub mod terms;
#[cfg(test)]
mod tidy;
pub mod tokens;

type HashSet<T> = std::collections::HashSet<T, crate::nl::hash::BuildWordHasher>;
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
    lexicon::CONTINUATION_WORDS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word list in `src/nl/data` is tidy, whichever module loads it, and every data
    /// file is loaded by some module (no list lies there unused).
    #[test]
    fn every_data_file_is_tidy_and_loaded() {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut sources = String::new();
        let mut stack = vec![std::path::PathBuf::from(root).join("src")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("src") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    sources.push_str(&std::fs::read_to_string(&path).expect("UTF-8 source"));
                }
            }
        }
        let dir = format!("{root}/src/nl/data");
        for entry in std::fs::read_dir(&dir).expect("src/nl/data") {
            let name = entry.expect("a data file").file_name();
            let name = name.to_string_lossy().into_owned();
            if name.ends_with(".LICENSE") {
                continue; // the licence of the word list beside it
            }
            assert!(
                sources.contains(&format!("data/{name}\""))
                    || sources.contains(&format!("\"{name}\"")),
                "src/nl/data/{name} is loaded by no module"
            );
            // The phrase table has its own format (phrases with their proof); the rest are lists.
            if name.ends_with(".txt") && name != "privacy-phrases.txt" {
                let text = std::fs::read_to_string(format!("{dir}/{name}")).expect("UTF-8 list");
                tidy::assert_tidy(&name, &text);
            }
        }
    }

    #[test]
    fn knows_given_names() {
        assert!(is_first_name("Marion"));
        assert!(is_first_name("Hendrik"));
        assert!(!is_first_name("Gemeente"));
    }
}
