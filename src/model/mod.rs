//! The vocabulary of the domain and the service model built from it.

pub(crate) mod brand;
pub(crate) mod channel;
pub(crate) mod contact;
pub(crate) mod industry;
pub(crate) mod level;
pub(crate) mod moment;
pub(crate) mod path;
pub(crate) mod profile;
pub(crate) mod quality;
pub(crate) mod sequence;
pub(crate) mod service;
