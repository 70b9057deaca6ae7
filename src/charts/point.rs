//! A value of a chart over time: [`Point`].

use std::fmt::Display;

/// One value of a [`Series`]: a period's label (a month, a date, any text),
/// the value, and optionally its interval (for example a 95 % confidence
/// interval), drawn as a whisker.
///
/// # Examples
///
/// ```
/// use service_standards::jiff::civil::date;
/// use service_standards::prelude::*;
///
/// let point = charts::Point::new(date(2026, 1, 31), 42.0).within(38.5, 45.5);
/// assert_eq!(point.label(), "2026-01-31");
/// assert_eq!(point.value(), 42.0);
/// assert_eq!(point.interval(), Some((38.5, 45.5)));
/// ```
///
/// [`Series`]: super::Series
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub(super) label: String,
    pub(super) value: f64,
    pub(super) interval: Option<(f64, f64)>,
    pub(super) answers: Option<usize>,
    pub(super) too_few: bool,
}

impl Point {
    /// A point: `value` at the period `label` (anything displayed: text, a
    /// [`jiff::civil::Date`], a number).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let point = charts::Point::new("2026-Q1", 4.5);
    /// assert_eq!(point.label(), "2026-Q1");
    /// assert_eq!(point.interval(), None);
    /// ```
    #[must_use]
    pub fn new(label: impl Display, value: f64) -> Self {
        Self { label: label.to_string(), value, interval: None, answers: None, too_few: false }
    }

    /// A period with too few answers to show a number (`answers` of them):
    /// the period keeps its place on the axis, marked "too few answers",
    /// and nothing is plotted there (its value is not a number).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let point = charts::Point::too_few("2026-02", 2);
    /// assert_eq!((point.too_few_answers(), point.answers()), (Some(2), Some(2)));
    /// assert!(point.value().is_nan());
    /// let svg = charts::measure_over_time("NPS", &[charts::Series::new("hotel", [point])], Locale::English);
    /// assert!(svg.contains("too few answers (2)") && !svg.contains("<circle"));
    /// ```
    #[must_use]
    pub fn too_few(label: impl Display, answers: usize) -> Self {
        Self {
            label: label.to_string(),
            value: f64::NAN,
            interval: None,
            answers: Some(answers),
            too_few: true,
        }
    }

    /// Sets the interval around the value, from `low` to `high` (given in
    /// either order).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let point = charts::Point::new("2026-02", 4.5).within(4.9, 4.1);
    /// assert_eq!(point.interval(), Some((4.1, 4.9)));
    /// ```
    #[must_use]
    pub fn within(mut self, low: f64, high: f64) -> Self {
        self.interval = Some(if low <= high { (low, high) } else { (high, low) });
        self
    }

    /// The period's label.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert_eq!(charts::Point::new(2026, 1.0).label(), "2026");
    /// ```
    #[must_use]
    pub fn label(&self) -> &str {
        &self.label
    }

    /// The value.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert_eq!(charts::Point::new("2026-03", 61.0).value(), 61.0);
    /// ```
    #[must_use]
    pub fn value(&self) -> f64 {
        self.value
    }
}

impl Point {
    /// The number of answers behind the value, when known (a point of
    /// [`Series::from_survey`], or [`too_few`](Self::too_few)).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert_eq!(charts::Point::new("2026-03", 61.0).answers(), None);
    /// assert_eq!(charts::Point::too_few("2026-03", 4).answers(), Some(4));
    /// ```
    ///
    /// [`Series::from_survey`]: super::Series::from_survey
    #[must_use]
    pub fn answers(&self) -> Option<usize> {
        self.answers
    }

    /// The number of answers, when they were too few to show a number.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert_eq!(charts::Point::new("2026-03", 61.0).too_few_answers(), None);
    /// assert_eq!(charts::Point::too_few("2026-03", 4).too_few_answers(), Some(4));
    /// ```
    #[must_use]
    pub fn too_few_answers(&self) -> Option<usize> {
        if self.too_few { self.answers } else { None }
    }

    /// The interval, low then high, if one was given.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert_eq!(charts::Point::new("2026-03", 61.0).within(55.0, 67.0).interval(), Some((55.0, 67.0)));
    /// ```
    #[must_use]
    pub fn interval(&self) -> Option<(f64, f64)> {
        self.interval
    }
}
