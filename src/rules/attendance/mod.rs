//! Rules about the attendance lists.

pub mod absentee_speaks;
pub mod duplicate_person;
pub mod empty_entry;
pub mod near_duplicate_person;
pub mod officer_not_present;
pub mod present_and_absent;

use crate::model::ListKind;

/// The catalogue word for a list, as messages name it (`present list`).
pub fn list_word(kind: ListKind) -> crate::messages::Arg {
    crate::messages::word(match kind {
        ListKind::Present => "list.present",
        ListKind::Absent => "list.absent",
        ListKind::AbsentNotified => "list.absent-notified",
        ListKind::Guests => "list.guests",
    })
}
