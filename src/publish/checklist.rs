//! Audit checklists generated from a standard set.

use std::fmt::Write as _;

use crate::{
    model::Channel, model::PhasePath, model::ServiceLevel, standard::Locale, standard::Standard,
    standard::StandardSet,
};

/// Which standards a [`Checklist`] takes: every condition given must hold.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let filter = ChecklistFilter::new()
///     .department("front-office")
///     .phase("stay/check-in".parse()?)
///     .channel(Channel::FaceToFace)
///     .min_level(ServiceLevel::Basic);
/// let list = Checklist::new(&set, &filter);
/// assert!(!list.is_empty());
/// assert!(list.items().iter().all(|i| i.standard().min_level() == ServiceLevel::Basic));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct ChecklistFilter {
    department: Option<String>,
    phase: Option<PhasePath>,
    channel: Option<Channel>,
    level: Option<ServiceLevel>,
    policies: bool,
}

impl ChecklistFilter {
    /// A filter that takes every standard.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{publish::Checklist, publish::ChecklistFilter, RuleSet, ServiceLevel};
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(Checklist::new(&set, &ChecklistFilter::new()).len(), set.len());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    crate::setters::setters! {
        /// Only standards of steps this department owns.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
        /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
        /// // The front office owns the model's one step; billing owns none:
        /// assert_eq!(Checklist::new(&set, &ChecklistFilter::new().department("front-office")).len(), set.len());
        /// assert!(Checklist::new(&set, &ChecklistFilter::new().department("billing")).is_empty());
        /// # Ok::<(), Error>(())
        /// ```
        fn department(department: impl Into<String>) { department = Some(department.into()) }

        /// Only standards of one phase of a sequence.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
        /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
        /// assert_eq!(Checklist::new(&set, &ChecklistFilter::new().phase("stay/check-in".parse()?)).len(), set.len());
        /// assert!(Checklist::new(&set, &ChecklistFilter::new().phase("stay/check-out".parse()?)).is_empty());
        /// # Ok::<(), Error>(())
        /// ```
        fn phase(phase: PhasePath) { phase = Some(phase) }

        /// Only standards that apply on this channel.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
        /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
        /// // The model's one step is face to face:
        /// assert_eq!(Checklist::new(&set, &ChecklistFilter::new().channel(Channel::FaceToFace)).len(), set.len());
        /// assert!(Checklist::new(&set, &ChecklistFilter::new().channel(Channel::Telephone)).is_empty());
        /// # Ok::<(), Error>(())
        /// ```
        fn channel(channel: Channel) { channel = Some(channel) }

        /// Only standards whose lowest level is this one.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::prelude::*;
        /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
        /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
        /// let basic = Checklist::new(&set, &ChecklistFilter::new().min_level(ServiceLevel::Basic));
        /// assert!(basic.items().iter().all(|i| i.standard().min_level() == ServiceLevel::Basic));
        /// assert!(basic.len() < set.len());
        /// # Ok::<(), Error>(())
        /// ```
        fn min_level(level: ServiceLevel) { level = Some(level) }

        /// Also takes the set's policies (of the department filtered for, or
        /// all): an audit can then check them too, by the id of the standard
        /// each was derived as.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{publish::Checklist, publish::ChecklistFilter, RuleSet, ServiceLevel};
        /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
        /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
        /// let with = Checklist::new(&set, &ChecklistFilter::new().with_policies());
        /// assert_eq!(with.len(), set.len() + set.policies().len());
        /// assert_eq!(with.items().iter().filter(|i| i.is_policy()).count(), set.policies().len());
        /// # Ok::<(), service_standards::Error>(())
        /// ```
        fn with_policies() { policies = true }
    }

    fn takes_policy(&self, p: &crate::standard::Policy) -> bool {
        self.policies
            && self.department.as_ref().is_none_or(|d| p.department().is_none_or(|pd| pd.as_str() == d))
            && self.phase.is_none()
            && self.channel.is_none_or(|c| p.standard().channels().contains(c))
            && self.level.is_none_or(|l| p.standard().min_level() == l)
    }

    fn takes(&self, s: &Standard) -> bool {
        self.department.as_ref().is_none_or(|d| s.department().is_some_and(|sd| sd.as_str() == d))
            && self.phase.as_ref().is_none_or(|p| p.contains(s.step()))
            && self.channel.is_none_or(|c| s.channels().contains(c))
            && self.level.is_none_or(|l| s.min_level() == l)
    }
}

/// One line of a checklist: a standard to check, with what it requires.
///
/// # Examples
///
/// ```
/// use service_standards::{publish::Checklist, publish::ChecklistFilter, RuleSet, ServiceLevel};
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let list = Checklist::new(&set, &ChecklistFilter::new());
/// let item = &list.items()[0];
/// assert_eq!(item.standard().step().to_string(), "stay/check-in/greet");
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItem {
    pub(crate) standard: Standard,
    pub(crate) policy: bool,
}

impl ChecklistItem {
    /// Whether the item is a policy rather than a standard of a step.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let list = Checklist::new(&set, &ChecklistFilter::new());
    /// assert!(list.items().iter().all(|i| !i.is_policy()));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn is_policy(&self) -> bool {
        self.policy
    }

    /// The standard to check: its id, step, target, kind, level, channels
    /// and department (for a policy, the standard it was derived as at its
    /// first step).
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let list = Checklist::new(&set, &ChecklistFilter::new());
    /// let item = &list.items()[0];
    /// assert_eq!(item.standard(), set.iter().next().unwrap());
    /// assert_eq!(item.standard().step().phase().as_str(), "check-in");
    /// assert_eq!(item.standard().department().map(Id::as_str), Some("front-office"));
    /// assert!(item.standard().channels().contains(Channel::FaceToFace));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn standard(&self) -> &Standard {
        &self.standard
    }

    /// What to check, in the locale given.
    ///
    /// # Examples
    ///
    /// ```
    /// # use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// # let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let list = Checklist::new(&set, &ChecklistFilter::new());
    /// assert!(!list.items()[0].statement(Locale::Polish).is_empty());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn statement(&self, locale: Locale) -> String {
        locale.statement(&self.standard)
    }
}

/// The standards an auditor or mystery shopper checks, generated from a
/// [`StandardSet`], in the set's order.
///
/// # Examples
///
/// ```
/// use service_standards::prelude::*;
/// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
/// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
/// let list = Checklist::new(&set, &ChecklistFilter::new().department("front-office"));
/// assert!(!list.is_empty());
/// assert!(list.markdown(Locale::English).starts_with("| # | Standard | Target | Verdict |"));
/// # Ok::<(), Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checklist {
    pub(crate) items: Vec<ChecklistItem>,
}

impl Checklist {
    /// The standards of `set` that `filter` takes.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(Checklist::new(&set, &ChecklistFilter::new().department("spa")).len(), 0);
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn new(set: &StandardSet, filter: &ChecklistFilter) -> Self {
        let standards = set
            .iter()
            .filter(|s| filter.takes(s))
            .map(|s| ChecklistItem { standard: s.clone(), policy: false });
        let policies = set
            .policies()
            .iter()
            .filter(|p| filter.takes_policy(p))
            .map(|p| ChecklistItem { standard: p.standard().clone(), policy: true });
        Self { items: standards.chain(policies).collect() }
    }

    /// The items, in order.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(Checklist::new(&set, &ChecklistFilter::new()).items().len(), set.len());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn items(&self) -> &[ChecklistItem] {
        &self.items
    }

    /// How many items.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert_eq!(Checklist::new(&set, &ChecklistFilter::new()).len(), set.len());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether the checklist is empty.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// assert!(!Checklist::new(&set, &ChecklistFilter::new()).is_empty());
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The checklist as a Markdown table to print or fill in, one row per item.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::prelude::*;
    /// # let model = include!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/doc_model.rs"))?;
    /// let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    /// let table = Checklist::new(&set, &ChecklistFilter::new()).markdown(Locale::Polish);
    /// assert!(table.starts_with("| # | Standard | Cel | Ocena |"));
    /// # Ok::<(), Error>(())
    /// ```
    #[must_use]
    pub fn markdown(&self, locale: Locale) -> String {
        use crate::{publish::words::PublishText, standard::wording::capitalised};
        let mut out = format!(
            "| # | {} | {} | {} |\n|---|---|---|---|\n",
            locale.text(PublishText::StandardColumn),
            capitalised(locale.text(PublishText::Target)),
            locale.text(PublishText::Verdict)
        );
        for (n, item) in self.items.iter().enumerate() {
            let statement = item.statement(locale).replace('|', "\\|");
            let _ =
                writeln!(out, "| {} | {statement} | {} | |", n + 1, locale.target(item.standard().target()));
        }
        out
    }
}
