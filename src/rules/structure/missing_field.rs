//! `structure/missing-field`: a required header field is absent or empty.

use crate::finding::{Finding, Severity};
use crate::messages::Message;
use crate::model::{Document, FieldKind, ListKind, Span};
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it finds
    /// A required header field that is missing or left empty. By default the date
    /// (`Datum`), the chair (`Voorzitter`, or a `(voorzitter)`/`(vz)` annotation on the
    /// present list) and the present list (`Aanwezig`) are required.
    ///
    /// ## Why it matters
    /// Minutes without a date, a chair or a list of those present are not a valid record
    /// of a meeting.
    ///
    /// ## Example
    /// ```text
    /// Datum:
    /// Voorzitter: D. Willems
    /// Aanwezig: D. Willems, T. Lansink
    /// ```
    /// Corrected:
    /// ```text
    /// Datum: 5 maart 2019
    /// ```
    ///
    /// ## How to fix
    /// Fill in the field, or add it to the header.
    ///
    /// ## Configuration
    /// `required-fields` in `notulint.toml` lists the fields to require (`datum`,
    /// `voorzitter`, `aanwezig`, `secretaris`, `tijd`, `locatie`, ...).
    pub struct MissingField => "structure/missing-field", Severity::Error, label: "missing-field.label", nl: include_str!("missing_field.nl.md");
}

impl Rule for MissingField {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let anchor = doc
            .title
            .or_else(|| doc.fields.first().map(|f| f.line))
            .or_else(|| {
                doc.lines
                    .iter()
                    .find(|l| !cx.slice(l).trim().is_empty())
                    .cloned()
            })
            .unwrap_or_default();
        // A field written but left empty is a slot the secretary forgot to fill, required or not
        // (`Voorzitter:` with nothing after it); an empty `Afwezig:` just means nobody was.
        let mut kinds: Vec<FieldKind> = cx.config.required_fields.clone();
        for f in &doc.fields {
            let forgotten = match f.kind {
                FieldKind::Date | FieldKind::Chair => f.value.is_empty(),
                FieldKind::Present => !doc
                    .lists_of(ListKind::Present)
                    .any(|l| !l.entries.is_empty()),
                _ => false,
            };
            if forgotten
                && !kinds.contains(&f.kind)
                && doc
                    .next_meeting
                    .as_ref()
                    .is_none_or(|n| f.line.start() < n.start())
            {
                kinds.push(f.kind);
            }
        }
        for &kind in &kinds {
            let field = doc.field(kind);
            let filled = match kind {
                FieldKind::Date => doc.meeting_date(cx.text).is_some(),
                FieldKind::Present => doc
                    .lists_of(ListKind::Present)
                    .any(|l| !l.entries.is_empty()),
                FieldKind::Chair => {
                    cx.people.chair(doc).is_some() || cx.people.chair_named_in_text()
                }
                _ => field.is_some_and(|f| !f.value.is_empty()),
            };
            if filled {
                continue;
            }
            let name = display(kind);
            let (at, message, help): (Span, Message, Message) = match (field, kind) {
                (Some(f), _) => (
                    f.key,
                    msg!("missing-field.empty", field = name),
                    msg!("missing-field.empty-help", field = name),
                ),
                (None, FieldKind::Date) => match &doc.file_date {
                    Some(d) => (
                        anchor,
                        msg!("missing-field.date-in-name", date = d.to_string()),
                        msg!("missing-field.date-in-name-help"),
                    ),
                    None => (
                        anchor,
                        msg!("missing-field.no-date"),
                        msg!("missing-field.no-date-help"),
                    ),
                },
                (None, FieldKind::Chair) => (
                    anchor,
                    msg!("missing-field.no-chair"),
                    msg!("missing-field.no-chair-help"),
                ),
                (None, FieldKind::Present) => (
                    anchor,
                    msg!("missing-field.no-present"),
                    msg!("missing-field.no-present-help"),
                ),
                (None, _) => (
                    anchor,
                    msg!("missing-field.missing", field = name),
                    msg!("missing-field.missing-help", field = name),
                ),
            };
            let mut f = Finding::at(self, at, message).subject(name).help(help);
            // The date is known, only not written where a reader sees it: a warning, so that
            // a repository dated by file names does not fail its checks on every file.
            if kind == FieldKind::Date && field.is_none() && doc.file_date.is_some() {
                f = f.at_most(Severity::Warning);
            }
            out.push(f);
        }
    }
}

/// The field as a secretary writes it.
fn display(kind: FieldKind) -> &'static str {
    match kind {
        FieldKind::Date => "Datum",
        FieldKind::Time => "Tijd",
        FieldKind::Chair => "Voorzitter",
        FieldKind::Secretary => "Secretaris",
        FieldKind::MinuteTaker => "Notulist",
        FieldKind::Clerk => "Griffier",
        FieldKind::Location => "Locatie",
        FieldKind::Status => "Status",
        FieldKind::Present => "Aanwezig",
        FieldKind::Absent => "Afwezig",
        FieldKind::AbsentNotified => "Afwezig met kennisgeving",
        FieldKind::Guests => "Gasten",
    }
}
