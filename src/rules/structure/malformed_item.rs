//! `structure/malformed-item`: an item row that differs from its siblings' form.

use crate::finding::{Finding, Severity};
use crate::model::{Document, ItemForm};
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it finds
    /// An agenda item written differently from the other items: in a table export, a row
    /// that lost its tab (`F Rondvraag + Sluiting` among `A<TAB>...` rows). A hint only.
    ///
    /// ## Why it matters
    /// In the published table the item falls out of its column and may be missed.
    ///
    /// ## Example
    /// ```text
    /// E	<p>Ter besluitvorming</p>
    /// F Rondvraag + Sluiting
    /// ```
    /// Corrected:
    /// ```text
    /// F	<p>Rondvraag + Sluiting</p>
    /// ```
    ///
    /// ## How to fix
    /// Write the item in the same form as the others.
    pub struct MalformedItem => "structure/malformed-item", Severity::Info, label: "malformed-item.label", nl: include_str!("malformed_item.nl.md");
}

impl Rule for MalformedItem {
    fn check(&self, doc: &Document, _cx: &Context<'_>, out: &mut Vec<Finding>) {
        let rows = doc
            .items
            .iter()
            .filter(|i| i.form == ItemForm::TableRow)
            .count();
        for item in doc.items.iter().filter(|i| i.form == ItemForm::UntabbedRow) {
            if rows > 0 {
                out.push(
                    Finding::at(
                        self,
                        item.label_span,
                        msg!(
                            "malformed-item.message",
                            label = &item.label,
                            title = &item.title
                        ),
                    )
                    .subject(&item.label)
                    .help(msg!("malformed-item.help")),
                );
            }
        }
    }
}
