//! What the command-line test files share: the binary under a fixed locale, a folder of
//! files, and a run's exit code and output.
// Each test file uses the part it needs.
#![allow(dead_code)]

use assert_cmd::Command;
use std::fs;
use std::path::Path;

/// The `notulint` binary, with colours as the terminal would have them and the C locale,
/// so that the report's language comes from `--lang` or `notulint.toml` alone.
pub fn notulint() -> Command {
    let mut c = Command::cargo_bin("notulint").expect("binary builds");
    c.env_remove("NO_COLOR").env("LC_ALL", "C");
    c
}

/// A temporary folder holding `files` (names may contain folders).
pub fn dir_with(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let d = tempfile::tempdir().expect("temp dir");
    for (name, body) in files {
        let p = d.path().join(name);
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent).expect("dirs");
        }
        fs::write(p, body).expect("write");
    }
    d
}

/// Runs `notulint ARGS…` in `dir` without colours: exit code, stdout, stderr.
pub fn output(dir: &Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = notulint()
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Asserts that `text` holds every one of `parts`, naming the first that is missing.
#[track_caller]
pub fn assert_has_all(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(text.contains(part), "no {part:?} in\n{text}");
    }
}
