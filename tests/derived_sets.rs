//! What the example models derive, at every level, line by line: the
//! crate's own claim of precision. Each snapshot under
//! `tests/snapshots/derived/` lists a set as `step | concern | rule | target
//! | statement`, then its policies and what was superseded
//! ([`StandardSet::listing`]), and has been read line by line by a person
//! asking whether an operations manager would post each standard on that
//! step as it stands. Any change fails here until it is read again
//! (`UPDATE_SNAPSHOTS=1 cargo test --test derived_sets`, then review the diff).
#![cfg(feature = "serde")]

#[path = "../examples/shared/contact_centre.rs"]
mod contact_centre;
#[path = "../examples/shared/e_shop.rs"]
mod e_shop;
#[path = "../examples/shared/hotel.rs"]
mod hotel;
#[path = "support/snapshot.rs"]
mod snapshot;

use service_standards::prelude::*;
use snapshot::snapshot;

fn check(name: &str, model: &ServiceModel, rules: &RuleSet) {
    for &level in ServiceLevel::ALL {
        let set = rules.derive(model, level);
        snapshot(&format!("derived/{name}.{level}.txt"), &set.listing());
    }
}

#[test]
fn the_hotel_derives_exactly_the_reviewed_sets() {
    let mine: RuleSet = toml::from_str(include_str!("../examples/rules/hotel.toml")).unwrap();
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
