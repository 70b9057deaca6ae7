//! Derivation: a model and a rule set in, standards out.
//!
//! The method, step by step through the model, in stages (DESIGN.md,
//! "Rules and derivation"; DOMAIN.md, section 7):
//!
//! 1. **Candidates for a step** ([`candidates`]): once per derivation and
//!    level, the rules that can match a step of each moment kind and kind
//!    of contact (who starts it, whether it opens one); at a step, those of
//!    them whose characteristics, channels and scope it meets.
//! 2. **Concerns and precedence** ([`concerns`]): at most one standard per
//!    step and concern; the others are recorded as superseded, with what
//!    decided.
//! 3. **Contacts** ([`contacts`]): a concern stated once per contact is
//!    kept at the contact's first step that calls for it and left out,
//!    traced, at its later steps.
//! 4. **Policies** ([`policies`]): rules about the organisation give one
//!    policy per business or department and concern, not a standard per step.
//!
//! [`Derivation`] holds what the stages keep while the steps go by; what
//! the standards of one step share is made once for the step ([`step`]).

mod candidates;
mod concerns;
mod contacts;
mod policies;
mod scopes;
mod step;

use std::sync::Arc;

use self::{
    candidates::{Before, Candidates, PerLevel},
    concerns::{Contest, Entry},
    contacts::Contact,
    policies::Policies,
    step::{Departments, Shared},
};
use crate::{
    model::Levels, model::Sequence, model::ServiceLevel, model::ServiceModel, model::ServiceProfile,
    model::StepRef, rules::Pack, rules::RuleSet, standard::Standard, standard::StandardSet,
    standard::Superseded, standard::wording::nouns::Nouns,
};

impl RuleSet {
    /// Derives the standards of `model` at `level`.
    ///
    /// At every step, each rule whose condition holds produces a standard
    /// with the rule's target at `level`, for the step's channels the rule
    /// can reach. A step keeps **at most one standard per concern**: where
    /// several rules of one concern match, one wins by
    /// [`Precedence`](crate::standard::Precedence) (a scoped rule over an
    /// unscoped one, a user's rule over the catalogue's, the more specific
    /// condition, the stricter target, then the rule id), and the set
    /// records what it superseded and why ([`StandardSet::superseded`]). A
    /// concern stated once per contact
    /// ([`Rule::is_once_per_contact`](crate::rules::Rule::is_once_per_contact))
    /// is kept at the first step of a contact where it applies and traced,
    /// not repeated, at the contact's later steps
    /// ([`Precedence::EarlierInContact`](crate::standard::Precedence::EarlierInContact)).
    /// Rules marked as policies produce [`Policy`](crate::standard::Policy)s
    /// instead: once for the business, or once per department
    /// ([`StandardSet::policies`]).
    ///
    /// The model's [`Pack`] gives the words of the statements and its own
    /// rules: a pack added to this set ([`with_pack`](Self::with_pack)),
    /// else the built-in pack of that id, whose rules are derived with this
    /// set's (a rule of this set with the same id as one of the pack's
    /// replaces it). A model naming a pack the set does not know is derived
    /// with the general words and this set's rules alone;
    /// [`try_derive`](Self::try_derive) refuses it instead.
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
        // The model's pack: added to this set, or built in (its rules are
        // taken for this derivation), or unknown (the general words).
        let id = model.pack().as_str();
        if let Some(words) = self.added_words(id) {
            return self.derive_in(model, levels, words);
        }
        match Pack::builtin(id) {
            Some(pack) if pack.rules().is_empty() => self.derive_in(model, levels, pack.words()),
            Some(pack) => self.with_builtin(pack).derive_in(model, levels, pack.words()),
            None => self.derive_in(model, levels, Nouns::general()),
        }
    }

    /// Derives [`derive`](Self::derive)'s set with a model that names a pack
    /// the set knows ([`check_pack`](Self::check_pack)).
    ///
    /// # Errors
    ///
    /// The error of [`check_pack`](Self::check_pack): the model names a pack
    /// the set does not know.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let model = ServiceModel::builder("Corner Bakery").pack("bakery").build()?;
    /// let err = RuleSet::catalogue().try_derive(&model, ServiceLevel::Expected).unwrap_err();
    /// assert_eq!(err.violations()[0].problem(), &Problem::UnknownPack);
    /// # Ok::<(), Error>(())
    /// ```
    pub fn try_derive(&self, model: &ServiceModel, level: ServiceLevel) -> Result<StandardSet, crate::Error> {
        self.check_pack(model)?;
        Ok(self.derive(model, level))
    }

    /// Derives with the pack's words `nouns` (its rules are in this set).
    fn derive_in(&self, model: &ServiceModel, levels: &Levels, nouns: &Arc<Nouns>) -> StandardSet {
        let mut derivation = Derivation::new(self, model, levels, nouns);
        let steps: usize = model.sequences().iter().flat_map(Sequence::phases).map(|p| p.steps().len()).sum();
        for (done, at) in model.steps().enumerate() {
            if done == SAMPLE && steps >= 2 * SAMPLE {
                derivation.make_room(done, steps);
            }
            derivation.step(at);
        }
        derivation.finish()
    }
}

/// How many steps a derivation walks before it reckons, from what they
/// gave, the room the whole model's standards need.
const SAMPLE: usize = 1024;

/// What a derivation keeps while it walks the model's steps.
struct Derivation<'a> {
    rules: &'a RuleSet,
    model: &'a ServiceModel,
    levels: &'a Levels,
    /// Whether every phase is at the model's level (then no phase's level
    /// is looked up).
    uniform: bool,
    /// The candidates at each level a phase is derived at, made when first
    /// needed, for the model's profile.
    candidates: PerLevel<Candidates<'a>>,
    /// The same for each profile of its own a sequence has, in the order
    /// first met (a few at most: a bank's cash desk and its loans).
    own_profiles: Vec<(&'a ServiceProfile, PerLevel<Candidates<'a>>)>,
    /// The model's departments, for the steps' names and the policies.
    departments: Departments<'a>,
    /// The standards kept so far, in model order, then rule order.
    standards: Vec<Standard>,
    /// The standards (and policies) left out so far, and why.
    superseded: Vec<Superseded>,
    /// The current step's standards while its concerns are decided.
    contest: Contest<'a>,
    /// The contact open now.
    contact: Contact<'a>,
    /// The policies found so far.
    policies: Policies<'a>,
    /// Whether room was made for the whole model ([`Derivation::make_room`]).
    room_made: bool,
    /// The words of the model's pack.
    nouns: &'a Arc<Nouns>,
    /// The kinds of step met before the current one in its phase and sequence.
    before: Before<'a>,
}

/// The room to add to a list that holds `so_far` after `done` of `steps`
/// steps: what the other steps will add at the same pace, and an eighth
/// more of the whole.
fn more_room(so_far: usize, done: usize, steps: usize) -> usize {
    let all = so_far.saturating_mul(steps) / done.max(1);
    all.saturating_add(all / 8).saturating_sub(so_far)
}

/// Gives back the room `list` has beyond a quarter more than it holds:
/// room reckoned too large, when a model's first steps gave more than the
/// rest.
fn give_back<T>(list: &mut Vec<T>) {
    if list.capacity() > list.len().saturating_add(list.len() / 4) {
        list.shrink_to_fit();
    }
}

impl<'a> Derivation<'a> {
    fn new(rules: &'a RuleSet, model: &'a ServiceModel, levels: &'a Levels, nouns: &'a Arc<Nouns>) -> Self {
        Self {
            rules,
            model,
            levels,
            uniform: levels.is_uniform(),
            candidates: PerLevel::new(),
            own_profiles: Vec::new(),
            departments: Departments::new(model),
            standards: Vec::new(),
            superseded: Vec::new(),
            contest: Contest::new(rules.concerns()),
            contact: Contact::new(rules.concerns()),
            policies: Policies::default(),
            room_made: false,
            nouns,
            before: Before::default(),
        }
    }

    /// Derives the standards of the step at `at`, through every stage.
    fn step(&mut self, at: StepRef<'a>) {
        let (rules, model) = (self.rules, self.model);
        let step = at.step();
        if let Some(contact) = step.contact {
            self.contact.enter(contact, at.sequence().resumes);
        }
        self.contest.next_step();
        self.before.enter(at);
        // 1. The candidates for a step of this kind at its level (and its
        //    sequence's profile), and of them those that match here.
        let level = self.level(at);
        let per_level = match at.sequence().profile() {
            None => &mut self.candidates,
            Some(profile) => {
                let own = &mut self.own_profiles;
                let place = match own.iter().position(|(p, _)| *p == profile) {
                    Some(place) => place,
                    None => {
                        own.push((profile, PerLevel::new()));
                        own.len() - 1
                    }
                };
                match own.get_mut(place) {
                    Some((_, per_level)) => per_level,
                    None => &mut self.candidates,
                }
            }
        };
        let profile = model.profile_of(at.sequence());
        let candidates = per_level
            .get_or_insert_with(level, || Candidates::new(rules, model, profile, level))
            .for_step(step);
        let channels = at.channels();
        // Made at the first rule that matches: a step without standards
        // allocates nothing.
        let mut shared: Option<Shared<'a>> = None;
        for candidate in candidates {
            let Some(reach) = candidate.reach_at(at, channels, &self.before) else { continue };
            let shared = shared.get_or_insert_with(|| Shared::new(model, at, &self.departments, self.nouns));
            let rule = candidate.rule;
            let standard = || {
                Standard::new(
                    Arc::clone(&rule.rule.source),
                    Arc::clone(&shared.info),
                    candidate.target,
                    reach,
                    level,
                    candidate.provenance(at, reach),
                )
            };
            // 4. A policy is stated once for many steps; 2. a standard
            //    enters the contest of its concern.
            match rule.rule.policy {
                Some(scope) => {
                    self.policies.add(rule, scope, shared.department, shared.info.path(), standard)
                }
                None => self.contest.enter(Entry::new(rule, standard())),
            }
        }
        // 3. What this contact stated at an earlier step is left out; then
        // 2. what lost is recorded, and what is kept goes to the set.
        if step.is_contact() {
            self.contact.state_once(self.contest.kept_mut());
        }
        self.contest.settle(&mut self.superseded);
        self.contest.finish(&mut self.standards, &mut self.superseded);
        self.before.leave(at);
    }

    /// Makes room at once for what the model's `steps` will give, reckoned
    /// from what the first `done` gave, with an eighth more: a large set is
    /// then not copied into ever larger memory as it grows (at 100,000
    /// steps that copying, and the fresh pages each copy touches, took a
    /// third of the time). Only the room changes, never what is derived.
    fn make_room(&mut self, done: usize, steps: usize) {
        self.standards.reserve(more_room(self.standards.len(), done, steps));
        self.superseded.reserve(more_room(self.superseded.len(), done, steps));
        self.room_made = true;
    }

    /// The level the step at `at` is derived at: its phase's.
    fn level(&self, at: StepRef<'_>) -> ServiceLevel {
        if self.uniform { self.levels.base() } else { self.levels.at(at.sequence().id(), at.phase().id()) }
    }

    /// The set: the standards, the policies kept, and what was left out.
    fn finish(mut self) -> StandardSet {
        if self.room_made {
            give_back(&mut self.standards);
            give_back(&mut self.superseded);
        }
        let policies = self.policies.finish(&mut self.superseded);
        StandardSet::new(self.levels.clone(), self.standards).with_outcome(policies, self.superseded)
    }
}

#[cfg(test)]
mod tests {
    use super::{give_back, more_room};

    #[test]
    fn room_is_reckoned_at_the_pace_of_the_first_steps_with_an_eighth_more() {
        // 1,000 standards in 1,024 of 10,240 steps: 10,000 in all, 11,250 with an eighth more.
        assert_eq!(more_room(1_000, 1_024, 10_240), 10_250);
        assert_eq!(more_room(0, 1_024, 10_240), 0);
        assert_eq!(more_room(usize::MAX, 1_024, 10_240), 0);
        // No step done yet counts as one.
        assert_eq!(more_room(5, 0, 10), 51);
    }

    #[test]
    fn room_beyond_a_quarter_more_is_given_back() {
        let mut list: Vec<u64> = Vec::with_capacity(1_000);
        list.extend(0..800);
        give_back(&mut list);
        assert_eq!(list.capacity(), 1_000);
        list.truncate(700);
        give_back(&mut list);
        assert!(list.capacity() < 1_000 && list.capacity() >= 700, "{}", list.capacity());
        assert_eq!(list, (0..700).collect::<Vec<_>>());
    }
}
