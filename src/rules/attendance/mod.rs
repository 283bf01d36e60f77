//! Rules about the attendance lists.

pub mod absentee_speaks;
pub mod duplicate_person;
pub mod empty_entry;
pub mod near_duplicate_person;
pub mod officer_not_present;
pub mod present_and_absent;
