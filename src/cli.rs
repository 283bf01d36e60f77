//! Command-line types (clap derive); no logic.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// notulint: checks the minutes of governance meetings for consistency.
#[derive(Debug, Parser)]
#[command(name = "notulint", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check minutes: files, directories (recursively) or `-` for standard input.
    Check(CheckArgs),
    /// List every rule with its default severity.
    Rules,
    /// Explain one rule: what it finds, why, an example and how to fix it.
    Explain {
        /// The rule name, such as `attendance/duplicate-person`.
        rule: String,
    },
    /// Show what notulint understood of a document: date, chair, attendance, items, decisions.
    Outline {
        /// The file to read.
        path: PathBuf,
    },
    /// Print the plain-text reading of a document with line numbers, as findings count lines.
    Text {
        /// The file to read.
        path: PathBuf,
    },
    /// Write a commented starter `notulint.toml` in the current directory.
    Init {
        /// Overwrite an existing file.
        #[arg(long)]
        force: bool,
    },
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Graphical reports for people (default on a terminal).
    Human,
    /// `path:line:col: severity[rule] message`, one a line.
    Concise,
    /// One JSON object (schema version 1).
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands.
    Github,
}

/// The lowest severity that makes the run fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Errors only (default).
    Error,
    /// Warnings and errors.
    Warning,
    /// Any finding.
    Info,
}

/// Arguments of `notulint check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or directories to check; `-` reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format (default: human on a terminal, concise otherwise).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Use this configuration file instead of looking for `notulint.toml`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Ignore any `notulint.toml`.
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
    /// Run only these rules or groups (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub select: Vec<String>,
    /// Do not run these rules or groups (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub ignore: Vec<String>,
    /// The lowest severity that fails the run.
    #[arg(long, value_enum, default_value = "error")]
    pub fail_on: FailOn,
    /// The minutes are about to be published: a concept marker is an error.
    #[arg(long = "final")]
    pub final_check: bool,
    /// The file name to report for standard input.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// Print only findings, no summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// Never use colour (also when `NO_COLOR` is set).
    #[arg(long)]
    pub no_color: bool,
    /// Number of files checked in parallel (default: the number of cores).
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
    /// In the human format, draw at most N findings per file in full (the most severe
    /// first) and count the rest.
    #[arg(long, value_name = "N", default_value_t = crate::report::human::DEFAULT_MAX_SHOWN)]
    pub max_shown: usize,
    /// Follow symbolic links that lead out of a folder being checked (links given on the
    /// command line are always followed).
    #[arg(long)]
    pub follow_links: bool,
}
