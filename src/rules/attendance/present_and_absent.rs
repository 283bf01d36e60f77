//! `attendance/present-and-absent`: one person on the present list and on an absent list.

use super::list_word;
use crate::finding::{Finding, Severity};
use crate::model::{Document, ListKind};
use crate::people::Source;
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it finds
    /// A person who is on the present list and also on an absent list (`Afwezig`,
    /// `Afwezig met kennisgeving`).
    ///
    /// ## Why it matters
    /// Attendance is part of the formal record: it decides the quorum and who shares
    /// responsibility for the decisions. One of the two entries is wrong.
    ///
    /// ## Example
    /// ```text
    /// Aanwezig  S. Schelberg, G.J. Kok, A. Raven
    /// Afwezig   O. van Veldhuizen, G.J. Kok
    /// ```
    /// Corrected (Kok was absent):
    /// ```text
    /// Aanwezig  S. Schelberg, A. Raven
    /// Afwezig   O. van Veldhuizen, G.J. Kok
    /// ```
    ///
    /// ## How to fix
    /// Check who was there and remove the person from the list where they do not belong.
    ///
    /// ## Known limits
    /// Someone who left during the meeting is better written as present with an annotation
    /// (`(vanaf punt 3)`, `(afwezig bij punt 5)`); such annotations are not absences.
    pub struct PresentAndAbsent => "attendance/present-and-absent", Severity::Error, label: "present-and-absent.label", nl: include_str!("present_and_absent.nl.md");
}

impl Rule for PresentAndAbsent {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for person in &cx.people.persons {
            let present = person.sources.iter().find_map(|(s, sp)| match s {
                Source::Entry(l, _) if doc.lists[*l].kind == ListKind::Present => Some(*sp),
                _ => None,
            });
            let absent = person.sources.iter().find_map(|(s, sp)| match s {
                Source::Entry(l, _) if doc.lists[*l].kind.is_absent() => {
                    Some((*sp, doc.lists[*l].kind))
                }
                _ => None,
            });
            if let (Some(p), Some((a, kind))) = (present, absent) {
                let name = cx.slice(&a).trim().to_string();
                out.push(
                    Finding::at(self, a, msg!("present-and-absent.message", name = &name))
                        .subject(&name)
                        .related(p, msg!("present-and-absent.listed-present"))
                        .help(msg!(
                            "present-and-absent.help",
                            name = &name,
                            list = list_word(kind)
                        )),
                );
            }
        }
    }
}
