//! `notulint check` and `notulint baseline`: the documents found, checked, and reported
//! in the chosen format, with notes about notulint's own files and the exit code.

use super::discover::collect;
use super::pipeline::{check_all, check_all_rooted, Done, Mode, Run};
use super::{cap_jobs, config_error, exit, findings_in_files, resolver, settings_text, Streams};
use crate::baseline::{self, Baseline};
use crate::cli::{BaselineArgs, CheckArgs, Color, FailOn, Format};
use crate::config::{self, Resolver};
use crate::finding::{Finding, Severity};
use crate::input::io_reason;
use crate::messages::Lang;
use crate::msg;
use crate::report::visible::one_line;
use crate::report::{self, FileReport, Outcome};
use crate::source::Source;
use crate::{fix, paths, suppress};
use std::collections::{BTreeSet, HashMap};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

pub(super) fn check(mut args: CheckArgs, io: &mut Streams, lang: Lang) -> u8 {
    let started = std::time::Instant::now();
    if args.explicitly_empty {
        if !args.quiet {
            io.note(&msg!("cli.nothing-given"));
        }
        return exit::OK;
    }
    if args.paths.is_empty() {
        args.paths.push(PathBuf::from("."));
    }
    let Some(mut resolver) = resolver(&args.settings, io, lang) else {
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
            io.err(&config_error(&e, lang));
            return exit::TROUBLE;
        }
    };
    if args.show_settings {
        io.out(&settings_text(&found, lang));
        return exit::OK;
    }
    if !args.quiet {
        for note in &found.notes {
            io.note(note);
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
                    io.err(&format!("notulint: {}\n", one_line(&e.render(lang))));
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
            io.note(&note);
        }
        n
    });
    let run = Run {
        mode,
        baseline: baseline.as_ref().map(|b| (b, b.root.clone())),
        human: human.as_ref().map(|h| (h, args.max_shown)),
        concise: format == Format::Concise && !args.statistics,
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
                one_line(&e.render(lang))
            ));
        }
    }
    let write_failed = done.iter().any(|d| d.write_error.is_some());
    if mode == Mode::Diff {
        io.out(&diffs);
        if !args.quiet {
            let (findings, files) = findings_in_files(fixed.0, fixed.1);
            io.note(&msg!("cli.would-fix", findings = findings, files = files));
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
            Format::Human => report::human::render(&reports, lang),
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
                let path = p.display().to_string();
                io.note(&msg!("cli.cannot-write", path = path, why = io_reason(&e)));
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
                    one_line(&msg.render(lang))
                ));
            }
        }
    }
    let counts = report::Counts::of(&reports);
    if !args.quiet {
        if mode == Mode::Fix {
            let (findings, files) = findings_in_files(fixed.0, fixed.1);
            let m = msg!("cli.fixed", findings = findings, files = files);
            io.err(&format!("{}\n", m.render(lang)));
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
pub(super) fn write_baseline(args: BaselineArgs, io: &mut Streams, lang: Lang) -> u8 {
    let started = std::time::Instant::now();
    let paths = if args.paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        args.paths.clone()
    };
    let Some(mut resolver) = resolver(&args.settings, io, lang) else {
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
            io.err(&config_error(&e, lang));
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
        mode: Mode::Baseline,
        baseline: None,
        human: None,
        concise: false,
        lang,
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
                one_line(&msg.render(lang))
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
    let path = out_path.display().to_string();
    if let Err(e) = fix::write_atomic(&out_path, text.as_bytes()) {
        io.note(&msg!("cli.cannot-write", path = path, why = io_reason(&e)));
        return exit::TROUBLE;
    }
    let (findings, files) = findings_in_files(total, done.len());
    io.note(&msg!(
        "cli.baseline-wrote",
        path = path,
        findings = findings,
        n = entries.len(),
        files = files,
        seconds = report::seconds(started.elapsed(), lang)
    ));
    if failed > 0 {
        exit::TROUBLE
    } else {
        exit::OK
    }
}
