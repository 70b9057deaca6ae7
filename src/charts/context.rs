//! What charts are about and how they name it: [`Context`], the chart
//! methods, and the names and orders of phases, departments and subjects.

use std::fmt::Display;

use crate::model::{Id, PhasePath, QualityDimension, ServiceModel};
use crate::statistics::{Estimate, Reporting};
use crate::survey::{GapAnalysis, Measure, Scale, Subject, Summary};
use crate::{assess::ComplianceReport, assess::Tally, assess::Verdict, standard::Locale};

use super::Series;
use super::axis::{Unit, finite_range, number};
use super::bar::{BarChart, Legend, Mode, Row};
use super::draw::{BLUE, GREEN, GREY, RED, no_data};
use super::line::LineChart;
use super::words::{self, ChartText};
use super::wrap::safe;

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
    /// journey (see [Reading a chart](super#reading-a-chart)): a shortfall
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
    /// out; a point with [too few answers](super::Point::too_few) keeps its period
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

/// What the count below a title counts.
#[derive(Clone, Copy)]
pub(super) enum Count {
    Answers,
    Checked,
}

pub(super) fn compliance_row(label: String, tally: &Tally) -> Row {
    Row::new(label, vec![tally.score().map(|s| s * 100.0), tally.coverage().map(|c| c * 100.0)])
}

pub(super) fn dimension_label(dimension: QualityDimension, locale: Locale) -> String {
    crate::standard::wording::capitalised(locale.label(dimension))
}

pub(super) fn dimension_rank(dimension: QualityDimension) -> usize {
    crate::survey::feedback::servqual_rank(dimension)
}
