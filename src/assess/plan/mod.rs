//! From feedback to action: what to improve first, and what raising it means.

mod cause;
#[cfg(feature = "serde")]
mod document;
mod first_step;
mod importance;
mod markdown;
mod named_standard;
mod priority;
mod raise;

pub use cause::Cause;
pub use first_step::FirstStep;
pub use importance::Importance;
pub use named_standard::NamedStandard;
pub use priority::{Priority, Standing};
pub use raise::Raise;

use std::collections::{HashMap, HashSet};

use jiff::civil::Date;

use crate::{
    assess::ComplianceReport, error::Entity, error::Error, error::Problem, model::Id, model::Levels,
    model::PhasePath, model::ServiceLevel, model::ServiceModel, model::Vocabulary, rules::RuleSet,
    standard::SetDiff, standard::StandardSet, survey::Feedback, survey::GapAnalysis, survey::KeyDrivers,
    survey::Subject, validate::Violations,
};

use cause::Audited;
use first_step::{measure_again, owner};
use importance::importances;
use priority::standing;

/// An improvement plan: the sequence method's loop closed. Customers'
/// feedback ranks the phases and dimensions by their gap, worst first
/// (weighed by key-driver importance when given), with the audit
/// compliance and the key-driver importance of each beside it, and ties
/// and overlapping intervals flagged. Each subject that falls short gets
/// its [`Cause`]: standards not met (compliance below the
/// [threshold](ImprovementPlanBuilder::compliance_threshold): enforce the
/// current standards, listed by their statements) or standards too low
/// (compliance at or above it: raise them), or unknown without an audit.
/// The plan proposes an owner and a day to measure again for the first
/// ([`FirstStep`]), and, for the first phase that falls short and whose
/// standards are not known to be unmet, what raising it one level would
/// mean: the standards added, dropped and given a new target
/// ([`SetDiff`]), and the coverage holes of that phase. It states its
/// context: site, period and number of answers, when given.
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
/// ([`Problem::Contradicts`], [`Problem::MissingField`]); the compliance
/// threshold is a share from 0 to 1 ([`Problem::OutOfScale`]); the
/// period's first day is not after its last ([`Problem::Contradicts`]);
/// a driver's importance is from 0 to 1, its share from 0 to 100 and its
/// weight not negative ([`Problem::MeasurementOutOfRange`]). A document
/// written before plans had these fields reads with the default
/// threshold and none of the rest. A [`Priority`] or [`Raise`] read alone
/// is checked the same way.
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
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    site: Option<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    period: Option<(Date, Date)>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    answers: Option<usize>,
    compliance_threshold: f64,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "is_false"))]
    drivers: bool,
    priorities: Vec<Priority>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    first: Option<FirstStep>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    raise: Option<Raise>,
}

#[cfg(feature = "serde")]
fn is_false(b: &bool) -> bool {
    !*b
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
    compliance_threshold: f64,
    drivers: Option<&'a KeyDrivers>,
    site: Option<String>,
    period: Option<(Date, Date)>,
    answers: Option<usize>,
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
        ImprovementPlanBuilder {
            model,
            rules,
            current,
            gaps,
            compliance: None,
            intervals: Vec::new(),
            compliance_threshold: Self::COMPLIANCE_THRESHOLD,
            drivers: None,
            site: None,
            period: None,
            answers: None,
        }
    }

    /// The default [compliance threshold](ImprovementPlanBuilder::compliance_threshold):
    /// 0.8, four standards met in five.
    ///
    /// Below it, a subject that falls short is put down to the current
    /// standards not being met ([`Cause::NotMet`]); at or above it, to the
    /// standards being too low ([`Cause::TooLow`]). Why 80 %: it is the
    /// pass mark mystery-shopping and service-audit programmes commonly
    /// set, the share below which managers treat a standard as not yet
    /// lived; when more than one check in five fails, raising the standards
    /// changes what is written, not what customers meet, so the first
    /// remedy is training, staffing and enforcing what exists. A business
    /// with its own pass mark sets that instead.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::assess::ImprovementPlan::COMPLIANCE_THRESHOLD, 0.8);
    /// ```
    pub const COMPLIANCE_THRESHOLD: f64 = 0.8;

    /// The site the plan is about, as given to
    /// [`ImprovementPlanBuilder::site`].
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
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).site("Gdańsk").build()?;
    /// assert_eq!(plan.site(), Some("Gdańsk"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn site(&self) -> Option<&str> {
        self.site.as_deref()
    }

    /// The period the answers come from (first and last day), as given to
    /// [`ImprovementPlanBuilder::period`].
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 5.0)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps())
    ///     .period(date(2026, 7, 1), date(2026, 12, 31))
    ///     .build()?;
    /// assert_eq!(plan.period(), Some((date(2026, 7, 1), date(2026, 12, 31))));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn period(&self) -> Option<(Date, Date)> {
        self.period
    }

    /// The number of answers the gaps come from, as given to
    /// [`ImprovementPlanBuilder::answers`].
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
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).answers(412).build()?;
    /// assert_eq!(plan.answers(), Some(412));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn answers(&self) -> Option<usize> {
        self.answers
    }

    /// The compliance threshold that separates [`Cause::NotMet`] from
    /// [`Cause::TooLow`] in this plan.
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
    /// assert_eq!(plan.compliance_threshold(), ImprovementPlan::COMPLIANCE_THRESHOLD);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn compliance_threshold(&self) -> f64 {
        self.compliance_threshold
    }

    /// What the plan proposes for its first item, the first ranked subject
    /// that falls short: an owner and a day to measure again. `None` when
    /// nothing falls short.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 5.0, 6.0)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// assert_eq!(plan.first(), None);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn first(&self) -> Option<&FirstStep> {
        self.first.as_ref()
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
    /// the most negative weighted gap first; subjects whose weighted gaps
    /// tie (compared as [`Feedback::gaps`] compares gaps, to
    /// [`Feedback::GAP_DECIMALS`] places) go by audit compliance, the
    /// lower first and subjects without one (not audited) after those
    /// with one; then as [`GapAnalysis::priorities`] orders them (the more
    /// important first, dimensions before phases).
    ///
    /// The weighted gap is the gap times the subject's
    /// [key-driver weight](Importance::weight): its share of what the
    /// drivers explain over the mean share, so a driver of average
    /// importance keeps its gap, one twice as important counts double,
    /// and a subject the drivers did not analyse (or a plan without
    /// drivers) keeps the weight 1 rather than being guessed unimportant.
    /// Weighing multiplies, so a gap never changes sign: what exceeds
    /// expectations never outranks what falls short. The interval of a
    /// gap is weighed alike to judge each subject's
    /// [standing](Priority::standing) against the one above.
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

    /// What raising a phase would mean: the first ranked phase that falls
    /// short (a negative gap), that the model has, and whose standards are
    /// not known to be unmet ([`Cause::TooLow`] or [`Cause::Unknown`]):
    /// tighter standards are no remedy where today's are not met. `None`
    /// when no such phase falls short.
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

    /// Sets the compliance threshold that separates "the standards are not
    /// met" from "the standards are too low" (see [`Cause`]); default
    /// [`ImprovementPlan::COMPLIANCE_THRESHOLD`]. A share from 0 to 1, or
    /// [`build`](Self::build) refuses it.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::assess::Cause;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let mut entries: Vec<AuditEntry> = set.iter().map(|s| AuditEntry::new(s.id().to_string()).verdict(Verdict::Pass)).collect();
    /// entries[0] = AuditEntry::new(set.iter().next().unwrap().id().to_string()).verdict(Verdict::Fail);
    /// let report = Audit::builder().entries(entries).build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 4.0)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let gaps = feedback.gaps();
    /// let lenient = ImprovementPlan::builder(&model, &rules, &current, &gaps).compliance(&report).compliance_threshold(0.5).build()?;
    /// assert_eq!(lenient.priorities()[0].cause(), Some(Cause::TooLow));
    /// let strict = ImprovementPlan::builder(&model, &rules, &current, &gaps).compliance(&report).compliance_threshold(1.0).build()?;
    /// assert_eq!(strict.priorities()[0].cause(), Some(Cause::NotMet));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn compliance_threshold(mut self, threshold: f64) -> Self {
        self.compliance_threshold = threshold;
        self
    }

    /// Puts each subject's key-driver importance beside its gap, and lets
    /// it weigh the ranking (see [`ImprovementPlan::priorities`]). A
    /// subject that is not among the drivers keeps the weight 1.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let phase = |p: &str| -> Result<Subject, Error> { Ok(Subject::Phase(p.parse()?)) };
    /// let feedback = Feedback::builder(Scale::new(1.0, 5.0)?)
    ///     .items([FeedbackItem::new(phase("visit/price")?, 4.0, 3.0), FeedbackItem::new(phase("visit/staff")?, 4.0, 3.5)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).drivers(&drivers).build()?;
    /// // Staff: −0.5 × 1.39; price: −1.0 × 0.42. Staff come first.
    /// assert_eq!(plan.priorities()[0].subject(), &phase("visit/staff")?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn drivers(mut self, drivers: &'a KeyDrivers) -> Self {
        self.drivers = Some(drivers);
        self
    }

    /// Names the site the answers come from (as the plan should show it:
    /// `Gdańsk`, not an id).
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
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).site("Kraków").build()?;
    /// assert!(plan.markdown(Locale::Polish).contains("Obiekt: Kraków"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn site(mut self, site: impl Into<String>) -> Self {
        self.site = Some(site.into());
        self
    }

    /// Sets the period the answers come from, its first and last day; the
    /// plan's day to measure again follows from it (see [`FirstStep`]).
    /// The first day must not be after the last, or
    /// [`build`](Self::build) refuses it.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 5.0)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps())
    ///     .period(date(2026, 1, 1), date(2026, 3, 31))
    ///     .build()?;
    /// assert!(plan.markdown(Locale::English).contains("Period: 2026-01-01 – 2026-03-31"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn period(mut self, first: Date, last: Date) -> Self {
        self.period = Some((first, last));
        self
    }

    /// Sets the number of answers the gaps come from.
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
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).answers(96).build()?;
    /// assert!(plan.markdown(Locale::English).contains("Answers: 96"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn answers(mut self, answers: usize) -> Self {
        self.answers = Some(answers);
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
        check_threshold(&mut v, "compliance_threshold", self.compliance_threshold);
        if let Some((first, last)) = self.period {
            check_period(&mut v, "period", (first, last));
        }
        if !v.is_empty() {
            return Err(v.into_error(Entity::ImprovementPlan));
        }
        let now = self.rules.derive_with(self.model, self.current);
        let audit = self.compliance.map(|report| Audited::new(report, &now));
        let compliance_of = |subject: &Subject| audit.as_ref().and_then(|a| a.score(subject));
        // Given again, a subject's interval is the last one given.
        let intervals: HashMap<&Subject, (f64, f64)> = self.intervals.iter().map(|(s, i)| (s, *i)).collect();
        let drivers: HashMap<&Subject, Importance> = self.drivers.map(importances).unwrap_or_default();
        let threshold = self.compliance_threshold;
        let mut ranked: Vec<(usize, Priority)> = self
            .gaps
            .priorities()
            .iter()
            .map(|g| {
                let subject = g.subject();
                let compliance = compliance_of(subject);
                let weak = rounded(g.difference()) < 0.0;
                let cause = weak.then_some(match compliance {
                    Some(c) if c < threshold => Cause::NotMet,
                    Some(_) => Cause::TooLow,
                    None => Cause::Unknown,
                });
                let unmet = match (&audit, cause) {
                    (Some(a), Some(Cause::NotMet)) => a.unmet(subject, &now),
                    _ => Vec::new(),
                };
                Priority {
                    subject: subject.clone(),
                    name: phase_name(self.model, subject),
                    gap: g.difference(),
                    interval: intervals.get(subject).copied(),
                    compliance,
                    driver: drivers.get(subject).copied(),
                    standing: Standing::Clear,
                    cause,
                    unmet,
                }
            })
            .enumerate()
            .collect();
        ranked.sort_by(|(a_at, a), (b_at, b)| {
            rounded(a.weighted_gap())
                .total_cmp(&rounded(b.weighted_gap()))
                .then_with(|| match (a.compliance, b.compliance) {
                    (Some(x), Some(y)) => rounded(x).total_cmp(&rounded(y)),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                })
                .then(a_at.cmp(b_at))
        });
        let mut priorities: Vec<Priority> = ranked.into_iter().map(|(_, p)| p).collect();
        for i in 1..priorities.len() {
            let standing = match (priorities.get(i - 1), priorities.get(i)) {
                (Some(above), Some(this)) => standing(above, this),
                _ => Standing::Clear,
            };
            if let Some(this) = priorities.get_mut(i) {
                this.standing = standing;
            }
        }
        let first = priorities.iter().find(|p| p.cause.is_some()).map(|p| FirstStep {
            subject: p.subject.clone(),
            department: owner(&now, p),
            owner: None,
            measure_again: self.period.and_then(|(first, last)| measure_again(first, last)),
        });
        let first = first.map(|mut step| {
            step.owner = step
                .department
                .as_ref()
                .and_then(|d| self.model.department(d.as_str()))
                .map(|d| d.name().to_owned());
            step
        });
        let in_model: HashSet<(&Id, &Id)> = self
            .model
            .sequences()
            .iter()
            .flat_map(|s| s.phases().iter().map(move |p| (s.id(), p.id())))
            .collect();
        // Only where the standards are not known to be unmet: raising the
        // standards of a phase whose staff do not meet today's is no remedy.
        let to_raise = priorities.iter().find_map(|p| match &p.subject {
            Subject::Phase(path)
                if matches!(p.cause, Some(Cause::TooLow | Cause::Unknown))
                    && in_model.contains(&(path.sequence(), path.phase())) =>
            {
                Some(path)
            }
            _ => None,
        });
        let raise = to_raise.map(|phase| self.raise(&now, phase));
        Ok(ImprovementPlan {
            level: self.current.base(),
            site: self.site,
            period: self.period,
            answers: self.answers,
            compliance_threshold: threshold,
            drivers: self.drivers.is_some(),
            priorities,
            first,
            raise,
        })
    }

    fn raise(&self, now: &StandardSet, phase: &PhasePath) -> Raise {
        let from = self.current.of_phase(phase);
        let to = ServiceLevel::ALL.get(from.index() + 1).copied();
        let (diff, named) = match to {
            Some(to) => {
                let raised =
                    self.rules.derive_with(self.model, &self.current.clone().phase(phase.clone(), to));
                let diff = SetDiff::between(now, &raised);
                let named = diff
                    .added()
                    .iter()
                    .filter_map(|id| NamedStandard::from_set(&raised, id))
                    .chain(diff.removed().iter().filter_map(|id| NamedStandard::from_set(now, id)))
                    .chain(diff.target_changed().iter().filter_map(|c| NamedStandard::from_set(now, c.id())))
                    .collect();
                (diff, named)
            }
            None => (SetDiff::default(), Vec::new()),
        };
        let holes = now
            .coverage(self.model)
            .holes()
            .iter()
            .filter(|h| h.sequence() == phase.sequence() && h.phase() == phase.phase())
            .cloned()
            .collect();
        let name = phase_name(self.model, &Subject::Phase(phase.clone()));
        Raise { phase: phase.clone(), name, current: from, raised_to: to, diff, holes, named }
    }
}

/// The model's name of a phase subject; `None` for a dimension or a phase
/// the model lacks.
fn phase_name(model: &ServiceModel, subject: &Subject) -> Option<String> {
    let Subject::Phase(path) = subject else { return None };
    let phase = model.sequence(path.sequence().as_str())?.phase(path.phase().as_str())?;
    Some(phase.name().to_owned())
}

/// Checks a compliance threshold at `path`: a share from 0 to 1.
fn check_threshold(v: &mut Violations, path: &str, threshold: f64) {
    if !(0.0..=1.0).contains(&threshold) {
        v.push(path, Problem::OutOfScale, threshold.to_string());
    }
}

/// Checks a period at `path`: its first day at most its last.
fn check_period(v: &mut Violations, path: &str, (first, last): (Date, Date)) {
    if first > last {
        v.push(path, Problem::Contradicts("the first day is after the last"), format!("{first} – {last}"));
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
