//! The OpenTaal word list (`src/nl/data/nl-words.fst`, built by `tools/wordlist`), and the
//! one normal form its words and the glossary's terms are compared in.

use std::sync::OnceLock;

use fst::raw::{Fst, Output};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// OpenTaal's word list, lower-cased, as an `fst::Map` from word to flags (see `tools/wordlist`).
static WORD_LIST: &[u8] = include_bytes!("../data/nl-words.fst");

/// Word-list flag: the list has the word in lower case, so it is an ordinary word.
pub(super) const COMMON_WORD: u64 = 1;

/// The word list, read once.
pub(super) fn word_list() -> Option<&'static Fst<&'static [u8]>> {
    // The data file is checked by tests; an unreadable one would be a build defect, and
    // then the checks that use it report nothing rather than everything.
    static WORDS: OnceLock<Option<Fst<&'static [u8]>>> = OnceLock::new();
    WORDS.get_or_init(|| Fst::new(WORD_LIST).ok()).as_ref()
}

/// Calls `f(len, value)` for every key of `fst` that `bytes` starts with.
pub(super) fn walk<D: AsRef<[u8]>>(fst: &Fst<D>, bytes: &[u8], mut f: impl FnMut(usize, u64)) {
    let mut node = fst.root();
    let mut out = Output::zero();
    for (i, &b) in bytes.iter().enumerate() {
        let Some(at) = node.find_input(b) else { return };
        let t = node.transition(at);
        out = out.cat(t.out);
        node = fst.node(t.addr);
        if node.is_final() {
            f(i + 1, out.cat(node.final_output()).value());
        }
    }
}

/// An empty fst, should building the term index fail (it cannot with sorted keys).
pub(super) fn empty_fst() -> Fst<Vec<u8>> {
    let bytes = fst::raw::Builder::memory().into_inner().unwrap_or_default();
    Fst::new(bytes).unwrap_or_else(|_| unreachable!("an empty fst is valid"))
}

/// Lower case, NFC, curly apostrophe straightened, soft hyphens dropped.
///
/// Not [`crate::nl::fold::fold`]: that drops diacritics, and here they count
/// (`financien` is a misspelling of `financiën`).
pub(super) fn normalise(word: &str) -> String {
    let mut s = String::new();
    normalise_into(word, &mut s);
    s
}

pub(super) fn normalise_into(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        match c {
            '\u{AD}' => {}
            '\u{2019}' => out.push('\''),
            '\u{2010}' => out.push('-'),
            c => out.extend(c.to_lowercase()),
        }
    }
    if !out.is_ascii() && is_nfc_quick(out.chars()) != IsNormalized::Yes {
        *out = out.nfc().collect();
    }
}

/// Whether a word (any case) is an ordinary Dutch word: in the OpenTaal list in lower case.
/// Names, places and organisations are not (`Marion`, `Kadaster` as a body's name is, but
/// `kadaster` is also a common noun).
pub fn is_common_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    word_list()
        .and_then(|f| f.get(lower.as_bytes()))
        .is_some_and(|o| o.value() & COMMON_WORD != 0)
}

/// Whether a capitalised word is a proper noun of the OpenTaal list only (`Hendrika`,
/// `Tjitske`, `Utrecht`): in the list, but not as an ordinary lower-case word.
pub fn is_proper_noun(word: &str) -> bool {
    if !word.starts_with(char::is_uppercase) {
        return false;
    }
    let lower = word.to_lowercase();
    word_list()
        .and_then(|f| f.get(lower.as_bytes()))
        .is_some_and(|o| o.value() & COMMON_WORD == 0)
}
