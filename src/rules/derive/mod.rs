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
    candidates::{Candidates, PerLevel},
    concerns::{Contest, Entry},
    contacts::Contact,
    policies::Policies,
    step::{Departments, Shared},
};
use crate::{
    model::Levels, model::ServiceLevel, model::ServiceModel, model::StepRef, rules::RuleSet,
    standard::Standard, standard::StandardSet, standard::Superseded,
};

impl RuleSet {
    /// Derives the standards of `model` at `level`.
    ///
    /// At every step, each rule whose condition holds produces a standard
    /// with the rule's target at `level`, for the step's channels the rule
    /// can reach. A step keeps **at most one standard per concern**: where
    /// several rules of one concern match, one wins by [`Precedence`](crate::standard::Precedence) (a
    /// scoped rule over an unscoped one, a user's rule over the catalogue's,
    /// the more specific condition, the stricter target, then the rule id),
    /// and the set records what it superseded and why
    /// ([`StandardSet::superseded`]). A concern stated once per contact
    /// ([`Rule::is_once_per_contact`](crate::rules::Rule::is_once_per_contact)) is kept at the first step of a contact
    /// where it applies and traced, not repeated, at the contact's later
    /// steps ([`Precedence::EarlierInContact`](crate::standard::Precedence::EarlierInContact)). Rules marked as policies produce
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
        let mut derivation = Derivation::new(self, model, levels);
        for at in model.steps() {
            derivation.step(at);
        }
        derivation.finish()
    }
}

/// What a derivation keeps while it walks the model's steps.
struct Derivation<'a> {
    rules: &'a RuleSet,
    model: &'a ServiceModel,
    levels: &'a Levels,
    /// Whether every phase is at the model's level (then no phase's level
    /// is looked up).
    uniform: bool,
    /// The candidates at each level a phase is derived at, made when first
    /// needed.
    candidates: PerLevel<Candidates<'a>>,
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
}

impl<'a> Derivation<'a> {
    fn new(rules: &'a RuleSet, model: &'a ServiceModel, levels: &'a Levels) -> Self {
        Self {
            rules,
            model,
            levels,
            uniform: levels.is_uniform(),
            candidates: PerLevel::new(),
            departments: Departments::new(model),
            standards: Vec::new(),
            superseded: Vec::new(),
            contest: Contest::new(rules.concerns()),
            contact: Contact::new(rules.concerns()),
            policies: Policies::default(),
        }
    }

    /// Derives the standards of the step at `at`, through every stage.
    fn step(&mut self, at: StepRef<'a>) {
        let (rules, model) = (self.rules, self.model);
        let step = at.step();
        if step.opens_contact() {
            self.contact.open();
        }
        self.contest.next_step();
        // 1. The candidates for a step of this kind at its level, and of
        //    them those that match here.
        let level = self.level(at);
        let candidates =
            self.candidates.get_or_insert_with(level, || Candidates::new(rules, model, level)).for_step(step);
        let channels = at.channels();
        // Made at the first rule that matches: a step without standards
        // allocates nothing.
        let mut shared: Option<Shared<'a>> = None;
        for candidate in candidates {
            let Some(reach) = candidate.reach_at(at, channels) else { continue };
            let shared = shared.get_or_insert_with(|| Shared::new(model, at, &self.departments));
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
        self.contact.state_once(self.contest.kept_mut());
        self.contest.settle(&mut self.superseded);
        self.contest.finish(&mut self.standards, &mut self.superseded);
    }

    /// The level the step at `at` is derived at: its phase's.
    fn level(&self, at: StepRef<'_>) -> ServiceLevel {
        if self.uniform { self.levels.base() } else { self.levels.at(at.sequence().id(), at.phase().id()) }
    }

    /// The set: the standards, the policies kept, and what was left out.
    fn finish(mut self) -> StandardSet {
        let policies = self.policies.finish(&mut self.superseded);
        StandardSet::new(self.levels.clone(), self.standards).with_outcome(policies, self.superseded)
    }
}
