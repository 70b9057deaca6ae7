//! Stage 4, policies: rules about the organisation rather than a moment
//! derive a [`Policy`], stated once for the business or once per
//! department and called for by every step where the rule matches; one
//! policy per department (or the business) and concern is kept, by the
//! same precedence as standards.

use std::{collections::hash_map::Entry as Slot, sync::Arc};

use rustc_hash::{FxBuildHasher, FxHashMap};

use super::{
    concerns::precedence,
    step::{Department, DepartmentPos},
};
use crate::{
    model::StepPath,
    rules::rule_set::{ConcernNo, RulePos, RuleRef},
    standard::Policy,
    standard::PolicyScope,
    standard::Standard,
    standard::Superseded,
};

/// The policies found while walking the steps: one per rule and department
/// (or the business), each found again by one look-up, so that the time
/// grows with the number of policies, not with its square, in a model of
/// many departments.
#[derive(Default)]
pub(super) struct Policies<'a> {
    /// Each policy with what it is decided by, in the order found.
    found: Vec<Found<'a>>,
    /// Where in `found` the policy of each rule and department (or the
    /// business) is: a place is set as its policy is pushed, so every
    /// place is below `found.len()`.
    places: FxHashMap<PolicyKey, usize>,
}

/// A rule and a department (or the business) as one number, the key a
/// policy is found again by at every step that calls for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct PolicyKey(u64);

impl PolicyKey {
    fn new(rule: RulePos, department: Option<DepartmentPos>) -> Self {
        Self(u64::from(rule.get()) << 32 | department.map_or(0, |d| u64::from(d.get()) + 1))
    }
}

/// A policy while deriving, with what it is decided by.
struct Found<'a> {
    /// Its rule.
    rule: RuleRef<'a>,
    /// Its department's place in the model; `None` for the business's.
    department: Option<DepartmentPos>,
    /// The policy.
    policy: Policy,
}

impl<'a> Policies<'a> {
    /// Adds `step` to the policy `rule` (of `scope`) has for `department`
    /// (or the business), starting the policy with the standard `first`
    /// makes if there is none yet.
    pub(super) fn add(
        &mut self,
        rule: RuleRef<'a>,
        scope: PolicyScope,
        department: Option<Department<'_>>,
        step: &StepPath,
        first: impl FnOnce() -> Standard,
    ) {
        let department = match scope {
            PolicyScope::Business => None,
            PolicyScope::Department => department,
        };
        let place = department.map(|d| d.pos);
        match self.places.entry(PolicyKey::new(rule.pos, place)) {
            Slot::Occupied(at) => {
                let found = self.found.get_mut(*at.get());
                debug_assert!(found.is_some(), "the place of a policy is in the list of those found");
                if let Some(found) = found {
                    found.policy.push_step(step.clone());
                }
            }
            Slot::Vacant(at) => {
                let standard = first();
                let steps = vec![standard.step().clone()];
                let scope = if department.is_some() { scope } else { PolicyScope::Business };
                let policy = Policy::new(standard, scope, department.map(|d| d.id.clone()), steps);
                at.insert(self.found.len());
                self.found.push(Found { rule, department: place, policy });
            }
        }
    }

    /// One policy per department (or the business) and concern, by the
    /// same precedence as standards, deciding in the order the policies
    /// were found and recording in `superseded` each one left out; the
    /// business's first, then by department in model order, then by rule.
    pub(super) fn finish(self, superseded: &mut Vec<Superseded>) -> Vec<Policy> {
        let mut kept: Vec<Found<'a>> = Vec::with_capacity(self.found.len());
        // Where in `kept` the policy of each department and concern is, set
        // as it is pushed.
        let mut places: FxHashMap<(Option<DepartmentPos>, ConcernNo), usize> =
            FxHashMap::with_capacity_and_hasher(self.found.len(), FxBuildHasher);
        for challenger in self.found {
            let incumbent = match places.entry((challenger.department, challenger.rule.concern)) {
                Slot::Vacant(at) => {
                    at.insert(kept.len());
                    kept.push(challenger);
                    continue;
                }
                Slot::Occupied(at) => kept.get_mut(*at.get()),
            };
            debug_assert!(incumbent.is_some(), "the place of a kept policy is in the list of those kept");
            let Some(incumbent) = incumbent else {
                kept.push(challenger);
                continue;
            };
            let (a, b) = (&challenger, &*incumbent);
            let (reason, challenger_wins) = precedence(
                a.rule.rule,
                a.policy.standard().target(),
                b.rule.rule,
                b.policy.standard().target(),
            );
            let (winner, loser) = if challenger_wins {
                let lost = std::mem::replace(incumbent, challenger);
                (&incumbent.policy, lost.policy)
            } else {
                (&incumbent.policy, challenger.policy)
            };
            superseded.push(Superseded::new(
                Arc::clone(loser.standard().source()),
                Arc::clone(winner.standard().source()),
                Arc::clone(loser.standard().step_info()),
                reason,
            ));
        }
        kept.sort_unstable_by_key(|f| (f.department, f.rule.pos));
        kept.into_iter().map(|f| f.policy).collect()
    }
}
