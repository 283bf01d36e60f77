//! `attendance/officer-not-present`: the chair or secretary is not on the present list.

use crate::finding::{Finding, Severity};
use crate::messages::word;
use crate::model::{Document, FieldKind, ListKind};
use crate::people::Source;
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it finds
    /// A chair (`Voorzitter`) or secretary (`Secretaris`) named in the header who is not on
    /// the present list. An officer listed with a role annotation (`S. Schelberg (vz)`)
    /// counts as present.
    ///
    /// ## Why it matters
    /// Someone who chaired or minuted a meeting was there. Either the present list is
    /// incomplete or the header names the wrong person.
    ///
    /// ## Example
    /// ```text
    /// Voorzitter: L. Bakkali
    /// Aanwezig: E. Lekahena, I. Visser, L. Hulst
    /// ```
    /// Corrected:
    /// ```text
    /// Voorzitter: L. Bakkali
    /// Aanwezig: L. Bakkali, E. Lekahena, I. Visser, L. Hulst
    /// ```
    ///
    /// ## How to fix
    /// Add the officer to the present list, or correct the name in the header.
    pub struct OfficerNotPresent => "attendance/officer-not-present", Severity::Error, label: "officer-not-present.label", nl: include_str!("officer_not_present.nl.md");
}

impl Rule for OfficerNotPresent {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let Some(present) = doc.lists.iter().find(|l| {
            l.kind == ListKind::Present && l.entries.iter().any(|e| e.is_person(cx.text))
        }) else {
            return;
        };
        for (kind, role) in [
            (FieldKind::Chair, word("role.chair")),
            (FieldKind::Secretary, word("role.secretary")),
        ] {
            for person in &cx.people.persons {
                let Some((_, span)) = person
                    .sources
                    .iter()
                    .find(|(s, _)| *s == Source::Field(kind))
                else {
                    continue;
                };
                if person.on_list(doc, |k| k.is_attending()) {
                    continue;
                }
                let name = cx.slice(span).to_string();
                if !name.chars().any(char::is_uppercase) {
                    continue; // `Voorzitter: de burgemeester` names a role, not a person.
                }
                out.push(
                    Finding::at(
                        self,
                        *span,
                        msg!(
                            "officer-not-present.message",
                            name = &name,
                            role = role.clone()
                        ),
                    )
                    .subject(&name)
                    .related(present.key, msg!("officer-not-present.present-list"))
                    .help(msg!(
                        "officer-not-present.help",
                        name = &name,
                        role = role.clone()
                    )),
                );
            }
        }
    }
}
