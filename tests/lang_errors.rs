//! Errors in the report's language: files that cannot be read and a bad `notulint.toml`
//! are reported in Dutch under `--lang nl` and in English under `--lang en`, and the other
//! files are still checked.

#[path = "support/cli.rs"]
mod support;
use support::{assert_has_all, dir_with, notulint, output};

const FAULTY: &str = "Notulen bestuursvergadering\n\nDatum: 9 juli 2018\nVoorzitter: A. Jansen\nAanwezig: A. Jansen, B. de Vries, B. de Vries\n\n1. Opening\nDhr. Pietersen vraagt het woord.\n";

/// Runs `notulint --lang LANG check ARGS…` in a folder: exit code, stdout, stderr.
fn run(dir: &tempfile::TempDir, lang: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let mut all = vec!["--lang", lang, "check"];
    all.extend_from_slice(args);
    output(dir.path(), &all)
}

fn not_utf8() -> Vec<u8> {
    let mut bad = b"Datum: 9 juli 2018\nAanwezig: A. Jansen\n".to_vec();
    bad.extend_from_slice(&[0x81, 0x02, b'x', b'\n']); // neither UTF-8 nor Windows-1252
    bad
}

#[test]
fn unreadable_files_are_named_in_the_language_and_the_others_checked() {
    let d = dir_with(&[
        ("bad.txt", &not_utf8()),
        ("kapot.docx", b"geen zip"),
        ("good.txt", FAULTY.as_bytes()),
    ]);
    let args = [
        "bad.txt",
        "kapot.docx",
        "weg.txt",
        "good.txt",
        "--format",
        "concise",
    ];
    let (code, out, err) = run(&d, "nl", &args);
    assert_eq!(code, Some(2));
    assert!(out.contains("good.txt:5:35:"), "{out}");
    assert!(
        out.contains("staat twee keer op de lijst van aanwezigen"),
        "{out}"
    );
    assert_has_all(&err, &[
        "bad.txt: kan dit bestand niet controleren: het is geen UTF-8-tekst (eerste foute byte op positie 39, regel 3)",
        "kapot.docx: kan dit bestand niet controleren: het is geen Word-document",
        "weg.txt: dit bestand of deze map bestaat niet",
        "3 bestanden niet te lezen.",
    ]);
    for english in ["cannot", "not valid", "no such", "could not be read"] {
        assert!(
            !out.contains(english) && !err.contains(english),
            "English {english:?} left in\n{out}\n{err}"
        );
    }

    let (code, out, err) = run(&d, "en", &args);
    assert_eq!(code, Some(2));
    assert!(out.contains("good.txt:5:35:"), "{out}");
    assert_has_all(&err, &[
        "bad.txt: cannot check this file: it is not valid UTF-8 (first bad byte at offset 39, line 3) and not Windows-1252 text either; save it as UTF-8 text",
        "kapot.docx: cannot check this file: it is not a Word document (a Word document is a zip archive, and this file is not one)",
        "weg.txt: no such file or directory",
        "3 files could not be read.",
    ]);
}

#[test]
fn the_machine_formats_carry_the_id_of_an_error() {
    let d = dir_with(&[("bad.txt", &not_utf8())]);
    let (code, out, _) = run(&d, "nl", &["bad.txt", "--format", "json"]);
    assert_eq!(code, Some(2));
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let e = &v["errors"][0];
    assert_eq!(e["path"], "bad.txt");
    assert_eq!(e["message_id"], "unreadable.cannot-check");
    assert_eq!(e["arguments"]["why"], "unreadable.not-utf8");
    assert!(e["message"]
        .as_str()
        .is_some_and(|m| m.starts_with("kan dit bestand niet controleren")));
    let (_, out, _) = run(&d, "en", &["bad.txt", "--format", "sarif"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("sarif");
    let n = &v["runs"][0]["invocations"][0]["toolExecutionNotifications"][0];
    assert_eq!(n["message"]["id"], "unreadable.cannot-check");
    assert!(n["message"]["text"]
        .as_str()
        .is_some_and(|m| m.starts_with("bad.txt: cannot check this file: it is not valid UTF-8")));
}

#[test]
fn a_bad_configuration_is_reported_in_the_language() {
    let d = dir_with(&[
        (
            "notulint.toml",
            b"[rules]\n\"attendance/duplicate-persons\" = \"off\"\n",
        ),
        ("a.txt", FAULTY.as_bytes()),
    ]);
    let (code, _, err) = run(&d, "nl", &["a.txt"]);
    assert_eq!(code, Some(2));
    assert_has_all(
        &err,
        &[
            "onbekende regel of groep `attendance/duplicate-persons`",
            "hulp: bedoelt u `attendance/duplicate-person`?",
            "── hier",
            "notulint.toml:2:1",
        ],
    );
    assert!(!err.contains("unknown") && !err.contains("help:"), "{err}");
    let (code, _, err) = run(&d, "en", &["a.txt"]);
    assert_eq!(code, Some(2));
    assert_has_all(
        &err,
        &[
            "unknown rule or group `attendance/duplicate-persons`",
            "help: did you mean `attendance/duplicate-person`?",
            "── here",
        ],
    );
}

#[test]
fn toml_errors_get_a_dutch_sentence_around_them() {
    for (toml, dutch, english) in [
        (
            "foo = 1\n",
            "onbekende instelling `foo`; kies uit `public`, `lang`",
            "unknown field `foo`, expected one of `public`, `lang`",
        ),
        (
            "[rules]\n\"text\" = \"luid\"\n",
            "onbekende waarde `luid`; kies uit `off`, `info`, `warning`, `error`",
            "unknown variant `luid`, expected one of `off`, `info`, `warning`, `error`",
        ),
        (
            "[rules\n",
            "de instellingen kloppen niet: 'invalid table header",
            "invalid table header",
        ),
        (
            "lang = \"fr\"\n",
            "onbekende taal `fr`",
            "unknown language `fr`",
        ),
    ] {
        let d = dir_with(&[
            ("notulint.toml", toml.as_bytes()),
            ("a.txt", FAULTY.as_bytes()),
        ]);
        let (code, _, err) = run(&d, "nl", &["a.txt"]);
        assert_eq!(code, Some(2));
        assert!(err.contains(dutch), "no {dutch:?} in\n{err}");
        let (_, _, err) = run(&d, "en", &["a.txt"]);
        assert!(err.contains(english), "no {english:?} in\n{err}");
    }
}

#[test]
fn the_outline_speaks_the_language() {
    let outline = |lang: &str| {
        let out = notulint()
            .args([
                "--lang",
                lang,
                "outline",
                "fixtures/dvo-twente-2018-07-09.txt",
            ])
            .output()
            .expect("runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let nl = outline("nl");
    assert_has_all(
        &nl,
        &[
            "bestand: fixtures/dvo-twente-2018-07-09.txt (platte tekst, UTF-8)",
            "datum: 9 juli 2018 (uit een datumveld, regel 5)",
            "openbaar: ja",
            "agendapunten: 6",
            "[vraagt om een besluit; uitkomst vastgelegd]",
        ],
    );
    let en = outline("en");
    assert!(
        en.contains("date: 9 juli 2018 (from a date field, line 5)"),
        "{en}"
    );
    assert!(en.contains("items: 6"), "{en}");
}
