//! The path of a step: `sequence/phase/step`.

use std::{fmt, str::FromStr};

use crate::{error::Entity, error::Error, model::Id};

/// Where a step is: its sequence, phase and step ids, written
/// `stay/check-in/greet`. Paths are what standards, audits and messages use
/// to name a moment of contact; they do not change when other steps are
/// added or removed.
///
/// # Examples
///
/// ```
/// use service_standards::model::StepPath;
///
/// let path: StepPath = "stay/check-in/greet".parse()?;
/// assert_eq!(path.phase().as_str(), "check-in");
/// assert_eq!(path.to_string(), "stay/check-in/greet");
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StepPath {
    sequence: Id,
    phase: Id,
    step: Id,
}

impl StepPath {
    /// A path from its three ids.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Id, model::StepPath};
    ///
    /// let path = StepPath::new(Id::new("stay")?, Id::new("check-in")?, Id::new("greet")?);
    /// assert_eq!(path.step().as_str(), "greet");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub const fn new(sequence: Id, phase: Id, step: Id) -> Self {
        Self { sequence, phase, step }
    }

    /// The sequence's id.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::StepPath;
    ///
    /// assert_eq!("stay/check-in/greet".parse::<StepPath>()?.sequence().as_str(), "stay");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub const fn sequence(&self) -> &Id {
        &self.sequence
    }

    /// The phase's id.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::StepPath;
    ///
    /// assert_eq!("stay/check-in/greet".parse::<StepPath>()?.phase().as_str(), "check-in");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub const fn phase(&self) -> &Id {
        &self.phase
    }

    /// The step's id.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::StepPath;
    ///
    /// assert_eq!("stay/check-in/greet".parse::<StepPath>()?.step().as_str(), "greet");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub const fn step(&self) -> &Id {
        &self.step
    }
}

impl fmt::Display for StepPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}/{}", self.sequence, self.phase, self.step)
    }
}

impl FromStr for StepPath {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let mut parts = s.split('/');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(a), Some(b), Some(c), None) => Ok(Self::new(Id::new(a)?, Id::new(b)?, Id::new(c)?)),
            _ => Err(Error::malformed(Entity::StepPath, s, "sequence/phase/step")),
        }
    }
}

#[cfg(feature = "schemars")]
impl schemars::JsonSchema for StepPath {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "StepPath".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "a step path: sequence/phase/step ids",
            "type": "string",
            "pattern": "^[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]+$",
        })
    }
}

crate::text_serde::serde_as_str!(StepPath, "a step path `sequence/phase/step`");
