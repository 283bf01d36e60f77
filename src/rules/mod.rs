//! The `Rule` trait, `RuleMeta`, and the one list of all rules.

use crate::config::{Config, RuleLevels, RuleNames};
use crate::finding::{Finding, Severity};
use crate::messages::{Lang, Message};
use crate::model::Document;
use crate::msg;
use crate::people::{
    references_in, speaker_label, speaker_label_in, People, PersonRef, Resolution,
};

pub mod attendance;
pub mod decisions;
pub mod privacy;
pub mod publication;
pub mod speakers;
pub mod structure;
pub mod text;

/// What every rule declares about itself: its stable name, default severity and documentation.
pub trait RuleMeta {
    /// The stable name, `group/what-is-wrong`, exactly as in the rule catalogue.
    fn name(&self) -> &'static str;
    /// The severity when configuration says nothing.
    fn default_severity(&self) -> Severity;
    /// The user documentation (Markdown), from the rule's doc comment.
    fn doc(&self) -> &'static str;
    /// The user documentation in Dutch (`<name>.nl.md` beside the rule file).
    fn doc_nl(&self) -> &'static str;
    /// The user documentation in a language.
    fn doc_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.doc(),
            Lang::Nl => self.doc_nl(),
        }
    }
    /// The message id of the label under the text at fault (`listed again here`).
    fn label(&self) -> &'static str;
    /// The severity `--final` gives the rule, whatever its configured level: set for the
    /// rules about what must not be published.
    fn final_severity(&self) -> Option<Severity> {
        None
    }
    /// The rule's group: the part before the slash.
    fn group(&self) -> &'static str {
        self.name().split('/').next().unwrap_or("")
    }
    /// The first sentence of the doc under "What it finds", for tables.
    fn summary(&self) -> String {
        self.summary_in(Lang::En)
    }
    /// The first sentence of the doc under its first heading, in a language.
    fn summary_in(&self, lang: Lang) -> String {
        let doc = self.doc_in(lang);
        let heading = match lang {
            Lang::En => "## What it finds",
            Lang::Nl => "## Wat het vindt",
        };
        let body = doc.split(heading).nth(1).unwrap_or(doc);
        let line = body
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("");
        line.to_string()
    }
}

/// A check over a parsed document. Stateless: everything it needs comes in `doc` and `cx`.
pub trait Rule: RuleMeta + Sync {
    /// Appends this rule's findings for one document.
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>);
}

/// Declares a rule's unit struct and its `RuleMeta` from the doc comment.
#[macro_export]
macro_rules! declare_rule {
    ($(#[doc = $doc:literal])* pub struct $name:ident => $rule:literal, $sev:expr, label: $label:literal, nl: $nl:expr $(, final: $fin:expr)?;) => {
        $(#[doc = $doc])*
        pub struct $name;
        impl $crate::rules::RuleMeta for $name {
            fn name(&self) -> &'static str {
                $rule
            }
            fn default_severity(&self) -> $crate::finding::Severity {
                $sev
            }
            fn doc(&self) -> &'static str {
                concat!($($doc, "\n"),*)
            }
            fn label(&self) -> &'static str {
                $label
            }
            fn doc_nl(&self) -> &'static str {
                $nl
            }
            $(fn final_severity(&self) -> Option<$crate::finding::Severity> {
                Some($fin)
            })?
        }
    };
}

/// What rules share about one document: its text, who is who, who speaks, configuration.
pub struct Context<'a> {
    /// The document text.
    pub text: &'a str,
    /// The configuration in force.
    pub config: &'a Config,
    /// Everyone named in the header, the lists and the roster.
    pub people: People,
    /// Every person reference in the body, in order.
    pub refs: Vec<PersonRef>,
    /// What the document shows of its structure, for the checks that need it.
    pub understood: Understood,
    /// Every paragraph of the document in order (`Document::all_paragraphs`), gathered once.
    pub paragraphs: Vec<crate::model::Paragraph>,
    /// The prose a reader reads (`Document::prose_spans`), gathered once.
    pub prose: Vec<crate::model::Span>,
    /// The text blocks of the body (`Document::text_blocks`), each tokenized once, in order.
    pub blocks: Vec<crate::nl::tokens::BlockTokens<'a>>,
    /// What the reader noticed about the file (tracked changes not accepted): the line, the
    /// sentence and what to do.
    pub reader_notes: Vec<ReaderNote>,
    /// Who each of `refs` names, worked out when a rule first asks ([`Context::resolve`]).
    resolved: Vec<std::sync::OnceLock<Resolution>>,
}

/// A reader's note about a document, on the line it concerns.
#[derive(Debug, Clone)]
pub struct ReaderNote {
    /// The line.
    pub span: crate::model::Span,
    /// What the reader noticed.
    pub message: Message,
    /// What to do about it.
    pub help: Message,
}

/// What the structure pass found, so that a check that needs something missing says so
/// once instead of guessing.
#[derive(Debug, Clone, Copy, Default)]
pub struct Understood {
    /// A present list that names people.
    pub attendees_named: bool,
    /// A present list that only counts (`18 leden, zie presentielijst`).
    pub attendance_counted: bool,
    /// Agenda items.
    pub items: bool,
}

impl<'a> Context<'a> {
    /// Builds the shared analysis of a document.
    pub fn new(doc: &Document, text: &'a str, config: &'a Config) -> Self {
        let mut refs = Vec::new();
        let paragraphs: Vec<crate::model::Paragraph> =
            doc.all_paragraphs().into_iter().cloned().collect();
        let prose = doc.prose_spans(&paragraphs);
        let blocks: Vec<crate::nl::tokens::BlockTokens> = doc
            .text_blocks(&paragraphs)
            .into_iter()
            .map(|b| crate::nl::tokens::BlockTokens::new(b, text.get(b.range()).unwrap_or("")))
            .collect();
        for block in &blocks {
            refs.extend(references_in(
                block.text,
                &block.pieces,
                &block.starts,
                block.span.start(),
            ));
        }
        // Speaker labels open a line: `Anne: …`, `- Bram: …`.
        for p in &paragraphs {
            if p.span.start() >= doc.body_start
                && matches!(
                    p.kind,
                    crate::model::ParagraphKind::Text | crate::model::ParagraphKind::Bullet
                )
            {
                refs.extend(label_of(text, p.span, &blocks));
            }
        }
        refs.sort_by_key(|r| r.span.start());
        let attendees_named = doc.names_attendees(text);
        let understood = Understood {
            attendees_named,
            attendance_counted: !attendees_named
                && doc
                    .lists_of(crate::model::ListKind::Present)
                    .any(|l| !l.entries.is_empty()),
            items: !doc.items.is_empty(),
        };
        let people = People::index(doc, text, config.roster(), &refs, &blocks);
        let resolved = refs.iter().map(|_| std::sync::OnceLock::new()).collect();
        Context {
            text,
            config,
            people,
            refs,
            understood,
            paragraphs,
            prose,
            blocks,
            reader_notes: Vec::new(),
            resolved,
        }
    }

    /// Who a reference names (`People::resolve`). Several rules ask about the same
    /// references of `refs`: for those the answer is worked out once.
    pub fn resolve(&self, r: &PersonRef) -> Resolution {
        // Whether `r` is an element of `refs`, and which, told by its address: a reference
        // found elsewhere (`mentions_in`) is resolved afresh.
        let size = std::mem::size_of::<PersonRef>().max(1);
        let at = (r as *const PersonRef as usize).wrapping_sub(self.refs.as_ptr() as usize);
        match self.resolved.get(at / size) {
            Some(cell) if at % size == 0 => cell.get_or_init(|| self.people.resolve(r)).clone(),
            _ => self.people.resolve(r),
        }
    }

    /// What could not be checked in this document, and why: one sentence each.
    pub fn notes(&self) -> Vec<Message> {
        let mut out = Vec::new();
        if self.understood.attendance_counted {
            out.push(msg!("note.attendance-counted"));
        } else if !self.understood.attendees_named {
            out.push(msg!("note.no-present-list"));
        }
        if !self.understood.items {
            out.push(msg!("note.no-items"));
        }
        out
    }

    /// The text of a span.
    pub fn slice(&self, span: &crate::model::Span) -> &'a str {
        self.text.get(span.range()).unwrap_or("")
    }
}

/// The speaker label opening a paragraph ([`speaker_label`]), read from the pieces of its text
/// block when they are the pieces of the line's head: none of them runs past the head.
fn label_of(
    text: &str,
    span: crate::model::Span,
    blocks: &[crate::nl::tokens::BlockTokens<'_>],
) -> Option<PersonRef> {
    let t = text.get(span.range())?;
    let head = t.get(..t.len().min(crate::people::LABEL_HEAD))?;
    if !head.contains(':') {
        return None;
    }
    let Some((block, toks)) = crate::nl::tokens::block_pieces(blocks, span) else {
        return speaker_label(t, span.start());
    };
    let head_end = span.start() - block.span.start() + head.len();
    let toks = &toks[..toks.partition_point(|p| p.start < head_end)];
    if toks.last().is_some_and(|p| p.end() > head_end) {
        return speaker_label(t, span.start());
    }
    speaker_label_in(block.text, toks, block.span.start())
}

/// Every rule, sorted by name. Registering a rule means adding it here.
pub fn all() -> &'static [&'static dyn Rule] {
    &[
        &attendance::absentee_speaks::AbsenteeSpeaks,
        &attendance::duplicate_person::DuplicatePerson,
        &attendance::empty_entry::EmptyEntry,
        &attendance::near_duplicate_person::NearDuplicatePerson,
        &attendance::officer_not_present::OfficerNotPresent,
        &attendance::present_and_absent::PresentAndAbsent,
        &decisions::missing_decision::MissingDecision,
        &privacy::special_category_data::SpecialCategoryData,
        &publication::draft_marker::DraftMarker,
        &speakers::ambiguous_speaker::AmbiguousSpeaker,
        &speakers::undefined_speaker::UndefinedSpeaker,
        &structure::broken_paragraph::BrokenParagraph,
        &structure::invalid_date::InvalidDate,
        &structure::invalid_time::InvalidTime,
        &structure::malformed_item::MalformedItem,
        &structure::missing_field::MissingField,
        &structure::numbering::Numbering,
        &structure::unrecognized_line::UnrecognizedLine,
        &text::term_spelling::TermSpelling,
    ]
}

/// The names of every rule, for configuration to check its keys against.
pub fn names() -> RuleNames {
    RuleNames(all().iter().map(|r| r.name()).collect())
}

/// What configuration needs to decide a rule's severity.
pub fn levels(rule: &dyn Rule) -> RuleLevels {
    RuleLevels {
        name: rule.name(),
        default: rule.default_severity(),
        on_final: rule.final_severity(),
    }
}

/// The severity of a rule under a configuration; `None` when off.
pub fn severity(config: &Config, rule: &dyn Rule) -> Option<Severity> {
    config.severity(&levels(rule))
}

/// The rule with this exact name.
pub fn by_name(name: &str) -> Option<&'static dyn Rule> {
    all().iter().copied().find(|r| r.name() == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The answer kept for a reference of `refs` is the one `People::resolve` gives, for every
    /// reference, asked once or twice; a reference from elsewhere is resolved afresh.
    #[test]
    fn kept_resolutions_are_those_of_the_people() {
        let text = "Aanwezig: A. Kok, B. Kok, C. de Vries\n\n1. Opening\n\n\
                    De heer Kok opent. Mevrouw De Vries zegt dat het goed is. Dhr. Jansen \
                    vraagt het woord. C. de Vries antwoordt.\n";
        let doc = crate::structure::parse(text);
        let config = Config::default();
        let cx = Context::new(&doc, text, &config);
        assert!(cx.refs.len() >= 4, "{:?}", cx.refs);
        let kinds: Vec<Resolution> = cx.refs.iter().map(|r| cx.people.resolve(r)).collect();
        assert!(kinds.iter().any(|k| matches!(k, Resolution::Known(_))));
        assert!(kinds.iter().any(|k| matches!(k, Resolution::Ambiguous(_))));
        assert!(kinds.iter().any(|k| matches!(k, Resolution::Unknown)));
        for _ in 0..2 {
            for (r, kind) in cx.refs.iter().zip(&kinds) {
                assert_eq!(&cx.resolve(r), kind);
            }
        }
        // A copy is no element of `refs`: answered afresh, the same.
        for (r, kind) in cx.refs.iter().zip(&kinds) {
            let copy = r.clone();
            assert_eq!(&cx.resolve(&copy), kind);
        }
    }

    /// A label read from the block's pieces is the label read from the line alone, also where
    /// the line's head ends inside a word, a name or a character.
    #[test]
    fn labels_from_block_pieces_are_labels_from_the_line() {
        let pad = |n: usize| "x".repeat(n);
        let lines = [
            "Anne: Ik denk dat het kan.".to_string(),
            "- Bram de Vries: akkoord".to_string(),
            "AK: dat regelen we".to_string(),
            "Geen label hier".to_string(),
            format!("Anne Kok: {}", pad(90)),
            format!("{} Anne: ja", pad(70)),
            format!("Anne: {}Kok-Visser verder", pad(68)),
            format!("Marion van der {}: ja", pad(62)),
            format!("Anne: {}é verder", pad(73)),
            format!("Anne:{}", pad(75)),
            // The colon past the head: no label, although the name is whole in the block.
            "Annemarie-Wilhelmina Bakker-Oosterhuisvandenberg Christoffelsenhuizen Dijkstra: ja"
                .to_string(),
            "Annemarie-Wilhelmina Bakker-Oosterhuisvandenberg Christoffelsenhuizen Dijkstrahuizen: ja"
                .to_string(),
        ];
        for line in &lines {
            let before = "Inleiding.\n";
            let text = format!("{before}{line}\nSlot.");
            let span = crate::model::Span::new(before.len(), before.len() + line.len());
            let block =
                crate::nl::tokens::BlockTokens::new(crate::model::Span::new(0, text.len()), &text);
            let from_block = label_of(&text, span, std::slice::from_ref(&block));
            let alone = speaker_label(line, span.start());
            assert_eq!(
                from_block.as_ref().map(|r| (r.span, r.name.key.clone())),
                alone.as_ref().map(|r| (r.span, r.name.key.clone())),
                "{line}"
            );
        }
    }
}
