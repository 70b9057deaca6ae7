//! Estimates from a sample: count, mean, sample deviation and a 95 %
//! interval that covers what it claims (Wilson for shares, the adjusted
//! Wald of Rocks for NPS, Student's t for means, each within the possible
//! range); the figure a report shows or holds back for too few answers.

use crate::statistics::special::Z_975;

/// What a sample says about the population it was drawn from: the number
/// of answers, their mean, the sample standard deviation (n − 1 in the
/// denominator) and a 95 % confidence interval, by the method that suits
/// what was measured ([`method`](Self::method)):
///
/// - **A share** ([`share`](Self::share); CSAT, a top-box share): the
///   percentage of answers that count, with the **Wilson score interval**
///   (Wilson, "Probable inference, the law of succession, and statistical
///   inference", JASA 22, 1927; method 3 of Newcombe, "Two-sided
///   confidence intervals for the single proportion", Statistics in
///   Medicine 17, 1998). For k of n, p̂ = k / n and z = 1.959964:
///   (p̂ + z²/2n ± z √(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n), in percent.
///   It never leaves 0–100 % and never has zero width, even when every
///   answer is the same: 12 satisfied of 12 give 75.8–100 %, where mean ±
///   t × s gives 100–100 %. At a true CSAT of 90 % and 12 answers, Wilson's
///   intervals cover the truth 97.4 % of the time, Student's t's 71.7 %
///   (zero width 28 % of the time; the crate's coverage tests compute both
///   exactly and by simulation).
/// - **NPS** ([`nps`](Self::nps)): the **adjusted Wald** interval of Rocks
///   ("Interval estimation for the 'net promoter score'", The American
///   Statistician 70(4), 2016), the best of the six he compared, as
///   restated by Lewis and Sauro ("Confidence intervals for Net Promoter
///   Scores", MeasuringU, 2021): add 3 to n and ¾ to the promoters and to
///   the detractors, then NPS' ± z √(Var'/n') with Var' = p' + d' −
///   (p' − d')², in points, within −100 to +100. The interval is centred
///   on the adjusted NPS' (as Agresti and Coull's is for a proportion),
///   while [`mean`](Self::mean) stays the NPS as counted. A single answer
///   says next to nothing: its interval is the whole −100 to +100.
/// - **A mean** ([`from_scores`](Self::from_scores); customer effort, a
///   SERVQUAL gap): mean ± t × s / √n, with t the 97.5th percentile of
///   Student's t distribution with n − 1 degrees of freedom
///   ([`t_975`](Self::t_975)), within the scale when one is known
///   ([`within`](Self::within)). Student's t rather than the normal
///   distribution, because survey cells are often small: with 5 answers
///   the normal interval would be about a third too narrow (t = 2.776).
///   With fewer than two answers there is no deviation and no interval.
///
/// Below a minimum number of answers a report shows no number at all:
/// see [`figure`](Self::figure). Two estimates of one measure are compared
/// by a two-sample test: see [`compare`](Self::compare).
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// use service_standards::jiff::civil::date;
/// use service_standards::statistics::IntervalMethod;
///
/// let responses = Responses::builder()
///     .responses((1..=4).map(|n| {
///         Response::new(format!("r{n}"), date(2026, 3, 2), Subject::Dimension(QualityDimension::Empathy), Answer::Ces(f64::from(n)))
///     }))
///     .build()?;
/// let summary = &responses.aggregate(By::subject())[0];
/// let effort = summary.estimate();
/// assert_eq!((effort.count(), effort.mean()), (4, 2.5));
/// // s = √(5/3); t(3) = 3.1824; 2.5 ± 3.1824 × s / 2, within the 1–7 scale.
/// let s = (5.0_f64 / 3.0).sqrt();
/// assert!((effort.std_dev().unwrap() - s).abs() < 1e-12);
/// let (low, high) = effort.interval().unwrap();
/// assert!((low - 1.0).abs() < 1e-12 && (high - (2.5 + 3.1824 * s / 2.0)).abs() < 1e-9);
///
/// // Newcombe (1998), table I: 81 of 263 give 25.53 % to 36.62 %.
/// let share = Estimate::share(81, 263).unwrap();
/// let (low, high) = share.interval().unwrap();
/// assert_eq!((format!("{low:.2}"), format!("{high:.2}")), ("25.53".to_owned(), "36.62".to_owned()));
/// assert_eq!(share.method(), IntervalMethod::Wilson);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Estimate {
    count: usize,
    mean: f64,
    shape: Shape,
}

/// What an estimate is of, and so which interval and test it takes. Kept
/// small: a summary holds three estimates, and a report thousands of
/// summaries.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    /// A mean of scores: their sample deviation (meaningless below two
    /// answers), and Student's t interval within `low..=high`.
    Mean { std_dev: f64, low: f64, high: f64 },
    /// A share in percent: `successes` of the count.
    Share { successes: usize },
    /// A net promoter score: the promoters and detractors of the count.
    Nps { promoters: usize, detractors: usize },
}

/// How an [`Estimate`]'s 95 % interval is computed.
///
/// # Examples
///
/// ```
/// use service_standards::statistics::{Estimate, IntervalMethod};
///
/// assert_eq!(Estimate::share(3, 4).unwrap().method(), IntervalMethod::Wilson);
/// assert_eq!(Estimate::from_scores([3.0, 4.0]).unwrap().method(), IntervalMethod::StudentT);
/// assert_eq!(IntervalMethod::AdjustedWald.to_string(), "adjusted Wald (Rocks 2016)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum IntervalMethod {
    /// Mean ± t × s / √n, within the scale (a mean).
    StudentT,
    /// Wilson's score interval (a share).
    Wilson,
    /// Rocks' adjusted Wald interval (NPS).
    AdjustedWald,
}

impl std::fmt::Display for IntervalMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::StudentT => "Student's t",
            Self::Wilson => "Wilson score",
            Self::AdjustedWald => "adjusted Wald (Rocks 2016)",
        })
    }
}

/// The distribution of NPS answers: how many gave each score from 0 to
/// 10, and from them the promoters (9 and 10), passives (7 and 8) and
/// detractors (0 to 6), each group's share with its Wilson interval, and
/// the NPS. An NPS [`Summary`](crate::survey::Summary) keeps its own
/// ([`Summary::nps_counts`](crate::survey::Summary::nps_counts)).
///
/// # Examples
///
/// ```
/// use service_standards::statistics::NpsCounts;
///
/// // Three tens, two nines, four eights, one six.
/// let counts = NpsCounts::new([0, 0, 0, 0, 0, 0, 1, 0, 4, 2, 3]);
/// assert_eq!((counts.promoters(), counts.passives(), counts.detractors()), (5, 4, 1));
/// assert_eq!(counts.scores()[10], 3);
/// assert_eq!(counts.promoter_share().map(|s| s.mean()), Some(50.0));
/// assert_eq!(counts.estimate().map(|e| e.mean()), Some(40.0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NpsCounts {
    scores: [usize; 11],
}

impl NpsCounts {
    /// The distribution of `scores[s]` answers of `s`, for each score 0 to 10.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::NpsCounts;
    ///
    /// assert_eq!(NpsCounts::new([0; 11]).total(), 0);
    /// ```
    #[must_use]
    pub fn new(scores: [usize; 11]) -> Self {
        Self { scores }
    }

    /// The NPS of these answers, with its adjusted Wald interval
    /// ([`Estimate::nps`]); `None` if there is none.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::NpsCounts;
    ///
    /// assert_eq!(NpsCounts::new([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]).estimate().map(|e| e.mean()), Some(50.0));
    /// assert_eq!(NpsCounts::new([0; 11]).estimate(), None);
    /// ```
    #[must_use]
    pub fn estimate(&self) -> Option<Estimate> {
        Estimate::nps(self.scores)
    }
    /// How many answered each score, from 0 (index 0) to 10 (index 10).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::NpsCounts;
    ///
    /// let counts = NpsCounts::new([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    /// assert_eq!(counts.scores(), &[1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]);
    /// ```
    #[must_use]
    pub fn scores(&self) -> &[usize; 11] {
        &self.scores
    }

    /// The number of answers.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::NpsCounts;
    ///
    /// assert_eq!(NpsCounts::new([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2]).total(), 3);
    /// ```
    #[must_use]
    pub fn total(&self) -> usize {
        self.scores.iter().sum()
    }

    /// Promoters: answers of 9 or 10.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::NpsCounts;
    ///
    /// assert_eq!(NpsCounts::new([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2]).promoters(), 3);
    /// ```
    #[must_use]
    pub fn promoters(&self) -> usize {
        self.scores.get(9..).map_or(0, |s| s.iter().sum())
    }

    /// Passives: answers of 7 or 8.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::NpsCounts;
    ///
    /// assert_eq!(NpsCounts::new([0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0]).passives(), 2);
    /// ```
    #[must_use]
    pub fn passives(&self) -> usize {
        self.scores.get(7..9).map_or(0, |s| s.iter().sum())
    }

    /// Detractors: answers of 0 to 6.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::NpsCounts;
    ///
    /// assert_eq!(NpsCounts::new([1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]).detractors(), 2);
    /// ```
    #[must_use]
    pub fn detractors(&self) -> usize {
        self.scores.get(..7).map_or(0, |s| s.iter().sum())
    }

    /// The share of promoters, in percent, with its Wilson interval; `None`
    /// if there is no answer.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::NpsCounts;
    ///
    /// let counts = NpsCounts::new([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
    /// assert_eq!(counts.promoter_share().map(|s| s.mean()), Some(75.0));
    /// ```
    #[must_use]
    pub fn promoter_share(&self) -> Option<Estimate> {
        Estimate::share(self.promoters(), self.total())
    }

    /// The share of passives, in percent, with its Wilson interval; `None`
    /// if there is no answer.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::NpsCounts;
    ///
    /// let counts = NpsCounts::new([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 3]);
    /// assert_eq!(counts.passive_share().map(|s| s.mean()), Some(25.0));
    /// ```
    #[must_use]
    pub fn passive_share(&self) -> Option<Estimate> {
        Estimate::share(self.passives(), self.total())
    }

    /// The share of detractors, in percent, with its Wilson interval;
    /// `None` if there is no answer.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::NpsCounts;
    ///
    /// let counts = NpsCounts::new([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3]);
    /// assert_eq!(counts.detractor_share().map(|s| s.mean()), Some(25.0));
    /// ```
    #[must_use]
    pub fn detractor_share(&self) -> Option<Estimate> {
        Estimate::share(self.detractors(), self.total())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for NpsCounts {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.scores.serialize(s)
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Estimate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = s.serialize_struct("Estimate", 8)?;
        out.serialize_field("count", &self.count)?;
        out.serialize_field("mean", &self.mean)?;
        out.serialize_field("std_dev", &self.std_dev())?;
        out.serialize_field("interval", &self.interval())?;
        out.serialize_field("method", &self.method())?;
        match self.shape {
            Shape::Share { successes } => out.serialize_field("successes", &successes)?,
            Shape::Mean { .. } | Shape::Nps { .. } => out.skip_field("successes")?,
        }
        match self.shape {
            Shape::Nps { promoters, detractors } => {
                out.serialize_field("promoters", &promoters)?;
                out.serialize_field("detractors", &detractors)?;
            }
            Shape::Mean { .. } | Shape::Share { .. } => {
                out.skip_field("promoters")?;
                out.skip_field("detractors")?;
            }
        }
        out.end()
    }
}

impl Estimate {
    /// The number of answers.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// assert_eq!(Estimate::from_scores([4.0, 5.0]).map(|e| e.count()), Some(2));
    /// ```
    #[must_use]
    pub fn count(&self) -> usize {
        self.count
    }

    /// The mean: the average score, the share in percent, or the NPS in
    /// points, as counted.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// assert_eq!(Estimate::from_scores([4.0, 5.0]).map(|e| e.mean()), Some(4.5));
    /// assert_eq!(Estimate::share(3, 4).map(|e| e.mean()), Some(75.0));
    /// ```
    #[must_use]
    pub fn mean(&self) -> f64 {
        self.mean
    }

    /// The sample standard deviation (n − 1 in the denominator) of the
    /// values averaged (a share's answers count 100 or 0, NPS answers +100,
    /// 0 or −100); `None` for a single answer.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// assert_eq!(Estimate::from_scores([2.0, 4.0]).and_then(|e| e.std_dev()), Some(2.0_f64.sqrt()));
    /// assert_eq!(Estimate::from_scores([2.0]).and_then(|e| e.std_dev()), None);
    /// assert_eq!(Estimate::share(1, 2).and_then(|e| e.std_dev()), Some(50.0 * 2.0_f64.sqrt()));
    /// ```
    #[must_use]
    pub fn std_dev(&self) -> Option<f64> {
        if self.count < 2 {
            return None;
        }
        let n = as_f64(self.count);
        Some(match self.shape {
            Shape::Mean { std_dev, .. } => std_dev,
            Shape::Share { successes } => {
                let k = as_f64(successes);
                100.0 * (k * (n - k) / (n * (n - 1.0))).sqrt()
            }
            Shape::Nps { promoters, detractors } => {
                let (p, d) = (as_f64(promoters), as_f64(detractors));
                100.0 * ((p + d - (p - d) * (p - d) / n).max(0.0) / (n - 1.0)).sqrt()
            }
        })
    }

    /// The standard error of the mean, s / √n; `None` for a single answer.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// let e = Estimate::from_scores([1.0, 3.0, 5.0, 7.0]).unwrap();
    /// assert!((e.std_error().unwrap() - e.std_dev().unwrap() / 2.0).abs() < 1e-12);
    /// ```
    #[must_use]
    pub fn std_error(&self) -> Option<f64> {
        self.std_dev().map(|s| s / as_f64(self.count).sqrt())
    }

    /// The 95 % confidence interval, `(low, high)`, by the estimate's
    /// [`method`](Self::method) and within its [`bounds`](Self::bounds)
    /// (see the type's documentation). `None` only for a mean of a single
    /// answer.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// // 2 and 4: mean 3, s = √2, t(1) = 12.7062: 3 ± 12.7062, on no scale…
    /// let (low, high) = Estimate::from_scores([2.0, 4.0]).and_then(|e| e.interval()).unwrap();
    /// assert!((low + 9.7062).abs() < 1e-9 && (high - 15.7062).abs() < 1e-9);
    /// // … and within a 1–5 scale.
    /// let on_five = Estimate::from_scores([2.0, 4.0]).unwrap().within(1.0, 5.0);
    /// assert_eq!(on_five.interval(), Some((1.0, 5.0)));
    /// // Twelve satisfied of twelve: Wilson, 75.75 % to 100 %, not zero width.
    /// let (low, high) = Estimate::share(12, 12).unwrap().interval().unwrap();
    /// assert_eq!((format!("{low:.2}"), high), ("75.75".to_owned(), 100.0));
    /// // Rocks (2016): 3 promoters, 1 passive, 1 detractor: −29.8 to +79.8.
    /// let (low, high) = Estimate::nps([1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 3]).unwrap().interval().unwrap();
    /// assert_eq!((format!("{low:.4}"), format!("{high:.4}")), ("-29.7827".to_owned(), "79.7827".to_owned()));
    /// ```
    #[must_use]
    pub fn interval(&self) -> Option<(f64, f64)> {
        match &self.shape {
            Shape::Mean { low, high, .. } => {
                let half = Self::t_975(self.count.saturating_sub(1) as u64) * self.std_error()?;
                Some(((self.mean - half).max(*low), (self.mean + half).min(*high)))
            }
            Shape::Share { successes } => {
                let (low, high) = wilson(*successes, self.count);
                Some((100.0 * low, 100.0 * high))
            }
            Shape::Nps { promoters, detractors } => Some(adjusted_wald(*promoters, *detractors, self.count)),
        }
    }

    /// How the interval is computed: Student's t for a mean, Wilson for a
    /// share, the adjusted Wald for NPS.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::{Estimate, IntervalMethod};
    ///
    /// assert_eq!(Estimate::nps([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]).unwrap().method(), IntervalMethod::AdjustedWald);
    /// ```
    #[must_use]
    pub fn method(&self) -> IntervalMethod {
        match self.shape {
            Shape::Mean { .. } => IntervalMethod::StudentT,
            Shape::Share { .. } => IntervalMethod::Wilson,
            Shape::Nps { .. } => IntervalMethod::AdjustedWald,
        }
    }

    /// The values the estimate can take, `(low, high)`: 0 to 100 for a
    /// share, −100 to +100 for NPS, the bounds set by
    /// [`within`](Self::within) for a mean (unbounded otherwise).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// assert_eq!(Estimate::share(1, 2).unwrap().bounds(), (0.0, 100.0));
    /// assert_eq!(Estimate::from_scores([1.0]).unwrap().bounds(), (f64::NEG_INFINITY, f64::INFINITY));
    /// assert_eq!(Estimate::from_scores([1.0]).unwrap().within(1.0, 7.0).bounds(), (1.0, 7.0));
    /// ```
    #[must_use]
    pub fn bounds(&self) -> (f64, f64) {
        match self.shape {
            Shape::Mean { low, high, .. } => (low, high),
            Shape::Share { .. } => (0.0, 100.0),
            Shape::Nps { .. } => (-100.0, 100.0),
        }
    }

    /// For a share, how many answers counted (the satisfied ones, for
    /// CSAT); `None` for a mean or NPS.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// assert_eq!(Estimate::share(8, 12).unwrap().successes(), Some(8));
    /// assert_eq!(Estimate::from_scores([1.0]).unwrap().successes(), None);
    /// ```
    #[must_use]
    pub fn successes(&self) -> Option<usize> {
        match self.shape {
            Shape::Share { successes } => Some(successes),
            Shape::Mean { .. } | Shape::Nps { .. } => None,
        }
    }

    /// For NPS, the promoters, passives and detractors, in that order;
    /// `None` for other estimates. (A [`Summary`](crate::survey::Summary)
    /// of NPS also keeps the answers of each score:
    /// [`nps_counts`](crate::survey::Summary::nps_counts).)
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// let nps = Estimate::nps([2, 0, 0, 0, 0, 0, 0, 1, 0, 0, 2]).unwrap();
    /// assert_eq!(nps.nps_groups(), Some((2, 1, 2)));
    /// assert_eq!(Estimate::share(1, 2).unwrap().nps_groups(), None);
    /// ```
    #[must_use]
    pub fn nps_groups(&self) -> Option<(usize, usize, usize)> {
        match self.shape {
            Shape::Nps { promoters, detractors } => {
                Some((promoters, self.count - promoters - detractors, detractors))
            }
            Shape::Mean { .. } | Shape::Share { .. } => None,
        }
    }

    /// The figure a report shows: this estimate, or "too few answers" when
    /// it has fewer than `reporting`'s [minimum](Reporting::minimum_answers).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::{Estimate, Figure, Reporting};
    ///
    /// let few = Estimate::share(3, 4).unwrap();
    /// assert_eq!(few.figure(&Reporting::default()), Figure::TooFewAnswers { count: 4, minimum: 10 });
    /// assert_eq!(few.figure(&Reporting::default().minimum_answers(3)), Figure::Shown(few));
    /// ```
    #[must_use]
    pub fn figure(&self, reporting: &Reporting) -> Figure {
        if self.count < reporting.minimum_answers {
            Figure::TooFewAnswers { count: self.count, minimum: reporting.minimum_answers }
        } else {
            Figure::Shown(*self)
        }
    }

    /// The same estimate of a mean, knowing that every value lies between
    /// `low` and `high` (a scale's ends): its interval is cut to them.
    /// Shares and NPS have their own bounds and are returned unchanged.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// let e = Estimate::from_scores([6.0, 7.0, 7.0]).unwrap().within(1.0, 7.0);
    /// assert_eq!(e.interval().map(|(_, high)| high), Some(7.0));
    /// ```
    #[must_use]
    pub fn within(mut self, low: f64, high: f64) -> Self {
        if let Shape::Mean { std_dev, .. } = self.shape {
            self.shape = Shape::Mean { std_dev, low, high };
        }
        self
    }

    /// The estimate of the mean of some scores, `None` if there are none or
    /// one is not finite. Its interval is Student's t, unbounded until
    /// [`within`](Self::within) says where the scores can lie.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// assert_eq!(Estimate::from_scores([1.0, 2.0, 3.0]).map(|e| e.mean()), Some(2.0));
    /// assert_eq!(Estimate::from_scores([]), None);
    /// assert_eq!(Estimate::from_scores([1.0, f64::NAN]), None);
    /// ```
    #[must_use]
    pub fn from_scores(scores: impl IntoIterator<Item = f64>) -> Option<Self> {
        let mut acc = Accumulator::default();
        for x in scores {
            if !x.is_finite() {
                return None;
            }
            acc.add(x);
        }
        acc.estimate()
    }

    /// The estimate of a share: `successes` of `count` answers, in percent,
    /// with its Wilson interval; `None` if `count` is 0 or below
    /// `successes`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// // Newcombe (1998), table I: 0 of 20 give 0 % to 16.11 %.
    /// let none = Estimate::share(0, 20).unwrap();
    /// let (low, high) = none.interval().unwrap();
    /// assert_eq!((low, format!("{high:.2}")), (0.0, "16.11".to_owned()));
    /// assert_eq!(Estimate::share(3, 2), None);
    /// assert_eq!(Estimate::share(0, 0), None);
    /// ```
    #[must_use]
    pub fn share(successes: usize, count: usize) -> Option<Self> {
        (count > 0 && successes <= count).then(|| Self {
            count,
            mean: 100.0 * as_f64(successes) / as_f64(count),
            shape: Shape::Share { successes },
        })
    }

    /// The estimate of a net promoter score from how many answered each
    /// score from 0 to 10 (`scores[s]` answered `s`); `None` if nobody
    /// answered. NPS = % promoters − % detractors, in points, with the
    /// adjusted Wald interval.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// // Rocks (2016), via MeasuringU: 50 promoters, 30 passives, 20 detractors.
    /// let nps = Estimate::nps([20, 0, 0, 0, 0, 0, 0, 30, 0, 0, 50]).unwrap();
    /// assert_eq!(nps.mean(), 30.0);
    /// let (low, high) = nps.interval().unwrap();
    /// assert_eq!((format!("{low:.4}"), format!("{high:.4}")), ("14.0511".to_owned(), "44.2013".to_owned()));
    /// assert_eq!(Estimate::nps([0; 11]), None);
    /// ```
    #[must_use]
    pub fn nps(scores: [usize; 11]) -> Option<Self> {
        let counts = NpsCounts { scores };
        let n = counts.total();
        if n == 0 {
            return None;
        }
        let (promoters, detractors) = (counts.promoters(), counts.detractors());
        let mean = 100.0 * (as_f64(promoters) - as_f64(detractors)) / as_f64(n);
        Some(Self { count: n, mean, shape: Shape::Nps { promoters, detractors } })
    }

    /// The 97.5th percentile of Student's t distribution with `df` degrees
    /// of freedom: the factor of a two-sided 95 % interval.
    ///
    /// Exact to the four decimals of the published tables for 1 to 30
    /// degrees of freedom (the table is built in) and at 40, 60 and 120;
    /// between those, and from 120 to infinity (where it is the normal
    /// 1.959964), interpolated linearly in 1 / df, the interpolation the
    /// tables themselves recommend, which is within 0.0005 of the exact
    /// quantile there. `df = 0` (a single answer) has no quantile and
    /// gives infinity.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Estimate;
    ///
    /// assert_eq!(Estimate::t_975(1), 12.7062);
    /// assert_eq!(Estimate::t_975(10), 2.2281);
    /// assert!((Estimate::t_975(50) - 2.0086).abs() < 0.0005);
    /// assert!((Estimate::t_975(1_000_000) - 1.959964).abs() < 1e-4);
    /// ```
    #[must_use]
    pub fn t_975(df: u64) -> f64 {
        // Student's t, 0.975 quantile, df = 1..=30 (e.g. NIST/SEMATECH
        // e-Handbook of Statistical Methods, table 1.3.6.7.2).
        const TABLE: [f64; 30] = [
            12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281, 2.2010, 2.1788,
            2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860, 2.0796, 2.0739, 2.0687, 2.0639,
            2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423,
        ];
        // (df, quantile) beyond the table; 1 / df = 0 is the normal quantile.
        const KNOTS: [(f64, f64); 5] = [
            (1.0 / 30.0, 2.0423),
            (1.0 / 40.0, 2.0211),
            (1.0 / 60.0, 2.0003),
            (1.0 / 120.0, 1.9799),
            (0.0, 1.959_964),
        ];
        if df == 0 {
            return f64::INFINITY;
        }
        if let Some(t) = usize::try_from(df - 1).ok().and_then(|i| TABLE.get(i)) {
            return *t;
        }
        #[allow(
            clippy::cast_precision_loss,
            reason = "a degree of freedom far below 2^52 or beyond all knots"
        )]
        let inverse = 1.0 / df as f64;
        for pair in KNOTS.windows(2) {
            if let [(x0, t0), (x1, t1)] = pair {
                if inverse <= *x0 && inverse >= *x1 {
                    return t1 + (t0 - t1) * (inverse - x1) / (x0 - x1);
                }
            }
        }
        1.959_964
    }
}

/// A count as a float, for the arithmetic of estimates.
#[allow(clippy::cast_precision_loss, reason = "survey counts far below 2^52")]
pub(crate) fn as_f64(n: usize) -> f64 {
    n as f64
}

/// Wilson's 95 % score interval for `k` of `n` (as proportions, 0 to 1):
/// exactly 0 below when `k = 0` and exactly 1 above when `k = n`.
pub(crate) fn wilson(k: usize, n: usize) -> (f64, f64) {
    if n == 0 {
        return (0.0, 1.0);
    }
    let (k_f, n_f) = (as_f64(k), as_f64(n));
    let p = k_f / n_f;
    let z2 = Z_975 * Z_975;
    let denominator = 1.0 + z2 / n_f;
    let centre = (p + z2 / (2.0 * n_f)) / denominator;
    let half = Z_975 * (p * (1.0 - p) / n_f + z2 / (4.0 * n_f * n_f)).sqrt() / denominator;
    let low = if k == 0 { 0.0 } else { (centre - half).clamp(0.0, p) };
    let high = if k == n { 1.0 } else { (centre + half).clamp(p, 1.0) };
    (low, high)
}

/// Rocks' adjusted Wald 95 % interval of the NPS, in points: 3 added to
/// `n`, ¾ to the `promoters` and to the `detractors`; within −100 to +100.
/// A single answer gets the whole range.
pub(crate) fn adjusted_wald(promoters: usize, detractors: usize, n: usize) -> (f64, f64) {
    if n <= 1 {
        return (-100.0, 100.0);
    }
    let (nps, variance, n_adjusted) = adjusted(promoters, detractors, n);
    let half = Z_975 * (variance / n_adjusted).sqrt();
    ((100.0 * (nps - half)).max(-100.0), (100.0 * (nps + half)).min(100.0))
}

/// Rocks' adjustment of an NPS sample: the adjusted NPS (as a proportion,
/// −1 to 1), the variance of one adjusted answer, and the adjusted n.
pub(crate) fn adjusted(promoters: usize, detractors: usize, n: usize) -> (f64, f64, f64) {
    let n_adjusted = as_f64(n) + 3.0;
    let p = (as_f64(promoters) + 0.75) / n_adjusted;
    let d = (as_f64(detractors) + 0.75) / n_adjusted;
    let nps = p - d;
    (nps, p + d - nps * nps, n_adjusted)
}

/// What a report shows for an estimate: the estimate, or that there were
/// too few answers to show a number ([`Estimate::figure`],
/// [`Summary::figure`](crate::survey::Summary::figure)).
///
/// # Examples
///
/// ```
/// use service_standards::statistics::{Estimate, Figure, Reporting};
///
/// let figure = Estimate::share(2, 3).unwrap().figure(&Reporting::default());
/// assert_eq!(figure.estimate(), None);
/// assert_eq!(figure.to_string(), "too few answers (3, at least 10 needed)");
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Figure {
    /// Enough answers: the estimate, with its interval.
    Shown(Estimate),
    /// Fewer answers than the minimum: no number is shown.
    TooFewAnswers {
        /// The answers there were.
        count: usize,
        /// The minimum a figure needs.
        minimum: usize,
    },
}

impl Figure {
    /// The estimate, if there were enough answers.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::{Estimate, Reporting};
    ///
    /// let e = Estimate::share(20, 25).unwrap();
    /// assert_eq!(e.figure(&Reporting::default()).estimate(), Some(&e));
    /// ```
    #[must_use]
    pub fn estimate(&self) -> Option<&Estimate> {
        match self {
            Self::Shown(e) => Some(e),
            Self::TooFewAnswers { .. } => None,
        }
    }
}

impl std::fmt::Display for Figure {
    /// The estimate's mean (with the precision asked for, `{:.1}`), or
    /// "too few answers (n, at least m needed)".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Shown(e) => std::fmt::Display::fmt(&e.mean(), f),
            Self::TooFewAnswers { count, minimum } => {
                write!(f, "too few answers ({count}, at least {minimum} needed)")
            }
        }
    }
}

/// How figures are reported and changes judged: the minimum number of
/// answers a figure needs, and the false discovery rate the changes shown
/// together are flagged at.
///
/// - **Minimum answers** (default 10): below it a figure is
///   [`Figure::TooFewAnswers`] and a change to or from it is not tested.
///   Below ten, one answer moves a share by more than ten points and an
///   NPS by more than twenty; raise it where figures drive decisions.
/// - **False discovery rate** q (default 0.05): changes are flagged by the
///   Benjamini–Hochberg procedure over every change judged together
///   ([`Change::judge`](crate::survey::Change::judge)); among the changes flagged, the expected
///   share of false alarms (a flag where nothing changed) is at most q
///   (about q where the tests are the z and t approximations: see
///   [`Change`](crate::survey::Change)).
///   A q of 0 or below (or not a number) flags nothing; 1 or above flags
///   every change tested.
///
/// # Examples
///
/// ```
/// use service_standards::statistics::Reporting;
///
/// let reporting = Reporting::default().minimum_answers(30).false_discovery_rate(0.10);
/// assert_eq!((reporting.minimum(), reporting.q()), (30, 0.10));
/// assert_eq!((Reporting::default().minimum(), Reporting::default().q()), (10, 0.05));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reporting {
    minimum_answers: usize,
    false_discovery_rate: f64,
}

impl Default for Reporting {
    fn default() -> Self {
        Self { minimum_answers: Self::MINIMUM_ANSWERS, false_discovery_rate: Self::FALSE_DISCOVERY_RATE }
    }
}

impl Reporting {
    /// The default minimum number of answers a figure needs: 10.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Reporting;
    ///
    /// assert_eq!(Reporting::default().minimum(), Reporting::MINIMUM_ANSWERS);
    /// ```
    pub const MINIMUM_ANSWERS: usize = 10;

    /// The default false discovery rate: 0.05.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Reporting;
    ///
    /// assert_eq!(Reporting::default().q(), Reporting::FALSE_DISCOVERY_RATE);
    /// ```
    pub const FALSE_DISCOVERY_RATE: f64 = 0.05;

    crate::setters::setters! {
        /// Sets the minimum number of answers a figure needs (default 10;
        /// 0 or 1 shows every figure).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::statistics::{Estimate, Reporting};
        ///
        /// let e = Estimate::share(20, 25).unwrap();
        /// assert!(e.figure(&Reporting::default().minimum_answers(30)).estimate().is_none());
        /// ```
        fn minimum_answers(n: usize) { minimum_answers = n }
        /// Sets the false discovery rate q changes are flagged at (default 0.05).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::statistics::Reporting;
        ///
        /// assert_eq!(Reporting::default().false_discovery_rate(0.1).q(), 0.1);
        /// ```
        fn false_discovery_rate(q: f64) { false_discovery_rate = q }
    }

    /// The minimum number of answers a figure needs.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Reporting;
    ///
    /// assert_eq!(Reporting::default().minimum_answers(5).minimum(), 5);
    /// ```
    #[must_use]
    pub fn minimum(&self) -> usize {
        self.minimum_answers
    }

    /// The false discovery rate q.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::statistics::Reporting;
    ///
    /// assert_eq!(Reporting::default().q(), 0.05);
    /// ```
    #[must_use]
    pub fn q(&self) -> f64 {
        self.false_discovery_rate
    }
}

/// Running sums of a sample, shifted by its first value so that the
/// variance keeps its precision when the values are large and close
/// (the "shifted data" algorithm).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Accumulator {
    count: usize,
    shift: f64,
    sum: f64,
    squares: f64,
}

impl Accumulator {
    #[inline]
    pub(crate) fn add(&mut self, x: f64) {
        if self.count == 0 {
            self.shift = x;
        }
        let d = x - self.shift;
        self.count += 1;
        self.sum += d;
        self.squares += d * d;
    }

    /// The estimate, `None` if nothing was added.
    pub(crate) fn estimate(&self) -> Option<Estimate> {
        if self.count == 0 {
            return None;
        }
        #[allow(clippy::cast_precision_loss, reason = "counts far below 2^52")]
        let n = self.count as f64;
        let mean = self.shift + self.sum / n;
        // The deviation of a single answer is never read (`std_dev` is `None`).
        let std_dev = if self.count > 1 {
            ((self.squares - self.sum * self.sum / n).max(0.0) / (n - 1.0)).sqrt()
        } else {
            0.0
        };
        Some(Estimate {
            count: self.count,
            mean,
            shape: Shape::Mean { std_dev, low: f64::NEG_INFINITY, high: f64::INFINITY },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_t_table_matches_published_quantiles() {
        // NIST/SEMATECH table 1.3.6.7.2, upper 0.025 critical values.
        for (df, t) in [
            (1, 12.706),
            (2, 4.303),
            (5, 2.571),
            (12, 2.179),
            (20, 2.086),
            (30, 2.042),
            (40, 2.021),
            (60, 2.000),
            (120, 1.980),
        ] {
            assert!((Estimate::t_975(df) - t).abs() < 0.0006, "df {df}");
        }
        // Exact quantiles between the knots, from R's qt(0.975, df).
        for (df, t) in
            [(35, 2.030_108), (50, 2.008_559), (80, 1.990_063), (200, 1.971_896), (1000, 1.962_339)]
        {
            assert!((Estimate::t_975(df) - t).abs() < 0.0005, "df {df}: {}", Estimate::t_975(df));
        }
        assert!((Estimate::t_975(u64::MAX) - 1.959_964).abs() < 1e-6);
        assert!(Estimate::t_975(0).is_infinite());
        // Decreasing in df.
        let mut last = f64::INFINITY;
        for df in 1..2000 {
            let t = Estimate::t_975(df);
            assert!(t <= last, "df {df}");
            last = t;
        }
    }

    #[test]
    fn the_shifted_sums_keep_precision() {
        let e = Estimate::from_scores([1e9 + 4.0, 1e9 + 7.0, 1e9 + 13.0, 1e9 + 16.0]).unwrap();
        assert_eq!(e.mean(), 1e9 + 10.0);
        assert!((e.std_dev().unwrap() - 30.0_f64.sqrt()).abs() < 1e-9);
    }
}
