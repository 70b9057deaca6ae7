//! What happens at a moment of contact.

use crate::vocabulary::vocabulary;

vocabulary! {
    /// What happens at a step: a vocabulary after Lovelock's flower of service
    /// (facilitating petals: information, order-taking, billing, payment;
    /// enhancing petals: consultation, hospitality, safekeeping, exceptions),
    /// with the opening and closing moments of a contact.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::MomentKind;
    ///
    /// assert_eq!("order-taking".parse::<MomentKind>()?, MomentKind::OrderTaking);
    /// assert!(MomentKind::Billing.is_facilitating());
    /// assert!(!MomentKind::Hospitality.is_facilitating());
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub enum MomentKind(Entity::MomentKind) {
        /// The customer arrives or the contact opens: greeting.
        Welcome,
        /// The customer or their booking, account or order is identified.
        Identification,
        /// The customer gets information: directions, prices, rules, status.
        Information,
        /// Advice: the customer is helped to choose or to solve a problem.
        Consultation,
        /// An order, booking or request is taken.
        OrderTaking,
        /// The customer waits: a queue, a hold, a delivery in progress.
        Waiting,
        /// The service or product is delivered.
        Delivery,
        /// Hospitality: comfort, refreshments, amenities while being served.
        Hospitality,
        /// Care of the customer's belongings or data.
        Safekeeping,
        /// The bill or invoice is issued.
        Billing,
        /// The customer pays.
        Payment,
        /// A complaint or a problem the customer raises: something went
        /// wrong. A change, a cancellation or a special wish that is no
        /// complaint is a [`Request`](Self::Request).
        Exception,
        /// Something the customer asks for beyond the usual course of the
        /// service that is no complaint: a change of booking, a
        /// cancellation, a special wish, a freeze of a membership. With an
        /// [`Exception`](Self::Exception) it is the flower of service's
        /// petal of exceptions; complaint rules (an apology, a case number,
        /// no selling while it is open) are not for it.
        Request,
        /// The contact closes: thanks and goodbye.
        Farewell,
        /// After the service: a follow-up, a survey, a reminder.
        FollowUp,
        /// The company tells customers of a disruption it found: a delay, an
        /// outage, a cancellation, a recall. Not a complaint: the customer
        /// raises an [`Exception`](Self::Exception); the company starts a disruption.
        Disruption,
        /// A loss or an emergency that is no complaint about the service,
        /// reported by the customer or met by staff: a card lost or stolen,
        /// a fraud, an item left behind, a breakdown on the road, a gas
        /// smell, a guest locked out, someone hurt at the pool.
        /// What cannot wait is done while they are in contact; there is no
        /// apology for a fault that is not the company's, no hold and no
        /// transfer, and complaint rules do not land (document name
        /// `incident`).
        Incident,
    }
}

impl MomentKind {
    /// Whether the moment is one of the facilitating petals of the flower of
    /// service (information, order-taking, billing, payment), the moments
    /// needed for the core service to be used at all.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::MomentKind;
    ///
    /// assert!(MomentKind::Payment.is_facilitating());
    /// assert!(!MomentKind::Consultation.is_facilitating());
    /// ```
    #[must_use]
    pub const fn is_facilitating(self) -> bool {
        matches!(self, Self::Information | Self::OrderTaking | Self::Billing | Self::Payment)
    }
}
