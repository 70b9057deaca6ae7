//! What a survey response measures.

use crate::vocabulary::vocabulary;

vocabulary! {
    /// What a response measures.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::survey::Measure;
    ///
    /// assert_eq!("nps".parse::<Measure>()?, Measure::Nps);
    /// assert_eq!(Measure::Servqual.to_string(), "servqual");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub enum Measure(Entity::Measure) {
        /// SERVQUAL: expectation and perception of a subject; the gap P − E.
        Servqual,
        /// Net promoter score: likelihood to recommend, 0–10.
        Nps,
        /// Customer satisfaction on the survey's CSAT scale (1–5 by default).
        Csat,
        /// Customer effort on the survey's CES scale (1–7 by default).
        Ces,
    }
}
