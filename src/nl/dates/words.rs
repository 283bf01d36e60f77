//! The Dutch words the date and time scanner knows, read once from `src/nl/data`.
//!
//! Every file is one entry a line, sorted in byte order. Where the order of the year or the
//! week matters, the line starts with the number (`07 juli`, `2 dinsdag`), zero-padded for
//! months so that the file sorts by it. Words are matched ignoring ASCII case.

use std::sync::OnceLock;

/// Month names after their number: `01 januari` … `12 december`.
const MONTHS: &str = include_str!("../data/months.txt");
/// Month abbreviations as Dutch secretaries write them (with or without the dot) after the
/// month's number: `02 febr`, `09 sept`. `mei` has none.
const MONTH_ABBREVIATIONS: &str = include_str!("../data/month-abbreviations.txt");
/// Weekday names after their number from maandag: `1 maandag` … `7 zondag`.
const WEEKDAYS: &str = include_str!("../data/weekdays.txt");
/// Weekday abbreviations after their number from maandag: `1 ma` … `7 zo`.
const WEEKDAY_ABBREVIATIONS: &str = include_str!("../data/weekday-abbreviations.txt");
/// Weekday abbreviations that are also everyday words (`ma`, the note `do`, and above all
/// `zo`): in running text they need a dot or a comma to count as a weekday.
const EVERYDAY_WEEKDAY_ABBREVIATIONS: &str =
    include_str!("../data/weekday-abbreviations-everyday.txt");
/// Parts of the day written onto the weekday: `dinsdagavond 13 september 2018`.
const DAY_PARTS: &str = include_str!("../data/day-parts.txt");
/// Real words one letter away from a month name (`maar` from `maart`). In running text
/// `12 maar 2018` is most likely a sentence, so they only count as a misspelt month when the
/// date stands alone or follows a weekday.
const WORDS_NEAR_MONTHS: &str = include_str!("../data/words-near-months.txt");
/// The word for "hour" after a clock time: `uur` in full, and `u.` as an abbreviation whose
/// dot may be left off (`20.00u`, `om 20.00 u`).
const HOUR_UNITS: &str = include_str!("../data/hour-units.txt");
/// Words after which a lone `11.45` is a clock time: `om 11.45`, `Aanvang: 19.30`.
const TIME_TRIGGERS: &str = include_str!("../data/time-triggers.txt");
/// Words after which a figure is a reference or a quantity, not a time or a date: section
/// numbers, file numbers, amounts, scores, scales (`art. 9.12`, `kenmerk 2019-12-34`).
const FIGURE_BEFORE: &str = include_str!("../data/figure-before.txt");
/// Words after which `7.75 uur` is an amount of hours written with a decimal point.
/// Clock times such as `aanvangstijd` are triggers instead.
const DURATION_BEFORE: &str = include_str!("../data/duration-before.txt");
/// Words after which a figure is a quantity or a legal reference, not a time: `3.50 euro`,
/// `2.75 procent`, `artikel 10:63 Awb`.
const QUANTITY_AFTER: &str = include_str!("../data/quantity-after.txt");

/// The word lists, parsed.
pub(super) struct Words {
    /// Month names, `januari` first.
    pub months: Vec<&'static str>,
    /// Month abbreviations with their month number (1–12).
    pub month_abbreviations: Vec<(&'static str, u32)>,
    /// Weekday names, `maandag` first.
    pub weekdays: Vec<&'static str>,
    /// Weekday abbreviations, `ma` first.
    pub weekday_abbreviations: Vec<&'static str>,
    /// See [`EVERYDAY_WEEKDAY_ABBREVIATIONS`].
    pub everyday_weekday_abbreviations: Vec<&'static str>,
    /// See [`DAY_PARTS`].
    pub day_parts: Vec<&'static str>,
    /// See [`WORDS_NEAR_MONTHS`].
    pub words_near_months: Vec<&'static str>,
    /// `uur`: the hour word in full.
    pub hour_words: Vec<&'static str>,
    /// `u`: the hour word abbreviated, without its dot.
    pub hour_abbreviations: Vec<&'static str>,
    /// See [`TIME_TRIGGERS`].
    pub time_triggers: Vec<&'static str>,
    /// See [`FIGURE_BEFORE`].
    pub figure_before: Vec<&'static str>,
    /// See [`DURATION_BEFORE`].
    pub duration_before: Vec<&'static str>,
    /// See [`QUANTITY_AFTER`].
    pub quantity_after: Vec<&'static str>,
}

/// The word lists, parsed on first use.
pub(super) fn words() -> &'static Words {
    static WORDS: OnceLock<Words> = OnceLock::new();
    WORDS.get_or_init(|| {
        let hour_units: Vec<&str> = HOUR_UNITS.lines().collect();
        Words {
            months: numbered(MONTHS).map(|(_, w)| w).collect(),
            month_abbreviations: numbered(MONTH_ABBREVIATIONS).map(|(n, w)| (w, n)).collect(),
            weekdays: numbered(WEEKDAYS).map(|(_, w)| w).collect(),
            weekday_abbreviations: numbered(WEEKDAY_ABBREVIATIONS).map(|(_, w)| w).collect(),
            everyday_weekday_abbreviations: EVERYDAY_WEEKDAY_ABBREVIATIONS.lines().collect(),
            day_parts: DAY_PARTS.lines().collect(),
            words_near_months: WORDS_NEAR_MONTHS.lines().collect(),
            hour_words: hour_units
                .iter()
                .filter(|u| !u.ends_with('.'))
                .copied()
                .collect(),
            hour_abbreviations: hour_units
                .iter()
                .filter_map(|u| u.strip_suffix('.'))
                .collect(),
            time_triggers: TIME_TRIGGERS.lines().collect(),
            figure_before: FIGURE_BEFORE.lines().collect(),
            duration_before: DURATION_BEFORE.lines().collect(),
            quantity_after: QUANTITY_AFTER.lines().collect(),
        }
    })
}

/// The lines of a numbered list (`07 juli`) as (number, word). The files are sorted by
/// number, so the words come out in the order of the year or the week.
fn numbered(list: &'static str) -> impl Iterator<Item = (u32, &'static str)> {
    list.lines().filter_map(|line| {
        let (number, word) = line.split_once(' ')?;
        Some((number.parse().ok()?, word))
    })
}

/// Whether `word` is in `list`, ignoring ASCII case.
pub(super) fn in_list(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILES: [(&str, &str); 12] = [
        ("months.txt", MONTHS),
        ("month-abbreviations.txt", MONTH_ABBREVIATIONS),
        ("weekdays.txt", WEEKDAYS),
        ("weekday-abbreviations.txt", WEEKDAY_ABBREVIATIONS),
        (
            "weekday-abbreviations-everyday.txt",
            EVERYDAY_WEEKDAY_ABBREVIATIONS,
        ),
        ("day-parts.txt", DAY_PARTS),
        ("words-near-months.txt", WORDS_NEAR_MONTHS),
        ("hour-units.txt", HOUR_UNITS),
        ("time-triggers.txt", TIME_TRIGGERS),
        ("figure-before.txt", FIGURE_BEFORE),
        ("duration-before.txt", DURATION_BEFORE),
        ("quantity-after.txt", QUANTITY_AFTER),
    ];

    #[test]
    fn word_lists_are_sorted_and_free_of_duplicates() {
        for (name, list) in FILES {
            crate::nl::tidy::assert_tidy(name, list);
        }
    }

    #[test]
    fn numbered_lists_count_from_one_without_gaps() {
        for (name, list, len) in [
            ("months.txt", MONTHS, 12),
            ("weekdays.txt", WEEKDAYS, 7),
            ("weekday-abbreviations.txt", WEEKDAY_ABBREVIATIONS, 7),
        ] {
            let numbers: Vec<u32> = numbered(list).map(|(n, _)| n).collect();
            assert_eq!(numbers, (1..=len).collect::<Vec<_>>(), "{name}");
        }
        let abbreviations: Vec<u32> = numbered(MONTH_ABBREVIATIONS).map(|(n, _)| n).collect();
        assert_eq!(abbreviations.len(), MONTH_ABBREVIATIONS.lines().count());
        assert!(abbreviations.iter().all(|n| (1..=12).contains(n)));
        let w = words();
        assert_eq!(w.months[6], "juli");
        assert_eq!(w.weekdays[3], "donderdag");
        assert_eq!(w.hour_words, ["uur"]);
        assert_eq!(w.hour_abbreviations, ["u"]);
        for a in &w.everyday_weekday_abbreviations {
            assert!(w.weekday_abbreviations.contains(a), "{a}");
        }
    }
}
