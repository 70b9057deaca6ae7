mod catalogue;
mod derive_properties;
mod derived_sets;
mod packs;
mod precision;
mod validation;
