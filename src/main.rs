//! The `notulint` binary: arguments in, exit code out.

use std::process::ExitCode;

fn main() -> ExitCode {
    ExitCode::from(notulint::app::run_args(std::env::args_os().collect()))
}

/// mimalloc rather than the system allocator: a run builds and drops many small strings and
/// vectors per document on every thread, and mimalloc's per-thread heaps took 11 % off the
/// CPU time of 10,000 documents (docs/performance.md). ruff makes the same choice.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
