//! `speakers/undefined-speaker`: a speaker who is on no attendance list.

use crate::finding::{Finding, Severity};
use crate::model::Document;
use crate::people::{fold, Resolution, Source};
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};
use std::collections::HashMap;

declare_rule! {
    /// ## What it finds
    /// A person recorded as saying or doing something in the meeting (`Mevr. Van Heek geeft
    /// aan`, `Volgens dhr. Welten`, `..., zegt dhr. Ouald Chaib`) who is on no attendance list,
    /// in no officer field and not in the configured roster.
    ///
    /// ## Why it matters
    /// Either the attendance list is incomplete, or the name is misspelt, or the wrong
    /// person is credited with what was said. Each makes the minutes unreliable.
    ///
    /// ## Example
    /// ```text
    /// Aanwezig  R. Welten, J. Joosten
    /// ...
    /// Mevr. Van Heek geeft aan dat er pilots draaien.
    /// ```
    /// Corrected:
    /// ```text
    /// Aanwezig  R. Welten, J. Joosten, M. van Heek
    /// ```
    ///
    /// ## How to fix
    /// Add the person to the present list (or to the guests), or correct the name. When the
    /// name is close to an attendee's, notulint suggests that attendee.
    ///
    /// ## Configuration
        /// Members listed in the `[[roster]]` of `notulint.toml` are known even when a list
    /// leaves them out: a member who speaks without being on a list is only a hint
    /// (`info`) that the attendance list may be incomplete.
    ///
    /// ## Known limits
    /// People mentioned without speaking (`vervanger van dhr. Hofland`) are not checked, and
    /// a bare surname without a title is only recognised when it is an attendee's.
    pub struct UndefinedSpeaker => "speakers/undefined-speaker", Severity::Error, label: "undefined-speaker.label", nl: include_str!("undefined_speaker.nl.md");
}

impl Rule for UndefinedSpeaker {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        // Without names on the present list (none, or `23 leden`) there is nothing to check
        // speakers against; `structure/missing-field` reports a missing list.
        if !doc.names_attendees(cx.text) {
            // Say once what was not checked, when there was something to check.
            if cx.refs.iter().any(|r| r.speaks) {
                let note = cx
                    .notes()
                    .into_iter()
                    .next()
                    .unwrap_or_else(|| msg!("note.no-attendance"));
                out.push(
                    Finding::at(self, doc.anchor(cx.text), note)
                        .help(msg!("undefined-speaker.not-checked-help"))
                        .at_most(Severity::Info),
                );
            }
            return;
        }
        // One report per paragraph position is enough, but each occurrence points at its line:
        // a reader fixing the name needs every place.
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut closest: HashMap<String, Option<&crate::people::Person>> = HashMap::new();
        // A bare name (`Marion geeft aan`) or a label (`Marion: …`) is a person only in minutes
        // that call people that way: some other bare name or label there names an attendee.
        let bare_style = cx
            .refs
            .iter()
            .any(|r| r.speaks && !r.honorific && matches!(cx.resolve(r), Resolution::Known(_)));
        let orgs = organisations(doc, cx);
        for r in cx.refs.iter().filter(|r| r.speaks) {
            match cx.resolve(r) {
                Resolution::Unknown if r.honorific => {}
                Resolution::Unknown => {
                    let written = cx.slice(&r.span);
                    // A given name (`Bram`) or a near miss of a listed name (`Klas` for `Klaas`)
                    // in a speaker's place is a person even when it is also a word.
                    let named = names_a_person(written);
                    let evidence = named || cx.people.closest(r).is_some();
                    // A given name the lexicon knows needs no further proof; other evidence
                    // counts only in minutes that call people by bare names.
                    // A given name needs no further proof; a capitalised word of the word list
                    // (`Burgernet`, `Utrecht`) only in minutes that call people by bare names.
                    let strong = labelled_person(written);
                    // `Annemieke` for `Annemiek` on the list: two spellings of one given name,
                    // both real, are most likely the same person: a hint, not an error.
                    let near = cx.people.closest(r);
                    if is_first_name_variant(written, near) {
                        if let Some(p) = near {
                            let w = crate::people::squash(written);
                            let listed = p.name.display.to_string();
                            out.push(
                                Finding::at(
                                    self,
                                    r.span,
                                    msg!("undefined-speaker.variant", name = &w, listed = &listed),
                                )
                                .subject(&w)
                                .help(msg!(
                                    "undefined-speaker.variant-help",
                                    name = &w,
                                    listed = &listed
                                ))
                                .at_most(Severity::Info),
                            );
                        }
                        continue;
                    }
                    if !(bare_style || strong)
                        || !r.said
                        || !evidence
                        || !looks_like_a_person(written, &orgs, named)
                        || (r.label && !labelled_person(written))
                    {
                        continue;
                    }
                }
                Resolution::Known(i) => {
                    // A member from the roster who is on no list: known, but unlisted.
                    let person = &cx.people.persons[i];
                    if person.sources.iter().all(|(s, _)| *s == Source::Roster) {
                        let written = crate::people::squash(cx.slice(&r.span));
                        out.push(
                            Finding::at(
                                self,
                                r.span,
                                msg!("undefined-speaker.member", name = &written),
                            )
                            .subject(&written)
                            .help(msg!(
                                "undefined-speaker.member-help",
                                listed = person.name.display.to_string()
                            ))
                            .at_most(Severity::Info),
                        );
                    }
                    continue;
                }
                Resolution::Ambiguous(_) => continue,
            }
            let written = crate::people::squash(cx.slice(&r.span));
            let count = seen.entry(fold(&written)).or_default();
            *count += 1;
            let mut f = Finding::at(
                self,
                r.span,
                msg!("undefined-speaker.message", name = &written),
            )
            .subject(&written);
            // The nearest attendee is the same for every occurrence of a name: look it up once.
            let near = *closest
                .entry(fold(&written))
                .or_insert_with(|| cx.people.closest(r));
            f = match near {
                Some(p) => {
                    let near = p.name.display.to_string();
                    let f = match p.sources.first() {
                        Some((_, sp)) if !sp.is_empty() => {
                            f.related(*sp, msg!("undefined-speaker.did-you-mean", listed = &near))
                        }
                        _ => f,
                    };
                    f.help(msg!(
                        "undefined-speaker.near-help",
                        listed = &near,
                        name = &written
                    ))
                }
                None => f.help(msg!("undefined-speaker.help", name = &written)),
            };
            out.push(f);
        }
    }
}

/// Words that name organisations in this document: annotations in the lists
/// (`Anne Kok (Kadaster)`) and capitalised words inside parentheses.
fn organisations(doc: &Document, cx: &Context<'_>) -> std::collections::HashSet<String> {
    let mut out = std::collections::HashSet::new();
    for e in doc.lists.iter().flat_map(|l| &l.entries) {
        for a in &e.annotations {
            for w in a.split(|c: char| !c.is_alphanumeric()) {
                if !w.is_empty() {
                    out.insert(fold(w));
                }
            }
        }
    }
    let _ = cx;
    out
}

/// Whether a bare name that matches nobody reads as a person's name rather than an
/// organisation, a place or an ordinary word at the start of a sentence: no word of it is
/// a common Dutch word, an acronym or a known organisation, none has capitals inside
/// (`GitHub`) or digits.
fn looks_like_a_person(
    written: &str,
    orgs: &std::collections::HashSet<String>,
    named: bool,
) -> bool {
    let words: Vec<&str> = written
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !crate::people::is_particle(w))
        .collect();
    if words.is_empty() || words.len() > 3 {
        return false;
    }
    // `Dan kan …`, `Ben je …`: a sentence-opening word that is also a given name.
    if let [one] = words.as_slice() {
        if crate::nl::lexicon::SENTENCE_OPENING_GIVEN_NAMES.contains(&one.to_lowercase()) {
            return false;
        }
    }
    words.iter().all(|w| {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let inner_caps = w.chars().skip(1).any(char::is_uppercase);
        letters >= 3
            && letters == w.chars().count()
            && !inner_caps
            && (named && words.len() == 1 || !crate::nl::terms::is_common_word(w))
            && !orgs.contains(&fold(w))
    })
}

/// Whether a speaker label (`Marcel:`) that matches nobody names a person: a given name
/// from the lexicon or a full name. A topic label (`Twitter:`, `België:`) is no person.
fn labelled_person(written: &str) -> bool {
    let words: Vec<&str> = written.split_whitespace().collect();
    match words.as_slice() {
        [one] => crate::nl::is_first_name(one),
        _ => names_a_person(written),
    }
}

/// Whether a bare name is plainly a person's: a known given name (`Marion`), or a given name
/// with a surname (`Edward van Gelderen`).
fn names_a_person(written: &str) -> bool {
    let words: Vec<&str> = written.split_whitespace().collect();
    match words.as_slice() {
        // A given name, or a name the Dutch word list knows only capitalised (`Tjitske`).
        [one] => crate::nl::is_first_name(one) || crate::nl::terms::is_proper_noun(one),
        // `Edward van Gelderen`; not `In de Makkelijk`, `De Woonbond`.
        [first, .., last] => {
            !crate::people::is_particle(first)
                && !crate::nl::terms::is_common_word(first)
                && (crate::nl::is_first_name(first)
                    || (last.starts_with(char::is_uppercase)
                        && first.starts_with(char::is_uppercase)))
        }
        [] => false,
    }
}
/// Whether a bare given name is another spelling of the listed person's given name: both
/// are given names and they differ by a final `e` (`Annemiek` / `Annemieke`).
fn is_first_name_variant(written: &str, near: Option<&crate::people::Person>) -> bool {
    let w = written.trim();
    let Some(given) = near.and_then(|p| p.name.display.split(' ').next()) else {
        return false;
    };
    if w.contains(' ') || !crate::nl::is_first_name(w) || !crate::nl::is_first_name(given) {
        return false;
    }
    let (a, b) = (w.to_lowercase(), given.to_lowercase());
    a.strip_suffix('e') == Some(b.as_str()) || b.strip_suffix('e') == Some(a.as_str())
}
