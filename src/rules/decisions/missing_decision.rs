//! `decisions/missing-decision`: an item that asks for a decision and records none.

use crate::finding::{Finding, Severity};
use crate::model::decisions::{asks_for_decision, decided_in_list, records_outcome, title_asks};
use crate::model::{Document, Item, Marker, ParagraphKind, Span};
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it finds
    /// An agenda item that asks for a decision and records no decision, conclusion, advice
    /// or deferral. An item asks for a decision when it stands under *ter besluitvorming* or
    /// *ter vaststelling*, when its title is a *voorstel* or *raadsvoorstel*, or when it
    /// adopts earlier minutes. Informational items (*mededelingen*, *ter informatie*,
    /// *rondvraag*) need none.
    ///
    /// ## Why it matters
    /// A decision list exists to record decisions. An item that asked for one and records
    /// none leaves readers guessing whether the proposal was adopted, rejected or deferred.
    ///
    /// ## Example
    /// ```text
    /// 2. Voorstel pilot Mijnbuur
    /// Dhr. Robben licht het voorstel toe.
    /// De voorzitter sluit de discussie.
    /// ```
    /// Corrected:
    /// ```text
    /// 2. Voorstel pilot Mijnbuur
    /// Dhr. Robben licht het voorstel toe.
    /// Besluit: het voorstel wordt aangehouden tot de volgende vergadering.
    /// ```
    ///
    /// ## How to fix
    /// Add what was decided (`Besluit: ...`, `wordt vastgesteld`, `stemt in`), the
    /// conclusion (`Conclusie: ...`), the advice given, or that the item was deferred
    /// (`aangehouden`, `komt terug in de volgende vergadering`).
    pub struct MissingDecision => "decisions/missing-decision", Severity::Warning, label: "missing-decision.label", nl: include_str!("missing_decision.nl.md");
}

impl Rule for MissingDecision {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        if doc.items.is_empty() && doc.lines.len() > 5 {
            out.push(
                Finding::at(self, doc.anchor(cx.text), msg!("missing-decision.no-items"))
                    .help(msg!("missing-decision.no-items-help"))
                    .at_most(Severity::Info),
            );
            return;
        }
        // In minutes where most items have nothing under them, the report is not under the
        // agenda lines (or not there at all): an empty line says nothing either way. Counted
        // once a document (per item, 100,000 table rows took 45 s).
        let mostly_empty = doc.items.iter().filter(|i| is_empty(i)).count() * 2 >= doc.items.len();
        // A text that stops mid-sentence was cut off (a page excerpt, a file saved half-way):
        // what its last item decided is not in it.
        // (`… de planning van het`, `pagina 6,`; not `Sluiting` or `Volgende vergadering: 12
        // mei 2026`).
        let last_line = cx.text.trim_end().rsplit('\n').next().unwrap_or("");
        // Rows of a table or of the action and decision lists at the end are no sentences.
        // So are a field or a signature (`Notulist: L.T. de Kleijn`): the last word of a
        // sentence cut off is an ordinary lower-case word.
        let last_word = last_line.split_whitespace().last().unwrap_or("");
        // Minutes often leave out the last full stop, so only a comma, a word cut in two or a
        // word no sentence ends on says the text was cut.
        let cut_off = doc.trailer.is_empty()
            && !last_line.contains(['\t', ':'])
            && (last_line.ends_with(',')
                || last_line.split_whitespace().count() >= 3
                    && (last_word.chars().count() == 1
                        && last_word.chars().all(char::is_lowercase)
                        || crate::nl::needs_continuation(last_word)
                        || matches!(last_word, "zijn" | "haar")));
        let last = doc.items.len().saturating_sub(1);
        for (n, item) in doc.items.iter().enumerate() {
            if cut_off && n == last {
                // Said once, so that the silence is not taken for a pass.
                let end = cx.text.trim_end().len();
                let start = end - last_line.len();
                out.push(
                    Finding::at(
                        self,
                        Span::new(start, end),
                        msg!("missing-decision.cut-off"),
                    )
                    .help(msg!("missing-decision.cut-off-help"))
                    .at_most(Severity::Info),
                );
                continue;
            }
            if item.subitems.is_empty() {
                self.check_unit(doc, item, None, mostly_empty, cx, out);
                continue;
            }
            // Paragraphs before the first sub-item belong to the item itself.
            if !item.paragraphs.is_empty()
                && asks_for_decision(item, None)
                && !deciding_section(item)
            {
                self.check_unit(doc, item, None, mostly_empty, cx, out);
            }
            for sub in &item.subitems {
                self.check_unit(doc, sub, Some(item), mostly_empty, cx, out);
            }
        }
    }
}

impl MissingDecision {
    fn check_unit(
        &self,
        doc: &Document,
        item: &Item,
        parent: Option<&Item>,
        mostly_empty: bool,
        cx: &Context<'_>,
        out: &mut Vec<Finding>,
    ) {
        if mostly_empty && is_empty(item) {
            return;
        }
        if !asks_for_decision(item, parent)
            || records_outcome(item, cx.text, &cx.blocks)
            || decided_in_list(doc, item, cx.text)
        {
            return;
        }
        // `Voortgang uitvoeringsprogramma` under `Ter besluitvorming`, ending in `Actie: …`:
        // only the section asks, and the follow-up it records is its outcome.
        if title_asks(item).is_none() && records_follow_up(item) {
            return;
        }
        let title = if item.title.is_empty() {
            item.label.clone()
        } else {
            item.title.clone()
        };
        let at = if item.title_span.is_empty() {
            item.heading
        } else {
            item.title_span
        };
        // Sub-items of a table row are numbered within it: call them `E.2`.
        let label = match parent {
            Some(p)
                if !item.label.trim_end_matches('.').contains('.')
                    && !item.label.is_empty()
                    && !p.label.is_empty() =>
            {
                format!(
                    "{}.{}",
                    p.label.trim_end_matches('.'),
                    item.label.trim_end_matches('.')
                )
            }
            _ => item.label.trim_end_matches('.').to_string(),
        };
        let mut f = Finding::at(
            self,
            at,
            if label.is_empty() {
                msg!("missing-decision.unlabelled", title = title)
            } else {
                msg!("missing-decision.message", label = &label, title = title)
            },
        )
        .subject(&label)
        .help(msg!("missing-decision.help"));
        if let Some(p) = parent {
            f = f.related(p.title_span, msg!("missing-decision.heading"));
        }
        if item.span.end() > item.heading.end() {
            f = f.related(
                Span::new(item.span.end(), item.span.end()),
                msg!("missing-decision.item-ends"),
            );
        }
        out.push(f);
    }
}

/// Whether the item's own title is a section heading (`Ter besluitvorming`) whose
/// sub-items are checked one by one.
fn deciding_section(item: &Item) -> bool {
    crate::nl::lexicon::is_section_heading(&item.title)
}

/// Whether the item records a follow-up: an action or an agreement (`Actie: …`, `Afspraak: …`).
fn records_follow_up(item: &Item) -> bool {
    item.paragraphs.iter().any(|p| {
        matches!(
            p.kind,
            ParagraphKind::Marker(Marker::Action | Marker::Agreement)
        )
    })
}

/// An item with nothing under it: no paragraph, no sub-item.
fn is_empty(i: &Item) -> bool {
    i.paragraphs.is_empty() && i.subitems.is_empty()
}
