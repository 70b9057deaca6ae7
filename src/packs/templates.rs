//! The templates of the packs that were industries: a typical business of
//! each kind, from the trade notes of the crate's research (hotel, shop,
//! contact centre) and the method's own example (any business).

use crate::{
    model::CapacityControl, model::Channel as Ch, model::Characteristic as C, model::ContactLevel,
    model::DeliverySpan, model::Department, model::Initiator, model::MomentKind as M, model::Phase,
    model::PhaseBuilder, model::Sequence, model::SequenceBuilder, model::ServiceModel,
    model::ServiceModelBuilder, model::ServiceProfile, model::Step, model::UsageFrequency, model::Valuable,
};

/// A step of a template: id, name, moment, department, characteristics and,
/// where the default would be wrong, who starts it.
type Row = (&'static str, &'static str, M, &'static str, &'static [C], Option<Initiator>);

/// A phase of `rows`, on `channels`.
fn phase(id: &str, name: &str, channels: &[Ch], rows: &[Row]) -> PhaseBuilder {
    rows.iter().fold(Phase::builder(id, name).channels(channels.iter().copied()), |phase, row| {
        let &(id, name, moment, department, characteristics, started_by) = row;
        let mut step = Step::builder(id, name)
            .moment(moment)
            .department(department)
            .characteristics(characteristics.iter().copied());
        if let Some(by) = started_by {
            step = step.started_by(by);
        }
        phase.step(step)
    })
}

fn sequence(id: &str, name: &str, phases: impl IntoIterator<Item = PhaseBuilder>) -> SequenceBuilder {
    phases.into_iter().fold(Sequence::builder(id, name), SequenceBuilder::phase)
}

fn departments(list: &[(&str, &str)]) -> impl Iterator<Item = Department> {
    list.iter().filter_map(|(id, name)| Department::new(id, *name).ok()).collect::<Vec<_>>().into_iter()
}

const COMPANY: Option<Initiator> = Some(Initiator::Company);
const CUSTOMER: Option<Initiator> = Some(Initiator::Customer);

/// Any business: an enquiry, an order, its delivery and a follow-up.
pub(super) fn general() -> ServiceModelBuilder {
    ServiceModel::builder("A service business")
        .departments(departments(&[
            ("sales", "Sales"),
            ("service", "Customer service"),
            ("billing", "Billing"),
        ]))
        .sequence(sequence(
            "service",
            "The service",
            [
                phase(
                    "enquiry",
                    "Enquiry",
                    &[Ch::Telephone, Ch::Email],
                    &[
                        (
                            "answer",
                            "Customer asks about the service",
                            M::Information,
                            "sales",
                            &[C::Prompt, C::Knowledgeable],
                            None,
                        ),
                        (
                            "advise",
                            "Staff advise on what suits",
                            M::Consultation,
                            "sales",
                            &[C::Helpful],
                            None,
                        ),
                    ],
                ),
                phase(
                    "order",
                    "Order",
                    &[Ch::Telephone, Ch::Email],
                    &[("take-order", "Staff take the order", M::OrderTaking, "sales", &[C::Accurate], None)],
                ),
                phase(
                    "delivery",
                    "Delivery",
                    &[Ch::FaceToFace],
                    &[
                        ("welcome", "Customer arrives", M::Welcome, "service", &[C::Friendly], None),
                        (
                            "deliver",
                            "The service is delivered",
                            M::Delivery,
                            "service",
                            &[C::Punctual],
                            COMPANY,
                        ),
                        (
                            "farewell",
                            "Staff thank the customer",
                            M::Farewell,
                            "service",
                            &[C::Friendly],
                            COMPANY,
                        ),
                    ],
                ),
                phase(
                    "billing",
                    "Billing",
                    &[Ch::Email],
                    &[("invoice", "Invoice sent", M::Billing, "billing", &[C::Accurate, C::Clear], COMPANY)],
                ),
                phase(
                    "after",
                    "After the service",
                    &[Ch::Email],
                    &[
                        ("feedback", "Customer is asked for feedback", M::FollowUp, "service", &[], COMPANY),
                        (
                            "complaint",
                            "Customer raises a problem",
                            M::Exception,
                            "service",
                            &[C::Helpful],
                            CUSTOMER,
                        ),
                    ],
                ),
            ],
        ))
}

/// A hotel: reservation, arrival, stay, departure.
pub(super) fn hotel() -> ServiceModelBuilder {
    ServiceModel::builder("A hotel")
        .profile(
            ServiceProfile::builder()
                .contact(ContactLevel::High)
                .capacity(CapacityControl::Reservations)
                .build(),
        )
        .departments(departments(&[
            ("reservations", "Reservations"),
            ("front-office", "Front office"),
            ("housekeeping", "Housekeeping"),
            ("management", "Management"),
        ]))
        .sequence(sequence(
            "reservation",
            "Reservation",
            [
                phase(
                    "enquiry",
                    "Enquiry",
                    &[Ch::Telephone],
                    &[
                        (
                            "answer-call",
                            "Reservation call answered",
                            M::Welcome,
                            "reservations",
                            &[C::Friendly, C::Prompt],
                            None,
                        ),
                        (
                            "offer-rooms",
                            "Room types and rates offered",
                            M::Consultation,
                            "reservations",
                            &[C::Knowledgeable, C::Honest],
                            None,
                        ),
                        (
                            "take-booking",
                            "Names, dates and contacts recorded",
                            M::OrderTaking,
                            "reservations",
                            &[C::Accurate],
                            None,
                        ),
                    ],
                ),
                phase(
                    "confirmation",
                    "Confirmation",
                    &[Ch::Email],
                    &[(
                        "send-confirmation",
                        "Booking confirmation sent",
                        M::FollowUp,
                        "reservations",
                        &[C::Accurate],
                        COMPANY,
                    )],
                ),
            ],
        ))
        .sequence(sequence(
            "stay",
            "The stay",
            [
                phase(
                    "check-in",
                    "Check-in",
                    &[Ch::FaceToFace],
                    &[
                        (
                            "greet",
                            "Guest approaches the desk",
                            M::Welcome,
                            "front-office",
                            &[C::Friendly, C::Attentive],
                            None,
                        ),
                        (
                            "register",
                            "Booking found and guest registered",
                            M::Identification,
                            "front-office",
                            &[C::Efficient, C::Discreet],
                            COMPANY,
                        ),
                        (
                            "issue-key",
                            "Key and directions to the room",
                            M::Delivery,
                            "front-office",
                            &[C::Informative],
                            COMPANY,
                        ),
                    ],
                ),
                phase(
                    "in-stay",
                    "During the stay",
                    &[Ch::Telephone, Ch::FaceToFace],
                    &[
                        (
                            "guest-request",
                            "Guest asks for towels or a repair",
                            M::OrderTaking,
                            "housekeeping",
                            &[C::Prompt],
                            CUSTOMER,
                        ),
                        ("complaint", "Guest complains", M::Exception, "management", &[C::Helpful], CUSTOMER),
                    ],
                ),
                phase(
                    "check-out",
                    "Check-out",
                    &[Ch::FaceToFace],
                    &[
                        (
                            "review-bill",
                            "Guest checks the bill",
                            M::Billing,
                            "front-office",
                            &[C::Accurate, C::Clear],
                            CUSTOMER,
                        ),
                        ("settle", "Guest pays", M::Payment, "front-office", &[C::Safe], COMPANY),
                        (
                            "farewell",
                            "Staff thank the guest and offer help with luggage",
                            M::Farewell,
                            "front-office",
                            &[C::Friendly],
                            COMPANY,
                        ),
                    ],
                ),
            ],
        ))
}

/// A shop in a street: advice, sale at the till, returns.
pub(super) fn shop() -> ServiceModelBuilder {
    ServiceModel::builder("A shop")
        .profile(
            ServiceProfile::builder()
                .capacity(CapacityControl::Queues)
                .usage(UsageFrequency::Frequent)
                .build(),
        )
        .departments(departments(&[
            ("shop-floor", "Shop floor"),
            ("tills", "Tills"),
            ("customer-service", "Customer service"),
        ]))
        .sequence(sequence(
            "visit",
            "A visit to the shop",
            [
                phase(
                    "browsing",
                    "On the shop floor",
                    &[Ch::FaceToFace],
                    &[
                        ("greet", "Customer comes in", M::Welcome, "shop-floor", &[C::Friendly], None),
                        (
                            "advise",
                            "Staff help the customer choose",
                            M::Consultation,
                            "shop-floor",
                            &[C::Knowledgeable, C::Helpful],
                            None,
                        ),
                    ],
                ),
                phase(
                    "till",
                    "At the till",
                    &[Ch::FaceToFace],
                    &[
                        ("queue", "Customer queues", M::Waiting, "tills", &[C::Attentive], CUSTOMER),
                        ("pay", "Customer pays", M::Payment, "tills", &[C::Efficient, C::Accurate], CUSTOMER),
                        (
                            "farewell",
                            "Staff thank the customer",
                            M::Farewell,
                            "tills",
                            &[C::Friendly],
                            COMPANY,
                        ),
                    ],
                ),
            ],
        ))
        .sequence(sequence(
            "returns",
            "Returns and complaints",
            [phase(
                "return",
                "At the service desk",
                &[Ch::FaceToFace],
                &[(
                    "return-goods",
                    "Customer brings goods back",
                    M::Exception,
                    "customer-service",
                    &[C::Helpful, C::Honest],
                    CUSTOMER,
                )],
            )
            // The refund hands money back to the customer.
            .step(
                Step::builder("refund", "Refund paid")
                    .moment(M::Payment)
                    .department("customer-service")
                    .characteristics([C::Accurate])
                    .started_by(Initiator::Company)
                    .hands_over([Valuable::Cash]),
            )],
        ))
}

/// A contact centre: inbound calls, written contacts, complaints.
pub(super) fn contact_centre() -> ServiceModelBuilder {
    ServiceModel::builder("A contact centre")
        .profile(
            ServiceProfile::builder()
                .contact(ContactLevel::Low)
                .capacity(CapacityControl::Queues)
                .delivery(DeliverySpan::Days)
                .build(),
        )
        .departments(departments(&[("front-line", "Front line"), ("second-line", "Second line")]))
        .sequence(sequence(
            "call",
            "Inbound call",
            [
                phase(
                    "access",
                    "Access",
                    &[Ch::Telephone],
                    &[
                        (
                            "queue",
                            "Caller waits for an agent",
                            M::Waiting,
                            "front-line",
                            &[C::Patient],
                            CUSTOMER,
                        ),
                        (
                            "agent-greeting",
                            "Agent greets the caller",
                            M::Welcome,
                            "front-line",
                            &[C::Friendly],
                            COMPANY,
                        ),
                        (
                            "verify-caller",
                            "Agent confirms the caller's identity",
                            M::Identification,
                            "front-line",
                            &[C::Discreet],
                            COMPANY,
                        ),
                    ],
                ),
                phase(
                    "handling",
                    "Handling",
                    &[Ch::Telephone],
                    &[
                        (
                            "understand-need",
                            "Agent listens and asks",
                            M::Consultation,
                            "front-line",
                            &[C::Attentive],
                            CUSTOMER,
                        ),
                        (
                            "answer",
                            "Agent answers or takes the change",
                            M::Information,
                            "front-line",
                            &[C::Knowledgeable, C::Accurate],
                            CUSTOMER,
                        ),
                        (
                            "close",
                            "Agent checks for other needs and thanks the caller",
                            M::Farewell,
                            "front-line",
                            &[C::Courteous],
                            COMPANY,
                        ),
                    ],
                ),
                phase(
                    "after-call",
                    "After the call",
                    &[Ch::Telephone],
                    &[(
                        "call-back",
                        "Promised call back",
                        M::FollowUp,
                        "second-line",
                        &[C::Punctual],
                        COMPANY,
                    )],
                ),
            ],
        ))
        .sequence(sequence(
            "written",
            "Written contact",
            [phase(
                "reply",
                "Reply",
                &[Ch::Email, Ch::Chat],
                &[
                    (
                        "receive-message",
                        "Message arrives",
                        M::Information,
                        "front-line",
                        &[C::Prompt],
                        CUSTOMER,
                    ),
                    (
                        "complaint",
                        "Caller complains in writing",
                        M::Exception,
                        "second-line",
                        &[C::Helpful],
                        CUSTOMER,
                    ),
                ],
            )],
        ))
}
