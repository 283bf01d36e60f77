//! A loaded file: its path, its text, and the byte → line/column index.

use std::path::PathBuf;

/// One document as notulint reads it.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given on the command line (or found under a directory given there).
    pub path: PathBuf,
    /// The text, exactly as on disk (a BOM is kept, line ends are kept).
    pub text: String,
    line_starts: Vec<usize>,
}

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
        let mut line_starts = vec![0];
        line_starts.extend(memchr_lf(&text).map(|i| i + 1));
        Source {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// Decodes bytes as UTF-8, naming what is wrong when they are not text.
    pub fn from_bytes(path: impl Into<PathBuf>, bytes: Vec<u8>) -> Result<Self, DecodeError> {
        if bytes.iter().take(8192).any(|&b| b == 0) {
            return Err(DecodeError::Binary);
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Source::new(path, text)),
            Err(e) => {
                let err = e.utf8_error();
                let offset = err.valid_up_to();
                let text = &e.as_bytes()[..offset];
                let line = text.iter().filter(|&&b| b == b'\n').count() + 1;
                Err(DecodeError::NotUtf8 { offset, line })
            }
        }
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
        let mut column = self.text[start..end].chars().count() + 1;
        // The BOM is invisible to editors, so columns on line 1 start after it.
        if line == 0 && self.text.starts_with('\u{FEFF}') && end > 0 {
            column -= 1;
        }
        LineCol {
            line: line + 1,
            column,
        }
    }

    /// The number of lines (a final line without LF counts).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

fn memchr_lf(text: &str) -> impl Iterator<Item = usize> + '_ {
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .map(|(i, _)| i)
}

/// Why a file could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The file holds NUL bytes: it is binary, not minutes.
    Binary,
    /// The bytes are not UTF-8 from `offset` on (on `line`).
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
    },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::Binary => write!(f, "it is a binary file, not text"),
            DecodeError::NotUtf8 { offset, line } => write!(
                f,
                "it is not valid UTF-8 (first bad byte at offset {offset}, line {line}); save it as UTF-8 text"
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_and_skip_the_bom() {
        let s = Source::new("x", "\u{FEFF}ab\r\néé x\n");
        assert_eq!(s.line_col(3), LineCol { line: 1, column: 1 });
        let x = s.text.find('x').unwrap();
        assert_eq!(s.line_col(x), LineCol { line: 2, column: 4 });
        assert_eq!(s.line_col(s.text.len()), LineCol { line: 3, column: 1 });
    }
}
