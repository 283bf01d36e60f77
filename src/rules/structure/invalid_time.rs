//! `structure/invalid-time`: a time that cannot be read, or a meeting that ends before it starts.

use crate::finding::{Finding, Severity};
use crate::messages::Message;
use crate::model::{Document, FieldKind, Span};
use crate::nl::dates::{check_times, TimeProblem};
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

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
    pub struct InvalidTime => "structure/invalid-time", Severity::Error, label: "invalid-time.label", nl: include_str!("invalid_time.nl.md");
}

impl Rule for InvalidTime {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let mut spans: Vec<Span> = doc
            .fields
            .iter()
            .filter(|f| f.kind == FieldKind::Time)
            .map(|f| f.value)
            .collect();
        spans.extend(cx.paragraphs.iter().map(|p| p.span));
        for span in spans {
            let text = cx.slice(&span);
            // Every date and time this rule reads has a digit in it.
            if !crate::nl::dates::has_digit(text) {
                continue;
            }
            for issue in check_times(text) {
                let at = span.sub(cx.text, issue.range.clone());
                let (message, help) = describe(&issue.problem);
                out.push(Finding::at(self, at, message).help(help));
            }
        }
    }
}

/// The message and the help for a time problem.
fn describe(problem: &TimeProblem) -> (Message, Message) {
    match problem {
        TimeProblem::HourPast24 { written } => (
            msg!("invalid-time.hour", time = written),
            msg!("invalid-time.hour-help"),
        ),
        TimeProblem::MinutesPast59 { written } => (
            msg!("invalid-time.minutes", time = written),
            msg!("invalid-time.minutes-help"),
        ),
        TimeProblem::PastEndOfDay { written, separator } => (
            msg!(
                "invalid-time.past-end",
                time = written,
                separator = separator.to_string()
            ),
            msg!("invalid-time.time-help"),
        ),
        TimeProblem::EndsBeforeStart { written } => (
            msg!("invalid-time.ends-before-start", time = written),
            msg!("invalid-time.ends-before-start-help"),
        ),
    }
}
