//! What a derivation left out, and why: rules that lost to another rule of the same concern.

use std::{fmt, sync::Arc};

use crate::{
    model::Id, model::StepPath, standard::source::Source, standard::standard::StepInfo,
    vocabulary::vocabulary,
};

vocabulary! {
    /// Why one rule's standard won over another of the same concern at a
    /// step. The rules are compared in this order, and the first difference
    /// decides: a scoped rule over an unscoped one; a user's rule over the
    /// catalogue's; the more specific condition
    /// ([`Condition::specificity`](crate::rules::Condition::specificity)); the
    /// stricter target; and, when nothing else differs, the rule whose id
    /// sorts first. The outcome never depends on the order of the rules.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::Precedence;
    ///
    /// assert_eq!(Precedence::UserRule.to_string(), "user-rule");
    /// ```
    pub enum Precedence(Entity::Precedence) {
        /// The winner is scoped to the model's own ids; the other is not.
        Scope,
        /// The winner is the business's own rule; the other is the catalogue's.
        UserRule,
        /// The winner's condition tests more clauses.
        Specificity,
        /// The winner's target is stricter.
        StricterTarget,
        /// Nothing else differs: the winner's id sorts first.
        RuleId,
        /// The concern is stated once per contact, and an earlier step of the
        /// same contact already states it (the winner is that step's rule).
        EarlierInContact,
    }
}

/// A standard a derivation did not keep: its rule matched the step, but
/// another rule of the same concern won there.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let mine = RuleSet::builder()
///     .rule(Rule::builder("greet-within-20-seconds")
///         .concern("greeting-on-arrival")
///         .when(Condition::builder().moments([MomentKind::Welcome]).capabilities([Capability::StaffSeen]))
///         .kind(StandardKind::PersonalContact)
///         .dimension(QualityDimension::Responsiveness)
///         .statement("Greet every arriving {customer} {target}")
///         .targets(LevelTargets::same(Target::within_secs(20))))
///     .build()?;
/// let set = RuleSet::catalogue().merge(&mine)?.derive(&model, ServiceLevel::Expected);
/// let lost = set.superseded().iter().find(|s| s.rule().as_str() == "greet-on-arrival").unwrap();
/// assert_eq!(lost.by().as_str(), "greet-within-20-seconds");
/// assert_eq!(lost.reason(), Precedence::UserRule);
/// assert_eq!(lost.to_string(), "greet-on-arrival@stay/check-in/greet superseded by greet-within-20-seconds (user-rule)");
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Superseded {
    loser: Arc<Source>,
    winner: Arc<Source>,
    step: Arc<StepInfo>,
    reason: Precedence,
}

impl Superseded {
    /// The standard of `loser` at `step`, left out for the one of `winner`
    /// because of `reason`.
    pub(crate) fn new(
        loser: Arc<Source>,
        winner: Arc<Source>,
        step: Arc<StepInfo>,
        reason: Precedence,
    ) -> Self {
        Self { loser, winner, step, reason }
    }

    /// The rule whose standard was left out.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let mine = RuleSet::builder().rule(Rule::builder("greet-within-20-seconds").concern("greeting-on-arrival")
    /// #     .when(Condition::builder().moments([MomentKind::Welcome]).capabilities([Capability::StaffSeen]))
    /// #     .kind(StandardKind::PersonalContact).dimension(QualityDimension::Responsiveness)
    /// #     .statement("Greet every arriving {customer} {target}").targets(LevelTargets::same(Target::within_secs(20)))).build()?;
    /// let set = RuleSet::catalogue().merge(&mine)?.derive(&model, ServiceLevel::Expected);
    /// let lost = &set.superseded()[0];
    /// assert_eq!(lost.rule().as_str(), "greet-on-arrival");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn rule(&self) -> &Id {
        self.loser.id()
    }

    /// The rule whose standard was kept.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let mine = RuleSet::builder().rule(Rule::builder("greet-within-20-seconds").concern("greeting-on-arrival")
    /// #     .when(Condition::builder().moments([MomentKind::Welcome]).capabilities([Capability::StaffSeen]))
    /// #     .kind(StandardKind::PersonalContact).dimension(QualityDimension::Responsiveness)
    /// #     .statement("Greet every arriving {customer} {target}").targets(LevelTargets::same(Target::within_secs(20)))).build()?;
    /// let set = RuleSet::catalogue().merge(&mine)?.derive(&model, ServiceLevel::Expected);
    /// let lost = &set.superseded()[0];
    /// assert_eq!(lost.by().as_str(), "greet-within-20-seconds");
    /// assert!(set.iter().any(|s| s.rule() == lost.by() && s.step() == lost.step()));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn by(&self) -> &Id {
        self.winner.id()
    }

    /// The concern both rules are about.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let mine = RuleSet::builder().rule(Rule::builder("greet-within-20-seconds").concern("greeting-on-arrival")
    /// #     .when(Condition::builder().moments([MomentKind::Welcome]).capabilities([Capability::StaffSeen]))
    /// #     .kind(StandardKind::PersonalContact).dimension(QualityDimension::Responsiveness)
    /// #     .statement("Greet every arriving {customer} {target}").targets(LevelTargets::same(Target::within_secs(20)))).build()?;
    /// let set = RuleSet::catalogue().merge(&mine)?.derive(&model, ServiceLevel::Expected);
    /// let lost = &set.superseded()[0];
    /// assert_eq!(lost.concern().as_str(), "greeting-on-arrival");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn concern(&self) -> &Id {
        self.loser.concern()
    }

    /// The step where it happened.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let mine = RuleSet::builder().rule(Rule::builder("greet-within-20-seconds").concern("greeting-on-arrival")
    /// #     .when(Condition::builder().moments([MomentKind::Welcome]).capabilities([Capability::StaffSeen]))
    /// #     .kind(StandardKind::PersonalContact).dimension(QualityDimension::Responsiveness)
    /// #     .statement("Greet every arriving {customer} {target}").targets(LevelTargets::same(Target::within_secs(20)))).build()?;
    /// let set = RuleSet::catalogue().merge(&mine)?.derive(&model, ServiceLevel::Expected);
    /// let lost = &set.superseded()[0];
    /// assert_eq!(lost.step().to_string(), "stay/check-in/greet");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn step(&self) -> &StepPath {
        self.step.path()
    }

    /// Why the other rule won.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let mine = RuleSet::builder().rule(Rule::builder("greet-within-20-seconds").concern("greeting-on-arrival")
    /// #     .when(Condition::builder().moments([MomentKind::Welcome]).capabilities([Capability::StaffSeen]))
    /// #     .kind(StandardKind::PersonalContact).dimension(QualityDimension::Responsiveness)
    /// #     .statement("Greet every arriving {customer} {target}").targets(LevelTargets::same(Target::within_secs(20)))).build()?;
    /// let set = RuleSet::catalogue().merge(&mine)?.derive(&model, ServiceLevel::Expected);
    /// let lost = &set.superseded()[0];
    /// assert_eq!(lost.reason(), Precedence::UserRule);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn reason(&self) -> Precedence {
        self.reason
    }
}

impl PartialEq for Superseded {
    fn eq(&self, other: &Self) -> bool {
        self.loser.id() == other.loser.id()
            && self.winner.id() == other.winner.id()
            && self.step.path() == other.step.path()
            && self.reason == other.reason
    }
}

impl Eq for Superseded {}

impl fmt::Display for Superseded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}@{} superseded by {} ({})",
            self.loser.id(),
            self.step.path(),
            self.winner.id(),
            self.reason
        )
    }
}
