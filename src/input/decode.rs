//! Bytes to text: UTF-8 (with or without a BOM), UTF-16 with a BOM, and Windows-1252,
//! the encoding of older Word and PDF exports. Old Mac files that end lines with a lone CR
//! are read with LF line ends, so that lines are where an editor shows them.

use crate::messages::{Lang, Message};
use crate::msg;
use encoding_rs::{UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The name of the note that says a file was not read as UTF-8 (not a rule: a fact about
/// the file, always an info hint).
pub const ENCODING_NOTE: &str = "notulint/encoding";

/// How the bytes of a file were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Encoding {
    /// UTF-8, as the specification asks (a BOM is accepted).
    #[default]
    Utf8,
    /// UTF-16 with a byte order mark.
    Utf16,
    /// Windows-1252: not valid UTF-8, read as the Western European Windows code page.
    Windows1252,
}

impl Encoding {
    /// The name a user knows the encoding by.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16 => "UTF-16",
            Encoding::Windows1252 => "Windows-1252",
        }
    }
}

/// A file read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text. Offsets into it are what findings report.
    pub text: String,
    /// How the bytes were read.
    pub encoding: Encoding,
    /// The file ended its lines with a lone CR (old Mac); they are read as LF.
    pub cr_line_ends: bool,
}

/// Why a file could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// The file holds NUL bytes and no UTF-16 mark: it is binary, not minutes.
    Binary,
    /// The bytes are neither UTF-8 nor Windows-1252 text (from `offset` on, on `line`).
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// 1-based line of that byte.
        line: usize,
    },
}

impl DecodeError {
    /// The reason as a message of the catalogue.
    pub fn message(&self) -> Message {
        match self {
            DecodeError::Binary => msg!("unreadable.binary", readable = super::readable()),
            DecodeError::NotUtf8 { offset, line } => {
                msg!("unreadable.not-utf8", offset = *offset, line = *line)
            }
        }
    }
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message().render(Lang::En))
    }
}

/// Reads bytes as text.
pub fn decode(bytes: Vec<u8>) -> Result<Decoded, DecodeError> {
    // UTF-16 is only recognised by its mark: without one, NUL bytes mean binary.
    let utf16 = if bytes.starts_with(&[0xFF, 0xFE]) {
        Some(UTF_16LE)
    } else if bytes.starts_with(&[0xFE, 0xFF]) {
        Some(UTF_16BE)
    } else {
        None
    };
    if let Some(enc) = utf16 {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[2..]);
        if had_errors {
            return Err(DecodeError::Binary);
        }
        return Ok(finish(text.into_owned(), Encoding::Utf16));
    }
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Err(DecodeError::Binary);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(finish(text, Encoding::Utf8)),
        Err(e) => {
            let err = e.utf8_error();
            let offset = err.valid_up_to();
            let bytes = e.into_bytes();
            // Windows-1252 maps almost every byte; the five it leaves undefined and control
            // characters other than white space say the file is something else.
            let plausible = bytes.iter().all(|&b| {
                !matches!(b, 0x81 | 0x8D | 0x8F | 0x90 | 0x9D)
                    && (b >= 0x20 || matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
            });
            if plausible {
                let (text, _, _) = WINDOWS_1252.decode(&bytes);
                return Ok(finish(text.into_owned(), Encoding::Windows1252));
            }
            let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(DecodeError::NotUtf8 { offset, line })
        }
    }
}

/// Turns lone-CR line ends into LF (same length, so offsets stay true).
fn finish(mut text: String, encoding: Encoding) -> Decoded {
    let cr_line_ends = !text.contains('\n') && text.contains('\r');
    if cr_line_ends {
        text = text.replace('\r', "\n");
    }
    Decoded {
        text,
        encoding,
        cr_line_ends,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_encodings_of_real_exports() {
        let d = decode("Datum: 3 maart\n".into()).unwrap();
        assert_eq!(d.encoding, Encoding::Utf8);
        let d = decode(b"Financi\xebn en re\xefntegratie\n".to_vec()).unwrap();
        assert_eq!(d.encoding, Encoding::Windows1252);
        assert_eq!(d.text, "Financiën en reïntegratie\n");
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "Aanwezig: Anne\n".encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        let d = decode(utf16).unwrap();
        assert_eq!(
            (d.encoding, d.text.as_str()),
            (Encoding::Utf16, "Aanwezig: Anne\n")
        );
        let d = decode(b"a\rb\r".to_vec()).unwrap();
        assert!(d.cr_line_ends);
        assert_eq!(d.text, "a\nb\n");
        assert_eq!(decode(b"a\x00b".to_vec()), Err(DecodeError::Binary));
        assert!(matches!(
            decode(b"ok\n\x81\x01".to_vec()),
            Err(DecodeError::NotUtf8 { offset: 3, line: 2 })
        ));
    }
}
