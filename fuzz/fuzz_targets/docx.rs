//! Fuzz target: the docx reader. An input whose first byte is even is the file itself (the
//! archive code: limits, damage, passwords); otherwise the rest is cut at NUL bytes into the
//! XML parts of a well-formed archive, so that the fuzzer works on the XML.
//!
//! Run with `cargo +nightly fuzz run docx` from the repository root.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "reader_common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let bytes = if first % 2 == 0 {
        rest.to_vec()
    } else {
        common::zip_parts(
            &[
                "word/document.xml",
                "word/numbering.xml",
                "word/styles.xml",
                "_rels/.rels",
            ],
            rest,
        )
    };
    common::read_and_check("fuzz.docx", bytes);
});
