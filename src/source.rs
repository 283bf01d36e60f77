//! A loaded file: its path, its text, and the byte → line/column index.

use crate::input::decode::{decode, Encoding};
use crate::input::{Format, LineKind, Note, Reading};
use std::path::PathBuf;
use std::sync::Arc;

pub use crate::input::decode::DecodeError;

/// One document as notulint reads it.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given on the command line (or found under a directory given there).
    pub path: PathBuf,
    /// The text, decoded (a BOM is kept, line ends are kept; lone-CR line ends read as LF).
    pub text: String,
    /// The format, from the file's extension.
    pub format: Format,
    /// How the bytes were decoded.
    pub encoding: Encoding,
    /// The file ended lines with a lone CR (read as LF).
    pub cr_line_ends: bool,
    /// For a document read from its bytes (Word, OpenDocument, HTML, PDF), whose `text` is
    /// its plain-text reading: the reader's hints, pages and notes.
    pub layout: Option<Arc<Layout>>,
    line_starts: Vec<usize>,
    /// Every `CHECKPOINT` bytes: the char boundary at or before it and the number of chars
    /// before that boundary, so that a column costs at most `CHECKPOINT` bytes of counting
    /// even on a line of megabytes. Made the first time a column lies that far into a line
    /// (columns on ordinary lines are counted from the line's start).
    checkpoints: std::sync::OnceLock<Vec<(usize, usize)>>,
}

/// What a reader of a document format knows beyond the text of its reading.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// A hint per line of the reading.
    pub kinds: Vec<LineKind>,
    /// The 1-based page of each line (PDF); empty when the format has no pages.
    pub pages: Vec<u32>,
    /// Notes about the document as a whole (tracked changes not accepted).
    pub notes: Vec<Note>,
}

/// Why a file could not be read: not text, or a document that cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// A text format whose bytes are not text.
    Decode(DecodeError),
    /// A document (Word, OpenDocument, HTML, PDF) that cannot be read, and why.
    Document(crate::messages::Message),
}

impl ReadError {
    /// Why, as a message of the catalogue (one clause that follows "cannot check this file:").
    pub fn message(&self) -> crate::messages::Message {
        match self {
            ReadError::Decode(e) => e.message(),
            ReadError::Document(why) => why.clone(),
        }
    }
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().render(crate::messages::Lang::En))
    }
}

/// Distance between char-count checkpoints, in bytes.
const CHECKPOINT: usize = 4096;

/// A 1-based line and column; columns count Unicode characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    /// 1-based line, counting LF line ends.
    pub line: usize,
    /// 1-based column in characters.
    pub column: usize,
}

impl Source {
    /// A source from a path and its decoded text.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        let text = text.into();
        let line_starts = line_starts(&text);
        let path = path.into();
        Source {
            format: Format::of_path(&path),
            path,
            text,
            encoding: Encoding::Utf8,
            cr_line_ends: false,
            layout: None,
            line_starts,
            checkpoints: std::sync::OnceLock::new(),
        }
    }

    /// The same source read in another format (`--stdin-filename`, tests).
    pub fn with_format(mut self, format: Format) -> Self {
        self.format = format;
        self
    }

    /// Decodes bytes (UTF-8, UTF-16 with a BOM, or Windows-1252), naming what is wrong
    /// when they are not text.
    pub fn from_bytes(path: impl Into<PathBuf>, bytes: Vec<u8>) -> Result<Self, DecodeError> {
        let d = decode(bytes)?;
        let mut source = Source::new(path, d.text);
        source.encoding = d.encoding;
        source.cr_line_ends = d.cr_line_ends;
        Ok(source)
    }

    /// Reads a file in the format its name says: a document format (Word, OpenDocument,
    /// HTML, PDF) through its reader, whose plain-text reading becomes the text; any other
    /// file as text.
    pub fn read(path: impl Into<PathBuf>, bytes: Vec<u8>) -> Result<Self, ReadError> {
        let path = path.into();
        let format = Format::of_path(&path);
        if !format.is_document() {
            if let Some(why) = crate::input::sniff(&bytes) {
                return Err(ReadError::Document(why));
            }
            return Source::from_bytes(path, bytes).map_err(ReadError::Decode);
        }
        let e = crate::input::extract(&bytes, format).map_err(ReadError::Document)?;
        let mut source = Source::new(path, e.text);
        source.layout = Some(Arc::new(Layout {
            kinds: e.kinds,
            pages: e.pages,
            notes: e.notes,
        }));
        Ok(source)
    }

    /// The reading the rules work on: the reader's for a document format, or the text read
    /// in its format.
    pub fn reading(&self) -> Reading {
        match &self.layout {
            Some(l) => Reading {
                text: self.text.clone(),
                kinds: l.kinds.clone(),
            },
            None => crate::input::read(&self.text, self.format),
        }
    }

    /// The 1-based page of a byte offset, for formats with pages (PDF).
    pub fn page(&self, offset: usize) -> Option<u32> {
        let l = self.layout.as_ref()?;
        l.pages.get(self.line_index(offset)).copied()
    }

    /// The reader's notes about the document (none for text formats).
    pub fn notes(&self) -> &[Note] {
        self.layout.as_deref().map_or(&[], |l| &l.notes)
    }

    /// The 1-based line and character column of a byte offset (clamped to the text).
    pub fn line_col(&self, offset: usize) -> LineCol {
        let offset = offset.min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let mut end = offset;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let mut column = if end - start <= CHECKPOINT {
            self.text[start..end].chars().count() + 1
        } else {
            self.chars_before(end) - self.chars_before(start) + 1
        };
        // The BOM is invisible to editors, so columns on line 1 start after it.
        if line == 0 && self.text.starts_with('\u{FEFF}') && end > 0 {
            column -= 1;
        }
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// The number of chars before a byte offset on a char boundary.
    fn chars_before(&self, offset: usize) -> usize {
        let checkpoints = self.checkpoints.get_or_init(|| {
            let text = &self.text;
            let mut checkpoints = vec![(0, 0)];
            let mut chars = 0;
            let mut from = 0;
            while from + CHECKPOINT < text.len() {
                let mut at = from + CHECKPOINT;
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                chars += text[from..at].chars().count();
                checkpoints.push((at, chars));
                from = at;
            }
            checkpoints
        });
        let i = checkpoints.partition_point(|&(at, _)| at <= offset) - 1;
        let (at, chars) = checkpoints[i];
        chars + self.text[at..offset].chars().count()
    }

    /// The number of lines (a final line without LF counts).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The 0-based line of a byte offset (clamped to the text).
    pub fn line_index(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        }
    }

    /// The byte range of a 0-based line without its line end (`\n` or `\r\n`), and the
    /// offset where the next line starts (the text length for the last line).
    pub fn line_bounds(&self, line: usize) -> (std::ops::Range<usize>, usize) {
        let start = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        let next = self
            .line_starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        let mut end = next;
        if end > start && self.text.as_bytes()[end - 1] == b'\n' {
            end -= 1;
            if end > start && self.text.as_bytes()[end - 1] == b'\r' {
                end -= 1;
            }
        }
        (start..end, next)
    }
}

/// The byte offset of each line's start: 0 and every offset after an LF.
pub fn line_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_start_after_each_lf() {
        assert_eq!(line_starts(""), [0]);
        assert_eq!(line_starts("a\nbé\r\n\n"), [0, 2, 7, 8]);
        let long = "x\n".repeat(100);
        assert_eq!(
            line_starts(&long),
            (0..=100).map(|i| 2 * i).collect::<Vec<_>>()
        );
    }

    #[test]
    fn columns_on_a_long_line_with_diacritics() {
        let line = "é".repeat(10_000) + "x";
        let s = Source::new("x", format!("a\n{line}"));
        let x = s.text.rfind('x').unwrap();
        assert_eq!(
            s.line_col(x),
            LineCol {
                line: 2,
                column: 10_001
            }
        );
        assert_eq!(
            s.line_col(s.text.len()),
            LineCol {
                line: 2,
                column: 10_002
            }
        );
    }

    #[test]
    fn columns_count_characters_and_skip_the_bom() {
        let s = Source::new("x", "\u{FEFF}ab\r\néé x\n");
        assert_eq!(s.line_col(3), LineCol { line: 1, column: 1 });
        let x = s.text.find('x').unwrap();
        assert_eq!(s.line_col(x), LineCol { line: 2, column: 4 });
        assert_eq!(s.line_col(s.text.len()), LineCol { line: 3, column: 1 });
    }
}
