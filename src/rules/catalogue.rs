//! The built-in catalogue: the domain's knowledge of good service, as rules.
//!
//! Every rule is written in our own words from the service-quality
//! literature (see `DOMAIN.md`): channel emphasis, the three kinds and three
//! levels of standard, the nine factors of the service function, brand
//! emotions and every department's correspondence. Targets follow common
//! industry practice (a call answered within three rings, an e-mail within a
//! working day, a guest greeted within a minute).

use std::time::Duration;

use crate::{
    Capability as Cap, CapacityControl as Cc, Channel as Ch, Characteristic as C, Complexity as Cx,
    Condition, ContactLevel as Co, DeliverySpan as Ds, Emotion as E, Factor as F, Intermediaries as I,
    MomentKind as M, Purchaser as Pu, QualityDimension as D, Risk as Rk, Rule, RuleBuilder, RuleSet,
    ServiceLevel as L, StandardKind as K, Target as T, Targets, TaskAllocation as Ta, UsageFrequency as U,
};

/// A rule with its kind, dimension and statement.
fn rule(id: &str, kind: K, dimension: D, statement: &str) -> RuleBuilder {
    Rule::builder(id).kind(kind).dimension(dimension).statement(statement)
}

/// Targets for the three levels, basic to exclusive.
const fn tiers(basic: T, expected: T, exclusive: T) -> Targets {
    Targets::new().at(L::Basic, basic).at(L::Expected, expected).at(L::Exclusive, exclusive)
}

/// Targets from the expected level up (the condition must say `from_level(L::Expected)`).
const fn from_expected(expected: T, exclusive: T) -> Targets {
    Targets::new().at(L::Expected, expected).at(L::Exclusive, exclusive)
}

/// The same target at every level.
const fn all(target: T) -> Targets {
    Targets::all(target)
}

/// A condition with nothing in it yet.
fn when() -> Condition {
    Condition::new()
}

/// An exclusive gesture: a rule that applies only at the exclusive level.
fn gesture(id: &str, kind: K, dimension: D, statement: &str, condition: Condition, target: T) -> RuleBuilder {
    rule(id, kind, dimension, statement)
        .when(condition.from_level(L::Exclusive))
        .targets(Targets::new().at(L::Exclusive, target))
}

/// At least once in every `days` days.
const fn every_days(days: u64) -> T {
    T::Every(Duration::from_secs(days * 86_400))
}

/// At least once in every `hours` hours.
const fn every_hours(hours: u64) -> T {
    T::Every(Duration::from_secs(hours * 3600))
}

/// At least once in every `minutes` minutes.
const fn every_mins(minutes: u64) -> T {
    T::Every(Duration::from_secs(minutes * 60))
}

/// A share of cases within a time.
const fn share_within(percent: u8, seconds: u64) -> T {
    T::ShareWithin { percent, within: Duration::from_secs(seconds) }
}

/// Moments the customer starts: questions, requests, orders, problems.
const ASKING: [M; 5] = [M::Welcome, M::Information, M::Consultation, M::OrderTaking, M::Exception];

/// Every rule of the catalogue, unsorted (the rule set sorts them).
#[allow(clippy::too_many_lines, reason = "the catalogue is one table of data")]
pub(crate) fn rules() -> Vec<RuleBuilder> {
    vec![
        // ── Direct contact: what the customer sees ─────────────────────────────
        rule("greet-on-arrival", K::PersonalContact, D::Responsiveness, "Greet every customer {target} of arrival, with eye contact and a smile")
            .when(when().moments([M::Welcome]).capabilities([Cap::StaffSeen]))
            .targets(tiers(T::within_secs(60), T::within_secs(30), T::within_secs(10))),
        rule("uniform-and-badge", K::PersonalContact, D::Tangibles, "Wear the full, clean uniform with a readable name badge whenever customers can see you")
            .when(when().moments([M::Welcome]).capabilities([Cap::StaffSeen]))
            .targets(all(T::Always)),
        rule("tidy-service-point", K::Product, D::Tangibles, "Check that the desk, counter or room the customer sees is clean and clear of clutter {target}")
            .when(when().moments([M::Welcome, M::Waiting, M::Hospitality]).capabilities([Cap::StaffSeen]))
            .targets(tiers(every_hours(4), every_hours(2), every_hours(1))),
        rule("eye-contact-and-posture", K::PersonalContact, D::Empathy, "Face the customer with an open posture and put other work aside while serving them")
            .when(when().moments([M::Welcome, M::Information, M::Consultation, M::Payment, M::Farewell]).capabilities([Cap::StaffSeen]))
            .targets(all(T::Always)),
        rule("no-private-phone-in-view", K::PersonalContact, D::Assurance, "Never use a private phone, eat or chat among staff in view of a waiting customer")
            .when(when().moments([M::Welcome, M::Waiting, M::Consultation, M::OrderTaking, M::Payment]).capabilities([Cap::StaffSeen]))
            .targets(all(T::Never)),
        rule("escort-not-point", K::PersonalContact, D::Empathy, "Walk the customer to the place they are looking for instead of pointing, when it is in the building")
            .when(when().moments([M::Information]).characteristics([C::Helpful]).capabilities([Cap::StaffSeen]).from_level(L::Expected))
            .targets(from_expected(T::Always, T::Always)),
        rule("acknowledge-waiting-customer", K::PersonalContact, D::Responsiveness, "Acknowledge every customer who is waiting {target}, even while serving someone else")
            .when(when().moments([M::Waiting]).capabilities([Cap::StaffSeen]))
            .targets(tiers(T::within_secs(60), T::within_secs(30), T::within_secs(15))),
        rule("attentive-offer-help", K::PersonalContact, D::Empathy, "Offer help to a customer who looks lost or unsure {target}")
            .when(when().moments([M::Welcome, M::Waiting, M::Information, M::Hospitality]).characteristics([C::Attentive]).capabilities([Cap::StaffSeen]))
            .targets(tiers(T::within_secs(60), T::within_secs(30), T::within_secs(15))),
        rule("transaction-at-desk", K::Procedure, D::Responsiveness, "Complete the transaction at the desk {target}")
            .when(when().moments([M::Identification, M::OrderTaking, M::Payment]).characteristics([C::Efficient]).capabilities([Cap::StaffSeen]))
            .targets(tiers(T::within_mins(5), T::within_mins(3), T::within_mins(2))),
        rule("comfortable-waiting-area", K::Product, D::Tangibles, "Offer seating, water and something to read wherever customers wait in person")
            .when(when().moments([M::Waiting, M::Hospitality]).characteristics([C::Comfortable]).channels([Ch::FaceToFace]))
            .targets(all(T::Always)),
        rule("well-kept-materials", K::Product, D::Tangibles, "Check that brochures, menus, forms and signs are clean, current and undamaged {target}")
            .when(when().characteristics([C::WellPresented]))
            .targets(tiers(every_days(30), every_days(14), every_days(7))),
        rule("safe-premises", K::Product, D::Tangibles, "Walk the customer area for hazards such as wet floors, loose cables and blocked exits {target}")
            .when(when().characteristics([C::Safe]).capabilities([Cap::StaffSeen]))
            .targets(tiers(every_hours(4), every_hours(2), every_hours(1))),
        // ── Telephone and voice ────────────────────────────────────────────────
        rule("phone-answer", K::Procedure, D::Responsiveness, "Answer every call {target}")
            .when(when().channels([Ch::Telephone]).moments(ASKING))
            .targets(tiers(T::WithinRings(5), T::WithinRings(3), T::WithinRings(2))),
        rule("phone-opening", K::PersonalContact, D::Communication, "Open every call with a greeting, the company's name and your own name")
            .when(when().channels([Ch::Telephone]).moments(ASKING))
            .targets(all(T::Always)),
        rule("warm-even-voice", K::PersonalContact, D::Empathy, "Speak at a calm pace and in a warm, even tone with every customer")
            .when(when().characteristics([C::Friendly, C::Courteous]).capabilities([Cap::StaffHeard]))
            .targets(all(T::Always)),
        rule("hold-with-permission", K::Procedure, D::Responsiveness, "Ask before putting a caller on hold and come back to them {target}")
            .when(when().channels([Ch::Telephone]).moments([M::Information, M::Consultation, M::OrderTaking, M::Exception]))
            .targets(tiers(T::within_secs(60), T::within_secs(45), T::within_secs(30))),
        rule("transfer-limit", K::Procedure, D::Convenience, "Transfer a caller {target}, and only with a warm hand-over of the case")
            .when(when().channels([Ch::Telephone]).moments([M::Information, M::Consultation, M::Exception]))
            .targets(tiers(T::AtMost(2), T::AtMost(1), T::AtMost(1))),
        rule("call-back-as-agreed", K::Procedure, D::Reliability, "When a question cannot be answered during the call, call back at the agreed time and {target}")
            .when(when().moments([M::Consultation, M::Exception]).characteristics([C::Punctual, C::Proactive, C::Helpful]).capabilities([Cap::StaffHeard]))
            .targets(tiers(T::within_hours(24), T::within_hours(4), T::within_hours(1))),
        rule("use-customer-name", K::PersonalContact, D::Empathy, "Use the customer's name {target} in the conversation")
            .when(when().characteristics([C::Personal, C::Friendly]).capabilities([Cap::StaffHeard]).from_level(L::Expected))
            .targets(from_expected(T::AtLeast(2), T::AtLeast(3))),
        rule("read-back-details", K::PersonalContact, D::Communication, "Read the key details back to the customer (what, when, how much) before the contact ends")
            .when(when().moments([M::OrderTaking, M::Consultation]).characteristics([C::Accurate, C::Clear]).capabilities([Cap::StaffHeard]))
            .targets(all(T::Always)),
        rule("listen-without-interrupting", K::PersonalContact, D::Empathy, "Let the customer finish before you answer, and sum up their need before offering a solution")
            .when(when().characteristics([C::Patient]).capabilities([Cap::StaffHeard]))
            .targets(all(T::Always)),
        rule("discreet-in-earshot", K::PersonalContact, D::Assurance, "Never say account, health or payment details aloud where other people can hear them")
            .when(when().characteristics([C::Discreet]).capabilities([Cap::StaffHeard]))
            .targets(all(T::Never)),
        rule("queued-calls-service-level", K::Procedure, D::Responsiveness, "Staff the lines so that queued calls are answered to a service level of {target}")
            .when(when().channels([Ch::Telephone]).moments(ASKING).factors([F::Capacity(Cc::Queues), F::Capacity(Cc::ReservationsAndQueues)]))
            .targets(tiers(share_within(70, 30), share_within(80, 20), share_within(90, 15))),
        rule("queue-position-updates", K::Procedure, D::Communication, "Tell every queued caller or chatter their expected wait and place in the queue, updated {target}")
            .when(when().channels([Ch::Telephone, Ch::Chat]).moments([M::Waiting, M::Welcome]).factors([F::Capacity(Cc::Queues), F::Capacity(Cc::ReservationsAndQueues)]))
            .targets(tiers(every_mins(2), every_mins(1), every_mins(1))),
        // ── Written channels ───────────────────────────────────────────────────
        rule("email-reply", K::Procedure, D::Responsiveness, "Reply to every e-mail {target} with a full answer, or with the name of the person handling it and a date")
            .when(when().channels([Ch::Email]).moments(ASKING))
            .targets(tiers(T::within_hours(24), T::within_hours(8), T::within_hours(2))),
        rule("web-form-reply", K::Procedure, D::Responsiveness, "Answer every request sent through a web form {target}")
            .when(when().channels([Ch::WebForm]).moments(ASKING))
            .targets(tiers(T::within_hours(24), T::within_hours(8), T::within_hours(4))),
        rule("chat-first-reply", K::Procedure, D::Responsiveness, "Reply to every new chat {target}")
            .when(when().channels([Ch::Chat]).moments(ASKING))
            .targets(tiers(T::within_secs(60), T::within_secs(30), T::within_secs(15))),
        rule("chat-running-replies", K::Procedure, D::Responsiveness, "Answer each message in a running chat {target}")
            .when(when().channels([Ch::Chat]).moments([M::Information, M::Consultation, M::OrderTaking, M::Exception]))
            .targets(tiers(T::within_secs(90), T::within_secs(60), T::within_secs(30))),
        rule("letter-reply", K::Procedure, D::Responsiveness, "Answer every letter or fax {target}")
            .when(when().channels([Ch::Letter, Ch::Fax]).moments(ASKING))
            .targets(tiers(T::within_hours(240), T::within_hours(120), T::within_hours(48))),
        rule("plain-written-style", K::PersonalContact, D::Communication, "Write in plain language: a greeting, the customer's name, a clear answer and your full signature")
            .when(when().characteristics([C::Clear, C::Courteous, C::Accurate]).capabilities([Cap::Written]))
            .targets(all(T::Always)),
        rule("check-before-sending", K::Product, D::Reliability, "Check spelling, names, numbers and attachments before sending any written message")
            .when(when().moments([M::Information, M::OrderTaking, M::Billing, M::Payment, M::Exception, M::FollowUp]).capabilities([Cap::Written]))
            .targets(all(T::Always)),
        rule("department-signature", K::PersonalContact, D::Assurance, "Sign every letter and e-mail from {department} with your name, your role and a direct way to reach you")
            .when(when().moments([M::Information, M::Billing, M::Payment, M::Exception, M::FollowUp]).channels([Ch::Email, Ch::Letter, Ch::Fax]))
            .targets(all(T::Always)),
        rule("personalised-templates", K::PersonalContact, D::Empathy, "Adapt every template reply to the customer's own question and history")
            .when(when().characteristics([C::Personal]).capabilities([Cap::Written]).from_level(L::Expected))
            .targets(from_expected(T::Always, T::Always)),
        rule("friendly-written-opening", K::PersonalContact, D::Empathy, "Open every written conversation with a friendly greeting and the customer's name")
            .when(when().moments([M::Welcome, M::Information, M::Consultation, M::Exception]).characteristics([C::Friendly]).capabilities([Cap::Written]))
            .targets(all(T::Always)),
        rule("verify-recipient", K::Procedure, D::Assurance, "Never send personal data before checking that the address belongs to the customer")
            .when(when().characteristics([C::Discreet]).capabilities([Cap::Written]))
            .targets(all(T::Never)),
        // ── Public channels ────────────────────────────────────────────────────
        rule("public-reply-time", K::Procedure, D::Responsiveness, "Reply publicly to every question or complaint {target}")
            .when(when().capabilities([Cap::Public]).moments(ASKING))
            .targets(tiers(T::within_hours(2), T::within_hours(1), T::within_mins(30))),
        rule("private-data-off-public", K::PersonalContact, D::Assurance, "Never ask for or repeat personal or account data in a public reply; invite the customer to a private channel instead")
            .when(when().capabilities([Cap::Public]).moments([M::Identification, M::OrderTaking, M::Exception, M::Billing, M::Payment]))
            .targets(all(T::Never)),
        rule("no-public-argument", K::PersonalContact, D::Assurance, "Never argue with a customer, or blame one, in public")
            .when(when().capabilities([Cap::Public]).moments([M::Exception, M::Information, M::Consultation]))
            .targets(all(T::Never)),
        rule("public-close-the-loop", K::Procedure, D::Communication, "Post a short public follow-up when a complaint raised in public has been resolved")
            .when(when().capabilities([Cap::Public]).moments([M::Exception]).from_level(L::Expected))
            .targets(from_expected(T::Always, T::Always)),
        rule("forum-watch", K::Procedure, D::Responsiveness, "Read new forum posts about the company {target}")
            .when(when().channels([Ch::Forum]))
            .targets(tiers(every_hours(24), every_hours(8), every_hours(4))),
        // ── Self-service and video ─────────────────────────────────────────────
        rule("self-service-next-step", K::Product, D::Communication, "Give every self-service screen or page one clear next step and help in plain language")
            .when(when().channels([Ch::SelfService]))
            .targets(all(T::Always)),
        rule("self-service-human-fallback", K::Procedure, D::Convenience, "Show on every self-service page how to reach a person, and when")
            .when(when().channels([Ch::SelfService]))
            .targets(all(T::Always)),
        rule("self-service-completes", K::Product, D::Reliability, "Make sure self-service transactions complete without error {target}")
            .when(when().channels([Ch::SelfService]).moments([M::OrderTaking, M::Payment, M::Identification, M::Information]))
            .targets(tiers(T::Share(95), T::Share(98), T::Share(99))),
        rule("video-setting", K::Product, D::Tangibles, "Join video calls from a quiet, well-lit place, with a neutral background and the camera at eye level")
            .when(when().channels([Ch::VideoCall]))
            .targets(all(T::Always)),
        rule("video-on-time", K::Procedure, D::Reliability, "Start every scheduled video call {target} of the agreed time")
            .when(when().channels([Ch::VideoCall]))
            .targets(tiers(T::within_mins(2), T::within_mins(1), T::within_secs(30))),
        // ── Characteristics at the moments where they matter ───────────────────
        rule("right-first-time-answers", K::Procedure, D::Assurance, "Give a correct and complete answer at the first contact {target}; ask a colleague rather than guess")
            .when(when().moments([M::Information, M::Consultation]).characteristics([C::Knowledgeable]))
            .targets(tiers(T::Share(90), T::Share(95), T::Share(98))),
        rule("accurate-records", K::Procedure, D::Reliability, "Record names, dates and amounts without error {target}")
            .when(when().moments([M::OrderTaking, M::Identification, M::Billing, M::Payment]).characteristics([C::Accurate]))
            .targets(tiers(T::Share(98), T::Share(99), T::Share(100))),
        rule("explain-next-steps", K::PersonalContact, D::Communication, "Explain, without jargon, what happens next, when, and what the customer has to do")
            .when(when().moments([M::Information, M::Consultation, M::Delivery]).characteristics([C::Clear, C::Informative]))
            .targets(all(T::Always)),
        rule("warn-before-asked", K::Procedure, D::Communication, "Tell the customer about a delay or a change before they have to ask, {target} of learning about it")
            .when(when().moments([M::Waiting, M::Delivery, M::Information]).characteristics([C::Proactive]))
            .targets(tiers(T::within_hours(2), T::within_mins(30), T::within_mins(15))),
        rule("remember-what-was-shared", K::PersonalContact, D::Empathy, "Refer to something the customer told you before (a preference, an occasion) when it helps them")
            .when(when().moments([M::Welcome, M::Consultation, M::Farewell]).characteristics([C::Personal]).from_level(L::Expected))
            .targets(from_expected(T::Always, T::Always)),
        rule("accessible-alternative", K::Product, D::Convenience, "Offer an accessible alternative (large print, step-free access, a call-back, text relay) to every customer who needs one")
            .when(when().characteristics([C::Accessible]))
            .targets(all(T::Always)),
        rule("secure-payment", K::Procedure, D::Assurance, "Take payments only through approved, secure terminals or links; never write down card numbers")
            .when(when().moments([M::Payment]).characteristics([C::Safe]))
            .targets(all(T::Always)),
        rule("own-the-request", K::PersonalContact, D::Responsiveness, "Own the customer's request until it is solved or handed to a named colleague; never answer 'that is not my department'")
            .when(when().moments([M::Exception, M::Consultation, M::Information]).characteristics([C::Helpful]))
            .targets(all(T::Always)),
        rule("one-answer-everywhere", K::Procedure, D::Reliability, "Keep the shared knowledge base current so every channel gives the same answer, updating it {target} of a change")
            .when(when().characteristics([C::Consistent]))
            .targets(tiers(T::within_hours(24), T::within_hours(8), T::within_hours(4))),
        rule("no-repeated-questions", K::Procedure, D::Convenience, "Never ask the customer again for information they have already given in this contact")
            .when(when().characteristics([C::Efficient]))
            .targets(all(T::Never)),
        rule("courteous-address", K::PersonalContact, D::Assurance, "Address customers formally until they suggest otherwise, and say please and thank you in every contact")
            .when(when().characteristics([C::Courteous]))
            .targets(all(T::Always)),
        rule("offer-an-alternative", K::PersonalContact, D::Convenience, "Offer {target} an alternative when the customer's first request cannot be met")
            .when(when().moments([M::Exception, M::OrderTaking, M::Consultation]).characteristics([C::Flexible]).from_level(L::Expected))
            .targets(from_expected(T::AtLeast(1), T::AtLeast(2))),
        rule("keep-promised-times", K::Procedure, D::Reliability, "Deliver at the time promised {target}")
            .when(when().moments([M::Delivery, M::Waiting, M::OrderTaking]).characteristics([C::Punctual]))
            .targets(tiers(T::Share(90), T::Share(95), T::Share(98))),
        rule("full-price-upfront", K::PersonalContact, D::Assurance, "State the full price, fees included, before the customer commits; never add a charge that was not announced")
            .when(when().moments([M::OrderTaking, M::Consultation, M::Billing, M::Payment]).characteristics([C::Honest]))
            .targets(all(T::Always)),
        rule("acknowledge-promptly", K::PersonalContact, D::Responsiveness, "Acknowledge the customer {target} of the contact starting, even if the full answer takes longer")
            .when(when().moments([M::Information, M::Consultation, M::OrderTaking, M::Exception]).characteristics([C::Prompt]).capabilities([Cap::Synchronous]))
            .targets(tiers(T::within_secs(30), T::within_secs(15), T::within_secs(10))),
        // ── Moments of the flower of service ───────────────────────────────────
        rule("verify-identity", K::Procedure, D::Assurance, "Check the customer's identity with the agreed questions before showing or changing any account data")
            .when(when().moments([M::Identification]))
            .targets(all(T::Always)),
        rule("find-the-record", K::Procedure, D::Responsiveness, "Find the customer's booking, order or account {target}")
            .when(when().moments([M::Identification]).characteristics([C::Prompt, C::Efficient]))
            .targets(tiers(T::within_mins(2), T::within_mins(1), T::within_secs(30))),
        rule("information-to-keep", K::Product, D::Communication, "Give the key information in a form the customer can keep: a card, a message or a link")
            .when(when().moments([M::Information, M::Consultation]).from_level(L::Expected))
            .targets(from_expected(T::Always, T::Always)),
        rule("ask-about-needs", K::PersonalContact, D::Empathy, "Ask open questions about the customer's needs, {target}, before recommending anything")
            .when(when().moments([M::Consultation]))
            .targets(tiers(T::AtLeast(1), T::AtLeast(2), T::AtLeast(3))),
        rule("order-confirmation", K::Procedure, D::Reliability, "Confirm every order with its items, price and delivery date {target}")
            .when(when().moments([M::OrderTaking]))
            .targets(tiers(T::within_hours(1), T::within_mins(15), T::within_mins(5))),
        rule("wait-estimate", K::Procedure, D::Communication, "Tell waiting customers how long they will wait, and update the estimate {target}")
            .when(when().moments([M::Waiting]))
            .targets(tiers(every_mins(15), every_mins(10), every_mins(5))),
        rule("right-first-time-delivery", K::Procedure, D::Reliability, "Check the product or service against the order before handing it over, so it is right the first time {target}")
            .when(when().moments([M::Delivery]))
            .targets(tiers(T::Share(95), T::Share(98), T::Share(99))),
        rule("hospitality-offer", K::Product, D::Empathy, "Offer a drink and a comfortable seat to every customer who stays with you for more than a few minutes")
            .when(when().moments([M::Hospitality]))
            .targets(all(T::Always)),
        rule("safekeeping-receipt", K::Procedure, D::Assurance, "Give a receipt for everything left in the company's care, and hand it back {target} of being asked")
            .when(when().moments([M::Safekeeping]))
            .targets(tiers(T::within_mins(15), T::within_mins(10), T::within_mins(5))),
        rule("invoice-right-first-time", K::Product, D::Reliability, "Issue invoices that are correct at the first attempt {target}")
            .when(when().moments([M::Billing]))
            .targets(tiers(T::Share(97), T::Share(99), T::Share(100))),
        rule("invoice-layout", K::Product, D::Communication, "Lay out every invoice so each charge is named, dated and matches what the customer agreed to")
            .when(when().moments([M::Billing]).characteristics([C::Clear, C::Accurate]))
            .targets(all(T::Always)),
        rule("billing-letter-thanks", K::PersonalContact, D::Empathy, "End every invoice or billing letter from {department} with a personal word of thanks")
            .when(when().moments([M::Billing]).capabilities([Cap::Written]))
            .targets(all(T::Always)),
        rule("payment-confirmation", K::Procedure, D::Reliability, "Confirm every payment received {target}")
            .when(when().moments([M::Payment]))
            .targets(tiers(T::within_hours(24), T::within_hours(1), T::within_mins(15))),
        rule("courteous-reminders", K::PersonalContact, D::Empathy, "Word payment reminders courteously, with the amount, the due date and a named contact; never threaten in a first reminder")
            .when(when().moments([M::Payment]).capabilities([Cap::Written]))
            .targets(all(T::Always)),
        rule("acknowledge-complaints", K::Procedure, D::Responsiveness, "Acknowledge every complaint or special request {target}, with a case number and the date of the full answer")
            .when(when().moments([M::Exception]))
            .targets(tiers(T::within_hours(24), T::within_hours(4), T::within_hours(1))),
        rule("resolve-complaints", K::Procedure, D::Reliability, "Resolve every complaint {target}")
            .when(when().moments([M::Exception]))
            .targets(tiers(T::within_hours(336), T::within_hours(120), T::within_hours(48))),
        rule("thank-and-apologise", K::PersonalContact, D::Empathy, "Thank the customer for raising the problem and apologise for the trouble before explaining anything")
            .when(when().moments([M::Exception]))
            .targets(all(T::Always)),
        rule("settle-on-the-spot", K::Procedure, D::Responsiveness, "Let front-line staff settle small complaints on the spot, up to an agreed amount, without asking a manager")
            .when(when().moments([M::Exception]).from_level(L::Expected))
            .targets(from_expected(T::Always, T::Always)),
        rule("thank-and-invite-back", K::PersonalContact, D::Empathy, "Thank the customer and invite them back at the end of every contact")
            .when(when().moments([M::Farewell]))
            .targets(all(T::Always)),
        rule("ask-for-feedback", K::Procedure, D::Communication, "Ask for feedback {target} of the service ending, with five questions at most")
            .when(when().moments([M::FollowUp]))
            .targets(tiers(T::within_hours(72), T::within_hours(48), T::within_hours(24))),
        rule("answer-every-review", K::PersonalContact, D::Responsiveness, "Answer every negative review or survey comment personally {target}")
            .when(when().moments([M::FollowUp]).from_level(L::Expected))
            .targets(from_expected(T::within_hours(48), T::within_hours(24))),
        // ── The nine factors of the service function ───────────────────────────
        rule("intermediary-bookings-honoured", K::Procedure, D::Reliability, "Honour every booking or order made through an intermediary exactly as if it had been made directly")
            .when(when().moments([M::OrderTaking, M::Identification]).factors([F::Intermediaries(I::Present)]))
            .targets(all(T::Always)),
        rule("intermediary-same-information", K::Procedure, D::Communication, "Give intermediaries the same prices, terms and news as the company's own channels, {target} of any change")
            .when(when().moments([M::Information, M::OrderTaking]).factors([F::Intermediaries(I::Present)]))
            .targets(tiers(T::within_hours(24), T::within_hours(8), T::within_hours(4))),
        rule("high-contact-training", K::Procedure, D::Assurance, "Train every employee who meets customers in these standards before their first shift, and refresh the training {target}")
            .when(when().moments([M::Welcome]).factors([F::Contact(Co::High)]))
            .targets(tiers(every_days(365), every_days(180), every_days(90))),
        rule("low-contact-central-desk", K::Procedure, D::Convenience, "Route every remote request to one central desk that owns it until it is solved")
            .when(when().moments([M::Information, M::Consultation, M::Exception]).factors([F::Contact(Co::Low)]))
            .targets(all(T::Always)),
        rule("account-manager", K::PersonalContact, D::Empathy, "Give every institutional customer a named account manager who answers them {target}")
            .when(when().moments([M::OrderTaking, M::Consultation, M::Exception]).factors([F::Purchaser(Pu::Institutional), F::Purchaser(Pu::Mixed)]))
            .targets(tiers(T::within_hours(24), T::within_hours(8), T::within_hours(4))),
        rule("consolidated-invoice", K::Procedure, D::Convenience, "Offer institutional customers one consolidated invoice per period, with their own order references")
            .when(when().moments([M::Billing]).factors([F::Purchaser(Pu::Institutional), F::Purchaser(Pu::Mixed)]))
            .targets(all(T::Always)),
        rule("progress-updates", K::Procedure, D::Communication, "Tell the customer how the work is progressing, with the expected completion date and cost, {target}")
            .when(when().moments([M::Waiting, M::Delivery]).factors([F::Delivery(Ds::Days), F::Delivery(Ds::Weeks)]))
            .targets(tiers(every_days(3), every_days(2), every_days(1))),
        rule("tracking-reference", K::Procedure, D::Reliability, "Give every order a tracking reference and a promised completion date when it is taken")
            .when(when().moments([M::OrderTaking]).factors([F::Delivery(Ds::Days), F::Delivery(Ds::Weeks)]))
            .targets(all(T::Always)),
        rule("booking-confirmation", K::Procedure, D::Reliability, "Confirm every booking in writing {target}, with dates, price and cancellation terms")
            .when(when().moments([M::OrderTaking]).factors([F::Capacity(Cc::Reservations), F::Capacity(Cc::ReservationsAndQueues)]))
            .targets(tiers(T::within_hours(2), T::within_hours(1), T::within_mins(15))),
        rule("online-booking-open", K::Product, D::Convenience, "Keep online booking open around the clock, showing live availability")
            .when(when().moments([M::OrderTaking]).factors([F::Capacity(Cc::Reservations), F::Capacity(Cc::ReservationsAndQueues)]))
            .targets(all(T::Always)),
        rule("realistic-wait-forecast", K::Procedure, D::Communication, "Give every queuing customer a wait forecast that is right to within five minutes {target}")
            .when(when().moments([M::Waiting, M::Welcome]).factors([F::Capacity(Cc::Queues), F::Capacity(Cc::ReservationsAndQueues)]))
            .targets(tiers(T::Share(80), T::Share(90), T::Share(95))),
        rule("fair-and-firm-queue", K::PersonalContact, D::Assurance, "Serve customers in order of arrival, friendly but firm with anyone who jumps the queue")
            .when(when().moments([M::Waiting]).factors([F::Capacity(Cc::Queues), F::Capacity(Cc::ReservationsAndQueues)]))
            .targets(all(T::Always)),
        rule("recognise-regulars", K::PersonalContact, D::Empathy, "Recognise returning customers from their record and greet them as regulars")
            .when(when().moments([M::Welcome, M::Identification]).factors([F::Usage(U::Frequent)]))
            .targets(all(T::Always)),
        rule("one-step-reorder", K::Procedure, D::Convenience, "Let regular customers repeat an earlier order in one step, without being sold to again")
            .when(when().moments([M::OrderTaking]).factors([F::Usage(U::Frequent)]))
            .targets(all(T::Always)),
        rule("teach-first-timers", K::PersonalContact, D::Assurance, "Show first-time customers how the service works, step by step, and check that they have understood")
            .when(when().moments([M::Consultation, M::Information, M::Delivery]).factors([F::Complexity(Cx::Complex), F::Complexity(Cx::Moderate)]))
            .targets(all(T::Always)),
        rule("contingency-plans", K::Procedure, D::Reliability, "Keep a written contingency plan for each likely failure and rehearse it {target}")
            .when(when().moments([M::Exception, M::Delivery]).factors([F::Complexity(Cx::Complex)]))
            .targets(tiers(every_days(365), every_days(180), every_days(90))),
        rule("certified-staff-only", K::Procedure, D::Assurance, "Let only trained, certified staff handle this contact, and re-certify them {target}")
            .when(when().moments([M::Consultation, M::Delivery, M::Exception]).factors([F::Risk(Rk::High)]))
            .targets(tiers(every_days(365), every_days(365), every_days(180))),
        rule("start-contingency-plan", K::Procedure, D::Responsiveness, "Start the contingency plan {target} of a failure being reported")
            .when(when().moments([M::Exception]).factors([F::Risk(Rk::High), F::Risk(Rk::Moderate)]))
            .targets(tiers(T::within_hours(1), T::within_mins(30), T::within_mins(15))),
        rule("reorder-without-pitch", K::Procedure, D::Convenience, "Handle simple re-orders without a sales pitch; give advice only when the customer asks or the need is clear")
            .when(when().moments([M::OrderTaking]).factors([F::Tasks(Ta::ServiceAndSales), F::Tasks(Ta::FullRelationship)]))
            .targets(all(T::Always)),
        rule("no-selling-during-complaints", K::PersonalContact, D::Empathy, "Never try to sell anything while the customer's complaint is still open")
            .when(when().moments([M::Exception]).factors([F::Tasks(Ta::ServiceAndSales), F::Tasks(Ta::FullRelationship)]))
            .targets(all(T::Never)),
        rule("outreach-with-consent", K::PersonalContact, D::Assurance, "Contact customers on the company's initiative only with their consent, at agreed times, saying first who you are and why you are calling")
            .when(when().moments([M::FollowUp]).factors([F::Tasks(Ta::FullRelationship)]))
            .targets(all(T::Always)),
        rule("outreach-frequency", K::Procedure, D::Empathy, "Contact a customer on the company's initiative {target} a month")
            .when(when().moments([M::FollowUp]).factors([F::Tasks(Ta::FullRelationship)]))
            .targets(tiers(T::AtMost(2), T::AtMost(2), T::AtMost(1))),
        // ── Brand emotions ─────────────────────────────────────────────────────
        rule("personal-remark", K::PersonalContact, D::Empathy, "Add one personal, unscripted remark to every welcome and every goodbye")
            .when(when().moments([M::Welcome, M::Farewell]).emotions([E::Warmth, E::Care]).from_level(L::Expected))
            .targets(from_expected(T::Always, T::Always)),
        rule("keep-every-promise", K::Procedure, D::Reliability, "Write down every promise made to a customer and keep it {target}")
            .when(when().moments([M::OrderTaking, M::Consultation, M::Exception]).emotions([E::Trust, E::Confidence]))
            .targets(tiers(T::Share(95), T::Share(98), T::Share(100))),
        rule("calm-next-step", K::PersonalContact, D::Assurance, "Tell the customer what will happen next and by when, calmly, before they have to ask")
            .when(when().moments([M::Waiting, M::Exception]).emotions([E::Calm, E::Ease]))
            .targets(all(T::Always)),
        rule("apologise-for-waiting", K::PersonalContact, D::Assurance, "Apologise and explain whenever a customer has waited longer than the standard time")
            .when(when().moments([M::Welcome, M::Waiting]).emotions([E::Respect, E::Care]))
            .targets(all(T::Always)),
        rule("community-invitation", K::PersonalContact, D::Empathy, "Invite regular customers to the company's events or community {target} a year")
            .when(when().moments([M::FollowUp]).emotions([E::Belonging, E::Excitement]).from_level(L::Expected))
            .targets(from_expected(T::AtLeast(1), T::AtLeast(2))),
        rule("effortless-paths", K::Procedure, D::Convenience, "Let the customer finish the task in the channel they started in, without being sent elsewhere")
            .when(when().moments([M::OrderTaking, M::Information, M::Payment]).emotions([E::Ease, E::Confidence]))
            .targets(all(T::Always)),
        // ── Exclusive gestures: beyond what the customer expects ───────────────
        gesture("surprise-extra", K::Product, D::Empathy, "Surprise the customer with a small unannounced extra (an upgrade, a note, a sample) {target} per stay or order",
            when().moments([M::Delivery, M::Hospitality, M::Farewell]).emotions([E::Delight, E::Excitement, E::Warmth]), T::AtLeast(1)),
        gesture("accompany-in-person", K::PersonalContact, D::Empathy, "Accompany the customer personally to where they are going, explaining on the way",
            when().moments([M::Information]).characteristics([C::Helpful, C::Personal]).capabilities([Cap::StaffSeen]), T::Always),
        gesture("handwritten-thanks", K::Product, D::Empathy, "Add a short handwritten or personally written note of thanks",
            when().moments([M::Billing, M::FollowUp, M::Farewell]).capabilities([Cap::Written]), T::Always),
        gesture("preferences-ready", K::Procedure, D::Empathy, "Have the customer's known preferences ready before they arrive, without being asked",
            when().moments([M::OrderTaking, M::Welcome, M::Delivery]).characteristics([C::Personal]), T::Always),
        gesture("check-back-after-solving", K::PersonalContact, D::Empathy, "Call the customer a few days after their problem was solved to check that all is well",
            when().moments([M::Exception]), T::Always),
        gesture("milestone-message", K::PersonalContact, D::Empathy, "Mark the customer's anniversary or milestone with the company with a personal message",
            when().moments([M::FollowUp]).factors([F::Usage(U::Frequent)]), T::Always),
        gesture("refreshment-while-waiting", K::Product, D::Empathy, "Bring waiting customers a refreshment without being asked",
            when().moments([M::Waiting]).capabilities([Cap::StaffSeen]), T::Always),
        gesture("direct-line", K::PersonalContact, D::Responsiveness, "Give key customers the direct number of their account manager",
            when().moments([M::Consultation, M::OrderTaking]).factors([F::Purchaser(Pu::Institutional), F::Purchaser(Pu::Mixed)]), T::Always),
        gesture("same-day-resolution", K::Procedure, D::Responsiveness, "Resolve complaints on the day they are raised, {target}",
            when().moments([M::Exception]), T::within_hours(8)),
    ]
}

/// The catalogue's own statement of rule `id`, if the catalogue has one.
pub(crate) fn statement(id: &str) -> Option<&'static str> {
    static STATEMENTS: std::sync::OnceLock<std::collections::HashMap<String, String>> =
        std::sync::OnceLock::new();
    STATEMENTS
        .get_or_init(|| {
            RuleSet::catalogue()
                .rules()
                .map(|r| (r.id().as_str().to_owned(), r.template().statement().as_str().to_owned()))
                .collect()
        })
        .get(id)
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use crate::{
        Capability, Channel, ChannelFamily, Characteristic, FactorKind, MomentKind, RuleSet, ServiceLevel,
        StandardKind, Target, Vocabulary,
    };

    #[test]
    fn catalogue_is_valid() {
        let set = crate::RuleSetBuilder { rules: super::rules() }.build().unwrap();
        assert_eq!(set.len(), super::rules().len());
        assert_eq!(RuleSet::catalogue(), set);
        assert!(set.len() >= 80, "{} rules", set.len());
    }

    #[test]
    fn catalogue_covers_the_domain() {
        let set = RuleSet::catalogue();
        let rules: Vec<_> = set.rules().collect();
        let characteristics: HashSet<Characteristic> =
            rules.iter().flat_map(|r| r.condition().characteristic_set()).collect();
        assert_eq!(characteristics.len(), Characteristic::ALL.len(), "characteristics");
        let moments: HashSet<MomentKind> = rules.iter().flat_map(|r| r.condition().moment_set()).collect();
        assert_eq!(moments.len(), MomentKind::ALL.len(), "moments");
        let factors: HashSet<FactorKind> =
            rules.iter().flat_map(|r| r.condition().factor_list().iter().map(|f| f.kind())).collect();
        assert_eq!(factors.len(), FactorKind::ALL.len(), "factors");
        let kinds: HashSet<StandardKind> = rules.iter().map(|r| r.template().kind()).collect();
        assert_eq!(kinds.len(), 3);
        let families: HashSet<ChannelFamily> =
            rules.iter().flat_map(|r| r.condition().reachable_channels()).map(Channel::family).collect();
        assert_eq!(families.len(), ChannelFamily::ALL.len());
        let from = |level| rules.iter().filter(|r| r.condition().min_level() == level).count();
        assert!(from(ServiceLevel::Basic) >= 60, "basic {}", from(ServiceLevel::Basic));
        assert!(from(ServiceLevel::Expected) >= 8, "expected {}", from(ServiceLevel::Expected));
        assert!(from(ServiceLevel::Exclusive) >= 8, "exclusive {}", from(ServiceLevel::Exclusive));
        let tightening = rules
            .iter()
            .filter(|r| {
                r.template().targets().get(ServiceLevel::Basic)
                    != r.template().targets().get(ServiceLevel::Exclusive)
            })
            .count();
        assert!(tightening >= 30, "{tightening} rules tighten from basic to exclusive");
        let emotional = rules.iter().filter(|r| !r.condition().emotion_set().is_empty()).count();
        assert!(emotional >= 4, "{emotional} rules test brand emotions");
    }

    #[test]
    fn catalogue_statements_are_concrete() {
        for rule in RuleSet::catalogue().rules() {
            let text = rule.template().statement().as_str();
            assert!(text.len() >= 20, "{}: too short", rule.id());
            assert!(!text.to_lowercase().contains("we care"), "{}: a value, not a standard", rule.id());
            let absolute = ServiceLevel::ALL
                .iter()
                .filter_map(|l| rule.template().targets().get(*l))
                .all(|t| matches!(t, Target::Always | Target::Never));
            let names_target =
                rule.template().statement().placeholders().any(|p| p == crate::Placeholder::Target);
            assert_eq!(
                names_target,
                !absolute,
                "{}: {{target}} only where the target is a number",
                rule.id()
            );
        }
    }

    #[test]
    fn appearance_and_voice_reach_only_channels_that_carry_them() {
        for rule in RuleSet::catalogue().rules() {
            let needs = rule.condition().capability_set();
            for channel in rule.condition().reachable_channels() {
                assert!(needs.is_subset(channel.capabilities()), "{} reaches {channel}", rule.id());
            }
            if rule.template().dimension() == crate::QualityDimension::Tangibles
                && rule.template().kind() == StandardKind::PersonalContact
            {
                assert!(
                    needs.contains(Capability::StaffSeen),
                    "{}: appearance needs staff to be seen",
                    rule.id()
                );
            }
        }
    }
}
