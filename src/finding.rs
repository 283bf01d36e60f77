//! `Finding`, `Label`, `Severity`: what a rule reports.

use crate::messages::{Lang, Message};
use crate::model::Span;
use crate::rules::RuleMeta;
use serde::{Deserialize, Serialize};

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A hint; never fails a run by default.
    Info,
    /// Probably a mistake.
    Warning,
    /// Certainly a mistake.
    Error,
}

impl Severity {
    /// The lower-case name used in output and configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A secondary span with its own short message ("listed as present here").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What is there.
    pub message: Message,
}

/// One problem in one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule's stable name, such as `attendance/duplicate-person`.
    pub rule: &'static str,
    /// The severity after defaults, configuration and `--final`.
    pub severity: Severity,
    /// One sentence naming the person or term, no closing full stop.
    pub message: Message,
    /// The text at fault.
    pub span: Span,
    /// Secondary spans: the other list entry, the earlier occurrence.
    pub related: Vec<Label>,
    /// How to fix it, starting with a verb.
    pub help: Option<Message>,
    /// The underline's label when this finding needs another than its rule's.
    pub label: Option<Message>,
    /// The highest severity this finding may have, whatever the rule's level: a rule may
    /// report a milder variant of its mistake as a hint.
    pub cap: Option<Severity>,
    /// What the finding is about, when there is one thing: the person's name, the term, the
    /// header field, the item label. Baseline fingerprints and `[[ignore]]` entries use it.
    pub subject: Option<String>,
}

impl Finding {
    /// A finding of `rule` at `span`, with the rule's default severity.
    pub fn at(rule: &impl RuleMeta, span: Span, message: impl Into<Message>) -> Self {
        Finding {
            rule: rule.name(),
            severity: rule.default_severity(),
            message: message.into(),
            span,
            related: Vec::new(),
            help: None,
            label: None,
            cap: None,
            subject: None,
        }
    }

    /// Caps the severity (the milder variant of a rule's mistake).
    pub fn at_most(mut self, cap: Severity) -> Self {
        self.cap = Some(cap);
        self
    }

    /// Adds a secondary span.
    pub fn related(mut self, span: Span, message: impl Into<Message>) -> Self {
        self.related.push(Label {
            span,
            message: message.into(),
        });
        self
    }

    /// Names what the finding is about (a person, term, field or item), as written.
    pub fn subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }

    /// Sets the help text.
    pub fn help(mut self, help: impl Into<Message>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Gives the underline its own label instead of the rule's.
    pub fn label(mut self, label: Message) -> Self {
        self.label = Some(label);
        self
    }

    /// The message in a language.
    pub fn text(&self, lang: Lang) -> String {
        self.message.render(lang)
    }

    /// The help in a language.
    pub fn help_text(&self, lang: Lang) -> Option<String> {
        self.help.as_ref().map(|h| h.render(lang))
    }
}
