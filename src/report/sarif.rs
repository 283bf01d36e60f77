//! `sarif`: SARIF 2.1.0 for code scanning, with rule metadata from the rule docs.

use super::{FileReport, Outcome, Placed, Position};
use crate::finding::Severity;
use crate::messages::{Lang, Message};
use crate::rules;
use serde_json::{json, Value};

/// Renders a SARIF 2.1.0 log with one run.
pub fn render(reports: &[FileReport], lang: Lang) -> String {
    let mut rule_ids: Vec<&str> = rules::all().iter().map(|r| r.name()).collect();
    let mut rules_meta: Vec<Value> = rules::all()
        .iter()
        .map(|r| {
            json!({
                "id": r.name(),
                "name": r.name(),
                "shortDescription": {"text": r.summary_in(lang)},
                "fullDescription": {"text": r.summary_in(lang)},
                "help": {"text": r.doc_in(lang), "markdown": r.doc_in(lang)},
                "defaultConfiguration": {"level": level(r.default_severity())},
            })
        })
        .collect();
    // notulint's notes about its own files (an unused [[ignore]], a stale baseline entry).
    for (id, text) in [
        (
            crate::suppress::UNUSED_IGNORE,
            Message::new("sarif.unused-ignore"),
        ),
        (
            crate::baseline::STALE_ENTRY,
            Message::new("sarif.stale-entry"),
        ),
        (
            crate::input::decode::ENCODING_NOTE,
            Message::new("sarif.encoding-note"),
        ),
    ] {
        rule_ids.push(id);
        rules_meta.push(json!({
            "id": id,
            "name": id,
            "shortDescription": {"text": text.render(lang)},
            "defaultConfiguration": {"level": "note"},
        }));
    }
    let mut results = Vec::new();
    let mut notifications = Vec::new();
    for r in reports {
        match &r.outcome {
            Outcome::Checked(placed) => {
                for Placed {
                    finding: f,
                    at: p,
                    related: positions,
                    ..
                } in placed
                {
                    let mut text = f.text(lang);
                    if let Some(h) = f.help_text(lang) {
                        text.push_str(&format!(" ({h})"));
                    }
                    let arguments: Vec<String> =
                        f.message.args.iter().map(|(_, a)| a.render(lang)).collect();
                    let related: Vec<Value> = f
                        .related
                        .iter()
                        .zip(positions)
                        .enumerate()
                        .map(|(i, (l, q))| {
                            json!({
                                "id": i,
                                "message": {"text": l.message.render(lang), "id": l.message.id},
                                "physicalLocation": physical(&r.path, *q),
                            })
                        })
                        .collect();
                    results.push(json!({
                        "ruleId": f.rule,
                        "ruleIndex": rule_ids.iter().position(|n| *n == f.rule).unwrap_or(0),
                        "level": level(f.severity),
                        "message": {"text": text, "id": f.message.id, "arguments": arguments},
                        "locations": [{"physicalLocation": physical(&r.path, *p)}],
                        "relatedLocations": related,
                        "properties": {
                            "subject": f.subject,
                            "arguments": crate::messages::ArgsData(&f.message.args),
                            "helpId": f.help.as_ref().map(|h| h.id),
                        },
                    }));
                }
            }
            Outcome::Failed(msg) => notifications.push(json!({
                "level": "error",
                "message": {"text": format!("{}: {}", r.path, msg.render(lang)), "id": msg.id},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(&r.path)}}}],
            })),
        }
    }
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "notulint",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rules_meta,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
            "invocations": [{
                "executionSuccessful": notifications.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
        }],
    });
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a relative URI reference: `/` separators, every byte but the unreserved
/// characters and `/` percent-encoded (RFC 3986), so that spaces, `%`, `#`, `?`, `:` and
/// control characters survive a round trip.
fn uri(path: &str) -> String {
    let p = path.replace('\\', "/");
    let p = p.strip_prefix("./").unwrap_or(&p);
    let mut out = String::with_capacity(p.len());
    for b in p.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn physical(path: &str, p: Position) -> Value {
    json!({
        "artifactLocation": {"uri": uri(path)},
        "region": {
            "startLine": p.line,
            "startColumn": p.column,
            "endLine": p.end_line,
            "endColumn": p.end_column,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri("./notulen 2018/a b.txt"), "notulen%202018/a%20b.txt");
        assert_eq!(uri("x%#?:é.txt"), "x%25%23%3F%3A%C3%A9.txt");
        assert_eq!(uri("a\nb.txt"), "a%0Ab.txt");
        assert_eq!(uri("dir\\f.txt"), "dir/f.txt");
    }
}
