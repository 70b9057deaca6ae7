//! The two aspects of service quality, its dimensions and the characteristics that serve them.

use crate::vocabulary::vocabulary;

vocabulary! {
    /// Grönroos's two aspects of service quality.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::QualityAspect, StandardKind};
    ///
    /// assert_eq!(StandardKind::PersonalContact.aspect(), QualityAspect::Functional);
    /// assert_eq!(StandardKind::Procedure.aspect(), QualityAspect::Technical);
    /// ```
    pub enum QualityAspect(Entity::QualityAspect) {
        /// What the customer gets: the material components and the procedures.
        Technical,
        /// How it is delivered: everything about the staff who serve.
        Functional,
    }
}

vocabulary! {
    /// A dimension along which customers judge service.
    ///
    /// The union of the logistic view of customer service (time, reliability,
    /// communication, convenience) and the SERVQUAL model (tangibles,
    /// reliability, responsiveness, assurance, empathy); responsiveness stands
    /// for time.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::QualityDimension;
    ///
    /// assert_eq!(QualityDimension::SERVQUAL.len(), 5);
    /// assert!(QualityDimension::LOGISTIC.contains(&QualityDimension::Convenience));
    /// ```
    pub enum QualityDimension(Entity::QualityDimension) {
        /// Time: how fast the firm reacts and delivers.
        Responsiveness,
        /// Doing what was promised, dependably and accurately.
        Reliability,
        /// Keeping customers informed in language they understand, and listening.
        Communication,
        /// Ease of access and of doing business.
        Convenience,
        /// Physical facilities, equipment, materials and the appearance of staff.
        Tangibles,
        /// Knowledge and courtesy of staff, and their ability to inspire trust.
        Assurance,
        /// Caring, individual attention.
        Empathy,
    }
}

impl QualityDimension {
    /// The five SERVQUAL dimensions (Parasuraman, Zeithaml and Berry).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::QualityDimension;
    ///
    /// assert!(QualityDimension::SERVQUAL.contains(&QualityDimension::Tangibles));
    /// ```
    pub const SERVQUAL: [Self; 5] =
        [Self::Tangibles, Self::Reliability, Self::Responsiveness, Self::Assurance, Self::Empathy];

    /// The four dimensions of the logistic view: time, reliability, communication, convenience.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::QualityDimension;
    ///
    /// assert!(QualityDimension::LOGISTIC.contains(&QualityDimension::Communication));
    /// ```
    pub const LOGISTIC: [Self; 4] =
        [Self::Responsiveness, Self::Reliability, Self::Communication, Self::Convenience];
}

vocabulary! {
    /// A general service characteristic that, present at a moment of contact,
    /// strengthens the customer's experience of dealing with the firm.
    ///
    /// For each step of a sequence, the designer asks which characteristics
    /// matter there (at the first moment of hotel check-in: being friendly and
    /// attentive); rules turn them into standards.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Characteristic, model::QualityDimension};
    ///
    /// assert_eq!(Characteristic::Prompt.dimension(), QualityDimension::Responsiveness);
    /// assert_eq!(Characteristic::WellPresented.to_string(), "well-presented");
    /// ```
    pub enum Characteristic(Entity::Characteristic) {
        /// Warm and welcoming.
        Friendly,
        /// Noticing the customer and their needs without being asked.
        Attentive,
        /// Polite and respectful.
        Courteous,
        /// Knowing the offer, the rules and the answers.
        Knowledgeable,
        /// Quick to react.
        Prompt,
        /// Right the first time: data, amounts, orders.
        Accurate,
        /// Easy to understand.
        Clear,
        /// Acting before the customer has to ask.
        Proactive,
        /// Treating the customer as an individual: name, history, preferences.
        Personal,
        /// Protecting the customer's privacy and data.
        Discreet,
        /// Easy to reach and to use.
        Accessible,
        /// Neat, clean and well-kept people, places and materials.
        WellPresented,
        /// Free of physical, financial and data risk.
        Safe,
        /// Calm and unhurried with customers who need time.
        Patient,
        /// Willing to solve the customer's problem.
        Helpful,
        /// The same good service every time, everywhere.
        Consistent,
        /// Keeping the customer informed.
        Informative,
        /// No wasted steps or effort for the customer.
        Efficient,
        /// Physically comfortable surroundings.
        Comfortable,
        /// Bending the routine to fit the customer's situation.
        Flexible,
        /// Keeping to agreed times.
        Punctual,
        /// Open and truthful, especially about problems and costs.
        Honest,
    }
}

impl Characteristic {
    /// The quality dimension the characteristic serves.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Characteristic, model::QualityDimension};
    ///
    /// assert_eq!(Characteristic::Friendly.dimension(), QualityDimension::Empathy);
    /// assert_eq!(Characteristic::Accurate.dimension(), QualityDimension::Reliability);
    /// ```
    #[must_use]
    pub const fn dimension(self) -> QualityDimension {
        use QualityDimension as D;
        match self {
            Self::Friendly | Self::Attentive | Self::Personal | Self::Patient => D::Empathy,
            Self::Courteous | Self::Knowledgeable | Self::Discreet | Self::Safe | Self::Honest => {
                D::Assurance
            }
            Self::Prompt | Self::Proactive | Self::Helpful => D::Responsiveness,
            Self::Accurate | Self::Consistent | Self::Punctual => D::Reliability,
            Self::Clear | Self::Informative => D::Communication,
            Self::Accessible | Self::Efficient | Self::Flexible => D::Convenience,
            Self::WellPresented | Self::Comfortable => D::Tangibles,
        }
    }
}
