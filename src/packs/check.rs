//! The modelling check: a model compared with its pack, for what a manager
//! of the trade would expect and the model lacks.

use std::fmt;

use super::Pack;
use crate::{
    model::Characteristic, model::EnumSet, model::Id, model::MomentKind, model::Place, model::ServiceLevel,
    model::ServiceModel, model::StepPath, model::Vocabulary,
};

/// What a manager of the trade would expect in a model and does not find
/// there ([`Pack::check`]): a suggestion, never an error; the model is
/// valid either way.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let restaurant = Pack::builtin("restaurant").unwrap();
/// let model = ServiceModel::builder("Trattoria").pack("restaurant").build()?;
/// let suggestions = restaurant.check(&model);
/// assert!(suggestions.iter().any(|s| matches!(s, Suggestion::Moment { moment: MomentKind::Farewell, .. })));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Suggestion {
    /// The pack's template has a step of this kind of moment and the model
    /// has none: a farewell, a step during the meal.
    Moment {
        /// The kind of moment the model lacks.
        moment: MomentKind,
        /// A step of the template of that kind, as an example.
        example: StepPath,
    },
    /// One of the pack's essential rules (not a gesture) derives nothing on
    /// the model: no step has the kind of moment and the characteristic it
    /// needs.
    Rule {
        /// The rule's id.
        rule: Id,
        /// Whether the rule is critical (a legal or safety duty).
        critical: bool,
        /// The kinds of moment it applies to (any, if empty).
        moments: EnumSet<MomentKind>,
        /// The characteristics, one of which a step must name (none, if empty).
        characteristics: EnumSet<Characteristic>,
        /// The places, one of which a step must be at (any, if empty).
        places: EnumSet<Place>,
    },
}

impl fmt::Display for Suggestion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let list = |names: Vec<&str>| names.join(" or ");
        match self {
            Self::Moment { moment, example } => {
                write!(f, "no {moment} step: the template has one at `{example}`")
            }
            Self::Rule { rule, critical, moments, characteristics, places } => {
                let critical = if *critical { "critical " } else { "" };
                write!(f, "{critical}rule `{rule}` derives nothing: it needs a step")?;
                if !moments.is_empty() {
                    write!(f, " of moment {}", list(moments.iter().map(Vocabulary::as_str).collect()))?;
                }
                if !characteristics.is_empty() {
                    let names = list(characteristics.iter().map(Vocabulary::as_str).collect());
                    write!(f, " with the characteristic {names}")?;
                }
                if !places.is_empty() {
                    write!(f, " at a {}", list(places.iter().map(Vocabulary::as_str).collect()))?;
                }
                Ok(())
            }
        }
    }
}

impl Pack {
    /// What a manager of the trade would expect in `model` and does not
    /// find: each kind of moment the pack's template has and the model
    /// lacks (a farewell, a step during the meal), then each of the pack's
    /// essential rules (its critical ones first) that derives nothing on
    /// the model, with the moment and characteristic it needs (a rule that
    /// is not critical and needs only a kind of moment already suggested is
    /// not repeated). Suggestions,
    /// never errors: the model is checked as if it named this pack,
    /// whatever it names.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let restaurant = Pack::builtin("restaurant").unwrap();
    /// // The template itself lacks nothing:
    /// assert_eq!(restaurant.check(restaurant.template().unwrap()), []);
    ///
    /// // A restaurant modelled without a step during the meal or a goodbye:
    /// let model = ServiceModel::builder("Trattoria")
    ///     .pack("restaurant")
    ///     .sequence(Sequence::builder("meal", "Meal").phase(
    ///         Phase::builder("order", "Ordering")
    ///             .channels([Channel::FaceToFace])
    ///             .step(Step::builder("take", "Server takes the order").moment(MomentKind::OrderTaking)),
    ///     ))
    ///     .build()?;
    /// let said: Vec<String> = restaurant.check(&model).iter().map(|s| s.to_string()).collect();
    /// assert!(said.contains(&"no farewell step: the template has one at `meal/settlement/farewell`".to_owned()));
    /// assert!(said.contains(&"critical rule `payment-at-table` derives nothing: it needs a step of moment payment at a table".to_owned()));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn check(&self, model: &ServiceModel) -> Vec<Suggestion> {
        let mut suggestions = Vec::new();
        let has: EnumSet<MomentKind> = model.steps().map(|at| at.step().moment()).collect();
        let mut missing = EnumSet::new();
        if let Some(template) = &self.template {
            for at in template.steps() {
                let moment = at.step().moment();
                if !has.contains(moment) && missing.insert(moment) {
                    suggestions.push(Suggestion::Moment { moment, example: at.path() });
                }
            }
        }
        let mut essentials: Vec<_> =
            self.rules.rules().filter(|r| !self.is_gesture(r.id().as_str())).collect();
        if essentials.is_empty() {
            return suggestions;
        }
        // Critical first, each part by id.
        essentials.sort_by_key(|r| !r.is_critical());
        let as_ours = if model.pack() == &self.id {
            None
        } else {
            model.to_builder().pack(self.id.as_str()).build().ok()
        };
        let model = as_ours.as_ref().unwrap_or(model);
        let set = self.rules.derive(model, ServiceLevel::Exclusive);
        for rule in essentials {
            let derived = set.iter().any(|s| s.rule() == rule.id())
                || set.policies().iter().any(|p| p.standard().rule() == rule.id());
            let condition = rule.condition();
            // A rule that asks only for a kind of moment already suggested
            // says nothing more, unless it is critical.
            let said = condition.characteristics().is_empty()
                && condition.places().is_empty()
                && !rule.is_critical()
                && condition.moments().iter().any(|m| missing.contains(m));
            if !derived && !said {
                suggestions.push(Suggestion::Rule {
                    rule: rule.id().clone(),
                    critical: rule.is_critical(),
                    moments: condition.moments(),
                    characteristics: condition.characteristics(),
                    places: condition.places(),
                });
            }
        }
        suggestions
    }
}
