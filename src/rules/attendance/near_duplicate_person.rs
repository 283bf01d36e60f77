//! `attendance/near-duplicate-person`: two entries of one list that are almost the same name.

use crate::declare_rule;
use crate::finding::{Finding, Severity};
use crate::model::{Document, Entry};
use crate::people::squash;
use crate::rules::{Context, Rule};
use std::collections::HashMap;

declare_rule! {
    /// ## What it finds
    /// Two entries in one attendance list that are almost the same name: the same person
    /// written twice in different ways (`A. van der Kolk` and `A. v.d. Kolk`, `K.S. Korkmaz`
    /// and `K. Korkmaz`, `H. Meuleman` and `H. Meulemans`).
    ///
    /// ## Why it matters
    /// The list counts one person twice, and one of the spellings is probably wrong.
    ///
    /// ## Example
    /// ```text
    /// Aanwezig: A. van der Kolk, H. Robben, A. v.d. Kolk
    /// ```
    /// Corrected:
    /// ```text
    /// Aanwezig: A. van der Kolk, H. Robben
    /// ```
    ///
    /// ## How to fix
    /// Keep one entry, spelled as the person spells it, or correct the other to the person
    /// who was meant.
    ///
    /// ## Known limits
    /// Entries whose initials differ (`J. Jansen` and `P. Janssen`) are two people and are
    /// never reported.
    pub struct NearDuplicatePerson => "attendance/near-duplicate-person", Severity::Warning;
}

impl Rule for NearDuplicatePerson {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for list in &doc.lists {
            // Pairwise comparison is quadratic; real lists have dozens of names. Past
            // `PAIRWISE_LIMIT` entries only spellings of the same surname key are compared,
            // with the first `PAIRWISE_LIMIT` entries of that surname (100,000 entries of one
            // surname took minutes).
            let pairwise = list.entries.len() <= PAIRWISE_LIMIT;
            let mut by_key: HashMap<&str, Vec<&Entry>> = HashMap::new();
            for (i, b) in list.entries.iter().enumerate() {
                let first = if pairwise {
                    list.entries[..i].iter().find(|a| near(a, b))
                } else {
                    by_key
                        .get(b.name.key.as_str())
                        .and_then(|v| v.iter().take(PAIRWISE_LIMIT).copied().find(|a| near(a, b)))
                };
                by_key.entry(b.name.key.as_str()).or_default().push(b);
                if let Some(a) = first {
                    let (wa, wb) = (
                        squash(cx.slice(&a.name_span)),
                        squash(cx.slice(&b.name_span)),
                    );
                    out.push(
                        Finding::at(self, b.name_span.clone(), format!("{wb} looks like {wa}, already on the {}", list.kind.describe()))
                            .subject(&wb)
                            .related(a.name_span.clone(), "written this way here")
                            .help(format!("keep one of {wa} and {wb}, or correct the name of the person who was meant")),
                    );
                }
            }
        }
    }
}

/// Lists longer than this are compared by surname key only.
const PAIRWISE_LIMIT: usize = 2000;

/// Whether two entries are one person written differently.
fn near(a: &Entry, b: &Entry) -> bool {
    // `display` is the entry's name as written, white space folded.
    if a.name.display == b.name.display || a.name.key.is_empty() || b.name.key.is_empty() {
        return false;
    }
    // Both must carry given names that agree: a bare surname says too little.
    if a.name.initials.is_empty()
        || b.name.initials.is_empty()
        || !a.name.compatible_given_names(&b.name)
    {
        return false;
    }
    if a.name.key == b.name.key {
        return true;
    }
    let (ka, kb) = (&a.name.key, &b.name.key);
    let shorter = ka.chars().count().min(kb.chars().count());
    let distance = strsim::damerau_levenshtein(ka, kb);
    shorter >= 3 && distance == 1 || shorter >= 8 && distance == 2
}
