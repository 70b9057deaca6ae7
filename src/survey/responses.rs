//! Checked survey responses and their builder.

use crate::{
    error::Entity, error::Error, model::ServiceModel, survey::Intake, survey::PeriodKind, survey::Place,
    survey::Response, survey::Scales, validate::Violations,
};

// Named by the docs only.
#[cfg(doc)]
use crate::{error::Problem, survey::Scale};

/// Checked survey responses: every score on its scale, every phase in the
/// model (when one was given), no respondent answering one subject twice
/// for one measure in one survey period.
///
/// Aggregate them with [`aggregate`](Self::aggregate), follow a measure
/// with [`series`](Self::series), or turn the SERVQUAL answers into
/// [`Feedback`](crate::survey::Feedback) with
/// [`feedback`](Self::feedback). With the `csv` feature, `CsvImport`
/// reads them from a survey tool's export.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// use service_standards::jiff::civil::date;
///
/// let check_in = Subject::Phase("stay/check-in".parse()?);
/// let responses = Responses::builder()
///     .responses([
///         Response::new("a", date(2026, 3, 2), check_in.clone(), Answer::Servqual { expectation: 7.0, perception: 5.0 }),
///         Response::new("b", date(2026, 3, 9), check_in.clone(), Answer::Servqual { expectation: 6.0, perception: 5.0 }),
///     ])
///     .build()?;
/// assert_eq!(responses.len(), 2);
/// assert_eq!(responses.feedback()?.gaps().by_phase()[0].difference(), -1.5);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Responses {
    pub(crate) scales: Scales,
    pub(crate) survey_period: PeriodKind,
    pub(crate) items: Vec<Response>,
}

/// Builds [`Responses`]; [`build`](Self::build) checks every response.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// use service_standards::jiff::civil::date;
///
/// let err = Responses::builder()
///     .responses([Response::new("a", date(2026, 3, 2), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(11))])
///     .build()
///     .unwrap_err();
/// assert_eq!(err.to_string(), "invalid responses: responses[0].score: score outside the scale `11`");
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ResponsesBuilder {
    pub(super) scales: Scales,
    pub(super) survey_period: PeriodKind,
    pub(super) items: Vec<Response>,
}

impl Responses {
    /// A builder, with the default [`Scales`] and monthly survey periods.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let empty = Responses::builder().build()?;
    /// assert!(empty.is_empty());
    /// assert_eq!(empty.survey_period(), PeriodKind::Month);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn builder() -> ResponsesBuilder {
        ResponsesBuilder { scales: Scales::default(), survey_period: PeriodKind::Month, items: Vec::new() }
    }

    /// The scales the answers are on.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert_eq!(Responses::builder().build()?.scales(), Scales::default());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn scales(&self) -> Scales {
        self.scales
    }

    /// The survey period: within one, a respondent answers a subject once per measure.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert_eq!(Responses::builder().survey_period(PeriodKind::Quarter).build()?.survey_period(), PeriodKind::Quarter);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn survey_period(&self) -> PeriodKind {
        self.survey_period
    }

    /// The responses, in the order given.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let r = Response::new("a", date(2026, 3, 2), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(9));
    /// let responses = Responses::builder().responses([r.clone()]).build()?;
    /// assert_eq!(responses.iter().next(), Some(&r));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn iter(&self) -> std::slice::Iter<'_, Response> {
        self.items.iter()
    }

    /// The responses `keep` keeps, with the same scales and survey period:
    /// one site's, one channel's, one quarter's, for their own
    /// [`feedback`](Self::feedback).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let ci = Subject::Phase("stay/check-in".parse()?);
    /// let servqual = |e, p| Answer::Servqual { expectation: e, perception: p };
    /// let responses = Responses::builder()
    ///     .responses([
    ///         Response::new("a", date(2026, 3, 2), ci.clone(), servqual(7.0, 4.0)).with_site(Id::new("krakow")?),
    ///         Response::new("b", date(2026, 3, 2), ci.clone(), servqual(6.0, 6.0)).with_site(Id::new("gdansk")?),
    ///     ])
    ///     .build()?;
    /// let krakow = responses.filtered(|r| r.site().map(Id::as_str) == Some("krakow"));
    /// assert_eq!(krakow.len(), 1);
    /// assert_eq!(krakow.feedback()?.gaps().by_phase()[0].difference(), -3.0);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn filtered(&self, mut keep: impl FnMut(&Response) -> bool) -> Self {
        Self {
            scales: self.scales,
            survey_period: self.survey_period,
            items: self.items.iter().filter(|r| keep(r)).cloned().collect(),
        }
    }

    /// How many responses there are.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert_eq!(Responses::builder().build()?.len(), 0);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are none.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert!(Responses::builder().build()?.is_empty());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

impl<'a> IntoIterator for &'a Responses {
    type Item = &'a Response;
    type IntoIter = std::slice::Iter<'a, Response>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl ResponsesBuilder {
    crate::setters::setters! {
        /// Adds responses.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// use service_standards::jiff::civil::date;
        ///
        /// let r = Response::new("a", date(2026, 3, 2), Subject::Dimension(QualityDimension::Empathy), Answer::Nps(9));
        /// assert_eq!(Responses::builder().responses([r]).build()?.len(), 1);
        /// # Ok::<(), Error>(())
        /// ```
        fn responses(responses: impl IntoIterator<Item = Response>) { items.extend(responses) }
        /// Sets the scales (default: [`Scales::default`]).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// use service_standards::jiff::civil::date;
        ///
        /// let r = Response::new("a", date(2026, 3, 2), Subject::Dimension(QualityDimension::Empathy), Answer::Csat(7.0));
        /// assert!(Responses::builder().responses([r.clone()]).build().is_err());
        /// let ten = Scales::default().csat(Scale::new(1.0, 10.0)?);
        /// assert!(Responses::builder().scales(ten).responses([r]).build().is_ok());
        /// # Ok::<(), Error>(())
        /// ```
        fn scales(scales: Scales) { scales = scales }
        /// Sets the survey period (default: a month): a respondent answers
        /// a subject once per measure in each.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// use service_standards::jiff::civil::date;
        ///
        /// let empathy = Subject::Dimension(QualityDimension::Empathy);
        /// let twice = [
        ///     Response::new("a", date(2026, 1, 2), empathy.clone(), Answer::Nps(9)),
        ///     Response::new("a", date(2026, 2, 2), empathy, Answer::Nps(8)),
        /// ];
        /// assert!(Responses::builder().responses(twice.clone()).build().is_ok());
        /// let err = Responses::builder().survey_period(PeriodKind::Quarter).responses(twice).build().unwrap_err();
        /// assert_eq!(err.violations()[0].path(), "responses[1].respondent");
        /// # Ok::<(), Error>(())
        /// ```
        fn survey_period(kind: PeriodKind) { survey_period = kind }
    }

    /// Checks every response and builds the collection.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::Responses`](crate::error::Entity::Responses)
    /// listing, for the `i`th response: a blank respondent or one with a
    /// forbidden character (`responses[i].respondent`, [`Problem::EmptyText`]
    /// or [`Problem::ForbiddenCharacter`]); a date before
    /// [`Response::EARLIEST_DATE`] or after [`Response::LATEST_DATE`]
    /// (`responses[i].date`, [`Problem::DateOutOfRange`]); a score outside its scale or not
    /// finite (`responses[i].expectation`, `.perception` or `.score`,
    /// [`Problem::OutOfScale`]); an importance that is not above zero and at
    /// most [`Scale::LIMIT`] (`responses[i].importance`,
    /// [`Problem::InvalidWeight`]); the same respondent, subject and
    /// measure again in one survey period (`responses[i].respondent`,
    /// [`Problem::DuplicateResponse`], on the later one).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    ///
    /// let err = Responses::builder()
    ///     .responses([Response::new(" ", date(2026, 3, 2), Subject::Dimension(QualityDimension::Empathy),
    ///         Answer::Servqual { expectation: 8.0, perception: f64::NAN })])
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(err.violations().len(), 3);
    /// assert_eq!(err.violations()[0].problem(), &Problem::EmptyText);
    /// assert_eq!(err.violations()[2].path(), "responses[0].perception");
    /// # Ok::<(), Error>(())
    /// ```
    pub fn build(self) -> Result<Responses, Error> {
        self.check(None)
    }

    /// Checks every response as [`build`](Self::build) does, and also that
    /// every phase a response is about is one of `model`'s.
    ///
    /// # Errors
    ///
    /// As [`build`](Self::build), and a phase the model does not have
    /// (`responses[i].subject`, [`Problem::NotInModel`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    ///
    /// let spa = Response::new("a", date(2026, 3, 2), Subject::Phase("stay/spa".parse()?), Answer::Nps(9));
    /// let err = Responses::builder().responses([spa]).build_for(&model).unwrap_err();
    /// assert_eq!(err.to_string(), "invalid responses: responses[0].subject: not in the model `stay/spa`");
    /// # Ok::<(), Error>(())
    /// ```
    pub fn build_for(self, model: &ServiceModel) -> Result<Responses, Error> {
        self.check(Some(model))
    }

    fn check(self, model: Option<&ServiceModel>) -> Result<Responses, Error> {
        let mut v = Violations::default();
        let mut intake = Intake::new(self.scales, self.survey_period, model, self.items.len());
        for (i, response) in self.items.iter().enumerate() {
            intake.check(&mut v, Place::Index(i), response, i, &self.items);
        }
        v.finish(Entity::Responses, || Responses {
            scales: self.scales,
            survey_period: self.survey_period,
            items: self.items,
        })
    }
}
