//! A key driver's weight in the ranking: [`Importance`].

use std::collections::HashMap;

use crate::{survey::KeyDrivers, survey::Subject};

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
///
/// [`ImprovementPlan`]: super::ImprovementPlan
/// [`ImprovementPlanBuilder::drivers`]: super::ImprovementPlanBuilder::drivers
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Importance {
    pub(super) importance: f64,
    pub(super) share: f64,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(super) interval: Option<(f64, f64)>,
    pub(super) weight: f64,
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
    ///
    /// [`ImprovementPlan::priorities`]: super::ImprovementPlan::priorities
    #[must_use]
    pub fn weight(&self) -> f64 {
        self.weight
    }
}

/// The importance of each driver of `drivers`, its weight its share over
/// the drivers' mean share.
pub(super) fn importances(drivers: &KeyDrivers) -> HashMap<&Subject, Importance> {
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
