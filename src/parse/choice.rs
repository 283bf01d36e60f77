//! The grammar's `line` choice, and its `label_line` and `field_key` rules, read in Rust.
//!
//! Each function here follows one rule of `grammar/*.pest` step by step, with PEG's reading:
//! an alternative that fits is taken and never tried again, a repetition takes all it can.
//! The grammar stays the definition: tests compare `parse::lines` with the grammar's
//! `document` rule, and the key reading with its `field_key` rule.

use super::lines::Line;
use crate::model::{FieldKind, Marker, Span};
use std::sync::OnceLock;

/// The grammar's `hspace`.
pub(super) fn is_hspace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{A0}' | '\u{202F}' | '\u{2007}')
}

/// The position after `hspace*` from `p`.
fn hspace_from(s: &str, p: usize) -> usize {
    s.len() - s[p..].trim_start_matches(is_hspace).len()
}

/// Whether `s[p..]` opens with `word` in any ASCII case (pest's `^"word"`).
fn opens_with(s: &str, p: usize, word: &str) -> bool {
    s.as_bytes()
        .get(p..p + word.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(word.as_bytes()))
}

/// The position after an optional `**` (`md_bold?`) from `p`.
fn bold_from(s: &str, p: usize) -> usize {
    if s[p..].starts_with("**") {
        p + 2
    } else {
        p
    }
}

/// The char at `p`, if any.
fn char_at(s: &str, p: usize) -> Option<char> {
    s[p..].chars().next()
}

/// What a line of the grammar's `line` choice is, read without pest. `piece` is the line from `text[base..]` up to its LF (`ends_in_lf` says whether one
/// follows); the choice's first construct, `prose_line`, has been tried.
pub(super) fn read_line(text: &str, base: usize, piece: &str, ends_in_lf: bool) -> Line {
    // `&(eol | EOI)` holds from the end of `content` on: a CR there is the line end's.
    let content = match piece.strip_suffix('\r') {
        Some(c) if ends_in_lf => c,
        _ => piece,
    };
    let at_end = |p: usize| p >= content.len();
    let to_end = |p: usize| Span::new(base + p, base + piece.len()).trim(text);
    let start = hspace_from(piece, 0);
    if at_end(start) {
        return Line::Blank;
    }
    if table_head(piece, start).is_some_and(at_end) {
        return Line::TableHead;
    }
    let separator = crate::nl::tokens::any_byte(piece.as_bytes(), |b| b == b':' || b == b'\t');
    if separator {
        if let Some((kind, key, value)) = header_field(piece, start) {
            return Line::Field {
                kind,
                key: Span::new(base + key.0, base + key.1),
                value: to_end(value),
            };
        }
    }
    if let Some((label, cell, untabbed)) = item_row(piece) {
        return Line::ItemRow {
            label: Span::new(base + label.0, base + label.1),
            blocks: cell_blocks(piece, cell)
                .map(|(from, to)| Span::new(base + from, base + to).trim(text))
                .filter(|block| !block.is_empty())
                .collect(),
            untabbed,
        };
    }
    if let Some((number, title)) = numbered_heading(piece) {
        return Line::Numbered {
            number: Span::new(base + number.0, base + number.1),
            title: to_end(title),
        };
    }
    if separator {
        if let Some(marker) = marker_line(piece, start) {
            return Line::Marker(marker);
        }
    }
    if let Some(text_start) = bullet_line(piece, start) {
        return Line::Bullet(Some(to_end(text_start)));
    }
    if content.chars().any(pest::unicode::LETTER) {
        return Line::Text;
    }
    Line::Unrecognized
}

/// `table_head`: `hspace* ~ ^"nr" ~ "."? ~ hspace+ ~ ^"onderwerp" ~ hspace*` from `start`
/// (after the first `hspace*`), with the words of `item-table-heads.txt`; the position
/// after it.
fn table_head(s: &str, start: usize) -> Option<usize> {
    static WORDS: OnceLock<(&str, &str)> = OnceLock::new();
    let (nr, subject) = *WORDS.get_or_init(|| {
        let line = crate::nl::lexicon::ITEM_TABLE_HEADS
            .entries()
            .next()
            .unwrap_or_default();
        line.split_once(' ').unwrap_or((line, ""))
    });
    if !opens_with(s, start, nr) {
        return None;
    }
    let mut p = start + nr.len();
    if s[p..].starts_with('.') {
        p += 1;
    }
    let after = hspace_from(s, p);
    if after == p || !opens_with(s, after, subject) {
        return None;
    }
    Some(hspace_from(s, after + subject.len()))
}

/// `header_field` from `start` (after its `hspace*`; the caller has checked
/// `has_separator`): the key's kind and range, and where the value starts.
fn header_field(s: &str, start: usize) -> Option<(FieldKind, (usize, usize), usize)> {
    let at = bold_from(s, start);
    let (kind, len) = field_key_at(s, at)?;
    let mut p = bold_from(s, at + len);
    p = s.len() - s[p..].trim_start_matches([' ', '\u{A0}']).len();
    match s.as_bytes().get(p) {
        Some(b':') => p = bold_from(s, p + 1),
        Some(b'\t') => p += 1,
        _ => return None,
    }
    p = bold_from(s, p);
    Some((kind, (at, at + len), hspace_from(s, p)))
}

/// `label_line` on the text of a line (without its LF): the key's kind and range.
pub(super) fn label_line(t: &str) -> Option<(FieldKind, (usize, usize))> {
    let at = bold_from(t, hspace_from(t, 0));
    let (kind, len) = field_key_at(t, at)?;
    let mut p = bold_from(t, at + len);
    p = t.len() - t[p..].trim_start_matches([' ', '\u{A0}']).len();
    if t[p..].starts_with(':') {
        p = bold_from(t, p + 1);
    }
    p = hspace_from(t, p);
    let rest = &t[p..];
    (rest.is_empty() || rest == "\r").then_some((kind, (at, at + len)))
}

/// The key of `field-keys.txt` at `s[p..]`, as the grammar's `field_key` reads it: its kind
/// and length. The grammar lists a longer key before every key that begins it, so its first
/// fitting key is the longest that fits (a test compares the two); a key written with a
/// colon fits only before `key_space* ~ (":" | "\t")`.
pub(super) fn field_key_at(s: &str, p: usize) -> Option<(FieldKind, usize)> {
    /// The keys by their first byte, longest first.
    type Keys = Vec<(&'static str, FieldKind, bool)>;
    static BY_FIRST: OnceLock<Vec<Keys>> = OnceLock::new();
    let by_first = BY_FIRST.get_or_init(|| {
        let mut by_first: Vec<Keys> = vec![Vec::new(); 128];
        for k in crate::nl::lexicon::field_keys() {
            if let (Some(kind), Some(&first)) = (field_kind(k.kind), k.key.as_bytes().first()) {
                if first.is_ascii() {
                    by_first[usize::from(first)].push((k.key, kind, k.before_separator_only));
                }
            }
        }
        for keys in &mut by_first {
            keys.sort_by_key(|k| std::cmp::Reverse(k.0.len()));
        }
        by_first
    });
    let first = s.as_bytes().get(p)?.to_ascii_lowercase();
    let keys = by_first.get(usize::from(first))?;
    keys.iter().find_map(|&(key, kind, before_separator_only)| {
        if !opens_with(s, p, key) {
            return None;
        }
        let after = p + key.len();
        let fits = !before_separator_only
            || s[after..]
                .trim_start_matches([' ', '\u{A0}'])
                .starts_with([':', '\t']);
        fits.then_some((kind, key.len()))
    })
}

/// The field a kind of `field-keys.txt` names.
pub(crate) fn field_kind(kind: &str) -> Option<FieldKind> {
    Some(match kind {
        "date" => FieldKind::Date,
        "time" => FieldKind::Time,
        "chair" => FieldKind::Chair,
        "secretary" => FieldKind::Secretary,
        "minute-taker" => FieldKind::MinuteTaker,
        "clerk" => FieldKind::Clerk,
        "location" => FieldKind::Location,
        "status" => FieldKind::Status,
        "present" => FieldKind::Present,
        "absent" => FieldKind::Absent,
        "absent-notified" => FieldKind::AbsentNotified,
        "guests" => FieldKind::Guests,
        _ => return None,
    })
}

/// `item_row` or `item_row_untabbed` up to their `cell`: the label's range, where the cell
/// starts, and whether the row lost its tab.
fn item_row(s: &str) -> Option<((usize, usize), usize, bool)> {
    let b = s.as_bytes();
    match b.first() {
        Some(c) if c.is_ascii_uppercase() => {
            // `item_letter ~ " "* ~ "\t" ~ hspace*`, else `item_letter ~ " " ~
            // &(UPPERCASE_LETTER | "<")`; `item_letter` needs `hspace` after it.
            if !char_at(s, 1).is_some_and(is_hspace) {
                return None;
            }
            let after_spaces = s.len() - s[1..].trim_start_matches(' ').len();
            if s[after_spaces..].starts_with('\t') {
                return Some(((0, 1), hspace_from(s, after_spaces + 1), false));
            }
            let untabbed = s[1..].strip_prefix(' ').is_some_and(|r| {
                r.starts_with('<')
                    || r.chars()
                        .next()
                        .is_some_and(pest::unicode::UPPERCASE_LETTER)
            });
            untabbed.then_some(((0, 1), 2, true))
        }
        Some(c) if c.is_ascii_digit() => {
            // `item_digits ~ " "* ~ "\t" ~ hspace* ~ &^"<p"`: `ASCII_DIGIT{1,2} ~
            // ASCII_ALPHA_LOWER?` and `hspace` after it.
            let mut end = digits(b, 0, 2);
            if b.get(end).is_some_and(u8::is_ascii_lowercase) {
                end += 1;
            }
            if !char_at(s, end).is_some_and(is_hspace) {
                return None;
            }
            let after_spaces = s.len() - s[end..].trim_start_matches(' ').len();
            if !s[after_spaces..].starts_with('\t') {
                return None;
            }
            let cell = hspace_from(s, after_spaces + 1);
            opens_with(s, cell, "<p").then_some(((0, end), cell, false))
        }
        _ => None,
    }
}

/// The end of a `p_open` (`<p>`, `<p class="x">`, in any case) at `s[p..]`; a `<p ` must
/// close before the line end (a CR before the LF is no `>`).
fn p_open(s: &str, p: usize) -> Option<usize> {
    if opens_with(s, p, "<p>") {
        return Some(p + 3);
    }
    if !opens_with(s, p, "<p ") {
        return None;
    }
    let close = memchr::memchr(b'>', &s.as_bytes()[p + 3..])?;
    Some(p + 3 + close + 1)
}

/// The text ranges of the grammar's `cell` from `from` to the end of the line: the
/// `p_text` of each `p_block` and each `loose_text`, untrimmed.
fn cell_blocks(s: &str, from: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    // The first `<p` tag at or after `p` that `stop` accepts, else the end of the line.
    let until = move |p: usize, stop: &dyn Fn(usize) -> bool| {
        let mut at = p;
        while let Some(i) = memchr::memchr(b'<', &s.as_bytes()[at..]) {
            if stop(at + i) {
                return at + i;
            }
            at += i + 1;
        }
        s.len()
    };
    let mut p = from;
    std::iter::from_fn(move || {
        if p >= s.len() {
            return None;
        }
        let Some(text) = p_open(s, p) else {
            // `loose_text`: up to the next `p_open`.
            let to = until(p, &|q| p_open(s, q).is_some());
            let block = (p, to);
            p = to;
            return Some(block);
        };
        // `p_text` up to `</p>` (closing the block), or the next `p_open`.
        let to = until(text, &|q| {
            s[q..].starts_with("</p>") || s[q..].starts_with("</P>") || p_open(s, q).is_some()
        });
        p = if opens_with(s, to, "</p>") {
            to + 4
        } else {
            to
        };
        Some((text, to))
    })
}

/// `numbered_heading`: the range of its `item_number` and where `heading_text` starts.
fn numbered_heading(s: &str) -> Option<((usize, usize), usize)> {
    // `md_heading? ~ hspace*`: `"#"+ ~ hspace+`, or nothing.
    let hashes = s.len() - s.trim_start_matches('#').len();
    let mut start = 0;
    if hashes > 0 {
        let after = hspace_from(s, hashes);
        if after > hashes {
            start = after;
        }
    }
    let start = hspace_from(s, start);
    // `agenda_word ~ item_number ~ (hspace* ~ ("–" | "-" | "—" | ":") ~ hspace* | number_sep)`
    if let Some(word_end) = agenda_word(s, start) {
        if let Some(number_end) = item_number(s, word_end) {
            let after = hspace_from(s, number_end);
            let dash = ["–", "-", "—", ":"]
                .iter()
                .find(|d| s[after..].starts_with(**d))
                .map(|d| hspace_from(s, after + d.len()));
            if let Some(title) = dash.or_else(|| number_sep(s, number_end)) {
                return Some(((word_end, number_end), title));
            }
        }
    }
    // `item_number ~ number_sep`
    let number_end = item_number(s, start)?;
    let title = number_sep(s, number_end)?;
    Some(((start, number_end), title))
}

/// `agenda_word` (the words of `agenda-words.txt`, then `hspace+`): the position after it.
fn agenda_word(s: &str, p: usize) -> Option<usize> {
    crate::nl::lexicon::AGENDA_WORDS
        .entries()
        .find(|w| opens_with(s, p, w))
        .and_then(|w| {
            let after = hspace_from(s, p + w.len());
            (after > p + w.len()).then_some(after)
        })
}

/// The number of ASCII digits at `b[p..]`, at most `max`.
fn digits(b: &[u8], p: usize, max: usize) -> usize {
    b.get(p..)
        .unwrap_or_default()
        .iter()
        .take(max)
        .take_while(|c| c.is_ascii_digit())
        .count()
}

/// `item_number`: `ASCII_DIGIT{1,3} ~ ASCII_ALPHA_LOWER? ~ ASCII_ALPHA_UPPER? ~ ("." ~
/// (ASCII_DIGIT{1,3} | ASCII_ALPHA_LOWER) ~ !ASCII_DIGIT)*`; the position after it.
fn item_number(s: &str, p: usize) -> Option<usize> {
    let b = s.as_bytes();
    let n = digits(b, p, 3);
    if n == 0 {
        return None;
    }
    let mut p = p + n;
    if b.get(p).is_some_and(u8::is_ascii_lowercase) {
        p += 1;
    }
    if b.get(p).is_some_and(u8::is_ascii_uppercase) {
        p += 1;
    }
    while b.get(p) == Some(&b'.') {
        let mut q = p + 1;
        match digits(b, q, 3) {
            0 if b.get(q).is_some_and(u8::is_ascii_lowercase) => q += 1,
            0 => break,
            n => q += n,
        }
        if b.get(q).is_some_and(u8::is_ascii_digit) {
            break;
        }
        p = q;
    }
    Some(p)
}

/// `number_sep`: `("." | ")" | ":")? ~ hspace+ | ("." | ")" | ":") ~ &LETTER`; the position
/// after it.
fn number_sep(s: &str, p: usize) -> Option<usize> {
    let punct = s[p..].starts_with(['.', ')', ':']);
    let q = if punct { p + 1 } else { p };
    let after = hspace_from(s, q);
    if after > q {
        return Some(after);
    }
    (punct && char_at(s, q).is_some_and(pest::unicode::LETTER)).then_some(q)
}

/// `marker_line` from `start` (after its `hspace*`; the caller has checked
/// `has_separator`): the marker its key gives.
fn marker_line(s: &str, start: usize) -> Option<Marker> {
    // `(md_bold | "-" ~ hspace+)?`
    let mut p = start;
    if s[p..].starts_with("**") {
        p += 2;
    } else if s[p..].starts_with('-') {
        let after = hspace_from(s, p + 1);
        if after > p + 1 {
            p = after;
        }
    }
    let (key, kind) = marker_key_at(s, p)?;
    p = hspace_from(s, bold_from(s, p + key.len()));
    if !s[p..].starts_with(':') {
        return None;
    }
    Some(match kind {
        "decision" => Marker::Decision,
        "conclusion" => Marker::Conclusion,
        "advice" => Marker::Advice,
        "agreement" => Marker::Agreement,
        _ => Marker::Action,
    })
}

/// The marker key of `marker-keys.txt` at `s[p..]` and its kind: the longest that fits, as
/// the grammar lists a longer key before every key that begins it (`besluiten`, `besluit`).
fn marker_key_at(s: &str, p: usize) -> Option<(&'static str, &'static str)> {
    static KEYS: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        let mut keys: Vec<_> = crate::nl::lexicon::MARKER_KEYS
            .entries()
            .filter_map(|l| l.split_once(' '))
            .collect();
        keys.sort_by_key(|k| std::cmp::Reverse(k.0.len()));
        keys
    });
    keys.iter().copied().find(|(key, _)| opens_with(s, p, key))
}

/// `bullet_line` from `start` (after its `hspace*`): where `bullet_text` starts.
fn bullet_line(s: &str, start: usize) -> Option<usize> {
    let mark = char_at(s, start)?;
    let after_mark = start + mark.len_utf8();
    let fits = match mark {
        '-' | '•' | '*' | '–' | '·' | '▪' => true,
        'o' => char_at(s, after_mark).is_some_and(is_hspace),
        _ => false,
    };
    let after = hspace_from(s, after_mark);
    (fits && after > after_mark).then_some(after)
}
