//! The plain-text reading of a document, built a line at a time: every reader of a
//! document format (Word, OpenDocument, HTML, PDF) writes its paragraphs, headings, list
//! items and table rows here, so that the rules of the reading (one line per block, no line
//! breaks or control characters inside a line, a bound on its size) are kept in one place.

use super::{Extracted, LineKind, Note};
use crate::messages::Message;

/// The largest reading notulint builds (bytes of text): a document with more text than this
/// is not minutes, and refusing it keeps the rules' time and memory bounded.
pub const MAX_READING_BYTES: usize = 32 * 1024 * 1024;

/// A reading being built.
#[derive(Debug, Default)]
pub struct Lines {
    out: Extracted,
    page: u32,
    too_big: bool,
}

impl Lines {
    /// An empty reading.
    pub fn new() -> Self {
        Lines::default()
    }

    /// Sets the page of the lines that follow (PDF).
    pub fn set_page(&mut self, page: u32) {
        self.page = page;
    }

    /// The number of lines so far.
    pub fn len(&self) -> usize {
        self.out.kinds.len()
    }

    /// Whether no line was written yet.
    pub fn is_empty(&self) -> bool {
        self.out.kinds.is_empty()
    }

    /// Adds one line. Line breaks and control characters inside it become spaces (a TAB is
    /// kept: it separates table cells and `Datum<TAB>…` fields).
    pub fn push(&mut self, line: &str, kind: LineKind) {
        if self.out.text.len() + line.len() + 1 > MAX_READING_BYTES {
            self.too_big = true;
            return;
        }
        // Lines are joined by LF, with none after the last: the reading has exactly one line
        // per block.
        if !self.out.kinds.is_empty() {
            self.out.text.push('\n');
        }
        self.out.text.extend(line.chars().map(|c| match c {
            '\t' => '\t',
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => ' ',
            c => c,
        }));
        self.out.kinds.push(kind);
        if self.page > 0 {
            self.out.pages.push(self.page);
        }
    }

    /// Adds a table row: its cells joined by a TAB. `table_head` says whether the table
    /// starts with a head row (`w:tblHeader`, `table:table-header-rows`, `th`): such a
    /// table holds data under column heads (`Naam | Organisatie`, an action list) and its
    /// rows are table rows. A table without one is a form (`Datum | 9 juli 2018`), whose
    /// rows read as `Key<TAB>Value` lines do in a text export, each a paragraph.
    pub fn push_row(&mut self, cells: &[String], head: bool, table_head: bool) {
        let kind = if table_head {
            LineKind::TableRow { head }
        } else {
            LineKind::Paragraph
        };
        self.push(&cells.join("\t"), kind);
    }

    /// Adds a note about the document, on the line that is written next (or the last one).
    pub fn note(&mut self, message: Message, help: Message) {
        self.note_at(self.len(), message, help);
    }

    /// Adds a note about the document on a 0-based line.
    pub fn note_at(&mut self, line: usize, message: Message, help: Message) {
        self.out.notes.push(Note {
            line,
            message,
            help,
        });
    }

    /// The reading, or why there is none.
    pub fn finish(mut self) -> Result<Extracted, Message> {
        if self.too_big {
            return Err(crate::msg!(
                "unreadable.reading-too-large",
                mib = MAX_READING_BYTES >> 20
            ));
        }
        let last = self.len().saturating_sub(1);
        for n in &mut self.out.notes {
            n.line = n.line.min(last);
        }
        Ok(self.out)
    }
}

/// Collapses every run of XML/HTML white space (space, TAB, CR, LF, form feed) into one
/// space, as a browser shows text. `at_space` carries over whether the text before ended in
/// a space, so that a run split over two pieces still collapses.
pub fn collapse_into(out: &mut String, text: &str, at_space: &mut bool) {
    for c in text.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
            if !*at_space {
                out.push(' ');
                *at_space = true;
            }
        } else {
            out.push(c);
            *at_space = false;
        }
    }
}

/// The visible number of a list item in a numbering format (Word `numFmt`, ODF
/// `style:num-format`, HTML `type`): decimal, letters or Roman numerals.
pub fn number_text(n: u64, format: &str) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyz";
    match format {
        "lowerLetter" | "a" => char::from(LETTERS[((n.max(1) - 1) % 26) as usize]).to_string(),
        "upperLetter" | "A" => char::from(LETTERS[((n.max(1) - 1) % 26) as usize])
            .to_ascii_uppercase()
            .to_string(),
        "lowerRoman" | "i" => roman(n),
        "upperRoman" | "I" => roman(n).to_uppercase(),
        "decimalZero" if n < 10 => format!("0{n}"),
        _ => n.to_string(),
    }
}

fn roman(n: u64) -> String {
    const VALUES: [(u64, &str); 13] = [
        (1000, "m"),
        (900, "cm"),
        (500, "d"),
        (400, "cd"),
        (100, "c"),
        (90, "xc"),
        (50, "l"),
        (40, "xl"),
        (10, "x"),
        (9, "ix"),
        (5, "v"),
        (4, "iv"),
        (1, "i"),
    ];
    if n == 0 || n > 3999 {
        return n.to_string();
    }
    let mut s = String::new();
    let mut m = n;
    for (v, r) in VALUES {
        while m >= v {
            s.push_str(r);
            m -= v;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_single_lines() {
        let mut l = Lines::new();
        l.push("Datum:\t3 maart\nAanwezig\r", LineKind::Plain);
        l.push("", LineKind::Plain);
        let e = l.finish().unwrap();
        assert_eq!(e.text, "Datum:\t3 maart Aanwezig \n");
        assert_eq!(e.kinds.len(), 2);
    }

    #[test]
    fn numbers_as_shown() {
        assert_eq!(number_text(3, "decimal"), "3");
        assert_eq!(number_text(2, "lowerLetter"), "b");
        assert_eq!(number_text(28, "A"), "B");
        assert_eq!(number_text(14, "upperRoman"), "XIV");
        assert_eq!(number_text(4, "i"), "iv");
    }

    #[test]
    fn white_space_collapses_across_pieces() {
        let mut s = String::new();
        let mut sp = false;
        collapse_into(&mut s, "a \n ", &mut sp);
        collapse_into(&mut s, " b\t", &mut sp);
        assert_eq!(s, "a b ");
    }
}
