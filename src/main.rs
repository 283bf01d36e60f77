//! The `notulint` binary: arguments in, exit code out.

use clap::Parser;
use notulint::cli::Cli;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    ExitCode::from(notulint::app::run(cli))
}
