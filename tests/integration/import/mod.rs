mod bad_input;
#[cfg(feature = "serde")]
mod documents;
mod fast_path;
mod matrix;
mod time_zones;
