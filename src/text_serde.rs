//! Values that documents write as one string: ids, paths, vocabulary names.

#[cfg(feature = "serde")]
use std::{fmt, marker::PhantomData, str::FromStr};

#[cfg(feature = "serde")]
use crate::error::Error;

/// Deserialises a `T` from a string through its `FromStr`, whose error
/// becomes the deserialiser's message.
#[cfg(feature = "serde")]
pub(crate) struct FromStrVisitor<T> {
    expecting: &'static str,
    marker: PhantomData<fn() -> T>,
}

#[cfg(feature = "serde")]
impl<T> FromStrVisitor<T> {
    pub(crate) const fn new(expecting: &'static str) -> Self {
        Self { expecting, marker: PhantomData }
    }
}

#[cfg(feature = "serde")]
impl<T: FromStr<Err = Error>> serde::de::Visitor<'_> for FromStrVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        v.parse().map_err(E::custom)
    }
}

/// Implements serde for a type written as its `Display` string and read
/// back through its `FromStr`.
macro_rules! serde_as_str {
    ($ty:ty, $expecting:literal) => {
        #[cfg(feature = "serde")]
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_str($crate::text_serde::FromStrVisitor::<$ty>::new($expecting))
            }
        }
    };
}
pub(crate) use serde_as_str;

/// Implements `JsonSchema` for a type written as one string that matches a
/// pattern (with the `schemars` feature).
macro_rules! string_schema {
    ($ty:ty, $name:literal, $description:literal, $pattern:literal) => {
        #[cfg(feature = "schemars")]
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $name.into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "description": $description, "type": "string", "pattern": $pattern })
            }
        }
    };
}
pub(crate) use string_schema;
