//! Stage 3, contacts: a concern stated once per contact
//! ([`Rule::is_once_per_contact`](crate::rules::Rule::is_once_per_contact))
//! is kept at the first step of a contact where it applies, and left out,
//! traced, at the contact's later steps
//! ([`Precedence::EarlierInContact`](crate::standard::Precedence::EarlierInContact)).
//!
//! A contact is usually the steps from one that opens it to the next that
//! opens another; a step may also continue an earlier contact of its
//! sequence ([`StepBuilder::continues`](crate::model::StepBuilder::continues)),
//! and in a sequence where one does, what each contact stated is kept
//! until the sequence ends.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::concerns::{Entry, PerConcern};
use crate::{rules::rule_set::ConcernNo, standard::source::Source};

/// What one contact stated: each concern with the rule that stated it.
type Stated<'a> = Vec<(ConcernNo, &'a Arc<Source>)>;

/// The contact open now: the concerns stated once per contact in it, each
/// with the rule that stated it.
pub(super) struct Contact<'a> {
    /// The rule that stated each concern in this contact.
    stated: PerConcern<&'a Arc<Source>>,
    /// The contact open now, by its number in the model.
    now: Option<u32>,
    /// Whether what contacts state is kept for a later step that
    /// continues one of them (only in a sequence where a step does).
    keep: bool,
    /// What the contact open now stated, in order, while `keep` holds.
    listed: Stated<'a>,
    /// What each contact left stated, by its number, while `keep` holds.
    saved: FxHashMap<u32, Stated<'a>>,
}

impl<'a> Contact<'a> {
    /// No contact yet, for rules of `concerns` concerns.
    pub(super) fn new(concerns: usize) -> Self {
        Self {
            stated: PerConcern::new(concerns),
            now: None,
            keep: false,
            listed: Vec::new(),
            saved: FxHashMap::default(),
        }
    }

    /// Moves to contact number `contact` of a sequence where a step
    /// continues an earlier contact (`keep`) or not: a contact not seen
    /// before starts with nothing stated; one seen before in this sequence
    /// takes up what it stated then.
    pub(super) fn enter(&mut self, contact: u32, keep: bool) {
        if self.now == Some(contact) {
            return;
        }
        if self.keep {
            if let Some(now) = self.now {
                self.saved.insert(now, std::mem::take(&mut self.listed));
            }
        }
        if !keep {
            self.saved.clear();
        }
        self.keep = keep;
        self.now = Some(contact);
        self.stated.next();
        self.listed.clear();
        if let Some(earlier) = self.saved.remove(&contact) {
            for &(concern, source) in &earlier {
                self.stated.set(concern, source);
            }
            self.listed = earlier;
        }
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
                None => {
                    self.stated.set(rule.concern, &rule.rule.source);
                    if self.keep {
                        self.listed.push((rule.concern, &rule.rule.source));
                    }
                }
            }
        }
    }
}
