//! The one seam between file formats and the rest: a reader turns a decoded file into a
//! *reading*, the text a reader of the document sees, at the same byte offsets as the file,
//! with a hint per line saying what block the line belongs to. Everything after the reader
//! works on the reading and its hints and does not know the format.

pub mod decode;
pub mod markdown;

use std::path::Path;

/// The formats notulint reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Plain text (F1 table exports, F2 plain minutes).
    #[default]
    Text,
    /// Markdown (F3).
    Markdown,
}

impl Format {
    /// The format of a file, from its extension.
    pub fn of_path(path: &Path) -> Format {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("md" | "markdown" | "mdown" | "mkd") => Format::Markdown,
            _ => Format::Text,
        }
    }
}

/// What block a line of the reading belongs to, as the format shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LineKind {
    /// A line of plain text, or a paragraph line; its meaning is found from its words.
    #[default]
    Plain,
    /// A heading of this level (Markdown `#`, setext).
    Heading(u8),
    /// The first line of a list item: its number as rendered (ordered lists), its depth.
    ListItem {
        /// The number a reader sees (Markdown renders `1.` `1.` `1.` as 1, 2, 3).
        number: Option<u64>,
        /// Nesting depth, 1 for a top-level list.
        depth: u8,
    },
    /// A table row (cells separated by TAB in the reading).
    TableRow {
        /// The header row.
        head: bool,
    },
    /// A `key: value` line of front matter.
    FrontMatter,
    /// A line of a code block.
    Code,
    /// Markup only (a fence, a table delimiter row, a rule, an HTML tag): not text, and not a
    /// paragraph break either.
    Markup,
}

/// A file as the rest of notulint reads it.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// The text as a reader sees it, at the same byte offsets and lines as the file.
    pub text: String,
    /// A hint per line (empty: every line is plain).
    pub kinds: Vec<LineKind>,
}

impl Reading {
    /// The hint for a 0-based line.
    pub fn kind(&self, line: usize) -> LineKind {
        self.kinds.get(line).copied().unwrap_or_default()
    }
}

/// Reads a decoded text in its format.
pub fn read(text: &str, format: Format) -> Reading {
    match format {
        Format::Text => Reading {
            text: text.to_string(),
            kinds: Vec::new(),
        },
        Format::Markdown => markdown::read(text),
    }
}
