//! `junit`: JUnit XML as CI servers read it (the Jenkins/Surefire schema, junit-10.xsd):
//! one test suite per file, one failing test case per finding, an `error` for a file that
//! could not be read, and one passing test case for a clean file.

use super::visible::visible;
use super::{FileReport, Outcome, Placed};
use crate::messages::Lang;
use std::fmt::Write;

/// Escapes text for an XML attribute or element, after making control characters visible
/// (XML 1.0 cannot carry most of them at all).
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in visible(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if (c as u32) < 0x20 || matches!(c, '\u{FFFE}' | '\u{FFFF}') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Renders the run as one `<testsuites>` document.
pub fn render(reports: &[FileReport], lang: Lang) -> String {
    let mut suites = String::new();
    let (mut tests, mut failures, mut errors) = (0, 0, 0);
    for r in reports {
        let path = esc(&r.path);
        match &r.outcome {
            Outcome::Checked(placed) => {
                let n = placed.len();
                let _ = writeln!(
                    suites,
                    "  <testsuite name=\"{path}\" tests=\"{}\" failures=\"{n}\" errors=\"0\" skipped=\"0\" file=\"{path}\">",
                    n.max(1)
                );
                if placed.is_empty() {
                    let _ = writeln!(
                        suites,
                        "    <testcase name=\"notulint\" classname=\"{path}\"/>"
                    );
                }
                for Placed {
                    finding: f, at: p, ..
                } in placed
                {
                    let message = f.text(lang);
                    let mut body = format!(
                        "{}:{}:{}: {}[{}] {message}",
                        r.path, p.line, p.column, f.severity, f.rule
                    );
                    if let Some(h) = f.help_text(lang) {
                        body.push_str(&format!("\n{}: {h}", lang.text("report.help")));
                    }
                    let _ = writeln!(
                        suites,
                        "    <testcase name=\"{} at {}:{}\" classname=\"{path}\">\n      <failure type=\"{}\" message=\"{}: {}\">{}</failure>\n    </testcase>",
                        f.rule,
                        p.line,
                        p.column,
                        f.rule,
                        f.severity,
                        esc(&message),
                        esc(&body)
                    );
                }
                tests += n.max(1);
                failures += n;
            }
            Outcome::Failed(msg) => {
                let _ = writeln!(
                    suites,
                    "  <testsuite name=\"{path}\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\" file=\"{path}\">\n    <testcase name=\"read\" classname=\"{path}\">\n      <error type=\"io\" message=\"{}\"/>\n    </testcase>",
                    esc(&msg.render(lang))
                );
                tests += 1;
                errors += 1;
            }
        }
        suites.push_str("  </testsuite>\n");
    }
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"notulint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"{errors}\">\n{suites}</testsuites>\n"
    )
}
