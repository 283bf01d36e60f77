//! Fuzz target: the pdf reader, on the file's bytes.
//!
//! Run with `cargo +nightly fuzz run pdf` from the repository root.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "reader_common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    common::read_and_check("fuzz.pdf", data.to_vec());
});
