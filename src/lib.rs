//! # service-standards
//!
//! Design customer service standards the way the service-quality literature
//! teaches.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)
)]

mod doc_support;
mod error;
mod id;
mod model;
mod rules;
mod set;
mod standard;
mod validate;
mod vocabulary;

#[doc(hidden)]
pub use doc_support::doc_model;
pub use error::{Error, IdProblem, Problem, Violation};
pub use id::Id;
pub use model::{
    brand::{Behaviour, Brand, BrandBuilder, Department, Emotion},
    channel::{Capability, Channel, ChannelFamily},
    level::{ServiceLevel, StandardKind},
    moment::MomentKind,
    path::StepPath,
    profile::{
        CapacityControl, Complexity, ContactLevel, DeliverySpan, Factor, FactorKind, Intermediaries,
        Purchaser, Risk, ServiceProfile, ServiceProfileBuilder, TaskAllocation, UsageFrequency,
    },
    quality::{Characteristic, QualityAspect, QualityDimension},
    sequence::{Phase, PhaseBuilder, Sequence, SequenceBuilder, Step, StepBuilder},
    service::{MODEL_FORMAT_VERSION, ServiceModel, ServiceModelBuilder, StepRef},
};
pub use rules::{
    condition::Condition,
    rule::{Rule, RuleBuilder},
    rule_set::{RULES_FORMAT_VERSION, RuleSet, RuleSetBuilder},
    statement::{Placeholder, Statement},
    template::{Targets, Template},
};
pub use set::{EnumSet, Iter as EnumSetIter};
#[cfg(feature = "serde")]
pub use standard::document::STANDARDS_FORMAT_VERSION;
pub use standard::{
    set::{Coverage, CoverageHole, StandardSet},
    standard::{Standard, StandardId, Trigger},
    target::{Measurement, Target},
};
pub use vocabulary::Vocabulary;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
