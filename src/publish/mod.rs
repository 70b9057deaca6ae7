//! Publishing standards for the people who follow them: a [`Handbook`]
//! chapter for every department to post, [`Checklist`]s for auditors, the
//! service [`Blueprint`] of a sequence, and the yearly review of an
//! [`IssuedSet`].
//!
//! A layer above [`rules`](crate::rules): it names the standards, their
//! wording and the model, and nothing of assessing or surveys.

pub(crate) mod blueprint;
pub(crate) mod checklist;
pub(crate) mod handbook;
pub(crate) mod review;
pub(crate) mod words;

pub use blueprint::Blueprint;
pub use checklist::{Checklist, ChecklistFilter, ChecklistItem};
pub use handbook::Handbook;
pub use review::IssuedSet;
