//! The languages the crate speaks.
//!
//! Only the names live here, so every layer can say which language it
//! means (a rule's translations, a standard set's document); how each
//! language words labels, targets and statements is the standard layer's
//! wording, in an `impl Locale` block beside the tables of each language.

use crate::vocabulary::vocabulary;

vocabulary! {
    /// A language the crate renders standards, handbooks and labels in.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, Locale, Target};
    ///
    /// assert_eq!(Locale::Polish.label(Channel::Telephone), "telefon");
    /// assert_eq!(Locale::English.label(Channel::FaceToFace), "face to face");
    /// assert_eq!(Locale::Polish.target(Target::WithinRings(3)), "w ciągu 3 sygnałów");
    /// assert_eq!(Locale::Polish.code(), "pl");
    /// ```
    pub enum Locale(Entity::Locale) {
        /// English.
        English,
        /// Polish.
        Polish,
    }
}
