//! Versioned documents: the format version is judged before anything unknown.
//!
//! Every document this crate reads (model, rule set, standard set, …) is a
//! map with a `format_version` key beside its fields, in any order. Unknown
//! keys are remembered and skipped while the map is read; at the end the
//! version is checked first, so a document from a newer release fails with
//! "unsupported … format version", not with a complaint about a field this
//! release does not know. (A known field whose value no longer parses is
//! still reported as such when it comes before the version.)

/// Declares a versioned document struct: it serialises with
/// `format_version` first and deserialises as described above.
macro_rules! versioned_document {
    (
        $(#[$meta:meta])*
        struct $name:ident($document:literal, $version:expr) {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty $(= $default:ident)? ),+ $(,)?
        }
    ) => {
        #[derive(serde::Serialize)]
        #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
        #[serde(deny_unknown_fields)]
        $(#[$meta])*
        struct $name {
            #[cfg_attr(feature = "schemars", schemars(range(min = 1, max = 1)))]
            format_version: u32,
            $( $(#[$fmeta])* $(#[serde($default)])? $field: $ty, )+
        }

        impl $name {
            const FIELDS: &'static [&'static str] = &["format_version", $(stringify!($field)),+];
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct Fields;
                impl<'de> serde::de::Visitor<'de> for Fields {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(f, "a {} document", $document)
                    }

                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        use serde::de::Error as _;
                        let mut format_version: Option<u32> = None;
                        $( let mut $field: Option<$ty> = None; )+
                        let mut unknown: Option<String> = None;
                        while let Some(key) = map.next_key::<String>()? {
                            match key.as_str() {
                                "format_version" => {
                                    if format_version.is_some() {
                                        return Err(A::Error::duplicate_field("format_version"));
                                    }
                                    let found: u32 = map.next_value()?;
                                    if found != $version {
                                        return Err(A::Error::custom($crate::Error::UnsupportedFormat {
                                            document: $document,
                                            found,
                                            supported: $version,
                                        }));
                                    }
                                    format_version = Some(found);
                                }
                                $(stringify!($field) => {
                                    if $field.is_some() {
                                        return Err(A::Error::duplicate_field(stringify!($field)));
                                    }
                                    $field = Some(map.next_value()?);
                                })+
                                _ => {
                                    map.next_value::<serde::de::IgnoredAny>()?;
                                    unknown.get_or_insert(key);
                                }
                            }
                        }
                        if format_version.is_none() {
                            return Err(A::Error::missing_field("format_version"));
                        }
                        if let Some(key) = unknown {
                            return Err(A::Error::unknown_field(&key, $name::FIELDS));
                        }
                        Ok($name {
                            format_version: $version,
                            $( $field: $crate::document::versioned_document!(@take $field $(= $default)?), )+
                        })
                    }
                }
                d.deserialize_map(Fields)
            }
        }
    };
    (@take $field:ident = default) => {
        $field.unwrap_or_default()
    };
    (@take $field:ident) => {
        $field.ok_or_else(|| A::Error::missing_field(stringify!($field)))?
    };
}
pub(crate) use versioned_document;
