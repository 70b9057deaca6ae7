mod catalogue;
mod derive_properties;
mod derived_sets;
mod landing;
mod packs;
mod precision;
mod trades;
mod validation;
