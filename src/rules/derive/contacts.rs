//! Stage 3, contacts: a concern stated once per contact
//! ([`Rule::is_once_per_contact`](crate::rules::Rule::is_once_per_contact))
//! is kept at the first step of a contact where it applies, and left out,
//! traced, at the contact's later steps
//! ([`Precedence::EarlierInContact`](crate::standard::Precedence::EarlierInContact)).

use std::sync::Arc;

use super::concerns::{Entry, PerConcern};
use crate::standard::source::Source;

/// The contact open now: the concerns stated once per contact in it, each
/// with the rule that stated it.
pub(super) struct Contact<'a> {
    /// The rule that stated each concern in this contact.
    stated: PerConcern<&'a Arc<Source>>,
}

impl<'a> Contact<'a> {
    /// The first contact, for rules of `concerns` concerns.
    pub(super) fn new(concerns: usize) -> Self {
        Self { stated: PerConcern::new(concerns) }
    }

    /// A new contact opens: nothing is stated in it yet.
    pub(super) fn open(&mut self) {
        self.stated.next();
    }

    /// Of the standards kept at a step (`kept`, in the order their concerns
    /// came), marks as left out each one whose rule states its concern once
    /// per contact when an earlier step of this contact stated it, naming
    /// the rule that did; the others of such rules state their concern in
    /// this contact.
    pub(super) fn state_once(&mut self, kept: &mut [Entry<'a>]) {
        for entry in kept {
            let rule = entry.rule;
            if !rule.rule.once_per_contact {
                continue;
            }
            match self.stated.get(rule.concern) {
                Some(&earlier) => entry.earlier = Some(earlier),
                None => self.stated.set(rule.concern, &rule.rule.source),
            }
        }
    }
}
