//! Rules about personal data in public minutes.

pub mod special_category_data;
