//! The per-document pipeline: read, decode, check, apply `[[ignore]]` and the baseline, fix
//! when asked, and keep only what the report needs; run over all documents in parallel.

use super::discover::{Input, Target};
use super::MAX_FILE_BYTES;
use crate::baseline::{self, Baseline};
use crate::input::io_reason;
use crate::messages::{Lang, Message};
use crate::msg;
use crate::report::FileReport;
use crate::source::Source;
use crate::{fix, report, suppress};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// What a run does with each document besides checking it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Check,
    Fix,
    Diff,
    Baseline,
}

/// The human report's handler and the number of findings per file it draws in full.
pub(super) type Human<'a> = (&'a miette::GraphicalReportHandler, usize);

/// What every document of a run shares.
pub(super) struct Run<'a> {
    pub(super) mode: Mode,
    /// The baseline and the folder its paths are relative to.
    pub(super) baseline: Option<(&'a Baseline, PathBuf)>,
    pub(super) human: Option<Human<'a>>,
    /// Whether the report is `concise`: each document's lines are then rendered by the
    /// thread that checked it.
    pub(super) concise: bool,
    /// The language of the report.
    pub(super) lang: Lang,
}

/// What became of one document.
pub(super) struct Done {
    pub(super) report: FileReport,
    /// The configuration file that governs it (to add up `[[ignore]]` use per file).
    pub(super) config_path: Option<PathBuf>,
    pub(super) hits: suppress::Hits,
    /// The document's path as the baseline names it.
    pub(super) baseline_key: Option<String>,
    /// Findings the baseline accepted, by fingerprint.
    pub(super) baseline_used: HashMap<String, usize>,
    /// Baseline entries (for `notulint baseline`).
    pub(super) entries: Vec<baseline::Entry>,
    /// Findings fixed (or that would be, with `--diff`).
    pub(super) fixed: usize,
    /// The unified diff, with `--diff`.
    pub(super) diff: String,
    /// Why the fixed file could not be written.
    pub(super) write_error: Option<Message>,
}

pub(super) fn check_all(targets: &[Target], run: &Run<'_>, jobs: Option<usize>) -> Vec<Done> {
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
pub(super) fn check_all_rooted(targets: &[Target], run: &Run<'_>, root: &Path) -> Vec<Done> {
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
        report: FileReport::failed(String::new(), Message::new("unreadable.no-such-file")),
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
            done.report =
                FileReport::failed(name, msg!("unreadable.cannot-check", why = e.message()));
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
                Some(b) => fix::write_atomic(p, &b)
                    .map_err(|e| msg!("cli.cannot-write-fixes", why = io_reason(&e))),
                None => Err(msg!(
                    "cli.not-fixed-encoding",
                    encoding = original.encoding.name()
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
    if run.concise {
        done.report.rendered = Some(report::concise::render_file(&done.report, run.lang));
        done.report.keep_counts_only();
    }
    done
}

/// The name and bytes of an input, or its name and why it cannot be read.
fn read_input(input: &Input) -> Result<(String, Vec<u8>), (String, Message)> {
    let (name, bytes) = match input {
        Input::Missing(p, e) => return Err((p.display().to_string(), e.clone())),
        Input::Stdin(name) => {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin()
                .lock()
                .take(MAX_FILE_BYTES + 1)
                .read_to_end(&mut buf)
            {
                return Err((name.clone(), msg!("unreadable.stdin", why = io_reason(&e))));
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
            msg!("unreadable.too-large", mib = MAX_FILE_BYTES >> 20),
        ));
    }
    Ok((name, bytes))
}

pub(super) fn read_file(p: &Path) -> Result<Vec<u8>, Message> {
    let cannot = |e: std::io::Error| msg!("unreadable.cannot-read", why = io_reason(&e));
    let f = std::fs::File::open(p).map_err(cannot)?;
    // Sized from the file's length, so that a large file is not held in twice its size.
    let len = f.metadata().map_or(0, |m| m.len()).min(MAX_FILE_BYTES + 1);
    let mut buf = Vec::with_capacity(len as usize + 1);
    f.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut buf)
        .map_err(cannot)?;
    Ok(buf)
}
