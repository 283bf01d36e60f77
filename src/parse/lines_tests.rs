//! Tests of the line reading, among them the comparison of the fast path and the line-by-line
//! parses with the grammar's reading of whole documents.

use super::*;
use crate::parse::{MinutesParser, Rule};
use pest::iterators::Pair;
use pest::Parser;

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

/// A line with a colon or tab that opens with neither a key nor a marker word is running
/// text at once (`prose_line`); one that opens with a key or marker word still gets the
/// full choice of constructs.
#[test]
fn a_colon_makes_a_field_or_marker_only_after_its_word() {
    let text = "De voorzitter zegt: dat is goed\nBesluit: akkoord\nDatum: 9 juli 2018\n\
                Actiepunt: nota sturen\nTekstueel: geen opmerkingen\nAfspraak\tvolgt\n\
                Voorzitter\tA. Kok\nDeelnemers: A, B\nDe notulen: vastgesteld";
    let kinds: Vec<&str> = lines(text)
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
fn label_lines_are_read_without_being_in_the_line_choice() {
    let text = "Aanwezig\n**Afwezig met kennisgeving**\n  Datum  \nAanwezig waren velen\nDe heer\n";
    let read: Vec<Line> = lines(text).map(|(_, l)| l).collect();
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

/// The grammar's reading of a whole document (`document`), as `lines` read it before it cut
/// the text itself: the oracle for `lines`.
fn lines_by_document(text: &str) -> Vec<(Span, Line)> {
    let doc = MinutesParser::parse(Rule::document, text)
        .expect("the grammar is total")
        .next()
        .expect("one document");
    doc.into_inner()
        .filter(|p| p.as_rule() != Rule::EOI)
        .map(|p| {
            let mut line = span(&p, 0);
            if text[line.range()].ends_with('\r') {
                line = Span::new(line.start(), line.end() - 1);
            }
            let read = match read_line(text, 0, &line, p) {
                Line::Text => label_line_by_grammar(text, line).unwrap_or(Line::Text),
                read => read,
            };
            (line, read)
        })
        .collect()
}

/// The grammar's `label_line` on a text line: the oracle for `label_line`.
fn label_line_by_grammar(text: &str, line: Span) -> Option<Line> {
    let t = &text[line.range()];
    let pair = MinutesParser::parse(Rule::label_line, t).ok()?.next()?;
    let (kind, key) = key_in(pair, line.start())?;
    Some(Line::Label { kind, key })
}

/// The grammar's `field_key` at the start of `t`: the oracle for `field_key_prefix`.
fn field_key_by_grammar(t: &str) -> Option<(FieldKind, usize)> {
    let key = MinutesParser::parse(Rule::field_key, t).ok()?.next()?;
    let len = key.as_str().len();
    key.into_inner()
        .next()
        .map(|k| (kind_of_key(k.as_rule()), len))
}

/// Every key, and every key followed by the opening of every other key, in three cases and
/// before each separator, reads as the grammar's `field_key` reads it: the grammar takes the
/// first key that fits, the Rust reading the longest.
#[test]
fn keys_read_as_in_the_grammar() {
    let keys: Vec<&str> = crate::nl::lexicon::field_keys().map(|k| k.key).collect();
    let mut seen = 0;
    for a in &keys {
        for b in keys
            .iter()
            .map(|b| &b[..b.len().min(4)])
            .chain(["", "x", "en"])
        {
            for sep in ["", ":", " :", "\u{a0}:", "\t", " ", "  x", "**:"] {
                for t in [format!("{a}{b}{sep}"), format!("{a} {b}{sep}")] {
                    for t in [t.clone(), t.to_uppercase(), t.to_ascii_uppercase()] {
                        assert_eq!(field_key_prefix(&t), field_key_by_grammar(&t), "{t:?}");
                        seen += 1;
                    }
                }
            }
        }
    }
    assert!(seen > 50_000, "{seen}");
}

fn assert_reads_as_the_document_rule(text: &str) {
    assert_eq!(
        lines(text).collect::<Vec<_>>(),
        lines_by_document(text),
        "{text:?}"
    );
}

/// Lines of every shape the grammar knows, and their near misses.
const SHAPES: &[&str] = &[
    "",
    "   ",
    "\t\u{a0} \u{202f}\u{2007}",
    "\r",
    " \r\r",
    "De voorzitter opent de vergadering.",
    "De voorzitter zegt: dat is goed",
    "Tekstueel: geen opmerkingen",
    "Datum: 9 juli 2018",
    "Datum\t9 juli 2018",
    "**Datum:** 9 juli 2018",
    "Aanwezig",
    "**Afwezig met kennisgeving**",
    "  Datum  ",
    "Aanwezig waren velen",
    "Vz: A. Kok",
    "vz is er niet",
    "Nr. Onderwerp",
    "NR\tOnderwerp",
    "nrs. 4 en 5",
    "Punt 3: Rondvraag",
    "Agendapunt 4 - Begroting",
    "punten van orde",
    "agenda",
    "3. Vaststelling notulen",
    "## 4 Rondvraag",
    "4.2 Begroting",
    "05A Rondvraag",
    "A\t<p>Opening</p> <p>De voorzitter opent</p>",
    "5\t<p>Begroting</p>",
    "F Rondvraag + Sluiting",
    "Besluit: akkoord",
    "BESLUIT:",
    "- Besluit: akkoord",
    "Actiepunt: nota sturen",
    "Afspraak\tvolgt",
    "Besluitvorming volgt later",
    "- Kwetsbare personen: zorg",
    "• Ledenwerving",
    "* punt",
    "  - ingesprongen",
    "-\t\u{a0}tab",
    "– Gedachtestreep: tekst",
    "- ",
    "-",
    "·",
    "▪ \u{2007}",
    "* **Datum:** 9 juli",
    "- Actie: bellen",
    "-  besluit zonder dubbele punt",
    "- Besluitvorming: later",
    "o optie",
    "-----",
    "***",
    "12345",
    "Ëénmaal: één stem",
    "Ökonomie en ǅemal",
    "x",
    "\u{FEFF}Titel",
    "3 juli: vergadering",
    "12:30 Pauze",
    "2019\tBegroting",
    "07\t<p>Jaarrekening</p>",
    "4)Rondvraag",
    "#",
    "# Aanwezig: A. Kok",
    "### 6.1 Besluit: akkoord",
    "1- Opening",
    "    Opening",
    "  Aanwezig  ",
    "  Datum \t maandag 3 september",
    "'s Avonds",
    "| Naam | Rol |",
    "|---|---|",
    "1.Opening",
    "3.a Voorstel",
    "4.2.1 Onderdeel",
    "1234. Te lang",
    "12.3456 x",
    "2.b.Kop",
    "10. Rondvraag",
    "1) Opening",
    "#3 Kop",
    "##\tKop 2",
    "Agendapunt 4 Rondvraag",
    "Punt 5. Sluiting",
    "Agendapunt 7a – Begroting",
    "PUNT 8 — Sluiting",
    "Agendapunt x",
    "Besluit : akkoord",
    "**Besluit:** akkoord",
    "**Besluiten**: x",
    "-Besluit: x",
    "  Besluit:   x",
    "Datum :\t9 juli",
    "Vz : A. Kok",
    "Vzw: x",
    "Date\tx",
    "Datums: x",
    "**Aanwezig**: A",
    "Nr.\tOnderwerp\t",
    "Nr Onderwerpen",
    "A\tDatum: x",
    "B  \tx",
    "Ä x",
    "Z <p>x</p>",
    "1a\t<p>x",
    "1a \t <P>x",
    "12\tx",
    "o\tOptie",
    "oké",
    "— x",
    "5 juli",
    "100. Slot",
    "4.123 Onderdeel",
    "Aanwezig\r",
    "B\t<p>een<p>twee</p>",
    "C\t<p class=\"x\" open",
    "D\t<P>Slot</p><p ",
];

#[test]
fn every_shape_reads_as_in_the_document_rule() {
    for a in SHAPES {
        assert_reads_as_the_document_rule(a);
        for b in SHAPES {
            for eol in ["\n", "\r\n"] {
                assert_reads_as_the_document_rule(&format!("{a}{eol}{b}"));
                assert_reads_as_the_document_rule(&format!("{a}{eol}{b}{eol}"));
            }
        }
    }
}

#[test]
fn a_bom_opens_only_the_first_line() {
    let text = "\u{FEFF}Datum: 9 juli 2018\n\u{FEFF}x";
    let read: Vec<(Span, Line)> = lines(text).collect();
    assert_eq!(read[0].0, Span::new(3, 21));
    assert!(matches!(read[0].1, Line::Field { .. }));
    assert_eq!(read[1].0, Span::new(22, text.len()));
    assert_reads_as_the_document_rule(text);
    assert_eq!(
        lines("").collect::<Vec<_>>(),
        [(Span::new(0, 0), Line::Blank)]
    );
}

proptest::proptest! {
    #[test]
    fn lines_read_as_in_the_document_rule(
        parts in proptest::collection::vec(
            (0..SHAPES.len(), "[a-zA-Z0-9 :\t\r*#.()<>p•–-]{0,6}", 0..3usize),
            0..12,
        )
    ) {
        // Shapes with odd text after them, joined by LF, CRLF or nothing.
        let mut text = String::new();
        for (shape, tail, eol) in parts {
            text.push_str(SHAPES[shape]);
            text.push_str(&tail);
            text.push_str(["\n", "\r\n", ""][eol]);
        }
        proptest::prop_assert_eq!(lines(&text).collect::<Vec<_>>(), lines_by_document(&text));
    }

    #[test]
    fn item_rows_read_as_in_the_document_rule(
        rows in proptest::collection::vec(
            "([A-C]|[0-9]{1,3}[a-b]?)( {0,2}\t?\u{a0}?)(<[pP]( [a-z=\"]{0,4})?>?|</[pP]>|[a-zA-Z \t\r]{1,3}){0,8}\r?",
            1..6,
        )
    ) {
        let text = rows.join("\n");
        proptest::prop_assert_eq!(lines(&text).collect::<Vec<_>>(), lines_by_document(&text));
    }

    #[test]
    fn any_text_reads_as_in_the_document_rule(text in "\\PC{0,80}") {
        proptest::prop_assert_eq!(lines(&text).collect::<Vec<_>>(), lines_by_document(&text));
    }
}

#[test]
fn the_fixtures_read_as_in_the_document_rule() {
    let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")];
    let mut seen = 0;
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("a fixture folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "txt" || e == "md") {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    assert_reads_as_the_document_rule(&text);
                    seen += 1;
                }
            }
        }
    }
    assert!(seen > 30, "only {seen} fixtures");
}

proptest::proptest! {
    #[test]
    fn key_openings_are_the_key_heads_in_any_case(
        t in "(Aan|aBs|DAT|dee|vZ|Vz:|voo|ver|tij|ooK|x|é|[a-zA-Z:. ]){0,3}"
    ) {
        let naive = key_heads().iter().any(|h| {
            t.as_bytes()
                .get(..h.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(h.as_bytes()))
        });
        proptest::prop_assert_eq!(opens_like_a_key(&t), naive);
    }
}
