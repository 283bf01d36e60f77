//! The search for the term a word is a near miss of: whole words, hyphen parts, and the
//! stretches of a compound, with a per-thread memo of verdicts.

use std::ops::Range;

use super::distance::{clustered_edits, plausible_start, prefix_distances, Distances};
use super::morphology::{
    ending_fits, is_foreign, is_participle_of_other, is_vowel, same_but_accents, strip_marks, Case,
};
use super::shape::Shape;
use super::text::is_hyphen;
use super::word_list::normalise_into;
use super::{Glossary, Misspelling, Target, MAX_WORD_CHARS, MIN_TERM_CHARS, STEM_ENDINGS};

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

/// The most words the memo holds: it is cleared when it reaches this size, so memory stays
/// bounded.
pub(super) const MEMO_LIMIT: usize = 50_000;

/// Verdicts by word (`check_part`), kept per thread (`crate::nl::memo::Memo`: the seeded
/// word hash, the word inline). A lookup runs for nearly every word of every text, so an
/// entry is kept small: the rare verdict that is a misspelling is boxed.
pub(super) type Memo = crate::nl::memo::Memo<Option<Box<(String, String)>>>;

/// Buffers reused from word to word, and the memo of the glossary being searched.
pub(super) struct Scratch<'m> {
    lower: String,
    chars: Vec<char>,
    offsets: Vec<usize>,
    memo: &'m mut Memo,
}

impl<'m> Scratch<'m> {
    pub(super) fn new(memo: &'m mut Memo) -> Self {
        Scratch {
            lower: String::new(),
            chars: Vec::new(),
            offsets: Vec::new(),
            memo,
        }
    }
}

impl Glossary {
    /// Checks one token, whole and then hyphen part by hyphen part.
    pub(super) fn check_word(
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
        // Most words are ASCII: their digits and hyphens are bytes.
        let ascii = word.is_ascii();
        let numeric = if ascii {
            word.bytes().any(|b| b.is_ascii_digit())
        } else {
            word.chars().any(char::is_numeric)
        };
        if numeric {
            return; // codes, dates, `2e`, `Q3`: not prose
        }
        let hyphen = if ascii {
            word.as_bytes().contains(&b'-')
        } else {
            word.contains(is_hyphen)
        };
        if !hyphen {
            if let Some((term, suggestion)) = self.check_part_cached(word, s) {
                out.push(Misspelling {
                    range,
                    found: word.to_string(),
                    term,
                    suggestion,
                });
            }
            return;
        }
        normalise_into(word, &mut s.lower);
        if self.is_word(&s.lower) || self.is_term_form(&s.lower) {
            return; // `e-mail`, `risico-inventarisatie`
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

    /// `check_part` through the memo.
    fn check_part_cached(&self, part: &str, s: &mut Scratch) -> Option<(String, String)> {
        if let Some(hit) = s.memo.get(part) {
            return hit.as_deref().cloned();
        }
        let verdict = self.check_part(part, s, true);
        s.memo.insert(part, verdict.clone().map(Box::new));
        verdict
    }

    /// The term a word looks like a misspelling of, and the suggested spelling.
    ///
    /// `trust_list` is false only in tests that ask what would happen to a word
    /// the list lacked.
    pub(super) fn check_part(
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
        let mut dist = Distances::default();
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
                for (j, &d) in dist.out.iter().enumerate() {
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
}
