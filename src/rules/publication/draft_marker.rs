//! `publication/draft-marker`: a concept marker left in a document about to be published.

use crate::finding::{Finding, Severity};
use crate::model::{Document, Span};
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it finds
    /// A concept marker in the title (`(concept)`, `Concept-notulen`, `CONCEPT`) or on a line
    /// of its own (a running head). A hint while the minutes are a concept; an error with
    /// `notulint check --final`, when they are about to be published.
    ///
    /// ## Why it matters
    /// Adopted minutes published with "concept" on them look unfinished and invite doubt
    /// about which version is the record.
    ///
    /// ## Example
    /// ```text
    /// BESLUITENLIJST Districtelijk Veiligheidsoverleg Twente openbaar (concept)
    /// ```
    /// Corrected:
    /// ```text
    /// BESLUITENLIJST Districtelijk Veiligheidsoverleg Twente openbaar
    /// ```
    ///
    /// ## How to fix
    /// Remove the concept marker once the minutes are adopted.
    ///
    /// ## Configuration
    /// `--final` raises this rule to an error; `[rules]` in `notulint.toml` sets it otherwise.
    pub struct DraftMarker => "publication/draft-marker", Severity::Info, label: "draft-marker.label", nl: include_str!("draft_marker.nl.md"), final: Severity::Error;
}

impl Rule for DraftMarker {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        // What the reader noticed (tracked changes not accepted) is, like a concept marker,
        // a hint while the minutes are a concept and an error with `--final`.
        for n in &cx.reader_notes {
            out.push(Finding::at(self, n.span, n.message.clone()).help(n.help.clone()));
        }
        let mut lines: Vec<Span> = doc.title.iter().cloned().collect();
        // A running head: a line that is only the marker.
        lines.extend(cx.paragraphs.iter().map(|p| p.span).filter(|s| {
            let t = cx
                .slice(s)
                .trim()
                .trim_matches(|c: char| !c.is_alphanumeric());
            // Lowering never makes fewer chars: a paragraph with more chars than the
            // longest marker is none (most are), and is not lowered.
            let longest = longest_marker_chars();
            t.len() <= 4 * longest
                && t.chars().count() <= longest
                && crate::nl::lexicon::DRAFT_MARKERS.contains(&t.to_lowercase())
        }));
        for line in lines {
            let text = cx.slice(&line);
            let lower = text.to_ascii_lowercase();
            let Some(at) = find_word(&lower, "concept") else {
                continue;
            };
            let end = at
                + lower[at..]
                    .find(|c: char| !c.is_alphanumeric() && c != '-')
                    .unwrap_or(lower.len() - at);
            let span = line.sub(cx.text, at..end);
            let marker = cx.slice(&span).to_string();
            out.push(
                Finding::at(self, span, msg!("draft-marker.message", marker = &marker))
                    .subject(&marker)
                    .help(msg!("draft-marker.help")),
            );
        }
    }
}

/// The byte offset of `word` at the start of a word (`concept`, `concept-notulen`,
/// `conceptverslag`), not inside one.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = text[from..].find(word) {
        let at = from + i;
        let before_ok = text[..at]
            .chars()
            .last()
            .is_none_or(|c| !c.is_alphanumeric());
        if before_ok {
            return Some(at);
        }
        from = at + word.len();
    }
    None
}

/// The most chars a line of `draft-markers.txt` has.
fn longest_marker_chars() -> usize {
    static LONGEST: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *LONGEST.get_or_init(|| {
        crate::nl::lexicon::DRAFT_MARKERS
            .entries()
            .map(|m| m.chars().count())
            .max()
            .unwrap_or(0)
    })
}
