//! The level of each phase: one level for the model, others for chosen phases.

use std::collections::HashSet;

use crate::{
    error::Problem, error::Violation, model::Id, model::PhasePath, model::ServiceLevel, model::ServiceModel,
};

/// The service level to derive each phase at: one level for the whole
/// model, and another for each phase chosen to go further (or less far).
///
/// The sequence method raises standards where customers' feedback shows a
/// shortfall: the model stays at expected while check-in, say, goes to
/// exclusive. [`RuleSet::derive_with`](crate::rules::RuleSet::derive_with)
/// derives by these levels; a plain level converts into levels with no
/// phase of its own.
///
/// A phase given the model's level is no exception and is not kept, so two
/// `Levels` that derive alike compare equal.
///
/// Levels name phases by path and are made without a model, so a level
/// for a phase the model does not have (a misspelt `stay/checkin`) changes
/// nothing when deriving; [`unknown_phases`](Self::unknown_phases) lists
/// such phases, so a typo is never silent.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let check_in: PhasePath = "stay/check-in".parse()?;
/// let levels = Levels::new(ServiceLevel::Expected).phase(check_in.clone(), ServiceLevel::Exclusive);
/// assert_eq!(levels.of_phase(&check_in), ServiceLevel::Exclusive);
/// assert_eq!(levels.of_phase(&"stay/check-out".parse()?), ServiceLevel::Expected);
/// assert_eq!(levels.highest(), ServiceLevel::Exclusive);
/// assert!(!levels.is_uniform());
/// assert_eq!(Levels::from(ServiceLevel::Basic), Levels::new(ServiceLevel::Basic));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Levels {
    base: ServiceLevel,
    /// The phases whose level differs from `base`, sorted by path.
    phases: Vec<(PhasePath, ServiceLevel)>,
}

impl Levels {
    /// The same level for every phase.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let levels = Levels::new(ServiceLevel::Expected);
    /// assert_eq!(levels.base(), ServiceLevel::Expected);
    /// assert!(levels.is_uniform());
    /// ```
    #[must_use]
    pub const fn new(base: ServiceLevel) -> Self {
        Self { base, phases: Vec::new() }
    }

    /// These levels with `phase` at `level`; given again, a phase takes the
    /// last level given. A phase at the model's level is not kept.
    ///
    /// Each call keeps the phases sorted, which moves those after `phase`:
    /// to give many phases in no particular order, [`extend`](Extend::extend)
    /// the levels with them instead, which sorts once.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let check_in: PhasePath = "stay/check-in".parse()?;
    /// let levels = Levels::new(ServiceLevel::Expected)
    ///     .phase(check_in.clone(), ServiceLevel::Exclusive)
    ///     .phase(check_in.clone(), ServiceLevel::Basic);
    /// assert_eq!(levels.of_phase(&check_in), ServiceLevel::Basic);
    /// let back = levels.phase(check_in, ServiceLevel::Expected);
    /// assert_eq!(back, Levels::new(ServiceLevel::Expected));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn phase(mut self, phase: PhasePath, level: ServiceLevel) -> Self {
        match self.phases.binary_search_by(|(p, _)| p.cmp(&phase)) {
            Ok(i) if level == self.base => {
                self.phases.remove(i);
            }
            Ok(i) => {
                if let Some(slot) = self.phases.get_mut(i) {
                    slot.1 = level;
                }
            }
            Err(_) if level == self.base => {}
            Err(i) => self.phases.insert(i, (phase, level)),
        }
        self
    }

    /// The model's level: that of every phase not given its own.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert_eq!(Levels::new(ServiceLevel::Basic).base(), ServiceLevel::Basic);
    /// ```
    #[must_use]
    pub const fn base(&self) -> ServiceLevel {
        self.base
    }

    /// The level of one phase.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let levels = Levels::new(ServiceLevel::Basic).phase("stay/check-in".parse()?, ServiceLevel::Expected);
    /// assert_eq!(levels.of_phase(&"stay/check-in".parse()?), ServiceLevel::Expected);
    /// assert_eq!(levels.of_phase(&"stay/reservation".parse()?), ServiceLevel::Basic);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn of_phase(&self, phase: &PhasePath) -> ServiceLevel {
        self.at(phase.sequence(), phase.phase())
    }

    /// The level of the phase `phase` of the sequence `sequence`.
    pub(crate) fn at(&self, sequence: &Id, phase: &Id) -> ServiceLevel {
        // The phases are sorted by path, that is by sequence, then phase: a
        // binary search, so a set with many phases at their own level is not
        // a scan of them at every step.
        self.phases
            .binary_search_by(|(p, _)| (p.sequence(), p.phase()).cmp(&(sequence, phase)))
            .ok()
            .and_then(|i| self.phases.get(i))
            .map_or(self.base, |(_, level)| *level)
    }

    /// The phases whose level differs from the model's, by path.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let levels = Levels::new(ServiceLevel::Expected)
    ///     .phase("stay/check-out".parse()?, ServiceLevel::Exclusive)
    ///     .phase("stay/check-in".parse()?, ServiceLevel::Exclusive);
    /// let phases: Vec<String> = levels.phases().map(|(p, l)| format!("{p}: {l}")).collect();
    /// assert_eq!(phases, ["stay/check-in: exclusive", "stay/check-out: exclusive"]);
    /// # Ok::<(), Error>(())
    /// ```
    pub fn phases(&self) -> impl ExactSizeIterator<Item = (&PhasePath, ServiceLevel)> + '_ {
        self.phases.iter().map(|(p, l)| (p, *l))
    }

    /// The phases given a level of their own that `model` does not have: a
    /// level for a misspelt phase derives nothing of its own, and this says
    /// so. Each violation is at `phases[i]`, `i` counting the phases in the
    /// order of [`phases`](Self::phases), with [`Problem::NotInModel`] and
    /// the phase's path. A phase given the model's level is not kept, so it
    /// is never listed.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let levels = Levels::new(ServiceLevel::Expected)
    ///     .phase("stay/check-in".parse()?, ServiceLevel::Exclusive)
    ///     .phase("stay/checkin".parse()?, ServiceLevel::Exclusive);
    /// let unknown = levels.unknown_phases(&model);
    /// assert_eq!(unknown.len(), 1);
    /// assert_eq!(unknown[0].to_string(), "phases[1]: not in the model `stay/checkin`");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn unknown_phases(&self, model: &ServiceModel) -> Vec<Violation> {
        let known = self.known_in(model);
        self.phases
            .iter()
            .zip(known)
            .enumerate()
            .filter(|(_, (_, known))| !known)
            .map(|(i, ((path, _), _))| {
                Violation::new(format!("phases[{i}]"), Problem::NotInModel, path.to_string())
            })
            .collect()
    }

    /// The phases whose level differs from the model's that `model` has,
    /// by path: what a set derived for `model` by these levels was derived at.
    pub(crate) fn phases_in<'s>(
        &'s self,
        model: &ServiceModel,
    ) -> impl Iterator<Item = (&'s PhasePath, ServiceLevel)> + 's {
        let known = self.known_in(model);
        self.phases.iter().zip(known).filter(|(_, known)| *known).map(|((p, l), _)| (p, *l))
    }

    /// For each phase given its own level, in order, whether `model` has it.
    fn known_in(&self, model: &ServiceModel) -> Vec<bool> {
        if self.phases.is_empty() {
            return Vec::new();
        }
        let known: HashSet<(&Id, &Id)> =
            model.sequences().iter().flat_map(|s| s.phases().iter().map(move |p| (s.id(), p.id()))).collect();
        self.phases.iter().map(|(path, _)| known.contains(&(path.sequence(), path.phase()))).collect()
    }

    /// Whether every phase is at the model's level.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert!(Levels::new(ServiceLevel::Expected).is_uniform());
    /// assert!(!Levels::new(ServiceLevel::Expected).phase("a/b".parse()?, ServiceLevel::Basic).is_uniform());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn is_uniform(&self) -> bool {
        self.phases.is_empty()
    }

    /// The highest level of any phase (the model's when none goes further).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let levels = Levels::new(ServiceLevel::Expected).phase("a/b".parse()?, ServiceLevel::Basic);
    /// assert_eq!(levels.highest(), ServiceLevel::Expected);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn highest(&self) -> ServiceLevel {
        self.phases.iter().map(|(_, l)| *l).fold(self.base, Ord::max)
    }
}

impl From<ServiceLevel> for Levels {
    fn from(level: ServiceLevel) -> Self {
        Self::new(level)
    }
}

/// Many phases at once, each at its level, as if each were given to
/// [`Levels::phase`] in turn (a phase given again takes the last level
/// given; a phase at the model's level is not kept), sorted once rather
/// than kept sorted at each phase: many phases in any order take
/// n log n time, not n².
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let mut levels = Levels::new(ServiceLevel::Expected);
/// levels.extend([
///     ("stay/check-out".parse()?, ServiceLevel::Exclusive),
///     ("stay/check-in".parse()?, ServiceLevel::Basic),
///     ("stay/check-out".parse()?, ServiceLevel::Expected),
/// ]);
/// let phases: Vec<String> = levels.phases().map(|(p, l)| format!("{p}: {l}")).collect();
/// assert_eq!(phases, ["stay/check-in: basic"]);
/// # Ok::<(), Error>(())
/// ```
impl Extend<(PhasePath, ServiceLevel)> for Levels {
    fn extend<I: IntoIterator<Item = (PhasePath, ServiceLevel)>>(&mut self, phases: I) {
        let kept = self.phases.len();
        self.phases.extend(phases);
        if self.phases.len() == kept {
            return;
        }
        // The phases kept so far come first and a stable sort keeps the
        // order given within a path, so the last of each run of one path
        // is the level given last.
        self.phases.sort_by(|(a, _), (b, _)| a.cmp(b));
        let mut all = std::mem::take(&mut self.phases).into_iter().peekable();
        while let Some((path, level)) = all.next() {
            if all.peek().is_some_and(|(next, _)| *next == path) {
                continue;
            }
            if level != self.base {
                self.phases.push((path, level));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Levels;
    use crate::model::{Id, ServiceLevel};

    /// Extending with many phases in any order, some given more than once
    /// and some at the model's level, gives the levels that giving each to
    /// `phase` in turn gives.
    #[test]
    fn extend_is_phase_in_turn() {
        let levels = [ServiceLevel::Basic, ServiceLevel::Expected, ServiceLevel::Exclusive];
        let mut state: u64 = 7;
        let mut next = move |below: u64| {
            state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (state >> 33) % below
        };
        for round in 0..20 {
            let base = levels[round % 3];
            let mut one_by_one =
                Levels::new(base).phase(format!("s-{round}/p-0").parse().unwrap(), levels[(round + 1) % 3]);
            let mut at_once = one_by_one.clone();
            let given: Vec<_> = (0..300)
                .map(|_| {
                    let path = format!("s-{}/p-{}", next(7), next(40)).parse().unwrap();
                    (path, levels[next(3) as usize])
                })
                .collect();
            for (path, level) in given.clone() {
                one_by_one = one_by_one.phase(path, level);
            }
            at_once.extend(given);
            assert_eq!(at_once, one_by_one, "round {round}");
        }
    }

    /// The binary search finds every phase given its own level, among
    /// sequences and phases whose ids sort unlike their numbers, and no other.
    #[test]
    fn finds_each_phase_among_many() {
        let id = |s: String| Id::new(&s).unwrap();
        let mut levels = Levels::new(ServiceLevel::Basic);
        for s in (0..12).rev() {
            for p in (0..12).step_by(2) {
                let path = format!("seq-{s}/phase-{p}").parse().unwrap();
                levels = levels.phase(
                    path,
                    if (s + p) % 3 == 0 { ServiceLevel::Exclusive } else { ServiceLevel::Expected },
                );
            }
        }
        for s in 0..12 {
            for p in 0..12 {
                let want = match (p % 2, (s + p) % 3) {
                    (1, _) => ServiceLevel::Basic,
                    (_, 0) => ServiceLevel::Exclusive,
                    _ => ServiceLevel::Expected,
                };
                assert_eq!(
                    levels.at(&id(format!("seq-{s}")), &id(format!("phase-{p}"))),
                    want,
                    "seq-{s}/phase-{p}"
                );
            }
        }
    }
}
