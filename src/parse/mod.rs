//! The pest grammar and `parse`, which always returns a `Document`.

mod attendance;
mod lower;

use crate::model::Document;
use pest_derive::Parser;

/// The minutes grammar, joined from the files in `grammar/`.
#[derive(Parser)]
#[grammar = "../grammar/minutes.pest"]
#[grammar = "../grammar/header.pest"]
#[grammar = "../grammar/items.pest"]
#[grammar = "../grammar/names.pest"]
pub struct MinutesParser;

/// Parses a document. The grammar is total, so this never fails; should pest report an
/// error anyway (a grammar bug), every line becomes an unrecognised line.
pub fn parse(text: &str) -> Document {
    lower::lower_document(text, &[])
}

/// Parses a reading: its text, with the format's hint for each line.
pub fn parse_reading(reading: &crate::input::Reading) -> Document {
    lower::lower_document(&reading.text, &reading.kinds)
}

pub use lower::parse_entry;
