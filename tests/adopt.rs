//! Adopting notulint on an existing minutes repository (issue 11): a baseline that does not
//! wake when lines move, `[[ignore]]` entries that silence exactly what they name,
//! configuration per file with exclude honoured for named files and pre-commit, the
//! command line over the configuration, and `--fix`.

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};

fn notulint(dir: &Path) -> Command {
    let mut c = Command::cargo_bin("notulint").expect("binary builds");
    c.env_remove("NO_COLOR")
        .env_remove("GITHUB_WORKSPACE")
        .env("LC_ALL", "C")
        .current_dir(dir);
    c
}

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = notulint(dir).args(args).output().expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A repository of every fixture, three times in nested folders (60 documents), with the
/// reference document among them.
fn repository() -> tempfile::TempDir {
    let mut sources = vec![root().join("fixtures/dvo-twente-2018-07-09.txt")];
    for group in fs::read_dir(root().join("fixtures/rules")).expect("fixtures") {
        for f in fs::read_dir(group.expect("entry").path()).expect("group") {
            let f = f.expect("entry").path();
            if f.extension().is_some_and(|e| e == "txt") {
                sources.push(f);
            }
        }
    }
    sources.sort();
    let dir = tempfile::tempdir().expect("temp dir");
    for year in ["2017", "2018", "2019"] {
        for (k, src) in sources.iter().enumerate() {
            let folder = dir
                .path()
                .join(format!("{year}/{}", ["raad", "dvo"][k % 2]));
            fs::create_dir_all(&folder).expect("folder");
            fs::copy(src, folder.join(format!("doc-{k:02}.txt"))).expect("copy");
        }
    }
    dir
}

fn concise_lines(s: &str) -> Vec<&str> {
    s.lines().filter(|l| !l.is_empty()).collect()
}

#[test]
fn a_baseline_accepts_what_is_there_and_reports_only_what_is_new() {
    let repo = repository();
    let dir = repo.path();
    let (code, _, err) = run(dir, &["baseline"]);
    assert_eq!(code, 0, "{err}");
    assert!(dir.join("notulint-baseline.json").is_file());
    let (code, out, _) = run(dir, &["check", "--format", "concise"]);
    assert_eq!(
        (code, out.as_str()),
        (0, ""),
        "nothing new after the baseline"
    );
    // Without it, the repository is full of findings.
    let (code, out, _) = run(dir, &["check", "--format", "concise", "--no-baseline"]);
    assert_eq!(code, 1);
    assert!(concise_lines(&out).len() > 100);

    // An empty line at the top of every file moves every finding one line down.
    for year in ["2017", "2018", "2019"] {
        for sub in ["raad", "dvo"] {
            for f in fs::read_dir(dir.join(year).join(sub)).expect("folder") {
                let p = f.expect("entry").path();
                let text = fs::read_to_string(&p).expect("read");
                fs::write(&p, format!("\n{text}")).expect("write");
            }
        }
    }
    let (code, out, _) = run(dir, &["check", "--format", "concise"]);
    assert_eq!(
        (code, out.as_str()),
        (0, ""),
        "moved lines do not wake the baseline"
    );

    // One new defect in one file: exactly that one is reported.
    let doc = dir.join("2018/raad/doc-00.txt");
    let text = fs::read_to_string(&doc).expect("read");
    fs::write(
        &doc,
        text.replacen(", A. Raven, ", ", A. Raven, E. Nauta, ", 1),
    )
    .expect("write");
    let (code, out, _) = run(dir, &["check", "--format", "concise"]);
    let lines = concise_lines(&out);
    assert_eq!(code, 1);
    assert_eq!(lines.len(), 1, "{out}");
    assert!(
        lines[0].contains("2018/raad/doc-00.txt:11:")
            && lines[0].contains("error[attendance/duplicate-person] E. Nauta is listed twice"),
        "{out}"
    );
    fs::write(&doc, text.clone()).expect("write");

    // One baselined defect fixed: one stale entry, pointing into the baseline.
    fs::write(
        &doc,
        text.replacen(", A. Raven, S. Schelberg, ", ", A. Raven, ", 1),
    )
    .expect("write");
    let (code, out, _) = run(dir, &["check", "--format", "concise"]);
    let lines = concise_lines(&out);
    assert_eq!(code, 0, "a stale entry is a hint");
    assert_eq!(lines.len(), 1, "{out}");
    assert!(lines[0].starts_with("notulint-baseline.json:"), "{out}");
    assert!(lines[0].contains("info[notulint/stale-baseline-entry]"));
    assert!(
        lines[0].contains("attendance/duplicate-person about S. Schelberg in 2018/raad/doc-00.txt")
    );

    // Writing the baseline again drops it; a subset keeps the entries of the other files.
    let (code, _, _) = run(dir, &["baseline", "2018/raad/doc-00.txt"]);
    assert_eq!(code, 0);
    let (code, out, _) = run(dir, &["check", "--format", "concise"]);
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn an_ignore_entry_silences_exactly_what_it_names_and_an_unused_one_is_reported() {
    let repo = repository();
    let dir = repo.path();
    let all = run(dir, &["check", "--format", "concise"]).1;
    let named = |line: &str| {
        line.starts_with("./2018/raad/doc-00.txt:")
            && line.contains("[attendance/duplicate-person] S. Schelberg")
    };
    assert_eq!(concise_lines(&all).iter().filter(|l| named(l)).count(), 1);
    fs::write(
        dir.join("notulint.toml"),
        r#"
[[ignore]]
path = "2018/raad/doc-00.txt"
rule = "attendance/duplicate-person"
subject = "s. schelberg"
reason = "published; the minutes may not change"

[[ignore]]
path = "2019/**"
rule = "text"
reason = "old spelling"

[[ignore]]
path = "2020/**"
rule = "attendance"
reason = "a folder that no longer exists"
"#,
    )
    .expect("config");
    let (_, out, _) = run(dir, &["check", "--format", "concise"]);
    let before = concise_lines(&all);
    let after = concise_lines(&out);
    let silenced: Vec<&&str> = before.iter().filter(|l| !after.contains(l)).collect();
    let text_2019 = |l: &str| l.starts_with("./2019/") && l.contains("[text/");
    assert_eq!(
        silenced.len(),
        1 + before.iter().filter(|l| text_2019(l)).count(),
        "{silenced:#?}"
    );
    assert!(silenced.iter().all(|l| named(l) || text_2019(l)));
    let notes: Vec<&&str> = after.iter().filter(|l| !before.contains(l)).collect();
    assert_eq!(notes.len(), 1, "{notes:#?}");
    assert!(
        notes[0].starts_with("notulint.toml:13:1: info[notulint/unused-ignore]"),
        "{notes:?}"
    );
    // A reason is required.
    fs::write(
        dir.join("notulint.toml"),
        "[[ignore]]\npath = \"x\"\nrule = \"text\"\n",
    )
    .expect("config");
    let (code, _, err) = run(dir, &["check", "--format", "concise"]);
    assert_eq!(code, 2);
    assert!(err.contains("reason"), "{err}");
}

#[test]
fn exclude_holds_for_named_files_subfolders_and_pre_commit() {
    let repo = repository();
    let dir = repo.path();
    fs::create_dir_all(dir.join("archief")).expect("archief");
    fs::copy(
        root().join("fixtures/dvo-twente-2018-07-09.txt"),
        dir.join("archief/x.txt"),
    )
    .expect("copy");
    fs::write(dir.join("notulint.toml"), "exclude = [\"archief/**\"]\n").expect("config");
    let (code, out, err) = run(dir, &["check", "--format", "concise", "archief/x.txt"]);
    assert_eq!((code, out.as_str()), (0, ""));
    assert!(
        err.contains("archief/x.txt: not checked: exclude \"archief/**\""),
        "{err}"
    );
    let (code, out, _) = run(&dir.join("archief"), &["check", "--format", "concise", "."]);
    assert_eq!((code, out.as_str()), (0, ""));
    let (code, out, _) = run(dir, &["check", "--format", "concise", "archief"]);
    assert_eq!((code, out.as_str()), (0, ""));
    // The pre-commit hook passes the changed files by name.
    let hook = fs::read_to_string(root().join(".pre-commit-hooks.yaml")).expect("hook");
    let entry = hook
        .lines()
        .find_map(|l| l.trim().strip_prefix("entry: notulint "))
        .expect("entry");
    let mut args: Vec<&str> = entry.split_whitespace().collect();
    args.extend(["archief/x.txt", "2018/raad/doc-00.txt"]);
    let (code, out, _) = run(dir, &args);
    assert_eq!(code, 1);
    assert!(
        out.lines().all(|l| l.starts_with("2018/raad/doc-00.txt:")),
        "{out}"
    );
    // --no-force-exclude checks it anyway.
    let (code, out, _) = run(
        dir,
        &[
            "check",
            "--format",
            "concise",
            "--no-force-exclude",
            "archief/x.txt",
        ],
    );
    assert_eq!(code, 1);
    assert!(out.starts_with("archief/x.txt:"));
    // `notulint config` says why.
    let (code, out, _) = run(&dir.join("archief"), &["config", "x.txt"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("checked:       no: exclude \"archief/**\"")
            && out.contains("notulint.toml:1"),
        "{out}"
    );
}

#[test]
fn each_file_has_the_nearest_configuration_and_the_command_line_wins() {
    let repo = repository();
    let dir = repo.path();
    fs::write(
        dir.join("notulint.toml"),
        "[rules]\n\"publication/draft-marker\" = \"off\"\n\"attendance/duplicate-person\" = \"off\"\n",
    )
    .expect("config");
    fs::write(
        dir.join("2018/notulint.toml"),
        "[rules]\n\"text\" = \"off\"\n\n[per-file.\"dvo/*.txt\"]\n\"attendance/empty-entry\" = \"off\"\n",
    )
    .expect("config");
    let count = |out: &str, what: &str| out.lines().filter(|l| l.contains(what)).count();
    // The same file gives the same findings from any folder.
    let (_, from_root, _) = run(
        dir,
        &["check", "--format", "concise", "2018/raad/doc-00.txt"],
    );
    let (_, from_sub, _) = run(
        &dir.join("2018/raad"),
        &["check", "--format", "concise", "doc-00.txt"],
    );
    assert_eq!(
        from_root.replace("2018/raad/", ""),
        from_sub,
        "findings do not depend on the working directory"
    );
    assert_eq!(
        count(&from_root, "[text/"),
        0,
        "2018/notulint.toml turns text off"
    );
    assert_eq!(
        count(&from_root, "empty-entry"),
        1,
        "[per-file] is for dvo/ only"
    );
    let (_, dvo, _) = run(
        dir,
        &["check", "--format", "concise", "2018/dvo/doc-01.txt"],
    );
    assert_eq!(count(&dvo, "empty-entry"), 0);
    let (_, other, _) = run(
        dir,
        &["check", "--format", "concise", "2017/raad/doc-00.txt"],
    );
    assert!(
        count(&other, "[text/") > 0,
        "2017 has only the top configuration"
    );
    assert_eq!(count(&other, "duplicate-person"), 0);
    // --select turns on what the configuration turned off; --final whatever the level.
    let (_, sel, _) = run(
        dir,
        &[
            "check",
            "--format",
            "concise",
            "--select",
            "attendance/duplicate-person,text",
            "2018/raad/doc-00.txt",
        ],
    );
    assert_eq!(count(&sel, "duplicate-person"), 1, "{sel}");
    assert!(count(&sel, "[text/") > 0);
    assert_eq!(count(&sel, "empty-entry"), 0);
    let (code, fin, _) = run(
        dir,
        &[
            "check",
            "--format",
            "concise",
            "--final",
            "2017/raad/doc-00.txt",
        ],
    );
    assert_eq!(code, 1);
    assert!(fin.contains("error[publication/draft-marker]"), "{fin}");
    // `notulint config` shows which layer decided.
    let (_, shown, _) = run(dir, &["config", "--final", "2018/dvo/doc-01.txt"]);
    let line = |key: &str| {
        shown
            .lines()
            .find(|l| l.trim_start().starts_with(key))
            .unwrap_or_default()
            .to_string()
    };
    assert!(
        line("publication/draft-marker").contains("= error   # --final"),
        "{shown}"
    );
    assert!(
        line("attendance/empty-entry").contains("[per-file.\"dvo/*.txt\"]"),
        "{shown}"
    );
    assert!(
        line("text/term-spelling").contains("2018/notulint.toml:2 [rules] \"text\""),
        "{shown}"
    );
}

#[test]
fn fix_changes_only_the_reported_spans_of_the_reference_document() {
    let d = tempfile::tempdir().expect("temp dir");
    let name = "dvo-twente-2018-07-09.txt";
    let original = fs::read(root().join("fixtures").join(name)).expect("fixture");
    fs::write(d.path().join(name), &original).expect("copy");
    let (code, diff, _) = run(d.path(), &["check", "--no-config", "--diff", name]);
    assert_eq!(code, 1, "there is something to fix");
    assert_eq!(
        fs::read(d.path().join(name)).expect("read"),
        original,
        "--diff writes nothing"
    );
    insta::assert_snapshot!("fix_reference_diff", diff);
    let (_, out, err) = run(
        d.path(),
        &["check", "--no-config", "--fix", "--format", "concise", name],
    );
    assert!(err.contains("Fixed 6 findings in 1 file"), "{err}");
    for gone in ["empty-entry", "duplicate-person", "term-spelling"] {
        assert!(!out.contains(gone), "{out}");
    }
    let fixed = fs::read(d.path().join(name)).expect("read");
    let (_, _, err) = run(d.path(), &["check", "--no-config", "--fix", name]);
    assert!(err.contains("Fixed 0 findings in 0 files"), "{err}");
    assert_eq!(
        fs::read(d.path().join(name)).expect("read"),
        fixed,
        "a second run changes nothing"
    );
    let leftovers: Vec<_> = fs::read_dir(d.path()).expect("dir").collect();
    assert_eq!(leftovers.len(), 1, "no temporary file is left");
}

#[test]
fn fix_keeps_line_ends_and_encoding() {
    let d = tempfile::tempdir().expect("temp dir");
    let text = "Notulen\r\n\r\nDatum: 9 juli 2018\r\nAanwezig: A. Jansen, B. Geüs,, B. Geüs\r\n\r\n1. Begrotng\r\nDe begrotng wordt vastgesteld.\r\n";
    fs::write(d.path().join("crlf.txt"), text).expect("write");
    let cp1252: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    fs::write(d.path().join("ansi.txt"), &cp1252).expect("write");
    let mut utf16 = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        utf16.extend(u.to_le_bytes());
    }
    fs::write(d.path().join("wide.txt"), &utf16).expect("write");
    fs::write(d.path().join("bom.md"), format!("\u{feff}{text}")).expect("write");
    let (_, _, err) = run(d.path(), &["check", "--no-config", "--fix", "."]);
    assert!(err.contains("in 4 files"), "{err}");
    let want = "Notulen\r\n\r\nDatum: 9 juli 2018\r\nAanwezig: A. Jansen, B. Geüs\r\n\r\n1. Begroting\r\nDe begroting wordt vastgesteld.\r\n";
    assert_eq!(
        fs::read_to_string(d.path().join("crlf.txt")).expect("read"),
        want
    );
    assert_eq!(
        fs::read_to_string(d.path().join("bom.md")).expect("read"),
        format!("\u{feff}{want}")
    );
    let ansi = fs::read(d.path().join("ansi.txt")).expect("read");
    assert_eq!(
        ansi,
        want.chars().map(|c| c as u32 as u8).collect::<Vec<u8>>()
    );
    let wide = fs::read(d.path().join("wide.txt")).expect("read");
    let mut want16 = vec![0xFF, 0xFE];
    for u in want.encode_utf16() {
        want16.extend(u.to_le_bytes());
    }
    assert_eq!(wide, want16);
}
