//! The duplicate check of an import that keeps no response.

use std::{
    collections::hash_map::RandomState,
    hash::{BuildHasher, Hasher},
};

use crate::survey::Subject;
use crate::survey::{Measure, Period};

/// The duplicate check of an import that keeps no response: a set of
/// 128-bit fingerprints of the identities met (respondent, subject,
/// measure, survey period).
///
/// Each fingerprint is two 64-bit hashes of the identity by two
/// [`RandomState`]s. std does not promise its algorithm or how it draws
/// keys; today it is SipHash-1-3, a keyed pseudo-random function, under a
/// key drawn from the operating system's randomness once per thread, each
/// new `RandomState` taking the next key (so the two keys are secret and
/// different, though related). No one who does not know the keys can make
/// two identities share a fingerprint on purpose; by chance, two of `n` distinct identities share one with
/// probability below n² / 2¹²⁹: below 2⁻⁸⁸ for a million. A shared
/// fingerprint would make a response a false duplicate; a true duplicate is
/// never missed.
///
/// A fingerprint takes a slot of 16 bytes and a control byte in one of
/// [`SHARDS`] hash sets ([`Table`]), each filled to at most 7/8 and doubled
/// when full: in a large file, 19 to 39 bytes per distinct identity (the
/// 256 empty sets take a few KiB). One set of about 1/256
/// of the whole doubles at a time, so the moment two copies of it are
/// alive adds little.
#[cfg_attr(not(feature = "csv"), allow(dead_code, reason = "only the csv import streams"))]
pub(crate) struct Fingerprints {
    keys: (RandomState, RandomState),
    /// The fingerprints, in [`SHARDS`] tables by their top byte: a table
    /// that fills moves to one twice its size, and with many small tables
    /// only a small one moves at a time.
    seen: Vec<Table>,
    /// The identity's bytes, written compactly and hashed in one piece
    /// under each key: faster than the many small writes of hashing it
    /// field by field.
    bytes: Vec<u8>,
}

#[cfg_attr(not(feature = "csv"), allow(dead_code, reason = "only the csv import streams"))]
impl Fingerprints {
    pub(crate) fn new() -> Self {
        Self {
            keys: (RandomState::new(), RandomState::new()),
            seen: (0..SHARDS).map(|_| Table::default()).collect(),
            bytes: Vec::with_capacity(128),
        }
    }

    /// Whether the identity is met for the first time; remembers it.
    pub(crate) fn first(
        &mut self,
        respondent: &str,
        subject: &Subject,
        measure: Measure,
        period: Period,
    ) -> bool {
        let bytes = &mut self.bytes;
        bytes.clear();
        text(bytes, respondent);
        match subject {
            Subject::Dimension(d) => bytes.extend_from_slice(&[0, *d as u8]),
            Subject::Phase(phase) => {
                bytes.push(1);
                text(bytes, phase.sequence().as_str());
                text(bytes, phase.phase().as_str());
            }
            Subject::Overall => bytes.push(2),
        }
        let start = period.start();
        bytes.extend_from_slice(&[measure as u8, period.kind() as u8]);
        bytes.extend_from_slice(&start.year().to_le_bytes());
        bytes.extend_from_slice(&start.month().to_le_bytes());
        bytes.extend_from_slice(&start.day().to_le_bytes());
        // One write each: the bytes end where their last field does, so
        // they need no length before them.
        let hash = |key: &RandomState| {
            let mut hasher = key.build_hasher();
            hasher.write(bytes);
            u128::from(hasher.finish())
        };
        let fingerprint = hash(&self.keys.0) << 64 | hash(&self.keys.1);
        // The shard by the top byte of the fingerprint.
        let [top, ..] = fingerprint.to_be_bytes();
        self.seen.get_mut(usize::from(top)).is_none_or(|shard| shard.insert(fingerprint))
    }
}

/// How many sets the fingerprints are kept in, one per value of their top byte.
const SHARDS: usize = 256;

/// Writes `s` and the byte 0xFF, which UTF-8 never holds: the identity's
/// bytes, texts so ended and every other field of a fixed width, differ
/// for different identities.
#[cfg_attr(not(feature = "csv"), allow(dead_code, reason = "only the csv import streams"))]
fn text(bytes: &mut Vec<u8>, s: &str) {
    bytes.extend_from_slice(s.as_bytes());
    bytes.push(0xFF);
}

/// A set of fingerprints. They are uniform already, so they are hashed
/// with FxHash (one multiply a word), not SipHash again.
type Table = std::collections::HashSet<u128, rustc_hash::FxBuildHasher>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QualityDimension;
    use crate::survey::PeriodKind;
    use jiff::civil::date;

    #[test]
    fn fingerprints_find_every_repeat_and_only_repeats() {
        let empathy = Subject::Dimension(QualityDimension::Empathy);
        let march = Period::of(PeriodKind::Month, date(2026, 3, 1));
        let april = Period::of(PeriodKind::Month, date(2026, 4, 1));
        let mut seen = Fingerprints::new();
        // The two keys differ: the halves are not one hash twice.
        assert_ne!(seen.keys.0.hash_one("r1"), seen.keys.1.hash_one("r1"));
        for (respondent, measure, period) in [
            ("r1", Measure::Nps, march),
            ("r1", Measure::Csat, march),
            ("r1", Measure::Nps, april),
            ("r2", Measure::Nps, march),
            ("r", Measure::Nps, march),
        ] {
            assert!(seen.first(respondent, &empathy, measure, period), "{respondent} {measure} {period}");
        }
        assert!(!seen.first("r1", &empathy, Measure::Nps, march));
        assert!(!seen.first("r", &empathy, Measure::Nps, march));
        assert!(seen.first("r1", &Subject::Dimension(QualityDimension::Reliability), Measure::Nps, march));
        assert_eq!(seen.seen.iter().map(Table::len).sum::<usize>(), 6);
        assert_eq!(seen.seen.len(), SHARDS);
    }
}
