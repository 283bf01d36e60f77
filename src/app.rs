//! What the command line does: load configuration, find files, check them in parallel,
//! report, and choose the exit code.

use crate::baseline::{self, Baseline};
use crate::cli::{
    BaselineArgs, CheckArgs, Cli, Color, Command, FailOn, Format, LangArg, SettingsArgs,
};
use crate::config::{self, Config, ConfigError, Overrides, Resolver, Verdict};
use crate::finding::{Finding, Severity};
use crate::messages::Lang;
use crate::report::visible::one_line;
use crate::report::{self, FileReport, Outcome};
use crate::rules;
use crate::source::Source;
use crate::{fix, paths, suppress};
use rayon::prelude::*;
use std::collections::{BTreeSet, HashMap};
use std::ffi::OsString;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Exit codes, named in one place.
pub mod exit {
    /// Nothing at or above the failing severity.
    pub const OK: u8 = 0;
    /// Findings at or above the failing severity.
    pub const FINDINGS: u8 = 1;
    /// A usage or configuration error, or a file that could not be read.
    pub const TROUBLE: u8 = 2;
}

/// One file found under a directory, or the path that could not be read and why.
pub type Walked = Result<PathBuf, (PathBuf, String)>;

/// Files larger than this are reported rather than read: minutes are never this big.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

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

/// Parses the command line and runs it. `notulint check --` with nothing after it is an
/// explicitly empty list of files (a CI job with no changed minutes): it checks nothing.
pub fn run_args(args: Vec<OsString>) -> u8 {
    use clap::Parser;
    let mut cli = Cli::parse_from(&args);
    if let Command::Check(c) = &mut cli.command {
        c.explicitly_empty = c.paths.is_empty() && args.iter().any(|a| a == "--");
    }
    run(cli)
}

/// Runs a parsed command line and returns the exit code.
pub fn run(cli: Cli) -> u8 {
    let mut io = Streams::default();
    let settings = match &cli.command {
        Command::Check(a) => Some(&a.settings),
        Command::Baseline(a) => Some(&a.settings),
        Command::Config { settings, .. } => Some(settings),
        _ => None,
    };
    let lang = report_lang(cli.lang, settings);
    let code = match cli.command {
        Command::Check(args) => check(args, &mut io, lang),
        Command::Baseline(args) => write_baseline(args, &mut io, lang),
        Command::Config { paths, settings } => show_settings(&paths, &settings, &mut io),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "notulint", &mut out);
            io.out(&String::from_utf8_lossy(&out));
            exit::OK
        }
        Command::Rules => {
            io.out(&report::rules_table());
            exit::OK
        }
        Command::Explain { rule } => match rules::by_name(&rule) {
            Some(r) => {
                io.out(&format!(
                    "{} [{}]\n\n{}\n",
                    r.name(),
                    r.default_severity(),
                    r.doc().trim_end()
                ));
                exit::OK
            }
            None => {
                let hint = config::closest_rule(&rule)
                    .map(|r| format!(" (did you mean `{r}`?)"))
                    .unwrap_or_default();
                io.err(&format!(
                    "notulint: unknown rule `{}`{hint}; `notulint rules` lists them\n",
                    one_line(&rule)
                ));
                exit::TROUBLE
            }
        },
        Command::Init { force } => init(force, &mut io),
        Command::Outline { path } => show(&path, true, &mut io),
        Command::Text { path } => show(&path, false, &mut io),
    };
    io.exit_code(code)
}

/// `outline` and `text`: one file, what was understood of it or its reading.
fn show(path: &Path, outline: bool, io: &mut Streams) -> u8 {
    let source = match read_file(path)
        .and_then(|b| Source::read(path, b).map_err(|e| format!("cannot check this file: {e}")))
    {
        Ok(s) => s,
        Err(e) => {
            io.err(&format!("notulint: {}: {e}\n", path.display()));
            return exit::TROUBLE;
        }
    };
    let config = Resolver::new(None, false, Overrides::default())
        .and_then(|mut r| r.for_path(&paths::absolute(path)))
        .unwrap_or_default();
    let out = if outline {
        crate::outline(&source, &config)
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
                out.push_str(&format!("{:>width$}  (page {})\n", "", p.unwrap_or(0)));
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
    if existing.as_ref().is_ok_and(|m| m.file_type().is_symlink()) {
        io.err(&format!(
            "notulint: {} is a symbolic link; notulint init does not write through links\n",
            path.display()
        ));
        return exit::TROUBLE;
    }
    if existing.is_ok() {
        if !force {
            io.err(&format!(
                "notulint: {} already exists; use --force to overwrite it\n",
                path.display()
            ));
            return exit::TROUBLE;
        }
        if let Err(e) = std::fs::remove_file(path) {
            io.err(&format!(
                "notulint: cannot replace {}: {e}\n",
                path.display()
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
            io.err(&format!("notulint: wrote {}\n", path.display()));
            exit::OK
        }
        Err(e) => {
            io.err(&format!("notulint: cannot write {}: {e}\n", path.display()));
            exit::TROUBLE
        }
    }
}

/// Where a document comes from.
#[derive(Debug, Clone)]
enum Input {
    File(PathBuf),
    Stdin(String),
    Missing(PathBuf, String),
}

/// A document to check, with the configuration that governs it and its path relative to
/// that configuration's folder (what `[[ignore]]` and `[per-file]` globs match).
#[derive(Debug, Clone)]
struct Target {
    input: Input,
    config: Arc<Config>,
    rel: String,
}

/// A file named on the command line that its configuration leaves out, and why.
#[derive(Debug, Clone)]
struct Skipped {
    path: PathBuf,
    config: Arc<Config>,
    rel: String,
    verdict: Verdict,
}

/// What was found on the command line.
#[derive(Debug, Default)]
struct Found {
    targets: Vec<Target>,
    skipped: Vec<Skipped>,
    notes: Vec<String>,
    /// Folders given on the command line, absolute.
    walked: Vec<PathBuf>,
}

/// What a run does with each document besides checking it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Check,
    Fix,
    Diff,
    Baseline,
}

/// The overrides of the command line, checked: unknown rule names are usage errors.
fn overrides(s: &SettingsArgs, io: &mut Streams) -> Option<Overrides> {
    for (list, what) in [(&s.select, "--select"), (&s.ignore, "--ignore")] {
        for key in list {
            if !config::is_rule_or_group(key) {
                let hint = config::closest_rule(key)
                    .map(|r| format!(" (did you mean `{r}`?)"))
                    .unwrap_or_default();
                io.err(&format!(
                    "notulint: {what}: unknown rule or group `{}`{hint}\n",
                    one_line(key)
                ));
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
fn resolver(s: &SettingsArgs, io: &mut Streams) -> Option<Resolver> {
    let o = overrides(s, io)?;
    match Resolver::new(s.config.as_deref(), s.no_config, o) {
        Ok(r) => Some(r),
        Err(e) => {
            io.err(&config_error(&e));
            None
        }
    }
}

fn config_error(e: &ConfigError) -> String {
    let color = std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal();
    let theme = if color {
        miette::GraphicalTheme::unicode()
    } else {
        miette::GraphicalTheme::unicode_nocolor()
    };
    let handler = miette::GraphicalReportHandler::new_themed(theme).with_width(120);
    let s = report::human::render_diagnostic(&handler, e.src.name(), e.src.inner(), e);
    format!("{}\n", s.trim_end())
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
    file.and_then(|p| Config::load(&p).ok())
        .and_then(|c| c.lang)
        .unwrap_or_else(Lang::from_env)
}

fn check(mut args: CheckArgs, io: &mut Streams, lang: Lang) -> u8 {
    let started = std::time::Instant::now();
    if args.explicitly_empty {
        if !args.quiet {
            io.err("notulint: no files given after `--`: nothing to check\n");
        }
        return exit::OK;
    }
    if args.paths.is_empty() {
        args.paths.push(PathBuf::from("."));
    }
    let Some(mut resolver) = resolver(&args.settings, io) else {
        return exit::TROUBLE;
    };
    let found = match collect(
        &args.paths,
        &mut resolver,
        !args.settings.no_force_exclude,
        args.follow_links,
        args.stdin_filename.as_deref(),
    ) {
        Ok(f) => f,
        Err(e) => {
            io.err(&config_error(&e));
            return exit::TROUBLE;
        }
    };
    if args.show_settings {
        io.out(&settings_text(&found));
        return exit::OK;
    }
    if !args.quiet {
        for note in &found.notes {
            io.err(&format!("notulint: {note}\n"));
        }
    }
    let mode = if args.diff {
        Mode::Diff
    } else if args.fix {
        Mode::Fix
    } else {
        Mode::Check
    };
    let baseline = if args.no_baseline {
        None
    } else {
        match args.baseline.clone().or_else(Baseline::discover) {
            Some(p) => match Baseline::load(&p) {
                Ok(b) => Some(b),
                Err(e) => {
                    io.err(&format!("notulint: {}\n", one_line(&e)));
                    return exit::TROUBLE;
                }
            },
            None => None,
        }
    };
    let to_file = args.output_file.is_some();
    let format = args
        .format
        .unwrap_or(if !to_file && std::io::stdout().is_terminal() {
            Format::Human
        } else {
            Format::Concise
        });
    let color = match (args.color, args.no_color) {
        (_, true) | (Color::Never, _) => false,
        (Color::Always, _) => true,
        (Color::Auto, _) => {
            !to_file
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    };
    let human =
        (format == Format::Human && !args.statistics).then(|| report::human::handler(color));
    let jobs = args.jobs.map(|n| {
        let (n, note) = cap_jobs(n);
        if let Some(note) = note {
            io.err(&format!("notulint: {note}\n"));
        }
        n
    });
    let run = Run {
        mode,
        baseline: baseline.as_ref().map(|b| (b, b.root.clone())),
        human: human.as_ref().map(|h| (h, args.max_shown)),
        lang,
    };
    let done = check_all(&found.targets, &run, jobs);
    let mut fixed = (0, 0);
    let mut diffs = String::new();
    for d in &done {
        if d.fixed > 0 {
            fixed.0 += d.fixed;
            fixed.1 += 1;
        }
        diffs.push_str(&d.diff);
        if let Some(e) = &d.write_error {
            io.err(&format!(
                "notulint: {}: {}\n",
                one_line(&d.report.path),
                one_line(e)
            ));
        }
    }
    let write_failed = done.iter().any(|d| d.write_error.is_some());
    if mode == Mode::Diff {
        io.out(&diffs);
        if !args.quiet {
            io.err(&format!(
                "notulint: would fix {} in {}\n",
                plural(fixed.0, "finding", "findings"),
                plural(fixed.1, "file", "files")
            ));
        }
        return if fixed.0 > 0 {
            exit::FINDINGS
        } else {
            exit::OK
        };
    }
    // Notes about notulint's own files come after the documents.
    let unused = unused_ignores(&resolver, &done, &found.walked);
    let stale = baseline
        .as_ref()
        .and_then(|b| stale_entries(b, &done, &found.walked));
    let mut reports: Vec<FileReport> = done.into_iter().map(|d| d.report).collect();
    for (source, findings) in unused.into_iter().chain(stale) {
        let name = source.path.display().to_string();
        let rendered = run.human.map(|(h, max)| {
            report::human::render_file_limited(h, &name, &source, &findings, max, lang)
        });
        let mut r = FileReport::checked(name, &source, findings);
        r.rendered = rendered;
        r.extra = true;
        reports.push(r);
    }
    let root = paths::repository_root();
    let rendered = if args.statistics {
        report::statistics::render(&reports, format == Format::Json)
    } else {
        match format {
            Format::Human => report::human::render(&reports),
            Format::Concise => report::concise::render(&reports, lang),
            Format::Json => report::json::render(&reports, lang),
            Format::Sarif => report::sarif::render(&reports, lang),
            Format::Github => report::github::render(&reports, root.as_deref(), lang),
            Format::Junit => report::junit::render(&reports, lang),
            Format::Gitlab => report::gitlab::render(&reports, root.as_deref(), lang),
        }
    };
    match &args.output_file {
        Some(p) => {
            if let Err(e) = std::fs::write(p, rendered.as_bytes()) {
                io.err(&format!("notulint: cannot write {}: {e}\n", p.display()));
                return exit::TROUBLE;
            }
        }
        None => io.out(&rendered),
    }
    // Files that could not be read are always named on standard error.
    for r in &reports {
        if let Outcome::Failed(msg) = &r.outcome {
            if format != Format::Human || to_file {
                io.err(&format!(
                    "notulint: {}: {}\n",
                    one_line(&r.path),
                    one_line(msg)
                ));
            }
        }
    }
    let counts = report::Counts::of(&reports);
    if !args.quiet {
        if mode == Mode::Fix {
            io.err(&format!(
                "Fixed {} in {}.\n",
                plural(fixed.0, "finding", "findings"),
                plural(fixed.1, "file", "files")
            ));
        }
        io.err(&format!("{}\n", counts.summary(started.elapsed(), lang)));
    }
    let threshold = match args.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
    };
    if counts.failed > 0 || write_failed {
        exit::TROUBLE
    } else if !args.exit_zero
        && reports
            .iter()
            .flat_map(|r| r.findings())
            .any(|f| f.severity >= threshold)
    {
        exit::FINDINGS
    } else {
        exit::OK
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `[[ignore]]` entries that silenced nothing, per configuration.
fn unused_ignores(
    resolver: &Resolver,
    done: &[Done],
    walked: &[PathBuf],
) -> Vec<(Source, Vec<Finding>)> {
    let mut out = Vec::new();
    for c in resolver.configs() {
        if c.ignores.is_empty() {
            continue;
        }
        let mut applied = BTreeSet::new();
        let mut used = BTreeSet::new();
        for d in done.iter().filter(|d| d.config_path == c.path) {
            applied.extend(d.hits.applied.iter().copied());
            used.extend(d.hits.used.iter().copied());
        }
        let whole_tree = c
            .root
            .as_ref()
            .is_some_and(|root| walked.iter().any(|w| root.starts_with(w)));
        let shown = c
            .path
            .as_deref()
            .map(shown_path)
            .unwrap_or_else(|| config::FILE_NAME.into());
        out.extend(suppress::unused(&c, &shown, &applied, &used, whole_tree));
    }
    out
}

/// Baseline entries that no longer match, among the files checked and the files gone from
/// the folders checked.
fn stale_entries(
    b: &Baseline,
    done: &[Done],
    walked: &[PathBuf],
) -> Option<(Source, Vec<Finding>)> {
    let mut checked: HashMap<String, HashMap<String, usize>> = HashMap::new();
    for d in done {
        if let Some(k) = &d.baseline_key {
            checked.insert(k.clone(), d.baseline_used.clone());
        }
    }
    let gone = |rel: &str| {
        let p = b.root.join(rel);
        !p.exists() && walked.iter().any(|w| p.starts_with(w))
    };
    b.stale(&shown_path(&b.path), &checked, gone)
}

/// A path for messages: relative to the working directory when under it.
fn shown_path(p: &Path) -> String {
    let abs = paths::absolute(p);
    paths::relative(&abs, &paths::absolute(Path::new(".")))
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| p.display().to_string())
}

/// `notulint baseline`: every finding of the files (after `[[ignore]]`), written as the
/// accepted ones. Entries for files not checked this time are kept while the file exists.
fn write_baseline(args: BaselineArgs, io: &mut Streams, lang: Lang) -> u8 {
    let started = std::time::Instant::now();
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let Some(mut resolver) = resolver(&args.settings, io) else {
        return exit::TROUBLE;
    };
    let found = match collect(
        &paths,
        &mut resolver,
        !args.settings.no_force_exclude,
        args.follow_links,
        None,
    ) {
        Ok(f) => f,
        Err(e) => {
            io.err(&config_error(&e));
            return exit::TROUBLE;
        }
    };
    let out_path = args
        .output
        .clone()
        .unwrap_or_else(|| PathBuf::from(baseline::FILE_NAME));
    let root = paths::absolute(&out_path)
        .parent()
        .map_or_else(PathBuf::new, Path::to_path_buf);
    let run = Run {
        lang,
        mode: Mode::Baseline,
        baseline: None,
        human: None,
    };
    let done = check_all_rooted(&found.targets, &run, &root);
    let mut entries = Vec::new();
    let mut checked = BTreeSet::new();
    let mut failed = 0;
    for d in &done {
        if let Outcome::Failed(msg) = &d.report.outcome {
            io.err(&format!(
                "notulint: {}: {}\n",
                one_line(&d.report.path),
                one_line(msg)
            ));
            failed += 1;
        }
        if let Some(k) = &d.baseline_key {
            checked.insert(k.clone());
        }
        entries.extend(d.entries.iter().cloned());
    }
    // Keep what an earlier baseline says about files not checked now but still there.
    if let Ok(old) = Baseline::load(&out_path) {
        entries.extend(
            old.entries
                .into_values()
                .filter(|e| !checked.contains(&e.path) && old.root.join(&e.path).exists()),
        );
    }
    let entries = baseline::merge(entries);
    let total: usize = entries.iter().map(|e| e.count).sum();
    let text = baseline::render(&entries);
    if let Err(e) = fix::write_atomic(&out_path, text.as_bytes()) {
        io.err(&format!(
            "notulint: cannot write {}: {e}\n",
            out_path.display()
        ));
        return exit::TROUBLE;
    }
    io.err(&format!(
        "notulint: wrote {} with {} ({} entries) from {} in {:.2}s\n",
        out_path.display(),
        plural(total, "finding", "findings"),
        entries.len(),
        plural(done.len(), "file", "files"),
        started.elapsed().as_secs_f64()
    ));
    if failed > 0 {
        exit::TROUBLE
    } else {
        exit::OK
    }
}

/// `notulint config FILE`: the resolved configuration of each file and where each value
/// came from.
fn show_settings(paths: &[PathBuf], settings: &SettingsArgs, io: &mut Streams) -> u8 {
    let Some(mut resolver) = resolver(settings, io) else {
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
            io.out(&settings_text(&found));
            exit::OK
        }
        Err(e) => {
            io.err(&config_error(&e));
            exit::TROUBLE
        }
    }
}

fn settings_text(found: &Found) -> String {
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
        ));
    }
    for s in &found.skipped {
        out.push_str(&report::settings::render(
            &s.path.display().to_string(),
            &s.rel,
            &s.config,
            &s.verdict,
        ));
    }
    out
}

/// More threads than this per core only cost time to start.
const JOBS_PER_CORE: usize = 4;

/// `--jobs` capped at a number of threads the machine can use, with a note when capped.
fn cap_jobs(asked: usize) -> (usize, Option<String>) {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let max = (cores * JOBS_PER_CORE).max(JOBS_PER_CORE);
    if asked > max {
        let note = format!(
            "--jobs {asked} is more than this machine can use ({cores} cores); using {max}"
        );
        (max, Some(note))
    } else {
        (asked, None)
    }
}

/// The documents named on the command line, each file once, each with its configuration;
/// the named files that configuration leaves out (with `force_exclude`); notes for standard
/// error (files left out, links not followed).
fn collect(
    given: &[PathBuf],
    resolver: &mut Resolver,
    force_exclude: bool,
    follow_links: bool,
    stdin_filename: Option<&str>,
) -> Result<Found, Box<ConfigError>> {
    let mut found = Found::default();
    let mut stdin_taken = false;
    for p in given {
        if p.as_os_str() == "-" {
            if stdin_taken {
                continue;
            }
            stdin_taken = true;
            let name = stdin_filename.unwrap_or("<stdin>").to_string();
            let abs = paths::absolute(Path::new(stdin_filename.unwrap_or("stdin.txt")));
            let config = resolver.for_path(&abs)?;
            let rel = config
                .relative(&abs)
                .unwrap_or_else(|| paths::slashed(Path::new(&name)));
            let config = config.for_file(&rel);
            found.targets.push(Target {
                input: Input::Stdin(name),
                config,
                rel,
            });
        } else if p.is_dir() {
            found.walked.push(paths::absolute(p));
            let excluded_before = found.skipped.len();
            let walked = walk(p, resolver, follow_links, &mut found.skipped)?;
            // Files left out by `exclude` were found, and skipped on purpose.
            let excluded = found.skipped.len() > excluded_before;
            match walked {
                Ok((files, skipped)) if files.is_empty() && skipped.is_empty() && !excluded => {
                    // A folder with nothing to check is not a pass (a folder of .doc files,
                    // a typo in `include`): say so, and fail the run.
                    let why = format!(
                        "no minutes found in {}: no file under it is one notulint checks; notulint reads {}",
                        one_line(&p.display().to_string()),
                        crate::input::READABLE
                    );
                    found.targets.push(Target {
                        input: Input::Missing(p.clone(), why),
                        config: resolver.for_path(&paths::absolute(p))?,
                        rel: paths::slashed(p),
                    });
                }
                Ok((files, skipped)) => {
                    found.targets.extend(files);
                    found.notes.extend(skipped.iter().map(|l| {
                        format!(
                            "{}: not checked: a link to a file outside {} (--follow-links follows it)",
                            one_line(&l.display().to_string()),
                            one_line(&p.display().to_string())
                        )
                    }));
                }
                Err(e) => found.targets.push(Target {
                    input: Input::Missing(p.clone(), e),
                    config: resolver.for_path(&paths::absolute(p))?,
                    rel: paths::slashed(p),
                }),
            }
        } else {
            let abs = paths::absolute(p);
            let config = resolver.for_path(&abs)?;
            let rel = config.relative(&abs).unwrap_or_else(|| paths::slashed(p));
            let verdict = config.verdict(&rel, true);
            if force_exclude && p.exists() && verdict != Verdict::Checked {
                found.notes.push(format!(
                    "{}: not checked: {} (--no-force-exclude checks it)",
                    one_line(&p.display().to_string()),
                    report::settings::why(&verdict, &config, &rel)
                ));
                found.skipped.push(Skipped {
                    path: p.clone(),
                    config,
                    rel,
                    verdict,
                });
                continue;
            }
            let input = if p.exists() {
                Input::File(p.clone())
            } else {
                Input::Missing(p.clone(), "no such file or directory".into())
            };
            let config = config.for_file(&rel);
            found.targets.push(Target { input, config, rel });
        }
    }
    // A file named twice (`a.txt a.txt`, `a.txt ./a.txt`, or a file and its folder) is
    // checked once, where it first appears.
    let mut seen = std::collections::HashSet::new();
    found.targets.retain(|t| match &t.input {
        Input::File(p) => seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())),
        Input::Missing(p, _) => seen.insert(p.clone()),
        Input::Stdin(_) => true,
    });
    Ok(found)
}

/// The files under a directory that their configurations select, sorted; `.gitignore` and
/// hidden files are respected as git would. Each file is judged by the nearest
/// `notulint.toml` above it, with its include and exclude relative to that file's folder
/// (relative to the folder walked when there is none).
/// An entry that cannot be read (a dangling link, a folder without permission) comes back
/// as a target that failed, so that it is reported and the run goes on. Links to files
/// outside the directory are only followed with `follow_links`; without it they come back
/// in the second list, to be named. Files an exclude pattern leaves out go to `excluded`.
#[allow(clippy::type_complexity)]
fn walk(
    dir: &Path,
    resolver: &mut Resolver,
    follow_links: bool,
    excluded: &mut Vec<Skipped>,
) -> Result<Result<(Vec<Target>, Vec<PathBuf>), String>, Box<ConfigError>> {
    let root = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        .follow_links(follow_links)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = match &e {
                    ignore::Error::WithPath { path, .. } => path.clone(),
                    _ => dir.to_path_buf(),
                };
                files.push(Target {
                    config: resolver.for_path(&paths::absolute(&path))?,
                    rel: paths::slashed(&path),
                    input: Input::Missing(path, format!("cannot read it: {e}")),
                });
                continue;
            }
        };
        let path = entry.path();
        let kind = entry.file_type();
        let is_file = kind.is_some_and(|t| t.is_file());
        let is_link = kind.is_some_and(|t| t.is_symlink());
        if !is_file && !is_link {
            continue;
        }
        let abs = paths::absolute(path);
        let config = resolver.for_path(&abs)?;
        let rel = config
            .relative(&abs)
            .unwrap_or_else(|| paths::slashed(path.strip_prefix(dir).unwrap_or(path)));
        let verdict = config.verdict(&rel, false);
        if verdict != Verdict::Checked {
            // Kept for `notulint config DIR`, which shows why.
            if matches!(verdict, Verdict::Excluded { .. }) {
                excluded.push(Skipped {
                    path: path.to_path_buf(),
                    config: config.clone(),
                    rel,
                    verdict,
                });
            }
            continue;
        }
        let target = |input| Target {
            input,
            config: config.for_file(&rel),
            rel: rel.clone(),
        };
        if is_file {
            files.push(target(Input::File(path.to_path_buf())));
        } else {
            // A link to a file inside the folder is checked; a link out of it is not
            // followed (`x.txt -> /etc/passwd`); a link to nothing cannot be read.
            match (std::fs::metadata(path), std::fs::canonicalize(path)) {
                (Ok(m), Ok(t)) if m.is_file() => {
                    if t.starts_with(&root) {
                        files.push(target(Input::File(path.to_path_buf())));
                    } else {
                        skipped.push(path.to_path_buf());
                    }
                }
                (Ok(_), Ok(_)) => {}
                (Err(e), _) | (_, Err(e)) => files.push(target(Input::Missing(
                    path.to_path_buf(),
                    format!("cannot read it: {e}"),
                ))),
            }
        }
    }
    Ok(Ok((files, skipped)))
}

/// The human report's handler and the number of findings per file it draws in full.
type Human<'a> = (&'a miette::GraphicalReportHandler, usize);

/// What every document of a run shares.
struct Run<'a> {
    mode: Mode,
    /// The baseline and the folder its paths are relative to.
    baseline: Option<(&'a Baseline, PathBuf)>,
    human: Option<Human<'a>>,
    /// The language of the report.
    lang: Lang,
}

/// What became of one document.
struct Done {
    report: FileReport,
    /// The configuration file that governs it (to add up `[[ignore]]` use per file).
    config_path: Option<PathBuf>,
    hits: suppress::Hits,
    /// The document's path as the baseline names it.
    baseline_key: Option<String>,
    /// Findings the baseline accepted, by fingerprint.
    baseline_used: HashMap<String, usize>,
    /// Baseline entries (for `notulint baseline`).
    entries: Vec<baseline::Entry>,
    /// Findings fixed (or that would be, with `--diff`).
    fixed: usize,
    /// The unified diff, with `--diff`.
    diff: String,
    /// Why the fixed file could not be written.
    write_error: Option<String>,
}

fn check_all(targets: &[Target], run: &Run<'_>, jobs: Option<usize>) -> Vec<Done> {
    let work = |t: &Target| check_target(t, run);
    // No more threads than files.
    let threads = jobs.map_or(0, |n| n.min(targets.len().max(1)));
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build();
    match pool {
        Ok(pool) => pool.install(|| targets.par_iter().map(work).collect()),
        Err(_) => targets.iter().map(work).collect(),
    }
}

/// `notulint baseline`: documents keyed relative to the baseline's folder.
fn check_all_rooted(targets: &[Target], run: &Run<'_>, root: &Path) -> Vec<Done> {
    targets
        .par_iter()
        .map(|t| {
            let mut d = check_target(t, run);
            let key = match &t.input {
                Input::File(p) | Input::Missing(p, _) => Baseline::key(root, p),
                Input::Stdin(n) => n.clone(),
            };
            for e in &mut d.entries {
                e.path = key.clone();
                e.fingerprint =
                    baseline::fingerprint(&e.rule, &key, e.subject.as_deref(), &e.context);
            }
            d.baseline_key = Some(key);
            d
        })
        .collect()
}

/// How many rounds of fixes a document gets: a fix may uncover another (three copies of a
/// name), and a second `--fix` must find nothing left.
const FIX_ROUNDS: usize = 10;

/// Checks one document: its findings, less those `[[ignore]]` and the baseline accept,
/// fixed when asked. Only positions (and, for the human format, the rendered report) are
/// kept: the text is dropped here, so memory does not grow with the number of files.
fn check_target(t: &Target, run: &Run<'_>) -> Done {
    let mut done = Done {
        report: FileReport::failed(String::new(), String::new()),
        config_path: t.config.path.clone(),
        hits: suppress::Hits::default(),
        baseline_key: None,
        baseline_used: HashMap::new(),
        entries: Vec::new(),
        fixed: 0,
        diff: String::new(),
        write_error: None,
    };
    let (name, bytes) = match read_input(&t.input) {
        Ok(x) => x,
        Err((name, why)) => {
            done.report = FileReport::failed(name, why);
            return done;
        }
    };
    let fixing = matches!(run.mode, Mode::Fix | Mode::Diff)
        && matches!(&t.input, Input::File(p) if fix::fixable_path(p));
    // The bytes and the text as read are kept only to compare and write back fixes: a
    // check holds one copy of a file, not three.
    let (bytes, kept) = if fixing {
        (bytes.clone(), bytes)
    } else {
        (bytes, Vec::new())
    };
    let mut source = match Source::read(&name, bytes) {
        Ok(s) => s,
        Err(e) => {
            done.report = FileReport::failed(name, format!("cannot check this file: {e}"));
            return done;
        }
    };
    let original = if fixing {
        source.clone()
    } else {
        Source::new(&name, String::new())
    };
    let bytes = kept;
    let config = &t.config;
    let key = run.baseline.as_ref().map(|(_, root)| match &t.input {
        Input::File(p) => Baseline::key(root, p),
        _ => name.clone(),
    });
    let mut findings;
    let mut round = 0;
    loop {
        findings = crate::check(&source, config);
        let (kept, hits) = suppress::apply(config, &t.rel, findings);
        findings = kept;
        done.hits = hits;
        if let (Some((b, _)), Some(k)) = (run.baseline.as_ref(), key.as_ref()) {
            let (kept, used) = b.filter(k, &source.text, findings);
            findings = kept;
            done.baseline_used = used;
        }
        round += 1;
        if !fixing || round > FIX_ROUNDS {
            break;
        }
        let edits = fix::edits(&source.text, &findings, config);
        if edits.is_empty() {
            break;
        }
        done.fixed += edits.len();
        let text = fix::apply(&source.text, &edits);
        let mut next = Source::new(&name, text).with_format(original.format);
        next.encoding = original.encoding;
        next.cr_line_ends = original.cr_line_ends;
        source = next;
    }
    done.baseline_key = key;
    if done.fixed > 0 {
        if run.mode == Mode::Diff {
            done.diff = fix::diff(&name, &original.text, &source.text);
        } else if let Input::File(p) = &t.input {
            let written = match fix::encode(&original, &bytes, &source.text) {
                Some(b) => {
                    fix::write_atomic(p, &b).map_err(|e| format!("cannot write the fixes: {e}"))
                }
                None => Err(format!(
                    "not fixed: the fixes need characters that {} cannot hold",
                    original.encoding.name()
                )),
            };
            if let Err(e) = written {
                done.write_error = Some(e);
                done.fixed = 0;
                // Report what the file on disk holds.
                source = original.clone();
                findings = crate::check(&source, config);
                findings = suppress::apply(config, &t.rel, findings).0;
                if let (Some((b, _)), Some(k)) = (run.baseline.as_ref(), done.baseline_key.as_ref())
                {
                    findings = b.filter(k, &source.text, findings).0;
                }
            }
        }
    }
    if run.mode == Mode::Baseline {
        done.entries = baseline::entries_of(&name, &source.text, &findings);
    }
    let rendered = run.human.map(|(h, max)| {
        report::human::render_file_limited(h, &name, &source, &findings, max, run.lang)
    });
    done.report = FileReport::checked(name, &source, findings);
    done.report.rendered = rendered;
    done
}

/// The name and bytes of an input, or its name and why it cannot be read.
fn read_input(input: &Input) -> Result<(String, Vec<u8>), (String, String)> {
    let (name, bytes) = match input {
        Input::Missing(p, e) => return Err((p.display().to_string(), e.clone())),
        Input::Stdin(name) => {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin()
                .lock()
                .take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut buf)
            {
                return Err((name.clone(), format!("cannot read standard input: {e}")));
            }
            (name.clone(), buf)
        }
        Input::File(p) => {
            let name = p.display().to_string();
            match read_file(p) {
                Ok(b) => (name, b),
                Err(e) => return Err((name, e)),
            }
        }
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err((
            name,
            format!(
                "it is larger than {} MiB; minutes are never this big",
                MAX_FILE_BYTES >> 20
            ),
        ));
    }
    Ok((name, bytes))
}

fn read_file(p: &Path) -> Result<Vec<u8>, String> {
    let f = std::fs::File::open(p).map_err(|e| format!("cannot read it: {e}"))?;
    // Sized from the file's length, so that a large file is not held in twice its size.
    let len = f.metadata().map_or(0, |m| m.len()).min(MAX_FILE_BYTES + 1);
    let mut buf = Vec::with_capacity(len as usize + 1);
    f.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(|e| format!("cannot read it: {e}"))?;
    Ok(buf)
}
