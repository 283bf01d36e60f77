//! Rules about the words of the text.

pub mod term_spelling;
