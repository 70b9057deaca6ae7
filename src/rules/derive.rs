//! Derivation: a model and a rule set in, standards out.

use std::{collections::HashSet, sync::Arc};

use rustc_hash::{FxBuildHasher, FxHashMap};

use crate::{
    error::Problem,
    error::Violation,
    model::Channel,
    model::EnumSet,
    model::Id,
    model::Initiator,
    model::Levels,
    model::MomentKind,
    model::ServiceLevel,
    model::ServiceModel,
    model::StepPath,
    model::StepRef,
    model::Vocabulary,
    rules::Rule,
    rules::RuleSet,
    standard::Policy,
    standard::PolicyScope,
    standard::Precedence,
    standard::Provenance,
    standard::Standard,
    standard::StandardSet,
    standard::Superseded,
    standard::Target,
    standard::source::Source,
    standard::standard::{Names, StepInfo},
};

impl RuleSet {
    /// Derives the standards of `model` at `level`.
    ///
    /// At every step, each rule whose condition holds produces a standard
    /// with the rule's target at `level`, for the step's channels the rule
    /// can reach. A step keeps **at most one standard per concern**: where
    /// several rules of one concern match, one wins by [`Precedence`] (a
    /// scoped rule over an unscoped one, a user's rule over the catalogue's,
    /// the more specific condition, the stricter target, then the rule id),
    /// and the set records what it superseded and why
    /// ([`StandardSet::superseded`]). A concern stated once per contact
    /// ([`Rule::is_once_per_contact`]) is kept at the first step of a contact
    /// where it applies and traced, not repeated, at the contact's later
    /// steps ([`Precedence::EarlierInContact`]). Rules marked as policies produce
    /// [`Policy`](crate::standard::Policy)s instead: once for the business, or once
    /// per department ([`StandardSet::policies`]).
    ///
    /// Derivation cannot fail: the model and the rules were checked when
    /// they were built. The result is deterministic and does not depend on
    /// the order rules were given in: steps in model order, then rules by id.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let rules = RuleSet::catalogue();
    /// let basic = rules.derive(&model, ServiceLevel::Basic);
    /// let exclusive = rules.derive(&model, ServiceLevel::Exclusive);
    /// assert!(exclusive.len() >= basic.len());
    /// // one standard per step and concern
    /// let mut seen = std::collections::HashSet::new();
    /// assert!(exclusive.iter().all(|s| seen.insert((s.step().clone(), s.concern().clone()))));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn derive(&self, model: &ServiceModel, level: ServiceLevel) -> StandardSet {
        self.derive_with(model, &Levels::new(level))
    }

    /// Derives the standards of `model` with each phase at its own level:
    /// the model at [`Levels::base`], the phases given their own level at
    /// theirs. The sequence method raises standards where feedback shows a
    /// shortfall; this derives the set with, say, the model at expected and
    /// check-in at exclusive.
    ///
    /// Each step is derived as [`derive`](Self::derive) derives it at its
    /// phase's level, so a standard's [`derived_at`](Standard::derived_at)
    /// is its phase's level; the set's [`level`](StandardSet::level) is the
    /// model's and [`levels`](StandardSet::levels) gives every phase's.
    /// What is stated once stays stated once across phases of different
    /// levels: a concern stated once per contact is kept at the first step
    /// of the contact that calls for it, and a policy, stated once for many
    /// steps, takes the level of the first step that calls for it. With
    /// uniform levels the result is exactly [`derive`](Self::derive)'s. A
    /// phase the model does not have changes nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let rules = RuleSet::catalogue();
    /// let check_in: PhasePath = "stay/check-in".parse()?;
    /// let levels = Levels::new(ServiceLevel::Expected).phase(check_in, ServiceLevel::Exclusive);
    /// let set = rules.derive_with(&model, &levels);
    /// // The model has one phase, so the set is the exclusive one, derived by these levels:
    /// assert_eq!(set.level(), ServiceLevel::Expected);
    /// assert_eq!(set.levels(), &levels);
    /// assert!(set.iter().all(|s| s.derived_at() == ServiceLevel::Exclusive));
    /// let exclusive = rules.derive(&model, ServiceLevel::Exclusive);
    /// assert!(set.iter().eq(exclusive.iter()));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn derive_with(&self, model: &ServiceModel, levels: &Levels) -> StandardSet {
        let base = levels.base();
        let uniform = levels.is_uniform();
        // The candidate rules at each level some phase is derived at.
        let mut by_level: [Option<Candidates>; 3] = [None, None, None];
        for level in std::iter::once(base).chain(levels.phases().map(|(_, l)| l)) {
            if let Some(slot) = by_level.get_mut(level.index()) {
                if slot.is_none() {
                    *slot = Some(self.candidates(model, level));
                }
            }
        }
        // Each department's place in the model (for the policies) and name.
        let departments: Departments<'_> = model
            .departments()
            .iter()
            .enumerate()
            .map(|(n, d)| (d.id().as_str(), (u32::try_from(n).unwrap_or(u32::MAX), d.name_shared())))
            .collect();
        let mut standards = Vec::new();
        let mut superseded = Vec::new();
        let mut policies = Policies::default();
        let concern_of = |i: u32| self.index.concern.get(i as usize).copied().unwrap_or(u32::MAX);
        // The rule position and concern number of each standard kept at the
        // current step (those of `standards` from `first_standard` on).
        let mut kept: Vec<(u32, u32)> = Vec::new();
        // Where each concern's standard is in `kept` at the current step, so
        // that many rules matching one step are not a scan each.
        let mut places = ConcernPlaces::new(self.index.concerns);
        // The standards that lost at the current step: rule position, concern number, standard.
        let mut lost: Vec<(u32, u32, Standard)> = Vec::new();
        // The concerns stated once per contact in the contact open now, with the rule that stated each.
        let mut stated = Stated::new(self.index.concerns);
        // What was left out at the current step for a concern stated earlier in the contact.
        let mut left_out = FxHashMap::default();
        for at in model.steps() {
            let step = at.step();
            if step.opens_contact() {
                stated.new_contact();
            }
            let first_lost = superseded.len();
            let first_standard = standards.len();
            kept.clear();
            places.next_step();
            let mut reordered = false;
            let channels = at.channels();
            let level = if uniform { base } else { levels.at(at.sequence().id(), at.phase().id()) };
            let Some(list) = by_level
                .get(level.index())
                .and_then(Option::as_ref)
                .and_then(|c| c.get(step.moment().index(), step.started_by(), step.opens_contact()))
            else {
                continue;
            };
            let mut info: Option<Arc<StepInfo>> = None;
            for &i in list {
                let Some(rule) = self.rules.get(i as usize) else { continue };
                let wanted = rule.condition.characteristics();
                if !wanted.is_empty() && wanted.is_disjoint(step.characteristics()) {
                    continue;
                }
                let reach = rule.reach.intersection(channels);
                if reach.is_empty() {
                    continue;
                }
                if rule.scope.as_ref().is_some_and(|scope| !scope.contains(at)) {
                    continue;
                }
                let Some(target) = rule.template().targets().get(level) else { continue };
                let info = info.get_or_insert_with(|| Arc::new(step_info(model, at, &departments)));
                // The step's department with its place in the model (the
                // model names every department its steps have).
                let department = || step.department().and_then(|d| Some((d, departments.get(d.as_str())?.0)));
                if let Some(scope) = rule.policy {
                    if policies.add_step(i, scope, department().map(|(_, n)| n), info.path()) {
                        continue;
                    }
                }
                let standard = Standard::new(
                    Arc::clone(&rule.source),
                    Arc::clone(info),
                    target,
                    reach,
                    level,
                    trigger(rule, model, at, reach),
                );
                if let Some(scope) = rule.policy {
                    policies.add(i, scope, department(), standard);
                    continue;
                }
                let concern = concern_of(i);
                let Some(p) = places.get(concern) else {
                    places.set(concern, kept.len());
                    kept.push((i, concern));
                    standards.push(standard);
                    continue;
                };
                let (Some(slot), Some(key)) = (standards.get_mut(first_standard + p), kept.get_mut(p)) else {
                    continue;
                };
                let challenger_wins = self
                    .rules
                    .get(key.0 as usize)
                    .is_none_or(|incumbent| precedence(rule, target, incumbent, slot.target()).1);
                if challenger_wins {
                    lost.push((key.0, concern, std::mem::replace(slot, standard)));
                    key.0 = i;
                    reordered = true;
                } else {
                    lost.push((i, concern, standard));
                }
            }
            let here = standards.get(first_standard..).unwrap_or_default();
            // Each standard left out names the one kept for its concern, and
            // what decides between those two.
            for (i, concern, loser) in lost.drain(..) {
                let Some(p) = places.get(concern) else { continue };
                let (Some((w, _)), Some(winner)) = (kept.get(p), here.get(p)) else { continue };
                let reason = match (self.rules.get(*w as usize), self.rules.get(i as usize)) {
                    (Some(a), Some(b)) => precedence(a, winner.target(), b, loser.target()).0,
                    _ => Precedence::RuleId,
                };
                let (lost_source, lost_step) = loser.into_parts();
                superseded.push(Superseded::new(lost_source, Arc::clone(winner.source()), lost_step, reason));
            }
            // A concern stated once per contact is not stated again at a later
            // step of it; what lost to it at this step lost to the earlier rule.
            let mut write = 0;
            for read in 0..kept.len() {
                let (Some(&(i, concern)), Some(s)) = (kept.get(read), standards.get(first_standard + read))
                else {
                    continue;
                };
                let once = self.rules.get(i as usize).is_some_and(|r| r.once_per_contact);
                let earlier = if once { stated.get(concern) } else { None };
                match earlier {
                    Some(earlier) => superseded.push(Superseded::new(
                        Arc::clone(s.source()),
                        Arc::clone(earlier),
                        Arc::clone(s.step_info()),
                        Precedence::EarlierInContact,
                    )),
                    None => {
                        if once {
                            stated.set(concern, Arc::clone(s.source()));
                        }
                        standards.swap(first_standard + write, first_standard + read);
                        write += 1;
                    }
                }
            }
            standards.truncate(first_standard + write);
            repoint(superseded.get_mut(first_lost..).unwrap_or_default(), &mut left_out);
            // Standards come in rule order, unless a later rule took an earlier one's place.
            if reordered {
                if let Some(tail) = standards.get_mut(first_standard..) {
                    tail.sort_by(|a, b| a.rule().cmp(b.rule()));
                }
            }
        }
        let policies = policies.finish(self, concern_of, &mut superseded);
        StandardSet::new(levels.clone(), standards).with_outcome(policies, superseded)
    }

    /// The rules of this set whose scope misses `model`: a rule scoped to a
    /// misspelt phase, or to ids that never meet, matches nothing, and this
    /// says so. Each id the model does not have is a
    /// [`Problem::NotInModel`] naming the rule and the field
    /// (`rules/<id>.when.scope.phases[0]`) and quoting the id. A scope whose
    /// ids the model all has but no step of which is within every list
    /// (`sequences = ["online"]` with `phases = ["check-in"]` when check-in
    /// is a phase of another sequence; a step with a department that does
    /// not own it) is a [`Problem::NoStepInScope`] at
    /// `rules/<id>.when.scope`. In the order of the rules.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let mine = RuleSet::builder()
    ///     .rule(Rule::builder("quick-check-out")
    ///         .when(Condition::builder().scope(Scope::new().phases(["check-ot"])))
    ///         .kind(StandardKind::Procedure)
    ///         .dimension(QualityDimension::Responsiveness)
    ///         .statement("Check every {customer} out {target}")
    ///         .targets(LevelTargets::same(Target::within_mins(5))))
    ///     .build()?;
    /// let unknown = mine.unknown_scopes(&model);
    /// assert_eq!(unknown.len(), 1);
    /// assert_eq!(unknown[0].to_string(), "rules/quick-check-out.when.scope.phases[0]: not in the model `check-ot`");
    ///
    /// // Ids the model has, but greet is not a step of the spa department:
    /// let model = model.to_builder().departments([Department::new("spa", "Spa")?]).build()?;
    /// let mine = RuleSet::builder()
    ///     .rule(Rule::builder("spa-greeting")
    ///         .when(Condition::builder().scope(Scope::new().steps(["greet"]).departments(["spa"])))
    ///         .kind(StandardKind::PersonalContact)
    ///         .dimension(QualityDimension::Empathy)
    ///         .statement("Greet every {customer} {target}")
    ///         .targets(LevelTargets::same(Target::within_secs(30))))
    ///     .build()?;
    /// let unknown = mine.unknown_scopes(&model);
    /// assert_eq!(unknown[0].to_string(), "rules/spa-greeting.when.scope: no step of the model is within the scope");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn unknown_scopes(&self, model: &ServiceModel) -> Vec<Violation> {
        let steps: Vec<StepRef<'_>> = model.steps().collect();
        // The steps of each id, by list: where the lists of a scope meet is
        // looked for among the steps of its list with the fewest, so a scope
        // naming one step costs that step, not a scan of the model.
        let mut by_list: [FxHashMap<&Id, Vec<usize>>; 4] = Default::default();
        for (n, at) in steps.iter().enumerate() {
            let [sequences, phases, ids, departments] = &mut by_list;
            sequences.entry(at.sequence().id()).or_default().push(n);
            phases.entry(at.phase().id()).or_default().push(n);
            ids.entry(at.step().id()).or_default().push(n);
            if let Some(department) = at.step().department() {
                departments.entry(department).or_default().push(n);
            }
        }
        let departments: HashSet<&Id> =
            model.departments().iter().map(crate::model::Department::id).collect();
        let mut found = Vec::new();
        for rule in &self.rules {
            let Some(scope) = &rule.scope else { continue };
            let before = found.len();
            for (list, ((field, ids), by_id)) in scope.lists().into_iter().zip(&by_list).enumerate() {
                for (i, id) in ids.iter().enumerate() {
                    // A department that owns no step is still the model's.
                    let known = by_id.contains_key(id) || (list == 3 && departments.contains(id));
                    if !known {
                        found.push(Violation::new(
                            format!("rules/{}.when.scope.{field}[{i}]", rule.id()),
                            Problem::NotInModel,
                            id.as_str(),
                        ));
                    }
                }
            }
            if found.len() > before {
                continue;
            }
            let fewest = scope
                .lists()
                .into_iter()
                .zip(&by_list)
                .filter(|((_, ids), _)| !ids.is_empty())
                .map(|((_, ids), by_id)| {
                    let of = |id: &Id| by_id.get(id).map_or(&[][..], Vec::as_slice);
                    (ids.iter().map(|id| of(id).len()).sum::<usize>(), ids.iter().flat_map(of))
                })
                .min_by_key(|(count, _)| *count);
            let meets = fewest.is_some_and(|(_, mut candidates)| {
                candidates.any(|&n| steps.get(n).is_some_and(|at| scope.contains(*at)))
            });
            if !meets {
                found.push(Violation::new(
                    format!("rules/{}.when.scope", rule.id()),
                    Problem::NoStepInScope,
                    "",
                ));
            }
        }
        found
    }

    /// For each moment kind, the rules that can match a step of that kind in
    /// `model` at `level`, ascending. Rules are dropped here, once per
    /// derivation, when the profile, the brand or the level rules them out,
    /// or when they need a channel or a characteristic that no step of the
    /// model has: such rules then cost nothing per step.
    fn candidates(&self, model: &ServiceModel, level: ServiceLevel) -> Candidates {
        let (channels, characteristics) =
            model.steps().fold((EnumSet::new(), EnumSet::new()), |(ch, cs), at| {
                (ch.union(at.channels()), cs.union(at.step().characteristics()))
            });
        let can_match = |i: &u32| {
            self.rules.get(*i as usize).is_some_and(|r| {
                let wanted = r.condition.characteristics();
                r.template().targets().get(level).is_some()
                    && !r.reach.is_disjoint(channels)
                    && (wanted.is_empty() || !wanted.is_disjoint(characteristics))
                    && r.condition.holds_for(model.profile(), model.brand(), level)
            })
        };
        let mut any = Vec::with_capacity(self.index.any_moment.len());
        any.extend(self.index.any_moment.iter().copied().filter(can_match));
        let named: usize = self.index.by_moment.iter().map(Vec::len).sum();
        let mut flat = Vec::with_capacity(4 * (named + any.len() * self.index.by_moment.len()));
        let mut ends = Vec::with_capacity(4 * self.index.by_moment.len());
        let mut named_here = Vec::new();
        let mut merged = Vec::new();
        for (moment, list) in MomentKind::ALL.iter().zip(&self.index.by_moment) {
            named_here.clear();
            named_here.extend(list.iter().copied().filter(can_match));
            merged.clear();
            merged.extend(merge_ascending(&named_here, &any).filter(|i| {
                self.rules.get(*i as usize).is_some_and(|r| !r.condition.excluded_moments().contains(*moment))
            }));
            // One list per kind of contact, so a step looks only at rules whose
            // contact clauses it meets.
            for initiator in Initiator::ALL {
                for opens in [false, true] {
                    flat.extend(merged.iter().copied().filter(|i| {
                        self.rules
                            .get(*i as usize)
                            .is_some_and(|r| r.condition.contact_holds(*initiator, opens))
                    }));
                    ends.push(flat.len());
                }
            }
        }
        Candidates { flat, ends }
    }
}

/// The candidate rules of each moment kind and kind of contact, stored back to back.
struct Candidates {
    flat: Vec<u32>,
    /// Where each list ends in `flat`, by [`Candidates::slot`].
    ends: Vec<usize>,
}

impl Candidates {
    /// The list of a moment kind (by index), for a step `initiator` starts,
    /// opening a contact or not.
    fn get(&self, moment: usize, initiator: Initiator, opens: bool) -> Option<&[u32]> {
        let slot = (moment * Initiator::ALL.len() + initiator.index()) * 2 + usize::from(opens);
        let start = match slot.checked_sub(1) {
            Some(previous) => *self.ends.get(previous)?,
            None => 0,
        };
        self.flat.get(start..*self.ends.get(slot)?)
    }
}

fn step_info(model: &ServiceModel, at: StepRef<'_>, departments: &Departments<'_>) -> StepInfo {
    let department = at.step().department().cloned();
    let names = Names {
        company: Arc::clone(model.name_shared()),
        sequence: Arc::clone(&at.sequence().name),
        phase: Arc::clone(&at.phase().name),
        step: Arc::clone(&at.step().name),
        department: department.as_ref().and_then(|d| departments.get(d.as_str())).map(|(_, n)| Arc::clone(n)),
        industry: model.industry(),
    };
    StepInfo::new(at.path(), at.step().moment(), department, Some(names))
}

/// Which of two rules of one concern wins at a step: the challenger `a`
/// (with its target there) or the incumbent `b`; and what decided.
fn precedence(a: &Rule, a_target: Target, b: &Rule, b_target: Target) -> (Precedence, bool) {
    let (a_scoped, b_scoped) = (a.scope.is_some(), b.scope.is_some());
    if a_scoped != b_scoped {
        return (Precedence::Scope, a_scoped);
    }
    if a.catalogue != b.catalogue {
        return (Precedence::UserRule, !a.catalogue);
    }
    let (a_specific, b_specific) = (a.specificity, b.specificity);
    if a_specific != b_specific {
        return (Precedence::Specificity, a_specific > b_specific);
    }
    let (a_stricter, b_stricter) =
        (a_target.is_at_least_as_strict_as(&b_target), b_target.is_at_least_as_strict_as(&a_target));
    if a_stricter != b_stricter {
        return (Precedence::StricterTarget, a_stricter);
    }
    (Precedence::RuleId, a.id() < b.id())
}

/// A model's departments by id: each one's place in the model and its name.
type Departments<'a> = FxHashMap<&'a str, (u32, &'a Arc<str>)>;

/// The policies found while walking the steps: one per rule and department
/// (or the business), each found again by one look-up, so that the time
/// grows with the number of policies, not with its square, in a model of
/// many departments.
#[derive(Default)]
struct Policies {
    /// Each policy with its rule's position and its department's place in
    /// the model (`None`: the business's), in the order found.
    found: Vec<Found>,
    /// Where in `found` the policy of each rule and department is.
    places: FxHashMap<(u32, Option<u32>), usize>,
}

/// A policy while deriving, with what it is looked up by.
struct Found {
    /// The position of its rule.
    rule: u32,
    /// Its department's place in the model; `None` for the business's.
    department: Option<u32>,
    /// The policy.
    policy: Policy,
}

impl Policies {
    /// Adds `step` to the policy `rule` already has for the department at
    /// `place` in the model (or the business, by `scope`), if it has one;
    /// `false` when the policy is new (then call [`Self::add`]).
    fn add_step(&mut self, rule: u32, scope: PolicyScope, place: Option<u32>, step: &StepPath) -> bool {
        let place = match scope {
            PolicyScope::Business => None,
            PolicyScope::Department => place,
        };
        let found = self.places.get(&(rule, place)).and_then(|&n| self.found.get_mut(n));
        match found {
            Some(found) => {
                found.policy.push_step(step.clone());
                true
            }
            None => false,
        }
    }

    /// Starts the policy `rule` has for `department` (at `place` in the
    /// model), with its first standard.
    fn add(&mut self, rule: u32, scope: PolicyScope, department: Option<(&Id, u32)>, standard: Standard) {
        let department = match scope {
            PolicyScope::Business => None,
            PolicyScope::Department => department,
        };
        let step = standard.step().clone();
        let scope = if department.is_some() { scope } else { PolicyScope::Business };
        let place = department.map(|(_, n)| n);
        self.places.insert((rule, place), self.found.len());
        let policy = Policy::new(standard, scope, department.map(|(d, _)| d.clone()), vec![step]);
        self.found.push(Found { rule, department: place, policy });
    }

    /// One policy per department (or the business) and concern (by the
    /// concern number of each rule, `concern_of`), by the same precedence as
    /// standards; the business's first, then by department in model order,
    /// then by rule.
    fn finish(
        self,
        rules: &RuleSet,
        concern_of: impl Fn(u32) -> u32,
        superseded: &mut Vec<Superseded>,
    ) -> Vec<Policy> {
        let mut kept: Vec<Found> = Vec::with_capacity(self.found.len());
        let mut places: FxHashMap<(Option<u32>, u32), usize> =
            FxHashMap::with_capacity_and_hasher(self.found.len(), FxBuildHasher);
        for found in self.found {
            let key = (found.department, concern_of(found.rule));
            let Some(slot) = places.get(&key).and_then(|&n| kept.get_mut(n)) else {
                places.insert(key, kept.len());
                kept.push(found);
                continue;
            };
            let (Some(a), Some(b)) =
                (rules.rules.get(found.rule as usize), rules.rules.get(slot.rule as usize))
            else {
                continue;
            };
            let (reason, challenger_wins) =
                precedence(a, found.policy.standard().target(), b, slot.policy.standard().target());
            let (winner, loser) = if challenger_wins {
                let lost = std::mem::replace(slot, found);
                (&slot.policy, lost.policy)
            } else {
                (&slot.policy, found.policy)
            };
            superseded.push(Superseded::new(
                Arc::clone(loser.standard().source()),
                Arc::clone(winner.standard().source()),
                Arc::clone(loser.standard().step_info()),
                reason,
            ));
        }
        kept.sort_by_key(|f| (f.department.map_or(0, |d| u64::from(d) + 1), f.rule));
        kept.into_iter().map(|f| f.policy).collect()
    }
}

/// What lost at a step to a standard that was then left out because its
/// concern was stated earlier in the contact lost, in the end, to that
/// earlier rule: each is repointed to it. One pass over the step's entries
/// and a table of the few left out (`left_out`, emptied first and kept
/// from step to step so that it allocates once), not a scan of the
/// entries for each.
fn repoint(here: &mut [Superseded], left_out: &mut FxHashMap<*const Source, Arc<Source>>) {
    left_out.clear();
    left_out.extend(
        here.iter()
            .filter(|x| x.reason() == Precedence::EarlierInContact)
            .map(|x| (Arc::as_ptr(x.loser()), Arc::clone(x.winner()))),
    );
    if left_out.is_empty() {
        return;
    }
    for lost in here.iter_mut() {
        if lost.reason() != Precedence::EarlierInContact {
            if let Some(earlier) = left_out.get(&Arc::as_ptr(lost.winner())) {
                lost.lost_to(Arc::clone(earlier), Precedence::EarlierInContact);
            }
        }
    }
}

/// Where each concern's standard is among those kept at the current step:
/// a slot per concern number, stamped with the step it was set at, so
/// moving to the next step clears every slot at once.
struct ConcernPlaces {
    /// Per concern number: the step it was set at and its place.
    slots: Vec<(u32, u32)>,
    /// The current step, counted from 1 (0 marks a slot never set).
    step: u32,
}

impl ConcernPlaces {
    fn new(concerns: usize) -> Self {
        Self { slots: vec![(0, 0); concerns], step: 0 }
    }

    /// Moves to the next step: no concern has a place yet.
    fn next_step(&mut self) {
        self.step = self.step.wrapping_add(1);
        if self.step == 0 {
            // After 2³² − 1 steps the stamps start again from a clean table.
            self.slots.iter_mut().for_each(|slot| *slot = (0, 0));
            self.step = 1;
        }
    }

    /// The place of `concern`'s standard at this step, if it has one.
    fn get(&self, concern: u32) -> Option<usize> {
        self.slots.get(concern as usize).filter(|(at, _)| *at == self.step).map(|&(_, place)| place as usize)
    }

    /// Records that `concern`'s standard is at `place` at this step.
    fn set(&mut self, concern: u32, place: usize) {
        if let Some(slot) = self.slots.get_mut(concern as usize) {
            *slot = (self.step, u32::try_from(place).unwrap_or(u32::MAX));
        }
    }
}

/// The concerns stated once per contact in the contact open now, each with
/// the rule that stated it: a slot per concern number, stamped with the
/// contact it was set in.
struct Stated {
    /// Per concern number: the contact it was stated in and by which rule.
    slots: Vec<(u32, Option<Arc<Source>>)>,
    /// The current contact, counted from 1 (0 marks a slot never set).
    contact: u32,
}

impl Stated {
    fn new(concerns: usize) -> Self {
        Self { slots: vec![(0, None); concerns], contact: 1 }
    }

    /// A new contact opens: nothing is stated in it yet.
    fn new_contact(&mut self) {
        self.contact = self.contact.wrapping_add(1);
        if self.contact == 0 {
            self.slots.iter_mut().for_each(|slot| *slot = (0, None));
            self.contact = 1;
        }
    }

    /// The rule that stated `concern` in this contact, if one did.
    fn get(&self, concern: u32) -> Option<&Arc<Source>> {
        self.slots.get(concern as usize).filter(|(at, _)| *at == self.contact).and_then(|(_, by)| by.as_ref())
    }

    /// Records that `by` stated `concern` in this contact.
    fn set(&mut self, concern: u32, by: Arc<Source>) {
        if let Some(slot) = self.slots.get_mut(concern as usize) {
            *slot = (self.contact, Some(by));
        }
    }
}

/// The first clause that made `rule` match: characteristic, factor, emotion,
/// capability, channel, moment.
fn trigger(rule: &Rule, model: &ServiceModel, at: StepRef<'_>, reach: EnumSet<Channel>) -> Provenance {
    let c = &rule.condition;
    if let Some(ch) = c.first_characteristic(at.step().characteristics()) {
        return Provenance::Characteristic(ch);
    }
    if let Some(f) = c.first_factor(model.profile()) {
        return Provenance::Factor(f);
    }
    if let Some(e) = c.emotions().intersection(model.brand().emotions()).first() {
        return Provenance::Emotion(e);
    }
    if let Some(cap) = c.capabilities().first() {
        return Provenance::Capability(cap);
    }
    if !c.channels().is_empty() {
        if let Some(ch) = reach.first() {
            return Provenance::Channel(ch);
        }
    }
    Provenance::Moment(at.step().moment())
}

/// The union of two ascending lists, ascending (the lists share no value
/// unless a rule both names and does not name a moment, which cannot be).
fn merge_ascending<'a>(a: &'a [u32], b: &'a [u32]) -> impl Iterator<Item = u32> + 'a {
    let (mut i, mut j) = (0, 0);
    std::iter::from_fn(move || match (a.get(i), b.get(j)) {
        (Some(&x), Some(&y)) if x <= y => {
            i += 1;
            Some(x)
        }
        (_, Some(&y)) => {
            j += 1;
            Some(y)
        }
        (Some(&x), None) => {
            i += 1;
            Some(x)
        }
        (None, None) => None,
    })
}

#[cfg(test)]
mod tests {
    use super::merge_ascending;

    #[test]
    fn merges_in_order() {
        assert_eq!(merge_ascending(&[1, 4, 6], &[0, 2, 5, 9]).collect::<Vec<_>>(), [0, 1, 2, 4, 5, 6, 9]);
        assert_eq!(merge_ascending(&[], &[3]).collect::<Vec<_>>(), [3]);
        assert_eq!(merge_ascending(&[3], &[]).collect::<Vec<_>>(), [3]);
    }
}
