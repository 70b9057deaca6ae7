//! The closed vocabularies of the domain, and the one way they are spelled.

use std::{fmt, hash::Hash, str::FromStr};

use crate::error::{Entity, Error};

/// A closed set of named values: channels, moments, characteristics, levels, …
///
/// Every vocabulary is spelled one way, in kebab-case, by [`Display`](fmt::Display),
/// [`FromStr`] and serde alike (`face-to-face`, `order-taking`). Parsing fails
/// with an error about the vocabulary's [`Entity`](crate::error::Entity),
/// which lists every accepted spelling ([`Error::accepted`]).
/// [`ALL`](Self::ALL) lists the values in their declared order, for a UI.
///
/// The trait is sealed: only this crate's vocabularies implement it.
///
/// # Examples
///
/// ```
/// use service_standards::{Channel, Error, error::Entity, model::Vocabulary};
///
/// assert_eq!(Channel::FaceToFace.as_str(), "face-to-face");
/// assert_eq!(Channel::FaceToFace.to_string(), "face-to-face");
/// assert_eq!("web-form".parse::<Channel>()?, Channel::WebForm);
/// assert_eq!(Channel::ALL.len(), 13);
/// let err = "pigeon".parse::<Channel>().unwrap_err();
/// assert_eq!(err.entity(), Entity::Channel);
/// assert_eq!(err.accepted(), Channel::NAMES);
/// # Ok::<(), Error>(())
/// ```
pub trait Vocabulary:
    Copy + Eq + Ord + Hash + fmt::Debug + fmt::Display + FromStr<Err = Error> + Send + Sync + 'static + Sealed
{
    /// What the vocabulary is called in messages: `channel`, `moment kind`, …;
    /// the name of the [`Entity`] that errors about it are about.
    const WHAT: &'static str;
    /// Every value, in declared order.
    const ALL: &'static [Self];
    /// Every spelling, in declared order.
    const NAMES: &'static [&'static str];

    /// The value's one spelling.
    fn as_str(self) -> &'static str;

    /// The value's position in [`ALL`](Self::ALL).
    fn index(self) -> usize;
}

#[doc(hidden)]
pub trait Sealed {
    /// What errors about the vocabulary are about.
    const ENTITY: Entity;
}

/// Parses `value` as a `T`, failing with the crate's error.
pub(crate) fn parse<T: Vocabulary>(value: &str) -> Result<T, Error> {
    T::ALL
        .iter()
        .copied()
        .find(|v| v.as_str() == value)
        .ok_or_else(|| Error::unknown_variant(T::ENTITY, value, T::NAMES))
}

/// Declares a vocabulary enum with its derives and trait impls:
/// `pub enum Channel(Entity::Channel) { … }` names the [`Entity`] that
/// errors about it are about, whose name messages use for it.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $ty:ident (Entity::$entity:ident) {
            $( $(#[$vmeta:meta])* $variant:ident, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash,
            strum::Display, strum::IntoStaticStr, strum::EnumIter, strum::EnumCount,
            strum::VariantArray, strum::VariantNames,
        )]
        #[strum(serialize_all = "kebab-case")]
        #[non_exhaustive]
        pub enum $ty {
            $( $(#[$vmeta])* $variant, )+
        }

        const _: () = assert!(<$ty as strum::VariantArray>::VARIANTS.len() <= 64);

        impl $crate::vocabulary::Sealed for $ty {
            const ENTITY: $crate::error::Entity = $crate::error::Entity::$entity;
        }

        impl $crate::vocabulary::Vocabulary for $ty {
            const WHAT: &'static str = $crate::error::Entity::$entity.name();
            const ALL: &'static [Self] = <Self as strum::VariantArray>::VARIANTS;
            const NAMES: &'static [&'static str] = <Self as strum::VariantNames>::VARIANTS;

            fn as_str(self) -> &'static str {
                self.into()
            }

            fn index(self) -> usize {
                self as usize
            }
        }

        impl std::str::FromStr for $ty {
            type Err = $crate::error::Error;

            fn from_str(s: &str) -> Result<Self, $crate::error::Error> {
                $crate::vocabulary::parse(s)
            }
        }

        #[cfg(feature = "schemars")]
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "description": format!("a {}", <$ty as $crate::vocabulary::Vocabulary>::WHAT),
                    "type": "string",
                    "enum": <$ty as $crate::vocabulary::Vocabulary>::NAMES,
                })
            }
        }

        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str($crate::vocabulary::Vocabulary::as_str(*self))
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_str($crate::text_serde::FromStrVisitor::<$ty>::new(
                    <$ty as $crate::vocabulary::Vocabulary>::WHAT,
                ))
            }
        }
    };
}
pub(crate) use vocabulary;
