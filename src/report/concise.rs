//! `concise`: `path:line:col: severity[rule] message`, one a line.

use super::{FileReport, Outcome, Placed};

/// Renders the findings one a line; unreadable files as `path: error: ...`.
pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        match &r.outcome {
            Outcome::Checked(placed) => {
                for Placed {
                    finding: f, at: p, ..
                } in placed
                {
                    out.push_str(&format!(
                        "{}:{}:{}: {}[{}] {}\n",
                        r.path, p.line, p.column, f.severity, f.rule, f.message
                    ));
                }
            }
            Outcome::Failed(msg) => out.push_str(&format!("{}: error[io] {msg}\n", r.path)),
        }
    }
    out
}
