//! The standards derived for a model, with queries and a coverage report.

use std::{collections::HashMap, sync::OnceLock};

use crate::{
    model::Channel, model::EnumSet, model::Id, model::Levels, model::QualityAspect, model::ServiceLevel,
    model::ServiceModel, model::StandardKind, model::StepPath, model::Vocabulary, standard::Policy,
    standard::Standard, standard::StandardId, standard::Superseded,
};

/// The standards derived for a model at one level, in a deterministic
/// order: steps in model order, then rules by id.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// assert_eq!(set.level(), ServiceLevel::Expected);
/// let personal = set.of_kind(StandardKind::PersonalContact).count();
/// assert!(personal > 0);
/// // The front office owns the model's one step, so every standard is its:
/// assert_eq!(set.for_department("front-office").count(), set.len());
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct StandardSet {
    levels: Levels,
    standards: Vec<Standard>,
    policies: Vec<Policy>,
    superseded: Vec<Superseded>,
    /// Positions by id, built on the first look-up by id (derivation pays nothing for it).
    by_id: OnceLock<HashMap<StandardId, usize>>,
}

/// Sets are equal when their levels, standards and policies are: what was
/// superseded is the derivation's trace, and documents do not keep it.
impl PartialEq for StandardSet {
    fn eq(&self, other: &Self) -> bool {
        self.levels == other.levels && self.standards == other.standards && self.policies == other.policies
    }
}

impl Eq for StandardSet {}

impl StandardSet {
    pub(crate) fn new(levels: Levels, standards: Vec<Standard>) -> Self {
        Self { levels, standards, policies: Vec::new(), superseded: Vec::new(), by_id: OnceLock::new() }
    }

    /// The standards, in the set's order.
    pub(crate) fn as_slice(&self) -> &[Standard] {
        &self.standards
    }

    pub(crate) fn with_outcome(mut self, policies: Vec<Policy>, superseded: Vec<Superseded>) -> Self {
        self.policies = policies;
        self.superseded = superseded;
        self
    }

    /// The policies derived: decisions about the organisation, once for the
    /// business (first) and once per department, in model order.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{standard::PolicyScope, RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(set.policies().iter().all(|p| p.steps().len() >= 1));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn policies(&self) -> &[Policy] {
        &self.policies
    }

    /// The policies of one department, or of the whole business (`None`).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(set.policies_of(Some("spa")).count(), 0);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn policies_of<'a>(&'a self, department: Option<&'a str>) -> impl Iterator<Item = &'a Policy> + 'a {
        self.policies.iter().filter(move |p| p.department().map(Id::as_str) == department)
    }

    /// The set as text to read line by line: one line per standard (`step |
    /// concern | rule | target | statement`), then one per policy (`policy
    /// <department or business> | …`), then one per superseded standard
    /// (`superseded <step> | <concern> | <rule> by <winner> (<reason>)`), in
    /// English. The reviewed snapshots of the example models take this form.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Basic);
    /// let greeting = set.listing().lines().find(|l| l.contains("| greet-on-arrival |")).unwrap().to_owned();
    /// assert_eq!(
    ///     greeting,
    ///     "stay/check-in/greet | greeting-on-arrival | greet-on-arrival | within 1 minute | \
    ///      Greet every guest within 1 minute of their arrival, with eye contact and a smile"
    /// );
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn listing(&self) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        for s in &self.standards {
            let _ = writeln!(
                out,
                "{} | {} | {} | {} | {}",
                s.step(),
                s.concern(),
                s.rule(),
                s.target(),
                s.statement()
            );
        }
        for p in &self.policies {
            let whose = p.department().map_or("business", Id::as_str);
            let _ = writeln!(
                out,
                "policy {whose} | {} | {} | {} | {}",
                p.standard().concern(),
                p.standard().rule(),
                p.standard().target(),
                p.statement()
            );
        }
        for s in &self.superseded {
            let _ = writeln!(
                out,
                "superseded {} | {} | {} by {} ({})",
                s.step(),
                s.concern(),
                s.rule(),
                s.by(),
                s.reason()
            );
        }
        out
    }

    /// What the derivation left out: every standard whose rule matched a
    /// step where another rule of the same concern won, with the winner and
    /// the reason, in the order met. Empty for a set read from a document.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// // The hotel's own rule, of the same concern as the catalogue's greeting:
    /// let mine = RuleSet::builder()
    ///     .rule(Rule::builder("greet-fast")
    ///         .concern("greeting-on-arrival")
    ///         .when(Condition::builder().moments([MomentKind::Welcome]))
    ///         .kind(StandardKind::PersonalContact)
    ///         .dimension(QualityDimension::Responsiveness)
    ///         .statement("Greet every {customer} {target}")
    ///         .targets(LevelTargets::same(Target::within_secs(15))))
    ///     .build()?;
    /// let set = RuleSet::catalogue().merge(&mine)?.derive(&model, ServiceLevel::Expected);
    /// let lost = &set.superseded()[0];
    /// assert_eq!((lost.rule().as_str(), lost.by().as_str()), ("greet-on-arrival", "greet-fast"));
    /// assert_eq!(lost.reason(), Precedence::UserRule);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn superseded(&self) -> &[Superseded] {
        &self.superseded
    }

    /// The level the set was derived at; for a set derived with per-phase
    /// [`Levels`], the model's level ([`Levels::base`]): the phases given
    /// their own level are in [`levels`](Self::levels), and each standard
    /// says its own in [`derived_at`](Standard::derived_at).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(RuleSet::catalogue().derive(&model, ServiceLevel::Basic).level(), ServiceLevel::Basic);
    /// let levels = Levels::new(ServiceLevel::Basic).phase("stay/check-in".parse()?, ServiceLevel::Exclusive);
    /// assert_eq!(RuleSet::catalogue().derive_with(&model, &levels).level(), ServiceLevel::Basic);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn level(&self) -> ServiceLevel {
        self.levels.base()
    }

    /// The level of every phase the set was derived at: uniform for
    /// [`RuleSet::derive`](crate::rules::RuleSet::derive), as given to
    /// [`RuleSet::derive_with`](crate::rules::RuleSet::derive_with).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(set.levels(), &Levels::new(ServiceLevel::Expected));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn levels(&self) -> &Levels {
        &self.levels
    }

    /// How many standards the set holds.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(set.len(), set.iter().count());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.standards.len()
    }

    /// Whether the set is empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert!(!RuleSet::catalogue().derive(&model, ServiceLevel::Expected).is_empty());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.standards.is_empty()
    }

    /// The standards, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(set.iter().all(|s| s.derived_at() == ServiceLevel::Expected));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Standard> {
        self.standards.iter()
    }

    /// The standard with this id.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let first = set.iter().next().unwrap();
    /// assert_eq!(set.get(&first.id()), Some(first));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn get(&self, id: &StandardId) -> Option<&Standard> {
        let index =
            self.by_id.get_or_init(|| self.standards.iter().enumerate().map(|(i, s)| (s.id(), i)).collect());
        index.get(id).and_then(|&i| self.standards.get(i))
    }

    /// The standards of one sequence.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(set.in_sequence("stay").count(), set.len());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn in_sequence<'a>(&'a self, sequence: &'a str) -> impl Iterator<Item = &'a Standard> + 'a {
        self.iter().filter(move |s| *s.step().sequence() == *sequence)
    }

    /// The standards of one phase of a sequence.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(set.in_phase("stay", "check-in").count(), set.len());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn in_phase<'a>(
        &'a self,
        sequence: &'a str,
        phase: &'a str,
    ) -> impl Iterator<Item = &'a Standard> + 'a {
        self.iter().filter(move |s| *s.step().sequence() == *sequence && *s.step().phase() == *phase)
    }

    /// The standards of one step.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(set.at_step(&"stay/check-in/greet".parse()?).count(), set.len());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn at_step<'a>(&'a self, step: &'a StepPath) -> impl Iterator<Item = &'a Standard> + 'a {
        self.iter().filter(move |s| s.step() == step)
    }

    /// The standards of the steps one department owns.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(set.for_department("billing").count(), 0);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn for_department<'a>(&'a self, department: &'a str) -> impl Iterator<Item = &'a Standard> + 'a {
        self.iter().filter(move |s| s.department().is_some_and(|d| *d == *department))
    }

    /// The standards of one kind.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel, StandardKind};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(set.of_kind(StandardKind::Procedure).all(|s| s.kind() == StandardKind::Procedure));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn of_kind(&self, kind: StandardKind) -> impl Iterator<Item = &Standard> + '_ {
        self.iter().filter(move |s| s.kind() == kind)
    }

    /// The standards that belong to one level (basic, expected or exclusive).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Exclusive);
    /// assert!(set.at_level(ServiceLevel::Basic).count() > 0);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn at_level(&self, level: ServiceLevel) -> impl Iterator<Item = &Standard> + '_ {
        self.iter().filter(move |s| s.min_level() == level)
    }

    /// The standards that apply on one channel.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(set.on_channel(Channel::Email).count(), 0);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn on_channel(&self, channel: Channel) -> impl Iterator<Item = &Standard> + '_ {
        self.iter().filter(move |s| s.channels().contains(channel))
    }

    /// Where the standards leave holes: for each phase of `model` and each
    /// channel its steps use, whether at least one technical and one
    /// functional standard apply there. A department's policy counts at
    /// each step that calls for it
    /// ([`Policy::steps`](crate::standard::Policy::steps)), on that step's
    /// channels; a business-wide one does not.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let coverage = RuleSet::catalogue().derive(&model, ServiceLevel::Expected).coverage(&model);
    /// assert_eq!(coverage.checked(), 1);
    /// assert!(coverage.holes().is_empty(), "{:?}", coverage.holes());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn coverage(&self, model: &ServiceModel) -> Coverage {
        let aspects = |a: QualityAspect| -> u8 { 1 << a.index() };
        let mut found: HashMap<(&str, &str), [u8; 64]> = HashMap::new();
        for s in &self.standards {
            let slot =
                found.entry((s.step().sequence().as_str(), s.step().phase().as_str())).or_insert([0; 64]);
            for channel in s.channels() {
                if let Some(bits) = slot.get_mut(channel.index()) {
                    *bits |= aspects(s.aspect());
                }
            }
        }
        // A department's policy applies at each step that calls for it, on
        // that step's channels: its round of checks covers its desks. A
        // business-wide policy (training, an account manager) covers no
        // phase in particular.
        for policy in self.policies.iter().filter(|p| p.department().is_some()) {
            let aspect = aspects(policy.standard().aspect());
            for path in policy.steps() {
                let Some(at) = model.step(path) else { continue };
                let slot = found.entry((path.sequence().as_str(), path.phase().as_str())).or_insert([0; 64]);
                for channel in at.channels() {
                    if let Some(bits) = slot.get_mut(channel.index()) {
                        *bits |= aspect;
                    }
                }
            }
        }
        let mut holes = Vec::new();
        let mut checked = 0;
        for sequence in model.sequences() {
            for phase in sequence.phases() {
                let used: EnumSet<Channel> =
                    phase.steps().iter().map(|st| phase.channels_of(st)).fold(EnumSet::new(), EnumSet::union);
                let slot = found.get(&(sequence.id().as_str(), phase.id().as_str()));
                for channel in used {
                    checked += 1;
                    let bits = slot.and_then(|s| s.get(channel.index())).copied().unwrap_or(0);
                    for &aspect in QualityAspect::ALL {
                        if bits & aspects(aspect) == 0 {
                            holes.push(CoverageHole {
                                sequence: sequence.id().clone(),
                                phase: phase.id().clone(),
                                channel,
                                missing: aspect,
                            });
                        }
                    }
                }
            }
        }
        Coverage { checked, holes }
    }
}

impl<'a> IntoIterator for &'a StandardSet {
    type Item = &'a Standard;
    type IntoIter = std::slice::Iter<'a, Standard>;

    fn into_iter(self) -> Self::IntoIter {
        self.standards.iter()
    }
}

/// Which phase × channel pairs lack a technical or a functional standard.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// // The catalogue leaves no hole in this model:
/// assert!(RuleSet::catalogue().derive(&model, ServiceLevel::Basic).coverage(&model).holes().is_empty());
/// // Rules that only greet leave check-in without a technical standard:
/// let greet = Rule::builder("greet")
///     .when(Condition::builder().moments([MomentKind::Welcome]))
///     .kind(StandardKind::PersonalContact)
///     .dimension(QualityDimension::Empathy)
///     .statement("Greet every {customer} by name")
///     .targets(LevelTargets::same(Target::Always));
/// let coverage = RuleSet::builder().rule(greet).build()?.derive(&model, ServiceLevel::Basic).coverage(&model);
/// assert_eq!(coverage.checked(), 1);
/// assert_eq!(coverage.holes()[0].to_string(), "stay/check-in on face-to-face: no technical standard");
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    checked: usize,
    holes: Vec<CoverageHole>,
}

impl Coverage {
    /// How many phase × channel pairs were checked.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert_eq!(RuleSet::catalogue().derive(&model, ServiceLevel::Basic).coverage(&model).checked(), 1);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn checked(&self) -> usize {
        self.checked
    }

    /// The holes, in model order.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// assert!(RuleSet::catalogue().derive(&model, ServiceLevel::Basic).coverage(&model).holes().is_empty());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn holes(&self) -> &[CoverageHole] {
        &self.holes
    }
}

/// A phase and channel with no standard of one quality aspect.
///
/// # Examples
///
/// ```
/// use service_standards::{RuleSet, ServiceLevel};
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let coverage = RuleSet::catalogue().derive(&model, ServiceLevel::Basic).coverage(&model);
/// assert!(coverage.holes().iter().all(|h| h.sequence().as_str() == "stay"));
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct CoverageHole {
    sequence: Id,
    phase: Id,
    channel: Channel,
    missing: QualityAspect,
}

impl CoverageHole {
    /// The sequence.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// // No rules, no standards: every phase and channel is a hole.
    /// let set = RuleSet::builder().build()?.derive(&model, ServiceLevel::Basic);
    /// assert_eq!(set.coverage(&model).holes()[0].sequence().as_str(), "stay");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn sequence(&self) -> &Id {
        &self.sequence
    }

    /// The phase.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// // No rules, no standards: every phase and channel is a hole.
    /// let set = RuleSet::builder().build()?.derive(&model, ServiceLevel::Basic);
    /// assert_eq!(set.coverage(&model).holes()[0].phase().as_str(), "check-in");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn phase(&self) -> &Id {
        &self.phase
    }

    /// The channel.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// // No rules, no standards: every phase and channel is a hole.
    /// let set = RuleSet::builder().build()?.derive(&model, ServiceLevel::Basic);
    /// assert_eq!(set.coverage(&model).holes()[0].channel(), Channel::FaceToFace);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn channel(&self) -> Channel {
        self.channel
    }

    /// The aspect with no standard.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// // No rules, no standards: each phase and channel lacks both aspects.
    /// let set = RuleSet::builder().build()?.derive(&model, ServiceLevel::Basic);
    /// let missing: Vec<QualityAspect> = set.coverage(&model).holes().iter().map(|h| h.missing()).collect();
    /// assert_eq!(missing, [QualityAspect::Technical, QualityAspect::Functional]);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn missing(&self) -> QualityAspect {
        self.missing
    }
}

impl std::fmt::Display for CoverageHole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{} on {}: no {} standard", self.sequence, self.phase, self.channel, self.missing)
    }
}
