//! Audits and mystery shopping: verdicts and measurements, scored.

use std::collections::{BTreeMap, HashSet};

use rustc_hash::FxHashMap;

use crate::{
    error::Entity, error::Error, error::Problem, model::Channel, model::Id, model::PhasePath,
    model::ServiceLevel, model::StandardKind, model::StepPath, publish::Checklist, publish::ChecklistItem,
    standard::Measurement, standard::Standard, standard::StandardId, standard::Target, validate::Violations,
    vocabulary::vocabulary,
};

vocabulary! {
    /// What an auditor found for one standard.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::assess::Verdict;
    ///
    /// assert_eq!("not-applicable".parse::<Verdict>()?, Verdict::NotApplicable);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub enum Verdict(Entity::Verdict) {
        /// The standard was met.
        Pass,
        /// The standard was not met.
        Fail,
        /// The standard did not apply this time (no e-mail was sent, …): left out of the score.
        NotApplicable,
        /// The auditor could not see it: left out of the score, and counts against coverage.
        NotObserved,
    }
}

/// The weight [`AuditEntry::critical`] gives an item (every other item weighs 1).
pub(crate) const CRITICAL_WEIGHT: f64 = 3.0;

impl AuditEntry {
    /// The weight [`AuditEntry::critical`] gives an item (every other item weighs 1).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let audit = Audit::builder()
    ///     .entries([AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Pass).critical()])
    ///     .build()?;
    /// let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// let greet = report.items().iter().find(|i| i.is_critical()).unwrap();
    /// assert_eq!(greet.weight(), AuditEntry::CRITICAL_WEIGHT);
    /// # Ok::<(), Error>(())
    /// ```
    pub const CRITICAL_WEIGHT: f64 = CRITICAL_WEIGHT;
}

/// The largest weight an entry may have: sums of weights stay finite.
pub(crate) const MAX_WEIGHT: f64 = crate::error::limits::WEIGHT_AND_SCALE;

impl AuditEntry {
    /// The largest weight an entry may have: sums of weights stay finite.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Audit, assess::AuditEntry, assess::Verdict};
    ///
    /// let too_heavy = AuditEntry::new("a@b/c/d").verdict(Verdict::Pass).weight(AuditEntry::MAX_WEIGHT * 2.0);
    /// assert!(Audit::builder().entries([too_heavy]).build().is_err());
    /// ```
    pub const MAX_WEIGHT: f64 = MAX_WEIGHT;
}

/// What was recorded for one standard: a verdict, a measured value, or both,
/// with a weight.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let checklist = Checklist::new(&RuleSet::catalogue().derive(&model, ServiceLevel::Expected), &ChecklistFilter::new());
/// let greeting = AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Pass).critical();
/// let rings = AuditEntry::new("phone-answer@stay/reservation/request").measured(Measurement::Rings(4));
/// let report = Audit::builder().entries([greeting, rings]).build()?.score(&checklist);
/// let greet = report.items().iter().find(|i| i.id().to_string() == "greet-on-arrival@stay/check-in/greet").unwrap();
/// assert_eq!(greet.outcome(), Verdict::Pass);
/// assert!(greet.is_critical());
/// // This hotel's model has no reservation phase: the entry matches no item.
/// assert_eq!(report.stale()[0].to_string(), "phone-answer@stay/reservation/request");
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct AuditEntry {
    #[cfg_attr(feature = "schemars", schemars(with = "StandardId"))]
    id: String,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    verdict: Option<Verdict>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    measured: Option<Measurement>,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    weight: Option<f64>,
    /// Written only when true; documents without it (all before it existed) are not critical.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "std::ops::Not::not"))]
    critical: bool,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    note: Option<String>,
}

impl AuditEntry {
    /// An entry for the standard with this id (`rule@sequence/phase/step`).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let checklist = Checklist::new(&RuleSet::catalogue().derive(&model, ServiceLevel::Expected), &ChecklistFilter::new());
    /// let e = AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Fail);
    /// let report = Audit::builder().entries([e]).build()?.score(&checklist);
    /// assert_eq!(report.overall().count(Verdict::Fail), 1);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into(), verdict: None, measured: None, weight: None, critical: false, note: None }
    }

    crate::setters::setters! {
        /// Sets the verdict.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
        /// let checklist = Checklist::new(&RuleSet::catalogue().derive(&model, ServiceLevel::Expected), &ChecklistFilter::new());
        /// let e = AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Pass);
        /// let report = Audit::builder().entries([e]).build()?.score(&checklist);
        /// assert_eq!(report.overall().count(Verdict::Pass), 1);
        /// // Items the audit has no entry for were not observed:
        /// assert_eq!(report.overall().count(Verdict::NotObserved), checklist.len() - 1);
        /// # Ok::<(), Error>(())
        /// ```
        fn verdict(verdict: Verdict) { verdict = Some(verdict) }

        /// Sets the measured value; scoring checks it against the standard's
        /// target, and it decides the verdict.
        ///
        /// # Examples
        ///
        /// ```
        /// use std::time::Duration;
        /// use service_standards::prelude::*;
        /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
        /// let checklist = Checklist::new(&RuleSet::catalogue().derive(&model, ServiceLevel::Expected), &ChecklistFilter::new());
        /// // Greeted after 45 seconds, where the standard asks for 30:
        /// let e = AuditEntry::new("greet-on-arrival@stay/check-in/greet").measured(Measurement::Duration(Duration::from_secs(45)));
        /// let report = Audit::builder().entries([e]).build()?.score(&checklist);
        /// let greet = report.items().iter().find(|i| i.measured().is_some()).unwrap();
        /// assert_eq!(greet.outcome(), Verdict::Fail);
        /// # Ok::<(), Error>(())
        /// ```
        fn measured(value: Measurement) { measured = Some(value) }

        /// Sets the weight (default 1): above zero and at most [`AuditEntry::MAX_WEIGHT`].
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
        /// let checklist = Checklist::new(&RuleSet::catalogue().derive(&model, ServiceLevel::Expected), &ChecklistFilter::new());
        /// let e = AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Pass).weight(2.0);
        /// let report = Audit::builder().entries([e]).build()?.score(&checklist);
        /// let greet = report.items().iter().find(|i| i.id().to_string() == "greet-on-arrival@stay/check-in/greet").unwrap();
        /// assert_eq!(greet.weight(), 2.0);
        /// // A weight must be above zero:
        /// let err = Audit::builder().entries([AuditEntry::new("a@b/c/d").verdict(Verdict::Pass).weight(0.0)]).build().unwrap_err();
        /// assert_eq!(err.violations()[0].path(), "entries/a@b/c/d.weight");
        /// # Ok::<(), Error>(())
        /// ```
        fn weight(weight: f64) { weight = Some(weight) }
    }

    /// Marks the item critical, a knock-out as in mystery shopping and brand
    /// audits: if it fails, the audit fails whatever its score (see
    /// [`ComplianceReport::passes`]). It also weighs the item
    /// [`AuditEntry::CRITICAL_WEIGHT`]; a [`weight`](Self::weight) set after it changes
    /// the weight and keeps the mark. Documents keep the mark as
    /// `critical = true`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let audit = Audit::builder()
    ///     .entries([AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Fail).critical().weight(1.0)])
    ///     .build()?;
    /// let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.failed_critical()[0].to_string(), "greet-on-arrival@stay/check-in/greet");
    /// assert_eq!(report.items()[0].weight(), 1.0);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn critical(mut self) -> Self {
        self.critical = true;
        self.weight(CRITICAL_WEIGHT)
    }

    crate::setters::setters! {
        /// Adds the auditor's note.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let e = AuditEntry::new("phone-answer@stay/reservation/request").verdict(Verdict::Fail);
        /// let noted = Audit::builder().entries([e.clone().note("answered on the 4th ring")]).build()?;
        /// // The audit keeps the note (and writes it to its document):
        /// assert_ne!(noted, Audit::builder().entries([e]).build()?);
        /// # Ok::<(), Error>(())
        /// ```
        fn note(note: impl Into<String>) { note = Some(note.into()) }
    }
}

/// A checked entry.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    id: StandardId,
    verdict: Option<Verdict>,
    measured: Option<Measurement>,
    weight: f64,
    critical: bool,
    note: Option<String>,
}

/// An audit (or a mystery-shopping visit): what was found for each standard.
/// Built by [`AuditBuilder`] or read from a document, with the same checks.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let checklist = Checklist::new(&set, &ChecklistFilter::new());
/// let audit = Audit::builder()
///     .entries([
///         AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Pass).critical(),
///         AuditEntry::new("uniform-and-badge@stay/check-in/greet").verdict(Verdict::Fail),
///     ])
///     .build()?;
/// let report = audit.score(&checklist);
/// assert_eq!(report.overall().score(), Some(0.75));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Audit {
    entries: Vec<Entry>,
}

/// Builds an [`Audit`]; [`build`](Self::build) checks every entry.
///
/// # Examples
///
/// ```
/// use service_standards::{Audit, assess::AuditEntry, assess::Verdict};
///
/// let audit = Audit::builder().entries([AuditEntry::new("a@b/c/d").verdict(Verdict::Pass)]).build()?;
/// assert_eq!(audit.len(), 1);
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuditBuilder {
    entries: Vec<AuditEntry>,
}

impl Audit {
    /// A builder for an audit.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Audit;
    ///
    /// assert_eq!(Audit::builder().build()?.len(), 0);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn builder() -> AuditBuilder {
        AuditBuilder::default()
    }

    /// How many entries the audit holds.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Audit, assess::AuditEntry, assess::Verdict};
    ///
    /// let audit = Audit::builder().entries([AuditEntry::new("a@b/c/d").verdict(Verdict::Pass)]).build()?;
    /// assert_eq!(audit.len(), 1);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the audit is empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::Audit;
    ///
    /// assert!(Audit::builder().build()?.is_empty());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// A builder holding these entries.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Audit, assess::AuditEntry, assess::Verdict};
    ///
    /// let audit = Audit::builder().entries([AuditEntry::new("a@b/c/d").verdict(Verdict::Pass)]).build()?;
    /// assert_eq!(audit.to_builder().build()?, audit);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn to_builder(&self) -> AuditBuilder {
        AuditBuilder {
            entries: self
                .entries
                .iter()
                .map(|e| AuditEntry {
                    id: e.id.to_string(),
                    verdict: e.verdict,
                    measured: e.measured,
                    weight: (e.weight != 1.0).then_some(e.weight),
                    critical: e.critical,
                    note: e.note.clone(),
                })
                .collect(),
        }
    }

    /// Scores the audit on a checklist.
    ///
    /// Each item's outcome: its measured value checked against its target if
    /// one was recorded (a recorded verdict that disagrees is listed in
    /// [`ComplianceReport::conflicts`]; the measurement wins), else its verdict,
    /// else not observed. A measured value of a kind the target cannot be
    /// checked against (rings against "always", a yes/no against a number of
    /// rings) is a recording error, not a failure of the service: the item is
    /// listed in [`ComplianceReport::mismatched`] and counts as not observed,
    /// whatever verdict was recorded with it. The score is Σ weight × pass ÷
    /// Σ weight × (pass + fail): not-applicable and not-observed items are
    /// left out. Coverage (the share of items with a pass, fail or
    /// not-applicable) is reported apart. Failed [critical](AuditEntry::critical)
    /// items are listed in [`ComplianceReport::failed_critical`]. Entries for
    /// standards not on the checklist are listed as
    /// [`stale`](ComplianceReport::stale), never dropped silently.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let audit = Audit::builder()
    ///     .entries([
    ///         AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Pass),
    ///         AuditEntry::new("gone@stay/check-in/greet").verdict(Verdict::Pass),
    ///     ])
    ///     .build()?;
    /// let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.stale().len(), 1);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn score(&self, checklist: &Checklist) -> ComplianceReport {
        let mut report =
            ComplianceReport { items: Vec::with_capacity(checklist.items.len()), ..Default::default() };
        // Each entry's item, found by probing the checklist's ids with the
        // entries in the audit's order: that reads the entries' ids in the
        // order they lie in memory, and, when the audit follows its
        // checklist, the items' ids in order too. Entries no item takes are
        // stale. An id on the checklist twice takes its entry at each place.
        let ids: Vec<StandardId> = checklist.items.iter().map(|item| item.standard().id()).collect();
        let first = first_places(&ids);
        let mut entry_of: Vec<Option<&Entry>> = vec![None; ids.len()];
        {
            // Built only for an entry out of the checklist's order.
            let mut place: Option<FxHashMap<&StandardId, usize>> = None;
            // An entry with the id of the item after the last one found needs
            // no look-up (an audit that follows its checklist hashes nothing).
            let mut next = 0;
            for e in &self.entries {
                let n = if ids.get(next) == Some(&e.id) {
                    next += 1;
                    first.get(next - 1).copied()
                } else {
                    place.get_or_insert_with(|| places(&ids)).get(&e.id).copied().inspect(|&n| next = n + 1)
                };
                match n.and_then(|n| entry_of.get_mut(n)) {
                    Some(slot) => *slot = Some(e),
                    None => report.stale.push(e.id.clone()),
                }
            }
        }
        for ((item, id), first) in checklist.items.iter().map(ChecklistItem::standard).zip(ids).zip(first) {
            let entry = entry_of.get(first).copied().flatten();
            let (outcome, remark) = outcome(item.target(), entry);
            match remark {
                Remark::None => {}
                Remark::Conflict => report.conflicts.push(id.clone()),
                Remark::Mismatch => report.mismatched.push(id.clone()),
            }
            let weight = entry.map_or(1.0, |e| e.weight);
            let critical = entry.is_some_and(|e| e.critical);
            if critical && outcome == Verdict::Fail {
                report.failed_critical.push(id.clone());
            }
            report.add(item, outcome, weight);
            report.items.push(ItemResult {
                id,
                outcome,
                weight,
                critical,
                target: item.target(),
                measured: entry.and_then(|e| e.measured),
            });
        }
        let scored = || checklist.items.iter().map(ChecklistItem::standard).zip(&report.items);
        let by_phase = tallies_by(scored().map(|(item, scored)| (item.step().phase_path(), scored)));
        let by_department = tallies_by(scored().map(|(item, scored)| (item.department(), scored)));
        report.by_phase = by_phase.into_iter().map(|(phase, tally)| (phase.clone(), tally)).collect();
        report.by_department = by_department.into_iter().map(|(d, tally)| (d.cloned(), tally)).collect();
        report
    }

    /// Scores the audit on a checklist, like [`score`](Self::score), but
    /// refuses an audit with entries for standards that are not on the
    /// checklist instead of listing them as stale: for an audit that must
    /// match the standards in force exactly.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::Audit`](crate::error::Entity::Audit) naming every entry
    /// (`entries/<id>`) whose standard is not on the checklist, with
    /// [`Problem::NotOnChecklist`].
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let checklist = Checklist::new(&set, &ChecklistFilter::new());
    /// let audit = Audit::builder()
    ///     .entries([AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Pass)])
    ///     .build()?;
    /// assert_eq!(audit.score_strict(&checklist)?, audit.score(&checklist));
    ///
    /// let outdated = audit.to_builder().entries([AuditEntry::new("gone@stay/check-in/greet").verdict(Verdict::Pass)]).build()?;
    /// assert_eq!(
    ///     outdated.score_strict(&checklist).unwrap_err().to_string(),
    ///     "invalid audit: entries/gone@stay/check-in/greet: standard not on the checklist `gone@stay/check-in/greet`"
    /// );
    /// # Ok::<(), Error>(())
    /// ```
    pub fn score_strict(&self, checklist: &Checklist) -> Result<ComplianceReport, Error> {
        let report = self.score(checklist);
        let mut v = Violations::default();
        for id in report.stale() {
            v.push(format!("entries/{id}"), Problem::NotOnChecklist, id.to_string());
        }
        v.finish(Entity::Audit, || report)
    }
}

/// The outcomes of `items` tallied by key, in the keys' order, each tally
/// added to in the items' order. A run of items of one key (a checklist
/// keeps a step's standards together) adds to the tally looked up for the
/// first of them.
fn tallies_by<'a, K: Ord + Copy>(items: impl IntoIterator<Item = (K, &'a ItemResult)>) -> BTreeMap<K, Tally> {
    let mut tallies: BTreeMap<K, Tally> = BTreeMap::new();
    let mut run: Option<(K, &mut Tally)> = None;
    for (key, item) in items {
        let tally = match run.take() {
            Some((run_key, tally)) if run_key == key => tally,
            _ => tallies.entry(key).or_default(),
        };
        tally.add(item.outcome, item.weight);
        run = Some((key, tally));
    }
    tallies
}

/// Each id's first place in `ids`, by id.
fn places(ids: &[StandardId]) -> FxHashMap<&StandardId, usize> {
    let mut place = FxHashMap::with_capacity_and_hasher(ids.len(), rustc_hash::FxBuildHasher);
    for (n, id) in ids.iter().enumerate() {
        place.entry(id).or_insert(n);
    }
    place
}

/// The first place in `ids` of the id at each place. A checklist keeps the
/// ids of a step together, so only the steps of runs of ids go into a
/// table, and ids repeat only within a run (found by sorting its rules);
/// if a step comes back after another, every id goes into one table.
fn first_places(ids: &[StandardId]) -> Vec<usize> {
    let mut first: Vec<usize> = (0..ids.len()).collect();
    let mut steps: FxHashMap<&StepPath, ()> = FxHashMap::default();
    let mut run: Vec<usize> = Vec::new();
    let mut start = 0;
    while let Some(path) = ids.get(start).map(StandardId::step) {
        let end = ids
            .get(start..)
            .and_then(|rest| rest.iter().position(|id| id.step() != path))
            .map_or(ids.len(), |k| start + k);
        if steps.insert(path, ()).is_some() {
            let place = places(ids);
            return ids.iter().map(|id| place.get(id).copied().unwrap_or_default()).collect();
        }
        if end - start > 1 {
            let rule = |n: usize| ids.get(n).map(|id| id.rule().as_str());
            run.clear();
            run.extend(start..end);
            run.sort_unstable_by(|&a, &b| rule(a).cmp(&rule(b)).then(a.cmp(&b)));
            for pair in run.windows(2) {
                // Nested rather than a let chain: let chains need Rust 1.88,
                // and the crate supports 1.85 (`rust-version`).
                if let [a, b] = *pair {
                    if rule(a) == rule(b) {
                        let f = first.get(a).copied().unwrap_or(a);
                        if let Some(slot) = first.get_mut(b) {
                            *slot = f;
                        }
                    }
                }
            }
        }
        start = end;
    }
    first
}

/// What the report lists about one item besides its outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Remark {
    /// Nothing.
    None,
    /// A recorded verdict disagreed with the measurement (which decided).
    Conflict,
    /// The measurement is of a kind the target cannot be checked against.
    Mismatch,
}

/// The outcome of one item, and what to list about it.
fn outcome(target: Target, entry: Option<&Entry>) -> (Verdict, Remark) {
    let Some(entry) = entry else { return (Verdict::NotObserved, Remark::None) };
    match (entry.measured, entry.verdict) {
        (Some(m), _) if !target.accepts(m) => (Verdict::NotObserved, Remark::Mismatch),
        (Some(m), verdict) => {
            let found = if target.is_met_by(m) { Verdict::Pass } else { Verdict::Fail };
            (found, if verdict.is_some_and(|v| v != found) { Remark::Conflict } else { Remark::None })
        }
        (None, Some(v)) => (v, Remark::None),
        (None, None) => (Verdict::NotObserved, Remark::None),
    }
}

impl AuditBuilder {
    crate::setters::setters! {
        /// Adds entries.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        ///
        /// let audit = Audit::builder()
        ///     .entries([
        ///         AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Pass),
        ///         AuditEntry::new("phone-answer@stay/reservation/request").measured(Measurement::Rings(2)),
        ///     ])
        ///     .build()?;
        /// assert_eq!(audit.len(), 2);
        /// # Ok::<(), Error>(())
        /// ```
        fn entries(entries: impl IntoIterator<Item = AuditEntry>) { entries.extend(entries) }
    }

    /// Checks every entry and builds the audit.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::Audit`](crate::error::Entity::Audit) listing every entry (path
    /// `entries/<id>`) whose id is not a standard id
    /// ([`Problem::InvalidId`]), that repeats an earlier id
    /// ([`Problem::DuplicateId`]), that has neither verdict nor measurement
    /// (`.verdict`, [`Problem::MissingField`]), whose measured value cannot
    /// have been measured (`.measured`, [`Problem::MeasurementOutOfRange`]:
    /// see [`Measurement::is_in_range`]), or whose weight is not above zero
    /// and at most [`AuditEntry::MAX_WEIGHT`] (`.weight`, [`Problem::InvalidWeight`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Audit, assess::AuditEntry, assess::Verdict};
    ///
    /// let err = Audit::builder()
    ///     .entries([
    ///         AuditEntry::new("a@b/c/d").verdict(Verdict::Pass),
    ///         AuditEntry::new("a@b/c/d").verdict(Verdict::Fail).weight(0.0),
    ///     ])
    ///     .build()
    ///     .unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid audit: entries/a@b/c/d: duplicate id `a@b/c/d`; entries/a@b/c/d.weight: weight must be above zero and at most 1000000 `0`"
    /// );
    /// ```
    pub fn build(self) -> Result<Audit, Error> {
        let mut v = Violations::default();
        let mut seen = HashSet::new();
        let mut entries = Vec::with_capacity(self.entries.len());
        for e in self.entries {
            let path = format!("entries/{}", e.id);
            let id = match e.id.parse::<StandardId>() {
                Ok(id) => Some(id),
                Err(err) => {
                    let problem = err.id_problem().map_or(Problem::NotAStandardId, Problem::InvalidId);
                    v.push(path.as_str(), problem, e.id.as_str());
                    None
                }
            };
            if id.is_some() && !seen.insert(e.id.clone()) {
                v.push(path.as_str(), Problem::DuplicateId, e.id.as_str());
            }
            if e.verdict.is_none() && e.measured.is_none() {
                v.push(format!("{path}.verdict"), Problem::MissingField, "");
            }
            if let Some(measured) = e.measured.filter(|m| !m.is_in_range()) {
                v.push(format!("{path}.measured"), Problem::MeasurementOutOfRange, measured.to_string());
            }
            let weight = e.weight.unwrap_or(1.0);
            if !(weight.is_finite() && weight > 0.0 && weight <= MAX_WEIGHT) {
                v.push(format!("{path}.weight"), Problem::InvalidWeight, weight.to_string());
            }
            if let Some(id) = id {
                entries.push(Entry {
                    id,
                    verdict: e.verdict,
                    measured: e.measured,
                    weight,
                    critical: e.critical,
                    note: e.note,
                });
            }
        }
        v.finish(Entity::Audit, || Audit { entries })
    }
}

/// How one checklist item came out.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
/// assert!(report.items().iter().all(|i| i.outcome() == Verdict::NotObserved && i.weight() == 1.0));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ItemResult {
    id: StandardId,
    outcome: Verdict,
    weight: f64,
    critical: bool,
    target: Target,
    measured: Option<Measurement>,
}

impl ItemResult {
    /// The standard.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.items()[0].id(), &set.iter().next().unwrap().id());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &StandardId {
        &self.id
    }

    /// The outcome (not observed when nothing was recorded).
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.items()[0].outcome(), Verdict::NotObserved);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn outcome(&self) -> Verdict {
        self.outcome
    }

    /// The weight it counted with.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.items()[0].weight(), 1.0);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn weight(&self) -> f64 {
        self.weight
    }

    /// Whether its entry was marked [critical](AuditEntry::critical) (false
    /// when nothing was recorded).
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let id = set.iter().next().unwrap().id();
    /// let audit = Audit::builder().entries([AuditEntry::new(id.to_string()).verdict(Verdict::Pass).critical()]).build()?;
    /// let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert!(report.items()[0].is_critical());
    /// assert!(!report.items()[1].is_critical());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn is_critical(&self) -> bool {
        self.critical
    }

    /// The target it was checked against.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.items()[0].target(), set.iter().next().unwrap().target());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn target(&self) -> Target {
        self.target
    }

    /// The value measured, if one was recorded.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.items()[0].measured(), None);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn measured(&self) -> Option<Measurement> {
        self.measured
    }
}

/// Counts and weights of outcomes, for the whole audit or one part of it.
///
/// # Examples
///
/// ```
/// # use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
/// assert_eq!(report.overall().score(), None);
/// assert_eq!(report.overall().coverage(), Some(0.0));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Tally {
    pass: usize,
    fail: usize,
    not_applicable: usize,
    not_observed: usize,
    weight_passed: f64,
    weight_scored: f64,
}

impl Tally {
    fn add(&mut self, outcome: Verdict, weight: f64) {
        match outcome {
            Verdict::Pass => {
                self.pass += 1;
                self.weight_passed += weight;
                self.weight_scored += weight;
            }
            Verdict::Fail => {
                self.fail += 1;
                self.weight_scored += weight;
            }
            Verdict::NotApplicable => self.not_applicable += 1,
            Verdict::NotObserved => self.not_observed += 1,
        }
    }

    /// How many items had this outcome.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.overall().count(Verdict::NotObserved), set.len());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn count(&self, outcome: Verdict) -> usize {
        match outcome {
            Verdict::Pass => self.pass,
            Verdict::Fail => self.fail,
            Verdict::NotApplicable => self.not_applicable,
            Verdict::NotObserved => self.not_observed,
        }
    }

    /// How many items in all.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.overall().total(), set.len());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn total(&self) -> usize {
        self.pass + self.fail + self.not_applicable + self.not_observed
    }

    /// Σ weight × pass ÷ Σ weight × (pass + fail), from 0 to 1; `None` when
    /// nothing was passed or failed.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let audit = Audit::builder().entries([AuditEntry::new(set.iter().next().unwrap().id().to_string()).verdict(Verdict::Pass)]).build()?;
    /// assert_eq!(audit.score(&Checklist::new(&set, &ChecklistFilter::new())).overall().score(), Some(1.0));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn score(&self) -> Option<f64> {
        (self.weight_scored > 0.0).then(|| self.weight_passed / self.weight_scored)
    }

    /// The share of items with a pass, fail or not-applicable verdict; `None` for no items.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.overall().coverage(), Some(0.0));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    #[allow(clippy::cast_precision_loss, reason = "counts far below 2^52")]
    pub fn coverage(&self) -> Option<f64> {
        let total = self.total();
        (total > 0).then(|| (total - self.not_observed) as f64 / total as f64)
    }
}

/// The result of scoring an [`Audit`]: how far the service complied with
/// its standards. The overall score and coverage, breakdowns by phase,
/// department, channel, kind and level, every item with its weight, and the
/// stale, conflicting and mismatched entries and the failed critical items.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let audit = Audit::builder()
///     .entries([AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Pass)])
///     .build()?;
/// let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new()));
/// let (phase, tally) = &report.by_phase()[0];
/// assert_eq!(phase.to_string(), "stay/check-in");
/// assert_eq!(tally.count(Verdict::Pass), 1);
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ComplianceReport {
    overall: Tally,
    by_phase: BTreeMap<PhasePath, Tally>,
    by_department: BTreeMap<Option<Id>, Tally>,
    by_channel: BTreeMap<Channel, Tally>,
    by_kind: BTreeMap<StandardKind, Tally>,
    by_level: BTreeMap<ServiceLevel, Tally>,
    items: Vec<ItemResult>,
    stale: Vec<StandardId>,
    conflicts: Vec<StandardId>,
    mismatched: Vec<StandardId>,
    failed_critical: Vec<StandardId>,
}

impl ComplianceReport {
    fn add(&mut self, item: &Standard, outcome: Verdict, weight: f64) {
        // By phase and department: see `Audit::score`.
        self.overall.add(outcome, weight);
        for channel in item.channels() {
            self.by_channel.entry(channel).or_default().add(outcome, weight);
        }
        self.by_kind.entry(item.kind()).or_default().add(outcome, weight);
        self.by_level.entry(item.min_level()).or_default().add(outcome, weight);
    }

    /// The whole audit.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.overall().total(), set.len());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn overall(&self) -> &Tally {
        &self.overall
    }

    /// By phase, sorted by path (sequence id, then phase id).
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.by_phase().len(), 1);
    /// assert_eq!(report.by_phase()[0].0, &"stay/check-in".parse::<PhasePath>()?);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn by_phase(&self) -> Vec<(&PhasePath, &Tally)> {
        self.by_phase.iter().collect()
    }

    /// By owning department (`None`: steps without one), sorted by id.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.by_department()[0].0.map(Id::as_str), Some("front-office"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn by_department(&self) -> Vec<(Option<&Id>, &Tally)> {
        self.by_department.iter().map(|(d, t)| (d.as_ref(), t)).collect()
    }

    /// By channel (an item on two channels counts in both), in declared order.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.by_channel()[0].0, Channel::FaceToFace);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn by_channel(&self) -> Vec<(Channel, &Tally)> {
        self.by_channel.iter().map(|(c, t)| (*c, t)).collect()
    }

    /// By kind of standard, in declared order.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.by_kind()[0].0, StandardKind::PersonalContact);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn by_kind(&self) -> Vec<(StandardKind, &Tally)> {
        self.by_kind.iter().map(|(k, t)| (*k, t)).collect()
    }

    /// By level, basic first.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.by_level()[0].0, ServiceLevel::Basic);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn by_level(&self) -> Vec<(ServiceLevel, &Tally)> {
        self.by_level.iter().map(|(l, t)| (*l, t)).collect()
    }

    /// Every checklist item with its outcome and the weight it counted with.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.items().len(), set.len());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn items(&self) -> &[ItemResult] {
        &self.items
    }

    /// Entries for standards that are not on the checklist (renamed,
    /// removed, or from another set), in the audit's order.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert!(report.stale().is_empty());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn stale(&self) -> &[StandardId] {
        &self.stale
    }

    /// Items whose recorded verdict disagreed with their measured value
    /// (the measurement decided), in checklist order.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert!(report.conflicts().is_empty());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn conflicts(&self) -> &[StandardId] {
        &self.conflicts
    }

    /// Items whose measured value is of a kind their target cannot be checked
    /// against (rings against "always", a count against a time limit), in
    /// checklist order: they count as not observed, not as failed (see
    /// [`Audit::score`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let greet = set.iter().find(|s| s.target() == Target::within_secs(30)).unwrap().id();
    /// let audit = Audit::builder().entries([AuditEntry::new(greet.to_string()).measured(Measurement::Rings(2))]).build()?;
    /// let report = audit.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert_eq!(report.mismatched(), [greet]);
    /// assert_eq!(report.overall().count(Verdict::Fail), 0);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn mismatched(&self) -> &[StandardId] {
        &self.mismatched
    }

    /// Items marked [critical](AuditEntry::critical) that failed, in
    /// checklist order: any one of them fails the audit (see
    /// [`passes`](Self::passes)).
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let report = Audit::builder().build()?.score(&Checklist::new(&set, &ChecklistFilter::new()));
    /// assert!(report.failed_critical().is_empty());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn failed_critical(&self) -> &[StandardId] {
        &self.failed_critical
    }

    /// Whether the audit passes with `pass_mark`, a share from 0 to 1 (0.9
    /// for 90 %). The rule: any failed [critical](AuditEntry::critical) item
    /// fails the audit whatever the score (a knock-out); otherwise it passes
    /// when the overall [score](Tally::score) is at least `pass_mark`. An
    /// audit in which nothing was passed or failed has no score and does not
    /// pass. Critical items not observed, not applicable or
    /// [mismatched](Self::mismatched) are not failures.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::PassMark`](crate::error::Entity::PassMark) (path `pass_mark`,
    /// [`Problem::OutOfScale`]) unless `pass_mark` is a number from 0 to 1.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let checklist = Checklist::new(&set, &ChecklistFilter::new());
    /// let audit = Audit::builder()
    ///     .entries([
    ///         AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Pass).weight(9.0),
    ///         AuditEntry::new("uniform-and-badge@stay/check-in/greet").verdict(Verdict::Fail),
    ///     ])
    ///     .build()?;
    /// let report = audit.score(&checklist);
    /// assert_eq!(report.overall().score(), Some(0.9));
    /// assert!(report.passes(0.9)?);
    /// assert!(!report.passes(0.95)?);
    ///
    /// // The same with the failed item critical: a knock-out.
    /// let knocked_out = Audit::builder()
    ///     .entries([
    ///         AuditEntry::new("greet-on-arrival@stay/check-in/greet").verdict(Verdict::Pass).weight(9.0),
    ///         AuditEntry::new("uniform-and-badge@stay/check-in/greet").verdict(Verdict::Fail).critical().weight(1.0),
    ///     ])
    ///     .build()?;
    /// assert!(!knocked_out.score(&checklist).passes(0.9)?);
    ///
    /// assert_eq!(
    ///     report.passes(90.0).unwrap_err().to_string(),
    ///     "invalid pass mark: pass_mark: score outside the scale `90`"
    /// );
    /// # Ok::<(), Error>(())
    /// ```
    pub fn passes(&self, pass_mark: f64) -> Result<bool, Error> {
        let mut v = Violations::default();
        if !(0.0..=1.0).contains(&pass_mark) {
            v.push("pass_mark", Problem::OutOfScale, pass_mark.to_string());
        }
        v.finish(Entity::PassMark, || {
            self.failed_critical.is_empty() && self.overall.score().is_some_and(|score| score >= pass_mark)
        })
    }
}

/// The version of the audit document this release reads and writes.
pub(crate) const AUDIT_FORMAT_VERSION: u32 = 1;

impl Audit {
    /// The version of the audit document this release reads and writes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::assess::Audit::FORMAT_VERSION, 1);
    /// ```
    pub const FORMAT_VERSION: u32 = AUDIT_FORMAT_VERSION;
}

#[cfg(feature = "serde")]
crate::document::versioned_document! {
    /// An audit as a document.
    struct AuditDocument(Entity::Audit, AUDIT_FORMAT_VERSION) {
        entries: Vec<AuditEntry> = default,
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Audit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        AuditDocument { format_version: AUDIT_FORMAT_VERSION, entries: self.to_builder().entries }
            .serialize(s)
    }
}

/// Reading an audit runs [`AuditBuilder::build`]'s checks.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Audit {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let doc = AuditDocument::deserialize(d)?;
        AuditBuilder { entries: doc.entries }.build().map_err(D::Error::custom)
    }
}

/// The schema of the audit document.
#[cfg(feature = "schemars")]
impl schemars::JsonSchema for Audit {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Audit".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        AuditDocument::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use crate::{
        assess::Audit, assess::AuditEntry, assess::Verdict, error::Error, model::ServiceLevel,
        publish::Checklist, publish::ChecklistFilter, rules::RuleSet,
    };

    /// An id on the checklist twice, within its step's run or after other
    /// steps, takes its entry at each place, whatever the entries' order.
    #[test]
    fn repeated_ids_take_their_entry_at_each_place() -> Result<(), Error> {
        let model = include!("../../tests/fixtures/doc_model.rs")?;
        let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
        let checklist = Checklist::new(&set, &ChecklistFilter::new());
        let verdicts = [Verdict::Pass, Verdict::Fail, Verdict::NotApplicable];
        let entries: Vec<AuditEntry> = checklist
            .items()
            .iter()
            .enumerate()
            .map(|(i, item)| AuditEntry::new(item.standard().id().to_string()).verdict(verdicts[i % 3]))
            .collect();
        let in_order = Audit::builder().entries(entries.clone()).build()?;
        let reversed = Audit::builder().entries(entries.into_iter().rev()).build()?;
        assert_eq!(in_order.score(&checklist), reversed.score(&checklist));
        let mut repeated = checklist.clone();
        let (first, second) = (repeated.items[0].clone(), repeated.items[1].clone());
        repeated.items.insert(1, first);
        repeated.items.push(second);
        for audit in [&in_order, &reversed] {
            let report = audit.score(&repeated);
            let outcomes: Vec<Verdict> = report.items().iter().map(|r| r.outcome()).collect();
            assert_eq!(outcomes.len(), checklist.items().len() + 2);
            assert_eq!(
                (outcomes[0], outcomes[1], outcomes[2]),
                (Verdict::Pass, Verdict::Pass, Verdict::Fail)
            );
            assert_eq!(outcomes.last(), Some(&Verdict::Fail));
        }
        Ok(())
    }
}
