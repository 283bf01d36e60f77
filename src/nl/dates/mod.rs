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

use std::iter;
use std::ops::Range;

use jiff::civil::Date;

/// One problem found in a piece of text. `range` is a byte range into the text that was passed in,
/// on char boundaries, covering the date or time expression at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateTimeIssue {
    /// Byte range of the faulty expression in the text given to the check.
    pub range: Range<usize>,
    /// One sentence, no closing full stop, quoting the expression as written.
    pub message: String,
    /// What to do about it, starting with a verb.
    pub help: String,
}

impl DateTimeIssue {
    fn new(range: Range<usize>, message: String, help: impl Into<String>) -> Self {
        DateTimeIssue {
            range,
            message,
            help: help.into(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Scanning primitives. Every position is a byte offset on a char boundary; every lookup goes
// through `get`, so a wrong offset yields `None` instead of a panic.
// ---------------------------------------------------------------------------------------------

fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|rest| rest.chars().next())
}

fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos).and_then(|head| head.chars().next_back())
}

/// A run of ASCII digits. The value saturates, so a thousand-digit run is just a big number.
#[derive(Debug, Clone, Copy)]
struct Number {
    start: usize,
    end: usize,
    value: u32,
}

impl Number {
    fn digits(&self) -> usize {
        self.end - self.start
    }
}

fn number_at(text: &str, pos: usize) -> Option<Number> {
    let rest = text.get(pos..)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return None;
    }
    let value = rest.bytes().take(digits).fold(0u32, |acc, b| {
        acc.saturating_mul(10).saturating_add(u32::from(b - b'0'))
    });
    Some(Number {
        start: pos,
        end: pos + digits,
        value,
    })
}

fn run_end(text: &str, pos: usize, keep: impl Fn(char) -> bool) -> usize {
    match text.get(pos..) {
        Some(rest) => pos + rest.find(|c: char| !keep(c)).unwrap_or(rest.len()),
        None => pos,
    }
}

fn word_end(text: &str, pos: usize) -> usize {
    run_end(text, pos, char::is_alphabetic)
}

/// Skips any whitespace, including the non-breaking and narrow spaces of Word exports.
fn skip_spaces(text: &str, pos: usize) -> usize {
    run_end(text, pos, char::is_whitespace)
}

fn word_at(text: &str, pos: usize) -> &str {
    text.get(pos..word_end(text, pos)).unwrap_or("")
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '`')
}

/// Characters that glue digits into one figure: `1.250`, `053-1234567`, `9/7`, `11:45`.
fn is_joiner(c: char) -> bool {
    matches!(c, '.' | ',' | ':' | '/') || is_dash(c)
}

/// A figure starting here is not the tail of a bigger one (`1.250`, `053-1234567`, `Q3`).
fn clean_start(text: &str, pos: usize) -> bool {
    match char_before(text, pos) {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some(c) if is_joiner(c) => {
            !char_before(text, pos - c.len_utf8()).is_some_and(|b| b.is_ascii_digit())
        }
        Some(_) => true,
    }
}

/// Nothing follows that would make the figure longer (`2018-2019`, `9.7.2018.1`, `2018a`).
fn clean_end(text: &str, pos: usize) -> bool {
    match char_at(text, pos) {
        None => true,
        Some(c) if c.is_alphanumeric() => false,
        Some(c) if is_joiner(c) => {
            !char_at(text, pos + c.len_utf8()).is_some_and(|n| n.is_ascii_digit())
        }
        Some(_) => true,
    }
}

/// The expression is all there is, apart from spacing and punctuation: a header value such as
/// `9 maar 2018` (from `Datum: 9 maar 2018`) or `19:30`, where the field says what it holds.
/// Only the gaps next to the expression are scanned, which keeps the whole check linear.
fn stands_alone(text: &str, range: &Range<usize>) -> bool {
    let (Some(head), Some(tail)) = (text.get(..range.start), text.get(range.end..)) else {
        return false;
    };
    let filler = |c: char| c.is_whitespace() || matches!(c, ':' | '(' | ')' | '.' | ',' | ';');
    head.trim_end_matches(filler).is_empty() && tail.trim_start_matches(filler).is_empty()
}

fn in_list(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

#[rustfmt::skip]
const MONTHS: [&str; 12] = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
];

/// Abbreviations as Dutch secretaries write them, with or without the dot; `mei` has none.
#[rustfmt::skip]
const MONTH_ABBREVIATIONS: [(&str, u32); 13] = [
    ("jan", 1), ("feb", 2), ("febr", 2), ("mrt", 3), ("apr", 4), ("jun", 6), ("jul", 7),
    ("aug", 8), ("sep", 9), ("sept", 9), ("okt", 10), ("nov", 11), ("dec", 12),
];

#[rustfmt::skip]
const WEEKDAYS: [&str; 7] = [
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
];

const WEEKDAY_ABBREVIATIONS: [&str; 7] = ["ma", "di", "wo", "do", "vr", "za", "zo"];

/// Abbreviations that are also everyday words (`ma`, the note `do`, and above all `zo`).
const AMBIGUOUS_WEEKDAY_ABBREVIATIONS: [&str; 3] = ["ma", "do", "zo"];

/// Parts of the day written onto the weekday: `dinsdagavond 13 september 2018`.
const DAY_PARTS: [&str; 5] = ["ochtend", "morgen", "middag", "avond", "nacht"];

/// Real words one letter away from a month name (`maar` from `maart`). In running text
/// `12 maar 2018` is most likely a sentence, so they only count as a misspelt month when the
/// date stands alone or follows a weekday.
const WORDS_NEAR_MONTHS: [&str; 5] = ["maar", "maat", "meid", "meis", "julia"];

#[derive(Debug, Clone, PartialEq, Eq)]
enum MonthSource {
    /// `juli`: certainly a month.
    Name,
    /// `jul.`, `Jan`: a month, unless it is a first name (`3 Jan Jansen`).
    Abbreviation,
    /// `09-07-2018`; the ranges of the day and month digits, to suggest swapping them.
    Number {
        day: Range<usize>,
        month: Range<usize>,
    },
    /// `julli`, with the month it most likely means when only one is close.
    Misspelt {
        word: Range<usize>,
        guess: Option<u32>,
    },
}

#[derive(Debug, Clone)]
struct FoundDate {
    span: Range<usize>,
    /// First day of a range such as `9-10 juli 2018`.
    range_start: Option<u32>,
    day: u32,
    /// As written; a numeric date may hold a month that does not exist.
    month: u32,
    year: Option<i32>,
    source: MonthSource,
}

fn month_name(month: u32) -> Option<&'static str> {
    MONTHS
        .get(usize::try_from(month).ok()?.checked_sub(1)?)
        .copied()
}

fn month_from_word(word: &str) -> Option<(u32, MonthSource)> {
    if let Some(i) = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(word)) {
        return Some((i as u32 + 1, MonthSource::Name));
    }
    MONTH_ABBREVIATIONS
        .iter()
        .find(|(a, _)| a.eq_ignore_ascii_case(word))
        .map(|&(_, m)| (m, MonthSource::Abbreviation))
}

/// `'18` is 2018 and `'85` is 1985: minutes rarely look back further than the seventies.
fn two_digit_year(yy: u32) -> i32 {
    let yy = yy as i32;
    if yy < 70 {
        2000 + yy
    } else {
        1900 + yy
    }
}

fn four_digit_year(n: &Number) -> Option<i32> {
    (n.digits() == 4 && (1000..=2999).contains(&n.value)).then_some(n.value as i32)
}

/// `'18` or `2018` after a month, returning the year and where it ends.
fn year_after(text: &str, pos: usize, needs_space: bool) -> Option<(i32, usize)> {
    let start = skip_spaces(text, pos);
    if start == pos && needs_space {
        return None;
    }
    let (year, end) = match char_at(text, start) {
        Some(q) if is_apostrophe(q) => {
            let n = number_at(text, start + q.len_utf8()).filter(|n| n.digits() == 2)?;
            (two_digit_year(n.value), n.end)
        }
        _ => {
            let n = number_at(text, start)?;
            (four_digit_year(&n)?, n.end)
        }
    };
    clean_end(text, end).then_some((year, end))
}

/// Numeric dates: `09-07-2018`, `9/7/2018`, `9.7.2018`, `9-7-'18`, `09-07-18` and ISO `2018-07-09`.
fn numeric_date_at(text: &str, pos: usize) -> Option<FoundDate> {
    let first = number_at(text, pos)?;
    let sep = char_at(text, first.end)?;
    if first.digits() == 4 {
        // ISO 8601 is the only year-first order in use.
        let year = four_digit_year(&first)?;
        if sep != '-' {
            return None;
        }
        let month = number_at(text, first.end + 1).filter(|n| n.digits() <= 2)?;
        if char_at(text, month.end) != Some('-') {
            return None;
        }
        let day = number_at(text, month.end + 1).filter(|n| n.digits() <= 2)?;
        if !clean_end(text, day.end) {
            return None;
        }
        return Some(FoundDate {
            span: pos..day.end,
            range_start: None,
            day: day.value,
            month: month.value,
            year: Some(year),
            source: MonthSource::Number {
                day: day.start..day.end,
                month: month.start..month.end,
            },
        });
    }
    if first.digits() > 2 || !matches!(sep, '-' | '/' | '.') {
        return None;
    }
    let month = number_at(text, first.end + 1).filter(|n| n.digits() <= 2)?;
    if char_at(text, month.end) != Some(sep) {
        return None;
    }
    let year_pos = month.end + 1;
    let (year, end) = match char_at(text, year_pos) {
        Some(q) if is_apostrophe(q) && sep != '.' => {
            let n = number_at(text, year_pos + q.len_utf8()).filter(|n| n.digits() == 2)?;
            (two_digit_year(n.value), n.end)
        }
        _ => {
            let n = number_at(text, year_pos)?;
            match n.digits() {
                4 => (four_digit_year(&n)?, n.end),
                // `09-07-18` only with a zero-padded day and month: `3-2-18` is as likely a
                // reference number. Dotted dates need the full year, or `4.2.18` would be a date.
                2 if sep != '.' && first.digits() == 2 && month.digits() == 2 => {
                    (two_digit_year(n.value), n.end)
                }
                _ => return None,
            }
        }
    };
    if !clean_end(text, end) {
        return None;
    }
    Some(FoundDate {
        span: pos..end,
        range_start: None,
        day: first.value,
        month: month.value,
        year: Some(year),
        source: MonthSource::Number {
            day: first.start..first.end,
            month: month.start..month.end,
        },
    })
}

/// Dates with a month name: `9 juli 2018`, `9 jul. '18`, `20 augustus`, `9-10 juli 2018`,
/// and, when a year makes the intent clear, a misspelt month (`9 julli 2018`).
fn textual_date_at(text: &str, pos: usize, after_weekday: bool) -> Option<FoundDate> {
    let first = number_at(text, pos).filter(|n| n.digits() <= 2)?;
    let mut day = first;
    let mut range_start = None;
    if let Some(dash) = char_at(text, first.end).filter(|&c| is_dash(c)) {
        if let Some(second) =
            number_at(text, first.end + dash.len_utf8()).filter(|n| n.digits() <= 2)
        {
            range_start = Some(first.value);
            day = second;
        }
    }
    let word_start = skip_spaces(text, day.end);
    if word_start == day.end {
        return None;
    }
    let word_stop = word_end(text, word_start);
    let word = text.get(word_start..word_stop)?;
    if word.is_empty() {
        return None;
    }
    // `juli2018` is no date, and `31 mei-activiteiten` is a compound, not a day.
    if let Some(c) = char_at(text, word_stop) {
        let compound =
            is_dash(c) && char_at(text, word_stop + c.len_utf8()).is_some_and(char::is_alphabetic);
        if c.is_ascii_digit() || compound {
            return None;
        }
    }
    if let Some((month, source)) = month_from_word(word) {
        let mut end = word_stop;
        let mut needs_space = true;
        if source == MonthSource::Abbreviation && char_at(text, end) == Some('.') {
            end += 1;
            needs_space = false;
        }
        let year = year_after(text, end, needs_space);
        if let Some((_, year_end)) = year {
            end = year_end;
        }
        return Some(FoundDate {
            span: pos..end,
            range_start,
            day: day.value,
            month,
            year: year.map(|(y, _)| y),
            source,
        });
    }
    // Not a month name: only a plausible day and a year make it a date with a misspelt month.
    let (year, end) = year_after(text, word_stop, true)?;
    if !(1..=31).contains(&day.value) {
        return None;
    }
    let guess = close_month(word)?;
    let span = pos..end;
    if in_list(word, &WORDS_NEAR_MONTHS) && !after_weekday && !stands_alone(text, &span) {
        return None;
    }
    Some(FoundDate {
        span,
        range_start,
        day: day.value,
        month: guess.unwrap_or(0),
        year: Some(year),
        source: MonthSource::Misspelt {
            word: word_start..word_stop,
            guess,
        },
    })
}

/// Whether `word` is a near miss of a Dutch month name (`julli`, `febuari`, `september` spelt
/// `septmber`), and which month, if only one is that close. `None` means not a near miss at all.
fn close_month(word: &str) -> Option<Option<u32>> {
    if !(4..=12).contains(&word.len()) || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut lower = [0u8; 12];
    for (dst, b) in lower.iter_mut().zip(word.bytes()) {
        *dst = b.to_ascii_lowercase();
    }
    let lower = &lower[..word.len()];
    let mut best: Option<(usize, u32, bool)> = None;
    for (i, name) in MONTHS.iter().enumerate() {
        // Misspellings keep the first letter; that rules out most unrelated words.
        if name.as_bytes().first() != lower.first() {
            continue;
        }
        let allowed = if name.len() <= 5 { 1 } else { 2 };
        let distance = edit_distance(lower, name.as_bytes());
        if distance > allowed {
            continue;
        }
        best = match best {
            Some((d, m, _)) if d < distance => Some((d, m, false)),
            Some((d, m, _)) if d == distance => Some((d, m, true)),
            _ => Some((distance, i as u32 + 1, false)),
        };
    }
    best.map(|(_, month, tied)| (!tied).then_some(month))
}

/// Optimal string alignment distance (edits plus swaps of neighbours) between two short ASCII
/// words, on the stack: both are at most 12 bytes here.
fn edit_distance(a: &[u8], b: &[u8]) -> usize {
    const N: usize = 13;
    if a.len() >= N || b.len() >= N {
        return usize::MAX;
    }
    let mut d = [[0usize; N]; N];
    for (i, row) in d.iter_mut().enumerate().take(a.len() + 1) {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate().take(b.len() + 1) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[a.len()][b.len()]
}

fn date_at(text: &str, pos: usize, after_weekday: bool) -> Option<FoundDate> {
    numeric_date_at(text, pos).or_else(|| textual_date_at(text, pos, after_weekday))
}

/// Days in `month`; without a year, februari gets 29 so that `29 februari` passes.
fn days_in_month(month: u32, year: Option<i32>) -> Option<u32> {
    let month = i8::try_from(month).ok()?;
    let year = match year {
        Some(y) => i16::try_from(y).ok()?,
        None => 2000,
    };
    let first = Date::new(year, month, 1).ok()?;
    u32::try_from(first.days_in_month()).ok()
}

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

/// Why the date cannot exist, as (message, help); `None` when it can, or when unsure.
fn date_problem(text: &str, date: &FoundDate) -> Option<(String, String)> {
    let written = text.get(date.span.clone())?;
    if let MonthSource::Misspelt { word, guess } = &date.source {
        let word = text.get(word.clone())?;
        let help = match guess.and_then(month_name) {
            Some(name) => format!("write the month as {name}"),
            None => "write the month name in full".to_string(),
        };
        return Some((
            format!("{written} cannot be read as a date: {word} is not a Dutch month"),
            help,
        ));
    }
    if !(1..=12).contains(&date.month) {
        let help = match swapped(text, date) {
            Some(s) => format!("swap the day and the month: {s}"),
            None => "correct the day or the month".to_string(),
        };
        return Some((
            format!(
                "{written} is not a valid date: there is no month {}",
                date.month
            ),
            help,
        ));
    }
    let name = month_name(date.month)?;
    let max = days_in_month(date.month, date.year)?;
    for day in date.range_start.into_iter().chain(iter::once(date.day)) {
        if day == 0 {
            // `0 juni` without a year is too odd to be sure it is meant as a date.
            date.year?;
            return Some((
                format!("{written} does not exist: there is no day 0"),
                "correct the day".to_string(),
            ));
        }
        if day <= max {
            continue;
        }
        // `32 Jan` may be a count and a first name; only a full month name or a year makes
        // an impossible day surely a date.
        if date.year.is_none() && date.source != MonthSource::Name {
            return None;
        }
        let reason = match date.year {
            Some(year) if date.month == 2 && day == 29 => format!("{year} is not a leap year"),
            Some(year) if date.month == 2 => format!("februari {year} has {max} days"),
            None if date.month == 2 => "februari has at most 29 days".to_string(),
            _ => format!("{name} has {max} days"),
        };
        return Some((
            format!("{written} does not exist: {reason}"),
            "correct the day or the month".to_string(),
        ));
    }
    None
}

/// A weekday written with a date, before it or in brackets after it.
struct WrittenWeekday {
    start: usize,
    /// End of the weekday itself, before a day part (`avond`) or dot.
    name_end: usize,
    index: usize,
    abbreviated: bool,
}

/// A weekday word, full (also with a day part: `dinsdagavond`) or abbreviated, as
/// (index from maandag, length of the weekday itself, abbreviated).
fn weekday_word(word: &str) -> Option<(usize, usize, bool)> {
    if let Some(i) = WEEKDAY_ABBREVIATIONS
        .iter()
        .position(|a| a.eq_ignore_ascii_case(word))
    {
        return Some((i, word.len(), true));
    }
    let i = WEEKDAYS.iter().position(|w| {
        word.get(..w.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(w))
            && word
                .get(w.len()..)
                .is_some_and(|rest| rest.is_empty() || in_list(rest, &DAY_PARTS))
    })?;
    Some((i, WEEKDAYS[i].len(), false))
}

/// Reads a weekday in the word `start..stop` and returns it with where its date should begin.
fn weekday_at(text: &str, start: usize, stop: usize) -> Option<(WrittenWeekday, usize)> {
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
        && in_list(word, &AMBIGUOUS_WEEKDAY_ABBREVIATIONS)
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
    let base = if abbreviated {
        WEEKDAY_ABBREVIATIONS[index]
    } else {
        WEEKDAYS[index]
    };
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
fn weekday_after(text: &str, pos: usize) -> Option<(WrittenWeekday, usize)> {
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
fn weekday_mismatch(
    text: &str,
    weekday: &WrittenWeekday,
    date: &FoundDate,
    range: Range<usize>,
) -> Option<DateTimeIssue> {
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
    Some(DateTimeIssue::new(
        range,
        format!(
            "{written_date} is a {}, not a {}",
            WEEKDAYS[actual], WEEKDAYS[weekday.index]
        ),
        format!("write {before}{right}{after}, or correct the date"),
    ))
}

fn date_issue(text: &str, date: &FoundDate) -> Option<DateTimeIssue> {
    let (message, help) = date_problem(text, date)?;
    Some(DateTimeIssue::new(date.span.clone(), message, help))
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
pub fn check_dates(text: &str) -> Vec<DateTimeIssue> {
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

// ---------------------------------------------------------------------------------------------
// Times
// ---------------------------------------------------------------------------------------------

/// Words after which a lone `11.45` is a clock time: `om 11.45`, `Aanvang: 19.30`.
#[rustfmt::skip]
const TIME_TRIGGERS: &[&str] = &[
    "om", "omstreeks", "rond", "rondom", "vanaf", "aanvang", "aanvangstijd", "begintijd",
    "starttijd", "eindtijd", "sluitingstijd", "einde", "sluiting", "tijdstip", "tijd",
];

/// Words after which a figure is a reference or a quantity, not a time or a date: section
/// numbers, file numbers, amounts, scores, scales.
#[rustfmt::skip]
const FIGURE_BEFORE: &[&str] = &[
    "art", "artikel", "punt", "agendapunt", "actiepunt", "hoofdstuk", "paragraaf", "par",
    "bijlage", "versie", "nr", "nummer", "no", "kenmerk", "zaaknummer", "dossiernummer",
    "registratienummer", "referentie", "ref", "factuur", "factuurnummer", "lid", "item",
    "pagina", "pag", "blz", "p", "sectie", "onderdeel", "tabel", "figuur", "fig", "stand",
    "uitslag", "score", "schaal", "verhouding", "ratio", "eur", "euro", "fl", "v", "zie",
];

/// Words after which `7.75 uur` is an amount of hours written with a decimal point.
/// Clock times such as `aanvangstijd` are triggers instead.
#[rustfmt::skip]
const DURATION_BEFORE: &[&str] = &[
    "duurt", "duurde", "duur", "gemiddeld", "ongeveer", "circa", "ca", "ruim", "bijna",
    "totaal", "maximaal", "minimaal", "max", "min", "extra", "nog", "slechts", "hooguit",
    "zeker", "reistijd", "spreektijd", "looptijd", "doorlooptijd", "wachttijd", "werktijd",
    "reactietijd", "aanrijtijd", "opkomsttijd", "inzet",
];

/// Words after which a figure is a quantity or a legal reference, not a time: `3.50 euro`,
/// `2.75 procent`, `artikel 10:63 Awb`.
#[rustfmt::skip]
const QUANTITY_AFTER: &[&str] = &[
    "euro", "eur", "procent", "pct", "promille", "miljoen", "mln", "miljard", "mld", "duizend",
    "keer", "maal", "kilo", "kg", "gram", "km", "kilometer", "m", "meter", "cm", "mm", "liter",
    "ha", "hectare", "ton", "jaar", "maand", "maanden", "week", "weken", "dag", "dagen",
    "punten", "fte", "uren", "min", "minuten", "seconden", "sec", "stuks", "personen", "mensen",
    "leden", "deelnemers", "kwh", "mwh", "awb", "bw", "sr", "sv", "rv",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ClockForm {
    /// `19.30`, the usual Dutch way.
    Dot,
    /// `19:30`.
    Colon,
    /// `19u30`, the Flemish way.
    Letter,
    /// `21` in `19.30 - 21 uur`: only taken as a time inside such a range.
    Bare,
}

#[derive(Debug, Clone, Copy)]
struct Clock {
    start: usize,
    end: usize,
    hour: u32,
    minute: u32,
    hour_digits: usize,
    form: ClockForm,
}

impl Clock {
    fn minutes_of_day(&self) -> u32 {
        self.hour * 60 + self.minute
    }
}

fn is_unit_word(word: &str) -> bool {
    word.eq_ignore_ascii_case("u") || word.eq_ignore_ascii_case("uur")
}

/// A time ends cleanly when no digit, letter (other than an attached `u`/`uur`) or further
/// decimal part follows: `11.45.30`, `1.250,00` and `4.12b` are not times. A dash may follow,
/// since it joins the two ends of a range.
fn time_ends_cleanly(text: &str, pos: usize, form: ClockForm) -> bool {
    match char_at(text, pos) {
        None => true,
        Some(c) if c.is_ascii_digit() => false,
        Some(c) if c.is_alphabetic() => {
            form != ClockForm::Letter && is_unit_word(word_at(text, pos))
        }
        Some('.' | ',' | ':' | '/') => !char_at(text, pos + 1).is_some_and(|n| n.is_ascii_digit()),
        Some(_) => true,
    }
}

fn clock_at(text: &str, pos: usize) -> Option<Clock> {
    let hour = number_at(text, pos).filter(|n| n.digits() <= 2)?;
    let form = match char_at(text, hour.end) {
        Some('.') => ClockForm::Dot,
        Some(':') => ClockForm::Colon,
        Some('u' | 'U') => ClockForm::Letter,
        _ => ClockForm::Bare,
    };
    let clock = |end, minute, form| Clock {
        start: pos,
        end,
        hour: hour.value,
        minute,
        hour_digits: hour.digits(),
        form,
    };
    if form != ClockForm::Bare {
        if let Some(minute) = number_at(text, hour.end + 1).filter(|n| n.digits() == 2) {
            let mut end = minute.end;
            // Seconds (`19:30:00`) come with some exports; they do not change the check.
            if form == ClockForm::Colon && char_at(text, end) == Some(':') {
                if let Some(seconds) = number_at(text, end + 1).filter(|n| n.digits() == 2) {
                    end = seconds.end;
                }
            }
            return time_ends_cleanly(text, end, form).then(|| clock(end, minute.value, form));
        }
        if form != ClockForm::Letter {
            // `4.2`, `2.5 miljoen`, `1.250`: a decimal or a section number.
            return None;
        }
    }
    time_ends_cleanly(text, hour.end, ClockForm::Bare).then(|| clock(hour.end, 0, ClockForm::Bare))
}

/// `uur`, `u` or `u.` after a time, attached or spaced; returns where it ends.
fn unit_after(text: &str, pos: usize) -> Option<usize> {
    let start = skip_spaces(text, pos);
    let end = word_end(text, start);
    let word = text.get(start..end)?;
    if word.eq_ignore_ascii_case("uur") {
        return Some(end);
    }
    if !word.eq_ignore_ascii_case("u") {
        return None;
    }
    if char_at(text, end) == Some('.') {
        return Some(end + 1);
    }
    if start == pos {
        return Some(end);
    }
    // A spaced `u` may be the pronoun (`om 11.45 u bent ...`) unless no word follows it.
    let next = skip_spaces(text, end);
    if char_at(text, next).is_some_and(char::is_alphabetic)
        && !word_at(text, next).eq_ignore_ascii_case("tot")
    {
        return None;
    }
    Some(end)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joiner {
    /// `-`, `–`, `—`.
    Dash,
    /// `tot`, `tot en met`, `t/m`.
    Until,
    /// `en`, only after `tussen`.
    And,
}

fn joiner_after(text: &str, pos: usize) -> Option<(Joiner, usize)> {
    let start = skip_spaces(text, pos);
    let c = char_at(text, start)?;
    if is_dash(c) {
        return Some((Joiner::Dash, start + c.len_utf8()));
    }
    if text
        .get(start..start + 3)
        .is_some_and(|s| s.eq_ignore_ascii_case("t/m"))
    {
        return Some((Joiner::Until, start + 3));
    }
    let end = word_end(text, start);
    let word = text.get(start..end)?;
    if word.eq_ignore_ascii_case("tot") {
        let en = skip_spaces(text, end);
        if word_at(text, en).eq_ignore_ascii_case("en") {
            let met = skip_spaces(text, word_end(text, en));
            if word_at(text, met).eq_ignore_ascii_case("met") {
                return Some((Joiner::Until, word_end(text, met)));
            }
        }
        return Some((Joiner::Until, end));
    }
    if word.eq_ignore_ascii_case("en") {
        return Some((Joiner::And, end));
    }
    None
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LeadKind {
    /// `om`, `aanvang`: a clock time follows.
    Trigger,
    Van,
    Tussen,
    /// `tot`: a clock time when `uur` follows (`tot 22.15 uur`), else often an amount.
    Until,
    /// `art.`, `nr.`, `€`: a reference or an amount follows.
    Figure,
    Duration,
    Other,
}

/// What comes just before a figure, and where that word starts.
#[derive(Debug, Clone, Copy)]
struct Lead {
    kind: LeadKind,
    start: usize,
}

/// Looks back over a little spacing, one `:` or `.` (`Aanvang: 20.00`, `art. 9.12`,
/// `ca. 7.75 uur`) and one word. The look-back is bounded so that each figure costs O(1).
fn lead_before(text: &str, pos: usize) -> Lead {
    const MAX_GAP: usize = 8;
    const MAX_WORD: usize = 24;
    let skip_back = |mut i: usize| {
        for _ in 0..MAX_GAP {
            match char_before(text, i) {
                Some(c) if c.is_whitespace() => i -= c.len_utf8(),
                _ => break,
            }
        }
        i
    };
    let other = Lead {
        kind: LeadKind::Other,
        start: pos,
    };
    let mut i = skip_back(pos);
    match char_before(text, i) {
        Some('€' | '$' | '£' | 'ƒ' | '§' | '#' | '±' | '+' | '=' | '≈' | '~' | '>' | '<') =>
        {
            return Lead {
                kind: LeadKind::Figure,
                start: i,
            };
        }
        Some(':' | '.') => i = skip_back(i - 1),
        _ => {}
    }
    let word_stop = i;
    for _ in 0..MAX_WORD {
        match char_before(text, i) {
            Some(c) if c.is_alphabetic() => i -= c.len_utf8(),
            _ => break,
        }
    }
    if i == word_stop || char_before(text, i).is_some_and(char::is_alphanumeric) {
        return other;
    }
    let Some(word) = text.get(i..word_stop) else {
        return other;
    };
    let kind = if word.eq_ignore_ascii_case("van") {
        LeadKind::Van
    } else if word.eq_ignore_ascii_case("tussen") {
        LeadKind::Tussen
    } else if word.eq_ignore_ascii_case("tot") {
        LeadKind::Until
    } else if in_list(word, TIME_TRIGGERS) {
        LeadKind::Trigger
    } else if in_list(word, FIGURE_BEFORE) {
        LeadKind::Figure
    } else if in_list(word, DURATION_BEFORE) {
        LeadKind::Duration
    } else {
        LeadKind::Other
    };
    Lead { kind, start: i }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TrailKind {
    /// A unit that makes the figure a quantity: `%`, `euro`, `miljoen`.
    Quantity,
    /// `per` or `/`: `7.75 uur per week` and `7.75 uur/week` are amounts of hours.
    Per,
    Other,
}

fn trail_after(text: &str, pos: usize) -> TrailKind {
    let start = skip_spaces(text, pos);
    match char_at(text, start) {
        Some('%' | '‰' | '€') => TrailKind::Quantity,
        Some('/') => TrailKind::Per,
        Some(c) if c.is_alphabetic() => {
            let word = word_at(text, start);
            if in_list(word, QUANTITY_AFTER) {
                TrailKind::Quantity
            } else if word.eq_ignore_ascii_case("per") {
                TrailKind::Per
            } else {
                TrailKind::Other
            }
        }
        _ => TrailKind::Other,
    }
}

/// Why a clock time cannot be read, as (message, help).
fn clock_problem(text: &str, clock: &Clock) -> Option<(String, String)> {
    if clock.form == ClockForm::Bare {
        return None;
    }
    let written = text.get(clock.start..clock.end)?;
    let (reason, help) = if clock.hour > 24 {
        ("the hour is past 24".to_string(), "correct the hour")
    } else if clock.minute > 59 {
        ("the minutes are past 59".to_string(), "correct the minutes")
    } else if clock.hour == 24 && clock.minute > 0 {
        let sep = text
            .get(clock.start + clock.hour_digits..)
            .and_then(|s| s.chars().next());
        (
            format!("the day ends at 24{}00", sep.unwrap_or('.')),
            "correct the time",
        )
    } else {
        return None;
    };
    Some((
        format!("{written} is not a valid time: {reason}"),
        help.to_string(),
    ))
}

fn push_clock_problem(text: &str, clock: &Clock, issues: &mut Vec<DateTimeIssue>) -> bool {
    match clock_problem(text, clock) {
        Some((message, help)) => {
            issues.push(DateTimeIssue::new(clock.start..clock.end, message, help));
            true
        }
        None => false,
    }
}

/// A range after `first`: the joiner, the end time and its unit. Returns whether it was taken
/// as a time range (and checked) and where it ends.
fn check_range(
    text: &str,
    first: &Clock,
    first_unit: Option<usize>,
    lead: Lead,
    issues: &mut Vec<DateTimeIssue>,
) -> Option<usize> {
    let (joiner, joiner_end) = joiner_after(text, first_unit.unwrap_or(first.end))?;
    let second = clock_at(text, skip_spaces(text, joiner_end))?;
    let second_unit = unit_after(text, second.end);
    let end = second_unit.unwrap_or(second.end);
    let bare = first.form == ClockForm::Bare || second.form == ClockForm::Bare;
    // `19 - 21` is a score or a count; `19.30 - 21 uur` and `van 19 tot 21.30 uur` are times.
    if (first.form == ClockForm::Bare && second.form == ClockForm::Bare)
        || (bare && second_unit.is_none())
        || (joiner == Joiner::And && lead.kind != LeadKind::Tussen)
    {
        return None;
    }
    // `van 21.15 tot 20.00 uur` is quoted whole; `van` before a dash belongs to the sentence.
    let paired = (lead.kind == LeadKind::Van && joiner == Joiner::Until)
        || (lead.kind == LeadKind::Tussen && joiner == Joiner::And);
    let start = if paired { lead.start } else { first.start };
    let unit = first_unit.is_some() || second_unit.is_some();
    if !unit && trail_after(text, end) == TrailKind::Quantity {
        return None;
    }
    let forms = [first.form, second.form];
    let marked = unit
        || forms.contains(&ClockForm::Colon)
        || forms.contains(&ClockForm::Letter)
        || lead.kind == LeadKind::Trigger
        || stands_alone(text, &(start..end));
    // Two dotted times joined by a dash are a time range even without `uur` (a `Tijdstip`
    // value), but `van 12.50 tot 15.75` is as often a change in price, and `2.10-2.75` a run
    // of sections, so the dash and a plausible start hour are required.
    let dashed_times = joiner == Joiner::Dash
        && forms == [ClockForm::Dot, ClockForm::Dot]
        && (first.hour_digits == 2 || (6..=23).contains(&first.hour));
    if !marked && !dashed_times {
        return None;
    }
    let first_bad = push_clock_problem(text, first, issues);
    let second_bad = push_clock_problem(text, &second, issues);
    if first_bad || second_bad {
        return Some(end);
    }
    let (from, to) = (first.minutes_of_day(), second.minutes_of_day());
    // An evening meeting may run past midnight (`22.00 - 00.30`), and running text names
    // night-time periods (`cameratoezicht van 23.00 tot 07.00 uur`).
    let past_midnight = from >= 18 * 60 && to < 12 * 60;
    if to < from && !past_midnight {
        let written = text.get(start..end)?;
        issues.push(DateTimeIssue::new(
            start..end,
            format!("the meeting ends before it starts ({written})"),
            "check the start and end times",
        ));
    }
    Some(end)
}

/// A time on its own: checked only when something says it is a clock time (`om`, `uur` at the
/// start of a line, a header value), since a lone `11.45` is as likely an amount or a section
/// number, and `1.75 uur` an amount of hours.
fn check_single(
    text: &str,
    clock: &Clock,
    unit: Option<usize>,
    lead: Lead,
    issues: &mut Vec<DateTimeIssue>,
) {
    if clock.form == ClockForm::Bare {
        return;
    }
    let end = unit.unwrap_or(clock.end);
    let trail = trail_after(text, end);
    let marked = if unit.is_some() {
        // `uur` alone does not make a clock time: `De wachttijd bedroeg 1.75 uur` is an amount
        // of hours with a decimal point. It takes a word that points at a moment, or a place
        // where only a time fits: the start of a line (`21.15 uur: sluiting`) or a header value.
        let at_start = text
            .get(..clock.start)
            .is_some_and(|head| head.trim_end().is_empty());
        lead.kind == LeadKind::Trigger
            || (lead.kind != LeadKind::Duration
                && trail != TrailKind::Per
                && (at_start
                    || matches!(
                        lead.kind,
                        LeadKind::Van | LeadKind::Tussen | LeadKind::Until
                    )
                    || stands_alone(text, &(clock.start..end))))
    } else if trail == TrailKind::Quantity {
        false
    } else {
        lead.kind == LeadKind::Trigger
            || clock.form == ClockForm::Letter
            || (stands_alone(text, &(clock.start..end))
                && (clock.form == ClockForm::Colon || clock.hour_digits == 2))
    };
    if marked {
        push_clock_problem(text, clock, issues);
    } else if clock.form == ClockForm::Colon
        && clock.hour_digits == 2
        && trail != TrailKind::Quantity
        && clock.hour <= 23
        && clock.minute > 59
    {
        // A lone `13:64` can only be a time; a lone `25:23` is as likely a volleyball score.
        push_clock_problem(text, clock, issues);
    }
}

/// Time expressions in `text`: unreadable times (`27.45 uur`, `13:64`) and ranges that end before they start
/// (`21.45 uur - 20.30 uur`, `van 21.15 tot 20.00 uur`, `16.15 – 14.00 uur`).
pub fn check_times(text: &str) -> Vec<DateTimeIssue> {
    let mut issues = Vec::new();
    let mut pos = 0;
    // Every time starts with an ASCII digit, and an ASCII byte is always a char boundary.
    while let Some(skip) = text
        .get(pos..)
        .and_then(|rest| rest.bytes().position(|b| b.is_ascii_digit()))
    {
        pos += skip;
        let digits_end = run_end(text, pos, |c| c.is_ascii_digit());
        let clock = if clean_start(text, pos) {
            clock_at(text, pos)
        } else {
            None
        };
        let lead = lead_before(text, pos);
        match clock {
            Some(clock) if lead.kind != LeadKind::Figure => {
                let unit = unit_after(text, clock.end);
                if let Some(end) = check_range(text, &clock, unit, lead, &mut issues) {
                    pos = end;
                    continue;
                }
                check_single(text, &clock, unit, lead, &mut issues);
                pos = unit.unwrap_or(clock.end).max(digits_end);
            }
            _ => pos = digits_end,
        }
    }
    issues
}

/// The date a file name gives (`2016-06-08-adres-gebouw.md`, `notulen-20250519.md`,
/// `alv-10-november-2023.md`), as written there; `None` when it gives none.
pub fn date_in_name(stem: &str) -> Option<String> {
    if stem.len() > 200 {
        return None;
    }
    if let Some(r) = find_dates(stem).into_iter().next() {
        return stem.get(r).map(str::to_string);
    }
    let spaced: String = stem
        .chars()
        .map(|c| if c == '-' || c == '_' { ' ' } else { c })
        .collect();
    if let Some(r) = find_dates(&spaced).into_iter().next() {
        return spaced.get(r).map(str::to_string);
    }
    // `20250519`: eight digits that make a real date this century or the last.
    let bytes = stem.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i - start == 8 {
            let d = &stem[start..i];
            let (y, m, day) = (
                d[..4].parse().ok()?,
                d[4..6].parse().ok()?,
                d[6..].parse().ok()?,
            );
            if (1900..2100).contains(&y) && Date::new(y, m, day).is_ok() {
                return Some(format!("{}-{}-{}", &d[..4], &d[4..6], &d[6..]));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The slices of `text` that the issues cover.
    fn spans<'a>(text: &'a str, issues: &[DateTimeIssue]) -> Vec<&'a str> {
        issues.iter().map(|i| &text[i.range.clone()]).collect()
    }

    fn date_spans(text: &str) -> Vec<&str> {
        spans(text, &check_dates(text))
    }

    fn time_spans(text: &str) -> Vec<&str> {
        spans(text, &check_times(text))
    }

    fn one_date(text: &str) -> DateTimeIssue {
        let issues = check_dates(text);
        assert_eq!(issues.len(), 1, "{text:?}: {issues:#?}");
        issues.into_iter().next().unwrap()
    }

    fn one_time(text: &str) -> DateTimeIssue {
        let issues = check_times(text);
        assert_eq!(issues.len(), 1, "{text:?}: {issues:#?}");
        issues.into_iter().next().unwrap()
    }

    // --- dates that cannot exist -------------------------------------------------------------

    #[test]
    fn impossible_day_in_month() {
        let issue = one_date("31 juni 2018");
        assert_eq!(issue.range, 0..12);
        assert_eq!(
            issue.message,
            "31 juni 2018 does not exist: juni has 30 days"
        );
        assert_eq!(issue.help, "correct the day or the month");
    }

    #[test]
    fn leap_years() {
        let issue = one_date("Datum: 29 februari 2018");
        assert_eq!(
            issue.message,
            "29 februari 2018 does not exist: 2018 is not a leap year"
        );
        assert!(check_dates("29 februari 2020").is_empty());
        assert!(check_dates("29 februari 2000").is_empty());
        assert_eq!(
            one_date("29 februari 1900").message,
            "29 februari 1900 does not exist: 1900 is not a leap year"
        );
        assert_eq!(
            one_date("30 februari 2020").message,
            "30 februari 2020 does not exist: februari 2020 has 29 days"
        );
    }

    #[test]
    fn dates_in_running_text() {
        let text = "De vergadering van 31 april 2019 is verplaatst naar 31 september 2019.";
        assert_eq!(date_spans(text), ["31 april 2019", "31 september 2019"]);
    }

    #[test]
    fn month_names_any_case_and_abbreviated() {
        for text in [
            "31 JUNI 2018",
            "31 Juni 2018",
            "31 jun. 2018",
            "31 jun 2018",
            "31 Jun. '18",
            "31 sept. 2018",
            "31 sep 2018",
            "31 nov. 2021",
            "31 apr 2021",
            "30 febr. 2021",
        ] {
            assert_eq!(date_spans(text), [text], "{text}");
        }
        for text in [
            "9 juli 2018",
            "9 jul. 2018",
            "1 december 2021",
            "31 mrt. 2021",
            "31 okt 2021",
            "31 aug. 2021",
            "31 dec. 2021",
            "31 jan 2021",
            "28 feb 2021",
            "31 mei 2021",
        ] {
            assert!(check_dates(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn dates_without_a_year() {
        assert_eq!(
            one_date("uiterlijk 31 juni").message,
            "31 juni does not exist: juni has 30 days"
        );
        assert!(check_dates("voor 29 februari").is_empty());
        assert_eq!(
            one_date("op 30 februari").message,
            "30 februari does not exist: februari has at most 29 days"
        );
        // An abbreviation without a year may be a first name.
        assert!(check_dates("Namens 32 Jan Jansen").is_empty());
        assert!(check_dates("31 jun volgt").is_empty());
        assert!(
            check_dates("Dhr. Miltenburg deelt mede dat zij m.i.v. 20 augustus start.").is_empty()
        );
    }

    #[test]
    fn numeric_dates() {
        let issue = one_date("Datum: 32-01-2019");
        assert_eq!(
            issue.message,
            "32-01-2019 does not exist: januari has 31 days"
        );
        assert_eq!(
            date_spans("op 31-06-2018 en 31/04/2018"),
            ["31-06-2018", "31/04/2018"]
        );
        assert_eq!(date_spans("31.06.2018"), ["31.06.2018"]);
        assert_eq!(date_spans("31-6-'18"), ["31-6-'18"]);
        assert_eq!(date_spans("31-06-18"), ["31-06-18"]);
        assert_eq!(date_spans("2018-06-31"), ["2018-06-31"]);
        for text in [
            "09-07-2018",
            "9-7-2018",
            "9-7-'18",
            "09/07/2018",
            "9.7.2018",
            "2018-07-09",
        ] {
            assert!(check_dates(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn impossible_months() {
        let issue = one_date("13/13/2020");
        assert_eq!(
            issue.message,
            "13/13/2020 is not a valid date: there is no month 13"
        );
        assert_eq!(issue.help, "correct the day or the month");
        let issue = one_date("06-28-2018");
        assert_eq!(
            issue.message,
            "06-28-2018 is not a valid date: there is no month 28"
        );
        assert_eq!(issue.help, "swap the day and the month: 28-06-2018");
        assert_eq!(
            one_date("2018-28-06").help,
            "swap the day and the month: 2018-06-28"
        );
        assert_eq!(
            one_date("00-00-2018").message,
            "00-00-2018 is not a valid date: there is no month 0"
        );
        assert_eq!(
            one_date("00-07-2018").message,
            "00-07-2018 does not exist: there is no day 0"
        );
    }

    #[test]
    fn date_ranges_are_checked_day_by_day() {
        assert!(check_dates("9-10 juli 2018").is_empty());
        assert_eq!(date_spans("30-31 juni 2018"), ["30-31 juni 2018"]);
        assert_eq!(date_spans("31-32 juli"), ["31-32 juli"]);
        // A range never carries a checked weekday.
        assert!(check_dates("maandag 9-10 juli 2018").is_empty());
    }

    #[test]
    fn misspelt_months_with_a_year() {
        let issue = one_date("9 julli 2018");
        assert_eq!(
            issue.message,
            "9 julli 2018 cannot be read as a date: julli is not a Dutch month"
        );
        assert_eq!(issue.help, "write the month as juli");
        for (text, month) in [
            ("1 januarie 2019", "januari"),
            ("1 febuari 2019", "februari"),
            ("1 apil 2019", "april"),
            ("1 meij 2019", "mei"),
            ("1 junie 2019", "juni"),
            ("1 agustus 2019", "augustus"),
            ("1 septmber 2019", "september"),
            ("1 oktber 2019", "oktober"),
            ("1 novmber 2019", "november"),
            ("1 decmber 2019", "december"),
        ] {
            assert_eq!(
                one_date(text).help,
                format!("write the month as {month}"),
                "{text}"
            );
        }
        // `maar` is a word: only as the whole value (or after a weekday) is it a misspelt month.
        assert_eq!(date_spans("9 maar 2018"), ["9 maar 2018"]);
        assert_eq!(date_spans("maandag 9 maar 2018"), ["9 maar 2018"]);
        assert!(check_dates("In 2017 waren het er 12 maar 2018 laat een daling zien.").is_empty());
        assert!(check_dates("Er zijn 3 moties 2018 ingediend.").is_empty());
        assert!(check_dates("9 julli").is_empty());
    }

    // --- weekdays ------------------------------------------------------------------------------

    #[test]
    fn weekday_mismatch() {
        let issue = one_date("dinsdag 13 september 2018");
        assert_eq!(issue.range, 0..25);
        assert_eq!(
            issue.message,
            "13 september 2018 is a donderdag, not a dinsdag"
        );
        assert_eq!(
            issue.help,
            "write donderdag 13 september 2018, or correct the date"
        );
        let issue = one_date("Maandag 1 december 2021");
        assert_eq!(
            issue.message,
            "1 december 2021 is a woensdag, not a maandag"
        );
        assert_eq!(
            issue.help,
            "write Woensdag 1 december 2021, or correct the date"
        );
        let issue = one_date("De volgende vergadering is op dinsdag, 13 september 2018.");
        assert_eq!(
            issue.help,
            "write donderdag, 13 september 2018, or correct the date"
        );
        assert_eq!(
            spans(
                "De volgende vergadering is op dinsdag, 13 september 2018.",
                &[issue]
            ),
            ["dinsdag, 13 september 2018"]
        );
    }

    #[test]
    fn weekday_forms() {
        assert_eq!(
            one_date("di 13-09-2018").help,
            "write do 13-09-2018, or correct the date"
        );
        assert_eq!(
            one_date("Di. 13 sept. 2018").help,
            "write Do. 13 sept. 2018, or correct the date"
        );
        assert_eq!(
            one_date("DINSDAG 13 SEPTEMBER 2018").help,
            "write DONDERDAG 13 SEPTEMBER 2018, or correct the date"
        );
        assert_eq!(
            one_date("dinsdagavond 13 september '18").help,
            "write donderdagavond 13 september '18, or correct the date"
        );
        for text in [
            "donderdag 13 september 2018",
            "Donderdag, 13 september 2018",
            "do 13-09-2018",
            "Do. 13 sep. 2018",
            "maandag 9 juli 2018",
            "Maandag 09-07-2018",
            "ma 2018-07-09",
            "vrijdagmiddag 13 juli 2018",
        ] {
            assert!(check_dates(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn weekday_in_brackets_after_the_date() {
        let text = "Het overleg is op 12 maart 2019 (zaterdag).";
        let issue = one_date(text);
        assert_eq!(&text[issue.range.clone()], "12 maart 2019 (zaterdag)");
        assert_eq!(issue.message, "12 maart 2019 is a dinsdag, not a zaterdag");
        assert_eq!(
            issue.help,
            "write 12 maart 2019 (dinsdag), or correct the date"
        );
        assert_eq!(
            one_date("12-03-2019 ( Za. )").help,
            "write 12-03-2019 ( Di. ), or correct the date"
        );
        assert!(check_dates("12 maart 2019 (dinsdag)").is_empty());
        assert!(
            check_dates("Het volgende overleg is op 3 juni 2019 (maandag) om 10.00 uur.")
                .is_empty()
        );
        // After a comma the weekday may start something else.
        assert!(
            check_dates("Per 1 maart 2019, maandag t/m vrijdag, is het loket open.").is_empty()
        );
    }

    #[test]
    fn weekday_without_year_is_not_checked() {
        assert!(check_dates("dinsdag 13 september").is_empty());
        assert!(check_dates("Op vrijdag 9 juli is er een open dag.").is_empty());
    }

    #[test]
    fn ambiguous_weekday_abbreviations_need_a_dot() {
        // `zo` as `so`: not a weekday in running text.
        assert!(check_dates("Het duurde zo 12 mei 2018 voordat het klaar was.").is_empty());
        assert_eq!(date_spans("zo 12 mei 2018"), ["zo 12 mei 2018"]);
        assert_eq!(date_spans("Gepland: zo. 12 mei 2018"), ["zo. 12 mei 2018"]);
    }

    #[test]
    fn impossible_date_beats_weekday() {
        let issue = one_date("dinsdag 31 juni 2018");
        assert_eq!(
            issue.message,
            "31 juni 2018 does not exist: juni has 30 days"
        );
        assert_eq!(spans("dinsdag 31 juni 2018", &[issue]), ["31 juni 2018"]);
    }

    #[test]
    fn dates_must_not_fire() {
        for text in [
            "1. Veiligheidsstrategie ON 2019-2022",
            "het voorstel voor de strategie 2019-2022 voor.",
            "4.2 Begroting",
            "art. 9 lid 2",
            "€ 1.250,00",
            "€ 1.250.000",
            "Bel 053-1234567 of 06-12345678.",
            "Demmersweg 55, 7556 BN Hengelo",
            "20 augustus",
            "m.i.v. 20 augustus",
            "Na 2018 is een nieuwe strategie nodig",
            "Q3 2019",
            "9-10 juli 2018",
            "een stijging van 31%",
            "1 à 2 keer per jaar",
            "09.50 – 11.45 uur",
            "19:30-21:15",
            "Besluitenlijst DVO 23 april 2018 openbaar deel",
            "31 mei-activiteiten",
            "06-12-34-56-78",
            "1.2.3.4",
            "versie 1.13.2",
            "192.168.13.13",
            "In 2017 waren er 31 juni-incidenten",
            "2018-13",
            "31-",
            "juni 31 2018",
            "kenmerk 2019-12-34",
            "zaaknummer 31-13-2019",
            "Raadsvoorstel 2019-45",
            "NL12 RABO 0123 4567 89",
            "besluit nr. 31-2018",
            "van 1 januari 2019 t/m 31 december 2019",
            "in de week van 30 juni-4 juli 2019",
            "Openingstijden: ma t/m vr 8.30-17.00",
        ] {
            assert!(
                check_dates(text).is_empty(),
                "{text}: {:#?}",
                check_dates(text)
            );
        }
    }

    #[test]
    fn dates_with_odd_spacing() {
        let text = "Datum:\t31\u{a0}juni\u{202f}2018";
        assert_eq!(date_spans(text), ["31\u{a0}juni\u{202f}2018"]);
        let text = "🎉 dinsdag\u{a0}13\u{a0}september 2018 🎉";
        assert_eq!(date_spans(text), ["dinsdag\u{a0}13\u{a0}september 2018"]);
        assert_eq!(
            one_date(text).help,
            "write donderdag\u{a0}13\u{a0}september 2018, or correct the date"
        );
        assert_eq!(date_spans("31 juni\n2018"), ["31 juni\n2018"]);
    }

    #[test]
    fn two_digit_years() {
        assert_eq!(two_digit_year(18), 2018);
        assert_eq!(two_digit_year(69), 2069);
        assert_eq!(two_digit_year(70), 1970);
        assert_eq!(two_digit_year(99), 1999);
        assert_eq!(
            one_date("29-02-'19").message,
            "29-02-'19 does not exist: 2019 is not a leap year"
        );
        assert_eq!(
            one_date("29 feb ’99").message,
            "29 feb ’99 does not exist: 1999 is not a leap year"
        );
    }

    // --- times ---------------------------------------------------------------------------------

    #[test]
    fn unreadable_times() {
        let issue = one_time("27.45 uur");
        assert_eq!(issue.range, 0..5);
        assert_eq!(
            issue.message,
            "27.45 is not a valid time: the hour is past 24"
        );
        assert_eq!(issue.help, "correct the hour");
        let issue = one_time("13:64");
        assert_eq!(
            issue.message,
            "13:64 is not a valid time: the minutes are past 59"
        );
        assert_eq!(issue.help, "correct the minutes");
        let issue = one_time("Aanvang 24:30 uur");
        assert_eq!(
            issue.message,
            "24:30 is not a valid time: the day ends at 24:00"
        );
        assert_eq!(
            time_spans("De voorzitter sluit de vergadering om 21.75 uur."),
            ["21.75"]
        );
        assert_eq!(time_spans("Om 25.30 uur sluit de voorzitter"), ["25.30"]);
        assert_eq!(time_spans("aanvang 19.65"), ["19.65"]);
        assert_eq!(time_spans("Aanvang: 25.00"), ["25.00"]);
        assert_eq!(time_spans("25.30"), ["25.30"]);
        assert_eq!(time_spans("20.75u"), ["20.75"]);
        assert_eq!(time_spans("20u75"), ["20u75"]);
        assert_eq!(time_spans("om 20.75 u."), ["20.75"]);
        assert_eq!(time_spans("21.75 uur: sluiting"), ["21.75"]);
        assert_eq!(time_spans("De vergadering duurt tot 22.75 uur."), ["22.75"]);
        assert_eq!(time_spans("Sluiting 22.75 uur."), ["22.75"]);
    }

    #[test]
    fn valid_times() {
        for text in [
            "09.50 – 11.45 uur",
            "09.00 uur - 11.00 uur",
            "19:30-21:15",
            "19:30 - 21:15 uur",
            "aanvang 20.00 uur",
            "20.00u",
            "9.30 uur",
            "om 11.00 uur",
            "van 19.30 tot 21 uur",
            "24.00 uur",
            "22.00 - 24.00",
            "22.00 - 00.30 uur",
            "23:30–01:15",
            "19.30 - 19.30 uur",
            "19:30:00 - 21:15:00",
            "tussen 19.00 en 21.00 uur",
            "van 9.00 uur tot en met 12.00 uur",
            "20u30",
        ] {
            assert!(
                check_times(text).is_empty(),
                "{text}: {:#?}",
                check_times(text)
            );
        }
    }

    #[test]
    fn ranges_ending_before_they_start() {
        let issue = one_time("21.45 uur - 20.30 uur");
        assert_eq!(issue.range, 0..21);
        assert_eq!(
            issue.message,
            "the meeting ends before it starts (21.45 uur - 20.30 uur)"
        );
        assert_eq!(issue.help, "check the start and end times");
        let text = "De vergadering duurt van 21.15 tot 20.00 uur.";
        assert_eq!(time_spans(text), ["van 21.15 tot 20.00 uur"]);
        assert_eq!(time_spans("16.15 – 14.00 uur"), ["16.15 – 14.00 uur"]);
        assert_eq!(time_spans("14.15 - 13.00 uur"), ["14.15 - 13.00 uur"]);
        assert_eq!(time_spans("19:30-18:15"), ["19:30-18:15"]);
        assert_eq!(time_spans("19.30 - 18.15"), ["19.30 - 18.15"]);
        assert_eq!(time_spans("21.00u-20.00u"), ["21.00u-20.00u"]);
        assert_eq!(
            time_spans("tussen 21.00 en 20.00 uur"),
            ["tussen 21.00 en 20.00 uur"]
        );
        assert_eq!(
            time_spans("van 21.30 t/m 19.00 uur"),
            ["van 21.30 t/m 19.00 uur"]
        );
        assert_eq!(time_spans("van 21 tot 20.30 uur"), ["van 21 tot 20.30 uur"]);
        assert_eq!(time_spans("10.00 - 1.30 uur"), ["10.00 - 1.30 uur"]);
    }

    #[test]
    fn bad_end_of_a_range() {
        let text = "10:50–13:64 uur";
        let issue = one_time(text);
        assert_eq!(&text[issue.range], "13:64");
        assert_eq!(time_spans("19.30 - 26.00 uur"), ["26.00"]);
        assert_eq!(time_spans("27.45 - 29.00"), ["27.45", "29.00"]);
    }

    #[test]
    fn times_with_odd_spacing() {
        let text = "Tijdstip\t21.45\u{a0}–\u{a0}20.30\u{a0}uur";
        assert_eq!(time_spans(text), ["21.45\u{a0}–\u{a0}20.30\u{a0}uur"]);
        let text = "🕖 van\u{2009}21.15\ttot\u{202f}20.00 uur 🕗";
        assert_eq!(time_spans(text), ["van\u{2009}21.15\ttot\u{202f}20.00 uur"]);
        assert_eq!(time_spans("21.45—20.30"), ["21.45—20.30"]);
    }

    #[test]
    fn times_must_not_fire() {
        for text in [
            "€ 11.45",
            "€11.75",
            "3.50 euro",
            "3.75 euro",
            "11.45%",
            "een stijging van 11.75 %",
            "2.5 miljoen",
            "4.2 Begroting",
            "punt 11.45",
            "agendapunt 4.75",
            "art. 9.12",
            "zie 2.10-2.75",
            "De uitslag was 25:23.",
            "gewonnen met 25:23 en 25:20",
            "schaal 1:75",
            "stand 3-1",
            "09-07-2018",
            "9.7.2018",
            "13.09.2018",
            "2019-2022",
            "Bel 053-1234567.",
            "11.45",
            "Het bedrag van 11.75 is betaald.",
            "De prijs daalt van 21.15 tot 20.00.",
            "De contributie gaat van 12.50 tot 15.75.",
            "werktijd 7.75 uur per dag",
            "gemiddeld 7.75 uur",
            "ca. 7.75 uur",
            "1.250,00",
            "11.45.30",
            "4.12b",
            "9-10 juli",
            "van 19 tot 27",
            "30 - 25 uur",
            "40 uur per week",
            "om 11.45 u ziet u",
            "1 à 2 keer",
            "v2.75",
            "11.75 - 12.50 euro",
            "om 2.75 meter",
            "cameratoezicht van 23.00 tot 07.00 uur",
            "nachtrust tussen 22.00 en 7.00 uur",
            "artikel 10:63 Awb",
            "op grond van 10:63 Awb",
            "Art. 2:94a BW",
            "Reistijd 1.75 uur",
            "7.75 uur/week",
            "Kosten per uur: 45.75",
            "19.30, 20.15 en 21.75",
            "van 8 tot 17 uur",
            "9 - 12.30 uur",
            "De wachttijd bedroeg 1.75 uur.",
            "Er is 27.45 uur besteed aan het dossier.",
        ] {
            assert!(
                check_times(text).is_empty(),
                "{text}: {:#?}",
                check_times(text)
            );
        }
    }

    #[test]
    fn several_expressions_in_one_line() {
        let text = "Om 19.30 uur opent de voorzitter; om 27.15 uur sluit hij, na een pauze van 21.00 - 20.45 uur.";
        assert_eq!(time_spans(text), ["27.15", "21.00 - 20.45 uur"]);
        let text = "Vergaderingen op 31 juni 2018, dinsdag 13 september 2018 en 9 juli 2018.";
        assert_eq!(
            date_spans(text),
            ["31 juni 2018", "dinsdag 13 september 2018"]
        );
    }

    /// Lines as they occur in real minutes, full of figures that are no dates or times.
    const QUIET_LINES: &str = "
        De voorzitter opent de vergadering om 19.32 uur en heet iedereen welkom.
        De vergadering wordt geschorst van 20.45 tot 21.00 uur.
        Schorsing 21.10 - 21.25 uur.
        Om 22.58 uur sluit de voorzitter de vergadering.
        De raad stemt in met 21 stemmen voor en 8 tegen (21-8).
        Volgende vergadering: donderdag 12 oktober 2017, 19.30 uur, raadzaal.
        Het tarief gaat van 1.95 naar 2.15 euro per m3.
        Tijdens de periode 2019-2023 wordt het beleid geëvalueerd.
        De begroting 2020 - 2023 wordt vastgesteld.
        Het college stelt voor de OZB met 2.75% te verhogen.
        Een tekort van € 1.25 miljoen wordt gedekt uit de algemene reserve.
        Zie bijlage 3.14 voor de details.
        Raadsvoorstel 2019-45 wordt aangehouden.
        Kenmerk: 2018/12345
        Het raadsbesluit van 31-05-2018 blijft van kracht.
        Per 1-1-2020 treedt de verordening in werking.
        Brief d.d. 12-03-2019 van de provincie.
        In Q2 (april-juni 2019) volgt de evaluatie.
        De bibliotheek is open van 10.00 tot 17.00 uur.
        Openingstijden: ma t/m vr 8.30-17.00, za 10.00-13.00.
        Ma-vr 08:30 - 17:00.
        Koffie vanaf 19.15 uur, aanvang 19.30 uur.
        Schorsing van 21.10 uur tot 21.25 uur.
        De vergadering wordt om 21.45 uur geschorst en om 22.00 uur heropend.
        19.30 uur: inloop; 20.00 uur: start.
        19.30-20.00 uur inloop, 20.00-22.00 uur vergadering.
        Tijd: 19.30 – 21.30 uur (inloop vanaf 19.00 uur).
        Reistijd 1.75 uur per enkele reis.
        De aanrijtijd van de ambulance was gemiddeld 14.35 minuten.
        Opkomsttijd brandweer: 8.45 min.
        De horeca mag open blijven tot 02.00 uur.
        Cameratoezicht geldt van 22.00 tot 06.00 uur.
        De uitslag van de verkiezing: 1.245 stemmen voor lijst 1.
        Het resultaat over 2018 bedraagt € 345.678,90 positief.
        Hoofdstuk 4.3 van de nota wordt herschreven.
        Ad 5.2: de commissie adviseert positief.
        Artikel 2:25 BW is van toepassing.
        Op grond van artikel 4:84 Awb kan worden afgeweken.
        De wedstrijd eindigde in 25:23, 23:25, 25:18.
        Korfbal: de A1 won met 18-12.
        De huur stijgt met 3.5 procent per 1 juli.
        Mevrouw Jansen (06-12345678) is het aanspreekpunt.
        Postadres: Postbus 1234, 7500 AB Enschede.
        De stand van het reservefonds is 12.345 euro.
        Fte: 0.75 voor de notulist.
        Het aantal inwoners steeg van 12.500 naar 12.750.
        De kosten stijgen van 12.50 tot 15.75 per uur.
        Tussen 1.30 en 2.45 meter hoog.
        Actiepunt 2018-07: dhr. Welten stuurt de notitie rond.
        Actie 12.3: nagaan bij de provincie.
        In de jaren 1990-2000 is veel gebouwd.
        De huidige versie 3.12 wordt vervangen door 4.0.
        Schaal 10:75 is niet gangbaar.
        De begrotingswijziging 2019-03 wordt vastgesteld.
        Het agendapunt wordt verschoven naar 13 juni.
        Uiterlijk 1 december reageren.
        De collecte van 3 t/m 9 maart 2019 bracht € 1.234,56 op.
        Gemeenteraad, 31 januari 2019.
        Vastgesteld in de vergadering van 28 februari 2019.
        Datum: donderdag 12 september 2019
        Locatie: Stadhuis, zaal 2.14
        De notulen van 17-12-2018 worden ongewijzigd vastgesteld.
        Sluiting om 22.15 uur.
        De kosten bedragen 2 à 3 duizend euro.
        Vanaf 2020 stijgt het budget met 2.25%.
        Zij is bereikbaar op 053-4812345 of via info@voorbeeld.nl.
        De kavel aan de Dorpsstraat 12-14 wordt verkocht.
        Dorpsstraat 31-35 ligt in het plangebied.
        De wijk telt 1.75 keer zoveel jongeren.
        De looptijd is 2.5 jaar.
        Zo 12 mensen hebben gereageerd.
        Ma gaat altijd mee naar de vergadering van 12 mei 2019.
        Op zo 12 mei 2019 is er een open dag.
        de leden van 16-18 jaar
        Score 3-2 in de derby.
        In 2018 is 12.75 uur per week besteed aan het project.
        Week 31 – 35 is de zomerstop.
        Om 11.45 u bent u welkom.
        Tel. 0546-123456.
        Leeftijd 12-16 jaar.
        Besluit 2019/31-13 wordt ingetrokken.
        Op 32 locaties in 2019 zijn controles gedaan.
        De 31 juni-deelnemers krijgen bericht.
        Woensdag, 13 maart 2019: kick-off.
        Vrijdag 31 mei, 20.00 uur: jaarvergadering.
        Het volgende overleg is op 3 juni 2019 (maandag) om 10.00 uur.
        De raad van 31-06 is verzet.
        Versie 1.0 d.d. 31.05.2019.
        Inloop 19.15, start 19.30.
    ";

    #[test]
    fn realistic_minutes_lines_stay_quiet() {
        for line in QUIET_LINES.lines() {
            assert!(
                check_dates(line).is_empty(),
                "{line}: {:#?}",
                check_dates(line)
            );
            assert!(
                check_times(line).is_empty(),
                "{line}: {:#?}",
                check_times(line)
            );
        }
    }

    // --- robustness ----------------------------------------------------------------------------

    #[test]
    fn odd_inputs_finish_quickly() {
        let start = std::time::Instant::now();
        let mut inputs: Vec<String> = vec![
            String::new(),
            " ".into(),
            "0".into(),
            "31-".repeat(100_000),
            "9".repeat(30_000),
            "31.".repeat(30_000),
            "31:".repeat(30_000),
            "1.30-".repeat(20_000),
            "31 juni ".repeat(5_000),
            "dinsdag ".repeat(10_000),
            "om ".repeat(10_000) + "25.00",
            " ".repeat(30_000) + "25.00 uur",
            "\u{a0}".repeat(30_000),
            "a".repeat(30_000) + " 25.00 uur",
            "🎉9".repeat(20_000),
            "van 21.00 tot ".repeat(5_000),
            "zo. ".repeat(10_000),
            "–—-".repeat(10_000),
            "9 juli '".repeat(10_000),
            "1\u{300}2.3\u{300}4".into(),
        ];
        inputs.push((0..2000).filter_map(char::from_u32).collect());
        for text in &inputs {
            for issue in check_dates(text).into_iter().chain(check_times(text)) {
                assert!(text.get(issue.range.clone()).is_some(), "{issue:?}");
            }
        }
        // Linear scanning does all of this in well under a second, even unoptimised.
        assert!(start.elapsed().as_secs() < 10, "took {:?}", start.elapsed());
    }

    #[test]
    fn random_fragments_never_panic() {
        const PIECES: [&str; 28] = [
            "0", "1", "2", "9", "24", "31", ".", ":", "-", "–", "/", " ", "\u{a0}", "\t", "'", "(",
            ")", "u", "uur", "juli", "julli", "van", "tot", "en", "maandag", "zo.", "é", "🎉",
        ];
        // A fixed xorshift sequence keeps the test reproducible without a dependency.
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let len = next() % 24;
            let text: String = (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            for issue in check_dates(&text).into_iter().chain(check_times(&text)) {
                let slice = text.get(issue.range.clone());
                assert!(slice.is_some_and(|s| !s.is_empty()), "{text:?}: {issue:?}");
                assert!(!issue.message.ends_with('.'), "{issue:?}");
            }
        }
    }

    #[test]
    fn repeated_issues_all_reported() {
        let text = "31 juni 2018 ".repeat(1000);
        assert_eq!(check_dates(&text).len(), 1000);
        let text = "21.45 - 20.30 uur, ".repeat(1000);
        assert_eq!(check_times(&text).len(), 1000);
    }

    #[test]
    fn a_file_name_gives_its_date() {
        assert_eq!(
            date_in_name("2016-06-08-adres-gebouw-1").as_deref(),
            Some("2016-06-08")
        );
        assert_eq!(
            date_in_name("logius-fsc-notulen-20250519").as_deref(),
            Some("2025-05-19")
        );
        assert_eq!(
            date_in_name("fronteers-alv-10-november-2023").as_deref(),
            Some("10 november 2023")
        );
        assert_eq!(date_in_name("notulen-werkgroep-131"), None);
        assert_eq!(date_in_name("versie-20251399"), None);
    }
}
