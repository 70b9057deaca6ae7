//! The yearly review: when a set of standards is due, and what changed.

use jiff::{ToSpan, civil::Date};

use crate::{error::Entity, error::Error, error::Problem, standard::StandardSet, validate::Violations};

/// A set of standards issued on a date, to be reviewed after an interval of
/// at most twelve months (standards age: today's exclusive becomes
/// tomorrow's expected).
///
/// # Examples
///
/// ```
/// use jiff::civil::date;
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
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
    /// use service_standards::publish::IssuedSet;
    ///
    /// assert_eq!(IssuedSet::MAX_REVIEW_MONTHS, 12);
    /// ```
    pub const MAX_REVIEW_MONTHS: u8 = crate::error::limits::REVIEW_MONTHS;

    /// `standards` issued on `issued_on`, due for review twelve months later.
    ///
    /// # Examples
    ///
    /// ```
    /// use jiff::civil::date;
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
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
    /// An error about [`Entity::IssuedSet`](crate::error::Entity::IssuedSet) (path `review_months`,
    /// [`Problem::ReviewInterval`]) unless `months` is 1 to
    /// [`MAX_REVIEW_MONTHS`](Self::MAX_REVIEW_MONTHS).
    ///
    /// # Examples
    ///
    /// ```
    /// use jiff::civil::date;
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
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
        v.finish(Entity::IssuedSet, || self)
    }

    /// The standards.
    ///
    /// # Examples
    ///
    /// ```
    /// use jiff::civil::date;
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
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
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
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
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
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
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
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
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
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

/// The version of the issued set document this release reads and writes.
pub(crate) const ISSUED_FORMAT_VERSION: u32 = 1;

impl IssuedSet {
    /// The version of the issued set document this release reads and writes.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(service_standards::publish::IssuedSet::FORMAT_VERSION, 1);
    /// ```
    pub const FORMAT_VERSION: u32 = ISSUED_FORMAT_VERSION;
}

#[cfg(feature = "serde")]
crate::document::versioned_document! {
    /// An issued set as a document.
    struct IssuedDocument(Entity::IssuedSet, ISSUED_FORMAT_VERSION) {
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
