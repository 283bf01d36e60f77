//! The one hash for short words: the word lists of the lexicon and the term check's memo.

use std::hash::BuildHasherDefault;

/// FNV-1a: a fast hash for short words. The word lists are fixed at build time, and the
/// term memo holds one document's words and is bounded, so no input can make them collide
/// on purpose; SipHash's protection would only cost time on every word.
#[derive(Default)]
pub struct Fnv(u64);

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

/// A `HashMap`/`HashSet` hasher built on [`Fnv`].
pub type BuildFnv = BuildHasherDefault<Fnv>;
