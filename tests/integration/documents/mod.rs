mod deserialise_checks;
mod fixtures_v1;
mod fuzz_regressions;
mod model_serde;
mod round_trips;
mod schema;
mod versions;
