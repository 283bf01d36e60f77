//! `json`: one object, schema version 1 (fields may be added, never renamed).

use super::{Counts, FileReport, Outcome, Placed};
use crate::messages::Lang;
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    diagnostics: Vec<Diagnostic<'a>>,
    summary: Summary,
    /// Files that could not be checked (added to schema 1; never renamed).
    errors: Vec<FileError<'a>>,
}

#[derive(Serialize)]
struct Diagnostic<'a> {
    path: &'a str,
    rule: &'a str,
    severity: &'a str,
    message: String,
    /// The message's stable id in the catalogue (added to schema 1; never renamed).
    message_id: &'a str,
    /// The message's arguments as data: names, terms, dates as written (added to schema 1).
    arguments: crate::messages::ArgsData<'a>,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    offset: usize,
    length: usize,
    /// The page of a PDF (added to schema 1; absent for formats without pages).
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<u32>,
    help: Option<String>,
    /// The help's stable id in the catalogue (added to schema 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    help_id: Option<&'a str>,
    related: Vec<Related<'a>>,
    /// What the finding is about: a person, term, field or item (added to schema 1).
    #[serde(skip_serializing_if = "Option::is_none")]
    subject: Option<&'a str>,
}

#[derive(Serialize)]
struct Related<'a> {
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    offset: usize,
    length: usize,
    message: String,
    /// The label's stable id in the catalogue (added to schema 1).
    message_id: &'a str,
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    failed: usize,
}

#[derive(Serialize)]
struct FileError<'a> {
    path: &'a str,
    message: String,
    /// The message's stable id in the catalogue (added to schema 1; never renamed).
    message_id: &'a str,
    /// The message's arguments as data (added to schema 1).
    arguments: crate::messages::ArgsData<'a>,
}

/// Renders the whole run as one JSON object and a newline.
pub fn render(reports: &[FileReport], lang: Lang) -> String {
    let mut diagnostics = Vec::new();
    let mut errors = Vec::new();
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
                    let related = f
                        .related
                        .iter()
                        .zip(positions)
                        .map(|(l, q)| Related {
                            line: q.line,
                            column: q.column,
                            end_line: q.end_line,
                            end_column: q.end_column,
                            offset: l.span.start(),
                            length: l.span.len(),
                            message: l.message.render(lang),
                            message_id: l.message.id,
                        })
                        .collect();
                    diagnostics.push(Diagnostic {
                        path: &r.path,
                        rule: f.rule,
                        severity: f.severity.as_str(),
                        message: f.text(lang),
                        message_id: f.message.id,
                        arguments: crate::messages::ArgsData(&f.message.args),
                        line: p.line,
                        column: p.column,
                        end_line: p.end_line,
                        end_column: p.end_column,
                        offset: f.span.start(),
                        length: f.span.len(),
                        page: p.page,
                        help: f.help_text(lang),
                        help_id: f.help.as_ref().map(|h| h.id),
                        related,
                        subject: f.subject.as_deref(),
                    });
                }
            }
            Outcome::Failed(msg) => errors.push(FileError {
                path: &r.path,
                message: msg.render(lang),
                message_id: msg.id,
                arguments: crate::messages::ArgsData(&msg.args),
            }),
        }
    }
    let c = Counts::of(reports);
    let out = Output {
        version: 1,
        diagnostics,
        summary: Summary {
            files: c.files,
            errors: c.errors,
            warnings: c.warnings,
            infos: c.infos,
            failed: c.failed,
        },
        errors,
    };
    let mut s =
        serde_json::to_string_pretty(&out).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    s.push('\n');
    s
}
