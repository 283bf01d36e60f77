//! Fuzz target: the html reader, on the file's bytes.
//!
//! Run with `cargo +nightly fuzz run html` from the repository root.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "reader_common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    common::read_and_check("fuzz.html", data.to_vec());
});
