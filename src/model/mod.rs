//! The service model and its vocabulary: channels, moments, quality,
//! levels, the nine factors of the service function, the brand, and the
//! sequences, phases and steps of a [`ServiceModel`].
//!
//! The lowest layer above the crate's groundwork: it names only the base
//! (errors, ids, vocabularies), and every other layer builds on it. The
//! languages things are worded in ([`Locale`](crate::standard::Locale))
//! belong to the standard layer, with their wording.

pub(crate) mod brand;
pub(crate) mod channel;
pub(crate) mod contact;
pub(crate) mod facts;
pub(crate) mod industry;
pub(crate) mod level;
pub(crate) mod levels;
pub(crate) mod moment;
pub(crate) mod path;
pub(crate) mod profile;
pub(crate) mod quality;
pub(crate) mod sequence;
pub(crate) mod service;

pub use crate::id::Id;
pub use crate::set::{EnumSet, Iter as EnumSetIter};
pub use crate::vocabulary::Vocabulary;
pub use brand::{Behaviour, Brand, BrandBuilder, Department, Emotion};
pub use channel::{Capability, Channel, ChannelFamily};
pub use contact::Initiator;
pub use facts::{ContactMode, DataUse, Place, Valuable};
pub use industry::{Industry, Noun};
pub use level::{ServiceLevel, StandardKind};
pub use levels::Levels;
pub use moment::MomentKind;
pub use path::{PhasePath, StepPath};
pub use profile::{
    CapacityControl, Complexity, ContactLevel, DeliverySpan, Factor, FactorKind, Intermediaries, Purchaser,
    Risk, ServiceProfile, ServiceProfileBuilder, TaskAllocation, UsageFrequency,
};
pub use quality::{Characteristic, QualityAspect, QualityDimension};
pub use sequence::{Phase, PhaseBuilder, Sequence, SequenceBuilder, Step, StepBuilder};
pub use service::{ServiceModel, ServiceModelBuilder, StepRef};
