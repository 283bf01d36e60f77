//! Dutch word forms: inflection endings, changed stems (`raad` → `raden`), accents, and how a
//! word is capitalised.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use super::data::lists;
use super::word_list::normalise;
use super::{StemKind, Term, STEM_ENDINGS};

/// How a word is capitalised, so that the suggestion can follow it.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Case {
    Lower,
    Capitalised,
    Upper,
}

impl Case {
    /// `None` for mixed case (`DigiD`, `McKinsey`): names and brands, not misspellings.
    pub(super) fn of(word: &str) -> Option<Case> {
        let mut letters = word.chars().filter(|c| c.is_alphabetic());
        let first = letters.next()?;
        let (mut upper, mut lower) = (0, 0);
        for c in letters {
            upper += usize::from(c.is_uppercase());
            lower += usize::from(c.is_lowercase());
        }
        match (first.is_uppercase(), upper, lower) {
            (false, 0, _) => Some(Case::Lower),
            (true, 0, _) => Some(Case::Capitalised),
            (true, _, 0) => Some(Case::Upper),
            _ => None,
        }
    }

    /// The suggestion (lower case) in this case; a proper-noun term keeps its capitals.
    pub(super) fn apply(self, suggestion: &str, term: &Term) -> String {
        let mut s = suggestion.to_string();
        if term.display.chars().any(char::is_uppercase) {
            let lower = normalise(&term.display);
            if let Some(at) = s.find(&lower) {
                s.replace_range(at..at + lower.len(), &term.display);
            }
        }
        match self {
            Case::Lower => s,
            Case::Upper => s.to_uppercase(),
            Case::Capitalised => {
                let mut chars = s.chars();
                chars
                    .next()
                    .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
            }
        }
    }
}

/// Whether `ending` may follow the index key `stem` of this kind, in a correct word.
pub(super) fn kind_fits(kind: StemKind, stem: &str, ending: &str) -> bool {
    (kind.term && (ending_fits(ending, stem) || lists().exact_endings.contains(&ending)))
        || (kind.open && STEM_ENDINGS.contains(&ending))
        || (kind.diminutive && matches!(ending, "kje" | "kjes"))
}

/// Whether `ending` inflects the term `stem`: a plural, a genitive, an adjective's `-e`.
pub(super) fn ending_fits(ending: &str, stem: &str) -> bool {
    if ending.is_empty() {
        return true;
    }
    if stem.ends_with("en") || stem.ends_with("ën") {
        return false; // already a plural: notulen, statuten, financiën
    }
    if ending == "s" {
        return true;
    }
    let last = stem.chars().last().unwrap_or(' ');
    if stem.ends_with("ie") || stem.ends_with("ee") {
        // strategie-ën (evaluatie-s above)
        return ending == "ën";
    }
    if last == 'e' {
        // zienswijze-n
        return ending == "n";
    }
    if is_vowel(last) {
        // agenda-'s, risico-'s
        return ending == "'s";
    }
    // begroting-en, huishoudelijk-e, plan-nen, voorstel-len
    if STEM_ENDINGS.contains(&ending) {
        return true;
    }
    let mut chars = ending.chars();
    chars.next() == Some(last) && STEM_ENDINGS.contains(&chars.as_str())
}

/// Whether `ending` follows the word `stem` unchanged: before an ending that
/// starts with a vowel Dutch doubles a consonant or changes `s` to `z`
/// (`dik` → `dikke`, `wijs` → `wijze`), so `wijs` + `e` is no known word.
/// Unchanged are stems that end in two consonants (`rapportering-en`) or in an
/// unstressed syllable (`aanwezig-e`, `bestuurder-e`).
pub(super) fn plain_ending(stem: &str, ending: &str) -> bool {
    if !lists().word_endings.contains(&ending) {
        return false;
    }
    match ending {
        "'s" => return stem.ends_with(is_vowel),
        "n" => return stem.ends_with('e'),
        "ën" => return stem.ends_with("ie") || stem.ends_with("ee"),
        _ if !ending.starts_with(is_vowel) => return true,
        _ => {}
    }
    let mut rev = stem.chars().rev();
    let (last, before, third) = (
        rev.next().unwrap_or('a'),
        rev.next().unwrap_or('a'),
        rev.next().unwrap_or('a'),
    );
    // `ij` is a vowel (`wijs`), though `j` is no vowel letter.
    let before_vowel = is_vowel(before) || (before == 'j' && third == 'i');
    let unstressed =
        matches!((before, last), ('i', 'g') | ('e', 'l' | 'r' | 'm' | 'n')) && !is_vowel(third);
    (!is_vowel(last) && !before_vowel) || unstressed
}

/// Stems a term takes before `-en` or `-e`: `raad` → `rad`, `dijkgraaf` →
/// `dijkgrav`, `raadsbrief` → `raadsbriev`, `financieel` → `financiël`.
pub(super) fn changed_stems(t: &[char]) -> Vec<Vec<char>> {
    let n = t.len();
    if n < 4 {
        return Vec::new();
    }
    let (z, a, b, c) = (t[n - 4], t[n - 3], t[n - 2], t[n - 1]);
    // Before a vowel, `s` and `f` after a long vowel are voiced (`brieven`, `prijzen`).
    let voiced = match c {
        's' => 'z',
        'f' => 'v',
        c => c,
    };
    let stem = |keep: usize, end: &[char]| -> Vec<Vec<char>> { vec![[&t[..keep], end].concat()] };
    if a == b && matches!(a, 'a' | 'e' | 'o' | 'u') && !is_vowel(c) {
        // A long vowel written double in a closed syllable is single in an open
        // one, and `ee` after `i` becomes `ë` (financieel, financiële).
        if z == 'i' && a == 'e' {
            return stem(n - 3, &['ë', c]);
        }
        if !is_vowel(z) {
            return stem(n - 2, &[voiced]);
        }
    }
    let diphthong = matches!(
        (a, b),
        ('i', 'e')
            | ('e', 'i')
            | ('i', 'j')
            | ('u', 'i')
            | ('o', 'u')
            | ('e', 'u')
            | ('o', 'e')
            | ('a', 'u')
    );
    if voiced != c && diphthong {
        return stem(n - 1, &[voiced]);
    }
    Vec::new()
}

pub(super) fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ë' | 'é' | 'è' | 'ê' | 'ï' | 'ü' | 'ö'
    )
}

/// English and French endings that Dutch spells otherwise (`-tion`/`-sion` for `-tie`/`-sie`).
pub(super) fn is_foreign(w: &str) -> bool {
    lists().foreign_endings.iter().any(|e| w.ends_with(e))
}

/// Equal once acute, grave and circumflex accents and cedillas are dropped; a
/// diaeresis counts, since `financien` for `financiën` is a real misspelling.
pub(super) fn same_but_accents(a: &str, b: &str) -> bool {
    a != b && strip_marks(a, true) == strip_marks(b, true)
}

/// `s` without combining marks, keeping the diaeresis if asked.
pub(super) fn strip_marks(s: &str, keep_diaeresis: bool) -> String {
    s.nfd()
        .filter(|&c| !is_combining_mark(c) || (keep_diaeresis && c == '\u{308}'))
        .collect()
}

/// A present participle (`afschrijvend`, `vergaderende`) near a noun in `-ing`:
/// another word, which the list often lacks.
pub(super) fn is_participle_of_other(w: &str, term: &[char]) -> bool {
    let ends = |s: &str| ["end", "ende", "endes"].iter().any(|e| s.ends_with(e));
    let term: String = term.iter().collect();
    ends(w) && !ends(&term)
}
