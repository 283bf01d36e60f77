//! `human`: miette's graphical reports, grouped by file, bounded whatever the input.
//!
//! Each finding is drawn from a `Snippet` (the lines around its spans, long lines cut to a
//! window, control characters visible), so that a report costs the same on a line of
//! megabytes as on a line of ten words. At most a set number of findings per file are drawn
//! in full; the rest are counted by rule.

use super::snippet::Snippet;
use super::visible::{one_line, visible};
use super::{FileReport, Outcome};
use crate::finding::{Finding, Severity};
use crate::messages::Lang;
use crate::msg;
use crate::source::Source;
use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan};
use std::collections::BTreeMap;
use std::fmt;

/// Findings drawn in full per file unless `--max-shown` says otherwise.
pub const DEFAULT_MAX_SHOWN: usize = 100;
/// Related spans drawn per finding; the rest are left out of the drawing (not of the finding).
const MAX_RELATED: usize = 8;
/// Characters of a message or help text drawn; longer ones are cut with `…`.
const MAX_MESSAGE: usize = 400;

/// One finding as a miette diagnostic over its snippet.
struct Report<'a> {
    finding: &'a Finding,
    message: String,
    help: Option<String>,
    labels: Vec<LabeledSpan>,
    src: &'a Snippet,
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Report<'_> {}

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
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(self.src)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
}

/// Text for the report: control characters visible, at most `MAX_MESSAGE` characters.
fn shown(text: &str) -> String {
    let cut = match text.char_indices().nth(MAX_MESSAGE) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    };
    visible(&cut).into_owned()
}

/// The label under the text at fault: the finding's own, or its rule's.
fn primary_label(f: &Finding, lang: Lang) -> String {
    match (&f.label, crate::rules::by_name(f.rule)) {
        (Some(l), _) => l.render(lang),
        (None, Some(rule)) => lang.text(rule.label()).to_string(),
        (None, None) => lang.text("label.here").to_string(),
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

/// Renders the findings of one file while its text is at hand, every one in full.
pub fn render_file(
    handler: &GraphicalReportHandler,
    path: &str,
    source: &Source,
    findings: &[Finding],
    lang: Lang,
) -> String {
    render_file_limited(handler, path, source, findings, usize::MAX, lang)
}

/// Renders at most `max` findings of one file in full (the most severe, in document
/// order) and one line counting the rest by rule.
pub fn render_file_limited(
    handler: &GraphicalReportHandler,
    path: &str,
    source: &Source,
    findings: &[Finding],
    max: usize,
    lang: Lang,
) -> String {
    let mut chosen: Vec<usize> = (0..findings.len()).collect();
    if findings.len() > max {
        chosen.sort_by_key(|&i| std::cmp::Reverse(findings[i].severity));
        chosen.truncate(max);
        chosen.sort_unstable();
    }
    let mut out: String = chosen
        .iter()
        .map(|&i| render_one(handler, path, source, &findings[i], lang))
        .collect();
    if chosen.len() < findings.len() {
        let mut left: BTreeMap<&str, usize> = BTreeMap::new();
        let mut is_chosen = vec![false; findings.len()];
        for &i in &chosen {
            is_chosen[i] = true;
        }
        for (f, _) in findings.iter().zip(&is_chosen).filter(|(_, c)| !**c) {
            *left.entry(f.rule).or_default() += 1;
        }
        let mut by_count: Vec<(&str, usize)> = left.into_iter().collect();
        by_count.sort_by_key(|&(_, n)| std::cmp::Reverse(n));
        let rules: Vec<String> = by_count.iter().map(|(r, n)| format!("{n} {r}")).collect();
        let more = msg!(
            "report.more-not-shown",
            n = findings.len() - chosen.len(),
            path = one_line(path),
            rules = rules.join(", ")
        );
        out.push_str(&format!("  … {}\n\n", more.render(lang)));
    }
    out
}

/// Joins the reports rendered per file, and names the files that could not be read.
pub fn render(reports: &[FileReport], lang: Lang) -> String {
    let mut out = String::new();
    for r in reports {
        match &r.outcome {
            Outcome::Checked(_) => out.push_str(r.rendered.as_deref().unwrap_or_default()),
            Outcome::Failed(msg) => out.push_str(&format!(
                "  × {}: {}\n\n",
                one_line(&r.path),
                one_line(&msg.render(lang))
            )),
        }
    }
    out
}

/// Renders one finding; if the renderer fails, the finding's concise line instead.
pub fn render_one(
    handler: &GraphicalReportHandler,
    path: &str,
    source: &Source,
    f: &Finding,
    lang: Lang,
) -> String {
    let mut spans = vec![f.span.range()];
    spans.extend(f.related.iter().take(MAX_RELATED).map(|l| l.span.range()));
    // A PDF's reading is laid out again from its pages: say which page the line is on.
    let name = match source.page(f.span.start()) {
        Some(page) => msg!("report.on-page", path = one_line(path), page = page).render(lang),
        None => one_line(path).into_owned(),
    };
    let (snippet, mapped) = Snippet::new(&name, source, &spans);
    let mut labels = vec![LabeledSpan::new_primary_with_span(
        Some(primary_label(f, lang)),
        mapped[0],
    )];
    for (l, sp) in f.related.iter().zip(&mapped[1..]) {
        labels.push(LabeledSpan::new_with_span(
            Some(shown(&l.message.render(lang))),
            *sp,
        ));
    }
    let report = Report {
        finding: f,
        message: shown(&f.text(lang)),
        help: f.help_text(lang).as_deref().map(shown),
        labels,
        src: &snippet,
    };
    let mut s = String::new();
    let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        handler.render_report(&mut s, &report)
    }));
    if !matches!(drawn, Ok(Ok(()))) {
        let at = source.line_col(f.span.start());
        s = format!(
            "{name}:{}:{}: {}[{}] {}\n",
            at.line,
            at.column,
            f.severity,
            f.rule,
            one_line(&f.text(lang))
        );
    }
    let mut s = help_word(s, lang);
    s.push('\n');
    s
}

/// miette writes the help after a fixed English `help: `; in another language the line
/// gets that language's word (as long, so the wrapped lines stay aligned under it). Only a
/// line that starts with it (after colour codes) is the help: snippet lines start with a
/// line number.
fn help_word(rendered: String, lang: Lang) -> String {
    const MIETTE: &str = "  help: ";
    let word = lang.text("report.help");
    if word == "help" {
        return rendered;
    }
    let ours = format!(
        "  {word}:{}",
        " ".repeat(MIETTE.len().saturating_sub(word.len() + 3))
    );
    let mut out = String::with_capacity(rendered.len());
    for line in rendered.split_inclusive('\n') {
        // Colour codes are `ESC [ … m`; skip them to see how the line starts.
        let mut rest = line;
        while let Some(after) = rest.strip_prefix('\u{1b}') {
            rest = after.find('m').map_or("", |i| &after[i + 1..]);
        }
        match rest.strip_prefix(MIETTE) {
            Some(_) => {
                let at = line.len() - rest.len();
                out.push_str(&line[..at]);
                out.push_str(&ours);
                out.push_str(&line[at + MIETTE.len()..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// Renders any diagnostic with one source (a configuration error) through a `Snippet`, so
/// that it is bounded and safe like a finding.
pub fn render_diagnostic(
    handler: &GraphicalReportHandler,
    name: &str,
    text: &str,
    diagnostic: &dyn Diagnostic,
    lang: Lang,
) -> String {
    let source = Source::new(name, text);
    let labels: Vec<LabeledSpan> = diagnostic.labels().into_iter().flatten().collect();
    let spans: Vec<_> = labels
        .iter()
        .map(|l| l.offset()..l.offset() + l.len())
        .collect();
    let (snippet, mapped) = Snippet::new(&one_line(name), &source, &spans);
    let report = Wrapped {
        message: shown(&diagnostic.to_string()),
        code: diagnostic
            .code()
            .map(|c| one_line(&c.to_string()).into_owned()),
        help: diagnostic.help().map(|h| shown(&h.to_string())),
        labels: labels
            .iter()
            .zip(mapped)
            .map(|(l, sp)| LabeledSpan::new_with_span(l.label().map(shown), sp))
            .collect(),
        src: &snippet,
    };
    let mut s = String::new();
    let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        handler.render_report(&mut s, &report)
    }));
    if !matches!(drawn, Ok(Ok(()))) {
        s = format!("{}: {}\n", one_line(name), report.message);
    }
    help_word(s, lang)
}

/// A diagnostic with its text made safe, over a snippet.
struct Wrapped<'a> {
    message: String,
    code: Option<String>,
    help: Option<String>,
    labels: Vec<LabeledSpan>,
    src: &'a Snippet,
}

impl fmt::Debug for Wrapped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for Wrapped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Wrapped<'_> {}

impl Diagnostic for Wrapped<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.code
            .as_ref()
            .map(|c| Box::new(c) as Box<dyn fmt::Display>)
    }
    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(self.src)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }
}
