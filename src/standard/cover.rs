//! Hours of cover: "a desk staffed around the clock", "phones Monday to Friday, 8:00–20:00".

use std::{fmt, str::FromStr};

use jiff::civil::Weekday;

use crate::{error::Entity, error::Error};

/// When a service must be staffed or reachable: the same hours on each of
/// some days of the week, or around the clock.
///
/// Documents write it as `"24/7"`, or as days and hours:
/// `"mon-fri 08:00-20:00"`, `"sat,sun 10:00-16:00"`, `"daily 07:00-23:00"`
/// (`24:00` ends a day). It is always written back in that form, and read
/// only as it is written: times of two digits each (`08:00`, not `8:00` or
/// `+8:00`, which could be a time zone), one space after the days, and no
/// other white space.
///
/// # Examples
///
/// ```
/// use service_standards::standard::Cover;
///
/// let desk: Cover = "24/7".parse()?;
/// assert_eq!(desk, Cover::AROUND_THE_CLOCK);
/// let phones: Cover = "mon-fri 08:00-20:00".parse()?;
/// assert_eq!(phones.to_string(), "mon-fri 08:00-20:00");
/// assert!(desk.includes(&phones));
/// assert!(!phones.includes(&desk));
/// assert!("mon-fri 20:00-08:00".parse::<Cover>().is_err());
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Cover {
    /// Monday is bit 0, Sunday bit 6.
    days: u8,
    /// Minutes after midnight, `from < to ≤ 1440`.
    from: u16,
    to: u16,
}

const ALL_DAYS: u8 = 0b111_1111;
const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const MINUTES_A_DAY: u16 = 24 * 60;

impl Cover {
    /// Every day, all day.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Cover;
    ///
    /// assert_eq!(Cover::AROUND_THE_CLOCK.to_string(), "24/7");
    /// ```
    pub const AROUND_THE_CLOCK: Self = Self { days: ALL_DAYS, from: 0, to: MINUTES_A_DAY };

    /// The same hours, `from` to `to` (hour and minute; `(24, 0)` ends the
    /// day), on each of `days`.
    ///
    /// # Errors
    ///
    /// an error about [`Entity::Cover`](crate::error::Entity::Cover) when no day is given, a
    /// time is not a time of day, or `from` is not before `to`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Cover;
    /// use jiff::civil::Weekday::*;
    ///
    /// let cover = Cover::new([Monday, Tuesday, Wednesday, Thursday, Friday], (8, 0), (20, 0))?;
    /// assert_eq!(cover.to_string(), "mon-fri 08:00-20:00");
    /// assert!(Cover::new([Saturday], (18, 0), (9, 0)).is_err());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn new(days: impl IntoIterator<Item = Weekday>, from: (u8, u8), to: (u8, u8)) -> Result<Self, Error> {
        let days = days.into_iter().fold(0u8, |bits, d| bits | (1 << (d.to_monday_zero_offset())));
        let minutes = |(h, m): (u8, u8)| {
            (m < 60 && (h < 24 || (h, m) == (24, 0))).then(|| u16::from(h) * 60 + u16::from(m))
        };
        match (minutes(from), minutes(to)) {
            (Some(from), Some(to)) if days != 0 && from < to => Ok(Self { days, from, to }),
            _ => Err(Error::malformed(
                Entity::Cover,
                format!("{:02}:{:02}-{:02}:{:02}", from.0, from.1, to.0, to.1),
                EXPECTED,
            )),
        }
    }

    /// Whether the service is covered on `day`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Cover;
    /// use jiff::civil::Weekday;
    ///
    /// let cover: Cover = "mon-fri 08:00-20:00".parse()?;
    /// assert!(cover.covers_day(Weekday::Friday));
    /// assert!(!cover.covers_day(Weekday::Sunday));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn covers_day(&self, day: Weekday) -> bool {
        self.days & (1 << day.to_monday_zero_offset()) != 0
    }

    /// The hours covered each day, as minutes after midnight: from, to.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Cover;
    ///
    /// assert_eq!(Cover::AROUND_THE_CLOCK.minutes(), (0, 1440));
    /// ```
    #[must_use]
    pub fn minutes(&self) -> (u16, u16) {
        (self.from, self.to)
    }

    /// Whether this cover includes every hour of `other`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Cover;
    ///
    /// let long: Cover = "daily 07:00-23:00".parse()?;
    /// let short: Cover = "mon-fri 09:00-17:00".parse()?;
    /// assert!(long.includes(&short));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn includes(&self, other: &Self) -> bool {
        self.days & other.days == other.days && self.from <= other.from && other.to <= self.to
    }

    /// Whether it is every day, all day.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Cover;
    ///
    /// assert!(Cover::AROUND_THE_CLOCK.is_around_the_clock());
    /// ```
    #[must_use]
    pub fn is_around_the_clock(&self) -> bool {
        *self == Self::AROUND_THE_CLOCK
    }

    /// The days covered, Monday first, as runs of consecutive days (first and last, 0 = Monday).
    pub(crate) fn day_runs(&self) -> Vec<(usize, usize)> {
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for day in (0..7).filter(|d| self.days & (1 << d) != 0) {
            match runs.last_mut() {
                Some((_, last)) if *last + 1 == day => *last = day,
                _ => runs.push((day, day)),
            }
        }
        runs
    }

    /// `08:00`, `24:00`.
    pub(crate) fn clock(minutes: u16) -> String {
        format!("{:02}:{:02}", minutes / 60, minutes % 60)
    }

    /// The days as a document writes them: `daily`, `mon-fri`, `mon,wed,fri`.
    fn days_text(&self) -> String {
        if self.days == ALL_DAYS {
            return "daily".to_owned();
        }
        let name = |d: usize| DAY_NAMES.get(d).copied().unwrap_or_default();
        let parts: Vec<String> = self
            .day_runs()
            .into_iter()
            .map(|(a, b)| match b - a {
                0 => name(a).to_owned(),
                1 => format!("{},{}", name(a), name(b)),
                _ => format!("{}-{}", name(a), name(b)),
            })
            .collect();
        parts.join(",")
    }
}

/// What hours of cover look like, for messages.
pub(crate) const EXPECTED: &str = "24/7 or days and hours, e.g. mon-fri 08:00-20:00";

impl fmt::Display for Cover {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_around_the_clock() {
            return f.write_str("24/7");
        }
        write!(f, "{} {}-{}", self.days_text(), Self::clock(self.from), Self::clock(self.to))
    }
}

impl FromStr for Cover {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = || Error::malformed(Entity::Cover, s.to_owned(), EXPECTED);
        if s == "24/7" {
            return Ok(Self::AROUND_THE_CLOCK);
        }
        let (days, hours) = s.split_once(' ').ok_or_else(invalid)?;
        let mut bits = 0u8;
        if days == "daily" {
            bits = ALL_DAYS;
        } else {
            for part in days.split(',') {
                let day = |name: &str| DAY_NAMES.iter().position(|d| *d == name);
                let (a, b) = match part.split_once('-') {
                    Some((a, b)) => (day(a).ok_or_else(invalid)?, day(b).ok_or_else(invalid)?),
                    None => {
                        let d = day(part).ok_or_else(invalid)?;
                        (d, d)
                    }
                };
                if a > b {
                    return Err(invalid());
                }
                for d in a..=b {
                    bits |= 1 << d;
                }
            }
        }
        let (from, to) = hours.split_once('-').ok_or_else(invalid)?;
        let time = |t: &str| -> Option<u16> {
            let (h, m) = t.split_once(':')?;
            // Two digits each: no sign, no white space.
            if h.len() != 2 || m.len() != 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
                return None;
            }
            let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
            (m < 60 && (h < 24 || (h, m) == (24, 0))).then_some(h * 60 + m)
        };
        match (time(from), time(to)) {
            (Some(from), Some(to)) if bits != 0 && from < to => Ok(Self { days: bits, from, to }),
            _ => Err(invalid()),
        }
    }
}

crate::text_serde::serde_as_str!(Cover, "hours of cover such as \"24/7\" or \"mon-fri 08:00-20:00\"");

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Cover {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Cover".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "hours of cover: 24/7, or days and hours such as mon-fri 08:00-20:00",
            "type": "string",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_back() {
        for text in [
            "24/7",
            "mon-fri 08:00-20:00",
            "sat,sun 10:00-16:00",
            "mon,wed,fri 09:00-17:00",
            "daily 07:00-23:00",
            "sun 00:00-24:00",
            "mon-wed,fri 08:00-12:30",
        ] {
            let cover: Cover = text.parse().unwrap();
            assert_eq!(cover.to_string(), text);
        }
        assert_eq!("daily 00:00-24:00".parse::<Cover>().unwrap(), Cover::AROUND_THE_CLOCK);
        for bad in [
            "",
            "24/6",
            "mon-fri",
            "fri-mon 08:00-10:00",
            "mon 10:00-10:00",
            "mon 8:00-10:00",
            "mon 08:00-24:01",
            "moon 08:00-10:00",
            "mon 08:60-10:00",
            "mon +8:00-10:00",
            "mon 08:00-+9:00",
            " 24/7",
            "mon  08:00-10:00",
            "mon 08:00 - 10:00",
        ] {
            assert!(bad.parse::<Cover>().is_err(), "{bad}");
        }
    }
}
