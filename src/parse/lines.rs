//! The grammar's reading of each line, as plain values with spans, read in Rust by the
//! grammar's own rules (`choice`); tests compare it with pest's parse of the grammar.

use crate::model::{FieldKind, Marker, Span};

/// What the grammar makes of one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// Nothing but white space.
    Blank,
    /// `Nr. Onderwerp`: the head of an F1 table of items.
    TableHead,
    /// `Datum: 14 maart 2024`, `Datum<TAB>9 juli 2018`: a key and its value (trimmed, or
    /// empty at the line end).
    Field {
        /// What the key names.
        kind: FieldKind,
        /// The key as written.
        key: Span,
        /// The value.
        value: Span,
    },
    /// `Aanwezig` or `**Datum**` alone on a line: the values follow.
    Label {
        /// What the key names.
        kind: FieldKind,
        /// The key as written.
        key: Span,
    },
    /// An F1 table row (`A<TAB><p>Opening</p>`): its label and the text blocks of its cell.
    ItemRow {
        /// The label (`A`, `05`).
        label: Span,
        /// The non-empty, trimmed blocks of the cell, in order.
        blocks: Vec<Span>,
        /// The tab after the label was lost (`A Opening`).
        untabbed: bool,
    },
    /// `3. Vaststelling notulen`, `## 4 Rondvraag`, `Agendapunt 5: …`.
    Numbered {
        /// The number as written (`3`, `6.1`, `07A`).
        number: Span,
        /// The title after it, trimmed.
        title: Span,
    },
    /// `Besluit: …`, `Actie: …`.
    Marker(Marker),
    /// `- tekst`: a bullet, with its text trimmed.
    Bullet(Option<Span>),
    /// Running text.
    Text,
    /// A line the grammar does not recognise.
    Unrecognized,
}

/// The lines of a text as the grammar reads them, each with its span (a CR before the LF is
/// no part of the line).
///
/// The text is cut at each LF, as the grammar's `document` rule cuts it, after a BOM. Each
/// line is read by the grammar's `line` choice written in Rust ([`prose_line`], then
/// `choice::read_line`); only a line that may be an F1 table row goes to the grammar on its
/// own (`one_line`, or `numbered_line`: see [`line_rule`]). A test compares the result with
/// the grammar's reading of whole documents.
pub fn lines(text: &str) -> impl Iterator<Item = (Span, Line)> + '_ {
    let mut at = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        let rest = &text[at..];
        let (piece, chunk) = match memchr::memchr(b'\n', rest.as_bytes()) {
            Some(i) => (&rest[..i], &rest[..=i]),
            None => {
                done = true;
                (rest, rest)
            }
        };
        let base = at;
        at += chunk.len();
        let line = Span::new(base, base + piece.strip_suffix('\r').unwrap_or(piece).len());
        let read = if prose_line(piece) {
            Line::Text
        } else {
            super::choice::read_line(text, base, piece, !done)
        };
        let read = match read {
            Line::Text => label_line(text, line).unwrap_or(Line::Text),
            read => read,
        };
        Some((line, read))
    })
}

/// Whether the grammar reads a line as running text at once, by its first construct
/// `prose_line`: two letters (pest's `LETTER`) first, no `Nr`, `Agendapunt` or `Punt`, and no
/// colon or tab (`has_separator`), or one after an opening that is neither a key head
/// (`key_start`) nor a marker word (`marker_key`). `piece` is the line up to its LF.
fn prose_line(piece: &str) -> bool {
    let mut chars = piece.chars();
    let two_letters = chars.next().is_some_and(pest::unicode::LETTER)
        && chars.next().is_some_and(pest::unicode::LETTER);
    if !two_letters || opens_with_ignoring_case(piece, &["nr", "agendapunt", "punt"]) {
        return false;
    }
    !((opens_like_a_key(piece) || opens_like_a_marker(piece))
        && crate::nl::tokens::any_byte(piece.as_bytes(), |b| b == b':' || b == b'\t'))
}

/// Whether `t` opens with one of `words`, in any ASCII case.
fn opens_with_ignoring_case(t: &str, words: &[&str]) -> bool {
    let b = t.as_bytes();
    words.iter().any(|w| {
        b.get(..w.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// Whether `t` opens with a marker word of the grammar's `marker_key` (`Besluit`, `actie`),
/// in any ASCII case; the words come from `marker-keys.txt`, which a test keeps equal to
/// the grammar's.
fn opens_like_a_marker(t: &str) -> bool {
    static KEYS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        crate::nl::lexicon::MARKER_KEYS
            .entries()
            .filter_map(|l| l.split_once(' ').map(|(key, _)| key))
            .collect()
    });
    opens_with_ignoring_case(t, keys)
}

/// A text line that is a key alone (`Aanwezig`, `**Datum:**`), as the grammar's `label_line`
/// reads it (`choice::label_line`).
fn label_line(text: &str, line: Span) -> Option<Line> {
    let t = text.get(line.range())?;
    // The key opens the line after white space and bold marks.
    let head = t.trim_start_matches(|c: char| c.is_whitespace() || c == '*');
    if !opens_like_a_key(head) {
        return None;
    }
    let (kind, (start, end)) = super::choice::label_line(t)?;
    Some(Line::Label {
        kind,
        key: Span::new(line.start() + start, line.start() + end),
    })
}

/// The first three letters (lower case; all of a shorter key such as `vz`) of every key of
/// the grammar's `field_key`, read from `field-keys.txt`, which a test keeps equal to the
/// grammar's keys; the grammar's `key_start` holds the same. The keys are ASCII and matched
/// without regard to ASCII case.
fn key_heads() -> &'static [&'static str] {
    static HEADS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    HEADS.get_or_init(|| {
        let mut heads: Vec<&'static str> = crate::nl::lexicon::field_keys()
            .map(|k| &k.key[..k.key.len().min(3)])
            .collect();
        heads.sort_unstable();
        heads.dedup();
        heads
    })
}

/// Up to three bytes in ASCII lower case, packed into one number.
fn packed_head(b: &[u8]) -> u32 {
    b.iter()
        .fold(0, |n, &c| (n << 8) | u32::from(c.to_ascii_lowercase()))
}

/// Whether `t` opens with the first letters of a key (any ASCII case): text that does not
/// is no key, and a failed parse is costly (pest builds an error). This runs for every line
/// of text, so the heads are packed numbers, looked up by binary search.
fn opens_like_a_key(t: &str) -> bool {
    /// The heads packed by their length: `[.., two bytes, three bytes]`.
    static PACKED: std::sync::OnceLock<[Vec<u32>; 4]> = std::sync::OnceLock::new();
    let packed = PACKED.get_or_init(|| {
        let mut by_len: [Vec<u32>; 4] = Default::default();
        for h in key_heads() {
            by_len[h.len()].push(packed_head(h.as_bytes()));
        }
        for heads in &mut by_len {
            heads.sort_unstable();
        }
        by_len
    });
    let b = t.as_bytes();
    (1..=3).any(|len| {
        !packed[len].is_empty()
            && b.get(..len)
                .is_some_and(|p| packed[len].binary_search(&packed_head(p)).is_ok())
    })
}

/// The field a key names at the start of `t`, with the key's length in bytes, as the
/// grammar's `field_key` reads it (`choice::field_key_at`).
pub fn field_key_prefix(t: &str) -> Option<(FieldKind, usize)> {
    if !opens_like_a_key(t) {
        return None;
    }
    super::choice::field_key_at(t, 0)
}

/// The field a piece of text names when it is a key and nothing else (`Aanwezig:`).
pub fn field_key(t: &str) -> Option<FieldKind> {
    let t = t.trim().trim_end_matches(':').trim();
    field_key_prefix(t).and_then(|(kind, len)| (len == t.len()).then_some(kind))
}

#[cfg(test)]
#[path = "lines_tests.rs"]
mod tests;
