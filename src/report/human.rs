//! `human`: miette's graphical reports, grouped by file.

use super::{FileReport, Outcome};
use crate::finding::{Finding, Severity};
use crate::source::Source;
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan,
};
use std::fmt;

/// One finding as a miette diagnostic.
struct Report<'a> {
    finding: &'a Finding,
    src: &'a NamedSource<String>,
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl std::error::Error for Report<'_> {}

fn span(s: &crate::model::Span) -> SourceSpan {
    SourceSpan::new(s.start().into(), s.len())
}

impl Diagnostic for Report<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.finding.rule))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }
    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.finding
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(self.src)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let primary = LabeledSpan::new_primary_with_span(
            Some(primary_label(self.finding)),
            span(&self.finding.span),
        );
        let others = self
            .finding
            .related
            .iter()
            .map(|l| LabeledSpan::new_with_span(Some(l.message.clone()), span(&l.span)));
        Some(Box::new(std::iter::once(primary).chain(others)))
    }
}

fn primary_label(f: &Finding) -> String {
    match f.rule {
        "attendance/duplicate-person" => "listed again here".into(),
        "attendance/present-and-absent" => "listed as absent here".into(),
        "attendance/empty-entry" => "empty entry".into(),
        "speakers/undefined-speaker" => "not on any list".into(),
        "decisions/missing-decision" => "no decision recorded for this item".into(),
        "attendance/near-duplicate-person" => "listed again, spelled differently".into(),
        "attendance/officer-not-present" => "not on the present list".into(),
        "attendance/absentee-speaks" => "absent, yet speaks here".into(),
        "speakers/ambiguous-speaker" => "which one is meant?".into(),
        "structure/missing-field" => "required field".into(),
        "structure/invalid-date" => "this date".into(),
        "structure/invalid-time" => "this time".into(),
        "structure/numbering" => "out of sequence".into(),
        "structure/broken-paragraph" => "the paragraph breaks off here".into(),
        "structure/malformed-item" => "not written like the other items".into(),
        "structure/unrecognized-line" => "not recognised".into(),
        "text/term-spelling" => "misspelt?".into(),
        "privacy/special-category-data" => "personal data".into(),
        "publication/draft-marker" => "concept marker".into(),
        _ => "here".into(),
    }
}

/// The report handler for a theme: colour or not.
pub fn handler(color: bool) -> GraphicalReportHandler {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    GraphicalReportHandler::new_themed(theme)
        .with_context_lines(1)
        .with_width(100)
}

/// Renders the findings of one file while its text is at hand.
pub fn render_file(
    handler: &GraphicalReportHandler,
    path: &str,
    source: &Source,
    findings: &[Finding],
) -> String {
    if findings.is_empty() {
        return String::new();
    }
    let src = NamedSource::new(path, source.text.clone());
    findings
        .iter()
        .map(|f| render_one(handler, &src, f))
        .collect()
}

/// Joins the reports rendered per file, and names the files that could not be read.
pub fn render(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        match &r.outcome {
            Outcome::Checked(_) => out.push_str(r.rendered.as_deref().unwrap_or_default()),
            Outcome::Failed(msg) => out.push_str(&format!("  × {}: {msg}\n\n", r.path)),
        }
    }
    out
}

/// Renders one finding (used by snapshot tests too).
pub fn render_one(
    handler: &GraphicalReportHandler,
    src: &NamedSource<String>,
    f: &Finding,
) -> String {
    let report = Report { finding: f, src };
    let mut s = String::new();
    if handler.render_report(&mut s, &report).is_err() {
        s = format!("{}: {}\n", src.name(), f.message);
    }
    s.push('\n');
    s
}
