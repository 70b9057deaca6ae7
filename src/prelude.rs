//! Every type of the crate, for a glob import: `use service_standards::prelude::*;`.
//!
//! The examples and the tutorial use it; code that names only a few types
//! may prefer their module paths, in layer order: [`error`](crate::error),
//! [`model`](crate::model), [`standard`](crate::standard),
//! [`rules`](crate::rules), [`survey`](crate::survey),
//! [`publish`](crate::publish), [`assess`](crate::assess).
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

pub use crate::assess::{
    Audit, AuditBuilder, AuditEntry, Cause, ComplianceReport, FirstStep, Importance, ImprovementPlan,
    ImprovementPlanBuilder, ItemResult, NamedStandard, Priority, Raise, Standing, Tally, Verdict,
};
#[cfg(feature = "charts")]
pub use crate::charts;
pub use crate::error::{Entity, Error, IdProblem, Problem, Violation};
#[cfg(feature = "csv")]
pub use crate::import::{
    Aggregated, CsvImport, Imported, QuestionColumn, RejectedRow, SurveyMapping, SurveyMappingBuilder,
};
pub use crate::model::{
    Behaviour, Brand, BrandBuilder, Capability, CapacityControl, Channel, ChannelFamily, Characteristic,
    Complexity, ContactLevel, DeliverySpan, Department, Emotion, EnumSet, Factor, FactorKind, Id, Industry,
    Initiator, Intermediaries, Levels, MomentKind, Noun, Phase, PhaseBuilder, PhasePath, Purchaser,
    QualityAspect, QualityDimension, Risk, Sequence, SequenceBuilder, ServiceLevel, ServiceModel,
    ServiceModelBuilder, ServiceProfile, ServiceProfileBuilder, StandardKind, Step, StepBuilder, StepPath,
    StepRef, TaskAllocation, UsageFrequency, Vocabulary,
};
pub use crate::model::{ContactMode, DataUse, Place, Valuable};
pub use crate::publish::{Blueprint, Checklist, ChecklistFilter, ChecklistItem, Handbook, IssuedSet};
pub use crate::rules::{
    Condition, ConditionBuilder, NounForms, Pack, PackBuilder, Rule, RuleBuilder, RuleSet, RuleSetBuilder,
    Scope, Suggestion,
};
pub use crate::standard::{
    Amount, Changed, Cover, Coverage, CoverageHole, Distance, LevelTargets, Locale, Measurement, Placeholder,
    Policy, PolicyScope, Precedence, Provenance, SetDiff, Standard, StandardId, StandardSet, Statement,
    Superseded, Target, Template,
};
pub use crate::statistics::{
    Comparison, Estimate, Figure, IntervalMethod, NpsCounts, Reporting, TwoSampleTest,
};
pub use crate::survey::{
    Answer, By, Change, Driver, Feedback, FeedbackBuilder, FeedbackItem, Gap, GapAnalysis, KeyDriverAnalysis,
    KeyDrivers, Measure, NotEstimated, Period, PeriodKind, Response, Responses, ResponsesBuilder, Scale,
    Scales, Series, Subject, Summary,
};
