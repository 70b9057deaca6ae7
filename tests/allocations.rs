//! A derived standard is small, shares its text, and costs no heap
//! allocation of its own: counted by a global allocator, not timed.

#[path = "support/generator.rs"]
mod generator;

use std::{
    alloc::{GlobalAlloc, Layout, System},
    sync::atomic::{AtomicUsize, Ordering},
};

use service_standards::*;

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed straight to the system allocator; the counter
// is only a statistic.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: the caller upholds `alloc`'s contract, which we forward.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` was allocated by `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded unchanged.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

#[test]
fn a_standard_is_at_most_64_bytes() {
    assert!(size_of::<Standard>() <= 64, "{} bytes", size_of::<Standard>());
}

#[test]
fn deriving_allocates_per_step_not_per_standard() {
    let model = generator::model(10_000, 7);
    let rules = RuleSet::catalogue();
    let _warm = rules.derive(&model, ServiceLevel::Basic);
    for level in ServiceLevel::ALL {
        let before = ALLOCATIONS.load(Ordering::Relaxed);
        let set = rules.derive(&model, *level);
        let allocations = ALLOCATIONS.load(Ordering::Relaxed) - before;
        // Standards come grouped by step, so each change of step is a new step.
        let steps: Vec<&StepPath> = set.iter().map(Standard::step).collect();
        let steps_with_standards = 1 + steps.windows(2).filter(|w| w[0] != w[1]).count();
        // One shared record per step that has standards, the growth of one
        // vector (at most log2 of its length reallocations), and a few
        // fixed costs (the rule flags, the department names).
        let growth = usize::BITS - set.len().leading_zeros();
        let bound = steps_with_standards + growth as usize + 16;
        assert!(set.len() > 5 * steps_with_standards, "{} standards", set.len());
        assert!(
            allocations <= bound,
            "{allocations} allocations for {} standards (bound {bound})",
            set.len()
        );
    }
}
