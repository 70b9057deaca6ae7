//! A standard as a plan names it: [`NamedStandard`].

use crate::{standard::Locale, standard::StandardId, standard::StandardSet};

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
    pub(super) id: StandardId,
    pub(super) english: String,
    pub(super) polish: String,
}

impl NamedStandard {
    /// The standard as `set` holds it, worded in every language; `None`
    /// when the set has no standard of that id.
    pub(super) fn from_set(set: &StandardSet, id: &StandardId) -> Option<Self> {
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
