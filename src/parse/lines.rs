//! The grammar's reading of each line, as plain values with spans: no pest pair leaves here.

use super::{MinutesParser, Rule};
use crate::model::{FieldKind, Marker, Span};
use pest::iterators::Pair;
use pest::Parser;

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
/// The text is cut at each LF, as the grammar's `document` rule cuts it, after a BOM. Blank
/// lines and the running text that the grammar's `prose_line` takes at once are told here by
/// [`fast_line`], the grammar's own tests in Rust; every other line goes to the grammar on its
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
        let read = match fast_line(text, base, piece, !done) {
            Some(read) => read,
            None => MinutesParser::parse(line_rule(piece), chunk)
                .ok()
                .and_then(|mut pairs| pairs.next()?.into_inner().next())
                .filter(|p| p.as_rule() != Rule::EOI)
                .map_or(Line::Unrecognized, |p| read_line(text, base, &line, p)),
        };
        let read = match read {
            Line::Text => label_line(text, line).unwrap_or(Line::Text),
            read => read,
        };
        Some((line, read))
    })
}

/// The grammar rule that reads a line the fast path left: `numbered_line`, the part of the
/// line choice that can fit, for a line that opens with a digit or `#`; else `one_line`.
fn line_rule(piece: &str) -> Rule {
    match piece.as_bytes().first() {
        Some(b'0'..=b'9' | b'#') => Rule::numbered_line,
        _ => Rule::one_line,
    }
}

/// A line the grammar would read as blank, as a bullet or as running text, told without the
/// grammar; `None` when only the grammar can tell. `piece` is the line from `text[base..]` up
/// to its LF (`ends_in_lf` says whether one follows).
///
/// - Blank is `blank_line`: only the grammar's `hspace` before the LF (a CR just before it is
///   its line end).
/// - A bullet is `bullet_line`: `hspace`, a mark other than `o`, and `hspace` after it. Every
///   construct before it in the choice needs a letter, a digit, `#`, `**` or a key at the
///   start, except a `marker_line` after `- ` (`- Besluit: akkoord`), which is left to the
///   grammar.
/// - Running text is `prose_line`: two letters (pest's `LETTER`) first, no `Nr`,
///   `Agendapunt` or `Punt`, and no colon or tab (`has_separator`), or one after an opening
///   that is neither a key head (`key_start`) nor a marker word (`marker_key`).
fn fast_line(text: &str, base: usize, piece: &str, ends_in_lf: bool) -> Option<Line> {
    let is_hspace = |c: char| matches!(c, ' ' | '\t' | '\u{A0}' | '\u{202F}' | '\u{2007}');
    let content = match piece.strip_suffix('\r') {
        Some(c) if ends_in_lf => c,
        _ => piece,
    };
    let indented = content.trim_start_matches(is_hspace);
    if indented.is_empty() {
        return Some(Line::Blank);
    }
    // A colon or tab on the line (`has_separator`); asked only where the choice depends on it.
    let separator = || crate::nl::tokens::any_byte(piece.as_bytes(), |b| b == b':' || b == b'\t');
    let mut chars = indented.chars();
    if let Some(mark @ ('-' | '•' | '*' | '–' | '·' | '▪')) = chars.next() {
        let after_mark = chars.as_str();
        let item = after_mark.trim_start_matches(is_hspace);
        if item.len() == after_mark.len() {
            return None; // no space after the mark: `-----`, `**Datum**`
        }
        if mark == '-' && opens_like_a_marker(item) && separator() {
            return None;
        }
        // `bullet_text` runs from the end of the space to the LF; `item` ends in `content`,
        // a prefix of `piece`.
        let start = base + content.len() - item.len();
        return Some(Line::Bullet(Some(
            Span::new(start, base + piece.len()).trim(text),
        )));
    }
    let mut chars = piece.chars();
    let two_letters = chars.next().is_some_and(pest::unicode::LETTER)
        && chars.next().is_some_and(pest::unicode::LETTER);
    if !two_letters || opens_with_ignoring_case(piece, &["nr", "agendapunt", "punt"]) {
        return None;
    }
    if (opens_like_a_key(piece) || opens_like_a_marker(piece)) && separator() {
        return None;
    }
    Some(Line::Text)
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

/// The most characters other than white space a label line can have: the longest key
/// (28), bold marks on both sides (4), a colon and bold after it (3), and some room.
const LABEL_MAX_CHARS: usize = 40;

/// A text line that is a key alone (`Aanwezig`, `**Datum:**`), as the grammar's `label_line`
/// reads it. Only lines with few enough characters are handed to the grammar.
fn label_line(text: &str, line: Span) -> Option<Line> {
    let t = text.get(line.range())?;
    // The key opens the line after white space and bold marks.
    let head = t.trim_start_matches(|c: char| c.is_whitespace() || c == '*');
    if !opens_like_a_key(head) {
        return None;
    }
    if t.chars()
        .filter(|c| !c.is_whitespace())
        .nth(LABEL_MAX_CHARS)
        .is_some()
    {
        return None;
    }
    let pair = MinutesParser::parse(Rule::label_line, t).ok()?.next()?;
    let (kind, key) = key_in(pair, line.start())?;
    Some(Line::Label { kind, key })
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

/// The span of a pair of a parse of `text[base..]`, in `text`.
fn span(p: &Pair<'_, Rule>, base: usize) -> Span {
    Span::new(base + p.as_span().start(), base + p.as_span().end())
}

/// The key rule inside a `field_key` pair of a parse of `text[base..]`, with its meaning and
/// span.
fn key_in(pair: Pair<'_, Rule>, base: usize) -> Option<(FieldKind, Span)> {
    pair.into_inner()
        .find(|p| p.as_rule() == Rule::field_key)
        .and_then(|p| p.into_inner().next())
        .map(|k| (kind_of_key(k.as_rule()), span(&k, base)))
}

/// The line a pair of the grammar's `line` choice stands for; the pair comes from a parse of
/// `text[base..]`, and `line` is its span in `text`.
fn read_line(text: &str, base: usize, line: &Span, pair: Pair<'_, Rule>) -> Line {
    match pair.as_rule() {
        Rule::blank_line => Line::Blank,
        Rule::table_head => Line::TableHead,
        Rule::header_field => {
            let value = pair
                .clone()
                .into_inner()
                .find(|p| p.as_rule() == Rule::field_value)
                .map_or(Span::new(line.end(), line.end()), |p| {
                    span(&p, base).trim(text)
                });
            match key_in(pair, base) {
                Some((kind, key)) => Line::Field { kind, key, value },
                // `field_key` always holds one key rule.
                None => Line::Unrecognized,
            }
        }
        Rule::label_line => match key_in(pair, base) {
            Some((kind, key)) => Line::Label { kind, key },
            None => Line::Unrecognized,
        },
        rule @ (Rule::item_row | Rule::item_row_untabbed) => {
            let mut label = Span::default();
            let mut blocks = Vec::new();
            for p in pair.into_inner() {
                match p.as_rule() {
                    Rule::item_letter | Rule::item_digits => label = span(&p, base),
                    Rule::cell => {
                        for c in p.into_inner() {
                            let t = match c.as_rule() {
                                Rule::p_block => c
                                    .into_inner()
                                    .next()
                                    .map(|t| span(&t, base))
                                    .unwrap_or_default(),
                                _ => span(&c, base),
                            }
                            .trim(text);
                            if !t.is_empty() {
                                blocks.push(t);
                            }
                        }
                    }
                    _ => {}
                }
            }
            Line::ItemRow {
                label,
                blocks,
                untabbed: rule == Rule::item_row_untabbed,
            }
        }
        Rule::numbered_heading => {
            let mut number = Span::default();
            let mut title = Span::default();
            for p in pair.into_inner() {
                match p.as_rule() {
                    Rule::item_number => number = span(&p, base),
                    Rule::heading_text => title = span(&p, base).trim(text),
                    _ => {}
                }
            }
            Line::Numbered { number, title }
        }
        Rule::marker_line => {
            let key = pair
                .into_inner()
                .find(|p| p.as_rule() == Rule::marker_key)
                .map(|p| p.as_str().to_lowercase())
                .unwrap_or_default();
            Line::Marker(match crate::nl::lexicon::MARKER_KEYS.value_of(&key) {
                Some("decision") => Marker::Decision,
                Some("conclusion") => Marker::Conclusion,
                Some("advice") => Marker::Advice,
                Some("agreement") => Marker::Agreement,
                _ => Marker::Action,
            })
        }
        Rule::bullet_line => Line::Bullet(
            pair.into_inner()
                .find(|p| p.as_rule() == Rule::bullet_text)
                .map(|p| span(&p, base).trim(text)),
        ),
        Rule::text_line => Line::Text,
        _ => Line::Unrecognized,
    }
}

/// What a key rule of the grammar means.
fn kind_of_key(rule: Rule) -> FieldKind {
    match rule {
        Rule::key_absent_notified => FieldKind::AbsentNotified,
        Rule::key_present => FieldKind::Present,
        Rule::key_absent => FieldKind::Absent,
        Rule::key_guests => FieldKind::Guests,
        Rule::key_date => FieldKind::Date,
        Rule::key_time => FieldKind::Time,
        Rule::key_chair => FieldKind::Chair,
        Rule::key_secretary => FieldKind::Secretary,
        Rule::key_minute_taker => FieldKind::MinuteTaker,
        Rule::key_clerk => FieldKind::Clerk,
        Rule::key_location => FieldKind::Location,
        _ => FieldKind::Status,
    }
}

/// The field a key names at the start of `t`, with the key's length in bytes.
pub fn field_key_prefix(t: &str) -> Option<(FieldKind, usize)> {
    if !opens_like_a_key(t) {
        return None;
    }
    let pairs = MinutesParser::parse(Rule::field_key, t).ok()?;
    let key = pairs.into_iter().next()?;
    let len = key.as_str().len();
    key.into_inner()
        .next()
        .map(|k| (kind_of_key(k.as_rule()), len))
}

/// The field a piece of text names when it is a key and nothing else (`Aanwezig:`).
pub fn field_key(t: &str) -> Option<FieldKind> {
    let t = t.trim().trim_end_matches(':').trim();
    field_key_prefix(t).and_then(|(kind, len)| (len == t.len()).then_some(kind))
}

#[cfg(test)]
#[path = "lines_tests.rs"]
mod tests;
