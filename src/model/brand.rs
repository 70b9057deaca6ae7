//! The brand behind the service, and the departments that deliver it.

use crate::{
    error::Entity, error::Error, model::EnumSet, model::Id, validate::Violations, vocabulary::vocabulary,
};

vocabulary! {
    /// An emotion the company wants its service to evoke in customers.
    /// Staff create it through language and gestures; rules turn the brand's
    /// emotions into standards.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Emotion;
    ///
    /// assert_eq!("delight".parse::<Emotion>()?, Emotion::Delight);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub enum Emotion(Entity::Emotion) {
        /// Confidence that the firm will keep its word.
        Trust,
        /// Feeling welcome and liked.
        Warmth,
        /// Pleasant surprise and joy.
        Delight,
        /// Being at ease, free of worry.
        Calm,
        /// Feeling capable and in control.
        Confidence,
        /// Feeling part of a community of customers.
        Belonging,
        /// Feeling valued and taken seriously.
        Respect,
        /// Everything is effortless.
        Ease,
        /// Energy and anticipation.
        Excitement,
        /// Being looked after.
        Care,
    }
}

/// Whether a behaviour fits the brand or goes against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Stance {
    On,
    Off,
}

/// A behaviour of staff that fits the brand (on-brand) or goes against it
/// (off-brand), for all departments or for one. Each department posts its list
/// where everyone sees it. Built through [`BrandBuilder`].
///
/// # Examples
///
/// ```
/// use service_standards::model::Brand;
///
/// let brand = Brand::builder()
///     .on_brand("Greet every guest by name when you know it")
///     .off_brand_in("front-office", "Finish a phone call while a guest waits at the desk")
///     .build()?;
/// let off = brand.off_brand().next().unwrap();
/// assert_eq!(off.department().map(|d| d.as_str()), Some("front-office"));
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Behaviour {
    text: String,
    department: Option<Id>,
}

impl Behaviour {
    /// What staff do (or must not do).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Brand;
    ///
    /// let brand = Brand::builder().on_brand("Smile").build()?;
    /// assert_eq!(brand.on_brand().next().map(|b| b.text()), Some("Smile"));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The one department it is for, or `None` for every department.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Brand;
    ///
    /// let brand = Brand::builder().on_brand("Smile").build()?;
    /// assert_eq!(brand.on_brand().next().and_then(|b| b.department()), None);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn department(&self) -> Option<&Id> {
        self.department.as_ref()
    }

    /// Whether the behaviour applies in `department`: it names it, or names none.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Brand, Id};
    ///
    /// let brand = Brand::builder().on_brand_in("billing", "Thank the customer").build()?;
    /// let b = brand.on_brand().next().unwrap();
    /// assert!(b.applies_to(&Id::new("billing")?));
    /// assert!(!b.applies_to(&Id::new("housekeeping")?));
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn applies_to(&self, department: &Id) -> bool {
        self.department.as_ref().is_none_or(|d| d == department)
    }
}

/// What the brand stands for: the emotions its service should evoke, its
/// values, and the behaviours that fit it or go against it.
///
/// # Examples
///
/// ```
/// use service_standards::{model::Brand, model::Emotion};
///
/// let brand = Brand::builder()
///     .emotions([Emotion::Warmth, Emotion::Trust])
///     .value("Hospitality without fuss")
///     .on_brand("Walk the guest to the lift")
///     .off_brand("Point at the lift without looking up")
///     .build()?;
/// assert!(brand.emotions().contains(Emotion::Warmth));
/// assert_eq!(brand.values(), ["Hospitality without fuss"]);
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Brand {
    emotions: EnumSet<Emotion>,
    values: Vec<String>,
    on_brand: Vec<Behaviour>,
    off_brand: Vec<Behaviour>,
}

impl Brand {
    /// A builder for a brand with nothing in it yet.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Brand;
    ///
    /// assert_eq!(Brand::builder().build()?, Brand::default());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn builder() -> BrandBuilder {
        BrandBuilder::default()
    }

    /// The emotions to evoke.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Brand, model::Emotion};
    ///
    /// let brand = Brand::builder().emotions([Emotion::Calm]).build()?;
    /// assert_eq!(brand.emotions().len(), 1);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn emotions(&self) -> EnumSet<Emotion> {
        self.emotions
    }

    /// The values the brand stands for, in the order given.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Brand;
    ///
    /// let brand = Brand::builder().value("Honesty").build()?;
    /// assert_eq!(brand.values(), ["Honesty"]);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn values(&self) -> &[String] {
        &self.values
    }

    /// The on-brand behaviours, in the order given.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Brand;
    ///
    /// let brand = Brand::builder().on_brand("Smile").build()?;
    /// assert_eq!(brand.on_brand().count(), 1);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn on_brand(&self) -> impl ExactSizeIterator<Item = &Behaviour> {
        self.on_brand.iter()
    }

    /// The off-brand behaviours, in the order given.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Brand;
    ///
    /// let brand = Brand::builder().off_brand("Chew gum").build()?;
    /// assert_eq!(brand.off_brand().count(), 1);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn off_brand(&self) -> impl ExactSizeIterator<Item = &Behaviour> {
        self.off_brand.iter()
    }
}

/// Builds a [`Brand`]. Setters never fail; [`build`](Self::build) checks.
///
/// # Examples
///
/// ```
/// use service_standards::{model::Brand, model::Emotion};
///
/// let brand = Brand::builder().emotions([Emotion::Care]).value("Care").build()?;
/// assert_eq!(brand.values().len(), 1);
/// # Ok::<(), service_standards::Error>(())
/// ```
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct BrandBuilder {
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "EnumSet::is_empty"))]
    emotions: EnumSet<Emotion>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    values: Vec<String>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    on_brand: Vec<BehaviourDraft>,
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    off_brand: Vec<BehaviourDraft>,
}

/// A behaviour as written, before checks.
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub(crate) struct BehaviourDraft {
    text: String,
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::model::Id>"))]
    department: Option<String>,
}

impl BrandBuilder {
    crate::setters::setters! {
        /// Adds emotions to evoke.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::{model::Brand, model::Emotion};
        ///
        /// let brand = Brand::builder().emotions([Emotion::Trust, Emotion::Calm]).build()?;
        /// assert_eq!(brand.emotions().len(), 2);
        /// # Ok::<(), service_standards::Error>(())
        /// ```
        fn emotions(emotions: impl IntoIterator<Item = Emotion>) { emotions.extend(emotions) }

        /// Adds a value the brand stands for; it must not be blank.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::model::Brand;
        ///
        /// assert!(Brand::builder().value(" ").build().is_err());
        /// ```
        fn value(value: impl Into<String>) { values.push(value.into()) }

        /// Adds an on-brand behaviour for every department.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::model::Brand;
        ///
        /// assert_eq!(Brand::builder().on_brand("Smile").build()?.on_brand().len(), 1);
        /// # Ok::<(), service_standards::Error>(())
        /// ```
        fn on_brand(text: impl Into<String>) {
            on_brand.push(BehaviourDraft { text: text.into(), department: None })
        }

        /// Adds an on-brand behaviour for one department (by id).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::model::Brand;
        ///
        /// let brand = Brand::builder().on_brand_in("billing", "Thank the customer in every letter").build()?;
        /// assert_eq!(brand.on_brand().len(), 1);
        /// # Ok::<(), service_standards::Error>(())
        /// ```
        fn on_brand_in(department: impl Into<String>, text: impl Into<String>) {
            on_brand.push(BehaviourDraft { text: text.into(), department: Some(department.into()) })
        }

        /// Adds an off-brand behaviour for every department.
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::model::Brand;
        ///
        /// assert_eq!(Brand::builder().off_brand("Argue").build()?.off_brand().len(), 1);
        /// # Ok::<(), service_standards::Error>(())
        /// ```
        fn off_brand(text: impl Into<String>) {
            off_brand.push(BehaviourDraft { text: text.into(), department: None })
        }

        /// Adds an off-brand behaviour for one department (by id).
        ///
        /// # Examples
        ///
        /// ```
        /// use service_standards::model::Brand;
        ///
        /// let brand = Brand::builder().off_brand_in("billing", "Send a reminder without a greeting").build()?;
        /// assert_eq!(brand.off_brand().len(), 1);
        /// # Ok::<(), service_standards::Error>(())
        /// ```
        fn off_brand_in(department: impl Into<String>, text: impl Into<String>) {
            off_brand.push(BehaviourDraft { text: text.into(), department: Some(department.into()) })
        }
    }

    /// Checks the brand on its own: no value or behaviour blank or holding a
    /// control or bidirectional formatting character, and every
    /// department named by a behaviour is a valid id. (Inside a
    /// [`ServiceModel`](crate::model::ServiceModel), departments must also exist.)
    ///
    /// # Errors
    ///
    /// An error about [`Entity::Brand`](crate::error::Entity::Brand) listing every violation, with paths like
    /// `brand.values[0]` and `brand.on_brand[1].department`.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Brand;
    ///
    /// let err = Brand::builder().value("").on_brand_in("Bad Id", "Smile").build().unwrap_err();
    /// assert_eq!(err.violations().len(), 2);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub fn build(self) -> Result<Brand, Error> {
        let mut v = Violations::default();
        let brand = self.check(&mut v, &|_| true);
        v.finish(Entity::Brand, || brand)
    }

    /// Checks into `v`; `known` says whether a department id exists.
    pub(crate) fn check(self, v: &mut Violations, known: &dyn Fn(&Id) -> bool) -> Brand {
        for (i, value) in self.values.iter().enumerate() {
            v.text(format!("brand.values[{i}]"), value);
        }
        let mut behaviours = |drafts: Vec<BehaviourDraft>, stance: Stance| -> Vec<Behaviour> {
            let list = match stance {
                Stance::On => "on_brand",
                Stance::Off => "off_brand",
            };
            drafts
                .into_iter()
                .enumerate()
                .map(|(i, draft)| {
                    v.text(format!("brand.{list}[{i}].text"), &draft.text);
                    let department = draft.department.and_then(|raw| {
                        let path = format!("brand.{list}[{i}].department");
                        let id = v.id(&path, &raw)?;
                        if !known(&id) {
                            v.push(path, crate::error::Problem::UnknownDepartment, raw);
                        }
                        Some(id)
                    });
                    Behaviour { text: draft.text, department }
                })
                .collect()
        };
        let on_brand = behaviours(self.on_brand, Stance::On);
        let off_brand = behaviours(self.off_brand, Stance::Off);
        Brand { emotions: self.emotions, values: self.values, on_brand, off_brand }
    }
}

impl From<&Brand> for BrandBuilder {
    fn from(brand: &Brand) -> Self {
        let drafts = |list: &[Behaviour]| {
            list.iter()
                .map(|b| BehaviourDraft {
                    text: b.text.clone(),
                    department: b.department.as_ref().map(|d| d.as_str().to_owned()),
                })
                .collect()
        };
        Self {
            emotions: brand.emotions,
            values: brand.values.clone(),
            on_brand: drafts(&brand.on_brand),
            off_brand: drafts(&brand.off_brand),
        }
    }
}

/// A department of the company. Every department takes part in service, not
/// only the front line: its contact situations are the steps it owns
/// ([`ServiceModel::contact_situations`](crate::model::ServiceModel::contact_situations)).
///
/// # Examples
///
/// ```
/// use service_standards::model::Department;
///
/// let billing = Department::new("billing", "Billing")?;
/// assert_eq!(billing.id().as_str(), "billing");
/// assert_eq!(billing.name(), "Billing");
/// # Ok::<(), service_standards::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Department {
    id: Id,
    name: std::sync::Arc<str>,
}

impl Department {
    /// A department with a slug id and a name.
    ///
    /// # Errors
    ///
    /// An error about [`Entity::Department`](crate::error::Entity::Department) if the id is not a slug (path `departments/<id>`) or
    /// the name is blank or holds a control or bidirectional formatting
    /// character ([`Problem::ForbiddenCharacter`](crate::error::Problem::ForbiddenCharacter);
    /// path `departments/<id>.name`); both are reported.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Department;
    ///
    /// assert!(Department::new("front-office", "Front office").is_ok());
    /// let err = Department::new("Front Office", "").unwrap_err();
    /// assert_eq!(err.violations().len(), 2);
    /// ```
    pub fn new(id: &str, name: impl Into<String>) -> Result<Self, Error> {
        let mut v = Violations::default();
        match check_department(&mut v, id, name.into()) {
            Some(dept) if v.is_empty() => Ok(dept),
            _ => Err(v.into_error(Entity::Department)),
        }
    }

    /// The department's id.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Department;
    ///
    /// assert_eq!(Department::new("billing", "Billing")?.id().as_str(), "billing");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn id(&self) -> &Id {
        &self.id
    }

    /// The department's name.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Department;
    ///
    /// assert_eq!(Department::new("billing", "Billing")?.name(), "Billing");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    pub(crate) fn name_shared(&self) -> &std::sync::Arc<str> {
        &self.name
    }
}

/// Checks a department as written; the department if its id is valid.
pub(crate) fn check_department(v: &mut Violations, id: &str, name: String) -> Option<Department> {
    let path = format!("departments/{id}");
    let id = v.id(&path, id);
    v.name(&path, &name);
    Some(Department { id: id?, name: name.into() })
}

impl From<Brand> for BrandBuilder {
    fn from(brand: Brand) -> Self {
        Self::from(&brand)
    }
}
