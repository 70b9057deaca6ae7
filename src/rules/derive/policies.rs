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
    /// Each policy by its rule and its department (or the business).
    found: FxHashMap<PolicyKey, Found<'a>>,
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
    /// How many policies were found before it.
    order: usize,
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
        let order = self.found.len();
        match self.found.entry(PolicyKey::new(rule.pos, place)) {
            Slot::Occupied(mut found) => found.get_mut().policy.push_step(step.clone()),
            Slot::Vacant(slot) => {
                let standard = first();
                let steps = vec![standard.step().clone()];
                let scope = if department.is_some() { scope } else { PolicyScope::Business };
                let policy = Policy::new(standard, scope, department.map(|d| d.id.clone()), steps);
                slot.insert(Found { order, rule, department: place, policy });
            }
        }
    }

    /// One policy per department (or the business) and concern, by the
    /// same precedence as standards, deciding in the order the policies
    /// were found and recording in `superseded` each one left out; the
    /// business's first, then by department in model order, then by rule.
    pub(super) fn finish(self, superseded: &mut Vec<Superseded>) -> Vec<Policy> {
        let mut found: Vec<Found<'a>> = self.found.into_values().collect();
        found.sort_unstable_by_key(|f| f.order);
        let mut kept: FxHashMap<(Option<DepartmentPos>, ConcernNo), Found<'a>> =
            FxHashMap::with_capacity_and_hasher(found.len(), FxBuildHasher);
        for challenger in found {
            let incumbent = match kept.entry((challenger.department, challenger.rule.concern)) {
                Slot::Vacant(slot) => {
                    slot.insert(challenger);
                    continue;
                }
                Slot::Occupied(slot) => slot.into_mut(),
            };
            let (a, b) = (&challenger, &*incumbent);
            let (reason, challenger_wins) =
                precedence(a.rule.rule, a.policy.target(), b.rule.rule, b.policy.target());
            let (winner, loser) = if challenger_wins {
                let lost = std::mem::replace(incumbent, challenger);
                (&incumbent.policy, lost.policy)
            } else {
                (&incumbent.policy, challenger.policy)
            };
            superseded.push(Superseded::new(
                Arc::clone(loser.as_standard().source()),
                Arc::clone(winner.as_standard().source()),
                Arc::clone(loser.as_standard().step_info()),
                reason,
            ));
        }
        let mut kept: Vec<Found<'a>> = kept.into_values().collect();
        kept.sort_unstable_by_key(|f| (f.department, f.rule.pos));
        kept.into_iter().map(|f| f.policy).collect()
    }
}
