//! The yearly review: when a set of standards is due, and what changed.

use jiff::{ToSpan, civil::Date};

use crate::{
    Error, Problem, ServiceLevel, Standard, StandardId, StandardSet, Target, fx::FxHashMap,
    validate::Violations,
};

/// A set of standards issued on a date, to be reviewed after an interval of
/// at most twelve months (standards age: today's exclusive becomes
/// tomorrow's expected).
///
/// # Examples
///
/// ```
/// use jiff::civil::date;
/// use service_standards::*;
/// # let model = service_standards::doc_model()?;
/// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let issued = IssuedSet::new(set, date(2026, 3, 31)).review_every(6)?;
/// assert_eq!(issued.due_on(), date(2026, 9, 30));
/// assert!(!issued.is_overdue(date(2026, 9, 30)));
/// assert!(issued.is_overdue(date(2026, 10, 1)));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedSet {
    standards: StandardSet,
    issued_on: Date,
    review_months: u8,
}

impl IssuedSet {
    /// The longest review interval, in months.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::IssuedSet;
    ///
    /// assert_eq!(IssuedSet::MAX_REVIEW_MONTHS, 12);
    /// ```
    pub const MAX_REVIEW_MONTHS: u8 = 12;

    /// `standards` issued on `issued_on`, due for review twelve months later.
    ///
    /// # Examples
    ///
    /// ```
    /// use jiff::civil::date;
    /// use service_standards::*;
    /// # let model = service_standards::doc_model()?;
    /// let issued = IssuedSet::new(RuleSet::catalogue().derive(&model, ServiceLevel::Basic), date(2026, 1, 15));
    /// assert_eq!(issued.due_on(), date(2027, 1, 15));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn new(standards: StandardSet, issued_on: Date) -> Self {
        Self { standards, issued_on, review_months: Self::MAX_REVIEW_MONTHS }
    }

    /// The same, reviewed every `months` months.
    ///
    /// # Errors
    ///
    /// [`Error::Invalid`] (`what` = `issued set`, path `review_months`,
    /// [`Problem::ReviewInterval`]) unless `months` is 1 to 12.
    ///
    /// # Examples
    ///
    /// ```
    /// use jiff::civil::date;
    /// use service_standards::*;
    /// # let model = service_standards::doc_model()?;
    /// let issued = IssuedSet::new(RuleSet::catalogue().derive(&model, ServiceLevel::Basic), date(2026, 1, 15));
    /// assert_eq!(
    ///     issued.review_every(18).unwrap_err().to_string(),
    ///     "invalid issued set: review_months: review interval must be 1 to 12 months `18`"
    /// );
    /// # Ok::<(), Error>(())
    /// ```
    pub fn review_every(mut self, months: u8) -> Result<Self, Error> {
        let mut v = Violations::default();
        check_months(&mut v, months);
        self.review_months = months;
        v.finish("issued set", || self)
    }

    /// The standards.
    ///
    /// # Examples
    ///
    /// ```
    /// use jiff::civil::date;
    /// use service_standards::*;
    /// # let model = service_standards::doc_model()?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Basic);
    /// assert_eq!(IssuedSet::new(set.clone(), date(2026, 1, 15)).standards(), &set);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn standards(&self) -> &StandardSet {
        &self.standards
    }

    /// The date of issue.
    ///
    /// # Examples
    ///
    /// ```
    /// use jiff::civil::date;
    /// use service_standards::*;
    /// # let model = service_standards::doc_model()?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Basic);
    /// assert_eq!(IssuedSet::new(set, date(2026, 1, 15)).issued_on(), date(2026, 1, 15));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn issued_on(&self) -> Date {
        self.issued_on
    }

    /// The review interval in months (1 to 12).
    ///
    /// # Examples
    ///
    /// ```
    /// use jiff::civil::date;
    /// use service_standards::*;
    /// # let model = service_standards::doc_model()?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Basic);
    /// assert_eq!(IssuedSet::new(set, date(2026, 1, 15)).review_months(), 12);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn review_months(&self) -> u8 {
        self.review_months
    }

    /// The date the review is due: the issue date plus the interval (the
    /// last day of a shorter month when the day does not exist, e.g. 31 March
    /// + 6 months = 30 September).
    ///
    /// # Examples
    ///
    /// ```
    /// use jiff::civil::date;
    /// use service_standards::*;
    /// # let model = service_standards::doc_model()?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Basic);
    /// let issued = IssuedSet::new(set, date(2024, 2, 29));
    /// assert_eq!(issued.due_on(), date(2025, 2, 28));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn due_on(&self) -> Date {
        self.issued_on.saturating_add(i64::from(self.review_months).months())
    }

    /// Whether the review is overdue on `today` (due dates themselves are not overdue).
    ///
    /// # Examples
    ///
    /// ```
    /// use jiff::civil::date;
    /// use service_standards::*;
    /// # let model = service_standards::doc_model()?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Basic);
    /// let issued = IssuedSet::new(set, date(2025, 11, 22));
    /// assert!(!issued.is_overdue(date(2026, 11, 22)));
    /// assert!(issued.is_overdue(date(2026, 11, 23)));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn is_overdue(&self, today: Date) -> bool {
        today > self.due_on()
    }
}

fn check_months(v: &mut Violations, months: u8) {
    if !(1..=IssuedSet::MAX_REVIEW_MONTHS).contains(&months) {
        v.push("review_months", Problem::ReviewInterval, months.to_string());
    }
}

/// A standard whose target changed between two sets.
///
/// # Examples
///
/// ```
/// use service_standards::*;
/// # let model = service_standards::doc_model()?;
/// let rules = RuleSet::catalogue();
/// let diff = SetDiff::between(&rules.derive(&model, ServiceLevel::Basic), &rules.derive(&model, ServiceLevel::Exclusive));
/// let greet = diff.target_changed().iter().find(|c| c.id().rule().as_str() == "greet-on-arrival").unwrap();
/// assert_eq!((greet.before(), greet.after()), (Target::within_secs(60), Target::within_secs(10)));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed<T> {
    id: StandardId,
    old: T,
    new: T,
}

impl<T: Copy> Changed<T> {
    /// The standard.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::*;
    /// # let model = service_standards::doc_model()?;
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
    /// # use service_standards::*;
    /// # let model = service_standards::doc_model()?;
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
    /// # use service_standards::*;
    /// # let model = service_standards::doc_model()?;
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
/// use service_standards::*;
/// # let model = service_standards::doc_model()?;
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
    /// use service_standards::*;
    /// # let model = service_standards::doc_model()?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(SetDiff::between(&set, &set).is_empty());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn between(old: &StandardSet, new: &StandardSet) -> Self {
        // Ids are compared by their parts, borrowed; each list is sorted by
        // those parts (the order of ids) before its ids are cloned.
        let new_at = index(new);
        let mut removed = Vec::new();
        let mut target_changed = Vec::new();
        let mut level_changed = Vec::new();
        let mut text_changed = Vec::new();
        for s in old {
            let k = key(s);
            match new_at.get(&k).and_then(|&i| new.standards.get(i)) {
                None => removed.push((k, s)),
                Some(n) => {
                    if n.target() != s.target() {
                        target_changed.push((k, s, n));
                    }
                    if n.level() != s.level() {
                        level_changed.push((k, s, n));
                    }
                    // Compare the wording, not the target inside it.
                    if !n.surely_worded_as(s) && wording(n) != wording(s) {
                        text_changed.push((k, s));
                    }
                }
            }
        }
        let old_at = index(old);
        let mut added: Vec<_> =
            new.iter().map(|s| (key(s), s)).filter(|(k, _)| !old_at.contains_key(k)).collect();
        // Stable sorts: equal ids keep the order of the sets, as before.
        added.sort_by(|a, b| a.0.cmp(&b.0));
        removed.sort_by(|a, b| a.0.cmp(&b.0));
        target_changed.sort_by(|a, b| a.0.cmp(&b.0));
        level_changed.sort_by(|a, b| a.0.cmp(&b.0));
        text_changed.sort_by(|a, b| a.0.cmp(&b.0));
        Self {
            added: added.iter().map(|(_, s)| s.id()).collect(),
            removed: removed.iter().map(|(_, s)| s.id()).collect(),
            target_changed: target_changed
                .iter()
                .map(|(_, s, n)| Changed { id: s.id(), old: s.target(), new: n.target() })
                .collect(),
            level_changed: level_changed
                .iter()
                .map(|(_, s, n)| Changed { id: s.id(), old: s.level(), new: n.level() })
                .collect(),
            text_changed: text_changed.iter().map(|(_, s)| s.id()).collect(),
        }
    }

    /// Standards in the new set only.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::*;
    /// # let model = service_standards::doc_model()?;
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
    /// # use service_standards::*;
    /// # let model = service_standards::doc_model()?;
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
    /// # use service_standards::*;
    /// # let model = service_standards::doc_model()?;
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
    /// # use service_standards::*;
    /// # let model = service_standards::doc_model()?;
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
    /// # use service_standards::*;
    /// # let model = service_standards::doc_model()?;
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
    /// # use service_standards::*;
    /// # let model = service_standards::doc_model()?;
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

/// A standard's id as borrowed parts (rule, sequence, phase, step): equal,
/// ordered and hashed as the [`StandardId`] itself, without cloning it.
type Key<'a> = (&'a str, &'a str, &'a str, &'a str);

/// The id of `s` as a [`Key`].
fn key(s: &Standard) -> Key<'_> {
    let p = s.step();
    (s.rule().as_str(), p.sequence().as_str(), p.phase().as_str(), p.step().as_str())
}

/// Positions by id (the last of an id, as [`StandardSet::get`] finds it).
fn index(set: &StandardSet) -> FxHashMap<Key<'_>, usize> {
    let mut at = crate::fx::map_with_capacity(set.len());
    for (i, s) in set.iter().enumerate() {
        at.insert(key(s), i);
    }
    at
}

/// A standard's statement with its own target put back as `{target}`, so that
/// sets derived now and sets read from documents compare by wording alone.
fn wording(s: &Standard) -> String {
    s.statement().replace(&s.target().to_string(), "{target}")
}

/// The version of the issued set document this release reads and writes.
///
/// # Examples
///
/// ```
/// assert_eq!(service_standards::ISSUED_FORMAT_VERSION, 1);
/// ```
pub const ISSUED_FORMAT_VERSION: u32 = 1;

#[cfg(feature = "serde")]
crate::document::versioned_document! {
    /// An issued set as a document.
    struct IssuedDocument("issued set", ISSUED_FORMAT_VERSION) {
        #[cfg_attr(feature = "schemars", schemars(with = "String"))]
        issued_on: Date,
        review_months: u8,
        standards: StandardSet,
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for IssuedSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        IssuedDocument {
            format_version: ISSUED_FORMAT_VERSION,
            issued_on: self.issued_on,
            review_months: self.review_months,
            standards: self.standards.clone(),
        }
        .serialize(s)
    }
}

/// Reading an issued set checks its review interval (1 to 12 months) and its standards.
#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for IssuedSet {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error as _;
        let doc = IssuedDocument::deserialize(d)?;
        IssuedSet::new(doc.standards, doc.issued_on).review_every(doc.review_months).map_err(D::Error::custom)
    }
}
