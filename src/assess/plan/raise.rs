//! What raising the first phase one level would mean: [`Raise`].

use crate::{
    model::PhasePath, model::ServiceLevel, standard::CoverageHole, standard::SetDiff, standard::StandardId,
};

use super::NamedStandard;
#[cfg(feature = "serde")]
use super::document::RaiseRecord;

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
///
/// [`ImprovementPlan`]: super::ImprovementPlan
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, try_from = "RaiseRecord"))]
pub struct Raise {
    pub(super) phase: PhasePath,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(super) name: Option<String>,
    pub(super) current: ServiceLevel,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(super) raised_to: Option<ServiceLevel>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub(super) diff: SetDiff,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    pub(super) holes: Vec<CoverageHole>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Vec::is_empty"))]
    pub(super) named: Vec<NamedStandard>,
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
