//! What a respondent answered.

use crate::survey::Measure;

/// What a respondent answered: SERVQUAL's expectation and perception, or
/// one score for NPS, CSAT or customer effort.
///
/// # Examples
///
/// ```
/// use service_standards::survey::{Answer, Measure};
///
/// assert_eq!(Answer::Servqual { expectation: 6.0, perception: 5.0 }.measure(), Measure::Servqual);
/// assert_eq!(Answer::Nps(9).measure(), Measure::Nps);
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Answer {
    /// Expectation and perception, on the survey's SERVQUAL scale.
    Servqual {
        /// What the customer expected.
        expectation: f64,
        /// What the customer perceived.
        perception: f64,
    },
    /// Likelihood to recommend, 0 to 10.
    Nps(u8),
    /// Satisfaction, on the survey's CSAT scale.
    Csat(f64),
    /// Effort, on the survey's CES scale.
    Ces(f64),
}

impl Answer {
    /// What the answer measures.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::survey::{Answer, Measure};
    ///
    /// assert_eq!(Answer::Ces(2.0).measure(), Measure::Ces);
    /// ```
    #[must_use]
    pub fn measure(&self) -> Measure {
        match self {
            Self::Servqual { .. } => Measure::Servqual,
            Self::Nps(_) => Measure::Nps,
            Self::Csat(_) => Measure::Csat,
            Self::Ces(_) => Measure::Ces,
        }
    }
}
