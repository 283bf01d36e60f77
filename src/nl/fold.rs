//! The one text fold for comparing Dutch words: lower case, Latin diacritics and combining
//! marks dropped, typographic apostrophes and hyphens made plain.
//!
//! `Patiënt`, `patient` and `PATIENT` fold to `patient`; `collega’s` to `collega's`. Word lists
//! in `data/` are written in folded form, so a folded token compares with them directly.

use std::borrow::Cow;

/// Whether `c` is a combining mark: it continues a word (a decomposed `ë`) and folds away.
pub fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// The folded form of a word; borrowed when the word is already plain lower case, which most
/// words in running Dutch text are.
pub fn fold(text: &str) -> Cow<'_, str> {
    if text
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-'.".contains(&b))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    // Combining marks are dropped, so a decomposed `geëxposeerd` matches like a composed one.
    for c in text
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|c| !is_combining(*c))
    {
        out.push(fold_char(c));
    }
    Cow::Owned(out)
}

/// Folds the Latin diacritics of Dutch (and of names that occur in Dutch minutes) to their
/// base letter, and typographic apostrophes and hyphens to plain ones. Expects lower case.
pub fn fold_char(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        '’' => '\'',
        '‐' | '‑' => '-',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_diacritics_and_typography() {
        assert_eq!(fold("Patiënt"), "patient");
        assert_eq!(fold("PATIENT"), "patient");
        assert_eq!(fold("collega’s"), "collega's");
        assert_eq!(fold("ge\u{0308}opereerd"), "geopereerd");
        assert_eq!(fold("burn‐out"), "burn-out");
        assert!(matches!(fold("ziek"), Cow::Borrowed(_)));
    }
}
