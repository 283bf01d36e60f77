//! `structure/invalid-date`: a date that cannot exist, or a weekday that does not match.

use crate::finding::{Finding, Severity};
use crate::messages::Message;
use crate::model::{Document, FieldKind, Span};
use crate::nl::dates::{check_dates, DateProblem};
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

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
        let mut spans: Vec<Span> = cx.prose.clone();
        spans.extend(
            doc.fields
                .iter()
                .filter(|f| f.kind == FieldKind::Date)
                .map(|f| f.value),
        );
        for span in spans {
            let text = cx.slice(&span);
            // Every date and time this rule reads has a digit in it.
            if !crate::nl::dates::has_digit(text) {
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
fn describe(problem: &DateProblem) -> (Message, Message) {
    match problem {
        DateProblem::UnknownMonth {
            written,
            word,
            guess,
        } => (
            msg!("invalid-date.unknown-month", date = written, word = word),
            match guess {
                Some(month) => msg!("invalid-date.unknown-month-help", month = month.name()),
                None => msg!("invalid-date.month-in-full-help"),
            },
        ),
        DateProblem::NoSuchMonth {
            written,
            month,
            swapped,
        } => (
            msg!(
                "invalid-date.no-such-month",
                date = written,
                month = month.to_string()
            ),
            match swapped {
                Some(s) => msg!("invalid-date.swap-help", date = s),
                None => msg!("invalid-date.day-or-month-help"),
            },
        ),
        DateProblem::DayZero { written } => (
            msg!("invalid-date.day-zero", date = written),
            msg!("invalid-date.day-help"),
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
                Some(year) if februari && *day == 29 => {
                    msg!("invalid-date.no-leap-year", year = year.to_string())
                }
                Some(year) if februari => msg!(
                    "invalid-date.days-in-year",
                    month = month.name(),
                    year = year.to_string(),
                    days = *days
                ),
                None if februari => msg!("invalid-date.at-most-29", month = month.name()),
                _ => msg!("invalid-date.days-in", month = month.name(), days = *days),
            };
            (
                msg!("invalid-date.no-such-day", date = written, reason = reason),
                msg!("invalid-date.day-or-month-help"),
            )
        }
        DateProblem::WeekdayMismatch {
            date,
            written,
            actual,
            corrected,
        } => (
            msg!(
                "invalid-date.weekday",
                date = date,
                actual = actual.name(),
                written = written.name()
            ),
            msg!("invalid-date.weekday-help", corrected = corrected),
        ),
    }
}
