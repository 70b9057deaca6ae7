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
/// Its date must lie from [`EARLIEST_DATE`](Self::EARLIEST_DATE)
/// (1900-01-01) to [`LATEST_DATE`](Self::LATEST_DATE) (2199-12-31), both
/// included: a date outside is a typo or a placeholder (`9999-12-31`,
/// `0000-01-01`), not a day a customer answered, and would stretch every
/// series by centuries. The builder and the CSV import refuse it
/// ([`Problem::DateOutOfRange`](crate::error::Problem::DateOutOfRange)).
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
    pub(crate) respondent: Arc<str>,
    pub(crate) date: Date,
    pub(crate) site: Option<Id>,
    pub(crate) channel: Option<Channel>,
    pub(crate) subject: Subject,
    pub(crate) answer: Answer,
    pub(crate) importance: Option<f64>,
    pub(crate) comment: Option<Arc<str>>,
}

impl Response {
    /// The earliest date a response may have: 1 January 1900.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// assert_eq!(Response::EARLIEST_DATE, date(1900, 1, 1));
    /// let r = Response::new("r1", date(1899, 12, 31), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(7));
    /// let err = Responses::builder().responses([r]).build().unwrap_err();
    /// assert_eq!(err.to_string(), "invalid responses: responses[0].date: date outside 1900-01-01 to 2199-12-31 `1899-12-31`");
    /// ```
    pub const EARLIEST_DATE: Date = crate::error::limits::EARLIEST_RESPONSE;

    /// The latest date a response may have: 31 December 2199.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// assert_eq!(Response::LATEST_DATE, date(2199, 12, 31));
    /// let r = Response::new("r1", Response::LATEST_DATE, Subject::Dimension(QualityDimension::Empathy), Answer::Nps(7));
    /// assert_eq!(Responses::builder().responses([r]).build()?.len(), 1);
    /// # Ok::<(), Error>(())
    /// ```
    pub const LATEST_DATE: Date = crate::error::limits::LATEST_RESPONSE;

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
            comment: None,
        }
    }

    /// The most characters a comment may have: 10,000 (a page of text).
    /// A longer one is refused
    /// ([`Problem::CommentTooLong`](crate::error::Problem::CommentTooLong)):
    /// a cell of a megabyte is not a customer's comment.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let long = "x".repeat(Response::MAX_COMMENT_CHARS + 1);
    /// let r = Response::new("r1", date(2026, 1, 9), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(7)).with_comment(long);
    /// let err = Responses::builder().responses([r]).build().unwrap_err();
    /// assert_eq!(err.violations()[0].path(), "responses[0].comment");
    /// assert_eq!(err.violations()[0].problem(), &Problem::CommentTooLong);
    /// ```
    pub const MAX_COMMENT_CHARS: usize = crate::error::limits::COMMENT_CHARS;

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

    /// Sets what the respondent wrote about the subject, beside the score
    /// (at most [`MAX_COMMENT_CHARS`](Self::MAX_COMMENT_CHARS) characters).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let r = Response::new("r1", date(2026, 1, 9), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(7))
    ///     .with_comment("Parking was hard to find.");
    /// assert_eq!(r.comment(), Some("Parking was hard to find."));
    /// ```
    #[must_use]
    pub fn with_comment(mut self, text: impl Into<String>) -> Self {
        self.comment = Some(Arc::from(text.into()));
        self
    }

    /// What the respondent wrote beside the score, if anything.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let r = Response::new("r1", date(2026, 1, 9), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(7));
    /// assert_eq!(r.comment(), None);
    /// ```
    #[must_use]
    pub fn comment(&self) -> Option<&str> {
        self.comment.as_deref()
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
