//! Governance terms and their near misses, checked against a Dutch word list.
//!
//! `text/term-spelling` reports a word that is *almost* a known governance term
//! (`Ondernijning` for `ondermijning`, `beroting` for `begroting`). Precision
//! comes first, so a word is only reported when all of these hold:
//!
//! - it is not in the OpenTaal word list (`data/nl-words.fst`), not a glossary
//!   term, and not an inflection of one (`zienswijzen`, `gemeenteraden`);
//! - it cannot be read as a compound of known words and terms
//!   (`begroetingsritueel`, `Burgernetdeelnemers`);
//! - one stretch of it is within a small edit distance of a term (1 for terms of
//!   6–9 letters, 2 for longer ones), and whatever surrounds that stretch is an
//!   inflection ending or a linking `s`/`en` and known words
//!   (`bestemingsplannen`, `begrotinswijziging`, `conceptbegrotng`);
//! - it is not an accent away from the term (`enquete`, `décharge`), and not an
//!   English or French word (`coalition`, `policies`).
//!
//! The word list is what keeps real words out: `begroeting` is one edit from
//! `begroting` but is a word, so it is never reported.

mod data;
mod distance;
mod morphology;
mod search;
mod shape;
mod text;
mod word_list;

#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use fst::raw::Fst;

use crate::nl::tokens::chunks;

use data::{lists, GLOSSARY};
use morphology::changed_stems;
use search::{Memo, Scratch, MEMO_LIMIT};

/// The chunks of text (`tokens::chunks`) in which the term check found nothing, per thread.
type CleanChunks = crate::nl::memo::Memo<()>;

/// The longest chunk remembered as clean: a word with its punctuation fits, and a long run
/// without spaces (a URL, a hostile line) is not copied into the memo.
const CLEAN_CHUNK_MAX_BYTES: usize = 64;
use text::{looks_like_address, words};
use word_list::{empty_fst, normalise, word_list};

pub use word_list::{is_common_word, is_proper_noun};

/// Terms shorter than this are not matched: short words have too many real neighbours.
const MIN_TERM_CHARS: usize = 6;

/// Terms this long may be two edits off; shorter ones one.
const LONG_TERM_CHARS: usize = 10;

/// A word that a compound is read as made of is at least this long: three-letter
/// words make nonsense splits (`beg`+`rot`+`ins`+`wijziging`, `fin`+`ancien`).
const MIN_PART_CHARS: usize = 4;

/// Around a near miss inside a compound, the known neighbour must be longer: a
/// three-letter "word" next to a mangled term is too often an accident
/// (`ver`+`agendering`, `financië`+`ren`).
const MIN_NEIGHBOUR_CHARS: usize = 4;

/// A compound the word list lacks is read as at most this many known parts.
const MAX_PARTS: usize = 2;

/// Longer "words" are codes or run-together text, not misspellings.
const MAX_WORD_CHARS: usize = 60;

/// Linking elements between the parts of a Dutch compound (`begroting-s-wijziging`, `toezegging-en-lijst`).
const LINKS: [&str; 2] = ["s", "en"];

/// Endings after a term's changed stem (`raad` → `raden`, `advies` → `adviezen`, `financieel` → `financiële`).
const STEM_ENDINGS: [&str; 2] = ["en", "e"];

/// The terms a document is checked against: the built-in glossary plus a project's own.
pub struct Glossary {
    /// Terms as written in the glossary (`Burgernet`), the form a report suggests.
    terms: Vec<Term>,
    /// What near misses are measured against, by length in chars: terms and their changed stems.
    targets: Vec<Vec<Target>>,
    /// Every term and changed stem, lower case, valued by an index into `stems`.
    stem_fst: Fst<Vec<u8>>,
    /// What each key of `stem_fst` is: a term, a changed stem, or both.
    stems: Vec<StemKind>,
    /// Words never reported, from `data/known-words.txt`.
    known: HashSet<String>,
    /// The word list; `None` only if the built-in data were corrupt, and then nothing is reported.
    words: Option<&'static Fst<&'static [u8]>>,
    /// A number no other glossary of this process has: the key of its verdict memo.
    id: usize,
}

/// One glossary term.
struct Term {
    /// As written in the glossary.
    display: String,
    /// The largest edit distance still reported as a near miss.
    max_distance: usize,
}

/// A string near misses are measured against.
struct Target {
    term: u32,
    /// Lower case, NFC.
    chars: Vec<char>,
    /// A changed stem (`ondernemingsrad`), which only stands before `-en` or `-e`.
    changed: bool,
}

/// Whether a key of the stem index is a whole term, a changed stem, or both.
#[derive(Clone, Copy, Default)]
struct StemKind {
    term: bool,
    /// Stands before `-en` and `-e` (`rad` for `raad`).
    open: bool,
    /// Stands before `-kje` (`begrotin` for `begroting`, diminutive `begrotinkje`).
    diminutive: bool,
}

/// A word that looks like a misspelling of a glossary term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misspelling {
    /// Byte range of the word (or of one part of a hyphenated word) in the text.
    pub range: Range<usize>,
    /// The word as written.
    pub found: String,
    /// The glossary term it looks like, as written in the glossary.
    pub term: String,
    /// The word as it should probably be written: the term with the word's own
    /// ending, compound parts and capitals (`Bestemmingsplannen` for
    /// `Bestemingsplannen`, `conceptbegroting` for `conceptbegrotng`).
    pub suggestion: String,
}

impl Glossary {
    /// The built-in glossary (`nl/data/glossary.txt`) and word list (`nl/data/nl-words.fst`).
    pub fn builtin() -> &'static Glossary {
        static BUILTIN: OnceLock<Glossary> = OnceLock::new();
        BUILTIN.get_or_init(|| Glossary::new(GLOSSARY.lines()))
    }

    /// The built-in glossary plus extra project terms (which also count as correct words).
    ///
    /// A project term with spaces (`Veiligheidsregio Twente`) adds each of its
    /// words. Terms shorter than six letters only count as correct words: their
    /// near misses are not reported.
    pub fn with_extra(extra: &[String]) -> Glossary {
        let extra = extra.iter().flat_map(|t| t.split_whitespace());
        Glossary::new(GLOSSARY.lines().chain(extra))
    }

    /// The terms, as written in the glossary.
    pub fn terms(&self) -> impl Iterator<Item = &str> + '_ {
        self.terms.iter().map(|t| t.display.as_str())
    }

    fn new<'a>(lines: impl Iterator<Item = &'a str>) -> Glossary {
        // The data file is checked by tests; an unreadable one would be a build
        // defect, and then the check reports nothing rather than everything.
        let words = word_list();

        let mut seen = HashSet::new();
        let mut terms = Vec::new();
        let mut targets: Vec<Vec<Target>> = Vec::new();
        let mut keys: BTreeMap<String, StemKind> = BTreeMap::new();
        for line in lines {
            let display = line.trim();
            let lower = normalise(display);
            if lower.is_empty() || !seen.insert(lower.clone()) {
                continue;
            }
            let chars: Vec<char> = lower.chars().collect();
            let max_distance = match chars.len() {
                n if n < MIN_TERM_CHARS => 0,
                n if n < LONG_TERM_CHARS => 1,
                _ => 2,
            };
            let term = terms.len() as u32;
            keys.entry(lower.clone()).or_default().term = true;
            let changed = changed_stems(&chars);
            for stem in &changed {
                keys.entry(stem.iter().collect()).or_default().open = true;
            }
            if lower.ends_with("ing") {
                let stem = &lower[..lower.len() - 1];
                keys.entry(stem.to_string()).or_default().diminutive = true;
            }
            if max_distance > 0 {
                let all =
                    std::iter::once((chars, false)).chain(changed.into_iter().map(|c| (c, true)));
                for (chars, changed) in all {
                    if targets.len() <= chars.len() {
                        targets.resize_with(chars.len() + 1, Vec::new);
                    }
                    targets[chars.len()].push(Target {
                        term,
                        chars,
                        changed,
                    });
                }
            }
            terms.push(Term {
                display: display.to_string(),
                max_distance,
            });
        }

        let mut builder = fst::raw::Builder::memory();
        let mut stems = Vec::with_capacity(keys.len());
        for (key, kind) in keys {
            // Keys come sorted and unique from the BTreeMap, so insert cannot fail.
            if builder.insert(key.as_bytes(), stems.len() as u64).is_ok() {
                stems.push(kind);
            }
        }
        let stem_fst = builder
            .into_inner()
            .ok()
            .and_then(|bytes| Fst::new(bytes).ok())
            .unwrap_or_else(empty_fst);
        let known = lists().known.iter().copied().map(normalise).collect();

        static NEXT_ID: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        Glossary {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            terms,
            targets,
            stem_fst,
            stems,
            known,
            words,
        }
    }

    /// Every word in `text` that is a near miss of a glossary term; ranges are byte ranges into `text`.
    pub fn misspellings(&self, text: &str) -> Vec<Misspelling> {
        let mut out = Vec::new();
        if self.words.is_none() {
            return out;
        }
        // Minutes repeat their vocabulary from document to document, and a word's verdict
        // depends only on the word and the glossary: each thread keeps a memo per glossary,
        // looked up once per text. A chunk's verdict depends only on the chunk, so the chunks
        // found clean are remembered too, and a chunk seen before costs one lookup instead of
        // the address test, the cut into words and a lookup per word.
        thread_local! {
            static MEMOS: std::cell::RefCell<std::collections::HashMap<usize, (Memo, CleanChunks)>> =
                std::cell::RefCell::new(std::collections::HashMap::new());
        }
        MEMOS.with(|memos| {
            let mut memos = memos.borrow_mut();
            let (memo, clean) = memos.entry(self.id).or_insert_with(|| {
                (
                    Memo::with_limit(MEMO_LIMIT),
                    CleanChunks::with_limit(MEMO_LIMIT),
                )
            });
            let mut scratch = Scratch::new(memo);
            for (start, chunk) in chunks(text) {
                // No word of a chunk shorter than the shortest near miss can be one.
                if chunk.len() < MIN_TERM_CHARS - 1 {
                    continue;
                }
                let remember = chunk.len() <= CLEAN_CHUNK_MAX_BYTES;
                if remember && clean.get(chunk).is_some() {
                    continue;
                }
                let before = out.len();
                if !looks_like_address(chunk) {
                    for word in words(chunk) {
                        let range = start + word.start..start + word.end;
                        self.check_word(text, range, &mut scratch, &mut out);
                    }
                }
                if remember && out.len() == before {
                    clean.insert(chunk, ());
                }
            }
        });
        out
    }
}
