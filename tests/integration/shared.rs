//! What several test files use, declared once (a file loaded as two
//! modules of one binary would be compiled twice): generated models and
//! rule sets and the snapshot check from `tests/support/` (shared with the
//! benches), and the hotel of `examples/shared/` (shared with the examples).
//! A file that alone uses a helper includes it itself.

#[cfg(feature = "serde")]
#[path = "../support/models.rs"]
pub mod models;

#[cfg(feature = "serde")]
#[path = "../support/rules.rs"]
pub mod user_rules;

#[cfg(feature = "serde")]
#[path = "../support/snapshot.rs"]
pub mod snapshot;

#[path = "../../examples/shared/hotel.rs"]
pub mod hotel;
