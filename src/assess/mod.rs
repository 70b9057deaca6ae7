//! Assessing how the standards are lived: [`Audit`]s scored into a
//! [`ComplianceReport`], and the [`ImprovementPlan`] that weighs customers'
//! gaps and audit compliance and says what to improve first.
//!
//! The layer above [`publish`](crate::publish) (an audit marks the items of
//! a checklist) and [`survey`](crate::survey) (a plan reads the gaps).

pub(crate) mod audit;
pub(crate) mod plan;
mod words;

pub use audit::{Audit, AuditBuilder, AuditEntry, ComplianceReport, ItemResult, Tally, Verdict};
pub use plan::{
    Cause, FirstStep, Importance, ImprovementPlan, ImprovementPlanBuilder, NamedStandard, Priority, Raise,
    Standing,
};
