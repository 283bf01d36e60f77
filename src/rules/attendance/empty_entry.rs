//! `attendance/empty-entry`: an empty element in an attendance list.

use super::list_word;
use crate::finding::{Finding, Severity};
use crate::model::Document;
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it finds
    /// An empty element in an attendance list: two separators in a row (`J. Lucas,,`) or a
    /// separator at the end of the list.
    ///
    /// ## Why it matters
    /// An empty place in a list is usually a name that was deleted or never filled in.
    ///
    /// ## Example
    /// ```text
    /// Aanwezig: M. Koenders, J. Knol, J. Lucas,, P. Miltenburg
    /// ```
    /// Corrected:
    /// ```text
    /// Aanwezig: M. Koenders, J. Knol, J. Lucas, P. Miltenburg
    /// ```
    ///
    /// ## How to fix
    /// Remove the extra comma, or fill in the name that is missing.
    pub struct EmptyEntry => "attendance/empty-entry", Severity::Warning, label: "empty-entry.label", nl: include_str!("empty_entry.nl.md");
}

impl Rule for EmptyEntry {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for list in &doc.lists {
            for at in &list.empties {
                // Name the entry before the gap, so the secretary can find it in a long list.
                let before = list
                    .entries
                    .iter()
                    .rev()
                    .find(|e| e.span.end() <= at.start());
                let message = match before {
                    Some(e) => msg!(
                        "empty-entry.after",
                        name = cx.slice(&e.name_span),
                        list = list_word(list.kind)
                    ),
                    None => msg!("empty-entry.at-start", list = list_word(list.kind)),
                };
                let subject = before.map_or(String::new(), |e| {
                    crate::people::squash(cx.slice(&e.name_span))
                });
                out.push(
                    Finding::at(self, *at, message)
                        .subject(subject)
                        .help(msg!("empty-entry.help")),
                );
            }
        }
    }
}
