mod bad_input;
#[cfg(feature = "serde")]
mod documents;
mod matrix;
mod time_zones;
