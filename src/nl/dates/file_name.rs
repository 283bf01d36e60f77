//! The date a file name gives, for minutes whose text names none.

use jiff::civil::Date;

use super::find_dates;

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
