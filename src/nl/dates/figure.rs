//! What stands around a figure: the word before it (`om`, `artikel`, `ca.`) and the unit after
//! it (`euro`, `%`, `per`), which tell a clock time from a reference or an amount.

use super::scan::{char_at, char_before, skip_spaces, word_at};
use super::words::{in_list, words};

/// What the word before a figure says it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LeadKind {
    /// `om`, `aanvang`: a clock time follows.
    Trigger,
    /// `van`: the start of a range follows (`van 19.30 tot 21.00 uur`).
    Van,
    /// `tussen`: the start of a range joined by `en` follows.
    Tussen,
    /// `tot`: a clock time when `uur` follows (`tot 22.15 uur`), else often an amount.
    Until,
    /// `art.`, `nr.`, `€`: a reference or an amount follows.
    Figure,
    /// `duurt`, `ca.`, `reistijd`: an amount of hours follows.
    Duration,
    /// Anything else, or nothing.
    Other,
}

/// What comes just before a figure, and where that word starts.
#[derive(Debug, Clone, Copy)]
pub(super) struct Lead {
    /// What the word says.
    pub kind: LeadKind,
    /// Where the word (or sign) starts; the figure itself when there is none.
    pub start: usize,
}

/// Looks back over a little spacing, one `:` or `.` (`Aanvang: 20.00`, `art. 9.12`,
/// `ca. 7.75 uur`) and one word. The look-back is bounded so that each figure costs O(1).
pub(super) fn lead_before(text: &str, pos: usize) -> Lead {
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
    let words = words();
    let kind = if word.eq_ignore_ascii_case("van") {
        LeadKind::Van
    } else if word.eq_ignore_ascii_case("tussen") {
        LeadKind::Tussen
    } else if word.eq_ignore_ascii_case("tot") {
        LeadKind::Until
    } else if in_list(word, &words.time_triggers) {
        LeadKind::Trigger
    } else if in_list(word, &words.figure_before) {
        LeadKind::Figure
    } else if in_list(word, &words.duration_before) {
        LeadKind::Duration
    } else {
        LeadKind::Other
    };
    Lead { kind, start: i }
}

/// What follows a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TrailKind {
    /// A unit that makes the figure a quantity: `%`, `euro`, `miljoen`.
    Quantity,
    /// `per` or `/`: `7.75 uur per week` and `7.75 uur/week` are amounts of hours.
    Per,
    /// Anything else, or nothing.
    Other,
}

/// What follows the figure that ends at `pos`.
pub(super) fn trail_after(text: &str, pos: usize) -> TrailKind {
    let start = skip_spaces(text, pos);
    match char_at(text, start) {
        Some('%' | '‰' | '€') => TrailKind::Quantity,
        Some('/') => TrailKind::Per,
        Some(c) if c.is_alphabetic() => {
            let word = word_at(text, start);
            if in_list(word, &words().quantity_after) {
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
