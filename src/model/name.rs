//! Person names as the lists write them: initials, first names, particles, surnames, and
//! their normalised keys.

use crate::nl::lexicon::{self, is_particle};
use crate::nl::normalize::{fold, squash};
use compact_str::CompactString;

/// A parsed person name.
///
/// Its texts are `CompactString`s: a name's parts are short, and held inline they cost no
/// allocation each (a list of 10⁶ names holds 10⁶ of these).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonName {
    /// The name as written (no honorifics, no annotations).
    pub display: CompactString,
    /// Normalised initials: the first letter of each, upper case (`Th.` → `T`, `G.J.` → `GJ`).
    pub initials: CompactString,
    /// A written-out first name (`Karlijn`), normalised.
    pub first_name: Option<CompactString>,
    /// The surname without particles, normalised: `van der Kolk` → `kolk`,
    /// `Peters-van Loon` → `peters-loon`.
    pub key: CompactString,
}

impl PersonName {
    /// Parses a name from a list entry: `G.J. Kok`, `A. van der Kolk`, `Karlijn Baalman`,
    /// `Van Benthem`, `T.J.M. Mornout - van Orsouw`.
    pub fn parse(text: &str) -> PersonName {
        let display = squash(text);
        // No name is this long: past the cap the text is text, not a person (and comparing
        // it with every other name would cost the square of its length).
        if display.len() > MAX_NAME_BYTES {
            return PersonName {
                display: display.into(),
                ..PersonName::default()
            };
        }
        let words: Vec<&str> = display.split(' ').filter(|w| !w.is_empty()).collect();
        let mut i = 0;
        let mut initials = String::new();
        while i < words.len() && words.len() - i > 1 {
            match initials_of(words[i]) {
                Some(ini) => {
                    initials.push_str(&ini);
                    i += 1;
                }
                None => break,
            }
        }
        let mut first_name = None;
        // Without initials, a leading capitalised non-particle word of a two-or-more word
        // name is a first name (`Karlijn Baalman`, `Nathalie van Houten`).
        if initials.is_empty() && words.len() - i >= 2 && !is_particle(words[i]) {
            let next = words[i + 1];
            let next_is_hyphen = next == "-" || next == "–";
            if !next_is_hyphen {
                let f = fold(words[i]);
                initials.extend(f.chars().next().into_iter().flat_map(char::to_uppercase));
                first_name = Some(f);
                i += 1;
            }
        }
        let key = surname_key(&words[i.min(words.len())..].join(" "));
        // `CompactString::new` holds a short text inline (a `String`'s buffer would be kept).
        PersonName {
            display: CompactString::new(&display),
            initials: CompactString::new(&initials),
            first_name: first_name.map(CompactString::new),
            key: CompactString::new(&key),
        }
    }

    /// [`PersonName::parse`], shared: each thread remembers the names it parsed (lists name
    /// the same people from document to document), up to `NAME_MEMO_LIMIT` names, then
    /// starts afresh.
    pub fn parse_shared(text: &str) -> std::sync::Arc<PersonName> {
        thread_local! {
            static MEMO: std::cell::RefCell<crate::nl::memo::Memo<std::sync::Arc<PersonName>>> =
                std::cell::RefCell::new(crate::nl::memo::Memo::with_limit(
                    crate::people::NAME_MEMO_LIMIT,
                ));
        }
        MEMO.with(|memo| {
            memo.borrow_mut()
                .get_or_insert_with(text, || std::sync::Arc::new(PersonName::parse(text)))
        })
    }

    /// Whether two names can be the same person: the same surname key and initials
    /// (or first names) that do not contradict each other.
    pub fn same_person(&self, other: &PersonName) -> bool {
        self.key == other.key && !self.key.is_empty() && self.compatible_given_names(other)
    }

    /// Whether the given names agree: initials where both have them are a prefix of one
    /// another, and written-out first names are equal.
    pub fn compatible_given_names(&self, other: &PersonName) -> bool {
        if let (Some(a), Some(b)) = (&self.first_name, &other.first_name) {
            return a == b;
        }
        let (a, b) = (&self.initials, &other.initials);
        a.is_empty() || b.is_empty() || a.starts_with(b.as_str()) || b.starts_with(a.as_str())
    }

    /// The key used to tell two written forms of the very same name apart from a
    /// different person: initials plus surname key.
    pub fn identity(&self) -> String {
        format!("{}|{}", self.initials, self.key)
    }
}

/// The longest name taken as a person's, in bytes of its squashed text: about three times
/// the longest real Dutch name (`jhr. mr. A.B.C.D. van Lynden tot Oldenaller-van Heeckeren`).
pub const MAX_NAME_BYTES: usize = 200;

/// Whether one part of dotted initials (the text before a full stop) is an initial: one
/// capital, `IJ`, or an abbreviated given name (`Th`, `Chr`).
pub fn is_dotted_initial(part: &str) -> bool {
    let mut chars = part.chars();
    let Some(c) = chars.next() else { return false };
    (chars.next().is_none() && c.is_uppercase())
        || part == "IJ"
        || lexicon::FIRST_NAME_ABBREVIATIONS.contains(part)
}

/// The initials in a word like `G.J.`, `Th.`, `IJ.L.`, `Chr.`, `RI`: first letters, upper case.
pub fn initials_of(word: &str) -> Option<String> {
    let w = word.trim_end_matches(',');
    if w.is_empty() {
        return None;
    }
    let dotted = w.contains('.');
    if dotted {
        let mut out = String::new();
        for part in w.split('.').filter(|p| !p.is_empty()) {
            let c = part.chars().next()?;
            if !is_dotted_initial(part) {
                return None;
            }
            out.push(c);
        }
        return if out.is_empty() { None } else { Some(out) };
    }
    // Undotted initials (`RI Rietveld`, `Chr Güler`): all capitals and short, or a known
    // abbreviation of a first name.
    if lexicon::FIRST_NAME_ABBREVIATIONS_UNDOTTED.contains(w) {
        return w.chars().next().map(|c| c.to_string());
    }
    if w.chars().count() <= 3 && w.chars().all(|c| c.is_uppercase()) {
        // `IJ` is one Dutch letter.
        let w2 = w.replace("IJ", "I");
        return Some(w2);
    }
    None
}

/// The surname key: lower case, diacritics and apostrophes removed, particles dropped,
/// hyphenated parts joined by `-` without spaces.
pub fn surname_key(surname: &str) -> String {
    // Parts split at any hyphen or dash, joined again with `-`; within a part the words
    // (particles dropped, folded) with one space. Built in place: this runs for every name.
    let mut out = String::with_capacity(surname.len());
    for part in surname.split(['-', '–', '—']) {
        let mut opened = false;
        for w in part.split_whitespace().filter(|w| !is_particle(w)) {
            let f = fold(w);
            if f.is_empty() {
                continue;
            }
            if opened {
                out.push(' ');
            } else if !out.is_empty() {
                out.push('-');
            }
            opened = true;
            out.push_str(&f);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_name_reads_as_a_fresh_one() {
        for text in ["A. van der Kolk", "Karlijn Baalman", "A. van der Kolk"] {
            assert_eq!(
                *PersonName::parse_shared(text),
                PersonName::parse(text),
                "{text}"
            );
        }
    }

    #[test]
    fn parses_the_forms_of_dutch_names() {
        let n = PersonName::parse("A. van der Kolk");
        assert_eq!((n.initials.as_str(), n.key.as_str()), ("A", "kolk"));
        let n = PersonName::parse("A. v.d. Kolk");
        assert_eq!(n.key, "kolk");
        let n = PersonName::parse("Th. Schouten");
        assert_eq!((n.initials.as_str(), n.key.as_str()), ("T", "schouten"));
        let n = PersonName::parse("B. Lutje Wagelaar");
        assert_eq!(n.key, "lutje wagelaar");
        let n = PersonName::parse("Karlijn Baalman");
        assert_eq!(
            (n.first_name.as_deref(), n.key.as_str()),
            (Some("karlijn"), "baalman")
        );
        let n = PersonName::parse("T.J.M. Mornout - van Orsouw");
        assert_eq!(n.key, "mornout-orsouw");
        let n = PersonName::parse("Van ’t Schip-Nieuwboer");
        assert_eq!(n.key, "schip-nieuwboer");
        let n = PersonName::parse("IJ.L. van Tongeren");
        assert_eq!((n.initials.as_str(), n.key.as_str()), ("IL", "tongeren"));
        let n = PersonName::parse("F.M. Karataş");
        assert_eq!(n.key, "karatas");
        assert!(PersonName::parse("K.S. Korkmaz").same_person(&PersonName::parse("K. Korkmaz")));
        assert!(!PersonName::parse("J. Jansen").same_person(&PersonName::parse("P. Jansen")));
        // One name in NFC and NFD, with a zero-width space or a leading right-to-left mark.
        assert_eq!(squash("J. Coe\u{308}rs"), squash("J. Co\u{eb}rs"));
        assert_eq!(squash("\u{200f}K. Kok"), "K. Kok");
        assert_eq!(PersonName::parse("P. Pie\u{200b}tersen").key, "pietersen");
        assert_eq!(fold("Co\u{202e}e\u{308}rs"), "coers");
        assert!(PersonName::parse(&format!("J. K{}", "a".repeat(300)))
            .key
            .is_empty());
        assert!(PersonName::parse("D. Kleine Koerkamp")
            .compatible_given_names(&PersonName::parse("Dirk Kleine Koerkamp")));
    }
}
