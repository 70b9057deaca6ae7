//! Why a subject falls short: [`Cause`], read from the audit's compliance.

use std::collections::HashMap;

use crate::{
    assess::ComplianceReport, assess::Verdict, model::PhasePath, model::QualityDimension,
    standard::StandardSet, survey::Subject,
};

use super::NamedStandard;

/// Why a subject of an [`ImprovementPlan`] falls short of what customers
/// expect, read from its audit compliance: the two causes call for
/// different work, and a plan must not propose tighter standards where
/// today's are not lived.
///
/// The line between them is the plan's
/// [compliance threshold](super::ImprovementPlanBuilder::compliance_threshold)
/// ([`ImprovementPlan::COMPLIANCE_THRESHOLD`], 80 %, unless set).
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// use service_standards::assess::Cause;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let report = Audit::builder()
///     .entries([AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Fail)])
///     .build()?
///     .score(&Checklist::new(&set, &ChecklistFilter::new()));
/// let feedback = Feedback::builder(Scale::new(1.0, 7.0)?)
///     .items([FeedbackItem::new(Subject::Phase("stay/check-in".parse()?), 6.0, 4.0)])
///     .build()?;
/// let (rules, current) = (RuleSet::catalogue(), Levels::new(ServiceLevel::Expected));
/// let gaps = feedback.gaps();
/// let audited = ImprovementPlan::builder(&model, &rules, &current, &gaps).compliance(&report).build()?;
/// assert_eq!(audited.priorities()[0].cause(), Some(Cause::NotMet));
/// let unaudited = ImprovementPlan::builder(&model, &rules, &current, &gaps).build()?;
/// assert_eq!(unaudited.priorities()[0].cause(), Some(Cause::Unknown));
/// # Ok::<(), Error>(())
/// ```
///
/// [`ImprovementPlan`]: super::ImprovementPlan
/// [`ImprovementPlan::COMPLIANCE_THRESHOLD`]: super::ImprovementPlan::COMPLIANCE_THRESHOLD
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Cause {
    /// "We do not do what our standards say": compliance below the
    /// threshold. Train, staff and enforce the current standards (the
    /// plan lists those the audit found not met) before raising any.
    NotMet,
    /// "Our standards are too low": compliance at or above the threshold
    /// and the gap remains. Raise the standards (for a phase, the plan
    /// shows the [`SetDiff`] of raising it one level).
    ///
    /// [`SetDiff`]: crate::standard::SetDiff
    TooLow,
    /// No audit scored the subject: the plan does not guess which of the
    /// two it is, and proposes an audit first.
    Unknown,
}

/// An audit's report read for a plan: the compliance of each phase (as the
/// report scores it) and of each dimension (the standards of that
/// dimension, weighted as the report weighs them).
pub(super) struct Audited<'r> {
    pub(super) report: &'r ComplianceReport,
    pub(super) phases: HashMap<&'r PhasePath, Option<f64>>,
    pub(super) dimensions: HashMap<QualityDimension, (f64, f64)>,
}

impl<'r> Audited<'r> {
    pub(super) fn new(report: &'r ComplianceReport, now: &StandardSet) -> Self {
        let phases = report.by_phase().into_iter().map(|(p, t)| (p, t.score())).collect();
        let mut dimensions: HashMap<QualityDimension, (f64, f64)> = HashMap::new();
        for item in report.items() {
            let Some(standard) = now.get(item.id()) else { continue };
            let (passed, scored) = dimensions.entry(standard.dimension()).or_default();
            match item.outcome() {
                Verdict::Pass => {
                    *passed += item.weight();
                    *scored += item.weight();
                }
                Verdict::Fail => *scored += item.weight(),
                _ => {}
            }
        }
        Self { report, phases, dimensions }
    }

    /// The subject's compliance, from 0 to 1; `None` where nothing of it
    /// was passed or failed.
    pub(super) fn score(&self, subject: &Subject) -> Option<f64> {
        match subject {
            Subject::Phase(path) => self.phases.get(path).copied().flatten(),
            Subject::Dimension(d) => {
                self.dimensions.get(d).and_then(|&(passed, scored)| (scored > 0.0).then(|| passed / scored))
            }
            Subject::Overall => None,
        }
    }

    /// The subject's standards the audit failed, in the report's order.
    pub(super) fn unmet(&self, subject: &Subject, now: &StandardSet) -> Vec<NamedStandard> {
        self.report
            .items()
            .iter()
            .filter(|item| item.outcome() == Verdict::Fail)
            .filter(|item| match subject {
                Subject::Phase(path) => path.contains(item.id().step()),
                Subject::Dimension(d) => now.get(item.id()).is_some_and(|s| s.dimension() == *d),
                Subject::Overall => false,
            })
            .filter_map(|item| NamedStandard::from_set(now, item.id()))
            .collect()
    }
}
