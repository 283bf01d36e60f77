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
    /// The language of the report: nl or en (default: `lang` in notulint.toml, else the
    /// locale in LC_ALL, LC_MESSAGES or LANG: Dutch when it starts with nl).
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
}

/// `--lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Nederlands.
    Nl,
    /// English.
    En,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check minutes: files, directories (recursively) or `-` for standard input.
    Check(CheckArgs),
    /// Record the current findings in `notulint-baseline.json`, so that `check` reports
    /// only new ones.
    Baseline(BaselineArgs),
    /// Show the configuration each file is checked with, and where each value came from.
    Config {
        /// The files (or folders) to show it for.
        #[arg(default_value = ".")]
        paths: Vec<PathBuf>,
        /// Configuration and rule selection.
        #[command(flatten)]
        settings: SettingsArgs,
    },
    /// Print a completion script for a shell (`notulint completions bash > ...`).
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
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
    /// JUnit XML: one test suite per file, one failing test case per finding.
    Junit,
    /// GitLab Code Quality (Code Climate JSON).
    Gitlab,
}

/// When to colour the human report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Which configuration applies and which rules run; shared by `check`, `baseline` and
/// `config`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct SettingsArgs {
    /// Use this configuration file for every file instead of the nearest `notulint.toml`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Ignore any `notulint.toml`.
    #[arg(long, conflicts_with = "config")]
    pub no_config: bool,
    /// Run only these rules or groups (comma-separated); turns on a rule the
    /// configuration turned off.
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub select: Vec<String>,
    /// Do not run these rules or groups (comma-separated).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub ignore: Vec<String>,
    /// The minutes are about to be published: a concept marker is an error, whatever its
    /// configured level.
    #[arg(long = "final")]
    pub final_check: bool,
    /// Check files named on the command line even when the configuration's include or
    /// exclude leaves them out.
    #[arg(long)]
    pub no_force_exclude: bool,
}

/// Arguments of `notulint baseline`.
#[derive(Debug, clap::Args)]
pub struct BaselineArgs {
    /// Files or directories (default: the current directory).
    pub paths: Vec<PathBuf>,
    /// Write the baseline here (default: `notulint-baseline.json` in the current directory).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Configuration and rule selection.
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// Follow symbolic links that lead out of a folder being checked.
    #[arg(long)]
    pub follow_links: bool,
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
    /// Files or directories to check (default: the current directory); `-` reads standard
    /// input. An empty list after `--` checks nothing and exits 0.
    pub paths: Vec<PathBuf>,
    /// Set when the paths were given as an explicitly empty list (`notulint check --`).
    #[arg(skip)]
    pub explicitly_empty: bool,
    /// Output format (default: human on a terminal, concise otherwise).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write the report to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub output_file: Option<PathBuf>,
    /// Configuration and rule selection.
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// Report only findings that are not in this baseline (default:
    /// `notulint-baseline.json` in the current directory or the nearest parent).
    #[arg(long, value_name = "FILE", conflicts_with = "no_baseline")]
    pub baseline: Option<PathBuf>,
    /// Report every finding, whatever a baseline file says.
    #[arg(long)]
    pub no_baseline: bool,
    /// Apply the safe fixes to .txt and .md files (empty list entries, exact duplicate
    /// names, misspelt terms with one suggestion), then report what is left.
    #[arg(long)]
    pub fix: bool,
    /// Show the fixes as a unified diff and write nothing.
    #[arg(long)]
    pub diff: bool,
    /// Print the number of findings per rule instead of the findings.
    #[arg(long)]
    pub statistics: bool,
    /// Exit 0 even when there are findings (a file that cannot be read still exits 2).
    #[arg(long)]
    pub exit_zero: bool,
    /// Print the configuration each file would be checked with, instead of checking.
    #[arg(long)]
    pub show_settings: bool,
    /// The lowest severity that fails the run.
    #[arg(long, value_enum, default_value = "error")]
    pub fail_on: FailOn,
    /// The file name to report for standard input.
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
    /// Print only findings, no summary.
    #[arg(long, short)]
    pub quiet: bool,
    /// When to use colour (`NO_COLOR` turns it off in `auto`).
    #[arg(long, value_enum, default_value = "auto")]
    pub color: Color,
    /// Never use colour (the same as `--color never`).
    #[arg(long, hide = true)]
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
