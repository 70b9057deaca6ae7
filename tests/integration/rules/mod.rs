mod catalogue;
mod derive_properties;
mod derived_sets;
mod packs;
mod landing;
mod precision;
mod trades;
mod validation;
