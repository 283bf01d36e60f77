//! `concise`: `path:line:col: severity[rule] message`, one a line.

use super::visible::one_line;
use super::{FileReport, Outcome, Placed};
use crate::messages::Lang;

/// Renders the findings one a line; unreadable files as `path: error: ...`. Paths and
/// messages are kept on their line, with control characters made visible. A report rendered
/// already (by the thread that checked the document) is used as it is.
pub fn render(reports: &[FileReport], lang: Lang) -> String {
    let mut out = String::new();
    for r in reports {
        match &r.rendered {
            Some(lines) => out.push_str(lines),
            None => out.push_str(&render_file(r, lang)),
        }
    }
    out
}

/// The lines of one document's report.
pub fn render_file(r: &FileReport, lang: Lang) -> String {
    let mut out = String::new();
    let path = one_line(&r.path);
    match &r.outcome {
        Outcome::Checked(placed) => {
            for Placed {
                finding: f, at: p, ..
            } in placed
            {
                out.push_str(&format!(
                    "{}:{}:{}: {}[{}] {}\n",
                    path,
                    p.line,
                    p.column,
                    f.severity,
                    f.rule,
                    one_line(&f.text(lang))
                ));
            }
        }
        Outcome::Failed(msg) => {
            out.push_str(&format!(
                "{path}: error[io] {}\n",
                one_line(&msg.render(lang))
            ));
        }
    }
    out
}
