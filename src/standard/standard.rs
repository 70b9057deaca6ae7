//! A derived standard, its id and its provenance.

use std::{fmt, str::FromStr, sync::Arc};

use crate::{
    error::Entity, error::Error, model::Capability, model::Channel, model::Characteristic, model::Emotion,
    model::EnumSet, model::Factor, model::Id, model::MomentKind, model::QualityAspect,
    model::QualityDimension, model::ServiceLevel, model::StandardKind, model::StepPath, standard::Locale,
    standard::Target, standard::source::Source, standard::wording::nouns::Nouns,
};

/// The stable id of a standard: the rule's id and the step's path,
/// `answer-phone@stay/reservation/call`. It never depends on a position, so
/// adding or removing other steps or rules leaves it unchanged.
///
/// # Examples
///
/// ```
/// use service_standards::standard::StandardId;
///
/// let id: StandardId = "greet-on-arrival@stay/check-in/greet".parse()?;
/// assert_eq!(id.rule().as_str(), "greet-on-arrival");
/// assert_eq!(id.step().to_string(), "stay/check-in/greet");
/// assert_eq!(id.to_string(), "greet-on-arrival@stay/check-in/greet");
///
/// // Parsing names the whole string when its shape is wrong:
/// let err = "greet-on-arrival@stay/greet".parse::<StandardId>().unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "invalid standard id `greet-on-arrival@stay/greet`, expected rule@sequence/phase/step"
/// );
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StandardId {
    rule: Id,
    step: StepPath,
}

impl StandardId {
    /// The id of the standard that `rule` produces at `step`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Id, standard::StandardId};
    ///
    /// let id = StandardId::new(Id::new("answer-phone")?, "stay/booking/call".parse()?);
    /// assert_eq!(id.to_string(), "answer-phone@stay/booking/call");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub const fn new(rule: Id, step: StepPath) -> Self {
        Self { rule, step }
    }

    /// The rule's id.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::StandardId;
    ///
    /// assert_eq!("a@s/p/x".parse::<StandardId>()?.rule().as_str(), "a");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub const fn rule(&self) -> &Id {
        &self.rule
    }

    /// The step's path.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::StandardId;
    ///
    /// assert_eq!("a@s/p/x".parse::<StandardId>()?.step().step().as_str(), "x");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub const fn step(&self) -> &StepPath {
        &self.step
    }
}

impl fmt::Display for StandardId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.rule, self.step)
    }
}

impl FromStr for StandardId {
    type Err = Error;

    /// Reads `rule@sequence/phase/step`. A string without `@`, or whose step
    /// part is not three ids, is an error about [`Entity::StandardId`]
    /// naming the whole string; an id that is not a slug is an error about
    /// [`Entity::Id`] naming that id.
    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = || Error::malformed(Entity::StandardId, s, "rule@sequence/phase/step");
        let (rule, step) = s.split_once('@').ok_or_else(invalid)?;
        let rule = Id::new(rule)?;
        let step = step
            .parse()
            .map_err(|err: Error| if err.entity() == Entity::StepPath { invalid() } else { err })?;
        Ok(Self { rule, step })
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for StandardId {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "StandardId".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "a standard id: rule-id@sequence/phase/step",
            "type": "string",
            "pattern": "^[a-z0-9-]+@[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]+$",
        })
    }
}

crate::text_serde::serde_as_str!(StandardId, "a standard id `rule@sequence/phase/step`");

/// What made a rule produce a standard at a step: the first clause of its
/// condition that the step, the profile or the brand satisfied, taken in this
/// order: characteristic, factor, emotion, capability, channel, moment.
///
/// # Examples
///
/// ```
/// use service_standards::{model::Characteristic, standard::Provenance};
///
/// let t = Provenance::Characteristic(Characteristic::Friendly);
/// assert_eq!(t.to_string(), "characteristic friendly");
/// ```
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Provenance {
    /// A characteristic the step names.
    Characteristic(Characteristic),
    /// A factor of the service profile.
    Factor(Factor),
    /// An emotion of the brand.
    Emotion(Emotion),
    /// A capability of the step's channel.
    Capability(Capability),
    /// One of the step's channels.
    Channel(Channel),
    /// The kind of moment.
    Moment(MomentKind),
}

impl fmt::Display for Provenance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Characteristic(c) => write!(f, "characteristic {c}"),
            Self::Factor(x) => write!(f, "factor {x}"),
            Self::Emotion(e) => write!(f, "emotion {e}"),
            Self::Capability(c) => write!(f, "capability {c}"),
            Self::Channel(c) => write!(f, "channel {c}"),
            Self::Moment(m) => write!(f, "moment {m}"),
        }
    }
}

/// What every standard derived at one step shares (one allocation per step).
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct StepInfo {
    path: StepPath,
    moment: MomentKind,
    department: Option<Id>,
    /// The names placeholders need; `None` for a standard read from a
    /// document, whose statement is already rendered.
    names: Option<Names>,
}

impl StepInfo {
    /// The step at `path`, a moment of kind `moment` owned by `department`,
    /// with the `names` its standards' placeholders need (`None` for a
    /// standard read from a document, whose statement is already rendered).
    pub(crate) fn new(
        path: StepPath,
        moment: MomentKind,
        department: Option<Id>,
        names: Option<Names>,
    ) -> Self {
        Self { path, moment, department, names }
    }

    /// The step's path.
    pub(crate) fn path(&self) -> &StepPath {
        &self.path
    }

    /// The names placeholders need, if the standard was derived (not read).
    pub(crate) fn names(&self) -> Option<&Names> {
        self.names.as_ref()
    }
}

/// The names a statement's placeholders need.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct Names {
    pub(crate) company: Arc<str>,
    pub(crate) sequence: Arc<str>,
    pub(crate) phase: Arc<str>,
    pub(crate) step: Arc<str>,
    pub(crate) department: Option<Arc<str>>,
    /// The words of the model's pack.
    pub(crate) nouns: Arc<Nouns>,
}

impl Names {
    /// The words of the model's pack.
    pub(crate) fn nouns(&self) -> &Arc<Nouns> {
        &self.nouns
    }
}

/// A concrete, measurable customer service standard, derived by a rule for
/// one moment of contact.
///
/// A standard is small (it shares its rule's text and its step's names with
/// the other standards of the same rule and step) and knows where it came
/// from: its rule and its [`Provenance`].
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let greet = set.get(&"greet-on-arrival@stay/check-in/greet".parse()?).unwrap();
/// assert_eq!(greet.statement(), "Greet every guest within 30 seconds of their arrival, with eye contact and a smile");
/// assert_eq!(greet.target(), Target::within_secs(30));
/// assert_eq!((greet.kind(), greet.aspect()), (StandardKind::PersonalContact, QualityAspect::Functional));
/// assert_eq!(greet.department().map(Id::as_str), Some("front-office"));
/// assert!(greet.min_level() <= ServiceLevel::Expected);
/// # Ok::<(), Error>(())
/// ```
//
// Its statement (`Standard::statement`) is rendering: it is defined with the
// rendering of every language, in `standard/wording/mod.rs`. Its equality
// compares data (below), and renders only where one standard was read from
// a document, whose statement is text alone.
#[derive(Debug, Clone)]
pub struct Standard {
    source: Arc<Source>,
    step: Arc<StepInfo>,
    target: Target,
    channels: EnumSet<Channel>,
    derived_at: ServiceLevel,
    provenance: Provenance,
}

impl Standard {
    /// The standard `source` gives at the step of `step`, derived at
    /// `derived_at` with its target there, for the `channels` it reaches,
    /// because of `provenance`.
    pub(crate) fn new(
        source: Arc<Source>,
        step: Arc<StepInfo>,
        target: Target,
        channels: EnumSet<Channel>,
        derived_at: ServiceLevel,
        provenance: Provenance,
    ) -> Self {
        Self { source, step, target, channels, derived_at, provenance }
    }

    /// Where it comes from: its rule's id, concern, level and template.
    pub(crate) fn source(&self) -> &Arc<Source> {
        &self.source
    }

    /// Its step: path, moment, department and the names placeholders need.
    pub(crate) fn step_info(&self) -> &Arc<StepInfo> {
        &self.step
    }

    /// Its source and its step, for a standard left out (no copy of either).
    pub(crate) fn into_parts(self) -> (Arc<Source>, Arc<StepInfo>) {
        (self.source, self.step)
    }

    /// The stable id: rule id and step path.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// let s = set.iter().next().unwrap();
    /// assert_eq!(s.id().rule(), s.rule());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> StandardId {
        StandardId::new(self.source.id().clone(), self.step.path.clone())
    }

    /// The id of the rule that produced it.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// let s = set.iter().next().unwrap();
    /// assert!(service_standards::RuleSet::catalogue().rule(s.rule().as_str()).is_some());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn rule(&self) -> &Id {
        self.source.id()
    }

    /// Personal contact, product or procedure.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let greet = set.get(&"greet-on-arrival@stay/check-in/greet".parse()?).unwrap();
    /// assert_eq!(greet.kind(), StandardKind::PersonalContact);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn kind(&self) -> StandardKind {
        self.source.template().kind()
    }

    /// Technical or functional quality (follows from the kind).
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// assert!(set.iter().all(|s| s.aspect() == s.kind().aspect()));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn aspect(&self) -> QualityAspect {
        self.source.template().kind().aspect()
    }

    /// The quality dimension served.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let greet = set.get(&"greet-on-arrival@stay/check-in/greet".parse()?).unwrap();
    /// assert_eq!(greet.dimension(), QualityDimension::Responsiveness);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn dimension(&self) -> QualityDimension {
        self.source.template().dimension()
    }

    /// The lowest level the standard belongs to: basic, expected or
    /// exclusive (its rule's minimum level; see [`derived_at`](Self::derived_at)
    /// for the level of the set).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::ServiceLevel;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(set.iter().all(|s| s.min_level() <= ServiceLevel::Expected));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn min_level(&self) -> ServiceLevel {
        self.source.min_level()
    }

    /// The level the set was derived at, which chose the target.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::ServiceLevel;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(set.iter().all(|s| s.derived_at() == ServiceLevel::Expected));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn derived_at(&self) -> ServiceLevel {
        self.derived_at
    }

    /// The measurable target.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// assert!(set.iter().all(|s| s.target().is_in_range()));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn target(&self) -> Target {
        self.target
    }

    /// The channels it applies to (those of the step that the rule can reach).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Channel;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// assert!(set.iter().all(|s| s.channels().contains(Channel::FaceToFace)));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn channels(&self) -> EnumSet<Channel> {
        self.channels
    }

    /// The path of the step it belongs to.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// assert!(set.iter().all(|s| s.step().sequence().as_str() == "stay"));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn step(&self) -> &StepPath {
        &self.step.path
    }

    /// The kind of moment of its step.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::MomentKind;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// assert!(set.iter().all(|s| s.moment() == MomentKind::Welcome));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn moment(&self) -> MomentKind {
        self.step.moment
    }

    /// The department that owns its step, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// assert!(set.iter().all(|s| s.department().map(|d| d.as_str()) == Some("front-office")));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn department(&self) -> Option<&Id> {
        self.step.department.as_ref()
    }

    /// Why the standard exists: the clause of its rule's condition that the
    /// step, the profile or the brand satisfied.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let greet = set.get(&"greet-on-arrival@stay/check-in/greet".parse()?).unwrap();
    /// // The rule greets face to face:
    /// assert_eq!(greet.provenance(), Provenance::Channel(Channel::FaceToFace));
    /// assert_eq!(greet.provenance().to_string(), "channel face-to-face");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn provenance(&self) -> Provenance {
        self.provenance
    }

    /// What the standard is about: its rule's concern. A set holds at most
    /// one standard per step and concern.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// let greet = set.iter().find(|s| s.rule().as_str() == "greet-on-arrival").unwrap();
    /// assert_eq!(greet.concern().as_str(), "greeting-on-arrival");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn concern(&self) -> &Id {
        self.source.concern()
    }

    /// Whether its rule carries a statement in `locale` (English always).
    pub(crate) fn has_statement_in(&self, locale: Locale) -> bool {
        self.source.template().statement_in(locale).is_some()
    }

    /// The words the statement uses: its model's pack's.
    pub(crate) fn nouns(&self) -> &Nouns {
        self.step.names.as_ref().map_or(Nouns::general(), |n| &n.nouns)
    }
}
