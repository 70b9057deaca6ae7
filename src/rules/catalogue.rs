//! The built-in catalogue: the domain's knowledge of good service, as rules.
//!
//! Every rule is written in our own words from the service-quality
//! literature (see `DOMAIN.md`): channel emphasis, the three kinds and three
//! levels of standard, the nine factors of the service function, brand
//! emotions and every department's correspondence. Targets follow common
//! industry practice (a call answered within three rings, an e-mail within a
//! working day, a guest greeted within a minute).
//!
//! Each rule names its concern (what its standard is about), says whether it
//! answers contacts the customer starts, and is worded with the business's
//! own nouns (`{customer}`, `{order}`), in English and in Polish side by side.

use std::time::Duration;

use crate::{
    model::Capability as Cap, model::CapacityControl as Cc, model::Channel as Ch, model::Characteristic as C,
    model::Complexity as Cx, model::ContactLevel as Co, model::DataUse, model::DeliverySpan as Ds,
    model::Emotion as E, model::Factor as F, model::Initiator, model::Intermediaries as I,
    model::MomentKind as M, model::Place, model::Purchaser as Pu, model::QualityDimension as D,
    model::Risk as Rk, model::ServiceLevel as L, model::StandardKind as K, model::TaskAllocation as Ta,
    model::UsageFrequency as U, model::Valuable, rules::Condition, rules::ConditionBuilder, rules::Rule,
    rules::RuleBuilder, standard::Cover, standard::Distance, standard::LevelTargets, standard::Locale,
    standard::PolicyScope as P, standard::Target as T,
};

/// A rule with its concern, kind, dimension and statement in English and Polish.
fn rule(id: &str, concern: &str, kind: K, dimension: D, english: &str, polish: &str) -> RuleBuilder {
    Rule::builder(id)
        .concern(concern)
        .kind(kind)
        .dimension(dimension)
        .statement(english)
        .statement_in(Locale::Polish, polish)
}

/// Targets for the three levels, basic to exclusive.
const fn tiers(basic: T, expected: T, exclusive: T) -> LevelTargets {
    LevelTargets::new().at(L::Basic, basic).at(L::Expected, expected).at(L::Exclusive, exclusive)
}

/// Targets from the expected level up (the condition must say `from_level(L::Expected)`).
const fn from_expected(expected: T, exclusive: T) -> LevelTargets {
    LevelTargets::new().at(L::Expected, expected).at(L::Exclusive, exclusive)
}

/// The same target at every level.
const fn all(target: T) -> LevelTargets {
    LevelTargets::same(target)
}

/// A condition with nothing in it yet.
fn when() -> ConditionBuilder {
    Condition::builder()
}

/// Things handed over that can be checked against what was ordered: not
/// a specimen taken, not someone in the business's care.
const THINGS: [Valuable; 8] = [
    Valuable::Cash,
    Valuable::Card,
    Valuable::Documents,
    Valuable::Vehicle,
    Valuable::Baggage,
    Valuable::Goods,
    Valuable::Keys,
    Valuable::Medication,
];

/// A contact the customer opens: a call, an e-mail, a chat, a post received.
fn inbound() -> ConditionBuilder {
    Condition::builder().started_by(Initiator::Customer).opening()
}

/// Someone arrives: a contact the customer opens face to face. With
/// `moments([M::Welcome])` it is a welcome; with `places(DESKS)` the
/// customer walks up to a desk or counter.
fn arrival() -> ConditionBuilder {
    inbound().channels([Ch::FaceToFace])
}

/// The places a customer walks up to, to be served across: a desk, a counter.
const DESKS: [Place; 2] = [Place::Desk, Place::Counter];

/// What the customer raises: a complaint, a problem, a special request.
fn raised() -> ConditionBuilder {
    Condition::builder().moments([M::Exception]).started_by(Initiator::Customer)
}

/// The business's answer to a complaint raised earlier in the sequence: its
/// own exception or information step after the customer's.
fn answer_to_a_complaint() -> ConditionBuilder {
    Condition::builder()
        .moments([M::Exception, M::Information])
        .started_by(Initiator::Company)
        .after_in_sequence([M::Exception])
}

/// An exclusive gesture: a rule that applies only at the exclusive level.
#[allow(clippy::too_many_arguments, reason = "one row of the catalogue table")]
fn gesture(
    id: &str,
    concern: &str,
    kind: K,
    dimension: D,
    english: &str,
    polish: &str,
    condition: ConditionBuilder,
    target: T,
) -> RuleBuilder {
    rule(id, concern, kind, dimension, english, polish)
        .when(condition.from_level(L::Exclusive))
        .targets(LevelTargets::new().at(L::Exclusive, target))
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

/// Up to an amount of euros (an empowerment limit; businesses set their own).
/// Moments of a conversation: someone speaks or writes with the customer.
pub(crate) const TALK: [M; 9] = [
    M::Welcome,
    M::Identification,
    M::Information,
    M::Consultation,
    M::OrderTaking,
    M::Payment,
    M::Exception,
    M::Request,
    M::Farewell,
];

/// The moments of the service itself: a follow-up after one of them in its
/// sequence comes after the service (a survey), not before it (a reminder).
const THE_SERVICE: [M; 3] = [M::Delivery, M::Hospitality, M::Safekeeping];

/// Every rule of the catalogue, unsorted (the rule set sorts them).
#[allow(clippy::too_many_lines, reason = "the catalogue is one table of data")]
pub(crate) fn rules() -> Vec<RuleBuilder> {
    vec![
        // ── Direct contact: what the customer sees ─────────────────────────────
        // 15 seconds at the exclusive level, as every pack's door or
        // reception greeting: two clocks for one desk read as a conflict.
        rule("greet-on-arrival", "greeting-on-arrival", K::PersonalContact, D::Responsiveness,
            "Greet every {customer} {target} of their arrival, with eye contact and a smile",
            "Przywitaj każdego {customer:acc} {target} od jego przybycia, patrząc mu w oczy i z uśmiechem")
            .when(arrival().moments([M::Welcome]))
            .targets(tiers(T::within_secs(60), T::within_secs(30), T::within_secs(15))),
        rule("greet-at-the-desk", "greeting-on-arrival", K::PersonalContact, D::Responsiveness,
            "Greet every {customer} {target} of their arrival, with eye contact and a smile",
            "Przywitaj każdego {customer:acc} {target} od jego przybycia, patrząc mu w oczy i z uśmiechem")
            .when(arrival().places(DESKS).except_moments([M::Welcome, M::Waiting]))
            .targets(tiers(T::within_secs(60), T::within_secs(30), T::within_secs(15))),
        rule("eye-contact-from-distance", "acknowledge-approach", K::PersonalContact, D::Empathy,
            "Make eye contact with an approaching {customer} and smile {target}",
            "Nawiąż kontakt wzrokowy z nadchodzącym {customer:ins} i uśmiechnij się {target}")
            .when(inbound().channels([Ch::FaceToFace]).moments([M::Welcome]))
            .targets(tiers(T::FromDistance(Distance::metres(2)), T::FromDistance(Distance::metres(3)), T::FromDistance(Distance::metres(5)))),
        rule("uniform-and-badge", "staff-appearance", K::PersonalContact, D::Tangibles,
            "Dress to the house dress code (the full uniform, where there is one), clean and neat, whenever {customers} can see you",
            "Ubieraj się zgodnie z przyjętym strojem (pełnym uniformem, jeśli jest), czysto i schludnie, zawsze gdy widzą cię {customers}")
            .when(when().moments([M::Welcome]).capabilities([Cap::StaffSeen]))
            .targets(all(T::Always)),
        rule("tidy-service-point", "tidy-premises", K::Product, D::Tangibles,
            "Check that the place where {customers} are served and the area around it, as they see them, are clean and clear of clutter {target}",
            "Sprawdzaj, czy miejsce obsługi {customers:gen} i jego otoczenie, tak jak je widzą, są czyste i uporządkowane, {target}")
            // A place customers come to: not a visit to their home, nor a
            // round the business starts (a rider at the door, a night round).
            .when(when().moments([M::Welcome, M::Waiting, M::Hospitality]).started_by(Initiator::Customer).channels([Ch::FaceToFace]).except_places([Place::Remote]))
            .policy(P::Department)
            .targets(tiers(every_hours(4), every_hours(2), every_hours(1))),
        rule("eye-contact-and-posture", "attention-while-serving", K::PersonalContact, D::Empathy,
            "Face the {customer} with an open posture and put other work aside while serving them",
            "Stój przodem do {customer:gen} w otwartej postawie i odłóż inne zajęcia na czas obsługi")
            .once_per_contact()
            .when(when().moments([M::Welcome, M::Information, M::Consultation, M::OrderTaking, M::Payment, M::Farewell]).capabilities([Cap::StaffSeen]))
            .targets(all(T::Always)),
        rule("no-private-phone-in-view", "conduct-in-view", K::PersonalContact, D::Assurance,
            "Never use a private phone, eat or chat among staff in view of a waiting {customer}",
            "Nigdy nie korzystaj z prywatnego telefonu, nie jedz i nie rozmawiaj prywatnie przy czekającym {customer:loc}")
            .once_per_contact()
            .when(when().moments([M::Welcome, M::Waiting, M::Consultation, M::OrderTaking, M::Payment]).capabilities([Cap::StaffSeen]).except_channels([Ch::VideoCall]).except_places([Place::Remote]))
            .targets(all(T::Never)),
        rule("escort-not-point", "escort", K::PersonalContact, D::Empathy,
            "Walk a {customer} who is unsure of the way to the place they are looking for, instead of pointing, when it is in the building",
            "Zaprowadź {customer:acc}, który nie jest pewien drogi, na miejsce, którego szuka, zamiast wskazywać ręką, jeśli jest ono w budynku")
            .when(when().moments([M::Information]).characteristics([C::Helpful]).channels([Ch::FaceToFace]).from_level(L::Expected))
            .targets(from_expected(T::Always, T::Always)),
        rule("acknowledge-waiting-customer", "acknowledge-waiting", K::PersonalContact, D::Responsiveness,
            "Acknowledge every waiting {customer} {target}, even while serving someone else",
            "Daj znak każdemu czekającemu {customer:dat} {target}, nawet gdy obsługujesz kogoś innego")
            // Not a wait that follows a greeting or a check-in in the same
            // phase: the customer has been acknowledged already.
            .when(when().moments([M::Waiting]).started_by(Initiator::Customer).channels([Ch::FaceToFace]).except_after_in_phase([M::Welcome, M::Identification]))
            .targets(tiers(T::within_secs(60), T::within_secs(30), T::within_secs(15))),
        rule("attentive-offer-help", "offer-help", K::PersonalContact, D::Empathy,
            "Offer help to a {customer} who looks lost or unsure {target}",
            "Zaproponuj pomoc {customer:dat}, który wygląda na zagubionego lub niepewnego, {target}")
            .when(when().moments([M::Waiting, M::Information]).characteristics([C::Attentive]).channels([Ch::FaceToFace]))
            .targets(tiers(T::within_secs(60), T::within_secs(30), T::within_secs(15))),
        rule("transaction-at-desk", "transaction-time", K::Procedure, D::Responsiveness,
            "Complete the transaction at the desk {target}",
            "Zakończ transakcję przy stanowisku {target}")
            .when(when().moments([M::Identification, M::OrderTaking, M::Payment]).characteristics([C::Efficient]).channels([Ch::FaceToFace]).places(DESKS))
            .targets(tiers(T::within_mins(5), T::within_mins(3), T::within_mins(2))),
        rule("comfortable-waiting-area", "waiting-comfort", K::Product, D::Tangibles,
            "Offer seating, water and something to read wherever {customers} wait in person",
            "Zapewnij miejsce do siedzenia, wodę i coś do czytania wszędzie tam, gdzie {customers} czekają na miejscu")
            .when(when().moments([M::Waiting]).characteristics([C::Comfortable]).channels([Ch::FaceToFace]))
            .targets(all(T::Always)),
        rule("well-kept-materials", "printed-materials", K::Product, D::Tangibles,
            "Check that brochures, forms, notices and signs are clean, current and undamaged {target}",
            "Sprawdzaj, czy broszury, formularze, ogłoszenia i oznaczenia są czyste, aktualne i nieuszkodzone, {target}")
            // A round of the premises the department makes, not part of
            // greeting someone, wrapping a present or a visit to a home.
            .policy(P::Department)
            .when(when().characteristics([C::WellPresented]).started_by(Initiator::Customer).channels([Ch::FaceToFace, Ch::Letter]).moments([M::Welcome, M::Waiting, M::Information, M::Consultation]))
            .targets(tiers(every_days(7), every_days(1), every_days(1))),
        rule("safe-premises", "safe-premises", K::Product, D::Tangibles,
            "Walk the area {customers} use for hazards such as wet floors, loose cables and blocked exits {target}",
            "Obchodź strefę, z której korzystają {customers}, w poszukiwaniu zagrożeń, takich jak mokra podłoga, luźne kable czy zastawione wyjścia, {target}")
            // Where customers come and stay on the premises, not at a
            // safety talk or a briefing the business gives.
            .when(when().characteristics([C::Safe]).started_by(Initiator::Customer).channels([Ch::FaceToFace]).moments([M::Welcome, M::Waiting, M::Hospitality]))
            .targets(tiers(every_hours(4), every_hours(2), every_hours(1))),
        // ── Telephone and voice ────────────────────────────────────────────────
        rule("phone-answer", "speed-of-answer", K::Procedure, D::Responsiveness,
            "Answer every call {target}",
            "Odbieraj każde połączenie {target}")
            // A call that opens in a queue, or is answered after one, is
            // answered to the queue's service level (a department's
            // policy), not in rings.
            .when(inbound().channels([Ch::Telephone]).except_moments([M::Waiting]).except_after_in_phase([M::Waiting]).staffed())
            .targets(tiers(T::WithinRings(5), T::WithinRings(3), T::WithinRings(3))),
        rule("queued-calls-service-level", "speed-of-answer", K::Procedure, D::Responsiveness,
            "Staff the lines so that queued calls are answered to a service level of {target}",
            "Zapewnij obsadę linii tak, by poziom obsługi połączeń w kolejce wynosił {target}")
            .policy(P::Department)
            // Only where calls wait in a queue (a call that opens in a queue
            // or a voice menu); a business whose counter has a queue but
            // whose phone is answered by whoever is free answers in rings.
            .when(inbound().moments([M::Waiting]).channels([Ch::Telephone, Ch::SelfService]))
            .targets(tiers(share_within(70, 30), share_within(80, 20), share_within(90, 15))),
        rule("phone-opening", "call-opening", K::PersonalContact, D::Communication,
            "Open every call with a greeting, the company's name and your own name",
            "Zaczynaj każdą rozmowę od powitania, nazwy firmy i swojego imienia")
            .when(inbound().channels([Ch::Telephone]).except_moments([M::Waiting]).staffed())
            .targets(all(T::Always)),
        rule("phone-welcome", "call-opening", K::PersonalContact, D::Communication,
            "Greet the {customer} with the company's name and your own name as soon as you take the call",
            "Gdy przejmujesz rozmowę, przywitaj {customer:acc}, podając nazwę firmy i swoje imię")
            .when(when().started_by(Initiator::Customer).channels([Ch::Telephone]).moments([M::Welcome]))
            .targets(all(T::Always)),
        rule("warm-even-voice", "tone-of-voice", K::PersonalContact, D::Empathy,
            "Speak to every {customer} at a calm pace, in an even tone that stays the same when you are busy or they are upset",
            "Mów do każdego {customer:gen} spokojnym tempem i równym tonem, który się nie zmienia, gdy masz dużo pracy albo gdy {customer} jest zdenerwowany")
            .once_per_contact()
            .when(when().characteristics([C::Friendly, C::Courteous]).capabilities([Cap::StaffHeard]).moments(TALK).staffed())
            .targets(all(T::Always)),
        rule("hold-with-permission", "holding", K::Procedure, D::Responsiveness,
            "Ask before putting a {customer} on hold and come back to them {target}",
            "Zapytaj {customer:acc} o zgodę przed zawieszeniem rozmowy i wróć do niego {target}")
            .once_per_contact()
            .when(when().started_by(Initiator::Customer).channels([Ch::Telephone]).moments([M::Information, M::Consultation, M::OrderTaking, M::Exception, M::Request]).staffed())
            .targets(tiers(T::within_secs(60), T::within_secs(45), T::within_secs(30))),
        rule("transfer-limit", "transfers", K::Procedure, D::Convenience,
            "Transfer a {customer} {target}, and only with a warm hand-over of the case",
            "Przełączaj {customer:acc} {target} i tylko z przekazaniem sprawy kolejnej osobie")
            .once_per_contact()
            .when(when().started_by(Initiator::Customer).channels([Ch::Telephone]).moments([M::Information, M::Consultation, M::Exception, M::Request]).staffed())
            .targets(tiers(T::AtMost(2), T::AtMost(1), T::AtMost(1))),
        rule("call-back-as-agreed", "call-back", K::Procedure, D::Reliability,
            "When a question cannot be answered during the call, call the {customer} back {target}, at a time agreed with them",
            "Gdy na pytanie nie da się odpowiedzieć w trakcie rozmowy, oddzwoń do {customer:gen} {target}, o porze z nim uzgodnionej")
            .when(when().moments([M::Consultation, M::Information]).characteristics([C::Punctual, C::Proactive, C::Helpful]).channels([Ch::Telephone, Ch::VideoCall]).staffed())
            .targets(tiers(T::within_hours(24), T::within_hours(4), T::within_hours(1))),
        rule("use-customer-name", "use-of-name", K::PersonalContact, D::Empathy,
            "Use the {customer}'s name, where you know it, {target} in the conversation, discreetly, never in every sentence",
            "Zwracaj się do {customer:gen} po nazwisku, jeśli je znasz, {target} w trakcie rozmowy, dyskretnie, nie w każdym zdaniu")
            .once_per_contact()
            // Where it is known: asking for a name only to use it is
            // forced. Not at a gate or an entrance, where people file past.
            .when(when().characteristics([C::Personal, C::Friendly]).capabilities([Cap::StaffHeard]).moments(TALK).except_places([Place::Gate]).from_level(L::Expected).staffed())
            .targets(from_expected(T::AtLeast(2), T::AtLeast(2))),
        rule("read-back-details", "read-back", K::PersonalContact, D::Communication,
            "Read the key details back to the {customer} (what, when, how much) before the contact ends",
            "Powtórz {customer:dat} najważniejsze ustalenia (co, kiedy, za ile), zanim zakończysz kontakt")
            .once_per_contact()
            .when(when().moments([M::OrderTaking, M::Consultation]).characteristics([C::Accurate, C::Clear]).capabilities([Cap::StaffHeard]).staffed())
            .targets(all(T::Always)),
        // Where something serious is recorded with the customer there, the
        // read-back is owed whatever the moment (a lost card reported, a
        // deposit taken); one read-back line per step, never two.
        rule("read-back-records", "read-back", K::PersonalContact, D::Communication,
            "Let the {customer} check the names, dates and amounts you recorded before the contact ends: read them back, never loud enough for others to hear, or show them the screen",
            "Daj {customer:dat} sprawdzić zapisane nazwiska, daty i kwoty, zanim zakończysz kontakt: odczytaj je, nigdy tak głośno, by słyszeli to inni, albo pokaż ekran")
            .once_per_contact()
            // Not in an incident: someone hurt or a caller blocking a card
            // is not asked to check names and amounts.
            // Nor at a till, where the display and the receipt show what
            // was recorded.
            .when(when().data([DataUse::Records]).capabilities([Cap::StaffHeard]).except_characteristics([C::Attentive]).except_moments([M::Incident, M::Payment]).serious().staffed())
            .targets(all(T::Always)),
        rule("listen-without-interrupting", "listening", K::PersonalContact, D::Empathy,
            "Let the {customer} finish before you answer, and sum up their need before offering a solution",
            "Pozwól {customer:dat} skończyć, zanim odpowiesz, i podsumuj jego potrzebę, zanim zaproponujesz rozwiązanie")
            .once_per_contact()
            .when(when().characteristics([C::Patient]).capabilities([Cap::StaffHeard]).moments(TALK).staffed())
            .targets(all(T::Always)),
        rule("discreet-in-earshot", "discretion-aloud", K::PersonalContact, D::Assurance,
            "Never say a {customer}'s personal or financial details aloud where other people can hear them",
            "Nigdy nie wymawiaj na głos danych osobowych ani finansowych {customer:gen} tam, gdzie słyszą to inne osoby")
            .once_per_contact()
            .when(when().characteristics([C::Discreet]).channels([Ch::FaceToFace]))
            .targets(all(T::Never)),
        rule("queue-position-updates", "queue-information", K::Procedure, D::Communication,
            "Tell every queued {customer} their expected wait and place in the queue, updated {target}",
            "Informuj każdego czekającego w kolejce {customer:acc} o przewidywanym czasie oczekiwania i miejscu w kolejce, aktualizując tę informację {target}")
            .when(when().channels([Ch::Telephone, Ch::Chat]).moments([M::Waiting]).factors([F::CapacityControl(Cc::Queues), F::CapacityControl(Cc::ReservationsAndQueues)]))
            .targets(tiers(every_mins(2), every_mins(1), every_mins(1))),
        // ── Written channels ───────────────────────────────────────────────────
        rule("email-reply", "first-reply-email", K::Procedure, D::Responsiveness,
            "Reply to every e-mail {target} with a full answer, or with the name of the person handling it and a date",
            "Odpowiadaj na każdy e-mail {target}, udzielając pełnej odpowiedzi albo podając osobę, która prowadzi sprawę, i termin")
            .when(inbound().channels([Ch::Email]).staffed())
            .targets(tiers(T::within_hours(24), T::within_hours(8), T::within_hours(2))),
        rule("web-form-reply", "first-reply-form", K::Procedure, D::Responsiveness,
            "Answer every request sent through a web form {target}",
            "Odpowiadaj na każde zgłoszenie z formularza internetowego {target}")
            .when(inbound().channels([Ch::WebForm]).staffed())
            .targets(tiers(T::within_hours(24), T::within_hours(8), T::within_hours(4))),
        rule("chat-first-reply", "first-reply-chat", K::Procedure, D::Responsiveness,
            "Reply to every new chat {target}",
            "Odpowiadaj na każdy nowy czat {target}")
            .when(inbound().channels([Ch::Chat]).staffed())
            .targets(tiers(T::within_secs(60), T::within_secs(30), T::within_secs(15))),
        rule("chat-running-replies", "chat-reply-pace", K::Procedure, D::Responsiveness,
            "Once a chat is under way, answer each message {target}",
            "Gdy czat już trwa, odpowiadaj na każdą wiadomość {target}")
            .when(inbound().channels([Ch::Chat]).except_moments([M::Waiting]))
            .targets(tiers(T::within_secs(90), T::within_secs(60), T::within_secs(30))),
        rule("chat-replies-after-queue", "chat-reply-pace", K::Procedure, D::Responsiveness,
            "Once you take a chat from the queue, answer each message {target}",
            "Gdy przejmiesz czat z kolejki, odpowiadaj na każdą wiadomość {target}")
            .when(when().started_by(Initiator::Customer).channels([Ch::Chat]).moments([M::Welcome]))
            .targets(tiers(T::within_secs(90), T::within_secs(60), T::within_secs(30))),
        rule("letter-reply", "first-reply-letter", K::Procedure, D::Responsiveness,
            "Answer every letter or fax {target}",
            "Odpowiadaj na każdy list lub faks {target}")
            // A complaint or an appeal by letter has its own answer times.
            .when(inbound().channels([Ch::Letter, Ch::Fax]).except_moments([M::Exception]).staffed())
            .targets(tiers(T::within_hours(240), T::within_hours(120), T::within_hours(48))),
        rule("plain-written-style", "written-style", K::PersonalContact, D::Communication,
            "Write in plain language, with the answer first and no jargon",
            "Pisz prostym językiem: najpierw odpowiedź, bez żargonu")
            .once_per_contact()
            .when(when().started_by(Initiator::Customer).characteristics([C::Clear, C::Courteous, C::Accurate]).capabilities([Cap::Written]).except_capabilities([Cap::Synchronous, Cap::Public]).except_moments([M::Welcome, M::Waiting]))
            .targets(all(T::Always)),
        rule("check-before-sending", "check-before-sending", K::Product, D::Reliability,
            "Check spelling, names, numbers and attachments before sending any written message",
            "Przed wysłaniem każdej wiadomości pisemnej sprawdź pisownię, nazwiska, liczby i załączniki")
            .once_per_contact()
            .when(when().moments([M::Information, M::OrderTaking, M::Billing, M::Payment, M::Exception, M::Request, M::Incident, M::FollowUp, M::Delivery, M::Waiting, M::Disruption]).capabilities([Cap::Written]).except_capabilities([Cap::Synchronous]).staffed())
            .targets(all(T::Always)),
        rule("department-signature", "signature", K::PersonalContact, D::Assurance,
            "Sign every letter and e-mail from {department} with your name, your role and a direct way to reach you",
            "Podpisuj każdy list i e-mail od działu {department} imieniem i nazwiskiem, stanowiskiem i bezpośrednim kontaktem")
            .once_per_contact()
            .when(when().moments([M::Information, M::Billing, M::Payment, M::Exception, M::Request, M::Incident, M::FollowUp]).channels([Ch::Email, Ch::Letter, Ch::Fax]).staffed())
            .targets(all(T::Always)),
        rule("personalised-templates", "template-replies", K::PersonalContact, D::Empathy,
            "Adapt every template reply to the {customer}'s own question and history",
            "Dopasowuj każdą odpowiedź z szablonu do pytania i historii danego {customer:gen}")
            .once_per_contact()
            .when(when().characteristics([C::Personal]).capabilities([Cap::Written]).from_level(L::Expected))
            .targets(from_expected(T::Always, T::Always)),
        rule("friendly-written-opening", "written-greeting", K::PersonalContact, D::Empathy,
            "Open every written conversation with a friendly greeting and the {customer}'s name",
            "Zaczynaj każdą rozmowę pisemną od życzliwego powitania i nazwiska {customer:gen}")
            .once_per_contact()
            .when(when().moments([M::Welcome, M::Information, M::Consultation, M::Exception, M::Request]).characteristics([C::Friendly]).capabilities([Cap::Written]))
            .targets(all(T::Always)),
        rule("verify-recipient", "data-protection-written", K::Procedure, D::Assurance,
            "Never send personal data before checking that the address belongs to the {customer}",
            "Nigdy nie wysyłaj danych osobowych, zanim nie sprawdzisz, że adres należy do {customer:gen}")
            .once_per_contact()
            .when(when().characteristics([C::Discreet]).capabilities([Cap::Written]).except_capabilities([Cap::Public]))
            .targets(all(T::Never)),
        // ── Public channels ────────────────────────────────────────────────────
        rule("public-reply-time", "first-reply-public", K::Procedure, D::Responsiveness,
            "Reply publicly to every question or complaint {target}",
            "Odpowiadaj publicznie na każde pytanie lub skargę {target}")
            .when(inbound().capabilities([Cap::Public]))
            .targets(tiers(T::within_hours(2), T::within_hours(1), T::within_mins(30))),
        rule("private-data-off-public", "data-protection-public", K::PersonalContact, D::Assurance,
            "Never ask for or repeat personal or account data in a public reply; invite the {customer} to a private channel instead",
            "Nigdy nie proś o dane osobowe ani dane konta w publicznej odpowiedzi i ich nie powtarzaj; zaproś {customer:acc} do kanału prywatnego")
            .once_per_contact()
            // Where a customer writes in public, not the company's own post.
            .when(when().capabilities([Cap::Public]).started_by(Initiator::Customer).except_moments([M::FollowUp]))
            .targets(all(T::Never)),
        rule("no-public-argument", "public-tone", K::PersonalContact, D::Assurance,
            "Never argue with a {customer}, or blame one, in public",
            "Nigdy nie spieraj się publicznie z {customer:ins} ani go nie obwiniaj")
            .once_per_contact()
            .when(when().capabilities([Cap::Public]).moments([M::Exception, M::Request, M::Information, M::Consultation]))
            .targets(all(T::Never)),
        rule("public-close-the-loop", "public-follow-up", K::Procedure, D::Communication,
            "Post a short public follow-up when a complaint raised in public has been resolved",
            "Opublikuj krótką informację, gdy publicznie zgłoszona reklamacja zostanie rozwiązana")
            .when(raised().capabilities([Cap::Public]).from_level(L::Expected))
            .targets(from_expected(T::Always, T::Always)),
        rule("forum-watch", "forum-monitoring", K::Procedure, D::Responsiveness,
            "Read new forum posts about the company {target}",
            "Czytaj nowe wpisy o firmie na forach {target}")
            .policy(P::Department)
            .when(when().channels([Ch::Forum]))
            .targets(tiers(every_hours(24), every_hours(8), every_hours(4))),
        // ── Self-service and video ─────────────────────────────────────────────
        rule("self-service-next-step", "self-service-guidance", K::Product, D::Communication,
            "Give every self-service screen or page one clear next step and help in plain language",
            "Dawaj na każdym ekranie lub stronie samoobsługi jeden jasny następny krok i pomoc prostym językiem")
            .when(when().channels([Ch::SelfService]))
            .policy(P::Business)
            .targets(all(T::Always)),
        rule("self-service-human-fallback", "self-service-fallback", K::Procedure, D::Convenience,
            "Show on every self-service page how to reach a person, and when",
            "Pokazuj na każdej stronie samoobsługowej, jak i kiedy można skontaktować się z człowiekiem")
            .when(when().channels([Ch::SelfService]))
            .policy(P::Business)
            .targets(all(T::Always)),
        rule("self-service-completes", "self-service-reliability", K::Product, D::Reliability,
            "Make sure self-service transactions complete without error {target}",
            "Zadbaj, by transakcje samoobsługowe kończyły się bez błędów {target}")
            .when(when().channels([Ch::SelfService]).moments([M::OrderTaking, M::Payment, M::Identification, M::Information]))
            .policy(P::Business)
            // One failure in twenty read as far too many where customers
            // buy and check in online: 98 % at the least.
            .targets(tiers(T::Share(98), T::Share(99), T::Share(99))),
        rule("video-setting", "video-setting", K::Product, D::Tangibles,
            "Join video calls from a quiet, well-lit place, with a neutral background and the camera at eye level",
            "Łącz się na wideorozmowy z cichego, dobrze oświetlonego miejsca, z neutralnym tłem i kamerą na wysokości oczu")
            .once_per_contact()
            .when(when().channels([Ch::VideoCall]))
            .targets(all(T::Always)),
        rule("video-on-time", "video-punctuality", K::Procedure, D::Reliability,
            "Start every scheduled video call {target} of the agreed time",
            "Rozpoczynaj każdą zaplanowaną wideorozmowę {target} od umówionej godziny")
            .when(when().opening().channels([Ch::VideoCall]))
            .targets(tiers(T::within_mins(2), T::within_mins(1), T::within_secs(30))),
        // ── Characteristics at the moments where they matter ───────────────────
        rule("right-first-time-answers", "answer-accuracy", K::Procedure, D::Assurance,
            "Give a correct and complete answer at the first contact {target}; ask a colleague rather than guess",
            "Udzielaj poprawnej i pełnej odpowiedzi przy pierwszym kontakcie {target}; zamiast zgadywać, zapytaj kolegę")
            .once_per_contact()
            .when(when().started_by(Initiator::Customer).moments([M::Information, M::Consultation]).characteristics([C::Knowledgeable]).except_serious())
            .targets(tiers(T::Share(90), T::Share(95), T::Share(98))),
        // Where a wrong answer is a serious loss (a fee, the cover of an
        // insurance, the avalanche report), every time.
        rule("right-answers-every-time", "answer-accuracy", K::Procedure, D::Assurance,
            "Give a correct and complete answer at the first contact, every time; ask a colleague rather than guess",
            "Udzielaj poprawnej i pełnej odpowiedzi przy pierwszym kontakcie, za każdym razem; zamiast zgadywać, zapytaj kolegę")
            .once_per_contact()
            .when(when().started_by(Initiator::Customer).moments([M::Information, M::Consultation]).characteristics([C::Knowledgeable]).serious())
            .targets(all(T::Always)),
        // Names, dates and amounts are recorded where an order, a booking
        // or a claim is taken, not where staff listen and ask (an allergy,
        // a health questionnaire, a triage): none of the three lands there.
        rule("accurate-records", "record-accuracy", K::Procedure, D::Reliability,
            "Record names, dates and amounts without error {target}",
            "Zapisuj nazwiska, daty i kwoty bez błędów {target}")
            .when(when().data([DataUse::Records]).characteristics([C::Accurate]).except_characteristics([C::Attentive]))
            // A wrong name, date or amount is never an acceptable share:
            // managers of every trade read 98 % as too lax.
            .targets(all(T::Share(100))),
        rule("accurate-records-every-time", "record-accuracy", K::Procedure, D::Reliability,
            "Record names, dates and amounts without error, every time",
            "Zapisuj nazwiska, daty i kwoty bez błędów, za każdym razem")
            .once_per_contact()
            .when(when().data([DataUse::Records]).capabilities([Cap::Synchronous]).except_characteristics([C::Attentive]).serious())
            .targets(all(T::Always)),
        // Where no one is there to hear a read-back (a result filed, a form
        // sent, an app): every time still, against where the data came from.
        rule("accurate-records-backstage", "record-accuracy", K::Procedure, D::Reliability,
            "Record names, dates and amounts without error, and check them against their source before they are used",
            "Zapisuj nazwiska, daty i kwoty bez błędów i sprawdzaj je ze źródłem, zanim zostaną użyte")
            .when(when().data([DataUse::Records]).except_characteristics([C::Attentive]).serious())
            .targets(all(T::Always)),
        rule("explain-next-steps", "next-steps", K::PersonalContact, D::Communication,
            "Explain, without jargon, what happens next, when, and what the {customer} has to do",
            "Wyjaśnij bez żargonu, co się teraz wydarzy, kiedy i co {customer} musi zrobić")
            .once_per_contact()
            .when(when().moments([M::Information, M::Consultation, M::Delivery]).characteristics([C::Clear, C::Informative]))
            .targets(all(T::Always)),
        rule("warn-before-asked", "proactive-warning", K::Procedure, D::Communication,
            "Tell the {customer} about a delay or a change before they have to ask, {target} of learning about it",
            "Powiadom {customer:acc} o opóźnieniu lub zmianie, zanim sam zapyta, {target} od jej stwierdzenia")
            // While the customer waits for the service or it is delivered
            // (a parcel on its way), not on a notice that informs as
            // planned (a dispatch notice, the e-mail the day before).
            .when(when().moments([M::Waiting, M::Delivery]).characteristics([C::Proactive]))
            .targets(tiers(T::within_hours(2), T::within_mins(30), T::within_mins(15))),
        rule("remember-what-was-shared", "personal-memory", K::PersonalContact, D::Empathy,
            "Note in the {customer}'s record how they like to be served, when they mention it, and act on it at their next contact",
            "Zanotuj w historii {customer:gen}, jak lubi być obsługiwany, gdy o tym wspomni, i uwzględnij to przy następnym kontakcie")
            // How they like to be served, not personal occasions (no place
            // in a medical record); once in a visit, and not at a gate or
            // a door where people file past.
            .once_per_contact()
            .when(when().moments([M::Welcome, M::Consultation, M::Farewell]).characteristics([C::Personal]).except_places([Place::Gate]).from_level(L::Expected))
            .targets(from_expected(T::Always, T::Always)),
        rule("accessible-alternative", "accessibility", K::Product, D::Convenience,
            "Offer an accessible alternative (large print, step-free access, a call-back, text relay) to every {customer} who needs one",
            "Zaproponuj dostępną alternatywę (duży druk, wejście bez schodów, oddzwonienie, tłumacza tekstowego) każdemu {customer:dat}, który jej potrzebuje")
            // Which alternatives a business offers is its decision, once.
            .policy(P::Business)
            .when(when().characteristics([C::Accessible]))
            .targets(all(T::Always)),
        rule("secure-payment", "payment-security", K::Procedure, D::Assurance,
            "Take payments only through approved, secure terminals or links; never write down card numbers",
            "Przyjmuj płatności wyłącznie przez zatwierdzone, bezpieczne terminale lub linki; nigdy nie zapisuj numerów kart")
            .when(when().moments([M::Payment, M::OrderTaking]).characteristics([C::Safe]).except_channels([Ch::SelfService]))
            .targets(all(T::Always)),
        rule("secure-online-payment", "payment-security", K::Product, D::Assurance,
            "Take online payments only through a certified payment provider, and show the {customer} that the connection is secure",
            "Przyjmuj płatności online wyłącznie przez certyfikowanego operatora płatności i pokazuj {customer:dat}, że połączenie jest bezpieczne")
            .when(when().moments([M::Payment, M::OrderTaking]).characteristics([C::Safe]).channels([Ch::SelfService]))
            .targets(all(T::Always)),
        rule("own-the-request", "ownership", K::PersonalContact, D::Responsiveness,
            "Own the {customer}'s request until it is solved or handed to a named colleague; never answer 'that is not my department'",
            "Prowadź sprawę {customer:gen}, dopóki nie zostanie rozwiązana lub przekazana imiennie wskazanej osobie; nigdy nie mów, że to nie twój dział")
            .once_per_contact()
            .when(when().moments([M::Exception, M::Request, M::Consultation]).characteristics([C::Helpful]))
            .targets(all(T::Always)),
        rule("one-answer-everywhere", "knowledge-base", K::Procedure, D::Reliability,
            "Give the same prices, times and answers in every channel (the website, the phone, the counter), and update each of them before a change takes effect",
            "Podawaj te same ceny, godziny i odpowiedzi w każdym kanale (na stronie, przez telefon, przy ladzie) i aktualizuj każdy z nich, zanim zmiana wejdzie w życie")
            .policy(P::Business)
            // Not a call centre's knowledge base updated within hours: an
            // allergen or a price must be right everywhere before it applies.
            .when(when().characteristics([C::Consistent]))
            .targets(all(T::Always)),
        rule("no-repeated-questions", "repeat-questions", K::Procedure, D::Convenience,
            "Never ask the {customer} again for information they have already given in this contact",
            "Nigdy nie pytaj {customer:gen} ponownie o informacje, które już podał w tym kontakcie")
            .once_per_contact()
            // Not at a till, where nothing is asked.
            .when(when().characteristics([C::Efficient]).moments(TALK).except_moments([M::Payment]))
            .targets(all(T::Never)),
        rule("courteous-address", "form-of-address", K::PersonalContact, D::Assurance,
            "Address {customers} formally until they suggest otherwise, and say please and thank you in every contact",
            "Zwracaj się do {customers:gen} per pan / pani, dopóki sami nie zaproponują inaczej, i w każdym kontakcie mów proszę i dziękuję")
            .once_per_contact()
            .when(when().characteristics([C::Courteous]).except_channels([Ch::SelfService]))
            .targets(all(T::Always)),
        rule("offer-an-alternative", "alternatives", K::PersonalContact, D::Convenience,
            "When the {customer}'s first request cannot be met, offer an alternative {target}",
            "Gdy pierwszej prośby {customer:gen} nie da się spełnić, zaproponuj rozwiązanie zastępcze {target}")
            .when(when().moments([M::Exception, M::Request, M::OrderTaking, M::Consultation]).characteristics([C::Flexible]).from_level(L::Expected))
            .targets(from_expected(T::AtLeast(1), T::AtLeast(2))),
        rule("keep-promised-times", "punctuality", K::Procedure, D::Reliability,
            "Keep to the times promised to {customers} {target}",
            "Dotrzymuj terminów obiecanych {customers:dat} {target}")
            .when(when().moments([M::Delivery, M::OrderTaking]).characteristics([C::Punctual]))
            .targets(tiers(T::Share(90), T::Share(95), T::Share(98))),
        // Where a loss is serious (money or something of value handed
        // over, or a high risk), a promised time is kept every time.
        rule("keep-promised-times-serious", "punctuality", K::Procedure, D::Reliability,
            "Keep to every time promised to {customers}, without exception",
            "Dotrzymuj każdego terminu obiecanego {customers:dat}, bez wyjątku")
            .when(when().moments([M::Delivery, M::OrderTaking]).characteristics([C::Punctual]).serious())
            .targets(all(T::Always)),
        rule("full-price-upfront", "price-transparency", K::PersonalContact, D::Assurance,
            "State the full price, fees included, before the {customer} commits; never add a charge that was not announced",
            "Podaj pełną cenę z opłatami, zanim {customer} się zdecyduje; nigdy nie doliczaj niezapowiedzianych opłat")
            .once_per_contact()
            .when(when().moments([M::OrderTaking, M::Consultation]).characteristics([C::Honest]))
            .targets(all(T::Always)),
        // ── Moments of the flower of service ───────────────────────────────────
        rule("verify-identity", "identity-check", K::Procedure, D::Assurance,
            "Check that you are dealing with the {customer}, or someone they have authorised, before showing or changing their details",
            "Upewnij się, że rozmawiasz z {customer:ins} lub osobą przez niego upoważnioną, zanim pokażesz lub zmienisz jego dane")
            // Someone is there to be checked, once in a contact: not a
            // parcel checked in the warehouse, nor a log-in the system checks.
            .once_per_contact()
            // Where their details are looked up or recorded: not an age
            // check at a till or a bar, nor a key handed in for cutting.
            .when(when().moments([M::Identification]).data([DataUse::LooksUp, DataUse::Records]).staffed())
            .targets(all(T::Always)),
        rule("find-the-record", "record-lookup", K::Procedure, D::Responsiveness,
            "Find the {customer}'s {order} or account {target}",
            "Odszukaj {order:acc} lub konto {customer:gen} {target}")
            .when(when().moments([M::Identification]).characteristics([C::Prompt, C::Efficient]))
            .targets(tiers(T::within_mins(2), T::within_mins(1), T::within_secs(30))),
        rule("information-to-keep", "information-to-keep", K::Product, D::Communication,
            "Give the key information in a form the {customer} can keep: a card, a message or a link",
            "Przekaż najważniejsze informacje w formie, którą {customer} może zachować: na karcie, w wiadomości lub w linku")
            .once_per_contact()
            // Something to keep comes with an answer or an explanation, not
            // while staff listen and ask (needs, allergies, a safety check).
            .when(when().moments([M::Information, M::Consultation]).capabilities([Cap::Synchronous]).except_characteristics([C::Attentive]).from_level(L::Expected).staffed())
            .targets(from_expected(T::Always, T::Always)),
        rule("ask-about-needs", "needs-discovery", K::PersonalContact, D::Empathy,
            "Ask open questions about the {customer}'s needs ({target}) before recommending anything",
            "Zadawaj pytania otwarte o potrzeby {customer:gen} ({target}), zanim cokolwiek polecisz")
            .once_per_contact()
            // Not at a bay, where the work done is shown or checked, with
            // nothing to recommend.
            .when(when().moments([M::Consultation]).characteristics([C::Knowledgeable, C::Proactive, C::Helpful]).capabilities([Cap::Synchronous]).except_places([Place::Bay]).staffed())
            // Two at the exclusive level too: a third round of questions
            // read as a sales ritual before a simple or urgent fix.
            .targets(tiers(T::AtLeast(1), T::AtLeast(2), T::AtLeast(2))),
        rule("order-confirmation", "order-confirmation", K::Procedure, D::Reliability,
            "Send the written confirmation of {orders} {target} of their being placed, with what was agreed, the price and the expected date",
            "Wysyłaj pisemne potwierdzenie {orders:gen} {target} od ich złożenia, z ustaleniami, ceną i przewidywanym terminem")
            // Sent by someone: one the system sends goes at once.
            .when(when().moments([M::Information]).started_by(Initiator::Company).capabilities([Cap::Written]).staffed().after_in_phase([M::OrderTaking]))
            .targets(tiers(T::within_hours(1), T::within_mins(15), T::within_mins(5))),
        rule("wait-estimate", "queue-information", K::Procedure, D::Communication,
            "Tell waiting {customers} how long they will wait, and update the estimate {target}",
            "Mów czekającym {customers:dat}, jak długo poczekają, i aktualizuj tę informację {target}")
            .when(when().moments([M::Waiting]).started_by(Initiator::Customer).capabilities([Cap::Synchronous]))
            // Never every 5 minutes: readers found it a nuisance in a
            // lounge, a waiting room or during a treatment.
            .targets(tiers(every_mins(15), every_mins(10), every_mins(10))),
        rule("right-first-time-delivery", "delivery-accuracy", K::Procedure, D::Reliability,
            "Make sure what the {customer} receives matches their {order} {target}",
            "Dbaj, by to, co otrzymuje {customer}, zgadzało się z treścią {order:gen} {target}")
            .once_per_contact()
            // Only what was ordered, where getting it right is the point:
            // not a lesson, a wake-up call or a treatment (3 of 39 posted
            // where it landed on every delivery).
            .when(when().moments([M::Delivery]).characteristics([C::Accurate]).except_characteristics([C::Attentive]).after_in_sequence([M::OrderTaking]).except_serious())
            .targets(tiers(T::Share(98), T::Share(99), T::Share(99))),
        rule("check-before-handing-over", "delivery-accuracy", K::Procedure, D::Reliability,
            "Check what is handed or paid to the {customer} against what was agreed or recorded before it goes, every time, and hand it only to the person entitled to it, after checking who they are",
            "Za każdym razem sprawdź to, co przekazujesz lub wypłacasz {customer:dat}, z tym, co uzgodniono lub zapisano, zanim to wydasz, i przekazuj to wyłącznie osobie uprawnionej, po sprawdzeniu, kim jest")
            // Not where staff watch over the customer (a swim, an apron
            // walk): nothing is handed over there.
            // Only where something is handed over, and by a person: not a
            // lesson or a valuation, not a locker the customer opens.
            .when(when().moments([M::Delivery]).except_characteristics([C::Attentive]).hands_over(THINGS).serious().staffed())
            .targets(all(T::Always)),
        // A child, a patient or a pet is not checked against an order: it
        // goes back only to the person named for it. One rule for both
        // halves, as the model does not say whether a step takes someone
        // in or hands them back.
        rule("hand-back-to-named-person", "hand-back", K::Procedure, D::Assurance,
            "Hand anyone left in your care back only to a person the {customer} has named (a parent, a relative, an adult they authorised), checking who they are every time",
            "Wydawaj każdego, kto został pod twoją opieką, wyłącznie osobie wskazanej przez {customer:acc} (rodzicowi, krewnemu, upoważnionej osobie dorosłej), za każdym razem sprawdzając, kim jest")
            .critical()
            .when(when().hands_over([Valuable::Dependant]).staffed())
            .targets(all(T::Always)),
        rule("hospitality-offer", "waiting-comfort", K::Product, D::Empathy,
            "Offer a drink and a comfortable seat to every {customer} who stays with you for more than a few minutes",
            "Zaproponuj napój i wygodne miejsce każdemu {customer:dat}, który zostaje u was dłużej niż kilka minut")
            // Where the stay is meant to be comfortable (a lounge, a
            // viewing room, a salon's chair), not at breakfast, a coffee
            // break, a pool or a room being serviced.
            .when(when().moments([M::Hospitality]).characteristics([C::Comfortable]).except_characteristics([C::Safe]))
            .targets(all(T::Always)),
        rule("safekeeping-receipt", "safekeeping", K::Procedure, D::Assurance,
            "Give a receipt for everything left in the company's care, and hand it back {target} of being asked",
            "Wydawaj potwierdzenie na wszystko, co pozostawiono pod opieką firmy, i zwracaj to {target} od prośby")
            // Things left at a counter (coats, bags, keys, goods), handed back
            // within minutes: not papers left with the business to work on.
            .when(when().moments([M::Safekeeping]).started_by(Initiator::Customer).hands_over([Valuable::Baggage, Valuable::Goods, Valuable::Keys]))
            .targets(tiers(T::within_mins(5), T::within_mins(3), T::within_mins(2))),
        rule("invoice-right-first-time", "invoice-accuracy", K::Product, D::Reliability,
            "Issue invoices that are correct at the first attempt {target}",
            "Wystawiaj faktury poprawne za pierwszym razem {target}")
            .when(when().moments([M::Billing]))
            // As the amounts recorded on the same step: every case.
            .targets(all(T::Share(100))),
        rule("invoice-layout", "invoice-clarity", K::Product, D::Communication,
            "Lay out every invoice so each charge is named, dated and matches what the {customer} agreed to",
            "Układaj każdą fakturę tak, by każda pozycja była nazwana, opatrzona datą i zgodna z tym, na co {customer} się zgodził")
            .when(when().moments([M::Billing]).characteristics([C::Clear, C::Accurate]))
            .targets(all(T::Always)),
        rule("billing-letter-thanks", "written-thanks", K::PersonalContact, D::Empathy,
            "End every invoice or billing letter from {department} with a personal word of thanks",
            "Kończ każdą fakturę lub pismo rozliczeniowe od działu {department} osobistym podziękowaniem")
            .when(when().moments([M::Billing]).capabilities([Cap::Written]).except_capabilities([Cap::Synchronous]).except_channels([Ch::Sms, Ch::App]).staffed())
            .targets(all(T::Always)),
        rule("payment-confirmation", "payment-confirmation", K::Procedure, D::Reliability,
            "Confirm every payment received by transfer or online {target}",
            "Potwierdzaj każdą płatność otrzymaną przelewem lub online {target}")
            // Confirmed by a person: a payment the system takes and shows at
            // once (a card in the e-office) needs no confirmation later.
            // Once a contact: not at a direct debit or a card charge that is
            // no contact at all.
            .once_per_contact()
            .when(when().started_by(Initiator::Customer).moments([M::Payment]).except_capabilities([Cap::Synchronous]).staffed())
            .targets(tiers(T::within_hours(24), T::within_hours(1), T::within_mins(15))),
        rule("receipt-at-payment", "payment-confirmation", K::Procedure, D::Reliability,
            "Give the {customer} an itemised receipt for every payment taken",
            "Wydaj {customer:dat} szczegółowe potwierdzenie każdej przyjętej płatności")
            .when(when().moments([M::Payment]).capabilities([Cap::Synchronous]))
            .targets(all(T::Always)),
        rule("courteous-reminders", "reminder-tone", K::PersonalContact, D::Empathy,
            "Word payment reminders courteously, with the amount, the due date and a named contact; never threaten in a first reminder",
            "Formułuj przypomnienia o płatności uprzejmie, z kwotą, terminem i osobą do kontaktu; w pierwszym przypomnieniu nigdy nie groź")
            .when(when().started_by(Initiator::Company).moments([M::Payment]).capabilities([Cap::Written]))
            .targets(all(T::Always)),
        rule("acknowledge-complaints", "complaint-registration", K::Procedure, D::Responsiveness,
            "Give every complaint or special request a case number, and the date of the full answer, in the first reply",
            "Nadaj każdej reklamacji lub prośbie numer sprawy i w pierwszej odpowiedzi podaj termin pełnej odpowiedzi")
            .when(when().moments([M::Exception]).started_by(Initiator::Customer).except_capabilities([Cap::Synchronous]))
            .targets(all(T::Always)),
        rule("resolve-complaints", "complaint-resolution", K::Procedure, D::Reliability,
            "Resolve every complaint {target}",
            "Rozpatruj każdą reklamację {target}")
            .when(raised().except_capabilities([Cap::Synchronous]))
            .targets(tiers(T::within_hours(336), T::within_hours(120), T::within_hours(48))),
        rule("resolve-in-the-legal-time", "complaint-resolution", K::Procedure, D::Reliability,
            "Resolve every complaint by the date given in the first reply, never later than a law or a contract allows",
            "Rozpatrz każdą reklamację do daty podanej w pierwszej odpowiedzi, nigdy później, niż pozwala prawo lub umowa")
            .when(raised().factors([F::DeliverySpan(Ds::Weeks)]).except_capabilities([Cap::Synchronous]))
            .targets(all(T::Always)),
        rule("solve-while-in-contact", "complaint-resolution", K::Procedure, D::Reliability,
            "Solve a problem the {customer} raises {target}, or agree with them when it will be solved",
            "Rozwiąż problem zgłoszony przez {customer:acc} {target} albo uzgodnij z nim, kiedy zostanie rozwiązany")
            .when(raised().capabilities([Cap::Synchronous]))
            .targets(tiers(T::within_hours(4), T::within_hours(1), T::within_mins(30))),
        rule("stop-the-loss-in-contact", "complaint-resolution", K::Procedure, D::Assurance,
            "Do what cannot wait while the {customer} is still in contact (secure what is at risk and stop the loss from growing), and confirm it to them before the contact ends",
            "Zrób to, co nie może czekać, póki {customer} jest w kontakcie (zabezpiecz to, co jest zagrożone, i powstrzymaj dalszą stratę), i potwierdź mu to przed końcem kontaktu")
            .when(raised().capabilities([Cap::Synchronous]).hands_over([Valuable::Card, Valuable::Cash, Valuable::Documents]))
            .targets(all(T::Always)),
        // A loss or an emergency the customer reports (an incident) is no
        // complaint: what cannot wait is done in the contact, a reference is
        // given, and there is no apology for a fault that is not the
        // company's, no hold and no transfer.
        rule("incident-what-cannot-wait", "incident-response", K::Procedure, D::Assurance,
            "Do first what cannot wait while the {customer} is still in contact: make everyone safe and call for help where someone is hurt, then do what stops things getting worse; tell them what was done before the contact ends",
            "Najpierw zrób to, co nie może czekać, póki {customer} jest w kontakcie: zadbaj o bezpieczeństwo wszystkich i wezwij pomoc, gdy ktoś jest ranny, potem zrób to, co zapobiegnie pogorszeniu sytuacji; przed końcem kontaktu powiedz mu, co zostało zrobione")
            .critical()
            .once_per_contact()
            .when(when().moments([M::Incident]).capabilities([Cap::Synchronous]).serious().staffed())
            .targets(all(T::Always)),
        rule("incident-reference", "incident-record", K::Procedure, D::Reliability,
            "Give the {customer} a reference for what they reported, and tell them how long it stays open and how they will hear back",
            "Podaj {customer:dat} numer zgłoszenia i powiedz, jak długo pozostaje otwarte i jak otrzyma odpowiedź")
            .once_per_contact()
            // Not where someone's safety is at stake (a wound, a dental or
            // a pet's emergency, a puncture): they get help, not a ticket.
            .when(when().moments([M::Incident]).started_by(Initiator::Customer).except_channels([Ch::FaceToFace]).except_characteristics([C::Safe]).serious())
            .targets(all(T::Always)),
        rule("thank-and-apologise", "complaint-apology", K::PersonalContact, D::Empathy,
            "When the {customer} raises a problem, thank them for it and apologise for the trouble before explaining anything",
            "Gdy {customer} zgłasza problem, podziękuj mu za to i przeproś za kłopot, zanim cokolwiek wyjaśnisz")
            .once_per_contact()
            .when(raised())
            .targets(all(T::Always)),
        rule("settle-on-the-spot", "empowerment", K::Procedure, D::Responsiveness,
            "Let front-line staff put a small complaint right on the spot without asking a manager (redo, replace or refund the item in question), and take anything larger to the manager the same day",
            "Pozwól pracownikom pierwszej linii załatwić drobną reklamację od ręki, bez pytania przełożonego (powtórzyć usługę, wymienić lub zwrócić pieniądze za daną rzecz), a każdą większą przekazać przełożonemu tego samego dnia")
            .policy(P::Department)
            // No sum in one currency (readers in pounds and złoty rejected a
            // limit in euros), nor "up to the value" of anything (a week's
            // stay or an operation is no front-line decision): the item in
            // question, and the rest to a manager.
            .when(raised().capabilities([Cap::Synchronous]).from_level(L::Expected))
            .targets(from_expected(T::Always, T::Always)),
        rule("thank-and-invite-back", "farewell", K::PersonalContact, D::Empathy,
            "Thank the {customer} and invite them back at the end of every contact",
            "Na koniec każdego kontaktu podziękuj {customer:dat} i zaproś go ponownie")
            .when(when().moments([M::Farewell]).factors([F::UsageFrequency(U::Occasional), F::UsageFrequency(U::Frequent)]))
            .targets(all(T::Always)),
        rule("ask-for-feedback", "feedback-request", K::Procedure, D::Communication,
            "Ask for feedback {target} of the service ending, with five questions at most",
            "Poproś o opinię {target} od zakończenia usługi, zadając najwyżej pięć pytań")
            .when(when().moments([M::FollowUp]).after_in_sequence(THE_SERVICE).except_serious())
            .targets(tiers(T::within_hours(72), T::within_hours(48), T::within_hours(24))),
        rule("answer-every-review", "review-replies", K::PersonalContact, D::Responsiveness,
            "Answer every negative review or survey comment personally {target}",
            "Odpowiadaj osobiście na każdą negatywną opinię lub uwagę z ankiety {target}")
            // Whoever reads the reviews answers them: a duty of the
            // business as a whole, not of the text or call that asks for them.
            .policy(P::Business)
            .when(when().moments([M::FollowUp]).after_in_sequence(THE_SERVICE).from_level(L::Expected))
            .targets(from_expected(T::within_hours(48), T::within_hours(24))),
        // ── The nine factors of the service function ───────────────────────────
        rule("intermediary-bookings-honoured", "intermediary-orders", K::Procedure, D::Reliability,
            "Honour {orders} made through an intermediary exactly as if they had been made directly",
            "Realizuj {orders:acc} złożone przez pośredników dokładnie tak, jakby złożono je bezpośrednio")
            .policy(P::Business)
            .when(when().factors([F::Intermediaries(I::Present)]))
            .targets(all(T::Always)),
        rule("intermediary-same-information", "rate-parity", K::Procedure, D::Communication,
            "Tell intermediaries of every change to availability or to the service that affects the {customers} they send, {target} of the change",
            "Informuj pośredników o każdej zmianie dostępności lub usługi, która dotyczy przysyłanych przez nich {customers:gen}, {target} od tej zmiany")
            .policy(P::Business)
            .when(when().factors([F::Intermediaries(I::Present)]).factors([F::CapacityControl(Cc::Reservations), F::CapacityControl(Cc::ReservationsAndQueues)]))
            .targets(tiers(T::within_hours(24), T::within_hours(8), T::within_hours(4))),
        rule("high-contact-training", "staff-training", K::Procedure, D::Assurance,
            "Train every employee who meets {customers} in these standards before their first shift, and refresh the training {target}",
            "Przeszkol każdego pracownika mającego kontakt z {customers:ins} w tych standardach przed pierwszą zmianą i odświeżaj szkolenie {target}")
            .policy(P::Business)
            .when(when().factors([F::ContactLevel(Co::High)]))
            .targets(tiers(every_days(365), every_days(180), every_days(90))),
        rule("low-contact-central-desk", "single-owner", K::Procedure, D::Convenience,
            "Give every remote request one named owner, who keeps it until it is solved, whichever channel it came in on",
            "Przydzielaj każdej zdalnej sprawie jednego wskazanego z imienia opiekuna, który prowadzi ją aż do rozwiązania, niezależnie od kanału, którym wpłynęła")
            .policy(P::Business)
            .when(when().factors([F::ContactLevel(Co::Low)]))
            .targets(all(T::Always)),
        rule("account-manager", "account-management", K::PersonalContact, D::Empathy,
            "Give every institutional {customer} a named account manager who answers them {target}",
            "Zapewnij każdemu instytucjonalnemu {customer:dat} imiennego opiekuna, który odpowiada mu {target}")
            .policy(P::Business)
            // Where institutions are the buyers, not a business whose few
            // firms or insurers are served like everyone else.
            .when(when().factors([F::Purchaser(Pu::Institutional)]))
            .targets(tiers(T::within_hours(24), T::within_hours(8), T::within_hours(4))),
        rule("consolidated-invoice", "consolidated-invoice", K::Procedure, D::Convenience,
            "Offer institutional {customers} one consolidated invoice per period, with their own references for {orders}",
            "Proponuj instytucjonalnym {customers:dat} jedną zbiorczą fakturę za okres, z ich własnymi numerami {orders:gen}")
            .policy(P::Business)
            .when(when().moments([M::Billing]).factors([F::Purchaser(Pu::Institutional)]))
            .targets(all(T::Always)),
        rule("progress-updates", "progress-updates", K::Procedure, D::Communication,
            "Tell the {customer} how their {order} is progressing, with the expected date, {target}",
            "Informuj {customer:acc} o postępie realizacji {order:gen}, z przewidywanym terminem, {target}")
            .when(when().moments([M::Waiting]).except_channels([Ch::FaceToFace]).factors([F::DeliverySpan(Ds::Days), F::DeliverySpan(Ds::Weeks)]))
            .targets(tiers(every_days(3), every_days(2), every_days(1))),
        rule("tracking-reference", "tracking", K::Procedure, D::Reliability,
            "Give {orders} a tracking reference and a promised completion date when they are taken",
            "Nadawaj {orders:dat} numer do śledzenia i obiecany termin realizacji już przy ich przyjęciu")
            // Where something is ordered and delivered later: not a basket
            // or a delivery choice before the order, nor a membership.
            .when(when().moments([M::OrderTaking]).factors([F::DeliverySpan(Ds::Days), F::DeliverySpan(Ds::Weeks)]).factors([F::CapacityControl(Cc::Unconstrained), F::CapacityControl(Cc::Queues), F::CapacityControl(Cc::ReservationsAndQueues)]).data([DataUse::Records]))
            .targets(all(T::Always)),
        rule("booking-confirmation", "order-confirmation", K::Procedure, D::Reliability,
            "Send the written confirmation of {orders} {target} of their being made, with the dates and what was agreed, and the price and the cancellation terms where there are any",
            "Wysyłaj pisemne potwierdzenie {orders:gen} {target} od ich dokonania, z datami i tym, co ustalono, a także z ceną i warunkami anulowania, jeśli takie są")
            // Sent by someone: one the system sends goes at once, not
            // within the hour.
            .when(when().moments([M::Information]).started_by(Initiator::Company).capabilities([Cap::Written]).staffed().after_in_phase([M::OrderTaking]).factors([F::CapacityControl(Cc::Reservations), F::CapacityControl(Cc::ReservationsAndQueues)]))
            .targets(tiers(T::within_hours(2), T::within_hours(1), T::within_mins(15))),
        rule("online-booking-open", "online-booking", K::Product, D::Convenience,
            "Keep online reservations open {target}, showing live availability",
            "Utrzymuj rezerwacje online otwarte {target}, z bieżącym stanem wolnych miejsc")
            .policy(P::Business)
            // Only where bookings are taken online already: a business that
            // books by phone or with an adviser is not told to open a
            // booking system.
            .when(when().moments([M::OrderTaking]).channels([Ch::SelfService, Ch::App, Ch::WebForm]).factors([F::CapacityControl(Cc::Reservations), F::CapacityControl(Cc::ReservationsAndQueues)]))
            .targets(all(T::Cover(Cover::AROUND_THE_CLOCK))),
        rule("realistic-wait-forecast", "wait-forecast-accuracy", K::Procedure, D::Communication,
            "Make the wait forecasts given to queuing {customers} right to within 5 minutes {target}",
            "Dbaj, by prognozy czasu oczekiwania podawane {customers:dat} w kolejce były trafne z dokładnością do 5 minut {target}")
            .when(when().moments([M::Waiting]).started_by(Initiator::Customer).capabilities([Cap::Synchronous]).factors([F::CapacityControl(Cc::Queues), F::CapacityControl(Cc::ReservationsAndQueues)]))
            .targets(tiers(T::Share(80), T::Share(90), T::Share(95))),
        rule("fair-and-firm-queue", "queue-fairness", K::PersonalContact, D::Assurance,
            "Serve {customers} first come, first served, friendly but firm with anyone who jumps the queue",
            "Obsługuj {customers:acc} według kolejności przybycia, uprzejmie, ale stanowczo wobec każdego, kto omija kolejkę")
            .when(when().moments([M::Waiting]).started_by(Initiator::Customer).channels([Ch::FaceToFace]).factors([F::CapacityControl(Cc::Queues), F::CapacityControl(Cc::ReservationsAndQueues)]))
            .targets(all(T::Always)),
        rule("recognise-regulars", "recognition", K::PersonalContact, D::Empathy,
            "Recognise returning {customers} from their record and greet them as regulars",
            "Rozpoznawaj powracających {customers:acc} na podstawie ich historii i witaj ich jak stałych bywalców")
            // As the customer comes in: not a meeting the business called,
            // a new members' evening or an organiser it already works with.
            .when(when().opening().moments([M::Welcome]).started_by(Initiator::Customer).channels([Ch::FaceToFace]).factors([F::UsageFrequency(U::Frequent)]))
            .targets(all(T::Always)),
        rule("one-step-reorder", "reordering", K::Procedure, D::Convenience,
            "Let regular {customers} repeat earlier {orders} in one step, without being sold to again",
            "Pozwól stałym {customers:dat} powtarzać wcześniejsze {orders:acc} jednym krokiem, bez ponownej oferty sprzedażowej")
            // A feature of the shop online, decided once: not a line at
            // every step of a checkout.
            .policy(P::Business)
            .when(when().moments([M::OrderTaking]).channels([Ch::SelfService]).factors([F::UsageFrequency(U::Frequent)]))
            .targets(all(T::Always)),
        rule("teach-first-timers", "first-time-guidance", K::PersonalContact, D::Assurance,
            "Show first-time {customers} how the service works, step by step, and check that they have understood",
            "Pokaż {customers:dat} korzystającym po raz pierwszy, krok po kroku, jak działa usługa, i upewnij się, że zrozumieli")
            .once_per_contact()
            // Where the step is about making things clear (the terms of a
            // loan, the way round a hotel, aftercare): not a status call, a
            // sale's needs or an examination, where nothing is taught.
            // Not at a table, where the work itself is done (an
            // examination, a meal): how the service works is shown before.
            .when(when().started_by(Initiator::Customer).moments([M::Consultation, M::Information]).characteristics([C::Clear]).factors([F::Complexity(Cx::Complex), F::Complexity(Cx::Moderate)]).capabilities([Cap::Synchronous]).except_places([Place::Table]))
            .targets(all(T::Always)),
        rule("contingency-plans", "contingency-plans", K::Procedure, D::Reliability,
            "Keep a written contingency plan for each likely failure and rehearse it {target}",
            "Miej spisany plan awaryjny na każdą prawdopodobną awarię i ćwicz go {target}")
            .policy(P::Business)
            .when(when().factors([F::Complexity(Cx::Complex)]))
            .targets(tiers(every_days(365), every_days(180), every_days(90))),
        rule("certified-staff-only", "staff-certification", K::Procedure, D::Assurance,
            "Let only staff trained and qualified for this work serve {customers} in it, and refresh their training {target}",
            "Powierzaj obsługę {customers:gen} przy tej pracy wyłącznie pracownikom przeszkolonym i uprawnionym do niej i odświeżaj ich szkolenie {target}")
            .policy(P::Department)
            .when(when().moments([M::Consultation, M::Delivery, M::Exception, M::Request]).factors([F::Risk(Rk::High)]))
            .targets(tiers(every_days(365), every_days(365), every_days(180))),
        rule("start-contingency-plan", "contingency-start", K::Procedure, D::Responsiveness,
            "Start the contingency plan {target} of a failure being reported",
            "Uruchom plan awaryjny {target} od zgłoszenia awarii")
            .policy(P::Department)
            .when(when().moments([M::Disruption]))
            .targets(tiers(T::within_hours(1), T::within_mins(30), T::within_mins(15))),
        rule("disruption-plans", "contingency-plans", K::Procedure, D::Reliability,
            "Keep a written contingency plan for each likely failure and rehearse it {target}",
            "Miej spisany plan awaryjny na każdą prawdopodobną awarię i ćwicz go {target}")
            .policy(P::Business)
            .when(when().moments([M::Disruption]))
            .targets(tiers(every_days(365), every_days(180), every_days(90))),
        rule("announce-disruption", "disruption-notice", K::Procedure, D::Communication,
            "Tell every {customer} a disruption affects {target} of learning of it: what happened, what it means for them, what they are owed, if anything, and when the next update comes",
            "Powiadom każdego {customer:acc}, którego dotyczy zakłócenie, {target} od jego stwierdzenia: co się stało, co to dla niego oznacza, co mu przysługuje, jeśli cokolwiek, i kiedy będzie kolejna informacja")
            .once_per_contact()
            .when(when().moments([M::Disruption]).factors([F::DeliverySpan(Ds::Minutes), F::DeliverySpan(Ds::Hours)]))
            .targets(tiers(T::within_mins(30), T::within_mins(15), T::within_mins(10))),
        // A delay of a service delivered over days is told before its date,
        // not within minutes: a claim, a repair, an order.
        rule("announce-delay-ahead", "disruption-notice", K::Procedure, D::Communication,
            "Tell every {customer} a delay affects before the date promised has passed: the new date, what it means for them and what they are owed, if anything",
            "Powiadom każdego {customer:acc}, którego dotyczy opóźnienie, zanim minie obiecany termin: podaj nowy termin, co to dla niego oznacza i co mu przysługuje, jeśli cokolwiek")
            .once_per_contact()
            .when(when().moments([M::Disruption]).factors([F::DeliverySpan(Ds::Days), F::DeliverySpan(Ds::Weeks)]))
            .targets(all(T::Always)),
        rule("disruption-updates", "disruption-updates", K::Procedure, D::Communication,
            "Update the {customers} a disruption affects {target} until it is over, each time naming when the next update comes",
            "Informuj {customers:acc}, których dotyczy zakłócenie, {target}, aż się zakończy, za każdym razem podając, kiedy będzie kolejna informacja")
            // Updates follow a first notice of the same disruption: a
            // one-off change (a class cancelled, a dish sold out, a late
            // pizza) is told once, with its new time.
            .when(when().moments([M::Disruption]).factors([F::DeliverySpan(Ds::Minutes), F::DeliverySpan(Ds::Hours)]).after_in_sequence([M::Disruption]))
            .targets(tiers(every_mins(30), every_mins(30), every_mins(15))),
        // A service delivered over days or weeks is disrupted for days: an
        // update every half hour would be noise.
        rule("disruption-updates-daily", "disruption-updates", K::Procedure, D::Communication,
            "Update the {customers} a disruption affects {target} until it is over, each time naming when the next update comes",
            "Informuj {customers:acc}, których dotyczy zakłócenie, {target}, aż się zakończy, za każdym razem podając, kiedy będzie kolejna informacja")
            .when(when().moments([M::Disruption]).factors([F::DeliverySpan(Ds::Days), F::DeliverySpan(Ds::Weeks)]))
            .targets(tiers(every_days(1), every_days(1), every_hours(12))),
        rule("reorder-without-pitch", "reordering", K::Procedure, D::Convenience,
            "Handle simple repeat {orders} without a sales pitch; give advice only when the {customer} asks or the need is clear",
            "Przyjmuj powtórne {orders:acc} bez oferty sprzedażowej; doradzaj, gdy {customer} prosi lub potrzeba jest oczywista")
            // How a department takes repeat orders, not a line at every
            // order step (most of which are not repeats).
            .policy(P::Department)
            .when(when().moments([M::OrderTaking]).factors([F::TaskAllocation(Ta::FullRelationship)]).factors([F::UsageFrequency(U::Frequent)]).factors([F::Purchaser(Pu::Institutional), F::Purchaser(Pu::Mixed)]).except_channels([Ch::SelfService]))
            .targets(all(T::Always)),
        rule("no-selling-during-complaints", "no-selling-in-complaints", K::PersonalContact, D::Empathy,
            "Never try to sell anything while the {customer}'s complaint is still open",
            "Nigdy nie próbuj niczego sprzedawać, dopóki reklamacja {customer:gen} jest otwarta")
            .when(raised().factors([F::TaskAllocation(Ta::ServiceAndSales), F::TaskAllocation(Ta::FullRelationship)]))
            .targets(all(T::Never)),
        rule("no-selling-during-disruptions", "no-selling-in-disruptions", K::PersonalContact, D::Empathy,
            "Never offer anything for sale to {customers} hit by a disruption until they have been looked after",
            "Nigdy nie proponuj niczego na sprzedaż {customers:dat} dotkniętym zakłóceniem, dopóki nie otrzymali należnej opieki")
            .when(when().moments([M::Disruption]).factors([F::TaskAllocation(Ta::ServiceAndSales), F::TaskAllocation(Ta::FullRelationship)]))
            .targets(all(T::Never)),
        rule("outreach-with-consent", "outreach-consent", K::PersonalContact, D::Assurance,
            "Contact {customers} on the company's initiative only with their consent, at agreed times, saying first who you are and why you are calling",
            "Kontaktuj się z {customers:ins} z inicjatywy firmy tylko za ich zgodą, w umówionych porach, przedstawiając się najpierw i mówiąc, w jakiej sprawie dzwonisz")
            // Said by a person: not an automatic reminder or rating prompt.
            .when(when().started_by(Initiator::Company).moments([M::FollowUp]).factors([F::TaskAllocation(Ta::FullRelationship)]).staffed())
            .targets(all(T::Always)),
        rule("outreach-frequency", "outreach-frequency", K::Procedure, D::Empathy,
            "Send a {customer} offers or news on the company's initiative {target} a month; messages about their own service (confirmations, reminders, notices) do not count",
            "Wysyłaj {customer:dat} oferty lub nowości z inicjatywy firmy {target} w miesiącu; wiadomości o jego własnej usłudze (potwierdzenia, przypomnienia, powiadomienia) się nie liczą")
            .policy(P::Business)
            .when(when().moments([M::FollowUp]).factors([F::TaskAllocation(Ta::FullRelationship)]))
            .targets(tiers(T::AtMost(2), T::AtMost(2), T::AtMost(1))),
        // ── Brand emotions ─────────────────────────────────────────────────────
        rule("personal-remark", "personal-touch", K::PersonalContact, D::Empathy,
            "Add one personal, unscripted remark to every welcome and every goodbye",
            "Dodaj jedną osobistą, niewyuczoną uwagę do każdego powitania i pożegnania")
            // Once a visit, where the person can be seen: a caller is not
            // yet known when the call is answered.
            .once_per_contact()
            .when(when().moments([M::Welcome, M::Farewell]).emotions([E::Warmth, E::Care]).channels([Ch::FaceToFace, Ch::VideoCall]).from_level(L::Expected))
            .targets(from_expected(T::Always, T::Always)),
        rule("keep-every-promise", "promise-keeping", K::Procedure, D::Reliability,
            "Write down the promises made to {customers} and keep every one of them",
            "Zapisuj obietnice złożone {customers:dat} i dotrzymuj każdej z nich")
            .once_per_contact()
            // Promises are made by people: not on a page, a form or in an app.
            .when(when().moments([M::OrderTaking, M::Consultation, M::Exception, M::Request, M::Incident]).emotions([E::Trust, E::Confidence]).except_channels([Ch::SelfService, Ch::App, Ch::WebForm]).staffed())
            // A promise is kept every time, at every level: readers of five
            // trades refused a share of promises broken.
            .targets(all(T::Always)),
        // Where a loss is serious, no promise may be broken at any level.
        rule("keep-every-promise-serious", "promise-keeping", K::Procedure, D::Reliability,
            "Write down every promise made to a {customer} and keep it, every time",
            "Zapisuj każdą obietnicę złożoną {customer:dat} i dotrzymuj jej za każdym razem")
            .once_per_contact()
            .when(when().moments([M::OrderTaking, M::Consultation, M::Exception, M::Request, M::Incident]).emotions([E::Trust, E::Confidence]).except_channels([Ch::SelfService, Ch::App]).serious().staffed())
            .targets(all(T::Always)),
        rule("calm-next-step", "next-steps", K::PersonalContact, D::Assurance,
            "Tell the {customer} what will happen next and by when, calmly, before they have to ask",
            "Spokojnie powiedz {customer:dat}, co i kiedy się wydarzy, zanim sam o to zapyta")
            .once_per_contact()
            .when(when().started_by(Initiator::Customer).moments([M::Exception, M::Request, M::Incident]).emotions([E::Calm, E::Ease]))
            .targets(all(T::Always)),
        rule("apologise-for-waiting", "apology-for-waiting", K::PersonalContact, D::Assurance,
            "Apologise and explain whenever a {customer} has waited longer than they were told, or longer than usual",
            "Przeproś i wyjaśnij przyczynę zawsze, gdy {customer} czekał dłużej, niż mu powiedziano, albo dłużej niż zwykle")
            .once_per_contact()
            .when(when().moments([M::Welcome, M::Waiting]).emotions([E::Respect, E::Care]).except_channels([Ch::SelfService]))
            .targets(all(T::Always)),
        rule("community-invitation", "community", K::PersonalContact, D::Empathy,
            "Invite regular {customers} to the company's events or community {target} a year",
            "Zapraszaj stałych {customers:acc} na wydarzenia lub do społeczności firmy {target} w roku")
            // How often regulars are invited is a marketing decision of the
            // business, not a line of each follow-up message.
            .policy(P::Business)
            .when(when().moments([M::FollowUp]).emotions([E::Belonging, E::Excitement]).from_level(L::Expected))
            .targets(from_expected(T::AtLeast(1), T::AtLeast(2))),
        rule("effortless-paths", "channel-continuity", K::Procedure, D::Convenience,
            "Let the {customer} finish the task in the channel they started in, without being sent elsewhere",
            "Pozwól {customer:dat} dokończyć sprawę w kanale, w którym ją zaczął, bez odsyłania gdzie indziej")
            .once_per_contact()
            .when(when().started_by(Initiator::Customer).moments([M::OrderTaking, M::Information, M::Payment]).emotions([E::Ease, E::Confidence]).except_channels([Ch::FaceToFace]))
            .targets(all(T::Always)),
        // ── Exclusive gestures: beyond what the customer expects ───────────────
        gesture("surprise-extra", "surprise", K::Product, D::Empathy,
            "Surprise the {customer} {target} in a visit with a small unannounced extra that suits them (a note, a small treat, an upgrade where there is one)",
            "Sprawiaj {customer:dat} {target} podczas wizyty drobną, niezapowiedzianą niespodziankę, która mu odpowiada (liścik, drobny poczęstunek, wyższy standard, jeśli jest)",
            // Not where safety comes first (a lifeguard's watch, a
            // treatment), nor where much is at stake for the customer.
            when().moments([M::Delivery, M::Hospitality]).emotions([E::Delight, E::Excitement, E::Warmth]).except_characteristics([C::Safe]).except_serious(), T::AtLeast(1))
            .once_per_contact(),
        gesture("accompany-in-person", "escort", K::PersonalContact, D::Empathy,
            "Accompany the {customer} personally to where they are going, explaining on the way",
            "Odprowadź {customer:acc} osobiście tam, dokąd zmierza, objaśniając drogę",
            when().moments([M::Information]).characteristics([C::Helpful, C::Personal]).channels([Ch::FaceToFace]), T::Always),
        gesture("handwritten-thanks", "written-thanks", K::Product, D::Empathy,
            "Add a short handwritten or personally written note of thanks",
            "Dołącz krótkie odręczne lub osobiście napisane podziękowanie",
            when().moments([M::Billing, M::FollowUp, M::Farewell]).capabilities([Cap::Written]).except_capabilities([Cap::Synchronous, Cap::Public]).except_channels([Ch::Sms, Ch::App]).staffed(), T::Always),
        gesture("preferences-ready", "preferences", K::Procedure, D::Empathy,
            "Have the {customer}'s known preferences ready before they arrive, without being asked",
            "Przygotuj znane preferencje {customer:gen} przed jego przybyciem, bez proszenia",
            when().moments([M::OrderTaking, M::Welcome, M::Delivery]).characteristics([C::Personal]), T::Always),
        gesture("check-back-after-solving", "complaint-follow-up", K::PersonalContact, D::Empathy,
            "Contact the {customer} {target} after their problem was solved to check that all is well",
            "Skontaktuj się z {customer:ins} {target} po rozwiązaniu jego problemu, by upewnić się, że wszystko jest w porządku",
            // At the answer to a complaint raised earlier in the sequence
            // (the business's own step), not at its intake, where nothing
            // is solved yet.
            answer_to_a_complaint().except_capabilities([Cap::Public]), T::Between { min: Duration::from_secs(3 * 86_400), max: Duration::from_secs(5 * 86_400) }),
        gesture("milestone-message", "milestone", K::PersonalContact, D::Empathy,
            "Mark the {customer}'s anniversary or milestone with the company with a personal message",
            "Uczcij rocznicę lub ważny moment {customer:gen} we współpracy z firmą osobistą wiadomością",
            when().moments([M::FollowUp]).characteristics([C::Personal]).factors([F::UsageFrequency(U::Frequent)]), T::Always),
        gesture("refreshment-while-waiting", "refreshment", K::Product, D::Empathy,
            "Bring waiting {customers} a refreshment without being asked",
            "Przynieś czekającym {customers:dat} poczęstunek, zanim o niego poproszą",
            // Where the wait is meant to be comfortable (a lounge, a salon's
            // waiting area), not a till queue or a ticket hall.
            when().moments([M::Waiting]).channels([Ch::FaceToFace]).characteristics([C::Comfortable]).staffed(), T::Always),
        // A wait at the table (a late course, a delay told at the table).
        gesture("something-at-the-table", "refreshment", K::Product, D::Empathy,
            "Bring the {customer} something small to eat or drink, on the house, while they wait at their table",
            "Przynieś {customer:dat} coś drobnego do jedzenia lub picia na koszt firmy, gdy czeka przy stoliku",
            when().moments([M::Waiting]).places([Place::Table]).staffed(), T::Always),
        // A queue that is not a lounge: a word of thanks, and a second till
        // or desk opened before the queue grows long.
        gesture("queue-relieved", "queue-relieved", K::PersonalContact, D::Empathy,
            "Call a colleague to open another till or desk as soon as a queue forms, and thank each {customer} for waiting when their turn comes",
            "Gdy tylko utworzy się kolejka, poproś kolegę o otwarcie kolejnej kasy lub stanowiska, a każdemu {customer:dat} podziękuj za cierpliwość, gdy przyjdzie jego kolej",
            when().moments([M::Waiting]).channels([Ch::FaceToFace]).except_characteristics([C::Comfortable]).except_places([Place::Remote, Place::Table, Place::Bay, Place::Gate]).staffed(), T::Always),
        gesture("direct-line", "direct-line", K::PersonalContact, D::Responsiveness,
            "Give institutional {customers} the direct number of their account manager",
            "Przekaż instytucjonalnym {customers:dat} bezpośredni numer ich opiekuna",
            when().factors([F::Purchaser(Pu::Institutional), F::Purchaser(Pu::Mixed)]), T::Always)
            .policy(P::Business),
        gesture("same-day-resolution", "complaint-resolution", K::Procedure, D::Responsiveness,
            "Resolve complaints {target} of their being raised",
            "Rozwiązuj reklamacje {target} od ich zgłoszenia",
            raised(), T::within_hours(8)),
        // One gesture a guest notices for each moment where the expected
        // level otherwise only tightens a number.
        gesture("written-recap", "information-to-keep", K::Product, D::Reliability,
            "Send the {customer} what they were told in writing as well, to keep (a message, a leaflet or a link)",
            "Przekaż {customer:dat} to, co usłyszał, także na piśmie, do zachowania (wiadomość, ulotka lub link)",
            when().moments([M::Information]).started_by(Initiator::Customer).except_capabilities([Cap::Written]).factors([F::Complexity(Cx::Moderate), F::Complexity(Cx::Complex)]).staffed(), T::Always)
            .once_per_contact(),
        gesture("advice-summary", "advice-summary", K::Product, D::Assurance,
            "Give the {customer} a short written summary of the advice and of the options discussed",
            "Przekaż {customer:dat} krótkie pisemne podsumowanie porady i omówionych możliwości",
            when().moments([M::Consultation]).started_by(Initiator::Customer).factors([F::Complexity(Cx::Complex)]), T::Always)
            .once_per_contact(),
        gesture("named-owner", "named-owner", K::PersonalContact, D::Assurance,
            "Tell the {customer} the name of the person who looks after their {order} and how to reach them",
            "Podaj {customer:dat} imię i nazwisko osoby, która zajmuje się jego {order:ins}, oraz sposób kontaktu z nią",
            // Where contact is close enough for one person to own a case:
            // not thousands of orders a week served at arm's length.
            when().moments([M::OrderTaking, M::Request]).factors([F::DeliverySpan(Ds::Days), F::DeliverySpan(Ds::Weeks)]).factors([F::ContactLevel(Co::High), F::ContactLevel(Co::Medium)]).except_channels([Ch::SelfService, Ch::App, Ch::WebForm]), T::Always)
            .once_per_contact(),
        gesture("no-repeat-questions", "no-repeat-questions", K::Procedure, D::Empathy,
            "Do not ask returning {customers} again for details already on record",
            "Nie pytaj powracających {customers:gen} ponownie o dane, które już są zapisane",
            when().moments([M::Identification]).capabilities([Cap::StaffSeen]).factors([F::UsageFrequency(U::Frequent)]), T::Always),
        gesture("thanks-by-name", "thanks-by-name", K::PersonalContact, D::Empathy,
            "Thank the {customer} personally as they pay, by name where it is known",
            "Podziękuj {customer:dat} osobiście przy płatności, po nazwisku, jeśli je znasz",
            when().moments([M::Payment]).started_by(Initiator::Customer).capabilities([Cap::StaffHeard]).staffed(), T::Always),
        gesture("goodwill-for-disruption", "goodwill", K::Product, D::Empathy,
            "Offer every {customer} affected a gesture of goodwill in proportion to the disruption, without their asking",
            "Zaproponuj każdemu {customer:dat} dotkniętemu utrudnieniem gest dobrej woli stosowny do jego skali, zanim o to poprosi",
            when().moments([M::Disruption]), T::Always)
            .once_per_contact(),
        gesture("personal-goodbye", "personal-goodbye", K::PersonalContact, D::Empathy,
            "Say goodbye to the {customer} personally, by name where you know it",
            "Pożegnaj {customer:acc} osobiście, po nazwisku, jeśli je znasz",
            when().moments([M::Farewell]).capabilities([Cap::StaffSeen]).staffed(), T::Always),
        gesture("step-out-to-greet", "step-out-to-greet", K::PersonalContact, D::Empathy,
            "When no one else is waiting, step out from behind the desk or the counter to welcome the {customer}",
            "Gdy nikt inny nie czeka, wyjdź zza biurka lub lady, by powitać {customer:acc}",
            arrival().moments([M::Welcome]).places(DESKS), T::Always),
        // A text the company sends: from a person, not from a machine.
        gesture("text-from-a-person", "personal-sender", K::PersonalContact, D::Empathy,
            "Sign every text message with the first name of the person who sends it, from a number the {customer} can reply to, and have replies answered by whoever is on duty",
            "Podpisuj każdą wiadomość SMS imieniem osoby, która ją wysyła, wysyłaj ją z numeru, na który {customer} może odpowiedzieć, i dopilnuj, by odpowiedzi odbierał dyżurny pracownik",
            when().moments([M::Information, M::Waiting, M::Delivery]).started_by(Initiator::Company).channels([Ch::Sms]).factors([F::ContactLevel(Co::High), F::ContactLevel(Co::Medium)]).staffed(), T::Always)
            .once_per_contact(),
        // ── One gesture for every kind of moment ────────────────────────────
        // Where the expected level has standards, the exclusive level adds
        // something the customer notices, not only a tighter number: one
        // gesture per kind of moment, by how the customer meets it (in
        // person, by voice, in writing, on their own).
        gesture("tip-for-what-comes-next", "next-steps", K::Product, D::Empathy,
            "Explain, without jargon, what happens next, and add one practical tip for the {customer}'s own next step (what to do, by when, and where to get help)",
            "Wyjaśnij bez żargonu, co się teraz wydarzy, i dodaj jedną praktyczną wskazówkę na kolejny krok {customer:gen} (co zrobić, do kiedy i gdzie szukać pomocy)",
            when().moments([M::Information]).started_by(Initiator::Company).capabilities([Cap::Written]).except_capabilities([Cap::Public, Cap::StaffHeard]), T::Always)
            .once_per_contact(),
        gesture("understood-before-moving-on", "understood-before-moving-on", K::PersonalContact, D::Communication,
            "Before moving on, check that the {customer} has understood and has what they need for the next step, and answer any question there and then",
            "Zanim przejdziesz dalej, upewnij się, że {customer} zrozumiał i ma wszystko, czego potrzebuje na kolejny krok, i od razu odpowiedz na jego pytania",
            when().moments([M::Information]).started_by(Initiator::Company).capabilities([Cap::StaffHeard]).staffed(), T::Always)
            .once_per_contact(),
        gesture("hand-over-explained", "hand-over-explained", K::PersonalContact, D::Empathy,
            "Hand it over in person: tell the {customer} what it is or what was done, point out anything they should know, and ask whether all is as they wished",
            "Przekaż osobiście: powiedz {customer:dat}, co przekazujesz lub co zostało zrobione, zwróć uwagę na to, o czym powinien wiedzieć, i zapytaj, czy wszystko jest tak, jak sobie życzył",
            when().moments([M::Delivery]).capabilities([Cap::StaffSeen]).places([Place::Desk, Place::Counter, Place::Table, Place::Bay]).staffed(), T::Always)
            .once_per_contact(),
        gesture("as-wished-check", "as-wished-check", K::PersonalContact, D::Empathy,
            "Check with the {customer}, while they are still with you, that all is as they wished, and put right at once anything that is not",
            "Upewnij się u {customer:gen}, póki jeszcze jest z tobą, że wszystko jest tak, jak sobie życzył, i od razu popraw to, co nie jest",
            when().moments([M::Delivery]).channels([Ch::FaceToFace]).except_places([Place::Desk, Place::Counter, Place::Table, Place::Bay, Place::Remote]).hands_over(THINGS).staffed(), T::Always)
            .once_per_contact(),
        gesture("as-hoped-check", "as-wished-check", K::PersonalContact, D::Empathy,
            "At the end, ask the {customer} whether it was what they hoped for, and note anything to do differently for them next time",
            "Na koniec zapytaj {customer:acc}, czy było tak, jak się spodziewał, i zanotuj, co następnym razem zrobić dla niego inaczej",
            when().moments([M::Delivery]).channels([Ch::FaceToFace]).except_places([Place::Desk, Place::Counter, Place::Table, Place::Bay, Place::Remote]).staffed(), T::Always)
            .once_per_contact(),
        gesture("time-told-unasked", "time-told-unasked", K::PersonalContact, D::Responsiveness,
            "Say at the start how long it will take, and tell the {customer} before they have to ask if it will take longer",
            "Powiedz na początku, ile to potrwa, i uprzedź {customer:acc}, zanim zapyta, jeśli potrwa dłużej",
            when().moments([M::Delivery]).channels([Ch::FaceToFace]).characteristics([C::Punctual]).factors([F::DeliverySpan(Ds::Hours), F::DeliverySpan(Ds::Days)]).staffed(), T::Always)
            .once_per_contact(),
        gesture("unasked-check-in", "unasked-check-in", K::PersonalContact, D::Empathy,
            "Come back once, unasked, to see how the {customer} is getting on and whether they need anything",
            "Podejdź raz, bez proszenia, by zobaczyć, jak {customer} sobie radzi i czy czegoś nie potrzebuje",
            when().moments([M::Delivery]).channels([Ch::FaceToFace]).characteristics([C::Helpful, C::Attentive]).staffed(), T::Always)
            .once_per_contact(),
        gesture("done-told-unasked", "done-told-unasked", K::Procedure, D::Responsiveness,
            "Tell the {customer} as soon as it is done, without their having to ask, and say what happens next",
            "Powiadom {customer:acc}, gdy tylko sprawa zostanie załatwiona, zanim sam zapyta, i powiedz, co będzie dalej",
            when().moments([M::Delivery]).except_capabilities([Cap::StaffSeen, Cap::Public]), T::Always)
            .once_per_contact(),
        gesture("money-sent-told", "done-told-unasked", K::Procedure, D::Responsiveness,
            "As soon as the money is paid back or sent, tell the {customer} the amount and the day it will reach them",
            "Gdy tylko pieniądze zostaną zwrócone lub wysłane, podaj {customer:dat} kwotę i dzień, w którym do niego dotrą",
            when().moments([M::Payment]).started_by(Initiator::Company).hands_over([Valuable::Cash]).except_capabilities([Cap::Public]), T::Always)
            .once_per_contact(),
        gesture("wishes-passed-on", "wishes-passed-on", K::Procedure, D::Empathy,
            "Note every personal wish the {customer} mentions (an occasion, a preference, a need) and see that it reaches whoever serves them, so that they never say it twice",
            "Zanotuj każde osobiste życzenie, o którym wspomni {customer} (okazję, upodobanie, potrzebę), i dopilnuj, by dotarło do każdego, kto go obsługuje, tak by nie musiał go powtarzać",
            when().moments([M::OrderTaking]).except_channels([Ch::SelfService, Ch::App, Ch::WebForm]).staffed(), T::Always)
            .once_per_contact(),
        gesture("person-on-hand-online", "person-on-hand-online", K::Procedure, D::Empathy,
            "Offer help from a person (a chat or a call back) at every online step, with what the {customer} has entered kept",
            "Na każdym etapie online zaproponuj pomoc człowieka (czat lub oddzwonienie), zachowując to, co {customer} już wpisał",
            when().moments([M::OrderTaking]).started_by(Initiator::Customer).channels([Ch::SelfService, Ch::App, Ch::WebForm]), T::Always)
            .once_per_contact(),
        gesture("call-back-offered", "call-back-offered", K::Procedure, D::Empathy,
            "Offer a {customer} who would have to wait on the line a call back at a time they choose, instead of holding",
            "Zaproponuj {customer:dat}, który musiałby czekać na linii, oddzwonienie w wybranym przez niego czasie",
            when().started_by(Initiator::Customer).moments([M::Welcome]).channels([Ch::Telephone]).staffed(), T::Always),
        gesture("walked-to-service", "escort", K::PersonalContact, D::Empathy,
            "Walk the {customer} to where they will be served, rather than pointing the way",
            "Zaprowadź {customer:acc} tam, gdzie zostanie obsłużony, zamiast wskazywać drogę",
            arrival().moments([M::Welcome]).places([Place::Gate]), T::Always),
        gesture("come-towards-them", "come-towards-them", K::PersonalContact, D::Empathy,
            "Stop what you are doing, come towards the {customer} and welcome them in person, as a host would",
            "Przerwij to, co robisz, podejdź do {customer:gen} i powitaj go osobiście, jak gospodarz",
            arrival().moments([M::Welcome]).except_places([Place::Desk, Place::Counter, Place::Gate]), T::Always),
        gesture("payment-kept-on-failure", "payment-kept-on-failure", K::Procedure, D::Convenience,
            "If a payment fails, keep everything the {customer} entered and offer another way to pay at once, with a person to help",
            "Gdy płatność się nie powiedzie, zachowaj wszystko, co {customer} wpisał, i od razu zaproponuj inny sposób zapłaty oraz pomoc człowieka",
            when().moments([M::Payment]).started_by(Initiator::Customer).channels([Ch::SelfService, Ch::App, Ch::WebForm]), T::Always)
            .once_per_contact(),
        gesture("plan-offered-with-reminder", "plan-offered-with-reminder", K::PersonalContact, D::Empathy,
            "With every reminder to pay, offer at once a plan or a pause that fits the {customer}, and the name of the person to agree it with",
            "Z każdym przypomnieniem o zapłacie od razu zaproponuj {customer:dat} dopasowany plan spłaty lub odroczenie oraz nazwisko osoby, z którą można to uzgodnić",
            when().moments([M::Payment]).started_by(Initiator::Company).except_serious(), T::Always)
            .once_per_contact(),
        gesture("change-confirmed-by-name", "change-confirmed-by-name", K::Procedure, D::Reliability,
            "Settle the request in this contact where it can be, and confirm at once in writing what was changed or agreed, with the name of the person who did it",
            "Załatw prośbę w ramach tego kontaktu, jeśli to możliwe, i od razu potwierdź na piśmie, co zmieniono lub uzgodniono, z nazwiskiem osoby, która to zrobiła",
            when().moments([M::Request]).started_by(Initiator::Customer).except_capabilities([Cap::Public]), T::Always)
            .once_per_contact(),
        gesture("updates-without-asking", "updates-without-asking", K::Procedure, D::Convenience,
            "Let the {customer} sign up, where they look, for a message when what they looked at changes (a status, a date, a price), so that they never have to check again",
            "Pozwól {customer:dat} zapisać się, tam gdzie sprawdza informacje, na wiadomość o zmianie tego, co sprawdzał (statusu, terminu, ceny), by nie musiał sprawdzać ponownie",
            when().moments([M::Information]).started_by(Initiator::Customer).channels([Ch::SelfService, Ch::App, Ch::WebForm]), T::Always)
            .once_per_contact(),
        gesture("next-question-answered", "next-question-answered", K::Product, D::Empathy,
            "Answer the next question as well: add to the written answer what the {customer} is likely to need next, and where to find it",
            "Odpowiedz także na kolejne pytanie: dodaj do pisemnej odpowiedzi to, czego {customer} będzie zapewne potrzebował dalej, i gdzie to znajdzie",
            when().moments([M::Information]).started_by(Initiator::Customer).channels([Ch::Email, Ch::Letter, Ch::WebForm]).staffed(), T::Always)
            .once_per_contact(),
        gesture("answer-to-keep", "information-to-keep", K::Product, D::Reliability,
            "At the end of a chat, send the {customer} the answer as a short summary with its links, to keep",
            "Na koniec czatu wyślij {customer:dat} odpowiedź w formie krótkiego podsumowania z linkami, do zachowania",
            when().moments([M::Information, M::Consultation]).started_by(Initiator::Customer).channels([Ch::Chat]).capabilities([Cap::Synchronous]).staffed(), T::Always)
            .once_per_contact(),
        gesture("known-on-identification", "known-on-identification", K::PersonalContact, D::Empathy,
            "Once the {customer} is identified, say what you can already see on their record, so that they need not explain it again",
            "Po identyfikacji {customer:gen} powiedz, co już widzisz w jego historii, by nie musiał tego ponownie wyjaśniać",
            when().moments([M::Identification]).capabilities([Cap::StaffHeard]).except_characteristics([C::Safe]).staffed(), T::Always)
            .once_per_contact(),
        gesture("checked-things-handed-back", "checked-things-handed-back", K::PersonalContact, D::Empathy,
            "Hand whatever you checked back into the {customer}'s hand, with their name and a word on what comes next",
            "Oddaj {customer:dat} do ręki wszystko, co sprawdzałeś, zwracając się do niego po nazwisku i mówiąc, co dalej",
            when().moments([M::Identification]).capabilities([Cap::StaffSeen]).serious().staffed(), T::Always)
            .once_per_contact(),
        gesture("details-filled-in", "no-repeat-questions", K::Procedure, D::Convenience,
            "Fill in what is already known from earlier {orders}, so that a returning {customer} only checks it",
            "Wypełnij z góry to, co już wiadomo z wcześniejszych {orders:gen}, tak by powracający {customer} jedynie to sprawdził",
            when().moments([M::Identification, M::OrderTaking]).started_by(Initiator::Customer).channels([Ch::SelfService, Ch::App, Ch::WebForm]), T::Always)
            .once_per_contact(),
        gesture("decision-told-in-person", "decision-told-in-person", K::PersonalContact, D::Empathy,
            "Before the written answer goes out, call the {customer} to tell them the decision yourself, with its reasons, and answer their questions",
            "Zanim wyślesz odpowiedź na piśmie, zadzwoń do {customer:gen}, by osobiście przekazać decyzję wraz z uzasadnieniem, i odpowiedz na jego pytania",
            when().moments([M::Exception]).started_by(Initiator::Company).capabilities([Cap::Written]).except_capabilities([Cap::Public, Cap::StaffHeard]), T::Always)
            .once_per_contact(),
        gesture("bill-explained", "bill-explained", K::Product, D::Communication,
            "Go through the charges with the {customer} line by line, or send them with a plain note of what each one is for",
            "Omów z {customer:ins} opłaty pozycja po pozycji albo dołącz prostą notkę, za co jest każda z nich",
            when().moments([M::Billing]).except_capabilities([Cap::Public]), T::Always)
            .once_per_contact(),
        gesture("incident-check-back", "incident-check-back", K::PersonalContact, D::Empathy,
            "Contact the {customer} the next working day to ask how they are and to tell them what has been done since",
            "Następnego dnia roboczego skontaktuj się z {customer:ins}, zapytaj, jak się czuje, i powiedz, co od tego czasu zrobiono",
            when().moments([M::Incident]).except_capabilities([Cap::Public]).serious().staffed(), T::Always)
            .once_per_contact(),
        gesture("kept-where-told", "kept-where-told", K::PersonalContact, D::Assurance,
            "Tell the {customer} where what they leave with you will be kept and how they will get it back",
            "Powiedz {customer:dat}, gdzie będzie przechowywane to, co ci zostawia, i jak je odzyska",
            when().moments([M::Safekeeping]).hands_over([Valuable::Goods, Valuable::Baggage, Valuable::Keys, Valuable::Documents, Valuable::Vehicle]).staffed(), T::Always)
            .once_per_contact(),
        gesture("what-will-change", "what-will-change", K::PersonalContact, D::Empathy,
            "In the answer, tell the {customer} what will change so that it does not happen again",
            "W odpowiedzi powiedz {customer:dat}, co zmienicie, by to się nie powtórzyło",
            // Once the cause is known: at the answer, not at the intake.
            answer_to_a_complaint().staffed(), T::Always)
            .once_per_contact(),
        gesture("follow-up-from-a-person", "personal-sender", K::PersonalContact, D::Empathy,
            "Send every follow-up from a named person the {customer} can reply to, never from an address that takes no replies",
            "Wysyłaj każdą wiadomość po usłudze od wymienionej z imienia osoby, której {customer} może odpisać, nigdy z adresu, który nie przyjmuje odpowiedzi",
            when().moments([M::FollowUp]).capabilities([Cap::Written]).except_capabilities([Cap::Public, Cap::StaffHeard]), T::Always)
            .once_per_contact(),
        gesture("call-from-who-served", "call-from-who-served", K::PersonalContact, D::Empathy,
            "Have the call made by the person who served the {customer}, at a time they said suits them",
            "Niech zadzwoni osoba, która obsługiwała {customer:acc}, o porze, którą wskazał jako dogodną",
            when().moments([M::FollowUp]).started_by(Initiator::Company).channels([Ch::Telephone]).staffed(), T::Always)
            .once_per_contact(),
        gesture("comfort-before-asked", "comfort-before-asked", K::Product, D::Empathy,
            "Offer something that suits the moment (a drink, a blanket, a charger, a quieter seat) before the {customer} asks",
            "Zaproponuj coś, co pasuje do chwili (napój, koc, ładowarkę, spokojniejsze miejsce), zanim {customer} o to poprosi",
            when().moments([M::Hospitality]).capabilities([Cap::StaffSeen]).staffed(), T::Always)
            .once_per_contact(),
        gesture("direct-way-back", "direct-way-back", K::PersonalContact, D::Empathy,
            "Close by thanking the {customer} by name and telling them how to reach you directly if anything else comes up",
            "Zakończ, dziękując {customer:dat} po nazwisku i mówiąc, jak może skontaktować się bezpośrednio z tobą, gdyby coś jeszcze się pojawiło",
            when().moments([M::Farewell]).channels([Ch::Telephone, Ch::Chat, Ch::Email, Ch::Letter, Ch::Sms, Ch::App]).staffed(), T::Always)
            .once_per_contact(),
        gesture("goodwill-in-the-answer", "goodwill", K::Product, D::Empathy,
            "With the answer, where the {customer} was right, offer a gesture of goodwill in proportion to their trouble (a refund of the part that went wrong, a credit, a small gift)",
            "Wraz z odpowiedzią, jeśli {customer} miał rację, zaproponuj gest dobrej woli stosowny do jego kłopotu (zwrot za to, co się nie udało, rabat, drobny upominek)",
            when().moments([M::Exception]).started_by(Initiator::Company).except_capabilities([Cap::Public]), T::Always)
            .once_per_contact(),
        gesture("every-question-answered", "every-question-answered", K::PersonalContact, D::Empathy,
            "Give the {customer} time to ask every question they have, and check before the end that none is left unanswered",
            "Daj {customer:dat} czas na zadanie wszystkich pytań i przed końcem upewnij się, że żadne nie zostało bez odpowiedzi",
            when().moments([M::Consultation]).except_channels([Ch::Chat, Ch::SelfService, Ch::App, Ch::WebForm]).staffed(), T::Always)
            .once_per_contact(),
        gesture("answer-sent-after-call", "information-to-keep", K::Product, D::Reliability,
            "Offer to send the answer by text or e-mail as well, so that the {customer} need not write it down",
            "Zaproponuj przesłanie odpowiedzi także SMS-em lub e-mailem, by {customer} nie musiał jej zapisywać",
            when().moments([M::Information]).started_by(Initiator::Customer).channels([Ch::Telephone]).capabilities([Cap::Synchronous]).staffed(), T::Always)
            .once_per_contact(),
        gesture("plan-at-the-start", "plan-at-the-start", K::PersonalContact, D::Communication,
            "Greet the {customer} by name, introduce yourself, and say what will happen and how long it will take",
            "Przywitaj {customer:acc} po nazwisku, przedstaw się i powiedz, co się wydarzy i ile to potrwa",
            when().moments([M::Welcome]).started_by(Initiator::Company).capabilities([Cap::StaffHeard]).staffed(), T::Always)
            .once_per_contact(),
        // A complaint raised in person: the moment it is heard, before the
        // answer (what will change and the check-back come with the answer).
        gesture("heard-in-private", "heard-in-private", K::PersonalContact, D::Empathy,
            "Offer to talk it over somewhere quiet, away from other {customers}, and stay with the {customer} until the person who can put it right has taken it over",
            "Zaproponuj rozmowę w spokojnym miejscu, z dala od innych {customers:gen}, i zostań z {customer:ins}, aż sprawę przejmie osoba, która może ją naprawić",
            raised().channels([Ch::FaceToFace]).staffed(), T::Always)
            .once_per_contact(),
        // A complaint raised on the phone or in a chat: not left alone with it.
        gesture("stayed-with-on-the-line", "heard-in-private", K::PersonalContact, D::Empathy,
            "Stay with the {customer} on the line or in the chat until the person who can put it right has taken it over, or agree a time to call them back and call then",
            "Zostań z {customer:ins} na linii lub na czacie, aż sprawę przejmie osoba, która może ją naprawić, albo umów się na godzinę oddzwonienia i wtedy zadzwoń",
            raised().capabilities([Cap::Synchronous]).except_channels([Ch::FaceToFace]).staffed(), T::Always)
            .once_per_contact(),
        // A complaint raised in writing: a voice before the written answer.
        // One of the three at a step (the concern they share): a complaint
        // raised on the phone is not also phoned back about.
        gesture("talked-through-before-the-answer", "heard-in-private", K::PersonalContact, D::Empathy,
            "Phone the {customer}, where they have left a number, to hear the whole story in their own words before the written answer",
            "Zadzwoń do {customer:gen}, jeśli zostawił numer, by przed pisemną odpowiedzią wysłuchać całej historii jego słowami",
            raised().except_capabilities([Cap::Synchronous, Cap::Public]).staffed(), T::Always)
            .once_per_contact(),
        // A service done where the customer is (their home, the roadside, a
        // lesson on the road): gone over with them before parting.
        gesture("gone-over-before-parting", "gone-over-before-parting", K::PersonalContact, D::Empathy,
            "Before you part, go over with the {customer} what was done and what comes next, and ask whether all is as they wished",
            "Zanim się rozstaniecie, omów z {customer:ins}, co zostało zrobione i co będzie dalej, i zapytaj, czy wszystko jest tak, jak sobie życzył",
            when().moments([M::Delivery]).channels([Ch::FaceToFace]).places([Place::Remote]).staffed(), T::Always)
            .once_per_contact(),
        // A payment the customer makes in writing (a deposit by transfer, a
        // card given by e-mail): thanked by a person, not a receipt alone.
        gesture("payment-thanked-in-writing", "thanks-by-name", K::PersonalContact, D::Empathy,
            "Thank the {customer} for their payment in a short personal note with its confirmation, saying what it secures for them",
            "Podziękuj {customer:dat} za płatność krótką osobistą wiadomością wraz z jej potwierdzeniem i napisz, co mu ona zapewnia",
            when().moments([M::Payment]).started_by(Initiator::Customer).capabilities([Cap::Written]).except_capabilities([Cap::StaffHeard]).staffed(), T::Always)
            .once_per_contact(),
    ]
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use crate::{
        model::Capability, model::Channel, model::ChannelFamily, model::Characteristic, model::FactorKind,
        model::MomentKind, model::ServiceLevel, model::StandardKind, model::Vocabulary, rules::RuleSet,
        standard::Target,
    };

    #[test]
    fn catalogue_is_valid() {
        let set = crate::rules::RuleSetBuilder { rules: super::rules() }.build().unwrap();
        assert_eq!(set.len(), super::rules().len());
        assert_eq!(RuleSet::catalogue(), set);
        assert!(set.len() >= 80, "{} rules", set.len());
    }

    #[test]
    fn catalogue_covers_the_domain() {
        let set = RuleSet::catalogue();
        let rules: Vec<_> = set.rules().collect();
        let characteristics: HashSet<Characteristic> =
            rules.iter().flat_map(|r| r.condition().characteristics()).collect();
        assert_eq!(characteristics.len(), Characteristic::ALL.len(), "characteristics");
        let moments: HashSet<MomentKind> = rules.iter().flat_map(|r| r.condition().moments()).collect();
        assert_eq!(moments.len(), MomentKind::ALL.len(), "moments");
        let factors: HashSet<FactorKind> =
            rules.iter().flat_map(|r| r.condition().factors().iter().map(|f| f.kind())).collect();
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
        let emotional = rules.iter().filter(|r| !r.condition().emotions().is_empty()).count();
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
                rule.template().statement().placeholders().any(|p| p == crate::standard::Placeholder::Target);
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
            let needs = rule.condition().capabilities();
            for channel in rule.condition().reachable_channels() {
                assert!(needs.is_subset(channel.capabilities()), "{} reaches {channel}", rule.id());
            }
            if rule.template().dimension() == crate::model::QualityDimension::Tangibles
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
