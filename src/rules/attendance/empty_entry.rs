//! `attendance/empty-entry`: an empty element in an attendance list.

use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::model::Document;
use crate::rules::{Context, Rule};

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
    pub struct EmptyEntry => "attendance/empty-entry", Severity::Warning;
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
                    Some(e) => format!(
                        "empty entry after {} in the {}",
                        cx.slice(&e.name_span),
                        list.kind.describe()
                    ),
                    None => format!("empty entry at the start of the {}", list.kind.describe()),
                };
                let subject = before.map_or(String::new(), |e| {
                    crate::people::squash(cx.slice(&e.name_span))
                });
                out.push(
                    Finding::at(self, at.clone(), message)
                        .subject(subject)
                        .help("remove the extra separator, or fill in the missing name"),
                );
            }
        }
    }
}
