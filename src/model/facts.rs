//! What a step does besides its moment: where it happens, what it does
//! with the customer's data, and what of value it hands over.

use crate::vocabulary::vocabulary;

vocabulary! {
    /// Where a step happens, when it matters to the standards there: "complete
    /// the transaction at the desk" belongs at a desk, not at a table or a gate.
    ///
    /// A step names no place unless it says ([`StepBuilder::place`](crate::model::StepBuilder::place),
    /// document key `place`).
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Place;
    ///
    /// assert_eq!("desk".parse::<Place>()?, Place::Desk);
    /// assert_eq!(Place::Remote.to_string(), "remote");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub enum Place(Entity::Place) {
        /// A desk the customer walks up to: a reception, a check-in or service desk.
        Desk,
        /// The customer's table, where staff come to them: a restaurant, a consultation room.
        Table,
        /// A counter served across: a teller, a shop or pharmacy counter.
        Counter,
        /// A gate or door the customer passes through: boarding, an entrance.
        Gate,
        /// A bay or workshop area: a service bay, a loading bay.
        Bay,
        /// Away from the premises: by phone, in writing, online, at the customer's.
        Remote,
    }
}

vocabulary! {
    /// What a step does with the customer's data.
    ///
    /// A step does neither unless it says ([`StepBuilder::data`](crate::model::StepBuilder::data),
    /// document key `data`): "record names and amounts without error" lands
    /// only where something is recorded.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::DataUse;
    ///
    /// assert_eq!("looks-up".parse::<DataUse>()?, DataUse::LooksUp);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub enum DataUse(Entity::DataUse) {
        /// The step records data: an order, a booking, an amount, a consent.
        Records,
        /// The step looks data up: a booking, an account, a record.
        LooksUp,
    }
}

vocabulary! {
    /// Something of value a step hands over to the customer or takes into
    /// the company's care, where a mistake is a loss.
    ///
    /// A step hands over nothing unless it says
    /// ([`StepBuilder::hands_over`](crate::model::StepBuilder::hands_over),
    /// document key `hands_over`); a step that does is a serious step
    /// ([`Step::is_serious`](crate::model::Step::is_serious)), and targets
    /// there are zero defects (every time), never a share.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::Valuable;
    ///
    /// assert_eq!("cash".parse::<Valuable>()?, Valuable::Cash);
    /// assert_eq!(Valuable::Vehicle.to_string(), "vehicle");
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub enum Valuable(Entity::Valuable) {
        /// Money paid out or taken: cash at a desk, or a refund, a
        /// compensation or a payout to the customer's account (document
        /// name `cash` for all of them).
        Cash,
        /// A payment card, or its PIN.
        Card,
        /// Documents: a passport, a contract, a prescription, a result.
        Documents,
        /// A vehicle.
        Vehicle,
        /// Baggage.
        Baggage,
        /// Goods bought or left for repair.
        Goods,
        /// Keys, key cards.
        Keys,
        /// Medication.
        Medication,
        /// A sample taken from the customer for a test: blood, urine,
        /// tissue, a swab (document name `specimen`). Rules of labelling
        /// land only where one is taken.
        Specimen,
        /// Someone in the business's care, handed over or back: a child
        /// at a kids' club or a lesson, a patient to an escort, a pet
        /// after its treatment (document name `dependant`). Such a step
        /// gets the rule of handing back only to a named person, not the
        /// check of goods against an order.
        Dependant,
    }
}

vocabulary! {
    /// Whether a step is a contact with the customer at all.
    ///
    /// A step is a contact unless it says
    /// ([`StepBuilder::no_contact`](crate::model::StepBuilder::no_contact),
    /// document key `contact = "none"`): a repair in the workshop, a queue
    /// with no staff in it, a room found ready. Such a step gets no greeting,
    /// no reply deadline and no conduct in view: no standard about how staff
    /// behave with the customer, and none that needs a contact to open.
    ///
    /// A step can also be a contact the customer has with a system, not a
    /// person ([`StepBuilder::automatic`](crate::model::StepBuilder::automatic),
    /// `contact = "automatic"`): an order confirmation the shop's system
    /// sends, a monthly bill run, a text with a collection code. It is a
    /// contact like any other, but rules that need a person at the step
    /// (a message checked by hand, signed by name, thanks written by
    /// hand) do not land there.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::model::ContactMode;
    ///
    /// assert_eq!("none".parse::<ContactMode>()?, ContactMode::NoContact);
    /// assert_eq!("automatic".parse::<ContactMode>()?, ContactMode::Automatic);
    /// assert_eq!(ContactMode::default(), ContactMode::Contact);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    #[derive(Default)]
    pub enum ContactMode(Entity::ContactMode) {
        /// The step is a moment of contact (the default).
        #[default]
        Contact,
        /// The step is no contact: the customer is not dealt with there.
        #[strum(serialize = "none")]
        NoContact,
        /// The step is a contact with a system, with no person dealing with
        /// the customer: an automatic message, a bill run, a machine.
        Automatic,
    }
}
