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

/// The catalogue id of the name of an invisible character (`is_invisible`), for messages:
/// `char.200b` is "zero-width space" in English, "spatie zonder breedte" in Dutch.
pub fn invisible_name(c: char) -> &'static str {
    match c {
        '\u{200B}' => "char.200b",
        '\u{200C}' => "char.200c",
        '\u{200D}' => "char.200d",
        '\u{200E}' => "char.200e",
        '\u{200F}' => "char.200f",
        '\u{202A}' => "char.202a",
        '\u{202B}' => "char.202b",
        '\u{202C}' => "char.202c",
        '\u{202D}' => "char.202d",
        '\u{202E}' => "char.202e",
        '\u{2060}' => "char.2060",
        '\u{2061}' => "char.2061",
        '\u{2062}' => "char.2062",
        '\u{2063}' => "char.2063",
        '\u{2064}' => "char.2064",
        '\u{2066}' => "char.2066",
        '\u{2067}' => "char.2067",
        '\u{2068}' => "char.2068",
        '\u{2069}' => "char.2069",
        '\u{61C}' => "char.61c",
        '\u{FEFF}' => "char.feff",
        '\u{180E}' => "char.180e",
        _ => "char.invisible",
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
    let mut out = String::with_capacity(text.len());
    for w in text.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}
