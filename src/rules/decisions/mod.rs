//! Rules about decisions on agenda items.

pub mod missing_decision;
