//! Dutch dates and times: recognition and validity checks shared by the date and time rules.
//!
//! Both checks scan the text once with a hand-written cursor. From each candidate (a weekday
//! word or a run of digits) they look ahead a bounded number of tokens, so the work is linear in
//! the length of the text, and they allocate only for the issues they return.
//!
//! Recognition leans towards silence: a secretary stops reading a linter that calls `4.75` in
//! `punt 4.75` a bad time. What is recognised, and why, is noted at each part below.
//!
//! Known limits:
//! - Two-digit years (`9-7-'18`, `09-07-18`) are read as 2000–2069 for `00`–`69` and as
//!   1970–1999 for `70`–`99`.
//! - Four-digit years must lie in 1000–2999; other four-digit figures are not taken as years.
//! - Dates are day-month-year (ISO `2018-07-09` aside); `juli 9, 2018` is not read.
//! - A date range (`9-10 juli 2018`) is checked day by day but never against a weekday. A
//!   weekday after the date counts only in brackets (`12 maart 2019 (dinsdag)`).
//! - A misspelt month (`9 julli 2018`) is only recognised with a year.
//! - A single time needs a sign that it is a clock time: `om`, `aanvang` and the like, `uur` at
//!   the start of the text or after `van`/`tot`, or standing alone (a header value). So
//!   `De wachttijd bedroeg 1.75 uur` stays quiet, and so does `Het duurde 27.45 uur`.
//! - A range from the evening into the morning (`23.00 - 07.00 uur`) is taken to cross midnight.
//! - A closing time in running text (`om 21.00 uur`) is only checked on its own; comparing it
//!   with the start time in the header needs the whole document and is left to the caller.
//!
//! The engine names problems, not messages: [`check_dates`] returns [`DateProblem`]s and
//! [`check_times`] [`TimeProblem`]s, and the rules `structure/invalid-date` and
//! `structure/invalid-time` word them. The Dutch words it knows are data (`words.rs`).

mod date;
mod date_check;
mod figure;
mod file_name;
mod scan;
mod time;
mod weekday;
mod words;

#[cfg(test)]
mod tests;

use std::ops::Range;

pub use date_check::{check_dates, find_dates};
pub use file_name::date_in_name;
pub use time::check_times;

/// Whether `text` holds an ASCII digit: every date and time the checks read has one, so text
/// without is skipped.
pub fn has_digit(text: &str) -> bool {
    crate::nl::tokens::any_byte(text.as_bytes(), |b| b.is_ascii_digit())
}

/// A month of the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month(u32);

impl Month {
    /// The month with this number (1 is januari), if there is one.
    pub fn new(number: u32) -> Option<Month> {
        (1..=12).contains(&number).then_some(Month(number))
    }

    /// The month's number, 1 (januari) to 12 (december).
    pub fn number(self) -> u32 {
        self.0
    }

    /// The Dutch name, in lower case (`juli`).
    pub fn name(self) -> &'static str {
        let index = self.0 as usize - 1;
        words::words().months.get(index).copied().unwrap_or("")
    }
}

/// The Dutch month names in lower case, `januari` first (`data/months.txt`).
pub fn month_names() -> &'static [&'static str] {
    &words::words().months
}

/// The Dutch weekday names in lower case, `maandag` first (`data/weekdays.txt`).
pub fn weekday_names() -> &'static [&'static str] {
    &words::words().weekdays
}

/// A day of the week, counted from maandag (0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weekday(usize);

impl Weekday {
    /// The Dutch name, in lower case (`donderdag`).
    pub fn name(self) -> &'static str {
        words::words().weekdays.get(self.0).copied().unwrap_or("")
    }
}

/// A date that cannot be right, with the byte range of the expression at fault in the text
/// that was checked (on char boundaries).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateIssue {
    /// Byte range of the date (with its weekday, for a weekday mismatch).
    pub range: Range<usize>,
    /// What is wrong.
    pub problem: DateProblem,
}

/// Why a date cannot be right. `written` is the date as it stands in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateProblem {
    /// A word in the month's place that is no Dutch month, with a year that makes the date
    /// clear (`9 julli 2018`); `guess` is the month meant, when only one is that close.
    UnknownMonth {
        /// The date as written.
        written: String,
        /// The word in the month's place (`julli`).
        word: String,
        /// The month it is a near miss of, when only one is that close.
        guess: Option<Month>,
    },
    /// A numeric date whose month is not 1–12 (`13/13/2020`, `06-28-2018`).
    NoSuchMonth {
        /// The date as written.
        written: String,
        /// The month number as written.
        month: u32,
        /// The date written with day and month swapped, when that is a real date
        /// (`28-06-2018` for `06-28-2018`).
        swapped: Option<String>,
    },
    /// Day 0 (`00-07-2018`, `0 juni 2018`).
    DayZero {
        /// The date as written.
        written: String,
    },
    /// A day past the end of its month (`31 juni 2018`, `29 februari 2018`).
    NoSuchDay {
        /// The date as written.
        written: String,
        /// The day, past the month's end (in a range, the first such day).
        day: u32,
        /// The month.
        month: Month,
        /// The year, when one is written.
        year: Option<i32>,
        /// How many days the month has (that year; 29 for februari without one).
        days: u32,
    },
    /// A weekday that is not the weekday of the date (`dinsdag 13 september 2018`).
    WeekdayMismatch {
        /// The date as written, without its weekday.
        date: String,
        /// The weekday written with it.
        written: Weekday,
        /// The date's real weekday.
        actual: Weekday,
        /// The weekday and date as written, with the real weekday in the writer's form and
        /// capitals (`Do. 13 sept. 2018` for `Di. 13 sept. 2018`).
        corrected: String,
    },
}

/// A time that cannot be right, with the byte range of the expression at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimeIssue {
    /// Byte range of the time, or of the whole range for [`TimeProblem::EndsBeforeStart`].
    pub range: Range<usize>,
    /// What is wrong.
    pub problem: TimeProblem,
}

/// Why a time cannot be right. `written` is the time (or range) as it stands in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimeProblem {
    /// The hour is past 24 (`27.45`).
    HourPast24 {
        /// The time as written.
        written: String,
    },
    /// The minutes are past 59 (`13:64`).
    MinutesPast59 {
        /// The time as written.
        written: String,
    },
    /// A time after 24:00 written with hour 24 (`24:30`).
    PastEndOfDay {
        /// The time as written.
        written: String,
        /// The character written between hour and minutes (`.`, `:` or `u`).
        separator: char,
    },
    /// A range that ends before it starts (`21.45 uur - 20.30 uur`).
    EndsBeforeStart {
        /// The range as written.
        written: String,
    },
}
