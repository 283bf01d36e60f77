//! `privacy/special-category-data`: health or other special-category data about a named
//! person in a public document.

use crate::finding::{Finding, Severity};
use crate::messages::{word, Arg};
use crate::model::Document;
use crate::nl::privacy::{phrases_in, Category};
use crate::people::{mentions_in, Resolution};
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it finds
    /// In minutes that will be public (`openbaar` in the title or a `Status` line, or
    /// `public = true` in `notulint.toml`), a sentence that names a person and discloses
    /// special-category personal data about them (AVG articles 9 and 10): health (illness,
    /// an operation, a pregnancy, an accident), religion, ethnic origin, political opinion,
    /// trade-union membership, sexual orientation, or criminal matters.
    ///
    /// ## Why it matters
    /// Publishing such data about a named person without a legal ground breaches the AVG
    /// (GDPR) and the person's privacy, and cannot be undone once the minutes are online.
    ///
    /// ## Example
    /// ```text
    /// Dhr. Lutje Wagelaar is nog steeds herstellende van een motorongeluk.
    /// ```
    /// Corrected:
    /// ```text
    /// Dhr. Lutje Wagelaar is met kennisgeving afwezig.
    /// ```
    ///
    /// ## How to fix
    /// Leave the detail out of the public minutes (`is met kennisgeving afwezig`), or move it
    /// to a confidential annex.
    ///
    /// ## Known limits
    /// Death notices are not reported, nor documents marked `niet openbaar` or
    /// `vertrouwelijk`, nor health words about nobody in particular (`het ziekteverzuim`).
    pub struct SpecialCategoryData => "privacy/special-category-data", Severity::Warning, label: "special-category-data.label", nl: include_str!("special_category_data.nl.md");
}

impl Rule for SpecialCategoryData {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let public = cx
            .config
            .public
            .or_else(|| doc.marked_public(cx.text))
            .unwrap_or(false);
        if !public {
            return;
        }
        for block in &cx.blocks {
            for (k, sent) in block.sentences.iter().enumerate() {
                let sentence = block.sentence_span(sent);
                // References are in text order: start at the first one inside the sentence.
                let from = cx
                    .refs
                    .partition_point(|r| r.full_span.start() < sentence.start());
                let named = cx.refs[from..]
                    .iter()
                    .take_while(|r| r.full_span.start() < sentence.end())
                    .find(|r| {
                        r.full_span.start() >= sentence.start()
                            && r.full_span.end() <= sentence.end()
                            && (r.honorific || cx.resolve(r) != Resolution::Unknown)
                    });
                // `Frank is afwezig wegens ziekte.`: a bare name that is no speaker is a person
                // when the lists know it, or when it is a given name with a surname.
                let mentioned;
                let named = match named {
                    Some(r) => Some(r),
                    None => {
                        mentioned = mentions_in(block.text, block.pieces_of(k), block.span.start());
                        mentioned.iter().find(|r| {
                            let written = cx.slice(&r.span);
                            let first = written.split(' ').next().unwrap_or("");
                            cx.resolve(r) != Resolution::Unknown
                                || r.name.first_name.is_some()
                                    && written.contains(' ')
                                    && crate::nl::is_first_name(first)
                        })
                    }
                };
                let Some(person) = named else { continue };
                // The engine finds nothing in a death notice.
                let phrase = phrases_in(block.text, sent.range.clone(), &block.words_of(sent))
                    .into_iter()
                    .next();
                if let Some(phrase) = phrase {
                    let at = block.span.sub(cx.text, phrase.range.clone());
                    let who = crate::people::squash(cx.slice(&person.span));
                    out.push(
                        Finding::at(
                            self,
                            at,
                            msg!(
                                "special-category-data.message",
                                phrase = &phrase.phrase,
                                category = describe(phrase.category),
                                name = &who
                            ),
                        )
                        .subject(&who)
                        .related(person.span, msg!("special-category-data.person"))
                        .help(msg!("special-category-data.help", name = &who)),
                    );
                }
            }
        }
    }
}

/// The category as the message names it (`health`, `criminal record`).
fn describe(category: Category) -> Arg {
    word(match category {
        Category::Health => "category.health",
        Category::Religion => "category.religion",
        Category::Ethnicity => "category.ethnicity",
        Category::PoliticalOpinion => "category.political-opinion",
        Category::UnionMembership => "category.union-membership",
        Category::SexualOrientation => "category.sexual-orientation",
        Category::Criminal => "category.criminal",
    })
}
