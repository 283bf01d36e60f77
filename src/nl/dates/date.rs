//! Reading one date expression: numeric (`09-07-2018`, ISO `2018-07-09`) or with a Dutch month
//! name, abbreviated or misspelt (`9 juli 2018`, `9 jul. '18`, `9 julli 2018`).

use std::ops::Range;

use jiff::civil::Date;

use super::scan::{
    char_at, clean_end, is_apostrophe, is_dash, number_at, skip_spaces, stands_alone, word_end,
    Number,
};
use super::words::{in_list, words};

/// How the month of a date was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum MonthSource {
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

/// A date expression found in the text, valid or not.
#[derive(Debug, Clone)]
pub(super) struct FoundDate {
    /// Byte range of the whole expression.
    pub span: Range<usize>,
    /// First day of a range such as `9-10 juli 2018`.
    pub range_start: Option<u32>,
    /// The day as written.
    pub day: u32,
    /// As written; a numeric date may hold a month that does not exist.
    pub month: u32,
    /// The year, when one is written.
    pub year: Option<i32>,
    /// How the month was written.
    pub source: MonthSource,
}

fn month_from_word(word: &str) -> Option<(u32, MonthSource)> {
    let words = words();
    if let Some(i) = words
        .months
        .iter()
        .position(|m| m.eq_ignore_ascii_case(word))
    {
        return Some((i as u32 + 1, MonthSource::Name));
    }
    words
        .month_abbreviations
        .iter()
        .find(|(a, _)| a.eq_ignore_ascii_case(word))
        .map(|&(_, m)| (m, MonthSource::Abbreviation))
}

/// `'18` is 2018 and `'85` is 1985: minutes rarely look back further than the seventies.
pub(super) fn two_digit_year(yy: u32) -> i32 {
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
    if in_list(word, &words().words_near_months) && !after_weekday && !stands_alone(text, &span) {
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
    // Only ASCII letters were copied, so this is always valid UTF-8.
    let lower = std::str::from_utf8(lower).ok()?;
    let mut best: Option<(usize, u32, bool)> = None;
    for (i, name) in words().months.iter().enumerate() {
        // Misspellings keep the first letter; that rules out most unrelated words.
        if name.as_bytes().first() != lower.as_bytes().first() {
            continue;
        }
        let allowed = if name.len() <= 5 { 1 } else { 2 };
        let distance = strsim::osa_distance(lower, name);
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

/// A date starting at `pos`, numeric or with a month name.
pub(super) fn date_at(text: &str, pos: usize, after_weekday: bool) -> Option<FoundDate> {
    numeric_date_at(text, pos).or_else(|| textual_date_at(text, pos, after_weekday))
}

/// Days in `month`; without a year, februari gets 29 so that `29 februari` passes.
pub(super) fn days_in_month(month: u32, year: Option<i32>) -> Option<u32> {
    let month = i8::try_from(month).ok()?;
    let year = match year {
        Some(y) => i16::try_from(y).ok()?,
        None => 2000,
    };
    let first = Date::new(year, month, 1).ok()?;
    u32::try_from(first.days_in_month()).ok()
}
