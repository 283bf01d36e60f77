//! `structure/invalid-date`: a date that cannot exist, or a weekday that does not match.

use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::model::{Document, FieldKind, Span};
use crate::nl::dates::{check_dates, DateProblem};
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
    pub struct InvalidDate => "structure/invalid-date", Severity::Error, label: "invalid-date.label", nl: include_str!("invalid_date.nl.md");
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
                let (message, help) = describe(&issue.problem);
                out.push(Finding::at(self, at, message).help(help));
            }
        }
    }
}

/// The message and the help for a date problem.
fn describe(problem: &DateProblem) -> (String, String) {
    match problem {
        DateProblem::UnknownMonth {
            written,
            word,
            guess,
        } => (
            format!("{written} cannot be read as a date: {word} is not a Dutch month"),
            match guess {
                Some(month) => format!("write the month as {}", month.name()),
                None => "write the month name in full".to_string(),
            },
        ),
        DateProblem::NoSuchMonth {
            written,
            month,
            swapped,
        } => (
            format!("{written} is not a valid date: there is no month {month}"),
            match swapped {
                Some(s) => format!("swap the day and the month: {s}"),
                None => "correct the day or the month".to_string(),
            },
        ),
        DateProblem::DayZero { written } => (
            format!("{written} does not exist: there is no day 0"),
            "correct the day".to_string(),
        ),
        DateProblem::NoSuchDay {
            written,
            day,
            month,
            year,
            days,
        } => {
            let februari = month.number() == 2;
            let reason = match year {
                Some(year) if februari && *day == 29 => format!("{year} is not a leap year"),
                Some(year) if februari => format!("{} {year} has {days} days", month.name()),
                None if februari => format!("{} has at most 29 days", month.name()),
                _ => format!("{} has {days} days", month.name()),
            };
            (
                format!("{written} does not exist: {reason}"),
                "correct the day or the month".to_string(),
            )
        }
        DateProblem::WeekdayMismatch {
            date,
            written,
            actual,
            corrected,
        } => (
            format!("{date} is a {}, not a {}", actual.name(), written.name()),
            format!("write {corrected}, or correct the date"),
        ),
    }
}
