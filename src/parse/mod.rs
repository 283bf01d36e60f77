//! The pest grammar, and the only code that reads pest pairs: each line classified
//! (`lines`), keys (`field_key_prefix`) and list entries (`parse_entry`). The structure
//! pass (`crate::structure`) builds the document from these.

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
