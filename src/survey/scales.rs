//! The scales a survey's answers are on.

use crate::survey::Scale;

/// The scales a survey's answers are on: SERVQUAL (1–7 by default), CSAT
/// (1–5) and customer effort (1–7). NPS is always 0–10.
///
/// CSAT counts the top two boxes of its scale: the answers at least
/// `max − 1` (4 and 5 on 1–5). Which end of the CES scale means little
/// effort is the survey's to say ([`Scales::ces`]); the crate reports the
/// mean either way.
///
/// # Examples
///
/// ```
/// use service_standards::survey::{Scale, Scales};
///
/// let scales = Scales::default().csat(Scale::new(1.0, 10.0)?);
/// assert_eq!(scales.csat_scale().max(), 10.0);
/// assert_eq!(Scales::default().servqual_scale().max(), 7.0);
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scales {
    pub(super) servqual: Scale,
    pub(super) csat: Scale,
    pub(super) ces: Scale,
}

impl Default for Scales {
    fn default() -> Self {
        Self { servqual: Scale::SEVEN, csat: Scale::FIVE, ces: Scale::SEVEN }
    }
}

impl Scales {
    crate::setters::setters! {
        /// Sets the SERVQUAL scale (default 1–7).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::survey::{Scale, Scales};
        ///
        /// assert_eq!(Scales::default().servqual(Scale::new(1.0, 5.0)?).servqual_scale().max(), 5.0);
        /// # Ok::<(), service_standards::Error>(())
        /// ```
        fn servqual(scale: Scale) { servqual = scale }
        /// Sets the CSAT scale (default 1–5).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::survey::{Scale, Scales};
        ///
        /// assert_eq!(Scales::default().csat(Scale::new(0.0, 10.0)?).csat_scale().min(), 0.0);
        /// # Ok::<(), service_standards::Error>(())
        /// ```
        fn csat(scale: Scale) { csat = scale }
        /// Sets the customer effort scale (default 1–7).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::survey::{Scale, Scales};
        ///
        /// assert_eq!(Scales::default().ces(Scale::new(1.0, 5.0)?).ces_scale().max(), 5.0);
        /// # Ok::<(), service_standards::Error>(())
        /// ```
        fn ces(scale: Scale) { ces = scale }
    }

    /// The SERVQUAL scale.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::survey::Scales::default().servqual_scale().min(), 1.0);
    /// ```
    #[must_use]
    pub fn servqual_scale(&self) -> Scale {
        self.servqual
    }

    /// The CSAT scale.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::survey::Scales::default().csat_scale().max(), 5.0);
    /// ```
    #[must_use]
    pub fn csat_scale(&self) -> Scale {
        self.csat
    }

    /// The customer effort scale.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::survey::Scales::default().ces_scale().max(), 7.0);
    /// ```
    #[must_use]
    pub fn ces_scale(&self) -> Scale {
        self.ces
    }
}
