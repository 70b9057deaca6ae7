//! SVG charts a manager reads at a glance: expectation against perception
//! per dimension, gaps by phase (with their intervals), compliance by phase
//! and by department, promoters, passives and detractors, and a measure
//! over time. Behind the optional `charts` feature.
//!
//! Each chart is a standalone SVG document as a `String`, worded in a
//! [`Locale`]: a title, a line saying what the chart is about (the site,
//! the period, the number of answers), axis labels, a legend, and the value
//! beside each bar (and beside each point of a single line). A [`Context`]
//! draws every chart and says what it is about: its language, the
//! [`ServiceModel`] whose phase and department names it shows, the site,
//! the period, the scale and the minimum number of answers; the free
//! functions (`charts::gaps_by_phase(&gaps, locale)`) draw with a context
//! of the locale alone. The charts are drawn with the SVG backend of
//! [plotters](https://docs.rs/plotters) and nothing else of it: no font is
//! loaded (text is placed by an estimate of its width and drawn by the
//! viewer), so no system library is needed.
//!
//! # Reading a chart
//!
//! - **Names, not ids.** With a model, a phase is shown by its name (with
//!   its sequence's name before it when the model has several sequences)
//!   and a department by its name; without one, by its id; a survey's
//!   series by its subject's name ([`Context::series`]). Dimensions,
//!   channels and every fixed text are in the chart's language.
//! - **One order of rows.** The gap and compliance charts (and the NPS
//!   chart) list phases in the order of the customer's journey: the
//!   model's sequences and their phases in the order the model gives them;
//!   phases the model lacks (or every phase, without a model) follow in
//!   the order of their paths. Departments follow the model's order, the
//!   steps without one last; dimensions SERVQUAL's order.
//! - **Axes that fit the scale.** Means run over the survey's scale (from
//!   1 on a 1–7 scale, not from 0: [`Context::scale`]), shares from 0 to
//!   100 %, NPS from −100 to +100. A figure with fewer answers than the
//!   minimum ([`Context::reporting`], 10 by default) is shown as "too few
//!   answers", never as a number, so that it neither misleads nor
//!   stretches the axis.
//! - **Compliance.** A phase whose standards were all not applicable or
//!   not observed has no score: it says "not scored" in grey italics and
//!   has no score bar, while a score of 0 % has a thin bar and its value.
//!
//! # Finding the marks
//!
//! Plotters gives an element no class, so a test or a reader finds the marks
//! drawn for the data by their shape and colour, one per data point:
//!
//! - a bar is a `<rect>` filled with its series' colour (each function
//!   lists its colours); the only other `<rect>` is the white background,
//!   and the legend's keys are `<polygon>`s;
//! - a point of [`measure_over_time`] is a `<circle>` (nothing else is);
//!   its line is a `<polyline>` of stroke width 3, its interval a
//!   `<polyline>` of six points (the whisker and its two caps), as is the
//!   interval of a gap.
//!
//! Plotters writes an element per line, so a line of the document starting
//! with `<rect` and holding a series' colour is one bar.
//!
//! # Text
//!
//! Plotters escapes `<`, `>`, `&`, `"` and `'` in all text; names given by
//! users (phases, departments, sites, periods, series, the measure,
//! wherever they are drawn: in a title, on an axis, in a legend) have the
//! characters XML cannot hold (most control characters) replaced by `�`
//! before. A long name is wrapped onto lines of at most
//! [`LINE_CHARS`] characters (at spaces, or within a word longer than a
//! line), never cut; only a name beyond [`MAX_LINES`] lines (far longer
//! than any real name) ends its last line with `…`, so the size of a chart
//! grows with the number of values drawn, never with the length of a name.
//! An input with nothing to draw gives a chart saying "no data".
//!
//! # Errors
//!
//! None: drawing into a `String` does not fail, and should plotters report
//! an error anyway, the function returns the chart saying "no data" (or, if
//! even that failed, an empty SVG document) rather than panic.
//!
//! # Examples
//!
//! ```
//! use service_standards::prelude::*;
//!
//! let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
//!     .items([
//!         FeedbackItem::new(Subject::Dimension(QualityDimension::Reliability), 6.6, 5.1),
//!         FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.2, 5.5),
//!     ])
//!     .build()?;
//! let svg = charts::gaps_by_phase(&feedback.gaps(), Locale::English);
//! assert!(svg.starts_with("<svg"));
//! // One bar, red: check-in falls short of expectation.
//! assert_eq!(svg.lines().filter(|l| l.starts_with("<rect") && l.contains("#C53030")).count(), 1);
//! assert!(svg.contains("stay/check-in") && svg.contains("−0.70"));
//! # Ok::<(), Error>(())
//! ```

mod words;

use std::fmt::Display;

use plotters::backend::SVGBackend;
use plotters::chart::ChartBuilder;
use plotters::coord::Shift;
use plotters::coord::combinators::BindKeyPoints;
use plotters::drawing::{DrawingArea, IntoDrawingArea};
use plotters::element::{Circle, EmptyElement, PathElement, Polygon, Rectangle, Text};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontFamily, FontStyle, IntoFont, RGBColor, TextStyle, WHITE};

use crate::model::{Id, PhasePath, QualityDimension, ServiceModel};
use crate::standard::wording::Number;
use crate::statistics::{Estimate, Reporting};
use crate::survey::{GapAnalysis, Measure, Scale, Subject, Summary};
use crate::{assess::ComplianceReport, assess::Tally, assess::Verdict, standard::Locale};
use words::ChartText;

/// The most characters of a line of a name: a longer name is wrapped.
///
/// # Examples
///
/// ```
/// assert_eq!(service_standards::charts::LINE_CHARS, 30);
/// ```
pub const LINE_CHARS: usize = 30;

/// The most lines a name is wrapped onto: beyond them (a name of more than
/// about `LINE_CHARS × MAX_LINES` characters), the last line ends with `…`.
///
/// # Examples
///
/// ```
/// assert_eq!(service_standards::charts::MAX_LINES, 6);
/// ```
pub const MAX_LINES: usize = 6;

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
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    label: String,
    value: f64,
    interval: Option<(f64, f64)>,
    answers: Option<usize>,
    too_few: bool,
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
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    name: String,
    points: Vec<Point>,
    range: Option<(f64, f64)>,
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

/// What charts are about and how they name it: the language, the model
/// whose names they show, and the site, period and number of answers their
/// titles state; the survey's scale and the minimum number of answers a
/// figure needs. Every chart is a method of it; the free functions draw
/// with [`Context::new`] of their locale.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
///
/// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.5, 4.5)])
///     .build()?;
/// let charts = charts::Context::new(Locale::Polish)
///     .model(&model)
///     .site("Gdańsk")
///     .period("lipiec–grudzień 2026")
///     .answers(412);
/// let svg = charts.gaps_by_phase(&feedback.gaps());
/// assert!(svg.contains("Luka według etapów"));
/// assert!(svg.contains("Gdańsk · lipiec–grudzień 2026 · 412 odpowiedzi"));
/// // The phase by its name in the model, not `stay/check-in`.
/// assert!(svg.contains("Check-in") && !svg.contains("stay/check-in"));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Context<'a> {
    locale: Locale,
    model: Option<&'a ServiceModel>,
    site: Option<String>,
    period: Option<String>,
    answers: Option<usize>,
    scale: Option<Scale>,
    reporting: Reporting,
}

impl<'a> Context<'a> {
    /// Charts in `locale`, with no model (phases and departments shown by
    /// their ids), no site, period or number of answers stated beyond what
    /// the data say, and the default [`Reporting`].
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let svg = charts::Context::new(Locale::English).measure_over_time("NPS", &[]);
    /// assert!(svg.contains("NPS over time") && svg.contains("no data"));
    /// ```
    #[must_use]
    pub fn new(locale: Locale) -> Self {
        Self {
            locale,
            model: None,
            site: None,
            period: None,
            answers: None,
            scale: None,
            reporting: Reporting::default(),
        }
    }

    /// Names phases and departments as `model` does, and orders phases as
    /// its sequences do.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    ///
    /// let gaps = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 5.0)])
    ///     .build()?
    ///     .gaps();
    /// assert!(charts::Context::new(Locale::English).gaps_by_phase(&gaps).contains("stay/check-in"));
    /// assert!(charts::Context::new(Locale::English).model(&model).gaps_by_phase(&gaps).contains("Check-in"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn model(mut self, model: &'a ServiceModel) -> Self {
        self.model = Some(model);
        self
    }

    /// The site the chart is about, as people call it (`Gdańsk`), for the
    /// line below the title.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let svg = charts::Context::new(Locale::English).site("Kraków <old town>").measure_over_time("NPS", &[]);
    /// assert!(svg.contains("Kraków &lt;old town&gt;"));
    /// ```
    #[must_use]
    pub fn site(mut self, site: impl Display) -> Self {
        self.site = Some(site.to_string());
        self
    }

    /// The period the chart is about (`July–December 2026`, a
    /// [`Period`](crate::survey::Period)), for the line below the title.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let q3 = Period::of(PeriodKind::Quarter, date(2026, 8, 1));
    /// let svg = charts::Context::new(Locale::English).period(q3).measure_over_time("NPS", &[]);
    /// assert!(svg.contains("2026-Q3"));
    /// ```
    #[must_use]
    pub fn period(mut self, period: impl Display) -> Self {
        self.period = Some(period.to_string());
        self
    }

    /// The number of answers the chart stands on, for the line below the
    /// title; without it, a chart of survey figures states the answers it
    /// counts itself (the sum of its figures' answers).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let svg = charts::Context::new(Locale::English).answers(1).measure_over_time("NPS", &[]);
    /// assert!(svg.contains("1 answer"));
    /// let svg = charts::Context::new(Locale::Polish).answers(22).measure_over_time("NPS", &[]);
    /// assert!(svg.contains("22 odpowiedzi"));
    /// ```
    #[must_use]
    pub fn answers(mut self, answers: usize) -> Self {
        self.answers = Some(answers);
        self
    }

    /// The survey's scale: means (expectation, perception, a mean over
    /// time) run over it, from its minimum, not from 0.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let scale = Scale::new(1.0, 7.0)?;
    /// let gaps = Feedback::builder(scale)
    ///     .items([FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 5.0)])
    ///     .build()?
    ///     .gaps();
    /// let svg = charts::Context::new(Locale::English).scale(scale).expectation_vs_perception(&gaps);
    /// // The value axis runs from 1 to 7: no tick at 0.
    /// assert!(svg.contains("7") && !svg.lines().any(|l| l.trim() == "0"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn scale(mut self, scale: Scale) -> Self {
        self.scale = Some(scale);
        self
    }

    /// The minimum number of answers a figure needs (default 10): below
    /// it a figure is shown as "too few answers".
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::statistics::Reporting;
    ///
    /// let charts = charts::Context::new(Locale::English).reporting(Reporting::default().minimum_answers(30));
    /// assert!(charts.nps(&[]).contains("no data"));
    /// ```
    #[must_use]
    pub fn reporting(mut self, reporting: Reporting) -> Self {
        self.reporting = reporting;
        self
    }

    /// Bars of the mean expectation (grey, `#A0AEC0`) and the mean perception
    /// (blue, `#2B6CB0`) of each quality dimension
    /// ([`GapAnalysis::by_dimension`]), side by side, on the scale's axis
    /// ([`scale`](Self::scale); without one, from 1, the bottom of the
    /// common survey scales, or from the lowest value if below).
    ///
    /// One bar per value: two per dimension.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Dimension(QualityDimension::Reliability), 6.6, 5.1)])
    ///     .build()?;
    /// let svg = charts::Context::new(Locale::Polish).expectation_vs_perception(&feedback.gaps());
    /// assert!(svg.contains("Oczekiwania i postrzeganie według wymiarów") && svg.contains("Niezawodność"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn expectation_vs_perception(&self, gaps: &GapAnalysis) -> String {
        let locale = self.locale;
        let rows = gaps
            .by_dimension()
            .iter()
            .map(|gap| {
                Row::new(
                    self.subject_name(gap.subject()),
                    vec![Some(gap.expectation()), Some(gap.perception())],
                )
            })
            .collect();
        let values = gaps.by_dimension().iter().flat_map(|g| [g.expectation(), g.perception()]);
        let domain = self.scale.map_or_else(
            || {
                let (min, max) = finite_range(values);
                (if min >= 1.0 { 1.0 } else { min.floor() }, max.max(1.0))
            },
            |scale| (scale.min(), scale.max()),
        );
        BarChart {
            title: locale.text(ChartText::ExpectationVsPerception).to_owned(),
            subtitle: self.subtitle(None, Count::Answers),
            categories: locale.text(ChartText::Dimension),
            value_axis: locale.text(ChartText::MeanScore),
            series: vec![
                Legend::new(locale.text(ChartText::Expectation), GREY),
                Legend::new(locale.text(ChartText::Perception), BLUE),
            ],
            rows,
            domain: Some(domain),
            unit: Unit::Plain,
            mode: Mode::Grouped,
        }
        .render(locale)
    }

    /// Bars of the gap (perception − expectation) of each phase
    /// ([`GapAnalysis::by_phase`]) from a zero line, in the order of the
    /// journey (see [Reading a chart](self#reading-a-chart)): a shortfall
    /// is red (`#C53030`) and points left, a surplus is blue (`#2B6CB0`)
    /// and points right. [`gaps_with_intervals`](Self::gaps_with_intervals)
    /// draws the gaps of survey answers with their intervals.
    ///
    /// One bar per phase.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([
    ///         FeedbackItem::new(Subject::Phase("stay/check-out".parse()?), 5.0, 5.5),
    ///         FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.5, 4.5),
    ///     ])
    ///     .build()?;
    /// let svg = charts::Context::new(Locale::English).gaps_by_phase(&feedback.gaps());
    /// // Without a model, in the order of the paths: check-in first.
    /// assert!(svg.find("stay/check-in") < svg.find("stay/check-out"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn gaps_by_phase(&self, gaps: &GapAnalysis) -> String {
        let mut phases: Vec<(&PhasePath, f64)> = gaps
            .by_phase()
            .iter()
            .filter_map(|gap| match gap.subject() {
                Subject::Phase(path) => Some((path, gap.difference())),
                _ => None,
            })
            .collect();
        phases.sort_by_cached_key(|(path, _)| self.phase_rank(path));
        let rows =
            phases.into_iter().map(|(path, gap)| Row::new(self.phase_name(path), vec![Some(gap)])).collect();
        self.gap_chart(rows, None)
    }

    /// Bars of the SERVQUAL gap (perception − expectation) of each phase
    /// from the survey's answers (the [`Summary`]s of
    /// [`Responses::aggregate`](crate::survey::Responses::aggregate) whose
    /// measure is SERVQUAL and whose subject is a phase; the others are left
    /// out), each with its 95 % interval as a whisker (a `<polyline>` of six
    /// points in `#1A202C`), coloured and ordered as
    /// [`gaps_by_phase`](Self::gaps_by_phase). A phase with fewer answers
    /// than the minimum says "too few answers" and has no bar. A summary
    /// grouped by site, channel or period has them after its name.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let check_in = Subject::Phase("stay/check-in".parse()?);
    /// let answers = (0..12).map(|n| {
    ///     let answer = Answer::Servqual { expectation: 7.0, perception: f64::from(4 + n % 3) };
    ///     Response::new(format!("r{n}"), date(2026, 3, 2), check_in.clone(), answer)
    /// });
    /// let responses = Responses::builder().responses(answers).build()?;
    /// let svg = charts::Context::new(Locale::English).gaps_with_intervals(&responses.aggregate(By::subject()));
    /// assert_eq!(svg.lines().filter(|l| l.starts_with("<rect") && l.contains("#C53030")).count(), 1);
    /// assert_eq!(svg.lines().filter(|l| l.starts_with("<polyline") && l.contains("#1A202C")).count(), 1);
    /// assert!(svg.contains("12 answers"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn gaps_with_intervals(&self, summaries: &[Summary]) -> String {
        let mut phases: Vec<&Summary> = summaries
            .iter()
            .filter(|s| s.measure() == Measure::Servqual && matches!(s.subject(), Subject::Phase(_)))
            .collect();
        phases.sort_by_cached_key(|s| self.summary_rank(s));
        let answers = phases.iter().map(|s| s.estimate().count()).sum();
        let rows = phases
            .iter()
            .map(|s| {
                let label = self.summary_name(s);
                match s.figure(&self.reporting).estimate() {
                    Some(estimate) => Row {
                        intervals: vec![estimate.interval()],
                        ..Row::new(label, vec![Some(estimate.mean())])
                    },
                    None => self.too_few_row(label, s.estimate()),
                }
            })
            .collect();
        self.gap_chart(rows, Some(answers))
    }

    fn gap_chart(&self, rows: Vec<Row>, answers: Option<usize>) -> String {
        let locale = self.locale;
        BarChart {
            title: locale.text(ChartText::GapsByPhase).to_owned(),
            subtitle: self.subtitle(answers, Count::Answers),
            categories: locale.text(ChartText::Phase),
            value_axis: locale.text(ChartText::Gap),
            series: vec![
                Legend::new(locale.text(ChartText::Shortfall), RED),
                Legend::new(locale.text(ChartText::Surplus), BLUE),
            ],
            rows,
            domain: None,
            unit: Unit::Plain,
            mode: Mode::BySign,
        }
        .render(locale)
    }

    /// Bars of the compliance score (blue, `#2B6CB0`) and the coverage
    /// (grey, `#A0AEC0`) of each phase ([`ComplianceReport::by_phase`]),
    /// from 0 to 100 %, in the order of the journey (as the gap charts): a
    /// phase with no passed or failed item has no score bar and says "not
    /// scored"; a score of 0 % has a thin bar and its value. The line below
    /// the title counts the standards checked (passed or failed).
    ///
    /// One bar per score and per coverage.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let audit = Audit::builder()
    ///     .entries([AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Pass)])
    ///     .build()?;
    /// let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// let svg = charts::Context::new(Locale::English).model(&model).site("Gdańsk").compliance_by_phase(&report);
    /// assert!(svg.contains("Gdańsk · 1 standard checked"));
    /// assert!(svg.contains("Check-in") && svg.contains("100%"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn compliance_by_phase(&self, report: &ComplianceReport) -> String {
        let mut phases = report.by_phase();
        phases.sort_by_cached_key(|(path, _)| self.phase_rank(path));
        let rows =
            phases.into_iter().map(|(phase, tally)| compliance_row(self.phase_name(phase), tally)).collect();
        self.compliance(ChartText::ComplianceByPhase, ChartText::Phase, rows, report)
    }

    /// Bars of the compliance score (blue, `#2B6CB0`) and the coverage
    /// (grey, `#A0AEC0`) of each department
    /// ([`ComplianceReport::by_department`]), by name and in the model's
    /// order, as [`compliance_by_phase`](Self::compliance_by_phase); the
    /// steps without a department make a row of their own, last.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// let svg = charts::Context::new(Locale::Polish).model(&model).compliance_by_department(&report);
    /// assert!(svg.contains("Zgodność według działów") && svg.contains("Front office"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn compliance_by_department(&self, report: &ComplianceReport) -> String {
        let mut departments = report.by_department();
        departments.sort_by_cached_key(|(department, _)| self.department_rank(*department));
        let rows = departments
            .into_iter()
            .map(|(department, tally)| {
                let name = department.map_or_else(
                    || self.locale.text(ChartText::NoDepartment).to_owned(),
                    |id| self.department_name(id),
                );
                compliance_row(name, tally)
            })
            .collect();
        self.compliance(ChartText::ComplianceByDepartment, ChartText::Department, rows, report)
    }

    fn compliance(
        &self,
        title: ChartText,
        categories: ChartText,
        rows: Vec<Row>,
        report: &ComplianceReport,
    ) -> String {
        let locale = self.locale;
        let overall = report.overall();
        let checked = overall.count(Verdict::Pass) + overall.count(Verdict::Fail);
        BarChart {
            title: locale.text(title).to_owned(),
            subtitle: self.subtitle(Some(checked), Count::Checked),
            categories: locale.text(categories),
            value_axis: locale.text(ChartText::PercentAxis),
            series: vec![
                Legend::new(locale.text(ChartText::Score), BLUE),
                Legend::new(locale.text(ChartText::Coverage), GREY),
            ],
            rows,
            domain: Some((0.0, 100.0)),
            unit: Unit::Percent,
            mode: Mode::Grouped,
        }
        .render(locale)
    }

    /// Stacked bars of the shares of detractors (0–6, red `#C53030`),
    /// passives (7–8, grey `#A0AEC0`) and promoters (9–10, green
    /// `#2F855A`) of each NPS [`Summary`] (its
    /// [`nps_counts`](Summary::nps_counts); summaries of other measures are
    /// left out), from 0 to 100 %, with the NPS after each bar. Rows:
    /// the service overall, then dimensions, then phases in the order of
    /// the journey; a summary grouped by site, channel or period has them
    /// after its name, periods in time order. A row with fewer answers than
    /// the minimum says "too few answers" and has no bar.
    ///
    /// One bar per share above zero (three per row at most).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// // 5 promoters, 3 passives, 2 detractors: NPS +30.
    /// let scores = [10, 9, 9, 10, 9, 8, 7, 7, 3, 6];
    /// let responses = Responses::builder()
    ///     .responses(scores.iter().enumerate().map(|(n, &s)| {
    ///         Response::new(format!("r{n}"), date(2026, 3, 1), Subject::Overall, Answer::Nps(s))
    ///     }))
    ///     .build()?;
    /// let svg = charts::Context::new(Locale::English).nps(&responses.aggregate(By::subject()));
    /// assert!(svg.contains("Promoters, passives and detractors") && svg.contains("Overall"));
    /// assert!(svg.contains("50%") && svg.contains("30%") && svg.contains("20%") && svg.contains("NPS +30"));
    /// assert_eq!(svg.lines().filter(|l| l.starts_with("<rect") && l.contains("#2F855A")).count(), 1);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn nps(&self, summaries: &[Summary]) -> String {
        let locale = self.locale;
        let mut rows: Vec<(&Summary, _)> =
            summaries.iter().filter_map(|s| s.nps_counts().map(|counts| (s, *counts))).collect();
        rows.sort_by_cached_key(|(s, _)| self.summary_rank(s));
        let answers = rows.iter().map(|(_, counts)| counts.total()).sum();
        let rows = rows
            .into_iter()
            .map(|(s, counts)| {
                let label = self.summary_name(s);
                let (Some(nps), Some(_)) = (counts.estimate(), s.figure(&self.reporting).estimate()) else {
                    return self.too_few_row(label, s.estimate());
                };
                let share = |e: Option<Estimate>| e.map(|e| e.mean());
                let values = vec![
                    share(counts.detractor_share()),
                    share(counts.passive_share()),
                    share(counts.promoter_share()),
                ];
                let sign = if nps.mean().round() > 0.0 { "+" } else { "" };
                let end = format!("NPS {sign}{}", number(nps.mean(), 0, Unit::Plain, locale));
                Row { end: Some(end), ..Row::new(label, values) }
            })
            .collect();
        BarChart {
            title: locale.text(ChartText::NpsShares).to_owned(),
            subtitle: self.subtitle(Some(answers), Count::Answers),
            categories: locale.text(ChartText::Subject),
            value_axis: locale.text(ChartText::ShareOfAnswers),
            series: vec![
                Legend::new(locale.text(ChartText::Detractors), RED),
                Legend::new(locale.text(ChartText::Passives), GREY),
                Legend::new(locale.text(ChartText::Promoters), GREEN),
            ],
            rows,
            domain: Some((0.0, 100.0)),
            unit: Unit::Percent,
            mode: Mode::Stacked,
        }
        .render(locale)
    }

    /// A line per [`Series`] of `measure` (its name, for the title and the
    /// value axis) over the periods, with a whisker for each point's
    /// interval. The periods are the points' labels in time order: each
    /// series gives its points in the order of their periods, and the axis
    /// merges those orders (periods no series orders against each other
    /// take the order of their labels, which is time order for `2026-03`,
    /// `2026-Q1` and ISO dates). A point whose value is not finite is left
    /// out; a point with [too few answers](Point::too_few) keeps its period
    /// on the axis, says "too few answers" there, and breaks its line. The
    /// value axis covers the series' [ranges](Series::within) (NPS −100 to
    /// +100, a share 0 to 100), else the [scale](Self::scale), else the
    /// values. The lines take the colours of the Okabe–Ito palette, in
    /// order (`#0072B2` first); a single line of at most 12 periods has its
    /// values written beside its points (more would crowd them).
    ///
    /// One point (a `<circle>`) per value drawn.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use charts::{Point, Series};
    ///
    /// let nps = Series::new("hotel", [
    ///     Point::new("2026-01", 31.0).within(22.0, 40.0),
    ///     Point::too_few("2026-02", 2),
    ///     Point::new("2026-03", 45.0).within(37.0, 53.0),
    /// ]).within(-100.0, 100.0);
    /// let svg = charts::Context::new(Locale::English).site("Gdańsk").measure_over_time("NPS", &[nps]);
    /// assert!(svg.contains("NPS over time") && svg.contains("Gdańsk"));
    /// assert!(svg.contains("too few answers (2)"));
    /// assert_eq!(svg.matches("<circle").count(), 2);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn measure_over_time(&self, measure: &str, series: &[Series]) -> String {
        let locale = self.locale;
        let title = format!("{} {}", safe(measure), locale.text(ChartText::OverTime));
        let counted: Option<usize> = series
            .iter()
            .flat_map(|s| &s.points)
            .map(|p| p.answers)
            .try_fold(0_usize, |sum, n| n.map(|n| sum.saturating_add(n)));
        let counted = counted.filter(|_| series.iter().any(|s| !s.points.is_empty()));
        let chart = LineChart { measure, series, scale: self.scale };
        let subtitle = self.subtitle(counted, Count::Answers);
        chart
            .draw(&title, subtitle.as_deref(), locale)
            .unwrap_or_else(|| no_data(&title, subtitle.as_deref(), locale))
    }

    /// The chart series of a survey measure over time, as
    /// [`Series::from_survey_with`] makes it with the context's
    /// [`reporting`](Self::reporting), named for people: by its subject's
    /// name in the chart's language (a phase by its name in the model, a
    /// dimension by its label, the service overall as `Overall`), not by
    /// ids.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    ///
    /// let check_in = Subject::Phase("stay/check-in".parse()?);
    /// let responses = Responses::builder()
    ///     .responses((0..10).map(|n| Response::new(format!("r{n}"), date(2026, 1, 5), check_in.clone(), Answer::Nps(9))))
    ///     .build()?;
    /// let survey = responses.series(&check_in, Measure::Nps, PeriodKind::Month);
    /// let context = charts::Context::new(Locale::Polish).model(&model);
    /// assert_eq!(context.series(&survey).name(), "Check-in");
    /// assert_eq!(context.series(&responses.series(&Subject::Overall, Measure::Nps, PeriodKind::Month)).name(), "Ogółem");
    /// assert_eq!(context.series(&survey).points()[0].value(), 100.0);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn series(&self, series: &crate::survey::Series) -> Series {
        let drawn = Series::from_survey_with(series, &self.reporting);
        Series { name: self.subject_name(series.subject()), ..drawn }
    }

    /// The line below the title: the site, the period and the count (the
    /// context's answers, else `counted`), those known, joined by ` · `.
    fn subtitle(&self, counted: Option<usize>, count: Count) -> Option<String> {
        let n = match count {
            // Nothing counted (no data) is no count.
            Count::Answers => {
                self.answers.or(counted.filter(|n| *n > 0)).map(|n| words::answers(self.locale, n))
            }
            Count::Checked => counted.map(|n| words::checked(self.locale, n)),
        };
        let parts: Vec<String> = [self.site.as_deref().map(safe), self.period.as_deref().map(safe), n]
            .into_iter()
            .flatten()
            .collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }

    fn too_few_row(&self, label: String, estimate: &Estimate) -> Row {
        let note = format!("{} ({})", self.locale.text(ChartText::TooFewAnswers), estimate.count());
        Row { note: Some(note), ..Row::new(label, Vec::new()) }
    }

    /// A phase by its name in the model (after its sequence's when the
    /// model has several), else by its path.
    fn phase_name(&self, path: &PhasePath) -> String {
        let found = self.model.and_then(|model| {
            let sequence = model.sequence(path.sequence().as_str())?;
            let phase = sequence.phase(path.phase().as_str())?;
            Some(if model.sequences().len() > 1 {
                format!("{}: {}", sequence.name(), phase.name())
            } else {
                phase.name().to_owned()
            })
        });
        found.unwrap_or_else(|| path.to_string())
    }

    fn department_name(&self, id: &Id) -> String {
        self.model
            .and_then(|model| model.department(id.as_str()))
            .map_or_else(|| id.to_string(), |d| d.name().to_owned())
    }

    fn subject_name(&self, subject: &Subject) -> String {
        match subject {
            Subject::Dimension(dimension) => dimension_label(*dimension, self.locale),
            Subject::Phase(path) => self.phase_name(path),
            Subject::Overall => self.locale.text(ChartText::Overall).to_owned(),
        }
    }

    /// A summary's subject, then what it was grouped by.
    fn summary_name(&self, summary: &Summary) -> String {
        let mut parts = vec![self.subject_name(summary.subject())];
        parts.extend(summary.site().map(ToString::to_string));
        parts.extend(summary.channel().map(|c| crate::standard::wording::capitalised(self.locale.label(c))));
        parts.extend(summary.period().map(|p| p.to_string()));
        parts.join(" · ")
    }

    /// Where a phase comes in the journey: the model's sequences and
    /// phases in order, then the others by path.
    fn phase_rank(&self, path: &PhasePath) -> (usize, usize, PhasePath) {
        let place = self.model.and_then(|model| {
            let (s, sequence) =
                model.sequences().iter().enumerate().find(|(_, s)| s.id() == path.sequence())?;
            let p = sequence.phases().iter().position(|p| p.id() == path.phase())?;
            Some((s, p))
        });
        let (s, p) = place.unwrap_or((usize::MAX, usize::MAX));
        (s, p, path.clone())
    }

    fn department_rank(&self, department: Option<&Id>) -> (usize, Option<Id>) {
        let Some(id) = department else { return (usize::MAX, None) };
        let place = self.model.and_then(|model| model.departments().iter().position(|d| d.id() == id));
        (place.unwrap_or(usize::MAX - 1), Some(id.clone()))
    }

    /// The overall first, then dimensions in SERVQUAL's order, then phases
    /// in the journey's; then site, channel and period.
    #[allow(clippy::type_complexity, reason = "a sort key")]
    fn summary_rank(
        &self,
        summary: &Summary,
    ) -> ((u8, usize, usize, Option<PhasePath>), Option<Id>, Option<String>, Option<crate::survey::Period>)
    {
        let subject = match summary.subject() {
            Subject::Overall => (0, 0, 0, None),
            Subject::Dimension(d) => (1, dimension_rank(*d), 0, None),
            Subject::Phase(path) => {
                let (s, p, path) = self.phase_rank(path);
                (2, s, p, Some(path))
            }
        };
        (subject, summary.site().cloned(), summary.channel().map(|c| c.to_string()), summary.period())
    }
}

/// Bars of the mean expectation (grey, `#A0AEC0`) and the mean perception
/// (blue, `#2B6CB0`) of each quality dimension
/// ([`GapAnalysis::by_dimension`]), side by side: the chart of
/// [`Context::expectation_vs_perception`] with a context of `locale` alone.
///
/// One bar per value: two per dimension.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
///     .items([
///         FeedbackItem::new(Subject::Dimension(QualityDimension::Reliability), 6.6, 5.1),
///         FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 6.2),
///     ])
///     .build()?;
/// let svg = charts::expectation_vs_perception(&feedback.gaps(), Locale::English);
/// assert!(svg.contains("Expectation and perception by dimension"));
/// let bars = |colour| svg.lines().filter(|l| l.starts_with("<rect") && l.contains(colour)).count();
/// assert_eq!((bars("#A0AEC0"), bars("#2B6CB0")), (2, 2));
/// # Ok::<(), Error>(())
/// ```
#[must_use]
pub fn expectation_vs_perception(gaps: &GapAnalysis, locale: Locale) -> String {
    Context::new(locale).expectation_vs_perception(gaps)
}

/// Bars of the gap (perception − expectation) of each phase
/// ([`GapAnalysis::by_phase`]) from a zero line: a shortfall is red
/// (`#C53030`) and points left, a surplus is blue (`#2B6CB0`) and points
/// right: the chart of [`Context::gaps_by_phase`] with a context of
/// `locale` alone (phases by their paths, in their order).
///
/// One bar per phase.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
///     .items([
///         FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.5, 4.5),
///         FeedbackItem::new(Subject::Phase("stay/check-out".parse()?), 5.0, 5.5),
///     ])
///     .build()?;
/// let svg = charts::gaps_by_phase(&feedback.gaps(), Locale::English);
/// let bars = |colour| svg.lines().filter(|l| l.starts_with("<rect") && l.contains(colour)).count();
/// assert_eq!(bars("#C53030"), 1); // check-in: a shortfall
/// assert_eq!(bars("#2B6CB0"), 1); // check-out: a surplus
/// assert!(svg.contains("−2.00") && svg.contains("0.50"));
/// # Ok::<(), Error>(())
/// ```
#[must_use]
pub fn gaps_by_phase(gaps: &GapAnalysis, locale: Locale) -> String {
    Context::new(locale).gaps_by_phase(gaps)
}

/// Bars of the compliance score (blue, `#2B6CB0`) and the coverage (grey,
/// `#A0AEC0`) of each phase ([`ComplianceReport::by_phase`]), in percent; a
/// phase with no passed or failed item has no score bar and says so.
///
/// One bar per score and per coverage.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let audit = Audit::builder()
///     .entries([AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Pass)])
///     .build()?;
/// let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new()));
/// let svg = charts::compliance_by_phase(&report, Locale::English);
/// let bars = |colour| svg.lines().filter(|l| l.starts_with("<rect") && l.contains(colour)).count();
/// let phases = report.by_phase().len();
/// let scored = report.by_phase().iter().filter(|(_, tally)| tally.score().is_some()).count();
/// assert_eq!(bars("#2B6CB0"), scored);
/// assert_eq!(bars("#A0AEC0"), phases);
/// assert_eq!(svg.matches("not scored").count(), phases - scored);
/// # Ok::<(), Error>(())
/// ```
#[must_use]
pub fn compliance_by_phase(report: &ComplianceReport, locale: Locale) -> String {
    Context::new(locale).compliance_by_phase(report)
}

/// Bars of the compliance score (blue, `#2B6CB0`) and the coverage (grey,
/// `#A0AEC0`) of each department ([`ComplianceReport::by_department`]), in
/// percent; the steps without a department make a row of their own.
///
/// One bar per score and per coverage.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
/// let svg = charts::compliance_by_department(&report, Locale::English);
/// assert!(svg.contains("Compliance by department"));
/// // Nothing observed: a coverage bar (of zero) per department, no score.
/// let bars = |colour| svg.lines().filter(|l| l.starts_with("<rect") && l.contains(colour)).count();
/// assert_eq!(bars("#A0AEC0"), report.by_department().len());
/// assert_eq!(bars("#2B6CB0"), 0);
/// # Ok::<(), Error>(())
/// ```
#[must_use]
pub fn compliance_by_department(report: &ComplianceReport, locale: Locale) -> String {
    Context::new(locale).compliance_by_department(report)
}

/// A line per [`Series`] of `measure` over the periods, in time order,
/// with a whisker for each point's interval: the chart of
/// [`Context::measure_over_time`] with a context of `locale` alone.
///
/// One point (a `<circle>`) per value drawn.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// use charts::{Point, Series};
///
/// let nps = Series::new("hotel", [
///     Point::new("2026-01", 31.0).within(22.0, 40.0),
///     Point::new("2026-02", 38.0).within(30.0, 46.0),
///     Point::new("2026-03", 45.0).within(37.0, 53.0),
/// ]);
/// let svg = charts::measure_over_time("NPS", &[nps], Locale::English);
/// assert!(svg.contains("NPS over time") && svg.contains("2026-02") && svg.contains("38.00"));
/// assert_eq!(svg.matches("<circle").count(), 3);
/// // The line (stroke width 3) and a whisker per interval (width 1), in the line's colour.
/// let drawn = |width| {
///     svg.lines().filter(|l| l.starts_with("<polyline") && l.contains("#0072B2") && l.contains(width)).count()
/// };
/// assert_eq!(drawn("stroke-width=\"3\""), 1);
/// assert_eq!(drawn("stroke-width=\"1\""), 3);
/// ```
#[must_use]
pub fn measure_over_time(measure: &str, series: &[Series], locale: Locale) -> String {
    Context::new(locale).measure_over_time(measure, series)
}

/// Bars of the SERVQUAL gap of each phase from survey answers, with their
/// 95 % intervals: the chart of [`Context::gaps_with_intervals`] with a
/// context of `locale` alone.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// use service_standards::jiff::civil::date;
///
/// let check_in = Subject::Phase("stay/check-in".parse()?);
/// let answer = Answer::Servqual { expectation: 7.0, perception: 5.0 };
/// let responses = Responses::builder()
///     .responses([Response::new("a", date(2026, 3, 2), check_in, answer)])
///     .build()?;
/// // One answer: too few to show a gap.
/// let svg = charts::gaps_with_intervals(&responses.aggregate(By::subject()), Locale::English);
/// assert!(svg.contains("too few answers (1)") && !svg.contains("#C53030\" stroke"));
/// # Ok::<(), Error>(())
/// ```
#[must_use]
pub fn gaps_with_intervals(summaries: &[Summary], locale: Locale) -> String {
    Context::new(locale).gaps_with_intervals(summaries)
}

/// Stacked bars of the shares of detractors, passives and promoters of
/// each NPS summary: the chart of [`Context::nps`] with a context of
/// `locale` alone.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// use service_standards::jiff::civil::date;
///
/// let responses = Responses::builder()
///     .responses((0..10).map(|n| Response::new(format!("r{n}"), date(2026, 3, 1), Subject::Overall, Answer::Nps(9))))
///     .build()?;
/// let svg = charts::nps(&responses.aggregate(By::subject()), Locale::Polish);
/// assert!(svg.contains("Promotorzy") && svg.contains("Ogółem") && svg.contains("NPS +100"));
/// # Ok::<(), Error>(())
/// ```
#[must_use]
pub fn nps(summaries: &[Summary], locale: Locale) -> String {
    Context::new(locale).nps(summaries)
}

fn compliance_row(label: String, tally: &Tally) -> Row {
    Row::new(label, vec![tally.score().map(|s| s * 100.0), tally.coverage().map(|c| c * 100.0)])
}

fn dimension_label(dimension: QualityDimension, locale: Locale) -> String {
    crate::standard::wording::capitalised(locale.label(dimension))
}

fn dimension_rank(dimension: QualityDimension) -> usize {
    crate::survey::feedback::servqual_rank(dimension)
}

/// The smallest and largest finite values (0 and 0 if none is).
fn finite_range(values: impl Iterator<Item = f64>) -> (f64, f64) {
    let (min, max) = values
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if min <= max { (min, max) } else { (0.0, 0.0) }
}

// --- Drawing ----------------------------------------------------------------

/// The whole document, in pixels from its top left corner.
type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
/// What plotters' drawing calls return: an error if the backend's writing
/// failed (which a `String` never does) or plotters could not lay the chart
/// out; the chart functions then draw "no data".
type Drawn = Result<(), Box<dyn std::error::Error>>;

const WIDTH: u32 = 760;
/// Room below the value axis' name.
const MARGIN_BOTTOM: u32 = 8;
const BLUE: RGBColor = RGBColor(0x2b, 0x6c, 0xb0);
const GREY: RGBColor = RGBColor(0xa0, 0xae, 0xc0);
const RED: RGBColor = RGBColor(0xc5, 0x30, 0x30);
const GREEN: RGBColor = RGBColor(0x2f, 0x85, 0x5a);
/// Text, axes and the zero line.
const INK: RGBColor = RGBColor(0x2d, 0x37, 0x48);
/// The title, and the whiskers of the gaps' intervals.
const TITLE_INK: RGBColor = RGBColor(0x1a, 0x20, 0x2c);
/// Notes ("not scored", "too few answers", "no data").
const FAINT: RGBColor = RGBColor(0x71, 0x80, 0x96);
const GRID: RGBColor = RGBColor(0xe2, 0xe8, 0xf0);
/// The lines of a chart over time, in order (distinguishable in colour
/// blindness: the Okabe–Ito palette).
const PALETTE: [RGBColor; 7] = [
    RGBColor(0x00, 0x72, 0xb2),
    RGBColor(0xe6, 0x9f, 0x00),
    RGBColor(0x00, 0x9e, 0x73),
    RGBColor(0xcc, 0x79, 0xa7),
    RGBColor(0x56, 0xb4, 0xe9),
    RGBColor(0xd5, 0x5e, 0x00),
    RGBColor(0x00, 0x00, 0x00),
];
/// Plotters writes a font size divided by 1.24: these give 12 px labels,
/// a 16 px "no data" and an 18 px title.
const TEXT_SIZE: f64 = 15.0;
const NO_DATA_SIZE: f64 = 20.0;
const TITLE_SIZE: f64 = 22.0;
/// An estimate of the width of a character of a label (12 px), to leave
/// room for the longest.
const CHAR_WIDTH: f64 = 7.0;
/// The most periods a single line has its values written beside.
const MAX_VALUES_WRITTEN: usize = 12;
/// The height of a line of a label (12 px text).
const LINE_HEIGHT: i32 = 15;
/// The most characters of a line of the title (18 px bold) and of the
/// line below it.
const TITLE_CHARS: usize = 62;
const SUBTITLE_CHARS: usize = 100;
/// The most characters of a line of a legend's entry and of a period.
const LEGEND_CHARS: usize = 40;
const PERIOD_CHARS: usize = 16;
/// The axes run over whole numbers (plotters formats no other key points of
/// one's choosing): a value axis from 0 to `SCALE`, a period `SCALE` wide.
const SCALE: i32 = 10_000;
/// The rows of a bar chart in tenths of a pixel.
const ROW_UNITS: i32 = 10;
/// The document when even the "no data" chart could not be drawn.
const EMPTY: &str =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"200\" viewBox=\"0 0 760 200\"></svg>\n";

#[derive(Clone, Copy)]
enum Unit {
    Plain,
    Percent,
}

/// What the count below a title counts.
#[derive(Clone, Copy)]
enum Count {
    Answers,
    Checked,
}

/// How a bar chart colours and places its bars.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// A bar per series, side by side, in the series' colours.
    Grouped,
    /// One bar, in the first series' colour below zero, the second's above.
    BySign,
    /// One bar of the series' values end to end.
    Stacked,
}

struct Legend {
    name: String,
    colour: RGBColor,
}

impl Legend {
    fn new(name: &str, colour: RGBColor) -> Self {
        Self { name: name.to_owned(), colour }
    }
}

/// A row of a bar chart: its label, a value per series (and optionally its
/// interval), or a note instead of bars; text after the bar.
struct Row {
    label: String,
    values: Vec<Option<f64>>,
    intervals: Vec<Option<(f64, f64)>>,
    note: Option<String>,
    end: Option<String>,
}

impl Row {
    fn new(label: String, values: Vec<Option<f64>>) -> Self {
        Self { label, values, intervals: Vec::new(), note: None, end: None }
    }
}

/// A text style: sans-serif of `size`, in `colour`, placed from `anchor`.
fn style(size: f64, colour: &'static RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    TextStyle::from((FontFamily::SansSerif, size).into_font()).color(colour).pos(Pos::new(h, v))
}

/// A note's style: faint italics.
fn note_style(h: HPos, v: VPos) -> TextStyle<'static> {
    let note = style(TEXT_SIZE, &FAINT, h, v);
    TextStyle { font: note.font.style(FontStyle::Italic), ..note }
}

/// Draws a document of `width` × `height` pixels with `draw`; `None` if
/// plotters reported an error.
fn svg(width: u32, height: u32, draw: impl FnOnce(&Area<'_>) -> Drawn) -> Option<String> {
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        root.fill(&WHITE).ok()?;
        draw(&root).ok()?;
        root.present().ok()?;
    }
    Some(out)
}

/// A width in characters as pixels.
fn text_width(chars: usize) -> i32 {
    #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss, reason = "short lines")]
    let width = (chars as f64 * CHAR_WIDTH).round() as i32;
    width
}

/// The widest of `lines`, in characters.
fn widest<'a>(lines: impl IntoIterator<Item = &'a String>) -> usize {
    lines.into_iter().map(|l| l.chars().count()).max().unwrap_or(0)
}

/// The title, the line below it and the legend, laid out: what is drawn
/// above the plot.
struct Header {
    title: Vec<String>,
    subtitle: Vec<String>,
    /// Each entry's key (its top left corner), name and colour.
    legend: Vec<((i32, i32), Vec<String>, RGBColor)>,
    height: u32,
}

impl Header {
    /// The header of `title` and `subtitle`, the legend from `left`: its
    /// entries in rows as wide as the document.
    fn new(title: &str, subtitle: Option<&str>, left: i32, legend: &[(String, RGBColor)]) -> Self {
        let title = wrap(title, TITLE_CHARS);
        let subtitle = subtitle.map(|s| wrap(s, SUBTITLE_CHARS)).unwrap_or_default();
        let lines = |n: usize| i32::try_from(n).unwrap_or(i32::MAX);
        let mut y = 14 + 24 * lines(title.len()) + 18 * lines(subtitle.len()) + 6;
        let mut entries = Vec::with_capacity(legend.len());
        let (mut x, mut row_height) = (left, 0);
        #[allow(clippy::cast_possible_wrap, reason = "760")]
        let right = WIDTH as i32 - 12;
        for (name, colour) in legend {
            let name = wrap(name, LEGEND_CHARS);
            let width = text_width(widest(&name)) + 44;
            if x > left && x + width > right {
                (x, y) = (left, y + row_height);
                row_height = 0;
            }
            row_height = row_height.max(LINE_HEIGHT * lines(name.len()) + 6);
            entries.push(((x, y), name, *colour));
            x += width;
        }
        let height = y + row_height + 6;
        Self { title, subtitle, legend: entries, height: u32::try_from(height).unwrap_or(0) }
    }

    fn draw(&self, root: &Area<'_>) -> Drawn {
        let title_style =
            TextStyle::from((FontFamily::SansSerif, TITLE_SIZE).into_font().style(FontStyle::Bold))
                .color(&TITLE_INK)
                .pos(Pos::new(HPos::Left, VPos::Top));
        let mut y = 14;
        for line in &self.title {
            root.draw(&Text::new(line.clone(), (20, y), title_style.clone()))?;
            y += 24;
        }
        for line in &self.subtitle {
            root.draw(&Text::new(line.clone(), (20, y), style(TEXT_SIZE, &INK, HPos::Left, VPos::Top)))?;
            y += 18;
        }
        for ((x, y), name, colour) in &self.legend {
            let key = vec![(*x, *y), (x + 12, *y), (x + 12, y + 12), (*x, y + 12)];
            root.draw(&Polygon::new(key, colour.filled()))?;
            let mut line_y = y + 6;
            for line in name {
                let text = style(TEXT_SIZE, &INK, HPos::Left, VPos::Center);
                root.draw(&Text::new(line.clone(), (x + 18, line_y), text))?;
                line_y += LINE_HEIGHT;
            }
        }
        Ok(())
    }
}

/// A chart with only its title, the line below it and "no data".
fn no_data(title: &str, subtitle: Option<&str>, locale: Locale) -> String {
    let header = Header::new(title, subtitle, 20, &[]);
    let height = header.height + 100;
    let drawn = svg(WIDTH, height, |root| {
        header.draw(root)?;
        let note = style(NO_DATA_SIZE, &FAINT, HPos::Center, VPos::Center);
        #[allow(clippy::cast_possible_wrap, reason = "760 and a few hundred")]
        root.draw(&Text::new(
            locale.text(ChartText::NoData),
            (WIDTH as i32 / 2, header.height as i32 + 50),
            note,
        ))?;
        Ok(())
    });
    drawn.unwrap_or_else(|| EMPTY.to_owned())
}

/// Horizontal bars: one row per group, one bar per series in it (or one
/// bar of them all, stacked).
struct BarChart {
    title: String,
    subtitle: Option<String>,
    categories: &'static str,
    value_axis: &'static str,
    series: Vec<Legend>,
    rows: Vec<Row>,
    /// The value range the axis covers at least; otherwise from the values
    /// (always with zero).
    domain: Option<(f64, f64)>,
    unit: Unit,
    mode: Mode,
}

impl BarChart {
    fn render(self, locale: Locale) -> String {
        let any =
            self.rows.iter().any(|r| r.note.is_some() || r.values.iter().flatten().any(|v| v.is_finite()));
        let subtitle = self.subtitle.as_deref();
        if !any {
            return no_data(&self.title, subtitle, locale);
        }
        self.draw(locale).unwrap_or_else(|| no_data(&self.title, subtitle, locale))
    }

    #[allow(clippy::too_many_lines, reason = "one drawing, step by step")]
    fn draw(&self, locale: Locale) -> Option<String> {
        let ends = self.rows.iter().flat_map(|r| {
            let intervals = r.intervals.iter().flatten().flat_map(|(lo, hi)| [*lo, *hi]);
            r.values.iter().flatten().copied().chain(intervals)
        });
        let (low, high) = match self.domain {
            Some(domain) if self.mode == Mode::Stacked => domain,
            Some((low, high)) => {
                let (min, max) = finite_range(ends);
                (low.min(min), high.max(max))
            }
            None => {
                let (min, max) = finite_range(ends);
                let (min, max) = (min.min(0.0), max.max(0.0));
                // Room left of the longest shortfall for its value (a
                // surplus' value has the right margin).
                let pad = (max * 0.12 - min * 0.12).max(f64::EPSILON);
                (if min < 0.0 { (min - pad).max(f64::MIN) } else { 0.0 }, max)
            }
        };
        let ticks = Ticks::new(low, high);
        let bars = if self.mode == Mode::Grouped { self.series.len().max(1) } else { 1 };
        let bars = i32::try_from(bars).unwrap_or(1);
        let labels: Vec<Vec<String>> = self.rows.iter().map(|r| wrap(&r.label, LINE_CHARS)).collect();
        // Each row's height in pixels: its bars or its label's lines.
        let heights: Vec<i32> = labels
            .iter()
            .map(|lines| (16 * bars + 10).max(LINE_HEIGHT * i32::try_from(lines.len()).unwrap_or(1) + 8))
            .collect();
        let plot: i32 = heights.iter().fold(0_i32, |sum, h| sum.saturating_add(*h));
        let total = plot.saturating_mul(ROW_UNITS);
        let widest_label = widest(labels.iter().flatten());
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_precision_loss)]
        let left = (widest_label as f64 * CHAR_WIDTH + 56.0).clamp(110.0, 330.0) as u32;
        let right: u32 = if self.rows.iter().any(|r| r.end.is_some()) { 84 } else { 64 };
        let (bottom, top) = (52_u32, 6_u32);
        let legend: Vec<(String, RGBColor)> =
            self.series.iter().map(|l| (l.name.clone(), l.colour)).collect();
        #[allow(clippy::cast_possible_wrap, reason = "at most 330")]
        let header = Header::new(&self.title, self.subtitle.as_deref(), left as i32 + 12, &legend);
        let height = header.height + top + u32::try_from(plot).ok()? + bottom + MARGIN_BOTTOM;
        let shown = |value: f64| ticks.format_value(value, self.unit, locale);
        // A bar's width of two and a half pixels, in the axis' units: the
        // least a value drawn has (two or three pixels, as plotters rounds).
        let plot_width = f64::from(WIDTH - left - right - 12).max(1.0);
        let thin = scaled(2.5 / plot_width);

        svg(WIDTH, height, |root| {
            header.draw(root)?;
            let (_, body) = root.split_vertically(header.height);
            let value_ticks = ticks.keys(self.unit, locale);
            let mut chart = chart_on(&body, [top, right, bottom, left]).build_cartesian_2d(
                (0..SCALE).with_key_points(value_ticks.iter().map(|(at, _)| *at).collect()),
                (0..total.max(1)).with_key_points(Vec::new()),
            )?;
            let value_label = |at: &i32| nearest(&value_ticks, *at);
            chart
                .configure_mesh()
                .disable_y_mesh()
                .bold_line_style(GRID)
                .axis_style(INK)
                .x_label_formatter(&value_label)
                .y_label_formatter(&|_| String::new())
                .x_desc(self.value_axis)
                .y_desc(self.categories)
                .label_style(style(TEXT_SIZE, &INK, HPos::Center, VPos::Center))
                .axis_desc_style(style(TEXT_SIZE, &INK, HPos::Center, VPos::Center))
                .draw()?;
            let area = chart.plotting_area();
            let at = |value: f64| scaled(ticks.share(value.clamp(ticks.low, ticks.high)));
            let zero = at(0.0);
            if ticks.low < 0.0 {
                area.draw(&PathElement::new(vec![(zero, 0), (zero, total)], INK))?;
            }
            let mut row_top = total;
            for ((row, lines), row_height) in self.rows.iter().zip(&labels).zip(&heights) {
                let units = |px: i32| px.saturating_mul(ROW_UNITS);
                let centre = row_top - units(*row_height) / 2;
                // The label, right-aligned left of the axis, centred on the row.
                let (axis_x, centre_y) = chart.backend_coord(&(0, centre));
                let count = i32::try_from(lines.len()).unwrap_or(1);
                let mut y = centre_y - LINE_HEIGHT * (count - 1) / 2;
                for line in lines {
                    let text = style(TEXT_SIZE, &INK, HPos::Right, VPos::Center);
                    root.draw(&Text::new(line.clone(), (axis_x - 8, y), text))?;
                    y += LINE_HEIGHT;
                }
                // A note goes into the plot: left of a zero line near its right end.
                let (note_dx, note_h) =
                    if zero > SCALE * 3 / 5 { (-5, HPos::Right) } else { (5, HPos::Left) };
                if let Some(note) = &row.note {
                    let note = Text::new(note.clone(), (note_dx, 0), note_style(note_h, VPos::Center));
                    area.draw(&(EmptyElement::at((zero, centre)) + note))?;
                    row_top -= units(*row_height);
                    continue;
                }
                // The bars: centred in the row, 16 px apart, 14 px thick.
                let inset = (row_height - (16 * bars - 2)) / 2;
                let bar =
                    |j: i32| (row_top - units(inset + 16 * j), row_top - units(inset + 16 * (j + 1) - 2));
                if self.mode == Mode::Stacked {
                    let (y0, y1) = bar(0);
                    let middle = y0 + (y1 - y0) / 2;
                    let mut start = 0.0;
                    for (value, legend) in row.values.iter().zip(&self.series) {
                        let Some(value) = value.filter(|v| v.is_finite() && *v > 0.0) else { continue };
                        let (from, to) = (at(start), at(start + value));
                        area.draw(&Rectangle::new([(from, y0), (to, y1)], legend.colour.filled()))?;
                        if value >= 8.0 {
                            let ink = if legend.colour == GREY { &INK } else { &WHITE };
                            let label = Text::new(
                                shown(value),
                                (0, 0),
                                style(TEXT_SIZE, ink, HPos::Center, VPos::Center),
                            );
                            area.draw(&(EmptyElement::at((from + (to - from) / 2, middle)) + label))?;
                        }
                        start += value;
                    }
                    if let Some(end) = &row.end {
                        let label =
                            Text::new(end.clone(), (6, 0), style(TEXT_SIZE, &INK, HPos::Left, VPos::Center));
                        area.draw(&(EmptyElement::at((at(start), middle)) + label))?;
                    }
                    row_top -= units(*row_height);
                    continue;
                }
                for (j, (value, legend)) in row.values.iter().zip(&self.series).enumerate() {
                    let (y0, y1) = bar(i32::try_from(j).unwrap_or(0));
                    // Both within 0..=i32::MAX: neither the difference nor the result overflows.
                    let middle = y0 + (y1 - y0) / 2;
                    let Some(value) = value.filter(|v| v.is_finite()) else {
                        let note = Text::new(
                            locale.text(ChartText::NotScored),
                            (note_dx, 0),
                            note_style(note_h, VPos::Center),
                        );
                        area.draw(&(EmptyElement::at((zero, middle)) + note))?;
                        continue;
                    };
                    let colour = match (self.mode, value < 0.0) {
                        (Mode::BySign, true) => self.series.first().map_or(legend.colour, |l| l.colour),
                        (Mode::BySign, false) => self.series.get(1).map_or(legend.colour, |l| l.colour),
                        _ => legend.colour,
                    };
                    let mut end = at(value);
                    if end.abs_diff(zero) < thin.unsigned_abs() {
                        end = if value < 0.0 { zero - thin } else { zero + thin };
                    }
                    area.draw(&Rectangle::new([(zero, y0), (end, y1)], colour.filled()))?;
                    // The interval: a whisker across the bar's middle.
                    let interval = row
                        .intervals
                        .get(j)
                        .copied()
                        .flatten()
                        .filter(|(lo, hi)| lo.is_finite() && hi.is_finite());
                    let mut reach = end;
                    if let Some((lo, hi)) = interval {
                        let ((low_x, y), (high_x, _)) =
                            (chart.backend_coord(&(at(lo), middle)), chart.backend_coord(&(at(hi), middle)));
                        let whisker = vec![
                            (low_x, y - 4),
                            (low_x, y + 4),
                            (low_x, y),
                            (high_x, y),
                            (high_x, y - 4),
                            (high_x, y + 4),
                        ];
                        root.draw(&PathElement::new(whisker, TITLE_INK.stroke_width(1)))?;
                        reach = if value < 0.0 { end.min(at(lo)) } else { end.max(at(hi)) };
                    }
                    let (dx, h) = if value < 0.0 { (-5, HPos::Right) } else { (5, HPos::Left) };
                    let label = Text::new(shown(value), (dx, 0), style(TEXT_SIZE, &INK, h, VPos::Center));
                    area.draw(&(EmptyElement::at((reach, middle)) + label))?;
                }
                row_top -= units(*row_height);
            }
            Ok(())
        })
    }
}

/// Lines over periods, one per series.
struct LineChart<'a> {
    measure: &'a str,
    series: &'a [Series],
    scale: Option<Scale>,
}

impl LineChart<'_> {
    /// The chart; "no data" if no period has a value or too few answers,
    /// `None` if plotters reported an error.
    #[allow(clippy::too_many_lines, reason = "one drawing, step by step")]
    fn draw(&self, title: &str, subtitle: Option<&str>, locale: Locale) -> Option<String> {
        let drawn = |p: &&Point| p.value.is_finite() && !p.too_few;
        let placed = |p: &&Point| drawn(p) || p.too_few;
        let periods =
            time_order(self.series.iter().map(|s| s.points.iter().filter(placed).map(|p| p.label.as_str())));
        if periods.is_empty() {
            return Some(no_data(title, subtitle, locale));
        }
        let place: rustc_hash::FxHashMap<&str, usize> =
            periods.iter().enumerate().map(|(i, label)| (*label, i)).collect();
        let finite_interval = |p: &Point| p.interval.filter(|(lo, hi)| lo.is_finite() && hi.is_finite());
        let values = self.series.iter().flat_map(|s| s.points.iter().filter(drawn)).flat_map(|p| {
            let (lo, hi) = finite_interval(p).unwrap_or((p.value, p.value));
            [p.value, lo, hi]
        });
        let (min, max) = finite_range(values);
        let range = self
            .series
            .iter()
            .filter_map(|s| s.range)
            .reduce(|(a, b), (c, d)| (a.min(c), b.max(d)))
            .or_else(|| self.scale.map(|s| (s.min(), s.max())));
        let ticks = match range {
            Some((low, high)) => Ticks::new(low.min(min), high.max(max)),
            None => {
                let pad = if max > min { max * 0.08 - min * 0.08 } else { min.abs().max(1.0) * 0.1 };
                Ticks::new((min - pad).max(f64::MIN), (max + pad).min(f64::MAX))
            }
        };
        let labels: Vec<Vec<String>> = periods.iter().map(|p| wrap(p, PERIOD_CHARS)).collect();
        let (left, right, top, plot) = (84_u32, 40_u32, 6_u32, 280_u32);
        // The notes of too few answers, below each period's label, in the
        // colour of their series (faint for a single line), as wide as a period.
        let single = self.series.len() == 1;
        #[allow(
            clippy::cast_precision_loss,
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a width in characters"
        )]
        let slot = ((f64::from(WIDTH - left - right - 12) / periods.len() as f64) / CHAR_WIDTH)
            .floor()
            .max(8.0) as usize;
        let mut notes: Vec<Vec<(Vec<String>, RGBColor)>> = vec![Vec::new(); periods.len()];
        for (k, series) in self.series.iter().enumerate() {
            let colour = if single { FAINT } else { PALETTE.get(k % PALETTE.len()).copied().unwrap_or(INK) };
            for point in series.points.iter().filter(|p| p.too_few) {
                let text =
                    format!("{} ({})", locale.text(ChartText::TooFewAnswers), point.answers.unwrap_or(0));
                if let Some(at) = place.get(point.label.as_str()).and_then(|i| notes.get_mut(*i)) {
                    at.push((wrap(&text, slot.min(LINE_CHARS)), colour));
                }
            }
        }
        let lines = labels
            .iter()
            .zip(&notes)
            .map(|(label, notes)| label.len() + notes.iter().map(|(n, _)| n.len()).sum::<usize>())
            .max()
            .unwrap_or(1);
        let bottom = 40 + u32::try_from(lines).unwrap_or(1).min(1000) * 15;
        // Every period's label where they fit, else every n-th.
        #[allow(clippy::cast_precision_loss, reason = "at most 16 characters")]
        let room = widest(labels.iter().flatten()) as f64 * CHAR_WIDTH + 16.0;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a positive width")]
        let fit = (f64::from(WIDTH - left - right - 24) / room).max(1.0) as usize;
        let every = periods.len().div_ceil(fit).max(1);
        #[allow(clippy::cast_precision_loss, reason = "periods of a chart")]
        let x = |i: usize| scaled(i as f64 + 0.5);
        let shown_periods: Vec<usize> = (0..periods.len()).step_by(every).collect();
        #[allow(clippy::cast_precision_loss, reason = "periods of a chart")]
        let count = scaled(periods.len() as f64);
        let index = |label: &str| place.get(label).copied();
        let legend: Vec<(String, RGBColor)> = self
            .series
            .iter()
            .enumerate()
            .map(|(k, s)| (s.name.clone(), PALETTE.get(k % PALETTE.len()).copied().unwrap_or(INK)))
            .collect();
        #[allow(clippy::cast_possible_wrap, reason = "84")]
        let header = Header::new(title, subtitle, left as i32 + 12, &legend);
        let height = header.height + top + plot + bottom + MARGIN_BOTTOM;
        // The measure names the value axis when it fits there; the title always has it.
        let measure =
            if self.measure.chars().count() <= LINE_CHARS { safe(self.measure) } else { String::new() };

        svg(WIDTH, height, |root| {
            header.draw(root)?;
            let (_, body) = root.split_vertically(header.height);
            let value_ticks = ticks.keys(Unit::Plain, locale);
            let mut chart = chart_on(&body, [top, right, bottom, left]).build_cartesian_2d(
                (0..count).with_key_points(shown_periods.iter().map(|i| x(*i)).collect()),
                (0..SCALE).with_key_points(value_ticks.iter().map(|(at, _)| *at).collect()),
            )?;
            let value_label = |at: &i32| nearest(&value_ticks, *at);
            chart
                .configure_mesh()
                .disable_x_mesh()
                .bold_line_style(GRID)
                .axis_style(INK)
                .x_label_formatter(&|_| String::new())
                .y_label_formatter(&value_label)
                .x_desc(locale.text(ChartText::Period))
                .y_desc(measure)
                .label_style(style(TEXT_SIZE, &INK, HPos::Center, VPos::Center))
                .axis_desc_style(style(TEXT_SIZE, &INK, HPos::Center, VPos::Center))
                .draw()?;
            // The periods' labels, below the axis, a line each, and the
            // notes of too few answers below them.
            for (i, notes) in notes.iter().enumerate() {
                let (px, py) = chart.backend_coord(&(x(i), 0));
                let mut y = py + 10;
                let label =
                    if shown_periods.contains(&i) || !notes.is_empty() { labels.get(i) } else { None };
                for line in label.map_or(&[][..], Vec::as_slice) {
                    let text = style(TEXT_SIZE, &INK, HPos::Center, VPos::Top);
                    root.draw(&Text::new(line.clone(), (px, y), text))?;
                    y += LINE_HEIGHT;
                }
                for (note, colour) in notes {
                    let text =
                        TextStyle { color: colour.to_backend_color(), ..note_style(HPos::Center, VPos::Top) };
                    for line in note {
                        root.draw(&Text::new(line.clone(), (px, y), text.clone()))?;
                        y += LINE_HEIGHT;
                    }
                }
            }
            let at = |i: usize, value: f64| (x(i), scaled(ticks.share(value.clamp(ticks.low, ticks.high))));
            for (series, (_, colour)) in self.series.iter().zip(&legend) {
                let mut points: Vec<(usize, &Point)> = series
                    .points
                    .iter()
                    .filter(placed)
                    .filter_map(|p| index(&p.label).map(|i| (i, p)))
                    .collect();
                points.sort_by_key(|(i, _)| *i);
                // A line through each run of values between too few answers.
                for run in points.split(|(_, p)| p.too_few) {
                    if run.len() > 1 {
                        let line: Vec<(i32, i32)> = run.iter().map(|(i, p)| at(*i, p.value)).collect();
                        chart.plotting_area().draw(&PathElement::new(line, colour.stroke_width(3)))?;
                    }
                }
                for (k, (i, point)) in points.iter().enumerate() {
                    if point.too_few {
                        continue;
                    }
                    if let Some((lo, hi)) = finite_interval(point) {
                        // In pixels, for caps of a fixed width.
                        let ((px, low), (_, high)) =
                            (chart.backend_coord(&at(*i, lo)), chart.backend_coord(&at(*i, hi)));
                        let whisker = vec![
                            (px - 5, low),
                            (px + 5, low),
                            (px, low),
                            (px, high),
                            (px - 5, high),
                            (px + 5, high),
                        ];
                        root.draw(&PathElement::new(whisker, colour.stroke_width(1)))?;
                    }
                    chart.plotting_area().draw(&Circle::new(at(*i, point.value), 4, colour.filled()))?;
                    if single && periods.len() <= MAX_VALUES_WRITTEN {
                        // Right of the point, away from the line to the next.
                        let rising = points
                            .get(k + 1)
                            .is_some_and(|(_, next)| !next.too_few && next.value > point.value);
                        let (dy, v) = if rising { (5, VPos::Top) } else { (-5, VPos::Bottom) };
                        let value = ticks.format_value(point.value, Unit::Plain, locale);
                        let label = Text::new(value, (7, dy), style(TEXT_SIZE, &INK, HPos::Left, v));
                        chart.plotting_area().draw(&(EmptyElement::at(at(*i, point.value)) + label))?;
                    }
                }
            }
            Ok(())
        })
    }
}

/// The chart's builder on `body` (the document below the header), with
/// the margins and the room for the axes' labels in pixels: top, right,
/// bottom (the value or period labels), left (the category or value labels).
fn chart_on<'a, 'b>(
    body: &'a Area<'b>,
    [top, right, bottom, left]: [u32; 4],
) -> ChartBuilder<'a, 'b, SVGBackend<'b>> {
    let mut builder = ChartBuilder::on(body);
    builder
        .margin_top(top)
        .margin_right(right)
        .margin_left(12)
        .margin_bottom(MARGIN_BOTTOM)
        .x_label_area_size(bottom)
        .y_label_area_size(left);
    builder
}

/// `text` made safe and wrapped onto lines of at most `width` characters:
/// at spaces, or within a word longer than a line; at most [`MAX_LINES`]
/// lines, the last ending with `…` if the text goes on.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(2);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut line_chars = 0;
    let mut cut = false;
    let text = safe(text);
    'words: for word in text.split(char::is_whitespace).filter(|w| !w.is_empty()) {
        let mut chars: Vec<char> = word.chars().collect();
        // A word that does not fit on this line starts the next.
        if line_chars > 0 && line_chars + 1 + chars.len() > width {
            lines.push(std::mem::take(&mut line));
            line_chars = 0;
        }
        loop {
            if lines.len() == MAX_LINES {
                cut = true;
                break 'words;
            }
            if line_chars > 0 {
                line.push(' ');
                line_chars += 1;
            }
            let room = width - line_chars;
            if chars.len() <= room {
                line.extend(&chars);
                line_chars += chars.len();
                break;
            }
            // Longer than a line: a line's worth, and the rest on the next.
            let rest = chars.split_off(room);
            line.extend(&chars);
            lines.push(std::mem::take(&mut line));
            line_chars = 0;
            chars = rest;
        }
    }
    if !line.is_empty() {
        if lines.len() == MAX_LINES {
            cut = true;
        } else {
            lines.push(line);
        }
    }
    if cut {
        if let Some(last) = lines.last_mut() {
            if last.chars().count() >= width {
                last.pop();
            }
            last.push('…');
        }
    }
    if lines.is_empty() {
        lines.push(String::new());
    }
    lines
}

/// Each period once, in time order: every series lists its periods in
/// time order, so a period comes after every period before it in any
/// series (a topological order of the series' orders); periods no series
/// orders against each other (one series' `01` and another's `02` only)
/// take the order of their labels, which is time order for the labels the
/// crate writes (`2026-03`, `2026-Q1`, `2026-03-31`). Should the series
/// contradict each other, the periods left take the order first met.
fn time_order<'a>(series: impl Iterator<Item = impl Iterator<Item = &'a str>>) -> Vec<&'a str> {
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;
    let mut first_met: Vec<&str> = Vec::new();
    let mut place: rustc_hash::FxHashMap<&str, usize> = rustc_hash::FxHashMap::default();
    let mut after: Vec<Vec<usize>> = Vec::new();
    let mut before_count: Vec<usize> = Vec::new();
    for labels in series {
        let mut previous: Option<usize> = None;
        for label in labels {
            let n = *place.entry(label).or_insert_with(|| {
                first_met.push(label);
                after.push(Vec::new());
                before_count.push(0);
                first_met.len() - 1
            });
            if let Some(p) = previous.filter(|p| *p != n) {
                if let (Some(edges), Some(count)) = (after.get_mut(p), before_count.get_mut(n)) {
                    edges.push(n);
                    *count += 1;
                }
            }
            previous = Some(n);
        }
    }
    let mut ready: BinaryHeap<Reverse<(&str, usize)>> = first_met
        .iter()
        .enumerate()
        .filter(|(n, _)| before_count.get(*n) == Some(&0))
        .map(|(n, label)| Reverse((*label, n)))
        .collect();
    let mut done = vec![false; first_met.len()];
    let mut order = Vec::with_capacity(first_met.len());
    while let Some(Reverse((label, n))) = ready.pop() {
        order.push(label);
        if let Some(flag) = done.get_mut(n) {
            *flag = true;
        }
        for &next in after.get(n).map_or(&[][..], Vec::as_slice) {
            if let Some(count) = before_count.get_mut(next) {
                *count -= 1;
                if *count == 0 {
                    ready.push(Reverse((first_met.get(next).copied().unwrap_or_default(), next)));
                }
            }
        }
    }
    // A contradiction (a cycle): the rest in the order first met.
    order.extend(first_met.iter().zip(&done).filter(|(_, d)| !**d).map(|(label, _)| *label));
    order
}

/// The text of the key point nearest `at`; `keys` in ascending order.
fn nearest(keys: &[(i32, String)], at: i32) -> String {
    // `keys` are in ascending order: the nearest is the first at or above
    // `at`, or the one before it.
    let above = keys.partition_point(|(key, _)| *key < at);
    let candidates = [above.checked_sub(1).and_then(|n| keys.get(n)), keys.get(above)];
    candidates
        .into_iter()
        .flatten()
        .min_by_key(|(key, _)| key.abs_diff(at))
        .map(|(_, text)| text.clone())
        .unwrap_or_default()
}

/// A share of an axis (or a number of rows) in its whole units, `SCALE` a
/// unit; a value out of `i32`'s range (which no chart has) is clamped.
fn scaled(share: f64) -> i32 {
    #[allow(clippy::cast_possible_truncation, reason = "saturating, on purpose")]
    let at = (share * f64::from(SCALE)).round() as i32;
    at
}

/// `text` with every character XML cannot hold (most control characters)
/// replaced by `�`. Plotters escapes the markup characters itself.
fn safe(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t'
            | '\n'
            | '\r'
            | '\u{20}'..='\u{D7FF}'
            | '\u{E000}'..='\u{FFFD}'
            | '\u{10000}'..='\u{10FFFF}' => c,
            _ => '\u{FFFD}',
        })
        .collect()
}

/// Round axis ticks (1, 2 or 5 × 10ⁿ apart) covering a range.
struct Ticks {
    low: f64,
    high: f64,
    step: f64,
}

impl Ticks {
    fn new(low: f64, high: f64) -> Self {
        let (low, high) = if high > low {
            (low, high)
        } else {
            let pad = low.abs().max(1.0) * 0.1;
            ((low - pad).max(f64::MIN), (high + pad).min(f64::MAX))
        };
        // Halves before the difference: no overflow near `f64::MAX`.
        let rough = high / 8.0 - low / 8.0;
        let magnitude = 10_f64.powf(rough.log10().floor());
        let step =
            [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * magnitude).find(|s| *s >= rough).unwrap_or(rough);
        let (nice_low, nice_high) = ((low / step).floor() * step, (high / step).ceil() * step);
        if step > 0.0 && [step, nice_low, nice_high, nice_high - nice_low].iter().all(|v| v.is_finite()) {
            Self { low: nice_low, high: nice_high, step }
        } else {
            // Beyond round numbers: the range itself, in two steps.
            Self { low, high, step: high / 2.0 - low / 2.0 }
        }
    }

    /// Where `value` lies from the low end (0) to the high (1); halves
    /// before the differences, so no overflow near `f64::MAX`.
    fn share(&self, value: f64) -> f64 {
        (value / 2.0 - self.low / 2.0) / (self.high / 2.0 - self.low / 2.0)
    }

    fn values(&self) -> impl Iterator<Item = f64> + '_ {
        let steps = ((self.high - self.low) / self.step).round();
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a few ticks, positive")]
        let steps = steps.clamp(0.0, 100.0) as usize;
        // Rounded to the step's decimals: 0.3, not 0.30000000000000004.
        #[allow(clippy::cast_possible_truncation, clippy::cast_possible_wrap, reason = "at most 8")]
        let scale = 10_f64.powi(self.decimals() as i32 + 2);
        #[allow(clippy::cast_precision_loss, reason = "a few ticks")]
        (0..=steps).map(move |i| {
            let v = ((self.low + self.step * i as f64) * scale).round() / scale;
            // No "-0".
            if v == 0.0 { 0.0 } else { v }
        })
    }

    /// Decimals for a tick: as many as the step needs.
    fn decimals(&self) -> usize {
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "clamped to 0..=6")]
        let decimals = (-self.step.log10().floor()).clamp(0.0, 6.0) as usize;
        decimals
    }

    fn format(&self, value: f64, unit: Unit, locale: Locale) -> String {
        number(value, self.decimals(), unit, locale)
    }

    /// The ticks where the axis runs from 0 to `SCALE` (their
    /// [`share`](Self::share), scaled), with their text: the axis is drawn in
    /// shares, so that no value near `f64::MAX` overflows plotters' arithmetic.
    fn keys(&self, unit: Unit, locale: Locale) -> Vec<(i32, String)> {
        let mut keys: Vec<(i32, String)> =
            self.values().map(|tick| (scaled(self.share(tick)), self.format(tick, unit, locale))).collect();
        keys.sort_by_key(|(at, _)| *at);
        keys
    }

    /// A value beside its bar or its point: two decimals, a whole percentage.
    fn format_value(&self, value: f64, unit: Unit, locale: Locale) -> String {
        let decimals = match unit {
            Unit::Percent => 0,
            Unit::Plain => 2,
        };
        number(value, decimals, unit, locale)
    }
}

/// A number in the locale's way ([`Locale::number`], with a true minus
/// sign) and, for a percentage, its sign.
fn number(value: f64, decimals: usize, unit: Unit, locale: Locale) -> String {
    let text = locale.number(value, Number::fixed(decimals).typeset());
    match unit {
        Unit::Plain => text,
        Unit::Percent => format!("{text}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_merge_into_time_order() {
        fn order<'a>(series: &[&[&'a str]]) -> Vec<&'a str> {
            time_order(series.iter().map(|s| s.iter().copied()))
        }
        assert_eq!(
            order(&[&["03", "04", "05", "06"], &["01", "02", "03", "04"]]),
            ["01", "02", "03", "04", "05", "06"]
        );
        // Unordered against each other: by label.
        assert_eq!(order(&[&["b", "d"], &["a", "c"]]), ["a", "b", "c", "d"]);
        // Labels out of text order keep each series' own order.
        assert_eq!(order(&[&["Jan", "Feb", "Mar"], &["Feb", "Mar", "Apr"]]), ["Jan", "Feb", "Mar", "Apr"]);
        // A contradiction: what is left in the order first met.
        assert_eq!(order(&[&["x", "y"], &["y", "x"], &["a"]]), ["a", "x", "y"]);
        assert!(order(&[]).is_empty());
    }

    #[test]
    fn the_nearest_key_point_is_found_on_either_side() {
        let keys: Vec<(i32, String)> =
            [(0, "a"), (10, "b"), (30, "c")].map(|(k, t)| (k, t.to_owned())).into();
        let found: Vec<String> = [-5, 0, 4, 6, 19, 21, 30, 99].map(|at| nearest(&keys, at)).into();
        assert_eq!(found, ["a", "a", "a", "b", "b", "c", "c", "c"]);
        assert_eq!(nearest(&[], 3), "");
    }

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        let ticks = Ticks::new(-2.3, 0.4);
        assert_eq!(ticks.values().collect::<Vec<_>>(), [-2.5, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5]);
        let ticks = Ticks::new(0.0, 6.6);
        assert_eq!(ticks.values().collect::<Vec<_>>(), [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]);
        let ticks = Ticks::new(0.0, 100.0);
        assert_eq!(ticks.values().collect::<Vec<_>>(), [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(
            Ticks::new(0.1, 0.37).values().collect::<Vec<_>>(),
            [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]
        );
        assert!(Ticks::new(5.0, 5.0).values().count() > 1);
    }

    #[test]
    fn numbers_take_the_locales_separator_and_a_true_minus() {
        assert_eq!(number(-1.25, 2, Unit::Plain, Locale::English), "−1.25");
        assert_eq!(number(-1.25, 2, Unit::Plain, Locale::Polish), "−1,25");
        assert_eq!(number(-0.001, 1, Unit::Plain, Locale::English), "0.0");
        assert_eq!(number(85.0, 0, Unit::Percent, Locale::English), "85%");
    }

    #[test]
    fn text_keeps_markup_for_plotters_to_escape_and_loses_what_xml_refuses() {
        assert_eq!(safe("<a href=\"x\">&'\u{1}\u{FFFF}é\t"), "<a href=\"x\">&'\u{FFFD}\u{FFFD}é\t");
    }

    #[test]
    fn long_names_wrap_at_spaces_and_within_long_words() {
        assert_eq!(wrap("Check-in and the first evening", 30), ["Check-in and the first evening"]);
        assert_eq!(
            wrap("Check-in and the first evening at the hotel", 30),
            ["Check-in and the first evening", "at the hotel"]
        );
        assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(wrap("ab cdefgh", 4), ["ab", "cdef", "gh"]);
        assert_eq!(wrap("  a\n b  ", 30), ["a b"]);
        assert_eq!(wrap("", 30), [""]);
        // Beyond the lines there are: the last ends with `…`.
        let long = wrap(&"x".repeat(1000), 10);
        assert_eq!(long.len(), MAX_LINES);
        assert_eq!(long.last().map(String::as_str), Some("xxxxxxxxx…"));
        assert!(long.iter().all(|l| l.chars().count() == 10));
        let words = wrap(&"word ".repeat(100), 10);
        assert_eq!(words.len(), MAX_LINES);
        assert_eq!(words.last().map(String::as_str), Some("word word…"));
    }

    #[test]
    fn plotters_escapes_the_markup_characters() {
        let drawn = svg(100, 100, |root| {
            root.draw(&Text::new("<b>&\"'", (10, 10), style(TEXT_SIZE, &INK, HPos::Left, VPos::Top)))?;
            Ok(())
        });
        let drawn = drawn.unwrap_or_default();
        assert!(drawn.contains("&lt;b&gt;&amp;&quot;&apos;"), "{drawn}");
        assert!(!drawn.contains("<b>"));
    }
}
