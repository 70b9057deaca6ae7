//! A rule: a condition and a template, as data.

use std::{collections::BTreeMap, sync::Arc};

use crate::{
    error::Entity, error::Error, error::Problem, model::Channel, model::EnumSet, model::Id,
    model::QualityDimension, model::ServiceLevel, model::StandardKind, model::Vocabulary, rules::Condition,
    rules::condition::ScopeIds, standard::LevelTargets, standard::Locale, standard::PolicyScope,
    standard::Statement, standard::Target, standard::Template, standard::source::Source,
    validate::Violations,
};

#[cfg(feature = "serde")]
use crate::standard::target::LevelTargetTexts;

/// A rule that turns moments of contact into standards: when its
/// [`Condition`] holds at a step, it produces a standard from its
/// [`Template`]. Rules are data: they can be read, written to JSON or TOML,
/// changed and extended.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let rule = Rule::builder("greet-arriving-guest")
///     .when(Condition::builder().moments([MomentKind::Welcome]).capabilities([Capability::StaffSeen]))
///     .kind(StandardKind::PersonalContact)
///     .dimension(QualityDimension::Responsiveness)
///     .statement("Greet every arriving customer {target}, with eye contact and a smile")
///     .target(ServiceLevel::Basic, Target::within_secs(60))
///     .target(ServiceLevel::Expected, Target::within_secs(30))
///     .target(ServiceLevel::Exclusive, Target::within_secs(10))
///     .build()?;
/// assert_eq!(rule.id().as_str(), "greet-arriving-guest");
/// assert_eq!(rule.template().targets().get(ServiceLevel::Expected), Some(Target::within_secs(30)));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Rule {
    /// What its standards share: id, concern, lowest level and template.
    pub(crate) source: Arc<Source>,
    pub(crate) condition: Condition,
    pub(crate) reach: EnumSet<Channel>,
    pub(crate) overrides: bool,
    pub(crate) scope: Option<Arc<ScopeIds>>,
    pub(crate) policy: Option<PolicyScope>,
    /// Whether its concern is stated once per contact, not at every step of one.
    pub(crate) once_per_contact: bool,
    /// [`Condition::specificity`], computed once.
    pub(crate) specificity: usize,
    /// Whether the rule is the built-in catalogue's own (not a user's rule,
    /// even one of the same id): decides conflicts, not equality.
    pub(crate) catalogue: bool,
    /// The pack whose models only it matches ([`Condition::pack`], checked).
    pub(crate) pack: Option<Id>,
    /// Whether the rule states a legal or safety duty, or guards against a
    /// serious loss.
    pub(crate) critical: bool,
    /// Where the rule comes from: a checklist, a code of practice, a law.
    pub(crate) reference: Option<Arc<str>>,
}

/// Rules are equal when they say the same thing, wherever they came from.
impl PartialEq for Rule {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
            && self.condition == other.condition
            && self.overrides == other.overrides
            && self.policy == other.policy
            && self.once_per_contact == other.once_per_contact
            && self.critical == other.critical
            && self.reference == other.reference
    }
}

impl Eq for Rule {}

impl std::hash::Hash for Rule {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.source.hash(state);
        self.condition.hash(state);
        self.overrides.hash(state);
        self.policy.hash(state);
        self.once_per_contact.hash(state);
        self.critical.hash(state);
        self.reference.hash(state);
    }
}

impl Rule {
    /// A builder for a rule with this id.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let draft = Rule::builder("answer-phone");
    /// // A rule needs a kind, a dimension, a statement, a condition and a target per level:
    /// let err = draft.build().unwrap_err();
    /// let fields: Vec<&str> = err.violations().iter().map(|v| v.path().trim_start_matches("rules/answer-phone.")).collect();
    /// assert_eq!(fields, ["kind", "dimension", "statement", "when", "targets.basic", "targets.expected", "targets.exclusive"]);
    /// ```
    #[must_use]
    pub fn builder(id: impl Into<String>) -> RuleBuilder {
        RuleBuilder {
            id: id.into(),
            overrides: false,
            concern: None,
            policy: None,
            once_per_contact: false,
            critical: false,
            source: None,
            kind: None,
            dimension: None,
            statement: None,
            translations: BTreeMap::new(),
            when: Condition::default(),
            targets: LevelTargets::new(),
        }
    }

    /// Whether the rule states a legal or safety duty of the trade, or
    /// guards against a serious loss: an audit cannot pass without it.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{rules::Pack, RuleSet};
    ///
    /// let catalogue = RuleSet::catalogue();
    /// assert!(!catalogue.rule("phone-answer").unwrap().is_critical());
    /// assert!(catalogue.rule("hand-back-to-named-person").unwrap().is_critical());
    /// let restaurant = Pack::builtin("restaurant").unwrap();
    /// assert!(restaurant.rules().rule("allergy-passed-to-kitchen").unwrap().is_critical());
    /// ```
    #[must_use]
    pub fn is_critical(&self) -> bool {
        self.critical
    }

    /// Where the rule comes from (a public checklist, a code of practice, a
    /// law), if it says.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::rules::Pack;
    ///
    /// let restaurant = Pack::builtin("restaurant").unwrap();
    /// let rule = restaurant.rules().rule("allergen-information").unwrap();
    /// assert!(rule.source().unwrap().contains("1169/2011"));
    /// ```
    #[must_use]
    pub fn source(&self) -> Option<&str> {
        self.reference.as_deref()
    }

    /// The id of the pack whose models only the rule matches, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{rules::Pack, RuleSet};
    ///
    /// assert!(RuleSet::catalogue().rules().all(|r| r.pack().is_none()));
    /// let restaurant = Pack::builtin("restaurant").unwrap();
    /// assert!(restaurant.rules().rules().all(|r| r.pack().map(|p| p.as_str()) == Some("restaurant")));
    /// ```
    #[must_use]
    pub fn pack(&self) -> Option<&Id> {
        self.pack.as_ref()
    }

    /// What the standards of this rule are about (`speed-of-answer`,
    /// `first-written-reply`, `booking-confirmation`): a step gets at most
    /// one standard per concern. A rule that names none has its own id as
    /// its concern.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// let catalogue = RuleSet::catalogue();
    /// assert_eq!(catalogue.rule("phone-answer").unwrap().concern().as_str(), "speed-of-answer");
    /// ```
    #[must_use]
    pub fn concern(&self) -> &Id {
        self.source.concern()
    }

    /// Where the rule's policy is stated, if the rule is about the
    /// organisation rather than a moment of contact.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{standard::PolicyScope, RuleSet};
    ///
    /// let catalogue = RuleSet::catalogue();
    /// assert_eq!(catalogue.rule("high-contact-training").unwrap().policy(), Some(PolicyScope::Business));
    /// assert_eq!(catalogue.rule("greet-on-arrival").unwrap().policy(), None);
    /// ```
    #[must_use]
    pub fn policy(&self) -> Option<PolicyScope> {
        self.policy
    }

    /// Whether the rule's concern is stated once per contact: at the first
    /// step of a contact where a rule of that concern matches, not again at
    /// the later steps of the same contact (holding a call, signing what is
    /// sent, the tone of a conversation).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// let catalogue = RuleSet::catalogue();
    /// assert!(catalogue.rule("hold-with-permission").unwrap().is_once_per_contact());
    /// assert!(!catalogue.rule("greet-on-arrival").unwrap().is_once_per_contact());
    /// ```
    #[must_use]
    pub fn is_once_per_contact(&self) -> bool {
        self.once_per_contact
    }

    /// Whether the rule is one of the built-in catalogue's own.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// assert!(RuleSet::catalogue().rules().all(|r| r.is_from_catalogue()));
    /// ```
    #[must_use]
    pub fn is_from_catalogue(&self) -> bool {
        self.catalogue
    }

    /// The rule's id, unique in its set.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// let catalogue = RuleSet::catalogue();
    /// assert!(catalogue.rules().all(|r| catalogue.rule(r.id().as_str()).is_some()));
    /// ```
    #[must_use]
    pub fn id(&self) -> &Id {
        self.source.id()
    }

    /// When the rule applies.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// assert!(RuleSet::catalogue().rules().all(|r| !r.condition().tests_nothing()));
    /// ```
    #[must_use]
    pub fn condition(&self) -> &Condition {
        &self.condition
    }

    /// What the rule produces.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// assert!(RuleSet::catalogue().rules().all(|r| !r.template().statement().as_str().is_empty()));
    /// ```
    #[must_use]
    pub fn template(&self) -> &Template {
        self.source.template()
    }

    /// Whether the rule is meant to replace a rule of the same id when merged
    /// into another set ([`RuleSet::merge`](crate::rules::RuleSet::merge)).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// assert!(RuleSet::catalogue().rules().all(|r| !r.is_overriding()));
    /// ```
    #[must_use]
    pub fn is_overriding(&self) -> bool {
        self.overrides
    }

    /// A builder holding this rule, to change it.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// let rule = RuleSet::catalogue().rules().next().unwrap().clone();
    /// assert_eq!(rule.to_builder().build()?, rule);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn to_builder(&self) -> RuleBuilder {
        let t = self.source.template();
        RuleBuilder {
            id: self.source.id().as_str().to_owned(),
            overrides: self.overrides,
            concern: Some(self.source.concern().as_str().to_owned()),
            policy: self.policy,
            once_per_contact: self.once_per_contact,
            critical: self.critical,
            source: self.reference.as_deref().map(str::to_owned),
            kind: Some(t.kind()),
            dimension: Some(t.dimension()),
            statement: Some(t.statement().as_str().to_owned()),
            translations: t.translations().iter().map(|(l, s)| (*l, s.as_str().to_owned())).collect(),
            when: self.condition.clone(),
            targets: *t.targets(),
        }
    }
}

/// Builds a [`Rule`]. Setters never fail; [`build`](Self::build) (or the
/// rule set's) checks everything at once.
///
/// As a document (JSON, TOML), a rule reads:
///
/// ```toml
/// [[rules]]
/// id = "answer-phone"
/// kind = "procedure"
/// dimension = "responsiveness"
/// statement = "Answer every call {target}"
/// when = { channels = ["telephone"] }
/// targets = { basic = { within-rings = 5 }, expected = { within-rings = 3 }, exclusive = { within-rings = 2 } }
/// ```
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let rule = Rule::builder("answer-phone")
///     .when(Condition::builder().channels([Channel::Telephone]))
///     .kind(StandardKind::Procedure)
///     .dimension(QualityDimension::Responsiveness)
///     .statement("Answer every call {target}")
///     .targets(LevelTargets::new()
///         .at(ServiceLevel::Basic, Target::WithinRings(5))
///         .at(ServiceLevel::Expected, Target::WithinRings(3))
///         .at(ServiceLevel::Exclusive, Target::WithinRings(2)))
///     .build()?;
/// assert_eq!(rule.template().kind(), StandardKind::Procedure);
/// # Ok::<(), Error>(())
/// ```
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct RuleBuilder {
    #[cfg_attr(feature = "schemars", schemars(with = "crate::model::Id"))]
    id: String,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "is_false"))]
    overrides: bool,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::model::Id>"))]
    concern: Option<String>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    policy: Option<PolicyScope>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "is_false"))]
    once_per_contact: bool,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "is_false"))]
    critical: bool,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    source: Option<String>,
    #[cfg_attr(feature = "serde", serde(default))]
    kind: Option<StandardKind>,
    #[cfg_attr(feature = "serde", serde(default))]
    dimension: Option<QualityDimension>,
    #[cfg_attr(feature = "serde", serde(default))]
    statement: Option<String>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "BTreeMap::is_empty"))]
    translations: BTreeMap<Locale, String>,
    #[cfg_attr(feature = "serde", serde(default))]
    when: Condition,
    #[cfg_attr(feature = "serde", serde(default))]
    targets: LevelTargets,
}

#[cfg(feature = "serde")]
#[allow(clippy::trivially_copy_pass_by_ref, reason = "serde passes a reference")]
fn is_false(b: &bool) -> bool {
    !*b
}

impl RuleBuilder {
    crate::setters::setters! {
        /// Sets when the rule applies.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let rule = Rule::builder("chat-reply")
        ///     .when(Condition::builder().channels([Channel::Chat]))
        ///     .kind(StandardKind::Procedure)
        ///     .dimension(QualityDimension::Responsiveness)
        ///     .statement("Answer every chat message {target}")
        ///     .targets(LevelTargets::same(Target::within_secs(60)))
        ///     .build()?;
        /// assert_eq!(rule.condition(), &Condition::builder().channels([Channel::Chat]).build());
        /// # Ok::<(), Error>(())
        /// ```
        fn when(condition: impl Into<Condition>) { when = condition.into() }

        /// Sets the concern: what the rule's standards are about, as a slug
        /// (`speed-of-answer`). Where several rules of one concern match a step,
        /// one wins (see [`RuleSet::derive`](crate::rules::RuleSet::derive)). Without
        /// it, the rule's id is its concern.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let rule = Rule::builder("answer-in-two-rings")
        ///     .concern("speed-of-answer")
        ///     .when(Condition::builder().channels([Channel::Telephone]))
        ///     .kind(StandardKind::Procedure)
        ///     .dimension(QualityDimension::Responsiveness)
        ///     .statement("Answer every call {target}")
        ///     .targets(LevelTargets::same(Target::WithinRings(2)))
        ///     .build()?;
        /// assert_eq!(rule.concern().as_str(), "speed-of-answer");
        /// // Without a concern, the id is the concern:
        /// let own = rule.to_builder().concern("answer-in-two-rings").build()?;
        /// assert_eq!(own.concern(), own.id());
        /// # Ok::<(), Error>(())
        /// ```
        fn concern(concern: impl Into<String>) { concern = Some(concern.into()) }

        /// Makes the rule a policy: a decision about the organisation, derived
        /// once for the business or once per department instead of at every step.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
        /// let rule = Rule::builder("refresher-training")
        ///     .policy(PolicyScope::Department)
        ///     .when(Condition::builder().channels([Channel::FaceToFace]))
        ///     .kind(StandardKind::Procedure)
        ///     .dimension(QualityDimension::Assurance)
        ///     .statement("Train every member of staff in the service standards")
        ///     .targets(LevelTargets::same(Target::Always))
        ///     .build()?;
        /// assert_eq!(rule.policy(), Some(PolicyScope::Department));
        /// // Stated once, for the front office that owns the model's one step:
        /// let set = RuleSet::builder().rule(rule.to_builder()).build()?.derive(&model, ServiceLevel::Expected);
        /// assert!(set.is_empty());
        /// assert_eq!(set.policies().len(), 1);
        /// assert_eq!(set.policies()[0].department().map(Id::as_str), Some("front-office"));
        /// # Ok::<(), Error>(())
        /// ```
        fn policy(scope: PolicyScope) { policy = Some(scope) }

        /// States the rule's concern once per contact: at the first step of a
        /// contact where it matches, not again at the later steps of the same
        /// call, visit or e-mail thread (see [`Step::opens_contact`](crate::model::Step::opens_contact)).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let hold = Rule::builder("hold-politely")
        ///     .once_per_contact()
        ///     .when(Condition::builder().channels([Channel::Telephone]))
        ///     .kind(StandardKind::Procedure)
        ///     .dimension(QualityDimension::Responsiveness)
        ///     .statement("Ask before putting a {customer} on hold")
        ///     .targets(LevelTargets::same(Target::Always));
        /// let model = ServiceModel::builder("Helpline")
        ///     .sequence(Sequence::builder("call", "Call").phase(Phase::builder("talk", "Talk").channels([Channel::Telephone])
        ///         .step(Step::builder("ask", "Caller asks").moment(MomentKind::Information))
        ///         .step(Step::builder("complain", "Caller complains").moment(MomentKind::Exception))))
        ///     .build()?;
        /// let set = RuleSet::builder().rule(hold).build()?.derive(&model, ServiceLevel::Expected);
        /// assert_eq!(set.len(), 1);
        /// assert_eq!(set.superseded()[0].reason(), Precedence::EarlierInContact);
        /// # Ok::<(), Error>(())
        /// ```
        fn once_per_contact() { once_per_contact = true }

        /// Marks the rule critical: a legal or safety duty of the trade, or a
        /// guard against a serious loss (allergens, cash, documents).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let rule = Rule::builder("allergens-on-ticket")
        ///     .critical()
        ///     .source("EU Regulation 1169/2011, art. 44")
        ///     .when(Condition::builder().moments([MomentKind::OrderTaking]))
        ///     .kind(StandardKind::Procedure)
        ///     .dimension(QualityDimension::Assurance)
        ///     .statement("Write every declared allergy on the kitchen ticket")
        ///     .targets(LevelTargets::same(Target::Always))
        ///     .build()?;
        /// assert!(rule.is_critical());
        /// assert_eq!(rule.source(), Some("EU Regulation 1169/2011, art. 44"));
        /// # Ok::<(), Error>(())
        /// ```
        fn critical() { critical = true }

        /// Says where the rule comes from: a public checklist, a code of
        /// practice, a law (its article).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let rule = Rule::builder("bill-on-request")
        ///     .source("restaurant server checklist, item 18")
        ///     .when(Condition::builder().moments([MomentKind::Billing]))
        ///     .kind(StandardKind::Procedure)
        ///     .dimension(QualityDimension::Responsiveness)
        ///     .statement("Bring the bill {target} of being asked")
        ///     .targets(LevelTargets::same(Target::within_mins(3)))
        ///     .build()?;
        /// assert_eq!(rule.source(), Some("restaurant server checklist, item 18"));
        /// assert!(!rule.is_critical());
        /// # Ok::<(), Error>(())
        /// ```
        fn source(text: impl Into<String>) { source = Some(text.into()) }

        /// Sets the statement in another language, with the same placeholders
        /// (in Polish, a noun placeholder names its case: `{customer:acc}`).
        /// Without one, that language shows the English statement, marked.
        /// The statement itself is the English text: [`build`](Self::build)
        /// refuses a translation into English.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let rule = Rule::builder("answer-phone")
        ///     .when(Condition::builder().channels([Channel::Telephone]))
        ///     .kind(StandardKind::Procedure)
        ///     .dimension(QualityDimension::Responsiveness)
        ///     .statement("Answer every call {target}")
        ///     .statement_in(Locale::Polish, "Odbieraj każde połączenie {target}")
        ///     .targets(LevelTargets::same(Target::WithinRings(3)))
        ///     .build()?;
        /// let polish = rule.template().statement_in(Locale::Polish).map(Statement::as_str);
        /// assert_eq!(polish, Some("Odbieraj każde połączenie {target}"));
        /// # Ok::<(), Error>(())
        /// ```
        fn statement_in(locale: Locale, statement: impl Into<String>) {
            translations.insert(locale, statement.into())
        }

        /// Sets the kind of standard produced (required).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let rule = Rule::builder("towels")
        ///     .when(Condition::builder().moments([MomentKind::Hospitality]))
        ///     .kind(StandardKind::Product)
        ///     .dimension(QualityDimension::Tangibles)
        ///     .statement("Offer fresh towels {target}")
        ///     .targets(LevelTargets::same(Target::Always))
        ///     .build()?;
        /// assert_eq!(rule.template().kind(), StandardKind::Product);
        /// // A product standard is about the technical quality of the service:
        /// assert_eq!(rule.template().kind().aspect(), QualityAspect::Technical);
        /// # Ok::<(), Error>(())
        /// ```
        fn kind(kind: StandardKind) { kind = Some(kind) }

        /// Sets the quality dimension served (required).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let rule = Rule::builder("use-name")
        ///     .when(Condition::builder().moments([MomentKind::Welcome]))
        ///     .kind(StandardKind::PersonalContact)
        ///     .dimension(QualityDimension::Empathy)
        ///     .statement("Address every {customer} by name")
        ///     .targets(LevelTargets::same(Target::Always))
        ///     .build()?;
        /// assert_eq!(rule.template().dimension(), QualityDimension::Empathy);
        /// # Ok::<(), Error>(())
        /// ```
        fn dimension(dimension: QualityDimension) { dimension = Some(dimension) }

        /// Sets the statement, with placeholders such as `{target}` (required).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let rule = Rule::builder("reply-by-email")
        ///     .when(Condition::builder().channels([Channel::Email]))
        ///     .kind(StandardKind::Procedure)
        ///     .dimension(QualityDimension::Responsiveness)
        ///     .statement("Reply to every e-mail {target}")
        ///     .targets(LevelTargets::same(Target::within_hours(4)))
        ///     .build()?;
        /// assert_eq!(rule.template().statement().as_str(), "Reply to every e-mail {target}");
        /// // A placeholder the crate does not know is reported by `build`:
        /// let err = rule.to_builder().statement("Reply {soon}").build().unwrap_err();
        /// assert_eq!(err.violations()[0].to_string(), "rules/reply-by-email.statement: unknown placeholder `{soon}`");
        /// # Ok::<(), Error>(())
        /// ```
        fn statement(statement: impl Into<String>) { statement = Some(statement.into()) }
    }

    /// Sets the target at one level.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let rule = Rule::builder("answer-phone")
    ///     .when(Condition::builder().channels([Channel::Telephone]))
    ///     .kind(StandardKind::Procedure)
    ///     .dimension(QualityDimension::Responsiveness)
    ///     .statement("Answer every call {target}")
    ///     .target(ServiceLevel::Basic, Target::WithinRings(5))
    ///     .target(ServiceLevel::Expected, Target::WithinRings(3))
    ///     .target(ServiceLevel::Exclusive, Target::WithinRings(2))
    ///     .build()?;
    /// assert_eq!(rule.template().targets().get(ServiceLevel::Expected), Some(Target::WithinRings(3)));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn target(mut self, level: ServiceLevel, target: Target) -> Self {
        self.targets = self.targets.at(level, target);
        self
    }

    crate::setters::setters! {
        /// Sets the targets of every level.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let rule = Rule::builder("confirm-booking")
        ///     .when(Condition::builder().moments([MomentKind::OrderTaking]))
        ///     .kind(StandardKind::Procedure)
        ///     .dimension(QualityDimension::Reliability)
        ///     .statement("Confirm every {order} in writing")
        ///     .targets(LevelTargets::same(Target::Always))
        ///     .build()?;
        /// assert!(ServiceLevel::ALL.iter().all(|&l| rule.template().targets().get(l) == Some(Target::Always)));
        /// # Ok::<(), Error>(())
        /// ```
        fn targets(targets: LevelTargets) { targets = targets }

        /// Marks the rule as replacing the rule of the same id when merged into
        /// another set; without it, a clash is an error.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let greet = Rule::builder("greet-on-arrival")
        ///     .when(Condition::builder().moments([MomentKind::Welcome]))
        ///     .kind(StandardKind::PersonalContact)
        ///     .dimension(QualityDimension::Responsiveness)
        ///     .statement("Greet every {customer} {target}")
        ///     .targets(LevelTargets::same(Target::within_secs(10)));
        /// // The catalogue has a rule of this id: merging it is an error...
        /// let clash = RuleSet::builder().rule(greet.clone()).build()?;
        /// let err = RuleSet::catalogue().merge(&clash).unwrap_err();
        /// assert_eq!(err.violations()[0].path(), "rules/greet-on-arrival");
        /// // ...unless the rule says it replaces it.
        /// let mine = RuleSet::builder().rule(greet.overriding()).build()?;
        /// let rules = RuleSet::catalogue().merge(&mine)?;
        /// assert!(rules.rule("greet-on-arrival").unwrap().is_overriding());
        /// # Ok::<(), Error>(())
        /// ```
        fn overriding() { overrides = true }
    }

    /// The id as given (not yet checked).
    pub(crate) fn raw_id(&self) -> &str {
        &self.id
    }

    /// The condition as given.
    pub(crate) fn condition_given(&self) -> &Condition {
        &self.when
    }

    /// The same rule for the pack `id` only ([`Condition::pack`]), from the
    /// exclusive level if it is a gesture.
    pub(crate) fn in_pack(mut self, id: &str, gesture: bool) -> Self {
        let mut when = self.when.to_builder().pack(id);
        if gesture {
            when = when.from_level(ServiceLevel::Exclusive);
        }
        self.when = when.build();
        self
    }

    /// The same rule without its pack clause, as a pack writes its rules.
    pub(crate) fn out_of_pack(mut self) -> Self {
        self.when = self.when.without_pack();
        self
    }

    /// The targets as given (not yet checked).
    pub(crate) fn targets_given(&self) -> &LevelTargets {
        &self.targets
    }

    /// Checks the rule.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::Rule`](crate::error::Entity::Rule) listing every violation, each at
    /// `rules/<id>` or one of its fields:
    ///
    /// - the id is not a slug;
    /// - `kind`, `dimension` or `statement` is missing ([`Problem::MissingField`]);
    /// - the statement is blank, names an unknown placeholder or has an unbalanced brace;
    /// - a translation is too, or names other placeholders than the statement
    ///   ([`Problem::TranslationPlaceholders`]), or is into English, the
    ///   language of the statement itself ([`Problem::EnglishTranslation`]);
    /// - the condition (`when`) tests nothing, excludes all it names, asks
    ///   for `serious` and `except_serious` at once, or no channel can satisfy
    ///   it ([`Problem::NeverMatches`]);
    /// - a level at or above the rule's minimum has no target ([`Problem::MissingTarget`]),
    ///   a target is out of range, or a target is looser than the one below it ([`Problem::TargetLoosens`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let err = Rule::builder("hello")
    ///     .when(Condition::builder().channels([Channel::Email]).capabilities([Capability::StaffSeen]))
    ///     .kind(StandardKind::PersonalContact)
    ///     .dimension(QualityDimension::Tangibles)
    ///     .statement("Dress well {when}")
    ///     .targets(LevelTargets::same(Target::Always))
    ///     .build()
    ///     .unwrap_err();
    /// let found: Vec<String> = err.violations().iter().map(|v| v.to_string()).collect();
    /// assert_eq!(found, [
    ///     "rules/hello.statement: unknown placeholder `{when}`",
    ///     "rules/hello.when: condition can never match `no channel has staff-seen among email`",
    /// ]);
    /// ```
    pub fn build(self) -> Result<Rule, Error> {
        let mut v = Violations::default();
        let rule = self.check(&mut v);
        match rule {
            Some(rule) if v.is_empty() => Ok(rule),
            _ => Err(v.into_error(Entity::Rule)),
        }
    }

    /// Checks into `v`; the rule if it could be made.
    pub(crate) fn check(self, v: &mut Violations) -> Option<Rule> {
        let targets = self.targets;
        self.check_reading(v, |level, _, _| Some(targets.get(level)))
    }

    /// Checks into `v`, each level's target given by `target_at(level,
    /// path, v)`: the target, if any, or `None` for a text of a document
    /// that does not read, which `target_at` reports into `v` under the
    /// level's `path` (in the place of the level's target, so every problem
    /// of a rule is listed in the order of its fields); the rule if it
    /// could be made.
    pub(crate) fn check_reading(
        self,
        v: &mut Violations,
        mut target_at: impl FnMut(ServiceLevel, &str, &mut Violations) -> Option<Option<Target>>,
    ) -> Option<Rule> {
        let path = format!("rules/{}", self.id);
        let id = v.id(&path, &self.id);
        let field = |name: &str| format!("{path}.{name}");
        if self.kind.is_none() {
            v.push(field("kind"), Problem::MissingField, "");
        }
        if self.dimension.is_none() {
            v.push(field("dimension"), Problem::MissingField, "");
        }
        let statement = match &self.statement {
            None => {
                v.push(field("statement"), Problem::MissingField, "");
                None
            }
            Some(text) => readable_statement(v, field("statement"), text),
        };
        let concern = match &self.concern {
            Some(raw) => v.id(&field("concern"), raw),
            None => id.clone(),
        };
        let reference = self.source.as_deref().map(|text| {
            v.text(field("source"), text);
            Arc::<str>::from(text)
        });
        let pack = self.when.pack().and_then(|raw| v.id(&field("when.pack"), raw));
        let mut translations = Vec::with_capacity(self.translations.len());
        for (locale, text) in &self.translations {
            let at = field(&format!("translations.{locale}"));
            if *locale == Locale::English {
                v.push(at, Problem::EnglishTranslation, text.as_str());
                continue;
            }
            if let Some(t) = readable_statement(v, at.clone(), text) {
                if statement.as_ref().is_some_and(|english| !english.same_placeholders(&t)) {
                    v.push(at, Problem::TranslationPlaceholders, text.as_str());
                }
                translations.push((*locale, t));
            }
        }
        let scope = self.when.scope().map(|scope| {
            if scope.is_empty() {
                v.push(field("when.scope"), Problem::EmptyScope, "");
            }
            let [sequences, phases, steps, departments] = scope.lists().map(|(name, list)| {
                list.iter()
                    .enumerate()
                    .filter_map(|(i, raw)| v.id(&field(&format!("when.scope.{name}[{i}]")), raw))
                    .collect::<Vec<Id>>()
            });
            Arc::new(ScopeIds::new(sequences, phases, steps, departments))
        });
        let reach = self.when.reachable_channels();
        let moments = self.when.moments();
        if self.when.tests_nothing() {
            v.push(field("when"), Problem::EmptyCondition, "");
        } else if !moments.is_empty() && moments.is_subset(self.when.excluded_moments()) {
            let named: Vec<&str> = moments.iter().map(Vocabulary::as_str).collect();
            v.push(
                field("when"),
                Problem::NeverMatches,
                format!("every moment named is excluded: {}", named.join(", ")),
            );
        } else if !self.when.places().is_empty() && self.when.places().is_subset(self.when.excluded_places())
        {
            let named: Vec<&str> = self.when.places().iter().map(Vocabulary::as_str).collect();
            v.push(
                field("when"),
                Problem::NeverMatches,
                format!("every place named is excluded: {}", named.join(", ")),
            );
        } else if !self.when.characteristics().is_empty()
            && self.when.characteristics().is_subset(self.when.excluded_characteristics())
        {
            let named: Vec<&str> = self.when.characteristics().iter().map(Vocabulary::as_str).collect();
            v.push(
                field("when"),
                Problem::NeverMatches,
                format!("every characteristic named is excluded: {}", named.join(", ")),
            );
        } else if !self.when.after_in_phase().is_empty()
            && self.when.after_in_phase().is_subset(self.when.excluded_after_in_phase())
        {
            let named: Vec<&str> = self.when.after_in_phase().iter().map(Vocabulary::as_str).collect();
            v.push(
                field("when"),
                Problem::NeverMatches,
                format!("every earlier kind named is excluded: {}", named.join(", ")),
            );
        } else if self.when.serious_only() && self.when.excludes_serious() {
            v.push(field("when"), Problem::NeverMatches, "both serious and except_serious");
        } else if reach.is_empty() {
            let caps: Vec<&str> = self.when.capabilities().iter().map(Vocabulary::as_str).collect();
            let named: Vec<&str> = self.when.channels().iter().map(Vocabulary::as_str).collect();
            v.push(
                field("when"),
                Problem::NeverMatches,
                format!("no channel has {} among {}", caps.join(" and "), named.join(", ")),
            );
        }
        let min_level = self.when.min_level();
        let mut below: Option<Target> = None;
        let mut targets = LevelTargets::new();
        for &level in ServiceLevel::ALL {
            let at = field(&format!("targets.{level}"));
            // A text that does not read is reported where it was read.
            let Some(target) = target_at(level, &at, v) else { continue };
            if let Some(target) = target {
                targets = targets.at(level, target);
            }
            match target {
                None if level >= min_level => v.push(at, Problem::MissingTarget, ""),
                None => {}
                // A target below the rule's level is never used, but it is
                // kept and written: it must be one that reads back.
                Some(target) if !target.is_in_range() => {
                    v.push(at, Problem::TargetOutOfRange, target.to_string())
                }
                Some(_) if level < min_level => {}
                Some(target) => {
                    if below.is_some_and(|b| !target.is_at_least_as_strict_as(&b)) {
                        v.push(at, Problem::TargetLoosens, target.to_string());
                    }
                    below = Some(target);
                }
            }
        }
        let template = Template::new(self.kind?, self.dimension?, statement?, targets, translations);
        Some(Rule {
            source: Arc::new(Source::new(id?, concern?, min_level, template)),
            specificity: self.when.clone().normalized().specificity(),
            condition: self.when.normalized(),
            reach,
            overrides: self.overrides,
            scope,
            policy: self.policy,
            once_per_contact: self.once_per_contact,
            catalogue: false,
            pack,
            critical: self.critical,
            reference,
        })
    }
}

/// A rule as a rule set document writes it: the fields of a [`RuleBuilder`],
/// its targets' texts not read yet, so that reading a document reports, with
/// everything the builder checks, every text that does not read, each at
/// `rules/<id>.targets.<level>.<field>` ([`RuleBuilder::check_reading`]).
/// It reads and writes exactly what a `RuleBuilder` does.
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RuleRecord {
    id: String,
    #[serde(default, skip_serializing_if = "is_false")]
    overrides: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    concern: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    policy: Option<PolicyScope>,
    #[serde(default, skip_serializing_if = "is_false")]
    once_per_contact: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    critical: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(default)]
    kind: Option<StandardKind>,
    #[serde(default)]
    dimension: Option<QualityDimension>,
    #[serde(default)]
    statement: Option<String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    translations: BTreeMap<Locale, String>,
    #[serde(default)]
    when: Condition,
    #[serde(default)]
    targets: LevelTargetTexts,
}

#[cfg(feature = "serde")]
impl From<RuleBuilder> for RuleRecord {
    fn from(b: RuleBuilder) -> Self {
        Self {
            targets: LevelTargetTexts::from(&b.targets),
            id: b.id,
            overrides: b.overrides,
            concern: b.concern,
            policy: b.policy,
            once_per_contact: b.once_per_contact,
            critical: b.critical,
            source: b.source,
            kind: b.kind,
            dimension: b.dimension,
            statement: b.statement,
            translations: b.translations,
            when: b.when,
        }
    }
}

#[cfg(feature = "serde")]
impl RuleRecord {
    /// The builder of the rule, without targets, and a function that reads
    /// its targets' texts, to be checked together by
    /// [`RuleBuilder::check_reading`].
    pub(crate) fn reading(
        self,
    ) -> (RuleBuilder, impl FnMut(ServiceLevel, &str, &mut Violations) -> Option<Option<Target>>) {
        let (draft, mut texts) = self.into_draft();
        let target_at = move |level, at: &str, v: &mut Violations| match texts.take(level) {
            None => Some(None),
            Some(text) => text.read(at, v).map(Some),
        };
        (draft, target_at)
    }

    /// The builder of the rule, without targets, and its targets' texts, to
    /// be checked together by [`RuleBuilder::check_reading`].
    pub(crate) fn into_draft(self) -> (RuleBuilder, LevelTargetTexts) {
        let builder = RuleBuilder {
            id: self.id,
            overrides: self.overrides,
            concern: self.concern,
            policy: self.policy,
            once_per_contact: self.once_per_contact,
            critical: self.critical,
            source: self.source,
            kind: self.kind,
            dimension: self.dimension,
            statement: self.statement,
            translations: self.translations,
            when: self.when,
            targets: LevelTargets::new(),
        };
        (builder, self.targets)
    }
}

/// A statement checked as text people read (no control or bidirectional
/// characters, not blank) and parsed; `None` after pushing what is wrong.
fn readable_statement(v: &mut Violations, path: String, text: &str) -> Option<Statement> {
    let before = v.len();
    v.text(path.clone(), text);
    if v.len() > before {
        return None;
    }
    match Statement::parse_raw(text) {
        Ok(s) => Some(s),
        Err((problem, value)) => {
            v.push(path, problem, value);
            None
        }
    }
}

impl From<&Rule> for RuleBuilder {
    fn from(rule: &Rule) -> Self {
        rule.to_builder()
    }
}

#[cfg(all(test, feature = "serde"))]
mod tests {
    use super::*;
    use crate::{model::Capability, model::Channel, model::MomentKind, rules::RuleSet, rules::Scope};

    /// Rules with every field set, and every rule of the catalogue.
    fn every_field() -> Vec<RuleBuilder> {
        let full = Rule::builder("full")
            .concern("speed-of-answer")
            .policy(PolicyScope::Department)
            .once_per_contact()
            .overriding()
            .kind(StandardKind::Procedure)
            .dimension(QualityDimension::Responsiveness)
            .statement("Answer every chat {target}")
            .statement_in(Locale::Polish, "Odpowiadaj na czat {target}")
            .when(
                Condition::builder()
                    .channels([Channel::Chat])
                    .capabilities([Capability::Written])
                    .moments([MomentKind::Information])
                    .from_level(ServiceLevel::Expected)
                    .scope(Scope::new().sequences(["visit"])),
            )
            .target(ServiceLevel::Expected, Target::within_secs(90))
            .target(ServiceLevel::Exclusive, Target::within_secs(60));
        let mut rules = vec![full, Rule::builder("empty")];
        rules.extend(RuleSet::catalogue().to_builder().rules);
        rules
    }

    #[test]
    fn a_rule_record_writes_what_a_rule_builder_writes() {
        for builder in every_field() {
            let record = RuleRecord::from(builder.clone());
            assert_eq!(
                serde_json::to_value(&record).unwrap(),
                serde_json::to_value(&builder).unwrap(),
                "{}",
                builder.raw_id()
            );
        }
    }

    #[test]
    fn a_rule_record_reads_what_a_rule_builder_reads() {
        for builder in every_field() {
            let written = serde_json::to_value(&builder).unwrap();
            let (draft, mut texts) = serde_json::from_value::<RuleRecord>(written).unwrap().into_draft();
            let mut targets = LevelTargets::new();
            let mut v = Violations::default();
            for &level in ServiceLevel::ALL {
                if let Some(target) = texts.take(level).and_then(|t| t.read("t", &mut v)) {
                    targets = targets.at(level, target);
                }
            }
            assert!(v.is_empty(), "{}", builder.raw_id());
            assert_eq!(draft.targets(targets), builder, "{}", builder.raw_id());
        }
        // Unknown fields are refused by both.
        let doc = serde_json::json!({ "id": "a", "colour": "red" });
        assert!(serde_json::from_value::<RuleBuilder>(doc.clone()).is_err());
        assert!(serde_json::from_value::<RuleRecord>(doc).is_err());
    }
}
