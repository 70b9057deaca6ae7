//! What models of real-looking businesses derive, at every level, line by
//! line: the models under `tests/fixtures/models/` were written as their
//! managers would describe their service, by someone who had not read the
//! rules (each file says what business it is). One model of each trade is
//! the one the rules are tuned on; its listings are pinned here as insta
//! snapshots under `tests/snapshots/trades/` (`<model>.<level>.snap`), read
//! line by line as a manager of that trade would (TESTING.md says when and
//! with what figure). The other model of each trade is kept aside, not
//! pinned: it is read once, at the end of a round, by a reader who wrote
//! neither the rules nor the models, and gives the precision the crate
//! claims.
#![cfg(feature = "serde")]

use service_standards::prelude::*;

/// The models the rules are tuned on, one per trade, with the trades that
/// have no pack of their own (a hair salon) read against the general one.
const TUNED: [&str; 5] = [
    "restaurant_city_bistro",
    "hotel_city_business",
    "shop_street_shoes",
    "contact_centre_insurer",
    "hair_salon",
];

fn model(name: &str) -> ServiceModel {
    let path = format!("{}/tests/fixtures/models/{name}.toml", env!("CARGO_MANIFEST_DIR"));
    toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

#[test]
fn the_tuned_models_derive_exactly_the_reviewed_sets() {
    let rules = RuleSet::catalogue();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../snapshots/trades");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for name in TUNED {
            let model = model(name);
            for &level in ServiceLevel::ALL {
                insta::assert_snapshot!(format!("{name}.{level}"), rules.derive(&model, level).listing());
            }
        }
    });
}
