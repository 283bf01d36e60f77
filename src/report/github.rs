//! `github`: GitHub Actions workflow commands (`::error file=…,line=…::message`).

use super::visible::visible;
use super::{FileReport, Outcome, Placed};
use crate::finding::Severity;
use crate::messages::Lang;

/// Escapes a property value as the workflow command syntax requires, after making control
/// characters visible.
fn prop(s: &str) -> String {
    visible(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
        .replace(':', "%3A")
        .replace(',', "%2C")
}

/// Escapes a message, after making control characters visible.
fn data(s: &str) -> String {
    visible(s)
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Renders one workflow command a finding. GitHub places annotations by paths relative
/// to the repository root, without `./`.
pub fn render(reports: &[FileReport], root: Option<&std::path::Path>, lang: Lang) -> String {
    let mut out = String::new();
    for r in reports {
        let path = crate::paths::for_report(&r.path, root);
        match &r.outcome {
            Outcome::Checked(placed) => {
                for Placed {
                    finding: f, at: p, ..
                } in placed
                {
                    let level = match f.severity {
                        Severity::Error => "error",
                        Severity::Warning => "warning",
                        Severity::Info => "notice",
                    };
                    let mut msg = f.text(lang);
                    if let Some(h) = f.help_text(lang) {
                        msg.push_str(&format!("\n{h}"));
                    }
                    out.push_str(&format!(
                        "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                        prop(&path),
                        p.line,
                        p.column,
                        p.end_line,
                        p.end_column,
                        prop(&format!("notulint {}", f.rule)),
                        data(&msg)
                    ));
                }
            }
            Outcome::Failed(msg) => {
                out.push_str(&format!(
                    "::error file={},title=notulint::{}\n",
                    prop(&path),
                    data(&msg.render(lang))
                ));
            }
        }
    }
    out
}
