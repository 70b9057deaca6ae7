//! A subject of the ranking: [`Priority`], and how it stands against the
//! one above it: [`Standing`].

use crate::survey::Subject;

#[cfg(feature = "serde")]
use super::document::{PriorityRecord, subject};
use super::{Cause, Importance, NamedStandard, rounded};

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
///
/// [`ImprovementPlan`]: super::ImprovementPlan
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, try_from = "PriorityRecord"))]
pub struct Priority {
    #[cfg_attr(feature = "serde", serde(with = "subject"))]
    pub(super) subject: Subject,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(super) name: Option<String>,
    pub(super) gap: f64,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(super) interval: Option<(f64, f64)>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(super) compliance: Option<f64>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(super) driver: Option<Importance>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Standing::is_clear"))]
    pub(super) standing: Standing,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(super) cause: Option<Cause>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    pub(super) unmet: Vec<NamedStandard>,
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
///
/// [`ImprovementPlan`]: super::ImprovementPlan
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
    pub(super) fn is_clear(&self) -> bool {
        *self == Self::Clear
    }
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
    ///
    /// [`ImprovementPlanBuilder::drivers`]: super::ImprovementPlanBuilder::drivers
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
    pub(super) fn weighted_gap(&self) -> f64 {
        self.gap * self.weight()
    }

    /// The interval scaled as [`weighted_gap`](Self::weighted_gap).
    pub(super) fn weighted_interval(&self) -> Option<(f64, f64)> {
        let w = self.weight();
        self.interval.map(|(low, high)| (low * w, high * w))
    }

    pub(super) fn weight(&self) -> f64 {
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
    ///
    /// [`ImprovementPlanBuilder::interval`]: super::ImprovementPlanBuilder::interval
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

/// How `this` stands against `above`, the one ranked just before it.
pub(super) fn standing(above: &Priority, this: &Priority) -> Standing {
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
