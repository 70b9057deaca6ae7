//! A named line of a chart over time: [`Series`], from points or from a
//! survey's series.

use crate::statistics::Reporting;
use crate::survey::Measure;

use super::Point;

/// A named line of a chart over time: its [`Point`]s in the order of their
/// periods. [`measure_over_time`] draws one or more.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let series = charts::Series::new("check-in", [charts::Point::new("2026-01", 31.0), charts::Point::new("2026-02", 38.0)]);
/// assert_eq!(series.name(), "check-in");
/// assert_eq!(series.points().len(), 2);
/// ```
///
/// [`measure_over_time`]: super::measure_over_time
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub(super) name: String,
    pub(super) points: Vec<Point>,
    pub(super) range: Option<(f64, f64)>,
}

impl Series {
    /// A series named `name` (the legend's text) of `points`, in the order
    /// of their periods.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let series = charts::Series::new("CSAT", [charts::Point::new("2026-01", 0.8), charts::Point::new("2026-02", 0.85)]);
    /// assert_eq!(series.points()[1].label(), "2026-02");
    /// assert!(charts::Series::new("NPS", []).points().is_empty());
    /// ```
    #[must_use]
    pub fn new(name: impl Into<String>, points: impl IntoIterator<Item = Point>) -> Self {
        Self { name: name.into(), points: points.into_iter().collect(), range: None }
    }

    /// Sets the range the measure can take, from `low` to `high` (in either
    /// order): the value axis covers it whole (NPS −100 to +100, a share 0
    /// to 100). Without one, the axis fits the values.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let series = charts::Series::new("NPS", [charts::Point::new("2026-01", 31.0)]).within(100.0, -100.0);
    /// assert_eq!(series.range(), Some((-100.0, 100.0)));
    /// let svg = charts::measure_over_time("NPS", &[series], Locale::English);
    /// assert!(svg.contains("−100"));
    /// ```
    #[must_use]
    pub fn within(mut self, low: f64, high: f64) -> Self {
        self.range = Some(if low <= high { (low, high) } else { (high, low) });
        self
    }

    /// The range the measure can take, if one was set.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert_eq!(charts::Series::new("CES", []).range(), None);
    /// ```
    #[must_use]
    pub fn range(&self) -> Option<(f64, f64)> {
        self.range
    }

    /// The series' name.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert_eq!(charts::Series::new("CES", []).name(), "CES");
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Series {
    /// The chart series of a survey measure over time
    /// ([`Responses::series`](crate::survey::Responses::series)), with the
    /// default [`Reporting`] (at least 10 answers): see
    /// [`from_survey_with`](Self::from_survey_with).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let subject = Subject::Phase("stay/check-out".parse()?);
    /// let nps = |who: &str, day, score| Response::new(who, day, subject.clone(), Answer::Nps(score));
    /// let responses = Responses::builder()
    ///     .responses([nps("a", date(2026, 1, 5), 10), nps("b", date(2026, 1, 9), 6), nps("c", date(2026, 2, 3), 9)])
    ///     .build()?;
    /// let series = charts::Series::from_survey(&responses.series(&subject, Measure::Nps, PeriodKind::Month));
    /// assert_eq!(series.name(), "stay/check-out nps");
    /// assert_eq!(series.points().iter().map(charts::Point::label).collect::<Vec<_>>(), ["2026-01", "2026-02"]);
    /// // Two answers in January, one in February: too few to show a number.
    /// assert_eq!(series.points()[0].too_few_answers(), Some(2));
    /// assert_eq!(series.range(), Some((-100.0, 100.0)));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn from_survey(series: &crate::survey::Series) -> Self {
        Self::from_survey_with(series, &Reporting::default())
    }

    /// The chart series of a survey measure over time: one point per
    /// period, labelled with the period (`2026-07`, `2026-Q3`), with the
    /// mean, its 95 % interval where there is one and its number of
    /// answers, or [`Point::too_few`] below `reporting`'s minimum; named by
    /// its subject and measure (`stay/check-out nps`); within the measure's
    /// range for NPS (−100 to +100) and CSAT (0 to 100 %).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    /// use service_standards::statistics::Reporting;
    ///
    /// let subject = Subject::Overall;
    /// let csat = |who: &str, score| Response::new(who, date(2026, 1, 5), subject.clone(), Answer::Csat(score));
    /// let responses = Responses::builder().responses([csat("a", 5.0), csat("b", 4.0), csat("c", 2.0)]).build()?;
    /// let survey = responses.series(&subject, Measure::Csat, PeriodKind::Month);
    /// let series = charts::Series::from_survey_with(&survey, &Reporting::default().minimum_answers(3));
    /// let point = &series.points()[0];
    /// assert_eq!((format!("{:.1}", point.value()), point.answers()), ("66.7".to_owned(), Some(3)));
    /// assert!(point.interval().is_some());
    /// assert_eq!(series.range(), Some((0.0, 100.0)));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn from_survey_with(series: &crate::survey::Series, reporting: &Reporting) -> Self {
        let points = series.points().iter().map(|(period, estimate)| {
            if estimate.figure(reporting).estimate().is_none() {
                return Point::too_few(period, estimate.count());
            }
            let point = Point { answers: Some(estimate.count()), ..Point::new(period, estimate.mean()) };
            match estimate.interval() {
                Some((low, high)) => point.within(low, high),
                None => point,
            }
        });
        let line = Self::new(format!("{} {}", series.subject(), series.measure()), points);
        match series.measure() {
            Measure::Nps => line.within(-100.0, 100.0),
            Measure::Csat => line.within(0.0, 100.0),
            _ => line,
        }
    }

    /// The points, in the order given.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let series = charts::Series::new("CES", [charts::Point::new("2026-01", 2.5)]);
    /// assert_eq!(series.points()[0].value(), 2.5);
    /// ```
    #[must_use]
    pub fn points(&self) -> &[Point] {
        &self.points
    }
}
