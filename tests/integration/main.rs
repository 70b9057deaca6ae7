//! The integration tests: one binary, one module per layer of the crate,
//! lowest first (as in `src/lib.rs`), each a folder holding one file per
//! concern. Every test uses only the public API.
//!
//! Run one layer or one file by its path: `cargo test --test integration
//! rules::`, `cargo test --test integration model::validation`.
//!
//! Beside the modules: `tests/support/` (generators and helpers, shared with
//! the benches), `tests/fixtures/` (frozen documents), `tests/snapshots/`
//! (reviewed outputs) and `tests/proptest-regressions/<layer>/<file>.txt`
//! (the failures proptest once found, replayed before any new case: proptest
//! looks for them there because this `main.rs` sits above the source files).
//! The tests that count the process's heap are a binary of their own,
//! `tests/memory/`.

/// Helpers several files use, declared once.
mod shared;

/// The layers point one way: the check of every source file.
mod layers;

/// Errors, ids, vocabularies, re-exports and inputs of hostile size.
mod base;

/// Every document type: versions, frozen fixtures, round trips, checks when
/// read, fuzz regressions and schemas.
mod documents;

/// The service model: its queries, its validation, its texts.
mod model;

/// Standards, their sets, targets, diffs and wording.
mod standard;

/// Rules, the catalogue, and derivation.
mod rules;

/// Survey responses and their CSV import.
mod survey;

/// Survey exports read through a mapping (feature `csv`): time zones,
/// mapping documents, bad input.
#[cfg(feature = "csv")]
mod import;

/// Handbooks and blueprints.
mod publish;

/// Audits, feedback, reviews and the improvement plan.
mod assess;

/// SVG charts.
#[cfg(feature = "charts")]
mod charts;
