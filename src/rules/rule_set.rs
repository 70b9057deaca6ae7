//! A validated set of rules, indexed for derivation.

use std::{
    collections::HashSet,
    sync::{Arc, OnceLock},
};

use crate::{
    error::Entity, error::Error, error::Problem, model::Channel, model::Characteristic, model::Emotion,
    model::EnumSet, model::Factor, model::Id, model::ServiceLevel, model::ServiceModel, model::Vocabulary,
    packs::ids::BUILTIN, rules::Rule, rules::RuleBuilder, standard::wording::nouns::Nouns,
    validate::Violations,
};

#[cfg(feature = "serde")]
use crate::rules::rule::RuleRecord;

/// A validated set of [`Rule`]s with unique ids, kept sorted by id.
/// [`derive`](Self::derive) lists, once per derivation, the rules that can
/// match each kind of step, so that a step only looks at those.
///
/// Start from the built-in [`catalogue`](Self::catalogue), build your own
/// with [`builder`](Self::builder), load one from JSON or TOML (with the
/// same checks), and [`merge`](Self::merge) them.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let mine = RuleSet::builder()
///     .rule(Rule::builder("thank-in-every-invoice")
///         .when(Condition::builder().moments([MomentKind::Billing]).capabilities([Capability::Written]))
///         .kind(StandardKind::PersonalContact)
///         .dimension(QualityDimension::Empathy)
///         .statement("End every invoice letter with a personal word of thanks")
///         .targets(LevelTargets::same(Target::Always)))
///     .build()?;
/// let all = RuleSet::catalogue().merge(&mine)?;
/// assert_eq!(all.len(), RuleSet::catalogue().len() + 1);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct RuleSet {
    pub(crate) rules: Vec<Rule>,
    pub(crate) index: Index,
    /// The users' packs added ([`RuleSet::with_pack`]), by id.
    pub(crate) packs: Vec<AddedPack>,
}

/// What a rule set keeps of a pack added to it: its id and its words (its
/// rules are merged into the set's).
#[derive(Debug, Clone)]
pub(crate) struct AddedPack {
    pub(crate) id: Id,
    pub(crate) words: Arc<Nouns>,
}

/// What derivation needs of a rule set beyond its rules: each rule's
/// concern by number, and the clauses a model as a whole can fail, kept
/// side by side.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    /// For each rule (by position), the number of its concern, shared by
    /// the rules of that concern, so derivation compares concerns without
    /// comparing text.
    concern: Vec<ConcernNo>,
    /// How many concerns there are: every number in `concern` is below it.
    concerns: usize,
    /// For each rule (by position), its [`Gate`].
    gate: Vec<Gate>,
}

/// The clauses of a rule that a model as a whole can fail, copied out of
/// the rule: listing the candidates of a derivation reads these small
/// records one after the other, and a whole rule only where they pass, so
/// that thousands of rules that cannot match cost little memory traffic.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Gate {
    /// The levels the rule has a target at.
    levels: EnumSet<ServiceLevel>,
    /// The lowest level the rule's condition allows.
    min_level: ServiceLevel,
    /// The channels the rule can reach.
    reach: EnumSet<Channel>,
    /// The characteristics it wants, one of which some step must have.
    characteristics: EnumSet<Characteristic>,
    /// The brand emotions it wants, one of which the brand must have.
    emotions: EnumSet<Emotion>,
    /// Per factor kind, a bit for each value the rule names (none: no
    /// clause on that factor); the profile must have one of each kind named.
    factors: FactorBits,
}

/// Per factor kind (in [`FactorKind`](crate::model::FactorKind) order), a
/// bit per value: the values a rule names, or the one a profile has.
pub(crate) type FactorBits = [u8; 9];

/// The bit of each factor value in `factors`, per kind.
pub(crate) fn factor_bits(factors: impl IntoIterator<Item = Factor>) -> FactorBits {
    let mut bits = [0u8; 9];
    for f in factors {
        if let Some(kind) = bits.get_mut(f.kind().index()) {
            *kind |= 1u8.checked_shl(u32::try_from(f.value_index()).unwrap_or(u32::MAX)).unwrap_or(0);
        }
    }
    bits
}

impl Gate {
    fn of(rule: &Rule) -> Self {
        let targets = rule.template().targets();
        Self {
            levels: ServiceLevel::ALL.iter().copied().filter(|&l| targets.get(l).is_some()).collect(),
            min_level: rule.condition.min_level(),
            reach: rule.reach,
            characteristics: rule.condition.characteristics(),
            emotions: rule.condition.emotions(),
            factors: factor_bits(rule.condition.factors().iter().copied()),
        }
    }

    /// Whether a rule with this gate can match a step of a model whose
    /// steps use `channels` and name `characteristics`, and whose brand
    /// has `emotions`, whose profile has the factors of `profile` (by
    /// [`factor_bits`]), at `level`: false only where the rule's own
    /// clauses would be false too.
    pub(crate) fn opens(
        &self,
        level: ServiceLevel,
        channels: EnumSet<Channel>,
        characteristics: EnumSet<Characteristic>,
        emotions: EnumSet<Emotion>,
        profile: &FactorBits,
    ) -> bool {
        self.factors_hold(profile)
            && self.levels.contains(level)
            && level >= self.min_level
            && !self.reach.is_disjoint(channels)
            && (self.characteristics.is_empty() || !self.characteristics.is_disjoint(characteristics))
            && (self.emotions.is_empty() || !self.emotions.is_disjoint(emotions))
    }
}

impl Gate {
    /// Whether a profile whose factors are `profile` (by [`factor_bits`])
    /// has, for each factor kind the rule names, one of the values named.
    fn factors_hold(&self, profile: &FactorBits) -> bool {
        self.factors.iter().zip(profile).all(|(named, has)| *named == 0 || named & has != 0)
    }
}

impl Index {
    pub(crate) fn new(rules: &[Rule]) -> Self {
        let mut numbers: std::collections::HashMap<&str, ConcernNo> = std::collections::HashMap::new();
        let concern = rules
            .iter()
            .map(|r| {
                let next = ConcernNo::new(numbers.len());
                *numbers.entry(r.concern().as_str()).or_insert(next)
            })
            .collect();
        let gate = rules.iter().map(Gate::of).collect();
        Self { concern, concerns: numbers.len(), gate }
    }
}

/// A rule's position in its set. The set keeps its rules sorted by id, so
/// positions order rules as their ids do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct RulePos(u32);

/// A concern's number in a rule set: the rules of one concern share it,
/// and every number is below the set's count of concerns
/// ([`RuleSet::concerns`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct ConcernNo(u32);

/// Narrows a position or a count to the 32 bits positions are kept in. A
/// set of more than 2³² rules does not fit in memory (a rule takes more
/// than a hundred bytes), so the fallback is never taken.
fn narrow(n: usize) -> u32 {
    debug_assert!(u32::try_from(n).is_ok(), "{n} does not fit a rule position");
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl RulePos {
    /// The position.
    pub(crate) fn get(self) -> u32 {
        self.0
    }
}

impl ConcernNo {
    fn new(n: usize) -> Self {
        Self(narrow(n))
    }

    /// The number, to index a table with a slot per concern.
    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }
}

/// A rule of a set with its position there and its concern's number.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RuleRef<'a> {
    pub(crate) rule: &'a Rule,
    pub(crate) pos: RulePos,
    pub(crate) concern: ConcernNo,
}

impl RuleSet {
    /// Every rule with its position and its concern's number, in order.
    /// Each rule's [`Gate`], by position, as [`positioned`](Self::positioned) lists the rules.
    pub(crate) fn gates(&self) -> &[Gate] {
        debug_assert_eq!(self.rules.len(), self.index.gate.len(), "a gate for each rule");
        &self.index.gate
    }

    pub(crate) fn positioned(&self) -> impl Iterator<Item = RuleRef<'_>> {
        debug_assert_eq!(self.rules.len(), self.index.concern.len(), "a concern number for each rule");
        self.rules.iter().zip(&self.index.concern).enumerate().map(|(n, (rule, &concern))| RuleRef {
            rule,
            pos: RulePos(narrow(n)),
            concern,
        })
    }

    /// How many concerns the rules have: every [`ConcernNo`] is below it.
    pub(crate) fn concerns(&self) -> usize {
        self.index.concerns
    }
}

impl PartialEq for RuleSet {
    fn eq(&self, other: &Self) -> bool {
        self.rules == other.rules
    }
}

impl Eq for RuleSet {}

impl RuleSet {
    /// A builder for a rule set.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// assert!(RuleSet::builder().build()?.is_empty());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn builder() -> RuleSetBuilder {
        RuleSetBuilder::default()
    }

    /// The built-in catalogue: the domain's knowledge of good service as
    /// rules (channel emphasis, the three kinds and levels of standard, the
    /// nine factors of the service function, brand emotions, every
    /// department's correspondence). Built once, then cloned cheaply.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// assert!(RuleSet::catalogue().len() >= 80);
    /// ```
    #[must_use]
    pub fn catalogue() -> Self {
        Self::shared_catalogue().clone()
    }

    /// The catalogue, built once and shared.
    fn shared_catalogue() -> &'static Self {
        static CATALOGUE: OnceLock<RuleSet> = OnceLock::new();
        CATALOGUE.get_or_init(|| {
            // The catalogue is checked by a test; a broken one would be empty, never a panic.
            RuleSetBuilder { rules: super::catalogue::rules() }.build_catalogue().unwrap_or_default()
        })
    }

    /// The rules, sorted by id.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// let ids: Vec<_> = RuleSet::catalogue().rules().map(|r| r.id().clone()).collect();
    /// assert!(ids.windows(2).all(|w| w[0] < w[1]));
    /// ```
    pub fn rules(&self) -> impl ExactSizeIterator<Item = &Rule> {
        self.rules.iter()
    }

    /// The rule with this id.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// assert!(RuleSet::catalogue().rule("no-such-rule").is_none());
    /// ```
    #[must_use]
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.binary_search_by(|r| r.id().as_str().cmp(id)).ok().and_then(|i| self.rules.get(i))
    }

    /// How many rules the set holds.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// assert_eq!(RuleSet::default().len(), 0);
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// Whether the set is empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// assert!(RuleSet::default().is_empty());
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// A builder holding these rules, to change them.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// let catalogue = RuleSet::catalogue();
    /// assert_eq!(catalogue.to_builder().build()?, catalogue);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn to_builder(&self) -> RuleSetBuilder {
        RuleSetBuilder { rules: self.rules.iter().map(Rule::to_builder).collect() }
    }

    /// This set with `other`'s rules added. A rule of `other` whose id is
    /// already here replaces it only if it is marked
    /// [`overriding`](RuleBuilder::overriding): overrides are explicit, never silent.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::RuleSetMerge`](crate::error::Entity::RuleSetMerge) listing every rule of
    /// `other` that clashes with a rule here without being marked as an
    /// override ([`Problem::AlreadyDefined`]), and every rule marked as an
    /// override with nothing to override ([`Problem::NothingToOverride`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let base = RuleSet::catalogue();
    /// let phone = base.rule("phone-answer").unwrap();
    /// let stricter = RuleSet::builder()
    ///     .rule(phone.to_builder().target(ServiceLevel::Exclusive, Target::WithinRings(1)).overriding())
    ///     .build()?;
    /// let merged = base.merge(&stricter)?;
    /// assert_eq!(merged.len(), base.len());
    /// assert_eq!(
    ///     merged.rule("phone-answer").unwrap().template().targets().get(ServiceLevel::Exclusive),
    ///     Some(Target::WithinRings(1))
    /// );
    ///
    /// let clash = RuleSet::builder().rule(phone.to_builder()).build()?;
    /// let err = base.merge(&clash).unwrap_err();
    /// assert_eq!(err.violations()[0].problem(), &Problem::AlreadyDefined);
    /// # Ok::<(), Error>(())
    /// ```
    pub fn merge(&self, other: &Self) -> Result<Self, Error> {
        let mut v = Violations::default();
        let mut rules = self.rules.clone();
        for rule in &other.rules {
            let path = format!("rules/{}", rule.id());
            match (self.rule(rule.id().as_str()).is_some(), rule.overrides) {
                (true, true) => {
                    // `rules` starts as this set's, sorted by id, and new
                    // rules go after them: the one to override is found by
                    // halving, not by a scan per overriding rule.
                    let known = rules.get_mut(..self.rules.len()).unwrap_or_default();
                    if let Ok(at) = known.binary_search_by(|r| r.id().cmp(rule.id())) {
                        if let Some(slot) = known.get_mut(at) {
                            *slot = rule.clone();
                        }
                    }
                }
                (true, false) => v.push(path, Problem::AlreadyDefined, rule.id().as_str()),
                (false, true) => v.push(path, Problem::NothingToOverride, rule.id().as_str()),
                (false, false) => rules.push(rule.clone()),
            }
        }
        if !v.is_empty() {
            return Err(v.into_error(Entity::RuleSetMerge));
        }
        rules.sort_by(|a, b| a.id().cmp(b.id()));
        let index = Index::new(&rules);
        Ok(Self { rules, index, packs: self.packs.clone() })
    }

    /// Whether the set knows the pack `id`: one added to it
    /// ([`with_pack`](Self::with_pack)) or a built-in pack
    /// ([`Pack::builtin`](crate::rules::Pack::builtin)).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::RuleSet;
    ///
    /// let rules = RuleSet::catalogue();
    /// assert!(rules.knows_pack("restaurant"));
    /// assert!(!rules.knows_pack("bakery"));
    /// ```
    #[must_use]
    pub fn knows_pack(&self, id: &str) -> bool {
        self.added_words(id).is_some() || BUILTIN.contains(&id)
    }

    /// The words of the pack with this id added to the set, if any.
    pub(crate) fn added_words(&self, id: &str) -> Option<&Arc<Nouns>> {
        self.packs.iter().find(|p| p.id.as_str() == id).map(|p| &p.words)
    }

    /// Checks that the set knows the pack `model` names
    /// ([`knows_pack`](Self::knows_pack)): a model naming a pack the set does not know
    /// is derived with the general words and rules alone, and this says so.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::ServiceModel`](crate::error::Entity::ServiceModel)
    /// with a [`Problem::UnknownPack`] at `pack`, quoting the pack's id.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let model = ServiceModel::builder("Corner Bakery").pack("bakery").build()?;
    /// let err = RuleSet::catalogue().check_pack(&model).unwrap_err();
    /// assert_eq!(err.violations()[0].to_string(), "pack: unknown pack `bakery`");
    /// let model = model.to_builder().pack("restaurant").build()?;
    /// assert!(RuleSet::catalogue().check_pack(&model).is_ok());
    /// # Ok::<(), Error>(())
    /// ```
    pub fn check_pack(&self, model: &ServiceModel) -> Result<(), Error> {
        if self.knows_pack(model.pack().as_str()) {
            return Ok(());
        }
        let mut v = Violations::default();
        v.push("pack", Problem::UnknownPack, model.pack().as_str());
        Err(v.into_error(Entity::ServiceModel))
    }
}

/// Builds a [`RuleSet`]; [`build`](Self::build) checks every rule and
/// reports every problem at once.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// // Every rule is checked, and every problem reported at once: this id is
/// // not a slug, and the kind, dimension, statement, condition and the
/// // three levels' targets are missing.
/// let err = RuleSet::builder().rule(Rule::builder("Bad Id")).build().unwrap_err();
/// let first = err.violations()[0].to_string();
/// assert_eq!(first, "rules/Bad Id: invalid id (character 'B' is not one of a-z, 0-9, '-') `Bad Id`");
/// assert_eq!(err.violations().len(), 8);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleSetBuilder {
    pub(crate) rules: Vec<RuleBuilder>,
}

impl RuleSetBuilder {
    crate::setters::setters! {
        /// Adds a rule.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let set = RuleSet::builder()
        ///     .rule(Rule::builder("answer-phone")
        ///         .when(Condition::builder().channels([Channel::Telephone]))
        ///         .kind(StandardKind::Procedure)
        ///         .dimension(QualityDimension::Responsiveness)
        ///         .statement("Answer every call {target}")
        ///         .targets(LevelTargets::same(Target::WithinRings(3))))
        ///     .build()?;
        /// assert_eq!(set.len(), 1);
        /// assert!(set.rule("answer-phone").is_some());
        /// # Ok::<(), Error>(())
        /// ```
        fn rule(rule: RuleBuilder) { rules.push(rule) }
    }

    /// Checks every rule and builds the set.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::RuleSet`](crate::error::Entity::RuleSet) listing, in the order given,
    /// every violation of every rule (see [`RuleBuilder::build`]) and every
    /// id used twice ([`Problem::DuplicateId`] at `rules/<id>`). Nothing is
    /// half-loaded.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{error::Problem, RuleSet};
    ///
    /// let rule = RuleSet::catalogue().rules().next().unwrap().to_builder();
    /// let err = RuleSet::builder().rule(rule.clone()).rule(rule).build().unwrap_err();
    /// assert_eq!(err.violations().len(), 1);
    /// assert_eq!(err.violations()[0].problem(), &Problem::DuplicateId);
    /// ```
    pub fn build(self) -> Result<RuleSet, Error> {
        let mut v = Violations::default();
        let set = Self::build_checked(&mut v, None, self.rules.into_iter().map(Self::given_targets));
        v.finish(Entity::RuleSet, || set)
    }

    /// A draft with the targets it was given.
    pub(crate) fn given_targets(
        draft: RuleBuilder,
    ) -> (
        RuleBuilder,
        impl FnMut(crate::model::ServiceLevel, &str, &mut Violations) -> Option<Option<crate::standard::Target>>,
    ) {
        let targets = *draft.targets_given();
        (draft, move |level, _: &str, _: &mut Violations| Some(targets.get(level)))
    }

    /// Builds the set of `drafts` into `v`, each checked with the targets
    /// its function gives (see [`RuleBuilder::check_reading`]); the rules of
    /// the pack `own_pack` may name it, those of a set only built-in packs.
    /// The set is only whole when `v` stays empty.
    pub(crate) fn build_checked<F>(
        v: &mut Violations,
        own_pack: Option<&str>,
        drafts: impl ExactSizeIterator<Item = (RuleBuilder, F)>,
    ) -> RuleSet
    where
        F: FnMut(
            crate::model::ServiceLevel,
            &str,
            &mut Violations,
        ) -> Option<Option<crate::standard::Target>>,
    {
        let mut seen = HashSet::new();
        let mut rules = Vec::with_capacity(drafts.len());
        for (draft, target_at) in drafts {
            let raw = draft.raw_id().to_owned();
            let rule = draft.check_reading(v, target_at);
            if crate::id::check(&raw).is_none() && !seen.insert(raw.clone()) {
                v.push(format!("rules/{raw}"), Problem::DuplicateId, raw);
                continue;
            }
            if let Some(rule) = rule {
                if let Some(pack) = rule.pack.as_ref().map(crate::model::Id::as_str) {
                    let known = own_pack.map_or_else(|| BUILTIN.contains(&pack), |own| own == pack);
                    if !known {
                        v.push(format!("rules/{raw}.when.pack"), Problem::UnknownPack, pack);
                    }
                }
                rules.push(rule);
            }
        }
        rules.sort_by(|a, b| a.id().cmp(b.id()));
        // A rule that says exactly what the catalogue's rule of its id says
        // is the catalogue's, wherever it was read from: a set written out
        // and read back decides its conflicts the same way.
        let catalogue = RuleSet::shared_catalogue();
        for rule in &mut rules {
            rule.catalogue = catalogue.rule(rule.id().as_str()).is_some_and(|c| c == rule);
        }
        let index = Index::new(&rules);
        RuleSet { rules, index, packs: Vec::new() }
    }

    /// Builds the catalogue itself: every rule is the catalogue's.
    pub(crate) fn build_catalogue(self) -> Result<RuleSet, Error> {
        let mut v = Violations::default();
        let mut rules: Vec<Rule> = self.rules.into_iter().filter_map(|draft| draft.check(&mut v)).collect();
        if !v.is_empty() {
            return Err(v.into_error(Entity::RuleSet));
        }
        rules.sort_by(|a, b| a.id().cmp(b.id()));
        for rule in &mut rules {
            rule.catalogue = true;
        }
        let index = Index::new(&rules);
        Ok(RuleSet { rules, index, packs: Vec::new() })
    }
}

/// The version of the rule set document this release reads and writes.
pub(crate) const RULES_FORMAT_VERSION: u32 = 1;

impl RuleSet {
    /// The version of the rule set document this release reads and writes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::rules::RuleSet::FORMAT_VERSION, 1);
    /// ```
    pub const FORMAT_VERSION: u32 = RULES_FORMAT_VERSION;
}

#[cfg(feature = "serde")]
crate::document::versioned_document! {
    /// The rule set as a document.
    struct RuleSetDocument(Entity::RuleSet, RULES_FORMAT_VERSION) {
        #[cfg_attr(feature = "schemars", schemars(with = "Vec<RuleBuilder>"))]
        rules: Vec<RuleRecord> = default,
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for RuleSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // A pack added to the set is a document of its own: its rules are
        // written with it, not here.
        let rules = self
            .rules
            .iter()
            .filter(|r| r.pack.as_ref().is_none_or(|p| self.added_words(p.as_str()).is_none()))
            .map(|r| RuleRecord::from(r.to_builder()))
            .collect();
        RuleSetDocument { format_version: RULES_FORMAT_VERSION, rules }.serialize(s)
    }
}

/// Deserialising runs the same checks as [`RuleSetBuilder::build`], and
/// reads every text of a target in the same pass: an invalid document is
/// rejected whole, with every problem named, a text that does not read
/// (a duration, a distance, hours of cover, an amount) at
/// `rules/<id>.targets.<level>.<field>` with the text
/// ([`Problem::Malformed`]), as a rule's other problems are.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for RuleSet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let doc = RuleSetDocument::deserialize(d)?;
        let mut v = Violations::default();
        let set = RuleSetBuilder::build_checked(&mut v, None, doc.rules.into_iter().map(RuleRecord::reading));
        v.finish(Entity::RuleSet, || set).map_err(D::Error::custom)
    }
}

/// The schema of the rule set document (what deserialising accepts, before
/// the builder's checks).
#[cfg(feature = "schemars")]
impl schemars::JsonSchema for RuleSet {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "RuleSet".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        RuleSetDocument::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::{Gate, factor_bits};
    use crate::{model::FactorKind, model::ServiceProfile, model::Vocabulary, packs::Pack, rules::RuleSet};

    /// The gate's factor bits say what the condition's own factor clause
    /// says, for every catalogue rule and every profile of the packs'
    /// templates: the gate shuts no rule the condition would let through.
    #[test]
    fn the_gate_reads_factors_as_the_condition_does() {
        let mut profiles: Vec<ServiceProfile> = vec![ServiceProfile::default()];
        for pack in Pack::builtins() {
            if let Some(model) = pack.template() {
                profiles.push(*model.profile());
                profiles.extend(model.sequences().iter().filter_map(|s| s.profile().copied()));
            }
        }
        let mut checked = 0;
        for rule in RuleSet::catalogue().rules() {
            let gate = Gate::of(rule);
            for profile in &profiles {
                let holds = FactorKind::ALL.iter().all(|&kind| {
                    let mut named = rule.condition.factors().iter().filter(|f| f.kind() == kind).peekable();
                    named.peek().is_none() || named.any(|f| profile.has(*f))
                });
                assert_eq!(gate.factors_hold(&factor_bits(profile.factors())), holds, "{}", rule.id());
                checked += 1;
            }
        }
        assert!(checked > 1000, "{checked}");
    }
}
