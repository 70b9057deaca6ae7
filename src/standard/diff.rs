//! What changed between two sets of standards: added, removed, a target
//! or level changed, a statement reworded. The yearly review reads it, and
//! an improvement plan shows what raising a phase would change.

use rustc_hash::FxHashMap;

use crate::{
    model::Id, model::ServiceLevel, model::StepPath, standard::Standard, standard::StandardId,
    standard::StandardSet, standard::Target,
};

/// A standard whose target changed between two sets.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let rules = RuleSet::catalogue();
/// let diff = SetDiff::between(&rules.derive(&model, ServiceLevel::Basic), &rules.derive(&model, ServiceLevel::Exclusive));
/// let greet = diff.target_changed().iter().find(|c| c.id().rule().as_str() == "greet-on-arrival").unwrap();
/// assert_eq!((greet.before(), greet.after()), (Target::within_secs(60), Target::within_secs(15)));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Changed<T> {
    id: StandardId,
    #[cfg_attr(feature = "serde", serde(rename = "before"))]
    old: T,
    #[cfg_attr(feature = "serde", serde(rename = "after"))]
    new: T,
}

impl<T: Copy> Changed<T> {
    /// The standard.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let rules = RuleSet::catalogue();
    /// let diff = SetDiff::between(&rules.derive(&model, ServiceLevel::Basic), &rules.derive(&model, ServiceLevel::Exclusive));
    /// assert!(diff.target_changed().iter().all(|c| c.id().step().to_string() == "stay/check-in/greet"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &StandardId {
        &self.id
    }

    /// The value in the old set.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let rules = RuleSet::catalogue();
    /// let diff = SetDiff::between(&rules.derive(&model, ServiceLevel::Basic), &rules.derive(&model, ServiceLevel::Exclusive));
    /// assert!(diff.target_changed().iter().all(|c| c.after().is_at_least_as_strict_as(&c.before())));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn before(&self) -> T {
        self.old
    }

    /// The value in the new set.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let rules = RuleSet::catalogue();
    /// let diff = SetDiff::between(&rules.derive(&model, ServiceLevel::Basic), &rules.derive(&model, ServiceLevel::Exclusive));
    /// assert!(diff.target_changed().iter().all(|c| c.before() != c.after()));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn after(&self) -> T {
        self.new
    }
}

/// What changed between two sets of standards, for the yearly review: each
/// list sorted by standard id.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let rules = RuleSet::catalogue();
/// let last_year = rules.derive(&model, ServiceLevel::Basic);
/// let this_year = rules.derive(&model, ServiceLevel::Expected);
/// let diff = SetDiff::between(&last_year, &this_year);
/// assert!(diff.removed().is_empty());
/// assert!(!diff.added().is_empty());
/// assert!(!diff.is_empty());
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct SetDiff {
    added: Vec<StandardId>,
    removed: Vec<StandardId>,
    target_changed: Vec<Changed<Target>>,
    level_changed: Vec<Changed<ServiceLevel>>,
    text_changed: Vec<StandardId>,
}

impl SetDiff {
    /// What changed from `old` to `new`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(SetDiff::between(&set, &set).is_empty());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn between(old: &StandardSet, new: &StandardSet) -> Self {
        // Each id becomes a number ordered as the ids are (`ranks`); both
        // sets, sorted by number, are then merged: the lists come out in id
        // order, and no id is hashed, compared or cloned more than once.
        let (old_keys, new_keys) = ranks(old, new);
        let sorted = |keys: Vec<u64>| {
            let mut at: Vec<(u64, usize)> = keys.into_iter().enumerate().map(|(i, k)| (k, i)).collect();
            at.sort_unstable();
            at
        };
        let (old_at, new_at) = (sorted(old_keys), sorted(new_keys));
        // Merged: each old standard's partner (the last new standard with its
        // id, as `StandardSet::get` finds it) and the added standards.
        let mut partner: Vec<Option<usize>> = vec![None; old_at.len()];
        let mut added = Vec::new();
        let (mut i, mut j) = (0, 0);
        while let Some(&(k, _)) = old_at.get(i) {
            while let Some(&(_, n)) = new_at.get(j).filter(|&&(nk, _)| nk < k) {
                added.push(n);
                j += 1;
            }
            let mut last = None;
            while let Some(&(_, n)) = new_at.get(j).filter(|&&(nk, _)| nk == k) {
                last = Some(n);
                j += 1;
            }
            while let Some(&(_, o)) = old_at.get(i).filter(|&&(ok, _)| ok == k) {
                if let Some(slot) = partner.get_mut(o) {
                    *slot = last;
                }
                i += 1;
            }
        }
        added.extend(new_at.get(j..).unwrap_or_default().iter().map(|&(_, n)| n));
        // Compared in the sets' order (which reads both in memory order when
        // they come from one model), then listed in id order.
        let changes: Vec<u8> = old
            .iter()
            .zip(&partner)
            .map(|(s, &n)| changes(s, n.and_then(|n| new.as_slice().get(n))))
            .collect();
        let mut diff = Self {
            added: added.iter().filter_map(|&n| new.as_slice().get(n).map(Standard::id)).collect(),
            ..Self::default()
        };
        for &(_, o) in &old_at {
            let (Some(&c), Some(s)) = (changes.get(o), old.as_slice().get(o)) else { continue };
            if c == 0 {
                continue;
            }
            let n = partner.get(o).copied().flatten().and_then(|n| new.as_slice().get(n));
            match n {
                None => diff.removed.push(s.id()),
                Some(n) => {
                    if c & TARGET != 0 {
                        diff.target_changed.push(Changed { id: s.id(), old: s.target(), new: n.target() });
                    }
                    if c & LEVEL != 0 {
                        diff.level_changed.push(Changed {
                            id: s.id(),
                            old: s.min_level(),
                            new: n.min_level(),
                        });
                    }
                    if c & TEXT != 0 {
                        diff.text_changed.push(s.id());
                    }
                }
            }
        }
        diff
    }

    /// Standards in the new set only.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(SetDiff::between(&set, &set).added().is_empty());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn added(&self) -> &[StandardId] {
        &self.added
    }

    /// Standards in the old set only.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(SetDiff::between(&set, &set).removed().is_empty());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn removed(&self) -> &[StandardId] {
        &self.removed
    }

    /// Standards in both whose target changed.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(SetDiff::between(&set, &set).target_changed().is_empty());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn target_changed(&self) -> &[Changed<Target>] {
        &self.target_changed
    }

    /// Standards in both whose level changed (a rule moved between basic,
    /// expected and exclusive).
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(SetDiff::between(&set, &set).level_changed().is_empty());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn level_changed(&self) -> &[Changed<ServiceLevel>] {
        &self.level_changed
    }

    /// Standards in both whose statement was reworded (target changes alone
    /// are not rewording).
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(SetDiff::between(&set, &set).text_changed().is_empty());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn text_changed(&self) -> &[StandardId] {
        &self.text_changed
    }

    /// Whether nothing changed.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(SetDiff::between(&set, &set).is_empty());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.target_changed.is_empty()
            && self.level_changed.is_empty()
            && self.text_changed.is_empty()
    }
}

/// A change: the target.
const TARGET: u8 = 1;
/// A change: the level.
const LEVEL: u8 = 2;
/// A change: the wording.
const TEXT: u8 = 4;
/// A change: the standard is gone.
const REMOVED: u8 = 8;

/// What changed from `s` to `n`, the new standard with its id (if any), as
/// the sum of the changes above.
fn changes(s: &Standard, n: Option<&Standard>) -> u8 {
    let Some(n) = n else { return REMOVED };
    let mut c = 0;
    if n.target() != s.target() {
        c |= TARGET;
    }
    if n.min_level() != s.min_level() {
        c |= LEVEL;
    }
    // Compare the wording, not the target inside it: on the data the
    // statements are rendered from, or as text where a standard was read
    // from a document.
    if !n.same_wording(s).unwrap_or_else(|| wording(n) == wording(s)) {
        c |= TEXT;
    }
    c
}

/// Every standard of `old` and of `new` as a number ordered and equal as
/// its id: the rank of its rule among the rules of both sets, then that of
/// its step among their steps. Sets keep a step's standards together, so
/// steps are ranked once per run of standards, not once per standard.
fn ranks<'a>(old: &'a StandardSet, new: &'a StandardSet) -> (Vec<u64>, Vec<u64>) {
    let mut rules: FxHashMap<&'a str, usize> = FxHashMap::default();
    let mut steps: Vec<&'a StepPath> = Vec::new();
    // Per standard: its rule's and its run's place in `rules` and `steps`.
    // A run of the new set whose step is that of one of the next few runs of
    // the old set (`known` runs) takes its place: sets of one model list
    // their steps in the same order. Any other run gets a place of its own.
    let mut places = |set: &'a StandardSet, known: usize| -> Vec<(usize, usize)> {
        let mut out = Vec::with_capacity(set.len());
        let (mut run, mut place, mut cursor): (Option<&StepPath>, usize, usize) = (None, 0, 0);
        for s in set.iter() {
            let next = rules.len();
            let rule = *rules.entry(s.rule().as_str()).or_insert(next);
            if run != Some(s.step()) {
                run = Some(s.step());
                let end = known.min(cursor + 4);
                if let Some(c) = (cursor..end).find(|&c| steps.get(c) == Some(&s.step())) {
                    (place, cursor) = (c, c + 1);
                } else {
                    place = steps.len();
                    steps.push(s.step());
                }
            }
            out.push((rule, place));
        }
        out
    };
    let old_places = places(old, 0);
    let new_places = places(new, old_places.last().map_or(0, |&(_, p)| p + 1));
    // Ranks: places sorted by what they stand for, equal ones sharing a rank.
    let mut rule_rank = vec![0u64; rules.len()];
    let mut by_rule: Vec<(&str, usize)> = rules.into_iter().collect();
    by_rule.sort_unstable();
    rank(&by_rule, &mut rule_rank, |a, b| a.0 == b.0);
    let mut step_rank = vec![0u64; steps.len()];
    let mut by_step: Vec<(&StepPath, usize)> = steps.into_iter().enumerate().map(|(i, p)| (p, i)).collect();
    by_step.sort_unstable_by(|a, b| cmp_path(a.0, b.0).then(a.1.cmp(&b.1)));
    rank(&by_step, &mut step_rank, |a, b| a.0 == b.0);
    let key = |places: Vec<(usize, usize)>| -> Vec<u64> {
        places
            .into_iter()
            .map(|(r, p)| {
                let r = rule_rank.get(r).copied().unwrap_or_default();
                let p = step_rank.get(p).copied().unwrap_or_default();
                (r << 32) | p
            })
            .collect()
    };
    (key(old_places), key(new_places))
}

/// Paths in the order of `StepPath`'s `Ord`, without reading ids that are
/// one shared string (as they are in sets derived from one model).
fn cmp_path(a: &StepPath, b: &StepPath) -> std::cmp::Ordering {
    let id = |a: &Id, b: &Id| {
        if std::ptr::eq(a.as_str(), b.as_str()) {
            std::cmp::Ordering::Equal
        } else {
            a.as_str().cmp(b.as_str())
        }
    };
    id(a.sequence(), b.sequence()).then_with(|| id(a.phase(), b.phase())).then_with(|| id(a.step(), b.step()))
}

/// Writes into `ranks` the rank of each place of `sorted` (its second item):
/// one more than the previous place's, or the same where `same` says the
/// two stand for the same thing.
fn rank<T>(sorted: &[(T, usize)], ranks: &mut [u64], same: impl Fn(&(T, usize), &(T, usize)) -> bool) {
    let mut r = 0;
    let mut previous: Option<&(T, usize)> = None;
    for item in sorted {
        if previous.is_some_and(|p| !same(p, item)) {
            r += 1;
        }
        if let Some(slot) = ranks.get_mut(item.1) {
            *slot = r;
        }
        previous = Some(item);
    }
}

/// A standard's statement with its own target put back as `{target}`, so that
/// a standard read from a document (whose statement is text alone) and
/// another standard compare by wording alone.
fn wording(s: &Standard) -> String {
    s.statement().replace(&s.target().to_string(), "{target}")
}
