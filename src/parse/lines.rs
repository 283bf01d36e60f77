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
/// no part of the line). `None` should pest fail, which the total grammar never does.
pub fn lines(text: &str) -> Option<impl Iterator<Item = (Span, Line)> + '_> {
    let mut pairs = MinutesParser::parse(Rule::document, text).ok()?;
    let doc = pairs.next();
    Some(
        doc.into_iter()
            .flat_map(|d| d.into_inner())
            .filter(|p| p.as_rule() != Rule::EOI)
            .map(move |p| {
                let mut line = span(&p);
                if text[line.range()].ends_with('\r') {
                    line = Span::new(line.start(), line.end() - 1);
                }
                let read = match read_line(text, &line, p) {
                    Line::Text => label_line(text, line).unwrap_or(Line::Text),
                    read => read,
                };
                (line, read)
            }),
    )
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
    let (kind, key) = key_in(pair)?;
    Some(Line::Label {
        kind,
        key: Span::new(line.start() + key.start(), line.start() + key.end()),
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

/// Whether `t` opens with the first letters of a key (any ASCII case): text that does not
/// is no key, and a failed parse is costly (pest builds an error).
fn opens_like_a_key(t: &str) -> bool {
    let b = t.as_bytes();
    key_heads().iter().any(|h| {
        b.get(..h.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(h.as_bytes()))
    })
}

fn span(p: &Pair<'_, Rule>) -> Span {
    Span::new(p.as_span().start(), p.as_span().end())
}

/// The key rule inside a `field_key` pair, with its meaning and span.
fn key_in(pair: Pair<'_, Rule>) -> Option<(FieldKind, Span)> {
    pair.into_inner()
        .find(|p| p.as_rule() == Rule::field_key)
        .and_then(|p| p.into_inner().next())
        .map(|k| (kind_of_key(k.as_rule()), span(&k)))
}

fn read_line(text: &str, line: &Span, pair: Pair<'_, Rule>) -> Line {
    match pair.as_rule() {
        Rule::blank_line => Line::Blank,
        Rule::table_head => Line::TableHead,
        Rule::header_field => {
            let value = pair
                .clone()
                .into_inner()
                .find(|p| p.as_rule() == Rule::field_value)
                .map_or(Span::new(line.end(), line.end()), |p| span(&p).trim(text));
            match key_in(pair) {
                Some((kind, key)) => Line::Field { kind, key, value },
                // `field_key` always holds one key rule.
                None => Line::Unrecognized,
            }
        }
        Rule::label_line => match key_in(pair) {
            Some((kind, key)) => Line::Label { kind, key },
            None => Line::Unrecognized,
        },
        rule @ (Rule::item_row | Rule::item_row_untabbed) => {
            let mut label = Span::default();
            let mut blocks = Vec::new();
            for p in pair.into_inner() {
                match p.as_rule() {
                    Rule::item_letter | Rule::item_digits => label = span(&p),
                    Rule::cell => {
                        for c in p.into_inner() {
                            let t = match c.as_rule() {
                                Rule::p_block => {
                                    c.into_inner().next().map(|t| span(&t)).unwrap_or_default()
                                }
                                _ => span(&c),
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
                    Rule::item_number => number = span(&p),
                    Rule::heading_text => title = span(&p).trim(text),
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
                .map(|p| span(&p).trim(text)),
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
mod tests {
    use super::*;

    /// A line with a colon or tab that opens with neither a key nor a marker word is running
    /// text at once (`prose_line`); one that opens with a key or marker word still gets the
    /// full choice of constructs.
    #[test]
    fn a_colon_makes_a_field_or_marker_only_after_its_word() {
        let text = "De voorzitter zegt: dat is goed\nBesluit: akkoord\nDatum: 9 juli 2018\n\
                    Actiepunt: nota sturen\nTekstueel: geen opmerkingen\nAfspraak\tvolgt\n\
                    Voorzitter\tA. Kok\nDeelnemers: A, B\nDe notulen: vastgesteld";
        let kinds: Vec<&str> = lines(text)
            .expect("the grammar is total")
            .map(|(_, l)| match l {
                Line::Text => "text",
                Line::Field { .. } => "field",
                Line::Marker(_) => "marker",
                _ => "other",
            })
            .collect();
        assert_eq!(
            kinds,
            ["text", "marker", "field", "marker", "text", "text", "field", "field", "text"]
        );
    }

    #[test]
    fn key_heads_come_from_the_grammar() {
        for key in [
            "aanwezig",
            "Datum",
            "VOORZITTER",
            "afgemeld",
            "status",
            "notulist",
            "vz",
        ] {
            assert!(opens_like_a_key(key), "{key}");
        }
        for no in ["heer", "De voorzitter", "d", "", "é"] {
            assert!(!opens_like_a_key(no), "{no}");
        }
        // The grammar's `key_start` holds the same heads (`nl::grammar_agreement`).
        assert!(key_heads().contains(&"dee") && key_heads().contains(&"vz"));
        // The filters before the grammar read the first two bytes: every key must have them.
        for k in crate::nl::lexicon::field_keys() {
            assert!(k.key.is_ascii() && k.key.len() >= 2, "{:?}", k.key);
        }
        assert_eq!(
            field_key_prefix("Aanwezig: Anne"),
            Some((FieldKind::Present, 8))
        );
        assert_eq!(field_key_prefix("Hoi"), None);
        assert_eq!(field_key_prefix("a"), None);
    }

    #[test]
    fn every_key_fits_the_label_line_length_bound() {
        // A label line is the key plus at most 7 other characters (`**`, `:**`, `**`).
        for k in crate::nl::lexicon::field_keys() {
            let chars = k.key.chars().filter(|c| !c.is_whitespace()).count();
            assert!(
                chars + 7 <= LABEL_MAX_CHARS,
                "{:?} is too long for LABEL_MAX_CHARS",
                k.key
            );
        }
    }

    #[test]
    fn label_lines_are_read_without_being_in_the_line_choice() {
        let text =
            "Aanwezig\n**Afwezig met kennisgeving**\n  Datum  \nAanwezig waren velen\nDe heer\n";
        let read: Vec<Line> = lines(text).unwrap().map(|(_, l)| l).collect();
        assert!(matches!(
            read[0],
            Line::Label {
                kind: FieldKind::Present,
                ..
            }
        ));
        assert!(matches!(
            read[1],
            Line::Label {
                kind: FieldKind::AbsentNotified,
                ..
            }
        ));
        assert!(
            matches!(read[2], Line::Label { kind: FieldKind::Date, key } if &text[key.range()] == "Datum")
        );
        assert_eq!(read[3], Line::Text);
        assert_eq!(read[4], Line::Text);
    }
}
