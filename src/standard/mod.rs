//! Standards: what derivation produces. A [`Standard`] is one measurable
//! [`Target`] at one step; a [`StandardSet`] holds a model's standards, its
//! [`Policy`]s and what was [`Superseded`]. What standards are made of
//! lives here too: a [`Template`] (kind, dimension, [`Statement`] with
//! [`Placeholder`]s, [`LevelTargets`] per level) and the [`PolicyScope`] of a
//! policy.
//!
//! The layer above [`model`](crate::model): it names only the model and the
//! base. Standards need nothing of [`rules`](crate::rules), so a standard
//! set reads back from a document without building a rule; rules build on
//! this layer.

pub(crate) mod amount;
pub(crate) mod cover;
pub(crate) mod diff;
pub(crate) mod distance;
#[cfg(feature = "serde")]
pub(crate) mod document;
pub(crate) mod locale;
pub(crate) mod policy;
pub(crate) mod policy_scope;
pub(crate) mod set;
pub(crate) mod source;
#[allow(clippy::module_inception, reason = "the file is named after the type it holds")]
pub(crate) mod standard;
pub(crate) mod statement;
pub(crate) mod superseded;
pub(crate) mod target;
pub(crate) mod template;
pub(crate) mod wording;

pub use amount::Amount;
pub use cover::Cover;
pub use diff::{Changed, SetDiff};
pub use distance::Distance;
pub use locale::Locale;
pub use policy::Policy;
pub use policy_scope::PolicyScope;
pub use set::{Coverage, CoverageHole, StandardSet};
pub use standard::{Provenance, Standard, StandardId};
pub use statement::{Placeholder, Statement};
pub use superseded::{Precedence, Superseded};
pub use target::{Measurement, Target};
pub use template::{LevelTargets, Template};
pub use wording::Labelled;
