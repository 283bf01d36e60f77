//! The one seam between file formats and the rest: a reader turns a decoded file into a
//! *reading*, the text a reader of the document sees, at the same byte offsets as the file,
//! with a hint per line saying what block the line belongs to. Everything after the reader
//! works on the reading and its hints and does not know the format.
//!
//! Documents that are not text (Word, OpenDocument, PDF) and HTML pages are read from their
//! bytes by [`extract`]: their reading is a text of its own, one line per paragraph, heading,
//! list item or table row, and positions are lines of that reading (`notulint text FILE`).

pub mod archive;
pub mod decode;
pub mod docx;
pub mod html;
pub mod lines;
pub mod markdown;
pub mod odt;
pub mod pdf;
pub mod xml;

use crate::messages::word;
use crate::messages::{Arg, Message};
use crate::msg;
use std::path::Path;

/// The formats notulint reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// Plain text (F1 table exports, F2 plain minutes).
    #[default]
    Text,
    /// Markdown (F3).
    Markdown,
    /// Word (.docx, F4), read from its archive.
    Docx,
    /// OpenDocument text (.odt, F4), read from its archive.
    Odt,
    /// An HTML page (F5).
    Html,
    /// PDF as published (F6).
    Pdf,
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
            Some("docx" | "docm" | "dotx" | "dotm") => Format::Docx,
            Some("odt" | "ott") => Format::Odt,
            Some("html" | "htm" | "xhtml") => Format::Html,
            Some("pdf") => Format::Pdf,
            _ => Format::Text,
        }
    }

    /// Whether the format is read from the file's bytes into a reading of its own (documents
    /// and pages), rather than as text at the file's own offsets.
    pub fn is_document(self) -> bool {
        matches!(
            self,
            Format::Docx | Format::Odt | Format::Html | Format::Pdf
        )
    }
}

/// The kinds of file notulint reads, for messages about the ones it does not.
pub fn readable() -> Arg {
    word("unreadable.readable")
}

/// Why the system could not read a file, in the report's language: the common cases by
/// name, any other with the system's own text.
pub fn io_reason(e: &std::io::Error) -> Message {
    let id = match e.kind() {
        std::io::ErrorKind::NotFound => "io.not-found",
        std::io::ErrorKind::PermissionDenied => "io.permission-denied",
        std::io::ErrorKind::IsADirectory => "io.is-a-directory",
        _ => "io.other",
    };
    Message::new(id).arg("system", e.to_string())
}

/// What block a line of the reading belongs to, as the format shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LineKind {
    /// A line of plain text, or a paragraph line; its meaning is found from its words.
    #[default]
    Plain,
    /// A line that is a whole paragraph (a paragraph of a Word, OpenDocument or HTML
    /// document): it starts a new paragraph as a line after a blank line does in text.
    Paragraph,
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

/// Reads a decoded text in its format. A document format's text is already its reading
/// (see [`extract`]); without its hints it reads as plain lines.
pub fn read(text: &str, format: Format) -> Reading {
    match format {
        Format::Markdown => markdown::read(text),
        _ => Reading {
            text: text.to_string(),
            kinds: Vec::new(),
        },
    }
}

/// Why a file named as text is not text, when its first bytes say what it is: a document
/// saved under another name, or a format notulint does not read (RTF).
pub fn sniff(bytes: &[u8]) -> Option<Message> {
    let what = if bytes.starts_with(b"{\\rtf") {
        "unreadable.sniffed-rtf"
    } else if bytes.starts_with(b"%PDF") {
        "unreadable.sniffed-pdf"
    } else if bytes.starts_with(b"PK\x03\x04") {
        "unreadable.sniffed-zip"
    } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        "unreadable.sniffed-doc"
    } else {
        return None;
    };
    Some(msg!(
        "unreadable.sniffed",
        what = word(what),
        readable = readable()
    ))
}

/// A note a reader has about the document as a whole, placed on a line of its reading
/// (tracked changes that were not accepted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The 0-based line of the reading it is about.
    pub line: usize,
    /// One sentence, no closing full stop.
    pub message: crate::messages::Message,
    /// What to do about it, starting with a verb.
    pub help: crate::messages::Message,
}

/// A document read from its bytes: its plain-text reading and what the reader knows about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The reading: one line per paragraph, heading, list item or table row, LF line ends.
    pub text: String,
    /// A hint per line of `text`.
    pub kinds: Vec<LineKind>,
    /// The 1-based page of each line (PDF); empty when the format has no pages.
    pub pages: Vec<u32>,
    /// Notes about the document as a whole.
    pub notes: Vec<Note>,
}

/// Reads a document (Word, OpenDocument, HTML, PDF) from its bytes. The error says, in one
/// sentence that follows "cannot check this file:", why it cannot be read.
pub fn extract(bytes: &[u8], format: Format) -> Result<Extracted, Message> {
    match format {
        Format::Docx => docx::read(bytes),
        Format::Odt => odt::read(bytes),
        Format::Html => html::read(bytes),
        Format::Pdf => pdf::read(bytes),
        Format::Text | Format::Markdown => Err(msg!("unreadable.text-not-document")),
    }
}
