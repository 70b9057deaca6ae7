//! The records of a mapping held back for the duplicate check: read, then
//! checked together, so that the memory of their fingerprints is fetched
//! at once rather than one record at a time.

use std::ops::Range;

use jiff::civil::Date;

use crate::{
    model::{Channel, Id},
    survey::{Answer, RowKey},
    validate::Violations,
};

/// How many records are held before they are checked: enough for the
/// processor to fetch their fingerprints' memory together, few enough to
/// stay in its cache.
const HELD: usize = 64;

/// Records read from a mapping's file, held until [`HELD`] of them can be
/// checked for duplicates together, then handed on in the file's order.
#[derive(Default)]
pub(super) struct Held {
    pub(super) records: Vec<HeldRecord>,
    /// The answers of the records held, each record's a range of them
    /// (the reader writes a record's answers here while records are held).
    pub(super) answers: Vec<(usize, Answer, Option<usize>)>,
    /// The respondents of the records held, each record's a range of them.
    pub(super) respondents: String,
    /// The fingerprints of the good records held, side by side, so that
    /// reading ahead where each is kept is a tight loop.
    pub(super) keys: Vec<RowKey>,
}

/// A record held: its line, its problems so far, and what it answers if it
/// is good.
pub(super) struct HeldRecord {
    pub(super) line: u64,
    pub(super) violations: Violations,
    pub(super) row: Option<HeldRow>,
}

/// A good record held: whose fingerprint, who, when, where and how, and
/// its answers.
pub(super) struct HeldRow {
    pub(super) key: Option<RowKey>,
    pub(super) respondent: Range<usize>,
    pub(super) date: Date,
    pub(super) channel: Option<Channel>,
    pub(super) site: Option<Id>,
    pub(super) answers: Range<usize>,
}

impl Held {
    /// Whether enough records are held to check them.
    pub(super) fn is_full(&self) -> bool {
        self.records.len() >= HELD
    }

    /// Holds the bad record at `line`, so that it is rejected in its turn.
    pub(super) fn bad(&mut self, line: u64, violations: Violations) {
        self.records.push(HeldRecord { line, violations, row: None });
    }

    /// Holds the good record at `line`, whose answers were read into
    /// [`answers`](Self::answers) from `first` on.
    pub(super) fn good(
        &mut self,
        line: u64,
        key: Option<RowKey>,
        respondent: &str,
        date: Date,
        (channel, site): (Option<Channel>, Option<Id>),
        first: usize,
    ) {
        let start = self.respondents.len();
        self.respondents.push_str(respondent);
        self.keys.extend(key);
        let row = HeldRow {
            key,
            respondent: start..self.respondents.len(),
            date,
            channel,
            site,
            answers: first..self.answers.len(),
        };
        self.records.push(HeldRecord { line, violations: Violations::default(), row: Some(row) });
    }

    /// Forgets every record held, keeping the memory.
    pub(super) fn clear(&mut self) {
        self.records.clear();
        self.answers.clear();
        self.respondents.clear();
        self.keys.clear();
    }
}
