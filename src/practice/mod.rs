//! Putting standards to work: the [`Handbook`], [`Checklist`]s and
//! [`Audit`]s, the service [`Blueprint`], customer [`Feedback`] and its
//! gaps, the [`ImprovementPlan`] that turns gaps into action, and the
//! yearly review of an [`IssuedSet`].
//!
//! Customers' individual answers are [`Responses`]: SERVQUAL expectation
//! and perception, NPS, CSAT and customer effort, each [`Response`] dated
//! and optionally tied to a site and a channel. They aggregate per subject
//! and measure, and per channel, site and [`Period`] ([`By`]), into
//! [`Summary`]s with an [`Estimate`] (count, mean, deviation, 95 %
//! interval); follow a measure over time as a [`Series`] whose
//! [`Change`]s say when a move is larger than the noise; and turn into
//! [`Feedback`] for the gap analysis. With the `csv` feature,
//! `CsvImport` reads them from a survey tool's export.
//!
//! The top layer: it may name every other. It is also the one place text is
//! worded for a [`Locale`](crate::model::Locale) (labels, targets, the
//! statements of standards and policies), so the methods that render, such
//! as [`Standard::statement`](crate::standard::Standard::statement), are
//! defined here, beside the tables of each language.

pub(crate) mod audit;
pub(crate) mod blueprint;
#[cfg(feature = "charts")]
pub mod charts;
pub(crate) mod checklist;
pub(crate) mod feedback;
pub(crate) mod handbook;
pub(crate) mod locale;
pub(crate) mod plan;
pub(crate) mod review;
pub(crate) mod survey;

pub use audit::{Audit, AuditBuilder, AuditEntry, ComplianceReport, ItemResult, Tally, Verdict};
pub use blueprint::Blueprint;
pub use checklist::{Checklist, ChecklistFilter, ChecklistItem};
pub use feedback::{Feedback, FeedbackBuilder, FeedbackItem, Gap, GapAnalysis, Scale, Subject};
pub use handbook::Handbook;
pub use plan::{ImprovementPlan, ImprovementPlanBuilder, Priority, Raise};
pub use review::{Changed, IssuedSet, SetDiff};
#[cfg(feature = "csv")]
pub use survey::import::{Aggregated, CsvImport, Imported, RejectedRow};
pub use survey::{
    Answer, Measure, Period, PeriodKind, Response, Responses, ResponsesBuilder, Scales,
    aggregate::{By, Change, Series, Summary},
    stats::Estimate,
};
