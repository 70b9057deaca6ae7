//! Service levels and the kinds of standard.

use crate::{model::QualityAspect, vocabulary::vocabulary};

vocabulary! {
    /// How far a standard goes beyond the market's norm. Ordered:
    /// `Basic < Expected < Exclusive`.
    ///
    /// The levels follow the Kano model: basic is a must-be, expected is
    /// one-dimensional, exclusive is attractive; today's exclusive tends to
    /// become tomorrow's expected, one reason to review standards every year.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::ServiceLevel;
    ///
    /// assert!(ServiceLevel::Basic < ServiceLevel::Exclusive);
    /// assert_eq!(ServiceLevel::default(), ServiceLevel::Expected);
    /// ```
    pub enum ServiceLevel(Entity::ServiceLevel) {
        /// What the market or the industry commonly provides.
        Basic,
        /// What this customer imagines good service to be.
        Expected,
        /// What the customer does not expect: a gesture beyond the standard.
        Exclusive,
    }
}

#[allow(clippy::derivable_impls, reason = "the vocabulary macro owns the derive list")]
impl Default for ServiceLevel {
    fn default() -> Self {
        Self::Expected
    }
}

vocabulary! {
    /// The three types of standard a characteristic turns into.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::QualityAspect, StandardKind};
    ///
    /// assert_eq!(StandardKind::Product.aspect(), QualityAspect::Technical);
    /// assert_eq!(StandardKind::PersonalContact.to_string(), "personal-contact");
    /// ```
    pub enum StandardKind(Entity::StandardKind) {
        /// How staff behave in contact with the customer.
        PersonalContact,
        /// What is offered: the product, its materials and the physical evidence.
        Product,
        /// How serving is organised: times, steps, systems.
        Procedure,
    }
}

impl StandardKind {
    /// The quality aspect a standard of this kind serves: personal contact is
    /// functional; product and procedure are technical.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::QualityAspect, StandardKind};
    ///
    /// assert_eq!(StandardKind::Product.aspect(), QualityAspect::Technical);
    /// ```
    #[must_use]
    pub const fn aspect(self) -> QualityAspect {
        match self {
            Self::PersonalContact => QualityAspect::Functional,
            Self::Product | Self::Procedure => QualityAspect::Technical,
        }
    }
}
