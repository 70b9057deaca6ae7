//! The nine factors that shape a business's customer service function (Lovelock).

use std::fmt;

use crate::vocabulary::vocabulary;

vocabulary! {
    /// Factor 1: whether intermediaries (agents, resellers, platforms) take
    /// bookings or payments on the firm's behalf.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Intermediaries;
    ///
    /// assert_eq!(Intermediaries::default(), Intermediaries::Absent);
    /// ```
    pub enum Intermediaries(Entity::Intermediaries) {
        /// The firm deals with every customer itself.
        Absent,
        /// Intermediaries serve some customers: the firm gives up some control.
        Present,
    }
}

vocabulary! {
    /// Factor 2: how much contact the customer has with the firm's staff and
    /// places. More contact means more moments of truth, often far from head
    /// office.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::ContactLevel;
    ///
    /// assert!(ContactLevel::High > ContactLevel::Low);
    /// ```
    pub enum ContactLevel(Entity::ContactLevel) {
        /// Mostly mail, phone or online contact with a central office.
        Low,
        /// Some personal contact.
        Medium,
        /// The customer is in the service: many moments of truth.
        High,
    }
}

vocabulary! {
    /// Factor 3: who buys: individuals, institutions buying often and through
    /// several contact people, or both (in a document: `individual`,
    /// `institutional`, `mixed`).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Purchaser;
    ///
    /// assert_eq!("institutional".parse::<Purchaser>()?, Purchaser::Institutional);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub enum Purchaser(Entity::Purchaser) {
        /// Individual customers.
        Individual,
        /// Institutions: companies, public bodies.
        Institutional,
        /// Both individuals and institutions.
        Mixed,
    }
}

vocabulary! {
    /// Factor 4: how long delivery of the service takes. The longer, the more
    /// customers ask about work in progress.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::DeliverySpan;
    ///
    /// assert!(DeliverySpan::Weeks > DeliverySpan::Hours);
    /// ```
    pub enum DeliverySpan(Entity::DeliverySpan) {
        /// Done within minutes, usually while the customer is there.
        Minutes,
        /// Done within hours.
        Hours,
        /// Takes days.
        Days,
        /// Takes weeks or longer.
        Weeks,
    }
}

vocabulary! {
    /// Factor 5: how a capacity-constrained service matches demand to capacity.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::CapacityControl;
    ///
    /// assert_eq!(CapacityControl::ReservationsAndQueues.to_string(), "reservations-and-queues");
    /// ```
    pub enum CapacityControl(Entity::CapacityControl) {
        /// Capacity is not a constraint.
        Unconstrained,
        /// A reservation system with online access to the booking database.
        Reservations,
        /// Queues, controlled firmly but kindly, with realistic wait forecasts.
        Queues,
        /// Both reservations and queues (a restaurant with walk-ins).
        ReservationsAndQueues,
    }
}

vocabulary! {
    /// Factor 6: how often customers use and buy the service again.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::UsageFrequency;
    ///
    /// assert!(UsageFrequency::Frequent > UsageFrequency::OneOff);
    /// ```
    pub enum UsageFrequency(Entity::UsageFrequency) {
        /// Bought once, or very rarely.
        OneOff,
        /// Bought now and then.
        Occasional,
        /// Used and bought again often: regulars to recognise, re-orders to simplify.
        Frequent,
    }
}

vocabulary! {
    /// Factor 7: how complex the service is for the customer.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Complexity;
    ///
    /// assert!(Complexity::Complex > Complexity::Simple);
    /// ```
    pub enum Complexity(Entity::Complexity) {
        /// Simple: suits self-service.
        Simple,
        /// Some guidance needed.
        Moderate,
        /// Complex: staff must inform and teach, and plan for contingencies.
        Complex,
    }
}

vocabulary! {
    /// Factor 8: how bad the consequences of a failure are for the customer.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Risk;
    ///
    /// assert!(Risk::High > Risk::Moderate);
    /// ```
    pub enum Risk(Entity::Risk) {
        /// A failure is an annoyance.
        Low,
        /// A failure costs the customer time or money.
        Moderate,
        /// A failure harms the customer's health, safety, money or data:
        /// mature, trained staff and contingency plans are needed.
        High,
    }
}

vocabulary! {
    /// Factor 9: which tasks belong to the formal customer service function.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::TaskAllocation;
    ///
    /// assert_eq!(TaskAllocation::default(), TaskAllocation::ServiceOnly);
    /// ```
    pub enum TaskAllocation(Entity::TaskAllocation) {
        /// Answering what customers ask for: service, not selling.
        ServiceOnly,
        /// Service and sales: advice, cross-selling, re-orders.
        ServiceAndSales,
        /// Service, sales and contact the firm starts itself: outreach, retention, reminders.
        FullRelationship,
    }
}

vocabulary! {
    /// Names the nine factors of a [`ServiceProfile`].
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Factor, model::FactorKind, model::Risk};
    ///
    /// assert_eq!(Factor::Risk(Risk::High).kind(), FactorKind::Risk);
    /// ```
    pub enum FactorKind(Entity::FactorKind) {
        /// [`Intermediaries`].
        Intermediaries,
        /// [`ContactLevel`].
        #[strum(serialize = "contact")]
        ContactLevel,
        /// [`Purchaser`].
        Purchaser,
        /// [`DeliverySpan`].
        #[strum(serialize = "delivery")]
        DeliverySpan,
        /// [`CapacityControl`].
        #[strum(serialize = "capacity")]
        CapacityControl,
        /// [`UsageFrequency`].
        #[strum(serialize = "usage")]
        UsageFrequency,
        /// [`Complexity`].
        Complexity,
        /// [`Risk`].
        Risk,
        /// [`TaskAllocation`].
        #[strum(serialize = "tasks")]
        TaskAllocation,
    }
}

macro_rules! impl_default {
    ($($ty:ident => $v:ident),+ $(,)?) => {
        $(impl Default for $ty {
            fn default() -> Self {
                Self::$v
            }
        })+
    };
}

impl_default!(
    Intermediaries => Absent,
    ContactLevel => Medium,
    Purchaser => Individual,
    DeliverySpan => Minutes,
    CapacityControl => Unconstrained,
    UsageFrequency => Occasional,
    Complexity => Simple,
    Risk => Low,
    TaskAllocation => ServiceOnly,
);

/// One factor with its value: what a rule's condition tests in a profile.
///
/// Serialised as a one-key map: `{ "capacity": "reservations" }`.
///
/// # Examples
///
/// ```
/// use service_standards::{model::CapacityControl, model::Factor, model::ServiceProfile};
///
/// let profile = ServiceProfile::builder().capacity(CapacityControl::Reservations).build();
/// assert!(profile.has(Factor::CapacityControl(CapacityControl::Reservations)));
/// assert_eq!(Factor::CapacityControl(CapacityControl::Queues).to_string(), "capacity: queues");
/// ```
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "kebab-case"))]
#[non_exhaustive]
pub enum Factor {
    /// Factor 1.
    Intermediaries(Intermediaries),
    /// Factor 2.
    #[cfg_attr(feature = "serde", serde(rename = "contact"))]
    ContactLevel(ContactLevel),
    /// Factor 3.
    Purchaser(Purchaser),
    /// Factor 4.
    #[cfg_attr(feature = "serde", serde(rename = "delivery"))]
    DeliverySpan(DeliverySpan),
    /// Factor 5.
    #[cfg_attr(feature = "serde", serde(rename = "capacity"))]
    CapacityControl(CapacityControl),
    /// Factor 6.
    #[cfg_attr(feature = "serde", serde(rename = "usage"))]
    UsageFrequency(UsageFrequency),
    /// Factor 7.
    Complexity(Complexity),
    /// Factor 8.
    Risk(Risk),
    /// Factor 9.
    #[cfg_attr(feature = "serde", serde(rename = "tasks"))]
    TaskAllocation(TaskAllocation),
}

impl Factor {
    /// Which of the nine factors this is.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Complexity, model::Factor, model::FactorKind};
    ///
    /// assert_eq!(Factor::Complexity(Complexity::Complex).kind(), FactorKind::Complexity);
    /// ```
    #[must_use]
    pub const fn kind(self) -> FactorKind {
        match self {
            Self::Intermediaries(_) => FactorKind::Intermediaries,
            Self::ContactLevel(_) => FactorKind::ContactLevel,
            Self::Purchaser(_) => FactorKind::Purchaser,
            Self::DeliverySpan(_) => FactorKind::DeliverySpan,
            Self::CapacityControl(_) => FactorKind::CapacityControl,
            Self::UsageFrequency(_) => FactorKind::UsageFrequency,
            Self::Complexity(_) => FactorKind::Complexity,
            Self::Risk(_) => FactorKind::Risk,
            Self::TaskAllocation(_) => FactorKind::TaskAllocation,
        }
    }

    /// The value's spelling, without the factor's name.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Factor, model::Risk};
    ///
    /// assert_eq!(Factor::Risk(Risk::High).value_str(), "high");
    /// ```
    #[must_use]
    pub fn value_str(self) -> &'static str {
        use crate::model::Vocabulary;
        match self {
            Self::Intermediaries(v) => v.as_str(),
            Self::ContactLevel(v) => v.as_str(),
            Self::Purchaser(v) => v.as_str(),
            Self::DeliverySpan(v) => v.as_str(),
            Self::CapacityControl(v) => v.as_str(),
            Self::UsageFrequency(v) => v.as_str(),
            Self::Complexity(v) => v.as_str(),
            Self::Risk(v) => v.as_str(),
            Self::TaskAllocation(v) => v.as_str(),
        }
    }

    /// The value's place among the values of its factor (a factor has at
    /// most eight), for a bit per value.
    pub(crate) fn value_index(self) -> usize {
        use crate::model::Vocabulary;
        match self {
            Self::Intermediaries(v) => v.index(),
            Self::ContactLevel(v) => v.index(),
            Self::Purchaser(v) => v.index(),
            Self::DeliverySpan(v) => v.index(),
            Self::CapacityControl(v) => v.index(),
            Self::UsageFrequency(v) => v.index(),
            Self::Complexity(v) => v.index(),
            Self::Risk(v) => v.index(),
            Self::TaskAllocation(v) => v.index(),
        }
    }
}

impl fmt::Display for Factor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind(), self.value_str())
    }
}

/// The nine factors of a business's customer service function, each with a
/// default that adds no special demands (no intermediaries, medium contact,
/// individual buyers, delivery within minutes, unconstrained capacity,
/// occasional use, a simple, low-risk service, service-only tasks).
///
/// # Examples
///
/// ```
/// use service_standards::{model::CapacityControl, model::ContactLevel, model::Risk, model::ServiceProfile};
///
/// let profile = ServiceProfile::builder()
///     .contact(ContactLevel::High)
///     .capacity(CapacityControl::Reservations)
///     .build();
/// assert_eq!(profile.capacity(), CapacityControl::Reservations);
/// assert_eq!(profile.risk(), Risk::Low);
/// ```
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
pub struct ServiceProfile {
    intermediaries: Intermediaries,
    contact: ContactLevel,
    purchaser: Purchaser,
    delivery: DeliverySpan,
    capacity: CapacityControl,
    usage: UsageFrequency,
    complexity: Complexity,
    risk: Risk,
    tasks: TaskAllocation,
}

/// Builds a [`ServiceProfile`]; every factor left unset keeps its default.
///
/// # Examples
///
/// ```
/// use service_standards::{model::Risk, model::ServiceProfile};
///
/// let profile = ServiceProfile::builder().risk(Risk::High).build();
/// assert_eq!(profile.risk(), Risk::High);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ServiceProfileBuilder {
    profile: ServiceProfile,
}

macro_rules! factor_accessors {
    ($($field:ident: $ty:ident => $variant:ident, $doc:literal;)+) => {
        impl ServiceProfile {
            $(
                #[doc = concat!("Factor: ", $doc, ".")]
                ///
                /// # Examples
                ///
                /// ```
                #[doc = concat!("use service_standards::model::{", stringify!($ty), ", ServiceProfile};")]
                ///
                #[doc = concat!("assert_eq!(ServiceProfile::default().", stringify!($field), "(), ", stringify!($ty), "::default());")]
                /// ```
                #[must_use]
                pub const fn $field(&self) -> $ty {
                    self.$field
                }
            )+

            /// The value of factor `kind`.
            ///
            /// # Examples
            ///
            /// ```
            /// use service_standards::{model::Factor, model::FactorKind, model::Risk, model::ServiceProfile};
            ///
            /// assert_eq!(ServiceProfile::default().factor(FactorKind::Risk), Factor::Risk(Risk::Low));
            /// ```
            #[must_use]
            pub const fn factor(&self, kind: FactorKind) -> Factor {
                match kind {
                    $(FactorKind::$variant => Factor::$variant(self.$field),)+
                }
            }

            /// Whether the profile has `factor` (the factor's value is the one given).
            ///
            /// # Examples
            ///
            /// ```
            /// use service_standards::{model::Factor, model::Purchaser, model::ServiceProfile};
            ///
            /// assert!(ServiceProfile::default().has(Factor::Purchaser(Purchaser::Individual)));
            /// ```
            #[must_use]
            pub fn has(&self, factor: Factor) -> bool {
                self.factor(factor.kind()) == factor
            }

            /// All nine factors with their values, in the order of [`FactorKind`].
            ///
            /// # Examples
            ///
            /// ```
            /// use service_standards::model::ServiceProfile;
            ///
            /// assert_eq!(ServiceProfile::default().factors().len(), 9);
            /// ```
            #[must_use]
            pub const fn factors(&self) -> [Factor; 9] {
                [$(Factor::$variant(self.$field),)+]
            }

            /// A builder, starting from the defaults.
            ///
            /// # Examples
            ///
            /// ```
            /// use service_standards::model::ServiceProfile;
            ///
            /// assert_eq!(ServiceProfile::builder().build(), ServiceProfile::default());
            /// ```
            #[must_use]
            pub fn builder() -> ServiceProfileBuilder {
                ServiceProfileBuilder::default()
            }
        }

        impl ServiceProfileBuilder {
            $(
                #[doc = concat!("Sets factor: ", $doc, ".")]
                ///
                /// # Examples
                ///
                /// ```
                #[doc = concat!("use service_standards::model::{", stringify!($ty), ", ServiceProfile};")]
                ///
                #[doc = concat!("let p = ServiceProfile::builder().", stringify!($field), "(", stringify!($ty), "::default()).build();")]
                #[doc = concat!("assert_eq!(p.", stringify!($field), "(), ", stringify!($ty), "::default());")]
                /// ```
                #[must_use]
                pub const fn $field(mut self, value: $ty) -> Self {
                    self.profile.$field = value;
                    self
                }
            )+

            /// Sets one factor from its value.
            ///
            /// # Examples
            ///
            /// ```
            /// use service_standards::{model::Factor, model::Risk, model::ServiceProfile};
            ///
            /// let p = ServiceProfile::builder().factor(Factor::Risk(Risk::High)).build();
            /// assert_eq!(p.risk(), Risk::High);
            /// ```
            #[must_use]
            pub const fn factor(mut self, factor: Factor) -> Self {
                match factor {
                    $(Factor::$variant(v) => self.profile.$field = v,)+
                }
                self
            }

            /// The profile. Every combination of factors is valid.
            ///
            /// # Examples
            ///
            /// ```
            /// use service_standards::model::ServiceProfile;
            ///
            /// let profile = ServiceProfile::builder().build();
            /// assert_eq!(profile, ServiceProfile::default());
            /// ```
            #[must_use]
            pub const fn build(self) -> ServiceProfile {
                self.profile
            }
        }
    };
}

factor_accessors! {
    intermediaries: Intermediaries => Intermediaries, "intermediaries present or not";
    contact: ContactLevel => ContactLevel, "high or low contact";
    purchaser: Purchaser => Purchaser, "institutional or individual purchase";
    delivery: DeliverySpan => DeliverySpan, "duration of service delivery";
    capacity: CapacityControl => CapacityControl, "how capacity is matched to demand";
    usage: UsageFrequency => UsageFrequency, "frequency of use and repurchase";
    complexity: Complexity => Complexity, "complexity of the service";
    risk: Risk => Risk, "degree of risk of a failure";
    tasks: TaskAllocation => TaskAllocation, "tasks of the customer service function";
}
