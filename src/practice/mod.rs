//! Putting standards to work: the [`Handbook`], [`Checklist`]s and
//! [`Audit`]s, the service [`Blueprint`], customer [`Feedback`] and its
//! gaps, the [`ImprovementPlan`] that turns gaps into action, and the
//! yearly review of an [`IssuedSet`].
//!
//! The top layer: it may name every other. It is also the one place text is
//! worded for a [`Locale`](crate::model::Locale) (labels, targets, the
//! statements of standards and policies), so the methods that render, such
//! as [`Standard::statement`](crate::standard::Standard::statement), are
//! defined here, beside the tables of each language.

pub(crate) mod audit;
pub(crate) mod blueprint;
pub(crate) mod checklist;
pub(crate) mod feedback;
pub(crate) mod handbook;
pub(crate) mod locale;
pub(crate) mod plan;
pub(crate) mod review;

pub use audit::{Audit, AuditBuilder, AuditEntry, ComplianceReport, ItemResult, Tally, Verdict};
pub use blueprint::Blueprint;
pub use checklist::{Checklist, ChecklistFilter, ChecklistItem};
pub use feedback::{Feedback, FeedbackBuilder, FeedbackItem, Gap, GapAnalysis, Scale, Subject};
pub use handbook::Handbook;
pub use plan::{ImprovementPlan, ImprovementPlanBuilder, Priority, Raise};
pub use review::{Changed, IssuedSet, SetDiff};
