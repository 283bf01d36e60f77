//! The words of a text as the term check reads them: whitespace-separated chunks, addresses
//! left out, letters with the apostrophes and hyphens inside a word.

use std::ops::Range;

use unicode_normalization::char::is_combining_mark;

/// Whitespace-separated chunks of `text`, with their byte offsets.
pub(super) fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(char::is_whitespace)
        .filter(|c| !c.is_empty())
        .map(move |c| (c.as_ptr() as usize - text.as_ptr() as usize, c))
}

/// An e-mail address, URL or domain name: its parts are not Dutch words.
pub(super) fn looks_like_address(chunk: &str) -> bool {
    if chunk.contains('@')
        || chunk.contains("://")
        || chunk
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("www."))
    {
        return true;
    }
    // `veiligheidsregio-twente.nl`: a dot between two lower-case runs of two letters or more.
    let b = chunk.as_bytes();
    (2..b.len().saturating_sub(2)).any(|i| {
        b[i] == b'.'
            && b[i - 1].is_ascii_lowercase()
            && b[i - 2].is_ascii_lowercase()
            && b[i + 1].is_ascii_lowercase()
            && b[i + 2].is_ascii_lowercase()
    })
}

/// Byte ranges of the words in a chunk: letters, with apostrophes, hyphens and
/// soft hyphens inside a word (`kadernota's`, `Burgernet-deelnemers`).
pub(super) fn words(chunk: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let is_letter = |c: char| c.is_alphanumeric() || is_combining_mark(c);
    let is_joiner = |c: char| matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{AD}');
    let mut chars = chunk.char_indices().peekable();
    std::iter::from_fn(move || {
        // Skip to the next letter.
        let (start, _) = loop {
            let (i, c) = chars.next()?;
            if is_letter(c) {
                break (i, c);
            }
        };
        let mut end = chunk.len();
        while let Some(&(i, c)) = chars.peek() {
            // A joiner belongs to the word only with a letter after it (`raads- en`).
            if is_letter(c) || (is_joiner(c) && chunk[i + c.len_utf8()..].starts_with(is_letter)) {
                chars.next();
            } else {
                end = i;
                break;
            }
        }
        Some(start..end)
    })
}

pub(super) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}')
}
