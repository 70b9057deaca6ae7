//! Versioned documents: the format version is judged before anything unknown.
//!
//! Every document this crate reads (model, rule set, standard set, …) is a
//! map with a `format_version` key beside its fields, in any order. Unknown
//! keys are remembered and skipped while the map is read; at the end the
//! version is checked first, so a document from a newer release fails with
//! "unsupported … format version", not with a complaint about a field this
//! release does not know. (A known field whose value no longer parses is
//! still reported as such when it comes before the version.)
//!
//! An error while a known field's value is read names the field first
//! (`issued_on: parsed date is not valid …`), and an unknown key is quoted
//! cut to `QUOTE_LIMIT` characters, like every value the crate quotes.
//!
//! Hand-written rather than derived: serde's derive either refuses unknown
//! keys at once (`deny_unknown_fields`, so a newer document fails on its
//! first new field instead of on its version) or ignores them, and the
//! documents' format (their version first, their messages) is part of the
//! public contract.
//!
//! Whatever a format's message quotes, the message of the error is at
//! most `MESSAGE_LIMIT` bytes (before the place the format adds).

use std::borrow::Cow;

use crate::error::{MESSAGE_LIMIT, bounded};

/// Declares a versioned document struct: it serialises with
/// `format_version` first and deserialises as described above.
macro_rules! versioned_document {
    (
        $(#[$meta:meta])*
        struct $name:ident(Entity::$document:ident, $version:expr) {
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
                        write!(f, "a {} document", $crate::error::Entity::$document)
                    }

                    /// A text where the document should be, quoted cut.
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$name, E> {
                        Err(E::invalid_type(serde::de::Unexpected::Str(&$crate::error::shorten(v)), &self))
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
                                    let found: u32 = map
                                        .next_value_seed($crate::document::Cut::new())
                                        .map_err(|e| $crate::document::in_field("format_version", e))?;
                                    if found != $version {
                                        return Err(A::Error::custom($crate::error::Error::unsupported_format(
                                            $crate::error::Entity::$document, found, $version,
                                        )));
                                    }
                                    format_version = Some(found);
                                }
                                $(stringify!($field) => {
                                    if $field.is_some() {
                                        return Err(A::Error::duplicate_field(stringify!($field)));
                                    }
                                    $field = Some(
                                        map.next_value_seed($crate::document::Cut::new())
                                            .map_err(|e| $crate::document::in_field(stringify!($field), e))?,
                                    );
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
                            return Err(A::Error::unknown_field(&$crate::error::shorten(&key), $name::FIELDS));
                        }
                        Ok($name {
                            format_version: $version,
                            $( $field: $crate::document::versioned_document!(@take $field $(= $default)?), )+
                        })
                    }
                }
                // Any, not map: a text given for the document reaches
                // `visit_str`, where it is quoted cut.
                d.deserialize_any(Fields)
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

/// Reads a `T` whose error, if its message quotes a value longer than
/// `QUOTE_LIMIT` characters or is longer than `MESSAGE_LIMIT` bytes, is made
/// again cut ([`cut_error`]). Read as a field's value, so that the format
/// still places an error made again (toml, at the field's value).
pub(crate) struct Cut<T>(std::marker::PhantomData<fn() -> T>);

impl<T> Cut<T> {
    pub(crate) const fn new() -> Self {
        Self(std::marker::PhantomData)
    }
}

impl<'de, T: serde::Deserialize<'de>> serde::de::DeserializeSeed<'de> for Cut<T> {
    type Value = T;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<T, D::Error> {
        T::deserialize(d).map_err(cut_error)
    }
}

/// `e` as it is if its message is short; else its message cut, without
/// the place a format gave it (serde_json's ` at line N column M`, toml's
/// `in `…`` line): the format places the error made again.
///
/// serde's own messages quote a value whole (`invalid type: string "…"`,
/// `unknown field `…``), quotes inside it included.
pub(crate) fn cut_error<E: serde::de::Error>(e: E) -> E {
    let display = e.to_string();
    let message = display.strip_suffix('\n').unwrap_or(&display);
    let message = message.split_once("\nin `").map_or(message, |(message, _)| message);
    let message = without_position(message);
    let cut = quotes_cut(&quotes_cut(message, '"'), '`').into_owned();
    if cut == message && message.len() <= MESSAGE_LIMIT {
        return e;
    }
    E::custom(bounded(&cut))
}

/// The error `e`, met while the value of `field` was read, with the field
/// named first: `issued_on: parsed date is not valid …`.
///
/// A format may already have put the place of the error at the end of its
/// message (serde_json's ` at line 3 column 27`); that suffix is dropped, as
/// the format adds the place again to the error made here.
///
/// A format that names the field itself (toml ends its message with a line
/// ``in `issued_on` `` or ``in `sequences.phases.channels` ``) keeps its
/// error as it is, with the place it knows.
pub(crate) fn in_field<E: serde::de::Error>(field: &str, e: E) -> E {
    let message = e.to_string();
    let named = format!("\nin `{field}");
    let names_field = message.match_indices(&named).any(|(at, _)| {
        matches!(message.get(at + named.len()..).and_then(|rest| rest.chars().next()), Some('`' | '.' | '['))
    });
    if names_field {
        return e;
    }
    let message = without_position(&message);
    E::custom(bounded(&format!("{field}: {}", quotes_cut(&quotes_cut(message, '"'), '`'))))
}

/// `message` with every value between two `quote`s longer than the quoting
/// limit cut with `…` (serde quotes a whole string it did not expect, and a
/// whole unknown key).
fn quotes_cut(message: &str, quote: char) -> Cow<'_, str> {
    let mut parts = message.split(quote);
    if !parts.clone().skip(1).step_by(2).any(|q| q.chars().nth(crate::error::QUOTE_LIMIT).is_some()) {
        return Cow::Borrowed(message);
    }
    let mut out = String::with_capacity(message.len().min(1024));
    let mut inside = false;
    for (i, part) in parts.by_ref().enumerate() {
        if i > 0 {
            out.push(quote);
        }
        if inside {
            out.push_str(&crate::error::shorten(part));
        } else {
            out.push_str(part);
        }
        inside = !inside;
    }
    Cow::Owned(out)
}

/// `message` without a trailing ` at line N column M`.
fn without_position(message: &str) -> &str {
    let Some((head, tail)) = message.rsplit_once(" at line ") else {
        return message;
    };
    let mut parts = tail.split(' ');
    let place = (parts.next(), parts.next(), parts.next(), parts.next());
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match place {
        (Some(line), Some("column"), Some(column), None) if digits(line) && digits(column) => head,
        _ => message,
    }
}

#[cfg(test)]
mod tests {
    use serde::de::{Error as _, value::Error};

    #[test]
    fn a_field_is_named_unless_the_format_names_it() {
        let named = |m: &str| super::in_field("issued_on", Error::custom(m)).to_string();
        assert_eq!(named("bad date at line 3 column 27"), "issued_on: bad date");
        assert_eq!(named("bad date\nin `issued_on`\n"), "bad date\nin `issued_on`\n");
        assert_eq!(named("bad date\nin `issued_on.day`\n"), "bad date\nin `issued_on.day`\n");
        assert_eq!(named("bad date\nin `issued_onward`\n"), "issued_on: bad date\nin `issued_onward`\n");
        assert_eq!(named("unknown `issued_on`"), "issued_on: unknown `issued_on`");
    }

    #[test]
    fn an_error_is_made_again_only_when_its_message_must_be_cut() {
        let cut = |m: &str| super::cut_error(Error::custom(m)).to_string();
        let short =
            format!("unknown risk `{}…`, expected one of: low", "k".repeat(crate::error::QUOTE_LIMIT));
        assert_eq!(cut(&short), short);
        assert_eq!(cut("bad date\nin `issued_on`\n"), "bad date\nin `issued_on`\n");
        let long = "k".repeat(1000);
        assert_eq!(
            cut(&format!("unknown field `{long}`, expected `a`\nin `profile`\n")),
            format!("unknown field `{}…`, expected `a`", "k".repeat(crate::error::QUOTE_LIMIT))
        );
        assert_eq!(
            cut(&format!("invalid type: string \"{long}\" at line 1 column 9")),
            format!("invalid type: string \"{}…\"", "k".repeat(crate::error::QUOTE_LIMIT))
        );
        // A quote inside the quoted value: what is left outside is long; the message is cut.
        let m = cut(&format!("unknown field `{long}`{}`", "k".repeat(20_000)));
        assert!(m.len() <= crate::error::MESSAGE_LIMIT && m.ends_with('…'), "{}", m.len());
        let many = cut(&format!("invalid type: string \"{}\"", "k\"".repeat(10_000)));
        assert!(many.len() <= crate::error::MESSAGE_LIMIT && many.ends_with('…'), "{}", many.len());
    }

    #[test]
    fn long_quoted_values_are_cut() {
        let long = "a".repeat(1000);
        let message = format!("invalid type: string \"{long}\", expected u32");
        let cut = super::quotes_cut(&message, '"');
        assert_eq!(
            cut,
            format!("invalid type: string \"{}…\", expected u32", "a".repeat(crate::error::QUOTE_LIMIT))
        );
        assert_eq!(super::quotes_cut("short \"value\" here", '"'), "short \"value\" here");
        assert_eq!(super::quotes_cut("no quotes", '"'), "no quotes");
        let key = format!("unknown field `{long}`, expected `id`");
        assert_eq!(
            super::quotes_cut(&key, '`'),
            format!("unknown field `{}…`, expected `id`", "a".repeat(crate::error::QUOTE_LIMIT))
        );
    }

    #[test]
    fn position_is_dropped_only_when_it_ends_the_message() {
        use super::without_position as w;
        assert_eq!(w("bad date at line 3 column 27"), "bad date");
        assert_eq!(w("bad date"), "bad date");
        assert_eq!(w("seen at line 3 column x"), "seen at line 3 column x");
        assert_eq!(w("at line 3 column 4 and more"), "at line 3 column 4 and more");
        assert_eq!(w("x at line 3 column 4 at line 5 column 6"), "x at line 3 column 4");
    }
}
