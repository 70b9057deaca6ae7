//! The kind of business, which decides the words its standards use.

use crate::vocabulary::vocabulary;

vocabulary! {
    /// The four kinds of business the crate knew before trades became packs
    /// ([`Pack`](crate::rules::Pack)); each is now the built-in pack of the
    /// same id (`general`, `hotel`, `shop`, `contact-centre`), and a model's
    /// `industry` names that pack. Statements name the business's things in
    /// its own words: a hotel's guest and booking, a shop's customer and
    /// order, a contact centre's caller and case (`{customer}` and `{order}`
    /// in a rule's statement), inflected correctly in every locale.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Industry, Locale, model::Noun};
    ///
    /// assert_eq!(Industry::default(), Industry::General);
    /// assert_eq!(Locale::English.noun(Industry::Hotel, Noun::Customer), "guest");
    /// assert_eq!(Locale::English.noun(Industry::ContactCentre, Noun::Order), "case");
    /// ```
    pub enum Industry(Entity::Industry) {
        /// Any business: customers and orders.
        General,
        /// A hotel: guests and bookings.
        Hotel,
        /// A shop, in a street or online: customers and orders.
        Shop,
        /// A contact centre: callers and cases.
        ContactCentre,
    }
}

#[allow(clippy::derivable_impls, reason = "the vocabulary macro owns the derive list")]
impl Default for Industry {
    fn default() -> Self {
        Self::General
    }
}

vocabulary! {
    /// The things every business names in its own words: the person served,
    /// what they order, the bill, the visit and the place of service. A
    /// statement names them as placeholders: `{customer}`, `{order}`,
    /// `{bill}`, `{visit}`, `{place}`, and `{customers}`, `{orders}`, … for
    /// the plural; in Polish with the case the sentence needs
    /// (`{customer:acc}`). A trade's pack
    /// ([`Pack`](crate::rules::Pack)) gives its own words for them.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Industry, Locale, model::Noun};
    ///
    /// assert_eq!(Locale::English.noun(Industry::Shop, Noun::Order), "order");
    /// assert_eq!(Locale::Polish.noun(Industry::Hotel, Noun::Order), "rezerwacja");
    /// ```
    pub enum Noun(Entity::Noun) {
        /// The person served: customer, guest, caller.
        Customer,
        /// What they order: order, booking, case.
        Order,
        /// What they are asked to pay: invoice, bill, receipt.
        Bill,
        /// Their time with the business: visit, stay, call.
        Visit,
        /// Where they are served: service point, room, table.
        Place,
    }
}
