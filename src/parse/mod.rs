//! The pest grammar, and the reading of text by it: each line classified (`lines`), keys
//! (`field_key_prefix`) and list entries (`parse_entry`). All three follow the grammar's
//! rules in Rust, step by step, and tests compare them with pest's parse of the grammar,
//! which stays the definition (pest took most of the structure pass's time). The structure
//! pass (`crate::structure`) builds the document from these.

mod choice;
mod entry;
mod lines;

use pest_derive::Parser;

#[cfg(test)]
pub(crate) use choice::field_kind;
pub use entry::parse_entry;
pub use lines::{field_key, field_key_prefix, lines, Line};

/// The minutes grammar, joined from the files in `grammar/`.
#[derive(Parser)]
#[grammar = "../grammar/minutes.pest"]
#[grammar = "../grammar/header.pest"]
#[grammar = "../grammar/items.pest"]
#[grammar = "../grammar/names.pest"]
pub struct MinutesParser;
