//! The languages the crate speaks.
//!
//! A locale belongs to the standard layer, the lowest that words anything
//! for people: its methods (labels, targets, statements, nouns) are the
//! wording's, in the `impl Locale` beside the tables of each language, and
//! a type's inherent methods live in its own layer. The model never names a
//! language; the layers above name it here (a rule's translations, a
//! standard set's document, a handbook's language).
//! Adding a language is a variant here and a table in each words file:
//! the compiler lists every table to fill, and the wording module's docs
//! name them.

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
