//! Survey exports read from CSV (feature `csv`): the long layout, one
//! response a record, and the wide exports survey tools write, read
//! through a [`SurveyMapping`] (or a preset for Google Forms,
//! SurveyMonkey, Qualtrics and Typeform) into
//! [`Responses`](crate::survey::Responses), or folded into
//! [`Summary`](crate::survey::Summary)s while reading ([`CsvImport`]).
//!
//! This room stands above [`survey`](crate::survey): it makes its
//! responses; nothing of the survey layer names it.

mod csv_import;
mod held;
mod mapping;

pub use csv_import::{Aggregated, CsvImport, Imported, RejectedRow};
pub use mapping::{QuestionColumn, SurveyMapping, SurveyMappingBuilder};
