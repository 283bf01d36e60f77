//! What the command line does: load configuration, find files, check them in parallel,
//! report, and choose the exit code.

use crate::cli::{CheckArgs, Cli, Command, FailOn, Format};
use crate::config::{self, Config};
use crate::finding::{Finding, Severity};
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

/// Runs a parsed command line and returns the exit code.
pub fn run(cli: Cli) -> u8 {
    match cli.command {
        Command::Check(args) => check(args),
        Command::Rules => {
            print!("{}", report::rules_table());
            exit::OK
        }
        Command::Explain { rule } => match rules::by_name(&rule) {
            Some(r) => {
                println!(
                    "{} [{}]\n\n{}",
                    r.name(),
                    r.default_severity(),
                    r.doc().trim_end()
                );
                exit::OK
            }
            None => {
                let hint = config::closest_rule(&rule)
                    .map(|r| format!(" (did you mean `{r}`?)"))
                    .unwrap_or_default();
                eprintln!("notulint: unknown rule `{rule}`{hint}; `notulint rules` lists them");
                exit::TROUBLE
            }
        },
        Command::Init { force } => init(force),
        Command::Outline { path } => show(&path, true),
        Command::Text { path } => show(&path, false),
    }
}

/// `outline` and `text`: one file, what was understood of it or its reading.
fn show(path: &Path, outline: bool) -> u8 {
    let source = match read_file(path).and_then(|b| {
        Source::from_bytes(path, b).map_err(|e| format!("cannot check this file: {e}"))
    }) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("notulint: {}: {e}", path.display());
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
        let reading = crate::input::read(&source.text, source.format);
        let width = reading.text.lines().count().to_string().len();
        reading
            .text
            .split('\n')
            .enumerate()
            .map(|(i, l)| format!("{:>width$}  {}\n", i + 1, l.trim_end_matches('\r')))
            .collect()
    };
    let mut stdout = std::io::stdout().lock();
    if stdout.write_all(out.as_bytes()).is_err() {
        return exit::TROUBLE;
    }
    exit::OK
}

fn init(force: bool) -> u8 {
    let path = Path::new(config::FILE_NAME);
    if path.exists() && !force {
        eprintln!(
            "notulint: {} already exists; use --force to overwrite it",
            path.display()
        );
        return exit::TROUBLE;
    }
    match std::fs::write(path, config::STARTER) {
        Ok(()) => {
            eprintln!("notulint: wrote {}", path.display());
            exit::OK
        }
        Err(e) => {
            eprintln!("notulint: cannot write {}: {e}", path.display());
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

fn check(args: CheckArgs) -> u8 {
    let started = std::time::Instant::now();
    let no_color = args.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let mut config = match load_config(&args) {
        Ok(c) => c,
        Err(report) => {
            eprintln!("{report}");
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
                eprintln!("notulint: {what}: unknown rule or group `{key}`{hint}");
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
    let inputs = collect_inputs(&args, &config);
    let format = args.format.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Human
    } else {
        Format::Concise
    });
    let color = !no_color && std::io::stdout().is_terminal();
    let human = (format == Format::Human).then(|| report::human::handler(color));
    let reports = check_all(&inputs, &config, args.jobs, human.as_ref());
    let rendered = match format {
        Format::Human => report::human::render(&reports),
        Format::Concise => report::concise::render(&reports),
        Format::Json => report::json::render(&reports),
        Format::Sarif => report::sarif::render(&reports),
        Format::Github => report::github::render(&reports),
    };
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(rendered.as_bytes());
    let _ = out.flush();
    // Files that could not be read are always named on standard error.
    for r in &reports {
        if let Outcome::Failed(msg) = &r.outcome {
            if format != Format::Human {
                eprintln!("notulint: {}: {msg}", r.path);
            }
        }
    }
    let counts = report::Counts::of(&reports);
    if !args.quiet {
        eprintln!("{}", counts.summary(started.elapsed()));
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
            let mut out = String::new();
            let handler = miette::GraphicalReportHandler::new_themed(theme).with_width(120);
            match handler.render_report(&mut out, e.as_ref()) {
                Ok(()) => out,
                Err(_) => e.to_string(),
            }
        }),
        None => Ok(Config::default()),
    }
}

fn collect_inputs(args: &CheckArgs, config: &Config) -> Vec<Input> {
    let mut inputs = Vec::new();
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
            match walk(p, config) {
                Ok(files) => inputs.extend(files.into_iter().map(|f| match f {
                    Ok(path) => Input::File(path),
                    Err((path, why)) => Input::Missing(path, why),
                })),
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
    inputs
}

/// The files under a directory that the include and exclude globs select, sorted;
/// `.gitignore` and hidden files are respected as git would.
/// An entry that cannot be read (a dangling link, a folder without permission) comes back
/// as an error with its path, so that it is reported and the run goes on.
pub fn walk(dir: &Path, config: &Config) -> Result<Vec<Walked>, String> {
    let build = |globs: &[String]| -> Result<globset::GlobSet, String> {
        let mut b = globset::GlobSetBuilder::new();
        for g in globs {
            b.add(globset::Glob::new(g).map_err(|e| format!("bad glob `{g}`: {e}"))?);
        }
        b.build().map_err(|e| e.to_string())
    };
    let include = build(&config.include)?;
    let exclude = build(&config.exclude)?;
    let mut files = Vec::new();
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
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
            // A link to a file is checked; a link to nothing is a file that cannot be read.
            match std::fs::metadata(path) {
                Ok(m) if m.is_file() => files.push(Ok(path.to_path_buf())),
                Ok(_) => {}
                Err(e) => files.push(Err((path.to_path_buf(), format!("cannot read it: {e}")))),
            }
        }
    }
    Ok(files)
}

fn check_all(
    inputs: &[Input],
    config: &Config,
    jobs: Option<usize>,
    human: Option<&miette::GraphicalReportHandler>,
) -> Vec<FileReport> {
    let work = |input: &Input| check_input(input, config, human);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs.unwrap_or(0))
        .build();
    match pool {
        Ok(pool) => pool.install(|| inputs.par_iter().map(work).collect()),
        Err(_) => inputs.iter().map(work).collect(),
    }
}

/// Checks one input. Only positions (and, for the human format, the rendered report) are
/// kept: the text is dropped here, so memory does not grow with the number of files.
fn check_input(
    input: &Input,
    config: &Config,
    human: Option<&miette::GraphicalReportHandler>,
) -> FileReport {
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
    match Source::from_bytes(&name, bytes) {
        Ok(source) => {
            let findings: Vec<Finding> = crate::check(&source, config);
            let rendered = human.map(|h| report::human::render_file(h, &name, &source, &findings));
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
