//! What the example models derive, at every level, line by line: the
//! crate's own claim of precision. Each snapshot under
//! `tests/snapshots/derived/` (`<model>.<level>.snap`, an insta snapshot: a
//! short header, then the listing) lists a set as `step | concern | rule |
//! target | statement`, then its policies and what was superseded
//! ([`StandardSet::listing`]), and has been read line by line by a person
//! asking whether an operations manager would post each standard on that
//! step as it stands. Any change fails here, with a diff, until it is read
//! again: `cargo insta review`, or without cargo-insta
//! `INSTA_UPDATE=always cargo test --test integration rules::derived_sets` and then the diff of
//! `tests/snapshots/derived/` (TESTING.md).
#![cfg(feature = "serde")]

#[path = "../../../examples/shared/contact_centre.rs"]
mod contact_centre;
#[path = "../../../examples/shared/e_shop.rs"]
mod e_shop;
use crate::shared::hotel;

use service_standards::prelude::*;

fn check(name: &str, model: &ServiceModel, rules: &RuleSet) {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../snapshots/derived");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for &level in ServiceLevel::ALL {
            let listing = rules.derive(model, level).listing();
            // insta compares without trailing white space: the listing's own
            // end (one line break) is checked here.
            assert!(
                listing.ends_with('\n') && !listing.ends_with("\n\n") && !listing.ends_with(" \n"),
                "{name}.{level}: a listing ends with one line break"
            );
            insta::assert_snapshot!(format!("{name}.{level}"), listing);
        }
    });
}

#[test]
fn the_hotel_derives_exactly_the_reviewed_sets() {
    let mine: RuleSet = toml::from_str(include_str!("../../../examples/rules/hotel.toml")).unwrap();
    check("hotel", &hotel::hotel().unwrap(), &RuleSet::catalogue().merge(&mine).unwrap());
}

#[test]
fn the_contact_centre_derives_exactly_the_reviewed_sets() {
    check("contact-centre", &contact_centre::centre().unwrap(), &RuleSet::catalogue());
}

#[test]
fn the_e_shop_derives_exactly_the_reviewed_sets() {
    check("e-shop", &e_shop::shop().unwrap(), &RuleSet::catalogue());
}
