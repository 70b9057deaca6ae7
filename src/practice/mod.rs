//! Putting standards to work: languages, handbooks, diagrams.

pub(crate) mod diagram;
pub(crate) mod handbook;
pub(crate) mod locale;
