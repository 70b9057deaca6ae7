//! Valid models, rule sets and standard sets round-trip through JSON and TOML unchanged.
#![cfg(feature = "serde")]

use crate::shared::models;

use models::model_spec;
use proptest::prelude::*;
use service_standards::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn models_round_trip_through_json_and_toml(spec in model_spec()) {
        let model = spec.build();
        let json = serde_json::to_string(&model).unwrap();
        prop_assert_eq!(&serde_json::from_str::<ServiceModel>(&json).unwrap(), &model);
        let toml = toml::to_string(&model).unwrap();
        prop_assert_eq!(&toml::from_str::<ServiceModel>(&toml).unwrap(), &model);
        prop_assert_eq!(&model.to_builder().build().unwrap(), &model);
    }

    #[test]
    fn standard_sets_round_trip_through_json_and_toml(spec in model_spec(), level in prop::sample::select(ServiceLevel::ALL)) {
        let set = RuleSet::catalogue().derive(&spec.build(), level);
        let json = serde_json::to_string(&set).unwrap();
        prop_assert_eq!(&serde_json::from_str::<StandardSet>(&json).unwrap(), &set);
        let toml = toml::to_string(&set).unwrap();
        prop_assert_eq!(&toml::from_str::<StandardSet>(&toml).unwrap(), &set);
    }
}

#[test]
fn the_catalogue_round_trips_through_json_and_toml() {
    let rules = RuleSet::catalogue();
    let json = serde_json::to_string(&rules).unwrap();
    assert_eq!(serde_json::from_str::<RuleSet>(&json).unwrap(), rules);
    let toml = toml::to_string(&rules).unwrap();
    assert_eq!(toml::from_str::<RuleSet>(&toml).unwrap(), rules);
}
