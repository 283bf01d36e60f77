//! Rules about the people recorded as speaking.

pub mod undefined_speaker;
