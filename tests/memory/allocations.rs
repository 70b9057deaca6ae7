//! A derived standard is small, shares its text, and costs no heap
//! allocation of its own: counted by a global allocator, not timed.

#[path = "../support/generator.rs"]
mod generator;

use service_standards::prelude::*;

use crate::{ALONE, thread_allocations};

#[test]
fn a_standard_is_at_most_64_bytes() {
    assert!(size_of::<Standard>() <= 64, "{} bytes", size_of::<Standard>());
}

#[test]
fn deriving_allocates_per_step_not_per_standard() {
    let _alone = ALONE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let model = generator::model(10_000, 7);
    let rules = RuleSet::catalogue();
    let _warm = rules.derive(&model, ServiceLevel::Basic);
    for level in ServiceLevel::ALL {
        let before = thread_allocations();
        let set = rules.derive(&model, *level);
        let allocations = thread_allocations() - before;
        // One shared record per step that has standards, policies or
        // superseded standards, the growth of the set's vectors (at most
        // log2 of their lengths reallocations each), and a few fixed costs
        // (the rule flags, the department names).
        let mut steps: std::collections::HashSet<&StepPath> = set.iter().map(Standard::step).collect();
        steps.extend(set.policies().iter().flat_map(|p| p.steps()));
        steps.extend(set.superseded().iter().map(Superseded::step));
        let growth = |n: usize| (usize::BITS - n.leading_zeros()) as usize;
        let policy_steps: usize = set.policies().iter().map(|p| growth(p.steps().len()) + 1).sum();
        // (the fixed costs: the candidate lists, the department names, the
        // scratch lists of one step, the policies found: 24 at most)
        let bound = steps.len() + growth(set.len()) + growth(set.superseded().len()) + policy_steps + 24;
        let steps_with_standards = steps.len();
        assert!(set.len() > 3 * steps_with_standards, "{} standards", set.len());
        assert!(
            allocations <= bound,
            "{allocations} allocations for {} standards (bound {bound})",
            set.len()
        );
    }
}

/// Two standards compare by the data their statements are rendered from,
/// so comparing two derivations renders (and allocates) nothing.
#[test]
fn comparing_two_derivations_renders_nothing() {
    let _alone = ALONE.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let model = generator::model(200, 7);
    let rules = RuleSet::catalogue();
    let (a, b) = (rules.derive(&model, ServiceLevel::Expected), rules.derive(&model, ServiceLevel::Expected));
    let before = thread_allocations();
    let equal = a == b;
    let allocations = thread_allocations() - before;
    assert!(equal);
    assert_eq!(allocations, 0, "{allocations} allocations to compare {} standards", a.len());
}
