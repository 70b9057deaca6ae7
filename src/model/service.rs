//! The service model: the root of everything the crate derives from.

use std::{
    collections::{HashMap, HashSet},
    sync::Arc,
};

use crate::{
    error::Entity,
    error::Error,
    error::Problem,
    model::Brand,
    model::BrandBuilder,
    model::Channel,
    model::ContactMode,
    model::Department,
    model::EnumSet,
    model::Id,
    model::Industry,
    model::Initiator,
    model::MomentKind,
    model::Phase,
    model::Sequence,
    model::SequenceBuilder,
    model::ServiceProfile,
    model::Step,
    model::StepPath,
    model::Vocabulary,
    model::{brand::check_department, contact::default_opens},
    validate::Violations,
};

/// A company's service, as the service-quality literature maps it: the nine
/// factors of its service function ([`ServiceProfile`]), its [`Brand`], its
/// [`Department`]s and its service [`Sequence`]s, each split into phases and
/// steps (the moments of contact).
///
/// A `ServiceModel` is always valid: it is only made by
/// [`ServiceModelBuilder::build`] or by deserialising, which run the same
/// checks.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let model = ServiceModel::builder("Hotel Aurora")
///     .profile(ServiceProfile::builder().capacity(CapacityControl::Reservations).build())
///     .departments([Department::new("front-office", "Front office")?])
///     .sequence(
///         Sequence::builder("stay", "Hotel stay").phase(
///             Phase::builder("check-in", "Check-in")
///                 .channels([Channel::FaceToFace])
///                 .step(
///                     Step::builder("greet", "Guest approaches the desk")
///                         .moment(MomentKind::Welcome)
///                         .department("front-office")
///                         .characteristics([Characteristic::Friendly, Characteristic::Attentive]),
///                 ),
///         ),
///     )
///     .build()?;
/// assert_eq!(model.steps().count(), 1);
/// assert_eq!(model.steps().next().unwrap().path().to_string(), "stay/check-in/greet");
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ServiceModel {
    name: Arc<str>,
    pack: Id,
    profile: ServiceProfile,
    brand: Brand,
    departments: Vec<Department>,
    sequences: Vec<Sequence>,
}

impl ServiceModel {
    /// A builder for a model of the company or service called `name`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let draft = ServiceModel::builder("Hotel Aurora");
    /// // Only the name is required; the rest has defaults or starts empty:
    /// let model = draft.build()?;
    /// assert_eq!(model.name(), "Hotel Aurora");
    /// assert_eq!(model.pack().as_str(), "general");
    /// assert!(model.sequences().is_empty());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn builder(name: impl Into<String>) -> ServiceModelBuilder {
        ServiceModelBuilder {
            name: name.into(),
            pack: GENERAL_PACK.to_owned(),
            profile: ServiceProfile::default(),
            brand: BrandBuilder::default(),
            departments: Vec::new(),
            sequences: Vec::new(),
        }
    }

    /// A builder holding this model, to change it and build it again.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.to_builder().build()?, model);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn to_builder(&self) -> ServiceModelBuilder {
        ServiceModelBuilder {
            name: self.name.to_string(),
            pack: self.pack.as_str().to_owned(),
            profile: self.profile,
            brand: BrandBuilder::from(&self.brand),
            departments: self.departments.iter().map(DepartmentDraft::from).collect(),
            sequences: self.sequences.iter().map(SequenceBuilder::from).collect(),
        }
    }

    /// The name of the company or service.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.name(), "Hotel Aurora");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    pub(crate) fn name_shared(&self) -> &Arc<str> {
        &self.name
    }

    /// The id of the trade's pack the model names (`general` unless set):
    /// the words of its standards (a restaurant's guests, bills and
    /// tables) and the trade's own rules
    /// ([`Pack`](crate::rules::Pack)).
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.pack().as_str(), "hotel");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn pack(&self) -> &Id {
        &self.pack
    }

    /// The kind of business, for a model whose pack is one of the four that
    /// were industries before packs; [`Industry::General`] for any other
    /// pack (see [`pack`](Self::pack)).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Industry;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.industry(), Industry::Hotel);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn industry(&self) -> Industry {
        self.pack.as_str().parse().unwrap_or_default()
    }

    /// The nine factors of the service function.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::CapacityControl;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.profile().capacity(), CapacityControl::Reservations);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn profile(&self) -> &ServiceProfile {
        &self.profile
    }

    /// The service profile of `sequence`: its own if it has one, else the
    /// model's.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.profile_of(&model.sequences()[0]), model.profile());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn profile_of<'a>(&'a self, sequence: &'a Sequence) -> &'a ServiceProfile {
        sequence.profile.as_ref().unwrap_or(&self.profile)
    }

    /// The brand.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Emotion;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert!(model.brand().emotions().contains(Emotion::Warmth));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn brand(&self) -> &Brand {
        &self.brand
    }

    /// The departments, in the order given.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.departments()[0].name(), "Front office");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn departments(&self) -> &[Department] {
        &self.departments
    }

    /// The department with this id.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert!(model.department("front-office").is_some());
    /// assert!(model.department("spa").is_none());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn department(&self, id: &str) -> Option<&Department> {
        self.departments.iter().find(|d| *d.id() == *id)
    }

    /// The sequences, in the order given.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequences().len(), 1);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn sequences(&self) -> &[Sequence] {
        &self.sequences
    }

    /// The sequence with this id.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.sequence("stay").map(|s| s.name()), Some("Hotel stay"));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn sequence(&self, id: &str) -> Option<&Sequence> {
        self.sequences.iter().find(|s| *s.id() == *id)
    }

    /// Every step of every sequence, in order, with its sequence and phase.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let paths: Vec<String> = model.steps().map(|s| s.path().to_string()).collect();
    /// assert_eq!(paths, ["stay/check-in/greet"]);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn steps(&self) -> impl Iterator<Item = StepRef<'_>> {
        self.sequences.iter().flat_map(|sequence| {
            sequence
                .phases
                .iter()
                .flat_map(move |phase| phase.steps.iter().map(move |step| StepRef { sequence, phase, step }))
        })
    }

    /// The step at `path`.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let greet = model.step(&"stay/check-in/greet".parse()?).unwrap();
    /// assert_eq!(greet.step().name(), "Guest approaches the desk");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn step(&self, path: &StepPath) -> Option<StepRef<'_>> {
        let sequence = self.sequence(path.sequence().as_str())?;
        let phase = sequence.phase(path.phase().as_str())?;
        let step = phase.step(path.step().as_str())?;
        Some(StepRef { sequence, phase, step })
    }

    /// The contact situations of a department: the steps it owns, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.contact_situations("front-office").count(), 1);
    /// assert_eq!(model.contact_situations("billing").count(), 0);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn contact_situations<'a>(&'a self, department: &'a str) -> impl Iterator<Item = StepRef<'a>> + 'a {
        self.steps().filter(move |s| s.step.department.as_ref().is_some_and(|d| *d == *department))
    }
}

/// A step seen from the model: the step with its sequence and phase.
///
/// # Examples
///
/// ```
/// use service_standards::Channel;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let greet = model.steps().next().unwrap();
/// assert_eq!(greet.sequence().id().as_str(), "stay");
/// assert_eq!(greet.phase().id().as_str(), "check-in");
/// assert!(greet.channels().contains(Channel::FaceToFace));
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StepRef<'a> {
    sequence: &'a Sequence,
    phase: &'a Phase,
    step: &'a Step,
}

impl<'a> StepRef<'a> {
    /// The sequence.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.steps().next().unwrap().sequence().name(), "Hotel stay");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn sequence(&self) -> &'a Sequence {
        self.sequence
    }

    /// The phase.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.steps().next().unwrap().phase().name(), "Check-in");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn phase(&self) -> &'a Phase {
        self.phase
    }

    /// The step.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.steps().next().unwrap().step().id().as_str(), "greet");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn step(&self) -> &'a Step {
        self.step
    }

    /// The step's path, `sequence/phase/step`.
    ///
    /// # Examples
    ///
    /// ```
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.steps().next().unwrap().path().to_string(), "stay/check-in/greet");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn path(&self) -> StepPath {
        self.step.path.clone()
    }

    /// The channels the step uses: its own, or else its phase's (never empty).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Channel;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(model.steps().next().unwrap().channels().first(), Some(Channel::FaceToFace));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn channels(&self) -> EnumSet<Channel> {
        self.phase.channels_of(self.step)
    }
}

/// A department as written, before checks.
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub(crate) struct DepartmentDraft {
    #[cfg_attr(feature = "schemars", schemars(with = "crate::model::Id"))]
    id: String,
    name: String,
}

impl From<&Department> for DepartmentDraft {
    fn from(department: &Department) -> Self {
        Self { id: department.id().as_str().to_owned(), name: department.name().to_owned() }
    }
}

/// Builds a [`ServiceModel`]. Setters never fail and may come in any order;
/// [`build`](Self::build) checks everything at once.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let err = ServiceModel::builder("Hotel")
///     .sequence(Sequence::builder("stay", "Stay").phase(
///         Phase::builder("check-in", "Check-in")
///             .step(Step::builder("greet", "Greet").moment(MomentKind::Welcome).department("spa")),
///     ))
///     .build()
///     .unwrap_err();
/// let found: Vec<String> = err.violations().iter().map(|v| v.to_string()).collect();
/// assert_eq!(found, [
///     "stay/check-in/greet.channels: no channel on the step or its phase",
///     "stay/check-in/greet.department: unknown department `spa`",
/// ]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceModelBuilder {
    name: String,
    pack: String,
    profile: ServiceProfile,
    brand: BrandBuilder,
    departments: Vec<DepartmentDraft>,
    sequences: Vec<SequenceBuilder>,
}

impl ServiceModelBuilder {
    crate::setters::setters! {
        /// Names the trade's pack by its id (default `general`): a
        /// built-in pack (`restaurant`, `hotel`, …) or one of the user's,
        /// added to the rule set that derives the model
        /// ([`RuleSet::with_pack`](crate::rules::RuleSet::with_pack)).
        /// The id is checked as a slug when the model is built.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let model = ServiceModel::builder("Trattoria").pack("restaurant").build()?;
        /// assert_eq!(model.pack().as_str(), "restaurant");
        /// # Ok::<(), Error>(())
        /// ```
        fn pack(id: impl Into<String>) { pack = id.into() }

        /// Names the pack of one of the four kinds of business that were
        /// industries before packs: the same as
        /// [`pack`](Self::pack)`(industry.as_str())`.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let model = ServiceModel::builder("Hotel Aurora").industry(Industry::Hotel).build()?;
        /// assert_eq!(model.industry(), Industry::Hotel);
        /// assert_eq!(model.pack().as_str(), "hotel");
        /// # Ok::<(), Error>(())
        /// ```
        fn industry(industry: Industry) { pack = industry.as_str().to_owned() }

        /// Sets the service profile (the nine factors).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let profile = ServiceProfile::builder().risk(Risk::High).build();
        /// let model = ServiceModel::builder("Clinic").profile(profile).build()?;
        /// assert_eq!(model.profile().risk(), Risk::High);
        /// // The other factors keep their defaults:
        /// assert_eq!(model.profile().contact(), ServiceProfile::default().contact());
        /// # Ok::<(), Error>(())
        /// ```
        fn profile(profile: ServiceProfile) { profile = profile }

        /// Sets the brand, built or not (it is checked with the model).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let model = ServiceModel::builder("Hotel").brand(Brand::builder().emotions([Emotion::Warmth])).build()?;
        /// assert!(model.brand().emotions().contains(Emotion::Warmth));
        /// # Ok::<(), Error>(())
        /// ```
        fn brand(brand: impl Into<BrandBuilder>) { brand = brand.into() }

        /// Adds departments.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let model = ServiceModel::builder("Hotel")
        ///     .departments([
        ///         Department::new("front-office", "Front office")?,
        ///         Department::new("billing", "Billing")?,
        ///     ])
        ///     .build()?;
        /// let ids: Vec<&str> = model.departments().iter().map(|d| d.id().as_str()).collect();
        /// assert_eq!(ids, ["front-office", "billing"]);
        /// # Ok::<(), Error>(())
        /// ```
        fn departments(departments: impl IntoIterator<Item = Department>) {
            departments.extend(departments.into_iter().map(|department| DepartmentDraft::from(&department)))
        }

        /// Appends a sequence.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let stay = Sequence::builder("stay", "Hotel stay").phase(
        ///     Phase::builder("check-in", "Check-in")
        ///         .channels([Channel::FaceToFace])
        ///         .step(Step::builder("greet", "Greet the guest").moment(MomentKind::Welcome)),
        /// );
        /// let model = ServiceModel::builder("Hotel").sequence(stay).build()?;
        /// assert_eq!(model.sequence("stay").map(Sequence::name), Some("Hotel stay"));
        /// # Ok::<(), Error>(())
        /// ```
        fn sequence(sequence: SequenceBuilder) { sequences.push(sequence) }
    }

    /// The pack's id as given (not yet checked).
    pub(crate) fn pack_given(&self) -> &str {
        &self.pack
    }

    /// Checks everything and builds the model.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::ServiceModel`](crate::error::Entity::ServiceModel) listing every violation,
    /// in document order, each with the path of the element and the offending
    /// value:
    ///
    /// - the model's name is blank (`name`);
    /// - any name or text (the model's, a department's, a brand value or
    ///   behaviour, a sequence's, phase's or step's, a customer action or
    ///   backstage work) is made only of invisible characters (blank, as
    ///   above) or holds a control or bidirectional formatting character
    ///   ([`Problem::ForbiddenCharacter`](crate::error::Problem::ForbiddenCharacter));
    /// - a department's id is not a slug or is used twice (`departments/<id>`), or its name is blank;
    /// - a brand value or behaviour is blank, or a behaviour names an unknown department;
    /// - a sequence's id is not a slug or is used twice in the model (`<seq>`), its name is blank, or it has no phase;
    /// - a phase's id is not a slug or is used twice in its sequence (`<seq>/<phase>`), its name is blank, or it has no step;
    /// - a step's id is not a slug or is used twice in its phase (`<seq>/<phase>/<step>`), its name is blank,
    ///   it has no moment kind (`.moment`), neither it nor its phase has a channel (`.channels`),
    ///   it names an unknown department (`.department`), or its customer action or backstage
    ///   work is given but blank (`.customer_action`, `.backstage`).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{error::Problem, ServiceModel};
    ///
    /// let err = ServiceModel::builder(" ").build().unwrap_err();
    /// assert_eq!(err.to_string(), "invalid service model: name: empty name ` `");
    /// assert_eq!(err.violations()[0].problem(), &Problem::EmptyName);
    /// ```
    pub fn build(self) -> Result<ServiceModel, Error> {
        let mut v = Violations::default();
        v.name_at("name", &self.name);
        let pack = v.id("pack", &self.pack);

        let mut department_ids = HashSet::new();
        let mut departments = Vec::with_capacity(self.departments.len());
        for draft in self.departments {
            let path = format!("departments/{}", draft.id);
            if crate::id::check(&draft.id).is_none() && !department_ids.insert(draft.id.clone()) {
                v.push(path, Problem::DuplicateId, draft.id.as_str());
            }
            if let Some(dept) = check_department(&mut v, &draft.id, draft.name) {
                departments.push(dept);
            }
        }
        let known = |id: &Id| department_ids.contains(id.as_str());
        let brand = self.brand.check(&mut v, &known);
        // Each step names its department by the department's own id, shared
        // rather than copied: one string a department, read from one place.
        let shared: HashMap<&str, &Id> = departments.iter().map(|d| (d.id().as_str(), d.id())).collect();

        let mut sequence_ids = HashSet::new();
        let mut sequences = Vec::with_capacity(self.sequences.len());
        // Contacts are numbered in model order: the next one opened gets `contacts`.
        let mut contacts: u32 = 0;
        for draft in self.sequences {
            // A contact never runs from one sequence into the next.
            let mut last_contact: Option<u32> = None;
            let risk_default = draft.profile.as_ref().unwrap_or(&self.profile).risk();
            // Where a step of the sequence continues another: every step of
            // the sequence, as `phase/step`, and the contact of each one built
            // so far (`None`: no contact). Other sequences need neither.
            let links = draft.phases.iter().any(|p| p.steps.iter().any(|s| s.continues.is_some()));
            let all_steps: HashSet<String> = if links {
                draft
                    .phases
                    .iter()
                    .flat_map(|p| p.steps.iter().map(move |s| format!("{}/{}", p.id, s.id)))
                    .collect()
            } else {
                HashSet::new()
            };
            let mut contact_of: HashMap<String, Option<u32>> = HashMap::new();
            let mut resumes = false;
            let seq_path = draft.id.clone();
            let id = v.unique_id(&seq_path, &draft.id, &mut sequence_ids);
            v.name(&seq_path, &draft.name);
            if draft.phases.is_empty() {
                v.push(seq_path.as_str(), Problem::NoPhases, "");
            }
            let mut phase_ids = HashSet::new();
            let mut phases = Vec::with_capacity(draft.phases.len());
            for phase in draft.phases {
                let phase_path = format!("{seq_path}/{}", phase.id);
                let phase_id = v.unique_id(&phase_path, &phase.id, &mut phase_ids);
                v.name(&phase_path, &phase.name);
                if phase.steps.is_empty() {
                    v.push(phase_path.as_str(), Problem::NoSteps, "");
                }
                let mut step_ids = HashSet::new();
                let mut steps = Vec::with_capacity(phase.steps.len());
                let mut previous: Option<(Initiator, EnumSet<Channel>)> = None;
                for step in phase.steps {
                    let step_path = format!("{phase_path}/{}", step.id);
                    let step_id = v.unique_id(&step_path, &step.id, &mut step_ids);
                    v.name(&step_path, &step.name);
                    if step.moment.is_none() {
                        v.push(format!("{step_path}.moment"), Problem::MissingMoment, "");
                    }
                    if step.channels.is_empty() && phase.channels.is_empty() {
                        v.push(format!("{step_path}.channels"), Problem::NoChannel, "");
                    }
                    let department = match step.department {
                        Some(raw) if department_ids.contains(&raw) => {
                            shared.get(raw.as_str()).map(|&id| id.clone()).or_else(|| Id::new(&raw).ok())
                        }
                        Some(raw) => {
                            v.push(format!("{step_path}.department"), Problem::UnknownDepartment, raw);
                            None
                        }
                        None => None,
                    };
                    for (field, text) in
                        [("customer_action", &step.customer_action), ("backstage", &step.backstage)]
                    {
                        if let Some(text) = text {
                            v.text(format!("{step_path}.{field}"), text);
                        }
                    }
                    let channels = if step.channels.is_empty() { phase.channels } else { step.channels };
                    let initiator = step.started_by.unwrap_or_else(|| {
                        Initiator::default_at(step.moment.unwrap_or(MomentKind::Welcome), channels)
                    });
                    let is_contact = step.contact != Some(ContactMode::NoContact);
                    let key = if links { format!("{}/{}", phase.id, step.id) } else { String::new() };
                    let continued = step.continues.as_ref().and_then(|target| {
                        let at = format!("{step_path}.continues");
                        match contact_of.get(target) {
                            Some(Some(c)) => Some(*c),
                            Some(None) => {
                                v.push(at, Problem::ContinuesNoContact, target.as_str());
                                None
                            }
                            None if all_steps.contains(target) || *target == key => {
                                v.push(at, Problem::ContinuesLater, target.as_str());
                                None
                            }
                            None => {
                                v.push(at, Problem::UnknownContinued, target.as_str());
                                None
                            }
                        }
                    });
                    let (opens, contact) = if !is_contact {
                        (false, None)
                    } else if step.continues.is_some() {
                        previous = Some((initiator, channels));
                        (false, continued.or(last_contact))
                    } else {
                        // The first contact of a sequence opens one, whatever it says.
                        let opens = step
                            .opens_contact
                            .unwrap_or_else(|| default_opens(initiator, channels, previous))
                            || last_contact.is_none();
                        previous = Some((initiator, channels));
                        (opens, if opens { None } else { last_contact })
                    };
                    resumes |= continued.is_some() && continued != last_contact;
                    let contact = match (is_contact, contact) {
                        (false, _) => None,
                        (true, Some(c)) => Some(c),
                        (true, None) => {
                            contacts = contacts.saturating_add(1);
                            Some(contacts - 1)
                        }
                    };
                    if contact.is_some() {
                        last_contact = contact;
                    }
                    if links {
                        contact_of.insert(key, contact);
                    }
                    if let (Some(sequence), Some(phase), Some(id), Some(moment)) =
                        (&id, &phase_id, step_id, step.moment)
                    {
                        steps.push(Step {
                            initiator,
                            opens,
                            path: StepPath::new(sequence.clone(), phase.clone(), id),
                            name: step.name.into(),
                            moment,
                            channels: step.channels,
                            department,
                            characteristics: step.characteristics,
                            customer_action: step.customer_action,
                            backstage: step.backstage,
                            place: step.place,
                            data: step.data,
                            hands_over: step.hands_over,
                            risk: step.risk.unwrap_or(risk_default),
                            risk_given: step.risk,
                            contact,
                            continues: step.continues.as_deref().and_then(|t| {
                                let (phase, step) = t.split_once('/')?;
                                Some((Id::new(phase).ok()?, Id::new(step).ok()?))
                            }),
                            automatic: step.contact == Some(ContactMode::Automatic),
                        });
                    }
                }
                if let Some(id) = phase_id {
                    phases.push(Phase { id, name: phase.name.into(), channels: phase.channels, steps });
                }
            }
            if let Some(id) = id {
                sequences.push(Sequence {
                    id,
                    name: draft.name.into(),
                    phases,
                    profile: draft.profile,
                    resumes,
                });
            }
        }

        let Some(pack) = pack else { return Err(v.into_error(Entity::ServiceModel)) };
        v.finish(Entity::ServiceModel, || ServiceModel {
            name: self.name.into(),
            pack,
            profile: self.profile,
            brand,
            departments,
            sequences,
        })
    }
}

/// The id of the pack a model names unless it names one.
pub(crate) const GENERAL_PACK: &str = "general";

/// The version of the service model document this release reads and writes.
pub(crate) const MODEL_FORMAT_VERSION: u32 = 1;

impl ServiceModel {
    /// The version of the service model document this release reads and writes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::model::ServiceModel::FORMAT_VERSION, 1);
    /// ```
    pub const FORMAT_VERSION: u32 = MODEL_FORMAT_VERSION;
}

#[cfg(feature = "serde")]
crate::document::versioned_document! {
    /// The service model as a document: a format version, then the builder's fields.
    #[cfg_attr(feature = "schemars", schemars(rename = "ServiceModel"))]
    struct ModelDocument(Entity::ServiceModel, MODEL_FORMAT_VERSION) {
        name: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::model::Id>"))]
        pack: Option<String> = default,
        #[serde(skip_serializing_if = "Option::is_none")]
        industry: Option<Industry> = default,
        profile: ServiceProfile = default,
        brand: BrandBuilder = default,
        departments: Vec<DepartmentDraft> = default,
        sequences: Vec<SequenceBuilder> = default,
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for ServiceModel {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let b = self.to_builder();
        ModelDocument {
            format_version: MODEL_FORMAT_VERSION,
            name: b.name,
            pack: Some(b.pack),
            industry: None,
            profile: b.profile,
            brand: b.brand,
            departments: b.departments,
            sequences: b.sequences,
        }
        .serialize(s)
    }
}

/// A model document read, not yet checked: the builder it gives.
#[cfg(feature = "serde")]
pub(crate) struct ModelDraft {
    pub(crate) builder: ServiceModelBuilder,
}

#[cfg(feature = "serde")]
impl serde::Serialize for ModelDraft {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let b = self.builder.clone();
        ModelDocument {
            format_version: MODEL_FORMAT_VERSION,
            name: b.name,
            pack: Some(b.pack),
            industry: None,
            profile: b.profile,
            brand: b.brand,
            departments: b.departments,
            sequences: b.sequences,
        }
        .serialize(s)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for ModelDraft {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let doc = ModelDocument::deserialize(d)?;
        let pack = match (doc.pack, doc.industry) {
            (Some(pack), Some(industry)) if pack != industry.as_str() => {
                let v = crate::error::Violation::new(
                    "industry",
                    Problem::PackAndIndustryDiffer,
                    industry.as_str(),
                );
                return Err(D::Error::custom(Error::invalid(Entity::ServiceModel, vec![v])));
            }
            (Some(pack), _) => pack,
            (None, Some(industry)) => industry.as_str().to_owned(),
            (None, None) => GENERAL_PACK.to_owned(),
        };
        let builder = ServiceModelBuilder {
            name: doc.name,
            pack,
            profile: doc.profile,
            brand: doc.brand,
            departments: doc.departments,
            sequences: doc.sequences,
        };
        Ok(Self { builder })
    }
}

/// Deserialising runs the same checks as [`ServiceModelBuilder::build`]: a
/// document gives the same violations as the builder, never a half-built
/// model. A document may name its pack as `pack` or, as documents written
/// before packs did, as `industry` (`general`, `hotel`, `shop`,
/// `contact-centre`); naming it both ways, differently, is refused.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for ServiceModel {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        ModelDraft::deserialize(d)?.builder.build().map_err(D::Error::custom)
    }
}

/// The schema of the service model document (what deserialising accepts,
/// before the builder's checks).
#[cfg(feature = "schemars")]
impl schemars::JsonSchema for ServiceModel {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ServiceModel".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        ModelDocument::json_schema(generator)
    }
}
