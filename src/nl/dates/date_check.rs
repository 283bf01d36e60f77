//! Finding dates in a text and checking that they can exist, with their weekday.

use std::iter;
use std::ops::Range;

use super::date::{date_at, days_in_month, FoundDate, MonthSource};
use super::figure::{lead_before, LeadKind};
use super::scan::{char_at, char_before, clean_start, run_end, word_end};
use super::weekday::{weekday_after, weekday_at, weekday_mismatch};
use super::{DateIssue, DateProblem, Month};

/// The date with day and month swapped, as written (`06-28-2018` → `28-06-2018`), when that is
/// a real date: the likely slip of someone used to month-first order.
fn swapped(text: &str, date: &FoundDate) -> Option<String> {
    let MonthSource::Number { day, month } = &date.source else {
        return None;
    };
    if date.day == 0 || date.day > 12 || date.month == 0 {
        return None;
    }
    if date.month > days_in_month(date.day, date.year)? {
        return None;
    }
    let (a, b) = if day.start < month.start {
        (day, month)
    } else {
        (month, day)
    };
    Some(format!(
        "{}{}{}{}{}",
        text.get(date.span.start..a.start)?,
        text.get(b.clone())?,
        text.get(a.end..b.start)?,
        text.get(a.clone())?,
        text.get(b.end..date.span.end)?
    ))
}

/// Why the date cannot exist; `None` when it can, or when unsure.
fn date_problem(text: &str, date: &FoundDate) -> Option<DateProblem> {
    let written = text.get(date.span.clone())?.to_string();
    if let MonthSource::Misspelt { word, guess } = &date.source {
        return Some(DateProblem::UnknownMonth {
            written,
            word: text.get(word.clone())?.to_string(),
            guess: guess.and_then(Month::new),
        });
    }
    let Some(month) = Month::new(date.month) else {
        return Some(DateProblem::NoSuchMonth {
            written,
            month: date.month,
            swapped: swapped(text, date),
        });
    };
    let max = days_in_month(date.month, date.year)?;
    for day in date.range_start.into_iter().chain(iter::once(date.day)) {
        if day == 0 {
            // `0 juni` without a year is too odd to be sure it is meant as a date.
            date.year?;
            return Some(DateProblem::DayZero { written });
        }
        if day <= max {
            continue;
        }
        // `32 Jan` may be a count and a first name; only a full month name or a year makes
        // an impossible day surely a date.
        if date.year.is_none() && date.source != MonthSource::Name {
            return None;
        }
        return Some(DateProblem::NoSuchDay {
            written,
            day,
            month,
            year: date.year,
            days: max,
        });
    }
    None
}

fn date_issue(text: &str, date: &FoundDate) -> Option<DateIssue> {
    let problem = date_problem(text, date)?;
    Some(DateIssue {
        range: date.span.clone(),
        problem,
    })
}

/// Every date expression in `text`, valid or not, as byte ranges: `9 juli 2018`,
/// `09-07-2018`, `2018-07-09`, `3 maart`. A file number shaped like a date is left out.
pub fn find_dates(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut pos = 0;
    while let Some(c) = char_at(text, pos) {
        if c.is_ascii_digit() {
            let stop = run_end(text, pos, |c| c.is_ascii_digit());
            if clean_start(text, pos) {
                if let Some(date) = date_at(text, pos, false) {
                    let reference = matches!(date.source, MonthSource::Number { .. })
                        && lead_before(text, pos).kind == LeadKind::Figure;
                    if !reference {
                        found.push(date.span.clone());
                    }
                    pos = date.span.end.max(stop);
                    continue;
                }
            }
            pos = stop;
        } else {
            pos += c.len_utf8();
        }
    }
    found
}

/// Every date expression in `text` that cannot exist (31 juni 2018, 29 februari 2018, 32-01-2019, 13/13/2020)
/// or whose weekday does not match (`dinsdag 13 september 2018` when it is a donderdag).
pub fn check_dates(text: &str) -> Vec<DateIssue> {
    let mut issues = Vec::new();
    let mut pos = 0;
    while let Some(c) = char_at(text, pos) {
        if c.is_alphabetic() {
            let stop = word_end(text, pos);
            let weekday = if char_before(text, pos).is_some_and(char::is_alphanumeric) {
                None
            } else {
                weekday_at(text, pos, stop)
            };
            if let Some((weekday, date_start)) = weekday {
                if let Some(date) = date_at(text, date_start, true) {
                    let range = weekday.start..date.span.end;
                    let issue = date_issue(text, &date)
                        .or_else(|| weekday_mismatch(text, &weekday, &date, range));
                    issues.extend(issue);
                    pos = date.span.end;
                    continue;
                }
            }
            pos = stop;
        } else if c.is_ascii_digit() {
            let stop = run_end(text, pos, |c| c.is_ascii_digit());
            if clean_start(text, pos) {
                if let Some(date) = date_at(text, pos, false) {
                    // `kenmerk 2019-12-34`, `nr. 31-13-2019`: a file number shaped like a date.
                    let reference = matches!(date.source, MonthSource::Number { .. })
                        && lead_before(text, pos).kind == LeadKind::Figure;
                    let weekday = weekday_after(text, date.span.end);
                    if !reference {
                        let issue = date_issue(text, &date).or_else(|| {
                            let (weekday, end) = weekday.as_ref()?;
                            weekday_mismatch(text, weekday, &date, date.span.start..*end)
                        });
                        issues.extend(issue);
                    }
                    pos = weekday.map_or(date.span.end, |(_, end)| end);
                    continue;
                }
            }
            pos = stop;
        } else {
            pos += c.len_utf8();
        }
    }
    issues
}
