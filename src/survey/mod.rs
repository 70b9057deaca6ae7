//! What customers say: individual survey [`Response`]s (SERVQUAL
//! expectation and perception, NPS, CSAT and customer effort), each dated
//! and optionally tied to a site and a channel; their aggregation per
//! subject and measure, and per channel, site and [`Period`] ([`By`]), into
//! [`Summary`]s with an [`Estimate`](crate::statistics::Estimate) (count,
//! mean, deviation and a 95 % interval that covers what it claims: Wilson
//! for shares, the adjusted Wald for NPS, Student's t for means) shown as a
//! [`Figure`](crate::statistics::Figure) or "too few answers"; a measure
//! followed over time as a [`Series`] whose [`Change`]s are tested and
//! flagged with the false discovery rate controlled
//! ([`Reporting`](crate::statistics::Reporting)); the
//! [key drivers](KeyDriverAnalysis) of an overall measure; and
//! [`Feedback`] for the gap analysis. With the `csv` feature, `CsvImport`
//! (in `import`) reads them from a survey tool's export.
//!
//! This layer needs only the [`model`](crate::model) and the arithmetic of
//! [`statistics`](crate::statistics): responses name the model's phases,
//! channels and sites.

pub(crate) mod aggregate;
mod answer;
pub(crate) mod drivers;
pub(crate) mod feedback;
mod fingerprints;
pub(crate) mod intake;
mod measure;
mod period;
mod response;
mod responses;
mod scales;

pub use aggregate::{By, Change, Series, Summary};
pub use answer::Answer;
pub use drivers::{Driver, KeyDriverAnalysis, KeyDrivers, NotEstimated};
pub use feedback::{Feedback, FeedbackBuilder, FeedbackItem, Gap, GapAnalysis, Scale, Subject};
#[cfg(feature = "csv")]
pub(crate) use fingerprints::RowKey;
pub(crate) use intake::{Intake, Place};
pub use measure::Measure;
pub use period::{Period, PeriodKind};
pub use response::Response;
pub use responses::{Responses, ResponsesBuilder};
pub use scales::Scales;
