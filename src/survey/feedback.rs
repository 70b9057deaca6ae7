//! Customer feedback and SERVQUAL gaps: which phase or dimension to improve first.

use rustc_hash::{FxBuildHasher, FxHashMap};

use crate::{
    error::Entity, error::Error, error::Problem, model::PhasePath, model::QualityDimension,
    validate::Violations,
};

/// The scale customers answer on (1 to 7 in SERVQUAL; 1 to 5 is common).
///
/// Reading a scale from a document (`{"min": 1, "max": 7}`) runs the same
/// check as [`Scale::new`], with the same error.
///
/// # Examples
///
/// ```
/// use service_standards::survey::Scale;
///
/// let scale = Scale::new(1.0, 7.0)?;
/// assert_eq!((scale.min(), scale.max()), (1.0, 7.0));
/// assert!(Scale::new(5.0, 1.0).is_err());
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields, try_from = "ScaleRecord"))]
pub struct Scale {
    min: f64,
    max: f64,
}

/// A scale as written, before [`Scale::new`]'s check.
#[cfg(feature = "serde")]
#[derive(serde::Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct ScaleRecord {
    min: f64,
    max: f64,
}

#[cfg(feature = "serde")]
impl TryFrom<ScaleRecord> for Scale {
    type Error = Error;

    fn try_from(record: ScaleRecord) -> Result<Self, Error> {
        Self::new(record.min, record.max)
    }
}

impl Scale {
    /// The largest magnitude of a scale's bounds (and of an importance):
    /// far beyond any survey scale, small enough that sums of scores stay finite.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::survey::Scale;
    ///
    /// assert!(Scale::new(0.0, Scale::LIMIT).is_ok());
    /// assert!(Scale::new(0.0, Scale::LIMIT * 2.0).is_err());
    /// ```
    pub const LIMIT: f64 = crate::error::limits::WEIGHT_AND_SCALE;

    /// A scale from `min` to `max`.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::Scale`](crate::error::Entity::Scale) (path `scale`,
    /// [`Problem::InvalidScale`]) unless both are finite, within
    /// ±[`LIMIT`](Self::LIMIT), and `min < max`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::survey::Scale;
    ///
    /// assert_eq!(Scale::new(1.0, 1.0).unwrap_err().to_string(), "invalid scale: scale: scale bounds must be finite, within ±1000000, the lower below the upper `1 to 1`");
    /// ```
    pub fn new(min: f64, max: f64) -> Result<Self, Error> {
        let mut v = Violations::default();
        check_scale(&mut v, min, max);
        v.finish(Entity::Scale, || Self { min, max })
    }

    /// The lowest score.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::survey::Scale::new(1.0, 5.0)?.min(), 1.0);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn min(&self) -> f64 {
        self.min
    }

    /// The highest score.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::survey::Scale::new(1.0, 5.0)?.max(), 5.0);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn max(&self) -> f64 {
        self.max
    }

    /// 1 to 7, SERVQUAL's scale.
    pub(crate) const SEVEN: Self = Self { min: 1.0, max: 7.0 };
    /// 1 to 5.
    pub(crate) const FIVE: Self = Self { min: 1.0, max: 5.0 };
    /// 0 to 10, the NPS scale.
    #[cfg_attr(not(feature = "csv"), allow(dead_code, reason = "only the csv mapping names it"))]
    pub(crate) const ELEVEN: Self = Self { min: 0.0, max: 10.0 };

    pub(crate) fn contains(&self, score: f64) -> bool {
        score.is_finite() && self.min <= score && score <= self.max
    }
}

fn check_scale(v: &mut Violations, min: f64, max: f64) {
    let bounded = |x: f64| x.is_finite() && x.abs() <= Scale::LIMIT;
    if !(bounded(min) && bounded(max) && min < max) {
        v.push("scale", Problem::InvalidScale, format!("{min} to {max}"));
    }
}

/// What a response or a feedback item is about: a quality dimension, a
/// phase of a sequence, or the service overall.
///
/// Written as text (`Display`, `FromStr`, the long CSV layout's `subject`
/// column): the dimension (`empathy`), the phase `sequence/phase`, or
/// `overall`.
///
/// # Examples
///
/// ```
/// use service_standards::{model::QualityDimension, survey::Subject};
///
/// assert_eq!(Subject::Dimension(QualityDimension::Empathy).to_string(), "empathy");
/// assert_eq!(Subject::Phase("stay/check-in".parse()?).to_string(), "stay/check-in");
/// assert_eq!("overall".parse::<Subject>()?, Subject::Overall);
/// assert_eq!("stay/check-in".parse::<Subject>()?, Subject::Phase("stay/check-in".parse()?));
/// assert_eq!("empathy".parse::<Subject>()?, Subject::Dimension(QualityDimension::Empathy));
/// assert!("lobby".parse::<Subject>().is_err());
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Subject {
    /// A quality dimension (SERVQUAL's five, or any of the seven).
    Dimension(QualityDimension),
    /// A phase of a sequence.
    Phase(PhasePath),
    /// The service as a whole: overall recommendation (NPS), satisfaction
    /// or effort, not pinned to a phase or a dimension. SERVQUAL gaps are
    /// per phase or dimension: a SERVQUAL response or a feedback item about
    /// it is refused.
    Overall,
}

impl std::fmt::Display for Subject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Dimension(d) => write!(f, "{d}"),
            Self::Phase(path) => write!(f, "{path}"),
            Self::Overall => f.write_str("overall"),
        }
    }
}

impl std::str::FromStr for Subject {
    type Err = Error;

    /// `overall`, a phase `sequence/phase`, or a dimension.
    fn from_str(s: &str) -> Result<Self, Error> {
        if s == "overall" {
            Ok(Self::Overall)
        } else if s.contains('/') {
            s.parse().map(Self::Phase)
        } else {
            s.parse().map(Self::Dimension)
        }
    }
}

/// One survey item: the customers' mean expectation (E) and perception (P)
/// of a subject, on the feedback's scale, with an optional importance weight.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let item = FeedbackItem::new(Subject::Dimension(QualityDimension::Responsiveness), 6.5, 4.0).importance(2.0);
/// let gaps = Feedback::builder(Scale::new(1.0, 7.0)?).items([item]).build()?.gaps();
/// // The gap is perception minus expectation:
/// assert_eq!(gaps.by_dimension()[0].difference(), -2.5);
/// assert_eq!(gaps.by_dimension()[0].importance(), 2.0);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackItem {
    subject: Subject,
    expectation: f64,
    perception: f64,
    importance: Option<f64>,
}

impl FeedbackItem {
    /// An item: expectation and perception of `subject`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let item = FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 5.0);
    /// let gaps = Feedback::builder(Scale::new(1.0, 7.0)?).items([item]).build()?.gaps();
    /// assert_eq!(gaps.by_phase()[0].subject(), &Subject::Phase("stay/check-in".parse()?));
    /// assert_eq!(gaps.by_phase()[0].difference(), -1.0);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn new(subject: Subject, expectation: f64, perception: f64) -> Self {
        Self { subject, expectation, perception, importance: None }
    }

    crate::setters::setters! {
        /// Sets how much the subject matters to customers (default 1; above zero).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let item = FeedbackItem::new(Subject::Dimension(QualityDimension::Reliability), 7.0, 6.0).importance(3.0);
        /// let gaps = Feedback::builder(Scale::new(1.0, 7.0)?).items([item]).build()?.gaps();
        /// assert_eq!(gaps.by_dimension()[0].importance(), 3.0);
        /// # Ok::<(), Error>(())
        /// ```
        fn importance(weight: f64) { importance = Some(weight) }
    }
}

/// Customer feedback on a declared scale: expectation and perception scores
/// per quality dimension and per phase. Built by [`FeedbackBuilder`], checked.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
///     .items([
///         FeedbackItem::new(Subject::Dimension(QualityDimension::Responsiveness), 6.5, 4.5),
///         FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 6.0, 6.5),
///     ])
///     .build()?;
/// let gaps = feedback.gaps();
/// assert_eq!(gaps.priorities()[0].subject(), &Subject::Dimension(QualityDimension::Responsiveness));
/// assert_eq!(gaps.priorities()[0].difference(), -2.0);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Feedback {
    scale: Scale,
    items: Vec<FeedbackItem>,
}

/// Builds [`Feedback`]; [`build`](Self::build) checks every item.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let err = Feedback::builder(Scale::new(1.0, 5.0)?).build().unwrap_err();
/// assert_eq!(err.to_string(), "invalid feedback: items: nothing given");
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct FeedbackBuilder {
    scale: Scale,
    items: Vec<FeedbackItem>,
}

impl Feedback {
    /// A builder for feedback on `scale`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let draft = Feedback::builder(Scale::new(1.0, 7.0)?);
    /// // Every score must lie on the scale:
    /// let err = draft.items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 9.0, 5.0)]).build().unwrap_err();
    /// assert_eq!(err.violations()[0].path(), "items[0].expectation");
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn builder(scale: Scale) -> FeedbackBuilder {
        FeedbackBuilder { scale, items: Vec::new() }
    }

    /// The scale.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let f = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 5.0)])
    ///     .build()?;
    /// assert_eq!(f.scale().max(), 7.0);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn scale(&self) -> Scale {
        self.scale
    }

    /// SERVQUAL gaps: perception − expectation, averaged per subject,
    /// ranked worst first.
    ///
    /// Per subject: the gap is the mean of its items' P − E, its expectation
    /// and perception the means of its items', and its importance the mean of
    /// its items' importances (1 where none is given). The overall score is
    /// the importance-weighted mean of the dimension gaps (of the phase gaps
    /// when no dimension was rated). The priorities list every subject,
    /// most negative gap first; ties go to the more important subject, then
    /// dimensions before phases, dimensions in SERVQUAL's order (see
    /// [`GapAnalysis::by_dimension`]) and phases in the order first given.
    ///
    /// Gaps and importances are compared rounded to
    /// [`GAP_DECIMALS`](Self::GAP_DECIMALS) decimal places, so that means
    /// equal as published (3.58 − 3.71 and 4.02 − 4.15 are both −0.13) tie
    /// whatever the floating-point noise, and the tie-break decides; the
    /// gaps reported keep their full precision.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let f = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([
    ///         FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 4.0),
    ///         FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 7.0, 6.0),
    ///     ])
    ///     .build()?;
    /// let gaps = f.gaps();
    /// let gap = &gaps.by_phase()[0];
    /// assert_eq!((gap.expectation(), gap.perception(), gap.difference()), (6.5, 5.0, -1.5));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn gaps(&self) -> GapAnalysis {
        // Each subject's running sums, in the order first given; the index
        // finds a subject's place in one look-up, so this is linear. Sums
        // add the items in the order given, from −0.0 as `Iterator::sum`
        // does, so the means are those of summing each subject's items.
        let mut subjects: Vec<Sums<'_>> = Vec::with_capacity(self.items.len());
        let mut place: FxHashMap<&Subject, usize> =
            FxHashMap::with_capacity_and_hasher(self.items.len(), FxBuildHasher);
        // A subject that is the one after the last one found needs no
        // look-up (items that list their subjects in the same order again).
        let mut next = 0;
        for item in &self.items {
            let n = match subjects.get(next) {
                Some(sums) if *sums.subject == item.subject => next,
                _ => *place.entry(&item.subject).or_insert_with(|| {
                    subjects.push(Sums::new(&item.subject));
                    subjects.len() - 1
                }),
            };
            next = n + 1;
            if let Some(sums) = subjects.get_mut(n) {
                sums.add(item);
            }
        }
        let mut by_dimension = Vec::new();
        let mut by_phase = Vec::with_capacity(subjects.len());
        for sums in subjects {
            let gap = sums.means();
            match gap.subject {
                Subject::Dimension(_) => by_dimension.push(gap),
                Subject::Phase(_) => by_phase.push(gap),
                // Never: feedback refuses an item about the service overall.
                Subject::Overall => {}
            }
        }
        by_dimension.sort_by_key(|g| match g.subject {
            Subject::Dimension(d) => servqual_rank(d),
            Subject::Phase(_) | Subject::Overall => usize::MAX,
        });
        let weighted = |gaps: &[Gap]| {
            let weight: f64 = gaps.iter().map(|g| g.importance).sum();
            (weight > 0.0).then(|| gaps.iter().map(|g| g.gap * g.importance).sum::<f64>() / weight)
        };
        let overall = weighted(&by_dimension).or_else(|| weighted(&by_phase)).unwrap_or(0.0);
        // Dimensions in SERVQUAL's order, then phases in the order first
        // given: with that place as the last key, that is the order of
        // subjects that tie. Keys are computed once per subject.
        let all: Vec<&Gap> = by_dimension.iter().chain(&by_phase).collect();
        let mut order: Vec<(u128, usize)> = all.iter().enumerate().map(|(n, g)| (priority(g), n)).collect();
        order.sort_by_key(|&(key, _)| key);
        let priorities: Vec<Gap> =
            order.iter().filter_map(|&(_, n)| all.get(n).map(|&g| g.clone())).collect();
        GapAnalysis { by_dimension, by_phase, overall, priorities }
    }

    /// The number of decimal places at which [`gaps`](Self::gaps) compares
    /// gaps and importances: values equal to this many places tie.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// assert_eq!(Feedback::GAP_DECIMALS, 9);
    /// // 3.58 − 3.71 and 4.02 − 4.15 differ in the last bits, but both are −0.13:
    /// // a tie, which SERVQUAL's order breaks (tangibles before empathy).
    /// let f = Feedback::builder(Scale::new(1.0, 5.0)?)
    ///     .items([
    ///         FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 4.15, 4.02),
    ///         FeedbackItem::new(Subject::Dimension(QualityDimension::Tangibles), 3.71, 3.58),
    ///     ])
    ///     .build()?;
    /// let gaps = f.gaps();
    /// assert_eq!(gaps.priorities()[0].subject(), &Subject::Dimension(QualityDimension::Tangibles));
    /// # Ok::<(), Error>(())
    /// ```
    pub const GAP_DECIMALS: i32 = 9;
}

/// A subject's running sums: its items' count, expectations, perceptions,
/// gaps (P − E) and importances (1 where none is given).
struct Sums<'a> {
    subject: &'a Subject,
    count: usize,
    expectation: f64,
    perception: f64,
    gap: f64,
    importance: f64,
}

impl<'a> Sums<'a> {
    fn new(subject: &'a Subject) -> Self {
        Self { subject, count: 0, expectation: -0.0, perception: -0.0, gap: -0.0, importance: -0.0 }
    }

    fn add(&mut self, item: &FeedbackItem) {
        self.count += 1;
        self.expectation += item.expectation;
        self.perception += item.perception;
        self.gap += item.perception - item.expectation;
        self.importance += item.importance.unwrap_or(1.0);
    }

    /// The subject's gap: the means of its sums.
    fn means(&self) -> Gap {
        #[allow(clippy::cast_precision_loss, reason = "item counts far below 2^52")]
        let n = self.count as f64;
        Gap {
            subject: self.subject.clone(),
            expectation: self.expectation / n,
            perception: self.perception / n,
            gap: self.gap / n,
            importance: self.importance / n,
        }
    }
}

/// A gap or an importance as an integer number of units of the last decimal
/// place compared ([`Feedback::GAP_DECIMALS`]): a total order in which values
/// equal to that precision are equal. Scores and importances lie within
/// ±[`Scale::LIMIT`], so the key (at most 2 × 10¹⁵) fits an `i64` exactly.
fn rounded(x: f64) -> i64 {
    #[allow(clippy::cast_possible_truncation, reason = "within ±2e15 (see above); `as` saturates anyway")]
    let key = (x * 10f64.powi(Feedback::GAP_DECIMALS)).round() as i64;
    key
}

/// A gap's place in the priorities as one number: its gap, then its
/// importance reversed, each rounded as [`rounded`] does and offset to be
/// non-negative (a gap's key is within ±2^51, an importance's within
/// (0, 2^50]), so that comparing the numbers compares (gap, −importance).
fn priority(g: &Gap) -> u128 {
    let gap = (rounded(g.gap) + (1 << 51)).clamp(0, 1 << 52);
    let importance = ((1_i64 << 50) - rounded(g.importance)).clamp(0, 1 << 51);
    #[allow(clippy::cast_sign_loss, reason = "both clamped to non-negative values")]
    let key = (gap as u128) << 64 | importance as u128;
    key
}

/// Where a dimension is listed: SERVQUAL's five in SERVQUAL's own order
/// (tangibles, reliability, responsiveness, assurance, empathy), then
/// communication and convenience.
pub(crate) fn servqual_rank(d: QualityDimension) -> usize {
    match d {
        QualityDimension::Tangibles => 0,
        QualityDimension::Reliability => 1,
        QualityDimension::Responsiveness => 2,
        QualityDimension::Assurance => 3,
        QualityDimension::Empathy => 4,
        QualityDimension::Communication => 5,
        QualityDimension::Convenience => 6,
    }
}

impl FeedbackBuilder {
    crate::setters::setters! {
        /// Adds items.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let feedback = Feedback::builder(Scale::new(1.0, 5.0)?)
        ///     .items([
        ///         FeedbackItem::new(Subject::Dimension(QualityDimension::Tangibles), 4.0, 4.5),
        ///         FeedbackItem::new(Subject::Phase("stay/check-out".parse()?), 4.5, 3.5),
        ///     ])
        ///     .build()?;
        /// let gaps = feedback.gaps();
        /// assert_eq!((gaps.by_dimension().len(), gaps.by_phase().len()), (1, 1));
        /// # Ok::<(), Error>(())
        /// ```
        fn items(items: impl IntoIterator<Item = FeedbackItem>) { items.extend(items) }
    }

    /// Checks every item and builds the feedback.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::Feedback`](crate::error::Entity::Feedback) listing: no items at all
    /// (`items`, [`Problem::Empty`]); a score outside the scale
    /// (`items[i].expectation` or `items[i].perception`, [`Problem::OutOfScale`]);
    /// an importance that is not a number above zero and at most [`Scale::LIMIT`]
    /// (`items[i].importance`, [`Problem::InvalidWeight`]). (A phase is a
    /// [`PhasePath`], checked when it is made; a document's phase is
    /// checked when it is read, at `items[i].phase`.)
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    ///
    /// let err = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([FeedbackItem::new(Subject::Dimension(QualityDimension::Empathy), 8.0, 6.0).importance(-1.0)])
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid feedback: items[0].expectation: score outside the scale `8`; \
    ///      items[0].importance: weight must be above zero and at most 1000000 `-1`"
    /// );
    /// # Ok::<(), Error>(())
    /// ```
    pub fn build(self) -> Result<Feedback, Error> {
        let mut v = Violations::default();
        check_start(&mut v, self.scale, self.items.len());
        for (i, item) in self.items.iter().enumerate() {
            item.check(&mut v, i, self.scale);
        }
        v.finish(Entity::Feedback, || Feedback { scale: self.scale, items: self.items })
    }
}

/// Why a SERVQUAL answer or a feedback item about the service overall is refused.
pub(crate) const NOT_OVERALL: &str = "servqual is asked about a phase or a dimension, not overall";

/// Checks the scale and that there are items.
fn check_start(v: &mut Violations, scale: Scale, items: usize) {
    check_scale(v, scale.min, scale.max);
    if items == 0 {
        v.push("items", Problem::Empty, "");
    }
}

impl FeedbackItem {
    /// Checks the `i`th item's scores and importance against `scale` into `v`.
    fn check(&self, v: &mut Violations, i: usize, scale: Scale) {
        check_scores(v, i, scale, [self.expectation, self.perception], self.importance);
        if self.subject == Subject::Overall {
            v.push(format!("items[{i}].subject"), Problem::Contradicts(NOT_OVERALL), "overall");
        }
    }
}

/// Checks the `i`th item's expectation and perception against `scale`, and its importance, into `v`.
fn check_scores(v: &mut Violations, i: usize, scale: Scale, scores: [f64; 2], importance: Option<f64>) {
    for (field, score) in ["expectation", "perception"].into_iter().zip(scores) {
        if !scale.contains(score) {
            v.push(format!("items[{i}].{field}"), Problem::OutOfScale, score.to_string());
        }
    }
    if let Some(w) = importance {
        if !(w.is_finite() && w > 0.0 && w <= Scale::LIMIT) {
            v.push(format!("items[{i}].importance"), Problem::InvalidWeight, w.to_string());
        }
    }
}

/// The gap of one subject: mean perception − mean expectation.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let f = Feedback::builder(Scale::new(1.0, 7.0)?)
///     .items([FeedbackItem::new(Subject::Dimension(QualityDimension::Assurance), 6.0, 5.5).importance(2.0)])
///     .build()?;
/// let gaps = f.gaps();
/// let gap = &gaps.by_dimension()[0];
/// assert_eq!(gap.difference(), -0.5);
/// assert_eq!(gap.importance(), 2.0);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Gap {
    subject: Subject,
    expectation: f64,
    perception: f64,
    gap: f64,
    importance: f64,
}

impl Gap {
    /// What the gap is about.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let f = Feedback::builder(Scale::new(1.0, 7.0)?).items([FeedbackItem::new(Subject::Phase("a/b".parse()?), 6.0, 5.0)]).build()?;
    /// assert_eq!(f.gaps().by_phase()[0].subject(), &Subject::Phase("a/b".parse()?));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn subject(&self) -> &Subject {
        &self.subject
    }

    /// The mean expectation.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let f = Feedback::builder(Scale::new(1.0, 7.0)?).items([FeedbackItem::new(Subject::Phase("a/b".parse()?), 6.0, 5.0)]).build()?;
    /// assert_eq!(f.gaps().by_phase()[0].expectation(), 6.0);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn expectation(&self) -> f64 {
        self.expectation
    }

    /// The mean perception.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let f = Feedback::builder(Scale::new(1.0, 7.0)?).items([FeedbackItem::new(Subject::Phase("a/b".parse()?), 6.0, 5.0)]).build()?;
    /// assert_eq!(f.gaps().by_phase()[0].perception(), 5.0);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn perception(&self) -> f64 {
        self.perception
    }

    /// Perception − expectation: negative is a shortfall.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let f = Feedback::builder(Scale::new(1.0, 7.0)?).items([FeedbackItem::new(Subject::Phase("a/b".parse()?), 6.0, 5.0)]).build()?;
    /// assert_eq!(f.gaps().by_phase()[0].difference(), -1.0);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn difference(&self) -> f64 {
        self.gap
    }

    /// The mean importance (1 where none was given).
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let f = Feedback::builder(Scale::new(1.0, 7.0)?).items([FeedbackItem::new(Subject::Phase("a/b".parse()?), 6.0, 5.0)]).build()?;
    /// assert_eq!(f.gaps().by_phase()[0].importance(), 1.0);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn importance(&self) -> f64 {
        self.importance
    }
}

/// SERVQUAL gaps per dimension and per phase, an overall score, and what to
/// improve first. Made by [`Feedback::gaps`].
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
///
/// let f = Feedback::builder(Scale::new(1.0, 7.0)?)
///     .items([
///         FeedbackItem::new(Subject::Dimension(QualityDimension::Reliability), 7.0, 5.0).importance(3.0),
///         FeedbackItem::new(Subject::Dimension(QualityDimension::Tangibles), 5.0, 5.0),
///     ])
///     .build()?;
/// assert_eq!(f.gaps().overall(), -1.5);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct GapAnalysis {
    by_dimension: Vec<Gap>,
    by_phase: Vec<Gap>,
    overall: f64,
    priorities: Vec<Gap>,
}

impl GapAnalysis {
    /// The gaps per dimension, in SERVQUAL's order (tangibles, reliability,
    /// responsiveness, assurance, empathy), then communication and
    /// convenience: the order SERVQUAL's users read them in.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// use QualityDimension::{Convenience, Empathy, Tangibles};
    ///
    /// let f = Feedback::builder(Scale::new(1.0, 7.0)?)
    ///     .items([
    ///         FeedbackItem::new(Subject::Dimension(Convenience), 6.0, 5.0),
    ///         FeedbackItem::new(Subject::Dimension(Empathy), 6.0, 5.0),
    ///         FeedbackItem::new(Subject::Dimension(Tangibles), 6.0, 5.0),
    ///     ])
    ///     .build()?;
    /// let gaps = f.gaps();
    /// let listed: Vec<&Subject> = gaps.by_dimension().iter().map(Gap::subject).collect();
    /// assert_eq!(listed, [&Subject::Dimension(Tangibles), &Subject::Dimension(Empathy), &Subject::Dimension(Convenience)]);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn by_dimension(&self) -> &[Gap] {
        &self.by_dimension
    }

    /// The gaps per phase, in the order first given.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let f = Feedback::builder(Scale::new(1.0, 7.0)?).items([FeedbackItem::new(Subject::Phase("a/b".parse()?), 6.0, 5.0)]).build()?;
    /// assert_eq!(f.gaps().by_phase().len(), 1);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn by_phase(&self) -> &[Gap] {
        &self.by_phase
    }

    /// The importance-weighted mean gap of the dimensions (of the phases if
    /// no dimension was rated).
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let f = Feedback::builder(Scale::new(1.0, 7.0)?).items([FeedbackItem::new(Subject::Phase("a/b".parse()?), 6.0, 5.0)]).build()?;
    /// assert_eq!(f.gaps().overall(), -1.0);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn overall(&self) -> f64 {
        self.overall
    }

    /// Every subject, worst gap first (see [`Feedback::gaps`] for ties).
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let f = Feedback::builder(Scale::new(1.0, 7.0)?).items([FeedbackItem::new(Subject::Phase("a/b".parse()?), 6.0, 5.0)]).build()?;
    /// assert_eq!(f.gaps().priorities().len(), 1);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn priorities(&self) -> &[Gap] {
        &self.priorities
    }
}

/// The version of the feedback document this release reads and writes.
pub(crate) const FEEDBACK_FORMAT_VERSION: u32 = 1;

impl Feedback {
    /// The version of the feedback document this release reads and writes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::survey::Feedback::FORMAT_VERSION, 1);
    /// ```
    pub const FORMAT_VERSION: u32 = FEEDBACK_FORMAT_VERSION;
}

/// One item as written in a document: a dimension or a `sequence/phase`.
#[cfg(feature = "serde")]
#[derive(serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
struct ItemRecord {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    dimension: Option<QualityDimension>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    phase: Option<String>,
    expectation: f64,
    perception: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    importance: Option<f64>,
}

#[cfg(feature = "serde")]
crate::document::versioned_document! {
    /// Feedback as a document.
    struct FeedbackDocument(Entity::Feedback, FEEDBACK_FORMAT_VERSION) {
        scale: Scale,
        items: Vec<ItemRecord> = default,
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Feedback {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let items = self
            .items
            .iter()
            .map(|i| {
                let (dimension, phase) = match &i.subject {
                    Subject::Dimension(d) => (Some(*d), None),
                    Subject::Phase(path) => (None, Some(path.to_string())),
                    // Never: feedback refuses an item about the service overall.
                    Subject::Overall => (None, None),
                };
                ItemRecord {
                    dimension,
                    phase,
                    expectation: i.expectation,
                    perception: i.perception,
                    importance: i.importance,
                }
            })
            .collect();
        FeedbackDocument { format_version: FEEDBACK_FORMAT_VERSION, scale: self.scale, items }.serialize(s)
    }
}

/// Reading feedback runs [`FeedbackBuilder::build`]'s checks; each item names
/// exactly one of `dimension` or `phase` (`sequence/phase`). Scores are
/// floating-point: with serde_json, enable its `float_roundtrip` feature so
/// that a score written and read back is the same to the last bit.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Feedback {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let doc = FeedbackDocument::deserialize(d)?;
        // An item that does not say what it is about is refused alone.
        let unclear = |path: String, problem: Problem, value: &str| {
            D::Error::custom(Error::invalid(
                Entity::Feedback,
                vec![crate::error::Violation::new(path, problem, value)],
            ))
        };
        let mut v = Violations::default();
        check_start(&mut v, doc.scale, doc.items.len());
        let mut items = Vec::with_capacity(doc.items.len());
        for (i, r) in doc.items.into_iter().enumerate() {
            let subject = match (r.dimension, r.phase.as_deref()) {
                (Some(d), None) => Some(Subject::Dimension(d)),
                (None, Some(written)) => {
                    let path = format!("items[{i}].phase");
                    let Some((sequence, phase)) = written.split_once('/') else {
                        return Err(unclear(path, Problem::NotAPhasePath, written));
                    };
                    let (sequence, phase) = (v.id(&path, sequence), v.id(&path, phase));
                    sequence.zip(phase).map(|(s, p)| Subject::Phase(PhasePath::new(s, p)))
                }
                _ => {
                    return Err(unclear(
                        format!("items[{i}]"),
                        Problem::ExactlyOne("`dimension` or `phase`"),
                        "",
                    ));
                }
            };
            check_scores(&mut v, i, doc.scale, [r.expectation, r.perception], r.importance);
            if let Some(subject) = subject {
                items.push(FeedbackItem {
                    subject,
                    expectation: r.expectation,
                    perception: r.perception,
                    importance: r.importance,
                });
            }
        }
        let scale = doc.scale;
        v.finish(Entity::Feedback, || Feedback { scale, items }).map_err(D::Error::custom)
    }
}

/// The schema of the feedback document.
#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Feedback {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Feedback".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        FeedbackDocument::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::{Gap, Subject, priority};
    use crate::model::QualityDimension;

    fn gap(gap: f64, importance: f64) -> Gap {
        let subject = Subject::Dimension(QualityDimension::Empathy);
        Gap { subject, expectation: 0.0, perception: gap, gap, importance }
    }

    /// The key orders by gap, then by importance reversed, over the whole
    /// range a gap (±2 × `Scale::LIMIT`) and an importance (up to
    /// `Scale::LIMIT`) can take, and ties values equal to the decimals compared.
    #[test]
    fn the_priority_key_orders_by_gap_then_importance_reversed() {
        let limit = crate::error::limits::WEIGHT_AND_SCALE;
        let ordered = [
            gap(-2.0 * limit, limit),
            gap(-2.0 * limit, 1e-9),
            gap(-0.13, 2.0),
            gap(-0.13, 1.0),
            gap(0.0, limit),
            gap(2.0 * limit, limit),
            gap(2.0 * limit, 1e-9),
        ];
        let keys: Vec<u128> = ordered.iter().map(priority).collect();
        assert!(keys.windows(2).all(|w| w[0] < w[1]), "{keys:?}");
        assert_eq!(priority(&gap(3.58 - 3.71, 1.0)), priority(&gap(4.02 - 4.15, 1.0)));
    }
}
