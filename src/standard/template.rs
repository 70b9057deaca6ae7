//! What a rule produces: the kind of standard, its dimension, statement and targets.

use crate::{
    model::QualityDimension, model::ServiceLevel, model::StandardKind, standard::Locale, standard::Statement,
    standard::Target,
};

/// A target for each service level; levels below a rule's minimum may have none.
///
/// # Examples
///
/// ```
/// use service_standards::{ServiceLevel, Target, standard::LevelTargets};
///
/// let t = LevelTargets::new()
///     .at(ServiceLevel::Basic, Target::WithinRings(5))
///     .at(ServiceLevel::Expected, Target::WithinRings(3));
/// assert_eq!(t.get(ServiceLevel::Expected), Some(Target::WithinRings(3)));
/// assert_eq!(t.get(ServiceLevel::Exclusive), None);
/// ```
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct LevelTargets {
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    basic: Option<Target>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    expected: Option<Target>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    exclusive: Option<Target>,
}

impl LevelTargets {
    /// No targets yet.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{ServiceLevel, standard::LevelTargets};
    ///
    /// assert_eq!(LevelTargets::new().get(ServiceLevel::Basic), None);
    /// ```
    #[must_use]
    pub const fn new() -> Self {
        Self { basic: None, expected: None, exclusive: None }
    }

    /// The same target at every level.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{ServiceLevel, Target, standard::LevelTargets};
    ///
    /// assert_eq!(LevelTargets::same(Target::Always).get(ServiceLevel::Exclusive), Some(Target::Always));
    /// ```
    #[must_use]
    pub const fn same(target: Target) -> Self {
        Self { basic: Some(target), expected: Some(target), exclusive: Some(target) }
    }

    /// Sets the target at `level`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{ServiceLevel, Target, standard::LevelTargets};
    ///
    /// let t = LevelTargets::new().at(ServiceLevel::Exclusive, Target::Always);
    /// assert_eq!(t.get(ServiceLevel::Exclusive), Some(Target::Always));
    /// ```
    #[must_use]
    pub const fn at(mut self, level: ServiceLevel, target: Target) -> Self {
        match level {
            ServiceLevel::Basic => self.basic = Some(target),
            ServiceLevel::Expected => self.expected = Some(target),
            ServiceLevel::Exclusive => self.exclusive = Some(target),
        }
        self
    }

    /// The target at `level`, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{ServiceLevel, standard::LevelTargets};
    ///
    /// assert_eq!(LevelTargets::default().get(ServiceLevel::Expected), None);
    /// ```
    #[must_use]
    pub const fn get(&self, level: ServiceLevel) -> Option<Target> {
        match level {
            ServiceLevel::Basic => self.basic,
            ServiceLevel::Expected => self.expected,
            ServiceLevel::Exclusive => self.exclusive,
        }
    }
}

/// What a rule produces: the kind of standard, the quality dimension it
/// serves, the statement (with placeholders) and the targets per level.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let greet = RuleSet::catalogue().rule("greet-on-arrival").unwrap().template().clone();
/// assert_eq!(greet.kind(), StandardKind::PersonalContact);
/// assert_eq!(greet.dimension(), QualityDimension::Responsiveness);
/// assert_eq!(greet.statement().as_str(), "Greet every {customer} {target} of their arrival, with eye contact and a smile");
/// assert_eq!(greet.targets().get(ServiceLevel::Expected), Some(Target::within_secs(30)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Template {
    kind: StandardKind,
    dimension: QualityDimension,
    statement: Statement,
    targets: LevelTargets,
    /// The statement in other languages, by locale, sorted.
    translations: Vec<(Locale, Statement)>,
}

impl Template {
    /// A template of `kind` serving `dimension`, with its statement, the
    /// targets per level and the statement in other languages (sorted by
    /// locale, none of them English).
    pub(crate) fn new(
        kind: StandardKind,
        dimension: QualityDimension,
        statement: Statement,
        targets: LevelTargets,
        translations: Vec<(Locale, Statement)>,
    ) -> Self {
        Self { kind, dimension, statement, targets, translations }
    }

    /// The statement in other languages than English, sorted by locale.
    pub(crate) fn translations(&self) -> &[(Locale, Statement)] {
        &self.translations
    }

    /// The kind of standard produced.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, StandardKind};
    ///
    /// let greet = RuleSet::catalogue().rule("greet-on-arrival").unwrap().template().clone();
    /// assert_eq!(greet.kind(), StandardKind::PersonalContact);
    /// ```
    #[must_use]
    pub fn kind(&self) -> StandardKind {
        self.kind
    }

    /// The quality dimension served.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, model::QualityDimension};
    ///
    /// let greet = RuleSet::catalogue().rule("greet-on-arrival").unwrap().template().clone();
    /// assert_eq!(greet.dimension(), QualityDimension::Responsiveness);
    /// ```
    #[must_use]
    pub fn dimension(&self) -> QualityDimension {
        self.dimension
    }

    /// The statement, with placeholders.
    ///
    /// # Examples
    ///
    /// ```
    /// # let rule = service_standards::RuleSet::catalogue().rules().next().unwrap().clone();
    /// assert!(!rule.template().statement().as_str().trim().is_empty());
    /// ```
    #[must_use]
    pub fn statement(&self) -> &Statement {
        &self.statement
    }

    /// The statement in `locale`, if the rule carries one in that language
    /// (the statement itself is English).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Locale, RuleSet};
    ///
    /// let greet = RuleSet::catalogue().rule("greet-on-arrival").unwrap().template().clone();
    /// assert!(greet.statement_in(Locale::Polish).is_some());
    /// assert_eq!(greet.statement_in(Locale::English), Some(greet.statement()));
    /// ```
    #[must_use]
    pub fn statement_in(&self, locale: Locale) -> Option<&Statement> {
        if locale == Locale::English {
            return Some(&self.statement);
        }
        self.translations.iter().find(|(l, _)| *l == locale).map(|(_, s)| s)
    }

    /// The targets per level.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::ServiceLevel;
    /// # let rule = service_standards::RuleSet::catalogue().rules().next().unwrap().clone();
    /// let at_exclusive = rule.template().targets().get(ServiceLevel::Exclusive);
    /// assert!(at_exclusive.is_some());
    /// ```
    #[must_use]
    pub fn targets(&self) -> &LevelTargets {
        &self.targets
    }
}
