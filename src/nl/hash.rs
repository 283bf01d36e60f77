//! The one hash for short words, for sets whose entries are fixed at build time: the word
//! lists of the lexicon and the privacy word sets. A table that takes its keys from documents
//! (the people index, the term check's memo) keeps the randomly keyed default hash.

use std::hash::BuildHasherDefault;

/// A fast hash for short words, eight bytes a step (the multiply-and-xor of rustc's FxHash).
/// The word lists are fixed at build time, so SipHash's protection against crafted collisions
/// would only cost time on every word.
#[derive(Default)]
pub struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // The multiply leaves its best bits at the top; hashbrown picks buckets by the low
        // bits, so rotate them down.
        self.0.rotate_left(26)
    }
    fn write(&mut self, bytes: &[u8]) {
        // Eight bytes a step, as rustc's FxHash does: most words are one or two steps.
        const K: u64 = 0xf135_7aea_2e62_a9c5;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            h = (h ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            // The length keeps `ab` and `ab\0` apart.
            h = (h ^ u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59)).wrapping_mul(K);
        }
        self.0 = h;
    }
}

/// A `HashMap`/`HashSet` hasher built on [`WordHasher`].
pub type BuildWordHasher = BuildHasherDefault<WordHasher>;
