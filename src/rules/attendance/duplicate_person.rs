//! `attendance/duplicate-person`: one person written twice in the same list.

use super::list_word;
use crate::finding::{Finding, Severity};
use crate::model::{Document, Entry};
use crate::people::squash;
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

declare_rule! {
    /// ## What it finds
    /// A name written twice, identically, in one attendance list.
    ///
    /// ## Why it matters
    /// A doubled name makes the list look careless, and it may hide the person who was
    /// meant to stand there: a second member who is now missing from the minutes.
    ///
    /// ## Example
    /// ```text
    /// Aanwezig: S. Schelberg, A. Gerritsen, R. Welten, S. Schelberg
    /// ```
    /// Corrected:
    /// ```text
    /// Aanwezig: S. Schelberg, A. Gerritsen, R. Welten
    /// ```
    ///
    /// ## How to fix
    /// Delete the second entry, or replace it with the person who was meant.
    ///
    /// ## Known limits
    /// Two spellings of one name (`A. van der Kolk` and `A. v.d. Kolk`) are reported by
    /// `attendance/near-duplicate-person` instead.
    pub struct DuplicatePerson => "attendance/duplicate-person", Severity::Error, label: "duplicate-person.label", nl: include_str!("duplicate_person.nl.md");
}

impl Rule for DuplicatePerson {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for list in &doc.lists {
            for (first, again) in repeats(cx, &list.entries) {
                let (first, again) = (&list.entries[first], &list.entries[again]);
                let written = squash(cx.slice(&again.name_span));
                out.push(
                    Finding::at(
                        self,
                        again.name_span,
                        msg!(
                            "duplicate-person.message",
                            name = &written,
                            list = list_word(list.kind)
                        ),
                    )
                    .subject(&written)
                    .related(first.name_span, msg!("duplicate-person.first"))
                    .help(msg!("duplicate-person.help", name = &written)),
                );
            }
        }
    }
}

/// Each entry whose name is written as an earlier one's, with the first entry written so:
/// `(first, again)` indices into `entries`, in the order of `again`. Entries that name no
/// one (no surname) are left out.
///
/// Linear however long the list is, and lean: the entries are sorted by a hash of the
/// written name (sixteen bytes an entry, where a map of the written names cost over a
/// hundred on 10⁶ names), and only entries of one hash are compared by their text.
fn repeats(cx: &Context<'_>, entries: &[Entry]) -> Vec<(usize, usize)> {
    let written = |i: usize| squash(cx.slice(&entries[i].name_span));
    let mut by_hash: Vec<(u64, u32)> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| !e.name.key.is_empty())
        .map(|(i, _)| {
            let mut h = DefaultHasher::new();
            written(i).hash(&mut h);
            (h.finish(), i as u32)
        })
        .collect();
    by_hash.sort_unstable();
    let mut pairs = Vec::new();
    for run in by_hash.chunk_by(|a, b| a.0 == b.0) {
        if run.len() < 2 {
            continue;
        }
        // Within one hash (nearly always one written name), the first entry of each text.
        let mut firsts: Vec<(String, usize)> = Vec::new();
        for &(_, i) in run {
            let (i, w) = (i as usize, written(i as usize));
            match firsts.iter().find(|(f, _)| *f == w) {
                Some(&(_, first)) => pairs.push((first, i)),
                None => firsts.push((w, i)),
            }
        }
    }
    pairs.sort_unstable_by_key(|&(_, again)| again);
    pairs
}
