//! The workshop pack: an independent garage or a dealer's after-sales
//! department servicing and repairing cars: booking, reception with a
//! service advisor, the workshop, hand-back and after-care.
//!
//! Written in our own words from public sources of the trade; each rule
//! names its source in its `source` field:
//!
//! - SafetyCulture's public "Service process health check" (a dealer
//!   after-sales audit: phone, vehicle look-up, concerns, history,
//!   estimate);
//! - The Motor Ombudsman on customer transparency and a disputed
//!   unauthorised repair; the Motor Industry Code of Practice for Service
//!   and Repair (clause 3.6 on replaced parts);
//! - the California Automotive Repair Act (B&P Code §9884.9, CCR §3356);
//! - Montgomery County (Maryland) on the return of replaced parts, and
//!   Michigan rule R 257.144 on keeping them;
//! - Suzuki's "SQS 05 Vehicle handover", Klarok 7.9 (Sweden), a Mazda
//!   service-communication manual, M5 Management and Lawgistics on hand-back
//!   and documentation.

use super::{
    PackBuilder,
    kit::{assemble, days, department, noun, rule, step, tiers},
};
use crate::{
    model::Capability as Cap, model::CapacityControl, model::Channel as Ch, model::Characteristic as C,
    model::ContactLevel, model::DataUse, model::DeliverySpan, model::Factor as F, model::Initiator,
    model::MomentKind as M, model::Noun, model::Phase, model::Place, model::QualityDimension as D,
    model::Risk, model::Sequence, model::ServiceLevel as L, model::ServiceModel, model::ServiceModelBuilder,
    model::ServiceProfile, model::StandardKind as K, model::TaskAllocation, model::Valuable,
    rules::Condition, rules::ConditionBuilder, rules::Pack, rules::RuleBuilder, standard::LevelTargets,
    standard::PolicyScope as P, standard::Target as T,
};

const HEALTH_CHECK: &str =
    "SafetyCulture public library, Service process health check (dealer after-sales audit)";
const CODE: &str = "Motor Industry Code of Practice for Service and Repair (The Motor Ombudsman)";
const CALIFORNIA: &str = "California Automotive Repair Act, B&P Code §9884.9 and CCR §3356";
const PARTS_LAW: &str =
    "Montgomery County (MD) Office of Consumer Protection, return of replaced parts; Michigan rule R 257.144";
const HANDOVER: &str = "Suzuki SQS 05 Vehicle handover; Klarok 7.9 (oral review of the work); Mazda Service Communication, stages 11–13";

/// At reception: face to face.
fn at_reception() -> ConditionBuilder {
    Condition::builder().channels([Ch::FaceToFace])
}

/// Someone comes to the reception desk: a contact the customer opens face
/// to face, at the desk.
fn arriving() -> ConditionBuilder {
    at_reception().moments([M::Welcome]).started_by(Initiator::Customer).opening().places([Place::Desk])
}

/// A call the customer makes to the garage.
fn incoming_call() -> ConditionBuilder {
    Condition::builder()
        .channels([Ch::Telephone])
        .moments([M::Welcome])
        .started_by(Initiator::Customer)
        .opening()
}

/// The garage asks the customer to approve work beyond the signed order.
fn extra_work_request() -> ConditionBuilder {
    Condition::builder().moments([M::OrderTaking]).started_by(Initiator::Company).data([DataUse::Records])
}

/// The invoice handed over at collection.
fn invoice() -> ConditionBuilder {
    Condition::builder().moments([M::Billing]).hands_over([Valuable::Documents])
}

/// A complaint: raised by the customer, settled in days.
fn complaint() -> ConditionBuilder {
    Condition::builder().moments([M::Exception]).factors([F::DeliverySpan(DeliverySpan::Days)])
}

/// The pack.
pub(super) fn pack() -> PackBuilder {
    let mut pack = Pack::builder("workshop", "Car workshop");
    pack = noun(
        pack,
        Noun::Customer,
        ("customer", "customers"),
        [
            ["klient", "klienta", "klientowi", "klienta", "klientem", "kliencie"],
            ["klienci", "klientów", "klientom", "klientów", "klientami", "klientach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Order,
        ("repair order", "repair orders"),
        [
            ["zlecenie", "zlecenia", "zleceniu", "zlecenie", "zleceniem", "zleceniu"],
            ["zlecenia", "zleceń", "zleceniom", "zlecenia", "zleceniami", "zleceniach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Bill,
        ("invoice", "invoices"),
        [
            ["faktura", "faktury", "fakturze", "fakturę", "fakturą", "fakturze"],
            ["faktury", "faktur", "fakturom", "faktury", "fakturami", "fakturach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Visit,
        ("visit", "visits"),
        [
            ["wizyta", "wizyty", "wizycie", "wizytę", "wizytą", "wizycie"],
            ["wizyty", "wizyt", "wizytom", "wizyty", "wizytami", "wizytach"],
        ],
    );
    pack = noun(
        pack,
        Noun::Place,
        ("workshop", "workshops"),
        [
            ["warsztat", "warsztatu", "warsztatowi", "warsztat", "warsztatem", "warsztacie"],
            ["warsztaty", "warsztatów", "warsztatom", "warsztaty", "warsztatami", "warsztatach"],
        ],
    );
    assemble(pack, essentials(), gestures(), template())
}

/// The trade's essentials: what a service manager insists on.
#[rustfmt::skip]
#[allow(clippy::too_many_lines, reason = "the pack's rules are one table of data")]
fn essentials() -> Vec<RuleBuilder> {
    vec![
        // ── Booking: the call, the car's file, the concern ───────────────────
        rule("phone-answered-quickly", "speed-of-answer", K::Procedure, D::Responsiveness,
            "Answer every call to the {place} {target}, with the name of the {place}, its location and your first and last name",
            "Odbieraj każde połączenie do {place:gen} {target}, podając nazwę {place:gen}, jego lokalizację oraz swoje imię i nazwisko",
            &format!("{HEALTH_CHECK}, item 1.1 (by the 3rd ring at the latest)"))
            .when(incoming_call())
            .targets(tiers(T::WithinRings(5), T::WithinRings(3), T::WithinRings(2))),
        rule("vehicle-file-checked", "record-lookup", K::Procedure, D::Reliability,
            "Look the car up by its registration or VIN, check the {customer}'s name, address, e-mail, phone and the model, complete what is missing, and open a file at the first contact for a new {customer} or car",
            "Wyszukaj samochód po numerze rejestracyjnym lub VIN, sprawdź imię i nazwisko, adres, e-mail i telefon {customer:gen} oraz model, uzupełnij braki, a dla nowego {customer:gen} lub samochodu załóż kartotekę przy pierwszym kontakcie",
            &format!("{HEALTH_CHECK}, items 1.2–1.4"))
            .when(Condition::builder().moments([M::Identification]).data([DataUse::LooksUp]))
            .targets(LevelTargets::same(T::Always)),
        rule("history-and-repeat-repair", "vehicle-history", K::Procedure, D::Reliability,
            "Go through the car's service history and open recalls with the {customer}, and flag a fault that comes back after an earlier repair as a repeat repair on the {order}",
            "Omów z {customer:ins} historię serwisową samochodu i otwarte akcje serwisowe, a usterkę, która wraca po wcześniejszej naprawie, oznacz w {order:loc} jako naprawę powtórną",
            &format!("{HEALTH_CHECK}, item 1.7; Service Reception Audit (vbaexpress), items 5–6"))
            .when(Condition::builder().moments([M::Identification]).data([DataUse::LooksUp]))
            .targets(LevelTargets::same(T::Always)),
        rule("concern-in-own-words", "fault-description", K::PersonalContact, D::Communication,
            "Let the {customer} describe the fault without interrupting, and write it on the {order} as they said it",
            "Pozwól {customer:dat} opisać usterkę bez przerywania i zapisz ją w {order:loc} jego słowami",
            &format!("{HEALTH_CHECK}, item 1.5"))
            .when(Condition::builder().moments([M::OrderTaking]).characteristics([C::Attentive]))
            .targets(LevelTargets::same(T::Always)),
        rule("pre-diagnosis-questions", "needs-discovery", K::PersonalContact, D::Reliability,
            "Ask about the fault with the questions of the pre-diagnosis sheet (when it happens, how often, since when) and record the type of service needed",
            "Dopytaj o usterkę pytaniami z arkusza wstępnej diagnozy (kiedy występuje, jak często, od kiedy) i zapisz rodzaj potrzebnej usługi",
            &format!("{HEALTH_CHECK}, item 1.6"))
            .when(Condition::builder().moments([M::OrderTaking]).characteristics([C::Attentive]))
            .targets(LevelTargets::same(T::Always)),
        rule("diagnosis-time-and-cost", "diagnosis-cost", K::Procedure, D::Communication,
            "When a fault needs diagnosis, tell the {customer} at booking how long it will take and what it costs",
            "Gdy usterka wymaga diagnozy, powiedz {customer:dat} przy rezerwacji, ile potrwa i ile kosztuje",
            &format!("{HEALTH_CHECK}, item 1.8"))
            .when(Condition::builder().moments([M::OrderTaking]).started_by(Initiator::Customer).characteristics([C::Honest]))
            .targets(LevelTargets::same(T::Always)),
        // ── Drop-off: reception, estimate, signature, the car taken in ──────
        rule("reception-tidy-and-staffed", "tidy-premises", K::Product, D::Tangibles,
            "Keep the reception and the customer parking clean, signed and staffed through opening hours, with the view into the {place} tidy",
            "Utrzymuj recepcję i parking dla klientów w czystości, z oznakowaniem i obsadą przez cały czas otwarcia, a widok na {place:acc} uporządkowany",
            "SafetyCulture public library, Simple check list for dealer operation (premises items)")
            // A decision about the premises and the rota, made once.
            .policy(P::Department)
            .when(arriving())
            .targets(LevelTargets::same(T::Always)),
        rule("price-list-displayed", "price-display", K::Product, D::Communication,
            "Display the hourly labour rate, the prices of standard services and of common parts at the reception, where arriving {customers} can read them",
            "Wywieś stawkę za roboczogodzinę, ceny standardowych usług i popularnych części w recepcji, tam, gdzie przychodzący {customers} mogą je przeczytać",
            "Suzuki SQS 05 Vehicle handover (charges board in the front office); SafetyCulture, Simple check list for dealer operation")
            .policy(P::Department)
            .when(arriving())
            .targets(LevelTargets::same(T::Always)),
        rule("walk-round-recorded", "vehicle-condition", K::Procedure, D::Assurance,
            "Walk round the car with the {customer} at drop-off and record its existing damage, mileage and fuel level on the {order}",
            "Obejdź samochód razem z {customer:ins} przy przyjęciu i zapisz w {order:loc} istniejące uszkodzenia, przebieg i poziom paliwa",
            "SafetyCulture, Auto services internal audit, item 1.1.4 (vehicle condition appraisal signed by the customer)")
            .critical()
            .when(at_reception().moments([M::Identification]).data([DataUse::Records]))
            .targets(LevelTargets::same(T::Always)),
        rule("written-estimate-before-work", "price-transparency", K::Procedure, D::Reliability,
            "Before any work, give the {customer} a written estimate that splits parts and labour, with the time the car will be ready",
            "Przed rozpoczęciem jakiejkolwiek pracy przekaż {customer:dat} pisemny kosztorys z podziałem na części i robociznę oraz z godziną, o której samochód będzie gotowy",
            &format!("{CODE} (written breakdown of labour and parts); {CALIFORNIA}; {HEALTH_CHECK}, item 1.10"))
            .critical()
            .when(Condition::builder().moments([M::Consultation]).hands_over([Valuable::Documents]))
            .targets(LevelTargets::same(T::Always)),
        rule("urgent-work-told-apart", "recommendation-honesty", K::PersonalContact, D::Assurance,
            "Sort every recommendation into needed now for safety, needed soon, and optional, and propose only work the car needs",
            "Dziel każde zalecenie na pilne ze względów bezpieczeństwa, potrzebne wkrótce i opcjonalne, i proponuj tylko prace, których samochód potrzebuje",
            "Mazda Service Communication, stage 12 (do not oversell); Trinity Autoworx code of ethics (needed now and preventive work apart)")
            .when(Condition::builder().moments([M::Consultation, M::OrderTaking]).started_by(Initiator::Company).characteristics([C::Honest]))
            .targets(LevelTargets::same(T::Always)),
        rule("offers-that-fit", "relevant-offers", K::PersonalContact, D::Empathy,
            "Offer a seasonal check, valeting or a service contract only where it fits the car and how the {customer} uses it, after the work the car needs",
            "Proponuj przegląd sezonowy, czyszczenie lub umowę serwisową tylko wtedy, gdy pasują do samochodu i do tego, jak {customer} z niego korzysta, i dopiero po pracach, których samochód potrzebuje",
            &format!("{HEALTH_CHECK}, item 1.9; Mazda Service Communication, stage 12 (do not oversell)"))
            .when(at_reception().moments([M::Consultation]).hands_over([Valuable::Documents]))
            .targets(LevelTargets::same(T::Always)),
        rule("signed-repair-order", "order-authorisation", K::Procedure, D::Assurance,
            "Have the {customer} sign, or approve in the app, the {order} listing exactly the jobs to be done, and give them a copy",
            "Poproś {customer:acc} o podpisanie lub zatwierdzenie w aplikacji {order:gen} wymieniającego dokładnie prace do wykonania i przekaż mu kopię",
            &format!("Service Reception Audit (vbaexpress), item 2; {CODE}; {CALIFORNIA}; {HEALTH_CHECK}, item 1.11"))
            .critical()
            .when(Condition::builder().moments([M::OrderTaking]).started_by(Initiator::Customer).places([Place::Desk]).data([DataUse::Records]))
            .targets(LevelTargets::same(T::Always)),
        rule("keys-and-valuables", "safekeeping", K::Procedure, D::Assurance,
            "Tag the keys and store them securely, ask the {customer} to take valuables out of the car, and list anything left in it to hand back",
            "Oznacz kluczyki i przechowuj je bezpiecznie, poproś {customer:acc} o zabranie rzeczy wartościowych z samochodu, a to, co w nim zostało, spisz i oddaj",
            "Trinity Autoworx code of ethics (care for the customer's property); trade notes, essential 22")
            .critical()
            .when(Condition::builder().moments([M::Safekeeping]).hands_over([Valuable::Keys]))
            .targets(LevelTargets::same(T::Always)),
        // ── In the workshop ──────────────────────────────────────────────────
        rule("interior-protected", "vehicle-care", K::Product, D::Tangibles,
            "Fit seat, floor and steering-wheel covers before the car is driven into the {place}, and leave no grease marks",
            "Załóż pokrowce na fotel, podłogę i kierownicę, zanim samochód wjedzie do {place:gen}, i nie zostawiaj śladów smaru",
            "M5 Management, an effective active delivery (covers removed at pick-up); Dalkeith Engineering, service process (no grease marks)")
            .when(Condition::builder().moments([M::Safekeeping]).places([Place::Bay]).characteristics([C::WellPresented]))
            .targets(LevelTargets::same(T::Always)),
        rule("approval-before-extra-work", "extra-work-approval", K::Procedure, D::Assurance,
            "Start no work beyond the signed {order}, even essential work, until the {customer} approves it, and record the date, the time, who approved, the jobs and the new total",
            "Nie zaczynaj żadnej pracy poza podpisanym {order:ins}, nawet koniecznej, zanim {customer} jej nie zatwierdzi, i zapisz datę, godzinę, kto zatwierdził, prace i nową kwotę",
            &format!("{CODE} (permission before further work); The Motor Ombudsman, unauthorised repair case (rear bush dispute); {CALIFORNIA} (oral authorisation recorded)"))
            .critical()
            .when(extra_work_request())
            .targets(LevelTargets::same(T::Always)),
        rule("extra-work-asked-promptly", "extra-work-contact", K::Procedure, D::Responsiveness,
            "Contact the {customer} about additional work found {target} of finding it, so that the car does not stand idle",
            "Skontaktuj się z {customer:ins} w sprawie znalezionych dodatkowych prac {target} od ich wykrycia, by samochód nie stał bezczynnie",
            "The Motor Ombudsman, looking the part (contact for authority); SLA Motor service process (renewed authorisation)")
            .when(extra_work_request())
            .targets(tiers(T::within_hours(2), T::within_hours(1), T::within_mins(30))),
        rule("delay-told-before-the-time", "disruption-notice", K::Procedure, D::Communication,
            "If the car will not be ready at the time promised, tell the {customer} before that time, with the reason and a new time",
            "Jeśli samochód nie będzie gotowy o obiecanej godzinie, powiedz o tym {customer:dat} przed tą godziną, podając przyczynę i nowy termin",
            "SLA Motor service process (renewed authorisation on delay); Mazda Service Communication, stage 11 (ready at the promised time)")
            .when(Condition::builder().moments([M::Disruption]).started_by(Initiator::Company))
            .targets(LevelTargets::same(T::Always)),
        rule("delay-updates-as-they-change", "disruption-updates", K::Procedure, D::Communication,
            "Until the car is ready, tell the {customer} of every further change to the new time as soon as it is known",
            "Dopóki samochód nie jest gotowy, informuj {customer:acc} o każdej kolejnej zmianie nowego terminu, gdy tylko jest znana",
            "SLA Motor service process (renewed authorisation on delay); Mazda Service Communication, stage 11")
            .when(Condition::builder().moments([M::Disruption]).started_by(Initiator::Company))
            .targets(LevelTargets::same(T::Always)),
        rule("ready-on-time", "punctuality", K::Procedure, D::Reliability,
            "Have the car ready at the time promised at drop-off, {target}",
            "Miej samochód gotowy na godzinę obiecaną przy przyjęciu, {target}",
            "Mazda Service Communication, stage 11 (vehicle ready at the promised time); trade notes, essential 11 (proposed shares)")
            // A share of cars ready on time is the workshop's figure to
            // keep, not a line for the calls about a repair nor for the
            // hand-back itself.
            .policy(P::Department)
            .when(Condition::builder().moments([M::Delivery]).hands_over([Valuable::Vehicle]))
            .targets(tiers(T::Share(90), T::Share(95), T::Always)),
        // ── Collection: invoice, explanation, parts, the car ─────────────────
        rule("invoice-within-estimate", "invoice-accuracy", K::Procedure, D::Reliability,
            "Charge no more than the approved estimate plus the extras the {customer} approved; work not approved is not on the {bill}",
            "Nie pobieraj więcej, niż wynosi zatwierdzony kosztorys wraz z dodatkowymi pracami zatwierdzonymi przez {customer:acc}; praca niezatwierdzona nie trafia na {bill:acc}",
            &format!("{CODE} (invoices match quoted prices); {CALIFORNIA}; Mazda Service Communication, stage 13 (final cost exactly as quoted)"))
            .critical()
            .when(invoice())
            .targets(LevelTargets::same(T::Always)),
        rule("invoice-itemised", "invoice-clarity", K::Product, D::Communication,
            "List on the {bill} each job with its price and each part with its price, and mark every used or rebuilt part",
            "Wymień na {bill:loc} każdą pracę z jej ceną i każdą część z jej ceną, i oznacz każdą część używaną lub regenerowaną",
            &format!("{CALIFORNIA} (each job and part priced; new, used or rebuilt stated)"))
            .critical()
            .when(invoice())
            .targets(LevelTargets::same(T::Always)),
        rule("service-book-honest", "service-record", K::Procedure, D::Reliability,
            "Stamp the service book or the digital record only for the service actually done, and mark the garage's own service as such when it is not the maker's schedule",
            "Wpisuj do książki serwisowej lub rejestru cyfrowego tylko faktycznie wykonany przegląd, a własny przegląd warsztatu oznaczaj jako taki, gdy nie jest przeglądem według planu producenta",
            "Lawgistics garage quality system, documentation")
            .critical()
            .when(invoice())
            .targets(LevelTargets::same(T::Always)),
        rule("work-explained-at-collection", "work-explained", K::PersonalContact, D::Communication,
            "At collection go through the work done, anything not done and why, the {bill}, the service record and the next service due, and ask the {customer} to confirm the review",
            "Przy odbiorze omów wykonane prace, to, czego nie zrobiono, i dlaczego, {bill:acc}, wpis serwisowy i termin następnego przeglądu, i poproś {customer:acc} o potwierdzenie omówienia",
            &format!("{HANDOVER}; M5 Management, an effective active delivery"))
            .when(at_reception().moments([M::Billing]).started_by(Initiator::Company))
            .targets(LevelTargets::same(T::Always)),
        rule("replaced-parts-returned", "replaced-parts", K::Procedure, D::Assurance,
            "Bag and label the parts taken off, show them to the {customer} and hand them back unless the {customer} declines in writing; let warranty and exchange parts be inspected too",
            "Zapakuj i opisz zdjęte części, pokaż je {customer:dat} i oddaj, chyba że {customer} pisemnie z nich zrezygnuje; części gwarancyjne i w rozliczeniu wymiennym też daj obejrzeć",
            &format!("{CODE}, clause 3.6; {PARTS_LAW}; Lawgistics, completion of work"))
            .critical()
            .when(Condition::builder().moments([M::Delivery]).hands_over([Valuable::Goods]))
            .targets(LevelTargets::same(T::Always)),
        rule("parts-kept-after-collection", "safekeeping", K::Procedure, D::Reliability,
            "Keep the replaced parts the {customer} did not take for at least 2 business days after collection, and until any dispute about the repair is settled",
            "Przechowuj wymienione części, których {customer} nie zabrał, co najmniej 2 dni robocze po odbiorze samochodu i do czasu rozstrzygnięcia każdego sporu o naprawę",
            "Michigan rule R 257.144 (parts held at least 2 business days, longer if disputed); Motor Industry Code of Practice, clause 3.6")
            .critical()
            .when(Condition::builder().moments([M::Safekeeping]).hands_over([Valuable::Goods]))
            .targets(LevelTargets::same(T::Always)),
        rule("car-to-the-owner-only", "handover-identity", K::Procedure, D::Assurance,
            "Hand the car and its keys only to the {customer} or a person they named, after checking who is collecting",
            "Wydawaj samochód i kluczyki tylko {customer:dat} lub osobie przez niego wskazanej, po sprawdzeniu, kto odbiera",
            "Trinity Autoworx code of ethics (care for the customer's property); trade notes, traps (the car handed to whoever has the ticket)")
            .critical()
            .when(at_reception().moments([M::Delivery]).hands_over([Valuable::Vehicle]))
            .targets(LevelTargets::same(T::Always)),
        // ── After-care ───────────────────────────────────────────────────────
        rule("satisfaction-checked", "follow-up-call", K::PersonalContact, D::Empathy,
            "Check with the {customer} {target} of collection that the fault is fixed and they are fully satisfied",
            "Sprawdź u {customer:gen} {target} od odbioru samochodu, czy usterka została usunięta i czy jest w pełni zadowolony",
            "Mazda Service Communication, stage 13 (follow-up within 3–5 days); SLA Motor service process (24–72 hours)")
            .when(Condition::builder().moments([M::FollowUp]).started_by(Initiator::Company).characteristics([C::Attentive]))
            .targets(tiers(days(5), days(3), days(1))),
        rule("complaint-recorded-not-argued", "complaint-registration", K::PersonalContact, D::Empathy,
            "Record every complaint in full without arguing with the {customer}, and tell them who handles it",
            "Zapisz każdą reklamację w całości, nie spierając się z {customer:ins}, i powiedz mu, kto się nią zajmie",
            &format!("Mazda Service Communication, stage 13 (complaints not argued with, recorded, resolved); {CODE} (named customer-relations contact)"))
            .when(complaint().started_by(Initiator::Customer).data([DataUse::Records]))
            .targets(LevelTargets::same(T::Always)),
        rule("complaint-answered", "complaint-resolution", K::Procedure, D::Responsiveness,
            "Give the {customer} the garage's answer to a complaint {target}, re-checking the car where the fault is in question, and say where they can take it next: the Motor Ombudsman or a consumer arbitration body",
            "Udziel {customer:dat} odpowiedzi warsztatu na reklamację {target}, a gdy chodzi o usterkę, ponownie sprawdź samochód, i wskaż, dokąd może się dalej zwrócić: do rzecznika branży motoryzacyjnej lub do polubownego sądu konsumenckiego",
            &format!("Mazda Service Communication, stage 13; {CODE} (complaints procedure; conciliation and low-cost arbitration, now The Motor Ombudsman); trade notes, essential 21 (proposed times)"))
            .when(complaint().started_by(Initiator::Company))
            .targets(tiers(days(14), days(7), days(3))),
    ]
}

/// The trade's exclusive gestures: what a customer notices and did not expect.
#[rustfmt::skip]
fn gestures() -> Vec<RuleBuilder> {
    let exclusive = |target| LevelTargets::new().at(L::Exclusive, target);
    vec![
        rule("car-protected-settings-kept", "vehicle-care", K::Procedure, D::Tangibles,
            "Put covers on the seat, the wheel and the floor before anyone drives the car, and leave the seat, mirror and radio as the {customer} left them",
            "Przed jazdą samochodem załóż pokrowce na fotel, kierownicę i podłogę, a fotel, lusterka i radio zostaw tak, jak ustawił je {customer}",
            "trade notes, exclusive gestures (car returned with the covers removed and settings as they were)")
            .when(Condition::builder().moments([M::Safekeeping]).hands_over([Valuable::Vehicle, Valuable::Keys]))
            .targets(exclusive(T::Always)),
        rule("invoice-with-next-service", "next-service", K::Procedure, D::Empathy,
            "With the {bill}, tell the {customer} when the next service and inspection are due, and offer to remind them",
            "Przy {bill:loc} powiedz {customer:dat}, kiedy przypada następny przegląd i badanie techniczne, i zaproponuj przypomnienie",
            "trade notes, exclusive gestures (the next service and inspection date set up)")
            .once_per_contact()
            .when(Condition::builder().moments([M::Billing]).capabilities([Cap::StaffHeard]))
            .targets(exclusive(T::Always)),
        rule("defect-shown-in-a-video", "defect-evidence", K::Procedure, D::Assurance,
            "Send a short video or photos of the worn part with every request to approve additional work",
            "Do każdej prośby o zatwierdzenie dodatkowych prac dołącz krótki film lub zdjęcia zużytej części",
            "trade notes, exclusive gestures")
            .when(extra_work_request().capabilities([Cap::Written]))
            .targets(exclusive(T::Always)),
        rule("parts-on-a-tray", "parts-explained", K::PersonalContact, D::Empathy,
            "Lay the replaced parts out cleaned and labelled on a tray, and have the technician show the {customer} what failed",
            "Wyłóż wymienione części oczyszczone i opisane na tacy, a technik niech pokaże {customer:dat}, co zawiodło",
            "trade notes, exclusive gestures; Michigan rule R 257.144 (parts returned cleaned in a container)")
            .when(Condition::builder().moments([M::Delivery]).hands_over([Valuable::Goods]))
            .targets(exclusive(T::Always)),
        rule("mobility-offered", "mobility", K::Procedure, D::Convenience,
            "Offer a courtesy car, collection and delivery or a shuttle, unasked, for any job over half a day",
            "Zaproponuj, bez proszenia, samochód zastępczy, odbiór i dostarczenie auta lub podwiezienie przy każdej naprawie dłuższej niż pół dnia",
            "trade notes, exclusive gestures")
            .when(at_reception().moments([M::Consultation]).hands_over([Valuable::Documents]))
            .targets(exclusive(T::Always)),
        rule("car-returned-clean", "vehicle-presentation", K::Product, D::Tangibles,
            "Return the car washed and vacuumed, take the covers off in front of the {customer}, and leave the seat and radio as they were",
            "Oddaj samochód umyty i odkurzony, zdejmij pokrowce na oczach {customer:gen} i zostaw ustawienia fotela i radia takie, jakie były",
            "trade notes, exclusive gestures; M5 Management, an effective active delivery")
            .when(at_reception().moments([M::Delivery]).hands_over([Valuable::Vehicle]))
            .targets(exclusive(T::Always)),
        rule("technician-calls-back", "technician-contact", K::PersonalContact, D::Empathy,
            "Have the technician who did a difficult repair call the {customer} the next day",
            "Niech technik, który wykonał trudną naprawę, zadzwoni do {customer:gen} następnego dnia",
            "trade notes, exclusive gestures")
            .when(Condition::builder().moments([M::FollowUp]).started_by(Initiator::Company).characteristics([C::Attentive]).capabilities([Cap::StaffHeard]))
            .targets(exclusive(T::Always)),
        rule("fixed-price-at-booking", "fixed-price", K::Procedure, D::Reliability,
            "Agree a fixed price at booking for standard services, so that the {bill} holds no surprise",
            "Przy rezerwacji uzgodnij stałą cenę standardowych usług, by {bill} nie zaskoczyła",
            "trade notes, exclusive gestures")
            .when(Condition::builder().moments([M::OrderTaking]).started_by(Initiator::Customer).characteristics([C::Honest]))
            .targets(exclusive(T::Always)),
    ]
}

/// A typical garage: booking, drop-off, the repair, collection, after-care
/// and a complaint.
#[allow(clippy::too_many_lines, reason = "the template is one model of data")]
fn template() -> ServiceModelBuilder {
    let face = [Ch::FaceToFace];
    ServiceModel::builder("A car service workshop")
        .pack("workshop")
        .profile(
            ServiceProfile::builder()
                .contact(ContactLevel::High)
                .delivery(DeliverySpan::Hours)
                .capacity(CapacityControl::Reservations)
                .tasks(TaskAllocation::FullRelationship)
                .build(),
        )
        .departments(
            [
                department("reception", "Service reception"),
                department("workshop", "Workshop"),
                department("parts", "Parts"),
                department("cashier", "Cashier"),
                department("customer-relations", "Customer relations"),
            ]
            .into_iter()
            .flatten(),
        )
        .sequence(
            Sequence::builder("booking", "Booking a service or repair")
                .phase(
                    Phase::builder("contact", "Contact")
                        .channels([Ch::Telephone, Ch::WebForm, Ch::App])
                        .step(
                            step(
                                "answer-booking-call",
                                "Call or online request answered",
                                M::Welcome,
                                "reception",
                            )
                            .place(Place::Remote)
                            .characteristics([C::Courteous, C::Prompt]),
                        )
                        .step(
                            step(
                                "identify-vehicle",
                                "Registration or VIN looked up, customer data checked",
                                M::Identification,
                                "reception",
                            )
                            .place(Place::Remote)
                            .started_by(Initiator::Company)
                            .continues("contact/answer-booking-call")
                            .data([DataUse::LooksUp]),
                        )
                        .step(
                            step(
                                "record-concern-and-book",
                                "Concern recorded, slot and price of diagnosis given",
                                M::OrderTaking,
                                "reception",
                            )
                            .place(Place::Remote)
                            .continues("contact/identify-vehicle")
                            .data([DataUse::Records])
                            .characteristics([
                                C::Attentive,
                                C::Honest,
                                C::Accurate,
                            ]),
                        ),
                )
                .phase(
                    Phase::builder("confirmation", "Confirmation").channels([Ch::Sms, Ch::Email]).step(
                        step(
                            "confirm-booking",
                            "Booking confirmed, reminder the day before",
                            M::Information,
                            "reception",
                        )
                        .started_by(Initiator::Company)
                        .characteristics([C::Informative]),
                    ),
                ),
        )
        .sequence(
            Sequence::builder("drop-off", "Drop-off at reception")
                .phase(
                    Phase::builder("arrival", "Arrival")
                        .channels(face)
                        .step(
                            step(
                                "greet-at-reception",
                                "Customer greeted, booking found",
                                M::Welcome,
                                "reception",
                            )
                            .place(Place::Desk)
                            .characteristics([C::Friendly]),
                        )
                        .step(
                            step(
                                "walk-round",
                                "Condition, mileage, fuel and damage recorded with the customer",
                                M::Identification,
                                "reception",
                            )
                            .place(Place::Bay)
                            .started_by(Initiator::Company)
                            .continues("arrival/greet-at-reception")
                            .data([DataUse::Records]),
                        ),
                )
                .phase(
                    Phase::builder("agreement", "Agreement")
                        .channels(face)
                        .step(
                            step(
                                "explain-and-estimate",
                                "Concern confirmed, written estimate and ready time given",
                                M::Consultation,
                                "reception",
                            )
                            .place(Place::Desk)
                            .started_by(Initiator::Company)
                            .continues("arrival/walk-round")
                            .hands_over([Valuable::Documents])
                            .characteristics([C::Honest, C::Clear]),
                        )
                        .step(
                            step(
                                "sign-repair-order",
                                "Customer signs the jobs authorised",
                                M::OrderTaking,
                                "reception",
                            )
                            .channels([Ch::FaceToFace, Ch::App])
                            .place(Place::Desk)
                            .continues("agreement/explain-and-estimate")
                            .data([DataUse::Records]),
                        )
                        .step(
                            step(
                                "take-keys",
                                "Keys tagged, car and belongings taken into care",
                                M::Safekeeping,
                                "reception",
                            )
                            .place(Place::Desk)
                            .continues("agreement/sign-repair-order")
                            .hands_over([Valuable::Vehicle, Valuable::Keys]),
                        ),
                ),
        )
        .sequence(
            Sequence::builder("repair", "The repair")
                .phase(
                    Phase::builder("work", "Work in the workshop")
                        .channels(face)
                        .step(
                            step(
                                "diagnose-and-repair",
                                "Covers fitted, work done, parts bagged",
                                M::Safekeeping,
                                "workshop",
                            )
                            .place(Place::Bay)
                            .started_by(Initiator::Company)
                            .no_contact()
                            .characteristics([C::WellPresented]),
                        )
                        .step(
                            step("quality-check", "Road test, checklist signed", M::Safekeeping, "workshop")
                                .place(Place::Bay)
                                .started_by(Initiator::Company)
                                .no_contact()
                                .data([DataUse::Records]),
                        ),
                )
                .phase(
                    Phase::builder("approval", "Approval of extra work")
                        .channels([Ch::Telephone, Ch::Sms, Ch::App])
                        .step(
                            step(
                                "request-extra-approval",
                                "Extra work found; the customer is asked and the approval recorded",
                                M::OrderTaking,
                                "reception",
                            )
                            .place(Place::Remote)
                            .started_by(Initiator::Company)
                            .risk(Risk::High)
                            .data([DataUse::Records])
                            .characteristics([C::Prompt, C::Honest]),
                        ),
                )
                .phase(
                    Phase::builder("delay", "Delay").channels([Ch::Telephone, Ch::Sms]).step(
                        step(
                            "delay-notice",
                            "The customer is told of a delay and a new time",
                            M::Disruption,
                            "reception",
                        )
                        .place(Place::Remote)
                        .started_by(Initiator::Company),
                    ),
                ),
        )
        .sequence(
            Sequence::builder("collection", "Collection")
                .phase(
                    Phase::builder("ready", "Car ready").channels([Ch::Telephone, Ch::Sms]).step(
                        step(
                            "ready-notification",
                            "Customer told the car is ready and the amount due",
                            M::Information,
                            "reception",
                        )
                        .place(Place::Remote)
                        .started_by(Initiator::Company)
                        .characteristics([C::Punctual, C::Informative]),
                    ),
                )
                .phase(
                    Phase::builder("hand-back", "Hand-back")
                        .channels(face)
                        .step(
                            step(
                                "greet-on-return",
                                "Customer greeted on coming back for the car",
                                M::Welcome,
                                "reception",
                            )
                            .place(Place::Desk)
                            .characteristics([C::Friendly]),
                        )
                        .step(
                            step(
                                "explain-work-and-invoice",
                                "Work, items not done, invoice and service record explained",
                                M::Billing,
                                "reception",
                            )
                            .place(Place::Desk)
                            .started_by(Initiator::Company)
                            .continues("hand-back/greet-on-return")
                            .hands_over([Valuable::Documents])
                            .characteristics([C::Clear, C::Honest]),
                        )
                        .step(
                            step("take-payment", "Payment", M::Payment, "cashier")
                                .channels([Ch::FaceToFace, Ch::SelfService, Ch::App])
                                .place(Place::Desk)
                                .continues("hand-back/explain-work-and-invoice")
                                .hands_over([Valuable::Cash]),
                        )
                        .step(
                            step(
                                "return-replaced-parts",
                                "Old parts shown and handed back",
                                M::Delivery,
                                "reception",
                            )
                            .place(Place::Desk)
                            .started_by(Initiator::Company)
                            .continues("hand-back/take-payment")
                            .hands_over([Valuable::Goods]),
                        )
                        .step(
                            step(
                                "hand-over-car",
                                "Keys and clean car returned, covers removed",
                                M::Delivery,
                                "reception",
                            )
                            .place(Place::Bay)
                            .started_by(Initiator::Company)
                            .continues("hand-back/return-replaced-parts")
                            .hands_over([Valuable::Vehicle, Valuable::Keys]),
                        )
                        .step(
                            step("farewell", "Thanks and the next service date", M::Farewell, "reception")
                                .place(Place::Bay)
                                .started_by(Initiator::Company)
                                .continues("hand-back/hand-over-car")
                                .characteristics([C::Friendly]),
                        ),
                )
                .phase(
                    Phase::builder("parts-store", "Parts not taken").channels(face).step(
                        step(
                            "keep-uncollected-parts",
                            "Parts not taken kept for the customer",
                            M::Safekeeping,
                            "parts",
                        )
                        .started_by(Initiator::Company)
                        .no_contact()
                        .hands_over([Valuable::Goods]),
                    ),
                ),
        )
        .sequence(
            Sequence::builder("after-care", "After-care")
                .phase(
                    Phase::builder("follow-up", "Follow-up")
                        .channels([Ch::Telephone, Ch::Sms, Ch::Email])
                        .step(
                            step(
                                "satisfaction-call",
                                "Check that the fault is fixed and the customer satisfied",
                                M::FollowUp,
                                "customer-relations",
                            )
                            .place(Place::Remote)
                            .started_by(Initiator::Company)
                            .characteristics([C::Attentive]),
                        ),
                )
                .phase(
                    Phase::builder("reminder", "Reminder").channels([Ch::Sms, Ch::Email, Ch::Letter]).step(
                        step(
                            "service-reminder",
                            "Next service or inspection reminder",
                            M::FollowUp,
                            "customer-relations",
                        )
                        .started_by(Initiator::Company)
                        .characteristics([C::Informative]),
                    ),
                ),
        )
        .sequence(
            Sequence::builder("complaint", "A complaint")
                .profile(
                    ServiceProfile::builder()
                        .contact(ContactLevel::High)
                        .delivery(DeliverySpan::Days)
                        .capacity(CapacityControl::Reservations)
                        .tasks(TaskAllocation::FullRelationship)
                        .build(),
                )
                .phase(
                    Phase::builder("intake", "Intake")
                        .channels([Ch::FaceToFace, Ch::Telephone, Ch::Email])
                        .step(
                            step(
                                "receive-complaint",
                                "Complaint recorded",
                                M::Exception,
                                "customer-relations",
                            )
                            .data([DataUse::Records])
                            .characteristics([C::Patient, C::Helpful]),
                        ),
                )
                .phase(
                    Phase::builder("answer", "Answer").channels([Ch::Email, Ch::Letter, Ch::Telephone]).step(
                        step(
                            "answer-complaint",
                            "Answer, with the car re-checked where needed",
                            M::Exception,
                            "customer-relations",
                        )
                        .started_by(Initiator::Company)
                        .hands_over([Valuable::Documents]),
                    ),
                ),
        )
}
