//! Key drivers: which subjects (phases, dimensions) move an overall
//! measure most, by the relative importance of each in explaining it over
//! the respondents who answered them all (LMG, the Shapley decomposition
//! of R²), with bootstrap intervals.

use rustc_hash::FxHashMap;

use crate::{
    statistics::estimate::as_f64,
    survey::{Answer, Measure, Period, Responses, Subject},
};

/// A key-driver analysis to run on [`Responses`]
/// ([`Responses::key_drivers`]): which subject and measure is the outcome
/// (overall recommendation, overall satisfaction), which measure the
/// drivers are answered with, and how the uncertainty is estimated.
///
/// **Method.** Respondents are linked by their id within a survey period
/// ([`Responses::survey_period`]): one respondent's answers in one period
/// are one row. A row is used when it answers the outcome and every driver
/// (listwise deletion, relaimpo's default). Each answer counts as its
/// score: the 0–10 of NPS, the CSAT or CES score, the SERVQUAL
/// perception (not the gap: the rating of what happened). The importance
/// of a driver is its LMG value (Lindeman, Merenda and Gold 1980; the
/// Shapley value of R², Lipovetsky and Conklin 2001; relaimpo's `lmg`):
/// the increase in R² of the linear regression of the outcome when the
/// driver is added, averaged over every order of adding the drivers. The
/// importances are never negative and add up to R²; unlike standardised
/// coefficients they share the variance correlated drivers explain
/// together. Exact LMG needs a regression on every subset of drivers, so
/// at most [`MAX_DRIVERS`](Self::MAX_DRIVERS) drivers (4 096 subsets) are
/// analysed at once.
///
/// **Uncertainty.** A 95 % percentile bootstrap interval for each
/// importance and for R²: [`resamples`](Self::resamples) resamples (1 000
/// by default, relaimpo's default) drawn with a fixed seed, so the same
/// responses give the same intervals. Up to 10 000 respondents the
/// respondents themselves are resampled; above, respondents are dealt at
/// random into 10 000 blocks and the blocks are resampled (the bootstrap
/// of batch sums, which gives the same intervals to first order because
/// the importances depend on the data only through sums of squares and
/// products), so that a million respondents take as long as 10 000.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// use service_standards::jiff::civil::date;
/// use service_standards::survey::KeyDriverAnalysis;
///
/// // Ten respondents: waiting, friendliness and price (CSAT 1–5), and overall satisfaction.
/// let x1 = [5.0, 4.0, 2.0, 5.0, 3.0, 1.0, 4.0, 2.0, 5.0, 3.0];
/// let x2 = [5.0, 5.0, 3.0, 4.0, 3.0, 2.0, 4.0, 4.0, 5.0, 2.0];
/// let x3 = [3.0, 4.0, 3.0, 2.0, 4.0, 2.0, 5.0, 3.0, 5.0, 1.0];
/// let y = [5.0, 5.0, 2.0, 4.0, 3.0, 1.0, 4.0, 3.0, 5.0, 2.0];
/// let subject = |s: &str| -> Result<Subject, Error> { Ok(Subject::Phase(s.parse()?)) };
/// let overall = subject("visit/overall")?;
/// let mut responses = Vec::new();
/// for (path, scores) in [("visit/overall", y), ("visit/waiting", x1), ("visit/staff", x2), ("visit/price", x3)] {
///     for (n, score) in scores.into_iter().enumerate() {
///         responses.push(Response::new(format!("r{n}"), date(2026, 3, 2), subject(path)?, Answer::Csat(score)));
///     }
/// }
/// let responses = Responses::builder().responses(responses).build()?;
/// let analysis = KeyDriverAnalysis::new(overall, Measure::Csat, Measure::Csat).minimum_respondents(10);
/// let drivers = responses.key_drivers(&analysis)?;
/// assert_eq!(drivers.respondents(), 10);
/// assert_eq!(format!("{:.6}", drivers.r_squared()), "0.981436");
/// let first = &drivers.drivers()[0];
/// assert_eq!(first.subject(), &subject("visit/staff")?);
/// assert_eq!(format!("{:.6}", first.importance()), "0.455984");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct KeyDriverAnalysis {
    outcome: Subject,
    outcome_measure: Measure,
    driver_measure: Measure,
    drivers: Option<Vec<Subject>>,
    resamples: usize,
    seed: u64,
    minimum_respondents: usize,
}

impl KeyDriverAnalysis {
    /// The most drivers analysed at once: 12 (LMG runs a regression on
    /// each of the 2¹² subsets).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::survey::KeyDriverAnalysis::MAX_DRIVERS, 12);
    /// ```
    pub const MAX_DRIVERS: usize = 12;

    /// The default number of bootstrap resamples: 1 000.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::survey::KeyDriverAnalysis::RESAMPLES, 1_000);
    /// ```
    pub const RESAMPLES: usize = 1_000;

    /// The default seed of the bootstrap's random numbers.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::survey::KeyDriverAnalysis::SEED, 22);
    /// ```
    pub const SEED: u64 = 22;

    /// The default minimum number of respondents: 30 (and always more than
    /// the drivers plus one, so the regression has residual degrees of
    /// freedom).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::survey::KeyDriverAnalysis::MINIMUM_RESPONDENTS, 30);
    /// ```
    pub const MINIMUM_RESPONDENTS: usize = 30;

    /// An analysis of what drives `outcome_measure` of `outcome`, among
    /// the other subjects answered with `driver_measure`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::survey::KeyDriverAnalysis;
    ///
    /// let overall = Subject::Phase("stay/check-out".parse()?);
    /// let analysis = KeyDriverAnalysis::new(overall.clone(), Measure::Nps, Measure::Servqual);
    /// assert_eq!(analysis.outcome(), (&overall, Measure::Nps));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn new(outcome: Subject, outcome_measure: Measure, driver_measure: Measure) -> Self {
        Self {
            outcome,
            outcome_measure,
            driver_measure,
            drivers: None,
            resamples: Self::RESAMPLES,
            seed: Self::SEED,
            minimum_respondents: Self::MINIMUM_RESPONDENTS,
        }
    }

    crate::setters::setters! {
        /// Sets the drivers (default: every subject answered with the
        /// driver measure, in the order first met, the outcome left out).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// use service_standards::survey::KeyDriverAnalysis;
        ///
        /// let overall = Subject::Phase("stay/check-out".parse()?);
        /// let check_in = Subject::Phase("stay/check-in".parse()?);
        /// let analysis = KeyDriverAnalysis::new(overall, Measure::Nps, Measure::Csat).drivers([check_in.clone()]);
        /// assert_eq!(analysis.driver_subjects(), Some(&[check_in][..]));
        /// # Ok::<(), Error>(())
        /// ```
        fn drivers(subjects: impl IntoIterator<Item = Subject>) { drivers = Some(subjects.into_iter().collect()) }
        /// Sets the number of bootstrap resamples (default 1 000; 0 gives no intervals).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// use service_standards::survey::KeyDriverAnalysis;
        ///
        /// let analysis = KeyDriverAnalysis::new(Subject::Dimension(QualityDimension::Empathy), Measure::Nps, Measure::Csat).resamples(200);
        /// assert_eq!(analysis.resample_count(), 200);
        /// ```
        fn resamples(n: usize) { resamples = n }
        /// Sets the seed of the bootstrap (default [`SEED`](Self::SEED)).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// use service_standards::survey::KeyDriverAnalysis;
        ///
        /// let analysis = KeyDriverAnalysis::new(Subject::Dimension(QualityDimension::Empathy), Measure::Nps, Measure::Csat).seed(7);
        /// assert_eq!(analysis.random_seed(), 7);
        /// ```
        fn seed(seed: u64) { seed = seed }
        /// Sets the minimum number of respondents who answered the outcome
        /// and every driver (default 30).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// use service_standards::survey::KeyDriverAnalysis;
        ///
        /// let analysis = KeyDriverAnalysis::new(Subject::Dimension(QualityDimension::Empathy), Measure::Nps, Measure::Csat).minimum_respondents(100);
        /// assert_eq!(analysis.minimum(), 100);
        /// ```
        fn minimum_respondents(n: usize) { minimum_respondents = n }
    }

    /// The outcome: its subject and measure.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::survey::KeyDriverAnalysis;
    ///
    /// let e = Subject::Dimension(QualityDimension::Empathy);
    /// assert_eq!(KeyDriverAnalysis::new(e.clone(), Measure::Csat, Measure::Ces).outcome(), (&e, Measure::Csat));
    /// ```
    #[must_use]
    pub fn outcome(&self) -> (&Subject, Measure) {
        (&self.outcome, self.outcome_measure)
    }

    /// The measure the drivers are answered with.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::survey::KeyDriverAnalysis;
    ///
    /// let e = Subject::Dimension(QualityDimension::Empathy);
    /// assert_eq!(KeyDriverAnalysis::new(e, Measure::Csat, Measure::Ces).driver_measure(), Measure::Ces);
    /// ```
    #[must_use]
    pub fn driver_measure(&self) -> Measure {
        self.driver_measure
    }

    /// The drivers named, if any were.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::survey::KeyDriverAnalysis;
    ///
    /// let e = Subject::Dimension(QualityDimension::Empathy);
    /// assert_eq!(KeyDriverAnalysis::new(e, Measure::Csat, Measure::Ces).driver_subjects(), None);
    /// ```
    #[must_use]
    pub fn driver_subjects(&self) -> Option<&[Subject]> {
        self.drivers.as_deref()
    }

    /// The number of bootstrap resamples.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::survey::KeyDriverAnalysis;
    ///
    /// let e = Subject::Dimension(QualityDimension::Empathy);
    /// assert_eq!(KeyDriverAnalysis::new(e, Measure::Csat, Measure::Ces).resample_count(), 1_000);
    /// ```
    #[must_use]
    pub fn resample_count(&self) -> usize {
        self.resamples
    }

    /// The seed of the bootstrap.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::survey::KeyDriverAnalysis;
    ///
    /// let e = Subject::Dimension(QualityDimension::Empathy);
    /// assert_eq!(KeyDriverAnalysis::new(e, Measure::Csat, Measure::Ces).random_seed(), KeyDriverAnalysis::SEED);
    /// ```
    #[must_use]
    pub fn random_seed(&self) -> u64 {
        self.seed
    }

    /// The minimum number of respondents.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::survey::KeyDriverAnalysis;
    ///
    /// let e = Subject::Dimension(QualityDimension::Empathy);
    /// assert_eq!(KeyDriverAnalysis::new(e, Measure::Csat, Measure::Ces).minimum(), 30);
    /// ```
    #[must_use]
    pub fn minimum(&self) -> usize {
        self.minimum_respondents
    }
}

/// Why a key-driver analysis gave no result
/// ([`Responses::key_drivers`]).
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// use service_standards::survey::{KeyDriverAnalysis, NotEstimated};
///
/// let e = Subject::Dimension(QualityDimension::Empathy);
/// let none = Responses::builder().build()?.key_drivers(&KeyDriverAnalysis::new(e, Measure::Nps, Measure::Csat));
/// assert_eq!(none, Err(NotEstimated::NoDrivers));
/// assert_eq!(NotEstimated::NoDrivers.to_string(), "no driver: no other subject was answered with the driver measure");
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NotEstimated {
    /// No subject other than the outcome was answered with the driver measure.
    #[error("no driver: no other subject was answered with the driver measure")]
    NoDrivers,
    /// More drivers than [`KeyDriverAnalysis::MAX_DRIVERS`]: name fewer.
    #[error("too many drivers: {count}, at most {maximum} (name the drivers to analyse)")]
    TooManyDrivers {
        /// The drivers found or named.
        count: usize,
        /// The most analysed at once.
        maximum: usize,
    },
    /// Too few respondents answered the outcome and every driver.
    #[error(
        "too few respondents answered the outcome and every driver: {respondents}, at least {minimum} needed"
    )]
    TooFewRespondents {
        /// The respondents who did.
        respondents: usize,
        /// The minimum needed.
        minimum: usize,
    },
    /// Every respondent used gave the outcome the same score: there is
    /// nothing to explain.
    #[error("the outcome does not vary: every respondent gave it the same score")]
    NoVariance,
}

/// What drives an overall measure: each driver's share of the outcome's
/// explained variance, most important first
/// ([`Responses::key_drivers`]; the method is described at
/// [`KeyDriverAnalysis`]).
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// use service_standards::jiff::civil::date;
/// use service_standards::survey::KeyDriverAnalysis;
///
/// // 40 guests: overall NPS follows the check-in's CSAT, not the breakfast's.
/// let (overall, check_in, breakfast) = (Subject::Phase("stay/check-out".parse()?), Subject::Phase("stay/check-in".parse()?), Subject::Phase("stay/breakfast".parse()?));
/// let mut responses = Vec::new();
/// for n in 0..40_u8 {
///     let (ci, bf) = (1 + n % 5, 1 + (n / 5) % 5);
///     let who = format!("guest-{n}");
///     responses.push(Response::new(who.as_str(), date(2026, 5, 1), check_in.clone(), Answer::Csat(f64::from(ci))));
///     responses.push(Response::new(who.as_str(), date(2026, 5, 1), breakfast.clone(), Answer::Csat(f64::from(bf))));
///     responses.push(Response::new(who.as_str(), date(2026, 5, 1), overall.clone(), Answer::Nps(2 * ci - n % 2)));
/// }
/// let responses = Responses::builder().responses(responses).build()?;
/// let drivers = responses.key_drivers(&KeyDriverAnalysis::new(overall.clone(), Measure::Nps, Measure::Csat))?;
/// assert_eq!(drivers.outcome(), (&overall, Measure::Nps));
/// assert_eq!(drivers.drivers()[0].subject(), &check_in);
/// assert!(drivers.drivers()[0].share() > 90.0);
/// let (low, high) = drivers.drivers()[0].interval().unwrap();
/// assert!(low <= drivers.drivers()[0].importance() && drivers.drivers()[0].importance() <= high);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct KeyDrivers {
    outcome: Subject,
    outcome_measure: Measure,
    driver_measure: Measure,
    respondents: usize,
    r_squared: f64,
    r_squared_interval: Option<(f64, f64)>,
    drivers: Vec<Driver>,
    resamples: usize,
    seed: u64,
}

impl KeyDrivers {
    /// The outcome: its subject and measure.
    ///
    /// # Examples
    ///
    /// ```
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// use service_standards::survey::{Measure, Subject};
    ///
    /// assert_eq!(drivers.outcome(), (&Subject::Phase("visit/overall".parse()?), Measure::Csat));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn outcome(&self) -> (&Subject, Measure) {
        (&self.outcome, self.outcome_measure)
    }

    /// The measure the drivers were answered with.
    ///
    /// # Examples
    ///
    /// ```
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// use service_standards::survey::Measure;
    ///
    /// assert_eq!(drivers.driver_measure(), Measure::Csat);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn driver_measure(&self) -> Measure {
        self.driver_measure
    }

    /// The respondents who answered the outcome and every driver: the
    /// rows the analysis used.
    ///
    /// # Examples
    ///
    /// ```
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// assert_eq!(drivers.respondents(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn respondents(&self) -> usize {
        self.respondents
    }

    /// R² of the regression of the outcome on every driver: the share of
    /// the outcome's variance the drivers explain together (0 to 1).
    ///
    /// # Examples
    ///
    /// ```
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// assert_eq!(format!("{:.6}", drivers.r_squared()), "0.981436");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn r_squared(&self) -> f64 {
        self.r_squared
    }

    /// The 95 % bootstrap interval of R²; `None` with no resamples.
    ///
    /// # Examples
    ///
    /// ```
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// let (low, high) = drivers.r_squared_interval().unwrap();
    /// assert!(low <= drivers.r_squared() && drivers.r_squared() <= high);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn r_squared_interval(&self) -> Option<(f64, f64)> {
        self.r_squared_interval
    }

    /// The drivers, most important first (in the order met when equal).
    ///
    /// # Examples
    ///
    /// ```
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// let first = drivers.drivers().iter().map(|d| d.subject().to_string()).next();
    /// assert_eq!(first.as_deref(), Some("visit/staff"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn drivers(&self) -> &[Driver] {
        &self.drivers
    }

    /// The number of bootstrap resamples the intervals come from.
    ///
    /// # Examples
    ///
    /// ```
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// assert_eq!(drivers.resamples(), 1_000);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn resamples(&self) -> usize {
        self.resamples
    }

    /// The seed of the bootstrap.
    ///
    /// # Examples
    ///
    /// ```
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// assert_eq!(drivers.seed(), service_standards::survey::KeyDriverAnalysis::SEED);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn seed(&self) -> u64 {
        self.seed
    }
}

/// One driver of a [`KeyDrivers`] analysis: its LMG importance (its part
/// of R²), that part as a share of R², its bootstrap interval, and its
/// plain correlation with the outcome (whose sign says which way it
/// moves it).
///
/// # Examples
///
/// ```
/// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
/// // Staff explain 46 % of what the drivers explain of the overall score.
/// let listed: Vec<String> = drivers
///     .drivers()
///     .iter()
///     .map(|d| format!("{} {:.3} ({:.0} %)", d.subject(), d.importance(), d.share()))
///     .collect();
/// assert_eq!(listed, ["visit/staff 0.456 (46 %)", "visit/waiting 0.389 (40 %)", "visit/price 0.137 (14 %)"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Driver {
    subject: Subject,
    importance: f64,
    share: f64,
    interval: Option<(f64, f64)>,
    correlation: f64,
}

impl Driver {
    /// The subject.
    ///
    /// # Examples
    ///
    /// ```
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// use service_standards::survey::Subject;
    ///
    /// assert_eq!(drivers.drivers()[0].subject(), &Subject::Phase("visit/staff".parse()?));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn subject(&self) -> &Subject {
        &self.subject
    }

    /// The LMG importance: the driver's part of R² (0 to R²).
    ///
    /// # Examples
    ///
    /// ```
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// assert_eq!(format!("{:.6}", drivers.drivers()[0].importance()), "0.455984");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn importance(&self) -> f64 {
        self.importance
    }

    /// The importance as a share of R², in percent (the drivers' shares
    /// add up to 100).
    ///
    /// # Examples
    ///
    /// ```
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// // 0.455 984 / 0.981 436 of R².
    /// assert_eq!(format!("{:.2}", drivers.drivers()[0].share()), "46.46");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn share(&self) -> f64 {
        self.share
    }

    /// The 95 % percentile bootstrap interval of the importance; `None`
    /// with no resamples.
    ///
    /// # Examples
    ///
    /// ```
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// let staff = &drivers.drivers()[0];
    /// let (low, high) = staff.interval().unwrap();
    /// assert!(0.0 <= low && low <= staff.importance() && staff.importance() <= high);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn interval(&self) -> Option<(f64, f64)> {
        self.interval
    }

    /// Pearson's correlation of the driver with the outcome, −1 to 1.
    ///
    /// # Examples
    ///
    /// ```
    /// # let drivers = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_drivers.rs"))?;
    /// assert_eq!(format!("{:.6}", drivers.drivers()[0].correlation()), "0.951671");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn correlation(&self) -> f64 {
        self.correlation
    }
}

/// The score an answer counts as in a regression: NPS 0–10, the CSAT or
/// CES score, the SERVQUAL perception.
fn score(answer: Answer) -> f64 {
    match answer {
        Answer::Servqual { perception, .. } => perception,
        Answer::Nps(score) => f64::from(score),
        Answer::Csat(score) | Answer::Ces(score) => score,
    }
}

/// Respondents are resampled one by one up to this many; above, in this many blocks.
const UNITS: usize = 10_000;
/// A driver whose part of the variance not explained by the drivers
/// before it is below this is taken as a combination of them.
const COLLINEAR: f64 = 1e-10;

impl Responses {
    /// The key drivers of `analysis`'s outcome (see [`KeyDriverAnalysis`]
    /// for the method and [`KeyDrivers`] for what it gives).
    ///
    /// One pass over the responses links each respondent's answers; the
    /// bootstrap then works on sums of squares and products, so its time
    /// does not grow with the respondents beyond 10 000.
    ///
    /// # Errors
    ///
    /// [`NotEstimated`]: no driver ([`NotEstimated::NoDrivers`]), more
    /// than [`KeyDriverAnalysis::MAX_DRIVERS`]
    /// ([`NotEstimated::TooManyDrivers`]), fewer respondents who answered
    /// the outcome and every driver than the minimum, or than the drivers
    /// plus two ([`NotEstimated::TooFewRespondents`]), an outcome every one
    /// of them scored the same ([`NotEstimated::NoVariance`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use service_standards::jiff::civil::date;
    /// use service_standards::survey::{KeyDriverAnalysis, NotEstimated};
    ///
    /// let (overall, check_in) = (Subject::Phase("stay/check-out".parse()?), Subject::Phase("stay/check-in".parse()?));
    /// let responses = Responses::builder().responses([
    ///     Response::new("a", date(2026, 5, 1), overall.clone(), Answer::Nps(9)),
    ///     Response::new("a", date(2026, 5, 1), check_in, Answer::Csat(5.0)),
    /// ]).build()?;
    /// let few = responses.key_drivers(&KeyDriverAnalysis::new(overall, Measure::Nps, Measure::Csat));
    /// assert_eq!(few, Err(NotEstimated::TooFewRespondents { respondents: 1, minimum: 30 }));
    /// # Ok::<(), Error>(())
    /// ```
    pub fn key_drivers(&self, analysis: &KeyDriverAnalysis) -> Result<KeyDrivers, NotEstimated> {
        let outcome = &analysis.outcome;
        let same_measure = analysis.outcome_measure == analysis.driver_measure;
        let is_driver = |s: &Subject| !(same_measure && s == outcome);
        // The drivers, each with its column (the outcome is column 0).
        let mut columns: FxHashMap<&Subject, usize> = FxHashMap::default();
        let mut subjects: Vec<&Subject> = Vec::new();
        match &analysis.drivers {
            Some(named) => {
                for s in named.iter().filter(|s| is_driver(s)) {
                    if !columns.contains_key(s) {
                        columns.insert(s, subjects.len() + 1);
                        subjects.push(s);
                    }
                }
            }
            None => {
                for r in &self.items {
                    if r.answer.measure() == analysis.driver_measure
                        && is_driver(&r.subject)
                        && !columns.contains_key(&r.subject)
                    {
                        columns.insert(&r.subject, subjects.len() + 1);
                        subjects.push(&r.subject);
                    }
                }
            }
        }
        let p = subjects.len();
        if p == 0 {
            return Err(NotEstimated::NoDrivers);
        }
        if p > KeyDriverAnalysis::MAX_DRIVERS {
            return Err(NotEstimated::TooManyDrivers { count: p, maximum: KeyDriverAnalysis::MAX_DRIVERS });
        }
        let width = p + 1;
        let rows = self.link(analysis, &columns, width);
        let complete: Vec<&[f64]> =
            rows.chunks_exact(width).filter(|row| row.iter().all(|x| !x.is_nan())).collect();
        let minimum = analysis.minimum_respondents.max(p + 2);
        if complete.len() < minimum {
            return Err(NotEstimated::TooFewRespondents { respondents: complete.len(), minimum });
        }
        let mut sample = Moments::new(width);
        let shift: Vec<f64> = {
            let mut mean = vec![0.0; width];
            for row in &complete {
                for (m, x) in mean.iter_mut().zip(row.iter()) {
                    *m += x;
                }
            }
            let n = as_f64(complete.len());
            mean.iter().map(|m| m / n).collect()
        };
        for row in &complete {
            sample.add(row, &shift);
        }
        let correlations = sample.correlations().ok_or(NotEstimated::NoVariance)?;
        let importance = lmg(&correlations, p);
        let r_squared: f64 = importance.iter().sum();

        let intervals = bootstrap(&complete, &shift, width, analysis.resamples, analysis.seed);
        let mut drivers: Vec<Driver> = subjects
            .iter()
            .enumerate()
            .map(|(j, s)| {
                let importance = importance.get(j).copied().unwrap_or(0.0);
                Driver {
                    subject: (*s).clone(),
                    importance,
                    share: if r_squared > 0.0 { 100.0 * importance / r_squared } else { 0.0 },
                    interval: intervals.as_ref().and_then(|b| b.drivers.get(j).copied()),
                    correlation: correlations.get(j + 1).copied().unwrap_or(0.0),
                }
            })
            .collect();
        drivers.sort_by(|a, b| b.importance.total_cmp(&a.importance));
        Ok(KeyDrivers {
            outcome: outcome.clone(),
            outcome_measure: analysis.outcome_measure,
            driver_measure: analysis.driver_measure,
            respondents: complete.len(),
            r_squared,
            r_squared_interval: intervals.map(|b| b.r_squared),
            drivers,
            resamples: analysis.resamples,
            seed: analysis.seed,
        })
    }

    /// Every respondent's scores in a survey period as a row of `width`
    /// (the outcome first, then each driver's column; NaN where not
    /// answered), rows laid end to end.
    fn link(
        &self,
        analysis: &KeyDriverAnalysis,
        columns: &FxHashMap<&Subject, usize>,
        width: usize,
    ) -> Vec<f64> {
        let kind = self.survey_period;
        let mut place: FxHashMap<(&str, Period), usize> = FxHashMap::default();
        let mut cells: Vec<f64> = Vec::new();
        for r in &self.items {
            let measure = r.answer.measure();
            let column = if measure == analysis.outcome_measure && r.subject == analysis.outcome {
                Some(0)
            } else if measure == analysis.driver_measure {
                columns.get(&r.subject).copied()
            } else {
                None
            };
            let Some(column) = column else { continue };
            let row = *place.entry((&r.respondent, Period::of(kind, r.date))).or_insert_with(|| {
                cells.resize(cells.len() + width, f64::NAN);
                cells.len() / width - 1
            });
            if let Some(cell) = cells.get_mut(row * width + column) {
                *cell = score(r.answer);
            }
        }
        cells
    }
}

/// Sums of a sample's rows (shifted by a fixed point): count, sums, and
/// the upper triangle of the sums of products.
#[derive(Debug, Clone)]
struct Moments {
    width: usize,
    /// `[count, sums…, products…]`.
    sums: Vec<f64>,
}

impl Moments {
    fn new(width: usize) -> Self {
        Self { width, sums: vec![0.0; 1 + width + width * (width + 1) / 2] }
    }

    fn add(&mut self, row: &[f64], shift: &[f64]) {
        let (count, rest) = self.sums.split_at_mut(1);
        let (sums, products) = rest.split_at_mut(self.width);
        if let Some(c) = count.first_mut() {
            *c += 1.0;
        }
        let mut products = products.iter_mut();
        for (i, (x, s)) in row.iter().zip(shift).enumerate() {
            let dx = x - s;
            if let Some(sum) = sums.get_mut(i) {
                *sum += dx;
            }
            for (y, t) in row.iter().zip(shift).skip(i) {
                if let Some(product) = products.next() {
                    *product += dx * (y - t);
                }
            }
        }
    }

    fn absorb(&mut self, other: &[f64]) {
        for (a, b) in self.sums.iter_mut().zip(other) {
            *a += b;
        }
    }

    /// The correlation matrix (row-major, `width` × `width`), with a
    /// variable that does not vary uncorrelated with every other; `None`
    /// if the outcome (variable 0) does not vary.
    fn correlations(&self) -> Option<Vec<f64>> {
        let w = self.width;
        let n = self.sums.first().copied().unwrap_or(0.0);
        if n < 2.0 {
            return None;
        }
        let mean = |i: usize| self.sums.get(1 + i).copied().unwrap_or(0.0) / n;
        // Index of (i, j), i ≤ j, in the upper triangle, row by row.
        let at = |i: usize, j: usize| 1 + w + i * w - i * (i + 1) / 2 + j;
        let covariance = |i: usize, j: usize| {
            let (i, j) = if i <= j { (i, j) } else { (j, i) };
            self.sums.get(at(i, j)).copied().unwrap_or(0.0) / n - mean(i) * mean(j)
        };
        let spread: Vec<f64> = (0..w).map(|i| covariance(i, i).max(0.0).sqrt()).collect();
        let outcome = spread.first().copied().unwrap_or(0.0);
        if outcome <= outcome.abs() * f64::EPSILON || outcome == 0.0 {
            return None;
        }
        let mut r = vec![0.0; w * w];
        for i in 0..w {
            for j in 0..w {
                let (si, sj) = (spread.get(i).copied().unwrap_or(0.0), spread.get(j).copied().unwrap_or(0.0));
                let value = if i == j {
                    1.0
                } else if si > 0.0 && sj > 0.0 {
                    (covariance(i, j) / (si * sj)).clamp(-1.0, 1.0)
                } else {
                    0.0
                };
                if let Some(cell) = r.get_mut(i * w + j) {
                    *cell = value;
                }
            }
        }
        Some(r)
    }
}

/// The LMG importance of each of the `p` drivers (variables 1 to p of the
/// correlation matrix `r`, the outcome being 0): the increase in R² it
/// brings, averaged over every order of the drivers. They add up to the R²
/// of all the drivers.
fn lmg(r: &[f64], p: usize) -> Vec<f64> {
    let r2 = subset_r_squared(r, p);
    // The Shapley weight of a subset of size s not holding the driver: s! (p − 1 − s)! / p!.
    let weights: Vec<f64> = (0..p)
        .map(|s| {
            let mut w = 1.0 / as_f64(p);
            // 1 / (p · C(p − 1, s)).
            for k in 0..s {
                w *= as_f64(k + 1) / as_f64(p - 1 - k);
            }
            w
        })
        .collect();
    let mut importance = vec![0.0; p];
    for (mask, &without) in r2.iter().enumerate() {
        let size = mask.count_ones() as usize;
        let Some(&weight) = weights.get(size) else { continue };
        for (j, value) in importance.iter_mut().enumerate() {
            let bit = 1_usize << j;
            if mask & bit == 0 {
                if let Some(&with) = r2.get(mask | bit) {
                    *value += weight * (with - without);
                }
            }
        }
    }
    importance
}

/// R² of the outcome on every subset of the drivers, indexed by the
/// subset's bit mask (driver j is bit j), from the correlation matrix `r`.
///
/// A depth-first walk over the subsets in increasing order of their
/// drivers grows one Cholesky factor of the drivers' correlations a row
/// at a time: R²(S ∪ {j}) = R²(S) + z², z the new row's forward-solved
/// correlation with the outcome. A driver that adds nothing beyond those
/// before it (its remaining variance below 1e-10) adds nothing to R².
fn subset_r_squared(r: &[f64], p: usize) -> Vec<f64> {
    struct Walk<'a> {
        r: &'a [f64],
        w: usize,
        p: usize,
        /// Row `d` of the Cholesky factor at `d * p`.
        l: Vec<f64>,
        z: Vec<f64>,
        chosen: Vec<usize>,
        out: Vec<f64>,
    }
    impl Walk<'_> {
        fn corr(&self, i: usize, j: usize) -> f64 {
            self.r.get(i * self.w + j).copied().unwrap_or(0.0)
        }
        fn visit(&mut self, depth: usize, mask: usize, start: usize, r2: f64) {
            if let Some(slot) = self.out.get_mut(mask) {
                *slot = r2;
            }
            for j in start..self.p {
                let (mut squares, mut projection) = (0.0, 0.0);
                for b in 0..depth {
                    let ib = self.chosen.get(b).copied().unwrap_or(0);
                    let mut v = self.corr(j + 1, ib + 1);
                    for c in 0..b {
                        v -= self.l.get(depth * self.p + c).copied().unwrap_or(0.0)
                            * self.l.get(b * self.p + c).copied().unwrap_or(0.0);
                    }
                    let diagonal = self.l.get(b * self.p + b).copied().unwrap_or(0.0);
                    let lab = if diagonal > 0.0 { v / diagonal } else { 0.0 };
                    if let Some(cell) = self.l.get_mut(depth * self.p + b) {
                        *cell = lab;
                    }
                    squares += lab * lab;
                    projection += lab * self.z.get(b).copied().unwrap_or(0.0);
                }
                let remaining = self.corr(j + 1, j + 1) - squares;
                let (diagonal, z) = if remaining > COLLINEAR {
                    let d = remaining.sqrt();
                    (d, (self.corr(0, j + 1) - projection) / d)
                } else {
                    (0.0, 0.0)
                };
                if let Some(cell) = self.l.get_mut(depth * self.p + depth) {
                    *cell = diagonal;
                }
                if let Some(cell) = self.z.get_mut(depth) {
                    *cell = z;
                }
                if let Some(cell) = self.chosen.get_mut(depth) {
                    *cell = j;
                }
                self.visit(depth + 1, mask | (1 << j), j + 1, r2 + z * z);
            }
        }
    }
    let mut walk = Walk {
        r,
        w: p + 1,
        p,
        l: vec![0.0; p * p],
        z: vec![0.0; p],
        chosen: vec![0; p],
        out: vec![0.0; 1 << p],
    };
    walk.visit(0, 0, 0, 0.0);
    // Rounding can take R² a hair past 1 for a perfect fit.
    walk.out.iter_mut().for_each(|x| *x = x.clamp(0.0, 1.0));
    walk.out
}

/// The bootstrap intervals: of each driver's importance, and of R².
struct Intervals {
    drivers: Vec<(f64, f64)>,
    r_squared: (f64, f64),
}

/// `resamples` percentile bootstrap intervals from the `rows` (shifted by
/// `shift`), drawn with `seed`; `None` with no resamples.
fn bootstrap(rows: &[&[f64]], shift: &[f64], width: usize, resamples: usize, seed: u64) -> Option<Intervals> {
    if resamples == 0 {
        return None;
    }
    let p = width - 1;
    let mut random = SplitMix64(seed);
    // The units resampled: each respondent, or each of `UNITS` random blocks.
    let units = rows.len().min(UNITS);
    let stride = Moments::new(width).sums.len();
    let mut sums = vec![0.0; units * stride];
    for (i, row) in rows.iter().enumerate() {
        let unit = if rows.len() <= UNITS { i } else { random.below(units) };
        let mut one = Moments::new(width);
        one.add(row, shift);
        if let Some(slot) = sums.get_mut(unit * stride..(unit + 1) * stride) {
            for (a, b) in slot.iter_mut().zip(&one.sums) {
                *a += b;
            }
        }
    }
    let mut importances: Vec<Vec<f64>> = vec![Vec::with_capacity(resamples); p];
    let mut r_squared = Vec::with_capacity(resamples);
    let mut total = Moments::new(width);
    for _ in 0..resamples {
        total.sums.iter_mut().for_each(|x| *x = 0.0);
        for _ in 0..units {
            let unit = random.below(units);
            if let Some(slot) = sums.get(unit * stride..(unit + 1) * stride) {
                total.absorb(slot);
            }
        }
        let importance = total.correlations().map_or_else(|| vec![0.0; p], |r| lmg(&r, p));
        r_squared.push(importance.iter().sum());
        for (all, value) in importances.iter_mut().zip(importance) {
            all.push(value);
        }
    }
    Some(Intervals {
        drivers: importances.iter_mut().map(|values| percentiles(values)).collect(),
        r_squared: percentiles(&mut r_squared),
    })
}

/// The 2.5th and 97.5th percentiles of `values` (R's default, type 7:
/// linear between order statistics).
fn percentiles(values: &mut [f64]) -> (f64, f64) {
    values.sort_by(f64::total_cmp);
    let at = |q: f64| {
        let h = as_f64(values.len().saturating_sub(1)) * q;
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, reason = "0 ≤ h < len")]
        let low = h.floor() as usize;
        let (a, b) = (values.get(low).copied().unwrap_or(0.0), values.get(low + 1).copied());
        b.map_or(a, |b| a + (h - h.floor()) * (b - a))
    };
    (at(0.025), at(0.975))
}

/// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014): small, fast, and the same on every platform.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform integer below `n` (> 0), without bias (Lemire, "Fast
    /// random integer generation in an interval", 2019).
    fn below(&mut self, n: usize) -> usize {
        let n = n as u64;
        let mut product = u128::from(self.next()) * u128::from(n);
        #[allow(clippy::cast_possible_truncation, reason = "the low 64 bits, on purpose")]
        let mut low = product as u64;
        if low < n {
            let threshold = n.wrapping_neg() % n;
            while low < threshold {
                product = u128::from(self.next()) * u128::from(n);
                #[allow(clippy::cast_possible_truncation, reason = "the low 64 bits, on purpose")]
                {
                    low = product as u64;
                }
            }
        }
        #[allow(clippy::cast_possible_truncation, reason = "below n, a usize")]
        let value = (product >> 64) as usize;
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 5e-7
    }

    /// A correlation matrix with the outcome first, from the drivers'
    /// `rxx` and their correlations `rxy` with the outcome.
    fn matrix(rxx: &[&[f64]], rxy: &[f64]) -> Vec<f64> {
        let w = rxy.len() + 1;
        let mut r = vec![0.0; w * w];
        r[0] = 1.0;
        for (j, &c) in rxy.iter().enumerate() {
            r[j + 1] = c;
            r[(j + 1) * w] = c;
            for (k, &c) in rxx[j].iter().enumerate() {
                r[(j + 1) * w + k + 1] = c;
            }
        }
        r
    }

    #[test]
    fn lmg_matches_the_three_driver_worked_example() {
        // R_xx = [[1, .5, .3], [.5, 1, .4], [.3, .4, 1]], r_xy = [.6, .5, .3].
        let r = matrix(&[&[1.0, 0.5, 0.3], &[0.5, 1.0, 0.4], &[0.3, 0.4, 1.0]], &[0.6, 0.5, 0.3]);
        let r2 = subset_r_squared(&r, 3);
        let expected = [0.0, 0.36, 0.25, 0.413_333, 0.09, 0.375_824, 0.261_905, 0.416_774];
        for (mask, e) in expected.iter().enumerate() {
            assert!(close(r2[mask], *e), "subset {mask}: {}", r2[mask]);
        }
        let importance = lmg(&r, 3);
        for (a, e) in importance.iter().zip([0.246_483, 0.134_523, 0.035_768]) {
            assert!(close(*a, e), "{a} {e}");
        }
        assert!((importance.iter().sum::<f64>() - r2[7]).abs() < 1e-15);
    }

    #[test]
    fn lmg_of_two_drivers_has_its_closed_form() {
        // LMG₁ = (r₁² + (R² − r₂²)) / 2 = (0.36 + 0.213 333) / 2.
        let r = matrix(&[&[1.0, 0.5], &[0.5, 1.0]], &[0.6, 0.4]);
        let importance = lmg(&r, 2);
        assert!(close(importance[0], 0.286_667) && close(importance[1], 0.086_667), "{importance:?}");
    }

    #[test]
    fn a_driver_that_repeats_another_adds_nothing_of_its_own() {
        // Driver 2 is driver 1 again: they share its R² of 0.36 equally.
        let r = matrix(&[&[1.0, 1.0], &[1.0, 1.0]], &[0.6, 0.6]);
        let importance = lmg(&r, 2);
        assert!(close(importance[0], 0.18) && close(importance[1], 0.18), "{importance:?}");
    }

    #[test]
    fn the_random_numbers_are_uniform_and_fixed_by_the_seed() {
        let mut a = SplitMix64(22);
        let mut b = SplitMix64(22);
        let draws: Vec<usize> = (0..10).map(|_| a.below(7)).collect();
        assert_eq!(draws, (0..10).map(|_| b.below(7)).collect::<Vec<_>>());
        let mut counts = [0_usize; 7];
        for _ in 0..70_000 {
            counts[a.below(7)] += 1;
        }
        assert!(counts.iter().all(|&c| (9_500..10_500).contains(&c)), "{counts:?}");
        // SplitMix64's published first output for seed 0 (Vigna's reference code).
        assert_eq!(SplitMix64(0).next(), 0xE220_A839_7B1D_CDAF);
    }

    #[test]
    fn percentiles_interpolate_as_r_does() {
        // R: quantile(1:41, c(0.025, 0.975)) = 2, 40.
        let mut values: Vec<f64> = (1..=41).map(f64::from).collect();
        assert_eq!(percentiles(&mut values), (2.0, 40.0));
        let mut values = vec![3.0, 1.0, 2.0];
        assert_eq!(percentiles(&mut values), (1.05, 2.95));
    }
}
