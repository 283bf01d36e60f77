//! How a word splits into known words, terms and linking elements, asked of the OpenTaal
//! word list and the glossary's stem index.

use super::data::lists;
use super::morphology::{kind_fits, plain_ending};
use super::word_list::{walk, COMMON_WORD};
use super::{Glossary, StemKind, LINKS, MAX_PARTS, MIN_NEIGHBOUR_CHARS, MIN_PART_CHARS};

/// How a word splits into known parts, by char index.
pub(super) struct Shape {
    /// The word up to here is known words, maybe followed by a link.
    pub prefix_ok: Vec<bool>,
    /// The word from here is known words.
    pub tail_direct: Vec<bool>,
    /// The word from here is a link followed by known words.
    pub tail_after_link: Vec<bool>,
    /// The whole word is a compound of known words and terms.
    pub is_compound: bool,
}

impl Glossary {
    /// Whether `w` is an ordinary word with an inflection ending the list lacks
    /// (`aanwezigere`, `rapporteringen`, `pascontroles`).
    pub(super) fn is_word_with_ending(&self, w: &str) -> bool {
        let Some(words) = self.words else {
            return false;
        };
        lists().word_endings.iter().any(|e| {
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
    pub(super) fn is_two_words(&self, w: &str) -> bool {
        w.char_indices().skip(MIN_PART_CHARS).any(|(i, _)| {
            let (head, rest) = w.split_at(i);
            let tail = |r: &str| r.chars().nth(2).is_some() && self.is_word(r);
            self.is_word(head)
                && (tail(rest) || LINKS.iter().any(|l| rest.strip_prefix(l).is_some_and(tail)))
        })
    }

    /// Whether `w` (lower case) is in the word list.
    pub(super) fn is_word(&self, w: &str) -> bool {
        self.words.is_some_and(|f| f.get(w).is_some())
    }

    /// Whether `w` is a term or an inflection of one (`zienswijzen`, `gemeenteraden`).
    pub(super) fn is_term_form(&self, w: &str) -> bool {
        let mut found = false;
        self.walk_stems(w.as_bytes(), |end, kind| {
            found |= kind_fits(kind, &w[..end], &w[end..]);
        });
        found
    }

    /// Calls `f(end, kind)` for every term or changed stem that `bytes` starts with.
    pub(super) fn walk_stems(&self, bytes: &[u8], mut f: impl FnMut(usize, StemKind)) {
        walk(&self.stem_fst, bytes, |end, value| {
            if let Some(&kind) = self.stems.get(value as usize) {
                f(end, kind);
            }
        });
    }

    /// Works out how the word splits into known words, terms and linking elements.
    pub(super) fn analyse(&self, w: &str, offsets: &[usize]) -> Shape {
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
