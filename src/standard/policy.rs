//! Policies: decisions about the organisation, stated once per business or department.

use crate::{model::Id, model::StepPath, standard::PolicyScope, standard::Standard};

/// A decision about the organisation rather than a moment of contact (a
/// training cycle, an empowerment limit, account managers, one central
/// desk), derived once for the business or once per department from a rule
/// marked as a policy ([`RuleBuilder::policy`](crate::rules::RuleBuilder::policy)),
/// with its own target (every 180 days, up to 100 EUR).
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let mine = RuleSet::builder()
///     .rule(Rule::builder("front-office-refresher")
///         .policy(PolicyScope::Department)
///         .when(Condition::builder().moments([MomentKind::Welcome]))
///         .kind(StandardKind::Procedure)
///         .dimension(QualityDimension::Assurance)
///         .statement("Refresh every receptionist's training in these standards {target}")
///         .targets(LevelTargets::same(Target::Every(std::time::Duration::from_secs(180 * 86_400)))))
///     .build()?;
/// let set = mine.derive(&model, ServiceLevel::Expected);
/// assert!(set.is_empty());
/// let policy = &set.policies()[0];
/// assert_eq!(policy.department().map(Id::as_str), Some("front-office"));
/// assert_eq!(policy.statement(), "Refresh every receptionist's training in these standards at least once every 180 days");
/// assert_eq!(policy.steps().len(), 1);
/// # Ok::<(), Error>(())
/// ```
//
// Its statement (`Policy::statement`, `Policy::statement_in`) is rendering:
// it is defined with the rendering of every language, in `standard/wording/mod.rs`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// The standard the rule derived at the first step that called for the
    /// policy: it carries the rule, the target and the words.
    standard: Standard,
    scope: PolicyScope,
    department: Option<Id>,
    steps: Vec<StepPath>,
}

impl Policy {
    /// The policy `standard` states for `department` (`None`: the whole
    /// business) with `scope`, called for by `steps` (the standard's own first).
    pub(crate) fn new(
        standard: Standard,
        scope: PolicyScope,
        department: Option<Id>,
        steps: Vec<StepPath>,
    ) -> Self {
        Self { standard, scope, department, steps }
    }

    /// Adds a step that calls for the policy, after those it has.
    pub(crate) fn push_step(&mut self, step: StepPath) {
        self.steps.push(step);
    }

    /// Whether it is stated for the whole business or for a department.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(set.policies()[0].scope(), PolicyScope::Business);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn scope(&self) -> PolicyScope {
        self.scope
    }

    /// The department it is stated for; `None` for the whole business.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(set.policies()[0].department(), None);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn department(&self) -> Option<&Id> {
        self.department.as_ref()
    }

    /// The steps that call for it, in model order.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(set.policies()[0].steps(), ["stay/check-in/greet".parse::<StepPath>()?]);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn steps(&self) -> &[StepPath] {
        &self.steps
    }

    /// The standard it was derived as at its first step: its rule, concern,
    /// target, kind, words and provenance. Its step and department are
    /// that first step's; the policy's own are [`steps`](Self::steps) and
    /// [`department`](Self::department).
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let policy = &set.policies()[0];
    /// assert_eq!(policy.standard().rule().as_str(), "high-contact-training");
    /// assert_eq!(policy.standard().concern().as_str(), "staff-training");
    /// assert_eq!(policy.standard().kind(), StandardKind::Procedure);
    /// assert_eq!(policy.standard().target(), Target::Every(std::time::Duration::from_secs(180 * 86_400)));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn standard(&self) -> &Standard {
        &self.standard
    }
}
