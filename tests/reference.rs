//! The bundled reference document against its labels: every labelled finding is reported
//! on one of its lines, and nothing scored is reported that no label or allowance covers.

use notulint::{check, Config, Severity, Source};
use serde_json::Value;

#[test]
fn reference_document_yields_exactly_its_labelled_findings() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/");
    let text = std::fs::read_to_string(format!("{dir}dvo-twente-2018-07-09.txt"))
        .expect("reference document");
    let labels: Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}labels.json")).expect("labels"),
    )
    .expect("labels are JSON");
    let doc = &labels["documents"]["dvo-twente-2018-07-09.txt"];
    let source = Source::new("dvo-twente-2018-07-09.txt", text);
    let implemented: Vec<&str> = notulint::rules::all().iter().map(|r| r.name()).collect();
    let findings: Vec<(String, usize)> = check(&source, &Config::default())
        .into_iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| (f.rule.to_string(), source.line_col(f.span.start()).line))
        .collect();
    let entries = |key: &str| -> Vec<(String, Vec<usize>)> {
        doc[key]
            .as_array()
            .into_iter()
            .flatten()
            .map(|l| {
                let lines = l["lines"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_u64)
                    .map(|n| n as usize);
                (
                    l["rule"].as_str().unwrap_or_default().to_string(),
                    lines.collect(),
                )
            })
            .filter(|(r, _)| implemented.contains(&r.as_str()))
            .collect()
    };
    let wanted = entries("labels");
    let allowed = entries("allow");
    for (rule, lines) in &wanted {
        assert!(
            findings.iter().any(|(r, l)| r == rule && lines.contains(l)),
            "missing {rule} on lines {lines:?}; got {findings:?}"
        );
    }
    for (rule, line) in &findings {
        let covered = wanted
            .iter()
            .chain(allowed.iter())
            .any(|(r, ls)| r == rule && ls.contains(line));
        assert!(covered, "unexpected {rule} on line {line}");
    }
    // Each label is satisfied by a distinct finding.
    for (rule, _) in &wanted {
        let labels = wanted.iter().filter(|(r, _)| r == rule).count();
        let found = findings.iter().filter(|(r, _)| r == rule).count();
        assert!(
            found >= labels,
            "{rule}: {found} findings for {labels} labels"
        );
    }
}
