//! `structure/broken-paragraph`: a paragraph cut in two mid-sentence.

use crate::finding::{Finding, Severity};
use crate::model::{Document, ParagraphKind, Span};
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it finds
    /// A paragraph that stops mid-sentence, without closing punctuation, while the next
    /// paragraph (after an empty line) carries on in lower case: the residue of a page break
    /// or a copy from a PDF.
    ///
    /// ## Why it matters
    /// The sentence reads as two fragments in the published minutes.
    ///
    /// ## Example
    /// ```text
    /// Het experimenteren kan nu via een pilot uitgebreid worden. Een aantal bestaande
    ///
    /// whatsappgroepen zullen dan gevraagd worden om Mijnbuur te gaan testen.
    /// ```
    /// Corrected:
    /// ```text
    /// Het experimenteren kan nu via een pilot uitgebreid worden. Een aantal bestaande
    /// whatsappgroepen zullen dan gevraagd worden om Mijnbuur te gaan testen.
    /// ```
    ///
    /// ## How to fix
    /// Join the two parts into one paragraph.
    ///
    /// ## Known limits
    /// Text wrapped over adjacent lines (no empty line between) is one paragraph and is never
    /// reported; headings, bullets and list fragments are left alone.
    pub struct BrokenParagraph => "structure/broken-paragraph", Severity::Warning, label: "broken-paragraph.label", nl: include_str!("broken_paragraph.nl.md");
}

impl Rule for BrokenParagraph {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        let headings = doc.heading_starts();
        for pair in cx.paragraphs.windows(2) {
            let (p, q) = (&pair[0], &pair[1]);
            if p.kind != ParagraphKind::Text || q.kind != ParagraphKind::Text || !q.after_blank {
                continue;
            }
            let next_heading = headings.partition_point(|&h| h <= p.span.end());
            if headings
                .get(next_heading)
                .is_some_and(|&h| h <= q.span.start())
            {
                continue;
            }
            let (a, b) = (cx.slice(&p.span).trim_end(), cx.slice(&q.span));
            let ends_open = a
                .chars()
                .last()
                .is_some_and(|c| c.is_alphanumeric() || c == ',');
            let starts_lower = b.chars().next().is_some_and(char::is_lowercase);
            // A letterhead or a field block (`logo Universiteitsraad UT` / `universiteitsraad`,
            // `15 april 2008` / `e-mail`) is no sentence: the rest of a sentence has words.
            if !ends_open
                || !starts_lower
                || a.split_whitespace().count() < 3
                || b.split_whitespace().count() < 2
            {
                continue;
            }
            let last_word = a.rsplit(char::is_whitespace).next().unwrap_or(a);
            let first_word = b.split(char::is_whitespace).next().unwrap_or(b);
            let at = Span::new(
                p.span.start() + a.len() - last_word.len(),
                p.span.start() + a.len(),
            );
            let then = Span::new(q.span.start(), q.span.start() + first_word.len());
            out.push(
                Finding::at(
                    self,
                    at,
                    msg!(
                        "broken-paragraph.message",
                        last = last_word,
                        first = first_word
                    ),
                )
                .subject(format!("{last_word} {first_word}"))
                .related(then, msg!("broken-paragraph.continues"))
                .help(msg!("broken-paragraph.help")),
            );
        }
    }
}
