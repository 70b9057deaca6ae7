//! Standards: what derivation produces.

pub(crate) mod amount;
pub(crate) mod cover;
pub(crate) mod distance;
#[cfg(feature = "serde")]
pub(crate) mod document;
pub(crate) mod policy;
pub(crate) mod set;
#[allow(clippy::module_inception, reason = "the file is named after the type it holds")]
pub(crate) mod standard;
pub(crate) mod superseded;
pub(crate) mod target;
