//! `structure/numbering`: agenda letters or numbers that skip, repeat or run backwards.

use crate::finding::{Finding, Severity};
use crate::model::{Document, Item};
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it finds
    /// Agenda items whose letters or numbers skip (`D` then `F`), repeat (`6` twice) or run
    /// backwards (`8` then `7`), and sub-items that do not start at 1 (item B opening with
    /// sub-item `2.`, or `7.2` as the first sub-item of item 7) or do not follow on.
    ///
    /// ## Why it matters
    /// Minutes are cited by item number. A gap or a repeat suggests a missing or a duplicated
    /// item, and makes references to the minutes ambiguous.
    ///
    /// ## Example
    /// ```text
    /// 6. Begroting 2019
    /// 6. Rondvraag
    /// ```
    /// Corrected:
    /// ```text
    /// 6. Begroting 2019
    /// 7. Rondvraag
    /// ```
    ///
    /// ## How to fix
    /// Renumber the items, or add the item that is missing.
    ///
    /// ## Known limits
    /// Items with a letter suffix (`5a`, `5b`) may share their number. The first item may
    /// carry any number.
    pub struct Numbering => "structure/numbering", Severity::Warning, label: "numbering.label", nl: include_str!("numbering.nl.md");
}

/// A label read as a position: the number (or letter ordinal) and whether a suffix follows.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Ordinal {
    n: u32,
    suffixed: bool,
}

fn ordinal(label: &str) -> Option<Ordinal> {
    let l = label.trim().trim_end_matches(['.', ')', ':']);
    let last = l.rsplit('.').next().unwrap_or(l);
    let digits: String = last.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        let suffixed = last.len() > digits.len();
        return digits.parse().ok().map(|n| Ordinal { n, suffixed });
    }
    let mut cs = last.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) if c.is_ascii_alphabetic() => Some(Ordinal {
            n: c.to_ascii_uppercase() as u32 - 'A' as u32 + 1,
            suffixed: false,
        }),
        _ => None,
    }
}

impl Rule for Numbering {
    fn check(&self, doc: &Document, _cx: &Context<'_>, out: &mut Vec<Finding>) {
        // Top-level items, excluding stray `4.2` headings that found no parent.
        let top: Vec<&Item> = doc
            .items
            .iter()
            .filter(|i| !i.label.trim_end_matches('.').contains('.') && !i.label.is_empty())
            .collect();
        let agenda: Vec<&Item> = doc.agenda.iter().collect();
        let numbers: Vec<u32> = agenda
            .iter()
            .filter_map(|i| ordinal(&i.label))
            .map(|o| o.n)
            .collect();
        self.sequence_against(&top, None, &numbers, out);
        self.sequence(&agenda, None, out);
        for item in &doc.items {
            // `2.2.1` under `2.2`: deeper levels are not followed.
            let subs: Vec<&Item> = item
                .subitems
                .iter()
                .filter(|i| {
                    !i.label.is_empty() && i.label.trim_end_matches('.').matches('.').count() <= 1
                })
                .collect();
            self.sequence(&subs, Some(item), out);
        }
    }
}

impl Numbering {
    fn sequence(&self, items: &[&Item], parent: Option<&Item>, out: &mut Vec<Finding>) {
        self.sequence_against(items, parent, &[], out)
    }

    /// Checks a sequence; a section may skip ahead over numbers the agenda list has (the
    /// report need not cover every agenda line).
    fn sequence_against(
        &self,
        items: &[&Item],
        parent: Option<&Item>,
        agenda: &[u32],
        out: &mut Vec<Finding>,
    ) {
        // `01A`, `05`, `05A`: an agenda of item codes (a college, provincial executive) skips
        // numbers on purpose.
        if parent.is_none()
            && items.first().is_some_and(|i| {
                let l = i.label.trim_end_matches('.');
                l.starts_with('0') && l.ends_with(|c: char| c.is_ascii_alphabetic())
            })
        {
            return;
        }
        // Markdown renders `1.` on every line as 1, 2, 3: lazy numbering is no defect.
        if items.len() > 1 && items.iter().all(|i| i.label == items[0].label) && parent.is_none() {
            return;
        }
        // `07A`, `07B` under `07`: the letters count.
        let letters = |i: &Item| {
            let l = i.label.trim_end_matches('.');
            let c = l.chars().last()?;
            (c.is_ascii_alphabetic() && l[..l.len() - 1].chars().all(|d| d.is_ascii_digit()))
                .then(|| c.to_ascii_uppercase() as u32 - 'A' as u32 + 1)
        };
        if parent.is_some() && !items.is_empty() && items.iter().all(|i| letters(i).is_some()) {
            for pair in items.windows(2) {
                let (a, b) = (letters(pair[0]), letters(pair[1]));
                if let (Some(a), Some(b)) = (a, b) {
                    if b != a + 1 {
                        out.push(
                            Finding::at(
                                self,
                                pair[1].label_span,
                                msg!(
                                    "numbering.letters",
                                    label = &pair[1].label,
                                    previous = &pair[0].label
                                ),
                            )
                            .related(pair[0].label_span, msg!("numbering.item-before"))
                            .help(msg!("numbering.letters-help")),
                        );
                    }
                }
            }
            return;
        }
        if let (Some(parent), Some(first)) = (parent, items.first()) {
            if let Some(o) = ordinal(&first.label) {
                if o.n != 1 {
                    let p = parent.label.trim_end_matches('.');
                    out.push(
                        Finding::at(
                            self,
                            first.label_span,
                            msg!(
                                "numbering.first-sub",
                                parent = p,
                                label = first.label.trim_end_matches('.')
                            ),
                        )
                        .subject(first.label.trim_end_matches('.'))
                        .related(parent.label_span, msg!("numbering.the-item"))
                        .help(msg!("numbering.first-sub-help")),
                    );
                }
            }
        }
        for pair in items.windows(2) {
            let (prev, cur) = (pair[0], pair[1]);
            let (Some(a), Some(b)) = (ordinal(&prev.label), ordinal(&cur.label)) else {
                continue;
            };
            // Letters and numbers are separate sequences; `5a` may follow `5`.
            if prev.label.chars().next().map(|c| c.is_ascii_digit())
                != cur.label.chars().next().map(|c| c.is_ascii_digit())
            {
                continue;
            }
            let covered = b.n > a.n && (a.n + 1..b.n).all(|n| agenda.contains(&n));
            let fine = b.n == a.n + 1 || (b.suffixed && b.n == a.n) || covered;
            if fine {
                continue;
            }
            let (pl, cl) = (
                prev.label.trim_end_matches('.'),
                cur.label.trim_end_matches('.'),
            );
            let message = if b.n == a.n {
                msg!("numbering.repeats")
            } else if b.n < a.n {
                msg!("numbering.backwards")
            } else {
                msg!("numbering.skips")
            };
            out.push(
                Finding::at(
                    self,
                    cur.label_span,
                    message.arg("label", cl).arg("previous", pl),
                )
                .subject(cl)
                .related(prev.label_span, msg!("numbering.item-before"))
                .help(msg!("numbering.help")),
            );
        }
    }
}
