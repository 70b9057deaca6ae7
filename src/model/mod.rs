//! The service model and its vocabulary: channels, moments, quality,
//! levels, the nine factors of the service function, the brand, and the
//! sequences, phases and steps of a [`ServiceModel`].
//!
//! The lowest layer above the crate's groundwork: it names only the base
//! (errors, ids, vocabularies), and every other layer builds on it. The
//! languages things are worded in ([`Locale`](crate::standard::Locale))
//! belong to the standard layer, with their wording.
//!
//! # The model document
//!
//! With the `serde` feature a [`ServiceModel`] reads from and writes to
//! any serde format (TOML, JSON, …). A document's keys are the builders'
//! names, in `snake_case`; every key but `format_version` and `name` may be
//! left out, and then takes the default the builder has. Values of the
//! closed vocabularies are written in `kebab-case` (`face-to-face`,
//! `order-taking`, `looks-up`). Reading runs the checks of
//! [`ServiceModelBuilder::build`] and reports every violation at once.
//!
//! | key | builder | default |
//! |---|---|---|
//! | `format_version` | — | required: [`ServiceModel::FORMAT_VERSION`] |
//! | `name` | [`ServiceModel::builder`] | required |
//! | `pack` | [`ServiceModelBuilder::pack`]: a built-in pack's id (`hotel`, `restaurant`, …) or your own pack's | `general` |
//! | `industry` | [`ServiceModelBuilder::industry`]: the former name of `pack`, still read | `general` |
//! | `profile` | [`ServiceModelBuilder::profile`]: `intermediaries`, `contact`, `purchaser`, `delivery`, `capacity`, `usage`, `complexity`, `risk`, `tasks` | each factor's default ([`ServiceProfile`]) |
//! | `brand` | [`ServiceModelBuilder::brand`]: `emotions`, `values`, `on_brand`, `off_brand` | empty |
//! | `departments` | [`ServiceModelBuilder::departments`]: `id`, `name` | none |
//! | `sequences` | [`ServiceModelBuilder::sequence`]: `id`, `name`, `phases` | none |
//! | `sequences.profile` | [`SequenceBuilder::profile`] | the model's |
//! | `sequences.phases` | [`SequenceBuilder::phase`]: `id`, `name`, `channels`, `steps` | — |
//! | `…steps` `id`, `name`, `moment` | [`Step::builder`], [`StepBuilder::moment`] | required |
//! | `…steps.channels` | [`StepBuilder::channels`] | the phase's |
//! | `…steps.department` | [`StepBuilder::department`] | none |
//! | `…steps.characteristics` | [`StepBuilder::characteristics`] | none |
//! | `…steps.customer_action`, `backstage` | [`StepBuilder::customer_action`], [`StepBuilder::backstage`] | none |
//! | `…steps.started_by` | [`StepBuilder::started_by`] | [`Initiator::default_at`] |
//! | `…steps.opens_contact` (`opens` still reads) | [`StepBuilder::opens_contact`] (`true`), [`StepBuilder::continues_contact`] (`false`) | see [`Step::opens_contact`] |
//! | `…steps.continues` | [`StepBuilder::continues`]: an earlier step of the sequence, `phase/step` | none |
//! | `…steps.contact` | [`StepBuilder::no_contact`]: `"none"`; [`StepBuilder::automatic`]: `"automatic"` | `"contact"` |
//! | `…steps.place` | [`StepBuilder::place`]: `desk`, `table`, `counter`, `gate`, `bay`, `remote` | none |
//! | `…steps.data` | [`StepBuilder::data`]: `records`, `looks-up` | none |
//! | `…steps.hands_over` | [`StepBuilder::hands_over`]: `cash` (any money paid out or taken, a refund to an account too), `card`, `documents`, `vehicle`, `baggage`, `goods`, `keys`, `medication`, `specimen` (a sample taken for a test), `dependant` (a child, a patient or a pet in the business's care) | none |
//! | `…steps.risk` | [`StepBuilder::risk`]: `low`, `moderate`, `high` | the sequence's profile's |
//!
//! ```
//! # #[cfg(feature = "serde")] {
//! use service_standards::prelude::*;
//!
//! let document = r#"
//!     format_version = 1
//!     name = "Bistro"
//!
//!     [[sequences]]
//!     id = "visit"
//!     name = "Visit"
//!
//!     [[sequences.phases]]
//!     id = "arrival"
//!     name = "Arrival"
//!     channels = ["face-to-face"]
//!
//!     [[sequences.phases.steps]]
//!     id = "greet"
//!     name = "Guest is greeted at the door"
//!     moment = "welcome"
//!
//!     [[sequences.phases]]
//!     id = "bill"
//!     name = "Bill"
//!     channels = ["face-to-face"]
//!
//!     [[sequences.phases.steps]]
//!     id = "pay"
//!     name = "Guest pays at the table"
//!     moment = "payment"
//!     continues = "arrival/greet"
//!     place = "table"
//!     data = ["records"]
//!     hands_over = ["card"]
//! "#;
//! let model: ServiceModel = toml::from_str(document)?;
//! let pay = model.step(&"visit/bill/pay".parse()?).unwrap().step();
//! assert!(!pay.opens_contact() && pay.is_serious());
//! assert_eq!(pay.place(), Some(Place::Table));
//! // The bill is part of the visit: no second arrival greeting there.
//! let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
//! assert!(set.at_step(pay.path()).all(|s| s.concern().as_str() != "greeting-on-arrival"));
//! # }
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

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
