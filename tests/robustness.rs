//! Robustness: no panic, no hang and sound spans on any input, and clear errors for input that is not text.
//!
//! Property tests feed arbitrary strings and strings built from minutes-like fragments through `check`;
//! the hostile inputs are sized to run in about a second each in a debug build.

use std::path::Path;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use notulint::source::DecodeError;
use notulint::{check, Config, Finding, Source};
use proptest::prelude::*;

/// Long enough for a debug build on a slow machine, short enough to catch superlinear time.
const TIME_LIMIT: Duration = Duration::from_secs(30);

/// A configuration with every rule on, the document public and about to be published,
/// so that the privacy and draft-marker paths run too.
fn every_rule() -> Config {
    Config {
        public: Some(true),
        final_check: true,
        ..Config::default()
    }
}

/// Asserts that a span lies inside the text on char boundaries.
fn assert_span_sound(text: &str, start: usize, end: usize, what: &str, f: &Finding) {
    assert!(
        start <= end && end <= text.len(),
        "{what} {start}..{end} outside the text (len {}) in {f:?}",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} {start}..{end} not on char boundaries in {f:?}"
    );
}

/// Checks a text twice with every rule, asserting determinism and sound spans; returns the findings.
fn lint(text: &str) -> Vec<Finding> {
    let source = Source::new("input.txt", text);
    let config = every_rule();
    let findings = check(&source, &config);
    for f in &findings {
        assert_span_sound(text, f.span.start(), f.span.end(), "span", f);
        for label in &f.related {
            assert_span_sound(
                text,
                label.span.start(),
                label.span.end(),
                "related span",
                f,
            );
        }
        // The reports ask the source for lines and columns of both ends.
        let _ = source.line_col(f.span.start());
        let _ = source.line_col(f.span.end());
    }
    let again = check(&source, &config);
    assert_eq!(findings, again, "two runs over the same text differ");
    findings
}

/// Lints a hostile input, asserting it finishes well within the time limit.
fn lint_timed(what: &str, text: &str) -> Vec<Finding> {
    let started = Instant::now();
    // Also the parse on its own, which the rules share.
    let _ = notulint::parse::parse(text);
    let findings = lint(text);
    let took = started.elapsed();
    assert!(took < TIME_LIMIT, "{what} took {took:?}");
    findings
}

// ---------------------------------------------------------------------------
// Property tests
// ---------------------------------------------------------------------------

/// Pieces of real minutes: keys, separators, honorifics, names, tags, odd whitespace.
const FRAGMENTS: &[&str] = &[
    "Aanwezig:",
    "Aanwezig\t",
    "Afwezig:",
    "Afwezig met kennisgeving\t",
    "Voorzitter:",
    "Secretaris\t",
    "Datum\t",
    "Datum: ",
    "31 juni 2018",
    "maandag 9 juli 2018",
    "Tijdstip\t09.50 – 11.45 uur",
    "NR\tOnderwerp",
    "A\t",
    "E\t<p>Ter besluitvorming</p>",
    "<p>",
    "</p>",
    "<p></p>",
    "Dhr. ",
    "Mevr. ",
    "mevrouw ",
    "De heer ",
    "de voorzitter ",
    "G.J. Kok",
    "A. van der Kolk",
    "Van der Kolk",
    "B. Lutje Wagelaar",
    "T.J.M. Mornout - van Orsouw",
    "Van 't Schip-Nieuwboer",
    "Van ’t Schip",
    " (voorzitter)",
    " (mk)",
    "(vanaf punt 3)",
    " geeft aan dat ",
    " deelt mede",
    "zegt dhr. ",
    "Besluit:",
    "BESLUIT: ",
    "Conclusie:",
    "Actie:",
    "vastgesteld",
    "Voorstel ",
    "ter besluitvorming",
    "openbaar",
    "niet openbaar",
    "(concept)",
    "ziek",
    "1. ",
    "4.2 ",
    "05A ",
    "3.a ",
    "2.",
    "- ",
    "## 3. ",
    "**Datum:**",
    "\t",
    ",",
    ", ",
    ",,",
    ";",
    " ",
    "\u{a0}",
    "\u{feff}",
    "\r\n",
    "\n",
    "\r",
    "–",
    "—",
    "é",
    "ë",
    "0",
    "7",
    "12",
    "2018",
    "09.50",
    ":",
    "(",
    ")",
    "Ondernijning",
];

/// A string built from minutes-like fragments, with now and then an arbitrary character.
fn minutes_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        8 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    proptest::collection::vec(piece, 0..120).prop_map(|v| v.concat())
}

/// A document with a well-formed frame around minutes-like lines, so the deeper rules are reached.
fn framed_minutes() -> impl Strategy<Value = String> {
    (minutes_like(), minutes_like(), minutes_like()).prop_map(|(present, absent, body)| {
        format!(
            "BESLUITENLIJST Overleg openbaar (concept)\n\nDatum\t9 juli 2018\nVoorzitter\tS. Schelberg\n\
             Aanwezig\tS. Schelberg, {present}\nAfwezig\t{absent}\n\nNR\tOnderwerp\n\
             A\t<p>Opening</p> <p>{body}</p>\nB\t<p>Voorstel {body}</p>\n\n1. Rondvraag\n{present}\n"
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        lint(&text);
    }

    #[test]
    fn minutes_like_strings_never_panic(text in minutes_like()) {
        lint(&text);
    }

    #[test]
    fn framed_minutes_never_panic(text in framed_minutes()) {
        lint(&text);
    }

    #[test]
    fn arbitrary_bytes_decode_or_error(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        if let Ok(source) = Source::from_bytes("input.txt", bytes) {
            lint(&source.text);
        }
    }
}

// ---------------------------------------------------------------------------
// Hostile inputs
// ---------------------------------------------------------------------------

#[test]
fn one_line_of_two_megabytes() {
    let words = [
        "Dhr. Kok geeft aan dat ",
        "<p>",
        "Aanwezig ",
        "G.J. Kok, ",
        "vastgesteld. ",
    ];
    let mut text = String::with_capacity(2 << 20);
    let mut i = 0;
    while text.len() < 2 << 20 {
        text.push_str(words[i % words.len()]);
        i += 1;
    }
    lint_timed("a 2 MB single line", &text);
}

#[test]
fn one_hundred_thousand_short_lines() {
    let mut text = String::new();
    for i in 0..100_000 {
        text.push_str(match i % 4 {
            0 => "a\n",
            1 => "1.\n",
            2 => "Dhr.\r\n",
            _ => "\n",
        });
    }
    lint_timed("100,000 short lines", &text);
}

/// `n` distinct names such as `A.B. Naam123`.
fn names(n: usize) -> Vec<String> {
    (0..n)
        .map(|i| {
            let a = (b'A' + (i % 26) as u8) as char;
            let b = (b'A' + (i / 26 % 26) as u8) as char;
            format!("{a}.{b}. Naam{i}")
        })
        .collect()
}

#[test]
fn attendance_list_of_twenty_thousand_names_on_one_line() {
    let names = names(20_000);
    let text = format!(
        "Datum\t9 juli 2018\nVoorzitter\t{}\nAanwezig\t{}\nAfwezig\t{}\n\nNR\tOnderwerp\nA\t<p>Opening</p>\n",
        names[0],
        names.join(", "),
        names[..1000].join(", ")
    );
    let findings = lint_timed("an attendance list of 20,000 names", &text);
    assert!(
        findings
            .iter()
            .any(|f| f.rule == "attendance/present-and-absent"),
        "the 1,000 people on both lists are reported"
    );
}

#[test]
fn attendance_list_of_twenty_thousand_names_one_a_line() {
    let names = names(20_000);
    let text = format!(
        "Datum: 9 juli 2018\nVoorzitter: {}\nAanwezig:\n{}\n\n1. Opening\nDhr. Naam7 opent de vergadering.\n",
        names[0],
        names.join("\n")
    );
    lint_timed("an attendance list of 20,000 names, one a line", &text);
}

#[test]
fn fifty_thousand_paragraph_tags_in_an_item_row() {
    let text = format!(
        "Datum\t9 juli 2018\nVoorzitter\tS. Schelberg\nAanwezig\tS. Schelberg\n\nNR\tOnderwerp\nA\t{}\n",
        "<p>".repeat(50_000)
    );
    lint_timed("50,000 <p> tags in an item row", &text);
    let closed = format!(
        "NR\tOnderwerp\nA\t{}\n",
        "<p>Dhr. Kok zegt</p> ".repeat(10_000)
    );
    lint_timed("10,000 closed paragraphs in an item row", &closed);
}

#[test]
fn binary_file_is_an_error() {
    let mut bytes = b"Datum\t9 juli 2018\n".to_vec();
    bytes.extend_from_slice(&[0, 1, 2, 0, 0xff, 0x00]);
    assert_eq!(
        Source::from_bytes("scan.pdf", bytes).unwrap_err(),
        DecodeError::Binary
    );
}

#[test]
fn empty_file_and_only_a_bom() {
    lint_timed("an empty file", "");
    let bom = Source::from_bytes("bom.txt", "\u{feff}".as_bytes().to_vec()).expect("a BOM is text");
    lint_timed("a file with only a BOM", &bom.text);
    lint_timed("a BOM and a line end", "\u{feff}\r\n");
}

#[test]
fn windows_1252_is_read_and_garbage_names_the_line() {
    let mut bytes = b"Datum\t9 juli 2018\nVoorzitter\tS. Schelberg\nAanwezig\tA. B".to_vec();
    bytes.push(0xe9); // Windows-1252 `\u{e9}`, as an old export writes it
    bytes.extend_from_slice(b"rends\n");
    let source = Source::from_bytes("latin1.txt", bytes).expect("Windows-1252 is read");
    assert!(source.text.contains("A. B\u{e9}rends"), "{}", source.text);
    assert_eq!(
        source.encoding,
        notulint::input::decode::Encoding::Windows1252
    );
    // Bytes that are neither UTF-8 nor Windows-1252 text (an undefined byte, a control).
    let mut bytes = b"Datum\t9 juli 2018\nVoorzitter\tS. Schelberg\nAanwezig\tA. B".to_vec();
    bytes.extend_from_slice(&[0x81, 0x01]);
    let bad = bytes.iter().position(|&b| b == 0x81).unwrap();
    let err = Source::from_bytes("garbage.txt", bytes).unwrap_err();
    assert_eq!(
        err,
        DecodeError::NotUtf8 {
            line: 3,
            offset: bad
        }
    );
    assert!(err.to_string().contains("line 3"), "{err}");
}

/// A directory with two good files, one not UTF-8 and one binary: all are reported, the good ones checked.
#[test]
fn bad_files_in_a_directory_do_not_lose_the_others() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let good =
        "Datum\t9 juli 2018\nVoorzitter\tS. Schelberg\nAanwezig\tS. Schelberg, S. Schelberg\n";
    std::fs::write(dir.path().join("a.txt"), good).unwrap();
    std::fs::write(dir.path().join("b.txt"), b"Datum\t9 juli 2018\n\x81\x02\n").unwrap();
    std::fs::write(dir.path().join("c.txt"), b"\0\0\0binary").unwrap();
    std::fs::write(dir.path().join("d.txt"), good).unwrap();
    let out = run_json(dir.path());
    assert_eq!(
        out.status.code(),
        Some(2),
        "an unreadable file fails the run"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("b.txt") && stderr.contains("line 2"),
        "{stderr}"
    );
    assert!(stderr.contains("c.txt"), "{stderr}");
    let json = stdout_json(&out);
    let paths = diagnostic_paths(&json);
    assert!(paths.iter().any(|p| p.ends_with("a.txt")), "{json}");
    assert!(paths.iter().any(|p| p.ends_with("d.txt")), "{json}");
}

/// A dangling symlink named on the command line is reported and the other files are still checked.
#[cfg(unix)]
#[test]
fn dangling_symlink_on_the_command_line_is_reported() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let good =
        "Datum\t9 juli 2018\nVoorzitter\tS. Schelberg\nAanwezig\tS. Schelberg, S. Schelberg\n";
    std::fs::write(dir.path().join("a.txt"), good).unwrap();
    let link = dir.path().join("gone.txt");
    std::os::unix::fs::symlink(dir.path().join("removed.txt"), &link).unwrap();
    let out = Command::cargo_bin("notulint")
        .unwrap()
        .args(["check", "--format", "json", "--no-config"])
        .arg(dir.path().join("a.txt"))
        .arg(&link)
        .timeout(TIME_LIMIT)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("gone.txt"));
    let json = stdout_json(&out);
    assert!(
        diagnostic_paths(&json).iter().any(|p| p.ends_with("a.txt")),
        "{json}"
    );
}

/// A dangling symlink found under a directory is a file that cannot be read: it must be named.
#[cfg(unix)]
#[test]
fn dangling_symlink_in_a_directory_is_reported() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let good =
        "Datum\t9 juli 2018\nVoorzitter\tS. Schelberg\nAanwezig\tS. Schelberg, S. Schelberg\n";
    std::fs::write(dir.path().join("a.txt"), good).unwrap();
    std::os::unix::fs::symlink(dir.path().join("removed.txt"), dir.path().join("b.txt")).unwrap();
    std::fs::write(dir.path().join("c.txt"), good).unwrap();
    let out = run_json(dir.path());
    let json = stdout_json(&out);
    let paths = diagnostic_paths(&json);
    assert!(paths.iter().any(|p| p.ends_with("a.txt")), "{json}");
    assert!(paths.iter().any(|p| p.ends_with("c.txt")), "{json}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("b.txt"),
        "the dangling symlink is named on standard error"
    );
    assert_eq!(out.status.code(), Some(2));
}

fn run_json(dir: &Path) -> std::process::Output {
    Command::cargo_bin("notulint")
        .unwrap()
        .args(["check", "--format", "json", "--no-config"])
        .arg(dir)
        .timeout(TIME_LIMIT)
        .output()
        .unwrap()
}

fn stdout_json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is JSON ({e}): {}",
            String::from_utf8_lossy(&out.stdout)
        )
    })
}

fn diagnostic_paths(json: &serde_json::Value) -> Vec<String> {
    json["diagnostics"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d["path"].as_str().map(str::to_string))
        .collect()
}
