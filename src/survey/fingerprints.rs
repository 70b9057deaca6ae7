//! The duplicate check of an import that keeps no response: by answer, or by
//! record of a mapping.

use std::{
    collections::hash_map::RandomState,
    hash::{BuildHasher, Hasher},
};

use crate::survey::Subject;
use crate::survey::{Measure, Period};

/// The duplicate check of an import that keeps no response: a set of
/// 128-bit fingerprints of the identities met (respondent, subject,
/// measure, survey period), or, for records that each hold one
/// respondent's answers ([`row_key`](Self::row_key)), a fingerprint of
/// each respondent and survey period with the questions answered.
///
/// Each fingerprint is two 64-bit hashes by one [`RandomState`]: of the
/// identity's bytes, and of the same bytes and one more. std does not
/// promise its algorithm or how it draws keys; today it is SipHash-1-3, a
/// keyed pseudo-random function, under a key drawn from the operating
/// system's randomness once per thread. The two are its values at two
/// different inputs, so the second is not a function of the first, and
/// its state after the identity's bytes serves both (the second costs a
/// byte and the last rounds, not the bytes again). No one who does not
/// know the key can make two identities share a fingerprint on purpose;
/// by chance, two of `n` distinct identities share one with probability
/// below n² / 2¹²⁹: below 2⁻⁸⁸ for a million. A shared
/// fingerprint would make a response a false duplicate; a true duplicate is
/// never missed.
///
/// A fingerprint of an identity takes a slot of 16 bytes and a control
/// byte in one of [`SHARDS`] hash sets ([`Table`]), each filled to at most
/// 7/8 and doubled when full: in a large file, 19 to 39 bytes per distinct
/// identity. A fingerprint of a respondent and period keeps 95 bits of the
/// two hashes and 32 bits of slots in one 16-byte word of one of [`SHARDS`]
/// tables ([`SeatTable`]), each a quarter to half full: 32 to 64 bytes each
/// (two of `n` share one by chance with probability below n² / 2⁹⁶). The
/// 512 empty tables take a few KiB. One table of about 1/256 of its kind
/// doubles at a time, so the moment two copies of it are alive adds little.
#[cfg_attr(not(feature = "csv"), allow(dead_code, reason = "only the csv import streams"))]
pub(crate) struct Fingerprints {
    key: RandomState,
    /// The fingerprints, in [`SHARDS`] tables by their top byte: a table
    /// that fills moves to one twice its size, and with many small tables
    /// only a small one moves at a time.
    seen: Vec<Table>,
    /// The identity's bytes, written compactly and hashed in one piece
    /// under each key: faster than the many small writes of hashing it
    /// field by field.
    bytes: Vec<u8>,
    /// The fingerprints of [`seat`](Self::seat), in [`SHARDS`] tables by
    /// their top byte (a table that fills doubles; with many small tables
    /// only a small one moves at a time).
    answered: Vec<SeatTable>,
}

#[cfg_attr(not(feature = "csv"), allow(dead_code, reason = "only the csv import streams"))]
impl Fingerprints {
    pub(crate) fn new() -> Self {
        Self {
            key: RandomState::new(),
            seen: (0..SHARDS).map(|_| Table::default()).collect(),
            bytes: Vec::with_capacity(128),
            answered: (0..SHARDS).map(|_| SeatTable::default()).collect(),
        }
    }

    /// The two keyed hashes of the identity's bytes: of the bytes, and of
    /// the bytes and a 0 (never a whole identity's last byte: a period's
    /// day is never 0). One write of the bytes: they end where their last
    /// field does, so they need no length before them.
    fn hashes(&self) -> (u64, u64) {
        let mut hasher = self.key.build_hasher();
        hasher.write(&self.bytes);
        let first = hasher.clone().finish();
        hasher.write_u8(0);
        (first, hasher.finish())
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
        bytes.push(measure as u8);
        period_bytes(bytes, period);
        let (high, low) = self.hashes();
        let fingerprint = u128::from(high) << 64 | u128::from(low);
        // The shard by the top byte of the fingerprint.
        let [top, ..] = fingerprint.to_be_bytes();
        self.seen.get_mut(usize::from(top)).is_none_or(|shard| shard.insert(fingerprint))
    }
}

#[cfg_attr(not(feature = "csv"), allow(dead_code, reason = "only the csv import streams"))]
impl Fingerprints {
    /// The fingerprint of `respondent` in `period`, for an import whose
    /// records each hold one respondent's answers to many questions: one
    /// fingerprint a record, not one an answer.
    ///
    /// It is 95 bits of the two keyed hashes of the respondent and period
    /// that [`first`](Self::first) makes of a whole identity: two of `n`
    /// distinct (respondent, period) pairs share one with probability below
    /// n² / 2⁹⁶, below 2⁻⁵⁶ for a million.
    pub(crate) fn row_key(&mut self, respondent: &str, period: Period) -> RowKey {
        let bytes = &mut self.bytes;
        bytes.clear();
        text(bytes, respondent);
        period_bytes(bytes, period);
        let (high, low) = self.hashes();
        // 64 bits of one hash and 31 of the other, then a bit set (never 0,
        // an empty place), above 32 bits for the slots.
        let key = u128::from(high) << 64 | u128::from(low >> 33) << 33 | 1 << 32;
        let [top, ..] = high.to_be_bytes();
        RowKey { shard: usize::from(top), key }
    }

    /// Reads the word where the search for each key's seat starts, so that
    /// the processor fetches its memory: many records' fingerprints
    /// touched one after the other are fetched together, where their seats
    /// taken one by one ([`seat`](Self::seat), which branches on what it
    /// reads) are fetched one at a time. Returns what it read, folded, for
    /// the caller to keep from being optimised away.
    pub(crate) fn touch(&self, keys: &[RowKey]) -> u128 {
        keys.iter()
            .fold(0, |all, key| all ^ self.answered.get(key.shard).map_or(0, |table| table.home(key.key)))
    }

    /// The seat of the fingerprint `key`, taken with no question answered
    /// if it is met for the first time; [`answer`](Self::answer) marks the
    /// questions a record answers. A seat is good until the next seat is
    /// taken.
    pub(crate) fn seat(&mut self, key: RowKey) -> Seat {
        let place = self.answered.get_mut(key.shard).map_or(0, |table| table.seat(key.key));
        Seat { shard: key.shard, place }
    }

    /// Marks the questions in `slots` (bit `s` for the slot `s`) answered
    /// at `seat`; returns those of all slots it had before.
    pub(crate) fn answer(&mut self, seat: Seat, slots: u32) -> u32 {
        self.answered.get_mut(seat.shard).map_or(0, |table| table.answer(seat.place, slots))
    }
}

/// The fingerprint of a respondent and period ([`Fingerprints::row_key`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct RowKey {
    shard: usize,
    key: u128,
}

/// Where the fingerprint of a respondent and period is kept
/// ([`Fingerprints::seat`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Seat {
    shard: usize,
    place: usize,
}

/// A set of fingerprints of (respondent, period), each with the slots of
/// the questions answered, in one array: a fingerprint and its slots in
/// one 16-byte word (96 bits above, the lowest of them always 1; 32 bits of
/// slots below; 0 for an empty place), found by linear probing from its
/// top 64 bits and never more than half full. One record is one look-up, most often in one cache line; a
/// table whose control bytes and entries lie apart (std's `HashMap`) reads
/// two.
#[derive(Debug, Default)]
struct SeatTable {
    places: Vec<u128>,
    len: usize,
}

impl SeatTable {
    /// The place of `key` (its low 32 bits 0), taken if need be.
    fn seat(&mut self, key: u128) -> usize {
        if 2 * (self.len + 1) > self.places.len() {
            self.grow();
        }
        let mask = self.places.len() - 1;
        #[allow(clippy::cast_possible_truncation, reason = "the low bits of the place")]
        let mut at = (key >> 64) as usize & mask;
        // At most half full: an empty place is always met.
        loop {
            match self.places.get_mut(at) {
                Some(word) if *word == 0 => {
                    *word = key;
                    self.len += 1;
                    return at;
                }
                Some(word) if *word & !u128::from(u32::MAX) == key & !u128::from(u32::MAX) => return at,
                Some(_) => at = (at + 1) & mask,
                None => return at,
            }
        }
    }

    /// The word where the search for `key` starts (0 when there is none).
    fn home(&self, key: u128) -> u128 {
        let mask = self.places.len().wrapping_sub(1);
        #[allow(clippy::cast_possible_truncation, reason = "the low bits of the place")]
        let at = (key >> 64) as usize & mask;
        self.places.get(at).copied().unwrap_or(0)
    }

    /// Marks `slots` at the place `at`; the slots marked before.
    fn answer(&mut self, at: usize, slots: u32) -> u32 {
        let Some(word) = self.places.get_mut(at) else { return 0 };
        #[allow(clippy::cast_possible_truncation, reason = "the low 32 bits: the slots")]
        let before = *word as u32;
        *word |= u128::from(slots);
        before
    }

    /// Doubles the places (16 to start with), moving each fingerprint.
    fn grow(&mut self) {
        let size = (self.places.len() * 2).max(16);
        let old = std::mem::replace(&mut self.places, vec![0; size]);
        let mask = size - 1;
        for word in old.into_iter().filter(|w| *w != 0) {
            #[allow(clippy::cast_possible_truncation, reason = "the low bits of the place")]
            let mut at = (word >> 64) as usize & mask;
            while let Some(place) = self.places.get_mut(at) {
                if *place == 0 {
                    *place = word;
                    break;
                }
                at = (at + 1) & mask;
            }
        }
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

/// Writes `period`: its kind and first day, in fixed widths.
#[cfg_attr(not(feature = "csv"), allow(dead_code, reason = "only the csv import streams"))]
fn period_bytes(bytes: &mut Vec<u8>, period: Period) {
    let start = period.start();
    bytes.push(period.kind() as u8);
    bytes.extend_from_slice(&start.year().to_le_bytes());
    bytes.extend_from_slice(&start.month().to_le_bytes());
    bytes.extend_from_slice(&start.day().to_le_bytes());
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
        // The halves are not one hash twice.
        seen.bytes = b"r1".to_vec();
        let (high, low) = seen.hashes();
        assert_ne!(high, low);
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

    #[test]
    fn seats_keep_the_slots_answered_by_each_respondent_and_period() {
        let march = Period::of(PeriodKind::Month, date(2026, 3, 1));
        let april = Period::of(PeriodKind::Month, date(2026, 4, 1));
        let mut seen = Fingerprints::new();
        // Enough respondents that every table doubles many times.
        let respondents: Vec<String> = (0..20_000).map(|n| format!("r{n}")).collect();
        for (n, r) in respondents.iter().enumerate() {
            let seat = seen.row_key(r, march);
            let seat = seen.seat(seat);
            assert_eq!(seen.answer(seat, 1 << (n % 32)), 0, "{r}");
        }
        assert_eq!(seen.answered.iter().map(|t| t.len).sum::<usize>(), 20_000);
        for table in &seen.answered {
            assert!(2 * table.len <= table.places.len(), "{} of {}", table.len, table.places.len());
        }
        for (n, r) in respondents.iter().enumerate() {
            let seat = seen.row_key(r, march);
            let seat = seen.seat(seat);
            // The slot answered before, and no other.
            assert_eq!(seen.answer(seat, 0b11), 1 << (n % 32), "{r}");
            let seat = seen.row_key(r, april);
            let seat = seen.seat(seat);
            assert_eq!(seen.answer(seat, 0b1), 0, "{r}");
        }
        assert_eq!(seen.answered.iter().map(|t| t.len).sum::<usize>(), 40_000);
        let seat = seen.row_key("r7", march);
        let seat = seen.seat(seat);
        assert_eq!(seen.answer(seat, 0), 0b11 | 1 << 7);
    }
}
