//! The words of a text as the term check reads them: the tokenizer's whitespace-separated
//! chunks ([`crate::nl::tokens::chunks`]), addresses left out, and in each chunk the letters
//! with the apostrophes, hyphens and soft hyphens inside a word.
//!
//! The chunk is cut here rather than by [`crate::nl::tokens::words`]: a spelling check must
//! see `begro\u{AD}ting` (a soft hyphen from a Word export) as one word, and must not join
//! short parts at a full stop (`i.v.m`), which the phrase tokenizer does.

use std::ops::Range;

use unicode_normalization::char::is_combining_mark;

/// An e-mail address, URL or domain name: its parts are not Dutch words.
pub(super) fn looks_like_address(chunk: &str) -> bool {
    let b = chunk.as_bytes();
    if b.get(..4).is_some_and(|p| p.eq_ignore_ascii_case(b"www.")) {
        return true;
    }
    // One pass over the bytes: this runs for every chunk of every text, and nearly all are
    // plain words, which have none of `@`, `://` or an inner dot.
    b.iter().enumerate().any(|(i, &c)| match c {
        b'@' => true,
        b':' => b[i + 1..].starts_with(b"//"),
        // `veiligheidsregio-twente.nl`: a dot between two lower-case runs of two letters or
        // more.
        b'.' => {
            i >= 2
                && i + 2 < b.len()
                && b[i - 1].is_ascii_lowercase()
                && b[i - 2].is_ascii_lowercase()
                && b[i + 1].is_ascii_lowercase()
                && b[i + 2].is_ascii_lowercase()
        }
        _ => false,
    })
}

/// Byte ranges of the words in a chunk: letters, with apostrophes, hyphens and
/// soft hyphens inside a word (`kadernota's`, `Burgernet-deelnemers`).
pub(super) fn words(chunk: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    // Byte by byte with an ASCII fast path: this runs over every word of every text.
    let b = chunk.as_bytes();
    let at = move |i: usize| -> char {
        match b[i] {
            x if x.is_ascii() => char::from(x),
            _ => chunk[i..].chars().next().unwrap_or(' '),
        }
    };
    let is_letter = |c: char| {
        if c.is_ascii() {
            c.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric() || is_combining_mark(c)
        }
    };
    let is_joiner = |c: char| matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{AD}');
    let mut i = 0;
    std::iter::from_fn(move || {
        // Skip to the next letter.
        let start = loop {
            if i >= b.len() {
                return None;
            }
            let c = at(i);
            i += c.len_utf8();
            if is_letter(c) {
                break i - c.len_utf8();
            }
        };
        while i < b.len() {
            let c = at(i);
            let after = i + c.len_utf8();
            // A joiner belongs to the word only with a letter after it (`raads- en`).
            if is_letter(c) || (is_joiner(c) && after < b.len() && is_letter(at(after))) {
                i = after;
            } else {
                // The character that ends the word is no letter: skip it.
                let end = i;
                i = after;
                return Some(start..end);
            }
        }
        Some(start..b.len())
    })
}

pub(super) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}')
}
