//! SVG charts a manager reads at a glance: expectation against perception
//! per dimension, gaps by phase, compliance by phase and by department, and
//! a measure over time. Behind the optional `charts` feature.
//!
//! Each chart is a function returning a standalone SVG document as a
//! `String`, worded in a [`Locale`]: a title, axis labels, a legend where
//! there is more than one colour, and the value beside each bar. Every mark
//! drawn for a data point (a bar or a point) has the class `mark`, so a test
//! or a style sheet can find them; names given by users (phases, departments,
//! series) are escaped, and characters XML cannot hold are replaced by `�`.
//! An input with nothing to draw gives a chart saying "no data".
//!
//! The SVG is written directly rather than through a plotting crate: the
//! charts are plain bar and line charts, and writing them here lets every
//! mark carry its class and a tooltip (`<title>`) with its exact value.
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
//! assert_eq!(svg.matches("class=\"mark").count(), 1);
//! # Ok::<(), Error>(())
//! ```

use std::fmt::Display;

use crate::model::{Locale, QualityDimension};
use crate::practice::locale::Text;
use crate::practice::{ComplianceReport, GapAnalysis, Subject, Tally};

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
        Self { label: label.to_string(), value, interval: None }
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
        Self { name: name.into(), points: points.into_iter().collect() }
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
    /// ([`Responses::series`](crate::practice::Responses::series)): one point
    /// per period, labelled with the period (`2026-07`, `2026-Q3`), with the
    /// mean and, where there is one, its 95 % interval; named by its subject
    /// and measure (`stay/check-out nps`).
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
    /// assert_eq!(series.points()[0].value(), 0.0);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn from_survey(series: &crate::practice::Series) -> Self {
        let points = series.points().iter().map(|(period, estimate)| {
            let point = Point::new(period, estimate.mean());
            match estimate.interval() {
                Some((low, high)) => point.within(low, high),
                None => point,
            }
        });
        Self::new(format!("{} {}", series.subject(), series.measure()), points)
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

/// Bars of the mean expectation and the mean perception of each quality
/// dimension ([`GapAnalysis::by_dimension`]), side by side.
///
/// One mark per value: two per dimension.
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
/// assert_eq!(svg.matches("class=\"mark").count(), 4);
/// # Ok::<(), Error>(())
/// ```
#[must_use]
pub fn expectation_vs_perception(gaps: &GapAnalysis, locale: Locale) -> String {
    let words = Words::of(locale);
    let groups = gaps
        .by_dimension()
        .iter()
        .map(|gap| Group {
            label: subject_label(gap.subject(), locale),
            values: vec![Some(gap.expectation()), Some(gap.perception())],
        })
        .collect();
    BarChart {
        title: words.expectation_vs_perception,
        categories: words.dimension,
        value_axis: words.mean_score,
        series: vec![
            Legend { name: words.expectation, class: "expectation", colour: GREY },
            Legend { name: words.perception, class: "perception", colour: BLUE },
        ],
        groups,
        domain: None,
        unit: Unit::Plain,
        by_sign: false,
    }
    .render(locale)
}

/// Bars of the gap (perception − expectation) of each phase
/// ([`GapAnalysis::by_phase`]) from a zero line: a shortfall is red and
/// points left, a surplus is blue and points right.
///
/// One mark per phase.
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
/// assert_eq!(svg.matches("class=\"mark shortfall").count(), 1);
/// assert_eq!(svg.matches("class=\"mark surplus").count(), 1);
/// # Ok::<(), Error>(())
/// ```
#[must_use]
pub fn gaps_by_phase(gaps: &GapAnalysis, locale: Locale) -> String {
    let words = Words::of(locale);
    let groups = gaps
        .by_phase()
        .iter()
        .map(|gap| Group {
            label: subject_label(gap.subject(), locale),
            values: vec![Some(gap.difference())],
        })
        .collect();
    BarChart {
        title: words.gaps_by_phase,
        categories: words.phase,
        value_axis: words.gap,
        series: vec![
            Legend { name: words.shortfall, class: "shortfall", colour: RED },
            Legend { name: words.surplus, class: "surplus", colour: BLUE },
        ],
        groups,
        domain: None,
        unit: Unit::Plain,
        by_sign: true,
    }
    .render(locale)
}

/// Bars of the compliance score and the coverage of each phase
/// ([`ComplianceReport::by_phase`]), in percent; a phase with no passed or
/// failed item has no score bar and says so.
///
/// One mark per score and per coverage.
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
/// let phases = report.by_phase().len();
/// let scored = report.by_phase().iter().filter(|(_, tally)| tally.score().is_some()).count();
/// assert_eq!(svg.matches("class=\"mark").count(), phases + scored);
/// # Ok::<(), Error>(())
/// ```
#[must_use]
pub fn compliance_by_phase(report: &ComplianceReport, locale: Locale) -> String {
    let words = Words::of(locale);
    let groups =
        report.by_phase().into_iter().map(|(phase, tally)| compliance_group(phase.to_string(), tally));
    compliance(words.compliance_by_phase, words.phase, groups.collect(), locale)
}

/// Bars of the compliance score and the coverage of each department
/// ([`ComplianceReport::by_department`]), in percent; the steps without a
/// department make a bar of their own.
///
/// One mark per score and per coverage.
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
/// assert_eq!(svg.matches("class=\"mark").count(), report.by_department().len());
/// # Ok::<(), Error>(())
/// ```
#[must_use]
pub fn compliance_by_department(report: &ComplianceReport, locale: Locale) -> String {
    let words = Words::of(locale);
    let groups = report.by_department().into_iter().map(|(department, tally)| {
        let label =
            department.map_or_else(|| locale.text(Text::NoDepartment).to_owned(), ToString::to_string);
        compliance_group(label, tally)
    });
    compliance(words.compliance_by_department, words.department, groups.collect(), locale)
}

/// A line per [`Series`] of `measure` (its name, for the title and the
/// value axis) over the periods, with a whisker for each point's interval.
/// The periods are the points' labels in the order first met (series by
/// series); a point whose value is not finite is left out.
///
/// One mark per point drawn.
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
/// assert!(svg.contains("NPS over time"));
/// assert_eq!(svg.matches("class=\"mark").count(), 3);
/// assert_eq!(svg.matches("class=\"interval").count(), 3);
/// ```
#[must_use]
pub fn measure_over_time(measure: &str, series: &[Series], locale: Locale) -> String {
    LineChart { measure, series }.render(locale)
}

fn compliance_group(label: String, tally: &Tally) -> Group {
    Group { label, values: vec![tally.score().map(|s| s * 100.0), tally.coverage().map(|c| c * 100.0)] }
}

fn compliance(title: &'static str, categories: &'static str, groups: Vec<Group>, locale: Locale) -> String {
    let words = Words::of(locale);
    BarChart {
        title,
        categories,
        value_axis: words.percent_axis,
        series: vec![
            Legend { name: words.score, class: "score", colour: BLUE },
            Legend { name: words.coverage, class: "coverage", colour: GREY },
        ],
        groups,
        domain: Some((0.0, 100.0)),
        unit: Unit::Percent,
        by_sign: false,
    }
    .render(locale)
}

fn subject_label(subject: &Subject, locale: Locale) -> String {
    match subject {
        Subject::Dimension(dimension) => dimension_label(*dimension, locale),
        Subject::Phase(path) => path.to_string(),
    }
}

fn dimension_label(dimension: QualityDimension, locale: Locale) -> String {
    crate::practice::locale::capitalised(locale.label(dimension))
}

// --- The words of the charts ---------------------------------------------

/// The charts' own words, per language (the vocabularies' labels come from
/// the locale tables).
struct Words {
    expectation_vs_perception: &'static str,
    gaps_by_phase: &'static str,
    compliance_by_phase: &'static str,
    compliance_by_department: &'static str,
    over_time: &'static str,
    expectation: &'static str,
    perception: &'static str,
    mean_score: &'static str,
    gap: &'static str,
    shortfall: &'static str,
    surplus: &'static str,
    score: &'static str,
    coverage: &'static str,
    percent_axis: &'static str,
    not_scored: &'static str,
    dimension: &'static str,
    phase: &'static str,
    department: &'static str,
    period: &'static str,
    no_data: &'static str,
}

const ENGLISH: Words = Words {
    expectation_vs_perception: "Expectation and perception by dimension",
    gaps_by_phase: "Gap by phase",
    compliance_by_phase: "Compliance by phase",
    compliance_by_department: "Compliance by department",
    over_time: "over time",
    expectation: "Expectation",
    perception: "Perception",
    mean_score: "Mean score",
    gap: "Gap (perception − expectation)",
    shortfall: "Below expectation",
    surplus: "Above expectation",
    score: "Compliance score",
    coverage: "Coverage",
    percent_axis: "Share (%)",
    not_scored: "not scored",
    dimension: "Dimension",
    phase: "Phase",
    department: "Department",
    period: "Period",
    no_data: "no data",
};

const POLISH: Words = Words {
    expectation_vs_perception: "Oczekiwania i postrzeganie według wymiarów",
    gaps_by_phase: "Luka według etapów",
    compliance_by_phase: "Zgodność według etapów",
    compliance_by_department: "Zgodność według działów",
    over_time: "w czasie",
    expectation: "Oczekiwania",
    perception: "Postrzeganie",
    mean_score: "Średnia ocena",
    gap: "Luka (postrzeganie − oczekiwania)",
    shortfall: "Poniżej oczekiwań",
    surplus: "Powyżej oczekiwań",
    score: "Wynik zgodności",
    coverage: "Pokrycie",
    percent_axis: "Udział (%)",
    not_scored: "bez oceny",
    dimension: "Wymiar",
    phase: "Etap",
    department: "Dział",
    period: "Okres",
    no_data: "brak danych",
};

impl Words {
    fn of(locale: Locale) -> &'static Self {
        match locale {
            Locale::English => &ENGLISH,
            Locale::Polish => &POLISH,
        }
    }
}

// --- Drawing ----------------------------------------------------------------

const WIDTH: f64 = 760.0;
const BLUE: &str = "#2b6cb0";
const GREY: &str = "#a0aec0";
const RED: &str = "#c53030";
/// The lines of a chart over time, in order (distinguishable in colour
/// blindness: the Okabe–Ito palette).
const PALETTE: [&str; 7] = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#000000"];
const FONT: &str = "font-family=\"sans-serif\"";
/// An estimate of the width of a character at the labels' size (12 px),
/// to leave room for the longest label.
const CHAR_WIDTH: f64 = 7.0;
/// Labels longer than this are shortened with `…` (the whole label is the
/// tooltip).
const MAX_LABEL_CHARS: usize = 36;

#[derive(Clone, Copy)]
enum Unit {
    Plain,
    Percent,
}

struct Legend {
    name: &'static str,
    class: &'static str,
    colour: &'static str,
}

struct Group {
    label: String,
    values: Vec<Option<f64>>,
}

/// Horizontal bars: one row per group, one bar per series in it.
struct BarChart {
    title: &'static str,
    categories: &'static str,
    value_axis: &'static str,
    series: Vec<Legend>,
    groups: Vec<Group>,
    /// A fixed value range; otherwise from the values (always with zero).
    domain: Option<(f64, f64)>,
    unit: Unit,
    /// Colour each bar by its sign (the first legend entry below zero, the
    /// second above) rather than by its series.
    by_sign: bool,
}

impl BarChart {
    fn render(self, locale: Locale) -> String {
        let words = Words::of(locale);
        let values =
            || self.groups.iter().flat_map(|g| g.values.iter().flatten().copied()).filter(|v| v.is_finite());
        if values().next().is_none() {
            return no_data(self.title, locale);
        }
        let (low, high) = self.domain.unwrap_or_else(|| {
            let (min, max) = values().fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
            // Room left of the longest shortfall for its value (a surplus'
            // value has the right margin).
            let pad = (max * 0.12 - min * 0.12).max(f64::EPSILON);
            (if min < 0.0 { (min - pad).max(f64::MIN) } else { 0.0 }, max)
        });
        let ticks = Ticks::new(low, high);
        let bars = self.series.len().max(1);
        let (bar, gap) = (16.0, 10.0);
        #[allow(clippy::cast_precision_loss, reason = "a handful of series")]
        let row = bar * bars as f64 + gap;
        let widest =
            self.groups.iter().map(|g| g.label.chars().count().min(MAX_LABEL_CHARS + 1)).max().unwrap_or(0);
        #[allow(clippy::cast_precision_loss, reason = "at most 37 characters")]
        let left = (widest as f64 * CHAR_WIDTH + 24.0).clamp(90.0, 300.0);
        let right = WIDTH - 60.0;
        let top = 84.0;
        #[allow(clippy::cast_precision_loss, reason = "rows of a chart")]
        let bottom = top + row * self.groups.len() as f64;
        let height = bottom + 56.0;
        let x = |v: f64| left + ticks.share(v) * (right - left);

        let mut svg = Svg::new(WIDTH, height, self.title, locale);
        // The legend.
        let mut lx = left;
        for legend in &self.series {
            svg.line(&format!(
                "<rect class=\"legend {}\" x=\"{lx:.1}\" y=\"44\" width=\"12\" height=\"12\" fill=\"{}\"/>",
                legend.class, legend.colour
            ));
            svg.text(lx + 18.0, 54.0, "start", "legend", legend.name);
            #[allow(clippy::cast_precision_loss, reason = "short words")]
            let advance = legend.name.chars().count() as f64 * CHAR_WIDTH + 44.0;
            lx += advance;
        }
        svg.text(left - 10.0, top - 8.0, "end", "axis-label", self.categories);
        // The grid and the value axis.
        for tick in ticks.values() {
            let tx = x(tick);
            let class = if tick == 0.0 { "zero" } else { "grid" };
            let stroke = if tick == 0.0 { "#2d3748" } else { "#e2e8f0" };
            svg.line(&format!(
                "<line class=\"{class}\" x1=\"{tx:.1}\" y1=\"{top:.1}\" x2=\"{tx:.1}\" y2=\"{bottom:.1}\" stroke=\"{stroke}\"/>"
            ));
            svg.text(tx, bottom + 16.0, "middle", "tick", &ticks.format(tick, self.unit, locale));
        }
        svg.text((left + right) / 2.0, bottom + 42.0, "middle", "axis-label", self.value_axis);
        // The rows.
        for (i, group) in self.groups.iter().enumerate() {
            #[allow(clippy::cast_precision_loss, reason = "rows of a chart")]
            let y0 = top + row * i as f64 + gap / 2.0;
            svg.label(left - 10.0, y0 + (row - gap) / 2.0 + 4.0, "end", "category", &group.label);
            for (j, (value, legend)) in group.values.iter().zip(&self.series).enumerate() {
                #[allow(clippy::cast_precision_loss, reason = "a handful of series")]
                let y = y0 + bar * j as f64;
                let Some(value) = value.filter(|v| v.is_finite()) else {
                    svg.text(x(0.0) + 4.0, y + bar - 4.0, "start", "note", words.not_scored);
                    continue;
                };
                let legend = match (self.by_sign, value < 0.0) {
                    (true, true) => self.series.first().unwrap_or(legend),
                    (true, false) => self.series.get(1).unwrap_or(legend),
                    (false, _) => legend,
                };
                let (x0, x1) = (x(0.0_f64.max(ticks.low)), x(value.max(ticks.low).min(ticks.high)));
                let shown = ticks.format_value(value, self.unit, locale);
                svg.raw(&format!(
                    "<rect class=\"mark {}\" x=\"{:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{}\"><title>",
                    legend.class,
                    x0.min(x1),
                    (x1 - x0).abs(),
                    bar - 2.0,
                    legend.colour
                ));
                escape_into(&mut svg.out, &format!("{}, {}: {shown}", group.label, legend.name));
                svg.line("</title></rect>");
                let (tx, anchor) = if value < 0.0 { (x1 - 4.0, "end") } else { (x1 + 4.0, "start") };
                svg.text(tx, y + bar - 5.0, anchor, "value", &shown);
            }
        }
        svg.finish()
    }
}

/// Lines over periods, one per series.
struct LineChart<'a> {
    measure: &'a str,
    series: &'a [Series],
}

impl LineChart<'_> {
    fn render(self, locale: Locale) -> String {
        let words = Words::of(locale);
        let title = format!("{} {}", self.measure, words.over_time);
        let drawn = |p: &&Point| p.value.is_finite();
        let mut periods: Vec<&str> = Vec::new();
        for point in self.series.iter().flat_map(|s| s.points.iter().filter(drawn)) {
            if !periods.contains(&point.label.as_str()) {
                periods.push(&point.label);
            }
        }
        if periods.is_empty() {
            return no_data(&title, locale);
        }
        let (min, max) = self
            .series
            .iter()
            .flat_map(|s| s.points.iter().filter(drawn))
            .flat_map(|p| {
                let (lo, hi) = p
                    .interval
                    .filter(|(lo, hi)| lo.is_finite() && hi.is_finite())
                    .unwrap_or((p.value, p.value));
                [p.value, lo, hi]
            })
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let pad = if max > min { max * 0.08 - min * 0.08 } else { min.abs().max(1.0) * 0.1 };
        let ticks = Ticks::new((min - pad).max(f64::MIN), (max + pad).min(f64::MAX));
        let (left, right, top) = (80.0, WIDTH - 30.0, 84.0);
        let (bottom, height) = (top + 280.0, top + 280.0 + 64.0);
        #[allow(clippy::cast_precision_loss, reason = "periods of a chart")]
        let step = (right - left) / periods.len() as f64;
        let index = |label: &str| periods.iter().position(|p| *p == label);
        #[allow(clippy::cast_precision_loss, reason = "periods of a chart")]
        let x = |i: usize| left + step * (i as f64 + 0.5);
        let y = |v: f64| bottom - ticks.share(v) * (bottom - top);

        let mut svg = Svg::new(WIDTH, height, &title, locale);
        // The legend.
        let mut lx = left;
        for (k, series) in self.series.iter().enumerate() {
            let colour = PALETTE.get(k % PALETTE.len()).copied().unwrap_or("#000000");
            svg.line(&format!(
                "<line class=\"legend\" x1=\"{lx:.1}\" y1=\"50\" x2=\"{:.1}\" y2=\"50\" stroke=\"{colour}\" stroke-width=\"2.5\"/>",
                lx + 16.0
            ));
            let name = shortened(&series.name);
            svg.label(lx + 22.0, 54.0, "start", "legend", &series.name);
            #[allow(clippy::cast_precision_loss, reason = "short names")]
            let advance = name.chars().count() as f64 * CHAR_WIDTH + 44.0;
            lx += advance;
        }
        // The grid and the axes.
        for tick in ticks.values() {
            let ty = y(tick);
            svg.line(&format!(
                "<line class=\"grid\" x1=\"{left:.1}\" y1=\"{ty:.1}\" x2=\"{right:.1}\" y2=\"{ty:.1}\" stroke=\"#e2e8f0\"/>"
            ));
            svg.text(left - 8.0, ty + 4.0, "end", "tick", &ticks.format(tick, Unit::Plain, locale));
        }
        svg.line(&format!(
            "<line class=\"axis\" x1=\"{left:.1}\" y1=\"{bottom:.1}\" x2=\"{right:.1}\" y2=\"{bottom:.1}\" stroke=\"#2d3748\"/>"
        ));
        // Every period's label where they fit, else every n-th.
        let every = periods.len().div_ceil(((right - left) / 64.0).max(1.0) as usize).max(1);
        for (i, period) in periods.iter().enumerate() {
            if i % every == 0 {
                svg.label(x(i), bottom + 18.0, "middle", "tick", period);
            }
        }
        svg.text((left + right) / 2.0, bottom + 46.0, "middle", "axis-label", words.period);
        let (cx, cy) = (18.0, (top + bottom) / 2.0);
        svg.raw(&format!("<text class=\"axis-label\" transform=\"rotate(-90 {cx} {cy})\" x=\"{cx}\" y=\"{cy}\" text-anchor=\"middle\" {FONT} font-size=\"12\">"));
        escape_into(&mut svg.out, self.measure);
        svg.line("</text>");
        // The lines, the intervals and the points.
        for (k, series) in self.series.iter().enumerate() {
            let colour = PALETTE.get(k % PALETTE.len()).copied().unwrap_or("#000000");
            let mut placed: Vec<(usize, &Point)> =
                series.points.iter().filter(drawn).filter_map(|p| index(&p.label).map(|i| (i, p))).collect();
            placed.sort_by_key(|(i, _)| *i);
            let path: Vec<String> =
                placed.iter().map(|(i, p)| format!("{:.1},{:.1}", x(*i), y(p.value))).collect();
            if path.len() > 1 {
                svg.line(&format!(
                    "<polyline class=\"line\" points=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\"/>",
                    path.join(" ")
                ));
            }
            for (i, point) in &placed {
                let px = x(*i);
                let interval = point.interval.filter(|(lo, hi)| lo.is_finite() && hi.is_finite());
                if let Some((lo, hi)) = interval {
                    let (y0, y1) = (y(lo), y(hi));
                    svg.line(&format!(
                        "<path class=\"interval\" d=\"M{:.1},{y0:.1}H{:.1}M{px:.1},{y0:.1}V{y1:.1}M{:.1},{y1:.1}H{:.1}\" stroke=\"{colour}\" stroke-width=\"1.5\" fill=\"none\"/>",
                        px - 5.0,
                        px + 5.0,
                        px - 5.0,
                        px + 5.0
                    ));
                }
                svg.raw(&format!(
                    "<circle class=\"mark\" cx=\"{px:.1}\" cy=\"{:.1}\" r=\"4\" fill=\"{colour}\"><title>",
                    y(point.value)
                ));
                let mut tip = format!(
                    "{}, {}: {}",
                    series.name,
                    point.label,
                    ticks.format_value(point.value, Unit::Plain, locale)
                );
                if let Some((lo, hi)) = interval {
                    let (lo, hi) = (
                        ticks.format_value(lo, Unit::Plain, locale),
                        ticks.format_value(hi, Unit::Plain, locale),
                    );
                    tip.push_str(&format!(" [{lo}; {hi}]"));
                }
                escape_into(&mut svg.out, &tip);
                svg.line("</title></circle>");
            }
        }
        svg.finish()
    }
}

/// A chart with only its title and "no data".
fn no_data(title: &str, locale: Locale) -> String {
    let mut svg = Svg::new(WIDTH, 200.0, title, locale);
    svg.raw(&format!(
        "<text class=\"no-data\" x=\"{}\" y=\"120\" text-anchor=\"middle\" {FONT} font-size=\"16\" fill=\"#718096\">",
        WIDTH / 2.0
    ));
    escape_into(&mut svg.out, Words::of(locale).no_data);
    svg.line("</text>");
    svg.finish()
}

/// An SVG document being written.
struct Svg {
    out: String,
}

impl Svg {
    fn new(width: f64, height: f64, title: &str, locale: Locale) -> Self {
        let mut out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" role=\"img\" xml:lang=\"{}\">\n<title>",
            locale.code()
        );
        escape_into(&mut out, title);
        out.push_str(&format!(
            "</title>\n<rect class=\"background\" width=\"{width:.0}\" height=\"{height:.0}\" fill=\"#ffffff\"/>\n"
        ));
        let mut svg = Self { out };
        svg.raw(&format!(
            "<text class=\"title\" x=\"20\" y=\"28\" {FONT} font-size=\"18\" font-weight=\"bold\" fill=\"#1a202c\">"
        ));
        escape_into(&mut svg.out, title);
        svg.line("</text>");
        svg
    }

    /// Markup of the crate's own, as is.
    fn raw(&mut self, markup: &str) {
        self.out.push_str(markup);
    }

    /// A whole element of the crate's own, on a line.
    fn line(&mut self, element: &str) {
        self.out.push_str(element);
        self.out.push('\n');
    }

    /// A text of the crate's own (or a number).
    fn text(&mut self, x: f64, y: f64, anchor: &str, class: &str, text: &str) {
        self.out.push_str(&format!(
            "<text class=\"{class}\" x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\" {FONT} font-size=\"12\" fill=\"#2d3748\">"
        ));
        escape_into(&mut self.out, text);
        self.out.push_str("</text>\n");
    }

    /// A user's name: shortened if long, whole in its tooltip.
    fn label(&mut self, x: f64, y: f64, anchor: &str, class: &str, text: &str) {
        let short = shortened(text);
        if short.len() == text.len() {
            self.text(x, y, anchor, class, text);
            return;
        }
        self.out.push_str(&format!(
            "<text class=\"{class}\" x=\"{x:.1}\" y=\"{y:.1}\" text-anchor=\"{anchor}\" {FONT} font-size=\"12\" fill=\"#2d3748\"><title>"
        ));
        escape_into(&mut self.out, text);
        self.out.push_str("</title>");
        escape_into(&mut self.out, &short);
        self.out.push_str("</text>\n");
    }

    fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }
}

fn shortened(text: &str) -> String {
    if text.chars().count() > MAX_LABEL_CHARS {
        let mut short: String = text.chars().take(MAX_LABEL_CHARS - 1).collect();
        short.push('…');
        short
    } else {
        text.to_owned()
    }
}

/// Escapes `text` for XML content and attribute values; a character XML
/// cannot hold (most control characters) becomes `�`.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t'
            | '\n'
            | '\r'
            | '\u{20}'..='\u{D7FF}'
            | '\u{E000}'..='\u{FFFD}'
            | '\u{10000}'..='\u{10FFFF}' => {
                out.push(c);
            }
            _ => out.push('\u{FFFD}'),
        }
    }
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

    /// A value beside its bar or in a tooltip: two decimals, a whole percentage.
    fn format_value(&self, value: f64, unit: Unit, locale: Locale) -> String {
        let decimals = match unit {
            Unit::Percent => 0,
            Unit::Plain => 2,
        };
        number(value, decimals, unit, locale)
    }
}

/// A number in the locale's decimal separator, a true minus sign and, for
/// a percentage, its sign.
fn number(value: f64, decimals: usize, unit: Unit, locale: Locale) -> String {
    let mut text = format!("{value:.decimals$}");
    if text.trim_start_matches(['-', '0', '.']).is_empty() {
        text = format!("{:.decimals$}", 0.0);
    }
    let text = text.replace('-', "−");
    let text = match locale {
        Locale::Polish => text.replace('.', ","),
        Locale::English => text,
    };
    match unit {
        Unit::Plain => text,
        Unit::Percent => format!("{text}%"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn escaping_leaves_no_markup_and_no_character_xml_refuses() {
        let mut out = String::new();
        escape_into(&mut out, "<a href=\"x\">&'\u{1}\u{FFFF}é");
        assert_eq!(out, "&lt;a href=&quot;x&quot;&gt;&amp;&apos;\u{FFFD}\u{FFFD}é");
    }
}
