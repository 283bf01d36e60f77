//! Rules about the attendance lists.

pub mod duplicate_person;
pub mod empty_entry;
pub mod present_and_absent;
