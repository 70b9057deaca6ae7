//! A fast, non-cryptographic hasher for the crate's internal look-up tables
//! (FxHash, as in rustc): keys are the crate's own ids and names, not
//! attacker-chosen, so `SipHash`'s protection against flooding is not needed
//! and its cost on strings is.

use std::{
    collections::HashMap,
    hash::{BuildHasherDefault, Hasher},
};

/// A `HashMap` with [`FxHasher`].
pub(crate) type FxHashMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A map with room for `n` entries.
pub(crate) fn map_with_capacity<K, V>(n: usize) -> FxHashMap<K, V> {
    HashMap::with_capacity_and_hasher(n, BuildHasherDefault::default())
}

/// FxHash: each word is mixed in by rotate, xor and multiply.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

/// The multiplier of FxHash (64-bit).
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    /// Mixes one word in.
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            if let Some(head) = word.get_mut(..rest.len()) {
                head.copy_from_slice(rest);
            }
            self.add(u64::from_le_bytes(word));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    /// The hash, rotated so that its well-mixed high bits become the low
    /// bits the table picks a bucket by (as rustc-hash 2 does): the multiply
    /// leaves the low bits depending only on the low bits of the input, and
    /// ids that differ only in a few bytes then crowd into few buckets.
    #[inline]
    fn finish(&self) -> u64 {
        self.hash.rotate_left(26)
    }
}

#[cfg(test)]
mod tests {
    use std::hash::{BuildHasher, BuildHasherDefault};

    use super::FxHasher;

    #[test]
    fn hashes_strings_by_content() {
        let b = BuildHasherDefault::<FxHasher>::default();
        assert_eq!(b.hash_one("front-office"), b.hash_one(String::from("front-office")));
        assert_ne!(b.hash_one("ab"), b.hash_one("ba"));
        assert_ne!(b.hash_one(("a", "bc")), b.hash_one(("ab", "c")));
    }

    /// Ids that differ in a few bytes (as generated ids and step paths do)
    /// spread over a table's buckets: 128,000 pairs such as
    /// `("sequence-1599", "phase-9")` fill at least a third of 2^18 buckets
    /// by their low bits, about what uniform hashes fill (≈ 101,000); the
    /// hash without its final rotation filled 32,175, with up to 14 keys in
    /// one bucket, and look-ups slowed as the tables grew.
    #[test]
    fn spreads_similar_ids_over_buckets() {
        let b = BuildHasherDefault::<FxHasher>::default();
        let buckets: std::collections::HashSet<u64> = (0..128_000)
            .map(|n| {
                b.hash_one((format!("sequence-{}", n / 10), format!("phase-{}", n % 10))) & ((1 << 18) - 1)
            })
            .collect();
        assert!(buckets.len() > 90_000, "{} buckets", buckets.len());
    }
}
