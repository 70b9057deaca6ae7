//! Putting standards to work: languages, handbooks, diagrams, audits, feedback and reviews.

pub(crate) mod audit;
pub(crate) mod checklist;
pub(crate) mod diagram;
pub(crate) mod feedback;
pub(crate) mod handbook;
pub(crate) mod locale;
pub(crate) mod review;
