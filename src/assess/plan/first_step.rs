//! Who acts first and when to measure again: [`FirstStep`].

use jiff::civil::Date;

use crate::{model::Id, standard::StandardSet, survey::Subject};

use super::Priority;
#[cfg(feature = "serde")]
use super::document::subject;

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
/// **Measure again.** When the plan's [period](super::ImprovementPlanBuilder::period)
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
    pub(super) subject: Subject,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(super) department: Option<Id>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(super) owner: Option<String>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(super) measure_again: Option<Date>,
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
pub(super) fn measure_again(first: Date, last: Date) -> Option<Date> {
    let next = last.tomorrow().ok()?;
    let length = first.until((jiff::Unit::Month, next)).ok()?;
    next.checked_add(length).ok()?.yesterday().ok()
}

/// The department owning the most of `first`'s standards (see [`FirstStep`]).
pub(super) fn owner(now: &StandardSet, first: &Priority) -> Option<Id> {
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
