//! Text from documents and file names made safe to print: characters that act on a terminal
//! or a CI runner, or hide text from a reader, are shown as `\u{1B}` instead of sent raw.
//!
//! A document could otherwise move the cursor or set the window title (ESC, BEL), reverse
//! the text a reviewer reads (U+202E), hide letters inside a name (U+200B), or start a new
//! output line that GitHub takes for a workflow command (a newline in a file name).

use std::borrow::Cow;
use std::fmt::Write;

/// Whether a character must not reach a terminal raw: C0 and C1 controls and DEL (tab and
/// newline are decided by the caller), bidirectional controls, zero-width and invisible
/// format characters, and the Unicode line and paragraph separators.
pub fn is_hostile(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{B}'..='\u{1F}' | '\u{7F}'..='\u{9F}'
        // Bidirectional controls: embeddings, overrides, isolates, marks.
        | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{61C}'
        // Zero-width and invisible characters.
        | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}'
        | '\u{2028}' | '\u{2029}' | '\u{FFF9}'..='\u{FFFB}')
}

/// Text for a message or a snippet: hostile characters escaped, tabs and newlines kept.
pub fn visible(s: &str) -> Cow<'_, str> {
    escape(s, is_hostile)
}

/// Text that must stay on one line (a file name, a message in a one-line format): as
/// `visible`, and newlines escaped too.
pub fn one_line(s: &str) -> Cow<'_, str> {
    escape(s, |c| c == '\n' || is_hostile(c))
}

fn escape(s: &str, hostile: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !s.chars().any(&hostile) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if hostile(c) {
            push_escape(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Appends `\u{1B}` for a character.
pub fn push_escape(out: &mut String, c: char) {
    let _ = write!(out, "\\u{{{:X}}}", u32::from(c));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_acts_on_a_terminal_and_keeps_the_rest() {
        assert_eq!(visible("Kok\u{1b}[2J"), "Kok\\u{1B}[2J");
        assert_eq!(visible("a\u{202e}b\u{200b}c"), "a\\u{202E}b\\u{200B}c");
        assert_eq!(visible("tab\there\nnext é – ’"), "tab\there\nnext é – ’");
        assert_eq!(one_line("x.txt\n::error::"), "x.txt\\u{A}::error::");
        assert_eq!(one_line("a\tb\r"), "a\tb\\u{D}");
        assert!(matches!(visible("plain"), Cow::Borrowed(_)));
    }
}
