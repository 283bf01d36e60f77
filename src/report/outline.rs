//! `notulint outline FILE`: what notulint understood of a document, so that a user can see
//! why a check did or did not run, and tests can assert on it.

use crate::model::{Document, FieldKind, Item, ListKind, Role, TrailerKind};
use crate::people::People;
use crate::rules::Context;
use crate::source::Source;
use std::fmt::Write;

/// The outline of one document as text.
pub fn render(source: &Source, doc: &Document, cx: &Context<'_>) -> String {
    let text = cx.text;
    let line = |at: usize| source.line_col(at).line;
    let slice = |sp: &crate::model::Span| crate::people::squash(text.get(sp.range()).unwrap_or(""));
    let mut o = String::new();
    let _ = writeln!(
        o,
        "file: {} ({}, {}{})",
        source.path.display(),
        source.format.name(),
        source.encoding.name(),
        if source.cr_line_ends {
            ", CR line ends"
        } else {
            ""
        }
    );
    match &doc.title {
        Some(t) => {
            let _ = writeln!(o, "title: {} (line {})", slice(t), line(t.start()));
        }
        None => o.push_str("title: none\n"),
    }
    match doc.meeting_date(text) {
        Some((src, sp)) => {
            let _ = writeln!(
                o,
                "date: {} (from {}, line {})",
                slice(&sp),
                src.describe(),
                line(sp.start())
            );
        }
        None => match &doc.file_date {
            Some(d) => {
                let _ = writeln!(o, "date: not found in the text (the file name gives {d})");
            }
            None => o.push_str("date: not found\n"),
        },
    }
    for kind in [FieldKind::Time, FieldKind::Location, FieldKind::Status] {
        if let Some(f) = doc.field(kind).filter(|f| !f.value.is_empty()) {
            let _ = writeln!(
                o,
                "{}: {} (line {})",
                kind.config_name(),
                slice(&f.value),
                line(f.line.start())
            );
        }
    }
    let _ = writeln!(
        o,
        "public: {}",
        match doc.marked_public(text) {
            Some(true) => "yes",
            Some(false) => "no",
            None => "not marked",
        }
    );
    o.push_str(&chair_line(doc, &cx.people, text, &line));
    if doc.lists.is_empty() {
        o.push_str("attendance: no list found\n");
    }
    for list in &doc.lists {
        let people: Vec<String> = list
            .entries
            .iter()
            .filter(|e| e.is_person(text))
            .map(|e| {
                let mut s = slice(&e.name_span);
                if let Some(r) = e.role {
                    let _ = write!(s, " ({})", role_name(r));
                }
                s
            })
            .collect();
        let others = list.entries.len() - people.len();
        let _ = writeln!(
            o,
            "{} (line {}): {} named{}{}",
            list_name(list.kind),
            line(list.key.start()),
            people.len(),
            if others > 0 {
                format!(", {others} not names (a count or a reference)")
            } else {
                String::new()
            },
            if people.is_empty() {
                String::new()
            } else {
                format!(": {}", people.join(", "))
            }
        );
    }
    if !doc.agenda.is_empty() {
        let first = &doc.agenda[0];
        let last = &doc.agenda[doc.agenda.len() - 1];
        let _ = writeln!(
            o,
            "agenda list: {} entries (lines {}-{}), repeated by the sections below",
            doc.agenda.len(),
            line(first.heading.start()),
            line(last.heading.start())
        );
    }
    if doc.items.is_empty() {
        o.push_str("items: none found\n");
    } else {
        let _ = writeln!(o, "items: {}", doc.items.len());
    }
    for item in &doc.items {
        item_line(&mut o, item, None, text, &line, 1);
        for sub in &item.subitems {
            item_line(&mut o, sub, Some(item), text, &line, 2);
        }
    }
    for kind in [TrailerKind::Actions, TrailerKind::Decisions] {
        let rows: Vec<_> = doc.trailer.iter().filter(|r| r.kind == kind).collect();
        if let (Some(first), Some(last)) = (rows.first(), rows.last()) {
            let _ = writeln!(
                o,
                "{}: {} rows (lines {}-{})",
                if kind == TrailerKind::Actions {
                    "action list"
                } else {
                    "decision list"
                },
                rows.len(),
                line(first.span.start()),
                line(last.span.start())
            );
        }
    }
    if let Some(n) = &doc.next_meeting {
        let _ = writeln!(
            o,
            "next meeting: line {} (its fields are not this meeting's)",
            line(n.start())
        );
    }
    let speakers = cx.refs.iter().filter(|r| r.speaks).count();
    let _ = writeln!(o, "speakers: {speakers} references recorded as speaking");
    for note in cx.notes() {
        let _ = writeln!(o, "not checked: {}", note.render(crate::messages::Lang::En));
    }
    o
}

fn chair_line(
    doc: &Document,
    people: &People,
    text: &str,
    line: &dyn Fn(usize) -> usize,
) -> String {
    if let Some(i) = people.chair(doc) {
        let p = &people.persons[i];
        let (how, at) = p
            .sources
            .iter()
            .find_map(|(s, sp)| match s {
                crate::people::Source::Field(FieldKind::Chair) => Some(("a Voorzitter field", sp)),
                crate::people::Source::Entry(..) => Some(("a role in the attendance list", sp)),
                _ => None,
            })
            .unwrap_or(("the roster", &p.sources[0].1));
        return format!(
            "chair: {} (from {how}, line {})\n",
            p.name.display,
            line(at.start())
        );
    }
    if let Some((sp, _)) = &people.opening_chair {
        return format!(
            "chair: {} (from the opening sentence, line {})\n",
            crate::people::squash(text.get(sp.range()).unwrap_or("")),
            line(sp.start())
        );
    }
    "chair: not named\n".to_string()
}

fn item_line(
    o: &mut String,
    item: &Item,
    parent: Option<&Item>,
    text: &str,
    line: &dyn Fn(usize) -> usize,
    depth: usize,
) {
    let asks = crate::model::decisions::asks_for_decision(item, parent);
    let decided = crate::model::decisions::records_outcome(item, text);
    let label = if item.label.is_empty() {
        "-".to_string()
    } else {
        item.label.trim_end_matches('.').to_string()
    };
    let _ = writeln!(
        o,
        "{}{} {} (line {}){}",
        "  ".repeat(depth),
        label,
        item.title,
        line(item.heading.start()),
        match (asks, decided) {
            (true, true) => " [asks for a decision; outcome recorded]",
            (true, false) => " [asks for a decision; no outcome recorded]",
            (false, true) => " [outcome recorded]",
            (false, false) => "",
        }
    );
}

fn list_name(kind: ListKind) -> &'static str {
    match kind {
        ListKind::Present => "present",
        ListKind::Absent => "absent",
        ListKind::AbsentNotified => "absent with notice",
        ListKind::Guests => "guests",
    }
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Chair => "chair",
        Role::Secretary => "secretary",
        Role::MinuteTaker => "minutes",
        Role::Clerk => "clerk",
    }
}
