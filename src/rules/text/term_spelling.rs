//! `text/term-spelling`: a near miss of a known governance term.

use crate::finding::{Finding, Severity};
use crate::model::Document;
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it finds
    /// A word that is a near miss of a governance term (`Ondernijning` for `Ondermijning`,
    /// `jaaarrekening` for `jaarrekening`), from a built-in glossary of several hundred Dutch
    /// terms plus the project's own. Correct Dutch words are never reported: each candidate
    /// is checked against the OpenTaal word list, so `begroeting`, `begrotingen` and
    /// `begrotingswijziging` pass.
    ///
    /// ## Why it matters
    /// A misspelt term in a decision (`het bestemingsplan wordt vastgesteld`) looks careless
    /// and makes the published minutes hard to search.
    ///
    /// ## Example
    /// ```text
    /// Mevr. Raven ziet voor ondernijning graag voldoende capaciteit ingezet worden.
    /// ```
    /// Corrected:
    /// ```text
    /// Mevr. Raven ziet voor ondermijning graag voldoende capaciteit ingezet worden.
    /// ```
    ///
    /// ## How to fix
    /// Correct the spelling to the suggested term.
    ///
    /// ## Configuration
    /// `[glossary] terms = ["Mijnbuur", "Burgernet"]` in `notulint.toml` adds the project's own
    /// terms: they are checked for near misses and never reported themselves.
    ///
    /// ## Known limits
    /// A typo that forms another correct word (`actiepan`) cannot be told from that word.
    pub struct TermSpelling => "text/term-spelling", Severity::Warning, label: "term-spelling.label", nl: include_str!("term_spelling.nl.md");
}

impl Rule for TermSpelling {
    fn check(&self, _doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let glossary = cx.config.glossary();
        for &span in &cx.prose {
            for m in glossary.misspellings(cx.slice(&span)) {
                let at = span.sub(cx.text, m.range.clone());
                out.push(
                    Finding::at(
                        self,
                        at,
                        msg!("term-spelling.message", found = &m.found, term = &m.term),
                    )
                    .subject(&m.term)
                    .help(msg!("term-spelling.help", suggestion = &m.suggestion)),
                );
            }
        }
    }
}
