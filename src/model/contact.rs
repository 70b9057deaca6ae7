//! Who starts a moment of contact, and whether it opens a contact or continues one.

use crate::{model::Channel, model::EnumSet, model::MomentKind, vocabulary::vocabulary};

vocabulary! {
    /// Who starts a step's contact: the customer (an inbound call, a guest at
    /// the desk, an e-mail received) or the company (a confirmation sent, a
    /// reminder, a call back).
    ///
    /// Reply and answer deadlines belong to contacts the customer starts;
    /// what the company starts is judged by how timely and accurate it is.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Initiator, MomentKind};
    ///
    /// assert_eq!(Initiator::default_for(MomentKind::OrderTaking), Initiator::Customer);
    /// assert_eq!(Initiator::default_for(MomentKind::Billing), Initiator::Company);
    /// assert_eq!("company".parse::<Initiator>()?, Initiator::Company);
    /// # Ok::<(), service_standards::Error>(())
    /// ```
    pub enum Initiator(Entity::Initiator) {
        /// The customer starts it: inbound.
        Customer,
        /// The company starts it: outbound.
        Company,
    }
}

impl Initiator {
    /// Who starts a step of this kind unless the step says otherwise: the
    /// company for delivery, billing, follow-up and disruptions; the customer for every
    /// other moment (they arrive, ask, order, wait, pay, complain, leave).
    /// A step's own default also looks at its channels: see
    /// [`Initiator::default_at`].
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{model::Initiator, MomentKind};
    ///
    /// assert_eq!(Initiator::default_for(MomentKind::FollowUp), Initiator::Company);
    /// assert_eq!(Initiator::default_for(MomentKind::Welcome), Initiator::Customer);
    /// ```
    #[must_use]
    pub const fn default_for(moment: MomentKind) -> Self {
        match moment {
            MomentKind::Delivery | MomentKind::Billing | MomentKind::FollowUp | MomentKind::Disruption => {
                Self::Company
            }
            _ => Self::Customer,
        }
    }

    /// Who starts a step of this kind on these channels unless the step
    /// says otherwise: as [`default_for`](Self::default_for), except that a
    /// bill presented live (at a desk, on a call) is part of the customer's
    /// own visit or call, so the customer starts it; a bill sent is the
    /// company's.
    ///
    /// # Examples
    ///
    /// ```
    /// use service_standards::{Channel, model::EnumSet, model::Initiator, MomentKind};
    ///
    /// let desk = EnumSet::from([Channel::FaceToFace]);
    /// let post = EnumSet::from([Channel::Email, Channel::Letter]);
    /// assert_eq!(Initiator::default_at(MomentKind::Billing, desk), Initiator::Customer);
    /// assert_eq!(Initiator::default_at(MomentKind::Billing, post), Initiator::Company);
    /// ```
    #[must_use]
    pub fn default_at(moment: MomentKind, channels: EnumSet<Channel>) -> Self {
        if moment == MomentKind::Billing && channels.iter().any(Channel::is_live) {
            Self::Customer
        } else {
            Self::default_for(moment)
        }
    }
}

/// Whether a step opens a contact when it does not say: `initiator` is who
/// starts it (said or by default), `previous` the step before it in its
/// phase that is a contact (who started it, and its channels). The first
/// step of a phase opens a contact; a later step continues the contact of
/// the step before when they share a channel and either the same party
/// starts it or the customer is already there (both face to face: dishes
/// served, cash paid out, a car handed back are a live hand-over in the
/// same visit); it opens a new one otherwise (a call back is a second call).
pub(crate) fn default_opens(
    initiator: Initiator,
    channels: EnumSet<Channel>,
    previous: Option<(Initiator, EnumSet<Channel>)>,
) -> bool {
    previous.is_none_or(|(by, before)| {
        let shared = before.intersection(channels);
        shared.is_empty() || (by != initiator && !shared.contains(Channel::FaceToFace))
    })
}
