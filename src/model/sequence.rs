//! Service sequences, their phases and the steps (moments of contact) in them.

use std::sync::Arc;

use crate::{
    model::Channel, model::Characteristic, model::ContactMode, model::DataUse, model::EnumSet, model::Id,
    model::Initiator, model::MomentKind, model::Place, model::Risk, model::ServiceProfile, model::StepPath,
    model::Valuable, model::contact::default_opens,
};

/// A service sequence: the chain of activities that make up one service
/// (a hotel stay: reservation → check-in → use of the room → check-out),
/// walked phase by phase to find the moments of contact.
///
/// Built as part of a [`ServiceModel`](crate::model::ServiceModel) from a [`SequenceBuilder`].
///
/// # Examples
///
/// ```
/// use service_standards::{Channel, MomentKind, model::Phase, model::Sequence, ServiceModel, model::Step};
///
/// let model = ServiceModel::builder("Hotel")
///     .sequence(Sequence::builder("stay", "Hotel stay").phase(
///         Phase::builder("check-in", "Check-in")
///             .channels([Channel::FaceToFace])
///             .step(Step::builder("greet", "Greet the guest").moment(MomentKind::Welcome)),
///     ))
///     .build()?;
/// let stay = model.sequence("stay").unwrap();
/// assert_eq!(stay.name(), "Hotel stay");
/// assert_eq!(stay.phases().len(), 1);
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Sequence {
    pub(crate) id: Id,
    pub(crate) name: Arc<str>,
    pub(crate) phases: Vec<Phase>,
    pub(crate) profile: Option<ServiceProfile>,
    /// Whether a step of the sequence continues a contact other than the
    /// one open before it (so a derivation keeps what each contact stated).
    pub(crate) resumes: bool,
}

impl Sequence {
    /// A builder for a sequence with this id and name.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let draft = Sequence::builder("stay", "Hotel stay");
    /// // A sequence needs a phase before the model builds:
    /// let err = ServiceModel::builder("Hotel").sequence(draft).build().unwrap_err();
    /// assert_eq!(err.violations()[0].to_string(), "stay: no phases");
    /// ```
    #[must_use]
    pub fn builder(id: impl Into<String>, name: impl Into<String>) -> SequenceBuilder {
        SequenceBuilder { id: id.into(), name: name.into(), profile: None, phases: Vec::new() }
    }

    /// The sequence's id, unique in its model.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequences()[0].id().as_str(), "stay");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &Id {
        &self.id
    }

    /// The sequence's name.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequences()[0].name(), "Hotel stay");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The phases, in chronological order (never empty).
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequences()[0].phases()[0].id().as_str(), "check-in");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn phases(&self) -> &[Phase] {
        &self.phases
    }

    /// The sequence's own service profile, if it has one (a bank's cash
    /// desk served in minutes, its loans in weeks); `None`: the model's
    /// ([`ServiceModel::profile_of`](crate::model::ServiceModel::profile_of)).
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequences()[0].profile(), None);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn profile(&self) -> Option<&ServiceProfile> {
        self.profile.as_ref()
    }

    /// The phase with this id.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert!(model.sequences()[0].phase("check-in").is_some());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn phase(&self, id: &str) -> Option<&Phase> {
        self.phases.iter().find(|p| p.id == *id)
    }
}

/// A phase of a sequence: a stage in chronological order, with the channels
/// its steps use unless a step names its own.
///
/// # Examples
///
/// ```
/// use service_standards::Channel;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let check_in = &model.sequences()[0].phases()[0];
/// assert_eq!(check_in.name(), "Check-in");
/// assert!(check_in.channels().contains(Channel::FaceToFace));
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Phase {
    pub(crate) id: Id,
    pub(crate) name: Arc<str>,
    pub(crate) channels: EnumSet<Channel>,
    pub(crate) steps: Vec<Step>,
}

impl Phase {
    /// A builder for a phase with this id and name.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let draft = Phase::builder("check-in", "Check-in").channels([Channel::FaceToFace]);
    /// // A phase needs a step before the model builds:
    /// let err = ServiceModel::builder("Hotel")
    ///     .sequence(Sequence::builder("stay", "Stay").phase(draft))
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.violations()[0].to_string(), "stay/check-in: no steps");
    /// ```
    #[must_use]
    pub fn builder(id: impl Into<String>, name: impl Into<String>) -> PhaseBuilder {
        PhaseBuilder { id: id.into(), name: name.into(), channels: EnumSet::new(), steps: Vec::new() }
    }

    /// The phase's id, unique in its sequence.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequences()[0].phases()[0].id().as_str(), "check-in");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &Id {
        &self.id
    }

    /// The phase's name.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequences()[0].phases()[0].name(), "Check-in");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The channels the phase's steps use unless they name their own (may be empty).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Channel;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequences()[0].phases()[0].channels().first(), Some(Channel::FaceToFace));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn channels(&self) -> EnumSet<Channel> {
        self.channels
    }

    /// The steps, in order (never empty).
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequences()[0].phases()[0].steps()[0].id().as_str(), "greet");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The step with this id.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert!(model.sequences()[0].phases()[0].step("greet").is_some());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| *s.id() == *id)
    }

    /// The channels `step` uses: its own if it names any, else the phase's
    /// (never empty in a valid model).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Channel;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let phase = &model.sequences()[0].phases()[0];
    /// assert_eq!(phase.channels_of(&phase.steps()[0]).first(), Some(Channel::FaceToFace));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn channels_of(&self, step: &Step) -> EnumSet<Channel> {
        if step.channels.is_empty() { self.channels } else { step.channels }
    }
}

/// A step of a phase: one moment of contact, where standards are needed.
///
/// # Examples
///
/// ```
/// use service_standards::{model::Characteristic, MomentKind};
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let greet = &model.sequences()[0].phases()[0].steps()[0];
/// assert_eq!(greet.moment(), MomentKind::Welcome);
/// assert!(greet.characteristics().contains(Characteristic::Friendly));
/// assert_eq!(greet.department().map(|d| d.as_str()), Some("front-office"));
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Step {
    /// Where the step is; its last id is the step's own. Made once, when
    /// the model is built, and shared by every standard of the step.
    pub(crate) path: StepPath,
    pub(crate) name: Arc<str>,
    pub(crate) moment: MomentKind,
    pub(crate) channels: EnumSet<Channel>,
    pub(crate) department: Option<Id>,
    pub(crate) characteristics: EnumSet<Characteristic>,
    pub(crate) customer_action: Option<String>,
    pub(crate) backstage: Option<String>,
    pub(crate) initiator: Initiator,
    pub(crate) opens: bool,
    pub(crate) place: Option<Place>,
    pub(crate) data: EnumSet<DataUse>,
    pub(crate) hands_over: EnumSet<Valuable>,
    /// The step's risk: its own, or its sequence's profile's.
    pub(crate) risk: Risk,
    /// The risk the step says itself, if any.
    pub(crate) risk_given: Option<Risk>,
    /// The contact the step is part of: contacts numbered in model order
    /// from 0; `None` for a step that is no contact.
    pub(crate) contact: Option<u32>,
    /// The earlier step of its sequence whose contact the step continues,
    /// if it names one: its phase's id and its own.
    pub(crate) continues: Option<(Id, Id)>,
    /// Whether a system, not a person, deals with the customer at the step.
    pub(crate) automatic: bool,
}

impl Step {
    /// A builder for a step with this id and name (what happens, in a few words).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let draft = Step::builder("greet", "Guest approaches the desk").moment(MomentKind::Welcome);
    /// // A step needs a channel, its own or its phase's, before the model builds:
    /// let err = ServiceModel::builder("Hotel")
    ///     .sequence(Sequence::builder("stay", "Stay").phase(Phase::builder("check-in", "Check-in").step(draft)))
    ///     .build()
    ///     .unwrap_err();
    /// let found = err.violations()[0].to_string();
    /// assert_eq!(found, "stay/check-in/greet.channels: no channel on the step or its phase");
    /// ```
    #[must_use]
    pub fn builder(id: impl Into<String>, name: impl Into<String>) -> StepBuilder {
        StepBuilder {
            id: id.into(),
            name: name.into(),
            moment: None,
            channels: EnumSet::new(),
            department: None,
            characteristics: EnumSet::new(),
            customer_action: None,
            backstage: None,
            started_by: None,
            opens_contact: None,
            contact: None,
            continues: None,
            place: None,
            data: EnumSet::new(),
            hands_over: EnumSet::new(),
            risk: None,
        }
    }

    /// Who starts the contact at this step: the customer (inbound) or the
    /// company (outbound). Unless the step says, the company starts
    /// delivery, billing and follow-up, and the customer everything else
    /// ([`Initiator::default_at`]: a bill presented live is the customer's).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Initiator;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let greet = &model.sequences()[0].phases()[0].steps()[0];
    /// assert_eq!(greet.started_by(), Initiator::Customer);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn started_by(&self) -> Initiator {
        self.initiator
    }

    /// Whether the step opens a contact (a call answered, a guest arriving,
    /// an e-mail received or sent) rather than continuing the contact of the
    /// step before. Unless the step says, the first step of a phase opens a
    /// contact, and a later step continues the one before when the same party
    /// starts it on a shared channel.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert!(model.sequences()[0].phases()[0].steps()[0].opens_contact());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn opens_contact(&self) -> bool {
        self.opens
    }

    /// Whether the step is a contact with the customer: `false` for a step
    /// that says it is none ([`StepBuilder::no_contact`]: a repair in the
    /// workshop, a queue with no staff), which opens no contact, continues
    /// none, and gets no standard about how staff deal with the customer.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert!(model.sequences()[0].phases()[0].steps()[0].is_contact());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn is_contact(&self) -> bool {
        self.contact.is_some()
    }

    /// Whether the step is a contact with a system, not a person
    /// ([`StepBuilder::automatic`]: an automatic message, a bill run). It is
    /// a contact, but no rule that needs a person at the step lands there
    /// ([`ConditionBuilder::staffed`](crate::rules::ConditionBuilder::staffed)).
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert!(!model.sequences()[0].phases()[0].steps()[0].is_automatic());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn is_automatic(&self) -> bool {
        self.automatic
    }

    /// The earlier step of the same sequence whose contact this step
    /// continues, if it names one ([`StepBuilder::continues`]).
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequences()[0].phases()[0].steps()[0].continues(), None);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn continues(&self) -> Option<StepPath> {
        self.continues
            .as_ref()
            .map(|(phase, step)| StepPath::new(self.path.sequence().clone(), phase.clone(), step.clone()))
    }

    /// Whether the step is part of the same contact as `other`: both are
    /// contacts, and one continues the contact the other is part of
    /// (directly, through the steps between, or by
    /// [`continues`](StepBuilder::continues)).
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let greet = &model.sequences()[0].phases()[0].steps()[0];
    /// assert!(greet.same_contact(greet));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn same_contact(&self, other: &Step) -> bool {
        self.contact.is_some() && self.contact == other.contact
    }

    /// Where the step happens, if it says ([`StepBuilder::place`]).
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequences()[0].phases()[0].steps()[0].place(), None);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn place(&self) -> Option<Place> {
        self.place
    }

    /// What the step does with the customer's data (empty: neither records
    /// nor looks up).
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert!(model.sequences()[0].phases()[0].steps()[0].data().is_empty());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn data(&self) -> EnumSet<DataUse> {
        self.data
    }

    /// What of value the step hands over or takes into care (empty: nothing).
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert!(model.sequences()[0].phases()[0].steps()[0].hands_over().is_empty());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn hands_over(&self) -> EnumSet<Valuable> {
        self.hands_over
    }

    /// The risk of a failure at this step: its own if it says
    /// ([`StepBuilder::risk`]), else its sequence's profile's (the model's
    /// unless the sequence has its own).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Risk;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequences()[0].phases()[0].steps()[0].risk(), Risk::Low);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn risk(&self) -> Risk {
        self.risk
    }

    /// Whether a loss at this step is serious: it hands over something of
    /// value, or its risk is high. Targets there are zero defects (every
    /// time, never), not a share.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert!(!model.sequences()[0].phases()[0].steps()[0].is_serious());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn is_serious(&self) -> bool {
        !self.hands_over.is_empty() || self.risk == Risk::High
    }

    /// The step's id, unique in its phase.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequences()[0].phases()[0].steps()[0].id().as_str(), "greet");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &Id {
        self.path.step()
    }

    /// Where the step is in its model: its sequence's, phase's and own ids.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let greet = &model.sequences()[0].phases()[0].steps()[0];
    /// assert_eq!(greet.path().to_string(), "stay/check-in/greet");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn path(&self) -> &StepPath {
        &self.path
    }

    /// What happens, in a few words.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequences()[0].phases()[0].steps()[0].name(), "Guest approaches the desk");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What kind of moment this is.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::MomentKind;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequences()[0].phases()[0].steps()[0].moment(), MomentKind::Welcome);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn moment(&self) -> MomentKind {
        self.moment
    }

    /// The channels the step names itself (empty: it uses its phase's; see
    /// [`Phase::channels_of`]).
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert!(model.sequences()[0].phases()[0].steps()[0].channels().is_empty());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn channels(&self) -> EnumSet<Channel> {
        self.channels
    }

    /// The department that owns the contact, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let step = &model.sequences()[0].phases()[0].steps()[0];
    /// assert_eq!(step.department().map(|d| d.as_str()), Some("front-office"));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn department(&self) -> Option<&Id> {
        self.department.as_ref()
    }

    /// The characteristics that strengthen the customer's experience here.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Characteristic;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let step = &model.sequences()[0].phases()[0].steps()[0];
    /// assert!(step.characteristics().contains(Characteristic::Attentive));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn characteristics(&self) -> EnumSet<Characteristic> {
        self.characteristics
    }

    /// What the customer does at this step, for a service blueprint.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let step = &model.sequences()[0].phases()[0].steps()[0];
    /// assert_eq!(step.customer_action(), Some("Walks up to the desk"));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn customer_action(&self) -> Option<&str> {
        self.customer_action.as_deref()
    }

    /// The backstage work behind this step, for a service blueprint.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let step = &model.sequences()[0].phases()[0].steps()[0];
    /// assert_eq!(step.backstage(), None);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn backstage(&self) -> Option<&str> {
        self.backstage.as_deref()
    }
}

/// Builds a [`Sequence`] inside a [`ServiceModelBuilder`](crate::model::ServiceModelBuilder).
/// Setters never fail; the model's `build()` checks everything.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let stay = Sequence::builder("stay", "Hotel stay")
///     .phase(Phase::builder("check-out", "Check-out")
///         .channels([Channel::FaceToFace])
///         .step(Step::builder("settle", "Guest settles the bill").moment(MomentKind::Payment)));
/// let model = ServiceModel::builder("Hotel").sequence(stay).build()?;
/// let settle = model.step(&"stay/check-out/settle".parse()?).unwrap();
/// assert_eq!(settle.step().moment(), MomentKind::Payment);
/// assert_eq!(settle.channels().first(), Some(Channel::FaceToFace));
/// # Ok::<(), Error>(())
/// ```
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct SequenceBuilder {
    #[cfg_attr(feature = "schemars", schemars(with = "crate::model::Id"))]
    pub(crate) id: String,
    pub(crate) name: String,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(crate) profile: Option<ServiceProfile>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) phases: Vec<PhaseBuilder>,
}

impl SequenceBuilder {
    crate::setters::setters! {
        /// Appends a phase (phases keep the order they are added in).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let check_in = Phase::builder("check-in", "Check-in")
        ///     .channels([Channel::FaceToFace])
        ///     .step(Step::builder("greet", "Greet the guest").moment(MomentKind::Welcome));
        /// let model = ServiceModel::builder("Hotel")
        ///     .sequence(Sequence::builder("stay", "Stay").phase(check_in))
        ///     .build()?;
        /// assert_eq!(model.sequences()[0].phases()[0].name(), "Check-in");
        /// # Ok::<(), Error>(())
        /// ```
        fn phase(phase: PhaseBuilder) { phases.push(phase) }

        /// Gives the sequence a service profile of its own (default: the
        /// model's), for a business that runs services of different kinds:
        /// a bank's cash desk served in minutes, its loans in weeks. Rules
        /// that test the profile's factors test this one at its steps.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let loans = Sequence::builder("loan", "Loan")
        ///     .profile(ServiceProfile::builder().delivery(DeliverySpan::Weeks).build())
        ///     .phase(Phase::builder("apply", "Application").channels([Channel::FaceToFace])
        ///         .step(Step::builder("ask", "Customer applies").moment(MomentKind::OrderTaking)));
        /// let model = ServiceModel::builder("Bank").sequence(loans).build()?;
        /// let loan = &model.sequences()[0];
        /// assert_eq!(model.profile_of(loan).delivery(), DeliverySpan::Weeks);
        /// assert_eq!(model.profile().delivery(), DeliverySpan::Minutes);
        /// # Ok::<(), Error>(())
        /// ```
        fn profile(profile: ServiceProfile) { profile = Some(profile) }
    }
}

/// Builds a [`Phase`] inside a [`SequenceBuilder`].
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let phase = Phase::builder("reservation", "Reservation")
///     .channels([Channel::Telephone, Channel::Email])
///     .step(Step::builder("request", "Guest asks for a room").moment(MomentKind::OrderTaking));
/// let model = ServiceModel::builder("Hotel").sequence(Sequence::builder("stay", "Stay").phase(phase)).build()?;
/// // The step names no channel, so it uses the phase's:
/// let request = model.step(&"stay/reservation/request".parse()?).unwrap();
/// assert_eq!(request.channels().len(), 2);
/// assert!(request.channels().contains(Channel::Email));
/// # Ok::<(), Error>(())
/// ```
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct PhaseBuilder {
    #[cfg_attr(feature = "schemars", schemars(with = "crate::model::Id"))]
    pub(crate) id: String,
    pub(crate) name: String,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "EnumSet::is_empty"))]
    pub(crate) channels: EnumSet<Channel>,
    #[cfg_attr(feature = "serde", serde(default))]
    pub(crate) steps: Vec<StepBuilder>,
}

impl PhaseBuilder {
    crate::setters::setters! {
        /// Adds channels.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let p = Phase::builder("booking", "Booking")
        ///     .channels([Channel::Email, Channel::WebForm])
        ///     .step(Step::builder("request", "Guest asks for a room").moment(MomentKind::OrderTaking));
        /// let model = ServiceModel::builder("Hotel").sequence(Sequence::builder("stay", "Stay").phase(p)).build()?;
        /// let booking = &model.sequences()[0].phases()[0];
        /// assert!(booking.channels().contains(Channel::WebForm));
        /// assert_eq!(booking.channels().len(), 2);
        /// # Ok::<(), Error>(())
        /// ```
        fn channels(channels: impl IntoIterator<Item = Channel>) { channels.extend(channels) }

        /// Appends a step (steps keep the order they are added in).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let p = Phase::builder("check-in", "Check-in")
        ///     .channels([Channel::FaceToFace])
        ///     .step(Step::builder("greet", "Greet").moment(MomentKind::Welcome));
        /// let model = ServiceModel::builder("Hotel").sequence(Sequence::builder("stay", "Stay").phase(p)).build()?;
        /// assert_eq!(model.sequences()[0].phases()[0].steps()[0].moment(), MomentKind::Welcome);
        /// # Ok::<(), Error>(())
        /// ```
        fn step(step: StepBuilder) { steps.push(step) }
    }
}

/// Builds a [`Step`] inside a [`PhaseBuilder`].
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let step = Step::builder("greet", "Guest approaches the desk")
///     .moment(MomentKind::Welcome)
///     .channels([Channel::FaceToFace])
///     .department("front-office")
///     .characteristics([Characteristic::Friendly, Characteristic::Attentive]);
/// let model = ServiceModel::builder("Hotel")
///     .departments([Department::new("front-office", "Front office")?])
///     .sequence(Sequence::builder("stay", "Stay").phase(Phase::builder("check-in", "Check-in").step(step)))
///     .build()?;
/// let greet = model.step(&"stay/check-in/greet".parse()?).unwrap().step();
/// assert_eq!(greet.moment(), MomentKind::Welcome);
/// assert_eq!(greet.department().map(Id::as_str), Some("front-office"));
/// assert!(greet.characteristics().contains(Characteristic::Attentive));
/// # Ok::<(), Error>(())
/// ```
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct StepBuilder {
    #[cfg_attr(feature = "schemars", schemars(with = "crate::model::Id"))]
    pub(crate) id: String,
    pub(crate) name: String,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(crate) moment: Option<MomentKind>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "EnumSet::is_empty"))]
    pub(crate) channels: EnumSet<Channel>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::model::Id>"))]
    pub(crate) department: Option<String>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "EnumSet::is_empty"))]
    pub(crate) characteristics: EnumSet<Characteristic>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(crate) customer_action: Option<String>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(crate) backstage: Option<String>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(crate) started_by: Option<Initiator>,
    #[cfg_attr(feature = "serde", serde(default, alias = "opens", skip_serializing_if = "Option::is_none"))]
    pub(crate) opens_contact: Option<bool>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(crate) contact: Option<ContactMode>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(crate) continues: Option<String>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(crate) place: Option<Place>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "EnumSet::is_empty"))]
    pub(crate) data: EnumSet<DataUse>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "EnumSet::is_empty"))]
    pub(crate) hands_over: EnumSet<Valuable>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub(crate) risk: Option<Risk>,
}

impl StepBuilder {
    crate::setters::setters! {
        /// Sets what kind of moment this is (required).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let s = Step::builder("pay", "Guest pays").moment(MomentKind::Payment);
        /// let phase = Phase::builder("check-out", "Check-out").channels([Channel::FaceToFace]).step(s);
        /// let model = ServiceModel::builder("Hotel").sequence(Sequence::builder("stay", "Stay").phase(phase)).build()?;
        /// let pay = model.step(&"stay/check-out/pay".parse()?).unwrap().step();
        /// assert_eq!(pay.moment(), MomentKind::Payment);
        /// // Unless the step says, the guest starts a payment (see `Step::started_by`):
        /// assert_eq!(pay.started_by(), Initiator::Customer);
        /// # Ok::<(), Error>(())
        /// ```
        fn moment(moment: MomentKind) { moment = Some(moment) }

        /// Adds channels of its own.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let s = Step::builder("ask", "Guest asks")
        ///     .moment(MomentKind::Information)
        ///     .channels([Channel::Email, Channel::Chat]);
        /// let phase = Phase::builder("booking", "Booking").step(s);
        /// let model = ServiceModel::builder("Hotel").sequence(Sequence::builder("stay", "Stay").phase(phase)).build()?;
        /// let ask = model.step(&"stay/booking/ask".parse()?).unwrap().step();
        /// assert!(ask.channels().contains(Channel::Chat));
        /// assert_eq!(ask.channels().len(), 2);
        /// # Ok::<(), Error>(())
        /// ```
        fn channels(channels: impl IntoIterator<Item = Channel>) { channels.extend(channels) }

        /// Sets the owning department, by id; it must be a department of the model.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let s = Step::builder("invoice", "Invoice is sent").moment(MomentKind::Billing).department("billing");
        /// let phase = Phase::builder("check-out", "Check-out").channels([Channel::Email]).step(s);
        /// let model = ServiceModel::builder("Hotel")
        ///     .departments([Department::new("billing", "Billing")?])
        ///     .sequence(Sequence::builder("stay", "Stay").phase(phase))
        ///     .build()?;
        /// let owned: Vec<String> = model.contact_situations("billing").map(|s| s.path().to_string()).collect();
        /// assert_eq!(owned, ["stay/check-out/invoice"]);
        /// # Ok::<(), Error>(())
        /// ```
        fn department(department: impl Into<String>) { department = Some(department.into()) }

        /// Adds characteristics.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let s = Step::builder("greet", "Greet")
        ///     .moment(MomentKind::Welcome)
        ///     .characteristics([Characteristic::Friendly, Characteristic::Attentive]);
        /// let phase = Phase::builder("check-in", "Check-in").channels([Channel::FaceToFace]).step(s);
        /// let model = ServiceModel::builder("Hotel").sequence(Sequence::builder("stay", "Stay").phase(phase)).build()?;
        /// let greet = model.step(&"stay/check-in/greet".parse()?).unwrap().step();
        /// assert_eq!(greet.characteristics().len(), 2);
        /// # Ok::<(), Error>(())
        /// ```
        fn characteristics(characteristics: impl IntoIterator<Item = Characteristic>) {
            characteristics.extend(characteristics)
        }

        /// Sets what the customer does here, for a service blueprint.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let s = Step::builder("greet", "Greet").moment(MomentKind::Welcome).customer_action("Walks up to the desk");
        /// let phase = Phase::builder("check-in", "Check-in").channels([Channel::FaceToFace]).step(s);
        /// let model = ServiceModel::builder("Hotel").sequence(Sequence::builder("stay", "Stay").phase(phase)).build()?;
        /// let greet = model.step(&"stay/check-in/greet".parse()?).unwrap().step();
        /// assert_eq!(greet.customer_action(), Some("Walks up to the desk"));
        /// # Ok::<(), Error>(())
        /// ```
        fn customer_action(text: impl Into<String>) { customer_action = Some(text.into()) }

        /// Sets the backstage work behind this step, for a service blueprint.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let s = Step::builder("find", "Find the booking")
        ///     .moment(MomentKind::Identification)
        ///     .backstage("Booking system lookup");
        /// let phase = Phase::builder("check-in", "Check-in").channels([Channel::FaceToFace]).step(s);
        /// let model = ServiceModel::builder("Hotel").sequence(Sequence::builder("stay", "Stay").phase(phase)).build()?;
        /// let find = model.step(&"stay/check-in/find".parse()?).unwrap().step();
        /// assert_eq!(find.backstage(), Some("Booking system lookup"));
        /// # Ok::<(), Error>(())
        /// ```
        fn backstage(text: impl Into<String>) { backstage = Some(text.into()) }

        /// Says who starts the contact (see [`Step::started_by`] for the default).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let model = ServiceModel::builder("Hotel")
        ///     .sequence(Sequence::builder("stay", "Stay").phase(Phase::builder("booking", "Booking").channels([Channel::Email])
        ///         .step(Step::builder("confirm", "Booking is confirmed").moment(MomentKind::Information).started_by(Initiator::Company))))
        ///     .build()?;
        /// assert_eq!(model.steps().next().unwrap().step().started_by(), Initiator::Company);
        /// # Ok::<(), Error>(())
        /// ```
        fn started_by(initiator: Initiator) { started_by = Some(initiator) }

        /// Says that the step opens a contact of its own (see
        /// [`Step::opens_contact`] for the default).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let model = ServiceModel::builder("Hotel")
        ///     .sequence(Sequence::builder("stay", "Stay").phase(Phase::builder("room", "Room").channels([Channel::Telephone])
        ///         .step(Step::builder("request", "Guest calls").moment(MomentKind::Exception))
        ///         .step(Step::builder("call-back", "Receptionist calls back").moment(MomentKind::Information).opens_contact())))
        ///     .build()?;
        /// let opens: Vec<bool> = model.steps().map(|s| s.step().opens_contact()).collect();
        /// assert_eq!(opens, [true, true]);
        /// # Ok::<(), Error>(())
        /// ```
        fn opens_contact() { opens_contact = Some(true) }

        /// Says that the step continues the contact of the step before it.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let model = ServiceModel::builder("Hotel")
        ///     .sequence(Sequence::builder("stay", "Stay").phase(Phase::builder("check-out", "Check-out").channels([Channel::FaceToFace])
        ///         .step(Step::builder("settle", "Guest pays").moment(MomentKind::Payment))
        ///         .step(Step::builder("invoice", "Invoice is printed").moment(MomentKind::Billing).continues_contact())))
        ///     .build()?;
        /// // Billing is the company's by default, so it would open a contact of its own.
        /// let opens: Vec<bool> = model.steps().map(|s| s.step().opens_contact()).collect();
        /// assert_eq!(opens, [true, false]);
        /// # Ok::<(), Error>(())
        /// ```
        fn continues_contact() { opens_contact = Some(false) }

        /// Says that the step continues the contact of an earlier step of
        /// its sequence, named `phase/step`: a restaurant visit from the
        /// door to the bill is one contact, so the guest is greeted once, at
        /// the door. The step opens no contact. The model refuses a step
        /// that continues itself, a later step, a step that is no contact,
        /// or a step its sequence does not have.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let model = ServiceModel::builder("Bistro")
        ///     .sequence(Sequence::builder("visit", "Visit")
        ///         .phase(Phase::builder("arrival", "Arrival").channels([Channel::FaceToFace])
        ///             .step(Step::builder("greet", "Guest arrives").moment(MomentKind::Welcome)))
        ///         .phase(Phase::builder("meal", "Meal").channels([Channel::FaceToFace])
        ///             .step(Step::builder("order", "Guest orders").moment(MomentKind::OrderTaking).continues("arrival/greet"))))
        ///     .build()?;
        /// let order = model.step(&"visit/meal/order".parse()?).unwrap().step();
        /// assert!(!order.opens_contact());
        /// assert_eq!(order.continues().map(|p| p.to_string()).as_deref(), Some("visit/arrival/greet"));
        /// # Ok::<(), Error>(())
        /// ```
        fn continues(step: impl Into<String>) { continues = Some(step.into()) }

        /// Says that the step is no contact with the customer (see
        /// [`Step::is_contact`]).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let model = ServiceModel::builder("Garage")
        ///     .sequence(Sequence::builder("service", "Service").phase(Phase::builder("work", "Work").channels([Channel::FaceToFace])
        ///         .step(Step::builder("repair", "The car is repaired").moment(MomentKind::Delivery).no_contact())))
        ///     .build()?;
        /// let repair = model.steps().next().unwrap().step();
        /// assert!(!repair.is_contact() && !repair.opens_contact());
        /// # Ok::<(), Error>(())
        /// ```
        fn no_contact() { contact = Some(ContactMode::NoContact) }

        /// Says that a system, not a person, deals with the customer at the
        /// step: an automatic message, a bill run (see
        /// [`Step::is_automatic`]).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let model = ServiceModel::builder("Web shop")
        ///     .sequence(Sequence::builder("order", "Order").phase(Phase::builder("confirm", "Confirmation").channels([Channel::Email])
        ///         .step(Step::builder("confirmation", "The system e-mails the order").moment(MomentKind::Information).automatic())))
        ///     .build()?;
        /// let confirmation = model.steps().next().unwrap().step();
        /// assert!(confirmation.is_contact() && confirmation.is_automatic());
        /// # Ok::<(), Error>(())
        /// ```
        fn automatic() { contact = Some(ContactMode::Automatic) }

        /// Says where the step happens (see [`Step::place`]).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let model = ServiceModel::builder("Hotel")
        ///     .sequence(Sequence::builder("stay", "Stay").phase(Phase::builder("check-in", "Check-in").channels([Channel::FaceToFace])
        ///         .step(Step::builder("register", "Guest registers").moment(MomentKind::Identification).place(Place::Desk))))
        ///     .build()?;
        /// assert_eq!(model.steps().next().unwrap().step().place(), Some(Place::Desk));
        /// # Ok::<(), Error>(())
        /// ```
        fn place(place: Place) { place = Some(place) }

        /// Adds what the step does with the customer's data (see [`Step::data`]).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let model = ServiceModel::builder("Hotel")
        ///     .sequence(Sequence::builder("stay", "Stay").phase(Phase::builder("booking", "Booking").channels([Channel::Telephone])
        ///         .step(Step::builder("take", "Booking is taken").moment(MomentKind::OrderTaking).data([DataUse::Records]))))
        ///     .build()?;
        /// assert!(model.steps().next().unwrap().step().data().contains(DataUse::Records));
        /// # Ok::<(), Error>(())
        /// ```
        fn data(uses: impl IntoIterator<Item = DataUse>) { data.extend(uses) }

        /// Adds what of value the step hands over or takes into care (see
        /// [`Step::hands_over`]): a step that does is serious, and its
        /// targets are zero defects.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let model = ServiceModel::builder("Bank")
        ///     .sequence(Sequence::builder("cash", "Cash").phase(Phase::builder("desk", "Desk").channels([Channel::FaceToFace])
        ///         .step(Step::builder("pay-out", "Cash is paid out").moment(MomentKind::Delivery).hands_over([Valuable::Cash]))))
        ///     .build()?;
        /// let pay_out = model.steps().next().unwrap().step();
        /// assert!(pay_out.hands_over().contains(Valuable::Cash) && pay_out.is_serious());
        /// # Ok::<(), Error>(())
        /// ```
        fn hands_over(valuables: impl IntoIterator<Item = Valuable>) { hands_over.extend(valuables) }

        /// Sets the step's risk (see [`Step::risk`] for the default).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let model = ServiceModel::builder("Bank")
        ///     .sequence(Sequence::builder("cards", "Cards").phase(Phase::builder("lost", "Lost card").channels([Channel::Telephone])
        ///         .step(Step::builder("block", "Card is blocked").moment(MomentKind::Exception).risk(Risk::High))))
        ///     .build()?;
        /// assert_eq!(model.steps().next().unwrap().step().risk(), Risk::High);
        /// # Ok::<(), Error>(())
        /// ```
        fn risk(risk: Risk) { risk = Some(risk) }
    }
}

impl From<&Sequence> for SequenceBuilder {
    fn from(s: &Sequence) -> Self {
        Self {
            id: s.id.as_str().to_owned(),
            name: s.name.to_string(),
            profile: s.profile,
            phases: s.phases.iter().map(PhaseBuilder::from).collect(),
        }
    }
}

impl From<&Phase> for PhaseBuilder {
    fn from(p: &Phase) -> Self {
        Self {
            id: p.id.as_str().to_owned(),
            name: p.name.to_string(),
            channels: p.channels,
            steps: {
                // Write who starts a step and whether it opens a contact only
                // where it differs from what the step would get by default.
                let mut previous = None;
                p.steps
                    .iter()
                    .map(|step| {
                        let channels = p.channels_of(step);
                        let by = Initiator::default_at(step.moment, channels);
                        let opens = default_opens(step.initiator, channels, previous);
                        let mut b = StepBuilder::from(step);
                        b.started_by = (step.initiator != by).then_some(step.initiator);
                        if step.is_contact() {
                            previous = Some((step.initiator, channels));
                            b.opens_contact =
                                (step.continues.is_none() && step.opens != opens).then_some(step.opens);
                        } else {
                            b.opens_contact = None;
                        }
                        b
                    })
                    .collect()
            },
        }
    }
}

impl From<&Step> for StepBuilder {
    fn from(s: &Step) -> Self {
        Self {
            id: s.id().as_str().to_owned(),
            name: s.name.to_string(),
            moment: Some(s.moment),
            channels: s.channels,
            department: s.department.as_ref().map(|d| d.as_str().to_owned()),
            characteristics: s.characteristics,
            customer_action: s.customer_action.clone(),
            backstage: s.backstage.clone(),
            started_by: Some(s.initiator),
            opens_contact: Some(s.opens),
            contact: if !s.is_contact() {
                Some(ContactMode::NoContact)
            } else {
                s.automatic.then_some(ContactMode::Automatic)
            },
            continues: s.continues.as_ref().map(|(phase, step)| format!("{phase}/{step}")),
            place: s.place,
            data: s.data,
            hands_over: s.hands_over,
            risk: s.risk_given,
        }
    }
}
