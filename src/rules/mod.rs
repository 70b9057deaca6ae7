//! Rules as data: a [`Rule`] is a [`Condition`] on a step and a
//! [`Template`] of the standard it produces; a [`RuleSet`] (the built-in
//! [`RuleSet::catalogue`] or your own) derives a model's standards.

pub(crate) mod catalogue;
pub(crate) mod condition;
pub(crate) mod derive;
pub(crate) mod policy_scope;
pub(crate) mod rule;
pub(crate) mod rule_set;
pub(crate) mod statement;
pub(crate) mod template;

pub use condition::{Condition, ConditionBuilder, Scope};
pub use policy_scope::PolicyScope;
pub use rule::{Rule, RuleBuilder};
pub use rule_set::{RuleSet, RuleSetBuilder};
pub use statement::{Placeholder, Statement};
pub use template::{LevelTargets, Template};
