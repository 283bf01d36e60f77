//! Weekdays written with a date (`dinsdag 13 september 2018`, `12-03-2019 (di.)`), and
//! whether they match it.

use std::ops::Range;

use jiff::civil::Date;

use super::date::FoundDate;
use super::scan::{char_at, skip_spaces, word_end};
use super::words::{in_list, words};
use super::{DateIssue, DateProblem, Weekday};

/// A weekday written with a date, before it or in brackets after it.
pub(super) struct WrittenWeekday {
    /// Where the weekday starts.
    pub start: usize,
    /// End of the weekday itself, before a day part (`avond`) or dot.
    name_end: usize,
    index: usize,
    abbreviated: bool,
}

/// A weekday word, full (also with a day part: `dinsdagavond`) or abbreviated, as
/// (index from maandag, length of the weekday itself, abbreviated).
fn weekday_word(word: &str) -> Option<(usize, usize, bool)> {
    let words = words();
    if let Some(i) = words
        .weekday_abbreviations
        .iter()
        .position(|a| a.eq_ignore_ascii_case(word))
    {
        return Some((i, word.len(), true));
    }
    let i = words.weekdays.iter().position(|w| {
        word.get(..w.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(w))
            && word
                .get(w.len()..)
                .is_some_and(|rest| rest.is_empty() || in_list(rest, &words.day_parts))
    })?;
    Some((i, words.weekdays[i].len(), false))
}

/// Reads a weekday in the word `start..stop` and returns it with where its date should begin.
pub(super) fn weekday_at(text: &str, start: usize, stop: usize) -> Option<(WrittenWeekday, usize)> {
    let word = text.get(start..stop)?;
    let (index, name_len, abbreviated) = weekday_word(word)?;
    let mut pos = stop;
    let mut punctuated = false;
    if abbreviated && char_at(text, pos) == Some('.') {
        pos += 1;
        punctuated = true;
    }
    let mut comma = false;
    if char_at(text, pos) == Some(',') {
        pos += 1;
        punctuated = true;
        comma = true;
    }
    let after = skip_spaces(text, pos);
    if after == pos && !comma {
        return None;
    }
    if abbreviated
        && !punctuated
        && in_list(word, &words().everyday_weekday_abbreviations)
        && !text
            .get(..start)
            .is_some_and(|head| head.trim_end().is_empty())
    {
        return None;
    }
    Some((
        WrittenWeekday {
            start,
            name_end: start + name_len,
            index,
            abbreviated,
        },
        after,
    ))
}

/// The right weekday, in the form and capitalisation the writer used.
fn respell_weekday(written: &str, index: usize, abbreviated: bool) -> String {
    let words = words();
    let list = if abbreviated {
        &words.weekday_abbreviations
    } else {
        &words.weekdays
    };
    let base = list.get(index).copied().unwrap_or("");
    let mut letters = written.chars().filter(|c| c.is_alphabetic());
    let first_upper = letters.next().is_some_and(char::is_uppercase);
    let rest_upper = letters.all(char::is_uppercase);
    if first_upper && rest_upper && written.chars().count() > 1 {
        base.to_uppercase()
    } else if first_upper {
        let mut s = base.to_string();
        s[..1].make_ascii_uppercase();
        s
    } else {
        base.to_string()
    }
}

/// A weekday in brackets after the date: `12 maart 2019 (dinsdag)`. Only in brackets: after a
/// comma the weekday often starts something else (`per 1 maart 2019, maandag t/m vrijdag`).
pub(super) fn weekday_after(text: &str, pos: usize) -> Option<(WrittenWeekday, usize)> {
    let open = skip_spaces(text, pos);
    if char_at(text, open) != Some('(') {
        return None;
    }
    let start = skip_spaces(text, open + 1);
    let stop = word_end(text, start);
    let (index, name_len, abbreviated) = weekday_word(text.get(start..stop)?)?;
    let mut end = stop;
    if abbreviated && char_at(text, end) == Some('.') {
        end += 1;
    }
    let close = skip_spaces(text, end);
    if char_at(text, close) != Some(')') {
        return None;
    }
    let weekday = WrittenWeekday {
        start,
        name_end: start + name_len,
        index,
        abbreviated,
    };
    Some((weekday, close + 1))
}

/// The issue when `weekday` is not the weekday of `date`; `range` covers both as written.
pub(super) fn weekday_mismatch(
    text: &str,
    weekday: &WrittenWeekday,
    date: &FoundDate,
    range: Range<usize>,
) -> Option<DateIssue> {
    if date.range_start.is_some() {
        return None;
    }
    let year = i16::try_from(date.year?).ok()?;
    let real = Date::new(
        year,
        i8::try_from(date.month).ok()?,
        i8::try_from(date.day).ok()?,
    )
    .ok()?;
    let actual = usize::try_from(real.weekday().to_monday_zero_offset()).ok()?;
    if actual == weekday.index {
        return None;
    }
    let written_date = text.get(date.span.clone())?;
    let written_weekday = text.get(weekday.start..weekday.name_end)?;
    let before = text.get(range.start..weekday.start)?;
    let after = text.get(weekday.name_end..range.end)?;
    let right = respell_weekday(written_weekday, actual, weekday.abbreviated);
    Some(DateIssue {
        range,
        problem: DateProblem::WeekdayMismatch {
            date: written_date.to_string(),
            written: Weekday(weekday.index),
            actual: Weekday(actual),
            corrected: format!("{before}{right}{after}"),
        },
    })
}
