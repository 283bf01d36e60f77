//! The zip archives that hold Word and OpenDocument files, opened with limits.
//!
//! A document comes from outside, so its archive is treated as hostile: at most
//! [`MAX_ENTRIES`] entries, each part that notulint reads inflates to at most [`MAX_PART`]
//! bytes and all of them together to at most [`MAX_TOTAL`]. Sizes are checked twice: the size
//! an entry declares is checked before anything is inflated, and inflation itself stops one
//! byte past the limit, so a zip that lies about its sizes costs no more than an honest one.
//! Only the few parts a reader names are ever inflated; embedded archives (an Excel sheet in
//! a Word file) are never opened, so nesting costs nothing.

use crate::messages::word;
use crate::messages::Message;
use crate::msg;
use std::io::{Cursor, Read};
use zip::result::ZipError;
use zip::ZipArchive;

/// The most entries an archive may have (a long Word document with many images has a few
/// hundred).
pub const MAX_ENTRIES: usize = 10_000;
/// The most bytes one part may inflate to.
pub const MAX_PART: u64 = 32 * 1024 * 1024;
/// The most bytes all the parts read from one archive may inflate to.
pub const MAX_TOTAL: u64 = 64 * 1024 * 1024;

/// An archive being read.
pub struct Archive<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    inflated: u64,
    what: &'static str,
}

impl<'a> Archive<'a> {
    /// Opens the archive of a document; `what` is the catalogue id that names the kind of
    /// document in errors (`document.word`).
    pub fn open(bytes: &'a [u8], what: &'static str) -> Result<Self, Message> {
        if !bytes.starts_with(b"PK") {
            return Err(not_an_archive(bytes, what));
        }
        let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| match e {
            ZipError::InvalidArchive(_) | ZipError::Io(_) => msg!(
                "unreadable.archive-damaged",
                what = word(what),
                system = e.to_string()
            ),
            e => msg!("unreadable.archive-unreadable", system = e.to_string()),
        })?;
        if zip.len() > MAX_ENTRIES {
            return Err(msg!(
                "unreadable.archive-entries",
                count = zip.len(),
                max = MAX_ENTRIES,
                what = word(what)
            ));
        }
        Ok(Archive {
            zip,
            inflated: 0,
            what,
        })
    }

    /// Whether the archive holds a part.
    pub fn has(&self, name: &str) -> bool {
        self.zip.index_for_name(name).is_some()
    }

    /// The inflated bytes of a part, `None` when there is no such part.
    pub fn part(&mut self, name: &str) -> Result<Option<Vec<u8>>, Message> {
        let Some(index) = self.zip.index_for_name(name) else {
            return Ok(None);
        };
        let what = self.what;
        let damaged = |e: ZipError| match e {
            ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED)
            | ZipError::InvalidPassword => password(what),
            e => msg!(
                "unreadable.part-damaged",
                part = name,
                system = e.to_string()
            ),
        };
        let declared = {
            let raw = self.zip.by_index_raw(index).map_err(damaged)?;
            if raw.encrypted() {
                return Err(password(what));
            }
            raw.size()
        };
        let left = MAX_PART.min(MAX_TOTAL.saturating_sub(self.inflated));
        if declared > left {
            return Err(too_big(name, declared, left));
        }
        let file = self.zip.by_index(index).map_err(damaged)?;
        let mut buf = Vec::with_capacity(declared.min(left) as usize);
        file.take(left + 1)
            .read_to_end(&mut buf)
            .map_err(|e| damaged(ZipError::Io(e)))?;
        if buf.len() as u64 > left {
            return Err(too_big(name, buf.len() as u64, left));
        }
        self.inflated += buf.len() as u64;
        Ok(Some(buf))
    }

    /// A part as UTF-8 text (a BOM is skipped), `None` when there is no such part.
    pub fn text_part(&mut self, name: &str) -> Result<Option<Vec<u8>>, Message> {
        Ok(self.part(name)?.map(|mut b| {
            if b.starts_with(b"\xEF\xBB\xBF") {
                b.drain(..3);
            }
            b
        }))
    }
}

/// A document protected by a password; `what` is the catalogue id of its kind.
pub fn password(what: &'static str) -> Message {
    msg!("unreadable.password", what = word(what))
}

fn too_big(name: &str, size: u64, limit: u64) -> Message {
    msg!(
        "unreadable.zip-bomb",
        part = name,
        size = size.max(limit + 1).div_ceil(1024 * 1024),
        limit = limit >> 20
    )
}

/// Why bytes that should be a zip archive are not one: say what they are when that is known.
fn not_an_archive(bytes: &[u8], what: &'static str) -> Message {
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        // An OLE compound file: an encrypted Office file keeps its package in a stream named
        // EncryptedPackage (UTF-16 in the directory); otherwise it is an old binary .doc.
        let name: Vec<u8> = "EncryptedPackage"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        if bytes.windows(name.len()).any(|w| w == name.as_slice()) {
            return password(what);
        }
        return msg!("unreadable.old-doc", what = word(what));
    }
    let id = if bytes.is_empty() {
        "unreadable.empty"
    } else if bytes.starts_with(b"{\\rtf") {
        "unreadable.rtf"
    } else if bytes.starts_with(b"%PDF") {
        "unreadable.pdf-not-archive"
    } else {
        "unreadable.not-archive"
    };
    Message::new(id).arg("what", word(what))
}
