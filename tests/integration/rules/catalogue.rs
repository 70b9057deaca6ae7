//! The built-in catalogue, exactly: every rule's condition, kind, dimension,
//! statement and targets, as the reviewed rule-set document
//! `tests/snapshots/catalogue.toml`. A change to the catalogue shows here as
//! a diff to review (`UPDATE_SNAPSHOTS=1 cargo test --test integration rules::catalogue`).
//! The snapshot is also a starting point for users: copy a rule, change it,
//! and merge it back with `overriding = true`.
#![cfg(feature = "serde")]

use crate::shared::snapshot;

use service_standards::prelude::*;
use snapshot::snapshot;

#[test]
fn the_catalogue_is_exactly_the_reviewed_one() {
    snapshot("catalogue.toml", &toml::to_string(&RuleSet::catalogue()).unwrap());
}

#[test]
fn the_reviewed_catalogue_reads_back_as_the_catalogue() {
    let document: RuleSet = toml::from_str(include_str!("../../snapshots/catalogue.toml")).unwrap();
    assert_eq!(document, RuleSet::catalogue());
    assert_eq!(document.len(), 194);
    // Read from a document, the catalogue's rules are still the catalogue's.
    assert!(document.rules().all(Rule::is_from_catalogue));
}
