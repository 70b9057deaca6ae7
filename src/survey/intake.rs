//! The checks of survey responses, one by one, shared by the builder and the import.

use std::{
    collections::hash_map::Entry,
    fmt,
    hash::{Hash, Hasher},
    sync::Arc,
};

use jiff::civil::Date;

use rustc_hash::FxHashMap;

use super::fingerprints::Fingerprints;
#[cfg(feature = "csv")]
use super::fingerprints::{RowKey, Seat};

use crate::{
    error::Problem, model::ServiceModel, survey::Answer, survey::Measure, survey::Period, survey::PeriodKind,
    survey::Response, survey::Scale, survey::Scales, survey::Subject, validate::Violations,
    validate::is_forbidden, validate::is_invisible,
};

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

/// Checks that `date`, the date of the response at `path`, is one a
/// survey holds; `shown` makes the value for the violation.
pub(crate) fn check_date(v: &mut Violations, path: Place, date: Date, shown: impl FnOnce() -> String) {
    if !(Response::EARLIEST_DATE..=Response::LATEST_DATE).contains(&date) {
        v.push(format!("{path}.date"), Problem::DateOutOfRange, shown());
    }
}

/// Checks that `comment`, at the path `path` makes, is not longer than a
/// comment may be.
pub(crate) fn check_comment(v: &mut Violations, path: impl FnOnce() -> String, comment: &str) {
    // More bytes than characters: counted only when it may be too long.
    if comment.len() > Response::MAX_COMMENT_CHARS && comment.chars().count() > Response::MAX_COMMENT_CHARS {
        v.push(path(), Problem::CommentTooLong, comment);
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
    pub(crate) phases: Option<FxHashMap<(&'m str, &'m str), ()>>,
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
        check_date(v, path, r.date, || r.date.to_string());
        if let Some(comment) = &r.comment {
            check_comment(v, || format!("{path}.comment"), comment);
        }
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
        if let (Some(Subject::Overall), Some(Answer::Servqual { .. })) = (subject, answer) {
            v.push(
                format!("{path}.subject"),
                Problem::Contradicts(crate::survey::feedback::NOT_OVERALL),
                "overall",
            );
        }
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

    /// Whether a response that is not kept is checked against those
    /// before it ([`remember_fingerprint`](Self::remember_fingerprint)).
    #[cfg(feature = "csv")]
    pub(crate) fn checks_fingerprints(&self) -> bool {
        self.fingerprints.is_some()
    }

    /// For a record of many answers by one respondent, dated `date`, that
    /// keeps none of them: the fingerprint of the respondent in the survey
    /// period of `date` ([`Fingerprints::row_key`]), if the duplicate check
    /// is on.
    #[cfg(feature = "csv")]
    pub(crate) fn row_key(&mut self, respondent: &str, date: Date) -> Option<RowKey> {
        let period = Period::of(self.survey_period, date);
        Some(self.fingerprints.as_mut()?.row_key(respondent, period))
    }

    /// Reads the memory of the seats of `keys` ([`Fingerprints::touch`]).
    #[cfg(feature = "csv")]
    pub(crate) fn touch(&self, keys: &[RowKey]) -> u128 {
        self.fingerprints.as_ref().map_or(0, |f| f.touch(keys))
    }

    /// The seat of the fingerprint `key` ([`Fingerprints::seat`]), if the
    /// duplicate check is on.
    #[cfg(feature = "csv")]
    pub(crate) fn seat(&mut self, key: RowKey) -> Option<Seat> {
        Some(self.fingerprints.as_mut()?.seat(key))
    }

    /// Marks the questions in `slots` (bit `s` for the slot `s`) answered
    /// at `seat`; returns those of all slots it had before.
    #[cfg(feature = "csv")]
    pub(crate) fn answer(&mut self, seat: Seat, slots: u32) -> u32 {
        self.fingerprints.as_mut().map_or(0, |f| f.answer(seat, slots))
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
