//! `attendance/duplicate-person`: one person written twice in the same list.

use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::model::{Document, Entry};
use crate::people::squash;
use crate::rules::{Context, Rule};
use std::collections::HashMap;

declare_rule! {
    /// ## What it finds
    /// A name written twice, identically, in one attendance list.
    ///
    /// ## Why it matters
    /// A doubled name makes the list look careless, and it may hide the person who was
    /// meant to stand there: a second member who is now missing from the minutes.
    ///
    /// ## Example
    /// ```text
    /// Aanwezig: S. Schelberg, A. Gerritsen, R. Welten, S. Schelberg
    /// ```
    /// Corrected:
    /// ```text
    /// Aanwezig: S. Schelberg, A. Gerritsen, R. Welten
    /// ```
    ///
    /// ## How to fix
    /// Delete the second entry, or replace it with the person who was meant.
    ///
    /// ## Known limits
    /// Two spellings of one name (`A. van der Kolk` and `A. v.d. Kolk`) are reported by
    /// `attendance/near-duplicate-person` instead.
    pub struct DuplicatePerson => "attendance/duplicate-person", Severity::Error;
}

impl Rule for DuplicatePerson {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for list in &doc.lists {
            // Each written name with its first entry: linear however long the list is.
            let mut seen: HashMap<String, &Entry> = HashMap::new();
            for again in &list.entries {
                let written = squash(cx.slice(&again.name_span));
                if again.name.key.is_empty() {
                    continue;
                }
                let first = seen.get(&written).copied();
                seen.entry(written.clone()).or_insert(again);
                if let Some(first) = first {
                    out.push(
                        Finding::at(self, again.name_span.clone(), format!("{written} is listed twice on the {}", list.kind.describe()))
                            .subject(&written)
                            .related(first.name_span.clone(), "first listed here")
                            .help(format!("remove the second {written}, or write the name of the person who was meant")),
                    );
                }
            }
        }
    }
}
