//! The plan as a document: what it reads back, checked as
//! [`ImprovementPlanBuilder::build`] checks a plan it makes.

use jiff::civil::Date;

use crate::{
    error::Entity, error::Error, error::Problem, model::PhasePath, model::ServiceLevel, model::Vocabulary,
    standard::CoverageHole, standard::SetDiff, survey::Subject, validate::Violations,
};

use super::{
    Cause, FirstStep, Importance, ImprovementPlan, NamedStandard, Priority, Raise, Standing, check_interval,
    check_period, check_threshold,
};

/// [`Subject`] as written in a plan: `{"phase": "stay/check-in"}` or
/// `{"dimension": "empathy"}`.
pub(super) mod subject {
    use serde::{Deserialize as _, Serialize as _};

    use crate::{model::PhasePath, model::QualityDimension, survey::Subject};

    #[derive(serde::Serialize, serde::Deserialize)]
    #[serde(rename_all = "kebab-case", deny_unknown_fields)]
    enum Record {
        Dimension(QualityDimension),
        Phase(PhasePath),
    }

    pub(in crate::assess::plan) fn serialize<S: serde::Serializer>(
        subject: &Subject,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match subject {
            Subject::Dimension(d) => Record::Dimension(*d),
            Subject::Phase(p) => Record::Phase(p.clone()),
            // Never: a plan's subjects are its gaps', and feedback refuses
            // the service overall.
            Subject::Overall => {
                return Err(serde::ser::Error::custom(
                    "a plan's subject is a phase or a dimension, not overall",
                ));
            }
        }
        .serialize(s)
    }

    pub(in crate::assess::plan) fn deserialize<'de, D: serde::Deserializer<'de>>(
        d: D,
    ) -> Result<Subject, D::Error> {
        Ok(match Record::deserialize(d)? {
            Record::Dimension(d) => Subject::Dimension(d),
            Record::Phase(p) => Subject::Phase(p),
        })
    }
}

/// A plan as written, before [`ImprovementPlan`]'s checks.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanRecord {
    level: ServiceLevel,
    #[serde(default)]
    site: Option<String>,
    #[serde(default)]
    period: Option<(Date, Date)>,
    #[serde(default)]
    answers: Option<usize>,
    #[serde(default = "default_threshold")]
    compliance_threshold: f64,
    #[serde(default)]
    drivers: bool,
    priorities: Vec<PriorityRecord>,
    #[serde(default)]
    first: Option<FirstStep>,
    #[serde(default)]
    raise: Option<RaiseRecord>,
}

/// The threshold of a plan written before plans recorded theirs.
fn default_threshold() -> f64 {
    ImprovementPlan::COMPLIANCE_THRESHOLD
}

/// A priority as written, before [`Priority`]'s checks.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PriorityRecord {
    #[serde(with = "subject")]
    subject: Subject,
    #[serde(default)]
    name: Option<String>,
    gap: f64,
    #[serde(default)]
    interval: Option<(f64, f64)>,
    #[serde(default)]
    compliance: Option<f64>,
    #[serde(default)]
    driver: Option<Importance>,
    #[serde(default)]
    standing: Standing,
    #[serde(default)]
    cause: Option<Cause>,
    #[serde(default)]
    unmet: Vec<NamedStandard>,
}

/// A raise as written, before [`Raise`]'s checks.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RaiseRecord {
    phase: PhasePath,
    #[serde(default)]
    name: Option<String>,
    current: ServiceLevel,
    #[serde(default)]
    raised_to: Option<ServiceLevel>,
    #[serde(default)]
    diff: SetDiff,
    #[serde(default)]
    holes: Vec<CoverageHole>,
    #[serde(default)]
    named: Vec<NamedStandard>,
}

/// Checks what a plan's [`build`](ImprovementPlanBuilder::build) guarantees
/// of a priority, each violation at `{at}field`: a finite gap, an interval
/// as [`check_interval`] wants it, a compliance from 0 to 1.
fn check_priority(v: &mut Violations, at: &str, p: &PriorityRecord) {
    if !p.gap.is_finite() {
        v.push(format!("{at}gap"), Problem::MeasurementOutOfRange, p.gap.to_string());
    }
    if let Some(interval) = p.interval {
        check_interval(v, || format!("{at}interval"), interval);
    }
    if let Some(c) = p.compliance.filter(|c| !(0.0..=1.0).contains(c)) {
        v.push(format!("{at}compliance"), Problem::MeasurementOutOfRange, c.to_string());
    }
    if let Some(d) = p.driver {
        for (field, value, range) in [
            ("importance", d.importance, 0.0..=1.0),
            ("share", d.share, 0.0..=100.0),
            ("weight", d.weight, 0.0..=f64::MAX),
        ] {
            if !range.contains(&value) {
                v.push(format!("{at}driver.{field}"), Problem::MeasurementOutOfRange, value.to_string());
            }
        }
        if let Some(interval) = d.interval {
            check_interval(v, || format!("{at}driver.interval"), interval);
        }
    }
}

/// Checks what a plan's [`build`](ImprovementPlanBuilder::build) guarantees
/// of a raise, each violation at `{at}field`: the level raised to is the one
/// above the current one (none above exclusive), and a phase that cannot go
/// up changes no standard.
fn check_raise(v: &mut Violations, at: &str, r: &RaiseRecord) {
    let next = ServiceLevel::ALL.get(r.current.index() + 1).copied();
    match (r.raised_to, next) {
        (Some(to), _) if Some(to) != next => {
            v.push(
                format!("{at}raised_to"),
                Problem::Contradicts("not the level one above the current level"),
                to.to_string(),
            );
        }
        (None, Some(_)) => v.push(format!("{at}raised_to"), Problem::MissingField, ""),
        _ => {}
    }
    if next.is_none() && !r.diff.is_empty() {
        v.push(
            format!("{at}diff"),
            Problem::Contradicts("standards change where the phase cannot go up"),
            "",
        );
    }
}

impl PriorityRecord {
    /// The priority, once checked.
    fn into_priority(self) -> Priority {
        Priority {
            subject: self.subject,
            name: self.name,
            gap: self.gap,
            interval: self.interval,
            compliance: self.compliance,
            driver: self.driver,
            standing: self.standing,
            cause: self.cause,
            unmet: self.unmet,
        }
    }
}

impl RaiseRecord {
    /// The raise, once checked.
    fn into_raise(self) -> Raise {
        Raise {
            phase: self.phase,
            name: self.name,
            current: self.current,
            raised_to: self.raised_to,
            diff: self.diff,
            holes: self.holes,
            named: self.named,
        }
    }
}

/// Reading a plan checks it as [`TryFrom<PlanRecord>`] says, and bounds
/// its error message as every document's is
/// ([`Error::MAX_MESSAGE_LEN`](crate::Error::MAX_MESSAGE_LEN)): serde's own
/// messages quote an unknown key or a value whole.
impl<'de> serde::Deserialize<'de> for ImprovementPlan {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let record = PlanRecord::deserialize(d).map_err(crate::document::cut_error)?;
        Self::try_from(record).map_err(D::Error::custom)
    }
}

impl TryFrom<PlanRecord> for ImprovementPlan {
    type Error = Error;

    fn try_from(record: PlanRecord) -> Result<Self, Error> {
        let mut v = Violations::default();
        for (i, p) in record.priorities.iter().enumerate() {
            check_priority(&mut v, &format!("priorities[{i}]."), p);
        }
        if let Some(raise) = &record.raise {
            check_raise(&mut v, "raise.", raise);
        }
        check_threshold(&mut v, "compliance_threshold", record.compliance_threshold);
        if let Some(period) = record.period {
            check_period(&mut v, "period", period);
        }
        v.finish(Entity::ImprovementPlan, || Self {
            level: record.level,
            site: record.site,
            period: record.period,
            answers: record.answers,
            compliance_threshold: record.compliance_threshold,
            drivers: record.drivers,
            priorities: record.priorities.into_iter().map(PriorityRecord::into_priority).collect(),
            first: record.first,
            raise: record.raise.map(RaiseRecord::into_raise),
        })
    }
}

impl TryFrom<PriorityRecord> for Priority {
    type Error = Error;

    fn try_from(record: PriorityRecord) -> Result<Self, Error> {
        let mut v = Violations::default();
        check_priority(&mut v, "", &record);
        v.finish(Entity::ImprovementPlan, || record.into_priority())
    }
}

impl TryFrom<RaiseRecord> for Raise {
    type Error = Error;

    fn try_from(record: RaiseRecord) -> Result<Self, Error> {
        let mut v = Violations::default();
        check_raise(&mut v, "", &record);
        v.finish(Entity::ImprovementPlan, || record.into_raise())
    }
}
