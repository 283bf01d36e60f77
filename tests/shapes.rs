//! One invented document for each shape of real minutes (`fixtures/shapes/`): what notulint
//! understood of it (`notulint outline`) and what it reports, snapshotted together, so a
//! change in how a shape is read shows as a reviewed diff. The bundled example is outlined too.

use notulint::report::{concise, FileReport};
use notulint::{check, outline, Config, Source};
use std::path::{Path, PathBuf};

fn shapes() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/shapes");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("fixtures/shapes exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.is_file())
        .collect();
    out.sort();
    out
}

fn outline_and_findings(path: &Path, shown: &str) -> String {
    let bytes = std::fs::read(path).expect("fixture is readable");
    let source = Source::from_bytes(shown, bytes).expect("fixture decodes");
    let config = Config::default();
    let mut out = outline(&source, &config);
    out.push_str("----\n");
    let findings = check(&source, &config);
    let report = FileReport::checked(shown.to_string(), &source, findings);
    out.push_str(&concise::render(
        std::slice::from_ref(&report),
        notulint::Lang::En,
    ));
    out
}

#[test]
fn every_shape_is_understood_as_its_snapshot_says() {
    let all = shapes();
    assert!(all.len() >= 9, "one fixture per shape of SHAPES.md");
    for path in all {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let shown = format!("fixtures/shapes/{name}");
        insta::assert_snapshot!(
            format!("shape__{}", name.replace('.', "_")),
            outline_and_findings(&path, &shown)
        );
    }
}

#[test]
fn the_bundled_example_is_outlined() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/dvo-twente-2018-07-09.txt");
    insta::assert_snapshot!(
        "outline__bundled_example",
        outline_and_findings(&path, "fixtures/dvo-twente-2018-07-09.txt")
    );
}

/// The shapes the fixtures stand for are really read: the things a secretary would check first.
#[test]
fn shapes_yield_their_facts() {
    let get = |name: &str| {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/shapes")
            .join(name);
        outline_and_findings(&path, name)
    };
    let md = get("markdown-working-group.md");
    assert!(md.contains("date: 14 maart 2024"), "{md}");
    assert!(md.contains("agenda list: 4 entries"), "{md}");
    // Another spelling of a listed given name is a hint, not an undefined speaker.
    assert!(
        md.contains("info[speakers/undefined-speaker] Annemieke is probably Annemiek Veldhoen"),
        "{md}"
    );
    assert!(
        !md.contains("structure/numbering"),
        "lazy Markdown numbering: {md}"
    );
    let sentence = get("sentence-attendance.txt");
    assert!(
        sentence.contains("absent (line 3): 1 named: Jelle Dijkman"),
        "{sentence}"
    );
    assert!(sentence.contains("Marion speaks"), "{sentence}");
    let flat = get("flattened-header.txt");
    assert!(
        flat.contains("L. Mulder"),
        "a name wrapped over two lines: {flat}"
    );
    let two = get("two-column-header.txt");
    assert!(
        two.contains("absent with notice (line 5): 1 named: Lotte Jansen"),
        "{two}"
    );
    let counted = get("counted-attendance.txt");
    assert!(
        counted.contains("info[speakers/undefined-speaker] attendance is only counted"),
        "{counted}"
    );
    assert!(!counted.contains("error["), "{counted}");
    let word = get("word-export.txt");
    assert!(word.contains("next meeting: line 29"), "{word}");
    assert!(
        !word.contains("officer-not-present"),
        "the next meeting's chair: {word}"
    );
    let cp = get("windows-1252.txt");
    assert!(cp.contains("René Hoogendoorn"), "{cp}");
    assert!(cp.contains("info[notulint/encoding]"), "{cp}");
}
