//! Rules about the form of the document: header fields, dates, times, numbering, paragraphs.

pub mod broken_paragraph;
pub mod invalid_date;
pub mod invalid_time;
pub mod malformed_item;
pub mod missing_field;
pub mod numbering;
pub mod unrecognized_line;
