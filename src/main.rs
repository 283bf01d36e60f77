//! The `notulint` binary: arguments in, exit code out.

use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(notulint::app::run_args(std::env::args_os().collect()))
}
