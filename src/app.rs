//! What the command line does: load configuration, find files, check them in parallel,
//! report, and choose the exit code.

use crate::cli::{CheckArgs, Cli, Command, FailOn, Format};
use crate::config::{self, Config};
use crate::finding::{Finding, Severity};
use crate::report::visible::one_line;
use crate::report::{self, FileReport, Outcome};
use crate::rules;
use crate::source::Source;
use rayon::prelude::*;
use std::io::{IsTerminal, Read, Write};
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

/// Runs a parsed command line and returns the exit code.
pub fn run(cli: Cli) -> u8 {
    let mut io = Streams::default();
    let code = match cli.command {
        Command::Check(args) => check(args, &mut io),
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
    let config = std::env::current_dir()
        .ok()
        .and_then(|d| Config::discover(&d))
        .and_then(|p| Config::load(&p).ok())
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

fn check(args: CheckArgs, io: &mut Streams) -> u8 {
    let started = std::time::Instant::now();
    let no_color = args.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let mut config = match load_config(&args) {
        Ok(c) => c,
        Err(report) => {
            io.err(&format!("{}\n", report.trim_end()));
            return exit::TROUBLE;
        }
    };
    config.final_check = args.final_check;
    for (list, what) in [(&args.select, "--select"), (&args.ignore, "--ignore")] {
        for key in list {
            if !config::is_rule_or_group(key) {
                let hint = config::closest_rule(key)
                    .map(|r| format!(" (did you mean `{r}`?)"))
                    .unwrap_or_default();
                io.err(&format!(
                    "notulint: {what}: unknown rule or group `{}`{hint}\n",
                    one_line(key)
                ));
                return exit::TROUBLE;
            }
        }
    }
    if !args.select.is_empty() {
        config.selected = Some(args.select.clone());
    }
    for key in &args.ignore {
        config.set_level(key, None);
    }
    let (inputs, notes) = collect_inputs(&args, &config);
    for note in notes {
        io.err(&format!("notulint: {note}\n"));
    }
    let format = args.format.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Human
    } else {
        Format::Concise
    });
    let color = !no_color && std::io::stdout().is_terminal();
    let human = (format == Format::Human).then(|| report::human::handler(color));
    let jobs = args.jobs.map(|n| {
        let (n, note) = cap_jobs(n);
        if let Some(note) = note {
            io.err(&format!("notulint: {note}\n"));
        }
        n
    });
    let human = human.as_ref().map(|h| (h, args.max_shown));
    let reports = check_all(&inputs, &config, jobs, human);
    let rendered = match format {
        Format::Human => report::human::render(&reports),
        Format::Concise => report::concise::render(&reports),
        Format::Json => report::json::render(&reports),
        Format::Sarif => report::sarif::render(&reports),
        Format::Github => report::github::render(&reports),
    };
    io.out(&rendered);
    // Files that could not be read are always named on standard error.
    for r in &reports {
        if let Outcome::Failed(msg) = &r.outcome {
            if format != Format::Human {
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
        io.err(&format!("{}\n", counts.summary(started.elapsed())));
    }
    let threshold = match args.fail_on {
        FailOn::Error => Severity::Error,
        FailOn::Warning => Severity::Warning,
        FailOn::Info => Severity::Info,
    };
    if counts.failed > 0 {
        exit::TROUBLE
    } else if reports
        .iter()
        .flat_map(|r| r.findings())
        .any(|f| f.severity >= threshold)
    {
        exit::FINDINGS
    } else {
        exit::OK
    }
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

fn load_config(args: &CheckArgs) -> Result<Config, String> {
    let path = if args.no_config {
        None
    } else if let Some(p) = &args.config {
        Some(p.clone())
    } else {
        std::env::current_dir()
            .ok()
            .and_then(|d| Config::discover(&d))
    };
    match path {
        Some(p) => Config::load(&p).map_err(|e| {
            let color = !args.no_color
                && std::env::var_os("NO_COLOR").is_none()
                && std::io::stderr().is_terminal();
            let theme = if color {
                miette::GraphicalTheme::unicode()
            } else {
                miette::GraphicalTheme::unicode_nocolor()
            };
            let handler = miette::GraphicalReportHandler::new_themed(theme).with_width(120);
            report::human::render_diagnostic(&handler, e.src.name(), e.src.inner(), e.as_ref())
        }),
        None => Ok(Config::default()),
    }
}

/// The inputs named on the command line, each file once, and notes for standard error
/// (links that were not followed).
fn collect_inputs(args: &CheckArgs, config: &Config) -> (Vec<Input>, Vec<String>) {
    let mut inputs = Vec::new();
    let mut notes = Vec::new();
    let mut stdin_taken = false;
    for p in &args.paths {
        if p.as_os_str() == "-" {
            if stdin_taken {
                continue;
            }
            stdin_taken = true;
            inputs.push(Input::Stdin(
                args.stdin_filename
                    .clone()
                    .unwrap_or_else(|| "<stdin>".into()),
            ));
        } else if p.is_dir() {
            match walk(p, config, args.follow_links) {
                Ok((files, skipped)) if files.is_empty() && skipped.is_empty() => {
                    // A folder with nothing to check is not a pass (a folder of .doc files,
                    // a typo in `include`): say so, and fail the run.
                    inputs.push(Input::Missing(
                        p.clone(),
                        format!(
                            "no minutes found in {}: no file under it matches the include globs ({}); notulint reads {}",
                            one_line(&p.display().to_string()),
                            config.include.join(", "),
                            crate::input::READABLE
                        ),
                    ));
                }
                Ok((files, skipped)) => {
                    inputs.extend(files.into_iter().map(|f| match f {
                        Ok(path) => Input::File(path),
                        Err((path, why)) => Input::Missing(path, why),
                    }));
                    notes.extend(skipped.iter().map(|l| {
                        format!(
                            "{}: not checked: a link to a file outside {} (--follow-links follows it)",
                            one_line(&l.display().to_string()),
                            one_line(&p.display().to_string())
                        )
                    }));
                }
                Err(e) => inputs.push(Input::Missing(p.clone(), e)),
            }
        } else if p.exists() {
            inputs.push(Input::File(p.clone()));
        } else {
            inputs.push(Input::Missing(
                p.clone(),
                "no such file or directory".into(),
            ));
        }
    }
    // A file named twice (`a.txt a.txt`, `a.txt ./a.txt`, or a file and its folder) is
    // checked once, where it first appears.
    let mut seen = std::collections::HashSet::new();
    inputs.retain(|i| match i {
        Input::File(p) => seen.insert(std::fs::canonicalize(p).unwrap_or_else(|_| p.clone())),
        Input::Missing(p, _) => seen.insert(p.clone()),
        Input::Stdin(_) => true,
    });
    (inputs, notes)
}

/// The include and exclude globs of a configuration, compiled.
pub fn globs(config: &Config) -> Result<(globset::GlobSet, globset::GlobSet), String> {
    let build = |globs: &[String]| -> Result<globset::GlobSet, String> {
        let mut b = globset::GlobSetBuilder::new();
        for g in globs {
            b.add(globset::Glob::new(g).map_err(|e| format!("bad glob `{g}`: {e}"))?);
        }
        b.build().map_err(|e| e.to_string())
    };
    Ok((build(&config.include)?, build(&config.exclude)?))
}

/// The files under a directory that the include and exclude globs select, sorted;
/// `.gitignore` and hidden files are respected as git would.
/// An entry that cannot be read (a dangling link, a folder without permission) comes back
/// as an error with its path, so that it is reported and the run goes on. Links to files
/// outside the directory are only followed with `follow_links`; without it they come back
/// in the second list, to be named.
pub fn walk(
    dir: &Path,
    config: &Config,
    follow_links: bool,
) -> Result<(Vec<Walked>, Vec<PathBuf>), String> {
    let (include, exclude) = globs(config)?;
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
                files.push(Err((path, format!("cannot read it: {e}"))));
                continue;
            }
        };
        let path = entry.path();
        let rel = path.strip_prefix(dir).unwrap_or(path);
        if !include.is_match(rel) || exclude.is_match(rel) {
            continue;
        }
        let kind = entry.file_type();
        if kind.is_some_and(|t| t.is_file()) {
            files.push(Ok(path.to_path_buf()));
        } else if kind.is_some_and(|t| t.is_symlink()) {
            // A link to a file inside the folder is checked; a link out of it is not
            // followed (`x.txt -> /etc/passwd`); a link to nothing cannot be read.
            match (std::fs::metadata(path), std::fs::canonicalize(path)) {
                (Ok(m), Ok(target)) if m.is_file() => {
                    if target.starts_with(&root) {
                        files.push(Ok(path.to_path_buf()));
                    } else {
                        skipped.push(path.to_path_buf());
                    }
                }
                (Ok(_), Ok(_)) => {}
                (Err(e), _) | (_, Err(e)) => {
                    files.push(Err((path.to_path_buf(), format!("cannot read it: {e}"))))
                }
            }
        }
    }
    Ok((files, skipped))
}

/// The human report's handler and the number of findings per file it draws in full.
type Human<'a> = (&'a miette::GraphicalReportHandler, usize);

fn check_all(
    inputs: &[Input],
    config: &Config,
    jobs: Option<usize>,
    human: Option<Human<'_>>,
) -> Vec<FileReport> {
    let work = |input: &Input| check_input(input, config, human);
    // No more threads than files.
    let threads = jobs.map_or(0, |n| n.min(inputs.len().max(1)));
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build();
    match pool {
        Ok(pool) => pool.install(|| inputs.par_iter().map(work).collect()),
        Err(_) => inputs.iter().map(work).collect(),
    }
}

/// Checks one input. Only positions (and, for the human format, the rendered report) are
/// kept: the text is dropped here, so memory does not grow with the number of files.
fn check_input(input: &Input, config: &Config, human: Option<Human<'_>>) -> FileReport {
    let (name, bytes) = match input {
        Input::Missing(p, e) => return FileReport::failed(p.display().to_string(), e.clone()),
        Input::Stdin(name) => {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin()
                .lock()
                .take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut buf)
            {
                return FileReport::failed(
                    name.clone(),
                    format!("cannot read standard input: {e}"),
                );
            }
            (name.clone(), buf)
        }
        Input::File(p) => {
            let name = p.display().to_string();
            match read_file(p) {
                Ok(b) => (name, b),
                Err(e) => return FileReport::failed(name, e),
            }
        }
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return FileReport::failed(
            name,
            format!(
                "it is larger than {} MiB; minutes are never this big",
                MAX_FILE_BYTES >> 20
            ),
        );
    }
    match Source::read(&name, bytes) {
        Ok(source) => {
            let findings: Vec<Finding> = crate::check(&source, config);
            let rendered = human.map(|(h, max)| {
                report::human::render_file_limited(h, &name, &source, &findings, max)
            });
            let mut r = FileReport::checked(name, &source, findings);
            r.rendered = rendered;
            r
        }
        Err(e) => FileReport::failed(name, format!("cannot check this file: {e}")),
    }
}

fn read_file(p: &Path) -> Result<Vec<u8>, String> {
    let f = std::fs::File::open(p).map_err(|e| format!("cannot read it: {e}"))?;
    let mut buf = Vec::new();
    f.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(|e| format!("cannot read it: {e}"))?;
    Ok(buf)
}
