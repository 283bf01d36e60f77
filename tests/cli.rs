//! The command line: exit codes, each output format, standard input, unreadable files,
//! configuration errors.

use assert_cmd::Command;
use predicates::prelude::*;

#[path = "support/json_schema.rs"]
mod json_schema;

#[path = "support/cli.rs"]
mod support;
use support::{assert_has_all, dir_with, notulint};

const CLEAN: &str = "Notulen bestuursvergadering\n\nDatum: 9 juli 2018\nVoorzitter: A. Jansen\nAanwezig: A. Jansen, B. de Vries\n\n1. Opening\nDe voorzitter opent de vergadering.\n";
const FAULTY: &str = "Notulen bestuursvergadering\n\nDatum: 9 juli 2018\nVoorzitter: A. Jansen\nAanwezig: A. Jansen, B. de Vries, B. de Vries\n\n1. Opening\nDhr. Pietersen vraagt het woord.\n";

#[test]
fn clean_file_exits_zero() {
    let d = dir_with(&[("a.txt", CLEAN.as_bytes())]);
    notulint()
        .current_dir(d.path())
        .args(["check", "a.txt", "--format", "concise"])
        .assert()
        .code(0)
        .stdout("");
}

#[test]
fn findings_exit_one_with_concise_lines() {
    let d = dir_with(&[("a.txt", FAULTY.as_bytes())]);
    notulint()
        .current_dir(d.path())
        .args(["check", "a.txt", "--format", "concise"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "a.txt:5:35: error[attendance/duplicate-person] B. de Vries is listed twice",
        ))
        .stdout(predicate::str::contains(
            "a.txt:8:6: error[speakers/undefined-speaker] Pietersen speaks",
        ));
}

#[test]
fn json_follows_schema_version_1() {
    let d = dir_with(&[("a.txt", FAULTY.as_bytes())]);
    let out = notulint()
        .current_dir(d.path())
        .args(["check", "a.txt", "--format", "json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["version"], 1);
    let d0 = &v["diagnostics"][0];
    assert_eq!(d0["path"], "a.txt");
    assert_eq!(d0["rule"], "attendance/duplicate-person");
    assert_eq!(d0["severity"], "error");
    assert_eq!(
        (d0["line"].as_u64(), d0["column"].as_u64()),
        (Some(5), Some(35))
    );
    assert_eq!(
        (d0["end_line"].as_u64(), d0["end_column"].as_u64()),
        (Some(5), Some(46))
    );
    assert_eq!(d0["length"], 11);
    assert_eq!(
        &FAULTY[d0["offset"].as_u64().unwrap() as usize..][..11],
        "B. de Vries"
    );
    assert!(d0["help"].is_string());
    assert_eq!(d0["related"][0]["line"], 5);
    assert_eq!(v["summary"]["files"], 1);
    assert_eq!(v["summary"]["errors"], 2);
}

#[test]
fn human_format_shows_the_rule_and_the_summary() {
    let d = dir_with(&[("a.txt", FAULTY.as_bytes())]);
    notulint()
        .current_dir(d.path())
        .args(["check", "a.txt", "--format", "human"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("attendance/duplicate-person"))
        .stdout(predicate::str::contains("first listed here"))
        .stderr(predicate::str::contains("Checked 1 file"));
}

#[test]
fn standard_input_is_read_with_a_name() {
    notulint()
        .args([
            "check",
            "-",
            "--stdin-filename",
            "concept.txt",
            "--format",
            "concise",
        ])
        .write_stdin(FAULTY)
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with("concept.txt:5:35:"));
}

#[test]
fn a_file_that_is_not_utf8_is_named_and_the_others_still_checked() {
    let mut bad = b"Datum: 9 juli 2018\nAanwezig: A. Jansen\n".to_vec();
    bad.extend_from_slice(&[0x81, 0x02, b'x', b'\n']); // neither UTF-8 nor Windows-1252
    let d = dir_with(&[("bad.txt", &bad), ("good.txt", FAULTY.as_bytes())]);
    notulint()
        .current_dir(d.path())
        .args(["check", "bad.txt", "good.txt", "--format", "concise"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("good.txt:5:35"))
        .stderr(
            predicate::str::contains("bad.txt").and(predicate::str::contains("not valid UTF-8")),
        );
}

#[test]
fn binary_empty_and_missing_files() {
    let d = dir_with(&[
        ("bin.txt", b"\x00\x01\x02PNG"),
        ("empty.txt", b""),
        ("bom.txt", b"\xef\xbb\xbf"),
    ]);
    notulint()
        .current_dir(d.path())
        .args([
            "check",
            "bin.txt",
            "empty.txt",
            "bom.txt",
            "nope.txt",
            "--format",
            "concise",
            "--select",
            "attendance",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "bin.txt: cannot check this file: it is a binary file",
        ))
        .stderr(predicate::str::contains(
            "nope.txt: no such file or directory",
        ));
}

#[test]
fn directories_are_walked_in_order() {
    let d = dir_with(&[
        ("b/x.txt", FAULTY.as_bytes()),
        ("a/y.md", FAULTY.as_bytes()),
        ("a/z.pdf", b"%PDF"),
    ]);
    let files = files_reported(d.path());
    assert_eq!(files.first().map(String::as_str), Some("./a/y.md"));
    assert_eq!(files.last().map(String::as_str), Some("./b/x.txt"));
}

/// The files a concise check of `.` in `dir` reports, in report order, each once.
fn files_reported(dir: &std::path::Path) -> Vec<String> {
    let out = notulint()
        .current_dir(dir)
        .args(["check", ".", "--format", "concise"])
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let mut files: Vec<String> = Vec::new();
    for f in text.lines().map(|l| l.split(':').next().unwrap_or("")) {
        if files.last().map(String::as_str) != Some(f) {
            files.push(f.to_string());
        }
    }
    files
}

/// Each folder's entries in name order, depth first: `a/…` before `a-c/…` before `a.txt`,
/// although `./a-c/d.txt` sorts before `./a/b.txt` as a string.
#[test]
fn folders_come_before_names_they_prefix() {
    let d = dir_with(&[
        ("a.txt", FAULTY.as_bytes()),
        ("a-c/d.txt", FAULTY.as_bytes()),
        ("a/b.txt", FAULTY.as_bytes()),
        ("a/a-b.txt", FAULTY.as_bytes()),
        ("a/c/e.txt", FAULTY.as_bytes()),
        ("B.txt", FAULTY.as_bytes()),
    ]);
    assert_eq!(
        files_reported(d.path()),
        [
            "./B.txt",
            "./a/a-b.txt",
            "./a/b.txt",
            "./a/c/e.txt",
            "./a-c/d.txt",
            "./a.txt"
        ]
    );
}

#[test]
fn unknown_rule_in_select_is_a_usage_error() {
    notulint()
        .args(["check", "-", "--select", "attendance/duplicate-persons"])
        .write_stdin(CLEAN)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "did you mean `attendance/duplicate-person`",
        ));
}

#[test]
fn bad_configuration_points_at_the_key() {
    let d = dir_with(&[
        (
            "notulint.toml",
            b"[rules]\n\"attendance/duplicate-persons\" = \"off\"\n",
        ),
        ("a.txt", CLEAN.as_bytes()),
    ]);
    notulint()
        .current_dir(d.path())
        .env("NO_COLOR", "1")
        .args(["check", "a.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "unknown rule or group `attendance/duplicate-persons`",
        ))
        .stderr(predicate::str::contains("notulint.toml:2:1"));
}

#[test]
fn configuration_turns_rules_off() {
    let d = dir_with(&[
        ("notulint.toml", b"[rules]\n\"attendance\" = \"off\"\n"),
        ("a.txt", FAULTY.as_bytes()),
    ]);
    notulint()
        .current_dir(d.path())
        .args(["check", "a.txt", "--format", "concise"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("duplicate-person").not())
        .stdout(predicate::str::contains("undefined-speaker"));
}

#[test]
fn sarif_is_valid_against_the_2_1_0_schema() {
    let d = dir_with(&[("a.txt", FAULTY.as_bytes()), ("b.txt", CLEAN.as_bytes())]);
    let out = notulint()
        .current_dir(d.path())
        .args(["check", "a.txt", "b.txt", "--format", "sarif"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF is JSON");
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("data/sarif-2.1.0.json")).expect("schema");
    let validator = json_schema::Schema::new(&schema);
    let errors = validator.errors(&log);
    assert!(errors.is_empty(), "SARIF does not validate: {errors:#?}");
    // The schema is not a rubber stamp: a level it does not name, a line 0, a bad URI.
    let mut bad = log.clone();
    bad["runs"][0]["results"][0]["level"] = "fatal".into();
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        0.into();
    bad["runs"][0]["tool"]["driver"]["informationUri"] = "not a uri".into();
    assert!(
        validator.errors(&bad).len() >= 3,
        "{:#?}",
        validator.errors(&bad)
    );
    let results = log["runs"][0]["results"].as_array().expect("results");
    assert_eq!(results.len(), 2);
    assert_eq!(results[0]["ruleId"], "attendance/duplicate-person");
    assert_eq!(
        results[0]["locations"][0]["physicalLocation"]["region"]["startLine"],
        5
    );
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules");
    // Every rule, and notulint's three notes about its own files (unused ignore, stale
    // baseline entry, a file not read as UTF-8).
    assert_eq!(rules.len(), notulint::rules::all().len() + 3);
}

#[test]
fn github_format_writes_workflow_commands() {
    let d = dir_with(&[("a.txt", FAULTY.as_bytes())]);
    notulint()
        .current_dir(d.path())
        .args(["check", "a.txt", "--format", "github"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "::error file=a.txt,line=5,col=35,endLine=5,endColumn=46,title=notulint attendance/duplicate-person::B. de Vries is listed twice",
        ));
}

#[test]
fn fail_on_warning_and_final() {
    let draft = "Concept-notulen bestuur\n\nDatum: 9 juli 2018\nVoorzitter: A. Jansen\nAanwezig: A. Jansen, B. de Vries,\n\n1. Opening\nDe voorzitter opent de vergadering.\n";
    let d = dir_with(&[("a.txt", draft.as_bytes())]);
    let run = |extra: &[&str]| {
        let mut args = vec!["check", "a.txt", "--format", "concise"];
        args.extend_from_slice(extra);
        notulint().current_dir(d.path()).args(args).assert()
    };
    // An empty entry is a warning, the concept marker a hint: the run passes by default.
    run(&[])
        .code(0)
        .stdout(predicate::str::contains("info[publication/draft-marker]"));
    run(&["--fail-on", "warning"]).code(1);
    run(&["--final"])
        .code(1)
        .stdout(predicate::str::contains("error[publication/draft-marker]"));
    run(&["--ignore", "publication", "--fail-on", "info"])
        .code(1)
        .stdout(predicate::str::contains("draft-marker").not());
    run(&["--select", "publication/draft-marker"])
        .code(0)
        .stdout(predicate::str::contains("empty-entry").not());
}

#[test]
fn gitignored_files_are_skipped_in_a_directory() {
    let d = dir_with(&[
        (".gitignore", b"archief/\n"),
        ("archief/oud.txt", FAULTY.as_bytes()),
        ("nieuw.txt", FAULTY.as_bytes()),
    ]);
    notulint()
        .current_dir(d.path())
        .args(["check", ".", "--format", "concise"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("nieuw.txt"))
        .stdout(predicate::str::contains("oud.txt").not());
}

#[test]
fn configuration_excludes_and_requires_fields() {
    let d = dir_with(&[
        (
            "notulint.toml",
            b"exclude = [\"archief/**\"]\nrequired-fields = [\"datum\", \"secretaris\"]\n",
        ),
        ("archief/oud.txt", FAULTY.as_bytes()),
        ("nieuw.txt", CLEAN.as_bytes()),
    ]);
    notulint()
        .current_dir(d.path())
        .args(["check", ".", "--format", "concise"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "the required field Secretaris is missing",
        ))
        .stdout(predicate::str::contains("oud.txt").not());
}

#[test]
fn bad_value_in_configuration_points_into_the_file() {
    let d = dir_with(&[
        (
            "notulint.toml",
            b"public = true\n[rules]\n\"text\" = \"loud\"\n",
        ),
        ("a.txt", CLEAN.as_bytes()),
    ]);
    notulint()
        .current_dir(d.path())
        .env("NO_COLOR", "1")
        .args(["check", "a.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("notulint.toml:3"))
        .stderr(predicate::str::contains("loud"));
}

#[test]
fn rules_explain_and_init() {
    notulint()
        .arg("rules")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("speakers/undefined-speaker"));
    notulint()
        .args(["explain", "attendance/duplicate-person"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("## How to fix"));
    notulint()
        .args(["explain", "attendance/nope"])
        .assert()
        .code(2);
    let d = tempfile::tempdir().expect("temp dir");
    notulint()
        .current_dir(d.path())
        .arg("init")
        .assert()
        .code(0);
    notulint()
        .current_dir(d.path())
        .arg("init")
        .assert()
        .code(2);
    notulint()
        .current_dir(d.path())
        .args(["check", "-", "--format", "concise"])
        .write_stdin(CLEAN)
        .assert()
        .code(0);
}

#[test]
fn counted_attendance_does_not_make_every_speaker_undefined() {
    let alv = "Verslag ALV VvE De Linde\n\nDatum: 12 april 2023\nVoorzitter: P. de Graaf\nAanwezig: 23 leden (zie presentielijst), 4 volmachten\n\n1. Jaarrekening\nDe heer Smits vraagt naar de post onderhoud.\nBesluit: de jaarrekening wordt vastgesteld.\n";
    notulint()
        .args(["check", "-", "--format", "concise"])
        .write_stdin(alv)
        .assert()
        .code(0)
        // One hint says what was not checked, and nothing else is reported.
        .stdout(
            "<stdin>:1:1: info[speakers/undefined-speaker] attendance is only counted, not named: speakers and officers are not checked against it\n",
        );
}

#[test]
fn an_invisible_character_in_a_name_is_a_hint_at_the_name() {
    // A zero-width space inside one name, a right-to-left mark before another, in two lists;
    // the same names without them elsewhere.
    let text = "Datum: 9 juli 2018\nVoorzitter: A. Jansen\n\
                Aanwezig: A. Jansen, P. Pie\u{200B}tersen, B. de Vries\n\
                Afwezig: \u{200F}K. Kok, P. Pie\u{200B}tersen\n\n1. Opening\nDe voorzitter opent.\n";
    let d = dir_with(&[("a.txt", text.as_bytes())]);
    let out = notulint()
        .current_dir(d.path())
        .args([
            "check",
            "a.txt",
            "--format",
            "concise",
            "--select",
            "attendance/near-duplicate-person",
        ])
        .output()
        .expect("runs");
    // A hint fails nothing.
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "a.txt:3:22: info[attendance/near-duplicate-person] P. Pie\\u{200B}tersen is written with an invisible character\n\
         a.txt:4:10: info[attendance/near-duplicate-person] \\u{200F}K. Kok is written with an invisible character\n\
         a.txt:4:19: info[attendance/near-duplicate-person] P. Pie\\u{200B}tersen is written with an invisible character\n"
    );
    // JSON points at the exact bytes of each name and says which character sits where.
    let out = notulint()
        .current_dir(d.path())
        .args([
            "check",
            "a.txt",
            "--format",
            "json",
            "--select",
            "attendance/near-duplicate-person",
        ])
        .output()
        .expect("runs");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let hints = json["diagnostics"].as_array().expect("diagnostics");
    let spans: Vec<&str> = hints
        .iter()
        .map(|h| {
            let at = h["offset"].as_u64().unwrap() as usize;
            &text[at..at + h["length"].as_u64().unwrap() as usize]
        })
        .collect();
    assert_eq!(
        spans,
        [
            "P. Pie\u{200B}tersen",
            "\u{200F}K. Kok",
            "P. Pie\u{200B}tersen"
        ]
    );
    assert!(hints.iter().all(|h| h["severity"] == "info"));
    assert_eq!(
        hints[0]["help"],
        "delete \\u{200B} (zero-width space) after 'P. Pie': it shows nothing, yet makes the name \
         differ from P. Pietersen typed without it, so a search or another tool does not find it \
         (notulint compares names without it)"
    );
    assert_eq!(hints[1]["subject"], "K. Kok");
}

/// The bundled example in Dutch: every finding, help, label and the summary come from the
/// Dutch catalogue, and none of the English sentences is left.
#[test]
fn lang_nl_reports_in_dutch() {
    let out = notulint()
        .args([
            "check", "--lang", "nl", "--format", "human", "--color", "never",
        ])
        .arg("fixtures/dvo-twente-2018-07-09.txt")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_has_all(
        &stdout,
        &[
            "S. Schelberg staat twee keer op de lijst van aanwezigen",
            "hier nog eens vermeld",
            "hulp: schrap de tweede S. Schelberg",
            "lijkt een verschrijving van 'ondermijning'",
            "spreekt maar staat op geen presentielijst",
        ],
    );
    assert!(stderr.contains("1 bestand gecontroleerd in"), "{stderr}");
    assert!(
        stderr.contains("6 fouten, 9 waarschuwingen, 2 hints."),
        "{stderr}"
    );
    for english in [
        "listed twice",
        "help:",
        "speaks but",
        "misspelling",
        "Checked",
    ] {
        assert!(
            !stdout.contains(english) && !stderr.contains(english),
            "English {english:?} left in the Dutch report"
        );
    }
}

/// `--lang` wins over `lang` in notulint.toml, which wins over the locale.
#[test]
fn the_language_comes_from_the_flag_the_file_then_the_locale() {
    let doc: &[u8] = b"Datum: 9 juli 2018\nAanwezig: A. Jansen, B. Pietersen, A. Jansen\n\n1. Opening\nDe voorzitter opent.\n";
    let dir = dir_with(&[("a.txt", doc)]);
    let run = |args: &[&str], locale: &str| {
        let out = Command::cargo_bin("notulint")
            .expect("binary builds")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", locale)
            .current_dir(dir.path())
            .args(["check", "--format", "concise"])
            .args(args)
            .arg("a.txt")
            .output()
            .expect("runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let dutch = "staat twee keer op de lijst van aanwezigen";
    let english = "is listed twice on the present list";
    assert!(run(&[], "nl_NL.UTF-8").contains(dutch));
    assert!(run(&[], "en_GB.UTF-8").contains(english));
    assert!(run(&["--lang", "en"], "nl_NL.UTF-8").contains(english));
    std::fs::write(dir.path().join("notulint.toml"), "lang = \"nl\"\n").expect("write");
    assert!(run(&[], "en_GB.UTF-8").contains(dutch));
    assert!(run(&["--lang", "en"], "en_GB.UTF-8").contains(english));
    std::fs::write(dir.path().join("notulint.toml"), "lang = \"fr\"\n").expect("write");
    let out = Command::cargo_bin("notulint")
        .expect("binary builds")
        .current_dir(dir.path())
        .args(["check", "a.txt"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown language `fr`"));
}

/// The machine formats carry the message id and its arguments as data.
#[test]
fn json_and_sarif_carry_message_ids() {
    let out = notulint()
        .args([
            "check",
            "--format",
            "json",
            "fixtures/dvo-twente-2018-07-09.txt",
        ])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let d = v["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .find(|d| d["rule"] == "attendance/duplicate-person")
        .expect("a duplicate");
    assert_eq!(d["message_id"], "duplicate-person.message");
    assert_eq!(d["arguments"]["name"], "S. Schelberg");
    assert_eq!(d["arguments"]["list"], "list.present");
    assert_eq!(d["help_id"], "duplicate-person.help");
    let out = notulint()
        .args([
            "check",
            "--format",
            "sarif",
            "fixtures/dvo-twente-2018-07-09.txt",
        ])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF");
    let r = v["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .find(|r| r["ruleId"] == "attendance/duplicate-person")
        .expect("a duplicate");
    assert_eq!(r["message"]["id"], "duplicate-person.message");
    assert_eq!(r["properties"]["subject"], "S. Schelberg");
}
