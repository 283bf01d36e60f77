//! Runs every rule fixture in `fixtures/rules/<group>/<name>.txt` with only that rule on,
//! and snapshots the concise lines followed by the colourless graphical report.

use notulint::report::{concise, human, FileReport};
use notulint::{check_with, rules, Config, Source};
use std::path::{Path, PathBuf};

fn fixtures() -> Vec<PathBuf> {
    let mut out = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/rules");
    for group in std::fs::read_dir(&root).expect("fixtures/rules exists") {
        let group = group.expect("readable entry").path();
        for f in std::fs::read_dir(&group).expect("readable group") {
            let f = f.expect("readable entry").path();
            if f.extension().is_some_and(|e| e == "txt") {
                out.push(f);
            }
        }
    }
    out.sort();
    out
}

fn rule_name(path: &Path) -> String {
    let group = path
        .parent()
        .and_then(|p| p.file_name())
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    let name = path
        .file_stem()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    format!("{group}/{name}")
}

fn config_for(path: &Path) -> Config {
    let toml = path.with_extension("toml");
    if toml.exists() {
        Config::load(&toml).expect("fixture configuration is valid")
    } else {
        Config::default()
    }
}

#[test]
fn every_rule_fixture_matches_its_snapshot() {
    let handler = human::handler(false);
    for path in fixtures() {
        let name = rule_name(&path);
        let rule =
            rules::by_name(&name).unwrap_or_else(|| panic!("{} names no rule", path.display()));
        let text = std::fs::read_to_string(&path).expect("fixture is UTF-8");
        let shown = format!("fixtures/rules/{name}.txt");
        let source = Source::new(&shown, text);
        let mut config = config_for(&path);
        // The fixture's rule runs even where configuration would turn it off.
        config.levels.clear();
        let findings = check_with(&source, &config, &[rule]);
        let rendered = human::render_file(&handler, &shown, &source, &findings, notulint::Lang::En);
        let report = FileReport::checked(shown.clone(), &source, findings);
        let mut out = concise::render(std::slice::from_ref(&report), notulint::Lang::En);
        out.push_str("\n----\n\n");
        out.push_str(&rendered);
        insta::assert_snapshot!(name.replace('/', "__"), out);
    }
}

#[test]
fn every_rule_has_a_fixture_a_catalogue_name_and_documentation() {
    const CATALOGUE: &[&str] = &[
        "attendance/present-and-absent",
        "attendance/duplicate-person",
        "attendance/near-duplicate-person",
        "attendance/empty-entry",
        "attendance/officer-not-present",
        "attendance/absentee-speaks",
        "speakers/undefined-speaker",
        "speakers/ambiguous-speaker",
        "decisions/missing-decision",
        "structure/missing-field",
        "structure/invalid-date",
        "structure/invalid-time",
        "structure/numbering",
        "structure/broken-paragraph",
        "structure/malformed-item",
        "structure/unrecognized-line",
        "text/term-spelling",
        "privacy/special-category-data",
        "publication/draft-marker",
    ];
    let all = rules::all();
    let names: Vec<&str> = all.iter().map(|r| r.name()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(
        names, sorted,
        "the rule list is sorted and has no duplicates"
    );
    let have: Vec<String> = fixtures().iter().map(|p| rule_name(p)).collect();
    for r in all {
        assert!(
            CATALOGUE.contains(&r.name()),
            "{} is not a rule name of the catalogue",
            r.name()
        );
        assert!(
            have.contains(&r.name().to_string()),
            "{} has no fixture",
            r.name()
        );
        for heading in [
            "## What it finds",
            "## Why it matters",
            "## Example",
            "## How to fix",
        ] {
            assert!(
                r.doc().contains(heading),
                "{} doc lacks {heading}",
                r.name()
            );
        }
    }
}
