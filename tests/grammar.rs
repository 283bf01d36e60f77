//! One small case per grammar construct, and totality on odd input.

use notulint::model::{FieldKind, ItemForm, ListKind, ParagraphKind, Role};
use notulint::structure::parse;

fn slice<'t>(text: &'t str, span: &notulint::model::Span) -> &'t str {
    &text[span.range()]
}

#[test]
fn header_fields_with_tab_or_colon() {
    let t = "TITEL\n\nDatum\t9 juli 2018\n**Tijd:** 19.30 uur\nVoorzitter : S. Schelberg\n";
    let d = parse(t);
    assert_eq!(slice(t, d.title.as_ref().unwrap()), "TITEL");
    assert_eq!(
        slice(t, &d.field(FieldKind::Date).unwrap().value),
        "9 juli 2018"
    );
    assert_eq!(
        slice(t, &d.field(FieldKind::Time).unwrap().value),
        "19.30 uur"
    );
    assert_eq!(
        slice(t, &d.field(FieldKind::Chair).unwrap().value),
        "S. Schelberg"
    );
}

#[test]
fn comma_lists_with_annotations_and_honorifics() {
    let t = "T\nAanwezig: de heer J.W. van der Sluijs (CDA), I. den Decker (notulen), L. van Moorsel (voorzitter), N. Peeters (NT, afwezig bij punt 5) en J. Jansen\n";
    let d = parse(t);
    let l = &d.lists[0];
    assert_eq!(l.kind, ListKind::Present);
    let names: Vec<&str> = l.entries.iter().map(|e| slice(t, &e.name_span)).collect();
    assert_eq!(
        names,
        [
            "J.W. van der Sluijs",
            "I. den Decker",
            "L. van Moorsel",
            "N. Peeters",
            "J. Jansen"
        ]
    );
    assert_eq!(l.entries[1].role, Some(Role::MinuteTaker));
    assert_eq!(l.entries[2].role, Some(Role::Chair));
    assert_eq!(l.entries[3].annotations, ["nt, afwezig bij punt 5"]);
}

#[test]
fn role_annotations_with_more_words() {
    let t = "T\nAanwezig: W. Hendriks (voorzitter OR), E. Kramer (ambtelijk secretaris, verslag), F. Smit (fractievoorzitter)\n";
    let d = parse(t);
    let roles: Vec<Option<Role>> = d.lists[0].entries.iter().map(|e| e.role).collect();
    assert_eq!(roles, [Some(Role::Chair), Some(Role::Secretary), None]);
}

#[test]
fn one_name_a_line_with_role_sub_headings() {
    let t = "T\nAanwezig:\nVoorzitter: L. van Moorsel\nLeden: A. Bakker, B. Smit\nmevrouw G.E. Admiraal\n- C. de Wit\n\n1. Opening\n";
    let d = parse(t);
    let names: Vec<&str> = d.lists[0]
        .entries
        .iter()
        .map(|e| slice(t, &e.name_span))
        .collect();
    assert_eq!(
        names,
        [
            "L. van Moorsel",
            "A. Bakker",
            "B. Smit",
            "G.E. Admiraal",
            "C. de Wit"
        ]
    );
    assert_eq!(d.lists[0].entries[0].role, Some(Role::Chair));
}

#[test]
fn indented_and_comma_wrapped_continuations() {
    let t =
        "T\nAanwezig:\tA. Jansen\n\twethouder B. Bos\nAfwezig: C. Vos,\nD. Smit\nDit is tekst.\n";
    let d = parse(t);
    assert_eq!(d.lists[0].entries.len(), 2);
    assert_eq!(d.lists[1].entries.len(), 2);
    assert!(d.lists[1].empties.is_empty());
}

#[test]
fn table_rows_cells_and_sub_items() {
    let t = "T\nDatum\t1 mei 2020\nNR\tOnderwerp\nA\t<p>Opening</p> <p>Tekst een.</p>\nB\t<p>Verslagen</p> <p>1. Besluitenlijst 3 april</p> <p>Vastgesteld.</p>\n2. Voorstel X\nDhr. Y licht toe.\nC Rondvraag\n";
    let d = parse(t);
    assert!(d.table_layout);
    assert_eq!(d.items.len(), 3);
    assert_eq!(d.items[0].title, "Opening");
    assert_eq!(d.items[0].paragraphs.len(), 1);
    assert_eq!(d.items[1].subitems.len(), 2);
    assert_eq!(d.items[1].subitems[1].title, "Voorstel X");
    assert_eq!(d.items[2].form, ItemForm::UntabbedRow);
}

#[test]
fn numbered_headings_markers_and_bullets() {
    let t = "T\nDatum: 1 mei 2020\n\n1. Opening\nTekst.\n\n4.2 Begroting\n## 5. Voorstel Y\nBESLUIT: akkoord.\n- een punt\n• nog een\n";
    let d = parse(t);
    let labels: Vec<&str> = d.items.iter().map(|i| i.label.as_str()).collect();
    assert_eq!(labels, ["1", "4.2", "5"]);
    let kinds: Vec<ParagraphKind> = d.items[2].paragraphs.iter().map(|p| p.kind).collect();
    assert!(matches!(kinds[0], ParagraphKind::Marker(_)));
    assert_eq!(kinds[1], ParagraphKind::Bullet);
    assert_eq!(kinds[2], ParagraphKind::Bullet);
}

#[test]
fn bom_and_crlf_keep_byte_spans() {
    let t = "\u{FEFF}Titel\r\nDatum: 9 juli 2018\r\nAanwezig: A. Jansen\r\n";
    let d = parse(t);
    assert_eq!(slice(t, d.title.as_ref().unwrap()), "Titel");
    assert_eq!(
        slice(t, &d.field(FieldKind::Date).unwrap().value),
        "9 juli 2018"
    );
    assert_eq!(slice(t, &d.lists[0].entries[0].name_span), "A. Jansen");
}

#[test]
fn unrecognized_lines_are_kept_as_nodes() {
    let t = "T\nDatum: 1 mei 2020\n-----\n1. Opening\n***\n";
    let d = parse(t);
    let lines: Vec<&str> = d.unrecognized.iter().map(|s| slice(t, s)).collect();
    assert_eq!(lines, ["-----", "***"]);
}

#[test]
fn any_input_parses() {
    for t in [
        "",
        "\u{FEFF}",
        "\n\n\n",
        "\r",
        "\t\t",
        "<p><p><p>",
        "A\t",
        "A\t<p",
        "Aanwezig:",
        "Aanwezig:,,,",
        "1.",
        "((((",
        "\u{0}",
        "é\u{301}",
    ] {
        let d = parse(t);
        assert!(d.lines.len() <= t.len() + 1);
    }
}
