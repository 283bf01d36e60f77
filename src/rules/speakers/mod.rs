//! Rules about the people recorded as speaking.

pub mod ambiguous_speaker;
pub mod undefined_speaker;
