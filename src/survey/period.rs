//! Survey periods: a calendar month, quarter or year.

use std::fmt;

use jiff::civil::Date;

use crate::vocabulary::vocabulary;

vocabulary! {
    /// How long a survey period is: a calendar month, quarter or year.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::survey::PeriodKind;
    ///
    /// assert_eq!("quarter".parse::<PeriodKind>()?, PeriodKind::Quarter);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub enum PeriodKind(Entity::PeriodKind) {
        /// A calendar month.
        Month,
        /// A calendar quarter: January–March, April–June, July–September, October–December.
        Quarter,
        /// A calendar year.
        Year,
    }
}

/// One calendar month, quarter or year.
///
/// Periods of one kind order by time. Written `2026-03` (a month),
/// `2026-Q1` (a quarter) or `2026` (a year).
///
/// # Examples
///
/// ```
/// use service_standards::{jiff::civil::date, survey::{Period, PeriodKind}};
///
/// let q = Period::of(PeriodKind::Quarter, date(2026, 5, 17));
/// assert_eq!(q.to_string(), "2026-Q2");
/// assert_eq!((q.start(), q.end()), (date(2026, 4, 1), date(2026, 6, 30)));
/// assert!(Period::of(PeriodKind::Month, date(2026, 1, 31)) < Period::of(PeriodKind::Month, date(2026, 2, 1)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub(super) kind: PeriodKind,
    pub(super) start: Date,
}

impl Period {
    /// The period of `kind` that holds `date`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{jiff::civil::date, survey::{Period, PeriodKind}};
    ///
    /// assert_eq!(Period::of(PeriodKind::Year, date(2026, 8, 9)).start(), date(2026, 1, 1));
    /// assert_eq!(Period::of(PeriodKind::Month, date(2024, 2, 9)).end(), date(2024, 2, 29));
    /// ```
    #[must_use]
    pub fn of(kind: PeriodKind, date: Date) -> Self {
        let start = match kind {
            PeriodKind::Month => date.first_of_month(),
            PeriodKind::Year => date.first_of_year(),
            PeriodKind::Quarter => {
                let back = i64::from((date.month() - 1) % 3);
                // Moving back at most two months from the first of a month
                // stays in the same year, so this cannot fail.
                date.first_of_month()
                    .checked_sub(jiff::Span::new().months(back))
                    .unwrap_or(date.first_of_month())
            }
        };
        Self { kind, start }
    }

    /// Its kind.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{jiff::civil::date, survey::{Period, PeriodKind}};
    ///
    /// assert_eq!(Period::of(PeriodKind::Month, date(2026, 3, 9)).kind(), PeriodKind::Month);
    /// ```
    #[must_use]
    pub fn kind(&self) -> PeriodKind {
        self.kind
    }

    /// Its first day.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{jiff::civil::date, survey::{Period, PeriodKind}};
    ///
    /// assert_eq!(Period::of(PeriodKind::Quarter, date(2026, 12, 31)).start(), date(2026, 10, 1));
    /// ```
    #[must_use]
    pub fn start(&self) -> Date {
        self.start
    }

    /// Its last day.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{jiff::civil::date, survey::{Period, PeriodKind}};
    ///
    /// assert_eq!(Period::of(PeriodKind::Quarter, date(2026, 1, 5)).end(), date(2026, 3, 31));
    /// assert_eq!(Period::of(PeriodKind::Year, date(2026, 1, 5)).end(), date(2026, 12, 31));
    /// ```
    #[must_use]
    pub fn end(&self) -> Date {
        match self.kind {
            PeriodKind::Month => self.start.last_of_month(),
            PeriodKind::Year => self.start.last_of_year(),
            PeriodKind::Quarter => self
                .start
                .checked_add(jiff::Span::new().months(2))
                .map_or_else(|_| self.start.last_of_year(), Date::last_of_month),
        }
    }

    /// Whether `date` falls in the period.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{jiff::civil::date, survey::{Period, PeriodKind}};
    ///
    /// let march = Period::of(PeriodKind::Month, date(2026, 3, 1));
    /// assert!(march.contains(date(2026, 3, 31)) && !march.contains(date(2026, 4, 1)));
    /// ```
    #[must_use]
    pub fn contains(&self, date: Date) -> bool {
        self.start <= date && date <= self.end()
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let year = self.start.year();
        match self.kind {
            PeriodKind::Month => write!(f, "{year:04}-{:02}", self.start.month()),
            PeriodKind::Quarter => write!(f, "{year:04}-Q{}", (self.start.month() - 1) / 3 + 1),
            PeriodKind::Year => write!(f, "{year:04}"),
        }
    }
}
