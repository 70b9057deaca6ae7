//! SVG charts a manager reads at a glance: expectation against perception
//! per dimension, gaps by phase, compliance by phase and by department, and
//! a measure over time. Behind the optional `charts` feature.
//!
//! Each chart is a function returning a standalone SVG document as a
//! `String`, worded in a [`Locale`]: a title, axis labels, a legend, and the
//! value beside each bar (and beside each point of a single line). The
//! charts are drawn with the SVG backend of
//! [plotters](https://docs.rs/plotters) and nothing else of it: no font is
//! loaded (text is placed by an estimate of its width and drawn by the
//! viewer), so no system library is needed.
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
//!   `<polyline>` of six points (the whisker and its two caps).
//!
//! Plotters writes an element per line, so a line of the document starting
//! with `<rect` and holding a series' colour is one bar.
//!
//! # Text
//!
//! Plotters escapes `<`, `>`, `&`, `"` and `'` in all text; names given by
//! users (phases, departments, series, periods, the measure, wherever it
//! is drawn: in a title, on an axis, in a legend) have the characters XML
//! cannot hold (most control characters) replaced by `�` before, and a
//! name longer than 36 characters is shortened to its first 35 and `…`
//! (plotters writes no tooltip, so two names that share their first 35
//! characters look alike: keep names that differ early). So the size of a
//! chart grows with the number of values drawn, never with the length of a
//! name. An input with nothing to draw gives a chart saying "no data".
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

use crate::standard::wording::Number;
use crate::{assess::ComplianceReport, assess::Tally, survey::GapAnalysis, survey::Subject};
use crate::{model::QualityDimension, standard::Locale};
use words::ChartText;

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
    /// ([`Responses::series`](crate::survey::Responses::series)): one point
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
    pub fn from_survey(series: &crate::survey::Series) -> Self {
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

/// Bars of the mean expectation (grey, `#A0AEC0`) and the mean perception
/// (blue, `#2B6CB0`) of each quality dimension
/// ([`GapAnalysis::by_dimension`]), side by side.
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
    let groups = gaps
        .by_dimension()
        .iter()
        .map(|gap| Group {
            label: subject_label(gap.subject(), locale),
            values: vec![Some(gap.expectation()), Some(gap.perception())],
        })
        .collect();
    BarChart {
        title: locale.text(ChartText::ExpectationVsPerception),
        categories: locale.text(ChartText::Dimension),
        value_axis: locale.text(ChartText::MeanScore),
        series: vec![
            Legend { name: locale.text(ChartText::Expectation), colour: GREY },
            Legend { name: locale.text(ChartText::Perception), colour: BLUE },
        ],
        groups,
        domain: None,
        unit: Unit::Plain,
        by_sign: false,
    }
    .render(locale)
}

/// Bars of the gap (perception − expectation) of each phase
/// ([`GapAnalysis::by_phase`]) from a zero line: a shortfall is red
/// (`#C53030`) and points left, a surplus is blue (`#2B6CB0`) and points
/// right.
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
    let groups = gaps
        .by_phase()
        .iter()
        .map(|gap| Group {
            label: subject_label(gap.subject(), locale),
            values: vec![Some(gap.difference())],
        })
        .collect();
    BarChart {
        title: locale.text(ChartText::GapsByPhase),
        categories: locale.text(ChartText::Phase),
        value_axis: locale.text(ChartText::Gap),
        series: vec![
            Legend { name: locale.text(ChartText::Shortfall), colour: RED },
            Legend { name: locale.text(ChartText::Surplus), colour: BLUE },
        ],
        groups,
        domain: None,
        unit: Unit::Plain,
        by_sign: true,
    }
    .render(locale)
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
    let groups =
        report.by_phase().into_iter().map(|(phase, tally)| compliance_group(phase.to_string(), tally));
    compliance(
        locale.text(ChartText::ComplianceByPhase),
        locale.text(ChartText::Phase),
        groups.collect(),
        locale,
    )
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
    let groups = report.by_department().into_iter().map(|(department, tally)| {
        let label =
            department.map_or_else(|| locale.text(ChartText::NoDepartment).to_owned(), ToString::to_string);
        compliance_group(label, tally)
    });
    compliance(
        locale.text(ChartText::ComplianceByDepartment),
        locale.text(ChartText::Department),
        groups.collect(),
        locale,
    )
}

/// A line per [`Series`] of `measure` (its name, for the title and the
/// value axis, cut at 36 characters as every name is: see
/// [Text](self#text)) over the periods, with a whisker for each point's interval.
/// The periods are the points' labels in time order: each series gives
/// its points in the order of their periods, and the axis merges those
/// orders (periods no series orders against each other take the order of
/// their labels, which is time order for `2026-03`, `2026-Q1` and ISO
/// dates); a point whose value is not finite is left out. The lines take
/// the colours of the Okabe–Ito palette, in order (`#0072B2` first); a
/// single line has its values written beside its points.
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
    LineChart { measure, series }.render(locale)
}

fn compliance_group(label: String, tally: &Tally) -> Group {
    Group { label, values: vec![tally.score().map(|s| s * 100.0), tally.coverage().map(|c| c * 100.0)] }
}

fn compliance(title: &'static str, categories: &'static str, groups: Vec<Group>, locale: Locale) -> String {
    BarChart {
        title,
        categories,
        value_axis: locale.text(ChartText::PercentAxis),
        series: vec![
            Legend { name: locale.text(ChartText::Score), colour: BLUE },
            Legend { name: locale.text(ChartText::Coverage), colour: GREY },
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
        // Never: the charts' subjects are gaps', and feedback refuses the
        // service overall.
        Subject::Overall => subject.to_string(),
    }
}

fn dimension_label(dimension: QualityDimension, locale: Locale) -> String {
    crate::standard::wording::capitalised(locale.label(dimension))
}

// --- Drawing ----------------------------------------------------------------

/// The whole document, in pixels from its top left corner.
type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;
/// What plotters' drawing calls return: an error if the backend's writing
/// failed (which a `String` never does) or plotters could not lay the chart
/// out; the chart functions then draw "no data".
type Drawn = Result<(), Box<dyn std::error::Error>>;

const WIDTH: u32 = 760;
/// The height of the title and the legend, above the plot.
const HEADER: u32 = 68;
/// Room below the value axis' name.
const MARGIN_BOTTOM: u32 = 8;
const BLUE: RGBColor = RGBColor(0x2b, 0x6c, 0xb0);
const GREY: RGBColor = RGBColor(0xa0, 0xae, 0xc0);
const RED: RGBColor = RGBColor(0xc5, 0x30, 0x30);
/// Text, axes and the zero line.
const INK: RGBColor = RGBColor(0x2d, 0x37, 0x48);
const TITLE_INK: RGBColor = RGBColor(0x1a, 0x20, 0x2c);
/// Notes ("not scored", "no data").
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
/// Labels longer than this are shortened with `…`.
const MAX_LABEL_CHARS: usize = 36;
/// The axes run over whole numbers (plotters formats no other key points of
/// one's choosing): a value axis from 0 to `SCALE`, a row or a period
/// `SCALE` wide.
const SCALE: i32 = 10_000;
/// The document when even the "no data" chart could not be drawn.
const EMPTY: &str =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"200\" viewBox=\"0 0 760 200\"></svg>\n";

#[derive(Clone, Copy)]
enum Unit {
    Plain,
    Percent,
}

struct Legend {
    name: &'static str,
    colour: RGBColor,
}

struct Group {
    label: String,
    values: Vec<Option<f64>>,
}

/// A text style: sans-serif of `size`, in `colour`, placed from `anchor`.
fn style(size: f64, colour: &'static RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    TextStyle::from((FontFamily::SansSerif, size).into_font()).color(colour).pos(Pos::new(h, v))
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

/// The title, top left, and the legend below it from `left`: a square key
/// (a `<polygon>`, so that no key counts as a bar) and the name of each
/// entry.
fn header(root: &Area<'_>, title: &str, left: i32, legend: &[(String, RGBColor)]) -> Drawn {
    let title_style = TextStyle::from((FontFamily::SansSerif, TITLE_SIZE).into_font().style(FontStyle::Bold))
        .color(&TITLE_INK)
        .pos(Pos::new(HPos::Left, VPos::Top));
    root.draw(&Text::new(safe(title), (20, 14), title_style))?;
    let mut x = left;
    for (name, colour) in legend {
        let key = vec![(x, 44), (x + 12, 44), (x + 12, 56), (x, 56)];
        root.draw(&Polygon::new(key, colour.filled()))?;
        let name = shortened(name);
        root.draw(&Text::new(name.clone(), (x + 18, 50), style(TEXT_SIZE, &INK, HPos::Left, VPos::Center)))?;
        #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss, reason = "short names")]
        let advance = (name.chars().count() as f64 * CHAR_WIDTH) as i32 + 44;
        x += advance;
    }
    Ok(())
}

/// A chart with only its title and "no data".
fn no_data(title: &str, locale: Locale) -> String {
    let drawn = svg(WIDTH, 200, |root| {
        header(root, title, 20, &[])?;
        let note = style(NO_DATA_SIZE, &FAINT, HPos::Center, VPos::Center);
        #[allow(clippy::cast_possible_wrap, reason = "760")]
        root.draw(&Text::new(locale.text(ChartText::NoData), (WIDTH as i32 / 2, 120), note))?;
        Ok(())
    });
    drawn.unwrap_or_else(|| EMPTY.to_owned())
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
        let any = self.groups.iter().flat_map(|g| g.values.iter().flatten()).any(|v| v.is_finite());
        if !any {
            return no_data(self.title, locale);
        }
        self.draw(locale).unwrap_or_else(|| no_data(self.title, locale))
    }

    fn draw(&self, locale: Locale) -> Option<String> {
        let values =
            || self.groups.iter().flat_map(|g| g.values.iter().flatten().copied()).filter(|v| v.is_finite());
        let (low, high) = self.domain.unwrap_or_else(|| {
            let (min, max) = values().fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
            // Room left of the longest shortfall for its value (a surplus'
            // value has the right margin).
            let pad = (max * 0.12 - min * 0.12).max(f64::EPSILON);
            (if min < 0.0 { (min - pad).max(f64::MIN) } else { 0.0 }, max)
        });
        let ticks = Ticks::new(low, high);
        let (bar, gap) = (16.0, 10.0);
        #[allow(clippy::cast_precision_loss, reason = "a handful of series")]
        let row = bar * self.series.len().max(1) as f64 + gap;
        #[allow(clippy::cast_precision_loss, reason = "rows of a chart")]
        let rows = self.groups.len() as f64;
        let labels: Vec<String> = self.groups.iter().map(|g| shortened(&g.label)).collect();
        // Row `i` spans `rows - i - 1` to `rows - i` upwards: the first on top.
        #[allow(clippy::cast_precision_loss, reason = "rows of a chart")]
        let centres: Vec<i32> = (0..labels.len()).map(|i| scaled(rows - i as f64 - 0.5)).collect();
        let widest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_precision_loss)]
        let left = (widest as f64 * CHAR_WIDTH + 56.0).clamp(110.0, 330.0) as u32;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "rows of a chart")]
        let plot = (row * rows).round() as u32;
        let (bottom, right, top) = (52, 64, 6);
        let height = HEADER + top + plot + bottom + MARGIN_BOTTOM;
        let shown = |value: f64| ticks.format_value(value, self.unit, locale);
        let legend: Vec<(String, RGBColor)> =
            self.series.iter().map(|l| (l.name.to_owned(), l.colour)).collect();
        let mut category_keys: Vec<(i32, String)> =
            centres.iter().copied().zip(labels.iter().cloned()).collect();
        category_keys.sort_by_key(|(at, _)| *at);

        svg(WIDTH, height, |root| {
            #[allow(clippy::cast_possible_wrap, reason = "at most 330")]
            header(root, self.title, left as i32 + 12, &legend)?;
            let (_, body) = root.split_vertically(HEADER);
            let value_ticks = ticks.keys(self.unit, locale);
            let mut chart = chart_on(&body, [top, right, bottom, left]).build_cartesian_2d(
                (0..SCALE).with_key_points(value_ticks.iter().map(|(at, _)| *at).collect()),
                (0..scaled(rows)).with_key_points(centres.clone()),
            )?;
            let value_label = |at: &i32| nearest(&value_ticks, *at);
            let category_label = |y: &i32| nearest(&category_keys, *y);
            chart
                .configure_mesh()
                .disable_y_mesh()
                .bold_line_style(GRID)
                .axis_style(INK)
                .x_label_formatter(&value_label)
                .y_label_formatter(&category_label)
                .x_desc(self.value_axis)
                .y_desc(self.categories)
                .label_style(style(TEXT_SIZE, &INK, HPos::Center, VPos::Center))
                .axis_desc_style(style(TEXT_SIZE, &INK, HPos::Center, VPos::Center))
                .draw()?;
            let area = chart.plotting_area();
            let zero = scaled(ticks.share(0.0_f64.clamp(ticks.low, ticks.high)));
            if ticks.low < 0.0 {
                area.draw(&PathElement::new(vec![(zero, 0), (zero, scaled(rows))], INK))?;
            }
            for (i, group) in self.groups.iter().enumerate() {
                #[allow(clippy::cast_precision_loss, reason = "rows of a chart")]
                let row_top = rows - i as f64;
                for (j, (value, legend)) in group.values.iter().zip(&self.series).enumerate() {
                    #[allow(clippy::cast_precision_loss, reason = "a handful of series")]
                    let (y0, y1) = (
                        scaled(row_top - (gap / 2.0 + bar * j as f64) / row),
                        scaled(row_top - (gap / 2.0 + bar * (j + 1) as f64 - 2.0) / row),
                    );
                    // Both within 0..=i32::MAX: neither the difference nor the result overflows.
                    let middle = y0 + (y1 - y0) / 2;
                    let Some(value) = value.filter(|v| v.is_finite()) else {
                        let note = style(TEXT_SIZE, &FAINT, HPos::Left, VPos::Center);
                        let note = TextStyle { font: note.font.style(FontStyle::Italic), ..note };
                        area.draw(
                            &(EmptyElement::at((zero, middle))
                                + Text::new(locale.text(ChartText::NotScored), (5, 0), note)),
                        )?;
                        continue;
                    };
                    let colour = match (self.by_sign, value < 0.0) {
                        (true, true) => self.series.first().map_or(legend.colour, |l| l.colour),
                        (true, false) => self.series.get(1).map_or(legend.colour, |l| l.colour),
                        (false, _) => legend.colour,
                    };
                    let end = scaled(ticks.share(value.clamp(ticks.low, ticks.high)));
                    area.draw(&Rectangle::new([(zero, y0), (end, y1)], colour.filled()))?;
                    let (dx, h) = if value < 0.0 { (-5, HPos::Right) } else { (5, HPos::Left) };
                    let label = Text::new(shown(value), (dx, 0), style(TEXT_SIZE, &INK, h, VPos::Center));
                    area.draw(&(EmptyElement::at((end, middle)) + label))?;
                }
            }
            Ok(())
        })
    }
}

/// Lines over periods, one per series.
struct LineChart<'a> {
    measure: &'a str,
    series: &'a [Series],
}

impl LineChart<'_> {
    fn render(self, locale: Locale) -> String {
        // The measure is a name like the others: shortened in the title
        // and on the value axis, so a chart's size does not grow with it.
        let title = format!("{} {}", shortened(self.measure), locale.text(ChartText::OverTime));
        self.draw(&title, locale).unwrap_or_else(|| no_data(&title, locale))
    }

    /// The chart; "no data" if no value is finite, `None` if plotters
    /// reported an error.
    fn draw(&self, title: &str, locale: Locale) -> Option<String> {
        let drawn = |p: &&Point| p.value.is_finite();
        let periods =
            time_order(self.series.iter().map(|s| s.points.iter().filter(drawn).map(|p| p.label.as_str())));
        let place: rustc_hash::FxHashMap<&str, usize> =
            periods.iter().enumerate().map(|(i, label)| (*label, i)).collect();
        if periods.is_empty() {
            return Some(no_data(title, locale));
        }
        let finite_interval = |p: &Point| p.interval.filter(|(lo, hi)| lo.is_finite() && hi.is_finite());
        let (min, max) = self
            .series
            .iter()
            .flat_map(|s| s.points.iter().filter(drawn))
            .flat_map(|p| {
                let (lo, hi) = finite_interval(p).unwrap_or((p.value, p.value));
                [p.value, lo, hi]
            })
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let pad = if max > min { max * 0.08 - min * 0.08 } else { min.abs().max(1.0) * 0.1 };
        let ticks = Ticks::new((min - pad).max(f64::MIN), (max + pad).min(f64::MAX));
        let (left, right, top, plot, bottom) = (84_u32, 40_u32, 6_u32, 280_u32, 56_u32);
        let height = HEADER + top + plot + bottom + MARGIN_BOTTOM;
        let labels: Vec<String> = periods.iter().map(|p| shortened(p)).collect();
        // Every period's label where they fit, else every n-th.
        let widest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        #[allow(clippy::cast_precision_loss, reason = "at most 37 characters")]
        let room = widest as f64 * CHAR_WIDTH + 16.0;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "a positive width")]
        let fit = (f64::from(WIDTH - left - right - 24) / room).max(1.0) as usize;
        let every = periods.len().div_ceil(fit).max(1);
        #[allow(clippy::cast_precision_loss, reason = "periods of a chart")]
        let x = |i: usize| scaled(i as f64 + 0.5);
        let period_keys: Vec<(i32, String)> =
            labels.iter().cloned().enumerate().map(|(i, l)| (x(i), l)).collect();
        let shown_periods: Vec<i32> = period_keys.iter().step_by(every).map(|(at, _)| *at).collect();
        #[allow(clippy::cast_precision_loss, reason = "periods of a chart")]
        let count = scaled(periods.len() as f64);
        let index = |label: &str| place.get(label).copied();
        let legend: Vec<(String, RGBColor)> = self
            .series
            .iter()
            .enumerate()
            .map(|(k, s)| (s.name.clone(), PALETTE.get(k % PALETTE.len()).copied().unwrap_or(INK)))
            .collect();
        let single = self.series.len() == 1;

        svg(WIDTH, height, |root| {
            #[allow(clippy::cast_possible_wrap, reason = "84")]
            header(root, title, left as i32 + 12, &legend)?;
            let (_, body) = root.split_vertically(HEADER);
            let value_ticks = ticks.keys(Unit::Plain, locale);
            let mut chart = chart_on(&body, [top, right, bottom, left]).build_cartesian_2d(
                (0..count).with_key_points(shown_periods),
                (0..SCALE).with_key_points(value_ticks.iter().map(|(at, _)| *at).collect()),
            )?;
            let value_label = |at: &i32| nearest(&value_ticks, *at);
            let period_label = |at: &i32| nearest(&period_keys, *at);
            let measure = shortened(self.measure);
            chart
                .configure_mesh()
                .disable_x_mesh()
                .bold_line_style(GRID)
                .axis_style(INK)
                .x_label_formatter(&period_label)
                .y_label_formatter(&value_label)
                .x_desc(locale.text(ChartText::Period))
                .y_desc(measure)
                .label_style(style(TEXT_SIZE, &INK, HPos::Center, VPos::Center))
                .axis_desc_style(style(TEXT_SIZE, &INK, HPos::Center, VPos::Center))
                .draw()?;
            for (series, (_, colour)) in self.series.iter().zip(&legend) {
                let mut placed: Vec<(usize, &Point)> = series
                    .points
                    .iter()
                    .filter(drawn)
                    .filter_map(|p| index(&p.label).map(|i| (i, p)))
                    .collect();
                placed.sort_by_key(|(i, _)| *i);
                let at =
                    |i: usize, value: f64| (x(i), scaled(ticks.share(value.clamp(ticks.low, ticks.high))));
                if placed.len() > 1 {
                    let line: Vec<(i32, i32)> = placed.iter().map(|(i, p)| at(*i, p.value)).collect();
                    chart.plotting_area().draw(&PathElement::new(line, colour.stroke_width(3)))?;
                }
                for (k, (i, point)) in placed.iter().enumerate() {
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
                    if single {
                        // Right of the point, away from the line to the next.
                        let rising = placed.get(k + 1).is_some_and(|(_, next)| next.value > point.value);
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

/// `text` shortened to [`MAX_LABEL_CHARS`] with `…`, made safe.
fn shortened(text: &str) -> String {
    if text.chars().count() > MAX_LABEL_CHARS {
        let mut short: String = text.chars().take(MAX_LABEL_CHARS - 1).collect();
        short.push('…');
        safe(&short)
    } else {
        safe(text)
    }
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
        let long = "x".repeat(40);
        assert_eq!(shortened(&long).chars().count(), MAX_LABEL_CHARS);
        assert!(shortened(&long).ends_with('…'));
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
