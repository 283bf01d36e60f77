//! `structure/missing-field`: a required header field is absent or empty.

use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::model::{Document, FieldKind, ListKind, Role, Span};
use crate::rules::{Context, Rule};

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
    pub struct MissingField => "structure/missing-field", Severity::Error;
}

impl Rule for MissingField {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let anchor = doc
            .title
            .clone()
            .or_else(|| doc.fields.first().map(|f| f.line.clone()))
            .or_else(|| doc.lines.first().cloned())
            .unwrap_or_default();
        for &kind in &cx.config.required_fields {
            let field = doc.field(kind);
            let filled = match kind {
                FieldKind::Present => doc
                    .lists_of(ListKind::Present)
                    .any(|l| !l.entries.is_empty()),
                FieldKind::Chair => {
                    field.is_some_and(|f| !f.value.is_empty())
                        || doc
                            .lists
                            .iter()
                            .flat_map(|l| &l.entries)
                            .any(|e| e.role == Some(Role::Chair))
                }
                _ => field.is_some_and(|f| !f.value.is_empty()),
            };
            if filled {
                continue;
            }
            let name = display(kind);
            let (at, message): (Span, String) = match field {
                Some(f) => (f.key.clone(), format!("the required field {name} is empty")),
                None => (
                    anchor.clone(),
                    format!("the required field {name} is missing"),
                ),
            };
            out.push(Finding::at(self, at, message).help(format!("fill in {name} in the header")));
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
