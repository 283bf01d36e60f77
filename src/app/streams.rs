//! Standard output and standard error for a run, remembering whether a write failed.

use super::exit;
use crate::messages::{Lang, Message};
use crate::msg;
use std::io::Write;

/// Standard output and standard error, remembering whether a write failed: any failed
/// write ends the run with exit code 2, and a closed pipe (`| head -1`) ends it quietly.
/// Its own notes are in the report's language.
#[derive(Debug, Default)]
pub struct Streams {
    failed: bool,
    stdout_closed: bool,
    lang: Lang,
}

impl Streams {
    /// Streams whose notes are in a language.
    pub fn new(lang: Lang) -> Self {
        Streams {
            lang,
            ..Streams::default()
        }
    }

    /// Writes `notulint: ` and a message of the catalogue, on one line, to standard error.
    pub fn note(&mut self, m: &Message) {
        let text = m.render(self.lang);
        self.err(&format!("notulint: {text}\n"));
    }

    /// Writes to standard output; after a failure, nothing more is written there.
    pub fn out(&mut self, text: &str) {
        if self.stdout_closed {
            return;
        }
        let mut o = std::io::stdout().lock();
        if let Err(e) = o.write_all(text.as_bytes()).and_then(|()| o.flush()) {
            self.failed = true;
            self.stdout_closed = true;
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                self.note(&msg!(
                    "cli.stdout-failed",
                    why = crate::input::io_reason(&e)
                ));
            }
        }
    }

    /// Writes to standard error; a failure there can only be told by the exit code.
    pub fn err(&mut self, text: &str) {
        let mut o = std::io::stderr().lock();
        if o.write_all(text.as_bytes())
            .and_then(|()| o.flush())
            .is_err()
        {
            self.failed = true;
        }
    }

    /// The exit code: `code`, or 2 when a write failed.
    pub fn exit_code(&self, code: u8) -> u8 {
        if self.failed {
            exit::TROUBLE
        } else {
            code
        }
    }
}
