//! What counts as an item asking for a decision, and as a recorded outcome.
//! Shared knowledge: the rules and the docs read it from here.

use super::{Item, Marker, ParagraphKind};
use crate::nl::class::WordClass;
use crate::nl::hash::BuildWordHasher;
use crate::nl::lexicon;
use crate::nl::tokens::{block_pieces, BlockTokens, Piece};

/// Whether an item (given the heading it stands under) asks for a decision.
pub fn asks_for_decision(item: &Item, parent: Option<&Item>) -> bool {
    title_asks(item).unwrap_or_else(|| {
        let context = parent
            .map(|p| p.title.to_lowercase())
            .or_else(|| item.section.as_ref().map(|s| s.to_lowercase()));
        context.is_some_and(|c| crate::nl::lexicon::names_decision(&c))
    })
}

/// What the item's own title says: it asks for a decision (`Vaststelling jaarrekening`,
/// `Raadsvoorstel …`, `Begroting (ter besluitvorming)`), it does not (`Mededelingen`,
/// `Ter informatie: …`), or it does not say, and only the section it stands in can tell.
pub fn title_asks(item: &Item) -> Option<bool> {
    let title = item.title.to_lowercase();
    // `## Notulen` over the minutes themselves is no adoption of earlier ones; a numbered
    // agenda item `2. Notulen` is.
    let bare = title.trim().trim_end_matches(':');
    if item.form == super::ItemForm::Topic && lexicon::OWN_MINUTES_HEADINGS.contains(bare) {
        return Some(false);
    }
    let deciding_title = crate::nl::lexicon::names_decision(&title);
    if deciding_title && !title.contains("bespreking") {
        return Some(true);
    }
    // `Voortgang uitvoeringsprogramma`, but not `Raadsinformatiebrief voortgang woningbouw`,
    // which the college sends by a decision.
    if lexicon::INFORMATIONAL_TITLES
        .entries()
        .any(|w| lexicon::contains_short(&title, w))
        || lexicon::INFORMATIONAL_TITLE_STARTS
            .entries()
            .any(|w| title.starts_with(w))
    {
        return Some(false);
    }
    // `Vaststelling jaarrekening 2015`: the title itself asks for adoption.
    // The agenda is adopted too, but minutes seldom record it; leave it out.
    let adopts = (title.starts_with("vaststelling")
        || title.starts_with("vaststellen")
        || title.contains("goedkeuring"))
        && !title.contains("agenda");
    (is_proposal_title(&title) || adopts_minutes(&title) || adopts).then_some(true)
}

/// `Voorstel pilot Mijnbuur`, `Raadsvoorstel ...`, `Begroting en contributievoorstel`:
/// a word ending in *voorstel* (not *voorstellen*, which also means introductions).
fn is_proposal_title(title: &str) -> bool {
    // `Voorbereiding bespreking wijzigingsvoorstel`, `Delegatievoorstel uitwerken`: the
    // proposal is being made, not decided.
    let words: Vec<&str> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    !words.iter().any(|w| lexicon::PREPARING_WORDS.contains(w))
        && words.iter().take(5).any(|w| w.ends_with("voorstel"))
}

/// Whether the title is the adoption of earlier minutes: `Notulen vorige vergadering`,
/// `Verslag van de vergadering van 22 mei`, `(concept) Besluitenlijst DVO 23 april 2018`.
pub fn adopts_minutes(title: &str) -> bool {
    let words: Vec<&str> = title
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let has = |w: &str| words.contains(&w);
    // `Notulen en terugblik ALV`, `Samenvatting notulen`, `Verslag/Agenda GMR`: looking back
    // on another meeting, summing up this one, or another body's report.
    if words.iter().any(|w| lexicon::NOT_MINUTES_WORDS.contains(w)) {
        return false;
    }
    if words.iter().any(|w| lexicon::MINUTES_WORDS.contains(w)) {
        return !title.contains("notulist");
    }
    if words.iter().any(|w| lexicon::REPORT_WORDS.contains(w)) {
        // A financial or committee report is not the minutes of a meeting.
        if lexicon::OTHER_REPORT_STARTS
            .entries()
            .any(|o| words.iter().any(|w| w.starts_with(o)))
        {
            return false;
        }
        // `Verslag auditcommissie` is a committee's report, unless it is the minutes of its meeting.
        if words.iter().any(|w| w.contains("commissie")) && !has("vergadering") {
            return false;
        }
        return true;
    }
    false
}

/// Whether a piece of text records an outcome.
pub fn records_outcome_text(text: &str) -> bool {
    // One pass over the words, each looked up once: an outcome word settles it; the words of
    // the separable verbs and phrases (`stemt in`, `stelt ... vast`, `keurt ... goed`,
    // `instemming verleend`, `positief advies`) are gathered, and the sets checked at the end.
    // Lower case is enough: the one accented outcome word (`décharge`) is listed both ways.
    let mut seen = Seen::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if seen.settles(word) {
            return true;
        }
    }
    seen.completes_a_set()
}

/// [`records_outcome_text`] of a paragraph already cut into pieces: the same words, read
/// from the pieces. A word piece whose class names no outcome word is passed over without
/// a lookup; one with an apostrophe or hyphen inside is cut as the text would be.
pub fn records_outcome_pieces(pieces: &[Piece<'_>]) -> bool {
    let mut seen = Seen::new();
    for p in pieces.iter().filter(|p| p.word) {
        // Inside a word piece, only `'`, `’` and `-` are no letter or digit (and a byte of
        // 0xE2 starts `’`); other pieces are one word each.
        let joined = p.text.bytes().any(|b| matches!(b, b'\'' | b'-' | 0xE2));
        if joined {
            for word in p.text.split(|c: char| !c.is_alphanumeric()) {
                if seen.settles(word) {
                    return true;
                }
            }
        } else if p.class.has(WordClass::OUTCOME) && seen.settles(p.text) {
            return true;
        }
    }
    seen.completes_a_set()
}

/// The words of outcome sets seen so far in a text.
struct Seen(smallvec::SmallVec<[&'static str; 8]>);

impl Seen {
    fn new() -> Seen {
        Seen(smallvec::SmallVec::new())
    }

    /// Notes a word: whether it is an outcome word, which settles the text.
    fn settles(&mut self, word: &str) -> bool {
        match outcome_word(word) {
            Some(OutcomeWord::Outcome) => return true,
            Some(OutcomeWord::OfSet(w)) if !self.0.contains(&w) => self.0.push(w),
            _ => {}
        }
        false
    }

    /// Whether every word of some set was seen.
    fn completes_a_set(&self) -> bool {
        lexicon::OUTCOME_WORD_SETS
            .phrases()
            .iter()
            .any(|set| set.iter().all(|w| self.0.contains(w)))
    }
}

/// What a word says towards an outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OutcomeWord {
    /// A word of `outcome-words.txt`: the text records an outcome.
    Outcome,
    /// A word of a set of `outcome-word-sets.txt`, as the file writes it.
    OfSet(&'static str),
}

/// What a word (any case) says towards an outcome, from one lookup: every word of running
/// text in an item comes here, and a summary of both lists rules most out before it is
/// lowered.
fn outcome_word(word: &str) -> Option<OutcomeWord> {
    struct Words {
        filter: lexicon::Prefilter,
        kinds: std::collections::HashMap<&'static str, OutcomeWord, BuildWordHasher>,
    }
    static WORDS: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut kinds: std::collections::HashMap<&'static str, OutcomeWord, BuildWordHasher> =
            lexicon::OUTCOME_WORD_SETS
                .phrases()
                .iter()
                .flatten()
                .map(|&w| (w, OutcomeWord::OfSet(w)))
                .collect();
        // A word of both lists is an outcome word: it settles the text by itself.
        kinds.extend(
            lexicon::OUTCOME_WORDS
                .entries()
                .map(|w| (w, OutcomeWord::Outcome)),
        );
        Words {
            filter: lexicon::Prefilter::new(kinds.keys().copied()),
            kinds,
        }
    });
    if word.is_empty() || (word.is_ascii() && !words.filter.may_hold_lowered(word.as_bytes())) {
        return None;
    }
    lexicon::with_lower(word, |w| words.kinds.get(w).copied())
}

/// Whether the decision list at the end has a row for the item: a cell with its number
/// (`| 1 | 05 | De dorpsraad stemt in … |`, `05 Jaarrekening: vastgesteld`) or its title.
pub fn decided_in_list(doc: &super::Document, item: &Item, text: &str) -> bool {
    // Items written as unnumbered headings still have their place on the agenda, and a
    // table `Nr | Agendapunt | Besluit` counts them: `5` is the fifth.
    let implicit = item.label.is_empty() && doc.items.iter().all(|i| i.label.is_empty());
    let label = if implicit {
        doc.items
            .iter()
            .position(|i| std::ptr::eq(i, item))
            .map_or_else(String::new, |p| (p + 1).to_string())
    } else {
        norm_label(&item.label)
    };
    // `Begroting 2016 (ter besluitvorming)` / `Ter besluitvorming: Begroting 2016`: the list
    // names the subject, not the way it came to the meeting.
    let lower = item.title.to_lowercase();
    let mut core = lower.as_str();
    if let Some((head, rest)) = core.split_once(':') {
        if head.trim_start().starts_with("ter ") {
            core = rest;
        }
    }
    if let Some(open) = core.find("(ter ") {
        core = &core[..open];
    }
    let title = crate::nl::normalize::squash(core.trim());
    doc.trailer
        .iter()
        .filter(|r| r.kind == super::TrailerKind::Decisions)
        .any(|r| {
            let row = text.get(r.span.range()).unwrap_or("");
            let is_label = |c: &str| {
                let c = norm_label(c.trim_start_matches(['-', '*']).trim());
                !c.is_empty() && c.len() <= 4 && c.starts_with(|ch: char| ch.is_ascii_digit())
            };
            // A table row `Nr | Agendapunt | Besluit`: when two numbers lead, the first counts
            // the rows and the second names the item.
            let cells: Vec<&str> = row
                .split('\t')
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .collect();
            let reference = if cells.len() >= 3 && is_label(cells[0]) && is_label(cells[1]) {
                Some(cells[1])
            } else if implicit {
                // A lone leading number counts the rows: `3 | Vaststelling … | Conform.`
                None
            } else {
                row.split(['\t', ' '])
                    .map(str::trim)
                    .find(|c| !c.is_empty() && !matches!(*c, "-" | "*" | "•"))
                    .filter(|c| is_label(c))
            };
            let by_label = !label.is_empty()
                && reference.is_some_and(|c| norm_label(c.trim_start_matches(['-', '*'])) == label);
            let lower = row.to_lowercase();
            let by_title = title.chars().count() >= 6 && lower.contains(&title);
            // `2. Het voorstel wordt aangenomen. (punt 5)`, `Agendapunt 6: …`.
            let by_reference = !label.is_empty()
                && lower
                    .match_indices("punt ")
                    .chain(lower.match_indices("item "))
                    .any(|(at, key)| {
                        let after = &lower[at + key.len()..];
                        let word = after
                            .split(|c: char| c.is_whitespace() || matches!(c, ')' | ',' | ';'))
                            .next()
                            .unwrap_or("");
                        norm_label(word) == label
                    });
            by_label || by_title || by_reference
        })
}

/// An item label compared without leading zeros and closing punctuation (`05.` → `5`).
fn norm_label(l: &str) -> String {
    let l = l.trim().trim_end_matches(['.', ')', ':']).to_lowercase();
    let t = l.trim_start_matches('0');
    if t.is_empty() && !l.is_empty() {
        "0".into()
    } else {
        t.to_string()
    }
}

/// Whether an item (its own paragraphs, not its sub-items) records an outcome. `blocks` are
/// the document's text blocks, cut into pieces once (empty when the caller has none).
pub fn records_outcome(item: &Item, text: &str, blocks: &[BlockTokens<'_>]) -> bool {
    // `Verslag van 17 oktober 2019: ongewijzigd vastgesteld`: the outcome in the title.
    if item
        .title
        .split_once(':')
        .is_some_and(|(_, rest)| records_outcome_text(rest))
    {
        return true;
    }
    item.paragraphs.iter().any(|p| {
        matches!(
            p.kind,
            ParagraphKind::Marker(
                Marker::Decision | Marker::Conclusion | Marker::Advice | Marker::Agreement
            )
        ) || match block_pieces(blocks, p.span) {
            Some((_, pieces)) => records_outcome_pieces(pieces),
            None => records_outcome_text(text.get(p.span.range()).unwrap_or("")),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_adoption_of_minutes() {
        assert!(adopts_minutes("notulen vorige vergadering"));
        assert!(adopts_minutes(
            "(concept) besluitenlijst dvo 23 april 2018 openbaar deel"
        ));
        assert!(adopts_minutes("verslag van de vergadering van 22 mei 2018"));
        assert!(!adopts_minutes(
            "financieel verslag 2015 en verslag kascommissie"
        ));
        assert!(!adopts_minutes("jaarverslag 2019"));
        assert!(!adopts_minutes("notulen en terugblik alv"));
        assert!(!adopts_minutes("samenvatting notulen"));
        assert!(!adopts_minutes("verslag/agenda gmr"));
    }

    #[test]
    fn a_proposal_being_prepared_asks_for_no_decision() {
        assert!(is_proposal_title("raadsvoorstel omgevingsvisie"));
        assert!(is_proposal_title("begroting 2024 en contributievoorstel"));
        assert!(!is_proposal_title("delegatievoorstel uitwerken"));
        assert!(!is_proposal_title(
            "voorbereiding bespreking wijzigingsvoorstel fsc"
        ));
        // A status line that mentions a proposal somewhere is no proposal title.
        assert!(!is_proposal_title(
            "bomos verdieping issue 18 tekst herzien 03 jan 2023 status in review wijzigingsvoorstel"
        ));
    }

    #[test]
    fn recognises_outcomes() {
        assert!(records_outcome_text("Het verslag wordt vastgesteld."));
        assert!(records_outcome_text(
            "Concluderend kan het voorgestelde door."
        ));
        assert!(records_outcome_text("De raad stemt in met het voorstel."));
        assert!(records_outcome_text("Het voorstel wordt aangehouden."));
        assert!(!records_outcome_text("De voorzitter sluit de discussie."));
        assert!(records_outcome_text("DÉCHARGE VERLEEND"));
        assert!(records_outcome_text("Het college STELT de nota VAST."));
    }

    #[test]
    fn every_listed_word_is_found_in_any_case() {
        for w in lexicon::OUTCOME_WORDS.entries() {
            assert_eq!(outcome_word(w), Some(OutcomeWord::Outcome), "{w}");
            assert_eq!(
                outcome_word(&w.to_uppercase()),
                Some(OutcomeWord::Outcome),
                "{w}"
            );
        }
        let outcome: Vec<&str> = lexicon::OUTCOME_WORDS.entries().collect();
        for &w in lexicon::OUTCOME_WORD_SETS.phrases().iter().flatten() {
            let kind = if outcome.contains(&w) {
                OutcomeWord::Outcome
            } else {
                OutcomeWord::OfSet(w)
            };
            assert_eq!(outcome_word(&w.to_uppercase()), Some(kind), "{w}");
        }
        for w in ["", "de", "voorzitter", "discussie", "é"] {
            assert_eq!(outcome_word(w), None, "{w}");
        }
    }

    /// The tokenizer's outcome class names exactly the words `outcome_word` knows, in any
    /// case: a piece without it may be passed over.
    #[test]
    fn the_outcome_class_is_the_outcome_words() {
        use crate::nl::class::word_class;
        let listed = lexicon::OUTCOME_WORDS.entries().chain(
            lexicon::OUTCOME_WORD_SETS
                .phrases()
                .iter()
                .flatten()
                .copied(),
        );
        for w in listed.chain([
            "de",
            "voorzitter",
            "Décharge",
            "DÉCHARGE",
            "stemt",
            "Kelvin",
        ]) {
            for w in [w.to_string(), w.to_uppercase(), w.to_lowercase()] {
                assert_eq!(
                    word_class(&w).has(WordClass::OUTCOME),
                    outcome_word(&w).is_some(),
                    "{w}"
                );
            }
        }
    }

    proptest::proptest! {
        /// Reading the words from the pieces finds what reading the text finds.
        #[test]
        fn outcome_from_pieces_is_outcome_from_text(
            text in "((?i)(stemt|in|stelt|vast|keurt|goed|vastgesteld|aangenomen|décharge|verleend|instemming|het|de|voorstel)|[-'’]|[.,:;()\\n ]|[a-zé]{1,3}|\\PC){0,24}"
        ) {
            let pieces = crate::nl::tokens::pieces(&text);
            proptest::prop_assert_eq!(
                records_outcome_pieces(&pieces),
                records_outcome_text(&text),
                "{}", text
            );
        }
    }

    #[test]
    fn a_paragraph_reads_its_pieces_from_its_block() {
        let text = "Intro.\nDe raad stemt\nin met het voorstel.\n";
        let block = BlockTokens::new(
            super::super::Span::new(0, text.len() - 1),
            &text[..text.len() - 1],
        );
        let para = super::super::Span::new(7, 20); // `De raad stemt`
        let pieces = block
            .pieces_in(para)
            .expect("the pieces cover the paragraph");
        assert_eq!(pieces.first().map(|p| p.text), Some("De"));
        assert_eq!(pieces.last().map(|p| p.text), Some("stemt"));
        // A span that cuts a word in two is not covered.
        assert!(block.pieces_in(super::super::Span::new(8, 20)).is_none());
        assert!(block.pieces_in(super::super::Span::new(7, 19)).is_none());
    }
}
