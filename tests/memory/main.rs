//! The tests that count the heap with a global allocator, in a binary of
//! their own.
//!
//! Why apart: a global allocator counts every allocation of the process,
//! whichever thread makes it, and the test harness runs tests in parallel
//! threads. In the integration binary every other test running meanwhile
//! would be counted too; here the only tests are these, and each one that
//! measures holds [`ALONE`] for its whole run. A binary has one global
//! allocator, so both files share the one below: it counts allocations,
//! per thread (`allocations.rs`), and the bytes alive and the most alive at once
//! (`stream_memory.rs`).

mod allocations;
mod stream_memory;

use std::{
    alloc::{GlobalAlloc, Layout, System},
    cell::Cell,
    sync::{
        Mutex,
        atomic::{AtomicUsize, Ordering},
    },
};

/// Counts the allocations, the bytes alive, and the most alive at once
/// since the last reset.
struct Counting;

thread_local! {
    /// Allocations and reallocations made by this thread: what a test that
    /// counts allocations reads, so that the harness's threads (starting
    /// and reporting other tests meanwhile) are not counted.
    static THREAD_ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

/// Allocations and reallocations made by the calling thread since it started.
fn thread_allocations() -> usize {
    THREAD_ALLOCATIONS.try_with(Cell::get).unwrap_or(0)
}

/// Counts one allocation for the calling thread.
fn counted() {
    // A thread being torn down has no counter any more: not counted.
    let _ = THREAD_ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
}

/// The bytes alive.
static LIVE: AtomicUsize = AtomicUsize::new(0);
/// The most bytes alive at once since a test last stored `LIVE` in it.
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// Held by each test for its whole measurement: the counts are the
/// process's, so two tests measuring at once would count each other's
/// memory.
static ALONE: Mutex<()> = Mutex::new(());

fn grew(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Ordering::Relaxed) + bytes;
    PEAK.fetch_max(live, Ordering::Relaxed);
}

// SAFETY: every call is passed straight to the system allocator; the
// counters are only statistics.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        counted();
        // SAFETY: the caller upholds `alloc`'s contract, which we forward.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` was allocated by `System` with this layout.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        counted();
        // SAFETY: forwarded unchanged.
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            // Both blocks may be alive for a moment: counted as the larger
            // one growing from the old, which is what stays.
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
            grew(new_size);
        }
        new
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;
