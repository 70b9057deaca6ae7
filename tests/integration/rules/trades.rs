//! The traps of the trade notes (`research/trades/*.md`, section 7) as
//! tests: models of a restaurant, a bank, an airline, a workshop and a
//! clinic, modelled with the facts a step can say (place, data, what it
//! hands over, risk, no contact, a contact that spans phases, a profile
//! per sequence), and what the catalogue must and must not derive there.

use service_standards::prelude::*;

/// The standards of the catalogue at `level` at the step `path`, as
/// `(concern, rule, target)`.
fn at(model: &ServiceModel, level: ServiceLevel, path: &str) -> Vec<(String, String, Target)> {
    let set = RuleSet::catalogue().derive(model, level);
    let path: StepPath = path.parse().unwrap();
    set.at_step(&path).map(|s| (s.concern().to_string(), s.rule().to_string(), s.target())).collect()
}

/// The concerns of the standards at `path`.
fn concerns(model: &ServiceModel, level: ServiceLevel, path: &str) -> Vec<String> {
    at(model, level, path).into_iter().map(|(c, _, _)| c).collect()
}

/// The target of the standard of `concern` at `path`, if there is one.
fn target(model: &ServiceModel, level: ServiceLevel, path: &str, concern: &str) -> Option<Target> {
    at(model, level, path).into_iter().find(|(c, _, _)| c == concern).map(|(_, _, t)| t)
}

fn restaurant() -> ServiceModel {
    use Characteristic as C;
    let face = [Channel::FaceToFace];
    ServiceModel::builder("Bistro")
        .sequence(
            Sequence::builder("visit", "Visit")
                .phase(
                    Phase::builder("arrival", "Arrival").channels(face).step(
                        Step::builder("greet", "Guest is greeted at the door")
                            .moment(MomentKind::Welcome)
                            .characteristics([C::Friendly, C::Attentive]),
                    ),
                )
                .phase(
                    Phase::builder("order", "Order").channels(face).step(
                        Step::builder("take", "Waiter takes the order at the table")
                            .moment(MomentKind::OrderTaking)
                            .place(Place::Table)
                            .data([DataUse::Records])
                            .characteristics([C::Efficient, C::Accurate, C::Friendly]),
                    ),
                )
                .phase(
                    Phase::builder("meal", "Meal").channels(face).step(
                        Step::builder("serve", "Dishes are served")
                            .moment(MomentKind::Delivery)
                            .place(Place::Table)
                            .continues("order/take"),
                    ),
                )
                .phase(
                    Phase::builder("bill", "Bill")
                        .channels(face)
                        .step(
                            Step::builder("present", "Guest asks for the bill and gets it")
                                .moment(MomentKind::Billing)
                                .place(Place::Table)
                                .characteristics([C::Efficient, C::Accurate]),
                        )
                        .step(
                            Step::builder("pay", "Guest pays at the table")
                                .moment(MomentKind::Payment)
                                .place(Place::Table)
                                .characteristics([C::Efficient, C::Safe]),
                        ),
                ),
        )
        .build()
        .unwrap()
}

/// A restaurant's order and bill steps get no arrival greeting and no
/// desk transaction: the guest has been at the table for an hour.
#[test]
fn the_restaurant_greets_at_the_door_only() {
    let model = restaurant();
    for &level in ServiceLevel::ALL {
        assert!(concerns(&model, level, "visit/arrival/greet").contains(&"greeting-on-arrival".to_owned()));
        for step in ["visit/order/take", "visit/meal/serve", "visit/bill/present", "visit/bill/pay"] {
            let found = concerns(&model, level, step);
            assert!(!found.contains(&"greeting-on-arrival".to_owned()), "{level} {step}: {found:?}");
            assert!(!found.contains(&"transaction-time".to_owned()), "{level} {step}: {found:?}");
        }
    }
}

/// A step that continues an earlier step of another phase is one contact
/// with it: serving the dishes opens no contact, and what the order stated
/// once per contact is not repeated there.
#[test]
fn the_dishes_served_continue_the_order_contact() {
    let model = restaurant();
    let serve = model.step(&"visit/meal/serve".parse().unwrap()).unwrap().step();
    let take = model.step(&"visit/order/take".parse().unwrap()).unwrap().step();
    let greet = model.step(&"visit/arrival/greet".parse().unwrap()).unwrap().step();
    assert!(!serve.opens_contact());
    assert!(serve.same_contact(take));
    assert!(!serve.same_contact(greet));
    assert_eq!(serve.continues().unwrap().to_string(), "visit/order/take");
}

fn bank() -> ServiceModel {
    let weeks = ServiceProfile::builder().delivery(DeliverySpan::Weeks).risk(Risk::High).build();
    ServiceModel::builder("Branch")
        .profile(ServiceProfile::builder().capacity(CapacityControl::Queues).build())
        .sequence(
            Sequence::builder("cash", "Cash desk").phase(
                Phase::builder("desk", "At the counter")
                    .channels([Channel::FaceToFace])
                    .step(
                        Step::builder("ask", "Customer asks to withdraw cash")
                            .moment(MomentKind::OrderTaking)
                            .place(Place::Counter)
                            .data([DataUse::Records])
                            .characteristics([Characteristic::Efficient, Characteristic::Accurate]),
                    )
                    .step(
                        Step::builder("pay-out", "Cash is counted and paid out")
                            .moment(MomentKind::Delivery)
                            .place(Place::Counter)
                            .hands_over([Valuable::Cash]),
                    ),
            ),
        )
        .sequence(
            Sequence::builder("cards", "Cards").phase(
                Phase::builder("lost", "Lost card").channels([Channel::Telephone]).step(
                    Step::builder("block", "Customer calls to block a lost card")
                        .moment(MomentKind::Exception)
                        .place(Place::Remote)
                        .hands_over([Valuable::Card])
                        .risk(Risk::High)
                        .characteristics([Characteristic::Prompt, Characteristic::Helpful]),
                ),
            ),
        )
        .sequence(
            Sequence::builder("loans", "Loans").profile(weeks).phase(
                Phase::builder("dispute", "Dispute")
                    .channels([Channel::Email])
                    .step(
                        Step::builder("complain", "Customer disputes a charge").moment(MomentKind::Exception),
                    )
                    .step(
                        Step::builder("wait", "Customer waits for the outcome")
                            .moment(MomentKind::Waiting)
                            .started_by(Initiator::Company),
                    ),
            ),
        )
        .build()
        .unwrap()
}

/// Cash paid out is checked every time, never "in 98 % of cases".
#[test]
fn cash_paid_out_is_right_every_time() {
    let model = bank();
    for &level in ServiceLevel::ALL {
        assert_eq!(target(&model, level, "cash/desk/pay-out", "delivery-accuracy"), Some(Target::Always));
        let shares = at(&model, level, "cash/desk/pay-out")
            .into_iter()
            .filter(|(_, _, t)| matches!(t, Target::Share(_) | Target::ShareWithin { .. }))
            .collect::<Vec<_>>();
        assert_eq!(shares, [], "{level}");
    }
}

/// A lost card is blocked during the call: no "solve within 1 hour", no
/// cloakroom receipt, no contingency plan started; the complaint rules of
/// a customer's call still apply.
#[test]
fn a_card_block_call_stops_the_loss_in_the_call() {
    let model = bank();
    for &level in ServiceLevel::ALL {
        let found = at(&model, level, "cards/lost/block");
        let resolution: Vec<_> = found.iter().filter(|(c, _, _)| c == "complaint-resolution").collect();
        assert_eq!(
            resolution,
            [&("complaint-resolution".to_owned(), "stop-the-loss-in-contact".to_owned(), Target::Always)],
            "{level}"
        );
        for concern in ["safekeeping", "contingency-start"] {
            assert!(found.iter().all(|(c, _, _)| c != concern), "{level}: {concern} in {found:?}");
        }
    }
}

/// A bank's loans run in weeks and its cash desk in minutes: a card
/// dispute is resolved in the time the law sets, not "within 5 days", and
/// progress updates are for the loans, not for the cash desk.
#[test]
fn each_sequence_is_derived_with_its_own_profile() {
    let model = bank();
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let rules_at = |path: &str| -> Vec<String> {
        let path: StepPath = path.parse().unwrap();
        set.at_step(&path).map(|s| s.rule().to_string()).collect()
    };
    assert!(rules_at("loans/dispute/complain").contains(&"resolve-in-the-legal-time".to_owned()));
    assert!(!rules_at("loans/dispute/complain").contains(&"resolve-complaints".to_owned()));
    assert!(rules_at("loans/dispute/wait").contains(&"progress-updates".to_owned()));
    // The queue of the model's profile holds at the cash desk, not in the loans' sequence.
    assert_eq!(model.profile_of(&model.sequences()[2]).capacity(), CapacityControl::Unconstrained);
}

fn airline() -> ServiceModel {
    ServiceModel::builder("Airline")
        .profile(ServiceProfile::builder().tasks(TaskAllocation::ServiceAndSales).build())
        .sequence(
            Sequence::builder("trip", "Trip")
                .phase(
                    Phase::builder("airport", "Airport").channels([Channel::FaceToFace]).step(
                        Step::builder("bag-drop", "Passenger drops a bag")
                            .moment(MomentKind::Safekeeping)
                            .place(Place::Desk)
                            .hands_over([Valuable::Baggage]),
                    ),
                )
                .phase(
                    Phase::builder("delay", "Delay")
                        .channels([Channel::FaceToFace, Channel::Sms, Channel::App])
                        .step(
                            Step::builder("announce", "The delay is announced at the gate and by message")
                                .moment(MomentKind::Disruption)
                                .place(Place::Gate),
                        ),
                )
                .phase(
                    Phase::builder("boarding", "Boarding").channels([Channel::FaceToFace]).step(
                        Step::builder("board", "Boarding passes and passports are checked")
                            .moment(MomentKind::Identification)
                            .place(Place::Gate)
                            .hands_over([Valuable::Documents])
                            .characteristics([Characteristic::Efficient, Characteristic::Friendly]),
                    ),
                ),
        )
        .build()
        .unwrap()
}

/// An airline's delay announcement is the company's: no complaint thanks,
/// no "no selling while the complaint is open"; it gets the disruption's
/// own standards instead (the updates come after it, not at it). Boarding
/// at the gate is no arrival at a desk.
#[test]
fn a_delay_announcement_is_no_complaint() {
    let model = airline();
    let announce = model.step(&"trip/delay/announce".parse().unwrap()).unwrap().step();
    assert_eq!(announce.started_by(), Initiator::Company);
    for &level in ServiceLevel::ALL {
        let found = concerns(&model, level, "trip/delay/announce");
        for complaint in ["complaint-apology", "no-selling-in-complaints", "complaint-resolution"] {
            assert!(!found.contains(&complaint.to_owned()), "{level}: {found:?}");
        }
        for disruption in ["disruption-notice", "no-selling-in-disruptions"] {
            assert!(found.contains(&disruption.to_owned()), "{level}: {disruption} missing in {found:?}");
        }
        // Updates follow a first notice: the announcement itself promises
        // when the next one comes.
        assert!(!found.contains(&"disruption-updates".to_owned()), "{level}: {found:?}");
        // Starting the contingency plan is the department's duty, stated once.
        let set = RuleSet::catalogue().derive(&model, level);
        let policies: Vec<&str> = set.policies().iter().map(|p| p.standard().concern().as_str()).collect();
        assert!(policies.contains(&"contingency-start"), "{level}: {policies:?}");
        let board = concerns(&model, level, "trip/boarding/board");
        assert!(!board.contains(&"greeting-on-arrival".to_owned()), "{level}: {board:?}");
        assert!(!board.contains(&"transaction-time".to_owned()), "{level}: {board:?}");
    }
    // A bag left at the desk gets its receipt.
    assert!(
        concerns(&model, ServiceLevel::Expected, "trip/airport/bag-drop").contains(&"safekeeping".to_owned())
    );
}

fn workshop() -> ServiceModel {
    let face = [Channel::FaceToFace];
    ServiceModel::builder("Garage")
        .sequence(
            Sequence::builder("service", "Car service")
                .phase(
                    Phase::builder("reception", "Reception").channels(face).step(
                        Step::builder("drop-off", "Customer leaves the car at the desk")
                            .moment(MomentKind::Welcome)
                            .place(Place::Desk)
                            .characteristics([Characteristic::Friendly]),
                    ),
                )
                .phase(
                    Phase::builder("work", "Work").channels(face).step(
                        Step::builder("repair", "The car is repaired in the bay")
                            .moment(MomentKind::Delivery)
                            .place(Place::Bay)
                            .no_contact()
                            .characteristics([Characteristic::Punctual, Characteristic::Friendly]),
                    ),
                )
                .phase(
                    Phase::builder("collection", "Collection")
                        .channels(face)
                        .step(
                            Step::builder("pay", "Customer pays at the desk")
                                .moment(MomentKind::Payment)
                                .place(Place::Desk)
                                .data([DataUse::Records]),
                        )
                        .step(
                            Step::builder("hand-back", "The car and its keys are handed back")
                                .moment(MomentKind::Delivery)
                                .place(Place::Desk)
                                .hands_over([Valuable::Vehicle, Valuable::Keys]),
                        ),
                ),
        )
        .build()
        .unwrap()
}

/// A repair in the bay is no contact: no greeting, no conduct in view, no
/// standard of how staff deal with the customer; a car handed back is
/// checked every time and gets no cloakroom receipt, and it continues the
/// customer's visit at the desk rather than opening a contact.
#[test]
fn a_repair_is_no_contact_and_a_car_is_handed_back_every_time_right() {
    let model = workshop();
    let repair = model.step(&"service/work/repair".parse().unwrap()).unwrap().step();
    assert!(!repair.is_contact() && !repair.opens_contact());
    let hand_back = model.step(&"service/collection/hand-back".parse().unwrap()).unwrap().step();
    assert!(!hand_back.opens_contact(), "a live hand-over face to face continues the visit");
    assert!(hand_back.is_serious());
    for &level in ServiceLevel::ALL {
        let set = RuleSet::catalogue().derive(&model, level);
        let path: StepPath = "service/work/repair".parse().unwrap();
        let personal: Vec<_> = set
            .at_step(&path)
            .filter(|s| s.kind() == StandardKind::PersonalContact)
            .map(Standard::rule)
            .collect();
        assert!(personal.is_empty(), "{level}: {personal:?}");
        let at_repair = concerns(&model, level, "service/work/repair");
        assert!(at_repair.contains(&"punctuality".to_owned()), "{level}: {at_repair:?}");
        assert_eq!(
            target(&model, level, "service/collection/hand-back", "delivery-accuracy"),
            Some(Target::Always)
        );
        assert_eq!(target(&model, level, "service/collection/hand-back", "safekeeping"), None);
    }
}

/// A clinic's patient identity at check-in is serious: records are kept
/// without error every time, never in 98 % of cases.
#[test]
fn a_clinic_records_every_time_where_a_loss_is_serious() {
    let model = ServiceModel::builder("Clinic")
        .profile(ServiceProfile::builder().risk(Risk::High).build())
        .sequence(
            Sequence::builder("visit", "Visit").phase(
                Phase::builder("check-in", "Check-in").channels([Channel::FaceToFace]).step(
                    Step::builder("register", "Patient is registered at the desk")
                        .moment(MomentKind::Identification)
                        .place(Place::Desk)
                        .data([DataUse::Records, DataUse::LooksUp])
                        .characteristics([Characteristic::Accurate]),
                ),
            ),
        )
        .build()
        .unwrap();
    let register = model.step(&"visit/check-in/register".parse().unwrap()).unwrap().step();
    assert_eq!(register.risk(), Risk::High, "the step takes its sequence's risk");
    for &level in ServiceLevel::ALL {
        assert_eq!(target(&model, level, "visit/check-in/register", "record-accuracy"), Some(Target::Always));
    }
}

/// A salon's appointment: a booking confirmed in writing, a reminder the
/// day before, the visit, and a survey after it.
fn appointment() -> ServiceModel {
    let text = [Channel::Sms];
    let step = |id: &str, moment| Step::builder(id, id).moment(moment);
    ServiceModel::builder("Salon")
        .sequence(
            Sequence::builder("appointment", "Appointment")
                .phase(
                    Phase::builder("booking", "Booking")
                        .channels([Channel::Telephone])
                        .step(step("book", MomentKind::OrderTaking))
                        .step(
                            step("confirm", MomentKind::Information)
                                .started_by(Initiator::Company)
                                .channels(text),
                        ),
                )
                .phase(Phase::builder("before", "Before the visit").channels(text).step(
                    step("reminder", MomentKind::FollowUp).started_by(Initiator::Company).opens_contact(),
                ))
                .phase(
                    Phase::builder("visit", "Visit")
                        .channels([Channel::FaceToFace])
                        .step(step("greet", MomentKind::Welcome))
                        .step(
                            step("ready", MomentKind::Information)
                                .started_by(Initiator::Company)
                                .channels(text),
                        )
                        .step(step("service", MomentKind::Delivery)),
                )
                .phase(Phase::builder("after", "After the visit").channels([Channel::Email]).step(
                    step("survey", MomentKind::FollowUp).started_by(Initiator::Company).opens_contact(),
                )),
        )
        .build()
        .unwrap()
}

/// The written confirmation of an order follows the order taken in its
/// phase, not every message the company sends; feedback is asked after the
/// visit, not with the reminder before it.
#[test]
fn a_confirmation_follows_the_order_and_feedback_the_service() {
    let model = appointment();
    for &level in ServiceLevel::ALL {
        assert!(
            concerns(&model, level, "appointment/booking/confirm").contains(&"order-confirmation".to_owned())
        );
        assert!(
            !concerns(&model, level, "appointment/visit/ready").contains(&"order-confirmation".to_owned())
        );
        assert!(
            !concerns(&model, level, "appointment/before/reminder").contains(&"feedback-request".to_owned())
        );
        assert!(concerns(&model, level, "appointment/after/survey").contains(&"feedback-request".to_owned()));
    }
    // Answering the reviews is the business's duty, called for by the
    // survey, not by the reminder.
    let set = RuleSet::catalogue().derive(&model, ServiceLevel::Expected);
    let replies: Vec<String> = set
        .policies_of(None)
        .filter(|p| p.standard().concern().as_str() == "review-replies")
        .flat_map(|p| p.steps().iter().map(ToString::to_string))
        .collect();
    assert_eq!(replies, ["appointment/after/survey"]);
    assert!(
        !concerns(&model, ServiceLevel::Expected, "appointment/after/survey")
            .contains(&"review-replies".to_owned())
    );
}

/// A gym's membership desk: a member asks to freeze their membership (a
/// request) and another complains that a machine was broken again (a
/// complaint). Complaint rules land on the complaint only.
#[test]
fn a_request_is_no_complaint() {
    let desk = |id: &str, moment| {
        Step::builder(id, id)
            .moment(moment)
            .characteristics([Characteristic::Helpful, Characteristic::Patient])
    };
    let model = ServiceModel::builder("Gym")
        .sequence(
            Sequence::builder("membership", "Membership").phase(
                Phase::builder("desk", "Desk")
                    .channels([Channel::FaceToFace, Channel::Email])
                    .step(desk("freeze", MomentKind::Request))
                    .step(desk("complaint", MomentKind::Exception).opens_contact()),
            ),
        )
        .build()
        .unwrap();
    let complaint_concerns = ["complaint-apology", "complaint-registration", "complaint-resolution"];
    for &level in ServiceLevel::ALL {
        let request = concerns(&model, level, "membership/desk/freeze");
        let complaint = concerns(&model, level, "membership/desk/complaint");
        for concern in complaint_concerns {
            assert!(!request.contains(&concern.to_owned()), "{level}: {concern} on a request: {request:?}");
        }
        assert!(complaint.contains(&"complaint-apology".to_owned()), "{level}: {complaint:?}");
        // What a request shares with a complaint stays: the request is owned.
        assert!(request.contains(&"ownership".to_owned()), "{level}: {request:?}");
    }
}
