//! The one hash for short words. Sets whose entries are fixed at build time (the word lists of
//! the lexicon, the privacy word sets) use it as it is; the term check's memo, whose keys come
//! from documents, starts it from a number drawn once per process ([`SeededWordHasher`]).

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
            // The last one to seven bytes, little end first as if padded with zeros, read as
            // four, two and one bytes: a copy of a length not known in advance would call
            // `memcpy`, and every word looked up passes here.
            let mut w = 0u64;
            let mut at = 0;
            if let Some(four) = rest.first_chunk::<4>() {
                w = u64::from(u32::from_le_bytes(*four));
                at = 4;
            }
            if let Some(two) = rest[at..].first_chunk::<2>() {
                w |= u64::from(u16::from_le_bytes(*two)) << (8 * at);
                at += 2;
            }
            if let Some(&one) = rest.get(at) {
                w |= u64::from(one) << (8 * at);
            }
            // The length keeps `ab` and `ab\0` apart.
            h = (h ^ w ^ ((rest.len() as u64) << 59)).wrapping_mul(K);
        }
        self.0 = h;
    }
}

/// A `HashMap`/`HashSet` hasher built on [`WordHasher`].
pub type BuildWordHasher = BuildHasherDefault<WordHasher>;

/// [`WordHasher`] started from a random number drawn once per process, for a table whose keys
/// come from documents.
///
/// From a fixed start, words that collide can be worked out in advance (two eight-byte steps
/// are enough), and a document full of them would make every lookup scan them all. From an
/// unknown start the steps multiply the start into every block, so the collisions depend on a
/// number the document cannot know; this is the defence of foldhash and ahash. SipHash, the
/// default, cost 165 more instructions per lookup of the term memo (1.6 % of a run).
#[derive(Clone, Copy)]
pub struct SeededWordHasher(u64);

impl Default for SeededWordHasher {
    fn default() -> Self {
        static SEED: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
        SeededWordHasher(*SEED.get_or_init(|| {
            use std::hash::BuildHasher;
            // The standard library keys its SipHash from the operating system's randomness.
            std::collections::hash_map::RandomState::new().hash_one(0x6e6f74756c696e74_u64)
        }))
    }
}

impl std::hash::BuildHasher for SeededWordHasher {
    type Hasher = WordHasher;
    fn build_hasher(&self) -> WordHasher {
        WordHasher(self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The last bytes are read as the zero-padded eight bytes they were copied into before.
    #[test]
    fn the_tail_is_read_as_padded_with_zeros() {
        use std::hash::Hasher;
        for len in 0..=24 {
            let bytes: Vec<u8> = (0..len).map(|k| (k * 37 + 11) as u8).collect();
            let mut fast = WordHasher(7);
            fast.write(&bytes);
            let mut h = 7u64;
            const K: u64 = 0xf135_7aea_2e62_a9c5;
            let mut chunks = bytes.chunks(8);
            for c in &mut chunks {
                let mut w = [0u8; 8];
                w[..c.len()].copy_from_slice(c);
                let tail = if c.len() < 8 {
                    (c.len() as u64) << 59
                } else {
                    0
                };
                h = (h ^ u64::from_le_bytes(w) ^ tail).wrapping_mul(K);
            }
            assert_eq!(fast.0, h, "{len} bytes");
        }
    }
    use std::hash::BuildHasher;

    #[test]
    fn the_seeded_hash_depends_on_its_start() {
        let a = SeededWordHasher(1).hash_one("begroting");
        let b = SeededWordHasher(2).hash_one("begroting");
        assert_ne!(a, b);
        // One process, one start: equal words hash alike.
        assert_eq!(
            SeededWordHasher::default().hash_one("begroting"),
            SeededWordHasher::default().hash_one("begroting")
        );
    }
}
