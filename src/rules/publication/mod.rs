//! Rules about publishing the minutes.

pub mod draft_marker;
