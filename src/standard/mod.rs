//! Standards: what derivation produces. A [`Standard`] is one measurable
//! [`Target`] at one step; a [`StandardSet`] holds a model's standards, its
//! [`Policy`]s and what was [`Superseded`].

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

pub use amount::Amount;
pub use cover::Cover;
pub use distance::Distance;
pub use policy::Policy;
pub use set::{Coverage, CoverageHole, StandardSet};
pub use standard::{Provenance, Standard, StandardId};
pub use superseded::{Precedence, Superseded};
pub use target::{Measurement, Target};
