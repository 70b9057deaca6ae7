//! One respondent's answer about one subject on one day.

use std::sync::Arc;

use jiff::civil::Date;

use crate::{model::Channel, model::Id, survey::Answer, survey::Subject};

// Named by the docs only.
#[cfg(doc)]
use crate::survey::ResponsesBuilder;

/// One respondent's answer about one subject on one day.
///
/// Setters never fail; [`ResponsesBuilder::build`] checks every response.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// use service_standards::jiff::civil::date;
///
/// let r = Response::new("guest-17", date(2026, 3, 2), Subject::Phase("stay/check-in".parse()?), Answer::Nps(10))
///     .with_site(Id::new("krakow")?)
///     .with_channel(Channel::FaceToFace);
/// assert_eq!(r.respondent(), "guest-17");
/// assert_eq!(r.site().map(Id::as_str), Some("krakow"));
/// assert_eq!(r.channel(), Some(Channel::FaceToFace));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub(super) respondent: Arc<str>,
    pub(super) date: Date,
    pub(super) site: Option<Id>,
    pub(super) channel: Option<Channel>,
    pub(super) subject: Subject,
    pub(super) answer: Answer,
    pub(super) importance: Option<f64>,
}

impl Response {
    /// A response of `respondent` on `date` about `subject`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let r = Response::new("r1", date(2026, 1, 9), Subject::Dimension(QualityDimension::Empathy), Answer::Csat(4.0));
    /// assert_eq!(r.answer(), Answer::Csat(4.0));
    /// ```
    #[must_use]
    pub fn new(respondent: impl Into<String>, date: Date, subject: Subject, answer: Answer) -> Self {
        Self {
            respondent: Arc::from(respondent.into()),
            date,
            site: None,
            channel: None,
            subject,
            answer,
            importance: None,
        }
    }

    crate::setters::setters! {
        /// Sets the site answered about (a hotel, a branch).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// use service_standards::jiff::civil::date;
        ///
        /// let r = Response::new("r1", date(2026, 1, 9), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(7)).with_site(Id::new("gdansk")?);
        /// assert_eq!(r.site().map(Id::as_str), Some("gdansk"));
        /// # Ok::<(), Error>(())
        /// ```
        fn with_site(site: Id) { site = Some(site) }
        /// Sets the channel of the contact answered about.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// use service_standards::jiff::civil::date;
        ///
        /// let r = Response::new("r1", date(2026, 1, 9), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(7)).with_channel(Channel::Chat);
        /// assert_eq!(r.channel(), Some(Channel::Chat));
        /// ```
        fn with_channel(channel: Channel) { channel = Some(channel) }
        /// Sets how much the subject matters to the respondent (above zero;
        /// SERVQUAL weights gaps by it).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// use service_standards::jiff::civil::date;
        ///
        /// let r = Response::new("r1", date(2026, 1, 9), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(7)).with_importance(2.0);
        /// assert_eq!(r.importance(), Some(2.0));
        /// ```
        fn with_importance(weight: f64) { importance = Some(weight) }
    }

    /// Who answered: the survey tool's respondent id.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let r = Response::new("R_3kX", date(2026, 1, 9), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(7));
    /// assert_eq!(r.respondent(), "R_3kX");
    /// ```
    #[must_use]
    pub fn respondent(&self) -> &str {
        &self.respondent
    }

    /// When.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let r = Response::new("r1", date(2026, 1, 9), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(7));
    /// assert_eq!(r.date(), date(2026, 1, 9));
    /// ```
    #[must_use]
    pub fn date(&self) -> Date {
        self.date
    }

    /// The site, if given.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let r = Response::new("r1", date(2026, 1, 9), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(7));
    /// assert_eq!(r.site(), None);
    /// ```
    #[must_use]
    pub fn site(&self) -> Option<&Id> {
        self.site.as_ref()
    }

    /// The channel, if given.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let r = Response::new("r1", date(2026, 1, 9), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(7));
    /// assert_eq!(r.channel(), None);
    /// ```
    #[must_use]
    pub fn channel(&self) -> Option<Channel> {
        self.channel
    }

    /// What the answer is about.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let r = Response::new("r1", date(2026, 1, 9), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(7));
    /// assert_eq!(r.subject(), &Subject::Dimension(QualityDimension::Empathy));
    /// ```
    #[must_use]
    pub fn subject(&self) -> &Subject {
        &self.subject
    }

    /// The answer.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let r = Response::new("r1", date(2026, 1, 9), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(7));
    /// assert_eq!(r.answer().measure(), Measure::Nps);
    /// ```
    #[must_use]
    pub fn answer(&self) -> Answer {
        self.answer
    }

    /// The importance, if given.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let r = Response::new("r1", date(2026, 1, 9), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(7));
    /// assert_eq!(r.importance(), None);
    /// ```
    #[must_use]
    pub fn importance(&self) -> Option<f64> {
        self.importance
    }
}
