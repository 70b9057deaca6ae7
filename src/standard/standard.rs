//! A derived standard, its id and its provenance.

use std::{fmt, str::FromStr, sync::Arc};

use crate::{
    error::Error, model::Capability, model::Channel, model::Characteristic, model::Emotion, model::EnumSet,
    model::Factor, model::Id, model::MomentKind, model::QualityAspect, model::QualityDimension,
    model::ServiceLevel, model::StandardKind, model::StepPath, rules::Placeholder, rules::rule::RuleCore,
    standard::Target,
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
    /// part is not three ids, is [`Error::InvalidStandardId`] naming the whole
    /// string; an id that is not a slug is [`Error::InvalidId`] naming that id.
    fn from_str(s: &str) -> Result<Self, Error> {
        let invalid = || Error::InvalidStandardId { value: s.to_owned() };
        let (rule, step) = s.split_once('@').ok_or_else(invalid)?;
        let rule = Id::new(rule)?;
        let step = step.parse().map_err(|err| match err {
            Error::InvalidPath { .. } => invalid(),
            other => other,
        })?;
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
/// use service_standards::{model::Characteristic, standard::Trigger};
///
/// let t = Trigger::Characteristic(Characteristic::Friendly);
/// assert_eq!(t.to_string(), "characteristic friendly");
/// ```
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Trigger {
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

impl fmt::Display for Trigger {
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
    pub(crate) path: StepPath,
    pub(crate) moment: MomentKind,
    pub(crate) department: Option<Id>,
    /// The names placeholders need; `None` for a standard read from a
    /// document, whose statement is already rendered.
    pub(crate) names: Option<Names>,
}

/// The names a statement's placeholders need.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct Names {
    pub(crate) company: Arc<str>,
    pub(crate) sequence: Arc<str>,
    pub(crate) phase: Arc<str>,
    pub(crate) step: Arc<str>,
    pub(crate) department: Option<Arc<str>>,
    pub(crate) industry: crate::model::Industry,
}

/// A concrete, measurable customer service standard, derived by a rule for
/// one moment of contact.
///
/// A standard is small (it shares its rule's text and its step's names with
/// the other standards of the same rule and step) and knows where it came
/// from: its rule and what triggered it.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = service_standards::doc_model()?;
/// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let s = set.iter().next().unwrap();
/// assert_eq!(s.aspect(), s.kind().aspect());
/// assert_eq!(s.step().to_string(), "stay/check-in/greet");
/// assert!(s.level() <= ServiceLevel::Expected);
/// println!("{}: {} ({})", s.id(), s.statement(), s.target());
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Standard {
    pub(crate) rule: Arc<RuleCore>,
    pub(crate) step: Arc<StepInfo>,
    pub(crate) target: Target,
    pub(crate) channels: EnumSet<Channel>,
    pub(crate) derived_at: ServiceLevel,
    pub(crate) trigger: Trigger,
}

impl Standard {
    /// The stable id: rule id and step path.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = service_standards::doc_model()?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// let s = set.iter().next().unwrap();
    /// assert_eq!(s.id().rule(), s.rule());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> StandardId {
        StandardId::new(self.rule.id.clone(), self.step.path.clone())
    }

    /// The id of the rule that produced it.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = service_standards::doc_model()?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// let s = set.iter().next().unwrap();
    /// assert!(service_standards::RuleSet::catalogue().rule(s.rule().as_str()).is_some());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn rule(&self) -> &Id {
        &self.rule.id
    }

    /// Personal contact, product or procedure.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = service_standards::doc_model()?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// let s = set.iter().next().unwrap();
    /// println!("{}", s.kind());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn kind(&self) -> StandardKind {
        self.rule.template.kind
    }

    /// Technical or functional quality (follows from the kind).
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = service_standards::doc_model()?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// assert!(set.iter().all(|s| s.aspect() == s.kind().aspect()));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn aspect(&self) -> QualityAspect {
        self.rule.template.kind.aspect()
    }

    /// The quality dimension served.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = service_standards::doc_model()?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// println!("{}", set.iter().next().unwrap().dimension());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn dimension(&self) -> QualityDimension {
        self.rule.template.dimension
    }

    /// The level the standard belongs to: basic, expected or exclusive (its
    /// rule's minimum level).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::ServiceLevel;
    /// # let model = service_standards::doc_model()?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(set.iter().all(|s| s.level() <= ServiceLevel::Expected));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn level(&self) -> ServiceLevel {
        self.rule.min_level
    }

    /// The level the set was derived at, which chose the target.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::ServiceLevel;
    /// # let model = service_standards::doc_model()?;
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
    /// # let model = service_standards::doc_model()?;
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
    /// # let model = service_standards::doc_model()?;
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
    /// # let model = service_standards::doc_model()?;
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
    /// # let model = service_standards::doc_model()?;
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
    /// # let model = service_standards::doc_model()?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// assert!(set.iter().all(|s| s.department().map(|d| d.as_str()) == Some("front-office")));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn department(&self) -> Option<&Id> {
        self.step.department.as_ref()
    }

    /// What triggered the rule.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = service_standards::doc_model()?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// for s in set.iter() {
    ///     println!("{} because of {}", s.id(), s.trigger());
    /// }
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn trigger(&self) -> Trigger {
        self.trigger
    }

    /// The statement, with its placeholders filled in (in English; see
    /// [`Locale::statement`](crate::practice::Locale::statement) for other languages).
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = service_standards::doc_model()?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// assert!(set.iter().all(|s| !s.statement().contains('{')));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn statement(&self) -> String {
        crate::practice::Locale::English.statement(self)
    }

    /// What the standard is about: its rule's concern. A set holds at most
    /// one standard per step and concern.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = service_standards::doc_model()?;
    /// # let set = service_standards::RuleSet::catalogue().derive(&model, service_standards::ServiceLevel::Expected);
    /// let greet = set.iter().find(|s| s.rule().as_str() == "greet-on-arrival").unwrap();
    /// assert_eq!(greet.concern().as_str(), "greeting-on-arrival");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn concern(&self) -> &Id {
        &self.rule.concern
    }

    /// Whether the two standards' statements say the same, their targets
    /// aside, judged on what the statements are rendered from rather than on
    /// the text: the rule's statement, and the value each of its
    /// placeholders fills in (the names of the step, phase, sequence,
    /// company and department, the channels, the kind of moment, the
    /// characteristic that triggered it, the business's word for a noun).
    /// Values the statement does not show do not count. `None` when either
    /// standard was read from a document: its statement is text alone.
    pub(crate) fn same_wording(&self, other: &Self) -> Option<bool> {
        let (names, theirs) = (self.step.names.as_ref()?, other.step.names.as_ref()?);
        let statement = &self.rule.template.statement;
        if !Arc::ptr_eq(&self.rule, &other.rule) && *statement != other.rule.template.statement {
            return Some(false);
        }
        let same_step = Arc::ptr_eq(&self.step, &other.step);
        let same = |pick: fn(&Names) -> &Arc<str>| same_step || pick(names) == pick(theirs);
        let characteristic = |s: &Self| match s.trigger {
            Trigger::Characteristic(c) => Some(c),
            _ => None,
        };
        Some(statement.placeholders().all(|slot| match slot {
            Placeholder::Target => true,
            Placeholder::Step => same(|n| &n.step),
            Placeholder::Phase => same(|n| &n.phase),
            Placeholder::Sequence => same(|n| &n.sequence),
            Placeholder::Company => same(|n| &n.company),
            Placeholder::Department => same_step || names.department == theirs.department,
            Placeholder::Channel => self.channels == other.channels,
            Placeholder::Moment => self.step.moment == other.step.moment,
            Placeholder::Characteristic => characteristic(self) == characteristic(other),
            Placeholder::Customer | Placeholder::Customers | Placeholder::Order | Placeholder::Orders => {
                // The word, not the industry: industries may share a word.
                let word = |s: &Self| {
                    slot.noun().map(|(noun, plural)| {
                        crate::practice::Locale::English.word(s.industry(), noun, plural, Default::default())
                    })
                };
                word(self) == word(other)
            }
        }))
    }

    /// Whether its rule carries a statement in `locale` (English always).
    pub(crate) fn has_statement_in(&self, locale: crate::practice::Locale) -> bool {
        self.rule.template.statement_in(locale).is_some()
    }

    /// The industry whose words the statement uses.
    pub(crate) fn industry(&self) -> crate::model::Industry {
        self.step.names.as_ref().map_or(crate::model::Industry::General, |n| n.industry)
    }

    /// Renders the statement in `locale` (which must have one: see
    /// [`has_statement_in`](Self::has_statement_in)) into `out`, wording
    /// labels, nouns and targets in `locale`.
    pub(crate) fn render_in(&self, locale: crate::practice::Locale, out: &mut String) {
        use crate::practice::locale::Text;
        let template = &self.rule.template;
        let statement = template.statement_in(locale).unwrap_or(&template.statement);
        let names = self.step.names.as_ref();
        let name = |pick: fn(&Names) -> &Arc<str>| names.map_or("", |n| &**pick(n));
        let industry = self.industry();
        statement.render(out, |slot, case, out| match slot {
            Placeholder::Step => out.push_str(name(|n| &n.step)),
            Placeholder::Phase => out.push_str(name(|n| &n.phase)),
            Placeholder::Sequence => out.push_str(name(|n| &n.sequence)),
            Placeholder::Company => out.push_str(name(|n| &n.company)),
            Placeholder::Department => match names.and_then(|n| n.department.as_deref()) {
                Some(department) => out.push_str(department),
                None => out.push_str(locale.text(Text::EveryDepartment)),
            },
            Placeholder::Channel => {
                for (i, channel) in self.channels.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(locale.label(channel));
                }
            }
            Placeholder::Target => out.push_str(&locale.target(self.target)),
            Placeholder::Characteristic => {
                if let Trigger::Characteristic(c) = self.trigger {
                    out.push_str(locale.label(c));
                }
            }
            Placeholder::Moment => out.push_str(locale.label(self.step.moment)),
            Placeholder::Customer | Placeholder::Customers | Placeholder::Order | Placeholder::Orders => {
                if let Some((noun, plural)) = slot.noun() {
                    out.push_str(locale.word(industry, noun, plural, case));
                }
            }
        });
    }
}

/// Standards are equal when everything they show is equal, statement text included.
impl PartialEq for Standard {
    fn eq(&self, other: &Self) -> bool {
        self.rule.id == other.rule.id
            && self.step.path == other.step.path
            && self.kind() == other.kind()
            && self.dimension() == other.dimension()
            && self.level() == other.level()
            && self.derived_at == other.derived_at
            && self.target == other.target
            && self.channels == other.channels
            && self.step.moment == other.step.moment
            && self.step.department == other.step.department
            && self.trigger == other.trigger
            && (Arc::ptr_eq(&self.rule, &other.rule) && Arc::ptr_eq(&self.step, &other.step)
                || self.statement() == other.statement())
    }
}

impl Eq for Standard {}
