//! Measurable targets: what a standard requires, in numbers.

use std::{fmt, time::Duration};

use crate::{
    standard::Amount,
    standard::Cover,
    standard::Distance,
    standard::distance::LengthUnit,
    standard::wording::number::{self, Number},
};

/// What a standard requires, in terms an auditor can check: a time, a share
/// of cases within a time, a number of rings, a count, or always / never.
///
/// Durations are written in documents the friendly way (`"20s"`, `"24h"`,
/// `"1h 30m"`, `"2d"`, a day being 24 hours; read as jiff reads a span, in
/// whole seconds, without a sign and without white space around it) and
/// rendered for people by [`Display`](fmt::Display) (`within 20 seconds`).
///
/// # Examples
///
/// ```
/// use std::time::Duration;
/// use service_standards::Target;
///
/// let phone = Target::ShareWithin { percent: 80, within: Duration::from_secs(20) };
/// assert_eq!(phone.to_string(), "80 % within 20 seconds");
/// assert_eq!(Target::WithinRings(3).to_string(), "within 3 rings");
/// assert!(Target::WithinRings(2).is_at_least_as_strict_as(&Target::WithinRings(3)));
/// ```
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case", deny_unknown_fields))]
#[non_exhaustive]
pub enum Target {
    /// Every case within this time.
    Within(
        #[cfg_attr(feature = "serde", serde(with = "friendly"))]
        #[cfg_attr(feature = "schemars", schemars(with = "String"))]
        Duration,
    ),
    /// At least `percent` % of cases within `within`.
    ShareWithin {
        /// The share of cases, 1 to 100.
        percent: u8,
        /// The time limit.
        #[cfg_attr(feature = "serde", serde(with = "friendly"))]
        #[cfg_attr(feature = "schemars", schemars(with = "String"))]
        within: Duration,
    },
    /// A call is answered within this many rings.
    WithinRings(u8),
    /// At least this many times per contact (use the customer's name twice).
    AtLeast(u16),
    /// At most this many times per contact (transfers, holds).
    AtMost(u16),
    /// At least once in every period of this length (progress updates).
    Every(
        #[cfg_attr(feature = "serde", serde(with = "friendly"))]
        #[cfg_attr(feature = "schemars", schemars(with = "String"))]
        Duration,
    ),
    /// In at least this percentage of cases (first-time accuracy), 1 to 100.
    Share(u8),
    /// Every time, without exception.
    Always,
    /// Never.
    Never,
    /// From at least this distance: acknowledge an approaching guest from
    /// three metres away. Documents write `from-distance = "3m"` (or feet).
    FromDistance(Distance),
    /// Staffed or reachable during these hours: a desk around the clock,
    /// phones Monday to Friday. Documents write `cover = "24/7"`.
    Cover(Cover),
    /// Between two durations, both included: for what is wrong when too
    /// short as well as when too long, such as a check-in at the desk of 2
    /// to 5 minutes (the guest neither rushed nor kept waiting), or a call
    /// to check that all is well 3 to 5 days after a problem was solved. A
    /// wait, a reply or a queue has only an upper bound: write it
    /// [`Within`](Self::Within), since a range fails the customer served
    /// sooner.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use service_standards::{standard::Measurement, Target};
    ///
    /// let mins = |m: u64| Duration::from_secs(60 * m);
    /// let check_in = Target::Between { min: mins(2), max: mins(5) };
    /// assert_eq!(check_in.to_string(), "between 2 and 5 minutes");
    /// assert!(check_in.is_met_by(Measurement::Duration(mins(3))));
    /// assert!(!check_in.is_met_by(Measurement::Duration(mins(1)))); // rushed
    /// assert!(!check_in.is_met_by(Measurement::Duration(mins(6)))); // kept waiting
    /// // A queue of at most 5 minutes: a 1-minute wait meets it.
    /// assert!(Target::Within(mins(5)).is_met_by(Measurement::Duration(mins(1))));
    /// ```
    Between {
        /// The shortest.
        #[cfg_attr(feature = "serde", serde(with = "friendly"))]
        #[cfg_attr(feature = "schemars", schemars(with = "String"))]
        min: Duration,
        /// The longest.
        #[cfg_attr(feature = "serde", serde(with = "friendly"))]
        #[cfg_attr(feature = "schemars", schemars(with = "String"))]
        max: Duration,
    },
    /// Up to this amount, as an empowerment limit: settle a complaint on the
    /// spot up to 100 EUR. Documents write `up-to = "100 EUR"`.
    UpTo(Amount),
}

impl Target {
    /// The longest duration a target or a measurement may name: 100 years
    /// (36,500 days). Service standards speak of seconds to a year; the
    /// bound keeps every duration writable and readable in documents.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use service_standards::Target;
    ///
    /// assert_eq!(Target::MAX_DURATION, Duration::from_secs(36_500 * 86_400));
    /// assert!(Target::Within(Target::MAX_DURATION).is_in_range());
    /// assert!(!Target::Within(Target::MAX_DURATION + Duration::from_nanos(1)).is_in_range());
    /// ```
    pub const MAX_DURATION: Duration = Duration::from_secs(36_500 * 86_400);

    /// Every case within `seconds` seconds.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Target;
    ///
    /// assert_eq!(Target::within_secs(60).to_string(), "within 1 minute");
    /// ```
    #[must_use]
    pub const fn within_secs(seconds: u64) -> Self {
        Self::Within(Duration::from_secs(seconds))
    }

    /// Every case within `minutes` minutes. A count too large for a `u64` of
    /// seconds saturates; such a target is above [`MAX_DURATION`](Self::MAX_DURATION),
    /// so a rule naming it is rejected as out of range.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Target;
    ///
    /// assert_eq!(Target::within_mins(5).to_string(), "within 5 minutes");
    /// ```
    #[must_use]
    pub const fn within_mins(minutes: u64) -> Self {
        Self::Within(Duration::from_secs(minutes.saturating_mul(60)))
    }

    /// Every case within `hours` hours. Like [`within_mins`](Self::within_mins),
    /// a count too large for seconds saturates (and is out of range).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Target;
    ///
    /// assert_eq!(Target::within_hours(24).to_string(), "within 1 day");
    /// ```
    #[must_use]
    pub const fn within_hours(hours: u64) -> Self {
        Self::Within(Duration::from_secs(hours.saturating_mul(3600)))
    }

    /// Whether meeting `self` also meets `other`: the same kind of target,
    /// with a tighter or equal number (`Within` counts as 100 % within).
    /// Targets of unrelated kinds are not comparable, so this is `false`.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use service_standards::Target;
    ///
    /// let all = Target::within_secs(20);
    /// let most = Target::ShareWithin { percent: 80, within: Duration::from_secs(20) };
    /// assert!(all.is_at_least_as_strict_as(&most));
    /// assert!(!most.is_at_least_as_strict_as(&all));
    /// assert!(Target::Always.is_at_least_as_strict_as(&Target::Share(95)));
    /// assert!(!Target::Always.is_at_least_as_strict_as(&Target::Never));
    /// ```
    #[must_use]
    pub fn is_at_least_as_strict_as(&self, other: &Self) -> bool {
        use Target::{AtLeast, AtMost, Every, Never, Share, ShareWithin, Within, WithinRings};
        match (*self, *other) {
            (Within(a), Within(b) | ShareWithin { within: b, .. }) => a <= b,
            (ShareWithin { percent: p, within: a }, ShareWithin { percent: q, within: b }) => {
                p >= q && a <= b
            }
            (WithinRings(a), WithinRings(b)) => a <= b,
            (AtLeast(a), AtLeast(b)) => a >= b,
            (AtMost(a), AtMost(b)) => a <= b,
            (Every(a), Every(b)) => a <= b,
            (Share(a), Share(b)) => a >= b,
            (Self::Always, Self::Always | Share(_)) | (Never, Never) => true,
            (Self::FromDistance(a), Self::FromDistance(b)) => a >= b,
            (Self::Cover(a), Self::Cover(b)) => a.includes(&b),
            (Self::Between { min: a, max: b }, Self::Between { min: c, max: d }) => c <= a && b <= d,
            (Self::UpTo(a), Self::UpTo(b)) => a.currency() == b.currency() && a.value() >= b.value(),
            _ => false,
        }
    }

    /// Whether the target's numbers make sense: durations in whole seconds,
    /// above zero and at most [`MAX_DURATION`](Self::MAX_DURATION) (a range's
    /// lower end below its upper end), rings and counts above zero,
    /// percentages from 1 to 100, distances within [`Distance::MAX`].
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Target;
    ///
    /// assert!(Target::Share(95).is_in_range());
    /// assert!(!Target::Share(120).is_in_range());
    /// assert!(!Target::WithinRings(0).is_in_range());
    /// assert!(!Target::within_hours(u64::MAX).is_in_range());
    /// ```
    #[must_use]
    pub fn is_in_range(&self) -> bool {
        let percent = |p: u8| (1..=100).contains(&p);
        let duration = |d: Duration| !d.is_zero() && d.subsec_nanos() == 0 && d <= Self::MAX_DURATION;
        match *self {
            Self::Within(d) | Self::Every(d) => duration(d),
            Self::ShareWithin { percent: p, within } => percent(p) && duration(within),
            Self::WithinRings(n) => n > 0,
            Self::AtLeast(n) | Self::AtMost(n) => n > 0,
            Self::Share(p) => percent(p),
            Self::Always | Self::Never | Self::Cover(_) | Self::UpTo(_) => true,
            Self::FromDistance(d) => d.is_in_range(),
            Self::Between { min, max } => duration(min) && duration(max) && min < max,
        }
    }

    /// Whether a measured value meets the target.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use service_standards::{standard::Measurement, Target};
    ///
    /// assert!(Target::WithinRings(3).is_met_by(Measurement::Rings(3)));
    /// assert!(!Target::WithinRings(3).is_met_by(Measurement::Rings(4)));
    /// assert!(Target::within_secs(60).is_met_by(Measurement::Duration(Duration::from_secs(45))));
    /// assert!(!Target::within_secs(60).is_met_by(Measurement::Rings(1)));
    /// ```
    #[must_use]
    pub fn is_met_by(&self, measured: Measurement) -> bool {
        match (*self, measured) {
            (Self::Within(limit), Measurement::Duration(d)) => d <= limit,
            (Self::ShareWithin { percent, .. } | Self::Share(percent), Measurement::Percent(p)) => {
                p >= percent
            }
            (Self::WithinRings(limit), Measurement::Rings(n)) => n <= limit,
            (Self::AtLeast(min), Measurement::Count(n)) => n >= min,
            (Self::AtMost(max), Measurement::Count(n)) => n <= max,
            (Self::Every(limit), Measurement::Duration(d)) => d <= limit,
            (Self::Always | Self::Cover(_) | Self::UpTo(_), Measurement::Done(done)) => done,
            (Self::Never, Measurement::Done(done)) => !done,
            (Self::FromDistance(limit), Measurement::Distance(d)) => d >= limit,
            (Self::Between { min, max }, Measurement::Duration(d)) => min <= d && d <= max,
            _ => false,
        }
    }

    /// Whether `measured` is the kind of value this target is checked with:
    /// a duration for times and ranges, a percentage for shares, rings,
    /// counts, a distance, or done / not done for always, never, hours of
    /// cover and amounts. An audit that records another kind has measured
    /// the wrong thing.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{standard::Measurement, Target};
    ///
    /// assert!(Target::WithinRings(3).accepts(Measurement::Rings(4)));
    /// assert!(!Target::WithinRings(3).accepts(Measurement::Done(true)));
    /// ```
    #[must_use]
    pub fn accepts(&self, measured: Measurement) -> bool {
        use Measurement as M;
        matches!(
            (self, measured),
            (Self::Within(_) | Self::Every(_) | Self::Between { .. }, M::Duration(_))
                | (Self::ShareWithin { .. } | Self::Share(_), M::Percent(_))
                | (Self::WithinRings(_), M::Rings(_))
                | (Self::AtLeast(_) | Self::AtMost(_), M::Count(_))
                | (Self::FromDistance(_), M::Distance(_))
                | (Self::Always | Self::Never | Self::Cover(_) | Self::UpTo(_), M::Done(_))
        )
    }
}

/// A value measured during an audit, to check against a [`Target`].
///
/// # Examples
///
/// ```
/// use service_standards::{standard::Measurement, Target};
///
/// // answered on the 4th ring
/// assert!(!Target::WithinRings(3).is_met_by(Measurement::Rings(4)));
/// assert_eq!(Measurement::Rings(4).to_string(), "4 rings");
/// ```
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case", deny_unknown_fields))]
#[non_exhaustive]
pub enum Measurement {
    /// A time taken (to answer, to reply, to greet, between updates).
    Duration(
        #[cfg_attr(feature = "serde", serde(with = "friendly"))]
        #[cfg_attr(feature = "schemars", schemars(with = "String"))]
        Duration,
    ),
    /// A share of cases, in percent.
    Percent(u8),
    /// The number of rings before an answer.
    Rings(u8),
    /// How many times something was done.
    Count(u16),
    /// Whether it was done.
    Done(bool),
    /// A distance (from how far away the customer was acknowledged).
    Distance(Distance),
}

impl Measurement {
    /// Whether the value can have been measured: a duration in whole seconds
    /// of at most [`Target::MAX_DURATION`], a percentage of at most 100, a
    /// distance within [`Distance::MAX`].
    ///
    /// # Examples
    ///
    /// ```
    /// use std::time::Duration;
    /// use service_standards::standard::Measurement;
    ///
    /// assert!(Measurement::Percent(100).is_in_range());
    /// assert!(!Measurement::Percent(101).is_in_range());
    /// assert!(!Measurement::Duration(Duration::MAX).is_in_range());
    /// ```
    #[must_use]
    pub fn is_in_range(&self) -> bool {
        match *self {
            Self::Duration(d) => d <= Target::MAX_DURATION && d.subsec_nanos() == 0,
            Self::Percent(p) => p <= 100,
            Self::Distance(d) => d.is_in_range(),
            Self::Rings(_) | Self::Count(_) | Self::Done(_) => true,
        }
    }
}

impl fmt::Display for Measurement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Duration(d) => f.write_str(&human_duration(d)),
            Self::Percent(p) => write!(f, "{p} %"),
            Self::Rings(n) => write!(f, "{n} {}", plural(u64::from(n), "ring", "rings")),
            Self::Count(n) => write!(f, "{n} {}", plural(u64::from(n), "time", "times")),
            Self::Done(true) => f.write_str("done"),
            Self::Done(false) => f.write_str("not done"),
            Self::Distance(d) => f.write_str(&human_distance(d)),
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::Within(d) => write!(f, "within {}", human_duration(d)),
            Self::ShareWithin { percent, within } => {
                write!(f, "{percent} % within {}", human_duration(within))
            }
            Self::WithinRings(n) => write!(f, "within {n} {}", plural(u64::from(n), "ring", "rings")),
            Self::AtLeast(1) => f.write_str("at least once"),
            Self::AtLeast(2) => f.write_str("at least twice"),
            Self::AtLeast(n) => write!(f, "at least {n} times"),
            Self::AtMost(1) => f.write_str("at most once"),
            Self::AtMost(2) => f.write_str("at most twice"),
            Self::AtMost(n) => write!(f, "at most {n} times"),
            Self::Every(d) => match single_unit(d) {
                Some(unit) => write!(f, "at least once every {}", unit_name(unit, 1)),
                None => write!(f, "at least once every {}", human_duration(d)),
            },
            Self::Share(100) => f.write_str("in every case"),
            Self::Share(p) => write!(f, "in at least {p} % of cases"),
            Self::Always => f.write_str("always"),
            Self::Never => f.write_str("never"),
            Self::FromDistance(d) => write!(f, "from {} away", human_distance(d)),
            Self::Cover(c) => f.write_str(&human_cover(c)),
            Self::Between { min, max } => match (single_unit_count(min), single_unit_count(max)) {
                (Some((a, u)), Some((b, v))) if u == v => {
                    write!(f, "between {a} and {b} {}", unit_name(u, b))
                }
                _ => write!(f, "between {} and {}", human_duration(min), human_duration(max)),
            },
            Self::UpTo(a) => write!(f, "up to {a}"),
        }
    }
}

fn plural(n: u64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

/// Splits a duration into the units people use: days, hours, minutes, seconds
/// (sub-second parts are dropped). Units that are zero are left out.
pub(crate) fn duration_units(d: Duration) -> [(u64, TimeUnit); 4] {
    let s = d.as_secs();
    [
        (s / 86_400, TimeUnit::Day),
        (s % 86_400 / 3600, TimeUnit::Hour),
        (s % 3600 / 60, TimeUnit::Minute),
        (s % 60, TimeUnit::Second),
    ]
}

/// A unit of [`duration_units`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TimeUnit {
    Day,
    Hour,
    Minute,
    Second,
}

/// The unit, if the duration is exactly one of it (one day, one hour, …).
pub(crate) fn single_unit(d: Duration) -> Option<TimeUnit> {
    let mut parts = duration_units(d).into_iter().filter(|(n, _)| *n > 0);
    match (parts.next(), parts.next()) {
        (Some((1, unit)), None) if d.subsec_nanos() == 0 => Some(unit),
        _ => None,
    }
}

fn unit_name(unit: TimeUnit, n: u64) -> &'static str {
    let (one, many) = match unit {
        TimeUnit::Day => ("day", "days"),
        TimeUnit::Hour => ("hour", "hours"),
        TimeUnit::Minute => ("minute", "minutes"),
        TimeUnit::Second => ("second", "seconds"),
    };
    plural(n, one, many)
}

/// The count and unit, if the duration is a whole number of one unit (5 minutes, 2 hours).
pub(crate) fn single_unit_count(d: Duration) -> Option<(u64, TimeUnit)> {
    let mut parts = duration_units(d).into_iter().filter(|(n, _)| *n > 0);
    match (parts.next(), parts.next()) {
        (Some(part), None) if d.subsec_nanos() == 0 => Some(part),
        _ => None,
    }
}

/// `3 metres`, `1 metre`, `2.5 metres`, `10 feet`, `1 foot`: in the unit
/// the distance was given in.
fn human_distance(d: Distance) -> String {
    let (thousandths, unit) = d.given();
    let number = number::write(f64::from(thousandths) / 1000.0, Number::up_to(3), '.');
    let (one, many) = match unit {
        LengthUnit::Metres => ("metre", "metres"),
        LengthUnit::Feet => ("foot", "feet"),
    };
    format!("{number} {}", if thousandths == 1000 { one } else { many })
}

/// `around the clock`, `Monday to Friday, 08:00–20:00`.
fn human_cover(c: Cover) -> String {
    const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    if c.is_around_the_clock() {
        return "around the clock".to_owned();
    }
    let name = |d: usize| DAYS.get(d).copied().unwrap_or_default();
    let runs = c.day_runs();
    let days = if runs == [(0, 6)] {
        "every day".to_owned()
    } else {
        let parts: Vec<String> = runs
            .iter()
            .map(|&(a, b)| match b - a {
                0 => name(a).to_owned(),
                1 => format!("{} and {}", name(a), name(b)),
                _ => format!("{} to {}", name(a), name(b)),
            })
            .collect();
        parts.join(", ")
    };
    let (from, to) = c.minutes();
    format!("{days}, {}–{}", Cover::clock(from), Cover::clock(to))
}

/// `1 hour 30 minutes`, `20 seconds`, `2 days`.
fn human_duration(d: Duration) -> String {
    let parts: Vec<String> = duration_units(d)
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, unit)| format!("{n} {}", unit_name(unit, n)))
        .collect();
    if parts.is_empty() { "0 seconds".to_owned() } else { parts.join(" ") }
}

/// What a duration looks like, for messages.
#[cfg(feature = "serde")]
pub(crate) const DURATION_EXPECTED: &str = "e.g. 20s, 5m, 24h or 1h 30m";

#[cfg(feature = "serde")]
/// Parses a friendly duration: `20s`, `24h`, `1h 30m`, `2d` (a day is 24
/// hours), in whole seconds, as jiff reads a span, but without a sign
/// (`+5s` is not a duration a standard names) and without white space
/// around it.
///
/// # Errors
///
/// An error about [`Entity::Duration`](crate::error::Entity::Duration)
/// naming the text, also for a duration finer than a second.
pub(crate) fn parse_duration(text: &str) -> Result<Duration, crate::error::Error> {
    let invalid = || crate::error::Error::malformed(crate::error::Entity::Duration, text, DURATION_EXPECTED);
    if text.starts_with(['+', '-']) || text.trim() != text {
        return Err(invalid());
    }
    let span: jiff::Span = text.parse().map_err(|_| invalid())?;
    let signed = span.to_duration(jiff::SpanRelativeTo::days_are_24_hours()).map_err(|_| invalid())?;
    let duration = Duration::try_from(signed).map_err(|_| invalid())?;
    // Standards speak in whole seconds or coarser: a finer duration would show as "0 seconds".
    if duration.subsec_nanos() == 0 { Ok(duration) } else { Err(invalid()) }
}

#[cfg(feature = "serde")]
/// Prints a duration the way [`parse_duration`] reads it: `20s`, `1h 30m`, `48h`.
pub(crate) fn print_duration(d: Duration) -> String {
    jiff::fmt::friendly::SpanPrinter::new()
        .designator(jiff::fmt::friendly::Designator::Compact)
        .unsigned_duration_to_string(&d)
}

/// A target as a document writes it, its texts (durations, a distance,
/// hours of cover, an amount) not read yet: a document reads its targets
/// through it, so that every text that does not read is reported, each at
/// its own field, beside everything else the document's checks find.
/// It reads exactly what [`Target`] reads, and writes what it writes.
#[cfg(feature = "serde")]
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) enum TargetText {
    Within(String),
    ShareWithin { percent: u8, within: String },
    WithinRings(u8),
    AtLeast(u16),
    AtMost(u16),
    Every(String),
    Share(u8),
    Always,
    Never,
    FromDistance(String),
    Cover(String),
    Between { min: String, max: String },
    UpTo(String),
}

#[cfg(feature = "serde")]
impl From<Target> for TargetText {
    fn from(target: Target) -> Self {
        match target {
            Target::Within(d) => Self::Within(print_duration(d)),
            Target::ShareWithin { percent, within } => {
                Self::ShareWithin { percent, within: print_duration(within) }
            }
            Target::WithinRings(n) => Self::WithinRings(n),
            Target::AtLeast(n) => Self::AtLeast(n),
            Target::AtMost(n) => Self::AtMost(n),
            Target::Every(d) => Self::Every(print_duration(d)),
            Target::Share(p) => Self::Share(p),
            Target::Always => Self::Always,
            Target::Never => Self::Never,
            Target::FromDistance(d) => Self::FromDistance(d.to_string()),
            Target::Cover(c) => Self::Cover(c.to_string()),
            Target::Between { min, max } => {
                Self::Between { min: print_duration(min), max: print_duration(max) }
            }
            Target::UpTo(a) => Self::UpTo(a.to_string()),
        }
    }
}

#[cfg(feature = "serde")]
impl TargetText {
    /// The target this text says, checked into `v`: each text that does
    /// not read is a [`Problem::Malformed`](crate::error::Problem::Malformed)
    /// at its field under `path` (`….targets.basic.cover`,
    /// `….target.between.min`), and then there is no target.
    pub(crate) fn read(self, path: &str, v: &mut crate::validate::Violations) -> Option<Target> {
        use crate::error::Entity;
        let mut read = |field: &str, text: String, entity: Entity, expected: &'static str, ok: bool| {
            if !ok {
                v.push(
                    format!("{path}.{field}"),
                    crate::error::Problem::Malformed { entity, expected },
                    text,
                );
            }
        };
        let mut duration = |field: &str, text: String| {
            let parsed = parse_duration(&text).ok();
            read(field, text, Entity::Duration, DURATION_EXPECTED, parsed.is_some());
            parsed
        };
        Some(match self {
            Self::Within(d) => Target::Within(duration("within", d)?),
            Self::ShareWithin { percent, within } => {
                Target::ShareWithin { percent, within: duration("share-within.within", within)? }
            }
            Self::WithinRings(n) => Target::WithinRings(n),
            Self::AtLeast(n) => Target::AtLeast(n),
            Self::AtMost(n) => Target::AtMost(n),
            Self::Every(d) => Target::Every(duration("every", d)?),
            Self::Share(p) => Target::Share(p),
            Self::Always => Target::Always,
            Self::Never => Target::Never,
            Self::Between { min, max } => {
                // Both ends are read, so that both are reported.
                let (min, max) = (duration("between.min", min), duration("between.max", max));
                Target::Between { min: min?, max: max? }
            }
            Self::FromDistance(text) => {
                let parsed = text.parse::<Distance>().ok();
                read("from-distance", text, Entity::Distance, super::distance::EXPECTED, parsed.is_some());
                Target::FromDistance(parsed?)
            }
            Self::Cover(text) => {
                let parsed = text.parse::<Cover>().ok();
                read("cover", text, Entity::Cover, super::cover::EXPECTED, parsed.is_some());
                Target::Cover(parsed?)
            }
            Self::UpTo(text) => {
                let parsed = text.parse::<Amount>().ok();
                read("up-to", text, Entity::Amount, super::amount::EXPECTED, parsed.is_some());
                Target::UpTo(parsed?)
            }
        })
    }
}

/// The targets of each level as a document writes them (see [`TargetText`]).
#[cfg(feature = "serde")]
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct LevelTargetTexts {
    #[serde(skip_serializing_if = "Option::is_none")]
    basic: Option<TargetText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    expected: Option<TargetText>,
    #[serde(skip_serializing_if = "Option::is_none")]
    exclusive: Option<TargetText>,
}

#[cfg(feature = "serde")]
impl From<&crate::standard::LevelTargets> for LevelTargetTexts {
    fn from(targets: &crate::standard::LevelTargets) -> Self {
        use crate::model::ServiceLevel::{Basic, Exclusive, Expected};
        Self {
            basic: targets.get(Basic).map(Into::into),
            expected: targets.get(Expected).map(Into::into),
            exclusive: targets.get(Exclusive).map(Into::into),
        }
    }
}

#[cfg(feature = "serde")]
impl LevelTargetTexts {
    /// The text of the target at `level`, taken out.
    pub(crate) fn take(&mut self, level: crate::model::ServiceLevel) -> Option<TargetText> {
        use crate::model::ServiceLevel::{Basic, Exclusive, Expected};
        match level {
            Basic => self.basic.take(),
            Expected => self.expected.take(),
            Exclusive => self.exclusive.take(),
        }
    }
}

#[cfg(feature = "serde")]
mod friendly {
    use std::time::Duration;

    pub(super) fn serialize<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::print_duration(*d))
    }

    pub(super) fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Duration, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Duration;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a duration such as \"20s\", \"5m\", \"24h\" or \"1h 30m\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Duration, E> {
                super::parse_duration(v).map_err(E::custom)
            }
        }
        d.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(feature = "serde")]
    #[test]
    fn durations_print_and_parse_back() {
        for secs in [1, 20, 60, 90, 3600, 5400, 86_400, 172_800, 90_061] {
            let d = Duration::from_secs(secs);
            assert_eq!(parse_duration(&print_duration(d)).unwrap(), d, "{secs}");
        }
        assert_eq!(parse_duration("2d").unwrap(), Duration::from_secs(172_800));
        assert_eq!(parse_duration("1h 30m").unwrap(), Duration::from_secs(5400));
        let invalid = |text: &str| {
            crate::error::Error::malformed(crate::error::Entity::Duration, text, DURATION_EXPECTED)
        };
        assert_eq!(parse_duration("-5s"), Err(invalid("-5s")));
        assert_eq!(parse_duration("soon"), Err(invalid("soon")));
        for signed_or_padded in ["+5s", "+PT5S", " 5s", "5s ", "5s\n"] {
            assert_eq!(parse_duration(signed_or_padded), Err(invalid(signed_or_padded)));
        }
    }

    /// Every kind of target, with texts of every form.
    #[cfg(feature = "serde")]
    fn every_kind() -> Vec<Target> {
        vec![
            Target::within_secs(20),
            Target::ShareWithin { percent: 80, within: Duration::from_secs(5400) },
            Target::WithinRings(3),
            Target::AtLeast(2),
            Target::AtMost(1),
            Target::Every(Duration::from_secs(180 * 86_400)),
            Target::Share(95),
            Target::Always,
            Target::Never,
            Target::FromDistance(Distance::feet(10)),
            Target::Cover(Cover::AROUND_THE_CLOCK),
            Target::Cover("sat,sun 10:00-16:00".parse().unwrap()),
            Target::Between { min: Duration::from_secs(300), max: Duration::from_secs(480) },
            Target::UpTo("100 EUR".parse().unwrap()),
        ]
    }

    #[cfg(feature = "serde")]
    #[test]
    fn a_target_text_writes_and_reads_what_a_target_does() {
        for target in every_kind() {
            let text = TargetText::from(target);
            let written = serde_json::to_value(target).unwrap();
            assert_eq!(serde_json::to_value(&text).unwrap(), written, "{target}");
            let read: TargetText = serde_json::from_value(written.clone()).unwrap();
            assert_eq!(read, text, "{target}");
            let mut v = crate::validate::Violations::default();
            assert_eq!(read.read("t", &mut v), Some(target), "{target}");
            assert!(v.is_empty(), "{target}");
            let toml = toml::to_string(&std::collections::BTreeMap::from([("t", target)])).unwrap();
            let back: std::collections::BTreeMap<String, TargetText> = toml::from_str(&toml).unwrap();
            assert_eq!(back.get("t"), Some(&text), "{target}");
        }
        // What a target refuses, its text refuses too, before it is read.
        for doc in [
            r#"{"within": 20}"#,
            r#"{"cover": "24/7", "every": "1d"}"#,
            r#"{"soon": "1d"}"#,
            r#""sometimes""#,
        ] {
            assert!(serde_json::from_str::<Target>(doc).is_err(), "{doc}");
            assert!(serde_json::from_str::<TargetText>(doc).is_err(), "{doc}");
        }
    }

    #[cfg(feature = "serde")]
    #[test]
    fn a_target_text_that_does_not_read_is_named_at_its_field() {
        let read = |doc: &str| {
            let mut v = crate::validate::Violations::default();
            let target = serde_json::from_str::<TargetText>(doc).unwrap().read("at", &mut v);
            let found: Vec<String> = v
                .into_error(crate::error::Entity::RuleSet)
                .violations()
                .iter()
                .map(ToString::to_string)
                .collect();
            (target, found)
        };
        assert_eq!(
            read(r#"{"between": {"min": "soon", "max": "later"}}"#),
            (
                None,
                vec![
                    "at.between.min: invalid duration (expected e.g. 20s, 5m, 24h or 1h 30m) `soon`"
                        .to_owned(),
                    "at.between.max: invalid duration (expected e.g. 20s, 5m, 24h or 1h 30m) `later`"
                        .to_owned(),
                ]
            )
        );
        assert_eq!(
            read(r#"{"share-within": {"percent": 80, "within": "1m "}}"#),
            (
                None,
                vec![
                    "at.share-within.within: invalid duration (expected e.g. 20s, 5m, 24h or 1h 30m) `1m `"
                        .to_owned()
                ]
            )
        );
        // A number out of range reads: the range is checked where the target is used.
        assert_eq!(read(r#"{"share": 120}"#), (Some(Target::Share(120)), vec![]));
    }

    #[test]
    fn human_durations() {
        assert_eq!(human_duration(Duration::from_secs(5400)), "1 hour 30 minutes");
        assert_eq!(human_duration(Duration::from_secs(1)), "1 second");
        assert_eq!(human_duration(Duration::from_secs(172_800)), "2 days");
        assert_eq!(human_duration(Duration::ZERO), "0 seconds");
        assert_eq!(Target::Every(Duration::from_secs(3600)).to_string(), "at least once every hour");
        assert_eq!(Target::Every(Duration::from_secs(86_400)).to_string(), "at least once every day");
        assert_eq!(Target::Every(Duration::from_secs(7200)).to_string(), "at least once every 2 hours");
        assert_eq!(
            Target::Every(Duration::from_secs(5400)).to_string(),
            "at least once every 1 hour 30 minutes"
        );
    }
}
