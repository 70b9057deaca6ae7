//! Every type of the crate, for a glob import: `use service_standards::prelude::*;`.
//!
//! The examples and the tutorial use it; code that names only a few types
//! may prefer their module paths, in layer order: [`error`](crate::error),
//! [`model`](crate::model), [`standard`](crate::standard),
//! [`rules`](crate::rules), [`practice`](crate::practice).
//!
//! # Examples
//!
//! ```
//! use service_standards::prelude::*;
//!
//! let level: ServiceLevel = "expected".parse()?;
//! assert_eq!(level, ServiceLevel::Expected);
//! # Ok::<(), Error>(())
//! ```

pub use crate::error::{Entity, Error, IdProblem, Problem, Violation};
pub use crate::model::{
    Behaviour, Brand, BrandBuilder, Capability, CapacityControl, Channel, ChannelFamily, Characteristic,
    Complexity, ContactLevel, DeliverySpan, Department, Emotion, EnumSet, Factor, FactorKind, Id, Industry,
    Initiator, Intermediaries, Levels, Locale, MomentKind, Noun, Phase, PhaseBuilder, PhasePath, Purchaser,
    QualityAspect, QualityDimension, Risk, Sequence, SequenceBuilder, ServiceLevel, ServiceModel,
    ServiceModelBuilder, ServiceProfile, ServiceProfileBuilder, StandardKind, Step, StepBuilder, StepPath,
    StepRef, TaskAllocation, UsageFrequency, Vocabulary,
};
#[cfg(feature = "charts")]
pub use crate::practice::charts;
#[cfg(feature = "csv")]
pub use crate::practice::{Aggregated, CsvImport, Imported, RejectedRow};
pub use crate::practice::{
    Answer, By, Change, Estimate, Measure, Period, PeriodKind, Response, Responses, ResponsesBuilder, Scales,
    Series, Summary,
};
pub use crate::practice::{
    Audit, AuditBuilder, AuditEntry, Blueprint, Changed, Checklist, ChecklistFilter, ChecklistItem,
    ComplianceReport, Feedback, FeedbackBuilder, FeedbackItem, Gap, GapAnalysis, Handbook, ImprovementPlan,
    ImprovementPlanBuilder, IssuedSet, ItemResult, Priority, Raise, Scale, SetDiff, Subject, Tally, Verdict,
};
pub use crate::rules::{Condition, ConditionBuilder, Rule, RuleBuilder, RuleSet, RuleSetBuilder, Scope};
pub use crate::standard::{
    Amount, Cover, Coverage, CoverageHole, Distance, LevelTargets, Measurement, Placeholder, Policy,
    PolicyScope, Precedence, Provenance, Standard, StandardId, StandardSet, Statement, Superseded, Target,
    Template,
};
