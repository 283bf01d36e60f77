//! `check --fix`: the mechanical, safe fixes, in `.txt` and `.md` files only. An empty list
//! entry loses its extra separator, an exact duplicate name in a list is removed with its
//! separator, and a misspelt glossary term with exactly one suggestion is replaced by it in
//! the original's case. Nothing outside the entry or word a finding reports is touched;
//! the file is written through a temporary file and a rename, in its own encoding and line
//! ends.

use crate::config::Config;
use crate::finding::Finding;
use crate::input::decode::Encoding;
use crate::source::Source;
use std::ops::Range;
use std::path::Path;

/// One replacement in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    /// The bytes replaced.
    pub range: Range<usize>,
    /// What replaces them.
    pub replacement: String,
    /// The rule whose finding it fixes.
    pub rule: &'static str,
}

/// Whether a file is one `--fix` may change: plain text or Markdown, by its extension.
pub fn fixable_path(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    matches!(
        ext.as_deref(),
        Some("txt" | "md" | "markdown" | "mdown" | "mkd")
    )
}

/// The safe edits for a document's findings, in text order, none overlapping.
pub fn edits(text: &str, findings: &[Finding], config: &Config) -> Vec<Edit> {
    let mut out: Vec<Edit> = findings
        .iter()
        .filter_map(|f| match f.rule {
            "attendance/empty-entry" => empty_entry(text, f),
            "attendance/duplicate-person" => duplicate(text, f),
            "text/term-spelling" => term(text, f, config),
            _ => None,
        })
        .collect();
    out.sort_by_key(|e| (e.range.start, e.range.end));
    // Two fixes that touch the same bytes wait for the next round.
    let mut kept: Vec<Edit> = Vec::with_capacity(out.len());
    for e in out {
        if kept.last().is_none_or(|k| k.range.end <= e.range.start) {
            kept.push(e);
        }
    }
    kept
}

/// Applies edits (sorted, not overlapping) to a text.
pub fn apply(text: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for e in edits {
        out.push_str(&text[at..e.range.start]);
        out.push_str(&e.replacement);
        at = e.range.end;
    }
    out.push_str(&text[at..]);
    out
}

fn is_separator(s: &str) -> bool {
    matches!(s, "," | ";")
}

fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\u{a0}'
}

/// `J. Lucas,, P. Miltenburg`: the extra separator goes, with the white space before it
/// when white space follows (`J. Lucas, , P.`, a trailing ` ,`).
fn empty_entry(text: &str, f: &Finding) -> Option<Edit> {
    let r = f.span.range();
    if !is_separator(text.get(r.clone())?) {
        return None;
    }
    let before = text[..r.start].trim_end_matches(is_blank);
    let after = &text[r.end..];
    let blank_before = before.len() < r.start;
    let blank_or_end_after = after.is_empty() || after.starts_with(|c: char| c.is_whitespace());
    let start = if blank_before && blank_or_end_after {
        before.len()
    } else {
        r.start
    };
    Some(Edit {
        range: start..r.end,
        replacement: String::new(),
        rule: f.rule,
    })
}

/// The second of two identical names in a list: the entry goes with the separator after
/// it (`A, B, A, C` → `A, B, C`), or before it at the end of a list (`A, B, A` → `A, B`),
/// or the whole line when the name stands alone on it. An entry with more than the name
/// (an annotation, an honorific) is left alone.
fn duplicate(text: &str, f: &Finding) -> Option<Edit> {
    let r = f.span.range();
    text.get(r.clone())?;
    let line_start = text[..r.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[r.end..].find('\n').map_or(text.len(), |i| r.end + i);
    let before = &text[line_start..r.start];
    let after = text[r.end..line_end].trim_end_matches('\r');
    let lead = before.trim_end_matches(is_blank);
    let rest = after.trim_start_matches(is_blank);
    let edit = |range: Range<usize>| {
        Some(Edit {
            range,
            replacement: String::new(),
            rule: f.rule,
        })
    };
    // Alone on its line, perhaps as a bullet: the line goes.
    let bullet = lead.trim_start_matches(is_blank);
    if matches!(bullet, "" | "-" | "*" | "•" | "–")
        && rest.trim_end_matches([',', ';']).trim().is_empty()
    {
        let next = if line_end < text.len() {
            line_end + 1
        } else {
            line_end
        };
        return edit(line_start..next);
    }
    let lead_sep = lead.ends_with([',', ';']);
    if let Some(sep) = rest.chars().next().filter(|c| matches!(c, ',' | ';')) {
        if lead_sep
            || lead.ends_with(':')
            || lead.ends_with('\t')
            || lead.is_empty()
            || before.ends_with('\t')
        {
            // Name, separator and the white space after it.
            let after_sep = &rest[sep.len_utf8()..];
            let gap = after_sep.len() - after_sep.trim_start_matches(is_blank).len();
            let end = r.end + (after.len() - rest.len()) + sep.len_utf8() + gap;
            return edit(r.start..end);
        }
        return None;
    }
    if rest.is_empty() && lead_sep {
        // The last entry: the separator before it goes too.
        return edit(lead.len() - 1 + line_start..r.end + (after.len() - rest.len()));
    }
    None
}

/// A misspelt glossary term: replaced by the one suggestion, whose capitals follow the
/// word as written. Asked again of the glossary, so that only a word it is sure of changes.
fn term(text: &str, f: &Finding, config: &Config) -> Option<Edit> {
    let r = f.span.range();
    let word = text.get(r.clone())?;
    let found = config.glossary().misspellings(word);
    let [m] = found.as_slice() else { return None };
    if m.range != (0..word.len()) || m.suggestion == word || m.suggestion.is_empty() {
        return None;
    }
    let first_upper = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    if first_upper(word) != first_upper(&m.suggestion) {
        return None;
    }
    Some(Edit {
        range: r,
        replacement: m.suggestion.clone(),
        rule: f.rule,
    })
}

/// The bytes of a fixed text in the file's own encoding and line ends; `None` when the text
/// cannot be written back so (a character Windows-1252 lacks).
pub fn encode(source: &Source, original: &[u8], text: &str) -> Option<Vec<u8>> {
    let text = if source.cr_line_ends {
        std::borrow::Cow::Owned(text.replace('\n', "\r"))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    match source.encoding {
        Encoding::Utf8 => Some(text.as_bytes().to_vec()),
        Encoding::Windows1252 => {
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
            (!unmappable).then(|| bytes.into_owned())
        }
        Encoding::Utf16 => {
            let big = original.starts_with(&[0xFE, 0xFF]);
            let mut out = if big {
                vec![0xFE, 0xFF]
            } else {
                vec![0xFF, 0xFE]
            };
            for u in text.encode_utf16() {
                out.extend(if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                });
            }
            Some(out)
        }
    }
}

/// Writes a file atomically: a temporary file beside it (same folder, same permissions),
/// then a rename over it. A link is followed, so the link stays a link.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let target = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let dir = target.parent().unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let perms = std::fs::metadata(&target).map(|m| m.permissions()).ok();
    let mut n = 0u32;
    let (tmp, mut file) = loop {
        let tmp = dir.join(format!(".{name}.notulint-{}-{n}.tmp", std::process::id()));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
        {
            Ok(f) => break (tmp, f),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 100 => n += 1,
            Err(e) => return Err(e),
        }
    };
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| match perms {
            Some(p) => std::fs::set_permissions(&tmp, p),
            None => Ok(()),
        })
        .and_then(|()| std::fs::rename(&tmp, &target));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// A unified diff of a file before and after its fixes, three lines of context.
pub fn diff(path: &str, old: &str, new: &str) -> String {
    let d = similar::TextDiff::from_lines(old, new);
    let mut out = String::new();
    let shown = crate::paths::slashed(Path::new(path));
    for hunk in d
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{shown}"), &format!("b/{shown}"))
        .iter_hunks()
    {
        if out.is_empty() {
            out.push_str(&format!("--- a/{shown}\n+++ b/{shown}\n"));
        }
        out.push_str(&hunk.to_string());
    }
    // A line without a final line end is shown as diff shows it.
    if !out.is_empty() && !out.ends_with('\n') {
        out.push_str("\n\\ No newline at end of file\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;

    fn at(text: &str, needle: &str, nth: usize, rule: &'static str) -> Finding {
        let start = text.match_indices(needle).nth(nth).expect("needle").0;
        Finding {
            rule,
            severity: crate::Severity::Warning,
            message: crate::msg!("label.here"),
            span: Span::new(start, start + needle.len()),
            related: Vec::new(),
            help: None,
            label: None,
            cap: None,
            subject: None,
        }
    }

    fn fixed(text: &str, f: Finding) -> String {
        apply(text, &edits(text, &[f], &Config::default()))
    }

    #[test]
    fn empty_entries_lose_the_extra_separator() {
        let t = "Aanwezig: J. Lucas,, P. Miltenburg\n";
        assert_eq!(
            fixed(t, at(t, ",", 1, "attendance/empty-entry")),
            "Aanwezig: J. Lucas, P. Miltenburg\n"
        );
        let t = "Aanwezig: J. Lucas, , P. Miltenburg\r\n";
        assert_eq!(
            fixed(t, at(t, ",", 1, "attendance/empty-entry")),
            "Aanwezig: J. Lucas, P. Miltenburg\r\n"
        );
        let t = "Aanwezig: J. Lucas, P. Miltenburg,\n";
        assert_eq!(
            fixed(t, at(t, ",", 1, "attendance/empty-entry")),
            "Aanwezig: J. Lucas, P. Miltenburg\n"
        );
    }

    #[test]
    fn duplicates_go_with_one_separator() {
        let dup = "attendance/duplicate-person";
        let t = "Aanwezig\tS. Schelberg, A. Raven, S. Schelberg, E. Nauta\n";
        assert_eq!(
            fixed(t, at(t, "S. Schelberg", 1, dup)),
            "Aanwezig\tS. Schelberg, A. Raven, E. Nauta\n"
        );
        let t = "Aanwezig: A. Raven, E. Nauta, A. Raven\n";
        assert_eq!(
            fixed(t, at(t, "A. Raven", 1, dup)),
            "Aanwezig: A. Raven, E. Nauta\n"
        );
        let t = "Aanwezig:\n- A. Raven\n- E. Nauta\n- A. Raven\n\nTekst\n";
        assert_eq!(
            fixed(t, at(t, "A. Raven", 1, dup)),
            "Aanwezig:\n- A. Raven\n- E. Nauta\n\nTekst\n"
        );
        // More than the name: left alone.
        let t = "Aanwezig: A. Raven, E. Nauta, A. Raven (vz), B. Bos\n";
        assert_eq!(fixed(t, at(t, "A. Raven", 1, dup)), t);
        let t = "Aanwezig: A. Raven, E. Nauta en A. Raven\n";
        assert_eq!(fixed(t, at(t, "A. Raven", 1, dup)), t);
    }

    #[test]
    fn terms_keep_their_case() {
        let t = "- Ondernijning: dit onderwerp\nvoor ondernijning graag\n";
        let c = Config::default();
        let fs = [
            at(t, "Ondernijning", 0, "text/term-spelling"),
            at(t, "ondernijning", 0, "text/term-spelling"),
        ];
        assert_eq!(
            apply(t, &edits(t, &fs, &c)),
            "- Ondermijning: dit onderwerp\nvoor ondermijning graag\n"
        );
    }

    #[test]
    fn encodings_and_line_ends_are_kept() {
        let mut s = Source::from_bytes("a.txt", b"caf\xe9\rx\r".to_vec()).expect("reads");
        assert_eq!(s.text, "café\nx\n");
        let bytes = encode(&s, b"", "cafe\u{301}\ny\n");
        assert!(bytes.is_none() || bytes.as_deref() == Some(b"cafe\xcc\x81\ry\r".as_slice()));
        assert_eq!(
            encode(&s, b"", "café\ny\n").as_deref(),
            Some(b"caf\xe9\ry\r".as_slice())
        );
        s.encoding = Encoding::Utf16;
        s.cr_line_ends = false;
        assert_eq!(
            encode(&s, &[0xFE, 0xFF], "a").as_deref(),
            Some([0xFE, 0xFF, 0, b'a'].as_slice())
        );
    }
}
