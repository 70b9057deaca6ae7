//! Validated slug identifiers.

use std::{borrow::Borrow, fmt, str::FromStr, sync::Arc};

use crate::{error::Error, error::IdProblem};

/// A validated identifier: a slug of `a`–`z`, `0`–`9` and `-`, 1 to
/// [`MAX_LEN`](Self::MAX_LEN) characters, not starting or ending with `-`.
///
/// Ids name sequences, phases, steps, departments and rules; paths join them
/// with `/` (`stay/check-in/greet`). Cloning is cheap (the text is shared).
///
/// # Examples
///
/// ```
/// use service_standards::Id;
///
/// let id = Id::new("check-in")?;
/// assert_eq!(id.as_str(), "check-in");
/// assert_eq!("check-in".parse::<Id>()?, id);
/// assert!(Id::new("Check In").is_err());
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id(Arc<str>);

impl Id {
    /// The longest id, in bytes (all characters are ASCII).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Id;
    ///
    /// assert!(Id::new(&"a".repeat(Id::MAX_LEN)).is_ok());
    /// assert!(Id::new(&"a".repeat(Id::MAX_LEN + 1)).is_err());
    /// ```
    pub const MAX_LEN: usize = crate::error::limits::ID_LEN;

    /// Validates `value` as an id.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::Id`](crate::error::Entity::Id) whose one
    /// violation, with an empty path, is [`Problem::InvalidId`](crate::error::Problem::InvalidId)
    /// if `value` is empty, longer than [`MAX_LEN`](Self::MAX_LEN), has a
    /// character outside `a`–`z`, `0`–`9`, `-`, or starts or ends with `-`:
    /// the same violation a builder reports for a bad id, there with a path.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Error, Id, error::{Entity, IdProblem, Problem}};
    ///
    /// assert_eq!(Id::new("front-office")?.as_str(), "front-office");
    /// let err = Id::new("front_office").unwrap_err();
    /// assert_eq!(err.entity(), Entity::Id);
    /// assert_eq!(err.violations()[0].problem(), &Problem::InvalidId(IdProblem::Character('_')));
    /// assert_eq!(err.value(), Some("front_office"));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn new(value: &str) -> Result<Self, Error> {
        match check(value) {
            None => Ok(Self(Arc::from(value))),
            Some(problem) => Err(Error::invalid_id(value, problem)),
        }
    }

    /// The id as text.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Id;
    ///
    /// assert_eq!(Id::new("greet")?.as_str(), "greet");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Why `value` is not an id, or `None` if it is one.
pub(crate) fn check(value: &str) -> Option<IdProblem> {
    if value.is_empty() {
        return Some(IdProblem::Empty);
    }
    if let Some(bad) = value.chars().find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')) {
        return Some(IdProblem::Character(bad));
    }
    // Every character is ASCII now, so bytes count characters.
    if value.len() > Id::MAX_LEN {
        return Some(IdProblem::TooLong);
    }
    if value.starts_with('-') || value.ends_with('-') {
        return Some(IdProblem::EdgeHyphen);
    }
    None
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl FromStr for Id {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        Self::new(s)
    }
}

impl TryFrom<&str> for Id {
    type Error = Error;

    fn try_from(s: &str) -> Result<Self, Error> {
        Self::new(s)
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for Id {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl PartialEq<&str> for Id {
    fn eq(&self, other: &&str) -> bool {
        &*self.0 == *other
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Id {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Id".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": format!("a slug: a-z, 0-9 and '-', 1 to {} characters, not starting or ending with '-'", Self::MAX_LEN),
            "type": "string",
            "minLength": 1,
            "maxLength": Self::MAX_LEN,
            "pattern": "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$",
        })
    }
}

crate::text_serde::serde_as_str!(Id, "an id (a-z, 0-9, '-')");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slug_rules() {
        assert_eq!(check("a"), None);
        assert_eq!(check("a-1-b"), None);
        assert_eq!(check(&"a".repeat(Id::MAX_LEN)), None);
        assert_eq!(check(&"a".repeat(Id::MAX_LEN + 1)), Some(IdProblem::TooLong));
        assert_eq!(check(""), Some(IdProblem::Empty));
        assert_eq!(check("a-"), Some(IdProblem::EdgeHyphen));
        assert_eq!(check("-"), Some(IdProblem::EdgeHyphen));
        assert_eq!(check("aB"), Some(IdProblem::Character('B')));
        assert_eq!(check("ą"), Some(IdProblem::Character('ą')));
        assert_eq!(check(&"ż".repeat(70)), Some(IdProblem::Character('ż')));
        assert_eq!(check("a b"), Some(IdProblem::Character(' ')));
    }
}
