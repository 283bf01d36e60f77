//! What the command line does: load configuration, find files, check them in parallel,
//! report, and choose the exit code. `discover` finds the files, `pipeline` checks one
//! document, `check` runs `notulint check` and `notulint baseline`, `streams` writes.

mod args;
mod check;
mod discover;
mod pipeline;
mod streams;

pub use streams::Streams;

use crate::cli::{Cli, Command, LangArg, SettingsArgs};
use crate::config::Config;
use crate::config::{self, ConfigError, Overrides, Resolver, Verdict};
use crate::input::io_reason;
use crate::messages::{Lang, Message};
use crate::msg;
use crate::paths;
use crate::report;
use crate::report::visible::one_line;
use crate::rules;
use crate::source::Source;
use discover::{collect, Found, Input};
use pipeline::read_file;
use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Exit codes, named in one place.
pub mod exit {
    /// Nothing at or above the failing severity.
    pub const OK: u8 = 0;
    /// Findings at or above the failing severity.
    pub const FINDINGS: u8 = 1;
    /// A usage or configuration error, or a file that could not be read.
    pub const TROUBLE: u8 = 2;
}

/// Files larger than this are reported rather than read: minutes are never this big.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Parses the command line and runs it. `notulint check --` with nothing after it is an
/// explicitly empty list of files (a CI job with no changed minutes): it checks nothing.
pub fn run_args(args: Vec<OsString>) -> u8 {
    let lang = report_lang(args::lang_asked(&args), None);
    let mut cli = match args::parse(&args, lang) {
        args::Parsed::Run(cli) => *cli,
        args::Parsed::Exit(code) => return code,
    };
    if let Command::Check(c) = &mut cli.command {
        c.explicitly_empty = c.paths.is_empty() && args.iter().any(|a| a == "--");
    }
    run(cli)
}

/// Runs a parsed command line and returns the exit code.
pub fn run(cli: Cli) -> u8 {
    let settings = match &cli.command {
        Command::Check(a) => Some(&a.settings),
        Command::Baseline(a) => Some(&a.settings),
        Command::Config { settings, .. } => Some(settings),
        _ => None,
    };
    let lang = report_lang(cli.lang, settings);
    let mut io = Streams::new(lang);
    let code = match cli.command {
        Command::Check(args) => check::check(args, &mut io, lang),
        Command::Baseline(args) => check::write_baseline(args, &mut io, lang),
        Command::Config { paths, settings } => show_settings(&paths, &settings, &mut io, lang),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            let mut cmd = args::completion_command(lang);
            clap_complete::generate(shell, &mut cmd, "notulint", &mut out);
            io.out(&String::from_utf8_lossy(&out));
            exit::OK
        }
        Command::Rules => {
            io.out(&report::rules_table(lang));
            exit::OK
        }
        Command::Explain { rule } => match rules::by_name(&rule) {
            Some(r) => {
                io.out(&report::explain(r, lang));
                exit::OK
            }
            None => {
                let rule = one_line(&rule);
                io.note(&match rules::names().closest(&rule) {
                    Some(r) => msg!("cli.unknown-rule-hint", rule = rule, closest = r),
                    None => msg!("cli.unknown-rule", rule = rule),
                });
                exit::TROUBLE
            }
        },
        Command::Init { force } => init(force, &mut io),
        Command::Outline { path } => show(&path, true, &mut io, lang),
        Command::Text { path } => show(&path, false, &mut io, lang),
    };
    io.exit_code(code)
}

/// The language of the report: `--lang`, else `lang` in the configuration that governs the
/// current folder (or `--config`), else the locale.
fn report_lang(asked: Option<LangArg>, settings: Option<&SettingsArgs>) -> Lang {
    if let Some(l) = asked {
        return match l {
            LangArg::Nl => Lang::Nl,
            LangArg::En => Lang::En,
        };
    }
    let file = match settings {
        Some(s) if s.no_config => None,
        Some(SettingsArgs {
            config: Some(p), ..
        }) => Some(p.clone()),
        _ => std::env::current_dir()
            .ok()
            .and_then(|d| Config::discover(&d)),
    };
    file.and_then(|p| Config::load(&p, &rules::names()).ok())
        .and_then(|c| c.lang)
        .unwrap_or_else(Lang::from_env)
}

/// `outline` and `text`: one file, what was understood of it or its reading.
fn show(path: &Path, outline: bool, io: &mut Streams, lang: Lang) -> u8 {
    let source = match read_file(path).and_then(|b| {
        Source::read(path, b).map_err(|e| crate::msg!("unreadable.cannot-check", why = e.message()))
    }) {
        Ok(s) => s,
        Err(e) => {
            io.err(&format!(
                "notulint: {}: {}\n",
                path.display(),
                e.render(lang)
            ));
            return exit::TROUBLE;
        }
    };
    let config = Resolver::new(None, false, Overrides::default(), rules::names())
        .and_then(|mut r| r.for_path(&paths::absolute(path)))
        .unwrap_or_default();
    let out = if outline {
        crate::outline_in(&source, &config, lang)
    } else {
        let reading = source.reading();
        let width = reading.text.lines().count().to_string().len();
        let mut out = String::new();
        let mut page = None;
        for (i, l) in reading.text.split('\n').enumerate() {
            // A PDF's reading says where each page starts.
            let p = source.layout.as_ref().and_then(|l| l.pages.get(i).copied());
            if p.is_some() && p != page {
                page = p;
                let page = msg!("text.page", page = p.unwrap_or(0)).render(lang);
                out.push_str(&format!("{:>width$}  {page}\n", ""));
            }
            out.push_str(&format!(
                "{:>width$}  {}\n",
                i + 1,
                l.trim_end_matches('\r')
            ));
        }
        out
    };
    io.out(&crate::report::visible::visible(&out));
    exit::OK
}

fn init(force: bool, io: &mut Streams) -> u8 {
    let path = Path::new(config::FILE_NAME);
    // A link (even one to nothing) could make `init` write a file outside this folder.
    let existing = std::fs::symlink_metadata(path);
    let shown = path.display().to_string();
    if existing.as_ref().is_ok_and(|m| m.file_type().is_symlink()) {
        io.note(&msg!("cli.init-link", path = shown));
        return exit::TROUBLE;
    }
    if existing.is_ok() {
        if !force {
            io.note(&msg!("cli.init-exists", path = shown));
            return exit::TROUBLE;
        }
        if let Err(e) = std::fs::remove_file(path) {
            io.note(&msg!(
                "cli.cannot-replace",
                path = shown,
                why = io_reason(&e)
            ));
            return exit::TROUBLE;
        }
    }
    // `create_new` never follows a link that appeared in the meantime.
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut f| f.write_all(config::STARTER.as_bytes()));
    match written {
        Ok(()) => {
            io.note(&msg!("cli.wrote", path = shown));
            exit::OK
        }
        Err(e) => {
            io.note(&msg!("cli.cannot-write", path = shown, why = io_reason(&e)));
            exit::TROUBLE
        }
    }
}

/// The overrides of the command line, checked: unknown rule names are usage errors.
fn overrides(s: &SettingsArgs, io: &mut Streams) -> Option<Overrides> {
    for (list, what) in [(&s.select, "--select"), (&s.ignore, "--ignore")] {
        for key in list {
            if !rules::names().is_rule_or_group(key) {
                let name = one_line(key);
                io.note(&match rules::names().closest(key) {
                    Some(r) => msg!(
                        "cli.unknown-selector-hint",
                        option = what,
                        name = name,
                        closest = r
                    ),
                    None => msg!("cli.unknown-selector", option = what, name = name),
                });
                return None;
            }
        }
    }
    Some(Overrides {
        select: s.select.clone(),
        ignore: s.ignore.clone(),
        final_check: s.final_check,
    })
}

/// A resolver for the settings, or the configuration error rendered for standard error.
fn resolver(s: &SettingsArgs, io: &mut Streams, lang: Lang) -> Option<Resolver> {
    let o = overrides(s, io)?;
    match Resolver::new(s.config.as_deref(), s.no_config, o, rules::names()) {
        Ok(r) => Some(r),
        Err(e) => {
            io.err(&config_error(&e, lang));
            None
        }
    }
}

fn config_error(e: &ConfigError, lang: Lang) -> String {
    let color = std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal();
    let theme = if color {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let handler = miette::GraphicalReportHandler::new_themed(theme).with_width(120);
    let s = report::human::render_diagnostic(
        &handler,
        e.src.name(),
        e.src.inner(),
        &e.in_lang(lang),
        lang,
    );
    format!("{}\n", s.trim_end())
}

/// `notulint config FILE`: the resolved configuration of each file and where each value
/// came from.
fn show_settings(paths: &[PathBuf], settings: &SettingsArgs, io: &mut Streams, lang: Lang) -> u8 {
    let Some(mut resolver) = resolver(settings, io, lang) else {
        return exit::TROUBLE;
    };
    match collect(
        paths,
        &mut resolver,
        !settings.no_force_exclude,
        false,
        None,
    ) {
        Ok(found) => {
            io.out(&settings_text(&found, lang));
            exit::OK
        }
        Err(e) => {
            io.err(&config_error(&e, lang));
            exit::TROUBLE
        }
    }
}

fn settings_text(found: &Found, lang: Lang) -> String {
    let mut out = String::new();
    for t in &found.targets {
        let name = match &t.input {
            Input::File(p) | Input::Missing(p, _) => p.display().to_string(),
            Input::Stdin(n) => n.clone(),
        };
        out.push_str(&report::settings::render(
            &name,
            &t.rel,
            &t.config,
            &Verdict::Checked,
            lang,
        ));
    }
    for s in &found.skipped {
        out.push_str(&report::settings::render(
            &s.path.display().to_string(),
            &s.rel,
            &s.config,
            &s.verdict,
            lang,
        ));
    }
    out
}

/// `3 findings in 2 files`, as the fix messages count them.
fn findings_in_files(findings: usize, files: usize) -> (Message, Message) {
    (
        msg!("cli.findings", n = findings),
        msg!("summary.files", n = files),
    )
}

/// More threads than this per core only cost time to start.
const JOBS_PER_CORE: usize = 4;

/// `--jobs` capped at a number of threads the machine can use, with a note when capped.
fn cap_jobs(asked: usize) -> (usize, Option<Message>) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let max = (cores * JOBS_PER_CORE).max(JOBS_PER_CORE);
    if asked > max {
        let note = msg!("cli.jobs-capped", asked = asked, cores = cores, max = max);
        (max, Some(note))
    } else {
        (asked, None)
    }
}
