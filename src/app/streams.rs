//! Standard output and standard error for a run, remembering whether a write failed.

use super::exit;
use std::io::Write;

/// Standard output and standard error, remembering whether a write failed: any failed
/// write ends the run with exit code 2, and a closed pipe (`| head -1`) ends it quietly.
#[derive(Debug, Default)]
pub struct Streams {
    failed: bool,
    stdout_closed: bool,
}

impl Streams {
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
                self.err(&format!("notulint: cannot write to standard output: {e}\n"));
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
