//! Putting standards to work: the [`Handbook`], [`Checklist`]s and
//! [`Audit`]s, the service [`Blueprint`], customer [`Feedback`] and its
//! gaps, and the yearly review of an [`IssuedSet`].

pub(crate) mod audit;
pub(crate) mod blueprint;
pub(crate) mod checklist;
pub(crate) mod feedback;
pub(crate) mod handbook;
pub(crate) mod locale;
pub(crate) mod review;

pub use audit::{Audit, AuditBuilder, AuditEntry, ComplianceReport, ItemResult, Tally, Verdict};
pub use blueprint::Blueprint;
pub use checklist::{Checklist, ChecklistFilter, ChecklistItem};
pub use feedback::{Feedback, FeedbackBuilder, FeedbackItem, Gap, GapAnalysis, Scale, Subject};
pub use handbook::Handbook;
pub use locale::Locale;
pub use review::{Changed, IssuedSet, SetDiff};
