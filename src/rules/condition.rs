//! What a rule tests before it produces a standard.

use crate::{
    Brand, Capability, Channel, Characteristic, Emotion, EnumSet, Factor, FactorKind, MomentKind,
    ServiceLevel, ServiceProfile, Vocabulary,
};

/// When a rule applies. Every clause that is given must hold; a clause left
/// empty tests nothing:
///
/// - `capabilities`: the standard reaches only channels that have all of them;
/// - `channels`: the standard reaches only these channels;
/// - `moments`: the step is one of these kinds of moment;
/// - `characteristics`: the step names at least one of them;
/// - `factors`: for every factor named, the profile has one of the values given;
/// - `emotions`: the brand evokes at least one of them;
/// - `min_level`: the standards are derived at this level or above.
///
/// A condition that tests nothing, or that no channel can satisfy, is
/// rejected when its rule is built.
///
/// # Examples
///
/// ```
/// use service_standards::{Capability, Channel, Condition, MomentKind};
///
/// let when = Condition::new()
///     .capabilities([Capability::StaffHeard])
///     .moments([MomentKind::Welcome]);
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
}

#[cfg(feature = "serde")]
#[allow(clippy::trivially_copy_pass_by_ref, reason = "serde passes a reference")]
fn is_basic(level: &ServiceLevel) -> bool {
    *level == ServiceLevel::Basic
}

/// The same as [`Condition::new`]: no clause, from the basic level.
impl Default for Condition {
    fn default() -> Self {
        Self::new()
    }
}

impl Condition {
    /// A condition that tests nothing yet (not valid in a rule until a clause is added).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Condition, ServiceLevel};
    ///
    /// assert!(Condition::new().tests_nothing());
    /// assert_eq!(Condition::new().min_level(), ServiceLevel::Basic);
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self {
            capabilities: EnumSet::new(),
            channels: EnumSet::new(),
            moments: EnumSet::new(),
            characteristics: EnumSet::new(),
            factors: Vec::new(),
            emotions: EnumSet::new(),
            min_level: ServiceLevel::Basic,
        }
    }

    /// Requires channels with all of these capabilities.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Capability, Condition};
    ///
    /// let c = Condition::new().capabilities([Capability::StaffSeen]);
    /// assert!(c.capability_set().contains(Capability::StaffSeen));
    /// ```
    #[must_use]
    pub fn capabilities(mut self, capabilities: impl IntoIterator<Item = Capability>) -> Self {
        self.capabilities.extend(capabilities);
        self
    }

    /// Requires one of these channels.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, Condition};
    ///
    /// let c = Condition::new().channels([Channel::Email]);
    /// assert_eq!(c.reachable_channels().len(), 1);
    /// ```
    #[must_use]
    pub fn channels(mut self, channels: impl IntoIterator<Item = Channel>) -> Self {
        self.channels.extend(channels);
        self
    }

    /// Requires one of these kinds of moment.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Condition, MomentKind};
    ///
    /// let c = Condition::new().moments([MomentKind::Billing]);
    /// assert!(c.moment_set().contains(MomentKind::Billing));
    /// ```
    #[must_use]
    pub fn moments(mut self, moments: impl IntoIterator<Item = MomentKind>) -> Self {
        self.moments.extend(moments);
        self
    }

    /// Requires the step to name one of these characteristics.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Characteristic, Condition};
    ///
    /// let c = Condition::new().characteristics([Characteristic::Friendly]);
    /// assert_eq!(c.characteristic_set().len(), 1);
    /// ```
    #[must_use]
    pub fn characteristics(mut self, characteristics: impl IntoIterator<Item = Characteristic>) -> Self {
        self.characteristics.extend(characteristics);
        self
    }

    /// Requires profile factors: for each factor named, one of its values given here.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{CapacityControl as C, Condition, Factor};
    ///
    /// let c = Condition::new().factors([Factor::Capacity(C::Queues), Factor::Capacity(C::ReservationsAndQueues)]);
    /// assert_eq!(c.factor_list().len(), 2);
    /// ```
    #[must_use]
    pub fn factors(mut self, factors: impl IntoIterator<Item = Factor>) -> Self {
        for factor in factors {
            if !self.factors.contains(&factor) {
                self.factors.push(factor);
            }
        }
        self.factors.sort_unstable();
        self
    }

    /// Requires the brand to evoke one of these emotions.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Condition, Emotion};
    ///
    /// let c = Condition::new().emotions([Emotion::Delight]);
    /// assert!(c.emotion_set().contains(Emotion::Delight));
    /// ```
    #[must_use]
    pub fn emotions(mut self, emotions: impl IntoIterator<Item = Emotion>) -> Self {
        self.emotions.extend(emotions);
        self
    }

    /// Applies only when standards are derived at `level` or above.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Condition, ServiceLevel};
    ///
    /// assert_eq!(Condition::new().from_level(ServiceLevel::Exclusive).min_level(), ServiceLevel::Exclusive);
    /// ```
    #[must_use]
    pub fn from_level(mut self, level: ServiceLevel) -> Self {
        self.min_level = level;
        self
    }

    /// The capabilities required.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Condition;
    ///
    /// assert!(Condition::new().capability_set().is_empty());
    /// ```
    #[must_use]
    pub fn capability_set(&self) -> EnumSet<Capability> {
        self.capabilities
    }

    /// The channels named (empty: any channel with the capabilities).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Condition;
    ///
    /// assert!(Condition::new().channel_set().is_empty());
    /// ```
    #[must_use]
    pub fn channel_set(&self) -> EnumSet<Channel> {
        self.channels
    }

    /// The kinds of moment named (empty: any).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Condition;
    ///
    /// assert!(Condition::new().moment_set().is_empty());
    /// ```
    #[must_use]
    pub fn moment_set(&self) -> EnumSet<MomentKind> {
        self.moments
    }

    /// The characteristics named (empty: any).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Condition;
    ///
    /// assert!(Condition::new().characteristic_set().is_empty());
    /// ```
    #[must_use]
    pub fn characteristic_set(&self) -> EnumSet<Characteristic> {
        self.characteristics
    }

    /// The factors named, sorted.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Condition;
    ///
    /// assert!(Condition::new().factor_list().is_empty());
    /// ```
    #[must_use]
    pub fn factor_list(&self) -> &[Factor] {
        &self.factors
    }

    /// The emotions named (empty: any brand).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Condition;
    ///
    /// assert!(Condition::new().emotion_set().is_empty());
    /// ```
    #[must_use]
    pub fn emotion_set(&self) -> EnumSet<Emotion> {
        self.emotions
    }

    /// The lowest level at which the rule applies.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Condition, ServiceLevel};
    ///
    /// assert_eq!(Condition::new().min_level(), ServiceLevel::Basic);
    /// ```
    #[must_use]
    pub fn min_level(&self) -> ServiceLevel {
        self.min_level
    }

    /// Whether no clause is given (the level alone does not count).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, Condition};
    ///
    /// assert!(!Condition::new().channels([Channel::Fax]).tests_nothing());
    /// ```
    #[must_use]
    pub fn tests_nothing(&self) -> bool {
        self.capabilities.is_empty()
            && self.channels.is_empty()
            && self.moments.is_empty()
            && self.characteristics.is_empty()
            && self.factors.is_empty()
            && self.emotions.is_empty()
    }

    /// The channels a standard of this condition can reach: those named (or
    /// all) that have every required capability.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Capability, Channel, Condition};
    ///
    /// let never = Condition::new().channels([Channel::Email]).capabilities([Capability::StaffSeen]);
    /// assert!(never.reachable_channels().is_empty());
    /// ```
    #[must_use]
    pub fn reachable_channels(&self) -> EnumSet<Channel> {
        let named = if self.channels.is_empty() { EnumSet::all() } else { self.channels };
        named.iter().filter(|c| self.capabilities.is_subset(c.capabilities())).collect()
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

    /// The first characteristic of the rule that the step names, in declared order.
    pub(crate) fn first_characteristic(&self, step: EnumSet<Characteristic>) -> Option<Characteristic> {
        self.characteristics.intersection(step).first()
    }

    /// The first factor of the rule that the profile has.
    pub(crate) fn first_factor(&self, profile: &ServiceProfile) -> Option<Factor> {
        self.factors.iter().copied().find(|f| profile.has(*f))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{CapacityControl, Risk, Vocabulary};

    #[test]
    fn every_factor_kind_named_must_hold() {
        let when = Condition::new().factors([
            Factor::Capacity(CapacityControl::Queues),
            Factor::Risk(Risk::High),
            Factor::Complexity(crate::Complexity::Complex),
        ]);
        let brand = Brand::default();
        let all = ServiceProfile::builder()
            .capacity(CapacityControl::Queues)
            .risk(Risk::High)
            .complexity(crate::Complexity::Complex)
            .build();
        assert!(when.holds_for(&all, &brand, ServiceLevel::Basic));
        let one_off = ServiceProfile::builder().factor(Factor::Complexity(crate::Complexity::Simple)).build();
        let two_of_three = ServiceProfile::builder()
            .capacity(CapacityControl::Queues)
            .risk(Risk::High)
            .complexity(crate::Complexity::Simple)
            .build();
        assert!(!when.holds_for(&one_off, &brand, ServiceLevel::Basic));
        assert!(!when.holds_for(&two_of_three, &brand, ServiceLevel::Basic));
        // Values of one factor are alternatives.
        let either = Condition::new().factors([Factor::Risk(Risk::High), Factor::Risk(Risk::Moderate)]);
        let moderate = ServiceProfile::builder().risk(Risk::Moderate).build();
        assert!(either.holds_for(&moderate, &brand, ServiceLevel::Basic));
        assert!(!either.holds_for(&ServiceProfile::default(), &brand, ServiceLevel::Basic));
    }

    #[test]
    fn level_and_emotions_are_model_wide_clauses() {
        let when = Condition::new().emotions([Emotion::Calm]).from_level(ServiceLevel::Expected);
        let calm = Brand::builder().emotion(Emotion::Calm).build().unwrap();
        let profile = ServiceProfile::default();
        assert!(when.holds_for(&profile, &calm, ServiceLevel::Expected));
        assert!(!when.holds_for(&profile, &calm, ServiceLevel::Basic));
        assert!(!when.holds_for(&profile, &Brand::default(), ServiceLevel::Exclusive));
    }

    #[test]
    fn the_first_characteristic_is_in_declared_order() {
        let when = Condition::new().characteristics([Characteristic::Prompt, Characteristic::Friendly]);
        let step: EnumSet<Characteristic> =
            [Characteristic::Prompt, Characteristic::Friendly].into_iter().collect();
        assert_eq!(when.first_characteristic(step), Some(Characteristic::Friendly));
        assert_eq!(when.first_characteristic(EnumSet::from([Characteristic::Clear])), None);
        assert!(Characteristic::Friendly.index() < Characteristic::Prompt.index());
    }
}
