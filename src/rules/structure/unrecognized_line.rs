//! `structure/unrecognized-line`: a line the grammar could only take as fallback.

use crate::finding::{Finding, Severity};
use crate::model::Document;
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it finds
    /// A line that fits no construct of minutes: no header field, item, list or text, such
    /// as a row of dashes or stray symbols left by a conversion. A hint only.
    ///
    /// ## Why it matters
    /// Such lines are usually residue of copying from a word processor and look untidy in
    /// the published document.
    ///
    /// ## Example
    /// ```text
    /// ----------------
    /// ```
    ///
    /// ## How to fix
    /// Remove the line, or turn it into text.
    pub struct UnrecognizedLine => "structure/unrecognized-line", Severity::Info, label: "unrecognized-line.label";
}

impl Rule for UnrecognizedLine {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for span in &doc.unrecognized {
            let text = cx.slice(span).trim();
            let shown: String = text.chars().take(30).collect();
            out.push(
                Finding::at(
                    self,
                    span.trim(cx.text),
                    msg!("unrecognized-line.message", line = shown),
                )
                .help(msg!("unrecognized-line.help")),
            );
        }
    }
}
