//! `speakers/ambiguous-speaker`: a speaker reference that fits two attendees.

use crate::finding::{Finding, Severity};
use crate::model::Document;
use crate::people::Resolution;
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it finds
    /// A speaker written so that two people on the lists fit: `Dhr. Kok` when G.J. Kok and
    /// P. Kok both attended and no initials decide.
    ///
    /// ## Why it matters
    /// Readers cannot tell who said it, and the record may credit the wrong member.
    ///
    /// ## Example
    /// ```text
    /// Aanwezig: G.J. Kok, P. Kok, A. Raven
    /// ...
    /// Dhr. Kok geeft aan dat de planning krap is.
    /// ```
    /// Corrected:
    /// ```text
    /// Dhr. G.J. Kok geeft aan dat de planning krap is.
    /// ```
    ///
    /// ## How to fix
    /// Add the initials (or the first name) of the person who spoke.
    pub struct AmbiguousSpeaker => "speakers/ambiguous-speaker", Severity::Warning, label: "ambiguous-speaker.label", nl: include_str!("ambiguous_speaker.nl.md");
}

impl Rule for AmbiguousSpeaker {
    fn check(&self, _doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for r in cx.refs.iter().filter(|r| r.speaks) {
            let Resolution::Ambiguous(candidates) = cx.resolve(r) else {
                continue;
            };
            let names: Vec<String> = candidates
                .iter()
                .map(|&i| cx.people.persons[i].name.display.to_string())
                .collect();
            let written = crate::people::squash(cx.slice(&r.span));
            let mut f = Finding::at(
                self,
                r.span,
                msg!(
                    "ambiguous-speaker.message",
                    name = &written,
                    candidates = names.clone()
                ),
            )
            .subject(&written)
            .help(msg!("ambiguous-speaker.help", candidates = names));
            for &i in &candidates {
                if let Some((_, sp)) = cx.people.persons[i].sources.first() {
                    if !sp.is_empty() {
                        f = f.related(*sp, msg!("ambiguous-speaker.candidate"));
                    }
                }
            }
            out.push(f);
        }
    }
}
