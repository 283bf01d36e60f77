//! Shared by the reader targets: read bytes as a file of one format, check the reading's
//! promises, and run every rule over it.

use notulint::{check, Config, Source};

/// Reads `data` as a file named `name`; a reading must have one hint per line (and one page
/// per line for PDF), no CR, and every finding must land on the text.
pub fn read_and_check(name: &str, data: Vec<u8>) {
    let Ok(source) = Source::read(name, data) else {
        return;
    };
    let text = &source.text;
    assert!(!text.contains('\r'));
    if let Some(layout) = &source.layout {
        let lines = text.split('\n').count();
        if text.is_empty() {
            assert!(layout.kinds.len() <= 1);
        } else {
            assert_eq!(layout.kinds.len(), lines, "{text:?}");
        }
        assert!(layout.pages.is_empty() || layout.pages.len() == layout.kinds.len());
        for n in &layout.notes {
            assert!(n.line < lines);
        }
    }
    let config = Config {
        public: Some(true),
        final_check: true,
        ..Config::default()
    };
    for f in check(&source, &config) {
        assert!(f.span.end() <= text.len() && text.is_char_boundary(f.span.start()));
        let _ = source.line_col(f.span.start());
        let _ = source.page(f.span.start());
    }
}

/// A zip of the parts cut from `data` at each `\x00\x00` (the first byte chooses nothing):
/// the fuzzer then works on the XML, not on the archive's checksums.
#[allow(dead_code)] // the html and pdf targets read the file as it is
pub fn zip_parts(names: &[&str], data: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut parts = data.split(|&b| b == 0);
    for name in names {
        let part = parts.next().unwrap_or_default();
        if w.start_file(*name, opts).is_err() || w.write_all(part).is_err() {
            return Vec::new();
        }
    }
    w.finish().map(|c| c.into_inner()).unwrap_or_default()
}
