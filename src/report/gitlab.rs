//! `gitlab`: a GitLab Code Quality report, the subset of the Code Climate issue format that
//! GitLab reads: one issue per finding, with a fingerprint that does not change when lines
//! move (the baseline's, plus the occurrence number within the file).

use super::{FileReport, Outcome, Placed};
use crate::finding::Severity;
use crate::messages::Lang;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::Path;

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Info => "info",
    }
}

/// Renders the findings as a JSON array of issues; paths are relative to the repository.
pub fn render(reports: &[FileReport], root: Option<&Path>, lang: Lang) -> String {
    let mut issues: Vec<Value> = Vec::new();
    for r in reports {
        let path = crate::paths::for_report(&r.path, root);
        let mut seen: HashMap<String, usize> = HashMap::new();
        match &r.outcome {
            Outcome::Checked(placed) => {
                for Placed {
                    finding: f,
                    at: p,
                    context,
                    ..
                } in placed
                {
                    let base =
                        crate::baseline::fingerprint(f.rule, &path, f.subject.as_deref(), context);
                    let n = seen.entry(base.clone()).or_default();
                    *n += 1;
                    let fingerprint = if *n == 1 { base } else { format!("{base}-{n}") };
                    let category = if f.rule.starts_with("privacy/") {
                        "Security"
                    } else if f.rule.starts_with("notulint/") {
                        "Clarity"
                    } else {
                        "Bug Risk"
                    };
                    let mut issue = json!({
                        "type": "issue",
                        "check_name": f.rule,
                        "description": f.text(lang),
                        "categories": [category],
                        "severity": severity(f.severity),
                        "fingerprint": fingerprint,
                        "location": {
                            "path": path,
                            "lines": {"begin": p.line, "end": p.end_line},
                        },
                    });
                    if let Some(h) = f.help_text(lang) {
                        issue["content"] = json!({"body": h});
                    }
                    issues.push(issue);
                }
            }
            Outcome::Failed(msg) => issues.push(json!({
                "type": "issue",
                "check_name": "notulint/unreadable-file",
                "description": format!("{}: {}", r.path, msg.render(lang)),
                "categories": ["Bug Risk"],
                "severity": "critical",
                "fingerprint": crate::baseline::fingerprint("notulint/unreadable-file", &path, None, ""),
                "location": {"path": path, "lines": {"begin": 1}},
            })),
        }
    }
    let mut s = serde_json::to_string_pretty(&issues).unwrap_or_else(|_| "[]".into());
    s.push('\n');
    s
}
