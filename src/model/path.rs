//! The paths of a phase, `sequence/phase`, and of a step, `sequence/phase/step`.

use std::{fmt, str::FromStr, sync::Arc};

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
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StepPath(Arc<StepIds>);

/// The ids of a [`StepPath`], shared by its clones: a path is one pointer,
/// so copying one into each standard, id and report entry moves one word and
/// counts one reference, and two copies of one path compare equal without
/// reading their ids.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct StepIds {
    phase: PhasePath,
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
    pub fn new(sequence: Id, phase: Id, step: Id) -> Self {
        Self(Arc::new(StepIds { phase: PhasePath::new(sequence, phase), step }))
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
    pub fn sequence(&self) -> &Id {
        self.0.phase.sequence()
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
    pub fn phase(&self) -> &Id {
        self.0.phase.phase()
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
    pub fn step(&self) -> &Id {
        &self.0.step
    }

    /// The path of the step's phase.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::StepPath;
    ///
    /// let greet: StepPath = "stay/check-in/greet".parse()?;
    /// assert_eq!(greet.phase_path().to_string(), "stay/check-in");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn phase_path(&self) -> &PhasePath {
        &self.0.phase
    }
}

impl fmt::Debug for StepPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StepPath").field("phase", &self.0.phase).field("step", &self.0.step).finish()
    }
}

impl fmt::Display for StepPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.0.phase, self.0.step)
    }
}

impl FromStr for StepPath {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        match s.rsplit_once('/') {
            Some((phase, step)) if phase.matches('/').count() == 1 => {
                Ok(Self(Arc::new(StepIds { phase: phase.parse()?, step: Id::new(step)? })))
            }
            _ => Err(Error::malformed(Entity::StepPath, s, "sequence/phase/step")),
        }
    }
}

crate::text_serde::string_schema!(
    StepPath,
    "StepPath",
    "a step path: sequence/phase/step ids",
    "^[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]+$"
);

crate::text_serde::serde_as_str!(StepPath, "a step path `sequence/phase/step`");

/// Where a phase is: its sequence and phase ids, written `stay/check-in`.
/// Feedback, checklists and compliance reports use it to name a phase.
///
/// # Examples
///
/// ```
/// use service_standards::model::PhasePath;
///
/// let path: PhasePath = "stay/check-in".parse()?;
/// assert_eq!(path.sequence().as_str(), "stay");
/// assert_eq!(path.phase().as_str(), "check-in");
/// assert_eq!(path.to_string(), "stay/check-in");
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PhasePath {
    sequence: Id,
    phase: Id,
}

impl PhasePath {
    /// A path from its two ids.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Id, model::PhasePath};
    ///
    /// let path = PhasePath::new(Id::new("stay")?, Id::new("check-in")?);
    /// assert_eq!(path.to_string(), "stay/check-in");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub const fn new(sequence: Id, phase: Id) -> Self {
        Self { sequence, phase }
    }

    /// The sequence's id.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::PhasePath;
    ///
    /// assert_eq!("stay/check-in".parse::<PhasePath>()?.sequence().as_str(), "stay");
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
    /// use service_standards::model::PhasePath;
    ///
    /// assert_eq!("stay/check-in".parse::<PhasePath>()?.phase().as_str(), "check-in");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub const fn phase(&self) -> &Id {
        &self.phase
    }

    /// Whether the step at `step` is in this phase.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::{PhasePath, StepPath};
    ///
    /// let check_in: PhasePath = "stay/check-in".parse()?;
    /// assert!(check_in.contains(&"stay/check-in/greet".parse::<StepPath>()?));
    /// assert!(!check_in.contains(&"stay/check-out/settle".parse::<StepPath>()?));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn contains(&self, step: &StepPath) -> bool {
        *self == step.0.phase
    }
}

impl fmt::Display for PhasePath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.sequence, self.phase)
    }
}

/// Parses `sequence/phase`.
///
/// # Errors
///
/// An error about [`Entity::PhasePath`](crate::error::Entity::PhasePath)
/// unless the text is two parts separated by one `/`; about an
/// [`Id`](crate::error::Entity::Id) if a part is not an id.
impl FromStr for PhasePath {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        let (sequence, phase) = s
            .split_once('/')
            .filter(|(_, phase)| !phase.contains('/'))
            .ok_or_else(|| Error::malformed(Entity::PhasePath, s, "sequence/phase"))?;
        Ok(Self::new(Id::new(sequence)?, Id::new(phase)?))
    }
}

crate::text_serde::string_schema!(
    PhasePath,
    "PhasePath",
    "a phase path: sequence/phase ids",
    "^[a-z0-9-]+/[a-z0-9-]+$"
);

crate::text_serde::serde_as_str!(PhasePath, "a phase path `sequence/phase`");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_path_debugs_as_its_three_ids() {
        let path: StepPath = "stay/check-in/greet".parse().unwrap();
        assert_eq!(
            format!("{path:?}"),
            r#"StepPath { phase: PhasePath { sequence: "stay", phase: "check-in" }, step: "greet" }"#
        );
    }

    #[test]
    fn copies_of_a_path_share_it_and_equal_paths_made_apart_are_equal() {
        let path: StepPath = "stay/check-in/greet".parse().unwrap();
        let copy = path.clone();
        assert!(Arc::ptr_eq(&path.0, &copy.0));
        let apart =
            StepPath::new(Id::new("stay").unwrap(), Id::new("check-in").unwrap(), Id::new("greet").unwrap());
        assert!(!Arc::ptr_eq(&path.0, &apart.0));
        assert_eq!(path, apart);
        let other: StepPath = "stay/check-in/greet-again".parse().unwrap();
        assert_ne!(path, other);
        assert!(path < other);
        assert_eq!(path.phase_path(), other.phase_path());
    }
}
