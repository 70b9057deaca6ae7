//! Rules as data: conditions, templates, rule sets, the catalogue and derivation.

pub(crate) mod catalogue;
pub(crate) mod condition;
pub(crate) mod derive;
pub(crate) mod policy_scope;
pub(crate) mod rule;
pub(crate) mod rule_set;
pub(crate) mod statement;
pub(crate) mod template;
