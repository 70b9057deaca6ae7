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
//! [`ServiceModel`]: crate::model::ServiceModel
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

mod axis;
mod bar;
mod context;
mod draw;
mod line;
mod periods;
mod point;
mod series;
mod words;
mod wrap;

pub use context::Context;
pub use point::Point;
pub use series::Series;

use crate::assess::ComplianceReport;
use crate::standard::Locale;
use crate::survey::{GapAnalysis, Summary};

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
