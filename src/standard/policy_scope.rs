//! Rules about the organisation: stated once, not at every step.

use crate::vocabulary::vocabulary;

vocabulary! {
    /// Where a policy rule's policy is stated. A policy is a decision about
    /// the organisation (a training cycle, an empowerment limit, account
    /// managers, one central desk, rate parity with intermediaries, a
    /// contingency plan), derived once rather than at every step its
    /// condition matches.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::standard::PolicyScope;
    ///
    /// assert_eq!("department".parse::<PolicyScope>()?, PolicyScope::Department);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub enum PolicyScope(Entity::PolicyScope) {
        /// Once for the whole business.
        Business,
        /// Once for each department that owns a step where the rule's
        /// condition holds (steps without a department count as the business's).
        Department,
    }
}
