//! Rules as data: a [`Rule`] is a [`Condition`] on a step and a
//! [`Template`](crate::standard::Template) of the standard it produces; a
//! [`RuleSet`] (the built-in [`RuleSet::catalogue`] or your own) derives a
//! model's standards. A trade is a [`Pack`]: its words, its own rules and
//! gestures and a template of a model; the rule set finds a built-in pack
//! by the id a model names, and takes a user's with
//! [`RuleSet::with_pack`].
//!
//! The layer above [`standard`](crate::standard): rules are written in the
//! standards' vocabulary (targets, templates) and derivation builds
//! standards, so this layer names the standard layer, the model and the
//! base, and nothing above it.

pub(crate) mod catalogue;
pub(crate) mod condition;
pub(crate) mod derive;
pub(crate) mod rule;
pub(crate) mod rule_set;

pub use crate::packs::{NounForms, Pack, PackBuilder, Suggestion};
pub use condition::{Condition, ConditionBuilder, Scope};
pub use rule::{Rule, RuleBuilder};
pub use rule_set::{RuleSet, RuleSetBuilder};
