//! What a rule tests before it produces a standard.

use crate::{
    model::Brand, model::Capability, model::Channel, model::Characteristic, model::DataUse, model::Emotion,
    model::EnumSet, model::Factor, model::FactorKind, model::Id, model::Initiator, model::MomentKind,
    model::Place, model::ServiceLevel, model::ServiceProfile, model::Step, model::StepRef, model::Valuable,
    model::Vocabulary,
};

/// When a rule applies. Every clause that is given must hold; a clause left
/// empty tests nothing (each is set by the [`ConditionBuilder`] setter of
/// its name, `min_level` by [`from_level`](ConditionBuilder::from_level)):
///
/// - `capabilities`: the standard reaches only channels that have all of them;
/// - `channels`: the standard reaches only these channels;
/// - `moments`: the step is one of these kinds of moment;
/// - `characteristics`: the step names at least one of them;
/// - `factors`: for every factor named, the profile has one of the values given;
/// - `emotions`: the brand evokes at least one of them;
/// - `min_level`: the standards are derived at this level or above;
/// - `except_capabilities`, `except_channels`, `except_moments`: exclusions
///   ("not face to face", "not live");
/// - `except_characteristics`: the step names none of them (not where
///   staff are there to listen and ask, `attentive`);
/// - `started_by`: who starts the step (customer: inbound; company: outbound);
/// - `opening`: only steps that open a contact;
/// - `scope`: only steps of these sequences, phases, steps or departments
///   of the model (for a business's own rules);
/// - `pack`: only models of this trade's pack (every rule of a
///   [`Pack`](crate::rules::Pack) carries its pack's id here; alone it
///   tests nothing about a step).
/// - `places`: the step happens at one of these places (a desk);
/// - `except_places`: the step happens at none of these places (a step
///   whose place is not said passes: "walk them to where they will be
///   served" is for an arrival anywhere but at the desk);
/// - `data`: the step does one of these with data (records it);
/// - `hands_over`: the step hands over one of these valuables;
/// - `serious`: only steps where a loss is serious
///   ([`Step::is_serious`]: something of value is handed over, or the
///   step's risk is high);
/// - `except_serious`: only steps where a loss is not serious (a share
///   of cases is a fair target there, never where a loss is serious; with
///   `serious` as well, the condition matches no step);
/// - `staffed`: only steps where a person deals with the customer, not a
///   system ([`Step::is_automatic`]: a message checked by hand or signed
///   by name needs someone to check or sign it);
/// - `after_in_phase`: a step of one of these kinds comes before the step
///   in its phase (a confirmation after the order is taken);
/// - `after_in_sequence`: a step of one of these kinds comes before the
///   step in its sequence (a survey after the visit, not a reminder before
///   it);
/// - `except_after_in_phase`: no step of these kinds comes before the step
///   in its phase (a call answered in rings, unless it waited in a queue
///   first).
///
/// Both look only at the steps before: adding a step after another never
/// changes what lands there.
///
/// Factors are tested in the profile of the step's sequence (the model's
/// unless the sequence has its own).
///
/// A condition that tests nothing, or that no channel can satisfy, is
/// rejected when its rule is built.
///
/// # Examples
///
/// ```
/// use service_standards::{model::Capability, Channel, Condition, MomentKind};
///
/// let when = Condition::builder()
///     .capabilities([Capability::StaffHeard])
///     .moments([MomentKind::Welcome])
///     .build();
/// assert_eq!(when.reachable_channels().iter().collect::<Vec<_>>(),
///            [Channel::FaceToFace, Channel::Telephone, Channel::VideoCall]);
/// ```
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct Condition {
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    capabilities: EnumSet<Capability>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    channels: EnumSet<Channel>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    moments: EnumSet<MomentKind>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    characteristics: EnumSet<Characteristic>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    factors: Vec<Factor>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    emotions: EnumSet<Emotion>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "is_basic"))]
    min_level: ServiceLevel,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    except_capabilities: EnumSet<Capability>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    except_channels: EnumSet<Channel>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    except_moments: EnumSet<MomentKind>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    except_characteristics: EnumSet<Characteristic>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    started_by: Option<Initiator>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "is_false"))]
    opening: bool,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    scope: Option<Scope>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::model::Id>"))]
    pack: Option<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    places: EnumSet<Place>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    except_places: EnumSet<Place>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    data: EnumSet<DataUse>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    hands_over: EnumSet<Valuable>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "is_false"))]
    serious: bool,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "is_false"))]
    except_serious: bool,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "is_false"))]
    staffed: bool,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    after_in_phase: EnumSet<MomentKind>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    after_in_sequence: EnumSet<MomentKind>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    except_after_in_phase: EnumSet<MomentKind>,
}

/// Where a user's rule applies, by the ids of the model's own sequences,
/// phases, steps and departments. Every list given must hold (a step of
/// one of these sequences, and of one of these phases, …); ids of phases
/// and steps match in any sequence, so name the sequence too where a phase
/// id repeats.
///
/// A rule scoped to ids a model does not have, or to ids that never meet
/// at one step (a phase of another sequence, a step of another
/// department), matches nothing there;
/// [`RuleSet::unknown_scopes`](crate::rules::RuleSet::unknown_scopes) lists such
/// rules, so a typo is never silent.
///
/// # Examples
///
/// ```
/// use service_standards::{Condition, rules::Scope};
///
/// let check_out = Condition::builder().scope(Scope::new().phases(["check-out"])).build();
/// assert_eq!(check_out.scope().map(|s| s.phase_ids().len()), Some(1));
/// ```
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct Scope {
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    sequences: Vec<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    phases: Vec<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    steps: Vec<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    departments: Vec<String>,
}

impl Scope {
    /// A scope that names nothing yet (a rule refuses it until something is named).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::rules::Scope;
    ///
    /// assert!(Scope::new().is_empty());
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    crate::setters::setters! {
        /// Only steps of these sequences.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::rules::Scope;
        ///
        /// assert_eq!(Scope::new().sequences(["stay"]).sequence_ids(), ["stay"]);
        /// ```
        fn sequences(ids: impl IntoIterator<Item = impl Into<String>>) {
            sequences.extend(ids.into_iter().map(Into::into))
        }

        /// Only steps of phases with these ids.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::rules::Scope;
        ///
        /// assert_eq!(Scope::new().phases(["check-in", "check-out"]).phase_ids().len(), 2);
        /// ```
        fn phases(ids: impl IntoIterator<Item = impl Into<String>>) {
            phases.extend(ids.into_iter().map(Into::into))
        }

        /// Only steps with these ids.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::rules::Scope;
        ///
        /// assert_eq!(Scope::new().steps(["settle"]).step_ids(), ["settle"]);
        /// ```
        fn steps(ids: impl IntoIterator<Item = impl Into<String>>) {
            steps.extend(ids.into_iter().map(Into::into))
        }

        /// Only steps these departments own.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::rules::Scope;
        ///
        /// assert_eq!(Scope::new().departments(["front-office"]).department_ids(), ["front-office"]);
        /// ```
        fn departments(ids: impl IntoIterator<Item = impl Into<String>>) {
            departments.extend(ids.into_iter().map(Into::into))
        }
    }

    /// The sequence ids named.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(service_standards::rules::Scope::new().sequence_ids().is_empty());
    /// ```
    #[must_use]
    pub fn sequence_ids(&self) -> &[String] {
        &self.sequences
    }

    /// The phase ids named.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(service_standards::rules::Scope::new().phase_ids().is_empty());
    /// ```
    #[must_use]
    pub fn phase_ids(&self) -> &[String] {
        &self.phases
    }

    /// The step ids named.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(service_standards::rules::Scope::new().step_ids().is_empty());
    /// ```
    #[must_use]
    pub fn step_ids(&self) -> &[String] {
        &self.steps
    }

    /// The department ids named.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(service_standards::rules::Scope::new().department_ids().is_empty());
    /// ```
    #[must_use]
    pub fn department_ids(&self) -> &[String] {
        &self.departments
    }

    /// Whether nothing is named.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!service_standards::rules::Scope::new().steps(["greet"]).is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.sequences.is_empty()
            && self.phases.is_empty()
            && self.steps.is_empty()
            && self.departments.is_empty()
    }

    /// Each list with its field name, for checks and messages.
    pub(crate) fn lists(&self) -> [(&'static str, &[String]); 4] {
        [
            ("sequences", &self.sequences),
            ("phases", &self.phases),
            ("steps", &self.steps),
            ("departments", &self.departments),
        ]
    }
}

/// A scope with its ids checked, as a rule holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub(crate) struct ScopeIds {
    pub(crate) sequences: Vec<Id>,
    pub(crate) phases: Vec<Id>,
    pub(crate) steps: Vec<Id>,
    pub(crate) departments: Vec<Id>,
    /// The four lists as above, each sorted, so that a step is found in a
    /// long scope by halving it rather than by a scan at every step.
    sorted: [Vec<Id>; 4],
}

impl ScopeIds {
    /// A scope of these ids, in the order given.
    pub(crate) fn new(sequences: Vec<Id>, phases: Vec<Id>, steps: Vec<Id>, departments: Vec<Id>) -> Self {
        let sorted = [&sequences, &phases, &steps, &departments].map(|list| {
            let mut list = list.clone();
            list.sort_unstable();
            list
        });
        Self { sequences, phases, steps, departments, sorted }
    }

    /// Whether the step at `at` is within the scope.
    pub(crate) fn contains(&self, at: StepRef<'_>) -> bool {
        let within = |ids: &[Id], id: &Id| ids.is_empty() || ids.binary_search(id).is_ok();
        let [sequences, phases, steps, departments] = &self.sorted;
        within(sequences, at.sequence().id())
            && within(phases, at.phase().id())
            && within(steps, at.step().id())
            && (departments.is_empty()
                || at.step().department().is_some_and(|d| departments.binary_search(d).is_ok()))
    }

    /// Each list with its field name.
    pub(crate) fn lists(&self) -> [(&'static str, &[Id]); 4] {
        [
            ("sequences", &self.sequences),
            ("phases", &self.phases),
            ("steps", &self.steps),
            ("departments", &self.departments),
        ]
    }
}

#[cfg(feature = "serde")]
#[allow(clippy::trivially_copy_pass_by_ref, reason = "serde passes a reference")]
fn is_false(b: &bool) -> bool {
    !*b
}

#[cfg(feature = "serde")]
#[allow(clippy::trivially_copy_pass_by_ref, reason = "serde passes a reference")]
fn is_basic(level: &ServiceLevel) -> bool {
    *level == ServiceLevel::Basic
}

/// No clause, from the basic level: tests nothing (not valid in a rule until
/// a clause is added).
impl Default for Condition {
    fn default() -> Self {
        Self {
            capabilities: EnumSet::new(),
            channels: EnumSet::new(),
            moments: EnumSet::new(),
            characteristics: EnumSet::new(),
            factors: Vec::new(),
            emotions: EnumSet::new(),
            min_level: ServiceLevel::Basic,
            except_capabilities: EnumSet::new(),
            except_channels: EnumSet::new(),
            except_moments: EnumSet::new(),
            except_characteristics: EnumSet::new(),
            started_by: None,
            opening: false,
            scope: None,
            pack: None,
            places: EnumSet::new(),
            except_places: EnumSet::new(),
            data: EnumSet::new(),
            hands_over: EnumSet::new(),
            serious: false,
            except_serious: false,
            staffed: false,
            after_in_phase: EnumSet::new(),
            after_in_sequence: EnumSet::new(),
            except_after_in_phase: EnumSet::new(),
        }
    }
}

impl Condition {
    /// A builder for a condition that tests nothing yet (not valid in a rule
    /// until a clause is added).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Condition, ServiceLevel};
    ///
    /// assert!(Condition::builder().build().tests_nothing());
    /// assert_eq!(Condition::builder().build().min_level(), ServiceLevel::Basic);
    /// ```
    #[must_use]
    pub fn builder() -> ConditionBuilder {
        ConditionBuilder::default()
    }

    /// A builder holding this condition, to change a clause or add one.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, Condition, ServiceLevel};
    ///
    /// let chat = Condition::builder().channels([Channel::Chat]).build();
    /// let later = chat.to_builder().from_level(ServiceLevel::Expected).build();
    /// assert_eq!((later.channels(), later.min_level()), (chat.channels(), ServiceLevel::Expected));
    /// ```
    #[must_use]
    pub fn to_builder(&self) -> ConditionBuilder {
        ConditionBuilder { condition: self.clone() }
    }

    /// The excluded capabilities.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(service_standards::Condition::default().excluded_capabilities().is_empty());
    /// ```
    #[must_use]
    pub fn excluded_capabilities(&self) -> EnumSet<Capability> {
        self.except_capabilities
    }

    /// The excluded channels.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(service_standards::Condition::default().excluded_channels().is_empty());
    /// ```
    #[must_use]
    pub fn excluded_channels(&self) -> EnumSet<Channel> {
        self.except_channels
    }

    /// The excluded kinds of moment.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(service_standards::Condition::default().excluded_moments().is_empty());
    /// ```
    #[must_use]
    pub fn excluded_moments(&self) -> EnumSet<MomentKind> {
        self.except_moments
    }

    /// The excluded characteristics: a step that names one of them does
    /// not match.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Characteristic, Condition};
    ///
    /// assert!(Condition::default().excluded_characteristics().is_empty());
    /// let c = Condition::builder().except_characteristics([Characteristic::Attentive]).build();
    /// assert!(c.excluded_characteristics().contains(Characteristic::Attentive));
    /// ```
    #[must_use]
    pub fn excluded_characteristics(&self) -> EnumSet<Characteristic> {
        self.except_characteristics
    }

    /// Who must start the step, if the condition says.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::Condition::default().started_by(), None);
    /// ```
    #[must_use]
    pub fn started_by(&self) -> Option<Initiator> {
        self.started_by
    }

    /// Whether only steps that open a contact match.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!service_standards::Condition::default().opening_only());
    /// ```
    #[must_use]
    pub fn opening_only(&self) -> bool {
        self.opening
    }

    /// The id of the pack whose models only match, if the condition names one.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Condition, MomentKind};
    ///
    /// assert_eq!(Condition::default().pack(), None);
    /// let c = Condition::builder().pack("restaurant").moments([MomentKind::OrderTaking]).build();
    /// assert_eq!(c.pack(), Some("restaurant"));
    /// ```
    #[must_use]
    pub fn pack(&self) -> Option<&str> {
        self.pack.as_deref()
    }

    /// The places named (empty: anywhere).
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(service_standards::Condition::default().places().is_empty());
    /// ```
    #[must_use]
    pub fn places(&self) -> EnumSet<Place> {
        self.places
    }

    /// The places excluded (empty: none).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Condition, model::Place};
    ///
    /// assert!(Condition::default().excluded_places().is_empty());
    /// let c = Condition::builder().except_places([Place::Desk]).build();
    /// assert!(c.excluded_places().contains(Place::Desk));
    /// ```
    #[must_use]
    pub fn excluded_places(&self) -> EnumSet<Place> {
        self.except_places
    }

    /// What the step must do with data, one of these (empty: anything).
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(service_standards::Condition::default().data().is_empty());
    /// ```
    #[must_use]
    pub fn data(&self) -> EnumSet<DataUse> {
        self.data
    }

    /// What the step must hand over, one of these (empty: anything or nothing).
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(service_standards::Condition::default().hands_over().is_empty());
    /// ```
    #[must_use]
    pub fn hands_over(&self) -> EnumSet<Valuable> {
        self.hands_over
    }

    /// Whether only steps where a loss is serious match ([`Step::is_serious`]).
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!service_standards::Condition::default().serious_only());
    /// ```
    #[must_use]
    pub fn serious_only(&self) -> bool {
        self.serious
    }

    /// Whether only steps where a loss is not serious match
    /// ([`Step::is_serious`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Condition;
    ///
    /// assert!(!Condition::default().excludes_serious());
    /// assert!(Condition::builder().except_serious().build().excludes_serious());
    /// ```
    #[must_use]
    pub fn excludes_serious(&self) -> bool {
        self.except_serious
    }

    /// Whether only steps where a person deals with the customer match, not
    /// automatic ones ([`Step::is_automatic`]).
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!service_standards::Condition::default().staffed_only());
    /// ```
    #[must_use]
    pub fn staffed_only(&self) -> bool {
        self.staffed
    }

    /// The kinds of step one of which must come before the step in its
    /// phase (empty: no such clause).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Condition, MomentKind};
    ///
    /// let confirmation = Condition::builder().after_in_phase([MomentKind::OrderTaking]).build();
    /// assert!(confirmation.after_in_phase().contains(MomentKind::OrderTaking));
    /// ```
    #[must_use]
    pub fn after_in_phase(&self) -> EnumSet<MomentKind> {
        self.after_in_phase
    }

    /// The kinds of step one of which must come before the step in its
    /// sequence (empty: no such clause).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Condition, MomentKind};
    ///
    /// let after_the_visit = Condition::builder().after_in_sequence([MomentKind::Delivery]).build();
    /// assert!(after_the_visit.after_in_sequence().contains(MomentKind::Delivery));
    /// ```
    #[must_use]
    pub fn after_in_sequence(&self) -> EnumSet<MomentKind> {
        self.after_in_sequence
    }

    /// The kinds of step none of which may come before the step in its
    /// phase (empty: no such clause).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Condition, MomentKind};
    ///
    /// let unqueued = Condition::builder().except_after_in_phase([MomentKind::Waiting]).build();
    /// assert!(unqueued.excluded_after_in_phase().contains(MomentKind::Waiting));
    /// ```
    #[must_use]
    pub fn excluded_after_in_phase(&self) -> EnumSet<MomentKind> {
        self.except_after_in_phase
    }

    /// Whether the condition tests where the step stands in its phase or
    /// sequence.
    pub(crate) fn tests_position(&self) -> bool {
        !self.after_in_phase.is_empty()
            || !self.after_in_sequence.is_empty()
            || !self.except_after_in_phase.is_empty()
    }

    /// Whether the clauses on where the step stands hold for a step after
    /// steps of the kinds `in_phase` in its phase and `in_sequence` in its
    /// sequence (as the derivation gathers them while it walks the model).
    pub(crate) fn position_holds(
        &self,
        in_phase: EnumSet<MomentKind>,
        in_sequence: EnumSet<MomentKind>,
    ) -> bool {
        (self.after_in_phase.is_empty() || !self.after_in_phase.is_disjoint(in_phase))
            && (self.after_in_sequence.is_empty() || !self.after_in_sequence.is_disjoint(in_sequence))
            && self.except_after_in_phase.is_disjoint(in_phase)
    }

    /// Whether the condition tests a fact of the step itself (place, data,
    /// hand-over, seriousness, a person at the step, a characteristic it
    /// must not name).
    pub(crate) fn tests_step_facts(&self) -> bool {
        !self.except_characteristics.is_empty()
            || !self.places.is_empty()
            || !self.except_places.is_empty()
            || !self.data.is_empty()
            || !self.hands_over.is_empty()
            || self.serious
            || self.except_serious
            || self.staffed
    }

    /// Whether the clauses on the step's own facts hold at `step`.
    pub(crate) fn step_facts_hold(&self, step: &Step) -> bool {
        (self.places.is_empty() || step.place().is_some_and(|p| self.places.contains(p)))
            && !step.place().is_some_and(|p| self.except_places.contains(p))
            && (self.data.is_empty() || !self.data.is_disjoint(step.data()))
            && (self.hands_over.is_empty() || !self.hands_over.is_disjoint(step.hands_over()))
            && (!self.serious || step.is_serious())
            && (!self.except_serious || !step.is_serious())
            && (!self.staffed || !step.is_automatic())
            && self.except_characteristics.is_disjoint(step.characteristics())
    }

    /// The scope, if the condition has one.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(service_standards::Condition::default().scope().is_none());
    /// ```
    #[must_use]
    pub fn scope(&self) -> Option<&Scope> {
        self.scope.as_ref()
    }

    /// How specific the condition is: the number of clauses it tests (each
    /// scope list, who starts the step, opening steps only, channels,
    /// capabilities, each exclusion, moments, characteristics, each factor,
    /// emotions, a level above basic, places, data, hand-overs, serious
    /// steps only or not, staffed steps only). Between two rules of one concern at a step, the more
    /// specific wins.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, Condition, MomentKind};
    ///
    /// let general = Condition::builder().moments([MomentKind::Waiting]);
    /// let phone = general.clone().channels([Channel::Telephone]).build();
    /// assert!(phone.specificity() > general.build().specificity());
    /// ```
    #[must_use]
    pub fn specificity(&self) -> usize {
        let sets = [
            !self.capabilities.is_empty(),
            !self.channels.is_empty(),
            !self.moments.is_empty(),
            !self.characteristics.is_empty(),
            !self.emotions.is_empty(),
            !self.except_capabilities.is_empty(),
            !self.except_channels.is_empty(),
            !self.except_moments.is_empty(),
            !self.except_characteristics.is_empty(),
            self.started_by.is_some(),
            self.opening,
            self.min_level > ServiceLevel::Basic,
            !self.places.is_empty(),
            !self.except_places.is_empty(),
            !self.data.is_empty(),
            !self.hands_over.is_empty(),
            self.serious,
            self.except_serious,
            self.staffed,
            !self.after_in_phase.is_empty(),
            !self.after_in_sequence.is_empty(),
            !self.except_after_in_phase.is_empty(),
        ];
        // Factors are kept sorted, so each kind named is one run of them.
        let factor_kinds = self
            .factors
            .iter()
            .zip(self.factors.iter().skip(1))
            .filter(|(a, b)| a.kind() != b.kind())
            .count()
            + usize::from(!self.factors.is_empty());
        let scope =
            self.scope.as_ref().map_or(0, |s| s.lists().iter().filter(|(_, l)| !l.is_empty()).count());
        sets.iter().filter(|b| **b).count() + factor_kinds + scope
    }

    /// Whether the clause on opening a contact holds at a step that opens
    /// one (`opens`) or not.
    pub(crate) fn contact_holds_at(&self, opens: bool) -> bool {
        !self.opening || opens
    }

    /// Whether the contact clauses hold at a step: who starts it, and whether it opens a contact.
    pub(crate) fn contact_holds(&self, initiator: Initiator, opens: bool) -> bool {
        self.started_by.is_none_or(|by| by == initiator) && (!self.opening || opens)
    }

    /// The capabilities required.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Condition;
    ///
    /// assert!(Condition::default().capabilities().is_empty());
    /// ```
    #[must_use]
    pub fn capabilities(&self) -> EnumSet<Capability> {
        self.capabilities
    }

    /// The channels named (empty: any channel with the capabilities).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Condition;
    ///
    /// assert!(Condition::default().channels().is_empty());
    /// ```
    #[must_use]
    pub fn channels(&self) -> EnumSet<Channel> {
        self.channels
    }

    /// The kinds of moment named (empty: any).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Condition;
    ///
    /// assert!(Condition::default().moments().is_empty());
    /// ```
    #[must_use]
    pub fn moments(&self) -> EnumSet<MomentKind> {
        self.moments
    }

    /// The characteristics named (empty: any).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Condition;
    ///
    /// assert!(Condition::default().characteristics().is_empty());
    /// ```
    #[must_use]
    pub fn characteristics(&self) -> EnumSet<Characteristic> {
        self.characteristics
    }

    /// The factors named, sorted.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Condition;
    ///
    /// assert!(Condition::default().factors().is_empty());
    /// ```
    #[must_use]
    pub fn factors(&self) -> &[Factor] {
        &self.factors
    }

    /// The emotions named (empty: any brand).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Condition;
    ///
    /// assert!(Condition::default().emotions().is_empty());
    /// ```
    #[must_use]
    pub fn emotions(&self) -> EnumSet<Emotion> {
        self.emotions
    }

    /// The lowest level at which the rule applies.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Condition, ServiceLevel};
    ///
    /// assert_eq!(Condition::default().min_level(), ServiceLevel::Basic);
    /// ```
    #[must_use]
    pub fn min_level(&self) -> ServiceLevel {
        self.min_level
    }

    /// Whether the condition tests nothing at all, not even a level above
    /// basic or a scope: such a rule would apply to every step of every
    /// model, and is refused. A condition may test only a scope ("every step
    /// of check-out") or only a level.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, Condition, ServiceLevel};
    ///
    /// assert!(Condition::default().tests_nothing());
    /// assert!(!Condition::builder().channels([Channel::Fax]).build().tests_nothing());
    /// assert!(!Condition::builder().from_level(ServiceLevel::Exclusive).build().tests_nothing());
    /// ```
    #[must_use]
    pub fn tests_nothing(&self) -> bool {
        self.specificity() == 0
            && self.factors.is_empty()
            && self.min_level == ServiceLevel::Basic
            && self.scope.is_none()
    }

    /// The channels a standard of this condition can reach: those named (or
    /// all) that have every required capability.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Capability, Channel, Condition};
    ///
    /// let never = Condition::builder().channels([Channel::Email]).capabilities([Capability::StaffSeen]).build();
    /// assert!(never.reachable_channels().is_empty());
    /// ```
    #[must_use]
    pub fn reachable_channels(&self) -> EnumSet<Channel> {
        let named = if self.channels.is_empty() { EnumSet::all() } else { self.channels };
        named
            .difference(self.except_channels)
            .iter()
            .filter(|c| {
                self.capabilities.is_subset(c.capabilities())
                    && self.except_capabilities.is_disjoint(c.capabilities())
            })
            .collect()
    }

    /// The same condition without its pack clause.
    pub(crate) fn without_pack(mut self) -> Self {
        self.pack = None;
        self
    }

    /// Whether the pack clause holds for a model of the pack `id`.
    pub(crate) fn pack_holds(&self, id: &str) -> bool {
        self.pack.as_deref().is_none_or(|pack| pack == id)
    }

    /// The same condition with its factors sorted and without repeats, as the
    /// builder keeps them (documents may list them in any order).
    pub(crate) fn normalized(mut self) -> Self {
        self.factors.sort_unstable();
        self.factors.dedup();
        self
    }

    /// Whether the model-wide clauses hold: factors, emotions and level.
    pub(crate) fn holds_for(&self, profile: &ServiceProfile, brand: &Brand, level: ServiceLevel) -> bool {
        level >= self.min_level
            && (self.emotions.is_empty() || !self.emotions.is_disjoint(brand.emotions()))
            && FactorKind::ALL.iter().all(|&kind| {
                let mut named = self.factors.iter().filter(|f| f.kind() == kind).peekable();
                named.peek().is_none() || named.any(|f| profile.has(*f))
            })
    }

    /// The first factor of the rule that the profile has.
    pub(crate) fn first_factor(&self, profile: &ServiceProfile) -> Option<Factor> {
        self.factors.iter().copied().find(|f| profile.has(*f))
    }
}

/// Builds a [`Condition`] clause by clause; a clause left unset tests
/// nothing. Setters never fail: a rule checks its condition when it is built.
///
/// # Examples
///
/// ```
/// use service_standards::{Channel, Condition, MomentKind, ServiceLevel};
///
/// let when = Condition::builder()
///     .moments([MomentKind::Welcome])
///     .channels([Channel::FaceToFace])
///     .from_level(ServiceLevel::Expected)
///     .build();
/// assert_eq!(when.channels(), [Channel::FaceToFace].into_iter().collect());
/// assert_eq!(when.min_level(), ServiceLevel::Expected);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ConditionBuilder {
    condition: Condition,
}

impl ConditionBuilder {
    crate::setters::setters! {
        /// Requires channels with all of these capabilities.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{model::Capability, Condition};
        ///
        /// let c = Condition::builder().capabilities([Capability::StaffSeen]).build();
        /// assert!(c.capabilities().contains(Capability::StaffSeen));
        /// ```
        fn capabilities(capabilities: impl IntoIterator<Item = Capability>) { condition.capabilities.extend(capabilities) }

        /// Requires one of these channels.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Channel, Condition};
        ///
        /// let c = Condition::builder().channels([Channel::Email]).build();
        /// assert_eq!(c.reachable_channels().len(), 1);
        /// ```
        fn channels(channels: impl IntoIterator<Item = Channel>) { condition.channels.extend(channels) }

        /// Requires one of these kinds of moment.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Condition, MomentKind};
        ///
        /// let c = Condition::builder().moments([MomentKind::Billing]).build();
        /// assert!(c.moments().contains(MomentKind::Billing));
        /// ```
        fn moments(moments: impl IntoIterator<Item = MomentKind>) { condition.moments.extend(moments) }

        /// Requires the step to name one of these characteristics.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{model::Characteristic, Condition};
        ///
        /// let c = Condition::builder().characteristics([Characteristic::Friendly]).build();
        /// assert_eq!(c.characteristics().len(), 1);
        /// ```
        fn characteristics(characteristics: impl IntoIterator<Item = Characteristic>) { condition.characteristics.extend(characteristics) }

        /// Requires the brand to evoke one of these emotions.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Condition, model::Emotion};
        ///
        /// let c = Condition::builder().emotions([Emotion::Delight]).build();
        /// assert!(c.emotions().contains(Emotion::Delight));
        /// ```
        fn emotions(emotions: impl IntoIterator<Item = Emotion>) { condition.emotions.extend(emotions) }

        /// Applies only when standards are derived at `level` or above.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Condition, ServiceLevel};
        ///
        /// assert_eq!(Condition::builder().from_level(ServiceLevel::Exclusive).build().min_level(), ServiceLevel::Exclusive);
        /// ```
        fn from_level(level: ServiceLevel) { condition.min_level = level }

        /// Excludes channels with any of these capabilities: "not face to face"
        /// is `except_capabilities([Capability::StaffSeen])`, "not live" is
        /// `except_capabilities([Capability::Synchronous])`.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{model::Capability, Channel, Condition};
        ///
        /// let deferred = Condition::builder().except_capabilities([Capability::Synchronous]).build();
        /// assert!(!deferred.reachable_channels().contains(Channel::Telephone));
        /// assert!(deferred.reachable_channels().contains(Channel::Email));
        /// ```
        fn except_capabilities(capabilities: impl IntoIterator<Item = Capability>) { condition.except_capabilities.extend(capabilities) }

        /// Excludes these channels.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Channel, Condition};
        ///
        /// let c = Condition::builder().except_channels([Channel::FaceToFace]).build();
        /// assert_eq!(c.reachable_channels().len(), 12);
        /// ```
        fn except_channels(channels: impl IntoIterator<Item = Channel>) { condition.except_channels.extend(channels) }

        /// Excludes these kinds of moment.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Condition, MomentKind};
        ///
        /// let c = Condition::builder().except_moments([MomentKind::Delivery]).build();
        /// assert!(c.excluded_moments().contains(MomentKind::Delivery));
        /// ```
        fn except_moments(moments: impl IntoIterator<Item = MomentKind>) { condition.except_moments.extend(moments) }

        /// Excludes steps that name any of these characteristics: "not
        /// where staff listen and ask" is
        /// `except_characteristics([Characteristic::Attentive])`.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{model::Characteristic, Condition};
        ///
        /// let c = Condition::builder().except_characteristics([Characteristic::Attentive]).build();
        /// assert!(c.excluded_characteristics().contains(Characteristic::Attentive));
        /// assert!(!c.tests_nothing());
        /// ```
        fn except_characteristics(characteristics: impl IntoIterator<Item = Characteristic>) { condition.except_characteristics.extend(characteristics) }

        /// Only steps this party starts: [`Initiator::Customer`] for inbound
        /// contacts (reply and answer deadlines), [`Initiator::Company`] for
        /// outbound ones (confirmations, reminders, call-backs).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Condition, model::Initiator};
        ///
        /// assert_eq!(Condition::builder().started_by(Initiator::Customer).build().started_by(), Some(Initiator::Customer));
        /// ```
        fn started_by(initiator: Initiator) { condition.started_by = Some(initiator) }

        /// Only steps that open a contact ("answer within three rings" belongs
        /// to the step that opens a call, not to every later step of it).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::Condition;
        ///
        /// assert!(Condition::builder().opening().build().opening_only());
        /// ```
        fn opening() { condition.opening = true }

        /// Only steps within this scope of the model's own ids (for a
        /// business's own rules: "every step of check-out").
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Condition, rules::Scope};
        ///
        /// let c = Condition::builder().scope(Scope::new().phases(["check-out"])).build();
        /// assert!(!c.tests_nothing());
        /// ```
        fn scope(scope: Scope) { condition.scope = Some(scope) }

        /// Only models of the trade's pack with this id (a
        /// [`Pack`](crate::rules::Pack) sets it on each of its rules); the
        /// id is checked when the rule is built.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Condition, MomentKind};
        ///
        /// let c = Condition::builder().pack("restaurant").moments([MomentKind::Billing]).build();
        /// assert_eq!(c.pack(), Some("restaurant"));
        /// ```
        fn pack(id: impl Into<String>) { condition.pack = Some(id.into()) }

        /// Only steps at one of these places ("complete the transaction at
        /// the desk" belongs at a desk).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Condition, model::Place};
        ///
        /// assert!(Condition::builder().places([Place::Desk]).build().places().contains(Place::Desk));
        /// ```
        fn places(places: impl IntoIterator<Item = Place>) { condition.places.extend(places) }

        /// Only steps at none of these places; a step whose place is not
        /// said passes ("walk the customer to where they will be served"
        /// is no gesture for someone already at the desk).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Condition, model::Place};
        ///
        /// let c = Condition::builder().except_places([Place::Desk, Place::Counter]).build();
        /// assert!(c.excluded_places().contains(Place::Counter));
        /// ```
        fn except_places(places: impl IntoIterator<Item = Place>) { condition.except_places.extend(places) }

        /// Only steps that do one of these with data ("record names and
        /// amounts without error" belongs where something is recorded).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Condition, model::DataUse};
        ///
        /// assert!(Condition::builder().data([DataUse::Records]).build().data().contains(DataUse::Records));
        /// ```
        fn data(uses: impl IntoIterator<Item = DataUse>) { condition.data.extend(uses) }

        /// Only steps that hand over one of these valuables.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Condition, model::Valuable};
        ///
        /// assert_eq!(Condition::builder().hands_over([Valuable::Keys]).build().hands_over().len(), 1);
        /// ```
        fn hands_over(valuables: impl IntoIterator<Item = Valuable>) { condition.hands_over.extend(valuables) }

        /// Only steps that come after a step of one of these kinds in their
        /// phase ("send the confirmation of the order" after the order is
        /// taken, not with a later notice).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Condition, MomentKind};
        ///
        /// let c = Condition::builder().after_in_phase([MomentKind::OrderTaking]).build();
        /// assert!(!c.tests_nothing());
        /// ```
        fn after_in_phase(moments: impl IntoIterator<Item = MomentKind>) { condition.after_in_phase.extend(moments) }

        /// Only steps that come after a step of one of these kinds in their
        /// sequence ("ask for feedback" after the service, not with the
        /// reminder before it).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Condition, MomentKind};
        ///
        /// let c = Condition::builder().after_in_sequence([MomentKind::Welcome, MomentKind::Delivery]).build();
        /// assert_eq!(c.after_in_sequence().len(), 2);
        /// ```
        fn after_in_sequence(moments: impl IntoIterator<Item = MomentKind>) { condition.after_in_sequence.extend(moments) }

        /// Only steps that come after no step of these kinds in their
        /// phase ("answer within three rings" where the call rings, not
        /// after it waited in a queue).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{Condition, MomentKind};
        ///
        /// let c = Condition::builder().except_after_in_phase([MomentKind::Waiting]).build();
        /// assert!(c.excluded_after_in_phase().contains(MomentKind::Waiting));
        /// assert!(!c.tests_nothing());
        /// ```
        fn except_after_in_phase(moments: impl IntoIterator<Item = MomentKind>) { condition.except_after_in_phase.extend(moments) }

        /// Only steps where a loss is serious ([`Step::is_serious`]): where
        /// the target is zero defects, every time.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::Condition;
        ///
        /// assert!(Condition::builder().serious().build().serious_only());
        /// ```
        fn serious() { condition.serious = true }

        /// Only steps where a loss is not serious ([`Step::is_serious`]):
        /// where a share of cases is a fair target, as for dishes served
        /// as ordered, but not for cash paid out or a bag handed back.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::Condition;
        ///
        /// assert!(Condition::builder().except_serious().build().excludes_serious());
        /// ```
        fn except_serious() { condition.except_serious = true }

        /// Only steps where a person deals with the customer, not a system
        /// ([`Step::is_automatic`]): "check every message by hand before it
        /// is sent" is for a person writing it, not for an automatic one.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::Condition;
        ///
        /// assert!(Condition::builder().staffed().build().staffed_only());
        /// ```
        fn staffed() { condition.staffed = true }
    }

    /// Requires profile factors: for each factor named, one of its values given here.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::CapacityControl as C, Condition, model::Factor};
    ///
    /// let c = Condition::builder().factors([Factor::CapacityControl(C::Queues), Factor::CapacityControl(C::ReservationsAndQueues)]).build();
    /// assert_eq!(c.factors().len(), 2);
    /// ```
    #[must_use]
    pub fn factors(mut self, factors: impl IntoIterator<Item = Factor>) -> Self {
        for factor in factors {
            if !self.condition.factors.contains(&factor) {
                self.condition.factors.push(factor);
            }
        }
        self.condition.factors.sort_unstable();
        self
    }

    /// The condition. Every combination of clauses can be built; a rule
    /// refuses one that tests nothing or that no channel can satisfy.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Condition;
    ///
    /// assert!(Condition::builder().build().tests_nothing());
    /// ```
    #[must_use]
    pub fn build(self) -> Condition {
        self.condition
    }
}

/// A builder's condition, so [`RuleBuilder::when`](crate::rules::RuleBuilder::when)
/// takes either.
impl From<ConditionBuilder> for Condition {
    fn from(builder: ConditionBuilder) -> Self {
        builder.build()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{model::CapacityControl, model::Risk};

    #[test]
    fn every_factor_kind_named_must_hold() {
        let when = Condition::builder()
            .factors([
                Factor::CapacityControl(CapacityControl::Queues),
                Factor::Risk(Risk::High),
                Factor::Complexity(crate::model::Complexity::Complex),
            ])
            .build();
        let brand = Brand::default();
        let all = ServiceProfile::builder()
            .capacity(CapacityControl::Queues)
            .risk(Risk::High)
            .complexity(crate::model::Complexity::Complex)
            .build();
        assert!(when.holds_for(&all, &brand, ServiceLevel::Basic));
        let one_off =
            ServiceProfile::builder().factor(Factor::Complexity(crate::model::Complexity::Simple)).build();
        let two_of_three = ServiceProfile::builder()
            .capacity(CapacityControl::Queues)
            .risk(Risk::High)
            .complexity(crate::model::Complexity::Simple)
            .build();
        assert!(!when.holds_for(&one_off, &brand, ServiceLevel::Basic));
        assert!(!when.holds_for(&two_of_three, &brand, ServiceLevel::Basic));
        // Values of one factor are alternatives.
        let either =
            Condition::builder().factors([Factor::Risk(Risk::High), Factor::Risk(Risk::Moderate)]).build();
        let moderate = ServiceProfile::builder().risk(Risk::Moderate).build();
        assert!(either.holds_for(&moderate, &brand, ServiceLevel::Basic));
        assert!(!either.holds_for(&ServiceProfile::default(), &brand, ServiceLevel::Basic));
    }

    #[test]
    fn an_excluded_characteristic_keeps_the_step_out() {
        use crate::model::{Phase, Sequence, ServiceModel, Step};
        let model = ServiceModel::builder("Shop")
            .sequence(
                Sequence::builder("visit", "Visit").phase(
                    Phase::builder("advice", "Advice")
                        .channels([Channel::FaceToFace])
                        .step(
                            Step::builder("needs", "Assistant asks what it is for")
                                .moment(MomentKind::Consultation)
                                .characteristics([Characteristic::Attentive, Characteristic::Knowledgeable]),
                        )
                        .step(
                            Step::builder("explain", "Assistant explains the options")
                                .moment(MomentKind::Consultation)
                                .characteristics([Characteristic::Clear, Characteristic::Knowledgeable]),
                        ),
                ),
            )
            .build()
            .unwrap();
        let step = |path: &str| model.step(&path.parse().unwrap()).unwrap().step();
        let when = Condition::builder()
            .moments([MomentKind::Consultation])
            .except_characteristics([Characteristic::Attentive])
            .build();
        assert!(when.tests_step_facts());
        assert!(!when.step_facts_hold(step("visit/advice/needs")));
        assert!(when.step_facts_hold(step("visit/advice/explain")));
        assert_eq!(when.specificity(), 2);
        // Naming only what is excluded matches nothing: the rule is refused.
        let never = crate::rules::Rule::builder("never")
            .concern("advice")
            .kind(crate::model::StandardKind::PersonalContact)
            .dimension(crate::model::QualityDimension::Empathy)
            .statement("Listen")
            .when(
                Condition::builder()
                    .characteristics([Characteristic::Attentive])
                    .except_characteristics([Characteristic::Attentive]),
            )
            .targets(crate::standard::LevelTargets::same(crate::standard::Target::Always))
            .build();
        let said = never.unwrap_err().to_string();
        assert!(said.contains("every characteristic named is excluded: attentive"), "{said}");
    }

    #[test]
    fn an_excluded_earlier_kind_keeps_the_step_out() {
        let rings = Condition::builder()
            .channels([Channel::Telephone])
            .except_after_in_phase([MomentKind::Waiting])
            .build();
        assert!(rings.tests_position());
        assert!(rings.position_holds(EnumSet::new(), [MomentKind::Waiting].into_iter().collect()));
        assert!(rings.position_holds([MomentKind::Welcome].into_iter().collect(), EnumSet::new()));
        assert!(!rings.position_holds(
            [MomentKind::Welcome, MomentKind::Waiting].into_iter().collect(),
            EnumSet::new()
        ));
        assert_eq!(rings.specificity(), 2);
        // Asking for a kind before the step and excluding it matches nothing.
        let never = crate::rules::Rule::builder("never")
            .concern("speed-of-answer")
            .kind(crate::model::StandardKind::Procedure)
            .dimension(crate::model::QualityDimension::Responsiveness)
            .statement("Answer")
            .when(
                Condition::builder()
                    .after_in_phase([MomentKind::Waiting])
                    .except_after_in_phase([MomentKind::Waiting]),
            )
            .targets(crate::standard::LevelTargets::same(crate::standard::Target::Always))
            .build();
        let said = never.unwrap_err().to_string();
        assert!(said.contains("every earlier kind named is excluded: waiting"), "{said}");
    }

    #[test]
    fn level_and_emotions_are_model_wide_clauses() {
        let when = Condition::builder().emotions([Emotion::Calm]).from_level(ServiceLevel::Expected).build();
        let calm = Brand::builder().emotions([Emotion::Calm]).build().unwrap();
        let profile = ServiceProfile::default();
        assert!(when.holds_for(&profile, &calm, ServiceLevel::Expected));
        assert!(!when.holds_for(&profile, &calm, ServiceLevel::Basic));
        assert!(!when.holds_for(&profile, &Brand::default(), ServiceLevel::Exclusive));
    }
}
