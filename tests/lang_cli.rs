//! The command line's own messages in the report's language: unknown rules, `init`,
//! `--fix` and `--diff`, `baseline`, `notulint config`, the SARIF rule descriptions and the
//! JUnit help label, `--help` and the errors of a command line that does not parse are Dutch
//! under `--lang nl` and English under `--lang en`.

#[path = "support/cli.rs"]
mod support;
use std::fs;
use support::{assert_has_all, output};

/// Minutes with one finding `--fix` repairs (a space before a full stop) and one it does
/// not (a name listed twice).
const MINUTES: &str = "Notulen\n\nDatum: 9 juli 2018\nVoorzitter: A. Jansen\nAanwezig: A. Jansen, B. de Vries, B. de Vries\n\n1. Opening\nDe voorzitter opent de vergadering .\n";

/// Runs `notulint --lang LANG ARGS…` in a folder: exit code, stdout, stderr.
fn run(dir: &tempfile::TempDir, lang: &str, args: &[&str]) -> (Option<i32>, String, String) {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    output(dir.path(), &all)
}

fn folder() -> tempfile::TempDir {
    let d = tempfile::tempdir().expect("temp dir");
    fs::write(d.path().join("a.txt"), MINUTES).expect("write");
    d
}

#[test]
fn an_unknown_rule_is_named_in_the_language() {
    let d = folder();
    let (code, _, err) = run(&d, "nl", &["explain", "structure/missing-fiel"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        "notulint: onbekende regel `structure/missing-fiel` (bedoelt u `structure/missing-field`?); `notulint rules` toont alle regels\n"
    );
    let (_, _, err) = run(&d, "en", &["explain", "zzz"]);
    assert_eq!(
        err,
        "notulint: unknown rule `zzz`; `notulint rules` lists them\n"
    );
    let (code, _, err) = run(&d, "nl", &["check", "--ignore", "nope", "a.txt"]);
    assert_eq!(code, Some(2));
    assert_eq!(err, "notulint: --ignore: onbekende regel of groep `nope`\n");
}

#[test]
fn fix_and_diff_count_in_the_language() {
    let d = folder();
    let (_, _, err) = run(&d, "nl", &["check", "--diff", "a.txt"]);
    assert!(
        err.contains("notulint: zou 1 melding verbeteren in 1 bestand\n"),
        "{err}"
    );
    let (_, _, err) = run(&d, "en", &["check", "--diff", "a.txt"]);
    assert!(
        err.contains("notulint: would fix 1 finding in 1 file\n"),
        "{err}"
    );
    let (_, _, err) = run(
        &d,
        "nl",
        &["check", "--fix", "--format", "concise", "a.txt"],
    );
    assert!(
        err.starts_with("1 melding verbeterd in 1 bestand.\n"),
        "{err}"
    );
    fs::write(d.path().join("a.txt"), MINUTES).expect("write");
    let (_, _, err) = run(
        &d,
        "en",
        &["check", "--fix", "--format", "concise", "a.txt"],
    );
    assert!(err.starts_with("Fixed 1 finding in 1 file.\n"), "{err}");
}

#[test]
fn init_speaks_the_language() {
    let d = folder();
    let (code, _, err) = run(&d, "nl", &["init"]);
    assert_eq!(
        (code, err.as_str()),
        (Some(0), "notulint: notulint.toml aangemaakt\n")
    );
    let (code, _, err) = run(&d, "nl", &["init"]);
    assert_eq!(
        (code, err.as_str()),
        (
            Some(2),
            "notulint: notulint.toml bestaat al; gebruik --force om het te vervangen\n"
        )
    );
    let (_, _, err) = run(&d, "en", &["init"]);
    assert_eq!(
        err,
        "notulint: notulint.toml already exists; use --force to overwrite it\n"
    );
}

#[test]
fn baseline_messages_speak_the_language() {
    let d = folder();
    let (code, _, err) = run(&d, "nl", &["baseline", "a.txt"]);
    assert_eq!(code, Some(0));
    assert!(
        err.starts_with(
            "notulint: notulint-baseline.json opgeslagen met 1 melding (1 regel) uit 1 bestand in "
        ),
        "{err}"
    );
    let (_, _, err) = run(&d, "en", &["baseline", "a.txt"]);
    assert!(
        err.starts_with(
            "notulint: wrote notulint-baseline.json with 1 finding (1 entry) from 1 file in "
        ),
        "{err}"
    );
    let (code, _, err) = run(&d, "nl", &["check", "--baseline", "weg.json", "a.txt"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        "notulint: kan de basislijn weg.json niet lezen: het bestand bestaat niet\n"
    );
    fs::write(d.path().join("kapot.json"), "{").expect("write");
    let (_, _, err) = run(&d, "nl", &["check", "--baseline", "kapot.json", "a.txt"]);
    assert_eq!(err, "notulint: kapot.json is geen basislijn van notulint\n");
    let (_, _, err) = run(&d, "en", &["check", "--baseline", "kapot.json", "a.txt"]);
    assert!(
        err.starts_with("notulint: kapot.json is not a notulint baseline: EOF"),
        "{err}"
    );
}

#[test]
fn config_shows_the_settings_in_the_language() {
    let d = folder();
    fs::create_dir(d.path().join("oud")).expect("mkdir");
    fs::write(d.path().join("oud/b.txt"), MINUTES).expect("write");
    fs::write(
        d.path().join("notulint.toml"),
        "exclude = [\"oud\"]\n[rules]\n\"structure\" = \"warning\"\n",
    )
    .expect("write");
    let (code, out, _) = run(&d, "nl", &["config", "--no-config", "a.txt"]);
    assert_eq!(code, Some(0));
    assert_has_all(
        &out,
        &[
            "  instellingen:     geen (standaardwaarden)\n",
            "  gecontroleerd:    ja\n",
            "  public           = uit elke titel gelezen                   # standaard\n",
            "  roster           = 0 leden                                  # standaard\n",
            "  glossary         = 0 termen van het project                 # standaard\n",
            "  attendance/duplicate-person      = error   # standaard\n",
        ],
    );
    let (_, out, _) = run(&d, "nl", &["config", "--select", "structure", "a.txt"]);
    assert!(
        out.contains("  attendance/duplicate-person      = off     # niet in --select\n"),
        "{out}"
    );
    assert!(
        out.contains("  structure/numbering              = warning # --select\n"),
        "{out}"
    );
    let (_, out, err) = run(&d, "nl", &["check", "oud/b.txt"]);
    assert!(out.is_empty(), "{out}");
    assert!(
        err.starts_with("notulint: oud/b.txt: niet gecontroleerd: exclude \"oud\" ("),
        "{err}"
    );
    assert!(
        err.contains(") past op oud (--no-force-exclude controleert het toch)\n"),
        "{err}"
    );
    let (_, out, _) = run(&d, "en", &["config", "oud/b.txt"]);
    assert!(
        out.contains("  checked:       no: exclude \"oud\" ("),
        "{out}"
    );
    assert!(
        out.contains(
            ") matches oud (--no-force-exclude checks a file named on the command line anyway)\n"
        ),
        "{out}"
    );
    let (_, out, _) = run(&d, "nl", &["config", "a.txt", "oud/b.txt"]);
    for english in ["configuration", "default", "members", "checked"] {
        assert!(!out.contains(english), "English {english:?} left in\n{out}");
    }
}

#[test]
fn sarif_describes_the_rules_in_the_language() {
    let d = folder();
    let (_, out, _) = run(&d, "nl", &["check", "--format", "sarif", "a.txt"]);
    assert!(out.contains("Wat het vindt"), "no Dutch rule help in SARIF");
    assert!(
        out.contains("Een [[ignore]]-regel in notulint.toml heeft niets onderdrukt."),
        "{out}"
    );
    let (_, out, _) = run(&d, "en", &["check", "--format", "sarif", "a.txt"]);
    assert!(out.contains("An [[ignore]] entry of notulint.toml silenced nothing."));
}

#[test]
fn junit_labels_the_help_in_the_language() {
    let d = folder();
    let (_, nl, _) = run(
        &d,
        "nl",
        &["check", "--no-config", "--format", "junit", "a.txt"],
    );
    assert!(nl.contains("&#10;hulp: schrap de tweede"), "{nl}");
    assert!(!nl.contains("help:"), "{nl}");
    let (_, en, _) = run(
        &d,
        "en",
        &["check", "--no-config", "--format", "junit", "a.txt"],
    );
    assert!(en.contains("&#10;help: remove the second"), "{en}");
}

#[test]
fn help_speaks_the_language() {
    let d = folder();
    let (code, nl, _) = run(&d, "nl", &["check", "--help"]);
    assert_eq!(code, Some(0));
    assert_has_all(
        &nl,
        &[
            "Gebruik: notulint check [OPTIES] [PADEN]...",
            "Opties:",
            "--format <VORM>",
            "Vorm van het verslag: human",
            "-h, --help",
            "Toon de hulp",
        ],
    );
    for english in [
        "Usage",
        "Options",
        "Print help",
        "possible values",
        "default:",
    ] {
        assert!(!nl.contains(english), "{english} in {nl}");
    }
    let (code, en, _) = run(&d, "en", &["check", "--help"]);
    assert_eq!(code, Some(0));
    assert_has_all(
        &en,
        &[
            "Usage: notulint check [OPTIONS] [PATHS]...",
            "Options:",
            "--format <FORMAT>",
            "Print help",
        ],
    );
    let (_, nl, _) = run(&d, "nl", &["--help"]);
    assert_has_all(
        &nl,
        &[
            "Opdrachten:",
            "Toon de hulp bij notulint of bij een van de opdrachten",
        ],
    );
}

#[test]
fn command_line_errors_speak_the_language() {
    let d = folder();
    let (code, _, err) = run(&d, "nl", &["check", "--formt", "a.txt"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        "notulint: onbekende optie `--formt` (bedoelt u `--format`?)\n`notulint check --help` toont de opties\n"
    );
    let (code, _, err) = run(&d, "en", &["check", "--formt", "a.txt"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        err,
        "notulint: unknown option `--formt` (did you mean `--format`?)\n`notulint check --help` lists the options\n"
    );
    let (code, _, err) = run(&d, "nl", &["check", "--format", "xml", "a.txt"]);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with(
            "notulint: `xml` is geen geldige waarde voor --format <VORM>; kies uit human, concise,"
        ),
        "{err}"
    );
    // What the user typed is shown with its control characters made visible.
    let (code, _, err) = run(&d, "nl", &["check", "--format", "x\u{1b}[31my", "a.txt"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("`x\\u{1B}[31my`") && !err.contains('\u{1b}'),
        "{err}"
    );
    let (code, _, err) = run(&d, "nl", &["chek"]);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with("notulint: onbekende opdracht `chek` (bedoelt u `check`?)"),
        "{err}"
    );
    let (code, _, err) = run(&d, "nl", &[]);
    assert_eq!(code, Some(2));
    assert!(
        err.starts_with("notulint: geef een opdracht: check, baseline,"),
        "{err}"
    );
}
