//! The pest grammar and the reading of lines by it: each line classified (`lines`, by the
//! grammar's rules written in Rust and tested against pest's parse), keys
//! (`field_key_prefix`) and list entries (`parse_entry`). The structure pass
//! (`crate::structure`) builds the document from these.

mod choice;
mod entry;
mod lines;

use pest_derive::Parser;

pub use entry::parse_entry;
pub use lines::{field_key, field_key_prefix, lines, Line};

/// The minutes grammar, joined from the files in `grammar/`.
#[derive(Parser)]
#[grammar = "../grammar/minutes.pest"]
#[grammar = "../grammar/header.pest"]
#[grammar = "../grammar/items.pest"]
#[grammar = "../grammar/names.pest"]
pub struct MinutesParser;
