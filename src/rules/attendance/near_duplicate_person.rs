//! `attendance/near-duplicate-person`: two entries of one list that are almost the same name.

use super::list_word;
use crate::finding::{Finding, Severity};
use crate::messages::word;
use crate::model::{Document, Entry};
use crate::people::{invisible_name, is_invisible, squash, PersonName};
use crate::rules::{Context, Rule};
use crate::{declare_rule, msg};

declare_rule! {
    /// ## What it finds
    /// Two entries in one attendance list that are almost the same name: the same person
    /// written twice in different ways (`A. van der Kolk` and `A. v.d. Kolk`, `K.S. Korkmaz`
    /// and `K. Korkmaz`, `H. Meuleman` and `H. Meulemans`).
    ///
    /// As a hint (`info`), a name in an attendance list that holds an invisible character:
    /// a zero-width space, joiner or no-break space (byte-order mark), or a bidirectional
    /// mark, embedding, override or isolate (`P. Pie\u{200B}tersen`, a right-to-left mark
    /// before `K. Kok`). Once for every entry that holds one, whatever the other entries.
    ///
    /// ## Why it matters
    /// The list counts one person twice, and one of the spellings is probably wrong.
    ///
    /// An invisible character shows nothing, yet the name is no longer the same text as
    /// the name typed without it: a search, a spreadsheet or another tool does not find it,
    /// and two entries that look identical compare as two people. notulint compares names
    /// without these characters, so its other checks still see one person.
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
    /// who was meant. For the hint: delete the character the help names (it usually comes
    /// with text pasted from a web page, a PDF or a chat program).
    ///
    /// ## Known limits
    /// Entries whose initials differ (`J. Jansen` and `P. Janssen`) are two people and are
    /// never reported.
    pub struct NearDuplicatePerson => "attendance/near-duplicate-person", Severity::Warning, label: "near-duplicate-person.label", nl: include_str!("near_duplicate_person.nl.md");
}

impl Rule for NearDuplicatePerson {
    fn check(&self, doc: &Document, cx: &Context<'_>, out: &mut Vec<Finding>) {
        for list in &doc.lists {
            for e in &list.entries {
                if let Some(f) = self.invisible_characters(e, cx) {
                    out.push(f);
                }
            }
            for (a, b) in near_pairs(&list.entries) {
                let (a, b) = (&list.entries[a], &list.entries[b]);
                let (wa, wb) = (
                    squash(cx.slice(&a.name_span)),
                    squash(cx.slice(&b.name_span)),
                );
                out.push(
                    Finding::at(
                        self,
                        b.name_span,
                        msg!(
                            "near-duplicate-person.message",
                            name = &wb,
                            other = &wa,
                            list = list_word(list.kind)
                        ),
                    )
                    .subject(&wb)
                    .related(a.name_span, msg!("near-duplicate-person.other"))
                    .help(msg!(
                        "near-duplicate-person.help",
                        name = &wb,
                        other = &wa
                    )),
                );
            }
        }
    }
}

impl NearDuplicatePerson {
    /// The hint for an entry whose name holds invisible characters, at the name's span:
    /// which characters, written `\u{200B}`, and where.
    fn invisible_characters(&self, e: &Entry, cx: &Context<'_>) -> Option<Finding> {
        let written = cx.slice(&e.name_span);
        if e.name.key.is_empty() || !written.chars().any(is_invisible) {
            return None;
        }
        let code = |c: char| format!("\\u{{{:X}}}", u32::from(c));
        let mut shown = String::new();
        let mut places = Vec::new();
        for (i, c) in written.char_indices() {
            if !is_invisible(c) {
                shown.push(c);
                continue;
            }
            shown.push_str(&code(c));
            let (before, after) = (squash(&written[..i]), squash(&written[i + c.len_utf8()..]));
            let place = if before.is_empty() {
                msg!("near-duplicate-person.at-start")
            } else if after.is_empty() {
                msg!("near-duplicate-person.at-end")
            } else {
                msg!("near-duplicate-person.after", before = before)
            };
            places.push(
                place
                    .arg("code", code(c))
                    .arg("what", word(invisible_name(c))),
            );
        }
        let name = squash(written);
        let n = places.len();
        Some(
            Finding::at(
                self,
                e.name_span,
                msg!("near-duplicate-person.invisible", shown = shown, n = n),
            )
            .at_most(Severity::Info)
            .subject(&name)
            .label(msg!("near-duplicate-person.invisible-label", n = n))
            .help(msg!(
                "near-duplicate-person.invisible-help",
                places = places,
                name = &name,
                n = n
            )),
        )
    }
}

/// Each entry that is almost the name of an earlier one, with the first such earlier entry:
/// `(earlier, later)` indices into `entries`, in the order of the later one.
///
/// Pairwise comparison is quadratic; real lists have dozens of names. Past `PAIRWISE_LIMIT`
/// entries only spellings of the same surname key are compared, with the first
/// `PAIRWISE_LIMIT` entries of that surname (100,000 entries of one surname took minutes).
/// The entries are then grouped by sorting their indices by surname key, which costs four
/// bytes an entry where a map of lists cost over a hundred (10⁶ names on one line).
fn near_pairs(entries: &[Entry]) -> Vec<(usize, usize)> {
    if entries.len() <= PAIRWISE_LIMIT {
        return (0..entries.len())
            .filter_map(|i| {
                let b = &entries[i];
                entries[..i].iter().position(|a| near(a, b)).map(|a| (a, i))
            })
            .collect();
    }
    let mut order: Vec<u32> = (0..entries.len() as u32).collect();
    // Stable: within one surname the entries keep their order in the list.
    order.sort_by(|&x, &y| {
        entries[x as usize]
            .name
            .key
            .cmp(&entries[y as usize].name.key)
    });
    let mut pairs = Vec::new();
    for group in
        order.chunk_by(|&x, &y| entries[x as usize].name.key == entries[y as usize].name.key)
    {
        // One surname: `near` comes down to the given names and the written form, compared
        // on plain `&str`s taken once a group (100,000 entries of one surname make 2 × 10⁸
        // comparisons).
        if entries[group[0] as usize].name.key.is_empty() {
            continue;
        }
        let given: Vec<Given<'_>> = group
            .iter()
            .map(|&i| Given::of(&entries[i as usize].name))
            .collect();
        for (j, b) in given.iter().enumerate() {
            let earlier = &given[..j.min(PAIRWISE_LIMIT)];
            if let Some(a) = earlier.iter().position(|a| a.near(b)) {
                pairs.push((group[a] as usize, group[j] as usize));
            }
        }
    }
    pairs.sort_unstable_by_key(|&(_, b)| b);
    pairs
}

/// What `near` compares of two names of one surname key.
struct Given<'a> {
    display: &'a str,
    initials: &'a str,
    first_name: Option<&'a str>,
}

impl<'a> Given<'a> {
    fn of(n: &'a PersonName) -> Self {
        Given {
            display: &n.display,
            initials: &n.initials,
            first_name: n.first_name.as_deref(),
        }
    }

    /// `near` for two entries of the same non-empty surname key.
    fn near(&self, b: &Given<'_>) -> bool {
        let (ia, ib) = (self.initials, b.initials);
        if ia.is_empty() || ib.is_empty() {
            return false;
        }
        // `PersonName::compatible_given_names`.
        let compatible = match (self.first_name, b.first_name) {
            (Some(fa), Some(fb)) => fa == fb,
            _ => ia.starts_with(ib) || ib.starts_with(ia),
        };
        compatible && self.display != b.display
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
    // `Sijtsma` and `Sytsma`, `Nijhuis` and `Nyhuis`: Dutch writes one sound both ways.
    if ka.contains("ij") != kb.contains("ij") && ka.replace("ij", "y") == kb.replace("ij", "y") {
        return true;
    }
    let shorter = ka.chars().count().min(kb.chars().count());
    let distance = strsim::damerau_levenshtein(ka, kb);
    shorter >= 3 && distance == 1 || shorter >= 8 && distance == 2
}
