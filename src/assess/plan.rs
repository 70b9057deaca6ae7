//! From feedback to action: what to improve first, and what raising it means.

use std::collections::{HashMap, HashSet};

use crate::{
    assess::ComplianceReport, error::Entity, error::Error, error::Problem, model::Id, model::Levels,
    model::PhasePath, model::ServiceLevel, model::ServiceModel, model::Vocabulary, rules::RuleSet,
    standard::CoverageHole, standard::Locale, standard::SetDiff, survey::Feedback, survey::GapAnalysis,
    survey::Subject, validate::Violations,
};
use crate::{assess::words::PlanText, standard::wording::Number};

/// An improvement plan: the sequence method's loop closed. Customers'
/// feedback ranks the phases and dimensions by their gap, worst first,
/// with the audit compliance of each phase beside it; for the phase that
/// comes first, the plan shows what raising it one level would mean: the
/// standards added, dropped and given a new target ([`SetDiff`]), and the
/// coverage holes of that phase.
///
/// Made by [`ImprovementPlan::builder`]; a plan is data (serde with the
/// `serde` feature) and renders as Markdown with
/// [`markdown`](Self::markdown).
///
/// Every plan built is written as a document that reads back equal. Read
/// from a document, a plan is checked as [`build`](ImprovementPlanBuilder::build)
/// makes one, and every fault is listed (an error about
/// [`Entity::ImprovementPlan`], paths such as `priorities[1].compliance`
/// and `raise.raised_to`): each gap is a finite number and each
/// compliance a share from 0 to 1 ([`Problem::MeasurementOutOfRange`]);
/// each interval is two finite numbers, the low at most the high
/// ([`Problem::InvalidInterval`]); the level raised to is the one above the
/// current level, and absent at exclusive, where no standard may change
/// ([`Problem::Contradicts`], [`Problem::MissingField`]). A [`Priority`] or
/// [`Raise`] read alone is checked the same way.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
///     .items([
///         FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.5, 4.5),
///         FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 5.5),
///     ])
///     .build()?;
/// let rules = RuleSet::catalogue();
/// let current = Levels::new(ServiceLevel::Expected);
/// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
/// assert_eq!(plan.priorities()[0].subject(), &Subject::Phase("stay/check-in".parse()?));
/// let raise = plan.raise().unwrap();
/// assert_eq!((raise.current(), raise.raised_to()), (ServiceLevel::Expected, Some(ServiceLevel::Exclusive)));
/// assert!(!raise.diff().target_changed().is_empty());
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct ImprovementPlan {
    level: ServiceLevel,
    priorities: Vec<Priority>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    raise: Option<Raise>,
}

/// One subject of an [`ImprovementPlan`], with its place in the ranking:
/// its gap, the gap's interval when one is known, and, for a phase, its
/// audit compliance.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
///     .items([FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 5.5)])
///     .build()?;
/// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
/// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
/// let first = &plan.priorities()[0];
/// assert_eq!((first.gap(), first.interval(), first.compliance()), (-0.5, None, None));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, try_from = "PriorityRecord"))]
pub struct Priority {
    #[cfg_attr(feature = "serde", serde(with = "subject"))]
    subject: Subject,
    gap: f64,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    interval: Option<(f64, f64)>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    compliance: Option<f64>,
}

/// What raising the first phase of an [`ImprovementPlan`] one level would
/// mean: its level now and next, the [`SetDiff`] from the set derived now
/// to the set derived with the phase one level up, and the phase's
/// coverage holes now.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 5.0)])
///     .build()?;
/// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Basic));
/// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
/// let raise = plan.raise().unwrap();
/// assert_eq!(raise.phase().to_string(), "stay/check-in");
/// assert_eq!(raise.raised_to(), Some(ServiceLevel::Expected));
/// assert!(raise.holes().is_empty());
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, try_from = "RaiseRecord"))]
pub struct Raise {
    phase: PhasePath,
    current: ServiceLevel,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    raised_to: Option<ServiceLevel>,
    #[cfg_attr(feature = "serde", serde(default))]
    diff: SetDiff,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    holes: Vec<CoverageHole>,
}

/// Gathers what an [`ImprovementPlan`] is made from: the model, the rules,
/// the levels derived at now and the gaps; optionally an audit's compliance
/// and an interval per subject. [`build`](Self::build) makes the plan.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let check_in = Subject::Phase("stay/check-in".parse()?);
/// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
///     .items([FeedbackItem::new(check_in.clone(), 6.0, 5.0)])
///     .build()?;
/// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
/// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps())
///     .interval(check_in, (-1.4, -0.6))
///     .build()?;
/// assert_eq!(plan.priorities()[0].interval(), Some((-1.4, -0.6)));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct ImprovementPlanBuilder<'a> {
    model: &'a ServiceModel,
    rules: &'a RuleSet,
    current: &'a Levels,
    gaps: &'a GapAnalysis,
    compliance: Option<&'a ComplianceReport>,
    intervals: Vec<(Subject, (f64, f64))>,
}

impl ImprovementPlan {
    /// A builder for the plan of `model`, derived by `rules` at the levels
    /// `current`, from the customers' `gaps`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 5.0)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// assert_eq!(plan.priorities().len(), 1);
    /// // Only phases are raised, and no phase was rated:
    /// assert!(plan.raise().is_none());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn builder<'a>(
        model: &'a ServiceModel,
        rules: &'a RuleSet,
        current: &'a Levels,
        gaps: &'a GapAnalysis,
    ) -> ImprovementPlanBuilder<'a> {
        ImprovementPlanBuilder { model, rules, current, gaps, compliance: None, intervals: Vec::new() }
    }

    /// The level the model is derived at now ([`Levels::base`] of the
    /// levels the plan was made for).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 5.0)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Basic));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// assert_eq!(plan.level(), ServiceLevel::Basic);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn level(&self) -> ServiceLevel {
        self.level
    }

    /// Every subject of the gaps, phases and dimensions together, ranked:
    /// the most negative gap first; subjects whose gaps tie (compared as
    /// [`Feedback::gaps`] compares them, to
    /// [`Feedback::GAP_DECIMALS`] places) go by audit compliance, the
    /// lower first and subjects without one (dimensions, phases not
    /// audited) after those with one; then as
    /// [`GapAnalysis::priorities`] orders them (the more important first,
    /// dimensions before phases).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([
    ///         FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 5.5),
    ///         FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 4.0),
    ///     ])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// let gaps: Vec<f64> = plan.priorities().iter().map(Priority::gap).collect();
    /// assert_eq!(gaps, [-2.0, -0.5]);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn priorities(&self) -> &[Priority] {
        &self.priorities
    }

    /// What raising the first phase of the ranking would mean: the first
    /// ranked phase that falls short (a negative gap) and that the model
    /// has. `None` when no phase of the model falls short.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([
    ///         FeedbackItem::new(Subject::Phase("stay/spa".parse()?), 6.0, 3.0),
    ///         FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 6.5),
    ///     ])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// // The model has no spa, and check-in exceeds expectations:
    /// assert!(plan.raise().is_none());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn raise(&self) -> Option<&Raise> {
        self.raise.as_ref()
    }
}

impl<'a> ImprovementPlanBuilder<'a> {
    /// Puts the compliance of each phase from an audit's `report` beside
    /// its gap ([`Tally::score`](crate::assess::Tally::score) of
    /// [`ComplianceReport::by_phase`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder()
    ///     .entries([AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Fail)])
    ///     .build()?
    ///     .score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 5.0)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).compliance(&report).build()?;
    /// assert_eq!(plan.priorities()[0].compliance(), Some(0.0));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn compliance(mut self, report: &'a ComplianceReport) -> Self {
        self.compliance = Some(report);
        self
    }

    /// Gives `subject`'s gap an interval (low, high), such as a 95 %
    /// confidence interval from individual responses; given again, the last
    /// one counts. An interval for a subject the gaps do not have is not used.
    ///
    /// Every interval given must be two finite numbers, the low at most the
    /// high, or [`build`](Self::build) refuses it (a plan shows and writes
    /// only what it can read back): reversed bounds are not swapped, and a
    /// NaN or infinite bound is not taken for "unknown" (give no interval
    /// for that).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let empathy = Subject::Dimension(QualityDimension::Empathy);
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(empathy.clone(), 6.0, 5.0)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps())
    ///     .interval(empathy.clone(), (-2.0, 0.0))
    ///     .interval(empathy, (-1.5, -0.5))
    ///     .build()?;
    /// assert_eq!(plan.priorities()[0].interval(), Some((-1.5, -0.5)));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn interval(mut self, subject: Subject, interval: (f64, f64)) -> Self {
        self.intervals.push((subject, interval));
        self
    }

    /// Ranks the subjects and works out what raising the first phase
    /// would mean: the set derived at the current levels, and with that
    /// phase one level up ([`RuleSet::derive_with`]), compared by
    /// [`SetDiff::between`]. A phase already at exclusive cannot go up:
    /// its [`Raise::raised_to`] is `None` and its diff empty.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::ImprovementPlan`] listing every
    /// [interval](Self::interval) given, used or not, that is not two
    /// finite numbers with the low at most the high: each a
    /// [`Problem::InvalidInterval`] at `intervals/<subject>`
    /// (`intervals/stay/check-in`, `intervals/empathy`) with the interval
    /// as given, `(NaN, 1)`. Nothing else can fail: the model, rules, levels,
    /// gaps and report were checked when they were made.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 5.0)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Exclusive));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// let raise = plan.raise().unwrap();
    /// assert_eq!((raise.current(), raise.raised_to()), (ServiceLevel::Exclusive, None));
    /// assert!(raise.diff().is_empty());
    ///
    /// let empathy = Subject::Dimension(QualityDimension::Empathy);
    /// let err = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps())
    ///     .interval(empathy, (1.0, -3.0))
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid improvement plan: intervals/empathy: interval must be two finite numbers, the low at most the high `(1, -3)`"
    /// );
    /// # Ok::<(), Error>(())
    /// ```
    pub fn build(self) -> Result<ImprovementPlan, Error> {
        let mut v = Violations::default();
        for (subject, interval) in &self.intervals {
            check_interval(&mut v, || format!("intervals/{subject}"), *interval);
        }
        if !v.is_empty() {
            return Err(v.into_error(Entity::ImprovementPlan));
        }
        // Each look-up table is built once, so the plan is linear in the
        // subjects, the report's phases and the intervals given.
        let scores: HashMap<&PhasePath, Option<f64>> = self
            .compliance
            .map(|report| report.by_phase().into_iter().map(|(p, t)| (p, t.score())).collect())
            .unwrap_or_default();
        let compliance_of = |subject: &Subject| match subject {
            Subject::Phase(path) => scores.get(path).copied().flatten(),
            Subject::Dimension(_) | Subject::Overall => None,
        };
        // Given again, a subject's interval is the last one given.
        let intervals: HashMap<&Subject, (f64, f64)> = self.intervals.iter().map(|(s, i)| (s, *i)).collect();
        let interval_of = |subject: &Subject| intervals.get(subject).copied();
        let mut ranked: Vec<(usize, Priority)> = self
            .gaps
            .priorities()
            .iter()
            .map(|g| Priority {
                subject: g.subject().clone(),
                gap: g.difference(),
                interval: interval_of(g.subject()),
                compliance: compliance_of(g.subject()),
            })
            .enumerate()
            .collect();
        ranked.sort_by(|(a_at, a), (b_at, b)| {
            rounded(a.gap)
                .total_cmp(&rounded(b.gap))
                .then_with(|| match (a.compliance, b.compliance) {
                    (Some(x), Some(y)) => rounded(x).total_cmp(&rounded(y)),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                })
                .then(a_at.cmp(b_at))
        });
        let priorities: Vec<Priority> = ranked.into_iter().map(|(_, p)| p).collect();
        let in_model: HashSet<(&Id, &Id)> = self
            .model
            .sequences()
            .iter()
            .flat_map(|s| s.phases().iter().map(move |p| (s.id(), p.id())))
            .collect();
        let first = priorities.iter().find_map(|p| match &p.subject {
            Subject::Phase(path)
                if rounded(p.gap) < 0.0 && in_model.contains(&(path.sequence(), path.phase())) =>
            {
                Some(path)
            }
            _ => None,
        });
        let raise = first.map(|phase| self.raise(phase));
        Ok(ImprovementPlan { level: self.current.base(), priorities, raise })
    }

    fn raise(&self, phase: &PhasePath) -> Raise {
        let now = self.rules.derive_with(self.model, self.current);
        let from = self.current.of_phase(phase);
        let to = ServiceLevel::ALL.get(from.index() + 1).copied();
        let diff = match to {
            Some(to) => {
                let raised = self.current.clone().phase(phase.clone(), to);
                SetDiff::between(&now, &self.rules.derive_with(self.model, &raised))
            }
            None => SetDiff::default(),
        };
        let holes = now
            .coverage(self.model)
            .holes()
            .iter()
            .filter(|h| h.sequence() == phase.sequence() && h.phase() == phase.phase())
            .cloned()
            .collect();
        Raise { phase: phase.clone(), current: from, raised_to: to, diff, holes }
    }
}

/// Checks an interval (low, high) at `path`: two finite numbers, the low at
/// most the high ([`Problem::InvalidInterval`]).
fn check_interval(v: &mut Violations, path: impl FnOnce() -> String, (low, high): (f64, f64)) {
    if !(low.is_finite() && high.is_finite() && low <= high) {
        v.push(path(), Problem::InvalidInterval, format!("({low}, {high})"));
    }
}

/// A value rounded as [`Feedback::gaps`] compares gaps.
fn rounded(x: f64) -> f64 {
    let scale = 10f64.powi(Feedback::GAP_DECIMALS);
    (x * scale).round()
}

impl Priority {
    /// The phase or dimension.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 5.5)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// assert_eq!(plan.priorities()[0].subject(), &Subject::Dimension(QualityDimension::Empathy));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn subject(&self) -> &Subject {
        &self.subject
    }

    /// The gap, perception − expectation ([`Gap::difference`](crate::survey::Gap::difference)).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 5.5)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// assert_eq!(plan.priorities()[0].gap(), -0.5);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn gap(&self) -> f64 {
        self.gap
    }

    /// The gap's interval (low, high), when one was given
    /// ([`ImprovementPlanBuilder::interval`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let empathy = Subject::Dimension(QualityDimension::Empathy);
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(empathy.clone(), 6.0, 5.5)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps())
    ///     .interval(empathy, (-0.75, -0.25))
    ///     .build()?;
    /// assert_eq!(plan.priorities()[0].interval(), Some((-0.75, -0.25)));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn interval(&self) -> Option<(f64, f64)> {
        self.interval
    }

    /// The phase's audit compliance, from 0 to 1, when a report was given
    /// and scored the phase; `None` for a dimension.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 5.5)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// assert_eq!(plan.priorities()[0].compliance(), None);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn compliance(&self) -> Option<f64> {
        self.compliance
    }
}

impl Raise {
    /// The phase.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 5.0)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// assert_eq!(plan.raise().unwrap().phase(), &"stay/check-in".parse::<PhasePath>()?);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn phase(&self) -> &PhasePath {
        &self.phase
    }

    /// The phase's level now.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let check_in: PhasePath = "stay/check-in".parse()?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Phase(check_in.clone()), 6.0, 5.0)])
    ///     .build()?;
    /// let rules = RuleSet::catalogue();
    /// let current = Levels::new(ServiceLevel::Basic).phase(check_in, ServiceLevel::Expected);
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// assert_eq!(plan.raise().unwrap().current(), ServiceLevel::Expected);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn current(&self) -> ServiceLevel {
        self.current
    }

    /// The level one up from [`current`](Self::current); `None` when the phase is
    /// already at exclusive and cannot go up.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 5.0)])
    ///     .build()?;
    /// let rules = RuleSet::catalogue();
    /// let current = Levels::new(ServiceLevel::Exclusive);
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// assert_eq!(plan.raise().unwrap().raised_to(), None);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn raised_to(&self) -> Option<ServiceLevel> {
        self.raised_to
    }

    /// What raising the phase changes: from the set derived at the current
    /// levels to the set derived with the phase at [`raised_to`](Self::raised_to).
    /// Standards of other phases do not change. Empty when the phase cannot
    /// go up.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 5.0)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Basic));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// let diff = plan.raise().unwrap().diff();
    /// let greet = diff.target_changed().iter().find(|c| c.id().rule().as_str() == "greet-on-arrival").unwrap();
    /// assert_eq!((greet.before(), greet.after()), (Target::within_secs(60), Target::within_secs(30)));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn diff(&self) -> &SetDiff {
        &self.diff
    }

    /// The phase's coverage holes now: its channels with no technical or no
    /// functional standard ([`StandardSet::coverage`](crate::standard::StandardSet::coverage)).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 5.0)])
    ///     .build()?;
    /// // No rules: no standards, so check-in lacks both aspects face to face.
    /// let (rules, current) = (RuleSet::builder().build()?, Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// let holes: Vec<String> = plan.raise().unwrap().holes().iter().map(ToString::to_string).collect();
    /// assert_eq!(holes, [
    ///     "stay/check-in on face-to-face: no technical standard",
    ///     "stay/check-in on face-to-face: no functional standard",
    /// ]);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn holes(&self) -> &[CoverageHole] {
        &self.holes
    }
}

impl ImprovementPlan {
    /// The plan as Markdown in `locale`: the level, the ranking as a table
    /// (gaps to two decimals, intervals, compliance in per cent, `–` where
    /// there is none), then the phase to raise first: its level now and
    /// next (or that it cannot go higher), the standards added and dropped
    /// and the new targets (or that nothing changes), and its coverage
    /// holes; or that no phase falls short. Empty lists are left out.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 5.0)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Exclusive));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// let english = plan.markdown(Locale::English);
    /// assert!(english.starts_with("# Improvement plan\n"));
    /// assert!(english.contains("| 1 | stay/check-in | -1.00 | – | – |"));
    /// let polish = plan.markdown(Locale::Polish);
    /// assert!(polish.contains("| 1 | stay/check-in | -1,00 | – | – |"));
    /// assert!(polish.contains("Ta faza ma już najwyższy poziom (wyjątkowy), więc nie można go podnieść."));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn markdown(&self, locale: Locale) -> String {
        use std::fmt::Write as _;
        let t = |text: PlanText| locale.text(text);
        let number = |x: f64| locale.number(x, Number::fixed(2));
        let subject = |s: &Subject| match s {
            Subject::Dimension(d) => locale.label(*d).to_owned(),
            Subject::Phase(p) => p.to_string(),
            // Never: a plan's subjects are its gaps', and feedback refuses
            // the service overall.
            Subject::Overall => s.to_string(),
        };
        let mut out = String::new();
        let _ = writeln!(out, "# {}\n", t(PlanText::Title));
        let _ = writeln!(out, "{}: {}\n", t(PlanText::Level), locale.label(self.level));
        let _ = writeln!(out, "## {}\n", t(PlanText::Priorities));
        let _ = writeln!(
            out,
            "| # | {} | {} | {} | {} |\n|---|---|---|---|---|",
            t(PlanText::Subject),
            t(PlanText::Gap),
            t(PlanText::Interval),
            t(PlanText::Compliance)
        );
        for (n, p) in self.priorities.iter().enumerate() {
            let interval = p
                .interval
                .map_or_else(|| "–".to_owned(), |(lo, hi)| format!("{} … {}", number(lo), number(hi)));
            let compliance = p.compliance.map_or_else(
                || "–".to_owned(),
                |c| format!("{} %", locale.number(c * 100.0, Number::fixed(0))),
            );
            let _ = writeln!(
                out,
                "| {} | {} | {} | {interval} | {compliance} |",
                n + 1,
                subject(&p.subject),
                number(p.gap)
            );
        }
        out.push('\n');
        let Some(raise) = &self.raise else {
            let _ = writeln!(out, "{}", t(PlanText::NothingToRaise));
            return out;
        };
        let _ = writeln!(out, "## {}: {}\n", t(PlanText::RaiseFirst), raise.phase);
        match raise.raised_to {
            None => {
                let _ =
                    writeln!(out, "{}\n", t(PlanText::AtTop).replace("{level}", locale.label(raise.current)));
            }
            Some(to) => {
                let _ = writeln!(
                    out,
                    "{}: {} → {}\n",
                    t(PlanText::Level),
                    locale.label(raise.current),
                    locale.label(to)
                );
                if raise.diff.is_empty() {
                    let _ = writeln!(out, "{}\n", t(PlanText::NoChange));
                }
            }
        }
        let list = |out: &mut String, heading: PlanText, lines: Vec<String>| {
            if lines.is_empty() {
                return;
            }
            let _ = writeln!(out, "### {} ({})\n", t(heading), lines.len());
            for line in lines {
                let _ = writeln!(out, "- {line}");
            }
            out.push('\n');
        };
        let diff = &raise.diff;
        list(&mut out, PlanText::Added, diff.added().iter().map(|id| format!("`{id}`")).collect());
        list(&mut out, PlanText::Removed, diff.removed().iter().map(|id| format!("`{id}`")).collect());
        list(
            &mut out,
            PlanText::NewTargets,
            diff.target_changed()
                .iter()
                .map(|c| {
                    format!("`{}`: {} → {}", c.id(), locale.target(c.before()), locale.target(c.after()))
                })
                .collect(),
        );
        list(
            &mut out,
            PlanText::Holes,
            raise
                .holes
                .iter()
                .map(|h| {
                    format!(
                        "{}: {} — {}",
                        locale.label(h.channel()),
                        locale.label(h.missing()),
                        t(PlanText::NoStandard)
                    )
                })
                .collect(),
        );
        out
    }
}

/// [`Subject`] as written in a plan: `{"phase": "stay/check-in"}` or
/// `{"dimension": "empathy"}`.
#[cfg(feature = "serde")]
mod subject {
    use serde::{Deserialize as _, Serialize as _};

    use crate::{model::PhasePath, model::QualityDimension, survey::Subject};

    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(rename_all = "kebab-case", deny_unknown_fields)]
    enum Record {
        Dimension(QualityDimension),
        Phase(PhasePath),
    }

    pub(super) fn serialize<S: serde::Serializer>(subject: &Subject, s: S) -> Result<S::Ok, S::Error> {
        match subject {
            Subject::Dimension(d) => Record::Dimension(*d),
            Subject::Phase(p) => Record::Phase(p.clone()),
            // Never: a plan's subjects are its gaps', and feedback refuses
            // the service overall.
            Subject::Overall => {
                return Err(serde::ser::Error::custom(
                    "a plan's subject is a phase or a dimension, not overall",
                ));
            }
        }
        .serialize(s)
    }

    pub(super) fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Subject, D::Error> {
        Ok(match Record::deserialize(d)? {
            Record::Dimension(d) => Subject::Dimension(d),
            Record::Phase(p) => Subject::Phase(p),
        })
    }
}

/// A plan as written, before [`ImprovementPlan`]'s checks.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanRecord {
    level: ServiceLevel,
    priorities: Vec<PriorityRecord>,
    #[serde(default)]
    raise: Option<RaiseRecord>,
}

/// A priority as written, before [`Priority`]'s checks.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PriorityRecord {
    #[serde(with = "subject")]
    subject: Subject,
    gap: f64,
    #[serde(default)]
    interval: Option<(f64, f64)>,
    #[serde(default)]
    compliance: Option<f64>,
}

/// A raise as written, before [`Raise`]'s checks.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RaiseRecord {
    phase: PhasePath,
    current: ServiceLevel,
    #[serde(default)]
    raised_to: Option<ServiceLevel>,
    #[serde(default)]
    diff: SetDiff,
    #[serde(default)]
    holes: Vec<CoverageHole>,
}

/// Checks what a plan's [`build`](ImprovementPlanBuilder::build) guarantees
/// of a priority, each violation at `{at}field`: a finite gap, an interval
/// as [`check_interval`] wants it, a compliance from 0 to 1.
#[cfg(feature = "serde")]
fn check_priority(v: &mut Violations, at: &str, p: &PriorityRecord) {
    if !p.gap.is_finite() {
        v.push(format!("{at}gap"), Problem::MeasurementOutOfRange, p.gap.to_string());
    }
    if let Some(interval) = p.interval {
        check_interval(v, || format!("{at}interval"), interval);
    }
    if let Some(c) = p.compliance.filter(|c| !(0.0..=1.0).contains(c)) {
        v.push(format!("{at}compliance"), Problem::MeasurementOutOfRange, c.to_string());
    }
}

/// Checks what a plan's [`build`](ImprovementPlanBuilder::build) guarantees
/// of a raise, each violation at `{at}field`: the level raised to is the one
/// above the current one (none above exclusive), and a phase that cannot go
/// up changes no standard.
#[cfg(feature = "serde")]
fn check_raise(v: &mut Violations, at: &str, r: &RaiseRecord) {
    let next = ServiceLevel::ALL.get(r.current.index() + 1).copied();
    match (r.raised_to, next) {
        (Some(to), _) if Some(to) != next => {
            v.push(
                format!("{at}raised_to"),
                Problem::Contradicts("not the level one above the current level"),
                to.to_string(),
            );
        }
        (None, Some(_)) => v.push(format!("{at}raised_to"), Problem::MissingField, ""),
        _ => {}
    }
    if next.is_none() && !r.diff.is_empty() {
        v.push(
            format!("{at}diff"),
            Problem::Contradicts("standards change where the phase cannot go up"),
            "",
        );
    }
}

#[cfg(feature = "serde")]
impl PriorityRecord {
    /// The priority, once checked.
    fn into_priority(self) -> Priority {
        Priority {
            subject: self.subject,
            gap: self.gap,
            interval: self.interval,
            compliance: self.compliance,
        }
    }
}

#[cfg(feature = "serde")]
impl RaiseRecord {
    /// The raise, once checked.
    fn into_raise(self) -> Raise {
        Raise {
            phase: self.phase,
            current: self.current,
            raised_to: self.raised_to,
            diff: self.diff,
            holes: self.holes,
        }
    }
}

/// Reading a plan checks it as [`TryFrom<PlanRecord>`] says, and bounds
/// its error message as every document's is
/// ([`Error::MAX_MESSAGE_LEN`](crate::Error::MAX_MESSAGE_LEN)): serde's own
/// messages quote an unknown key or a value whole.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for ImprovementPlan {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let record = PlanRecord::deserialize(d).map_err(crate::document::cut_error)?;
        Self::try_from(record).map_err(D::Error::custom)
    }
}

#[cfg(feature = "serde")]
impl TryFrom<PlanRecord> for ImprovementPlan {
    type Error = Error;

    fn try_from(record: PlanRecord) -> Result<Self, Error> {
        let mut v = Violations::default();
        for (i, p) in record.priorities.iter().enumerate() {
            check_priority(&mut v, &format!("priorities[{i}]."), p);
        }
        if let Some(raise) = &record.raise {
            check_raise(&mut v, "raise.", raise);
        }
        v.finish(Entity::ImprovementPlan, || Self {
            level: record.level,
            priorities: record.priorities.into_iter().map(PriorityRecord::into_priority).collect(),
            raise: record.raise.map(RaiseRecord::into_raise),
        })
    }
}

#[cfg(feature = "serde")]
impl TryFrom<PriorityRecord> for Priority {
    type Error = Error;

    fn try_from(record: PriorityRecord) -> Result<Self, Error> {
        let mut v = Violations::default();
        check_priority(&mut v, "", &record);
        v.finish(Entity::ImprovementPlan, || record.into_priority())
    }
}

#[cfg(feature = "serde")]
impl TryFrom<RaiseRecord> for Raise {
    type Error = Error;

    fn try_from(record: RaiseRecord) -> Result<Self, Error> {
        let mut v = Violations::default();
        check_raise(&mut v, "", &record);
        v.finish(Entity::ImprovementPlan, || record.into_raise())
    }
}
