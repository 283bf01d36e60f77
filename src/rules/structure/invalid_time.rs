//! `structure/invalid-time`: a time that cannot be read, or a meeting that ends before it starts.

use crate::datetime::check_times;
use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::model::{Document, FieldKind, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it finds
    /// A time that cannot exist (`27.45 uur`, `13:64`) or a meeting time that ends before it
    /// starts (`21.45 uur - 20.30 uur`, `van 21.15 tot 20.00 uur`).
    ///
    /// ## Why it matters
    /// The time of a meeting is part of its formal record; an impossible time is a typing
    /// error that readers cannot correct themselves.
    ///
    /// ## Example
    /// ```text
    /// Tijdstip: 21.45 uur - 20.30 uur
    /// ```
    /// Corrected:
    /// ```text
    /// Tijdstip: 19.45 uur - 21.30 uur
    /// ```
    ///
    /// ## How to fix
    /// Correct the start or the end time.
    ///
    /// ## Known limits
    /// A lone number such as `11.45` in running text is only read as a time with `uur` or a
    /// word such as `om` or `aanvang`, so amounts and section numbers are left alone.
    pub struct InvalidTime => "structure/invalid-time", Severity::Error, label: "invalid-time.label";
}

impl Rule for InvalidTime {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let mut spans: Vec<Span> = doc
            .fields
            .iter()
            .filter(|f| f.kind == FieldKind::Time)
            .map(|f| f.value.clone())
            .collect();
        spans.extend(doc.all_paragraphs().into_iter().map(|p| p.span.clone()));
        for span in spans {
            let text = cx.slice(&span);
            // Every date and time this rule reads has a digit in it.
            if !text.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            for issue in check_times(text) {
                let at = span.sub(cx.text, issue.range.clone());
                out.push(Finding::at(self, at, issue.message).help(issue.help));
            }
        }
    }
}
