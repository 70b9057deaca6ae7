mod bad_input;
#[cfg(feature = "serde")]
mod documents;
mod time_zones;
