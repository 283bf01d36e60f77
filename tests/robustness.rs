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
    let _ = notulint::structure::parse(text);
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
fn repeats_and_near_spellings_in_a_list_of_fifty_thousand_names() {
    // Past 2,000 entries the list is grouped by surname, by sorting rather than by a map of
    // lists (10⁶ names on one line took 900 MB): the same findings, in list order, each at
    // the later entry with the first one related.
    let names = names(50_000);
    let repeats = &names[..100];
    // `A. Naam0` for `A.A. Naam0`: the same surname, initials that agree, written otherwise.
    let near: Vec<String> = names[100..150]
        .iter()
        .map(|n| format!("{}.{}", &n[..1], &n[4..]))
        .collect();
    let list = format!(
        "{}, {}, {}",
        names.join(", "),
        repeats.join(", "),
        near.join(", ")
    );
    let text = format!(
        "Datum: 9 juli 2018\nVoorzitter: {}\nAanwezig: {list}\n\n1. Opening\n",
        names[0]
    );
    let findings = lint(&text);
    let at = |name: &str, from: usize| {
        let i = from + text[from..].find(&format!(" {name},")).unwrap() + 1;
        notulint::model::Span::new(i, i + name.len())
    };
    let list_start = text.find("Aanwezig").unwrap();
    let second_half = text.find(&format!(" {},", repeats[0])).unwrap() + 1 + names.join(", ").len();
    let duplicates: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.rule == "attendance/duplicate-person")
        .collect();
    assert_eq!(duplicates.len(), repeats.len());
    for (f, name) in duplicates.iter().zip(repeats) {
        assert_eq!(
            f.text(notulint::Lang::En),
            format!("{name} is listed twice on the present list")
        );
        assert_eq!(f.span, at(name, second_half));
        assert_eq!(f.related[0].span, at(name, list_start));
    }
    let near_found: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.rule == "attendance/near-duplicate-person")
        .collect();
    assert_eq!(near_found.len(), near.len());
    for ((f, written), name) in near_found.iter().zip(&near).zip(&names[100..150]) {
        assert_eq!(
            f.text(notulint::Lang::En),
            format!("{written} looks like {name}, already on the present list")
        );
        assert_eq!(&text[f.span.range()], written.as_str());
        assert_eq!(f.related[0].span, at(name, list_start));
    }
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
        .env("LC_ALL", "C")
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
        .env("LC_ALL", "C")
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

// ---------------------------------------------------------------------------
// Issue 12: hostile input through the whole command line
// ---------------------------------------------------------------------------

/// Runs `notulint` in `dir` with `args`, with the time limit.
fn run_in(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("notulint")
        .unwrap()
        .env("LC_ALL", "C")
        .current_dir(dir)
        .args(args)
        .timeout(TIME_LIMIT)
        .output()
        .unwrap()
}

/// Asserts a run ended by itself, without a panic.
fn assert_no_panic(out: &std::process::Output, what: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.code().is_some_and(|c| c <= 2) && !stderr.contains("panicked"),
        "{what}: {:?} {stderr}",
        out.status
    );
}

#[test]
fn human_report_past_visual_column_65535() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("f.txt"),
        "\t".repeat(16_400) + "Ondernijning.\n",
    )
    .unwrap();
    let out = run_in(
        dir.path(),
        &["check", "--no-config", "--format", "human", "f.txt"],
    );
    assert_no_panic(&out, "tabs before a finding");
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("…") && stdout.contains("Ondernijning"),
        "{stdout}"
    );
    assert!(stdout.lines().all(|l| l.chars().count() < 400), "{stdout}");
}

#[test]
fn human_report_is_bounded_on_a_long_line_with_many_findings() {
    // 1,500 duplicates on one 15 KB line: every finding reprinted the line (45 MB).
    let dir = tempfile::tempdir().unwrap();
    let line = vec!["G.J. Kok"; 1500].join(", ");
    std::fs::write(
        dir.path().join("f.txt"),
        format!("Datum\t9 juli 2018\nVoorzitter\tS. Schelberg\nAanwezig\tS. Schelberg, {line}\n"),
    )
    .unwrap();
    let out = run_in(
        dir.path(),
        &["check", "--no-config", "--format", "human", "f.txt"],
    );
    assert_no_panic(&out, "1,500 findings on one line");
    assert!(out.stdout.len() < 200_000, "{} bytes", out.stdout.len());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("1399 more in f.txt not shown in full (1399 attendance/duplicate-person)"),
        "{}",
        &stdout[stdout.len().saturating_sub(400)..]
    );
    let few = run_in(
        dir.path(),
        &[
            "check",
            "--no-config",
            "--format",
            "human",
            "--max-shown",
            "2",
            "f.txt",
        ],
    );
    assert_eq!(
        String::from_utf8_lossy(&few.stdout)
            .matches("listed twice")
            .count(),
        2
    );
}

#[test]
fn human_report_of_twenty_thousand_table_rows() {
    let dir = tempfile::tempdir().unwrap();
    let rows: String = (0..20_000)
        .map(|i| format!("{}\tOndernijning {i}\n", char::from(b'A' + (i % 26) as u8)))
        .collect();
    std::fs::write(
        dir.path().join("f.txt"),
        format!("Datum\t9 juli 2018\nVoorzitter\tS. Schelberg\nAanwezig\tS. Schelberg\n\nNR\tOnderwerp\n{rows}"),
    )
    .unwrap();
    let started = Instant::now();
    let out = run_in(
        dir.path(),
        &["check", "--no-config", "--format", "human", "f.txt"],
    );
    assert_no_panic(&out, "20,000 rows");
    assert!(started.elapsed() < TIME_LIMIT);
}

#[test]
fn configuration_error_past_column_65535_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("notulint.toml"),
        format!("include = [{}5]\n", "\"a.txt\", ".repeat(9000)),
    )
    .unwrap();
    std::fs::write(dir.path().join("a.txt"), "Datum: 9 juli 2018\n").unwrap();
    let out = run_in(dir.path(), &["check", "--format", "human", "a.txt"]);
    assert_no_panic(&out, "a configuration error past column 65,535");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stderr.len() < 10_000);
}

#[test]
fn one_hundred_thousand_attendees_with_one_surname() {
    // Adding each person compared them with every earlier Jansen (252 s in release at 100,000).
    let names: Vec<String> = (0..30_000)
        .map(|i| {
            let l = |k: usize| char::from(b'A' + (i / k % 26) as u8);
            format!("{}.{}.{}.{}. Jansen", l(1), l(26), l(676), l(17_576))
        })
        .collect();
    let text = format!(
        "Datum: 9 juli 2018\nAanwezig:\n{}\n\n1. Opening\n{}",
        names.join("\n"),
        "Dhr. Jansen geeft aan dat het goed is.\nDhr. Z.Z. Jansen zegt iets.\n".repeat(50)
    );
    let findings = lint_timed("30,000 attendees named Jansen", &text);
    assert!(findings
        .iter()
        .any(|f| f.rule == "speakers/ambiguous-speaker"));
}

#[test]
fn ten_thousand_attendees_and_ten_thousand_unknown_speakers() {
    // Did-you-mean compared every unknown speaker with every attendee.
    let names = names(10_000);
    let speakers: String = (0..10_000)
        .map(|i| format!("Dhr. Naamloos{i} geeft aan dat het goed is.\n"))
        .collect();
    let text = format!(
        "Datum: 9 juli 2018\nAanwezig:\n{}\n\n1. Opening\n{speakers}",
        names.join("\n")
    );
    let findings = lint_timed("10,000 × 10,000 speakers", &text);
    assert!(
        findings
            .iter()
            .filter(|f| f.rule == "speakers/undefined-speaker")
            .count()
            >= 10_000
    );
}

#[test]
fn a_name_of_ninety_thousand_characters() {
    let long = format!("K{}", "a".repeat(89_999));
    let text = format!(
        "Datum: 9 juli 2018\nAanwezig: J. {long}, P. Pietersen\nAfwezig: J. {long}x\n\n\
         1. Opening\nDhr. {long}y geeft aan dat het goed is.\n"
    );
    lint_timed("a 90,000-character name", &text);
}

#[test]
fn a_roster_of_ten_thousand_is_prepared_once() {
    let roster: String = names(10_000)
        .iter()
        .map(|n| format!("[[roster]]\nname = \"{n}\"\n"))
        .collect();
    let config = Config::parse("notulint.toml", &roster, &notulint::rules::names()).unwrap();
    assert!(std::sync::Arc::ptr_eq(&config.roster(), &config.roster()));
    let doc = "Datum: 9 juli 2018\nVoorzitter: S. Schelberg\nAanwezig: S. Schelberg\n\n\
               1. Opening\nDhr. Naam7 geeft aan dat het goed is.\nDhr. Naam8x zegt iets.\n";
    let started = Instant::now();
    for i in 0..300 {
        let findings = check(&Source::new(format!("d{i}.txt"), doc), &config);
        assert!(findings.iter().any(|f| f
            .text(notulint::Lang::En)
            .contains("speaks and is a member")));
    }
    assert!(started.elapsed() < TIME_LIMIT, "{:?}", started.elapsed());
}

#[test]
fn names_compare_after_nfc_without_invisible_characters() {
    let text = "Datum: 9 juli 2018\nVoorzitter: S. Schelberg\n\
                Aanwezig: S. Schelberg, J. Coe\u{308}rs, J. Co\u{eb}rs, P. Pie\u{200b}tersen, \u{200f}K. Kok, K. Kok\n\
                Afwezig: P. Pietersen\n\n1. Opening\nDe voorzitter opent.\n";
    let findings = lint(text);
    let rules: Vec<(&str, String)> = findings
        .iter()
        .map(|f| (f.rule, f.text(notulint::Lang::En)))
        .collect();
    assert!(
        rules.contains(&(
            "attendance/duplicate-person",
            "J. Coërs is listed twice on the present list".to_string()
        )),
        "{rules:?}"
    );
    assert!(
        rules.contains(&(
            "attendance/duplicate-person",
            "K. Kok is listed twice on the present list".to_string()
        )),
        "{rules:?}"
    );
    assert!(
        rules
            .iter()
            .any(|(r, m)| *r == "attendance/present-and-absent" && m.contains("Pietersen")),
        "{rules:?}"
    );
}

#[test]
fn an_invisible_character_in_a_name_is_a_hint_once_an_occurrence() {
    // The NFD spelling (a combining diaeresis) is no invisible character; the chair's field
    // is no attendance list.
    let text = "Datum: 9 juli 2018\nVoorzitter: S. Schel\u{200B}berg\n\
                Aanwezig: S. Schelberg, J. Coe\u{308}rs, J. Co\u{eb}rs, P. Pie\u{200b}tersen, \u{200f}K. Kok, K. Kok\n\
                Afwezig: P. Pie\u{200b}tersen, A. Bak\u{202e}ker\u{202c}\n\n1. Opening\nDe voorzitter opent.\n";
    let hints: Vec<(&str, notulint::Severity)> = lint(text)
        .iter()
        .filter(|f| f.text(notulint::Lang::En).contains("invisible character"))
        .map(|f| {
            assert_eq!(f.rule, "attendance/near-duplicate-person");
            (&text[f.span.range()], f.severity)
        })
        .collect();
    let info = notulint::Severity::Info;
    assert_eq!(
        hints,
        [
            ("P. Pie\u{200b}tersen", info),
            ("\u{200f}K. Kok", info),
            ("P. Pie\u{200b}tersen", info),
            ("A. Bak\u{202e}ker\u{202c}", info),
        ]
    );
}

/// Whether output carries a character that acts on a terminal or hides text.
fn hostile_char(c: char) -> bool {
    (c < ' ' && c != '\t' && c != '\n')
        || ('\u{7f}'..='\u{9f}').contains(&c)
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}'..='\u{200f}' | '\u{61c}' | '\u{feff}' | '\u{2060}')
}

#[cfg(unix)]
#[test]
fn no_control_character_or_file_name_newline_reaches_text_output() {
    let dir = tempfile::tempdir().unwrap();
    let doc = "Datum: 9 juli 2018\nVoorzitter: S. Schelberg\n\
               Aanwezig: S. Schelberg, K. K\u{1b}[2Jok, K. K\u{1b}[2Jok, A. B\u{7}om, A. B\u{7}om, J. \u{202e}Jansen\u{202c}, J. \u{202e}Jansen\u{202c}, P. P\u{8}iet, P. P\u{8}iet\n\
               Afwezig: Z. Zw\u{200b}art\n\n1. Opening\nDhr. \u{1b}]0;pwned\u{7}Kok geeft aan dat \u{202e}Ondernijning\u{202c} nodig is.\n\
               Dhr. Kok\u{1b}[31m zegt iets over On\u{200b}dernijning.\r\n";
    let name = "x.txt\n::error file=a::injected\u{1b}[2J.txt";
    std::fs::write(dir.path().join(name), doc).unwrap();
    for format in ["concise", "github", "human"] {
        let out = run_in(
            dir.path(),
            &["check", "--no-config", "--format", format, "."],
        );
        assert_no_panic(&out, format);
        assert_eq!(out.status.code(), Some(1), "{format}");
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let text = String::from_utf8_lossy(bytes);
            assert!(
                !text.is_empty() || stream == "stderr",
                "{format}: no output"
            );
            if let Some(c) = text.chars().find(|&c| hostile_char(c)) {
                panic!("{format} {stream} carries U+{:04X}:\n{text}", u32::from(c));
            }
            assert!(
                !text.lines().any(|l| l.starts_with("::error file=a")),
                "{format} {stream}: the file name started a line:\n{text}"
            );
        }
    }
}

#[cfg(unix)]
#[test]
fn links_out_of_the_folder_are_not_followed() {
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.txt");
    std::fs::write(&secret, "GEHEIM Ondernijning\n").unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(&secret, dir.path().join("x.txt")).unwrap();
    // A link to a file inside the folder (one the globs do not select by itself).
    std::fs::write(dir.path().join("own.dat"), "Ondernijning\n").unwrap();
    std::os::unix::fs::symlink(dir.path().join("own.dat"), dir.path().join("y.txt")).unwrap();
    let out = run_in(
        dir.path(),
        &["check", "--no-config", "--format", "concise", "."],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stdout.contains("x.txt"), "{stdout}");
    assert!(
        stdout.contains("y.txt"),
        "a link inside the folder is checked: {stdout}"
    );
    assert!(
        stderr.contains("x.txt") && stderr.contains("--follow-links"),
        "{stderr}"
    );
    let followed = run_in(
        dir.path(),
        &[
            "check",
            "--no-config",
            "--format",
            "concise",
            "--follow-links",
            ".",
        ],
    );
    assert!(String::from_utf8_lossy(&followed.stdout).contains("x.txt"));
}

/// A file is checked once however often it is named: twice, as `./a.txt`, inside a folder
/// given too, or through a link beside it in the same folder.
#[cfg(unix)]
#[test]
fn a_file_named_twice_is_checked_once() {
    let dir = tempfile::tempdir().unwrap();
    let doc = "Aanwezig: B. de Vries, B. de Vries\n\n1. Opening\n";
    std::fs::create_dir(dir.path().join("map")).unwrap();
    std::fs::write(dir.path().join("map/a.txt"), doc).unwrap();
    let twice = |args: &[&str]| {
        let mut all = vec!["check", "--no-config", "--format", "concise"];
        all.extend_from_slice(args);
        let out = run_in(dir.path(), &all);
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| l.contains("duplicate-person"))
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    assert_eq!(twice(&["map/a.txt"]).len(), 1);
    assert_eq!(twice(&["map/a.txt", "map/a.txt", "./map/a.txt"]).len(), 1);
    assert_eq!(twice(&["map", "map/a.txt"]).len(), 1);
    assert_eq!(twice(&["map"]).len(), 1);
    // A link in the folder to a file in the folder: the file is checked where it comes
    // first in the walk (`a.txt` before `b.txt`).
    std::os::unix::fs::symlink(dir.path().join("map/a.txt"), dir.path().join("map/b.txt")).unwrap();
    let found = twice(&["map"]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("map/a.txt"), "{found:?}");
}

#[cfg(unix)]
#[test]
fn init_does_not_write_through_a_link() {
    let outside = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let target = outside.path().join("elsewhere.toml");
    std::os::unix::fs::symlink(&target, dir.path().join("notulint.toml")).unwrap();
    for args in [&["init"][..], &["init", "--force"]] {
        let out = run_in(dir.path(), args);
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("link"));
        assert!(!target.exists(), "init wrote through the link");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_is_exit_2_with_a_message() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Ondernijning\n").unwrap();
    for args in [
        &["check", "--no-config", "--format", "concise", "a.txt"][..],
        &["rules"],
        &["explain", "text/term-spelling"],
    ] {
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("notulint"))
            .current_dir(dir.path())
            .args(args)
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("cannot write to standard output"),
            "{stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_ends_quietly() {
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let many: String = (0..5000).map(|i| format!("Ondernijning {i}\n")).collect();
    std::fs::write(dir.path().join("a.txt"), many).unwrap();
    for args in [
        &["check", "--no-config", "--format", "concise", "a.txt"][..],
        &["rules"],
        &["explain", "text/term-spelling"],
    ] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("notulint"))
            .current_dir(dir.path())
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end at once, as `| head -0` does.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.contains("cannot write"), "{args:?}: {stderr}");
        assert!(
            matches!(out.status.code(), Some(0 | 2)),
            "{args:?}: {:?}",
            out.status
        );
    }
}

#[test]
fn small_items_of_issue_12() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Ondernijning\n").unwrap();
    // A path given twice is checked once.
    let once = run_in(dir.path(), &["check", "--no-config", "a.txt"]);
    let out = run_in(
        dir.path(),
        &["check", "--no-config", "a.txt", "./a.txt", "a.txt"],
    );
    assert_eq!(out.stdout, once.stdout);
    // --jobs is capped with a note.
    let out = run_in(
        dir.path(),
        &["check", "--no-config", "-j", "100000", "a.txt"],
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("--jobs 100000"));
    // SARIF says how columns count.
    let out = run_in(
        dir.path(),
        &["check", "--no-config", "--format", "sarif", "a.txt"],
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"columnKind\": \"unicodeCodePoints\""));
    // A bad include glob is a configuration error even when only files are given.
    std::fs::write(dir.path().join("bad.toml"), "include = [\"a/**[\"]\n").unwrap();
    let out = run_in(dir.path(), &["check", "--config", "bad.toml", "a.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad glob"));
    // A configuration that cannot be read is named.
    let out = run_in(dir.path(), &["check", "--config", "missing.toml", "a.txt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("missing.toml"));
    // A NUL after the first 8 KiB does not reach concise output raw.
    let mut doc = "x\n".repeat(5000);
    doc.push_str("Datum: 9 juli 2018\nAanwezig: K. K\u{0}ok, K. K\u{0}ok\n");
    std::fs::write(dir.path().join("nul.txt"), doc).unwrap();
    let out = run_in(dir.path(), &["check", "--no-config", "nul.txt"]);
    assert!(
        !out.stdout.contains(&0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}
