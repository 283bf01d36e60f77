//! Clock times (`19.30`, `19:30`, `19u30`) and time ranges (`van 19.30 tot 21.00 uur`), and
//! whether they can be right.

use super::figure::{lead_before, trail_after, Lead, LeadKind, TrailKind};
use super::scan::{
    char_at, clean_start, is_dash, number_at, run_end, skip_spaces, stands_alone, word_at, word_end,
};
use super::words::{in_list, words};
use super::{TimeIssue, TimeProblem};

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

/// `uur` or `u`: the word for "hour" after a clock time, in full or abbreviated.
fn is_unit_word(word: &str) -> bool {
    let words = words();
    in_list(word, &words.hour_abbreviations) || in_list(word, &words.hour_words)
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
    let words = words();
    if in_list(word, &words.hour_words) {
        return Some(end);
    }
    if !in_list(word, &words.hour_abbreviations) {
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

/// Why a clock time cannot be read; `None` when it can.
fn clock_problem(text: &str, clock: &Clock) -> Option<TimeProblem> {
    if clock.form == ClockForm::Bare {
        return None;
    }
    let written = text.get(clock.start..clock.end)?.to_string();
    if clock.hour > 24 {
        Some(TimeProblem::HourPast24 { written })
    } else if clock.minute > 59 {
        Some(TimeProblem::MinutesPast59 { written })
    } else if clock.hour == 24 && clock.minute > 0 {
        let separator = text
            .get(clock.start + clock.hour_digits..)
            .and_then(|s| s.chars().next())
            .unwrap_or('.');
        Some(TimeProblem::PastEndOfDay { written, separator })
    } else {
        None
    }
}

/// Adds the clock's problem, if it has one, and says whether it had.
fn push_clock_problem(text: &str, clock: &Clock, issues: &mut Vec<TimeIssue>) -> bool {
    match clock_problem(text, clock) {
        Some(problem) => {
            issues.push(TimeIssue {
                range: clock.start..clock.end,
                problem,
            });
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
    issues: &mut Vec<TimeIssue>,
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
        let written = text.get(start..end)?.to_string();
        issues.push(TimeIssue {
            range: start..end,
            problem: TimeProblem::EndsBeforeStart { written },
        });
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
    issues: &mut Vec<TimeIssue>,
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
pub fn check_times(text: &str) -> Vec<TimeIssue> {
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
