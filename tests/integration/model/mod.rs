mod api;
mod facts;
#[cfg(feature = "serde")]
mod fixtures_load;
mod readable_text;
mod validation;
