//! `attendance/absentee-speaks`: someone on an absent list is recorded as speaking.

use crate::finding::{Finding, Severity};
use crate::model::Document;
use crate::people::Resolution;
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it finds
    /// A person on an absent list (`Afwezig`, `Afwezig met kennisgeving`) who is recorded as
    /// saying or doing something in the meeting.
    ///
    /// ## Why it matters
    /// Someone who was not there cannot have spoken: either the attendance is wrong or the
    /// words are credited to the wrong person.
    ///
    /// ## Example
    /// ```text
    /// Afwezig: E. van Hout
    /// ...
    /// Dhr. Van Hout vraagt naar de planning.
    /// ```
    /// Corrected (he was there after all):
    /// ```text
    /// Aanwezig: ..., E. van Hout
    /// ```
    ///
    /// ## How to fix
    /// Move the person to the present list, or credit the words to the person who spoke.
    ///
    /// ## Known limits
    /// Being mentioned (`wordt vervangen door`, `is met kennisgeving afwezig`) is not speaking
    /// and is not reported.
    pub struct AbsenteeSpeaks => "attendance/absentee-speaks", Severity::Error, label: "absentee-speaks.label", nl: include_str!("absentee_speaks.nl.md");
}

impl Rule for AbsenteeSpeaks {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        // A bare name counts only when recorded as saying something in the meeting
        // (`Sander wil dit oppakken` tells of a plan, not of speech).
        for r in cx
            .refs
            .iter()
            .filter(|r| r.speaks && (r.honorific || r.said))
        {
            let Resolution::Known(i) = cx.resolve(r) else {
                continue;
            };
            let person = &cx.people.persons[i];
            // Someone on both lists is reported by `attendance/present-and-absent`.
            if person.on_list(doc, |k| k.is_attending()) {
                continue;
            }
            let Some(absent) = person.span_on(doc, |k| k.is_absent()) else {
                continue;
            };
            let name = crate::people::squash(cx.slice(&absent));
            out.push(
                Finding::at(self, r.span, msg!("absentee-speaks.message", name = &name))
                    .subject(&name)
                    .related(absent, msg!("absentee-speaks.listed-absent"))
                    .help(msg!("absentee-speaks.help", name = &name)),
            );
        }
    }
}
