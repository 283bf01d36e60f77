//! Special-category personal data (AVG art. 9 and 10): the phrases that disclose it.
//!
//! Minutes name people; a public concept that says `Dhr. Lutje Wagelaar is nog steeds herstellende
//! van een motorongeluk` publishes his health. This module holds the Dutch language knowledge for
//! `privacy/special-category-data`: which phrases, in a sentence that already names a person,
//! say something about a person's health, belief, origin, political opinion, union membership,
//! sexual orientation or criminal record.
//!
//! The design is precision first. A topic word alone is never enough, because minutes discuss
//! health and crime as policy all the time (`het ziekteverzuim`, `ondermijning`, `de zorg`).
//! A phrase is reported only when its form ties it to one person: a predicate (`is ziek`,
//! `is geopereerd`), a possessive (`zijn operatie`), a verb of having or suffering
//! (`heeft een hartaanval gehad`, `lijdt aan dementie`), a reason for absence
//! (`afwezig wegens ziekte`) or a named subject (`Dhr. Kok zit vast`). A guard then drops the
//! phrase when its subject is a group or an unnamed person (`medewerkers die ziek zijn`,
//! `een agent raakte gewond`) or a thing (`de woningmarkt is overspannen`).
//!
//! Everything is data: each rule in `nl/data/privacy.phrases` is a head word with the words that
//! must stand before and after it, and sentences that prove it (`docs/privacy-phrases.md`); the
//! word sets are `nl/data/privacy-<name>.txt`. Matching is on the words of [`crate::nl::tokens`],
//! case- and diacritic-insensitive, bounded in every direction, so a sentence of any length is
//! scanned in linear time.

use std::ops::Range;

use crate::nl::tokens::{self, Token};

use lists::lex;
use matching::try_rule;
use pattern::{rule_index, suffix_excluded};
use phrases::rules;

mod lists;
mod matching;
mod pattern;
mod phrases;
mod shared;
mod subject;

/// The AVG category a phrase discloses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// Health, including pregnancy, injury and addiction (art. 9).
    Health,
    /// Religious or philosophical belief (art. 9).
    Religion,
    /// Racial or ethnic origin (art. 9).
    Ethnicity,
    /// Political opinion or party membership (art. 9).
    PoliticalOpinion,
    /// Trade-union membership (art. 9).
    UnionMembership,
    /// Sexual orientation or sex life (art. 9).
    SexualOrientation,
    /// Criminal convictions, offences, arrests, suspicion and detention (art. 10).
    Criminal,
}

impl Category {
    /// Every category, in the order of the AVG.
    pub const ALL: [Category; 7] = [
        Category::Health,
        Category::Religion,
        Category::Ethnicity,
        Category::PoliticalOpinion,
        Category::UnionMembership,
        Category::SexualOrientation,
        Category::Criminal,
    ];
}

/// One sensitive phrase in a sentence: the engine's typed problem, which the rule
/// `privacy/special-category-data` turns into a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SensitivePhrase {
    /// Byte range of the phrase in the sentence, on char boundaries.
    pub range: Range<usize>,
    /// What the phrase discloses.
    pub category: Category,
    /// The phrase as written in the sentence.
    pub phrase: String,
}

/// Sensitive phrases in `sentence` that say something about a person: `is ernstig ziek`,
/// `herstellende van een motorongeluk`, `opgenomen in het ziekenhuis`, `afwezig wegens ziekte`,
/// `is zwanger`, `zijn operatie`, `burn-out`, `is veroordeeld`, `zit vast`...
///
/// The caller has already established that the sentence names a person and that the document
/// is public. Returns nothing for a death notice (see [`is_death_notice`]) and nothing for
/// health or crime as a topic about nobody in particular (`het ziekteverzuim`, `de zorg`,
/// `criminaliteit`, `de behandeling van het voorstel`, `het voorstel wordt aangehouden`).
/// Overlapping matches are merged into one phrase, in sentence order.
pub fn sensitive_phrases(sentence: &str) -> Vec<SensitivePhrase> {
    phrases_in(sentence, 0..sentence.len(), &tokens::words(sentence))
}

/// [`sensitive_phrases`] on a sentence already tokenized: `toks` are the words of the sentence
/// at `sentence` in `text`, with ranges into `text`; so are the ranges returned.
pub fn phrases_in(text: &str, sentence: Range<usize>, toks: &[Token]) -> Vec<SensitivePhrase> {
    if death_notice_in(toks) {
        return Vec::new();
    }
    let sentence = &text[sentence];
    let index = rule_index();
    let rules = rules();
    let mut hits: Vec<(usize, usize, Category)> = Vec::new();
    for i in 0..toks.len() {
        let t = &toks[i];
        let exact = index.exact.get(t.w()).map(Vec::as_slice).unwrap_or(&[]);
        let by_suffix = index
            .endings_of(t.w())
            .flat_map(|(_, rules)| rules.iter().copied())
            .filter(|r| !suffix_excluded(&rules[*r].head, t.w()));
        for r in exact.iter().copied().chain(by_suffix) {
            if let Some((start, end)) = try_rule(&rules[r], toks, text, sentence, i) {
                hits.push((start, end, rules[r].category));
            }
        }
    }
    merge(hits)
        .into_iter()
        .map(|(start, end, category)| {
            let range = toks[start].range.start..toks[end - 1].range.end;
            SensitivePhrase {
                phrase: text[range.clone()].to_string(),
                range,
                category,
            }
        })
        .collect()
}

/// Whether a sentence is a death notice or condolence, which is not personal data of a living
/// person: `overleden`, `het overlijden van`, `in memoriam`, `condoleances`, `de uitvaart`,
/// `een minuut stilte`.
pub fn is_death_notice(sentence: &str) -> bool {
    death_notice_in(&tokens::words(sentence))
}

// ---------------------------------------------------------------------------------------------
// Death notices and merging
// ---------------------------------------------------------------------------------------------

/// [`is_death_notice`] on the words of a sentence.
pub fn death_notice_in(toks: &[Token]) -> bool {
    toks.iter().enumerate().any(|(k, t)| {
        let w = t.w();
        match w {
            // `een minuut stilte`; `de stilte in de zaal` is no mourning.
            "stilte" => k > 0 && lex().before_stilte.contains(toks[k - 1].w()),
            // `de dood van zijn vader`; `loopt dood` is a plan that fails.
            "dood" => {
                toks.get(k + 1).is_some_and(|n| n.norm == "van")
                    || (k > 0 && lex().before_dood.contains(toks[k - 1].w()))
            }
            _ => lex().death.contains(w),
        }
    })
}

/// Sorts matches and merges those that overlap: `herstellende` and `herstellende van een
/// motorongeluk` become one phrase.
fn merge(mut hits: Vec<(usize, usize, Category)>) -> Vec<(usize, usize, Category)> {
    hits.sort_by_key(|h| (h.0, std::cmp::Reverse(h.1)));
    let mut out: Vec<(usize, usize, Category)> = Vec::new();
    for h in hits {
        match out.last_mut() {
            Some(last) if h.0 < last.1 => last.1 = last.1.max(h.1),
            _ => out.push(h),
        }
    }
    out
}

#[cfg(test)]
mod tests;
