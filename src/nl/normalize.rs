//! Names and texts compared as written: white space squashed, invisible characters dropped,
//! and the fold of a name key (lower case, no diacritics, no apostrophes or dots).

use unicode_normalization::UnicodeNormalization;

/// Characters that show nothing but change how a name compares: zero-width spaces and
/// joiners, the byte-order mark, and bidirectional marks, embeddings and isolates. A name
/// with `P. Pie\u{200B}tersen` or a leading right-to-left mark is still the same person.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{61C}' | '\u{FEFF}' | '\u{180E}')
}

/// The Unicode name of an invisible character (`is_invisible`), in lower case, for messages.
pub fn invisible_name(c: char) -> &'static str {
    match c {
        '\u{200B}' => "zero-width space",
        '\u{200C}' => "zero-width non-joiner",
        '\u{200D}' => "zero-width joiner",
        '\u{200E}' => "left-to-right mark",
        '\u{200F}' => "right-to-left mark",
        '\u{202A}' => "left-to-right embedding",
        '\u{202B}' => "right-to-left embedding",
        '\u{202C}' => "pop directional formatting",
        '\u{202D}' => "left-to-right override",
        '\u{202E}' => "right-to-left override",
        '\u{2060}' => "word joiner",
        '\u{2061}' => "function application",
        '\u{2062}' => "invisible times",
        '\u{2063}' => "invisible separator",
        '\u{2064}' => "invisible plus",
        '\u{2066}' => "left-to-right isolate",
        '\u{2067}' => "right-to-left isolate",
        '\u{2068}' => "first strong isolate",
        '\u{2069}' => "pop directional isolate",
        '\u{61C}' => "arabic letter mark",
        '\u{FEFF}' => "zero-width no-break space",
        '\u{180E}' => "mongolian vowel separator",
        _ => "invisible character",
    }
}

/// Lower case, no diacritics, no apostrophes or dots, no invisible characters (NFC and NFD
/// spellings fold alike): `Güler` → `guler`, `Coërs` → `coers`.
pub fn fold(word: &str) -> String {
    // Most names are plain ASCII: skip the Unicode decomposition for them.
    if word.is_ascii() {
        return word
            .bytes()
            .filter(|b| !matches!(b, b'\'' | b'.' | b','))
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
    }
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c) && !is_invisible(*c))
        .filter(|c| !matches!(c, '\'' | '’' | '.' | ','))
        .flat_map(|c| match c {
            'ı' => Some('i'),
            'ø' | 'Ø' => Some('o'),
            'ß' => Some('s'),
            'ł' | 'Ł' => Some('l'),
            _ => Some(c),
        })
        .collect::<String>()
        .to_lowercase()
}

/// Collapses white space (tabs, non-breaking spaces) to single spaces and trims; outside
/// ASCII also composes to NFC and drops invisible characters, so that one name written
/// with a combining diaeresis, a zero-width space or a bidirectional mark is the same text.
pub fn squash(text: &str) -> String {
    if !text.is_ascii() {
        let plain: String = text.nfc().filter(|c| !is_invisible(*c)).collect();
        return squash_ascii_spaces(&plain);
    }
    squash_ascii_spaces(text)
}

fn squash_ascii_spaces(text: &str) -> String {
    text.split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
