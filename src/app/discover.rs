//! Finding the documents named on the command line: walking folders as git would, with the
//! configuration that governs each file and the files it leaves out.

use crate::config::{Config, ConfigError, Resolver, Verdict};
use crate::input::io_reason;
use crate::messages::Message;
use crate::msg;
use crate::report::visible::one_line;
use crate::{paths, report};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where a document comes from.
#[derive(Debug, Clone)]
pub(super) enum Input {
    File(PathBuf),
    Stdin(String),
    Missing(PathBuf, Message),
}

/// A document to check, with the configuration that governs it and its path relative to
/// that configuration's folder (what `[[ignore]]` and `[per-file]` globs match).
#[derive(Debug, Clone)]
pub(super) struct Target {
    pub(super) input: Input,
    pub(super) config: Arc<Config>,
    pub(super) rel: String,
}

/// A file named on the command line that its configuration leaves out, and why.
#[derive(Debug, Clone)]
pub(super) struct Skipped {
    pub(super) path: PathBuf,
    pub(super) config: Arc<Config>,
    pub(super) rel: String,
    pub(super) verdict: Verdict,
}

/// What was found on the command line.
#[derive(Debug, Default)]
pub(super) struct Found {
    pub(super) targets: Vec<Target>,
    pub(super) skipped: Vec<Skipped>,
    pub(super) notes: Vec<Message>,
    /// Folders given on the command line, absolute.
    pub(super) walked: Vec<PathBuf>,
    /// Whether a walk met a link (to a file or a folder).
    linked: bool,
}

/// The documents named on the command line, each file once, each with its configuration;
/// the named files that configuration leaves out (with `force_exclude`); notes for standard
/// error (files left out, links not followed).
pub(super) fn collect(
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
            let walked = walk(
                p,
                resolver,
                follow_links,
                &mut found.skipped,
                &mut found.linked,
            )?;
            // Files left out by `exclude` were found, and skipped on purpose.
            let excluded = found.skipped.len() > excluded_before;
            match walked {
                Ok((files, skipped)) if files.is_empty() && skipped.is_empty() && !excluded => {
                    // A folder with nothing to check is not a pass (a folder of .doc files,
                    // a typo in `include`): say so, and fail the run.
                    let why = msg!(
                        "unreadable.no-minutes",
                        path = one_line(&p.display().to_string()),
                        readable = crate::input::readable()
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
                        msg!(
                            "cli.link-outside",
                            path = one_line(&l.display().to_string()),
                            folder = one_line(&p.display().to_string())
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
                found.notes.push(msg!(
                    "cli.force-excluded",
                    path = one_line(&p.display().to_string()),
                    why = report::settings::why(&verdict, &config, &rel)
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
                Input::Missing(p.clone(), msg!("unreadable.no-such-file"))
            };
            let config = config.for_file(&rel);
            found.targets.push(Target { input, config, rel });
        }
    }
    // A file named twice (`a.txt a.txt`, `a.txt ./a.txt`, or a file and its folder) is
    // checked once, where it first appears. One walk of one folder that met no link and
    // followed none names every file once: its paths are distinct and lead through no
    // link, so their canonical forms are distinct too, and the walk need not ask the
    // system for them (a `realpath` a file, on one thread before any check starts).
    if given.len() == 1 && !follow_links && !found.linked {
        return Ok(found);
    }
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
    linked: &mut bool,
) -> Result<Result<(Vec<Target>, Vec<PathBuf>), Message>, Box<ConfigError>> {
    let root = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    let mut per_folder: HashMap<PathBuf, Arc<Config>> = HashMap::new();
    let mut last_folder: Option<(PathBuf, Arc<Config>)> = None;
    let excluded_before = excluded.len();
    // The walker is not asked to sort: it would take each file's name apart again at every
    // comparison (a third of the walk, on one thread before any check starts). The files
    // are sorted once at the end instead, into the same order.
    let walker = ignore::WalkBuilder::new(dir)
        .require_git(false)
        .follow_links(follow_links)
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
                    input: Input::Missing(path, walk_error(&e)),
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
        *linked |= is_link;
        let abs = paths::absolute(path);
        // A file's configuration depends only on its folder: look it up once per folder. The
        // walk gives a folder's files one after another, so the last folder is asked first.
        let config = match (is_file, abs.parent()) {
            (true, Some(parent)) => match &last_folder {
                Some((folder, c)) if folder.as_path() == parent => Arc::clone(c),
                _ => {
                    let c = match per_folder.get(parent) {
                        Some(c) => Arc::clone(c),
                        None => {
                            let c = resolver.for_path(&abs)?;
                            per_folder.insert(parent.to_path_buf(), Arc::clone(&c));
                            c
                        }
                    };
                    last_folder = Some((parent.to_path_buf(), Arc::clone(&c)));
                    c
                }
            },
            _ => resolver.for_path(&abs)?,
        };
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
                    msg!("unreadable.cannot-read", why = io_reason(&e)),
                ))),
            }
        }
    }
    let key = |t: &Target| match &t.input {
        Input::File(p) | Input::Missing(p, _) => walk_order(p),
        Input::Stdin(_) => Vec::new(),
    };
    files.sort_by_cached_key(key);
    skipped.sort_by_cached_key(|p| walk_order(p));
    excluded[excluded_before..].sort_by_cached_key(|s| walk_order(&s.path));
    Ok(Ok((files, skipped)))
}

/// A key that puts paths in the order of a walk that visits each folder's entries sorted by
/// name: component by component, each compared byte by byte. The separator becomes the
/// lowest byte, so that `a/b` comes before `a-c/d` as `a` comes before `a-c`.
fn walk_order(p: &Path) -> Vec<u8> {
    p.as_os_str()
        .as_encoded_bytes()
        .iter()
        .map(|&b| {
            if b == b'/' || b == std::path::MAIN_SEPARATOR as u8 {
                0
            } else {
                b
            }
        })
        .collect()
}

/// Why a folder's entry cannot be read: the system's reason when the walker has one.
fn walk_error(e: &ignore::Error) -> Message {
    // The walker's own text (it names the path) stays the English detail.
    let id = e.io_error().map_or("io.other", |io| io_reason(io).id);
    let why = Message::new(id).arg("system", e.to_string());
    msg!("unreadable.cannot-read", why = why)
}
