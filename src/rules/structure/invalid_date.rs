//! `structure/invalid-date`: a date that cannot exist, or a weekday that does not match.

use crate::datetime::check_dates;
use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::model::{Document, FieldKind, Span};
use crate::rules::{Context, Rule};

declare_rule! {
    /// ## What it finds
    /// A date that does not exist (`31 juni 2018`, `29 februari 2018`, `13-13-2020`), a
    /// month that cannot be read (`9 julli 2018`), or a weekday that does not match the date
    /// (`dinsdag 13 september 2018`, which is a donderdag). Dutch month and weekday names,
    /// abbreviations and numeric forms (`09-07-2018`, `9-7-'18`) are read.
    ///
    /// ## Why it matters
    /// A wrong meeting date makes the minutes unreliable as a record, and a wrong date for
    /// the next meeting sends people to the wrong day.
    ///
    /// ## Example
    /// ```text
    /// Volgende vergadering: zaterdag 13 september 2016.
    /// ```
    /// Corrected:
    /// ```text
    /// Volgende vergadering: dinsdag 13 september 2016.
    /// ```
    ///
    /// ## How to fix
    /// Correct the day, the month or the weekday.
    ///
    /// ## Known limits
    /// A weekday without a year is not checked, since the year is unknown.
    pub struct InvalidDate => "structure/invalid-date", Severity::Error, label: "invalid-date.label";
}

impl Rule for InvalidDate {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let mut spans: Vec<Span> = doc.prose_spans();
        spans.extend(
            doc.fields
                .iter()
                .filter(|f| f.kind == FieldKind::Date)
                .map(|f| f.value.clone()),
        );
        for span in spans {
            let text = cx.slice(&span);
            // Every date and time this rule reads has a digit in it.
            if !text.bytes().any(|b| b.is_ascii_digit()) {
                continue;
            }
            for issue in check_dates(text) {
                let at = span.sub(cx.text, issue.range.clone());
                out.push(Finding::at(self, at, issue.message).help(issue.help));
            }
        }
    }
}
