//! Governance terms and their near misses, checked against a Dutch word list.
//!
//! `text/term-spelling` reports a word that is *almost* a known governance term
//! (`Ondernijning` for `ondermijning`, `beroting` for `begroting`). Precision
//! comes first, so a word is only reported when all of these hold:
//!
//! - it is not in the OpenTaal word list (`data/nl-words.fst`), not a glossary
//!   term, and not an inflection of one (`zienswijzen`, `gemeenteraden`);
//! - it cannot be read as a compound of known words and terms
//!   (`begroetingsritueel`, `Burgernetdeelnemers`);
//! - one stretch of it is within a small edit distance of a term (1 for terms of
//!   6–9 letters, 2 for longer ones), and whatever surrounds that stretch is an
//!   inflection ending or a linking `s`/`en` and known words
//!   (`bestemingsplannen`, `begrotinswijziging`, `conceptbegrotng`);
//! - it is not an accent away from the term (`enquete`, `décharge`), and not an
//!   English or French word (`coalition`, `policies`).
//!
//! The word list is what keeps real words out: `begroeting` is one edit from
//! `begroting` but is a word, so it is never reported.

use std::collections::{BTreeMap, HashSet};
use std::ops::Range;
use std::sync::OnceLock;

use fst::raw::{Fst, Output};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// The built-in glossary: one term a line, lower case unless a proper noun.
const BUILTIN_GLOSSARY: &str = include_str!("../data/glossary.txt");
/// Words that look like a near miss of a term but are right (see the file's own comment).
const KNOWN_WORDS: &str = include_str!("../data/known-words.txt");
/// OpenTaal's word list, lower-cased, as an `fst::Map` from word to flags (see `tools/wordlist`).
static WORD_LIST: &[u8] = include_bytes!("../data/nl-words.fst");
/// Word-list flag: the list has the word in lower case, so it is an ordinary word.
const COMMON_WORD: u64 = 1;

/// Terms shorter than this are not matched: short words have too many real neighbours.
const MIN_TERM_CHARS: usize = 6;
/// Terms this long may be two edits off; shorter ones one.
const LONG_TERM_CHARS: usize = 10;
/// A word that a compound is read as made of is at least this long: three-letter
/// words make nonsense splits (`beg`+`rot`+`ins`+`wijziging`, `fin`+`ancien`).
const MIN_PART_CHARS: usize = 4;
/// Around a near miss inside a compound, the known neighbour must be longer: a
/// three-letter "word" next to a mangled term is too often an accident
/// (`ver`+`agendering`, `financië`+`ren`).
const MIN_NEIGHBOUR_CHARS: usize = 4;
/// A compound the word list lacks is read as at most this many known parts.
const MAX_PARTS: usize = 2;
/// Longer "words" are codes or run-together text, not misspellings.
const MAX_WORD_CHARS: usize = 60;
/// Linking elements between the parts of a Dutch compound (`begroting-s-wijziging`, `toezegging-en-lijst`).
const LINKS: [&str; 2] = ["s", "en"];
/// Endings that are only accepted after an intact term, never after a near
/// miss: diminutives (`notitietje`), degrees of comparison (`huishoudelijker`)
/// and the female `-es` (`burgemeesteres`). After a mangled stem they are too
/// often another word (`gemeentetje` is not `Gemeentewet` + `je`).
const EXACT_ENDINGS: [&str; 14] = [
    "je", "jes", "tje", "tjes", "pje", "pjes", "etje", "etjes", "er", "ere", "ers", "st", "ste",
    "es",
];
/// Endings by which an ordinary word from the list is still known (`aanwezigere`, `rapporteringen`).
const WORD_ENDINGS: [&str; 15] = [
    "e", "en", "n", "s", "'s", "er", "ere", "ers", "st", "ste", "je", "jes", "tje", "tjes", "ën",
];
/// Endings after a term's changed stem (`raad` → `raden`, `advies` → `adviezen`, `financieel` → `financiële`).
const STEM_ENDINGS: [&str; 2] = ["en", "e"];

/// The terms a document is checked against: the built-in glossary plus a project's own.
pub struct Glossary {
    /// Terms as written in the glossary (`Burgernet`), the form a report suggests.
    terms: Vec<Term>,
    /// What near misses are measured against, by length in chars: terms and their changed stems.
    targets: Vec<Vec<Target>>,
    /// Every term and changed stem, lower case, valued by an index into `stems`.
    stem_fst: Fst<Vec<u8>>,
    /// What each key of `stem_fst` is: a term, a changed stem, or both.
    stems: Vec<StemKind>,
    /// Words never reported, from `data/known-words.txt`.
    known: HashSet<String>,
    /// The word list; `None` only if the built-in data were corrupt, and then nothing is reported.
    words: Option<&'static Fst<&'static [u8]>>,
    /// A number no other glossary of this process has: the key of its verdict memo.
    id: usize,
}

/// One glossary term.
struct Term {
    /// As written in the glossary.
    display: String,
    /// The largest edit distance still reported as a near miss.
    max_distance: usize,
}

/// A string near misses are measured against.
struct Target {
    term: u32,
    /// Lower case, NFC.
    chars: Vec<char>,
    /// A changed stem (`ondernemingsrad`), which only stands before `-en` or `-e`.
    changed: bool,
}

/// Whether a key of the stem index is a whole term, a changed stem, or both.
#[derive(Clone, Copy, Default)]
struct StemKind {
    term: bool,
    /// Stands before `-en` and `-e` (`rad` for `raad`).
    open: bool,
    /// Stands before `-kje` (`begrotin` for `begroting`, diminutive `begrotinkje`).
    diminutive: bool,
}

/// A word that looks like a misspelling of a glossary term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Misspelling {
    /// Byte range of the word (or of one part of a hyphenated word) in the text.
    pub range: Range<usize>,
    /// The word as written.
    pub found: String,
    /// The glossary term it looks like, as written in the glossary.
    pub term: String,
    /// The word as it should probably be written: the term with the word's own
    /// ending, compound parts and capitals (`Bestemmingsplannen` for
    /// `Bestemingsplannen`, `conceptbegroting` for `conceptbegrotng`).
    pub suggestion: String,
}

/// FNV-1a: a fast hash for the short words of the verdict memo (not exposed to untrusted
/// keys beyond one document's words, and the memo is bounded).
#[derive(Default)]
struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

impl Glossary {
    /// The built-in glossary (`nl/data/glossary.txt`) and word list (`nl/data/nl-words.fst`).
    pub fn builtin() -> &'static Glossary {
        static BUILTIN: OnceLock<Glossary> = OnceLock::new();
        BUILTIN.get_or_init(|| Glossary::new(BUILTIN_GLOSSARY.lines()))
    }

    /// The built-in glossary plus extra project terms (which also count as correct words).
    ///
    /// A project term with spaces (`Veiligheidsregio Twente`) adds each of its
    /// words. Terms shorter than six letters only count as correct words: their
    /// near misses are not reported.
    pub fn with_extra(extra: &[String]) -> Glossary {
        let extra = extra.iter().flat_map(|t| t.split_whitespace());
        Glossary::new(BUILTIN_GLOSSARY.lines().chain(extra))
    }

    /// The terms, as written in the glossary.
    pub fn terms(&self) -> impl Iterator<Item = &str> + '_ {
        self.terms.iter().map(|t| t.display.as_str())
    }

    fn new<'a>(lines: impl Iterator<Item = &'a str>) -> Glossary {
        // The data file is checked by tests; an unreadable one would be a build
        // defect, and then the check reports nothing rather than everything.
        let words = word_list();

        let mut seen = HashSet::new();
        let mut terms = Vec::new();
        let mut targets: Vec<Vec<Target>> = Vec::new();
        let mut keys: BTreeMap<String, StemKind> = BTreeMap::new();
        for line in lines {
            let display = line.trim();
            let lower = normalise(display);
            if lower.is_empty() || !seen.insert(lower.clone()) {
                continue;
            }
            let chars: Vec<char> = lower.chars().collect();
            let max_distance = match chars.len() {
                n if n < MIN_TERM_CHARS => 0,
                n if n < LONG_TERM_CHARS => 1,
                _ => 2,
            };
            let term = terms.len() as u32;
            keys.entry(lower.clone()).or_default().term = true;
            let changed = changed_stems(&chars);
            for stem in &changed {
                keys.entry(stem.iter().collect()).or_default().open = true;
            }
            if lower.ends_with("ing") {
                let stem = &lower[..lower.len() - 1];
                keys.entry(stem.to_string()).or_default().diminutive = true;
            }
            if max_distance > 0 {
                let all =
                    std::iter::once((chars, false)).chain(changed.into_iter().map(|c| (c, true)));
                for (chars, changed) in all {
                    if targets.len() <= chars.len() {
                        targets.resize_with(chars.len() + 1, Vec::new);
                    }
                    targets[chars.len()].push(Target {
                        term,
                        chars,
                        changed,
                    });
                }
            }
            terms.push(Term {
                display: display.to_string(),
                max_distance,
            });
        }

        let mut builder = fst::raw::Builder::memory();
        let mut stems = Vec::with_capacity(keys.len());
        for (key, kind) in keys {
            // Keys come sorted and unique from the BTreeMap, so insert cannot fail.
            if builder.insert(key.as_bytes(), stems.len() as u64).is_ok() {
                stems.push(kind);
            }
        }
        let stem_fst = builder
            .into_inner()
            .ok()
            .and_then(|bytes| Fst::new(bytes).ok())
            .unwrap_or_else(empty_fst);
        let known = KNOWN_WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(normalise)
            .collect();

        static NEXT_ID: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        Glossary {
            id: NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            terms,
            targets,
            stem_fst,
            stems,
            known,
            words,
        }
    }

    /// Every word in `text` that is a near miss of a glossary term; ranges are byte ranges into `text`.
    pub fn misspellings(&self, text: &str) -> Vec<Misspelling> {
        let mut out = Vec::new();
        if self.words.is_none() {
            return out;
        }
        let mut scratch = Scratch::default();
        for (start, chunk) in chunks(text) {
            if looks_like_address(chunk) {
                continue;
            }
            for word in words(chunk) {
                let range = start + word.start..start + word.end;
                self.check_word(text, range, &mut scratch, &mut out);
            }
        }
        out
    }

    /// Checks one token, whole and then hyphen part by hyphen part.
    fn check_word(
        &self,
        text: &str,
        range: Range<usize>,
        s: &mut Scratch,
        out: &mut Vec<Misspelling>,
    ) {
        let word = &text[range.clone()];
        // No part of a word shorter than the shortest near miss can be one.
        if word.len() < MIN_TERM_CHARS - 1 {
            return;
        }
        if word.chars().any(char::is_numeric) {
            return; // codes, dates, `2e`, `Q3`: not prose
        }
        if word.contains(is_hyphen) {
            normalise_into(word, &mut s.lower);
            if self.is_word(&s.lower) || self.is_term_form(&s.lower) {
                return; // `e-mail`, `risico-inventarisatie`
            }
        }
        let mut from = 0;
        for found in word.split(is_hyphen) {
            let start = range.start + from;
            // Every hyphen this split knows is one byte or three (U+2010).
            from += found.len()
                + word[from + found.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            if let Some((term, suggestion)) = self.check_part_cached(found, s) {
                out.push(Misspelling {
                    range: start..start + found.len(),
                    found: found.to_string(),
                    term,
                    suggestion,
                });
            }
        }
    }

    /// The term a word looks like a misspelling of, and the suggested spelling.
    ///
    /// `trust_list` is false only in tests that ask what would happen to a word
    /// the list lacked.
    /// `check_part` with a per-thread memo: minutes repeat their vocabulary from document to
    /// document, and a word's verdict depends only on the word and the glossary. The memo is
    /// cleared when it reaches `MEMO_LIMIT` words, so memory stays bounded.
    fn check_part_cached(&self, part: &str, s: &mut Scratch) -> Option<(String, String)> {
        const MEMO_LIMIT: usize = 50_000;
        // Keyed by glossary, then by word, so that a hit needs no allocation; words are short,
        // so a simple FNV hash beats the default SipHash here.
        type Words = std::collections::HashMap<
            String,
            Option<(String, String)>,
            std::hash::BuildHasherDefault<Fnv>,
        >;
        type Memo = std::collections::HashMap<usize, Words>;
        thread_local! {
            static MEMO: std::cell::RefCell<Memo> = std::cell::RefCell::new(Memo::new());
        }
        let hit = MEMO.with(|m| {
            m.borrow()
                .get(&self.id)
                .and_then(|words| words.get(part).cloned())
        });
        if let Some(hit) = hit {
            return hit;
        }
        let verdict = self.check_part(part, s, true);
        MEMO.with(|m| {
            let mut m = m.borrow_mut();
            let words = m.entry(self.id).or_default();
            if words.len() >= MEMO_LIMIT {
                words.clear();
            }
            words.insert(part.to_string(), verdict.clone());
        });
        verdict
    }

    fn check_part(
        &self,
        part: &str,
        s: &mut Scratch,
        trust_list: bool,
    ) -> Option<(String, String)> {
        let case = Case::of(part)?;
        normalise_into(part, &mut s.lower);
        let w = s.lower.as_str();
        let n = w.chars().count();
        if !(MIN_TERM_CHARS - 1..=MAX_WORD_CHARS).contains(&n)
            || (trust_list && self.is_word(w))
            || self.is_term_form(w)
            || self.known.contains(w)
            || is_foreign(w)
            || self.is_word_with_ending(w)
        {
            return None;
        }
        s.chars.clear();
        s.chars.extend(w.chars());
        // Byte offset of each char, plus the end, to slice `w` by char index.
        s.offsets.clear();
        s.offsets.extend(w.char_indices().map(|(i, _)| i));
        s.offsets.push(w.len());

        let shape = self.analyse(w, &s.offsets);
        if shape.is_compound {
            // Two swapped letters are the commonest slip (`Pielbesluit`), and
            // far likelier than a compound (`piel` + `besluit`) that happens
            // to be one swap from a term.
            let (ti, suggestion) = self.swapped_term(w, &s.chars)?;
            let term = &self.terms[ti as usize];
            return Some((term.display.clone(), case.apply(&suggestion, term)));
        }
        let mut best: Option<Candidate> = None;
        for start in 0..n {
            if start == 0 || shape.prefix_ok[start] {
                self.search_from(w, &s.chars, &s.offsets, start, &shape, &mut best);
            }
        }
        let best = best?;
        let term = &self.terms[best.term as usize];
        Some((term.display.clone(), case.apply(&best.suggestion, term)))
    }

    /// Finds targets close to a stretch of the word that starts at char `start`.
    fn search_from(
        &self,
        w: &str,
        chars: &[char],
        offsets: &[usize],
        start: usize,
        shape: &Shape,
        best: &mut Option<Candidate>,
    ) {
        let rest = &chars[start..];
        let n = chars.len();
        let longest = (rest.len() + 2).min(self.targets.len().saturating_sub(1));
        let mut dist = Vec::new();
        for len in MIN_TERM_CHARS - 1..=longest {
            for target in &self.targets[len] {
                let t = &target.chars;
                let k = self.terms[target.term as usize].max_distance;
                // After a compound's first part the term must start cleanly: an edit
                // right at the seam is more often a wrong split (`noord`+`erslag`).
                if rest.len() + k < t.len()
                    || (start > 0 && t[0] != rest[0])
                    || !plausible_start(t, rest)
                {
                    continue;
                }
                if !prefix_distances(t, rest, k, &mut dist) {
                    continue;
                }
                for (j, &d) in dist.iter().enumerate() {
                    // d == 0: the term itself is there, so what is wrong is elsewhere.
                    if d == 0 || d > k {
                        continue;
                    }
                    let end = start + j;
                    let tail = &w[offsets[end]..];
                    if !self.tail_fits(tail, target, chars[end - 1], end, shape) {
                        continue;
                    }
                    let segment = &w[offsets[start]..offsets[end]];
                    if self.is_word(segment)
                        || self.is_term_form(segment)
                        || (d == 2 && clustered_edits(t, &chars[start..end]))
                        || is_participle_of_other(w, t)
                    {
                        continue;
                    }
                    let (suggestion, known) = self.suggest(&w[..offsets[start]], target, tail);
                    if target.changed && !known && !self.is_two_words(&suggestion) {
                        continue;
                    }
                    if same_but_accents(w, &suggestion) {
                        continue; // `enquete`, `décharge`: accents are often left off or added
                    }
                    let candidate = Candidate {
                        distance: d,
                        accent_only: strip_marks(w, false) == strip_marks(&suggestion, false),
                        known,
                        whole: start == 0 && end == n,
                        term: target.term,
                        suggestion,
                    };
                    if best.as_ref().is_none_or(|b| candidate.beats(b)) {
                        *best = Some(candidate);
                    }
                }
            }
        }
    }

    /// A term (maybe inflected) that the word spells with two neighbouring
    /// letters swapped, and the word as it should be.
    fn swapped_term(&self, w: &str, chars: &[char]) -> Option<(u32, String)> {
        // Only an inflection ending may follow, three letters at most (`plan-nen`).
        let shortest = chars.len().saturating_sub(3).max(MIN_TERM_CHARS);
        let lens = shortest..self.targets.len().min(chars.len() + 1);
        let mut targets = lens.rev().flat_map(|len| &self.targets[len]);
        targets.find_map(|target| {
            let t = &target.chars;
            let i = t.iter().zip(chars).position(|(a, b)| a != b)?;
            let swapped = !target.changed
                && i + 1 < t.len()
                && chars[i] == t[i + 1]
                && chars[i + 1] == t[i]
                && t[i + 2..] == chars[i + 2..t.len()];
            if !swapped {
                return None;
            }
            let tail: String = chars[t.len()..].iter().collect();
            let stem: String = t.iter().collect();
            let suggestion = format!("{stem}{tail}");
            (ending_fits(&tail, &stem) && !same_but_accents(w, &suggestion))
                .then_some((target.term, suggestion))
        })
    }

    /// Whether `tail` may follow a near miss of `target` that ends at char `end`
    /// with the char `last`: nothing, an inflection ending, or known words.
    fn tail_fits(
        &self,
        tail: &str,
        target: &Target,
        last: char,
        end: usize,
        shape: &Shape,
    ) -> bool {
        let t_last = target.chars.last().copied().unwrap_or(' ');
        if target.changed {
            return STEM_ENDINGS.contains(&tail);
        }
        let stem: String = target.chars.iter().collect();
        tail.is_empty()
            || ending_fits(tail, &stem)
            || shape.tail_after_link[end]
            // Straight into the next word only if the term's end is intact.
            || (shape.tail_direct[end] && last == t_last)
    }

    /// The word with the target in place of the near miss, and whether that word is known.
    ///
    /// Before `-en` Dutch may double the final consonant (`plan` → `plannen`); the
    /// form the word list knows wins.
    fn suggest(&self, prefix: &str, target: &Target, tail: &str) -> (String, bool) {
        let base: String = target.chars.iter().collect();
        let mut options = vec![format!("{prefix}{base}{tail}")];
        if !target.changed && STEM_ENDINGS.contains(&tail) {
            if let Some(&last) = target.chars.last().filter(|c| !is_vowel(**c)) {
                options.push(format!("{prefix}{base}{last}{tail}"));
            }
        }
        let known = options.iter().position(|o| self.is_word(o));
        // A changed stem reads right only where the list confirms it
        // (`financiële`, but not `financiëlen`): see the caller.
        let form = options
            .iter()
            .position(|o| !target.changed && self.is_term_form(o));
        match known.or(form) {
            Some(i) => (options.swap_remove(i), true),
            None => (options.swap_remove(0), false),
        }
    }

    /// Whether `w` is an ordinary word with an inflection ending the list lacks
    /// (`aanwezigere`, `rapporteringen`, `pascontroles`).
    fn is_word_with_ending(&self, w: &str) -> bool {
        let Some(words) = self.words else {
            return false;
        };
        WORD_ENDINGS.iter().any(|e| {
            w.strip_suffix(e).is_some_and(|stem| {
                stem.chars().nth(MIN_PART_CHARS - 1).is_some()
                    && plain_ending(stem, e)
                    && words
                        .get(stem)
                        .is_some_and(|flags| flags.value() & COMMON_WORD != 0)
            })
        })
    }

    /// Whether `w` (lower case) is two words of the list, maybe linked (`raads-brieven`).
    fn is_two_words(&self, w: &str) -> bool {
        w.char_indices().skip(MIN_PART_CHARS).any(|(i, _)| {
            let (head, rest) = w.split_at(i);
            let tail = |r: &str| r.chars().nth(2).is_some() && self.is_word(r);
            self.is_word(head)
                && (tail(rest) || LINKS.iter().any(|l| rest.strip_prefix(l).is_some_and(tail)))
        })
    }

    /// Whether `w` (lower case) is in the word list.
    fn is_word(&self, w: &str) -> bool {
        self.words.is_some_and(|f| f.get(w).is_some())
    }

    /// Whether `w` is a term or an inflection of one (`zienswijzen`, `gemeenteraden`).
    fn is_term_form(&self, w: &str) -> bool {
        let mut found = false;
        self.walk_stems(w.as_bytes(), |end, kind| {
            found |= kind_fits(kind, &w[..end], &w[end..]);
        });
        found
    }

    /// Calls `f(end, kind)` for every term or changed stem that `bytes` starts with.
    fn walk_stems(&self, bytes: &[u8], mut f: impl FnMut(usize, StemKind)) {
        walk(&self.stem_fst, bytes, |end, value| {
            if let Some(&kind) = self.stems.get(value as usize) {
                f(end, kind);
            }
        });
    }

    /// Works out how the word splits into known words, terms and linking elements.
    fn analyse(&self, w: &str, offsets: &[usize]) -> Shape {
        let n = offsets.len() - 1;
        let char_at = |byte: usize| offsets.binary_search(&byte).ok();
        // parts[k]: char ends m such that w[k..m] is an ordinary word or a term.
        let mut parts: Vec<Vec<usize>> = vec![Vec::new(); n];
        // last_part[k]: w[k..] is a term or an inflection of one (`omgevingsvisies`).
        let mut last_part = vec![false; n + 1];
        for k in 0..n {
            let from = offsets[k];
            let bytes = &w.as_bytes()[from..];
            if let Some(words) = self.words {
                walk(words, bytes, |len, flags| {
                    if flags & COMMON_WORD != 0 {
                        // A compound may end in a short word (`raadslid`, `onderhoudsman`).
                        let long_enough =
                            |&m: &usize| m - k >= MIN_PART_CHARS || (m == n && m - k >= 3);
                        if let Some(m) = char_at(from + len).filter(long_enough) {
                            parts[k].push(m);
                            last_part[k] |=
                                m < n && plain_ending(&w[from..from + len], &w[from + len..]);
                        }
                    }
                });
            }
            self.walk_stems(bytes, |len, kind| {
                if kind.term {
                    if let Some(m) = char_at(from + len) {
                        parts[k].push(m);
                    }
                }
                last_part[k] |= kind_fits(kind, &w[from..from + len], &w[from + len..]);
            });
        }
        let link_ends = |m: usize| -> Vec<usize> {
            let mut ends = vec![m];
            for link in LINKS {
                if w[offsets[m]..].starts_with(link) {
                    ends.extend(char_at(offsets[m] + link.len()));
                }
            }
            ends
        };
        // parts_to_end[k]: the fewest parts (joined by links) that make up w[k..].
        let none = usize::MAX;
        let mut parts_to_end = vec![none; n + 1];
        parts_to_end[n] = 0;
        for k in (0..n).rev() {
            let mut fewest = if last_part[k] { 1 } else { none };
            for &m in &parts[k] {
                for j in link_ends(m) {
                    // A link never ends a word: `begrotings` is a term form, not `begroting` + `s`.
                    if (j == m || j < n) && parts_to_end[j] != none {
                        fewest = fewest.min(parts_to_end[j] + 1);
                    }
                }
            }
            parts_to_end[k] = fewest;
        }
        // neighbour[k]: w[k..] is one known word (or term), long enough to stand
        // next to a near miss. One word only: a run of short words is too easily
        // an accident (`kredit` + `erin` + `gen`).
        let neighbour: Vec<bool> = (0..=n)
            .map(|k| {
                k < n && n - k >= MIN_NEIGHBOUR_CHARS && (last_part[k] || parts[k].contains(&n))
            })
            .collect();
        let tail_direct = neighbour.clone();
        let tail_after_link: Vec<bool> = (0..=n)
            .map(|e| e < n && link_ends(e).into_iter().skip(1).any(|j| neighbour[j]))
            .collect();
        // prefix_ok[s]: w[..s] is one known word, maybe followed by a link (`concept`, `jeugd`).
        let mut prefix_ok = vec![false; n + 1];
        for &m in parts[0]
            .iter()
            .filter(|&&m| m >= MIN_NEIGHBOUR_CHARS && m < n)
        {
            for j in link_ends(m) {
                prefix_ok[j] = true;
            }
        }
        // A compound has two parts at least (one part alone was looked up
        // already), and not many more: short parts are too easily an accident
        // (`dijk`+`vers`+`stee`+`king` is a misspelt `dijkversterking`).
        let is_compound = (2..=MAX_PARTS).contains(&parts_to_end[0]);
        Shape {
            prefix_ok,
            tail_direct,
            tail_after_link,
            is_compound,
        }
    }
}

/// How a word splits into known parts, by char index.
struct Shape {
    /// The word up to here is known words, maybe followed by a link.
    prefix_ok: Vec<bool>,
    /// The word from here is known words.
    tail_direct: Vec<bool>,
    /// The word from here is a link followed by known words.
    tail_after_link: Vec<bool>,
    /// The whole word is a compound of known words and terms.
    is_compound: bool,
}

/// A possible reading of a word as a misspelt term.
struct Candidate {
    distance: usize,
    /// Only accents or a diaeresis differ (`financiele` is `financiële`, not `financieel`).
    accent_only: bool,
    /// The suggestion is itself a known word.
    known: bool,
    /// The near miss covers the whole word.
    whole: bool,
    term: u32,
    suggestion: String,
}

impl Candidate {
    /// Fewer edits first, then a difference in accents only, then a suggestion
    /// the word list knows, then a whole-word reading.
    fn beats(&self, other: &Candidate) -> bool {
        let key = |c: &Candidate| (c.distance, !c.accent_only, !c.known, !c.whole);
        key(self) < key(other)
    }
}

/// Buffers reused from word to word.
#[derive(Default)]
struct Scratch {
    lower: String,
    chars: Vec<char>,
    offsets: Vec<usize>,
}

/// How a word is capitalised, so that the suggestion can follow it.
#[derive(Clone, Copy, PartialEq)]
enum Case {
    Lower,
    Capitalised,
    Upper,
}

impl Case {
    /// `None` for mixed case (`DigiD`, `McKinsey`): names and brands, not misspellings.
    fn of(word: &str) -> Option<Case> {
        let mut letters = word.chars().filter(|c| c.is_alphabetic());
        let first = letters.next()?;
        let (mut upper, mut lower) = (0, 0);
        for c in letters {
            upper += usize::from(c.is_uppercase());
            lower += usize::from(c.is_lowercase());
        }
        match (first.is_uppercase(), upper, lower) {
            (false, 0, _) => Some(Case::Lower),
            (true, 0, _) => Some(Case::Capitalised),
            (true, _, 0) => Some(Case::Upper),
            _ => None,
        }
    }

    /// The suggestion (lower case) in this case; a proper-noun term keeps its capitals.
    fn apply(self, suggestion: &str, term: &Term) -> String {
        let mut s = suggestion.to_string();
        if term.display.chars().any(char::is_uppercase) {
            let lower = normalise(&term.display);
            if let Some(at) = s.find(&lower) {
                s.replace_range(at..at + lower.len(), &term.display);
            }
        }
        match self {
            Case::Lower => s,
            Case::Upper => s.to_uppercase(),
            Case::Capitalised => {
                let mut chars = s.chars();
                chars
                    .next()
                    .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
            }
        }
    }
}

/// Whether `ending` may follow the index key `stem` of this kind, in a correct word.
fn kind_fits(kind: StemKind, stem: &str, ending: &str) -> bool {
    (kind.term && (ending_fits(ending, stem) || EXACT_ENDINGS.contains(&ending)))
        || (kind.open && STEM_ENDINGS.contains(&ending))
        || (kind.diminutive && matches!(ending, "kje" | "kjes"))
}

/// Whether `ending` inflects the term `stem`: a plural, a genitive, an adjective's `-e`.
fn ending_fits(ending: &str, stem: &str) -> bool {
    if ending.is_empty() {
        return true;
    }
    if stem.ends_with("en") || stem.ends_with("ën") {
        return false; // already a plural: notulen, statuten, financiën
    }
    if ending == "s" {
        return true;
    }
    let last = stem.chars().last().unwrap_or(' ');
    if stem.ends_with("ie") || stem.ends_with("ee") {
        // strategie-ën (evaluatie-s above)
        return ending == "ën";
    }
    if last == 'e' {
        // zienswijze-n
        return ending == "n";
    }
    if is_vowel(last) {
        // agenda-'s, risico-'s
        return ending == "'s";
    }
    // begroting-en, huishoudelijk-e, plan-nen, voorstel-len
    if STEM_ENDINGS.contains(&ending) {
        return true;
    }
    let mut chars = ending.chars();
    chars.next() == Some(last) && STEM_ENDINGS.contains(&chars.as_str())
}

/// Whether `ending` follows the word `stem` unchanged: before an ending that
/// starts with a vowel Dutch doubles a consonant or changes `s` to `z`
/// (`dik` → `dikke`, `wijs` → `wijze`), so `wijs` + `e` is no known word.
/// Unchanged are stems that end in two consonants (`rapportering-en`) or in an
/// unstressed syllable (`aanwezig-e`, `bestuurder-e`).
fn plain_ending(stem: &str, ending: &str) -> bool {
    if !WORD_ENDINGS.contains(&ending) {
        return false;
    }
    match ending {
        "'s" => return stem.ends_with(is_vowel),
        "n" => return stem.ends_with('e'),
        "ën" => return stem.ends_with("ie") || stem.ends_with("ee"),
        _ if !ending.starts_with(is_vowel) => return true,
        _ => {}
    }
    let mut rev = stem.chars().rev();
    let (last, before, third) = (
        rev.next().unwrap_or('a'),
        rev.next().unwrap_or('a'),
        rev.next().unwrap_or('a'),
    );
    // `ij` is a vowel (`wijs`), though `j` is no vowel letter.
    let before_vowel = is_vowel(before) || (before == 'j' && third == 'i');
    let unstressed =
        matches!((before, last), ('i', 'g') | ('e', 'l' | 'r' | 'm' | 'n')) && !is_vowel(third);
    (!is_vowel(last) && !before_vowel) || unstressed
}

/// Stems a term takes before `-en` or `-e`: `raad` → `rad`, `dijkgraaf` →
/// `dijkgrav`, `raadsbrief` → `raadsbriev`, `financieel` → `financiël`.
fn changed_stems(t: &[char]) -> Vec<Vec<char>> {
    let n = t.len();
    if n < 4 {
        return Vec::new();
    }
    let (z, a, b, c) = (t[n - 4], t[n - 3], t[n - 2], t[n - 1]);
    // Before a vowel, `s` and `f` after a long vowel are voiced (`brieven`, `prijzen`).
    let voiced = match c {
        's' => 'z',
        'f' => 'v',
        c => c,
    };
    let stem = |keep: usize, end: &[char]| -> Vec<Vec<char>> { vec![[&t[..keep], end].concat()] };
    if a == b && matches!(a, 'a' | 'e' | 'o' | 'u') && !is_vowel(c) {
        // A long vowel written double in a closed syllable is single in an open
        // one, and `ee` after `i` becomes `ë` (financieel, financiële).
        if z == 'i' && a == 'e' {
            return stem(n - 3, &['ë', c]);
        }
        if !is_vowel(z) {
            return stem(n - 2, &[voiced]);
        }
    }
    let diphthong = matches!(
        (a, b),
        ('i', 'e')
            | ('e', 'i')
            | ('i', 'j')
            | ('u', 'i')
            | ('o', 'u')
            | ('e', 'u')
            | ('o', 'e')
            | ('a', 'u')
    );
    if voiced != c && diphthong {
        return stem(n - 1, &[voiced]);
    }
    Vec::new()
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}')
}

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ë' | 'é' | 'è' | 'ê' | 'ï' | 'ü' | 'ö'
    )
}

/// English and French endings that Dutch spells otherwise (`-tion`/`-sion` for `-tie`/`-sie`).
fn is_foreign(w: &str) -> bool {
    ["tion", "tions", "sion", "sions", "ción"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// Equal once acute, grave and circumflex accents and cedillas are dropped; a
/// diaeresis counts, since `financien` for `financiën` is a real misspelling.
fn same_but_accents(a: &str, b: &str) -> bool {
    a != b && strip_marks(a, true) == strip_marks(b, true)
}

/// `s` without combining marks, keeping the diaeresis if asked.
fn strip_marks(s: &str, keep_diaeresis: bool) -> String {
    s.nfd()
        .filter(|&c| !is_combining_mark(c) || (keep_diaeresis && c == '\u{308}'))
        .collect()
}

/// A present participle (`afschrijvend`, `vergaderende`) near a noun in `-ing`:
/// another word, which the list often lacks.
fn is_participle_of_other(w: &str, term: &[char]) -> bool {
    let ends = |s: &str| ["end", "ende", "endes"].iter().any(|e| s.ends_with(e));
    let term: String = term.iter().collect();
    ends(w) && !ends(&term)
}

/// Whether the two edits between `t` and `w` are close together and one is a
/// substitution, or both are in the first three letters: that is another word
/// (`inklemming`, `welordening`, `polarisator`, `eenkamer`), where a typo slips
/// at two separate places or drops a run of letters (`vrijwillers`).
fn clustered_edits(t: &[char], w: &[char]) -> bool {
    let (n, m) = (t.len(), w.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(t[i - 1] != w[j - 1]);
            let mut v = (d[i - 1][j - 1] + cost)
                .min(d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1);
            if i > 1 && j > 1 && t[i - 1] == w[j - 2] && t[i - 2] == w[j - 1] {
                v = v.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = v;
        }
    }
    // Walk one cheapest alignment back, preferring matches, and note the edits.
    let (mut i, mut j) = (n, m);
    let mut edits: Vec<(usize, bool)> = Vec::new(); // (position in t, is a substitution)
    while i > 0 || j > 0 {
        if i > 0 && j > 0 && t[i - 1] == w[j - 1] && d[i][j] == d[i - 1][j - 1] {
            i -= 1;
            j -= 1;
        } else if i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + 1 {
            edits.push((i - 1, true));
            i -= 1;
            j -= 1;
        } else if i > 1
            && j > 1
            && t[i - 1] == w[j - 2]
            && t[i - 2] == w[j - 1]
            && d[i][j] == d[i - 2][j - 2] + 1
        {
            edits.push((i - 2, false));
            i -= 2;
            j -= 2;
        } else if i > 0 && d[i][j] == d[i - 1][j] + 1 {
            edits.push((i - 1, false));
            i -= 1;
        } else {
            edits.push((i, false));
            j = j.saturating_sub(1);
        }
    }
    match edits.as_slice() {
        [(a, sub_a), (b, sub_b)] => {
            ((*sub_a || *sub_b) && a.abs_diff(*b) <= 2) || (*a < 3 && *b < 3)
        }
        _ => false,
    }
}

/// Typos rarely change both of a word's first two letters; this skips most targets cheaply.
fn plausible_start(t: &[char], w: &[char]) -> bool {
    let (t0, t1) = (t[0], t.get(1).copied());
    let (w0, w1) = (w[0], w.get(1).copied());
    t0 == w0 || t1 == w1 || Some(t0) == w1 || t1 == Some(w0)
}

/// Optimal-string-alignment distance between `t` and each prefix of `w`, within `k`.
///
/// Fills `out[j]` with the distance of `t` to `w[..j]` (or `k + 1` when above
/// `k`); returns false as soon as no prefix can come within `k`. Only a band of
/// width `2k + 1` is computed, so the cost is `O(|t| * k)`.
fn prefix_distances(t: &[char], w: &[char], k: usize, out: &mut Vec<usize>) -> bool {
    let big = k + 1;
    let cols = (t.len() + k).min(w.len()) + 1;
    let mut prev2 = vec![big; cols];
    let mut prev: Vec<usize> = (0..cols).map(|j| j.min(big)).collect();
    let mut cur = vec![big; cols];
    for i in 1..=t.len() {
        let lo = i.saturating_sub(k).max(1);
        let hi = (i + k).min(cols - 1);
        cur.iter_mut().for_each(|c| *c = big);
        cur[0] = i.min(big);
        let mut row_min = cur[0];
        for j in lo..=hi {
            let cost = usize::from(t[i - 1] != w[j - 1]);
            let mut d = (prev[j - 1] + cost).min(prev[j] + 1).min(cur[j - 1] + 1);
            if i > 1 && j > 1 && t[i - 1] == w[j - 2] && t[i - 2] == w[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d.min(big);
            row_min = row_min.min(cur[j]);
        }
        if row_min > k {
            return false;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    out.clear();
    out.extend_from_slice(&prev);
    true
}

/// Calls `f(len, value)` for every key of `fst` that `bytes` starts with.
fn walk<D: AsRef<[u8]>>(fst: &Fst<D>, bytes: &[u8], mut f: impl FnMut(usize, u64)) {
    let mut node = fst.root();
    let mut out = Output::zero();
    for (i, &b) in bytes.iter().enumerate() {
        let Some(at) = node.find_input(b) else { return };
        let t = node.transition(at);
        out = out.cat(t.out);
        node = fst.node(t.addr);
        if node.is_final() {
            f(i + 1, out.cat(node.final_output()).value());
        }
    }
}

/// An empty fst, should building the term index fail (it cannot with sorted keys).
fn empty_fst() -> Fst<Vec<u8>> {
    let bytes = fst::raw::Builder::memory().into_inner().unwrap_or_default();
    Fst::new(bytes).unwrap_or_else(|_| unreachable!("an empty fst is valid"))
}

/// Lower case, NFC, curly apostrophe straightened, soft hyphens dropped.
fn normalise(word: &str) -> String {
    let mut s = String::new();
    normalise_into(word, &mut s);
    s
}

fn normalise_into(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        match c {
            '\u{AD}' => {}
            '\u{2019}' => out.push('\''),
            '\u{2010}' => out.push('-'),
            c => out.extend(c.to_lowercase()),
        }
    }
    if !out.is_ascii() && is_nfc_quick(out.chars()) != IsNormalized::Yes {
        *out = out.nfc().collect();
    }
}

/// Whitespace-separated chunks of `text`, with their byte offsets.
fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(char::is_whitespace)
        .filter(|c| !c.is_empty())
        .map(move |c| (c.as_ptr() as usize - text.as_ptr() as usize, c))
}

/// An e-mail address, URL or domain name: its parts are not Dutch words.
fn looks_like_address(chunk: &str) -> bool {
    if chunk.contains('@')
        || chunk.contains("://")
        || chunk
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("www."))
    {
        return true;
    }
    // `veiligheidsregio-twente.nl`: a dot between two lower-case runs of two letters or more.
    let b = chunk.as_bytes();
    (2..b.len().saturating_sub(2)).any(|i| {
        b[i] == b'.'
            && b[i - 1].is_ascii_lowercase()
            && b[i - 2].is_ascii_lowercase()
            && b[i + 1].is_ascii_lowercase()
            && b[i + 2].is_ascii_lowercase()
    })
}

/// Byte ranges of the words in a chunk: letters, with apostrophes, hyphens and
/// soft hyphens inside a word (`kadernota's`, `Burgernet-deelnemers`).
fn words(chunk: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let is_letter = |c: char| c.is_alphanumeric() || is_combining_mark(c);
    let is_joiner = |c: char| matches!(c, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{AD}');
    let mut chars = chunk.char_indices().peekable();
    std::iter::from_fn(move || {
        // Skip to the next letter.
        let (start, _) = loop {
            let (i, c) = chars.next()?;
            if is_letter(c) {
                break (i, c);
            }
        };
        let mut end = chunk.len();
        while let Some(&(i, c)) = chars.peek() {
            // A joiner belongs to the word only with a letter after it (`raads- en`).
            if is_letter(c) || (is_joiner(c) && chunk[i + c.len_utf8()..].starts_with(is_letter)) {
                chars.next();
            } else {
                end = i;
                break;
            }
        }
        Some(start..end)
    })
}

/// Whether a word (any case) is an ordinary Dutch word: in the OpenTaal list in lower case.
/// Names, places and organisations are not (`Marion`, `Kadaster` as a body's name is, but
/// `kadaster` is also a common noun).
pub fn is_common_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    word_list()
        .and_then(|f| f.get(lower.as_bytes()))
        .is_some_and(|o| o.value() & COMMON_WORD != 0)
}

/// Whether a capitalised word is a proper noun of the OpenTaal list only (`Hendrika`,
/// `Tjitske`, `Utrecht`): in the list, but not as an ordinary lower-case word.
pub fn is_proper_noun(word: &str) -> bool {
    if !word.starts_with(char::is_uppercase) {
        return false;
    }
    let lower = word.to_lowercase();
    word_list()
        .and_then(|f| f.get(lower.as_bytes()))
        .is_some_and(|o| o.value() & COMMON_WORD == 0)
}

/// The word list, read once.
fn word_list() -> Option<&'static Fst<&'static [u8]>> {
    // The data file is checked by tests; an unreadable one would be a build defect, and
    // then the checks that use it report nothing rather than everything.
    static WORDS: OnceLock<Option<Fst<&'static [u8]>>> = OnceLock::new();
    WORDS.get_or_init(|| Fst::new(WORD_LIST).ok()).as_ref()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The near misses in `text` as `found -> suggestion (term)`, for compact asserts.
    fn report(g: &Glossary, text: &str) -> Vec<String> {
        g.misspellings(text)
            .into_iter()
            .map(|m| format!("{} -> {} ({})", m.found, m.suggestion, m.term))
            .collect()
    }

    #[test]
    fn finds_near_misses_of_terms() {
        let g = Glossary::builtin();
        let cases = [
            ("Ondernijning", "Ondermijning (ondermijning)"),
            ("ondernijning", "ondermijning (ondermijning)"),
            ("jaaarrekening", "jaarrekening (jaarrekening)"),
            ("beroting", "begroting (begroting)"),
            ("Burgenet", "Burgernet (Burgernet)"),
            ("Pielbesluit", "Peilbesluit (peilbesluit)"),
            ("burgenet", "Burgernet (Burgernet)"),
            ("zienswijse", "zienswijze (zienswijze)"),
            ("bestemingsplan", "bestemmingsplan (bestemmingsplan)"),
            ("kascomissie", "kascommissie (kascommissie)"),
            ("Omgevinsvisie", "Omgevingsvisie (omgevingsvisie)"),
            ("BEROTING", "BEGROTING (begroting)"),
            (
                "meerjarenonderhoudplan",
                "meerjarenonderhoudsplan (meerjarenonderhoudsplan)",
            ),
            (
                "instemmingsverzoeck",
                "instemmingsverzoek (instemmingsverzoek)",
            ),
            ("medezeggenschaps-raad", "medezeggenschaps-raad"),
            (
                "informatievoorzeining",
                "informatievoorziening (informatievoorziening)",
            ),
            (
                "Waterbeheerprogamma",
                "Waterbeheerprogramma (waterbeheerprogramma)",
            ),
            (
                "studievoorschotmidelen",
                "studievoorschotmiddelen (studievoorschotmiddelen)",
            ),
            (
                "accountantsverklraing",
                "accountantsverklaring (accountantsverklaring)",
            ),
            ("regelement", "reglement (reglement)"),
            ("clientenraad", "cliëntenraad (cliëntenraad)"),
            ("financien", "financiën (financiën)"),
            // Inflected and compound forms keep their ending and other parts.
            ("bestemingsplannen", "bestemmingsplannen (bestemmingsplan)"),
            ("zienswijsen", "zienswijzen (zienswijze)"),
            ("ondernemigsraden", "ondernemingsraden (ondernemingsraad)"),
            ("raadsbreiven", "raadsbrieven (raadsbrief)"),
            ("financiele", "financiële (financieel)"),
            (
                "begrotinswijziging",
                "begrotingswijziging (begrotingswijziging)",
            ),
            ("conceptbegrotng", "conceptbegroting (begroting)"),
            ("kadernota’s", "kadernota’s"),
            ("kadernta's", "kadernota's (kadernota)"),
        ];
        for (text, want) in cases {
            let got = report(g, text);
            if want.contains('(') {
                assert_eq!(got, [format!("{text} -> {want}")], "{text}");
            } else {
                assert!(got.is_empty(), "{text}: {got:?}");
            }
        }
    }

    #[test]
    fn leaves_real_words_alone() {
        let g = Glossary::builtin();
        let words = [
            // Real words one or two edits from a term.
            "begroeting",
            "vergroting",
            "begroetingen",
            "devaluatie",
            "evacuatie",
            "spaarrekening",
            "jaarafrekening",
            "zegswijze",
            "onderwijzing",
            "voorzitster",
            "verandering",
            "voorletter",
            "factie",
            "frictie",
            "politiek",
            "raadslieden",
            "secretarie",
            "wetenschap",
            "waterschade",
            // Inflections and compounds of terms, in the list or not.
            "begrotingen",
            "zienswijzen",
            "jaarrekeningen",
            "begrotingswijziging",
            "Burgernetdeelnemers",
            "Burgernet-deelnemers",
            "evaluaties",
            "evalueren",
            "huishoudelijke",
            "reorganisaties",
            "omgevingsvisies",
            "gemeenteraden",
            "ondernemingsraden",
            "kadernota's",
            "veiligheidsregio's",
            "strategieën",
            "begrotinkje",
            "conceptbegroting",
            "jeugdbegroting",
            "ondermijningsaanpak",
            "kascommissieleden",
            "burgemeesteres",
            "financiële",
            "adviezen",
            // Word-list words with endings the list lacks, and compounds of known words.
            "aanwezigere",
            "rapporteringen",
            "begroetingsritueel",
            "onderhoudsman",
            "veiligheidspas",
            "dijkverzwaringsproject",
            // Participles, English, accents, names.
            "afschrijvend",
            "vergaderende",
            "policies",
            "coalition",
            "organisation",
            "contribute",
            "enquete",
            "décharge",
            "archéologie",
            "Meuleman",
            "Miltenburg",
            "Schelberg",
            "Griffioen",
            // Mixed case: brands and abbreviations.
            "DigiD",
            "BeGroting",
            "McKinsey",
        ];
        for w in words {
            assert_eq!(report(g, w), Vec::<String>::new(), "{w}");
        }
    }

    #[test]
    fn realistic_minutes_have_no_findings() {
        // Written for this test in the style of real Dutch minutes: every term
        // correct, with inflections, compounds, names, English and addresses.
        let text = "\
Verslag van de openbare vergadering van de raadscommissie Bestuur en Middelen, 14 maart 2023.
Aanwezig: mevrouw J. de Wit-Verhoeven (voorzitter), de heer P.A.M. van den Heuvel (VVD), mevrouw S. Öztürk
(GroenLinks), de heer R. ’t Hart (CDA), de heer B. Lutje Wagelaar; wethouder Kuipers; griffier mr. H. Brouwer.
1. Opening en vaststelling van de agenda. De voorzitter heet de aanwezigen welkom. Agendapunt 7 wordt als
hamerstuk naar de raad doorgeleid. De lijst met ingekomen stukken wordt voor kennisgeving aangenomen.
2. Wethouder Kuipers deelt mee dat de meicirculaire een positief effect heeft op het meerjarenperspectief; de
raadsinformatiebrief volgt. Toezegging 2022-14 (evaluatie subsidieregeling sport) wordt afgevoerd.
3. Raadsvoorstel jaarrekening 2022. De accountant licht de controleverklaring toe: een verklaring met beperking
voor de rechtmatigheid vanwege twee Europese aanbestedingen. De weerstandsratio bedraagt 1,6 en de algemene reserve
is na resultaatbestemming weer op peil. Mevrouw Öztürk mist een overzicht van de onderuitputting op de
investeringskredieten en vraagt de begrotingswijzigingen per programma te verantwoorden. Conclusie: bespreekstuk.
4. Voorjaarsnota 2024-2027. De fracties bespreken de taakstelling op de bedrijfsvoering, de jeugdzorg, de
afvalstoffenheffing, de rioolheffing en de kwijtschelding voor minima. Het CDA kondigt een amendement aan over het
leefbaarheidsbudget; GroenLinks overweegt een motie over de energietransitie. Zie www.gemeente-voorbeeld.nl of
mail griffie@gemeente-voorbeeld.nl.
5. Omgevingsvisie en bestemmingsplan Hoogveld. Alle zienswijzen zijn in de nota van beantwoording verwerkt; het
plan past binnen het woningbouwprogramma en wordt onder de Omgevingswet deel van het omgevingsplan.
BESLUITENLIJST Algemeen Bestuur Veiligheidsregio IJsselland. Het AB stelt de jaarrekening vast en verleent het
dagelijks bestuur décharge. De zienswijzen van de gemeenteraden op de ontwerpbegroting zijn verwerkt. Het regionaal
risicoprofiel noemt cybercriminaliteit en stroomuitval; het beleidsplan gaat over crisisbeheersing, de meldkamer
en de bevolkingszorg. Het aantal Burgernetdeelnemers is gestegen; Burgernet-acties leiden vaker tot aanhoudingen.
MR OBS De Regenboog: de personeelsgeleding stemt in met het formatieplan en het werkverdelingsplan; de
oudergeleding stemt in met de vrijwillige ouderbijdrage. De schoolgids en het jaarverslag worden vastgesteld.
VvE Parkzicht: 23 van de 40 appartementsrechten vertegenwoordigd, het quorum is gehaald. De kascommissie adviseert
het bestuur decharge te verlenen. Het meerjarenonderhoudsplan is geactualiseerd; om het reservefonds op peil te
houden stijgt de voorschotbijdrage met 8%. De wijziging van het huishoudelijk reglement wordt aangehouden.
OR: de bestuurder licht de adviesaanvraag over de reorganisatie toe; de OR stemt in met het instemmingsverzoek over
de thuiswerkregeling. Het ziekteverzuimpercentage daalt. Dorpsraad: de dorpsvisie en het leefbaarheidsbudget.
Waterschap: het AB stemt in met het waterbeheerprogramma en het peilbesluit; de dijkversterking en de waterkwaliteit
onder de Kaderrichtlijn Water; klimaatadaptatie; waterschapsbelasting en zuiveringsheffing.
Universiteitsraad: instellingsplan, kwaliteitsafspraken en studievoorschotmiddelen. The council discussed the
financial policies; the secretary will circulate the draft. Cliëntenraad: kwaliteitsrapport en ongevraagd advies.
";
        assert_eq!(report(Glossary::builtin(), text), Vec::<String>::new());
    }

    #[test]
    fn reports_byte_ranges_and_writing_as_found() {
        let g = Glossary::builtin();
        let text = "Mevr. Raven ziet voor Ondernijning – en ook voor Burgenet-deelnemers – graag capaciteit.";
        let found = g.misspellings(text);
        assert_eq!(found.len(), 2);
        assert_eq!(&text[found[0].range.clone()], "Ondernijning");
        assert_eq!(found[0].found, "Ondernijning");
        assert_eq!(found[0].term, "ondermijning");
        assert_eq!(found[0].suggestion, "Ondermijning");
        assert_eq!(&text[found[1].range.clone()], "Burgenet");
        assert_eq!(found[1].term, "Burgernet");
        // The reference document: four times `ondernijning`, nothing else.
        let reference = "- Ondernijning: dit onderwerp behoeft geen nadere toelichting\n\
            Mevr. Raven ziet voor ondernijning graag voldoende capaciteit ingezet worden door de politie.\n\
            Dhr. Miltenburg: De integraliteit vraagt om een gesloten front. Een evaluatie is er niet geweest.";
        let terms: Vec<String> = g
            .misspellings(reference)
            .into_iter()
            .map(|m| m.term)
            .collect();
        assert_eq!(terms, ["ondermijning", "ondermijning"]);
    }

    #[test]
    fn project_terms_count_as_words_and_as_terms() {
        let g =
            Glossary::with_extra(&["Mijnbuur".to_string(), "Veiligheidshuis Twente".to_string()]);
        assert!(g.terms().any(|t| t == "Mijnbuur"));
        assert_eq!(report(&g, "de pilot Mijnbuur"), Vec::<String>::new());
        assert_eq!(
            report(&g, "de pilot Mijnbuir"),
            ["Mijnbuir -> Mijnbuur (Mijnbuur)"]
        );
        assert_eq!(
            report(Glossary::builtin(), "de pilot Mijnbuir"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        let g = Glossary::builtin();
        let odd = [
            "",
            " \t\r\n",
            "\u{feff}BESLUITENLIJST",
            "e\u{308}e\u{308}n \u{308}\u{308}\u{308} begrote\u{301}ting",
            "İSTANBUL ǅemal ß ẞ ﬁnanciën",
            "begro\u{ad}ting jaar\u{ad}\u{ad}rekening -begroting- 'beroting' ’s-Hertogenbosch",
            "🙂🙂 beroting🙂 مرحبا שלום 中文 begroting\u{200b}x",
            "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-ondernijning",
            "www.beroting.nl mail@beroting.nl https://x/beroting beroting.pdf",
        ];
        for text in odd {
            for m in g.misspellings(text) {
                assert_eq!(&text[m.range.clone()], m.found);
            }
        }
        let long = "ondernijning".repeat(1000);
        assert!(g.misspellings(&long).is_empty());
        // Every byte position of a mixed text as a start, so ranges always fall on char boundaries.
        let mixed = "Ondernijning, ’t Hart en Öztürk: beroting ﬁnanciën‐begrotng.";
        for (i, _) in mixed.char_indices() {
            for m in g.misspellings(&mixed[i..]) {
                assert_eq!(&mixed[i..][m.range.clone()], m.found);
            }
        }
    }

    #[test]
    fn glossary_is_tidy_and_spelled_right() {
        let lines: Vec<&str> = BUILTIN_GLOSSARY.lines().collect();
        let mut sorted = lines.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(
            lines, sorted,
            "glossary.txt is sorted (byte order) and without repeats"
        );
        assert!(lines.len() >= 400, "glossary has {} terms", lines.len());
        // Correctly spelled: in the word list, or a compound of up to three
        // words in it (`meer`+`jaren`+`onderhoudsplan`, `mei`+`circulaire`).
        let g = Glossary::builtin();
        fn splits(g: &Glossary, w: &str, more: usize) -> bool {
            let tail = |r: &str| g.is_word(r) || (more > 1 && splits(g, r, more - 1));
            w.char_indices().skip(3).any(|(i, _)| {
                let (head, rest) = w.split_at(i);
                g.is_word(head)
                    && (tail(rest) || LINKS.iter().any(|l| rest.strip_prefix(l).is_some_and(tail)))
            })
        }
        for term in lines {
            assert_eq!(term.trim(), term);
            assert!(
                term.chars().count() >= MIN_TERM_CHARS,
                "{term} is too short to match safely"
            );
            let lower = normalise(term);
            assert!(
                g.is_word(&lower) || splits(g, &lower, 2),
                "{term} is neither in the word list nor a compound of words in it"
            );
            if term != lower {
                // Only proper nouns keep capitals, and the word list knows most of them.
                assert!(term.starts_with(char::is_uppercase), "{term}");
            }
        }
    }

    #[test]
    fn known_words_are_tidy() {
        let g = Glossary::builtin();
        for line in KNOWN_WORDS.lines().filter(|l| !l.starts_with('#')) {
            assert_eq!(
                line,
                normalise(line).as_str(),
                "known-words.txt: {line} is lower case"
            );
            assert!(
                !g.is_word(line),
                "known-words.txt: {line} is in the word list already"
            );
        }
    }

    #[test]
    fn word_list_is_readable() {
        let g = Glossary::builtin();
        assert!(g.words.is_some());
        for w in [
            "begroting",
            "begroeting",
            "zienswijzen",
            "burgernet",
            "risico-inventarisatie",
            "agenda's",
        ] {
            assert!(g.is_word(w), "{w}");
        }
        assert!(!g.is_word("ondernijning"));
    }

    #[test]
    fn distances_match_strsim() {
        let pairs = [
            ("begroting", "beroting"),
            ("begroting", "begortign"),
            ("jaarrekening", "jaaarrekening"),
            ("cliëntenraad", "clientenraad"),
            ("zienswijze", "zeinswijze"),
            ("ondermijning", "ondernijnig"),
        ];
        let mut out = Vec::new();
        for (t, w) in pairs {
            let (t, w): (Vec<char>, Vec<char>) = (t.chars().collect(), w.chars().collect());
            let want =
                strsim::osa_distance(&t.iter().collect::<String>(), &w.iter().collect::<String>());
            for k in 1..=3 {
                let got = prefix_distances(&t, &w, k, &mut out).then(|| out[w.len()]);
                let expected = (want <= k).then_some(want);
                assert_eq!(got.filter(|&d| d <= k), expected, "{t:?} {w:?} k={k}");
            }
        }
    }

    /// Levenshtein distance over bytes, as an automaton to search the word list.
    ///
    /// The state keeps only the band of the distance matrix that can stay
    /// within `k` (five cells at most), so the unoptimised test runs quickly.
    struct Near<'a> {
        term: &'a [u8],
        k: usize,
    }

    /// Depth in the input, and the distances of the term prefixes `depth - k ..= depth + k`.
    type Band = (usize, [u8; 5]);

    impl Near<'_> {
        const FAR: u8 = u8::MAX;

        fn start(&self) -> Option<Band> {
            let mut cells = [Self::FAR; 5];
            for (d, c) in cells.iter_mut().enumerate().take(2 * self.k + 1) {
                let i = d as isize - self.k as isize;
                *c = if (0..=self.term.len() as isize).contains(&i) {
                    i as u8
                } else {
                    Self::FAR
                };
            }
            Some((0, cells))
        }
        fn is_match(&self, state: &Option<Band>) -> bool {
            state.is_some_and(|(j, cells)| {
                let d = self.term.len() as isize - j as isize + self.k as isize;
                (0..=2 * self.k as isize).contains(&d) && usize::from(cells[d as usize]) <= self.k
            })
        }
        fn accept(&self, state: &Option<Band>, byte: u8) -> Option<Band> {
            let (j, cells) = (*state)?;
            let (k, n) = (self.k, self.term.len());
            let mut next = [Self::FAR; 5];
            let mut alive = false;
            for d in 0..=2 * k {
                // The term prefix this cell measures: i = j + 1 - k + d.
                let Some(i) = (j + 1 + d).checked_sub(k).filter(|&i| i <= n) else {
                    continue;
                };
                let v = if i == 0 {
                    (j + 1).min(255) as u8
                } else {
                    let diag = cells[d].saturating_add(u8::from(self.term[i - 1] != byte));
                    let up = if d < 2 * k {
                        cells[d + 1].saturating_add(1)
                    } else {
                        Self::FAR
                    };
                    let left = if d > 0 {
                        next[d - 1].saturating_add(1)
                    } else {
                        Self::FAR
                    };
                    diag.min(up).min(left)
                };
                next[d] = v;
                alive |= usize::from(v) <= k;
            }
            alive.then_some((j + 1, next))
        }

        /// The words of `list` within `k` of the term, by a depth-first walk that
        /// leaves a branch as soon as no word in it can come within `k`.
        fn words_in(&self, list: &Fst<&[u8]>) -> Vec<String> {
            let mut out = Vec::new();
            self.walk(list, list.root(), self.start(), &mut Vec::new(), &mut out);
            out
        }

        fn walk(
            &self,
            list: &Fst<&[u8]>,
            node: fst::raw::Node<'_>,
            band: Option<Band>,
            key: &mut Vec<u8>,
            out: &mut Vec<String>,
        ) {
            if node.is_final() && self.is_match(&band) {
                out.extend(String::from_utf8(key.clone()).ok());
            }
            // Only words that start like the term can be reported (see
            // `plausible_start`): the first or the second byte must be one of
            // the term's first two. Skipping the rest keeps the walk small.
            let (t0, t1) = (self.term[0], self.term[1]);
            for t in node.transitions() {
                let starts_like = |b: u8| b == t0 || b == t1;
                if key.len() == 1 && !starts_like(key[0]) && !starts_like(t.inp) {
                    continue;
                }
                let next = self.accept(&band, t.inp);
                if next.is_some() {
                    key.push(t.inp);
                    self.walk(list, list.node(t.addr), next, key, out);
                    key.pop();
                }
            }
        }
    }

    #[test]
    fn words_near_terms_are_not_reported() {
        // For every term, the word list's words within the term's distance (and
        // its transpositions): none may be reported. Asked again as if the list
        // lacked each of them, few may: a term whose neighbours would mostly be
        // reported is one edit from too many real words to keep.
        let g = Glossary::builtin();
        let list = g.words.expect("word list");
        let (mut neighbours, mut fragile) = (0, Vec::new());
        for term in g.terms() {
            let lower = normalise(term);
            let t: Vec<char> = lower.chars().collect();
            let k = match t.len() {
                n if n < LONG_TERM_CHARS => 1,
                _ => 2,
            };
            let mut near = Near {
                term: lower.as_bytes(),
                k,
            }
            .words_in(list);
            for i in 1..t.len() {
                let mut swapped = t.clone();
                swapped.swap(i - 1, i);
                let swapped: String = swapped.into_iter().collect();
                if g.is_word(&swapped) {
                    near.push(swapped);
                }
            }
            for w in near {
                let d = strsim::osa_distance(&w, &lower);
                if d == 0 || d > k {
                    continue;
                }
                neighbours += 1;
                assert_eq!(report(g, &w), Vec::<String>::new(), "{w} (near {term})");
                if g.check_part(&w, &mut Scratch::default(), false).is_some() {
                    fragile.push(format!("{w} (near {term})"));
                }
            }
        }
        assert!(
            neighbours > 500,
            "only {neighbours} neighbours: is the search broken?"
        );
        assert!(
            fragile.len() * 30 < neighbours,
            "{} of {neighbours}: {fragile:?}",
            fragile.len()
        );
    }
}
