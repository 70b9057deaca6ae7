//! The hotel pack: a hotel with a front desk, from the booking to the
//! farewell.
//!
//! Written in our own words from public sources of the trade; each rule
//! names its source in its `source` field:
//!
//! - Setupmyhotel, service standard checklists of the front office for the
//!   guest's check-in and check-out;
//! - LQA (Leading Quality Assurance) standards for reservations and
//!   reception;
//! - the MHR brand-standard check-in audit (SafetyCulture public library)
//!   and a hotel brand-standards mystery-shop audit (MangoApps template);
//! - the Convention implementing the Schengen Agreement, art. 45 (the
//!   registration of foreign guests);
//! - the UK Hotel Proprietors Act 1956 and the Irish Hotel Proprietors Act
//!   1963, s. 7 (property deposited for safe custody, the liability notice);
//! - Directive 2011/83/EU, art. 16(l) (no right of withdrawal for
//!   accommodation booked for set dates);
//! - the ČZU check-in procedure (the "10 × 10" rule), a TESDA housekeeping
//!   module (requests) and the Gleneagles check-out standard.
//!
//! The words are those the hotel had as one of the old industries; the
//! template is the crate's hotel template.

use super::{
    PackBuilder,
    kit::{self, assemble, rule, tiers},
    templates,
};
use crate::{
    model::Capability as Cap, model::Channel as Ch, model::Characteristic as C, model::Factor as F,
    model::Industry, model::Initiator, model::MomentKind as M, model::Place, model::Purchaser,
    model::QualityDimension as D, model::ServiceLevel as L, model::StandardKind as K, model::Valuable,
    rules::Condition, rules::ConditionBuilder, rules::RuleBuilder, rules::catalogue, standard::LevelTargets,
    standard::PolicyScope as P, standard::Target as T,
};

const CHECK_IN: &str = "Setupmyhotel, Service Standard Checklist – Front Office – Guest Check-in";
const CHECK_OUT: &str = "Setupmyhotel, Service Standard Checklist – Front Office – Guest Check-out";
const LQA_RESERVATIONS: &str = "LQA (Leading Quality Assurance) standards, Reservations (2022)";
const LQA_RECEPTION: &str = "LQA (Leading Quality Assurance) standards, Reception checks";
const MHR: &str = "MHR BSA check-in audit (SafetyCulture public library)";
const BRAND_AUDIT: &str = "Hotel brand standards audit – mystery shop (MangoApps template)";
const RESEARCH: &str = "hotel research notes, exclusive gestures";

/// At the desk, in the lobby, in the room: face to face.
fn in_person() -> ConditionBuilder {
    Condition::builder().channels([Ch::FaceToFace])
}

/// A step of the check-in after the guest is registered: the key, the
/// briefing, a wait for the room.
fn after_registration(moments: impl IntoIterator<Item = M>) -> ConditionBuilder {
    in_person().moments(moments).after_in_phase([M::Identification])
}

/// Targets from the expected level up (the condition says `from_level(L::Expected)`).
const fn from_expected(target: T) -> LevelTargets {
    LevelTargets::new().at(L::Expected, target).at(L::Exclusive, target)
}

/// The pack.
pub(super) fn pack() -> PackBuilder {
    let pack = super::builtin::industry(Industry::Hotel, "Hotel");
    assemble(pack, essentials(), gestures(), templates::hotel())
}

/// The trade's essentials: what a hotel's front-office manager insists on.
#[rustfmt::skip]
fn essentials() -> Vec<RuleBuilder> {
    vec![
        rule("rate-and-terms-before-booking", "price-transparency", K::PersonalContact, D::Assurance,
            "Before the {customer} books, state the rate for the dates asked with what it includes and leaves out (breakfast, taxes, city or resort fees), the deposit and payment terms, and the hotel's own cancellation terms: a booking for set dates carries no 14-day right of withdrawal",
            "Zanim {customer} zarezerwuje, podaj cenę za wybrane daty wraz z tym, co obejmuje, a czego nie (śniadanie, podatki, opłata miejscowa lub inne opłaty), warunki zaliczki i płatności oraz warunki anulowania ustalone przez hotel: rezerwacja na konkretne daty nie daje 14-dniowego prawa odstąpienia",
            &format!("{LQA_RESERVATIONS}, items 10, 14 and 15; Directive 2011/83/EU, art. 16(l) (no right of withdrawal for accommodation booked for set dates)"))
            .critical()
            .once_per_contact()
            .when(Condition::builder().moments([M::Consultation, M::OrderTaking]).started_by(Initiator::Customer).characteristics([C::Honest]))
            .targets(LevelTargets::same(T::Always)),
        rule("booking-details-spelled-back", "read-back", K::PersonalContact, D::Communication,
            "Spell back the name of every {customer} on the {order} and read back the dates, the room type and the rate; record children's ages, a phone number, an e-mail address and the arrival time",
            "Przeliteruj nazwisko każdego {customer:gen} z {order:gen} i powtórz daty, typ pokoju i cenę; zapisz wiek dzieci, numer telefonu, adres e-mail i godzinę przyjazdu",
            &format!("{LQA_RESERVATIONS}, items 4 to 6, 12, 13 and 16"))
            .once_per_contact()
            .when(Condition::builder().moments([M::OrderTaking]).started_by(Initiator::Customer).characteristics([C::Accurate]).capabilities([Cap::StaffHeard]))
            .targets(LevelTargets::same(T::Always)),
        rule("guest-registered", "identity-check", K::Procedure, D::Assurance,
            "Check every {customer}'s identity against a valid passport or identity card; a foreign {customer} also fills in and signs the registration form, as the law requires (an accompanying spouse, minors and members of a tour group excepted)",
            "Sprawdź tożsamość każdego {customer:gen} na podstawie ważnego paszportu lub dowodu osobistego; cudzoziemiec dodatkowo sam wypełnia i podpisuje kartę meldunkową, jak wymaga prawo (z wyjątkiem towarzyszącego małżonka, małoletnich i uczestników grup zorganizowanych)",
            &format!("Convention implementing the Schengen Agreement, art. 45; {BRAND_AUDIT} (ID handled accurately)"))
            .critical()
            .when(in_person().moments([M::Identification]))
            .targets(LevelTargets::same(T::Always)),
        rule("room-number-never-aloud", "room-number", K::PersonalContact, D::Assurance,
            "Never say the {customer}'s room number aloud as the key is handed over: write it on the key folder and show it",
            "Nigdy nie wypowiadaj na głos numeru pokoju {customer:gen} przy wydawaniu klucza: zapisz go na okładce klucza i pokaż",
            &format!("{CHECK_IN} (room number given discreetly)"))
            .critical()
            .once_per_contact()
            .when(in_person().moments([M::Delivery, M::Information]).after_in_phase([M::Identification]))
            .targets(LevelTargets::same(T::Never)),
        rule("check-in-time", "transaction-time", K::Procedure, D::Responsiveness,
            "Check every {customer} in {target} of their joining the queue at the desk, the wait included",
            "Zamelduj każdego {customer:acc} {target} od ustawienia się w kolejce do recepcji, wliczając czas oczekiwania",
            &format!("{CHECK_IN} (queue and registration within 5 to 8 minutes); {MHR} (5 minutes, queue included)"))
            .once_per_contact()
            .when(in_person().moments([M::Identification]))
            .targets(tiers(T::within_mins(8), T::within_mins(5), T::within_mins(3))),
        rule("card-guarantee", "card-pre-authorisation", K::Procedure, D::Assurance,
            "At check-in, ask discreetly how the {customer} will settle; pre-authorise the card in their sight, hand it straight back, and tell them the amount held and when it will be released",
            "Przy meldunku dyskretnie zapytaj {customer:acc}, jak ureguluje rachunek; zablokuj kwotę na karcie na jego oczach, od razu oddaj kartę i powiedz, jaka kwota jest zablokowana i kiedy zostanie zwolniona",
            &format!("{CHECK_IN} (settlement asked discreetly, card pre-authorised and returned)"))
            .critical()
            .once_per_contact()
            .when(in_person().moments([M::Identification]).factors([F::Purchaser(Purchaser::Individual), F::Purchaser(Purchaser::Mixed)]))
            .targets(LevelTargets::same(T::Always)),
        rule("check-in-recorded", "record-accuracy", K::Procedure, D::Reliability,
            "Record every check-in in the property management system before the {customer} leaves the desk: the {place} given, the dates, the rate and who pays, so that the {place} shows as occupied",
            "Wprowadź każde zameldowanie do systemu hotelowego, zanim {customer} odejdzie od recepcji: przydzielony {place:acc}, daty, cenę i to, kto płaci, tak by {place} był oznaczony jako zajęty",
            &format!("{CHECK_IN} (check-in recorded in the property management system)"))
            .when(in_person().moments([M::Identification]))
            .targets(LevelTargets::same(T::Always)),
        rule("desk-staffed-for-arrivals", "staffing", K::Procedure, D::Responsiveness,
            "Staff the reception desk for the arrivals and departures expected in each hour of the day, as the day's arrivals and departures lists show",
            "Obsadzaj recepcję stosownie do przyjazdów i wyjazdów oczekiwanych w każdej godzinie dnia, według listy przyjazdów i wyjazdów na dany dzień",
            &format!("{CHECK_IN} (enough staff at the front office for the demand)"))
            .policy(P::Department)
            .when(in_person().moments([M::Identification]))
            .targets(LevelTargets::same(T::Always)),
        rule("key-to-a-ready-room", "delivery-accuracy", K::Product, D::Reliability,
            "Hand the registered {customer} a key that works, to a clean, inspected {place} that nobody else occupies, every time",
            "Wydaj zameldowanemu {customer:dat} działający klucz do czystego, sprawdzonego {place:gen}, którego nikt inny nie zajmuje, za każdym razem",
            &format!("{MHR} (a working key to a clean, vacant room); {BRAND_AUDIT} (room clean and ready)"))
            .critical()
            .when(Condition::builder().moments([M::Delivery]).after_in_phase([M::Identification]))
            .targets(LevelTargets::same(T::Always)),
        rule("stay-briefing", "next-steps", K::PersonalContact, D::Communication,
            "With the key, tell the {customer} the breakfast times, how to reach the Wi-Fi and the hotel's main facilities",
            "Wydając klucz, podaj {customer:dat} godziny śniadania, dostęp do Wi-Fi i najważniejsze udogodnienia hotelu",
            &format!("{LQA_RECEPTION}, items 4 to 7; {BRAND_AUDIT} (amenities, Wi-Fi and breakfast explained)"))
            .once_per_contact()
            .when(after_registration([M::Delivery, M::Information]))
            .targets(LevelTargets::same(T::Always)),
        rule("key-in-its-folder", "key-presentation", K::PersonalContact, D::Communication,
            "Hand over the key in its folder, and point out the floor the {place} is on and the way to the lift",
            "Wręcz klucz w okładce i wskaż piętro, na którym jest {place}, oraz drogę do windy",
            &format!("{CHECK_IN} (key card presented in its folder, the floor pointed out); {LQA_RECEPTION} (directions to the room)"))
            .once_per_contact()
            .when(after_registration([M::Delivery, M::Information]))
            .targets(LevelTargets::same(T::Always)),
        rule("luggage-help-offered", "offer-help", K::PersonalContact, D::Empathy,
            "Offer the {customer} help with their luggage up to the {place}",
            "Zaproponuj {customer:dat} pomoc z bagażem do {place:gen}",
            &format!("{CHECK_IN} (help with the luggage offered); {LQA_RECEPTION} (porter offered)"))
            .once_per_contact()
            .when(after_registration([M::Delivery, M::Information]))
            .targets(LevelTargets::same(T::Always)),
        rule("messages-handed-over", "guest-messages", K::PersonalContact, D::Assurance,
            "With the key, hand the {customer} any mail, message or parcel left for them, in an envelope and without reading it out",
            "Wraz z kluczem przekaż {customer:dat} pocztę, wiadomość lub paczkę pozostawioną dla niego, w kopercie i bez odczytywania jej na głos",
            &format!("{CHECK_IN} (mail, messages and parcels handed over discreetly)"))
            .once_per_contact()
            .when(after_registration([M::Delivery, M::Information]))
            .targets(LevelTargets::same(T::Always)),
        rule("room-not-ready", "room-not-ready", K::PersonalContact, D::Empathy,
            "If the {place} is not ready at check-in, tell the {customer} when it will be, store their luggage and offer the use of the hotel's facilities or a drink meanwhile",
            "Jeśli przy meldunku {place} nie jest gotowy, powiedz {customer:dat}, kiedy będzie, przechowaj jego bagaż i zaproponuj w tym czasie korzystanie z udogodnień hotelu lub napój",
            &format!("{CHECK_IN} (refreshment and luggage storage); {LQA_RECEPTION}, items 2 and 3 (estimated ready time)"))
            .once_per_contact()
            .when(after_registration([M::Delivery, M::Information]))
            .targets(LevelTargets::same(T::Always)),
        rule("name-used-discreetly", "use-of-name", K::PersonalContact, D::Empathy,
            "Use the {customer}'s name when you know it, two or three times in the conversation and discreetly, never in every sentence",
            "Zwracaj się do {customer:gen} po nazwisku, gdy je znasz, dwa lub trzy razy w rozmowie i dyskretnie, nigdy w każdym zdaniu",
            &format!("{CHECK_IN} (the name used 2 to 3 times); {LQA_RECEPTION} (the name used discreetly, not overused)"))
            .once_per_contact()
            .when(Condition::builder().characteristics([C::Personal, C::Friendly]).capabilities([Cap::StaffHeard]).moments(catalogue::TALK).except_moments([M::Welcome]).from_level(L::Expected))
            .targets(from_expected(T::Always)),
        rule("in-stay-request-done", "complaint-resolution", K::Procedure, D::Responsiveness,
            "Do what an in-house {customer} asks for, or put right what they report, {target}; if it takes longer, say when it will be done and, for a fault in the {place}, offer another one",
            "Spełnij prośbę {customer:gen} przebywającego w hotelu lub usuń zgłoszoną usterkę {target}; jeśli potrwa to dłużej, powiedz, kiedy to nastąpi, a przy usterce w {place:loc} zaproponuj inny",
            &format!("TESDA housekeeping module, provide service for a housekeeping request (done within the agreed time); {MHR} (responding to the guest's cues); minute targets are our proposal"))
            .when(Condition::builder().moments([M::Exception, M::Request, M::OrderTaking]).started_by(Initiator::Customer).characteristics([C::Prompt, C::Helpful]).capabilities([Cap::Synchronous]).after_in_sequence([M::Identification]))
            .targets(tiers(T::within_mins(30), T::within_mins(15), T::within_mins(10))),
        rule("valuables-in-safe-custody", "safekeeping", K::Procedure, D::Assurance,
            "Accept for safe custody, against a signed receipt, the valuables a {customer} offers to deposit, and keep the notice of the hotel's liability for guests' property displayed at the reception desk where the law requires one",
            "Przyjmuj na przechowanie, za pokwitowaniem, kosztowności, które {customer} chce zdeponować, i trzymaj przy recepcji wywieszoną informację o odpowiedzialności hotelu za rzeczy gości, jeśli wymaga jej prawo",
            "UK Hotel Proprietors Act 1956 (liability notice, property deposited for safe custody); Irish Hotel Proprietors Act 1963, s. 7")
            .critical()
            .policy(P::Department)
            .when(in_person().moments([M::Identification]))
            .targets(LevelTargets::same(T::Always)),
        rule("bill-ready-and-checked", "invoice-accuracy", K::Product, D::Reliability,
            "Have the {bill} ready before the {customer} checks out, ask about last charges such as the minibar, let them check every line before they pay, and settle a disputed charge by the house's written policy, so that every {bill} is correct",
            "Przygotuj {bill:acc} przed wymeldowaniem {customer:gen}, zapytaj o ostatnie obciążenia, np. z minibaru, pozwól sprawdzić każdą pozycję przed zapłatą, a sporne obciążenie rozstrzygnij według pisemnych zasad hotelu, tak by każdy {bill} był poprawny",
            &format!("{CHECK_OUT} (bill prepared in advance, late charges asked, pro-forma checked, minibar policy)"))
            .critical()
            .when(in_person().moments([M::Billing]))
            .targets(LevelTargets::same(T::Always)),
        rule("check-out-time", "transaction-time", K::Procedure, D::Responsiveness,
            "Check the {customer} out, {bill} and payment together, {target}",
            "Wymelduj {customer:acc}, łącznie z {bill:ins} i płatnością, {target}",
            &format!("{CHECK_OUT} (under 4 minutes); Gleneagles check-out standard (5 minutes)"))
            .when(in_person().moments([M::Payment]).after_in_phase([M::Billing]))
            .targets(tiers(T::within_mins(5), T::within_mins(4), T::within_mins(3))),
        rule("departure-care", "farewell", K::PersonalContact, D::Empathy,
            "Ask the departing {customer} how the {visit} was, offer help with the luggage and a taxi or transport, then thank them and invite them back",
            "Zapytaj wyjeżdżającego {customer:acc}, jak minął {visit}, zaproponuj pomoc z bagażem i taksówkę lub transport, a potem podziękuj i zaproś ponownie",
            &format!("{CHECK_OUT} (the stay asked about, luggage and transport offered, thanks and an invitation back)"))
            .when(in_person().moments([M::Farewell]).after_in_sequence([M::Identification]))
            .targets(LevelTargets::same(T::Always)),
    ]
}

/// The trade's exclusive gestures: what a guest notices and did not expect.
#[rustfmt::skip]
fn gestures() -> Vec<RuleBuilder> {
    let exclusive = |target| LevelTargets::new().at(L::Exclusive, target);
    vec![
        kit::honest_recommendation("hotel research notes, exclusive gestures (the room that suits the guest)"),
        rule("luggage-to-the-car", "luggage-return", K::PersonalContact, D::Empathy,
            "Bring the {customer}'s kept luggage to their taxi or car when they leave, without their having to ask for it",
            "Zanieś przechowany bagaż {customer:gen} do jego taksówki lub samochodu, gdy wyjeżdża, zanim o to poprosi",
            &format!("{RESEARCH} (at departure the car brought round); {CHECK_OUT}"))
            .when(Condition::builder().moments([M::Safekeeping]).hands_over([Valuable::Baggage]))
            .targets(exclusive(T::Always)),
        rule("personal-wake-up", "wake-up", K::PersonalContact, D::Empathy,
            "Make the wake-up call in person, greeting the {customer} by name, with the weather and the time of their transport",
            "Wykonaj budzenie osobiście, zwracając się do {customer:gen} po nazwisku, z informacją o pogodzie i godzinie odjazdu",
            &format!("{RESEARCH} (proposal: the wake-up call as luxury houses make it)"))
            .when(Condition::builder().moments([M::Delivery]).places([Place::Remote]).capabilities([Cap::StaffHeard]).staffed())
            .targets(exclusive(T::Always)),
        rule("preferences-asked-before-arrival", "pre-arrival-preferences", K::PersonalContact, D::Empathy,
            "In the message before arrival, ask the {customer} about an occasion and their wishes (a pillow, a floor, a cot) and have them ready in the {place}",
            "W wiadomości przed przyjazdem zapytaj {customer:acc} o okazję i życzenia (poduszka, piętro, łóżeczko) i przygotuj je w {place:loc}",
            &format!("{RESEARCH} (an occasion marked; preferences set up without asking); {LQA_RESERVATIONS}"))
            .once_per_contact()
            .when(Condition::builder().moments([M::Information]).started_by(Initiator::Company).capabilities([Cap::Written]).characteristics([C::Clear]).after_in_sequence([M::OrderTaking]))
            .targets(exclusive(T::Always)),
        rule("seated-check-in", "seated-check-in", K::PersonalContact, D::Empathy,
            "Offer a returning or pre-registered {customer} check-in seated in the lounge with a welcome drink, or their key ready so that they go straight to the {place}",
            "Zaproponuj powracającemu lub wcześniej zameldowanemu {customer:dat} meldunek na siedząco w lobby z napojem powitalnym albo gotowy klucz, by mógł pójść prosto do {place:gen}",
            &format!("{RESEARCH} (seated check-in); {CHECK_IN}, exclusive level"))
            .when(in_person().moments([M::Identification]).from_level(L::Exclusive))
            .targets(exclusive(T::Always)),
        rule("room-ready-call", "room-ready-call", K::PersonalContact, D::Empathy,
            "If the {place} was not ready, call or message the {customer} the moment it is, with their luggage already taken up",
            "Jeśli {place} nie był gotowy, zadzwoń lub napisz do {customer:gen}, gdy tylko będzie, a bagaż już w nim czeka",
            &format!("{RESEARCH} (the room not ready); {LQA_RECEPTION}, items 2 and 3"))
            .once_per_contact()
            .when(after_registration([M::Delivery, M::Information]).from_level(L::Exclusive))
            .targets(exclusive(T::Always)),
        rule("escort-to-the-room", "escort", K::PersonalContact, D::Empathy,
            "Escort the {customer} to the {place} and show its features on the way in: the lights, the air conditioning, the safe",
            "Odprowadź {customer:acc} do {place:gen} i pokaż jego wyposażenie: oświetlenie, klimatyzację, sejf",
            &format!("{RESEARCH} (escort and orientation); {LQA_RECEPTION}"))
            .when(after_registration([M::Delivery, M::Information]).from_level(L::Exclusive))
            .targets(exclusive(T::Always)),
        rule("preferences-in-the-room", "preferences", K::Procedure, D::Empathy,
            "Have what the {customer} chose on earlier stays ready without asking: their floor, their pillow, their newspaper in the {place}",
            "Przygotuj bez pytania to, co {customer} wybrał podczas wcześniejszych pobytów: piętro, poduszkę, gazetę w {place:loc}",
            &format!("{RESEARCH} (preferences from earlier stays); {LQA_RESERVATIONS}, exclusive level"))
            .when(after_registration([M::Delivery]).from_level(L::Exclusive))
            .targets(exclusive(T::Always)),
        rule("occasion-amenity", "occasion", K::PersonalContact, D::Empathy,
            "Ask whether the {visit} marks an occasion, and have a small amenity waiting in the {place} for it, such as a cake or a card",
            "Zapytaj, czy {visit} wiąże się ze szczególną okazją, i przygotuj z tej okazji drobny upominek w {place:loc}, na przykład tort lub kartkę",
            &format!("{RESEARCH} (a special occasion marked in the room)"))
            .when(Condition::builder().moments([M::OrderTaking]).started_by(Initiator::Customer).characteristics([C::Accurate]).capabilities([Cap::StaffHeard]).from_level(L::Exclusive))
            .targets(exclusive(T::Always)),
        rule("car-at-the-door", "departure-transport", K::PersonalContact, D::Empathy,
            "Have the {customer}'s car or taxi brought to the door, with bottled water and the journey time to the airport or station",
            "Podstaw samochód lub taksówkę {customer:gen} pod drzwi, z butelką wody i informacją o czasie dojazdu na lotnisko lub dworzec",
            &format!("{RESEARCH} (departure); {CHECK_OUT} (transport offered)"))
            .when(in_person().moments([M::Farewell]).after_in_sequence([M::Identification]).from_level(L::Exclusive))
            .targets(exclusive(T::Always)),
    ]
}
