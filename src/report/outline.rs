//! `notulint outline FILE`: what notulint understood of a document, so that a user can see
//! why a check did or did not run, and tests can assert on it.

use crate::input::Format;
use crate::messages::{word, Lang, Message};
use crate::model::{DateSource, Document, FieldKind, Item, ListKind, Role, TrailerKind};
use crate::msg;
use crate::people::People;
use crate::rules::Context;
use crate::source::Source;
use std::fmt::Write;

/// The outline of one document as text, its labels in a language.
pub fn render(source: &Source, doc: &Document, cx: &Context<'_>, lang: Lang) -> String {
    let text = cx.text;
    let line = |at: usize| source.line_col(at).line;
    let slice = |sp: &crate::model::Span| crate::people::squash(text.get(sp.range()).unwrap_or(""));
    let mut o = String::new();
    let cr = if source.cr_line_ends {
        lang.text("outline.cr-line-ends")
    } else {
        ""
    };
    put(
        &mut o,
        lang,
        msg!(
            "outline.file",
            path = source.path.display().to_string(),
            format = word(format_id(source.format)),
            encoding = source.encoding.name(),
            cr = cr
        ),
    );
    match &doc.title {
        Some(t) => put(
            &mut o,
            lang,
            msg!("outline.title", title = slice(t), line = line(t.start())),
        ),
        None => put(&mut o, lang, msg!("outline.no-title")),
    }
    match doc.meeting_date(text) {
        Some((src, sp)) => put(
            &mut o,
            lang,
            msg!(
                "outline.date",
                date = slice(&sp),
                from = word(date_source_id(src)),
                line = line(sp.start())
            ),
        ),
        None => match &doc.file_date {
            Some(d) => put(
                &mut o,
                lang,
                msg!("outline.date-from-file-name", date = d.to_string()),
            ),
            None => put(&mut o, lang, msg!("outline.no-date")),
        },
    }
    for kind in [FieldKind::Time, FieldKind::Location, FieldKind::Status] {
        if let Some(f) = doc.field(kind).filter(|f| !f.value.is_empty()) {
            put(
                &mut o,
                lang,
                msg!(
                    "outline.field",
                    field = kind.config_name(),
                    value = slice(&f.value),
                    line = line(f.line.start())
                ),
            );
        }
    }
    put(
        &mut o,
        lang,
        msg!(
            "outline.public",
            public = word(match doc.marked_public(text) {
                Some(true) => "outline.yes",
                Some(false) => "outline.no",
                None => "outline.not-marked",
            })
        ),
    );
    put(&mut o, lang, chair_line(doc, &cx.people, text, &line));
    if doc.lists.is_empty() {
        put(&mut o, lang, msg!("outline.no-attendance"));
    }
    for list in &doc.lists {
        let people: Vec<String> = list
            .entries
            .iter()
            .filter(|e| e.is_person(text))
            .map(|e| {
                let mut s = slice(&e.name_span);
                if let Some(r) = e.role {
                    let _ = write!(s, " ({})", lang.text(role_id(r)));
                }
                s
            })
            .collect();
        let others = list.entries.len() - people.len();
        let mut m = msg!(
            "outline.list",
            list = word(list_id(list.kind)),
            line = line(list.key.start()),
            named = people.len()
        )
        .render(lang);
        if others > 0 {
            m.push_str(&msg!("outline.list-others", others = others).render(lang));
        }
        if !people.is_empty() {
            m.push_str(": ");
            m.push_str(&people.join(", "));
        }
        o.push_str(&m);
        o.push('\n');
    }
    if !doc.agenda.is_empty() {
        let first = &doc.agenda[0];
        let last = &doc.agenda[doc.agenda.len() - 1];
        put(
            &mut o,
            lang,
            msg!(
                "outline.agenda",
                entries = doc.agenda.len(),
                first = line(first.heading.start()),
                last = line(last.heading.start())
            ),
        );
    }
    if doc.items.is_empty() {
        put(&mut o, lang, msg!("outline.no-items"));
    } else {
        put(&mut o, lang, msg!("outline.items", count = doc.items.len()));
    }
    for item in &doc.items {
        item_line(&mut o, item, None, text, &line, 1, lang);
        for sub in &item.subitems {
            item_line(&mut o, sub, Some(item), text, &line, 2, lang);
        }
    }
    for kind in [TrailerKind::Actions, TrailerKind::Decisions] {
        let rows: Vec<_> = doc.trailer.iter().filter(|r| r.kind == kind).collect();
        if let (Some(first), Some(last)) = (rows.first(), rows.last()) {
            put(
                &mut o,
                lang,
                msg!(
                    "outline.trailer",
                    list = word(if kind == TrailerKind::Actions {
                        "outline.action-list"
                    } else {
                        "outline.decision-list"
                    }),
                    rows = rows.len(),
                    first = line(first.span.start()),
                    last = line(last.span.start())
                ),
            );
        }
    }
    if let Some(n) = &doc.next_meeting {
        put(
            &mut o,
            lang,
            msg!("outline.next-meeting", line = line(n.start())),
        );
    }
    let speakers = cx.refs.iter().filter(|r| r.speaks).count();
    put(&mut o, lang, msg!("outline.speakers", speakers = speakers));
    for note in cx.notes() {
        put(
            &mut o,
            lang,
            msg!("outline.not-checked", note = note.clone()),
        );
    }
    o
}

/// One line of the outline.
fn put(o: &mut String, lang: Lang, m: Message) {
    o.push_str(&m.render(lang));
    o.push('\n');
}

fn chair_line(
    doc: &Document,
    people: &People,
    text: &str,
    line: &dyn Fn(usize) -> usize,
) -> Message {
    if let Some(i) = people.chair(doc) {
        let p = &people.persons[i];
        let (how, at) = p
            .sources
            .iter()
            .find_map(|(s, sp)| match s {
                crate::people::Source::Field(FieldKind::Chair) => {
                    Some(("outline.chair-from-field", sp))
                }
                crate::people::Source::Entry(..) => Some(("outline.chair-from-list", sp)),
                _ => None,
            })
            .unwrap_or(("outline.chair-from-roster", &p.sources[0].1));
        return msg!(
            "outline.chair",
            name = p.name.display.to_string(),
            from = word(how),
            line = line(at.start())
        );
    }
    if let Some((sp, _)) = &people.opening_chair {
        return msg!(
            "outline.chair",
            name = crate::people::squash(text.get(sp.range()).unwrap_or("")),
            from = word("outline.chair-from-opening"),
            line = line(sp.start())
        );
    }
    msg!("outline.no-chair")
}

fn item_line(
    o: &mut String,
    item: &Item,
    parent: Option<&Item>,
    text: &str,
    line: &dyn Fn(usize) -> usize,
    depth: usize,
    lang: Lang,
) {
    let asks = crate::model::decisions::asks_for_decision(item, parent);
    let decided = crate::model::decisions::records_outcome(item, text, &[]);
    let label = if item.label.is_empty() {
        "-".to_string()
    } else {
        item.label.trim_end_matches('.').to_string()
    };
    let _ = writeln!(
        o,
        "{}{} {} ({}){}",
        "  ".repeat(depth),
        label,
        item.title,
        msg!("outline.line", line = line(item.heading.start())).render(lang),
        match (asks, decided) {
            (true, true) => format!(" [{}]", lang.text("outline.asks-decided")),
            (true, false) => format!(" [{}]", lang.text("outline.asks-undecided")),
            (false, true) => format!(" [{}]", lang.text("outline.decided")),
            (false, false) => String::new(),
        }
    );
}

fn list_id(kind: ListKind) -> &'static str {
    match kind {
        ListKind::Present => "outline.present",
        ListKind::Absent => "outline.absent",
        ListKind::AbsentNotified => "outline.absent-notified",
        ListKind::Guests => "outline.guests",
    }
}

fn role_id(role: Role) -> &'static str {
    match role {
        Role::Chair => "outline.role-chair",
        Role::Secretary => "outline.role-secretary",
        Role::MinuteTaker => "outline.role-minutes",
        Role::Clerk => "outline.role-clerk",
    }
}

fn date_source_id(src: DateSource) -> &'static str {
    match src {
        DateSource::Field => "outline.date-from-field",
        DateSource::Title => "outline.date-from-title",
        DateSource::Header => "outline.date-from-header",
        DateSource::Opening => "outline.date-from-opening",
    }
}

fn format_id(format: Format) -> &'static str {
    match format {
        Format::Text => "format.text",
        Format::Markdown => "format.markdown",
        Format::Docx => "format.docx",
        Format::Odt => "format.odt",
        Format::Html => "format.html",
        Format::Pdf => "format.pdf",
    }
}
