//! Output: one file per format, and what they share (results per file, counts, positions).

pub mod concise;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod outline;
pub mod sarif;
pub mod settings;
pub mod snippet;
pub mod statistics;
pub mod visible;

use crate::finding::{Finding, Severity};
use crate::messages::Lang;
use crate::model::Span;
use crate::msg;
use crate::rules;
use crate::source::Source;
use std::time::Duration;

/// A finding with its line and column positions worked out, so that the document text
/// need not be kept until the end of a run over thousands of files.
#[derive(Debug, Clone)]
pub struct Placed {
    /// The finding.
    pub finding: Finding,
    /// Where its primary span is.
    pub at: Position,
    /// Where each related span is, in the order of `finding.related`.
    pub related: Vec<Position>,
    /// The text the finding points at, normalised as fingerprints see it.
    pub context: String,
}

/// What became of one file.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// Checked, with its findings.
    Checked(Vec<Placed>),
    /// Could not be read or decoded; why (one clause after the path).
    Failed(crate::messages::Message),
}

/// The result for one file.
#[derive(Debug, Clone)]
pub struct FileReport {
    /// The path as given (or found under a directory given).
    pub path: String,
    /// What became of it.
    pub outcome: Outcome,
    /// The graphical report, when the human format was asked for (made while the text is at hand).
    pub rendered: Option<String>,
    /// A report about notulint's own files (the configuration, the baseline), not a
    /// document: not counted as a file checked.
    pub extra: bool,
}

impl FileReport {
    /// A checked file: positions are taken from the source now.
    pub fn checked(path: String, source: &Source, findings: Vec<Finding>) -> Self {
        let placed = findings
            .into_iter()
            .map(|f| Placed {
                at: Position::of(source, &f.span),
                context: crate::baseline::context_of(&source.text, &f),
                related: f
                    .related
                    .iter()
                    .map(|l| Position::of(source, &l.span))
                    .collect(),
                finding: f,
            })
            .collect();
        FileReport {
            path,
            outcome: Outcome::Checked(placed),
            rendered: None,
            extra: false,
        }
    }

    /// A file that could not be checked.
    pub fn failed(path: String, why: crate::messages::Message) -> Self {
        FileReport {
            path,
            outcome: Outcome::Failed(why),
            rendered: None,
            extra: false,
        }
    }

    /// Drops what only a full report needs (message arguments, help, related spans, the
    /// fingerprint's context), keeping each finding's rule, severity and position: for a
    /// report rendered already, whose findings are then only counted. The thread that
    /// checked the document frees them, rather than the main thread at the end of the run.
    pub fn keep_counts_only(&mut self) {
        if let Outcome::Checked(placed) = &mut self.outcome {
            for p in placed {
                p.context = String::new();
                p.related = Vec::new();
                let f = &mut p.finding;
                f.message.args = Vec::new();
                f.related = Vec::new();
                f.help = None;
                f.label = None;
                f.subject = None;
            }
        }
    }

    /// The findings (none for a failed file).
    pub fn findings(&self) -> impl Iterator<Item = &Finding> {
        let placed: &[Placed] = match &self.outcome {
            Outcome::Checked(p) => p,
            Outcome::Failed(_) => &[],
        };
        placed.iter().map(|p| &p.finding)
    }
}

/// A span as lines and character columns, for machine formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// 1-based start line.
    pub line: usize,
    /// 1-based start column, in characters.
    pub column: usize,
    /// 1-based end line.
    pub end_line: usize,
    /// Column just past the span.
    pub end_column: usize,
    /// The 1-based page of the start, for formats with pages (PDF).
    pub page: Option<u32>,
}

impl Position {
    /// The position of a span in a source.
    pub fn of(source: &Source, span: &Span) -> Self {
        let s = source.line_col(span.start());
        let e = source.line_col(span.end());
        Position {
            line: s.line,
            column: s.column,
            end_line: e.line,
            end_column: e.column,
            page: source.page(span.start()),
        }
    }
}

/// Totals over a run.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    /// Files checked (or attempted).
    pub files: usize,
    /// Files that could not be checked.
    pub failed: usize,
    /// Error findings.
    pub errors: usize,
    /// Warning findings.
    pub warnings: usize,
    /// Info findings.
    pub infos: usize,
}

impl Counts {
    /// Counts the reports.
    pub fn of(reports: &[FileReport]) -> Self {
        let mut c = Counts {
            files: reports.iter().filter(|r| !r.extra).count(),
            ..Counts::default()
        };
        for r in reports {
            if matches!(r.outcome, Outcome::Failed(_)) {
                c.failed += 1;
            }
            for f in r.findings() {
                match f.severity {
                    Severity::Error => c.errors += 1,
                    Severity::Warning => c.warnings += 1,
                    Severity::Info => c.infos += 1,
                }
            }
        }
        c
    }

    /// `Checked 3 files in 0.02s: 5 errors, 4 warnings, 1 hint.`
    pub fn summary(&self, elapsed: Duration, lang: Lang) -> String {
        let m = msg!(
            "summary.checked",
            files = msg!("summary.files", n = self.files),
            seconds = seconds(elapsed, lang),
            errors = msg!("summary.errors", n = self.errors),
            warnings = msg!("summary.warnings", n = self.warnings),
            hints = msg!("summary.hints", n = self.infos),
        );
        let mut s = m.render(lang);
        if self.failed > 0 {
            s.push_str(
                &msg!(
                    "summary.unreadable",
                    files = msg!("summary.files", n = self.failed)
                )
                .render(lang),
            );
        }
        s.push('.');
        s
    }
}

/// Seconds with two decimals, written as the language writes a decimal (`0,02` in Dutch).
pub fn seconds(elapsed: Duration, lang: Lang) -> String {
    let s = format!("{:.2}", elapsed.as_secs_f64());
    match lang {
        Lang::En => s,
        Lang::Nl => s.replace('.', ","),
    }
}

/// The table `notulint rules` prints.
pub fn rules_table(lang: Lang) -> String {
    let mut s = String::new();
    let w = rules::all()
        .iter()
        .map(|r| r.name().len())
        .max()
        .unwrap_or(0);
    let sw = rules::all()
        .iter()
        .map(|r| severity_word(r.default_severity(), lang).chars().count())
        .max()
        .unwrap_or(0);
    for r in rules::all() {
        s.push_str(&format!(
            "{:w$}  {:sw$}  {}\n",
            r.name(),
            severity_word(r.default_severity(), lang),
            r.summary_in(lang),
            w = w,
            sw = sw
        ));
    }
    s
}

/// A severity as people read it: `error`, or `fout` in Dutch.
pub fn severity_word(s: Severity, lang: Lang) -> &'static str {
    lang.text(match s {
        Severity::Error => "severity.error",
        Severity::Warning => "severity.warning",
        Severity::Info => "severity.info",
    })
}

/// `notulint explain RULE`: the rule's name, default severity and documentation.
pub fn explain(rule: &dyn rules::Rule, lang: Lang) -> String {
    format!(
        "{} [{}]\n\n{}\n",
        rule.name(),
        severity_word(rule.default_severity(), lang),
        rule.doc_in(lang).trim_end()
    )
}

/// `docs/rules.md`: every rule's documentation, generated from the rule doc comments.
pub fn rules_markdown() -> String {
    let mut s = String::from(
        "# notulint rules\n\nGenerated from the rule sources by `UPDATE_DOCS=1 cargo test --test docs`; do not edit.\n\n",
    );
    for r in rules::all() {
        let doc = r.doc().replace("\n## ", "\n### ");
        let doc = doc
            .strip_prefix("## ")
            .map(|d| format!("### {d}"))
            .unwrap_or(doc);
        s.push_str(&format!(
            "## `{}`\n\nDefault severity: {}.\n\n{}\n",
            r.name(),
            r.default_severity(),
            doc.trim_end()
        ));
        s.push('\n');
    }
    s
}

/// The rule table of the README, between its `rules-table` markers.
pub fn readme_table() -> String {
    let mut s = String::from("| rule | default | finds |\n| --- | --- | --- |\n");
    for r in rules::all() {
        s.push_str(&format!(
            "| `{}` | {} | {} |\n",
            r.name(),
            r.default_severity(),
            one_line(r.doc())
        ));
    }
    s
}

/// The first sentence under "What it finds", on one line.
fn one_line(doc: &str) -> String {
    let body = doc.split("## What it finds").nth(1).unwrap_or(doc);
    let para: Vec<&str> = body
        .lines()
        .map(str::trim)
        .skip_while(|l| l.is_empty())
        .take_while(|l| !l.is_empty())
        .collect();
    let text = para.join(" ");
    // The first full stop that ends a sentence, not an initial or `Dhr.`.
    let mut from = 0;
    while let Some(i) = text[from..].find(". ") {
        let at = from + i;
        let word = text[..at].rsplit([' ', '(', '`']).next().unwrap_or("");
        if word.chars().count() > 4 && !word.contains('.') {
            return text[..=at].to_string();
        }
        from = at + 2;
    }
    text
}
