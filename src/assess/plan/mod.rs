//! From feedback to action: what to improve first, and what raising it means.

use std::collections::{HashMap, HashSet};

use jiff::civil::Date;

use crate::{
    assess::ComplianceReport, assess::Verdict, error::Entity, error::Error, error::Problem, model::Id,
    model::Levels, model::PhasePath, model::QualityDimension, model::ServiceLevel, model::ServiceModel,
    model::Vocabulary, rules::RuleSet, standard::CoverageHole, standard::Locale, standard::SetDiff,
    standard::StandardId, standard::StandardSet, survey::Feedback, survey::GapAnalysis, survey::KeyDrivers,
    survey::Subject, validate::Violations,
};
use crate::{assess::words::PlanText, standard::wording::Number};

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
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    name: Option<String>,
    gap: f64,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    interval: Option<(f64, f64)>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    compliance: Option<f64>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    driver: Option<Importance>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Standing::is_clear"))]
    standing: Standing,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    cause: Option<Cause>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    unmet: Vec<NamedStandard>,
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
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    name: Option<String>,
    current: ServiceLevel,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    raised_to: Option<ServiceLevel>,
    #[cfg_attr(feature = "serde", serde(default))]
    diff: SetDiff,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    holes: Vec<CoverageHole>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    named: Vec<NamedStandard>,
}

/// Why a subject of an [`ImprovementPlan`] falls short of what customers
/// expect, read from its audit compliance: the two causes call for
/// different work, and a plan must not propose tighter standards where
/// today's are not lived.
///
/// The line between them is the plan's
/// [compliance threshold](ImprovementPlanBuilder::compliance_threshold)
/// ([`ImprovementPlan::COMPLIANCE_THRESHOLD`], 80 %, unless set).
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// use service_standards::assess::Cause;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let report = Audit::builder()
///     .entries([AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Fail)])
///     .build()?
///     .score(&Checklist::new(&set, &ChecklistFilter::new()));
/// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 4.0)])
///     .build()?;
/// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
/// let gaps = feedback.gaps();
/// let audited = ImprovementPlan::builder(&model, &rules, &current, &gaps).compliance(&report).build()?;
/// assert_eq!(audited.priorities()[0].cause(), Some(Cause::NotMet));
/// let unaudited = ImprovementPlan::builder(&model, &rules, &current, &gaps).build()?;
/// assert_eq!(unaudited.priorities()[0].cause(), Some(Cause::Unknown));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Cause {
    /// "We do not do what our standards say": compliance below the
    /// threshold. Train, staff and enforce the current standards (the
    /// plan lists those the audit found not met) before raising any.
    NotMet,
    /// "Our standards are too low": compliance at or above the threshold
    /// and the gap remains. Raise the standards (for a phase, the plan
    /// shows the [`SetDiff`] of raising it one level).
    TooLow,
    /// No audit scored the subject: the plan does not guess which of the
    /// two it is, and proposes an audit first.
    Unknown,
}

/// How a subject of an [`ImprovementPlan`]'s ranking stands against the
/// one ranked just above it: whether the data support putting it below.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// use service_standards::assess::Standing;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let empathy = Subject::Dimension(QualityDimension::Empathy);
/// let check_in = Subject::Phase("stay/check-in".parse()?);
/// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
///     .items([FeedbackItem::new(check_in.clone(), 6.0, 4.5), FeedbackItem::new(empathy.clone(), 6.0, 5.0)])
///     .build()?;
/// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
/// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps())
///     .interval(check_in, (-2.0, -1.0))
///     .interval(empathy, (-1.2, -0.8))
///     .build()?;
/// let standings: Vec<Standing> = plan.priorities().iter().map(|p| p.standing()).collect();
/// assert_eq!(standings, [Standing::Clear, Standing::Overlapping]);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Standing {
    /// Clearly below the one above (or the first): the ranking's order holds.
    #[default]
    Clear,
    /// Tied with the one above: their ranking values are equal, so the
    /// order between them rests only on the tie-breaks.
    Tied,
    /// Its interval overlaps the interval of the one above: the data do
    /// not show which of the two is worse.
    Overlapping,
}

#[cfg(feature = "serde")]
impl Standing {
    /// Whether the standing is [`Standing::Clear`] (left out of a document).
    fn is_clear(&self) -> bool {
        *self == Self::Clear
    }
}

/// A standard as a plan names it: its id, and its statement in every
/// language the crate speaks (a plan is read in any of them, so it names
/// standards by what they say, not by id).
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
///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 4.0)])
///     .build()?;
/// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
/// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).compliance(&report).build()?;
/// let greet = &plan.priorities()[0].unmet()[0];
/// assert_eq!(greet.id().to_string(), "greet-on-arrival@stay/check-in/greet");
/// assert!(greet.statement(Locale::Polish).contains("w ciągu 30 sekund"));
/// assert!(greet.statement(Locale::English).contains("within 30 seconds"));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct NamedStandard {
    id: StandardId,
    english: String,
    polish: String,
}

impl NamedStandard {
    /// The standard as `set` holds it, worded in every language; `None`
    /// when the set has no standard of that id.
    fn from_set(set: &StandardSet, id: &StandardId) -> Option<Self> {
        let standard = set.get(id)?;
        Some(Self {
            id: id.clone(),
            english: Locale::English.statement(standard),
            polish: Locale::Polish.statement(standard),
        })
    }

    /// The standard's id.
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
    /// let changed = &raise.diff().target_changed()[0];
    /// assert_eq!(raise.named(changed.id()).map(|n| n.id()), Some(changed.id()));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &StandardId {
        &self.id
    }

    /// The standard's statement in `locale`, as
    /// [`Locale::statement`] words it.
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
    /// let greet = raise.diff().target_changed().iter().find(|c| c.id().rule().as_str() == "greet-on-arrival").unwrap();
    /// let named = raise.named(greet.id()).unwrap();
    /// assert!(named.statement(Locale::English).contains("within 1 minute"));
    /// assert!(named.statement(Locale::Polish).contains("w ciągu 1 minuty"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn statement(&self, locale: Locale) -> &str {
        match locale {
            Locale::English => &self.english,
            Locale::Polish => &self.polish,
        }
    }
}

/// A subject's key-driver importance, as an [`ImprovementPlan`] shows it
/// beside the gap: from a [`KeyDrivers`] result given to
/// [`ImprovementPlanBuilder::drivers`].
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let staff = Subject::Phase("visit/staff".parse()?);
/// let feedback = Feedback::builder(Scale::new(1.0, 5.0)?).items([FeedbackItem::new(staff, 4.5, 3.5)]).build()?;
/// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
/// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).drivers(&drivers).build()?;
/// let importance = plan.priorities()[0].driver().unwrap();
/// assert_eq!(format!("{:.3} {:.1} {:.2}", importance.importance(), importance.share(), importance.weight()), "0.456 46.5 1.39");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Importance {
    importance: f64,
    share: f64,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    interval: Option<(f64, f64)>,
    weight: f64,
}

impl Importance {
    /// The LMG importance: the part of the outcome's variance the subject
    /// explains, 0 to 1 ([`Driver::importance`](crate::survey::Driver::importance)).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let price = Subject::Phase("visit/price".parse()?);
    /// let feedback = Feedback::builder(Scale::new(1.0, 5.0)?).items([FeedbackItem::new(price, 4.0, 3.0)]).build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).drivers(&drivers).build()?;
    /// assert_eq!(format!("{:.3}", plan.priorities()[0].driver().unwrap().importance()), "0.137");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn importance(&self) -> f64 {
        self.importance
    }

    /// The importance as a share of what the drivers explain together, in
    /// per cent ([`Driver::share`](crate::survey::Driver::share)).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let price = Subject::Phase("visit/price".parse()?);
    /// let feedback = Feedback::builder(Scale::new(1.0, 5.0)?).items([FeedbackItem::new(price, 4.0, 3.0)]).build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).drivers(&drivers).build()?;
    /// assert_eq!(format!("{:.1}", plan.priorities()[0].driver().unwrap().share()), "13.9");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn share(&self) -> f64 {
        self.share
    }

    /// The 95 % bootstrap interval of the importance
    /// ([`Driver::interval`](crate::survey::Driver::interval)).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let staff = Subject::Phase("visit/staff".parse()?);
    /// let feedback = Feedback::builder(Scale::new(1.0, 5.0)?).items([FeedbackItem::new(staff, 4.5, 3.5)]).build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).drivers(&drivers).build()?;
    /// let importance = plan.priorities()[0].driver().unwrap();
    /// assert_eq!(importance.interval(), drivers.drivers()[0].interval());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn interval(&self) -> Option<(f64, f64)> {
        self.interval
    }

    /// The weight the ranking gives the subject's gap: its share divided
    /// by the mean share of the drivers analysed (1 for a driver of
    /// average importance; see [`ImprovementPlan::priorities`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let price = Subject::Phase("visit/price".parse()?);
    /// let feedback = Feedback::builder(Scale::new(1.0, 5.0)?).items([FeedbackItem::new(price, 4.0, 3.0)]).build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).drivers(&drivers).build()?;
    /// // Three drivers: the mean share is 33.3 %, and price has 13.9 %.
    /// assert_eq!(format!("{:.3}", plan.priorities()[0].driver().unwrap().weight()), "0.418");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn weight(&self) -> f64 {
        self.weight
    }
}

/// What the plan proposes for its first item: who owns it and when to
/// measure again.
///
/// **Owner.** The department that owns the most standards of the first
/// item (for a phase, its standards; for a dimension, its standards the
/// audit found not met, else all its standards), ties going to the one
/// met first in the set's order; the plan names its head as the owner.
/// `None` when no standard of the item belongs to a department: the site
/// manager owns it.
///
/// **Measure again.** When the plan's [period](ImprovementPlanBuilder::period)
/// is given, the last day of a period as long as the plan's (in whole
/// months and days) starting the day after it ends: a plan of July to
/// December 2026 measures again over January to June 2027, on 30 June
/// 2027. As long, so the new answers are about as many and the change can
/// be judged by the same test; right after, so the work has the whole
/// period to show.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// use service_standards::jiff::civil::date;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 5.0)])
///     .build()?;
/// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
/// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps())
///     .period(date(2026, 7, 1), date(2026, 12, 31))
///     .build()?;
/// let first = plan.first().unwrap();
/// assert_eq!(first.subject(), &Subject::Phase("stay/check-in".parse()?));
/// assert_eq!(first.department().map(|d| d.as_str()), Some("front-office"));
/// assert_eq!(first.owner(), Some("Front office"));
/// assert_eq!(first.measure_again(), Some(date(2027, 6, 30)));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct FirstStep {
    #[cfg_attr(feature = "serde", serde(with = "subject"))]
    subject: Subject,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    department: Option<Id>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    owner: Option<String>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    measure_again: Option<Date>,
}

impl FirstStep {
    /// The subject the plan puts first: the first ranked subject that falls
    /// short of expectations.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let empathy = Subject::Dimension(QualityDimension::Empathy);
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?).items([FeedbackItem::new(empathy.clone(), 6.0, 5.0)]).build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// assert_eq!(plan.first().map(|f| f.subject()), Some(&empathy));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn subject(&self) -> &Subject {
        &self.subject
    }

    /// The department that owns the first item (see [`FirstStep`]).
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
    /// assert_eq!(plan.first().and_then(|f| f.department()).map(|d| d.as_str()), Some("front-office"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn department(&self) -> Option<&Id> {
        self.department.as_ref()
    }

    /// The name of that department, whose head the plan proposes as the
    /// owner.
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
    /// assert_eq!(plan.first().and_then(|f| f.owner()), Some("Front office"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn owner(&self) -> Option<&str> {
        self.owner.as_deref()
    }

    /// The day to measure again (see [`FirstStep`]); `None` without the
    /// plan's period.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 5.0)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps())
    ///     .period(date(2026, 3, 1), date(2026, 3, 31))
    ///     .build()?;
    /// assert_eq!(plan.first().and_then(|f| f.measure_again()), Some(date(2026, 4, 30)));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn measure_again(&self) -> Option<Date> {
        self.measure_again
    }
}

/// The last day of a period as long as `first..=last` (in months and
/// days) that starts the day after `last`; `None` past the calendar's end.
fn measure_again(first: Date, last: Date) -> Option<Date> {
    let next = last.tomorrow().ok()?;
    let length = first.until((jiff::Unit::Month, next)).ok()?;
    next.checked_add(length).ok()?.yesterday().ok()
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

/// An audit's report read for a plan: the compliance of each phase (as the
/// report scores it) and of each dimension (the standards of that
/// dimension, weighted as the report weighs them).
struct Audited<'r> {
    report: &'r ComplianceReport,
    phases: HashMap<&'r PhasePath, Option<f64>>,
    dimensions: HashMap<QualityDimension, (f64, f64)>,
}

impl<'r> Audited<'r> {
    fn new(report: &'r ComplianceReport, now: &StandardSet) -> Self {
        let phases = report.by_phase().into_iter().map(|(p, t)| (p, t.score())).collect();
        let mut dimensions: HashMap<QualityDimension, (f64, f64)> = HashMap::new();
        for item in report.items() {
            let Some(standard) = now.get(item.id()) else { continue };
            let (passed, scored) = dimensions.entry(standard.dimension()).or_default();
            match item.outcome() {
                Verdict::Pass => {
                    *passed += item.weight();
                    *scored += item.weight();
                }
                Verdict::Fail => *scored += item.weight(),
                _ => {}
            }
        }
        Self { report, phases, dimensions }
    }

    /// The subject's compliance, from 0 to 1; `None` where nothing of it
    /// was passed or failed.
    fn score(&self, subject: &Subject) -> Option<f64> {
        match subject {
            Subject::Phase(path) => self.phases.get(path).copied().flatten(),
            Subject::Dimension(d) => {
                self.dimensions.get(d).and_then(|&(passed, scored)| (scored > 0.0).then(|| passed / scored))
            }
            Subject::Overall => None,
        }
    }

    /// The subject's standards the audit failed, in the report's order.
    fn unmet(&self, subject: &Subject, now: &StandardSet) -> Vec<NamedStandard> {
        self.report
            .items()
            .iter()
            .filter(|item| item.outcome() == Verdict::Fail)
            .filter(|item| match subject {
                Subject::Phase(path) => path.contains(item.id().step()),
                Subject::Dimension(d) => now.get(item.id()).is_some_and(|s| s.dimension() == *d),
                Subject::Overall => false,
            })
            .filter_map(|item| NamedStandard::from_set(now, item.id()))
            .collect()
    }
}

/// The importance of each driver of `drivers`, its weight its share over
/// the drivers' mean share.
fn importances(drivers: &KeyDrivers) -> HashMap<&Subject, Importance> {
    let list = drivers.drivers();
    let mean = 100.0 / list.len().max(1) as f64;
    list.iter()
        .filter(|d| d.importance().is_finite() && d.share().is_finite())
        .map(|d| {
            let importance = Importance {
                importance: d.importance(),
                share: d.share(),
                interval: d.interval(),
                weight: d.share() / mean,
            };
            (d.subject(), importance)
        })
        .collect()
}

/// The model's name of a phase subject; `None` for a dimension or a phase
/// the model lacks.
fn phase_name(model: &ServiceModel, subject: &Subject) -> Option<String> {
    let Subject::Phase(path) = subject else { return None };
    let phase = model.sequence(path.sequence().as_str())?.phase(path.phase().as_str())?;
    Some(phase.name().to_owned())
}

/// How `this` stands against `above`, the one ranked just before it.
fn standing(above: &Priority, this: &Priority) -> Standing {
    if rounded(above.weighted_gap()) == rounded(this.weighted_gap()) {
        return Standing::Tied;
    }
    match (above.weighted_interval(), this.weighted_interval()) {
        (Some((a_low, a_high)), Some((b_low, b_high))) if a_low <= b_high && b_low <= a_high => {
            Standing::Overlapping
        }
        _ => Standing::Clear,
    }
}

/// The department owning the most of `first`'s standards (see [`FirstStep`]).
fn owner(now: &StandardSet, first: &Priority) -> Option<Id> {
    let departments: Vec<&Id> = match &first.subject {
        Subject::Phase(path) => {
            now.iter().filter(|s| path.contains(s.step())).filter_map(|s| s.department()).collect()
        }
        Subject::Dimension(_) if !first.unmet.is_empty() => {
            first.unmet.iter().filter_map(|n| now.get(n.id())).filter_map(|s| s.department()).collect()
        }
        Subject::Dimension(d) => {
            now.iter().filter(|s| s.dimension() == *d).filter_map(|s| s.department()).collect()
        }
        Subject::Overall => Vec::new(),
    };
    let mut counts: Vec<(&Id, usize)> = Vec::new();
    for department in departments {
        match counts.iter_mut().find(|(d, _)| *d == department) {
            Some((_, n)) => *n += 1,
            None => counts.push((department, 1)),
        }
    }
    // The first of the most (`max_by_key` would keep the last of equals).
    let most = counts.iter().map(|(_, n)| *n).max()?;
    counts.into_iter().find(|(_, n)| *n == most).map(|(d, _)| d.clone())
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

impl Priority {
    /// The model's name of the phase (`Check-in`); `None` for a dimension
    /// or a phase the model lacks. A plan names a phase by it, not by its
    /// path.
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
    /// assert_eq!(plan.priorities()[0].name(), Some("Check-in"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The subject's key-driver importance, when the plan was given key
    /// drivers ([`ImprovementPlanBuilder::drivers`]) that analysed it.
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
    /// assert_eq!(plan.priorities()[0].driver(), None);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn driver(&self) -> Option<Importance> {
        self.driver
    }

    /// How the subject stands against the one ranked just above it
    /// ([`Standing::Clear`] for the first).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::assess::Standing;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([
    ///         FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 5.0),
    ///         FeedbackItem::new(Subject::Dimension(QualityDimension::Assurance), 6.0, 5.0),
    ///     ])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).build()?;
    /// assert_eq!(plan.priorities()[1].standing(), Standing::Tied);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn standing(&self) -> Standing {
        self.standing
    }

    /// Why the subject falls short; `None` when it does not (its gap is
    /// not negative).
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
    /// assert_eq!(plan.priorities()[0].cause(), None);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn cause(&self) -> Option<Cause> {
        self.cause
    }

    /// Where the cause is [`Cause::NotMet`], the subject's standards the
    /// audit failed, in the report's order: what to train, staff and
    /// enforce. Empty otherwise.
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
    ///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 4.0)])
    ///     .build()?;
    /// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps()).compliance(&report).build()?;
    /// let unmet: Vec<String> = plan.priorities()[0].unmet().iter().map(|s| s.id().to_string()).collect();
    /// assert_eq!(unmet, ["greet-on-arrival@stay/check-in/greet"]);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn unmet(&self) -> &[NamedStandard] {
        &self.unmet
    }

    /// The value the ranking sorts by: the gap times the driver's weight
    /// (1 without one).
    fn weighted_gap(&self) -> f64 {
        self.gap * self.weight()
    }

    /// The interval scaled as [`weighted_gap`](Self::weighted_gap).
    fn weighted_interval(&self) -> Option<(f64, f64)> {
        let w = self.weight();
        self.interval.map(|(low, high)| (low * w, high * w))
    }

    fn weight(&self) -> f64 {
        self.driver.map_or(1.0, |d| d.weight)
    }

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
    /// The model's name of the phase.
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
    /// assert_eq!(plan.raise().unwrap().name(), Some("Check-in"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The standard of `id` the [diff](Self::diff) lists, named by its
    /// statements: an added standard as raising words it, a dropped or
    /// retargeted one as it stands now. `None` for an id the diff does not
    /// list as added, dropped or given a new target.
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
    /// let greet = raise.diff().target_changed().iter().find(|c| c.id().rule().as_str() == "greet-on-arrival").unwrap();
    /// assert!(raise.named(greet.id()).unwrap().statement(Locale::Polish).contains("w ciągu 1 minuty"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn named(&self, id: &StandardId) -> Option<&NamedStandard> {
        self.named.iter().find(|n| &n.id == id)
    }

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
    /// The plan as Markdown in `locale`.
    ///
    /// In order: the title; the context (site, period, number of answers,
    /// each when given); the level; the ranking as a table (phases by their
    /// names, dimensions by their labels in `locale`; gaps to two decimals,
    /// intervals, the key driver's importance when the plan has drivers,
    /// compliance in per cent and the cause, `–` where there is none; a
    /// rank marked `=` is tied with the one above and `≈` overlaps it,
    /// each explained under the table); what to do first (the owner, the
    /// day to measure again, and the action its cause calls for, with the
    /// standards the audit found not met, named by their statements in
    /// `locale`, and the next item named beside it when the data do not set
    /// them apart); the other subjects that fall short, each with its cause;
    /// and what raising the phase to raise would mean: its level now and
    /// next (or that it cannot go higher), the standards added and dropped
    /// and the new targets, by their statements (or that nothing changes),
    /// and its coverage holes; or why no phase is raised. Empty lists are
    /// left out.
    ///
    /// Everything that came from a user or a cell (the site, phase,
    /// department and rule texts) is escaped: a control character or line
    /// break becomes a space, Markdown's and HTML's special characters
    /// (`` \ ` * _ [ ] < > | ~ & # ``) are escaped with a backslash, and so
    /// is a leading `=`, `+`, `-` or `@` (a formula to a spreadsheet), so
    /// no text breaks the table or becomes a link, a tag or code.
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
    /// let plan = ImprovementPlan::builder(&model, &rules, &current, &feedback.gaps())
    ///     .site("<b>Gdańsk</b> | =HYPERLINK(\"x\")")
    ///     .build()?;
    /// let english = plan.markdown(Locale::English);
    /// assert!(english.starts_with("# Improvement plan\n"));
    /// assert!(english.contains("Site: \\<b\\>Gdańsk\\</b\\> \\| =HYPERLINK(\"x\")"));
    /// assert!(english.contains("| 1 | Check-in | -1.00 | – | – | cause unknown: not audited |"));
    /// let polish = plan.markdown(Locale::Polish);
    /// assert!(polish.contains("| 1 | Check-in | -1,00 | – | – | przyczyna nieznana: brak audytu |"));
    /// assert!(polish.contains("Ta faza ma już najwyższy poziom (wyjątkowy), więc nie można go podnieść."));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn markdown(&self, locale: Locale) -> String {
        use std::fmt::Write as _;
        let t = |text: PlanText| locale.text(text);
        let number = |x: f64| locale.number(x, Number::fixed(2));
        let percent = |x: f64| format!("{} %", locale.number(x * 100.0, Number::fixed(0)));
        let name = |p: &Priority| subject_name(locale, &p.subject, p.name.as_deref());
        let mut out = String::new();
        let _ = writeln!(out, "# {}\n", t(PlanText::Title));
        let mut context = Vec::new();
        if let Some(site) = &self.site {
            context.push(format!("{}: {}", t(PlanText::Site), escaped(site)));
        }
        if let Some((first, last)) = self.period {
            context.push(format!(
                "{}: {} – {}",
                t(PlanText::Period),
                date(locale, first),
                date(locale, last)
            ));
        }
        if let Some(answers) = self.answers {
            context.push(format!("{}: {answers}", t(PlanText::Answers)));
        }
        if !context.is_empty() {
            let _ = writeln!(out, "{}\n", context.join(" · "));
        }
        let _ = writeln!(out, "{}: {}\n", t(PlanText::Level), locale.label(self.level));
        let _ = writeln!(out, "## {}\n", t(PlanText::Priorities));
        let mut header = vec![t(PlanText::Subject), t(PlanText::Gap), t(PlanText::Interval)];
        if self.drivers {
            header.push(t(PlanText::Driver));
        }
        header.extend([t(PlanText::Compliance), t(PlanText::Cause)]);
        let _ = writeln!(out, "| # | {} |\n|---{}|", header.join(" | "), "|---".repeat(header.len()));
        for (n, p) in self.priorities.iter().enumerate() {
            let rank = match p.standing {
                Standing::Clear => (n + 1).to_string(),
                Standing::Tied => format!("{} =", n + 1),
                Standing::Overlapping => format!("{} ≈", n + 1),
            };
            let interval = p
                .interval
                .map_or_else(|| "–".to_owned(), |(lo, hi)| format!("{} … {}", number(lo), number(hi)));
            let mut row = vec![rank, name(p), number(p.gap), interval];
            if self.drivers {
                row.push(p.driver.map_or_else(|| "–".to_owned(), |d| importance(locale, d)));
            }
            row.push(p.compliance.map_or_else(|| "–".to_owned(), percent));
            row.push(p.cause.map_or("–", |c| t(cause_text(c))).to_owned());
            let _ = writeln!(out, "| {} |", row.join(" | "));
        }
        out.push('\n');
        let has = |standing: Standing| self.priorities.iter().any(|p| p.standing == standing);
        if has(Standing::Tied) {
            let _ = writeln!(out, "{}\n", t(PlanText::TiedNote));
        }
        if has(Standing::Overlapping) {
            let _ = writeln!(out, "{}\n", t(PlanText::OverlapNote));
        }
        if self.drivers {
            let _ = writeln!(out, "{}\n", t(PlanText::DriverNote));
        }
        let threshold = percent(self.compliance_threshold);
        if self.priorities.iter().any(|p| p.compliance.is_some()) {
            let _ = writeln!(out, "{}\n", t(PlanText::ThresholdNote).replace("{threshold}", &threshold));
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
        let statement = |n: &NamedStandard| escaped(n.statement(locale));
        let weak: Vec<&Priority> = self.priorities.iter().filter(|p| p.cause.is_some()).collect();
        if let (Some(step), Some(first)) = (&self.first, weak.first()) {
            let _ = writeln!(out, "## {}: {}\n", t(PlanText::FirstHeading), name(first));
            let owner = step.owner.as_deref().map_or_else(
                || t(PlanText::SiteManager).to_owned(),
                |d| t(PlanText::HeadOf).replace("{department}", &escaped(d)),
            );
            let _ = writeln!(out, "{}: {owner}\n", t(PlanText::Owner));
            if let (Some(again), Some((_, last))) = (step.measure_again, self.period) {
                let from = last.tomorrow().map_or_else(|_| "–".to_owned(), |d| date(locale, d));
                let _ = writeln!(
                    out,
                    "{}: {} ({})\n",
                    t(PlanText::MeasureAgain),
                    date(locale, again),
                    t(PlanText::AnswersFrom).replace("{date}", &from)
                );
            }
            // The order the data do not support is not claimed: a next item
            // tied with the first or overlapping it is named beside it.
            let at = self.priorities.iter().position(|p| std::ptr::eq(p, *first));
            let next = at.and_then(|i| self.priorities.get(i + 1));
            if let Some(next) = next.filter(|n| n.cause.is_some() && n.standing != Standing::Clear) {
                let _ = writeln!(out, "{}\n", t(PlanText::NotApart).replace("{subject}", &name(next)));
            }
            let compliance = first.compliance.map(percent).unwrap_or_default();
            let action = |text: PlanText| {
                t(text).replace("{compliance}", &compliance).replace("{threshold}", &threshold)
            };
            match first.cause {
                Some(Cause::NotMet) => {
                    let _ = writeln!(out, "{}\n", action(PlanText::NotMetAction));
                    list(&mut out, PlanText::Unmet, first.unmet.iter().map(statement).collect());
                }
                Some(Cause::TooLow) => {
                    let next = match &first.subject {
                        Subject::Phase(path) if self.raise.as_ref().is_some_and(|r| &r.phase == path) => {
                            PlanText::RaiseBelow
                        }
                        _ => PlanText::RaiseDimension,
                    };
                    let _ = writeln!(out, "{} {}\n", action(PlanText::TooLowAction), t(next));
                }
                Some(Cause::Unknown) | None => {
                    let _ = writeln!(out, "{}\n", t(PlanText::UnknownAction));
                }
            }
        }
        if weak.len() > 1 {
            let _ = writeln!(out, "## {}\n", t(PlanText::ThenHeading));
            for p in weak.iter().skip(1) {
                let cause = p.cause.map_or("–", |c| t(cause_text(c)));
                let _ = writeln!(out, "- {} ({}): {cause}", name(p), number(p.gap));
                for n in &p.unmet {
                    let _ = writeln!(out, "  - {}", statement(n));
                }
            }
            out.push('\n');
        }
        let Some(raise) = &self.raise else {
            let text = if weak.iter().any(|p| matches!(p.subject, Subject::Phase(_))) {
                PlanText::NoRaiseNotMet
            } else {
                PlanText::NothingToRaise
            };
            let _ = writeln!(out, "{}", t(text));
            return out;
        };
        let phase = subject_name(locale, &Subject::Phase(raise.phase.clone()), raise.name.as_deref());
        let _ = writeln!(out, "## {}: {phase}\n", t(PlanText::RaiseFirst));
        let unknown = self
            .priorities
            .iter()
            .any(|p| p.cause == Some(Cause::Unknown) && p.subject == Subject::Phase(raise.phase.clone()));
        if unknown && raise.raised_to.is_some() {
            let _ = writeln!(out, "{}\n", t(PlanText::RaiseIfMet));
        }
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
        // A standard is named by its statement; by its id only in a plan
        // read from a document that lacks the statement.
        let named = |id: &StandardId| raise.named(id).map_or_else(|| escaped(&id.to_string()), statement);
        let diff = &raise.diff;
        list(&mut out, PlanText::Added, diff.added().iter().map(named).collect());
        list(&mut out, PlanText::Removed, diff.removed().iter().map(named).collect());
        list(
            &mut out,
            PlanText::NewTargets,
            diff.target_changed()
                .iter()
                .map(|c| {
                    format!("{}: {} → {}", named(c.id()), locale.target(c.before()), locale.target(c.after()))
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

/// A subject as a plan in `locale` names it: a phase by the model's name
/// (escaped), else by its path; a dimension by its label.
fn subject_name(locale: Locale, subject: &Subject, name: Option<&str>) -> String {
    match (subject, name) {
        (Subject::Dimension(d), _) => crate::standard::wording::capitalised(locale.label(*d)),
        (_, Some(name)) => escaped(name),
        // A phase the model lacks has no name; the service overall is no
        // subject of a plan (feedback refuses it).
        (_, None) => escaped(&subject.to_string()),
    }
}

/// The key-driver cell: the importance and its interval in per cent of
/// the outcome's variance.
fn importance(locale: Locale, d: Importance) -> String {
    let pc = |x: f64| locale.number(x * 100.0, Number::fixed(0));
    match d.interval {
        Some((low, high)) => format!("{} % ({} … {} %)", pc(d.importance), pc(low), pc(high)),
        None => format!("{} %", pc(d.importance)),
    }
}

/// A day as `locale` writes it: `2026-07-01`, `01.07.2026`.
fn date(locale: Locale, day: Date) -> String {
    match locale {
        Locale::English => day.to_string(),
        Locale::Polish => format!("{:02}.{:02}.{:04}", day.day(), day.month(), day.year()),
    }
}

/// The label of a cause.
fn cause_text(cause: Cause) -> PlanText {
    match cause {
        Cause::NotMet => PlanText::CauseNotMet,
        Cause::TooLow => PlanText::CauseTooLow,
        Cause::Unknown => PlanText::CauseUnknown,
    }
}

/// `text` safe to put in a Markdown line or table cell: control characters
/// and line breaks become spaces; Markdown's and HTML's special characters
/// are escaped with a backslash, and so is a leading `=`, `+`, `-` or `@`.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        match c {
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => out.push(' '),
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '=' | '+' | '-' | '@' if i == 0 => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
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
    #[serde(default)]
    site: Option<String>,
    #[serde(default)]
    period: Option<(Date, Date)>,
    #[serde(default)]
    answers: Option<usize>,
    #[serde(default = "default_threshold")]
    compliance_threshold: f64,
    #[serde(default)]
    drivers: bool,
    priorities: Vec<PriorityRecord>,
    #[serde(default)]
    first: Option<FirstStep>,
    #[serde(default)]
    raise: Option<RaiseRecord>,
}

/// The threshold of a plan written before plans recorded theirs.
#[cfg(feature = "serde")]
fn default_threshold() -> f64 {
    ImprovementPlan::COMPLIANCE_THRESHOLD
}

/// A priority as written, before [`Priority`]'s checks.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PriorityRecord {
    #[serde(with = "subject")]
    subject: Subject,
    #[serde(default)]
    name: Option<String>,
    gap: f64,
    #[serde(default)]
    interval: Option<(f64, f64)>,
    #[serde(default)]
    compliance: Option<f64>,
    #[serde(default)]
    driver: Option<Importance>,
    #[serde(default)]
    standing: Standing,
    #[serde(default)]
    cause: Option<Cause>,
    #[serde(default)]
    unmet: Vec<NamedStandard>,
}

/// A raise as written, before [`Raise`]'s checks.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RaiseRecord {
    phase: PhasePath,
    #[serde(default)]
    name: Option<String>,
    current: ServiceLevel,
    #[serde(default)]
    raised_to: Option<ServiceLevel>,
    #[serde(default)]
    diff: SetDiff,
    #[serde(default)]
    holes: Vec<CoverageHole>,
    #[serde(default)]
    named: Vec<NamedStandard>,
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
    if let Some(d) = p.driver {
        for (field, value, range) in [
            ("importance", d.importance, 0.0..=1.0),
            ("share", d.share, 0.0..=100.0),
            ("weight", d.weight, 0.0..=f64::MAX),
        ] {
            if !range.contains(&value) {
                v.push(format!("{at}driver.{field}"), Problem::MeasurementOutOfRange, value.to_string());
            }
        }
        if let Some(interval) = d.interval {
            check_interval(v, || format!("{at}driver.interval"), interval);
        }
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
            name: self.name,
            gap: self.gap,
            interval: self.interval,
            compliance: self.compliance,
            driver: self.driver,
            standing: self.standing,
            cause: self.cause,
            unmet: self.unmet,
        }
    }
}

#[cfg(feature = "serde")]
impl RaiseRecord {
    /// The raise, once checked.
    fn into_raise(self) -> Raise {
        Raise {
            phase: self.phase,
            name: self.name,
            current: self.current,
            raised_to: self.raised_to,
            diff: self.diff,
            holes: self.holes,
            named: self.named,
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
        check_threshold(&mut v, "compliance_threshold", record.compliance_threshold);
        if let Some(period) = record.period {
            check_period(&mut v, "period", period);
        }
        v.finish(Entity::ImprovementPlan, || Self {
            level: record.level,
            site: record.site,
            period: record.period,
            answers: record.answers,
            compliance_threshold: record.compliance_threshold,
            drivers: record.drivers,
            priorities: record.priorities.into_iter().map(PriorityRecord::into_priority).collect(),
            first: record.first,
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
