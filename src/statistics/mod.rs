//! Statistics a survey report needs, apart from what the answers are
//! about: an [`Estimate`] of a share, a net promoter score or a mean, with
//! a 95 % interval that covers what it claims (Wilson for shares, the
//! adjusted Wald of Rocks for NPS, Student's t for means, each within the
//! possible range); the [`Figure`] a report shows or holds back for too
//! few answers ([`Reporting`]); two-sample tests between two estimates
//! ([`Comparison`], [`TwoSampleTest`]) and the Benjamini–Hochberg
//! adjustment of many p-values ([`benjamini_hochberg`]).
//!
//! A layer of its own, above the crate's groundwork and below
//! [`survey`](crate::survey), which counts the answers: it names nothing of
//! the model, so the arithmetic can be read and tested alone. The special
//! functions (ln Γ, the incomplete beta, the normal and Student's t tails,
//! Fisher's exact test) are written out and tested against published
//! values rather than taken from a crate.

pub(crate) mod compare;
pub(crate) mod estimate;
pub(crate) mod special;

pub use compare::{Comparison, TwoSampleTest, benjamini_hochberg};
pub use estimate::{Estimate, Figure, IntervalMethod, NpsCounts, Reporting};
