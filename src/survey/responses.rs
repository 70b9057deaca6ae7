//! Individual survey responses: SERVQUAL expectation and perception, NPS,
//! CSAT and customer effort, each dated and tied to a subject.

use std::{
    collections::hash_map::Entry,
    fmt,
    hash::{Hash, Hasher},
    sync::Arc,
};

use jiff::civil::Date;

use super::fingerprints::Fingerprints;

use rustc_hash::FxHashMap;

use crate::{
    error::Entity, error::Error, error::Problem, model::Channel, model::Id, model::ServiceModel,
    survey::Scale, survey::Subject, validate::Violations, validate::is_forbidden, validate::is_invisible,
    vocabulary::vocabulary,
};

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

vocabulary! {
    /// How long a survey period is: a calendar month, quarter or year.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::survey::PeriodKind;
    ///
    /// assert_eq!("quarter".parse::<PeriodKind>()?, PeriodKind::Quarter);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub enum PeriodKind(Entity::PeriodKind) {
        /// A calendar month.
        Month,
        /// A calendar quarter: January–March, April–June, July–September, October–December.
        Quarter,
        /// A calendar year.
        Year,
    }
}

/// One calendar month, quarter or year.
///
/// Periods of one kind order by time. Written `2026-03` (a month),
/// `2026-Q1` (a quarter) or `2026` (a year).
///
/// # Examples
///
/// ```
/// use service_standards::{jiff::civil::date, survey::{Period, PeriodKind}};
///
/// let q = Period::of(PeriodKind::Quarter, date(2026, 5, 17));
/// assert_eq!(q.to_string(), "2026-Q2");
/// assert_eq!((q.start(), q.end()), (date(2026, 4, 1), date(2026, 6, 30)));
/// assert!(Period::of(PeriodKind::Month, date(2026, 1, 31)) < Period::of(PeriodKind::Month, date(2026, 2, 1)));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub(super) kind: PeriodKind,
    pub(super) start: Date,
}

impl Period {
    /// The period of `kind` that holds `date`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{jiff::civil::date, survey::{Period, PeriodKind}};
    ///
    /// assert_eq!(Period::of(PeriodKind::Year, date(2026, 8, 9)).start(), date(2026, 1, 1));
    /// assert_eq!(Period::of(PeriodKind::Month, date(2024, 2, 9)).end(), date(2024, 2, 29));
    /// ```
    #[must_use]
    pub fn of(kind: PeriodKind, date: Date) -> Self {
        let start = match kind {
            PeriodKind::Month => date.first_of_month(),
            PeriodKind::Year => date.first_of_year(),
            PeriodKind::Quarter => {
                let back = i64::from((date.month() - 1) % 3);
                // Moving back at most two months from the first of a month
                // stays in the same year, so this cannot fail.
                date.first_of_month()
                    .checked_sub(jiff::Span::new().months(back))
                    .unwrap_or(date.first_of_month())
            }
        };
        Self { kind, start }
    }

    /// Its kind.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{jiff::civil::date, survey::{Period, PeriodKind}};
    ///
    /// assert_eq!(Period::of(PeriodKind::Month, date(2026, 3, 9)).kind(), PeriodKind::Month);
    /// ```
    #[must_use]
    pub fn kind(&self) -> PeriodKind {
        self.kind
    }

    /// Its first day.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{jiff::civil::date, survey::{Period, PeriodKind}};
    ///
    /// assert_eq!(Period::of(PeriodKind::Quarter, date(2026, 12, 31)).start(), date(2026, 10, 1));
    /// ```
    #[must_use]
    pub fn start(&self) -> Date {
        self.start
    }

    /// Its last day.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{jiff::civil::date, survey::{Period, PeriodKind}};
    ///
    /// assert_eq!(Period::of(PeriodKind::Quarter, date(2026, 1, 5)).end(), date(2026, 3, 31));
    /// assert_eq!(Period::of(PeriodKind::Year, date(2026, 1, 5)).end(), date(2026, 12, 31));
    /// ```
    #[must_use]
    pub fn end(&self) -> Date {
        match self.kind {
            PeriodKind::Month => self.start.last_of_month(),
            PeriodKind::Year => self.start.last_of_year(),
            PeriodKind::Quarter => self
                .start
                .checked_add(jiff::Span::new().months(2))
                .map_or_else(|_| self.start.last_of_year(), Date::last_of_month),
        }
    }

    /// Whether `date` falls in the period.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{jiff::civil::date, survey::{Period, PeriodKind}};
    ///
    /// let march = Period::of(PeriodKind::Month, date(2026, 3, 1));
    /// assert!(march.contains(date(2026, 3, 31)) && !march.contains(date(2026, 4, 1)));
    /// ```
    #[must_use]
    pub fn contains(&self, date: Date) -> bool {
        self.start <= date && date <= self.end()
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let year = self.start.year();
        match self.kind {
            PeriodKind::Month => write!(f, "{year:04}-{:02}", self.start.month()),
            PeriodKind::Quarter => write!(f, "{year:04}-Q{}", (self.start.month() - 1) / 3 + 1),
            PeriodKind::Year => write!(f, "{year:04}"),
        }
    }
}

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
    pub(super) scales: Scales,
    pub(super) survey_period: PeriodKind,
    pub(super) items: Vec<Response>,
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
    /// or [`Problem::ForbiddenCharacter`]); a score outside its scale or not
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

/// Where a response is: the `i`th given to a builder, or a file's line.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Place {
    /// The `i`th response given: `responses[i]`.
    Index(usize),
    /// A record starting on a line of a file: `line N`.
    #[cfg_attr(not(feature = "csv"), allow(dead_code, reason = "only the csv import reads files"))]
    Line(u64),
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Index(i) => write!(f, "responses[{i}]"),
            Self::Line(n) => write!(f, "line {n}"),
        }
    }
}

/// A response's identity within a survey period: who, about what, which
/// measure, when. Only for the rare responses whose identity's hash another
/// identity had first.
type Seen = FxHashMap<(Arc<str>, Subject, Measure, Period), ()>;

/// Checks responses one by one: each on its own, and each against those before it.
pub(crate) struct Intake<'m> {
    pub(super) scales: Scales,
    pub(super) survey_period: PeriodKind,
    /// The phases of the model responses are checked against, by sequence
    /// and phase id: one look-up a response, however large the model.
    pub(super) phases: Option<FxHashMap<(&'m str, &'m str), ()>>,
    /// The hash of each identity met, and the place of the response that
    /// had it first; an identity whose hash was had by another one is kept
    /// whole in `collided`. A hash and an index, rather than the identity,
    /// keep the table small for a million responses.
    pub(super) first: FxHashMap<u64, usize>,
    pub(super) collided: Seen,
    /// The streaming import's duplicate check, `None` when it is off.
    #[cfg_attr(not(feature = "csv"), allow(dead_code, reason = "only the csv import streams"))]
    pub(super) fingerprints: Option<Fingerprints>,
}

impl<'m> Intake<'m> {
    pub(crate) fn new(
        scales: Scales,
        survey_period: PeriodKind,
        model: Option<&'m ServiceModel>,
        n: usize,
    ) -> Self {
        let phases = model.map(|model| {
            model
                .sequences()
                .iter()
                .flat_map(|q| q.phases().iter().map(move |p| ((q.id().as_str(), p.id().as_str()), ())))
                .collect()
        });
        Self {
            scales,
            survey_period,
            phases,
            first: FxHashMap::with_capacity_and_hasher(n, rustc_hash::FxBuildHasher),
            collided: FxHashMap::with_capacity_and_hasher(0, rustc_hash::FxBuildHasher),
            fingerprints: None,
        }
    }

    /// An intake for an import that keeps no response: its duplicate
    /// check, if `duplicates` is on, keeps [`Fingerprints`] and is made by
    /// [`remember_fingerprint`](Self::remember_fingerprint).
    #[cfg(feature = "csv")]
    pub(crate) fn streaming(
        scales: Scales,
        survey_period: PeriodKind,
        model: Option<&'m ServiceModel>,
        duplicates: bool,
    ) -> Self {
        Self {
            fingerprints: duplicates.then(Fingerprints::new),
            ..Self::new(scales, survey_period, model, 0)
        }
    }

    /// Checks `r` into `v`, its violations at `{path}.field`; remembers it
    /// for the duplicate check if it is valid.
    /// `earlier` are the responses before it, `r` the `index`th.
    pub(crate) fn check(
        &mut self,
        v: &mut Violations,
        path: Place,
        r: &Response,
        index: usize,
        earlier: &[Response],
    ) {
        let before = v.len();
        self.check_parts(v, path, Some(&r.respondent), Some(&r.subject), Some(r.answer), r.importance);
        if v.len() == before {
            self.remember(v, path, r, index, earlier);
        }
    }

    /// Checks what is known of a response: its respondent, subject, answer and importance.
    pub(crate) fn check_parts(
        &self,
        v: &mut Violations,
        path: Place,
        respondent: Option<&str>,
        subject: Option<&Subject>,
        answer: Option<Answer>,
        importance: Option<f64>,
    ) {
        if let Some(respondent) = respondent {
            // Checked before a path is made: almost every respondent is fine.
            if respondent.chars().all(is_invisible) || respondent.chars().any(is_forbidden) {
                v.text(format!("{path}.respondent"), respondent);
            }
        }
        if let (Some(phases), Some(Subject::Phase(phase))) = (&self.phases, subject) {
            if !phases.contains_key(&(phase.sequence().as_str(), phase.phase().as_str())) {
                v.push(format!("{path}.subject"), Problem::NotInModel, phase.to_string());
            }
        }
        let on = |v: &mut Violations, field: &str, scale: Scale, x: f64| {
            if !scale.contains(x) {
                v.push(format!("{path}.{field}"), Problem::OutOfScale, x.to_string());
            }
        };
        match answer {
            Some(Answer::Servqual { expectation, perception }) => {
                on(v, "expectation", self.scales.servqual, expectation);
                on(v, "perception", self.scales.servqual, perception);
            }
            Some(Answer::Nps(score)) if score > 10 => {
                v.push(format!("{path}.score"), Problem::OutOfScale, score.to_string());
            }
            Some(Answer::Csat(score)) => on(v, "score", self.scales.csat, score),
            Some(Answer::Ces(score)) => on(v, "score", self.scales.ces, score),
            Some(Answer::Nps(_)) | None => {}
        }
        if let Some(w) = importance {
            if !(w.is_finite() && w > 0.0 && w <= Scale::LIMIT) {
                v.push(format!("{path}.importance"), Problem::InvalidWeight, w.to_string());
            }
        }
    }

    /// The hash of `r`'s identity: respondent, subject, measure, survey period.
    fn identity(&self, r: &Response) -> u64 {
        let mut hasher = rustc_hash::FxHasher::default();
        (&*r.respondent, &r.subject, r.answer.measure(), Period::of(self.survey_period, r.date))
            .hash(&mut hasher);
        hasher.finish()
    }

    /// Remembers a valid `r`, the `index`th response (`earlier` holds
    /// those before it); a violation if its respondent answered its subject
    /// for its measure in its survey period before.
    pub(crate) fn remember(
        &mut self,
        v: &mut Violations,
        path: Place,
        r: &Response,
        index: usize,
        earlier: &[Response],
    ) {
        let period = Period::of(self.survey_period, r.date);
        let duplicate = match self.first.entry(self.identity(r)) {
            Entry::Vacant(slot) => {
                slot.insert(index);
                false
            }
            Entry::Occupied(slot) => {
                let same = earlier.get(*slot.get()).is_some_and(|first| {
                    first.respondent == r.respondent
                        && first.subject == r.subject
                        && first.answer.measure() == r.answer.measure()
                        && Period::of(self.survey_period, first.date) == period
                });
                same || {
                    let key = (r.respondent.clone(), r.subject.clone(), r.answer.measure(), period);
                    self.collided.insert(key, ()).is_some()
                }
            }
        };
        if duplicate {
            v.push(format!("{path}.respondent"), Problem::DuplicateResponse, &*r.respondent);
        }
    }

    /// As [`remember`](Self::remember), for a valid response that is not
    /// kept: by its fingerprint, if the duplicate check is on.
    #[cfg(feature = "csv")]
    pub(crate) fn remember_fingerprint(
        &mut self,
        v: &mut Violations,
        path: Place,
        respondent: &str,
        subject: &Subject,
        answer: Answer,
        date: Date,
    ) {
        if let Some(fingerprints) = &mut self.fingerprints {
            let period = Period::of(self.survey_period, date);
            if !fingerprints.first(respondent, subject, answer.measure(), period) {
                v.push(format!("{path}.respondent"), Problem::DuplicateResponse, respondent);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::QualityDimension;
    use jiff::civil::date;

    #[test]
    fn identities_whose_hashes_collide_are_told_apart() {
        let empathy = Subject::Dimension(QualityDimension::Empathy);
        let a = Response::new("a", date(2026, 1, 5), empathy.clone(), Answer::Nps(9));
        let b = Response::new("b", date(2026, 1, 5), empathy, Answer::Nps(9));
        let mut intake = Intake::new(Scales::default(), PeriodKind::Month, None, 4);
        let mut v = Violations::default();
        let earlier = [a.clone(), b.clone(), b.clone()];
        intake.remember(&mut v, Place::Index(0), &a, 0, &earlier);
        // `b`'s hash taken by `a`, as if they collided.
        intake.first.insert(intake.identity(&b), 0);
        intake.remember(&mut v, Place::Index(1), &b, 1, &earlier);
        assert!(v.is_empty());
        assert_eq!(intake.collided.len(), 1);
        intake.remember(&mut v, Place::Index(2), &b, 2, &earlier);
        assert_eq!(v.len(), 1);
        // `a` itself, again: found through the hash.
        intake.remember(&mut v, Place::Index(3), &a, 3, &earlier);
        assert_eq!(v.len(), 2);
        let err = v.into_error(crate::error::Entity::Responses);
        assert_eq!(err.violations()[0].path(), "responses[2].respondent");
        assert_eq!(err.violations()[1].problem(), &Problem::DuplicateResponse);
    }
}
