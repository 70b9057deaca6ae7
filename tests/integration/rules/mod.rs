mod catalogue;
mod derive_properties;
mod derived_sets;
mod precision;
mod validation;
