//! Scanning primitives. Every position is a byte offset on a char boundary; every lookup goes
//! through `get`, so a wrong offset yields `None` instead of a panic.
//!
//! The date and time scanner reads characters, not [`crate::nl::tokens`]: what stands between
//! two figures is the whole question (`9-7-'18`, `19.30`, `20u30`, `t/m`, a non-breaking space),
//! and the tokenizer's pieces split `19.30` into `19`, `.` and `30` and drop the spacing. The
//! engine also reads file names and raw lines before any block is tokenized (`date_in_name`,
//! the structure pass).

use std::ops::Range;

pub(super) fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|rest| rest.chars().next())
}

pub(super) fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos).and_then(|head| head.chars().next_back())
}

/// A run of ASCII digits. The value saturates, so a thousand-digit run is just a big number.
#[derive(Debug, Clone, Copy)]
pub(super) struct Number {
    pub start: usize,
    pub end: usize,
    pub value: u32,
}

impl Number {
    pub(super) fn digits(&self) -> usize {
        self.end - self.start
    }
}

pub(super) fn number_at(text: &str, pos: usize) -> Option<Number> {
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

pub(super) fn run_end(text: &str, pos: usize, keep: impl Fn(char) -> bool) -> usize {
    match text.get(pos..) {
        Some(rest) => pos + rest.find(|c: char| !keep(c)).unwrap_or(rest.len()),
        None => pos,
    }
}

pub(super) fn word_end(text: &str, pos: usize) -> usize {
    run_end(text, pos, char::is_alphabetic)
}

/// Skips any whitespace, including the non-breaking and narrow spaces of Word exports.
pub(super) fn skip_spaces(text: &str, pos: usize) -> usize {
    run_end(text, pos, char::is_whitespace)
}

pub(super) fn word_at(text: &str, pos: usize) -> &str {
    text.get(pos..word_end(text, pos)).unwrap_or("")
}

pub(super) fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
    )
}

pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '`')
}

/// Characters that glue digits into one figure: `1.250`, `053-1234567`, `9/7`, `11:45`.
pub(super) fn is_joiner(c: char) -> bool {
    matches!(c, '.' | ',' | ':' | '/') || is_dash(c)
}

/// A figure starting here is not the tail of a bigger one (`1.250`, `053-1234567`, `Q3`).
pub(super) fn clean_start(text: &str, pos: usize) -> bool {
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
pub(super) fn clean_end(text: &str, pos: usize) -> bool {
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
pub(super) fn stands_alone(text: &str, range: &Range<usize>) -> bool {
    let (Some(head), Some(tail)) = (text.get(..range.start), text.get(range.end..)) else {
        return false;
    };
    let filler = |c: char| c.is_whitespace() || matches!(c, ':' | '(' | ')' | '.' | ',' | ';');
    head.trim_end_matches(filler).is_empty() && tail.trim_start_matches(filler).is_empty()
}
