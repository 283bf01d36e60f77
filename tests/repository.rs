//! A minutes repository: 200 documents in nested folders with a `notulint.toml`.
//! Checking the tree gives the same findings, in the same order, as checking the files one
//! by one, whatever the number of jobs.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// Builds a repository from the bundled fixtures: each fixture ten times, in nested folders,
/// with the names varied so that no two documents are the same.
fn repository() -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources: Vec<PathBuf> = vec![root.join("fixtures/dvo-twente-2018-07-09.txt")];
    for group in std::fs::read_dir(root.join("fixtures/rules")).expect("fixtures") {
        for f in std::fs::read_dir(group.expect("entry").path()).expect("group") {
            let f = f.expect("entry").path();
            if f.extension().is_some_and(|e| e == "txt") {
                sources.push(f);
            }
        }
    }
    sources.sort();
    let dir = tempfile::tempdir().expect("temp dir");
    let surnames = [
        "Jansen", "De Vries", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos",
        "Peters",
    ];
    let mut n = 0;
    'outer: for round in 0..20 {
        for (k, src) in sources.iter().enumerate() {
            if n == 200 {
                break 'outer;
            }
            let text = std::fs::read_to_string(src).expect("fixture");
            // Vary one common surname of the fixture by round.
            let text = text.replace("Miltenburg", surnames[round % surnames.len()]);
            let folder = dir.path().join(format!(
                "{}/{}",
                2016 + round % 5,
                ["raad", "college", "dvo"][k % 3]
            ));
            std::fs::create_dir_all(&folder).expect("folder");
            std::fs::write(folder.join(format!("doc-{n:03}.txt")), text).expect("write");
            n += 1;
        }
    }
    std::fs::create_dir_all(dir.path().join("archief")).expect("archief");
    std::fs::write(dir.path().join("archief/oud.txt"), "Aanwezig: A, A\n").expect("write");
    std::fs::write(
        dir.path().join("notulint.toml"),
        "exclude = [\"archief/**\"]\n[rules]\n\"structure/unrecognized-line\" = \"off\"\n",
    )
    .expect("config");
    dir
}

fn run(dir: &Path, args: &[&str]) -> String {
    let out = Command::cargo_bin("notulint")
        .expect("binary")
        .env("LC_ALL", "C")
        .current_dir(dir)
        .args(args)
        .output()
        .expect("runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn a_tree_reports_as_its_files_one_by_one_with_any_number_of_jobs() {
    let repo = repository();
    let jobs1 = run(
        repo.path(),
        &["check", ".", "--format", "concise", "--jobs", "1"],
    );
    let jobs2 = run(
        repo.path(),
        &["check", ".", "--format", "concise", "--jobs", "2"],
    );
    assert_eq!(
        jobs1, jobs2,
        "the order of findings does not depend on parallelism"
    );
    assert!(!jobs1.contains("archief"), "excluded folders are skipped");
    assert!(
        !jobs1.contains("unrecognized-line"),
        "configured levels apply"
    );

    let mut files: Vec<String> = Vec::new();
    for entry in walk(repo.path()) {
        let rel = entry
            .strip_prefix(repo.path())
            .expect("inside")
            .to_string_lossy()
            .replace('\\', "/");
        if !rel.starts_with("archief") && rel.ends_with(".txt") {
            files.push(format!("./{rel}"));
        }
    }
    files.sort();
    assert_eq!(files.len(), 200);
    let mut one_by_one = String::new();
    for f in &files {
        one_by_one.push_str(&run(repo.path(), &["check", f, "--format", "concise"]));
    }
    assert_eq!(
        jobs1, one_by_one,
        "the same findings, in the same order, as file by file"
    );
    assert!(
        jobs1.lines().count() > 200,
        "the repository has findings to compare"
    );
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).expect("dir") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}
