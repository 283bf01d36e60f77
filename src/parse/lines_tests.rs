//! Tests of the line reading, among them the comparison of the fast path and the line-by-line
//! parses with the grammar's reading of whole documents.

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
                Line::Text => label_line(text, line).unwrap_or(Line::Text),
                read => read,
            };
            (line, read)
        })
        .collect()
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
